import { addDays } from '../calendar/civil-date.js';
import { describeDate } from '../calendar/zone.js';
import type { NoticeChannel, Policy } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import type { CivilDate } from '../shared/dates.js';
import { nearestNames } from '../shared/needs.js';
import { type Reason, reason } from '../shared/reason.js';
import type { EventOf, LetterAbout } from './events.js';
import { civilDateOf, customerIncidentIds, latestDate, type Situation } from './facts.js';
import {
  type Context,
  DECISION_LETTER_RECORDED_WITHIN_DAYS,
  type Guard,
  issue,
  type Precondition,
  refusal,
} from './guards.js';
import type { ObligationKind } from './obligations.js';
import { appending } from './sealed.js';
import type { CaseState, LetterRecord, TeamNotice } from './state.js';

/**
 * The paper trail (TEP-9: "It is important that the customer is kept updated about decisions and
 * changes"; "Update the appropriate colleagues and/or teams"). Every written decision records its
 * letter to the customer, on its own event or by a later `customer-informed` naming it; every
 * change to a restriction is told to the teams the policy names (`teams.toInform`). Until then,
 * each is an obligation, and the case does not close with a letter owed (`LETTERS_OUTSTANDING`).
 */

/** The obligation each kind of letter owed is listed as. */
export const LETTER_OBLIGATION = {
  'case-reviewed': 'review-outcome-letter',
  'spoc-handover': 'spoc-change-notice',
  'restriction-varied': 'variation-letter',
  'restriction-lifted': 'lift-letter',
  'appeal-decided': 'appeal-outcome-letter',
  'reconsideration-decided': 'reconsideration-outcome-letter',
} as const satisfies Record<LetterAbout, string>;

/** What the customer is told, in a sentence, with the rule that says so. */
function letterReason(letter: LetterRecord, policy: Policy): Reason[] {
  const on = describeDate(letter.decidedOn);
  const which = letter.subject === undefined ? '' : ` '${letter.subject}'`;
  switch (letter.about) {
    case 'case-reviewed':
      return [reason('TEP-10', `The customer is written to with the outcome of the review of ${on}.`)];
    case 'spoc-handover':
      return [
        reason(
          'TEP-6',
          `The customer must be told of the change of SPOC of ${on} (now ${letter.subject ?? 'another colleague'}), even if only for a short period.`,
        ),
      ];
    case 'restriction-varied':
      return [
        reason(
          'TEP-9',
          `The customer is kept updated about decisions and changes: the variation of restriction${which} on ${on} is told in writing.`,
        ),
        reason('HO-6', 'Formal action is told to the customer in writing.'),
      ];
    case 'restriction-lifted':
      return [
        reason(
          'TEP-9',
          `The customer is kept updated about decisions and changes: they are told in writing that restriction${which} was lifted on ${on}.`,
        ),
      ];
    case 'appeal-decided':
      return [
        reason(
          'TEP-11.2',
          `The outcome of the appeal decided on ${on} is sent to the customer: a fact sheet with an accompanying letter.`,
        ),
        policy.appeal === null
          ? reason('TEP-11.3', 'The letter signposts the Housing Ombudsman.')
          : reason(
              'TEP-11.3',
              'The decision is final; the letter signposts the Housing Ombudsman to a customer still dissatisfied.',
            ),
      ];
    case 'reconsideration-decided':
      return [
        reason(
          'TEP-11.1',
          `The decision on the request to reconsider, made on ${on}, is confirmed to the customer in writing.`,
        ),
      ];
    default: {
      const never: never = letter.about;
      return never;
    }
  }
}

/** The letters the customer is still owed, oldest first. */
export const lettersOwed = (state: CaseState): LetterRecord[] =>
  state.letters.filter((letter) => letter.letterDate === undefined);

