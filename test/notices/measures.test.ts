// TEP-5.2 "the details of the restricted contact arrangements", TEP-5.3 "we will always inform the
// customer about the action being taken and why": every kind of measure, word for word, as the letter says it.
import { describe, expect, it } from 'vitest';
import { listWords, measuresWords, measureWords } from '../../src/notices/measures.js';
import type { Measure } from '../../src/shared/restriction.js';

const LONDON = 'Europe/London';
const SAM = { staffId: 'sp-1', name: 'Sam Patel' };
const say = (measure: Measure, zone = LONDON): string => measureWords(measure, SAM, zone);

describe('listWords: a list the way a sentence says it', () => {
  it('none, one, two and three items', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['repairs'])).toBe('repairs');
    expect(listWords(['repairs', 'rent'])).toBe('repairs or rent');
    expect(listWords(['repairs', 'rent', 'parking'])).toBe('repairs, rent or parking');
  });

  it("'and' when asked, and only the last pair joined by it", () => {
    expect(listWords(['hm-1', 'so-9'], 'and')).toBe('hm-1 and so-9');
    expect(listWords(['a', 'b', 'c', 'd'], 'and')).toBe('a, b, c and d');
  });
});

describe('TEP-5.3: each measure in the words the customer reads', () => {
  it('one channel only: "end direct contact by some channels"', () => {
    expect(say({ kind: 'single-channel', channel: 'email' })).toBe('Please contact us by email only.');
    expect(say({ kind: 'single-channel', channel: 'phone' })).toBe('Please contact us by telephone only.');
    expect(say({ kind: 'single-channel', channel: 'web-form' })).toBe('Please contact us by web form only.');
  });

  it('"written contact only": email, letter or web form', () => {
    expect(say({ kind: 'written-only' })).toBe(
      'Please contact us in writing only: by email, letter or web form.',
    );
  });

  it('"contact only with a named colleague (SPOC)": named when there is one, promised when not', () => {
    expect(say({ kind: 'spoc-only' })).toBe(
      'Please send all your contact to your single point of contact, Sam Patel.',
    );
    expect(measureWords({ kind: 'spoc-only' }, undefined, LONDON)).toBe(
      'Please send all your contact to your single point of contact. We will tell you who that is.',
    );
  });

  it('"calls only at pre-arranged dates and times": the days in week order, in UK time', () => {
    const windows: Measure = {
      kind: 'call-windows',
      windows: [
        { day: 'thursday', from: '14:00', to: '16:00' },
        { day: 'monday', from: '09:00', to: '12:00' },
      ],
    };
    expect(say(windows)).toBe(
      'We will take your calls only at these times: Monday 09:00–12:00, Thursday 14:00–16:00 (UK time).',
    );
    expect(say(windows, 'Europe/Dublin')).toBe(
      'We will take your calls only at these times: Monday 09:00–12:00, Thursday 14:00–16:00 (Europe/Dublin time).',
    );
  });

  it('"a third party": the nominated person, by our reference', () => {
    expect(say({ kind: 'nominated-person', personId: 'np-7' })).toBe(
      'Please contact us through the person you nominated to act for you (our reference np-7).',
    );
  });

  it('"no response on issues raised in abusive correspondence": the issue named, and that it is dealt with', () => {
    expect(say({ kind: 'no-contact-on-issue', issueId: 'iss-42' })).toBe(
      'We will not reply to any more contact about issue iss-42. We have dealt with it.',
    );
  });

  it('"return correspondence"', () => {
    expect(say({ kind: 'return-correspondence' })).toBe(
      'We may send back letters and messages you send us, without acting on them.',
    );
  });

  it('SH-1 limited contact: the days named, each capitalised, joined by "or"', () => {
    expect(say({ kind: 'specified-days', days: ['tuesday'] })).toBe('Please contact us only on Tuesday.');
    expect(say({ kind: 'specified-days', days: ['monday', 'wednesday', 'friday'] })).toBe(
      'Please contact us only on Monday, Wednesday or Friday.',
    );
    expect(say({ kind: 'specified-days', days: ['thursday', 'saturday', 'sunday'] })).toBe(
      'Please contact us only on Thursday, Saturday or Sunday.',
    );
  });

  it('no contact at all keeps what can always be reported (TEP-7)', () => {
    expect(say({ kind: 'no-contact' })).toBe(
      'We will stop all contact with you, and ask you not to contact us, except for the things listed below that you can always report.',
    );
  });

  it('a service scope names the services, joined by "or"', () => {
    expect(say({ kind: 'service-scope', services: ['repairs', 'rent'] })).toBe(
      'These arrangements apply only when you contact us about repairs or rent.',
    );
  });

  it('HO-4: a call length limit, with the warning before a call is ended', () => {
    expect(say({ kind: 'call-length-limit', minutes: 15 })).toBe(
      'Each call will last no more than 15 minutes. We will warn you clearly before we end a call.',
    );
  });

  it('a witness present at meetings and visits', () => {
    expect(say({ kind: 'witness-present' })).toBe(
      'When we meet you or visit you, a second colleague will be there.',
    );
  });
});

describe('measuresWords: every measure, in order, the service scope last', () => {
  it('keeps the restriction’s order and moves a scope to the end, as it narrows the others', () => {
    const measures: Measure[] = [
      { kind: 'service-scope', services: ['repairs'] },
      { kind: 'written-only' },
      { kind: 'call-length-limit', minutes: 10 },
    ];
    expect(measuresWords(measures, SAM, LONDON)).toEqual([
      'Please contact us in writing only: by email, letter or web form.',
      'Each call will last no more than 10 minutes. We will warn you clearly before we end a call.',
      'These arrangements apply only when you contact us about repairs.',
    ]);
    expect(measures[0]?.kind).toBe('service-scope');
  });

  it('two scopes both go last, in the restriction’s order', () => {
    const measures: Measure[] = [
      { kind: 'service-scope', services: ['repairs'] },
      { kind: 'written-only' },
      { kind: 'service-scope', services: ['rent'] },
    ];
    expect(measuresWords(measures, SAM, LONDON)).toEqual([
      'Please contact us in writing only: by email, letter or web form.',
      'These arrangements apply only when you contact us about repairs.',
      'These arrangements apply only when you contact us about rent.',
    ]);
  });

  it('no measures, no words', () => {
    expect(measuresWords([], undefined, LONDON)).toEqual([]);
  });
});
