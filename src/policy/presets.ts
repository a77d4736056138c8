import { deepFreeze } from '../shared/freeze.js';
import { RULES, type RuleId } from '../shared/rules.js';
import type { Policy, SettingPath, Thresholds } from './schema.js';

/**
 * The document named by citations of values the sources leave to the landlord, in words an
 * officer can quote: the section names the setting and where the number came from.
 *
 * @example
 * presets.selwood.citations['appeal.window'].document === LIBRARY_DEFAULTS // => true
 */
export const LIBRARY_DEFAULTS = 'housing-conduct-rules library defaults: a value no source document states';

/** What `LIBRARY_DEFAULTS` read before 0.2 (a path in the repository): policies stored with it still read as library defaults. */
const FORMER_LIBRARY_DEFAULTS = 'housing-conduct-rules: library defaults (docs/policy.md)';

/**
 * Whether a citation's document is the library's defaults (`LIBRARY_DEFAULTS`, or its former wording).
 *
 * @example
 * citesLibraryDefault({ document: LIBRARY_DEFAULTS, section: 'thresholds.contactsInADay: ...' }) // => true
 */
export function citesLibraryDefault(citation: { readonly document: string }): boolean {
  return citation.document === LIBRARY_DEFAULTS || citation.document === FORMER_LIBRARY_DEFAULTS;
}

type Citations = Policy['citations'];

/** Cites a rule's own source heading. */
const source = (rule: RuleId) => ({ document: RULES[rule].document, section: RULES[rule].section });
/** Cites a library default, saying in `why` where the number came from. */
const libraryDefault = (path: SettingPath, why: string) => ({
  document: LIBRARY_DEFAULTS,
  section: `${path}: ${why}`,
});

const THRESHOLDS: Thresholds = {
  contactsInADay: 5,
  contactsInAWeek: 15,
  contactsOnClosedIssue: 3,
  longCall: { count: 3, withinDays: 30, minutes: 30 },
  unannouncedVisits: { count: 3, withinDays: 30 },
  duplicateDocuments: { count: 3, withinDays: 30 },
  copyingIn: { count: 5, withinDays: 30 },
  swearingOrShouting: 'only-when-persistent',
};

const THRESHOLD_CITATIONS = {
  'thresholds.contactsInADay': libraryDefault('thresholds.contactsInADay', 'no source gives a number; 5'),
  'thresholds.contactsInAWeek': libraryDefault('thresholds.contactsInAWeek', 'no source gives a number; 15'),
  'thresholds.contactsOnClosedIssue': libraryDefault(
    'thresholds.contactsOnClosedIssue',
    'no source gives a number; 3',
  ),
  'thresholds.longCall': libraryDefault(
    'thresholds.longCall',
    'no source gives a number; 3 calls of 30 minutes in 30 days',
  ),
  'thresholds.unannouncedVisits': libraryDefault(
    'thresholds.unannouncedVisits',
    'no source gives a number; 3 in 30 days',
  ),
  'thresholds.duplicateDocuments': libraryDefault(
    'thresholds.duplicateDocuments',
    'no source gives a number; 3 in 30 days',
  ),
  'thresholds.copyingIn': libraryDefault('thresholds.copyingIn', 'no source gives a number; 5 in 30 days'),
} as const satisfies Partial<Citations>;

/** Lengths and reviews no source sets: no maximum, and no review on the last day beyond the library's own rule. */
const LENGTH_AND_REVIEW_DEFAULTS = {
  'restriction.maxMonths': libraryDefault(
    'restriction.maxMonths',
    'the source sets no longest restriction; none (each decision states its own length)',
  ),
  'restriction.reviewAtEnd': libraryDefault(
    'restriction.reviewAtEnd',
    'the source sets no review on the last day in force; no, but a restriction that no scheduled review falls within is reviewed on its last day in force, so none goes unreviewed',
  ),
} as const satisfies Partial<Citations>;

const COMMON_CITATIONS = {
  timeZone: libraryDefault('timeZone', 'Europe/London, where UK landlords count their days'),
  calendar: libraryDefault('calendar', 'England and Wales bank holidays, no extra closure days'),
  monthEnd: libraryDefault('monthEnd', "'clamp': 31 August + 6 months is the last day of February"),
} as const satisfies Partial<Citations>;

/** No source names the form of a written warning or a notice: "in writing" is a letter or an email. */
const IN_WRITING_CITATIONS = {
  'formalAction.warningForms': libraryDefault(
    'formalAction.warningForms',
    'the source says a formal written warning without naming its form; a letter or an email is in writing, a recorded phone call is not',
  ),
  'notices.channels': libraryDefault(
    'notices.channels',
    'the source says the customer is told in writing without naming the means; a letter or an email',
  ),
} as const satisfies Partial<Citations>;

