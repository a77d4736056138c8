import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseContacts,
  analyseContactsTrusted,
  BEHAVIOURS,
  BehaviourCodeSchema,
  type Classification,
  CommunicationNeedSchema,
  type ContactAnalysis,
  type ContactLogEntry,
  type CustomerContext,
  classifyIncident,
  FindingKindSchema,
  SEVERITIES,
  VulnerabilitySchema,
} from '../../src/classification/index.js';
import { DEFAULT_POLICY, definePolicy, type Policy } from '../../src/policy/index.js';
import type { Incident } from '../../src/shared/incident.js';
import { ChannelSchema, ContactSubjectSchema } from '../../src/shared/vocabulary.js';
import { unwrap } from '../helpers.js';

const START = Date.parse('2026-03-01T00:00:00Z');
const SPAN_MINUTES = 12 * 24 * 60;
const ASOF = '2026-03-12T00:00:00Z';

/** A contact's content, without its id (ids are given by position so they stay unique). */
const contactBody = fc.record(
  {
    minute: fc.integer({ min: 0, max: SPAN_MINUTES }),
    channel: fc.constantFrom(...ChannelSchema.options),
    direction: fc.constantFrom('inbound', 'inbound', 'inbound', 'outbound'),
    subject: fc.constantFrom(...ContactSubjectSchema.options, 'general', 'complaint'),
    issue: fc.option(
      fc.record({
        id: fc.constantFrom('i1', 'i2', 'i3'),
        status: fc.option(fc.constantFrom('open', 'resolved', 'closed')),
      }),
      { nil: undefined },
    ),
    newInformation: fc.option(fc.boolean(), { nil: undefined }),
    durationMinutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    duplicate: fc.boolean(),
    appointment: fc.option(fc.boolean(), { nil: undefined }),
    landlordResponseOverdue: fc.option(fc.boolean(), { nil: undefined }),
    copiedIn: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['minute', 'channel', 'direction', 'subject', 'duplicate'] },
);
type Body = typeof contactBody extends fc.Arbitrary<infer T> ? T : never;

function toEntry(id: string, body: Body): ContactLogEntry {
  const entry: ContactLogEntry = {
    id,
    at: new Date(START + body.minute * 60_000).toISOString(),
    channel: body.channel,
    direction: body.direction as ContactLogEntry['direction'],
    subject: body.subject,
  };
  if (body.issue !== undefined) {
    entry.issueId = body.issue.id;
    if (body.issue.status !== null) entry.issueStatus = body.issue.status as ContactLogEntry['issueStatus'];
  }
  if (body.newInformation !== undefined) entry.newInformation = body.newInformation;
  if (body.durationMinutes !== undefined) entry.durationMinutes = body.durationMinutes;
  if (body.duplicate) entry.duplicateOf = 'earlier';
  if (body.appointment !== undefined) entry.appointment = body.appointment;
  if (body.landlordResponseOverdue !== undefined)
    entry.landlordResponseOverdue = body.landlordResponseOverdue;
  if (body.copiedIn !== undefined) entry.copiedIn = body.copiedIn;
  return entry;
}

const contactLog = (prefix: string, maxLength = 60) =>
  fc
    .array(contactBody, { maxLength, size: 'max' })
    .map((bodies) => bodies.map((b, k) => toEntry(`${prefix}${k}`, b)));

/** Low thresholds, so random logs of a few dozen contacts produce findings of every kind. */
const EAGER: Policy = unwrap(
  definePolicy({
    id: 'eager',
    name: 'Eager test policy',
    effectiveFrom: '2020-01-01',
    thresholds: {
      contactsInADay: 3,
      contactsInAWeek: 6,
      contactsOnClosedIssue: 2,
      longCall: { minutes: 30, count: 2, withinDays: 10 },
      unannouncedVisits: { count: 2, withinDays: 10 },
      duplicateDocuments: { count: 2, withinDays: 10 },
      copyingIn: { count: 2, withinDays: 10 },
    },
  }),
);

