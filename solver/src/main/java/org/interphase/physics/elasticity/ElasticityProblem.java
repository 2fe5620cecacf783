package org.interphase.physics.elasticity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interphase.assembly.Assembler;
import org.interphase.assembly.Constraints;
import org.interphase.assembly.FieldState;
import org.interphase.assembly.KernelAssembler;
import org.interphase.core.InputException;
import org.interphase.core.SolverException;
import org.interphase.fe.FacetCells;
import org.interphase.fe.FacetValues;
import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.PcgOptions;
import org.interphase.kernels.PcgResult;
import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.LinearSolver;
import org.interphase.linalg.LinearSolvers;
import org.interphase.linalg.SolveStats;
import org.interphase.linalg.SolverOptions;
import org.interphase.mesh.Mesh;

/**
 * Small-strain linear elasticity with eigenstrain on one mesh (physics.md section 2): region-wise
 * isotropic materials, body force, displacement (by component), symmetry, traction and pressure
 * boundary conditions. {@link #solve} assembles, eliminates the constraints symmetrically, solves with
 * the configured linear solver (AMG-preconditioned CG with rigid-body modes by default) and recovers
 * stresses and boundary reactions.
 */
public final class ElasticityProblem {

    private final Mesh mesh;
    private final ElasticModel model;
    private final Map<Integer, ElasticityTerm> materials = new LinkedHashMap<>();
    private final List<Object[]> displacements = new ArrayList<>();
    private final List<String> symmetries = new ArrayList<>();
    private final Map<String, List<LoadTerm>> facetLoads = new LinkedHashMap<>();
    private VectorField bodyForce;
    private double[] aux;
    private int naux;

    public ElasticityProblem(Mesh mesh, ElasticModel model) {
        if (model.dim() != mesh.dim()) {
            throw InputException.of("elastic model %s needs a %dD mesh, but mesh %s is %dD", model.key(), model.dim(),
                    mesh.source(), mesh.dim());
        }
        this.mesh = mesh;
        this.model = model;
    }

    public Mesh mesh() {
        return mesh;
    }

    public ElasticModel model() {
        return model;
    }

    /** Sets the material (and eigenstrain, may be null) of a region. */
    public ElasticityProblem material(String region, IsotropicElasticLaw law, Eigenstrain eigenstrain) {
        materials.put(mesh.regionTag(region), new ElasticityTerm(law, eigenstrain));
        return this;
    }

    /** Sets the body force density (N/m^3). */
    public ElasticityProblem bodyForce(VectorField b) {
        this.bodyForce = b;
        return this;
    }

    /** Prescribes displacement component {@code component} (0 = x) on a boundary. */
    public ElasticityProblem displacement(String boundary, int component, ScalarField value) {
        int tag = mesh.facetGroupTag(boundary);
        if (component < 0 || component >= mesh.dim()) {
            throw InputException.of("displacement component %d does not exist in %dD", component, mesh.dim());
        }
        displacements.add(new Object[] {tag, component, value, boundary});
        return this;
    }

    /** Zero normal displacement on a flat boundary aligned with a coordinate plane. */
    public ElasticityProblem symmetry(String boundary) {
        mesh.facetGroupTag(boundary);
        symmetries.add(boundary);
        return this;
    }

    /** A traction (Pa) on a boundary. */
    public ElasticityProblem traction(String boundary, VectorField t) {
        mesh.facetGroupTag(boundary);
        facetLoads.computeIfAbsent(boundary, k -> new ArrayList<>()).add(LoadTerm.of(t));
        return this;
    }

    /** A pressure (Pa, positive pushes into the body) on a boundary. */
    public ElasticityProblem pressure(String boundary, double p) {
        mesh.facetGroupTag(boundary);
        facetLoads.computeIfAbsent(boundary, k -> new ArrayList<>()).add(LoadTerm.pressure(p));
        return this;
    }

    /** Auxiliary nodal field (naux per node) that eigenstrains read through PointState.aux. */
    public ElasticityProblem auxiliary(double[] values, int perNode) {
        this.aux = values;
        this.naux = perNode;
        return this;
    }

    /** @return the elasticity term of each region tag. */
    public Map<Integer, ElasticityTerm> materials() {
        return materials;
    }

    /** @return an assembler with every term of this problem. */
    public Assembler assembler() {
        for (Map.Entry<String, Integer> r : mesh.regions().entrySet()) {
            if (!materials.containsKey(r.getValue())) {
                throw InputException.of("region '%s' of mesh %s has no material: give it E and nu under materials",
                        r.getKey(), mesh.source());
            }
        }
        Assembler asm = Assembler.of(mesh, mesh.dim());
        for (Map.Entry<Integer, ElasticityTerm> m : materials.entrySet()) {
            asm.addTerm(m.getValue(), m.getKey());
        }
        if (bodyForce != null) {
            asm.addTerm(LoadTerm.of(bodyForce));
        }
        for (Map.Entry<String, List<LoadTerm>> e : facetLoads.entrySet()) {
            int tag = mesh.facetGroupTag(e.getKey());
            for (LoadTerm t : e.getValue()) {
                asm.addFacetTerm(t, tag);
            }
        }
        return asm;
    }

