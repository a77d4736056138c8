import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  type CaseState,
  caseDeadlines,
  obligations,
} from '../../src/case/index.js';
import { selwood } from '../../src/policy/presets.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
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
  WRITTEN_ONLY,
  warning,
} from './fixtures.js';

const apply = (state: CaseState, event: CaseEvent, policy = TEP) => applyEvent(state, event, policy);
const rules = (result: ReturnType<typeof apply>) =>
  result.ok ? [] : (result.error.reasons ?? []).map((r) => r.rule);

/** The ladder up to, not including, the restriction. */
const BEFORE_RESTRICTION = LADDER.slice(0, 6);
const DECIDED = '2026-03-02T10:00:00Z';

describe('EIA before formal action and restriction (TEP-2.3, TEP-2.4)', () => {
  const noEia = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z')]);

  it('refuses a written warning and a restriction with no EIA, citing the policy setting', () => {
    const warned = apply(noEia, warning('2026-01-06T09:00:00Z'));
    refusal(warned, 'EIA_REQUIRED');
    expect(rules(warned)).toEqual(['TEP-2.3']);
    refusal(
      apply(noEia, restriction('2026-01-06T09:00:00Z', { warningSkippedBecause: 'threat' })),
      'EIA_REQUIRED',
    );
  });

  it('allows them when the policy does not require an EIA', () => {
    const policy = {
      ...TEP,
      formalAction: {
        ...TEP.formalAction,
        eiaBeforeFormalAction: false,
        eiaBeforeRestriction: false,
        writtenWarningBeforeRestriction: true,
        informalActionBeforeFormalAction: false,
      },
    };
    unwrap(apply(noEia, warning('2026-01-06T09:00:00Z'), policy));
  });

  it('refuses formal action when the EIA found it not proportionate, whatever the policy', () => {
    const state = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      informal('2026-01-05T11:00:00Z'),
      eia('2026-01-06T09:00:00Z', [], false),
    ]);
    const policy = {
      ...TEP,
      formalAction: {
        ...TEP.formalAction,
        eiaBeforeFormalAction: false,
        eiaBeforeRestriction: false,
        writtenWarningBeforeRestriction: true,
        informalActionBeforeFormalAction: true,
      },
    };
    expect(refusal(apply(state, warning('2026-01-07T09:00:00Z'), policy), 'EIA_REQUIRED').message).toMatch(
      /not a proportionate means/,
    );
  });

  it('refuses formal action after a change of circumstances until the EIA is reviewed (TEP-2.4)', () => {
    const changed = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      informal('2026-01-05T11:00:00Z'),
      eia('2026-01-06T09:00:00Z'),
      ev('circumstances-changed', '2026-01-07T09:00:00Z', { description: 'diagnosed with dementia' }),
    ]);
    const refused = apply(changed, warning('2026-01-08T09:00:00Z'));
    refusal(refused, 'EIA_REQUIRED');
    expect(rules(refused)).toEqual(['TEP-2.4']);
    const reviewed = unwrap(
      apply(
        changed,
        ev('eia-reviewed', '2026-01-08T09:00:00Z', { needs: ['pre-arranged-contact'], proportionate: true }),
      ),
    );
    expect(reviewed.eia?.changeUnreviewed).toBeUndefined();
    unwrap(apply(reviewed, warning('2026-01-08T10:00:00Z')));
  });

  it('refuses an EIA review with no EIA on file', () => {
    refusal(
      apply(noEia, ev('eia-reviewed', '2026-01-06T09:00:00Z', { needs: [], proportionate: true })),
      'INVALID_TRANSITION',
    );
  });
});

describe('a written warning before restriction (TEP-4.4, TEP-4.5)', () => {
  const unwarned = caseAfter([
    incident('inc-1', '2026-01-05T10:00:00Z'),
    informal('2026-01-05T11:00:00Z'),
    eia('2026-01-06T09:00:00Z'),
  ]);

  it('refuses a restriction with no written warning on file, naming the field that would record why', () => {
    const result = apply(unwarned, restriction('2026-01-07T09:00:00Z'));
    expect(refusal(result, 'WARNING_REQUIRED').issues.map((i) => i.path)).toEqual([
      'event.warningSkippedBecause',
    ]);
    expect(rules(result)).toEqual(['TEP-4.4', 'TEP-4.5']);
  });

  it('accepts it when the reason to skip the warning is recorded, and keeps the reason', () => {
    const state = unwrap(
      apply(
        unwarned,
        restriction('2026-01-07T09:00:00Z', { warningSkippedBecause: 'threat to kill a colleague' }),
      ),
    );
    expect(state.restrictions[0]?.warningSkippedBecause).toBe('threat to kill a colleague');
    expect(state.decisions.at(-1)?.reasons[0]?.rule).toBe('TEP-4.5');
  });

  it('accepts it without a warning when the policy does not require one', () => {
    const policy = { ...TEP, formalAction: { ...TEP.formalAction, writtenWarningBeforeRestriction: false } };
    unwrap(apply(unwarned, restriction('2026-01-07T09:00:00Z'), policy));
  });
});

