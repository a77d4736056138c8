import { describeDate } from '../calendar/zone.js';
import { civilDateOf } from '../case/facts.js';
import type { RestrictionDeadlines } from '../case/queries.js';
import type { CaseState, DecisionRecord, RestrictionRecord } from '../case/state.js';
import { BEHAVIOURS } from '../classification/behaviours.js';
import { CHANNEL_WORDS } from '../contact/channels.js';
import { alwaysReportable } from '../contact/exclusions.js';
import { appealLapseWords } from '../deadlines/appeal.js';
import { describePeriod } from '../deadlines/count.js';
import type { Policy, StepAuthority } from '../policy/schema.js';
import { restsOnLibraryDefault } from '../policy/settings.js';
import type { CivilDate } from '../shared/dates.js';
import { NEEDS } from '../shared/needs.js';
import type { RuleId } from '../shared/rules.js';
import { element } from './kind.js';
import { listWords, measuresWords } from './measures.js';
import type { NoticeElement } from './schema.js';

/**
 * The elements several kinds of letter share, each drawn from the case in words a resident
 * understands. Which kinds need them, and the sentences that require them, are in each kind's file.
 */

/** The last record of a step in the audit trail, about `subject` when given. */
export function lastDecision(
  state: CaseState,
  types: readonly DecisionRecord['type'][],
  subject?: string,
): DecisionRecord | undefined {
  for (let i = state.decisions.length - 1; i >= 0; i--) {
    const record = state.decisions[i] as DecisionRecord;
    if (types.includes(record.type) && (subject === undefined || record.subject === subject)) return record;
  }
  return undefined;
}

/** The civil date of an instant in the policy's zone. */
export const dayOf = (at: string, policy: Policy): CivilDate => civilDateOf(at, policy.timeZone);

/**
 * NF-1, TEP-5.2 "the reasons": each incident relied on, as a line: when, how, and what.
 *
 * @example
 * // => ['Monday 5 January 2026, by telephone: swearing (repeatedly).']
 */
export function evidenceElement(
  state: CaseState,
  ids: readonly string[],
  policy: Policy,
  rule: RuleId = 'NF-1',
): NoticeElement {
  const lines: string[] = [];
  for (const id of ids) {
    const incident = state.incidents.find((candidate) => candidate.id === id);
    if (incident === undefined) continue;
    const what = incident.behaviours.map(({ code, persistent }) => {
      const label = BEHAVIOURS[code].label;
      const words = label.charAt(0).toLowerCase() + label.slice(1);
      return persistent === true ? `${words} (repeatedly)` : words;
    });
    lines.push(
      `${describeDate(dayOf(incident.occurredAt, policy))}, by ${CHANNEL_WORDS[incident.channel]}: ${listWords(what, 'and')}.`,
    );
  }
  return element('behaviour-and-evidence', lines, rule);
}

/** TEP-5.2 "the details of the restricted contact arrangements", in plain words. */
export function measuresElement(
  restriction: RestrictionRecord,
  state: CaseState,
  policy: Policy,
  rule: RuleId = 'TEP-5.2',
): NoticeElement {
  return element('measures', measuresWords(restriction.measures, state.spoc, policy.timeZone), rule);
}

/** TEP-5.2 "including details of the SPOC", TEP-6: who the single point of contact is. */
export function spocElement(state: CaseState, rule: RuleId = 'TEP-5.2'): NoticeElement[] {
  const spoc = state.spoc;
  if (spoc === undefined) return [];
  return [
    element(
      'spoc',
      `${spoc.name} is your single point of contact. All your enquiries and messages go to them, so we can keep track and give you a full answer.`,
      rule,
    ),
  ];
}

/**
 * TEP-5.2 "the length of time", TEP-10: when the restriction starts, its last day in force (`null`
 * when open-ended: it stays until lifted), and the next review (`null` when none falls before it
 * ends), from `caseDeadlines`.
 */
export function periodElements(dates: RestrictionDeadlines, withStart: boolean): NoticeElement[] {
  return [
    ...(withStart ? [element('starts-on', dates.startsOn, 'TEP-5.2')] : []),
    element('last-day-in-force', dates.lastDayInForce, 'TEP-5.2'),
    element('next-review', dates.nextReviewDue, 'TEP-10'),
  ];
}

const roleWords = (role: string): string => role.replace(/[-_]+/g, ' ');

/** The people who may decide an appeal, in words: the policy's `authority` roles where set (NF-4, SH-5). */
function appealDeciderWords(policy: Policy): string {
  const authority: StepAuthority | undefined = policy.authority['appeal-decided'];
  if (authority === undefined) return 'a senior officer who was not involved in this decision';
  const roles = Array.isArray(authority) ? authority : authority.roles;
  const count = Array.isArray(authority) ? 1 : authority.count;
  const who = listWords(roles.map(roleWords));
  return count > 1
    ? `${count} people (each a ${who}), none of them involved in this decision`
    : `a ${who} who was not involved in this decision`;
}

/** TEP-11.3: the `appeal-deadline` value of a decision that cannot be appealed (docs/notices.md). */
export const NO_INTERNAL_APPEAL = 'no internal appeal: the decision is final';

/** The words that label a setting as the library's own default, never the policy's rule. */
const DEFAULT_NOTE =
  'This time limit is a default of our case system: our published policy does not set one.';

/**
 * TEP-11.2, HO-6, SH-5: the last day to appeal (from `caseDeadlines`) and how to appeal: in
 * writing, within the arrangements in force, to whom, and when the outcome comes. Under a policy
 * with no internal appeal, or once a decision is final (TEP-11.3): the decision is final, with
 * the Ombudsman signposted.
 */
