# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = یہ کیوسک ابھی تیار نہیں کیا گیا۔
not-set-up-ask = براہ کرم ریسیپشن پر پوچھیں۔
error-code-not-set-up = یہ کیوسک ابھی تیار نہیں کیا گیا۔ براہ کرم ریسیپشن پر پوچھیں۔
