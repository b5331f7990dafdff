### Access Kiosk: the on-screen keyboard's key names, in Simplified Chinese.
### Machine-drafted: see status.toml ([files."keyboard.ftl"]) for its review.

## The keyboard as a whole

keyboard-label = 屏幕键盘
keyboard-layouts = 字母表

## Keys that do something (their names)

keyboard-shift = 大写
keyboard-backspace = 删除最后一个字母
keyboard-space = 空格
keyboard-next = 下一项
keyboard-done = 完成
keyboard-hide = 隐藏键盘

## Keys that type a sign a screen reader may not say (their names)

# Machine-drafted later than the rest of this file (the decimal point key, issue 18),
# awaiting the same review (status.toml, [files."keyboard.ftl"]).
keyboard-key-decimal-point = 小数点

## Keys that switch to another set of keys (named for what they show)

keyboard-layer-letters = 字母
keyboard-layer-capitals = 大写字母
keyboard-layer-accents = 带重音的字母
keyboard-layer-vowels = 元音
keyboard-layer-marks = 元音符号
keyboard-layer-symbols = 数字和符号
keyboard-layer-digits = 数字
