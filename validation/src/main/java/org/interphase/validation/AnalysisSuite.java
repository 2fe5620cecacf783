package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.interphase.core.Progress;
import org.interphase.io.output.Field;
import org.interphase.io.output.Grid;
import org.interphase.io.output.XdmfSeriesWriter;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.interphase.physics.phasefield.analysis.Faraday;
import org.interphase.physics.phasefield.analysis.Metal;
import org.interphase.physics.phasefield.analysis.PhaseFieldSeries;
import org.interphase.physics.phasefield.analysis.ScharifkerHills;
import org.interphase.physics.phasefield.analysis.ScharifkerHills.Mechanism;
import org.interphase.physics.phasefield.analysis.SeriesAnalysis;
import org.interphase.physics.phasefield.analysis.SyntheticTransient;
import org.interphase.physics.phasefield.analysis.SyntheticTransient.Shape;
import org.interphase.physics.phasefield.analysis.TransientAnalysis;
import org.interphase.validation.Check.Rule;

/**
 * The pure post-processing checks: validation.md P4 (Faraday bookkeeping of 1 mAh/cm^2 of Na and Li, by
 * the closed form and through the series analysis of a written deposit) and the tool half of S4 (the
 * Scharifker-Hills curves pass through 1 at their peak, and transients generated from the closed forms,
 * with noise and random peak scaling, sampling and sign, are classified as generated).
 */
public final class AnalysisSuite implements ValidationSuite {

    /** Transients per shape in the classification check. */
    private static final int PER_SHAPE = 20;
    /** Relative rms noise on the generated currents. */
    private static final double NOISE = 0.01;

    @Override
    public String name() {
        return "analysis";
    }

    @Override
    public String title() {
        return "Post-processing: Faraday bookkeeping and the Scharifker-Hills tool";
    }

    @Override
    public List<String> ids() {
        return List.of("P4.faraday", "S4.sh");
    }

    @Override
    public void run(SuiteContext ctx) throws Exception {
        faraday(ctx);
        scharifkerHills(ctx);
    }

    private void faraday(SuiteContext ctx) throws Exception {
        double na = Faraday.thicknessOfCapacity(Metal.NA, 1.0) * 1e6;
        double li = Faraday.thicknessOfCapacity(Metal.LI, 1.0) * 1e6;
        ctx.check(Check.of("P4.faraday.na", "dense Na thickness of 1 mAh/cm^2, um (V_m = 23.75 cm^3/mol)", na, 8.86,
                1e-3, Rule.RELATIVE));
        ctx.check(Check.of("P4.faraday.li", "dense Li thickness of 1 mAh/cm^2, um (V_m = 13.0 cm^3/mol)", li, 4.85,
                1e-3, Rule.RELATIVE));
        ctx.check(Check.of("P4.faraday.ratio", "Li/Na thickness ratio at equal charge (seed 004 prints 0.548 from a "
                + "Na density of 0.97 g/cm^3; 0.968 gives 0.5474)", li / na, 0.548, 2e-3, Rule.RELATIVE));
        double t = Faraday.thicknessOfCapacity(Metal.NA, 1.0);
        Path dir = ctx.dir("P4-series");
        Mesh m = RectangleMesher.build(0, 0, 20e-6, 30e-6, 20, 60, 2, RectangleMesher.Diagonal.ALTERNATE);
        double y0 = 5e-6;
        double width = 0.5e-6;
        try (XdmfSeriesWriter w = new XdmfSeriesWriter(dir, "deposit", Grid.of(m))) {
            for (int k = 0; k < 2; k++) {
                double h = y0 + k * t;
                double[] xi = new double[m.nodeCount()];
                for (int i = 0; i < xi.length; i++) {
                    xi[i] = 0.5 * (1 - Math.tanh((m.x(i, 1) - h) / width));
                }
                w.writeStep(k * 3600.0, List.of(Field.point("xi", 1, xi)));
            }
        }
        SeriesAnalysis.Outcome o = SeriesAnalysis.run(PhaseFieldSeries.open(dir, "deposit", "xi"),
                SeriesAnalysis.Options.of(Metal.NA), dir.resolve("analysis"), Progress.NONE);
        SeriesAnalysis.Row last = o.rows().get(1);
        ctx.check(Check.of("P4.faraday.series", "areal capacity, mAh/cm^2, of a written deposit whose front rose by "
                + "8.86 um (series read back, integral(xi) on P2 triangles)", last.capacity(), 1.0, 1e-4,
                Rule.RELATIVE));
        ctx.check(Check.of("P4.faraday.current", "current density of 1 mAh/cm^2 plated in 1 h, mA/cm^2",
                last.current() / 10, 1.0, 1e-4, Rule.RELATIVE));
        ctx.section("P4 Faraday bookkeeping", String.format(Locale.ROOT, "| metal | V_m [cm^3/mol] | thickness per "
                + "mAh/cm^2 [um] | printed |%n|---|---|---|---|%n| Na | 23.75 | %.4f | 8.86 (seed 002: 8.8) |%n"
                + "| Li | 13.0 | %.4f | 4.85 |%n%nLi/Na ratio %.4f (seed 004: 0.548). Series route: %.6f mAh/cm^2, "
                + "dense thickness %.4f um.%n", na, li, li / na, last.capacity(), last.thickness() * 1e6), List.of());
    }

