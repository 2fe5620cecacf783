package org.interphase.physics.phasefield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interphase.assembly.Assembler;
import org.interphase.assembly.BlockSparsity;
import org.interphase.assembly.Constraints;
import org.interphase.assembly.DofMap;
import org.interphase.assembly.FieldState;
import org.interphase.core.InputException;
import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.kernels.Parallel;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.Mesh;
import org.interphase.nonlinear.NonlinearProblem;

/**
 * The discrete phase-field system on one mesh in scaled units: the dof map (with periodic slots), the
 * assembler with the model's terms per region, Dirichlet constraints, boundary fluxes, the galvanostatic
 * unknown, and the weights that turn dof vectors into integrals (deposit volume, Faradaic rate). A time
 * step's nonlinear problem is {@link #step}; its residual at the Dirichlet dofs gives boundary currents
 * consistent with the discrete balance (reaction-force style).
 *
 * <p>Fields per node: Allen-Cahn {@code xi}; electrodeposition {@code (xi, c, phi)}.
 */
public final class PhaseFieldSystem {

    /** The two models. */
    public enum Model {
        /** One order parameter (PFHub benchmark 7). */
        ALLEN_CAHN(1),
        /** The coupled (xi, c, phi) model of physics.md section 4. */
        ELECTRODEPOSITION(3);

        private final int fields;

        Model(int fields) {
            this.fields = fields;
        }

        /** @return fields per node. */
        public int fields() {
            return fields;
        }
    }

    /** How the Nernst-Planck flux is discretized. */
    public enum Transport {
        /** Galerkin: (D (grad c + n c grad phi), grad v) at quadrature points; any element order. */
        GALERKIN,
        /** Edge-averaged (Scharfetter-Gummel) fluxes, {@link EdgeAveragedTransport}; linear simplices. */
        EDGE_AVERAGED
    }

    /** Field indices. */
    public static final int XI = 0;
    public static final int CONCENTRATION = 1;
    public static final int POTENTIAL = 2;
    /** The chemical potential, the fourth field of the electrodeposition model with surface diffusion. */
    public static final int CHEMICAL_POTENTIAL = SurfaceDiffusionTerm.MU;

    /** A fixed value of one field on a boundary (scaled). */
    public record Dirichlet(String boundary, int field, double value) {
    }

    /** A prescribed inward flux of one field on a boundary (scaled). */
    public record Flux(String boundary, int field, double inward) {
    }

    /**
     * Galvanostatic control: the potential on {@code boundary} is one unknown, fixed by the Faradaic rate
     * sum_i w_i dxi_i/dt = {@code rate} (scaled n (c_s/c0) d/dt integral(xi)).
     */
    public record Galvanostatic(String boundary, double rate, double initialPotential) {
    }

    /**
     * Everything that defines the system (scaled units).
     *
     * @param model          the model.
     * @param materials      region name to material.
     * @param source         a prescribed source of the Allen-Cahn equation, or null.
     * @param periodic       pairs {source boundary, image boundary}.
     * @param dirichlet      fixed values.
     * @param fluxes         prescribed inward fluxes.
     * @param galvanostatic  galvanostatic control, or null.
     * @param noiseAmplitude Langevin noise amplitude (0: none).
     * @param noiseSeed      its seed.
     * @param lumped         the Allen-Cahn model with a lumped mass ({@link LumpedAllenCahn}).
     * @param surfaceMobility the surface-diffusion mobility M_s (scaled) of {@link SurfaceDiffusionTerm}, which adds
     *                       the chemical potential as a fourth field; NaN: no surface diffusion (three fields).
     * @param transport      the discretization of the Nernst-Planck flux.
     */
    public record Setup(Model model, Map<String, ScaledMaterial> materials, SourceField source,
            List<String[]> periodic, List<Dirichlet> dirichlet, List<Flux> fluxes, Galvanostatic galvanostatic,
            double noiseAmplitude, long noiseSeed, boolean lumped, double surfaceMobility, Transport transport) {

        /** A setup with the Galerkin Nernst-Planck flux. */
        public Setup(Model model, Map<String, ScaledMaterial> materials, SourceField source, List<String[]> periodic,
                List<Dirichlet> dirichlet, List<Flux> fluxes, Galvanostatic galvanostatic, double noiseAmplitude,
                long noiseSeed, boolean lumped, double surfaceMobility) {
            this(model, materials, source, periodic, dirichlet, fluxes, galvanostatic, noiseAmplitude, noiseSeed,
                    lumped, surfaceMobility, Transport.GALERKIN);
        }

        /** A setup without surface diffusion. */
        public Setup(Model model, Map<String, ScaledMaterial> materials, SourceField source, List<String[]> periodic,
                List<Dirichlet> dirichlet, List<Flux> fluxes, Galvanostatic galvanostatic, double noiseAmplitude,
                long noiseSeed, boolean lumped) {
            this(model, materials, source, periodic, dirichlet, fluxes, galvanostatic, noiseAmplitude, noiseSeed,
                    lumped, Double.NaN);
        }

        /** @return whether the chemical potential is a field (surface diffusion on). */
        public boolean surfaceDiffusion() {
            return !Double.isNaN(surfaceMobility);
        }
    }

