package org.interphase.kernels;

import java.util.Arrays;

/**
 * The plain-Java device: vectors are Java arrays and every operation calls its twin in
 * {@link VectorOps}, {@link CsrOps}, {@link AllenCahnOps} or {@link PhaseFieldOps}, multithreaded through
 * {@link Parallel}.
 * It is the reference the OpenCL device is tested against and the fallback when OpenCL is absent;
 * for a fixed thread count it gives the same numbers run after run.
 */
public final class CpuDevice implements Device {

    private final TransferCounter transfers = new TransferCounter();

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public String description() {
        return "cpu: plain Java, " + Parallel.threads() + " thread(s), max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB";
    }

    @Override
    public boolean isAccelerator() {
        return false;
    }

    @Override
    public TransferCounter transfers() {
        return transfers;
    }

    @Override
    public DeviceVector vector(int n) {
        return new Vec(this, allocate(n, "vector"));
    }

    @Override
    public DeviceCsr csr(int rows, int cols, int[] rowPtr, int[] col) {
        DeviceArguments.checkStructure(rows, cols, rowPtr, col);
        return new Csr(this, rows, cols, rowPtr.clone(), col.clone(), allocate(col.length, "matrix values"));
    }

    @Override
    public void axpy(double a, DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        VectorOps.axpy(a, data(x), data(y), n);
    }

    @Override
    public void xpby(DeviceVector x, double b, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        VectorOps.xpby(data(x), b, data(y), n);
    }

    @Override
    public void scale(double a, DeviceVector x) {
        VectorOps.scale(a, data(x), x.length());
    }

    @Override
    public void copy(DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        VectorOps.copy(data(x), data(y), n);
    }

    @Override
    public void multiply(DeviceVector x, DeviceVector y, DeviceVector z) {
        int n = DeviceArguments.sameLength(x, y);
        DeviceArguments.sameLength(x, z);
        VectorOps.multiply(data(x), data(y), data(z), n);
    }

    @Override
    public double dot(DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        return VectorOps.dot(data(x), data(y), n);
    }

    @Override
    public void spmv(DeviceCsr a, DeviceVector x, DeviceVector y, SpmvVariant variant) {
        Csr m = csr(a);
        DeviceArguments.checkSpmv(m, x, y);
        CsrOps.spmv(m.rows, m.rowPtr, m.col, m.val, data(x), data(y));
    }

    @Override
    public void invDiagonal(DeviceCsr a, DeviceVector d) {
        Csr m = csr(a);
        DeviceArguments.checkLength(d, m.rows, "diagonal");
        CsrOps.invDiagonal(m.rows, m.rowPtr, m.col, m.val, data(d));
    }

    @Override
    public void allenCahnResidual(DeviceCsr k, DeviceVector eta, DeviceVector mass, DeviceVector source,
            double kappa, double wellHeight, DeviceVector r) {
        Csr m = csr(k);
        DeviceArguments.checkSpmv(m, eta, r);
        DeviceArguments.checkLength(mass, m.rows, "mass");
        DeviceArguments.checkLength(source, m.rows, "source");
        AllenCahnOps.residual(m.rows, kappa, wellHeight, m.rowPtr, m.col, m.val, data(eta), data(mass),
                data(source), data(r));
    }

    @Override
    public void explicitUpdate(double dt, DeviceVector w, DeviceVector r, DeviceVector u) {
        int n = DeviceArguments.sameLength(w, r);
        DeviceArguments.sameLength(w, u);
        AllenCahnOps.update(n, dt, data(w), data(r), data(u));
    }

    @Override
    public void phaseFieldRate(double lw, double le, double an, double cn, double e0, double amp, DeviceVector xi,
            DeviceVector c, DeviceVector phi, DeviceVector noise, DeviceVector mass, DeviceVector g, DeviceVector r) {
        int n = DeviceArguments.sameLength(xi, r);
        for (DeviceVector v : new DeviceVector[] {c, phi, noise, mass, g}) {
            DeviceArguments.checkLength(v, n, "phase-field rate input");
        }
        PhaseFieldOps.rate(n, lw, le, an, cn, e0, amp, data(xi), data(c), data(phi), data(noise), data(mass),
                data(g), data(r));
    }

