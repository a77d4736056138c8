import { z } from 'zod';
import { MonthEndSchema } from '../calendar/civil-date.js';
import { BankHolidayTableSchema } from '../calendar/holiday-table.js';
import { CivilDateSchema, TimeZoneSchema } from '../shared/dates.js';
import { deepFreeze } from '../shared/freeze.js';
import { RULES, type RuleId } from '../shared/rules.js';
import { ContactSubjectSchema, NationSchema } from '../shared/vocabulary.js';

/**
 * How a period is counted: every day, business days only, whole weeks (seven calendar days
 * each), or calendar months (with the policy's month-end rule).
 *
 * @example
 * PeriodUnitSchema.options // => ['calendar-days', 'business-days', 'weeks', 'months']
 */
export const PeriodUnitSchema = z.enum(['calendar-days', 'business-days', 'weeks', 'months']);
/** `'calendar-days' | 'business-days' | 'weeks' | 'months'`. */
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;

/** What happens when a period's last day is a weekend, bank holiday or closure day. */
export const NonBusinessLastDaySchema = z.enum(['stays', 'moves-to-next-business-day']);

/**
 * The longest period each unit may count: a year of days, weeks or months, or a year's business days.
 *
 * @example
 * PERIOD_MAXIMUM.weeks // => 52
 */
export const PERIOD_MAXIMUM: Readonly<Record<PeriodUnit, number>> = deepFreeze({
  'calendar-days': 366,
  'business-days': 260,
  weeks: 52,
  months: 12,
});