    /** @return the Dirichlet constraints of this problem on the assembler's dofs. */
    public Constraints constraints(Assembler asm) {
        Constraints cons = new Constraints();
        int dim = mesh.dim();
        double[] x = new double[dim];
        for (String b : symmetries) {
            int axis = symmetryAxis(mesh, asm.facetCells(), b);
            for (int node : mesh.nodesOfGroup(mesh.facetGroupTag(b))) {
                cons.set(asm.dofs().dof(node, axis), 0.0);
            }
        }
        for (Object[] d : displacements) {
            int tag = (Integer) d[0];
            int comp = (Integer) d[1];
            ScalarField f = (ScalarField) d[2];
            for (int node : mesh.nodesOfGroup(tag)) {
                for (int k = 0; k < dim; k++) {
                    x[k] = mesh.x(node, k);
                }
                cons.set(asm.dofs().dof(node, comp), f.at(x));
            }
        }
        return cons;
    }

    /**
     * @param mesh     (Input) the mesh.
     * @param cells    (Input) the cells beside its tagged facets.
     * @param boundary (Input) a facet group.
     * @return the axis (0 = x) a flat boundary is normal to.
     * @throws InputException when the boundary is not flat and normal to x, y or z.
     */
    public static int symmetryAxis(Mesh mesh, FacetCells cells, String boundary) {
        int tag = mesh.facetGroupTag(boundary);
        FacetValues fv = new FacetValues(mesh, cells, 1);
        int axis = -1;
        for (int f : mesh.facetsOfGroup(tag)) {
            fv.reinit(f);
            for (int q = 0; q < fv.nq(); q++) {
                int best = 0;
                for (int d = 1; d < mesh.dim(); d++) {
                    if (Math.abs(fv.normal(q, d)) > Math.abs(fv.normal(q, best))) {
                        best = d;
                    }
                }
                if (Math.abs(fv.normal(q, best)) < 1 - 1e-8 || (axis >= 0 && axis != best)) {
                    throw InputException.of("symmetry boundary '%s' is not a flat face normal to x, y or z (facet %d); "
                            + "use displacement conditions instead", boundary, f);
                }
                axis = best;
            }
        }
        return axis;
    }

    /** Assembles and solves on the cpu device. */
    public ElasticitySolution solve(SolverOptions options) {
        try (CpuDevice cpu = new CpuDevice()) {
            return solve(options, cpu);
        }
    }

    /**
     * Assembles and solves. The stiffness matrix is assembled by the device's elasticity kernel (Java twin
     * or OpenCL), and so are the cell loads when they are constant on each cell (a constant body force,
     * constant symmetric eigenstrains per region); boundary loads, position-dependent cell loads and the
     * reactions by the generic pointwise assembler. With method cg and preconditioner jacobi on an OpenCL
     * device the solve runs on the device (data resident, only scalars read back); otherwise on the host
     * with the configured solver.
     *
     * @param options (Input) linear solver options (rigid-body modes are added for AMG).
     * @param device  (Input) the compute device; not closed.
     * @return the solution with derived fields.
     */
    public ElasticitySolution solve(SolverOptions options, Device device) {
        long t0 = System.nanoTime();
        Assembler asm = assembler();
        Constraints cons = constraints(asm);
        int n = asm.dofs().size();
        double[] u = new double[n];
        FieldState state = FieldState.of(u);
        state.aux = aux;
        state.naux = naux;
        CsrMatrix k = asm.newMatrix();
        double[] lambda = new double[mesh.cellCount()];
        double[] mu = new double[mesh.cellCount()];
        for (int c = 0; c < mesh.cellCount(); c++) {
            IsotropicElasticLaw law = materials.get(mesh.cellRegions()[c]).law();
            lambda[c] = law.lambdaEffective();
            mu[c] = law.mu();
        }
        double[] f = new double[n];
        boolean cellLoads = cellLoadsAreCellwiseConstant();
        try (KernelAssembler ka = new KernelAssembler(device, mesh, asm.sparsity(), asm.dofs())) {
            ka.elasticity(lambda, mu, k);
            if (cellLoads) {
                ka.elasticLoads(lambda, mu, cellBodyForce(), cellEigenstrains(), f);
            }
        }
        double[] r = new double[n];
        if (cellLoads) {
            asm.assembleFacets(state, r);
        } else {
            asm.assemble(state, r, null);
        }
        double assembleSeconds = (System.nanoTime() - t0) * 1e-9;
        for (int i = 0; i < n; i++) {
            f[i] -= r[i];
        }
        cons.eliminate(k, f, 1.0);
        cons.applyTo(u);
        SolverOptions o = options.copy();
        o.blockSize = mesh.dim();
        if (o.nearNullSpace == null) {
            o.nearNullSpace = RigidBodyModes.of(mesh, asm.dofs());
        }
        SolveStats stats;
        if (!(device instanceof CpuDevice) && o.method.equals("cg") && o.preconditioner.equals("jacobi")) {
            stats = devicePcg(device, k, f, u, o);
        } else {
            LinearSolver solver = LinearSolvers.create(o);
            stats = solver.solve(k, f, u);
        }
        cons.applyTo(u);
        org.interphase.core.Checks.finite(u, "the displacement solution");
        double[] res = new double[n];
        asm.assemble(state, res, null);
        Map<String, double[]> reactions = new LinkedHashMap<>();
        Map<String, Integer> constrained = new HashMap<>();
        for (Object[] d : displacements) {
            constrained.put((String) d[3], (Integer) d[0]);
        }
        for (String s : symmetries) {
            constrained.put(s, mesh.facetGroupTag(s));
        }
        for (Map.Entry<String, Integer> e : constrained.entrySet()) {
            double[] rf = new double[mesh.dim()];
            for (int node : mesh.nodesOfGroup(e.getValue())) {
                for (int c = 0; c < mesh.dim(); c++) {
                    rf[c] += res[asm.dofs().dof(node, c)];
                }
            }
            reactions.put(e.getKey(), rf);
        }
        StressRecovery stress = StressRecovery.of(mesh, asm.dofs(), u, materials, aux, naux);
        return new ElasticitySolution(mesh, asm.dofs(), u, stats, stress, reactions, assembleSeconds, k.nnz());
    }

