package org.interphase.physics.czm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interphase.assembly.Assembler;
import org.interphase.assembly.BlockSparsity;
import org.interphase.assembly.Constraints;
import org.interphase.assembly.DofMap;
import org.interphase.assembly.FieldState;
import org.interphase.core.InputException;
import org.interphase.fe.ElementTables;
import org.interphase.kernels.Parallel;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.Mesh;
import org.interphase.physics.elasticity.ElasticModel;
import org.interphase.physics.elasticity.ElasticityProblem;
import org.interphase.physics.elasticity.ElasticityTerm;
import org.interphase.physics.elasticity.IsotropicElasticLaw;
import org.interphase.physics.elasticity.LoadTerm;
import org.interphase.physics.elasticity.VectorField;
import org.interphase.time.StateSnapshot;

/**
 * Small-strain elasticity in the bulk regions plus cohesive interfaces (physics.md sections 2, 3):
 * configure in SI (materials, interfaces with their laws, displacement, traction and pressure conditions,
 * gap pressures), then {@link #setup} inserts the interface elements, scales the problem
 * ({@link Scaling}) and builds the assembly. Every load is either fixed or controlled: controlled
 * Dirichlet values and forces are multiplied by the load factor lambda, the pseudo-time of the load
 * stepping. The residual at (u, lambda) is
 *
 * <pre>
 *   r(u) = f_bulk(u) + f_cohesive(u) - f_fixed - lambda f_controlled,   u_D = g_fixed + lambda g_controlled
 * </pre>
 *
 * For coupling, a caller may prescribe the displacement of any node (e.g. the substrate side of an
 * interface, {@link #prescribe}) and read the interface tractions back per node
 * ({@link CohesiveOutput#nodalTractions}).
 */
public final class CohesiveProblem {

    private record InterfaceInput(InterfaceInsertion.Spec spec, TractionLaw law,
            CohesiveInterface.Integration integration, List<Box> debonded) {
    }

    private record Dirichlet(String boundary, int component, double value, boolean controlled) {
    }

    private record Load(String boundary, double[] traction, double pressure, boolean controlled) {
    }

    private record GapPressure(String iface, Box zone, double value, boolean controlled) {
    }

    private final Mesh input;
    private final ElasticModel model;
    private final Scaling scaling;
    private final Map<String, double[]> materials = new LinkedHashMap<>();
    private final List<InterfaceInput> interfaceInputs = new ArrayList<>();
    private final List<Dirichlet> dirichlet = new ArrayList<>();
    private final List<String> symmetries = new ArrayList<>();
    private final List<Load> loads = new ArrayList<>();
    private final List<GapPressure> gapPressures = new ArrayList<>();
    private final TreeMap<Integer, Double> prescribed = new TreeMap<>();

    private Mesh mesh;
    private Mesh scaled;
    private int[] parent;
    private DofMap dofs;
    private BlockSparsity sparsity;
    private Assembler bulk;
    private final Map<Integer, ElasticityTerm> terms = new LinkedHashMap<>();
    private final List<CohesiveInterface> interfaces = new ArrayList<>();
    private Constraints constraints;
    private int[] cDofs;
    private double[] cFixed;
    private double[] cControlled;
    private double[] fFixed;
    private double[] fControlled;
    private double[] pattern;
    private CsrMatrix stiffness;

    /**
     * @param mesh    (Input) the mesh in SI coordinates, before insertion.
     * @param model   (Input) plane strain, plane stress or 3D.
     * @param scaling (Input) the solution units.
     */
    public CohesiveProblem(Mesh mesh, ElasticModel model, Scaling scaling) {
        if (model.dim() != mesh.dim()) {
            throw InputException.of("elastic model %s needs a %dD mesh, but mesh %s is %dD", model.key(), model.dim(),
                    mesh.source(), mesh.dim());
        }
        this.input = mesh;
        this.model = model;
        this.scaling = scaling;
    }

