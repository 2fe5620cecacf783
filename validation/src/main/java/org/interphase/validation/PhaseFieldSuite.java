package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.io.plot.Plots;
import org.interphase.physics.phasefield.ButlerVolmer;
import org.interphase.physics.phasefield.PhaseFieldCase;
import org.interphase.physics.phasefield.PhaseFieldJob;
import org.interphase.physics.phasefield.PhaseFieldMaterial;
import org.interphase.physics.phasefield.PhaseFieldResult;
import org.interphase.physics.phasefield.PhysicalConstants;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import org.interphase.validation.Check.Rule;

/**
 * Phase-field verification, validation.md P1-P5, run on the real case files with overrides:
 * P1 PFHub benchmark 7a convergence (cases/verification/pfhub-bm7a.yaml), P2 the Nernst equilibrium at zero
 * current, P3 charge and cation conservation per step in 2D, P4 Faraday bookkeeping for Na and Li, P5 the
 * planar front speed in 1D and 2D (cases/phasefield-planar/).
 */
public final class PhaseFieldSuite implements ValidationSuite {

    /** 1 mAh/cm^2 in C/m^2. */
    static final double MAH_PER_CM2 = 3.6e4;

    @Override
    public String name() {
        return "phasefield";
    }

    @Override
    public String title() {
        return "Phase field: PFHub BM7a, Nernst equilibrium, conservation, Faraday bookkeeping, front speed";
    }

    @Override
    public List<String> ids() {
        return List.of("P1", "P2", "P3", "P4", "P5");
    }

    /** A case run with overrides. */
    record Outcome(PhaseFieldJob job, PhaseFieldResult result) {
    }

    static Outcome run(SuiteContext ctx, String caseFile, String outName, List<String> sets) throws Exception {
        Path file = CasePaths.caseFile(caseFile);
        Runs.Configured c = Runs.configure(file, sets);
        PhaseFieldJob job = (PhaseFieldJob) c.job();
        RunContext rc = new RunContext(ctx.dir(outName), ctx.device(), line -> { }, List.of("validate"), file,
                c.caseFile().resolved());
        return new Outcome(job, job.run(rc));
    }

    @Override
    public void run(SuiteContext ctx) throws Exception {
        benchmark7(ctx);
        nernst(ctx);
        conservation(ctx);
        faraday(ctx);
        frontSpeed(ctx);
    }

    private void benchmark7(SuiteContext ctx) throws Exception {
        int[] ns = {32, 64, 128, 256};
        double[] h = new double[ns.length];
        double[] err = new double[ns.length];
        StringBuilder md = new StringBuilder("| cells | h | L2 error at t = 8 |\n|---|---|---|\n");
        for (int k = 0; k < ns.length; k++) {
            Outcome o = run(ctx, "verification/pfhub-bm7a.yaml", "P1-n" + ns[k], List.of(
                    "mesh.rectangle.cells=[" + ns[k] + ", " + ns[k] / 2 + "]", "output.fields=false"));
            h[k] = 1.0 / ns[k];
            err[k] = o.result().last("error_l2");
            md.append(String.format(Locale.ROOT, "| %d x %d | 1/%d | %.4e |%n", ns[k], ns[k] / 2, ns[k], err[k]));
        }
        double[] p = Plots.orders(h, err);
        ctx.check(Check.of("P1", "PFHub BM7a: observed L2 order at t = 8 on the two finest meshes (bar 1.9)",
                p[p.length - 1], 1.9, 0, Rule.AT_LEAST));
        ctx.check(Check.property("P1.decreasing", "the L2 error falls on every refinement",
                err[1] < err[0] && err[2] < err[1] && err[3] < err[2]));
        double[] slope = new double[h.length];
        for (int k = 0; k < h.length; k++) {
            slope[k] = err[h.length - 1] * Math.pow(h[k] / h[h.length - 1], 2);
        }
        Path plot = Plots.line(ctx.dir("plots").resolve("P1-bm7a.png"), "P1 PFHub benchmark 7a", "h", "L2 error",
                true, List.of(new Plots.Series("computed", h, err), new Plots.Series("slope 2", h, slope, true)));
        ctx.section("P1 PFHub benchmark 7a", md.append(String.format(Locale.ROOT, "%nObserved orders: %s%n",
                java.util.Arrays.toString(p))).toString(), List.of(plot));
    }

