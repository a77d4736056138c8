// The letters the goldens pin: each kind's scenario (cases.ts), and each variant that reaches
// another sentence, date or list: other policies, outcomes, orders of events, and cases holding
// more than one restriction. Each is the case, the kind, the policy and the options it is drawn with.
import type { CaseEvent, CaseState, Notice, NoticeOptions, Policy } from '../../src/index.js';
import { replay } from '../../src/index.js';
import {
  caseAfter,
  eia,
  ev,
  incident,
  informal,
  LADDER,
  restriction,
  STAFF,
  TEP,
  warning,
} from '../case/fixtures.js';
import { unwrap } from '../helpers.js';
import { REVIEWED_EIA, SCENARIOS, SPOC, scenario } from './cases.js';

/** A letter to draw: the case, the kind, the policy, the options. */
export interface Letter {
  readonly state: CaseState;
  readonly kind: Notice['kind'];
  readonly policy: Policy;
  readonly options?: NoticeOptions;
}

/** A policy with no internal appeal: the decision is final and the Ombudsman signposted (TEP-11.3). */
const NO_APPEAL: Policy = { ...TEP, appeal: null };

/** A policy that asks for nothing before formal action: no EIA, informal action or warning first. */
const NOTHING_FIRST: Policy = {
  ...TEP,
  formalAction: {
    ...TEP.formalAction,
    eiaBeforeFormalAction: false,
    eiaBeforeRestriction: false,
    writtenWarningBeforeRestriction: false,
    informalActionBeforeFormalAction: false,
  },
};

/** A policy under which a restriction may be open-ended: it stays until lifted. */
const OPEN_ENDED: Policy = { ...TEP, restriction: { ...TEP.restriction, openEnded: true } };
const NOTHING_FIRST_OPEN: Policy = { ...NOTHING_FIRST, restriction: OPEN_ENDED.restriction };

/** NF-8 "two officers": a restriction, and an appeal against it, each decided by two people together. */
const TWO_DECIDE: Policy = {
  ...TEP,
  authority: {
    ...TEP.authority,
    'restriction-imposed': { roles: ['housing-manager', 'senior-officer'], count: 2 },
    'appeal-decided': { roles: ['senior-officer'], count: 2 },
  },
};
const JOINTLY: CaseEvent[] = [
  ...LADDER.slice(0, -1),
  {
    ...(LADDER.at(-1) as CaseEvent),
    byRole: 'housing-manager',
    jointlyWith: [{ by: STAFF.senior, byRole: 'senior-officer' }],
  },
];

/** An appeal route with no time stated for its outcome. */
const NO_APPEAL_TIME: Policy = {
  ...TEP,
  appeal: { ...(TEP.appeal as NonNullable<Policy['appeal']>), decisionWithin: null },
};

/**
 * A customer with a hearing impairment and mental health issues on record (NF-8), whose calls are
 * limited to two weekly windows of 15 minutes each, for six months, and only about repairs.
 */
const CALL_WINDOWS: CaseEvent[] = [
  incident('inc-1', '2026-01-05T10:00:00Z'),
  informal('2026-01-06T09:00:00Z'),
  incident('inc-2', '2026-01-20T15:30:00Z', {
    behaviours: [
      { code: 'shouting', persistent: false },
      { code: 'swearing', persistent: true },
    ],
  }),
  eia('2026-01-21T09:00:00Z', ['hearing-impairment', 'mental-health']),
  warning('2026-01-22T09:00:00Z'),
  incident('inc-3', '2026-02-10T11:00:00Z', { channel: 'email' }),
  restriction('2026-03-02T10:00:00Z', {
    months: 6,
    measures: [
      { kind: 'service-scope', services: ['repairs'] },
      {
        kind: 'call-windows',
        windows: [
          { day: 'thursday', from: '14:00', to: '16:00' },
          { day: 'monday', from: '09:00', to: '12:00' },
        ],
      },
      { kind: 'call-length-limit', minutes: 15 },
    ],
  }),
  SPOC,
];

/** A case review on 1 September 2026 with the outcome given (TEP-10). */
const reviewed = (outcome: 'continue' | 'vary' | 'lift', letterDate = '2026-09-01'): CaseEvent[] => [
  ...LADDER,
  REVIEWED_EIA,
  ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome, letterDate }),
];

