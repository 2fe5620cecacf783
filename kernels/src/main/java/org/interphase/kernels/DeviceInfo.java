package org.interphase.kernels;

import java.util.Locale;

/**
 * What an OpenCL device is and can do, as {@link Devices#list()} reports it.
 *
 * @param platformIndex     index of its platform (the P of "opencl:P:D").
 * @param deviceIndex       index within the platform (the D).
 * @param platformName      platform name, e.g. "Portable Computing Language".
 * @param name              device name.
 * @param vendor            device vendor.
 * @param version           device OpenCL version string.
 * @param cVersion          OpenCL C version string.
 * @param type              "CPU", "GPU", "ACCELERATOR" or "OTHER".
 * @param fp64              whether it has double precision (cl_khr_fp64), which every kernel needs.
 * @param int64Atomics      whether it has cl_khr_int64_base_atomics (atomic scatter in assembly).
 * @param globalMemBytes    global memory size.
 * @param maxAllocBytes     largest single buffer.
 * @param localMemBytes     local memory per work-group.
 * @param computeUnits      compute units.
 * @param maxWorkGroupSize  largest work-group.
 */
public record DeviceInfo(int platformIndex, int deviceIndex, String platformName, String name, String vendor,
        String version, String cVersion, String type, boolean fp64, boolean int64Atomics, long globalMemBytes,
        long maxAllocBytes, long localMemBytes, int computeUnits, long maxWorkGroupSize) {

    /** @return the device string that opens this device, "opencl:P:D". */
    public String spec() {
        return "opencl:" + platformIndex + ":" + deviceIndex;
    }

    /** @return true for a GPU or accelerator. */
    public boolean isAccelerator() {
        return type.equals("GPU") || type.equals("ACCELERATOR");
    }

    /** @return one line for a device listing. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%s  %s (%s, %s) [%s]  %s  fp64 %s  global %d MiB  max alloc %d MiB  %d compute units  "
                + "max work-group %d", spec(), name, vendor, type, platformName, version, fp64 ? "yes" : "no",
                globalMemBytes >> 20, maxAllocBytes >> 20, computeUnits, maxWorkGroupSize);
    }
}
