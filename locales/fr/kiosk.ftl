### Access Kiosk : l'écran pour les patients, en français.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Français

## Shared

app-title = Accès en ligne à votre dossier médical
action-language = Langue
action-back = Retour
kiosk-busy = Veuillez patienter…
action-text-size = Taille du texte
text-size-standard = Texte normal
text-size-large = Grand texte
text-size-largest = Très grand texte
action-listen = Écouter
action-stop-listening = Arrêter

## Attract screen

attract-title = Consultez votre dossier médical sur votre téléphone
attract-benefit-1 = Prenez rendez-vous en ligne
attract-benefit-2 = Demandez le renouvellement de vos ordonnances
attract-benefit-3 = Consultez vos résultats d'examens
attract-touch = Touchez l'écran pour commencer
attract-own-phone = Vous préférez utiliser votre téléphone ? Scannez ce code.

## Language screen

language-title = Choisissez votre langue
language-hint = Vous pouvez changer de langue à tout moment.

## Benefits screen

benefits-title = Ce que vous pouvez faire en ligne
benefits-intro = Avec l'application NHS App, vous pouvez utiliser votre téléphone ou votre ordinateur pour :
benefit-appointments = prendre et annuler des rendez-vous chez le médecin traitant
benefit-prescriptions = demander le renouvellement de vos ordonnances
benefit-results = voir vos résultats d'examens
benefit-vaccinations = voir vos vaccins, pour un voyage ou pour le travail
benefit-record = lire votre dossier médical et vos courriers
risks-title = Avant de dire oui
risks-intro = Pensez d'abord à ces points. Le personnel peut en parler avec vous.
risk-forgotten = Votre dossier peut montrer des choses du passé que vous avez oubliées.
risk-bad-news = Vous pourriez voir un résultat d'examen ou une mauvaise nouvelle avant qu'un médecin vous en parle.
risk-sharing = C'est vous qui choisissez qui voit votre dossier. Gardez-le privé, sauf si vous voulez le partager.
risk-coercion = Si quelqu'un vous oblige à lui montrer votre dossier, il vaut mieux ne pas vous inscrire. Vous pouvez nous en parler en privé.
risk-misunderstanding = Certains mots de votre dossier peuvent être difficiles à comprendre. Demandez-nous si vous avez un doute.
risk-third-party = Si vous voyez des informations sur une autre personne, dites-le au cabinet médical.
risk-keep-safe = Gardez en lieu sûr vos identifiants de connexion et tous les papiers imprimés.
benefits-interested = Ça m'intéresse
benefits-not-now = Pas maintenant

## Interest form

form-title = Parlez-nous de vous
form-intro = Nous demandons seulement quelques informations. Le personnel les vérifiera avec vous.
form-name-hint = Écrivez votre nom comme le cabinet médical le connaît, par exemple comme sur votre passeport ou sur une lettre du NHS. Il vaut mieux écrire en lettres de l'alphabet anglais, mais toute écriture est acceptée.
form-first-name = Prénom
form-last-name = Nom de famille
form-dob = Date de naissance
form-dob-hint = Par exemple, 15 3 1984
form-dob-day = Jour
form-dob-month = Mois
form-dob-year = Année
form-contact-title = Comment pouvons-nous vous contacter ?
form-contact-hint = Donnez un numéro de portable, une adresse e-mail, ou les deux.
form-mobile = Numéro de portable
form-email = Adresse e-mail
form-nhs-number = Numéro NHS (si vous le connaissez)
form-nhs-number-hint = 10 chiffres. Vous le trouverez sur une lettre du NHS.
form-wants-title = Que souhaitez-vous ?
form-wants-hint = Décochez ce que vous ne voulez pas.
form-wants-services = Rendez-vous et ordonnances renouvelables
form-wants-new-entries = Le dossier médical à partir de maintenant
form-wants-new-entries-hint = Activé pour toute personne de 16 ans ou plus. Vous pouvez refuser.
form-wants-older-record = Demander le dossier médical plus ancien
form-wants-older-record-hint = Un médecin le vérifie d'abord. Cela peut prendre quelques semaines.
form-for-whom-title = Pour qui est-ce ?
form-for-me = Pour moi
form-for-someone-else = Pour une personne dont je m'occupe
form-id-title = Avez-vous ces documents avec vous aujourd'hui ?
form-id-hint = Une pièce d'identité avec photo, comme un passeport ou un permis de conduire, et un justificatif de domicile, comme une facture récente.
form-id-both = Oui, une pièce d'identité avec photo et un justificatif de domicile
form-id-photo-only = Seulement une pièce d'identité avec photo
form-id-address-only = Seulement un justificatif de domicile
form-id-neither = Non, ou je ne sais pas
form-submit = Envoyer
form-error-summary = Il y a un problème

## Field errors (one per validation code)

