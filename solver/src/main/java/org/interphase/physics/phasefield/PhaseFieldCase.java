package org.interphase.physics.phasefield;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interphase.input.CaseSection;
import org.interphase.input.Dimension;
import org.interphase.linalg.SolverOptions;
import org.interphase.nonlinear.NewtonOptions;
import org.interphase.run.CaseRunner;
import org.interphase.run.MeshInput;

/**
 * The {@code physics: phasefield} case: phase-field electrodeposition (the coupled xi, c, phi model of
 * physics.md section 4) or the Allen-Cahn equation alone (PFHub benchmark 7). Keys are documented in
 * docs/phasefield.md; this class reads and checks them all before any work (see {@link PhaseFieldJob}).
 */
public final class PhaseFieldCase implements CaseRunner {

    /** Field names as the case file spells them, in dof order. */
    public static final List<String> FIELDS = List.of("phase", "concentration", "potential");

    /** One boundary condition as read (SI). */
    public record Bc(String boundary, String field, String type, double value, String partner, String where) {
    }

    /** One initial shape as read (SI). */
    public record ShapeInput(InitialPhase.Shape shape, String where) {
    }

    /** The time block (SI). */
    public record TimeInput(TimeScheme scheme, double end, double dt, double dtMin, double dtMax, String adapt,
            double tolerance) {
    }

    /** The output block. */
    public record OutputInput(int every, boolean fields) {
    }

    /** A box whose cells (by centroid) join a region (SI). */
    public record RegionBox(String region, double[] min, double[] max, String where) {
    }

    /**
     * The surface-diffusion block (SI): a mobility M_s, or a Damkohler number with the undulation wavelength and
     * (optionally) the front speed it refers to; see {@link SurfaceDiffusionTerm}.
     */
    public record SurfaceInput(double mobility, double damkohler, double wavelength, double frontSpeed,
            String where) {
    }

    /** Everything a phase-field case says (SI units). */
    public record Config(PhaseFieldSystem.Model model, double temperature, double referenceConcentration,
            MeshInput mesh, Map<String, PhaseFieldMaterial> materials, Map<String, String> materialWhere,
            double[] scaling, List<ShapeInput> shapes, boolean exactInitial, double[] concentration,
            double[] potential, boolean consistentPotential, List<Bc> bcs, double noiseAmplitude, long noiseSeed,
            String source,
            String reference, String electrode, String discretization, TimeInput time, NewtonOptions newton,
            SolverOptions solver, OutputInput output, String where, List<RegionBox> regionBoxes,
            double stopCharge, SurfaceInput surface, String transport) {
    }

    @Override
    public String physics() {
        return "phasefield";
    }

    @Override
    public String description() {
        return "phase-field electrodeposition (xi, c, phi) with Butler-Volmer kinetics, or Allen-Cahn (PFHub BM7)";
    }

    @Override
    public PhaseFieldJob configure(CaseSection root) {
        return new PhaseFieldJob(read(root));
    }

