// fast-check arbitraries for case histories: plausible events, in time order, many of which the
// machine will refuse, so properties see both sides of every guard.
import fc from 'fast-check';
import type { CaseEvent } from '../../src/case/index.js';
import type { Measure } from '../../src/shared/restriction.js';
import { OPENING, STAFF } from './fixtures.js';

const BY = ['hm-1', 'so-9', STAFF.spoc.staffId];
/** 'op-' is staff conduct (SC-1), 'asb-' conduct aimed at a neighbour (HAB-1): neither is evidence. */
const INCIDENTS = ['inc-0', 'inc-1', 'inc-2', 'op-0', 'asb-0'];
/** Mostly behaviour the policy covers; sometimes only a raised voice, which it does not (TEP-3.0). */
const BEHAVIOUR = fc.oneof(
  { arbitrary: fc.constant('swearing'), weight: 4 },
  { arbitrary: fc.constant('raised-voice'), weight: 1 },
);
const RESTRICTIONS = ['r-0', 'r-1'];
const MEASURES: Measure[] = [
  { kind: 'written-only' },
  { kind: 'spoc-only' },
  { kind: 'single-channel', channel: 'phone' },
  { kind: 'single-channel', channel: 'email' },
  { kind: 'return-correspondence' },
];
const NEEDS = ['cannot-write', 'hearing-impairment', 'large-print', 'sign-language'];

const mostlyTrue = fc.oneof(
  { arbitrary: fc.constant(true), weight: 4 },
  { arbitrary: fc.constant(false), weight: 1 },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const restrictionId = maybe(fc.constantFrom(...RESTRICTIONS));
/** Removes keys whose value is undefined, as a CRM sending JSON would. */
const clean = (payload: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));

type Draft = { type: CaseEvent['type'] } & Record<string, unknown>;

const RESTRICTING: fc.Arbitrary<Draft> = fc
  .record({
    id: fc.constantFrom(...RESTRICTIONS),
    months: maybe(fc.integer({ min: 1, max: 24 })),
    measures: fc.subarray(MEASURES, { minLength: 1 }),
    spoc: maybe(fc.constant({ ...STAFF.spoc })),
    skip: maybe(fc.constant('serious threat')),
    adjustments: maybe(fc.constant(['large print'])),
  })
  .map(({ id, months, measures, spoc, skip, adjustments }) => ({
    type: 'restriction-imposed' as const,
    restriction: clean({ id, startsOn: 'SAME_DAY', months, measures, spoc }),
    decisionLetterDate: 'SAME_DAY',
    ...clean({ warningSkippedBecause: skip, adjustments }),
  }));

