### Access Kiosk: the on-screen keyboard's key names, in Somali.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Kiiboodhka shaashadda
keyboard-layouts = Alifbeetada

## Keys that do something (their names)

keyboard-shift = Xaraf weyn
keyboard-backspace = Tirtir xarafka ugu dambeeya
keyboard-space = Meel bannaan
keyboard-next = Xiga
keyboard-done = Dhammaad
keyboard-hide = Qari kiiboodhka

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Dhibicda tobanlaha

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Xarfo
keyboard-layer-capitals = Xarfo waaweyn
keyboard-layer-accents = Xarfo calaamad leh
keyboard-layer-vowels = Shaqallo
keyboard-layer-marks = Calaamadaha shaqalka
keyboard-layer-symbols = Tirooyin iyo calaamado
keyboard-layer-digits = Tirooyin
