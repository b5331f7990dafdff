//! Importing and exporting the borough's process pack, as the kiosk runs it: the packs
//! folder, a preview of what would change, the import (settings and wording applied at once,
//! audited) and the export. The pack's format and checks are [`crate::practice::pack`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::error::KioskError;
use crate::kiosk::Kiosk;
use crate::localisation::Locales;
use crate::practice::pack::*;
use crate::practice::settings_form::{changes, SettingChange};

impl Kiosk {
    fn packs_dir(&self) -> PathBuf {
        self.data_dir().join(PACKS_DIR)
    }

    /// The pack wording in use now: locale → message id → text.
    fn current_pack_messages(&self) -> BTreeMap<String, BTreeMap<String, String>> {
        let dir = self.data_dir().join("locales");
        self.locales()
            .tags()
            .into_iter()
            .filter_map(|tag| {
                let text = std::fs::read_to_string(dir.join(&tag).join(PACK_FTL)).ok()?;
                Some((tag, read_ftl_file(&text)))
            })
            .filter(|(_, m)| !m.is_empty())
            .collect()
    }

    /// Pack files in the packs folder, by name (administrators only).
    pub fn pack_files(&self, now: DateTime<Utc>) -> Result<Vec<String>, KioskError> {
        self.admin_name(now)?;
        let mut names: Vec<String> = std::fs::read_dir(self.packs_dir())
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(PACK_EXTENSION))
            .collect();
        names.sort();
        Ok(names)
    }

    fn read_pack(&self, file: &str) -> Result<CheckedPack, PackError> {
        if file.contains(['/', '\\']) || file.starts_with('.') || !file.ends_with(PACK_EXTENSION) {
            return Err(PackError::NoSuchPack(file.to_owned()));
        }
        let path = self.packs_dir().join(file);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(PackError::NoSuchPack(file.to_owned()))
            }
            Err(e) => return Err(PackError::Unreadable(e.to_string())),
        };
        check(parse(&text)?, &self.config(), &self.locales())
    }

    fn preview_of(&self, file: &str, checked: &CheckedPack) -> PackPreview {
        let current = self.config();
        let settings: Vec<SettingChange> = changes(&current, &checked.config)
            .into_iter()
            .filter(|c| !c.setting.starts_with("pack_"))
            .collect();
        let old = self.current_pack_messages();
        let new = &checked.pack.messages;
        let empty = BTreeMap::new();
        let mut locales: Vec<&String> = old.keys().chain(new.keys()).collect();
        locales.sort();
        locales.dedup();
        let messages: Vec<MessageChanges> = locales
            .into_iter()
            .filter_map(|locale| {
                let (o, n) = (
                    old.get(locale).unwrap_or(&empty),
                    new.get(locale).unwrap_or(&empty),
                );
                let mut ids: Vec<String> = n
                    .iter()
                    .filter(|(id, text)| o.get(*id) != Some(text))
                    .map(|(id, _)| id.clone())
                    .chain(o.keys().filter(|id| !n.contains_key(*id)).cloned())
                    .collect();
                ids.sort();
                (!ids.is_empty()).then(|| MessageChanges {
                    locale: locale.clone(),
                    ids,
                })
            })
            .collect();
        let h = &checked.pack.pack;
        PackPreview {
            file: file.to_owned(),
            name: h.name.clone(),
            version: h.version.clone(),
            date: h.date.clone(),
            nothing_changes: settings.is_empty() && messages.is_empty(),
            settings,
            messages,
        }
    }

    /// What importing `file` from the packs folder would change; changes nothing.
    pub fn preview_pack(&self, file: &str, now: DateTime<Utc>) -> Result<PackPreview, KioskError> {
        self.admin_name(now)?;
        let checked = self.read_pack(file).map_err(KioskError::PackRefused)?;
        Ok(self.preview_of(file, &checked))
    }

    /// Imports `file`: its settings into `practice.toml`, its wording into each locale's
    /// `pack.ftl` (replacing the last pack's), applied at once and audited.
    pub fn import_pack(&self, file: &str, now: DateTime<Utc>) -> Result<PackPreview, KioskError> {
        let a = self.admin_fresh(now)?;
        let admin = a.name.clone();
        let checked = self.read_pack(file).map_err(KioskError::PackRefused)?;
        let preview = self.preview_of(file, &checked);
        let failed = |e: std::io::Error| KioskError::SettingsNotSaved(e.to_string());
        // Wording first: if it cannot be written, the settings stay as they were.
        let locales_dir = self.data_dir().join("locales");
        for change in &preview.messages {
            let dir = locales_dir.join(&change.locale);
            match checked.pack.messages.get(&change.locale) {
                Some(m) if !m.is_empty() => {
                    std::fs::create_dir_all(&dir).map_err(failed)?;
                    write_replacing(&dir.join(PACK_FTL), &ftl_file(&checked.pack.pack, m))
                        .map_err(failed)?;
                }
                _ => match std::fs::remove_file(dir.join(PACK_FTL)) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(failed(e)),
                    _ => {}
                },
            }
        }
        checked
            .config
            .save(self.data_dir())
            .map_err(|e| KioskError::SettingsNotSaved(e.to_string()))?;
        let locales = Locales::shipped()
            .map_err(|e| KioskError::SettingsNotSaved(e.to_string()))?
            .with_overrides(&locales_dir);
        self.replace_config(checked.config, Some(locales));
        let messages: serde_json::Map<String, serde_json::Value> = preview
            .messages
            .iter()
            .map(|m| (m.locale.clone(), json!(m.ids)))
            .collect();
        self.store().audit_staff(
            a.staff_id,
            &admin,
            "pack-imported",
            json!({
                "name": preview.name,
                "version": preview.version,
                "date": preview.date,
                "settings": crate::practice::settings_form::audit_details(&preview.settings),
                "messages": messages,
            }),
            now,
        )?;
        Ok(preview)
    }

    /// Writes the current shared settings and pack wording as a pack in the packs folder
    /// (never the practice's own values); returns the file's name.
    pub fn export_pack(&self, now: DateTime<Utc>) -> Result<String, KioskError> {
        let a = self.admin_fresh(now)?;
        let admin = a.name.clone();
        let c = self.config();
        let pack = Pack {
            pack: PackHeader {
                name: if c.pack_name.is_empty() {
                    format!("{} settings", c.practice_name)
                } else {
                    c.pack_name.clone()
                },
                version: if c.pack_version.is_empty() {
                    "1".into()
                } else {
                    c.pack_version.clone()
                },
                date: now.date_naive().to_string(),
                format: PACK_FORMAT,
            },
            languages: Some(c.languages.clone()),
            identity_methods: Some(
                c.identity_methods
                    .iter()
                    .map(|m| m.as_str().to_owned())
                    .collect(),
            ),
            sign_up_code: Some(c.sign_up_code.clone()),
            enhanced_review_code: Some(c.enhanced_review_code.clone()),
            enhanced_review_not_indicated_code: Some(c.enhanced_review_not_indicated_code.clone()),
            proxy_review_age: Some(c.proxy_review_age),
            proxy_notice_days: Some(c.proxy_notice_days),
            tracking_code: None,
            tracking_code_label: None,
            retention_days_after_close: Some(c.retention_days_after_close),
            retention_days_if_inactive: Some(c.retention_days_if_inactive),
            registration_hosts: (!c.registration_hosts.is_empty())
                .then(|| c.registration_hosts.clone()),
            mdc_targets: Some(c.mdc_targets.clone()),
            mdc_screen_outliers: Some(c.mdc_screen_outliers),
            mdc_fix_limits_after: Some(c.mdc_fix_limits_after),
            messages: self.current_pack_messages(),
        };
        let body = toml::to_string(&pack).map_err(|_| KioskError::ExportFailed)?;
        let text = format!(
            "# Access Kiosk process pack, exported from {} on {}.\n\
             # Import it in staff mode (Settings, Process pack). Never holds the practice's\n\
             # name, ODS code or printer.\n\n{body}",
            c.practice_name.replace('\n', " "),
            now.format("%Y-%m-%d %H:%M UTC")
        );
        let dir = self.packs_dir();
        std::fs::create_dir_all(&dir).map_err(|_| KioskError::ExportFailed)?;
        let name = format!("export-{}{PACK_EXTENSION}", now.format("%Y-%m-%d-%H%M%S"));
        write_replacing(&dir.join(&name), &text).map_err(|_| KioskError::ExportFailed)?;
        self.store().audit_staff(
            a.staff_id,
            &admin,
            "pack-exported",
            json!({ "file": name }),
            now,
        )?;
        Ok(name)
    }
}

