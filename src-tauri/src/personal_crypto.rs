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
/// The format of wrapped keys written by this version.
const WRAP_V1: u8 = 1;
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
const BACKUP_INFO: &[u8] = b"access-kiosk/backup/v1";

// Sealed record: version | key id | ephemeral public key | ciphertext (padded) + tag.
const SEAL_HEADER_LEN: usize = 1 + KEY_ID_LEN + KEY_LEN;
// Wrapped key: version | params | salt | public key | check | ciphertext + tag.
const WRAP_HEADER_LEN: usize = 1 + PARAMS_LEN + SALT_LEN + KEY_LEN + CHECK_LEN;
const WRAP_LEN: usize = WRAP_HEADER_LEN + KEY_LEN + TAG_LEN;
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
// Sealing personal details
// ---------------------------------------------------------------------------------------

/// Encrypts `plaintext` so that only the holder of `recipient`'s secret key can read it,
/// bound to `associated` (use the journey reference, e.g. `b"journey:ABCDEF"`): the result
/// opens only with the same associated data.
pub fn seal(
    recipient: &PublicKey,
    plaintext: &[u8],
    associated: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    if plaintext.len() > MAX_SEALED_BYTES {
        return Err(CryptoError::TooLarge {
            size: plaintext.len(),
            limit: MAX_SEALED_BYTES,
        });
    }
    let ephemeral = StaticSecret::from(*random_array::<32>()?);
    let ephemeral_public = x25519_dalek::PublicKey::from(&ephemeral);
    let shared = ephemeral.diffie_hellman(&recipient.0);
    if !shared.was_contributory() {
        return Err(CryptoError::InvalidPublicKey);
    }
    let (cipher, nonce) = seal_cipher(shared.as_bytes(), &ephemeral_public, &recipient.0)?;

    let mut out = Vec::with_capacity(SEAL_HEADER_LEN + padded_len(plaintext.len()) + TAG_LEN);
    out.push(SEAL_V1);
    out.extend_from_slice(&recipient.key_id());
    out.extend_from_slice(ephemeral_public.as_bytes());
    let aad = [out.as_slice(), associated].concat();
    let padded = pad(plaintext);
    let ciphertext = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: &padded,
                aad: &aad,
            },
        )
        .map_err(|_| CryptoError::TooLarge {
            size: plaintext.len(),
            limit: MAX_SEALED_BYTES,
        })?;
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

/// Opens what [`seal`] made, with the same associated data.
pub fn open(
    secret: &SecretKey,
    blob: &[u8],
    associated: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let (&version, _) = blob.split_first().ok_or(CryptoError::Malformed)?;
    if version != SEAL_V1 {
        return Err(CryptoError::UnsupportedVersion { found: version });
    }
    if blob.len() < SEAL_HEADER_LEN + PAD_BLOCK + TAG_LEN {
        return Err(CryptoError::Malformed);
    }
    let (header, ciphertext) = blob.split_at(SEAL_HEADER_LEN);
    let recipient = secret.public_key();
    if header[1..1 + KEY_ID_LEN] != recipient.key_id() {
        return Err(CryptoError::WrongKey);
    }
    let mut ephemeral = [0u8; KEY_LEN];
    ephemeral.copy_from_slice(&header[1 + KEY_ID_LEN..]);
    let ephemeral_public = x25519_dalek::PublicKey::from(ephemeral);
    let shared = secret.0.diffie_hellman(&ephemeral_public);
    if !shared.was_contributory() {
        return Err(CryptoError::CannotOpen);
    }
    let (cipher, nonce) = seal_cipher(shared.as_bytes(), &ephemeral_public, &recipient.0)?;
    let aad = [header, associated].concat();
    let padded = Zeroizing::new(
        cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| CryptoError::CannotOpen)?,
    );
    unpad(padded)
}

/// The AEAD key and nonce for one sealed record. Every record has a fresh ephemeral key,
/// so every record has its own key; the nonce is derived too, so none is stored.
fn seal_cipher(
    shared: &[u8; 32],
    ephemeral: &x25519_dalek::PublicKey,
    recipient: &x25519_dalek::PublicKey,
) -> Result<(XChaCha20Poly1305, XNonce), CryptoError> {
    let info = [SEAL_INFO, ephemeral.as_bytes(), recipient.as_bytes()].concat();
    let hk = Hkdf::<Sha256>::new(None, shared);
    let mut okm = Zeroizing::new([0u8; KEY_LEN + NONCE_LEN]);
    hk.expand(&info, okm.as_mut())
        .map_err(|_| CryptoError::Malformed)?;
    let cipher =
        XChaCha20Poly1305::new_from_slice(&okm[..KEY_LEN]).map_err(|_| CryptoError::Malformed)?;
    Ok((cipher, *XNonce::from_slice(&okm[KEY_LEN..])))
}

