//! Stored faithfully: what is accepted comes back from the database exactly.

use super::*;

// ---- Stored faithfully: what is accepted comes back from the database exactly -------------

/// Email addresses that pass the shape check but carry markup or SQL.
fn hostile_email() -> impl Strategy<Value = String> {
    (
        prop::sample::select(
            &[
                "<img/src=x/onerror=alert(1)>",
                "robert');DROP/**/TABLE/**/journey;--",
                "'OR'1'='1",
                "\"><script>alert(1)</script>",
                "%_\\",
                "a",
            ][..],
        ),
        "[a-z]{1,8}",
    )
        .prop_map(|(local, domain)| format!("{local}@{domain}.example.org"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn accepted_answers_are_stored_and_read_back_exactly(
        first in real_name(), last in real_name(), email in hostile_email()
    ) {
        let kiosk = unlocked_kiosk();
        let form = InterestForm {
            first_name: first.clone(),
            last_name: last.clone(),
            dob_day: "29".into(),
            dob_month: "2".into(),
            dob_year: "2000".into(),
            email: email.clone(),
            nhs_app: Some(NhsApp::NotSure),
            id_documents: Some(IdDocumentsToday::Both),
            ..Default::default()
        };
        let c = kiosk.submit_interest(&form, "ur", Utc::now()).unwrap();
        // Read back as the staff face does: unsealed with the logged-in officer's key.
        let found = kiosk.queue(&c.reference, Utc::now()).unwrap();
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].first_name, &first);
        prop_assert_eq!(&found[0].last_name, &last);
    }
}

/// One kiosk for every case, with an administrator logged in (a PIN wrap costs Argon2id's
/// full work factor, too slow to repeat for each case).
fn unlocked_kiosk() -> &'static access_kiosk_core::kiosk::Kiosk {
    type Unlocked = (tempfile::TempDir, access_kiosk_core::kiosk::Kiosk, String);
    static KIOSK: std::sync::OnceLock<Unlocked> = std::sync::OnceLock::new();
    let (_, kiosk, token) = KIOSK.get_or_init(|| {
        let (dir, kiosk) = access_kiosk_core::testing::open_kiosk();
        let admin = access_kiosk_core::testing::set_up(&kiosk, "Pat Property", "583016");
        let token = kiosk
            .log_in(admin.member.id, "583016", Utc::now())
            .unwrap()
            .token
            .unwrap();
        (dir, kiosk, token)
    });
    // Each test thread calls it as the page that logged in.
    access_kiosk_core::staff::present_on_this_thread(token);
    kiosk
}
