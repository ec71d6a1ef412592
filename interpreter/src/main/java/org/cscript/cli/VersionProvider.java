package org.cscript.cli;

import org.cscript.host.TruffleRuntimeName;
import picocli.CommandLine.IVersionProvider;

/** Prints the cscript version and which Truffle runtime is live (JIT or interpreter only). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CscriptMain.class.getPackage().getImplementationVersion();
        return new String[] {
            "cscript " + (version == null ? "(development build)" : version),
            "Truffle runtime: " + TruffleRuntimeName.get(),
            "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
