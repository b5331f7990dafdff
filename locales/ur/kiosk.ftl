### Access Kiosk: مریض کے لیے اسکرین، اردو میں۔
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = اردو

## Shared

app-title = اپنے جی پی ریکارڈ تک آن لائن رسائی
action-language = زبان
action-back = واپس
kiosk-busy = براہ کرم انتظار کریں…
action-text-size = لکھائی کا سائز
text-size-standard = عام لکھائی
text-size-large = بڑی لکھائی
text-size-largest = سب سے بڑی لکھائی
action-listen = سنیں
action-stop-listening = روکیں

## Attract screen

attract-title = اپنا جی پی ریکارڈ اپنے فون پر دیکھیں
attract-benefit-1 = آن لائن اپائنٹمنٹ بُک کریں
attract-benefit-2 = باقاعدہ دواؤں کے نسخے منگوائیں
attract-benefit-3 = اپنے ٹیسٹ کے نتائج دیکھیں
attract-touch = شروع کرنے کے لیے اسکرین کو چھوئیں
attract-own-phone = اپنا فون استعمال کرنا چاہتے ہیں؟ یہ کوڈ اسکین کریں۔

## Language screen

language-title = اپنی زبان چنیں
language-hint = آپ کسی بھی وقت زبان بدل سکتے ہیں۔

## Benefits screen

benefits-title = آپ آن لائن کیا کر سکتے ہیں
benefits-intro = NHS App کے ذریعے آپ اپنے فون یا کمپیوٹر پر:
benefit-appointments = جی پی کی اپائنٹمنٹ بُک اور منسوخ کر سکتے ہیں
benefit-prescriptions = باقاعدہ دواؤں کے نسخے منگوا سکتے ہیں
benefit-results = اپنے ٹیسٹ کے نتائج دیکھ سکتے ہیں
benefit-vaccinations = سفر یا کام کے لیے اپنی ویکسین کی معلومات دیکھ سکتے ہیں
benefit-record = اپنا جی پی ریکارڈ اور خطوط پڑھ سکتے ہیں
risks-title = ہاں کہنے سے پہلے
risks-intro = پہلے ان باتوں کے بارے میں سوچیں۔ عملہ آپ کے ساتھ ان پر بات کر سکتا ہے۔
risk-forgotten = آپ کے ریکارڈ میں ماضی کی ایسی باتیں ہو سکتی ہیں جو آپ بھول چکے ہیں۔
risk-bad-news = ہو سکتا ہے کہ ڈاکٹر کے آپ سے بات کرنے سے پہلے ہی آپ کوئی ٹیسٹ کا نتیجہ یا بری خبر دیکھ لیں۔
risk-sharing = آپ خود چنتے ہیں کہ آپ کا ریکارڈ کون دیکھے۔ جب تک آپ خود کسی کو دکھانا نہ چاہیں، اسے نجی رکھیں۔
risk-coercion = اگر کوئی آپ کو مجبور کر رہا ہے کہ آپ اسے اپنا ریکارڈ دکھائیں، تو بہتر ہے کہ آپ سائن اپ نہ کریں۔ آپ ہمیں اکیلے میں بتا سکتے ہیں۔
risk-misunderstanding = آپ کے ریکارڈ کے کچھ الفاظ سمجھنا مشکل ہو سکتا ہے۔ اگر آپ کو یقین نہ ہو تو ہم سے پوچھیں۔
risk-third-party = اگر آپ کسی اور شخص کے بارے میں معلومات دیکھیں تو پریکٹس کو بتائیں۔
risk-keep-safe = اپنی لاگ اِن کی تفصیلات اور پرنٹ کیے ہوئے سب کاغذات محفوظ رکھیں۔
benefits-interested = مجھے دلچسپی ہے
benefits-not-now = ابھی نہیں

## Interest form

