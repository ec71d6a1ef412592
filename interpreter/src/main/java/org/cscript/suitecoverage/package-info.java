/**
 * {@code cscript test --coverage DIR} (docs/tools.md): what a golden suite exercised, collected
 * while it runs ({@link org.cscript.suitecoverage.SuiteCoverage}) and written at its end
 * ({@link org.cscript.suitecoverage.CoverageFiles}): the scenarios' statement lines as LCOV, the
 * kernel model's checks it reached per operation as a Markdown table
 * ({@link org.cscript.suitecoverage.ModelChecksTable}), and, when the JaCoCo agent runs in the
 * JVM, the model's Java lines as LCOV ({@link org.cscript.suitecoverage.KernelJavaCoverage}).
 * Plain Java, below {@code host}.
 */
package org.cscript.suitecoverage;
