//! Encryption of patients' personal details, of the practice key, and of backups.
//!
//! Three formats, each starting with a version byte (backups: a magic and a version) so that
//! a later format can be read beside this one:
//!
//! - **Sealed personal details** ([`seal`] / [`open`]): anyone holding the practice's
//!   [`PublicKey`] (the unattended kiosk) can seal; only the [`SecretKey`] opens. Ephemeral
//!   X25519, HKDF-SHA256 binding both public keys, XChaCha20-Poly1305 with the caller's
//!   associated data (the journey reference), so a sealed blob moved to another journey does
//!   not open. The plaintext is padded to a multiple of [`PAD_BLOCK`] bytes so the stored
//!   length shows little about how long a name or note is.
//! - **Wrapped practice key** ([`wrap_secret`] / [`unwrap_secret`]): the secret key encrypted
//!   under a staff PIN or the recovery passphrase, stretched with Argon2id whose settings are
//!   stored beside the ciphertext (so they can be raised later and old wraps still open).
//! - **Backups** ([`encrypt_backup`] / [`decrypt_backup`]): a whole database file encrypted
//!   under a passphrase (Argon2id + XChaCha20-Poly1305), with a SHA-256 checksum so a damaged
//!   or incomplete copy, a wrong passphrase and a deliberately changed file are told apart.
//!
//! Only reviewed RustCrypto / dalek primitives are used; this module only composes them.
//! Secrets are zeroized when dropped and never printed by `Debug`. See SECURITY.md.

mod age_backup;
mod backup_file;
mod device;
pub mod params;
mod seal;
mod wrap;

pub use age_backup::*;
pub use backup_file::*;
pub use device::*;
pub use params::Argon2Params;
pub use seal::*;
pub use wrap::*;

use std::fmt;
use std::str::FromStr;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use x25519_dalek::StaticSecret;
use zeroize::Zeroizing;

/// The format of sealed personal details written by this version.
const SEAL_V1: u8 = 1;
/// The format of recovery wraps (and of staff wraps before they were bound to the tablet).
const WRAP_V1: u8 = 1;
/// The format of staff wraps, bound to the tablet's device secret.
const WRAP_V2: u8 = 2;
/// The format of backups written by this version.
const BACKUP_V1: u8 = 1;
/// How every backup file starts.
const BACKUP_MAGIC: &[u8; 8] = b"AKBACKUP";

const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const KEY_ID_LEN: usize = 8;
const SALT_LEN: usize = 16;
const CHECK_LEN: usize = 16;
const PARAMS_LEN: usize = 12;
const CHECKSUM_LEN: usize = 32;

/// Sealed plaintext is padded to a multiple of this many bytes.
pub const PAD_BLOCK: usize = 64;
/// The most one sealed record may hold (a journey's details and notes are far smaller).
pub const MAX_SEALED_BYTES: usize = 1 << 20;
/// The largest database a backup can hold: it is encrypted in one piece, in memory.
pub const MAX_BACKUP_BYTES: usize = 256 << 20;
/// The shortest backup passphrase accepted (a backup leaves the tablet: it must resist an
/// offline guessing attack on its own).
pub const MIN_BACKUP_PASSPHRASE_CHARS: usize = 12;

// Domain-separation labels: each derived key is used for one purpose only.
const SEAL_INFO: &[u8] = b"access-kiosk/seal/v1";
const KEY_ID_INFO: &[u8] = b"access-kiosk/key-id/v1";
const WRAP_INFO: &[u8] = b"access-kiosk/wrap/v1";
const WRAP_V2_INFO: &[u8] = b"access-kiosk/wrap/v2-device-bound";
const BACKUP_INFO: &[u8] = b"access-kiosk/backup/v1";

// Sealed record: version | key id | ephemeral public key | ciphertext (padded) + tag.
const SEAL_HEADER_LEN: usize = 1 + KEY_ID_LEN + KEY_LEN;
// Wrapped key: version | params | salt | public key | check | ciphertext + tag.
const WRAP_HEADER_LEN: usize = 1 + PARAMS_LEN + SALT_LEN + KEY_LEN + CHECK_LEN;
const WRAP_LEN: usize = WRAP_HEADER_LEN + KEY_LEN + TAG_LEN;
// Bound staff wrap: version | params | salt | device id | public key | check | ciphertext + tag.
const WRAP_V2_HEADER_LEN: usize = WRAP_HEADER_LEN + DEVICE_ID_LEN;
const WRAP_V2_LEN: usize = WRAP_V2_HEADER_LEN + KEY_LEN + TAG_LEN;
// Backup: magic | version | params | salt | check | ciphertext + tag | SHA-256 of the rest.
const BACKUP_HEADER_LEN: usize = BACKUP_MAGIC.len() + 1 + PARAMS_LEN + SALT_LEN + CHECK_LEN;

