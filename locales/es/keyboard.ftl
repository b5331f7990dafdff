### Access Kiosk: the on-screen keyboard's key names, in Spanish.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Teclado en pantalla
keyboard-layouts = Alfabeto

## Keys that do something (their names)

keyboard-shift = Mayúsculas
keyboard-backspace = Borrar la última letra
keyboard-space = Espacio
keyboard-next = Siguiente
keyboard-done = Listo
keyboard-hide = Ocultar el teclado

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Letras
keyboard-layer-capitals = Letras mayúsculas
keyboard-layer-accents = Letras con acento
keyboard-layer-vowels = Vocales
keyboard-layer-marks = Signos vocálicos
keyboard-layer-symbols = Números y símbolos
keyboard-layer-digits = Números