/** A written decision's letter recorded on the case: sent when `letterDate` is given, else owed. */
export function withLetter(
  state: CaseState,
  about: LetterAbout,
  subject: string | undefined,
  situation: Pick<Situation, 'at' | 'on'> & { readonly inPlace?: boolean },
  letterDate?: CivilDate,
): CaseState {
  const letter: LetterRecord = {
    about,
    ...(subject !== undefined && { subject }),
    decidedAt: situation.at,
    decidedOn: situation.on,
    ...(letterDate !== undefined && { letterDate }),
  };
  return { ...state, letters: appending(situation.inPlace === true, state.letters, letter) };
}

/** A change to a restriction the teams must be told of (TEP-9, TEP-5.2). */
export function withTeamNotice(
  state: CaseState,
  about: TeamNotice['about'],
  subjects: readonly string[],
  situation: Pick<Situation, 'at' | 'on'> & { readonly inPlace?: boolean },
): CaseState {
  if (subjects.length === 0) return state;
  const notices: TeamNotice[] = subjects.map((subject) => ({
    about,
    subject,
    decidedAt: situation.at,
    decidedOn: situation.on,
    teamsInformed: [],
  }));
  return { ...state, teamNotices: appending(situation.inPlace === true, state.teamNotices, ...notices) };
}

/** The teams the policy names that a notice has not yet reached. */
export const teamsUntold = (notice: TeamNotice, policy: Policy): string[] =>
  policy.teams.toInform.filter((team) => !notice.teamsInformed.includes(team));

// ---------------------------------------------------------------------------------------------
// Guards.

/** The deprecated `about` names read as the event types they stand for. */
export const aboutOf = (event: EventOf<'customer-informed'>): LetterAbout =>
  event.about === 'review-outcome' ? 'case-reviewed' : event.about;

/** The date on the letter, under its current name or the deprecated `informedOn`. */
export const letterDateOf = (event: EventOf<'customer-informed'>): CivilDate =>
  (event.letterDate ?? event.informedOn) as CivilDate;

/** The oldest letter owed that a `customer-informed` event follows up. */
export function letterInformed(
  state: CaseState,
  event: EventOf<'customer-informed'>,
): LetterRecord | undefined {
  const about = aboutOf(event);
  return lettersOwed(state).find(
    (letter) =>
      letter.about === about && (event.restrictionId === undefined || letter.subject === event.restrictionId),
  );
}

const PAPER_TRAIL_REASON = reason(
  'TEP-9',
  'The customer is kept updated about decisions and changes: a letter records the decision it tells of, and cannot be dated before it.',
);

/** TEP-6, TEP-9, TEP-10, TEP-11: a letter the customer has not yet been sent, of the kind named. */
export const letterToInform: Guard<EventOf<'customer-informed'>> = {
  code: 'INVALID_TRANSITION',
  rule: 'TEP-9',
  check: (context) => {
    const { state, event, on } = context;
    const letter = letterInformed(state, event);
    const path = event.letterDate === undefined ? 'informedOn' : 'letterDate';
    if (letter === undefined) {
      const about = aboutOf(event);
      return refusal(
        'INVALID_TRANSITION',
        `No letter about a '${about}' decision is owed to the customer${event.restrictionId === undefined ? '' : ` for restriction '${event.restrictionId}'`}.`,
        [],
        [issue(context, 'about', 'expected a decision the customer has not yet been written to about')],
      );
    }
    const date = letterDateOf(event);
    const problem =
      date < letter.decidedOn
        ? `expected a letter dated on or after the decision it records (${letter.decidedOn})`
        : date > on
          ? `expected a letter dated on or before the day it is recorded (${on})`
          : undefined;
    if (problem === undefined) return undefined;
    return refusal(
      'INVALID_INPUT',
      `The letter's date does not fit the decision it tells of: ${problem}.`,
      [PAPER_TRAIL_REASON],
      [issue(context, path, problem)],
    );
  },
};

