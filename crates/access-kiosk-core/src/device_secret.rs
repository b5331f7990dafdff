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
//! one goes to the keystore if it can be reached (and a marker file, holding no secret, says
//! so), else to the file. Losing the device secret makes every staff PIN useless (the
//! recovery passphrase still opens the practice key, and an administrator resets PINs), so a
//! new one is made only where none exists: once the marker says the keystore holds it, a
//! keystore that cannot give it (an outage, a locked keyring, a lost entry) stops the start
//! with [`DeviceSecretError::KeystoreUnavailable`] rather than have a new secret made in the
//! file, which would also hide the keystore's secret at every later start.

use std::path::{Path, PathBuf};

use crate::privacy::DeviceSecret;

/// Names a folder that holds the device secret as a file, and turns the keystore off.
pub const ENV_DIR: &str = "ACCESS_KIOSK_DEVICE_DIR";
/// The device secret's file name in its folder.
pub const SECRET_FILE: &str = "device-secret";
/// Beside it, the file saying the secret is in the keystore (no secret in it).
pub const KEYSTORE_MARKER_FILE: &str = "device-secret-in-keystore";
/// The keystore entry: service and user name.
pub const KEYSTORE_SERVICE: &str = "access-kiosk";
const KEYSTORE_USER: &str = "device-secret";

/// Where the device secret is kept.
#[derive(Debug, Clone)]
pub struct DeviceStore {
    /// The keystore, or `None` not to use one.
    keystore: Option<Keystore>,
    dir: PathBuf,
}

/// A keystore the secret can be kept in.
#[derive(Debug, Clone)]
enum Keystore {
    /// The operating system's, under this service name.
    Os(String),
    /// One the tests script: what it holds, and whether it answers.
    #[cfg(test)]
    Scripted(std::sync::Arc<tests::ScriptedKeystore>),
}

impl Keystore {
    /// The secret it holds; `Ok(None)` when it answers that it has no entry.
    fn get(&self) -> Result<Option<DeviceSecret>, String> {
        match self {
            Keystore::Os(service) => keystore::get(service),
            #[cfg(test)]
            Keystore::Scripted(k) => k.get(),
        }
    }

