# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Šis įrenginys dar neparuoštas.
not-set-up-ask = Prašome kreiptis į registratūrą.
error-code-not-set-up = Šis įrenginys dar neparuoštas. Prašome kreiptis į registratūrą.
