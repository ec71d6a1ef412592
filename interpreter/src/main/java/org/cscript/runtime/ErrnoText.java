package org.cscript.runtime;

import org.cscript.abi.Errno;

/** The strerror(3) texts of the model's errno values (glibc wording), for error messages. */
public final class ErrnoText {
    private ErrnoText() {
    }

    /** "EPERM (Operation not permitted)". */
    public static String nameAndText(Errno errno) {
        return errno.name() + " (" + text(errno) + ")";
    }

    public static String text(Errno errno) {
        return switch (errno) {
            case EPERM -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case ESRCH -> "No such process";
            case EBADF -> "Bad file descriptor";
            case ECHILD -> "No child processes";
            case EAGAIN -> "Resource temporarily unavailable";
            case ENOMEM -> "Cannot allocate memory";
            case EACCES -> "Permission denied";
            case EBUSY -> "Device or resource busy";
            case EEXIST -> "File exists";
            case EXDEV -> "Invalid cross-device link";
            case ENODEV -> "No such device";
            case ENOTDIR -> "Not a directory";
            case EINVAL -> "Invalid argument";
            case ERANGE -> "Numerical result out of range";
            case ENAMETOOLONG -> "File name too long";
            case ENOSYS -> "Function not implemented";
            case ENOTUNIQ -> "Name not unique on network";
            case ENOPROTOOPT -> "Protocol not available";
            case EAFNOSUPPORT -> "Address family not supported by protocol";
            case EALREADY -> "Operation already in progress";
            case ECANCELED -> "Operation canceled";
            case ENOKEY -> "Required key not available";
        };
    }
}
