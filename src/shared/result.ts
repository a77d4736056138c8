/**
 * Expected failures are values, never exceptions (the neverthrow habit): every public function
 * that can refuse returns a `Result`.
 */

/** Every code a `Failure` can carry. A closed union: a new code is added here, in one place. */
export type ErrorCode =
  /** The input did not match its schema; `issues` lists every bad path. */
  | 'INVALID_INPUT'
  /** A JSON string could not be parsed at all. */
  | 'INVALID_JSON'
  /** A date falls in a year the bank-holiday table does not cover. */
  | 'YEAR_NOT_COVERED'
  /** The policy had not taken effect on the date of the event it was asked about. */
  | 'POLICY_NOT_IN_EFFECT'
  /** None of the policies given was in effect on the date asked about. */
  | 'NO_POLICY_IN_EFFECT'
  /** The policy counts from deemed receipt (NF-6) but the call did not say how the letter was sent. */
  | 'SERVICE_REQUIRED'
  /** The policy sets no default restriction length and the call gave none (TEP-5.2). */
  | 'LENGTH_REQUIRED';

/** One thing wrong with an input: where it is, and what was expected there. */
export interface Issue {
  /** Where in the input, e.g. `policy.appeal.window.length` or `extraClosures[2]`. */
  readonly path: string;
  /** What was expected there, and what was found, in a sentence. */
  readonly message: string;
}

/** Why a call was refused. `code` is stable; `message` is for a person. */
export interface Failure {
  readonly code: ErrorCode;
  readonly message: string;
  /** Every bad path, for `INVALID_INPUT`; empty otherwise. */
  readonly issues: readonly Issue[];
}

/** A success carrying `value`, or a refusal carrying `error`. Plain JSON either way. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Failure };

/**
 * Wraps a value as a success.
 *
 * @example
 * ok(3) // => { ok: true, value: 3 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a refusal.
 *
 * @example
 * fail('YEAR_NOT_COVERED', 'No bank-holiday data for 2099.')
 * // => { ok: false, error: { code: 'YEAR_NOT_COVERED', message: 'No bank-holiday data for 2099.', issues: [] } }
 */
export function fail<T = never>(code: ErrorCode, message: string, issues: readonly Issue[] = []): Result<T> {
  return { ok: false, error: { code, message, issues } };
}
