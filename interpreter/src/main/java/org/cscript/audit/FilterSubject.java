package org.cscript.audit;

/** Values of an event's subject at the end of the event, as the §4.5 filter fields see them. */
public interface FilterSubject {
    /** false for subject-less events (net_packet). */
    boolean hasSubject();

    long pid();

    long ppid();

    long uid();

    long euid();

    long gid();

    long auid();

    long ses();

    /** -1L = UNSET64. */
    long contid();

    /** Subject contid is v or a nested descendant of v. */
    boolean contidInTree(long v);

    /** null if the event has no syscall. */
    Syscall syscall();

    /** Meaningless when syscall()==null or !syscall().returns(). */
    boolean success();

    long exit();
}
