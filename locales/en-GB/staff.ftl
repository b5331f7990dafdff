### Access Kiosk: text for staff. English only for now; other locales fall back to it.

about-title = About this kiosk
about-version = Version
about-data-folder = Data folder
about-translations = Translations
about-language = Language
about-drafted-by = Drafted by
about-reviewed = Reviewed by a native speaker
about-reviewed-yes = Yes
about-reviewed-no = No — review before go-live
about-notes = Notes
about-override-problems = Practice wording that could not be used
about-no-problems = None: all practice wording is in use.
about-close = Close

## Getting in and out

staff-login-title = Staff login
staff-login-choose = Choose your name
staff-pin = PIN or passphrase
staff-pin-again = PIN again
staff-log-in = Log in
staff-cancel = Cancel
staff-locked-until = Locked until { $time }
staff-setup-title = Set up the administrator
staff-setup-intro = This kiosk has no staff accounts yet, and takes no sign-ups until it has. Type the set-up code, then the first administrator's name and PIN. The administrator adds the other staff. Use a PIN of at least 6 digits, or a passphrase of at least 10 characters.
staff-name = Name
staff-setup-create = Create administrator
staff-pins-differ = The two PINs are different
staff-logged-in-as = Logged in as { $name }
staff-leave = Leave staff mode

## Tabs

tab-queue = Queue
tab-worklist = Coding worklist
tab-staff = Staff
tab-audit = Audit log
tab-about = About this kiosk

## Queue

queue-search = Search by reference, name or date of birth (DD/MM/YYYY)
queue-empty = No one is waiting.
queue-open = Open
col-reference = Reference
col-name = Name
col-dob = Date of birth
col-status = Status
col-language = Language
col-channel = Channel
col-age-band = Age
col-cohorts = Cohorts
col-waiting = Waiting
col-actions = Actions
waiting-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
waiting-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
target-cohort = target cohort

## Statuses

status-interested = Interested
status-identity-pending = Identity check pending
status-identity-verified = Identity verified
status-access-granted = Access granted
status-coded-9iw = Coded
status-declined = Declined
status-withdrawn = Withdrawn
status-could-not-verify = Could not verify

## Channels and cohorts

channel-kiosk = Kiosk
channel-reception = Reception
channel-phlebotomy = Phlebotomy
channel-ltc-clinic = Long-term condition clinic
channel-new-registration = New registration
channel-clinician = Clinician referral
cohort-frequent-attender = Frequent attender
cohort-dna-risk = High risk of missing appointments (DNA)
cohort-carer = Carer
cohort-long-term-condition = Long-term condition
cohorts-save = Save cohorts
cohorts-saved = Cohorts saved

## The standard script

journey-title = Sign-up for { $reference }
journey-back = Back to the queue
journey-patient = Patient
journey-wants = Wants
journey-documents-today = Documents with them today
journey-for-someone-else = Asking for someone they care for
yes = Yes
no = No
script-side-by-side = English, and the patient's language beside it: point at it as you speak.
script-step-1 = 1. Greeting and benefits
script-greeting = Hello. I can help you sign up to see your GP record on your phone. It takes about ten minutes.
script-step-2 = 2. What to know before saying yes
script-risks-hint = Tick each one once you have explained it.
script-coercion-private = Ask about pressure in private, away from anyone with the patient. If someone is pressuring them, do not register: record "declined".
script-step-3 = 3. Identity check
id-method-documents = Identity documents (photo ID and proof of address)
id-method-vouching = Vouching by a member of staff who knows the patient
id-method-vouching-with-confirmation = Vouching with confirmation (discreet questions about the record)
id-method-nhs-login = Verified in the NHS App (NHS login P9), seen by me in the patient's own app: no documents
id-documents-seen = Documents seen (the kind only, never numbers or copies)
doc-passport = Passport
doc-eu-id-card = EU national ID card
doc-residence-card = UK residence card or BRP
doc-utility-bill = Utility bill
doc-bank-statement = Bank statement
doc-council-tax-bill = Council tax bill
doc-tenancy-agreement = Tenancy agreement
doc-benefit-letter = Benefit letter
id-vouched-by = Who vouched
id-missing = What was missing
step-identity-verified = Identity verified
step-identity-pending = Identity check pending
step-could-not-verify = Could not verify
script-step-4 = 4. Access
proxy-title = Proxy access (DAPB3051)
proxy-basis = Basis
basis-parental-responsibility = Parental responsibility (child under 16)
basis-patient-consent = The patient's consent
basis-lasting-power-of-attorney = Lasting Power of Attorney (health and welfare)
basis-court-deputy = Court-appointed deputy
basis-best-interests = Best-interests decision
step-access-granted = Grant access
script-step-5 = 6. Codes and outcome
step-declined = Patient declined
step-withdrawn = Withdrawn
journey-history = History
step-saved = Saved

