package org.cscript.audit;

/**
 * What a watch rule ({@code -w}, {@code -F path=}, {@code -F dir=}) is bound to in the kernel's
 * filesystem when it is added: the watched object (a file watch, which the kernel keeps on the
 * parent directory and the last name, so a file created later is watched too) or the watched tree
 * (a directory watch: the directory and everything below it). Implemented by the kernel model.
 */
@FunctionalInterface
public interface WatchTarget {

    /** A target that covers nothing: rules parsed without a filesystem, and deletions. */
    WatchTarget NOTHING = name -> false;

    /** Whether a name the event resolved refers to the watched object, or lies in the watched tree. */
    boolean covers(PathName name);
}
