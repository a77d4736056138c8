// Scenario tests written from the sources' own sentences (RULES.md sections 1 and 2). Each bullet
// of TEP 3 and of the Housing Ombudsman's categories appears here, quoted, with what follows from it.
import { describe, expect, it } from 'vitest';
import {
  analyseContacts,
  type BehaviourCategory,
  type Classification,
  type ClassifyOptions,
  type ContactAnalysis,
  type ContactLogEntry,
  classifyIncident,
} from '../../src/classification/index.js';
import { LIBRARY_DEFAULTS, presets } from '../../src/policy/index.js';
import type { BehaviourCode, Incident } from '../../src/shared/incident.js';
import { contact, expectQuoted, incident, series } from '../classification/fixtures.js';
import { unwrap } from '../helpers.js';

const classify = (i: Incident, options?: ClassifyOptions): Classification =>
  unwrap(classifyIncident(i, options));
const analyse = (log: ContactLogEntry[]): ContactAnalysis =>
  unwrap(analyseContacts(log, { asOf: '2026-06-01T00:00:00Z' }));

/** A bullet: its words, the behaviour an officer logs for it, and the family it belongs to. */
type Bullet = [sentence: string, code: BehaviourCode, category: BehaviourCategory];

/**
 * The behaviour, logged as persistent, is unacceptable, in the family, and the classification
 * quotes the sentence (or, for a paraphrase, its rule). Persistent, because many bullets are only
 * unacceptable when repeated ("Repeatedly…", "frequently", "high volumes"); the one-off
 * negatives are tested on their own below.
 */
function expectBullet(rule: string, [sentence, code, category]: Bullet, quoted = true): void {
  const c = classify(incident([{ code, persistent: true }]));
  expect(c.unacceptable).toBe(true);
  expect(c.categories).toContain(category);
  expect(c.routes).toEqual(expect.arrayContaining(['unacceptable-behaviour']));
  if (quoted) expectQuoted(c.reasons, rule, sentence);
  else expect(c.reasons.map((r) => r.rule)).toContain(rule);
}

describe('TEP-1, TEP-3.0: what is not unacceptable', () => {
  it('TEP-1: “We do not view behaviour as unacceptable just because someone is forceful or determined.”', () => {
    const c = classify(incident(['forceful-or-determined']));
    expect(c).toMatchObject({
      unacceptable: false,
      severity: 'none',
      routes: [],
      recommendedStep: 'no-action',
    });
    expectQuoted(c.reasons, 'TEP-1', 'just because someone is forceful or determined');
  });

  it('TEP-3.0: “being upset or angry is understandable”', () => {
    for (const code of ['upset-or-distressed', 'angry'] as const) {
      const c = classify(incident([code]));
      expect(c.unacceptable).toBe(false);
      expectQuoted(c.reasons, 'TEP-3.0', 'so being upset or angry is understandable');
    }
  });

  it('TEP-3.0: what “a well-trained competent colleague” could deal with “would not be considered unacceptable behaviour”: a raised voice', () => {
    const c = classify(
      incident([{ code: 'raised-voice', persistent: true }, 'upset-or-distressed', 'angry']),
    );
    expect(c).toMatchObject({
      unacceptable: false,
      severity: 'none',
      categories: [],
      recommendedStep: 'no-action',
    });
    expectQuoted(c.reasons, 'TEP-3.0', 'a well-trained competent colleague');
    expect(c.reasons.at(-1)?.text).toContain('not unacceptable behaviour');
  });

  it('TEP-1: “Customers may act out of character in times of trouble or distress.”', () => {
    expectQuoted(
      classify(incident(['upset-or-distressed'])).reasons,
      'TEP-1',
      'Customers may act out of character in times of trouble or distress.',
    );
  });

  it('HO: “We understand that many customers are often upset and angry about the issues they have raised”', () => {
    expect(classify(incident(['angry', 'forceful-or-determined', 'raised-voice'])).unacceptable).toBe(false);
  });

  it('TEP-3.1: “when these emotions escalate into aggressive or abusive behaviour towards our colleagues” it is unacceptable', () => {
    const c = classify(incident(['angry', 'personal-abuse']));
    expect(c.unacceptable).toBe(true);
    expect(c.categories).toEqual(['aggressive-or-abusive']);
  });
});

