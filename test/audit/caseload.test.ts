// auditCaseload and its board report: bounded lists, the worst first, malformed cases named.
import { describe, expect, it } from 'vitest';
import { auditCaseload, auditReportMarkdown, CASELOAD_TOP_DEFAULT, type CaseEvent } from '../../src/index.js';
import { ev, LADDER, OPENING, TEP } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const ASOF = '2026-11-01T12:00:00Z';
const REVIEWED: CaseEvent[] = [
  ...LADDER,
  ev('teams-informed', '2026-03-02T12:00:00Z', { teams: ['customer-service-centre', 'repairs-contractors'] }),
  ev('eia-reviewed', '2026-08-28T09:00:00Z', { needs: [], proportionate: true }),
  ev('case-reviewed', '2026-08-28T10:00:00Z', { outcome: 'continue', letterDate: '2026-08-28' }),
];
/** No EIA and never reviewed: the gravest case. */
const NO_EIA = LADDER.filter((event) => event.type !== 'eia-completed');

function* caseload() {
  yield { caseId: 'tidy', events: REVIEWED, opening: { ...OPENING, caseId: 'tidy' } };
  yield { caseId: 'no-eia', events: NO_EIA, opening: { ...OPENING, caseId: 'no-eia' } };
  yield { caseId: 'unreviewed', events: LADDER };
  yield { caseId: 'lost', events: [LADDER[0], { type: 'case-reviewed', by: 'hm-1' }] };
  yield { caseId: 'a|b', events: LADDER };
}

describe('auditCaseload', () => {
  it('counts every case from a generator, keeps the worst first and names the malformed one with its event', () => {
    const load = unwrap(
      auditCaseload(caseload() as Iterable<{ caseId: string; events: CaseEvent[] }>, TEP, {
        asOf: ASOF,
        top: 2,
      }),
    );
    expect(load.cases).toEqual({ audited: 4, withFindings: 3, withMaladministrationRisk: 3, malformed: 1 });
    expect(load.worst.map((w) => w.caseId)).toEqual(['no-eia', 'a|b']);
    expect(load.worst[0]?.rules[0]).toBe('TEP-2.3');
    expect(load.malformed).toEqual([
      expect.objectContaining({ caseId: 'lost', position: 3, index: 1, code: 'INVALID_INPUT' }),
    ]);
    // The oldest unmet: the teams never told of the restriction of 2 March (TEP-9), in two of the cases.
    expect(load.oldestUnmet).toHaveLength(2);
    expect(load.oldestUnmet[0]).toMatchObject({
      kind: 'teams-to-inform',
      dueOn: '2026-03-02',
      daysOverdue: 244,
      rule: 'TEP-9',
    });
    expect(load.byRule['TEP-2.3']?.['maladministration-risk']).toBe(2);
  });

  it('keeps twenty of each list unless told', () => {
    expect(CASELOAD_TOP_DEFAULT).toBe(20);
    const many = Array.from({ length: 25 }, (_, n) => ({ caseId: `c-${n}`, events: LADDER }));
    const load = unwrap(auditCaseload(many, TEP, { asOf: ASOF }));
    expect(load.worst).toHaveLength(20);
    expect(load.cases.audited).toBe(25);
  });

  it('refuses only what is not a caseload at all, or a malformed policy or options', () => {
    expect(refusal(auditCaseload(42 as never, TEP, { asOf: ASOF }), 'INVALID_INPUT').issues[0]?.path).toBe(
      'cases',
    );
    expect(
      refusal(auditCaseload('cases' as never, TEP, { asOf: ASOF }), 'INVALID_INPUT').issues[0]?.path,
    ).toBe('cases');
    expect(refusal(auditCaseload([], TEP, { asOf: ASOF, top: 0 }), 'INVALID_INPUT').issues[0]?.path).toBe(
      'options.top',
    );
    const junk = unwrap(auditCaseload([null, 7] as never, TEP, { asOf: ASOF }));
    expect(junk.cases.malformed).toBe(2);
    // A cursor that fails part way: a refusal at the position reached, never an exception.
    function* failing() {
      yield { caseId: 'c-0', events: LADDER };
      yield { caseId: 'c-1', events: LADDER };
      throw new Error('connection reset');
    }
    const failed = refusal(auditCaseload(failing(), TEP, { asOf: ASOF }), 'INVALID_INPUT');
    expect(failed.issues[0]?.path).toBe('cases[2]');
    expect(failed.message).toContain('connection reset');
  });
});

describe('auditReportMarkdown', () => {
  it('draws the board report: totals, findings by rule, the worst cases, the oldest unmet, the malformed, the severities', () => {
    const load = unwrap(
      auditCaseload(caseload() as Iterable<{ caseId: string; events: CaseEvent[] }>, TEP, {
        asOf: ASOF,
        top: 2,
      }),
    );
    const report = unwrap(auditReportMarkdown(load));
    expect(report).toContain(
      'As of Sunday 1 November 2026: 4 cases audited, 3 with findings, 3 with a maladministration risk; 1 could not be read.',
    );
    expect(report).toContain('| Rule | Maladministration risk | Concern | Note |');
    expect(report).toMatch(
      /\| TEP-2\.3 \(Unacceptable Behaviour – Tenancy Enforcement Procedure, [^)]*\) \| 2 \| 0 \| 0 \|/,
    );
    // A pipe in a landlord's case id is escaped, so the table holds.
    expect(report).toContain('| a\\|b |');
    expect(report).toContain('| lost | 3 | 1 |');
    expect(report).toContain('- **maladministration-risk**: Library default:');
  });

  it('refuses what is not a caseload audit, naming the path', () => {
    expect(
      refusal(auditReportMarkdown({ asOf: ASOF } as never), 'INVALID_INPUT').issues.map((i) => i.path),
    ).toContain('audit.cases');
  });
});
