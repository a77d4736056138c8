// One minimal history for each refusal the case machine can give, and for each way a guard words a
// refusal differently by circumstance: refusals-words.test.ts pins each one's whole error.
import { allowedEvents, applyEvent, type CaseEvent, openCase, replay } from '../../src/case/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { housingOmbudsman2021, selwood } from '../../src/policy/presets.js';
import type { Policy } from '../../src/policy/schema.js';
import type { PolicyInput } from '../../src/policy/versions.js';
import type { Result } from '../../src/shared/result.js';
import { unwrap } from '../helpers.js';
import {
  caseAfter,
  eia,
  ev,
  incident,
  informal,
  LADDER,
  OPENING,
  restriction,
  STAFF,
  TEP,
  warning,
} from './fixtures.js';
import { OPEN_ENDED } from './golden-histories.js';

/** Replays a log and gives its refusal (or, wrongly, its state). */
const log = (events: readonly CaseEvent[], policy: PolicyInput = TEP): Result<unknown> =>
  replay(events, policy, OPENING);

/** One event applied to the case a log folds to. */
const onto = (events: readonly CaseEvent[], event: CaseEvent, policy: Policy = TEP): Result<unknown> =>
  applyEvent(events.length === 0 ? unwrap(openCase(OPENING)) : caseAfter(events, policy), event, policy);

const SAM = { ...STAFF.spoc };
const CHRIS = { ...STAFF.cover };
const TEAMS = ['customer-service-centre', 'repairs-contractors'];

/** Up to the written warning of 22 January 2026, before the third incident. */
const WARNED = LADDER.slice(0, 5);
/** LADDER, and the teams told. */
const RESTRICTED = [...LADDER, ev('teams-informed', '2026-03-02T15:00:00Z', { teams: TEAMS }, STAFF.officer)];
const withSpoc = [...RESTRICTED, ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: SAM })];
const appealed = [...RESTRICTED, ev('appeal-received', '2026-03-10T09:00:00Z', {}, STAFF.officer)];
const decide = (at: string, extra: Partial<CaseEvent> = {}): CaseEvent =>
  ({
    ...ev('appeal-decided', at, { outcome: 'dismissed', letterDate: at.slice(0, 10) }, STAFF.senior),
    byRole: 'senior-officer',
    ...extra,
  }) as CaseEvent;
/** The needs history's conflict: a need recorded since the decision that written-only shuts out. */
const conflicted = [
  ...RESTRICTED,
  ev('eia-reviewed', '2026-04-01T09:00:00Z', { needs: ['cannot-write'], proportionate: true }),
];
const breached = [...RESTRICTED, ev('restriction-breached', '2026-03-20T11:00:00Z', {})];
const reported = (staffId: string, at = '2026-03-11T09:00:00Z') =>
  ev('staff-conduct-reported', at, { staffId });
const ids = (events: readonly CaseEvent[]) =>
  events.map((event, i) => ({ ...event, id: `e-${i}` }) as CaseEvent);

const NO_APPEAL: Policy = { ...TEP, appeal: null };
const LETTERS_ONLY: Policy = { ...TEP, notices: { channels: ['letter'] } };
const EMAILS_ONLY: Policy = { ...TEP, notices: { channels: ['email'] } };
const NO_TEAMS: Policy = { ...TEP, teams: { toInform: [] } };
const NO_RECONSIDERATION: Policy = { ...TEP, reconsideration: null };
/** TEP with one setting changed, as a landlord's own version would be. */
const variant = (id: string, settings: object): Policy =>
  unwrap(definePolicy({ id, name: `TEP, ${id}`, effectiveFrom: '2000-01-01', ...settings }, TEP));
