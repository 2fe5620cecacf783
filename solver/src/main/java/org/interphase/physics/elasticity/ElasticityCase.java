package org.interphase.physics.elasticity;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.InputException;
import org.interphase.core.Version;
import org.interphase.input.CaseSection;
import org.interphase.input.Dimension;
import org.interphase.io.output.Field;
import org.interphase.kernels.Device;
import org.interphase.kernels.Devices;
import org.interphase.kernels.OpenedDevice;
import org.interphase.io.output.Grid;
import org.interphase.io.output.Manifest;
import org.interphase.io.output.ScalarCsv;
import org.interphase.io.output.XdmfSeriesWriter;
import org.interphase.linalg.SolverOptions;
import org.interphase.mesh.Mesh;
import org.interphase.run.CaseRunner;
import org.interphase.run.Job;
import org.interphase.run.MeshInput;
import org.interphase.run.RunContext;
import org.interphase.run.SolverInput;

/**
 * The {@code physics: elasticity} case: linear elasticity with eigenstrain (see docs/case-files.md for
 * the keys). Writes {@code elasticity.xdmf} (+ .h5), {@code summary.csv} and {@code manifest.json}.
 */
public final class ElasticityCase implements CaseRunner {

    @Override
    public String physics() {
        return "elasticity";
    }

    @Override
    public String description() {
        return "small-strain linear elasticity with eigenstrain (plane strain, plane stress, 3D)";
    }

    /** One material block. */
    record MaterialInput(String region, double e, double nu, double[] eigenstrain, String where) {
    }

    /** One boundary condition. */
    record BcInput(String boundary, String type, double[] components, boolean[] given, double value, String where) {
    }

    /** The configured elasticity job. */
    public static final class ElasticityJob implements Job<ElasticitySolution> {
        private final ElasticModel model;
        private final MeshInput mesh;
        private final List<MaterialInput> materials;
        private final List<BcInput> bcs;
        private final double[] bodyForce;
        private final SolverOptions solver;
        private final ElasticReference reference;
        private final String referenceKind;
        private final boolean writeFields;
        private Mesh loaded;
        private Map<String, Double> lastScalars = Map.of();

        ElasticityJob(ElasticModel model, MeshInput mesh, List<MaterialInput> materials, List<BcInput> bcs,
                double[] bodyForce, SolverOptions solver, String referenceKind, ElasticReference reference,
                boolean writeFields) {
            this.model = model;
            this.mesh = mesh;
            this.materials = materials;
            this.bcs = bcs;
            this.bodyForce = bodyForce;
            this.solver = solver;
            this.referenceKind = referenceKind;
            this.reference = reference;
            this.writeFields = writeFields;
        }

        @Override
        public String physics() {
            return "elasticity";
        }

        /** @return the exact solution named under {@code reference:}, or null. */
        public ElasticReference reference() {
            return reference;
        }

        /** @return the mesh the last run used. */
        public Mesh mesh() {
            return loaded;
        }

        /** @return the scalars of the last run (the columns of summary.csv). */
        public Map<String, Double> lastScalars() {
            return lastScalars;
        }