    /** Sets the isotropic material (E in Pa) of a region. */
    public CohesiveProblem material(String region, double e, double nu) {
        input.regionTag(region);
        new IsotropicElasticLaw(e, nu, model);
        materials.put(region, new double[] {e, nu});
        return this;
    }

    /** Adds an interface with its law (SI) and its initially separated zones (SI). */
    public CohesiveProblem addInterface(InterfaceInsertion.Spec spec, TractionLaw law,
            CohesiveInterface.Integration integration, List<Box> debonded) {
        interfaceInputs.add(new InterfaceInput(spec, law, integration, debonded));
        return this;
    }

    /** A pressure (Pa) in the gap of an interface over a zone (SI), pushing its sides apart. */
    public CohesiveProblem gapPressure(String iface, Box zone, double value, boolean controlled) {
        gapPressures.add(new GapPressure(iface, zone, value, controlled));
        return this;
    }

    /** Prescribes displacement component {@code component} (m) on a boundary. */
    public CohesiveProblem displacement(String boundary, int component, double value, boolean controlled) {
        input.facetGroupTag(boundary);
        dirichlet.add(new Dirichlet(boundary, component, value, controlled));
        return this;
    }

    /** Zero normal displacement on a flat boundary normal to a coordinate axis. */
    public CohesiveProblem symmetry(String boundary) {
        input.facetGroupTag(boundary);
        symmetries.add(boundary);
        return this;
    }

    /** A traction (Pa) on a boundary. */
    public CohesiveProblem traction(String boundary, double[] t, boolean controlled) {
        input.facetGroupTag(boundary);
        loads.add(new Load(boundary, t.clone(), 0, controlled));
        return this;
    }

    /** A pressure (Pa, pushing into the body) on a boundary. */
    public CohesiveProblem pressure(String boundary, double p, boolean controlled) {
        input.facetGroupTag(boundary);
        loads.add(new Load(boundary, null, p, controlled));
        return this;
    }

