// Issue 10, "Real case histories": "A CRM keeps a case for years. Its event log has retries, typos,
// policy changes and gaps." NF-8: "Every decision must say what was known about the customer's
// needs, and who decided": the state says which version of the policy decided each step.
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  type CaseEvent,
  type CaseState,
  caseDeadlines,
  caseGate,
  caseTimeline,
  definePolicy,
  markers,
  obligations,
  openCase,
  type Policy,
  presets,
  replay,
} from '../../src/index.js';
import { ev, LADDER, OPENING, STAFF } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const TEP = presets.tenancyEnforcementProcedure;
const IDS = LADDER.map((event, index) => ({ ...event, id: `crm-${index}` }) as CaseEvent);

describe('a retry storm: the CRM sends every event three times', () => {
  it('applyEvent applies each once: the state after the storm is the state after the log', () => {
    let state = unwrap(openCase(OPENING));
    for (const event of IDS) {
      for (let attempt = 0; attempt < 3; attempt++) state = unwrap(applyEvent(state, event, TEP));
    }
    expect(JSON.stringify(state)).toBe(JSON.stringify(unwrap(replay(IDS, TEP, OPENING))));
    // "retrying an event duplicates a warning": not any more.
    expect(state.writtenWarnings).toHaveLength(1);
    expect(state.decisions).toHaveLength(IDS.length);
  });

  it('replay of the stored log, duplicates shuffled in after their originals, folds to the same state', () => {
    const stored = [
      IDS[0],
      IDS[1],
      IDS[0],
      IDS[2],
      IDS[3],
      IDS[1],
      IDS[4],
      IDS[4],
      IDS[5],
      IDS[2],
      IDS[6],
      IDS[6],
      IDS[0],
    ] as CaseEvent[];
    expect(JSON.stringify(unwrap(replay(stored, TEP, OPENING)))).toBe(
      JSON.stringify(unwrap(replay(IDS, TEP, OPENING))),
    );
  });
});

describe("a corrected typo: '2062-05-02' for '2026-05-02'", () => {
  const afterRestriction = [
    ...IDS,
    { ...ev('eia-reviewed', '2026-05-01T09:00:00Z', { needs: [], proportionate: true }), id: 'crm-7' },
  ] as CaseEvent[];
  const typo = { ...ev('spoc-assigned', '2062-05-02T10:00:00Z', { spoc: { ...STAFF.spoc } }), id: 'crm-8' };
  const fixed = { ...ev('spoc-assigned', '2026-05-02T10:00:00Z', { spoc: { ...STAFF.spoc } }), id: 'crm-9' };
  const voided = {
    ...ev('event-voided', '2026-05-02T10:30:00Z', {
      eventId: 'crm-8',
      reason: 'The year was mistyped: 2062 for 2026. Re-entered as crm-9.',
    }),
    id: 'crm-10',
  } as CaseEvent;
  const later = ev('case-reviewed', '2026-05-05T09:00:00Z', {
    outcome: 'continue',
    letterDate: '2026-05-05',
  });

  it('the typo locks a case kept one event at a time: every later event is out of order', () => {
    const state = unwrap(applyEvent(unwrap(replay(afterRestriction, TEP, OPENING)), typo, TEP));
    refusal(applyEvent(state, fixed, TEP), 'EVENT_OUT_OF_ORDER');
  });

  it('with receivedAt, the typo is refused at the door and never locks the case', () => {
    const state = unwrap(replay(afterRestriction, TEP, OPENING));
    const error = refusal(
      applyEvent(state, typo, TEP, { receivedAt: '2026-05-02T10:00:04Z' }),
      'EVENT_IN_FUTURE',
    );
    expect(error.message).toContain('2062-05-02T10:00:00Z');
  });

  it('appended to the log, a void corrects it: replay skips the typo, and the later events apply', () => {
    const log = [...afterRestriction, typo, voided, fixed, later];
    const state = unwrap(replay(log, TEP, OPENING));
    expect(state.spoc).toMatchObject({ staffId: STAFF.spoc.staffId, since: '2026-05-02T10:00:00Z' });
    expect(state.lastEventAt).toBe('2026-05-05T09:00:00Z');
    expect(state.reviews.map((r) => r.on)).toEqual(['2026-05-05']);
    expect(state.voided).toMatchObject([
      { eventId: 'crm-8', type: 'spoc-assigned', at: '2062-05-02T10:00:00Z', voidedBy: 'hm-1' },
    ]);
    // The void stays in the trail, dated, with who and why.
    const entry = unwrap(caseTimeline(state, TEP)).entries.find((e) => e.kind === 'event-voided');
    expect(entry).toMatchObject({ on: '2026-05-02', by: 'hm-1' });
    expect(entry?.text).toContain('The year was mistyped');
    // The CRM retrying the typo or the void changes nothing.
    expect(JSON.stringify(unwrap(applyEvent(state, typo, TEP)))).toBe(JSON.stringify(state));
    expect(JSON.stringify(unwrap(applyEvent(state, voided, TEP)))).toBe(JSON.stringify(state));
  });
});