describe('TEP-3.1: Aggressive or Abusive Behaviour', () => {
  const bullets: Bullet[] = [
    [
      'Using language, which is intended to insult or degrade, or is racist, sexist or homophobic.',
      'insulting-language',
      'aggressive-or-abusive',
    ],
    [
      'Using language, which is intended to insult or degrade, or is racist, sexist or homophobic.',
      'discriminatory-language',
      'aggressive-or-abusive',
    ],
    [
      'Threats of violence or physical violence or harassment.',
      'threat-of-violence',
      'aggressive-or-abusive',
    ],
    ['Threats of violence or physical violence or harassment.', 'physical-violence', 'aggressive-or-abusive'],
    ['Threats of violence or physical violence or harassment.', 'harassment', 'aggressive-or-abusive'],
    [
      'Intimidation or threatening behaviour towards colleagues by any means.',
      'intimidation',
      'aggressive-or-abusive',
    ],
    ['Deliberate physical damage caused to property.', 'property-damage', 'aggressive-or-abusive'],
    ['Persistent swearing and/or shouting.', 'swearing', 'aggressive-or-abusive'],
    ['Persistent swearing and/or shouting.', 'shouting', 'aggressive-or-abusive'],
    ['Personal abuse and or unwelcome or rude gestures.', 'personal-abuse', 'aggressive-or-abusive'],
    ['Personal abuse and or unwelcome or rude gestures.', 'rude-gesture', 'aggressive-or-abusive'],
    [
      'Making inflammatory or unsubstantiated allegations.',
      'unsubstantiated-allegation',
      'aggressive-or-abusive',
    ],
  ];
  for (const bullet of bullets) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => expectBullet('TEP-3.1', bullet));
  }

  it('“Persistent swearing and/or shouting.”: once is not unacceptable under TEP, persistent is, and the reason says so', () => {
    const once = classify(incident(['swearing']));
    const persistent = classify(incident([{ code: 'swearing', persistent: true }]));
    expect([once.severity, persistent.severity]).toEqual(['none', 'moderate']);
    expect(persistent.reasons.filter((r) => r.text.includes('kept happening')).map((r) => r.rule)).toEqual([
      'TEP-3.1',
    ]);
  });

  it('“Aggression is not limited to acts causing physical harm”: a threat is serious, violence is extreme', () => {
    expect(classify(incident(['threat-of-violence'])).severity).toBe('serious');
    expect(classify(incident(['physical-violence'])).severity).toBe('extreme');
  });
});

describe('TEP-3.2: Unreasonable Demands', () => {
  const bullets: Bullet[] = [
    [
      'Demanding that all repairs are dealt with as an emergency or demanding that a complaint be prioritised above others.',
      'demands-all-emergency',
      'unreasonable-demands',
    ],
    [
      'Demanding that all repairs are dealt with as an emergency or demanding that a complaint be prioritised above others.',
      'demands-priority',
      'unreasonable-demands',
    ],
    [
      'Behaviours or demands that are disproportionate to the matter in question or deliberately made to cause annoyance, misdirect or waste the organisation’s resources will be considered unreasonable.',
      'disproportionate-demands',
      'unreasonable-demands',
    ],
    [
      'Demanding a service outside the relevant policy timescales.',
      'demands-outside-timescales',
      'unreasonable-demands',
    ],
    [
      'Submitting high volumes of repeated communication which could include (but is not limited to) letter, email, telephone and social media.',
      'high-volume-communication',
      'unreasonable-demands',
    ],
    [
      'Requesting high volumes of information which is not relevant to the service request or complaint being made.',
      'irrelevant-information-requests',
      'unreasonable-demands',
    ],
    [
      'Insisting on only seeing or speaking to a particular colleague without a clear justifiable reason.',
      'insists-on-specific-staff',
      'unreasonable-demands',
    ],
    [
      'Repeatedly asking for services that are not offered.',
      'requests-services-not-offered',
      'unreasonable-demands',
    ],
    [
      'Repeatedly changing the substance of a complaint or raising unrelated concerns as part of an existing complaint.',
      'changes-complaint-substance',
      'unreasonable-demands',
    ],
    [
      'Repeatedly complains or makes repeated requests about similar issues that have already been dealt with.',
      'repeats-resolved-issue',
      'unreasonable-demands',
    ],
  ];
  for (const bullet of bullets) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => expectBullet('TEP-3.2', bullet));
  }

  it('“Submitting high volumes of repeated communication”: a contact log shows it, with the contacts as evidence', () => {
    const [finding] = analyse(
      series('c', '2026-03-02T09:00:00Z', 6, 20, { channel: 'social-media' }),
    ).findings;
    expect(finding?.kind).toBe('high-volume-in-a-day');
    expect(finding?.contactIds).toHaveLength(6);
    expectQuoted(finding?.reasons ?? [], 'TEP-3.2', 'Submitting high volumes of repeated communication');
  });
});