## Coding worklist

worklist-intro = Codes still to add in the clinical system. Add each one, then tick it off here.
worklist-empty = Everyone given access has been coded.
worklist-coded = Coded in the clinical system
worklist-print = Print this list

## Staff accounts

staff-admin = Administrator
staff-add-title = Add a member of staff
staff-add = Add
staff-is-admin = Can manage staff and read the audit log
staff-reset-pin = Reset PIN
staff-new-pin = New PIN
staff-remove = Remove
staff-locked = Locked

## Audit log

audit-filter = Show
audit-all = Everything
col-time = Time
col-who = Who
col-action = Action
col-details = Details

## Staff errors (by code)

error-code-wrong-pin = Wrong PIN.
error-code-account-locked = This account is locked after too many wrong PINs. Ask an administrator to reset the PIN, or wait.
error-code-not-logged-in = Your staff session has ended. Log in again.
error-code-not-admin = Only an administrator can do that.
error-code-pin-too-short = Use a PIN of at least 6 digits, or a passphrase of at least 10 characters.
error-code-pin-too-simple = That PIN is too easy to guess. Avoid repeated digits and sequences.
error-code-staff-name-invalid = Enter a name of up to 60 characters.
error-code-staff-name-taken = There is already a member of staff with that name.
error-code-no-such-staff = That member of staff no longer exists.
error-code-cannot-remove-self = You cannot remove your own account.
error-code-no-such-journey = That sign-up no longer exists.
error-code-illegal-move = That step does not fit where this sign-up is now.
error-step-documents-incomplete = Identity documents need one photo ID and one proof of address.
error-step-voucher-missing = Enter the name of the member of staff who vouched.
error-step-risks-not-explained = Explain and tick every point before granting access.
error-step-missing-not-said = Say what was missing.
error-step-text-too-long = Keep notes under 200 characters.

## Starting a sign-up at the desk

tab-new = New sign-up
new-intro = Start a sign-up for a patient at the desk. Choose where they were offered it, then fill in the form with them.
new-channel = Where was sign-up offered?
new-language = The patient's language

## Printing the slip

print-title = Slip
print-with-name = Print the patient's name on the slip
print-linkage-hint = Registration details from the clinical system, if you have them. They are printed and then forgotten: never saved.
print-account-id = Account ID
print-ods-code = ODS code
print-linkage-key = Linkage key
print-slip = Print slip
print-done = Slip printed
error-code-print-failed = The slip did not print.
error-print-no-printer = No printer is set up for this kiosk (printer in practice.toml).
error-print-unknown-printer = The print system does not know the printer set for this kiosk.
error-print-printer-stopped = The printer is stopped. Check it, then print again from this page.
error-print-failed = The print system refused the job. Print again from this page.

## Posters, leaflets and the prescription message

tab-materials = Posters and messages
materials-poster = Poster (A4) in one language
materials-poster-language = Language of the poster
materials-print-poster = Print poster
materials-leaflet = Leaflet (A4, folded) in the languages this kiosk offers
materials-print-leaflet = Print leaflet
materials-printed = Sent to the printer
materials-rx-title = Message for the right-hand side of prescriptions
materials-rx-hint = Copy the message in the patient's language into the clinical system. Each must fit its limit of { $limit } characters.
materials-rx-count = { $chars } of { $limit } characters
materials-rx-too-long = Too long for the limit: shorten it with a practice wording override.
materials-copy = Copy

## Reports: the QI measures and their run charts

