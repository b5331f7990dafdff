//! The device secret: 32 random bytes that live on this tablet, outside the database (in the
//! OS keystore, or a file in a folder of its own: see [`crate::device_secret`]). Every staff
//! PIN wrap is bound to it, so the database or a copy of it, taken alone, cannot be opened by
//! trying PINs: the attacker would also have to guess 256 random bits.

use super::*;

/// This tablet's device secret. Zeroized when dropped; never printed.
#[derive(Clone)]
pub struct DeviceSecret(Zeroizing<[u8; KEY_LEN]>);

/// How long a device id is: enough to tell this tablet's wraps from another's.
pub const DEVICE_ID_LEN: usize = 8;

const DEVICE_ID_INFO: &[u8] = b"access-kiosk/device-id/v1";

impl DeviceSecret {
    /// A new random device secret (made once, the first time a kiosk runs on a tablet).
    pub fn generate() -> Result<Self, CryptoError> {
        Ok(DeviceSecret(random_array::<KEY_LEN>()?))
    }

    /// The device secret from its stored bytes; `None` if they are not 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let raw: [u8; KEY_LEN] = bytes.try_into().ok()?;
        Some(DeviceSecret(Zeroizing::new(raw)))
    }

    /// The secret's bytes, to store them (keystore or file). Handle with care.
    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// A short, non-secret name for this device secret, written into each wrap bound to it,
    /// so that a wrap made on another tablet is recognised as such without a key stretch.
    pub fn id(&self) -> [u8; DEVICE_ID_LEN] {
        let digest = Sha256::new()
            .chain_update(DEVICE_ID_INFO)
            .chain_update(&self.0[..])
            .finalize();
        let mut id = [0u8; DEVICE_ID_LEN];
        id.copy_from_slice(&digest[..DEVICE_ID_LEN]);
        id
    }

    /// The device id as text, for the log and the About panel.
    pub fn id_text(&self) -> String {
        to_hex(&self.id())
    }
}

impl fmt::Debug for DeviceSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeviceSecret(id {})", self.id_text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_device_secret_has_its_own_id_and_debug_never_shows_it() {
        let a = DeviceSecret::generate().unwrap();
        let b = DeviceSecret::generate().unwrap();
        assert_ne!(a.id(), b.id());
        let same = DeviceSecret::from_bytes(a.as_bytes()).unwrap();
        assert_eq!(same.id(), a.id());
        let shown = format!("{a:?}");
        assert!(!shown.contains(&to_hex(a.as_bytes())), "{shown}");
        assert!(DeviceSecret::from_bytes(&[0u8; 31]).is_none());
    }
}
