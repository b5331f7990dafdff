//! Where the kiosk keeps its files: the database, `practice.toml` and later backups.
//!
//! Chosen in this order: `--data-dir DIR` on the command line, the
//! `ACCESS_KIOSK_DATA_DIR` environment variable, then the platform's data folder
//! (`~/.local/share/access-kiosk` on Linux, `%APPDATA%\access-kiosk` on Windows).

use std::ffi::OsString;
use std::path::PathBuf;

pub const ENV_VAR: &str = "ACCESS_KIOSK_DATA_DIR";
const FOLDER: &str = "access-kiosk";

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DataDirError {
    #[error("--data-dir needs a folder after it")]
    MissingValue,
    #[error("this system has no user data folder; pass --data-dir DIR")]
    NoPlatformFolder,
}

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
    fn a_flag_without_a_folder_is_an_error() {
        assert!(matches!(
            resolve(args(&["kiosk", "--data-dir"]), None),
            Err(DataDirError::MissingValue)
        ));
    }
}