        /** @return the problem, with the mesh loaded and every condition applied. */
        public ElasticityProblem problem() {
            Mesh m = mesh.load();
            loaded = m;
            if (m.dim() != model.dim()) {
                throw InputException.of("%s: the mesh %s is %dD but model is %s; use model: %s", mesh.where(),
                        m.source(), m.dim(), model.key(), m.dim() == 3 ? "3d" : "plane_strain");
            }
            ElasticityProblem p = new ElasticityProblem(m, model);
            for (MaterialInput mi : materials) {
                IsotropicElasticLaw law = new IsotropicElasticLaw(mi.e(), mi.nu(), model);
                if (!m.regions().containsKey(mi.region())) {
                    throw InputException.of("%s: region '%s' is not in mesh %s; it has regions %s", mi.where(),
                            mi.region(), m.source(), m.regions().keySet());
                }
                p.material(mi.region(), law, mi.eigenstrain() == null ? null : Eigenstrain.constant(mi.eigenstrain()));
            }
            if (bodyForce != null) {
                p.bodyForce(VectorField.constant(bodyForce));
            } else if (reference != null && "manufactured".equals(referenceKind)) {
                p.bodyForce((x, n, out) -> reference.bodyForce(x, out));
            }
            for (BcInput bc : bcs) {
                if (!m.facetGroups().containsKey(bc.boundary())) {
                    throw InputException.of("%s: boundary '%s' is not in mesh %s; it has boundaries %s", bc.where(),
                            bc.boundary(), m.source(), m.facetGroups().keySet());
                }
                switch (bc.type()) {
                    case "symmetry":
                        p.symmetry(bc.boundary());
                        break;
                    case "displacement":
                        for (int c = 0; c < m.dim(); c++) {
                            if (bc.given()[c]) {
                                p.displacement(bc.boundary(), c, ScalarField.constant(bc.components()[c]));
                            }
                        }
                        break;
                    case "traction":
                        if (bc.components().length != m.dim()) {
                            throw InputException.of("%s: a traction needs %d components, got %d", bc.where(), m.dim(),
                                    bc.components().length);
                        }
                        p.traction(bc.boundary(), VectorField.constant(bc.components()));
                        break;
                    case "pressure":
                        p.pressure(bc.boundary(), bc.value());
                        break;
                    case "exact_traction":
                        requireReference(bc);
                        p.traction(bc.boundary(), reference.traction());
                        break;
                    case "exact_displacement":
                        requireReference(bc);
                        for (int c = 0; c < m.dim(); c++) {
                            final int comp = c;
                            double[] tmp = new double[m.dim()];
                            p.displacement(bc.boundary(), c, x -> {
                                reference.displacement(x, tmp);
                                return tmp[comp];
                            });
                        }
                        break;
                    default:
                        throw new IllegalStateException(bc.type());
                }
            }
            return p;
        }

        private void requireReference(BcInput bc) {
            if (reference == null) {
                throw InputException.of("%s: boundary condition type %s needs a 'reference:' block", bc.where(),
                        bc.type());
            }
        }

        @Override
        public ElasticitySolution run(RunContext ctx) throws IOException {
            Instant start = Instant.now();
            ElasticityProblem p = problem();
            Mesh m = p.mesh();
            ctx.progress().report(String.format(Locale.ROOT, "mesh %s: %d nodes, %d %s cells, %d dofs", m.source(),
                    m.nodeCount(), m.cellCount(), m.cellType(), m.nodeCount() * m.dim()));
            OpenedDevice od = Devices.open(ctx.device());
            od.notice().ifPresent(ctx.progress()::report);
            ElasticitySolution sol;
            String deviceName;
            try (Device dev = od.device()) {
                deviceName = dev.name();
                ctx.progress().report("device: " + dev.description());
                sol = p.solve(solver, dev);
            }
            ctx.progress().report(String.format(Locale.ROOT, "solved with %s: %d iterations, residual %.3e -> %.3e "
                    + "(assembly %.2f s, setup %.2f s, solve %.2f s)", sol.stats().method(), sol.stats().iterations(),
                    sol.stats().initialResidual(), sol.stats().finalResidual(), sol.assembleSeconds(),
                    sol.stats().setupSeconds(), sol.stats().solveSeconds()));
            Files.createDirectories(ctx.out());
            Map<String, Double> scalars = scalars(sol, p);
            lastScalars = scalars;
            List<String> names = new ArrayList<>(scalars.keySet());
            List<String> units = new ArrayList<>();
            for (String n : names) {
                units.add(unitOf(n));
            }
            ScalarCsv csv = new ScalarCsv(ctx.out().resolve("summary.csv"), names, units);
            csv.append(scalars.values().stream().mapToDouble(Double::doubleValue).toArray());
            if (writeFields) {
                Map<String, String> meta = new LinkedHashMap<>();
                meta.put("interphase_version", Version.get());
                meta.put("device", deviceName);
                try (XdmfSeriesWriter w = new XdmfSeriesWriter(ctx.out(), "elasticity", Grid.of(m), meta)) {
                    StressRecovery s = sol.stress();
                    w.writeStep(0.0, List.of(
                            Field.point("displacement", m.dim(), sol.nodalDisplacement()),
                            Field.point("stress", 6, s.nodalStress),
                            Field.point("strain", 6, s.nodalStrain),
                            Field.point("von_mises", 1, s.nodalVonMises),
                            Field.point("hydrostatic_stress", 1, s.nodalHydrostatic),
                            Field.cell("cell_stress", 6, s.cellStress),
                            Field.cell("cell_von_mises", 1, s.cellVonMises)));
                }
            }
            Manifest man = new Manifest(Version.get(), deviceName, ctx.commandLine(), ctx.caseFile(), ctx.resolvedCase(),
                    start);
            for (Map.Entry<String, Double> e : scalars.entrySet()) {
                man.result(e.getKey(), e.getValue());
            }
            man.finish(Instant.now(), "completed").writeInto(ctx.out());
            ctx.progress().report(String.format(Locale.ROOT, "max |u| = %.6g m, max von Mises = %.6g Pa, energy = %.6g J",
                    scalars.get("max_displacement"), scalars.get("max_von_mises"), scalars.get("strain_energy")));
            return sol;
        }

