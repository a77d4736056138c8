import { obligations } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption, requiredOption } from '../command.js';
import { printResult, readJson } from '../io.js';
import { caseStateOf } from '../load.js';

/** `obligations`: what the landlord owes on a case at an instant (obligations). */
export const obligationsCommand: Command = {
  name: 'obligations',
  summary: 'what the landlord owes on a case, when, and what is overdue',
  usage: 'obligations <case.json|-> --at <instant> [--policy <name|file>] [--json]',
  details:
    'Reads a case: its events (a list, or { events, opening? }) or its stored state. Exits 1 when the case history is refused.',
  options: {
    ...POLICY_OPTION,
    at: { type: 'string', help: 'the instant to look from, e.g. 2026-10-01T09:00:00Z' },
  },
  async run(context) {
    const at = requiredOption(context, 'at');
    const input = await readJson(context.positionals[0], context.io, 'case');
    const policy = await policyOption(context);
    const state = caseStateOf(input, policy);
    const result = state.ok ? obligations(state.value, at, policy) : state;
    return printResult(result, context.io, context.json, (owed) =>
      owed.length === 0
        ? `Nothing owed at ${at}.`
        : owed
            .map(
              (o) =>
                `${o.dueOn}${o.overdue ? ' OVERDUE' : ''}  ${o.kind}${o.subject ? ` (${o.subject})` : ''}  [${[...new Set(o.reasons.map((r) => r.rule))].join(', ')}]`,
            )
            .join('\n'),
    );
  },
};
