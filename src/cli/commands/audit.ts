import { type AuditFinding, type AuditOptions, auditCase } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption, requiredOption } from '../command.js';
import { printResult, readJson, UsageError } from '../io.js';
import { historyOf } from '../load.js';

/** `audit`: findings on a case's history (`auditCase`). */
export const auditCommand: Command = {
  name: 'audit',
  summary: "findings on a case's history: what was late, missing or at risk of maladministration",
  usage: 'audit <events.json|-> --as-of <instant> [--policy <name|file>] [--json]',
  details:
    'Reads a list of case events, or { events, opening?, contacts? } (contacts: the contact log, with how each contact was handled). Exits 0 with the findings (an audit refuses only malformed data, exit 2).',
  options: {
    ...POLICY_OPTION,
    'as-of': { type: 'string', help: 'the instant to audit as of, e.g. 2026-10-01T09:00:00Z' },
  },
  async run(context) {
    const asOf = requiredOption(context, 'as-of');
    const history = historyOf(await readJson(context.positionals[0], context.io, 'case history'));
    if (history === undefined)
      throw new UsageError('The case history must be a list of events, or { events, opening? }.');
    const policy = await policyOption(context);
    const { opening, contacts } = history as Partial<AuditOptions>;
    const options: AuditOptions = {
      asOf,
      ...(opening === undefined ? {} : { opening }),
      ...(contacts === undefined ? {} : { contacts }),
    };
    const result = auditCase(history.events, policy, options);
    return printResult(result, context.io, context.json, ({ findings }) =>
      findings.length === 0
        ? 'No findings.'
        : findings
            .map(
              (f: AuditFinding) =>
                `${f.on}  ${f.severity}  [${f.rule}]${f.daysLate === undefined ? '' : ` ${f.daysLate} day(s) late`}  ${f.text}`,
            )
            .join('\n'),
    );
  },
};
