/**
 * Audit records, formatting and event assembly (kernel-model.md §4): {@link
 * org.cscript.audit.AuditRecord} (§4.1, §4.2), the record layouts {@link
 * org.cscript.audit.RecordCatalogue} (§4.3; the kernel asks it for records by meaning), {@link
 * org.cscript.audit.EventAssembler} (§4.4),
 * the auditctl-style filter rules {@link org.cscript.audit.AuditRules} (§4.5) and sink
 * attribution (§4.6). No kernel state lives here: the kernel hands in an
 * {@link org.cscript.audit.AuditEvent} and stamps the result.
 */
package org.cscript.audit;
