package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.io.plot.Plots;
import org.interphase.physics.czm.BilinearMixedModeLaw;
import org.interphase.physics.czm.CohesiveCase;
import org.interphase.physics.czm.CohesiveResult;
import org.interphase.physics.czm.DcbBeamTheory;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import org.interphase.validation.Check.Rule;

/**
 * Cohesive-zone validation, validation.md C1-C3 and the shrunk seed-004 study S1, on the real case files
 * with overrides: C1 the two stiff blocks opened in modes I, II and mixed (dissipated energy and final
 * opening against closed forms), C2 load-unload-reload-compress of the same interface, C3 the double
 * cantilever beam against beam theory on a mesh study (1 and 0.5 mm), S1 the SEI film under the Li and Na
 * nucleation pressures on a coarser mesh and three thicknesses, with a reduced sensitivity check. The long
 * variant ({@link SuiteContext#full()}, {@code interphase validate --full}, or the system property
 * {@value #FULL_PROPERTY} set to true) adds the 0.25 mm DCB mesh and runs S1 at all seven thicknesses.
 */
public final class CohesiveSuite implements ValidationSuite {

    @Override
    public String name() {
        return "cohesive";
    }

    @Override
    public String title() {
        return "Cohesive zone: closed forms, load reversal, DCB against beam theory, seed-004 SEI delamination";
    }

    @Override
    public List<String> ids() {
        return List.of("C1", "C2", "C3", "S1");
    }

    /** The system property that selects the long variant when true (as {@code validate --full} does). */
    public static final String FULL_PROPERTY = "interphase.czm.full";

    /** The C1/C2 interface's strength times its area (1 Pa x 1 m^2), the force scale of the C2 checks. */
    private static final double STRENGTH_FORCE = 1.0;

    static CohesiveResult run(SuiteContext ctx, String caseFile, String outName, List<String> sets) throws Exception {
        Path file = CasePaths.caseFile(caseFile);
        Runs.Configured c = Runs.configure(file, sets);
        CohesiveCase.CohesiveJob job = (CohesiveCase.CohesiveJob) c.job();
        RunContext rc = new RunContext(ctx.dir(outName), ctx.device(), line -> { }, List.of("validate"), file,
                c.caseFile().resolved());
        return job.run(rc);
    }

    @Override
    public void run(SuiteContext ctx) throws Exception {
        closedForms(ctx);
        loadReversal(ctx);
        boolean full = full(ctx);
        doubleCantilever(ctx, full);
        SeedStudy.run(ctx, !full);
    }

    /** @return whether to run the long variant: the context asks for it or the system property is true. */
    static boolean full(SuiteContext ctx) {
        return ctx.full() || Boolean.getBoolean(FULL_PROPERTY);
    }

    void closedForms(SuiteContext ctx) throws Exception {
        String s = Double.toString(2.75 / Math.sqrt(2));
        String[][] modes = {{"mode-I", "0", "2.2"}, {"mode-II", "4.4", "0"}, {"mixed", s, s}};
        double[] energy = {1, 2, 1.25};
        double[] last = {2, 4, 2.5};
        StringBuilder md = new StringBuilder("| mode | dissipated energy [J] | reference | final opening [m] | "
                + "reference |\n|---|---|---|---|---|\n");
        for (int k = 0; k < 3; k++) {
            CohesiveResult r = run(ctx, "czm-c1/blocks.yaml", "C1-" + modes[k][0], List.of(
                    "boundary_conditions.1.x=" + modes[k][1], "boundary_conditions.1.y=" + modes[k][2],
                    "output.fields=false"));
            double d = r.summary().get("dissipated_energy");
            double f = r.problem().interfaces().get(0).history(BilinearMixedModeLaw.FINAL_JUMP)[0]
                    * r.problem().scaling().length();
            ctx.check(Check.of("C1." + modes[k][0] + ".energy", "dissipated energy to full separation (G_c A)", d,
                    energy[k], 1e-3, Rule.RELATIVE));
            ctx.check(Check.of("C1." + modes[k][0] + ".final-opening", "effective opening at full separation", f,
                    last[k], 1e-10, Rule.RELATIVE));
            md.append(String.format(Locale.ROOT, "| %s | %.8f | %.2f | %.12f | %.1f |%n", modes[k][0], d, energy[k], f,
                    last[k]));
        }
        ctx.section("C1 closed forms", md.toString(), List.of());
    }

