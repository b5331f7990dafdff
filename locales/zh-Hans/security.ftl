# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).
# Machine-drafted with the rest of this locale: to be reviewed by a native speaker (status.toml).

not-set-up-title = 这台机器还没有设置好。
not-set-up-ask = 请到前台询问。
error-code-not-set-up = 这台机器还没有设置好。 请到前台询问。
