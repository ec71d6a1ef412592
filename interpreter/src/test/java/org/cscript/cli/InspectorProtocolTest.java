package org.cscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cscript run --inspect} end to end, as Chrome DevTools drives it: the Chrome DevTools
 * protocol over the inspector's WebSocket. The run waits at its first statement; a breakpoint
 * by line inside a function stops there, the local scope shows the task with its pid, and after
 * the resume the scenario runs to its end and prints its trace.
 */
class InspectorProtocolTest {
    @TempDir
    Path dir;

    @Test
    void devToolsStopsAtABreakpointAndSeesTheTask() throws Exception {
        Path scenario = Files.writeString(dir.resolve("probe.cscript"), """
                fn start() {
                  let t = fork()
                  set_contid(t, 42)
                  return t
                }
                let init = start()
                """);
        int port = CliRun.freePort();
        // its own thread: on few cores the common pool may have one, which the WebSocket client needs too
        ExecutorService runner = Executors.newSingleThreadExecutor();
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
                () -> CliRun.of("run", "--inspect=127.0.0.1:" + port, scenario.toString()), runner);
        String ws = webSocketUrl(port, run);
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().newWebSocketBuilder()
                .buildAsync(URI.create(ws), new Collector(messages)).get(20, TimeUnit.SECONDS);
        try {
            send(socket, 1, "Runtime.enable", "{}");
            send(socket, 2, "Debugger.enable", "{}");

            send(socket, 3, "Runtime.runIfWaitingForDebugger", "{}");
            String parsed = await(messages, "\"method\":\"Debugger.scriptParsed\"");
            Matcher url = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(parsed);
            assertTrue(url.find() && url.group(1).endsWith("/probe.cscript"), "DevTools is shown the scenario: " + parsed);
            String paused = await(messages, "\"method\":\"Debugger.paused\"");
            assertEquals(5, lineOf(paused), "suspended at the first statement (line 6, 0-based 5): " + paused);
            send(socket, 4, "Debugger.setBreakpointByUrl", "{\"lineNumber\":2,\"url\":\"" + url.group(1) + "\"}");
            String breakpoint = await(messages, "\"id\":4");
            assertTrue(breakpoint.contains("\"lineNumber\":2"), "the breakpoint resolved to line 3: " + breakpoint);
            send(socket, 5, "Debugger.resume", "{}");
            String atBreakpoint = await(messages, "\"method\":\"Debugger.paused\"");
            assertEquals(2, lineOf(atBreakpoint), atBreakpoint);
            Matcher local = Pattern.compile("\"type\":\"local\".*?\"objectId\":\"([^\"]+)\"").matcher(atBreakpoint);
            assertTrue(local.find(), "a local scope: " + atBreakpoint);
            send(socket, 6, "Runtime.getProperties", "{\"objectId\":\"" + local.group(1) + "\"}");
            String locals = await(messages, "\"id\":6");
            assertTrue(locals.contains("\"name\":\"t\"") && locals.contains("task(pid=101, tid=101, comm=runc, contid="),
                    "the local t is the task: " + locals);
            send(socket, 7, "Debugger.resume", "{}");
            CliRun done = run.get(60, TimeUnit.SECONDS);
            assertEquals(0, done.exit(), done.err());
            assertTrue(done.out().contains("contid=42"), done.out());
            assertTrue(done.err().contains("devtools://devtools/bundled/js_app.html?ws=127.0.0.1:" + port + "/"), done.err());
        } finally {
            socket.abort();
            runner.shutdownNow();
        }
    }

    /** The run's WebSocket address, from the inspector's /json list once it listens (HTTP/1.0: one request, then closed). */
    private static String webSocketUrl(int port, CompletableFuture<CliRun> run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before a debugger attached: " + run.get());
            }
            try (Socket http = new Socket("127.0.0.1", port)) {
                http.getOutputStream().write(("GET /json HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String list = new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Matcher url = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"").matcher(list);
                if (url.find()) {
                    return url.group(1);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the inspector did not listen on port " + port);
    }

    private static void send(WebSocket socket, int id, String method, String params) {
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
    }

    private static String await(BlockingQueue<String> messages, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String m = messages.poll(1, TimeUnit.SECONDS);
            if (m != null && m.contains(marker)) {
                return m;
            }
        }
        throw new AssertionError("no message with " + marker);
    }

    private static int lineOf(String paused) {
        Matcher m = Pattern.compile("\"location\":\\{[^}]*\"lineNumber\":(\\d+)").matcher(paused);
        assertTrue(m.find(), paused);
        return Integer.parseInt(m.group(1));
    }

    /** Whole messages (a message may come in several frames). */
    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<String> messages;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<String> messages) {
            this.messages = messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
