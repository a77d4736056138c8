import type { Measure } from '../shared/restriction.js';
import type { Channel } from '../shared/vocabulary.js';

/**
 * NF-2: a contact restriction must be proportionate, with regard to the Equality Act 2010. The
 * EIA records the customer's needs as strings (API.md); the needs named here are the ones the
 * library knows, from the barriers TEP-2.2 lists, and each says which measures it conflicts
 * with and why. Any other need is kept and shown in the audit trail, but drives no conflict.
 * To teach the library a new need, add it here.
 */

/** A measure's kind, as the contact gate's `MeasureSchema` names it. */
type MeasureKind = Measure['kind'];

/** Channels that need the customer to read or write. */
const NEEDS_WRITING: readonly Channel[] = ['email', 'letter', 'web-form', 'sms', 'social-media'];

/** A measure a need conflicts with: its kind, and for `single-channel`, which channels. */
interface Conflicting {
  readonly kind: MeasureKind;
  readonly channels?: readonly Channel[];
}

/** One need the library knows: the measures it conflicts with, and why, in a sentence. */
export interface NeedConflicts {
  readonly conflictsWith: readonly Conflicting[];
  readonly why: string;
}

const WRITING: readonly Conflicting[] = [
  { kind: 'written-only' },
  { kind: 'single-channel', channels: NEEDS_WRITING },
];
const SPEAKING: readonly Conflicting[] = [{ kind: 'single-channel', channels: ['phone'] }];

/**
 * The needs recorded in an EIA that the library knows, and the measures each conflicts with.
 *
 * @example
 * EIA_NEED_CONFLICTS['hearing-impairment'].conflictsWith
 * // => [{ kind: 'single-channel', channels: ['phone'] }]
 */
export const EIA_NEED_CONFLICTS = {
  'cannot-write': {
    conflictsWith: WRITING,
    why: 'the customer cannot write, so contact in writing only would shut them out',
  },
  'literacy-difficulty': {
    conflictsWith: WRITING,
    why: 'the customer has difficulty reading and writing, so contact in writing only would shut them out',
  },
  'sight-impairment': {
    conflictsWith: [{ kind: 'written-only' }, { kind: 'single-channel', channels: ['letter'] }],
    why: 'the customer has a sight impairment, so printed or written-only contact needs an accessible format',
  },
  'hearing-impairment': {
    conflictsWith: SPEAKING,
    why: 'the customer has a hearing impairment, so telephone-only contact would shut them out',
  },
  'sign-language-user': {
    conflictsWith: SPEAKING,
    why: 'the customer uses sign language, so telephone-only contact would shut them out',
  },
  'speech-impairment': {
    conflictsWith: SPEAKING,
    why: 'the customer has a speech impairment, so telephone-only contact would shut them out',
  },
  'needs-spoken-contact': {
    conflictsWith: WRITING,
    why: 'the customer needs a pre-arranged call or interview (for example, being neurodivergent), so written-only contact would shut them out',
  },
} as const satisfies Record<string, NeedConflicts>;

/** A need the library knows, such as `'cannot-write'` or `'hearing-impairment'`. */
export type EiaNeed = keyof typeof EIA_NEED_CONFLICTS;

/**
 * Every need the library knows, in the order of the table.
 *
 * @example
 * EIA_NEEDS.includes('cannot-write') // => true
 */
export const EIA_NEEDS = Object.keys(EIA_NEED_CONFLICTS) as readonly EiaNeed[];

/** One conflict between a recorded need and a measure: which need, which measure (by position), and why. */
export interface MeasureConflict {
  readonly need: EiaNeed;
  /** The measure's position in the list checked. */
  readonly measureIndex: number;
  readonly measure: Measure;
  readonly why: string;
}

function conflicts(rule: Conflicting, measure: Measure): boolean {
  if (rule.kind !== measure.kind) return false;
  if (rule.channels === undefined) return true;
  return 'channel' in measure && rule.channels.includes(measure.channel);
}

/**
 * The conflicts between the needs recorded in an EIA and a list of measures (NF-2). Needs the
 * library does not know, and measures no need names, never conflict.
 *
 * @example
 * measureConflicts(['hearing-impairment'], [{ kind: 'single-channel', channel: 'phone' }])
 * // => [{ need: 'hearing-impairment', measureIndex: 0, measure: { kind: 'single-channel', channel: 'phone' },
 * //       why: 'the customer has a hearing impairment, so telephone-only contact would shut them out' }]
 * measureConflicts(['hearing-impairment'], [{ kind: 'written-only' }]) // => []
 */
export function measureConflicts(needs: readonly string[], measures: readonly Measure[]): MeasureConflict[] {
  const found: MeasureConflict[] = [];
  for (const need of needs) {
    if (!Object.hasOwn(EIA_NEED_CONFLICTS, need)) continue;
    const known = EIA_NEED_CONFLICTS[need as EiaNeed];
    measures.forEach((measure, measureIndex) => {
      if (known.conflictsWith.some((rule) => conflicts(rule, measure))) {
        found.push({ need: need as EiaNeed, measureIndex, measure, why: known.why });
      }
    });
  }
  return found;
}
