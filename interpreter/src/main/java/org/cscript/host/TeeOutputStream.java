package org.cscript.host;

import java.io.IOException;
import java.io.OutputStream;

/** Writes to two streams: the trace kept for the result and the one it is echoed to live. */
final class TeeOutputStream extends OutputStream {
    private final OutputStream kept;
    private final OutputStream echo;

    TeeOutputStream(OutputStream kept, OutputStream echo) {
        this.kept = kept;
        this.echo = echo;
    }

    @Override
    public void write(int b) throws IOException {
        kept.write(b);
        echo.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        kept.write(b, off, len);
        echo.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        kept.flush();
        echo.flush();
    }
}
