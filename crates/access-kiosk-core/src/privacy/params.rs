//! Argon2id settings: the cost stored with each wrapped key and backup, the key material it
//! stretches a PIN or passphrase into, and the settings each kind of wrap is made with. Unit
//! tests use cheap ones so the suite stays fast; every other build uses the real costs (see
//! SECURITY.md).

use super::*;

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
    pub(super) fn within_limits(&self) -> bool {
        (1..=Self::MAX_LANES).contains(&self.lanes)
            && (1..=Self::MAX_PASSES).contains(&self.passes)
            && self.memory_kib >= 8 * self.lanes
            && self.memory_kib <= Self::MAX_MEMORY_KIB
    }

    pub(super) fn to_bytes(self) -> [u8; PARAMS_LEN] {
        let mut b = [0u8; PARAMS_LEN];
        b[0..4].copy_from_slice(&self.memory_kib.to_le_bytes());
        b[4..8].copy_from_slice(&self.passes.to_le_bytes());
        b[8..12].copy_from_slice(&self.lanes.to_le_bytes());
        b
    }

    pub(super) fn from_bytes(b: &[u8]) -> Option<Self> {
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
    pub(super) fn stretch(
        &self,
        phrase: &str,
        salt: &[u8],
    ) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
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
pub(super) fn passphrase_cipher(
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

/// Argon2id settings for wrapping the key under a staff PIN (cheap in unit tests only).
pub fn pin_params() -> Argon2Params {
    #[cfg(test)]
    {
        Argon2Params::for_tests()
    }
    #[cfg(not(test))]
    {
        Argon2Params::PIN
    }
}

/// Argon2id settings for the recovery wrap (cheap in unit tests only).
pub fn recovery_params() -> Argon2Params {
    #[cfg(test)]
    {
        Argon2Params::for_tests()
    }
    #[cfg(not(test))]
    {
        Argon2Params::RECOVERY
    }
}

/// Argon2id settings for backups (cheap in unit tests only).
pub fn backup_params() -> Argon2Params {
    #[cfg(test)]
    {
        Argon2Params::for_tests()
    }
    #[cfg(not(test))]
    {
        Argon2Params::BACKUP
    }
}
