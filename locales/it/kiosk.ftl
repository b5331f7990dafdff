### Access Kiosk: lo schermo per i pazienti, in italiano.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Italiano

## Shared

app-title = Accesso online alla sua cartella clinica
action-language = Lingua
action-back = Indietro
kiosk-busy = Attenda, per favore…
action-text-size = Dimensione del testo
text-size-standard = Testo normale
text-size-large = Testo grande
text-size-largest = Testo molto grande
action-listen = Ascolta
action-stop-listening = Interrompi

## Attract screen

attract-title = Consulti la sua cartella clinica sul telefono
attract-benefit-1 = Prenoti le visite online
attract-benefit-2 = Chieda il rinnovo delle ricette
attract-benefit-3 = Consulti i risultati dei suoi esami
attract-touch = Tocchi lo schermo per iniziare
attract-own-phone = Preferisce usare il suo telefono? Inquadri questo codice.

## Language screen

language-title = Scelga la sua lingua
language-hint = Può cambiare la lingua in qualsiasi momento.

## Benefits screen

benefits-title = Cosa può fare online
benefits-intro = Con la NHS App può usare il telefono o il computer per:
benefit-appointments = prenotare e disdire le visite dal medico di famiglia
benefit-prescriptions = chiedere il rinnovo delle ricette
benefit-results = vedere i risultati dei suoi esami
benefit-vaccinations = vedere le sue vaccinazioni, per viaggi o per lavoro
benefit-record = leggere la sua cartella clinica e le lettere
risks-title = Prima di dire sì
risks-intro = Prima pensi a queste cose. Il personale può parlarne con lei.
risk-forgotten = La sua cartella può mostrare cose del passato che lei ha dimenticato.
risk-bad-news = Potrebbe vedere il risultato di un esame o una brutta notizia prima che un medico gliene parli.
risk-sharing = Decide lei chi vede la sua cartella. La tenga privata, a meno che non voglia condividerla.
risk-coercion = Se qualcuno la costringe a fargli vedere la sua cartella, è meglio non registrarsi. Può dircelo in privato.
risk-misunderstanding = Alcune parole nella sua cartella possono essere difficili da capire. Se ha dubbi, ci chieda.
risk-third-party = Se vede informazioni su un'altra persona, lo dica allo studio medico.
risk-keep-safe = Tenga al sicuro i suoi dati di accesso e tutti i fogli stampati.
benefits-interested = Mi interessa
benefits-not-now = Non ora

## Interest form

form-title = Ci parli di lei
form-intro = Le chiediamo solo poche cose. Il personale le controllerà insieme a lei.
form-name-hint = Scriva il suo nome come lo conosce lo studio medico, per esempio come sul passaporto o su una lettera dell'NHS. È meglio usare le lettere dell'alfabeto inglese, ma va bene qualsiasi alfabeto.
form-first-name = Nome
form-last-name = Cognome
form-dob = Data di nascita
form-dob-hint = Per esempio, 15 3 1984
form-dob-day = Giorno
form-dob-month = Mese
form-dob-year = Anno
form-contact-title = Come possiamo contattarla?
form-contact-hint = Ci dia un numero di cellulare, un indirizzo email o tutti e due.
form-mobile = Numero di cellulare
form-email = Indirizzo email
form-nhs-number = Numero NHS (se lo conosce)
form-nhs-number-hint = 10 cifre. Lo trova su una lettera dell'NHS.
form-wants-title = Che cosa desidera?
form-wants-hint = Tolga la spunta da ciò che non desidera.
form-wants-services = Appuntamenti e ricette ripetute
form-wants-new-entries = La cartella clinica da ora in poi
form-wants-new-entries-hint = È attiva per chiunque abbia 16 anni o più. Può rifiutare.
form-wants-older-record = Chiedere la cartella clinica precedente
form-wants-older-record-hint = Prima la controlla un medico. Può richiedere qualche settimana.
form-for-whom-title = Per chi è?
form-for-me = Per me
form-for-someone-else = Per una persona di cui mi prendo cura
form-id-title = Ha con sé questi documenti oggi?
form-id-hint = Un documento d'identità con foto, come il passaporto o la patente di guida, e una prova dell'indirizzo, come una bolletta recente.
form-id-both = Sì, documento con foto e prova dell'indirizzo
form-id-photo-only = Solo documento con foto
form-id-address-only = Solo prova dell'indirizzo
form-id-neither = No, oppure non lo so
form-submit = Invia
form-error-summary = C'è un problema

## Field errors (one per validation code)

