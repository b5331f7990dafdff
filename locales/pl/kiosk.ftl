### Access Kiosk: ekran dla pacjenta, po polsku.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Polski

## Shared

app-title = Dostęp online do twojej dokumentacji u lekarza rodzinnego
action-language = Język
action-back = Wstecz
kiosk-busy = Proszę czekać…
action-text-size = Rozmiar tekstu
text-size-standard = Zwykły tekst
text-size-large = Duży tekst
text-size-largest = Największy tekst
action-listen = Posłuchaj
action-stop-listening = Zatrzymaj

## Attract screen

attract-title = Zobacz swoją dokumentację u lekarza rodzinnego w telefonie
attract-benefit-1 = Umawiaj wizyty online
attract-benefit-2 = Zamawiaj recepty na stałe leki
attract-benefit-3 = Sprawdzaj wyniki badań
attract-touch = Dotknij ekranu, aby zacząć
attract-own-phone = Wolisz użyć własnego telefonu? Zeskanuj ten kod.

## Language screen

language-title = Wybierz język
language-hint = Język możesz zmienić w każdej chwili.

## Benefits screen

benefits-title = Co możesz zrobić online
benefits-intro = Dzięki aplikacji NHS App możesz na telefonie lub komputerze:
benefit-appointments = umawiać i odwoływać wizyty u lekarza rodzinnego
benefit-prescriptions = zamawiać recepty na stałe leki
benefit-results = sprawdzać wyniki badań
benefit-vaccinations = sprawdzać swoje szczepienia, na przykład przed podróżą lub do pracy
benefit-record = czytać swoją dokumentację i listy od lekarza rodzinnego
risks-title = Zanim się zgodzisz
risks-intro = Najpierw pomyśl o tych sprawach. Personel może o nich z tobą porozmawiać.
risk-forgotten = W dokumentacji mogą być sprawy z przeszłości, o których już nie pamiętasz.
risk-bad-news = Możesz zobaczyć wynik badania lub złą wiadomość, zanim lekarz z tobą o tym porozmawia.
risk-sharing = To ty decydujesz, kto widzi twoją dokumentację. Nie pokazuj jej nikomu, chyba że chcesz się nią podzielić.
risk-coercion = Jeśli ktoś zmusza cię do pokazywania mu twojej dokumentacji, najlepiej się nie rejestruj. Możesz nam o tym powiedzieć na osobności.
risk-misunderstanding = Niektóre słowa w dokumentacji mogą być trudne do zrozumienia. Jeśli nie masz pewności, zapytaj nas.
risk-third-party = Jeśli zobaczysz informacje o innej osobie, zgłoś to w przychodni.
risk-keep-safe = Trzymaj swoje dane logowania i wszystkie wydruki w bezpiecznym miejscu.
benefits-interested = Chcę z tego skorzystać
benefits-not-now = Nie teraz

## Interest form

form-title = Powiedz nam o sobie
form-intro = Pytamy tylko o kilka rzeczy. Personel sprawdzi je razem z tobą.
form-name-hint = Wpisz imię i nazwisko tak, jak zna je przychodnia, na przykład tak jak w paszporcie albo w liście od NHS. Najlepiej literami angielskiego alfabetu, ale każdy alfabet jest w porządku.
form-first-name = Imię
form-last-name = Nazwisko
form-dob = Data urodzenia
form-dob-hint = Na przykład 15 3 1984
form-dob-day = Dzień
form-dob-month = Miesiąc
form-dob-year = Rok
form-contact-title = Jak możemy się z tobą skontaktować?
form-contact-hint = Podaj numer komórki, adres e-mail albo jedno i drugie.
form-mobile = Numer telefonu komórkowego
form-email = Adres e-mail
form-nhs-number = Numer NHS (jeśli go znasz)
form-nhs-number-hint = 10 cyfr. Znajdziesz go w liście od NHS.
form-wants-title = Czego chcesz?
form-wants-hint = Odznacz to, czego nie chcesz.
form-wants-services = Wizyty i stałe recepty
form-wants-new-entries = Dokumentacja u lekarza rodzinnego od teraz
form-wants-new-entries-hint = Włączona dla każdego, kto ma 16 lat lub więcej. Możesz odmówić.
form-wants-older-record = Wniosek o starszą dokumentację
form-wants-older-record-hint = Najpierw sprawdza ją lekarz. Może to potrwać kilka tygodni.
form-for-whom-title = Dla kogo to jest?
form-for-me = Dla mnie
form-for-someone-else = Dla osoby, którą się opiekuję
form-id-title = Czy masz to dziś przy sobie?
form-id-hint = Dokument ze zdjęciem, na przykład paszport lub prawo jazdy, oraz potwierdzenie adresu, na przykład niedawny rachunek.
form-id-both = Tak, dokument ze zdjęciem i potwierdzenie adresu
form-id-photo-only = Tylko dokument ze zdjęciem
form-id-address-only = Tylko potwierdzenie adresu
form-id-neither = Nie albo nie mam pewności
form-submit = Wyślij
form-error-summary = Wystąpił problem

## Field errors (one per validation code)

