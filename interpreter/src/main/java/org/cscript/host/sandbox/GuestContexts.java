package org.cscript.host.sandbox;

import java.io.InputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The one place a guest context's access to the host is decided: nothing but reading imports
 * through a {@link ConfinedFileSystem} and the polyglot bindings the host reads results from.
 * Each denial is spelled out, even where it is the default, so a change of default cannot widen it.
 */
public final class GuestContexts {
    private GuestContexts() {
    }

    /** A context builder for {@code language} whose only window on the host is {@code files}. */
    public static Context.Builder builder(String language, ConfinedFileSystem files) {
        return Context.newBuilder(language)
                .allowAllAccess(false)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowHostClassLoading(false)
                .allowNativeAccess(false)
                .allowCreateProcess(false)
                .allowCreateThread(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowExperimentalOptions(false)
                .allowInnerContextOptions(false)
                // no sockets; files only as the confined file system allows
                .allowIO(IOAccess.newBuilder().fileSystem(files).allowHostSocketAccess(false).build())
                // the language publishes results the host reads there (ProvenCheck.BINDING, trace origins)
                .allowPolyglotAccess(PolyglotAccess.newBuilder().allowBindingsAccess(language).build())
                .in(InputStream.nullInputStream());
    }
}
