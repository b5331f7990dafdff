# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = Este aparelho ainda não está configurado.
not-set-up-ask = Por favor, peça ajuda no balcão de atendimento.
error-code-not-set-up = Este aparelho ainda não está configurado. Por favor, peça ajuda no balcão de atendimento.
