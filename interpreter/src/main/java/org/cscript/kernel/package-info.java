/**
 * The simulated kernel of kernel-model.md: tasks, namespaces, DH's container objects and RGB's
 * audit container identifier, plain Java.
 *
 * <p>{@link org.cscript.kernel.Kernel} is the façade (one entry point per model operation, OP-xx
 * in its Javadoc, with no logic of its own); the operation bodies live by section in
 * {@code ProcessOps} (3.1), {@code NamespaceOps} (3.2), {@code ContainerOps} (3.3),
 * {@code KeyOps} (3.5, over the key state of {@code KeyTable}),
 * {@code AuditIdentityOps} (3.6 and the kernel events OP-48/OP-49 of 3.7) and {@code AdminOps}
 * (3.7 administration, OP-50..OP-53); the internal procedures P1-P9 and the death queue in
 * {@code Lifecycle}; the contid registry (P10, P11, assoc, chain) in {@code ContidRegistry};
 * event contexts in {@code Events}. The §0.4 knobs are read through {@code Knobs}, resolved from
 * {@link org.cscript.kernel.KernelConfig} at boot and at each change, never by name afterwards.
 *
 * <p>Scale: no operation scans all tasks or namespaces. A PID namespace indexes its live tasks
 * (P7), a net namespace counts its live tasks per contid (assoc), a namespace indexes the
 * registry entries defined on it (setns lookup), containers keep member sets, leaders keep
 * child and thread maps. Every observable iteration order is a sorted or insertion order.
 *
 * <p>Invariants: {@code InvariantChecker} recounts all of that from scratch and compares
 * ({@link org.cscript.kernel.Kernel#checkInvariants()}, or after every operation with
 * {@link org.cscript.kernel.Kernel.InvariantChecks#AFTER_EVERY_OPERATION}); it is the one part
 * that scans, on purpose, and it is not an operation.
 */
package org.cscript.kernel;
