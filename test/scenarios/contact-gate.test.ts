/**
 * The contact gate, scenario by scenario, written from the sources' own sentences: one
 * `describe` per rule. Boundary tests take the instant before, at and after each edge.
 */
import { describe, expect, it } from 'vitest';
import {
  type Channel,
  type ContactAttempt,
  type ContactDecision,
  type ContactSubject,
  checkContact,
  type Measure,
  type Protection,
  presets,
  type Restriction,
} from '../../src/index.js';
import { unwrap } from '../helpers.js';

const tep = presets.tenancyEnforcementProcedure;
const SPOC = { staffId: 's-1', name: 'Sam Patel' };
const CHANNELS: Channel[] = ['phone', 'email', 'letter', 'in-person', 'social-media', 'web-form', 'sms'];
const EXCLUSIONS: ContactSubject[] = [
  'critical-asb',
  'new-repair',
  'urgent-repair',
  'emergency',
  'safeguarding',
  'domestic-abuse',
];

function restriction(measures: Measure[], overrides: Partial<Restriction> = {}): Restriction {
  return {
    id: 'R1',
    startsOn: '2026-01-01',
    lastDayInForce: '2026-12-31',
    measures,
    spoc: SPOC,
    ...overrides,
  };
}

/** Monday 4 May 2026, 10:00 BST: an inbound general call to the SPOC. */
function contact(overrides: Partial<ContactAttempt> = {}): ContactAttempt {
  return {
    at: '2026-05-04T10:00:00+01:00',
    direction: 'inbound',
    channel: 'phone',
    subject: 'general',
    staffId: 's-1',
    ...overrides,
  };
}

function check(
  restrictions: Restriction[],
  attempt: ContactAttempt,
  protections?: Protection[],
): ContactDecision {
  return unwrap(
    checkContact(restrictions, attempt, { policy: tep, ...(protections ? { protections } : {}) }),
  );
}

const outcome = (restrictions: Restriction[], attempt: ContactAttempt) =>
  check(restrictions, attempt).outcome;

describe('TEP-7: “We will consider exclusions to the above which could be reported, as and when, they occur due to the nature of the issue and immediacy in which we must respond”', () => {
  // Every contact breaks this restriction: a letter-only SPOC arrangement, and nothing more on issue I-7.
  const strict = restriction([
    { kind: 'single-channel', channel: 'letter' },
    { kind: 'spoc-only' },
    { kind: 'no-contact-on-issue', issueId: 'I-7' },
  ]);
  const breaking = (overrides: Partial<ContactAttempt>) =>
    contact({ staffId: 's-2', issueId: 'I-7', ...overrides });

  it('without an exclusion, the same contacts are declined', () => {
    for (const channel of CHANNELS) {
      expect(outcome([strict], breaking({ channel }))).toBe('decline');
      expect(outcome([strict], breaking({ channel, direction: 'outbound' }))).toBe('decline');
    }
  });

  for (const subject of EXCLUSIONS) {
    for (const channel of CHANNELS) {
      for (const direction of ['inbound', 'outbound'] as const) {
        it(`${subject}, ${direction} by ${channel}: taken and acted on, and the reasons name the exclusion`, () => {
          const decision = check([strict], breaking({ subject, channel, direction }));
          expect(decision.outcome).toBe('allow-exclusion');
          expect(decision.exclusion).toBe(subject);
          expect(decision.reasons[0]?.rule).toBe('TEP-7');
          expect(decision.reasons[0]?.citation.section).toBe('7. Exclusions');
          expect(decision.breaches.map((b) => b.measure)).toContain('no-contact-on-issue');
        });
      }
    }
  }

  it('the landlord’s own outbound contact about an exclusion goes ahead too (a safeguarding call from a colleague who is not the SPOC)', () => {
    const decision = check(
      [strict],
      breaking({ subject: 'safeguarding', direction: 'outbound', channel: 'phone' }),
    );
    expect(decision.outcome).toBe('allow-exclusion');
  });

  it('an exclusion overrides every restriction in force at once, and the reasons name each one broken', () => {
    const second = restriction([{ kind: 'return-correspondence' }], { id: 'R2' });
    const decision = check([strict, second], breaking({ subject: 'domestic-abuse', channel: 'email' }));
    expect(decision.outcome).toBe('allow-exclusion');
    expect(decision.breaches).toEqual([
      { restrictionId: 'R1', measure: 'single-channel' },
      { restrictionId: 'R1', measure: 'spoc-only' },
      { restrictionId: 'R1', measure: 'no-contact-on-issue' },
      { restrictionId: 'R2', measure: 'return-correspondence' },
    ]);
    expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-7', 'SH-1', 'TEP-6', 'SH-1', 'TEP-5.3']);
  });
});

