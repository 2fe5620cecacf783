package org.interphase.physics.czm;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.InputException;
import org.interphase.core.SolverException;
import org.interphase.core.Version;
import org.interphase.input.CaseSection;
import org.interphase.input.Dimension;
import org.interphase.io.output.Manifest;
import org.interphase.io.output.ScalarCsv;
import org.interphase.linalg.LinearSolver;
import org.interphase.linalg.LinearSolvers;
import org.interphase.linalg.SolverOptions;
import org.interphase.mesh.Mesh;
import org.interphase.nonlinear.NewtonOptions;
import org.interphase.nonlinear.NewtonSolver;
import org.interphase.physics.elasticity.ElasticModel;
import org.interphase.run.CaseRunner;
import org.interphase.run.Job;
import org.interphase.run.RunContext;
import org.interphase.run.SolverInput;
import org.interphase.time.StepController;
import org.interphase.time.Stepper;
import org.interphase.time.TimeLoop;

/**
 * The {@code physics: cohesive} case: elasticity in the bulk regions plus cohesive interfaces, load
 * stepped (see docs/czm.md for every key). Writes {@code cohesive.xdmf} and {@code interface.xdmf} (+ .h5,
 * one step per accepted load step), {@code steps.csv} (load, displacement, energies per step),
 * {@code summary.csv} and {@code manifest.json}. A step that fails at the smallest step size ends the run
 * with a {@link SolverException} after the last converged state has been written.
 */
public final class CohesiveCase implements CaseRunner {

    @Override
    public String physics() {
        return "cohesive";
    }

    @Override
    public String description() {
        return "elasticity with cohesive-zone interfaces (bilinear mixed-mode law), load stepping and path following";
    }

    private static final String[] AXIS = {"x", "y", "z"};

    /** One interface block. */
    record InterfaceInput(String name, String facets, String paired, String minusRegion, TractionLaw law,
            CohesiveInterface.Integration integration, List<Box> debonded, Box pressureZone, double pressure) {
    }

    /** One boundary condition. */
    record BcInput(String boundary, String type, double[] values, boolean[] given, double value) {
    }

    /** A named point whose interface opening is reported. */
    record Probe(String name, double[] at) {
    }

    /** The configured job. */
    public static final class CohesiveJob implements Job<CohesiveResult> {
        private final ElasticModel model;
        private final LayeredMeshInput meshInput;
        private final Map<String, double[]> materials;
        private final List<InterfaceInput> interfaces;
        private final List<BcInput> bcs;
        private final boolean loadControl;
        private final double target;
        private final double[] steps;
        private final int maxSteps;
        private final boolean pathFollowing;
        private final double budget;
        private final NewtonOptions newton;
        private final SolverOptions solver;
        private final double thickness;
        private final double[] scalingIn;
        private final boolean fields;
        private final int every;
        private final String forceBoundary;
        private final int forceComponent;
        private final String dispBoundary;
        private final int dispComponent;
        private final List<Probe> probes;
        private LoadHistory history;
        private int frontAxis = -1;

        CohesiveJob(ElasticModel model, LayeredMeshInput meshInput, Map<String, double[]> materials,
                List<InterfaceInput> interfaces, List<BcInput> bcs, boolean loadControl, double target,
                double[] steps, int maxSteps, boolean pathFollowing, double budget, NewtonOptions newton,
                SolverOptions solver, double thickness, double[] scalingIn, boolean fields, int every,
                String forceBoundary, int forceComponent, String dispBoundary, int dispComponent, List<Probe> probes) {
            this.model = model;
            this.meshInput = meshInput;
            this.materials = materials;
            this.interfaces = interfaces;
            this.bcs = bcs;
            this.loadControl = loadControl;
            this.target = target;
            this.steps = steps;
            this.maxSteps = maxSteps;
            this.pathFollowing = pathFollowing;
            this.budget = budget;
            this.newton = newton;
            this.solver = solver;
            this.thickness = thickness;
            this.scalingIn = scalingIn;
            this.fields = fields;
            this.every = every;
            this.forceBoundary = forceBoundary;
            this.forceComponent = forceComponent;
            this.dispBoundary = dispBoundary;
            this.dispComponent = dispComponent;
            this.probes = probes;
        }

