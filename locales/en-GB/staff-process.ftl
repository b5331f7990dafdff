### Access Kiosk: today's sign-up process, the staff face (English only).

## Dates typed in three parts

date-day = Day
date-month = Month
date-year = Year
error-code-not-a-date = Enter a real date: day, month and a 4-digit year.

## The sign-up at a glance

journey-proxy-person = Proxy (asking for the patient)
journey-path = Way in
path-adult = 16 or over, for themselves
path-young-person = 13 to 15: the practice talks with them first (competence)
path-proxy = A proxy asking for the patient
path-tag-young-person = 13–15
path-tag-proxy = Proxy
path-tag-nhs-app = NHS App verified
path-tag-older-record = Older record
journey-nhs-app = NHS App
journey-nhs-app-verified = Says verified in the NHS App with photo ID (NHS login P9)
journey-nhs-app-started = Started in the NHS App, not finished
journey-nhs-app-no = No NHS App
journey-nhs-app-not-sure = Not sure
journey-nhs-app-not-asked = Not asked (sign-up from before this question)
journey-wants-nothing = Nothing ticked
journey-documents-not-needed = Not needed: verified in the NHS App
journey-access = Access given
journey-services-on = Online services on
journey-services-off = Online services off
journey-older-record = Older record
journey-proxy = Proxy access

## 3. Identity

id-proxy-heading = The proxy, at the desk
id-patient-heading = The patient
id-done = Identity checked.
doc-uk-driving-licence-full = UK driving licence (full)
doc-uk-driving-licence-provisional = UK driving licence (provisional)
doc-eu-driving-licence-full = EU driving licence (full)

## 4. Access

