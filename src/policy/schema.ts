import { z } from 'zod';
import { MonthEndSchema } from '../calendar/civil-date.js';
import { BankHolidayTableSchema } from '../calendar/holiday-table.js';
import { CivilDateSchema, TimeZoneSchema } from '../shared/dates.js';
import { deepFreeze } from '../shared/freeze.js';
import { ContactSubjectSchema, NationSchema } from '../shared/vocabulary.js';

/** Whether a period counts every day or business days only. */
export const DayUnitSchema = z.enum(['calendar-days', 'business-days']);

/** What happens when a period's last day is a weekend, bank holiday or closure day. */
export const NonBusinessLastDaySchema = z.enum(['stays', 'moves-to-next-business-day']);

/**
 * A period counted in days from an event. The event's own day is never counted (NF-5), so 14
 * days from 2 March ends at the end of 16 March.
 *
 * @example
 * PeriodSchema.parse({ length: 28, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' }) // => the same object
 */
export const PeriodSchema = z.strictObject({
  length: z.int().min(1).max(366),
  unit: DayUnitSchema,
  lastDayOnNonBusinessDay: NonBusinessLastDaySchema,
});
export type Period = z.infer<typeof PeriodSchema>;

/**
 * The appeal window: a period, counted from the date on the letter or its deemed receipt (NF-6).
 *
 * @example
 * AppealWindowSchema.safeParse({ length: 14, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' }).success
 * // => false: countFrom is missing
 */
export const AppealWindowSchema = PeriodSchema.extend({
  countFrom: z.enum(['letter-date', 'deemed-receipt']),
});
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
export const ExclusionsSchema = z.array(ContactSubjectSchema).check((ctx) => {
  const missing = ALWAYS_EXCLUDED.filter((subject) => !ctx.value.includes(subject));
  if (missing.length > 0) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `expected the exclusions to include ${ALWAYS_EXCLUDED.map((s) => `'${s}'`).join(', ')}: no restriction may stop them (TEP-7); missing ${missing.map((s) => `'${s}'`).join(', ')}`,
    });
  }
});

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

/**
 * A landlord's unacceptable-behaviour policy as data. Strict: an unknown or misplaced key is
 * an error naming its path. Every setting carries its citation in `citations`.
 *
 * @example
 * PolicySchema.safeParse(presets.selwood).success // => true
 * PolicySchema.safeParse({ ...presets.selwood, colour: 'blue' }).success // => false (unknown key)
 */
export const PolicySchema = z.strictObject({
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
  }),
  appeal: z.strictObject({
    window: AppealWindowSchema,
    decisionWithin: PeriodSchema,
  }),
  reconsideration: z.strictObject({
    decisionWithin: PeriodSchema,
  }),
  /**
   * Deemed receipt of letters (NF-6). Under CPR 6.26 a business day is a weekday that is not a
   * bank holiday, so the landlord's own closure days do not delay receipt; `skipsClosureDays:
   * true` is the landlord's own choice to let them.
   */
  deemedReceipt: z.strictObject({ skipsClosureDays: z.boolean() }),
  /** Subjects always received and acted on, whatever the restriction (TEP-7); at least ALWAYS_EXCLUDED. */
  exclusions: ExclusionsSchema,
  thresholds: ThresholdsSchema,
  citations: z.record(z.enum(SETTING_PATHS), CitationSchema),
});
/** A validated policy. */
export type Policy = z.infer<typeof PolicySchema>;
