// The staff face's fixed lists: the codes the backend knows for risks, identity documents and
// methods, new entries, the older record, proxy bases, evidence and scope, clinical codes,
// cohorts and channels (each word is in staff.ftl or staff-process.ftl).

export const RISKS = ["forgotten", "bad-news", "sharing", "coercion", "misunderstanding", "third-party", "keep-safe"];
export const DOCUMENTS = [
  "passport", "uk-driving-licence-full", "uk-driving-licence-provisional", "eu-driving-licence-full",
  "eu-id-card", "residence-card",
  "utility-bill", "bank-statement", "council-tax-bill", "tenancy-agreement", "benefit-letter",
];
export const METHODS = ["documents", "vouching", "vouching-with-confirmation", "nhs-login"];
export const NEW_ENTRIES = ["on", "opted-out", "withheld"];
export const OLDER_SCOPES = ["full-record", "detailed-coded-record"];
export const BASES = [
  "parental-responsibility", "patient-consent", "lasting-power-of-attorney", "court-deputy", "best-interests",
];
export const EVIDENCE = [
  "birth-or-adoption-certificate", "parental-order", "parental-responsibility-agreement-or-order",
  "special-guardianship-order", "care-order", "patient-consent-in-person", "signed-consent-form",
  "lasting-power-of-attorney-document", "deputyship-order", "capacity-assessment",
];
export const PROXY_SCOPES = ["services", "new-entries", "older-record"];
export const CODE_SYSTEMS = ["read-v2", "ctv3", "snomed-ct", "local"];
export const CODES = ["sign-up", "enhanced-review", "enhanced-review-not-indicated"];
export const COHORTS = ["frequent-attender", "dna-risk", "carer", "long-term-condition"];
export const CHANNELS = ["reception", "phlebotomy", "ltc-clinic", "new-registration", "clinician", "kiosk"];
