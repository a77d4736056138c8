import type { z } from 'zod';
import { deepFreeze } from '../shared/freeze.js';
import type { Issue } from '../shared/result.js';
import { type CaseState, CaseStateSchema } from './state.js';

/**
 * States the library hands back are sealed: deep-frozen, their keys in the schema's order, and
 * remembered as valid, so the next call's door trusts them without parsing them again. Only the
 * parts a step made are checked and frozen; the parts it kept from the state before are already
 * sealed and are shared, so sealing costs what the step changed, not what the case holds. A state
 * read from JSON is parsed in full once, then sealed the same way. docs/performance.md explains it.
 *
 * The memo is a `WeakSet` per schema of frozen values that schema accepted: they can never
 * change, so the verdict stays true, and the answer is exactly the one a full parse would give.
 */

/** Per schema, the frozen values it accepted (and so still accepts). */
const SEALED = new WeakMap<z.ZodType, WeakSet<object>>();

function sealedBy(schema: z.ZodType): WeakSet<object> {
  let set = SEALED.get(schema);
  if (set === undefined) {
    set = new WeakSet();
    SEALED.set(schema, set);
  }
  return set;
}

/** Lists made by appending to another (`appendedTo`): the list each was made from. */
const BASES = new WeakMap<readonly unknown[], readonly unknown[]>();

/**
 * A new list of `list`'s items and then `items`, remembered as made from `list`, so sealing it
 * checks only the items added rather than comparing the whole history.
 */
export function appendedTo<T>(list: readonly T[], ...items: T[]): T[] {
  const out = [...list, ...items];
  BASES.set(out, list);
  return out;
}

/** Lists a fold made (`appending` inside `replay`), which it alone holds and may append to in place. */
const OWNED = new WeakSet<readonly unknown[]>();

/**
 * `list` with `items` added at the end. Outside a fold (`inPlace` false, as in `applyEvent`) it
 * is a new list (`appendedTo`). Inside a fold (`replay`, whose states no caller sees until it
 * returns) it is `list` itself, appended in place, when the fold made it; any other list, such as
 * the opening state's, a caller's or a sealed (frozen) one, is copied once, and the copy is the
 * fold's from then on. So a long history is not copied on every event, and no list the fold did
 * not make is ever changed.
 */
export function appending<T>(inPlace: boolean, list: readonly T[], ...items: T[]): T[] {
  if (!inPlace) return appendedTo(list, ...items);
  if (OWNED.has(list) && !Object.isFrozen(list)) {
    const own = list as T[];
    for (const item of items) own.push(item);
    return own;
  }
  const copy = [...list, ...items];
  OWNED.add(copy);
  return copy;
}

/** For a list the fold made, per way of keying its items: the keys of the items read so far, and how many were read. */
const KEYS = new WeakMap<
  readonly unknown[],
  WeakMap<object, { counted: number; readonly keys: Set<unknown> }>
>();

/**
 * Whether an item of `list` has `key` (`keyOf(item) === key`). For a list the fold made, which
 * only grows at its end, the keys read are remembered and only the items added since are read:
 * a look-up inside `replay` costs the same however long the history. Any other list is read
 * through, as before. `keyOf` is a function kept for good (it keys the memo).
 */
export function holds<T>(list: readonly T[], key: unknown, keyOf: (item: T) => unknown): boolean {
  if (!OWNED.has(list)) return list.some((item) => keyOf(item) === key);
  let byKey = KEYS.get(list);
  if (byKey === undefined) {
    byKey = new WeakMap();
    KEYS.set(list, byKey);
  }
  let read = byKey.get(keyOf);
  if (read === undefined) {
    read = { counted: 0, keys: new Set() };
    byKey.set(keyOf, read);
  }
  for (; read.counted < list.length; read.counted++) read.keys.add(keyOf(list[read.counted] as T));
  return read.keys.has(key);
}

/** Whether `state` is a state the library sealed (returned by `applyEvent`, `replay`, `openCase`, a door). */
export function isSealedState(state: unknown): state is CaseState {
  return typeof state === 'object' && state !== null && sealedBy(CaseStateSchema).has(state);
}

type Def = { type: string; checks?: unknown[]; shape?: Record<string, z.ZodType>; catchall?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A plain object schema, strict, with no checks of its own: its fields can be sealed one by one. */
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.type !== 'object' || (def.checks?.length ?? 0) > 0) return undefined;
  if (def.catchall === undefined || defOf(def.catchall).type !== 'never') return undefined;
  return (schema as z.ZodObject).shape as Record<string, z.ZodType>;
}

