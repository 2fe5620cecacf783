package org.interphase.physics.phasefield.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.interphase.io.plot.Plots;

/**
 * The {@code interphase analyze transient} work: reads a transient CSV ({@link TransientCsv}), runs the
 * Scharifker-Hills analysis ({@link ScharifkerHills}) and writes {@code <stem>-sh.csv} (t/t_m,
 * (i/i_m)^2, both model curves at the same t/t_m, and the SI time and current) and {@code <stem>-sh.png}
 * (the normalized curve with both models).
 */
public final class TransientAnalysis {

    /** What a run produced. */
    public record Outcome(TransientCsv data, ScharifkerHills.Result result, Path csv, Path png) {
    }

    private static final int THEORY_POINTS = 400;

    private TransientAnalysis() {
    }

    /**
     * @param file    (Input) the transient CSV.
     * @param options (Input) analysis settings.
     * @param outDir  (Input) output folder (created).
     * @return the data, the analysis and the files written.
     */
    public static Outcome run(Path file, ScharifkerHills.Options options, Path outDir) {
        TransientCsv data = TransientCsv.read(file);
        ScharifkerHills.Result r = ScharifkerHills.analyze(data.time(), data.current(), options);
        String stem = stem(file);
        int n = r.tau().length;
        double[] fi = new double[n];
        double[] fp = new double[n];
        for (int k = 0; k < n; k++) {
            fi[k] = r.tau()[k] > 0 ? ScharifkerHills.instantaneous(r.tau()[k]) : 0.0;
            fp[k] = r.tau()[k] > 0 ? ScharifkerHills.progressive(r.tau()[k]) : 0.0;
        }
        Path csv = CsvTable.write(outDir.resolve(stem + "-sh.csv"),
                List.of("t/t_m", "(i/i_m)^2", "3D-instantaneous", "3D-progressive", "time", "current"),
                List.of("", "", "", "", "s", data.currentUnit()), r.tau(), r.ratio2(), fi, fp, data.time(),
                data.current());
        Path png = plot(outDir.resolve(stem + "-sh.png"), "Scharifker-Hills: " + file.getFileName() + " ("
                + r.mechanism().label() + ")", r.tau(), r.ratio2());
        return new Outcome(data, r, csv, png);
    }

    /**
     * Writes the normalized curve with both model curves as a PNG.
     *
     * @param png    (Input) the file.
     * @param title  (Input) the chart title.
     * @param tau    (Input) t/t_m per sample. Not modified.
     * @param ratio2 (Input) (i/i_m)^2 per sample. Not modified.
     * @return the file.
     */
    public static Path plot(Path png, String title, double[] tau, double[] ratio2) {
        double hi = 0.0;
        for (double t : tau) {
            hi = Math.max(hi, t);
        }
        double[] x = new double[THEORY_POINTS];
        double[] yi = new double[THEORY_POINTS];
        double[] yp = new double[THEORY_POINTS];
        for (int k = 0; k < THEORY_POINTS; k++) {
            x[k] = hi * (k + 1) / THEORY_POINTS;
            yi[k] = ScharifkerHills.instantaneous(x[k]);
            yp[k] = ScharifkerHills.progressive(x[k]);
        }
        try {
            return Plots.line(png, title, "t / t_m", "(i / i_m)^2", false, List.of(
                    new Plots.Series("measured", tau, ratio2),
                    new Plots.Series("3D instantaneous", x, yi, true),
                    new Plots.Series("3D progressive", x, yp, true)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + png + ": " + e.getMessage(), e);
        }
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
