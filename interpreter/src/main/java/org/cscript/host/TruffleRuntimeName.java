package org.cscript.host;

import com.oracle.truffle.api.Truffle;

/**
 * The name of the live Truffle runtime ("Interpreted", or "GraalVM ..." with the JIT compiler),
 * for {@code cscript --version}: what {@link ScenarioRunner#engineImplementationName()} returns
 * (a polyglot engine answers with exactly this), without building an engine, which would
 * be most of the command's start-up.
 */
public final class TruffleRuntimeName {
    private TruffleRuntimeName() {
    }

    public static String get() {
        return Truffle.getRuntime().getName();
    }
}
