// Properties of the audit against the strict machine, on generated histories (test/case/arbitraries).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/case/log.js';
import {
  type AuditFinding,
  applyEvent,
  auditCase,
  auditCaseload,
  type CaseEvent,
  CaseStateSchema,
  openCase,
  replay,
  type SeverityCounts,
} from '../../src/index.js';
import { history } from '../case/arbitraries.js';
import { ev, OPENING, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

const RUNS = { numRuns: 40 };
/** The audit's date: the last event's instant, so nothing is left out as dated after it. */
const lastAt = (events: readonly CaseEvent[]): string => (events.at(-1) as CaseEvent).at;
const audit = (events: readonly CaseEvent[]) =>
  unwrap(auditCase(events, TEP, { asOf: lastAt(events), opening: OPENING }));

/** The events the strict machine accepts, applied one by one: a history `replay` accepts whole. */
function acceptedOf(events: readonly CaseEvent[]): CaseEvent[] {
  let state = unwrap(openCase(OPENING));
  const accepted: CaseEvent[] = [];
  for (const event of events) {
    const next = applyEvent(state, event, TEP);
    if (!next.ok) continue;
    state = next.value;
    accepted.push(event);
  }
  return accepted;
}

describe('auditCase against the strict machine', () => {
  it('a history the strict machine accepts has no maladministration risk at any step', () => {
    fc.assert(
      fc.property(history(20), (drafted) => {
        const events = acceptedOf(drafted);
        fc.pre(events.length > 0);
        const { findings, state } = audit(events);
        expect(findings.filter((f) => f.kind === 'refused-step')).toEqual([]);
        // What the machine does not judge at a step: a review never done by the audit's date.
        // Nothing else of that gravity.
        const grave = findings.filter((f) => f.severity === 'maladministration-risk');
        expect(grave.every((f) => f.kind === 'never-met')).toBe(true);
        expect(JSON.stringify(state)).toBe(JSON.stringify(unwrap(replay(events, TEP, OPENING))));
      }),
      RUNS,
    );
  });

  it('every event the strict machine refuses, on the state the audit reconstructs, is a finding at its index', () => {
    fc.assert(
      fc.property(history(16), (events) => {
        const { findings, state } = audit(events);
        expect(CaseStateSchema.safeParse(state).success).toBe(true);
        const found = new Set(findings.map((f) => f.index));
        events.forEach((event, index) => {
          const before =
            index === 0
              ? unwrap(replay([], TEP, OPENING))
              : unwrap(auditCase(events.slice(0, index), TEP, { asOf: lastAt(events), opening: OPENING }))
                  .state;
          const strict = applyEvent(before, event, TEP);
          if (!strict.ok)
            expect(found.has(index), `event ${index} (${event.type}): ${strict.error.code}`).toBe(true);
        });
      }),
      { numRuns: 15 },
    );
  });

  it('a malformed event anywhere is refused with its index', () => {
    fc.assert(
      fc.property(history(10), fc.nat(), (events, at) => {
        const index = at % (events.length + 1);
        const broken = [
          ...events.slice(0, index),
          { type: 'case-reviewed', at: 'not a date' },
          ...events.slice(index),
        ];
        const result = auditCase(broken as CaseEvent[], TEP, { asOf: '2030-01-01T00:00:00Z' });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.index).toBe(index);
      }),
      RUNS,
    );
  });
});

/** The audit's date for a log: its latest instant, so nothing is left out as dated after it. */
const latestAt = (events: readonly CaseEvent[]): string =>
  events.map((event) => event.at).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

/** A copy of event `which` (a retry) or a void of it, put in at a place after it. */
type Extra = readonly ['retry' | 'void', number, number];
const extras = fc.array(fc.tuple(fc.constantFrom('retry' as const, 'void' as const), fc.nat(), fc.nat()), {
  maxLength: 6,
});

/** `log` with one extra put in: `undefined` when it names nothing it can retry or void. */
function withExtra(log: readonly CaseEvent[], [kind, which, where]: Extra): CaseEvent[] | undefined {
  const voided = new Set(log.flatMap((event) => (event.type === 'event-voided' ? [event.eventId] : [])));
  const targets = log.filter((event) => event.type !== 'event-voided' && !voided.has(event.id as string));
  const target = targets[which % Math.max(targets.length, 1)];
  if (target === undefined) return undefined;
  const after = log.indexOf(target) + 1;
  const at = after + (where % (log.length - after + 1));
  const extra =
    kind === 'retry'
      ? { ...target }
      : ev('event-voided', (log[at - 1] as CaseEvent).at, {
          eventId: target.id as string,
          reason: 'in error',
        });
  return [...log.slice(0, at), extra, ...log.slice(at)];
}

/**
 * A log `replay` accepts, with ids, retries and voids: the drafted events the strict machine
 * accepts, each with an id, then each extra (a retry, or a void of an event) put in where replay
 * still accepts the whole log.
 */
const acceptedLog = fc.tuple(history(16), extras).map(([drafted, more]) => {
  let log = acceptedOf(drafted.map((event, index) => ({ ...event, id: `e-${index}` })));
  for (const extra of more) {
    const next = log.length === 0 ? undefined : withExtra(log, extra);
    if (next !== undefined && replay(next, TEP, OPENING).ok) log = next;
  }
  return log;
});

