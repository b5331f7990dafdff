### Access Kiosk: the on-screen keyboard's key names, in Lithuanian.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Ekrano klaviatūra
keyboard-layouts = Abėcėlė

## Keys that do something (their names)

keyboard-shift = Didžioji raidė
keyboard-backspace = Ištrinti paskutinę raidę
keyboard-space = Tarpas
keyboard-next = Toliau
keyboard-done = Baigta
keyboard-hide = Slėpti klaviatūrą

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Dešimtainis taškas

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Raidės
keyboard-layer-capitals = Didžiosios raidės
keyboard-layer-accents = Raidės su diakritikais
keyboard-layer-vowels = Balsės
keyboard-layer-marks = Balsių ženklai
keyboard-layer-symbols = Skaičiai ir simboliai
keyboard-layer-digits = Skaičiai