fn write_replacing(path: &Path, text: &str) -> std::io::Result<()> {
    let tmp = path.with_extension("new");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::sign_up::IdentityMethod;
    use crate::kiosk::testing::{open_kiosk, set_up};
    use crate::practice::config::PracticeConfig;
    use crate::practice::pack::tests::BOROUGH;
    use chrono::TimeZone;

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
    }

    fn admin_kiosk() -> (tempfile::TempDir, Kiosk) {
        let (dir, k) = open_kiosk();
        let admin = set_up(&k, "Amir Admin", "402917").member;
        crate::kiosk::testing::log_in_at(&k, admin.id, "402917", t0());
        std::fs::create_dir_all(dir.path().join(PACKS_DIR)).unwrap();
        (dir, k)
    }

    fn put(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(PACKS_DIR).join(name), text).unwrap();
    }

    #[test]
    fn import_shows_the_changes_then_applies_them_and_audits() {
        let (dir, k) = admin_kiosk();
        put(dir.path(), "borough.akpack.toml", BOROUGH);
        assert_eq!(k.pack_files(t0()).unwrap(), ["borough.akpack.toml"]);
        let before = std::fs::read(dir.path().join("practice.toml")).unwrap();
        let preview = k.preview_pack("borough.akpack.toml", t0()).unwrap();
        let names: Vec<_> = preview
            .settings
            .iter()
            .map(|c| c.setting.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "identity_methods",
                "languages",
                "retention_days_after_close",
                "sign_up_code",
            ]
        );
        assert_eq!(preview.messages[0].ids, ["script-greeting"]);
        assert!(!preview.nothing_changes);
        // A preview changes nothing.
        assert_eq!(
            std::fs::read(dir.path().join("practice.toml")).unwrap(),
            before
        );

        k.import_pack("borough.akpack.toml", t0()).unwrap();
        assert_eq!(k.config().sign_up_code.code, "XaZ12");
        assert_eq!(k.config().pack_name, "Tower Hamlets access process");
        assert_eq!(
            k.locales().format("en-GB", "script-greeting", None),
            "Good morning. Let's get you set up to see your GP record."
        );
        let on_disk = PracticeConfig::load_or_create(dir.path()).unwrap();
        assert_eq!(on_disk, *k.config());
        assert_eq!(on_disk.practice_name, "Demo Surgery");
        let audit = k
            .store()
            .audit_entries(None, Some("pack-imported"), 10)
            .unwrap();
        assert_eq!(audit.len(), 1);
        assert_eq!(k.session_info(t0()).unwrap().codes[0].entry.code, "XaZ12");

        // The identity checks the pack left out are refused by the domain, not just hidden.
        let form = crate::journey::InterestForm {
            first_name: "Nadia".into(),
            last_name: "Begum".into(),
            dob_day: "7".into(),
            dob_month: "3".into(),
            dob_year: "1980".into(),
            mobile: "07700 900123".into(),
            nhs_app: Some(crate::journey::NhsApp::No),
            id_documents: Some(crate::journey::IdDocumentsToday::Both),
            ..Default::default()
        };
        let j = k
            .start_journey(&form, "en-GB", crate::journey::Channel::Reception, t0())
            .unwrap();
        let vouch = crate::journey::sign_up::Step::IdentityVerified {
            method: IdentityMethod::Vouching,
            documents: vec![],
            vouched_by: Some("Dr Shah".into()),
            patient: None,
        };
        assert!(matches!(
            k.record_step(j.id, &vouch, t0()),
            Err(KioskError::Step(
                crate::journey::sign_up::StepProblem::MethodNotAllowed
            ))
        ));
    }

    #[test]
    fn a_refused_pack_changes_nothing() {
        let (dir, k) = admin_kiosk();
        put(
            dir.path(),
            "broken.akpack.toml",
            &BOROUGH.replace("Good morning.", "Good { morning."),
        );
        let before = std::fs::read(dir.path().join("practice.toml")).unwrap();
        let config = k.config();
        let err = k.import_pack("broken.akpack.toml", t0()).unwrap_err();
        assert_eq!(err.code(), "pack-refused");
        assert_eq!(
            std::fs::read(dir.path().join("practice.toml")).unwrap(),
            before
        );
        assert_eq!(*k.config(), *config);
        assert!(!dir.path().join("locales/en-GB").join(PACK_FTL).exists());
        assert!(matches!(
            k.preview_pack("../practice.toml", t0()),
            Err(KioskError::PackRefused(PackError::NoSuchPack(_)))
        ));
    }

    #[test]
    fn an_exported_pack_reimports_with_nothing_to_change() {
        let (dir, k) = admin_kiosk();
        put(
            dir.path(),
            "borough.akpack.toml",
            &BOROUGH.replace(
                "script-greeting = \"Good morning. Let's get you set up to see your GP record.\"",
                "script-greeting = \"\"\"\nGood morning.\nLet's get you set up.\"\"\"",
            ),
        );
        k.import_pack("borough.akpack.toml", t0()).unwrap();
        let exported = k.export_pack(t0()).unwrap();
        assert!(exported.ends_with(PACK_EXTENSION));
        let text = std::fs::read_to_string(dir.path().join(PACKS_DIR).join(&exported)).unwrap();
        assert!(
            !text.contains("Demo Surgery\"") && !text.contains("ods_code"),
            "{text}"
        );
        let preview = k.preview_pack(&exported, t0()).unwrap();
        assert!(preview.nothing_changes, "{preview:?}");
        assert_eq!(preview.name, "Tower Hamlets access process");
    }
}
