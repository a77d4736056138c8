export { auditCase } from './case.js';
export {
  type AuditContact,
  AuditContactSchema,
  type AuditOptions,
  AuditOptionsSchema,
  type CaseAudit,
  type AuditFinding,
  type AuditFindingKind,
} from './finding.js';
export { AUDIT_SEVERITIES, type FindingSeverity } from './severity.js';
