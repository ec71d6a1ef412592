package org.cscript.host;

import org.cscript.runtime.KernelSession;

import java.io.PrintStream;
import java.util.LinkedHashMap;

/**
 * How to run a scenario.
 *
 * @param settings --set key=value knobs, applied after the profile and before script config
 * @param profile kernel profile name; null = seed
 * @param err where print output and diagnostics go
 */
public record RunOptions(LinkedHashMap<String, String> settings, String profile, PrintStream err) {
    public RunOptions {
        settings = settings == null ? new LinkedHashMap<>() : settings;
    }

    /** The message for a bad profile or setting, or null if the kernel can be configured so. */
    public String problem() {
        return KernelSession.validate(profile, settings);
    }
}
