// OpenCL twin of org.interphase.kernels.AllenCahnOps (residualRows, update): the explicit Allen-Cahn
// step with a lumped mass,
//   r_i    = kappa (K eta)_i + m_i (w f'(eta_i) - S_i),   f'(e) = 4 e (e - 1)(e - 1/2)
//   u_i   := u_i - dt w_i r_i,                            w_i = 1/m_i (free), 0 (held).
// One work-item per node; fma contraction off, so equal to the Java twin bit for bit.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

// Twin of AllenCahnOps.residualRows.
__kernel void allenCahnResidual(const int n, const double kappa, const double wellHeight,
        __global const int* rowPtr, __global const int* col, __global const double* val,
        __global const double* eta, __global const double* mass, __global const double* source,
        __global double* r) {
    int i = get_global_id(0);
    if (i < n) {
        double ke = 0.0;
        for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
            ke += val[k] * eta[col[k]];
        }
        double e = eta[i];
        double df = 4.0 * e * (e - 1.0) * (e - 0.5);
        r[i] = kappa * ke + mass[i] * (wellHeight * df - source[i]);
    }
}

// Twin of AllenCahnOps.update.
__kernel void explicitUpdate(const int n, const double dt, __global const double* w, __global const double* r,
        __global double* u) {
    int i = get_global_id(0);
    if (i < n) {
        u[i] = u[i] - dt * w[i] * r[i];
    }
}
