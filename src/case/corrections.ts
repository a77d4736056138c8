import { reason } from '../shared/reason.js';
import type { Failure, Result } from '../shared/result.js';
import type { EventOf } from './events.js';
import type { Context, Precondition } from './guards.js';
import type { Step } from './updates.js';

/**
 * Corrections (NF-8): the event log is the record and the state what it folds to. A mistaken
 * event is voided by appending an `event-voided`, which `replay` honours by folding the log
 * without it; a stored state cannot un-apply what it folded in, so one event at a time the void
 * is refused, with what to do instead.
 */

/** `REPLAY_REQUIRED`: append the void to the log, and fold the log again with `replay`. */
export const REPLAY_REQUIRED: Failure = {
  code: 'REPLAY_REQUIRED',
  message:
    "An 'event-voided' cannot be applied to a stored state: the state is a cache of the case's event log and cannot un-apply an event. Append the void to the log and fold the log again with replay(events, policy, opening).",
  issues: [],
  reasons: [
    reason(
      'NF-8',
      'The event log is the record and the state what it folds to: a mistaken event is corrected by appending a void, never by changing what was recorded.',
    ),
  ],
};

/** A void is read from the log by `replay`, never applied to a state on its own. */
export const voidsReplayTheLog: Precondition = {
  code: 'REPLAY_REQUIRED',
  rule: 'NF-8',
  check: () => REPLAY_REQUIRED,
};

/** Never reached: `voidsReplayTheLog` refuses first, and `replay` records voids itself. */
export function voidEvent(_context: Context<EventOf<'event-voided'>>): Result<Step> {
  return { ok: false, error: REPLAY_REQUIRED };
}
