### Access Kiosk: the on-screen keyboard's key names, in Portuguese.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Teclado no ecrã
keyboard-layouts = Alfabeto

## Keys that do something (their names)

keyboard-shift = Maiúsculas
keyboard-backspace = Apagar a última letra
keyboard-space = Espaço
keyboard-next = Seguinte
keyboard-done = Concluído
keyboard-hide = Ocultar o teclado

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Ponto decimal

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Letras
keyboard-layer-capitals = Letras maiúsculas
keyboard-layer-accents = Letras acentuadas
keyboard-layer-vowels = Vogais
keyboard-layer-marks = Sinais vocálicos
keyboard-layer-symbols = Números e símbolos
keyboard-layer-digits = Números
