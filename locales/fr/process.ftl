### Access Kiosk: today's sign-up process, patient face (French).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = Avez-vous l'application NHS App ?
nhs-app-question = Avez-vous prouvé votre identité dans l'application avec une pièce d'identité avec photo ?
nhs-app-verified = Oui, j'ai prouvé mon identité
nhs-app-started = J'ai commencé mais pas terminé
nhs-app-no = Non
nhs-app-not-sure = Je ne sais pas
action-next = Suivant

## Who the patient is

about-title-me = À propos de vous
about-title-someone-else = À propos de la personne dont vous vous occupez
form-name-hint-someone-else = Écrivez le nom de cette personne comme le cabinet médical le connaît, par exemple comme sur son passeport ou sur une lettre du NHS. Il vaut mieux écrire en lettres de l'alphabet anglais, mais toute écriture est acceptée.

## The patient's age

under13-title = Enfants de moins de 13 ans
under13-body = Un enfant de moins de 13 ans est inscrit par un parent ou un aidant.
under13-carer = Je suis son parent ou son aidant
young-person-title = Vous avez entre 13 et 15 ans
young-person-body = Le cabinet parlera avec vous de l'accès à votre dossier médical.
young-person-services = Vous pouvez déjà demander des rendez-vous et des ordonnances renouvelables.

## Someone asking for a patient they care for (a proxy)

carer-title = À propos de vous
carer-hint = Vous aurez votre propre NHS login.
carer-first-name = Votre prénom
carer-last-name = Votre nom de famille
relationship-title = Quel est votre lien avec cette personne ?
relationship-parent-or-guardian = Parent ou tuteur
relationship-son-or-daughter = Fils ou fille
relationship-husband-wife-or-partner = Mari, femme ou partenaire
relationship-other-relative = Autre membre de la famille
relationship-friend = Ami
relationship-paid-carer = Aidant rémunéré
relationship-other = Autre
why-title = Pourquoi pouvez-vous agir pour cette personne ?
why-patient-agrees = Elle est d'accord
why-parent-of-child = Je suis le parent d'un enfant
why-lasting-power-of-attorney = J'ai une procuration durable pour sa santé (Lasting Power of Attorney)
why-court-deputy = Un tribunal m'a nommé son représentant
why-not-sure = Je ne sais pas
documents-proxy-hint = Apportez aussi une preuve que vous pouvez agir pour elle, comme un acte de naissance ou la procuration.

## Confirmation

confirm-app-record = Vous pouvez voir votre dossier médical dans l'application NHS App dès maintenant.
confirm-older-record = Un médecin vérifie d'abord le dossier plus ancien. Cela peut prendre quelques semaines.
confirm-young-person = Le cabinet parlera d'abord avec vous.
confirm-proxy = Le personnel vérifiera votre identité à tous les deux.

## Printed slip

slip-app-step-1 = Ouvrez l'application NHS App et connectez-vous.
slip-app-step-2 = Pour voir votre dossier médical, choisissez « Your health », puis « GP health record ».
slip-app-step-3 = Si vous avez demandé votre dossier plus ancien, le cabinet vous préviendra quand il sera prêt.
slip-linkage-expires = La clé de liaison ne fonctionne qu'une fois. Elle cesse de fonctionner le { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = janvier
date-month-2 = février
date-month-3 = mars
date-month-4 = avril
date-month-5 = mai
date-month-6 = juin
date-month-7 = juillet
date-month-8 = août
date-month-9 = septembre
date-month-10 = octobre
date-month-11 = novembre
date-month-12 = décembre

## Field errors

error-nhs-app-missing = Choisissez une réponse
error-dob-under13-needs-carer = Un enfant de moins de 13 ans est inscrit par un parent ou un aidant
error-relationship-missing = Choisissez votre lien avec la personne
error-basis-missing = Choisissez une réponse
