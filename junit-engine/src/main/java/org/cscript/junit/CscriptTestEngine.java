package org.cscript.junit;

import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;

/**
 * The JUnit Platform engine {@code cscript}: every NAME.cscript under the scenario root
 * ({@code src/test/cscript} by default) is a test checked against its golden, NAME.trace or
 * NAME.err, by the same {@link org.cscript.golden.GoldenEngine} as {@code cscript test}.
 * See docs/junit-engine.md.
 */
public final class CscriptTestEngine implements TestEngine {
    static final String ID = "cscript";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        return ScenarioDiscovery.discover(request, uniqueId);
    }

    @Override
    public void execute(ExecutionRequest request) {
        ScenarioExecution.execute((CscriptEngineDescriptor) request.getRootTestDescriptor(),
                request.getEngineExecutionListener());
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("org.cscript");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("cscript-junit-engine");
    }
}
