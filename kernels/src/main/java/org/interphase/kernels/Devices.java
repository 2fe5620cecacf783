package org.interphase.kernels;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interphase.kernels.opencl.OpenClDevice;
import org.interphase.kernels.opencl.OpenClPlatforms;

/**
 * Opens a compute device from one string, like MFEM's {@code Device("cuda")}:
 *
 * <ul>
 * <li>{@code cpu}: the plain-Java {@link CpuDevice};</li>
 * <li>{@code opencl}: the first OpenCL device with fp64, GPUs and accelerators before CPUs;</li>
 * <li>{@code opencl:P:D}: device D of platform P (as {@link #list()} numbers them);</li>
 * <li>{@code auto}: as {@code opencl}, but falls back to {@code cpu} with a notice when no OpenCL
 *     device with fp64 is available.</li>
 * </ul>
 *
 * An empty or null string means the environment variable {@code INTERPHASE_DEVICE}, and {@code auto}
 * when that is unset. Only {@code auto} falls back; asking for OpenCL explicitly (by option or by the
 * environment variable) fails with a {@link DeviceException} that says what is missing and what to
 * install.
 */
public final class Devices {

    /** The environment variable that supplies the device string when none is given. */
    public static final String ENV = "INTERPHASE_DEVICE";

    private Devices() {
    }

    /** @return the device that {@code INTERPHASE_DEVICE} (or {@code auto}) names. */
    public static OpenedDevice open() {
        return open(null);
    }

    /**
     * @param spec (Input) device string (see the class comment); null or blank for the default.
     * @return the device and a notice when it fell back to cpu.
     * @throws DeviceException BAD_SPEC for a malformed string or indices that do not exist, NO_OPENCL or
     *                         NO_FP64 when OpenCL was asked for explicitly but is unavailable.
     */
    public static OpenedDevice open(String spec) {
        return open(spec, System.getenv(ENV));
    }

    /** As {@link #open(String)} with the environment value given, for tests. */
    static OpenedDevice open(String spec, String envValue) {
        String s = effectiveSpec(spec, envValue);
        if (s.equals("cpu")) {
            return new OpenedDevice(new CpuDevice(), Optional.empty());
        }
        if (s.equals("auto")) {
            try {
                return new OpenedDevice(openBestOpenCl(), Optional.empty());
            } catch (DeviceException e) {
                if (e.reason() != DeviceException.Reason.NO_OPENCL && e.reason() != DeviceException.Reason.NO_FP64) {
                    throw e;
                }
                return new OpenedDevice(new CpuDevice(),
                        Optional.of("OpenCL not available (" + e.getMessage() + "); using the cpu device"));
            }
        }
        if (s.equals("opencl")) {
            return new OpenedDevice(openBestOpenCl(), Optional.empty());
        }
        int[] pd = parseIndices(s);
        return new OpenedDevice(OpenClDevice.open(pd[0], pd[1]), Optional.empty());
    }

    /**
     * @return the OpenCL devices of this machine, or an empty list when OpenCL is not available
     *         ({@link #openClProblem()} then says why).
     */
    public static List<DeviceInfo> list() {
        try {
            return OpenClPlatforms.list();
        } catch (DeviceException e) {
            return List.of();
        }
    }

    /** @return why OpenCL cannot be used at all, or empty when at least one platform exists. */
    public static Optional<String> openClProblem() {
        try {
            OpenClPlatforms.list();
            return Optional.empty();
        } catch (DeviceException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** @return the device string in force: spec, else the environment value, else "auto"; trimmed, lower case. */
    static String effectiveSpec(String spec, String envValue) {
        String s = spec != null && !spec.isBlank() ? spec : envValue;
        return s == null || s.isBlank() ? "auto" : s.trim().toLowerCase(Locale.ROOT);
    }

    /** @return {platform, device} of "opencl:P:D". */
    static int[] parseIndices(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length == 3 && parts[0].equals("opencl")) {
            try {
                int p = Integer.parseInt(parts[1]);
                int d = Integer.parseInt(parts[2]);
                if (p >= 0 && d >= 0) {
                    return new int[] {p, d};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw DeviceException.of(DeviceException.Reason.BAD_SPEC,
                "unknown device '%s': use cpu, opencl, opencl:<platform>:<device> with indices from 0, or auto "
                + "('interphase devices' lists the OpenCL devices)", s);
    }

    private static OpenClDevice openBestOpenCl() {
        List<DeviceInfo> all = OpenClPlatforms.list();
        DeviceInfo best = null;
        for (DeviceInfo d : all) {
            if (d.fp64() && (best == null || d.isAccelerator() && !best.isAccelerator())) {
                best = d;
            }
        }
        if (best == null) {
            StringBuilder names = new StringBuilder();
            for (DeviceInfo d : all) {
                names.append(names.length() > 0 ? ", " : "").append(d.spec()).append(' ').append(d.name());
            }
            throw DeviceException.of(DeviceException.Reason.NO_FP64,
                    "no OpenCL device has double precision (cl_khr_fp64); found: %s. Interphase kernels need "
                    + "fp64: install a driver for a device that has it, e.g. 'apt-get install pocl-opencl-icd "
                    + "ocl-icd-opencl-dev' (CPU OpenCL), or use --device cpu",
                    names.length() > 0 ? names : "no devices");
        }
        return OpenClDevice.open(best.platformIndex(), best.deviceIndex());
    }
}