fn padded_len(len: usize) -> usize {
    (4 + len).div_ceil(PAD_BLOCK) * PAD_BLOCK
}

/// `len (u32 LE) | plaintext | zeros` up to a multiple of [`PAD_BLOCK`].
fn pad(plaintext: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut padded = Zeroizing::new(Vec::with_capacity(padded_len(plaintext.len())));
    // MAX_SEALED_BYTES keeps the length well inside u32.
    padded.extend_from_slice(&(plaintext.len() as u32).to_le_bytes());
    padded.extend_from_slice(plaintext);
    padded.resize(padded_len(plaintext.len()), 0);
    padded
}

fn unpad(mut padded: Zeroizing<Vec<u8>>) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let len_bytes: [u8; 4] = padded
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .ok_or(CryptoError::Malformed)?;
    let len = u32::from_le_bytes(len_bytes) as usize;
    if padded.len() != padded_len(len) || padded[4 + len..].iter().any(|&b| b != 0) {
        return Err(CryptoError::Malformed);
    }
    padded.truncate(4 + len);
    padded.drain(..4);
    // The bytes left beyond the new length are zeroized with the rest when dropped.
    Ok(padded)
}

// ---------------------------------------------------------------------------------------
// Argon2id settings
// ---------------------------------------------------------------------------------------

/// Argon2id cost settings, stored with each wrapped key and backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Argon2Params {
    memory_kib: u32,
    passes: u32,
    lanes: u32,
}

impl Argon2Params {
    /// Wrapping the practice key under a staff PIN: 128 MiB, 3 passes, 1 lane. 0.45–1.0 s
    /// per unwrap in a release build on the busy 2-core development machine (see
    /// SECURITY.md); a tablet with a slower processor takes longer.
    pub const PIN: Self = Argon2Params {
        memory_kib: 128 * 1024,
        passes: 3,
        lanes: 1,
    };
    /// Wrapping under the recovery passphrase: used rarely, so it can cost more (256 MiB,
    /// 3 passes; 1.0–2.0 s there).
    pub const RECOVERY: Self = Argon2Params {
        memory_kib: 256 * 1024,
        passes: 3,
        lanes: 1,
    };
    /// Encrypting a backup: the same as the recovery wrap.
    pub const BACKUP: Self = Self::RECOVERY;

    const MIN_MEMORY_KIB: u32 = 19 * 1024;
    const MIN_PASSES: u32 = 2;
    const MAX_MEMORY_KIB: u32 = 1024 * 1024;
    const MAX_PASSES: u32 = 10;
    const MAX_LANES: u32 = 4;

    /// Settings of your own: at least OWASP's minimum for Argon2id (19 MiB, 2 passes), and
    /// at most what every tablet can be expected to run (1 GiB, 10 passes, 4 lanes).
    pub fn new(memory_kib: u32, passes: u32, lanes: u32) -> Result<Self, CryptoError> {
        let p = Argon2Params {
            memory_kib,
            passes,
            lanes,
        };
        if memory_kib < Self::MIN_MEMORY_KIB || passes < Self::MIN_PASSES || !p.within_limits() {
            return Err(CryptoError::WeakParameters);
        }
        Ok(p)
    }

    /// Cheap settings so that unit tests run quickly. Never for real data.
    #[cfg(test)]
    pub fn for_tests() -> Self {
        Argon2Params {
            memory_kib: 8,
            passes: 1,
            lanes: 1,
        }
    }

    pub fn memory_kib(&self) -> u32 {
        self.memory_kib
    }

    pub fn passes(&self) -> u32 {
        self.passes
    }

    pub fn lanes(&self) -> u32 {
        self.lanes
    }

    /// Whether stored settings are within what this version will run (a crafted file must
    /// not make the tablet allocate without limit). Lower settings than [`Self::new`]
    /// allows are still read, so that old wraps keep opening after a change of defaults.
    fn within_limits(&self) -> bool {
        (1..=Self::MAX_LANES).contains(&self.lanes)
            && (1..=Self::MAX_PASSES).contains(&self.passes)
            && self.memory_kib >= 8 * self.lanes
            && self.memory_kib <= Self::MAX_MEMORY_KIB
    }

    fn to_bytes(self) -> [u8; PARAMS_LEN] {
        let mut b = [0u8; PARAMS_LEN];
        b[0..4].copy_from_slice(&self.memory_kib.to_le_bytes());
        b[4..8].copy_from_slice(&self.passes.to_le_bytes());
        b[8..12].copy_from_slice(&self.lanes.to_le_bytes());
        b
    }