        @Override
        public String physics() {
            return "cohesive";
        }

        /** @return the problem with the mesh loaded, interfaces inserted and every condition applied. */
        public CohesiveProblem problem() {
            Mesh m = meshInput.load();
            if (m.dim() != model.dim()) {
                throw InputException.of("the mesh %s is %dD but model is %s; use model: %s", m.source(), m.dim(),
                        model.key(), m.dim() == 3 ? "3d" : "plane_strain");
            }
            double l0 = scalingIn[0] > 0 ? scalingIn[0] : Box.extent(m);
            double e0 = scalingIn[1];
            if (!(e0 > 0)) {
                for (double[] em : materials.values()) {
                    e0 = Math.max(e0, em[0]);
                }
            }
            CohesiveProblem p = new CohesiveProblem(m, model, new Scaling(l0, e0, m.dim()));
            for (Map.Entry<String, double[]> e : materials.entrySet()) {
                p.material(e.getKey(), e.getValue()[0], e.getValue()[1]);
            }
            for (InterfaceInput ii : interfaces) {
                p.addInterface(new InterfaceInsertion.Spec(ii.name(), ii.facets(), ii.paired(), ii.minusRegion()),
                        ii.law(), ii.integration(), ii.debonded());
                if (ii.pressureZone() != null) {
                    p.gapPressure(ii.name(), ii.pressureZone(), ii.pressure(), loadControl);
                }
            }
            for (BcInput bc : bcs) {
                switch (bc.type()) {
                    case "symmetry":
                        p.symmetry(bc.boundary());
                        break;
                    case "displacement":
                        for (int c = 0; c < m.dim(); c++) {
                            if (bc.given()[c]) {
                                p.displacement(bc.boundary(), c, bc.values()[c], !loadControl && bc.values()[c] != 0);
                            }
                        }
                        break;
                    case "traction":
                        if (bc.values().length != m.dim()) {
                            throw InputException.of("boundary condition on '%s': a traction needs %d components, got "
                                    + "%d", bc.boundary(), m.dim(), bc.values().length);
                        }
                        p.traction(bc.boundary(), bc.values(), loadControl);
                        break;
                    default:
                        p.pressure(bc.boundary(), bc.value(), loadControl);
                        break;
                }
            }
            p.setup();
            if (!p.hasControlledLoad()) {
                throw InputException.of("loading.control is %s but no %s is given: nothing would be applied; give a "
                        + "non-zero %s or change loading.control", loadControl ? "load" : "displacement",
                        loadControl ? "traction, pressure or gap pressure" : "non-zero displacement condition",
                        loadControl ? "load" : "displacement");
            }
            return p;
        }

