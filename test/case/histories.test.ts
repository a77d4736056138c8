// Real case histories (issue 10): event ids and retries, corrections by void, events from the future.
import { describe, expect, it } from 'vitest';
import { canonicalJson, eventFingerprint, fnv1a64 } from '../../src/case/fingerprint.js';
import { readLog } from '../../src/case/log.js';
import {
  allowedEvents,
  applyEvent,
  type CaseEvent,
  type CaseState,
  CLOCK_SKEW_TOLERANCE_MINUTES,
  caseTimeline,
  LIMITS,
  openCase,
  replay,
} from '../../src/index.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { caseAfter, eia, ev, incident, LADDER, OPENING, STAFF, TEP, warning } from './fixtures.js';

/** The event with an id. */
const withId = (event: CaseEvent, id: string): CaseEvent => ({ ...event, id });
/** The event-voided of an id, at an instant. */
const voids = (eventId: string, at: string, reason = 'recorded in error'): CaseEvent =>
  ev('event-voided', at, { eventId, reason });
const IDS = LADDER.map((event, index) => withId(event, `e-${index}`));
const opened = (): CaseState => unwrap(openCase(OPENING));

describe('fingerprints: FNV-1a 64 of canonical JSON, with no crypto module', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes: a pound sign, an emoji, a lone surrogate as U+FFFD', () => {
    expect(fnv1a64('£')).toBe(fnv1a64('\u00a3'));
    expect(fnv1a64('£')).not.toBe(fnv1a64('\u00a2'));
    expect(fnv1a64('😀')).not.toBe(fnv1a64('\ud83d'));
    expect(fnv1a64('\ud83d')).toBe(fnv1a64('\ufffd'));
  });

  it('reads the same data the same way whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }], u: undefined })).toBe(
      '{"a":[true,{"c":"x","d":null}],"b":1}',
    );
    const event = IDS[0] as CaseEvent;
    const reordered = Object.fromEntries(Object.entries(event).reverse());
    expect(eventFingerprint(reordered)).toBe(eventFingerprint(event));
    expect(eventFingerprint({ ...event, by: 'ho-2' })).not.toBe(eventFingerprint(event));
  });
});

describe('safe retries: an event applied twice is applied once', () => {
  it('applying an event whose id the case holds, with the same content, gives back the same state, byte for byte', () => {
    const state = caseAfter(IDS);
    const again = unwrap(applyEvent(state, IDS[6] as CaseEvent, TEP));
    expect(JSON.stringify(again)).toBe(JSON.stringify(state));
    // An old event retried after later ones: a no-op, not EVENT_OUT_OF_ORDER.
    const old = unwrap(applyEvent(state, IDS[0] as CaseEvent, TEP));
    expect(JSON.stringify(old)).toBe(JSON.stringify(state));
  });

  it('keeps the id and a 16-hex-digit fingerprint on the decision record, and nothing for an event without id', () => {
    const state = caseAfter([IDS[0] as CaseEvent, LADDER[1] as CaseEvent]);
    expect(state.decisions[0]).toMatchObject({
      eventId: 'e-0',
      fingerprint: eventFingerprint(IDS[0]),
    });
    expect(state.decisions[0]?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(state.decisions[1] ?? {})).not.toContain('eventId');
    expect(Object.keys(state.decisions[1] ?? {})).not.toContain('fingerprint');
  });

  it('costs few stored bytes: the id, a 16-digit fingerprint and two keys per event', () => {
    const plain = JSON.stringify(caseAfter(LADDER)).length;
    const withIds = JSON.stringify(caseAfter(IDS)).length;
    const perEvent = (withIds - plain) / LADDER.length;
    // ',"eventId":"e-0"' and ',"fingerprint":"<16 hex digits>"': 16 + 33 bytes for a 3-character id.
    expect(perEvent).toBe(49);
  });

  it('refuses the same id with other content (EVENT_ID_CONFLICT), naming the id and its first use', () => {
    const state = caseAfter(IDS);
    const other = { ...(IDS[1] as CaseEvent), kind: 'supportive-approach' } as CaseEvent;
    const error = refusal(applyEvent(state, other, TEP), 'EVENT_ID_CONFLICT');
    expect(error.issues.map((i) => i.path)).toEqual(['event.id']);
    expect(error.message).toContain("'e-1'");
    expect(error.message).toContain('2026-01-06T09:00:00Z');
    expect(error.message).toContain('decisions[1]');
    // A later event reusing the id is refused too: a new event needs a new id.
    const reused = withId(incident('inc-9', '2026-03-05T09:00:00Z'), 'e-1');
    refusal(applyEvent(state, reused, TEP), 'EVENT_ID_CONFLICT');
  });

  it('refuses an id longer than LIMITS.maxEventIdLength, or empty, by path', () => {
    const long = withId(incident('inc-1', '2026-01-05T10:00:00Z'), 'x'.repeat(LIMITS.maxEventIdLength + 1));
    expect(refusal(applyEvent(opened(), long, TEP), 'INPUT_TOO_LARGE').issues[0]?.path).toBe('event.id');
    const fits = withId(incident('inc-1', '2026-01-05T10:00:00Z'), 'x'.repeat(LIMITS.maxEventIdLength));
    unwrap(applyEvent(opened(), fits, TEP));
    expect(badPaths(applyEvent(opened(), withId(LADDER[0] as CaseEvent, ''), TEP))).toEqual(['event.id']);
  });

  it('replay skips a retried event inside the log, and refuses a conflicting one with its index', () => {
    const storm = [...IDS.slice(0, 3), IDS[1] as CaseEvent, IDS[0] as CaseEvent, ...IDS.slice(3)];
    expect(JSON.stringify(unwrap(replay(storm, TEP, OPENING)))).toBe(JSON.stringify(caseAfter(IDS)));
    const conflicting = [...IDS.slice(0, 3), { ...(IDS[0] as CaseEvent), by: 'ho-2' }, ...IDS.slice(3)];
    const error = refusal(replay(conflicting, TEP, OPENING), 'EVENT_ID_CONFLICT');
    expect(error.index).toBe(3);
    expect(error.issues.map((i) => i.path)).toEqual(['events[3].id']);
    expect(error.message).toContain('events[0]');
  });

  it('readLog says what replay does with each event', () => {
    const log = unwrap(
      readLog([IDS[0] as CaseEvent, IDS[0] as CaseEvent, voids('e-0', '2026-01-05T11:00:00Z')]),
    );
    expect(log.map((step) => step.kind)).toEqual(['voided', 'retry', 'void']);
  });
});