error-name-missing = Écrivez votre nom
error-name-too-long = Votre nom doit avoir 100 lettres au maximum
error-name-hidden-characters = Votre nom contient des caractères cachés. Veuillez l'écrire à nouveau.
error-name-no-letters = Votre nom doit contenir des lettres
error-name-symbols = Votre nom peut seulement contenir des lettres, des espaces, des traits d'union et des apostrophes
error-dob-missing = Écrivez votre date de naissance
error-dob-not-a-date = Écrivez une date correcte, par exemple 15 3 1984, avec l'année en 4 chiffres
error-dob-in-future = Votre date de naissance doit être dans le passé
error-dob-too-old = Vérifiez l'année de votre date de naissance
error-mobile-invalid = Écrivez un numéro de portable du Royaume-Uni, comme 07700 900123
error-mobile-not-mobile = Ce n'est pas un numéro de portable. Écrivez un numéro qui commence par 07.
error-email-invalid = Écrivez une adresse e-mail, comme name@example.com
error-contact-missing = Écrivez un numéro de portable ou une adresse e-mail
error-nhs-number-length = Un numéro NHS a 10 chiffres
error-nhs-number-check-digit = Vérifiez votre numéro NHS. Il n'est pas correct.
error-id-documents-missing = Choisissez une réponse

## Errors that are not about one field

error-code-disk-full = Nous n'avons pas pu enregistrer vos informations. Veuillez demander à l'accueil.
error-code-not-saved = Nous n'avons pas pu enregistrer vos informations. Veuillez demander à l'accueil.
error-code-qr-failed = Nous n'avons pas pu créer votre code. Veuillez demander à l'accueil.
error-code-startup-failed = Cette borne ne fonctionne pas. Veuillez demander à l'accueil.
error-code-unknown = Un problème est survenu. Veuillez demander à l'accueil.

## Confirmation

confirm-title = Merci
confirm-reference-label = Votre référence
confirm-next-title = Ce qui va se passer
confirm-next-show = Montrez cette référence à l'accueil.
confirm-next-check = Le personnel vérifiera votre identité et vous aidera à vous inscrire.
confirm-next-bring = Si vous n'avez pas aujourd'hui de pièce d'identité avec photo et de justificatif de domicile, le personnel vous dira comment faire autrement.
confirm-qr-caption = Scannez ce code avec votre téléphone pour avoir l'application NHS App.
confirm-finish = Terminer

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Votre fiche pour l'accès en ligne
slip-reference = Votre référence : { $reference }
slip-scan = Scannez ce code avec l'appareil photo de votre téléphone pour avoir l'application NHS App.
slip-steps-title = Comment vous inscrire
slip-step-1 = Installez l'application NHS App sur votre téléphone, ou allez à l'adresse qui est dans le code.
slip-step-2 = Créez un NHS login avec votre adresse e-mail et votre numéro de portable.
slip-step-3 = Si l'application vous le demande, choisissez "I have my registration details" et tapez les trois informations ci-dessous.
slip-step-4 = Si vous n'y arrivez pas, montrez cette fiche à l'accueil.
slip-bring = Apportez à l'accueil une pièce d'identité avec photo et un justificatif de domicile, pour que nous puissions vérifier votre identité.
slip-account-id = Identifiant du compte (Account ID)
slip-ods-code = Code du cabinet médical (ODS)
slip-linkage-key = Clé de liaison (Linkage key)
slip-printed-on = Imprimé le { $date }
print-failed-patient = Nous n'avons pas pu imprimer votre fiche. Veuillez demander à l'accueil.

## Posters, leaflets and the prescription message

poster-ask = Demandez à l'accueil pour vous inscrire. C'est gratuit.
poster-scan = Ou scannez ce code avec votre téléphone pour avoir l'application NHS App.
rx-message = Dans l'application NHS App, consultez votre dossier médical, prenez rendez-vous et faites renouveler vos ordonnances. Demandez à l'accueil pour vous inscrire.

## Inactivity

idle-title = Êtes-vous toujours là ?
idle-countdown = { $seconds ->
    [one] L'écran va s'effacer dans { $seconds } seconde.
    [many] L'écran va s'effacer dans { $seconds } de secondes.
   *[other] L'écran va s'effacer dans { $seconds } secondes.
}
idle-stay = Oui, je suis toujours là

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Cette borne ne fonctionne pas
startup-failed-body = Veuillez demander à l'accueil.
startup-failed-staff = Pour le personnel : les détails sont ci-dessous.

## The optional, anonymous question at the end

feedback-question = Qu'est-ce qui pourrait vous empêcher d'utiliser l'accès en ligne ?
feedback-optional = Facultatif et anonyme : touchez une réponse, ou terminez simplement.
feedback-reason-no-device = Je n'ai pas de smartphone ni d'ordinateur
feedback-reason-privacy = Je m'inquiète pour la confidentialité
feedback-reason-dont-know-how = Je ne sais pas comment l'utiliser
feedback-reason-dont-need = Je n'en ai pas besoin
feedback-reason-something-else = Autre chose
feedback-thanks = Merci. Votre réponse aide le cabinet.

## Training mode

training-band = FORMATION — pour s'exercer uniquement : rien de ce qui est saisi ici n'est compté ni conservé
