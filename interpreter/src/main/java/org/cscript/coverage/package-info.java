/**
 * The errno checks of kernel-model.md §3 as data, and which of them a failure came from.
 * {@link org.cscript.coverage.ErrnoChecks} reads the three tables beside these classes
 * ({@code errno-checks.tsv}: the checks of §3.0 with the detail patterns that recognise them;
 * {@code errno-operations.tsv}: which builtins perform which operation; {@code
 * errno-unreachable.tsv}: checks no scenario can reach, with the reason). When an {@code expect
 * ERRNO { ... }} catches the errno it expects, the runtime records a {@link
 * org.cscript.coverage.ProvenCheck} naming the check, and the host hands those to its caller.
 * Plain Java over {@code abi}; knows nothing of the kernel, the language or Truffle.
 */
package org.cscript.coverage;