        @Override
        public CohesiveResult run(RunContext ctx) throws IOException {
            Instant start = Instant.now();
            CohesiveProblem p = problem();
            Mesh m = p.mesh();
            int dim = m.dim();
            Scaling sc = p.scaling();
            double t2 = dim == 2 ? thickness : 1.0;
            double forceSi = sc.force() * t2;
            double energySi = sc.energy() * t2;
            ctx.progress().report(String.format(Locale.ROOT, "mesh %s: %d nodes (%d after insertion), %d %s cells, "
                    + "%d dofs; %d interface elements", m.source(), countParents(p), m.nodeCount(), m.cellCount(),
                    m.cellType(), p.dofs().size(),
                    p.interfaces().stream().mapToInt(ci -> ci.facets().count()).sum()));
            SolverOptions so = solver.copy();
            so.blockSize = dim;
            LinearSolver linear = LinearSolvers.create(so);
            NewtonSolver ns = new NewtonSolver(newton, linear);
            double minEnergy = Double.MAX_VALUE;
            double area = 0;
            for (CohesiveInterface ci : p.interfaces()) {
                minEnergy = Math.min(minEnergy, ci.law().minimumFractureEnergy());
                area += ci.measure();
            }
            Stepper stepper;
            CohesiveState[] state = new CohesiveState[1];
            DissipationArcLength arc = null;
            if (pathFollowing) {
                arc = new DissipationArcLength(p, newton, linear, linear, target, budget * minEnergy * area);
                stepper = arc;
                state[0] = arc.state();
            } else {
                LoadStepper ls = new LoadStepper(p, ns, history != null ? history : LoadHistory.ramp(target));
                stepper = ls;
                state[0] = ls.state();
            }
            Files.createDirectories(ctx.out());
            List<String> columns = new ArrayList<>(List.of("step", "path", "load_factor", "displacement", "force",
                    "dissipated_energy", "external_work", "stored_energy", "max_damage", "separated_measure",
                    "newton_iterations", "dissipation_controlled"));
            List<String> units = new ArrayList<>(List.of("", "", "", "m", "N", "J", "J", "J", "", dim == 2 ? "m"
                    : "m^2", "", ""));
            if (frontAxis >= 0) {
                columns.add("crack_front");
                units.add("m");
            }
            for (Probe pr : probes) {
                columns.add(pr.name() + "_opening_normal");
                columns.add(pr.name() + "_opening_shear");
                units.add("m");
                units.add("m");
            }
            ScalarCsv csv = new ScalarCsv(ctx.out().resolve("steps.csv"), columns, units);
            List<double[]> rows = new ArrayList<>();
            int[] forceNodes = p.nodesOf(forceBoundary);
            int[] dispNodes = p.nodesOf(dispBoundary);
            ProbePoints probePoints = new ProbePoints(p, probes);
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("interphase_version", Version.get());
            meta.put("device", "cpu");
            CohesiveOutput out = fields ? new CohesiveOutput(p, ctx.out(), meta) : null;
            final DissipationArcLength arcRef = arc;
            TimeLoop.Observer observer = (step, time, dt, outcome) -> {
                CohesiveState s = state[0];
                double[] row = row(p, s, step, outcome.newtonIterations(), arcRef != null
                        && arcRef.lastStepDissipative(), forceNodes, dispNodes, forceSi, energySi, probePoints);
                rows.add(row);
                csv.append(row);
                if (out != null && (step % every == 0 || stepper.finished())) {
                    out.write(s.path, s.u);
                }
                ctx.progress().report(String.format(Locale.ROOT, "step %d: load factor %.5g, force %.5g N, "
                        + "dissipated %.5g J, max damage %.4f, %d Newton iterations", step, s.lambda, row[4], row[5],
                        row[8], outcome.newtonIterations()));
            };
            double[] row0 = row(p, state[0], 0, 0, false, forceNodes, dispNodes, forceSi, energySi, probePoints);
            rows.add(row0);
            csv.append(row0);
            StepController control = new StepController(steps[0], steps[1], steps[2]);
            TimeLoop loop = new TimeLoop(stepper, control, observer, () -> state[0].steps >= maxSteps);
            Manifest man = new Manifest(Version.get(), "cpu", ctx.commandLine(), ctx.caseFile(), ctx.resolvedCase(),
                    start);
            String status = "completed";
            SolverException failure = null;
            long t0 = System.nanoTime();
            try {
                loop.run(pathFollowing ? Double.MAX_VALUE : history != null ? history.end() : target);
                if (!stepper.finished()) {
                    failure = SolverException.of("the run reached loading.steps.limit = %d steps at load factor %.6g "
                            + "before the target %.6g; raise the limit or the step sizes", maxSteps, state[0].lambda,
                            target);
                }
            } catch (SolverException e) {
                failure = e;
            } finally {
                if (out != null) {
                    if (failure != null && state[0].steps % every != 0 && state[0].steps > 0) {
                        out.write(state[0].path, state[0].u);
                    }
                    out.close();
                }
            }
            double seconds = (System.nanoTime() - t0) * 1e-9;
            if (failure != null) {
                status = "failed: " + failure.getMessage();
            }
            Map<String, Double> summary = summary(rows, columns, loop, seconds, p);
            List<String> names = new ArrayList<>(summary.keySet());
            List<String> sunits = new ArrayList<>();
            for (String n : names) {
                sunits.add(unitOf(n, units, columns));
            }
            new ScalarCsv(ctx.out().resolve("summary.csv"), names, sunits).append(summary.values().stream()
                    .mapToDouble(Double::doubleValue).toArray());
            for (Map.Entry<String, Double> e : summary.entrySet()) {
                man.result(e.getKey(), e.getValue());
            }
            man.finish(Instant.now(), status).writeInto(ctx.out());
            if (failure != null) {
                throw failure;
            }
            return new CohesiveResult(columns, rows, summary, p, state[0]);
        }