        private Map<String, Double> scalars(ElasticitySolution sol, ElasticityProblem p) {
            Map<String, Double> s = new LinkedHashMap<>();
            Mesh m = p.mesh();
            s.put("dofs", (double) sol.u().length);
            s.put("iterations", (double) sol.stats().iterations());
            s.put("relative_residual", sol.stats().relativeResidual());
            s.put("max_displacement", sol.maxDisplacement());
            double vm = 0;
            for (double v : sol.stress().nodalVonMises) {
                vm = Math.max(vm, v);
            }
            s.put("max_von_mises", vm);
            s.put("strain_energy", sol.stress().energy);
            String[] axis = {"x", "y", "z"};
            for (Map.Entry<String, double[]> r : sol.reactions().entrySet()) {
                for (int c = 0; c < m.dim(); c++) {
                    s.put("reaction_" + r.getKey() + "_" + axis[c], r.getValue()[c]);
                }
            }
            if (reference != null && !"kirsch".equals(referenceKind)) {
                IsotropicElasticLaw law = p.materials().values().iterator().next().law();
                ElasticityErrors e = ElasticityErrors.of(m, sol.dofs(), sol.u(), reference, law);
                s.put("error_l2", e.l2());
                s.put("error_energy", e.energy());
                s.put("relative_error_l2", e.l2() / e.l2Norm());
                s.put("relative_error_energy", e.energy() / e.energyNorm());
            }
            return s;
        }

        private static String unitOf(String name) {
            if (name.startsWith("reaction_")) {
                return "N";
            }
            switch (name) {
                case "max_displacement":
                case "error_l2": return "m";
                case "max_von_mises": return "Pa";
                case "strain_energy": return "J";
                case "error_energy": return "J^0.5";
                default: return "";
            }
        }
    }

