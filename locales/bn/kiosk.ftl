### Access Kiosk: রোগীর পর্দা, বাংলায়।
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

language-name = বাংলা

## Shared

app-title = আপনার জিপি রেকর্ড অনলাইনে দেখুন
action-language = ভাষা
action-back = পেছনে
kiosk-busy = অনুগ্রহ করে অপেক্ষা করুন…
action-text-size = লেখার আকার
text-size-standard = সাধারণ লেখা
text-size-large = বড় লেখা
text-size-largest = সবচেয়ে বড় লেখা
action-listen = শুনুন
action-stop-listening = থামান

## Attract screen

attract-title = আপনার ফোনে আপনার জিপি রেকর্ড দেখুন
attract-benefit-1 = অনলাইনে অ্যাপয়েন্টমেন্ট বুক করুন
attract-benefit-2 = নিয়মিত ওষুধের প্রেসক্রিপশন অর্ডার করুন
attract-benefit-3 = আপনার পরীক্ষার ফলাফল দেখুন
attract-touch = শুরু করতে পর্দা স্পর্শ করুন
attract-own-phone = নিজের ফোন ব্যবহার করতে চান? এই কোডটি স্ক্যান করুন।

## Language screen

language-title = আপনার ভাষা বেছে নিন
language-hint = আপনি যেকোনো সময় ভাষা বদলাতে পারেন।

## Benefits screen

benefits-title = অনলাইনে আপনি যা করতে পারেন
benefits-intro = NHS App দিয়ে আপনি আপনার ফোন বা কম্পিউটারে:
benefit-appointments = জিপি অ্যাপয়েন্টমেন্ট বুক ও বাতিল করতে পারেন
benefit-prescriptions = নিয়মিত ওষুধের প্রেসক্রিপশন অর্ডার করতে পারেন
benefit-results = আপনার পরীক্ষার ফলাফল দেখতে পারেন
benefit-vaccinations = ভ্রমণ বা কাজের জন্য আপনার টিকার তথ্য দেখতে পারেন
benefit-record = আপনার জিপি রেকর্ড ও চিঠি পড়তে পারেন
risks-title = হ্যাঁ বলার আগে
risks-intro = আগে এই বিষয়গুলো ভাবুন। কর্মীরা আপনার সাথে এগুলো নিয়ে কথা বলতে পারেন।
risk-forgotten = আপনার রেকর্ডে অতীতের এমন কিছু থাকতে পারে যা আপনি ভুলে গেছেন।
risk-bad-news = ডাক্তার আপনার সাথে কথা বলার আগেই আপনি কোনো পরীক্ষার ফলাফল বা খারাপ খবর দেখে ফেলতে পারেন।
risk-sharing = আপনার রেকর্ড কে দেখবে তা আপনি ঠিক করবেন। আপনি না চাইলে এটি গোপন রাখুন।
risk-coercion = কেউ যদি আপনাকে তাদের আপনার রেকর্ড দেখাতে বাধ্য করে, তাহলে সাইন আপ না করাই ভালো। আপনি আমাদের গোপনে জানাতে পারেন।
risk-misunderstanding = আপনার রেকর্ডের কিছু শব্দ বোঝা কঠিন হতে পারে। নিশ্চিত না হলে আমাদের জিজ্ঞেস করুন।
risk-third-party = আপনি যদি অন্য কারো তথ্য দেখেন, প্র্যাকটিসকে জানান।
risk-keep-safe = আপনার লগইনের তথ্য এবং যেকোনো প্রিন্ট করা কাগজ নিরাপদে রাখুন।
benefits-interested = আমি আগ্রহী
benefits-not-now = এখন নয়

## Interest form

