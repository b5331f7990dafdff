### Access Kiosk: today's sign-up process, patient face (Urdu).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = کیا آپ کے پاس NHS App ہے؟
nhs-app-question = کیا آپ نے اس میں تصویر والی شناخت سے اپنی شناخت ثابت کی ہے؟
nhs-app-verified = جی ہاں، میں نے اپنی شناخت ثابت کی ہے
nhs-app-started = میں نے شروع کیا لیکن مکمل نہیں کیا
nhs-app-no = نہیں
nhs-app-not-sure = مجھے یقین نہیں
action-next = آگے

## Who the patient is

about-title-me = آپ کے بارے میں
about-title-someone-else = اس شخص کے بارے میں جس کی آپ دیکھ بھال کرتے ہیں
form-name-hint-someone-else = اس شخص کا نام ویسے ہی لکھیں جیسے پریکٹس کے پاس ہے، مثلاً جیسے ان کے پاسپورٹ یا NHS کے خط پر لکھا ہے۔ انگریزی حروف سب سے بہتر ہیں، لیکن آپ کسی بھی رسم الخط میں لکھ سکتے ہیں۔

## The patient's age

under13-title = 13 سال سے کم عمر بچے
under13-body = 13 سال سے کم عمر بچے کے لیے والدین یا دیکھ بھال کرنے والا سائن اپ کرتا ہے۔
under13-carer = میں ان کا والد، والدہ یا دیکھ بھال کرنے والا ہوں
young-person-title = آپ کی عمر 13 سے 15 سال ہے
young-person-body = جی پی ریکارڈ دیکھنے کے بارے میں پریکٹس آپ سے بات کرے گی۔
young-person-services = آپ ابھی اپائنٹمنٹس اور بار بار کے نسخے مانگ سکتے ہیں۔

## Someone asking for a patient they care for (a proxy)

carer-title = آپ کے بارے میں
carer-hint = آپ کا اپنا NHS login ہوگا۔
carer-first-name = آپ کا پہلا نام
carer-last-name = آپ کا خاندانی نام
relationship-title = ان سے آپ کا کیا رشتہ ہے؟
relationship-parent-or-guardian = والدین یا سرپرست
relationship-son-or-daughter = بیٹا یا بیٹی
relationship-husband-wife-or-partner = شوہر، بیوی یا ساتھی
relationship-other-relative = کوئی اور رشتہ دار
relationship-friend = دوست
relationship-paid-carer = تنخواہ پر دیکھ بھال کرنے والا
relationship-other = کوئی اور
why-title = آپ ان کی طرف سے کیوں کام کر سکتے ہیں؟
why-patient-agrees = وہ اس پر راضی ہیں
why-parent-of-child = میں ایک بچے کا والد یا والدہ ہوں
why-lasting-power-of-attorney = میرے پاس ان کی صحت کے لیے Lasting Power of Attorney ہے
why-court-deputy = عدالت نے مجھے ان کا ڈپٹی مقرر کیا ہے
why-not-sure = مجھے یقین نہیں
documents-proxy-hint = یہ ثبوت بھی لائیں کہ آپ ان کی طرف سے کام کر سکتے ہیں، جیسے پیدائش کا سرٹیفکیٹ یا Lasting Power of Attorney۔

## Confirmation

confirm-app-record = آپ ابھی NHS App میں اپنا جی پی ریکارڈ دیکھ سکتے ہیں۔
confirm-older-record = پہلے ایک ڈاکٹر پرانا ریکارڈ دیکھتا ہے۔ اس میں چند ہفتے لگ سکتے ہیں۔
confirm-young-person = پریکٹس پہلے آپ سے بات کرے گی۔
confirm-proxy = عملہ آپ دونوں کی شناخت کی تصدیق کرے گا۔

## Printed slip

slip-app-step-1 = NHS App کھولیں اور لاگ ان کریں۔
slip-app-step-2 = اپنا جی پی ریکارڈ دیکھنے کے لیے "Your health"، پھر "GP health record" چنیں۔
slip-app-step-3 = اگر آپ نے پرانا ریکارڈ مانگا ہے تو تیار ہونے پر پریکٹس آپ کو بتائے گی۔
slip-linkage-expires = لنکیج کی صرف ایک بار کام کرتی ہے۔ یہ { $date } کو کام کرنا بند کر دے گی۔

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = جنوری
date-month-2 = فروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = مئی
date-month-6 = جون
date-month-7 = جولائی
date-month-8 = اگست
date-month-9 = ستمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر

## Field errors

error-nhs-app-missing = ایک جواب چنیں
error-dob-under13-needs-carer = 13 سال سے کم عمر بچے کے لیے والدین یا دیکھ بھال کرنے والا سائن اپ کرتا ہے
error-relationship-missing = اپنا رشتہ چنیں
error-basis-missing = ایک جواب چنیں