    @Override
    public void phaseFieldFlux(int dim, double mob, double k0, double d, double w, double t0, DeviceVector p,
            DeviceVector f) {
        int n = DeviceArguments.sameLength(p, f);
        PhaseFieldOps.flux(n / dim, dim, mob, k0, d, w, t0, data(p), data(f));
    }

    @Override
    public void blend(double a, double b, DeviceVector x, DeviceVector y) {
        int n = DeviceArguments.sameLength(x, y);
        PhaseFieldOps.blend(n, a, b, data(x), data(y));
    }

    @Override
    public void constrain(DeviceCsr a, DeviceVector held, DeviceVector v, DeviceVector rhs) {
        Csr m = csr(a);
        DeviceArguments.checkLength(held, m.rows, "held mask");
        DeviceArguments.checkLength(v, m.rows, "held values");
        DeviceArguments.checkLength(rhs, m.rows, "right-hand side");
        PhaseFieldOps.constrain(m.rows, m.rowPtr, m.col, m.val, data(held), data(v), data(rhs));
    }

    @Override
    public DeviceAssembly assembly(AssemblyLayout layout, DeviceCsr target) {
        return new Assembly(layout, csr(target));
    }

    @Override
    public void finish() {
        // Java operations complete before they return.
    }

    @Override
    public void close() {
        // Arrays are garbage-collected.
    }

    @Override
    public String toString() {
        return description();
    }

    /** @return the array behind a vector of this device. Not a copy. */
    double[] data(DeviceVector v) {
        if (!(v instanceof Vec) || v.device() != this) {
            throw new IllegalArgumentException("vector belongs to " + v.device().name() + ", not to this cpu device");
        }
        return ((Vec) v).live();
    }

    private Csr csr(DeviceCsr a) {
        if (!(a instanceof Csr) || a.device() != this) {
            throw new IllegalArgumentException("matrix belongs to " + a.device().name() + ", not to this cpu device");
        }
        return (Csr) a;
    }