access-services = Online services: appointments and repeat prescriptions
access-new-entries = New record entries
access-new-entries-hint = On by default for everyone 16 and over since 31 October 2023. Record "withheld" only after a clinician's enhanced review; the enhanced-review code then goes on the worklist.
new-entries-on = On
new-entries-opted-out = The patient opted out
new-entries-withheld = Withheld after a clinician's enhanced review
new-entries-not-recorded = New entries not part of this access (recorded before 2023's default)
new-entries-not-recorded-proxy = New record entries: not recorded for the patient (a proxy's sign-up: the proxy's scope says what they see)
access-new-entries-child-proxy = Not recorded: the patient is under 16, so their own new record entries are not on by default. What the proxy may see is the scope below.
access-young-person = 13 to 15: record access only after a clinician has considered their competence (Gillick). Online services can be given now.
access-competence = A clinician has considered their competence and agrees to record access
access-done = Access is recorded.
access-after-identity = Check identity first.
proxy-hint = Access must be necessary, relevant and safe. Record the basis, the kind of evidence seen (never numbers or copies), who decided, what the proxy may do, and a review or end date.
proxy-evidence = Evidence seen for the basis (the kind only)
proxy-evidence-hint = Never write down numbers or keep copies.
evidence-birth-or-adoption-certificate = Birth or adoption certificate naming the parent
evidence-parental-order = Parental order
evidence-parental-responsibility-agreement-or-order = Parental responsibility agreement or order
evidence-special-guardianship-order = Special guardianship order
evidence-care-order = Care order (local authority)
evidence-patient-consent-in-person = The patient agreed in person, in private
evidence-signed-consent-form = The patient's signed consent form
evidence-lasting-power-of-attorney-document = Registered Lasting Power of Attorney (health and welfare)
evidence-deputyship-order = Court order appointing a personal welfare deputy
evidence-capacity-assessment = Capacity assessment and best-interests decision
proxy-evidence-not-recorded = evidence not recorded (proxy from before this version)
proxy-decided-by = Who decided (name and role)
proxy-scope = What the proxy may do and see
proxy-scope-services = Appointments and repeat prescriptions
proxy-scope-new-entries = The record from now on
proxy-scope-older-record = The older record, once a clinician grants it
proxy-scope-older-hint = The older record is not given with the access: ask for it below as a request of its own, which a clinician reviews.
proxy-dates-hint = For a child the review is set at { $age } and the access is suspended at 16, worked out from the date of birth. For an adult give a review date, an end date or both.
proxy-review-on = Review on
proxy-ends-on = Ends on
proxy-suspend-on = Suspended at 16 on
proxy-no-dates = no review or end date recorded
proxy-status-active = active
proxy-status-suspended = suspended
proxy-status-ended = ended

## 5. The older record

script-step-older = 5. The older record
older-asked = The patient asked for their older record.
older-after-identity = The older record can be asked for once identity is checked.
older-young-person-competence = For a 13 to 15 year old the older record can be asked for only once access is granted with a clinician's competence assessment.
older-scope-full-record = Full record (coded entries, free text and documents)
older-scope-detailed-coded-record = Detailed coded record (no free text)
step-older-record-requested = Request the older record
older-waiting = Waiting for a clinician's decision. Practices quote up to about three weeks.
older-review-hint = A clinician reviews the older record before it is released (third-party information, anything that could harm). Record their decision here.
older-granted-from = Granted from
older-reviewed-by = Clinician who reviewed it (name and role)
older-requested-on = requested
step-older-record-granted = Granted
step-older-record-declined = Declined (no reason is kept)
step-older-record-withdrawn = Withdrawn
older-status-requested = waiting for a clinician
older-status-granted = granted
older-status-declined = declined
older-status-withdrawn = withdrawn

## 6. Codes, later changes, proxy reviews

new-entries-change = Change new entries later
new-entries-young-person-not-assessed = Access was granted without a clinician's competence assessment: new entries cannot be switched on for this 13 to 15 year old on this sign-up. A clinician considers their competence at a new sign-up.
step-new-entries-changed = Change new entries
proxy-review-title = Proxy review
proxy-next-review = Next review on
step-proxy-reviewed = Reviewed: keep the access
step-proxy-suspended = Suspend (at 16, or on review)
step-proxy-ended = End the proxy access

## The slip

print-no-letter-needed = Verified in the NHS App: no registration letter is needed. The slip tells them how to see their record now.
print-linkage-expiry = A linkage key works once and expires two weeks after printing: the slip gives the date, in the patient's language.

## The history

event-interest-registered = Interest registered
event-identity-pending = Identity check pending
event-identity-verified = Identity verified
event-access-granted = Access granted
event-proxy-access-granted = Proxy access granted
event-coded-9iw = Sign-up code added
event-code-added = Code added
event-new-entries-changed = New entries changed
event-older-record-requested = Older record requested
event-older-record-granted = Older record granted
event-older-record-declined = Older record declined
event-older-record-withdrawn = Older record request withdrawn
event-proxy-reviewed = Proxy access reviewed
event-proxy-suspended = Proxy access suspended
event-proxy-ended = Proxy access ended
event-declined = Declined
event-withdrawn = Withdrawn
event-could-not-verify = Could not verify
event-cohorts-tagged = Cohorts tagged
event-slip-printed = Slip printed

## Codes staff add in the clinical system

code-system-read-v2 = Read v2
code-system-ctv3 = CTV3
code-system-snomed-ct = SNOMED CT
code-system-local = Local code
code-for-sign-up = Every patient given online access
code-for-enhanced-review = New entries withheld after an enhanced review
code-for-enhanced-review-not-indicated = A clinician lifts the withholding (enhanced review not needed)
worklist-codes-caption = The codes this practice adds
code-col-for = When
code-col-system = System
code-col-code = Code
code-col-term = Term

## The worklists of the process's own tasks

tab-older-records = Older records
tab-proxy-reviews = Proxy reviews
# After the number on a task tab's badge, for screen readers ("Proxy reviews, 2 waiting").
tab-count-waiting = waiting
older-worklist-intro = Requests for the older record waiting for a clinician, and patients who asked for it at the kiosk with no request made yet, oldest first. Open one to make the request or record the decision.
older-worklist-empty = No older-record requests are waiting.
older-col-scope = Asked for
older-col-requested = Requested on
older-col-waiting = Waiting
older-asked-not-requested = Asked at the kiosk, not yet requested
proxy-worklist-intro = Proxy accesses due for review, an end date or the suspension at 16 in the coming weeks (or past), and any with no date recorded. Tell both people beforehand.
proxy-worklist-empty = No proxy access is due for review.
proxy-col-patient = Patient
proxy-col-proxy = Proxy
proxy-col-basis = Basis
proxy-col-due = Due
proxy-due-review = Review
proxy-due-end = Ends
proxy-due-suspension = Suspend at 16
proxy-due-no-date = No review or end date: set one

## Settings: codes and proxy reviews

settings-codes-title = Codes staff add in the clinical system
settings-codes-intro = Each code is a system, a code and its term, as your clinical system's code picker shows it. The coding worklist shows them with a tick each.
settings-code-system = System
settings-code-code = Code
settings-code-term = Term
settings-error-code-snomed = A SNOMED CT concept id is 6 to 18 digits and its last digit must check: copy it again from the code picker.
settings-error-code-read = A Read v2 or CTV3 code is 1 to 5 letters, digits or dots.
settings-error-code-local = A local code is 1 to 20 characters without spaces.
settings-error-code-term = Enter the code's term (up to 200 characters).
settings-proxy-title = Proxy access for children
settings-proxy-review-age = Review a child's proxy access at
settings-proxy-review-age-hint = The age (11 to 13; the RCGP suggests 11) at which a child's proxy access is reviewed. It is suspended at 16 whatever this says.
settings-proxy-notice-days = Days' notice on the proxy worklist
settings-proxy-notice-days-hint = How many days before a review, an end or the suspension at 16 the worklist shows it, so both people can be told (1 to 180).
settings-error-proxy-review-age = Choose 11, 12 or 13.
settings-error-proxy-notice-days = Enter a number of days from 1 to 180.

## Step refusals

error-step-patient-identity-missing = For someone else's record, check the patient's identity as well as the proxy's.
error-step-not-for-someone-else = This sign-up is for the patient themselves: there is no proxy to record.
error-step-proxy-details-missing = For someone else's record, record the proxy's basis, evidence and dates.
error-step-competence-not-assessed = A 13 to 15 year old's record needs a clinician to consider their competence first.
error-step-new-entries-missing = Say whether the patient's new record entries are on, opted out or withheld.
error-step-proxy-older-record-not-reviewed = A proxy can see the older record only once a clinician has granted the older-record request on this sign-up.
error-step-evidence-missing = Tick the kind of evidence seen for the basis.
error-step-evidence-does-not-fit-basis = That evidence does not show that basis.
error-step-decider-missing = Say who decided.
error-step-scope-missing = Choose what the proxy may do and see.
error-step-child-needs-parental-responsibility = A child under 16 can have a proxy only through parental responsibility.
error-step-parental-responsibility-ends-at-sixteen = Parental responsibility ends at 16: the patient decides now (their consent, or another basis).
error-step-proxy-date-missing = An adult's proxy needs a review date, an end date or both.
error-step-proxy-date-not-ahead = Review and end dates must be after today.
error-step-proxy-past-sixteen = A child's proxy access stops at 16: no date can be later than their 16th birthday.
error-step-no-active-proxy = This sign-up has no proxy access to change.
error-step-code-not-due = That code is not waiting to be added.
error-step-no-access-yet = The patient has no online access yet.
error-step-nothing-changes = That is already the setting.
error-step-identity-first = Check the patient's identity first.
error-step-older-record-already-requested = The older record has already been asked for on this sign-up.
error-step-no-open-older-record-request = There is no older-record request waiting for a decision.
error-step-reviewer-missing = Name the clinician who reviewed the older record.
error-step-patient-details-gone = The patient's details were deleted: end this proxy access, or start a new sign-up.

## Reports: the process's own measures

measure-older-record-requested = Older record requested
measure-older-record-granted = Older record granted
measure-older-record-declined = Older record declined
measure-proxy-access-granted = Proxy access granted
measure-unit-older-record-requested = Requests per week
measure-unit-older-record-granted = Grants per week
measure-unit-older-record-declined = Declines per week
measure-unit-proxy-access-granted = Proxies per week
proxy-name-not-recorded = Not recorded (before this version)