describe('evidence (NF-1, SC-1)', () => {
  it('refuses a restriction or a warning when no incident of the customer is recorded', () => {
    const state = caseAfter([eia('2026-01-06T09:00:00Z')]);
    refusal(apply(state, warning('2026-01-07T09:00:00Z')), 'EVIDENCE_REQUIRED');
    refusal(
      apply(state, restriction('2026-01-07T09:00:00Z', { warningSkippedBecause: 'x' })),
      'EVIDENCE_REQUIRED',
    );
  });

  it('never counts staff conduct as evidence against the customer', () => {
    const state = caseAfter([
      incident('op-1', '2026-01-05T10:00:00Z', {
        actor: 'staff',
        target: 'resident',
        behaviours: [{ code: 'inappropriate-messages' }],
      }),
      eia('2026-01-06T09:00:00Z'),
    ]);
    refusal(apply(state, warning('2026-01-07T09:00:00Z')), 'EVIDENCE_REQUIRED');
  });

  it('refuses named evidence the case does not hold, path by path', () => {
    const state = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      incident('op-1', '2026-01-05T11:00:00Z', { actor: 'staff', target: 'resident' }),
      eia('2026-01-06T09:00:00Z'),
    ]);
    const result = apply(
      state,
      ev('written-warning-issued', '2026-01-07T09:00:00Z', {
        letterDate: '2026-01-07',
        evidence: ['inc-1', 'inc-9', 'op-1'],
      }),
    );
    expect(refusal(result, 'EVIDENCE_REQUIRED').issues.map((i) => i.path)).toEqual([
      'event.evidence[1]',
      'event.evidence[2]',
    ]);
  });

  it('rests the restriction on the incidents it names, or on all the customer’s incidents', () => {
    const base = caseAfter(BEFORE_RESTRICTION);
    expect(
      unwrap(apply(base, restriction(DECIDED, { evidence: ['inc-3'] }))).restrictions[0]?.evidence,
    ).toEqual(['inc-3']);
    expect(unwrap(apply(base, restriction(DECIDED))).restrictions[0]?.evidence).toEqual([
      'inc-1',
      'inc-2',
      'inc-3',
    ]);
  });

  it('refuses an incident id recorded twice', () => {
    const state = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z')]);
    expect(badPaths(apply(state, incident('inc-1', '2026-01-06T10:00:00Z')))).toEqual(['event.incident.id']);
  });
});

describe('the restriction’s length (TEP-5.2, SH-2)', () => {
  const base = caseAfter(BEFORE_RESTRICTION);
  const noLength = () => {
    const event = restriction(DECIDED) as Extract<CaseEvent, { type: 'restriction-imposed' }>;
    const { months: _months, ...rest } = event.restriction;
    return { ...event, restriction: rest };
  };

  it('refuses a restriction with no length when the policy sets no default', () => {
    expect(refusal(apply(base, noLength()), 'LENGTH_REQUIRED').issues.map((i) => i.path)).toEqual([
      'event.restriction.months',
    ]);
  });

  it('takes the policy’s default when it has one: 12 months in Selwood’s', () => {
    const state = caseAfter(BEFORE_RESTRICTION, selwood);
    const [record] = unwrap(apply(state, noLength(), selwood)).restrictions;
    expect(record).toMatchObject({ months: 12, lastDayInForce: '2027-03-01' });
  });

  it('refuses a second restriction with the same id', () => {
    const state = unwrap(apply(base, restriction(DECIDED)));
    expect(badPaths(apply(state, restriction('2026-03-03T10:00:00Z')))).toEqual(['event.restriction.id']);
  });
});

describe('proportionality (NF-2)', () => {
  const withNeeds = (needs: string[]) =>
    caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      informal('2026-01-05T11:00:00Z'),
      eia('2026-01-06T09:00:00Z', needs),
      warning('2026-01-07T09:00:00Z'),
      incident('inc-2', '2026-02-01T10:00:00Z'),
    ]);

  it('refuses written-only contact for a customer who cannot write, naming the measure', () => {
    const result = apply(withNeeds(['cannot-write']), restriction(DECIDED));
    expect(refusal(result, 'DISPROPORTIONATE_MEASURE').issues.map((i) => i.path)).toEqual([
      'event.restriction.measures[0]',
    ]);
    expect(rules(result)).toEqual(['NF-2', 'TEP-2.2']);
  });

  it('refuses phone-only contact for a customer who cannot hear, but not email-only', () => {
    const state = withNeeds(['hearing-impairment']);
    refusal(
      apply(state, restriction(DECIDED, { measures: [{ kind: 'single-channel', channel: 'phone' }] })),
      'DISPROPORTIONATE_MEASURE',
    );
    unwrap(apply(state, restriction(DECIDED, { measures: [{ kind: 'single-channel', channel: 'email' }] })));
  });

  it('accepts the measure when an adjustment or a justification is recorded, and says so in the audit', () => {
    const state = withNeeds(['cannot-write']);
    const adjusted = unwrap(
      apply(state, restriction(DECIDED, { adjustments: ['letters written with the nominated advocate'] })),
    );
    expect(adjusted.decisions.at(-1)?.reasons.map((r) => r.rule)).toContain('NF-2');
    unwrap(apply(state, restriction(DECIDED, { justification: 'the customer’s advocate writes for them' })));
  });

  it('refuses a need the library does not know, naming the nearest it knows (NF-2)', () => {
    const state = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z')]);
    const result = apply(state, eia('2026-01-06T09:00:00Z', ['sign-language-user']));
    const [issue] = refusal(result, 'INVALID_INPUT').issues;
    expect(issue?.path).toBe('event.needs[0]');
    expect(issue?.message).toMatch(/received 'sign-language-user'; the nearest known: 'sign-language'/);
  });

  it('checks the new measures of a variation too', () => {
    const state = unwrap(apply(withNeeds(['hearing-impairment']), restriction(DECIDED)));
    const result = apply(
      state,
      ev('restriction-varied', '2026-04-01T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'phone' }],
      }),
    );
    expect(refusal(result, 'DISPROPORTIONATE_MEASURE').issues.map((i) => i.path)).toEqual([
      'event.measures[0]',
    ]);
  });
});

