package org.interphase.run;

import org.interphase.input.CaseSection;
import org.interphase.linalg.SolverOptions;

/**
 * The case file's {@code solver:} block for linear solves.
 *
 * <pre>
 * solver:
 *   method: cg            # cg | gmres | bicgstab | direct
 *   preconditioner: amg   # none | jacobi | ic0 | ilu0 | amg
 *   rtol: 1e-10           # relative residual tolerance
 *   atol: 0               # absolute residual tolerance
 *   max_iterations: 2000
 *   restart: 50           # GMRES restart length
 * </pre>
 */
public final class SolverInput {

    private SolverInput() {
    }

    /**
     * @param s        (Input) the solver section, or null for defaults.
     * @param defaults (Input) the physics' defaults. Not modified.
     * @return the options.
     */
    public static SolverOptions read(CaseSection s, SolverOptions defaults) {
        SolverOptions o = defaults.copy();
        if (s == null) {
            return o;
        }
        o.method = s.choice("method", o.method, "cg", "gmres", "bicgstab", "direct");
        o.preconditioner = s.choice("preconditioner", o.preconditioner, "none", "jacobi", "ic0", "ilu0", "amg");
        o.rtol = s.real("rtol", o.rtol);
        o.atol = s.real("atol", o.atol);
        o.maxIterations = s.integer("max_iterations", o.maxIterations, 1, Integer.MAX_VALUE);
        o.restart = s.integer("restart", o.restart, 2, 10000);
        if (!(o.rtol > 0 && o.rtol < 1)) {
            throw s.error("rtol", "the relative tolerance must lie in (0, 1), got %g", o.rtol);
        }
        return o;
    }
}
