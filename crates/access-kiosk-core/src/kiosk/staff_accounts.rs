//! Staff accounts: the first administrator (and the practice key's set-up with it), the
//! staff list, adding and removing staff and resetting a PIN (administrators only).

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::privacy::params::pin_params;
use crate::privacy::wrap_secret;
use crate::staff::{self, StaffMember, StaffSession};

/// The first administrator, and the recovery passphrase to show once.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FirstAdmin {
    #[serde(flatten)]
    pub member: StaffMember,
    pub recovery_passphrase: String,
}

impl Kiosk {
    /// Whether the first start still has to create an administrator.
    pub fn needs_first_admin(&self) -> Result<bool, KioskError> {
        Ok(!self.store().has_admin()?)
    }

    /// Creates the first administrator, logged in; refused once one exists. Sets up the practice
    /// key: wraps it under the administrator's PIN and under a new recovery passphrase,
    /// which is returned to be shown once, and removes the provisional copy.
    pub fn create_first_admin(
        &self,
        name: &str,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<FirstAdmin, KioskError> {
        if !self.needs_first_admin()? {
            return Err(KioskError::NotAdmin);
        }
        let name = check_staff_name(name)?;
        staff::check_new_pin(pin).map_err(KioskError::Pin)?;
        let setup = self.set_up_practice_key()?;
        let wrap = wrap_secret(&setup.secret, pin, &pin_params())?;
        let mut store = self.store();
        let member =
            store.insert_staff_with_wrap(name, true, &wrap, Some(&setup.recovery_wrap), now)?;
        store.scrub()?;
        store.audit(
            &member.name,
            "staff-added",
            json!({ "name": member.name, "admin": true }),
            now,
        )?;
        store.audit(
            &member.name,
            "practice-key-set-up",
            json!({ "fingerprint": setup.fingerprint }),
            now,
        )?;
        // The new administrator stays logged in to go on to the practice's settings.
        store.audit(&member.name, "login", json!({ "firstRun": true }), now)?;
        drop(store);
        self.desk().begin(
            StaffSession::start(&member, now),
            Some(Arc::new(setup.secret)),
        );
        Ok(FirstAdmin {
            member,
            recovery_passphrase: setup.recovery_passphrase.to_string(),
        })
    }

    /// Accounts for the login picker (names and lock state only).
    pub fn staff_list(&self) -> Result<Vec<StaffMember>, KioskError> {
        Ok(self.store().active_staff()?)
    }

    pub fn add_staff(
        &self,
        name: &str,
        pin: &str,
        is_admin: bool,
        now: DateTime<Utc>,
    ) -> Result<StaffMember, KioskError> {
        let (admin, key) = self.admin_unlocked(now)?;
        let name = check_staff_name(name)?;
        staff::check_new_pin(pin).map_err(KioskError::Pin)?;
        let wrap = wrap_secret(&key, pin, &pin_params())?;
        drop(key);
        let member = self
            .store()
            .insert_staff_with_wrap(name, is_admin, &wrap, None, now)?;
        self.store().audit(
            &admin.name,
            "staff-added",
            json!({ "name": member.name, "admin": is_admin }),
            now,
        )?;
        Ok(member)
    }

    pub fn remove_staff(&self, staff_id: i64, now: DateTime<Utc>) -> Result<(), KioskError> {
        let admin = self.admin_session(now)?;
        if admin.staff_id == staff_id {
            return Err(KioskError::CannotRemoveSelf);
        }
        let mut store = self.store();
        let member = store
            .staff_by_id(staff_id)?
            .ok_or(KioskError::NoSuchStaff)?;
        store.remove_staff(staff_id, now)?;
        store.audit(
            &admin.name,
            "staff-removed",
            json!({ "name": member.name }),
            now,
        )?;
        Ok(())
    }

    pub fn reset_pin(
        &self,
        staff_id: i64,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<(), KioskError> {
        let (admin, key) = self.admin_unlocked(now)?;
        staff::check_new_pin(pin).map_err(KioskError::Pin)?;
        let wrap = wrap_secret(&key, pin, &pin_params())?;
        drop(key);
        let mut store = self.store();
        let member = store
            .staff_by_id(staff_id)?
            .ok_or(KioskError::NoSuchStaff)?;
        store.set_pin_wrap(staff_id, &wrap, now)?;
        store.audit(
            &admin.name,
            "pin-reset",
            json!({ "name": member.name }),
            now,
        )?;
        Ok(())
    }
}

/// A staff name as stored: trimmed, 1 to 60 characters.
fn check_staff_name(name: &str) -> Result<&str, KioskError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 60 {
        return Err(KioskError::StaffNameInvalid);
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::*;

    #[test]
    fn the_first_administrator_can_be_created_only_once() {
        let (_d, k) = open_kiosk();
        assert!(k.needs_first_admin().unwrap());
        k.create_first_admin("Amir Admin", "402917", t0()).unwrap();
        assert!(!k.needs_first_admin().unwrap());
        assert!(
            k.create_first_admin("Mallory", "402917", t0()).is_err(),
            "no second first admin"
        );
        assert!(matches!(
            k.create_first_admin("", "1", t0()),
            Err(KioskError::NotAdmin)
        ));
    }

    #[test]
    fn only_administrators_manage_staff_and_read_the_audit_log() {
        let (_d, k) = open_kiosk();
        let admin = admin_logged_in(&k);
        let ola = k.add_staff("Ola Officer", "583920", false, t0()).unwrap();
        assert!(matches!(
            k.remove_staff(admin.id, t0()),
            Err(KioskError::CannotRemoveSelf)
        ));
        k.log_in(ola.id, "583920", t0()).unwrap();
        assert!(matches!(
            k.add_staff("X", "583921", false, t0()),
            Err(KioskError::NotAdmin)
        ));
        assert!(matches!(
            k.audit_log(None, None, t0()),
            Err(KioskError::NotAdmin)
        ));
        k.log_in(admin.id, "402917", t0()).unwrap();
        k.remove_staff(ola.id, t0()).unwrap();
        assert!(
            k.log_in(ola.id, "583920", t0()).is_err(),
            "a removed account cannot log in"
        );
        let log = k.audit_log(None, Some("staff-removed"), t0()).unwrap();
        assert_eq!(log.len(), 1);
    }
}
