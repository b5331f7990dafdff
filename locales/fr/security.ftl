# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Cette borne n'est pas encore configurée.
not-set-up-ask = Veuillez demander à l'accueil.
error-code-not-set-up = Cette borne n'est pas encore configurée. Veuillez demander à l'accueil.
