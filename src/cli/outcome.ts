// What a refusal means to the caller: bad input (exit 2, HTTP 400) or a refusal on the policy's
// grounds (exit 1, HTTP 422). One list, read by the command line and the service alike.

/** Library codes that mean the input itself was bad, not that the policy refused it. */
const BAD_INPUT_CODES: ReadonlySet<string> = new Set([
  'INVALID_INPUT',
  'INPUT_TOO_LARGE',
  'INVALID_JSON',
  'UNSUPPORTED_SCHEMA_VERSION',
]);

/** Whether a refusal's code says the input was bad. */
export const isBadInput = (code: string): boolean => BAD_INPUT_CODES.has(code);

/** The command line's exit codes (documented in `--help` and docs/cli.md). */
export const EXIT = {
  /** Done: the answer is printed. */
  done: 0,
  /** A refusal or a decline: an event refused, a contact redirected or declined, a notice not applicable. */
  refused: 1,
  /** Bad input or usage: unreadable JSON, input the library refuses as invalid, an unknown option. */
  badInput: 2,
  /** The command line itself failed: a bug, to be reported. */
  failed: 3,
} as const;
