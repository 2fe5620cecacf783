// OpenCL twin of org.interphase.kernels.PhaseFieldOps (rateRows, fluxRows, blend, constrainRows): the
// element-wise and row-wise kernels of the explicit phase-field electrodeposition path. One work-item per
// entry, cell or row; fma contraction off, so the arithmetic follows the Java twin (exp, atan2, cos and sin
// may differ from Java's in the last bits).
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

// Twin of PhaseFieldOps.rateRows.
__kernel void rate(const int n, const double lw, const double le, const double an, const double cn,
        const double e0, const double amp, __global const double* xi, __global const double* c,
        __global const double* phi, __global const double* noise, __global const double* mass,
        __global const double* g, __global double* r) {
    int i = get_global_id(0);
    if (i < n) {
        double x = xi[i];
        double a = x * (1.0 - x);
        double dg = 2.0 * a * (1.0 - 2.0 * x);
        double dh = 30.0 * a * a;
        double eta = phi[i] - e0;
        double ci = c[i] > 0.0 ? c[i] : 0.0;
        double b = exp(an * eta) - ci * exp(-cn * eta);
        r[i] = g[i] + mass[i] * (lw * dg + le * dh * b - amp * noise[i] * 16.0 * a * a);
    }
}

// Twin of PhaseFieldOps.fluxRows.
__kernel void flux(const int cells, const int dim, const double mob, const double k0, const double d,
        const double w, const double t0, __global const double* p, __global double* f) {
    int c = get_global_id(0);
    if (c < cells) {
        if (dim != 2 || d == 0.0) {
            for (int k = 0; k < dim; k++) {
                f[c * dim + k] = mob * k0 * p[c * dim + k];
            }
            return;
        }
        double qx = p[2 * c];
        double qy = p[2 * c + 1];
        double qq = qx * qx + qy * qy;
        if (qq < 1e-300) {
            f[2 * c] = 0.0;
            f[2 * c + 1] = 0.0;
            return;
        }
        double s = w * (atan2(qy, qx) - t0);
        double kap = k0 * (1.0 + d * cos(s));
        double k1 = -k0 * d * w * sin(s);
        f[2 * c] = mob * (kap * qx - 0.5 * k1 * qy);
        f[2 * c + 1] = mob * (kap * qy + 0.5 * k1 * qx);
    }
}

// Twin of PhaseFieldOps.blend.
__kernel void blend(const int n, const double a, const double b, __global const double* x, __global double* y) {
    int i = get_global_id(0);
    if (i < n) {
        double v = x[i] < 0.0 ? 0.0 : x[i] > 1.0 ? 1.0 : x[i];
        double h = v * v * v * (v * (6.0 * v - 15.0) + 10.0);
        y[i] = a * h + b * (1.0 - h);
    }
}

// Twin of PhaseFieldOps.constrainRows.
__kernel void constrain(const int rows, __global const int* rowPtr, __global const int* col,
        __global double* val, __global const double* held, __global const double* v, __global double* rhs) {
    int i = get_global_id(0);
    if (i < rows) {
        if (held[i] != 0.0) {
            double diag = 0.0;
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                if (col[k] == i) {
                    diag = val[k];
                } else {
                    val[k] = 0.0;
                }
            }
            rhs[i] = diag * v[i];
        } else {
            double s = rhs[i];
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                int j = col[k];
                if (held[j] != 0.0) {
                    s -= val[k] * v[j];
                    val[k] = 0.0;
                }
            }
            rhs[i] = s;
        }
    }
}