    private final Mesh mesh;
    private final Setup setup;
    private final int nf;
    private final DofMap dofs;
    private final Assembler asm;
    private final Constraints cons = new Constraints();
    private final double[] volumeWeights;
    private final double[] faradaicWeights;
    private final double[] siteWeights;
    private final double[] prescribedInflow;
    private final int[] electrodeDofs;
    private final Map<String, int[]> dirichletSlots = new LinkedHashMap<>();
    private final LangevinNoise noise;
    private final double[] noiseField;
    private final LumpedAllenCahn lumped;

    /**
     * @param mesh  (Input) the mesh in scaled coordinates.
     * @param setup (Input) model, materials per region name, conditions.
     */
    public PhaseFieldSystem(Mesh mesh, Setup setup) {
        this.mesh = mesh;
        this.setup = setup;
        if (setup.surfaceDiffusion() && setup.model() != Model.ELECTRODEPOSITION) {
            throw new IllegalArgumentException("surface diffusion needs the electrodeposition model");
        }
        boolean edges = setup.model() == Model.ELECTRODEPOSITION && setup.transport() == Transport.EDGE_AVERAGED;
        if (edges && mesh.cellType().order() != 1) {
            throw InputException.of("edge-averaged transport needs linear elements; mesh %s has %s cells: use "
                    + "transport: galerkin, or a linear mesh", mesh.source(), mesh.cellType());
        }
        this.nf = setup.model().fields() + (setup.surfaceDiffusion() ? 1 : 0);
        this.dofs = dofMap(mesh, nf, setup.periodic());
        BlockSparsity sp = BlockSparsity.build(dofs, List.of(mesh.cells()), List.of(mesh.cellType().nodes()));
        this.asm = new Assembler(mesh, dofs, ElementTables.defaultDegree(mesh.cellType()), sp);
        for (Map.Entry<String, Integer> r : mesh.regions().entrySet()) {
            ScaledMaterial m = setup.materials().get(r.getKey());
            if (m == null) {
                throw InputException.of("region '%s' of mesh %s has no material; give it one under materials "
                        + "(regions with materials: %s)", r.getKey(), mesh.source(), setup.materials().keySet());
            }
            if (setup.model() == Model.ALLEN_CAHN) {
                asm.addTerm(new AllenCahnTerm(m.mobility(), m.barrier(), m.gradient(), setup.source()), r.getValue());
            } else {
                asm.addTerm(new PhaseEquationTerm(m, setup.noiseAmplitude()), r.getValue());
                asm.addTerm(new NernstPlanckTerm(m, !edges), r.getValue());
                if (edges) {
                    asm.addCellTerm(new EdgeAveragedTransport(m, nf), r.getValue());
                }
                asm.addTerm(new ChargeConservationTerm(m), r.getValue());
                if (setup.surfaceDiffusion()) {
                    asm.addTerm(new SurfaceDiffusionTerm(m, setup.surfaceMobility()), r.getValue());
                }
            }
        }
        for (String name : setup.materials().keySet()) {
            mesh.regionTag(name);
        }
        for (Flux f : setup.fluxes()) {
            asm.addFacetTerm(new BoundaryFluxTerm(f.field(), f.inward()), mesh.facetGroupTag(f.boundary()));
        }
        for (Dirichlet d : setup.dirichlet()) {
            int[] slots = slots(d.boundary());
            for (int s : slots) {
                cons.set(s * nf + d.field(), d.value());
            }
            if (d.field() == POTENTIAL || setup.model() == Model.ALLEN_CAHN) {
                dirichletSlots.put(d.boundary(), slots);
            }
        }
        Galvanostatic g = setup.galvanostatic();
        if (g != null) {
            int[] slots = slots(g.boundary());
            electrodeDofs = new int[slots.length];
            for (int k = 0; k < slots.length; k++) {
                electrodeDofs[k] = slots[k] * nf + POTENTIAL;
                cons.set(electrodeDofs[k], g.initialPotential());
            }
            dirichletSlots.put(g.boundary(), slots);
        } else {
            electrodeDofs = null;
        }
        volumeWeights = new double[dofs.slots()];
        faradaicWeights = new double[dofs.slots()];
        siteWeights = new double[dofs.slots()];
        weights();
        prescribedInflow = new double[nf];
        for (Flux f : setup.fluxes()) {
            prescribedInflow[f.field()] += f.inward() * new DepositGeometry(mesh, f.boundary()).area();
        }
        if (setup.lumped()) {
            if (setup.model() != Model.ALLEN_CAHN || mesh.cellType().order() != 1 || setup.materials().size() != 1
                    || setup.materials().values().iterator().next().gradient().isAnisotropic()) {
                throw InputException.of("the lumped discretization needs the Allen-Cahn model on linear elements with "
                        + "one isotropic material; use discretization: consistent");
            }
            lumped = new LumpedAllenCahn(asm, volumeWeights, setup.materials().values().iterator().next(),
                    setup.source());
        } else {
            lumped = null;
        }
        if (setup.noiseAmplitude() != 0) {
            noise = new LangevinNoise(setup.noiseSeed());
            noiseField = new double[mesh.nodeCount()];
        } else {
            noise = null;
            noiseField = null;
        }
    }

