package org.cscript.host.sandbox;

/** The sizes a scenario's files may have (docs/sandbox.md). */
public final class SandboxLimits {
    /** The largest scenario file or imported module: 1 MiB, far beyond any hand-written scenario. */
    public static final long MAX_FILE_BYTES = 1L << 20;

    private SandboxLimits() {
    }

    /** "1 MiB" for the messages. */
    public static String maxFileSize() {
        return (MAX_FILE_BYTES >> 20) + " MiB";
    }
}
