//! One kiosk per data folder. Two copies of the app on one database would fight over the
//! screen and the patient's form; a second start (a double tap on the launcher, the login
//! autostart after a manual start) instead asks the running one to come to the front, and
//! exits.
//!
//! The claim is an exclusive lock on `kiosk.lock` in the data folder, held for the life of
//! the process (the operating system drops it if the process dies, so a crash never leaves
//! the kiosk locked out). On Unix the running kiosk also listens on `kiosk.sock` there; a
//! second start connects and writes `show`. (On Windows the second start only exits; a
//! named pipe would do the same job.)

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

const LOCK_FILE: &str = "kiosk.lock";
#[cfg(unix)]
const SOCKET_FILE: &str = "kiosk.sock";

/// Holding this means this process is the kiosk for its data folder.
pub struct InstanceGuard {
    _lock: fd_lock::RwLockWriteGuard<'static, File>,
    dir: PathBuf,
}

pub enum Claim {
    First(InstanceGuard),
    /// Another kiosk runs on this folder; it has been asked to show itself.
    AlreadyRunning,
}

/// Claims the data folder, or asks the kiosk that holds it to come to the front.
pub fn claim(data_dir: &Path) -> std::io::Result<Claim> {
    std::fs::create_dir_all(data_dir)?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))?;
    // Leaked on purpose: the lock lives as long as the process.
    let lock: &'static mut fd_lock::RwLock<File> = Box::leak(Box::new(fd_lock::RwLock::new(file)));
    match lock.try_write() {
        Ok(guard) => Ok(Claim::First(InstanceGuard {
            _lock: guard,
            dir: data_dir.to_owned(),
        })),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
            ask_to_show(data_dir);
            Ok(Claim::AlreadyRunning)
        }
        Err(e) => Err(e),
    }
}

#[cfg(unix)]
fn ask_to_show(data_dir: &Path) {
    use std::io::Write;
    if let Ok(mut s) = std::os::unix::net::UnixStream::connect(data_dir.join(SOCKET_FILE)) {
        let _ = s.write_all(b"show\n");
    }
}

#[cfg(not(unix))]
fn ask_to_show(_data_dir: &Path) {}

impl InstanceGuard {
    /// Calls `show` whenever a second start asks this kiosk to come to the front.
    #[cfg(unix)]
    pub fn listen(&self, show: impl Fn() + Send + 'static) {
        use std::io::Read;
        let path = self.dir.join(SOCKET_FILE);
        // Only the lock holder gets here, so a socket file left by a crash is stale.
        let _ = std::fs::remove_file(&path);
        let listener = match std::os::unix::net::UnixListener::bind(&path) {
            Ok(l) => l,
            Err(e) => {
                tracing::warn!("cannot listen for a second start: {e}");
                return;
            }
        };
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut buf = [0u8; 16];
                if stream
                    .read(&mut buf)
                    .is_ok_and(|n| buf[..n].starts_with(b"show"))
                {
                    tracing::info!("a second start asked the kiosk to show itself");
                    show();
                }
            }
        });
    }

    #[cfg(not(unix))]
    pub fn listen(&self, _show: impl Fn() + Send + 'static) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_on_the_same_folder_is_refused_and_the_first_is_asked_to_show() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(guard) = claim(dir.path()).unwrap() else {
            panic!("the first claim wins");
        };
        let (tx, rx) = std::sync::mpsc::channel();
        guard.listen(move || {
            let _ = tx.send(());
        });
        // fd-lock's locks are per open file description, so a second open in this process
        // conflicts just as a second process would.
        assert!(matches!(claim(dir.path()).unwrap(), Claim::AlreadyRunning));
        rx.recv_timeout(std::time::Duration::from_secs(10))
            .expect("the running kiosk heard the second start");
        let other = tempfile::tempdir().unwrap();
        assert!(matches!(claim(other.path()).unwrap(), Claim::First(_)));
    }
}
