### Access Kiosk: the on-screen keyboard's key names, in Polish.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Klawiatura ekranowa
keyboard-layouts = Alfabet

## Keys that do something (their names)

keyboard-shift = Wielka litera
keyboard-backspace = Usuń ostatnią literę
keyboard-space = Spacja
keyboard-next = Dalej
keyboard-done = Gotowe
keyboard-hide = Ukryj klawiaturę

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Kropka dziesiętna

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Litery
keyboard-layer-capitals = Wielkie litery
keyboard-layer-accents = Litery ze znakami diakrytycznymi
keyboard-layer-vowels = Samogłoski
keyboard-layer-marks = Znaki samogłoskowe
keyboard-layer-symbols = Cyfry i symbole
keyboard-layer-digits = Cyfry
