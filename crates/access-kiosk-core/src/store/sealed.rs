//! Personal details as sealed in the store: one JSON object per journey, bound to its
//! reference. Used by both the journeys and the practice key's re-sealing.

use chrono::NaiveDate;
use serde::Serialize;

use super::StoreError;
use crate::journey::{CarerName, PersonalDetails};
use crate::privacy::{open, SecretKey};

/// The personal fields as sealed: one JSON object per journey. The date is `YYYY-MM-DD`.
/// A proxy's own name is in the same blob (absent in blobs sealed before proxies had one).
#[derive(Default, Serialize, serde::Deserialize)]
pub(crate) struct SealedDetails {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub nhs_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carer_first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carer_last_name: Option<String>,
}

impl SealedDetails {
    pub(crate) fn to_json(&self) -> zeroize::Zeroizing<Vec<u8>> {
        // Serialising a struct of strings cannot fail.
        zeroize::Zeroizing::new(serde_json::to_vec(self).unwrap_or_default())
    }

    pub(crate) fn from_person(p: &PersonalDetails) -> Self {
        SealedDetails {
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            date_of_birth: p.date_of_birth.format("%Y-%m-%d").to_string(),
            mobile: p.mobile.clone(),
            email: p.email.clone(),
            nhs_number: p.nhs_number.clone(),
            carer_first_name: p.carer.as_ref().map(|c| c.first_name.clone()),
            carer_last_name: p.carer.as_ref().map(|c| c.last_name.clone()),
        }
    }

    pub(crate) fn into_person(self) -> Option<PersonalDetails> {
        Some(PersonalDetails {
            date_of_birth: NaiveDate::parse_from_str(&self.date_of_birth, "%Y-%m-%d").ok()?,
            first_name: self.first_name,
            last_name: self.last_name,
            mobile: self.mobile,
            email: self.email,
            nhs_number: self.nhs_number,
            carer: match (self.carer_first_name, self.carer_last_name) {
                (Some(first_name), Some(last_name)) => Some(CarerName {
                    first_name,
                    last_name,
                }),
                _ => None,
            },
        })
    }
}

/// What a journey's sealed details are bound to: a blob copied onto another journey's row
/// does not open.
pub(crate) fn associated_data(reference: &str) -> Vec<u8> {
    format!("journey:{reference}").into_bytes()
}

/// Opens one journey's sealed details.
pub(crate) fn open_details(
    key: &SecretKey,
    blob: &[u8],
    reference: &str,
) -> Result<SealedDetails, StoreError> {
    let json = open(key, blob, &associated_data(reference))?;
    serde_json::from_slice(&json)
        .map_err(|_| StoreError::Crypto(crate::privacy::CryptoError::Malformed))
}

/// A sealed row as the practice key's replacement reads it: its key (journey or event id),
/// the associated data it is bound to, and the blob.
pub(super) type SealedRow = (i64, Vec<u8>, Vec<u8>);

/// Every journey's sealed details with what they are bound to, for re-sealing to a new
/// practice key.
pub(super) fn personal_rows(conn: &rusqlite::Connection) -> Result<Vec<SealedRow>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT s.journey_id, j.reference, s.sealed
         FROM sealed_personal s JOIN journey j ON j.id = s.journey_id",
    )?;
    let rows = stmt.query_map([], |r| {
        let reference: String = r.get(1)?;
        Ok((r.get(0)?, associated_data(&reference), r.get(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
