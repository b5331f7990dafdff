### Access Kiosk: ecranul pentru pacienți, în limba română.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Română

## Shared

app-title = Acces online la dosarul dumneavoastră medical
action-language = Limba
action-back = Înapoi
kiosk-busy = Vă rugăm să așteptați…
action-text-size = Mărimea textului
text-size-standard = Text normal
text-size-large = Text mare
text-size-largest = Text foarte mare
action-listen = Ascultați
action-stop-listening = Opriți

## Attract screen

attract-title = Vedeți-vă dosarul medical pe telefon
attract-benefit-1 = Faceți programări online
attract-benefit-2 = Cereți reînnoirea rețetelor
attract-benefit-3 = Vedeți rezultatele analizelor
attract-touch = Atingeți ecranul ca să începeți
attract-own-phone = Preferați să folosiți telefonul dumneavoastră? Scanați acest cod.

## Language screen

language-title = Alegeți limba
language-hint = Puteți schimba limba oricând.

## Benefits screen

benefits-title = Ce puteți face online
benefits-intro = Cu aplicația NHS App, puteți folosi telefonul sau calculatorul ca să:
benefit-appointments = faceți și anulați programări la medicul de familie
benefit-prescriptions = cereți reînnoirea rețetelor
benefit-results = vedeți rezultatele analizelor
benefit-vaccinations = vedeți ce vaccinuri ați făcut, pentru călătorii sau pentru serviciu
benefit-record = citiți dosarul medical și scrisorile medicale
risks-title = Înainte să spuneți da
risks-intro = Gândiți-vă mai întâi la aceste lucruri. Puteți vorbi despre ele cu personalul.
risk-forgotten = Dosarul dumneavoastră poate arăta lucruri din trecut pe care le-ați uitat.
risk-bad-news = Este posibil să vedeți rezultatul unei analize sau o veste proastă înainte să vă explice un medic.
risk-sharing = Dumneavoastră alegeți cine vă vede dosarul. Păstrați-l doar pentru dumneavoastră, dacă nu vreți să-l arătați altcuiva.
risk-coercion = Dacă cineva vă obligă să-i arătați dosarul, este mai bine să nu vă înscrieți. Ne puteți spune acest lucru în privat.
risk-misunderstanding = Unele cuvinte din dosar pot fi greu de înțeles. Dacă aveți nelămuriri, întrebați-ne.
risk-third-party = Dacă vedeți informații despre altă persoană, spuneți cabinetului medical.
risk-keep-safe = Păstrați în siguranță datele de conectare și orice foi tipărite.
benefits-interested = Mă interesează
benefits-not-now = Nu acum

## Interest form

form-title = Spuneți-ne despre dumneavoastră
form-intro = Vă cerem doar câteva lucruri. Personalul le va verifica împreună cu dumneavoastră.
form-name-hint = Scrieți-vă numele așa cum îl știe cabinetul medical, de exemplu ca în pașaport sau într-o scrisoare de la NHS. Cel mai bine este să folosiți literele din alfabetul englez, dar puteți folosi orice alfabet.
form-first-name = Prenume
form-last-name = Nume de familie
form-dob = Data nașterii
form-dob-hint = De exemplu, 15 3 1984
form-dob-day = Ziua
form-dob-month = Luna
form-dob-year = Anul
form-contact-title = Cum vă putem contacta?
form-contact-hint = Scrieți un număr de telefon mobil, o adresă de e-mail sau pe amândouă.
form-mobile = Număr de telefon mobil
form-email = Adresă de e-mail
form-nhs-number = Numărul NHS (dacă îl știți)
form-nhs-number-hint = 10 cifre. Îl găsiți pe o scrisoare de la NHS.
form-wants-title = Ce doriți?
form-wants-hint = Debifați ce nu doriți.
form-wants-services = Programări și rețete repetate
form-wants-new-entries = Dosarul medical de acum înainte
form-wants-new-entries-hint = Este activat pentru toți cei de 16 ani sau mai mult. Puteți refuza.
form-wants-older-record = Cer dosarul medical mai vechi
form-wants-older-record-hint = Un medic îl verifică mai întâi. Poate dura câteva săptămâni.
form-for-whom-title = Pentru cine este?
form-for-me = Pentru mine
form-for-someone-else = Pentru cineva de care am grijă
form-id-title = Aveți azi aceste documente la dumneavoastră?
form-id-hint = Un act de identitate cu fotografie, cum ar fi pașaportul sau permisul de conducere, și o dovadă a adresei, cum ar fi o factură recentă.
form-id-both = Da, act cu fotografie și dovada adresei
form-id-photo-only = Doar act de identitate cu fotografie
form-id-address-only = Doar dovada adresei
form-id-neither = Nu, sau nu știu
form-submit = Trimiteți
form-error-summary = A apărut o problemă

## Field errors (one per validation code)

