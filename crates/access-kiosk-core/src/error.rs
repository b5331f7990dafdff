//! The error the UI receives from any command: a stable `code` it switches on, an English
//! `message` for staff and logs, and for a refused form the fields and their codes.
//! The UI shows the patient the Fluent message for the code in their own language.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use std::path::PathBuf;

use crate::journey::sign_up::StepProblem;
use crate::journey::validation::FieldError;
use crate::localisation::LocaleError;
use crate::practice::config::ConfigError;
use crate::qr::QrError;
use crate::staff::{LoginRefused, PinProblem};
use crate::store::StoreError;

/// Why the kiosk could not start. Shown to staff on screen, in full.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartupError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("translations: {0}")]
    Locales(#[from] LocaleError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    DataDirChoice(#[from] crate::data_dir::DataDirError),
    #[error(transparent)]
    DeviceSecret(#[from] crate::device_secret::DeviceSecretError),
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KioskError {
    #[error("some answers need checking")]
    InvalidForm(Vec<FieldError>),
    #[error("the disk is full: nothing was saved")]
    DiskFull,
    #[error("could not save: {0}")]
    Store(StoreError),
    #[error("could not draw the QR code: {0}")]
    Qr(#[from] QrError),
    #[error("the kiosk could not start: {0}")]
    Startup(String),
    #[error("{0}")]
    LoginRefused(LoginRefused),
    #[error("no member of staff is logged in (or the session timed out)")]
    NotLoggedIn,
    #[error("only an administrator can do that")]
    NotAdmin,
    #[error("{0}")]
    Pin(PinProblem),
    #[error("the PIN could not be stored")]
    PinHash,
    #[error("a staff name needs 1 to 60 characters")]
    StaffNameInvalid,
    #[error("there is already a member of staff with that name")]
    DuplicateStaffName,
    #[error("no such member of staff")]
    NoSuchStaff,
    #[error("you cannot remove your own account")]
    CannotRemoveSelf,
    #[error("no such journey")]
    NoSuchJourney,
    #[error("{0}")]
    Step(StepProblem),
    #[error("a journey cannot go from {from} to {to}")]
    IllegalMove {
        from: &'static str,
        to: &'static str,
    },
    #[error("{0}")]
    Print(crate::printing::cups::PrintError),
    #[error("the period ends before it starts")]
    PeriodEmpty,
    #[error("a test of change needs a title of 1 to 120 characters")]
    PdsaTitle,
    #[error("no such test of change")]
    NoSuchPdsaCycle,
    #[error("the export could not be saved")]
    ExportFailed,
    #[error("{0}")]
    Report(String),
    #[error(
        "this account cannot open patients' details: it was made before they were \
         encrypted, so an administrator must reset its PIN"
    )]
    KeyUnavailable,
    #[error("{0}")]
    Crypto(crate::privacy::CryptoError),
    #[error("wrong recovery passphrase")]
    WrongRecoveryPassphrase,
    #[error("the backup could not be written: {0}")]
    BackupFailed(String),
    #[error("no backup file of that name in the backups folder")]
    NoSuchBackup,
    #[error("the backup cannot be restored: {0}")]
    RestoreRefused(String),
    #[error("some settings need checking")]
    InvalidSettings(Vec<crate::practice::settings_form::SettingProblem>),
    #[error("the settings could not be saved: {0}")]
    SettingsNotSaved(String),
    #[error("{0}")]
    PackRefused(crate::practice::pack::PackError),
    #[error("this kiosk is not set up yet: an administrator must set it up first")]
    NotSetUp,
    #[error(
        "that is not this kiosk's set-up code (someone with access to the tablet can read it \
         with `access-kiosk setup-code`)"
    )]
    WrongSetUpCode,
    #[error("another PIN is being checked: try again in a moment")]
    Busy,
    #[error("type your PIN again to do this")]
    PinNeeded,
    #[error(
        "this account has no key on this tablet (the practice key was replaced, or it was \
         set up on another tablet): an administrator must reset its PIN"
    )]
    PinResetNeeded,
    #[error("in training, only the practice patients can be changed")]
    TrainingRealJourney,
    #[error("{0}")]
    Rebase(crate::measures::mdc::rebase::RebaseProblem),
    /// The database could not be opened again after a restore: like a failed start, the
    /// kiosk takes nothing until it is restarted.
    #[error(
        "the database could not be opened again after the restore: restart the kiosk, and \
         if it does not start, ask for the database from before it to be put back"
    )]
    StoreLost,
}

