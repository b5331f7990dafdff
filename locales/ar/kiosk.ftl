### Access Kiosk: شاشة المريض، باللغة العربية الفصحى.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = العربية

## Shared

app-title = الوصول إلى سجلك لدى طبيب العائلة عبر الإنترنت
action-language = اللغة
action-back = رجوع
kiosk-busy = يُرجى الانتظار…
action-text-size = حجم الخط
text-size-standard = خط عادي
text-size-large = خط كبير
text-size-largest = أكبر خط
action-listen = استمع
action-stop-listening = إيقاف

## Attract screen

attract-title = اطّلع على سجلك لدى طبيب العائلة من هاتفك
attract-benefit-1 = احجز المواعيد عبر الإنترنت
attract-benefit-2 = اطلب وصفاتك الطبية المتكررة
attract-benefit-3 = شاهد نتائج فحوصاتك
attract-touch = المس الشاشة للبدء
attract-own-phone = هل تفضّل استخدام هاتفك؟ امسح هذا الرمز.

## Language screen

language-title = اختر لغتك
language-hint = يمكنك تغيير اللغة في أي وقت.

## Benefits screen

benefits-title = ما يمكنك فعله عبر الإنترنت
benefits-intro = باستخدام تطبيق NHS App، يمكنك استخدام هاتفك أو حاسوبك من أجل:
benefit-appointments = حجز مواعيد طبيب العائلة وإلغائها
benefit-prescriptions = طلب وصفاتك الطبية المتكررة
benefit-results = رؤية نتائج فحوصاتك
benefit-vaccinations = رؤية لقاحاتك، للسفر أو للعمل
benefit-record = قراءة سجلك ورسائلك لدى طبيب العائلة
risks-title = قبل أن توافق
risks-intro = فكّر في هذه الأمور أولًا. يمكن للموظفين التحدث معك عنها.
risk-forgotten = قد يُظهر سجلك أشياء من الماضي نسيتها.
risk-bad-news = قد ترى نتيجة فحص أو خبرًا سيئًا قبل أن يتحدث معك الطبيب عنه.
risk-sharing = أنت تختار من يرى سجلك. احتفظ به لنفسك إلا إذا أردت أن تشاركه.
risk-coercion = إذا كان أحد يجبرك على أن تُريه سجلك، فمن الأفضل ألّا تسجّل. يمكنك أن تخبرنا بذلك على انفراد.
risk-misunderstanding = قد يكون فهم بعض الكلمات في سجلك صعبًا. اسألنا إذا لم تكن متأكدًا.
risk-third-party = إذا رأيت معلومات عن شخص آخر، فأخبر العيادة.
risk-keep-safe = احفظ بيانات الدخول الخاصة بك وأي أوراق مطبوعة في مكان آمن.
benefits-interested = نعم، أرغب في ذلك
benefits-not-now = ليس الآن

## Interest form

form-title = أخبرنا عن نفسك
form-intro = نطلب بضعة أشياء فقط. سيتحقق منها الموظفون معك.
form-name-hint = اكتب اسمك كما تعرفه العيادة، مثلًا كما هو مكتوب في جواز سفرك أو في رسالة من NHS. الحروف الإنجليزية هي الأفضل، لكن يمكنك الكتابة بأي حروف.
form-first-name = الاسم الأول
form-last-name = اسم العائلة
form-dob = تاريخ الميلاد
form-dob-hint = مثلًا: 15 3 1984
form-dob-day = اليوم
form-dob-month = الشهر
form-dob-year = السنة
form-contact-title = كيف يمكننا التواصل معك؟
form-contact-hint = اكتب رقم هاتف محمول، أو عنوان بريد إلكتروني، أو الاثنين معًا.
form-mobile = رقم الهاتف المحمول
form-email = عنوان البريد الإلكتروني
form-nhs-number = رقم NHS (إذا كنت تعرفه)
form-nhs-number-hint = 10 أرقام. تجده في رسالة من NHS.
form-wants-title = ماذا تريد؟
form-wants-hint = أزِل العلامة عن أي خيار لا تريده.
form-wants-services = المواعيد والوصفات الطبية المتكررة
form-wants-new-entries = سجلك لدى طبيب العائلة من الآن فصاعدًا
form-wants-new-entries-hint = يكون مفعّلًا لكل من بلغ 16 عامًا أو أكثر. يمكنك أن ترفض.
form-wants-older-record = طلب السجل القديم لدى طبيب العائلة
form-wants-older-record-hint = يراجعه طبيب أولًا. قد يستغرق ذلك بضعة أسابيع.
form-for-whom-title = لمن هذا الطلب؟
form-for-me = لي أنا
form-for-someone-else = لشخص أعتني به
form-id-title = هل معك هذه الأوراق اليوم؟
form-id-hint = هوية عليها صورتك، مثل جواز السفر أو رخصة القيادة، وإثبات عنوان، مثل فاتورة حديثة.
form-id-both = نعم، هوية بصورة وإثبات عنوان
form-id-photo-only = هوية بصورة فقط
form-id-address-only = إثبات عنوان فقط
form-id-neither = لا، أو لا أعرف
form-submit = إرسال
form-error-summary = هناك مشكلة

## Field errors (one per validation code)

