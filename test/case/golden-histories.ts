// The named case histories of golden.test.ts: between them, every event type and the branches of
// the case machine's updates, letters, obligations, markers, EIA reviews and timeline. Each is a
// log replayed under a policy, and three instants around a date the history falls due on (the day
// before, the day, the day after), where the queries are asked.
import type { CaseEvent } from '../../src/case/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { housingOmbudsman2021, selwood } from '../../src/policy/presets.js';
import type { PolicyInput } from '../../src/policy/versions.js';
import type { Incident } from '../../src/shared/incident.js';
import { unwrap } from '../helpers.js';
import { eia, ev, incident, LADDER, restriction, STAFF, TEP } from './fixtures.js';

export interface GoldenHistory {
  /** The golden file's name, golden/<name>.json. */
  readonly name: string;
  /** What the history covers, in a line. */
  readonly covers: string;
  readonly policy: PolicyInput;
  readonly events: readonly CaseEvent[];
  /** The due date the instants straddle, and the instants (the day before, the day, the day after). */
  readonly dueOn: string;
  readonly instants: readonly [string, string, string];
  /** `caseDeadlines`' `reviewsUntil`, for an open-ended restriction. */
  readonly reviewsUntil?: string;
}

/** Noon, London time in winter or summer: the day before, the day, and the day after `day`. */
function around(day: string): [string, string, string] {
  const ms = Date.parse(`${day}T11:00:00Z`);
  const at = (offset: number) => new Date(ms + offset * 86_400_000).toISOString().replace('.000Z', 'Z');
  return [at(-1), at(0), at(1)];
}

const TEAMS = ['customer-service-centre', 'repairs-contractors'];
const sam = STAFF.spoc;
const chris = STAFF.cover;

/** An incident of the customer's behaviour, with the behaviours given. */
const behaving = (
  id: string,
  at: string,
  behaviours: Incident['behaviours'],
  extra: Partial<Incident> = {},
) => incident(id, at, { behaviours, ...extra });

/** A policy with open-ended restrictions, a first review after three months and a review at the end, no teams named. */
export const OPEN_ENDED = unwrap(
  definePolicy(
    {
      id: 'open-ended-procedure',
      name: 'Open-ended restrictions (a test policy)',
      effectiveFrom: '2020-01-01',
      restriction: { openEnded: true, firstReviewAfterMonths: 3, reviewAtEnd: true },
      teams: { toInform: [] },
      appeal: {
        window: {
          length: 21,
          unit: 'calendar-days',
          lastDayOnNonBusinessDay: 'moves-to-next-business-day',
          countFrom: 'actual-receipt',
        },
        decisionWithin: null,
      },
      reconsideration: null,
    },
    TEP,
  ),
);

/**
 * TEP revised from 1 March 2026: reviews every three months. (Not from a day after the restriction's letter: a
 * version taking effect after a letter's date counts its appeal window, and refuses POLICY_NOT_IN_EFFECT.)
 */
const REVISED = unwrap(
  definePolicy(
    {
      id: TEP.id,
      name: `${TEP.name} (revised March 2026)`,
      effectiveFrom: '2026-03-01',
      restriction: { reviewIntervalMonths: 3 },
    },
    TEP,
  ),
);

