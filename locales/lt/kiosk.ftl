### Access Kiosk: ekranas pacientams, lietuvių kalba.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Lietuvių

## Shared

app-title = Prieiga prie Jūsų sveikatos įrašų internetu
action-language = Kalba
action-back = Atgal
kiosk-busy = Palaukite…
action-text-size = Teksto dydis
text-size-standard = Įprastas tekstas
text-size-large = Didelis tekstas
text-size-largest = Labai didelis tekstas
action-listen = Klausytis
action-stop-listening = Sustabdyti

## Attract screen

attract-title = Peržiūrėkite savo sveikatos įrašus telefone
attract-benefit-1 = Registruokitės pas gydytoją internetu
attract-benefit-2 = Užsisakykite nuolat vartojamų vaistų receptus
attract-benefit-3 = Peržiūrėkite savo tyrimų rezultatus
attract-touch = Palieskite ekraną, kad pradėtumėte
attract-own-phone = Norite naudoti savo telefoną? Nuskenuokite šį kodą.

## Language screen

language-title = Pasirinkite kalbą
language-hint = Kalbą galite pakeisti bet kada.

## Benefits screen

benefits-title = Ką galite daryti internetu
benefits-intro = Su programėle NHS App savo telefonu ar kompiuteriu galite:
benefit-appointments = užsiregistruoti pas šeimos gydytoją ir atšaukti vizitus
benefit-prescriptions = užsisakyti nuolat vartojamų vaistų receptus
benefit-results = peržiūrėti savo tyrimų rezultatus
benefit-vaccinations = peržiūrėti savo skiepus (kelionėms ar darbui)
benefit-record = skaityti savo sveikatos įrašus ir laiškus
risks-title = Prieš sutinkant
risks-intro = Pirmiausia pagalvokite apie šiuos dalykus. Darbuotojai gali apie juos su Jumis pasikalbėti.
risk-forgotten = Jūsų įrašuose gali būti dalykų iš praeities, kuriuos pamiršote.
risk-bad-news = Galite pamatyti tyrimo rezultatą ar blogą žinią anksčiau, nei gydytojas apie tai su Jumis pasikalbės.
risk-sharing = Jūs sprendžiate, kas gali matyti Jūsų įrašus. Nerodykite jų kitiems, nebent norite jais pasidalyti.
risk-coercion = Jei kas nors verčia Jus parodyti jam savo įrašus, geriau neregistruokitės. Galite mums apie tai pasakyti privačiai.
risk-misunderstanding = Kai kuriuos žodžius Jūsų įrašuose gali būti sunku suprasti. Jei kyla klausimų, paklauskite mūsų.
risk-third-party = Jei pamatysite informacijos apie kitą žmogų, praneškite klinikai.
risk-keep-safe = Saugokite savo prisijungimo duomenis ir visus atspausdintus lapus.
benefits-interested = Mane tai domina
benefits-not-now = Ne dabar

## Interest form

form-title = Papasakokite apie save
form-intro = Klausiame tik kelių dalykų. Darbuotojai juos su Jumis patikrins.
form-name-hint = Parašykite savo vardą ir pavardę taip, kaip juos žino klinika, pavyzdžiui, kaip pase ar laiške iš NHS. Geriausia rašyti angliškomis raidėmis, bet galima ir kitomis.
form-first-name = Vardas
form-last-name = Pavardė
form-dob = Gimimo data
form-dob-hint = Pavyzdžiui, 15 3 1984
form-dob-day = Diena
form-dob-month = Mėnuo
form-dob-year = Metai
form-contact-title = Kaip galime su Jumis susisiekti?
form-contact-hint = Nurodykite mobiliojo telefono numerį, el. pašto adresą arba abu.
form-mobile = Mobiliojo telefono numeris
form-email = El. pašto adresas
form-nhs-number = NHS numeris (jei žinote)
form-nhs-number-hint = 10 skaitmenų. Jį rasite laiške iš NHS.
form-wants-title = Ko norėtumėte?
form-wants-hint = Nuimkite žymę nuo to, ko nenorite.
form-wants-services = Vizitai ir pakartotiniai receptai
form-wants-new-entries = Sveikatos įrašai nuo šiol
form-wants-new-entries-hint = Įjungta visiems nuo 16 metų. Galite atsisakyti.
form-wants-older-record = Prašyti senesnių įrašų
form-wants-older-record-hint = Pirmiausia juos peržiūri gydytojas. Tai gali užtrukti kelias savaites.
form-for-whom-title = Kam tai skirta?
form-for-me = Man
form-for-someone-else = Žmogui, kuriuo rūpinuosi
form-id-title = Ar šiandien turite su savimi šiuos dokumentus?
form-id-hint = Asmens dokumentas su nuotrauka, pavyzdžiui, pasas ar vairuotojo pažymėjimas, ir adreso įrodymas, pavyzdžiui, neseniai gauta sąskaita.
form-id-both = Taip, turiu dokumentą su nuotrauka ir adreso įrodymą
form-id-photo-only = Turiu tik dokumentą su nuotrauka
form-id-address-only = Turiu tik adreso įrodymą
form-id-neither = Ne arba nežinau
form-submit = Siųsti
form-error-summary = Kilo problema

## Field errors (one per validation code)

