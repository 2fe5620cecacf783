package org.interphase.linalg;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.InputException;

/** Builds the {@link LinearSolver} a {@link SolverOptions} block names. */
public final class LinearSolvers {

    private LinearSolvers() {
    }

    /**
     * @param options (Input) method, preconditioner, tolerances, AMG block size and near-null space. Copied.
     * @return a solver ready for {@link LinearSolver#setup}.
     * @throws InputException for an unknown method or preconditioner, a non-symmetric preconditioner with
     *         cg, or tolerances and limits out of range.
     */
    public static LinearSolver create(SolverOptions options) {
        String method = normalize(options.method);
        String pc = normalize(options.preconditioner);
        Checks.input(options.rtol >= 0 && options.atol >= 0 && options.rtol + options.atol > 0,
                "solver: rtol (%g) and atol (%g) must be non-negative and not both zero", options.rtol, options.atol);
        Checks.input(options.maxIterations >= 1, "solver: maxIterations must be at least 1, got %d",
                options.maxIterations);
        Checks.input(options.restart >= 1, "solver: restart must be at least 1, got %d", options.restart);
        Checks.input(options.blockSize >= 1, "solver: blockSize must be at least 1, got %d", options.blockSize);
        if (method.equals("direct")) {
            return new SparseDirect(options.symmetric, options.blockSize);
        }
        if (method.equals("cg") && pc.equals("ilu0")) {
            throw new InputException("solver: preconditioner ilu0 is not symmetric and cannot be used with cg; "
                    + "use ic0, jacobi or amg with cg, or ilu0 with gmres or bicgstab");
        }
        Preconditioner p = preconditioner(pc, options);
        switch (method) {
            case "cg":
                return new ConjugateGradient(p, options);
            case "gmres":
                return new Gmres(p, options);
            case "bicgstab":
                return new BiCgStab(p, options);
            default:
                throw InputException.of("solver: unknown method '%s'; use one of cg, gmres, bicgstab, direct",
                        options.method);
        }
    }

    /**
     * @param name    (Input) none | jacobi | ic0 | ilu0 | amg.
     * @param options (Input) AMG block size and near-null space.
     * @return the preconditioner, not yet set up.
     */
    public static Preconditioner preconditioner(String name, SolverOptions options) {
        switch (normalize(name)) {
            case "none":
                return new IdentityPreconditioner();
            case "jacobi":
                return new JacobiPreconditioner();
            case "ic0":
                return new IncompleteCholesky();
            case "ilu0":
                return new IncompleteLu();
            case "amg":
                return new SmoothedAggregationAmg(options);
            default:
                throw InputException.of("solver: unknown preconditioner '%s'; use one of none, jacobi, ic0, ilu0, "
                        + "amg", name);
        }
    }

    private static String normalize(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
