import { replay } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption } from '../command.js';
import { printResult, readJson, UsageError } from '../io.js';
import { historyOf } from '../load.js';

/** `replay`: a case's history folded into its state (replay). */
export const replayCommand: Command = {
  name: 'replay',
  summary: "fold a case's history into its state, or say which event is refused and why",
  usage: 'replay <events.json|-> [--policy <name|file>] [--json]',
  details:
    "Reads a list of case events, or { events, opening? } (opening: openCase's input). Prints the state (--json: the Result with the state to store). Exits 1 when an event is refused (error.index says which).",
  options: { ...POLICY_OPTION },
  async run(context) {
    const history = historyOf(await readJson(context.positionals[0], context.io, 'case history'));
    if (history === undefined)
      throw new UsageError('The case history must be a list of events, or { events, opening? }.');
    const policy = await policyOption(context);
    return printResult(replay(history.events, policy, history.opening), context.io, context.json, (state) =>
      [
        `Case ${state.caseId ?? '(no id)'}: stage ${state.stage}, ${state.incidents.length} incident(s)`,
        ...state.restrictions.map(
          (r) =>
            `Restriction ${r.id}: from ${r.startsOn}, measures ${r.measures.map((m) => m.kind).join(', ')}`,
        ),
      ].join('\n'),
    );
  },
};