describe('TEP-3.3: Unreasonable Persistent or Vexatious Behaviour', () => {
  it('“Even though the way in which a customer approaches us may be reasonable, the persistent nature of the behaviour may not be acceptable.”', () => {
    const polite = classify(
      incident(['forceful-or-determined', { code: 'repeats-resolved-issue', persistent: true }]),
    );
    expect(polite.unacceptable).toBe(true);
    expect(polite.severity).toBe('moderate');
    expectQuoted(polite.reasons, 'TEP-3.3', 'the persistent nature of the behaviour may not be acceptable');
    // And in a contact log, politely made contacts in volume are still a pattern.
    expect(analyse(series('c', '2026-03-02T09:00:00Z', 5, 60, { channel: 'letter' })).findings).toHaveLength(
      1,
    );
  });

  const bullets: Bullet[] = [
    [
      'Refusing to accept a decision made after fully exhausting the complaints process.',
      'refuses-decision',
      'unreasonable-persistence',
    ],
    [
      'Refusing to accept explanations relating to what we can and cannot do.',
      'refuses-explanations',
      'unreasonable-persistence',
    ],
    [
      'Refusing to accept the decision to appoint a single point of contact.',
      'refuses-single-point-of-contact',
      'unreasonable-persistence',
    ],
    [
      'Insistent on no response has been received.',
      'insists-no-response-received',
      'unreasonable-persistence',
    ],
    [
      'Pursuing an issue/case which we consider resolved or closed without presenting any new significant information.',
      'repeats-resolved-issue',
      'unreasonable-persistence',
    ],
    [
      'Making an unreasonable number of contacts with us, by any means in relation to a specific complaint or issue e.g. high volume of letters, emails, telephone calls etc.',
      'excessive-contacts-on-issue',
      'unreasonable-persistence',
    ],
    [
      'Where a customer frequently visits the office without an appointment.',
      'unannounced-office-visits',
      'unreasonable-persistence',
    ],
    [
      'Sends irrelevant or duplicate documents.',
      'irrelevant-or-duplicate-documents',
      'unreasonable-persistence',
    ],
    [
      'Electronically recording meetings and conversations without the prior knowledge of those involved.',
      'recording-without-consent',
      'unreasonable-persistence',
    ],
  ];
  for (const bullet of bullets) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => expectBullet('TEP-3.3', bullet));
  }

  it('“Pursuing an issue/case which we consider resolved or closed without presenting any new significant information.”: found in the log', () => {
    const closed = { subject: 'complaint', issueId: 'fence', issueStatus: 'closed' } as const;
    const log = [
      contact('c1', '2026-03-02T09:00:00Z', closed),
      contact('c2', '2026-03-20T09:00:00Z', { ...closed, newInformation: true }),
      contact('c3', '2026-04-02T09:00:00Z', closed),
      contact('c4', '2026-05-02T09:00:00Z', closed),
      contact('c5', '2026-05-20T09:00:00Z', closed),
    ];
    const [finding] = analyse(log).findings;
    expect(finding).toMatchObject({ kind: 'repeated-contact-on-closed-issue', issueId: 'fence' });
    // The new information in c2 starts the count again: c1 is not added to the later three.
    expect(finding?.contactIds).toEqual(['c3', 'c4', 'c5']);
    expectQuoted(finding?.reasons ?? [], 'TEP-3.3', 'without presenting any new significant information');
  });

  it('“Where a customer frequently visits the office without an appointment.”: found in the log', () => {
    const log = series('v', '2026-03-02T10:00:00Z', 3, 3 * 24 * 60, { channel: 'in-person' });
    const [finding] = analyse(log).findings;
    expect(finding?.kind).toBe('unannounced-visits');
    expectQuoted(finding?.reasons ?? [], 'TEP-3.3', 'frequently visits the office without an appointment');
  });

  it('“Sends irrelevant or duplicate documents.”: found in the log', () => {
    const log = series('d', '2026-03-02T10:00:00Z', 3, 24 * 60, { channel: 'letter', duplicateOf: 'd0' });
    const [finding] = analyse(log).findings;
    expect(finding?.kind).toBe('duplicate-documents');
    expectQuoted(finding?.reasons ?? [], 'TEP-3.3', 'Sends irrelevant or duplicate documents.');
  });

  it('“If despite reasonable attempts to resolve a matter”: chasing an overdue response is not persistence', () => {
    const log = series('c', '2026-03-02T09:00:00Z', 10, 30, {
      subject: 'complaint',
      issueId: 'leak',
      issueStatus: 'open',
      landlordResponseOverdue: true,
    });
    const a = analyse(log);
    expect(a.findings).toEqual([]);
    expect(a.excluded).toHaveLength(10);
  });
});

describe('HO-2.1: Aggressive or abusive behaviour', () => {
  const bullets: Bullet[] = [
    ['is offensive, derogatory or patronising', 'insulting-language', 'aggressive-or-abusive'],
    [
      'is discriminatory in any way, including racist, sexist, homophobic or transphobic comments',
      'discriminatory-language',
      'aggressive-or-abusive',
    ],
    [
      'makes serious allegations that individuals have committed criminal, corrupt or perverse conduct without any evidence.',
      'unsubstantiated-allegation',
      'aggressive-or-abusive',
    ],
    [
      'While we accept that those who contact us may feel angry, it is not acceptable to shout or swear at Housing Ombudsman Service staff.',
      'shouting',
      'aggressive-or-abusive',
    ],
    [
      'It also includes behaviour or language (whether verbal or written) that may cause staff to feel offended, afraid, threatened or abused.',
      'intimidation',
      'aggressive-or-abusive',
    ],
    [
      'Any violence or abuse towards staff will not be tolerated.',
      'physical-violence',
      'aggressive-or-abusive',
    ],
  ];
  for (const bullet of bullets) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => expectBullet('HO-2.1', bullet));
  }

  it('transphobic comments are a hate incident, to be recorded with the correct category (HAB-1)', () => {
    const c = classify(incident(['discriminatory-language'], { hateMotivation: 'transgender-identity' }));
    expect(c.routes).toEqual(['unacceptable-behaviour', 'hate-incident']);
    expect(c.reasons.find((r) => r.rule === 'HAB-1')?.text).toContain('transgender-identity');
  });

  it('“comments aimed not at us but at third parties are unacceptable because of the effect that listening or reading them may have on our staff”', () => {
    const c = classify(incident(['insulting-language'], { target: 'public' }));
    expect(c.routes).toEqual(['unacceptable-behaviour']);
    expect(c.reasons.find((r) => r.rule === 'HO-2.1' && r.text.includes('third parties'))).toBeDefined();
  });

  it('HO-3: “if staff feel scared or threatened at any point during a conversation with a customer, the interaction may be ended at any time.”', () => {
    const c = classify(incident(['shouting']), { policy: presets.housingOmbudsman2021 });
    expect(c.recommendedStep).toBe('end-interaction-and-record');
    expect(c.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['TEP-4.1', 'HO-3']));
  });
});

