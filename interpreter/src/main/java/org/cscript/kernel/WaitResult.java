package org.cscript.kernel;

/** OP-07 result: pid in the waiter's PID namespace (0 = nothing reaped) and the wait status. */
public record WaitResult(long pid, long status) {
}
