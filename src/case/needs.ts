import { z } from 'zod';
import { deepFreeze } from '../shared/freeze.js';
import { type Need, NeedSchema } from '../shared/needs.js';
import { type Measure, MeasureSchema } from '../shared/restriction.js';
import { ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import type { Channel } from '../shared/vocabulary.js';

/**
 * NF-2: a contact restriction must be proportionate, with regard to the Equality Act 2010. The
 * EIA records the customer's needs in the library's one vocabulary (`NEEDS`); this table says,
 * for each need that rules a measure out, which measures it conflicts with and why. Needs not in
 * the table (large print, an interpreter) shape how contact is made but rule out no measure; nor
 * do the measures `service-scope`, `call-length-limit` and `witness-present`, which shape contact
 * without shutting anyone out (a longer call for someone who needs more time is an adjustment).
 */

/** A measure's kind, as the contact gate's `MeasureSchema` names it. */
type MeasureKind = Measure['kind'];

/** Channels that need the customer to read or write. */
const NEEDS_WRITING: readonly Channel[] = ['email', 'letter', 'web-form', 'sms', 'social-media'];

/** A measure a need conflicts with: its kind, and for `single-channel`, which channels. */
export interface ConflictingMeasure {
  readonly kind: MeasureKind;
  readonly channels?: readonly Channel[];
}

/** One need's conflicts: the measures it rules out, and why, in a sentence. */
export interface NeedConflicts {
  readonly conflictsWith: readonly ConflictingMeasure[];
  readonly why: string;
}

const WRITING: readonly ConflictingMeasure[] = [
  { kind: 'written-only' },
  { kind: 'single-channel', channels: NEEDS_WRITING },
];
const SPEAKING: readonly ConflictingMeasure[] = [{ kind: 'single-channel', channels: ['phone'] }];

/**
 * The needs that rule a measure out, keyed by the shared vocabulary (TEP-2.2's barriers to
 * communication).
 *
 * @example
 * NEED_CONFLICTS['hearing-impairment']?.conflictsWith
 * // => [{ kind: 'single-channel', channels: ['phone'] }]
 */
export const NEED_CONFLICTS: Readonly<Partial<Record<Need, NeedConflicts>>> = deepFreeze({
  'cannot-write': {
    conflictsWith: WRITING,
    why: 'the customer cannot write, so contact in writing only would shut them out',
  },
  'literacy-support': {
    conflictsWith: WRITING,
    why: 'the customer needs support to read and write, so contact in writing only would shut them out',
  },
  'visual-impairment': {
    conflictsWith: [{ kind: 'written-only' }, { kind: 'single-channel', channels: ['letter'] }],
    why: 'the customer has a visual impairment, so printed or written-only contact needs an accessible format',
  },
  'hearing-impairment': {
    conflictsWith: SPEAKING,
    why: 'the customer has a hearing impairment, so telephone-only contact would shut them out',
  },
  'hearing-support': {
    conflictsWith: SPEAKING,
    why: 'the customer needs hearing support, so telephone-only contact would shut them out',
  },
  'sign-language': {
    conflictsWith: SPEAKING,
    why: 'the customer uses sign language, so telephone-only contact would shut them out',
  },
  'speech-impairment': {
    conflictsWith: SPEAKING,
    why: 'the customer has a speech impairment, so telephone-only contact would shut them out',
  },
  'pre-arranged-contact': {
    conflictsWith: WRITING,
    why: 'the customer needs a pre-arranged call or interview (for example, being neurodivergent), so written-only contact would shut them out',
  },
});

/** One conflict between a recorded need and a measure: which need, which measure (by position), and why. */
export interface MeasureConflict {
  readonly need: Need;
  /** The measure's position in the list checked. */
  readonly measureIndex: number;
  readonly measure: Measure;
  readonly why: string;
}

function conflicts(rule: ConflictingMeasure, measure: Measure): boolean {
  if (rule.kind !== measure.kind) return false;
  if (rule.channels === undefined) return true;
  return 'channel' in measure && rule.channels.includes(measure.channel);
}

/**
 * The conflicts between needs recorded in an EIA and a list of measures (NF-2). Both lists are
 * validated: a need outside the vocabulary (`NeedSchema`) or a malformed measure is refused by path.
 *
 * @example
 * measureConflicts(['hearing-impairment'], [{ kind: 'single-channel', channel: 'phone' }])
 * // => { ok: true, value: [{ need: 'hearing-impairment', measureIndex: 0, measure: { kind: 'single-channel', channel: 'phone' },
 * //       why: 'the customer has a hearing impairment, so telephone-only contact would shut them out' }] }
 * measureConflicts(['hearing-impairment'], [{ kind: 'written-only' }]) // => { ok: true, value: [] }
 * measureConflicts(['hearing-impairment'], null) // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'measures', ... }] } }
 */
export function measureConflicts(
  needs: readonly Need[],
  measures: readonly Measure[],
): Result<MeasureConflict[]> {
  const valid = validate(MeasureConflictsInput, { needs, measures }, '');
  return valid.ok ? ok(conflictsOf(valid.value.needs, valid.value.measures)) : valid;
}

const MeasureConflictsInput = z.strictObject({
  needs: z.array(NeedSchema),
  measures: z.array(MeasureSchema),
});

/** `measureConflicts` on lists already validated (the case's own). */
export function conflictsOf(needs: readonly Need[], measures: readonly Measure[]): MeasureConflict[] {
  const found: MeasureConflict[] = [];
  for (const need of needs) {
    const known = NEED_CONFLICTS[need];
    if (known === undefined) continue;
    measures.forEach((measure, measureIndex) => {
      if (known.conflictsWith.some((rule) => conflicts(rule, measure))) {
        found.push({ need, measureIndex, measure, why: known.why });
      }
    });
  }
  return found;
}

/**
 * NF-2: the conflicts between a restriction's measures and the needs now on file that no
 * recorded answer covers: a need recorded after the decision's adjustments or justification
 * (`needsWeighed`) is checked against the measures at once.
 *
 * @example
 * // written-only, imposed with no conflict; an EIA review then records 'cannot-write':
 * unansweredConflicts(['cannot-write'], restriction) // => [{ need: 'cannot-write', measureIndex: 0, ... }]
 */
export function unansweredConflicts(
  needs: readonly Need[],
  restriction: { readonly measures: readonly Measure[]; readonly needsWeighed?: readonly Need[] },
): MeasureConflict[] {
  const weighed = restriction.needsWeighed ?? [];
  return conflictsOf(
    needs.filter((need) => !weighed.includes(need)),
    restriction.measures,
  );
}
