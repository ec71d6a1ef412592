package org.cscript.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cscript.host.RunOptions;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted session against the server over piped streams, as an editor drives it: initialize,
 * didOpen of a script with an error, its diagnostics, a fix and the cleared diagnostics,
 * completion, hover, shutdown and exit.
 */
class LspSessionTest {
    /** The client's side: what the server pushes. */
    static final class RecordingClient implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
        final BlockingQueue<MessageParams> logged = new LinkedBlockingQueue<>();

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams params) {
            logged.add(params);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
            logged.add(params);
        }
    }

    @Test
    void aScriptedSession(@TempDir Path dir) throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedOutputStream toClient = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 16);
        RunOptions options = RunOptions.of(Map.of(), null, new PrintStream(PrintStream.nullOutputStream()));
        CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> LspServer.serve(serverIn, toClient, options));

        RecordingClient client = new RecordingClient();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        InitializeResult init = server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
        assertTrue(init.getCapabilities().getHoverProvider().getLeft());
        assertEquals(List.of("."), init.getCapabilities().getCompletionProvider().getTriggerCharacters());
        assertEquals(TextDocumentSyncKind.Full, init.getCapabilities().getTextDocumentSync().getRight().getChange());

        String uri = dir.resolve("web.cscript").toUri().toString();
        String text = "let cfd = container_create(\"web\", 0)\nlet i = fork_intoo(cfd)\n";
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cscript", 1, text)));
        PublishDiagnosticsParams published = client.diagnostics.poll(60, TimeUnit.SECONDS);
        assertNotNull(published, "no diagnostics published; logged: " + client.logged);
        assertEquals(uri, published.getUri());
        assertEquals(1, published.getVersion());
        assertEquals(1, published.getDiagnostics().size(), published.toString());
        Diagnostic d = published.getDiagnostics().getFirst();
        assertEquals(new Range(new Position(1, 8), new Position(1, 23)), d.getRange());
        assertEquals("unknown function 'fork_intoo'; did you mean 'fork_into'?", d.getMessage());
        assertEquals("cscript", d.getSource());

        String fixed = "let cfd = container_create(\"web\", 0)\nlet i = fork_into(cfd)\nlet t = fork_\nconfig audit.\n";
        var change = new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent(fixed)));
        server.getTextDocumentService().didChange(change);
        published = client.diagnostics.poll(60, TimeUnit.SECONDS);
        assertNotNull(published);
        assertEquals(2, published.getVersion());
        assertFalse(published.getDiagnostics().isEmpty(), "the new text has its own errors: " + published);

        List<CompletionItem> items = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(2, 13)))
                .get(30, TimeUnit.SECONDS).getLeft();
        CompletionItem forkInto = items.stream().filter(i -> i.getLabel().equals("fork_into")).findFirst().orElseThrow(
                () -> new AssertionError("no fork_into among " + items));
        assertEquals(CompletionItemKind.Function, forkInto.getKind());
        assertEquals("fork_into(cfd) — OP-19", forkInto.getDetail());
        assertTrue(items.stream().allMatch(i -> i.getLabel().startsWith("fork_")), items.toString());

        List<CompletionItem> knobs = server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 13)))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(knobs.stream().anyMatch(i -> i.getLabel().equals("audit.type_text")), knobs.toString());
        assertTrue(knobs.stream().allMatch(i -> i.getLabel().startsWith("audit.")), knobs.toString());
        assertEquals(new Range(new Position(3, 7), new Position(3, 13)), knobs.getFirst().getTextEdit().getLeft().getRange());

        Hover hover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 10))).get(30, TimeUnit.SECONDS);
        String shown = hover.getContents().getRight().getValue();
        assertTrue(shown.contains("OP-19"), shown);
        assertTrue(shown.startsWith("**`fork_into(cfd)`** — OP-19"), shown);
        assertTrue(shown.contains("fork_into_container"), shown);
        assertEquals(new Range(new Position(1, 8), new Position(1, 17)), hover.getRange());
        assertNull(server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 4))).get(30, TimeUnit.SECONDS),
                "a variable has no reference entry");

        assertNull(server.shutdown().get(30, TimeUnit.SECONDS));
        server.exit();
        assertEquals(0, served.get(30, TimeUnit.SECONDS), "exit after shutdown is exit code 0");
        toClient.close();   // the client's reader sees the end, not a broken pipe
        toServer.close();
    }

    /** An error in an imported module shows on the document's first line; saving the fixed module clears it. */
    @Test
    void anImportedModulesErrorAndASave(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("lib.cscript"), "fn helper() {\n  return nope\n}\n");
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedOutputStream toClient = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 16);
        RunOptions options = RunOptions.of(Map.of(), null, new PrintStream(PrintStream.nullOutputStream()));
        CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> LspServer.serve(serverIn, toClient, options));
        RecordingClient client = new RecordingClient();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);

        String uri = dir.resolve("main.cscript").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "cscript", 1, "import \"lib\"\nprint(helper())\n")));
        PublishDiagnosticsParams published = client.diagnostics.poll(60, TimeUnit.SECONDS);
        assertNotNull(published, "logged: " + client.logged);
        assertEquals(1, published.getDiagnostics().size(), published.toString());
        Diagnostic d = published.getDiagnostics().getFirst();
        assertEquals(new Range(new Position(0, 0), new Position(0, 0)), d.getRange());
        assertTrue(d.getMessage().endsWith("lib.cscript:2:10: unknown variable 'nope'"), d.getMessage());

        java.nio.file.Files.writeString(dir.resolve("lib.cscript"), "fn helper() {\n  return 1\n}\n");
        server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(
                new TextDocumentIdentifier(dir.resolve("lib.cscript").toUri().toString())));
        published = client.diagnostics.poll(60, TimeUnit.SECONDS);
        assertNotNull(published);
        assertEquals(List.of(), published.getDiagnostics(), "checked again after the save");

        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, served.get(30, TimeUnit.SECONDS));
        toClient.close();
        toServer.close();
    }

    @Test
    void aClientThatGoesAwayEndsTheSession() throws IOException, Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer);
        RunOptions options = RunOptions.of(Map.of(), null, new PrintStream(PrintStream.nullOutputStream()));
        CompletableFuture<Integer> served = CompletableFuture.supplyAsync(
                () -> LspServer.serve(serverIn, PrintStream.nullOutputStream(), options));
        toServer.close();
        assertEquals(1, served.get(30, TimeUnit.SECONDS), "the end of the input without shutdown");
    }
}
