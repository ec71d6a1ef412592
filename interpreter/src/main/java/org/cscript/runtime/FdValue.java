package org.cscript.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A file descriptor returned by an operation: its number plus what it was opened for
 * ({@code .fd}, {@code .kind}; for container fds {@code .name} and {@code .id}). In arithmetic,
 * comparisons and kernel calls it is its number (see {@link CsTypes}).
 *
 * @param kind the file kind as the kernel describes it (e.g. "container", "nsfs", "socket")
 * @param name the container name for container fds, else null
 * @param id the container id for container fds, else -1
 */
public record FdValue(long number, String kind, String name, long id) implements TruffleObject {

    @Override
    public String toString() {
        return Long.toString(number);
    }
}
