package org.cscript.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/** One NAME.cscript, a test: it passes when the run matches its golden. */
final class ScenarioDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "scenario";

    private final Path script;

    ScenarioDescriptor(UniqueId id, String displayName, Path script) {
        super(id, displayName, FileSource.from(script.toFile()));
        this.script = script;
    }

    Path script() {
        return script;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