describe('HO-2.2: Unreasonable demands, and Unacceptable or excessive demands', () => {
  // The "Unreasonable demands" list, paraphrased by the later, longer list the rulebook cites.
  const earlier: Bullet[] = [
    [
      'repeatedly demanding response within an unreasonable timescale',
      'demands-outside-timescales',
      'unreasonable-demands',
    ],
    [
      'insisting on seeing or speaking to a particular member of staff, when that is not possible',
      'insists-on-specific-staff',
      'unreasonable-demands',
    ],
    [
      'repeatedly changing the substance of a complaint or raising unrelated concerns.',
      'changes-complaint-substance',
      'unreasonable-demands',
    ],
  ];
  for (const bullet of earlier) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => expectBullet('HO-2.2', bullet, false));
  }

  const bullets: Bullet[] = [
    [
      'repeatedly demanding a response within a timescale outside of service level agreements',
      'demands-outside-timescales',
      'unreasonable-demands',
    ],
    [
      'insisting on, or refusing to, speak to a particular member of staff, when that is not possible',
      'insists-on-specific-staff',
      'unreasonable-demands',
    ],
    [
      'insisting on, or refusing to, speak to a particular member of staff, when that is not possible',
      'refuses-specific-staff',
      'unreasonable-demands',
    ],
    [
      'repeatedly changing the substance of a complaint or raising unrelated concerns',
      'changes-complaint-substance',
      'unreasonable-demands',
    ],
    [
      'Making repeated and unnecessary contact during the course of us dealing with a complaint or carrying out an investigation',
      'contact-during-investigation',
      'unreasonable-demands',
    ],
    [
      'Refusing to accept a decision where explanations for the decision have been provided.',
      'refuses-decision',
      'unreasonable-demands',
    ],
  ];
  for (const bullet of bullets) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => expectBullet('HO-2.2', bullet));
  }

  it('“A demand becomes unacceptable when it starts to ... impact substantially on the work of this Service.”', () => {
    expectBullet('HO-2.2', [
      'A demand becomes unacceptable when it starts to (or when complying with the demand would) impact substantially on the work of this Service.',
      'disproportionate-demands',
      'unreasonable-demands',
    ]);
  });
});

describe('HO-2.3: Unacceptable and persistence levels of contact', () => {
  const bullets: Bullet[] = [
    [
      'Continuous contact while we are in the process of considering a matter',
      'contact-during-investigation',
      'unreasonable-persistence',
    ],
    [
      'Repeated telephone calls over a short period, for example, a high number calls in one day or week',
      'high-volume-communication',
      'unreasonable-persistence',
    ],
    [
      'Lengthy telephone calls repeating the same points of discussion',
      'long-repetitive-calls',
      'unreasonable-persistence',
    ],
    [
      'High volumes of information provided by email or post referencing the same issues',
      'excessive-contacts-on-issue',
      'unreasonable-persistence',
    ],
    [
      'unnecessarily or excessively copying us into emails to other parties.',
      'excessive-copying-in',
      'unreasonable-persistence',
    ],
  ];
  for (const bullet of bullets) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => expectBullet('HO-2.3', bullet));
  }

  it('“a high number calls in one day or week”: both windows, from the policy’s thresholds', () => {
    const day = analyse(series('d', '2026-03-02T09:00:00Z', 5, 30)).findings;
    expect(day.map((f) => f.kind)).toEqual(['high-volume-in-a-day']);
    const week = analyse(series('w', '2026-03-02T09:00:00Z', 16, 10 * 60)).findings;
    expect(week.map((f) => f.kind)).toEqual(['high-volume-in-a-week']);
    expectQuoted(week[0]?.reasons ?? [], 'HO-2.3', 'a high number calls in one day or week');
  });

  it('“Lengthy telephone calls repeating the same points of discussion”: found in the log', () => {
    const log = series('l', '2026-03-02T09:00:00Z', 3, 7 * 24 * 60, { durationMinutes: 50, issueId: 'rent' });
    const [finding] = analyse(log).findings;
    expect(finding?.kind).toBe('long-repetitive-calls');
    expectQuoted(
      finding?.reasons ?? [],
      'HO-2.3',
      'Lengthy telephone calls repeating the same points of discussion',
    );
  });

  it('“unnecessarily or excessively copying us into emails to other parties.”: found in the log', () => {
    const log = series('e', '2026-03-02T09:00:00Z', 5, 24 * 60, { channel: 'email', copiedIn: true });
    const [finding] = analyse(log).findings;
    expect(finding?.kind).toBe('excessive-copying-in');
    expectQuoted(finding?.reasons ?? [], 'HO-2.3', 'copying us into emails to other parties');
  });
});

