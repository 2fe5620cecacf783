package org.interphase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interphase run CASE.yaml}: runs one case file. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a case file (YAML, SI units with unit strings). Output goes to --out: XDMF+HDF5 fields "
                + "for ParaView, summary.csv and manifest.json.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CASE.yaml", description = "The case file.")
    private Path caseFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/<case name>).")
    private Path out;

    @Option(names = "--device", paramLabel = "SPEC",
            description = "Compute device: cpu, opencl or opencl:PLATFORM:DEVICE (default: $INTERPHASE_DEVICE, "
                    + "else OpenCL when present, else cpu).")
    private String device;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a case-file value, e.g. --set mesh.order=1 --set materials.plate.E='2 GPa'. "
                    + "Repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the final line.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Runs.Configured c = Runs.configure(caseFile, sets);
        Path dir = out != null ? out : Path.of("out", stem(caseFile));
        List<String> argv = new ArrayList<>();
        argv.add("run");
        argv.add(caseFile.toString());
        for (String s : sets) {
            argv.add("--set");
            argv.add(s);
        }
        long t0 = System.nanoTime();
        RunContext ctx = new RunContext(dir, device == null ? System.getenv("INTERPHASE_DEVICE") : device,
                quiet ? line -> { } : line -> System.out.println("  " + line), argv, caseFile,
                c.caseFile().resolved());
        System.out.println("interphase: running " + caseFile + " (" + c.job().physics() + ")");
        c.job().run(ctx);
        System.out.printf(java.util.Locale.ROOT, "interphase: done in %.1f s; output in %s%n",
                (System.nanoTime() - t0) * 1e-9, dir);
        return 0;
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
