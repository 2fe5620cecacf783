package org.interphase.kernels.opencl;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.CL_DEVICE_MAX_WORK_ITEM_SIZES;
import static org.jocl.CL.CL_INVALID_BUFFER_SIZE;
import static org.jocl.CL.CL_MEM_OBJECT_ALLOCATION_FAILURE;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_OUT_OF_HOST_MEMORY;
import static org.jocl.CL.CL_OUT_OF_RESOURCES;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.CL_TRUE;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.interphase.kernels.AssemblyLayout;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceAssembly;
import org.interphase.kernels.DeviceArguments;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceException;
import org.interphase.kernels.DeviceInfo;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.SpmvVariant;
import org.interphase.kernels.TransferCounter;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_mem;
import org.jocl.cl_platform_id;

/**
 * An OpenCL device through JOCL: one context and one in-order command queue. Each operation launches
 * the OpenCL twin of a plain-Java kernel ({@code vector.cl}, {@code reduce.cl}, {@code spmv.cl},
 * {@code allencahn.cl}, {@code phasefield.cl}, {@code assembly.cl}, each beside this class); programs are built
 * once per device, on first use.
 * Only reductions read back, one scalar each; uploads and downloads are counted by
 * {@link #transfers()}. Allocation and OpenCL errors become {@link DeviceException}s that say what was
 * asked and what the device has. Not thread-safe.
 */
public final class OpenClDevice implements Device {

    /** Work-group size wanted for one-item-per-entry kernels and reductions (capped by the queried limits). */
    static final int GROUP = 256;
    /** Most work-groups in the first stage of a reduction; the second stage adds their partial sums. */
    static final int MAX_PARTIALS = 1024;
    /**
     * Work-groups per compute unit in the first stage of a reduction: enough to fill a GPU, few enough
     * that each work-item sums many entries before the barrier-bound tree (CPU OpenCL pays per barrier).
     */
    static final int REDUCTION_GROUPS_PER_UNIT = 8;
    /** Widest team of the vector SpMV (a warp on NVIDIA). */
    static final int MAX_TEAM = 32;

    private final DeviceInfo info;
    private final cl_device_id id;
    private final cl_context context;
    private final cl_command_queue queue;
    private final long maxWorkItems;
    private final TransferCounter transfers = new TransferCounter();
    private final Map<String, ClProgram> programs = new LinkedHashMap<>();
    private final Map<cl_mem, String> buffers = new LinkedHashMap<>();
    private boolean contiguousReduction;
    private cl_mem partials;
    private cl_mem scalar;
    private boolean closed;

    @SuppressWarnings("deprecation")
    private OpenClDevice(cl_platform_id platform, cl_device_id id, DeviceInfo info) {
        this.info = info;
        this.id = id;
        long[] sizes = new long[3];
        CL.clGetDeviceInfo(id, CL_DEVICE_MAX_WORK_ITEM_SIZES, 3L * Sizeof.size_t, Pointer.to(sizes), null);
        this.maxWorkItems = sizes[0];
        this.contiguousReduction = info.type().equals("CPU");
        cl_context_properties props = new cl_context_properties();
        props.addProperty(CL_CONTEXT_PLATFORM, platform);
        try {
            this.context = CL.clCreateContext(props, 1, new cl_device_id[] {id}, null, null, null);
        } catch (CLException e) {
            throw failure("creating a context", e, 0);
        }
        try {
            // clCreateCommandQueue is the OpenCL 1.2 call; the 2.0 replacement is missing on 1.2 drivers.
            this.queue = CL.clCreateCommandQueue(context, id, 0, null);
        } catch (CLException e) {
            CL.clReleaseContext(context);
            throw failure("creating a command queue", e, 0);
        }
    }

