package org.interphase.physics.phasefield;

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
import org.interphase.io.output.Manifest;
import org.interphase.kernels.Device;
import org.interphase.kernels.Devices;
import org.interphase.kernels.OpenedDevice;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;
import org.interphase.physics.phasefield.analysis.Damkohler;
import org.interphase.run.Job;
import org.interphase.run.RunContext;
import org.interphase.time.StepController;
import org.interphase.time.TimeLoop;

/**
 * A configured phase-field run ({@link PhaseFieldCase}): loads the mesh, scales the model, sets the initial
 * state, steps through {@link TimeLoop} (implicit {@link ImplicitStepper}, or on a device {@link ExplicitStepper}
 * for Allen-Cahn and {@link SemiImplicitStepper} for electrodeposition) and writes {@code phasefield.xdmf}
 * (+ .h5), {@code phasefield.csv} and
 * {@code manifest.json} through {@link PhaseFieldMonitor}.
 */
public final class PhaseFieldJob implements Job<PhaseFieldResult> {

    private final PhaseFieldCase.Config cfg;

    PhaseFieldJob(PhaseFieldCase.Config cfg) {
        this.cfg = cfg;
    }

    @Override
    public String physics() {
        return "phasefield";
    }

    /** @return the configuration. */
    public PhaseFieldCase.Config config() {
        return cfg;
    }

    /** The scaled problem: mesh in SI and scaled, scaling, system, initial state. */
    public record Prepared(Mesh mesh, Scaling scaling, PhaseFieldSystem system, double[] initial,
            PhaseFieldMaterial first) {
    }