    /**
     * @param root (Input) the case file's root section.
     * @return the configuration.
     */
    public static Config read(CaseSection root) {
        String modelName = root.choice("model", "electrodeposition", "electrodeposition", "allen_cahn");
        PhaseFieldSystem.Model model = modelName.equals("allen_cahn") ? PhaseFieldSystem.Model.ALLEN_CAHN
                : PhaseFieldSystem.Model.ELECTRODEPOSITION;
        boolean ed = model == PhaseFieldSystem.Model.ELECTRODEPOSITION;
        double temperature = root.quantity("temperature", Dimension.TEMPERATURE, PhysicalConstants.ROOM_TEMPERATURE);
        if (!(temperature > 0)) {
            throw root.error("temperature", "the temperature must be positive, got %g K", temperature);
        }
        double c0 = root.quantity("reference_concentration", Dimension.CONCENTRATION, 1000.0);
        if (!(c0 > 0)) {
            throw root.error("reference_concentration", "must be positive, got %g mol/m^3", c0);
        }
        MeshInput mesh = MeshInput.read(root.section("mesh"));
        Map<String, PhaseFieldMaterial> materials = new LinkedHashMap<>();
        Map<String, String> materialWhere = new LinkedHashMap<>();
        for (Map.Entry<String, CaseSection> e : root.sections("materials").entrySet()) {
            materials.put(e.getKey(), PhaseFieldMaterials.read(e.getValue(), temperature, !ed));
            materialWhere.put(e.getKey(), e.getValue().where());
        }
        if (materials.isEmpty()) {
            throw root.error("materials", "give at least one region with a material (e.g. domain: {preset: Li})");
        }
        double[] scaling = null;
        if (root.has("scaling")) {
            CaseSection s = root.section("scaling");
            scaling = new double[] {s.quantity("length", Dimension.LENGTH), s.quantity("time", Dimension.TIME)};
            if (!(scaling[0] > 0 && scaling[1] > 0)) {
                throw s.invalid("the length and time scales must be positive");
            }
        }
        CaseSection ic = root.optSection("initial_conditions");
        List<ShapeInput> shapes = new ArrayList<>();
        boolean exactInitial = false;
        if (ic.has("phase") && ic.section("phase").has("reference")) {
            CaseSection ph = ic.section("phase");
            ph.choice("reference", null, "pfhub_bm7");
            exactInitial = true;
        } else if (ic.has("phase")) {
            for (CaseSection s : ic.section("phase").list("shapes")) {
                shapes.add(shape(s));
            }
        }
        double[] conc = {0, c0};
        double[] pot = {0, 0};
        boolean consistent = false;
        if (ed) {
            CaseSection c = ic.optSection("concentration");
            conc = new double[] {c.quantity("metal", Dimension.CONCENTRATION, 0.0),
                c.quantity("electrolyte", Dimension.CONCENTRATION, c0)};
            CaseSection p = ic.optSection("potential");
            pot = new double[] {p.quantity("metal", Dimension.POTENTIAL, 0.0),
                p.quantity("electrolyte", Dimension.POTENTIAL, 0.0)};
            consistent = p.bool("consistent", true);
        }
        List<Bc> bcs = new ArrayList<>();
        for (CaseSection b : root.list("boundary_conditions")) {
            bcs.add(bc(b, ed));
        }
        long currents = bcs.stream().filter(b -> b.type().equals("current")).count();
        if (currents > 1) {
            throw root.error("boundary_conditions", "at most one boundary may carry the applied current");
        }
        if (ed && bcs.stream().noneMatch(b -> "potential".equals(b.field()) && !b.type().equals("flux"))) {
            throw root.error("boundary_conditions", "the potential needs a value or a current condition on some "
                    + "boundary (e.g. the electrode: {boundary: left, field: potential, type: value, value: -0.1 V})");
        }
        double noise = 0;
        long seed = 1;
        if (root.has("noise")) {
            if (!ed) {
                throw root.error("noise", "Langevin noise belongs to the electrodeposition model");
            }
            CaseSection n = root.section("noise");
            noise = n.quantity("amplitude", Dimension.RATE);
            seed = n.integer("seed", 1);
        }
        String source = null;
        String reference = null;
        if (!ed) {
            source = root.choice("source", "none", "none", "pfhub_bm7");
            reference = root.choice("reference", "none", "none", "pfhub_bm7");
        }
        String electrode = root.has("electrode") ? root.string("electrode") : null;
        String discretization = root.choice("discretization", "auto", "auto", "lumped", "consistent");
        if (ed && discretization.equals("lumped")) {
            throw root.error("discretization", "the lumped discretization exists for the allen_cahn model only");
        }
        String transport = root.choice("transport", "auto", "auto", "edge_averaged", "galerkin");
        if (!ed && !transport.equals("auto")) {
            throw root.error("transport", "transport (the Nernst-Planck discretization) belongs to the "
                    + "electrodeposition model");
        }
        TimeInput time = time(root.section("time"));
        NewtonOptions newton = newton(root.optSection("newton"));
        SolverOptions solver = solver(root.optSection("solver"), ed);
        CaseSection out = root.optSection("output");
        OutputInput output = new OutputInput(out.integer("every", 1, 1, Integer.MAX_VALUE), out.bool("fields", true));
        List<RegionBox> boxes = new ArrayList<>();
        for (CaseSection r : root.has("regions") ? root.list("regions") : List.<CaseSection>of()) {
            boxes.add(regionBox(r));
        }
        double stopCharge = 0;
        if (root.has("stop")) {
            CaseSection st = root.section("stop");
            stopCharge = st.quantity("charge", Dimension.CHARGE_PER_AREA);
            if (!(stopCharge > 0)) {
                throw st.error("charge", "the plated charge to stop at must be positive, got %g C/m^2", stopCharge);
            }
            if (!ed || electrode == null) {
                throw st.error("charge", "stopping at a plated charge needs the electrodeposition model and an "
                        + "electrode (electrode: left)");
            }
        }
        SurfaceInput surface = null;
        if (root.has("surface_diffusion")) {
            if (!ed) {
                throw root.error("surface_diffusion", "surface diffusion belongs to the electrodeposition model");
            }
            surface = surface(root.section("surface_diffusion"));
            if (time.scheme() == TimeScheme.EXPLICIT) {
                throw root.error("surface_diffusion", "surface diffusion needs the implicit schemes (bdf2 or "
                        + "backward_euler), not explicit");
            }
        }
        return new Config(model, temperature, c0, mesh, materials, materialWhere, scaling, shapes, exactInitial, conc,
                pot, consistent, bcs, noise, seed, source, reference, electrode, discretization, time, newton, solver,
                output, root.where(), boxes, stopCharge, surface, transport);
    }

