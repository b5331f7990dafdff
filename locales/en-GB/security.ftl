# Issue 17: the patient face of a kiosk that is not set up yet (SECURITY.md).

not-set-up-title = This kiosk is not set up yet.
not-set-up-ask = Please ask at reception.
error-code-not-set-up = This kiosk is not set up yet. Please ask at reception.