    fn from_bytes(b: &[u8]) -> Option<Self> {
        let word = |i: usize| -> Option<u32> {
            Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
        };
        let p = Argon2Params {
            memory_kib: word(0)?,
            passes: word(4)?,
            lanes: word(8)?,
        };
        p.within_limits().then_some(p)
    }

    /// Argon2id(phrase, salt) → 32 bytes of key material.
    fn stretch(&self, phrase: &str, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
        let params = Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|_| CryptoError::Malformed)?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(phrase.as_bytes(), salt, out.as_mut())
            .map_err(|_| CryptoError::Malformed)?;
        Ok(out)
    }
}

/// From stretched key material: an AEAD cipher, its nonce, and a check value that tells a
/// wrong passphrase from damage. Each comes from its own HKDF label, so the check value says
/// nothing about the key (and costs an attacker the same Argon2id run as the AEAD tag would).
fn passphrase_cipher(
    stretched: &[u8; 32],
    purpose: &[u8],
) -> Result<(XChaCha20Poly1305, XNonce, [u8; CHECK_LEN]), CryptoError> {
    let hk = Hkdf::<Sha256>::new(None, stretched);
    let expand = |label: &[u8], out: &mut [u8]| {
        hk.expand_multi_info(&[purpose, label], out)
            .map_err(|_| CryptoError::Malformed)
    };
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    let mut nonce = [0u8; NONCE_LEN];
    let mut check = [0u8; CHECK_LEN];
    expand(b"/key", key.as_mut())?;
    expand(b"/nonce", &mut nonce)?;
    expand(b"/check", &mut check)?;
    let cipher =
        XChaCha20Poly1305::new_from_slice(key.as_ref()).map_err(|_| CryptoError::Malformed)?;
    Ok((cipher, XNonce::from(nonce), check))
}

// ---------------------------------------------------------------------------------------
// Wrapping the practice key
// ---------------------------------------------------------------------------------------

/// The practice's secret key encrypted under one PIN or passphrase: one per staff account,
/// one for the recovery passphrase. Not secret on its own, but only as strong as its PIN.
#[derive(Clone, PartialEq, Eq)]
pub struct WrappedKey {
    bytes: Vec<u8>,
    params: Argon2Params,
}

impl WrappedKey {
    /// Reads a wrapped key from its stored bytes (a BLOB column).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        let (&version, _) = bytes.split_first().ok_or(CryptoError::Malformed)?;
        if version != WRAP_V1 {
            return Err(CryptoError::UnsupportedVersion { found: version });
        }
        if bytes.len() != WRAP_LEN {
            return Err(CryptoError::Malformed);
        }
        let params =
            Argon2Params::from_bytes(&bytes[1..1 + PARAMS_LEN]).ok_or(CryptoError::Malformed)?;
        Ok(WrappedKey {
            bytes: bytes.to_vec(),
            params,
        })
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The Argon2id settings it was wrapped with.
    pub fn params(&self) -> Argon2Params {
        self.params
    }

    /// The public key of the secret inside, readable without the PIN.
    pub fn public_key(&self) -> PublicKey {
        let start = 1 + PARAMS_LEN + SALT_LEN;
        let mut pk = [0u8; KEY_LEN];
        pk.copy_from_slice(&self.bytes[start..start + KEY_LEN]);
        PublicKey::from_bytes(pk)
    }

    /// Whether it was wrapped with settings other than `wanted`: after the next successful
    /// unlock, wrap again with `wanted` and replace the stored copy.
    pub fn needs_rewrap(&self, wanted: &Argon2Params) -> bool {
        self.params() != *wanted
    }
}

impl fmt::Display for WrappedKey {
    /// Lowercase hex, for a TEXT column.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_hex(&self.bytes))
    }
}

impl FromStr for WrappedKey {
    type Err = CryptoError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        WrappedKey::from_bytes(&from_hex(s).ok_or(CryptoError::Malformed)?)
    }
}

impl fmt::Debug for WrappedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WrappedKey")
            .field("public_key", &self.public_key())
            .field("params", &self.params())
            .finish_non_exhaustive()
    }
}

