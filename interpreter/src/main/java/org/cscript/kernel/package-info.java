/**
 * The simulated kernel of kernel-model.md: tasks, namespaces, DH's container objects and RGB's
 * audit container identifier, plain Java.
 *
 * <p>{@link org.cscript.kernel.Kernel} is the façade (one method per model operation, OP-xx in
 * its Javadoc); the operations live in {@code ProcessOps}, {@code NamespaceOps},
 * {@code ContainerOps} and {@code AuditIdentityOps}; the internal procedures P1-P9 and the death
 * queue in {@code Lifecycle}; the contid registry (P10, P11, assoc, chain) in
 * {@code ContidRegistry}; event contexts in {@code Events}.
 *
 * <p>Scale: no operation scans all tasks or namespaces. A PID namespace indexes its live tasks
 * (P7), a net namespace counts its live tasks per contid (assoc), a namespace indexes the
 * registry entries defined on it (setns lookup), containers keep member sets, leaders keep
 * child and thread maps. Every observable iteration order is a sorted or insertion order.
 */
package org.cscript.kernel;
