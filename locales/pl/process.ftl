### Access Kiosk: today's sign-up process, patient face (Polish).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = Czy masz NHS App?
nhs-app-question = Czy potwierdziłeś w niej tożsamość dokumentem ze zdjęciem?
nhs-app-verified = Tak, potwierdziłem tożsamość
nhs-app-started = Zacząłem, ale nie skończyłem
nhs-app-no = Nie
nhs-app-not-sure = Nie wiem
action-next = Dalej

## Who the patient is

about-title-me = O tobie
about-title-someone-else = O osobie, którą się opiekujesz
form-name-hint-someone-else = Wpisz imię i nazwisko tej osoby tak, jak zna je przychodnia, na przykład tak jak w jej paszporcie albo w liście od NHS. Najlepiej literami angielskiego alfabetu, ale każdy alfabet jest w porządku.

## The patient's age

under13-title = Dzieci poniżej 13 lat
under13-body = Dziecko poniżej 13 lat rejestruje rodzic lub opiekun.
under13-carer = Jestem rodzicem lub opiekunem
young-person-title = Masz od 13 do 15 lat
young-person-body = Przychodnia porozmawia z tobą o dostępie do dokumentacji.
young-person-services = Już teraz możesz prosić o wizyty i stałe recepty.

## Someone asking for a patient they care for (a proxy)

carer-title = O tobie
carer-hint = Będziesz mieć własny NHS login.
carer-first-name = Twoje imię
carer-last-name = Twoje nazwisko
relationship-title = Kim dla tej osoby jesteś?
relationship-parent-or-guardian = Rodzicem lub opiekunem prawnym
relationship-son-or-daughter = Synem lub córką
relationship-husband-wife-or-partner = Mężem, żoną lub partnerem
relationship-other-relative = Innym krewnym
relationship-friend = Przyjacielem
relationship-paid-carer = Płatnym opiekunem
relationship-other = Kimś innym
why-title = Dlaczego możesz działać w jej imieniu?
why-patient-agrees = Ta osoba się zgadza
why-parent-of-child = Jestem rodzicem dziecka
why-lasting-power-of-attorney = Mam pełnomocnictwo w sprawach zdrowia (Lasting Power of Attorney)
why-court-deputy = Sąd ustanowił mnie jej przedstawicielem
why-not-sure = Nie wiem
documents-proxy-hint = Przynieś też dowód, że możesz działać w jej imieniu, np. akt urodzenia lub pełnomocnictwo.

## Confirmation

confirm-app-record = Już teraz możesz zobaczyć swoją dokumentację w NHS App.
confirm-older-record = Starszą dokumentację najpierw sprawdza lekarz. Może to potrwać kilka tygodni.
confirm-young-person = Przychodnia najpierw z tobą porozmawia.
confirm-proxy = Personel sprawdzi tożsamość was obojga.

## Printed slip

slip-app-step-1 = Otwórz NHS App i zaloguj się.
slip-app-step-2 = Aby zobaczyć dokumentację, wybierz „Your health”, a potem „GP health record”.
slip-app-step-3 = Jeśli prosiłeś o starszą dokumentację, przychodnia da znać, gdy będzie gotowa.
slip-linkage-expires = Klucz powiązania działa tylko raz. Przestaje działać { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = stycznia
date-month-2 = lutego
date-month-3 = marca
date-month-4 = kwietnia
date-month-5 = maja
date-month-6 = czerwca
date-month-7 = lipca
date-month-8 = sierpnia
date-month-9 = września
date-month-10 = października
date-month-11 = listopada
date-month-12 = grudnia

## Field errors

error-nhs-app-missing = Wybierz odpowiedź
error-dob-under13-needs-carer = Dziecko poniżej 13 lat rejestruje rodzic lub opiekun
error-relationship-missing = Wybierz, kim jesteś dla tej osoby
error-basis-missing = Wybierz odpowiedź
