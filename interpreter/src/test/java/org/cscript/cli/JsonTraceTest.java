package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cscript.host.RunOptions;
import org.cscript.host.ScenarioResult;
import org.cscript.host.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code cscript run --format json} (streamed, to standard output and to {@code --trace FILE})
 * and {@code cscript convert}: each record's origin is the statement that wrote it, a function's
 * records belong to the line that called it, the streamed JSON is the host-kept trace's, and
 * converting it back gives the text trace byte for byte.
 */
class JsonTraceTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = """
            let cfd = container_create("web", CONTAINER_NEW_PID_NS)
            fn start(c) {
              return fork_into(c)
            }
            let init = start(cfd)
            set_contid(init, 42)
            auditctl("-a always,exit -S execve -k web")
            as init { exec("/sbin/init") }
            """;

    private static final Pattern ORIGIN = Pattern.compile("\"serial\":(\\d+),\"origin\":\\{\"file\":\"([^\"]*)\",\"line\":(\\d+)}");

    @Test
    void eachRecordNamesTheStatementThatWroteIt() throws IOException {
        Path script = Files.writeString(dir.resolve("s.cscript"), SCRIPT);
        CliRun run = CliRun.of("run", "--format", "json", script.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> objects = run.out().lines().toList();
        assertEquals(9, objects.size(), run.out());
        StringBuilder origins = new StringBuilder();
        for (String o : objects) {
            Matcher m = ORIGIN.matcher(o);
            assertTrue(m.find(), o);
            assertEquals(script.toString(), m.group(2));
            origins.append(m.group(1)).append('@').append(m.group(3)).append(' ');
        }
        // serial 1 container_create (line 1), 2 fork_into inside start() called at line 5, 3 set_contid
        // (line 6), 4 the exec inside the as block on line 8; records of one event share a serial
        assertEquals("1@1 1@1 1@1 2@5 2@5 3@6 3@6 4@8 4@8 ", origins.toString());
        assertTrue(objects.get(8).startsWith("{\"type\":\"UNKNOWN[1345]\",\"name\":\"CONTAINER_INFO\",\"number\":1345,"
                + "\"sec\":1500000000,\"ms\":3,\"serial\":4,"), objects.get(8));
        assertTrue(objects.get(8).endsWith("\"fields\":[{\"name\":\"contid\",\"value\":42,\"raw\":\"42\"}]}"), objects.get(8));
        assertTrue(objects.get(7).contains("{\"name\":\"key\",\"value\":\"web\",\"raw\":\"\\\"web\\\"\"}"), objects.get(7));
    }

    @Test
    void theStreamedJsonIsTheHostKeptTracesAndConvertsBackToItsText() throws IOException {
        Path script = Files.writeString(dir.resolve("s.cscript"), SCRIPT);
        Path json = dir.resolve("s.json");
        CliRun streamed = CliRun.of("run", "--format", "json", "--trace", json.toString(), script.toString());
        assertEquals(0, streamed.exit(), streamed.err());
        assertEquals("", streamed.out());
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ScenarioResult kept = new ScenarioRunner(RunOptions.of(Map.of(), null, err)).run(script);
        assertEquals(kept.traceJson(), Files.readString(json));

        CliRun text = CliRun.of("run", script.toString());
        CliRun back = CliRun.of("convert", "--to", "text", json.toString());
        assertEquals(0, back.exit(), back.err());
        assertEquals(text.out(), back.out());
        assertEquals(kept.traceText(), back.out());

        Path trace = Files.writeString(dir.resolve("s.trace"), text.out());
        CliRun again = CliRun.of("convert", "--to", "json", trace.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(Files.readString(json).replaceAll("\"origin\":\\{[^}]*}", "\"origin\":null"), again.out(),
                "text converted to JSON is the run's JSON without origins");
    }

    @Test
    void aFailingRunStillWritesItsRecordsAsJson() throws IOException {
        Path script = Files.writeString(dir.resolve("f.cscript"), "let t = fork()\nset_contid(t, 5)\nassert t.contid == 6\n");
        CliRun run = CliRun.of("run", "--format", "json", script.toString());
        assertEquals(1, run.exit());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().lines().allMatch(l -> l.contains("\"origin\":{\"file\":\"" + script + "\",\"line\":2}")), run.out());
    }

    @Test
    void convertReadsStandardInputAndLocatesABadLine() throws IOException {
        String good = "type=UNKNOWN[1344] msg=audit(1500000000.000:1): op=destroy contid=5\n";
        CliRun run = convertStdin(good + "not a record\n" + good, "--to", "json");
        assertEquals(2, run.exit());
        assertEquals(1, run.out().lines().count(), "the line before the bad one is converted");
        assertTrue(run.err().startsWith("<stdin>:2: error: malformed audit record ("), run.err());

        Path json = Files.writeString(dir.resolve("x.json"), "{\"type\":\"SYSCALL\"}\n");
        CliRun bad = CliRun.of("convert", "--to", "text", json.toString());
        assertEquals(2, bad.exit());
        assertEquals(json + ":1: error: malformed JSON record: an object needs \"type\", \"name\", \"number\", \"sec\", "
                + "\"ms\", \"serial\" and \"fields\"\n", bad.err());
        assertTrue(!bad.err().contains("Exception"), bad.err());

        CliRun missing = CliRun.of("convert", "--to", "text", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("cannot read"), missing.err());
        CliRun noForm = CliRun.of("convert", json.toString());
        assertEquals(2, noForm.exit());
        assertTrue(noForm.err().contains("--to"), noForm.err());
    }

    @Test
    void aBadFormatIsAUsageError() {
        CliRun run = CliRun.of("run", "--format", "xml", "x.cscript");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--format") && run.err().contains("json"), run.err());
    }

    private static CliRun convertStdin(String input, String... args) {
        ConvertCommand command = new ConvertCommand();
        command.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = TopLevel.execute(cli, args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