/** Needs on file (NF-2, TEP-2): the incidents, EIAs and changes of needs-eia-not-proportionate. */
const NEEDS_PREFIX: readonly CaseEvent[] = [
  behaving('inc-1', '2026-01-05T10:00:00Z', [{ code: 'discriminatory-language', persistent: false }], {
    hateMotivation: 'race',
  }),
  behaving('inc-n', '2026-01-06T10:00:00Z', [{ code: 'shouting', persistent: true }], {
    target: 'neighbour',
  }),
  behaving('inc-u', '2026-01-07T10:00:00Z', [{ code: 'upset-or-distressed', persistent: false }]),
  ev('circumstances-changed', '2026-01-08T09:00:00Z', { description: 'A hospital stay.' }, STAFF.officer),
  ev(
    'informal-action-taken',
    '2026-01-09T09:00:00Z',
    { kind: 'supportive-approach', notes: 'Offered a tenancy support referral.' },
    STAFF.officer,
  ),
  behaving('inc-2', '2026-01-20T10:00:00Z', [
    { code: 'swearing', persistent: true },
    { code: 'shouting', persistent: false },
  ]),
  ev('eia-completed', '2026-01-21T09:00:00Z', {
    needs: ['visual-impairment', 'mental-health'],
    proportionate: true,
    adjustments: ['large-print letters'],
  }),
  ev('written-warning-issued', '2026-01-22T09:00:00Z', {
    letterDate: '2026-01-22',
    form: 'email',
    evidence: ['inc-1', 'inc-2'],
  }),
  behaving('inc-3', '2026-02-10T10:00:00Z', [{ code: 'insulting-language', persistent: true }], {
    channel: 'email',
  }),
  restriction('2026-03-02T10:00:00Z', {
    justification: 'letters go in large print and a support worker reads them with the customer',
  }),
  ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
  ev('circumstances-changed', '2026-04-01T09:00:00Z', { description: 'A new diagnosis.' }, STAFF.officer),
  ev(
    'circumstances-changed',
    '2026-04-02T09:00:00Z',
    { description: 'A move to sheltered housing.' },
    STAFF.officer,
  ),
  ev('eia-reviewed', '2026-04-03T09:00:00Z', {
    needs: ['visual-impairment', 'mental-health', 'cannot-write'],
    proportionate: false,
  }),
];

