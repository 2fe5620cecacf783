package org.interphase.physics.czm;

import java.util.Arrays;
import org.interphase.assembly.BlockSparsity;
import org.interphase.assembly.DofMap;
import org.interphase.fe.ElementTables;
import org.interphase.kernels.fe.Quadrature;
import org.interphase.kernels.fe.QuadratureRule;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;
import org.interphase.time.StateSnapshot;

/**
 * One cohesive interface assembled from its zero-thickness elements: at every integration point the
 * displacement jump [[u]] = sum_a N_a (u+_a - u-_a) is rotated into the local frame, the
 * {@link TractionLaw} gives the local traction and tangent, which are rotated back and assembled as
 *
 * <pre>
 *   R(+a) = +int N_a t dA,  R(-a) = -int N_a t dA,  K(sa, sb) = s_a s_b int N_a N_b R^T T R dA  (s = +-1)
 * </pre>
 *
 * (the interface energy int psi([[u]]) dA differentiated twice). Integration is Gauss or
 * closed Newton-Cotes (nodal: node pairs decouple, no traction oscillations). The state of every point
 * (the law's history, the local jump and traction) is kept twice, committed and trial: {@link #assemble}
 * writes the trial, {@link #commit} accepts it, {@link #revert} drops it.
 */
public final class CohesiveInterface {

    /** The integration rule on the interface elements. */
    public enum Integration {
        /** Gauss-Legendre (lines) or symmetric (triangles), exact for products of two shape functions. */
        GAUSS,
        /** Closed Newton-Cotes at the element nodes (TRI6: edge midpoints). */
        NEWTON_COTES
    }

    private final InterfaceFacets facets;
    private final TractionLaw law;
    private final int dim;
    private final int fn;
    private final int nq;
    private final int hs;
    private final int stride;
    private final ElementTables tables;
    private final double[] rot;
    private final double[] jxw;
    private final double[] xq;
    private final double tolerance;
    private double[] committed;
    private double[] trial;
    private int[] positions;

    /**
     * @param mesh        (Input) the split mesh (scaled coordinates).
     * @param facets      (Input) the elements.
     * @param law         (Input) the traction law (in the mesh's units).
     * @param integration (Input) the rule.
     * @param debonded    (Input) boxes of initially separated points (mesh units); may be empty.
     */
    public CohesiveInterface(Mesh mesh, InterfaceFacets facets, TractionLaw law, Integration integration,
            Box... debonded) {
        this.facets = facets;
        this.law = law;
        this.dim = mesh.dim();
        this.fn = facets.nodesPerSide();
        this.tables = ElementTables.of(facets.facetType(), rule(facets.facetType(), integration));
        this.nq = tables.nq();
        this.hs = law.historySize();
        this.stride = hs + 2 * dim;
        int nf = facets.count();
        rot = new double[nf * nq * dim * dim];
        jxw = new double[nf * nq];
        xq = new double[nf * nq * dim];
        committed = new double[nf * nq * stride];
        geometry(mesh);
        tolerance = 1e-9 * Box.extent(mesh);
        for (int p = 0; p < nf * nq; p++) {
            law.initialize(committed, p * stride);
            for (Box b : debonded) {
                if (b.contains(xq, p * dim, dim, tolerance)) {
                    law.separate(committed, p * stride);
                }
            }
        }
        trial = committed.clone();
    }

    /** @return the rule of an integration kind on a facet type. */
    static QuadratureRule rule(ElementType type, Integration integration) {
        if (integration == Integration.GAUSS) {
            return Quadrature.simplex(type.dim(), 2 * type.order());
        }
        return type.dim() == 1 ? Quadrature.newtonCotesLine(type.nodes()) : Quadrature.newtonCotesTriangle(type.nodes());
    }