/** Events without `at`, which the history gives them; closing is rare, so histories go on. */
const drafts: fc.Arbitrary<Draft>[] = [
  fc
    .record({ id: fc.constantFrom(...INCIDENTS), persistent: fc.boolean(), code: BEHAVIOUR })
    .map(({ id, persistent, code }) => ({
      type: 'incident-recorded' as const,
      incident: {
        id,
        occurredAt: 'SAME_INSTANT',
        channel: 'phone',
        actor: id.startsWith('op') ? 'staff' : 'customer',
        target: id.startsWith('op') ? 'resident' : id.startsWith('asb') ? 'neighbour' : 'staff',
        behaviours: [{ code, persistent }],
      },
    })),
  fc
    .constantFrom('supportive-approach', 'initial-warning')
    .map((kind) => ({ type: 'informal-action-taken' as const, kind })),
  fc
    .record({
      needs: fc.subarray(NEEDS),
      proportionate: mostlyTrue,
    })
    .map((payload) => ({ type: 'eia-completed' as const, ...payload })),
  fc
    .record({ needs: fc.subarray(NEEDS), proportionate: mostlyTrue })
    .map((payload) => ({ type: 'eia-reviewed' as const, ...payload })),
  fc.constant({ type: 'circumstances-changed' as const, description: 'moved house' }),
  maybe(fc.constant('threats against the officer')).map((skip) => ({
    type: 'written-warning-issued' as const,
    letterDate: 'SAME_DAY',
    ...clean({ informalSkippedBecause: skip }),
  })),
  fc
    .record({
      restrictionId,
      months: maybe(fc.integer({ min: 1, max: 24 })),
      measures: fc.subarray(MEASURES, { minLength: 1 }),
      justification: maybe(fc.constant('the customer agreed this arrangement')),
    })
    .map((payload) => ({ type: 'restriction-varied' as const, ...clean(payload) })),
  fc.record({ restrictionId, letter: fc.boolean() }).map(({ restrictionId: id, letter }) => ({
    type: 'restriction-lifted' as const,
    ...clean({ restrictionId: id, letterDate: letter ? 'SAME_DAY' : undefined }),
  })),
  fc.constant({ type: 'spoc-assigned' as const, spoc: { ...STAFF.spoc } }),
  fc.boolean().map((temporary) => ({ type: 'spoc-handover' as const, to: { ...STAFF.cover }, temporary })),
  fc.constant({ type: 'spoc-oversight-reviewed' as const }),
  fc
    .record({ outcome: fc.constantFrom('continue', 'vary', 'lift'), letter: fc.boolean() })
    .map(({ outcome, letter }) => ({
      type: 'case-reviewed' as const,
      outcome,
      ...(letter && { letterDate: 'SAME_DAY' }),
    })),
  // The letters owed, under today's names and the deprecated ones (about 'review-outcome', informedOn).
  fc
    .record({
      about: fc.constantFrom(
        'review-outcome',
        'case-reviewed',
        'spoc-handover',
        'restriction-varied',
        'restriction-lifted',
        'appeal-decided',
        'reconsideration-decided',
      ),
      deprecatedDate: fc.boolean(),
      channel: maybe(fc.constantFrom('letter', 'email')),
    })
    .map(({ about, deprecatedDate, channel }) => ({
      type: 'customer-informed' as const,
      about,
      ...(deprecatedDate ? { informedOn: 'SAME_DAY' } : { letterDate: 'SAME_DAY' }),
      ...clean({ channel }),
    })),
  fc
    .subarray(['customer-service-centre', 'repairs-contractors'], { minLength: 1 })
    .map((teams) => ({ type: 'teams-informed' as const, teams })),
  fc
    .record({
      markerId: fc.constantFrom('marker-inc-0', 'marker-inc-1', 'marker-inc-2', 'marker-op-0'),
      outcome: fc.constantFrom('kept' as const, 'removed' as const),
    })
    .map(({ markerId, outcome }) => ({ type: 'marker-reviewed' as const, markerId, outcome })),
  restrictionId.map((id) => ({ type: 'restriction-breached' as const, ...clean({ restrictionId: id }) })),
  fc.constant({ type: 'breach-warning-issued' as const, letterDate: 'SAME_DAY' }),
  fc
    .record({
      step: fc.constantFrom(
        'legal-warning-letter',
        'injunction',
        'civil-restraint-order',
        'notice-of-seeking-possession',
      ),
      risk: maybe(fc.constant('threat to life')),
    })
    .map(({ step, risk }) => ({
      type: 'legal-action-taken' as const,
      step,
      ...clean({ immediateRiskBecause: risk }),
    })),
  fc.boolean().map((immediateRisk) => ({ type: 'police-notified' as const, immediateRisk })),
  restrictionId.map((id) => ({ type: 'appeal-received' as const, ...clean({ restrictionId: id }) })),
  fc
    .record({ outcome: fc.constantFrom('upheld', 'dismissed', 'varied'), letter: fc.boolean() })
    .map(({ outcome, letter }) => ({
      type: 'appeal-decided' as const,
      outcome,
      byRole: 'senior-officer',
      ...(letter && { letterDate: 'SAME_DAY' }),
    })),
  restrictionId.map((id) => ({
    type: 'reconsideration-requested' as const,
    ...clean({ restrictionId: id }),
  })),
  fc
    .record({ outcome: fc.constantFrom('upheld', 'dismissed', 'varied'), letter: fc.boolean() })
    .map(({ outcome, letter }) => ({
      type: 'reconsideration-decided' as const,
      outcome,
      byRole: 'senior-officer',
      ...(letter && { letterDate: 'SAME_DAY' }),
    })),
  fc
    .constantFrom('op-7', STAFF.spoc.staffId)
    .map((staffId) => ({ type: 'staff-conduct-reported' as const, staffId })),
  fc
    .record({ staffId: fc.constantFrom('op-7', STAFF.spoc.staffId), residentSatisfied: fc.boolean() })
    .map((payload) => ({ type: 'staff-conduct-resolved' as const, ...payload })),
];
/** HO-5 and SH-1 actions taken rarely, so the ladder's own steps keep their share of histories. */
const rareDrafts: fc.Arbitrary<Draft>[] = [
  fc.constant({ type: 'complaint-investigation-declined' as const, letterDate: 'SAME_DAY' }),
  fc.boolean().map((immediateRisk) => ({
    type: 'public-authority-notified' as const,
    authority: 'local-authority' as const,
    name: 'The council',
    immediateRisk,
  })),
];
const RARELY = 1;
const OFTEN = 4;
/** A restriction is often followed within the hour by an appeal or a breach, so those paths are walked too. */
const FOLLOWERS: Draft[] = [{ type: 'appeal-received' }, { type: 'restriction-breached' }];
const draft: fc.Arbitrary<Draft[]> = fc.oneof(
  ...drafts.map((arbitrary) => ({ arbitrary: arbitrary.map((one) => [one]), weight: OFTEN })),
  {
    arbitrary: fc
      .tuple(RESTRICTING, fc.subarray(FOLLOWERS, { maxLength: 1 }))
      .map(([restricting, followers]) => [restricting, ...followers]),
    weight: 4 * OFTEN,
  },
  { arbitrary: fc.constant<Draft[]>([{ type: 'case-closed' }]), weight: RARELY },
  { arbitrary: fc.oneof(...rareDrafts).map((one) => [one]), weight: RARELY },
);

