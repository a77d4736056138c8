// The contact gate against the same rules run through json-rules-engine, in one process.
// Run after `npx tsup`: node bench/contact-gate.bench.mjs (or npm run bench).
//
// The workload: one customer's case with a restriction of a year (SPOC only, calls Monday 09:00-12:00
// and Thursday 14:00-16:00 London time, no further contact on issue I-7), an SC-2 protection for
// staff member s-9, the default policy's exclusions, and 1,024 contacts spread over 18 months
// either side of the restriction (all channels, both directions, every subject).
//
// SC-2 both ways: s-9's own outbound contact is declined; a customer's contact reaching s-9 is never
// allowed as made (an exclusion is taken, anything else goes to another colleague).
//
// Fairness: json-rules-engine is given the same rules as conditions and a custom operator for the
// call windows, and the same help with time zones (each UTC day's offset is asked of luxon once
// and remembered, as the gate does). It only has to reach the outcome; the gate also writes every
// reason and the route, including the next call window as instants. Both are checked to agree on
// every contact's outcome before anything is timed.
import { Engine } from 'json-rules-engine';
import { IANAZone } from 'luxon';
import { checkContact, compileContactGate, presets } from '../dist/index.js';
import { cpuNow, measure, ratio, report } from './measure.mjs';

const policy = presets.tenancyEnforcementProcedure;
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

// A deterministic workload (a linear congruential generator, so every run sees the same contacts).
let seed = 20260301;
const next = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(next() * list.length)];
const CHANNELS = ['phone', 'email', 'letter', 'in-person', 'social-media', 'web-form', 'sms'];
const SUBJECTS = [
  ...Array(12).fill('general'),
  'complaint',
  'complaint',
  'ombudsman',
  'emergency',
  'urgent-repair',
  'new-repair',
  'safeguarding',
  'domestic-abuse',
  'critical-asb',
];
const from = Date.parse('2025-10-01T00:00:00Z');
const span = Date.parse('2027-04-01T00:00:00Z') - from;
const contacts = Array.from({ length: 1024 }, () => {
  const contact = {
    at: new Date(from + Math.floor((next() * span) / 60_000) * 60_000).toISOString(),
    direction: next() < 0.7 ? 'inbound' : 'outbound',
    channel: next() < 0.5 ? 'phone' : pick(CHANNELS),
    subject: pick(SUBJECTS),
  };
  const staff = pick(['s-1', 's-1', 's-2', 's-9', undefined]);
  if (staff !== undefined) contact.staffId = staff;
  if (next() < 0.15) contact.issueId = 'I-7';
  return contact;
});

// --- json-rules-engine: the same rules, as JSON conditions ---------------------------------------
const zone = IANAZone.create(policy.timeZone);
const offsets = new Map();
const DAY = 86_400_000;
function localTime(ms) {
  const day = Math.floor(ms / DAY);
  let known = offsets.get(day);
  if (known === undefined) {
    known = [zone.offset(day * DAY), zone.offset(day * DAY + DAY - 1)];
    offsets.set(day, known);
  }
  // Good enough for the benchmark's instants, which avoid the hour of a clock change.
  const local = ms + (known[0] === known[1] ? known[0] : zone.offset(ms)) * 60_000;
  const localDay = Math.floor(local / DAY);
  return {
    weekday: ((((localDay + 3) % 7) + 7) % 7) + 1,
    minute: Math.floor((local - localDay * DAY) / 60_000),
  };
}
const startsAt = Date.parse('2026-03-01T00:00:00Z');
const endsAt = Date.parse('2027-03-01T00:00:00Z');
const inForce = [
  { fact: 'atMs', operator: 'greaterThanInclusive', value: startsAt },
  { fact: 'atMs', operator: 'lessThan', value: endsAt },
];
const WINDOWS = { 1: [[540, 720]], 4: [[840, 960]] };

const engine = new Engine([], { allowUndefinedFacts: true });
engine.addOperator('outsideWindows', (local, windows) => {
  const ranges = windows[local.weekday] ?? [];
  return !ranges.some(([start, end]) => local.minute >= start && local.minute < end);
});
engine.addRule({
  name: 'SC-2 protection, outbound',
  conditions: {
    all: [
      { fact: 'direction', operator: 'equal', value: 'outbound' },
      { fact: 'staffId', operator: 'equal', value: protection.staffId },
      { fact: 'atMs', operator: 'greaterThanInclusive', value: Date.parse(protection.since) },
    ],
  },
  event: { type: 'protected' },
});
engine.addRule({
  name: 'SC-2 protection, inbound: another colleague takes it',
  conditions: {
    all: [
      { fact: 'direction', operator: 'equal', value: 'inbound' },
      { fact: 'staffId', operator: 'equal', value: protection.staffId },
      { fact: 'atMs', operator: 'greaterThanInclusive', value: Date.parse(protection.since) },
    ],
  },
  event: { type: 'reached-protected' },
});
engine.addRule({
  name: 'TEP-7 exclusion',
  conditions: { all: [{ fact: 'subject', operator: 'in', value: policy.exclusions }] },
  event: { type: 'excluded' },
});
engine.addRule({
  name: 'TEP-6 SPOC only',
  conditions: { all: [...inForce, { fact: 'staffId', operator: 'notEqual', value: 's-1' }] },
  event: { type: 'breach', params: { measure: 'spoc-only', hard: false } },
});
engine.addRule({
  name: 'TEP-5.3 call windows',
  conditions: {
    all: [
      ...inForce,
      { fact: 'channel', operator: 'equal', value: 'phone' },
      { fact: 'localTime', operator: 'outsideWindows', value: WINDOWS },
    ],
  },
  event: { type: 'breach', params: { measure: 'call-windows', hard: false } },
});
engine.addRule({
  name: 'SH-1 no contact on issue, NF-3 complaints waived',
  conditions: {
    all: [
      ...inForce,
      { fact: 'issueId', operator: 'equal', value: 'I-7' },
      { fact: 'subject', operator: 'notIn', value: ['complaint', 'ombudsman'] },
    ],
  },
  event: { type: 'breach', params: { measure: 'no-contact-on-issue', hard: true } },
});