    private static DofMap dofMap(Mesh mesh, int nf, List<String[]> periodic) {
        if (periodic.isEmpty()) {
            return DofMap.identity(mesh.nodeCount(), nf);
        }
        List<Integer> image = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        for (String[] p : periodic) {
            PeriodicPairs pairs = PeriodicPairs.match(mesh, p[0], p[1]);
            for (int k = 0; k < pairs.image().length; k++) {
                image.add(pairs.image()[k]);
                source.add(pairs.source()[k]);
            }
        }
        return DofMap.periodic(mesh.nodeCount(), nf, image.stream().mapToInt(Integer::intValue).toArray(),
                source.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Inverts a small dense matrix by Gauss-Jordan elimination with partial pivoting; a singular matrix gives
     * the identity (its rows are then left as they are).
     *
     * @param a   (Input) m x m, row-major. Not modified.
     * @param m   (Input) size.
     * @param out (Output) the inverse at [offset, offset + m^2).
     */
    static void invert(double[] a, int m, double[] out, int offset) {
        double[] w = new double[m * 2 * m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(a, i * m, w, i * 2 * m, m);
            w[i * 2 * m + m + i] = 1;
        }
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int i = c + 1; i < m; i++) {
                if (Math.abs(w[i * 2 * m + c]) > Math.abs(w[piv * 2 * m + c])) {
                    piv = i;
                }
            }
            double p = w[piv * 2 * m + c];
            if (!(Math.abs(p) > 0) || !Double.isFinite(p)) {
                for (int i = 0; i < m; i++) {
                    for (int k = 0; k < m; k++) {
                        out[offset + i * m + k] = i == k ? 1 : 0;
                    }
                }
                return;
            }
            for (int k = 0; k < 2 * m; k++) {
                double t = w[c * 2 * m + k];
                w[c * 2 * m + k] = w[piv * 2 * m + k];
                w[piv * 2 * m + k] = t;
            }
            for (int k = 0; k < 2 * m; k++) {
                w[c * 2 * m + k] /= p;
            }
            for (int i = 0; i < m; i++) {
                if (i != c) {
                    double f = w[i * 2 * m + c];
                    for (int k = 0; k < 2 * m; k++) {
                        w[i * 2 * m + k] -= f * w[c * 2 * m + k];
                    }
                }
            }
        }
        for (int i = 0; i < m; i++) {
            System.arraycopy(w, i * 2 * m + m, out, offset + i * m, m);
        }
    }