    fn set(&self, secret: &DeviceSecret) -> Result<(), String> {
        match self {
            Keystore::Os(service) => keystore::set(service, secret),
            #[cfg(test)]
            Keystore::Scripted(k) => k.set(secret),
        }
    }
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
    /// The secret was put in the keystore and the keystore cannot give it now. A new one
    /// is not made in its place: every staff PIN is bound to the one in the keystore.
    #[error(
        "this tablet's device secret is kept in the operating system's keystore, which cannot \
         give it now ({why}). No new secret was made, as that would lock every member of staff \
         out. Start the kiosk again once the keystore is available (log in to the tablet's \
         desktop session, unlock its keyring). Only if the keystore was wiped: remove \
         {marker} and start again to make a new secret; staff PINs will then need the \
         administrator's recovery passphrase and a PIN reset."
    )]
    KeystoreUnavailable { why: String, marker: PathBuf },
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
            keystore: Some(Keystore::Os(KEYSTORE_SERVICE.to_owned())),
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
            keystore: Some(Keystore::Os(service.to_owned())),
            dir: dir.to_owned(),
        }
    }

    /// The file the secret is (or would be) in.
    pub fn file(&self) -> PathBuf {
        self.dir.join(SECRET_FILE)
    }

    /// The file that records that the secret was put in the keystore (it holds no secret):
    /// while it is there, a keystore that cannot give the secret is waited for, never
    /// replaced.
    pub fn keystore_marker(&self) -> PathBuf {
        self.dir.join(KEYSTORE_MARKER_FILE)
    }

    /// This tablet's device secret: found where it was put, or made and put away now if it
    /// was never put anywhere. One the keystore holds and cannot give now is waited for,
    /// never replaced ([`DeviceSecretError::KeystoreUnavailable`]).
    pub fn load_or_create(&self) -> Result<(DeviceSecret, Placement), DeviceSecretError> {
        if let Some(secret) = self.read_file()? {
            let why = self
                .keystore
                .as_ref()
                .map(|_| "the secret was kept in the file when it was made".to_owned());
            return Ok((secret, self.file_placement(why)));
        }
        let Some(keystore) = &self.keystore else {
            let secret = DeviceSecret::generate().map_err(|_| DeviceSecretError::Random)?;
            self.write_file(&secret)?;
            return Ok((secret, self.file_placement(None)));
        };
        let problem = match keystore.get() {
            Ok(Some(secret)) => {
                // A secret from before the marker: marked now, so an outage later is waited
                // for. Not being able to mark it does not stop a tablet that works.
                if let Err(e) = self.mark_in_keystore(&secret) {
                    tracing::warn!("the device secret is in the keystore, but {e}");
                }
                return Ok((secret, Placement::Keystore));
            }
            Ok(None) => None,
            Err(why) => Some(why),
        };
        let marker = self.keystore_marker();
        let marked = marker
            .try_exists()
            .map_err(|source| DeviceSecretError::File {
                path: marker.clone(),
                source,
            })?;
        if marked {
            return Err(DeviceSecretError::KeystoreUnavailable {
                why: problem.unwrap_or_else(|| "it has no entry for it".to_owned()),
                marker,
            });
        }
        let secret = DeviceSecret::generate().map_err(|_| DeviceSecretError::Random)?;
        let problem = match problem {
            None => match keystore.set(&secret) {
                Ok(()) => {
                    self.mark_in_keystore(&secret)?;
                    return Ok((secret, Placement::Keystore));
                }
                Err(why) => why,
            },
            Some(why) => why,
        };
        self.write_file(&secret)?;
        Ok((secret, self.file_placement(Some(problem))))
    }

    /// Writes the marker saying the secret is in the keystore (its id, no secret), if it is
    /// not there yet.
    fn mark_in_keystore(&self, secret: &DeviceSecret) -> Result<(), DeviceSecretError> {
        let text = format!(
            "This tablet's device secret (id {}) is kept in the operating system's keystore.\n\
             Remove this file only if the keystore was wiped: the next start then makes a new \
             secret, and staff PINs need the recovery passphrase and a reset.\n",
            secret.id_text()
        );
        match self.write_new_private(&self.keystore_marker(), text.as_bytes()) {
            Err(DeviceSecretError::File { source, .. })
                if source.kind() == std::io::ErrorKind::AlreadyExists =>
            {
                Ok(())
            }
            other => other,
        }
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
        self.write_new_private(&self.file(), secret.as_bytes())
    }

    /// Writes `bytes` to the new file `path` (0600) in the secret's folder (0700), synced.
    fn write_new_private(&self, path: &Path, bytes: &[u8]) -> Result<(), DeviceSecretError> {
        let fail = |source| DeviceSecretError::File {
            path: path.to_owned(),
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
        let mut file = options.open(path).map_err(fail)?;
        file.write_all(bytes)
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

    /// A keystore the tests script: the entry it holds, and the error it answers with
    /// while it is out of reach.
    #[derive(Debug, Default)]
    pub(super) struct ScriptedKeystore {
        entry: std::sync::Mutex<Option<DeviceSecret>>,
        outage: std::sync::Mutex<Option<String>>,
    }

    impl ScriptedKeystore {
        pub(super) fn get(&self) -> Result<Option<DeviceSecret>, String> {
            match self.outage.lock().unwrap().clone() {
                Some(why) => Err(why),
                None => Ok(self.entry.lock().unwrap().clone()),
            }
        }

        pub(super) fn set(&self, secret: &DeviceSecret) -> Result<(), String> {
            match self.outage.lock().unwrap().clone() {
                Some(why) => Err(why),
                None => {
                    *self.entry.lock().unwrap() = Some(secret.clone());
                    Ok(())
                }
            }
        }

        fn out_of_reach(&self, why: Option<&str>) {
            *self.outage.lock().unwrap() = why.map(str::to_owned);
        }
    }

    fn scripted(dir: &Path) -> (std::sync::Arc<ScriptedKeystore>, DeviceStore) {
        let keystore = std::sync::Arc::new(ScriptedKeystore::default());
        let store = DeviceStore {
            keystore: Some(Keystore::Scripted(std::sync::Arc::clone(&keystore))),
            dir: dir.to_owned(),
        };
        (keystore, store)
    }

    /// A keystore that held the secret and is out of reach for a moment (the keyring locked,
    /// the Secret Service restarting) must not get a new secret made in the file in its
    /// place: every staff PIN is bound to the one in the keystore.
    #[test]
    fn a_keystore_outage_never_replaces_the_secret_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        let (keystore, store) = scripted(&dir.path().join("device"));
        let (first, placed) = store.load_or_create().unwrap();
        assert_eq!(placed, Placement::Keystore);

        keystore.out_of_reach(Some("the keyring is locked"));
        let refused = store.load_or_create();
        match &refused {
            Err(e @ DeviceSecretError::KeystoreUnavailable { .. }) => {
                let said = e.to_string();
                assert!(said.contains("the keyring is locked"), "{said}");
                assert!(said.contains("again"), "staff are told what to do: {said}");
            }
            other => panic!(
                "expected a refusal, got {:?}",
                other.as_ref().map(|(s, p)| (s.id_text(), p))
            ),
        }
        assert!(!store.file().exists(), "no new secret in the file");

        keystore.out_of_reach(None);
        let (again, placed) = store.load_or_create().unwrap();
        assert_eq!(placed, Placement::Keystore);
        assert_eq!(again.id(), first.id(), "the same secret once it answers");

        // A keystore that answers but has lost the entry (wiped): not replaced silently
        // either; the message says how to make a new one on purpose.
        *keystore.entry.lock().unwrap() = None;
        let wiped = store.load_or_create().map(|_| ()).unwrap_err();
        assert!(matches!(
            wiped,
            DeviceSecretError::KeystoreUnavailable { .. }
        ));
        let marker = store.keystore_marker();
        assert!(
            wiped.to_string().contains(&marker.display().to_string()),
            "{wiped}"
        );
        std::fs::remove_file(&marker).unwrap();
        let (fresh, placed) = store.load_or_create().unwrap();
        assert_eq!(placed, Placement::Keystore);
        assert_ne!(
            fresh.id(),
            first.id(),
            "made on purpose, after the marker was removed"
        );
    }

    /// A tablet whose keystore never answered (no desktop session) keeps its secret in the
    /// file from the first start, and goes on using it when a keystore appears later.
    #[test]
    fn a_keystore_that_never_answered_leaves_the_secret_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let (keystore, store) = scripted(&dir.path().join("device"));
        keystore.out_of_reach(Some("no Secret Service on the session bus"));
        let (first, placed) = store.load_or_create().unwrap();
        assert_eq!(
            placed,
            Placement::File {
                path: store.file(),
                keystore_problem: Some("no Secret Service on the session bus".into())
            }
        );
        keystore.out_of_reach(None);
        let (again, _) = store.load_or_create().unwrap();
        assert_eq!(again.id(), first.id());
        assert!(
            keystore.entry.lock().unwrap().is_none(),
            "not copied into the keystore"
        );
    }

    fn placed_text_names_the_file(store: &DeviceStore) -> bool {
        let (_, placed) = store.load_or_create().unwrap();
        placed
            .to_string()
            .contains(&store.file().display().to_string())
    }
}
