import { deepFreeze } from '../shared/freeze.js';
import type { Channel } from '../shared/vocabulary.js';

/**
 * Channels as bits, so the channels several restrictions permit is one `&` on the hot path.
 * The order is the order routes list them in.
 */
export const CHANNEL_BITS: Readonly<Record<Channel, number>> = {
  phone: 1,
  email: 2,
  letter: 4,
  'in-person': 8,
  'social-media': 16,
  'web-form': 32,
  sms: 64,
};

/** Every channel, in route order. */
export const CHANNELS: readonly Channel[] = [
  'phone',
  'email',
  'letter',
  'in-person',
  'social-media',
  'web-form',
  'sms',
];

/** The mask with every channel set. */
export const ALL_CHANNELS = 127;

/**
 * Channels that count as "in writing" for a written-only measure (TEP-5.3 "Only accept contact in
 * writing"): letter, email and the landlord's web form, each leaving a record the SPOC can track
 * (TEP-6). Text messages and social media are not counted: a landlord that accepts them says so
 * with a single-channel measure.
 *
 * @example
 * WRITTEN_CHANNELS // => ['email', 'letter', 'web-form']
 */
export const WRITTEN_CHANNELS: readonly Channel[] = deepFreeze(['email', 'letter', 'web-form']);

/**
 * Channels that carry correspondence a return-correspondence measure returns (TEP-5.3: "correspondence
 * (letter, electronic or via social media)"): everything but a call or a visit.
 *
 * @example
 * CORRESPONDENCE_CHANNELS.includes('social-media') // => true
 * CORRESPONDENCE_CHANNELS.includes('phone') // => false
 */
export const CORRESPONDENCE_CHANNELS: readonly Channel[] = deepFreeze([
  'email',
  'letter',
  'social-media',
  'web-form',
  'sms',
]);

/** The mask of a list of channels. */
export function maskOf(channels: readonly Channel[]): number {
  let mask = 0;
  for (const channel of channels) mask |= CHANNEL_BITS[channel];
  return mask;
}

/** The channels of a mask, in route order. */
export function channelsOf(mask: number): Channel[] {
  const out: Channel[] = [];
  for (const channel of CHANNELS) if ((mask & CHANNEL_BITS[channel]) !== 0) out.push(channel);
  return out;
}

/** How a letter names each channel. */
export const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
  phone: 'telephone',
  email: 'email',
  letter: 'letter',
  'in-person': 'in person',
  'social-media': 'social media',
  'web-form': 'web form',
  sms: 'text message',
};

/** A list of channels in words: `'email, letter or web form'`. */
export function describeChannels(channels: readonly Channel[]): string {
  const words = channels.map((channel) => CHANNEL_WORDS[channel]);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
