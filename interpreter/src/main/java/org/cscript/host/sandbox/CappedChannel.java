package org.cscript.host.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only channel that fails once more than {@link SandboxLimits#MAX_FILE_BYTES} were read:
 * the size was checked before opening, this holds for a file that grows while it is read.
 */
final class CappedChannel implements SeekableByteChannel {
    private final SeekableByteChannel delegate;
    private long read;

    CappedChannel(SeekableByteChannel delegate) {
        this.delegate = delegate;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = delegate.read(dst);
        if (n > 0) {
            read += n;
            if (read > SandboxLimits.MAX_FILE_BYTES) {
                throw new IOException("grew beyond " + SandboxLimits.maxFileSize() + " while it was read");
            }
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new SecurityException("a script cannot write files");
    }

    @Override
    public long position() throws IOException {
        return delegate.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return delegate.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new SecurityException("a script cannot write files");
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
