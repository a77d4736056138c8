// auditCaseload: a landlord's caseload of generated, realistic histories (some by the book, some
// with the departures the audit looks for), streamed from a generator as a database cursor would
// give them. A sample is audited and the time for 100,000 cases projected from it (stated as a
// projection), so `npm run bench` stays short; AUDIT_CASES=100000 runs the whole caseload.
import { performance } from 'node:perf_hooks';
import { auditCaseload, presets } from '../dist/index.js';

const policy = presets.tenancyEnforcementProcedure;
const asOf = '2027-06-01T12:00:00Z';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const SAMPLE = Number(process.env.AUDIT_CASES ?? 5_000);
const LANDLORD = 100_000;

/** A small deterministic generator (mulberry32), so every run audits the same caseload. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const incident = (id, at, by = 'ho-1') => ({
  type: 'incident-recorded',
  at,
  by,
  incident: {
    id,
    occurredAt: at,
    channel: 'phone',
    actor: 'customer',
    target: 'staff',
    behaviours: [{ code: 'swearing', persistent: true }],
  },
});

/** One case: the TEP ladder (an EIA or a warning sometimes missing), a restriction, then a year of reviews, breaches and appeals, done on time or late. */
function caseHistory(n) {
  const rand = random(n + 1);
  const chance = (p) => rand() < p;
  let t = Date.parse('2026-01-05T09:00:00Z') + Math.floor(rand() * 120) * DAY;
  const next = (days) => {
    t += Math.max(1, Math.round(days * (0.5 + rand()))) * DAY;
    return iso(t);
  };
  const day = () => iso(t).slice(0, 10);
  const events = [
    incident('inc-0', next(1)),
    { type: 'informal-action-taken', at: next(3), by: 'ho-1', kind: 'initial-warning' },
    incident('inc-1', next(10)),
  ];
  if (!chance(0.05))
    events.push({ type: 'eia-completed', at: next(2), by: 'hm-1', needs: [], proportionate: true });
  if (!chance(0.05))
    events.push({ type: 'written-warning-issued', at: next(2), by: 'hm-1', letterDate: day() });
  events.push(incident('inc-2', next(14)));
  if (chance(0.3)) return events; // behaviour stopped: no restriction
  next(3);
  events.push(
    {
      type: 'restriction-imposed',
      at: iso(t),
      by: 'hm-1',
      restriction: {
        id: 'r-1',
        startsOn: day(),
        months: 12,
        measures: [{ kind: 'written-only' }, { kind: 'spoc-only' }],
        spoc: { staffId: 'sp-1', name: 'Sam Patel' },
      },
      decisionLetterDate: day(),
    },
    {
      type: 'teams-informed',
      at: iso(t + HOUR),
      by: 'hm-1',
      teams: ['customer-service-centre', 'repairs-contractors'],
    },
  );
  if (chance(0.2)) {
    events.push({ type: 'appeal-received', at: next(7), by: 'ho-1', grounds: 'provoked' });
    events.push({
      type: 'appeal-decided',
      at: next(chance(0.2) ? 40 : 20),
      by: chance(0.05) ? 'hm-1' : 'so-9',
      byRole: 'senior-officer',
      outcome: 'dismissed',
      letterDate: day(),
    });
  }
  if (chance(0.3)) {
    events.push(incident('inc-3', next(30)), {
      type: 'restriction-breached',
      at: iso(t + HOUR),
      by: 'sp-1',
      incidentId: 'inc-3',
    });
  }
  if (chance(0.1)) events.push({ type: 'staff-conduct-reported', at: next(10), by: 'hm-1', staffId: 'op-7' });
  // The six-monthly review, on time or late, or never.
  if (!chance(0.1)) {
    next(chance(0.25) ? 200 : 150);
    events.push(
      { type: 'spoc-oversight-reviewed', at: iso(t), by: 'hm-1' },
      { type: 'eia-reviewed', at: iso(t + HOUR), by: 'hm-1', needs: [], proportionate: true },
      {
        type: 'case-reviewed',
        at: iso(t + 2 * HOUR),
        by: 'hm-1',
        outcome: 'continue',
        ...(!chance(0.1) && { letterDate: iso(t).slice(0, 10) }),
      },
    );
  }
  return events.filter((event) => Date.parse(event.at) <= Date.parse(asOf));
}

function* caseload(count) {
  for (let n = 0; n < count; n++) yield { caseId: `case-${n}`, events: caseHistory(n) };
}

// Warm up on a few cases, then time the sample.
auditCaseload(caseload(200), policy, { asOf });
const started = performance.now();
const result = auditCaseload(caseload(SAMPLE), policy, { asOf });
const elapsed = performance.now() - started;
if (!result.ok) throw new Error(result.error.message);
const { cases, bySeverity } = result.value;
if (cases.audited + cases.malformed !== SAMPLE) throw new Error('cases went missing');
const perSecond = SAMPLE / (elapsed / 1000);
const name = `auditCaseload, ${SAMPLE.toLocaleString('en-GB')} generated cases, one core`;
console.log(
  `${name.padEnd(58)} ${(elapsed / 1000).toFixed(1).padStart(10)} s ${Math.round(perSecond).toLocaleString('en-GB').padStart(12)} cases/s`,
);
console.log(
  `${`projected for ${LANDLORD.toLocaleString('en-GB')} cases (from this sample)`.padEnd(58)} ${(LANDLORD / perSecond / 60).toFixed(1).padStart(10)} min`,
);
console.log(
  `${'findings in the sample'.padEnd(58)} ${`${bySeverity['maladministration-risk']} maladministration risks, ${bySeverity.concern} concerns, ${bySeverity.note} notes`}`,
);
