export { appealDeadline } from './appeal.js';
export { type Deadline, DeadlineSchema } from './count.js';
export { appealDecisionDue, reconsiderationDecisionDue } from './decisions.js';
export {
  type RestrictionPeriod,
  type ReviewSchedule,
  restrictionPeriod,
  reviewDates,
} from './restriction.js';
