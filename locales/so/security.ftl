# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Mashiinkan weli lama diyaarin.
not-set-up-ask = Fadlan weydii miiska soo dhaweynta.
error-code-not-set-up = Mashiinkan weli lama diyaarin. Fadlan weydii miiska soo dhaweynta.