    /** @return whether the body force and every eigenstrain are absent or constant (symmetric eigenstrains). */
    private boolean cellLoadsAreCellwiseConstant() {
        if (bodyForce != null && !(bodyForce instanceof VectorField.Constant)) {
            return false;
        }
        for (ElasticityTerm t : materials.values()) {
            if (t.eigenstrain() != null && !(t.eigenstrain() instanceof Eigenstrain.Constant c
                    && c.eig9()[1] == c.eig9()[3] && c.eig9()[2] == c.eig9()[6] && c.eig9()[5] == c.eig9()[7])) {
                return false;
            }
        }
        return true;
    }

    /** @return the constant body force copied to every cell (dim per cell), or null without one. */
    private double[] cellBodyForce() {
        if (bodyForce == null) {
            return null;
        }
        int dim = mesh.dim();
        double[] b = new double[dim * mesh.cellCount()];
        double[] v = ((VectorField.Constant) bodyForce).v();
        for (int c = 0; c < mesh.cellCount(); c++) {
            System.arraycopy(v, 0, b, c * dim, dim);
        }
        return b;
    }

    /**
     * @return per-cell eigenstrains in the kernels' Voigt order [xx, yy, zz, yz, xz, xy] (zz = 0 in plane
     *         stress, where it does not load the plane), or null when no region has one.
     */
    private double[] cellEigenstrains() {
        if (materials.values().stream().allMatch(t -> t.eigenstrain() == null)) {
            return null;
        }
        double[] eps = new double[6 * mesh.cellCount()];
        boolean zz = model != ElasticModel.PLANE_STRESS;
        for (int c = 0; c < mesh.cellCount(); c++) {
            Eigenstrain e = materials.get(mesh.cellRegions()[c]).eigenstrain();
            if (e != null) {
                double[] t = ((Eigenstrain.Constant) e).eig9();
                double[] voigt = {t[0], t[4], zz ? t[8] : 0.0, t[5], t[2], t[1]};
                System.arraycopy(voigt, 0, eps, 6 * c, 6);
            }
        }
        return eps;
    }

    private static SolveStats devicePcg(Device device, CsrMatrix k, double[] f, double[] u, SolverOptions o) {
        long t0 = System.nanoTime();
        try (DeviceCsr a = device.csr(k.rows(), k.cols(), k.rowPtr(), k.colIndex(), k.values());
                DeviceVector b = device.vector(f);
                DeviceVector x = device.vector(u)) {
            PcgOptions po = PcgOptions.of(o.rtol, o.maxIterations);
            po.atol = o.atol;
            PcgResult res = device.pcg(a, b, x, po);
            if (!res.converged()) {
                throw SolverException.of("device PCG (Jacobi) on %s stopped with %s after %d iterations at residual "
                        + "%.3e (initial %.3e); use the host solver (preconditioner: amg) or raise max_iterations",
                        device.name(), res.status(), res.iterations(), res.finalResidual(), res.initialResidual());
            }
            x.download(u);
            double secs = (System.nanoTime() - t0) * 1e-9;
            return new SolveStats("pcg+jacobi@" + device.name(), res.iterations(), res.initialResidual(),
                    res.finalResidual(), 0.0, secs);
        }
    }
}