/**
 * NF-9: no source gives a number of months for warning markers, so these are the library's own:
 * a review within a year whatever the severity (extreme sooner), removal later the graver it was.
 */
const MARKERS: Policy['markers'] = {
  reviewAfterMonths: { low: 6, moderate: 6, serious: 12, extreme: 12 },
  removeAfterMonths: { low: 12, moderate: 24, serious: 36, extreme: 60 },
};
const MARKER_CITATIONS = {
  'markers.reviewAfterMonths': libraryDefault(
    'markers.reviewAfterMonths',
    'no source gives a number; 6 months for low or moderate, 12 for serious or extreme',
  ),
  'markers.removeAfterMonths': libraryDefault(
    'markers.removeAfterMonths',
    'no source gives a number; 12 months for low, 24 moderate, 36 serious, 60 extreme',
  ),
} as const satisfies Partial<Citations>;

/** TEP-9: "Update the appropriate colleagues and/or teams such as Customer Service Centre, Evolve/repairs contractors". */
const TEP_TEAMS: Policy['teams'] = { toInform: ['customer-service-centre', 'repairs-contractors'] };

/** TEP-4.4: a letter or an email counts as the written warning; a recorded phone call does not. */
const WRITTEN_FORMS: Policy['formalAction']['warningForms'] = ['letter', 'email'];
/** TEP-5.2, HO-6: notices go in writing, by letter or email. */
const IN_WRITING: Policy['notices'] = { channels: ['letter', 'email'] };

/** TEP-7: whatever the restriction, these are always received and acted on. */
const TEP_EXCLUSIONS: Policy['exclusions'] = [
  'critical-asb',
  'new-repair',
  'urgent-repair',
  'emergency',
  'safeguarding',
  'domestic-abuse',
];

/**
 * The default policy: the "Unacceptable Behaviour – Tenancy Enforcement Procedure", the most
 * detailed source. An EIA and a written warning come before restriction (TEP-2.3, TEP-4.4);
 * every restriction states its own length (TEP-5.2); reviews every six months (TEP-10); SPOC
 * oversight quarterly (TEP-6); appeals within 14 days of the letter's date, decided within 28
 * days of receipt (TEP-11.2); reconsiderations decided within 28 days (TEP-11.1); a senior officer
 * decides both (TEP-11.1, `authority`). The source is
 * undated, so the preset takes effect from 2000-01-01: a landlord adopting it sets its own date.
 *
 * @example
 * presets.tenancyEnforcementProcedure.appeal.window
 * // => { length: 14, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays', countFrom: 'letter-date' }
 */
