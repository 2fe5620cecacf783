package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.io.output.ScalarCsv;
import org.interphase.io.plot.Plots;
import org.interphase.physics.czm.CohesiveResult;
import org.interphase.validation.Check.Rule;

/**
 * S1 (validation.md), seed 004 Fig. 4a,b, shrunk: the SEI film of cases/seed004-sei-delamination/ on a
 * coarser mesh, for a few thicknesses, under the Li (100 MPa) and Na (59 MPa) nucleation pressures, plus a
 * reduced sensitivity set (the softest film, the toughest bond of the documented ranges). Checks that the
 * opening at the symmetry line over h falls with h, that Li lies above Na at every h and more so at 4 nm
 * (the Li/Na ratio larger than at the thickest film), and reports the Li thickness
 * whose opening over h matches Na at 4 nm. The full study and sensitivity sweep are study.sh and
 * sensitivity.sh in the case folder.
 */
final class SeedStudy {

    /** A metal: its nucleation pressure and substrate modulus. */
    record Metal(String name, String pressure, String modulus) {
    }

    static final Metal LI = new Metal("Li", "100 MPa", "4.9 GPa");
    static final Metal NA = new Metal("Na", "59 MPa", "4.6 GPa");

    /**
     * "Much larger at 4 nm": the Li/Na ratio at 4 nm exceeds the ratio at 20 nm. It is about 800 where Li
     * at 4 nm delaminates to the domain edge and Na does not (the baseline), but only 1.3 for the stiffest
     * film of the documented range (165 GPa), where Li at 4 nm stays bonded (docs/czm.md).
     */
    static final double MUCH_LARGER = 1.0;

    /** A coarser mesh than the case's, for CI. */
    static final List<String> COARSE = List.of("mesh.layers.x.0.cells=30", "mesh.layers.x.1.cells=14",
            "mesh.layers.stack.0.segments.1.cells=3", "mesh.layers.stack.0.segments.2.cells=3",
            "mesh.layers.stack.1.cells=2", "output.fields=false");

    private SeedStudy() {
    }

