### Access Kiosk: the on-screen keyboard's key names, in Arabic.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = لوحة المفاتيح على الشاشة
keyboard-layouts = الأبجدية

## Keys that do something (their names)

keyboard-shift = مفتاح الأحرف الكبيرة
keyboard-backspace = حذف الحرف الأخير
keyboard-space = مسافة
keyboard-next = التالي
keyboard-done = تم
keyboard-hide = إخفاء لوحة المفاتيح

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = الفاصلة العشرية

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = الحروف
keyboard-layer-capitals = الأحرف الكبيرة
keyboard-layer-accents = حروف بعلامات
keyboard-layer-vowels = حروف العلة
keyboard-layer-marks = علامات التشكيل
keyboard-layer-symbols = الأرقام والرموز
keyboard-layer-digits = الأرقام