form-title = ہمیں اپنے بارے میں بتائیں
form-intro = ہم صرف چند باتیں پوچھتے ہیں۔ عملہ آپ کے ساتھ ان کی جانچ کرے گا۔
form-name-hint = اپنا نام ویسے ہی لکھیں جیسے پریکٹس کے پاس ہے، مثلاً جیسے آپ کے پاسپورٹ یا NHS کے خط پر لکھا ہے۔ انگریزی حروف سب سے بہتر ہیں، لیکن آپ کسی بھی رسم الخط میں لکھ سکتے ہیں۔
form-first-name = پہلا نام
form-last-name = آخری نام
form-dob = تاریخ پیدائش
form-dob-hint = مثال کے طور پر، 15 3 1984
form-dob-day = دن
form-dob-month = مہینہ
form-dob-year = سال
form-contact-title = ہم آپ سے کیسے رابطہ کریں؟
form-contact-hint = موبائل نمبر، ای میل ایڈریس، یا دونوں دیں۔
form-mobile = موبائل فون نمبر
form-email = ای میل ایڈریس
form-nhs-number = NHS نمبر (اگر آپ کو معلوم ہو)
form-nhs-number-hint = 10 ہندسے۔ یہ آپ کو NHS کے کسی خط پر مل جائے گا۔
form-wants-title = آپ کیا چاہتے ہیں؟
form-wants-hint = جو نہیں چاہتے اس سے نشان ہٹا دیں۔
form-wants-services = اپائنٹمنٹس اور بار بار کے نسخے
form-wants-new-entries = اب سے جی پی ریکارڈ
form-wants-new-entries-hint = 16 سال اور اس سے زیادہ عمر کے ہر شخص کے لیے یہ آن ہوتا ہے۔ آپ انکار کر سکتے ہیں۔
form-wants-older-record = پرانا جی پی ریکارڈ مانگیں
form-wants-older-record-hint = پہلے ایک ڈاکٹر اسے دیکھتا ہے۔ اس میں چند ہفتے لگ سکتے ہیں۔
form-for-whom-title = یہ کس کے لیے ہے؟
form-for-me = میرے لیے
form-for-someone-else = اُس شخص کے لیے جو میری دیکھ بھال میں ہے
form-id-title = کیا آج یہ چیزیں آپ کے پاس ہیں؟
form-id-hint = تصویر والی شناخت، جیسے پاسپورٹ یا ڈرائیونگ لائسنس، اور پتے کا ثبوت، جیسے کوئی حالیہ بل۔
form-id-both = ہاں، تصویر والی شناخت اور پتے کا ثبوت
form-id-photo-only = صرف تصویر والی شناخت
form-id-address-only = صرف پتے کا ثبوت
form-id-neither = نہیں، یا مجھے یقین نہیں
form-submit = بھیجیں
form-error-summary = ایک مسئلہ ہے

## Field errors (one per validation code)

