package org.cscript.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the cscript command line, with what it printed. */
record CliRun(int exit, String out, String err) {
    /** A TCP port free on this machine now, for a debugger a run listens on. */
    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** A run outside CI (whatever the environment the tests run in says). */
    static CliRun of(String... args) {
        return in(Map.of(), args);
    }

    /** A run with exactly this environment ({@code CI=true} for a CI run). */
    static CliRun in(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CscriptMain.execute(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
