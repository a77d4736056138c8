import { z } from 'zod';

/**
 * Free-form JSON: the landlord's own data (`meta` on events, decisions and contacts), kept
 * exactly as sent. One schema for all of it, so every key survives, `__proto__` included: zod's
 * own records drop that key silently, and a plain assignment would set an object's prototype
 * instead of keeping the key as data. Here every object is rebuilt with own data properties
 * (`Object.defineProperty`), so the key is kept as data and no prototype is ever touched.
 */

/** A JSON value: what `JSON.parse` can return. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object: the shape of a landlord's `meta`. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * How deeply free-form JSON may nest: our own default, far beyond any landlord's data, so a value
 * that contains itself (or an absurdly deep one) is refused by path instead of overflowing the stack.
 *
 * @example
 * MAX_JSON_DEPTH // => 64
 */
export const MAX_JSON_DEPTH = 64;

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** A copy of `value` with every key kept as data, or `undefined` (after reporting why) when it is not JSON. */
function copyJson(value: unknown, path: Path, depth: number, report: Report): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    report(path, `expected a JSON value, received ${value}: JSON has no such number`);
    return undefined;
  }
  if (typeof value !== 'object') {
    report(
      path,
      `expected a JSON value (string, number, boolean, null, array or object), received ${typeof value}`,
    );
    return undefined;
  }
  if (depth >= MAX_JSON_DEPTH) {
    report(
      path,
      `expected JSON nested no more than ${MAX_JSON_DEPTH} deep (a value that contains itself never ends)`,
    );
    return undefined;
  }
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    value.forEach((item, index) => {
      const copied = copyJson(item, [...path, index], depth + 1, report);
      if (copied !== undefined) out.push(copied);
    });
    return out;
  }
  if (!isPlainObject(value)) {
    report(path, 'expected a plain JSON object, received an instance of a class (a Date, a Map, ...)');
    return undefined;
  }
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const copied = copyJson((value as Record<string, unknown>)[key], [...path, key], depth + 1, report);
    // defineProperty, never `out[key] =`: the key '__proto__' stays data, the prototype untouched.
    if (copied !== undefined) {
      Object.defineProperty(out, key, {
        value: copied,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/** A free-form schema: validates by path and returns the safe copy; `root` checks the value's own shape. */
function freeForm<T extends JsonValue>(
  root: (value: JsonValue) => string | undefined,
  jsonSchema: { description: string; type?: 'object' },
) {
  return z
    .unknown()
    .transform((input, ctx) => {
      let failed = false;
      const copied = copyJson(input, [], 0, (path, message) => {
        failed = true;
        ctx.issues.push({ code: 'custom', input, path, message });
      });
      if (failed || copied === undefined) return z.NEVER;
      const wrong = root(copied);
      if (wrong !== undefined) {
        ctx.issues.push({ code: 'custom', input, message: wrong });
        return z.NEVER;
      }
      return copied as T;
    })
    .meta(jsonSchema);
}

/**
 * Any JSON value, kept exactly as sent (every key, `__proto__` included, as data).
 *
 * @example
 * JsonValueSchema.parse(JSON.parse('{"__proto__":{"x":1}}')) // => an object whose own key '__proto__' is { x: 1 }
 * JsonValueSchema.safeParse({ when: new Date() }).success // => false (path ['when'])
 */
export const JsonValueSchema = freeForm<JsonValue>(() => undefined, {
  description: 'Any JSON value, kept as sent.',
});

/**
 * A JSON object, kept exactly as sent: the landlord's own data in `meta`.
 *
 * @example
 * JsonObjectSchema.parse(JSON.parse('{"crm":{"ref":"A-1"},"__proto__":{"x":1}}'))
 * // => { crm: { ref: 'A-1' }, ['__proto__']: { x: 1 } } (an own key; ({}).x stays undefined)
 * JsonObjectSchema.safeParse([1, 2]).success // => false
 */
export const JsonObjectSchema = freeForm<JsonObject>(
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? undefined
      : 'expected a JSON object of the landlord’s own data',
  { description: 'A JSON object of the landlord’s own data, kept as sent.', type: 'object' },
);
