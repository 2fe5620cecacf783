package org.interphase.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.interphase.core.InputException;
import org.interphase.input.Dimension;
import org.interphase.input.Units;
import org.interphase.physics.phasefield.analysis.Metal;
import org.interphase.physics.phasefield.analysis.PhaseFieldSeries;
import org.interphase.physics.phasefield.analysis.ScharifkerHills;
import org.interphase.physics.phasefield.analysis.SeriesAnalysis;
import org.interphase.physics.phasefield.analysis.SurfaceStatistics;
import org.interphase.physics.phasefield.analysis.TransientAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interphase analyze transient|series}: post-processing of transients and phase-field output. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Post-process: Scharifker-Hills analysis of a current transient CSV, or deposit scalars and "
                + "interface profiles of a phase-field output series. See docs/analysis.md.",
        subcommands = {AnalyzeCommand.Transient.class, AnalyzeCommand.Series.class})
public final class AnalyzeCommand implements Runnable {

    /** Registers the command with the CLI (META-INF/services/org.interphase.cli.CommandProvider). */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "analyze";
        }

        @Override
        public Object command() {
            return new AnalyzeCommand();
        }
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Normalizes a transient, compares it with both Scharifker-Hills models and classifies it. */
    @Command(name = "transient", mixinStandardHelpOptions = true,
            description = "Read a transient CSV (header like 'time [s],current [A/m^2]', time from the potential "
                    + "step), find the peak (t_m, i_m), write (i/i_m)^2 vs t/t_m as CSV and PNG with the 3D "
                    + "instantaneous and progressive curves, and print the error norms and the classification: "
                    + "3D-instantaneous, 3D-progressive, hybrid or neither.")
    static final class Transient implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.csv", description = "The transient.")
        private Path file;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/analyze/<name>).")
        private Path out;

        @Option(names = "--tau-min", paramLabel = "X", description = "Compare from t/t_m = X (default 0; e.g. 0.1 to "
                + "skip double-layer charging).")
        private double tauMin;

        @Option(names = "--tau-max", paramLabel = "X", description = "Compare up to t/t_m = X (default: all).")
        private double tauMax = Double.POSITIVE_INFINITY;

        @Override
        public Integer call() {
            ScharifkerHills.Options o = ScharifkerHills.Options.DEFAULT.withTau(tauMin, tauMax);
            Path dir = out != null ? out : Path.of("out", "analyze", RunCommand.stem(file));
            TransientAnalysis.Outcome r = TransientAnalysis.run(file, o, dir);
            ScharifkerHills.Result s = r.result();
            System.out.printf(Locale.ROOT, "interphase: %s: %d samples, peak i_m = %.6g %s at t_m = %.6g s%n", file,
                    s.tau().length, s.peak().current(), r.data().currentUnit(), s.peak().time());
            System.out.println("  part     t/t_m range      rms vs 3D-inst  rms vs 3D-prog  lambda (0 inst, 1 prog)");
            part("rising", s.rising());
            part("falling", s.falling());
            System.out.println("classification: " + s.mechanism().label() + " (" + s.reason() + ")");
            System.out.println("wrote " + r.csv() + " and " + r.png());
            return 0;
        }

        private static void part(String name, ScharifkerHills.Part p) {
            System.out.printf(Locale.ROOT, "  %-8s %6.3f .. %-7.3f  %14.4g  %14.4g  %6.3f%n", name, p.tauFrom(),
                    p.tauTo(), p.errorInstantaneous(), p.errorProgressive(), p.mix());
        }
    }

    /** Deposit scalars and interface profiles of a phase-field output series. */
    @Command(name = "series", mixinStandardHelpOptions = true,
            description = "Read a phase-field output series (XDMF+HDF5 from 'interphase run') and write per-step "
                    + "deposit scalars (charge, capacity, thickness, current density, front, roughness, "
                    + "peak-to-valley, bump amplitude, dendrite length) to deposit.csv, and the last interface "
                    + "profile to interface-profile.csv/.png; optionally sample a field along the interface or a "
                    + "segment.")
    static final class Series implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "The run's output folder.")
        private Path dir;

        @Option(names = "--base", paramLabel = "NAME", description = "Series prefix (default: the only series with "
                + "the order parameter).")
        private String base;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR/analysis).")
        private Path out;

        @Option(names = "--metal", paramLabel = "na|li", description = "Deposited metal: n and V_m (default na).")
        private String metal = "na";

        @Option(names = "--molar-volume", paramLabel = "Q", description = "Molar volume instead of the metal's, e.g. "
                + "'23.75 cm^3/mol'.")
        private String molarVolume;

        @Option(names = "--field", paramLabel = "NAME", description = "Order parameter dataset (default xi).")
        private String field = "xi";

        @Option(names = "--level", paramLabel = "X", description = "Contour level (default 0.5).")
        private double level = 0.5;

        @Option(names = "--axis", paramLabel = "x|y|z", description = "Growth axis (default: y in 2D, z in 3D).")
        private String axis;

        @Option(names = "--columns", paramLabel = "N", description = "Height columns across each other axis "
                + "(default: about one per node spacing).")
        private int columns;

        @Option(names = "--area", paramLabel = "Q", description = "Electrode area, e.g. '1 mm^2' in 3D or a width "
                + "'200 um' in 2D (default: the mesh extent across the growth axis).")
        private String area;

        @Option(names = "--sample", paramLabel = "FIELD[:K]", description = "Sample component K (default 0) of a "
                + "point field at the last step, along --line or, in 2D, along the interface contour.")
        private String sample;

        @Option(names = "--line", paramLabel = "AX,AY[,AZ],BX,BY[,BZ]", description = "Segment for --sample: A then "
                + "B, comma-separated, lengths with optional units, e.g. '0,5 um,200 um,5 um'.")
        private String line;

        @Override
        public Integer call() {
            PhaseFieldSeries s = PhaseFieldSeries.open(dir, base, field);
            int dim = s.mesh().dim();
            Metal m = parseMetal(metal);
            double vm = molarVolume == null ? m.molarVolume() : Units.si(molarVolume, Dimension.MOLAR_VOLUME);
            double a = area == null ? 0.0 : Units.si(area, dim == 2 ? Dimension.LENGTH : Dimension.AREA);
            int ax = axis == null ? -1 : "xyz".indexOf(axis.toLowerCase(Locale.ROOT));
            if (axis != null && (axis.length() != 1 || ax < 0 || ax >= dim)) {
                throw InputException.of("--axis %s is not an axis of a %dD mesh; use %s", axis, dim,
                        dim == 2 ? "x or y" : "x, y or z");
            }
            String sf = null;
            int comp = 0;
            if (sample != null) {
                String[] p = sample.split(":", 2);
                sf = p[0];
                try {
                    comp = p.length == 2 ? Integer.parseInt(p[1].strip()) : 0;
                } catch (NumberFormatException e) {
                    throw InputException.of("--sample %s: the component after ':' must be an integer", sample);
                }
            }
            double[] seg = null;
            if (line != null) {
                String[] p = line.split(",");
                seg = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    seg[i] = Units.si(p[i], Dimension.LENGTH);
                }
            }
            SeriesAnalysis.Options o = new SeriesAnalysis.Options(field, level, ax, columns, m.valence(), vm, a, sf,
                    comp, seg, 201);
            Path to = out != null ? out : dir.resolve("analysis");
            System.out.printf(Locale.ROOT, "interphase: analysing series '%s' in %s (%d steps, %s)%n", s.base(), dir,
                    s.steps().size(), s.mesh());
            SeriesAnalysis.Outcome r = SeriesAnalysis.run(s, o, to, line1 -> System.out.println("  " + line1));
            SeriesAnalysis.Row last = r.rows().get(r.rows().size() - 1);
            SurfaceStatistics f = last.front();
            System.out.printf(Locale.ROOT, "last step t = %.6g s: %.4g mAh/cm^2 plated, dense thickness %.4g m, "
                    + "front %.6g m, roughness rms %.4g m, peak-to-valley %.4g m, dendrite length %.4g m%n",
                    last.time(), last.capacity(), last.thickness(), f.mean(), f.rms(), f.peakToValley(),
                    f.dendriteLength());
            System.out.println("wrote " + String.join(", ", r.files().stream().map(Path::toString).toList()));
            return 0;
        }

        private static Metal parseMetal(String name) {
            for (Metal m : Metal.values()) {
                if (m.name().equalsIgnoreCase(name)) {
                    return m;
                }
            }
            throw InputException.of("--metal %s is not known; use na or li (or give --molar-volume)", name);
        }
    }
}