export function appealElements(
  policy: Policy,
  appealLastDay: CivilDate | null,
  final: boolean,
): NoticeElement[] {
  const appeal = policy.appeal;
  if (appeal === null || appealLastDay === null || final) {
    return [element('appeal-deadline', NO_INTERNAL_APPEAL, 'TEP-11.3'), ombudsmanSignpost()];
  }
  const decision =
    appeal.decisionWithin === null
      ? 'We will tell you the outcome in writing.'
      : `We will tell you the outcome in writing within ${describePeriod(appeal.decisionWithin)} of receiving your appeal.${restsOnLibraryDefault(policy, 'appeal.decisionWithin') ? ' This time is a default of our case system: our published policy does not set one.' : ''}`;
  const lapse =
    appealLapseWords(policy) === 'the right of appeal is lost'
      ? 'If you do not write by then, you lose your right to appeal.'
      : 'An appeal after that day is out of time.';
  return [
    element('appeal-deadline', appealLastDay, 'TEP-11.2'),
    element(
      'how-to-appeal',
      [
        `If you think this decision is wrong, you can appeal. Write to us by ${describeDate(appealLastDay)} and tell us why. ${lapse}${restsOnLibraryDefault(policy, 'appeal.window') ? ` ${DEFAULT_NOTE}` : ''}`,
        'Please send your appeal in a way these arrangements allow.',
        `Your appeal will be decided by ${appealDeciderWords(policy)}. It is not handled as a complaint. ${decision}`,
      ],
      'HO-6',
    ),
  ];
}

/**
 * TEP-11.2, NF-3: the time to appeal the decision letter dated `letterDate` ended on `lastDay`,
 * before a step that opens no new one (a variation with no new decision letter): the letter says
 * so, never offers the passed day as one to write by, and says what the customer can still do.
 */
export function appealLapsedElement(letterDate: CivilDate, lastDay: CivilDate): NoticeElement {
  return element(
    'appeal-deadline',
    [
      `The time to appeal our decision in our letter dated ${describeDate(letterDate)} ended on ${describeDate(lastDay)}. This change comes without a new decision letter, so it does not start a new time to appeal.`,
      'You can still make a complaint, or escalate one, and take your complaint to the Housing Ombudsman Service: these arrangements never stop that.',
    ],
    'TEP-11.2',
  );
}

/** TEP-11.1: how to ask for the restriction to be reconsidered, where the policy has the route. */
export function reconsiderationElements(policy: Policy): NoticeElement[] {
  const route = policy.reconsideration;
  if (route === null) return [];
  const within =
    route.decisionWithin === null
      ? ''
      : ` We will tell you our decision within ${describePeriod(route.decisionWithin)} of receiving your request.`;
  return [
    element(
      'reconsideration',
      `If you can show us a better way of dealing with us, you can ask us in writing to think again about this restriction at any time.${within}`,
      'TEP-11.1',
    ),
  ];
}

/**
 * TEP-7, NF-3: what the customer can always still report, whatever the restriction, and that a
 * complaint and the Ombudsman are always open. `complaintsOnly`: the NF-3 lines alone, for a
 * letter that restricts nothing.
 */
export function alwaysReportableElement(policy: Policy, complaintsOnly = false): NoticeElement {
  const items = alwaysReportable(policy);
  const lines = items.ok
    ? items.value.filter((item) => !complaintsOnly || item.how === 'channelled').map((item) => item.text)
    : [];
  return element('always-reportable', lines, complaintsOnly ? 'NF-3' : 'TEP-7');
}

/**
 * SH-3, TEP-2.2, HO-4: the offer of reasonable adjustments, naming what the case already records
 * of the customer's needs (NF-8).
 */
export function adjustmentsOffer(state: CaseState): NoticeElement {
  const needs = state.eia?.needs ?? [];
  const known =
    needs.length === 0
      ? ''
      : ` We have taken into account what we know: ${listWords(
          needs.map((need) => NEEDS[need].words),
          'and',
        )}.`;
  return element(
    'adjustments-offer',
    `Please tell us if there is anything you need, or any reasonable adjustment we can make to support you: for example large print, coloured paper, a translation, a different way to contact us, or more time.${known}`,
    'SH-3',
  );
}

/** SH-3: the offer to nominate someone to communicate for the customer. */
export function nominatedPersonOffer(): NoticeElement {
  return element(
    'nominated-person-offer',
    'You can choose someone to contact us for you: a close friend, a family member, or anyone you give consent to. Tell us who they are and how to reach them.',
    'SH-3',
  );
}

/** TEP-11.3: the final decision's signpost to the Housing Ombudsman. */
export function ombudsmanSignpost(): NoticeElement {
  return element(
    'ombudsman-signpost',
    'This decision is final: it cannot be appealed. If you are still unhappy, you can contact the Housing Ombudsman Service. It is free and independent.',
    'TEP-11.3',
  );
}

/** NF-8: everyone who decided the step a record tells: `by`, and those it names in `jointlyWith`. */
export const decidersOfRecord = (record: DecisionRecord): string[] => [
  ...new Set([record.by, ...(record.jointlyWith ?? []).map((decider) => decider.by)]),
];

/** NF-8: who decided. */
export function decidedBy(ids: readonly string[]): NoticeElement {
  return element('decided-by', `This decision was made by ${listWords([...ids], 'and')}.`, 'NF-8');
}