const UP_TO_12 = variant('tep-up-to-12-months', { restriction: { maxMonths: 12 } });
const TWO_MANAGERS = variant('tep-two-managers', {
  authority: { 'restriction-imposed': { roles: ['housing-manager'], count: 2 } },
});
/** The appeal window counted from deemed receipt (NF-6): a decision says how its letter was sent. */
const DEEMED = variant('tep-deemed-receipt', {
  appeal: {
    window: {
      length: 14,
      unit: 'calendar-days',
      lastDayOnNonBusinessDay: 'stays',
      countFrom: 'deemed-receipt',
    },
    decisionWithin: { length: 28, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
  },
});
/** Kiritimati is 14 hours ahead of UTC: midday on 31 December 2999 there is already 3000. */
const KIRITIMATI = variant('tep-kiritimati', { timeZone: 'Pacific/Kiritimati' });
const MANAGERS_LIFT = variant('tep-managers-lift', {
  authority: { 'restriction-lifted': ['housing-manager'] },
});

/** Each refusal, by name: what it refuses, in words a reader of RULES.md would look for. */
export const REFUSALS: Record<string, () => Result<unknown>> = {
  // ---- at the door: the inputs, the log, the clock
  'INVALID_INPUT: an event missing its letterDate': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      { type: 'written-warning-issued', at: '2026-01-06T09:00:00Z', by: 'hm-1' } as never,
    ]),
  'INVALID_INPUT: no events and no opening': () => replay([], TEP),
  'UNSUPPORTED_SCHEMA_VERSION: a state from a newer library': () =>
    applyEvent(
      { ...unwrap(openCase(OPENING)), schemaVersion: 99 } as never,
      incident('inc-1', '2026-01-05T10:00:00Z'),
      TEP,
    ),
  'EVENT_OUT_OF_ORDER: an event before the last one': () =>
    log([incident('inc-2', '2026-01-20T10:00:00Z'), incident('inc-1', '2026-01-05T10:00:00Z')]),
  'EVENT_OUT_OF_ORDER: allowedEvents asked before the last event': () =>
    allowedEvents(caseAfter(LADDER), '2026-03-01T10:00:00Z', TEP),
  'EVENT_IN_FUTURE: a mistyped year, received today': () =>
    applyEvent(unwrap(openCase(OPENING)), incident('inc-1', '2062-01-05T10:00:00Z'), TEP, {
      receivedAt: '2026-01-05T10:00:05Z',
    }),
  'EVENT_IN_FUTURE: in a replayed log': () =>
    replay(
      [incident('inc-1', '2026-01-05T10:00:00Z'), incident('inc-2', '2026-01-05T10:06:00Z')],
      TEP,
      OPENING,
      {
        receivedAt: '2026-01-05T10:00:00Z',
      },
    ),
  'DATE_OUT_OF_RANGE: an event after the last year the calendar holds': () =>
    log(
      [incident('inc-1', '2026-01-05T10:00:00Z'), ev('case-closed', '2999-12-31T12:00:00Z', {})],
      KIRITIMATI,
    ),
  'POLICY_NOT_IN_EFFECT: an event before the policy took effect': () =>
    replay([incident('inc-1', '2020-01-05T10:00:00Z')], housingOmbudsman2021, {
      ...OPENING,
      openedAt: '2020-01-05T09:00:00Z',
    }),
  'POLICY_VERSIONS_INVALID: versions of two policies': () => log(LADDER.slice(0, 1), [TEP, selwood]),
  'SERVICE_REQUIRED: counted from deemed receipt, and not said how the letter went': () =>
    log([...LADDER.slice(0, 6), restriction('2026-03-02T10:00:00Z')], DEEMED),
  'REPLAY_REQUIRED: a void applied to a stored state': () =>
    onto(
      ids(LADDER.slice(0, 1)),
      ev('event-voided', '2026-01-06T09:00:00Z', { eventId: 'e-0', reason: 'recorded twice' }),
    ),
  'EVENT_ID_CONFLICT: an id reused for other content, in the log': () =>
    log([
      { ...incident('inc-1', '2026-01-05T10:00:00Z'), id: 'e-1' },
      { ...incident('inc-2', '2026-01-06T10:00:00Z'), id: 'e-1' },
    ]),
  'EVENT_ID_CONFLICT: an id reused for other content, one event at a time': () =>
    onto(ids(LADDER.slice(0, 1)), { ...incident('inc-2', '2026-01-06T10:00:00Z'), id: 'e-0' }),
  'VOIDED_EVENT_NOT_FOUND: a void naming no earlier event': () =>
    log([
      ...ids(LADDER.slice(0, 1)),
      ev('event-voided', '2026-01-06T09:00:00Z', { eventId: 'e-9', reason: 'a typo' }),
    ]),
  'EVENT_ALREADY_VOIDED: a void of an event already voided': () =>
    log([
      ...ids(LADDER.slice(0, 1)),
      ev('event-voided', '2026-01-06T09:00:00Z', { eventId: 'e-0', reason: 'a typo' }),
      ev('event-voided', '2026-01-06T09:30:00Z', { eventId: 'e-0', reason: 'a typo again' }),
    ]),
  'EVENT_NOT_VOIDABLE: a void of a void': () =>
    log([
      ...ids(LADDER.slice(0, 1)),
      { ...ev('event-voided', '2026-01-06T09:00:00Z', { eventId: 'e-0', reason: 'a typo' }), id: 'v-1' },
      ev('event-voided', '2026-01-06T09:30:00Z', { eventId: 'v-1', reason: 'undo' }),
    ]),
  'INVALID_TRANSITION: an event the closed case does not allow': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      ev('case-closed', '2026-01-06T09:00:00Z', {}),
      incident('inc-2', '2026-01-07T10:00:00Z'),
    ]),

  // ---- TEP-2.3, TEP-2.4: the equality impact assessment
  'EIA_REQUIRED: no EIA before formal action': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      informal('2026-01-06T09:00:00Z'),
      warning('2026-01-07T09:00:00Z'),
    ]),
  'EIA_REQUIRED: no EIA before restricting contact (no warning required)': () =>
    log(
      [incident('inc-1', '2026-03-30T10:00:00Z'), restriction('2026-04-01T10:00:00Z', { months: 6 })],
      housingOmbudsman2021,
    ),
  'EIA_REQUIRED: the EIA found the treatment not proportionate': () =>
    log([
      ...RESTRICTED,
      ev('eia-reviewed', '2026-04-01T09:00:00Z', { needs: [], proportionate: false }),
      warning('2026-04-02T09:00:00Z'),
    ]),
  'EIA_REQUIRED: a change of circumstances not reviewed': () =>
    log([
      ...WARNED,
      ev('circumstances-changed', '2026-02-01T09:00:00Z', { description: 'a new diagnosis' }),
      incident('inc-3', '2026-02-10T11:00:00Z'),
      restriction('2026-03-02T10:00:00Z'),
    ]),
  'EIA_REQUIRED: the EIA not reviewed with the case review due': () =>
    log([
      ...RESTRICTED,
      ev('restriction-varied', '2026-09-03T10:00:00Z', { measures: [{ kind: 'no-contact' }] }),
    ]),
  'EIA_REQUIRED: the EIA past the months it stays current': () =>
    log([...WARNED, incident('inc-3', '2026-02-10T11:00:00Z'), restriction('2026-07-22T10:00:00Z')]),
  'EIA_REQUIRED: a review continuing the restriction with no EIA review since it was imposed': () =>
    log([
      ...RESTRICTED,
      ev('case-reviewed', '2026-08-28T10:00:00Z', { outcome: 'continue', letterDate: '2026-08-28' }),
    ]),
  'EIA_REQUIRED: the police told of no immediate risk, with no EIA': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      ev('police-notified', '2026-01-06T09:00:00Z', { immediateRisk: false }),
    ]),
  'EIA_REQUIRED: the local authority told of no immediate risk, with no EIA': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      ev('public-authority-notified', '2026-01-06T09:00:00Z', {
        authority: 'other-public-body',
        name: 'the fire service',
      }),
    ]),
  'INVALID_TRANSITION: an EIA reviewed before any was completed': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      ev('eia-reviewed', '2026-01-06T09:00:00Z', { needs: [], proportionate: true }),
    ]),

  // ---- TEP-4: informal action, warnings, persistence
  'INFORMAL_ACTION_REQUIRED: a warning with no informal action or reason': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      eia('2026-01-06T09:00:00Z'),
      warning('2026-01-07T09:00:00Z'),
    ]),
  'WARNING_REQUIRED: a restriction with no written warning': () =>
    log([...LADDER.slice(0, 4), restriction('2026-03-02T10:00:00Z')]),
  'WARNING_REQUIRED: the only warning in a form the policy does not count': () =>
    log([
      ...LADDER.slice(0, 4),
      ev('written-warning-issued', '2026-01-22T09:00:00Z', {
        letterDate: '2026-01-22',
        form: 'recorded-phone-call',
      }),
      incident('inc-3', '2026-02-10T11:00:00Z'),
      restriction('2026-03-02T10:00:00Z'),
    ]),
  'BEHAVIOUR_NOT_PERSISTED: no incident since the warning': () =>
    log([...WARNED, restriction('2026-03-02T10:00:00Z')]),
  'BEHAVIOUR_NOT_PERSISTED: the evidence named all before the warning': () =>
    log([...LADDER.slice(0, 6), restriction('2026-03-02T10:00:00Z', { evidence: ['inc-1', 'inc-2'] })]),
  'INVALID_INPUT: a warning letter dated after it is recorded': () =>
    log([...LADDER.slice(0, 4), warning('2026-01-22T09:00:00Z', '2026-01-23')]),
  'INVALID_INPUT: a warning letter dated before the EIA it rests on': () =>
    log([...LADDER.slice(0, 4), warning('2026-01-22T09:00:00Z', '2026-01-20')]),

  // ---- NF-1: evidence
  'EVIDENCE_REQUIRED: no incident of the customer’s behaviour on file': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z', { target: 'neighbour' }),
      informal('2026-01-06T09:00:00Z'),
    ]),
  'EVIDENCE_REQUIRED: evidence naming an unknown incident and incidents not evidence': () =>
    log([
      ...LADDER.slice(0, 4),
      incident('inc-s', '2026-01-21T10:00:00Z', { actor: 'staff', target: 'resident' }),
      incident('inc-n', '2026-01-21T10:30:00Z', { target: 'neighbour' }),
      incident('inc-u', '2026-01-21T11:00:00Z', {
        behaviours: [{ code: 'upset-or-distressed', persistent: false }],
      }),
      ev('written-warning-issued', '2026-01-22T09:00:00Z', {
        letterDate: '2026-01-22',
        evidence: ['inc-9', 'inc-s', 'inc-n', 'inc-u'],
      }),
    ]),
  'EVIDENCE_REQUIRED: an event naming an incident not recorded': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      ev('interaction-ended', '2026-01-05T11:00:00Z', { incidentId: 'inc-9' }, STAFF.officer),
    ]),
  'EVIDENCE_REQUIRED: a breach warning with no breach': () =>
    log([...RESTRICTED, ev('breach-warning-issued', '2026-03-20T09:00:00Z', { letterDate: '2026-03-20' })]),
  'INVALID_INPUT: an incident dated after the event recording it': () =>
    log([
      ev(
        'incident-recorded',
        '2026-01-05T10:00:00Z',
        {
          incident: {
            id: 'inc-1',
            occurredAt: '2026-01-05T11:00:00Z',
            channel: 'phone',
            actor: 'customer',
            target: 'staff',
            behaviours: [{ code: 'swearing', persistent: true }],
          },
        },
        STAFF.officer,
      ),
    ]),
  'INVALID_INPUT: an incident id recorded twice': () =>
    log([incident('inc-1', '2026-01-05T10:00:00Z'), incident('inc-1', '2026-01-06T10:00:00Z')]),

  // ---- TEP-5: imposing and varying a restriction
  'INVALID_INPUT: a restriction id used twice': () =>
    log([...RESTRICTED, incident('inc-4', '2026-03-05T10:00:00Z'), restriction('2026-03-06T10:00:00Z')]),
  'LENGTH_REQUIRED: no length, and the policy sets none': () =>
    log([
      ...LADDER.slice(0, 6),
      ev('restriction-imposed', '2026-03-02T10:00:00Z', {
        restriction: { id: 'r-1', startsOn: '2026-03-02', measures: [{ kind: 'written-only' }] },
        decisionLetterDate: '2026-03-02',
      }),
    ]),
  'LENGTH_OVER_MAXIMUM: 24 months where the policy allows 12': () =>
    log([...LADDER.slice(0, 6), restriction('2026-03-02T10:00:00Z', { months: 24 })], UP_TO_12),
  'LENGTH_JUSTIFICATION_REQUIRED: Selwood’s 12-month period departed from without a reason': () =>
    log([...LADDER.slice(0, 6), restriction('2026-03-02T10:00:00Z', { months: 6 })], selwood),
  'RECEIVED_ON_REQUIRED: counted from actual receipt, and no day of receipt': () =>
    log([...LADDER.slice(0, 6), restriction('2026-03-02T10:00:00Z')], OPEN_ENDED),
  'NOTICE_CHANNEL_NOT_ALLOWED: a decision letter by email, where notices go by letter': () =>
    log(
      [
        ...LADDER.slice(0, 6),
        restriction('2026-03-02T10:00:00Z', { service: { method: 'email', sentAt: '2026-03-02T09:00:00Z' } }),
      ],
      LETTERS_ONLY,
    ),
  'NOTICE_CHANNEL_NOT_ALLOWED: a variation’s letter posted, where notices go by email': () =>
    log(
      [
        ...RESTRICTED,
        ev('restriction-varied', '2026-03-20T10:00:00Z', {
          months: 6,
          decisionLetterDate: '2026-03-20',
          service: { method: 'first-class-post', postedOn: '2026-03-20' },
        }),
      ],
      EMAILS_ONLY,
    ),
  'DISPROPORTIONATE_MEASURE: a variation to a measure a recorded need conflicts with': () =>
    log([
      ...conflicted,
      ev('restriction-varied', '2026-04-02T10:00:00Z', {
        measures: [{ kind: 'no-contact' }, { kind: 'single-channel', channel: 'letter' }],
      }),
    ]),
  'INVALID_INPUT: a restriction’s dates do not hang together': () =>
    log([
      ...LADDER.slice(0, 6),
      ev('restriction-imposed', '2026-03-02T10:00:00Z', {
        restriction: { id: 'r-1', startsOn: '2026-03-01', months: 12, measures: [{ kind: 'written-only' }] },
        decisionLetterDate: '2026-03-03',
        letterReceivedOn: '2026-03-01',
      }),
    ]),
  'INVALID_INPUT: a decision letter before the incident it rests on, and too long before it is recorded':
    () =>
      log([
        ...LADDER.slice(0, 6),
        ev('restriction-imposed', '2026-03-20T10:00:00Z', {
          restriction: {
            id: 'r-1',
            startsOn: '2026-03-20',
            months: 12,
            measures: [{ kind: 'written-only' }],
          },
          decisionLetterDate: '2026-02-09',
          appealLastDayStated: '2026-02-01',
        }),
      ]),
  'INVALID_INPUT: a variation’s receipt and stated last day with no new letter': () =>
    log([
      ...RESTRICTED,
      ev('restriction-varied', '2026-04-01T10:00:00Z', {
        months: 6,
        letterReceivedOn: '2026-04-01',
        appealLastDayStated: '2026-04-20',
      }),
    ]),
  'INVALID_INPUT: a variation’s letter dated before the decision it varies': () =>
    log([
      ...RESTRICTED,
      ev('restriction-varied', '2026-03-20T10:00:00Z', { months: 6, decisionLetterDate: '2026-03-01' }),
    ]),
  'INVALID_INPUT: a variation’s letter received after it is recorded': () =>
    log([
      ...RESTRICTED,
      ev('restriction-varied', '2026-03-20T10:00:00Z', {
        months: 6,
        decisionLetterDate: '2026-03-19',
        letterReceivedOn: '2026-03-21',
      }),
    ]),
  'DISPROPORTIONATE_MEASURE: a measure conflicting with a recorded need, unanswered': () =>
    log([...LADDER.slice(0, 3), eia('2026-01-21T09:00:00Z', ['visual-impairment']), ...LADDER.slice(4)]),
  'DISPROPORTIONATE_MEASURE: a review continuing measures a need since conflicts with': () =>
    log([
      ...conflicted,
      ev('case-reviewed', '2026-04-02T10:00:00Z', { outcome: 'continue', letterDate: '2026-04-02' }),
    ]),
  'DISPROPORTIONATE_MEASURE: a breach warning enforcing them': () =>
    log([
      ...conflicted,
      ev('restriction-breached', '2026-04-02T11:00:00Z', {}),
      ev('breach-warning-issued', '2026-04-03T09:00:00Z', { letterDate: '2026-04-03' }),
    ]),
  'SPOC_REQUIRED: a spoc-only restriction naming no SPOC': () =>
    log([...LADDER.slice(0, 6), restriction('2026-03-02T10:00:00Z', { measures: [{ kind: 'spoc-only' }] })]),
  'SPOC_REQUIRED: a variation to spoc-only with no SPOC assigned': () =>
    log([
      ...RESTRICTED,
      ev('restriction-varied', '2026-03-20T10:00:00Z', { measures: [{ kind: 'spoc-only' }] }),
    ]),
  'INVALID_INPUT: a restriction naming another SPOC than the case’s': () =>
    log([
      ...LADDER.slice(0, 6),
      ev('spoc-assigned', '2026-03-01T09:00:00Z', { spoc: SAM }),
      ev('restriction-imposed', '2026-03-02T10:00:00Z', {
        restriction: {
          id: 'r-1',
          startsOn: '2026-03-02',
          months: 12,
          measures: [{ kind: 'spoc-only' }],
          spoc: CHRIS,
        },
        decisionLetterDate: '2026-03-02',
      }),
    ]),

  // ---- steps on a restriction
  'NO_ACTIVE_RESTRICTION: no restriction current to lift': () =>
    log([incident('inc-1', '2026-01-05T10:00:00Z'), ev('restriction-lifted', '2026-01-06T09:00:00Z', {})]),
  'NO_ACTIVE_RESTRICTION: no restriction in force to breach': () =>
    log([
      ...LADDER.slice(0, 6),
      ev('restriction-imposed', '2026-03-02T10:00:00Z', {
        restriction: { id: 'r-1', startsOn: '2026-03-09', months: 12, measures: [{ kind: 'written-only' }] },
        decisionLetterDate: '2026-03-02',
      }),
      ev('restriction-breached', '2026-03-03T10:00:00Z', {}),
    ]),
  'NO_ACTIVE_RESTRICTION: a restriction named that is not in force yet': () =>
    log([
      ...LADDER.slice(0, 6),
      restriction('2026-03-02T10:00:00Z', { id: 'r-0', months: 1 }),
      ev('restriction-imposed', '2026-03-02T11:00:00Z', {
        restriction: { id: 'r-1', startsOn: '2026-03-09', months: 12, measures: [{ kind: 'written-only' }] },
        decisionLetterDate: '2026-03-02',
      }),
      ev('restriction-breached', '2026-03-03T10:00:00Z', { restrictionId: 'r-1' }),
    ]),
  'NO_ACTIVE_RESTRICTION: a restriction named that the case does not have': () =>
    log([...RESTRICTED, ev('restriction-lifted', '2026-03-20T09:00:00Z', { restrictionId: 'r-9' })]),
  'NO_ACTIVE_RESTRICTION: a restriction named that is no longer current': () =>
    log([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-03-20T09:00:00Z', { letterDate: '2026-03-20' }),
      incident('inc-4', '2026-03-25T10:00:00Z'),
      restriction('2026-03-26T10:00:00Z', { id: 'r-2' }),
      ev('restriction-varied', '2026-03-27T10:00:00Z', { restrictionId: 'r-1', months: 6 }),
    ]),
  'INVALID_INPUT: several restrictions current, none named': () =>
    log([
      ...RESTRICTED,
      incident('inc-4', '2026-03-05T10:00:00Z'),
      restriction('2026-03-06T10:00:00Z', { id: 'r-2' }),
      ev('restriction-lifted', '2026-03-20T09:00:00Z', {}),
    ]),
  'INVALID_TRANSITION: closing with a restriction current': () =>
    log([...RESTRICTED, ev('case-closed', '2026-03-20T09:00:00Z', {})]),
  'INVALID_TRANSITION: closing with a reconsideration waiting': () =>
    log([
      ...RESTRICTED,
      ev('reconsideration-requested', '2026-03-10T09:00:00Z', {}),
      ev('restriction-lifted', '2026-03-20T09:00:00Z', { letterDate: '2026-03-20' }),
      ev('teams-informed', '2026-03-20T10:00:00Z', { teams: TEAMS }),
      ev('case-closed', '2026-03-21T09:00:00Z', {}),
    ]),
  'LETTERS_OUTSTANDING: closing with a letter owed': () =>
    log([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-03-20T09:00:00Z', {}),
      ev('teams-informed', '2026-03-20T10:00:00Z', { teams: TEAMS }),
      ev('case-closed', '2026-03-21T09:00:00Z', {}),
    ]),
  'LETTERS_OUTSTANDING: closing with two letters owed': () =>
    log([
      ...appealed,
      decide('2026-03-20T14:00:00Z', { outcome: 'upheld', letterDate: undefined } as never),
      ev('spoc-assigned', '2026-03-20T15:00:00Z', { spoc: SAM }),
      ev('spoc-handover', '2026-03-21T09:00:00Z', { to: CHRIS, temporary: true }),
      ev('teams-informed', '2026-03-21T10:00:00Z', { teams: TEAMS }),
      ev('case-closed', '2026-03-22T09:00:00Z', {}),
    ]),
  'TEAMS_NOT_INFORMED: closing with a change untold': () =>
    log([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-03-20T09:00:00Z', { letterDate: '2026-03-20' }),
      ev('teams-informed', '2026-03-20T10:00:00Z', { teams: ['repairs-contractors'] }),
      ev('case-closed', '2026-03-21T09:00:00Z', {}),
    ]),
  'TEAMS_NOT_INFORMED: closing with two changes untold': () =>
    log([
      ...LADDER,
      ev('restriction-lifted', '2026-03-20T09:00:00Z', { letterDate: '2026-03-20' }),
      ev('case-closed', '2026-03-21T09:00:00Z', {}),
    ]),

  // ---- TEP-9: letters and teams
  'INVALID_TRANSITION: no letter of the kind owed': () =>
    log([
      ...RESTRICTED,
      ev('customer-informed', '2026-03-20T09:00:00Z', {
        about: 'restriction-lifted',
        letterDate: '2026-03-20',
      }),
    ]),
  'INVALID_TRANSITION: no letter owed for the restriction named': () =>
    log([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-03-20T09:00:00Z', {}),
      ev('customer-informed', '2026-03-21T09:00:00Z', {
        about: 'restriction-lifted',
        letterDate: '2026-03-21',
        restrictionId: 'r-2',
      }),
    ]),
  'INVALID_INPUT: a letter dated before the decision it tells of': () =>
    log([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-03-20T09:00:00Z', {}),
      ev('customer-informed', '2026-03-21T09:00:00Z', {
        about: 'restriction-lifted',
        letterDate: '2026-03-19',
      }),
    ]),
  'INVALID_INPUT: a letter dated after it is recorded (deprecated informedOn)': () =>
    log([
      ...RESTRICTED,
      ev('restriction-lifted', '2026-03-20T09:00:00Z', {}),
      ev('customer-informed', '2026-03-21T09:00:00Z', {
        about: 'restriction-lifted',
        informedOn: '2026-03-22',
      }),
    ]),
  'INVALID_INPUT: a decision’s own letter dated before it': () =>
    log([...RESTRICTED, ev('restriction-lifted', '2026-03-20T09:00:00Z', { letterDate: '2026-03-19' })]),
  'INVALID_INPUT: a handover’s letter dated after it': () =>
    log([
      ...withSpoc,
      ev('spoc-handover', '2026-03-20T09:00:00Z', {
        to: CHRIS,
        temporary: true,
        customerInformedOn: '2026-03-21',
      }),
    ]),
  'INVALID_INPUT: teams the policy does not name': () =>
    log([
      ...LADDER,
      ev('teams-informed', '2026-03-02T15:00:00Z', { teams: ['customer-services', 'repairs'] }),
    ]),
  'INVALID_INPUT: a team told where the policy names none': () =>
    log([...LADDER, ev('teams-informed', '2026-03-02T15:00:00Z', { teams: ['repairs'] })], NO_TEAMS),
  'INVALID_TRANSITION: no change waiting for the teams named': () =>
    log([...RESTRICTED, ev('teams-informed', '2026-03-03T09:00:00Z', { teams: ['repairs-contractors'] })]),

  // ---- NF-9: markers
  'INVALID_TRANSITION: a marker reviewed where the case holds none': () =>
    log([
      incident('inc-1', '2026-01-05T10:00:00Z', { target: 'neighbour' }),
      ev('marker-reviewed', '2026-01-06T09:00:00Z', { markerId: 'marker-inc-1', outcome: 'kept' }),
    ]),
  'INVALID_TRANSITION: a marker id misspelt': () =>
    log([
      ...LADDER.slice(0, 3),
      ev('marker-reviewed', '2026-01-21T09:00:00Z', { markerId: 'marker-inc1', outcome: 'removed' }),
    ]),

  // ---- TEP-6: the SPOC
  'SPOC_REQUIRED: a handover with no SPOC': () =>
    log([...RESTRICTED, ev('spoc-handover', '2026-03-20T09:00:00Z', { to: CHRIS, temporary: false })]),
  'INVALID_TRANSITION: a second SPOC assigned': () =>
    log([...withSpoc, ev('spoc-assigned', '2026-03-20T09:00:00Z', { spoc: CHRIS })]),
  'INVALID_INPUT: a handover to the SPOC already in place': () =>
    log([...withSpoc, ev('spoc-handover', '2026-03-20T09:00:00Z', { to: SAM, temporary: true })]),
  'DECIDER_NOT_INDEPENDENT: the SPOC overseeing their own work': () =>
    log([...withSpoc, ev('spoc-oversight-reviewed', '2026-05-28T09:00:00Z', {}, SAM.staffId)]),

  // ---- SC-2: staff conduct
  'PROTECTION_IN_FORCE: a reported officer taking a step': () =>
    log([
      ...RESTRICTED,
      reported(STAFF.officer),
      ev('interaction-ended', '2026-03-12T09:00:00Z', {}, STAFF.officer),
    ]),
  'PROTECTION_IN_FORCE: a reported officer deciding jointly': () =>
    log([
      ...RESTRICTED,
      reported('hm-2'),
      {
        ...ev('restriction-lifted', '2026-03-12T09:00:00Z', { letterDate: '2026-03-12' }),
        jointlyWith: [{ by: 'so-1' }, { by: 'hm-2' }],
      },
    ]),
  'PROTECTION_IN_FORCE: a handover to a reported colleague': () =>
    log([
      ...withSpoc,
      reported(CHRIS.staffId),
      ev('spoc-handover', '2026-03-20T09:00:00Z', { to: CHRIS, temporary: false }),
    ]),
  'PROTECTION_IN_FORCE: a variation while the case’s SPOC is reported': () =>
    log([
      ...withSpoc,
      reported(SAM.staffId),
      ev('restriction-varied', '2026-03-20T09:00:00Z', { months: 6 }),
    ]),
  'PROTECTION_IN_FORCE: a reported colleague assigned as SPOC': () =>
    log([...RESTRICTED, reported(SAM.staffId), ev('spoc-assigned', '2026-03-20T09:00:00Z', { spoc: SAM })]),
  'INVALID_TRANSITION: a report resolved that is not open': () =>
    log([
      ...RESTRICTED,
      ev('staff-conduct-resolved', '2026-03-20T09:00:00Z', { staffId: 'sp-9', residentSatisfied: true }),
    ]),

  // ---- TEP-8: breaches and legal steps
  'WARNING_REQUIRED: legal action with no breach warning': () =>
    log([...breached, ev('legal-action-taken', '2026-03-21T09:00:00Z', { step: 'legal-warning-letter' })]),
  'EVIDENCE_REQUIRED: legal action with no breach since the breach warning': () =>
    log([
      ...breached,
      ev('breach-warning-issued', '2026-03-23T09:00:00Z', { letterDate: '2026-03-23' }),
      ev('legal-action-taken', '2026-03-24T09:00:00Z', { step: 'legal-warning-letter' }),
    ]),
  'LEGAL_STEP_OUT_OF_ORDER: an injunction before the legal warning letter': () =>
    log([
      ...breached,
      ev('breach-warning-issued', '2026-03-23T09:00:00Z', { letterDate: '2026-03-23' }),
      ev('restriction-breached', '2026-03-24T09:00:00Z', {}),
      ev('legal-action-taken', '2026-03-25T09:00:00Z', { step: 'civil-restraint-order' }),
    ]),
  'LEGAL_STEP_OUT_OF_ORDER: a Notice of Seeking Possession before the legal warning letter': () =>
    log([
      ...breached,
      ev('breach-warning-issued', '2026-03-23T09:00:00Z', { letterDate: '2026-03-23' }),
      ev('restriction-breached', '2026-03-24T09:00:00Z', {}),
      ev('legal-action-taken', '2026-03-25T09:00:00Z', { step: 'notice-of-seeking-possession' }),
    ]),
  'DISPROPORTIONATE_MEASURE: legal action enforcing measures a need conflicts with': () =>
    log([
      ...conflicted,
      ev('restriction-breached', '2026-04-02T11:00:00Z', {}),
      ev('restriction-varied', '2026-04-02T12:00:00Z', { justification: 'for now' }),
      ev('breach-warning-issued', '2026-04-03T09:00:00Z', { letterDate: '2026-04-03' }),
      ev('restriction-breached', '2026-04-04T11:00:00Z', {}),
      ev('eia-reviewed', '2026-04-05T09:00:00Z', {
        needs: ['cannot-write', 'pre-arranged-contact'],
        proportionate: true,
      }),
      ev('legal-action-taken', '2026-04-06T09:00:00Z', { step: 'legal-warning-letter' }),
    ]),

  // ---- TEP-11: appeals and reconsideration
  'NO_APPEAL_ROUTE: no internal appeal': () =>
    log([...LADDER, ev('appeal-received', '2026-03-10T09:00:00Z', {})], NO_APPEAL),
  'APPEAL_OUT_OF_TIME: received after the last day': () =>
    log([...RESTRICTED, ev('appeal-received', '2026-03-17T09:00:00Z', {})]),
  'APPEAL_OUT_OF_TIME: received (as stated) after the last day, no route to reconsider': () =>
    log(
      [...RESTRICTED, ev('appeal-received', '2026-03-20T09:00:00Z', { receivedOn: '2026-03-18' })],
      NO_RECONSIDERATION,
    ),
  'INVALID_INPUT: an appeal received after the event recording it': () =>
    log([...RESTRICTED, ev('appeal-received', '2026-03-10T09:00:00Z', { receivedOn: '2026-03-11' })]),
  'INVALID_INPUT: an appeal received before the decision letter': () =>
    log([
      ...LADDER.slice(0, 6),
      ev('restriction-imposed', '2026-03-02T10:00:00Z', {
        restriction: { id: 'r-1', startsOn: '2026-03-05', months: 12, measures: [{ kind: 'written-only' }] },
        decisionLetterDate: '2026-03-04',
      }),
      ev('appeal-received', '2026-03-04T09:00:00Z', { receivedOn: '2026-03-03' }),
    ]),
  'INVALID_TRANSITION: no restriction can be appealed now (one waiting)': () =>
    log([...appealed, ev('appeal-received', '2026-03-11T09:00:00Z', {})]),
  'INVALID_TRANSITION: an appeal of a restriction already waiting on one': () =>
    log([
      ...appealed,
      incident('inc-4', '2026-03-11T10:00:00Z'),
      restriction('2026-03-12T10:00:00Z', { id: 'r-2' }),
      ev('appeal-received', '2026-03-13T09:00:00Z', { restrictionId: 'r-1' }),
    ]),
  'INVALID_TRANSITION: an appeal against a final decision': () =>
    log([
      ...appealed,
      decide('2026-03-12T14:00:00Z'),
      incident('inc-4', '2026-03-13T10:00:00Z'),
      restriction('2026-03-14T10:00:00Z', { id: 'r-2' }),
      ev('appeal-received', '2026-03-15T09:00:00Z', { restrictionId: 'r-1' }),
    ]),
  'INVALID_TRANSITION: an appeal decided with none waiting': () =>
    log([...RESTRICTED, decide('2026-03-20T14:00:00Z')]),
  'INVALID_TRANSITION: an appeal decided for a restriction with none waiting': () =>
    log([...appealed, decide('2026-03-20T14:00:00Z', { restrictionId: 'r-2' } as never)]),
  'INVALID_INPUT: several appeals waiting, none named': () =>
    log([
      ...appealed,
      incident('inc-4', '2026-03-11T10:00:00Z'),
      restriction('2026-03-12T10:00:00Z', { id: 'r-2' }),
      ev('appeal-received', '2026-03-13T09:00:00Z', { restrictionId: 'r-2' }),
      decide('2026-03-20T14:00:00Z'),
    ]),
  'NOT_AUTHORISED: an appeal decided with no role recorded': () =>
    log([...appealed, ev('appeal-decided', '2026-03-20T14:00:00Z', { outcome: 'dismissed' }, STAFF.senior)]),
  'NOT_AUTHORISED: an appeal decided by a role the policy does not allow': () =>
    log([...appealed, decide('2026-03-20T14:00:00Z', { byRole: 'housing-officer' } as never)]),
  'NOT_AUTHORISED: a step needing two deciders taken by one': () =>
    log(
      [...LADDER.slice(0, 6), { ...restriction('2026-03-02T10:00:00Z'), byRole: 'housing-manager' }],
      TWO_MANAGERS,
    ),
  'NOT_AUTHORISED: a co-decider without a role the step needs': () =>
    log(
      [
        ...LADDER.slice(0, 6),
        {
          ...restriction('2026-03-02T10:00:00Z'),
          byRole: 'housing-manager',
          jointlyWith: [{ by: 'ho-2', byRole: 'housing-officer' }],
        },
      ],
      TWO_MANAGERS,
    ),
  'NOT_AUTHORISED: a review lifting a restriction, by a role that may not lift it': () =>
    log(
      [
        ...RESTRICTED,
        ev('eia-reviewed', '2026-08-28T09:00:00Z', { needs: [], proportionate: true }),
        {
          ...ev('case-reviewed', '2026-08-28T10:00:00Z', { outcome: 'lift', letterDate: '2026-08-28' }),
          byRole: 'housing-officer',
        },
      ],
      MANAGERS_LIFT,
    ),
  'DECIDER_NOT_INDEPENDENT: the appeal decided by who imposed the restriction': () =>
    log([...appealed, decide('2026-03-20T14:00:00Z', { by: STAFF.manager } as never)]),
  'DECIDER_NOT_INDEPENDENT: a co-decider involved in the decision': () =>
    log([
      ...appealed,
      decide('2026-03-20T14:00:00Z', { jointlyWith: [{ by: 'so-8' }, { by: STAFF.manager }] } as never),
    ]),
  'NO_RECONSIDERATION_ROUTE: no route to reconsider': () =>
    log([...LADDER, ev('reconsideration-requested', '2026-03-10T09:00:00Z', {})], NO_RECONSIDERATION),
  'INVALID_INPUT: a reconsideration received after the event recording it': () =>
    log([
      ...RESTRICTED,
      ev('reconsideration-requested', '2026-03-10T09:00:00Z', { receivedOn: '2026-03-12' }),
    ]),
  'INVALID_TRANSITION: a second reconsideration waiting': () =>
    log([
      ...RESTRICTED,
      ev('reconsideration-requested', '2026-03-10T09:00:00Z', {}),
      ev('reconsideration-requested', '2026-03-11T09:00:00Z', {}),
    ]),
  'INVALID_TRANSITION: a reconsideration decided with none waiting': () =>
    log([...RESTRICTED, ev('reconsideration-decided', '2026-03-20T09:00:00Z', { outcome: 'upheld' })]),
};
