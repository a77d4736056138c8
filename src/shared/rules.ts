import { deepFreeze } from './freeze.js';

/**
 * The rulebook's IDs (docs/rules.md) and where a person reads each rule: the source document's own
 * name and heading. Reasons cite these; tests check every rule of the rulebook is here.
 */

const TEP = 'Unacceptable Behaviour – Tenancy Enforcement Procedure';
const HO = 'Housing Ombudsman Service: Unacceptable user action policy (approved June 2021)';
const SH = 'Selwood Housing: unacceptable behaviour policy consultation outcome';
const HAB = 'Habinteg strengthening its approach to anti-social behaviour';
const SC = 'Housing Ombudsman severe maladministration finding on staff conduct (repairs operative)';
const CODE = 'Housing Ombudsman Complaint Handling Code (2024)';
const CPR = 'Civil Procedure Rules';

/**
 * Every rule ID with the document and section a person would look it up in.
 *
 * @example
 * RULES['TEP-7'] // => { document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure', section: '7. Exclusions' }
 */
export const RULES = deepFreeze({
  'TEP-1': { document: TEP, section: '1. Introduction' },
  'TEP-2.1': { document: TEP, section: '2. Diverse Needs' },
  'TEP-2.2': { document: TEP, section: '2. Diverse Needs' },
  'TEP-2.3': { document: TEP, section: '2. Diverse Needs; 4. Managing Unacceptable Behaviour' },
  'TEP-2.4': { document: TEP, section: '2. Diverse Needs' },
  'TEP-3.0': { document: TEP, section: '3. Behaviour Covered Under this Procedure' },
  'TEP-3.1': {
    document: TEP,
    section: '3. Behaviour Covered Under this Procedure: Aggressive or Abusive Behaviour',
  },
  'TEP-3.2': { document: TEP, section: '3. Behaviour Covered Under this Procedure: Unreasonable Demands' },
  'TEP-3.3': {
    document: TEP,
    section: '3. Behaviour Covered Under this Procedure: Unreasonable Persistent or Vexatious Behaviour',
  },
  'TEP-4.1': { document: TEP, section: '4. Managing Unacceptable Behaviour' },
  'TEP-4.2': { document: TEP, section: '4. Managing Unacceptable Behaviour' },
  'TEP-4.4': { document: TEP, section: '4. Managing Unacceptable Behaviour' },
  'TEP-4.5': { document: TEP, section: '4. Managing Unacceptable Behaviour' },
  'TEP-4.6': { document: TEP, section: '4. Managing Unacceptable Behaviour' },
  'TEP-5.1': { document: TEP, section: '5. Restricting Customer Contact' },
  'TEP-5.2': { document: TEP, section: '5. Restricting Customer Contact' },
  'TEP-5.3': { document: TEP, section: '5. Restricting Customer Contact' },
  'TEP-6': { document: TEP, section: '6. Single point of contact (SPOC)' },
  'TEP-7': { document: TEP, section: '7. Exclusions' },
  'TEP-8': { document: TEP, section: '8. Ignoring Contact Restrictions' },
  'TEP-9': { document: TEP, section: '9. Updating Records and Communication' },
  'TEP-10': { document: TEP, section: '10. Monitoring and Reviewing' },
  'TEP-11.1': { document: TEP, section: '11. Appealing/Reconsidering a Decision to Restrict Contact' },
  'TEP-11.2': { document: TEP, section: '11. Appealing/Reconsidering a Decision to Restrict Contact' },
  'TEP-11.3': { document: TEP, section: '11. Appealing/Reconsidering a Decision to Restrict Contact' },
  'HO-1': { document: HO, section: 'Purpose' },
  'HO-2.1': { document: HO, section: 'Aggressive or abusive behaviour' },
  'HO-2.2': { document: HO, section: 'Unacceptable or excessive demands' },
  'HO-2.3': { document: HO, section: 'Unacceptable and persistence levels of contact' },
  'HO-2.4': { document: HO, section: 'Harassment' },
  'HO-2.5': { document: HO, section: 'Refusal to co-operate' },
  'HO-3': { document: HO, section: 'Aggressive or abusive behaviour' },
  'HO-4': { document: HO, section: 'Reasonable adjustments' },
  'HO-5': { document: HO, section: 'Actions we may take' },
  'HO-6': { document: HO, section: 'Actions we may take' },
  'SH-1': { document: SH, section: 'You said, we did: the measures we may take' },
  'SH-2': { document: SH, section: 'You said, we did: how long measures remain in place' },
  'SH-3': { document: SH, section: 'You said, we did: informing a customer' },
  'SH-4': { document: SH, section: 'You said, we did: one staff member as a point of contact' },
  'SH-5': { document: SH, section: 'You said, we did: appeals' },
  'HAB-1': { document: HAB, section: 'Staff training' },
  'HAB-3': {
    document: HAB,
    section: 'New ASB policy and review of all tenant-facing policies and procedures',
  },
  'SC-1': { document: SC, section: 'The Ombudsman’s finding' },
  'SC-2': { document: SC, section: 'The Ombudsman’s finding' },
  'NF-1': { document: CODE, section: '5.14' },
  'NF-2': { document: CODE, section: '5.15' },
  'NF-3': { document: CODE, section: '5.1' },
  'NF-4': {
    document: 'Model unacceptable actions policies (Scottish Public Services Ombudsman model; councils)',
    section: 'Appeals',
  },
  'NF-5': { document: CPR, section: 'Rule 2.8: Time (clear days)' },
  'NF-6': {
    document: `${CPR}; Interpretation Act 1978`,
    section: 'CPR 6.26 (deemed service); Interpretation Act 1978 s.7',
  },
  'NF-7': {
    document: 'Banking and Financial Dealings Act 1971, as published at gov.uk/bank-holidays',
    section: 'Schedule 1 (bank holidays), and royal proclamations',
  },
  'NF-8': {
    document: 'Housing Ombudsman spotlight reports',
    section: 'Knowledge and information management; Attitudes, respect and rights',
  },
  'NF-9': {
    document: 'Warning-marker practice (regulator guidance as reported; councils’ retention schedules)',
    section: 'Warning markers',
  },
} as const satisfies Record<string, { document: string; section: string }>);

/** A rule ID of the rulebook (docs/rules.md), such as `'TEP-11.2'` or `'NF-5'`. */
export type RuleId = keyof typeof RULES;
