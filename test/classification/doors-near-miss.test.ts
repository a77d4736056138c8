// The hand-read doors (src/classification/door.ts for classifyIncident, isPlainLogEntry in
// src/classification/contacts.ts for analyseContacts) take a shortcut past zod for input that is
// plainly valid. A shortcut may only ever be narrower than the schema: here every near miss of a
// valid input (each field wrong in each way a CRM gets it wrong, and each edge that is still
// right) must be accepted by the public function exactly when the exported schema accepts it.
// test/performance/fast-paths.properties.test.ts says the same of fuzzed input; these are the
// named cases, one per reader and bound. Beyond the schema, the input guard refuses what breaks a
// LIMITS bound (INPUT_TOO_LARGE) and objects that are not plain (a class instance), before either
// reader looks: those variants are marked, and must be refused.
import { describe, expect, it } from 'vitest';
import {
  analyseContacts,
  ContactLogEntrySchema,
  CustomerContextSchema,
  classifyIncident,
  IncidentSchema,
  LIMITS,
} from '../../src/index.js';

/** A near miss: what it is, the value, and whether the input guard refuses it whatever the schema says. */
type Variant = readonly [label: string, value: unknown, guardRefuses: boolean];

const long = 'x'.repeat(LIMITS.maxStringLength);
const tooLong = `${long}x`;
const nullProto = (fields: object): object => Object.assign(Object.create(null), fields);
/** Field values past a LIMITS bound (filled in below, beside each bound). */
const PAST_A_LIMIT = new Set<unknown>([tooLong]);
const pastALimit = <T>(value: T): T => {
  PAST_A_LIMIT.add(value);
  return value;
};

/** The base with `key` set to `value` (or left out, for `undefined`). */
const withField = (base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const out = { ...base };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
};

/** Each field of the base given each value, plus the whole-object near misses. */
function nearMisses(base: Record<string, unknown>, values: Record<string, readonly unknown[]>): Variant[] {
  const variants: Variant[] = [
    ['as given', base, false],
    ['with an unknown key', { ...base, colour: 'red' }, false],
    ['with no prototype', nullProto(base), false],
    ['as a class instance', Object.assign(new (class Entry {})(), base), true],
    ['null', null, false],
    ['a list', [base], false],
    ['a string', 'x', false],
  ];
  for (const [key, list] of Object.entries(values)) {
    for (const value of list) {
      variants.push([`${key}: ${shown(value)}`, withField(base, key, value), PAST_A_LIMIT.has(value)]);
    }
  }
  return variants;
}

function shown(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 20 ? `a string of ${value.length}` : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value)?.slice(0, 40) ?? 'an object';
  return String(value);
}

const TEXT = [5, '', 'x', long, tooLong, null, true, ['x']];
const FLAG = [true, false, 'yes', 1, null];

describe('classifyIncident: accepted exactly when IncidentSchema and CustomerContextSchema accept', () => {
  const incident = {
    id: 'inc-1',
    occurredAt: '2026-03-02T10:15:00Z',
    channel: 'phone',
    actor: 'customer',
    target: 'staff',
    behaviours: [{ code: 'swearing', persistent: true }],
  };
  const behaviour = (fields: object) => [{ code: 'shouting', ...fields }];
  const incidents = nearMisses(incident, {
    id: [...TEXT, undefined],
    occurredAt: ['2026-03-02T10:15:00+01:00', '2026-03-02', '2026-02-30T10:15:00Z', 5, undefined],
    channel: ['letter', 'fax', 5, undefined],
    actor: ['staff', 'landlord', undefined],
    target: ['neighbour', 'everyone', undefined],
    behaviours: [
      [],
      'swearing',
      [null],
      [{ code: 'nope' }],
      [{}],
      behaviour({ persistent: 'yes' }),
      behaviour({ persistent: false }),
      behaviour({ extra: 1 }),
      [nullProto({ code: 'shouting' })],
      Array.from({ length: LIMITS.maxBehavioursPerIncident }, () => ({ code: 'shouting' })),
      pastALimit(Array.from({ length: LIMITS.maxBehavioursPerIncident + 1 }, () => ({ code: 'shouting' }))),
      undefined,
    ],
    hateMotivation: ['race', ...TEXT],
    immediateRisk: FLAG,
    targetVulnerable: FLAG,
    notes: TEXT,
  });

  it('the incident itself is valid, so each near miss differs from it in one way', () => {
    expect(classifyIncident(incident as never).ok).toBe(true);
  });

  it.each(incidents)('an incident %s', (_label, value, guardRefuses) => {
    const result = classifyIncident(value as never);
    expect(result.ok).toBe(!guardRefuses && IncidentSchema.safeParse(value).success);
  });

  const customers = nearMisses(
    { needs: ['hearing-impairment'] },
    {
      needs: [
        [],
        ['nope'],
        'hearing-impairment',
        [5],
        pastALimit(Array(LIMITS.maxListLength + 1).fill('hearing-impairment')),
      ],
      vulnerabilities: [['mental-health'], ['nope'], 'mental-health'],
      communicationNeeds: [['large-print'], ['nope'], {}],
      representative: [
        { name: 'Ada' },
        { name: 'Ada', role: 'advocate' },
        { name: 'Ada', role: 'lawyer' },
        { role: 'advocate' },
        { name: '' },
        { name: 'Ada', extra: 1 },
        'Ada',
      ],
      language: ['Polish', ...TEXT],
      culturalFactors: [['x'], [''], [5], 'x'],
    },
  );

  it.each(customers)('a customer context %s', (_label, value, guardRefuses) => {
    const result = classifyIncident(incident as never, { customer: value as never });
    expect(result.ok).toBe(!guardRefuses && CustomerContextSchema.safeParse(value).success);
  });
});

describe('analyseContacts: an entry is accepted exactly when ContactLogEntrySchema accepts it', () => {
  const entry = {
    id: 'c-1',
    at: '2026-03-02T10:15:00Z',
    direction: 'inbound',
    channel: 'phone',
    subject: 'general',
  };
  const entries = nearMisses(entry, {
    id: [...TEXT, undefined],
    at: ['2026-03-02T10:15:00+01:00', '2026-03-02', 'soon', 5, undefined],
    direction: ['outbound', 'sideways', 5, undefined],
    channel: ['email', 'fax', undefined],
    subject: ['urgent-repair', 'gossip', undefined],
    issueId: ['i-1', ...TEXT],
    issueStatus: ['open', 'closed', 'lost', 5],
    durationMinutes: [0, 30, -1, 1.5, '30'],
    newInformation: FLAG,
    appointment: FLAG,
    landlordResponseOverdue: FLAG,
    copiedIn: FLAG,
  });
  const options = { asOf: '2026-03-31T00:00:00Z' };

  it('the entry itself is valid, so each near miss differs from it in one way', () => {
    expect(analyseContacts([entry] as never, options).ok).toBe(true);
  });

  it.each(entries)('an entry %s', (_label, value, guardRefuses) => {
    const result = analyseContacts([value] as never, options);
    expect(result.ok).toBe(!guardRefuses && ContactLogEntrySchema.safeParse(value).success);
  });

  it('the shortcut reads a valid entry with no prototype as the same entry', () => {
    const plain = analyseContacts([entry, { ...entry, id: 'c-2' }] as never, options);
    const bare = analyseContacts([nullProto(entry), nullProto({ ...entry, id: 'c-2' })] as never, options);
    expect(plain.ok).toBe(true);
    expect(bare).toEqual(plain);
  });
});
