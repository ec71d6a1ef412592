package org.cscript.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.cscript.host.Failures;
import org.cscript.host.ScriptChecker;
import org.cscript.host.ScriptDiagnostic;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open {@code .cscript} documents (full text sync). Every open and change is checked, in
 * order, on one checking thread ({@link ScriptChecker}: {@code cscript check}'s checks without
 * running anything); a change that a newer one has overtaken is not checked. The result goes to
 * the client as publishDiagnostics with the document's version. Completion and hover read the
 * document's current text.
 */
final class ScenarioDocuments implements TextDocumentService {
    static final String SOURCE = "cscript";

    private record Document(int version, String text) {
    }

    private final Map<String, Document> open = new ConcurrentHashMap<>();
    private final ScriptChecker checker;
    private final ExecutorService checking = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cscript-lsp-check");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<LanguageClient> client;

    ScenarioDocuments(ScriptChecker checker, Supplier<LanguageClient> client) {
        this.checker = checker;
        this.client = client;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.put(uri, new Document(params.getTextDocument().getVersion(), params.getTextDocument().getText()));
        scheduleCheck(uri);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        // full sync (the capability the server announces): the last change is the whole text
        open.put(uri, new Document(params.getTextDocument().getVersion(), changes.getLast().getText()));
        scheduleCheck(uri);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        onCheckingThread(() -> client.get().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // an imported module may have been saved: check the open documents again
        open.keySet().forEach(this::scheduleCheck);
    }

    private void scheduleCheck(String uri) {
        Document scheduled = open.get(uri);
        onCheckingThread(() -> {
            Document current = open.get(uri);
            if (current == null || current != scheduled) {
                return;   // closed, or changed again: that change's own check comes next
            }
            try {
                List<Diagnostic> diagnostics = diagnose(uri, current.text());
                if (open.get(uri) == current) {
                    client.get().publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, current.version()));
                }
            } catch (RuntimeException e) {
                // a bug in cscript: the editor's log shows it, the session goes on
                client.get().logMessage(new MessageParams(MessageType.Error, Failures.internalErrorReport(e)));
            }
        });
    }

    /** Runs {@code task} after the checks queued before it; nothing after shutdown. */
    private void onCheckingThread(Runnable task) {
        if (!checking.isShutdown()) {
            try {
                checking.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // shut down meanwhile: the session is over
            }
        }
    }

    /** The diagnostics {@code cscript check} gives {@code text} as the scenario at {@code uri}, as LSP ranges. */
    List<Diagnostic> diagnose(String uri, String text) {
        Path script = pathOf(uri);
        List<Diagnostic> result = new ArrayList<>();
        for (ScriptDiagnostic d : checker.check(script, text)) {
            boolean here = d.file().equals(script.toString());
            Range range = here
                    ? new Range(new Position(d.line() - 1, d.column() - 1), new Position(d.line() - 1, d.column() - 1 + d.length()))
                    : new Range(new Position(0, 0), new Position(0, 0));
            String message = here ? d.message() : d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message();
            result.add(new Diagnostic(range, message, DiagnosticSeverity.Error, SOURCE));
        }
        return result;
    }

    /** A file: URI's path; any other document (an unsaved buffer) checks as if it were in the working folder. */
    static Path pathOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            if ("file".equals(parsed.getScheme())) {
                return Path.of(parsed);
            }
        } catch (IllegalArgumentException e) {
            // not a URI a path can come from
        }
        return Path.of("untitled.cscript").toAbsolutePath();
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String line = line(params.getTextDocument().getUri(), params.getPosition().getLine());
        List<CompletionItem> items = Completions.at(line, params.getPosition().getLine(), params.getPosition().getCharacter());
        return CompletableFuture.completedFuture(Either.forLeft(items));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Position at = params.getPosition();
        String line = line(params.getTextDocument().getUri(), at.getLine());
        int start = Math.min(at.getCharacter(), line.length());
        int end = start;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        while (end < line.length() && isWordChar(line.charAt(end))) {
            end++;
        }
        String word = line.substring(start, end);
        BuiltinReference reference = BuiltinReference.get();
        String markdown = null;
        if (reference.builtin(word) != null) {
            markdown = reference.builtin(word).markdown();
        } else if (reference.constant(word) != null) {
            markdown = reference.constant(word).markdown();
        }
        if (markdown == null || Completions.inComment(line, start + 1)) {
            return CompletableFuture.completedFuture(null);
        }
        Range range = new Range(new Position(at.getLine(), start), new Position(at.getLine(), end));
        return CompletableFuture.completedFuture(new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), range));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Line {@code number} (0-based) of the open document, without its terminator; "" past its end or if not open. */
    private String line(String uri, int number) {
        Document document = open.get(uri);
        if (document == null) {
            return "";
        }
        List<String> lines = document.text().lines().toList();
        return number >= 0 && number < lines.size() ? lines.get(number) : "";
    }

    void close() {
        checking.shutdownNow();
    }
}
