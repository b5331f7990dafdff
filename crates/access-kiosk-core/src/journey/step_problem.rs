//! Why the officer's step was refused, and the rule for the short free text staff may type
//! (who vouched, what was missing, who decided, who reviewed): shared by the script's steps
//! (`sign_up`) and a proxy's record (`proxy`).

use serde::Serialize;

/// Why a step was refused; the staff face shows `error-step-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum StepProblem {
    #[error("identity documents need one photo ID and one proof of address")]
    DocumentsIncomplete,
    #[error("vouching needs the name of the member of staff who knows the patient")]
    VoucherMissing,
    #[error("every risk must be explained before access is granted")]
    RisksNotExplained,
    #[error("say what was missing")]
    MissingNotSaid,
    #[error("free text is limited to 200 characters")]
    TextTooLong,
    #[error("this practice does not use that identity check")]
    MethodNotAllowed,
    #[error("for someone else's record, check the patient's identity as well as the proxy's")]
    PatientIdentityMissing,
    #[error("this sign-up is for the patient themselves: there is no proxy to record")]
    NotForSomeoneElse,
    #[error("for someone else's record, record the proxy's basis, evidence and dates")]
    ProxyDetailsMissing,
    #[error("a 13 to 15 year old's record needs a clinician to consider their competence first")]
    CompetenceNotAssessed,
    #[error("say whether the patient's new record entries are on, opted out or withheld")]
    NewEntriesMissing,
    #[error("a proxy sees the older record only once a clinician has granted its request")]
    ProxyOlderRecordNotReviewed,
    #[error("record the kind of evidence seen for the basis")]
    EvidenceMissing,
    #[error("that evidence does not show that basis")]
    EvidenceDoesNotFitBasis,
    #[error("say who decided")]
    DeciderMissing,
    #[error("choose what the proxy may do and see")]
    ScopeMissing,
    #[error("a child's proxy needs parental responsibility")]
    ChildNeedsParentalResponsibility,
    #[error("parental responsibility ends at 16: the patient decides now")]
    ParentalResponsibilityEndsAtSixteen,
    #[error("an adult's proxy needs a review date or an end date")]
    ProxyDateMissing,
    #[error("review and end dates must be after today")]
    ProxyDateNotAhead,
    #[error("a child's proxy access stops at 16: no date can be later")]
    ProxyPastSixteen,
    #[error("this journey has no proxy access to change")]
    NoActiveProxy,
    #[error("that code is not waiting to be added")]
    CodeNotDue,
    #[error("the patient has no online access yet")]
    NoAccessYet,
    #[error("that is already the setting")]
    NothingChanges,
    #[error("check the patient's identity first")]
    IdentityFirst,
    #[error("the older record has already been asked for on this sign-up")]
    OlderRecordAlreadyRequested,
    #[error("there is no older-record request waiting for a decision")]
    NoOpenOlderRecordRequest,
    #[error("name the clinician who reviewed the older record")]
    ReviewerMissing,
    #[error("the patient's details were deleted: end this proxy access or start a new sign-up")]
    PatientDetailsGone,
}

const TEXT_MAX: usize = 200;

/// Free text a member of staff typed: trimmed, at most 200 characters.
pub(crate) fn short_text(s: &str, required: bool) -> Result<String, StepProblem> {
    let t = s.trim();
    if required && t.is_empty() {
        return Err(StepProblem::MissingNotSaid);
    }
    if t.chars().count() > TEXT_MAX {
        return Err(StepProblem::TextTooLong);
    }
    Ok(t.to_owned())
}