/** A plain list schema with no checks of its own (no minimum or maximum): its items can be sealed one by one. */
function itemOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type !== 'array' || (def.checks?.length ?? 0) > 0) return undefined;
  return (schema as z.ZodArray).element as z.ZodType;
}

type Path = readonly (string | number)[];

/** Parses a value the walk cannot take apart, freezing and remembering the schema's output. */
function parsed(schema: z.ZodType, value: unknown, path: Path, issues: Issue[]): unknown {
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({ path: ['state', ...path, ...issue.path].join('.'), message: issue.message });
    }
    return value;
  }
  const output = deepFreeze(result.data);
  if (typeof output === 'object' && output !== null) sealedBy(schema).add(output);
  return output;
}

/**
 * The value as `schema` would give it back, frozen and remembered, checking only what is new:
 * a value `schema` already accepted is shared, and so is a list's prefix shared with `before`
 * (the value at the same place in the state before the step, when that state is sealed).
 */
function seal(
  schema: z.ZodType,
  value: unknown,
  before: unknown,
  path: Path,
  issues: Issue[] | undefined,
): unknown {
  if (typeof value === 'object' && value !== null && sealedBy(schema).has(value)) return value;
  const type = defOf(schema).type;
  if ((type === 'optional' && value === undefined) || (type === 'nullable' && value === null)) return value;
  if (type === 'optional' || type === 'nullable') {
    const inner = (schema as z.ZodOptional).unwrap() as z.ZodType;
    return seal(inner, value, before, path, issues);
  }
  const item = itemOf(schema);
  if (item !== undefined && Array.isArray(value)) {
    const shared = Array.isArray(before) ? before : [];
    // Made by appending to the list before: only the items added are new.
    if (shared.length > 0 && BASES.get(value) === shared && sealedBy(schema).has(shared)) {
      for (let i = shared.length; i < value.length; i++) {
        value[i] = seal(item, value[i], undefined, [...path, i], issues);
      }
      return finish(schema, value);
    }
    // Built by `push`, not `new Array(n)`: a frozen list with holes would be slow to read.
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      out.push(
        i < shared.length && element === shared[i]
          ? element
          : seal(item, element, undefined, [...path, i], issues),
      );
    }
    return finish(schema, out);
  }
  const fields = fieldsOf(schema);
  if (fields !== undefined && isPlainRecord(value) && knownKeys(value, fields)) {
    const prior = isPlainRecord(before) ? before : undefined;
    const out: Record<string, unknown> = {};
    for (const key in fields) {
      if (!Object.hasOwn(value, key)) continue;
      out[key] = seal(fields[key] as z.ZodType, value[key], prior?.[key], [...path, key], issues);
    }
    return finish(schema, out);
  }
  if (issues !== undefined) return parsed(schema, value, path, issues);
  // Trusted: the schema's own output, already checked.
  deepFreeze(value);
  if (typeof value === 'object' && value !== null) sealedBy(schema).add(value);
  return value;
}

const finish = <T extends object>(schema: z.ZodType, value: T): T => {
  Object.freeze(value);
  sealedBy(schema).add(value);
  return value;
};

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

function knownKeys(value: Record<string, unknown>, fields: Record<string, z.ZodType>): boolean {
  for (const key in value) if (!Object.hasOwn(fields, key)) return false;
  return true;
}

/**
 * The state a step made, sealed: keys in the schema's order, frozen, remembered as valid, with
 * the parts shared with `before` (a sealed state) taken as they are. A state the schema would
 * refuse is a library bug, or a date the calendar cannot hold (a restriction ending after 2999):
 * it is refused with `INTERNAL_ERROR` naming the paths, rather than handed back for the next call
 * to refuse.
 */
export function sealState(state: CaseState, before?: CaseState): { state: CaseState } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const prior = before !== undefined && isSealedState(before) ? before : undefined;
  const out = seal(CaseStateSchema, state, prior, [], issues) as CaseState;
  return issues.length > 0 ? { issues } : { state: out };
}

/**
 * Seals a state a door has just parsed in full (`CaseStateSchema`'s output, so valid and in the
 * schema's order) without checking it again, so later calls trust it.
 */
export function sealParsed(state: CaseState): CaseState {
  return seal(CaseStateSchema, state, undefined, [], undefined) as CaseState;
}
