package org.cscript.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cscript.host.ScriptChecker;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The cscript language server: full document sync, diagnostics pushed on open and change,
 * completion (triggered also by '.'), hover. {@link #exited()} completes on the exit
 * notification, with whether a shutdown request came first (the exit code LSP asks for).
 */
public final class CscriptLanguageServer implements LanguageServer, LanguageClientAware {
    private volatile LanguageClient client;
    private final ScenarioDocuments documents;
    private volatile boolean shutdown;
    private final CompletableFuture<Boolean> exited = new CompletableFuture<>();

    public CscriptLanguageServer(ScriptChecker checker) {
        this.documents = new ScenarioDocuments(checker, () -> client);
    }

    @Override
    public void connect(LanguageClient connected) {
        this.client = connected;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        // whole documents, and saves (an imported module may have changed: the open documents are checked again)
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".")));
        capabilities.setHoverProvider(true);
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("cscript")));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        documents.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        documents.close();
        exited.complete(shutdown);
    }

    /** Completes on exit: true if the client asked for shutdown first. */
    public CompletableFuture<Boolean> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
                // the server has no settings: the knobs and profile are the command line's
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                // the server registers no watchers
            }
        };
    }
}