describe('corrections: event-voided', () => {
  const typo = withId(incident('inc-2', '2026-01-20T15:30:00Z'), 'e-typo');

  it('replay folds the log without the voided event, and keeps the void in the trail', () => {
    const log = [
      ...IDS.slice(0, 2),
      typo,
      voids('e-typo', '2026-01-20T16:00:00Z', 'recorded on the wrong case'),
    ];
    const state = unwrap(replay(log, TEP, OPENING));
    expect(state.incidents.map((i) => i.id)).toEqual(['inc-1']);
    expect(state.voided).toEqual([
      {
        eventId: 'e-typo',
        type: 'incident-recorded',
        at: '2026-01-20T15:30:00Z',
        fingerprint: eventFingerprint(typo),
        voidedAt: '2026-01-20T16:00:00Z',
        voidedBy: STAFF.manager,
        reason: 'recorded on the wrong case',
      },
    ]);
    const record = state.decisions.at(-1);
    expect(record).toMatchObject({ type: 'event-voided', by: STAFF.manager, subject: 'e-typo' });
    expect(record?.reasons[0]?.rule).toBe('NF-8');
    expect(record?.reasons[0]?.text).toContain('recorded on the wrong case');
    const timeline = unwrap(caseTimeline(state, TEP));
    expect(timeline.entries.at(-1)).toMatchObject({ kind: 'event-voided', by: STAFF.manager });
    expect(timeline.entries.at(-1)?.text).toContain(
      "Event 'e-typo' (incident-recorded of Tuesday 20 January 2026)",
    );
  });

  it('a retry of a voided event stays voided; other content under its id is a conflict', () => {
    const log = [...IDS.slice(0, 2), typo, voids('e-typo', '2026-01-20T16:00:00Z')];
    const state = unwrap(replay([...log, typo], TEP, OPENING));
    expect(state.incidents.map((i) => i.id)).toEqual(['inc-1']);
    expect(JSON.stringify(unwrap(applyEvent(state, typo, TEP)))).toBe(JSON.stringify(state));
    const changed = { ...typo, by: 'ho-2' } as CaseEvent;
    expect(refusal(applyEvent(state, changed, TEP), 'EVENT_ID_CONFLICT').message).toContain('since voided');
    refusal(replay([...log, changed], TEP, OPENING), 'EVENT_ID_CONFLICT');
  });

  it('applyEvent refuses a void (REPLAY_REQUIRED): the state is a cache of the log', () => {
    const state = caseAfter([...IDS.slice(0, 2), typo]);
    const error = refusal(applyEvent(state, voids('e-typo', '2026-01-21T09:00:00Z'), TEP), 'REPLAY_REQUIRED');
    expect(error.message).toContain('replay');
    expect(error.issues.map((i) => i.path)).toEqual(['event.type']);
    expect(error.reasons?.[0]?.rule).toBe('NF-8');
    // A void the state already holds (it came from replay) is a retry like any other.
    const voidOnce = withId(voids('e-typo', '2026-01-21T09:00:00Z'), 'v-1');
    const replayed = unwrap(replay([...IDS.slice(0, 2), typo, voidOnce], TEP, OPENING));
    expect(JSON.stringify(unwrap(applyEvent(replayed, voidOnce, TEP)))).toBe(JSON.stringify(replayed));
    const blocked = unwrap(allowedEvents(state, '2026-01-21T09:00:00Z', TEP)).blocked;
    expect(blocked.find((b) => b.type === 'event-voided')?.code).toBe('REPLAY_REQUIRED');
  });

  it('refuses a void of no earlier event (VOIDED_EVENT_NOT_FOUND): an unknown id, or one used only later', () => {
    const unknown = refusal(
      replay([...IDS.slice(0, 2), voids('e-nope', '2026-01-07T09:00:00Z')], TEP, OPENING),
      'VOIDED_EVENT_NOT_FOUND',
    );
    expect(unknown.index).toBe(2);
    expect(unknown.issues.map((i) => i.path)).toEqual(['events[2].eventId']);
    expect(unknown.message).toContain("'e-nope'");
    const later = refusal(
      replay([IDS[0] as CaseEvent, voids('e-1', '2026-01-05T11:00:00Z'), IDS[1] as CaseEvent], TEP, OPENING),
      'VOIDED_EVENT_NOT_FOUND',
    );
    expect(later.index).toBe(1);
    const itself = withId(voids('v-1', '2026-01-05T11:00:00Z'), 'v-1');
    expect(refusal(replay([IDS[0] as CaseEvent, itself], TEP, OPENING), 'VOIDED_EVENT_NOT_FOUND').index).toBe(
      1,
    );
  });

  it('refuses voiding twice (EVENT_ALREADY_VOIDED), naming the first void', () => {
    const error = refusal(
      replay(
        [
          ...IDS.slice(0, 2),
          typo,
          voids('e-typo', '2026-01-21T09:00:00Z'),
          voids('e-typo', '2026-01-21T10:00:00Z'),
        ],
        TEP,
        OPENING,
      ),
      'EVENT_ALREADY_VOIDED',
    );
    expect(error.index).toBe(4);
    expect(error.issues.map((i) => i.path)).toEqual(['events[4].eventId']);
    expect(error.message).toContain('events[3]');
  });

  it('refuses voiding a void (EVENT_NOT_VOIDABLE): the event is restored by appending it again with a new id', () => {
    const first = withId(voids('e-typo', '2026-01-21T09:00:00Z'), 'v-1');
    const error = refusal(
      replay([...IDS.slice(0, 2), typo, first, voids('v-1', '2026-01-21T10:00:00Z')], TEP, OPENING),
      'EVENT_NOT_VOIDABLE',
    );
    expect(error.index).toBe(4);
    expect(error.message).toContain('new id');
    // Restored with a new id, at its own date, though that is before the void.
    const restored = withId(incident('inc-2', '2026-01-20T15:30:00Z'), 'e-typo-again');
    const state = unwrap(replay([...IDS.slice(0, 2), typo, first, restored], TEP, OPENING));
    expect(state.incidents.map((i) => i.id)).toEqual(['inc-1', 'inc-2']);
  });

  it('a void is not a step on the case: recorded whatever its date, it moves nothing, so the correction keeps its true date', () => {
    const late = unwrap(replay([...IDS.slice(0, 3), voids('e-2', '2026-01-05T09:30:00Z')], TEP, OPENING));
    expect(late.lastEventAt).toBe(IDS[1]?.at);
    expect(late.voided?.[0]).toMatchObject({ eventId: 'e-2', voidedAt: '2026-01-05T09:30:00Z' });
    const afterVoid = unwrap(
      replay([...IDS.slice(0, 3), voids('e-2', '2026-03-01T09:00:00Z')], TEP, OPENING),
    );
    expect(afterVoid.lastEventAt).toBe(IDS[1]?.at);
    expect(afterVoid.stage).toBe('informal');
  });

  it('what rested on the voided event falls with it: a restriction on voided evidence is refused at its own index', () => {
    const log = [...IDS, voids('e-6', '2026-03-02T11:00:00Z')];
    const state = unwrap(replay(log, TEP, OPENING));
    expect(state.restrictions).toEqual([]);
    expect(state.stage).toBe('warned');
    // The first incident voided: the informal action that rested on it has nothing to rest on.
    const noEvidence = [...IDS.slice(0, 2), voids('e-0', '2026-01-06T10:00:00Z')];
    const refused = refusal(replay(noEvidence, TEP, OPENING), 'EVIDENCE_REQUIRED');
    expect(refused.index).toBe(1);
  });
});

