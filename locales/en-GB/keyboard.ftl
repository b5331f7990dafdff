### Access Kiosk: the on-screen keyboard's key names, in British English (the source locale).
### The keys show symbols or letters (⇧, ⌫, àé, 123); these are the names a screen
### reader says for them, and the words on Space, Next/Done and Hide. Shared by both faces.

## The keyboard as a whole

keyboard-label = On-screen keyboard
keyboard-layouts = Alphabet

## Keys that do something (their names)

keyboard-shift = Shift
keyboard-backspace = Backspace
keyboard-space = Space
keyboard-next = Next
keyboard-done = Done
keyboard-hide = Hide keyboard

## Keys that type a sign a screen reader may not say (their names)

keyboard-key-decimal-point = Decimal point

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = Letters
keyboard-layer-capitals = Capital letters
keyboard-layer-accents = Letters with accents
keyboard-layer-vowels = Vowels
keyboard-layer-marks = Vowel signs
keyboard-layer-symbols = Numbers and symbols
keyboard-layer-digits = Numbers
