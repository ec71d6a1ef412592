package org.cscript.runtime;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Ends an explored run early: every branch that could run next sleeps, so the order so far is
 * equivalent to one explored already ({@code cscript explore}). The script's root catches it and
 * ends the run quietly; the exploration knows the run was cut.
 */
public final class ExplorationCut extends ControlFlowException {
    private static final long serialVersionUID = 1L;
}
