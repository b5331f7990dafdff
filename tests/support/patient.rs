//! The patient's face as a patient works it: the interest form, part by part.

use crate::App;

/// The year someone born on 1 January of it is `age` today.
pub fn born_years_ago(age: i32) -> String {
    use chrono::Datelike;
    (chrono::Utc::now().date_naive().year() - age).to_string()
}

/// What a patient answers at the kiosk, part by part of the form (see [`App::answer`]).
#[derive(Clone)]
pub struct Answers<'a> {
    /// `verified`, `started`, `no` or `not-sure`.
    pub nhs_app: &'a str,
    pub for_someone_else: bool,
    /// The patient: the person whose record it is.
    pub first: &'a str,
    pub last: &'a str,
    pub dob: (&'a str, &'a str, &'a str),
    pub nhs_number: &'a str,
    /// A proxy's own first and last name, relationship and basis (radio test ids).
    pub carer: Option<(&'a str, &'a str, &'a str, &'a str)>,
    pub mobile: &'a str,
    pub email: &'a str,
    /// Answers on the "what would you like" part to tap (toggle), by test id.
    pub toggle: &'a [&'a str],
    /// The documents answer's test id, when the form asks it.
    pub documents: &'a str,
}

impl Default for Answers<'_> {
    fn default() -> Self {
        Answers {
            nhs_app: "no",
            for_someone_else: false,
            first: "Amina",
            last: "Begum",
            dob: ("12", "6", "1984"),
            nhs_number: "",
            carer: None,
            mobile: "07700 900555",
            email: "",
            toggle: &[],
            documents: "id-both",
        }
    }
}

impl App {
    /// From the attract screen to the interest form, in `language`, as a patient taps.
    pub async fn open_form_in(&self, language: &str) {
        self.tap("attract-start").await;
        self.tap(&format!("language-{language}")).await;
        self.find("benefits-screen").await;
        self.tap("benefits-interested").await;
        self.find("form-screen").await;
    }

    /// The part of the interest form on screen (`nhs-app`, `for-whom`, `about`, …).
    pub async fn current_part(&self) -> String {
        self.js(
            "const f = document.querySelector('[data-testid=interest-form]'); \
             return f ? f.dataset.part : '';",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Waits until `part` of the form is the one on screen.
    pub async fn wait_part(&self, part: &str) {
        self.wait_until(
            &format!("the form's {part} part"),
            &format!(
                "(() => {{ const p = document.querySelector('[data-testid=part-{part}]'); \
                 return p && !p.hidden && p.closest('form').dataset.part === '{part}'; }})()"
            ),
        )
        .await;
    }

    /// Taps "Next" on `from` and returns the part it leads to (`from` again when the page
    /// shows problems to fix).
    pub async fn next_from(&self, from: &str) -> String {
        self.tap("form-next").await;
        self.wait_until(
            &format!("leaving the {from} part, or its problems shown"),
            &format!(
                "(() => {{ const f = document.querySelector('[data-testid=interest-form]'); \
                 const s = document.querySelector('[data-testid=error-summary]'); \
                 return f && (f.dataset.part !== '{from}' || (s && !s.hidden)); }})()"
            ),
        )
        .await;
        self.current_part().await
    }

    /// Answers the form from its first part to its last as a patient taps, and leaves
    /// "Send" to the caller. Each "Next" is checked in Rust, which decides the path.
    pub async fn answer(&self, a: &Answers<'_>) {
        self.wait_part("nhs-app").await;
        self.tap(&format!("nhs-app-{}", a.nhs_app)).await;
        assert_eq!(self.next_from("nhs-app").await, "for-whom");
        self.tap(if a.for_someone_else {
            "for-someone-else"
        } else {
            "for-me"
        })
        .await;
        assert_eq!(self.next_from("for-whom").await, "about");
        // Whose details these are, said before any date of birth decides the path.
        let said = self
            .js(
                "return [document.querySelector('[data-slot=about-title]').dataset.l10n, \
                        document.querySelector('#name-hint').dataset.l10n];",
            )
            .await;
        let expected = if a.for_someone_else {
            ["about-title-someone-else", "form-name-hint-someone-else"]
        } else {
            ["about-title-me", "form-name-hint"]
        };
        assert_eq!(
            said,
            serde_json::json!(expected),
            "the about part's title and hint"
        );
        self.fill(&[
            ("first-name", a.first),
            ("last-name", a.last),
            ("dob-day", a.dob.0),
            ("dob-month", a.dob.1),
            ("dob-year", a.dob.2),
            ("nhs-number", a.nhs_number),
        ])
        .await;
        let mut part = self.next_from("about").await;
        if part == "young-person" {
            part = self.next_from("young-person").await;
        }
        if part == "carer" {
            let (first, last, relationship, basis) = a.carer.expect("a proxy's own details");
            self.fill(&[("carer-first-name", first), ("carer-last-name", last)])
                .await;
            assert_eq!(self.next_from("carer").await, "relationship");
            self.tap(relationship).await;
            assert_eq!(self.next_from("relationship").await, "basis");
            self.tap(basis).await;
            part = self.next_from("basis").await;
        }
        assert_eq!(part, "contact", "the form leads to the contact part");
        self.fill(&[("mobile", a.mobile), ("email", a.email)]).await;
        assert_eq!(self.next_from("contact").await, "wants");
        for t in a.toggle {
            self.tap(t).await;
        }
        let documents = a.for_someone_else || a.nhs_app != "verified";
        if documents {
            assert_eq!(self.next_from("wants").await, "documents");
            self.tap(a.documents).await;
        }
    }

    /// Types each value into the field with that `data-testid`, in order.
    pub async fn fill(&self, fields: &[(&str, &str)]) {
        for (testid, value) in fields {
            self.type_into(testid, value).await;
        }
    }

    /// Opens the form in `language`, fills it as a patient would (first name `first`) and
    /// taps send, without waiting for what comes back.
    pub async fn send_interest_form(&self, language: &str, first: &str) {
        self.open_form_in(language).await;
        self.answer(&Answers {
            first,
            ..Answers::default()
        })
        .await;
        self.tap("form-submit").await;
    }

    /// A patient registers interest at the kiosk in `language` (a fixed, valid form with
    /// first name `first`) and finishes; returns the journey's reference.
    pub async fn register_interest(&self, language: &str, first: &str) -> String {
        self.send_interest_form(language, first).await;
        self.find("confirmation-screen").await;
        let reference = self.text_of("reference").await;
        self.tap("confirm-finish").await;
        self.wait_for_fresh_page().await;
        reference
    }
}