    void loadReversal(SuiteContext ctx) throws Exception {
        CohesiveResult r = run(ctx, "czm-c2/load-unload.yaml", "C2", List.of("output.fields=false"));
        double[] damage = r.column("max_damage");
        double[] force = r.column("force");
        double[] open = r.column("centre_opening_normal");
        double k = 100;
        boolean monotone = true;
        double secant = 0;
        double contact = 0;
        int unloading = 0;
        int compressed = 0;
        for (int i = 1; i < damage.length; i++) {
            monotone &= damage[i] >= damage[i - 1];
            if (open[i] < 0) {
                contact = Math.max(contact, Math.abs(force[i] - k * open[i]) / STRENGTH_FORCE);
                compressed++;
            } else if (damage[i] == damage[i - 1] && damage[i] > 0 && open[i] > 0) {
                double ref = (1 - damage[i]) * k * open[i];
                secant = Math.max(secant, Math.abs(force[i] - ref) / STRENGTH_FORCE);
                unloading++;
            }
        }
        ctx.check(Check.property("C2.irreversible", "damage never decreases over " + damage.length + " steps",
                monotone));
        ctx.check(Check.of("C2.secant", "unloading/reloading below the maximum: |F - (1-d) K delta| / (N A) over "
                + unloading + " steps", secant, 0, 1e-3, Rule.AT_MOST));
        ctx.check(Check.of("C2.contact", "compression: |F - K delta| / (N A) over " + compressed + " steps",
                contact, 0, 1e-3, Rule.AT_MOST));
        ctx.check(Check.property("C2.coverage", "the history has unloading (" + unloading + ") and compressed ("
                + compressed + ") steps", unloading >= 5 && compressed >= 1));
        Path plot = Plots.line(ctx.dir("plots").resolve("C2-traction.png"), "C2 load, unload, reload, compress",
                "opening [m]", "traction [Pa]", false, List.of(new Plots.Series("computed", open, force)));
        ctx.section("C2 load reversal", String.format(Locale.ROOT, "%d steps; final damage %.4f%n", damage.length,
                damage[damage.length - 1]), List.of(plot));
    }

    private void doubleCantilever(SuiteContext ctx, boolean full) throws Exception {
        double[] sizes = full ? new double[] {1.0, 0.5, 0.25} : new double[] {1.0, 0.5};
        DcbBeamTheory beam = DcbBeamTheory.validationCase();
        List<Plots.Series> series = new ArrayList<>();
        StringBuilder md = new StringBuilder("| element size [mm] | dofs | peak force [N] | max propagation error | "
                + "energy ratio dD / (G B da) | Newton iterations |\n|---|---|---|---|---|---|\n");
        double lastError = Double.NaN;
        double lastEnergy = Double.NaN;
        for (double h : sizes) {
            int nx = (int) Math.round(100 / h);
            int ny = Math.max(2, (int) Math.round(1.5 / h));
            CohesiveResult r = run(ctx, "czm-dcb/dcb.yaml", String.format(Locale.ROOT, "C3-%.2fmm", h), List.of(
                    "mesh.layers.x.0.cells=" + nx, "mesh.layers.stack.0.cells=" + ny, "mesh.layers.stack.1.cells="
                    + ny, "output.fields=false"));
            double[] disp = r.column("displacement");
            double[] force = r.column("force");
            double[] front = r.column("crack_front");
            double[] diss = r.column("dissipated_energy");
            double[] opening = new double[disp.length];
            for (int i = 0; i < disp.length; i++) {
                opening[i] = 2 * disp[i];
            }
            double err = 0;
            int first = -1;
            for (int i = 0; i < disp.length; i++) {
                if (front[i] > beam.a0() + 2e-3) {
                    err = Math.max(err, Math.abs(force[i] - beam.propagationForce(opening[i]))
                            / beam.propagationForce(opening[i]));
                    if (first < 0 && front[i] > beam.a0() + 5e-3) {
                        first = i;
                    }
                }
            }
            int last = disp.length - 1;
            double ratio = (diss[last] - diss[first]) / (beam.gc() * beam.width() * (front[last] - front[first]));
            md.append(String.format(Locale.ROOT, "| %.2f | %.0f | %.3f | %.4f | %.4f | %.0f |%n", h,
                    r.summary().get("dofs"), r.summary().get("peak_force"), err, ratio,
                    r.summary().get("newton_iterations")));
            series.add(new Plots.Series(String.format(Locale.ROOT, "FE %.2f mm", h), times(opening, 1e3), force));
            lastError = err;
            lastEnergy = ratio;
        }
        String finest = String.format(Locale.ROOT, "%.2f mm", sizes[sizes.length - 1]);
        ctx.check(Check.of("C3.propagation", "propagation branch: max |P - P_beam| / P_beam on the " + finest
                + " mesh", lastError, 0, 0.05, Rule.AT_MOST));
        ctx.check(Check.of("C3.energy", "dissipated energy increment over G_Ic B (a - a0) increment, " + finest
                + " mesh", lastEnergy, 1.0, 0.02, Rule.RELATIVE));
        double[] d = new double[60];
        double[] simple = new double[d.length];
        double[] corrected = new double[d.length];
        double[] prop = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = 8e-3 * (i + 1) / d.length;
            simple[i] = beam.simpleLoading(d[i]);
            corrected[i] = beam.correctedLoading(d[i]);
            prop[i] = beam.propagationForce(d[i]);
        }
        series.add(new Plots.Series("beam theory, simple", times(d, 1e3), min(simple, prop), true));
        series.add(new Plots.Series("beam theory, corrected", times(d, 1e3), min(corrected, prop), true));
        Path plot = Plots.line(ctx.dir("plots").resolve("C3-dcb.png"), "C3 double cantilever beam",
                "opening [mm]", "force [N]", false, series);
        ctx.section("C3 double cantilever beam", md.toString() + String.format(Locale.ROOT, "%nBeam theory: peak "
                + "%.2f N (simple), %.2f N (corrected, a0 + %.3f h)%n", beam.simplePeak(), beam.correctedPeak(),
                beam.chi()), List.of(plot));
    }

    static double[] times(double[] v, double f) {
        double[] o = v.clone();
        for (int i = 0; i < o.length; i++) {
            o[i] *= f;
        }
        return o;
    }

    private static double[] min(double[] a, double[] b) {
        double[] o = new double[a.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = Math.min(a[i], b[i]);
        }
        return o;
    }
}