type LetteredEvent =
  | EventOf<'restriction-lifted'>
  | EventOf<'appeal-decided'>
  | EventOf<'reconsideration-decided'>
  | EventOf<'case-reviewed'>
  | EventOf<'spoc-handover'>;

/** The letter date a decision event carries, and its path. */
function statedLetter(event: LetteredEvent): { date: CivilDate; path: string } | undefined {
  if (event.type === 'spoc-handover') {
    return event.customerInformedOn === undefined
      ? undefined
      : { date: event.customerInformedOn, path: 'customerInformedOn' };
  }
  return event.letterDate === undefined ? undefined : { date: event.letterDate, path: 'letterDate' };
}

/**
 * TEP-9: a letter recorded with its decision is dated the day of the decision (the event's day):
 * not before it, and not after it, since the event records a letter already sent; a letter sent
 * later is recorded by a later `customer-informed`.
 */
export const letterNotBeforeDecision: Guard<LetteredEvent> = {
  code: 'INVALID_INPUT',
  rule: 'TEP-9',
  check: (context: Context<LetteredEvent>) => {
    const stated = statedLetter(context.event);
    if (stated === undefined || stated.date === context.on) return undefined;
    const before = stated.date < context.on;
    return refusal(
      'INVALID_INPUT',
      before
        ? `The letter is dated ${describeDate(stated.date)}, before the decision it records (${describeDate(context.on)}).`
        : `The letter is dated ${describeDate(stated.date)}, after the day the decision is recorded (${describeDate(context.on)}): record a letter once it is sent (customer-informed).`,
      [PAPER_TRAIL_REASON],
      [issue(context, stated.path, `expected the day of the decision it records (${context.on})`)],
    );
  },
};

type WarningEvent = EventOf<'written-warning-issued'> | EventOf<'breach-warning-issued'>;

/**
 * TEP-4.4, TEP-8, TEP-2.3: a warning letter is dated no later than the day it is recorded (it
 * has been sent), no earlier than `DECISION_LETTER_RECORDED_WITHIN_DAYS` before, and never before
 * what it rests on: the incidents it lists (or the breach it warns about) and, where the policy
 * requires one before formal action, the equality impact assessment.
 */
export const warningLetterDated: Guard<WarningEvent> = {
  code: 'INVALID_INPUT',
  rule: 'TEP-4.4',
  check: (context) => {
    const { event, state, policy, on } = context;
    const letter = event.letterDate;
    const restsOn: CivilDate[] = [addDays(on, -DECISION_LETTER_RECORDED_WITHIN_DAYS)];
    if (event.type === 'written-warning-issued') {
      const evidence = event.evidence ?? customerIncidentIds(state, policy);
      for (const incident of state.incidents) {
        if (evidence.includes(incident.id)) restsOn.push(civilDateOf(incident.occurredAt, policy.timeZone));
      }
    } else {
      const last = state.breaches.at(-1);
      if (last !== undefined) restsOn.push(civilDateOf(last.at, policy.timeZone));
    }
    if (policy.formalAction.eiaBeforeFormalAction && state.eia !== undefined)
      restsOn.push(state.eia.completedOn);
    const earliest = latestDate(restsOn) as CivilDate;
    if (letter >= earliest && letter <= on) return undefined;
    return refusal(
      'INVALID_INPUT',
      letter > on
        ? `The warning letter is dated ${describeDate(letter)}, after the day it is recorded (${describeDate(on)}): record a letter once it is sent.`
        : `The warning letter is dated ${describeDate(letter)}, before what it rests on (${describeDate(earliest)}: the incidents or breach it warns about, the equality impact assessment, or ${DECISION_LETTER_RECORDED_WITHIN_DAYS} days before it is recorded).`,
      [
        PAPER_TRAIL_REASON,
        reason('TEP-2.3', 'An equality impact assessment is completed before formal action.'),
      ],
      [issue(context, 'letterDate', `expected a day from ${earliest} to ${on}`)],
    );
  },
};