export const tenancyEnforcementProcedure: Policy = {
  id: 'tenancy-enforcement-procedure',
  name: 'Unacceptable Behaviour – Tenancy Enforcement Procedure',
  effectiveFrom: '2000-01-01',
  timeZone: 'Europe/London',
  calendar: { nation: 'england-and-wales', extraClosures: [] },
  monthEnd: 'clamp',
  formalAction: {
    eiaBeforeFormalAction: true,
    eiaBeforeRestriction: true,
    writtenWarningBeforeRestriction: true,
    informalActionBeforeFormalAction: true,
    warningForms: WRITTEN_FORMS,
  },
  eia: { currentForMonths: 6 },
  restriction: {
    defaultMonths: null,
    reviewIntervalMonths: 6,
    spocOversightIntervalMonths: 3,
    otherLengthNeedsJustification: false,
    maxMonths: null,
    openEnded: false,
    firstReviewAfterMonths: null,
    reviewAtEnd: false,
  },
  appeal: {
    window: { length: 14, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays', countFrom: 'letter-date' },
    decisionWithin: { length: 28, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
  },
  reconsideration: {
    decisionWithin: { length: 28, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
  },
  deemedReceipt: { skipsClosureDays: false },
  exclusions: TEP_EXCLUSIONS,
  thresholds: THRESHOLDS,
  // TEP-11.1, TEP-11.2: "A senior officer will review ... and confirm their decision".
  authority: { 'appeal-decided': ['senior-officer'], 'reconsideration-decided': ['senior-officer'] },
  notices: IN_WRITING,
  markers: MARKERS,
  teams: TEP_TEAMS,
  citations: {
    ...COMMON_CITATIONS,
    'formalAction.eiaBeforeFormalAction': source('TEP-2.3'),
    'formalAction.eiaBeforeRestriction': source('TEP-2.3'),
    'formalAction.writtenWarningBeforeRestriction': source('TEP-4.4'),
    'formalAction.informalActionBeforeFormalAction': source('TEP-4.2'),
    'restriction.defaultMonths': source('TEP-5.2'),
    'restriction.reviewIntervalMonths': source('TEP-10'),
    'restriction.spocOversightIntervalMonths': source('TEP-6'),
    'appeal.window': source('TEP-11.2'),
    'appeal.decisionWithin': source('TEP-11.2'),
    'reconsideration.decisionWithin': source('TEP-11.1'),
    exclusions: source('TEP-7'),
    ...THRESHOLD_CITATIONS,
    'thresholds.swearingOrShouting': source('TEP-3.1'),
    'restriction.otherLengthNeedsJustification': libraryDefault(
      'restriction.otherLengthNeedsJustification',
      'the source sets no standard length to depart from (every decision states its own); no',
    ),
    'deemedReceipt.skipsClosureDays': libraryDefault(
      'deemedReceipt.skipsClosureDays',
      "no source delays deemed receipt for the landlord's closure days; no: under CPR 6.26 a business day is a weekday that is not a bank holiday",
    ),
    // In SETTING_PATHS order, so the preset is the same JSON text after parsePolicy.
    authority: source('TEP-11.1'),
    ...IN_WRITING_CITATIONS,
    'restriction.maxMonths': LENGTH_AND_REVIEW_DEFAULTS['restriction.maxMonths'],
    // TEP 5: the customer is told "the length of time that the restriction will be in place".
    'restriction.openEnded': source('TEP-5.2'),
    // TEP 10: "Each case should be reviewed every six months": the first review too.
    'restriction.firstReviewAfterMonths': source('TEP-10'),
    'restriction.reviewAtEnd': LENGTH_AND_REVIEW_DEFAULTS['restriction.reviewAtEnd'],
    // TEP 2: "Reviews should be undertaken aligned to when the case is regularly reviewed every six months."
    'eia.currentForMonths': source('TEP-2.4'),
    ...MARKER_CITATIONS,
    'teams.toInform': source('TEP-9'),
  },
};

/** Where the Ombudsman's and Selwood's policies give no number, the library takes TEP's, and says so. */
const FOLLOWING_TEP = {
  'restriction.reviewIntervalMonths': libraryDefault(
    'restriction.reviewIntervalMonths',
    'the source sets none; 6 months, following the Tenancy Enforcement Procedure, 10',
  ),
  'restriction.spocOversightIntervalMonths': libraryDefault(
    'restriction.spocOversightIntervalMonths',
    'the source sets none; quarterly, following the Tenancy Enforcement Procedure, 6',
  ),
  'appeal.window': libraryDefault(
    'appeal.window',
    'the source sets no time limit; 14 days from the letter, following the Tenancy Enforcement Procedure, 11',
  ),
  'appeal.decisionWithin': libraryDefault(
    'appeal.decisionWithin',
    'the source sets none; 28 days from receipt, following the Tenancy Enforcement Procedure, 11',
  ),
  'reconsideration.decisionWithin': libraryDefault(
    'reconsideration.decisionWithin',
    'the source sets none; 28 days from receipt, following the Tenancy Enforcement Procedure, 11',
  ),
  'restriction.firstReviewAfterMonths': libraryDefault(
    'restriction.firstReviewAfterMonths',
    'the source sets none; after one review interval, following the Tenancy Enforcement Procedure, 10',
  ),
  'eia.currentForMonths': libraryDefault(
    'eia.currentForMonths',
    'the source sets none; 6 months, aligned with the case review, following the Tenancy Enforcement Procedure, 2',
  ),
  'formalAction.eiaBeforeFormalAction': libraryDefault(
    'formalAction.eiaBeforeFormalAction',
    'the source sets no EIA step; required, for regard to the Equality Act 2010 (Complaint Handling Code 5.15)',
  ),
  'formalAction.eiaBeforeRestriction': libraryDefault(
    'formalAction.eiaBeforeRestriction',
    'the source sets no EIA step; required, for regard to the Equality Act 2010 (Complaint Handling Code 5.15)',
  ),
  exclusions: libraryDefault(
    'exclusions',
    'the source lists none; the Tenancy Enforcement Procedure, 7 list, so no restriction blocks an emergency',
  ),
  'teams.toInform': libraryDefault(
    'teams.toInform',
    'the source names no teams; the customer service centre and repairs contractors, following the Tenancy Enforcement Procedure, 9',
  ),
} as const satisfies Partial<Citations>;

/**
 * The Housing Ombudsman Service's own "Unacceptable user action policy", approved June 2021.
 * A warning is one of the actions it "may consider" (HO-5), not a step that must come before
 * restricting contact, so no written warning is required first. It tells the customer in writing
 * how to appeal (HO-6), but sets no time limits: those follow TEP, cited as library defaults. One
 * shout or swear is unacceptable: "it is not acceptable to shout or swear" (HO-2.1).
 *
 * @example
 * presets.housingOmbudsman2021.effectiveFrom // => '2021-06-01'
 */
export const housingOmbudsman2021: Policy = {
  ...tenancyEnforcementProcedure,
  id: 'housing-ombudsman-2021',
  name: 'Housing Ombudsman Service: Unacceptable user action policy (approved June 2021)',
  effectiveFrom: '2021-06-01',
  formalAction: {
    ...tenancyEnforcementProcedure.formalAction,
    writtenWarningBeforeRestriction: false,
    informalActionBeforeFormalAction: false,
  },
  thresholds: { ...THRESHOLDS, swearingOrShouting: 'unacceptable-once' },
  authority: {},
  citations: {
    ...tenancyEnforcementProcedure.citations,
    ...FOLLOWING_TEP,
    authority: libraryDefault(
      'authority',
      'the source names no one who decides a step or an appeal; anyone may take each step',
    ),
    'formalAction.writtenWarningBeforeRestriction': source('HO-5'),
    'formalAction.informalActionBeforeFormalAction': source('HO-5'),
    'thresholds.swearingOrShouting': source('HO-2.1'),
    'restriction.defaultMonths': libraryDefault(
      'restriction.defaultMonths',
      'the source sets none; every decision states its length',
    ),
    'restriction.otherLengthNeedsJustification': libraryDefault(
      'restriction.otherLengthNeedsJustification',
      'the source sets no length; no',
    ),
    'restriction.openEnded': libraryDefault(
      'restriction.openEnded',
      'the source sets no length; no: every decision states its length',
    ),
  },
};

/**
 * Selwood Housing's policy after consultation: measures last 12 months (SH-2), and since "We have
 * clearly detailed a 12-month period", a restriction of another length records why; appeals go to
 * a senior manager (`authority`), not the complaints process (SH-5). Other numbers follow TEP, cited as library
 * defaults. The source is undated, so the preset takes effect from 2000-01-01.
 *
 * @example
 * presets.selwood.restriction.defaultMonths // => 12
 */
export const selwood: Policy = {
  ...tenancyEnforcementProcedure,
  id: 'selwood',
  name: 'Selwood Housing: unacceptable behaviour policy',
  restriction: {
    ...tenancyEnforcementProcedure.restriction,
    defaultMonths: 12,
    otherLengthNeedsJustification: true,
  },
  // SH-5: "this will then be referred to a senior manager for review".
  authority: { 'appeal-decided': ['senior-manager'] },
  citations: {
    ...tenancyEnforcementProcedure.citations,
    ...FOLLOWING_TEP,
    authority: source('SH-5'),
    'formalAction.informalActionBeforeFormalAction': libraryDefault(
      'formalAction.informalActionBeforeFormalAction',
      'the source sets none; informal action first, following the Tenancy Enforcement Procedure, 4',
    ),
    'formalAction.writtenWarningBeforeRestriction': libraryDefault(
      'formalAction.writtenWarningBeforeRestriction',
      'the source sets none; a written warning first, following the Tenancy Enforcement Procedure, 4',
    ),
    'restriction.defaultMonths': source('SH-2'),
    'restriction.otherLengthNeedsJustification': source('SH-2'),
    // SH-2: "We have clearly detailed a 12-month period": measures have a length.
    'restriction.openEnded': source('SH-2'),
    'thresholds.swearingOrShouting': libraryDefault(
      'thresholds.swearingOrShouting',
      "the source says nothing; 'only-when-persistent', following the Tenancy Enforcement Procedure, 3",
    ),
  },
};

/**
 * The built-in policies, each built from its source with every setting cited.
 *
 * @example
 * import { presets } from 'housing-conduct-rules';
 * presets.tenancyEnforcementProcedure.restriction.reviewIntervalMonths // => 6
 */
// Frozen through and through, so no caller can change a preset (or DEFAULT_POLICY) for another.
export const presets = deepFreeze({ tenancyEnforcementProcedure, housingOmbudsman2021, selwood } as const);

/**
 * The policy used when none is given: `presets.tenancyEnforcementProcedure`.
 *
 * @example
 * DEFAULT_POLICY.id // => 'tenancy-enforcement-procedure'
 */
export const DEFAULT_POLICY: Policy = tenancyEnforcementProcedure;
