//! Faults at start and while running, against real file systems: a data folder on a
//! read-only disk, one that cannot be read, and a disk that fills up while saving.
//!
//! Tests run as root in CI, where `chmod 000` stops nothing, so the unusable folder is a
//! read-only tmpfs mount and the full disk a small tmpfs (`mount -t tmpfs -o size=…`). Where
//! mounting is not permitted (not root, or a container without the capability) those tests
//! say so and pass without checking; `chmod 000` is then checked instead.

use std::path::{Path, PathBuf};
use std::process::Command;

use access_kiosk_core::data_dir::{self, DataDirError};
use access_kiosk_core::error::KioskError;
use access_kiosk_core::journey::{IdDocumentsToday, InterestForm};
use access_kiosk_core::kiosk::Kiosk;
use access_kiosk_core::store::{self, DATABASE_FILE};
use access_kiosk_core::testing::{open_kiosk_in, set_up_at};
use chrono::Utc;

fn form(first: &str) -> InterestForm {
    InterestForm {
        first_name: first.into(),
        last_name: "Begum".into(),
        dob_day: "7".into(),
        dob_month: "3".into(),
        dob_year: "1990".into(),
        mobile: "07700 900123".into(),
        nhs_app: Some(access_kiosk_core::journey::NhsApp::No),
        wants_services: true,
        id_documents: Some(IdDocumentsToday::Both),
        ..InterestForm::default()
    }
}

