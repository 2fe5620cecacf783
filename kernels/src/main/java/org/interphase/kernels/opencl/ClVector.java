package org.interphase.kernels.opencl;

import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceArguments;
import org.interphase.kernels.DeviceVector;
import org.jocl.Pointer;
import org.jocl.cl_mem;

/** A vector of doubles in an OpenCL buffer of its {@link OpenClDevice}. */
final class ClVector implements DeviceVector {

    private final OpenClDevice device;
    private final int n;
    private cl_mem mem;

    ClVector(OpenClDevice device, int n, cl_mem mem) {
        this.device = device;
        this.n = n;
        this.mem = mem;
    }

    cl_mem mem() {
        if (mem == null) {
            throw new IllegalStateException("vector used after close");
        }
        return mem;
    }

    @Override
    public int length() {
        return n;
    }

    @Override
    public Device device() {
        return device;
    }

    @Override
    public void upload(double[] src) {
        DeviceArguments.checkHost(src.length, n);
        device.upload(mem(), Pointer.to(src), 8L * n);
    }

    @Override
    public void download(double[] dst) {
        DeviceArguments.checkHost(dst.length, n);
        device.download(mem(), Pointer.to(dst), 8L * n);
    }

    @Override
    public void fill(double value) {
        device.fill(mem(), n, value);
    }

    @Override
    public void close() {
        device.release(mem);
        mem = null;
    }
}
