package org.interphase.kernels.opencl;

import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceArguments;
import org.interphase.kernels.DeviceCsr;
import org.jocl.Pointer;
import org.jocl.cl_mem;

/** A CSR matrix in three OpenCL buffers (rowPtr, col as int; val as double) of its {@link OpenClDevice}. */
final class ClCsr implements DeviceCsr {

    private final OpenClDevice device;
    private final int rows;
    private final int cols;
    private final int nnz;
    private cl_mem rowPtr;
    private cl_mem col;
    private cl_mem val;

    ClCsr(OpenClDevice device, int rows, int cols, int nnz, cl_mem rowPtr, cl_mem col, cl_mem val) {
        this.device = device;
        this.rows = rows;
        this.cols = cols;
        this.nnz = nnz;
        this.rowPtr = rowPtr;
        this.col = col;
        this.val = val;
    }

    cl_mem rowPtr() {
        return live(rowPtr);
    }

    cl_mem col() {
        return live(col);
    }

    cl_mem val() {
        return live(val);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public int nnz() {
        return nnz;
    }

    @Override
    public Device device() {
        return device;
    }

    @Override
    public void setValues(double[] v) {
        DeviceArguments.checkHost(v.length, nnz);
        device.upload(val(), Pointer.to(v), 8L * nnz);
    }

    @Override
    public void fillValues(double value) {
        device.fill(val(), nnz, value);
    }

    @Override
    public void downloadValues(double[] dst) {
        DeviceArguments.checkHost(dst.length, nnz);
        device.download(val(), Pointer.to(dst), 8L * nnz);
    }

    @Override
    public void close() {
        device.release(rowPtr);
        device.release(col);
        device.release(val);
        rowPtr = null;
        col = null;
        val = null;
    }

    private static cl_mem live(cl_mem m) {
        if (m == null) {
            throw new IllegalStateException("matrix used after close");
        }
        return m;
    }
}
