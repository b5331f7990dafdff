### Access Kiosk: the patient face, in British English (the source locale).
### Plain language: short sentences, everyday words.

# The language's own name, as the language picker shows it.
language-name = English

## Shared

app-title = Online access to your GP record
action-language = Language
action-back = Back
kiosk-busy = Please wait…
action-text-size = Text size
text-size-standard = Standard text
text-size-large = Large text
text-size-largest = Largest text
action-listen = Listen
action-stop-listening = Stop

## Attract screen

attract-title = See your GP record on your phone
attract-benefit-1 = Book appointments online
attract-benefit-2 = Order repeat prescriptions
attract-benefit-3 = See your test results
attract-touch = Touch the screen to start
attract-own-phone = Rather use your own phone? Scan this code.

## Language screen

language-title = Choose your language
language-hint = You can change the language at any time.

## Benefits screen

benefits-title = What you can do online
benefits-intro = With the NHS App, you can use your phone or computer to:
benefit-appointments = book and cancel GP appointments
benefit-prescriptions = order repeat prescriptions
benefit-results = see your test results
benefit-vaccinations = see your vaccinations, for travel or work
benefit-record = read your GP record and letters
risks-title = Before you say yes
risks-intro = Think about these things first. Staff can talk them through with you.
risk-forgotten = Your record may show things from the past that you have forgotten about.
risk-bad-news = You may see a test result or bad news before a doctor talks to you about it.
risk-sharing = You choose who sees your record. Keep it private unless you want to share it.
risk-coercion = If anyone is making you show them your record, it is best not to sign up. You can tell us in private.
risk-misunderstanding = Some words in your record may be hard to understand. Ask us if you are not sure.
risk-third-party = If you see information about someone else, tell the practice.
risk-keep-safe = Keep your login details and any printouts safe.
benefits-interested = I am interested
benefits-not-now = Not now

## Interest form

form-title = Tell us about you
form-intro = We only ask for a few things. Staff will check them with you.
form-name-hint = Write your name as the practice knows it, for example as on your passport or an NHS letter. English letters are best, but any script is fine.
form-first-name = First name
form-last-name = Last name
form-dob = Date of birth
form-dob-hint = For example, 15 3 1984
form-dob-day = Day
form-dob-month = Month
form-dob-year = Year
form-contact-title = How can we contact you?
form-contact-hint = Give a mobile number, an email address, or both.
form-mobile = Mobile phone number
form-email = Email address
form-nhs-number = NHS number (if you know it)
form-nhs-number-hint = 10 digits. You can find it on a letter from the NHS.
form-wants-title = What would you like?
form-wants-hint = Untick anything you do not want.
form-wants-services = Appointments and repeat prescriptions
form-wants-new-entries = The GP record from now on
form-wants-new-entries-hint = On for everyone aged 16 and over. You can say no.
form-wants-older-record = Ask for the older GP record
form-wants-older-record-hint = A doctor checks it first. It can take a few weeks.
form-for-whom-title = Who is this for?
form-for-me = For me
form-for-someone-else = For someone I care for
form-id-title = Do you have these with you today?
form-id-hint = Photo ID, such as a passport or driving licence, and proof of address, such as a recent bill.
form-id-both = Yes, photo ID and proof of address
form-id-photo-only = Only photo ID
form-id-address-only = Only proof of address
form-id-neither = No, or I am not sure
form-submit = Send
form-error-summary = There is a problem

## Field errors (one per validation code)

error-name-missing = Enter your name
error-name-too-long = Your name must be 100 letters or fewer
error-name-hidden-characters = Your name has hidden characters. Please type it again.
error-name-no-letters = Your name must include letters
error-name-symbols = Your name can only have letters, spaces, hyphens and apostrophes
error-dob-missing = Enter your date of birth
error-dob-not-a-date = Enter a real date, for example 15 3 1984, with a 4-digit year
error-dob-in-future = Your date of birth must be in the past
error-dob-too-old = Check the year of your date of birth
error-mobile-invalid = Enter a UK mobile number, like 07700 900123
error-mobile-not-mobile = This is not a mobile number. Enter a number that starts with 07.
error-email-invalid = Enter an email address, like name@example.com
error-contact-missing = Enter a mobile number or an email address
error-nhs-number-length = An NHS number has 10 digits
error-nhs-number-check-digit = Check your NHS number. It is not right.
error-id-documents-missing = Choose an answer

## Errors that are not about one field

error-code-disk-full = We could not save your details. Please ask at reception.
error-code-not-saved = We could not save your details. Please ask at reception.
error-code-qr-failed = We could not make your code. Please ask at reception.
error-code-startup-failed = This kiosk is not working. Please ask at reception.
error-code-unknown = Something went wrong. Please ask at reception.

## Confirmation

confirm-title = Thank you
confirm-reference-label = Your reference
confirm-next-title = What happens next
confirm-next-show = Show this reference at reception.
confirm-next-check = Staff will check who you are and help you sign up.
confirm-next-bring = If you do not have photo ID and proof of address today, staff will tell you other ways.
confirm-qr-caption = Scan this code with your phone to get the NHS App.
confirm-finish = Finish

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Your online access slip
slip-reference = Your reference: { $reference }
slip-scan = Scan this code with your phone camera to get the NHS App.
slip-steps-title = How to sign up
slip-step-1 = Get the NHS App on your phone, or go to the address in the code.
slip-step-2 = Make an NHS login with your email address and mobile number.
slip-step-3 = If the app asks, choose "I have my registration details" and type the three details below.
slip-step-4 = If you get stuck, show this slip at reception.
slip-bring = Bring photo ID and proof of address to reception so we can check who you are.
slip-account-id = Account ID
slip-ods-code = Practice code (ODS)
slip-linkage-key = Linkage key
slip-printed-on = Printed on { $date }
print-failed-patient = We could not print your slip. Please ask at reception.

## Posters, leaflets and the prescription message

poster-ask = Ask at reception to sign up. It is free.
poster-scan = Or scan this code with your phone to get the NHS App.
rx-message = See your GP record, book appointments and order repeat prescriptions in the NHS App. Ask at reception to sign up.

## Inactivity

idle-title = Are you still there?
idle-countdown = { $seconds ->
    [one] The screen will clear in { $seconds } second.
   *[other] The screen will clear in { $seconds } seconds.
}
idle-stay = Yes, I am still here

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = This kiosk is not working
startup-failed-body = Please ask at reception.
startup-failed-staff = For staff: the details are below.

## The optional, anonymous question at the end

feedback-question = What might stop you using online access?
feedback-optional = Optional and anonymous: tap one answer, or just finish.
feedback-reason-no-device = I don't have a smartphone or computer
feedback-reason-privacy = I'm worried about privacy
feedback-reason-dont-know-how = I don't know how to use it
feedback-reason-dont-need = I don't need it
feedback-reason-something-else = Something else
feedback-thanks = Thank you. Your answer helps the practice.

## Training mode

training-band = TRAINING — for practice only: nothing entered here is counted or kept
