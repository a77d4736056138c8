// The case stays true to the policy over time (issue 13): EIA follow-through (TEP-2.4, NF-2), one
// vocabulary of needs (NF-2, TEP-2.2), steps that need something to act on (TEP-10, NF-1),
// informal before formal (TEP-4.2), and dates derived from the policy, never stale (TEP-11.2).
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  type CaseEvent,
  type CaseState,
  caseDeadlines,
  classifyIncident,
  definePolicy,
  obligations,
  type Policy,
  presets,
  replay,
  UK_BANK_HOLIDAY_TABLE,
} from '../../src/index.js';
import {
  caseAfter,
  eia,
  ev,
  incident,
  informal,
  LADDER,
  OPENING,
  STAFF,
  TEP,
  warning,
} from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const apply = (state: CaseState, event: CaseEvent, policy: Policy = TEP) => applyEvent(state, event, policy);
const due = (state: CaseState, at: string, policy: Policy = TEP) => unwrap(obligations(state, at, policy));
const kinds = (state: CaseState, at: string) => due(state, at).map((o) => [o.kind, o.dueOn, o.subject]);

// LADDER: EIA of 21 January 2026; a written-only restriction from 2 March 2026 for 12 months, so
// its first case review (and the EIA's with it) falls due on 2 September 2026.
const restricted = caseAfter(LADDER);
const breach = ev('restriction-breached', '2026-07-30T09:00:00Z', {});
const breachWarning = (at: string) => ev('breach-warning-issued', at, { letterDate: at.slice(0, 10) });
const review = (at: string, outcome: 'continue' | 'vary' | 'lift') => ev('case-reviewed', at, { outcome });

describe('TEP-2.4: "Reviews should be undertaken aligned to when the case is regularly reviewed every six months"', () => {
  const breached = unwrap(apply(restricted, breach));

  it('reads one EIA review date in the guards and in obligations: on 1 August both say 2 September', () => {
    expect(due(breached, '2026-08-01T09:00:00Z').find((o) => o.kind === 'eia-review')).toMatchObject({
      dueOn: '2026-09-02',
      overdue: false,
    });
    unwrap(apply(breached, breachWarning('2026-08-01T09:00:00Z')));
  });

  it('refuses the breach warning the day after the review fell due, naming that same date', () => {
    const late = '2026-09-03T09:00:00Z';
    const error = refusal(apply(breached, breachWarning(late)), 'EIA_REQUIRED');
    expect(error.message).toMatch(/due by Wednesday 2 September 2026 \(with the case review\)/);
    expect(due(breached, late).find((o) => o.kind === 'eia-review')).toMatchObject({
      dueOn: '2026-09-02',
      overdue: true,
    });
  });
});

describe('TEP-2.4: "any known changes to the customer’s health and/or personal circumstances may also trigger a review"', () => {
  const changed = unwrap(
    apply(restricted, ev('circumstances-changed', '2026-04-01T09:00:00Z', { description: 'new diagnosis' })),
  );
  const at = '2026-04-02T09:00:00Z';

  it('refuses continuing, varying or escalating any restriction until the EIA is reviewed', () => {
    refusal(apply(changed, review(at, 'continue')), 'EIA_REQUIRED');
    refusal(apply(changed, review(at, 'vary')), 'EIA_REQUIRED');
    refusal(apply(changed, ev('restriction-varied', at, { months: 6 })), 'EIA_REQUIRED');
    const breached = unwrap(apply(changed, ev('restriction-breached', at, {})));
    refusal(apply(breached, breachWarning('2026-04-02T10:00:00Z')), 'EIA_REQUIRED');
  });

  it('still lets the restriction be lifted, by a review or on its own', () => {
    unwrap(apply(changed, review(at, 'lift')));
    unwrap(apply(changed, ev('restriction-lifted', at, {})));
  });

  it('lists the EIA review as due on the day of the change, and says what it holds back', () => {
    const [eiaReview] = due(changed, at).filter((o) => o.kind === 'eia-review');
    expect(eiaReview).toMatchObject({ dueOn: '2026-04-01', overdue: true });
    expect(eiaReview?.reasons[0]?.text).toMatch(
      /no restriction is continued, varied or escalated until it is/,
    );
  });

  it('lets everything go on once the EIA is reviewed', () => {
    const reviewed = unwrap(
      apply(changed, ev('eia-reviewed', '2026-04-02T08:00:00Z', { needs: [], proportionate: true })),
    );
    unwrap(apply(reviewed, review(at, 'continue')));
  });
});

