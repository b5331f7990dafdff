### Access Kiosk: shaashadda bukaanka, af Soomaali.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Soomaali

## Shared

app-title = Diiwaankaaga GP-ga oo onlayn ah
action-language = Luuqadda
action-back = Dib u noqo
kiosk-busy = Fadlan sug…
action-text-size = Cabbirka qoraalka
text-size-standard = Qoraal caadi ah
text-size-large = Qoraal weyn
text-size-largest = Qoraalka ugu weyn
action-listen = Dhegeyso
action-stop-listening = Jooji

## Attract screen

attract-title = Diiwaankaaga GP-ga ka eeg taleefankaaga
attract-benefit-1 = Ballan ka qabso onlayn
attract-benefit-2 = Dalbo daawooyinkaaga soo noqnoqda
attract-benefit-3 = Arag natiijooyinka baaritaannadaada
attract-touch = Taabo shaashadda si aad u bilowdo
attract-own-phone = Ma rabtaa inaad isticmaasho taleefankaaga? Koodhkan iskaan garee.

## Language screen

language-title = Dooro luuqaddaada
language-hint = Luuqadda waad beddeli kartaa wakhti kasta.

## Benefits screen

benefits-title = Waxa aad onlayn ku samayn karto
benefits-intro = Adigoo isticmaalaya NHS App, taleefankaaga ama kombiyuutarkaaga waxaad ku samayn kartaa:
benefit-appointments = inaad qabsato oo baajiso ballamaha GP-ga
benefit-prescriptions = inaad dalbato daawooyinkaaga soo noqnoqda
benefit-results = inaad aragto natiijooyinka baaritaannadaada
benefit-vaccinations = inaad aragto tallaalladaada, safar ama shaqo awgeed
benefit-record = inaad akhrido diiwaankaaga GP-ga iyo waraaqahaaga
risks-title = Intaadan haa odhan
risks-intro = Marka hore ka fikir waxyaalahan. Shaqaaluhu way kaala hadli karaan.
risk-forgotten = Diiwaankaagu wuxuu muujin karaa waxyaalo hore oo aad illowday.
risk-bad-news = Waxaa laga yaabaa inaad aragto natiijada baaritaan ama war xun ka hor inta uusan dhakhtar kaala hadlin.
risk-sharing = Adiga ayaa dooranaya cidda arkaysa diiwaankaaga. Sir u hay, haddii aadan rabin inaad qof la wadaagto.
risk-coercion = Haddii qof kugu qasbayo inaad tusto diiwaankaaga, waxa ugu fiican inaadan isdiiwaangelin. Si qarsoodi ah ayaad noogu sheegi kartaa.
risk-misunderstanding = Ereyada qaarkood ee diiwaankaaga way adkaan karaan in la fahmo. Na weydii haddii aadan hubin.
risk-third-party = Haddii aad aragto macluumaad ku saabsan qof kale, u sheeg xarunta GP-ga.
risk-keep-safe = Si ammaan ah u hay macluumaadka aad ku gasho akoonkaaga iyo waraaq kasta oo la daabacay.
benefits-interested = Waan xiisaynayaa
benefits-not-now = Hadda maya

## Interest form

