### Access Kiosk: today's sign-up process, patient face (Romanian).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = Aveți aplicația NHS App?
nhs-app-question = V-ați dovedit identitatea în ea cu un act cu fotografie?
nhs-app-verified = Da, mi-am dovedit identitatea
nhs-app-started = Am început, dar nu am terminat
nhs-app-no = Nu
nhs-app-not-sure = Nu sunt sigur
action-next = Înainte

## Who the patient is

about-title-me = Despre dumneavoastră
about-title-someone-else = Despre persoana de care aveți grijă
form-name-hint-someone-else = Scrieți numele acestei persoane așa cum îl știe cabinetul medical, de exemplu ca în pașaportul ei sau într-o scrisoare de la NHS. Cel mai bine este să folosiți literele din alfabetul englez, dar puteți folosi orice alfabet.

## The patient's age

under13-title = Copii sub 13 ani
under13-body = Un copil sub 13 ani este înscris de un părinte sau de un îngrijitor.
under13-carer = Sunt părintele sau îngrijitorul lui
young-person-title = Aveți între 13 și 15 ani
young-person-body = Cabinetul va vorbi cu dumneavoastră despre accesul la dosarul medical.
young-person-services = Puteți cere deja programări și rețete repetate.

## Someone asking for a patient they care for (a proxy)

carer-title = Despre dumneavoastră
carer-hint = Veți avea propriul cont NHS login.
carer-first-name = Prenumele dumneavoastră
carer-last-name = Numele dumneavoastră de familie
relationship-title = Ce relație aveți cu persoana?
relationship-parent-or-guardian = Părinte sau tutore
relationship-son-or-daughter = Fiu sau fiică
relationship-husband-wife-or-partner = Soț, soție sau partener
relationship-other-relative = Altă rudă
relationship-friend = Prieten
relationship-paid-carer = Îngrijitor plătit
relationship-other = Altceva
why-title = De ce puteți acționa în numele ei?
why-patient-agrees = Persoana este de acord
why-parent-of-child = Sunt părintele unui copil
why-lasting-power-of-attorney = Am o procură de durată pentru sănătatea ei (Lasting Power of Attorney)
why-court-deputy = Instanța m-a numit reprezentantul ei
why-not-sure = Nu sunt sigur
documents-proxy-hint = Aduceți și dovada că puteți acționa în numele ei, de exemplu certificatul de naștere sau procura.

## Confirmation

confirm-app-record = Puteți vedea acum dosarul medical în aplicația NHS App.
confirm-older-record = Un medic verifică mai întâi dosarul mai vechi. Poate dura câteva săptămâni.
confirm-young-person = Cabinetul va vorbi mai întâi cu dumneavoastră.
confirm-proxy = Personalul vă va verifica identitatea amândurora.

## Printed slip

slip-app-step-1 = Deschideți aplicația NHS App și conectați-vă.
slip-app-step-2 = Ca să vedeți dosarul medical, alegeți „Your health”, apoi „GP health record”.
slip-app-step-3 = Dacă ați cerut dosarul mai vechi, cabinetul vă anunță când este gata.
slip-linkage-expires = Cheia de asociere funcționează o singură dată. Nu mai funcționează din { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = ianuarie
date-month-2 = februarie
date-month-3 = martie
date-month-4 = aprilie
date-month-5 = mai
date-month-6 = iunie
date-month-7 = iulie
date-month-8 = august
date-month-9 = septembrie
date-month-10 = octombrie
date-month-11 = noiembrie
date-month-12 = decembrie

## Field errors

error-nhs-app-missing = Alegeți un răspuns
error-dob-under13-needs-carer = Un copil sub 13 ani este înscris de un părinte sau de un îngrijitor
error-relationship-missing = Alegeți ce relație aveți
error-basis-missing = Alegeți un răspuns
