### Access Kiosk: the on-screen keyboard's key names, in Turkish.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Ekran klavyesi
keyboard-layouts = Alfabe

## Keys that do something (their names)

keyboard-shift = Büyük harf
keyboard-backspace = Son harfi sil
keyboard-space = Boşluk
keyboard-next = İleri
keyboard-done = Tamam
keyboard-hide = Klavyeyi gizle

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Ondalık nokta

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Harfler
keyboard-layer-capitals = Büyük harfler
keyboard-layer-accents = Aksanlı harfler
keyboard-layer-vowels = Ünlüler
keyboard-layer-marks = Ünlü işaretleri
keyboard-layer-symbols = Sayılar ve simgeler
keyboard-layer-digits = Sayılar
