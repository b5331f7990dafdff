### Access Kiosk: today's sign-up process, patient face (Italian).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = Ha la NHS App?
nhs-app-question = Ha dimostrato la sua identità nell'app con un documento con foto?
nhs-app-verified = Sì, ho dimostrato la mia identità
nhs-app-started = Ho iniziato ma non ho finito
nhs-app-no = No
nhs-app-not-sure = Non sono sicuro
action-next = Avanti

## Who the patient is

about-title-me = Su di lei
about-title-someone-else = Sulla persona che assiste
form-name-hint-someone-else = Scriva il nome di questa persona come lo conosce lo studio medico, per esempio come sul suo passaporto o su una lettera dell'NHS. È meglio usare le lettere dell'alfabeto inglese, ma va bene qualsiasi alfabeto.

## The patient's age

under13-title = Bambini sotto i 13 anni
under13-body = Un bambino sotto i 13 anni viene registrato da un genitore o da chi lo assiste.
under13-carer = Sono il genitore o chi lo assiste
young-person-title = Ha tra 13 e 15 anni
young-person-body = L'ambulatorio parlerà con lei dell'accesso alla cartella clinica.
young-person-services = Può già chiedere appuntamenti e ricette ripetute.

## Someone asking for a patient they care for (a proxy)

carer-title = Su di lei
carer-hint = Avrà un suo NHS login.
carer-first-name = Il suo nome
carer-last-name = Il suo cognome
relationship-title = Che rapporto ha con questa persona?
relationship-parent-or-guardian = Genitore o tutore
relationship-son-or-daughter = Figlio o figlia
relationship-husband-wife-or-partner = Marito, moglie o partner
relationship-other-relative = Altro parente
relationship-friend = Amico
relationship-paid-carer = Assistente retribuito
relationship-other = Altro
why-title = Perché può agire per questa persona?
why-patient-agrees = La persona è d'accordo
why-parent-of-child = Sono il genitore di un bambino
why-lasting-power-of-attorney = Ho una procura per la sua salute (Lasting Power of Attorney)
why-court-deputy = Un tribunale mi ha nominato suo rappresentante
why-not-sure = Non sono sicuro
documents-proxy-hint = Porti anche una prova che può agire per questa persona, come un certificato di nascita o la procura.

## Confirmation

confirm-app-record = Può già vedere la sua cartella clinica nella NHS App.
confirm-older-record = Un medico controlla prima la cartella precedente. Può richiedere qualche settimana.
confirm-young-person = L'ambulatorio parlerà prima con lei.
confirm-proxy = Il personale controllerà l'identità di entrambi.

## Printed slip

slip-app-step-1 = Apra la NHS App ed effettui l'accesso.
slip-app-step-2 = Per vedere la cartella clinica, scelga "Your health" e poi "GP health record".
slip-app-step-3 = Se ha chiesto la cartella precedente, l'ambulatorio la avviserà quando è pronta.
slip-linkage-expires = La chiave di collegamento funziona una sola volta. Smette di funzionare il { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = gennaio
date-month-2 = febbraio
date-month-3 = marzo
date-month-4 = aprile
date-month-5 = maggio
date-month-6 = giugno
date-month-7 = luglio
date-month-8 = agosto
date-month-9 = settembre
date-month-10 = ottobre
date-month-11 = novembre
date-month-12 = dicembre

## Field errors

error-nhs-app-missing = Scelga una risposta
error-dob-under13-needs-carer = Un bambino sotto i 13 anni viene registrato da un genitore o da chi lo assiste
error-relationship-missing = Scelga il suo rapporto con la persona
error-basis-missing = Scelga una risposta
