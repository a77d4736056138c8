import { countOf, describeValue, quote } from './describe.js';
import { acceptedStats } from './immutable.js';
import { LIMITS } from './limits.js';
import type { Failure } from './result.js';

/**
 * The first look at untrusted input, before a schema reads it: one walk, without recursion, that
 * refuses what no schema should have to meet. Too big (a list, a string, a key, too many values,
 * too deep) is `INPUT_TOO_LARGE`; what JSON cannot hold where a plain object or list is expected (a
 * Map, a Set, a Date, a class instance, a value that contains itself) is `INVALID_INPUT`. The
 * first problem found is named by its path; the work is bounded by `maxNodes` whatever the input.
 */

/** How far `checkInput` may go: the limits it applies (defaults from `LIMITS`). */
export interface InputBounds {
  readonly maxListLength?: number;
  readonly maxNodes?: number;
}

type Key = string | number;

/** A path kept as a chain of links to its parent, turned into a list only when a problem is named. */
interface Link {
  readonly parent: Link | undefined;
  readonly key: Key;
}

interface Frame {
  readonly value: object;
  readonly keys: readonly Key[];
  next: number;
  readonly link: Link | undefined;
}

function keysOf(link: Link | undefined): Key[] {
  const keys: Key[] = [];
  for (let at = link; at !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

const isPlain = (value: object): boolean => {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Formats a path as `root.a[2].b`, each key cut short so a path stays short however long its keys. */
export function pathText(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = typeof key === 'symbol' ? '(symbol)' : String(key);
      const shown = name.length > LIMITS.maxQuotedLength ? `${name.slice(0, LIMITS.maxQuotedLength)}…` : name;
      out += out === '' ? shown : `.${shown}`;
    }
  }
  return out === '' ? '(input)' : out;
}

function refuse(code: Failure['code'], root: string, link: Link | undefined, message: string): Failure {
  const where = pathText(root, keysOf(link));
  return {
    code,
    message: `${code === 'INPUT_TOO_LARGE' ? 'Input too large' : 'Invalid input'}. ${where}: ${message}`,
    issues: [{ path: where, message }],
  };
}

/**
 * Walks `input` and returns the first thing no schema should meet, or nothing when it is fine.
 *
 * @example
 * checkInput({ nation: new Map() }, 'calendar')
 * // => { code: 'INVALID_INPUT', issues: [{ path: 'calendar.nation', message: 'expected plain JSON data, received a Map' }], ... }
 * checkInput(Array(20000).fill(1), 'exclusions')?.code // => 'INPUT_TOO_LARGE'
 */
export function checkInput(input: unknown, root: string, bounds: InputBounds = {}): Failure | undefined {
  const maxList = bounds.maxListLength ?? LIMITS.maxListLength;
  if (quickCheck(input, 0, Math.min(QUICK_NODES, bounds.maxNodes ?? LIMITS.maxNodes), maxList) >= 0) {
    return undefined;
  }
  return checkInputFully(input, root, bounds, maxList);
}

/** Inputs of up to this many values are first looked at by `quickCheck`. */
const QUICK_NODES = 4096;

/**
 * A first look that allocates nothing, for the common small input: the values left of `budget`
 * when everything within `value` is plainly fine, or -1 when anything might not be (too big, too
 * deep, not plain, a string or key too long, a value containing itself, which shows as too deep).
 * Then `walk` looks again and names the problem, so -1 never changes an answer, only its speed.
 */
function quickCheck(value: unknown, depth: number, budget: number, maxList: number): number {
  let left = budget - 1;
  if (left < 0) return -1;
  if (typeof value === 'string') return value.length > LIMITS.maxStringLength ? -1 : left;
  if (typeof value !== 'object' || value === null) return left;
  const known = acceptedStats(value);
  if (known !== undefined) {
    left -= known.nodes - 1;
    return left >= 0 && depth + known.depth < LIMITS.maxDepth && known.widest <= maxList ? left : -1;
  }
  if (depth >= LIMITS.maxDepth || !isPlain(value)) return -1;
  if (Array.isArray(value)) {
    if (value.length > maxList) return -1;
    for (let i = 0; i < value.length && left >= 0; i++) left = quickCheck(value[i], depth + 1, left, maxList);
    return left;
  }
  let size = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key.length > LIMITS.maxStringLength || ++size > maxList) return -1;
    left = quickCheck((value as Record<string, unknown>)[key], depth + 1, left, maxList);
    if (left < 0) return -1;
  }
  return left;
}