error-name-missing = Įrašykite savo vardą ir pavardę
error-name-too-long = Varde ar pavardėje gali būti ne daugiau kaip 100 raidžių
error-name-hidden-characters = Varde ar pavardėje yra paslėptų ženklų. Įrašykite dar kartą.
error-name-no-letters = Varde ar pavardėje turi būti raidžių
error-name-symbols = Varde ar pavardėje gali būti tik raidės, tarpai, brūkšneliai ir apostrofai
error-dob-missing = Įrašykite savo gimimo datą
error-dob-not-a-date = Įrašykite teisingą datą, pavyzdžiui, 15 3 1984, o metus – 4 skaitmenimis
error-dob-in-future = Gimimo data turi būti praeityje
error-dob-too-old = Patikrinkite savo gimimo metus
error-mobile-invalid = Įrašykite Jungtinės Karalystės mobiliojo telefono numerį, pavyzdžiui, 07700 900123
error-mobile-not-mobile = Tai ne mobiliojo telefono numeris. Įrašykite numerį, kuris prasideda 07.
error-email-invalid = Įrašykite el. pašto adresą, pavyzdžiui, name@example.com
error-contact-missing = Įrašykite mobiliojo telefono numerį arba el. pašto adresą
error-nhs-number-length = NHS numerį sudaro 10 skaitmenų
error-nhs-number-check-digit = Patikrinkite savo NHS numerį. Jis neteisingas.
error-id-documents-missing = Pasirinkite atsakymą

## Errors that are not about one field

error-code-disk-full = Nepavyko išsaugoti Jūsų duomenų. Prašome kreiptis į registratūrą.
error-code-not-saved = Nepavyko išsaugoti Jūsų duomenų. Prašome kreiptis į registratūrą.
error-code-qr-failed = Nepavyko sukurti Jūsų kodo. Prašome kreiptis į registratūrą.
error-code-startup-failed = Šis įrenginys neveikia. Prašome kreiptis į registratūrą.
error-code-unknown = Įvyko klaida. Prašome kreiptis į registratūrą.

## Confirmation

confirm-title = Ačiū
confirm-reference-label = Jūsų numeris
confirm-next-title = Kas bus toliau
confirm-next-show = Parodykite šį numerį registratūroje.
confirm-next-check = Darbuotojai patikrins Jūsų tapatybę ir padės užsiregistruoti.
confirm-next-bring = Jei šiandien neturite dokumento su nuotrauka ir adreso įrodymo, darbuotojai pasakys, ką galima padaryti kitaip.
confirm-qr-caption = Nuskenuokite šį kodą telefonu, kad gautumėte programėlę NHS App.
confirm-finish = Baigti

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Jūsų prieigos internetu lapelis
slip-reference = Jūsų numeris: { $reference }
slip-scan = Nuskenuokite šį kodą telefono kamera, kad gautumėte programėlę NHS App.
slip-steps-title = Kaip užsiregistruoti
slip-step-1 = Įsidiekite programėlę NHS App telefone arba atsidarykite kode esantį adresą.
slip-step-2 = Susikurkite NHS login paskyrą su savo el. pašto adresu ir mobiliojo telefono numeriu.
slip-step-3 = Jei programėlė paklaus, pasirinkite "I have my registration details" ir įrašykite tris toliau nurodytus duomenis.
slip-step-4 = Jei nepavyksta, parodykite šį lapelį registratūroje.
slip-bring = Atsineškite į registratūrą dokumentą su nuotrauka ir adreso įrodymą, kad galėtume patikrinti Jūsų tapatybę.
slip-account-id = Paskyros ID (Account ID)
slip-ods-code = Klinikos kodas (ODS)
slip-linkage-key = Susiejimo raktas (Linkage key)
slip-printed-on = Atspausdinta { $date }
print-failed-patient = Nepavyko atspausdinti Jūsų lapelio. Prašome kreiptis į registratūrą.

## Posters, leaflets and the prescription message

poster-ask = Norėdami užsiregistruoti, kreipkitės į registratūrą. Tai nemokama.
poster-scan = Arba nuskenuokite šį kodą telefonu, kad gautumėte programėlę NHS App.
rx-message = Jūsų sveikatos įrašai, registracija pas gydytoją ir nuolat vartojamų vaistų receptai – programėlėje NHS App. Užsiregistruoti padės registratūra.

## Inactivity

idle-title = Ar Jūs dar čia?
idle-countdown = { $seconds ->
    [one] Ekranas išsivalys po { $seconds } sekundės.
    [few] Ekranas išsivalys po { $seconds } sekundžių.
    [many] Ekranas išsivalys po { $seconds } sekundės.
   *[other] Ekranas išsivalys po { $seconds } sekundžių.
}
idle-stay = Taip, aš dar čia

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Šis įrenginys neveikia
startup-failed-body = Prašome kreiptis į registratūrą.
startup-failed-staff = Darbuotojams: išsami informacija pateikta žemiau.

## The optional, anonymous question at the end

feedback-question = Kas galėtų sutrukdyti jums naudotis prieiga internetu?
feedback-optional = Neprivaloma ir anonimiška: palieskite vieną atsakymą arba tiesiog baikite.
feedback-reason-no-device = Neturiu išmaniojo telefono ar kompiuterio
feedback-reason-privacy = Nerimauju dėl privatumo
feedback-reason-dont-know-how = Nežinau, kaip tuo naudotis
feedback-reason-dont-need = Man to nereikia
feedback-reason-something-else = Kita
feedback-thanks = Ačiū. Jūsų atsakymas padeda praktikai.

## Training mode

training-band = MOKYMAS — tik praktikai: niekas, kas čia įvesta, nėra skaičiuojama ar saugoma