        private static int countParents(CohesiveProblem p) {
            int max = -1;
            for (int v : p.parentNodes()) {
                max = Math.max(max, v);
            }
            return max + 1;
        }

        private double[] row(CohesiveProblem p, CohesiveState s, int step, int its, boolean dissipative,
                int[] forceNodes, int[] dispNodes, double forceSi, double energySi, ProbePoints probePoints) {
            double f = 0;
            for (int node : forceNodes) {
                f += s.force[p.dofs().dof(node, forceComponent)];
            }
            double d = 0;
            for (int node : dispNodes) {
                d += s.u[p.dofs().dof(node, dispComponent)];
            }
            d /= dispNodes.length;
            double stored = p.bulkEnergy(s.u) + p.interfaceEnergy();
            double maxDamage = 0;
            double separated = 0;
            for (CohesiveInterface ci : p.interfaces()) {
                maxDamage = Math.max(maxDamage, ci.maxDamage());
                separated += ci.damagedMeasure(1.0);
            }
            double l0 = p.scaling().length();
            int extra = frontAxis >= 0 ? 1 : 0;
            double[] r = new double[12 + extra + 2 * probes.size()];
            r[0] = step;
            r[1] = s.path;
            r[2] = s.lambda;
            r[3] = d * l0;
            r[4] = f * forceSi;
            r[5] = (s.work - stored) * energySi;
            r[6] = s.work * energySi;
            r[7] = stored * energySi;
            r[8] = maxDamage;
            r[9] = separated * Math.pow(l0, p.mesh().dim() - 1);
            r[10] = its;
            r[11] = dissipative ? 1 : 0;
            if (frontAxis >= 0) {
                double front = Double.NaN;
                for (CohesiveInterface ci : p.interfaces()) {
                    double f1 = ci.crackFront(frontAxis);
                    front = Double.isNaN(front) ? f1 : Math.max(front, f1);
                }
                r[12] = front * l0;
            }
            double[] openings = probePoints.openings(s.u);
            for (int k = 0; k < probes.size(); k++) {
                r[12 + extra + 2 * k] = openings[2 * k] * l0;
                r[13 + extra + 2 * k] = openings[2 * k + 1] * l0;
            }
            return r;
        }

        private Map<String, Double> summary(List<double[]> rows, List<String> columns, TimeLoop loop, double seconds,
                CohesiveProblem p) {
            double[] last = rows.get(rows.size() - 1);
            int peak = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (Math.abs(rows.get(i)[4]) > Math.abs(rows.get(peak)[4])) {
                    peak = i;
                }
            }
            Map<String, Double> s = new LinkedHashMap<>();
            s.put("dofs", (double) p.dofs().size());
            s.put("steps", (double) loop.steps());
            s.put("rejected_steps", (double) loop.rejected());
            double its = 0;
            for (double[] r : rows) {
                its += r[10];
            }
            s.put("newton_iterations", its);
            s.put("seconds", seconds);
            s.put("load_factor", last[2]);
            s.put("displacement", last[3]);
            s.put("force", last[4]);
            s.put("peak_force", rows.get(peak)[4]);
            s.put("displacement_at_peak", rows.get(peak)[3]);
            s.put("dissipated_energy", last[5]);
            s.put("external_work", last[6]);
            s.put("max_damage", last[8]);
            s.put("separated_measure", last[9]);
            for (int k = 12; k < columns.size(); k++) {
                s.put(columns.get(k), last[k]);
            }
            return s;
        }

