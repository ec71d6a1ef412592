/**
 * Truffle nodes of cscript: statement and expression base classes, blocks, root nodes, and the
 * statements that are neither control flow nor expressions (assert, print, config, import).
 * Sub-packages: {@code controlflow} (if, loops, calls, as/expect/try), {@code expression}
 * (operators, literals, fields, interpolation), {@code local} (frame slots and globals),
 * {@code audit} (assert_audit and friends).
 */
package org.cscript.nodes;
