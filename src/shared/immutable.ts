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

  /** Records `value` as accepted when it is immutable data; returns whether it did. */
  remember(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !isImmutableData(value)) return false;
    this.#accepted.add(value);
    return true;
  }
}