tab-reports = Reports
measure-interest-registered = Interest registered
measure-identity-verified = Identity verified
measure-access-granted = Access granted
measure-coded-9iw = Coded in the clinical system
measure-interest-to-verified = Interest → identity verified
measure-verified-to-access = Identity verified → access granted
measure-access-to-coded-9iw = Access granted → coded
measure-interest-to-access = Interest → access granted
measure-median-days-to-access = Median days from interest to access
measure-unit-interest-registered = Patients per week
measure-unit-identity-verified = Patients per week
measure-unit-access-granted = Patients per week
measure-unit-coded-9iw = Patients per week
measure-unit-interest-to-verified = % of the week's interest
measure-unit-verified-to-access = % of the week's verifications
measure-unit-access-to-coded-9iw = % of the week's grants
measure-unit-interest-to-access = % of the week's interest
measure-unit-median-days-to-access = Days
breakdown-total = All patients
breakdown-channel = Where they signed up
breakdown-language = Language
breakdown-cohort = Target group
breakdown-age-band = Age band
chart-title-group = { $measure }: { $breakdown } { $group }
chart-median = Median
chart-baseline = Baseline
chart-signal-shift = Shift
chart-signal-trend = Trend
chart-signal-too-few-runs = Too few runs
chart-signal-too-many-runs = Too many runs
chart-signal-astronomical = Astronomical point
chart-no-data = No weeks with data in this period yet
chart-borough = borough total
report-measure = Measure
report-breakdown = Split by
report-group = Group
report-from = From
report-to = To
report-show = Show chart
report-signals = What the chart shows
report-no-signals = No signal: the weeks vary around the median as chance would have them.
report-signal-shift = Shift: { $count } weeks in a row on one side of the median ({ $first } to { $last }). Something has changed.
report-signal-trend = Trend: { $count } weeks in a row going { $direction } ({ $first } to { $last }).
report-direction-up = up
report-direction-down = down
report-signal-too-few-runs = Too few runs: { $runs } runs where at least { $limit } would be expected by chance. The weeks cluster on one side of the median.
report-signal-too-many-runs = Too many runs: { $runs } runs where at most { $limit } would be expected by chance. The weeks swing back and forth more than chance.
report-signal-astronomical = Astronomical point: { $week } is far from the others.
report-runs-summary = { $useful } useful weeks, { $runs } runs{ $limits ->
    [none] {""} (too few weeks to judge runs: at least 10 are needed).
   *[other] {""} (between { $lower } and { $upper } would be expected by chance).
}
report-baseline = Baseline
report-baseline-frozen = Baseline frozen: { $first } to { $last }, by { $name }. The centre line is the baseline's median.
report-baseline-none = No baseline frozen: the centre line is the median of all weeks shown.
report-baseline-first = First week of the baseline
report-baseline-last = Last week of the baseline
report-freeze = Freeze baseline
report-unfreeze = Unfreeze baseline
report-pdsa = Tests of change
report-pdsa-intro = Each test of change (a Plan-Do-Study-Act cycle) is drawn on the charts from the week it started.
report-pdsa-none = No tests of change yet.
report-pdsa-title = Title
report-pdsa-tried = What was tried
report-pdsa-start = Start date
report-pdsa-end = End date (optional)
report-pdsa-add = Add test of change
report-pdsa-end-now = End today
report-pdsa-running = running
report-pdsa-suggestions = Change ideas from the borough's plan
report-pdsa-title-needed = Give the test of change a title (up to 120 characters).
report-date-invalid = Use a real date (year-month-day).
report-feedback = What might stop people using online access
report-feedback-patient = Answered at the kiosk
report-feedback-staff = Noted by staff
report-feedback-add = Note what a patient told you
report-feedback-saved = Thank you: noted.
report-exports = Exports
report-export-csv = Weekly measures (CSV)
report-export-aggregate = Anonymous file for the borough (JSON)
report-export-svg = This chart (SVG)
report-export-png = This chart (PNG)
report-exported = Saved: { $path }
report-export-note = Files are saved in the kiosk's exports folder. The borough file has no personal data: counts from 1 to 7 are left out and the others are rounded to the nearest 5.
pdsa-idea-1 = A patient liaison officer in reception promotes and signs patients up
pdsa-idea-2 = Offer online access as part of routine long-term condition clinics
pdsa-idea-3 = A message on the right-hand side of prescriptions
pdsa-idea-4 = Design, test and display posters in reception
pdsa-idea-5 = Requests for online access include the medical record by default
pdsa-idea-6 = Offer sign-up at phlebotomy
pdsa-idea-7 = Enrol all new patients to record access at registration
pdsa-idea-8 = Get patient and staff feedback using surveys or interviews
pdsa-idea-9 = A standard reception script with clear messaging on benefits
pdsa-idea-10 = Target cohorts: frequent attenders, 20–35 year olds, high risk of missed appointments, carers
pdsa-idea-11 = Promotional material in English and the borough's other languages
pdsa-idea-12 = Training for the practice team in registration, benefits and use
pdsa-idea-13 = Clinicians offer record access in every appointment
cohort-none = No target group
error-code-period-empty = The end date is before the start date.
error-code-pdsa-title = Give the test of change a title (up to 120 characters).
error-code-no-such-pdsa-cycle = That test of change no longer exists.
error-code-export-failed = The file could not be saved. Check there is space on the tablet, then try again.
error-code-report-failed = The report could not be drawn. Try a shorter period.

