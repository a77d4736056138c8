import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  CASE_SCHEMA_VERSION,
  CaseStateSchema,
  caseDeadlines,
  openCase,
  replay,
} from '../../src/case/index.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import {
  caseAfter,
  eia,
  ev,
  incident,
  LADDER,
  OPENING,
  restriction,
  STAFF,
  TEP,
  warning,
} from './fixtures.js';

const opened = () => unwrap(openCase(OPENING));

describe('openCase', () => {
  it('opens an empty case at the opening instant, with the schema version', () => {
    const state = opened();
    expect(state).toMatchObject({
      schemaVersion: CASE_SCHEMA_VERSION,
      caseId: 'case-1',
      customerId: 'cust-1',
      stage: 'opened',
      lastEventAt: OPENING.openedAt,
      restrictions: [],
      decisions: [],
    });
    expect(CaseStateSchema.safeParse(state).success).toBe(true);
  });

  it('names every bad path of its input', () => {
    expect(badPaths(openCase({ caseId: '', customerId: 'c', openedAt: 'yesterday' }))).toEqual([
      'opening.caseId',
      'opening.openedAt',
    ]);
  });
});

describe('applyEvent at the door', () => {
  it('refuses an unknown event type, naming the path', () => {
    const result = applyEvent(
      opened(),
      { type: 'case-reopened', at: '2026-01-06T09:00:00Z', by: 'x' } as never,
      TEP,
    );
    expect(badPaths(result)).toEqual(['event.type']);
  });

  it('refuses a payload missing a field, naming it', () => {
    const result = applyEvent(
      opened(),
      { type: 'written-warning-issued', at: '2026-01-06T09:00:00Z', by: 'x' } as never,
      TEP,
    );
    expect(badPaths(result)).toEqual(['event.letterDate']);
  });

  it('refuses an unknown key, but keeps the landlord’s own data in meta', () => {
    const extra = { ...incident('inc-1', '2026-01-06T09:00:00Z'), colour: 'red' };
    expect(badPaths(applyEvent(opened(), extra as never, TEP))).toEqual(['event.colour']);
    const withMeta = {
      ...incident('inc-1', '2026-01-06T09:00:00Z'),
      meta: { crmRef: 'SF-0042', tags: ['x'] },
    };
    const state = unwrap(applyEvent(opened(), withMeta, TEP));
    expect(state.decisions[0]?.meta).toEqual({ crmRef: 'SF-0042', tags: ['x'] });
  });

  it('refuses a variation that changes nothing', () => {
    const state = caseAfter(LADDER);
    const result = applyEvent(state, ev('restriction-varied', '2026-04-01T09:00:00Z', {}), TEP);
    expect(badPaths(result)).toEqual(['event.measures']);
  });

  it('names bad paths in the state, the event and the policy together', () => {
    const state = { ...opened(), stage: 'limbo' };
    const result = applyEvent(
      state as never,
      { type: 'case-closed', at: 'soon', by: 'x' } as never,
      {
        ...TEP,
        monthEnd: 'round',
      } as never,
    );
    expect(badPaths(result)).toEqual(['state.stage', 'event.at', 'policy.monthEnd']);
  });

  it('refuses a state from a newer schema version by name', () => {
    const newer = { ...opened(), schemaVersion: CASE_SCHEMA_VERSION + 1 };
    const error = refusal(
      applyEvent(newer as never, incident('inc-1', '2026-01-06T09:00:00Z'), TEP),
      'UNSUPPORTED_SCHEMA_VERSION',
    );
    expect(error.issues.map((i) => i.path)).toEqual(['state.schemaVersion']);
  });

  it('refuses an event earlier than the last one applied, and accepts one at the same instant', () => {
    const state = unwrap(applyEvent(opened(), incident('inc-1', '2026-01-06T09:00:00Z'), TEP));
    const earlier = refusal(
      applyEvent(state, incident('inc-2', '2026-01-06T08:59:59Z'), TEP),
      'EVENT_OUT_OF_ORDER',
    );
    expect(earlier.issues[0]?.path).toBe('event.at');
    // The same instant written with an offset is not earlier.
    unwrap(applyEvent(state, incident('inc-2', '2026-01-06T10:00:00+01:00'), TEP));
  });

  it('refuses an event before the case was opened', () => {
    refusal(applyEvent(opened(), incident('inc-1', '2026-01-05T08:59:00Z'), TEP), 'EVENT_OUT_OF_ORDER');
  });

  it('refuses an event dated before the policy took effect', () => {
    const policy = { ...TEP, effectiveFrom: '2026-02-01' };
    const state = unwrap(openCase({ ...OPENING, openedAt: '2026-01-05T09:00:00Z' }));
    refusal(applyEvent(state, incident('inc-1', '2026-01-31T23:30:00Z'), policy), 'POLICY_NOT_IN_EFFECT');
    // 23:30 on 31 January UTC is still 31 January in London; midnight is 1 February.
    unwrap(applyEvent(state, incident('inc-1', '2026-02-01T00:00:00Z'), policy));
  });

  it('never changes the state it is given, accepted or refused', () => {
    const state = caseAfter(LADDER);
    const before = JSON.stringify(state);
    unwrap(applyEvent(state, ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'lift' }), TEP));
    refusal(applyEvent(state, ev('appeal-received', '2026-09-01T09:00:00Z', {}), TEP), 'APPEAL_OUT_OF_TIME');
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('stages and the audit trail', () => {
  it('raises the stage up the ladder and never lowers it when a restriction is lifted', () => {
    const stages = [opened().stage];
    let state = opened();
    for (const event of LADDER) {
      state = unwrap(applyEvent(state, event, TEP));
      stages.push(state.stage);
    }
    expect(stages).toEqual([
      'opened',
      'opened',
      'informal',
      'informal',
      'informal',
      'warned',
      'warned',
      'restricted',
    ]);
    const lifted = unwrap(applyEvent(state, ev('restriction-lifted', '2026-05-01T09:00:00Z', {}), TEP));
    expect(lifted.stage).toBe('restricted');
  });

  it('refuses everything but staff-conduct events once the case is closed', () => {
    const closed = caseAfter([
      incident('inc-1', '2026-01-06T09:00:00Z'),
      ev('case-closed', '2026-01-07T09:00:00Z', {}),
    ]);
    expect(closed.stage).toBe('closed');
    const error = refusal(
      applyEvent(closed, incident('inc-2', '2026-01-08T09:00:00Z'), TEP),
      'INVALID_TRANSITION',
    );
    expect(error.issues[0]?.path).toBe('event.type');
    unwrap(
      applyEvent(closed, ev('staff-conduct-reported', '2026-01-08T09:00:00Z', { staffId: 'op-7' }), TEP),
    );
  });

  it('records who decided, when, on what evidence, knowing which needs (NF-8)', () => {
    const state = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      eia('2026-01-06T09:00:00Z', ['hearing-impairment']),
      ev('written-warning-issued', '2026-01-07T09:00:00Z', {
        letterDate: '2026-01-07',
        informalSkippedBecause: 'threats made against the officer',
      }),
    ]);
    const [first, second, third] = state.decisions;
    expect(first).toMatchObject({
      type: 'incident-recorded',
      by: STAFF.officer,
      needsKnown: [],
      eia: 'none',
      subject: 'inc-1',
    });
    expect(second).toMatchObject({ type: 'eia-completed', eia: 'none' });
    expect(third).toMatchObject({
      type: 'written-warning-issued',
      at: '2026-01-07T09:00:00Z',
      by: STAFF.manager,
      evidence: ['inc-1'],
      needsKnown: ['hearing-impairment'],
      eia: 'current',
    });
    expect(third?.reasons.map((r) => r.rule)).toEqual(['TEP-4.4', 'HO-6', 'TEP-4.5']);
  });

  it('stores the decision as facts, and derives the appeal deadline and reviews from the policy (caseDeadlines)', () => {
    const state = caseAfter(LADDER);
    const [record] = state.restrictions;
    expect(record).toMatchObject({
      id: 'r-1',
      startsOn: '2026-03-02',
      lastDayInForce: '2027-03-01',
      startsAt: '2026-03-02T00:00:00+00:00',
      endsAt: '2027-03-02T00:00:00+00:00',
      decisionLetterDate: '2026-03-02',
      evidence: ['inc-1', 'inc-2', 'inc-3'],
      decidedBy: [STAFF.manager],
    });
    expect(Object.keys(record ?? {})).not.toContain('appealLastDay');
    expect(Object.keys(record ?? {})).not.toContain('reviewsDue');
    expect(unwrap(caseDeadlines(state, TEP)).restrictions).toEqual([
      {
        restrictionId: 'r-1',
        startsOn: '2026-03-02',
        lastDayInForce: '2027-03-01',
        appealLastDay: '2026-03-16',
        reviewsDue: ['2026-09-02'],
        nextReviewDue: '2026-09-02',
      },
    ]);
  });

  it('leaves out optional keys rather than setting them undefined', () => {
    const event = {
      ...restriction('2026-03-02T10:00:00Z'),
      warningSkippedBecause: undefined,
      evidence: undefined,
    };
    const state = unwrap(applyEvent(caseAfter(LADDER.slice(0, 6)), event as never, TEP));
    expect(Object.keys(state.restrictions[0] ?? {})).not.toContain('warningSkippedBecause');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('replay', () => {
  it('opens the case at the first event when no opening is given', () => {
    const state = unwrap(replay(LADDER, TEP));
    expect(state.openedAt).toBe(LADDER[0]?.at);
    expect(state).not.toHaveProperty('caseId');
    expect(state.restrictions).toHaveLength(1);
  });

  it('refuses an empty history without an opening', () => {
    expect(badPaths(replay([], TEP))).toEqual(['events']);
  });

  it('gives the index of the event refused, and why', () => {
    const events = [incident('inc-1', '2026-01-05T10:00:00Z'), restriction('2026-01-06T10:00:00Z')];
    const error = refusal(replay(events, TEP, OPENING), 'EIA_REQUIRED');
    expect(error.index).toBe(1);
    expect(error.reasons?.[0]?.rule).toBe('TEP-2.3');
  });

  it('gives the index of the first invalid event, with its path', () => {
    const events = [
      incident('inc-1', '2026-01-05T10:00:00Z'),
      { ...warning('2026-01-06T10:00:00Z'), letterDate: '2026-02-30' },
    ];
    const result = replay(events, TEP, OPENING);
    expect(badPaths(result)).toEqual(['events[1].letterDate']);
    expect(result.ok ? undefined : result.error.index).toBe(1);
  });

  it('refuses events out of order, with the index', () => {
    const events = [incident('inc-1', '2026-01-06T10:00:00Z'), incident('inc-2', '2026-01-06T09:00:00Z')];
    expect(refusal(replay(events, TEP, OPENING), 'EVENT_OUT_OF_ORDER').index).toBe(1);
  });
});

describe('review findings: a state the schema refuses is never handed back', () => {
  it('refuses a restriction ending past the calendar’s last year (DATE_OUT_OF_RANGE), leaving the case as it was', () => {
    // 24 months from 1 January 2998 end at midnight on 1 January 3000, past the calendar's last year.
    const state = caseAfter(LADDER.slice(0, 6));
    const before = JSON.stringify(state);
    const event = ev('restriction-imposed', '2026-03-02T10:00:00Z', {
      restriction: { id: 'r-9', startsOn: '2998-01-01', months: 24, measures: [{ kind: 'written-only' }] },
      decisionLetterDate: '2026-03-02',
    });
    refusal(applyEvent(state, event, TEP), 'DATE_OUT_OF_RANGE');
    expect(JSON.stringify(state)).toBe(before);
    expect(refusal(replay([...LADDER.slice(0, 6), event], TEP, OPENING), 'DATE_OUT_OF_RANGE').index).toBe(6);
  });
});
