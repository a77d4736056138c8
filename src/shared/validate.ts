import type { z } from 'zod';
import { fail, type Issue, ok, type Result } from './result.js';

/** Formats a zod path as `a.b[2].c`, prefixed with the name the caller gave the input. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(input)' : out;
}

function toIssues(root: string, error: z.core.$ZodError): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // A misplaced or misspelt key is named by its own path, not its parent's.
      for (const key of issue.keys) {
        issues.push({
          path: formatPath(root, [...issue.path, key]),
          message: `unknown key '${key}': not part of this object (check its spelling and where it is nested)`,
        });
      }
      continue;
    }
    issues.push({ path: formatPath(root, issue.path), message: issue.message });
  }
  return issues;
}

/**
 * Validates untrusted input against a schema at the door, turning zod's errors into an
 * `INVALID_INPUT` failure that lists every bad path under `root` (the argument's name).
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, root: string): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = toIssues(root, parsed.error);
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return fail('INVALID_INPUT', `Invalid input. ${summary}`, issues);
}
