### Access Kiosk: the on-screen keyboard's key names, in Romanian.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Tastatură pe ecran
keyboard-layouts = Alfabet

## Keys that do something (their names)

keyboard-shift = Majusculă
keyboard-backspace = Șterge ultima literă
keyboard-space = Spațiu
keyboard-next = Înainte
keyboard-done = Gata
keyboard-hide = Ascunde tastatura

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Punct zecimal

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Litere
keyboard-layer-capitals = Majuscule
keyboard-layer-accents = Litere cu diacritice
keyboard-layer-vowels = Vocale
keyboard-layer-marks = Semne vocalice
keyboard-layer-symbols = Cifre și simboluri
keyboard-layer-digits = Cifre
