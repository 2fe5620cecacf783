package org.interphase.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.interphase.kernels.DeviceInfo;
import org.interphase.kernels.Devices;
import org.interphase.kernels.Parallel;
import picocli.CommandLine.Command;

/** {@code interphase devices}: the compute devices this machine offers. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List compute devices: the cpu device and every OpenCL platform/device with its fp64 support "
                + "and memory. Use the printed spec with --device.")
final class DevicesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.printf("cpu  plain-Java kernels, %d threads (INTERPHASE_THREADS to change)%n", Parallel.threads());
        List<DeviceInfo> list = Devices.list();
        Optional<String> problem = Devices.openClProblem();
        if (problem.isPresent()) {
            System.out.println("OpenCL: not available (" + problem.get() + ")");
        }
        for (DeviceInfo d : list) {
            System.out.println(d.summary());
        }
        String env = System.getenv(Devices.ENV);
        System.out.println("default: " + (env == null || env.isBlank() ? "auto (first OpenCL device with fp64, else cpu)"
                : env + " (from " + Devices.ENV + ")"));
        return 0;
    }
}
