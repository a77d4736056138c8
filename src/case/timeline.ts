import { type PolicyInput, type PolicyVersions, readPolicy, versionFor } from '../policy/versions.js';
import type { CivilDate, Instant } from '../shared/dates.js';
import type { Reason } from '../shared/reason.js';
import { type Failure, ok, type Result } from '../shared/result.js';
import { readState, validateAll } from './apply.js';
import { civilDateOf } from './facts.js';
import type { CaseState, Stated } from './state.js';
import { TRANSITIONS } from './transitions.js';

/**
 * The case as a timeline (NF-8): every dated step, who took it and why, from the audit trail
 * (`state.decisions`), for a manager or an Ombudsman investigator to read, with a Mermaid
 * `timeline` rendering of it.
 */

/** One dated step on the case. */
export interface TimelineEntry {
  /** The civil date of the step, in the policy's zone. */
  readonly on: CivilDate;
  readonly at?: Instant;
  /** The event type, or `'case-opened'`. */
  readonly kind: string;
  /** The staff id who acted or decided. */
  readonly by?: string;
  /** What happened, in a sentence. */
  readonly text: string;
  readonly reasons: readonly Reason[];
  /** NF-8: the free text the event carried (a reason, a description, grounds...), as written, from its record. */
  readonly stated?: Stated;
  /** NF-8: the policy version the step was judged under, when the state recorded it (version 4 on). */
  readonly policy?: { readonly policyId: string; readonly effectiveFrom: CivilDate };
}

/** The timeline and its Mermaid rendering. */
export interface CaseTimeline {
  readonly entries: readonly TimelineEntry[];
  /** A Mermaid `timeline` diagram: one section per month, one line per day. */
  readonly mermaid: string;
}

/** Characters Mermaid would read as syntax, as its entity codes (`#58;` is ':'), so a text is never markup. */
const MERMAID_ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  ':': '#58;',
  ';': '#59;',
  '<': '#60;',
  '>': '#62;',
  '"': '#34;',
  '`': '#96;',
  '{': '#123;',
  '}': '#125;',
  '%': '#37;',
};

/**
 * A text made safe for one line of a Mermaid diagram: line breaks become spaces, runs of spaces
 * one, and each character Mermaid reads as syntax its entity code; cut to `max` characters.
 *
 * @example
 * escapeMermaid('Told: "stop" #1; <b>') // => 'Told#58; #34;stop#34; #35;1#59; #60;b#62;'
 */
export function escapeMermaid(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/[#:;<>"`{}%]/g, (c) => MERMAID_ENTITIES[c] as string);
}

/** The first sentence of the step's first reason, else what the event records. */
function entryText(kind: string, reasons: readonly Reason[]): string {
  const first = reasons[0]?.text;
  if (first !== undefined && first.length > 0) return first;
  const row = TRANSITIONS[kind as keyof typeof TRANSITIONS];
  return row === undefined ? kind : `${row.summary}.`;
}

/** The timeline of a trusted state: each day read in the zone of the policy version in effect then. */
export function timelineTrusted(state: CaseState, policy: PolicyVersions): CaseTimeline {
  const zoneAt = (at: string): string => versionFor(policy, at).timeZone;
  const entries: TimelineEntry[] = [
    {
      on: civilDateOf(state.openedAt, zoneAt(state.openedAt)),
      at: state.openedAt,
      kind: 'case-opened',
      text: `The case was opened${state.caseId === undefined ? '' : ` (${state.caseId})`}.`,
      reasons: [],
    },
  ];
  let under = -1;
  for (const [index, record] of state.decisions.entries()) {
    while ((state.decidedUnder[under + 1]?.fromDecision ?? Number.POSITIVE_INFINITY) <= index) under += 1;
    const version = state.decidedUnder[under];
    entries.push({
      on: civilDateOf(record.at, zoneAt(record.at)),
      at: record.at,
      kind: record.type,
      by: record.by,
      text: entryText(record.type, record.reasons),
      reasons: record.reasons,
      ...(record.stated !== undefined && { stated: record.stated }),
      ...(version !== undefined && {
        policy: { policyId: version.policyId, effectiveFrom: version.effectiveFrom },
      }),
    });
  }
  const lines = ['timeline', `  title ${escapeMermaid(`Case ${state.caseId ?? ''}`.trim())}`];
  let month = '';
  let day = '';
  for (const entry of entries) {
    if (entry.on.slice(0, 7) !== month) {
      month = entry.on.slice(0, 7);
      lines.push(`  section ${month}`);
      day = '';
    }
    const said = escapeMermaid(
      `${entry.kind}${entry.by === undefined ? '' : ` by ${entry.by}`} — ${entry.text}`,
    );
    if (entry.on === day) {
      lines.push(`         : ${said}`);
    } else {
      day = entry.on;
      lines.push(`    ${entry.on} : ${said}`);
    }
  }
  return { entries, mermaid: `${lines.join('\n')}\n` };
}

/**
 * The case's timeline: every dated step from the opening, oldest first, each with its day in the
 * policy's zone, its instant, the event type, who acted (`by`), a sentence and its reasons (from
 * the audit trail, NF-8), and the free text the event carried (`stated`: a reason, grounds...); and `mermaid`, a Mermaid `timeline` diagram of the same steps, every
 * text escaped, a section per month. Each step names the policy version that decided it (`policy`, from
 * `decidedUnder`); `policy` is a `PolicyInput`, each day read in the zone of the version in effect.
 *
 * @example
 * caseTimeline(state, presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: { entries: [
 * //      { on: '2026-01-05', at: '2026-01-05T09:00:00Z', kind: 'case-opened', text: 'The case was opened (case-1).', reasons: [] },
 * //      { on: '2026-01-05', at: '2026-01-05T10:00:00Z', kind: 'incident-recorded', by: 'ho-1', text: "Incident 'inc-1' is recorded ...", reasons: [...] }, ...],
 * //      mermaid: 'timeline\n  title Case case-1\n  section 2026-01\n    2026-01-05 : case-opened — The case was opened (case-1).\n ...' } }
 */
export function caseTimeline(state: CaseState, policy: PolicyInput): Result<CaseTimeline> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validPolicy = readPolicy(policy);
  const failure = validateAll([validState, validPolicy]);
  if (failure !== undefined || !validState.ok || !validPolicy.ok) {
    return { ok: false, error: failure as Failure };
  }
  return ok(timelineTrusted(validState.value, validPolicy.value));
}
