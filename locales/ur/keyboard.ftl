### Access Kiosk: the on-screen keyboard's key names, in Urdu.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = اسکرین کا کی بورڈ
keyboard-layouts = حروفِ تہجی

## Keys that do something (their names)

keyboard-shift = شفٹ: بڑے حروف
keyboard-backspace = بیک اسپیس: آخری حرف مٹائیں
keyboard-space = خالی جگہ
keyboard-next = اگلا
keyboard-done = مکمل
keyboard-hide = کی بورڈ چھپائیں

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = اعشاریہ

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = حروف
keyboard-layer-capitals = بڑے حروف
keyboard-layer-accents = اعراب والے حروف
keyboard-layer-vowels = حروفِ علت
keyboard-layer-marks = اعراب
keyboard-layer-symbols = اعداد اور علامات
keyboard-layer-digits = اعداد
