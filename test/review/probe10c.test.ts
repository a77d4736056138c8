import { it } from 'vitest';
import { applyEvent, type CaseEvent, replay, definePolicy, presets, caseTimeline, obligations, allowedEvents, markers, caseDeadlines } from '../../src/index.js';
import { ev, incident, eia, LADDER, OPENING, TEP } from '../case/fixtures.js';

const show = (label: string, r: unknown) => console.log(label, JSON.stringify(r, (k, v) => (k === 'reasons' || k === 'decisions' ? `[${(v as unknown[]).length}]` : v)).slice(0, 600));
const w = <T,>(e: T, id: string) => ({ ...(e as object), id }) as CaseEvent;
it('probe c', () => {
  const kir = definePolicy({ id: 'kir', name: 'Kir', effectiveFrom: '2000-01-01', timeZone: 'Pacific/Kiritimati' } as never, presets.tenancyEnforcementProcedure);
  if (!kir.ok) { show('kir', kir); return; }
  const P = kir.value;
  const tryit = (label: string, f: () => unknown) => { try { show(label, f()); } catch (e) { show(label + ' THREW', String(e)); } };
  const typo = w(incident('inc-1', '2999-12-31T20:00:00Z'), 'e-1');
  tryit('void far', () => replay([incident('inc-0', '2026-01-05T10:00:00Z'), eia('2026-01-06T10:00:00Z'), typo, ev('event-voided', '2999-12-31T20:00:00Z', { eventId: 'e-1', reason: 'typo' })], P, OPENING));
  tryit('void far2', () => replay([incident('inc-0', '2026-01-05T10:00:00Z'), eia('2026-01-06T10:00:00Z'), typo, ev('event-voided', '2026-01-07T20:00:00Z', { eventId: 'e-1', reason: 'typo' })], P, OPENING));
  const r = replay([incident('inc-0', '2026-01-05T10:00:00Z'), eia('2026-01-06T10:00:00Z'), typo, ev('event-voided', '2026-01-07T20:00:00Z', { eventId: 'e-1', reason: 'typo' })], P, OPENING);
  if (r.ok) {
    tryit('timeline', () => caseTimeline(r.value, P).ok);
    tryit('obligations', () => obligations(r.value, '2026-02-01T00:00:00Z', P).ok);
    tryit('allowed', () => allowedEvents(r.value, '2026-02-01T00:00:00Z', P).ok);
  }
  // void of voided (retry) in replay with receivedAt
  tryit('retry in future', () => replay([w(incident('inc-0', '2026-01-05T10:00:00Z'), 'a'), w(incident('inc-0', '2026-01-05T10:00:00Z'), 'a')], TEP, OPENING, { receivedAt: '2026-01-05T09:00:00Z' }));
  // huge log of retries perf
  const t0 = Date.now();
  const e = w(incident('inc-0', '2026-01-05T10:00:00Z'), 'a');
  const big = replay(Array.from({ length: 20000 }, () => e), TEP, OPENING);
  show('retry storm ms', [Date.now() - t0, big.ok ? 1 : big.error.message]);
  // applyEvent retry storm on big state: heldUnder linear
  const lad = LADDER.map((x, i) => w(x, `l-${i}`));
  const st = replay(lad, TEP, OPENING);
  if (st.ok) {
    tryit('event with id of voided, void then new', () => 1);
    // An id-less void via applyEvent with id already voided
    tryit('apply void retry', () => applyEvent(st.value, { ...ev('event-voided', '2026-03-03T09:00:00Z', { eventId: 'l-0', reason: 'x' }), id: 'l-0' } as CaseEvent, TEP));
    tryit('eventId wrong type', () => replay([...lad, { type: 'event-voided', at: '2026-03-03T09:00:00Z', by: 'x', eventId: 5, reason: 'x' } as never], TEP, OPENING));
    tryit('void extra key', () => replay([...lad, { type: 'event-voided', at: '2026-03-03T09:00:00Z', by: 'x', eventId: 'l-0', reason: 'x', evidence: [] } as never], TEP, OPENING));
    tryit('id number', () => applyEvent(st.value, { ...ev('interaction-ended', '2026-03-11T09:00:00Z', {}), id: 5 } as never, TEP));
    tryit('id proto', () => applyEvent(st.value, { ...ev('interaction-ended', '2026-03-11T09:00:00Z', {}), id: '__proto__' } as never, TEP).ok);
    tryit('id toString', () => replay([...lad, { ...ev('interaction-ended', '2026-03-11T09:00:00Z', {}), id: 'constructor' }, { ...ev('event-voided', '2026-03-11T09:00:00Z', { eventId: 'toString', reason: 'x' }) }] as never, TEP, OPENING));
  }
});
