import { it } from 'vitest';
import { auditCase } from '../../src/index.js';
import { ev, incident, informal, LADDER, OPENING, restriction, STAFF, TEP, warning } from '../case/fixtures.js';
it('smoke', () => {
  const events = [
    incident('inc-1', '2026-01-05T10:00:00Z'),
    informal('2026-01-06T09:00:00Z'),
    incident('inc-2', '2026-01-20T15:30:00Z'),
    warning('2026-01-22T09:00:00Z'),
    incident('inc-3', '2026-02-10T11:00:00Z'),
    restriction('2026-03-02T10:00:00Z'),
    ev('restriction-breached', '2026-05-02T10:00:00Z', {}),
    ev('staff-conduct-reported', '2026-05-03T10:00:00Z', { staffId: 'ho-7' }),
    ev('case-reviewed', '2026-09-20T10:00:00Z', { outcome: 'continue' }, 'ho-7'),
  ];
  const r = auditCase(events, TEP, { asOf: '2026-11-01T12:00:00Z', opening: OPENING, contacts: [{ at: '2026-05-02T22:10:00Z', direction: 'inbound', channel: 'phone', subject: 'emergency', handled: 'declined' }] });
  if (!r.ok) { console.log(r.error); return; }
  for (const f of r.value.findings) console.log(JSON.stringify({ ...f, severityBasis: undefined, citation: undefined }));
  console.log(r.value.obligations.map(o => `${o.kind} ${o.dueOn} ${o.overdue}`));
  void LADDER; void STAFF;
});