describe('SH-1: “A single method of communication i.e. email only.”', () => {
  const emailOnly = [restriction([{ kind: 'single-channel', channel: 'email' }])];

  it('an email goes ahead', () => {
    expect(outcome(emailOnly, contact({ channel: 'email' }))).toBe('allow');
  });

  it('a call is redirected to email, and the reason says so', () => {
    const decision = check(emailOnly, contact());
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ channels: ['email'] });
    expect(decision.reasons).toEqual([
      {
        rule: 'SH-1',
        text: 'This contact breaks restriction R1: contact is by one method of communication only, email.',
        citation: {
          document: 'Selwood Housing: unacceptable behaviour policy consultation outcome',
          section: 'You said, we did: the measures we may take',
        },
      },
    ]);
  });

  it('the landlord keeps to it too: an outbound letter is redirected to email', () => {
    expect(check(emailOnly, contact({ direction: 'outbound', channel: 'letter' })).route).toEqual({
      channels: ['email'],
    });
  });
});

describe('TEP-5.3: “Only accept contact in writing.”', () => {
  const written = [restriction([{ kind: 'written-only' }])];

  it.each(['email', 'letter', 'web-form'] as const)('%s is writing, and goes ahead', (channel) => {
    expect(outcome(written, contact({ channel }))).toBe('allow');
  });

  it.each(['phone', 'in-person', 'sms', 'social-media'] as const)(
    '%s is redirected to writing',
    (channel) => {
      const decision = check(written, contact({ channel }));
      expect(decision.outcome).toBe('redirect');
      expect(decision.route).toEqual({ channels: ['email', 'letter', 'web-form'] });
      expect(decision.reasons[0]?.rule).toBe('TEP-5.3');
    },
  );
});

describe('TEP-6: “All enquiries and communication are channelled via a SPOC so that we can track communication and provide an informed response.”', () => {
  const spocOnly = [restriction([{ kind: 'spoc-only' }])];

  it('a call to the SPOC goes ahead', () => {
    expect(outcome(spocOnly, contact())).toBe('allow');
  });

  it('a call to another colleague, or to no one in particular, is redirected to the SPOC', () => {
    for (const attempt of [contact({ staffId: 's-2' }), contact({ staffId: undefined })]) {
      const decision = check(spocOnly, attempt);
      expect(decision.outcome).toBe('redirect');
      expect(decision.route).toEqual({ spoc: SPOC });
      expect(decision.reasons[0]?.rule).toBe('TEP-6');
    }
  });

  it('outbound: a colleague other than the SPOC is redirected to the SPOC; the SPOC goes ahead', () => {
    expect(check(spocOnly, contact({ direction: 'outbound', staffId: 's-2' })).route).toEqual({ spoc: SPOC });
    expect(outcome(spocOnly, contact({ direction: 'outbound', staffId: 's-1' }))).toBe('allow');
  });

  it('after a handover the restriction names the new SPOC, and the gate routes to them', () => {
    const handedOver = [restriction([{ kind: 'spoc-only' }], { spoc: { staffId: 's-4', name: 'Kim Lee' } })];
    expect(check(handedOver, contact()).route).toEqual({ spoc: { staffId: 's-4', name: 'Kim Lee' } });
  });
});

