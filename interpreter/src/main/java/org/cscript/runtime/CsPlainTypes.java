package org.cscript.runtime;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * A type system without implicit casts, for nodes that store values as they are (local writes):
 * the fd-to-number cast of {@link CsTypes} would lose a descriptor's identity there.
 */
@TypeSystem({long.class, boolean.class})
public abstract class CsPlainTypes {
}