describe('the SPOC (TEP-6, SC-2)', () => {
  const base = caseAfter(BEFORE_RESTRICTION);

  it('refuses a spoc-only measure with no SPOC named or assigned', () => {
    const result = apply(base, restriction(DECIDED, { measures: [{ kind: 'spoc-only' }] }));
    expect(refusal(result, 'SPOC_REQUIRED').issues.map((i) => i.path)).toEqual(['event.restriction.spoc']);
  });

  it('takes the SPOC from the decision, and refuses a second SPOC except by handover', () => {
    const event = restriction(DECIDED, { measures: [{ kind: 'spoc-only' }] }) as Extract<
      CaseEvent,
      { type: 'restriction-imposed' }
    >;
    const state = unwrap(apply(base, { ...event, restriction: { ...event.restriction, spoc: STAFF.spoc } }));
    expect(state.spoc).toMatchObject({ ...STAFF.spoc, since: DECIDED, temporary: false });
    refusal(
      apply(state, ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: STAFF.cover })),
      'INVALID_TRANSITION',
    );
  });

  it('refuses handover and oversight with no SPOC, and oversight by the SPOC themselves', () => {
    refusal(
      apply(base, ev('spoc-handover', '2026-03-03T09:00:00Z', { to: STAFF.cover, temporary: true })),
      'SPOC_REQUIRED',
    );
    const assigned = unwrap(apply(base, ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: STAFF.spoc })));
    refusal(
      apply(assigned, ev('spoc-oversight-reviewed', '2026-03-04T09:00:00Z', {}, STAFF.spoc.staffId)),
      'DECIDER_NOT_INDEPENDENT',
    );
    unwrap(apply(assigned, ev('spoc-oversight-reviewed', '2026-03-04T09:00:00Z', {}, STAFF.manager)));
  });

  it('never makes a reported staff member the SPOC', () => {
    const reported = unwrap(
      apply(base, ev('staff-conduct-reported', '2026-03-01T09:00:00Z', { staffId: STAFF.spoc.staffId })),
    );
    const result = apply(reported, ev('spoc-assigned', '2026-03-03T09:00:00Z', { spoc: STAFF.spoc }));
    expect(refusal(result, 'PROTECTION_IN_FORCE').issues.map((i) => i.path)).toEqual(['event.spoc']);
  });
});

describe('steps on a restriction', () => {
  const restricted = caseAfter(LADDER);

  it('refuses a breach, a lift or a reconsideration with no restriction current', () => {
    const none = caseAfter(BEFORE_RESTRICTION);
    refusal(apply(none, ev('restriction-breached', '2026-03-03T09:00:00Z', {})), 'NO_ACTIVE_RESTRICTION');
    refusal(apply(none, ev('restriction-lifted', '2026-03-03T09:00:00Z', {})), 'NO_ACTIVE_RESTRICTION');
    refusal(
      apply(none, ev('reconsideration-requested', '2026-03-03T09:00:00Z', {})),
      'NO_ACTIVE_RESTRICTION',
    );
  });

  it('refuses a breach once the restriction has ended: the day after its last day in force', () => {
    unwrap(apply(restricted, ev('restriction-breached', '2027-03-01T23:59:00Z', {})));
    refusal(
      apply(restricted, ev('restriction-breached', '2027-03-02T00:00:00Z', {})),
      'NO_ACTIVE_RESTRICTION',
    );
  });

  it('refuses a restriction id the case does not have', () => {
    const result = apply(
      restricted,
      ev('restriction-lifted', '2026-04-01T09:00:00Z', { restrictionId: 'r-9' }),
    );
    expect(refusal(result, 'NO_ACTIVE_RESTRICTION').issues.map((i) => i.path)).toEqual([
      'event.restrictionId',
    ]);
  });

  it('asks which restriction when several are current', () => {
    const two = unwrap(
      apply(
        restricted,
        restriction('2026-03-03T10:00:00Z', { id: 'r-2', measures: [{ kind: 'return-correspondence' }] }),
      ),
    );
    expect(badPaths(apply(two, ev('restriction-lifted', '2026-04-01T09:00:00Z', {})))).toEqual([
      'event.restrictionId',
    ]);
    const lifted = unwrap(
      apply(two, ev('restriction-lifted', '2026-04-01T09:00:00Z', { restrictionId: 'r-2' })),
    );
    expect(lifted.restrictions.map((r) => r.liftedOn)).toEqual([undefined, '2026-04-01']);
  });

  it('varies the length from the original start, with new review dates', () => {
    const varied = unwrap(apply(restricted, ev('restriction-varied', '2026-04-01T09:00:00Z', { months: 6 })));
    expect(varied.restrictions[0]).toMatchObject({
      months: 6,
      lastDayInForce: '2026-09-01',
      measures: WRITTEN_ONLY,
      variedAt: '2026-04-01T09:00:00Z',
    });
    // No six-monthly review falls within six months: it is reviewed on its last day (library default).
    expect(unwrap(caseDeadlines(varied, TEP)).restrictions[0]?.reviewsDue).toEqual(['2026-09-01']);
    expect(varied.restrictions[0]?.decidedBy).toEqual([STAFF.manager]);
  });

  it('refuses a review of any outcome when no restriction is current: there are no measures to keep, vary or lift (TEP-10)', () => {
    const none = caseAfter(BEFORE_RESTRICTION);
    for (const outcome of ['continue', 'vary', 'lift'] as const) {
      refusal(apply(none, ev('case-reviewed', '2026-03-03T09:00:00Z', { outcome })), 'NO_ACTIVE_RESTRICTION');
    }
    const eiaReviewed = unwrap(
      apply(restricted, ev('eia-reviewed', '2026-03-03T08:00:00Z', { needs: [], proportionate: true })),
    );
    unwrap(apply(eiaReviewed, ev('case-reviewed', '2026-03-03T09:00:00Z', { outcome: 'continue' })));
  });
});

