package org.cscript.runtime;

import com.oracle.truffle.api.RootCallTarget;
import java.util.Map;
import java.util.Set;

/**
 * A compiled module (an imported file): its call target, which registers its functions and runs
 * its top level, and what it makes visible to the importer (functions with arity, globals),
 * including what it imports itself.
 */
public record ModuleUnit(String key, RootCallTarget callTarget, Map<String, Integer> functions, Set<String> globals) {
}