## Patients' details, the practice key, retention and backups (issue 7)

error-code-key-unavailable = This account cannot open patients' details yet: it was made before they were encrypted. Ask an administrator to reset your PIN, then log in again.
error-code-key-damaged = The practice key or a patient's details on this tablet are damaged or were changed. Patients' details cannot be opened: an administrator can restore a backup.
error-code-wrong-recovery-passphrase = That recovery passphrase is not right. Check it against the paper copy and try again.
error-code-not-a-backup = That file is not an Access Kiosk backup.
error-code-backup-damaged = That backup file is damaged or incomplete (perhaps the copy did not finish). Try another copy.
error-code-backup-wrong-passphrase = Wrong backup passphrase.
error-code-backup-tampered = That backup file was changed after it was made. Do not restore it, and tell the practice manager.
error-code-format-too-new = That was made by a newer version of Access Kiosk. Update the app on this tablet first.
error-code-backup-passphrase-too-short = Use a backup passphrase of at least 12 characters.
error-code-backup-too-large = The database is too large to back up this way.
error-code-random-failed = The tablet could not make secure random numbers. Restart it and try again.
error-code-backup-failed = The backup could not be written. Check there is space on the tablet.
error-code-no-such-backup = There is no backup file of that name in the backups folder.
error-code-restore-refused = That backup does not hold a sound kiosk database, so nothing was changed.

recovery-title = Write down the recovery passphrase
recovery-intro = Patients' details on this kiosk are locked with the practice key. Staff PINs unlock it. If every administrator forgets their PIN, only this recovery passphrase can unlock it. It is shown now and never again.
recovery-keep = Write it on paper, exactly as shown, and keep it locked away from the tablet (for example in the practice safe). Do not photograph it or save it on a computer. Anyone with it and a copy of the database can read patients' details.
recovery-written = I have written down the recovery passphrase and will keep it safe
recovery-continue = Continue
recovery-tick-first = Tick the box once you have written the passphrase down. It will not be shown again.
recovery-passphrase = Recovery passphrase
recovery-forgot-pin = Forgotten PIN? Use the recovery passphrase
recovery-set-pin = Set the new PIN
recovery-pin-set = PIN changed. Log in with the new PIN.
details-purged = Details deleted (retention period)
details-unreadable = Details cannot be opened
backup-title = Encrypted backup
backup-saved = Backup saved:
restore-title = Restore from a backup
restore-intro = Replaces this kiosk's data with an encrypted backup from the backups folder of the data folder; the audit log is kept. Staff PINs work only on the tablet that made the backup: on another tablet the administrator uses the recovery passphrase (Forgotten PIN?), then resets the other PINs. On a new tablet, type the set-up code above first.
restore-none = There are no backups in the backups folder. Copy a backup file (ending .age, or .akbackup from an older version) into it, then open this screen again.
restore-file = Backup file
restore-go = Restore this backup
training-start = Start training
training-end = End training (removes training data)
quit-title = Close the kiosk app
quit-hint = The kiosk fills the screen and cannot be closed from the patient side. Close it here for updates or maintenance; it opens again at the next login or restart.
quit-app = Close the kiosk app

## Settings (administrators) and first-run setup

