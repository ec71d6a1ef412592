package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cscript run --dap} end to end, as VS Code drives it: Debug Adapter Protocol messages
 * over TCP. The run waits for the client, stops at the first statement, shows the task in the
 * frame's locals after a step, and runs to its end on continue.
 */
class DapProtocolTest {
    @TempDir
    Path dir;

    @Test
    void aDapClientStepsThroughTheScenario() throws Exception {
        Path scenario = Files.writeString(dir.resolve("dap.cscript"), """
                fn start() {
                  let t = fork()
                  set_contid(t, 7)
                  return t
                }
                let init = start()
                """);
        int port = CliRun.freePort();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                () -> CliRun.of("run", "--dap=127.0.0.1:" + port, scenario.toString()), runner);
        try (Socket socket = connect(port, run)) {
            Dap dap = new Dap(socket);
            dap.request(1, "initialize", "{\"adapterID\":\"cscript\",\"linesStartAt1\":true,\"columnsStartAt1\":true}");
            dap.await("\"request_seq\":1");
            dap.request(2, "attach", "{}");
            dap.await("\"request_seq\":2");
            dap.request(3, "configurationDone", "{}");
            String stopped = dap.await("\"event\":\"stopped\"");
            long thread = number(stopped, "threadId");
            dap.request(4, "stackTrace", "{\"threadId\":" + thread + "}");
            String frames = dap.await("\"request_seq\":4");
            assertEquals(6, number(frames, "line"), "stopped at the first statement: " + frames);
            dap.request(5, "stepIn", "{\"threadId\":" + thread + "}");
            dap.await("\"event\":\"stopped\"");
            dap.request(6, "next", "{\"threadId\":" + thread + "}");
            dap.await("\"event\":\"stopped\"");
            dap.request(7, "stackTrace", "{\"threadId\":" + thread + "}");
            String inside = dap.await("\"request_seq\":7");
            assertEquals(3, number(inside, "line"), "in start(), after its let: " + inside);
            dap.request(8, "scopes", "{\"frameId\":" + number(inside, "id") + "}");
            String scopes = dap.await("\"request_seq\":8");
            dap.request(9, "variables", "{\"variablesReference\":" + number(scopes, "variablesReference") + "}");
            String variables = dap.await("\"request_seq\":9");
            assertTrue(variables.contains("\"name\":\"t\"") && variables.contains("task(pid=101, tid=101, comm=runc, contid="),
                    variables);
            dap.request(10, "continue", "{\"threadId\":" + thread + "}");
            dap.await("\"event\":\"terminated\"");
            dap.request(11, "disconnect", "{}");
            dap.await("\"request_seq\":11");
            socket.close();   // as a client does: the run ends once its debugger has gone
            CliRun done = run.get(60, TimeUnit.SECONDS);
            assertEquals(0, done.exit(), done.err());
            assertTrue(done.out().contains("contid=7"), done.out());
        } finally {
            runner.shutdownNow();
        }
    }

    private static Socket connect(int port, CompletableFuture<CliRun> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before a client attached: " + run.get());
            }
            try {
                return new Socket("127.0.0.1", port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no DAP server on port " + port);
    }

    private static long number(String message, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(message);
        assertTrue(m.find(), field + " in " + message);
        return Long.parseLong(m.group(1));
    }

    /** DAP framing: a Content-Length header, a blank line, the JSON body. */
    private static final class Dap {
        private final InputStream in;
        private final OutputStream out;

        Dap(Socket socket) throws IOException {
            socket.setSoTimeout(30_000);
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        void request(int seq, String command, String arguments) throws IOException {
            byte[] body = ("{\"seq\":" + seq + ",\"type\":\"request\",\"command\":\"" + command + "\",\"arguments\":"
                    + arguments + "}").getBytes(StandardCharsets.UTF_8);
            out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }

        /** The next message containing {@code marker}; the ones before it are skipped. */
        String await(String marker) throws IOException {
            while (true) {
                String message = next();
                if (message.contains(marker)) {
                    return message;
                }
            }
        }

        String next() throws IOException {
            int length = -1;
            String line;
            while (!(line = headerLine()).isEmpty()) {
                if (line.startsWith("Content-Length:")) {
                    length = Integer.parseInt(line.substring("Content-Length:".length()).strip());
                }
            }
            byte[] body = in.readNBytes(length);
            return new String(body, StandardCharsets.UTF_8);
        }

        private String headerLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (c != '\r') {
                    line.write(c);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }
}
