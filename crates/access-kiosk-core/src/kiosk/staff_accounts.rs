//! Staff accounts: the first administrator (and the practice key's set-up with it), the
//! staff list, adding and removing staff and resetting a PIN (administrators only, with a
//! fresh PIN).

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::staff::{self, StaffMember, StaffSession};

/// The first administrator, the recovery passphrase to show once, and the session token of
/// their login (the new administrator goes on to the practice's settings).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FirstAdmin {
    #[serde(flatten)]
    pub member: StaffMember,
    pub recovery_passphrase: String,
    pub token: String,
}

impl Kiosk {
    /// Whether the first start still has to create an administrator.
    pub fn needs_first_admin(&self) -> Result<bool, KioskError> {
        Ok(!self.store().has_admin()?)
    }

    /// Creates the first administrator, logged in; refused once one exists, and without this
    /// kiosk's one-time set-up code. Makes a fresh practice key pair, wraps it under the
    /// administrator's PIN (bound to this tablet) and a new recovery passphrase (returned to
    /// be shown once). A file from an older version that sealed details before set-up has
    /// them re-sealed to the fresh key, and its old key destroyed. The code is then deleted.
    pub fn create_first_admin(
        &self,
        setup_code: &str,
        name: &str,
        pin: &str,
        now: DateTime<Utc>,
    ) -> Result<FirstAdmin, KioskError> {
        if !self.needs_first_admin()? {
            return Err(KioskError::NotAdmin);
        }
        self.check_setup_code(setup_code, now)?;
        let name = check_staff_name(name)?;
        staff::check_new_pin(pin).map_err(KioskError::Pin)?;
        let gate = self.stretch_gate_now()?;
        let old = self.provisional_secret()?;
        let fresh = self.new_practice_key()?;
        let mut store = self.store();
        let (member, counts) = store.set_up_practice_key(
            name,
            |secret| {
                crate::privacy::wrap_secret_bound(
                    secret,
                    pin,
                    self.device(),
                    &crate::privacy::params::pin_params(),
                )
                .map_err(Into::into)
            },
            old.as_ref(),
            &fresh.key,
            now,
        )?;
        drop(gate);
        store.scrub()?;
        store.audit_staff(
            member.id,
            &member.name,
            "staff-added",
            json!({ "name": member.name, "admin": true }),
            now,
        )?;
        store.audit_staff(
            member.id,
            &member.name,
            "practice-key-set-up",
            json!({
                "fingerprint": fresh.fingerprint(),
                "resealed": counts.resealed,
                "unreadable": counts.unreadable,
            }),
            now,
        )?;
        // The new administrator stays logged in to go on to the practice's settings.
        store.audit_staff(
            member.id,
            &member.name,
            "login",
            json!({ "firstRun": true }),
            now,
        )?;
        drop(store);
        self.setup_code_used();
        let recovery_passphrase = fresh.recovery_passphrase.to_string();
        let token = self
            .desk()
            .begin(
                StaffSession::start(&member, now),
                Some(Arc::new(fresh.key.secret)),
            )
            .map_err(|_| crate::privacy::CryptoError::Random)?;
        Ok(FirstAdmin {
            member,
            recovery_passphrase,
            token: token.to_hex(),
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
        let wrap = {
            let _gate = self.stretch_gate();
            self.pin_wrap(&key, pin)?
        };
        drop(key);
        let member = self
            .store()
            .insert_staff_with_wrap(name, is_admin, &wrap, now)?;
        self.audit_as(
            &admin,
            "staff-added",
            json!({ "name": member.name, "staffId": member.id, "admin": is_admin }),
            now,
        )?;
        Ok(member)
    }

    pub fn remove_staff(&self, staff_id: i64, now: DateTime<Utc>) -> Result<(), KioskError> {
        let admin = self.admin_fresh(now)?;
        if admin.staff_id == staff_id {
            return Err(KioskError::CannotRemoveSelf);
        }
        let mut store = self.store();
        let member = store
            .staff_by_id(staff_id)?
            .ok_or(KioskError::NoSuchStaff)?;
        store.remove_staff(staff_id, now)?;
        store.audit_staff(
            admin.staff_id,
            &admin.name,
            "staff-removed",
            json!({ "name": member.name, "staffId": member.id }),
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
        let wrap = {
            let _gate = self.stretch_gate();
            self.pin_wrap(&key, pin)?
        };
        drop(key);
        let mut store = self.store();
        let member = store
            .staff_by_id(staff_id)?
            .ok_or(KioskError::NoSuchStaff)?;
        store.set_pin_wrap(staff_id, &wrap, now)?;
        store.audit_staff(
            admin.staff_id,
            &admin.name,
            "pin-reset",
            json!({ "name": member.name, "staffId": member.id }),
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

    use crate::kiosk::testing::*;

    #[test]
    fn the_first_administrator_can_be_created_only_once() {
        let (_d, k) = open_kiosk();
        assert!(k.needs_first_admin().unwrap());
        let code = k.setup_code_for_tests();
        assert!(matches!(
            k.create_first_admin("WRONG-CODE-HERE", "Mallory", "402917", t0()),
            Err(KioskError::WrongSetUpCode)
        ));
        assert_eq!(audit_count(&k, "setup-code-refused"), 1);
        k.create_first_admin(&code, "Amir Admin", "402917", t0())
            .unwrap();
        assert!(!k.needs_first_admin().unwrap());
        assert!(
            k.create_first_admin(&code, "Mallory", "402917", t0())
                .is_err(),
            "no second first admin"
        );
        assert!(matches!(
            k.create_first_admin(&code, "", "1", t0()),
            Err(KioskError::NotAdmin)
        ));
        assert!(
            k.setup_code_for_tests().is_empty(),
            "the code is gone once used"
        );
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
        log_in(&k, ola.id, "583920");
        assert!(matches!(
            k.add_staff("X", "583921", false, t0()),
            Err(KioskError::NotAdmin)
        ));
        assert!(matches!(
            k.audit_log(None, None, t0()),
            Err(KioskError::NotAdmin)
        ));
        log_in(&k, admin.id, "402917");
        k.remove_staff(ola.id, t0()).unwrap();
        assert!(
            k.log_in(ola.id, "583920", t0()).is_err(),
            "a removed account cannot log in"
        );
        let log = k.audit_log(None, Some("staff-removed"), t0()).unwrap();
        assert_eq!(log.len(), 1);
    }
}
