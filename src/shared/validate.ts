import { z } from 'zod';
import { countOf } from './describe.js';
import { checkInput, type InputBounds, pathText } from './guard.js';
import { AcceptedValues, sameData } from './immutable.js';
import { LIMITS } from './limits.js';
import { type Failure, fail, type Issue, ok, type Result } from './result.js';

/** Formats a zod path as `a.b[2].c`, prefixed with the name the caller gave the input; long keys are cut short. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  return pathText(root, path);
}

/** Collects issues, keeping the first `LIMITS.maxIssuesPerError` and counting the rest. */
export class IssueList {
  readonly kept: Issue[] = [];
  total = 0;
  add(issue: Issue): void {
    this.total += 1;
    if (this.kept.length < LIMITS.maxIssuesPerError) this.kept.push(issue);
  }
  get full(): boolean {
    return this.kept.length >= LIMITS.maxIssuesPerError;
  }
}

/**
 * One `INVALID_INPUT` refusal listing `issues` (at most `LIMITS.maxIssuesPerError` of them; the
 * message and `issueCount` say how many more there were).
 *
 * @example
 * invalidInput([{ path: 'contact.at', message: 'expected an instant' }])
 * // => { ok: false, error: { code: 'INVALID_INPUT', message: 'Invalid input. contact.at: expected an instant', issues: [...] } }
 */
export function invalidInput<T = never>(issues: readonly Issue[], total: number = issues.length): Result<T> {
  const kept = issues.length > LIMITS.maxIssuesPerError ? issues.slice(0, LIMITS.maxIssuesPerError) : issues;
  const count = Math.max(total, issues.length);
  const more = count - kept.length;
  const summary = kept.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  const tail = more > 0 ? ` (and ${countOf(more)} more: ${countOf(count)} issues in all)` : '';
  const refusal = fail<T>('INVALID_INPUT', `Invalid input. ${summary}${tail}`, kept);
  return more > 0 && !refusal.ok ? { ok: false, error: { ...refusal.error, issueCount: count } } : refusal;
}

/**
 * Several refusals as one: input errors are listed together (so one refusal names every bad path
 * of every argument); any other refusal (`INPUT_TOO_LARGE`, a refusal on the policy's grounds)
 * stands alone, the first of them.
 */
export function combineFailures(failures: readonly Failure[]): Failure | undefined {
  const first = failures[0];
  if (first === undefined) return undefined;
  const other = failures.find((failure) => failure.code !== 'INVALID_INPUT');
  if (other !== undefined) return other;
  if (failures.length === 1) return first;
  const issues: Issue[] = [];
  let total = 0;
  for (const failure of failures) {
    total += failure.issueCount ?? failure.issues.length;
    for (const issue of failure.issues) if (issues.length < LIMITS.maxIssuesPerError) issues.push(issue);
  }
  return (invalidInput(issues, total) as { error: Failure }).error;
}

function toIssues(root: string, error: z.core.$ZodError, into: IssueList): void {
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // A misplaced or misspelt key is named by its own path, not its parent's.
      for (const key of issue.keys) {
        const shown = key.length > LIMITS.maxQuotedLength ? `${key.slice(0, LIMITS.maxQuotedLength)}…` : key;
        into.add({
          path: formatPath(root, [...issue.path, key]),
          message: `unknown key '${shown}': not part of this object (check its spelling and where it is nested)`,
        });
      }
      continue;
    }
    into.add({ path: formatPath(root, issue.path), message: issue.message });
  }
}

/** Whether a zod refusal is of a size limit (a list or string over its `.max`). */
function overLimit(error: z.core.$ZodError): boolean {
  return error.issues.some(
    (issue) => issue.code === 'too_big' && (issue.origin === 'array' || issue.origin === 'string'),
  );
}

/**
 * Immutable values each schema has accepted (shared/immutable.ts): a deep-frozen policy (a preset,
 * or what `definePolicy` and `parsePolicy` return), a deep-frozen restriction list. Such a value
 * cannot change, so it need not be checked again: the memo makes `validate` faster, never
 * different. Schemas whose output differs from their input (a default filled, a transform) never
 * have a value remembered, because the value could not then stand for the output.
 */
const ACCEPTED = new WeakMap<z.ZodType, AcceptedValues>();

function acceptedBy(schema: z.ZodType): AcceptedValues {
  let accepted = ACCEPTED.get(schema);
  if (accepted === undefined) {
    accepted = new AcceptedValues();
    ACCEPTED.set(schema, accepted);
  }
  return accepted;
}

/** Whether `schema` has accepted `value` before, as immutable data it still accepts. */
export function isAccepted(schema: z.ZodType, value: unknown): boolean {
  return ACCEPTED.get(schema)?.has(value) === true;
}

/**
 * Records an immutable value the library itself produced from `schema`'s output (`definePolicy`,
 * `parsePolicy`): the schema accepts it again unchanged, so it can be trusted as it stands.
 */
export function rememberAccepted(schema: z.ZodType, value: unknown): void {
  acceptedBy(schema).remember(value);
}

