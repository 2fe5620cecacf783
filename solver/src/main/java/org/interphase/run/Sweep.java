package org.interphase.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interphase.core.InputException;
import org.interphase.core.Progress;
import org.interphase.core.SolverException;
import org.interphase.input.Units;
import org.interphase.io.output.AtomicFiles;
import org.interphase.io.output.ScalarCsv;
import org.interphase.io.plot.Plots;

/**
 * A parameter sweep over any case file: the full grid of {@code --set} overrides, run locally with up to
 * N jobs at a time, one output folder per point ({@code point-000}, ...), and one summary CSV with the
 * varied values, the run's status and its summary.csv row. Several keys vary together when joined by
 * '+' ({@code a.b+c.d} with values {@code 1+2,3+4}). Every point is configured (all keys checked) before
 * any runs; a point that fails while running is recorded, not fatal.
 */
public final class Sweep {

    /** One varied key (or '+'-linked keys) and its values (each '+'-joined for linked keys). */
    public record Variable(List<String> keys, List<String> values) {

        /**
         * @param spec (Input) "key=v1,v2" or "k1+k2=a1+a2,b1+b2".
         * @return the variable.
         * @throws InputException for a malformed spec.
         */
        public static Variable parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw InputException.of("--vary \"%s\": expected key=value1,value2,... (e.g. --vary "
                        + "materials.film.E=30GPa,60GPa)", spec);
            }
            List<String> keys = List.of(spec.substring(0, eq).strip().split("\\+"));
            List<String> values = new ArrayList<>();
            for (String v : spec.substring(eq + 1).split(",")) {
                if (v.strip().isEmpty()) {
                    throw InputException.of("--vary \"%s\": empty value in the list", spec);
                }
                if (v.split("\\+", -1).length != keys.size()) {
                    throw InputException.of("--vary \"%s\": value \"%s\" needs %d parts joined by '+', one per key",
                            spec, v.strip(), keys.size());
                }
                values.add(v.strip());
            }
            return new Variable(keys, values);
        }

        /** @return the name used as the CSV column. */
        public String name() {
            return String.join("+", keys);
        }

        /** @return the --set overrides for value i. */
        List<String> sets(int i) {
            String[] parts = values.get(i).split("\\+", -1);
            List<String> s = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                s.add(keys.get(k) + "=" + parts[k].strip());
            }
            return s;
        }
    }

    /** One grid point: its index, the chosen value of each variable, and its output folder. */
    public record Point(int index, List<String> values, List<String> sets, Path dir) {
    }

    /** What one point did: "ok", "input-error" or "solver-failure", its message and its summary row. */
    public record Outcome(Point point, String status, String message, Map<String, String> summary) {
        public boolean ok() {
            return status.equals("ok");
        }
    }

    private Sweep() {
    }

    /**
     * @param vars (Input) the variables.
     * @param out  (Input) the sweep's output folder.
     * @return every combination, the first variable changing slowest.
     */
    public static List<Point> grid(List<Variable> vars, List<String> fixed, Path out) {
        List<Point> points = new ArrayList<>();
        int total = 1;
        for (Variable v : vars) {
            total *= v.values().size();
        }
        for (int p = 0; p < total; p++) {
            int rest = p;
            List<String> values = new ArrayList<>();
            List<String> sets = new ArrayList<>(fixed);
            int[] pick = new int[vars.size()];
            for (int k = vars.size() - 1; k >= 0; k--) {
                pick[k] = rest % vars.get(k).values().size();
                rest /= vars.get(k).values().size();
            }
            for (int k = 0; k < vars.size(); k++) {
                values.add(vars.get(k).values().get(pick[k]));
                sets.addAll(vars.get(k).sets(pick[k]));
            }
            points.add(new Point(p, values, sets, out.resolve(String.format(Locale.ROOT, "point-%03d", p))));
        }
        return points;
    }

    /**
     * Checks every point's configuration, runs them with up to {@code jobs} at a time, and writes
     * {@code out/summary.csv}.
     *
     * @param caseFile (Input) the case file.
     * @param fixed    (Input) overrides applied to every point.
     * @param vars     (Input) the varied keys.
     * @param jobs     (Input) runs at a time, at least 1.
     * @param out      (Input) the output folder.
     * @param argv     (Input) the command line, for each run's manifest.
     * @param progress (Input) one line per finished point.
     * @return the outcome of every point, in grid order.
     * @throws InputException when a point's configuration is invalid (before anything runs).
     */
    public static List<Outcome> run(Path caseFile, List<String> fixed, List<Variable> vars, int jobs, Path out,
            List<String> argv, Progress progress) throws IOException, InterruptedException {
        List<Point> points = grid(vars, fixed, out);
        for (Point p : points) {
            Runs.configure(caseFile, p.sets());
        }
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Point p : points) {
            futures.add(pool.submit(() -> runPoint(caseFile, p, argv, progress)));
        }
        pool.shutdown();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a sweep point failed unexpectedly", e.getCause());
        }
        writeSummary(out.resolve("summary.csv"), vars, outcomes);
        return outcomes;
    }

    private static Outcome runPoint(Path caseFile, Point p, List<String> argv, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        String status = "ok";
        String message = "";
        try {
            Runs.Configured c = Runs.configure(caseFile, p.sets());
            List<String> cmd = new ArrayList<>(argv);
            for (String s : p.sets()) {
                cmd.add("--set");
                cmd.add(s);
            }
            c.job().run(new RunContext(p.dir(), "cpu", line -> { }, cmd, caseFile, c.caseFile().resolved()));
        } catch (InputException e) {
            status = "input-error";
            message = e.getMessage();
        } catch (SolverException e) {
            status = "solver-failure";
            message = e.getMessage();
        }
        Map<String, String> summary = readSummary(p.dir().resolve("summary.csv"));
        progress.report(String.format(Locale.ROOT, "point %d %s: %s (%.1f s)%s", p.index(), p.values(), status,
                (System.nanoTime() - t0) * 1e-9, message.isEmpty() ? "" : " " + message.lines().findFirst()
                        .orElse("")));
        return new Outcome(p, status, message, summary);
    }

    /** @return header -> value of a one-row CSV, or empty when absent. */
    static Map<String, String> readSummary(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return m;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            return m;
        }
        String[] h = lines.get(0).split(",");
        String[] v = lines.get(lines.size() - 1).split(",");
        for (int i = 0; i < h.length && i < v.length; i++) {
            m.put(h[i], v[i]);
        }
        return m;
    }

    private static void writeSummary(Path file, List<Variable> vars, List<Outcome> outcomes) {
        Set<String> columns = new LinkedHashSet<>();
        for (Outcome o : outcomes) {
            columns.addAll(o.summary().keySet());
        }
        StringBuilder s = new StringBuilder("point");
        for (Variable v : vars) {
            s.append(',').append(quote(v.name()));
        }
        s.append(",status,folder");
        for (String c : columns) {
            s.append(',').append(quote(c));
        }
        s.append('\n');
        for (Outcome o : outcomes) {
            s.append(o.point().index());
            for (String v : o.point().values()) {
                s.append(',').append(quote(v));
            }
            s.append(',').append(o.status()).append(',').append(quote(o.point().dir().getFileName().toString()));
            for (String c : columns) {
                s.append(',').append(quote(o.summary().getOrDefault(c, "")));
            }
            s.append('\n');
        }
        AtomicFiles.write(file, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * How to plot a summary column over the first variable.
     *
     * @param column    a summary column name without its unit.
     * @param normalize divide the column by the x value in SI (e.g. an opening by the film thickness).
     * @param logY      logarithmic y axis.
     * @param xUnit     the unit the x axis shows (e.g. "nm"), or null for SI.
     * @param labels    legend names for the '+'-joined values of the other variables; others keep their values.
     * @param xLabel    the x axis name (without unit), or null for the varied key.
     * @param yLabel    the y axis name, or null for the column (and "/ key" when normalized).
     */
    public record PlotSpec(String column, boolean normalize, boolean logY, String xUnit, Map<String, String> labels,
            String xLabel, String yLabel) {
        /** A spec that names the axes after the key and the column. */
        public PlotSpec(String column, boolean normalize, boolean logY, String xUnit, Map<String, String> labels) {
            this(column, normalize, logY, xUnit, labels, null, null);
        }
    }

    /**
     * Plots a summary column of successful points against the value of the first variable (its first
     * '+' part), one curve per combination of the other variables; writes {@code <column>.png} and
     * {@code <column>.csv} (series, x in SI, y) into the sweep folder.
     *
     * @param out      (Input) the sweep folder.
     * @param vars     (Input) the variables.
     * @param outcomes (Input) the points.
     * @param spec     (Input) what to plot.
     * @return the PNG file.
     * @throws InputException for an unknown x unit.
     */
    public static Path plot(Path out, List<Variable> vars, List<Outcome> outcomes, PlotSpec spec) throws IOException {
        String column = spec.column();
        double xScale = spec.xUnit() == null ? 1.0 : Units.parse("1 " + spec.xUnit()).si();
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        StringBuilder csv = new StringBuilder("series,x,y\n");
        for (Outcome o : outcomes) {
            String key = null;
            for (String k : o.summary().keySet()) {
                if (k.equals(column) || k.startsWith(column + " [")) {
                    key = k;
                }
            }
            if (!o.ok() || key == null) {
                continue;
            }
            double x = Units.parse(o.point().values().get(0).split("\\+")[0]).si();
            double y = Double.parseDouble(o.summary().get(key)) / (spec.normalize() ? x : 1.0);
            String name = String.join(", ", o.point().values().subList(1, o.point().values().size()));
            name = spec.labels().getOrDefault(name, name);
            series.computeIfAbsent(name.isEmpty() ? column : name, k -> new ArrayList<>()).add(new double[] {x, y});
            csv.append(quote(name)).append(',').append(ScalarCsv.format(x)).append(',').append(ScalarCsv.format(y))
                    .append('\n');
        }
        List<Plots.Series> curves = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            List<double[]> pts = e.getValue();
            pts.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = pts.get(i)[0] / xScale;
                y[i] = pts.get(i)[1];
            }
            curves.add(new Plots.Series(e.getKey(), x, y));
        }
        AtomicFiles.write(out.resolve(column + ".csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        String xName = spec.xLabel() != null ? spec.xLabel() : vars.get(0).keys().get(0);
        String yName = spec.yLabel() != null ? spec.yLabel() : column + (spec.normalize() ? " / " + xName : "");
        return Plots.line(out.resolve(column + ".png"), yName + " over " + xName, xName + " ["
                + (spec.xUnit() == null ? "SI" : spec.xUnit()) + "]", yName, false, spec.logY(), curves);
    }

    private static String quote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