/** `PERIOD_MAXIMUM` as JSON Schema, for the schemas in `schemas/`: each unit's longest length. */
const withinMaximumJson = {
  allOf: Object.entries(PERIOD_MAXIMUM).map(([unit, maximum]) => ({
    if: { properties: { unit: { const: unit } }, required: ['unit'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own if/then keywords
    then: { properties: { length: { type: 'integer', maximum } } },
  })),
};

/** The length of a period is no longer than its unit allows (`PERIOD_MAXIMUM`). */
const withinMaximum = (ctx: z.core.ParsePayload<{ length: number; unit: PeriodUnit }>): void => {
  const { length, unit } = ctx.value;
  if (length > PERIOD_MAXIMUM[unit]) {
    ctx.issues.push({
      code: 'custom',
      input: length,
      path: ['length'],
      message: `expected at most ${PERIOD_MAXIMUM[unit]} ${unit}, received ${length}`,
    });
  }
};

/**
 * A period counted from an event: `length` of `unit`. The event's own day is never counted
 * (NF-5), so 14 days from 2 March ends at the end of 16 March; 2 weeks is 14 calendar days; a
 * month from 31 January ends on the last day of February (with `monthEnd: 'clamp'`). A decision
 * period (`appeal.decisionWithin`, `reconsideration.decisionWithin`) always counts from the day
 * the appeal or request was received.
 *
 * @example
 * PeriodSchema.parse({ length: 4, unit: 'weeks', lastDayOnNonBusinessDay: 'stays' }) // => the same object
 * PeriodSchema.safeParse({ length: 13, unit: 'months', lastDayOnNonBusinessDay: 'stays' }).success // => false
 */
export const PeriodSchema = z
  .strictObject({
    length: z.int().min(1).max(366),
    unit: PeriodUnitSchema,
    lastDayOnNonBusinessDay: NonBusinessLastDaySchema,
  })
  .check(withinMaximum)
  .meta(withinMaximumJson);
export type Period = z.infer<typeof PeriodSchema>;

/**
 * What the appeal window counts from: the date on the letter, its deemed receipt (NF-6), or the
 * day the customer actually received it (`receivedOn`, `letterReceivedOn`).
 *
 * @example
 * CountFromSchema.options // => ['letter-date', 'deemed-receipt', 'actual-receipt']
 */
export const CountFromSchema = z.enum(['letter-date', 'deemed-receipt', 'actual-receipt']);

/**
 * The appeal window: a period, counted from the date on the letter, its deemed receipt (NF-6),
 * or its actual receipt.
 *
 * @example
 * AppealWindowSchema.safeParse({ length: 14, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' }).success
 * // => false: countFrom is missing
 * AppealWindowSchema.safeParse({ length: 10, unit: 'business-days', countFrom: 'actual-receipt',
 *   lastDayOnNonBusinessDay: 'stays' }).success // => true
 */
export const AppealWindowSchema = z
  .strictObject({
    length: z.int().min(1).max(366),
    unit: PeriodUnitSchema,
    lastDayOnNonBusinessDay: NonBusinessLastDaySchema,
    countFrom: CountFromSchema,
  })
  .check(withinMaximum)
  .meta(withinMaximumJson);
export type AppealWindow = z.infer<typeof AppealWindowSchema>;

/** A count of events within a number of days, for contact-pattern thresholds. */
export const FrequencySchema = z.strictObject({
  count: z.int().min(1),
  withinDays: z.int().min(1).max(366),
});

/** When swearing or shouting at staff becomes unacceptable: the first time, or only when it persists. */
export const SwearingOrShoutingSchema = z.enum(['unacceptable-once', 'only-when-persistent']);

/**
 * Numbers the sources leave to the landlord ("a high number of calls in one day").
 *
 * @example
 * ThresholdsSchema.parse(presets.tenancyEnforcementProcedure.thresholds).contactsInADay // => 5
 */
export const ThresholdsSchema = z.strictObject({
  /** Contacts in one day that make a high volume (HO-2.3). */
  contactsInADay: z.int().min(1),
  /** Contacts in seven days that make a high volume (HO-2.3, TEP-3.2). */
  contactsInAWeek: z.int().min(1),
  /** Contacts on an issue already closed, with no new information, that make a pattern (TEP-3.3). */
  contactsOnClosedIssue: z.int().min(1),
  /** A call this long or longer is a long call; `count` such calls within `withinDays` repeat (HO-2.3). */
  longCall: FrequencySchema.extend({ minutes: z.int().min(1) }),
  /** Office visits without an appointment (TEP-3.3). */
  unannouncedVisits: FrequencySchema,
  /** Documents already sent, sent again (TEP-3.3). */
  duplicateDocuments: FrequencySchema,
  /** Emails to others that copy the landlord in (HO-2.3). */
  copyingIn: FrequencySchema,
  /**
   * Whether one swear or shout at staff is unacceptable (`'unacceptable-once'`, HO-2.1: "it is
   * not acceptable to shout or swear") or only persistent swearing or shouting is
   * (`'only-when-persistent'`, TEP-3.1: "Persistent swearing and/or shouting.").
   */
  swearingOrShouting: SwearingOrShoutingSchema,
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/**
 * TEP-7's exclusions that no policy may drop: an emergency, a safeguarding report and a
 * domestic-abuse disclosure always get through, whatever the restriction. A landlord may add to
 * them (the default policy also excludes repairs and critical anti-social behaviour).
 *
 * @example
 * ALWAYS_EXCLUDED // => ['emergency', 'safeguarding', 'domestic-abuse']
 */
export const ALWAYS_EXCLUDED = deepFreeze(['emergency', 'safeguarding', 'domestic-abuse'] as const);

/**
 * The policy's exclusions: contact subjects, always including ALWAYS_EXCLUDED.
 *
 * @example
 * ExclusionsSchema.safeParse(['emergency', 'safeguarding']).success // => false: domestic abuse is missing
 */
export const ExclusionsSchema = z
  .array(ContactSubjectSchema)
  .check((ctx) => {
    const missing = ALWAYS_EXCLUDED.filter((subject) => !ctx.value.includes(subject));
    if (missing.length > 0) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `expected the exclusions to include ${ALWAYS_EXCLUDED.map((s) => `'${s}'`).join(', ')}: no restriction may stop them (TEP-7); missing ${missing.map((s) => `'${s}'`).join(', ')}`,
      });
    }
  })
  .meta({
    description: `The contact subjects no restriction stops (TEP-7): always including ${ALWAYS_EXCLUDED.join(', ')}.`,
    allOf: ALWAYS_EXCLUDED.map((subject) => ({ contains: { const: subject } })),
  });

/**
 * The formal steps whose deciders a policy may limit (`authority`): the case events that record a
 * decision by staff. Each is a case event type (the case module checks this at compile time).
 *
 * @example
 * AUTHORITY_STEPS.includes('appeal-decided') // => true
 */
export const AUTHORITY_STEPS = deepFreeze([
  'informal-action-taken',
  'written-warning-issued',
  'restriction-imposed',
  'restriction-varied',
  'restriction-lifted',
  'spoc-assigned',
  'spoc-handover',
  'spoc-oversight-reviewed',
  'case-reviewed',
  'breach-warning-issued',
  'legal-action-taken',
  'police-notified',
  'public-authority-notified',
  'complaint-investigation-declined',
  'appeal-decided',
  'reconsideration-decided',
  'case-closed',
] as const);
/** A case event type whose deciders a policy may limit, e.g. `'appeal-decided'`. */
export type AuthorityStep = (typeof AUTHORITY_STEPS)[number];

/**
 * A role in the landlord's own words, e.g. `'senior-officer'`: matched exactly.
 *
 * @example
 * RoleSchema.safeParse('senior-officer').success // => true
 * RoleSchema.safeParse('').success // => false
 */
export const RoleSchema = z.string().min(1);

/**
 * Who may take one formal step: the roles allowed (any one of them decides alone), or
 * `{ roles, count }`: at least `count` different people, each holding one of the roles, decide
 * together ("two officers": `{ roles: ['housing-officer', 'senior-officer'], count: 2 }`). The
 * event's `by` and `byRole` are the first; `jointlyWith` lists the others.
 *
 * @example
 * StepAuthoritySchema.parse(['senior-officer']) // => ['senior-officer']
 * StepAuthoritySchema.parse({ roles: ['housing-officer'], count: 2 }) // => the same object
 */
export const StepAuthoritySchema = z.union([
  z
    .array(RoleSchema)
    .min(1, { error: 'expected at least one role: leave the step out to let anyone take it' }),
  z.strictObject({
    roles: z.array(RoleSchema).min(1, { error: 'expected at least one role' }),
    count: z.int().min(1).max(10),
  }),
]);
export type StepAuthority = z.infer<typeof StepAuthoritySchema>;

/**
 * The roles that may take each formal step (NF-8: who decided). A step left out may be taken by
 * anyone; `{}` limits nothing.
 *
 * @example
 * AuthoritySchema.parse({ 'appeal-decided': ['senior-officer'] }) // => the same object
 * AuthoritySchema.safeParse({ 'appeal-decide': ['senior-officer'] }).success // => false (no such step)
 */
export const AuthoritySchema = z.partialRecord(z.enum(AUTHORITY_STEPS), StepAuthoritySchema);
export type Authority = z.infer<typeof AuthoritySchema>;

/**
 * The forms a warning may take. `'recorded-phone-call'`: a call whose record goes on file.
 *
 * @example
 * WarningFormSchema.parse('email') // => 'email'
 */
export const WarningFormSchema = z.enum(['letter', 'email', 'recorded-phone-call']);
export type WarningForm = z.infer<typeof WarningFormSchema>;

/**
 * How notices (decision letters, warnings, review outcomes) may be sent.
 *
 * @example
 * NoticeChannelSchema.parse('letter') // => 'letter'
 */
export const NoticeChannelSchema = z.enum(['letter', 'email']);
export type NoticeChannel = z.infer<typeof NoticeChannelSchema>;

/**
 * Every setting a policy cites, by its path in the policy.
 *
 * @example
 * SETTING_PATHS.includes('appeal.window') // => true
 */
export const SETTING_PATHS = deepFreeze([
  'timeZone',
  'calendar',
  'monthEnd',
  'formalAction.eiaBeforeFormalAction',
  'formalAction.eiaBeforeRestriction',
  'formalAction.writtenWarningBeforeRestriction',
  'formalAction.informalActionBeforeFormalAction',
  'restriction.defaultMonths',
  'restriction.reviewIntervalMonths',
  'restriction.spocOversightIntervalMonths',
  'appeal.window',
  'appeal.decisionWithin',
  'reconsideration.decisionWithin',
  'exclusions',
  'thresholds.contactsInADay',
  'thresholds.contactsInAWeek',
  'thresholds.contactsOnClosedIssue',
  'thresholds.longCall',
  'thresholds.unannouncedVisits',
  'thresholds.duplicateDocuments',
  'thresholds.copyingIn',
  'thresholds.swearingOrShouting',
  'restriction.otherLengthNeedsJustification',
  'deemedReceipt.skipsClosureDays',
  // Who decides, and how warnings and notices are given (issue 14, items 5–7).
  'authority',
  'formalAction.warningForms',
  'notices.channels',
  // Restriction lengths and reviews, and the EIA's currency (issue 14).
  'restriction.maxMonths',
  'restriction.openEnded',
  'restriction.firstReviewAfterMonths',
  'restriction.reviewAtEnd',
  'eia.currentForMonths',
  // Warning markers and who must know (issue 9, item 5).
  'markers.reviewAfterMonths',
  'markers.removeAfterMonths',
  'teams.toInform',
] as const);
/** The path of a policy setting, e.g. `'appeal.window'`. */
export type SettingPath = (typeof SETTING_PATHS)[number];

/**
 * Where a setting's value comes from: a source's own heading, or the library's documented default.
 *
 * @example
 * CitationSchema.parse({ document: 'Acme Homes policy', section: '7.2 Length of measures' }) // => the same object
 */
export const CitationSchema = z.strictObject({
  document: z.string().min(1),
  section: z.string().min(1),
});

const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];

