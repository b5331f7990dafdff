### Access Kiosk: text for staff. English only for now; other locales fall back to it.

about-title = About this kiosk
about-version = Version
about-data-folder = Data folder
about-translations = Translations
about-language = Language
about-drafted-by = Drafted by
about-reviewed = Reviewed by a native speaker
about-reviewed-yes = Yes
about-reviewed-no = No — review before go-live
about-notes = Notes
about-override-problems = Practice wording that could not be used
about-no-problems = None: all practice wording is in use.
about-close = Close