error-name-missing = اكتب اسمك
error-name-too-long = يجب ألّا يزيد اسمك على 100 حرف
error-name-hidden-characters = في اسمك رموز مخفية. يُرجى كتابته مرة أخرى.
error-name-no-letters = يجب أن يحتوي اسمك على حروف
error-name-symbols = يمكن أن يحتوي اسمك على حروف ومسافات وشرطات (-) وفواصل عليا (') فقط
error-dob-missing = اكتب تاريخ ميلادك
error-dob-not-a-date = اكتب تاريخًا صحيحًا، مثلًا 15 3 1984، واكتب السنة بـ 4 أرقام
error-dob-in-future = يجب أن يكون تاريخ ميلادك في الماضي
error-dob-too-old = تحقّق من سنة ميلادك
error-mobile-invalid = اكتب رقم هاتف محمول في المملكة المتحدة، مثل 07700 900123
error-mobile-not-mobile = هذا ليس رقم هاتف محمول. اكتب رقمًا يبدأ بـ 07.
error-email-invalid = اكتب عنوان بريد إلكتروني، مثل name@example.com
error-contact-missing = اكتب رقم هاتف محمول أو عنوان بريد إلكتروني
error-nhs-number-length = رقم NHS مكوّن من 10 أرقام
error-nhs-number-check-digit = تحقّق من رقم NHS الخاص بك. هذا الرقم غير صحيح.
error-id-documents-missing = اختر إجابة

## Errors that are not about one field

error-code-disk-full = لم نتمكن من حفظ بياناتك. يُرجى السؤال في مكتب الاستقبال.
error-code-not-saved = لم نتمكن من حفظ بياناتك. يُرجى السؤال في مكتب الاستقبال.
error-code-qr-failed = لم نتمكن من إنشاء الرمز الخاص بك. يُرجى السؤال في مكتب الاستقبال.
error-code-startup-failed = هذا الجهاز لا يعمل. يُرجى السؤال في مكتب الاستقبال.
error-code-unknown = حدث خطأ ما. يُرجى السؤال في مكتب الاستقبال.

## Confirmation

confirm-title = شكرًا لك
confirm-reference-label = رقمك المرجعي
confirm-next-title = ماذا سيحدث بعد ذلك
confirm-next-show = اعرض هذا الرقم المرجعي في مكتب الاستقبال.
confirm-next-check = سيتحقق الموظفون من هويتك ويساعدونك على التسجيل.
confirm-next-bring = إذا لم تكن معك اليوم هوية بصورة وإثبات عنوان، فسيخبرك الموظفون بطرق أخرى.
confirm-qr-caption = امسح هذا الرمز بهاتفك للحصول على تطبيق NHS App.
confirm-finish = إنهاء

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = ورقة الوصول عبر الإنترنت الخاصة بك
slip-reference = رقمك المرجعي: { $reference }
slip-scan = امسح هذا الرمز بكاميرا هاتفك للحصول على تطبيق NHS App.
slip-steps-title = كيف تسجّل
slip-step-1 = نزّل تطبيق NHS App على هاتفك، أو اذهب إلى العنوان الموجود في الرمز.
slip-step-2 = أنشئ حساب NHS login باستخدام بريدك الإلكتروني ورقم هاتفك المحمول.
slip-step-3 = إذا سألك التطبيق، فاختر "I have my registration details" واكتب البيانات الثلاثة الموجودة في الأسفل.
slip-step-4 = إذا واجهت صعوبة، فاعرض هذه الورقة في مكتب الاستقبال.
slip-bring = أحضِر هوية بصورة وإثبات عنوان إلى مكتب الاستقبال حتى نتحقق من هويتك.
slip-account-id = معرّف الحساب (Account ID)
slip-ods-code = رمز العيادة (ODS)
slip-linkage-key = مفتاح الربط (Linkage key)
slip-printed-on = تاريخ الطباعة: { $date }
print-failed-patient = لم نتمكن من طباعة ورقتك. يُرجى السؤال في مكتب الاستقبال.

## Posters, leaflets and the prescription message

poster-ask = اسأل في مكتب الاستقبال لتسجّل. التسجيل مجاني.
poster-scan = أو امسح هذا الرمز بهاتفك للحصول على تطبيق NHS App.
rx-message = اطّلع على سجلك لدى طبيب العائلة، واحجز المواعيد، واطلب وصفاتك الطبية المتكررة في تطبيق NHS App. اسأل في مكتب الاستقبال لتسجّل.

## Inactivity

idle-title = هل ما زلت هنا؟
idle-countdown = { $seconds ->
    [zero] ستُمسح الشاشة بعد { $seconds } ثانية.
    [one] ستُمسح الشاشة بعد ثانية واحدة.
    [two] ستُمسح الشاشة بعد ثانيتين.
    [few] ستُمسح الشاشة بعد { $seconds } ثوانٍ.
    [many] ستُمسح الشاشة بعد { $seconds } ثانية.
   *[other] ستُمسح الشاشة بعد { $seconds } ثانية.
}
idle-stay = نعم، ما زلت هنا

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = هذا الجهاز لا يعمل
startup-failed-body = يُرجى السؤال في مكتب الاستقبال.
startup-failed-staff = للموظفين: التفاصيل في الأسفل.

## The optional, anonymous question at the end

feedback-question = ما الذي قد يمنعك من استخدام الوصول عبر الإنترنت؟
feedback-optional = اختياري ومجهول الهوية: اضغط على إجابة واحدة، أو أنهِ فقط.
feedback-reason-no-device = ليس لدي هاتف ذكي أو حاسوب
feedback-reason-privacy = أنا قلق بشأن الخصوصية
feedback-reason-dont-know-how = لا أعرف كيف أستخدمه
feedback-reason-dont-need = لا أحتاج إليه
feedback-reason-something-else = شيء آخر
feedback-thanks = شكرًا لك. إجابتك تساعد العيادة.

## Training mode

training-band = تدريب — للتمرين فقط: لا يُحتسب ولا يُحفظ أي شيء يُدخل هنا