    @Override
    public ElasticityJob configure(CaseSection root) {
        ElasticModel model = ElasticModel.parse(root.choice("model", "plane_strain", "plane_strain", "plane_stress",
                "3d"));
        MeshInput mesh = MeshInput.read(root.section("mesh"));
        List<MaterialInput> materials = new ArrayList<>();
        for (Map.Entry<String, CaseSection> e : root.sections("materials").entrySet()) {
            CaseSection s = e.getValue();
            double young = s.quantity("E", Dimension.PRESSURE);
            double nu = s.real("nu");
            double[] eig = null;
            if (s.has("eigenstrain") && s.has("eigenstrain_tensor")) {
                throw s.invalid("give either eigenstrain (isotropic) or eigenstrain_tensor, not both");
            }
            if (s.has("eigenstrain")) {
                double e0 = s.real("eigenstrain");
                eig = new double[] {e0, 0, 0, 0, e0, 0, 0, 0, e0};
            } else if (s.has("eigenstrain_tensor")) {
                double[] t = s.quantities("eigenstrain_tensor", Dimension.DIMENSIONLESS);
                if (t.length != 6) {
                    throw s.error("eigenstrain_tensor", "give 6 components [xx, yy, zz, xy, yz, xz], got %d", t.length);
                }
                eig = new double[] {t[0], t[3], t[5], t[3], t[1], t[4], t[5], t[4], t[2]};
            }
            materials.add(new MaterialInput(e.getKey(), young, nu, eig, s.where()));
        }
        if (materials.isEmpty()) {
            throw root.error("materials", "give at least one region with E and nu");
        }
        double[] body = root.has("body_force") ? root.quantities("body_force", Dimension.parse("N/m^3")) : null;
        if (body != null && body.length != model.dim()) {
            throw root.error("body_force", "give %d components", model.dim());
        }
        List<BcInput> bcs = new ArrayList<>();
        for (CaseSection b : root.list("boundary_conditions")) {
            String name = b.string("boundary");
            String type = b.choice("type", null, "displacement", "symmetry", "traction", "pressure", "exact_traction",
                    "exact_displacement");
            double[] comp = new double[3];
            boolean[] given = new boolean[3];
            double value = 0;
            switch (type) {
                case "displacement": {
                    String[] axis = {"x", "y", "z"};
                    for (int c = 0; c < model.dim(); c++) {
                        if (b.has(axis[c])) {
                            comp[c] = b.quantity(axis[c], Dimension.LENGTH);
                            given[c] = true;
                        }
                    }
                    if (!given[0] && !given[1] && !given[2]) {
                        throw b.invalid("a displacement condition needs at least one of x, y%s", model.dim() == 3
                                ? ", z" : "");
                    }
                    break;
                }
                case "traction":
                    comp = b.quantities("value", Dimension.PRESSURE);
                    break;
                case "pressure":
                    value = b.quantity("value", Dimension.PRESSURE);
                    break;
                default:
                    break;
            }
            bcs.add(new BcInput(name, type, comp, given, value, b.where()));
        }
        ElasticReference ref = null;
        String kind = null;
        CaseSection r = root.has("reference") ? root.section("reference") : null;
        if (r != null) {
            kind = r.choice("kind", null, "kirsch", "manufactured", "affine");
            if (kind.equals("affine")) {
                int dim = model.dim();
                double[] g = r.quantities("gradient", Dimension.DIMENSIONLESS);
                double[] off = r.has("offset") ? r.quantities("offset", Dimension.LENGTH) : new double[dim];
                if (g.length != dim * dim || off.length != dim) {
                    throw r.invalid("an affine reference needs gradient with %d entries (row-major) and offset with %d",
                            dim * dim, dim);
                }
                MaterialInput mi = materials.get(0);
                ref = new AffineSolution(dim, g, off, new IsotropicElasticLaw(mi.e(), mi.nu(), model));
            } else if (kind.equals("kirsch")) {
                ref = new KirschSolution(r.quantity("radius", Dimension.LENGTH), r.quantity("remote_stress",
                        Dimension.PRESSURE));
            } else {
                if (materials.size() != 1) {
                    throw r.invalid("the manufactured solution needs exactly one material, got %d", materials.size());
                }
                MaterialInput mi = materials.get(0);
                ref = TrigonometricSolution.standard(model.dim(), new IsotropicElasticLaw(mi.e(), mi.nu(), model));
            }
        }
        SolverOptions defaults = new SolverOptions();
        SolverOptions solver = SolverInput.read(root.optSection("solver"), defaults);
        CaseSection out = root.optSection("output");
        boolean fields = out == null || out.bool("fields", true);
        return new ElasticityJob(model, mesh, materials, bcs, body, solver, kind, ref, fields);
    }
}
