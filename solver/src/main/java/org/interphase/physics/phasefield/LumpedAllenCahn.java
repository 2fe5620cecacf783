package org.interphase.physics.phasefield;

import org.interphase.assembly.Assembler;
import org.interphase.assembly.FieldState;
import org.interphase.kernels.AllenCahnOps;
import org.interphase.kernels.Parallel;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.Mesh;
import org.interphase.physics.diffusion.DiffusionTerm;

/**
 * The Allen-Cahn equation of {@link AllenCahnTerm} (isotropic, linear elements) with a lumped mass matrix and
 * nodal reaction and source terms, the discretization of the explicit kernels ({@link AllenCahnOps}):
 *
 * <pre>
 *   r_i = L kappa (K xi)_i + m_i [xi_t,i + L W g'(xi_i) - S(x_i, t)],
 *   J   = L kappa K + diag(m_i [a0 + L W g''(xi_i)]),
 * </pre>
 *
 * K the stiffness (grad u, grad v) assembled once, m_i the row sums of the mass matrix. Each evaluation is
 * one pass over K (the kernel twin's residual) instead of a quadrature loop, and J keeps K's sparsity; for P1
 * elements the lumping keeps the second-order L2 accuracy (validation.md P1).
 */
public final class LumpedAllenCahn {

    private final CsrMatrix stiffness;
    private final double[] mass;
    private final int[] diagonal;
    private final double mobility;
    private final double barrier;
    private final double kappa;
    private final SourceField source;
    private final double[] nodeX;
    private final int dim;

    /**
     * @param asm    (Input) the system's assembler (its dof map and sparsity are used).
     * @param mass   (Input) lumped masses per slot. Kept.
     * @param m      (Input) the material (one region).
     * @param source (Input) S in scaled units, or null.
     */
    public LumpedAllenCahn(Assembler asm, double[] mass, ScaledMaterial m, SourceField source) {
        Mesh mesh = asm.mesh();
        Assembler k = new Assembler(mesh, asm.dofs(), 2 * (mesh.cellType().order() - 1) + 1, asm.sparsity());
        k.addTerm(new DiffusionTerm(1.0, 0.0));
        this.stiffness = k.newMatrix();
        double[] zero = new double[asm.dofs().size()];
        k.assemble(FieldState.of(zero), null, stiffness);
        this.mass = mass;
        int n = stiffness.rows();
        this.diagonal = new int[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = stiffness.slot(i, i);
        }
        this.mobility = m.mobility();
        this.barrier = m.barrier();
        this.kappa = m.gradient().kappa0();
        this.source = source;
        this.dim = mesh.dim();
        this.nodeX = new double[n * dim];
        for (int node = 0; node < mesh.nodeCount(); node++) {
            int s = asm.dofs().slot(node);
            for (int d = 0; d < dim; d++) {
                nodeX[s * dim + d] = mesh.x(node, d);
            }
        }
    }

    /** @return the stiffness K (unit coefficient). Not a copy. */
    public CsrMatrix stiffness() {
        return stiffness;
    }

    /** @return the lumped masses. Not a copy. */
    public double[] mass() {
        return mass;
    }

    /** @return L kappa, the coefficient of K in the residual. */
    public double gradientCoefficient() {
        return mobility * kappa;
    }

    /** @return L W, the coefficient of the double-well derivative. */
    public double wellCoefficient() {
        return mobility * barrier;
    }

    /**
     * @return the largest step of forward Euler that is stable for this operator: 2 / (L kappa lambda_max
     *         + 2 L W), with lambda_max of M^-1 K bounded by Gershgorin's theorem and 2 the largest g''
     *         on [0, 1].
     */
    public double stableStep() {
        double lam = 0;
        int[] rp = stiffness.rowPtr();
        double[] v = stiffness.values();
        for (int i = 0; i < mass.length; i++) {
            double s = 0;
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                s += Math.abs(v[p]);
            }
            lam = Math.max(lam, s / mass[i]);
        }
        return 2 / (mobility * kappa * lam + 2 * mobility * barrier);
    }

    /**
     * @param time (Input) scaled time.
     * @return S at every slot, or zeros without a source.
     */
    public double[] nodalSource(double time) {
        int n = mass.length;
        double[] s = new double[n];
        if (source != null) {
            source.fill(nodeX, dim, time, s);
        }
        return s;
    }

    /**
     * @param u      (Input) the order parameter. Not modified.
     * @param ut     (Input) its time derivative. Not modified.
     * @param shift  (Input) d ut / d u.
     * @param s      (Input) nodal source. Not modified.
     * @param work   (Input) scratch of length n.
     * @param r      (Output) the residual.
     * @param j      (Output) the Jacobian with the stiffness's structure, or null.
     */
    public void evaluate(double[] u, double[] ut, double shift, double[] s, double[] work, double[] r, CsrMatrix j) {
        int n = mass.length;
        double lk = mobility * kappa;
        double lw = mobility * barrier;
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                work[i] = s[i] - ut[i];
            }
        });
        AllenCahnOps.residual(n, lk, lw, stiffness.rowPtr(), stiffness.colIndex(), stiffness.values(), u, mass, work,
                r);
        if (j == null) {
            return;
        }
        double[] kv = stiffness.values();
        double[] jv = j.values();
        int[] rp = stiffness.rowPtr();
        Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                for (int p = rp[i]; p < rp[i + 1]; p++) {
                    jv[p] = lk * kv[p];
                }
                jv[diagonal[i]] += mass[i] * (shift + lw * DoubleWellEnergy.d2(u[i]));
            }
        });
    }
}
