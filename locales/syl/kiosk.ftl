### Access Kiosk: Sylheti (ছিলটি / সিলেটি).
### Sylheti is mostly spoken, and many speakers read little Bengali, so recorded audio is
### this language's main channel. Its screens show the Bengali text (status.toml:
### text_from = "bn"); only what differs from Bengali lives here.

language-name = সিলেটি
