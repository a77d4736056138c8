// Issue 10: the audit of a real case history, "its event log has retries, typos, policy changes
// and gaps". The audit reads the log as `replay` does (ids, retries, voids) and judges each step
// under the policy version in effect on its day (NF-8).
import { describe, expect, it } from 'vitest';
import {
  type AuditFinding,
  auditCase,
  auditCaseload,
  type CaseEvent,
  definePolicy,
  type ErrorCode,
  obligations,
  type Policy,
  presets,
  replay,
} from '../../src/index.js';
import { ev, incident, LADDER, OPENING, STAFF, TEP, warning } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const ASOF = '2026-11-01T12:00:00Z';
const IDS = LADDER.map((event, index) => ({ ...event, id: `crm-${index}` }) as CaseEvent);
const voids = (eventId: string, at: string, reason = 'recorded in error'): CaseEvent =>
  ev('event-voided', at, { eventId, reason });
const audit = (events: readonly CaseEvent[], policy: Parameters<typeof auditCase>[1] = TEP, asOf = ASOF) =>
  unwrap(auditCase(events, policy, { asOf, opening: OPENING }));

/** A finding without its words (which name event positions), its index mapped by `at`. */
const gist = (f: AuditFinding, at: (index: number) => number = (i) => i) => ({
  kind: f.kind,
  rule: f.rule,
  severity: f.severity,
  on: f.on,
  index: f.index === undefined ? undefined : at(f.index),
  dueOn: f.dueOn,
  daysLate: f.daysLate,
  code: f.code,
  obligation: f.obligation,
  subject: f.subject,
});

/** The restriction reviewed late: 20 September, due 2 September (TEP-10), the EIA with it. */
const REVIEWED_LATE = [
  ...IDS,
  { ...ev('eia-reviewed', '2026-09-20T09:00:00Z', { needs: [], proportionate: true }), id: 'crm-7' },
  {
    ...ev('case-reviewed', '2026-09-20T10:00:00Z', { outcome: 'continue', letterDate: '2026-09-20' }),
    id: 'crm-8',
  },
] as CaseEvent[];

describe("a corrected typo: '2062-05-02' for '2026-05-02', voided by an appended event-voided", () => {
  const typo = {
    ...ev('spoc-assigned', '2062-05-02T10:00:00Z', { spoc: { ...STAFF.spoc } }),
    id: 'crm-typo',
  };
  const fixed = {
    ...ev('spoc-assigned', '2026-05-02T10:00:00Z', { spoc: { ...STAFF.spoc } }),
    id: 'crm-fix',
  };
  const voided = voids('crm-typo', '2026-05-02T10:30:00Z', 'The year was mistyped: 2062 for 2026.');
  const clean = [...REVIEWED_LATE.slice(0, 7), fixed, ...REVIEWED_LATE.slice(7)];
  const log = [...REVIEWED_LATE.slice(0, 7), typo, voided, fixed, ...REVIEWED_LATE.slice(7)];

  it('has no finding about the typo: the findings are the clean log’s, and the void stays in the trail', () => {
    const corrected = audit(log);
    // Positions 7 and 8 (the typo and its void) are not in the clean log: 9 onwards are 7 onwards there.
    const toClean = (index: number) => (index >= 9 ? index - 2 : index);
    expect(corrected.findings.map((f) => gist(f, toClean))).toEqual(
      audit(clean).findings.map((f) => gist(f)),
    );
    expect(corrected.findings.some((f) => f.index === 7 || f.index === 8)).toBe(false);
    expect(corrected.findings.some((f) => f.kind === 'after-as-of')).toBe(false);
    // The review 18 days late is still found, at its own position in the log.
    expect(corrected.findings.find((f) => f.obligation === 'case-review')).toMatchObject({
      kind: 'met-late',
      index: 11,
      daysLate: 18,
    });
    expect(corrected.state.voided).toMatchObject([
      { eventId: 'crm-typo', type: 'spoc-assigned', at: '2062-05-02T10:00:00Z', voidedBy: STAFF.manager },
    ]);
    expect(corrected.state.decisions.find((d) => d.type === 'event-voided')?.reasons[0]?.text).toContain(
      'The year was mistyped',
    );
    expect(JSON.stringify(corrected.state)).toBe(JSON.stringify(unwrap(replay(log, TEP, OPENING))));
  });

  it('uncorrected, the typo is a note left out (after the audit’s date); the events after it are audited', () => {
    const uncorrected = audit([...REVIEWED_LATE.slice(0, 7), typo, fixed, ...REVIEWED_LATE.slice(7)]);
    expect(uncorrected.findings.filter((f) => f.kind === 'after-as-of').map((f) => f.index)).toEqual([7]);
    expect(uncorrected.state.spoc?.since).toBe('2026-05-02T10:00:00Z');
  });

  it('a void dated after the audit’s date is not yet on the log: the event it voids is audited, the void a note', () => {
    // A second written warning, voided in December; audited as of 1 November it still stands.
    const second = { ...warning('2026-04-01T09:00:00Z'), id: 'crm-w2' } as CaseEvent;
    const december = voids('crm-w2', '2026-12-01T09:00:00Z');
    const asItStood = audit([...IDS, second, december]);
    expect(asItStood.state.writtenWarnings).toHaveLength(2);
    expect(asItStood.state.voided).toBeUndefined();
    expect(asItStood.findings.filter((f) => f.kind === 'after-as-of').map((f) => f.index)).toEqual([8]);
    const later = audit([...IDS, second, december], TEP, '2026-12-02T00:00:00Z');
    expect(later.state.writtenWarnings).toHaveLength(1);
    expect(later.state.voided?.map((v) => v.eventId)).toEqual(['crm-w2']);
  });
});