describe('TEP-2.3, NF-2: an EIA finding the treatment "not a proportionate means of achieving a legitimate aim"', () => {
  const found = unwrap(
    apply(restricted, ev('eia-reviewed', '2026-04-01T09:00:00Z', { needs: [], proportionate: false })),
  );
  const at = '2026-04-02T09:00:00Z';

  it('leaves only a variation or a lift', () => {
    refusal(apply(found, review(at, 'continue')), 'EIA_REQUIRED');
    const breached = unwrap(apply(found, ev('restriction-breached', at, {})));
    refusal(apply(breached, breachWarning('2026-04-02T10:00:00Z')), 'EIA_REQUIRED');
    unwrap(apply(found, review(at, 'vary')));
    unwrap(apply(found, ev('restriction-varied', at, { measures: [{ kind: 'return-correspondence' }] })));
    unwrap(apply(found, review(at, 'lift')));
    unwrap(apply(found, ev('restriction-lifted', at, {})));
  });

  it('owes a variation or a lift from the day of the finding, then a review of the EIA for the varied measures', () => {
    expect(kinds(found, at)).toContainEqual(['vary-or-lift', '2026-04-01', 'r-1']);
    const varied = unwrap(
      apply(found, ev('restriction-varied', at, { measures: [{ kind: 'return-correspondence' }] })),
    );
    const after = kinds(varied, '2026-04-03T09:00:00Z');
    expect(after.filter(([kind]) => kind === 'vary-or-lift')).toEqual([]);
    expect(after).toContainEqual(['eia-review', '2026-04-02', 'r-1']);
  });
});

describe('NF-2, TEP-2.2: one vocabulary of needs, shared by the classifier and the EIA', () => {
  const upToEia = (needs: string[]) =>
    caseAfter([...LADDER.slice(0, 3), eia('2026-01-21T09:00:00Z', needs), ...LADDER.slice(4, 6)]);

  it.each([
    ['visual-impairment', [{ kind: 'written-only' }]],
    ['literacy-support', [{ kind: 'written-only' }]],
    ['sign-language', [{ kind: 'single-channel', channel: 'phone' }]],
  ] as const)('flags %s against %j, which the old table knew by other names', (need, measures) => {
    const result = apply(upToEia([need]), {
      ...(LADDER[6] as CaseEvent),
      restriction: { id: 'r-1', startsOn: '2026-03-02', months: 12, measures: [...measures] },
    } as CaseEvent);
    expect(refusal(result, 'DISPROPORTIONATE_MEASURE').message).toContain(need);
  });

  it('refuses an unknown need in the EIA and in the customer context, naming the nearest known', () => {
    const [issue] = refusal(
      apply(caseAfter(LADDER.slice(0, 1)), eia('2026-01-06T09:00:00Z', ['literacy-difficulty'])),
      'INVALID_INPUT',
    ).issues;
    expect(issue).toMatchObject({ path: 'event.needs[0]' });
    expect(issue?.message).toMatch(/nearest known: 'literacy-support'/);
    const classified = classifyIncident(
      {
        id: 'i-1',
        occurredAt: '2026-01-05T10:00:00Z',
        channel: 'phone',
        actor: 'customer',
        target: 'staff',
        behaviours: [{ code: 'swearing', persistent: true }],
      },
      // A CRM's typo, as JSON would bring it: refused, never ignored.
      { customer: { needs: ['sign-language-user'] } } as never,
    );
    const [bad] = refusal(classified, 'INVALID_INPUT').issues;
    expect(bad?.path).toMatch(/customer\.needs\[0\]$/);
    expect(bad?.message).toMatch(/nearest known: 'sign-language'/);
  });

  it('takes the EIA’s needs as the classifier’s customer context: the same list means the same', () => {
    const incidentInput = {
      id: 'i-1',
      occurredAt: '2026-01-05T10:00:00Z',
      channel: 'phone' as const,
      actor: 'customer' as const,
      target: 'staff' as const,
      behaviours: [{ code: 'swearing' as const, persistent: true }],
    };
    const fromNeeds = unwrap(
      classifyIncident(incidentInput, { customer: { needs: ['dementia', 'large-print'] } }),
    );
    const fromFamilies = unwrap(
      classifyIncident(incidentInput, {
        customer: { vulnerabilities: ['dementia'], communicationNeeds: ['large-print'] },
      }),
    );
    expect(fromNeeds.considerations).toEqual(fromFamilies.considerations);
  });
});