describe('no events from the future: options.receivedAt', () => {
  const received = '2026-01-05T10:00:00Z';
  const at = (minutes: number, seconds = 0) =>
    new Date(Date.parse(received) + minutes * 60_000 + seconds * 1000).toISOString();

  it(`allows ${CLOCK_SKEW_TOLERANCE_MINUTES} minutes of clock skew, and refuses a millisecond more (EVENT_IN_FUTURE)`, () => {
    expect(CLOCK_SKEW_TOLERANCE_MINUTES).toBe(5);
    unwrap(applyEvent(opened(), incident('inc-1', at(5)), TEP, { receivedAt: received }));
    const late = new Date(Date.parse(received) + 5 * 60_000 + 1).toISOString();
    const error = refusal(
      applyEvent(opened(), incident('inc-1', late), TEP, { receivedAt: received }),
      'EVENT_IN_FUTURE',
    );
    expect(error.issues.map((i) => i.path)).toEqual(['event.at']);
    expect(error.message).toContain(late);
    expect(error.message).toContain(received);
  });

  it('refuses the mistyped year in replay at its index, and not once it is voided', () => {
    const typo = withId(eia('2062-01-21T09:00:00Z'), 'e-typo');
    const log = [IDS[0] as CaseEvent, IDS[1] as CaseEvent, typo];
    const error = refusal(
      replay(log, TEP, OPENING, { receivedAt: '2026-01-21T09:01:00Z' }),
      'EVENT_IN_FUTURE',
    );
    expect(error.index).toBe(2);
    expect(error.issues.map((i) => i.path)).toEqual(['events[2].at']);
    const corrected = [...log, voids('e-typo', '2026-01-21T09:02:00Z', 'year mistyped')];
    unwrap(replay(corrected, TEP, OPENING, { receivedAt: '2026-01-21T09:03:00Z' }));
  });

  it('takes strict options: an unknown key or a bad instant is refused by path', () => {
    const event = LADDER[0] as CaseEvent;
    expect(badPaths(applyEvent(opened(), event, TEP, { recievedAt: received } as never))).toEqual([
      'options.recievedAt',
    ]);
    expect(badPaths(applyEvent(opened(), event, TEP, { receivedAt: 'now' }))).toEqual(['options.receivedAt']);
    expect(badPaths(replay([event], TEP, OPENING, { receivedAt: '2026-13-01T00:00:00Z' }))).toEqual([
      'options.receivedAt',
    ]);
    expect(badPaths(replay([event], TEP, OPENING, [] as never))).toEqual(['options']);
  });

  it('a retry of an event already held is a no-op whatever receivedAt says', () => {
    const state = caseAfter(IDS);
    const again = applyEvent(state, IDS[0] as CaseEvent, TEP, { receivedAt: '2025-01-01T00:00:00Z' });
    expect(JSON.stringify(unwrap(again))).toBe(JSON.stringify(state));
  });
});

describe('JSON round trip', () => {
  it('a state with ids, voids and versions survives JSON and goes on as before', () => {
    const log = [
      ...IDS,
      withId(warning('2026-03-03T09:00:00Z'), 'e-7'),
      voids('e-7', '2026-03-03T10:00:00Z'),
    ];
    const state = unwrap(replay(log, TEP, OPENING));
    const stored = JSON.parse(JSON.stringify(state)) as CaseState;
    expect(stored).toEqual(state);
    const next = ev('interaction-ended', '2026-03-04T09:00:00Z', {});
    expect(JSON.stringify(unwrap(applyEvent(stored, next, TEP)))).toBe(
      JSON.stringify(unwrap(applyEvent(state, next, TEP))),
    );
    expect(JSON.stringify(unwrap(replay([...log, next], TEP, OPENING)))).toBe(
      JSON.stringify(unwrap(applyEvent(stored, next, TEP))),
    );
  });
});
