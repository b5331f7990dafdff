# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = لم يتم إعداد هذا الجهاز بعد.
not-set-up-ask = يُرجى السؤال في مكتب الاستقبال.
error-code-not-set-up = لم يتم إعداد هذا الجهاز بعد. يُرجى السؤال في مكتب الاستقبال.