describe('HO-2.4: Harassment', () => {
  const bullets: Bullet[] = [
    [
      'recording telephone discussions and publishing the information online such as through YouTube, Vimeo or Twitter',
      'recording-published-online',
      'harassment',
    ],
    [
      'contacting staff using their personal details or social media presence such as Facebook, Twitter or LinkedIn',
      'contacting-staff-personally',
      'harassment',
    ],
    [
      'publishing personal, sensitive or private information about staff online or other public domains such as noticeboards or newsletters.',
      'publishing-staff-information',
      'harassment',
    ],
    [
      'Staff have the right to carry out their duties free from harassment or threats of harassment.',
      'harassment',
      'harassment',
    ],
  ];
  for (const bullet of bullets) {
    it(`“${bullet[0]}” (${bullet[1]})`, () => {
      expectBullet('HO-2.4', bullet);
      expect(classify(incident([bullet[1]])).severity).toBe('serious');
    });
  }
});

describe('HO-2.5: Refusal to co-operate', () => {
  for (const request of [
    'the complaint we will look at',
    'to provide us with further information, evidence or comments on request',
    'help us by summarising their concerns.',
  ]) {
    it(`repeatedly refusing to agree “${request}”`, () => {
      const c = classify(
        incident([{ code: 'refuses-to-cooperate', persistent: true }], {
          notes: `Refused to agree: ${request}`,
        }),
      );
      expect(c.categories).toEqual(['refusal-to-cooperate']);
      expectQuoted(
        c.reasons,
        'HO-2.5',
        'it is unacceptable to bring a complaint to us and then not respond to clear and appropriate requests by staff.',
      );
    });
  }

  it('“We will always seek to assist someone if they have a specific, genuine difficulty complying with a request.”', () => {
    const c = classify(incident([{ code: 'refuses-to-cooperate', persistent: true }]), {
      customer: { vulnerabilities: ['learning-disability'] },
    });
    expect(c.unacceptable).toBe(true);
    const difficulty = c.considerations.find((x) => x.kind === 'genuine-difficulty');
    expect(difficulty?.adjustmentsNeeded).toBe(true);
    expect(difficulty?.reasons[0]?.rule).toBe('HO-2.5');
  });
});

describe('HO-1: “all methods of contact including telephone, face-to-face, letters, e-mails, social media and other digital channels”', () => {
  for (const channel of [
    'phone',
    'in-person',
    'letter',
    'email',
    'social-media',
    'web-form',
    'sms',
  ] as const) {
    it(channel, () => {
      const c = classify(incident(['personal-abuse'], { channel }));
      expect(c.routes).toEqual(['unacceptable-behaviour']);
      expect(c.reasons.map((r) => r.rule)).toContain('HO-1');
    });
  }
});

describe('HAB-1, HAB-3: anti-social behaviour and hate incidents', () => {
  it('a race-hate incident against a neighbour is ASB and a hate incident, not this policy, and raises safeguarding', () => {
    const c = classify(
      incident(['discriminatory-language', 'intimidation'], { target: 'neighbour', hateMotivation: 'race' }),
    );
    expect(c).toMatchObject({
      unacceptable: true,
      severity: 'serious',
      routes: ['anti-social-behaviour', 'hate-incident'],
      recommendedStep: 'refer-to-other-procedure',
    });
    expect(c.reasons.filter((r) => r.rule === 'HAB-1').map((r) => r.text)).toEqual([
      'Hate-motivated conduct (race) is recorded as a hate incident, with the correct category.',
      'Conduct aimed at neighbours or other residents is anti-social behaviour, handled under the ASB policy, not this one.',
    ]);
    expect(c.considerations.map((x) => x.kind)).toEqual(['safeguarding']);
  });

  it('“a closer link between ASB and safeguarding”: a vulnerable victim routes to safeguarding', () => {
    const c = classify(incident(['threat-of-violence'], { target: 'resident', targetVulnerable: true }));
    expect(c.routes).toEqual(['anti-social-behaviour', 'safeguarding']);
  });
});

describe('SC-1: staff conduct', () => {
  it('“A repairs operative sent inappropriate messages he described as “banter” to a resident with a traumatic personal history.”', () => {
    const c = classify(
      incident(['inappropriate-messages', 'misuse-of-personal-data'], {
        actor: 'contractor',
        target: 'resident',
        channel: 'sms',
      }),
      { customer: { vulnerabilities: ['traumatic-history'] } },
    );
    expect(c).toMatchObject({
      unacceptable: true,
      categories: [],
      severity: 'serious',
      routes: ['staff-conduct', 'safeguarding'],
      recommendedStep: 'refer-to-other-procedure',
    });
    expectQuoted(c.reasons, 'SC-1', 'described as “banter”');
    expectQuoted(c.reasons, 'SC-1', 'attempted to misuse the resident’s personal information');
    expect(c.reasons.find((r) => r.rule === 'SC-2')?.text).toContain('no further contact');
    expect(c.considerations.find((x) => x.kind === 'vulnerability')?.text).toContain('fully aware');
  });

  it('staff conduct towards a resident with no known vulnerability: staff conduct only', () => {
    expect(
      classify(incident(['inappropriate-messages'], { actor: 'staff', target: 'resident' })).routes,
    ).toEqual(['staff-conduct']);
  });
});

