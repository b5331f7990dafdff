### Access Kiosk: the on-screen keyboard's key names, in French.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = Clavier à l’écran
keyboard-layouts = Écriture

## Keys that do something (their names)

keyboard-shift = Majuscule
keyboard-backspace = Effacer la dernière lettre
keyboard-space = Espace
keyboard-next = Suivant
keyboard-done = Terminé
keyboard-hide = Masquer le clavier

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = Point décimal

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Lettres
keyboard-layer-capitals = Lettres majuscules
keyboard-layer-accents = Lettres accentuées
keyboard-layer-vowels = Voyelles
keyboard-layer-marks = Signes vocaliques
keyboard-layer-symbols = Chiffres et symboles
keyboard-layer-digits = Chiffres
