// analyseContacts over 100k and 1M contacts: validated at the door, and the pre-validated
// (trusted) path; a log already in time order, and one shuffled (so the sort is measured too).
// Synthetic logs come from a seeded generator, so every run measures the same data. Each size
// runs in a fresh child process (`--size=100k`), so one size's heap and JIT state never colour
// another's; the parent prints their lines and the growth from 100k to 1M.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  analyseContacts,
  analyseContactsTrusted,
  appealDeadline,
  classifyIncident,
  presets,
} from '../dist/index.js';
import { measure, report } from './measure.mjs';

const SIZES = { '100k': [100_000, 7], '1M': [1_000_000, 3] };
const sizeArg = process.argv.find((arg) => arg.startsWith('--size='))?.slice('--size='.length);

/** mulberry32: a small seeded PRNG; the same seed gives the same log on every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, weighted) => {
  let r = random() * weighted.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
};

const CHANNELS = [
  ['phone', 40],
  ['email', 30],
  ['letter', 5],
  ['in-person', 10],
  ['web-form', 10],
  ['social-media', 5],
];
const SUBJECTS = [
  ['general', 50],
  ['complaint', 30],
  ['urgent-repair', 8],
  ['new-repair', 7],
  ['safeguarding', 2],
  ['domestic-abuse', 1],
  ['emergency', 2],
];

/**
 * A customer's contact log of `n` entries from 2000-01-01: gaps of about 4 hours on average,
 * with a burst of 6 contacts 10 minutes apart about every 100 contacts; 85% inbound; issues,
 * closed issues, long calls, duplicates, unannounced visits, overdue chasers and copied-in emails
 * in plausible proportions. Only the shape matters to the algorithm, not the calendar.
 */
function generateLog(n, seed) {
  const random = seeded(seed);
  const log = new Array(n);
  let t = Date.UTC(2000, 0, 1);
  let burst = 0;
  for (let k = 0; k < n; k++) {
    if (burst > 0) {
      burst--;
      t += 10 * 60_000;
    } else {
      if (random() < 0.01) burst = 5;
      t += Math.floor(random() * 8 * 3_600_000);
    }
    const channel = pick(random, CHANNELS);
    const entry = {
      id: `c${k}`,
      at: new Date(t).toISOString(),
      channel,
      direction: random() < 0.85 ? 'inbound' : 'outbound',
      subject: pick(random, SUBJECTS),
    };
    if (random() < 0.6) {
      entry.issueId = `issue-${Math.floor(k / 40)}`;
      entry.issueStatus = random() < 0.2 ? 'closed' : 'open';
      if (random() < 0.3) entry.newInformation = random() < 0.5;
    }
    if (channel === 'phone') entry.durationMinutes = Math.floor(random() * 60);
    if (channel === 'in-person') entry.appointment = random() < 0.5;
    if (channel === 'email' && random() < 0.1) entry.copiedIn = true;
    if (k > 0 && random() < 0.03) entry.duplicateOf = `c${k - 1}`;
    if (random() < 0.05) entry.landlordResponseOverdue = true;
    log[k] = entry;
  }
  return log;
}

/** A seeded Fisher-Yates shuffle of a copy. */
function shuffled(log, seed) {
  const random = seeded(seed);
  const out = log.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const asOf = '2999-12-31T00:00:00Z';
const perContact = (name, result, n) => {
  report(name, result);
  console.log(`${''.padEnd(58)} ${((result.msPerCall * 1e6) / n).toFixed(0).padStart(10)} ns/contact`);
};

/** One size, in this process: prints its lines, then a JSON line of ms per call for the parent. */
function runSize(label) {
  const [n, rounds] = SIZES[label];
  const log = generateLog(n, 42);
  const mixed = shuffled(log, 7);
  const once = analyseContacts(log, { asOf });
  if (!once.ok) throw new Error(once.error.message);
  const check = analyseContactsTrusted(mixed, { asOf });
  if (!check.ok || JSON.stringify(check.value.findings) !== JSON.stringify(once.value.findings)) {
    throw new Error('the shuffled log gave different findings');
  }
  const v = once.value;
  console.log(
    `${label}: ${v.counted.toLocaleString('en-GB')} counted, ${v.excluded.length.toLocaleString('en-GB')} excluded, ` +
      `${v.findings.length.toLocaleString('en-GB')} findings (${v.findings.reduce((s, f) => s + f.contactIds.length, 0).toLocaleString('en-GB')} evidence ids)`,
  );
  const options = { perRound: 1, rounds, warmup: 1 };
  const result = {
    validated: measure(() => analyseContacts(log, { asOf }).ok, options),
    trusted: measure(() => analyseContactsTrusted(log, { asOf }).ok, options),
    trustedShuffled: measure(() => analyseContactsTrusted(mixed, { asOf }).ok, options),
  };
  perContact(`analyseContacts, ${label} contacts, validated`, result.validated, n);
  perContact(`analyseContactsTrusted, ${label} contacts, in order`, result.trusted, n);
  perContact(`analyseContactsTrusted, ${label} contacts, shuffled (sorts)`, result.trustedShuffled, n);
  console.log(
    `RESULT ${JSON.stringify(Object.fromEntries(Object.entries(result).map(([k, r]) => [k, r.msPerCall])))}`,
  );
}

if (sizeArg !== undefined) {
  runSize(sizeArg);
  process.exit(0);
}

const results = {};
for (const label of Object.keys(SIZES)) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), `--size=${label}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  for (const line of out.trimEnd().split('\n')) {
    if (line.startsWith('RESULT ')) results[label] = JSON.parse(line.slice('RESULT '.length));
    else console.log(line);
  }
}
for (const path of ['validated', 'trusted', 'trustedShuffled']) {
  const growth = results['1M'][path] / results['100k'][path];
  console.log(`${`1M / 100k time, ${path} (10 = linear)`.padEnd(58)} ${growth.toFixed(1).padStart(10)} ×`);
}

const incident = {
  id: 'inc-1',
  occurredAt: '2026-03-02T10:15:00Z',
  channel: 'phone',
  actor: 'customer',
  target: 'staff',
  behaviours: [{ code: 'swearing', persistent: true }, { code: 'threat-of-violence' }],
};
const customer = {
  vulnerabilities: ['mental-health'],
  communicationNeeds: ['large-print'],
  language: 'Polish',
};
report(
  'classifyIncident (validated, with a customer context)',
  measure(() => classifyIncident(incident, { customer }).ok, { perRound: 2000 }),
);
report(
  'appealDeadline (validated, a preset policy)',
  measure(
    () =>
      appealDeadline({ decisionLetterDate: '2026-03-02', policy: presets.tenancyEnforcementProcedure }).ok,
    { perRound: 5000 },
  ),
);
