package org.cscript.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cscript.audit.MalformedRecordException;
import org.cscript.audit.TraceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cscript convert --to json|text [FILE...]}: converts a trace between its audit.log text
 * and its JSON form (docs/json.md), line by line, to standard output. Text to JSON gives every
 * record {@code "origin":null} (a text trace does not say which statement wrote it); JSON to
 * text gives back the lines byte for byte. A line that is not a record of the source form is
 * reported as {@code FILE:LINE: error: ...}, exit 2, after the lines converted before it.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a trace between audit.log text and JSON (one object per record; docs/json.md).")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The form a trace is converted to. */
    enum Form { json, text }

    @Option(names = "--to", required = true, paramLabel = "FORM",
            description = "json (from audit.log text, as cscript run --format json writes it, with no origin) "
                    + "or text (from JSON: the audit.log lines, byte for byte).")
    Form to;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Traces to convert, in order ('-' or none: standard input).")
    List<String> files = List.of();

    /** Standard input (set by tests). */
    InputStream in = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String file : files.isEmpty() ? List.of("-") : files) {
            int exit = convert(file, out, err);
            if (exit != ExitCode.OK) {
                out.flush();
                return exit;
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private int convert(String file, PrintWriter out, PrintWriter err) throws IOException {
        boolean stdin = file.equals("-");
        String shown = stdin ? "<stdin>" : file;
        if (!stdin && !Files.isReadable(Path.of(file))) {
            err.println("cscript: cannot read " + file + ": no such readable file");
            return ExitCode.INVALID;
        }
        InputStream input = stdin ? in : Files.newInputStream(Path.of(file));
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // the line terminator is '\n' alone: a '\r' before it is part of the line, as in the trace
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, decoder))) {
            int number = 0;
            StringBuilder line = new StringBuilder();
            char[] buffer = new char[64 * 1024];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    line.append(buffer, start, i - start);
                    start = i + 1;
                    number++;
                    if (!convertLine(line.toString(), shown, number, out, err)) {
                        return ExitCode.INVALID;
                    }
                    line.setLength(0);
                }
                line.append(buffer, start, n - start);
            }
            if (!line.isEmpty() && !convertLine(line.toString(), shown, number + 1, out, err)) {
                return ExitCode.INVALID;
            }
        } catch (CharacterCodingException e) {
            err.println(shown + ": error: not UTF-8 text");
            return ExitCode.INVALID;
        } finally {
            if (stdin) {
                out.flush();
            }
        }
        return ExitCode.OK;
    }

    private boolean convertLine(String line, String file, int number, PrintWriter out, PrintWriter err) {
        try {
            out.print(to == Form.json ? TraceJson.toJson(line, null) : TraceJson.toText(line));
            out.print('\n');
            return true;
        } catch (MalformedRecordException e) {
            out.flush();
            err.println(file + ":" + number + ": error: " + e.getMessage());
            return false;
        }
    }
}
