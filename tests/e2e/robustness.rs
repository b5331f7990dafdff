//! Faults and hostile input against the real app: a damaged database, one from a newer
//! version, a file or a read-only disk where the data folder should be; a disk that fills
//! up while a patient saves; and names that are markup, or mix scripts and joiners.
//!
//! The read-only and full disks are small tmpfs mounts (tests run as root in CI, where
//! `chmod` stops nothing). Where mounting is not permitted those two tests say so and pass
//! without checking.

use std::path::{Path, PathBuf};
use std::process::Command;

use access_kiosk_e2e::{shipped_message, Answers, App, Practice};
use serde_json::json;

/// A tmpfs mounted over a folder; lazily unmounted when dropped, even if the test failed.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(on: &Path, size: &str) -> Option<Mount> {
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(on)
            .output()
            .ok()?;
        if out.status.success() {
            Some(Mount(on.to_owned()))
        } else {
            eprintln!(
                "SKIPPED: cannot mount a tmpfs ({}): this test needs root with mount \
                 permission, as CI has",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            None
        }
    }

    fn read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount {} read-only", self.0.display());
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Whether `mount` works here, tried on a throwaway folder.
fn can_mount() -> bool {
    let probe = tempfile::tempdir().unwrap();
    Mount::tmpfs(probe.path(), "64k").is_some()
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

async fn startup_problem(app: &App) -> String {
    app.find("startup-failed-screen").await;
    app.text_of("startup-problem").await
}

// ---- Faults at start -----------------------------------------------------------------

#[tokio::test(flavor = "current_thread")]
async fn a_damaged_database_stops_the_start_with_a_message_and_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.toml"), Practice::default().toml).unwrap();
    let junk = b"SQLite format 3\0 but then a torn page: milk, eggs, bread, tea ".repeat(300);
    std::fs::write(dir.path().join("kiosk.sqlite3"), &junk).unwrap();
    let app = App::launch_in(dir).await;
    let problem = startup_problem(&app).await;
    assert!(
        problem.contains("not a kiosk database or is damaged")
            && problem.contains("left untouched"),
        "{problem}"
    );
    assert_eq!(
        std::fs::read(app.data_dir.path().join("kiosk.sqlite3")).unwrap(),
        junk,
        "the damaged file is not overwritten"
    );
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_database_from_a_newer_version_stops_the_start_and_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.toml"), Practice::default().toml).unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(
            "CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES (42);
             PRAGMA user_version = 99;",
        )
        .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let app = App::launch_in(dir).await;
    let problem = startup_problem(&app).await;
    assert!(
        problem.contains("newer version of Access Kiosk") && problem.contains("schema 99"),
        "{problem}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
    app.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_file_where_the_data_folder_should_be_is_named_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    // The data folder's path is taken by a file (a backup copied to the wrong place, say).
    std::fs::remove_dir(dir.path()).unwrap();
    std::fs::write(dir.path(), "not a folder").unwrap();
    let app = App::launch_in(dir).await;
    let problem = startup_problem(&app).await;
    assert!(problem.contains("is not a folder"), "{problem}");
    // Patients are told in plain words to ask at reception.
    let title = shipped_message("en-GB", "startup-failed-title");
    app.wait_until(
        "the title for patients",
        &format!(
            "document.querySelector('[data-testid=startup-failed-screen] h1').textContent === {}",
            json!(title)
        ),
    )
    .await;
    assert_eq!(
        std::fs::read_to_string(app.data_dir.path()).unwrap(),
        "not a folder"
    );
    let path = app.data_dir.path().to_owned();
    app.close().await;
    let _ = std::fs::remove_file(path);
}

#[tokio::test(flavor = "current_thread")]
async fn a_data_folder_on_a_read_only_disk_stops_the_start_and_nothing_is_written() {
    if !can_mount() {
        return;
    }
    let mut mount = None;
    let mut before = Vec::new();
    let app = App::launch_with(Practice::default(), |dir| {
        let m = Mount::tmpfs(dir, "4m").expect("mount");
        std::fs::write(dir.join("practice.toml"), Practice::default().toml).unwrap();
        let c = rusqlite::Connection::open(dir.join("kiosk.sqlite3")).unwrap();
        c.execute_batch("CREATE TABLE kept (x); INSERT INTO kept VALUES ('yesterday');")
            .unwrap();
        drop(c);
        m.read_only();
        before = snapshot(dir);
        mount = Some(m);
    })
    .await;
    let problem = startup_problem(&app).await;
    assert!(
        problem.contains("cannot write in the data folder") && problem.contains("Read-only"),
        "{problem}"
    );
    assert_eq!(snapshot(app.data_dir.path()), before);
    let path = app.data_dir.path().to_owned();
    app.close().await;
    drop(mount);
    let _ = std::fs::remove_dir_all(path);
}