const appealReceived = ev(
  'appeal-received',
  '2026-03-05T09:00:00Z',
  { grounds: 'disproportionate' },
  'cust-1',
);
const appealDecided = (outcome: 'upheld' | 'dismissed' | 'varied') =>
  ev('appeal-decided', '2026-03-20T09:00:00Z', { outcome, byRole: 'senior-officer' }, STAFF.senior);

/** An appeal received on 5 March 2026 and upheld on 20 March by the senior officer (TEP-11.2). */
const APPEAL_UPHELD = [...LADDER, appealReceived, appealDecided('upheld')];

/**
 * A variation that shortens the restriction to six months, with the adjustments made for the
 * customer's needs and why it lasts that long (SH-2), told in a letter of 1 April 2026.
 */
const VARIED_FOR_NEEDS = [
  ...LADDER,
  SPOC,
  ev('restriction-varied', '2026-04-01T09:00:00Z', {
    months: 6,
    adjustments: ['letters in large print', 'more time to reply'],
    justification: 'the customer asked for more time to reply',
    lengthJustification: 'the behaviour has lessened since the warning',
    decisionLetterDate: '2026-04-01',
  }),
];

/** A second restriction, by email only, imposed by the senior officer on 3 March 2026 beside r-1. */
const SECOND = restriction('2026-03-03T10:00:00Z', {
  id: 'r-2',
  measures: [{ kind: 'single-channel', channel: 'email' }],
});
const bySenior = (event: CaseEvent): CaseEvent => ({ ...event, by: STAFF.senior });
const TWO = [...LADDER, bySenior(SECOND)];
const varied = (at: string, restrictionId: string): CaseEvent =>
  ev('restriction-varied', at, { restrictionId, measures: [{ kind: 'single-channel', channel: 'phone' }] });
const lifted = (at: string, restrictionId: string): CaseEvent =>
  ev('restriction-lifted', at, { restrictionId }, STAFF.senior);

/** An open-ended restriction (no months: it stays until lifted), with why it lasts that long (SH-2). */
const openEnded = (at: string): CaseEvent =>
  ev('restriction-imposed', at, {
    restriction: { id: 'r-1', startsOn: at.slice(0, 10), measures: [{ kind: 'written-only' }] },
    decisionLetterDate: at.slice(0, 10),
    lengthJustification: 'it is needed until the behaviour stops',
  });

/** The case after events, on the policy given. */
const on = (policy: Policy, events: readonly CaseEvent[]): CaseState => caseAfter(events, policy);
const letter = (
  kind: Notice['kind'],
  events: readonly CaseEvent[],
  policy: Policy = TEP,
  options?: NoticeOptions,
): Letter => ({ state: on(policy, events), kind, policy, ...(options === undefined ? {} : { options }) });

/** Each kind's own scenario, by the kind's name. */
const OWN = Object.fromEntries(
  (Object.keys(SCENARIOS) as Notice['kind'][]).map((kind) => [
    kind,
    (): Letter => ({ state: scenario(kind), kind, policy: TEP }),
  ]),
) as Record<Notice['kind'], () => Letter>;

/** Letters beyond one per kind whose renderings are pinned too (golden.test.ts). */
export const VARIANTS = {
  'restriction-decision.no-appeal': () =>
    letter('restriction-decision', SCENARIOS['restriction-decision'], NO_APPEAL),
  'restriction-decision.call-windows': () => letter('restriction-decision', CALL_WINDOWS),
  'review-outcome.vary': () => letter('review-outcome', reviewed('vary')),
  'review-outcome.lift': () => letter('review-outcome', reviewed('lift')),
  'appeal-outcome.upheld': () => letter('appeal-outcome', APPEAL_UPHELD),
  'restriction-variation.for-needs': () => letter('restriction-variation', VARIED_FOR_NEEDS),
  'written-warning.call-windows': () => letter('written-warning', CALL_WINDOWS.slice(0, 5)),
} satisfies Record<string, () => Letter>;