    private void scharifkerHills(SuiteContext ctx) throws Exception {
        double unity = Math.max(Math.abs(ScharifkerHills.instantaneous(1) - 1),
                Math.abs(ScharifkerHills.progressive(1) - 1));
        ctx.check(Check.of("S4.sh.unity", "largest |(i/i_m)^2 - 1| of the 3D models at t = t_m (seed 000 Eqs. 3-4)",
                unity, 0.0, 1e-4, Rule.AT_MOST));
        Random rnd = new Random(2025);
        Shape[] shapes = Shape.values();
        Mechanism[] expected = {Mechanism.INSTANTANEOUS, Mechanism.PROGRESSIVE, Mechanism.HYBRID, Mechanism.NEITHER};
        int right = 0;
        int total = 0;
        double tmErr = 0;
        double imErr = 0;
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%d transients per shape, %.0f %% noise, "
                + "t_m in [0.01, 100] s, |i_m| in [1e-3, 10], 60-360 uneven samples to t/t_m = 2.5-4.5, either "
                + "sign.%n%n| generated | classified as (count) | lambda before peak | lambda after peak |%n"
                + "|---|---|---|---|%n", PER_SHAPE, 100 * NOISE));
        List<Path> plots = new ArrayList<>();
        for (int s = 0; s < shapes.length; s++) {
            int[] counts = new int[Mechanism.values().length];
            double[] rise = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            double[] fall = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (int k = 0; k < PER_SHAPE; k++) {
                double tm = Math.pow(10, -2 + 4 * rnd.nextDouble());
                double im = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -3 + 4 * rnd.nextDouble());
                int n = 60 + rnd.nextInt(300);
                double tauMax = 2.5 + 2 * rnd.nextDouble();
                double[][] tr = SyntheticTransient.generate(shapes[s], tm, im, n, tauMax, NOISE, rnd.nextLong());
                ScharifkerHills.Result r = ScharifkerHills.analyze(tr[0], tr[1], ScharifkerHills.Options.DEFAULT);
                counts[r.mechanism().ordinal()]++;
                right += r.mechanism() == expected[s] ? 1 : 0;
                total++;
                tmErr = Math.max(tmErr, Math.abs(r.peak().time() / tm - 1));
                imErr = Math.max(imErr, Math.abs(r.peak().current() / Math.abs(im) - 1));
                rise[0] = Math.min(rise[0], r.rising().mix());
                rise[1] = Math.max(rise[1], r.rising().mix());
                fall[0] = Math.min(fall[0], r.falling().mix());
                fall[1] = Math.max(fall[1], r.falling().mix());
                if (k == 0) {
                    plots.add(TransientAnalysis.plot(ctx.dir("plots").resolve("S4-sh-" + shapes[s].name()
                            .toLowerCase(Locale.ROOT) + ".png"), "S4 generated " + shapes[s].label() + ": classified "
                            + r.mechanism().label(), r.tau(), r.ratio2()));
                }
            }
            StringBuilder c = new StringBuilder();
            for (Mechanism mech : Mechanism.values()) {
                if (counts[mech.ordinal()] > 0) {
                    c.append(c.length() == 0 ? "" : ", ").append(mech.label()).append(" (")
                            .append(counts[mech.ordinal()]).append(')');
                }
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %.2f .. %.2f | %.2f .. %.2f |%n", shapes[s].label(), c,
                    rise[0], rise[1], fall[0], fall[1]));
        }
        ctx.check(Check.of("S4.sh.classified", "fraction of generated transients classified as generated (3D-inst., "
                + "3D-prog., hybrid, and 2D growth as neither)", (double) right / total, 1.0, 0.0, Rule.AT_LEAST));
        ctx.check(Check.of("S4.sh.tm", "largest relative error of the peak time t_m with 1 % noise", tmErr, 0.0, 0.08,
                Rule.AT_MOST));
        ctx.check(Check.of("S4.sh.im", "largest relative error of the peak current i_m with 1 % noise", imErr, 0.0,
                0.015, Rule.AT_MOST));
        md.append(String.format(Locale.ROOT, "%nLargest peak errors: t_m %.2f %%, i_m %.2f %%. Thresholds: lambda "
                + "< 1/3 instantaneous, > 2/3 progressive; neither when the best mix misses by more than half the "
                + "models' separation or lambda leaves [-1/2, 3/2] (docs/analysis.md).%n", 100 * tmErr, 100 * imErr));
        ctx.section("S4 Scharifker-Hills tool", md.toString(), plots);
    }
}