describe('with no opening, the audit opens the case where replay does', () => {
  // The mistyped year on the very first event: replay opens at the first event neither voided
  // nor a void, so the void unlocks the case; the audit must open it there too.
  const typoFirst = { ...incident('inc-0', '2062-01-04T09:00:00Z'), id: 'crm-typo' } as CaseEvent;
  const fixedFirst = { ...incident('inc-0', '2026-01-04T09:00:00Z'), id: 'crm-fix' } as CaseEvent;
  const rest = IDS; // from 5 January 2026
  const unopened = (events: readonly CaseEvent[]) => unwrap(auditCase(events, TEP, { asOf: ASOF }));

  it('a voided first event: the state is replay’s, and no step is refused out of order', () => {
    const log = [typoFirst, voids('crm-typo', '2026-01-04T09:30:00Z'), fixedFirst, ...rest];
    const audited = unopened(log);
    expect(audited.state.openedAt).toBe(fixedFirst.at);
    expect(JSON.stringify(audited.state)).toBe(JSON.stringify(unwrap(replay(log, TEP))));
    expect(audited.findings.filter((f) => f.code === 'EVENT_OUT_OF_ORDER')).toEqual([]);
  });

  it('an unvoided first event after the audit’s date: a note, and the case opens at the first event on the log by then', () => {
    const audited = unopened([typoFirst, fixedFirst, ...rest]);
    expect(audited.state.openedAt).toBe(fixedFirst.at);
    expect(audited.findings.filter((f) => f.kind === 'after-as-of').map((f) => f.index)).toEqual([0]);
    expect(audited.findings.filter((f) => f.code === 'EVENT_OUT_OF_ORDER')).toEqual([]);
  });
});

describe('a retry storm: the CRM sent every event three times', () => {
  const storm = REVIEWED_LATE.flatMap((event) => [event, { ...event }, { ...event }]);

  it('the audit of the storm has the clean log’s findings, each at its first sending, and its state', () => {
    const clean = audit(REVIEWED_LATE);
    const stormy = audit(storm);
    expect(clean.findings.length).toBeGreaterThan(0);
    expect(stormy.findings.map((f) => gist(f))).toEqual(clean.findings.map((f) => gist(f, (i) => i * 3)));
    expect(JSON.stringify(stormy.state)).toBe(JSON.stringify(clean.state));
    expect(stormy.state.writtenWarnings).toHaveLength(1);
  });

  it('with departures in it too: each step taken with no EIA is one finding, not three', () => {
    const noEia = storm.filter((event) => event.type !== 'eia-completed');
    const cleanNoEia = REVIEWED_LATE.filter((event) => event.type !== 'eia-completed');
    const eiaRequired = (events: CaseEvent[]) =>
      audit(events)
        .findings.filter((f) => f.code === 'EIA_REQUIRED')
        .map((f) => f.index as number);
    // The warning, the restriction and the review (3, 5, 7 in the clean log), each at its first sending.
    expect(eiaRequired(cleanNoEia)).toEqual([3, 5, 7]);
    expect(eiaRequired(noEia)).toEqual([9, 15, 21]);
  });
});

