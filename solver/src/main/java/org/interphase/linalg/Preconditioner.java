package org.interphase.linalg;

/** z = M^-1 r for an approximation M of a matrix; set up once per matrix, applied many times. */
public interface Preconditioner {

    /** Builds the preconditioner for {@code a} (factorization, hierarchy). (Input) a. Not modified. */
    void setup(CsrMatrix a);

    /** z := M^-1 r. (Input) r. Not modified. (Output) z. */
    void apply(double[] r, double[] z);

    /** @return a short name for reports, e.g. "jacobi", "amg(4 levels, 1.31 complexity)". */
    String describe();
}
