package org.interphase.run;

/**
 * A configured run: every key of the case file has been read and checked, nothing heavy has happened
 * yet. {@link #run} loads meshes, solves, and writes the output directory.
 *
 * @param <R> the physics' result type (validation suites inspect it; the CLI only reports).
 */
public interface Job<R> {

    /** @return the physics name, e.g. "elasticity". */
    String physics();

    /**
     * Runs the case.
     *
     * @param ctx (Input) output directory, device, progress.
     * @return the result.
     * @throws org.interphase.core.InputException for input errors found only now (a region the mesh lacks).
     * @throws org.interphase.core.SolverException for numerical failures (after writing the last good state).
     */
    R run(RunContext ctx) throws java.io.IOException;
}
