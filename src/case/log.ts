import type { Failure, Result } from '../shared/result.js';
import type { CaseEvent, CaseEventType, EventOf } from './events.js';
import { eventFingerprint } from './fingerprint.js';

/**
 * Reading a case's event log as a record (NF-8): which events are retries of one already in it
 * (the same id, the same content), which are voided by a later `event-voided`, and which fold into
 * the state. The log is read whole before anything is folded, so a log whose ids do not hold
 * together is refused at the first event that breaks it, with its index.
 */

/** The event a void voids, as the log gave it. */
export interface VoidedEvent {
  readonly type: CaseEventType;
  readonly at: string;
  readonly fingerprint: string;
  /** Its position in the log. */
  readonly index: number;
}

/** What `replay` does with each event of the log, in order. */
export type LogStep =
  /** Fold it into the state. `fingerprint` when it carries an id. */
  | {
      readonly kind: 'apply';
      readonly index: number;
      readonly event: CaseEvent;
      readonly fingerprint?: string;
    }
  /** Record the void: the event it voids is left out of the fold. */
  | {
      readonly kind: 'void';
      readonly index: number;
      readonly event: EventOf<'event-voided'>;
      readonly fingerprint?: string;
      readonly voided: VoidedEvent;
    }
  /** A retry of the event at `firstIndex` (same id, same content): a no-op. */
  | { readonly kind: 'retry'; readonly index: number; readonly firstIndex: number }
  /** Voided by the `event-voided` at `voidIndex`: left out, as if never applied. */
  | { readonly kind: 'voided'; readonly index: number; readonly voidIndex: number };

/** An event id's first use in the log. */
interface FirstUse extends VoidedEvent {
  /** The index of the void that voided it, once one has. */
  voidIndex?: number;
}

/**
 * The refusal of an event reusing an id for other content (`EVENT_ID_CONFLICT`), naming the id
 * and its first use: `where` is the position (`events[2]`) or the order it was applied in.
 */
export function idConflict(
  id: string,
  first: { type: string; at: string },
  where: string,
  path: string,
): Failure {
  return {
    code: 'EVENT_ID_CONFLICT',
    message: `Event id '${id}' was first used by the '${first.type}' event of ${first.at} (${where}), which has other content: a retry repeats the event exactly, and a new event needs an id of its own.`,
    issues: [{ path, message: `expected an id not already used, or the same event as ${where}` }],
  };
}

/**
 * Reads a validated log: marks each retry (an id seen before with the same content) and each
 * event voided by a later `event-voided`, and refuses, with `error.index`, an id reused for other
 * content (`EVENT_ID_CONFLICT`), a void naming no earlier event (`VOIDED_EVENT_NOT_FOUND`), one
 * naming an event already voided (`EVENT_ALREADY_VOIDED`) or another void (`EVENT_NOT_VOIDABLE`).
 * `root` names the list in paths (`events`).
 *
 * @example
 * readLog([incident, { ...incident }, voidOfIncident]) // incident has id 'e-1'
 * // => { ok: true, value: [{ kind: 'voided', index: 0, voidIndex: 2 }, { kind: 'retry', index: 1, firstIndex: 0 },
 * //      { kind: 'void', index: 2, event: voidOfIncident, voided: { type: 'incident-recorded', index: 0, ... } }] }
 */
export function readLog(events: readonly CaseEvent[], root = 'events'): Result<LogStep[]> {
  const firstUse = new Map<string, FirstUse>();
  const steps: LogStep[] = [];
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as CaseEvent;
    const at = `${root}[${index}]`;
    let fingerprint: string | undefined;
    if (event.id !== undefined) {
      fingerprint = eventFingerprint(event);
      const first = firstUse.get(event.id);
      if (first !== undefined) {
        if (first.fingerprint !== fingerprint) {
          const refused = idConflict(event.id, first, `${root}[${first.index}]`, `${at}.id`);
          return { ok: false, error: { ...refused, index } };
        }
        steps.push({ kind: 'retry', index, firstIndex: first.index });
        continue;
      }
    }
    if (event.type === 'event-voided') {
      const target = firstUse.get(event.eventId);
      const refused = voidRefusal(event.eventId, target, root, `${at}.eventId`);
      if (refused !== undefined) return { ok: false, error: { ...refused, index } };
      const voided = target as FirstUse;
      voided.voidIndex = index;
      steps.push({
        kind: 'void',
        index,
        event,
        voided: { type: voided.type, at: voided.at, fingerprint: voided.fingerprint, index: voided.index },
        ...(fingerprint !== undefined && { fingerprint }),
      });
    } else {
      steps.push({ kind: 'apply', index, event, ...(fingerprint !== undefined && { fingerprint }) });
    }
    if (event.id !== undefined && fingerprint !== undefined) {
      firstUse.set(event.id, { type: event.type, at: event.at, fingerprint, index });
    }
  }
  // Every void is resolved: the events it voids leave the fold.
  return {
    ok: true,
    value: steps.map((step) => {
      if (step.kind !== 'apply' || step.event.id === undefined) return step;
      const voidIndex = firstUse.get(step.event.id)?.voidIndex;
      return voidIndex === undefined ? step : { kind: 'voided', index: step.index, voidIndex };
    }),
  };
}

/** Why a void cannot void the event its id names, or nothing when it can. */
function voidRefusal(
  eventId: string,
  target: FirstUse | undefined,
  root: string,
  path: string,
): Failure | undefined {
  if (target === undefined) {
    return {
      code: 'VOIDED_EVENT_NOT_FOUND',
      message: `No event before this one in the log has id '${eventId}': a void names an earlier event by its id.`,
      issues: [{ path, message: 'expected the id of an earlier event in the log' }],
    };
  }
  if (target.type === 'event-voided') {
    return {
      code: 'EVENT_NOT_VOIDABLE',
      message: `Event '${eventId}' (${root}[${target.index}]) is itself a void: a void is not undone by voiding it. To restore the event it voided, append that event again with a new id.`,
      issues: [{ path, message: 'expected the id of an event other than an event-voided' }],
    };
  }
  if (target.voidIndex !== undefined) {
    return {
      code: 'EVENT_ALREADY_VOIDED',
      message: `Event '${eventId}' (${root}[${target.index}], '${target.type}' of ${target.at}) was already voided by ${root}[${target.voidIndex}].`,
      issues: [
        { path, message: `expected an event not yet voided; ${root}[${target.voidIndex}] voided this one` },
      ],
    };
  }
  return undefined;
}