/** Minutes between events: mostly hours or days, sometimes months, sometimes none at all. */
const GAP_MINUTES = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 200 * 24 * 60 }), weight: 1 },
  { arbitrary: fc.constant(0), weight: 1 },
);

/** Half the histories start up the ladder, so restrictions and what follows them are reached often. */
const LADDER_START: Draft[] = [
  {
    type: 'incident-recorded',
    incident: {
      id: 'inc-9',
      occurredAt: 'SAME_INSTANT',
      channel: 'email',
      actor: 'customer',
      target: 'staff',
      behaviours: [{ code: 'insulting-language' }],
    },
  },
  { type: 'informal-action-taken', kind: 'initial-warning' },
  { type: 'eia-completed', needs: [], proportionate: true },
  { type: 'written-warning-issued', letterDate: 'SAME_DAY' },
  // The behaviour persists after the warning (TEP-4.4), so a restriction may follow.
  {
    type: 'incident-recorded',
    incident: {
      id: 'inc-8',
      occurredAt: 'SAME_INSTANT',
      channel: 'phone',
      actor: 'customer',
      target: 'staff',
      behaviours: [{ code: 'swearing', persistent: true }],
    },
  },
];

/**
 * Replaces the placeholders with the event's own moment: SAME_DAY its civil date (UTC here,
 * London in winter), SAME_INSTANT its instant (an incident recorded as it happens).
 */
function dated(value: unknown, at: string): unknown {
  if (value === 'SAME_DAY') return at.slice(0, 10);
  if (value === 'SAME_INSTANT') return at;
  if (Array.isArray(value)) return value.map((item) => dated(item, at));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, dated(item, at)]));
  }
  return value;
}

/**
 * A case history: events at instants that never go back, from the opening; half of them start
 * up the ladder (incident, initial warning, EIA, written warning, a further incident).
 */
export const history = (maxLength = 30): fc.Arbitrary<CaseEvent[]> =>
  fc
    .tuple(
      fc.boolean(),
      fc.array(fc.tuple(GAP_MINUTES, draft, fc.constantFrom(...BY)), {
        minLength: 1,
        maxLength,
        size: 'medium',
      }),
    )
    .map(([ladder, drafted]) => {
      const start = ladder ? LADDER_START.map((event) => [60, event, 'hm-1'] as const) : [];
      const unrolled = drafted.flatMap(([gapMinutes, events, by]) =>
        events.map((event, index) => [index === 0 ? gapMinutes : 30, event, by] as const),
      );
      const steps = [...start, ...unrolled];
      let ms = Date.parse(OPENING.openedAt);
      return steps.map(([gapMinutes, event, by]) => {
        ms += gapMinutes * 60_000;
        const at = new Date(ms).toISOString().replace('.000Z', 'Z');
        return dated({ ...event, at, by }, at) as CaseEvent;
      });
    });