describe('appeals (TEP-11.2, TEP-11.3, NF-4) and reconsideration (TEP-11.1)', () => {
  const restricted = caseAfter(LADDER);
  const appeal = (at: string, receivedOn?: string) =>
    ev('appeal-received', at, receivedOn === undefined ? {} : { receivedOn }, STAFF.officer);

  it('accepts an appeal received on the 14th day after the letter and refuses one on the 15th', () => {
    // Letter dated Monday 2 March 2026: the last day to appeal is Monday 16 March.
    const inTime = unwrap(apply(restricted, appeal('2026-03-16T23:59:00Z')));
    expect(inTime.appeals[0]).toMatchObject({ receivedOn: '2026-03-16' });
    expect(unwrap(caseDeadlines(inTime, TEP)).appeals[0]).toMatchObject({ decisionDue: '2026-04-13' });
    const late = apply(restricted, appeal('2026-03-17T00:00:00Z'));
    expect(refusal(late, 'APPEAL_OUT_OF_TIME').issues.map((i) => i.path)).toEqual(['event.at']);
    expect(rules(late)).toEqual(['TEP-11.2', 'TEP-11.1']);
  });

  it('counts from the day received when it is recorded later', () => {
    unwrap(apply(restricted, appeal('2026-03-20T09:00:00Z', '2026-03-16')));
    const late = apply(restricted, appeal('2026-03-20T09:00:00Z', '2026-03-17'));
    expect(refusal(late, 'APPEAL_OUT_OF_TIME').issues.map((i) => i.path)).toEqual(['event.receivedOn']);
  });

  it('refuses a received day after the event recording it', () => {
    expect(badPaths(apply(restricted, appeal('2026-03-10T09:00:00Z', '2026-03-11')))).toEqual([
      'event.receivedOn',
    ]);
  });

  it('refuses an appeal decided by whoever imposed the restriction', () => {
    const appealed = unwrap(apply(restricted, appeal('2026-03-10T09:00:00Z')));
    const byImposer = apply(
      appealed,
      ev(
        'appeal-decided',
        '2026-03-20T09:00:00Z',
        { outcome: 'dismissed', byRole: 'senior-officer' },
        STAFF.manager,
      ),
    );
    refusal(byImposer, 'DECIDER_NOT_INDEPENDENT');
    expect(rules(byImposer)).toEqual(['NF-4', 'SH-5']);
    unwrap(
      apply(
        appealed,
        ev(
          'appeal-decided',
          '2026-03-20T09:00:00Z',
          { outcome: 'dismissed', byRole: 'senior-officer' },
          STAFF.senior,
        ),
      ),
    );
  });

  it('refuses whoever varied the restriction too', () => {
    const varied = unwrap(
      apply(
        restricted,
        ev(
          'restriction-varied',
          '2026-03-05T09:00:00Z',
          { months: 9, decisionLetterDate: '2026-03-05' },
          'hm-2',
        ),
      ),
    );
    const appealed = unwrap(apply(varied, appeal('2026-03-10T09:00:00Z')));
    refusal(
      apply(
        appealed,
        ev(
          'appeal-decided',
          '2026-03-20T09:00:00Z',
          { outcome: 'dismissed', byRole: 'senior-officer' },
          'hm-2',
        ),
      ),
      'DECIDER_NOT_INDEPENDENT',
    );
  });

  it('lifts the restriction when the appeal is upheld, and treats the decision as final', () => {
    const appealed = unwrap(apply(restricted, appeal('2026-03-10T09:00:00Z')));
    const upheld = unwrap(
      apply(
        appealed,
        ev(
          'appeal-decided',
          '2026-03-20T09:00:00Z',
          { outcome: 'upheld', byRole: 'senior-officer' },
          STAFF.senior,
        ),
      ),
    );
    expect(upheld.restrictions[0]).toMatchObject({
      liftedAt: '2026-03-20T09:00:00Z',
      liftedOn: '2026-03-20',
    });
    const dismissed = unwrap(
      apply(
        appealed,
        ev(
          'appeal-decided',
          '2026-03-20T09:00:00Z',
          { outcome: 'dismissed', byRole: 'senior-officer' },
          STAFF.senior,
        ),
      ),
    );
    expect(dismissed.restrictions[0]?.liftedAt).toBeUndefined();
    const again = apply(dismissed, appeal('2026-03-21T09:00:00Z', '2026-03-12'));
    refusal(again, 'INVALID_TRANSITION');
    expect(rules(again)).toEqual(['TEP-11.3']);
  });

  it('refuses a second appeal while one waits, and a decision with none waiting', () => {
    refusal(
      apply(
        restricted,
        ev(
          'appeal-decided',
          '2026-03-20T09:00:00Z',
          { outcome: 'dismissed', byRole: 'senior-officer' },
          STAFF.senior,
        ),
      ),
      'INVALID_TRANSITION',
    );
    const appealed = unwrap(apply(restricted, appeal('2026-03-10T09:00:00Z')));
    refusal(apply(appealed, appeal('2026-03-11T09:00:00Z')), 'INVALID_TRANSITION');
  });

  it('takes a reconsideration at any time while the restriction is current, decided within 28 days', () => {
    const asked = unwrap(
      apply(
        restricted,
        ev('reconsideration-requested', '2026-10-01T09:00:00Z', { grounds: 'six months without incident' }),
      ),
    );
    expect(asked.reconsiderations[0]).toMatchObject({ receivedOn: '2026-10-01' });
    expect(unwrap(caseDeadlines(asked, TEP)).reconsiderations[0]).toMatchObject({
      decisionDue: '2026-10-29',
    });
    refusal(apply(asked, ev('reconsideration-requested', '2026-10-02T09:00:00Z', {})), 'INVALID_TRANSITION');
    const decided = unwrap(
      apply(
        asked,
        ev(
          'reconsideration-decided',
          '2026-10-20T09:00:00Z',
          { outcome: 'upheld', byRole: 'senior-officer' },
          STAFF.senior,
        ),
      ),
    );
    expect(decided.restrictions[0]?.liftedOn).toBe('2026-10-20');
  });
});

