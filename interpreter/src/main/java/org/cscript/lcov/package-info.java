/**
 * Line coverage as LCOV tracefiles (the format of {@code geninfo} and {@code genhtml}): the
 * {@link org.cscript.lcov.LcovReport} model and writer, and {@link org.cscript.lcov.JacocoLines},
 * which turns a JaCoCo execution data dump into one over the kernel model's Java sources.
 * Plain Java over JaCoCo's core.
 */
package org.cscript.lcov;