error-name-missing = Scrieți-vă numele
error-name-too-long = Numele poate avea cel mult 100 de litere
error-name-hidden-characters = Numele are caractere ascunse. Vă rugăm să-l scrieți din nou.
error-name-no-letters = Numele trebuie să conțină litere
error-name-symbols = Numele poate conține doar litere, spații, cratime și apostrofuri
error-dob-missing = Scrieți data nașterii
error-dob-not-a-date = Scrieți o dată corectă, de exemplu 15 3 1984, cu anul din 4 cifre
error-dob-in-future = Data nașterii trebuie să fie în trecut
error-dob-too-old = Verificați anul nașterii
error-mobile-invalid = Scrieți un număr de mobil din Regatul Unit, de exemplu 07700 900123
error-mobile-not-mobile = Acesta nu este un număr de mobil. Scrieți un număr care începe cu 07.
error-email-invalid = Scrieți o adresă de e-mail, de exemplu name@example.com
error-contact-missing = Scrieți un număr de mobil sau o adresă de e-mail
error-nhs-number-length = Numărul NHS are 10 cifre
error-nhs-number-check-digit = Verificați numărul NHS. Nu este corect.
error-id-documents-missing = Alegeți un răspuns

## Errors that are not about one field

error-code-disk-full = Nu am putut salva datele dumneavoastră. Vă rugăm să întrebați la recepție.
error-code-not-saved = Nu am putut salva datele dumneavoastră. Vă rugăm să întrebați la recepție.
error-code-qr-failed = Nu am putut crea codul dumneavoastră. Vă rugăm să întrebați la recepție.
error-code-startup-failed = Acest ecran nu funcționează. Vă rugăm să întrebați la recepție.
error-code-unknown = Ceva nu a mers bine. Vă rugăm să întrebați la recepție.

## Confirmation

confirm-title = Vă mulțumim
confirm-reference-label = Codul dumneavoastră de referință
confirm-next-title = Ce urmează
confirm-next-show = Arătați acest cod la recepție.
confirm-next-check = Personalul vă va verifica identitatea și vă va ajuta să vă înscrieți.
confirm-next-bring = Dacă azi nu aveți un act cu fotografie și o dovadă a adresei, personalul vă va spune ce alte variante aveți.
confirm-qr-caption = Scanați acest cod cu telefonul ca să instalați aplicația NHS App.
confirm-finish = Gata

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Foaia dumneavoastră pentru acces online
slip-reference = Codul dumneavoastră de referință: { $reference }
slip-scan = Scanați acest cod cu camera telefonului ca să instalați aplicația NHS App.
slip-steps-title = Cum vă înscrieți
slip-step-1 = Instalați aplicația NHS App pe telefon sau intrați pe adresa din cod.
slip-step-2 = Creați un cont NHS login cu adresa de e-mail și numărul de mobil.
slip-step-3 = Dacă aplicația vă cere acest lucru, alegeți "I have my registration details" și scrieți cele trei date de mai jos.
slip-step-4 = Dacă nu reușiți, arătați această foaie la recepție.
slip-bring = Aduceți la recepție un act de identitate cu fotografie și o dovadă a adresei, ca să vă putem verifica identitatea.
slip-account-id = ID-ul contului (Account ID)
slip-ods-code = Codul cabinetului medical (ODS)
slip-linkage-key = Cheia de asociere (Linkage key)
slip-printed-on = Data tipăririi: { $date }
print-failed-patient = Nu am putut tipări foaia dumneavoastră. Vă rugăm să întrebați la recepție.

## Posters, leaflets and the prescription message

poster-ask = Întrebați la recepție ca să vă înscrieți. Este gratuit.
poster-scan = Sau scanați acest cod cu telefonul ca să instalați aplicația NHS App.
rx-message = În aplicația NHS App vă puteți vedea dosarul medical, puteți face programări și cere reînnoirea rețetelor. Întrebați la recepție ca să vă înscrieți.

## Inactivity

idle-title = Mai sunteți aici?
idle-countdown = { $seconds ->
    [one] Ecranul se va șterge peste { $seconds } secundă.
    [few] Ecranul se va șterge peste { $seconds } secunde.
   *[other] Ecranul se va șterge peste { $seconds } de secunde.
}
idle-stay = Da, sunt încă aici

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Acest ecran nu funcționează
startup-failed-body = Vă rugăm să întrebați la recepție.
startup-failed-staff = Pentru personal: detaliile sunt mai jos.

## The optional, anonymous question at the end

feedback-question = Ce v-ar putea împiedica să folosiți accesul online?
feedback-optional = Opțional și anonim: atingeți un răspuns sau doar încheiați.
feedback-reason-no-device = Nu am smartphone sau calculator
feedback-reason-privacy = Sunt îngrijorat(ă) de confidențialitate
feedback-reason-dont-know-how = Nu știu cum să îl folosesc
feedback-reason-dont-need = Nu am nevoie de el
feedback-reason-something-else = Altceva
feedback-thanks = Vă mulțumim. Răspunsul dvs. ajută cabinetul.

## Training mode

training-band = INSTRUIRE — doar pentru exercițiu: nimic din ce introduceți aici nu este numărat sau păstrat
