package org.cscript.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Under CI, a NAME.trace or NAME.err whose NAME.cscript is gone: a test that fails. */
final class ObsoleteGoldenDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "obsolete";

    private final Path golden;

    ObsoleteGoldenDescriptor(UniqueId id, String displayName, Path golden) {
        super(id, displayName, FileSource.from(golden.toFile()));
        this.golden = golden;
    }

    Path golden() {
        return golden;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
