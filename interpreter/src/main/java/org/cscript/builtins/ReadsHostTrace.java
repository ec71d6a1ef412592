package org.cscript.builtins;

/**
 * Marks a builtin that reads the whole host trace back ({@link BuiltinInfo#readsHostTrace}): a
 * program calling it needs a kernel that keeps its trace, which a streamed run does not.
 */
interface ReadsHostTrace {
}
