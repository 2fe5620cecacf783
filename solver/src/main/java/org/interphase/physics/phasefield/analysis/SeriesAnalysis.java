package org.interphase.physics.phasefield.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.InputException;
import org.interphase.core.Progress;
import org.interphase.io.plot.Plots;
import org.interphase.mesh.Mesh;

/**
 * The {@code interphase analyze series} work: per-step deposit scalars of a phase-field output series
 * and the interface profile of its last step.
 *
 * <p>Per step: the metal content integral(xi), the areal charge deposited since the first step
 * q = n F c_s (integral - integral_0) / A with c_s = 1 / V_m, the areal capacity, the dense thickness
 * V_m q / (n F), the current density n F c_s d/dt integral / A ({@link CurrentTransient}), and the front
 * statistics of the level contour ({@link SurfaceStatistics}: front position, rms roughness,
 * peak-to-valley, bump amplitude, dendrite length). A is the electrode area: the mesh's bounding-box
 * extent across the growth axis unless given (m per unit depth in 2D, so q is in C/m^2 in 2D and 3D).
 *
 * <p>Files: {@code deposit.csv} (one row per step), {@code interface-profile.csv} and
 * {@code interface-profile.png} (the heights of the last step over the columns, with the first step's
 * for comparison; in 3D the CSV holds the grid and the PNG the middle row), in 2D
 * {@code interface-contour.csv} (the contour polylines of the last step), and with a sampled field
 * {@code <field>-profile.csv} (the field along the segment A-B, or in 2D along the longest contour).
 */
public final class SeriesAnalysis {

    /**
     * Settings.
     *
     * @param field           the order parameter's dataset name ("xi").
     * @param level           the contour level (0.5).
     * @param axis            the growth axis, or -1 for the last one (y in 2D, z in 3D).
     * @param columns         columns across each other axis, or 0 for about one per node spacing.
     * @param valence         n.
     * @param molarVolume     V_m, m^3/mol.
     * @param area            electrode area (m^2, m per unit depth in 2D), or 0 for the projected extent.
     * @param sampleField     a point field to sample at the last step, or null.
     * @param sampleComponent its component (0 for scalars).
     * @param line            segment end points {A, B} (2 dim values), or null for the contour (2D).
     * @param samples         samples along the segment.
     */
    public record Options(String field, double level, int axis, int columns, int valence, double molarVolume,
            double area, String sampleField, int sampleComponent, double[] line, int samples) {

        /** The defaults for a metal: xi, level 0.5, last axis, automatic columns and area, no sampling. */
        public static Options of(Metal metal) {
            return new Options("xi", 0.5, -1, 0, metal.valence(), metal.molarVolume(), 0.0, null, 0, null, 201);
        }

        /** @return these options sampling {@code name}[{@code component}] along {@code segment} (or null). */
        public Options sampling(String name, int component, double[] segment) {
            return new Options(field, level, axis, columns, valence, molarVolume, area, name, component, segment,
                    samples);
        }

        /** @return these options with another growth axis and column count. */
        public Options columns(int growthAxis, int count) {
            return new Options(field, level, growthAxis, count, valence, molarVolume, area, sampleField,
                    sampleComponent, line, samples);
        }
    }

    /**
     * The scalars of one step.
     *
     * @param time        s.
     * @param metal       integral(xi), m^3 (m^2 per unit depth in 2D).
     * @param arealCharge deposited since the first step, C/m^2.
     * @param capacity    the same in mAh/cm^2.
     * @param thickness   dense thickness of that charge, m.
     * @param current     current density, A/m^2 (NaN for a single step).
     * @param front       statistics of the front heights.
     */
    public record Row(double time, double metal, double arealCharge, double capacity, double thickness,
            double current, SurfaceStatistics front) {
    }

    /**
     * What a run produced.
     *
     * @param rows      the per-step scalars.
     * @param area      the electrode area used.
     * @param axis      the growth axis used.
     * @param last      the last step's height profile (2D) or null.
     * @param lastField the last step's height field (3D) or null.
     * @param files     the files written.
     */
    public record Outcome(List<Row> rows, double area, int axis, HeightProfile last, HeightField lastField,
            List<Path> files) {
    }

    private static final String[] AXES = {"x", "y", "z"};

    private SeriesAnalysis() {
    }

