import { caseDeadlines } from '../../index.js';
import { type Command, POLICY_OPTION, policyOption } from '../command.js';
import { printResult, readJson } from '../io.js';
import { caseStateOf } from '../load.js';

/** `deadlines`: every date the policy gives a case's facts (caseDeadlines). */
export const deadlinesCommand: Command = {
  name: 'deadlines',
  summary: 'every date the policy gives a case: last days in force, appeal deadlines, reviews, decisions due',
  usage: 'deadlines <case.json|-> [--reviews-until <date>] [--policy <name|file>] [--json]',
  details:
    'Reads a case: its events (a list, or { events, opening? }) or its stored state. Exits 1 when the case history is refused.',
  options: {
    ...POLICY_OPTION,
    'reviews-until': {
      type: 'string',
      help: 'list reviews up to this civil date (needed for an open-ended restriction)',
    },
  },
  async run(context) {
    const input = await readJson(context.positionals[0], context.io, 'case');
    const policy = await policyOption(context);
    const until = context.values['reviews-until'];
    const state = caseStateOf(input, policy);
    const result = state.ok
      ? caseDeadlines(state.value, policy, typeof until === 'string' ? { reviewsUntil: until } : undefined)
      : state;
    return printResult(
      result,
      context.io,
      context.json,
      (dates) =>
        [
          ...dates.restrictions.map(
            (r) =>
              `Restriction ${r.restrictionId}: from ${r.startsOn} to ${r.lastDayInForce ?? '(open-ended)'}; appeal by ${r.appealLastDay ?? '(no appeal)'}; reviews ${r.reviewsDue.join(', ') || 'none'}`,
          ),
          ...dates.appeals.map(
            (a) =>
              `Appeal on ${a.restrictionId} received ${a.receivedOn}: decide by ${a.decisionDue ?? '(no deadline)'}${a.decided ? ' (decided)' : ''}`,
          ),
          ...dates.reconsiderations.map(
            (a) =>
              `Reconsideration on ${a.restrictionId} received ${a.receivedOn}: decide by ${a.decisionDue ?? '(no deadline)'}${a.decided ? ' (decided)' : ''}`,
          ),
        ].join('\n') || 'No restriction, appeal or reconsideration on the case.',
    );
  },
};
