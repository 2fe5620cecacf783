// OpenCL twin of org.interphase.kernels.VectorOps.dot, as a two-stage reduction. Stage 1 (dotPartial):
// each work-item sums a slice of x .* y (interleaved or contiguous, see dotPartial), then combines its work-items by a
// tree in local memory and writes one partial sum per group. Stage 2 (sumPartials): one work-group adds
// the partials the same way and writes the result, which the host reads back as one scalar. The Java
// twin sums contiguous chunks instead, so the two agree to rounding, not bit for bit. The scheme is the
// classic tree reduction (M. Harris, "Optimizing parallel reduction in CUDA", NVIDIA, 2007).
// The local size must be a power of two; scratch holds one double per work-item.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#pragma OPENCL FP_CONTRACT OFF

// Tree sum of scratch[0 .. local size) into scratch[0]; every work-item of the group must call it.
void groupSum(__local double* scratch) {
    int lid = get_local_id(0);
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int stride = get_local_size(0) / 2; stride > 0; stride >>= 1) {
        if (lid < stride) {
            scratch[lid] += scratch[lid + stride];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
}

// Stage 1 of VectorOps.dot: partial[group] := sum of x[i] * y[i] over the entries of the group's items.
// Work-item g sums entries i = g * first + k * step, k = 0 .. count-1, i < n: the host passes
// (first, step) = (1, global size), interleaved, where consecutive work-items run in lock-step (GPUs), or
// (count, 1), a contiguous chunk per work-item, where each work-item runs alone in turn (CPUs).
__kernel void dotPartial(const int n, const int first, const int step, const int count,
        __global const double* x, __global const double* y, __global double* partial, __local double* scratch) {
    double s = 0.0;
    long i = (long) get_global_id(0) * first;
    for (int k = 0; k < count && i < n; k++, i += step) {
        s += x[i] * y[i];
    }
    scratch[get_local_id(0)] = s;
    groupSum(scratch);
    if (get_local_id(0) == 0) {
        partial[get_group_id(0)] = scratch[0];
    }
}

// Stage 2: result[0] := partial[0] + ... + partial[m-1], run as a single work-group.
__kernel void sumPartials(const int m, __global const double* partial, __global double* result,
        __local double* scratch) {
    double s = 0.0;
    for (int i = get_local_id(0); i < m; i += get_local_size(0)) {
        s += partial[i];
    }
    scratch[get_local_id(0)] = s;
    groupSum(scratch);
    if (get_local_id(0) == 0) {
        result[0] = scratch[0];
    }
}