form-title = Nooga warran naftaada
form-intro = Waxyaalo yar oo keliya ayaan ku weydiinaynaa. Shaqaaluhu way kula hubin doonaan.
form-name-hint = Magacaaga u qor sida ay xarunta GP-ga u taqaan, tusaale ahaan sida uu ugu qoran yahay baasaboorkaaga ama warqad NHS. Xarfaha Ingiriisiga ayaa ugu fiican, laakiin far kasta waa lagu qori karaa.
form-first-name = Magaca koowaad
form-last-name = Magaca dambe
form-dob = Taariikhda dhalashada
form-dob-hint = Tusaale ahaan, 15 3 1984
form-dob-day = Maalin
form-dob-month = Bil
form-dob-year = Sannad
form-contact-title = Sidee kula soo xiriiri karnaa?
form-contact-hint = Na sii lambar mobayl, cinwaan iimayl, ama labadaba.
form-mobile = Lambarka taleefanka mobaylka
form-email = Cinwaanka iimaylka
form-nhs-number = Lambarka NHS (haddii aad taqaan)
form-nhs-number-hint = 10 tiro. Waxaad ka heli kartaa warqad ka timid NHS.
form-wants-title = Maxaad rabtaa?
form-wants-hint = Ka saar calaamadda wixii aadan rabin.
form-wants-services = Ballamaha iyo daawooyinka joogtada ah
form-wants-new-entries = Diiwaanka GP-ga hadda wixii ka dambeeya
form-wants-new-entries-hint = Waa u shidan yahay qof kasta oo 16 jir ah ama ka weyn. Waad diidi kartaa.
form-wants-older-record = Codso diiwaanka GP-ga ee hore
form-wants-older-record-hint = Dhakhtar ayaa marka hore eegaya. Waxay qaadan kartaa dhowr toddobaad.
form-for-whom-title = Yaa loogu talagalay?
form-for-me = Aniga naftayda
form-for-someone-else = Qof aan daryeelo
form-id-title = Maanta ma haysaa waxyaalahan?
form-id-hint = Aqoonsi sawir leh, sida baasaboor ama laysin darawal, iyo caddayn cinwaan, sida biil dhowaan yimid.
form-id-both = Haa, aqoonsi sawir leh iyo caddayn cinwaan
form-id-photo-only = Aqoonsi sawir leh oo keliya
form-id-address-only = Caddayn cinwaan oo keliya
form-id-neither = Maya, ama ma hubo
form-submit = Dir
form-error-summary = Dhibaato ayaa jirta

## Field errors (one per validation code)