error-name-missing = اپنا نام لکھیں
error-name-too-long = آپ کا نام 100 حروف یا اس سے کم ہونا چاہیے
error-name-hidden-characters = آپ کے نام میں چھپے ہوئے حروف ہیں۔ براہ کرم اسے دوبارہ لکھیں۔
error-name-no-letters = آپ کے نام میں حروف ہونے چاہییں
error-name-symbols = آپ کے نام میں صرف حروف، خالی جگہ، ہائفن (-) اور اپاسٹروفی (') ہو سکتے ہیں
error-dob-missing = اپنی تاریخ پیدائش لکھیں
error-dob-not-a-date = صحیح تاریخ لکھیں، مثلاً 15 3 1984، اور سال 4 ہندسوں میں لکھیں
error-dob-in-future = آپ کی تاریخ پیدائش ماضی کی ہونی چاہیے
error-dob-too-old = اپنی پیدائش کا سال دوبارہ دیکھیں
error-mobile-invalid = برطانیہ کا موبائل نمبر لکھیں، جیسے 07700 900123
error-mobile-not-mobile = یہ موبائل نمبر نہیں ہے۔ ایسا نمبر لکھیں جو 07 سے شروع ہو۔
error-email-invalid = ای میل ایڈریس لکھیں، جیسے name@example.com
error-contact-missing = موبائل نمبر یا ای میل ایڈریس لکھیں
error-nhs-number-length = NHS نمبر میں 10 ہندسے ہوتے ہیں
error-nhs-number-check-digit = اپنا NHS نمبر دوبارہ دیکھیں۔ یہ صحیح نہیں ہے۔
error-id-documents-missing = ایک جواب چنیں

## Errors that are not about one field

error-code-disk-full = ہم آپ کی تفصیلات محفوظ نہیں کر سکے۔ براہ کرم ریسیپشن پر پوچھیں۔
error-code-not-saved = ہم آپ کی تفصیلات محفوظ نہیں کر سکے۔ براہ کرم ریسیپشن پر پوچھیں۔
error-code-qr-failed = ہم آپ کا کوڈ نہیں بنا سکے۔ براہ کرم ریسیپشن پر پوچھیں۔
error-code-startup-failed = یہ کیوسک کام نہیں کر رہا۔ براہ کرم ریسیپشن پر پوچھیں۔
error-code-unknown = کچھ غلط ہو گیا۔ براہ کرم ریسیپشن پر پوچھیں۔

## Confirmation

confirm-title = شکریہ
confirm-reference-label = آپ کا ریفرنس
confirm-next-title = آگے کیا ہو گا
confirm-next-show = یہ ریفرنس ریسیپشن پر دکھائیں۔
confirm-next-check = عملہ آپ کی شناخت کی تصدیق کرے گا اور سائن اپ کرنے میں آپ کی مدد کرے گا۔
confirm-next-bring = اگر آج آپ کے پاس تصویر والی شناخت اور پتے کا ثبوت نہیں ہے، تو عملہ آپ کو دوسرے طریقے بتائے گا۔
confirm-qr-caption = NHS App حاصل کرنے کے لیے اپنے فون سے یہ کوڈ اسکین کریں۔
confirm-finish = ختم کریں

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = آپ کی آن لائن رسائی کی پرچی
slip-reference = آپ کا ریفرنس: { $reference }
slip-scan = NHS App حاصل کرنے کے لیے اپنے فون کے کیمرے سے یہ کوڈ اسکین کریں۔
slip-steps-title = سائن اپ کیسے کریں
slip-step-1 = اپنے فون پر NHS App حاصل کریں، یا کوڈ میں دیے گئے پتے پر جائیں۔
slip-step-2 = اپنے ای میل ایڈریس اور موبائل نمبر سے ایک NHS login بنائیں۔
slip-step-3 = اگر ایپ پوچھے تو "I have my registration details" چنیں اور نیچے دی گئی تین تفصیلات لکھیں۔
slip-step-4 = اگر آپ کو کہیں مشکل ہو تو یہ پرچی ریسیپشن پر دکھائیں۔
slip-bring = تصویر والی شناخت اور پتے کا ثبوت ریسیپشن پر لائیں تاکہ ہم آپ کی شناخت کی تصدیق کر سکیں۔
slip-account-id = اکاؤنٹ آئی ڈی (Account ID)
slip-ods-code = پریکٹس کوڈ (ODS)
slip-linkage-key = لنکیج کلید (Linkage key)
slip-printed-on = پرنٹ کی تاریخ: { $date }
print-failed-patient = ہم آپ کی پرچی پرنٹ نہیں کر سکے۔ براہ کرم ریسیپشن پر پوچھیں۔

## Posters, leaflets and the prescription message

poster-ask = سائن اپ کرنے کے لیے ریسیپشن پر پوچھیں۔ یہ مفت ہے۔
poster-scan = یا NHS App حاصل کرنے کے لیے اپنے فون سے یہ کوڈ اسکین کریں۔
rx-message = NHS App میں اپنا جی پی ریکارڈ دیکھیں، اپائنٹمنٹ بُک کریں اور باقاعدہ دواؤں کے نسخے منگوائیں۔ سائن اپ کرنے کے لیے ریسیپشن پر پوچھیں۔

## Inactivity

idle-title = کیا آپ ابھی بھی یہاں ہیں؟
idle-countdown = { $seconds ->
    [one] اسکرین { $seconds } سیکنڈ میں صاف ہو جائے گی۔
   *[other] اسکرین { $seconds } سیکنڈ میں صاف ہو جائے گی۔
}
idle-stay = ہاں، میں ابھی بھی یہاں ہوں

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = یہ کیوسک کام نہیں کر رہا
startup-failed-body = براہ کرم ریسیپشن پر پوچھیں۔
startup-failed-staff = عملے کے لیے: تفصیلات نیچے ہیں۔

## The optional, anonymous question at the end

feedback-question = آن لائن رسائی استعمال کرنے میں آپ کو کیا چیز روک سکتی ہے؟
feedback-optional = اختیاری اور گمنام: ایک جواب پر ٹیپ کریں، یا بس ختم کریں۔
feedback-reason-no-device = میرے پاس اسمارٹ فون یا کمپیوٹر نہیں ہے
feedback-reason-privacy = مجھے رازداری کی فکر ہے
feedback-reason-dont-know-how = مجھے نہیں معلوم کہ اسے کیسے استعمال کروں
feedback-reason-dont-need = مجھے اس کی ضرورت نہیں ہے
feedback-reason-something-else = کچھ اور
feedback-thanks = شکریہ۔ آپ کا جواب پریکٹس کی مدد کرتا ہے۔

## Training mode

training-band = تربیت — صرف مشق کے لیے: یہاں درج کی گئی کوئی چیز گنی یا رکھی نہیں جاتی
