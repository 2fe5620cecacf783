// OpenCL twin of org.interphase.kernels.CsrOps (spmvRows, invDiagonalRows). A CSR matrix is
// (rowPtr[nRows+1], col[nnz], val[nnz]). Two SpMV variants:
//  - spmvScalar: one work-item per row, statement for statement CsrOps.spmvRows (same summation order,
//    fma contraction off, so equal to the Java twin bit for bit);
//  - spmvVector: a team of `team` work-items per row (team a power of two dividing the local size), each
//    lane summing every team-th entry, then a tree over the team in local memory (the summation order
//    differs from the twin: equal to rounding).
// Global sizes are rounded up to the work-group size; rows past nRows do no work.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

// Twin of CsrOps.spmvRows: y := A x, one row per work-item.
__kernel void spmvScalar(const int nRows, __global const int* rowPtr, __global const int* col,
        __global const double* val, __global const double* x, __global double* y) {
    int i = get_global_id(0);
    if (i < nRows) {
        double s = 0.0;
        for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
            s += val[k] * x[col[k]];
        }
        y[i] = s;
    }
}

// CsrOps.spmvRows with a team of work-items per row; scratch holds one double per work-item.
__kernel void spmvVector(const int nRows, const int team, __global const int* rowPtr, __global const int* col,
        __global const double* val, __global const double* x, __global double* y, __local double* scratch) {
    int lid = get_local_id(0);
    int lane = lid % team;
    int i = get_group_id(0) * (get_local_size(0) / team) + lid / team;
    double s = 0.0;
    if (i < nRows) {
        for (int k = rowPtr[i] + lane, end = rowPtr[i + 1]; k < end; k += team) {
            s += val[k] * x[col[k]];
        }
    }
    scratch[lid] = s;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int stride = team / 2; stride > 0; stride >>= 1) {
        if (lane < stride) {
            scratch[lid] += scratch[lid + stride];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (lane == 0 && i < nRows) {
        y[i] = scratch[lid];
    }
}

// Twin of CsrOps.invDiagonalRows: d := 1 / diag(A), infinite where the diagonal is zero or absent.
__kernel void invDiagonal(const int nRows, __global const int* rowPtr, __global const int* col,
        __global const double* val, __global double* d) {
    int i = get_global_id(0);
    if (i < nRows) {
        double aii = 0.0;
        for (int k = rowPtr[i], end = rowPtr[i + 1]; k < end; k++) {
            if (col[k] == i) {
                aii = val[k];
            }
        }
        d[i] = 1.0 / aii;
    }
}
