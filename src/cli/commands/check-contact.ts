import { checkContact } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption } from '../command.js';
import { printResult, readJson, reasonLines, UsageError } from '../io.js';
import { EXIT } from '../outcome.js';

/** `check-contact`: may this contact go ahead (checkContact). */
export const checkContactCommand: Command = {
  name: 'check-contact',
  summary: 'may a contact go ahead under the restrictions: allow, allow-exclusion, redirect or decline',
  usage: 'check-contact <input.json|-> [--policy <name|file>] [--json]',
  details:
    'Reads { restrictions, contact, protections? }. Exits 0 for allow and allow-exclusion, 1 for redirect and decline.',
  options: { ...POLICY_OPTION },
  async run(context) {
    const input = await readJson(context.positionals[0], context.io, 'input');
    if (typeof input !== 'object' || input === null || !('contact' in input))
      throw new UsageError('The input must be a JSON object { restrictions, contact, protections? }.');
    const { restrictions, contact, protections } = input as Record<string, unknown>;
    const policy = await policyOption(context);
    const result = checkContact(restrictions as never, contact as never, {
      policy,
      ...(protections === undefined ? {} : { protections: protections as never }),
    });
    return printResult(
      result,
      context.io,
      context.json,
      (decision) =>
        [
          `Outcome: ${decision.outcome}`,
          ...(decision.route === undefined ? [] : [`Route: ${JSON.stringify(decision.route)}`]),
          ...(decision.exclusion === undefined ? [] : [`Exclusion: ${decision.exclusion}`]),
          'Reasons:',
          ...reasonLines(decision.reasons),
        ].join('\n'),
      (decision) =>
        decision.outcome === 'redirect' || decision.outcome === 'decline' ? EXIT.refused : EXIT.done,
    );
  },
};
