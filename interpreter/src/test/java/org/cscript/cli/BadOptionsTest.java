package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad {@code --set} or {@code --profile} is checked once per command: run, check, test and
 * repl all print the same single {@code cscript: error: MESSAGE} line and exit 2, however many
 * scenarios were named, and print nothing else.
 */
class BadOptionsTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> badOptions() {
        return Stream.of(Arguments.of(List.of("--set", "no.such.knob=1"), "unknown config key 'no.such.knob'"),
                Arguments.of(List.of("--set", "contid.allow_move=perhaps"),
                        "config contid.allow_move cannot be 'perhaps'; allowed: false | true"),
                Arguments.of(List.of("--profile", "nope"), "unknown profile 'nope'; allowed: seed | upstream"));
    }

    private static List<String> scenarios() throws IOException {
        Path a = Files.writeString(dir.resolve("a.cscript"), "let t = fork()\n");
        Path b = Files.writeString(dir.resolve("b.cscript"), "let t = fork()\nset_contid(t, 5)\n");
        return List.of(a.toString(), b.toString());
    }

    private static CliRun cscript(String command, List<String> options, List<String> operands) {
        Stream<String> args = Stream.of(Stream.of(command), options.stream(), operands.stream()).flatMap(s -> s);
        return CliRun.of(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void everyCommandReportsTheSameOneLineOnce(List<String> option, String expected) throws IOException {
        List<String> files = scenarios();
        List<CliRun> runs = List.of(cscript("run", option, files), cscript("check", option, files),
                cscript("test", option, List.of(dir.toString())), cscript("repl", option, List.of()));
        String first = runs.getFirst().err();
        assertTrue(first.startsWith("cscript: error: " + expected), first);
        assertEquals(1, first.lines().count(), "one line, no usage text, no stack trace:\n" + first);
        for (CliRun run : runs) {
            assertEquals(first, run.err(), "every command prints the same message");
            assertEquals("", run.out());
            assertEquals(ExitCode.INVALID, run.exit(), run.err());
        }
    }

    @Test
    void aPolyglotSystemPropertyTheEngineDoesNotKnowIsTheUsersMistakeNotABug() throws IOException {
        System.setProperty("polyglot.nosuch", "1");
        try {
            CliRun run = cscript("run", List.of(), scenarios().subList(0, 1));
            assertEquals(ExitCode.INVALID, run.exit(), run.err());
            assertTrue(run.err().startsWith("cscript: error: ") && run.err().contains("polyglot.nosuch=1"), run.err());
            assertEquals(1, run.err().lines().count(), "one line, no stack trace:\n" + run.err());
        } finally {
            System.clearProperty("polyglot.nosuch");
        }
    }
}