    /** Opening over h at each thickness for one metal and a parameter variant. */
    static double[] openings(SuiteContext ctx, Metal m, double[] h, List<String> variant, String tag)
            throws Exception {
        double[] w = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            List<String> sets = new ArrayList<>(COARSE);
            sets.addAll(variant);
            sets.add(String.format(Locale.ROOT, "mesh.layers.stack.1.thickness=%g nm", h[i] * 1e9));
            sets.add("interfaces.bond.pressure.value=" + m.pressure());
            sets.add("materials.metal.E=" + m.modulus());
            CohesiveResult r = CohesiveSuite.run(ctx, "seed004-sei-delamination/film.yaml", String.format(Locale.ROOT,
                    "S1-%s-%s-%.0fnm", tag, m.name(), h[i] * 1e9), sets);
            w[i] = r.summary().get("axis_opening_normal") / h[i];
        }
        return w;
    }

    /**
     * @param ctx     (Input) the suite's context.
     * @param reduced (Input) true: 4, 6 and 20 nm (CI); false: the seven thicknesses of study.sh, on the same
     *                coarse mesh (validate --full).
     */
    static void run(SuiteContext ctx, boolean reduced) throws Exception {
        double[] h = reduced ? new double[] {4e-9, 6e-9, 20e-9} : new double[] {4e-9, 5e-9, 6e-9, 8e-9, 12e-9, 16e-9,
            20e-9};
        double[] li = openings(ctx, LI, h, List.of(), "base");
        double[] na = openings(ctx, NA, h, List.of(), "base");
        ctx.check(Check.property("S1.falls", "opening/h falls with h for Li and Na", falling(li) && falling(na)));
        ctx.check(Check.property("S1.li-above-na", "Li above Na at every h", above(li, na)));
        int last = h.length - 1;
        double ratio4 = li[0] / na[0];
        ctx.check(Check.of("S1.much-larger-at-4nm", String.format(Locale.ROOT, "Li/Na opening ratio at 4 nm over the "
                + "ratio at %.0f nm", h[last] * 1e9), ratio4 / (li[last] / na[last]), MUCH_LARGER, 0.0, Rule.AT_LEAST));
        double match = matchingThickness(h, li, na[0]);
        ctx.check(Check.of("S1.li-thickness-matching-na-4nm", "Li film thickness [m] whose opening/h equals Na at 4 nm "
                + "(reported; the seed's claim: Li needs a thicker film)", match, 4e-9, 0.0, Rule.AT_LEAST));
        Path dir = ctx.dir("plots");
        ScalarCsv csv = new ScalarCsv(dir.resolve("S1-opening.csv"), List.of("h", "li_opening_over_h",
                "na_opening_over_h"), List.of("m", "", ""));
        StringBuilder md = new StringBuilder("| h [nm] | Li opening/h | Na opening/h | Li/Na |\n|---|---|---|---|\n");
        for (int i = 0; i < h.length; i++) {
            csv.append(h[i], li[i], na[i]);
            md.append(String.format(Locale.ROOT, "| %.0f | %.5g | %.5g | %.3f |%n", h[i] * 1e9, li[i], na[i],
                    li[i] / na[i]));
        }
        md.append(String.format(Locale.ROOT, "%nLi thickness matching Na at 4 nm: %.2f nm%n", match * 1e9));
        Path plot = Plots.line(dir.resolve("S1-opening.png"), "S1 SEI film: opening at the symmetry line",
                "SEI thickness h [nm]", "opening / h", false, true, List.of(new Plots.Series("Li, 100 MPa",
                CohesiveSuite.times(h, 1e9), li), new Plots.Series("Na, 59 MPa", CohesiveSuite.times(h, 1e9), na)));
        double[] ends = {h[0], h[last]};
        boolean trends = true;
        StringBuilder sens = new StringBuilder("| variant | Li 4 nm | Na 4 nm | Li 20 nm | Na 20 nm |\n|---|---|---|---|"
                + "---|\n");
        String[][] variants = {{"soft-film", "materials.film.E=21 GPa"}, {"tough-bond",
            "interfaces.bond.GIc=2 J/m^2", "interfaces.bond.GIIc=2 J/m^2"}};
        for (String[] v : variants) {
            List<String> sets = List.of(v).subList(1, v.length);
            double[] l = openings(ctx, LI, ends, sets, v[0]);
            double[] n = openings(ctx, NA, ends, sets, v[0]);
            trends &= falling(l) && falling(n) && above(l, n) && l[0] / n[0] > MUCH_LARGER * l[1] / n[1];
            sens.append(String.format(Locale.ROOT, "| %s | %.4g | %.4g | %.4g | %.4g |%n", v[0], l[0], n[0], l[1],
                    n[1]));
        }
        ctx.check(Check.property("S1.sensitivity", "the trends hold for a soft film (21 GPa) and a tough bond "
                + "(2 J/m^2)", trends));
        ctx.section("S1 seed 004: SEI delamination", md + "\nSensitivity (opening/h):\n\n" + sens, List.of(plot));
    }

    static boolean falling(double[] w) {
        for (int i = 1; i < w.length; i++) {
            if (!(w[i] < w[i - 1])) {
                return false;
            }
        }
        return true;
    }

    static boolean above(double[] li, double[] na) {
        for (int i = 0; i < li.length; i++) {
            if (!(li[i] > na[i])) {
                return false;
            }
        }
        return true;
    }

    /** The h where the (falling) Li curve reaches a value, by log-log interpolation; NaN when outside. */
    static double matchingThickness(double[] h, double[] li, double value) {
        for (int i = 0; i + 1 < h.length; i++) {
            if (li[i] >= value && li[i + 1] <= value) {
                double t = Math.log(value / li[i]) / Math.log(li[i + 1] / li[i]);
                return Math.exp(Math.log(h[i]) + t * Math.log(h[i + 1] / h[i]));
            }
        }
        return Double.NaN;
    }
}
