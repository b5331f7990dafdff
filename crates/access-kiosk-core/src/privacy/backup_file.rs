//! Backups: a whole database file encrypted under a passphrase (Argon2id +
//! XChaCha20-Poly1305), with a SHA-256 checksum so a damaged or incomplete copy, a wrong
//! passphrase and a deliberately changed file are told apart.

use super::params::passphrase_cipher;
use super::*;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::tests::*;

    // --- backups -------------------------------------------------------------------------

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
}
