//! Where the kiosk keeps its files: the database, `practice.toml` and later backups.
//!
//! Chosen in this order: `--data-dir DIR` on the command line, the
//! `ACCESS_KIOSK_DATA_DIR` environment variable, then the platform's data folder
//! (`~/.local/share/access-kiosk` on Linux, `%APPDATA%\access-kiosk` on Windows).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

pub const ENV_VAR: &str = "ACCESS_KIOSK_DATA_DIR";
const FOLDER: &str = "access-kiosk";

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DataDirError {
    #[error("--data-dir needs a folder after it")]
    MissingValue,
    #[error("this system has no user data folder; pass --data-dir DIR")]
    NoPlatformFolder,
    #[error("the data folder {0} is not a folder (a file of that name is in the way); it was left untouched")]
    NotAFolder(PathBuf),
    #[error("cannot create the data folder {path}: {source}")]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read the data folder {path}: {source}; nothing in it was changed")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "cannot write in the data folder {path}: {source}; the kiosk could not save anything, \
         so it did not start, and nothing in the folder was changed"
    )]
    NotWritable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "the disk holding the data folder {path} is full; nothing in the folder was changed \
         or lost: free some space, then restart the kiosk"
    )]
    DiskFull { path: PathBuf },
}

/// The file [`prepare`] creates and removes to prove the folder can be written.
const WRITE_PROBE: &str = ".access-kiosk-write-test";

/// Makes sure `dir` is a folder the kiosk can read and write, with room to start, creating
/// it if it is missing, before anything in it is opened: so an unusable folder stops the start with a message
/// for staff instead of a kiosk that takes patients' details and cannot keep them.
/// Changes nothing in an existing folder (the probe file it writes is its own, and removed).
pub fn prepare(dir: &Path) -> Result<(), DataDirError> {
    if dir.exists() && !dir.is_dir() {
        return Err(DataDirError::NotAFolder(dir.to_owned()));
    }
    std::fs::create_dir_all(dir).map_err(|source| DataDirError::Create {
        path: dir.to_owned(),
        source,
    })?;
    std::fs::read_dir(dir).map_err(|source| DataDirError::Unreadable {
        path: dir.to_owned(),
        source,
    })?;
    let probe = dir.join(WRITE_PROBE);
    let mut file = std::fs::File::create(&probe).map_err(|source| DataDirError::NotWritable {
        path: dir.to_owned(),
        source,
    })?;
    // Room for the database's log and index files and a few saves: without it SQLite can
    // only say "disk I/O error" when it opens.
    let room = std::io::Write::write_all(&mut file, &[0u8; START_ROOM]);
    drop(file);
    // Removing can only fail if someone else removed it first.
    let _ = std::fs::remove_file(&probe);
    room.map_err(|source| match source.kind() {
        std::io::ErrorKind::StorageFull => DataDirError::DiskFull {
            path: dir.to_owned(),
        },
        _ => DataDirError::NotWritable {
            path: dir.to_owned(),
            source,
        },
    })
}

/// Creates `dir` (and any missing parents) readable by this user only (0700 on Unix).
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Makes the data folder and everything in it private to this user: folders 0700, files
/// 0600 (Unix; on Windows the per-user application data folder is private already).
/// Symbolic links are left alone. Returns the paths it could not change, for the log: a
/// read-only disk is reported at start by [`prepare`], not here.
pub fn make_private(dir: &Path) -> Vec<PathBuf> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut refused = Vec::new();
        let mut stack = vec![dir.to_owned()];
        while let Some(path) = stack.pop() {
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            let wanted = if meta.is_dir() {
                if let Ok(entries) = std::fs::read_dir(&path) {
                    stack.extend(entries.flatten().map(|e| e.path()));
                }
                0o700
            } else if meta.is_file() {
                0o600
            } else {
                continue;
            };
            if meta.permissions().mode() & 0o777 != wanted
                && std::fs::set_permissions(&path, std::fs::Permissions::from_mode(wanted)).is_err()
            {
                refused.push(path);
            }
        }
        refused
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Vec::new()
    }
}

/// The free space the kiosk needs to start, in bytes.
const START_ROOM: usize = 256 * 1024;

/// Resolves the data folder from the program's arguments and environment.
pub fn resolve(
    args: impl IntoIterator<Item = OsString>,
    env: Option<OsString>,
) -> Result<PathBuf, DataDirError> {
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        if a == "--data-dir" {
            return args
                .next()
                .map(PathBuf::from)
                .ok_or(DataDirError::MissingValue);
        }
        if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--data-dir=")) {
            return Ok(PathBuf::from(v));
        }
    }
    if let Some(dir) = env.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir()
        .map(|d| d.join(FOLDER))
        .ok_or(DataDirError::NoPlatformFolder)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_wins_over_the_environment() {
        let d = resolve(args(&["kiosk", "--data-dir", "/a"]), Some("/b".into())).unwrap();
        assert_eq!(d, PathBuf::from("/a"));
        let d = resolve(args(&["kiosk", "--data-dir=/c"]), Some("/b".into())).unwrap();
        assert_eq!(d, PathBuf::from("/c"));
    }

    #[test]
    fn the_environment_wins_over_the_platform_default() {
        let d = resolve(args(&["kiosk"]), Some("/b".into())).unwrap();
        assert_eq!(d, PathBuf::from("/b"));
    }

    #[test]
    fn the_platform_default_is_a_named_folder() {
        let d = resolve(args(&["kiosk"]), None).unwrap();
        assert!(d.ends_with(FOLDER), "{d:?}");
    }

    #[test]
    fn prepare_creates_a_missing_folder_and_leaves_an_existing_one_as_it_was() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("new").join("kiosk");
        prepare(&dir).unwrap();
        assert!(dir.is_dir());
        std::fs::write(dir.join("practice.toml"), "x").unwrap();
        prepare(&dir).unwrap();
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["practice.toml"], "the probe is removed");
    }

    #[test]
    fn a_file_where_the_folder_should_be_is_refused_and_kept() {
        let root = tempfile::tempdir().unwrap();
        let file = root.path().join("kiosk");
        std::fs::write(&file, "important").unwrap();
        let e = prepare(&file).unwrap_err();
        assert!(matches!(e, DataDirError::NotAFolder(_)), "{e}");
        assert!(e.to_string().contains("is not a folder"), "{e}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "important");
    }

    #[test]
    fn a_flag_without_a_folder_is_an_error() {
        assert!(matches!(
            resolve(args(&["kiosk", "--data-dir"]), None),
            Err(DataDirError::MissingValue)
        ));
    }
}
