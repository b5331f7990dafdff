# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Questo schermo non è ancora configurato.
not-set-up-ask = Chieda alla reception, per favore.
error-code-not-set-up = Questo schermo non è ancora configurato. Chieda alla reception, per favore.
