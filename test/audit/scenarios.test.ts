// Audits of case histories with each departure the audit looks for, built from the sources'
// sentences: each finding checked for its rule, severity, event index, day and days late.
import { describe, expect, it } from 'vitest';
import {
  type AuditContact,
  type AuditFinding,
  auditCase,
  type CaseEvent,
  presets,
  replay,
} from '../../src/index.js';
import {
  eia,
  ev,
  incident,
  informal,
  LADDER,
  OPENING,
  restriction,
  STAFF,
  TEP,
  warning,
} from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const ASOF = '2026-11-01T12:00:00Z';

/** The audit's findings for a history on the default policy. */
function findingsOf(events: readonly CaseEvent[], asOf = ASOF, contacts?: AuditContact[]): AuditFinding[] {
  return [
    ...unwrap(auditCase(events, TEP, { asOf, opening: OPENING, ...(contacts && { contacts }) })).findings,
  ];
}

/** The one finding matching, failing the test when there is none or more than one. */
function theFinding(findings: readonly AuditFinding[], match: Partial<AuditFinding>): AuditFinding {
  const found = findings.filter((f) =>
    Object.entries(match).every(([k, v]) => f[k as keyof AuditFinding] === v),
  );
  expect(
    found,
    JSON.stringify(findings.map((f) => [f.kind, f.code ?? f.obligation, f.index, f.on])),
  ).toHaveLength(1);
  return found[0] as AuditFinding;
}

/** The ladder with the restriction reviewed on time (28 August 2026), the EIA with it, the teams told. */
const REVIEWED: CaseEvent[] = [
  ...LADDER,
  ev('teams-informed', '2026-03-02T12:00:00Z', { teams: ['customer-service-centre', 'repairs-contractors'] }),
  ev('eia-reviewed', '2026-08-28T09:00:00Z', { needs: [], proportionate: true }),
  ev('case-reviewed', '2026-08-28T10:00:00Z', { outcome: 'continue', letterDate: '2026-08-28' }),
];