const analyse = (log: ContactLogEntry[], policy: Policy = EAGER): ContactAnalysis =>
  unwrap(analyseContacts(log, { policy, asOf: ASOF }));

/** A finding's evidence as a set, so findings compare whatever order the log came in. */
const asSets = (a: ContactAnalysis) =>
  a.findings.map((f) => ({ kind: f.kind, issueId: f.issueId, ids: [...f.contactIds].sort() }));

describe('properties of analyseContacts', () => {
  it('random logs do produce findings of every kind (so the properties below are not vacuous)', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(contactLog('c'), (log) => {
        for (const f of analyse(log).findings) kinds.add(f.kind);
      }),
      { numRuns: 300 },
    );
    expect([...kinds].sort()).toEqual([...FindingKindSchema.options].sort());
  });

  it('adding excluded contacts never adds (or changes) a finding', () => {
    const excludedBody = contactBody.chain((body) =>
      fc.oneof(
        fc.constantFrom(...DEFAULT_POLICY.exclusions).map((subject) => ({ ...body, subject })),
        fc.constant({ ...body, landlordResponseOverdue: true }),
      ),
    );
    fc.assert(
      fc.property(
        contactLog('c'),
        fc.array(excludedBody, { maxLength: 40 }),
        fc.nat(),
        (log, extra, seed) => {
          const excluded = extra.map((b, k) => toEntry(`x${k}`, b));
          // Interleave them anywhere in the log.
          const mixed = [...log];
          excluded.forEach((e, k) => {
            mixed.splice((seed + k * 7) % (mixed.length + 1), 0, e);
          });
          expect(analyse(mixed, EAGER).findings).toEqual(analyse(log, EAGER).findings);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a finding’s evidence is always a subset of the input, and only contacts that count', () => {
    fc.assert(
      fc.property(contactLog('c'), (log) => {
        const byId = new Map(log.map((c) => [c.id, c]));
        const excluded = new Set<string>(DEFAULT_POLICY.exclusions);
        for (const f of analyse(log).findings) {
          expect(f.contactIds.length).toBeGreaterThan(0);
          expect(new Set(f.contactIds).size).toBe(f.contactIds.length);
          for (const id of f.contactIds) {
            const c = byId.get(id);
            expect(c).toBeDefined();
            expect(c?.direction).toBe('inbound');
            expect(excluded.has(c?.subject ?? '')).toBe(false);
            expect(c?.landlordResponseOverdue).not.toBe(true);
            expect(Date.parse(c?.at ?? '')).toBeLessThanOrEqual(Date.parse(ASOF));
          }
          expect(f.from).toBe(byId.get(f.contactIds[0] as string)?.at);
          expect(f.to).toBe(byId.get(f.contactIds.at(-1) as string)?.at);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the log’s order does not matter, even for contacts at the same instant (TEP-3.3)', () => {
    // Found by this property: new information at the same instant as contacts on the closed issue.
    const at = '2026-03-01T00:00:00.000Z';
    const log = [
      {
        id: 'c0',
        at,
        channel: 'phone',
        direction: 'inbound',
        subject: 'complaint',
        issueId: 'i2',
        newInformation: true,
      },
      {
        id: 'c1',
        at,
        channel: 'phone',
        direction: 'inbound',
        subject: 'general',
        issueId: 'i2',
        issueStatus: 'resolved',
      },
      {
        id: 'c2',
        at,
        channel: 'phone',
        direction: 'inbound',
        subject: 'general',
        issueId: 'i2',
        issueStatus: 'closed',
      },
    ] as const;
    const [c0, c1, c2] = log;
    expect(asSets(analyse([c2, c0, c1] as never))).toEqual(asSets(analyse([...log] as never)));
  });

  it('the log’s order does not matter', () => {
    fc.assert(
      fc.property(
        contactLog('c').chain((log) =>
          fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length })),
        ),
        ([log, shuffled]) => {
          expect(asSets(analyse(shuffled))).toEqual(asSets(analyse(log)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the trusted path agrees with the validated path', () => {
    fc.assert(
      fc.property(contactLog('c'), (log) => {
        expect(analyseContactsTrusted(log, { policy: EAGER, asOf: ASOF })).toEqual(
          analyseContacts(log, { policy: EAGER, asOf: ASOF }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('a higher threshold never finds more: the evidence shrinks or stays', () => {
    fc.assert(
      fc.property(contactLog('c'), fc.integer({ min: 1, max: 6 }), (log, n) => {
        const at = (k: number) =>
          unwrap(
            definePolicy({
              id: 'p',
              name: 'P',
              effectiveFrom: '2020-01-01',
              thresholds: { contactsInADay: k },
            }),
          );
        const evidence = (k: number) =>
          new Set(
            analyse(log, at(k))
              .findings.filter((f) => f.kind === 'high-volume-in-a-day')
              .flatMap((f) => f.contactIds),
          );
        const lower = evidence(n);
        for (const id of evidence(n + 1)) expect(lower.has(id)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('counted, excluded and ignored add up to the log', () => {
    fc.assert(
      fc.property(contactLog('c'), (log) => {
        const sum = (a: ContactAnalysis) =>
          a.counted + a.excluded.length + a.ignored.outbound + a.ignored.afterAsOf + a.ignored.beforePolicy;
        expect(sum(analyse(log))).toBe(log.length);
        // A policy taking effect mid-log ignores the contacts before it, and they still add up.
        const midLog = unwrap(definePolicy({ id: 'mid', name: 'Mid', effectiveFrom: '2026-03-06' }, EAGER));
        const a = analyse(log, midLog);
        expect(sum(a)).toBe(log.length);
        const start = Date.parse('2026-03-06T00:00:00Z');
        expect(a.ignored.beforePolicy).toBe(log.filter((c) => Date.parse(c.at) < start).length);
      }),
    );
  });
});

const anyIncident = fc.record(
  {
    id: fc.constant('inc'),
    occurredAt: fc.constant('2026-03-02T10:00:00Z'),
    channel: fc.constantFrom(...ChannelSchema.options),
    actor: fc.constantFrom('customer', 'representative', 'staff', 'contractor'),
    target: fc.constantFrom('staff', 'contractor', 'resident', 'neighbour', 'public', 'property'),
    behaviours: fc.array(
      fc.record({ code: fc.constantFrom(...BehaviourCodeSchema.options), persistent: fc.boolean() }),
      { minLength: 1, maxLength: 4 },
    ),
    hateMotivation: fc.constantFrom('race', 'religion', 'disability'),
    immediateRisk: fc.boolean(),
    targetVulnerable: fc.boolean(),
  },
  { requiredKeys: ['id', 'occurredAt', 'channel', 'actor', 'target', 'behaviours'] },
) as fc.Arbitrary<Incident>;

const anyCustomer: fc.Arbitrary<CustomerContext> = fc.record(
  {
    vulnerabilities: fc.uniqueArray(fc.constantFrom(...VulnerabilitySchema.options), { minLength: 1 }),
    communicationNeeds: fc.uniqueArray(fc.constantFrom(...CommunicationNeedSchema.options), { minLength: 1 }),
    representative: fc.record({ name: fc.constant('A. Rep') }),
    language: fc.constantFrom('Polish', 'Arabic', 'English', 'Welsh'),
    culturalFactors: fc.constant(['no visits on Fridays']),
  },
  { requiredKeys: [] },
);

const classify = (incident: Incident, customer?: CustomerContext): Classification =>
  unwrap(classifyIncident(incident, customer === undefined ? {} : { customer }));
const verdict = (c: Classification) => ({
  unacceptable: c.unacceptable,
  severity: c.severity,
  categories: c.categories,
  recommendedStep: c.recommendedStep,
});

describe('properties of classifyIncident', () => {
  it('what is known of the customer never changes the verdict; it can only add safeguarding', () => {
    fc.assert(
      fc.property(anyIncident, anyCustomer, (incident, customer) => {
        const without = classify(incident);
        const withContext = classify(incident, customer);
        expect(verdict(withContext)).toEqual(verdict(without));
        expect(withContext.routes.filter((r) => r !== 'safeguarding')).toEqual(
          without.routes.filter((r) => r !== 'safeguarding'),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('adding something that is not unacceptable (upset, anger, a raised voice) never changes the verdict or routes', () => {
    const harmless = fc.constantFrom(
      'raised-voice',
      'upset-or-distressed',
      'angry',
      'forceful-or-determined',
    );
    fc.assert(
      fc.property(anyIncident, harmless, fc.boolean(), (incident, code, persistent) => {
        const more = { ...incident, behaviours: [...incident.behaviours, { code, persistent }] };
        const a = classify(incident);
        const b = classify(more as Incident);
        expect(verdict(b)).toEqual(verdict(a));
        expect(b.routes).toEqual(a.routes);
      }),
      { numRuns: 300 },
    );
  });

  it('adding behaviours never lowers the severity', () => {
    fc.assert(
      fc.property(anyIncident, fc.constantFrom(...BehaviourCodeSchema.options), (incident, code) => {
        const more = { ...incident, behaviours: [...incident.behaviours, { code }] } as Incident;
        expect(SEVERITIES.indexOf(classify(more).severity)).toBeGreaterThanOrEqual(
          SEVERITIES.indexOf(classify(incident).severity),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('unacceptable exactly when the severity is not none; not unacceptable means no routes and no action', () => {
    fc.assert(
      fc.property(anyIncident, (incident) => {
        const c = classify(incident);
        const byStaff = incident.actor === 'staff' || incident.actor === 'contractor';
        expect(c.unacceptable).toBe(c.severity !== 'none');
        if (!c.unacceptable) expect([c.routes, c.recommendedStep]).toEqual([[], 'no-action']);
        if (c.severity === 'extreme') expect(c.routes).toContain('police');
        if (c.routes.includes('police') && !byStaff)
          expect(c.recommendedStep).toBe('police-and-legal-action');
        // TEP-1: a behaviour the sources condemn only when repeated counts only when persistent.
        // The default policy follows TEP-3.1: one swear or shout is not unacceptable either.
        const onlyWhenPersistent = (code: Incident['behaviours'][number]['code']) =>
          BEHAVIOURS[code].requiresPersistence === true || code === 'swearing' || code === 'shouting';
        const anyUnacceptable =
          incident.behaviours.some(
            (b) =>
              BEHAVIOURS[b.code].severity !== 'none' &&
              (b.persistent === true || !onlyWhenPersistent(b.code)),
          ) ||
          incident.hateMotivation !== undefined ||
          incident.immediateRisk === true;
        // SC-1: staff or contractor conduct is always unacceptable, and always staff conduct.
        expect(c.unacceptable).toBe(byStaff || anyUnacceptable);
      }),
      { numRuns: 300 },
    );
  });

  it('SC-1: staff or contractor conduct always routes to staff conduct, referred to that procedure, never the TEP-3.0 reason', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(anyIncident, fc.constantFrom('staff', 'contractor'))
          .map(([incident, actor]) => ({ ...incident, actor }) as Incident),
        fc.option(anyCustomer, { nil: undefined }),
        (incident, customer) => {
          const c = classify(incident, customer);
          expect(c.routes).toContain('staff-conduct');
          expect(c.recommendedStep).toBe('refer-to-other-procedure');
          expect(c.categories).toEqual([]);
          expect(c.reasons.map((r) => r.rule)).not.toContain('TEP-3.0');
          const vulnerable =
            incident.targetVulnerable === true || (customer?.vulnerabilities ?? []).length > 0;
          expect(c.routes.includes('safeguarding')).toBe(vulnerable);
        },
      ),
      { numRuns: 300 },
    );
  });
});
