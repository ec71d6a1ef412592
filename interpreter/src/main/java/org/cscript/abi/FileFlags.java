package org.cscript.abi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Open flags and the AT_FDCWD dirfd (kernel-model.md Appendix A, x86_64 values). */
public final class FileFlags {
    /** The dirfd meaning "relative to the current directory". */
    public static final long AT_FDCWD = -100;
    /** The access modes (O_ACCMODE = 3): what an audit watch's r and w see of an openat. */
    public static final long O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2;
    public static final long O_CREAT = 0x40;
    public static final long O_EXCL = 0x80;
    public static final long O_CLOEXEC = 0x80000;

    private FileFlags() {
    }

    /** The constants by the names scripts use. */
    public static Map<String, Long> byScriptName() {
        Map<String, Long> names = new LinkedHashMap<>();
        names.put("O_RDONLY", O_RDONLY);
        names.put("O_WRONLY", O_WRONLY);
        names.put("O_RDWR", O_RDWR);
        names.put("O_CREAT", O_CREAT);
        names.put("O_EXCL", O_EXCL);
        names.put("O_CLOEXEC", O_CLOEXEC);
        names.put("AT_FDCWD", AT_FDCWD);
        return Collections.unmodifiableMap(names);
    }
}