describe('breaches and legal action (TEP-8, TEP-4.6)', () => {
  const restricted = caseAfter(LADDER);
  const legal = (
    at: string,
    step: 'legal-warning-letter' | 'injunction' | 'civil-restraint-order' | 'notice-of-seeking-possession',
    immediateRiskBecause?: string,
  ) =>
    ev(
      'legal-action-taken',
      at,
      immediateRiskBecause === undefined ? { step } : { step, immediateRiskBecause },
    );

  it('refuses a breach warning with no breach recorded', () => {
    refusal(
      apply(restricted, ev('breach-warning-issued', '2026-04-01T09:00:00Z', { letterDate: '2026-04-01' })),
      'EVIDENCE_REQUIRED',
    );
  });

  it('refuses legal action before a breach warning, and before a further breach after it', () => {
    const breached = unwrap(apply(restricted, ev('restriction-breached', '2026-04-01T09:00:00Z', {})));
    refusal(apply(breached, legal('2026-04-02T09:00:00Z', 'legal-warning-letter')), 'WARNING_REQUIRED');
    const warned = unwrap(
      apply(breached, ev('breach-warning-issued', '2026-04-02T09:00:00Z', { letterDate: '2026-04-02' })),
    );
    refusal(apply(warned, legal('2026-04-03T09:00:00Z', 'legal-warning-letter')), 'EVIDENCE_REQUIRED');
    const again = unwrap(apply(warned, ev('restriction-breached', '2026-04-10T09:00:00Z', {})));
    unwrap(apply(again, legal('2026-04-11T09:00:00Z', 'legal-warning-letter')));
  });

  it('takes legal steps in order of gravity; possession follows at least the legal warning letter', () => {
    let state = unwrap(apply(restricted, ev('restriction-breached', '2026-04-01T09:00:00Z', {})));
    state = unwrap(
      apply(state, ev('breach-warning-issued', '2026-04-02T09:00:00Z', { letterDate: '2026-04-02' })),
    );
    state = unwrap(apply(state, ev('restriction-breached', '2026-04-10T09:00:00Z', {})));
    const tooSoon = apply(state, legal('2026-04-11T09:00:00Z', 'injunction'));
    expect(refusal(tooSoon, 'LEGAL_STEP_OUT_OF_ORDER').issues.map((i) => i.path)).toEqual(['event.step']);
    refusal(
      apply(state, legal('2026-04-11T09:00:00Z', 'notice-of-seeking-possession')),
      'LEGAL_STEP_OUT_OF_ORDER',
    );
    state = unwrap(apply(state, legal('2026-04-11T09:00:00Z', 'legal-warning-letter')));
    expect(state.stage).toBe('legal-action');
    refusal(apply(state, legal('2026-05-01T09:00:00Z', 'civil-restraint-order')), 'LEGAL_STEP_OUT_OF_ORDER');
    unwrap(apply(state, legal('2026-05-01T09:00:00Z', 'notice-of-seeking-possession')));
  });

  it('allows legal action and police notification at once for an immediate risk (TEP-4.6)', () => {
    const fresh = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z', { behaviours: [{ code: 'threat-of-violence' }] }),
    ]);
    const injunction = unwrap(
      apply(fresh, legal('2026-01-05T12:00:00Z', 'injunction', 'threatened to stab a colleague')),
    );
    expect(injunction.legalSteps).toEqual([
      { at: '2026-01-05T12:00:00Z', step: 'injunction', immediateRisk: true },
    ]);
    expect(injunction.decisions.at(-1)?.reasons[0]?.rule).toBe('TEP-4.6');
    unwrap(
      apply(
        fresh,
        ev('police-notified', '2026-01-05T10:05:00Z', { immediateRisk: true, incidentId: 'inc-1' }),
      ),
    );
  });

  it('treats police notification without an immediate risk as formal action, needing an EIA', () => {
    const fresh = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z')]);
    refusal(
      apply(fresh, ev('police-notified', '2026-01-06T09:00:00Z', { immediateRisk: false })),
      'EIA_REQUIRED',
    );
    refusal(
      apply(
        fresh,
        ev('police-notified', '2026-01-06T09:00:00Z', { immediateRisk: true, incidentId: 'inc-9' }),
      ),
      'EVIDENCE_REQUIRED',
    );
  });
});

describe('staff-conduct protections (SC-2) and closing', () => {
  it('refuses to resolve a report that was never made', () => {
    const state = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z')]);
    const result = apply(
      state,
      ev('staff-conduct-resolved', '2026-01-06T09:00:00Z', { staffId: 'op-7', residentSatisfied: true }),
    );
    expect(refusal(result, 'INVALID_TRANSITION').issues.map((i) => i.path)).toEqual(['event.staffId']);
  });

  it('refuses to close a case with a restriction current or an appeal waiting', () => {
    const restricted = caseAfter(LADDER);
    refusal(apply(restricted, ev('case-closed', '2026-04-01T09:00:00Z', {})), 'INVALID_TRANSITION');
    const lifted = unwrap(
      apply(
        restricted,
        ev('case-reviewed', '2026-04-01T09:00:00Z', { outcome: 'lift', letterDate: '2026-04-01' }),
      ),
    );
    // TEP-9: not while the teams are still to be told (TEAMS_NOT_INFORMED).
    refusal(apply(lifted, ev('case-closed', '2026-04-02T09:00:00Z', {})), 'TEAMS_NOT_INFORMED');
    const told = unwrap(
      apply(
        lifted,
        ev('teams-informed', '2026-04-02T08:00:00Z', {
          teams: ['customer-service-centre', 'repairs-contractors'],
        }),
      ),
    );
    unwrap(apply(told, ev('case-closed', '2026-04-02T09:00:00Z', {})));
    const appealed = unwrap(apply(restricted, ev('appeal-received', '2026-03-10T09:00:00Z', {})));
    const liftedPending = unwrap(apply(appealed, ev('restriction-lifted', '2026-03-11T09:00:00Z', {})));
    expect(
      refusal(apply(liftedPending, ev('case-closed', '2026-03-12T09:00:00Z', {})), 'INVALID_TRANSITION')
        .message,
    ).toMatch(/appeal/);
  });
});

