import { deepFreeze } from './freeze.js';

/**
 * The library's own limits on untrusted input: numbers of our own choosing, not any source's,
 * each far beyond what a landlord's real data needs, so hostile or runaway input is refused by
 * path (`INPUT_TOO_LARGE`) before any work is done on it, and a refusal stays small however bad
 * the input was. One place for all of them; docs/reliability.md lists them with their reasons.
 *
 * @example
 * LIMITS.maxListLength // => 10000
 * LIMITS.maxIssuesPerError // => 100
 */
export const LIMITS = deepFreeze({
  /** Items in any list of an input (exclusions, measures, events, ...), unless a limit below says otherwise. */
  maxListLength: 10_000,
  /**
   * Events in one case's log given to `replay`, and so items in any list of a case state (each
   * list of a state grows by at most one item per event): a case with an incident a day for
   * 270 years fits. The events themselves are held to the limits above.
   */
  maxEventsPerLog: 100_000,
  /** Entries in a contact log given to `analyseContacts` (the benchmark's million-contact log fits). */
  maxContacts: 1_000_000,
  /** Characters in any string of an input, keys included (`parsePolicy`'s JSON text has its own limit). */
  maxStringLength: 100_000,
  /** Characters of the JSON text `parsePolicy` reads (a preset is about 20,000). */
  maxJsonTextLength: 1_000_000,
  /** Values (objects, arrays, and everything in them) in one input; a contact log may have 16 more per entry. */
  maxNodes: 2_000_000,
  /** How deeply one input may nest, counting from the argument itself; the landlord's `meta` has its own, `MAX_JSON_DEPTH`. */
  maxDepth: 100,
  /**
   * Characters in a case event's `id`: the state keeps every id it has applied (to know a retry),
   * so ids stay short; a UUID is 36.
   */
  maxEventIdLength: 200,
  /** Restrictions one contact gate holds (`checkContact`, `compileContactGate`). */
  maxRestrictionsPerGate: 1_000,
  /** Call windows in one `call-windows` measure (a week of seven days has room for many). */
  maxWindowsPerMeasure: 100,
  /** Behaviours on one incident (the vocabulary has 32 codes). */
  maxBehavioursPerIncident: 100,
  /** Issues listed in one refusal; `issueCount` keeps the total when more were found. */
  maxIssuesPerError: 100,
  /** Characters of a bad value quoted in a message; longer values are cut, with their length said. */
  maxQuotedLength: 60,
});

/** The shape of `LIMITS`. */
export type Limits = typeof LIMITS;