    /**
     * @param series   (Input) the series.
     * @param o        (Input) settings.
     * @param outDir   (Input) output folder (created).
     * @param progress (Input) receives one line per step.
     * @return the rows, the last front and the files written.
     */
    public static Outcome run(PhaseFieldSeries series, Options o, Path outDir, Progress progress) {
        Mesh mesh = series.mesh();
        int dim = mesh.dim();
        int axis = o.axis() < 0 ? dim - 1 : o.axis();
        Checks.input(axis < dim, "growth axis %d does not exist in a %dD mesh", axis, dim);
        Checks.input(o.molarVolume() > 0 && o.valence() >= 1, "need a positive molar volume and valence >= 1");
        double area = o.area() > 0 ? o.area() : MeshIntegrals.projectedArea(mesh, axis);
        double[][] grid = columnGrid(mesh, axis, o.columns());
        List<PhaseFieldSeries.Step> steps = series.steps();
        int n = steps.size();
        double[] t = new double[n];
        double[] metal = new double[n];
        SurfaceStatistics[] fronts = new SurfaceStatistics[n];
        HeightProfile first = null;
        HeightProfile last = null;
        HeightField lastField = null;
        List<Polyline> lastContour = null;
        double[] lastXi = null;
        for (int k = 0; k < n; k++) {
            PhaseFieldSeries.Step s = steps.get(k);
            double[] xi = series.field(s, o.field(), 0);
            t[k] = s.time();
            metal[k] = MeshIntegrals.integral(mesh, xi);
            if (dim == 2) {
                List<Polyline> contour = MarchingTriangles.contour(mesh, xi, o.level());
                HeightProfile p = HeightProfile.of(contour, axis, grid[0]);
                fronts[k] = p.statistics();
                first = k == 0 ? p : first;
                last = p;
                lastContour = contour;
            } else {
                lastField = HeightField.of(mesh, xi, o.level(), axis, grid[0], grid[1]);
                fronts[k] = lastField.statistics();
            }
            lastXi = xi;
            progress.report(String.format(Locale.ROOT, "step %d/%d  t = %.6g s  front %.6g m  rms %.3g m",
                    k + 1, n, t[k], fronts[k].mean(), fronts[k].rms()));
        }
        double cs = 1.0 / o.molarVolume();
        double[] current = n >= 2 ? CurrentTransient.currentDensity(t, metal, o.valence(), cs, area) : new double[] {
            Double.NaN};
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double q = Faraday.charge(o.valence(), cs, metal[k] - metal[0]) / area;
            rows.add(new Row(t[k], metal[k], q, Faraday.arealCapacity(q),
                    Faraday.thicknessPerArealCharge(o.molarVolume(), q, o.valence()), current[k], fronts[k]));
        }
        List<Path> files = new ArrayList<>();
        files.add(writeRows(outDir.resolve("deposit.csv"), rows, dim));
        String h = AXES[axis];
        if (dim == 2) {
            String u = AXES[1 - axis];
            files.add(CsvTable.write(outDir.resolve("interface-profile.csv"), List.of(u, h), List.of("m", "m"),
                    last.columns(), last.heights()));
            files.add(plotProfile(outDir.resolve("interface-profile.png"), "Interface profile (" + o.field() + " = "
                    + o.level() + ")", u, h, last.columns(), first.heights(), t[0], last.heights(), t[n - 1]));
            files.add(writeContour(outDir.resolve("interface-contour.csv"), lastContour));
        } else {
            files.addAll(writeField(outDir, lastField, axis, o));
        }
        if (o.sampleField() != null) {
            double[] f = series.field(steps.get(n - 1), o.sampleField(), o.sampleComponent());
            files.add(writeSample(outDir.resolve(o.sampleField() + "-profile.csv"), mesh, f, o, lastContour));
        }
        return new Outcome(rows, area, axis, last, lastField, files);
    }

    /**
     * Uniform column centres across the growth axis: one array (2D) or two (3D).
     *
     * @param mesh    (Input) the mesh.
     * @param axis    (Input) the growth axis.
     * @param columns (Input) columns per transverse axis, or 0 for about one per node spacing (at least 8).
     * @return the column centres per transverse axis.
     */
    public static double[][] columnGrid(Mesh mesh, int axis, int columns) {
        double[] b = MeshIntegrals.bounds(mesh);
        int dim = mesh.dim();
        double measure = MeshIntegrals.measure(mesh);
        double spacing = (dim == 2 ? Math.sqrt(2 * measure / mesh.cellCount())
                : Math.cbrt(6 * measure / mesh.cellCount())) / mesh.cellType().order();
        double[][] out = new double[dim - 1][];
        int j = 0;
        for (int d = 0; d < dim; d++) {
            if (d == axis) {
                continue;
            }
            double w = b[2 * d + 1] - b[2 * d];
            int count = columns > 0 ? columns : Math.max(8, (int) Math.round(w / spacing));
            out[j++] = HeightProfile.uniformColumns(b[2 * d], b[2 * d + 1], count);
        }
        return out;
    }

    private static Path writeRows(Path file, List<Row> rows, int dim) {
        int n = rows.size();
        double[][] c = new double[12][n];
        for (int k = 0; k < n; k++) {
            Row r = rows.get(k);
            double[] v = {r.time(), r.metal(), r.arealCharge(), r.capacity(), r.thickness(), r.current(),
                r.front().mean(), r.front().rms(), r.front().peakToValley(), r.front().bumpAmplitude(),
                r.front().dendriteLength(), r.front().columns()};
            for (int j = 0; j < v.length; j++) {
                c[j][k] = v[j];
            }
        }
        return CsvTable.write(file, List.of("time", "metal", "charge", "capacity", "thickness", "current density",
                "front", "roughness rms", "peak-to-valley", "bump amplitude", "dendrite length", "columns"),
                List.of("s", dim == 2 ? "m^2/m" : "m^3", "C/m^2", "mAh/cm^2", "m", "A/m^2", "m", "m", "m", "m", "m",
                        ""), c);
    }

    private static Path writeContour(Path file, List<Polyline> contour) {
        int n = 0;
        for (Polyline p : contour) {
            n += p.size();
        }
        double[] id = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < contour.size(); i++) {
            Polyline p = contour.get(i);
            for (int j = 0; j < p.size(); j++) {
                id[k] = i;
                x[k] = p.x(j);
                y[k] = p.y(j);
                k++;
            }
        }
        return CsvTable.write(file, List.of("polyline", "x", "y"), List.of("", "m", "m"), id, x, y);
    }

    private static List<Path> writeField(Path outDir, HeightField f, int axis, Options o) {
        int a1 = axis == 0 ? 1 : 0;
        int a2 = axis == 2 ? 1 : 2;
        int nu = f.u().length;
        int nv = f.v().length;
        double[] u = new double[nu * nv];
        double[] v = new double[nu * nv];
        for (int i = 0; i < nu; i++) {
            for (int j = 0; j < nv; j++) {
                u[i * nv + j] = f.u()[i];
                v[i * nv + j] = f.v()[j];
            }
        }
        Path csv = CsvTable.write(outDir.resolve("interface-profile.csv"), List.of(AXES[a1], AXES[a2], AXES[axis]),
                List.of("m", "m", "m"), u, v, f.heights());
        int mid = nv / 2;
        double[] row = new double[nu];
        for (int i = 0; i < nu; i++) {
            row[i] = f.heights()[i * nv + mid];
        }
        Path png = plotProfile(outDir.resolve("interface-profile.png"), String.format(Locale.ROOT,
                "Interface profile (%s = %s) at %s = %.4g m", o.field(), o.level(), AXES[a2], f.v()[mid]), AXES[a1],
                AXES[axis], f.u(), null, 0, row, Double.NaN);
        return List.of(csv, png);
    }

    private static Path plotProfile(Path png, String title, String u, String h, double[] x, double[] firstH,
            double t0, double[] lastH, double t1) {
        List<Plots.Series> series = new ArrayList<>();
        if (firstH != null) {
            addFinite(series, String.format(Locale.ROOT, "t = %.4g s", t0), x, firstH, true);
        }
        addFinite(series, Double.isNaN(t1) ? "last step" : String.format(Locale.ROOT, "t = %.4g s", t1), x,
                lastH, false);
        try {
            return Plots.line(png, title, u + " [m]", h + " [m]", false, series);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + png + ": " + e.getMessage(), e);
        }
    }

    private static void addFinite(List<Plots.Series> out, String name, double[] x, double[] y, boolean dashed) {
        int n = 0;
        for (double v : y) {
            n += Double.isFinite(v) ? 1 : 0;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                xs[k] = x[i];
                ys[k++] = y[i];
            }
        }
        out.add(new Plots.Series(name, xs, ys, dashed));
    }

    private static Path writeSample(Path file, Mesh mesh, double[] f, Options o, List<Polyline> contour) {
        CellLocator locator = new CellLocator(mesh);
        int dim = mesh.dim();
        LineProfile p;
        if (o.line() != null) {
            Checks.input(o.line().length == 2 * dim, "a sampling segment needs %d numbers (A then B), got %d",
                    2 * dim, o.line().length);
            double[] a = Arrays.copyOfRange(o.line(), 0, dim);
            double[] b = Arrays.copyOfRange(o.line(), dim, 2 * dim);
            p = LineProfile.segment(locator, f, a, b, o.samples());
        } else {
            if (dim != 2 || contour == null || contour.isEmpty()) {
                throw InputException.of("sampling '%s' along the interface needs a 2D series with a %s = %s contour; "
                        + "give a segment A-B instead", o.sampleField(), o.field(), o.level());
            }
            Polyline longest = contour.get(0);
            for (Polyline c : contour) {
                if (c.length() > longest.length()) {
                    longest = c;
                }
            }
            p = LineProfile.along(locator, f, longest);
        }
        int n = p.values().length;
        double[][] cols = new double[dim + 2][n];
        cols[0] = p.arcLength();
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                cols[1 + d][i] = p.points()[i * dim + d];
            }
        }
        cols[dim + 1] = p.values();
        List<String> names = new ArrayList<>(List.of("s"));
        List<String> units = new ArrayList<>(List.of("m"));
        for (int d = 0; d < dim; d++) {
            names.add(AXES[d]);
            units.add("m");
        }
        names.add(o.sampleComponent() == 0 ? o.sampleField() : o.sampleField() + "_" + o.sampleComponent());
        units.add("");
        return CsvTable.write(file, names, units, cols);
    }
}
