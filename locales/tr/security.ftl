# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Bu cihaz henüz kurulmadı.
not-set-up-ask = Lütfen resepsiyona sorun.
error-code-not-set-up = Bu cihaz henüz kurulmadı. Lütfen resepsiyona sorun.
