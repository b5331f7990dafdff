### Access Kiosk: today's sign-up process, patient face (Arabic).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = هل لديك تطبيق NHS App؟
nhs-app-question = هل أثبتَّ هويتك فيه بوثيقة هوية تحمل صورتك؟
nhs-app-verified = نعم، أثبتُّ هويتي
nhs-app-started = بدأت ولكن لم أُكمل
nhs-app-no = لا
nhs-app-not-sure = لست متأكدًا
action-next = التالي

## Who the patient is

about-title-me = معلومات عنك
about-title-someone-else = معلومات عن الشخص الذي ترعاه
form-name-hint-someone-else = اكتب اسم الشخص كما تعرفه العيادة، مثلًا كما هو مكتوب في جواز سفره أو في رسالة من NHS. الحروف الإنجليزية هي الأفضل، لكن يمكنك الكتابة بأي حروف.

## The patient's age

under13-title = الأطفال دون 13 عامًا
under13-body = يسجّل أحد الوالدين أو مقدّم الرعاية الطفلَ الذي يقل عمره عن 13 عامًا.
under13-carer = أنا والده أو مقدّم الرعاية له
young-person-title = عمرك من 13 إلى 15 عامًا
young-person-body = ستتحدث العيادة معك بشأن الاطلاع على سجلك لدى طبيب العائلة.
young-person-services = يمكنك الآن طلب المواعيد والوصفات الطبية المتكررة.

## Someone asking for a patient they care for (a proxy)

carer-title = معلومات عنك
carer-hint = سيكون لك حساب NHS login خاص بك.
carer-first-name = اسمك الأول
carer-last-name = اسم عائلتك
relationship-title = ما صلتك به؟
relationship-parent-or-guardian = أحد الوالدين أو وصيّ
relationship-son-or-daughter = ابن أو ابنة
relationship-husband-wife-or-partner = زوج أو زوجة أو شريك
relationship-other-relative = قريب آخر
relationship-friend = صديق
relationship-paid-carer = مقدّم رعاية بأجر
relationship-other = غير ذلك
why-title = لماذا يحق لك التصرف نيابةً عنه؟
why-patient-agrees = هو موافق على ذلك
why-parent-of-child = أنا أحد والدَي طفل
why-lasting-power-of-attorney = لديّ توكيل دائم لشؤونه الصحية (Lasting Power of Attorney)
why-court-deputy = عيّنتني المحكمة نائبًا عنه
why-not-sure = لست متأكدًا
documents-proxy-hint = أحضر أيضًا ما يثبت أنه يحق لك التصرف نيابةً عنه، مثل شهادة الميلاد أو التوكيل الدائم.

## Confirmation

confirm-app-record = يمكنك الآن الاطلاع على سجلك لدى طبيب العائلة في تطبيق NHS App.
confirm-older-record = يراجع طبيبٌ السجلَّ القديم أولًا. قد يستغرق ذلك بضعة أسابيع.
confirm-young-person = ستتحدث العيادة معك أولًا.
confirm-proxy = سيتحقق الموظفون من هويتكما معًا.

## Printed slip

slip-app-step-1 = افتح تطبيق NHS App وسجّل الدخول.
slip-app-step-2 = لرؤية سجلك لدى طبيب العائلة، اختر "Your health" ثم "GP health record".
slip-app-step-3 = إذا طلبت سجلك القديم، ستخبرك العيادة عندما يصبح جاهزًا.
slip-linkage-expires = يعمل مفتاح الربط مرة واحدة فقط، ويتوقف عن العمل في { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر

## Field errors

error-nhs-app-missing = اختر إجابة
error-dob-under13-needs-carer = يسجّل أحد الوالدين أو مقدّم الرعاية الطفلَ الذي يقل عمره عن 13 عامًا
error-relationship-missing = اختر صلتك به
error-basis-missing = اختر إجابة
