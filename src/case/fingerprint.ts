/**
 * A compact, stable fingerprint of an event's content, so a retried event is known by its id and
 * its content without storing the event again: pure arithmetic on strings, the same in a browser,
 * Node or another language that follows the two steps below.
 */

/**
 * The canonical JSON text of plain data: object keys sorted (by UTF-16 code unit, as
 * `Array.prototype.sort` does), no spaces, keys whose value is `undefined` left out, as
 * `JSON.stringify` leaves them. Two values with the same data give the same text, whatever the
 * order their keys were written in. An own `__proto__` key is data, like any other.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] }) // => '{"a":[true,{"c":"x","d":null}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a 64-bit offset basis, as four 16-bit limbs, least significant first. */
const OFFSET_BASIS = [0x2325, 0x8422, 0x9ce4, 0xcbf2] as const;

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of a text, as 16 lower-case hex digits. The hash is kept
 * in four 16-bit limbs, so it needs neither `BigInt` nor a crypto module; the FNV prime,
 * 2^40 + 435, multiplies as `h * 435 + (h << 40)`.
 *
 * @example
 * fnv1a64('') // => 'cbf29ce484222325'
 * fnv1a64('a') // => 'af63dc4c8601ec8c'
 * fnv1a64('foobar') // => '85944171f73967e8'
 */
export function fnv1a64(text: string): string {
  let [h0, h1, h2, h3] = OFFSET_BASIS as unknown as [number, number, number, number];
  const mix = (byte: number): void => {
    h0 ^= byte;
    let t0 = h0 * 435;
    let t1 = h1 * 435;
    let t2 = h2 * 435 + (h0 << 8);
    let t3 = h3 * 435 + (h1 << 8);
    t1 += t0 >>> 16;
    t0 &= 0xffff;
    t2 += t1 >>> 16;
    t1 &= 0xffff;
    t3 += t2 >>> 16;
    t2 &= 0xffff;
    h0 = t0;
    h1 = t1;
    h2 = t2;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // A surrogate pair is one code point; a lone surrogate is U+FFFD, as TextEncoder writes it.
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i += 1;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x80) {
      mix(code);
    } else if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      mix(0xe0 | (code >> 12));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    } else {
      mix(0xf0 | (code >> 18));
      mix(0x80 | ((code >> 12) & 0x3f));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    }
  }
  const hex = (limb: number): string => limb.toString(16).padStart(4, '0');
  return `${hex(h3)}${hex(h2)}${hex(h1)}${hex(h0)}`;
}

/**
 * The fingerprint of a case event: FNV-1a 64 of its canonical JSON (`canonicalJson`), 16 hex
 * digits. The state keeps it beside the event's `id`, so a retry (same id, same content) is known
 * and a different event under a used id is refused (`EVENT_ID_CONFLICT`). Not a security
 * measure: it tells a retry from a mistake, not a forgery from the real thing.
 *
 * @example
 * eventFingerprint({ type: 'case-closed', at: '2026-05-01T09:00:00Z', by: 'hm-1', id: 'e-9' })
 * // => 16 hex digits; the same for the same keys in any order
 */
export function eventFingerprint(event: unknown): string {
  return fnv1a64(canonicalJson(event));
}