form-title = আপনার সম্পর্কে আমাদের বলুন
form-intro = আমরা শুধু কয়েকটি তথ্য চাই। কর্মীরা আপনার সাথে এগুলো যাচাই করবেন।
form-name-hint = প্র্যাকটিস আপনার নাম যেভাবে জানে সেভাবে লিখুন, যেমন আপনার পাসপোর্ট বা NHS চিঠিতে যেমন আছে। ইংরেজি অক্ষরে লেখা সবচেয়ে ভালো, তবে যেকোনো লিপিতে লিখতে পারেন।
form-first-name = নামের প্রথম অংশ
form-last-name = নামের শেষ অংশ
form-dob = জন্ম তারিখ
form-dob-hint = যেমন, 15 3 1984
form-dob-day = দিন
form-dob-month = মাস
form-dob-year = বছর
form-contact-title = আমরা আপনার সাথে কীভাবে যোগাযোগ করব?
form-contact-hint = একটি মোবাইল নম্বর, একটি ইমেইল ঠিকানা, বা দুটোই দিন।
form-mobile = মোবাইল ফোন নম্বর
form-email = ইমেইল ঠিকানা
form-nhs-number = NHS নম্বর (যদি জানেন)
form-nhs-number-hint = ১০টি সংখ্যা। NHS-এর কোনো চিঠিতে এটি পাবেন।
form-wants-title = আপনি কী চান?
form-wants-hint = যা চান না তার টিক তুলে দিন।
form-wants-services = অ্যাপয়েন্টমেন্ট ও নিয়মিত প্রেসক্রিপশন
form-wants-new-entries = এখন থেকে জিপি রেকর্ড
form-wants-new-entries-hint = ১৬ বছর বা তার বেশি বয়সী সবার জন্য এটি চালু থাকে। আপনি না বলতে পারেন।
form-wants-older-record = পুরোনো জিপি রেকর্ড চাই
form-wants-older-record-hint = একজন ডাক্তার আগে এটি দেখেন। কয়েক সপ্তাহ লাগতে পারে।
form-for-whom-title = এটি কার জন্য?
form-for-me = আমার জন্য
form-for-someone-else = আমি যার দেখাশোনা করি তার জন্য
form-id-title = আজ কি এগুলো আপনার সাথে আছে?
form-id-hint = ছবিসহ পরিচয়পত্র, যেমন পাসপোর্ট বা ড্রাইভিং লাইসেন্স, এবং ঠিকানার প্রমাণ, যেমন সাম্প্রতিক বিল।
form-id-both = হ্যাঁ, ছবিসহ পরিচয়পত্র ও ঠিকানার প্রমাণ
form-id-photo-only = শুধু ছবিসহ পরিচয়পত্র
form-id-address-only = শুধু ঠিকানার প্রমাণ
form-id-neither = না, বা আমি নিশ্চিত নই
form-submit = পাঠান
form-error-summary = একটি সমস্যা আছে

## Field errors (one per validation code)

error-name-missing = আপনার নাম লিখুন
error-name-too-long = আপনার নাম ১০০ অক্ষরের মধ্যে হতে হবে
error-name-hidden-characters = আপনার নামে লুকানো অক্ষর আছে। অনুগ্রহ করে আবার লিখুন।
error-name-no-letters = আপনার নামে অক্ষর থাকতে হবে
error-name-symbols = আপনার নামে শুধু অক্ষর, ফাঁকা জায়গা, হাইফেন ও ঊর্ধ্বকমা থাকতে পারে
error-dob-missing = আপনার জন্ম তারিখ লিখুন
error-dob-not-a-date = একটি সঠিক তারিখ লিখুন, যেমন 15 3 1984, বছর ৪ সংখ্যায়
error-dob-in-future = আপনার জন্ম তারিখ অতীতের হতে হবে
error-dob-too-old = আপনার জন্মের বছরটি আবার দেখুন
error-mobile-invalid = একটি যুক্তরাজ্যের মোবাইল নম্বর লিখুন, যেমন 07700 900123
error-mobile-not-mobile = এটি মোবাইল নম্বর নয়। 07 দিয়ে শুরু হওয়া একটি নম্বর লিখুন।
error-email-invalid = একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com
error-contact-missing = একটি মোবাইল নম্বর বা ইমেইল ঠিকানা লিখুন
error-nhs-number-length = NHS নম্বরে ১০টি সংখ্যা থাকে
error-nhs-number-check-digit = আপনার NHS নম্বরটি আবার দেখুন। এটি সঠিক নয়।
error-id-documents-missing = একটি উত্তর বেছে নিন

## Errors that are not about one field

error-code-disk-full = আমরা আপনার তথ্য সংরক্ষণ করতে পারিনি। অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।
error-code-not-saved = আমরা আপনার তথ্য সংরক্ষণ করতে পারিনি। অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।
error-code-qr-failed = আমরা আপনার কোড তৈরি করতে পারিনি। অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।
error-code-startup-failed = এই কিয়স্কটি কাজ করছে না। অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।
error-code-unknown = কিছু একটা সমস্যা হয়েছে। অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।

## Confirmation

