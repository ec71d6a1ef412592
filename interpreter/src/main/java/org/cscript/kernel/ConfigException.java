package org.cscript.kernel;

/**
 * A configuration the kernel refuses (kernel-model.md 0.4): an unknown knob or profile, or a
 * value outside a knob's domain. The message names the knob and what it accepts.
 */
public final class ConfigException extends ScenarioMistake {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