// ---- A full disk while saving ---------------------------------------------------------

/// Writes a filler file until the disk refuses more.
fn fill_disk(dir: &Path) -> PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let block = vec![0x55u8; 64 * 1024];
    while f.write_all(&block).is_ok() {}
    while f.write_all(&[0x55]).is_ok() {}
    let _ = f.sync_all();
    path
}

#[tokio::test(flavor = "current_thread")]
async fn a_full_disk_keeps_the_form_says_so_in_the_patients_language_and_saves_once_space_returns()
{
    if !can_mount() {
        return;
    }
    let mut mount = None;
    let app = App::launch_with(Practice::default(), |dir| {
        mount = Some(Mount::tmpfs(dir, "4m").expect("mount"));
        std::fs::write(dir.join("practice.toml"), Practice::default().toml).unwrap();
    })
    .await;
    let fields = [
        ("first-name", "রহিমা"),
        ("last-name", "বেগম"),
        ("dob-day", "7"),
        ("dob-month", "3"),
        ("dob-year", "1990"),
        ("mobile", "07700 900456"),
        ("email", "rahima@example.org"),
    ];
    app.open_form_in("bn").await;
    app.answer(&Answers {
        first: "রহিমা",
        last: "বেগম",
        dob: ("7", "3", "1990"),
        mobile: "07700 900456",
        email: "rahima@example.org",
        ..Answers::default()
    })
    .await;

    let filler = fill_disk(app.data_dir.path());
    app.tap("form-submit").await;
    app.wait_until(
        "the disk-full message",
        "!document.querySelector('[data-testid=form-problem]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("form-problem").await,
        shipped_message("bn", "error-code-disk-full"),
        "the patient is told in Bengali"
    );
    app.save_screenshot("disk-full-bn").await;
    assert!(app.present("form-screen").await && !app.present("confirmation-screen").await);
    for (testid, typed) in fields {
        assert_eq!(app.value_of(testid).await, typed, "{testid} is kept");
    }
    assert_eq!(
        app.js("return document.querySelector('[data-testid=id-both]').checked")
            .await,
        json!(true)
    );
    {
        let db = app.database();
        let integrity: String = db
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok");
        let n: i64 = db
            .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "nothing half-saved");
    }

    // Space returns: the same press of the same button saves the same answers.
    std::fs::remove_file(filler).unwrap();
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    let reference = app.text_of("reference").await;
    let db = app.database();
    let integrity: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let locale: String = db
        .query_row(
            "SELECT locale FROM journey WHERE reference = ?1",
            [&reference],
            |r| r.get(0),
        )
        .expect("saved once space returned");
    assert_eq!(locale, "bn");
    drop(db);
    let path = app.data_dir.path().to_owned();
    app.close().await;
    drop(mount);
    let _ = std::fs::remove_dir_all(path);
}

// ---- Hostile input ---------------------------------------------------------------------

/// Makes `alert` (and its cousins) leave a mark instead of a dialog, so a script that ran
/// is seen.
const WATCH_FOR_SCRIPTS: &str = "window.__ran = []; \
    window.alert = (x) => window.__ran.push('alert ' + x); \
    window.confirm = window.prompt = window.alert; return true;";

