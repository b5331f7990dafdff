# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Esta pantalla todavía no está preparada.
not-set-up-ask = Pregunte en recepción, por favor.
error-code-not-set-up = Esta pantalla todavía no está preparada. Pregunte en recepción, por favor.
