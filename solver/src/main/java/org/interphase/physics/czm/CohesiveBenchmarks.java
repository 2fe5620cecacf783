package org.interphase.physics.czm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.interphase.bench.BenchRow;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;

/**
 * Cohesive-zone benchmarks on the real case files: Newton iterations and wall time per accepted load
 * step of the double cantilever beam (C3, cases/czm-dcb) at the finest mesh of the study (0.25 mm) and of
 * the seed-004 SEI film (S1, cases/seed004-sei-delamination) at h = 4 nm under the Li pressure (the
 * runaway delamination, the hardest point of the study). Quick mode: the 1 mm beam and a coarser film.
 */
public final class CohesiveBenchmarks {

    /** One benchmarked run: a name, a case file below cases/ and its overrides. */
    private record Bench(String name, String caseFile, List<String> sets) {
    }

    private CohesiveBenchmarks() {
    }

    /**
     * @param home     (Input) the project folder that holds cases/.
     * @param quick    (Input) small meshes.
     * @param progress (Input) receives each row as it is measured.
     * @return {@code czm.<run>.dofs}, {@code .newton_per_step}, {@code .seconds_per_step},
     *         {@code .seconds_per_newton} rows.
     */
    public static List<BenchRow> run(Path home, boolean quick, Consumer<BenchRow> progress) throws IOException {
        List<Bench> benches = List.of(
                quick ? new Bench("dcb_1mm", "czm-dcb/dcb.yaml", List.of())
                        : new Bench("dcb_0.25mm", "czm-dcb/dcb.yaml", List.of("mesh.layers.x.0.cells=400",
                                "mesh.layers.stack.0.cells=6", "mesh.layers.stack.1.cells=6")),
                quick ? new Bench("s1_li_4nm_coarse", "seed004-sei-delamination/film.yaml", List.of(
                        "mesh.layers.x.0.cells=30", "mesh.layers.x.1.cells=14", "mesh.layers.stack.0.segments.1.cells=3",
                        "mesh.layers.stack.0.segments.2.cells=3", "mesh.layers.stack.1.cells=2"))
                        : new Bench("s1_li_4nm", "seed004-sei-delamination/film.yaml", List.of()));
        List<BenchRow> rows = new ArrayList<>();
        Path tmp = Files.createTempDirectory("interphase-czm-bench");
        try {
            for (Bench b : benches) {
                measure(home, tmp, b, rows, progress);
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return rows;
    }

    private static void measure(Path home, Path tmp, Bench b, List<BenchRow> rows, Consumer<BenchRow> progress)
            throws IOException {
        Path file = home.resolve("cases").resolve(b.caseFile());
        List<String> sets = new ArrayList<>(b.sets());
        sets.add("output.fields=false");
        Runs.Configured c = Runs.configure(file, sets);
        CohesiveResult r = ((CohesiveCase.CohesiveJob) c.job()).run(new RunContext(tmp.resolve(b.name()), "cpu",
                line -> { }, List.of("bench"), file, c.caseFile().resolved()));
        Map<String, Double> s = r.summary();
        double steps = s.get("steps");
        double newton = s.get("newton_iterations");
        double seconds = s.get("seconds");
        String p = "czm." + b.name() + ".";
        for (BenchRow row : List.of(new BenchRow(p + "dofs", s.get("dofs"), "dofs"),
                new BenchRow(p + "newton_per_step", newton / steps, "iterations/step"),
                new BenchRow(p + "seconds_per_step", seconds / steps, "s/step"),
                new BenchRow(p + "seconds_per_newton", seconds / newton, "s/iteration"))) {
            rows.add(row);
            progress.accept(row);
        }
    }
}