impl KioskError {
    /// The stable code the UI switches on; its Fluent message is `error-code-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            KioskError::InvalidForm(_) => "invalid-form",
            KioskError::DiskFull => "disk-full",
            KioskError::Store(_) => "not-saved",
            KioskError::Qr(_) => "qr-failed",
            KioskError::Startup(_) => "startup-failed",
            KioskError::LoginRefused(LoginRefused::Locked { .. }) => "account-locked",
            KioskError::LoginRefused(_) => "wrong-pin",
            KioskError::NotLoggedIn => "not-logged-in",
            KioskError::NotAdmin => "not-admin",
            KioskError::Pin(PinProblem::TooShort) => "pin-too-short",
            KioskError::Pin(_) => "pin-too-simple",
            KioskError::PinHash => "not-saved",
            KioskError::StaffNameInvalid => "staff-name-invalid",
            KioskError::DuplicateStaffName => "staff-name-taken",
            KioskError::NoSuchStaff => "no-such-staff",
            KioskError::CannotRemoveSelf => "cannot-remove-self",
            KioskError::NoSuchJourney => "no-such-journey",
            KioskError::Step(_) => "step-refused",
            KioskError::IllegalMove { .. } => "illegal-move",
            KioskError::Print(_) => "print-failed",
            KioskError::PeriodEmpty => "period-empty",
            KioskError::PdsaTitle => "pdsa-title",
            KioskError::NoSuchPdsaCycle => "no-such-pdsa-cycle",
            KioskError::ExportFailed => "export-failed",
            KioskError::Report(_) => "report-failed",
            KioskError::KeyUnavailable => "key-unavailable",
            KioskError::Crypto(c) => crypto_code(c),
            KioskError::WrongRecoveryPassphrase => "wrong-recovery-passphrase",
            KioskError::BackupFailed(_) => "backup-failed",
            KioskError::NoSuchBackup => "no-such-backup",
            KioskError::RestoreRefused(_) => "restore-refused",
            KioskError::InvalidSettings(_) => "invalid-settings",
            KioskError::SettingsNotSaved(_) => "settings-not-saved",
            KioskError::PackRefused(_) => "pack-refused",
            KioskError::NotSetUp => "not-set-up",
            KioskError::WrongSetUpCode => "wrong-setup-code",
            KioskError::Busy => "busy",
            KioskError::PinNeeded => "pin-needed",
            KioskError::PinResetNeeded => "pin-reset-needed",
            KioskError::TrainingRealJourney => "training-real-journey",
            KioskError::Rebase(_) => "rebase-refused",
            KioskError::StoreLost => "startup-failed",
        }
    }
}

/// The code for a cryptographic failure: each one staff can act on has its own message.
fn crypto_code(e: &crate::privacy::CryptoError) -> &'static str {
    use crate::privacy::CryptoError as C;
    match e {
        C::WrongSecret => "wrong-recovery-passphrase",
        C::NotABackup => "not-a-backup",
        C::BackupDamaged => "backup-damaged",
        C::WrongBackupPassphrase => "backup-wrong-passphrase",
        C::BackupTampered => "backup-tampered",
        C::UnsupportedVersion { .. } => "format-too-new",
        C::PassphraseTooShort { .. } => "backup-passphrase-too-short",
        C::TooLarge { .. } => "backup-too-large",
        C::Random => "random-failed",
        C::OtherDevice => "pin-other-tablet",
        C::ExcessiveWork => "backup-excessive-work",
        C::Age(_) => "backup-failed",
        _ => "key-damaged",
    }
}

impl From<crate::privacy::CryptoError> for KioskError {
    fn from(e: crate::privacy::CryptoError) -> Self {
        KioskError::Crypto(e)
    }
}

impl From<StoreError> for KioskError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::DiskFull => KioskError::DiskFull,
            StoreError::DuplicateStaffName => KioskError::DuplicateStaffName,
            StoreError::NoSuchStaff => KioskError::NoSuchStaff,
            StoreError::NoSuchJourney => KioskError::NoSuchJourney,
            StoreError::IllegalMove { from, to } => KioskError::IllegalMove { from, to },
            StoreError::StepRefused(p) => KioskError::Step(p),
            StoreError::NoSuchPdsaCycle => KioskError::NoSuchPdsaCycle,
            StoreError::Crypto(c) => KioskError::Crypto(c),
            StoreError::NoPracticeKey => KioskError::NotSetUp,
            StoreError::RestoreRefused(why) => KioskError::RestoreRefused(why),
            StoreError::Lost { .. } => KioskError::StoreLost,
            // As `create_first_admin` answers when it sees the administrator first.
            StoreError::AlreadySetUp => KioskError::NotAdmin,
            StoreError::Locked { until } => {
                KioskError::LoginRefused(LoginRefused::Locked { until })
            }
            other => KioskError::Store(other),
        }
    }
}

impl From<crate::reports::ReportError> for KioskError {
    fn from(e: crate::reports::ReportError) -> Self {
        match e {
            crate::reports::ReportError::Store(s) => s.into(),
            crate::reports::ReportError::EmptyPeriod => KioskError::PeriodEmpty,
            other => KioskError::Report(other.to_string()),
        }
    }
}

impl From<&StartupError> for KioskError {
    fn from(e: &StartupError) -> Self {
        KioskError::Startup(e.to_string())
    }
}

impl Serialize for KioskError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("KioskError", 4)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("message", &self.to_string())?;
        // The detail a staff screen needs: which step problem, or until when a lock lasts.
        let detail = match self {
            KioskError::Step(p) => serde_json::to_value(p).ok(),
            KioskError::Print(p) => Some(serde_json::Value::String(p.code().into())),
            KioskError::LoginRefused(LoginRefused::Locked { until })
            | KioskError::LoginRefused(LoginRefused::WrongPin {
                locked_until: Some(until),
            }) => Some(serde_json::Value::String(until.to_rfc3339())),
            // The pack's problem: its Fluent message is `pack-error-<code>`.
            KioskError::PackRefused(p) => {
                Some(serde_json::json!({ "code": p.code(), "args": p.args() }))
            }
            // Which rule: its Fluent message is `mdc-rebase-error-<code>`.
            KioskError::Rebase(p) => Some(serde_json::Value::String(p.code().into())),
            _ => None,
        };
        st.serialize_field("detail", &detail)?;
        match self {
            KioskError::InvalidSettings(f) => st.serialize_field("fields", f)?,
            KioskError::InvalidForm(f) => st.serialize_field("fields", f)?,
            _ => st.serialize_field("fields", &[] as &[FieldError])?,
        }
        st.end()
    }
}
