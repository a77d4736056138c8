// Near misses: a valid argument list with one value, at one path, replaced by something wrong.
import { LIMITS } from '../../src/index.js';

class Appointment {
  readonly at = '2026-03-02T09:00:00Z';
}

const deep = (levels: number, array: boolean): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = array ? [value] : { a: value };
  return value;
};

const circular = (): unknown => {
  const value: Record<string, unknown> = { id: 'x' };
  value.self = value;
  return value;
};

/** What goes in place of a valid value: each wrong type, huge, empty, odd numbers, non-JSON values. */
export const MUTATIONS: readonly [string, () => unknown][] = [
  ['a string', () => 'x'],
  ['a number', () => 1],
  ['true', () => true],
  ['null', () => null],
  ['undefined', () => undefined],
  ['an empty object', () => ({})],
  ['an empty list', () => []],
  ['an empty string', () => ''],
  ['NaN', () => Number.NaN],
  ['-0', () => -0],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['a fraction', () => 1.5],
  ['a huge number', () => 2 ** 53 + 2],
  ['a negative number', () => -1],
  ['a string over the limit', () => 'x'.repeat(LIMITS.maxStringLength + 1)],
  ['a long string within the limit', () => 'y'.repeat(20_000)],
  ['a list over the limit', () => new Array(LIMITS.maxListLength + 1).fill('x')],
  ['a long list of objects', () => Array.from({ length: 2_000 }, () => ({}))],
  ['deep objects', () => deep(2_000, false)],
  ['deep lists', () => deep(2_000, true)],
  ['a BigInt', () => 10n],
  ['a circular object', circular],
  ['a Map', () => new Map([['nation', 'scotland']])],
  ['a Set', () => new Set(['x'])],
  ['a Date', () => new Date(Date.UTC(2026, 2, 2))],
  ['a class instance', () => new Appointment()],
  ['a Symbol', () => Symbol('x')],
  ['a function', () => () => 'x'],
  ['a __proto__ key', () => JSON.parse('{"__proto__":{"polluted":true}}')],
  ['a null-prototype object', () => Object.create(null)],
  ['hour 24', () => '2999-12-31T24:00:00Z'],
  ['the last instant', () => '2999-12-31T23:59:59.9999999Z'],
  ['the first instant', () => '1900-01-01T00:00:00Z'],
  ['the last day', () => '2999-12-31'],
  ['the first day', () => '1900-01-01'],
  ['a key of Object.prototype', () => 'constructor'],
];

type Key = string | number;

/** Every path in a plain-data value, the root first. */
export function pathsOf(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      pathsOf(item, [...prefix, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  }
  return out;
}

/** At most `count` paths spread evenly over the list (always the root), so big inputs stay quick. */
export function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  const step = list.length / count;
  return Array.from({ length: count }, (_, i) => list[Math.floor(i * step)] as T);
}

/** A copy of `root` with the value at `path` replaced (the root itself when the path is empty). */
export function replaced(root: unknown, path: readonly Key[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<Key, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<Key, unknown>;
  Object.defineProperty(at, path[path.length - 1] as Key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
