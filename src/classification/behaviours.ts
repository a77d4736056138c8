import { deepFreeze } from '../shared/freeze.js';
import { type BehaviourCode, BehaviourCodeSchema } from '../shared/incident.js';
import { ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { type BehaviourCategory, BehaviourCategorySchema, type Severity } from './vocabulary.js';

/** The rules a behaviour is described by: TEP 1 and 3, and HO's categories. */
export type BehaviourRule =
  | 'TEP-1'
  | 'TEP-3.0'
  | 'TEP-3.1'
  | 'TEP-3.2'
  | 'TEP-3.3'
  | 'HO-2.1'
  | 'HO-2.2'
  | 'HO-2.3'
  | 'HO-2.4'
  | 'HO-2.5';

/** A source's own sentence, and the rule whose heading it sits under. */
export interface SourceSentence {
  readonly rule: BehaviourRule;
  readonly sentence: string;
}

/** One behaviour: what to call it, how serious it is on its own, and the sentences that describe it. */
export interface BehaviourDescription {
  readonly label: string;
  /**
   * Severity of one occurrence; `persistent: true` raises it one step, never beyond `'serious'`.
   * For a row that `requiresPersistence`, this is the severity of the pattern once it exists.
   */
  readonly severity: Severity;
  readonly sources: readonly SourceSentence[];
  /**
   * The sources condemn it only when it keeps happening ("Repeatedly…", "frequently", "high
   * volumes", "Insistent…", and all of TEP 3.3: "If despite reasonable attempts to resolve a
   * matter, the customer continues…"). Logged without `persistent: true`, it is not unacceptable
   * (TEP-1: forceful or determined is not unacceptable).
   */
  readonly requiresPersistence?: true;
  /** For conduct by staff (SC-1): the finding's own sentence, where it describes this behaviour. */
  readonly asStaffConduct?: string;
}

/**
 * The family each rule's heading names; `null` for the rules that say what is not unacceptable.
 * A behaviour's categories are those of its sources.
 *
 * @example
 * CATEGORY_OF_RULE['HO-2.4'] // => 'harassment'
 * CATEGORY_OF_RULE['TEP-3.0'] // => null (what is not unacceptable)
 */
export const CATEGORY_OF_RULE: Readonly<Record<BehaviourRule, BehaviourCategory | null>> = deepFreeze({
  'TEP-1': null,
  'TEP-3.0': null,
  'TEP-3.1': 'aggressive-or-abusive',
  'HO-2.1': 'aggressive-or-abusive',
  'TEP-3.2': 'unreasonable-demands',
  'HO-2.2': 'unreasonable-demands',
  'TEP-3.3': 'unreasonable-persistence',
  'HO-2.3': 'unreasonable-persistence',
  'HO-2.4': 'harassment',
  'HO-2.5': 'refusal-to-cooperate',
});

// The sources' sentences, verbatim (curly apostrophes included), so a reader can search for them.
const TEP = {
  wellTrained:
    'There may be incidences of behaviour which an individual may find difficult, but it would be reasonable to expect a well-trained competent colleague to be able to deal with in most circumstances. This would not be considered unacceptable behaviour.',
  upsetOrAngry:
    'We recognise that people may act out of character when in distress or difficulty, so being upset or angry is understandable.',
  outOfCharacter: 'Customers may act out of character in times of trouble or distress.',
  forceful: 'We do not view behaviour as unacceptable just because someone is forceful or determined.',
  language: 'Using language, which is intended to insult or degrade, or is racist, sexist or homophobic.',
  violence: 'Threats of violence or physical violence or harassment.',
  intimidation: 'Intimidation or threatening behaviour towards colleagues by any means.',
  damage: 'Deliberate physical damage caused to property.',
  swearing: 'Persistent swearing and/or shouting.',
  abuse: 'Personal abuse and or unwelcome or rude gestures.',
  allegations: 'Making inflammatory or unsubstantiated allegations.',
  allEmergency:
    'Demanding that all repairs are dealt with as an emergency or demanding that a complaint be prioritised above others.',
  disproportionate:
    'Behaviours or demands that are disproportionate to the matter in question or deliberately made to cause annoyance, misdirect or waste the organisation’s resources will be considered unreasonable.',
  outsideTimescales: 'Demanding a service outside the relevant policy timescales.',
  highVolumes:
    'Submitting high volumes of repeated communication which could include (but is not limited to) letter, email, telephone and social media.',
  irrelevantInformation:
    'Requesting high volumes of information which is not relevant to the service request or complaint being made.',
  particularColleague:
    'Insisting on only seeing or speaking to a particular colleague without a clear justifiable reason.',
  servicesNotOffered: 'Repeatedly asking for services that are not offered.',
  changingSubstance:
    'Repeatedly changing the substance of a complaint or raising unrelated concerns as part of an existing complaint.',
  alreadyDealtWith:
    'Repeatedly complains or makes repeated requests about similar issues that have already been dealt with.',
  refusingDecision: 'Refusing to accept a decision made after fully exhausting the complaints process.',
  refusingExplanations: 'Refusing to accept explanations relating to what we can and cannot do.',
  refusingSpoc: 'Refusing to accept the decision to appoint a single point of contact.',
  noResponse: 'Insistent on no response has been received.',
  resolvedOrClosed:
    'Pursuing an issue/case which we consider resolved or closed without presenting any new significant information.',
  unreasonableNumber:
    'Making an unreasonable number of contacts with us, by any means in relation to a specific complaint or issue e.g. high volume of letters, emails, telephone calls etc.',
  withoutAppointment: 'Where a customer frequently visits the office without an appointment.',
  documents: 'Sends irrelevant or duplicate documents.',
  recording:
    'Electronically recording meetings and conversations without the prior knowledge of those involved.',
  persistentNature:
    'Even though the way in which a customer approaches us may be reasonable, the persistent nature of the behaviour may not be acceptable.',
} as const;

const HO = {
  upsetAndAngry:
    'We understand that many customers are often upset and angry about the issues they have raised in their complaint.',
  judgeIndividually:
    'We will judge each situation individually and appreciate individuals who come to us may be upset.',
  violence: 'Any violence or abuse towards staff will not be tolerated.',
  offendedAfraid:
    'It also includes behaviour or language (whether verbal or written) that may cause staff to feel offended, afraid, threatened or abused.',
  shoutOrSwear:
    'While we accept that those who contact us may feel angry, it is not acceptable to shout or swear at Housing Ombudsman Service staff.',
  offensive: 'is offensive, derogatory or patronising',
  discriminatory:
    'is discriminatory in any way, including racist, sexist, homophobic or transphobic comments',
  seriousAllegations:
    'makes serious allegations that individuals have committed criminal, corrupt or perverse conduct without any evidence.',
  threats: 'Threats against staff will be taken very seriously',
  substantialImpact:
    'A demand becomes unacceptable when it starts to (or when complying with the demand would) impact substantially on the work of this Service.',
  outsideSla: 'repeatedly demanding a response within a timescale outside of service level agreements',
  particularStaff:
    'insisting on, or refusing to, speak to a particular member of staff, when that is not possible',
  changingSubstance: 'repeatedly changing the substance of a complaint or raising unrelated concerns',
  duringInvestigation:
    'Making repeated and unnecessary contact during the course of us dealing with a complaint or carrying out an investigation',
  refusingDecision: 'Refusing to accept a decision where explanations for the decision have been provided.',
  continuousContact: 'Continuous contact while we are in the process of considering a matter',
  repeatedCalls:
    'Repeated telephone calls over a short period, for example, a high number calls in one day or week',
  lengthyCalls: 'Lengthy telephone calls repeating the same points of discussion',
  highVolumesSameIssues: 'High volumes of information provided by email or post referencing the same issues',
  copyingIn: 'unnecessarily or excessively copying us into emails to other parties.',
  freeFromHarassment:
    'Staff have the right to carry out their duties free from harassment or threats of harassment.',
  recordingPublished:
    'recording telephone discussions and publishing the information online such as through YouTube, Vimeo or Twitter',
  personalDetails:
    'contacting staff using their personal details or social media presence such as Facebook, Twitter or LinkedIn',
  publishingInformation:
    'publishing personal, sensitive or private information about staff online or other public domains such as noticeboards or newsletters.',
  refusesToCooperate:
    'Sometimes, an individual repeatedly refuses to co-operate and this makes it difficult for us to proceed.',
  notRespond:
    'However, we consider it is unacceptable to bring a complaint to us and then not respond to clear and appropriate requests by staff.',
} as const;

const SC = {
  messages:
    'A repairs operative sent inappropriate messages he described as “banter” to a resident with a traumatic personal history.',
  personalInformation:
    'The operative, who worked for North West Leicestershire District Council, attempted to misuse the resident’s personal information to establish a relationship.',
} as const;

/** The sentences the classifier quotes beyond single behaviours. */
export const SENTENCES = {
  persistentNature: TEP.persistentNature,
  persistentSwearing: TEP.swearing,
  forceful: TEP.forceful,
  hateLanguage: TEP.language,
  discriminatory: HO.discriminatory,
  shoutOrSwear: HO.shoutOrSwear,
} as const;

const s = (rule: BehaviourRule, sentence: string): SourceSentence => ({ rule, sentence });

/**
 * Every behaviour code, described once: its label, the severity of one occurrence, and the
 * sentences of TEP 3 and HO's categories that name it. The categories of a behaviour are
 * those of its sources' headings (`CATEGORY_OF_RULE`), so the table cannot disagree with itself.
 *
 * @example
 * BEHAVIOURS['threat-of-violence']
 * // => { label: 'Threat of violence', severity: 'serious',
 * //      sources: [{ rule: 'TEP-3.1', sentence: 'Threats of violence or physical violence or harassment.' },
 * //                { rule: 'HO-2.1', sentence: 'Threats against staff will be taken very seriously' }] }
 */
export const BEHAVIOURS: Readonly<Record<BehaviourCode, BehaviourDescription>> = deepFreeze({
  // Not unacceptable (TEP-1, TEP-3.0).
  'raised-voice': {
    label: 'A raised voice',
    severity: 'none',
    sources: [s('TEP-3.0', TEP.wellTrained), s('TEP-3.0', HO.judgeIndividually)],
  },
  'upset-or-distressed': {
    label: 'Being upset or distressed',
    severity: 'none',
    sources: [s('TEP-3.0', TEP.upsetOrAngry), s('TEP-1', TEP.outOfCharacter), s('TEP-3.0', HO.upsetAndAngry)],
  },
  angry: {
    label: 'Being angry',
    severity: 'none',
    sources: [s('TEP-3.0', TEP.upsetOrAngry), s('TEP-3.0', HO.upsetAndAngry)],
  },
  'forceful-or-determined': {
    label: 'Being forceful or determined',
    severity: 'none',
    sources: [s('TEP-1', TEP.forceful)],
  },

  // Aggressive or abusive (TEP-3.1, HO-2.1).
  'physical-violence': {
    label: 'Physical violence',
    severity: 'extreme',
    sources: [s('TEP-3.1', TEP.violence), s('HO-2.1', HO.violence)],
  },
  'threat-of-violence': {
    label: 'Threat of violence',
    severity: 'serious',
    sources: [s('TEP-3.1', TEP.violence), s('HO-2.1', HO.threats)],
  },
  intimidation: {
    label: 'Intimidation or threatening behaviour',
    severity: 'serious',
    sources: [s('TEP-3.1', TEP.intimidation), s('HO-2.1', HO.offendedAfraid)],
  },
  'property-damage': {
    label: 'Deliberate damage to property',
    severity: 'serious',
    sources: [s('TEP-3.1', TEP.damage)],
  },
  'discriminatory-language': {
    label: 'Discriminatory language',
    severity: 'serious',
    sources: [s('TEP-3.1', TEP.language), s('HO-2.1', HO.discriminatory)],
  },
  'insulting-language': {
    label: 'Insulting, degrading or offensive language',
    severity: 'moderate',
    sources: [s('TEP-3.1', TEP.language), s('HO-2.1', HO.offensive)],
  },
  'personal-abuse': {
    label: 'Personal abuse',
    severity: 'moderate',
    sources: [s('TEP-3.1', TEP.abuse), s('HO-2.1', HO.offendedAfraid)],
  },
  swearing: {
    label: 'Swearing',
    severity: 'low',
    sources: [s('TEP-3.1', TEP.swearing), s('HO-2.1', HO.shoutOrSwear)],
  },
  shouting: {
    label: 'Shouting',
    severity: 'low',
    sources: [s('TEP-3.1', TEP.swearing), s('HO-2.1', HO.shoutOrSwear)],
  },
  'rude-gesture': {
    label: 'An unwelcome or rude gesture',
    severity: 'low',
    sources: [s('TEP-3.1', TEP.abuse)],
  },
  'unsubstantiated-allegation': {
    label: 'An inflammatory or unsubstantiated allegation',
    severity: 'moderate',
    sources: [s('TEP-3.1', TEP.allegations), s('HO-2.1', HO.seriousAllegations)],
  },
  'inappropriate-messages': {
    label: 'Inappropriate messages',
    severity: 'moderate',
    sources: [s('HO-2.1', HO.offendedAfraid)],
    asStaffConduct: SC.messages,
  },

  // Harassment (TEP-3.1, HO-2.4).
  harassment: {
    label: 'Harassment',
    severity: 'serious',
    sources: [s('TEP-3.1', TEP.violence), s('HO-2.4', HO.freeFromHarassment)],
  },
  'recording-published-online': {
    label: 'Recording calls and publishing them online',
    severity: 'serious',
    sources: [s('HO-2.4', HO.recordingPublished)],
  },
  'contacting-staff-personally': {
    label: 'Contacting staff through their personal details or social media',
    severity: 'serious',
    sources: [s('HO-2.4', HO.personalDetails)],
  },
  'publishing-staff-information': {
    label: 'Publishing staff’s personal information',
    severity: 'serious',
    sources: [s('HO-2.4', HO.publishingInformation)],
  },
  'misuse-of-personal-data': {
    label: 'Misuse of personal data',
    severity: 'serious',
    sources: [s('HO-2.4', HO.personalDetails)],
    asStaffConduct: SC.personalInformation,
  },

  // Unreasonable demands (TEP-3.2, HO-2.2). A demand made once is forceful or determined (TEP-1);
  // "all repairs ... as an emergency" is itself a pattern, and the priority demand shares its sentence.
  'demands-all-emergency': {
    label: 'Demanding that every repair is an emergency',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.allEmergency)],
  },
  'demands-priority': {
    label: 'Demanding a complaint be prioritised above others',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.allEmergency)],
  },
  'disproportionate-demands': {
    label: 'Disproportionate demands',
    severity: 'low',
    sources: [s('TEP-3.2', TEP.disproportionate), s('HO-2.2', HO.substantialImpact)],
  },
  'demands-outside-timescales': {
    label: 'Demanding a service outside the policy’s timescales',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.outsideTimescales), s('HO-2.2', HO.outsideSla)],
  },
  'high-volume-communication': {
    label: 'High volumes of repeated communication',
    severity: 'low',
    requiresPersistence: true,
    sources: [
      s('TEP-3.2', TEP.highVolumes),
      s('HO-2.3', HO.repeatedCalls),
      s('HO-2.3', HO.highVolumesSameIssues),
    ],
  },
  'irrelevant-information-requests': {
    label: 'Requesting high volumes of irrelevant information',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.irrelevantInformation)],
  },
  'insists-on-specific-staff': {
    label: 'Insisting on a particular colleague',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.particularColleague), s('HO-2.2', HO.particularStaff)],
  },
  'refuses-specific-staff': {
    label: 'Refusing to speak to a particular member of staff',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('HO-2.2', HO.particularStaff)],
  },
  'requests-services-not-offered': {
    label: 'Repeatedly asking for services that are not offered',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.servicesNotOffered)],
  },
  'changes-complaint-substance': {
    label: 'Repeatedly changing the substance of a complaint',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.changingSubstance), s('HO-2.2', HO.changingSubstance)],
  },
  'contact-during-investigation': {
    label: 'Repeated, unnecessary contact while a matter is being considered',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('HO-2.2', HO.duringInvestigation), s('HO-2.3', HO.continuousContact)],
  },

  // Unreasonable persistence (TEP-3.3, HO-2.3): every example of TEP 3.3 hangs on "If despite
  // reasonable attempts to resolve a matter, the customer continues…", so none is unacceptable once.
  'repeats-resolved-issue': {
    label: 'Pursuing an issue already dealt with',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.2', TEP.alreadyDealtWith), s('TEP-3.3', TEP.resolvedOrClosed)],
  },
  'refuses-decision': {
    label: 'Refusing to accept a decision',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.refusingDecision), s('HO-2.2', HO.refusingDecision)],
  },
  'refuses-explanations': {
    label: 'Refusing to accept explanations of what the landlord can and cannot do',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.refusingExplanations)],
  },
  'refuses-single-point-of-contact': {
    label: 'Refusing a single point of contact',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.refusingSpoc)],
  },
  'insists-no-response-received': {
    label: 'Insisting no response was received',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.noResponse)],
  },
  'excessive-contacts-on-issue': {
    label: 'An unreasonable number of contacts on one issue',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.unreasonableNumber), s('HO-2.3', HO.highVolumesSameIssues)],
  },
  'unannounced-office-visits': {
    label: 'Frequent office visits without an appointment',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.withoutAppointment)],
  },
  'irrelevant-or-duplicate-documents': {
    label: 'Sending irrelevant or duplicate documents',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.documents), s('HO-2.3', HO.highVolumesSameIssues)],
  },
  'recording-without-consent': {
    label: 'Recording meetings or conversations without prior knowledge',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('TEP-3.3', TEP.recording)],
  },
  'long-repetitive-calls': {
    label: 'Long calls repeating the same points',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('HO-2.3', HO.lengthyCalls)],
  },
  'excessive-copying-in': {
    label: 'Unnecessarily copying the landlord into emails to others',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('HO-2.3', HO.copyingIn)],
  },

  // Refusal to co-operate (HO-2.5).
  'refuses-to-cooperate': {
    label: 'Repeatedly refusing clear and appropriate requests',
    severity: 'low',
    requiresPersistence: true,
    sources: [s('HO-2.5', HO.refusesToCooperate), s('HO-2.5', HO.notRespond)],
  },
});

/**
 * The categories a behaviour belongs to, from its sources' headings, in the vocabulary's order.
 *
 * @example
 * categoriesOf('repeats-resolved-issue') // => { ok: true, value: ['unreasonable-demands', 'unreasonable-persistence'] }
 * categoriesOf('raised-voice') // => { ok: true, value: [] }
 * categoriesOf('shoving') // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'code', ... }] } }
 */
export function categoriesOf(code: BehaviourCode): Result<BehaviourCategory[]> {
  const valid = validate(BehaviourCodeSchema, code, 'code');
  return valid.ok ? ok(categoriesOfTrusted(valid.value)) : valid;
}

/** `categoriesOf` for a code already validated (the classifier's own). */
export function categoriesOfTrusted(code: BehaviourCode): BehaviourCategory[] {
  const found = new Set<BehaviourCategory>();
  for (const source of BEHAVIOURS[code].sources) {
    const category = CATEGORY_OF_RULE[source.rule];
    if (category !== null) found.add(category);
  }
  return BehaviourCategorySchema.options.filter((category) => found.has(category));
}
