import { describeChannels, WRITTEN_CHANNELS } from '../contact/channels.js';
import { describeWeek, weekOfWindows } from '../contact/windows.js';
import type { Measure, Spoc } from '../shared/restriction.js';

/**
 * TEP-5.2 "the details of the restricted contact arrangements", TEP-5.3 "we will always inform
 * the customer about the action being taken and why": each measure as a resident reads it,
 * addressed to them, in short sentences.
 */

const DAY_WORDS: Readonly<Record<string, string>> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** A list in words: `'a, b or c'` (or `and`). */
export function listWords(items: readonly string[], last: 'or' | 'and' = 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/**
 * One measure in plain words, addressed to the customer. `spoc` names the single point of
 * contact for a `spoc-only` measure; `zone` is the policy's time zone, for call times.
 *
 * @example
 * measureWords({ kind: 'written-only' }, undefined, 'Europe/London')
 * // => 'Please contact us in writing only: by email, letter or web form.'
 */
export function measureWords(measure: Measure, spoc: Spoc | undefined, zone: string): string {
  const local = zone === 'Europe/London' ? 'UK time' : `${zone} time`;
  switch (measure.kind) {
    case 'single-channel':
      return `Please contact us by ${describeChannels([measure.channel])} only.`;
    case 'written-only':
      return `Please contact us in writing only: by ${describeChannels(WRITTEN_CHANNELS)}.`;
    case 'spoc-only':
      return spoc === undefined
        ? 'Please send all your contact to your single point of contact. We will tell you who that is.'
        : `Please send all your contact to your single point of contact, ${spoc.name}.`;
    case 'call-windows':
      return `We will take your calls only at these times: ${describeWeek(weekOfWindows(measure.windows))} (${local}).`;
    case 'nominated-person':
      return `Please contact us through the person you nominated to act for you (our reference ${measure.personId}).`;
    case 'no-contact-on-issue':
      return `We will not reply to any more contact about issue ${measure.issueId}. We have dealt with it.`;
    case 'return-correspondence':
      return 'We may send back letters and messages you send us, without acting on them.';
    case 'specified-days':
      return `Please contact us only on ${listWords(measure.days.map((day) => DAY_WORDS[day] ?? day))}.`;
    case 'no-contact':
      return 'We will stop all contact with you, and ask you not to contact us, except for the things listed below that you can always report.';
    case 'service-scope':
      return `These arrangements apply only when you contact us about ${listWords(measure.services, 'or')}.`;
    case 'call-length-limit':
      return `Each call will last no more than ${measure.minutes} minutes. We will warn you clearly before we end a call.`;
    case 'witness-present':
      return 'When we meet you or visit you, a second colleague will be there.';
    default: {
      const unhandled: never = measure;
      return unhandled;
    }
  }
}

/**
 * Every measure of a restriction in plain words, in the restriction's order; a `service-scope`
 * comes last, as it narrows the others.
 *
 * @example
 * measuresWords([{ kind: 'single-channel', channel: 'email' }], undefined, 'Europe/London')
 * // => ['Please contact us by email only.']
 */
export function measuresWords(measures: readonly Measure[], spoc: Spoc | undefined, zone: string): string[] {
  const scoped = [...measures].sort(
    (a, b) => Number(a.kind === 'service-scope') - Number(b.kind === 'service-scope'),
  );
  return scoped.map((measure) => measureWords(measure, spoc, zone));
}
