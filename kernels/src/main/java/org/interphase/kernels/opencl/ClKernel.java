package org.interphase.kernels.opencl;

import static org.jocl.CL.CL_KERNEL_LOCAL_MEM_SIZE;
import static org.jocl.CL.CL_KERNEL_WORK_GROUP_SIZE;

import org.interphase.kernels.DeviceException;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * One OpenCL kernel of a built program, with the work-group limits queried from the device
 * (CL_KERNEL_WORK_GROUP_SIZE, CL_KERNEL_LOCAL_MEM_SIZE) rather than assumed. Arguments are set by
 * index; {@link #launch} rounds the global size up to a whole number of work-groups, so every kernel
 * bounds-checks its index. Owned and released by its {@link ClProgram}.
 */
final class ClKernel {

    private final OpenClDevice device;
    private final String name;
    private final cl_kernel kernel;
    private final long maxGroup;
    private final long staticLocalBytes;

    ClKernel(OpenClDevice device, String name, cl_kernel kernel) {
        this.device = device;
        this.name = name;
        this.kernel = kernel;
        long[] v = new long[1];
        CL.clGetKernelWorkGroupInfo(kernel, device.id(), CL_KERNEL_WORK_GROUP_SIZE, Sizeof.size_t, Pointer.to(v),
                null);
        this.maxGroup = Math.min(v[0], device.maxWorkItems());
        CL.clGetKernelWorkGroupInfo(kernel, device.id(), CL_KERNEL_LOCAL_MEM_SIZE, Sizeof.cl_ulong,
                Pointer.to(v), null);
        this.staticLocalBytes = v[0];
    }

    /** @return the kernel name. */
    String name() {
        return name;
    }

    /**
     * @param cap             (Input) upper bound wanted by the caller (e.g. 256).
     * @param localBytesPerItem (Input) dynamic local memory each work-item needs (0 if none).
     * @return the largest power of two work-group size that this kernel, the device and its local
     *         memory allow, at most cap.
     */
    int groupSize(int cap, long localBytesPerItem) {
        long limit = Math.min(cap, maxGroup);
        if (localBytesPerItem > 0) {
            limit = Math.min(limit, (device.info().localMemBytes() - staticLocalBytes) / localBytesPerItem);
        }
        if (limit < 1) {
            throw DeviceException.of(DeviceException.Reason.CL_ERROR,
                    "kernel %s cannot run on %s: it allows no work-group (kernel limit %d, local memory %d bytes)",
                    name, device.name(), maxGroup, device.info().localMemBytes());
        }
        return Integer.highestOneBit((int) limit);
    }

    ClKernel arg(int index, cl_mem value) {
        CL.clSetKernelArg(kernel, index, Sizeof.cl_mem, Pointer.to(value));
        return this;
    }

    ClKernel arg(int index, int value) {
        CL.clSetKernelArg(kernel, index, Sizeof.cl_int, Pointer.to(new int[] {value}));
        return this;
    }

    ClKernel arg(int index, double value) {
        CL.clSetKernelArg(kernel, index, Sizeof.cl_double, Pointer.to(new double[] {value}));
        return this;
    }

    /** Sets a {@code __local} argument of {@code bytes} bytes. */
    ClKernel local(int index, long bytes) {
        CL.clSetKernelArg(kernel, index, bytes, null);
        return this;
    }

    /**
     * Enqueues the kernel over at least {@code items} work-items in groups of {@code group}.
     *
     * @param items (Input) work-items needed; the global size is items rounded up to a multiple of group.
     * @param group (Input) work-group size, from {@link #groupSize}.
     */
    void launch(long items, int group) {
        if (items <= 0) {
            return;
        }
        long global = (items + group - 1) / group * group;
        try {
            CL.clEnqueueNDRangeKernel(device.queue(), kernel, 1, null, new long[] {global}, new long[] {group}, 0,
                    null, null);
        } catch (CLException e) {
            throw device.failure("running kernel " + name + " over " + global + " work-items in groups of " + group,
                    e, 0);
        }
    }

    void release() {
        CL.clReleaseKernel(kernel);
    }
}
