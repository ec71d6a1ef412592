package org.cscript.junit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/** The engine's root: the settings discovery read, and the obsolete goldens to report (outside CI). */
final class CscriptEngineDescriptor extends EngineDescriptor {
    private final EngineSettings settings;
    private final List<Path> obsoleteToReport = new ArrayList<>();

    CscriptEngineDescriptor(UniqueId id, EngineSettings settings) {
        super(id, "cscript");
        this.settings = settings;
    }

    EngineSettings settings() {
        return settings;
    }

    List<Path> obsoleteToReport() {
        return obsoleteToReport;
    }
}
