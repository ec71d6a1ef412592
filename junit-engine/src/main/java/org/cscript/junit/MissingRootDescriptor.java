package org.cscript.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * Surefire was told to run the scenarios (it selected {@link CscriptScenariosTest}) but the
 * scenario root does not exist: a failing test that says so, rather than silently no tests.
 * It also keeps Surefire's class scan, which does not see {@code configurationParameters},
 * from dropping the marker class when only those name the root.
 */
final class MissingRootDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "missing-root";

    private final Path root;

    MissingRootDescriptor(UniqueId parentId, Path root) {
        super(parentId.append(SEGMENT, root.toString()), "no scenario folder " + root);
        this.root = root;
    }

    String message() {
        return "the scenario folder " + root + " does not exist: put NAME.cscript files there, or name another"
                + " folder with " + EngineSettings.SCENARIOS + " (relative to the module's base directory)";
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