describe('NF-2: a need recorded while a restriction is in force is checked against its measures at once', () => {
  // Written-only since 2 March; on 1 April the EIA review records that the customer cannot write.
  const cannotWrite = unwrap(
    apply(
      restricted,
      ev('eia-reviewed', '2026-04-01T09:00:00Z', { needs: ['cannot-write'], proportionate: true }),
    ),
  );
  const at = '2026-04-02T09:00:00Z';

  it('owes a variation or a recorded justification, from the day the need was recorded', () => {
    const conflict = due(cannotWrite, at).find((o) => o.kind === 'measure-conflict');
    expect(conflict).toMatchObject({ dueOn: '2026-04-01', overdue: true, subject: 'r-1' });
    expect(conflict?.reasons.map((r) => r.rule)).toEqual(['NF-2', 'TEP-2.2']);
  });

  it('shows in allowedEvents and refuses a review that continues the measure as it is', () => {
    const reviewing = unwrap(allowedEvents(cannotWrite, at, TEP)).allowed.find(
      (a) => a.type === 'case-reviewed',
    );
    expect(reviewing?.reasons.map((r) => r.rule)).toContain('NF-2');
    refusal(apply(cannotWrite, review(at, 'continue')), 'DISPROPORTIONATE_MEASURE');
  });

  it('is met by varying the measure, or by recording why it is still justified', () => {
    const varied = unwrap(
      apply(
        cannotWrite,
        ev('restriction-varied', at, { measures: [{ kind: 'single-channel', channel: 'phone' }] }),
      ),
    );
    expect(due(varied, at).filter((o) => o.kind === 'measure-conflict')).toEqual([]);
    const justified = unwrap(
      apply(
        cannotWrite,
        ev('restriction-varied', at, { justification: 'a named advocate writes for the customer' }),
      ),
    );
    expect(due(justified, at).filter((o) => o.kind === 'measure-conflict')).toEqual([]);
    unwrap(apply(justified, review('2026-04-03T09:00:00Z', 'continue')));
  });

  it('checks a need recorded after the justification again', () => {
    const justified = unwrap(
      apply(
        cannotWrite,
        ev('restriction-varied', at, { justification: 'a named advocate writes for the customer' }),
      ),
    );
    const later = unwrap(
      apply(
        justified,
        ev('eia-reviewed', '2026-05-01T09:00:00Z', {
          needs: ['cannot-write', 'visual-impairment'],
          proportionate: true,
        }),
      ),
    );
    const conflict = due(later, '2026-05-02T09:00:00Z').find((o) => o.kind === 'measure-conflict');
    expect(conflict?.reasons[1]?.text).toContain('visual-impairment');
  });
});

describe('TEP-10, NF-1: steps that need something to act on', () => {
  const warned = caseAfter(LADDER.slice(0, 6));

  it('refuses a review that "continues" when no restriction is current: there are no measures in place', () => {
    refusal(apply(warned, review('2026-03-01T09:00:00Z', 'continue')), 'NO_ACTIVE_RESTRICTION');
  });

  it.each([
    ['an informal action', ev('informal-action-taken', '2026-01-06T09:00:00Z', { kind: 'initial-warning' })],
    ['telling the police', ev('police-notified', '2026-01-06T09:00:00Z', { immediateRisk: true })],
    [
      'a legal step',
      ev('legal-action-taken', '2026-01-06T09:00:00Z', {
        step: 'legal-warning-letter',
        immediateRiskBecause: 'threat to life',
      }),
    ],
    [
      'telling a local authority',
      ev('public-authority-notified', '2026-01-06T09:00:00Z', {
        authority: 'local-authority',
        name: 'Anytown Council',
        immediateRisk: true,
      }),
    ],
  ])('refuses %s with no behaviour of the customer recorded on the case', (_what, event) => {
    refusal(apply(caseAfter([]), event), 'EVIDENCE_REQUIRED');
  });
});