/// Encrypts the practice's secret key under `secret_phrase` (a staff PIN or the recovery
/// passphrase), stretched with Argon2id at `params` and a fresh random salt.
pub fn wrap_secret(
    secret: &SecretKey,
    secret_phrase: &str,
    params: &Argon2Params,
) -> Result<WrappedKey, CryptoError> {
    if secret_phrase.is_empty() {
        return Err(CryptoError::PassphraseTooShort { min: 1 });
    }
    let salt = random_array::<SALT_LEN>()?;
    let stretched = params.stretch(secret_phrase, salt.as_ref())?;
    let (cipher, nonce, check) = passphrase_cipher(&stretched, WRAP_INFO)?;

    let mut out = Vec::with_capacity(WRAP_LEN);
    out.push(WRAP_V1);
    out.extend_from_slice(&params.to_bytes());
    out.extend_from_slice(salt.as_ref());
    out.extend_from_slice(&secret.public_key().to_bytes());
    out.extend_from_slice(&check);
    let ciphertext = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: secret.0.as_bytes(),
                aad: &out,
            },
        )
        .map_err(|_| CryptoError::Malformed)?;
    out.extend_from_slice(&ciphertext);
    Ok(WrappedKey {
        bytes: out,
        params: *params,
    })
}

/// Recovers the practice's secret key with the PIN or passphrase it was wrapped under.
/// Takes as long as the stored Argon2id settings (run it off the UI thread).
pub fn unwrap_secret(wrapped: &WrappedKey, secret_phrase: &str) -> Result<SecretKey, CryptoError> {
    let bytes = &wrapped.bytes;
    let salt = &bytes[1 + PARAMS_LEN..1 + PARAMS_LEN + SALT_LEN];
    let stored_check = &bytes[WRAP_HEADER_LEN - CHECK_LEN..WRAP_HEADER_LEN];
    let stretched = wrapped.params().stretch(secret_phrase, salt)?;
    let (cipher, nonce, check) = passphrase_cipher(&stretched, WRAP_INFO)?;
    if !bool::from(check.ct_eq(stored_check)) {
        return Err(CryptoError::WrongSecret);
    }
    let (header, ciphertext) = bytes.split_at(WRAP_HEADER_LEN);
    let plain = Zeroizing::new(
        cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: ciphertext,
                    aad: header,
                },
            )
            .map_err(|_| CryptoError::Malformed)?,
    );
    let raw: Zeroizing<[u8; 32]> = Zeroizing::new(
        plain
            .as_slice()
            .try_into()
            .map_err(|_| CryptoError::Malformed)?,
    );
    let secret = SecretKey(StaticSecret::from(*raw));
    if secret.public_key() != wrapped.public_key() {
        return Err(CryptoError::Malformed);
    }
    Ok(secret)
}

/// A recovery passphrase for the administrator to write down and keep somewhere safe:
/// 25 characters from Crockford's base-32 alphabet (125 random bits), in groups of five.
pub fn generate_recovery_passphrase() -> Result<Zeroizing<String>, CryptoError> {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let random = random_array::<25>()?;
    let mut out = Zeroizing::new(String::with_capacity(29));
    for (i, b) in random.iter().enumerate() {
        if i > 0 && i % 5 == 0 {
            out.push('-');
        }
        // 256 is a multiple of 32, so this is uniform.
        out.push(char::from(ALPHABET[usize::from(b & 31)]));
    }
    Ok(out)
}

/// The form of a recovery passphrase to wrap and unwrap with, whatever way it was typed:
/// case, spaces and dashes do not matter, and O, I and L are read as 0, 1 and 1.
pub fn canonical_recovery_passphrase(typed: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(typed.len()));
    for c in typed.chars() {
        match c.to_ascii_uppercase() {
            '-' | ' ' | '\t' => {}
            'O' => out.push('0'),
            'I' | 'L' => out.push('1'),
            other => out.push(other),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Backups
// ---------------------------------------------------------------------------------------

/// Encrypts a whole database file under a passphrase, with [`Argon2Params::BACKUP`].
pub fn encrypt_backup(plain: &[u8], passphrase: &str) -> Result<Vec<u8>, CryptoError> {
    encrypt_backup_with(plain, passphrase, &Argon2Params::BACKUP)
}

/// [`encrypt_backup`] with settings of your choice.
pub fn encrypt_backup_with(
    plain: &[u8],
    passphrase: &str,
    params: &Argon2Params,
) -> Result<Vec<u8>, CryptoError> {
    if plain.len() > MAX_BACKUP_BYTES {
        return Err(CryptoError::TooLarge {
            size: plain.len(),
            limit: MAX_BACKUP_BYTES,
        });
    }
    if passphrase.chars().count() < MIN_BACKUP_PASSPHRASE_CHARS {
        return Err(CryptoError::PassphraseTooShort {
            min: MIN_BACKUP_PASSPHRASE_CHARS,
        });
    }
    let salt = random_array::<SALT_LEN>()?;
    let stretched = params.stretch(passphrase, salt.as_ref())?;
    let (cipher, nonce, check) = passphrase_cipher(&stretched, BACKUP_INFO)?;

    let mut out = Vec::with_capacity(BACKUP_HEADER_LEN + plain.len() + TAG_LEN + CHECKSUM_LEN);
    out.extend_from_slice(BACKUP_MAGIC);
    out.push(BACKUP_V1);
    out.extend_from_slice(&params.to_bytes());
    out.extend_from_slice(salt.as_ref());
    out.extend_from_slice(&check);
    let ciphertext = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: plain,
                aad: &out,
            },
        )
        .map_err(|_| CryptoError::TooLarge {
            size: plain.len(),
            limit: MAX_BACKUP_BYTES,
        })?;
    out.extend_from_slice(&ciphertext);
    let checksum = Sha256::digest(&out);
    out.extend_from_slice(&checksum);
    Ok(out)
}

