// npm run demo: the library's main job on the built-in default policy (the Tenancy Enforcement
// Procedure), for a sample decision to restrict a customer's contact.
import {
  appealDeadline,
  appealDecisionDue,
  bankHolidays,
  presets,
  reconsiderationDecisionDue,
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

const refused = appealDeadline({ decisionLetterDate: '2026-02-30', policy });
console.log(`\nBad input is refused, never guessed: ${refused.error.code}: ${refused.error.message}`);
