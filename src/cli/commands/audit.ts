import type { Result } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption, requiredOption } from '../command.js';
import { printResult, readJson, UsageError } from '../io.js';
import { historyOf } from '../load.js';
import { EXIT } from '../outcome.js';
import { libraryFunction } from '../service/endpoints.js';

interface AuditFinding {
  readonly rule: string;
  readonly severity: string;
  readonly on: string;
  readonly daysLate?: number;
  readonly text: string;
}

/** `audit`: findings on a case's history (auditCase, where this version of the library has it). */
export const auditCommand: Command = {
  name: 'audit',
  summary: "findings on a case's history: what was late, missing or at risk of maladministration",
  usage: 'audit <events.json|-> --as-of <instant> [--policy <name|file>] [--json]',
  details:
    'Reads a list of case events, or { events, opening?, contacts? } (contacts: the contact log, where this version of auditCase reads one). Exits 0 with the findings (an audit refuses only malformed data, exit 2); exit 2 too when this version of the library has no auditCase.',
  options: {
    ...POLICY_OPTION,
    'as-of': { type: 'string', help: 'the instant to audit as of, e.g. 2026-10-01T09:00:00Z' },
  },
  async run(context) {
    const auditCase = libraryFunction('auditCase');
    if (auditCase === undefined) {
      context.io.err(
        'audit is not available in this version of housing-conduct-rules (it has no auditCase).\n',
      );
      return EXIT.badInput;
    }
    const asOf = requiredOption(context, 'as-of');
    const history = historyOf(await readJson(context.positionals[0], context.io, 'case history'));
    if (history === undefined)
      throw new UsageError('The case history must be a list of events, or { events, opening? }.');
    const policy = await policyOption(context);
    const { opening, contacts } = history as { opening?: unknown; contacts?: unknown };
    const options = {
      asOf,
      ...(opening === undefined ? {} : { opening }),
      ...(contacts === undefined ? {} : { contacts }),
    };
    const result = auditCase(history.events, policy, options) as Result<{
      findings: readonly AuditFinding[];
    }>;
    return printResult(result, context.io, context.json, ({ findings }) =>
      findings.length === 0
        ? 'No findings.'
        : findings
            .map(
              (f) =>
                `${f.on}  ${f.severity}  [${f.rule}]${f.daysLate === undefined ? '' : ` ${f.daysLate} day(s) late`}  ${f.text}`,
            )
            .join('\n'),
    );
  },
};