describe('TEP-5.3: “Only take calls at pre-arranged dates and times”', () => {
  const windows = (list: { day: 'monday' | 'saturday' | 'sunday'; from: string; to: string }[]) => [
    restriction([{ kind: 'call-windows', windows: list }]),
  ];
  const call = (at: string) => contact({ at });

  describe('an ordinary Monday, calls 09:00 to 12:00 (BST, 08:00 to 11:00 UTC)', () => {
    const monday = windows([{ day: 'monday', from: '09:00', to: '12:00' }]);
    it.each([
      ['2026-05-04T07:59:59Z', 'redirect'],
      ['2026-05-04T08:00:00Z', 'allow'],
      ['2026-05-04T08:00:01Z', 'allow'],
      ['2026-05-04T10:59:59Z', 'allow'],
      ['2026-05-04T11:00:00Z', 'redirect'],
      ['2026-05-04T11:00:01Z', 'redirect'],
    ])('a call at %s: %s', (at, expected) => {
      expect(outcome(monday, call(at))).toBe(expected);
    });

    it('a call a second early is routed to the window opening a second later', () => {
      expect(check(monday, call('2026-05-04T07:59:59Z')).route?.nextWindow).toEqual({
        date: '2026-05-04',
        from: '09:00',
        to: '12:00',
        startsAt: '2026-05-04T09:00:00+01:00',
        endsAt: '2026-05-04T12:00:00+01:00',
      });
    });

    it('a call as the window closes is routed to next Monday', () => {
      expect(check(monday, call('2026-05-04T11:00:00Z')).route?.nextWindow?.startsAt).toBe(
        '2026-05-11T09:00:00+01:00',
      );
    });

    it('only calls: an email on Tuesday goes ahead', () => {
      expect(outcome(monday, contact({ at: '2026-05-05T15:00:00+01:00', channel: 'email' }))).toBe('allow');
    });
  });

  describe('the weekend the clocks go forward (Sunday 29 March 2026, 01:00 GMT becomes 02:00 BST)', () => {
    const weekend = windows([
      { day: 'saturday', from: '09:00', to: '12:00' },
      { day: 'sunday', from: '09:00', to: '12:00' },
    ]);
    it.each([
      ['Saturday, GMT', '2026-03-28T08:59:59Z', 'redirect'],
      ['Saturday, GMT', '2026-03-28T09:00:00Z', 'allow'],
      ['Saturday, GMT', '2026-03-28T11:59:59Z', 'allow'],
      ['Saturday, GMT', '2026-03-28T12:00:00Z', 'redirect'],
      ['Sunday, BST', '2026-03-29T07:59:59Z', 'redirect'],
      ['Sunday, BST', '2026-03-29T08:00:00Z', 'allow'],
      ['Sunday, BST', '2026-03-29T10:59:59Z', 'allow'],
      ['Sunday, BST', '2026-03-29T11:00:00Z', 'redirect'],
    ])('%s: a call at %s: %s', (_, at, expected) => {
      expect(outcome(weekend, call(at))).toBe(expected);
    });

    it('a call after Saturday’s window is routed to Sunday 09:00 BST, an hour earlier in UTC', () => {
      expect(check(weekend, call('2026-03-28T12:00:00Z')).route?.nextWindow).toEqual({
        date: '2026-03-29',
        from: '09:00',
        to: '12:00',
        startsAt: '2026-03-29T09:00:00+01:00',
        endsAt: '2026-03-29T12:00:00+01:00',
      });
    });

    it('a window across the change (Sunday 00:30 to 03:00) is 90 minutes long, by the wall clock', () => {
      const night = windows([{ day: 'sunday', from: '00:30', to: '03:00' }]);
      expect(outcome(night, call('2026-03-29T00:29:59Z'))).toBe('redirect');
      expect(outcome(night, call('2026-03-29T00:30:00Z'))).toBe('allow');
      expect(outcome(night, call('2026-03-29T00:59:59Z'))).toBe('allow');
      expect(outcome(night, call('2026-03-29T01:00:00Z'))).toBe('allow'); // 02:00 BST
      expect(outcome(night, call('2026-03-29T01:59:59Z'))).toBe('allow');
      expect(outcome(night, call('2026-03-29T02:00:00Z'))).toBe('redirect'); // 03:00 BST
    });
  });

  describe('the weekend the clocks go back (Sunday 25 October 2026, 02:00 BST becomes 01:00 GMT)', () => {
    const weekend = windows([
      { day: 'saturday', from: '09:00', to: '12:00' },
      { day: 'sunday', from: '09:00', to: '12:00' },
    ]);
    it.each([
      ['Saturday, BST', '2026-10-24T07:59:59Z', 'redirect'],
      ['Saturday, BST', '2026-10-24T08:00:00Z', 'allow'],
      ['Saturday, BST', '2026-10-24T10:59:59Z', 'allow'],
      ['Saturday, BST', '2026-10-24T11:00:00Z', 'redirect'],
      ['Sunday, GMT', '2026-10-25T08:59:59Z', 'redirect'],
      ['Sunday, GMT', '2026-10-25T09:00:00Z', 'allow'],
      ['Sunday, GMT', '2026-10-25T11:59:59Z', 'allow'],
      ['Sunday, GMT', '2026-10-25T12:00:00Z', 'redirect'],
    ])('%s: a call at %s: %s', (_, at, expected) => {
      expect(outcome(weekend, call(at))).toBe(expected);
    });

    it('a call after Saturday’s window is routed to Sunday 09:00 GMT, an hour later in UTC', () => {
      expect(check(weekend, call('2026-10-24T11:00:00Z')).route?.nextWindow).toEqual({
        date: '2026-10-25',
        from: '09:00',
        to: '12:00',
        startsAt: '2026-10-25T09:00:00+00:00',
        endsAt: '2026-10-25T12:00:00+00:00',
      });
    });

    it('a window in the repeated hour (Sunday 00:30 to 01:30) is open both times the clock reads it', () => {
      const night = windows([{ day: 'sunday', from: '00:30', to: '01:30' }]);
      expect(outcome(night, call('2026-10-24T23:29:59Z'))).toBe('redirect'); // 00:29:59 BST
      expect(outcome(night, call('2026-10-24T23:30:00Z'))).toBe('allow'); // 00:30 BST
      expect(outcome(night, call('2026-10-25T00:29:59Z'))).toBe('allow'); // 01:29:59 BST
      expect(outcome(night, call('2026-10-25T00:30:00Z'))).toBe('redirect'); // 01:30 BST
      expect(outcome(night, call('2026-10-25T01:00:00Z'))).toBe('allow'); // 01:00 GMT, again
      expect(outcome(night, call('2026-10-25T01:29:59Z'))).toBe('allow');
      expect(outcome(night, call('2026-10-25T01:30:00Z'))).toBe('redirect'); // 01:30 GMT
    });
  });
});