error-name-missing = Qor magacaaga
error-name-too-long = Magacaagu waa inuu ahaadaa 100 xaraf ama ka yar
error-name-hidden-characters = Magacaagu wuxuu leeyahay xarfo qarsoon. Fadlan dib u qor.
error-name-no-letters = Magacaagu waa inuu leeyahay xarfo
error-name-symbols = Magacaagu wuxuu yeelan karaa oo keliya xarfo, meelo bannaan, jiitin (-) iyo hakad sare (')
error-dob-missing = Qor taariikhda dhalashadaada
error-dob-not-a-date = Qor taariikh sax ah, tusaale ahaan 15 3 1984, sannadkuna ha ahaado 4 tiro
error-dob-in-future = Taariikhda dhalashadaadu waa inay ahaataa wakhti hore
error-dob-too-old = Hubi sannadka dhalashadaada
error-mobile-invalid = Qor lambar mobayl oo UK ah, sida 07700 900123
error-mobile-not-mobile = Kani maaha lambar mobayl. Qor lambar ku bilaabanaya 07.
error-email-invalid = Qor cinwaan iimayl, sida name@example.com
error-contact-missing = Qor lambar mobayl ama cinwaan iimayl
error-nhs-number-length = Lambarka NHS wuxuu ka kooban yahay 10 tiro
error-nhs-number-check-digit = Hubi lambarkaaga NHS. Ma saxna.
error-id-documents-missing = Dooro jawaab

## Errors that are not about one field

error-code-disk-full = Macluumaadkaaga lama kaydin karin. Fadlan weydii miiska soo dhaweynta.
error-code-not-saved = Macluumaadkaaga lama kaydin karin. Fadlan weydii miiska soo dhaweynta.
error-code-qr-failed = Koodhkaaga lama samayn karin. Fadlan weydii miiska soo dhaweynta.
error-code-startup-failed = Mashiinkan ma shaqaynayo. Fadlan weydii miiska soo dhaweynta.
error-code-unknown = Wax baa khaldamay. Fadlan weydii miiska soo dhaweynta.

## Confirmation

confirm-title = Mahadsanid
confirm-reference-label = Lambarka tixraacaaga
confirm-next-title = Maxaa xiga
confirm-next-show = Lambarkan tixraaca ah tus miiska soo dhaweynta.
confirm-next-check = Shaqaaluhu waxay hubin doonaan cidda aad tahay, waxayna kaa caawin doonaan inaad isdiiwaangeliso.
confirm-next-bring = Haddii aadan maanta haysan aqoonsi sawir leh iyo caddayn cinwaan, shaqaaluhu waxay kuu sheegi doonaan habab kale.
confirm-qr-caption = Koodhkan ku iskaan garee taleefankaaga si aad u hesho NHS App.
confirm-finish = Dhammee

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Warqaddaada helitaanka onlaynka
slip-reference = Lambarka tixraacaaga: { $reference }
slip-scan = Koodhkan ku iskaan garee kamaradda taleefankaaga si aad u hesho NHS App.
slip-steps-title = Sida loo isdiiwaangeliyo
slip-step-1 = Taleefankaaga ku soo deji NHS App, ama tag cinwaanka ku jira koodhka.
slip-step-2 = Samee NHS login adigoo isticmaalaya cinwaankaaga iimaylka iyo lambarkaaga mobaylka.
slip-step-3 = Haddii app-ku ku weydiiyo, dooro "I have my registration details" oo qor saddexda macluumaad ee hoose.
slip-step-4 = Haddii aad meel ku xayirato, warqaddan tus miiska soo dhaweynta.
slip-bring = Keen aqoonsi sawir leh iyo caddayn cinwaan miiska soo dhaweynta si aan u hubinno cidda aad tahay.
slip-account-id = Aqoonsiga akoonka (Account ID)
slip-ods-code = Koodhka xarunta (ODS)
slip-linkage-key = Furaha isku xidhka (Linkage key)
slip-printed-on = La daabacay { $date }
print-failed-patient = Warqaddaada lama daabici karin. Fadlan weydii miiska soo dhaweynta.

## Posters, leaflets and the prescription message

poster-ask = Si aad isu diiwaangeliso, weydii miiska soo dhaweynta. Waa bilaash.
poster-scan = Ama koodhkan ku iskaan garee taleefankaaga si aad u hesho NHS App.
rx-message = Adigoo isticmaalaya NHS App, arag diiwaankaaga GP-ga, qabso ballamaha oo dalbo daawooyinka soo noqnoqda. Si aad isu diiwaangeliso, weydii miiska soo dhaweynta.

## Inactivity

idle-title = Weli ma joogtaa?
idle-countdown = { $seconds ->
    [one] Shaashadda waxaa la tirtiri doonaa { $seconds } ilbiriqsi kadib.
   *[other] Shaashadda waxaa la tirtiri doonaa { $seconds } ilbiriqsi kadib.
}
idle-stay = Haa, weli waan joogaa

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Mashiinkan ma shaqaynayo
startup-failed-body = Fadlan weydii miiska soo dhaweynta.
startup-failed-staff = Shaqaalaha: faahfaahintu hoos ayay ku qoran tahay.

## The optional, anonymous question at the end

feedback-question = Maxaa kaa joojin kara isticmaalka gelitaanka onlaynka?
feedback-optional = Ikhtiyaari iyo qarsoodi: taabo hal jawaab, ama kaliya dhammee.
feedback-reason-no-device = Ma haysto taleefan casri ah ama kombiyuutar
feedback-reason-privacy = Waxaan ka walwalsanahay arrimaha khaaska ah
feedback-reason-dont-know-how = Ma aqaan sida loo isticmaalo
feedback-reason-dont-need = Uma baahni
feedback-reason-something-else = Wax kale
feedback-thanks = Mahadsanid. Jawaabtaadu waxay caawisaa rugta caafimaadka.

## Training mode

training-band = TABABAR — tababar kaliya: waxba halkan lagu qoray lama tiriyo lamana hayo