    /**
     * Opens device {@code d} of platform {@code p}.
     *
     * @param p (Input) platform index.
     * @param d (Input) device index within the platform.
     * @return the device; the caller closes it.
     * @throws DeviceException NO_OPENCL without OpenCL, BAD_SPEC for indices that do not exist, NO_FP64
     *                         for a device without double precision.
     */
    public static OpenClDevice open(int p, int d) {
        cl_platform_id[] platforms = OpenClPlatforms.platforms();
        if (p < 0 || p >= platforms.length) {
            throw DeviceException.of(DeviceException.Reason.BAD_SPEC,
                    "OpenCL platform %d does not exist: this machine has %d platform(s), numbered from 0; "
                    + "'interphase devices' lists them", p, platforms.length);
        }
        cl_device_id[] devices = OpenClPlatforms.devices(platforms[p]);
        if (d < 0 || d >= devices.length) {
            throw DeviceException.of(DeviceException.Reason.BAD_SPEC,
                    "OpenCL platform %d (%s) has no device %d: it has %d device(s), numbered from 0; "
                    + "'interphase devices' lists them", p, OpenClPlatforms.platformString(platforms[p],
                            CL_PLATFORM_NAME), d, devices.length);
        }
        DeviceInfo info = OpenClPlatforms.describe(platforms[p], p, devices[d], d);
        requireFp64(info);
        return new OpenClDevice(platforms[p], devices[d], info);
    }

    /**
     * @param info (Input) a device description.
     * @throws DeviceException NO_FP64 when the device has no double precision.
     */
    static void requireFp64(DeviceInfo info) {
        if (!info.fp64()) {
            throw DeviceException.of(DeviceException.Reason.NO_FP64,
                    "OpenCL device %s (%s) has no double precision (cl_khr_fp64), which every Interphase kernel "
                    + "needs; choose another device ('interphase devices' lists them) or --device cpu",
                    info.spec(), info.name());
        }
    }

    /** @return what this device is and can do. */
    public DeviceInfo info() {
        return info;
    }