    private void nernst(SuiteContext ctx) throws Exception {
        double[] cs = {0.1, 0.5, 1.0, 2.0};
        double worst = 0;
        StringBuilder md = new StringBuilder("| c / c0 | electrode potential [mV] | (RT/F) ln c [mV] |\n"
                + "|---|---|---|\n");
        for (double c : cs) {
            String v = String.format(Locale.ROOT, "%g mol/L", c);
            Outcome o = run(ctx, "phasefield-planar/nernst-equilibrium.yaml", "P2-c" + c, List.of(
                    "initial_conditions.concentration.metal=" + v, "initial_conditions.concentration.electrolyte=" + v,
                    "boundary_conditions.1.value=" + v, "output.fields=false"));
            PhaseFieldCase.Config cfg = o.job().config();
            double expected = PhysicalConstants.thermalVoltage(cfg.temperature()) * Math.log(c * 1000
                    / cfg.referenceConcentration());
            double got = o.result().last("electrode_potential");
            worst = Math.max(worst, Math.abs(got - expected));
            md.append(String.format(Locale.ROOT, "| %g | %.4f | %.4f |%n", c, 1e3 * got, 1e3 * expected));
        }
        ctx.check(Check.of("P2", "Nernst equilibrium: max |eta_a - (RT/F) ln c| over c in [0.1, 2] [V]", worst, 0,
                1e-4, Rule.AT_MOST));
        ctx.section("P2 Nernst equilibrium at zero current", md.toString(), List.of());
    }

    private void conservation(SuiteContext ctx) throws Exception {
        Outcome o = run(ctx, "phasefield-planar/bump-2d.yaml", "P3", List.of("time.end=0.2 s", "output.fields=false"));
        PhaseFieldResult r = o.result();
        double[] far = r.column("faradaic_current");
        double[] bnd = r.column("boundary_current");
        double[] rate = r.column("cation_rate");
        double[] in = r.column("cation_inflow");
        double charge = 0;
        double cation = 0;
        for (int i = 1; i < far.length; i++) {
            charge = Math.max(charge, Math.abs(bnd[i] - far[i]) / Math.abs(far[i]));
            cation = Math.max(cation, Math.abs(in[i] - rate[i]) / Math.abs(rate[i]));
        }
        ctx.check(Check.of("P3.charge", String.format(Locale.ROOT, "max over %d steps of |boundary current - n F c_s "
                + "d/dt int(xi)| / |n F c_s d/dt int(xi)|", far.length - 1), charge, 0, 1e-6, Rule.AT_MOST));
        ctx.check(Check.of("P3.cations", "max over the steps of |boundary cation inflow - d/dt int(c + c_s xi)| "
                + "relative", cation, 0, 1e-6, Rule.AT_MOST));
    }