/// A tmpfs mounted on a fresh folder, unmounted when dropped.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// `None` (with the reason printed) where this process may not mount.
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output();
        match out {
            Ok(o) if o.status.success() => Some(Tmpfs { dir }),
            Ok(o) => {
                eprintln!(
                    "SKIPPED: cannot mount a tmpfs here ({}); this check needs root with mount \
                     permission, as CI has",
                    String::from_utf8_lossy(&o.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("SKIPPED: no mount command ({e})");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount_read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .status()
            .unwrap()
            .success();
        assert!(ok, "remount read-only");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// Every file under `dir` with its bytes, to prove nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| (e.path(), std::fs::read(e.path()).unwrap()))
        .collect();
    files.sort();
    files
}

/// Writes a filler file until the disk refuses more; returns its path.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    let block = vec![0x55u8; 64 * 1024];
    while f.write_all(&block).is_ok() {}
    while f.write_all(&[0x55]).is_ok() {}
    let _ = f.sync_all();
    path
}

#[test]
fn a_data_folder_on_a_read_only_disk_stops_the_start_with_a_message_and_is_not_changed() {
    let Some(disk) = Tmpfs::mount("8m") else {
        return;
    };
    let dir = disk.path().join("kiosk");
    {
        let k = open_kiosk_in(&dir);
        set_up_at(&k, "Amir Admin", "402917", Utc::now());
        k.submit_interest(&form("Amina"), "en-GB", Utc::now())
            .unwrap();
    }
    let before = snapshot(&dir);
    disk.remount_read_only();
    match data_dir::prepare(&dir) {
        Err(e @ DataDirError::NotWritable { .. }) => {
            let msg = e.to_string();
            assert!(
                msg.contains("cannot write in the data folder") && msg.contains("Read-only"),
                "{msg}"
            );
        }
        other => panic!("expected NotWritable, got {other:?}"),
    }
    // Even opened directly (as the command line does), nothing is written or overwritten.
    let _ = Kiosk::open_with(
        &dir,
        &access_kiosk_core::device_secret::DeviceStore::file_only(
            &dir.join(access_kiosk_core::testing::TEST_DEVICE_DIR),
        ),
    )
    .err();
    assert_eq!(snapshot(&dir), before, "every file is left as it was");
}

#[test]
fn a_data_folder_that_cannot_be_read_is_named_and_not_changed() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("kiosk");
    drop(open_kiosk_in(&dir));
    let before = snapshot(&dir);
    let status = Command::new("chmod").arg("000").arg(&dir).status().unwrap();
    assert!(status.success());
    let result = data_dir::prepare(&dir);
    Command::new("chmod").arg("755").arg(&dir).status().unwrap();
    match result {
        Err(e @ DataDirError::Unreadable { .. }) => {
            assert!(e.to_string().contains("cannot read the data folder"), "{e}");
        }
        Ok(()) if is_root() => eprintln!(
            "SKIPPED: as root, chmod 000 does not stop reading; the read-only disk test \
             covers an unusable folder instead"
        ),
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert_eq!(snapshot(&dir), before);
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[test]
fn a_full_disk_while_saving_is_disk_full_leaves_the_database_sound_and_passes_when_space_returns() {
    let Some(disk) = Tmpfs::mount("4m") else {
        return;
    };
    let dir = disk.path().join("kiosk");
    let k = open_kiosk_in(&dir);
    set_up_at(&k, "Amir Admin", "402917", Utc::now());
    let first = k
        .submit_interest(&form("Amina"), "en-GB", Utc::now())
        .unwrap();
    let filler = fill(disk.path());

    // Saving fails as DiskFull (code `disk-full`), every time it is tried.
    for _ in 0..3 {
        match k.submit_interest(&form("Rokeya"), "bn", Utc::now()) {
            Err(e @ KioskError::DiskFull) => assert_eq!(e.code(), "disk-full"),
            Err(other) => panic!("expected DiskFull, got {other:?}"),
            Ok(c) => panic!("a save on a full disk reported success: {}", c.reference),
        }
    }
    let health = store::check(&dir.join(DATABASE_FILE)).unwrap();
    assert!(health.is_ok(), "{health:?}");
    assert_eq!(health.journeys, 1, "the failed saves left nothing behind");

    // Space returns: the same kiosk, without a restart, saves again.
    std::fs::remove_file(filler).unwrap();
    let second = k
        .submit_interest(&form("Rokeya"), "bn", Utc::now())
        .expect("saving works again once there is space");
    drop(k);
    let health = store::check(&dir.join(DATABASE_FILE)).unwrap();
    assert!(health.is_ok(), "{health:?}");
    assert_eq!(health.journeys, 2);
    let k = open_kiosk_in(&dir);
    for c in [first, second] {
        let r = access_kiosk_core::journey::Reference::parse(&c.reference).unwrap();
        assert!(k.store().journey_by_reference(&r).unwrap().is_some());
    }
}

#[test]
fn the_disk_full_message_exists_in_every_language() {
    use access_kiosk_core::localisation::{Locales, SOURCE_LOCALE};
    let locales = Locales::shipped().unwrap();
    let english = locales.format(SOURCE_LOCALE, "error-code-disk-full", None);
    for tag in locales.tags() {
        let status = locales.statuses().iter().find(|s| s.locale == tag).unwrap();
        match &status.text_from {
            // A spoken-first language (Sylheti) shows its text locale's message.
            Some(text_locale) => assert_eq!(
                locales.format(&tag, "error-code-disk-full", None),
                locales.format(text_locale, "error-code-disk-full", None),
                "{tag}"
            ),
            None => {
                let own = locales
                    .format_strict(&tag, "error-code-disk-full", None)
                    .unwrap_or_else(|| panic!("{tag} has no error-code-disk-full"))
                    .unwrap();
                assert!(
                    tag == SOURCE_LOCALE || own != english,
                    "{tag} is translated"
                );
            }
        }
    }
}

#[test]
fn a_full_disk_at_start_stops_the_start_with_a_message_and_loses_nothing() {
    let Some(disk) = Tmpfs::mount("4m") else {
        return;
    };
    let dir = disk.path().join("kiosk");
    let reference = {
        let k = open_kiosk_in(&dir);
        set_up_at(&k, "Amir Admin", "402917", Utc::now());
        k.submit_interest(&form("Amina"), "en-GB", Utc::now())
            .unwrap()
            .reference
    };
    let filler = fill(disk.path());
    let before = snapshot(&dir);
    let problem = match data_dir::prepare(&dir).map(|()| {
        Kiosk::open_with(
            &dir,
            &access_kiosk_core::device_secret::DeviceStore::file_only(
                &dir.join(access_kiosk_core::testing::TEST_DEVICE_DIR),
            ),
        )
    }) {
        Ok(Ok(_)) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(e) => Some(e.to_string()),
    };
    let problem = problem.expect("a full disk stops the start");
    assert!(
        problem.contains("is full") && problem.contains("free some space"),
        "{problem}"
    );
    assert_eq!(snapshot(&dir), before, "nothing changed or lost");
    std::fs::remove_file(filler).unwrap();
    let k = open_kiosk_in(&dir);
    let r = access_kiosk_core::journey::Reference::parse(&reference).unwrap();
    assert!(k.store().journey_by_reference(&r).unwrap().is_some());
}
