//! The practice key wrapped under a staff PIN or the recovery passphrase, stretched with
//! Argon2id whose settings are stored beside the ciphertext, and the recovery passphrase.
//!
//! Two versions: a **recovery wrap** (version 1) opens with its passphrase alone, on any
//! tablet (that is how a backup is restored on a new one); a **staff wrap** (version 2) is
//! also bound to this tablet's [`DeviceSecret`], so a copy of the database, taken alone,
//! cannot be opened by trying PINs. Version 1 staff wraps from before the binding still open,
//! and are replaced by a bound one at that member's next login.

use super::params::passphrase_cipher;
use super::*;

/// The practice's secret key encrypted under one PIN or passphrase: one per staff account,
/// one for the recovery passphrase. Not secret on its own, but only as strong as its PIN.
#[derive(Clone, PartialEq, Eq)]
pub struct WrappedKey {
    bytes: Vec<u8>,
    params: Argon2Params,
}

/// Where the public key starts in each version (after the header fields before it).
fn public_key_at(version: u8) -> usize {
    match version {
        WRAP_V2 => 1 + PARAMS_LEN + SALT_LEN + DEVICE_ID_LEN,
        _ => 1 + PARAMS_LEN + SALT_LEN,
    }
}

impl WrappedKey {
    /// Reads a wrapped key from its stored bytes (a BLOB column).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        let (&version, _) = bytes.split_first().ok_or(CryptoError::Malformed)?;
        let expected = match version {
            WRAP_V1 => WRAP_LEN,
            WRAP_V2 => WRAP_V2_LEN,
            found => return Err(CryptoError::UnsupportedVersion { found }),
        };
        if bytes.len() != expected {
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
        let start = public_key_at(self.bytes[0]);
        let mut pk = [0u8; KEY_LEN];
        pk.copy_from_slice(&self.bytes[start..start + KEY_LEN]);
        PublicKey::from_bytes(pk)
    }

    /// Whether it was wrapped with settings other than `wanted`: after the next successful
    /// unlock, wrap again with `wanted` and replace the stored copy.
    pub fn needs_rewrap(&self, wanted: &Argon2Params) -> bool {
        self.params() != *wanted
    }

    /// The device a staff wrap is bound to (`None` for a recovery wrap, or a staff wrap made
    /// before wraps were bound to the tablet).
    pub fn device_id(&self) -> Option<[u8; DEVICE_ID_LEN]> {
        (self.bytes[0] == WRAP_V2).then(|| {
            let start = 1 + PARAMS_LEN + SALT_LEN;
            let mut id = [0u8; DEVICE_ID_LEN];
            id.copy_from_slice(&self.bytes[start..start + DEVICE_ID_LEN]);
            id
        })
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
    if bytes[0] != WRAP_V1 {
        // A bound wrap never opens with the PIN alone.
        return Err(CryptoError::OtherDevice);
    }
    let salt = &bytes[1 + PARAMS_LEN..1 + PARAMS_LEN + SALT_LEN];
    let stretched = wrapped.params().stretch(secret_phrase, salt)?;
    open_with(wrapped, &stretched, WRAP_INFO, WRAP_HEADER_LEN)
}

/// The AEAD step shared by both versions: check value, decryption with the header as
/// associated data, and the public key compared with the header's.
fn open_with(
    wrapped: &WrappedKey,
    material: &[u8; 32],
    info: &[u8],
    header_len: usize,
) -> Result<SecretKey, CryptoError> {
    let bytes = &wrapped.bytes;
    let stored_check = &bytes[header_len - CHECK_LEN..header_len];
    let (cipher, nonce, check) = passphrase_cipher(material, info)?;
    if !bool::from(check.ct_eq(stored_check)) {
        return Err(CryptoError::WrongSecret);
    }
    let (header, ciphertext) = bytes.split_at(header_len);
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

/// Encrypts the practice's secret key under a staff PIN **and** this tablet's device
/// secret: Argon2id(PIN) is mixed with the device secret (HKDF-Extract, the device secret as
/// salt) before the wrapping key is derived, so the PIN alone, or the database alone, opens
/// nothing.
pub fn wrap_secret_bound(
    secret: &SecretKey,
    pin: &str,
    device: &DeviceSecret,
    params: &Argon2Params,
) -> Result<WrappedKey, CryptoError> {
    if pin.is_empty() {
        return Err(CryptoError::PassphraseTooShort { min: 1 });
    }
    let salt = random_array::<SALT_LEN>()?;
    let bound = bound_key_material(params, pin, salt.as_ref(), device)?;
    let (cipher, nonce, check) = passphrase_cipher(&bound, WRAP_V2_INFO)?;

    let mut out = Vec::with_capacity(WRAP_V2_LEN);
    out.push(WRAP_V2);
    out.extend_from_slice(&params.to_bytes());
    out.extend_from_slice(salt.as_ref());
    out.extend_from_slice(&device.id());
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

/// Argon2id(PIN, salt), then HKDF-Extract with the device secret as salt.
fn bound_key_material(
    params: &Argon2Params,
    pin: &str,
    salt: &[u8],
    device: &DeviceSecret,
) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
    let stretched = params.stretch(pin, salt)?;
    let (prk, _) = Hkdf::<Sha256>::extract(Some(device.as_bytes()), stretched.as_ref());
    let mut out = Zeroizing::new([0u8; 32]);
    out.copy_from_slice(&prk);
    Ok(out)
}

/// Opens a staff wrap with a PIN on this tablet. A wrap bound to another tablet is refused
/// at once ([`CryptoError::OtherDevice`], no key stretch); a wrap from before the binding
/// opens with the PIN alone (the caller then replaces it with a bound one).
pub fn unwrap_secret_bound(
    wrapped: &WrappedKey,
    pin: &str,
    device: &DeviceSecret,
) -> Result<SecretKey, CryptoError> {
    match wrapped.device_id() {
        None => unwrap_secret(wrapped, pin),
        Some(id) if id != device.id() => Err(CryptoError::OtherDevice),
        Some(_) => open_bound_wrap(wrapped, pin, device),
    }
}

/// The unwrap of a bound wrap itself, without the quick device check: what an attacker who
/// copied the database would have to run for every guess of the PIN *and* of the device
/// secret. Public so the attacker's tests run exactly this.
pub fn open_bound_wrap(
    wrapped: &WrappedKey,
    pin: &str,
    device: &DeviceSecret,
) -> Result<SecretKey, CryptoError> {
    let bytes = &wrapped.bytes;
    if bytes[0] != WRAP_V2 {
        return Err(CryptoError::Malformed);
    }
    let salt = &bytes[1 + PARAMS_LEN..1 + PARAMS_LEN + SALT_LEN];
    let bound = bound_key_material(&wrapped.params(), pin, salt, device)?;
    open_with(wrapped, &bound, WRAP_V2_INFO, WRAP_V2_HEADER_LEN)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::tests::*;

    // --- wrapping ------------------------------------------------------------------------

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
}