/** Every letter whose content is pinned (golden-content.test.ts), by the name of its golden. */
export const LETTERS: Record<string, () => Letter> = {
  ...OWN,
  ...VARIANTS,

  // TEP-4.5: no written warning first, for behaviour so serious; adjustments, a justification and a length.
  'restriction-decision.warning-skipped': () =>
    letter('restriction-decision', [
      incident('inc-1', '2026-01-05T10:00:00Z', {
        behaviours: [{ code: 'threat-of-violence', persistent: false }],
      }),
      eia('2026-01-06T09:00:00Z', ['hearing-impairment']),
      restriction('2026-01-07T10:00:00Z', {
        months: 6,
        warningSkippedBecause: 'you threatened a colleague with violence',
        informalSkippedBecause: 'you threatened a colleague with violence',
        adjustments: ['letters in large print', 'more time to reply'],
        justification: 'the threat put our staff at risk',
        lengthJustification: 'the threat was of serious harm',
      }),
    ]),
  // A policy asking nothing first: no EIA, no warning; open-ended, so no length is justified in months.
  'restriction-decision.nothing-first': () =>
    letter(
      'restriction-decision',
      [incident('inc-1', '2026-01-05T10:00:00Z'), openEnded('2026-01-07T10:00:00Z')],
      NOTHING_FIRST_OPEN,
    ),
  'restriction-decision.two-deciders': () => letter('restriction-decision', JOINTLY, TWO_DECIDE),
  'appeal-outcome.two-deciders': () =>
    letter(
      'appeal-outcome',
      [
        ...JOINTLY,
        appealReceived,
        {
          ...ev(
            'appeal-decided',
            '2026-03-20T09:00:00Z',
            { outcome: 'dismissed', byRole: 'senior-officer' },
            'so-7',
          ),
          jointlyWith: [{ by: 'so-8', byRole: 'senior-officer' }],
        },
      ],
      TWO_DECIDE,
    ),
  // TEP-10: the review tells the restriction in force at it, not one lifted or ended before it.
  'review-outcome.after-one-of-two-lifted': () =>
    letter('review-outcome', [
      ...TWO,
      lifted('2026-06-01T09:00:00Z', 'r-2'),
      REVIEWED_EIA,
      ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }),
    ]),
  'review-outcome.as-one-of-two-ends': () =>
    letter('review-outcome', [
      ...LADDER,
      bySenior(
        restriction('2026-03-03T10:00:00Z', {
          id: 'r-2',
          months: 3,
          measures: [{ kind: 'single-channel', channel: 'email' }],
        }),
      ),
      ev('eia-reviewed', '2026-06-02T22:00:00Z', { needs: [], proportionate: true }),
      // The instant r-2 ends: midnight after its last day, Tuesday 2 June 2026, in UK time.
      ev('case-reviewed', '2026-06-02T23:00:00Z', { outcome: 'continue' }),
    ]),
  'review-outcome.second-of-two': () =>
    letter(
      'review-outcome',
      [...TWO, REVIEWED_EIA, ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' })],
      TEP,
      { restrictionId: 'r-2' },
    ),
  // TEP-11.2: a variation's new letter opens a second appeal on the same restriction.
  'appeal-outcome.second-appeal': () =>
    letter('appeal-outcome', [
      ...LADDER,
      appealReceived,
      // The first outcome's letter went the same day, so the later letter is the second's.
      ev(
        'appeal-decided',
        '2026-03-20T09:00:00Z',
        { outcome: 'dismissed', byRole: 'senior-officer', letterDate: '2026-03-20' },
        STAFF.senior,
      ),
      ev('restriction-varied', '2026-04-01T09:00:00Z', {
        measures: [
          { kind: 'single-channel', channel: 'email' },
          { kind: 'call-length-limit', minutes: 10 },
        ],
        decisionLetterDate: '2026-04-01',
      }),
      ev('appeal-received', '2026-04-06T09:00:00Z', { grounds: 'still disproportionate' }, 'cust-1'),
      ev(
        'appeal-decided',
        '2026-04-20T09:00:00Z',
        { outcome: 'dismissed', byRole: 'senior-officer' },
        STAFF.senior,
      ),
      ev('customer-informed', '2026-04-21T09:00:00Z', { about: 'appeal-decided', letterDate: '2026-04-21' }),
    ]),
  'appeal-outcome.decided-together': () =>
    letter('appeal-outcome', [
      ...TWO,
      ev('appeal-received', '2026-03-05T09:00:00Z', { restrictionId: 'r-1' }, 'cust-1'),
      ev('appeal-received', '2026-03-06T09:00:00Z', { restrictionId: 'r-2' }, 'cust-1'),
      ev(
        'appeal-decided',
        '2026-03-20T09:00:00Z',
        { restrictionId: 'r-1', outcome: 'dismissed', byRole: 'senior-officer' },
        'so-7',
      ),
      ev(
        'appeal-decided',
        '2026-03-20T09:00:00Z',
        { restrictionId: 'r-2', outcome: 'dismissed', byRole: 'senior-officer' },
        'so-7',
      ),
    ]),
  'appeal-outcome.beside-a-pending-appeal': () =>
    letter('appeal-outcome', [
      ...TWO,
      ev('appeal-received', '2026-03-05T09:00:00Z', { restrictionId: 'r-1' }, 'cust-1'),
      ev('appeal-received', '2026-03-06T09:00:00Z', { restrictionId: 'r-2' }, 'cust-1'),
      ev(
        'appeal-decided',
        '2026-03-20T09:00:00Z',
        { restrictionId: 'r-2', outcome: 'dismissed', byRole: 'senior-officer' },
        'so-7',
      ),
    ]),
  // TEP-11.2: an earlier variation is not the one carrying out the appeal's change.
  'appeal-outcome.varied-after-a-variation': () =>
    letter('appeal-outcome', [
      ...LADDER,
      ev('restriction-varied', '2026-04-01T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'email' }],
        decisionLetterDate: '2026-04-01',
      }),
      ev('appeal-received', '2026-04-06T09:00:00Z', {}, 'cust-1'),
      ev(
        'appeal-decided',
        '2026-04-20T09:00:00Z',
        { outcome: 'varied', byRole: 'senior-officer' },
        STAFF.senior,
      ),
    ]),
  'appeal-outcome.varied-call-windows': () =>
    letter('appeal-outcome', [...CALL_WINDOWS, appealReceived, appealDecided('varied')]),
  // The lift told by the decision that lifted it: the latest record at that instant, not a later one.
  'restriction-lifted.at-a-review': () =>
    letter('restriction-lifted', [...reviewed('vary'), lifted('2026-09-01T09:00:00Z', 'r-1')]),
  'restriction-lifted.before-a-review': () =>
    letter('restriction-lifted', [
      ...TWO,
      lifted('2026-06-01T09:00:00Z', 'r-2'),
      ev('customer-informed', '2026-06-02T09:00:00Z', {
        about: 'restriction-lifted',
        letterDate: '2026-06-02',
      }),
      REVIEWED_EIA,
      ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }),
    ]),
  'written-warning.nothing-first': () =>
    letter(
      'written-warning',
      [incident('inc-1', '2026-01-05T10:00:00Z'), warning('2026-01-06T09:00:00Z')],
      NOTHING_FIRST,
    ),
  'written-warning.by-phone': () =>
    letter('written-warning', [
      ...LADDER.slice(0, 4),
      ev('written-warning-issued', '2026-01-22T09:00:00Z', {
        letterDate: '2026-01-22',
        form: 'recorded-phone-call',
      }),
    ]),
  'written-warning.no-appeal': () => letter('written-warning', SCENARIOS['written-warning'], NO_APPEAL),
  // Two restrictions in force together: r-1 of 2 March, r-2 of 3 March decided by the senior officer.
  'restriction-decision.latest-of-two': () => letter('restriction-decision', TWO),
  'restriction-decision.first-of-two': () =>
    letter('restriction-decision', TWO, TEP, { restrictionId: 'r-1' }),
  'restriction-decision.after-warning-later': () =>
    letter(
      'restriction-decision',
      [...LADDER, incident('inc-4', '2026-04-01T10:00:00Z'), warning('2026-04-02T09:00:00Z')],
      TEP,
      { restrictionId: 'r-1' },
    ),
  'restriction-decision.appeal-decided': () =>
    letter('restriction-decision', [...LADDER, appealReceived, appealDecided('dismissed')]),
  // TEP-11.2: no new letter, made after the old letter's last day to appeal: the letter says the
  // time ended, and what is still open (reconsideration, a complaint, the Ombudsman).
  'restriction-variation.no-new-letter': () =>
    letter(
      'restriction-variation',
      [
        ...LADDER.slice(0, 6),
        openEnded('2026-03-02T10:00:00Z'),
        bySenior(varied('2026-04-01T09:00:00Z', 'r-1')),
      ],
      OPEN_ENDED,
    ),
  // NF-8: the decision letter names who imposed the restriction, not who varied it since.
  'restriction-decision.varied-since': () =>
    letter('restriction-decision', [...LADDER, bySenior(varied('2026-04-01T09:00:00Z', 'r-1'))]),
  'restriction-variation.carries-out-appeal': () =>
    letter('restriction-variation', [
      ...LADDER,
      appealReceived,
      appealDecided('varied'),
      ev('restriction-varied', '2026-03-25T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'phone' }],
        decisionLetterDate: '2026-03-25',
      }),
    ]),
  'restriction-variation.latest-varied-first': () =>
    letter('restriction-variation', [
      ...TWO,
      varied('2026-04-01T09:00:00Z', 'r-2'),
      varied('2026-04-02T09:00:00Z', 'r-1'),
    ]),
  'restriction-variation.latest-varied-last': () =>
    letter('restriction-variation', [
      ...TWO,
      varied('2026-04-01T09:00:00Z', 'r-1'),
      varied('2026-04-02T09:00:00Z', 'r-2'),
    ]),
  'restriction-variation.varied-together': () =>
    letter('restriction-variation', [
      ...TWO,
      varied('2026-04-01T09:00:00Z', 'r-1'),
      varied('2026-04-01T09:00:00Z', 'r-2'),
    ]),
  'review-outcome.vary-made': () =>
    letter('review-outcome', [
      ...reviewed('vary'),
      ev('restriction-varied', '2026-09-02T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'phone' }],
        decisionLetterDate: '2026-09-02',
      }),
    ]),
  // A variation at the review's own instant is on or after it: it carries the change out (as
  // `obligations` counts it: no variation-to-carry-out), and the letter gives the new measures as made.
  'review-outcome.varied-at-once': () =>
    letter('review-outcome', [
      ...reviewed('vary'),
      ev('restriction-varied', '2026-09-01T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'phone' }],
      }),
    ]),
  'review-outcome.lifted-later': () =>
    letter('review-outcome', [...reviewed('continue'), lifted('2026-10-01T09:00:00Z', 'r-1')]),
  'review-outcome.open-ended': () =>
    letter(
      'review-outcome',
      [
        ...LADDER.slice(0, 6),
        openEnded('2026-03-02T10:00:00Z'),
        REVIEWED_EIA,
        ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }),
      ],
      OPEN_ENDED,
    ),
  'review-outcome.first-of-two': () =>
    letter(
      'review-outcome',
      [...TWO, REVIEWED_EIA, ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' })],
      TEP,
      { restrictionId: 'r-1' },
    ),
  'review-outcome.before-a-new-restriction': () =>
    letter('review-outcome', [
      ...reviewed('continue'),
      incident('inc-4', '2026-09-02T10:00:00Z'),
      restriction('2026-09-03T10:00:00Z', { id: 'r-2' }),
    ]),
  'review-outcome.review-unwritten': () =>
    letter('review-outcome', [
      ...LADDER,
      REVIEWED_EIA,
      ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }),
      ev('customer-informed', '2026-09-03T09:00:00Z', { about: 'case-reviewed', letterDate: '2026-09-03' }),
    ]),
  // TEP-10: lifted at the review's own instant: the letter says the limits were removed.
  'review-outcome.vary-then-lifted-at-once': () =>
    letter('review-outcome', [...reviewed('vary'), lifted('2026-09-01T09:00:00Z', 'r-1')]),
  'appeal-outcome.varied-to-follow': () =>
    letter('appeal-outcome', [...LADDER, SPOC, appealReceived, appealDecided('varied')]),
  'appeal-outcome.lifted-later': () =>
    letter('appeal-outcome', [
      ...LADDER,
      appealReceived,
      appealDecided('dismissed'),
      lifted('2026-06-01T09:00:00Z', 'r-1'),
    ]),
  'appeal-outcome.no-time-limit': () => letter('appeal-outcome', SCENARIOS['appeal-outcome'], NO_APPEAL_TIME),
  'appeal-outcome.second-restriction': () =>
    letter('appeal-outcome', [
      ...TWO,
      ev('appeal-received', '2026-03-05T09:00:00Z', { restrictionId: 'r-2' }, 'cust-1'),
      ev(
        'appeal-decided',
        '2026-03-20T09:00:00Z',
        { restrictionId: 'r-2', outcome: 'dismissed', byRole: 'senior-officer' },
        'so-7',
      ),
    ]),
  'reconsideration-outcome.second-request': () =>
    letter('reconsideration-outcome', [
      ...LADDER,
      ev('reconsideration-requested', '2026-05-05T09:00:00Z', {}, 'cust-1'),
      ev(
        'reconsideration-decided',
        '2026-05-20T09:00:00Z',
        { outcome: 'dismissed', byRole: 'senior-officer', letterDate: '2026-05-20' },
        STAFF.senior,
      ),
      ev(
        'reconsideration-requested',
        '2026-07-01T09:00:00Z',
        { grounds: 'I have kept to the limits' },
        'cust-1',
      ),
      ev(
        'reconsideration-decided',
        '2026-07-10T09:00:00Z',
        { outcome: 'dismissed', byRole: 'senior-officer' },
        STAFF.senior,
      ),
      ev('customer-informed', '2026-07-13T09:00:00Z', {
        about: 'reconsideration-decided',
        letterDate: '2026-07-13',
      }),
    ]),
  'restriction-lifted.by-review': () => letter('restriction-lifted', reviewed('lift')),
  'restriction-lifted.by-appeal': () => letter('restriction-lifted', APPEAL_UPHELD),
  'restriction-lifted.by-reconsideration': () =>
    letter('restriction-lifted', SCENARIOS['reconsideration-outcome']),
  'restriction-lifted.latest-lifted-first': () =>
    letter('restriction-lifted', [
      ...TWO,
      lifted('2026-06-01T09:00:00Z', 'r-2'),
      lifted('2026-06-02T09:00:00Z', 'r-1'),
    ]),
  'restriction-lifted.latest-lifted-last': () =>
    letter('restriction-lifted', [
      ...TWO,
      lifted('2026-06-01T09:00:00Z', 'r-1'),
      lifted('2026-06-02T09:00:00Z', 'r-2'),
    ]),
  'spoc-change.after-lift': () =>
    letter('spoc-change', [
      ...LADDER,
      SPOC,
      lifted('2026-06-01T09:00:00Z', 'r-1'),
      ev('spoc-handover', '2026-06-03T09:00:00Z', { to: STAFF.cover, temporary: false }),
      ev('customer-informed', '2026-06-04T09:00:00Z', { about: 'spoc-handover', letterDate: '2026-06-04' }),
    ]),
  'spoc-change.one-of-two-lifted': () =>
    letter('spoc-change', [
      ...TWO,
      ev('spoc-assigned', '2026-03-04T09:00:00Z', { spoc: STAFF.spoc }),
      lifted('2026-06-01T09:00:00Z', 'r-1'),
      ev('spoc-handover', '2026-06-03T09:00:00Z', { to: STAFF.cover, temporary: true }),
    ]),
  'breach-warning.later-breach': () =>
    letter('breach-warning', [
      ...SCENARIOS['breach-warning'],
      ev('restriction-breached', '2026-04-07T09:00:00Z', { description: 'rang twice' }, STAFF.spoc.staffId),
      ev('restriction-breached', '2026-04-20T10:00:00Z', {}, STAFF.spoc.staffId),
    ]),
  'breach-warning.lifted-later': () =>
    letter('breach-warning', [...SCENARIOS['breach-warning'], lifted('2026-05-01T09:00:00Z', 'r-1')]),
  'breach-warning.named': () =>
    letter(
      'breach-warning',
      [
        ...TWO,
        incident('inc-b1', '2026-04-06T10:00:00Z'),
        ev(
          'restriction-breached',
          '2026-04-06T10:00:00Z',
          { restrictionId: 'r-2', incidentId: 'inc-b1' },
          STAFF.spoc.staffId,
        ),
        ev('breach-warning-issued', '2026-04-07T09:00:00Z', { letterDate: '2026-04-07' }),
      ],
      TEP,
      { restrictionId: 'r-2' },
    ),
};

/** A case replayed without an opening: no case or customer id. */
export const unnamedCase = (): CaseState => unwrap(replay(LADDER, TEP));
