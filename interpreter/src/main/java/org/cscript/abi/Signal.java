package org.cscript.abi;

/** Signals 1-31 in x86_64 Linux numbering: {@code SIGHUP} is 1, {@code SIGSYS} is 31. */
public enum Signal {
    SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2,
    SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG,
    SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS;

    /** The signal number. */
    public long number() {
        return ordinal() + 1L;
    }
}
