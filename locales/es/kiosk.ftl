### Access Kiosk: la pantalla para pacientes, en español.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Español

## Shared

app-title = Acceso en línea a su historial médico
action-language = Idioma
action-back = Atrás
kiosk-busy = Espere, por favor…
action-text-size = Tamaño del texto
text-size-standard = Texto normal
text-size-large = Texto grande
text-size-largest = Texto muy grande
action-listen = Escuchar
action-stop-listening = Parar

## Attract screen

attract-title = Vea su historial médico en su teléfono
attract-benefit-1 = Pida citas en línea
attract-benefit-2 = Pida la renovación de sus recetas
attract-benefit-3 = Vea los resultados de sus pruebas
attract-touch = Toque la pantalla para empezar
attract-own-phone = ¿Prefiere usar su propio teléfono? Escanee este código.

## Language screen

language-title = Elija su idioma
language-hint = Puede cambiar el idioma en cualquier momento.

## Benefits screen

benefits-title = Lo que puede hacer en línea
benefits-intro = Con la NHS App, puede usar su teléfono o su ordenador para:
benefit-appointments = pedir y cancelar citas con su médico de cabecera
benefit-prescriptions = pedir la renovación de sus recetas
benefit-results = ver los resultados de sus pruebas
benefit-vaccinations = ver sus vacunas, para viajar o para el trabajo
benefit-record = leer su historial médico y sus cartas
risks-title = Antes de decir que sí
risks-intro = Piense primero en estas cosas. El personal puede hablar de ellas con usted.
risk-forgotten = Su historial puede mostrar cosas del pasado que usted ha olvidado.
risk-bad-news = Puede que vea el resultado de una prueba o una mala noticia antes de que un médico se lo explique.
risk-sharing = Usted decide quién ve su historial. Manténgalo en privado, a menos que quiera compartirlo.
risk-coercion = Si alguien le obliga a mostrarle su historial, es mejor que no se registre. Puede contárnoslo en privado.
risk-misunderstanding = Algunas palabras de su historial pueden ser difíciles de entender. Pregúntenos si tiene dudas.
risk-third-party = Si ve información sobre otra persona, avise al centro médico.
risk-keep-safe = Guarde en un lugar seguro sus datos de acceso y cualquier papel impreso.
benefits-interested = Me interesa
benefits-not-now = Ahora no

## Interest form

form-title = Háblenos de usted
form-intro = Solo le pedimos unos pocos datos. El personal los revisará con usted.
form-name-hint = Escriba su nombre como lo conoce el centro médico, por ejemplo, como aparece en su pasaporte o en una carta del NHS. Es mejor usar las letras del alfabeto inglés, pero puede usar cualquier alfabeto.
form-first-name = Nombre
form-last-name = Apellidos
form-dob = Fecha de nacimiento
form-dob-hint = Por ejemplo, 15 3 1984
form-dob-day = Día
form-dob-month = Mes
form-dob-year = Año
form-contact-title = ¿Cómo podemos contactar con usted?
form-contact-hint = Dé un número de móvil, un correo electrónico o los dos.
form-mobile = Número de teléfono móvil
form-email = Correo electrónico
form-nhs-number = Número del NHS (si lo sabe)
form-nhs-number-hint = 10 cifras. Lo encontrará en una carta del NHS.
form-wants-title = ¿Qué le gustaría?
form-wants-hint = Desmarque lo que no quiera.
form-wants-services = Citas y recetas repetidas
form-wants-new-entries = El historial médico a partir de ahora
form-wants-new-entries-hint = Está activado para todas las personas de 16 años o más. Puede decir que no.
form-wants-older-record = Pedir el historial médico anterior
form-wants-older-record-hint = Primero lo revisa un médico. Puede tardar unas semanas.
form-for-whom-title = ¿Para quién es?
form-for-me = Para mí
form-for-someone-else = Para una persona a la que cuido
form-id-title = ¿Ha traído hoy estos documentos?
form-id-hint = Un documento de identidad con foto, como el pasaporte o el permiso de conducir, y un justificante de domicilio, como una factura reciente.
form-id-both = Sí, documento con foto y justificante de domicilio
form-id-photo-only = Solo documento con foto
form-id-address-only = Solo justificante de domicilio
form-id-neither = No, o no lo sé
form-submit = Enviar
form-error-summary = Hay un problema

## Field errors (one per validation code)