tab-settings = Settings
settings-first-run-title = Set up this practice
settings-first-run-intro = Check each setting for this practice and tablet, then save. You can change them later from staff mode: Settings.
settings-title = Practice settings
settings-applied-at-once = Saved settings apply at once; the kiosk does not need a restart. Every change is written in the audit log.
settings-practice-name = Practice name
settings-practice-name-hint = Shown on the kiosk's screens and printed on patients' slips.
settings-ods-code = ODS code
settings-ods-code-hint = The practice's organisation code: one capital letter and five digits, for example F84001.
settings-registration-url = Registration web address
settings-registration-url-hint = Where the QR code on the slip and the attract screen leads patients. It must start with https://
settings-languages = Languages offered
settings-languages-hint = The languages patients can choose on this tablet. English is always offered.
settings-channel = This tablet's place
settings-channel-hint = Where patients meet this tablet. Sign-ups started here are counted under it in reports.
settings-printer = Printer
settings-printer-hint = The print queue name for slips (as set up on the tablet, without spaces). Leave empty if this tablet has no printer.
settings-slip-layout = Slip paper
settings-slip-layout-hint = The paper the printer uses for slips.
settings-layout-receipt-80mm = Receipt roll, 80 mm
settings-layout-a5 = A5
settings-layout-a4 = A4
settings-idle-seconds = Seconds before "Are you still there?"
settings-idle-seconds-hint = How long the kiosk waits without a touch before asking the patient if they are still there (5 to 3600).
settings-idle-countdown-seconds = Seconds to answer before the form is wiped
settings-idle-countdown-seconds-hint = How long the "Are you still there?" countdown lasts before the patient's answers are wiped (1 to 300).
settings-retention-days-after-close = Days to keep details after a sign-up closes
settings-retention-days-after-close-hint = After a sign-up is coded, declined or withdrawn, the patient's personal details are deleted after this many days. Report counts are kept (1 to 3650).
settings-retention-days-if-inactive = Days to keep details of an inactive sign-up
settings-retention-days-if-inactive-hint = An open sign-up with no activity for this many days has its personal details deleted (1 to 3650).
settings-from-pack = Set by the process pack
settings-identity-methods = Identity checks allowed
settings-save = Save settings
settings-save-continue = Save and continue
settings-saved = Settings saved and in use.
settings-error-practice-name = Enter the practice's name (up to 100 characters).
settings-error-ods-code = Enter an ODS code of one capital letter and five digits, for example F84001.
settings-error-registration-url = Enter a web address starting with https:// (up to 300 characters, no spaces).
settings-error-languages-none = Choose at least one language.
settings-error-languages-unknown = One of the languages has no translation on this kiosk.
settings-error-printer = Enter the print queue name without spaces (up to 127 characters), or leave it empty.
settings-error-idle-seconds = Enter a number of seconds from 5 to 3600.
settings-error-idle-countdown-seconds = Enter a number of seconds from 1 to 300.
settings-error-retention-days = Enter a number of days from 1 to 3650.
error-code-invalid-settings = Some settings need checking: see the messages beside them.
error-code-settings-not-saved = The settings could not be saved. Check there is space on the tablet, then try again.
error-step-method-not-allowed = This practice does not use that identity check.

## Process pack

pack-title = Process pack
pack-intro = A process pack is a file the borough team publishes: the script's wording, languages, identity checks, the codes staff add in the clinical system, the proxy review age and retention periods. Put it in the data folder's packs folder, then choose it here. It never changes this practice's name, ODS code or printer.
pack-name = Pack in use
pack-version = Version
pack-date = Date
pack-none = None imported
pack-choose = Pack file
pack-no-files = There are no pack files in the data folder's packs folder.
pack-show-changes = Show what will change
pack-will-change = Importing this pack will change:
pack-nothing-changes = Nothing will change: this kiosk already uses everything in this pack.
pack-col-setting = Setting
pack-col-current = Now
pack-col-new = After importing
pack-col-language = Language
pack-col-messages = Wording changed
pack-confirm = Import this pack
pack-cancel = Cancel
pack-imported = Imported { $name }, version { $version }. The changes are in use and in the audit log.
pack-export-title = Export the settings as a pack
pack-export-intro = Saves this kiosk's shared settings and wording as a pack file in the packs folder, to check or share. The practice's name, ODS code and printer are left out.
pack-export = Export as a pack
pack-exported = Saved as { $file } in the packs folder.
error-code-pack-refused = That pack cannot be imported. Nothing was changed.
pack-error-no-such-pack = There is no pack file called { $file } in the packs folder. Nothing was changed.
pack-error-unreadable = The pack file cannot be read ({ $problem }). Nothing was changed.
pack-error-malformed = The pack file is not valid on line { $line }: { $problem }. Nothing was changed.
pack-error-format = This pack is format { $format }, but this kiosk reads format { $supported }. Update the app first. Nothing was changed.
pack-error-header = The pack needs a name, a version and a date in its [pack] section. Nothing was changed.
pack-error-practice-own = The pack tries to set { $setting }, which belongs to the practice and is never imported. Ask the borough team for a pack without it. Nothing was changed.
pack-error-unknown-language = The pack names the language { $language }, which has no translation on this kiosk. Nothing was changed.
pack-error-unknown-identity-method = The pack names the identity check { $method }, which this kiosk does not know. Nothing was changed.
pack-error-invalid-setting = The pack's setting { $setting } { $problem }. Nothing was changed.
pack-error-unknown-message = The pack rewords { $id } ({ $locale }), but the kiosk has no message with that name. Nothing was changed.
pack-error-bad-message = The pack's wording for { $id } ({ $locale }) is not valid: { $problem }. Nothing was changed.
