//! The data folder (`src/data_dir.rs`): where it is (the first `--data-dir`, else the
//! environment, else the platform's folder), and a start on a folder that cannot be used —
//! on a read-only disk, unreadable, or on a full disk — stopped with a message that names
//! the problem, changing nothing. The disk faults use real file systems (`support::disk`).

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;

use access_kiosk_core::data_dir::{self, DataDirError};
use access_kiosk_core::kiosk::Kiosk;
use access_kiosk_core::testing::{open_kiosk_in, set_up_at};
use chrono::Utc;
use proptest::prelude::*;

use crate::support::disk::{fill, is_root, snapshot, Tmpfs};
use crate::support::form;
use crate::support::hostile::hostile_text;

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_data_folder_is_the_first_flag_else_the_environment_else_the_platform(
        args in prop::collection::vec(prop_oneof![
            Just("--data-dir".to_owned()),
            "--data-dir=[a-z/]{0,8}",
            "--[a-z-]{0,8}",
            hostile_text(),
        ], 0..6),
        env in prop::option::of("[a-z/]{0,8}"),
    ) {
        let os: Vec<OsString> = args.iter().map(OsString::from).collect();
        let got = data_dir::resolve(os, env.clone().map(OsString::from));
        // The model: the first --data-dir (with its value) wins.
        let mut expected: Option<Result<PathBuf, ()>> = None;
        for (i, a) in args.iter().enumerate() {
            if a == "--data-dir" {
                expected = Some(args.get(i + 1).map(PathBuf::from).ok_or(()));
                break;
            }
            if let Some(v) = a.strip_prefix("--data-dir=") {
                expected = Some(Ok(PathBuf::from(v)));
                break;
            }
        }
        match (expected, got) {
            (Some(Ok(p)), Ok(g)) => prop_assert_eq!(p, g),
            (Some(Err(())), Err(DataDirError::MissingValue)) => {}
            (None, Ok(g)) => match env.filter(|e| !e.is_empty()) {
                Some(e) => prop_assert_eq!(g, PathBuf::from(e)),
                None => prop_assert!(g.ends_with("access-kiosk")),
            },
            (e, g) => prop_assert!(false, "expected {e:?}, got {g:?}"),
        }
    }
}
