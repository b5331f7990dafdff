### Access Kiosk: the on-screen keyboard's key names in Sylheti.
### Sylheti's screens show the Bengali text (status.toml: text_from = "bn"), so its keys
### are named by bn/keyboard.ftl; a message here would override one of them.