/** A field's own schema, an optional one unwrapped (an absent field is no value to remember). */
function fieldSchema(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** Stands in for a field whose value its schema already accepted: passes it through as it is. */
const ALREADY_ACCEPTED = z.any();
const DERIVED = new WeakMap<z.ZodType, Map<string, z.ZodType>>();

/** The object schema with the named fields taken as already accepted, its own checks kept; made once. */
function withAccepted(schema: z.ZodObject, keys: readonly string[]): z.ZodType {
  let byKeys = DERIVED.get(schema);
  if (byKeys === undefined) {
    byKeys = new Map();
    DERIVED.set(schema, byKeys);
  }
  const id = keys.join('\u0000');
  let derived = byKeys.get(id);
  if (derived === undefined) {
    derived = schema.safeExtend(Object.fromEntries(keys.map((key) => [key, ALREADY_ACCEPTED])));
    byKeys.set(id, derived);
  }
  return derived;
}

/** The fields of an object input whose values their schemas already accepted. */
function acceptedFields(schema: z.ZodType, input: unknown): string[] | undefined {
  if (!(schema instanceof z.ZodObject) || typeof input !== 'object' || input === null) return undefined;
  let keys: string[] | undefined;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'object' && value !== null && isAccepted(fieldSchema(field), value)) {
      if (keys === undefined) keys = [];
      keys.push(key);
    }
  }
  return keys;
}

/** After a success: remember the input, and each field's value, that is immutable and came out unchanged. */
function rememberInputs(schema: z.ZodType, input: unknown, output: unknown): void {
  if (typeof input !== 'object' || input === null) return;
  if (Object.isFrozen(input) && sameData(input, output)) acceptedBy(schema).remember(input);
  if (!(schema instanceof z.ZodObject)) return;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) continue;
    const inner = fieldSchema(field);
    if (!isAccepted(inner, value) && sameData(value, (output as Record<string, unknown>)[key])) {
      acceptedBy(inner).remember(value);
    }
  }
}

/**
 * Validates untrusted input against a schema at the door: first a walk that refuses what is too
 * big (`INPUT_TOO_LARGE`) or not plain data (a Map, a Date, a class instance, a value that
 * contains itself), then the schema, whose errors become an `INVALID_INPUT` failure listing the
 * bad paths under `root` (the argument's name), at most `LIMITS.maxIssuesPerError` of them.
 *
 * An immutable value the schema accepted before is trusted as it stands, and so is an immutable
 * field value its field's schema accepted (a preset policy inside an input): the answer, refusal
 * messages included, is the same as checking it again.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root: string,
  bounds?: InputBounds,
): Result<z.output<S>> {
  // The memo holds verdicts under the default bounds only: a call with its own bounds checks afresh.
  const memo = bounds === undefined;
  if (memo && isAccepted(schema, input)) return ok(input as z.output<S>);
  const problem = checkInput(input, root, bounds);
  if (problem !== undefined) return { ok: false, error: problem };
  const trusted = memo ? acceptedFields(schema, input) : undefined;
  const checked: z.ZodType =
    trusted === undefined ? schema : withAccepted(schema as unknown as z.ZodObject, trusted);
  const parsed = checked.safeParse(input);
  if (parsed.success) {
    if (memo) rememberInputs(schema, input, parsed.data);
    return ok(parsed.data as z.output<S>);
  }
  const issues = new IssueList();
  toIssues(root, parsed.error, issues);
  const refusal = invalidInput<z.output<S>>(issues.kept, issues.total);
  if (!overLimit(parsed.error) || refusal.ok) return refusal;
  const message = refusal.error.message.replace(/^Invalid input\./, 'Input too large.');
  return { ok: false, error: { ...refusal.error, code: 'INPUT_TOO_LARGE', message } };
}

/**
 * Validates a long list one item at a time (a contact log), so a list of bad items costs work in
 * proportion to its length and a refusal that stays small: every item is checked, the issues are
 * counted, and the first `LIMITS.maxIssuesPerError` are kept.
 */
export function validateEach<S extends z.ZodType>(
  itemSchema: S,
  list: readonly unknown[],
  root: string,
): Result<z.output<S>[]> {
  const issues = new IssueList();
  const out: z.output<S>[] = [];
  for (let index = 0; index < list.length; index++) {
    const parsed = itemSchema.safeParse(list[index]);
    if (parsed.success) out.push(parsed.data);
    else toIssues(`${root}[${index}]`, parsed.error, issues);
  }
  return issues.total > 0 ? invalidInput(issues.kept, issues.total) : ok(out);
}

/** Whether a value is a plain object: `{}` or `Object.create(null)`, not an array, a Map, a Date or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The keys of an options object that are not among `allowed`, each as an issue naming it: options
 * are strict, so a misspelt one (`{ Policy: p }`) is refused rather than silently ignored.
 *
 * @example
 * unknownKeys({ Policy: {} }, ['policy', 'customer'], '') // => [{ path: 'Policy', message: "unknown key 'Policy': ..." }]
 */
export function unknownKeys(value: object, allowed: readonly string[], root: string): Issue[] {
  const issues: Issue[] = [];
  for (const key of Object.keys(value)) {
    if (allowed.includes(key) || issues.length >= LIMITS.maxIssuesPerError) continue;
    const shown = key.length > LIMITS.maxQuotedLength ? `${key.slice(0, LIMITS.maxQuotedLength)}…` : key;
    issues.push({
      path: formatPath(root, [key]),
      message: `unknown key '${shown}': not part of this object (expected only ${allowed.map((name) => `'${name}'`).join(', ')})`,
    });
  }
  return issues;
}