    /** Inserts the interfaces and builds the scaled assembly; idempotent. */
    public CohesiveProblem setup() {
        if (mesh != null) {
            return this;
        }
        List<InterfaceInsertion.Spec> specs = new ArrayList<>();
        for (InterfaceInput ii : interfaceInputs) {
            specs.add(ii.spec());
        }
        InterfaceInsertion.Result split = InterfaceInsertion.insert(input, specs);
        mesh = split.mesh();
        parent = split.parent();
        double l0 = scaling.length();
        double[] x = mesh.coords().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] /= l0;
        }
        scaled = new Mesh(mesh.source(), mesh.dim(), x, mesh.cellType(), mesh.cells(), mesh.cellRegions(),
                mesh.regions(), mesh.facets(), mesh.facetTags(), mesh.facetGroups());
        int dim = mesh.dim();
        dofs = DofMap.identity(mesh.nodeCount(), dim);
        List<int[]> conn = new ArrayList<>();
        List<Integer> per = new ArrayList<>();
        conn.add(mesh.cells());
        per.add(mesh.cellType().nodes());
        for (int i = 0; i < specs.size(); i++) {
            InterfaceInput ii = interfaceInputs.get(i);
            InterfaceFacets f = split.interfaces().get(i);
            List<Box> boxes = new ArrayList<>();
            for (Box b : ii.debonded()) {
                boxes.add(b.scaled(l0));
            }
            CohesiveInterface ci = new CohesiveInterface(scaled, f, ii.law().scaled(l0, scaling.stress()),
                    ii.integration(), boxes.toArray(new Box[0]));
            interfaces.add(ci);
            conn.add(f.connectivity());
            per.add(2 * f.nodesPerSide());
        }
        sparsity = BlockSparsity.build(dofs, conn, per);
        for (CohesiveInterface ci : interfaces) {
            ci.bind(dofs, sparsity);
        }
        bulk = new Assembler(scaled, dofs, ElementTables.defaultDegree(mesh.cellType()), sparsity);
        for (Map.Entry<String, Integer> r : mesh.regions().entrySet()) {
            double[] em = materials.get(r.getKey());
            if (em == null) {
                throw InputException.of("region '%s' of mesh %s has no material: give it E and nu under materials",
                        r.getKey(), mesh.source());
            }
            ElasticityTerm t = new ElasticityTerm(new IsotropicElasticLaw(em[0] / scaling.stress(), em[1], model),
                    null);
            terms.put(r.getValue(), t);
            bulk.addTerm(t, r.getValue());
        }
        int n = dofs.size();
        stiffness = sparsity.newMatrix();
        bulk.assemble(FieldState.of(new double[n]), null, stiffness);
        fFixed = new double[n];
        fControlled = new double[n];
        Assembler loadAsm = new Assembler(scaled, dofs, ElementTables.defaultDegree(mesh.cellType()), sparsity);
        boolean any = false;
        for (Load l : loads) {
            if (!l.controlled()) {
                any = true;
                loadAsm.addFacetTerm(loadTerm(l), mesh.facetGroupTag(l.boundary()));
            }
        }
        if (any) {
            loadAsm.assemble(FieldState.of(new double[n]), fFixed, null);
            negate(fFixed);
        }
        loadAsm = new Assembler(scaled, dofs, ElementTables.defaultDegree(mesh.cellType()), sparsity);
        any = false;
        for (Load l : loads) {
            if (l.controlled()) {
                any = true;
                loadAsm.addFacetTerm(loadTerm(l), mesh.facetGroupTag(l.boundary()));
            }
        }
        if (any) {
            loadAsm.assemble(FieldState.of(new double[n]), fControlled, null);
            negate(fControlled);
        }
        for (GapPressure g : gapPressures) {
            interfaceNamed(g.iface()).addGapPressureForces(g.zone().scaled(l0), g.value() / scaling.stress(), dofs,
                    g.controlled() ? fControlled : fFixed);
        }
        buildConstraints();
        return this;
    }

    private LoadTerm loadTerm(Load l) {
        double s = scaling.stress();
        if (l.traction() == null) {
            return LoadTerm.pressure(l.pressure() / s);
        }
        double[] t = l.traction().clone();
        for (int d = 0; d < t.length; d++) {
            t[d] /= s;
        }
        return LoadTerm.of(VectorField.constant(t));
    }

    private static void negate(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
    }

    private void buildConstraints() {
        TreeMap<Integer, double[]> values = new TreeMap<>();
        int dim = mesh.dim();
        for (String b : symmetries) {
            int axis = ElasticityProblem.symmetryAxis(mesh, bulk.facetCells(), b);
            for (int node : mesh.nodesOfGroup(mesh.facetGroupTag(b))) {
                values.put(dofs.dof(node, axis), new double[] {0, 0});
            }
        }
        for (Dirichlet d : dirichlet) {
            if (d.component() >= dim) {
                throw InputException.of("displacement component %d does not exist in %dD", d.component(), dim);
            }
            double v = d.value() / scaling.length();
            for (int node : mesh.nodesOfGroup(mesh.facetGroupTag(d.boundary()))) {
                values.put(dofs.dof(node, d.component()), d.controlled() ? new double[] {0, v} : new double[] {v, 0});
            }
        }
        for (Map.Entry<Integer, Double> p : prescribed.entrySet()) {
            values.put(p.getKey(), new double[] {p.getValue() / scaling.length(), 0});
        }
        constraints = new Constraints();
        cDofs = new int[values.size()];
        cFixed = new double[values.size()];
        cControlled = new double[values.size()];
        pattern = new double[dofs.size()];
        int k = 0;
        for (Map.Entry<Integer, double[]> e : values.entrySet()) {
            constraints.set(e.getKey(), 0.0);
            cDofs[k] = e.getKey();
            cFixed[k] = e.getValue()[0];
            cControlled[k] = e.getValue()[1];
            pattern[e.getKey()] = e.getValue()[1];
            k++;
        }
    }

    /**
     * Prescribes (fixes, not controlled) the displacement of one node of the split mesh, replacing any
     * earlier condition on that dof: the coupling hook that moves the substrate side of an interface.
     *
     * @param node      (Input) node of {@link #mesh()}.
     * @param component (Input) 0 = x.
     * @param value     (Input) displacement, m.
     */
    public void prescribe(int node, int component, double value) {
        setup();
        prescribed.put(dofs.dof(node, component), value);
        buildConstraints();
    }

    /** Drops every displacement set by {@link #prescribe}. */
    public void clearPrescribed() {
        setup();
        prescribed.clear();
        buildConstraints();
    }

    /**
     * Sets the constrained dofs of u to their values at a load factor.
     *
     * @param u      (Input/Output) scaled displacements.
     * @param lambda (Input) the load factor.
     */
    public void applyConstraints(double[] u, double lambda) {
        for (int k = 0; k < cDofs.length; k++) {
            u[cDofs[k]] = cFixed[k] + lambda * cControlled[k];
        }
    }

    /**
     * The residual and Jacobian at (u, lambda), constrained rows and columns homogenized (for Newton from an
     * iterate that satisfies the constraints). Writes the interfaces' trial state.
     *
     * @param u      (Input) scaled displacements. Not modified.
     * @param lambda (Input) load factor.
     * @param dt     (Input) pseudo-time step (viscous regularization).
     * @param r      (Output) residual.
     * @param j      (Output) Jacobian, or null.
     */
    public void evaluate(double[] u, double lambda, double dt, double[] r, CsrMatrix j) {
        internalForce(u, dt, r, j);
        for (int i = 0; i < r.length; i++) {
            r[i] -= fFixed[i] + lambda * fControlled[i];
        }
        constraints.homogenize(j, r);
    }

    /**
     * The full internal force vector (bulk plus interfaces, no loads, nothing homogenized): at an
     * equilibrium it equals the external forces, reactions included. The bulk is linear, so its stiffness
     * is assembled once at {@link #setup} and its forces are K u. Writes the interfaces' trial state.
     *
     * @param u  (Input) scaled displacements. Not modified.
     * @param dt (Input) pseudo-time step.
     * @param f  (Output) internal forces.
     * @param j  (Output) the full tangent, or null.
     */
    public void internalForce(double[] u, double dt, double[] f, CsrMatrix j) {
        bulkForce(u, f);
        if (j != null) {
            System.arraycopy(stiffness.values(), 0, j.values(), 0, stiffness.nnz());
        }
        for (CohesiveInterface ci : interfaces) {
            ci.assemble(dofs, u, dt, f, j, sparsity);
        }
    }

    /**
     * f = K u for the bulk, summed per row as K_ij (u_j - u_i) component by component: K annihilates rigid
     * translations, so this equals K u, but its round-off scales with the displacement differences
     * between neighbours instead of the displacements. A stiff body translated far (the C1 blocks:
     * E = 1e12 on an interface of K = 100) would otherwise carry round-off forces as large as the interface
     * tractions.
     */
    private void bulkForce(double[] u, double[] f) {
        int dim = mesh.dim();
        int[] rp = stiffness.rowPtr();
        int[] col = stiffness.colIndex();
        double[] v = stiffness.values();
        Parallel.forRange(u.length, (lo, hi) -> {
            for (int r = lo; r < hi; r++) {
                int base = (r / dim) * dim;
                double sum = 0;
                for (int k = rp[r]; k < rp[r + 1]; k++) {
                    sum += v[k] * (u[col[k]] - u[base + col[k] % dim]);
                }
                f[r] = sum;
            }
        });
    }

    /** @return the bulk strain energy 1/2 u . f_bulk(u) (scaled units). */
    public double bulkEnergy(double[] u) {
        double[] f = new double[u.length];
        bulkForce(u, f);
        double e = 0;
        for (int i = 0; i < u.length; i++) {
            e += 0.5 * u[i] * f[i];
        }
        return e;
    }

    /** @return the recoverable interface energy of the committed state (scaled units). */
    public double interfaceEnergy() {
        double e = 0;
        for (CohesiveInterface ci : interfaces) {
            e += ci.storedEnergy();
        }
        return e;
    }

    /** Commits the interfaces' trial state. */
    public void commit() {
        for (CohesiveInterface ci : interfaces) {
            ci.commit();
        }
    }

    /** Drops the interfaces' trial state. */
    public void revert() {
        for (CohesiveInterface ci : interfaces) {
            ci.revert();
        }
    }

    /** Stores the interfaces' committed state. (Output) s. */
    public void snapshot(StateSnapshot s) {
        for (CohesiveInterface ci : interfaces) {
            ci.snapshot(s, "interface." + ci.facets().name() + ".");
        }
    }

    /** Restores the interfaces' committed state. */
    public void restore(StateSnapshot s) {
        for (CohesiveInterface ci : interfaces) {
            ci.restore(s, "interface." + ci.facets().name() + ".");
        }
    }

    /** @return the interface of a name. */
    public CohesiveInterface interfaceNamed(String name) {
        setup();
        for (CohesiveInterface ci : interfaces) {
            if (ci.facets().name().equals(name)) {
                return ci;
            }
        }
        throw InputException.of("no cohesive interface named '%s'; the problem has %s", name, interfaceNames());
    }

    private List<String> interfaceNames() {
        List<String> l = new ArrayList<>();
        for (InterfaceInput ii : interfaceInputs) {
            l.add(ii.spec().name());
        }
        return l;
    }

    /** @return the interfaces, in configuration order. */
    public List<CohesiveInterface> interfaces() {
        return interfaces;
    }

    /** @return the mesh with duplicated interface nodes, SI coordinates. */
    public Mesh mesh() {
        return mesh;
    }

    /** @return the same mesh in scaled coordinates (what the assembly uses). */
    public Mesh scaledMesh() {
        return scaled;
    }

    /** @return for every node of {@link #mesh()} the node of the input mesh it copies. */
    public int[] parentNodes() {
        return parent;
    }

    public DofMap dofs() {
        return dofs;
    }

    public BlockSparsity sparsity() {
        return sparsity;
    }

    public Scaling scaling() {
        return scaling;
    }

    public ElasticModel model() {
        return model;
    }

    /** @return the bulk elasticity term of each region tag (scaled stiffness). */
    public Map<Integer, ElasticityTerm> terms() {
        return terms;
    }

    /** @return a Jacobian with the problem's structure. */
    public CsrMatrix newMatrix() {
        return sparsity.newMatrix();
    }

    /** @return the homogeneous constraints (for Newton corrections). */
    public Constraints constraints() {
        return constraints;
    }

    /** @return the controlled Dirichlet pattern: g at controlled dofs, zero elsewhere (scaled). */
    public double[] dirichletPattern() {
        return pattern;
    }

    /** @return the controlled external forces (scaled): multiplied by lambda. */
    public double[] controlledForces() {
        return fControlled;
    }

    /** @return the fixed external forces (scaled). */
    public double[] fixedForces() {
        return fFixed;
    }

    /** @return whether the problem has a controlled load of either kind. */
    public boolean hasControlledLoad() {
        for (double v : pattern) {
            if (v != 0) {
                return true;
            }
        }
        for (double v : fControlled) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the nodes of a facet group of the split mesh. */
    public int[] nodesOf(String boundary) {
        return mesh.nodesOfGroup(mesh.facetGroupTag(boundary));
    }

    /** @return a copy of the dofs the constraints fix, ascending. */
    public int[] constrainedDofs() {
        return Arrays.copyOf(cDofs, cDofs.length);
    }
}
