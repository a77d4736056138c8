// npm run demo: the library's main job on the built-in default policy (the Tenancy Enforcement
// Procedure), for a sample decision to restrict a customer's contact.
import {
  analyseContacts,
  appealDeadline,
  appealDecisionDue,
  applyEvent,
  bankHolidays,
  caseDeadlines,
  caseGate,
  caseTimeline,
  classifyIncident,
  noticeContent,
  obligations,
  openCase,
  presets,
  reconsiderationDecisionDue,
  renderNotice,
  restrictionPeriod,
  reviewDates,
} from '../dist/index.js';

const policy = presets.tenancyEnforcementProcedure;

function must(result) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function show(title, value) {
  console.log(`\n${title}`);
  if (value.basis) console.log(`  ${value.basis}`);
  for (const r of value.reasons ?? [])
    console.log(`  - [${r.rule}] ${r.text}\n      (${r.citation.document}, ${r.citation.section})`);
}

console.log(
  `Policy: ${policy.name} (${policy.id}), ${policy.timeZone}, ${policy.calendar.nation} bank holidays`,
);
console.log(
  'Sample decision: contact restricted for 12 months from Wednesday 21 October 2026; decision letter dated the same day.',
);

const period = must(restrictionPeriod({ startsOn: '2026-10-21', months: 12, policy }));
show(
  `Restriction in force ${period.startsOn} to ${period.lastDayInForce} (ends at ${period.endsAt})`,
  period,
);

const reviews = must(
  reviewDates({ startsOn: period.startsOn, lastDayInForce: period.lastDayInForce, policy }),
);
show(`Reviews due: ${reviews.dates.join(', ')}`, reviews);

const appeal = must(appealDeadline({ decisionLetterDate: '2026-10-21', policy }));
show(`Appeal: last day ${appeal.lastDay}, closes at ${appeal.closesAt}`, appeal);

const decision = must(appealDecisionDue({ receivedOn: '2026-10-30', policy }));
show(`An appeal received on 2026-10-30 must be decided by ${decision.lastDay}`, decision);

const reconsideration = must(reconsiderationDecisionDue({ receivedOn: '2026-12-23', policy }));
show(
  `A reconsideration requested on 2026-12-23 must be decided by ${reconsideration.lastDay}`,
  reconsideration,
);

const ni = must(bankHolidays(2026, 'northern-ireland'));
console.log(`\nBank holidays in Northern Ireland, 2026 (NF-7): ${ni.length}`);
for (const h of ni) console.log(`  ${h.date}  ${h.name}${h.substitute ? ' (substitute day)' : ''}`);

// What happened, and is it unacceptable? (TEP-1, TEP-3, TEP-4.6, HAB-1)
console.log('\n== Classification ==');
const incident = (id, behaviours, extra = {}) => ({
  id,
  occurredAt: '2026-03-02T10:15:00Z',
  channel: 'phone',
  actor: 'customer',
  target: 'staff',
  behaviours,
  ...extra,
});
const incidents = [
  [
    'Upset, with a raised voice',
    incident('inc-a', [{ code: 'upset-or-distressed' }, { code: 'raised-voice' }]),
  ],
  ['Persistent swearing at a colleague', incident('inc-b', [{ code: 'swearing', persistent: true }])],
  [
    'A threat of violence, immediate risk',
    incident('inc-c', [{ code: 'threat-of-violence' }], { immediateRisk: true }),
  ],
  [
    'Racist abuse aimed at a neighbour',
    incident('inc-d', [{ code: 'discriminatory-language' }], { target: 'neighbour', hateMotivation: 'race' }),
  ],
];
for (const [label, i] of incidents) {
  const c = must(classifyIncident(i, { policy, customer: { vulnerabilities: ['mental-health'] } }));
  console.log(
    `  ${label}: ${c.unacceptable ? 'unacceptable' : 'not unacceptable'}, severity ${c.severity}, routes [${c.routes.join(', ')}], next step ${c.recommendedStep}` +
      (c.considerations.length ? `; weigh: ${c.considerations.map((k) => k.kind).join(', ')}` : ''),
  );
}
const log = [
  ...[8, 9, 10, 11, 12, 13].map((h) => ({
    id: `c${h}`,
    at: `2026-03-02T${String(h).padStart(2, '0')}:00:00Z`,
    channel: 'phone',
    direction: 'inbound',
    subject: 'general',
  })),
  {
    id: 'leak-1',
    at: '2026-03-02T14:00:00Z',
    channel: 'phone',
    direction: 'inbound',
    subject: 'urgent-repair',
  },
];
const analysis = must(analyseContacts(log, { policy, asOf: '2026-03-03T00:00:00Z' }));
console.log(
  `  A contact log of ${log.length}: ${analysis.findings.map((f) => `${f.kind} (${f.contactIds.length} contacts)`).join('; ')}; the urgent repair call is excluded and never counts`,
);

