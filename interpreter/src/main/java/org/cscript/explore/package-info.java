/**
 * The search of {@code cscript explore} (docs/explore.md): a stateless depth-first search over
 * the schedules of a scenario's concurrently blocks, reduced with sleep sets over the footprints
 * the language observes for each step, and the tally of its outcomes. Plain Java: the language
 * side ({@code runtime.ExploreDriver}) and the host side ({@link org.cscript.explorer}) both use it.
 */
package org.cscript.explore;
