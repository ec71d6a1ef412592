package org.cscript.host;

import org.cscript.instrument.StatementCounts;
import org.cscript.instrument.StatementCoverageInstrument;
import org.graalvm.polyglot.Engine;

/**
 * One polyglot engine that the contexts of many scenario runs share ({@link ScenarioRunner#onEngine}),
 * as a parallel golden run does: each scenario keeps its own context and kernel. Close it when the
 * runs are over. With tools ({@code cscript test --coverage}) they are this engine's; its
 * statement counts go to the coverage when it closes.
 */
public final class SharedEngine implements AutoCloseable {
    final Engine engine;
    private final ToolOptions tools;

    public SharedEngine() {
        this(ToolOptions.none());
    }

    public SharedEngine(ToolOptions tools) {
        this.tools = tools;
        this.engine = PolyglotSystemProperties.building(() -> Engine.newBuilder().option("engine.WarnInterpreterOnly", "false")
                .options(tools.engineOptions()).build());
    }

    @Override
    public void close() {
        collectCoverage(engine, tools);
        engine.close();
    }

    /** Hands the engine's statement counts to the coverage of {@code tools}, if it collects any. */
    static void collectCoverage(Engine engine, ToolOptions tools) {
        if (tools.coverage() != null) {
            tools.coverage().addStatements(engine.getInstruments().get(StatementCoverageInstrument.ID)
                    .lookup(StatementCounts.class));
        }
    }
}