// A case, from the first abusive call to a restriction (TEP 4 and 5), as a CRM would store it.
console.log('\n== A case ==');
const call = (id, at) => ({
  type: 'incident-recorded',
  at,
  by: 'cso-3',
  incident: {
    id,
    occurredAt: at,
    channel: 'phone',
    actor: 'customer',
    target: 'staff',
    behaviours: [{ code: 'swearing', persistent: true }, { code: 'shouting' }],
  },
});
const history = [
  call('inc-1', '2026-01-12T10:15:00Z'),
  { type: 'informal-action-taken', at: '2026-01-13T09:00:00Z', by: 'ho-1', kind: 'initial-warning' },
  call('inc-2', '2026-01-27T14:00:00Z'),
  { type: 'eia-completed', at: '2026-01-28T09:00:00Z', by: 'hm-1', needs: [], proportionate: true },
  { type: 'written-warning-issued', at: '2026-01-29T09:00:00Z', by: 'hm-1', letterDate: '2026-01-29' },
  call('inc-3', '2026-02-16T11:00:00Z'),
  {
    type: 'restriction-imposed',
    at: '2026-03-02T10:00:00Z',
    by: 'hm-1',
    restriction: {
      id: 'r-1',
      startsOn: '2026-03-02',
      months: 12,
      measures: [
        { kind: 'spoc-only' },
        { kind: 'call-windows', windows: [{ day: 'tuesday', from: '10:00', to: '12:00' }] },
      ],
      spoc: { staffId: 'sp-1', name: 'Sam Patel' },
    },
    decisionLetterDate: '2026-03-02',
  },
  { type: 'staff-conduct-reported', at: '2026-03-20T09:00:00Z', by: 'hm-1', staffId: 'op-7' },
];
let state = must(openCase({ caseId: 'case-1', customerId: 'cust-42', openedAt: '2026-01-12T09:00:00Z' }));
for (const event of history) state = must(applyEvent(state, event, policy));
const premature = applyEvent(
  must(openCase({ caseId: 'case-2', customerId: 'cust-43', openedAt: '2026-01-12T09:00:00Z' })),
  { type: 'written-warning-issued', at: '2026-01-13T09:00:00Z', by: 'hm-1', letterDate: '2026-01-13' },
  policy,
);
console.log(
  `A written warning with no EIA on file is refused: ${premature.error.code}: ${premature.error.message}`,
);
const restriction = state.restrictions[0];
// The state stores facts; the dates the policy gives them are worked out when asked.
const [dates] = must(caseDeadlines(state, policy)).restrictions;
console.log(
  `Restriction r-1 (stage '${state.stage}'): in force to ${dates.lastDayInForce}; appeal by ${dates.appealLastDay}; reviews due ${dates.reviewsDue.join(', ')}; evidence ${restriction.evidence.join(', ')}`,
);
console.log('\nWhat is due on 1 October 2026 (a CRM task list):');
for (const o of must(obligations(state, '2026-10-01T09:00:00Z', policy))) {
  console.log(
    `  ${o.dueOn}${o.overdue ? ' OVERDUE' : ''}  ${o.kind}  [${o.reasons.map((r) => r.rule).join(', ')}]`,
  );
}

// The case as a timeline (NF-8): who did what, when and why, and a Mermaid rendering of it.
const { entries, mermaid } = must(caseTimeline(state, policy));
console.log(`\nThe case's timeline (${entries.length} steps), as Mermaid:\n${mermaid}`);

// The contact gate, on every call and email.
console.log('\n== The contact gate ==');
const at = '2026-03-28T13:00:00Z'; // a Saturday; the clocks go forward the next night
// One gate for the case: every restriction and protection, each judged at the contact's own time.
const gate = must(caseGate(state, policy));
const contacts = [
  [
    'A general call to a colleague',
    { at, direction: 'inbound', channel: 'phone', subject: 'general', staffId: 'cso-3' },
  ],
  ['A call about an urgent repair', { at, direction: 'inbound', channel: 'phone', subject: 'urgent-repair' }],
  ['A complaint by email', { at, direction: 'inbound', channel: 'email', subject: 'complaint' }],
  [
    'The reported operative calls the resident',
    { at, direction: 'outbound', channel: 'phone', subject: 'new-repair', staffId: 'op-7' },
  ],
];
for (const [label, contact] of contacts) {
  const decision = must(gate.check(contact));
  const next = decision.route?.nextWindow;
  console.log(`  ${label}: ${decision.outcome}${next ? ` (next window ${next.startsAt})` : ''}`);
  for (const r of decision.reasons) console.log(`      [${r.rule}] ${r.text}`);
}

const refused = appealDeadline({ decisionLetterDate: '2026-02-30', policy });
console.log(`\nBad input is refused, never guessed: ${refused.error.code}: ${refused.error.message}`);

// The decision letter the case calls for (TEP-5.2, HO-6), as structured content and as text.
console.log('\n== The restriction decision letter (text) ==\n');
const letter = must(noticeContent(state, 'restriction-decision', policy));
console.log(must(renderNotice(letter, { format: 'text' })));
