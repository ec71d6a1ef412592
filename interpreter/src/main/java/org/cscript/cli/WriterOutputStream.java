package org.cscript.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets the runner's streams write into picocli's PrintWriters (UTF-8, flushed per line). */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter target;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter target) {
        this.target = target;
    }

    @Override
    public void write(int b) {
        pending.write(b);
        if (b == '\n') {
            flush();
        }
    }

    /** A chunk at once (the trace comes in chunks of many lines): flushed once if it holds a line end. */
    @Override
    public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        for (int i = off + len - 1; i >= off; i--) {
            if (b[i] == '\n') {
                flush();
                return;
            }
        }
    }

    /** Flushes; the writer stays open (it is standard output or error). */
    @Override
    public void close() {
        flush();
    }

    @Override
    public void flush() {
        target.print(pending.toString(StandardCharsets.UTF_8));
        target.flush();
        pending.reset();
    }
}