error-name-missing = Scriva il suo nome
error-name-too-long = Il nome può avere al massimo 100 lettere
error-name-hidden-characters = Il nome contiene caratteri nascosti. Lo scriva di nuovo, per favore.
error-name-no-letters = Il nome deve contenere delle lettere
error-name-symbols = Il nome può contenere solo lettere, spazi, trattini e apostrofi
error-dob-missing = Scriva la sua data di nascita
error-dob-not-a-date = Scriva una data valida, per esempio 15 3 1984, con l'anno di 4 cifre
error-dob-in-future = La data di nascita deve essere nel passato
error-dob-too-old = Controlli l'anno della sua data di nascita
error-mobile-invalid = Scriva un numero di cellulare del Regno Unito, come 07700 900123
error-mobile-not-mobile = Questo non è un numero di cellulare. Scriva un numero che inizia con 07.
error-email-invalid = Scriva un indirizzo email, come name@example.com
error-contact-missing = Scriva un numero di cellulare o un indirizzo email
error-nhs-number-length = Il numero NHS ha 10 cifre
error-nhs-number-check-digit = Controlli il suo numero NHS. Non è corretto.
error-id-documents-missing = Scelga una risposta

## Errors that are not about one field

error-code-disk-full = Non siamo riusciti a salvare i suoi dati. Chieda alla reception, per favore.
error-code-not-saved = Non siamo riusciti a salvare i suoi dati. Chieda alla reception, per favore.
error-code-qr-failed = Non siamo riusciti a creare il suo codice. Chieda alla reception, per favore.
error-code-startup-failed = Questo schermo non funziona. Chieda alla reception, per favore.
error-code-unknown = Qualcosa non ha funzionato. Chieda alla reception, per favore.

## Confirmation

confirm-title = Grazie
confirm-reference-label = Il suo codice di riferimento
confirm-next-title = Cosa succede ora
confirm-next-show = Mostri questo codice di riferimento alla reception.
confirm-next-check = Il personale controllerà la sua identità e la aiuterà a registrarsi.
confirm-next-bring = Se oggi non ha un documento con foto e una prova dell'indirizzo, il personale le dirà come fare in un altro modo.
confirm-qr-caption = Inquadri questo codice con il telefono per scaricare la NHS App.
confirm-finish = Fine

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Il suo foglio per l'accesso online
slip-reference = Il suo codice di riferimento: { $reference }
slip-scan = Inquadri questo codice con la fotocamera del telefono per scaricare la NHS App.
slip-steps-title = Come registrarsi
slip-step-1 = Scarichi la NHS App sul telefono, oppure vada all'indirizzo contenuto nel codice.
slip-step-2 = Crei un NHS login con il suo indirizzo email e il suo numero di cellulare.
slip-step-3 = Se l'app lo chiede, scelga "I have my registration details" e scriva i tre dati qui sotto.
slip-step-4 = Se non riesce ad andare avanti, mostri questo foglio alla reception.
slip-bring = Porti alla reception un documento con foto e una prova dell'indirizzo, così possiamo controllare la sua identità.
slip-account-id = ID dell'account (Account ID)
slip-ods-code = Codice dello studio medico (ODS)
slip-linkage-key = Chiave di collegamento (Linkage key)
slip-printed-on = Stampato il { $date }
print-failed-patient = Non siamo riusciti a stampare il suo foglio. Chieda alla reception, per favore.

## Posters, leaflets and the prescription message

poster-ask = Chieda alla reception per registrarsi. È gratis.
poster-scan = Oppure inquadri questo codice con il telefono per scaricare la NHS App.
rx-message = Con la NHS App può vedere la sua cartella clinica, prenotare le visite e chiedere il rinnovo delle ricette. Chieda alla reception per registrarsi.

## Inactivity

idle-title = È ancora qui?
idle-countdown = { $seconds ->
    [one] Lo schermo verrà cancellato tra { $seconds } secondo.
    [many] Lo schermo verrà cancellato tra { $seconds } di secondi.
   *[other] Lo schermo verrà cancellato tra { $seconds } secondi.
}
idle-stay = Sì, sono ancora qui

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Questo schermo non funziona
startup-failed-body = Chieda alla reception, per favore.
startup-failed-staff = Per il personale: i dettagli sono qui sotto.

## The optional, anonymous question at the end

feedback-question = Cosa potrebbe impedirti di usare l'accesso online?
feedback-optional = Facoltativo e anonimo: tocca una risposta o termina.
feedback-reason-no-device = Non ho uno smartphone o un computer
feedback-reason-privacy = Sono preoccupato/a per la privacy
feedback-reason-dont-know-how = Non so come usarlo
feedback-reason-dont-need = Non mi serve
feedback-reason-something-else = Altro
feedback-thanks = Grazie. La tua risposta aiuta l'ambulatorio.

## Training mode

training-band = FORMAZIONE — solo per esercitarsi: nulla di ciò che si inserisce qui viene contato o conservato