/** Any log with ids, retries and voids (its steps often refused), whose ids hold together. */
const anyLog = fc.tuple(history(12), extras).map(([drafted, more]) => {
  let log: CaseEvent[] = drafted.map((event, index) => ({ ...event, id: `e-${index}` }));
  for (const extra of more) log = withExtra(log, extra) ?? log;
  return log;
});

describe('auditCase on real logs: ids, retries, voids (issue 10)', () => {
  it("on a log replay accepts, the audit's state is replay's, byte for byte, with no refused step", () => {
    fc.assert(
      fc.property(acceptedLog, (log) => {
        fc.pre(log.length > 0);
        const { findings, state } = unwrap(auditCase(log, TEP, { asOf: latestAt(log), opening: OPENING }));
        expect(JSON.stringify(state)).toBe(JSON.stringify(unwrap(replay(log, TEP, OPENING))));
        expect(findings.filter((f) => f.kind === 'refused-step')).toEqual([]);
        const grave = findings.filter((f) => f.severity === 'maladministration-risk');
        expect(grave.every((f) => f.kind === 'never-met')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('retries add no finding and voided events take theirs away: the findings are those of the events folded', () => {
    fc.assert(
      fc.property(anyLog, (log) => {
        const steps = readLog(log);
        fc.pre(steps.ok);
        if (!steps.ok) return;
        // The events folded (neither retried, voided nor voids), and where each is in the log.
        const folded = steps.value.flatMap((step) => (step.kind === 'apply' ? [step] : []));
        const asOf = latestAt(log);
        const whole = unwrap(auditCase(log, TEP, { asOf, opening: OPENING })).findings;
        const plain = unwrap(
          auditCase(
            folded.map((step) => step.event),
            TEP,
            { asOf, opening: OPENING },
          ),
        ).findings;
        const gist = (f: AuditFinding, index?: number) => [
          f.kind,
          f.code,
          f.obligation,
          f.rule,
          f.on,
          f.daysLate,
          index,
        ];
        expect(whole.map((f) => gist(f, f.index))).toEqual(
          plain.map((f) => gist(f, f.index === undefined ? undefined : folded[f.index]?.index)),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('every event the strict machine refuses is a finding at its index, or a retry of one at its first sending', () => {
    const withRetries = fc
      .tuple(
        history(12),
        fc.array(fc.tuple(fc.constant('retry' as const), fc.nat(), fc.nat()), { maxLength: 5 }),
      )
      .map(([drafted, more]) => {
        let log: CaseEvent[] = drafted.map((event, index) => ({ ...event, id: `e-${index}` }));
        for (const extra of more) log = withExtra(log, extra) ?? log;
        return log;
      });
    fc.assert(
      fc.property(withRetries, (log) => {
        const asOf = latestAt(log);
        const { findings } = unwrap(auditCase(log, TEP, { asOf, opening: OPENING }));
        const found = new Set(findings.map((f) => f.index));
        const firstSent = (event: CaseEvent) => log.findIndex((e) => e.id === event.id);
        log.forEach((event, index) => {
          const before =
            index === 0
              ? unwrap(replay([], TEP, OPENING))
              : unwrap(auditCase(log.slice(0, index), TEP, { asOf, opening: OPENING })).state;
          const strict = applyEvent(before, event, TEP);
          if (strict.ok) return;
          const at = firstSent(event);
          expect(
            found.has(index) || (at < index && found.has(at)),
            `event ${index}: ${strict.error.code}`,
          ).toBe(true);
        });
      }),
      { numRuns: 12 },
    );
  });
});

describe('auditCaseload', () => {
  it('its counts are the sums of the per-case audits, with malformed cases counted and named', () => {
    fc.assert(
      fc.property(
        fc.array(history(10), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (histories, withBad) => {
          const asOf = '2027-01-01T00:00:00Z';
          const cases = histories.map((events, n) => ({
            caseId: `c-${n}`,
            events,
            opening: { ...OPENING, caseId: `c-${n}` },
          }));
          const all = withBad ? [...cases, { caseId: 'bad', events: [{ type: 'nope' }] }] : cases;
          const load = unwrap(auditCaseload(all, TEP, { asOf, top: 3 }));
          const byRule: Record<string, SeverityCounts> = {};
          let findings = 0;
          for (const one of cases) {
            const { findings: each } = unwrap(auditCase(one.events, TEP, { asOf, opening: one.opening }));
            findings += each.length;
            for (const f of each) {
              const counts = byRule[f.rule] ?? { note: 0, concern: 0, 'maladministration-risk': 0 };
              counts[f.severity]++;
              byRule[f.rule] = counts;
            }
          }
          expect(load.byRule).toEqual(byRule);
          const { note, concern } = load.bySeverity;
          expect(note + concern + load.bySeverity['maladministration-risk']).toBe(findings);
          expect(load.cases.audited).toBe(cases.length);
          expect(load.cases.malformed).toBe(withBad ? 1 : 0);
          expect(load.malformed.map((m) => m.caseId)).toEqual(withBad ? ['bad'] : []);
          expect(load.worst.length).toBeLessThanOrEqual(3);
          expect(load.oldestUnmet.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 15 },
    );
  });
});