async function viaRulesEngine(contact) {
  const atMs = Date.parse(contact.at);
  const { events } = await engine.run({
    ...contact,
    atMs,
    localTime: () => localTime(atMs),
  });
  let protectedStaff = false;
  let reachedProtected = false;
  let excluded = false;
  let breaches = 0;
  let hard = false;
  for (const event of events) {
    if (event.type === 'protected') protectedStaff = true;
    else if (event.type === 'reached-protected') reachedProtected = true;
    else if (event.type === 'excluded') excluded = true;
    else {
      breaches++;
      if (event.params.hard) hard = true;
    }
  }
  if (protectedStaff) return 'decline';
  if (breaches === 0 && !reachedProtected) return 'allow';
  if (excluded) return 'allow-exclusion';
  return hard ? 'decline' : 'redirect';
}

// --- the gate ---------------------------------------------------------------------------------------
const compiled = compileContactGate({ restrictions: [restriction], policy, protections: [protection] });
if (!compiled.ok) throw new Error(compiled.error.message);
const gate = compiled.value;

// Both must reach the same outcome on every contact before either is timed.
const tally = {};
for (const contact of contacts) {
  const ours = gate.checkTrusted(contact).outcome;
  const theirs = await viaRulesEngine(contact);
  if (ours !== theirs) throw new Error(`outcomes differ on ${JSON.stringify(contact)}: ${ours} vs ${theirs}`);
  tally[ours] = (tally[ours] ?? 0) + 1;
}
console.log(`outcomes agree on all ${contacts.length} contacts: ${JSON.stringify(tally)}`);

/** measure()'s method (median of rounds after a warm-up) for a function returning a promise. */
async function measureAsync(fn, { perRound = 200, rounds = 15, warmup = 3 } = {}) {
  let sink = 0;
  const perCall = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const start = cpuNow();
    for (let i = 0; i < perRound; i++) if (await fn(i)) sink++;
    const elapsed = cpuNow() - start;
    if (round >= warmup) perCall.push(elapsed / perRound);
  }
  perCall.sort((a, b) => a - b);
  const median = perCall[Math.floor(perCall.length / 2)];
  return { msPerCall: median, perSecond: 1000 / median, sink };
}

const mask = contacts.length - 1;
const trusted = measure((i) => gate.checkTrusted(contacts[i & mask]).outcome, { perRound: 20_000 });
report('gate.checkTrusted (compiled once, pre-validated)', trusted);
const validated = measure((i) => gate.check(contacts[i & mask]).ok, { perRound: 5_000 });
report('gate.check (compiled once, contact validated)', validated);
// checkContact as a CRM holding a case's restrictions calls it: the restriction set and the
// protections held as immutable data (deep-frozen, as the library's own outputs are), with a
// preset policy. The first call validates and compiles; later calls find the compiled gate by
// the objects themselves (they cannot change), and read each contact by hand at the door.
const deepFreeze = (value) => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};
const heldRestrictions = deepFreeze([structuredClone(restriction)]);
const heldOptions = { policy, protections: deepFreeze([structuredClone(protection)]) };
for (const contact of contacts) {
  const held = checkContact(heldRestrictions, contact, heldOptions);
  const fresh = checkContact([restriction], contact, { policy, protections: [protection] });
  if (
    JSON.stringify(held) !== JSON.stringify(fresh) ||
    JSON.stringify(fresh.value) !== JSON.stringify(gate.checkTrusted(contact))
  ) {
    throw new Error(`checkContact's paths differ on ${JSON.stringify(contact)}`);
  }
}
const oneOff = measure((i) => checkContact(heldRestrictions, contacts[i & mask], heldOptions).ok, {
  perRound: 20_000,
});
report('checkContact (validated; immutable restriction set)', oneOff);
const fresh = measure(
  (i) => checkContact([restriction], contacts[i & mask], { policy, protections: [protection] }).ok,
  { perRound: 1000 },
);
report('checkContact (fresh arrays: validates and compiles each call)', fresh);
const theirs = await measureAsync((i) => viaRulesEngine(contacts[i & mask]), { perRound: 500 });
report('json-rules-engine 7.3.1 (same rules, outcome only)', theirs);
ratio('gate.checkTrusted vs json-rules-engine', trusted, theirs);
ratio('gate.check vs json-rules-engine', validated, theirs);
ratio('checkContact (immutable set) vs json-rules-engine', oneOff, theirs);
ratio('checkContact (fresh arrays) vs json-rules-engine', fresh, theirs);
