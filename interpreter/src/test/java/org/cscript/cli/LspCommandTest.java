package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cscript lsp} end to end through {@link CscriptMain}: Content-Length framed JSON-RPC on
 * piped standard input and output, as an editor starts it.
 */
class LspCommandTest {
    @Test
    void initializeDiagnosticsShutdownExit(@TempDir Path dir) throws Exception {
        PipedOutputStream stdin = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(stdin, 1 << 16);
        PipedInputStream stdout = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(stdout);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> CscriptMain.execute(new String[] {"lsp"},
                new PrintWriter(out), new PrintWriter(err), Map.of(), serverIn, serverOut));

        send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                + "\"rootUri\":null,\"capabilities\":{}}}");
        JsonObject response = receive(stdout);
        assertEquals(1, response.get("id").getAsInt(), response.toString());
        JsonObject capabilities = response.getAsJsonObject("result").getAsJsonObject("capabilities");
        JsonObject sync = capabilities.getAsJsonObject("textDocumentSync");
        assertEquals(1, sync.get("change").getAsInt(), "full sync: " + capabilities);
        assertTrue(sync.get("openClose").getAsBoolean() && sync.has("save"), "open, close and save: " + capabilities);
        assertTrue(capabilities.get("hoverProvider").getAsBoolean(), capabilities.toString());
        assertEquals("cscript", response.getAsJsonObject("result").getAsJsonObject("serverInfo").get("name").getAsString());

        String uri = dir.resolve("s.cscript").toUri().toString();
        send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
                + uri + "\",\"languageId\":\"cscript\",\"version\":1,\"text\":\"let x = (1 +\\n\"}}}");
        JsonObject published = receive(stdout);
        assertEquals("textDocument/publishDiagnostics", published.get("method").getAsString(), published.toString());
        JsonObject diagnostic = published.getAsJsonObject("params").getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals(0, diagnostic.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt(), published.toString());
        assertTrue(diagnostic.get("message").getAsString().contains("expected"), published.toString());

        send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        assertEquals(2, receive(stdout).get("id").getAsInt());
        send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertEquals(0, exit.get(30, TimeUnit.SECONDS), err.toString());
        assertEquals("", out.toString(), "picocli's writer stays empty: the protocol has standard output");
        serverOut.close();
        stdin.close();
    }

    @Test
    void aBadOptionIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("lsp", "--set", "audit.nope=1");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().startsWith("cscript: error: ") && run.err().contains("audit.nope"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void theUsageListsIt() {
        assertTrue(CliRun.of("--help").out().contains("lsp"), "cscript --help names the command");
        CliRun help = CliRun.of("lsp", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Language Server Protocol"), help.out());
    }

    private static void send(OutputStream to, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        to.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        to.write(body);
        to.flush();
    }

    /** The next framed message: headers up to an empty line, then Content-Length bytes. */
    private static JsonObject receive(InputStream from) throws IOException {
        int length = -1;
        while (true) {
            String header = headerLine(from);
            if (header.isEmpty()) {
                break;
            }
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).strip());
            }
        }
        assertTrue(length > 0, "no Content-Length header");
        byte[] body = from.readNBytes(length);
        return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static String headerLine(InputStream from) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = from.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