    /** @return the distinct dof slots of a boundary's nodes, ascending. */
    public int[] slots(String boundary) {
        int[] nodes = mesh.nodesOfGroup(mesh.facetGroupTag(boundary));
        return Arrays.stream(nodes).map(dofs::slot).distinct().sorted().toArray();
    }

    private void weights() {
        CellValues cv = new CellValues(mesh, ElementTables.of(mesh.cellType(),
                ElementTables.defaultDegree(mesh.cellType())));
        Map<Integer, ScaledMaterial> byTag = new LinkedHashMap<>();
        for (Map.Entry<String, ScaledMaterial> e : setup.materials().entrySet()) {
            byTag.put(mesh.regionTag(e.getKey()), e.getValue());
        }
        for (int c = 0; c < mesh.cellCount(); c++) {
            cv.reinit(c);
            ScaledMaterial m = byTag.get(mesh.cellRegions()[c]);
            double site = setup.model() == Model.ELECTRODEPOSITION ? m.siteRatio() : 0;
            double f = site * m.charge();
            for (int q = 0; q < cv.nq(); q++) {
                for (int a = 0; a < cv.n(); a++) {
                    double v = cv.jxw(q) * cv.shape(q, a);
                    int s = dofs.slot(cv.node(a));
                    volumeWeights[s] += v;
                    faradaicWeights[s] += f * v;
                    siteWeights[s] += site * v;
                }
            }
        }
    }

    public Mesh mesh() {
        return mesh;
    }

    public Setup setup() {
        return setup;
    }

    public DofMap dofs() {
        return dofs;
    }

    public Assembler assembler() {
        return asm;
    }

    public Constraints constraints() {
        return cons;
    }

    /** @return the lumped Allen-Cahn operator, or null for the quadrature discretization. */
    public LumpedAllenCahn lumped() {
        return lumped;
    }

    /** @return fields per node. */
    public int fields() {
        return nf;
    }

    /**
     * @param field (Input) a field index.
     * @return whether the field has no time derivative (the potential, the chemical potential): it follows the
     *         others algebraically and is left out of time-error estimates.
     */
    public boolean isAlgebraic(int field) {
        return setup.model() == Model.ELECTRODEPOSITION && (field == POTENTIAL || field == CHEMICAL_POTENTIAL);
    }

    /** @return dofs of the fields (without the galvanostatic unknown). */
    public int dofCount() {
        return dofs.size();
    }

    /** @return unknowns of a step: the fields plus one electrode potential under galvanostatic control. */
    public int size() {
        return dofs.size() + (electrodeDofs != null ? 1 : 0);
    }

    /** @return whether the electrode potential is an unknown. */
    public boolean isGalvanostatic() {
        return electrodeDofs != null;
    }

    /** @return integral of N_i per slot (lumped volumes). Not a copy. */
    public double[] volumeWeights() {
        return volumeWeights;
    }

    /** @return n (c_s/c0) integral of N_i per slot: the Faradaic charge of a unit xi at slot i. Not a copy. */
    public double[] faradaicWeights() {
        return faradaicWeights;
    }

    /** @return (c_s/c0) integral of N_i per slot: the cations bound in a unit xi at slot i. Not a copy. */
    public double[] siteWeights() {
        return siteWeights;
    }

    /** @return the total prescribed inward flux of a field (sum of flux conditions times their measure). */
    public double prescribedInflow(int field) {
        return prescribedInflow[field];
    }

    /** @return boundary name to its dof slots, for boundaries with a fixed or controlled potential. */
    public Map<String, int[]> dirichletSlots() {
        return dirichletSlots;
    }

    /**
     * A state vector (size {@link #size()}) from nodal values, with the Dirichlet values applied.
     *
     * @param nodal (Input) nf values per mesh node. Not modified.
     * @return the state.
     */
    public double[] state(double[] nodal) {
        double[] u = new double[size()];
        for (int i = 0; i < mesh.nodeCount(); i++) {
            for (int c = 0; c < nf; c++) {
                u[dofs.dof(i, c)] = nodal[i * nf + c];
            }
        }
        cons.applyTo(u);
        if (electrodeDofs != null) {
            u[dofs.size()] = setup.galvanostatic().initialPotential();
        }
        return u;
    }

