// OpenCL twin of org.interphase.kernels.VectorOps (axpy, xpby, scale, copy, multiply) and of
// DeviceVector.fill. One work-item per entry; the global size is rounded up to a multiple of the
// work-group size, so every kernel checks i < n. Contraction to fma is off so that results equal the
// Java twin bit for bit.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

// Twin of VectorOps.axpy: y := a x + y.
__kernel void axpy(const int n, const double a, __global const double* x, __global double* y) {
    int i = get_global_id(0);
    if (i < n) {
        y[i] += a * x[i];
    }
}

// Twin of VectorOps.xpby: y := x + b y.
__kernel void xpby(const int n, __global const double* x, const double b, __global double* y) {
    int i = get_global_id(0);
    if (i < n) {
        y[i] = x[i] + b * y[i];
    }
}

// Twin of VectorOps.scale: x := a x.
__kernel void scale(const int n, const double a, __global double* x) {
    int i = get_global_id(0);
    if (i < n) {
        x[i] *= a;
    }
}

// Twin of VectorOps.copy: y := x.
__kernel void copy(const int n, __global const double* x, __global double* y) {
    int i = get_global_id(0);
    if (i < n) {
        y[i] = x[i];
    }
}

// Twin of VectorOps.multiply: z := x .* y.
__kernel void multiply(const int n, __global const double* x, __global const double* y, __global double* z) {
    int i = get_global_id(0);
    if (i < n) {
        z[i] = x[i] * y[i];
    }
}

// Twin of DeviceVector.fill (java.util.Arrays.fill on the cpu device): x := value.
__kernel void fill(const int n, const double value, __global double* x) {
    int i = get_global_id(0);
    if (i < n) {
        x[i] = value;
    }
}
