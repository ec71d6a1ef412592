/**
 * The cscript Truffle language: {@link org.cscript.runtime.CscriptLanguage} (id "cscript"),
 * the per-run {@link org.cscript.runtime.CscriptContext} with its
 * {@link org.cscript.runtime.KernelSession}, the guest values (integers as long or BigInteger,
 * strings, booleans, {@link org.cscript.runtime.Nil}, lists, errno, capability, task and fd
 * values), the parse-tree-to-nodes compiler with its static checks, and the host entry points
 * {@link org.cscript.runtime.ScenarioRunner} and {@link org.cscript.runtime.ReplSession}.
 */
package org.cscript.runtime;