describe('SH-1: “Limited contact i.e. customer can only make contact on a specified day.”', () => {
  const wednesdays = [restriction([{ kind: 'specified-days', days: ['wednesday'] }])];

  it.each([
    ['Tuesday 23:59:59 BST', '2026-05-05T23:59:59+01:00', 'redirect'],
    ['Wednesday 00:00:00 BST', '2026-05-06T00:00:00+01:00', 'allow'],
    ['Wednesday 00:00:01 BST', '2026-05-06T00:00:01+01:00', 'allow'],
    ['Wednesday 23:59:59 BST', '2026-05-06T23:59:59+01:00', 'allow'],
    ['Thursday 00:00:00 BST', '2026-05-07T00:00:00+01:00', 'redirect'],
  ])('an email on %s: %s', (_, at, expected) => {
    expect(outcome(wednesdays, contact({ at, channel: 'email' }))).toBe(expected);
  });

  it('a contact on Tuesday is routed to the whole of Wednesday', () => {
    expect(check(wednesdays, contact({ at: '2026-05-05T23:59:59+01:00' })).route?.nextWindow).toEqual({
      date: '2026-05-06',
      from: '00:00',
      to: '24:00',
      startsAt: '2026-05-06T00:00:00+01:00',
      endsAt: '2026-05-07T00:00:00+01:00',
    });
  });

  it('it limits the customer, not the landlord: an outbound call on Tuesday goes ahead', () => {
    expect(outcome(wednesdays, contact({ direction: 'outbound', at: '2026-05-05T10:00:00+01:00' }))).toBe(
      'allow',
    );
  });
});

describe('SH-1: “The customer to agree a nominated person to act on their behalf.”', () => {
  const nominated = [restriction([{ kind: 'nominated-person', personId: 'P-1' }])];

  it('contact through the nominated person goes ahead', () => {
    expect(outcome(nominated, contact({ via: 'P-1' }))).toBe('allow');
  });

  it('the customer calling directly, or the landlord writing to the customer directly, is redirected to them', () => {
    expect(check(nominated, contact()).route).toEqual({ nominatedPerson: { personId: 'P-1' } });
    expect(check(nominated, contact({ direction: 'outbound', channel: 'letter' })).route).toEqual({
      nominatedPerson: { personId: 'P-1' },
    });
  });
});

