/**
 * A Truffle instrument of cscript's own: statement coverage of the scenarios a suite runs
 * ({@code cscript test --coverage}, docs/tools.md), as counts per source line and function that
 * the host reads through {@link org.cscript.instrument.StatementCounts}. Depends on Truffle only.
 */
package org.cscript.instrument;
