import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContactLogEntrySchema, isPlainLogEntry } from '../../src/classification/contacts.js';
import { plainIncident } from '../../src/classification/door.js';
import { plainContact } from '../../src/contact/door.js';
import { ContactAttemptSchema } from '../../src/contact/schema.js';
import {
  addBusinessDays,
  analyseContacts,
  appealDeadline,
  bankHolidays,
  CivilDateSchema,
  checkContact,
  classifyIncident,
  compileContactGate,
  definePolicy,
  IncidentSchema,
  InstantSchema,
  isBusinessDay,
  PolicySchema,
  parsePolicy,
  presets,
} from '../../src/index.js';
import { isCivilDate } from '../../src/shared/dates.js';
import { checkInput, checkInputFully } from '../../src/shared/guard.js';
import { LIMITS } from '../../src/shared/limits.js';
import { unwrap } from '../helpers.js';

/**
 * Differential tests: every fast path against the fully validated path it shortcuts (zod's
 * schemas, called directly, or the same door given copies it cannot recognise), on fuzzed
 * inputs, refusals and their messages included. A fast path may only ever make an answer faster.
 */

const json = (value: unknown): string => JSON.stringify(value);
/** A mutable deep copy: nothing in it is frozen, so no door can recognise it. */
const thaw = <T>(value: T): T => structuredClone(value);
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

const policy = presets.tenancyEnforcementProcedure;