describe('SH-1: “No further communication on a particular issue.”', () => {
  const noMore = [restriction([{ kind: 'no-contact-on-issue', issueId: 'I-7' }])];

  it('contact on that issue is declined, either way: there is no route for it', () => {
    const decision = check(noMore, contact({ issueId: 'I-7' }));
    expect(decision.outcome).toBe('decline');
    expect(decision.route).toBeUndefined();
    expect(decision.reasons[0]?.text).toBe(
      'This contact breaks restriction R1: there is no further communication on issue I-7.',
    );
    expect(outcome(noMore, contact({ issueId: 'I-7', direction: 'outbound' }))).toBe('decline');
  });

  it('contact on another issue, or naming none, goes ahead', () => {
    expect(outcome(noMore, contact({ issueId: 'I-1' }))).toBe('allow');
    expect(outcome(noMore, contact())).toBe('allow');
  });
});

describe('TEP-5.3: “Return correspondence if appropriate.”', () => {
  const returned = [restriction([{ kind: 'return-correspondence' }])];

  it.each(['letter', 'email', 'social-media', 'web-form', 'sms'] as const)(
    'inbound %s is returned: declined',
    (channel) => {
      expect(outcome(returned, contact({ channel }))).toBe('decline');
    },
  );

  it('a call or a visit goes ahead; the landlord’s own letters are not returned', () => {
    expect(outcome(returned, contact())).toBe('allow');
    expect(outcome(returned, contact({ channel: 'in-person' }))).toBe('allow');
    expect(outcome(returned, contact({ direction: 'outbound', channel: 'letter' }))).toBe('allow');
  });

  it('with a SPOC arrangement too, a call to another colleague is routed to the SPOC by phone or in person, never into writing', () => {
    const both = [restriction([{ kind: 'return-correspondence' }, { kind: 'spoc-only' }])];
    expect(check(both, contact({ staffId: 's-2' })).route).toEqual({
      spoc: SPOC,
      channels: ['phone', 'in-person'],
    });
  });
});

describe('HO-5: “Stop all communication with a customer”', () => {
  const stopped = [restriction([{ kind: 'no-contact' }])];

  it.each(CHANNELS)('an inbound general contact by %s is declined: there is no route for it', (channel) => {
    const decision = check(stopped, contact({ channel }));
    expect(decision.outcome).toBe('decline');
    expect(decision.route).toBeUndefined();
    expect(decision.breaches).toEqual([{ restrictionId: 'R1', measure: 'no-contact' }]);
  });

  it('the landlord’s own letter, call or email is declined too: communication stops in either direction', () => {
    for (const channel of ['letter', 'phone', 'email'] as const) {
      expect(outcome(stopped, contact({ direction: 'outbound', channel }))).toBe('decline');
    }
  });

  it('the reason says so in plain words, citing the Ombudsman policy’s “Actions we may take”', () => {
    expect(check(stopped, contact()).reasons).toEqual([
      {
        rule: 'HO-5',
        text: 'This contact breaks restriction R1: all communication with the customer has stopped, in either direction.',
        citation: {
          document: 'Housing Ombudsman Service: Unacceptable user action policy (approved June 2021)',
          section: 'Actions we may take',
        },
      },
    ]);
  });

  it('TEP-7: “whatever the restriction”, the exclusions are still received and acted on, either way', () => {
    for (const subject of EXCLUSIONS) {
      const decision = check(stopped, contact({ subject, channel: 'sms' }));
      expect(decision).toMatchObject({ outcome: 'allow-exclusion', exclusion: subject });
      expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-7', 'HO-5']);
      expect(outcome(stopped, contact({ subject, direction: 'outbound' }))).toBe('allow-exclusion');
    }
  });

  it('NF-3: a complaint, or an approach to the Ombudsman, is never stopped, and the reasons say why', () => {
    for (const subject of ['complaint', 'ombudsman'] as const) {
      const decision = check(stopped, contact({ subject, channel: 'letter' }));
      expect(decision.outcome).toBe('allow');
      expect(decision.breaches).toEqual([]);
      expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-5.2', 'NF-3']);
      expect(decision.reasons[1]?.text).toBe(
        'Restriction R1 stops all communication with the customer, but not a complaint or an approach to the Ombudsman: a restriction may channel how a complaint is made, but never stops the customer making or escalating a complaint, or going to the Ombudsman.',
      );
    }
  });

  it('NF-3: the other measures in force still channel a complaint', () => {
    const both = [restriction([{ kind: 'no-contact' }, { kind: 'single-channel', channel: 'email' }])];
    const decision = check(both, contact({ subject: 'complaint' }));
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ channels: ['email'] });
    expect(decision.reasons.map((r) => r.rule)).toEqual(['SH-1', 'NF-3', 'NF-3']);
  });

  it('outside its period, communication goes ahead', () => {
    expect(outcome(stopped, contact({ at: '2027-01-01T00:00:00Z' }))).toBe('allow');
  });
});