export const HISTORIES: readonly GoldenHistory[] = [
  {
    name: 'ladder-appeal-pending',
    covers:
      'TEP ladder to a 12-month written-only restriction; one team of two told; an interaction ended after telling the customer; an appeal received in time, undecided: its decision due 7 April 2026 (28 days from 10 March)',
    policy: TEP,
    events: [
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: ['customer-service-centre'] }, STAFF.officer),
      ev(
        'interaction-ended',
        '2026-03-05T10:00:00Z',
        { channel: 'phone', incidentId: 'inc-3', customerTold: true },
        STAFF.officer,
      ),
      ev(
        'appeal-received',
        '2026-03-11T09:00:00Z',
        { receivedOn: '2026-03-10', grounds: 'I was provoked.' },
        STAFF.officer,
      ),
    ],
    dueOn: '2026-04-07',
    instants: around('2026-04-07'),
  },
  {
    name: 'appeal-upheld-late-closed',
    covers:
      'an appeal upheld late (due 7 April, decided 9 April) with no letter: the restriction lifted, the outcome letter and teams owed; the letter sent later by email; the case closed; a marker removed and one kept after closure; marker reviews due 5 July 2026',
    policy: TEP,
    events: [
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      ev('appeal-received', '2026-03-10T09:00:00Z', {}, STAFF.officer),
      ev('appeal-decided', '2026-04-09T14:00:00Z', { outcome: 'upheld' }, STAFF.senior),
      ev(
        'customer-informed',
        '2026-04-10T09:00:00Z',
        { about: 'appeal-decided', letterDate: '2026-04-10', channel: 'email' },
        STAFF.officer,
      ),
      ev('teams-informed', '2026-04-10T10:00:00Z', { teams: ['repairs-contractors'] }, STAFF.officer),
      ev('teams-informed', '2026-04-10T10:05:00Z', { teams: ['customer-service-centre'] }, STAFF.officer),
      ev('case-closed', '2026-04-11T09:00:00Z', { reason: 'The appeal was upheld.' }),
      ev('marker-reviewed', '2026-05-01T09:00:00Z', { markerId: 'marker-inc-3', outcome: 'removed' }),
      ev('marker-reviewed', '2026-05-02T09:00:00Z', { markerId: 'marker-inc-2', outcome: 'kept' }),
    ].map((event) => (event.type === 'appeal-decided' ? { ...event, byRole: 'senior-officer' } : event)),
    dueOn: '2026-07-05',
    instants: around('2026-07-05'),
  },
  {
    name: 'appeal-varied-carried-out',
    covers:
      'an appeal decided varied, jointly with another senior officer, letter the same day: the variation owed, then carried out (new measures, 6 months with a new letter by first-class post), told to the teams; the restriction ends 1 September 2026 and its review falls then',
    policy: TEP,
    events: [
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      ev('appeal-received', '2026-03-12T09:00:00Z', { grounds: 'Twelve months is too long.' }, STAFF.officer),
      {
        ...ev(
          'appeal-decided',
          '2026-03-20T14:00:00Z',
          { outcome: 'varied', letterDate: '2026-03-20' },
          STAFF.senior,
        ),
        byRole: 'senior-officer',
        jointlyWith: [{ by: 'so-8', byRole: 'senior-officer' }],
      },
      ev('restriction-varied', '2026-03-25T10:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'email' }],
        months: 6,
        decisionLetterDate: '2026-03-25',
        service: { method: 'first-class-post', postedOn: '2026-03-25' },
      }),
      ev('teams-informed', '2026-03-25T15:00:00Z', { teams: TEAMS }, STAFF.officer),
    ],
    dueOn: '2026-09-01',
    instants: around('2026-09-01'),
  },
  {
    name: 'reviews-continue-vary-lift',
    covers:
      'case reviews: continue with a letter after an EIA review; vary with no letter (the letter sent later under the deprecated names review-outcome and informedOn) and the variation carried out by length alone; lift, with the EIA not reviewed (TEP-2.4 reason); lift letter owed; the teams not yet told; EIA age review due 1 August 2027',
    policy: TEP,
    events: [
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      ev('eia-reviewed', '2026-08-28T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-08-28T10:00:00Z', { outcome: 'continue', letterDate: '2026-08-28' }),
      ev('eia-reviewed', '2027-02-20T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2027-02-22T10:00:00Z', { outcome: 'vary' }),
      ev(
        'customer-informed',
        '2027-02-24T09:00:00Z',
        { about: 'review-outcome', informedOn: '2027-02-23' },
        STAFF.officer,
      ),
      ev('restriction-varied', '2027-02-25T10:00:00Z', { months: 14, decisionLetterDate: '2027-02-25' }),
      ev('case-reviewed', '2027-03-10T10:00:00Z', { outcome: 'lift', letterDate: '2027-03-10' }),
    ],
    dueOn: '2027-08-20',
    instants: around('2027-08-20'),
  },
  {
    name: 'lifted-without-letter',
    covers:
      'a restriction lifted with no letter (lift letter owed, teams to tell), the letter recorded later; a second restriction imposed and lifted with its letter; teams told; both restrictions named in obligations until then; case-review obligations per restriction',
    policy: TEP,
    events: [
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      ev('restriction-lifted', '2026-04-01T10:00:00Z', { reason: 'Behaviour improved.' }),
      ev(
        'customer-informed',
        '2026-04-02T10:00:00Z',
        { about: 'restriction-lifted', letterDate: '2026-04-02', channel: 'letter', restrictionId: 'r-1' },
        STAFF.officer,
      ),
      incident('inc-4', '2026-05-04T10:00:00Z'),
      restriction('2026-05-11T10:00:00Z', { id: 'r-2', months: 3 }),
      ev('restriction-lifted', '2026-05-20T10:00:00Z', { restrictionId: 'r-2', letterDate: '2026-05-20' }),
    ],
    dueOn: '2026-07-05',
    instants: around('2026-07-05'),
  },
  {
    name: 'spoc-handovers-oversight',
    covers:
      'a spoc-only restriction naming its SPOC; quarterly oversight with recommendations; a temporary handover untold (notice owed), overtaken by a permanent one told the same day; oversight again, next due 24 November; the case and EIA reviews due 2 September 2026',
    policy: TEP,
    events: [
      ...LADDER.slice(0, 6),
      ev('restriction-imposed', '2026-03-02T10:00:00Z', {
        restriction: {
          id: 'r-1',
          startsOn: '2026-03-02',
          months: 12,
          measures: [{ kind: 'spoc-only' }, { kind: 'written-only' }],
          spoc: { ...sam },
        },
        decisionLetterDate: '2026-03-02',
      }),
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      ev('spoc-oversight-reviewed', '2026-05-28T09:00:00Z', {
        recommendations: ['Reply to the 12 May email.'],
      }),
      ev('spoc-handover', '2026-07-20T09:00:00Z', { to: { ...chris }, temporary: true }),
      ev('spoc-handover', '2026-08-10T09:00:00Z', {
        to: { ...sam },
        temporary: false,
        customerInformedOn: '2026-08-10',
      }),
      ev('spoc-oversight-reviewed', '2026-08-24T09:00:00Z', {}),
    ],
    dueOn: '2026-09-02',
    instants: around('2026-09-02'),
  },
  {
    name: 'staff-conduct',
    covers:
      'staff conduct (SC-1, SC-2): an incident by a member of staff; the SPOC reported (replacement owed), reported again; resolved unsatisfied, then handed over; an officer reported and resolved satisfied; the handover told later; the new SPOC reported too (replacement owed, and still named for the gate); SPOC oversight due 3 June 2026 (3 months from the SPOC’s assignment on 3 March)',
    policy: TEP,
    events: [
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: { ...sam } }),
      incident('inc-s1', '2026-03-10T10:00:00Z', {
        actor: 'staff',
        target: 'resident',
        behaviours: [{ code: 'inappropriate-messages', persistent: true }],
      }),
      ev('staff-conduct-reported', '2026-03-11T09:00:00Z', {
        staffId: sam.staffId,
        reason: 'Inappropriate messages.',
        incidentId: 'inc-s1',
      }),
      ev('staff-conduct-reported', '2026-03-12T09:00:00Z', { staffId: sam.staffId }),
      ev('staff-conduct-resolved', '2026-03-20T09:00:00Z', {
        staffId: sam.staffId,
        residentSatisfied: false,
      }),
      ev('staff-conduct-reported', '2026-03-21T09:00:00Z', { staffId: STAFF.officer }),
      ev('staff-conduct-resolved', '2026-03-28T09:00:00Z', {
        staffId: STAFF.officer,
        residentSatisfied: true,
      }),
      ev('spoc-handover', '2026-04-01T09:00:00Z', { to: { ...chris }, temporary: false }),
      ev('customer-informed', '2026-04-03T09:00:00Z', { about: 'spoc-handover', letterDate: '2026-04-02' }),
      ev('staff-conduct-reported', '2026-05-01T09:00:00Z', {
        staffId: chris.staffId,
        reason: 'Shared my address.',
      }),
    ],
    dueOn: '2026-06-03',
    instants: around('2026-06-03'),
  },
  {
    name: 'breaches-legal-steps',
    covers:
      'breaches of a restriction, a breach warning, every legal step in order of gravity, the police and a public body told of no immediate risk; interactions ended without telling the customer first, and with that not recorded; a complaint not investigated; the stage legal-action; case review due 2 September 2026',
    policy: TEP,
    events: [
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      incident('inc-4', '2026-03-20T10:00:00Z', { channel: 'in-person' }),
      ev('restriction-breached', '2026-03-20T11:00:00Z', {
        incidentId: 'inc-4',
        description: 'Visited the office unannounced.',
      }),
      ev('breach-warning-issued', '2026-03-23T09:00:00Z', { letterDate: '2026-03-23' }),
      ev('restriction-breached', '2026-04-06T11:00:00Z', { restrictionId: 'r-1' }),
      ev('legal-action-taken', '2026-04-08T09:00:00Z', { step: 'legal-warning-letter' }),
      ev('legal-action-taken', '2026-04-20T09:00:00Z', { step: 'injunction' }),
      ev('legal-action-taken', '2026-05-20T09:00:00Z', { step: 'civil-restraint-order' }),
      ev('legal-action-taken', '2026-06-20T09:00:00Z', { step: 'notice-of-seeking-possession' }),
      ev('police-notified', '2026-06-21T09:00:00Z', {
        immediateRisk: false,
        incidentId: 'inc-4',
        reference: 'CAD-1234',
      }),
      ev('public-authority-notified', '2026-06-22T09:00:00Z', {
        authority: 'other-public-body',
        name: 'the fire service',
      }),
      ev(
        'interaction-ended',
        '2026-06-23T10:00:00Z',
        { channel: 'in-person', customerTold: false },
        STAFF.officer,
      ),
      ev('interaction-ended', '2026-06-24T10:00:00Z', {}, STAFF.officer),
      ev('complaint-investigation-declined', '2026-06-25T09:00:00Z', { letterDate: '2026-06-25' }),
    ],
    dueOn: '2026-09-02',
    instants: around('2026-09-02'),
  },
  {
    name: 'serious-threat-open-ended',
    covers:
      'a threat of violence (extreme): the police and the local authority told of an immediate risk, an injunction without warning, no EIA yet; then an EIA and an open-ended spoc-only restriction with no warning or informal action, for the seriousness; received letter counted from actual receipt; no time to decide an appeal; first review after 3 months, due 1 July 2026',
    policy: OPEN_ENDED,
    events: [
      behaving('inc-1', '2026-03-30T10:00:00Z', [{ code: 'threat-of-violence', persistent: false }], {
        channel: 'in-person',
        immediateRisk: true,
      }),
      ev(
        'police-notified',
        '2026-03-30T10:30:00Z',
        { immediateRisk: true, incidentId: 'inc-1' },
        STAFF.officer,
      ),
      ev('public-authority-notified', '2026-03-30T11:00:00Z', {
        authority: 'local-authority',
        name: 'Wiltshire Council adult social care',
        immediateRisk: true,
        incidentId: 'inc-1',
        reference: 'ASC-77',
      }),
      ev('legal-action-taken', '2026-03-31T09:00:00Z', {
        step: 'injunction',
        immediateRiskBecause: 'a threat to stab the housing officer',
      }),
      eia('2026-03-31T12:00:00Z', ['mental-health']),
      ev('restriction-imposed', '2026-04-01T10:00:00Z', {
        restriction: {
          id: 'r-1',
          startsOn: '2026-04-01',
          measures: [{ kind: 'spoc-only' }, { kind: 'no-contact' }],
          spoc: { ...sam },
        },
        decisionLetterDate: '2026-04-01',
        letterReceivedOn: '2026-04-01',
        warningSkippedBecause: 'a threat of violence to a member of staff',
      }),
      ev('appeal-received', '2026-04-10T09:00:00Z', {}, STAFF.officer),
    ],
    dueOn: '2026-07-01',
    instants: around('2026-07-01'),
    reviewsUntil: '2027-04-01',
  },
  {
    name: 'needs-eia-not-proportionate',
    covers:
      'hate incidents, one-off and persistent behaviours, incidents that are not evidence (aimed at a neighbour, only upset); a change of circumstances before any EIA; a supportive approach; an EIA with needs and adjustments; a warning by email naming its evidence; a restriction with a justified conflicting measure; two changes of circumstances; the EIA reviewed after them, not proportionate, with a need since (vary or lift, and a measure conflict); every formal step blocked until then; case review due 2 September 2026',
    policy: TEP,
    events: NEEDS_PREFIX,
    dueOn: '2026-09-02',
    instants: around('2026-09-02'),
  },
  {
    name: 'needs-varied-after-eia',
    covers:
      'the history before, then the restriction varied to email with adjustments for the needs: the EIA is reviewed for the varied measures, the variation letter is owed and the teams are to be told; case review due 2 September 2026',
    policy: TEP,
    events: [
      ...NEEDS_PREFIX,
      ev('restriction-varied', '2026-04-06T10:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'email' }],
        adjustments: ['emails in a screen-reader friendly format', 'a phone call to explain each email'],
      }),
    ],
    dueOn: '2026-09-02',
    instants: around('2026-09-02'),
  },
  {
    name: 'selwood-complaint-declined',
    covers:
      'Selwood (SH-2 12-month period): formal action with no informal action and a reason recorded; a complaint not investigated (HO-5, HO-6); a warning by a recorded phone call (not counted) then a letter; a 6-month restriction with its length justified; an appeal decided by a senior manager; a reconsideration requested and decided upheld late with no letter',
    policy: selwood,
    events: [
      incident('inc-1', '2026-01-05T10:00:00Z'),
      eia('2026-01-06T09:00:00Z'),
      ev('complaint-investigation-declined', '2026-01-07T09:00:00Z', {
        complaintId: 'cmp-9',
        letterDate: '2026-01-07',
        informalSkippedBecause: 'forty calls a day to the complaints line',
      }),
      ev('written-warning-issued', '2026-01-08T09:00:00Z', {
        letterDate: '2026-01-08',
        form: 'recorded-phone-call',
        informalSkippedBecause: 'forty calls a day to the complaints line',
      }),
      ev('written-warning-issued', '2026-01-09T09:00:00Z', {
        letterDate: '2026-01-09',
        informalSkippedBecause: 'forty calls a day to the complaints line',
      }),
      incident('inc-2', '2026-01-20T10:00:00Z'),
      restriction('2026-02-02T10:00:00Z', {
        months: 6,
        lengthJustification: 'the calls stopped for a month after the warning',
        informalSkippedBecause: 'forty calls a day to the complaints line',
      }),
      ev('teams-informed', '2026-02-02T15:00:00Z', { teams: TEAMS }, STAFF.officer),
      ev('appeal-received', '2026-02-05T09:00:00Z', {}, STAFF.officer),
      {
        ...ev(
          'appeal-decided',
          '2026-02-20T09:00:00Z',
          { outcome: 'dismissed', letterDate: '2026-02-20' },
          'sm-1',
        ),
        byRole: 'senior-manager',
      },
      ev(
        'reconsideration-requested',
        '2026-03-02T09:00:00Z',
        { receivedOn: '2026-03-01', grounds: 'I have changed.' },
        STAFF.officer,
      ),
      ev('reconsideration-decided', '2026-04-01T09:00:00Z', { outcome: 'upheld' }, 'sm-1'),
    ],
    dueOn: '2026-07-06',
    instants: around('2026-07-06'),
  },
  {
    name: 'ombudsman-no-warning',
    covers:
      'the Housing Ombudsman policy: one shout is unacceptable; a restriction with no informal action or warning (neither required); a reconsideration requested and decided dismissed on time; a reconsideration varied, carried out with a letter sent by email the day before and a later last day to appeal stated (kept); the teams not told of it; a change of circumstances (the EIA review due at once, every formal step blocked); case review due 1 October 2026',
    policy: housingOmbudsman2021,
    events: [
      behaving('inc-1', '2026-03-30T10:00:00Z', [{ code: 'shouting', persistent: false }]),
      eia('2026-03-31T09:00:00Z'),
      restriction('2026-04-01T10:00:00Z', {
        months: 9,
        measures: [{ kind: 'single-channel', channel: 'letter' }],
      }),
      ev('teams-informed', '2026-04-01T15:00:00Z', { teams: TEAMS }),
      ev('reconsideration-requested', '2026-04-10T09:00:00Z', {}),
      ev('reconsideration-decided', '2026-04-20T09:00:00Z', {
        outcome: 'dismissed',
        letterDate: '2026-04-20',
      }),
      ev('reconsideration-requested', '2026-05-10T09:00:00Z', { grounds: 'Email would suit me better.' }),
      ev('reconsideration-decided', '2026-05-12T09:00:00Z', { outcome: 'varied' }),
      ev('restriction-varied', '2026-05-15T10:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'email' }],
        decisionLetterDate: '2026-05-14',
        service: { method: 'email', sentAt: '2026-05-14T16:00:00+01:00' },
        appealLastDayStated: '2026-06-01',
      }),
      ev('circumstances-changed', '2026-06-01T09:00:00Z', {
        description: 'started dialysis three days a week',
      }),
    ],
    dueOn: '2026-10-01',
    instants: around('2026-10-01'),
  },
  {
    name: 'versions-retries-voids',
    covers:
      'policy versions (reviews every 3 months from 1 March 2026): the ladder judged under the first, the restriction under the revision, the timeline naming each; event ids, a retry, a typo voided and re-entered, meta kept; a case review due 2 June under the revised version',
    policy: [REVISED, TEP],
    events: [
      ...LADDER.map((event, i) => ({ ...event, id: `crm-${i}` }) as CaseEvent),
      { ...(LADDER[6] as CaseEvent), id: 'crm-6' },
      { ...ev('spoc-assigned', '2062-05-02T10:00:00Z', { spoc: { ...sam } }), id: 'crm-8' },
      {
        ...ev('event-voided', '2026-05-02T10:30:00Z', {
          eventId: 'crm-8',
          reason: 'the year was mistyped, 2062 for 2026',
        }),
        id: 'crm-9',
      },
      {
        ...ev('spoc-assigned', '2026-05-02T10:00:00Z', { spoc: { ...sam } }),
        id: 'crm-10',
        meta: JSON.parse('{"crmRef":"A-1","__proto__":"kept"}'),
      },
      { ...ev('teams-informed', '2026-05-03T09:00:00Z', { teams: TEAMS }), id: 'crm-11' },
    ],
    dueOn: '2026-06-02',
    instants: around('2026-06-02'),
  },
];
