package org.cscript.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * The container the scenarios go in when Surefire selected {@link CscriptScenariosTest}.
 * Surefire counts and reports a test only below a top-level container whose source is a class
 * (for Jupiter, the test class), so this one stands for the marker class; launchers that select
 * files, folders or the classpath get the scenarios right below the engine.
 */
final class SurefireSuiteDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "suite";
    static final String VALUE = "surefire";

    SurefireSuiteDescriptor(UniqueId engineId) {
        super(engineId.append(SEGMENT, VALUE), "cscript scenarios", ClassSource.from(CscriptScenariosTest.class.getName()));
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
