package org.cscript.abi;

/** The errno values the model uses (kernel-model.md Appendix B, x86_64 numbers). */
public enum Errno {
    EPERM(1), ENOENT(2), ESRCH(3), EBADF(9), ECHILD(10), EAGAIN(11), ENOMEM(12), EACCES(13),
    EBUSY(16), EEXIST(17), EXDEV(18), ENODEV(19), ENOTDIR(20), EINVAL(22), ERANGE(34),
    ENAMETOOLONG(36), ENOSYS(38), ENOTUNIQ(76), ENOPROTOOPT(92), EAFNOSUPPORT(97), EALREADY(114), ECANCELED(125), ENOKEY(126);

    private final int number;

    Errno(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
