// The JSON Schemas (schemas/*.json), checked with a validator other than zod (Ajv, JSON Schema
// 2020-12): they accept what the library accepts (the examples, the presets, real case histories
// and real outputs) and refuse what it refuses, as far as JSON Schema can say; where it cannot,
// the description says what the library checks beyond (issue 12).
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_BASE } from '../../scripts/json-schemas.mjs';
import * as lib from '../../src/index.js';
import {
  appealDeadline,
  type CaseEvent,
  CivilDateSchema,
  checkContact,
  classifyIncident,
  InstantSchema,
  noticeContent,
  obligations,
  presets,
  replay,
} from '../../src/index.js';
import { LADDER, OPENING, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';
import { SCENARIOS } from '../notices/cases.js';

const { schemas, missing } = jsonSchemas(lib);
const ajv = new Ajv2020({
  allErrors: true,
  discriminator: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
});
for (const schema of schemas.values()) ajv.addSchema(schema);

/** The errors Ajv gives for a value against a schema by title; none when it is valid. */
function errorsOf(title: string, value: unknown): ErrorObject[] {
  const validate = ajv.getSchema(`${SCHEMA_BASE}${title}.json`);
  if (validate === undefined) throw new Error(`no schema ${title}`);
  return validate(value) ? [] : (validate.errors ?? []);
}
const accepts = (title: string, value: unknown) => expect(errorsOf(title, value)).toEqual([]);
const refuses = (title: string, value: unknown) => expect(errorsOf(title, value)).not.toEqual([]);
const descriptionOf = (title: string) => String(schemas.get(title)?.description);

describe('every JSON Schema', () => {
  it('has a stable $id under the repository, a title and a description', () => {
    expect(missing).toEqual([]);
    expect(schemas.size).toBeGreaterThan(70);
    for (const [title, schema] of schemas) {
      expect(schema.$id).toBe(
        `https://github.com/housing-conduct-rules/housing-conduct-rules/schemas/${title}.json`,
      );
      expect(schema.title).toBe(title);
      expect(schema.description?.length).toBeGreaterThan(10);
    }
  });

  it("gives each field the doc comment of its field in src: a policy's settings, a case event's payload", () => {
    const policy = schemas.get('Policy') as unknown as {
      properties: Record<string, { description?: string }>;
    };
    expect(policy.properties.effectiveFrom?.description).toMatch(/POLICY_NOT_IN_EFFECT/);
    const branches = schemas.get('CaseEvent')?.oneOf as {
      properties: Record<string, { const?: string; description?: string }>;
    }[];
    const imposed = branches.find((branch) => branch.properties.type?.const === 'restriction-imposed');
    expect(imposed?.properties.evidence?.description).toMatch(/^NF-1: the incident ids/);
    expect(imposed?.properties.by?.description).toMatch(/staff id of whoever acted/);
  });

  it('includes the outputs: Result errors, reasons, deadlines, classifications, obligations, gate decisions, case states', () => {
    for (const title of [
      'Failure',
      'Reason',
      'Deadline',
      'Classification',
      'Obligation',
      'ContactDecision',
      'CaseState',
    ]) {
      expect(schemas.has(title)).toBe(true);
    }
  });
});

describe('what the library accepts, the schemas accept', () => {
  it('every policy in examples/policies, and the presets', () => {
    const dir = new URL('../../examples/policies/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) accepts('Policy', JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    for (const preset of Object.values(presets)) accepts('Policy', preset);
  });

  it('every JSON example in examples/, by what it holds', () => {
    const dir = new URL('../../examples/', import.meta.url);
    const files = readdirSync(dir, { recursive: true }).filter((f): f is string =>
      String(f).endsWith('.json'),
    );
    /** Validates one value against a schema; counts as one check. */
    const one = (title: string, value: unknown): number => {
      accepts(title, value);
      return 1;
    };
    const each = (title: string, list: unknown): number =>
      (list as unknown[]).reduce<number>((n, item) => n + one(title, item), 0);
    /** Validates the parts of an example the library reads, by their keys; how many it checked. */
    const check = (file: string, value: Record<string, unknown>): number => {
      if (file.startsWith('policies/')) return one('Policy', value);
      if (file.endsWith('customer.json')) return one('CustomerContext', value);
      if ('occurredAt' in value && 'behaviours' in value) return one('Incident', value);
      return (
        ('opening' in value ? one('OpenCaseInput', value.opening) : 0) +
        ('events' in value ? each('CaseEvent', value.events) : 0) +
        ('restrictions' in value ? each('Restriction', value.restrictions) : 0) +
        ('protections' in value ? each('Protection', value.protections) : 0) +
        ('contact' in value ? one('ContactAttempt', value.contact) : 0) +
        (typeof value.policy === 'object' ? one('Policy', value.policy) : 0) +
        (typeof value.case === 'object' ? check(file, value.case as Record<string, unknown>) : 0)
      );
    };
    for (const file of files) {
      const value = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      expect(check(file, value), `${file}: which schema is it? Map it here`).toBeGreaterThan(0);
    }
    expect(files.length).toBeGreaterThan(5);
  });

  it('every event of the scenario case histories, and the states and outputs they give', () => {
    for (const [kind, events] of Object.entries(SCENARIOS)) {
      for (const event of events) accepts('CaseEvent', event);
      const state = unwrap(replay(events, TEP, OPENING));
      accepts('CaseState', JSON.parse(JSON.stringify(state)));
      for (const obligation of unwrap(obligations(state, '2026-12-01T09:00:00Z', TEP)))
        accepts('Obligation', obligation);
      const notice = noticeContent(state, kind as keyof typeof SCENARIOS, TEP);
      accepts('Notice', JSON.parse(JSON.stringify(unwrap(notice))));
    }
  });

  it('a deadline, a classification, a contact-gate decision, and a refusal', () => {
    accepts('Deadline', unwrap(appealDeadline({ decisionLetterDate: '2026-03-02', policy: TEP })));
    const incident = (LADDER[0] as Extract<CaseEvent, { type: 'incident-recorded' }>).incident;
    accepts('Classification', unwrap(classifyIncident(incident)));
    const restriction = {
      id: 'r-1',
      startsOn: '2026-03-02',
      lastDayInForce: '2027-03-01',
      measures: [
        { kind: 'call-windows' as const, windows: [{ day: 'monday' as const, from: '09:00', to: '12:00' }] },
      ],
    };
    for (const at of ['2026-03-03T15:00:00Z', '2026-03-09T10:00:00Z']) {
      const contact = {
        at,
        direction: 'inbound' as const,
        channel: 'phone' as const,
        subject: 'general' as const,
      };
      accepts('ContactDecision', unwrap(checkContact([restriction], contact, { policy: TEP })));
    }
    const refused = appealDeadline({ decisionLetterDate: '2026-02-30', policy: TEP });
    expect(refused.ok).toBe(false);
    if (!refused.ok) accepts('Failure', refused.error);
  });

  it('civil dates and instants: the patterns agree with the library on every date-shaped string', () => {
    const digits = (n: number) =>
      fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const year = fc.oneof(digits(4), fc.integer({ min: 1895, max: 3005 }).map(String));
    const month = fc.oneof(
      digits(2),
      fc.integer({ min: 0, max: 13 }).map((m) => String(m).padStart(2, '0')),
    );
    const day = fc.oneof(
      digits(2),
      fc.integer({ min: 0, max: 32 }).map((d) => String(d).padStart(2, '0')),
    );
    fc.assert(
      fc.property(year, month, day, (y, m, d) => {
        const date = `${y}-${m}-${d}`;
        expect(errorsOf('CivilDate', date).length === 0).toBe(CivilDateSchema.safeParse(date).success);
        // Away from the ends of the range, where only the UTC moment decides, instants agree too.
        const instant = `${date}T12:00:00Z`;
        expect(errorsOf('Instant', instant).length === 0).toBe(InstantSchema.safeParse(instant).success);
      }),
      { numRuns: 400 },
    );
  });
});

describe('what the library refuses, the schemas refuse, or say they do not check', () => {
  it('a day that does not exist, and a year outside 1900-2999', () => {
    for (const date of [
      '2026-02-30',
      '2027-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '0999-01-01',
      '3000-01-01',
    ]) {
      refuses('CivilDate', date);
    }
    for (const date of ['2028-02-29', '2000-02-29', '2400-02-29', '1900-01-01', '2999-12-31'])
      accepts('CivilDate', date);
    refuses('Instant', '2026-02-30T10:00:00Z');
    refuses('Instant', '0999-06-01T10:00:00Z');
    refuses('Instant', '2026-03-29T01:30:00');
    accepts('Instant', '2026-03-29T01:30:00+01:00');
    expect(descriptionOf('Instant')).toMatch(/in UTC, falls from 1900 to 2999/);
  });

  it('a misspelt time zone', () => {
    refuses('TimeZone', 'Europe/Londn');
    accepts('TimeZone', 'Europe/London');
    refuses('Policy', { ...TEP, timeZone: 'Europe/Londn' });
    expect(descriptionOf('TimeZone')).toMatch(/aliases/);
  });

  it('exclusions without an emergency, safeguarding or domestic abuse (TEP-7)', () => {
    refuses('Exclusions', ['safeguarding', 'domestic-abuse']);
    refuses('Exclusions', ['emergency', 'safeguarding']);
    accepts('Exclusions', ['emergency', 'safeguarding', 'domestic-abuse', 'new-repair']);
    refuses('Policy', { ...TEP, exclusions: ['safeguarding', 'domestic-abuse', 'urgent-repair'] });
  });

  it('a period longer than its unit allows', () => {
    refuses('Period', { length: 13, unit: 'months', lastDayOnNonBusinessDay: 'stays' });
    accepts('Period', { length: 12, unit: 'months', lastDayOnNonBusinessDay: 'stays' });
    refuses('AppealWindow', {
      length: 53,
      unit: 'weeks',
      lastDayOnNonBusinessDay: 'stays',
      countFrom: 'letter-date',
    });
  });

  it('measures: service-scope alone; a spoc-only restriction with no SPOC', () => {
    refuses('Restriction', {
      id: 'r',
      startsOn: '2026-03-02',
      lastDayInForce: null,
      measures: [{ kind: 'service-scope', services: ['repairs'] }],
    });
    refuses('GateRestriction', {
      id: 'r',
      startsOn: '2026-03-02',
      lastDayInForce: null,
      measures: [{ kind: 'spoc-only' }],
    });
  });

  it('a contact-log entry with an issue status and no issue; a letter dated twice', () => {
    refuses('ContactLogEntry', {
      id: 'c1',
      at: '2026-03-02T10:00:00Z',
      channel: 'phone',
      direction: 'inbound',
      subject: 'general',
      issueStatus: 'closed',
    });
    const informed = {
      type: 'customer-informed',
      at: '2026-03-02T10:00:00Z',
      by: 'hm-1',
      about: 'case-reviewed',
    };
    refuses('CaseEvent', informed);
    refuses('CaseEvent', { ...informed, letterDate: '2026-03-02', informedOn: '2026-03-02' });
    accepts('CaseEvent', { ...informed, letterDate: '2026-03-02' });
  });

  it('says what it cannot check: a call window from 12:00 to 09:00, an incident dated after its recording', () => {
    expect(descriptionOf('CallWindow')).toMatch(/window from 12:00 to 09:00 is refused/);
    const branches = schemas.get('CaseEvent')?.oneOf as
      | { description?: string; properties: { type: { const: string } } }[]
      | undefined;
    const branch = branches?.find((b) => b.properties.type.const === 'incident-recorded');
    expect(branch?.description).toMatch(/incident dated after the event recording it/);
    expect(descriptionOf('CaseEvent')).toMatch(/Beyond the schema, applyEvent and replay/);
  });
});

describe('a bad case event', () => {
  it('is reported at its own field, under its type, not as a sub-error of every event type', () => {
    const event = LADDER[0] as Extract<CaseEvent, { type: 'incident-recorded' }>;
    const errors = errorsOf('CaseEvent', {
      ...event,
      incident: { ...event.incident, occurredAt: '2026-02-30T10:00:00Z' },
    });
    expect(errors.length).toBeLessThanOrEqual(2);
    expect(errors[0]?.instancePath).toBe('/incident/occurredAt');
    const warning = errorsOf('CaseEvent', {
      type: 'written-warning-issued',
      at: '2026-03-02T10:00:00Z',
      by: 'hm-1',
    });
    expect(warning).toHaveLength(1);
    expect(warning[0]?.params).toEqual({ missingProperty: 'letterDate' });
    const unknown = errorsOf('CaseEvent', {
      type: 'written-warning-isued',
      at: '2026-03-02T10:00:00Z',
      by: 'hm-1',
    });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({
      keyword: 'discriminator',
      params: { tag: 'type', tagValue: 'written-warning-isued' },
    });
  });
});