    private void geometry(Mesh mesh) {
        int fd = dim - 1;
        double[] rg = tables.refGrads();
        double[] w = tables.rule().weights();
        double[] t = new double[dim * fd];
        double[] r = new double[dim * dim];
        int nv = mesh.cellType().vertices();
        for (int f = 0; f < facets.count(); f++) {
            double[] towards = new double[dim];
            for (int k = 0; k < nv; k++) {
                for (int d = 0; d < dim; d++) {
                    towards[d] += (mesh.x(mesh.cellNode(facets.plusCell()[f], k), d)
                            - mesh.x(mesh.cellNode(facets.minusCell()[f], k), d)) / nv;
                }
            }
            double sign = 0;
            for (int q = 0; q < nq; q++) {
                Arrays.fill(t, 0.0);
                int p = f * nq + q;
                for (int a = 0; a < fn; a++) {
                    int node = facets.minus()[f * fn + a];
                    for (int d = 0; d < dim; d++) {
                        double xa = mesh.x(node, d);
                        xq[p * dim + d] += tables.value(q, a) * xa;
                        for (int e = 0; e < fd; e++) {
                            t[e * dim + d] += xa * rg[(q * fn + a) * fd + e];
                        }
                    }
                }
                if (sign == 0) {
                    LocalFrame.build(dim, t, 1.0, r);
                    double dot = 0;
                    for (int d = 0; d < dim; d++) {
                        dot += r[d] * towards[d];
                    }
                    sign = dot >= 0 ? 1.0 : -1.0;
                }
                jxw[p] = w[q] * LocalFrame.build(dim, t, sign, r);
                System.arraycopy(r, 0, rot, p * dim * dim, dim * dim);
            }
        }
    }

