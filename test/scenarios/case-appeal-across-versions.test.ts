// NF-8: "Policy versions are effective-dated; each decision is judged under the version in effect
// on its day." TEP 11.2: "A customer may appeal a decision and must write to us within 14 days of
// the date on the decision letter." A right or a deadline is counted under the version in effect on
// the day it runs from: the time to appeal under the version in effect on the decision letter's
// date, the time to decide an appeal or a request to reconsider under the version in effect on the
// day it was received, whichever version judges the step or the question asked later.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  appealDeadline,
  auditCase,
  type CaseEvent,
  caseDeadlines,
  definePolicy,
  noticeContent,
  obligations,
  type Policy,
  presets,
  replay,
} from '../../src/index.js';
import { ev, LADDER, OPENING, STAFF } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const TEP = presets.tenancyEnforcementProcedure;
/** TEP revised from Friday 20 March 2026: 21 days to appeal, 10 days to decide an appeal or a request to reconsider. */
const REVISED: Policy = unwrap(
  definePolicy(
    {
      id: TEP.id,
      name: 'TEP (revised 20 March 2026)',
      effectiveFrom: '2026-03-20',
      appeal: {
        window: {
          length: 21,
          unit: 'calendar-days',
          lastDayOnNonBusinessDay: 'stays',
          countFrom: 'letter-date',
        },
        decisionWithin: { length: 10, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
      },
      reconsideration: {
        decisionWithin: { length: 10, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
      },
    },
    TEP,
  ),
);
const VERSIONS = [TEP, REVISED];

// LADDER's restriction: decision letter dated Monday 2 March 2026, under TEP: 14 days, so the last
// day to appeal is Monday 16 March (under the revision it would be Monday 23 March).
const appeal = (at: string, receivedOn?: string): CaseEvent =>
  ev(
    'appeal-received',
    at,
    { grounds: 'I was provoked by the repair delays.', ...(receivedOn !== undefined && { receivedOn }) },
    STAFF.officer,
  );
/** Received on 10 March, in time under TEP, logged on Monday 23 March, under the revision. */
const IN_TIME = appeal('2026-03-23T09:00:00Z', '2026-03-10');
const reconsideration = (at: string, receivedOn: string): CaseEvent =>
  ev(
    'reconsideration-requested',
    at,
    { grounds: 'I have kept to email since the decision.', receivedOn },
    STAFF.officer,
  );

describe('NF-8, TEP-11.2: an appeal against a decision made under the old version is counted under the old version', () => {
  it('accepts an appeal received on 10 March and logged on 23 March, once the revision is in effect', () => {
    const state = unwrap(replay([...LADDER, IN_TIME], VERSIONS, OPENING));
    expect(state.appeals).toMatchObject([{ restrictionId: 'r-1', receivedOn: '2026-03-10' }]);
    expect(state.decidedUnder.at(-1)?.effectiveFrom).toBe('2026-03-20');
    const record = state.decisions.at(-1);
    expect(record?.reasons[0]?.text).toBe(
      'The appeal was received in writing on Tuesday 10 March 2026, within the time to appeal (the last day was Monday 16 March 2026); the grounds given: I was provoked by the repair delays.',
    );
  });

  it('refuses an appeal received on 23 March as out of time under the old version (16 March), not under the revision (23 March)', () => {
    const error = refusal(
      replay([...LADDER, appeal('2026-03-23T09:00:00Z')], VERSIONS, OPENING),
      'APPEAL_OUT_OF_TIME',
    );
    expect(error.index).toBe(LADDER.length);
    expect(error.message).toBe(
      'The appeal was received on Monday 23 March 2026, after the last day to appeal, Monday 16 March 2026: the right of appeal is lost.',
    );
  });

  it('counts the time to decide the appeal from its receipt on 10 March under the old version: 28 days, due 7 April', () => {
    const state = unwrap(replay([...LADDER, IN_TIME], VERSIONS, OPENING));
    expect(unwrap(caseDeadlines(state, VERSIONS))).toMatchObject({
      restrictions: [{ restrictionId: 'r-1', appealLastDay: '2026-03-16' }],
      appeals: [
        { restrictionId: 'r-1', receivedOn: '2026-03-10', decisionDue: '2026-04-07', decided: false },
      ],
    });
    const due = unwrap(obligations(state, '2026-04-08T09:00:00Z', VERSIONS)).find(
      (o) => o.kind === 'appeal-decision',
    );
    expect(due).toMatchObject({ dueOn: '2026-04-07', overdue: true });
  });

  it('counts a request to reconsider received on 19 March under the old version, one received on 20 March under the revision', () => {
    const early = unwrap(
      replay([...LADDER, reconsideration('2026-03-23T09:00:00Z', '2026-03-19')], VERSIONS, OPENING),
    );
    expect(unwrap(caseDeadlines(early, VERSIONS)).reconsiderations).toMatchObject([
      { receivedOn: '2026-03-19', decisionDue: '2026-04-16' },
    ]);
    const late = unwrap(
      replay([...LADDER, reconsideration('2026-03-23T09:00:00Z', '2026-03-20')], VERSIONS, OPENING),
    );
    expect(unwrap(caseDeadlines(late, VERSIONS)).reconsiderations).toMatchObject([
      { receivedOn: '2026-03-20', decisionDue: '2026-03-30' },
    ]);
  });

  it('still offers appeal-received after the change of version, saying the time to appeal has passed, as if TEP had never been revised', () => {
    const state = unwrap(replay(LADDER, VERSIONS, OPENING));
    const offered = (policy: Policy | Policy[]) =>
      unwrap(allowedEvents(state, '2026-03-25T09:00:00Z', policy)).allowed.find(
        (a) => a.type === 'appeal-received',
      );
    expect(offered(VERSIONS)).toEqual(offered(TEP));
    expect(offered(VERSIONS)).toEqual({
      type: 'appeal-received',
      reasons: [
        {
          rule: 'TEP-11.2',
          citation: {
            document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure',
            section: '11. Appealing/Reconsidering a Decision to Restrict Contact',
          },
          text: 'The time to appeal every current restriction has passed: only an appeal received in time (receivedOn) is accepted.',
        },
      ],
    });
  });

  it('gives the decision letter the old last day to appeal, 16 March, when it is composed after the change', () => {
    const state = unwrap(replay([...LADDER, IN_TIME], VERSIONS, OPENING));
    const notice = unwrap(noticeContent(state, 'restriction-decision', VERSIONS));
    expect(notice.elements.find((e) => e.id === 'appeal-deadline')?.value).toBe('2026-03-16');
  });

  it('finds nothing wrong with the appeal in the audit of the same history', () => {
    const events = [
      ...LADDER,
      IN_TIME,
      ev(
        'appeal-decided',
        '2026-04-06T15:00:00Z',
        { outcome: 'dismissed', byRole: 'senior-officer', letterDate: '2026-04-06' },
        STAFF.senior,
      ),
    ];
    const audit = unwrap(auditCase(events, VERSIONS, { asOf: '2026-04-10T12:00:00Z', opening: OPENING }));
    const appealFindings = audit.findings.filter(
      (f) => f.rule === 'TEP-11.2' || ('code' in f && f.code === 'POLICY_NOT_IN_EFFECT'),
    );
    expect(appealFindings).toEqual([]);
    expect(audit.findings.filter((f) => f.index !== undefined && f.index >= LADDER.length)).toEqual([]);
  });

  it('finds an appeal received on 23 March out of time in the audit, never "not in effect"', () => {
    const events = [...LADDER, appeal('2026-03-23T09:00:00Z')];
    const audit = unwrap(auditCase(events, VERSIONS, { asOf: '2026-03-24T12:00:00Z', opening: OPENING }));
    expect(audit.findings.filter((f) => f.index === LADDER.length).map((f) => 'code' in f && f.code)).toEqual(
      ['APPEAL_OUT_OF_TIME'],
    );
  });

  it('NF-8, TEP-5.2: a new length given after the change of version is counted from the start, 2 March, under the version in effect then', () => {
    const varied = ev('restriction-varied', '2026-03-23T09:00:00Z', {
      months: 12,
      decisionLetterDate: '2026-03-23',
      lengthJustification: 'the customer has kept to email since the decision',
    });
    const state = unwrap(replay([...LADDER, varied], VERSIONS, OPENING));
    expect(state.restrictions[0]).toMatchObject({
      startsOn: '2026-03-02',
      months: 12,
      lastDayInForce: '2027-03-01',
    });
    // The new letter of 23 March is appealed under the revision: 21 days, to 13 April.
    expect(unwrap(caseDeadlines(state, VERSIONS)).restrictions[0]?.appealLastDay).toBe('2026-04-13');
  });
});

describe('NF-8, TEP-11.2: whatever day a revision takes effect, the case counts the time to appeal as appealDeadline does', () => {
  it('caseDeadlines gives the last day appealDeadline gives for the decision letter of 2 March, under the same versions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 360 }), fc.integer({ min: 1, max: 60 }), (offset, length) => {
        const effectiveFrom = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const revision: Policy = {
          ...REVISED,
          effectiveFrom,
          appeal: {
            ...(REVISED.appeal as NonNullable<Policy['appeal']>),
            window: { ...(REVISED.appeal as NonNullable<Policy['appeal']>).window, length },
          },
        };
        const versions = [TEP, revision];
        const later = ev('circumstances-changed', '2026-12-31T12:00:00Z', { description: 'moved house' });
        const state = unwrap(replay([...LADDER, later], versions, OPENING));
        const expected = unwrap(
          appealDeadline({ decisionLetterDate: '2026-03-02', policy: versions }),
        ).lastDay;
        expect(unwrap(caseDeadlines(state, versions)).restrictions[0]?.appealLastDay).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });
});