    private static double[] allocate(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException("negative length " + n + " for a " + what);
        }
        try {
            return new double[n];
        } catch (OutOfMemoryError e) {
            throw DeviceException.of(DeviceException.Reason.ALLOCATION_FAILED,
                    "the cpu device cannot allocate a %s of %d doubles (%d bytes): the Java heap allows %d bytes; "
                    + "raise -Xmx (INTERPHASE_JAVA_OPTS) or use a smaller problem",
                    what, n, 8L * n, Runtime.getRuntime().maxMemory());
        }
    }

    /** A vector on the CPU device: a Java array. */
    private static final class Vec implements DeviceVector {
        private final CpuDevice device;
        private final int n;
        private double[] data;

        Vec(CpuDevice device, double[] data) {
            this.device = device;
            this.n = data.length;
            this.data = data;
        }

        double[] live() {
            if (data == null) {
                throw new IllegalStateException("vector used after close");
            }
            return data;
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
            System.arraycopy(src, 0, live(), 0, n);
        }

        @Override
        public void download(double[] dst) {
            DeviceArguments.checkHost(dst.length, n);
            System.arraycopy(live(), 0, dst, 0, n);
        }

        @Override
        public void fill(double value) {
            Arrays.fill(live(), value);
        }

        @Override
        public void close() {
            data = null;
        }
    }

    /** A CSR matrix on the CPU device. */
    private static final class Csr implements DeviceCsr {
        private final CpuDevice device;
        final int rows;
        final int cols;
        final int[] rowPtr;
        final int[] col;
        final double[] val;

        Csr(CpuDevice device, int rows, int cols, int[] rowPtr, int[] col, double[] val) {
            this.device = device;
            this.rows = rows;
            this.cols = cols;
            this.rowPtr = rowPtr;
            this.col = col;
            this.val = val;
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
            return col.length;
        }

        @Override
        public Device device() {
            return device;
        }

        @Override
        public void setValues(double[] v) {
            DeviceArguments.checkHost(v.length, val.length);
            System.arraycopy(v, 0, val, 0, val.length);
        }

        @Override
        public void fillValues(double value) {
            Arrays.fill(val, value);
        }

        @Override
        public void downloadValues(double[] dst) {
            DeviceArguments.checkHost(dst.length, val.length);
            System.arraycopy(val, 0, dst, 0, val.length);
        }

        @Override
        public void close() {
            // Arrays are garbage-collected.
        }
    }

    /**
     * Assembly on the cpu device: {@link AssemblyOps} colour after colour, the blocks of a colour split
     * over threads (all blocks at once, with atomic adds, for atomic scatter).
     */
    private final class Assembly implements DeviceAssembly {
        private final AssemblyLayout layout;
        private final Csr target;
        private final CellTables stiffness;
        private final CellTables mass;
        private final double[] coords;

        Assembly(AssemblyLayout layout, Csr target) {
            AssemblyChecks.target(layout, target);
            this.layout = layout;
            this.target = target;
            this.stiffness = CellTables.stiffness(layout.type());
            this.mass = CellTables.mass(layout.type());
            this.coords = layout.coords().clone();
        }

        @Override
        public AssemblyLayout layout() {
            return layout;
        }

        @Override
        public void diffusion(DeviceVector k) {
            AssemblyChecks.scalar(layout, "diffusion", k);
            double[] kk = data(k);
            run(stiffness, (s, atomic) -> p -> AssemblyOps.diffusionCell(p, stiffness, coords, layout.conn(),
                    layout.colouring().order(), layout.slots(), kk, target.val, atomic, s));
        }

        @Override
        public void mass(DeviceVector rho) {
            AssemblyChecks.scalar(layout, "mass", rho);
            double[] r = data(rho);
            run(mass, (s, atomic) -> p -> AssemblyOps.massCell(p, mass, coords, layout.conn(),
                    layout.colouring().order(), layout.slots(), r, target.val, atomic, s));
        }

        @Override
        public void elasticity(DeviceVector lambda, DeviceVector mu) {
            AssemblyChecks.elastic(layout, lambda, mu);
            double[] l = data(lambda);
            double[] m = data(mu);
            run(stiffness, (s, atomic) -> p -> AssemblyOps.elasticityCell(p, stiffness, coords, layout.conn(),
                    layout.colouring().order(), layout.slots(), l, m, target.val, atomic, s));
        }

        @Override
        public void source(DeviceVector f, boolean perNode, DeviceVector rhs) {
            AssemblyChecks.source(layout, f, perNode, rhs, target.rows);
            double[] ff = data(f);
            double[] r = data(rhs);
            run(mass, (s, atomic) -> p -> AssemblyOps.sourceCell(p, mass, coords, layout.conn(), layout.dofConn(),
                    layout.colouring().order(), ff, perNode, r, atomic, s));
        }

        @Override
        public void bodyForce(DeviceVector b, DeviceVector rhs) {
            AssemblyChecks.bodyForce(layout, b, rhs, target.rows);
            double[] bb = data(b);
            double[] r = data(rhs);
            run(mass, (s, atomic) -> p -> AssemblyOps.bodyForceCell(p, mass, coords, layout.conn(), layout.dofConn(),
                    layout.colouring().order(), bb, r, atomic, s));
        }

        @Override
        public void eigenstrain(DeviceVector lambda, DeviceVector mu, DeviceVector eps, DeviceVector rhs) {
            AssemblyChecks.eigenstrain(layout, lambda, mu, eps, rhs, target.rows);
            double[] l = data(lambda);
            double[] m = data(mu);
            double[] e = data(eps);
            double[] r = data(rhs);
            run(stiffness, (s, atomic) -> p -> AssemblyOps.eigenstrainCell(p, stiffness, coords, layout.conn(),
                    layout.dofConn(), layout.colouring().order(), l, m, e, r, atomic, s));
        }

        @Override
        public void setCoordinates(double[] c) {
            AssemblyChecks.coordinates(layout, c);
            System.arraycopy(c, 0, coords, 0, coords.length);
        }

        @Override
        public void close() {
            // Arrays are garbage-collected.
        }

        /** Runs every colour; each thread gets its own scratch and cell body. */
        private void run(CellTables tables, CellWork work) {
            CellColouring col = layout.colouring();
            boolean atomic = layout.scatter() == Scatter.ATOMIC;
            for (int c = 0; c < col.colours(); c++) {
                int first = col.colourBlocks()[c];
                Parallel.forRange(col.colourBlocks()[c + 1] - first, 2, (lo, hi) -> AssemblyOps.blocks(first + lo,
                        first + hi, col, work.body(new AssemblyOps.Scratch(tables), atomic)));
            }
        }
    }

    /** Makes the cell body of one thread from its scratch. */
    @FunctionalInterface
    private interface CellWork {
        AssemblyOps.CellBody body(AssemblyOps.Scratch scratch, boolean atomic);
    }
}
