import {
  type ContactDecision,
  type ContactRoute,
  caseGate,
  checkContact,
  type Policy,
  type Result,
} from '../../index.js';
import { type Command, POLICY_OPTION, policyOption } from '../command.js';
import { printResult, readJson, reasonLines, UsageError } from '../io.js';
import { caseStateOf } from '../load.js';
import { EXIT } from '../outcome.js';

/** The gate's decision: a case's own gate when given a case, else the restrictions given. */
function decide(input: Record<string, unknown>, policy: Policy): Result<ContactDecision> {
  const { restrictions, contact, protections } = input;
  if ('case' in input) {
    const state = caseStateOf(input.case, policy);
    const gate = state.ok ? caseGate(state.value, policy) : state;
    return gate.ok ? gate.value.check(contact as never) : gate;
  }
  return checkContact(restrictions as never, contact as never, {
    policy,
    ...(protections === undefined ? {} : { protections: protections as never }),
  });
}

/** Where a redirected contact goes, in words. */
function routeText(route: ContactRoute): string {
  const parts = [
    route.spoc && `through the single point of contact, ${route.spoc.name} (${route.spoc.staffId})`,
    route.channels && `by ${route.channels.join(' or ')}`,
    route.nominatedPerson && `through the nominated person ${route.nominatedPerson.personId}`,
    route.nextWindow && `next window ${route.nextWindow.startsAt} to ${route.nextWindow.endsAt}`,
    route.avoidStaff && `never through ${route.avoidStaff.join(', ')}`,
    route.callLimitMinutes !== undefined && `calls end within ${route.callLimitMinutes} minutes`,
    route.witness && 'in person only with a witness present',
  ];
  return parts.filter((part): part is string => typeof part === 'string').join('; ');
}

/** `check-contact`: may this contact go ahead (checkContact, or a case's gate). */
export const checkContactCommand: Command = {
  name: 'check-contact',
  summary: 'may a contact go ahead under the restrictions: allow, allow-exclusion, redirect or decline',
  usage: 'check-contact <input.json|-> [--policy <name|file>] [--json]',
  details:
    'Reads { restrictions, contact, protections? }, or a case and a contact: { case, contact }, the case as its events (a list, or { events, opening? }) or its stored state, whose restrictions and protections make the gate (caseGate). Exits 0 for allow and allow-exclusion, 1 for redirect and decline.',
  options: { ...POLICY_OPTION },
  async run(context) {
    const input = await readJson(context.positionals[0], context.io, 'input');
    if (typeof input !== 'object' || input === null || !('contact' in input))
      throw new UsageError(
        'The input must be a JSON object { restrictions, contact, protections? } or { case, contact }.',
      );
    const policy = await policyOption(context);
    const result = decide(input as Record<string, unknown>, policy);
    return printResult(
      result,
      context.io,
      context.json,
      (decision) =>
        [
          `Outcome: ${decision.outcome}`,
          ...(decision.route === undefined ? [] : [`Route: ${routeText(decision.route)}`]),
          ...(decision.exclusion === undefined ? [] : [`Exclusion: ${decision.exclusion}`]),
          'Reasons:',
          ...reasonLines(decision.reasons),
        ].join('\n'),
      (decision) =>
        decision.outcome === 'redirect' || decision.outcome === 'decline' ? EXIT.refused : EXIT.done,
    );
  },
};
