package org.interphase.physics.elasticity;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * A prescribed force density on cells (body force b, N/m^3) or facets (traction t, Pa): -(f, v). On
 * facets a pressure p is the traction -p n (it follows the facet normal).
 */
public final class LoadTerm implements Term {

    private final VectorField force;
    private final double scale;
    private final ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[][] {null, null, new double[2], new double[3]});

    private LoadTerm(VectorField force, double scale) {
        this.force = force;
        this.scale = scale;
    }

    /** @return the term -(f, v) for a force density field f. */
    public static LoadTerm of(VectorField f) {
        return new LoadTerm(f, 1.0);
    }

    /** @return the term for a pressure p (Pa) acting against the outward normal: t = -p n. */
    public static LoadTerm pressure(double p) {
        return new LoadTerm((x, n, out) -> {
            for (int d = 0; d < out.length; d++) {
                out[d] = -p * n[d];
            }
        }, 1.0);
    }

    /** @return this term with its force multiplied by s (load stepping). */
    public LoadTerm scaled(double s) {
        return new LoadTerm(force, scale * s);
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        double[] v = scratch.get()[p.dim];
        java.util.Arrays.fill(v, 0.0);
        force.at(p.x, p.normal, v);
        for (int i = 0; i < p.dim; i++) {
            f0[i] -= scale * v[i];
        }
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
    }

    @Override
    public int jacobianBlocks() {
        return 0;
    }
}