/** The full walk: names the first problem found, by its path (`checkInput` without its quick first look). */
export function checkInputFully(
  input: unknown,
  root: string,
  bounds: InputBounds,
  maxList: number,
): Failure | undefined {
  let budget = bounds.maxNodes ?? LIMITS.maxNodes;
  const onPath = new Set<object>();
  const stack: Frame[] = [];

  // Looks at one value; a container is entered (pushed), anything else is done with at once.
  const visit = (value: unknown, path: Link | undefined): Failure | undefined => {
    budget -= 1;
    if (budget < 0) {
      return refuse(
        'INPUT_TOO_LARGE',
        root,
        path,
        `expected no more than ${countOf(bounds.maxNodes ?? LIMITS.maxNodes)} values in all (LIMITS.maxNodes)`,
      );
    }
    if (typeof value === 'string') {
      return value.length > LIMITS.maxStringLength
        ? refuse(
            'INPUT_TOO_LARGE',
            root,
            path,
            `expected a string of no more than ${countOf(LIMITS.maxStringLength)} characters (LIMITS.maxStringLength), received ${describeValue(value)}`,
          )
        : undefined;
    }
    if (typeof value !== 'object' || value === null) return undefined;
    if (!isPlain(value)) {
      return refuse(
        'INVALID_INPUT',
        root,
        path,
        `expected plain JSON data, received ${describeValue(value)}`,
      );
    }
    // An immutable value a door already accepted (shared/immutable.ts) passed this walk then and
    // cannot have changed: it is counted, not walked, when it fits the budget and depth left.
    const known = acceptedStats(value);
    if (
      known !== undefined &&
      budget - (known.nodes - 1) >= 0 &&
      stack.length + known.depth < LIMITS.maxDepth &&
      known.widest <= maxList
    ) {
      budget -= known.nodes - 1;
      return undefined;
    }
    if (onPath.has(value)) {
      return refuse(
        'INVALID_INPUT',
        root,
        path,
        'expected plain JSON data, received a value that contains itself',
      );
    }
    if (stack.length >= LIMITS.maxDepth) {
      return refuse(
        'INPUT_TOO_LARGE',
        root,
        path,
        `expected data nested no more than ${LIMITS.maxDepth} deep (LIMITS.maxDepth)`,
      );
    }
    const isList = Array.isArray(value);
    const size = isList ? value.length : Object.keys(value).length;
    if (size > maxList) {
      const what = isList
        ? `a list of no more than ${countOf(maxList)} items`
        : `an object of no more than ${countOf(maxList)} keys`;
      return refuse('INPUT_TOO_LARGE', root, path, `expected ${what}, received ${countOf(size)}`);
    }
    let keys: Key[];
    if (isList) {
      keys = [];
      for (let i = 0; i < size; i++) keys.push(i);
    } else {
      keys = Object.keys(value);
      for (const key of keys as string[]) {
        if (key.length > LIMITS.maxStringLength) {
          return refuse(
            'INPUT_TOO_LARGE',
            root,
            path,
            `expected keys of no more than ${countOf(LIMITS.maxStringLength)} characters, received one of ${countOf(key.length)} beginning ${quote(key.slice(0, LIMITS.maxQuotedLength))}`,
          );
        }
      }
    }
    onPath.add(value);
    stack.push({ value, keys, next: 0, link: path });
    return undefined;
  };

  const first = visit(input, undefined);
  if (first !== undefined) return first;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.keys.length) {
      stack.pop();
      onPath.delete(frame.value);
      continue;
    }
    const key = frame.keys[frame.next] as Key;
    frame.next += 1;
    const child = (frame.value as Record<Key, unknown>)[key];
    const problem = visit(child, { parent: frame.link, key });
    if (problem !== undefined) return problem;
  }
  return undefined;
}
