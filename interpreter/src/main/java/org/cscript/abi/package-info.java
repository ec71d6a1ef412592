/**
 * The kernel ABI the model, the audit records and the script constants share: errno numbers,
 * capabilities, syscall numbers, namespace kinds with their clone flags, container_create flags,
 * signals, open flags, address families and the unset values (kernel-model.md Appendix A-C).
 * Each number is written here once; nothing in this package depends on any other cscript package.
 */
package org.cscript.abi;