/** TEP-9: the case does not close, and so drop from every task list, while a letter is owed. */
export const noLettersOwed: Precondition = {
  code: 'LETTERS_OUTSTANDING',
  rule: 'TEP-9',
  check: ({ state, policy }) => {
    const owed = lettersOwed(state);
    if (owed.length === 0) return undefined;
    const words = owed.map((letter) => `${letter.about} of ${describeDate(letter.decidedOn)}`).join(', ');
    return refusal(
      'LETTERS_OUTSTANDING',
      `The customer is still owed ${owed.length === 1 ? 'a letter' : `${owed.length} letters`} (${words}): record each (customer-informed) before closing the case.`,
      [PAPER_TRAIL_REASON, ...owed.flatMap((letter) => letterReason(letter, policy))],
    );
  },
};

/** TEP-9: the case does not close, and so drop the task, while a team is still to be told of a change. */
export const noTeamsUntold: Precondition = {
  code: 'TEAMS_NOT_INFORMED',
  rule: 'TEP-9',
  check: ({ state, policy }) => {
    const untold = state.teamNotices.filter((notice) => teamsUntold(notice, policy).length > 0);
    if (untold.length === 0) return undefined;
    const words = untold
      .map(
        (notice) =>
          `restriction '${notice.subject}' ${notice.about.replace('restriction-', '')} on ${describeDate(notice.decidedOn)} (${teamsUntold(notice, policy).join(', ')})`,
      )
      .join('; ');
    return refusal(
      'TEAMS_NOT_INFORMED',
      `The teams the policy names are still to be told of ${untold.length === 1 ? 'a change' : `${untold.length} changes`}: ${words}. Record each (teams-informed) before closing the case.`,
      [
        reason(
          'TEP-9',
          'Update the appropriate colleagues and/or teams: records and warning markers are kept up to date.',
        ),
      ],
    );
  },
};