describe('a case across a policy change: the review interval shortened from six months to three on 1 June 2026', () => {
  const revised: Policy = unwrap(
    definePolicy(
      {
        id: TEP.id,
        name: `${TEP.name} (revised June 2026)`,
        effectiveFrom: '2026-06-01',
        restriction: { reviewIntervalMonths: 3 },
      },
      TEP,
    ),
  );
  const versions = [revised, TEP];
  // LADDER's restriction starts on 2 March 2026, its EIA of 21 January: the EIA's review goes with the case review.
  const warnedAgain = (at: string) => ev('written-warning-issued', at, { letterDate: at.slice(0, 10) });

  it('before the change, a case review is due on 2 September; after it, on 2 June', () => {
    const state = unwrap(replay(LADDER, versions, OPENING));
    const review = (at: string) =>
      unwrap(obligations(state, at, versions)).find((o) => o.kind === 'case-review')?.dueOn;
    expect(review('2026-05-31T12:00:00+01:00')).toBe('2026-09-02');
    expect(review('2026-06-01T00:30:00+01:00')).toBe('2026-06-02');
    expect(review('2026-05-31T12:00:00+01:00')).toBe(
      unwrap(obligations(state, '2026-05-31T12:00:00+01:00', TEP)).find((o) => o.kind === 'case-review')
        ?.dueOn,
    );
  });

  it('each step is judged under the version in effect on its day: a warning on 10 June needs the EIA review due 2 June', () => {
    const may = unwrap(replay([...LADDER, warnedAgain('2026-05-20T09:00:00Z')], versions, OPENING));
    expect(may.writtenWarnings).toHaveLength(2);
    const june = refusal(
      replay([...LADDER, warnedAgain('2026-06-10T09:00:00Z')], versions, OPENING),
      'EIA_REQUIRED',
    );
    expect(june.index).toBe(LADDER.length);
    expect(june.message).toContain('2 June 2026');
    // Under the old version alone, the same step passes: its EIA review is not due until September.
    unwrap(replay([...LADDER, warnedAgain('2026-06-10T09:00:00Z')], TEP, OPENING));
  });

  it('the state records which version decided what (NF-8), and the timeline says so', () => {
    const events = [
      ...LADDER,
      ev('eia-reviewed', '2026-06-01T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-06-01T10:00:00Z', { outcome: 'continue', letterDate: '2026-06-01' }),
    ];
    const state: CaseState = unwrap(replay(events, versions, OPENING));
    expect(state.decidedUnder).toEqual([
      { policyId: TEP.id, effectiveFrom: '2000-01-01', fromDecision: 0 },
      { policyId: TEP.id, effectiveFrom: '2026-06-01', fromDecision: LADDER.length },
    ]);
    const entries = unwrap(caseTimeline(state, versions)).entries;
    expect(entries.find((e) => e.kind === 'restriction-imposed')?.policy).toEqual({
      policyId: TEP.id,
      effectiveFrom: '2000-01-01',
    });
    expect(entries.at(-1)?.policy).toEqual({ policyId: TEP.id, effectiveFrom: '2026-06-01' });
    // One event at a time, the same record.
    let stepped = unwrap(openCase(OPENING));
    for (const event of events) stepped = unwrap(applyEvent(stepped, event, versions));
    expect(JSON.stringify(stepped)).toBe(JSON.stringify(state));
    // The next review counts from the June review, three months on.
    const next = unwrap(obligations(state, '2026-06-02T09:00:00Z', versions)).find(
      (o) => o.kind === 'case-review',
    );
    expect(next?.dueOn).toBe('2026-09-01');
  });

  it('the queries take the versions too, answering under the version in effect', () => {
    const state = unwrap(replay(LADDER, versions, OPENING));
    unwrap(allowedEvents(state, '2026-06-10T09:00:00Z', versions));
    unwrap(markers(state, '2026-06-10T09:00:00Z', versions));
    unwrap(caseGate(state, versions));
    expect(unwrap(caseDeadlines(state, versions)).restrictions[0]?.reviewsDue[0]).toBe('2026-09-02');
  });

  it('versions that are not of one policy, or two on one day, are refused with the path', () => {
    const mixed = refusal(replay(LADDER, [TEP, presets.selwood], OPENING), 'POLICY_VERSIONS_INVALID');
    expect(mixed.issues.map((i) => i.path)).toContain('policy[1].id');
    const twice = refusal(
      applyEvent(unwrap(openCase(OPENING)), LADDER[0] as CaseEvent, [
        TEP,
        { ...revised, effectiveFrom: TEP.effectiveFrom },
      ]),
      'POLICY_VERSIONS_INVALID',
    );
    expect(twice.issues.map((i) => i.path)).toEqual(['policy[1].effectiveFrom']);
  });
});

describe("a preset's name, wherever the case machine takes a policy", () => {
  it("'selwood', 'housing-ombudsman-2021' and 'tenancy-enforcement-procedure' answer as the presets do", () => {
    for (const [name, preset] of [
      ['tenancy-enforcement-procedure', presets.tenancyEnforcementProcedure],
      ['housing-ombudsman-2021', presets.housingOmbudsman2021],
      ['selwood', presets.selwood],
    ] as const) {
      const byName = replay(LADDER, name, OPENING);
      expect(byName).toEqual(replay(LADDER, preset, OPENING));
      if (!byName.ok) continue;
      expect(obligations(byName.value, '2026-04-01T09:00:00Z', name)).toEqual(
        obligations(byName.value, '2026-04-01T09:00:00Z', preset),
      );
      expect(caseDeadlines(byName.value, name)).toEqual(caseDeadlines(byName.value, preset));
    }
    const error = refusal(replay(LADDER, 'tep' as never, OPENING), 'INVALID_INPUT');
    expect(error.issues[0]?.path).toBe('policy');
    expect(error.issues[0]?.message).toContain("'tenancy-enforcement-procedure'");
  });
});
