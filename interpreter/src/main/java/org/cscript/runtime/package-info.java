/**
 * The cscript Truffle language at run time: {@link org.cscript.runtime.CscriptLanguage} (id
 * "cscript"), the per-run {@link org.cscript.runtime.CscriptContext} with its
 * {@link org.cscript.runtime.KernelSession}, and the guest values (integers as long or BigInteger,
 * strings, booleans, {@link org.cscript.runtime.Nil}, lists, errno, capability, task and fd
 * values) and guest errors. Parsing is the parser package's, reached through
 * {@link org.cscript.runtime.ScriptParser}; running scenarios from outside is the host package's.
 */
package org.cscript.runtime;