/// Why something could not be encrypted or opened. Each message tells staff what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    #[error("wrong PIN or passphrase")]
    WrongSecret,
    #[error(
        "these details were locked with a different practice key: they may come from \
         another kiosk, or from before the practice key was replaced"
    )]
    WrongKey,
    #[error(
        "these details cannot be opened: they belong to a different sign-up, or they have \
         been damaged or changed"
    )]
    CannotOpen,
    #[error(
        "this data is in format {found}, which this version of Access Kiosk cannot read; \
         if it came from a newer version, update the app on this tablet"
    )]
    UnsupportedVersion { found: u8 },
    #[error(
        "the stored data is incomplete or damaged; an administrator can restore it from a \
         backup"
    )]
    Malformed,
    #[error(
        "the practice's public key stored on this tablet is not valid; an administrator \
         must restore it from a backup or set up the practice key again"
    )]
    InvalidPublicKey,
    #[error("this file is not an Access Kiosk backup")]
    NotABackup,
    #[error(
        "the backup file is damaged or incomplete (perhaps the copy did not finish); \
         try another copy"
    )]
    BackupDamaged,
    #[error("wrong backup passphrase")]
    WrongBackupPassphrase,
    #[error(
        "the backup file has been changed since it was made; do not restore it, and tell \
         the practice manager"
    )]
    BackupTampered,
    #[error("too large to encrypt: {size} bytes, and the limit is {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("the passphrase is too short: use at least {min} characters")]
    PassphraseTooShort { min: usize },
    #[error(
        "these key-stretching settings are too weak (at least 19 MiB of memory and 2 \
         passes, at most 1 GiB, 10 passes and 4 lanes)"
    )]
    WeakParameters,
    #[error("the tablet could not produce secure random numbers; restart it and try again")]
    Random,
    #[error(
        "this PIN was set on another tablet (or before this tablet's device key was \
         replaced), so it does not open anything here: an administrator must reset it on \
         this tablet, or use the recovery passphrase"
    )]
    OtherDevice,
    #[error("the backup could not be encrypted or read as an age file: {0}")]
    Age(String),
    #[error(
        "this backup asks for more key-stretching work than a tablet can safely do, so it \
         was not opened; it was not made by Access Kiosk"
    )]
    ExcessiveWork,
}

// ---------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------

/// The practice's public key: stored in clear, used by the kiosk to seal personal details.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(x25519_dalek::PublicKey);

impl PublicKey {
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        PublicKey(x25519_dalek::PublicKey::from(bytes))
    }

    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// A short identifier of this key (not secret), written into every sealed record so
    /// that a record sealed to another key is reported as such.
    pub fn key_id(&self) -> [u8; KEY_ID_LEN] {
        let digest = Sha256::new()
            .chain_update(KEY_ID_INFO)
            .chain_update(self.0.as_bytes())
            .finalize();
        let mut id = [0u8; KEY_ID_LEN];
        id.copy_from_slice(&digest[..KEY_ID_LEN]);
        id
    }

    /// The key id as staff can read it aloud and compare between tablets, e.g. `3f9a-…`.
    pub fn fingerprint(&self) -> String {
        let hex = to_hex(&self.key_id());
        let groups: Vec<&str> = (0..hex.len()).step_by(4).map(|i| &hex[i..i + 4]).collect();
        groups.join("-")
    }
}

impl fmt::Display for PublicKey {
    /// 64 lowercase hex digits, for a TEXT column.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_hex(self.0.as_bytes()))
    }
}

impl FromStr for PublicKey {
    type Err = CryptoError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes: [u8; 32] = from_hex(s)
            .and_then(|b| b.try_into().ok())
            .ok_or(CryptoError::InvalidPublicKey)?;
        Ok(PublicKey::from_bytes(bytes))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.fingerprint())
    }
}

/// The practice's secret key. Held in memory only while a member of staff has unlocked it;
/// zeroized when dropped; never printed. Deliberately not `Clone`.
pub struct SecretKey(StaticSecret);

