import { describeDate } from '../calendar/zone.js';
import { ok, type Result } from '../shared/result.js';
import { RULES, type RuleId } from '../shared/rules.js';
import { validate } from '../shared/validate.js';
import { type CaseloadAudit, CaseloadAuditSchema, type SeverityCounts } from './caseload.js';
import { AUDIT_SEVERITIES } from './severity.js';

/** A table cell: pipes escaped and lines joined, so a landlord's case id cannot break the table. */
const cell = (text: string | number): string =>
  String(text)
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/[\r\n]+/g, ' ');

const row = (cells: readonly (string | number)[]): string => `| ${cells.map(cell).join(' | ')} |`;

const total = (counts: SeverityCounts): number =>
  counts.note + counts.concern + counts['maladministration-risk'];

/** The rule and where to read it, as the rulebook cites it. */
const ruleCell = (rule: RuleId): string => `${rule} (${RULES[rule].document}, ${RULES[rule].section})`;

function byRuleTable(audit: CaseloadAudit): string[] {
  const rules = (Object.keys(audit.byRule) as RuleId[]).sort((a, b) => {
    const x = audit.byRule[a] as SeverityCounts;
    const y = audit.byRule[b] as SeverityCounts;
    return (
      y['maladministration-risk'] - x['maladministration-risk'] ||
      y.concern - x.concern ||
      y.note - x.note ||
      (a < b ? -1 : 1)
    );
  });
  if (rules.length === 0) return ['No findings.'];
  return [
    '| Rule | Maladministration risk | Concern | Note |',
    '|---|---:|---:|---:|',
    ...rules.map((rule) => {
      const counts = audit.byRule[rule] as SeverityCounts;
      return row([ruleCell(rule), counts['maladministration-risk'], counts.concern, counts.note]);
    }),
  ];
}

/**
 * A caseload audit (`auditCaseload`'s value) as a Markdown board report: the totals, findings by
 * rule (gravest first), the worst cases, the oldest unmet obligations, the malformed cases, and
 * what each severity means (the library's default words, `AUDIT_SEVERITIES`). Table cells are
 * escaped, so a case id with a pipe or a newline cannot break a table. A stored audit is
 * validated at the door (`INVALID_INPUT` naming the path).
 *
 * @example
 * auditReportMarkdown(caseload)
 * // => { ok: true, value: '# Unacceptable behaviour policy: caseload audit\n\nAs of Sunday 1 November 2026: 2 cases audited, ...\n\n## Findings by rule\n\n| Rule | Maladministration risk | Concern | Note |\n|---|---:|---:|---:|\n| TEP-2.3 (...) | 1 | 0 | 0 |\n...' }
 */
export function auditReportMarkdown(audit: CaseloadAudit): Result<string> {
  const valid = validate(CaseloadAuditSchema, audit, 'audit');
  if (!valid.ok) return valid;
  const a = valid.value;
  const { cases, bySeverity } = a;
  const lines: string[] = [
    '# Unacceptable behaviour policy: caseload audit',
    '',
    `As of ${describeDate(a.asOfDay)}: ${cases.audited} cases audited, ${cases.withFindings} with findings, ${cases.withMaladministrationRisk} with a maladministration risk; ${cases.malformed} could not be read.`,
    '',
    `Findings: ${bySeverity['maladministration-risk']} maladministration risks, ${bySeverity.concern} concerns, ${bySeverity.note} notes (${total(bySeverity)} in all).`,
    '',
    '## Findings by rule',
    '',
    ...byRuleTable(a),
    '',
    `## Worst cases (the ${a.worst.length} with the gravest findings)`,
    '',
  ];
  if (a.worst.length === 0) lines.push('None.');
  else {
    lines.push('| Case | Maladministration risks | Concerns | Notes | Rules |', '|---|---:|---:|---:|---|');
    for (const worst of a.worst) {
      const { counts } = worst;
      lines.push(
        row([
          worst.caseId,
          counts['maladministration-risk'],
          counts.concern,
          counts.note,
          worst.rules.join(', '),
        ]),
      );
    }
  }
  lines.push('', `## Oldest unmet obligations (the ${a.oldestUnmet.length} overdue longest)`, '');
  if (a.oldestUnmet.length === 0) lines.push('None.');
  else {
    lines.push('| Case | What is owed | Due | Days overdue | Rule |', '|---|---|---|---:|---|');
    for (const unmet of a.oldestUnmet) {
      const what = unmet.subject === undefined ? unmet.kind : `${unmet.kind} (${unmet.subject})`;
      lines.push(row([unmet.caseId, what, unmet.dueOn, unmet.daysOverdue, unmet.rule]));
    }
  }
  if (a.malformed.length > 0) {
    lines.push(
      '',
      `## Cases that could not be read (${a.malformed.length} of ${cases.malformed} listed)`,
      '',
    );
    lines.push('| Case | Position | Event | Why |', '|---|---:|---:|---|');
    for (const bad of a.malformed) {
      lines.push(row([bad.caseId ?? '(no case id)', bad.position, bad.index ?? '', bad.message]));
    }
  }
  lines.push('', '## What the severities mean', '');
  for (const { severity, words } of AUDIT_SEVERITIES) lines.push(`- **${severity}**: ${words}`);
  return ok(`${lines.join('\n')}\n`);
}
