// The staff face's fixed lists: the codes the backend knows for risks, identity documents and
// methods, access levels, proxy bases, cohorts and channels (each word is in staff.ftl).

export const RISKS = ["forgotten", "bad-news", "sharing", "coercion", "misunderstanding", "third-party", "keep-safe"];
export const DOCUMENTS = [
  "passport", "driving-licence", "eu-id-card", "residence-card",
  "utility-bill", "bank-statement", "council-tax-bill", "tenancy-agreement", "benefit-letter",
];
export const METHODS = ["documents", "vouching", "vouching-with-confirmation", "nhs-login"];
export const LEVELS = ["appointments-and-prescriptions", "test-results", "full-record"];
export const BASES = [
  "parental-responsibility", "patient-consent", "lasting-power-of-attorney", "court-deputy", "best-interests",
];
export const COHORTS = ["frequent-attender", "dna-risk", "carer", "long-term-condition"];
export const CHANNELS = ["reception", "phlebotomy", "ltc-clinic", "new-registration", "clinician", "kiosk"];
