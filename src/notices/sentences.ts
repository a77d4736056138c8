/**
 * The sources' own sentences that several kinds of letter rest on, quoted word for word. A
 * sentence only one kind needs is quoted in that kind's file, beside its element.
 */

/** TEP 5: what a restriction letter tells. */
export const TEP_5_2 =
  'TEP 5: "We will notify customers in writing the reasons for our decision to restrict contact, the details of the restricted contact arrangements, including details of the SPOC and the length of time that the restriction will be in place."';

/** TEP 5: other action is always explained. */
export const TEP_5_3 =
  'TEP 5: "Take other action that we consider appropriate, and where this is the case, we will always inform the customer about the action being taken and why."';

/** TEP 7: the exclusions. */
export const TEP_7 =
  'TEP 7: "We will consider exclusions to the above which could be reported, as and when, they occur due to the nature of the issue and immediacy in which we must respond."';

/** Complaint Handling Code 5.1, as the rulebook (docs/rules.md) states NF-3. */
export const NF_3 =
  'NF-3: "a restriction may channel how a complaint is made, but never stops the customer making or escalating a complaint, or going to the Ombudsman."';

/** TEP 10: reviews. */
export const TEP_10 =
  'TEP 10: "Each case should be reviewed every six months, or more frequently if appropriate, to establish if the measures in place remain, are adjusted or removed. In all instances we will write to the customer to inform them about the outcome of the review."';

/** TEP 11: the appeal window. */
export const TEP_11_2 =
  'TEP 11: "A customer may appeal a decision and must write to us within 14 days of the date on the decision letter. If they do not do so, they will lose their right of appeal."';

/** TEP 11: asking for a restriction to be reconsidered. */
export const TEP_11_1 =
  'TEP 11: "A decision to restrict customer contact may be reconsidered, upon written request if the customer demonstrates a more acceptable approach. A senior officer will review the status of any customers with restricted contact and confirm their decision within 28 days of when the appeal is received."';

/** HO: how to appeal, in the formal letter. */
export const HO_6 =
  'HO "Actions we may take": "Customers have the right to appeal the decision and they will be informed how to do this in the formal letter."';

/** TEP 11: the final decision and the Ombudsman. */
export const TEP_11_3 =
  'TEP 11: "The decision made by the senior officer reviewing the request/appeal is final and cannot be appealed against. In cases where the customer remains dissatisfied, the customer will be signposted to the Housing Ombudsman."';

/** Selwood: informing a customer. */
export const SH_3 =
  'SH: "The customer will be asked if there is anything they need or any reasonable adjustments that can be made to support them or if they would like to nominate someone who would communicate with us on their behalf."';

/** Complaint Handling Code 5.14, as the rulebook (docs/rules.md) states NF-1. */
export const NF_1 =
  'NF-1: "Landlords must be able to evidence the reasons for any restriction": every restriction records the incidents it rests on.';

/** Ombudsman spotlight reports, as the rulebook (docs/rules.md) states NF-8. */
export const NF_8 =
  'NF-8: "Every decision must say what was known about the customer\'s needs, and who decided."';