describe('TEP-5.2: “the length of time that the restriction will be in place”: from the start of its first day to the end of its last, London time', () => {
  const written = (startsOn: string, lastDayInForce: string) => [
    restriction([{ kind: 'written-only' }], { startsOn, lastDayInForce }),
  ];

  describe('starting on the day the clocks go forward, ending on the day they go back', () => {
    const r = written('2026-03-29', '2026-10-25');
    it.each([
      ['a second before it starts (Saturday 23:59:59 GMT)', '2026-03-28T23:59:59Z', 'allow'],
      ['as it starts (Sunday 00:00 GMT)', '2026-03-29T00:00:00Z', 'redirect'],
      ['a second after it starts', '2026-03-29T00:00:01Z', 'redirect'],
      ['a second before it ends (Sunday 23:59:59 GMT, a 25-hour day)', '2026-10-25T23:59:59Z', 'redirect'],
      ['as it ends (Monday 00:00 GMT)', '2026-10-26T00:00:00Z', 'allow'],
      ['a second after it ends', '2026-10-26T00:00:01Z', 'allow'],
    ])('a call %s: %s', (_, at, expected) => {
      expect(outcome(r, contact({ at }))).toBe(expected);
    });
  });

  describe('in summer time: midnight London is 23:00 UTC the day before', () => {
    const r = written('2026-06-01', '2026-10-24');
    it.each([
      ['2026-05-31T22:59:59Z', 'allow'],
      ['2026-05-31T23:00:00Z', 'redirect'],
      ['2026-05-31T23:00:01Z', 'redirect'],
      ['2026-10-24T22:59:59Z', 'redirect'],
      ['2026-10-24T23:00:00Z', 'allow'],
      ['2026-10-24T23:00:01Z', 'allow'],
    ])('a call at %s: %s', (at, expected) => {
      expect(outcome(r, contact({ at }))).toBe(expected);
    });
  });

  it('ending the day before the clocks go forward: it stops at midnight GMT', () => {
    const r = written('2026-01-01', '2026-03-28');
    expect(outcome(r, contact({ at: '2026-03-28T23:59:59Z' }))).toBe('redirect');
    expect(outcome(r, contact({ at: '2026-03-29T00:00:00Z' }))).toBe('allow');
  });

  it('an expired restriction says nothing about the contact: the reason is that none is in force', () => {
    const decision = check(written('2025-01-01', '2025-12-31'), contact());
    expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-5.1']);
  });
});