impl SecretKey {
    pub fn public_key(&self) -> PublicKey {
        PublicKey(x25519_dalek::PublicKey::from(&self.0))
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// Makes the practice's key pair (once, at the first administrator's set-up).
pub struct PracticeKeys;

impl PracticeKeys {
    pub fn generate() -> Result<(PublicKey, SecretKey), CryptoError> {
        let secret = SecretKey(StaticSecret::from(*random_array::<32>()?));
        Ok((secret.public_key(), secret))
    }
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn random_array<const N: usize>() -> Result<Zeroizing<[u8; N]>, CryptoError> {
    let mut out = Zeroizing::new([0u8; N]);
    getrandom::fill(out.as_mut()).map_err(|_| CryptoError::Random)?;
    Ok(out)
}

fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    let s = s.trim();
    if s.len() % 2 != 0 {
        return None;
    }
    let nibble = |c: u8| -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    };
    s.as_bytes()
        .chunks_exact(2)
        .map(|pair| Some(nibble(pair[0])? << 4 | nibble(pair[1])?))
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(super) const AD: &[u8] = b"journey:KTXRBM";
    pub(super) const DETAILS: &[u8] =
        br#"{"firstName":"Rahim","lastName":"Uddin","dateOfBirth":"1995-06-01","nhsNumber":"9434765919"}"#;

    pub(super) fn light() -> Argon2Params {
        Argon2Params::for_tests()
    }

    pub(super) const PASSPHRASE: &str = "plum orchard seven lanterns";

    pub(super) fn keys() -> (PublicKey, SecretKey) {
        PracticeKeys::generate().unwrap()
    }

    pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn error_messages_are_for_people_not_programmers() {
        let all = [
            CryptoError::WrongSecret,
            CryptoError::WrongKey,
            CryptoError::CannotOpen,
            CryptoError::UnsupportedVersion { found: 7 },
            CryptoError::Malformed,
            CryptoError::InvalidPublicKey,
            CryptoError::NotABackup,
            CryptoError::BackupDamaged,
            CryptoError::WrongBackupPassphrase,
            CryptoError::BackupTampered,
            CryptoError::TooLarge { size: 3, limit: 2 },
            CryptoError::PassphraseTooShort { min: 12 },
            CryptoError::WeakParameters,
            CryptoError::Random,
        ];
        for e in all {
            let m = e.to_string();
            assert!(
                !m.is_empty() && !m.contains('{') && !m.contains("Error"),
                "{m}"
            );
        }
    }

    #[test]
    fn hex_round_trips_and_rejects_junk() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes);
        assert_eq!(from_hex("ABcd").unwrap(), vec![0xab, 0xcd]);
        assert!(from_hex("abc").is_none());
        assert!(from_hex("zz").is_none());
        assert!(from_hex("é1").is_none());
    }

    // --- properties ----------------------------------------------------------------------

    proptest! {
        #[test]
        fn seal_then_open_gives_back_any_bytes(
            plaintext in proptest::collection::vec(any::<u8>(), 0..600),
            associated in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            let (public, secret) = keys();
            let blob = seal(&public, &plaintext, &associated).unwrap();
            prop_assert_eq!((blob.len() - SEAL_HEADER_LEN - TAG_LEN) % PAD_BLOCK, 0);
            let opened = open(&secret, &blob, &associated).unwrap();
            prop_assert_eq!(opened.as_slice(), &plaintext[..]);
        }

        #[test]
        fn other_associated_data_never_opens(
            plaintext in proptest::collection::vec(any::<u8>(), 0..200),
            associated in proptest::collection::vec(any::<u8>(), 0..32),
            other in proptest::collection::vec(any::<u8>(), 0..32),
        ) {
            prop_assume!(associated != other);
            let (public, secret) = keys();
            let blob = seal(&public, &plaintext, &associated).unwrap();
            prop_assert_eq!(open(&secret, &blob, &other).unwrap_err(), CryptoError::CannotOpen);
        }

        #[test]
        fn open_never_panics_on_junk(blob in proptest::collection::vec(any::<u8>(), 0..200)) {
            let (_, secret) = keys();
            prop_assert!(open(&secret, &blob, AD).is_err());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn backup_round_trips_any_bytes(
            plain in proptest::collection::vec(any::<u8>(), 0..4096),
            passphrase in "[ -~]{12,40}",
        ) {
            let file = encrypt_backup_with(&plain, &passphrase, &light()).unwrap();
            let restored = decrypt_backup(&file, &passphrase).unwrap();
            prop_assert_eq!(restored.as_slice(), &plain[..]);
        }

        #[test]
        fn decrypt_backup_never_panics_on_junk(
            tail in proptest::collection::vec(any::<u8>(), 0..200),
        ) {
            let file = [BACKUP_MAGIC.as_slice(), &[BACKUP_V1], &tail].concat();
            prop_assert!(decrypt_backup(&file, PASSPHRASE).is_err());
        }
    }
}
