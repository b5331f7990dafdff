### Access Kiosk: today's sign-up process, patient face (Lithuanian).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = Ar turite NHS App?
nhs-app-question = Ar programėlėje patvirtinote savo tapatybę dokumentu su nuotrauka?
nhs-app-verified = Taip, patvirtinau tapatybę
nhs-app-started = Pradėjau, bet nebaigiau
nhs-app-no = Ne
nhs-app-not-sure = Nesu tikras
action-next = Toliau

## Who the patient is

about-title-me = Apie Jus
about-title-someone-else = Apie žmogų, kuriuo rūpinatės
form-name-hint-someone-else = Parašykite šio žmogaus vardą ir pavardę taip, kaip juos žino klinika, pavyzdžiui, kaip jo pase ar laiške iš NHS. Geriausia rašyti angliškomis raidėmis, bet galima ir kitomis.

## The patient's age

under13-title = Jaunesni nei 13 metų vaikai
under13-body = Jaunesnį nei 13 metų vaiką užregistruoja tėvai arba globėjas.
under13-carer = Esu vaiko tėvas, mama arba globėjas
young-person-title = Jums 13–15 metų
young-person-body = Klinika su Jumis pasikalbės apie prieigą prie Jūsų sveikatos įrašų.
young-person-services = Jau dabar galite prašyti vizitų ir pakartotinių receptų.

## Someone asking for a patient they care for (a proxy)

carer-title = Apie Jus
carer-hint = Turėsite savo NHS login paskyrą.
carer-first-name = Jūsų vardas
carer-last-name = Jūsų pavardė
relationship-title = Kas Jums yra šis žmogus?
relationship-parent-or-guardian = Esu tėvas, mama arba globėjas
relationship-son-or-daughter = Esu sūnus arba dukra
relationship-husband-wife-or-partner = Esu vyras, žmona arba partneris
relationship-other-relative = Esu kitas giminaitis
relationship-friend = Esu draugas
relationship-paid-carer = Esu apmokamas slaugytojas
relationship-other = Kita
why-title = Kodėl galite veikti jo vardu?
why-patient-agrees = Jis pats sutinka
why-parent-of-child = Esu vaiko tėvas arba mama
why-lasting-power-of-attorney = Turiu ilgalaikį įgaliojimą sveikatos reikalams (Lasting Power of Attorney)
why-court-deputy = Teismas paskyrė mane jo atstovu
why-not-sure = Nesu tikras
documents-proxy-hint = Taip pat atsineškite įrodymą, kad galite veikti jo vardu, pvz., gimimo liudijimą ar įgaliojimą.

## Confirmation

confirm-app-record = Jau dabar galite matyti savo sveikatos įrašus NHS App programėlėje.
confirm-older-record = Senesnius įrašus pirmiausia peržiūri gydytojas. Tai gali užtrukti kelias savaites.
confirm-young-person = Klinika pirmiausia su Jumis pasikalbės.
confirm-proxy = Darbuotojai patikrins jūsų abiejų tapatybę.

## Printed slip

slip-app-step-1 = Atidarykite NHS App ir prisijunkite.
slip-app-step-2 = Kad pamatytumėte įrašus, pasirinkite „Your health“, tada „GP health record“.
slip-app-step-3 = Jei prašėte senesnių įrašų, klinika praneš, kai jie bus paruošti.
slip-linkage-expires = Susiejimo raktas veikia tik vieną kartą. Jis nustos veikti { $date }.

## Dates in words (the slip's expiry date)

date-long = { $year } m. { $month } { $day } d.
date-month-1 = sausio
date-month-2 = vasario
date-month-3 = kovo
date-month-4 = balandžio
date-month-5 = gegužės
date-month-6 = birželio
date-month-7 = liepos
date-month-8 = rugpjūčio
date-month-9 = rugsėjo
date-month-10 = spalio
date-month-11 = lapkričio
date-month-12 = gruodžio

## Field errors

error-nhs-app-missing = Pasirinkite atsakymą
error-dob-under13-needs-carer = Jaunesnį nei 13 metų vaiką užregistruoja tėvai arba globėjas
error-relationship-missing = Pasirinkite, kas Jums yra šis žmogus
error-basis-missing = Pasirinkite atsakymą
