//! The Settings tab and first-run settings, as the kiosk runs them: the form filled from the
//! current settings, and saving it (checked, written to `practice.toml`, applied at once,
//! audited). The form and its rules are [`crate::practice::settings_form`].

use chrono::{DateTime, Utc};

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::practice::config::PracticeConfig;
use crate::practice::settings_form::{audit_details, changes, SettingsForm, SettingsView};

impl Kiosk {
    /// The settings form, filled from the current settings (administrators only).
    pub fn settings_view(&self, now: DateTime<Utc>) -> Result<SettingsView, KioskError> {
        self.admin_name(now)?;
        Ok(self.current_settings_view())
    }

    fn current_settings_view(&self) -> SettingsView {
        let c = PracticeConfig::clone(&self.config());
        let locales = self.locales();
        SettingsView {
            form: SettingsForm::from_config(&c),
            available_languages: locales
                .tags()
                .into_iter()
                .map(|t| {
                    let name = locales.format(&t, "language-name", None);
                    (t, name)
                })
                .collect(),
            codes: c.codes(),
            identity_methods: c.identity_methods,
            pack_name: c.pack_name,
            pack_version: c.pack_version,
            pack_date: c.pack_date,
        }
    }

    /// Checks and saves the settings form (administrators only): writes `practice.toml`,
    /// applies it at once and audits each changed setting with its old and new value.
    pub fn save_settings(
        &self,
        form: &SettingsForm,
        now: DateTime<Utc>,
    ) -> Result<SettingsView, KioskError> {
        let a = self.admin_fresh(now)?;
        let admin = a.name.clone();
        let current = self.config();
        let new = {
            let locales = self.locales();
            form.apply_to(&current, |t| locales.has(t))
                .map_err(KioskError::InvalidSettings)?
        };
        let changed = changes(&current, &new);
        if !changed.is_empty() {
            new.save(self.data_dir())
                .map_err(|e| KioskError::SettingsNotSaved(e.to_string()))?;
            self.replace_config(new, None);
            self.store().audit_staff(
                a.staff_id,
                &admin,
                "settings-changed",
                audit_details(&changed),
                now,
            )?;
        }
        Ok(self.current_settings_view())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::sync::Arc;

    use crate::kiosk::testing::*;
    use crate::practice::settings_form::SettingsForm;

    /// Saving settings takes the settings' write lock. A page start, a submission or a print
    /// that held a read of the settings while reading them again could wait for ever behind
    /// a save waiting between the two reads (std's `RwLock` lets a waiting writer go first),
    /// and the kiosk would hang. Saves in a loop, while other threads submit, print and start
    /// pages, must all finish.
    #[test]
    fn saving_settings_while_patients_submit_and_print_never_hangs() {
        const ROUNDS: usize = 300;
        let (_dir, kiosk) = open_kiosk();
        let admin = admin_logged_in(&kiosk);
        let token = log_in(&kiosk, admin.id, ADMIN_PIN).token.unwrap();
        let kiosk = Arc::new(kiosk);
        let reference = interest(&kiosk, "Amina");
        let (done, finished) = mpsc::channel();
        let saver = {
            let (kiosk, done, token) = (Arc::clone(&kiosk), done.clone(), token.clone());
            std::thread::spawn(move || {
                crate::staff::present_on_this_thread(&token);
                let mut form = SettingsForm::from_config(&kiosk.config());
                for round in 0..ROUNDS {
                    form.practice_name = format!("Riverside Surgery {}", round % 2);
                    kiosk.save_settings(&form, t0()).expect("the settings save");
                }
                done.send("saver").unwrap();
            })
        };
        let patient = {
            let (kiosk, done) = (Arc::clone(&kiosk), done.clone());
            std::thread::spawn(move || {
                for _ in 0..ROUNDS {
                    kiosk.settings().expect("a page starts");
                    kiosk
                        .submit_interest(&interest_form("Rahim"), "bn", t0())
                        .expect("a submission is stored");
                }
                done.send("patient").unwrap();
            })
        };
        let printer = {
            let (kiosk, done) = (Arc::clone(&kiosk), done);
            std::thread::spawn(move || {
                crate::staff::present_on_this_thread(&token);
                for _ in 0..ROUNDS {
                    // No printer is configured: the slip is still composed and the failed
                    // print recorded, which is what reads the settings.
                    let _ = kiosk.print_slip(&reference, false, None, t0());
                }
                done.send("printer").unwrap();
            })
        };
        // A generous bound, so a deadlock fails the test instead of hanging the suite; the
        // work itself takes well under a second.
        for _ in 0..3 {
            let who = finished
                .recv_timeout(std::time::Duration::from_secs(120))
                .expect("every thread finishes: no deadlock between a save and a read");
            assert!(["saver", "patient", "printer"].contains(&who));
        }
        for t in [saver, patient, printer] {
            t.join().expect("no thread panicked");
        }
    }
}