    /**
     * Loads the mesh and builds the scaled system and the initial state (no time stepping).
     *
     * @return the prepared problem.
     * @throws InputException for regions or boundaries the mesh lacks, or conditions that do not fit it.
     */
    public Prepared prepare() {
        Mesh mesh = withRegions(cfg.mesh().load(), cfg.regionBoxes());
        for (Map.Entry<String, String> m : cfg.materialWhere().entrySet()) {
            if (!mesh.regions().containsKey(m.getKey())) {
                throw InputException.of("%s: region '%s' is not in mesh %s; it has regions %s", m.getValue(),
                        m.getKey(), mesh.source(), mesh.regions().keySet());
            }
        }
        for (PhaseFieldCase.Bc b : cfg.bcs()) {
            for (String name : b.partner() == null ? new String[] {b.boundary()}
                    : new String[] {b.boundary(), b.partner()}) {
                if (!mesh.facetGroups().containsKey(name)) {
                    throw InputException.of("%s: boundary '%s' is not in mesh %s; it has boundaries %s", b.where(),
                            name, mesh.source(), mesh.facetGroups().keySet());
                }
            }
        }
        if (cfg.electrode() != null && !mesh.facetGroups().containsKey(cfg.electrode())) {
            throw InputException.of("%s: electrode: boundary '%s' is not in mesh %s; it has boundaries %s", cfg.where(),
                    cfg.electrode(), mesh.source(), mesh.facetGroups().keySet());
        }
        PhaseFieldMaterial first = cfg.materials().values().iterator().next();
        for (PhaseFieldMaterial m : cfg.materials().values()) {
            if (m.anisotropyStrength() != 0 && mesh.dim() == 3) {
                throw InputException.of("%s: anisotropic gradient energy is implemented in 2D only; set "
                        + "anisotropy_strength: 0 for 3D meshes", cfg.where());
            }
        }
        Scaling sc = Scaling.of(first, cfg.referenceConcentration(), cfg.temperature());
        if (cfg.scaling() != null) {
            sc = new Scaling(cfg.scaling()[0], cfg.scaling()[1], first.barrierHeight(), cfg.referenceConcentration(),
                    cfg.temperature());
        }
        Map<String, ScaledMaterial> scaled = new LinkedHashMap<>();
        for (Map.Entry<String, PhaseFieldMaterial> m : cfg.materials().entrySet()) {
            scaled.put(m.getKey(), ScaledMaterial.of(m.getValue(), sc));
        }
        Mesh sm = scaled(mesh, sc.length());
        List<String[]> periodic = new ArrayList<>();
        List<PhaseFieldSystem.Dirichlet> dirichlet = new ArrayList<>();
        List<PhaseFieldSystem.Flux> fluxes = new ArrayList<>();
        PhaseFieldSystem.Galvanostatic galv = null;
        double dim = mesh.dim();
        for (PhaseFieldCase.Bc b : cfg.bcs()) {
            if (b.type().equals("periodic")) {
                periodic.add(new String[] {b.boundary(), b.partner()});
                continue;
            }
            int field = PhaseFieldCase.FIELDS.indexOf(b.field());
            switch (b.type()) {
                case "value":
                    dirichlet.add(new PhaseFieldSystem.Dirichlet(b.boundary(), field,
                            scaleValue(field, b.value(), sc)));
                    break;
                case "flux":
                    double q = field == PhaseFieldSystem.CONCENTRATION
                            ? b.value() / (sc.concentration() * sc.length() / sc.time())
                            : field == PhaseFieldSystem.XI ? b.value() * sc.time() / sc.length()
                            : b.value() / sc.currentDensity();
                    fluxes.add(new PhaseFieldSystem.Flux(b.boundary(), field, q));
                    break;
                default:
                    double area = new DepositGeometry(mesh, b.boundary()).area();
                    double rate = b.value() * area * sc.time()
                            / (PhysicalConstants.FARADAY * sc.concentration() * Math.pow(sc.length(), dim));
                    galv = new PhaseFieldSystem.Galvanostatic(b.boundary(), rate, cfg.potential()[0] / sc.potential());
                    break;
            }
        }
        boolean lumped = cfg.model() == PhaseFieldSystem.Model.ALLEN_CAHN && (cfg.discretization().equals("lumped")
                || cfg.discretization().equals("auto") && mesh.cellType().order() == 1 && cfg.materials().size() == 1
                && first.anisotropyStrength() == 0);
        SourceField source = null;
        if ("pfhub_bm7".equals(cfg.source())) {
            source = Benchmark7Solution.field(sc.length(), sc.time());
        }
        double surface = Double.NaN;
        if (cfg.surface() != null) {
            surface = surfaceMobility(first, galv != null ? galvanostaticCurrent() : Double.NaN)
                    * sc.energyDensity() * sc.time() / (sc.length() * sc.length());
        }
        PhaseFieldSystem.Transport transport = cfg.transport().equals("galerkin")
                || cfg.transport().equals("auto") && mesh.cellType().order() != 1
                ? PhaseFieldSystem.Transport.GALERKIN : PhaseFieldSystem.Transport.EDGE_AVERAGED;
        PhaseFieldSystem sys = new PhaseFieldSystem(sm, new PhaseFieldSystem.Setup(cfg.model(), scaled, source,
                periodic, dirichlet, fluxes, galv, cfg.noiseAmplitude() * sc.time(), cfg.noiseSeed(), lumped,
                surface, transport));
        double[] u0 = sys.state(initialNodal(mesh, sc, first, sys.fields()));
        if (cfg.consistentPotential()) {
            sys.consistentPotential(u0);
        }
        return new Prepared(mesh, sc, sys, u0, first);
    }

    private static double scaleValue(int field, double v, Scaling sc) {
        switch (field) {
            case PhaseFieldSystem.CONCENTRATION: return v / sc.concentration();
            case PhaseFieldSystem.POTENTIAL: return v / sc.potential();
            default: return v;
        }
    }

    /** @return the applied current density of the galvanostatic condition, A/m^2. */
    private double galvanostaticCurrent() {
        for (PhaseFieldCase.Bc b : cfg.bcs()) {
            if (b.type().equals("current")) {
                return b.value();
            }
        }
        return Double.NaN;
    }

