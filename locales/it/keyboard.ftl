### Access Kiosk: the on-screen keyboard's key names, in Italian.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Tastiera sullo schermo
keyboard-layouts = Alfabeto

## Keys that do something (their names)

keyboard-shift = Maiuscolo
keyboard-backspace = Cancella l’ultima lettera
keyboard-space = Spazio
keyboard-next = Avanti
keyboard-done = Fatto
keyboard-hide = Nascondi la tastiera

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Punto decimale

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Lettere
keyboard-layer-capitals = Lettere maiuscole
keyboard-layer-accents = Lettere accentate
keyboard-layer-vowels = Vocali
keyboard-layer-marks = Segni vocalici
keyboard-layer-symbols = Numeri e simboli
keyboard-layer-digits = Numeri
