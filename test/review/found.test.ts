// Defects found by an adversarial review of issue 13 and issue 14 part B, each kept as a test of
// its fix.
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  type CaseState,
  caseDeadlines,
  checkContact,
  classifyIncident,
  definePolicy,
  obligations,
  type Policy,
  presets,
  replay,
} from '../../src/index.js';
import { caseAfter, ev, LADDER, OPENING, restriction, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

const apply = (state: CaseState, event: CaseEvent, policy: Policy = TEP) => applyEvent(state, event, policy);

describe('TEP-5.3 call windows across the clock changes (issue 13, item 7)', () => {
  const window = (from: string, to: string) => [
    {
      id: 'R1',
      startsOn: '2026-01-01',
      lastDayInForce: '2027-12-31',
      measures: [{ kind: 'call-windows' as const, windows: [{ day: 'sunday' as const, from, to }] }],
    },
  ];
  const call = (at: string) => ({
    at,
    direction: 'inbound' as const,
    channel: 'phone' as const,
    subject: 'general' as const,
  });

  it('October: a call at 01:50 BST on the first pass is routed to the repeated 01:15 (01:15Z), not a week later', () => {
    const decision = unwrap(
      checkContact(window('01:15', '01:45'), call('2026-10-25T00:50:00Z'), { policy: TEP }),
    );
    expect(decision.outcome).toBe('redirect');
    expect(Date.parse(decision.route?.nextWindow?.startsAt ?? '')).toBe(Date.parse('2026-10-25T01:15:00Z'));
  });

  it('March: a window wholly in the skipped hour redirects to the next real one (2026-04-05T00:00Z), never "never coincide"', () => {
    const decision = unwrap(
      checkContact(window('01:00', '02:00'), call('2026-03-25T12:00:00Z'), { policy: TEP }),
    );
    expect(decision.outcome).toBe('redirect');
    expect(Date.parse(decision.route?.nextWindow?.startsAt ?? '')).toBe(Date.parse('2026-04-05T00:00:00Z'));
  });
});

describe('TEP-11.2: a letter’s stated last day to appeal is never shortened', () => {
  it('a variation with a new letter does not cut the 30 April the first letter told the customer to 19 March', () => {
    const events = [
      ...LADDER.slice(0, 6),
      restriction('2026-03-02T10:00:00Z', { appealLastDayStated: '2026-04-30' }),
    ];
    const varied = unwrap(
      apply(
        caseAfter(events),
        ev('restriction-varied', '2026-03-05T09:00:00Z', {
          measures: [{ kind: 'written-only' }, { kind: 'return-correspondence' }],
          decisionLetterDate: '2026-03-05',
        }),
      ),
    );
    expect(unwrap(caseDeadlines(varied, TEP)).restrictions[0]?.appealLastDay).toBe('2026-04-30');
    unwrap(apply(varied, ev('appeal-received', '2026-03-25T09:00:00Z', {})));
  });
});

describe('NF-8: who may decide (issue 14, item 5)', () => {
  it('a case review with outcome lift is held to the roles allowed to lift a restriction', () => {
    const policy = unwrap(
      definePolicy({
        id: 'a',
        name: 'A',
        effectiveFrom: '2000-01-01',
        authority: { 'restriction-lifted': ['director'] },
      }),
    );
    const state = unwrap(replay(LADDER, policy, OPENING));
    const result = apply(state, ev('case-reviewed', '2026-04-01T09:00:00Z', { outcome: 'lift' }), policy);
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_AUTHORISED');
  });
});

describe('TEP-2.4: "The EIA is reviewed with every case review"', () => {
  it('after an off-cycle EIA review, the next case review that continues the restriction still needs the EIA reviewed with it', () => {
    let state = caseAfter([...LADDER.slice(0, 6), restriction('2026-03-02T10:00:00Z', { months: 24 })]);
    state = unwrap(
      apply(state, ev('circumstances-changed', '2026-07-01T09:00:00Z', { description: 'new diagnosis' })),
    );
    state = unwrap(
      apply(state, ev('eia-reviewed', '2026-07-02T09:00:00Z', { needs: [], proportionate: true })),
    );
    // The review of 2 July, after the change, goes with the case review of 2 September 2026; the
    // EIA is due again with the next one, 2 March 2027, and a review then needs it reviewed first.
    const eiaReview = unwrap(obligations(state, '2026-09-01T09:00:00Z', TEP)).find(
      (o) => o.kind === 'eia-review',
    );
    expect(eiaReview?.dueOn).toBe('2027-03-02');
    state = unwrap(apply(state, ev('case-reviewed', '2026-09-02T09:00:00Z', { outcome: 'continue' })));
    const next = apply(state, ev('case-reviewed', '2027-03-02T09:00:00Z', { outcome: 'continue' }));
    expect(next.ok ? 'ok' : next.error.code).toBe('EIA_REQUIRED');
    state = unwrap(
      apply(state, ev('eia-reviewed', '2027-03-02T08:00:00Z', { needs: [], proportionate: true })),
    );
    unwrap(apply(state, ev('case-reviewed', '2027-03-02T09:00:00Z', { outcome: 'continue' })));
  });
});

describe('NF-2: a measure that conflicts with a recorded need', () => {
  it('is not enforced by escalation (a breach warning) until it is varied or justified', () => {
    let state = caseAfter(LADDER); // written-only
    state = unwrap(
      apply(
        state,
        ev('eia-reviewed', '2026-04-01T09:00:00Z', { needs: ['cannot-write'], proportionate: true }),
      ),
    );
    state = unwrap(apply(state, ev('restriction-breached', '2026-04-02T09:00:00Z', {})));
    const result = apply(
      state,
      ev('breach-warning-issued', '2026-04-03T09:00:00Z', { letterDate: '2026-04-03' }),
    );
    expect(result.ok).toBe(false);
  });
});

describe('TEP-4.2: informal before formal', () => {
  it('declining to investigate a complaint (formal action, HO-6) with no informal action on file needs the reason', () => {
    const state = caseAfter([
      ev('incident-recorded', '2026-01-05T10:00:00Z', {
        incident: {
          id: 'inc-1',
          occurredAt: '2026-01-05T10:00:00Z',
          channel: 'phone',
          actor: 'customer',
          target: 'staff',
          behaviours: [{ code: 'swearing', persistent: true }],
        },
      }),
      ev('eia-completed', '2026-01-06T09:00:00Z', { needs: [], proportionate: true }),
    ]);
    const result = apply(
      state,
      ev('complaint-investigation-declined', '2026-01-07T09:00:00Z', { letterDate: '2026-01-07' }),
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('INFORMAL_ACTION_REQUIRED');
  });

  it('a reason of only spaces is not a recorded reason', () => {
    const state = caseAfter([
      LADDER[0] as CaseEvent,
      ev('eia-completed', '2026-01-06T09:00:00Z', { needs: [], proportionate: true }),
    ]);
    const result = apply(
      state,
      ev('written-warning-issued', '2026-01-07T09:00:00Z', {
        letterDate: '2026-01-07',
        informalSkippedBecause: '   ',
      }),
    );
    expect(result.ok).toBe(false);
  });
});

describe('TEP-2.4: guards and obligations read the same EIA date, whatever the policy', () => {
  it('after a change of circumstances, a policy not requiring an EIA does not both owe an overdue EIA review and continue as if none were owed', () => {
    const policy = unwrap(
      definePolicy({
        id: 'n',
        name: 'N',
        effectiveFrom: '2000-01-01',
        formalAction: { eiaBeforeFormalAction: false, eiaBeforeRestriction: false },
      }),
    );
    let state = unwrap(replay(LADDER, policy, OPENING));
    state = unwrap(
      apply(state, ev('circumstances-changed', '2026-04-01T09:00:00Z', { description: 'x' }), policy),
    );
    const at = '2026-04-02T09:00:00Z';
    const owed = unwrap(obligations(state, at, policy)).find((o) => o.kind === 'eia-review');
    const continued = apply(state, ev('case-reviewed', at, { outcome: 'continue' }), policy);
    // Either the review is owed and continuing waits for it, or it is not owed at all.
    expect(owed === undefined || !continued.ok).toBe(true);
  });
});

describe('Nothing passed off (issue 13 item 8, issue 14 item 8)', () => {
  it('under the Ombudsman preset, the appeal-decision obligation says its 28 days are a library default', () => {
    const HO = presets.housingOmbudsman2021;
    let state = unwrap(
      replay(
        [
          LADDER[0] as CaseEvent,
          ev('eia-completed', '2026-01-06T09:00:00Z', { needs: [], proportionate: true }),
          restriction('2026-01-07T09:00:00Z'),
        ],
        HO,
        OPENING,
      ),
    );
    state = unwrap(apply(state, ev('appeal-received', '2026-01-10T09:00:00Z', {}), HO));
    const due = unwrap(obligations(state, '2026-01-11T09:00:00Z', HO)).find(
      (o) => o.kind === 'appeal-decision',
    );
    expect(due?.reasons[0]?.text).toMatch(/^Library default/);
  });

  it('classifyIncident, given a policy, cites the landlord’s own text for a rule (citations.rules)', () => {
    const policy = unwrap(
      definePolicy({
        id: 'c',
        name: 'C',
        effectiveFrom: '2000-01-01',
        citations: { rules: { 'TEP-3.1': { document: 'C policy', section: '2. Behaviour' } } },
      }),
    );
    const result = unwrap(
      classifyIncident(
        {
          id: 'i',
          occurredAt: '2026-01-05T10:00:00Z',
          channel: 'phone',
          actor: 'customer',
          target: 'staff',
          behaviours: [{ code: 'threat-of-violence' }],
        },
        { policy },
      ),
    );
    expect(result.reasons.find((r) => r.rule === 'TEP-3.1')?.citation.document).toBe('C policy');
  });
});

describe('service-scope: a restriction never silently restricts nothing', () => {
  it('two service-scope measures with no service in common are refused, as a scope alone is', () => {
    const result = checkContact(
      [
        {
          id: 'R1',
          startsOn: '2026-03-01',
          lastDayInForce: '2027-02-28',
          measures: [
            { kind: 'service-scope', services: ['repairs'] },
            { kind: 'service-scope', services: ['rent'] },
            { kind: 'written-only' },
          ],
        },
      ],
      {
        at: '2026-03-10T10:00:00Z',
        direction: 'inbound',
        channel: 'phone',
        subject: 'general',
        service: 'repairs',
      },
      { policy: TEP },
    );
    expect(result.ok ? result.value.outcome : result.error.code).not.toBe('allow');
  });
});