/**
 * Months for each severity of incident a warning marker rests on (NF-9: "a review or retention
 * date set by its severity").
 *
 * @example
 * MarkerMonthsSchema.parse({ low: 6, moderate: 12, serious: 12, extreme: 24 }) // => the same object
 */
export const MarkerMonthsSchema = z.strictObject({
  low: z.int().min(1).max(120),
  moderate: z.int().min(1).max(120),
  serious: z.int().min(1).max(120),
  extreme: z.int().min(1).max(120),
});
export type MarkerMonths = z.infer<typeof MarkerMonthsSchema>;

/**
 * Where each setting's value comes from (every setting path, each a citation), and optionally
 * `rules`: the landlord's own document and section for a rule ID, cited by reasons in place of
 * the source the library took the rule from.
 *
 * @example
 * CitationsSchema.shape.rules.parse({ 'TEP-7': { document: 'Acme Homes policy', section: '8. What you can always report' } })
 * // => the same object
 */
export const CitationsSchema = z.strictObject({
  ...(Object.fromEntries(SETTING_PATHS.map((path) => [path, CitationSchema])) as Record<
    SettingPath,
    typeof CitationSchema
  >),
  rules: z.partialRecord(z.enum(RULE_IDS), CitationSchema).optional(),
});
export type Citations = z.infer<typeof CitationsSchema>;

