# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = এই কিয়স্কটি এখনও চালু করা হয়নি।
not-set-up-ask = অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।
error-code-not-set-up = এই কিয়স্কটি এখনও চালু করা হয়নি। অনুগ্রহ করে রিসেপশনে জিজ্ঞেস করুন।