describe('a case across a policy change: reviews every three months from 1 June 2026, not six (TEP-10)', () => {
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
  /** The restriction of 2 March reviewed on 20 June: on time under six months, late under three. */
  const june = [
    ...LADDER,
    ev('eia-reviewed', '2026-06-20T09:00:00Z', { needs: [], proportionate: true }),
    ev('case-reviewed', '2026-06-20T10:00:00Z', { outcome: 'continue', letterDate: '2026-06-20' }),
  ];

  it('a review on 20 June is 18 days late under the version in effect then (due 2 June), and on time under the old', () => {
    const changed = audit(june, versions, '2026-06-30T12:00:00Z');
    expect(changed.findings.find((f) => f.obligation === 'case-review')).toMatchObject({
      kind: 'met-late',
      rule: 'TEP-10',
      severity: 'concern',
      index: 8,
      on: '2026-06-20',
      dueOn: '2026-06-02',
      daysLate: 18,
    });
    expect(audit(june, TEP, '2026-06-30T12:00:00Z').findings.filter((f) => f.kind === 'met-late')).toEqual(
      [],
    );
  });

  it('the state records which version decided what, as replay records it; what is owed is asked under the new version', () => {
    const changed = audit(june, versions, '2026-06-30T12:00:00Z');
    expect(changed.state.decidedUnder).toEqual([
      { policyId: TEP.id, effectiveFrom: '2000-01-01', fromDecision: 0 },
      { policyId: TEP.id, effectiveFrom: '2026-06-01', fromDecision: LADDER.length },
    ]);
    expect(JSON.stringify(changed.state)).toBe(JSON.stringify(unwrap(replay(june, versions, OPENING))));
    const asOf = '2026-06-30T12:00:00Z';
    expect(changed.obligations).toEqual(unwrap(obligations(changed.state, asOf, versions)));
    // Three months from the start's schedule (2 September), sooner than three from the review.
    expect(changed.obligations.find((o) => o.kind === 'case-review')?.dueOn).toBe('2026-09-02');
  });

  it('never reviewed: overdue from 2 June under the new version, 150 days by 30 October', () => {
    const never = audit(LADDER, versions, '2026-10-30T12:00:00Z');
    expect(never.findings.find((f) => f.obligation === 'case-review')).toMatchObject({
      kind: 'never-met',
      dueOn: '2026-06-02',
      daysLate: 150,
      severity: 'maladministration-risk',
    });
  });

  it('a caseload takes the versions, and a preset’s name, as auditCase does', () => {
    const load = unwrap(
      auditCaseload([{ caseId: 'c-1', events: june, opening: OPENING }], versions, {
        asOf: '2026-06-30T12:00:00Z',
      }),
    );
    expect(load.byRule['TEP-10']?.concern).toBeGreaterThan(0);
    const byName = unwrap(
      auditCaseload([{ caseId: 'c-1', events: LADDER }], 'tenancy-enforcement-procedure', { asOf: ASOF }),
    );
    expect(byName).toEqual(unwrap(auditCaseload([{ caseId: 'c-1', events: LADDER }], TEP, { asOf: ASOF })));
    refusal(auditCaseload([], [TEP, presets.selwood], { asOf: ASOF }), 'POLICY_VERSIONS_INVALID');
  });

  it("a preset's name is read as the preset; versions not of one policy are refused with the path", () => {
    expect(auditCase(LADDER, 'tenancy-enforcement-procedure', { asOf: ASOF })).toEqual(
      auditCase(LADDER, TEP, { asOf: ASOF }),
    );
    const mixed = refusal(
      auditCase(LADDER, [TEP, presets.selwood], { asOf: ASOF }),
      'POLICY_VERSIONS_INVALID',
    );
    expect(mixed.issues.map((i) => i.path)).toContain('policy[1].id');
    expect(refusal(auditCase(LADDER, 'tep' as never, { asOf: ASOF }), 'INVALID_INPUT').issues[0]?.path).toBe(
      'policy',
    );
  });

  it('a step before any version took effect is a note, and the state records the version that judged it', () => {
    const ho = presets.housingOmbudsman2021;
    const early = [incident('inc-1', '2021-05-01T10:00:00Z')];
    const { state } = unwrap(auditCase(early, ho, { asOf: '2021-07-01T00:00:00Z' }));
    expect(state.decidedUnder).toEqual([
      { policyId: ho.id, effectiveFrom: ho.effectiveFrom, fromDecision: 0 },
    ]);
  });
});

describe('a log whose ids do not hold together is malformed data: refused with its index, as replay refuses it', () => {
  const typo = { ...incident('inc-9', '2026-01-20T16:00:00Z'), id: 'crm-typo' } as CaseEvent;
  const cases: [ErrorCode, CaseEvent[], number][] = [
    ['EVENT_ID_CONFLICT', [...IDS.slice(0, 3), { ...(IDS[0] as CaseEvent), by: 'ho-2' }], 3],
    ['VOIDED_EVENT_NOT_FOUND', [...IDS.slice(0, 2), voids('crm-nope', '2026-01-07T09:00:00Z')], 2],
    [
      'EVENT_ALREADY_VOIDED',
      [
        ...IDS.slice(0, 3),
        typo,
        voids('crm-typo', '2026-01-21T09:00:00Z'),
        voids('crm-typo', '2026-01-21T10:00:00Z'),
      ],
      5,
    ],
    [
      'EVENT_NOT_VOIDABLE',
      [
        ...IDS.slice(0, 3),
        typo,
        { ...voids('crm-typo', '2026-01-21T09:00:00Z'), id: 'v-1' } as CaseEvent,
        voids('v-1', '2026-01-21T10:00:00Z'),
      ],
      5,
    ],
  ];

  it.each(cases)('%s', (code, log, index) => {
    const error = refusal(auditCase(log, TEP, { asOf: ASOF, opening: OPENING }), code);
    expect(error.index).toBe(index);
    expect(error).toEqual(refusal(replay(log, TEP, OPENING), code));
    // In a caseload, the case is counted malformed with its index, and the others are audited.
    const load = unwrap(
      auditCaseload(
        [
          { caseId: 'bad', events: log },
          { caseId: 'good', events: IDS },
        ],
        TEP,
        { asOf: ASOF },
      ),
    );
    expect(load.cases).toMatchObject({ audited: 1, malformed: 1 });
    expect(load.malformed).toEqual([
      {
        caseId: 'bad',
        position: 0,
        index,
        code,
        message: error.message.replaceAll('events[', 'cases[0].events['),
      },
    ]);
  });
});