    private void faraday(SuiteContext ctx) throws Exception {
        double f = PhysicalConstants.FARADAY;
        double[] closed = {23.75e-6 * MAH_PER_CM2 / f, 13.0e-6 * MAH_PER_CM2 / f};
        double[] measured = new double[2];
        String[] metal = {"Na", "Li"};
        StringBuilder md = new StringBuilder("| metal | thickness per mAh/cm^2, simulated [um] | closed form [um] |\n"
                + "|---|---|---|\n");
        for (int k = 0; k < 2; k++) {
            List<String> sets = new ArrayList<>(List.of("output.fields=false"));
            if (k == 1) {
                sets.add("materials.domain.preset=Li");
                sets.add("materials.domain.molar_volume=13.0 cm^3/mol");
            }
            PhaseFieldResult r = run(ctx, "phasefield-planar/faraday-plating.yaml", "P4-" + metal[k], sets).result();
            double dq = r.last("deposited_charge_density") - r.column("deposited_charge_density")[0];
            double dt = r.last("mean_thickness") - r.column("mean_thickness")[0];
            double dfront = r.last("front_position") - r.column("front_position")[0];
            measured[k] = dt / dq * MAH_PER_CM2;
            ctx.check(Check.of("P4." + metal[k], "simulated deposit thickness per mAh/cm^2 [m] (closed form V_m Q/nF)",
                    measured[k], closed[k], 0.01, Rule.RELATIVE));
            ctx.check(Check.of("P4." + metal[k] + ".front", "front advance per mAh/cm^2 [m]", dfront / dq * MAH_PER_CM2,
                    closed[k], 0.01, Rule.RELATIVE));
            ctx.check(Check.of("P4." + metal[k] + ".charge", "deposited charge equals the applied 1 mAh/cm^2 [C/m^2]",
                    dq, MAH_PER_CM2, 1e-6, Rule.RELATIVE));
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f |%n", metal[k], 1e6 * measured[k],
                    1e6 * closed[k]));
        }
        ctx.check(Check.of("P4.Na-closed-form", "closed form: 1 mAh/cm^2 of dense Na [m]", closed[0], 8.86e-6, 0.001,
                Rule.RELATIVE));
        ctx.check(Check.of("P4.Li-closed-form", "closed form: 1 mAh/cm^2 of dense Li [m]", closed[1], 4.85e-6, 0.001,
                Rule.RELATIVE));
        ctx.check(Check.of("P4.ratio", "simulated Li/Na thickness ratio at equal charge", measured[1] / measured[0],
                0.548, 0.01, Rule.RELATIVE));
        ctx.section("P4 Faraday bookkeeping", md.toString(), List.of());
    }

    private void frontSpeed(SuiteContext ctx) throws Exception {
        String[][] variants = {{"1d", "mesh.rectangle.cells=[200, 1]"}, {"2d", "mesh.rectangle.cells=[200, 10]"}};
        for (String[] v : variants) {
            List<String> sets = new ArrayList<>(List.of(v[1], "output.fields=false", "time.end=120 s"));
            if (v[0].equals("2d")) {
                sets.add("mesh.rectangle.size=[20 um, 1 um]");
            }
            Outcome o = run(ctx, "phasefield-planar/planar-front.yaml", "P5-" + v[0], sets);
            PhaseFieldCase.Config cfg = o.job().config();
            PhaseFieldMaterial m = cfg.materials().get("domain");
            double eta = cfg.potential()[0] - m.equilibriumPotential();
            double b = new ButlerVolmer(m.transferCoefficient(), m.chargeNumber()).value(
                    eta / PhysicalConstants.thermalVoltage(cfg.temperature()), 1.0);
            double expected = m.frontSpeed(b);
            double[] t = o.result().column("time");
            double[] y = o.result().column("mean_thickness");
            double speed = slope(t, y, t[t.length - 1] / 4);
            ctx.check(Check.of("P5." + v[0], String.format(Locale.ROOT, "planar front speed [m/s] vs -6 L_eta B "
                    + "sqrt(kappa/2W) (L_eta |B| / L_sigma W = %.1e)", m.kineticCoefficient() * Math.abs(b)
                    / (m.mobility() * m.barrierHeight())), speed, expected, 0.01, Rule.RELATIVE));
        }
    }

    /** Least-squares slope of y(t) over t >= from. */
    static double slope(double[] t, double[] y, double from) {
        double n = 0;
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from) {
                n++;
                st += t[i];
                sy += y[i];
                stt += t[i] * t[i];
                sty += t[i] * y[i];
            }
        }
        return (n * sty - st * sy) / (n * stt - st * st);
    }
}
