### Access Kiosk: today's sign-up process, patient face (Spanish).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = ¿Tiene la NHS App?
nhs-app-question = ¿Ha demostrado en ella quién es con un documento con foto?
nhs-app-verified = Sí, he demostrado quién soy
nhs-app-started = Empecé, pero no terminé
nhs-app-no = No
nhs-app-not-sure = No estoy seguro
action-next = Siguiente

## Who the patient is

about-title-me = Sobre usted
about-title-someone-else = Sobre la persona que cuida
form-name-hint-someone-else = Escriba el nombre de esa persona como lo conoce el centro médico, por ejemplo, como aparece en su pasaporte o en una carta del NHS. Es mejor usar las letras del alfabeto inglés, pero puede usar cualquier alfabeto.

## The patient's age

under13-title = Niños menores de 13 años
under13-body = A un niño menor de 13 años lo registra un padre, una madre o un cuidador.
under13-carer = Soy su padre, su madre o su cuidador
young-person-title = Tiene entre 13 y 15 años
young-person-body = El centro de salud hablará con usted sobre cómo ver su historial médico.
young-person-services = Ya puede pedir citas y recetas repetidas.

## Someone asking for a patient they care for (a proxy)

carer-title = Sobre usted
carer-hint = Tendrá su propio NHS login.
carer-first-name = Su nombre
carer-last-name = Sus apellidos
relationship-title = ¿Qué relación tiene con esa persona?
relationship-parent-or-guardian = Padre, madre o tutor
relationship-son-or-daughter = Hijo o hija
relationship-husband-wife-or-partner = Marido, mujer o pareja
relationship-other-relative = Otro familiar
relationship-friend = Amigo
relationship-paid-carer = Cuidador remunerado
relationship-other = Otra
why-title = ¿Por qué puede actuar en su nombre?
why-patient-agrees = Esa persona está de acuerdo
why-parent-of-child = Soy el padre o la madre de un niño
why-lasting-power-of-attorney = Tengo un poder notarial para su salud (Lasting Power of Attorney)
why-court-deputy = Un tribunal me nombró su representante
why-not-sure = No estoy seguro
documents-proxy-hint = Traiga también una prueba de que puede actuar en su nombre, como una partida de nacimiento o el poder notarial.

## Confirmation

confirm-app-record = Ya puede ver su historial médico en la NHS App.
confirm-older-record = Un médico revisa primero el historial anterior. Puede tardar unas semanas.
confirm-young-person = El centro de salud hablará primero con usted.
confirm-proxy = El personal comprobará la identidad de los dos.

## Printed slip

slip-app-step-1 = Abra la NHS App e inicie sesión.
slip-app-step-2 = Para ver su historial médico, elija "Your health" y luego "GP health record".
slip-app-step-3 = Si pidió su historial anterior, el centro de salud le avisará cuando esté listo.
slip-linkage-expires = La clave de vinculación solo funciona una vez. Deja de funcionar el { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } de { $month } de { $year }
date-month-1 = enero
date-month-2 = febrero
date-month-3 = marzo
date-month-4 = abril
date-month-5 = mayo
date-month-6 = junio
date-month-7 = julio
date-month-8 = agosto
date-month-9 = septiembre
date-month-10 = octubre
date-month-11 = noviembre
date-month-12 = diciembre

## Field errors

error-nhs-app-missing = Elija una respuesta
error-dob-under13-needs-carer = A un niño menor de 13 años lo registra un padre, una madre o un cuidador
error-relationship-missing = Elija qué relación tiene
error-basis-missing = Elija una respuesta
