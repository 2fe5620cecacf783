package org.interphase.assembly;

import java.util.Arrays;
import java.util.TreeMap;
import org.interphase.kernels.Parallel;
import org.interphase.linalg.CsrMatrix;

/**
 * Dirichlet constraints u_d = g_d, applied by symmetric elimination so SPD systems stay SPD: the
 * known values move to the right-hand side, constrained rows and columns are zeroed, and the diagonal
 * keeps the original diagonal entry (so the system's scaling is unchanged).
 */
public final class Constraints {

    private final TreeMap<Integer, Double> values = new TreeMap<>();
    private int[] dofCache;
    private double[] valueCache;

    /** Constrains dof d to value g (a later call for the same dof wins). */
    public void set(int d, double g) {
        values.put(d, g);
        dofCache = null;
    }

    /** @return whether any dof is constrained. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** @return number of constrained dofs. */
    public int size() {
        return values.size();
    }

    /** @return the constrained dofs, ascending. */
    public int[] dofs() {
        cache();
        return dofCache;
    }

    /** @return the prescribed values, in {@link #dofs()} order. */
    public double[] values() {
        cache();
        return valueCache;
    }

    private void cache() {
        if (dofCache == null) {
            dofCache = values.keySet().stream().mapToInt(Integer::intValue).toArray();
            valueCache = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** u_d := g_d for every constrained dof. (Input/Output) u. */
    public void applyTo(double[] u) {
        int[] d = dofs();
        double[] g = values();
        for (int k = 0; k < d.length; k++) {
            u[d[k]] = g[k];
        }
    }

    /** u_d := s g_d (scaled values: load stepping). (Input/Output) u. */
    public void applyTo(double[] u, double s) {
        int[] d = dofs();
        double[] g = values();
        for (int k = 0; k < d.length; k++) {
            u[d[k]] = s * g[k];
        }
    }

    /** @return a marker array: true at constrained dofs. */
    public boolean[] mask(int n) {
        boolean[] m = new boolean[n];
        for (int d : dofs()) {
            m[d] = true;
        }
        return m;
    }

    /**
     * Eliminates the constraints from K u = f with prescribed values {@code g} (this object's values
     * times {@code scale}): f_i -= K_id g_d for free rows, constrained rows and columns zeroed, K_dd kept,
     * f_d = K_dd g_d.
     *
     * @param k (Input/Output) the matrix.
     * @param f (Input/Output) the right-hand side.
     */
    public void eliminate(CsrMatrix k, double[] f, double scale) {
        int n = k.rows();
        double[] gFull = new double[n];
        boolean[] fixed = mask(n);
        int[] d = dofs();
        double[] g = values();
        for (int i = 0; i < d.length; i++) {
            gFull[d[i]] = scale * g[i];
        }
        int[] rp = k.rowPtr();
        int[] col = k.colIndex();
        double[] val = k.values();
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                if (fixed[i]) {
                    double diag = 0.0;
                    for (int p = rp[i]; p < rp[i + 1]; p++) {
                        if (col[p] == i) {
                            diag = val[p];
                        }
                        val[p] = 0.0;
                    }
                    if (!(diag > 0)) {
                        diag = 1.0;
                    }
                    for (int p = rp[i]; p < rp[i + 1]; p++) {
                        if (col[p] == i) {
                            val[p] = diag;
                        }
                    }
                    f[i] = diag * gFull[i];
                } else {
                    double s = 0.0;
                    for (int p = rp[i]; p < rp[i + 1]; p++) {
                        if (fixed[col[p]]) {
                            s += val[p] * gFull[col[p]];
                            val[p] = 0.0;
                        }
                    }
                    f[i] -= s;
                }
            }
        });
    }

    /**
     * For a Newton step whose iterate already satisfies the constraints: the correction is zero at
     * constrained dofs, so their rows and columns are zeroed (diagonal kept) and their residuals set to 0.
     *
     * @param j (Input/Output) the Jacobian, or null.
     * @param r (Input/Output) the residual, or null.
     */
    public void homogenize(CsrMatrix j, double[] r) {
        if (r != null) {
            for (int d : dofs()) {
                r[d] = 0.0;
            }
        }
        if (j != null) {
            eliminate(j, new double[j.rows()], 0.0);
        }
    }

    @Override
    public String toString() {
        return "Constraints" + Arrays.toString(dofs());
    }
}
