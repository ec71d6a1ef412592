/**
 * Running scenarios from outside the language: {@link org.cscript.host.ScenarioRunner} (one
 * scenario, one fresh context), {@link org.cscript.host.ReplSession} (one context for a sequence
 * of inputs), their {@link org.cscript.host.RunOptions} and {@link org.cscript.host.ScenarioResult}.
 * The CLI, the REPL and the golden runner reach the language only through this package.
 */
package org.cscript.host;