type RestrictionSettings = {
  defaultMonths: number | null;
  maxMonths: number | null;
  openEnded: boolean;
  firstReviewAfterMonths: number | null;
  otherLengthNeedsJustification: boolean;
};

/** Two restriction settings that cannot both hold, and why, in words an officer can act on. */
export interface Contradiction {
  readonly paths: readonly [keyof RestrictionSettings, keyof RestrictionSettings];
  readonly why: string;
}

/**
 * The restriction settings that contradict each other, each pair named by both its paths: a
 * maximum below the default; an open-ended policy with a default length or a maximum; a first
 * review after the longest a restriction lasts; a length justification with no default length
 * to depart from.
 *
 * @example
 * restrictionContradictions({ ...presets.selwood.restriction, maxMonths: 6 })
 * // => [{ paths: ['maxMonths', 'defaultMonths'], why: 'the maximum (6 months) is shorter than the default length (12 months)' }]
 */
export function restrictionContradictions(r: RestrictionSettings): Contradiction[] {
  const found: Contradiction[] = [];
  const { defaultMonths, maxMonths, firstReviewAfterMonths: first } = r;
  if (maxMonths !== null && defaultMonths !== null && maxMonths < defaultMonths) {
    found.push({
      paths: ['maxMonths', 'defaultMonths'],
      why: `the maximum (${maxMonths} months) is shorter than the default length (${defaultMonths} months)`,
    });
  }
  if (r.openEnded && defaultMonths !== null) {
    found.push({
      paths: ['openEnded', 'defaultMonths'],
      why: 'an open-ended restriction has no default length: set defaultMonths to null, or openEnded to false',
    });
  }
  if (r.openEnded && maxMonths !== null) {
    found.push({
      paths: ['openEnded', 'maxMonths'],
      why: 'an open-ended restriction lasts until lifted, longer than any maximum: set maxMonths to null, or openEnded to false',
    });
  }
  for (const [path, months] of [
    ['maxMonths', maxMonths],
    ['defaultMonths', defaultMonths],
  ] as const) {
    if (first !== null && months !== null && first > months) {
      found.push({
        paths: ['firstReviewAfterMonths', path],
        why: `the first review (after ${first} months) would fall after a restriction of ${months} months had ended`,
      });
    }
  }
  if (r.otherLengthNeedsJustification && defaultMonths === null) {
    found.push({
      paths: ['otherLengthNeedsJustification', 'defaultMonths'],
      why: 'a length other than the default needs a default length to depart from: set defaultMonths, or otherLengthNeedsJustification to false',
    });
  }
  return found;
}

