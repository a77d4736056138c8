export { auditCase } from './case.js';
export {
  auditCaseload,
  CASELOAD_TOP_DEFAULT,
  type CaseloadAudit,
  CaseloadAuditSchema,
  CaseloadCaseSchema,
  type CaseloadOptions,
  CaseloadOptionsSchema,
  type SeverityCounts,
} from './caseload.js';
export {
  type AuditContact,
  AuditContactSchema,
  type AuditFinding,
  type AuditFindingKind,
  type AuditOptions,
  AuditOptionsSchema,
  type CaseAudit,
} from './finding.js';
export { auditReportMarkdown } from './report.js';
export { AUDIT_SEVERITIES, type FindingSeverity } from './severity.js';
