### Access Kiosk: the on-screen keyboard's key names, in Bengali.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = অন-স্ক্রিন কিবোর্ড
keyboard-layouts = বর্ণমালা

## Keys that do something (their names)

keyboard-shift = শিফট: বড় হাতের অক্ষর
keyboard-backspace = ব্যাকস্পেস: শেষ অক্ষর মুছুন
keyboard-space = স্পেস
keyboard-next = পরের ঘর
keyboard-done = শেষ
keyboard-hide = কিবোর্ড লুকান

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = দশমিক বিন্দু

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = অক্ষর
keyboard-layer-capitals = বড় হাতের অক্ষর
keyboard-layer-accents = চিহ্নযুক্ত অক্ষর
keyboard-layer-vowels = স্বরবর্ণ
keyboard-layer-marks = কার-চিহ্ন
keyboard-layer-symbols = সংখ্যা ও চিহ্ন
keyboard-layer-digits = সংখ্যা