describe('TEP-2.1, TEP-2.2, HO-4: needs are considered, and never excuse the behaviour', () => {
  it('“Recognise that some languages may sound, or have accompanying hand or body language, that to others may appear aggressive or inappropriate.”', () => {
    const c = classify(incident(['intimidation']), { customer: { language: 'Somali' } });
    expect(c.unacceptable).toBe(true);
    const x = c.considerations.find((k) => k.kind === 'language-or-culture');
    expect(x?.text).toContain('may appear aggressive or inappropriate');
    expect(x).toMatchObject({ eiaNeeded: true, adjustmentsNeeded: true });
  });

  it('“some customers may display behaviours that appear to be non-cooperative but that may be part of their culture e.g. no male visitors”', () => {
    const c = classify(incident(['refuses-to-cooperate']), {
      customer: { culturalFactors: ['no male visitors'] },
    });
    expect(c.considerations.find((k) => k.kind === 'language-or-culture')?.text).toContain(
      'no male visitors',
    );
  });

  it('“Make reasonable adjustments e.g. for people who are neurodivergent, have mental health issues, dementia or Tourette’s syndrome”', () => {
    for (const v of [
      'neurodivergence',
      'mental-health',
      'dementia',
      'tourettes',
      'learning-disability',
    ] as const) {
      const c = classify(incident([{ code: 'swearing', persistent: true }]), {
        customer: { vulnerabilities: [v] },
      });
      expect(c.severity).toBe('moderate');
      expect(c.considerations[0]).toMatchObject({
        kind: 'vulnerability',
        eiaNeeded: true,
        adjustmentsNeeded: true,
      });
    }
  });

  it('“Appreciate that neurodivergent customers may need more support and flexibility, for example, a pre-arranged interview or telephone call.”', () => {
    const c = classify(incident(['demands-priority']), {
      customer: { vulnerabilities: ['neurodivergence'] },
    });
    expect(c.considerations[0]?.text).toContain('a pre-arranged interview or telephone call');
  });

  it('“Allow customers to be supported by a representative or an advocate of their choice in all interactions with us.”', () => {
    const c = classify(incident(['shouting']), { customer: { representative: { name: 'J. Okafor' } } });
    expect(c.considerations.map((x) => x.kind)).toContain('representative');
  });

  it('“Communicate with survivors of domestic abuse in line with guidance in the Domestic Abuse procedure.”', () => {
    const c = classify(incident(['shouting']), {
      customer: { vulnerabilities: ['domestic-abuse-survivor'] },
    });
    expect(c.considerations.find((x) => x.kind === 'domestic-abuse')?.text).toContain(
      'Domestic Abuse procedure',
    );
  });

  it('HO-4: “providing written communication in large print, coloured text, or in translation”; “We may still use the policy ... even where a reasonable adjustment has been made.”', () => {
    const c = classify(incident(['insulting-language']), {
      customer: { communicationNeeds: ['large-print', 'coloured-text', 'translation'] },
    });
    expect(c.unacceptable).toBe(true);
    const needs = c.considerations.find((x) => x.kind === 'communication-needs');
    expect(needs?.text).toContain('large print, coloured text and translation');
    expect(needs?.reasons.map((r) => r.rule)).toEqual(['TEP-2.2', 'HO-4']);
  });

  it('TEP-2.3: “Prior to invoking the procedure and restricting customer contact, we will complete an equality impact assessment”', () => {
    const c = classify(incident(['threat-of-violence']), {
      customer: { vulnerabilities: ['mental-health'] },
    });
    expect(c.recommendedStep).toBe('written-warning');
    const eia = c.considerations.find((x) => x.kind === 'equality-impact-assessment');
    expect(eia?.eiaNeeded).toBe(true);
    expect(eia?.reasons.map((r) => r.rule)).toEqual(['TEP-2.3', 'TEP-2.4']);
  });
});

describe('TEP-4.6: “where the behaviour is so extreme that it threatens the immediate safety and welfare of colleagues and others”', () => {
  it('physical violence goes to the police, possibly without warning', () => {
    const c = classify(incident(['physical-violence'], { channel: 'in-person' }));
    expect(c).toMatchObject({
      severity: 'extreme',
      routes: ['unacceptable-behaviour', 'police'],
      recommendedStep: 'police-and-legal-action',
    });
    expect(c.reasons.find((r) => r.rule === 'TEP-4.6')?.text).toContain('without warning');
  });

  it('a threat judged an immediate risk goes to the police too', () => {
    expect(classify(incident(['threat-of-violence'], { immediateRisk: true })).routes).toContain('police');
  });
});

describe('TEP-7: exclusions are never persistence', () => {
  it('“Urgent repairs.”, “Safeguarding incidents.”, “Domestic violence.”: calls about them never count', () => {
    const log = [
      ...series('u', '2026-03-02T09:00:00Z', 4, 15, { subject: 'urgent-repair' }),
      ...series('s', '2026-03-02T10:00:00Z', 4, 15, { subject: 'safeguarding' }),
      ...series('d', '2026-03-02T11:00:00Z', 4, 15, { subject: 'domestic-abuse' }),
      ...series('g', '2026-03-02T12:00:00Z', 4, 15),
    ];
    const a = analyse(log);
    expect(a.findings).toEqual([]);
    expect(a.counted).toBe(4);
    expect(a.excluded).toHaveLength(12);
  });
});