describe('what the restriction’s audit says about the warning', () => {
  it('cites the policy setting when no warning is required and none was given', () => {
    const policy = { ...TEP, formalAction: { ...TEP.formalAction, writtenWarningBeforeRestriction: false } };
    const state = caseAfter(
      [
        incident('inc-1', '2026-01-05T10:00:00Z'),
        informal('2026-01-05T11:00:00Z'),
        eia('2026-01-06T09:00:00Z'),
      ],
      policy,
    );
    const [first] =
      unwrap(apply(state, restriction('2026-01-07T09:00:00Z'), policy)).decisions.at(-1)?.reasons ?? [];
    expect(first).toMatchObject({ rule: 'TEP-4.4', text: expect.stringMatching(/does not require one/) });
    const warned = caseAfter(BEFORE_RESTRICTION);
    expect(unwrap(apply(warned, restriction(DECIDED))).decisions.at(-1)?.reasons[0]?.rule).toBe('TEP-5.1');
  });
});

describe('review findings: the SPOC under a staff-conduct protection (SC-2, TEP-6)', () => {
  const withSpoc = caseAfter([
    ...BEFORE_RESTRICTION,
    ev('spoc-assigned', '2026-02-20T09:00:00Z', { spoc: STAFF.spoc }),
  ]);
  const reported = unwrap(
    apply(withSpoc, ev('staff-conduct-reported', '2026-02-25T09:00:00Z', { staffId: STAFF.spoc.staffId })),
  );

  it('SC-2: refuses a restriction channelled through the case’s reported SPOC', () => {
    const result = apply(reported, restriction(DECIDED, { measures: [{ kind: 'spoc-only' }] }));
    refusal(result, 'PROTECTION_IN_FORCE');
    expect(rules(result)).toEqual(['SC-2', 'TEP-6']);
    refusal(apply(reported, restriction(DECIDED)), 'PROTECTION_IN_FORCE');
  });

  it('SC-2: refuses a variation while the case’s SPOC is reported, and allows both after a handover', () => {
    const restricted = unwrap(apply(withSpoc, restriction(DECIDED)));
    const reportedLater = unwrap(
      apply(
        restricted,
        ev('staff-conduct-reported', '2026-03-05T09:00:00Z', { staffId: STAFF.spoc.staffId }),
      ),
    );
    const varied = apply(reportedLater, ev('restriction-varied', '2026-03-06T09:00:00Z', { months: 6 }));
    refusal(varied, 'PROTECTION_IN_FORCE');
    expect(rules(varied)).toEqual(['SC-2', 'TEP-6']);
    const handed = unwrap(
      apply(
        reportedLater,
        ev('spoc-handover', '2026-03-06T09:00:00Z', { to: STAFF.cover, temporary: false }),
      ),
    );
    unwrap(apply(handed, ev('restriction-varied', '2026-03-06T10:00:00Z', { months: 6 })));
  });

  it('SC-2: refuses a handover to a reported staff member', () => {
    const coverReported = unwrap(
      apply(withSpoc, ev('staff-conduct-reported', '2026-02-25T09:00:00Z', { staffId: STAFF.cover.staffId })),
    );
    const result = apply(
      coverReported,
      ev('spoc-handover', '2026-02-26T09:00:00Z', { to: STAFF.cover, temporary: true }),
    );
    expect(refusal(result, 'PROTECTION_IN_FORCE').issues.map((i) => i.path)).toEqual(['event.to']);
  });
});

describe('review findings: a variation to SPOC-only contact (TEP-6)', () => {
  it('TEP-6: refuses a variation to a spoc-only measure when the case has no SPOC', () => {
    const restricted = caseAfter(LADDER);
    const result = apply(
      restricted,
      ev('restriction-varied', '2026-04-01T09:00:00Z', { measures: [{ kind: 'spoc-only' }] }),
    );
    expect(refusal(result, 'SPOC_REQUIRED').issues.map((i) => i.path)).toEqual(['event.measures']);
    const assigned = unwrap(
      apply(restricted, ev('spoc-assigned', '2026-04-01T09:00:00Z', { spoc: STAFF.spoc })),
    );
    unwrap(
      apply(
        assigned,
        ev('restriction-varied', '2026-04-01T10:00:00Z', { measures: [{ kind: 'spoc-only' }] }),
      ),
    );
  });
});

describe('review findings: a decision’s dates (TEP-5.2, TEP-11.2)', () => {
  const base = caseAfter(BEFORE_RESTRICTION);
  const imposed = (startsOn: string, decisionLetterDate: string) =>
    ev('restriction-imposed', DECIDED, {
      restriction: { id: 'r-1', startsOn, months: 12, measures: WRITTEN_ONLY },
      decisionLetterDate,
    });

  it('TEP-5.2: refuses a restriction that starts before the day it is decided', () => {
    expect(badPaths(apply(base, imposed('2026-03-01', '2026-03-01')))).toEqual([
      'event.restriction.startsOn',
    ]);
    unwrap(apply(base, imposed('2026-03-09', '2026-03-02')));
  });

  it('TEP-5.2: refuses a decision letter dated after the restriction starts', () => {
    expect(badPaths(apply(base, imposed('2026-03-02', '2026-03-03')))).toEqual(['event.decisionLetterDate']);
  });

  it('TEP-11.2: refuses a decision letter dated before what it rests on, or more than 30 days before the decision', () => {
    // The last incident it rests on occurred on 10 February 2026.
    expect(badPaths(apply(base, imposed('2026-03-02', '2026-02-09')))).toEqual(['event.decisionLetterDate']);
    const later = caseAfter([...BEFORE_RESTRICTION]);
    const recordedLate = ev('restriction-imposed', '2026-04-20T09:00:00Z', {
      restriction: { id: 'r-1', startsOn: '2026-04-20', months: 12, measures: WRITTEN_ONLY },
      decisionLetterDate: '2026-03-20',
    });
    expect(badPaths(apply(later, recordedLate))).toEqual(['event.decisionLetterDate']);
    unwrap(apply(base, imposed('2026-03-02', '2026-02-10')));
  });

  it('TEP-11.2: refuses a variation letter dated before the decision it varies', () => {
    const restricted = caseAfter(LADDER);
    expect(
      badPaths(
        apply(
          restricted,
          ev('restriction-varied', '2026-03-10T09:00:00Z', { months: 6, decisionLetterDate: '2026-03-01' }),
        ),
      ),
    ).toEqual(['event.decisionLetterDate']);
  });
});

