import fc from 'fast-check';
import { expect } from 'vitest';
import type { ErrorCode, Failure, Result } from '../src/shared/result.js';

/** The value of a success; fails the test, showing the error, otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a refusal with the given code; fails the test otherwise. */
export function refusal<T>(result: Result<T>, code: ErrorCode): Failure {
  if (result.ok) expect.fail(`expected ${code}, got ok: ${JSON.stringify(result.value).slice(0, 300)}`);
  expect(result.error.code).toBe(code);
  return result.error;
}

/** The paths an INVALID_INPUT refusal names. */
export function badPaths<T>(result: Result<T>): string[] {
  return refusal(result, 'INVALID_INPUT').issues.map((issue) => issue.path);
}

/** Civil dates from `min` to `max` inclusive, for property tests. */
export function civilDates(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}