    /**
     * The {@code solver:} block: as {@link org.interphase.run.SolverInput}, plus the preconditioner
     * {@code fieldsplit} ({@link FieldSplitPreconditioner}) for the coupled model, its default with gmres.
     */
    private static SolverOptions solver(CaseSection s, boolean ed) {
        SolverOptions o = new SolverOptions();
        o.method = s.choice("method", ed ? "gmres" : "cg", "cg", "gmres", "bicgstab", "direct");
        String[] pcs = ed ? new String[] {"fieldsplit", "none", "jacobi", "ilu0", "amg"}
                : new String[] {"jacobi", "none", "ic0", "ilu0", "amg"};
        o.preconditioner = s.choice("preconditioner", pcs[0], pcs);
        o.rtol = s.real("rtol", ed ? 1e-8 : 1e-10);
        o.atol = s.real("atol", 0.0);
        o.maxIterations = s.integer("max_iterations", 1000, 1, Integer.MAX_VALUE);
        o.restart = s.integer("restart", 100, 2, 10000);
        if (!(o.rtol > 0 && o.rtol < 1)) {
            throw s.error("rtol", "the relative tolerance must lie in (0, 1), got %g", o.rtol);
        }
        if (o.preconditioner.equals("fieldsplit") && !(o.method.equals("gmres") || o.method.equals("bicgstab"))) {
            throw s.error("preconditioner", "fieldsplit is not symmetric; use it with method gmres or bicgstab");
        }
        return o;
    }

    private static RegionBox regionBox(CaseSection r) {
        String name = r.string("region");
        double[] lo = r.quantities("min", Dimension.LENGTH);
        double[] hi = r.quantities("max", Dimension.LENGTH);
        if (lo.length != hi.length || lo.length < 2 || lo.length > 3) {
            throw r.invalid("min and max need 2 (2D) or 3 (3D) coordinates each, got %d and %d", lo.length,
                    hi.length);
        }
        for (int d = 0; d < lo.length; d++) {
            if (!(hi[d] > lo[d])) {
                throw r.error("max", "max must exceed min in every coordinate (coordinate %d: %g <= %g m)", d, hi[d],
                        lo[d]);
            }
        }
        return new RegionBox(name, lo, hi, r.where());
    }

    private static SurfaceInput surface(CaseSection s) {
        boolean raw = s.has("mobility");
        boolean da = s.has("damkohler");
        if (raw == da) {
            throw s.invalid("give either mobility (M_s) or damkohler with wavelength, not both or neither");
        }
        if (raw) {
            double m = s.quantity("mobility", Dimension.parse("m^5/(J*s)"));
            if (!(m >= 0)) {
                throw s.error("mobility", "the surface mobility must not be negative, got %g m^5/(J s)", m);
            }
            return new SurfaceInput(m, Double.NaN, Double.NaN, Double.NaN, s.where());
        }
        double d = s.real("damkohler");
        double l = s.quantity("wavelength", Dimension.LENGTH);
        double v = s.quantity("front_speed", Dimension.VELOCITY, Double.NaN);
        if (!(d > 0)) {
            throw s.error("damkohler", "the Damkohler number must be positive, got %g", d);
        }
        if (!(l > 0)) {
            throw s.error("wavelength", "the wavelength must be positive, got %g m", l);
        }
        if (!Double.isNaN(v) && !(v > 0)) {
            throw s.error("front_speed", "the front speed must be positive, got %g m/s", v);
        }
        return new SurfaceInput(Double.NaN, d, l, v, s.where());
    }

