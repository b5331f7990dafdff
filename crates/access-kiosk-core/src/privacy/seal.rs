//! Sealed personal details: anyone holding the practice's [`PublicKey`] can seal; only the
//! [`SecretKey`] opens (ephemeral X25519, HKDF-SHA256, XChaCha20-Poly1305 bound to the journey
//! reference; plaintext padded to a multiple of [`PAD_BLOCK`]).

use super::*;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::tests::*;

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
}