    /**
     * Replaces the potential of a state by the solution of the quasi-static conduction problem
     * div(s(xi) grad phi) = 0 at the state's xi, with the Dirichlet (and electrode) values: the consistent initial
     * potential of the electrodeposition model, whose phi has no time derivative. Solved by CG with AMG.
     *
     * @param u (Input/Output) the state; its potential dofs are overwritten.
     */
    public void consistentPotential(double[] u) {
        if (setup.model() != Model.ELECTRODEPOSITION) {
            return;
        }
        int n = dofs.slots();
        double[] xi = new double[mesh.nodeCount()];
        for (int i = 0; i < xi.length; i++) {
            xi[i] = u[dofs.dof(i, XI)];
        }
        DofMap scalar = dofs.isIdentity() ? DofMap.identity(mesh.nodeCount(), 1) : periodicScalar();
        BlockSparsity sp = BlockSparsity.build(scalar, List.of(mesh.cells()), List.of(mesh.cellType().nodes()));
        Assembler a = new Assembler(mesh, scalar, ElementTables.defaultDegree(mesh.cellType()), sp);
        for (Map.Entry<String, ScaledMaterial> e : setup.materials().entrySet()) {
            ScaledMaterial m = e.getValue();
            a.addTerm(new org.interphase.assembly.Term() {
                @Override
                public void residual(org.interphase.assembly.PointState p, double[] f0, double[] f1) {
                    double s = m.conductivity(p.aux[0]);
                    for (int d = 0; d < p.dim; d++) {
                        f1[d] += s * p.du[d];
                    }
                }

                @Override
                public void jacobian(org.interphase.assembly.PointState p, double[] g0, double[] g1, double[] g2,
                        double[] g3) {
                    double s = m.conductivity(p.aux[0]);
                    for (int d = 0; d < p.dim; d++) {
                        g3[d * p.dim + d] += s;
                    }
                }

                @Override
                public int jacobianBlocks() {
                    return G3;
                }
            }, mesh.regionTag(e.getKey()));
        }
        FieldState st = FieldState.of(new double[n]);
        st.aux = xi;
        st.naux = 1;
        CsrMatrix k = a.newMatrix();
        double[] f = new double[n];
        a.assemble(st, f, k);
        Arrays.fill(f, 0.0);
        Constraints c = new Constraints();
        for (int d : cons.dofs()) {
            if (d % nf == POTENTIAL) {
                c.set(d / nf, u[d]);
            }
        }
        if (c.isEmpty()) {
            return;
        }
        c.eliminate(k, f, 1.0);
        double[] phi = new double[n];
        for (int s = 0; s < n; s++) {
            phi[s] = u[s * nf + POTENTIAL];
        }
        c.applyTo(phi);
        org.interphase.linalg.SolverOptions o = new org.interphase.linalg.SolverOptions();
        o.rtol = 1e-12;
        org.interphase.linalg.LinearSolvers.create(o).solve(k, f, phi);
        for (int s = 0; s < n; s++) {
            u[s * nf + POTENTIAL] = phi[s];
        }
    }

    private DofMap periodicScalar() {
        int[] image = new int[mesh.nodeCount()];
        int[] source = new int[mesh.nodeCount()];
        int m = 0;
        int[] first = new int[dofs.slots()];
        Arrays.fill(first, -1);
        for (int i = 0; i < mesh.nodeCount(); i++) {
            int s = dofs.slot(i);
            if (first[s] < 0) {
                first[s] = i;
            } else {
                image[m] = i;
                source[m] = first[s];
                m++;
            }
        }
        return DofMap.periodic(mesh.nodeCount(), 1, Arrays.copyOf(image, m), Arrays.copyOf(source, m));
    }