describe('TEP-1, TEP-3.0: what the sources condemn only when repeated is not unacceptable once', () => {
  it('TEP-3.3, TEP-1: a tenant who says once “I never got your letter” is not unacceptable (“Insistent on no response has been received.”)', () => {
    const c = classify(incident(['insists-no-response-received']));
    expect(c).toMatchObject({
      unacceptable: false,
      severity: 'none',
      categories: [],
      routes: [],
      recommendedStep: 'no-action',
    });
    expectQuoted(c.reasons, 'TEP-3.3', 'Insistent on no response has been received.');
    expectQuoted(c.reasons, 'TEP-1', 'just because someone is forceful or determined');
  });

  it('TEP-3.2, TEP-1: asking once for a service that is not offered is not unacceptable (“Repeatedly asking for services that are not offered.”)', () => {
    const c = classify(incident(['requests-services-not-offered']));
    expect(c.unacceptable).toBe(false);
    expectQuoted(c.reasons, 'TEP-3.2', 'Repeatedly asking for services that are not offered.');
    expect(c.reasons.find((r) => r.rule === 'TEP-3.2')?.text).toContain('only when it keeps happening');
  });

  it('HO-2.5, TEP-1: one refusal of a request is not unacceptable (“an individual repeatedly refuses to co-operate”)', () => {
    const once = classify(incident(['refuses-to-cooperate']));
    expect(once.unacceptable).toBe(false);
    expectQuoted(once.reasons, 'HO-2.5', 'repeatedly refuses to co-operate');
    expect(classify(incident([{ code: 'refuses-to-cooperate', persistent: true }])).unacceptable).toBe(true);
  });

  it('TEP-3.3: one unannounced visit is not unacceptable (“frequently visits the office without an appointment”)', () => {
    expect(classify(incident(['unannounced-office-visits'], { channel: 'in-person' })).unacceptable).toBe(
      false,
    );
  });

  it('TEP-3.3: “If despite reasonable attempts to resolve a matter, the customer continues…”: refusing a decision once is not unacceptable', () => {
    const c = classify(incident(['refuses-decision']));
    expect(c.unacceptable).toBe(false);
    expectQuoted(c.reasons, 'TEP-3.3', 'Refusing to accept a decision made after fully exhausting');
  });

  const repeatedOnly: BehaviourCode[] = [
    'insists-no-response-received',
    'refuses-decision',
    'requests-services-not-offered',
    'changes-complaint-substance',
    'refuses-to-cooperate',
    'unannounced-office-visits',
    'demands-outside-timescales',
    'high-volume-communication',
    'excessive-contacts-on-issue',
    'insists-on-specific-staff',
    'demands-priority',
    'repeats-resolved-issue',
    'refuses-explanations',
    'refuses-single-point-of-contact',
    'contact-during-investigation',
    'irrelevant-or-duplicate-documents',
    'excessive-copying-in',
    'long-repetitive-calls',
  ];
  for (const code of repeatedOnly) {
    it(`TEP-1: ${code} logged once is not unacceptable; logged as persistent it is`, () => {
      const once = classify(incident([code]));
      expect([once.unacceptable, once.severity, once.categories]).toEqual([false, 'none', []]);
      expect(once.reasons.map((r) => r.rule)).toContain('TEP-1');
      expect(classify(incident([{ code, persistent: true }])).unacceptable).toBe(true);
    });
  }

  it('TEP-1: a one-off demand alongside real abuse leaves the abuse unacceptable', () => {
    const c = classify(incident(['demands-priority', 'insulting-language']));
    expect(c.severity).toBe('moderate');
    expect(c.categories).toEqual(['aggressive-or-abusive']);
  });
});

describe('TEP-3.1, HO-2.1: one swear or shout follows the policy’s setting thresholds.swearingOrShouting', () => {
  it('TEP-3.1: under the Tenancy Enforcement Procedure (“Persistent swearing and/or shouting.”), one swear is not unacceptable', () => {
    const c = classify(incident(['swearing']), { policy: presets.tenancyEnforcementProcedure });
    expect([c.unacceptable, c.severity, c.routes]).toEqual([false, 'none', []]);
    const setting = c.reasons.find((r) => r.text.includes('single swear or shout'));
    expect(setting?.rule).toBe('TEP-3.1');
    expect(setting?.citation).toEqual(
      presets.tenancyEnforcementProcedure.citations['thresholds.swearingOrShouting'],
    );
    expect(setting?.citation.section).toBe(
      '3. Behaviour Covered Under this Procedure: Aggressive or Abusive Behaviour',
    );
    const persistent = classify(incident([{ code: 'swearing', persistent: true }]), {
      policy: presets.tenancyEnforcementProcedure,
    });
    expect(persistent.unacceptable).toBe(true);
  });

  it('HO-2.1: under the Ombudsman’s policy (“it is not acceptable to shout or swear”), one shout is unacceptable, and the reason cites it', () => {
    const policy = presets.housingOmbudsman2021;
    const c = classify(incident(['shouting']), { policy });
    expect([c.unacceptable, c.severity, c.routes]).toEqual([true, 'low', ['unacceptable-behaviour']]);
    const setting = c.reasons.find((r) => r.text.includes('single swear or shout'));
    expect(setting?.citation).toEqual({
      document: 'Housing Ombudsman Service: Unacceptable user action policy (approved June 2021)',
      section: 'Aggressive or abusive behaviour',
    });
  });

  it('TEP-3.1: Selwood’s preset follows TEP, cited as a library default', () => {
    const policy = presets.selwood;
    expect(policy.thresholds.swearingOrShouting).toBe('only-when-persistent');
    expect(policy.citations['thresholds.swearingOrShouting'].document).toBe(LIBRARY_DEFAULTS);
    expect(classify(incident(['swearing']), { policy }).unacceptable).toBe(false);
  });
});

