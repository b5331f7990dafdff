//! Where this tablet's device secret lives ([`crate::privacy::DeviceSecret`]): never in the
//! data folder, so a copy of the database or a backup does not carry it.
//!
//! The choice, in order, made once and logged at every start:
//! 1. `ACCESS_KIOSK_DEVICE_DIR` set: a file in that folder, and nothing else (tests, and
//!    machines where the installer chooses the place);
//! 2. the operating system's keystore: the Secret Service on Linux (GNOME Keyring, KWallet),
//!    the Credential Manager on Windows, entry `access-kiosk` / `device-secret`;
//! 3. if the keystore cannot be reached (no desktop session, as under Xvfb or a bare kiosk
//!    session): the documented fallback, a file `device-secret` (mode 0600) in its own
//!    folder (mode 0700): `~/.config/access-kiosk/device/` on Linux,
//!    `%LOCALAPPDATA%\access-kiosk\device\` on Windows.
//!
//! A secret already in the file is used from there (without asking the keystore, which
//! without a desktop session only fails, at start-up's cost); else one in the keystore; a new
//! one goes to the keystore if it can be reached, else to the file. Losing the device secret makes every staff PIN useless
//! (the recovery passphrase still opens the practice key, and an administrator resets PINs).

use std::path::{Path, PathBuf};

use crate::privacy::DeviceSecret;

/// Names a folder that holds the device secret as a file, and turns the keystore off.
pub const ENV_DIR: &str = "ACCESS_KIOSK_DEVICE_DIR";
/// The device secret's file name in its folder.
pub const SECRET_FILE: &str = "device-secret";
/// The keystore entry: service and user name.
pub const KEYSTORE_SERVICE: &str = "access-kiosk";
const KEYSTORE_USER: &str = "device-secret";

/// Where the device secret is kept.
#[derive(Debug, Clone)]
pub struct DeviceStore {
    /// The keystore's service name, or `None` not to use the keystore.
    keystore: Option<String>,
    dir: PathBuf,
}

/// Where the secret was found or put, and why not in the keystore if not there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    Keystore,
    File {
        path: PathBuf,
        /// Why the keystore was not used (`None` when it was turned off on purpose).
        keystore_problem: Option<String>,
    },
}

