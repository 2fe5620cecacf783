package org.interphase.linalg;

import org.interphase.kernels.VectorOps;

/** No preconditioning: z = r. */
public final class IdentityPreconditioner implements Preconditioner {

    @Override
    public void setup(CsrMatrix a) {
        // nothing to build
    }

    @Override
    public void apply(double[] r, double[] z) {
        VectorOps.copy(r, z, r.length);
    }

    @Override
    public String describe() {
        return "none";
    }
}
