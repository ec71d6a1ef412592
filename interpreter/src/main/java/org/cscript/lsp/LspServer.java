package org.cscript.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.cscript.host.RunOptions;
import org.cscript.host.ScriptChecker;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Serves one LSP client over {@code in} and {@code out} until it sends exit or closes its end. */
public final class LspServer {
    private LspServer() {
    }

    /**
     * Serves until the exit notification (exit code 0 after a shutdown request, 1 without, as
     * the protocol asks) or the end of {@code in} (1: the client went away without shutting down).
     */
    public static int serve(InputStream in, OutputStream out, RunOptions options) {
        try (ScriptChecker checker = new ScriptChecker(options)) {
            CscriptLanguageServer server = new CscriptLanguageServer(checker);
            Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            // the end of the input ends the session too (exit code 1 unless an exit came first)
            Thread input = new Thread(() -> {
                waitFor(listening);
                server.exited().complete(false);
            }, "cscript-lsp-input");
            input.setDaemon(true);
            input.start();
            boolean orderly = server.exited().get();
            listening.cancel(true);
            return orderly ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            return 1;
        }
    }

    private static void waitFor(Future<Void> listening) {
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the input ended or failed: the session is over either way
        }
    }
}
