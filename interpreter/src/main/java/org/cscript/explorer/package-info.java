/**
 * {@code cscript explore}'s host side: the loop that runs a scenario once per schedule on one
 * shared engine ({@link org.cscript.explorer.Explorer}) and the report ({@link
 * org.cscript.explorer.ExploreReport}). The search itself, which the language's runs report to,
 * is {@link org.cscript.explore}.
 */
package org.cscript.explorer;