describe('review findings: the behaviour persisted after the warning (TEP-4.4, TEP-5.1, TEP-4.5)', () => {
  const warnedOnly = caseAfter([
    incident('inc-1', '2026-01-05T10:00:00Z'),
    informal('2026-01-05T11:00:00Z'),
    eia('2026-01-06T09:00:00Z'),
    warning('2026-01-22T09:00:00Z'),
  ]);

  it('TEP-4.4: refuses a restriction with no incident after the last written warning', () => {
    const result = apply(warnedOnly, restriction(DECIDED));
    refusal(result, 'BEHAVIOUR_NOT_PERSISTED');
    expect(rules(result)).toEqual(['TEP-4.4', 'TEP-5.1', 'TEP-4.5']);
  });

  it('TEP-4.4: counts only the evidence named, and only incidents after the warning', () => {
    const persisted = unwrap(apply(warnedOnly, incident('inc-2', '2026-02-10T11:00:00Z')));
    unwrap(apply(persisted, restriction(DECIDED)));
    refusal(apply(persisted, restriction(DECIDED, { evidence: ['inc-1'] })), 'BEHAVIOUR_NOT_PERSISTED');
  });

  it('TEP-4.5: allows it when the reason to restrict without waiting is recorded', () => {
    unwrap(apply(warnedOnly, restriction(DECIDED, { warningSkippedBecause: 'threats of violence' })));
  });
});

describe('review findings: what counts as evidence (NF-1, HAB-1, TEP-1, TEP-3.0)', () => {
  const withIncident = (overrides: Parameters<typeof incident>[2]) =>
    caseAfter([incident('inc-1', '2026-01-05T10:00:00Z', overrides), eia('2026-01-06T09:00:00Z')]);
  // Informal action rests on recorded behaviour too, so these cases go straight to formal action (TEP-4.5).
  const warning = (at: string) =>
    ev('written-warning-issued', at, { letterDate: at.slice(0, 10), informalSkippedBecause: 'threats made' });

  it('HAB-1: conduct aimed at a neighbour or another resident is not evidence', () => {
    for (const target of ['neighbour', 'resident'] as const) {
      const result = apply(withIncident({ target }), warning('2026-01-07T09:00:00Z'));
      refusal(result, 'EVIDENCE_REQUIRED');
    }
    const named = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      incident('asb-1', '2026-01-05T11:00:00Z', { target: 'neighbour' }),
      eia('2026-01-06T09:00:00Z'),
    ]);
    const result = apply(
      named,
      ev('written-warning-issued', '2026-01-07T09:00:00Z', {
        letterDate: '2026-01-07',
        evidence: ['asb-1'],
        informalSkippedBecause: 'threats made',
      }),
    );
    expect(refusal(result, 'EVIDENCE_REQUIRED').issues.map((i) => i.path)).toEqual(['event.evidence[0]']);
    expect(rules(result)).toEqual(['NF-1', 'HAB-1']);
  });

  it('TEP-1, TEP-3.0: an incident of only a raised voice, upset, forceful or angry behaviour is not evidence', () => {
    const expected = withIncident({
      behaviours: [
        { code: 'raised-voice' },
        { code: 'upset-or-distressed' },
        { code: 'forceful-or-determined' },
        { code: 'angry' },
      ],
    });
    refusal(apply(expected, warning('2026-01-07T09:00:00Z')), 'EVIDENCE_REQUIRED');
    // Evidence is what the classifier finds unacceptable under this policy: TEP counts swearing
    // only when it keeps happening (thresholds.swearingOrShouting), so one swear is not evidence.
    const sworeOnce = withIncident({ behaviours: [{ code: 'angry' }, { code: 'swearing' }] });
    refusal(apply(sworeOnce, warning('2026-01-07T09:00:00Z')), 'EVIDENCE_REQUIRED');
    const keptSwearing = withIncident({
      behaviours: [{ code: 'angry' }, { code: 'swearing', persistent: true }],
    });
    unwrap(apply(keptSwearing, warning('2026-01-07T09:00:00Z')));
  });

  it('TEP-3.3: a behaviour that counts only when it keeps happening, logged once, is not evidence', () => {
    const once = withIncident({ behaviours: [{ code: 'insists-no-response-received' }] });
    refusal(apply(once, warning('2026-01-07T09:00:00Z')), 'EVIDENCE_REQUIRED');
    const kept = withIncident({ behaviours: [{ code: 'insists-no-response-received', persistent: true }] });
    unwrap(apply(kept, warning('2026-01-07T09:00:00Z')));
  });

  it('NF-1: counts a representative’s conduct, but never staff conduct (SC-1)', () => {
    unwrap(apply(withIncident({ actor: 'representative' }), warning('2026-01-07T09:00:00Z')));
    refusal(
      apply(withIncident({ actor: 'contractor' }), warning('2026-01-07T09:00:00Z')),
      'EVIDENCE_REQUIRED',
    );
  });

  it('NF-1: refuses an incident dated after the event recording it', () => {
    const opened = caseAfter([]);
    const future = ev('incident-recorded', '2026-01-06T09:00:00Z', {
      incident: {
        id: 'inc-1',
        occurredAt: '2026-01-06T09:00:01Z',
        channel: 'phone',
        actor: 'customer',
        target: 'staff',
        behaviours: [{ code: 'swearing' }],
      },
    });
    expect(badPaths(apply(opened, future))).toEqual(['event.incident.occurredAt']);
  });
});

