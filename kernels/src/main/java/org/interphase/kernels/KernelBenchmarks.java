package org.interphase.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of each kernel on the Java twin and on another device (normally OpenCL), their ratio, and
 * a STREAM-triad bandwidth measured in the same run as the yardstick (McCalpin, "Memory bandwidth and
 * machine balance", IEEE TCCA newsletter 1995: a = b + s c, 24 bytes per entry, best of several runs).
 *
 * <p>Bandwidth is effective: the minimum bytes a kernel must move divided by the best time, so a memory-
 * bound kernel near the triad figure is as fast as the machine allows. Byte models: axpy 24 B/entry,
 * dot 16 B/entry; CSR SpMV 12 B/nonzero (value + column) + 8 B per row for y, 4 B per row for rowPtr
 * and 8 B per column for x read once (its gathers assumed cached); the Allen-Cahn step adds eta, m, S,
 * w and the residual written and read (6 x 8 B per node). Matrices are 2D stencils of (2h+1)^2 points
 * per row on a square grid: h = 1 (9 per row, like P1/Q1 meshes) and h = 3 (49 per row, like P2 3D
 * elasticity). Assembly (matrices and load vectors) is timed in cells per second on structured TRI3 and
 * Kuhn TET4 meshes of the unit square and cube, with the bytes-per-cell model ({@link #bytesPerCell})
 * beside it. Nothing here prints; the CLI prints the rows.
 */
public final class KernelBenchmarks {

    /** One measured number. */
    public record Row(String name, double value, String unit) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-40s %12.3f %s", name, value, unit);
        }
    }

    /** Timed repetitions per measurement (after one warm-up); the best is kept. */
    static final int REPS = 5;

    private KernelBenchmarks() {
    }

    /**
     * Runs every benchmark on the Java twin and on {@code other}.
     *
     * @param other   (Input) the device to compare (e.g. OpenCL); if it is a {@link CpuDevice}, only the
     *                Java twin is measured.
     * @param entries (Input) vector length and about the number of matrix rows, e.g. 2_000_000 (1M-4M).
     * @return rows of name, value and unit.
     */
    public static List<Row> run(Device other, int entries) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("stream triad java " + Parallel.threads() + " threads", streamTriad(entries), "GB/s"));
        CpuDevice java = new CpuDevice();
        Device[] devices = other instanceof CpuDevice ? new Device[] {java} : new Device[] {java, other};
        compare(rows, devices, "axpy", d -> axpy(d, entries));
        compare(rows, devices, "dot", d -> dot(d, entries));
        int side = (int) Math.sqrt(entries);
        for (int h : new int[] {1, 3}) {
            int g = h == 1 ? side : side / 3;
            Stencil s = stencil(g, h);
            for (SpmvVariant v : new SpmvVariant[] {SpmvVariant.SCALAR, SpmvVariant.VECTOR}) {
                String name = String.format(Locale.ROOT, "spmv %s %d/row", v.name().toLowerCase(Locale.ROOT),
                        s.perRow());
                if (v == SpmvVariant.VECTOR) {
                    compareOpenClOnly(rows, devices, name, d -> spmv(d, s, v));
                } else {
                    compare(rows, devices, name, d -> spmv(d, s, v));
                }
            }
            if (h == 1) {
                compare(rows, devices, "allen-cahn step 9/row", d -> allenCahn(d, s));
                compareTimes(rows, devices, "pcg iteration 9/row", d -> pcgIteration(d, s));
            }
        }
        Mesh tri = triangles((int) Math.sqrt(entries / 2.0));
        Mesh tet = tetrahedra((int) Math.cbrt(entries / 12.0));
        assembly(rows, devices, "assembly diffusion tri3", tri, 1, Op.DIFFUSION);
        assembly(rows, devices, "assembly mass tri3", tri, 1, Op.MASS);
        assembly(rows, devices, "assembly elasticity tri3", tri, 2, Op.ELASTICITY);
        assembly(rows, devices, "assembly elasticity tet4", tet, 3, Op.ELASTICITY);
        assembly(rows, devices, "assembly nodal source tri3", tri, 1, Op.SOURCE);
        assembly(rows, devices, "assembly eigenstrain load tet4", tet, 3, Op.EIGENSTRAIN);
        return rows;
    }

    /** The timed assembly operators: three matrices, two load vectors. */
    enum Op { DIFFUSION, MASS, ELASTICITY, SOURCE, EIGENSTRAIN }

    /**
     * The bytes one cell must move: its coordinates gathered (dim doubles per node), connectivity (an int
     * per node) and its position in the order (an int); then for a matrix the slot (an int) and the value
     * read and written (16 B) of each of the L^2 entries plus the coefficients (8 B each); for a load the
     * dof connectivity (an int per node), each of the L rows read and written (16 B) and the inputs (nodal
     * source: a gathered double per node; eigenstrain: lambda, mu and six strains).
     *
     * @param type  (Input) cell type.
     * @param block (Input) dofs per node (L = nodes * block).
     * @param op    (Input) the operator.
     * @return bytes per cell.
     */
    static double bytesPerCell(SimplexType type, int block, Op op) {
        int npc = type.nodes();
        int local = npc * block;
        double cell = npc * type.dim() * 8.0 + npc * 4.0 + 4.0;
        return switch (op) {
            case SOURCE -> cell + npc * 4.0 + local * 16.0 + npc * 8.0;
            case EIGENSTRAIN -> cell + npc * 4.0 + local * 16.0 + 8.0 * 8;
            case ELASTICITY -> cell + local * local * (4.0 + 16.0) + 16.0;
            default -> cell + local * local * (4.0 + 16.0) + 8.0;
        };
    }

    /**
     * Times one assembly operator: Java twin (coloured) and the other device with both scatters, in
     * million cells per second, plus the bytes-per-cell model.
     */
    private static void assembly(List<Row> rows, Device[] devices, String name, Mesh m, int block, Op op) {
        double bytes = bytesPerCell(m.type, block, op);
        rows.add(new Row(name + " cells", m.nCells, "cells"));
        rows.add(new Row(name + " bytes per cell", bytes, "B"));
        int[][] structure = structure(m, block);
        double javaRate = 0.0;
        for (int i = 0; i < devices.length; i++) {
            Scatter[] scatters = i == 0 ? new Scatter[] {Scatter.COLOURED} : Scatter.values();
            for (Scatter sc : scatters) {
                AssemblyLayout layout = AssemblyLayout.build(m.type, block, m.coords, m.conn, m.nCells,
                        structure[0], structure[1], sc);
                double t = timeAssembly(devices[i], layout, structure, op);
                double rate = m.nCells / t * 1e-6;
                String label = label(devices[i]) + (i == 0 ? "" : " " + sc.name().toLowerCase(Locale.ROOT));
                rows.add(new Row(name + " " + label, rate, "Mcells/s"));
                if (i == 0) {
                    javaRate = rate;
                } else {
                    rows.add(new Row(name + " " + label + "/java", rate / javaRate, "x"));
                }
            }
        }
    }

    private static double timeAssembly(Device d, AssemblyLayout layout, int[][] structure, Op op) {
        int n = structure[0].length - 1;
        boolean load = op == Op.SOURCE || op == Op.EIGENSTRAIN;
        try (DeviceCsr a = d.csr(n, n, structure[0], structure[1]); DeviceAssembly asm = d.assembly(layout, a);
                DeviceVector c1 = d.vector(layout.nCells()); DeviceVector c2 = d.vector(layout.nCells());
                DeviceVector nodal = d.vector(op == Op.SOURCE ? layout.nNodes() : 0);
                DeviceVector eps = d.vector(op == Op.EIGENSTRAIN ? 6 * layout.nCells() : 0);
                DeviceVector rhs = d.vector(load ? n : 0)) {
            c1.fill(1.0);
            c2.fill(0.5);
            nodal.fill(1.0);
            eps.fill(1e-3);
            return best(d, () -> {
                switch (op) {
                    case DIFFUSION -> asm.diffusion(c1);
                    case MASS -> asm.mass(c1);
                    case ELASTICITY -> asm.elasticity(c1, c2);
                    case SOURCE -> asm.nodalSource(nodal, rhs);
                    default -> asm.eigenstrain(c1, c2, eps, rhs);
                }
            });
        }
    }

    /** A structured simplex mesh as arrays. */
    record Mesh(SimplexType type, double[] coords, int[] conn, int nCells) {
    }

    /** @return the unit square in g x g squares of two TRI3 each. */
    static Mesh triangles(int g) {
        double[] x = new double[2 * (g + 1) * (g + 1)];
        for (int j = 0; j <= g; j++) {
            for (int i = 0; i <= g; i++) {
                x[2 * (j * (g + 1) + i)] = (double) i / g;
                x[2 * (j * (g + 1) + i) + 1] = (double) j / g;
            }
        }
        int[] conn = new int[6 * g * g];
        for (int j = 0, k = 0; j < g; j++) {
            for (int i = 0; i < g; i++, k += 6) {
                int a = j * (g + 1) + i;
                conn[k] = a;
                conn[k + 1] = a + 1;
                conn[k + 2] = a + g + 2;
                conn[k + 3] = a;
                conn[k + 4] = a + g + 2;
                conn[k + 5] = a + g + 1;
            }
        }
        return new Mesh(SimplexType.TRI3, x, conn, 2 * g * g);
    }

    /** @return the unit cube in g^3 cubes of six Kuhn TET4 each. */
    static Mesh tetrahedra(int g) {
        int m = g + 1;
        double[] x = new double[3 * m * m * m];
        for (int v = 0; v < m * m * m; v++) {
            x[3 * v] = (double) (v % m) / g;
            x[3 * v + 1] = (double) (v / m % m) / g;
            x[3 * v + 2] = (double) (v / (m * m)) / g;
        }
        int[][] steps = {{1, m, m * m}, {1, m * m, m}, {m, 1, m * m}, {m, m * m, 1}, {m * m, 1, m}, {m * m, m, 1}};
        int[] conn = new int[24 * g * g * g];
        int k = 0;
        for (int c = 0; c < g * g * g; c++) {
            int v0 = (c / (g * g) * m + c / g % g) * m + c % g;
            for (int[] s : steps) {
                conn[k++] = v0;
                conn[k++] = v0 + s[0];
                conn[k++] = v0 + s[0] + s[1];
                conn[k++] = v0 + s[0] + s[1] + s[2];
            }
        }
        return new Mesh(SimplexType.TET4, x, conn, 6 * g * g * g);
    }

    /** @return {rowPtr, col} coupling the nodes of every cell, {@code block} dofs per node. */
    static int[][] structure(Mesh m, int block) {
        int npc = m.type.nodes();
        int nodes = m.coords.length / m.type.dim();
        int[] start = new int[nodes + 1];
        for (int node : m.conn) {
            start[node + 1] += npc;
        }
        for (int i = 0; i < nodes; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = java.util.Arrays.copyOf(start, nodes);
        int[] nb = new int[start[nodes]];
        for (int c = 0; c < m.nCells; c++) {
            for (int a = 0; a < npc; a++) {
                int i = m.conn[c * npc + a];
                for (int b = 0; b < npc; b++) {
                    nb[fill[i]++] = m.conn[c * npc + b];
                }
            }
        }
        int[] len = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            java.util.Arrays.sort(nb, start[i], start[i + 1]);
            int w = start[i];
            for (int k = start[i]; k < start[i + 1]; k++) {
                if (k == start[i] || nb[k] != nb[k - 1]) {
                    nb[w++] = nb[k];
                }
            }
            len[i] = w - start[i];
        }
        int[] rowPtr = new int[nodes * block + 1];
        for (int i = 0; i < nodes; i++) {
            for (int ci = 0; ci < block; ci++) {
                rowPtr[i * block + ci + 1] = rowPtr[i * block + ci] + len[i] * block;
            }
        }
        int[] col = new int[rowPtr[nodes * block]];
        for (int i = 0; i < nodes; i++) {
            for (int ci = 0; ci < block; ci++) {
                int k = rowPtr[i * block + ci];
                for (int p = start[i]; p < start[i] + len[i]; p++) {
                    for (int cj = 0; cj < block; cj++) {
                        col[k++] = nb[p] * block + cj;
                    }
                }
            }
        }
        return new int[][] {rowPtr, col};
    }

    /** A kernel run on one device: returns {bytes moved, best seconds}. */
    private interface Measured {
        double[] run(Device d);
    }

    private static void compare(List<Row> rows, Device[] devices, String name, Measured m) {
        double[] gbs = new double[devices.length];
        for (int i = 0; i < devices.length; i++) {
            double[] r = m.run(devices[i]);
            gbs[i] = r[0] / r[1] * 1e-9;
            rows.add(new Row(name + " " + label(devices[i]), gbs[i], "GB/s"));
        }
        if (devices.length == 2) {
            rows.add(new Row(name + " " + label(devices[1]) + "/java", gbs[1] / gbs[0], "x"));
        }
    }

    /** As compare, but the Java twin has one SpMV only: the variant is measured on the other device. */
    private static void compareOpenClOnly(List<Row> rows, Device[] devices, String name, Measured m) {
        if (devices.length == 2) {
            double[] r = m.run(devices[1]);
            rows.add(new Row(name + " " + label(devices[1]), r[0] / r[1] * 1e-9, "GB/s"));
        }
    }

    private static void compareTimes(List<Row> rows, Device[] devices, String name, Measured m) {
        double[] ms = new double[devices.length];
        for (int i = 0; i < devices.length; i++) {
            ms[i] = m.run(devices[i])[1] * 1e3;
            rows.add(new Row(name + " " + label(devices[i]), ms[i], "ms"));
        }
        if (devices.length == 2) {
            rows.add(new Row(name + " " + label(devices[1]) + "/java", ms[0] / ms[1], "x"));
        }
    }

    private static String label(Device d) {
        return d instanceof CpuDevice ? "java" : d.isAccelerator() ? "opencl-gpu" : "opencl";
    }

    /** @return the best seconds of {@link #REPS} runs of op after one warm-up, with d.finish() inside. */
    static double best(Device d, Runnable op) {
        op.run();
        d.finish();
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < REPS; r++) {
            long t0 = System.nanoTime();
            op.run();
            d.finish();
            best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
        }
        return best;
    }

    /** @return STREAM triad bandwidth a = b + s c in GB/s, Java on {@link Parallel}. */
    public static double streamTriad(int n) {
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        java.util.Arrays.fill(b, 1.0);
        java.util.Arrays.fill(c, 2.0);
        double s = 3.0;
        double t = best(new CpuDevice(), () -> Parallel.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                a[i] = b[i] + s * c[i];
            }
        }));
        return 24.0 * n / t * 1e-9;
    }

    private static double[] axpy(Device d, int n) {
        try (DeviceVector x = d.vector(n); DeviceVector y = d.vector(n)) {
            x.fill(1.0);
            return new double[] {24.0 * n, best(d, () -> d.axpy(1e-3, x, y))};
        }
    }

    private static double[] dot(Device d, int n) {
        try (DeviceVector x = d.vector(n); DeviceVector y = d.vector(n)) {
            x.fill(1.0);
            y.fill(2.0);
            return new double[] {16.0 * n, best(d, () -> d.dot(x, y))};
        }
    }

    private static double[] spmv(Device d, Stencil s, SpmvVariant v) {
        try (DeviceCsr a = d.csr(s.n, s.n, s.rowPtr, s.col, s.val); DeviceVector x = d.vector(s.n);
                DeviceVector y = d.vector(s.n)) {
            x.fill(1.0);
            return new double[] {s.spmvBytes(), best(d, () -> d.spmv(a, x, y, v))};
        }
    }

    private static double[] allenCahn(Device d, Stencil s) {
        double[] mass = new double[s.n];
        java.util.Arrays.fill(mass, 1.0);
        try (AllenCahnStep step = new AllenCahnStep(d, s.n, s.rowPtr, s.col, s.val, mass, new boolean[s.n], 1e-4,
                1.0); DeviceVector eta = d.vector(s.n)) {
            eta.fill(0.5);
            return new double[] {s.spmvBytes() + 6.0 * 8 * s.n, best(d, () -> step.step(eta, 1e-6))};
        }
    }

    private static double[] pcgIteration(Device d, Stencil s) {
        int iterations = 10;
        try (DeviceCsr a = d.csr(s.n, s.n, s.rowPtr, s.col, s.val); DeviceVector b = d.vector(s.n);
                DeviceVector x = d.vector(s.n)) {
            b.fill(1.0);
            PcgOptions o = PcgOptions.of(0.0, iterations);
            return new double[] {0.0, best(d, () -> {
                x.fill(0.0);
                d.pcg(a, b, x, o);
            }) / iterations};
        }
    }

    /** A (2h+1)^2-point stencil matrix on a g x g grid: SPD, diagonal = neighbour count, off-diagonals -1. */
    record Stencil(int n, int h, int[] rowPtr, int[] col, double[] val) {
        int perRow() {
            return (2 * h + 1) * (2 * h + 1);
        }

        double spmvBytes() {
            return 12.0 * col.length + 20.0 * n;
        }
    }

    static Stencil stencil(int g, int h) {
        int n = g * g;
        int w = 2 * h + 1;
        int[] rowPtr = new int[n + 1];
        int[] col = new int[n * w * w];
        double[] val = new double[col.length];
        int k = 0;
        for (int j = 0; j < g; j++) {
            for (int i = 0; i < g; i++) {
                int row = j * g + i;
                int diag = -1;
                for (int dj = -h; dj <= h; dj++) {
                    for (int di = -h; di <= h; di++) {
                        int jj = j + dj;
                        int ii = i + di;
                        if (jj >= 0 && jj < g && ii >= 0 && ii < g) {
                            col[k] = jj * g + ii;
                            val[k] = -1.0;
                            if (col[k] == row) {
                                diag = k;
                            }
                            k++;
                        }
                    }
                }
                val[diag] = w * w;
                rowPtr[row + 1] = k;
            }
        }
        return new Stencil(n, h, rowPtr, java.util.Arrays.copyOf(col, k), java.util.Arrays.copyOf(val, k));
    }
}