/**
 * A landlord's unacceptable-behaviour policy as data. Strict: an unknown or misplaced key is
 * an error naming its path. Every setting carries its citation in `citations`.
 *
 * @example
 * PolicySchema.safeParse(presets.selwood).success // => true
 * PolicySchema.safeParse({ ...presets.selwood, colour: 'blue' }).success // => false (unknown key)
 */
export const PolicySchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    /** The first day the policy applies; events before it are refused (`POLICY_NOT_IN_EFFECT`). */
    effectiveFrom: CivilDateSchema,
    /** The zone civil dates are read in; deadlines close at midnight here. */
    timeZone: TimeZoneSchema,
    /** Whose bank holidays apply (NF-7), the landlord's own closure days, and an optional replacement holiday table. */
    calendar: z.strictObject({
      nation: NationSchema,
      extraClosures: z.array(CivilDateSchema),
      holidayTable: BankHolidayTableSchema.optional(),
    }),
    /** How adding months treats a day the target month lacks. */
    monthEnd: MonthEndSchema,
    /** What must come before formal action and restriction (TEP-2.3, TEP-4.4). */
    formalAction: z.strictObject({
      eiaBeforeFormalAction: z.boolean(),
      eiaBeforeRestriction: z.boolean(),
      writtenWarningBeforeRestriction: z.boolean(),
      /** TEP-4.2: a voluntary (informal) arrangement is tried before formal action, unless the reason to skip it is recorded. */
      informalActionBeforeFormalAction: z.boolean(),
      /** TEP-4.4: the forms of warning that count as the written warning before restriction; others are recorded, not counted. */
      warningForms: z.array(WarningFormSchema).min(1),
    }),
    /** TEP-2.4: the equality impact assessment. */
    eia: z.strictObject({
      /** Months an EIA stays current when no restriction's case review is due sooner (TEP-2.4). */
      currentForMonths: z.int().min(1).max(24),
    }),
    restriction: z.strictObject({
      /** Months a restriction lasts when the decision gives none; `null`: every decision must state it (TEP-5.2). */
      defaultMonths: z.int().min(1).max(120).nullable(),
      /** Months between case reviews (TEP-10); the EIA is reviewed with each (TEP-2.4). */
      reviewIntervalMonths: z.int().min(1).max(24),
      /** Months between reviews of the SPOC's correspondence and decisions (TEP-6). */
      spocOversightIntervalMonths: z.int().min(1).max(12),
      /**
       * Whether a restriction of a length other than `defaultMonths` must record why
       * (`lengthJustification`): SH-2, "We have clearly detailed a 12-month period".
       */
      otherLengthNeedsJustification: z.boolean(),
      // Lengths and reviews (issue 14); how they must agree: `restrictionContradictions`.
      /** The longest a restriction may last, any length up to it; `null`: no maximum. Longer is refused (`LENGTH_OVER_MAXIMUM`). */
      maxMonths: z.int().min(1).max(120).nullable(),
      /** A restriction whose decision gives no length has no last day: it stays until lifted, reviewed every interval. */
      openEnded: z.boolean(),
      /** Months from the start to the first review; `null`: one review interval. Later reviews follow every `reviewIntervalMonths`. */
      firstReviewAfterMonths: z.int().min(1).max(24).nullable(),
      /** Whether a review is also due on a restriction's last day in force. */
      reviewAtEnd: z.boolean(),
    }),
    /** TEP-11.2; `null`: the policy gives no internal appeal, so a decision is final (TEP-11.3). */
    appeal: z
      .strictObject({
        window: AppealWindowSchema,
        /** `null`: the policy states no time to decide an appeal, so none is owed by a date. */
        decisionWithin: PeriodSchema.nullable(),
      })
      .nullable(),
    /** TEP-11.1; `null`: the policy gives no route to ask for reconsideration. */
    reconsideration: z
      .strictObject({
        /** `null`: the policy states no time to decide a reconsideration. */
        decisionWithin: PeriodSchema.nullable(),
      })
      .nullable(),
    /**
     * Deemed receipt of letters (NF-6). Under CPR 6.26 a business day is a weekday that is not a
     * bank holiday, so the landlord's own closure days do not delay receipt; `skipsClosureDays:
     * true` is the landlord's own choice to let them.
     */
    deemedReceipt: z.strictObject({ skipsClosureDays: z.boolean() }),
    /** Subjects always received and acted on, whatever the restriction (TEP-7); at least ALWAYS_EXCLUDED. */
    exclusions: ExclusionsSchema,
    thresholds: ThresholdsSchema,
    /** NF-8, TEP-11.1, SH-5: the roles that may take each formal step; a step left out, anyone. */
    authority: AuthoritySchema,
    /** TEP-5.2, HO-6: how notices may be sent to the customer. */
    notices: z.strictObject({ channels: z.array(NoticeChannelSchema).min(1) }),
    /** NF-9, TEP-9: warning markers, reviewed and removed after months set by the severity of what they rest on. */
    markers: z.strictObject({
      reviewAfterMonths: MarkerMonthsSchema,
      removeAfterMonths: MarkerMonthsSchema,
    }),
    /** TEP-9, TEP-5.2: the teams told whenever a restriction is imposed, varied or lifted; none: no such task. */
    teams: z.strictObject({ toInform: z.array(z.string().regex(/\S/)).max(100) }),
    citations: CitationsSchema,
    /**
     * The settings the landlord's own document states (`definePolicy` records the paths it was
     * given); the others are inherited from the base. Absent: every setting not cited as a library
     * default is taken as stated (`describePolicy`).
     */
    stated: z.array(z.enum(SETTING_PATHS)).optional(),
    /** What the policy could only approximate, in the landlord's words: kept as data, read by no rule. */
    notes: z.array(z.string().min(1)).optional(),
  })
  .check((ctx) => {
    const { reviewAfterMonths, removeAfterMonths } = ctx.value.markers;
    for (const severity of ['low', 'moderate', 'serious', 'extreme'] as const) {
      if (reviewAfterMonths[severity] > removeAfterMonths[severity]) {
        ctx.issues.push({
          code: 'custom',
          input: reviewAfterMonths[severity],
          path: ['markers', 'reviewAfterMonths', severity],
          message: `expected a review no later than the marker's removal (after ${removeAfterMonths[severity]} months)`,
        });
      }
    }
    for (const found of restrictionContradictions(ctx.value.restriction)) {
      for (const [path, other] of [
        [found.paths[0], found.paths[1]],
        [found.paths[1], found.paths[0]],
      ] as const) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value.restriction[path],
          path: ['restriction', path],
          message: `contradicts restriction.${other}: ${found.why}`,
        });
      }
    }
  })
  .meta({
    description:
      "A landlord's unacceptable-behaviour policy, every setting cited. Beyond the schema, the library checks that each marker's review comes no later than its removal (markers.reviewAfterMonths at most markers.removeAfterMonths, per severity) and that the restriction settings do not contradict each other (for example openEnded with a default length).",
  });
/** A validated policy. */
export type Policy = z.infer<typeof PolicySchema>;