describe('TEP-4.2: "We will try to reach a voluntary (informal) arrangement before taking formal action"', () => {
  const noInformal = caseAfter([incident('inc-1', '2026-01-05T10:00:00Z'), eia('2026-01-06T09:00:00Z')]);

  it('refuses a written warning with no informal action on file, naming the field that records why', () => {
    const error = refusal(apply(noInformal, warning('2026-01-07T09:00:00Z')), 'INFORMAL_ACTION_REQUIRED');
    expect(error.issues.map((i) => i.path)).toEqual(['event.informalSkippedBecause']);
    expect(error.reasons?.map((r) => r.rule)).toEqual(['TEP-4.2', 'TEP-4.5']);
  });

  it('accepts it once an informal action is on file, or with the reason to go straight to formal action', () => {
    unwrap(
      apply(unwrap(apply(noInformal, informal('2026-01-06T10:00:00Z'))), warning('2026-01-07T09:00:00Z')),
    );
    const skipped = unwrap(
      apply(
        noInformal,
        ev('written-warning-issued', '2026-01-07T09:00:00Z', {
          letterDate: '2026-01-07',
          informalSkippedBecause: 'threats against the officer',
        }),
      ),
    );
    expect(skipped.decisions.at(-1)?.reasons.at(-1)).toMatchObject({
      rule: 'TEP-4.5',
      text: expect.stringContaining('threats against the officer'),
    });
  });

  it('does not require it where the policy does not (the Ombudsman’s lists actions it "may consider")', () => {
    const ho = presets.housingOmbudsman2021;
    const state = unwrap(
      replay([incident('inc-1', '2026-01-05T10:00:00Z'), eia('2026-01-06T09:00:00Z')], ho, OPENING),
    );
    unwrap(applyEvent(state, warning('2026-01-07T09:00:00Z'), ho));
  });
});

describe('TEP-11.2: derived dates never go stale', () => {
  // 14 business days from the date on the letter. The state funeral of 19 September 2022 was
  // proclaimed after the letter of 5 September was sent and the case stored.
  const withoutFuneral = {
    ...UK_BANK_HOLIDAY_TABLE,
    proclaimed: UK_BANK_HOLIDAY_TABLE.proclaimed.filter((holiday) => holiday.date !== '2022-09-19'),
  };
  const policyWith = (holidayTable: typeof UK_BANK_HOLIDAY_TABLE): Policy =>
    unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme Homes policy',
        effectiveFrom: '2022-01-01',
        calendar: { nation: 'england-and-wales', extraClosures: [], holidayTable },
        appeal: { window: { length: 14, unit: 'business-days' } },
      }),
    );
  const before = policyWith(withoutFuneral);
  const after = policyWith(UK_BANK_HOLIDAY_TABLE);
  const history = (stated?: string): CaseEvent[] => [
    incident('inc-1', '2022-08-01T10:00:00Z'),
    informal('2022-08-02T09:00:00Z'),
    eia('2022-08-03T09:00:00Z'),
    warning('2022-08-10T09:00:00Z'),
    incident('inc-2', '2022-08-20T10:00:00Z'),
    ev('restriction-imposed', '2022-09-05T10:00:00Z', {
      restriction: { id: 'r-1', startsOn: '2022-09-05', months: 12, measures: [{ kind: 'written-only' }] },
      decisionLetterDate: '2022-09-05',
      ...(stated === undefined ? {} : { appealLastDayStated: stated }),
    }),
  ];
  const appeal = ev('appeal-received', '2022-09-26T12:00:00Z', {}, STAFF.officer);
  const opening = { ...OPENING, openedAt: '2022-08-01T09:00:00Z' };
  const stored = (events: CaseEvent[]): CaseState =>
    JSON.parse(JSON.stringify(unwrap(replay(events, before, opening)))) as CaseState;

  it('takes the appeal of Monday 26 September under the corrected table, stored or replayed alike', () => {
    expect(unwrap(caseDeadlines(stored(history()), before)).restrictions[0]?.appealLastDay).toBe(
      '2022-09-23',
    );
    expect(unwrap(caseDeadlines(stored(history()), after)).restrictions[0]?.appealLastDay).toBe('2022-09-26');
    unwrap(applyEvent(stored(history()), appeal, after));
    unwrap(replay([...history(), appeal], after, opening));
    refusal(applyEvent(stored(history()), appeal, before), 'APPEAL_OUT_OF_TIME');
  });

  it('gives the customer the later of the date the letter stated and the date the policy gives, never less', () => {
    const toldLater = stored(history('2022-09-28'));
    expect(unwrap(caseDeadlines(toldLater, after)).restrictions[0]?.appealLastDay).toBe('2022-09-28');
    unwrap(applyEvent(toldLater, ev('appeal-received', '2022-09-28T12:00:00Z', {}, STAFF.officer), after));
    const toldEarlier = stored(history('2022-09-20'));
    expect(unwrap(caseDeadlines(toldEarlier, after)).restrictions[0]?.appealLastDay).toBe('2022-09-26');
  });

  it('refuses a stated last day before the letter it is stated in', () => {
    const events = history('2022-09-04');
    const error = refusal(replay(events, before, opening), 'INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['events[5].appealLastDayStated']);
  });
});