    /**
     * The surface mobility M_s in SI: as given, or from the Damkohler number for the undulation wavelength
     * ({@link Damkohler#mobilityFor}, m = h'), with the front speed given or, under galvanostatic control, the
     * speed i / (n F c_s) that the applied current density i plates a dense front at.
     *
     * @param first   (Input) the material whose interface (kappa0, W) and metal (n, c_s) the number refers to.
     * @param current (Input) the applied current density, A/m^2, or NaN when potentiostatic.
     * @return M_s, m^5/(J s).
     */
    public double surfaceMobility(PhaseFieldMaterial first, double current) {
        PhaseFieldCase.SurfaceInput s = cfg.surface();
        if (!Double.isNaN(s.mobility())) {
            return s.mobility();
        }
        double v = s.frontSpeed();
        if (Double.isNaN(v)) {
            if (Double.isNaN(current)) {
                throw InputException.of("%s: a Damkohler number needs the front speed it refers to; give "
                        + "surface_diffusion.front_speed, or run galvanostatically (a current condition)", s.where());
            }
            v = Math.abs(current) / (first.chargeNumber() * PhysicalConstants.FARADAY * first.siteDensity());
        }
        return Damkohler.mobilityFor(s.damkohler(), v, s.wavelength(), Damkohler.H_PRIME, first.gradientCoefficient(),
                first.barrierHeight());
    }

