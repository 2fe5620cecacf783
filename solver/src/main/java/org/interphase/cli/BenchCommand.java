package org.interphase.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.interphase.bench.FemBenchmarks;
import org.interphase.kernels.Device;
import org.interphase.kernels.Devices;
import org.interphase.kernels.KernelBenchmarks;
import org.interphase.kernels.OpenedDevice;
import org.interphase.physics.czm.CohesiveBenchmarks;
import org.interphase.physics.phasefield.PhaseFieldBenchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interphase bench}: throughputs as {@code name value unit} lines. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughputs (cells/s, nonzeros/s, GB/s, s per solve) of assembly, solvers and "
                + "kernels on P1 triangles of the unit square, and compare the cpu and OpenCL devices as ratios. "
                + "Prints 'name value unit' lines. Full sizes are 1M and 4M cells; --quick uses 0.25M. Also Newton "
                + "iterations and seconds per load step of the cohesive DCB (0.25 mm; --quick 1 mm) and SEI film cases.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Small sizes (a minute instead of several).")
    private boolean quick;

    @Option(names = "--device", paramLabel = "SPEC", description = "Device to compare with the Java twins "
            + "(default: auto).")
    private String device;

    @Override
    public Integer call() throws Exception {
        int[] cells = quick ? new int[] {250_000} : new int[] {1_000_000, 4_000_000};
        FemBenchmarks.run(cells, r -> System.out.println(r.line()));
        CohesiveBenchmarks.run(Path.of(System.getProperty("interphase.home", ".")), quick,
                r -> System.out.println(r.line()));
        OpenedDevice od = Devices.open(device);
        od.notice().ifPresent(n -> System.out.println("# " + n));
        try (Device d = od.device()) {
            for (KernelBenchmarks.Row r : KernelBenchmarks.run(d, quick ? 500_000 : 2_000_000)) {
                System.out.printf(java.util.Locale.ROOT, "kernels.%s %.4g %s%n", r.name().replace(' ', '.'),
                        r.value(), r.unit());
            }
            PhaseFieldBenchmarks.run(quick ? 256 : 512, d, r -> System.out.println(r.line()));
        }
        return 0;
    }
}
