/**
 * Recognising data that can never change, so a door may check it once and trust it after.
 *
 * A value is *immutable data* when it and everything reachable from it are frozen plain objects
 * and arrays (no Map, no Date, no class instance, no getter or setter) holding strings, numbers,
 * booleans and null. Such a value can never change, so any answer worked out from it (that it is
 * valid, the gate compiled from it) stays true for as long as it lives. The first look walks it;
 * the verdict is kept in a `WeakSet`, so later looks cost one lookup and the memory goes with the
 * value. This is the only state the library keeps between calls, and it is observationally pure:
 * it is consulted only for values that cannot change, so it can make an answer faster but never
 * different. docs/performance.md explains the caches built on it.
 */

const IMMUTABLE = new WeakSet<object>();

const isPlainProto = (value: object): boolean => {
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Whether `value` is immutable data (frozen all the way down, plain, no accessors). Primitives
 * are. The walk is bounded by `maxNodes`: a larger value is simply not recognised.
 *
 * @example
 * isImmutableData(Object.freeze({ a: Object.freeze([1, 2]) })) // => true
 * isImmutableData({ a: 1 }) // => false (not frozen)
 */
export function isImmutableData(value: unknown, maxNodes = 100_000): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'function';
  if (IMMUTABLE.has(value)) return true;
  const seen = new Set<object>();
  const pending: object[] = [value];
  while (pending.length > 0) {
    const next = pending.pop() as object;
    if (IMMUTABLE.has(next) || seen.has(next)) continue;
    if (seen.size >= maxNodes || !Object.isFrozen(next) || !isPlainProto(next)) return false;
    seen.add(next);
    for (const key of Reflect.ownKeys(next)) {
      if (typeof key === 'symbol') return false;
      const descriptor = Object.getOwnPropertyDescriptor(next, key) as PropertyDescriptor;
      if (!('value' in descriptor)) return false;
      const child: unknown = descriptor.value;
      if (typeof child === 'object' && child !== null) pending.push(child);
      else if (typeof child === 'function' || typeof child === 'symbol' || typeof child === 'bigint')
        return false;
    }
    if (Array.isArray(next)) {
      // A hole reads as undefined, which no JSON list holds.
      for (let i = 0; i < next.length; i++) if (!Object.hasOwn(next, i)) return false;
    }
  }
  for (const object of seen) IMMUTABLE.add(object);
  return true;
}

/** What the input guard (`checkInput`) would count walking a value: its values, depth and widest container. */
export interface WalkStats {
  /** Values in all, the value itself included. */
  readonly nodes: number;
  /** Containers nested below it (0: it holds no object or list). */
  readonly depth: number;
  /** The most items of any list, or keys of any object, in it. */
  readonly widest: number;
}

const STATS = new WeakMap<object, WalkStats>();

function statsOf(value: unknown): WalkStats {
  if (typeof value !== 'object' || value === null) return { nodes: 1, depth: 0, widest: 0 };
  const known = STATS.get(value);
  if (known !== undefined) return known;
  const children = Object.values(value);
  let nodes = 1;
  let depth = 0;
  let widest = children.length;
  for (const child of children) {
    const stats = statsOf(child);
    nodes += stats.nodes;
    if (typeof child === 'object' && child !== null && stats.depth + 1 > depth) depth = stats.depth + 1;
    if (stats.widest > widest) widest = stats.widest;
  }
  const stats = { nodes, depth, widest };
  STATS.set(value, stats);
  return stats;
}

/**
 * What the input guard would count walking an immutable value that a door has accepted, so the
 * guard can account for it without walking it again; `undefined` for any other value.
 */
export function acceptedStats(value: object): WalkStats | undefined {
  return STATS.get(value);
}

/** Whether two plain-data values are the same JSON, keys and their order aside, `undefined` values included. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Remembers, per schema (or any key object), the immutable values it accepted. `accepted` says
 * whether `value` is one; `remember` records one (the caller has just validated it).
 */
export class AcceptedValues {
  readonly #accepted = new WeakSet<object>();

  /** Whether `value` was accepted before (and so, being immutable, still would be). */
  has(value: unknown): boolean {
    return typeof value === 'object' && value !== null && this.#accepted.has(value);
  }

  /**
   * Records `value` as accepted when it is immutable data; returns whether it did. The caller has
   * just validated it, guard and schema, and the schema's output was the same data (no default
   * filled, nothing transformed), so the value itself can stand for the output.
   */
  remember(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !isImmutableData(value)) return false;
    statsOf(value);
    this.#accepted.add(value);
    return true;
  }
}
