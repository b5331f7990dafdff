# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Acest ecran nu este încă pregătit.
not-set-up-ask = Vă rugăm să întrebați la recepție.
error-code-not-set-up = Acest ecran nu este încă pregătit. Vă rugăm să întrebați la recepție.