    /**
     * @param mesh  (Input) the mesh.
     * @param boxes (Input) region boxes, applied in order. Not modified.
     * @return the mesh with the cells whose centroid lies in a box moved to its region (a new region when the mesh
     *         has none of that name); the mesh itself when there are no boxes.
     * @throws InputException when a box holds no cell or does not fit the mesh's dimension.
     */
    static Mesh withRegions(Mesh mesh, List<PhaseFieldCase.RegionBox> boxes) {
        if (boxes.isEmpty()) {
            return mesh;
        }
        int dim = mesh.dim();
        int[] regions = mesh.cellRegions().clone();
        Map<String, Integer> names = new LinkedHashMap<>(mesh.regions());
        int nv = mesh.cellType().vertices();
        for (PhaseFieldCase.RegionBox b : boxes) {
            if (b.min().length != dim) {
                throw InputException.of("%s: region box for '%s' has %d coordinates but mesh %s is %dD", b.where(),
                        b.region(), b.min().length, mesh.source(), dim);
            }
            Integer tag = names.get(b.region());
            if (tag == null) {
                tag = names.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                names.put(b.region(), tag);
            }
            int moved = 0;
            for (int c = 0; c < mesh.cellCount(); c++) {
                boolean inside = true;
                for (int d = 0; d < dim && inside; d++) {
                    double x = 0;
                    for (int k = 0; k < nv; k++) {
                        x += mesh.x(mesh.cellNode(c, k), d);
                    }
                    x /= nv;
                    inside = x >= b.min()[d] && x <= b.max()[d];
                }
                if (inside) {
                    regions[c] = tag;
                    moved++;
                }
            }
            if (moved == 0) {
                throw InputException.of("%s: the box of region '%s' holds no cell centroid of mesh %s", b.where(),
                        b.region(), mesh.source());
            }
        }
        Map<String, Integer> used = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            int t = e.getValue();
            if (java.util.Arrays.stream(regions).anyMatch(r -> r == t)) {
                used.put(e.getKey(), t);
            }
        }
        return new Mesh(mesh.source(), dim, mesh.coords(), mesh.cellType(), mesh.cells(), regions, used, mesh.facets(),
                mesh.facetTags(), mesh.facetGroups());
    }

    private double[] initialNodal(Mesh mesh, Scaling sc, PhaseFieldMaterial first, int nf) {
        double[] nodal = new double[mesh.nodeCount() * nf];
        List<InitialPhase.Shape> shapes = new ArrayList<>();
        for (PhaseFieldCase.ShapeInput s : cfg.shapes()) {
            shapes.add(s.shape());
        }
        InitialPhase phase = new InitialPhase(shapes, first.interfaceWidth());
        double[] x = new double[mesh.dim()];
        for (int i = 0; i < mesh.nodeCount(); i++) {
            for (int d = 0; d < x.length; d++) {
                x[d] = mesh.x(i, d);
            }
            double xi = cfg.exactInitial() ? Benchmark7Solution.eta(x[0], x[1], 0) : phase.at(x);
            nodal[i * nf] = xi;
            if (nf >= 3) {
                double h = ScaledMaterial.metalFraction(xi);
                nodal[i * nf + 1] = (cfg.concentration()[0] * h + cfg.concentration()[1] * (1 - h))
                        / sc.concentration();
                nodal[i * nf + 2] = (cfg.potential()[0] * h + cfg.potential()[1] * (1 - h)) / sc.potential();
            }
        }
        return nodal;
    }

    private static Mesh scaled(Mesh m, double l0) {
        double[] x = m.coords().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] /= l0;
        }
        return new Mesh(m.source(), m.dim(), x, m.cellType(), m.cells(), m.cellRegions(), m.regions(), m.facets(),
                m.facetTags(), m.facetGroups());
    }

    @Override
    public PhaseFieldResult run(RunContext ctx) throws IOException {
        Instant start = Instant.now();
        Prepared p = prepare();
        PhaseFieldSystem sys = p.system();
        Mesh mesh = p.mesh();
        Scaling sc = p.scaling();
        PhaseFieldCase.TimeInput ti = cfg.time();
        ctx.progress().report(String.format(Locale.ROOT, "mesh %s: %d nodes, %d %s cells, %d dofs (%s); scales "
                + "l0 = %.4g m, t0 = %.4g s", mesh.source(), mesh.nodeCount(), mesh.cellCount(), mesh.cellType(),
                sys.size(), cfg.model().name().toLowerCase(Locale.ROOT), sc.length(), sc.time()));
        Files.createDirectories(ctx.out());
        String deviceName = "cpu";
        Device device = null;
        PhaseFieldStepper stepper;
        if (ti.scheme() == TimeScheme.EXPLICIT) {
            OpenedDevice od = Devices.open(ctx.device());
            od.notice().ifPresent(ctx.progress()::report);
            device = od.device();
            deviceName = device.name();
            stepper = cfg.model() == PhaseFieldSystem.Model.ELECTRODEPOSITION
                    ? new SemiImplicitStepper(sys, device, 0, ti.end() / sc.time(), p.initial())
                    : new ExplicitStepper(sys, device, 0, ti.end() / sc.time(), p.initial());
        } else {
            stepper = new ImplicitStepper(sys, ti.scheme(), cfg.newton(),
                    ImplicitStepper.linearSolver(cfg.solver(), sys.fields()),
                    0, ti.end() / sc.time(), p.initial(), ti.adapt().equals("error") ? ti.tolerance() : 0)
                    .progress(ctx.progress());
        }
        try {
            StepController control = new StepController(ti.dt() / sc.time(), ti.dtMin() / sc.time(),
                    ti.dtMax() / sc.time());
            control.exponent = 1.0 / (ti.scheme().order() + 1);
            if (ti.adapt().equals("none")) {
                control.growth = 1;
            }
            Manifest manifest = new Manifest(Version.get(), deviceName, ctx.commandLine(), ctx.caseFile(),
                    ctx.resolvedCase(), start);
            PhaseFieldMonitor monitor = new PhaseFieldMonitor(cfg, p, stepper, ctx);
            TimeLoop loop = new TimeLoop(stepper, control, monitor,
                    () -> Thread.currentThread().isInterrupted() || monitor.targetReached());
            try {
                loop.run(ti.end() / sc.time());
            } catch (SolverException e) {
                monitor.finish(loop.steps(), loop.rejected());
                manifest.finish(Instant.now(), "failed: " + e.getMessage()).writeInto(ctx.out());
                throw e;
            }
            PhaseFieldResult r = monitor.finish(loop.steps(), loop.rejected());
            for (int k = 0; k < r.columns().size(); k++) {
                manifest.result(r.columns().get(k), r.rows().get(r.rows().size() - 1)[k]);
            }
            manifest.result("rejected_steps", loop.rejected());
            manifest.finish(Instant.now(), "completed").writeInto(ctx.out());
            return r;
        } finally {
            if (stepper instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            if (device != null) {
                device.close();
            }
        }
    }

    /** @return whether a mesh's cells are linear simplices (the explicit device path needs them). */
    static boolean linear(Mesh m) {
        return m.cellType() == ElementType.TRI3 || m.cellType() == ElementType.TET4;
    }
}
