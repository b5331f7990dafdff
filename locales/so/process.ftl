### Access Kiosk: today's sign-up process, patient face (Somali).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = Ma haysataa NHS App?
nhs-app-question = Ma ku caddaysay cidda aad tahay adigoo isticmaalaya aqoonsi sawir leh?
nhs-app-verified = Haa, waan caddeeyay cidda aan ahay
nhs-app-started = Waan bilaabay laakiin ma dhammaystirin
nhs-app-no = Maya
nhs-app-not-sure = Ma hubo
action-next = Xiga

## Who the patient is

about-title-me = Adiga naftaada
about-title-someone-else = Qofka aad daryeesho
form-name-hint-someone-else = Magaca qofka u qor sida ay xarunta GP-ga u taqaan, tusaale ahaan sida uu ugu qoran yahay baasaboorkiisa ama warqad NHS. Xarfaha Ingiriisiga ayaa ugu fiican, laakiin far kasta waa lagu qori karaa.

## The patient's age

under13-title = Carruurta ka yar 13 sano
under13-body = Ilmaha ka yar 13 sano waxaa diiwaangeliya waalid ama daryeele.
under13-carer = Waxaan ahay waalidkiisa ama daryeelihiisa
young-person-title = Waxaad tahay 13 ilaa 15 jir
young-person-body = Rugta caafimaadku way kula hadli doontaa sidii aad u arki lahayd diiwaankaaga GP-ga.
young-person-services = Hadda waxaad codsan kartaa ballamo iyo daawooyin joogto ah.

## Someone asking for a patient they care for (a proxy)

carer-title = Adiga naftaada
carer-hint = Waxaad yeelan doontaa NHS login adiga kuu gaar ah.
carer-first-name = Magacaaga koowaad
carer-last-name = Magacaaga qoyska
relationship-title = Maxaad isu tihiin?
relationship-parent-or-guardian = Waalid ama mas'uul
relationship-son-or-daughter = Wiil ama gabadh
relationship-husband-wife-or-partner = Nin, naag ama lammaane
relationship-other-relative = Qaraabo kale
relationship-friend = Saaxiib
relationship-paid-carer = Daryeele mushahar qaata
relationship-other = Wax kale
why-title = Maxaad ugu matali kartaa?
why-patient-agrees = Way ku raacsan yihiin
why-parent-of-child = Waxaan ahay waalidka ilmo
why-lasting-power-of-attorney = Waxaan haystaa Lasting Power of Attorney caafimaadkooda
why-court-deputy = Maxkamad ayaa ii magacawday wakiilkooda
why-not-sure = Ma hubo
documents-proxy-hint = Sidoo kale keen caddayn inaad matali karto, sida shahaadada dhalashada ama Lasting Power of Attorney.

## Confirmation

confirm-app-record = Hadda waxaad diiwaankaaga GP-ga ku arki kartaa NHS App.
confirm-older-record = Dhakhtar ayaa marka hore eegaya diiwaanka hore. Waxay qaadan kartaa dhowr toddobaad.
confirm-young-person = Rugta caafimaadku marka hore way kula hadli doontaa.
confirm-proxy = Shaqaaluhu waxay hubin doonaan aqoonsiga labadiinaba.

## Printed slip

slip-app-step-1 = Fur NHS App oo gal.
slip-app-step-2 = Si aad u aragto diiwaankaaga GP-ga, dooro "Your health", kadibna "GP health record".
slip-app-step-3 = Haddii aad codsatay diiwaanka hore, rugta caafimaadku way ku ogeysiin doontaa marka uu diyaar noqdo.
slip-linkage-expires = Furaha isku xidhku hal mar oo keliya ayuu shaqeeyaa. Wuxuu joojinayaa shaqada { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = Janaayo
date-month-2 = Febraayo
date-month-3 = Maarso
date-month-4 = Abriil
date-month-5 = Maajo
date-month-6 = Juun
date-month-7 = Luuliyo
date-month-8 = Agoosto
date-month-9 = Sebtembar
date-month-10 = Oktoobar
date-month-11 = Nofembar
date-month-12 = Desembar

## Field errors

error-nhs-app-missing = Dooro jawaab
error-dob-under13-needs-carer = Ilmaha ka yar 13 sano waxaa diiwaangeliya waalid ama daryeele
error-relationship-missing = Dooro xiriirkaaga
error-basis-missing = Dooro jawaab
