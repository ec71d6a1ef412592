package org.cscript.host;

/**
 * One error {@code cscript check} would print, as data: in {@code file} (the scenario's name as
 * given, or an imported module's as its diagnostics name it), at a 1-based {@code line} and
 * {@code column}, spanning {@code length} characters of that line.
 */
public record ScriptDiagnostic(String file, int line, int column, int length, String message) {
}