describe('SC-2: “the landlord should have ensured no further contact could be allowed to happen until the resident was fully satisfied with the outcome”', () => {
  const protection: Protection = {
    staffId: 's-9',
    residentId: 'res-1',
    since: '2026-04-01T09:00:00+01:00',
    reason: 'inappropriate messages from a repairs operative',
  };

  it.each([...EXCLUSIONS, 'general', 'complaint'] as const)(
    'an outbound %s contact from the reported staff member is declined, and another colleague must act',
    (subject) => {
      const decision = check(
        [],
        contact({ direction: 'outbound', staffId: 's-9', subject, residentId: 'res-1' }),
        [protection],
      );
      expect(decision.outcome).toBe('decline');
      expect(decision.reasons[0]?.rule).toBe('SC-2');
      expect(decision.reasons[0]?.text).toContain('another colleague must make this contact');
    },
  );

  it('even where a restriction names that staff member as SPOC', () => {
    const spocIsReported = [
      restriction([{ kind: 'spoc-only' }], { spoc: { staffId: 's-9', name: 'Operative' } }),
    ];
    expect(outcome(spocIsReported, contact({ direction: 'outbound', staffId: 's-9' }))).toBe('allow');
    expect(
      check(spocIsReported, contact({ direction: 'outbound', staffId: 's-9' }), [protection]).outcome,
    ).toBe('decline');
  });

  it('another colleague’s contact goes ahead', () => {
    expect(check([], contact({ direction: 'outbound', staffId: 's-2' }), [protection]).outcome).toBe('allow');
  });

  it('SC-2: the resident’s call put through to the reported operative is not allowed: another colleague takes it', () => {
    const decision = check([], contact({ staffId: 's-9', residentId: 'res-1' }), [protection]);
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ avoidStaff: ['s-9'] });
    expect(decision.reasons[0]?.text).toContain('another colleague must take this contact');
  });

  it('SC-2: the resident reporting an emergency to the reported operative is taken, and another colleague acts on it as soon as possible', () => {
    const decision = check([], contact({ staffId: 's-9', subject: 'emergency' }), [protection]);
    expect(decision).toMatchObject({ outcome: 'allow-exclusion', exclusion: 'emergency' });
    expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-7', 'SC-2']);
    expect(decision.reasons[1]?.text).toContain(
      'another colleague must take it over and act on it as soon as possible',
    );
  });

  it('SC-2 and TEP-6: where the reported operative is the SPOC, the resident’s contact is never routed to them, and a colleague standing in goes ahead', () => {
    const spocIsReported = [
      restriction([{ kind: 'spoc-only' }], { spoc: { staffId: 's-9', name: 'Operative' } }),
    ];
    const unnamed = check(spocIsReported, contact({ staffId: undefined, residentId: 'res-1' }), [protection]);
    expect(unnamed.outcome).toBe('redirect');
    expect(unnamed.route?.spoc).toBeUndefined();
    expect(unnamed.route).toEqual({ avoidStaff: ['s-9'] });
    expect(unnamed.reasons.map((r) => r.rule)).toEqual(['TEP-6', 'SC-2', 'TEP-6']);
    const standIn = check(spocIsReported, contact({ staffId: 's-2', residentId: 'res-1' }), [protection]);
    expect(standIn.outcome).toBe('allow');
    expect(standIn.reasons.at(-1)?.text).toContain('tell the customer of the handover, even a temporary one');
  });
});

describe('NF-3: “a restriction may channel how a complaint is made, but never stops the customer making or escalating a complaint, or going to the Ombudsman”', () => {
  it('a complaint by phone from a written-only customer is channelled into writing, not refused', () => {
    const decision = check([restriction([{ kind: 'written-only' }])], contact({ subject: 'complaint' }));
    expect(decision.outcome).toBe('redirect');
    expect(decision.route).toEqual({ channels: ['email', 'letter', 'web-form'] });
    expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-5.3', 'NF-3']);
  });

  it('a complaint about the issue with no further communication goes ahead, saying why', () => {
    const decision = check(
      [restriction([{ kind: 'no-contact-on-issue', issueId: 'I-7' }])],
      contact({ subject: 'complaint', issueId: 'I-7' }),
    );
    expect(decision.outcome).toBe('allow');
    expect(decision.reasons.map((r) => r.rule)).toEqual(['TEP-5.2', 'NF-3']);
  });

  it('a complaint by letter is not returned', () => {
    const decision = check(
      [restriction([{ kind: 'return-correspondence' }])],
      contact({ subject: 'complaint', channel: 'letter' }),
    );
    expect(decision.outcome).toBe('allow');
    expect(decision.reasons.at(-1)?.text).toBe(
      'Restriction R1 returns correspondence, but not a complaint: a restriction may channel how a complaint is made, but never stops the customer making or escalating a complaint, or going to the Ombudsman.',
    );
  });

  it('an approach to the Ombudsman where the restrictions leave no route at all is taken as made', () => {
    const conflicting = [
      restriction([{ kind: 'single-channel', channel: 'phone' }]),
      restriction([{ kind: 'single-channel', channel: 'email' }], { id: 'R2' }),
    ];
    const decision = check(conflicting, contact({ subject: 'ombudsman' }));
    expect(decision).toMatchObject({ outcome: 'allow-exclusion', exclusion: 'ombudsman' });
    expect(decision.reasons[0]?.rule).toBe('NF-3');
    expect(outcome(conflicting, contact())).toBe('decline');
  });
});
