package org.cscript.golden;

import java.nio.file.Path;

/**
 * The one place where unstable parts of a run's output are normalised before comparison with a
 * golden: the folder of the scenario, which differs between machines and checkouts, is removed
 * from the diagnostics ({@code /home/ci/x/cases/a.cscript:3:1:} becomes {@code a.cscript:3:1:}).
 * Traces need nothing: the simulated clock, serials and pids are deterministic.
 */
public final class Diagnostics {
    private Diagnostics() {
    }

    /** {@code stderr} as a .err golden holds it: the scenario's folder removed from every path. */
    public static String normalise(String stderr, Path script) {
        String text = stderr;
        Path dir = script.toAbsolutePath().normalize().getParent();
        if (dir != null) {
            text = text.replace(dir + "/", "");
        }
        Path given = script.getParent();
        if (given != null && !given.toString().isEmpty()) {
            text = text.replace(given + "/", "");
        }
        return text;
    }

    /** The text of a .err golden: {@code # exit: N}, then the normalised diagnostics. */
    static String errGolden(int exitCode, String normalisedStderr) {
        return "# exit: " + exitCode + "\n" + normalisedStderr;
    }
}