    /** @return sum_i w_i u[slot i, field]: the integral of a field with weights w per slot. */
    public double integral(double[] u, int field, double[] w) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * u[i * nf + field];
        }
        return s;
    }

    /**
     * The nonlinear problem of one implicit step with ut = a0 u + a1 uN + a2 uNm1 (backward Euler: a2 = 0).
     *
     * @param a     (Input) the coefficients {a0, a1, a2}.
     * @param uN    (Input) the state at t_n (size {@link #size()}). Kept, not copied.
     * @param uNm1  (Input) the state at t_(n-1), or null when a2 = 0. Kept.
     * @param time  (Input) t_(n+1).
     * @param dt    (Input) t_(n+1) - t_n.
     * @param step  (Input) the step counter (noise draw).
     * @return the problem.
     */
    public Step step(double[] a, double[] uN, double[] uNm1, double time, double dt, long step) {
        return new Step(a, uN, uNm1, time, dt, step);
    }

    /** One step's residual r(u) = 0 and Jacobian, with the bordered galvanostatic row when present. */
    public final class Step implements NonlinearProblem, BorderedSolver.Border {
        private final double a0;
        private final double a1;
        private final double a2;
        private final double[] uN;
        private final double[] uNm1;
        private final FieldState state = new FieldState();
        private final double[] w;
        private final double[] ut;
        private final double[] raw;
        private final double[] column;
        private final double[] row;
        private final double[] nodalSource;
        private double[] blockInverse;
        private double borderScale = 1;
        private boolean hasRaw;

        Step(double[] a, double[] uN, double[] uNm1, double time, double dt, long step) {
            this.a0 = a[0];
            this.a1 = a[1];
            this.a2 = a[2];
            this.uN = uN;
            this.uNm1 = uNm1;
            int n = dofs.size();
            this.w = new double[n];
            this.ut = new double[n];
            this.raw = new double[n];
            state.u = w;
            state.ut = ut;
            state.shift = a0;
            state.time = time;
            state.dt = dt;
            if (noise != null) {
                noise.fill(dofs, step, noiseField);
                state.aux = noiseField;
                state.naux = 1;
            }
            nodalSource = lumped != null ? lumped.nodalSource(time) : null;
            if (electrodeDofs != null) {
                column = new double[n];
                row = new double[n];
                for (int s = 0; s < faradaicWeights.length; s++) {
                    row[s * nf + XI] = a0 * faradaicWeights[s];
                }
            } else {
                column = null;
                row = null;
            }
        }

        @Override
        public int size() {
            return PhaseFieldSystem.this.size();
        }

        @Override
        public CsrMatrix newJacobian() {
            return asm.newMatrix();
        }

        @Override
        public void evaluate(double[] u, double[] r, CsrMatrix j) {
            int n = dofs.size();
            System.arraycopy(u, 0, w, 0, n);
            if (electrodeDofs != null) {
                for (int d : electrodeDofs) {
                    w[d] = u[n];
                }
            }
            Parallel.forRange(n, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    ut[i] = a0 * w[i] + a1 * uN[i] + (a2 != 0 ? a2 * uNm1[i] : 0);
                }
            });
            if (lumped != null) {
                lumped.evaluate(w, ut, a0, nodalSource, raw, r, j);
            } else {
                asm.assemble(state, r, j);
            }
            if (j != null) {
                System.arraycopy(r, 0, raw, 0, n);
                hasRaw = true;
            }
            if (electrodeDofs != null) {
                if (j != null) {
                    double[] ind = new double[n];
                    for (int d : electrodeDofs) {
                        ind[d] = 1;
                    }
                    j.multiply(ind, column);
                    for (int d : cons.dofs()) {
                        column[d] = 0;
                    }
                }
                r[n] = faradaicRate() - setup.galvanostatic().rate();
            }
            cons.homogenize(j, r);
            if (setup.model() == Model.ELECTRODEPOSITION) {
                equilibrate(r, j);
            }
        }

        /**
         * Left-multiplies the system by the inverse of its node-diagonal blocks (the nf x nf couplings of the fields
         * at one node), taken at the step's first Jacobian and kept for the step, so residual norms compare within
         * Newton's line search. This removes the node-local couplings (the Butler-Volmer derivatives tie xi to c and
         * phi at the same node, by orders of magnitude at large overpotentials) and the scale differences between
         * the equations (metal conductivity, fast diffusion), which would otherwise let a few rows decide
         * convergence and defeat the field-split preconditioner ("alternate block factorization", Bank, Chan,
         * Coughran and Smith, Numer. Math. 56 (1989) 647).
         */
        private void equilibrate(double[] r, CsrMatrix j) {
            int n = dofs.size();
            int nodes = n / nf;
            if (blockInverse == null) {
                blockInverse = new double[nodes * nf * nf];
                double[] b = new double[nf * nf];
                for (int k = 0; k < nodes; k++) {
                    for (int f = 0; f < nf; f++) {
                        for (int g = 0; g < nf; g++) {
                            b[f * nf + g] = j.get(k * nf + f, k * nf + g);
                        }
                    }
                    invert(b, nf, blockInverse, k * nf * nf);
                }
                if (row != null) {
                    double m = 0;
                    for (double v : row) {
                        m = Math.max(m, Math.abs(v));
                    }
                    borderScale = m > 0 ? 1 / m : 1;
                    for (int i = 0; i < n; i++) {
                        row[i] *= borderScale;
                    }
                }
            }
            applyBlocks(r);
            if (row != null) {
                r[n] *= borderScale;
            }
            if (j != null) {
                int[] rp = j.rowPtr();
                double[] v = j.values();
                Parallel.forRange(nodes, (lo, hi) -> {
                    double[] t = new double[nf];
                    for (int k = lo; k < hi; k++) {
                        int len = rp[k * nf + 1] - rp[k * nf];
                        for (int q = 0; q < len; q++) {
                            for (int f = 0; f < nf; f++) {
                                double s = 0;
                                for (int g = 0; g < nf; g++) {
                                    s += blockInverse[(k * nf + f) * nf + g] * v[rp[k * nf + g] + q];
                                }
                                t[f] = s;
                            }
                            for (int f = 0; f < nf; f++) {
                                v[rp[k * nf + f] + q] = t[f];
                            }
                        }
                    }
                });
                if (column != null) {
                    applyBlocks(column);
                }
            }
        }

        private void applyBlocks(double[] x) {
            int nodes = dofs.size() / nf;
            double[] t = new double[nf];
            for (int k = 0; k < nodes; k++) {
                for (int f = 0; f < nf; f++) {
                    double s = 0;
                    for (int g = 0; g < nf; g++) {
                        s += blockInverse[(k * nf + f) * nf + g] * x[k * nf + g];
                    }
                    t[f] = s;
                }
                System.arraycopy(t, 0, x, k * nf, nf);
            }
        }

        /**
         * The residual before constraints at a given state (boundary fluxes at Dirichlet dofs), without a Jacobian:
         * how an explicit stepper gets boundary currents consistent with this discretization.
         *
         * @param u (Input) the state. Not modified.
         * @return the residual. Not a copy; {@link #timeDerivative} holds the matching ut.
         */
        public double[] unconstrainedResidual(double[] u) {
            int n = dofs.size();
            System.arraycopy(u, 0, w, 0, n);
            for (int i = 0; i < n; i++) {
                ut[i] = a0 * w[i] + a1 * uN[i] + (a2 != 0 ? a2 * uNm1[i] : 0);
            }
            if (lumped != null) {
                lumped.evaluate(w, ut, a0, nodalSource, new double[n], raw, null);
            } else {
                asm.assemble(state, raw, null);
            }
            hasRaw = true;
            return raw;
        }

        /** @return sum_i w_i dxi_i/dt at the last evaluated state (scaled Faradaic rate). */
        public double faradaicRate() {
            return integral(ut, XI, faradaicWeights);
        }

        /** @return the time derivative at the last evaluated state. Not a copy. */
        public double[] timeDerivative() {
            return ut;
        }

        /**
         * @return the residual before constraints at the last Jacobian evaluation (the converged state after a
         *         converged Newton solve); at Dirichlet dofs it is the inward boundary flux. Not a copy.
         */
        public double[] rawResidual() {
            if (!hasRaw) {
                throw new IllegalStateException("no Jacobian evaluation yet");
            }
            return raw;
        }

        /** @return the state with the electrode potential written into its dofs. Not a copy. */
        public double[] fields() {
            return w;
        }

        @Override
        public double[] column() {
            return column;
        }

        @Override
        public double[] row() {
            return row;
        }

        @Override
        public double corner() {
            return 0;
        }
    }
}
