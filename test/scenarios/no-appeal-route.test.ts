// A landlord's policy with no internal appeal: "The decision made by the senior officer ... is
// final and cannot be appealed against. In cases where the customer remains dissatisfied, the
// customer will be signposted to the Housing Ombudsman" (TEP 11), and a policy stating no time to
// decide an appeal owes no decision by a date. API.md, "Any landlord's policy": `appeal: null`,
// `reconsideration: null`, `appeal.decisionWithin: null`.
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  appealDeadline,
  appealDecisionDue,
  type CaseEvent,
  caseDeadlines,
  definePolicy,
  obligations,
  type Policy,
  reconsiderationDecisionDue,
  replay,
} from '../../src/index.js';
import { ev, LADDER, OPENING } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const ACME = 'Acme Homes unacceptable behaviour policy';
const FINAL = { document: ACME, section: '9. Our decision is final' };

/** No appeal and no reconsideration: every decision is final. */
const noAppeal: Policy = unwrap(
  definePolicy({
    id: 'acme-final',
    name: ACME,
    effectiveFrom: '2026-01-01',
    appeal: null,
    reconsideration: null,
    citations: {
      'appeal.window': FINAL,
      'appeal.decisionWithin': FINAL,
      'reconsideration.decisionWithin': FINAL,
    },
  }),
);

/** An appeal and a reconsideration, with no stated time to decide either. */
const noDeadline: Policy = unwrap(
  definePolicy({
    id: 'acme-untimed',
    name: ACME,
    effectiveFrom: '2026-01-01',
    appeal: { decisionWithin: null },
    reconsideration: { decisionWithin: null },
  }),
);

// LADDER's restriction: decision letter dated Monday 2 March 2026.
const appeal = (at: string): CaseEvent => ev('appeal-received', at, { grounds: 'Unfair.' }, 'cso-1');
const reconsider = (at: string): CaseEvent =>
  ev('reconsideration-requested', at, { grounds: 'I have kept to email.' }, 'cso-1');

describe('TEP-11.3: with no internal appeal, the decision is final and the customer is signposted to the Ombudsman', () => {
  const state = unwrap(replay(LADDER, noAppeal, OPENING));

  it('the restriction’s reasons say the decision is final and signpost the Housing Ombudsman, citing the landlord’s own text', () => {
    const reasons = state.decisions.at(-1)?.reasons ?? [];
    expect(reasons.find((r) => r.rule === 'TEP-11.2')).toMatchObject({
      text: 'The policy gives no internal appeal against this decision: the decision is final.',
      citation: FINAL,
    });
    expect(reasons.find((r) => r.rule === 'TEP-11.3')?.text).toBe(
      'A final decision cannot be appealed against; a customer who remains dissatisfied is signposted to the Housing Ombudsman.',
    );
    expect(reasons.find((r) => r.rule === 'NF-3')?.text).toMatch(/Housing Ombudsman/);
    expect(reasons.some((r) => /within 14 calendar days/.test(r.text))).toBe(false);
  });

  it('an appeal received the day after the decision is refused NO_APPEAL_ROUTE, never out of time', () => {
    const error = refusal(
      replay([...LADDER, appeal('2026-03-03T09:00:00Z')], noAppeal, OPENING),
      'NO_APPEAL_ROUTE',
    );
    expect(error.index).toBe(LADDER.length);
    expect(error.message).toBe(
      "The policy 'acme-final' gives no internal appeal: the decision is final, and a customer who remains dissatisfied is signposted to the Housing Ombudsman.",
    );
    expect(error.reasons?.map((r) => r.rule)).toEqual(['TEP-11.2', 'TEP-11.3', 'NF-3']);
    expect(error.issues).toEqual([
      { path: 'policy.appeal', message: 'the policy sets no appeal route (appeal: null)' },
    ]);
  });

  it('so is one received long after, which under TEP would be out of time', () => {
    refusal(replay([...LADDER, appeal('2026-06-01T09:00:00Z')], noAppeal, OPENING), 'NO_APPEAL_ROUTE');
  });

  it('a written request to reconsider is refused NO_RECONSIDERATION_ROUTE, pointing to the case review', () => {
    const error = refusal(
      replay([...LADDER, reconsider('2026-03-03T09:00:00Z')], noAppeal, OPENING),
      'NO_RECONSIDERATION_ROUTE',
    );
    expect(error.reasons?.map((r) => r.rule)).toEqual(['TEP-11.1', 'TEP-10', 'NF-3']);
    expect(error.reasons?.[0]?.citation).toEqual(FINAL);
  });

  it('appealDeadline and the decision deadlines answer with the route missing, not a date', () => {
    const deadline = refusal(
      appealDeadline({ decisionLetterDate: '2026-03-02', policy: noAppeal }),
      'NO_APPEAL_ROUTE',
    );
    expect(deadline.reasons?.map((r) => r.rule)).toEqual(['TEP-11.2', 'TEP-11.3', 'NF-3']);
    refusal(appealDecisionDue({ receivedOn: '2026-03-10', policy: noAppeal }), 'NO_APPEAL_ROUTE');
    expect(
      refusal(
        reconsiderationDecisionDue({ receivedOn: '2026-03-10', policy: noAppeal }),
        'NO_RECONSIDERATION_ROUTE',
      ).issues,
    ).toEqual([
      {
        path: 'policy.reconsideration',
        message: 'the policy sets no reconsideration (reconsideration: null)',
      },
    ]);
  });

  it('caseDeadlines gives no last day to appeal (null)', () => {
    expect(unwrap(caseDeadlines(state, noAppeal)).restrictions[0]).toMatchObject({
      restrictionId: 'r-1',
      appealLastDay: null,
      lastDayInForce: '2027-03-01',
    });
  });

  it('allowedEvents blocks the appeal and the reconsideration with their codes', () => {
    const { blocked, allowed } = unwrap(allowedEvents(state, '2026-03-03T09:00:00Z', noAppeal));
    expect(blocked.find((b) => b.type === 'appeal-received')?.code).toBe('NO_APPEAL_ROUTE');
    expect(blocked.find((b) => b.type === 'reconsideration-requested')?.code).toBe(
      'NO_RECONSIDERATION_ROUTE',
    );
    expect(allowed.map((a) => a.type)).toContain('restriction-varied');
  });

  it('a variation with a new letter is final too, and owes no appeal decision', () => {
    const varied = unwrap(
      replay(
        [
          ...LADDER,
          ev('restriction-varied', '2026-04-01T09:00:00Z', {
            measures: [{ kind: 'single-channel', channel: 'email' }],
            decisionLetterDate: '2026-04-01',
          }),
        ],
        noAppeal,
        OPENING,
      ),
    );
    expect(varied.decisions.at(-1)?.reasons.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['TEP-11.3', 'NF-3']),
    );
    const owed = unwrap(obligations(varied, '2026-04-02T09:00:00Z', noAppeal)).map((o) => o.kind);
    expect(owed).not.toContain('appeal-decision');
  });
});

