package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.io.output.ScalarCsv;
import org.interphase.io.plot.Plots;
import org.interphase.physics.phasefield.PhaseFieldResult;
import org.interphase.validation.Check.Rule;

/**
 * The phase-field seed studies of validation.md, shrunk for CI (coarser meshes, no field output) from the real case
 * files; the full studies and the S3 sensitivity sweep are the scripts in their case folders.
 *
 * <ul>
 * <li>S3, seed 001 Fig. 4f,g (cases/seed001-interphase-layers/layers.yaml): Na plated through the native SEI (P-Na),
 * an ionic NaF layer (F-Na) and a mixed conducting, highly diffusive layer (SFC-Na), each to the same plated charge;
 * roughness and dendrite length must order P-Na &gt; F-Na &gt; SFC-Na, also for a thinner layer (1 um) and a more
 * diffusive native SEI (10 % of the electrolyte's diffusivity), two ends of the documented range.</li>
 * <li>S4, seed 000 Fig. 4d (cases/seed000-damkohler/damkohler.yaml): the Damkohler sweep; roughness at equal charge
 * must rise with Da, surface diffusion must flatten the nucleus at Da = 0.01 and the nucleus must outgrow the front
 * at Da = 100. (The Scharifker-Hills classification of S4 is AnalysisSuite's S4.sh.)</li>
 * </ul>
 */
public final class SeedStudiesSuite implements ValidationSuite {

    /** 1 mAh/cm^2 in C/m^2. */
    static final double MAH_PER_CM2 = 3.6e4;

    /** The layers of S3 as the values of layers.yaml's sei material: name, D ratio to the electrolyte, electronic. */
    record Layer(String name, double ratio, String electronic) {
    }

    /**
     * The native SEI at 1 % of the electrolyte's Na+ diffusivity (3e-10 m^2/s) and conductivity (1 S/m); F-Na and
     * SFC-Na above it by the Arrhenius factors of seed 001's activation energies (1.76 and 384), SFC-Na electronic.
     */
    static final List<Layer> LAYERS = List.of(new Layer("P-Na", 1.0, "0 S/m"), new Layer("F-Na", 1.76, "0 S/m"),
            new Layer("SFC-Na", 384, "100 S/m"));

    /** The coarse S3 mesh: a 2 um layer is 5 cells (the case: 10). */
    static final List<String> S3_COARSE = List.of("mesh.rectangle.cells=[50, 30]", "output.fields=false");

    /** The coarse S4 mesh, half the case's resolution. */
    static final List<String> S4_COARSE = List.of("mesh.rectangle.cells=[40, 20]", "output.fields=false");

    /** Da of the shrunk sweep. */
    static final double[] DAMKOHLER = {0.01, 1, 100};

    /** At Da = 0.01 the nucleus is flattened: roughness below this fraction of its initial value. */
    static final double FLAT = 0.05;

    @Override
    public String name() {
        return "seeds";
    }

    @Override
    public String title() {
        return "Phase-field seed studies: interphase layers (seed 001) and the Damkohler sweep (seed 000)";
    }

    @Override
    public List<String> ids() {
        return List.of("S3", "S4");
    }

    @Override
    public void run(SuiteContext ctx) throws Exception {
        layers(ctx);
        damkohler(ctx);
    }

    /** Roughness and dendrite length [m] at the case's stop charge for the three layers of one variant. */
    private static double[][] layerRun(SuiteContext ctx, String tag, double nativeRatio, List<String> variant)
            throws Exception {
        double[][] out = new double[2][LAYERS.size()];
        for (int k = 0; k < LAYERS.size(); k++) {
            Layer l = LAYERS.get(k);
            double r = nativeRatio * l.ratio();
            List<String> sets = new ArrayList<>(S3_COARSE);
            sets.addAll(variant);
            sets.add(String.format(Locale.ROOT, "materials.sei.electrolyte_diffusivity=%.6g m^2/s", r * 3e-10));
            sets.add(String.format(Locale.ROOT, "materials.sei.electrolyte_conductivity=%.6g S/m", r * 1.0));
            sets.add("materials.sei.electronic_conductivity=" + l.electronic());
            PhaseFieldResult res = PhaseFieldSuite.run(ctx, "seed001-interphase-layers/layers.yaml", "S3-" + tag + "-"
                    + l.name(), sets).result();
            double q = 0.1 * MAH_PER_CM2;
            out[0][k] = res.atPlatedCharge("roughness", q);
            out[1][k] = res.atPlatedCharge("dendrite_length", q);
        }
        return out;
    }

