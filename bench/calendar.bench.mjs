// Business-day arithmetic against date-holidays, the peer library for UK bank holidays, in one process.
import Holidays from 'date-holidays';
import { addBusinessDays, isBusinessDay } from '../dist/index.js';
import { measure, ratio, report } from './measure.mjs';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const dates = Array.from({ length: 730 }, (_, i) => new Date(start + i * DAY).toISOString().slice(0, 10));

// date-holidays: England's bank holidays ("public" type) plus the weekend make a non-business day.
const holidays = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
const peerIsBusinessDay = (date) => {
  const d = new Date(`${date}T12:00:00Z`);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.isHoliday(d);
};

// The two must agree before their speed means anything.
let disagreements = 0;
for (const date of dates) {
  const ours = isBusinessDay(date);
  if (!ours.ok || ours.value !== peerIsBusinessDay(date)) disagreements++;
}
console.log(
  `isBusinessDay agreement with date-holidays over ${dates.length} days (2026-2027): ${dates.length - disagreements}/${dates.length}`,
);

const ours = measure((i) => isBusinessDay(dates[i % dates.length]).ok, { perRound: 5000 });
const peer = measure((i) => peerIsBusinessDay(dates[i % dates.length]), { perRound: 5000 });
report('isBusinessDay (validated at the door)', ours);
report('date-holidays isHoliday + weekend check', peer);
ratio('isBusinessDay vs date-holidays', ours, peer);

const peerAddBusinessDays = (date, n) => {
  let t = Date.parse(`${date}T12:00:00Z`);
  for (let left = n; left > 0; ) {
    t += DAY;
    if (peerIsBusinessDay(new Date(t).toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
};
const ours20 = measure((i) => addBusinessDays(dates[i % dates.length], 20).ok, { perRound: 2000 });
const peer20 = measure((i) => peerAddBusinessDays(dates[i % dates.length], 20), { perRound: 2000 });
report('addBusinessDays(date, 20)', ours20);
report('date-holidays, 20 business days day by day', peer20);
ratio('addBusinessDays vs date-holidays', ours20, peer20);
