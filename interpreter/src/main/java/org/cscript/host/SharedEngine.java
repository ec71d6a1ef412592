package org.cscript.host;

import org.graalvm.polyglot.Engine;

/**
 * One polyglot engine that the contexts of many scenario runs share ({@link ScenarioRunner#onEngine}),
 * as a parallel golden run does: each scenario keeps its own context and kernel. Close it when the
 * runs are over.
 */
public final class SharedEngine implements AutoCloseable {
    final Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();

    @Override
    public void close() {
        engine.close();
    }
}
