### Access Kiosk: today's sign-up process, patient face (Bengali).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = আপনার কি NHS App আছে?
nhs-app-question = আপনি কি ছবিসহ পরিচয়পত্র দিয়ে অ্যাপে আপনার পরিচয় প্রমাণ করেছেন?
nhs-app-verified = হ্যাঁ, আমি আমার পরিচয় প্রমাণ করেছি
nhs-app-started = শুরু করেছিলাম, কিন্তু শেষ করিনি
nhs-app-no = না
nhs-app-not-sure = আমি নিশ্চিত নই
action-next = পরবর্তী

## Who the patient is

about-title-me = আপনার সম্পর্কে
about-title-someone-else = আপনি যার দেখাশোনা করেন তার সম্পর্কে
form-name-hint-someone-else = প্র্যাকটিস তাঁর নাম যেভাবে জানে সেভাবে লিখুন, যেমন তাঁর পাসপোর্ট বা NHS চিঠিতে যেমন আছে। ইংরেজি অক্ষরে লেখা সবচেয়ে ভালো, তবে যেকোনো লিপিতে লিখতে পারেন।

## The patient's age

under13-title = ১৩ বছরের কম বয়সী শিশু
under13-body = ১৩ বছরের কম বয়সী শিশুর জন্য মা-বাবা বা দেখাশোনাকারী সাইন আপ করেন।
under13-carer = আমি তার মা-বাবা বা দেখাশোনাকারী
young-person-title = আপনার বয়স ১৩ থেকে ১৫
young-person-body = জিপি রেকর্ড দেখার বিষয়ে প্র্যাকটিস আপনার সাথে কথা বলবে।
young-person-services = আপনি এখনই অ্যাপয়েন্টমেন্ট ও নিয়মিত প্রেসক্রিপশন চাইতে পারেন।

## Someone asking for a patient they care for (a proxy)

carer-title = আপনার সম্পর্কে
carer-hint = আপনার নিজের NHS login থাকবে।
carer-first-name = আপনার নামের প্রথম অংশ
carer-last-name = আপনার নামের শেষ অংশ
relationship-title = তার সাথে আপনার সম্পর্ক কী?
relationship-parent-or-guardian = মা-বাবা বা অভিভাবক
relationship-son-or-daughter = ছেলে বা মেয়ে
relationship-husband-wife-or-partner = স্বামী, স্ত্রী বা সঙ্গী
relationship-other-relative = অন্য আত্মীয়
relationship-friend = বন্ধু
relationship-paid-carer = বেতনভুক্ত দেখাশোনাকারী
relationship-other = অন্য কিছু
why-title = আপনি কেন তার হয়ে কাজ করতে পারেন?
why-patient-agrees = তিনি এতে রাজি
why-parent-of-child = আমি একটি শিশুর মা-বাবা
why-lasting-power-of-attorney = তার স্বাস্থ্যের জন্য আমার Lasting Power of Attorney আছে
why-court-deputy = আদালত আমাকে তার ডেপুটি করেছে
why-not-sure = আমি নিশ্চিত নই
documents-proxy-hint = তার হয়ে কাজ করার প্রমাণও আনুন, যেমন জন্ম সনদ বা Lasting Power of Attorney।

## Confirmation

confirm-app-record = আপনি এখনই NHS App-এ আপনার জিপি রেকর্ড দেখতে পারেন।
confirm-older-record = একজন ডাক্তার আগে পুরোনো রেকর্ডটি দেখেন। কয়েক সপ্তাহ লাগতে পারে।
confirm-young-person = প্র্যাকটিস আগে আপনার সাথে কথা বলবে।
confirm-proxy = কর্মীরা আপনাদের দুজনের পরিচয়ই যাচাই করবেন।

## Printed slip

slip-app-step-1 = NHS App খুলুন এবং লগ ইন করুন।
slip-app-step-2 = আপনার জিপি রেকর্ড দেখতে "Your health", তারপর "GP health record" বেছে নিন।
slip-app-step-3 = আপনি পুরোনো রেকর্ড চেয়ে থাকলে, সেটি তৈরি হলে প্র্যাকটিস আপনাকে জানাবে।
slip-linkage-expires = লিংকেজ কী একবারই কাজ করে। এটি { $date } তারিখে বন্ধ হয়ে যাবে।

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = জানুয়ারি
date-month-2 = ফেব্রুয়ারি
date-month-3 = মার্চ
date-month-4 = এপ্রিল
date-month-5 = মে
date-month-6 = জুন
date-month-7 = জুলাই
date-month-8 = আগস্ট
date-month-9 = সেপ্টেম্বর
date-month-10 = অক্টোবর
date-month-11 = নভেম্বর
date-month-12 = ডিসেম্বর

## Field errors

error-nhs-app-missing = একটি উত্তর বেছে নিন
error-dob-under13-needs-carer = ১৩ বছরের কম বয়সী শিশুর জন্য মা-বাবা বা দেখাশোনাকারী সাইন আপ করেন
error-relationship-missing = আপনার সম্পর্ক বেছে নিন
error-basis-missing = একটি উত্তর বেছে নিন
