// What every call must be, whatever it is given: no exception, no INTERNAL_ERROR, a small
// refusal, and a time in proportion to the input (a generous bound, never a tight one).
import { expect } from 'vitest';
import { LIMITS } from '../../src/index.js';

/** Far above any call's real cost (a few ms), so a loaded machine never fails it; a runaway one does. */
export const GENEROUS_MS = 2_000;

/** A refusal's message stays short however bad the input: issues listed × a short line each. */
const MAX_MESSAGE = LIMITS.maxIssuesPerError * 1_000;

const describe = (args: readonly unknown[]): string => {
  try {
    return JSON.stringify(args, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)).slice(0, 300);
  } catch {
    return '(arguments that cannot be shown)';
  }
};

/** Calls `fn` and checks the answer is calm. Returns the answer. */
export function callCalmly(
  name: string,
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[],
): unknown {
  const started = performance.now();
  let answer: unknown;
  try {
    answer = fn(...args);
  } catch (error) {
    expect.fail(`${name} threw ${String(error)} on ${describe(args)}`);
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${name} took ${elapsed.toFixed(0)} ms on ${describe(args)}`).toBeLessThan(GENEROUS_MS);
  if (typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false) {
    const error = (answer as unknown as { error: { code: string; message: string; issues: unknown[] } })
      .error;
    expect(error.code, `${name}: ${error.message.slice(0, 500)} on ${describe(args)}`).not.toBe(
      'INTERNAL_ERROR',
    );
    expect(error.issues.length).toBeLessThanOrEqual(LIMITS.maxIssuesPerError);
    expect(error.message.length, `${name}: message of ${error.message.length} characters`).toBeLessThan(
      MAX_MESSAGE,
    );
  }
  return answer;
}