    /** Caches the matrix positions of every element node pair in a sparsity that couples them. */
    public void bind(DofMap dofs, BlockSparsity sparsity) {
        int m = 2 * fn;
        int[] conn = facets.connectivity();
        positions = new int[facets.count() * m * m];
        for (int f = 0; f < facets.count(); f++) {
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    int p = sparsity.position(dofs.slot(conn[f * m + a]), dofs.slot(conn[f * m + b]));
                    if (p < 0) {
                        throw new IllegalStateException("sparsity lacks a cohesive coupling");
                    }
                    positions[(f * m + a) * m + b] = p;
                }
            }
        }
    }

    /**
     * Adds the forces of a gap pressure over a zone to an external force vector: +p n on the plus side and
     * -p n on the minus side (the pressure pushes the sides apart).
     *
     * @param zone  (Input) the zone (mesh units).
     * @param value (Input) the pressure (mesh stress units).
     * @param dofs  (Input) dof map.
     * @param f     (Input/Output) external forces.
     */
    public void addGapPressureForces(Box zone, double value, DofMap dofs, double[] f) {
        for (int e = 0; e < facets.count(); e++) {
            for (int q = 0; q < nq; q++) {
                int p = e * nq + q;
                if (!zone.contains(xq, p * dim, dim, tolerance)) {
                    continue;
                }
                double c = value * jxw[p];
                for (int a = 0; a < fn; a++) {
                    double na = tables.value(q, a) * c;
                    for (int i = 0; i < dim; i++) {
                        double ni = rot[p * dim * dim + i];
                        f[dofs.dof(facets.plus()[e * fn + a], i)] += na * ni;
                        f[dofs.dof(facets.minus()[e * fn + a], i)] -= na * ni;
                    }
                }
            }
        }
    }

    /**
     * Evaluates the law at every point from the committed state and adds the interface forces and tangent.
     *
     * @param dofs (Input) dof map (dim components per node).
     * @param u    (Input) displacement dofs. Not modified.
     * @param dt   (Input) pseudo-time step of the trial.
     * @param res  (Output) added to: internal forces; or null.
     * @param jac  (Output) added to: tangent, structure bound by {@link #bind}; or null.
     * @param sp   (Input) the sparsity of jac (when jac is not null).
     */
    public void assemble(DofMap dofs, double[] u, double dt, double[] res, CsrMatrix jac, BlockSparsity sp) {
        int m = 2 * fn;
        int dd = dim * dim;
        double[] jg = new double[dim];
        double[] jl = new double[dim];
        double[] tl = new double[dim];
        double[] tg = new double[dim];
        double[] kl = new double[dd];
        double[] kg = new double[dd];
        double[] sign = new double[m];
        int[] node = new int[m];
        double[] val = jac == null ? null : jac.values();
        for (int e = 0; e < facets.count(); e++) {
            for (int a = 0; a < fn; a++) {
                node[a] = facets.minus()[e * fn + a];
                node[fn + a] = facets.plus()[e * fn + a];
                sign[a] = -1;
                sign[fn + a] = 1;
            }
            for (int q = 0; q < nq; q++) {
                int p = e * nq + q;
                int ro = p * dd;
                Arrays.fill(jg, 0.0);
                for (int a = 0; a < fn; a++) {
                    double na = tables.value(q, a);
                    for (int i = 0; i < dim; i++) {
                        jg[i] += na * (u[dofs.dof(node[fn + a], i)] - u[dofs.dof(node[a], i)]);
                    }
                }
                LocalFrame.toLocal(dim, rot, ro, jg, jl);
                int so = p * stride;
                law.evaluate(dim, jl, committed, trial, so, dt, tl, kl);
                System.arraycopy(jl, 0, trial, so + hs, dim);
                System.arraycopy(tl, 0, trial, so + hs + dim, dim);
                LocalFrame.toGlobal(dim, rot, ro, tl, tg);
                double w = jxw[p];
                if (res != null) {
                    for (int a = 0; a < m; a++) {
                        double na = sign[a] * tables.value(q, a % fn) * w;
                        for (int i = 0; i < dim; i++) {
                            res[dofs.dof(node[a], i)] += na * tg[i];
                        }
                    }
                }
                if (val == null) {
                    continue;
                }
                LocalFrame.tangentToGlobal(dim, rot, ro, kl, kg);
                for (int a = 0; a < m; a++) {
                    double na = sign[a] * tables.value(q, a % fn) * w;
                    int sa = dofs.slot(node[a]);
                    for (int b = 0; b < m; b++) {
                        double c = na * sign[b] * tables.value(q, b % fn);
                        if (c == 0) {
                            continue;
                        }
                        int pos = positions[(e * m + a) * m + b];
                        for (int i = 0; i < dim; i++) {
                            int base = sp.valueSlot(sa, i, pos, 0);
                            for (int j = 0; j < dim; j++) {
                                val[base + j] += c * kg[i * dim + j];
                            }
                        }
                    }
                }
            }
        }
    }

    /** Accepts the state of the last {@link #assemble}. */
    public void commit() {
        System.arraycopy(trial, 0, committed, 0, trial.length);
    }

    /** Drops the trial state. */
    public void revert() {
        System.arraycopy(committed, 0, trial, 0, trial.length);
    }

    /** Stores the committed state under {@code prefix}. (Output) s. */
    public void snapshot(StateSnapshot s, String prefix) {
        s.put(prefix + "state", committed);
    }

    /** Restores a committed state stored by {@link #snapshot}. */
    public void restore(StateSnapshot s, String prefix) {
        double[] v = s.array(prefix + "state");
        if (v.length != committed.length) {
            throw new IllegalArgumentException("snapshot of interface '" + facets.name() + "' has " + v.length
                    + " values; expected " + committed.length);
        }
        committed = v;
        trial = v.clone();
    }

    /** @return the recoverable energy of the committed state, sum over points of psi jxw (mesh units). */
    public double storedEnergy() {
        double e = 0;
        for (int p = 0; p < jxw.length; p++) {
            int so = p * stride;
            double[] jl = Arrays.copyOfRange(committed, so + hs, so + hs + dim);
            e += law.storedEnergy(dim, jl, committed, so) * jxw[p];
        }
        return e;
    }

    /** @return the interface measure (length in 2D, area in 3D), mesh units. */
    public double measure() {
        double s = 0;
        for (double w : jxw) {
            s += w;
        }
        return s;
    }

    /** @return the measure of the committed points whose damage is at least {@code level}. */
    public double damagedMeasure(double level) {
        double s = 0;
        for (int p = 0; p < jxw.length; p++) {
            if (law.damage(committed, p * stride) >= level) {
                s += jxw[p];
            }
        }
        return s;
    }

    /** @return the largest committed damage. */
    public double maxDamage() {
        double m = 0;
        for (int p = 0; p < jxw.length; p++) {
            m = Math.max(m, law.damage(committed, p * stride));
        }
        return m;
    }

    /**
     * The crack front along a coordinate axis: among the separated points (damage 1), the one furthest
     * along the axis, moved towards the next point by linear interpolation of g = delta_m - delta_final
     * (g >= 0 where separated), so the front moves smoothly between integration points.
     *
     * @param axis (Input) 0 = x.
     * @return the front coordinate (mesh units), or NaN when nothing is separated.
     */
    public double crackFront(int axis) {
        int np = jxw.length;
        int best = -1;
        for (int p = 0; p < np; p++) {
            if (law.damage(committed, p * stride) >= 1.0 && (best < 0 || xq[p * dim + axis] > xq[best * dim + axis])) {
                best = p;
            }
        }
        if (best < 0) {
            return Double.NaN;
        }
        double xs = xq[best * dim + axis];
        int next = -1;
        for (int p = 0; p < np; p++) {
            double x = xq[p * dim + axis];
            if (x > xs * (1 + 1e-12) + 1e-300 && (next < 0 || x < xq[next * dim + axis])) {
                next = p;
            }
        }
        if (next < 0) {
            return xs;
        }
        double gs = effectiveJump(best) - law.separationJump(committed, best * stride);
        double gn = effectiveJump(next) - law.separationJump(committed, next * stride);
        if (!(gs > gn) || gn >= 0) {
            return xs;
        }
        double xn = xq[next * dim + axis];
        return xs + (xn - xs) * Math.max(0.0, gs) / (Math.max(0.0, gs) - gn);
    }

    private double effectiveJump(int p) {
        int o = p * stride + hs;
        double s = Math.max(committed[o], 0.0) * Math.max(committed[o], 0.0);
        for (int d = 1; d < dim; d++) {
            s += committed[o + d] * committed[o + d];
        }
        return Math.sqrt(s);
    }

    /** @return the elements. */
    public InterfaceFacets facets() {
        return facets;
    }

    /** @return the law. */
    public TractionLaw law() {
        return law;
    }

    /** @return integration points per element. */
    public int pointsPerFacet() {
        return nq;
    }

    /** @return the shape-function tables of the rule. */
    public ElementTables tables() {
        return tables;
    }

    /** @return surface measure times weight of each point (mesh units), facet-major. */
    public double[] weights() {
        return jxw;
    }

    /** @return coordinates of each point (mesh units), dim per point. */
    public double[] points() {
        return xq;
    }

    /** @return the committed damage of each point. */
    public double[] damage() {
        double[] d = new double[jxw.length];
        for (int p = 0; p < d.length; p++) {
            d[p] = law.damage(committed, p * stride);
        }
        return d;
    }

    /** @return the committed local jump of each point, dim per point (normal first). */
    public double[] localJumps() {
        return component(hs);
    }

    /** @return the committed local traction of each point, dim per point (normal first). */
    public double[] localTractions() {
        return component(hs + dim);
    }

    /** @return the committed history value {@code index} of the law at each point. */
    public double[] history(int index) {
        double[] out = new double[jxw.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = committed[p * stride + index];
        }
        return out;
    }

    /** @return the rotation of each point (dim x dim, row-major, rows n, s1[, s2]). */
    public double[] rotations() {
        return rot;
    }

    private double[] component(int off) {
        double[] out = new double[jxw.length * dim];
        for (int p = 0; p < jxw.length; p++) {
            System.arraycopy(committed, p * stride + off, out, p * dim, dim);
        }
        return out;
    }
}
