// API.md: "A landlord's own data rides in an optional `meta` object, kept as is." Free-form data is
// kept exactly as sent, `__proto__` included, and no prototype is ever polluted.
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyEvent,
  type CaseEvent,
  CaseStateSchema,
  checkContact,
  JsonObjectSchema,
  JsonValueSchema,
  MAX_JSON_DEPTH,
  presets,
  replay,
} from '../../src/index.js';
import { incident, OPENING } from '../case/fixtures.js';
import { contact, restriction, tep } from '../contact/fixtures.js';
import { badPaths, unwrap } from '../helpers.js';

const polluted = () =>
  (({}) as Record<string, unknown>).x !== undefined || ({} as Record<string, unknown>).y !== undefined;
const own = (value: unknown, key: string) => Object.getOwnPropertyDescriptor(value, key)?.value;

describe('free-form JSON is kept as sent', () => {
  afterEach(() => expect(polluted()).toBe(false));

  it('a __proto__ key is kept as data, at the top and nested, and the prototype is untouched', () => {
    const value = JsonObjectSchema.parse(JSON.parse('{"__proto__":{"x":1},"a":[{"__proto__":{"y":2}}]}'));
    expect(own(value, '__proto__')).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(JSON.stringify(value)).toBe('{"__proto__":{"x":1},"a":[{"__proto__":{"y":2}}]}');
    expect((value as Record<string, unknown>).x).toBeUndefined();
  });

  it('what is not JSON is refused by path', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const issues = (input: unknown) => JsonValueSchema.safeParse(input).error?.issues.map((i) => i.path);
    expect(issues({ when: new Date(0), n: [1, Number.NaN], f: () => 1 })).toEqual([
      ['when'],
      ['n', 1],
      ['f'],
    ]);
    expect(issues(cycle)?.[0]).toHaveLength(MAX_JSON_DEPTH);
    expect(JsonObjectSchema.safeParse([1]).success).toBe(false);
  });

  it('an event’s meta with __proto__ survives applyEvent, replay and the state’s JSON round trip', () => {
    const event = {
      ...incident('inc-1', '2026-01-05T10:00:00Z'),
      meta: JSON.parse('{"__proto__":{"x":1},"crm":{"ref":"A-1"}}'),
    } as CaseEvent;
    const opened = unwrap(replay([], presets.tenancyEnforcementProcedure, OPENING));
    const stepped = unwrap(applyEvent(opened, event, presets.tenancyEnforcementProcedure));
    const replayed = unwrap(replay([event], presets.tenancyEnforcementProcedure, OPENING));
    for (const state of [stepped, replayed]) {
      const meta = state.decisions.at(-1)?.meta;
      expect(own(meta, '__proto__')).toEqual({ x: 1 });
      expect(own(meta, 'crm')).toEqual({ ref: 'A-1' });
    }
    const text = JSON.stringify(stepped);
    expect(text).toContain('"meta":{"__proto__":{"x":1},"crm":{"ref":"A-1"}}');
    expect(JSON.stringify(CaseStateSchema.parse(JSON.parse(text)))).toBe(text);
    expect(JSON.stringify(replayed)).toBe(text);
  });

  it('a state whose stored meta holds __proto__ goes on being applied to, keeping it', () => {
    const policy = presets.tenancyEnforcementProcedure;
    const event = { ...incident('inc-1', '2026-01-05T10:00:00Z'), meta: JSON.parse('{"__proto__":{"x":1}}') };
    const stored = JSON.parse(JSON.stringify(unwrap(replay([event as CaseEvent], policy, OPENING))));
    const next = unwrap(applyEvent(stored, incident('inc-2', '2026-01-06T10:00:00Z'), policy));
    expect(own(next.decisions[0]?.meta, '__proto__')).toEqual({ x: 1 });
  });

  it('an event’s meta that is not JSON is refused by path', () => {
    const event = { ...incident('inc-1', '2026-01-05T10:00:00Z'), meta: { when: new Date(0) } } as never;
    expect(badPaths(replay([event], presets.tenancyEnforcementProcedure, OPENING))).toEqual([
      'events[0].meta.when',
    ]);
  });

  it('a contact’s meta is free-form JSON too: __proto__ kept, nothing polluted', () => {
    const attempt = { ...contact(), meta: JSON.parse('{"__proto__":{"x":1}}') };
    unwrap(checkContact([restriction([{ kind: 'written-only' }])], attempt, { policy: tep }));
    expect(
      badPaths(checkContact([], { ...contact(), meta: { at: new Date(0) } as never }, { policy: tep })),
    ).toEqual(['contact.meta.at']);
  });
});
