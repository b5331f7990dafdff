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

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Punto decimal

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Letras
keyboard-layer-capitals = Letras mayúsculas
keyboard-layer-accents = Letras con acento
keyboard-layer-vowels = Vocales
keyboard-layer-marks = Signos vocálicos
keyboard-layer-symbols = Números y símbolos
keyboard-layer-digits = Números
