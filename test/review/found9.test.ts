// Defects found by an adversarial review of issue 9 (notices, paper trail, markers, teams, timeline)
// and issue 8 (hostile input), each kept as a test of its fix.
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  type CaseEvent,
  type CaseState,
  CivilDateSchema,
  caseDeadlines,
  markers,
  noticeContent,
  obligations,
  renderNotice,
  replay,
  validateNotice,
} from '../../src/index.js';
import { caseAfter, eia, ev, incident, LADDER, STAFF, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';
import { REVIEWED_EIA, SCENARIOS, SPOC, scenario } from '../notices/cases.js';

const apply = (state: CaseState, event: CaseEvent) => applyEvent(state, event, TEP);
const elementValue = (state: CaseState, kind: Parameters<typeof noticeContent>[1], id: string) =>
  unwrap(noticeContent(state, kind, TEP)).elements.find((e) => e.id === id)?.value;

const appealDecided = (outcome: 'upheld' | 'dismissed' | 'varied', at = '2026-03-20T09:00:00Z') =>
  ev(
    'appeal-decided',
    at,
    { outcome, byRole: 'senior-officer', letterDate: at.slice(0, 10) } as never,
    STAFF.senior,
  );
const appealReceived = ev('appeal-received', '2026-03-05T09:00:00Z', { grounds: 'too harsh' }, 'cust-1');

describe('TEP-11.2 / HO-6: a fresh variation after a decided appeal', () => {
  // Appeal dismissed in March; in May the manager varies the restriction again (letter only), with
  // a new decision letter. The docs: `decisionLetterDate` "opens a new appeal"; only "a variation
  // carrying out a decided appeal is final".
  const events = [
    ...LADDER,
    SPOC,
    appealReceived,
    appealDecided('dismissed'),
    ev('restriction-varied', '2026-05-21T09:00:00Z', {
      measures: [{ kind: 'single-channel', channel: 'letter' }],
      decisionLetterDate: '2026-05-21',
    }),
  ];

  it('the variation letter tells how to appeal, not "the decision is final"', () => {
    const state = caseAfter(events);
    expect(elementValue(state, 'restriction-variation', 'appeal-deadline')).toBe('2026-06-04');
  });

  it('an appeal against the new variation within 14 days is accepted', () => {
    const state = caseAfter(events);
    const r = apply(state, ev('appeal-received', '2026-05-25T09:00:00Z', { grounds: 'x' }, 'cust-1'));
    expect(r.ok).toBe(true);
  });

  it('(whatever the answer, caseDeadlines and the letter must agree) caseDeadlines says 2026-06-04', () => {
    const state = caseAfter(events);
    expect(unwrap(caseDeadlines(state, TEP)).restrictions[0]?.appealLastDay).toBe('2026-06-04');
  });
});

describe('contradictions: caseDeadlines and allowedEvents against applyEvent and the letters', () => {
  it('after an appeal varied and carried out, caseDeadlines gives no appeal day (the letter says final)', () => {
    const state = caseAfter([
      ...LADDER,
      SPOC,
      appealReceived,
      appealDecided('varied'),
      ev('restriction-varied', '2026-03-21T09:00:00Z', {
        measures: [{ kind: 'single-channel', channel: 'email' }],
        decisionLetterDate: '2026-03-21',
      }),
    ]);
    expect(elementValue(state, 'restriction-variation', 'appeal-deadline')).toBe(
      'no internal appeal: the decision is final',
    );
    expect(unwrap(caseDeadlines(state, TEP)).restrictions[0]?.appealLastDay).toBeNull(); // is 2026-04-04
  });

  it('allowedEvents does not offer appeal-received once the appeal is decided (applyEvent refuses it)', () => {
    const state = scenario('appeal-outcome');
    const at = '2026-03-25T09:00:00Z';
    expect(apply(state, ev('appeal-received', at, {}, 'cust-1')).ok).toBe(false); // INVALID_TRANSITION
    expect(unwrap(allowedEvents(state, at, TEP)).allowed.map((a) => a.type)).not.toContain('appeal-received');
  });

  it('allowedEvents does not offer appeal-received while an appeal is pending', () => {
    const state = caseAfter([...LADDER, appealReceived]);
    const at = '2026-03-06T09:00:00Z';
    expect(apply(state, ev('appeal-received', at, {}, 'cust-1')).ok).toBe(false);
    expect(unwrap(allowedEvents(state, at, TEP)).allowed.map((a) => a.type)).not.toContain('appeal-received');
  });
});

describe('TEP-11.2: the appeal-outcome letter of a varied appeal', () => {
  it('does not present the old measures as "the new arrangements"', () => {
    // Drawn on the day the appeal is decided (the letter is due that day), before the variation.
    const state = caseAfter([...LADDER, SPOC, appealReceived, appealDecided('varied')]);
    const reasons = elementValue(state, 'appeal-outcome', 'decision-and-reasons') as string[];
    const measures = elementValue(state, 'appeal-outcome', 'measures') as string[];
    // The changed arrangements follow in writing once made (a restriction-varied is owed).
    expect(reasons.join(' ')).not.toContain('The new arrangements are set out below');
    expect(reasons.join(' ')).toContain(
      'We will write to you with the changed arrangements once they are made',
    );
    expect(unwrap(obligations(state, '2026-03-20T10:00:00Z', TEP)).map((o) => o.kind)).toContain(
      'variation-to-carry-out',
    );
    // The measures given are never presented as the ones the appeal changed to.
    expect(measures).not.toEqual(['Please contact us in writing only: by email, letter or web form.']);
  });
});

describe('TEP-11.2: the date on the decision letter and the appeal window', () => {
  it('noticeContent refuses options.date after the last day to appeal it counts from another date', () => {
    const state = scenario('restriction-decision');
    // Dated 20 March, telling the customer the last day to appeal was 16 March.
    expect(noticeContent(state, 'restriction-decision', TEP, { date: '2026-03-20' }).ok).toBe(false);
  });

  it('noticeContent refuses options.date before the decision the letter tells', () => {
    const state = scenario('restriction-decision');
    expect(noticeContent(state, 'restriction-decision', TEP, { date: '2026-01-01' }).ok).toBe(false);
  });

  it('validateNotice flags a letter date that differs from the decision letter date the case records', () => {
    const state = scenario('restriction-decision');
    const notice = { ...unwrap(noticeContent(state, 'restriction-decision', TEP)), date: '2026-03-10' };
    const { wrong } = unwrap(validateNotice(notice, 'restriction-decision', TEP, state));
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('validateNotice flags a notice drawn from another case', () => {
    const state = scenario('restriction-decision');
    const notice = {
      ...unwrap(noticeContent(state, 'restriction-decision', TEP)),
      caseId: 'case-other',
      customerId: 'cust-other',
    };
    const r = validateNotice(notice, 'restriction-decision', TEP, state);
    expect(r.ok && r.value.wrong.length === 0).toBe(false);
  });
});

describe('Issue 9 item 4: a letter date never predates the decision it records (nor is in the future)', () => {
  it('a written warning letter dated before the incidents it rests on and before the EIA is refused (TEP-2.3)', () => {
    const state = caseAfter([
      incident('inc-1', '2026-01-05T10:00:00Z'),
      ev('informal-action-taken', '2026-01-06T09:00:00Z', { kind: 'initial-warning' }, STAFF.officer),
      incident('inc-2', '2026-01-10T10:00:00Z'),
      eia('2026-01-21T09:00:00Z'),
    ]);
    // The letter is dated 5 January, and lists the incident of 10 January; the EIA came on 21 January.
    const r = apply(
      state,
      ev('written-warning-issued', '2026-01-22T09:00:00Z', { letterDate: '2026-01-05' }),
    );
    expect(r.ok).toBe(false);
  });

  it('a breach warning letter dated before the breach it warns about is refused (TEP-8)', () => {
    const state = caseAfter(SCENARIOS['breach-warning'].slice(0, -1)); // breach on 6 April
    const r = apply(state, ev('breach-warning-issued', '2026-04-07T09:00:00Z', { letterDate: '2026-03-03' }));
    expect(r.ok).toBe(false);
  });

  it('a SPOC handover cannot record the customer told a year from now (TEP-6), as customer-informed cannot', () => {
    const state = caseAfter([...LADDER, SPOC]);
    const r = apply(
      state,
      ev('spoc-handover', '2026-06-01T09:00:00Z', {
        to: STAFF.cover,
        temporary: true,
        customerInformedOn: '2027-05-01',
      }),
    );
    expect(r.ok).toBe(false);
  });

  it('a lift cannot record a letter dated a year after it (the letter obligation vanishes today)', () => {
    const state = caseAfter(LADDER);
    const r = apply(
      state,
      ev(
        'restriction-lifted',
        '2026-06-05T10:00:00Z',
        { restrictionId: 'r-1', letterDate: '2027-06-10' },
        STAFF.senior,
      ),
    );
    expect(r.ok).toBe(false);
  });
});

describe('NF-9 / TEP-9: markers and teams after the restriction or the case ends', () => {
  it('a marker-review obligation on a case with no restriction can be answered', () => {
    const state = caseAfter(LADDER.slice(0, 3)); // incidents, no restriction
    const at = '2026-08-01T09:00:00Z';
    expect(unwrap(obligations(state, at, TEP)).map((o) => o.kind)).toContain('marker-review');
    // A case review is refused NO_ACTIVE_RESTRICTION; marker-reviewed answers the marker itself.
    const kept = unwrap(
      apply(state, ev('marker-reviewed', at, { markerId: 'marker-inc-1', outcome: 'kept' })),
    );
    expect(unwrap(obligations(kept, at, TEP)).filter((o) => o.subject === 'marker-inc-1')).toEqual([]);
  });

  it('closing a case does not drop a marker removal that markers() still reports as due', () => {
    const lifted = caseAfter([
      ...LADDER,
      ev(
        'restriction-lifted',
        '2026-06-05T10:00:00Z',
        { restrictionId: 'r-1', letterDate: '2026-06-05' },
        STAFF.senior,
      ),
      ev('teams-informed', '2026-06-05T12:00:00Z', {
        teams: ['customer-service-centre', 'repairs-contractors'],
      }),
    ]);
    const closed = unwrap(apply(lifted, ev('case-closed', '2026-06-06T09:00:00Z', {})));
    const at = '2028-06-01T00:00:00Z';
    const due = unwrap(markers(closed, at, TEP)).filter((m) => m.status === 'removal-due');
    expect(due.length).toBe(3);
    expect(unwrap(obligations(closed, at, TEP)).filter((o) => o.kind === 'marker-removal').length).toBe(3);
  });

  it('a case with teams still to be told of a lift is not closed silently (TEP-9)', () => {
    const lifted = caseAfter([
      ...LADDER,
      ev(
        'restriction-lifted',
        '2026-06-05T10:00:00Z',
        { restrictionId: 'r-1', letterDate: '2026-06-05' },
        STAFF.senior,
      ),
    ]);
    expect(unwrap(obligations(lifted, '2026-06-06T00:00:00Z', TEP)).map((o) => o.kind)).toContain(
      'teams-to-inform',
    );
    const closed = apply(lifted, ev('case-closed', '2026-06-06T09:00:00Z', {}));
    // Either refused, or the teams can still be told afterwards: today it closes, the task vanishes
    // and teams-informed is refused on the closed case.
    if (closed.ok) {
      const told = apply(
        closed.value,
        ev('teams-informed', '2026-06-07T09:00:00Z', {
          teams: ['customer-service-centre', 'repairs-contractors'],
        }),
      );
      expect(told.ok).toBe(true);
    }
  });
});

describe('renderNotice markdown: every value reads as text', () => {
  it('a value starting "1. " is escaped, as "12) " and "+ " are', () => {
    const notice = {
      ...unwrap(noticeContent(scenario('restriction-decision'), 'restriction-decision', TEP)),
      elements: [{ id: 'decision-and-reasons', value: '1. numbered', rule: 'TEP-5.2' as const }],
    };
    const md = unwrap(renderNotice(notice, { format: 'markdown' }));
    expect(md).not.toMatch(/^1\. numbered$/m);
  });
});

describe('JSON out: markers near the end of the date range', () => {
  it('every date markers() returns is a civil date the library accepts', () => {
    const state = unwrap(
      replay(
        [
          ev(
            'incident-recorded',
            '2999-12-31T22:00:00Z',
            {
              incident: {
                id: 'i',
                occurredAt: '2999-12-31T22:00:00Z',
                channel: 'phone',
                actor: 'customer',
                target: 'staff',
                behaviours: [{ code: 'swearing', persistent: true }],
              },
            },
            'x',
          ),
        ],
        TEP,
        { caseId: 'c', customerId: 'u', openedAt: '2999-12-31T21:00:00Z' },
      ),
    );
    for (const m of unwrap(markers(state, '2999-12-31T23:00:00Z', TEP))) {
      expect(CivilDateSchema.safeParse(m.reviewOn).success).toBe(true); // '3000-06-30'
      expect(CivilDateSchema.safeParse(m.removeOn).success).toBe(true);
    }
  });
});

// Kept for reference: the review-outcome scenario works (held up), so the fixtures are sound.
it('fixture sanity: the review scenario replays', () => {
  expect(caseAfter([...LADDER, REVIEWED_EIA]).stage).toBe('restricted');
});
