// Business-day arithmetic against date-holidays, the peer library for UK bank holidays, in one process.
import Holidays from 'date-holidays';
import { addBusinessDays, bankHolidays, isBusinessDay } from '../dist/index.js';
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

// The integer floor: the least any answer could cost. The year's holidays already a set of day
// numbers, the date read from its characters with no validation, the weekday by arithmetic.
const holidayDays = new Set();
for (const year of [2026, 2027, 2028]) {
  for (const holiday of bankHolidays(year, 'england-and-wales').value)
    holidayDays.add(floorDayNumber(holiday.date));
}
function floorDayNumber(date) {
  const c = (at) => date.charCodeAt(at) - 48;
  const year = c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
  const month = c(5) * 10 + c(6);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + c(8) * 10 + c(9) - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
const floorIsWorking = (day) => {
  const weekday = (((day + 3) % 7) + 7) % 7;
  return weekday < 5 && !holidayDays.has(day);
};
const floorIsBusinessDay = (date) => floorIsWorking(floorDayNumber(date));
const floorAddBusinessDays = (date, n) => {
  let day = floorDayNumber(date);
  for (let left = n; left > 0; ) if (floorIsWorking(++day)) left--;
  return day;
};
for (const date of dates) {
  if (floorIsBusinessDay(date) !== isBusinessDay(date).value)
    throw new Error(`the floor disagrees on ${date}`);
}

const ours = measure((i) => isBusinessDay(dates[i % dates.length]).ok, { perRound: 100_000 });
const peer = measure((i) => peerIsBusinessDay(dates[i % dates.length]), { perRound: 2000 });
const floor = measure((i) => floorIsBusinessDay(dates[i % dates.length]), { perRound: 200_000 });
report('isBusinessDay (validated at the door)', ours);
report('date-holidays isHoliday + weekend check', peer);
report('integer floor (no validation, holidays precomputed)', floor);
ratio('isBusinessDay vs date-holidays', ours, peer);
console.log(
  `${'isBusinessDay / integer floor (10 or less is the goal)'.padEnd(58)} ${(ours.msPerCall / floor.msPerCall).toFixed(1).padStart(10)} ×`,
);

const peerAddBusinessDays = (date, n) => {
  let t = Date.parse(`${date}T12:00:00Z`);
  for (let left = n; left > 0; ) {
    t += DAY;
    if (peerIsBusinessDay(new Date(t).toISOString().slice(0, 10))) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
};
const ours20 = measure((i) => addBusinessDays(dates[i % dates.length], 20).ok, { perRound: 50_000 });
const peer20 = measure((i) => peerAddBusinessDays(dates[i % dates.length], 20), { perRound: 100 });
const floor20 = measure((i) => floorAddBusinessDays(dates[i % dates.length], 20), { perRound: 50_000 });
report('addBusinessDays(date, 20)', ours20);
report('date-holidays, 20 business days day by day', peer20);
report('integer floor, 20 business days', floor20);
ratio('addBusinessDays vs date-holidays', ours20, peer20);
console.log(
  `${'addBusinessDays / integer floor (10 or less is the goal)'.padEnd(58)} ${(ours20.msPerCall / floor20.msPerCall).toFixed(1).padStart(10)} ×`,
);