describe('HAB-1, TEP-3.1, HO-2.1: hate motivation is aggressive or abusive', () => {
  it('HAB-1: a raised voice with racist motivation is aggressive or abusive, quoting “racist, sexist or homophobic” and “discriminatory in any way”', () => {
    const c = classify(incident(['raised-voice'], { hateMotivation: 'race' }));
    expect(c.unacceptable).toBe(true);
    expect(c.categories).toEqual(['aggressive-or-abusive']);
    expectQuoted(c.reasons, 'TEP-3.1', 'or is racist, sexist or homophobic');
    expectQuoted(c.reasons, 'HO-2.1', 'is discriminatory in any way');
  });

  it('HAB-1: hate-motivated conduct towards a neighbour is aggressive or abusive too', () => {
    const c = classify(incident(['angry'], { target: 'neighbour', hateMotivation: 'religion' }));
    expect(c.categories).toEqual(['aggressive-or-abusive']);
    expect(c.routes).toEqual(['anti-social-behaviour', 'hate-incident']);
  });

  it('HAB-1: conduct aimed at a neighbour that is not unacceptable here is for the ASB policy to assess, not the TEP-3.0 colleague test', () => {
    const c = classify(incident(['raised-voice'], { target: 'neighbour' }));
    expect(c.unacceptable).toBe(false);
    const rules = c.reasons.map((r) => r.rule);
    expect(rules).toContain('HAB-1');
    expect(c.reasons.find((r) => r.rule === 'HAB-1')?.text).toContain('ASB policy');
    expect(c.reasons.some((r) => r.text.includes('well-trained, competent colleague'))).toBe(false);
  });
});

describe('SC-1: staff or contractor conduct is always staff conduct', () => {
  it('SC-1: a staff member’s raised voice at a resident routes to staff conduct, never “not unacceptable” (the resident’s perception is not the problem)', () => {
    const c = classify(incident(['raised-voice'], { actor: 'staff', target: 'resident' }));
    expect(c).toMatchObject({
      unacceptable: true,
      categories: [],
      routes: ['staff-conduct'],
      recommendedStep: 'refer-to-other-procedure',
    });
    expect(c.severity).not.toBe('none');
    expect(c.reasons.some((r) => r.rule === 'TEP-3.0')).toBe(false);
    expect(c.reasons.some((r) => r.text.includes('well-trained'))).toBe(false);
  });

  it('SC-1: a contractor’s conduct towards a vulnerable person adds safeguarding, via targetVulnerable or the resident’s vulnerabilities', () => {
    const byTarget = classify(
      incident(['upset-or-distressed'], { actor: 'contractor', target: 'resident', targetVulnerable: true }),
    );
    expect(byTarget.routes).toEqual(['staff-conduct', 'safeguarding']);
    const byCustomer = classify(
      incident(['forceful-or-determined'], { actor: 'staff', target: 'resident' }),
      {
        customer: { vulnerabilities: ['traumatic-history'] },
      },
    );
    expect(byCustomer.routes).toEqual(['staff-conduct', 'safeguarding']);
    expect(byCustomer.recommendedStep).toBe('refer-to-other-procedure');
  });

  it('SC-1: staff violence is staff conduct and a police matter, still referred to the staff-conduct procedure', () => {
    const c = classify(incident(['physical-violence'], { actor: 'staff', target: 'resident' }));
    expect(c.routes).toEqual(['staff-conduct', 'police']);
    expect(c.recommendedStep).toBe('refer-to-other-procedure');
  });

  it('SC-1: considerations support the resident making the complaint, never excuse or reframe the staff member’s conduct', () => {
    const c = classify(incident(['inappropriate-messages'], { actor: 'contractor', target: 'resident' }), {
      customer: {
        vulnerabilities: ['mental-health'],
        communicationNeeds: ['interpreter', 'large-print'],
        language: 'Polish',
        culturalFactors: ['no male visitors'],
        representative: { name: 'A. Friend', role: 'family-or-friend' },
      },
    });
    const texts = c.considerations.map((x) => x.text).join('\n');
    expect(texts).not.toContain('does not by itself make the behaviour acceptable');
    expect(texts).not.toContain('appear aggressive');
    expect(texts).not.toContain('ending a call');
    for (const kind of ['communication-needs', 'language-or-culture', 'representative'] as const) {
      const x = c.considerations.find((k) => k.kind === kind);
      expect(x?.text, kind).toContain('resident');
      expect(x?.text, kind).toContain('complaint');
      expect(x?.adjustmentsNeeded).toBe(true);
      expect(x?.reasons.map((r) => r.rule)).toContain('SC-1');
    }
  });
});