describe('TEP-2.3: "an equality impact assessment is completed before ... contact is restricted"', () => {
  it('a restriction with no EIA on file is a maladministration risk at its event', () => {
    const noEia = LADDER.filter((event) => event.type !== 'eia-completed');
    const findings = findingsOf(noEia);
    const found = theFinding(findings, { code: 'EIA_REQUIRED', index: 5 });
    expect(found).toMatchObject({
      kind: 'refused-step',
      rule: 'TEP-2.3',
      severity: 'maladministration-risk',
      on: '2026-03-02',
      citation: { document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure' },
    });
    expect(found.daysLate).toBeUndefined();
    expect(found.reasons?.map((r) => r.rule)).toEqual(['TEP-2.3']);
    // The written warning before it was formal action with no EIA too.
    expect(theFinding(findings, { code: 'EIA_REQUIRED', index: 3 }).on).toBe('2026-01-22');
    // The audit still reconstructs the restriction, and its record says what was wrong.
    const { state } = unwrap(auditCase(noEia, TEP, { asOf: ASOF, opening: OPENING }));
    expect(state.stage).toBe('restricted');
    expect(
      state.decisions.at(-1)?.reasons.some((r) => r.text.includes('is completed before restricting contact')),
    ).toBe(true);
  });
});

describe('TEP-4.4: "if it persists after that, contact is managed"', () => {
  it('a restriction with no written warning on file and no reason to skip it is a maladministration risk', () => {
    const noWarning = LADDER.filter((event) => event.type !== 'written-warning-issued');
    const found = theFinding(findingsOf(noWarning), { code: 'WARNING_REQUIRED' });
    expect(found).toMatchObject({
      index: 5,
      rule: 'TEP-4.4',
      severity: 'maladministration-risk',
      on: '2026-03-02',
    });
  });
});

describe('TEP-10: "every case is reviewed at least every six months"', () => {
  it('a review 18 days after it fell due (2 September) is a concern, on the day done, at its event', () => {
    const late = [
      ...LADDER,
      ev('eia-reviewed', '2026-09-20T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-09-20T10:00:00Z', { outcome: 'continue', letterDate: '2026-09-20' }),
    ];
    const findings = findingsOf(late);
    expect(theFinding(findings, { kind: 'met-late', obligation: 'case-review' })).toMatchObject({
      index: 8,
      on: '2026-09-20',
      dueOn: '2026-09-02',
      daysLate: 18,
      rule: 'TEP-10',
      severity: 'concern',
    });
    // TEP-2.4: "the EIA is reviewed with every case review": late with it.
    expect(theFinding(findings, { kind: 'met-late', obligation: 'eia-review' })).toMatchObject({
      index: 7,
      daysLate: 18,
      rule: 'TEP-2.4',
      severity: 'concern',
    });
  });

  it('a restriction never reviewed is a maladministration risk, 60 days overdue on 1 November', () => {
    const found = theFinding(findingsOf(LADDER), { kind: 'never-met', obligation: 'case-review' });
    expect(found).toMatchObject({
      on: '2026-09-02',
      dueOn: '2026-09-02',
      daysLate: 60,
      rule: 'TEP-10',
      severity: 'maladministration-risk',
      subject: 'r-1',
    });
    expect(found.index).toBeUndefined();
    // And the EIA that rests under it, never reviewed with it (TEP-2.4).
    expect(theFinding(findingsOf(LADDER), { kind: 'never-met', obligation: 'eia-review' }).severity).toBe(
      'maladministration-risk',
    );
  });

  it('a review due while the restriction was in force, never done before it ended, is still found', () => {
    // Seven months from 2 March: in force to 1 October, its review due 2 September, never done.
    const short = [...LADDER.slice(0, -1), restriction('2026-03-02T10:00:00Z', { months: 7 })];
    expect(theFinding(findingsOf(short), { kind: 'never-met', obligation: 'case-review' })).toMatchObject({
      on: '2026-09-02',
      daysLate: 29,
      severity: 'maladministration-risk',
    });
  });

  it('"the customer is written to with the outcome of every review": a letter never sent is a concern', () => {
    const unwritten = [
      ...REVIEWED.slice(0, -1),
      ev('case-reviewed', '2026-08-28T10:00:00Z', { outcome: 'continue' }),
    ];
    expect(theFinding(findingsOf(unwritten), { obligation: 'review-outcome-letter' })).toMatchObject({
      kind: 'never-met',
      on: '2026-08-28',
      daysLate: 65,
      rule: 'TEP-10',
      severity: 'concern',
    });
    // Sent three days later: a note, at the letter's event.
    const sentLate = [
      ...unwritten,
      ev('customer-informed', '2026-08-31T09:00:00Z', { about: 'case-reviewed', letterDate: '2026-08-31' }),
    ];
    expect(theFinding(findingsOf(sentLate), { obligation: 'review-outcome-letter' })).toMatchObject({
      kind: 'met-late',
      index: unwritten.length,
      daysLate: 3,
      severity: 'note',
    });
  });
});

describe('TEP-11.2: "the outcome is given within 28 days of receiving the appeal"; NF-4', () => {
  const appealed = [...REVIEWED.slice(0, 8), ev('appeal-received', '2026-03-05T09:00:00Z', {}, 'cust-1')];

  it('an appeal received on 5 March and decided on 10 April is 8 days late: a concern', () => {
    const decided = ev(
      'appeal-decided',
      '2026-04-10T09:00:00Z',
      { outcome: 'dismissed', byRole: 'senior-officer', letterDate: '2026-04-10' },
      STAFF.senior,
    );
    expect(theFinding(findingsOf([...appealed, decided]), { obligation: 'appeal-decision' })).toMatchObject({
      kind: 'met-late',
      index: 9,
      on: '2026-04-10',
      dueOn: '2026-04-02',
      daysLate: 8,
      rule: 'TEP-11.2',
      severity: 'concern',
    });
  });

  it('an appeal decided by the manager who imposed the restriction is a maladministration risk', () => {
    const byImposer = ev(
      'appeal-decided',
      '2026-03-20T09:00:00Z',
      { outcome: 'dismissed', byRole: 'senior-officer', letterDate: '2026-03-20' },
      STAFF.manager,
    );
    expect(
      theFinding(findingsOf([...appealed, byImposer]), { code: 'DECIDER_NOT_INDEPENDENT' }),
    ).toMatchObject({
      index: 9,
      on: '2026-03-20',
      rule: 'NF-4',
      severity: 'maladministration-risk',
    });
  });
});

describe('TEP-6: "if the SPOC hands over, even temporarily, the customer must be told"', () => {
  it('a handover on 1 April the customer was never told of is a concern, 30 days on at 1 May', () => {
    const events = [
      ...REVIEWED.slice(0, 8),
      ev('spoc-assigned', '2026-03-02T11:00:00Z', { spoc: { ...STAFF.spoc } }),
      ev('spoc-handover', '2026-04-01T09:00:00Z', { to: { ...STAFF.cover }, temporary: true }),
    ];
    expect(
      theFinding(findingsOf(events, '2026-05-01T12:00:00Z'), { obligation: 'spoc-change-notice' }),
    ).toMatchObject({
      kind: 'never-met',
      on: '2026-04-01',
      daysLate: 30,
      rule: 'TEP-6',
      severity: 'concern',
      subject: 'sp-2',
    });
  });
});

describe('TEP-8: a restriction is enforced only while it is in force', () => {
  it('a breach recorded 10 days after a one-month restriction ended is a concern, 10 days late', () => {
    const events = [
      ...LADDER.slice(0, -1),
      restriction('2026-03-02T10:00:00Z', { months: 1 }),
      incident('inc-4', '2026-04-11T09:00:00Z'),
      ev('restriction-breached', '2026-04-11T10:00:00Z', { incidentId: 'inc-4' }),
    ];
    expect(theFinding(findingsOf(events), { code: 'NO_ACTIVE_RESTRICTION' })).toMatchObject({
      kind: 'refused-step',
      index: 8,
      on: '2026-04-11',
      daysLate: 10,
      rule: 'TEP-8',
      severity: 'concern',
    });
  });

  it('"legal warning letter, injunction, ...": an injunction with no legal warning letter first is a maladministration risk', () => {
    const events = [
      ...LADDER,
      incident('inc-4', '2026-04-01T09:00:00Z'),
      ev('restriction-breached', '2026-04-01T10:00:00Z', { incidentId: 'inc-4' }),
      ev('breach-warning-issued', '2026-04-02T09:00:00Z', { letterDate: '2026-04-02' }),
      incident('inc-5', '2026-04-20T09:00:00Z'),
      ev('restriction-breached', '2026-04-20T10:00:00Z', { incidentId: 'inc-5' }),
      ev('legal-action-taken', '2026-05-01T09:00:00Z', { step: 'injunction' }),
    ];
    expect(theFinding(findingsOf(events), { code: 'LEGAL_STEP_OUT_OF_ORDER' })).toMatchObject({
      index: 12,
      on: '2026-05-01',
      rule: 'TEP-8',
      severity: 'maladministration-risk',
    });
  });
});

describe('TEP-7: exclusions "are always received and acted on"', () => {
  it('an emergency call declined and a safeguarding report redirected are maladministration risks; a repair taken is not', () => {
    const contacts: AuditContact[] = [
      {
        at: '2026-05-02T22:10:00Z',
        direction: 'inbound',
        channel: 'phone',
        subject: 'emergency',
        handled: 'declined',
      },
      {
        id: 'c-2',
        at: '2026-05-03T10:00:00Z',
        direction: 'inbound',
        channel: 'email',
        subject: 'safeguarding',
        handled: 'redirected',
      },
      {
        at: '2026-05-04T10:00:00Z',
        direction: 'inbound',
        channel: 'phone',
        subject: 'urgent-repair',
        handled: 'taken',
      },
      {
        at: '2026-05-05T10:00:00Z',
        direction: 'inbound',
        channel: 'phone',
        subject: 'general',
        handled: 'declined',
      },
    ];
    const refused = findingsOf(REVIEWED, ASOF, contacts).filter((f) => f.kind === 'exclusion-refused');
    expect(refused.map((f) => [f.contactIndex, f.on, f.rule, f.severity])).toEqual([
      [0, '2026-05-02', 'TEP-7', 'maladministration-risk'],
      [1, '2026-05-03', 'TEP-7', 'maladministration-risk'],
    ]);
    expect(refused[1]?.text).toContain("'c-2'");
  });
});

describe('SC-2: "that staff member must have no further contact with the resident"', () => {
  const reported = [
    ...REVIEWED.slice(0, 8),
    ev('staff-conduct-reported', '2026-04-01T09:00:00Z', { staffId: 'ho-7' }, STAFF.manager),
  ];

  it('a reported officer ending an interaction with the resident is a step the machine refuses: a maladministration risk at that event', () => {
    const events = [
      ...reported,
      ev('interaction-ended', '2026-04-10T09:00:00Z', { channel: 'phone' }, 'ho-7'),
    ];
    expect(theFinding(findingsOf(events), { code: 'PROTECTION_IN_FORCE' })).toMatchObject({
      kind: 'refused-step',
      index: 9,
      on: '2026-04-10',
      rule: 'SC-2',
      severity: 'maladministration-risk',
    });
    expect(findingsOf(events).filter((f) => f.kind === 'protected-staff-acted')).toEqual([]);
  });

  it('an incident the reported officer records is kept as evidence: a concern, not a refusal', () => {
    const events = [...reported, { ...incident('inc-9', '2026-04-10T09:00:00Z'), by: 'ho-7' } as CaseEvent];
    expect(theFinding(findingsOf(events), { kind: 'protected-staff-acted' })).toMatchObject({
      index: 9,
      on: '2026-04-10',
      subject: 'ho-7',
      rule: 'SC-2',
      severity: 'concern',
    });
    expect(findingsOf(events).filter((f) => f.kind === 'refused-step')).toEqual([]);
  });

  it('a call from the reported officer in the contact log is one too; after the resident is satisfied, neither is', () => {
    const call: AuditContact = {
      at: '2026-04-12T09:00:00Z',
      direction: 'outbound',
      channel: 'phone',
      subject: 'general',
      staffId: 'ho-7',
      handled: 'taken',
    };
    expect(theFinding(findingsOf(reported, ASOF, [call]), { kind: 'protected-staff-contact' })).toMatchObject(
      {
        contactIndex: 0,
        on: '2026-04-12',
        rule: 'SC-2',
        severity: 'maladministration-risk',
      },
    );
    const satisfied = [
      ...reported,
      ev('staff-conduct-resolved', '2026-04-05T09:00:00Z', { staffId: 'ho-7', residentSatisfied: true }),
      ev('interaction-ended', '2026-04-10T09:00:00Z', { channel: 'phone' }, 'ho-7'),
    ];
    const after = findingsOf(satisfied, ASOF, [call]);
    expect(after.filter((f) => f.rule === 'SC-2')).toEqual([]);
  });
});

describe('a history kept by the book', () => {
  it('has no maladministration risk, and the strict machine accepts it', () => {
    unwrap(replay(REVIEWED, TEP, OPENING));
    const findings = findingsOf(REVIEWED, '2026-09-01T12:00:00Z');
    expect(findings.filter((f) => f.severity === 'maladministration-risk')).toEqual([]);
    expect(findings.filter((f) => f.kind === 'refused-step')).toEqual([]);
  });
});

describe('what a real log holds: typos, policy changes, malformed data', () => {
  it('an event mistyped into 2062 is a note and left out; the events after it are still audited', () => {
    const typo = { ...ev('case-reviewed', '2062-05-02T10:00:00Z', { outcome: 'continue' }) };
    const events = [...REVIEWED.slice(0, 8), typo, ...REVIEWED.slice(8)];
    const findings = findingsOf(events);
    expect(theFinding(findings, { kind: 'after-as-of' })).toMatchObject({
      index: 8,
      rule: 'NF-8',
      severity: 'note',
    });
    expect(findings.filter((f) => f.kind === 'refused-step')).toEqual([]);
  });

  it('an event out of order is a note and skipped', () => {
    const events = [
      ...LADDER,
      ev('eia-reviewed', '2026-02-01T09:00:00Z', { needs: [], proportionate: true }),
    ];
    expect(theFinding(findingsOf(events), { code: 'EVENT_OUT_OF_ORDER' })).toMatchObject({
      index: 7,
      severity: 'note',
      rule: 'NF-8',
    });
  });

  it('a step dated before the policy took effect is a note, and judged under it all the same', () => {
    const ho = presets.housingOmbudsman2021;
    const early = [incident('inc-1', '2021-05-01T10:00:00Z'), eia('2021-05-02T10:00:00Z')];
    const audit = unwrap(auditCase(early, ho, { asOf: '2021-07-01T00:00:00Z' }));
    expect(
      audit.findings.filter((f) => f.code === 'POLICY_NOT_IN_EFFECT').map((f) => [f.index, f.severity]),
    ).toEqual([
      [0, 'note'],
      [1, 'note'],
    ]);
    expect(audit.state.eia).toBeDefined();
  });

  it('a malformed event is refused with its index; the policy and options are checked at the door', () => {
    const bad = [
      ...LADDER.slice(0, 2),
      { type: 'eia-completed', at: 'yesterday', by: 'hm-1' },
    ] as CaseEvent[];
    const error = refusal(auditCase(bad, TEP, { asOf: ASOF }), 'INVALID_INPUT');
    expect(error.index).toBe(2);
    expect(error.issues.map((i) => i.path)).toContain('events[2].at');
    const options = refusal(auditCase(LADDER, TEP, { asOf: 'soon' }), 'INVALID_INPUT');
    expect(options.issues.map((i) => i.path)).toEqual(['options.asOf']);
  });

  it('the obligations outstanding at the audit date are returned', () => {
    const { obligations } = unwrap(auditCase(LADDER, TEP, { asOf: ASOF, opening: OPENING }));
    expect(obligations.find((o) => o.kind === 'case-review')).toMatchObject({
      dueOn: '2026-09-02',
      overdue: true,
    });
  });

  it('informal action first: a warning with none before it is a concern (TEP-4.2)', () => {
    const events = [
      incident('inc-1', '2026-01-05T10:00:00Z'),
      eia('2026-01-06T09:00:00Z'),
      warning('2026-01-07T09:00:00Z'),
    ];
    expect(theFinding(findingsOf(events), { code: 'INFORMAL_ACTION_REQUIRED' })).toMatchObject({
      index: 2,
      rule: 'TEP-4.2',
      severity: 'concern',
    });
    void informal;
  });
});
