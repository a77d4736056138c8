import { plainInstantMs } from '../shared/dates.js';
import { ActorSchema, BehaviourCodeSchema, type Incident, TargetSchema } from '../shared/incident.js';
import { LIMITS } from '../shared/limits.js';
import { CommunicationNeedSchema, NeedSchema, VulnerabilitySchema } from '../shared/needs.js';
import { ChannelSchema } from '../shared/vocabulary.js';
import type { CustomerContext } from './vocabulary.js';

/**
 * `classifyIncident`'s door, fast: an incident and a customer context read once, by hand, into
 * fresh objects, and accepted only when `IncidentSchema` and `CustomerContextSchema` (and the
 * input guard) would plainly accept them. Anything else answers `undefined`, and the schemas
 * then decide and word any refusal, so the answer is the same either way
 * (test/performance holds the two to that).
 */

type Reader = (value: unknown) => unknown;
const SKIP = Symbol('not plain');

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};
const text =
  (min: number): Reader =>
  (value) =>
    typeof value === 'string' && value.length >= min && value.length <= LIMITS.maxStringLength ? value : SKIP;
const flag: Reader = (value) => (typeof value === 'boolean' ? value : SKIP);
const oneOf = (options: readonly string[]): Reader => {
  const known = new Set<unknown>(options);
  return (value) => (known.has(value) ? value : SKIP);
};
const listOf =
  (item: Reader, min: number, max: number): Reader =>
  (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return SKIP;
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const read = item(value[i]);
      if (read === SKIP) return SKIP;
      out.push(read);
    }
    return out;
  };
/** A strict object: every key known, required ones present, each value read by its reader. */
const record = (fields: Record<string, Reader>, required: readonly string[]): Reader => {
  const keys = Object.keys(fields);
  const readers = keys.map((key) => fields[key] as Reader);
  const needed = keys.map((key) => required.includes(key));
  return (value) => {
    if (!isPlain(value)) return SKIP;
    for (const key in value) if (!Object.hasOwn(fields, key) || !Object.hasOwn(value, key)) return SKIP;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const given = value[key];
      if (given === undefined) {
        if (needed[i]) return SKIP;
        continue;
      }
      const read = (readers[i] as Reader)(given);
      if (read === SKIP) return SKIP;
      out[key] = read;
    }
    return out;
  };
};

const readIncident = record(
  {
    id: text(1),
    occurredAt: (value) => (typeof value === 'string' && !Number.isNaN(plainInstantMs(value)) ? value : SKIP),
    channel: oneOf(ChannelSchema.options),
    actor: oneOf(ActorSchema.options),
    target: oneOf(TargetSchema.options),
    behaviours: listOf(
      record({ code: oneOf(BehaviourCodeSchema.options), persistent: flag }, ['code']),
      1,
      LIMITS.maxBehavioursPerIncident,
    ),
    hateMotivation: text(1),
    immediateRisk: flag,
    targetVulnerable: flag,
    notes: text(0),
  },
  ['id', 'occurredAt', 'channel', 'actor', 'target', 'behaviours'],
);

const readCustomer = record(
  {
    needs: listOf(oneOf(NeedSchema.options), 0, LIMITS.maxListLength),
    vulnerabilities: listOf(oneOf(VulnerabilitySchema.options), 0, LIMITS.maxListLength),
    communicationNeeds: listOf(oneOf(CommunicationNeedSchema.options), 0, LIMITS.maxListLength),
    representative: record(
      { name: text(1), role: oneOf(['advocate', 'nominated-person', 'family-or-friend', 'professional']) },
      ['name'],
    ),
    language: text(1),
    culturalFactors: listOf(text(1), 0, LIMITS.maxListLength),
  },
  [],
);

/**
 * A valid incident as a fresh object, or `undefined` when the schema must look.
 *
 * @example
 * plainIncident({ id: 'i1', occurredAt: '2026-03-02T10:15:00Z', channel: 'phone', actor: 'customer',
 *   target: 'staff', behaviours: [{ code: 'swearing' }] }) // => the same incident, copied
 */
export function plainIncident(incident: unknown): Incident | undefined {
  const read = readIncident(incident);
  return read === SKIP ? undefined : (read as Incident);
}

/**
 * A valid customer context as a fresh object, or `undefined` when the schema must look.
 *
 * @example
 * plainCustomer({ language: 'Polish' }) // => { language: 'Polish' }
 */
export function plainCustomer(customer: unknown): CustomerContext | undefined {
  const read = readCustomer(customer);
  return read === SKIP ? undefined : (read as CustomerContext);
}