    @Override
    public String name() {
        return info.spec();
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "%s: %s (%s, %s) on %s, %s, %d compute units, global %d MiB, "
                + "max alloc %d MiB", info.spec(), info.name(), info.vendor(), info.type(), info.platformName(),
                info.version(), info.computeUnits(), info.globalMemBytes() >> 20, info.maxAllocBytes() >> 20);
    }

    @Override
    public boolean isAccelerator() {
        return info.isAccelerator();
    }

    @Override
    public TransferCounter transfers() {
        return transfers;
    }

    @Override
    public DeviceVector vector(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative vector length " + n);
        }
        ClVector v = new ClVector(this, n, allocate(8L * n, "a vector of " + n + " doubles"));
        v.fill(0.0);
        return v;
    }

    @Override
    public DeviceCsr csr(int rows, int cols, int[] rowPtr, int[] col) {
        DeviceArguments.checkStructure(rows, cols, rowPtr, col);
        int nnz = col.length;
        String what = String.format(Locale.ROOT, "a %dx%d CSR matrix with %d entries", rows, cols, nnz);
        cl_mem rp = allocate(4L * (rows + 1), what);
        cl_mem cm = null;
        cl_mem vm = null;
        try {
            cm = allocate(4L * nnz, what);
            vm = allocate(8L * nnz, what);
            ClCsr a = new ClCsr(this, rows, cols, nnz, rp, cm, vm);
            upload(rp, Pointer.to(rowPtr), 4L * (rows + 1));
            upload(cm, Pointer.to(col), 4L * nnz);
            fill(vm, nnz, 0.0);
            return a;
        } catch (RuntimeException e) {
            release(rp);
            release(cm);
            release(vm);
            throw e;
        }
    }

    @Override
    public void axpy(double a, DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        ClKernel k = kernel("vector.cl", "axpy");
        k.arg(0, n).arg(1, a).arg(2, mem(x)).arg(3, mem(y)).launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public void xpby(DeviceVector x, double b, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        ClKernel k = kernel("vector.cl", "xpby");
        k.arg(0, n).arg(1, mem(x)).arg(2, b).arg(3, mem(y)).launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public void scale(double a, DeviceVector x) {
        int n = x.length();
        ClKernel k = kernel("vector.cl", "scale");
        k.arg(0, n).arg(1, a).arg(2, mem(x)).launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public void copy(DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        ClKernel k = kernel("vector.cl", "copy");
        k.arg(0, n).arg(1, mem(x)).arg(2, mem(y)).launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public void multiply(DeviceVector x, DeviceVector y, DeviceVector z) {
        int n = DeviceArguments.sameLength(x, y);
        DeviceArguments.sameLength(x, z);
        ClKernel k = kernel("vector.cl", "multiply");
        k.arg(0, n).arg(1, mem(x)).arg(2, mem(y)).arg(3, mem(z)).launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public double dot(DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        if (n == 0) {
            return 0.0;
        }
        ClKernel stage1 = kernel("reduce.cl", "dotPartial");
        int group = stage1.groupSize(GROUP, Sizeof.cl_double);
        int groups = (int) Math.min(Math.min(MAX_PARTIALS, (long) REDUCTION_GROUPS_PER_UNIT * info.computeUnits()),
                (n + (long) group - 1) / group);
        long items = (long) groups * group;
        int count = (int) ((n + items - 1) / items);
        stage1.arg(0, n).arg(1, contiguousReduction ? count : 1).arg(2, contiguousReduction ? 1 : (int) items)
                .arg(3, count)
                .arg(4, mem(x)).arg(5, mem(y)).arg(6, partials()).local(7, (long) group * Sizeof.cl_double)
                .launch(items, group);
        return sumPartials(groups);
    }

    @Override
    public void spmv(DeviceCsr a, DeviceVector x, DeviceVector y, SpmvVariant variant) {
        ClCsr m = csr(a);
        DeviceArguments.checkSpmv(m, x, y);
        if (variant.resolve(m.meanRowLength(), isAccelerator()) == SpmvVariant.VECTOR) {
            ClKernel k = kernel("spmv.cl", "spmvVector");
            int group = k.groupSize(GROUP, Sizeof.cl_double);
            int team = teamSize(m.meanRowLength(), group);
            long groups = (m.rows() + (long) (group / team) - 1) / (group / team);
            k.arg(0, m.rows()).arg(1, team).arg(2, m.rowPtr()).arg(3, m.col()).arg(4, m.val()).arg(5, mem(x))
                    .arg(6, mem(y)).local(7, (long) group * Sizeof.cl_double).launch(groups * group, group);
        } else {
            ClKernel k = kernel("spmv.cl", "spmvScalar");
            k.arg(0, m.rows()).arg(1, m.rowPtr()).arg(2, m.col()).arg(3, m.val()).arg(4, mem(x)).arg(5, mem(y))
                    .launch(m.rows(), k.groupSize(GROUP, 0));
        }
    }

    /**
     * Chooses how a reduction's first stage maps entries to work-items: contiguous chunks (the default
     * on CPU devices, where a work-group's items run one after another) or interleaved (the default
     * elsewhere, so that neighbouring work-items read neighbouring entries). Both give the same sum to
     * rounding; tests run both.
     */
    void contiguousReduction(boolean contiguous) {
        this.contiguousReduction = contiguous;
    }

    /**
     * @param meanRowLength (Input) mean entries per row.
     * @param group         (Input) work-group size, a power of two.
     * @return the team width of the vector SpMV: the power of two at or above the mean row length,
     *         between 2 and min(MAX_TEAM, group).
     */
    static int teamSize(double meanRowLength, int group) {
        int team = 2;
        while (team < meanRowLength && team < MAX_TEAM) {
            team *= 2;
        }
        return Math.min(team, group);
    }

    @Override
    public void invDiagonal(DeviceCsr a, DeviceVector d) {
        ClCsr m = csr(a);
        DeviceArguments.checkLength(d, m.rows(), "diagonal");
        ClKernel k = kernel("spmv.cl", "invDiagonal");
        k.arg(0, m.rows()).arg(1, m.rowPtr()).arg(2, m.col()).arg(3, m.val()).arg(4, mem(d))
                .launch(m.rows(), k.groupSize(GROUP, 0));
    }

    @Override
    public void allenCahnResidual(DeviceCsr kMatrix, DeviceVector eta, DeviceVector mass, DeviceVector source,
            double kappa, double wellHeight, DeviceVector r) {
        ClCsr m = csr(kMatrix);
        DeviceArguments.checkSpmv(m, eta, r);
        DeviceArguments.checkLength(mass, m.rows(), "mass");
        DeviceArguments.checkLength(source, m.rows(), "source");
        ClKernel k = kernel("allencahn.cl", "allenCahnResidual");
        k.arg(0, m.rows()).arg(1, kappa).arg(2, wellHeight).arg(3, m.rowPtr()).arg(4, m.col()).arg(5, m.val())
                .arg(6, mem(eta)).arg(7, mem(mass)).arg(8, mem(source)).arg(9, mem(r))
                .launch(m.rows(), k.groupSize(GROUP, 0));
    }

    @Override
    public void explicitUpdate(double dt, DeviceVector w, DeviceVector r, DeviceVector u) {
        int n = DeviceArguments.sameLength(w, r);
        DeviceArguments.sameLength(w, u);
        ClKernel k = kernel("allencahn.cl", "explicitUpdate");
        k.arg(0, n).arg(1, dt).arg(2, mem(w)).arg(3, mem(r)).arg(4, mem(u)).launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public void phaseFieldRate(double lw, double le, double an, double cn, double e0, double amp, DeviceVector xi,
            DeviceVector c, DeviceVector phi, DeviceVector noise, DeviceVector mass, DeviceVector g, DeviceVector r) {
        int n = DeviceArguments.sameLength(xi, r);
        for (DeviceVector v : new DeviceVector[] {c, phi, noise, mass, g}) {
            DeviceArguments.checkLength(v, n, "phase-field rate input");
        }
        ClKernel k = kernel("phasefield.cl", "rate");
        k.arg(0, n).arg(1, lw).arg(2, le).arg(3, an).arg(4, cn).arg(5, e0).arg(6, amp).arg(7, mem(xi)).arg(8, mem(c))
                .arg(9, mem(phi)).arg(10, mem(noise)).arg(11, mem(mass)).arg(12, mem(g)).arg(13, mem(r))
                .launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public void phaseFieldFlux(int dim, double mob, double k0, double d, double w, double t0, DeviceVector p,
            DeviceVector f) {
        int n = DeviceArguments.sameLength(p, f);
        int cells = n / dim;
        ClKernel k = kernel("phasefield.cl", "flux");
        k.arg(0, cells).arg(1, dim).arg(2, mob).arg(3, k0).arg(4, d).arg(5, w).arg(6, t0).arg(7, mem(p))
                .arg(8, mem(f)).launch(cells, k.groupSize(GROUP, 0));
    }

    @Override
    public void blend(double a, double b, DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        ClKernel k = kernel("phasefield.cl", "blend");
        k.arg(0, n).arg(1, a).arg(2, b).arg(3, mem(x)).arg(4, mem(y)).launch(n, k.groupSize(GROUP, 0));
    }

    @Override
    public void constrain(DeviceCsr a, DeviceVector held, DeviceVector v, DeviceVector rhs) {
        ClCsr m = csr(a);
        DeviceArguments.checkLength(held, m.rows(), "held mask");
        DeviceArguments.checkLength(v, m.rows(), "held values");
        DeviceArguments.checkLength(rhs, m.rows(), "right-hand side");
        ClKernel k = kernel("phasefield.cl", "constrain");
        k.arg(0, m.rows()).arg(1, m.rowPtr()).arg(2, m.col()).arg(3, m.val()).arg(4, mem(held)).arg(5, mem(v))
                .arg(6, mem(rhs)).launch(m.rows(), k.groupSize(GROUP, 0));
    }

    @Override
    public DeviceAssembly assembly(AssemblyLayout layout, DeviceCsr target) {
        return new ClAssembly(this, layout, csr(target));
    }

    @Override
    public void finish() {
        try {
            CL.clFinish(queue);
        } catch (CLException e) {
            throw failure("finishing queued work", e, 0);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ClProgram p : programs.values()) {
            p.close();
        }
        programs.clear();
        for (cl_mem m : buffers.keySet()) {
            CL.clReleaseMemObject(m);
        }
        buffers.clear();
        CL.clReleaseCommandQueue(queue);
        CL.clReleaseContext(context);
    }

    @Override
    public String toString() {
        return description();
    }

    // ---- package-level services for vectors, matrices, kernels and programs ----

    cl_device_id id() {
        return id;
    }

    cl_context context() {
        return context;
    }

    cl_command_queue queue() {
        return queue;
    }

    /** @return CL_DEVICE_MAX_WORK_ITEM_SIZES[0]. */
    long maxWorkItems() {
        return maxWorkItems;
    }

    /**
     * @param file    (Input) a {@code .cl} resource beside this class.
     * @param options (Input) build options ("-D NAME=value ..."), "" for none.
     * @return the program built from it with those options, built on first use and then reused.
     */
    ClProgram program(String file, String options) {
        checkOpen();
        String key = file + " " + options;
        ClProgram p = programs.get(key);
        if (p == null) {
            p = ClProgram.build(this, file, ClProgram.resource(file), options);
            programs.put(key, p);
        }
        return p;
    }

    ClKernel kernel(String file, String kernelName) {
        return program(file, "").kernel(kernelName);
    }

    /**
     * Creates a read-write buffer.
     *
     * @param bytes (Input) size wanted; a zero size gets a minimal buffer.
     * @param what  (Input) what it is for, in messages.
     * @return the buffer, released by {@link #release} or at {@link #close}.
     * @throws DeviceException ALLOCATION_FAILED when the device cannot hold it.
     */
    cl_mem allocate(long bytes, String what) {
        checkOpen();
        if (bytes > info.maxAllocBytes()) {
            throw DeviceException.of(DeviceException.Reason.ALLOCATION_FAILED,
                    "cannot allocate %s (%d bytes) on %s: its largest single buffer is %d bytes and its global "
                    + "memory %d bytes; use a smaller problem or a device with more memory", what, bytes,
                    info.spec(), info.maxAllocBytes(), info.globalMemBytes());
        }
        try {
            cl_mem m = CL.clCreateBuffer(context, CL_MEM_READ_WRITE, Math.max(bytes, Sizeof.cl_double), null, null);
            buffers.put(m, what);
            return m;
        } catch (CLException e) {
            throw failure("allocating " + what, e, bytes);
        }
    }

    /** Releases a buffer made by {@link #allocate}; null and already released buffers are ignored. */
    void release(cl_mem m) {
        if (m != null && buffers.remove(m) != null) {
            CL.clReleaseMemObject(m);
        }
    }

    /** @return a new buffer holding a copy of {@code values}; {@code what} names it in messages. */
    cl_mem buffer(double[] values, String what) {
        cl_mem m = allocate(8L * values.length, what);
        upload(m, Pointer.to(values), 8L * values.length);
        return m;
    }

    /** @return a new buffer holding a copy of {@code values}; {@code what} names it in messages. */
    cl_mem buffer(int[] values, String what) {
        cl_mem m = allocate(4L * values.length, what);
        upload(m, Pointer.to(values), 4L * values.length);
        return m;
    }

    /** Blocking host-to-device copy of {@code bytes} bytes from {@code host}, counted. */
    void upload(cl_mem m, Pointer host, long bytes) {
        if (bytes == 0) {
            return;
        }
        try {
            CL.clEnqueueWriteBuffer(queue, m, CL_TRUE, 0, bytes, host, 0, null, null);
        } catch (CLException e) {
            throw failure("uploading " + bytes + " bytes", e, bytes);
        }
        transfers.upload(bytes);
    }

    /** Blocking device-to-host copy of {@code bytes} bytes into {@code host}, counted. */
    void download(cl_mem m, Pointer host, long bytes) {
        if (bytes == 0) {
            return;
        }
        try {
            CL.clEnqueueReadBuffer(queue, m, CL_TRUE, 0, bytes, host, 0, null, null);
        } catch (CLException e) {
            throw failure("downloading " + bytes + " bytes", e, bytes);
        }
        transfers.download(bytes);
    }

    /** Sets the first n doubles of a buffer to {@code value} on the device. */
    void fill(cl_mem m, int n, double value) {
        ClKernel k = kernel("vector.cl", "fill");
        k.arg(0, n).arg(1, value).arg(2, m).launch(n, k.groupSize(GROUP, 0));
    }

    /**
     * Turns an OpenCL error into a {@link DeviceException}: out-of-memory statuses become
     * ALLOCATION_FAILED with the sizes involved, others CL_ERROR.
     *
     * @param doing (Input) what was being done, e.g. "allocating a vector of 10 doubles".
     * @param e     (Input) the JOCL exception.
     * @param bytes (Input) bytes asked for, 0 if not an allocation.
     */
    DeviceException failure(String doing, CLException e, long bytes) {
        int s = e.getStatus();
        String status = CL.stringFor_errorCode(s);
        if (s == CL_MEM_OBJECT_ALLOCATION_FAILURE || s == CL_OUT_OF_RESOURCES || s == CL_OUT_OF_HOST_MEMORY
                || s == CL_INVALID_BUFFER_SIZE) {
            return new DeviceException(DeviceException.Reason.ALLOCATION_FAILED, String.format(Locale.ROOT,
                    "%s failed on %s with %s%s: the device has %d bytes of global memory and its largest single "
                    + "buffer is %d bytes; use a smaller problem or a device with more memory", doing, info.spec(),
                    status, bytes > 0 ? " (" + bytes + " bytes asked)" : "", info.globalMemBytes(),
                    info.maxAllocBytes()), e);
        }
        return new DeviceException(DeviceException.Reason.CL_ERROR,
                String.format(Locale.ROOT, "%s failed on %s with %s", doing, info.spec(), status), e);
    }

    private double sumPartials(int groups) {
        ClKernel stage2 = kernel("reduce.cl", "sumPartials");
        int group = stage2.groupSize(GROUP, Sizeof.cl_double);
        stage2.arg(0, groups).arg(1, partials()).arg(2, scalar()).local(3, (long) group * Sizeof.cl_double)
                .launch(group, group);
        double[] result = new double[1];
        download(scalar(), Pointer.to(result), Sizeof.cl_double);
        return result[0];
    }

    private cl_mem partials() {
        if (partials == null) {
            partials = allocate((long) MAX_PARTIALS * Sizeof.cl_double, "reduction partial sums");
        }
        return partials;
    }

    private cl_mem scalar() {
        if (scalar == null) {
            scalar = allocate(Sizeof.cl_double, "a reduction result");
        }
        return scalar;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("OpenCL device " + info.spec() + " used after close");
        }
    }

    cl_mem mem(DeviceVector v) {
        if (!(v instanceof ClVector) || v.device() != this) {
            throw new IllegalArgumentException("vector belongs to " + v.device().name() + ", not to " + info.spec());
        }
        return ((ClVector) v).mem();
    }

    ClCsr csr(DeviceCsr a) {
        if (!(a instanceof ClCsr) || a.device() != this) {
            throw new IllegalArgumentException("matrix belongs to " + a.device().name() + ", not to " + info.spec());
        }
        return (ClCsr) a;
    }
}