error-name-missing = Escriba su nombre
error-name-too-long = Su nombre debe tener 100 letras o menos
error-name-hidden-characters = Su nombre tiene caracteres ocultos. Escríbalo otra vez, por favor.
error-name-no-letters = Su nombre debe tener letras
error-name-symbols = Su nombre solo puede tener letras, espacios, guiones y apóstrofos
error-dob-missing = Escriba su fecha de nacimiento
error-dob-not-a-date = Escriba una fecha válida, por ejemplo 15 3 1984, con el año en 4 cifras
error-dob-in-future = Su fecha de nacimiento debe estar en el pasado
error-dob-too-old = Revise el año de su fecha de nacimiento
error-mobile-invalid = Escriba un número de móvil del Reino Unido, como 07700 900123
error-mobile-not-mobile = Este no es un número de móvil. Escriba un número que empiece por 07.
error-email-invalid = Escriba un correo electrónico, como name@example.com
error-contact-missing = Escriba un número de móvil o un correo electrónico
error-nhs-number-length = El número del NHS tiene 10 cifras
error-nhs-number-check-digit = Revise su número del NHS. No es correcto.
error-id-documents-missing = Elija una respuesta

## Errors that are not about one field

error-code-disk-full = No hemos podido guardar sus datos. Pregunte en recepción, por favor.
error-code-not-saved = No hemos podido guardar sus datos. Pregunte en recepción, por favor.
error-code-qr-failed = No hemos podido crear su código. Pregunte en recepción, por favor.
error-code-startup-failed = Esta pantalla no funciona. Pregunte en recepción, por favor.
error-code-unknown = Algo ha salido mal. Pregunte en recepción, por favor.

## Confirmation

confirm-title = Gracias
confirm-reference-label = Su referencia
confirm-next-title = Qué pasa ahora
confirm-next-show = Muestre esta referencia en recepción.
confirm-next-check = El personal comprobará su identidad y le ayudará a registrarse.
confirm-next-bring = Si hoy no tiene un documento con foto y un justificante de domicilio, el personal le dirá otras formas de hacerlo.
confirm-qr-caption = Escanee este código con su teléfono para conseguir la NHS App.
confirm-finish = Terminar

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Su hoja de acceso en línea
slip-reference = Su referencia: { $reference }
slip-scan = Escanee este código con la cámara de su teléfono para conseguir la NHS App.
slip-steps-title = Cómo registrarse
slip-step-1 = Descargue la NHS App en su teléfono o vaya a la dirección que hay en el código.
slip-step-2 = Cree un NHS login con su correo electrónico y su número de móvil.
slip-step-3 = Si la aplicación se lo pide, elija "I have my registration details" y escriba los tres datos de abajo.
slip-step-4 = Si no puede seguir, muestre esta hoja en recepción.
slip-bring = Traiga a recepción un documento de identidad con foto y un justificante de domicilio para que podamos comprobar quién es usted.
slip-account-id = ID de la cuenta (Account ID)
slip-ods-code = Código del centro médico (ODS)
slip-linkage-key = Clave de vinculación (Linkage key)
slip-printed-on = Impreso el { $date }
print-failed-patient = No hemos podido imprimir su hoja. Pregunte en recepción, por favor.

## Posters, leaflets and the prescription message

poster-ask = Pregunte en recepción para registrarse. Es gratis.
poster-scan = O escanee este código con su teléfono para conseguir la NHS App.
rx-message = En la NHS App puede ver su historial médico, pedir citas y pedir la renovación de sus recetas. Pregunte en recepción para registrarse.

## Inactivity

idle-title = ¿Sigue ahí?
idle-countdown = { $seconds ->
    [one] La pantalla se borrará en { $seconds } segundo.
    [many] La pantalla se borrará en { $seconds } de segundos.
   *[other] La pantalla se borrará en { $seconds } segundos.
}
idle-stay = Sí, sigo aquí

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Esta pantalla no funciona
startup-failed-body = Pregunte en recepción, por favor.
startup-failed-staff = Para el personal: los detalles están abajo.

## The optional, anonymous question at the end

feedback-question = ¿Qué podría impedirle usar el acceso en línea?
feedback-optional = Opcional y anónimo: toque una respuesta o simplemente termine.
feedback-reason-no-device = No tengo teléfono inteligente ni ordenador
feedback-reason-privacy = Me preocupa la privacidad
feedback-reason-dont-know-how = No sé cómo usarlo
feedback-reason-dont-need = No lo necesito
feedback-reason-something-else = Otra cosa
feedback-thanks = Gracias. Su respuesta ayuda al centro de salud.

## Training mode

training-band = FORMACIÓN — solo para practicar: nada de lo que se introduzca aquí se cuenta ni se guarda
