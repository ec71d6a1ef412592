package org.cscript.audit;

/**
 * How auditctl and the kernel see the paths of watch rules when one is added (the
 * administrator's view of the filesystem): {@code -w} asks whether the path is a directory, as
 * auditctl's stat() does, and the kernel binds the rule to its target. Implemented by the kernel
 * model; {@link #DETACHED} serves rules applied without one.
 */
public interface WatchResolver {

    /** No filesystem: every path is a file, every watch binds and covers nothing. */
    WatchResolver DETACHED = new WatchResolver() {
        @Override
        public boolean isDirectory(String path) {
            return false;
        }

        @Override
        public WatchTarget watch(String path) {
            return WatchTarget.NOTHING;
        }

        @Override
        public WatchTarget tree(String path) {
            return WatchTarget.NOTHING;
        }
    };

    /** auditctl's stat(): whether {@code path} exists and is a directory ({@code -w} then makes a {@code dir} rule). */
    boolean isDirectory(String path);

    /**
     * Binds a {@code path=} rule: the parent directory must exist (the file need not).
     *
     * @throws AuditRuleException with {@link org.cscript.abi.Errno#ENOENT} or ENOTDIR, as the kernel refuses it
     */
    WatchTarget watch(String path) throws AuditRuleException;

    /**
     * Binds a {@code dir=} rule: the path must exist.
     *
     * @throws AuditRuleException with {@link org.cscript.abi.Errno#ENOENT}, as the kernel refuses it
     */
    WatchTarget tree(String path) throws AuditRuleException;
}