error-name-missing = Wpisz swoje imię i nazwisko
error-name-too-long = Imię i nazwisko mogą mieć najwyżej 100 liter
error-name-hidden-characters = W imieniu lub nazwisku są ukryte znaki. Wpisz je jeszcze raz.
error-name-no-letters = Imię i nazwisko muszą zawierać litery
error-name-symbols = Imię i nazwisko mogą zawierać tylko litery, spacje, łączniki (-) i apostrofy (')
error-dob-missing = Wpisz datę urodzenia
error-dob-not-a-date = Wpisz prawdziwą datę, na przykład 15 3 1984. Rok wpisz 4 cyframi
error-dob-in-future = Data urodzenia musi być w przeszłości
error-dob-too-old = Sprawdź rok urodzenia
error-mobile-invalid = Wpisz brytyjski numer komórkowy, na przykład 07700 900123
error-mobile-not-mobile = To nie jest numer komórkowy. Wpisz numer, który zaczyna się od 07.
error-email-invalid = Wpisz adres e-mail, na przykład name@example.com
error-contact-missing = Wpisz numer komórkowy albo adres e-mail
error-nhs-number-length = Numer NHS ma 10 cyfr
error-nhs-number-check-digit = Sprawdź swój numer NHS. Jest niepoprawny.
error-id-documents-missing = Wybierz odpowiedź

## Errors that are not about one field

error-code-disk-full = Nie udało się zapisać twoich danych. Zapytaj w recepcji.
error-code-not-saved = Nie udało się zapisać twoich danych. Zapytaj w recepcji.
error-code-qr-failed = Nie udało się utworzyć twojego kodu. Zapytaj w recepcji.
error-code-startup-failed = To urządzenie nie działa. Zapytaj w recepcji.
error-code-unknown = Coś poszło nie tak. Zapytaj w recepcji.

## Confirmation

confirm-title = Dziękujemy
confirm-reference-label = Twój numer referencyjny
confirm-next-title = Co dalej
confirm-next-show = Pokaż ten numer w recepcji.
confirm-next-check = Personel sprawdzi twoją tożsamość i pomoże ci się zarejestrować.
confirm-next-bring = Jeśli nie masz dziś dokumentu ze zdjęciem i potwierdzenia adresu, personel powie ci o innych sposobach.
confirm-qr-caption = Zeskanuj ten kod telefonem, aby pobrać NHS App.
confirm-finish = Zakończ

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Twoja kartka: dostęp online
slip-reference = Twój numer referencyjny: { $reference }
slip-scan = Zeskanuj ten kod aparatem w telefonie, aby pobrać NHS App.
slip-steps-title = Jak się zarejestrować
slip-step-1 = Pobierz NHS App na telefon albo wejdź na adres zapisany w kodzie.
slip-step-2 = Załóż NHS login, używając swojego adresu e-mail i numeru komórkowego.
slip-step-3 = Jeśli aplikacja zapyta, wybierz "I have my registration details" i wpisz trzy dane podane poniżej.
slip-step-4 = Jeśli utkniesz, pokaż tę kartkę w recepcji.
slip-bring = Przynieś do recepcji dokument ze zdjęciem i potwierdzenie adresu, żebyśmy mogli sprawdzić twoją tożsamość.
slip-account-id = Identyfikator konta (Account ID)
slip-ods-code = Kod przychodni (ODS)
slip-linkage-key = Klucz powiązania (Linkage key)
slip-printed-on = Wydrukowano { $date }
print-failed-patient = Nie udało się wydrukować twojej kartki. Zapytaj w recepcji.

## Posters, leaflets and the prescription message

poster-ask = Zapytaj w recepcji, jak się zarejestrować. To nic nie kosztuje.
poster-scan = Albo zeskanuj ten kod telefonem, aby pobrać NHS App.
rx-message = Zobacz swoją dokumentację u lekarza rodzinnego, umawiaj wizyty i zamawiaj recepty na stałe leki w NHS App. Zapytaj w recepcji, jak się zarejestrować.

## Inactivity

idle-title = Czy nadal tu jesteś?
idle-countdown = { $seconds ->
    [one] Ekran wyczyści się za { $seconds } sekundę.
    [few] Ekran wyczyści się za { $seconds } sekundy.
    [many] Ekran wyczyści się za { $seconds } sekund.
   *[other] Ekran wyczyści się za { $seconds } sekundy.
}
idle-stay = Tak, nadal tu jestem

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = To urządzenie nie działa
startup-failed-body = Zapytaj w recepcji.
startup-failed-staff = Dla personelu: szczegóły są poniżej.

## The optional, anonymous question at the end

feedback-question = Co mogłoby Cię powstrzymać przed korzystaniem z dostępu online?
feedback-optional = Opcjonalne i anonimowe: dotknij jednej odpowiedzi albo po prostu zakończ.
feedback-reason-no-device = Nie mam smartfona ani komputera
feedback-reason-privacy = Martwię się o prywatność
feedback-reason-dont-know-how = Nie wiem, jak z tego korzystać
feedback-reason-dont-need = Nie potrzebuję tego
feedback-reason-something-else = Coś innego
feedback-thanks = Dziękujemy. Twoja odpowiedź pomaga przychodni.

## Training mode

training-band = SZKOLENIE — tylko do ćwiczeń: nic, co tu wpiszesz, nie jest liczone ani zapisywane