/** Mostly valid values, with every kind of wrong one mixed in. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constant(''),
  fc.constant([]),
  fc.constant({}),
  fc.constant(new Date(0)),
);
const instant = fc.oneof(
  fc
    .integer({ min: Date.UTC(1899, 11, 30), max: Date.UTC(3000, 0, 2) })
    .map((ms) => new Date(ms).toISOString()),
  fc.constantFrom(
    '2026-03-29T01:30:00+01:00',
    '2026-03-29T01:30Z',
    '2026-03-29T01:30:00.123456789Z',
    '2026-02-30T10:00:00Z',
    '2026-03-29T24:00:00Z',
    '2026-03-29T10:00:00',
    '2999-12-31T23:00:00-05:00',
    '1900-01-01T00:30:00+01:00',
    '2026-03-29T10:00:00+15:00',
    '2026-03-29',
  ),
);
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: junk });

describe('the input guard: the quick first look never changes the walk’s answer', () => {
  it('checkInput = the full walk, on fuzzed values', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        junk,
        fc.string({ maxLength: 5 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 }),
        fc.constant(new Map()),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 3, 10), (input, maxListLength) => {
        const bounds = maxListLength === undefined ? {} : { maxListLength, maxNodes: 20 };
        const fully = checkInputFully(input, 'x', bounds, bounds.maxListLength ?? LIMITS.maxListLength);
        expect(json(checkInput(input, 'x', bounds))).toBe(json(fully));
      }),
      { numRuns: 300 },
    );
  });

  it('a value that contains itself, or nests too deep, is named as before', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    let deep: unknown = 'end';
    for (let i = 0; i < LIMITS.maxDepth + 1; i++) deep = [deep];
    for (const input of [loop, { deep }]) {
      expect(json(checkInput(input, 'x'))).toBe(json(checkInputFully(input, 'x', {}, LIMITS.maxListLength)));
      expect(checkInput(input, 'x')).toBeDefined();
    }
  });
});

describe('dates and instants read by hand = the schemas', () => {
  const OldInstantSchema = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/)
    .check((ctx) => {
      const ms = DateTime.fromISO(ctx.value, { setZone: true }).toMillis();
      if (!(ms >= Date.UTC(1900, 0, 1) && ms < Date.UTC(3000, 0, 1))) {
        ctx.issues.push({ code: 'custom', input: ctx.value, message: 'out of range' });
      }
    });

  it('InstantSchema accepts exactly what the luxon check accepted', () => {
    fc.assert(
      fc.property(fc.oneof(instant, fc.string({ maxLength: 30 })), (text) => {
        expect(InstantSchema.safeParse(text).success).toBe(OldInstantSchema.safeParse(text).success);
      }),
      { numRuns: 400 },
    );
  });

  it('isCivilDate is CivilDateSchema’s verdict', () => {
    const date = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 1890, max: 3010 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ maxLength: 11 }),
      junk,
    );
    fc.assert(
      fc.property(date, (value) => {
        expect(isCivilDate(value)).toBe(CivilDateSchema.safeParse(value).success);
      }),
      { numRuns: 400 },
    );
  });
});

describe('business days: the fast door and holiday memo = the validated path', () => {
  const nation = fc.constantFrom('england-and-wales', 'scotland', 'northern-ireland');
  const date = fc.oneof(
    fc
      .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2055, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10)),
    fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', ''),
    junk,
  );

  it('isBusinessDay and addBusinessDays: `{ nation }` (the fast door) and `{ nation, extraClosures: [] }` (the schema) agree, refusals included', () => {
    fc.assert(
      fc.property(date, nation, sometimes(fc.integer({ min: 0, max: 40 })), (day, where, count) => {
        const slow = { nation: where, extraClosures: [] };
        expect(json(isBusinessDay(day as string, { nation: where }))).toBe(
          json(isBusinessDay(day as string, slow)),
        );
        expect(json(addBusinessDays(day as string, count as number, { nation: where }))).toBe(
          json(addBusinessDays(day as string, count as number, slow)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the memo’s holidays are the year’s bank holidays, worked out afresh', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2050 }), nation, (year, where) => {
        const holidays = new Set(unwrap(bankHolidays(year, where)).map((h) => h.date));
        for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
          const text = new Date(day).toISOString().slice(0, 10);
          const weekday = new Date(day).getUTCDay();
          const expected = weekday !== 0 && weekday !== 6 && !holidays.has(text);
          if (unwrap(isBusinessDay(text, { nation: where })) !== expected)
            expect(text).toBe('a business day as GOV.UK says');
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('policies the library made are trusted as they stand', () => {
  const settings = fc.record(
    {
      appeal: fc.record({ window: fc.record({ length: sometimes(fc.integer({ min: 1, max: 60 })) }) }),
      calendar: fc.record({ nation: sometimes(fc.constantFrom('england-and-wales', 'scotland')) }),
      monthEnd: sometimes(fc.constantFrom('clamp', 'next-day')),
    },
    { requiredKeys: [] },
  );

  it('definePolicy and parsePolicy return deep-frozen policies that PolicySchema gives back unchanged', () => {
    fc.assert(
      fc.property(settings, fc.constantFrom(...Object.values(presets)), (extra, base) => {
        const defined = definePolicy(
          { id: 'p', name: 'P', effectiveFrom: '2020-01-01', ...extra } as never,
          base,
        );
        const reference = definePolicy(
          thaw({ id: 'p', name: 'P', effectiveFrom: '2020-01-01', ...extra }) as never,
          thaw(base),
        );
        expect(json(defined)).toBe(json(reference));
        if (!defined.ok) return;
        expect(Object.isFrozen(defined.value.citations)).toBe(true);
        expect(json(PolicySchema.parse(defined.value))).toBe(json(defined.value));
        expect(json(parsePolicy(JSON.stringify(defined.value)))).toBe(json(defined));
      }),
      { numRuns: 40 },
    );
  });

  const customers = [
    { vulnerabilities: ['mental-health'], communicationNeeds: ['large-print'], language: 'Polish' },
    {
      needs: ['sign-language'],
      representative: { name: 'A. Advocate', role: 'advocate' },
      culturalFactors: ['x'],
    },
    { vulnerabilities: ['not-a-need'], language: '' },
  ];

  it('doors answer the same for a recognised policy and an unrecognised copy, refusals included', () => {
    const incident = fc.record(
      {
        id: sometimes(fc.constant('inc-1')),
        occurredAt: sometimes(instant),
        channel: sometimes(fc.constantFrom('phone', 'email')),
        actor: sometimes(fc.constantFrom('customer', 'staff')),
        target: sometimes(fc.constantFrom('staff', 'resident')),
        behaviours: sometimes(
          fc.constant([{ code: 'swearing', persistent: true }, { code: 'threat-of-violence' }]),
        ),
      },
      { requiredKeys: ['occurredAt'] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(presets)),
        sometimes(
          fc
            .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 0, 1) })
            .map((ms) => new Date(ms).toISOString().slice(0, 10)),
        ),
        incident,
        (known, letterDate, logged) => {
          const copy = thaw(known);
          expect(json(appealDeadline({ decisionLetterDate: letterDate as string, policy: known }))).toBe(
            json(appealDeadline({ decisionLetterDate: letterDate as string, policy: copy })),
          );
          expect(json(classifyIncident(logged as never, { policy: known }))).toBe(
            json(classifyIncident(thaw(logged) as never, { policy: copy })),
          );
          const customer = customers[letterDate === undefined ? 0 : logged.id === undefined ? 1 : 2];
          expect(
            json(classifyIncident(logged as never, { policy: known, customer: customer as never })),
          ).toBe(
            json(
              classifyIncident(thaw(logged) as never, { policy: copy, customer: thaw(customer) as never }),
            ),
          );
          const plain = plainIncident(logged);
          if (plain !== undefined) expect(json(plain)).toBe(json(IncidentSchema.parse(logged)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the contact gate: cached gates and the hand-read contact = the schemas', () => {
  const restriction = {
    id: 'R1',
    startsOn: '2026-03-01',
    lastDayInForce: '2027-02-28',
    spoc: { staffId: 's-1', name: 'Sam Patel' },
    measures: [
      { kind: 'spoc-only' },
      {
        kind: 'call-windows',
        windows: [
          { day: 'monday', from: '09:00', to: '12:00' },
          { day: 'thursday', from: '14:00', to: '16:00' },
        ],
      },
      { kind: 'no-contact-on-issue', issueId: 'I-7' },
    ],
  };
  const protection = { staffId: 's-9', since: '2026-01-10T10:00:00Z', reason: 'inappropriate messages' };
  const held = deepFreeze([thaw(restriction)]) as never;
  const heldProtections = deepFreeze([thaw(protection)]);
  const id = fc.constantFrom('s-1', 's-2', 's-9', 'I-7', 'r-1');
  const contact = fc
    .tuple(
      fc.record(
        {
          at: sometimes(
            fc.oneof(
              {
                weight: 4,
                arbitrary: fc
                  .integer({ min: Date.UTC(2025, 9, 1), max: Date.UTC(2027, 3, 1) })
                  .map((ms) => new Date(ms).toISOString()),
              },
              { weight: 1, arbitrary: instant },
            ),
          ),
          direction: sometimes(fc.constantFrom('inbound', 'outbound')),
          channel: sometimes(fc.constantFrom('phone', 'email', 'letter', 'in-person', 'sms')),
          subject: sometimes(
            fc.constantFrom('general', 'complaint', 'ombudsman', 'emergency', 'urgent-repair'),
          ),
          staffId: sometimes(id),
          issueId: sometimes(id),
          residentId: sometimes(id),
          service: sometimes(fc.constantFrom('repairs', 'rent')),
          durationMinutes: sometimes(fc.constantFrom(-1, 0, 30, 1440, 1441, Number.NaN)),
          witnessPresent: sometimes(fc.boolean()),
        },
        { requiredKeys: ['at', 'direction', 'channel', 'subject'] },
      ),
      fc.integer({ min: 0, max: 19 }),
    )
    // Now and then a key only the schema may judge: the landlord's own `meta`, or an unknown key.
    .map(([attempt, n]) =>
      n === 0 ? { ...attempt, meta: { crm: 'x' } } : n === 1 ? { ...attempt, extra: 1 } : attempt,
    );

  it('plainContact accepts only what ContactAttemptSchema accepts, and reads the same contact', () => {
    fc.assert(
      fc.property(contact, (attempt) => {
        const fast = plainContact(attempt);
        if (fast === undefined) return;
        const parsed = ContactAttemptSchema.safeParse(attempt);
        expect(parsed.success).toBe(true);
        expect(json(fast)).toBe(json(parsed.data));
      }),
      { numRuns: 400 },
    );
  });

  it('checkContact with an immutable set (cached gate) = with fresh copies (validated and compiled), refusals included', () => {
    const gate = compileContactGate({ restrictions: held, policy, protections: heldProtections });
    fc.assert(
      fc.property(contact, fc.boolean(), (attempt, withProtections) => {
        const fast = checkContact(
          held,
          attempt as never,
          withProtections ? { policy, protections: heldProtections } : { policy },
        );
        const slow = checkContact(
          [thaw(restriction)] as never,
          thaw(attempt) as never,
          withProtections
            ? { policy: thaw(policy), protections: [thaw(protection)] }
            : { policy: thaw(policy) },
        );
        expect(json(fast)).toBe(json(slow));
        if (withProtections && gate.ok) expect(json(gate.value.check(attempt as never))).toBe(json(slow));
      }),
      { numRuns: 300 },
    );
  });
});

describe('contact logs validated in place = validated by the schema', () => {
  const entry = fc.record(
    {
      id: sometimes(fc.constantFrom('c1', 'c2', 'c3', 'c4')),
      at: sometimes(instant),
      channel: sometimes(fc.constantFrom('phone', 'email', 'in-person')),
      direction: sometimes(fc.constantFrom('inbound', 'outbound')),
      subject: sometimes(fc.constantFrom('general', 'complaint', 'urgent-repair')),
      issueId: sometimes(fc.constantFrom('i-1', 'i-2')),
      issueStatus: sometimes(fc.constantFrom('open', 'closed', 'resolved')),
      newInformation: sometimes(fc.boolean()),
      durationMinutes: sometimes(fc.integer({ min: -1, max: 90 })),
      duplicateOf: sometimes(fc.constantFrom('c1', 'c9')),
      appointment: sometimes(fc.boolean()),
      landlordResponseOverdue: sometimes(fc.boolean()),
      copiedIn: sometimes(fc.boolean()),
      other: fc.constant('x'),
    },
    { requiredKeys: ['id', 'at', 'channel', 'direction', 'subject'] },
  );

  it('isPlainLogEntry accepts only what ContactLogEntrySchema accepts, unchanged', () => {
    fc.assert(
      fc.property(entry, (logged) => {
        if (!isPlainLogEntry(logged)) return;
        const parsed = ContactLogEntrySchema.safeParse(logged);
        expect(parsed.success).toBe(true);
        expect(json(parsed.data)).toBe(json(logged));
      }),
      { numRuns: 400 },
    );
  });

  it('analyseContacts reads a plainly valid log in place and still refuses a log with one bad entry by its path', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), fc.nat(), (log, pick) => {
        const asOf = '2999-12-31T00:00:00Z';
        const bad = pick % log.length;
        const spoiled = log.map((logged, i) => (i === bad ? { ...logged, channel: 'fax' } : logged));
        const refused = analyseContacts(spoiled as never, { asOf });
        expect(refused.ok).toBe(false);
        if (log.every((logged) => ContactLogEntrySchema.safeParse(logged).success)) {
          if (!refused.ok)
            expect(refused.error.issues.map((issue) => issue.path)).toContain(`contacts[${bad}].channel`);
          const result = analyseContacts(log as never, { asOf });
          // Only the log-wide rules (unique ids, duplicates of earlier contacts) may refuse it.
          if (!result.ok)
            expect(result.error.issues.every((issue) => /\.(id|duplicateOf)$/.test(issue.path))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
