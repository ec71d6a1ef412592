package org.cscript.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameters of a builtin, for the static checks (arity, literal argument types) and the
 * runtime type errors. Each entry is a '|'-separated list of kinds: int, string, bool, nil, list,
 * task, fd (an fd or a number), errno, cap, any. Any other name makes building the registry
 * fail ({@link ArgumentKinds#checkSignature}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BuiltinSignature {
    /** One entry per parameter. */
    String[] value() default {};

    /** Values of the trailing optional parameters, as literal text ("0", "nil"). */
    String[] defaults() default {};
}