/** TEP-9: a team to tell of a change to a restriction, one the policy names (`teams.toInform`). */
export const teamsToTell: Guard<EventOf<'teams-informed'>> = {
  code: 'INVALID_TRANSITION',
  rule: 'TEP-9',
  check: (context) => {
    const { state, policy, event } = context;
    const known = policy.teams.toInform;
    const unknown = event.teams.flatMap((team, i) =>
      known.includes(team)
        ? []
        : [
            issue(
              context,
              `teams[${i}]`,
              known.length === 0
                ? `expected a team the policy names (teams.toInform), received '${team}'; it names none`
                : `expected a team the policy names (teams.toInform), received '${team}'; the nearest: ${nearestNames(
                    team,
                    known,
                  )
                    .map((name) => `'${name}'`)
                    .join(', ')}`,
            ),
          ],
    );
    if (unknown.length > 0) {
      return refusal(
        'INVALID_INPUT',
        'The teams told must be ones the policy names (teams.toInform).',
        [
          settingReason(
            policy,
            'teams.toInform',
            `The policy names the teams to tell: ${known.join(', ') || 'none'}.`,
          ),
        ],
        unknown,
      );
    }
    const waiting = state.teamNotices.some((notice) =>
      event.teams.some(
        (team) => !notice.teamsInformed.includes(team) && teamsUntold(notice, policy).length > 0,
      ),
    );
    if (waiting) return undefined;
    return refusal(
      'INVALID_TRANSITION',
      'No change to a restriction is waiting to be told to these teams.',
      [],
      [issue(context, 'teams', 'expected a team not yet told of a restriction imposed, varied or lifted')],
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Obligations.

type Push = (kind: ObligationKind, dueOn: CivilDate, subject: string | undefined, reasons: Reason[]) => void;

/** Each letter owed, due the day of its decision (the sources give no time: the library's reading). */
export function letterObligations(state: CaseState, policy: Policy, push: Push): void {
  for (const letter of lettersOwed(state)) {
    push(LETTER_OBLIGATION[letter.about], letter.decidedOn, letter.subject, letterReason(letter, policy));
  }
}

/** Each change to a restriction not yet told to every team the policy names, due the day of the change. */
export function teamObligations(state: CaseState, policy: Policy, push: Push): void {
  for (const notice of state.teamNotices) {
    const untold = teamsUntold(notice, policy);
    if (untold.length === 0) continue;
    const change = notice.about.replace('restriction-', '');
    push('teams-to-inform', notice.decidedOn, notice.subject, [
      settingReason(
        policy,
        'teams.toInform',
        `Restriction '${notice.subject}' was ${change} on ${describeDate(notice.decidedOn)}: tell ${untold.join(', ')}, and update the warning markers and records.`,
      ),
      reason(
        'TEP-5.2',
        'Relevant colleagues will be informed of any restrictions put in place; this may include contractors and other statutory agencies.',
      ),
    ]);
  }
}

// ---------------------------------------------------------------------------------------------
// Updates.

/** A `customer-informed`: the oldest owed letter of its kind is sent, and the record it follows up says so. */
export function informCustomerOf(
  state: CaseState,
  event: EventOf<'customer-informed'>,
  policy: Policy,
): { state: CaseState; reasons: Reason[]; subject?: string } {
  const letter = letterInformed(state, event);
  if (letter === undefined) return { state, reasons: [] }; // letterToInform has refused this already
  const letterDate = letterDateOf(event);
  const channel: NoticeChannel | undefined = event.channel;
  const sent: LetterRecord = { ...letter, letterDate, ...(channel !== undefined && { channel }) };
  let next: CaseState = { ...state, letters: state.letters.map((each) => (each === letter ? sent : each)) };
  if (letter.about === 'case-reviewed') {
    // The review's own record keeps its letter too, as it always has.
    next = {
      ...next,
      reviews: next.reviews.map((review) =>
        review.at === letter.decidedAt && review.letterDate === undefined
          ? { ...review, letterDate }
          : review,
      ),
    };
  }
  const spoc = next.spoc;
  if (
    letter.about === 'spoc-handover' &&
    spoc?.handover !== undefined &&
    spoc.staffId === letter.subject &&
    spoc.handover.customerInformedOn === undefined
  ) {
    next = { ...next, spoc: { ...spoc, handover: { ...spoc.handover, customerInformedOn: letterDate } } };
  }
  const [first, ...rest] = letterReason(letter, policy);
  const told = reason(
    (first as Reason).rule,
    `The customer was written to (letter dated ${describeDate(letterDate)}${channel === undefined ? '' : `, by ${channel}`}) about the ${letter.about} decision of ${describeDate(letter.decidedOn)}.`,
  );
  return {
    state: next,
    reasons: [told, ...rest],
    ...(letter.subject !== undefined && { subject: letter.subject }),
  };
}

/** A `teams-informed`: every change waiting for one of the teams named is told to them. */
export function informTeamsOf(
  state: CaseState,
  event: EventOf<'teams-informed'>,
  policy: Policy,
  on: CivilDate,
): { state: CaseState; reasons: Reason[] } {
  const told: string[] = [];
  const teamNotices = state.teamNotices.map((notice) => {
    const waiting = teamsUntold(notice, policy).length > 0;
    const fresh = event.teams.filter((team) => !notice.teamsInformed.includes(team));
    if (!waiting || fresh.length === 0) return notice;
    told.push(notice.subject);
    return { ...notice, teamsInformed: [...notice.teamsInformed, ...fresh], informedOn: on };
  });
  return {
    state: { ...state, teamNotices },
    reasons: [
      reason(
        'TEP-9',
        `${event.teams.join(', ')} ${event.teams.length === 1 ? 'was' : 'were'} told of the change to restriction ${[...new Set(told)].map((id) => `'${id}'`).join(', ')}.`,
      ),
    ],
  };
}
