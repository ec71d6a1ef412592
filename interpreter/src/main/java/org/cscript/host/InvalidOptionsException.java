package org.cscript.host;

import org.cscript.kernel.ConfigException;

/**
 * A {@code --profile} or {@code --set} the kernel refuses: the user's mistake, not a bug. It is
 * thrown once, when {@link RunOptions} are built, so every command reports it the same way (one
 * line, exit 2, no stack trace). The message is the kernel's ({@link ConfigException}), which
 * names the knob or profile and what it accepts.
 */
public final class InvalidOptionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidOptionsException(ConfigException cause) {
        super(cause.getMessage(), cause);
    }

    /** An option the host itself refuses ({@code --import-root} that is no folder). */
    InvalidOptionsException(String message) {
        super(message);
    }
}
