package org.interphase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.interphase.run.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interphase sweep CASE.yaml --vary key=v1,v2 ...}: a parameter grid, run in parallel. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a case file over the full grid of --vary values (any physics), up to --jobs runs at a "
                + "time, one output folder per point and one summary.csv (varied values, status, each run's "
                + "summary row). Exit status 0 when every point ran, 3 when a point failed numerically.")
final class SweepCommand implements Callable<Integer> {

    /** Registers the command through {@link CommandProvider}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "sweep";
        }

        @Override
        public Object command() {
            return new SweepCommand();
        }
    }

    @Parameters(index = "0", paramLabel = "CASE.yaml", description = "The case file.")
    private Path caseFile;

    @Option(names = "--vary", paramLabel = "KEY=V1,V2", required = true,
            description = "A key and its values, e.g. --vary materials.film.E=30GPa,60GPa. Keys joined by '+' vary "
                    + "together: --vary a.b+c.d=1+2,3+4. Repeatable; the grid is the product.")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An override for every point. Repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "Runs at a time (default 1).")
    private int jobs = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<case name>-sweep).")
    private Path out;

    @Option(names = "--plot", paramLabel = "COLUMN", description = "Also plot this summary column against the first "
            + "--vary key's SI value (COLUMN.png, COLUMN.csv), one curve per value of the others.")
    private String plot;

    @Option(names = "--normalize", description = "With --plot: divide the column by the x value.")
    private boolean normalize;

    @Option(names = "--log", description = "With --plot: logarithmic y axis.")
    private boolean log;

    @Option(names = "--x-unit", paramLabel = "UNIT", description = "With --plot: the unit of the x axis, e.g. nm "
            + "(default SI).")
    private String xUnit;

    @Option(names = "--label", paramLabel = "VALUES=NAME", description = "With --plot: a legend name for one value "
            + "(or '+'-joined values) of the other --vary keys, e.g. --label \"100 MPa+4.9 GPa=Li\". Repeatable.")
    private Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--x-label", paramLabel = "TEXT", description = "With --plot: the x axis name (default: the "
            + "first --vary key).")
    private String xLabel;

    @Option(names = "--y-label", paramLabel = "TEXT", description = "With --plot: the y axis name (default: the "
            + "column).")
    private String yLabel;

    @Override
    public Integer call() throws Exception {
        List<Sweep.Variable> vars = new ArrayList<>();
        for (String v : vary) {
            vars.add(Sweep.Variable.parse(v));
        }
        Path dir = out != null ? out : Path.of("out", RunCommand.stem(caseFile) + "-sweep");
        List<String> argv = List.of("run", caseFile.toString());
        System.out.println("interphase: sweeping " + caseFile + " over " + Sweep.grid(vars, sets, dir).size()
                + " points, " + jobs + " at a time");
        List<Sweep.Outcome> outcomes = Sweep.run(caseFile, sets, vars, jobs, dir, argv,
                line -> System.out.println("  " + line));
        if (plot != null) {
            System.out.println("interphase: plot " + Sweep.plot(dir, vars, outcomes,
                    new Sweep.PlotSpec(plot, normalize, log, xUnit, labels, xLabel, yLabel)));
        }
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        System.out.printf(java.util.Locale.ROOT, "interphase: %d of %d points ran; summary in %s%n",
                outcomes.size() - failed, outcomes.size(), dir.resolve("summary.csv"));
        return failed == 0 ? 0 : Main.SOLVER_FAILED;
    }
}
