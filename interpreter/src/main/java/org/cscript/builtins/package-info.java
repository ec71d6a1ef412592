/**
 * Builtins: one node class per kernel operation or helper, named after it (e.g.
 * {@code SetContidBuiltin} for {@code set_contid}), registered with one line in
 * {@link org.cscript.builtins.Builtins}; plus the named constants of kernel-model.md Appendix A/B.
 */
package org.cscript.builtins;