    private static ShapeInput shape(CaseSection s) {
        String kind = s.choice("shape", null, "half_space", "disk");
        if (kind.equals("half_space")) {
            double[] n = s.quantities("normal", Dimension.DIMENSIONLESS);
            double len = 0;
            for (double v : n) {
                len += v * v;
            }
            if (!(len > 0)) {
                throw s.error("normal", "the normal must not be zero");
            }
            for (int d = 0; d < n.length; d++) {
                n[d] /= Math.sqrt(len);
            }
            return new ShapeInput(new InitialPhase.HalfSpace(n, s.quantity("position", Dimension.LENGTH)), s.where());
        }
        double r = s.quantity("radius", Dimension.LENGTH);
        if (!(r > 0)) {
            throw s.error("radius", "the radius must be positive, got %g m", r);
        }
        return new ShapeInput(new InitialPhase.Ball(s.quantities("center", Dimension.LENGTH), r), s.where());
    }

    private static Bc bc(CaseSection b, boolean ed) {
        String type = b.choice("type", null, "value", "flux", "current", "periodic");
        String boundary = b.string("boundary");
        if (type.equals("periodic")) {
            return new Bc(boundary, null, type, 0, b.string("partner"), b.where());
        }
        String field = ed ? b.choice("field", null, FIELDS.toArray(new String[0]))
                : b.choice("field", "phase", "phase");
        double value;
        switch (type) {
            case "value":
                value = b.quantity("value", field.equals("phase") ? Dimension.DIMENSIONLESS
                        : field.equals("concentration") ? Dimension.CONCENTRATION : Dimension.POTENTIAL);
                break;
            case "flux":
                value = b.quantity("value", field.equals("phase") ? Dimension.VELOCITY
                        : field.equals("concentration") ? Dimension.parse("mol/(m^2*s)") : Dimension.CURRENT_DENSITY);
                break;
            default:
                if (!field.equals("potential")) {
                    throw b.error("type", "an applied current is a condition on the potential (field: potential)");
                }
                value = b.quantity("value", Dimension.CURRENT_DENSITY);
                break;
        }
        return new Bc(boundary, field, type, value, null, b.where());
    }

    private static TimeInput time(CaseSection t) {
        String scheme = t.choice("scheme", "bdf2", "bdf2", "backward_euler", "explicit");
        double end = t.quantity("end", Dimension.TIME);
        double dt = t.quantity("dt", Dimension.TIME);
        String adapt = t.choice("adapt", "error", "error", "iterations", "none");
        double dtMin = t.quantity("dt_min", Dimension.TIME, adapt.equals("none") ? dt : dt * 1e-4);
        double dtMax = t.quantity("dt_max", Dimension.TIME, adapt.equals("none") ? dt : Math.max(dt, end / 10));
        double tol = t.real("tolerance", 1e-3);
        if (!(end > 0 && dt > 0 && dtMin > 0 && dtMax >= dtMin && dt <= end)) {
            throw t.invalid("need 0 < dt <= end and 0 < dt_min <= dt_max (end %g s, dt %g s, dt_min %g s, dt_max %g s)",
                    end, dt, dtMin, dtMax);
        }
        if (!(tol > 0)) {
            throw t.error("tolerance", "the error tolerance must be positive, got %g", tol);
        }
        TimeScheme s = scheme.equals("bdf2") ? TimeScheme.BDF2 : scheme.equals("explicit") ? TimeScheme.EXPLICIT
                : TimeScheme.BACKWARD_EULER;
        return new TimeInput(s, end, dt, dtMin, dtMax, adapt, tol);
    }

    private static NewtonOptions newton(CaseSection n) {
        NewtonOptions o = new NewtonOptions();
        o.rtol = n.real("rtol", 1e-8);
        o.atol = n.real("atol", 1e-10);
        o.maxIterations = n.integer("max_iterations", 12, 1, 1000);
        o.lineSearch = n.bool("line_search", true);
        if (!(o.rtol > 0 && o.rtol < 1) || !(o.atol >= 0)) {
            throw n.invalid("need 0 < rtol < 1 and atol >= 0, got rtol %g, atol %g", o.rtol, o.atol);
        }
        return o;
    }
}