        private static String unitOf(String name, List<String> units, List<String> columns) {
            int k = columns.indexOf(name);
            if (k >= 0) {
                return units.get(k);
            }
            if (name.equals("peak_force")) {
                return "N";
            }
            if (name.equals("displacement_at_peak")) {
                return "m";
            }
            return name.equals("seconds") ? "s" : "";
        }
    }

    /** The interface points nearest to the probe locations, and their local openings. */
    private static final class ProbePoints {
        private final CohesiveProblem p;
        private final int[] iface;
        private final int[] point;

        ProbePoints(CohesiveProblem p, List<Probe> probes) {
            this.p = p;
            this.iface = new int[probes.size()];
            this.point = new int[probes.size()];
            double l0 = p.scaling().length();
            int dim = p.mesh().dim();
            for (int k = 0; k < probes.size(); k++) {
                double best = Double.MAX_VALUE;
                for (int i = 0; i < p.interfaces().size(); i++) {
                    double[] x = p.interfaces().get(i).points();
                    for (int q = 0; q < x.length / dim; q++) {
                        double d2 = 0;
                        for (int d = 0; d < dim; d++) {
                            double e = x[q * dim + d] - probes.get(k).at()[d] / l0;
                            d2 += e * e;
                        }
                        if (d2 < best) {
                            best = d2;
                            iface[k] = i;
                            point[k] = q;
                        }
                    }
                }
            }
        }

        /** @return normal and shear (magnitude in 3D) local opening per probe, scaled units. */
        double[] openings(double[] u) {
            double[] out = new double[2 * iface.length];
            int dim = p.mesh().dim();
            for (int k = 0; k < iface.length; k++) {
                double[] j = p.interfaces().get(iface[k]).localJumps();
                out[2 * k] = j[point[k] * dim];
                double s = 0;
                for (int d = 1; d < dim; d++) {
                    s += j[point[k] * dim + d] * j[point[k] * dim + d];
                }
                out[2 * k + 1] = dim == 2 ? j[point[k] * dim + 1] : Math.sqrt(s);
            }
            return out;
        }
    }

    @Override
    public CohesiveJob configure(CaseSection root) {
        ElasticModel model = ElasticModel.parse(root.choice("model", "plane_strain", "plane_strain", "plane_stress",
                "3d"));
        double thickness = root.quantity("thickness", Dimension.LENGTH, 1.0);
        if (!(thickness > 0)) {
            throw root.error("thickness", "the out-of-plane thickness must be positive, got %g m", thickness);
        }
        CaseSection scal = root.optSection("scaling");
        double[] scaling = {scal.quantity("length", Dimension.LENGTH, 0.0), scal.quantity("stress",
                Dimension.PRESSURE, 0.0)};
        LayeredMeshInput mesh = LayeredMeshInput.read(root.section("mesh"));
        Map<String, double[]> materials = new LinkedHashMap<>();
        for (Map.Entry<String, CaseSection> e : root.sections("materials").entrySet()) {
            CaseSection s = e.getValue();
            materials.put(e.getKey(), new double[] {s.quantity("E", Dimension.PRESSURE), s.real("nu")});
        }
        if (materials.isEmpty()) {
            throw root.error("materials", "give at least one region with E and nu");
        }
        List<InterfaceInput> interfaces = new ArrayList<>();
        for (Map.Entry<String, CaseSection> e : root.sections("interfaces").entrySet()) {
            interfaces.add(readInterface(e.getKey(), e.getValue()));
        }
        if (interfaces.isEmpty()) {
            throw root.error("interfaces", "give at least one interface (facets, law and its parameters)");
        }
        List<BcInput> bcs = new ArrayList<>();
        for (CaseSection b : root.list("boundary_conditions")) {
            String name = b.string("boundary");
            String type = b.choice("type", null, "displacement", "symmetry", "traction", "pressure");
            double[] values = new double[3];
            boolean[] given = new boolean[3];
            double value = 0;
            if (type.equals("displacement")) {
                for (int c = 0; c < model.dim(); c++) {
                    if (b.has(AXIS[c])) {
                        values[c] = b.quantity(AXIS[c], Dimension.LENGTH);
                        given[c] = true;
                    }
                }
                if (!given[0] && !given[1] && !given[2]) {
                    throw b.invalid("a displacement condition needs at least one of x, y%s", model.dim() == 3 ? ", z"
                            : "");
                }
            } else if (type.equals("traction")) {
                values = b.quantities("value", Dimension.PRESSURE);
            } else if (type.equals("pressure")) {
                value = b.quantity("value", Dimension.PRESSURE);
            }
            bcs.add(new BcInput(name, type, values, given, value));
        }
        CaseSection load = root.section("loading");
        boolean loadControl = load.choice("control", null, "displacement", "load").equals("load");
        double target = load.real("target", 1.0);
        if (!(target > 0)) {
            throw load.error("target", "the target load factor must be positive, got %g", target);
        }
        CaseSection st = load.optSection("steps");
        double[] steps = {st.real("initial", 0.01 * target), st.real("min", 1e-6 * target), st.real("max",
                0.05 * target)};
        int maxSteps = st.integer("limit", 10_000, 1, Integer.MAX_VALUE);
        if (!(steps[1] > 0 && steps[0] >= steps[1] && steps[2] >= steps[0])) {
            throw st.invalid("need 0 < min <= initial <= max, got min %g, initial %g, max %g", steps[1], steps[0],
                    steps[2]);
        }
        CaseSection pf = load.optSection("path_following");
        boolean path = pf.choice("method", "none", "none", "dissipation").equals("dissipation");
        double budget = pf.real("budget", 1.0);
        if (!(budget > 0)) {
            throw pf.error("budget", "the dissipation budget must be positive, got %g", budget);
        }
        CaseSection nw = load.optSection("newton");
        NewtonOptions newton = new NewtonOptions();
        newton.rtol = nw.real("rtol", 1e-8);
        newton.atol = nw.real("atol", 0.0);
        newton.maxIterations = nw.integer("max_iterations", 25, 1, 1000);
        newton.minIterations = nw.integer("min_iterations", 1, 0, newton.maxIterations);
        newton.lineSearch = nw.bool("line_search", true);
        if (!(newton.rtol > 0 && newton.rtol < 1)) {
            throw nw.error("rtol", "the relative tolerance must lie in (0, 1), got %g", newton.rtol);
        }
        SolverOptions defaults = new SolverOptions();
        defaults.method = "direct";
        defaults.preconditioner = "none";
        SolverOptions solver = SolverInput.read(root.optSection("solver"), defaults);
        CaseSection out = root.optSection("output");
        boolean fields = out.bool("fields", true);
        int every = out.integer("every", 1, 1, Integer.MAX_VALUE);
        String[] fb = readMonitor(out, "force", bcs, model.dim());
        String[] db = out.has("displacement") ? readMonitor(out, "displacement", bcs, model.dim()) : fb;
        List<Probe> probes = new ArrayList<>();
        for (CaseSection pr : out.has("probes") ? out.list("probes") : List.<CaseSection>of()) {
            double[] at = pr.quantities("at", Dimension.LENGTH);
            if (at.length != model.dim()) {
                throw pr.error("at", "give %d coordinates", model.dim());
            }
            probes.add(new Probe(pr.string("name"), at));
        }
        CohesiveJob job = new CohesiveJob(model, mesh, materials, interfaces, bcs, loadControl, target, steps,
                maxSteps, path, budget, newton, solver, thickness, scaling, fields, every, fb[0],
                Integer.parseInt(fb[1]), db[0], Integer.parseInt(db[1]), probes);
        if (out.has("crack_front")) {
            job.frontAxis = List.of(AXIS).indexOf(out.choice("crack_front", null, java.util.Arrays.copyOf(AXIS,
                    model.dim())));
        }
        if (load.has("history")) {
            if (path) {
                throw load.error("history", "a load history cannot be combined with path following; use one of them");
            }
            CaseSection h = load.section("history");
            try {
                job.history = new LoadHistory(h.quantities("time", Dimension.DIMENSIONLESS), h.quantities("factor",
                        Dimension.DIMENSIONLESS));
            } catch (InputException e) {
                throw h.invalid("%s", e.getMessage());
            }
        }
        return job;
    }

    /** {boundary, component} of a monitored force or displacement; defaults to the first loaded boundary. */
    private static String[] readMonitor(CaseSection out, String key, List<BcInput> bcs, int dim) {
        if (out.has(key)) {
            CaseSection s = out.section(key);
            String c = s.choice("component", null, java.util.Arrays.copyOf(AXIS, dim));
            return new String[] {s.string("boundary"), Integer.toString(List.of(AXIS).indexOf(c))};
        }
        for (BcInput bc : bcs) {
            for (int c = 0; c < dim; c++) {
                if (bc.type().equals("displacement") && bc.given()[c] && bc.values()[c] != 0) {
                    return new String[] {bc.boundary(), Integer.toString(c)};
                }
            }
        }
        if (!bcs.isEmpty()) {
            return new String[] {bcs.get(0).boundary(), Integer.toString(dim - 1)};
        }
        throw out.invalid("give output.%s: {boundary: ..., component: ...}", key);
    }

    private static InterfaceInput readInterface(String name, CaseSection s) {
        String facets = null;
        String paired = null;
        if (s.has("facets") == s.has("between")) {
            throw s.invalid("give exactly one of 'facets: GROUP' (an interior facet group) or 'between: [A, B]' (a "
                    + "boundary pair)");
        }
        if (s.has("facets")) {
            facets = s.string("facets");
        } else {
            List<String> pair = s.strings("between");
            if (pair.size() != 2) {
                throw s.error("between", "give two boundary groups, got %d", pair.size());
            }
            facets = pair.get(0);
            paired = pair.get(1);
        }
        String minus = s.string("minus_region", "");
        TractionLaw law = CohesiveLaws.read(s);
        CohesiveInterface.Integration rule = s.choice("integration", "newton_cotes", "newton_cotes", "gauss")
                .equals("gauss") ? CohesiveInterface.Integration.GAUSS : CohesiveInterface.Integration.NEWTON_COTES;
        List<Box> debonded = new ArrayList<>();
        if (s.has("debonded")) {
            debonded.add(box(s.section("debonded")));
        }
        Box zone = null;
        double pressure = 0;
        if (s.has("pressure")) {
            CaseSection ps = s.section("pressure");
            pressure = ps.quantity("value", Dimension.PRESSURE);
            zone = box(ps);
        }
        return new InterfaceInput(name, facets, paired, minus.isEmpty() ? null : minus, law, rule, debonded, zone,
                pressure);
    }

    private static Box box(CaseSection s) {
        double[] lo = s.quantities("min", Dimension.LENGTH);
        double[] hi = s.quantities("max", Dimension.LENGTH);
        if (lo.length != hi.length) {
            throw s.invalid("min and max need the same number of coordinates");
        }
        for (int d = 0; d < lo.length; d++) {
            if (lo[d] > hi[d]) {
                throw s.invalid("min must not exceed max (coordinate %d: %g > %g)", d, lo[d], hi[d]);
            }
        }
        return new Box(lo, hi);
    }
}