/// Whether `file` starts like a backup made by [`encrypt_backup`] (any version).
pub fn is_backup(file: &[u8]) -> bool {
    file.starts_with(BACKUP_MAGIC)
}

/// Decrypts a backup. Tells apart: not a backup, a newer format, a damaged or incomplete
/// copy, a wrong passphrase, and a file changed on purpose after it was made.
pub fn decrypt_backup(file: &[u8], passphrase: &str) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    if !is_backup(file) {
        return Err(CryptoError::NotABackup);
    }
    let version = *file
        .get(BACKUP_MAGIC.len())
        .ok_or(CryptoError::BackupDamaged)?;
    if version != BACKUP_V1 {
        return Err(CryptoError::UnsupportedVersion { found: version });
    }
    if file.len() < BACKUP_HEADER_LEN + TAG_LEN + CHECKSUM_LEN {
        return Err(CryptoError::BackupDamaged);
    }
    let (body, checksum) = file.split_at(file.len() - CHECKSUM_LEN);
    // Unkeyed: catches accidents (a truncated copy, a bad USB stick), not an attacker,
    // who is caught by the AEAD tag below.
    if Sha256::digest(body).as_slice() != checksum {
        return Err(CryptoError::BackupDamaged);
    }
    let ciphertext_len = body.len() - BACKUP_HEADER_LEN;
    if ciphertext_len - TAG_LEN > MAX_BACKUP_BYTES {
        return Err(CryptoError::TooLarge {
            size: ciphertext_len - TAG_LEN,
            limit: MAX_BACKUP_BYTES,
        });
    }
    let mut at = BACKUP_MAGIC.len() + 1;
    let params =
        Argon2Params::from_bytes(&body[at..at + PARAMS_LEN]).ok_or(CryptoError::BackupDamaged)?;
    at += PARAMS_LEN;
    let salt = &body[at..at + SALT_LEN];
    at += SALT_LEN;
    let stored_check = &body[at..at + CHECK_LEN];

    let stretched = params.stretch(passphrase, salt)?;
    let (cipher, nonce, check) = passphrase_cipher(&stretched, BACKUP_INFO)?;
    if !bool::from(check.ct_eq(stored_check)) {
        return Err(CryptoError::WrongBackupPassphrase);
    }
    let (header, ciphertext) = body.split_at(BACKUP_HEADER_LEN);
    cipher
        .decrypt(
            &nonce,
            Payload {
                msg: ciphertext,
                aad: header,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| CryptoError::BackupTampered)
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
mod tests {
    use super::*;
    use proptest::prelude::*;

    const AD: &[u8] = b"journey:KTXRBM";
    const DETAILS: &[u8] =
        br#"{"firstName":"Rahim","lastName":"Uddin","dateOfBirth":"1995-06-01","nhsNumber":"9434765919"}"#;

    fn keys() -> (PublicKey, SecretKey) {
        PracticeKeys::generate().unwrap()
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    // --- sealing -------------------------------------------------------------------------

    #[test]
    fn sealed_details_open_with_the_practice_key_and_the_same_reference() {
        let (public, secret) = keys();
        let blob = seal(&public, DETAILS, AD).unwrap();
        assert_eq!(blob[0], SEAL_V1, "the format version comes first");
        assert_eq!(open(&secret, &blob, AD).unwrap().as_slice(), DETAILS);
    }

    #[test]
    fn a_sealed_blob_does_not_contain_the_plaintext() {
        let (public, _) = keys();
        let blob = seal(&public, DETAILS, AD).unwrap();
        for needle in [&b"Rahim"[..], b"Uddin", b"1995-06-01", b"9434765919"] {
            assert!(!contains(&blob, needle), "{:?} visible", needle);
        }
    }

    #[test]
    fn sealing_twice_gives_different_blobs_of_padded_length() {
        let (public, _) = keys();
        let a = seal(&public, DETAILS, AD).unwrap();
        let b = seal(&public, DETAILS, AD).unwrap();
        assert_ne!(a, b, "a fresh ephemeral key each time");
        let short = seal(&public, b"Al", AD).unwrap();
        let longer = seal(&public, b"Alexandra-Christina", AD).unwrap();
        assert_eq!(short.len(), longer.len(), "lengths are padded to a block");
        assert_eq!(short.len(), SEAL_HEADER_LEN + PAD_BLOCK + TAG_LEN);
    }

    #[test]
    fn another_practice_key_cannot_open_it() {
        let (public, _) = keys();
        let (_, other) = keys();
        let blob = seal(&public, DETAILS, AD).unwrap();
        assert_eq!(open(&other, &blob, AD).unwrap_err(), CryptoError::WrongKey);
    }

    #[test]
    fn another_key_with_a_forged_key_id_still_cannot_open_it() {
        let (public, _) = keys();
        let (_, other) = keys();
        let mut blob = seal(&public, DETAILS, AD).unwrap();
        blob[1..1 + KEY_ID_LEN].copy_from_slice(&other.public_key().key_id());
        assert_eq!(
            open(&other, &blob, AD).unwrap_err(),
            CryptoError::CannotOpen
        );
    }

    #[test]
    fn details_moved_to_another_journey_do_not_open() {
        let (public, secret) = keys();
        let blob = seal(&public, DETAILS, AD).unwrap();
        assert_eq!(
            open(&secret, &blob, b"journey:QWERTY").unwrap_err(),
            CryptoError::CannotOpen
        );
        assert_eq!(
            open(&secret, &blob, b"").unwrap_err(),
            CryptoError::CannotOpen
        );
    }

    #[test]
    fn any_changed_byte_is_detected() {
        let (public, secret) = keys();
        let blob = seal(&public, DETAILS, AD).unwrap();
        for i in 1..blob.len() {
            let mut bad = blob.clone();
            bad[i] ^= 0x01;
            let err = open(&secret, &bad, AD).unwrap_err();
            assert!(
                matches!(err, CryptoError::CannotOpen | CryptoError::WrongKey),
                "byte {i}: {err:?}"
            );
        }
    }

    #[test]
    fn truncated_or_empty_blobs_are_refused() {
        let (public, secret) = keys();
        let blob = seal(&public, DETAILS, AD).unwrap();
        assert_eq!(open(&secret, &[], AD).unwrap_err(), CryptoError::Malformed);
        assert_eq!(
            open(&secret, &blob[..SEAL_HEADER_LEN + 10], AD).unwrap_err(),
            CryptoError::Malformed
        );
        assert_eq!(
            open(&secret, &blob[..blob.len() - 1], AD).unwrap_err(),
            CryptoError::CannotOpen
        );
    }

    #[test]
    fn an_unknown_format_version_says_so() {
        let (public, secret) = keys();
        let mut blob = seal(&public, DETAILS, AD).unwrap();
        blob[0] = 2;
        let err = open(&secret, &blob, AD).unwrap_err();
        assert_eq!(err, CryptoError::UnsupportedVersion { found: 2 });
        assert!(err.to_string().contains("update the app"), "{err}");
    }

    #[test]
    fn a_low_order_public_key_is_refused_rather_than_sealed_to() {
        // The identity point: every shared secret with it is zero.
        let weak = PublicKey::from_bytes([0u8; 32]);
        assert_eq!(
            seal(&weak, DETAILS, AD).unwrap_err(),
            CryptoError::InvalidPublicKey
        );
    }

    #[test]
    fn a_low_order_ephemeral_key_in_a_blob_does_not_open() {
        let (public, secret) = keys();
        let mut blob = seal(&public, DETAILS, AD).unwrap();
        blob[1 + KEY_ID_LEN..SEAL_HEADER_LEN].fill(0);
        assert_eq!(
            open(&secret, &blob, AD).unwrap_err(),
            CryptoError::CannotOpen
        );
    }

    #[test]
    fn oversized_plaintext_is_refused() {
        let (public, _) = keys();
        let big = vec![0u8; MAX_SEALED_BYTES + 1];
        assert!(matches!(
            seal(&public, &big, AD),
            Err(CryptoError::TooLarge { .. })
        ));
    }

    #[test]
    fn public_keys_round_trip_as_text_and_secrets_are_not_printed() {
        let (public, secret) = keys();
        let text = public.to_string();
        assert_eq!(text.len(), 64);
        assert_eq!(text.parse::<PublicKey>().unwrap(), public);
        assert_eq!(
            "not hex".parse::<PublicKey>().unwrap_err(),
            CryptoError::InvalidPublicKey
        );
        assert_eq!(format!("{secret:?}"), "SecretKey(<redacted>)");
        assert_eq!(public.fingerprint().len(), 19, "four groups of four");
        assert!(format!("{public:?}").contains(&public.fingerprint()));
    }

    // --- wrapping ------------------------------------------------------------------------

    fn light() -> Argon2Params {
        Argon2Params::for_tests()
    }

    #[test]
    fn each_staff_wrap_unlocks_the_same_key() {
        let (public, secret) = keys();
        let ann = wrap_secret(&secret, "402917", &light()).unwrap();
        let bob = wrap_secret(&secret, "730184", &light()).unwrap();
        assert_ne!(ann, bob);
        for (wrap, pin) in [(&ann, "402917"), (&bob, "730184")] {
            let unlocked = unwrap_secret(wrap, pin).unwrap();
            assert_eq!(unlocked.public_key(), public);
            assert_eq!(wrap.public_key(), public, "readable without the PIN");
        }
        // What one sealed, the key unlocked by either PIN opens.
        let blob = seal(&public, DETAILS, AD).unwrap();
        let via_bob = unwrap_secret(&bob, "730184").unwrap();
        assert_eq!(open(&via_bob, &blob, AD).unwrap().as_slice(), DETAILS);
    }

    #[test]
    fn a_wrong_pin_is_refused() {
        let (_, secret) = keys();
        let wrap = wrap_secret(&secret, "402917", &light()).unwrap();
        assert_eq!(
            unwrap_secret(&wrap, "402918").unwrap_err(),
            CryptoError::WrongSecret
        );
        assert_eq!(
            unwrap_secret(&wrap, "").unwrap_err(),
            CryptoError::WrongSecret
        );
        assert_eq!(
            wrap_secret(&secret, "", &light()).unwrap_err(),
            CryptoError::PassphraseTooShort { min: 1 }
        );
    }

    #[test]
    fn the_recovery_passphrase_unlocks_however_it_is_typed() {
        let (public, secret) = keys();
        let phrase = generate_recovery_passphrase().unwrap();
        assert_eq!(phrase.len(), 29);
        assert_eq!(phrase.matches('-').count(), 4);
        let wrap = wrap_secret(&secret, &canonical_recovery_passphrase(&phrase), &light()).unwrap();
        let typed = phrase.to_lowercase().replace('-', " ").replace('0', "o");
        let unlocked = unwrap_secret(&wrap, &canonical_recovery_passphrase(&typed)).unwrap();
        assert_eq!(unlocked.public_key(), public);
        assert_ne!(
            generate_recovery_passphrase().unwrap(),
            phrase,
            "each one is random"
        );
    }

    #[test]
    fn a_wrapped_key_round_trips_through_one_column() {
        let (_, secret) = keys();
        let wrap = wrap_secret(&secret, "402917", &light()).unwrap();
        assert_eq!(WrappedKey::from_bytes(wrap.as_bytes()).unwrap(), wrap);
        let text = wrap.to_string();
        assert_eq!(text.len(), WRAP_LEN * 2);
        let back: WrappedKey = text.parse().unwrap();
        assert_eq!(back.params(), light());
        assert!(unwrap_secret(&back, "402917").is_ok());
        assert!(!format!("{wrap:?}").contains(&text));
    }

    #[test]
    fn a_changed_or_unknown_wrapped_key_is_reported() {
        let (_, secret) = keys();
        let wrap = wrap_secret(&secret, "402917", &light()).unwrap();
        let mut bytes = wrap.as_bytes().to_vec();
        bytes[0] = 9;
        assert_eq!(
            WrappedKey::from_bytes(&bytes).unwrap_err(),
            CryptoError::UnsupportedVersion { found: 9 }
        );
        assert_eq!(
            WrappedKey::from_bytes(&wrap.as_bytes()[..WRAP_LEN - 1]).unwrap_err(),
            CryptoError::Malformed
        );
        // Absurd memory settings are refused before anything is allocated.
        let mut bytes = wrap.as_bytes().to_vec();
        bytes[1..5].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(
            WrappedKey::from_bytes(&bytes).unwrap_err(),
            CryptoError::Malformed
        );
        // A changed ciphertext, with the right PIN: damaged, not "wrong PIN".
        let mut bytes = wrap.as_bytes().to_vec();
        bytes[WRAP_LEN - 1] ^= 1;
        let changed = WrappedKey::from_bytes(&bytes).unwrap();
        assert_eq!(
            unwrap_secret(&changed, "402917").unwrap_err(),
            CryptoError::Malformed
        );
        // A swapped public key in the header is caught by the AEAD too.
        let mut bytes = wrap.as_bytes().to_vec();
        bytes[1 + PARAMS_LEN + SALT_LEN] ^= 1;
        let changed = WrappedKey::from_bytes(&bytes).unwrap();
        assert_eq!(
            unwrap_secret(&changed, "402917").unwrap_err(),
            CryptoError::Malformed
        );
    }

    #[test]
    fn settings_below_the_floor_are_refused_and_rewraps_are_flagged() {
        assert_eq!(
            Argon2Params::new(8 * 1024, 3, 1).unwrap_err(),
            CryptoError::WeakParameters
        );
        assert_eq!(
            Argon2Params::new(64 * 1024, 1, 1).unwrap_err(),
            CryptoError::WeakParameters
        );
        assert_eq!(
            Argon2Params::new(2 * 1024 * 1024, 3, 1).unwrap_err(),
            CryptoError::WeakParameters
        );
        for p in [
            Argon2Params::PIN,
            Argon2Params::RECOVERY,
            Argon2Params::BACKUP,
        ] {
            assert_eq!(
                Argon2Params::new(p.memory_kib(), p.passes(), p.lanes()).unwrap(),
                p
            );
        }
        let (_, secret) = keys();
        let wrap = wrap_secret(&secret, "402917", &light()).unwrap();
        assert!(wrap.needs_rewrap(&Argon2Params::PIN));
        assert!(!wrap.needs_rewrap(&light()));
    }

    // --- backups -------------------------------------------------------------------------

    const PASSPHRASE: &str = "plum orchard seven lanterns";
    const DATABASE: &[u8] = b"SQLite format 3\0 ... pretend database with Rahim Uddin ...";

    fn backup() -> Vec<u8> {
        encrypt_backup_with(DATABASE, PASSPHRASE, &light()).unwrap()
    }

    #[test]
    fn a_backup_restores_with_its_passphrase() {
        let file = backup();
        assert!(is_backup(&file));
        assert!(!contains(&file, b"Rahim"));
        assert!(!contains(&file, b"SQLite format 3"));
        assert_eq!(
            decrypt_backup(&file, PASSPHRASE).unwrap().as_slice(),
            DATABASE
        );
    }

    #[test]
    fn a_backup_with_the_wrong_passphrase_says_so() {
        let err = decrypt_backup(&backup(), "plum orchard seven lantern").unwrap_err();
        assert_eq!(err, CryptoError::WrongBackupPassphrase);
    }

    #[test]
    fn a_damaged_or_incomplete_backup_says_so() {
        let file = backup();
        let mut flipped = file.clone();
        flipped[BACKUP_HEADER_LEN + 3] ^= 0x40;
        assert_eq!(
            decrypt_backup(&flipped, PASSPHRASE).unwrap_err(),
            CryptoError::BackupDamaged
        );
        assert_eq!(
            decrypt_backup(&file[..file.len() - 10], PASSPHRASE).unwrap_err(),
            CryptoError::BackupDamaged
        );
        assert_eq!(
            decrypt_backup(&file[..BACKUP_MAGIC.len()], PASSPHRASE).unwrap_err(),
            CryptoError::BackupDamaged
        );
    }

    #[test]
    fn a_backup_changed_on_purpose_is_refused_as_tampered() {
        // An attacker can recompute the unkeyed checksum, but not the AEAD tag.
        let file = backup();
        let mut body = file[..file.len() - CHECKSUM_LEN].to_vec();
        body[BACKUP_HEADER_LEN + 3] ^= 0x40;
        let checksum = Sha256::digest(&body);
        body.extend_from_slice(&checksum);
        assert_eq!(
            decrypt_backup(&body, PASSPHRASE).unwrap_err(),
            CryptoError::BackupTampered
        );
    }

    #[test]
    fn other_files_and_newer_backups_are_named_as_such() {
        assert_eq!(
            decrypt_backup(b"SQLite format 3\0", PASSPHRASE).unwrap_err(),
            CryptoError::NotABackup
        );
        assert_eq!(
            decrypt_backup(b"", PASSPHRASE).unwrap_err(),
            CryptoError::NotABackup
        );
        let mut file = backup();
        file[BACKUP_MAGIC.len()] = 2;
        assert_eq!(
            decrypt_backup(&file, PASSPHRASE).unwrap_err(),
            CryptoError::UnsupportedVersion { found: 2 }
        );
    }

    #[test]
    fn a_short_backup_passphrase_is_refused() {
        assert_eq!(
            encrypt_backup_with(DATABASE, "short", &light()).unwrap_err(),
            CryptoError::PassphraseTooShort {
                min: MIN_BACKUP_PASSPHRASE_CHARS
            }
        );
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
