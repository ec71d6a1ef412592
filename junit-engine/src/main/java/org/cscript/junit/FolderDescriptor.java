package org.cscript.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.DirectorySource;

/** A folder below the scenario root, holding its scenarios and subfolders. */
final class FolderDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "folder";

    FolderDescriptor(UniqueId id, String displayName, Path folder) {
        super(id, displayName, DirectorySource.from(folder.toFile()));
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