confirm-title = ধন্যবাদ
confirm-reference-label = আপনার রেফারেন্স
confirm-next-title = এরপর কী হবে
confirm-next-show = রিসেপশনে এই রেফারেন্সটি দেখান।
confirm-next-check = কর্মীরা আপনার পরিচয় যাচাই করবেন এবং সাইন আপ করতে সাহায্য করবেন।
confirm-next-bring = আজ যদি আপনার কাছে ছবিসহ পরিচয়পত্র ও ঠিকানার প্রমাণ না থাকে, কর্মীরা আপনাকে অন্য উপায় বলে দেবেন।
confirm-qr-caption = NHS App পেতে আপনার ফোন দিয়ে এই কোডটি স্ক্যান করুন।
confirm-finish = শেষ করুন

## Printed slip

slip-title = আপনার অনলাইন অ্যাক্সেস স্লিপ
slip-reference = আপনার রেফারেন্স: { $reference }
slip-scan = NHS App পেতে আপনার ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।
slip-steps-title = কীভাবে সাইন আপ করবেন
slip-step-1 = আপনার ফোনে NHS App নিন, অথবা কোডে থাকা ঠিকানায় যান।
slip-step-2 = আপনার ইমেইল ঠিকানা ও মোবাইল নম্বর দিয়ে একটি NHS login তৈরি করুন।
slip-step-3 = অ্যাপ জিজ্ঞেস করলে "I have my registration details" বেছে নিন এবং নিচের তিনটি তথ্য লিখুন।
slip-step-4 = কোথাও আটকে গেলে রিসেপশনে এই স্লিপটি দেখান।
slip-bring = আপনার পরিচয় যাচাই করতে রিসেপশনে ছবিসহ পরিচয়পত্র ও ঠিকানার প্রমাণ নিয়ে আসুন।
slip-account-id = অ্যাকাউন্ট আইডি (Account ID)
slip-ods-code = প্র্যাকটিস কোড (ODS)
slip-linkage-key = লিংকেজ কী (Linkage key)
slip-printed-on = প্রিন্টের তারিখ { $date }
print-failed-patient = আমরা আপনার স্লিপ প্রিন্ট করতে পারিনি। অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।

## Posters, leaflets and the prescription message

poster-ask = সাইন আপ করতে রিসেপশনে জিজ্ঞেস করুন। এটি বিনামূল্যে।
poster-scan = অথবা NHS App পেতে আপনার ফোন দিয়ে এই কোডটি স্ক্যান করুন।
rx-message = NHS App-এ আপনার জিপি রেকর্ড দেখুন, অ্যাপয়েন্টমেন্ট বুক করুন এবং নিয়মিত ওষুধের প্রেসক্রিপশন অর্ডার করুন। সাইন আপ করতে রিসেপশনে জিজ্ঞেস করুন।

## Inactivity

idle-title = আপনি কি এখনও আছেন?
idle-countdown = { $seconds ->
    [one] { $seconds } সেকেন্ডের মধ্যে পর্দা মুছে যাবে।
   *[other] { $seconds } সেকেন্ডের মধ্যে পর্দা মুছে যাবে।
}
idle-stay = হ্যাঁ, আমি এখনও আছি

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = এই কিয়স্কটি কাজ করছে না
startup-failed-body = অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।
startup-failed-staff = কর্মীদের জন্য: বিস্তারিত নিচে দেওয়া আছে।

## The optional, anonymous question at the end

feedback-question = কী কারণে আপনি অনলাইন অ্যাক্সেস ব্যবহার না-ও করতে পারেন?
feedback-optional = ঐচ্ছিক এবং বেনামী: একটি উত্তরে চাপ দিন, অথবা শুধু শেষ করুন।
feedback-reason-no-device = আমার স্মার্টফোন বা কম্পিউটার নেই
feedback-reason-privacy = আমি গোপনীয়তা নিয়ে চিন্তিত
feedback-reason-dont-know-how = আমি জানি না কীভাবে এটি ব্যবহার করতে হয়
feedback-reason-dont-need = আমার এটির প্রয়োজন নেই
feedback-reason-something-else = অন্য কিছু
feedback-thanks = ধন্যবাদ। আপনার উত্তর প্র্যাকটিসকে সাহায্য করে।

## Training mode

training-band = প্রশিক্ষণ — শুধু অনুশীলনের জন্য: এখানে যা দেওয়া হয় তা গণনা বা সংরক্ষণ করা হয় না
