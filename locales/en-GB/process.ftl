### Access Kiosk: today's sign-up process, patient face (British English, the source).
### Few words per screen: short sentences, everyday words.

## The first question: the NHS App

nhs-app-title = Do you have the NHS App?
nhs-app-question = Have you proved who you are in it with photo ID?
nhs-app-verified = Yes, I have proved who I am
nhs-app-started = I started but did not finish
nhs-app-no = No
nhs-app-not-sure = I am not sure
action-next = Next

## Who the patient is

about-title-me = About you
about-title-someone-else = About the person you care for
form-name-hint-someone-else = Write their name as the practice knows it, for example as on their passport or an NHS letter. English letters are best, but any script is fine.

## The patient's age

under13-title = Children under 13
under13-body = A parent or carer signs up a child under 13.
under13-carer = I am their parent or carer
young-person-title = You are 13 to 15
young-person-body = The practice will talk with you about seeing your GP record.
young-person-services = You can ask for appointments and repeat prescriptions now.

## Someone asking for a patient they care for (a proxy)

carer-title = About you
carer-hint = You will have your own NHS login.
carer-first-name = Your first name
carer-last-name = Your last name
relationship-title = How are you related to them?
relationship-parent-or-guardian = Parent or guardian
relationship-son-or-daughter = Son or daughter
relationship-husband-wife-or-partner = Husband, wife or partner
relationship-other-relative = Another relative
relationship-friend = Friend
relationship-paid-carer = Paid carer
relationship-other = Other
why-title = Why can you act for them?
why-patient-agrees = They agree to it
why-parent-of-child = I am the parent of a child
why-lasting-power-of-attorney = I have a Lasting Power of Attorney for their health
why-court-deputy = A court made me their deputy
why-not-sure = I am not sure
documents-proxy-hint = Also bring proof you can act for them, such as a birth certificate or a Lasting Power of Attorney.

## Confirmation

confirm-app-record = You can see your GP record in the NHS App now.
confirm-older-record = A doctor checks the older record first. It can take a few weeks.
confirm-young-person = The practice will talk with you first.
confirm-proxy = Staff will check who you both are.

## Printed slip

slip-app-step-1 = Open the NHS App and log in.
slip-app-step-2 = To see your GP record, choose "Your health", then "GP health record".
slip-app-step-3 = If you asked for your older record, the practice will tell you when it is ready.
slip-linkage-expires = The linkage key works once. It stops working on { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December

## Field errors

error-nhs-app-missing = Choose an answer
error-dob-under13-needs-carer = A parent or carer signs up a child under 13
error-relationship-missing = Choose how you are related
error-basis-missing = Choose an answer