describe('no stated time to decide (decisionWithin: null): no deadline, so no obligation', () => {
  const appealed = unwrap(replay([...LADDER, appeal('2026-03-10T09:00:00Z')], noDeadline, OPENING));

  it('an appeal in time is received, and its reasons say no time to decide is stated', () => {
    expect(appealed.appeals[0]).toMatchObject({ receivedOn: '2026-03-10' });
    expect(appealed.decisions.at(-1)?.reasons.at(-1)).toMatchObject({
      rule: 'TEP-11.2',
      text: 'The policy states no time to decide an appeal: no deadline is set for the outcome.',
      citation: { document: ACME, section: 'Policy setting appeal.decisionWithin' },
    });
  });

  it('the day after 16 March is still out of time: the window to appeal stays', () => {
    refusal(replay([...LADDER, appeal('2026-03-17T09:00:00Z')], noDeadline, OPENING), 'APPEAL_OUT_OF_TIME');
  });

  it('owes no appeal-decision obligation, even a year on', () => {
    const owed = unwrap(obligations(appealed, '2027-02-01T09:00:00Z', noDeadline)).map((o) => o.kind);
    expect(owed).not.toContain('appeal-decision');
  });

  it('caseDeadlines gives the appeal no decision date (null); appealDecisionDue says none is stated', () => {
    expect(unwrap(caseDeadlines(appealed, noDeadline)).appeals).toEqual([
      { restrictionId: 'r-1', receivedOn: '2026-03-10', decisionDue: null, decided: false },
    ]);
    expect(
      refusal(appealDecisionDue({ receivedOn: '2026-03-10', policy: noDeadline }), 'NO_DECISION_DEADLINE')
        .issues,
    ).toEqual([{ path: 'policy.appeal.decisionWithin', message: 'the policy states no time (null)' }]);
    refusal(
      reconsiderationDecisionDue({ receivedOn: '2026-03-10', policy: noDeadline }),
      'NO_DECISION_DEADLINE',
    );
  });

  it('an appeal decided months later is never recorded as late', () => {
    const decided = unwrap(
      replay(
        [
          ...LADDER,
          appeal('2026-03-10T09:00:00Z'),
          ev(
            'appeal-decided',
            '2026-09-01T09:00:00Z',
            { outcome: 'dismissed', byRole: 'senior-officer' },
            'so-9',
          ),
        ],
        noDeadline,
        OPENING,
      ),
    );
    const texts = decided.decisions.at(-1)?.reasons.map((r) => r.text) ?? [];
    expect(texts.some((t) => /given late/.test(t))).toBe(false);
    expect(decided.appeals[0]).toMatchObject({ outcome: 'dismissed', decidedBy: 'so-9' });
  });

  it('a reconsideration is received and owes no decision by a date', () => {
    const asked = unwrap(replay([...LADDER, reconsider('2026-05-01T09:00:00Z')], noDeadline, OPENING));
    const owed = unwrap(obligations(asked, '2026-07-01T09:00:00Z', noDeadline)).map((o) => o.kind);
    expect(owed).not.toContain('reconsideration-decision');
    expect(unwrap(caseDeadlines(asked, noDeadline)).reconsiderations[0]?.decisionDue).toBeNull();
  });
});
