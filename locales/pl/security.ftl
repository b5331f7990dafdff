# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = To urządzenie nie jest jeszcze skonfigurowane.
not-set-up-ask = Zapytaj w recepcji.
error-code-not-set-up = To urządzenie nie jest jeszcze skonfigurowane. Zapytaj w recepcji.