    private static void layers(SuiteContext ctx) throws Exception {
        double[][] base = layerRun(ctx, "base", 0.01, List.of());
        ctx.check(Check.property("S3.roughness-order", String.format(Locale.ROOT, "roughness at 0.1 mAh/cm^2: "
                + "P-Na %.3g > F-Na %.3g > SFC-Na %.3g um", 1e6 * base[0][0], 1e6 * base[0][1], 1e6 * base[0][2]),
                SeedStudy.falling(base[0])));
        ctx.check(Check.property("S3.dendrite-order", String.format(Locale.ROOT, "dendrite length at 0.1 mAh/cm^2: "
                + "P-Na %.3g > F-Na %.3g > SFC-Na %.3g um", 1e6 * base[1][0], 1e6 * base[1][1], 1e6 * base[1][2]),
                SeedStudy.falling(base[1])));
        ctx.check(Check.of("S3.sfc-flat", "SFC-Na roughness over P-Na's (the mixed conducting layer keeps the front "
                + "flat)", base[0][2] / base[0][0], 0.5, 0.0, Rule.AT_MOST));
        double[][] thin = layerRun(ctx, "thin", 0.01, List.of("regions.0.max=[3 um, 12 um]"));
        double[][] leaky = layerRun(ctx, "leaky", 0.1, List.of());
        ctx.check(Check.property("S3.sensitivity", "P-Na > F-Na > SFC-Na in both quantities for a 1 um layer and for a "
                + "native SEI at 10 % of the electrolyte's diffusivity", SeedStudy.falling(thin[0])
                && SeedStudy.falling(thin[1]) && SeedStudy.falling(leaky[0]) && SeedStudy.falling(leaky[1])));
        Path dir = ctx.dir("plots");
        ScalarCsv csv = new ScalarCsv(dir.resolve("S3-layers.csv"), List.of("layer", "roughness", "dendrite_length",
                "roughness_thin", "roughness_leaky"), List.of("", "m", "m", "m", "m"));
        StringBuilder md = new StringBuilder("At 0.1 mAh/cm^2, coarse mesh (50 x 30):\n\n| layer | roughness [um] | "
                + "dendrite length [um] | roughness, 1 um layer | roughness, native D 10 % |\n|---|---|---|---|---|\n");
        double[] x = new double[LAYERS.size()];
        for (int k = 0; k < LAYERS.size(); k++) {
            x[k] = k;
            csv.append(k, base[0][k], base[1][k], thin[0][k], leaky[0][k]);
            md.append(String.format(Locale.ROOT, "| %s | %.4g | %.4g | %.4g | %.4g |%n", LAYERS.get(k).name(),
                    1e6 * base[0][k], 1e6 * base[1][k], 1e6 * thin[0][k], 1e6 * leaky[0][k]));
        }
        Path plot = Plots.line(dir.resolve("S3-layers.png"), "S3 interphase layers: 0 = P-Na, 1 = F-Na, 2 = SFC-Na",
                "layer", "length at 0.1 mAh/cm^2 [um]", false, false, List.of(
                        new Plots.Series("roughness", x, CohesiveSuite.times(base[0], 1e6)),
                        new Plots.Series("dendrite length", x, CohesiveSuite.times(base[1], 1e6)),
                        new Plots.Series("roughness, 1 um layer", x, CohesiveSuite.times(thin[0], 1e6)),
                        new Plots.Series("roughness, native D 10 %", x, CohesiveSuite.times(leaky[0], 1e6))));
        ctx.section("S3 seed 001: interphase layers", md.toString(), List.of(plot));
    }

    private static void damkohler(SuiteContext ctx) throws Exception {
        double[] rough = new double[DAMKOHLER.length];
        double[] length = new double[DAMKOHLER.length];
        double initial = Double.NaN;
        for (int i = 0; i < DAMKOHLER.length; i++) {
            List<String> sets = new ArrayList<>(S4_COARSE);
            sets.add(String.format(Locale.ROOT, "surface_diffusion.damkohler=%g", DAMKOHLER[i]));
            PhaseFieldResult r = PhaseFieldSuite.run(ctx, "seed000-damkohler/damkohler.yaml", String.format(Locale.ROOT,
                    "S4-Da-%g", DAMKOHLER[i]), sets).result();
            double q = 0.1 * MAH_PER_CM2;
            rough[i] = r.atPlatedCharge("roughness", q);
            length[i] = r.atPlatedCharge("dendrite_length", q);
            initial = r.column("roughness")[0];
        }
        ctx.check(Check.property("S4.rises", String.format(Locale.ROOT, "roughness at 0.1 mAh/cm^2 rises with Da "
                + "(%s um at Da = %s)", join(CohesiveSuite.times(rough, 1e6)), join(DAMKOHLER)), increasing(rough)));
        ctx.check(Check.of("S4.smooth", "roughness over its initial value at Da = 0.01 (surface diffusion flattens "
                + "the nucleus)", rough[0] / initial, FLAT, 0.0, Rule.AT_MOST));
        int last = DAMKOHLER.length - 1;
        ctx.check(Check.of("S4.rough", "roughness over its initial value at Da = 100 (the nucleus outgrows the front)",
                rough[last] / initial, 1.0, 0.0, Rule.AT_LEAST));
        Path dir = ctx.dir("plots");
        ScalarCsv csv = new ScalarCsv(dir.resolve("S4-damkohler.csv"), List.of("damkohler", "roughness",
                "dendrite_length"), List.of("", "m", "m"));
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "At 0.1 mAh/cm^2, coarse mesh (40 x 20); "
                + "initial roughness %.4g um:%n%n| Da | roughness [um] | dendrite length [um] |%n|---|---|---|%n",
                1e6 * initial));
        for (int i = 0; i < DAMKOHLER.length; i++) {
            csv.append(DAMKOHLER[i], rough[i], length[i]);
            md.append(String.format(Locale.ROOT, "| %g | %.4g | %.4g |%n", DAMKOHLER[i], 1e6 * rough[i],
                    1e6 * length[i]));
        }
        Path plot = Plots.line(dir.resolve("S4-damkohler.png"), "S4 Damkohler sweep", "Da", "length at 0.1 mAh/cm^2 "
                + "[um]", true, false, List.of(
                new Plots.Series("roughness", DAMKOHLER, CohesiveSuite.times(rough, 1e6)),
                new Plots.Series("dendrite length", DAMKOHLER, CohesiveSuite.times(length, 1e6))));
        ctx.section("S4 seed 000: Damkohler sweep", md.toString(), List.of(plot));
    }

    static boolean increasing(double[] v) {
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] > v[i - 1])) {
                return false;
            }
        }
        return true;
    }

    private static String join(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double x : v) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", x));
        }
        return b.toString();
    }
}