async fn nothing_ran(app: &App) {
    // An onerror handler runs once the broken image fails to load: give it the chance.
    app.js("return await new Promise(r => setTimeout(() => r(true), 300));")
        .await;
    assert_eq!(
        app.js("return window.__ran").await,
        json!([]),
        "no script ran"
    );
    assert_eq!(
        app.js("return document.querySelectorAll('img[src=x], img[onerror]').length")
            .await,
        json!(0),
        "no image element was made from the text"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn markup_as_a_name_is_refused_clearly_and_hostile_but_valid_names_show_as_text() {
    const MARKUP: &str = "<img src=x onerror=alert(1)>";
    let app = App::launch(Practice::default()).await;
    app.js(WATCH_FOR_SCRIPTS).await;

    // At the kiosk the name is refused with the field's own message, and kept as typed.
    app.open_form_in("en-GB").await;
    app.tap("nhs-app-no").await;
    assert_eq!(app.next_from("nhs-app").await, "for-whom");
    assert_eq!(app.next_from("for-whom").await, "about");
    app.fill(&[
        ("first-name", MARKUP),
        ("last-name", "Begum"),
        ("dob-day", "12"),
        ("dob-month", "6"),
        ("dob-year", "1984"),
    ])
    .await;
    assert_eq!(app.next_from("about").await, "about");
    app.wait_until(
        "the name's message",
        "!document.querySelector('[data-testid=error-first-name]').hidden",
    )
    .await;
    assert_eq!(
        app.text_of("error-first-name").await,
        shipped_message("en-GB", "error-name-symbols")
    );
    assert_eq!(app.value_of("first-name").await, MARKUP);
    nothing_ran(&app).await;

    // A name mixing scripts, joiners, combining marks and an apostrophe is kept exactly.
    let first = "Zoë-রহিমা عائشہ\u{200C}بی";
    let last = "O'Brien-Nguye\u{0303}\u{0302}n 王";
    app.type_into("first-name", first).await;
    app.type_into("last-name", last).await;
    assert_eq!(app.next_from("about").await, "contact");
    app.type_into("mobile", "07700 900555").await;
    assert_eq!(app.next_from("contact").await, "wants");
    assert_eq!(app.next_from("wants").await, "documents");
    app.tap("id-both").await;
    app.tap("form-submit").await;
    app.find("confirmation-screen").await;
    let reference = app.text_of("reference").await;
    app.tap("confirm-finish").await;
    app.find("attract-screen").await;

    // A name sent straight to the command, bypassing the page: 10 MB, or a bidi override,
    // is refused with the field's code; nothing is stored.
    for (name, code) in [
        ("a".repeat(10 * 1024 * 1024), "name-too-long"),
        ("Ann\u{202E}nhoJ".to_owned(), "name-hidden-characters"),
        ("Robert'); DROP TABLE journey;--".to_owned(), "name-symbols"),
    ] {
        let answer = app
            .invoke(
                "submit_interest",
                json!({ "locale": "en-GB", "form": {
                    "nhsApp": "no", "firstName": name, "lastName": "Begum", "dobDay": "1",
                    "dobMonth": "2", "dobYear": "1990", "mobile": "07700 900555",
                    "idDocuments": "both",
                }}),
            )
            .await;
        assert_eq!(answer["error"]["code"], "invalid-form");
        assert_eq!(
            answer["error"]["fields"],
            json!([{ "field": "first-name", "code": code }])
        );
    }

    // Staff: the queue shows the name as text, exactly; search with SQL in it finds nothing
    // and breaks nothing; a staff name that is markup is kept and shown as text.
    app.log_in_as_new_admin("Amir Admin", "402917").await;
    app.js(WATCH_FOR_SCRIPTS).await;
    app.find(&format!("row-{reference}")).await;
    let cell = app
        .js(&format!(
            "return document.querySelector('[data-testid=row-{reference}] td:nth-child(2)').textContent"
        ))
        .await;
    assert_eq!(cell, json!(format!("{first} {last}")));
    app.save_screenshot("hostile-name-in-queue").await;
    app.type_into("queue-search", "' OR '1'='1").await;
    app.wait_until(
        "the search to run",
        &format!("!document.querySelector('[data-testid=row-{reference}]')"),
    )
    .await;
    let count: i64 = app
        .database()
        .query_row("SELECT count(*) FROM journey", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1, "exactly the one journey, tables intact");

    app.tap("tab-staff").await;
    app.type_into("new-staff-name", MARKUP).await;
    app.type_into("new-staff-pin", "583920").await;
    app.tap("new-staff-add").await;
    app.wait_until(
        "the new member of staff in the list",
        &format!(
            "[...document.querySelectorAll('[data-testid^=staff-row-] td:first-child')]\
               .some(td => td.textContent === {})",
            json!(MARKUP)
        ),
    )
    .await;
    let staff = app.invoke("staff_state", json!({})).await;
    let member = staff["staff"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == MARKUP)
        .expect("the staff name is stored as typed")
        .clone();
    let row = format!("staff-row-{}", member["id"]);
    app.find(&row).await;
    assert_eq!(
        app.js(&format!(
            "return document.querySelector('[data-testid={row}] td').textContent"
        ))
        .await,
        json!(MARKUP)
    );
    nothing_ran(&app).await;
    app.close().await;
}