describe('review findings: an appeal decided is final (TEP-11.3, TEP-11.2)', () => {
  const restricted = caseAfter(LADDER);
  const appeal = (at: string, receivedOn?: string) =>
    ev('appeal-received', at, receivedOn === undefined ? {} : { receivedOn }, STAFF.officer);
  const decided = (outcome: 'dismissed' | 'varied') =>
    unwrap(
      apply(
        unwrap(apply(restricted, appeal('2026-03-10T09:00:00Z'))),
        ev('appeal-decided', '2026-03-20T09:00:00Z', { outcome, byRole: 'senior-officer' }, STAFF.senior),
      ),
    );

  it('TEP-11.3: refuses a second appeal after the variation that carries out the appeal’s outcome', () => {
    const varied = unwrap(
      apply(
        decided('varied'),
        ev('restriction-varied', '2026-03-21T09:00:00Z', {
          measures: [{ kind: 'return-correspondence' }],
          decisionLetterDate: '2026-03-21',
        }),
      ),
    );
    const again = apply(varied, appeal('2026-03-25T09:00:00Z'));
    refusal(again, 'INVALID_TRANSITION');
    expect(rules(again)).toEqual(['TEP-11.3']);
  });

  it('TEP-11.3: hears a new appeal once a case review has varied the restriction with a new letter', () => {
    const reviewed = [
      ev('eia-reviewed', '2026-09-01T08:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'vary', letterDate: '2026-09-01' }),
    ].reduce((state, event) => unwrap(apply(state, event)), decided('dismissed'));
    const varied = unwrap(
      apply(
        reviewed,
        ev('restriction-varied', '2026-09-01T10:00:00Z', {
          measures: [{ kind: 'return-correspondence' }],
          decisionLetterDate: '2026-09-01',
        }),
      ),
    );
    unwrap(apply(varied, appeal('2026-09-05T09:00:00Z')));
  });

  it('TEP-11.2: refuses an appeal received before the decision letter it appeals', () => {
    const letterLater = caseAfter([
      ...BEFORE_RESTRICTION,
      ev('restriction-imposed', DECIDED, {
        restriction: { id: 'r-1', startsOn: '2026-03-09', months: 12, measures: WRITTEN_ONLY },
        decisionLetterDate: '2026-03-05',
      }),
    ]);
    expect(badPaths(apply(letterLater, appeal('2026-03-06T09:00:00Z', '2026-03-04')))).toEqual([
      'event.receivedOn',
    ]);
    expect(badPaths(apply(letterLater, appeal('2026-03-04T09:00:00Z')))).toEqual(['event.at']);
  });
});

describe('review findings: an EIA older than the review interval (TEP-2.3, TEP-2.4)', () => {
  // EIA completed 21 January 2026; six months on is 21 July 2026.
  const restricted = caseAfter(LADDER);

  it('TEP-2.4: with no restriction current, refuses formal action once the EIA is older than the time it stays current', () => {
    // EIA of 21 January 2026: its review falls due on 21 July.
    const persisted = unwrap(apply(caseAfter(BEFORE_RESTRICTION), incident('inc-4', '2026-07-20T09:00:00Z')));
    unwrap(apply(persisted, restriction('2026-07-21T09:00:00Z')));
    const stale = apply(persisted, restriction('2026-07-22T09:00:00Z'));
    expect(refusal(stale, 'EIA_REQUIRED').message).toMatch(
      /review was due by Tuesday 21 July 2026 \(6 months after it was last completed or reviewed, the time it stays current\)/,
    );
    expect(rules(stale)).toEqual(['TEP-2.4', 'TEP-2.4']);
    refusal(apply(persisted, warning('2026-07-22T09:00:00Z')), 'EIA_REQUIRED');
  });

  it('TEP-2.4: while a restriction is current, the EIA review goes with its case review, in the guards as in obligations', () => {
    // Restricted from 2 March 2026: the case review, and with it the EIA's, falls due on 2 September.
    for (const at of ['2026-07-22T09:00:00Z', '2026-09-02T09:00:00Z']) {
      unwrap(apply(restricted, ev('restriction-varied', at, { months: 18 })));
      expect(unwrap(obligations(restricted, at, TEP)).find((o) => o.kind === 'eia-review')).toMatchObject({
        dueOn: '2026-09-02',
        overdue: false,
      });
    }
    const late = '2026-09-03T09:00:00Z';
    expect(
      refusal(apply(restricted, ev('restriction-varied', late, { months: 18 })), 'EIA_REQUIRED').message,
    ).toMatch(/review was due by Wednesday 2 September 2026 \(with the case review\)/);
    expect(unwrap(obligations(restricted, late, TEP)).find((o) => o.kind === 'eia-review')).toMatchObject({
      dueOn: '2026-09-02',
      overdue: true,
    });
  });

  it('TEP-2.4: a review of the EIA makes it current again', () => {
    const reviewed = unwrap(
      apply(restricted, ev('eia-reviewed', '2026-07-22T09:00:00Z', { needs: [], proportionate: true })),
    );
    unwrap(apply(reviewed, ev('restriction-varied', '2026-07-22T10:00:00Z', { months: 6 })));
  });
});
