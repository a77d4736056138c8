import { LIMITS } from './limits.js';

/** A count with thousands separated by commas, the same on every machine (no locale). */
export const countOf = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const plural = (n: number, one: string, many: string): string => `${countOf(n)} ${n === 1 ? one : many}`;

/** A string quoted as JSON would, cut to `LIMITS.maxQuotedLength` characters with its length said when longer. */
export function quote(text: string): string {
  const max = LIMITS.maxQuotedLength;
  if (text.length <= max) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, max))}… (${plural(text.length, 'character', 'characters')})`;
}

function describeObject(value: object): string {
  if (Array.isArray(value)) return `an array of ${plural(value.length, 'item', 'items')}`;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty object';
    const shown = keys.slice(0, 3).map(quote).join(', ');
    return `an object with ${plural(keys.length, 'key', 'keys')} (${shown}${keys.length > 3 ? ', …' : ''})`;
  }
  if (value instanceof Map) return 'a Map';
  if (value instanceof Set) return 'a Set';
  if (value instanceof Date) return 'a Date';
  const name: unknown = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `an instance of ${quote(name)}` : 'an instance of a class';
}

/**
 * The value a caller sent, described for an error message: short, says what kind of value it is,
 * and never throws, whatever it is given (a BigInt, a Symbol, a circular object, a million-character
 * string). Strings are quoted as JSON would and cut to `LIMITS.maxQuotedLength` characters.
 *
 * @example
 * describeValue('scotlnd') // => '"scotlnd"'
 * describeValue(10n) // => '10n (a BigInt)'
 * describeValue(Symbol('x')) // => 'a Symbol'
 * describeValue(new Map()) // => 'a Map'
 * describeValue('x'.repeat(1e6)) // => '"xxxx…" (1,000,000 characters)'
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return quote(value);
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint': {
        const digits = value.toString();
        const shown =
          digits.length <= LIMITS.maxQuotedLength ? digits : `${digits.slice(0, LIMITS.maxQuotedLength)}…`;
        return `${shown}n (a BigInt)`;
      }
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'nothing (undefined)';
      case 'symbol':
        return 'a Symbol';
      case 'function':
        return 'a function';
      default:
        return value === null ? 'null' : describeObject(value as object);
    }
  } catch {
    // A Proxy or a hostile getter: still no exception.
    return 'a value that cannot be read';
  }
}

/**
 * Words a person wrote (a reason, a description, grounds), as a sentence of the audit quotes them:
 * line breaks and runs of spaces become one space, the ends are trimmed, and one closing full stop
 * is left off, so the sentence's own full stop ends it ('..' never appears). An ellipsis ('...')
 * is kept as written.
 *
 * @example
 * statedWords('Threatened staff with a knife.') // => 'Threatened staff with a knife'
 * `The restriction is lifted: ${statedWords('behaviour improved.\n')}.` // => 'The restriction is lifted: behaviour improved.'
 */
export function statedWords(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\.)\.$/, '');
}