impl std::fmt::Display for Placement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Placement::Keystore => f.write_str("the operating system's keystore"),
            Placement::File {
                path,
                keystore_problem: None,
            } => write!(f, "the file {}", path.display()),
            Placement::File {
                path,
                keystore_problem: Some(why),
            } => write!(
                f,
                "the file {} (the keystore could not be used: {why})",
                path.display()
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeviceSecretError {
    #[error("cannot keep this tablet's device secret in {path}: {source}")]
    File {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("this tablet's device secret in {path} is damaged (it is not 32 bytes)")]
    Damaged { path: PathBuf },
    #[error("the tablet could not produce secure random numbers")]
    Random,
}

impl DeviceStore {
    /// The choice the app makes (see the module's notes).
    pub fn platform() -> Self {
        if let Some(dir) = std::env::var_os(ENV_DIR).filter(|d| !d.is_empty()) {
            return DeviceStore::file_only(Path::new(&dir));
        }
        let base = if cfg!(windows) {
            dirs::data_local_dir()
        } else {
            dirs::config_dir()
        };
        DeviceStore {
            keystore: Some(KEYSTORE_SERVICE.to_owned()),
            dir: base
                .unwrap_or_else(std::env::temp_dir)
                .join("access-kiosk")
                .join("device"),
        }
    }

    /// A file in `dir` only, never the keystore.
    pub fn file_only(dir: &Path) -> Self {
        DeviceStore {
            keystore: None,
            dir: dir.to_owned(),
        }
    }

    /// The keystore under `service` first, then a file in `dir` (tests use their own
    /// service name, so they never touch the app's entry).
    pub fn keystore_then_file(service: &str, dir: &Path) -> Self {
        DeviceStore {
            keystore: Some(service.to_owned()),
            dir: dir.to_owned(),
        }
    }

    /// The file the secret is (or would be) in.
    pub fn file(&self) -> PathBuf {
        self.dir.join(SECRET_FILE)
    }

    /// This tablet's device secret: found where it was put, or made and put away now.
    pub fn load_or_create(&self) -> Result<(DeviceSecret, Placement), DeviceSecretError> {
        if let Some(secret) = self.read_file()? {
            let why = self
                .keystore
                .as_ref()
                .map(|_| "the secret was kept in the file when it was made".to_owned());
            return Ok((secret, self.file_placement(why)));
        }
        let mut keystore_problem = None;
        if let Some(service) = &self.keystore {
            match keystore::get(service) {
                Ok(Some(secret)) => return Ok((secret, Placement::Keystore)),
                Ok(None) => {}
                Err(why) => keystore_problem = Some(why),
            }
        }
        let secret = DeviceSecret::generate().map_err(|_| DeviceSecretError::Random)?;
        if let (Some(service), None) = (&self.keystore, &keystore_problem) {
            match keystore::set(service, &secret) {
                Ok(()) => return Ok((secret, Placement::Keystore)),
                Err(why) => keystore_problem = Some(why),
            }
        }
        self.write_file(&secret)?;
        Ok((secret, self.file_placement(keystore_problem)))
    }

    fn file_placement(&self, keystore_problem: Option<String>) -> Placement {
        Placement::File {
            path: self.file(),
            keystore_problem,
        }
    }

    fn read_file(&self) -> Result<Option<DeviceSecret>, DeviceSecretError> {
        let path = self.file();
        match std::fs::read(&path) {
            Ok(bytes) => DeviceSecret::from_bytes(&bytes)
                .map(Some)
                .ok_or(DeviceSecretError::Damaged { path }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(DeviceSecretError::File { path, source }),
        }
    }

    /// Writes the secret to a new file (0600) in its own folder (0700), synced to disk.
    fn write_file(&self, secret: &DeviceSecret) -> Result<(), DeviceSecretError> {
        let path = self.file();
        let fail = |source| DeviceSecretError::File {
            path: path.clone(),
            source,
        };
        crate::data_dir::create_private_dir(&self.dir).map_err(fail)?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        use std::io::Write;
        let mut file = options.open(&path).map_err(fail)?;
        file.write_all(secret.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(fail)
    }
}

/// The OS keystore, where the platform has one this build speaks to.
#[cfg(any(target_os = "linux", windows))]
mod keystore {
    use crate::privacy::DeviceSecret;

    pub fn get(service: &str) -> Result<Option<DeviceSecret>, String> {
        let entry =
            keyring::Entry::new(service, super::KEYSTORE_USER).map_err(|e| e.to_string())?;
        match entry.get_secret() {
            Ok(bytes) => DeviceSecret::from_bytes(&bytes)
                .map(Some)
                .ok_or_else(|| "the keystore's entry is not 32 bytes".to_owned()),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    pub fn set(service: &str, secret: &DeviceSecret) -> Result<(), String> {
        keyring::Entry::new(service, super::KEYSTORE_USER)
            .and_then(|e| e.set_secret(secret.as_bytes()))
            .map_err(|e| e.to_string())
    }

    /// Removes the entry (tests that reached a real keystore tidy up after themselves).
    #[cfg(test)]
    pub fn delete(service: &str) {
        if let Ok(e) = keyring::Entry::new(service, super::KEYSTORE_USER) {
            let _ = e.delete_credential();
        }
    }
}

#[cfg(not(any(target_os = "linux", windows)))]
mod keystore {
    use crate::privacy::DeviceSecret;

    pub fn get(_service: &str) -> Result<Option<DeviceSecret>, String> {
        Err("this build has no keystore for this operating system".into())
    }

    pub fn set(_service: &str, _secret: &DeviceSecret) -> Result<(), String> {
        Err("this build has no keystore for this operating system".into())
    }

    #[cfg(test)]
    pub fn delete(_service: &str) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_secret_is_made_once_kept_private_and_found_again() {
        let dir = tempfile::tempdir().unwrap();
        let store = DeviceStore::file_only(&dir.path().join("device"));
        let (a, placed) = store.load_or_create().unwrap();
        assert_eq!(
            placed,
            Placement::File {
                path: store.file(),
                keystore_problem: None
            }
        );
        let (b, _) = store.load_or_create().unwrap();
        assert_eq!(a.id(), b.id(), "the same secret at the next start");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&store.file()), 0o600);
            assert_eq!(mode(&dir.path().join("device")), 0o700);
        }
        std::fs::write(store.file(), b"short").unwrap();
        assert!(matches!(
            store.load_or_create(),
            Err(DeviceSecretError::Damaged { .. })
        ));
    }

    /// The choice is explicit: the keystore when one answers, else the file, and the reason
    /// is kept for the log. CI runs under Xvfb with no Secret Service, so there it is the
    /// file; on a desktop with a keyring it is the keystore (and the entry is removed).
    #[test]
    fn without_a_keystore_the_secret_falls_back_to_the_file_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let service = format!("access-kiosk-test-{}", std::process::id());
        let store = DeviceStore::keystore_then_file(&service, dir.path());
        let (a, placed) = store.load_or_create().unwrap();
        let (b, again) = store.load_or_create().unwrap();
        assert_eq!(a.id(), b.id());
        let place = |p: &Placement| match p {
            Placement::Keystore => None,
            Placement::File { path, .. } => Some(path.clone()),
        };
        assert_eq!(
            place(&placed),
            place(&again),
            "found again where it was put"
        );
        match placed {
            Placement::Keystore => {
                assert!(!store.file().exists(), "no copy in a file as well");
                keystore::delete(&service);
            }
            Placement::File {
                path,
                keystore_problem,
            } => {
                assert_eq!(path, store.file());
                let why = keystore_problem.expect("the keystore's problem is said");
                assert!(!why.is_empty());
                assert!(placed_text_names_the_file(&store));
            }
        }
    }

    fn placed_text_names_the_file(store: &DeviceStore) -> bool {
        let (_, placed) = store.load_or_create().unwrap();
        placed
            .to_string()
            .contains(&store.file().display().to_string())
    }
}
