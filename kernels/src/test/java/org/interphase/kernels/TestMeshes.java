package org.interphase.kernels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.interphase.kernels.fe.LagrangeBasis;

/**
 * Small structured simplex meshes for assembly tests, as arrays: the unit square in triangles and the
 * unit cube in Kuhn tetrahedra (6 per cube), optionally with edge midpoints (TRI6, TET10), with seeded
 * distortion, and the CSR structure of their node graph.
 */
public final class TestMeshes {

    /** Coordinates (dim per node) and connectivity of a mesh of one cell type. */
    public record Cells(SimplexType type, double[] coords, int[] conn, int nCells) {
        public int nNodes() {
            return coords.length / type.dim();
        }
    }

    /** A CSR structure. */
    public record Structure(int rows, int[] rowPtr, int[] col) {
    }

    private TestMeshes() {
    }

    /** @return the unit square split into n x n squares of two triangles; TRI6 adds edge midpoints. */
    public static Cells square(SimplexType type, int n) {
        KernelBenchmarks.Mesh m = KernelBenchmarks.triangles(n);
        Cells p1 = new Cells(SimplexType.TRI3, m.coords(), m.conn(), m.nCells());
        return type == SimplexType.TRI6 ? midpoints(p1, SimplexType.TRI6) : p1;
    }

    /** @return the unit cube split into n^3 cubes of six Kuhn tetrahedra; TET10 adds edge midpoints. */
    public static Cells cube(SimplexType type, int n) {
        KernelBenchmarks.Mesh m = KernelBenchmarks.tetrahedra(n);
        Cells p1 = new Cells(SimplexType.TET4, m.coords(), m.conn(), m.nCells());
        return type == SimplexType.TET10 ? midpoints(p1, SimplexType.TET10) : p1;
    }

    /** @return a mesh of the given type and about the given size: square(n) or cube(n). */
    public static Cells of(SimplexType type, int n) {
        return type.dim() == 2 ? square(type, n) : cube(type, n);
    }

    /** @return the P1 mesh with a node added at the midpoint of every edge, cells of the P2 type. */
    static Cells midpoints(Cells p1, SimplexType p2) {
        int dim = p2.dim();
        int[][] edges = LagrangeBasis.edges(dim);
        int v = dim + 1;
        int npc = p2.nodes();
        Map<Long, Integer> mid = new HashMap<>();
        List<double[]> extra = new ArrayList<>();
        int base = p1.nNodes();
        int[] conn = new int[p1.nCells() * npc];
        for (int c = 0; c < p1.nCells(); c++) {
            for (int a = 0; a < v; a++) {
                conn[c * npc + a] = p1.conn()[c * v + a];
            }
            for (int e = 0; e < edges.length; e++) {
                int i = p1.conn()[c * v + edges[e][0]];
                int j = p1.conn()[c * v + edges[e][1]];
                long key = (long) Math.min(i, j) * Integer.MAX_VALUE + Math.max(i, j);
                Integer node = mid.get(key);
                if (node == null) {
                    node = base + extra.size();
                    mid.put(key, node);
                    double[] p = new double[dim];
                    for (int d = 0; d < dim; d++) {
                        p[d] = 0.5 * (p1.coords()[i * dim + d] + p1.coords()[j * dim + d]);
                    }
                    extra.add(p);
                }
                conn[c * npc + v + e] = node;
            }
        }
        double[] x = java.util.Arrays.copyOf(p1.coords(), p1.coords().length + extra.size() * dim);
        for (int k = 0; k < extra.size(); k++) {
            System.arraycopy(extra.get(k), 0, x, p1.coords().length + k * dim, dim);
        }
        return new Cells(p2, x, conn, p1.nCells());
    }

    /**
     * @return the mesh with its vertices moved by up to {@code amount} / n in each coordinate (seeded) and
     *         midpoints kept at edge midpoints (straight cells), then midpoints moved by {@code curve} / n
     *         (curved P2 cells when curve > 0).
     */
    public static Cells distort(Cells m, int n, double amount, double curve, long seed) {
        int dim = m.type().dim();
        int v = dim + 1;
        int npc = m.type().nodes();
        double[] x = m.coords().clone();
        Random r = new Random(seed);
        boolean[] vertex = new boolean[m.nNodes()];
        for (int c = 0; c < m.nCells(); c++) {
            for (int a = 0; a < v; a++) {
                vertex[m.conn()[c * npc + a]] = true;
            }
        }
        for (int i = 0; i < m.nNodes(); i++) {
            if (vertex[i]) {
                for (int d = 0; d < dim; d++) {
                    x[i * dim + d] += amount / n * (2 * r.nextDouble() - 1);
                }
            }
        }
        int[][] edges = LagrangeBasis.edges(dim);
        for (int c = 0; c < m.nCells() && npc > v; c++) {
            for (int e = 0; e < edges.length; e++) {
                int i = m.conn()[c * npc + edges[e][0]];
                int j = m.conn()[c * npc + edges[e][1]];
                int k = m.conn()[c * npc + v + e];
                for (int d = 0; d < dim; d++) {
                    x[k * dim + d] = 0.5 * (x[i * dim + d] + x[j * dim + d]);
                }
            }
        }
        if (curve > 0) {
            Random rc = new Random(seed + 1);
            for (int i = 0; i < m.nNodes(); i++) {
                if (!vertex[i]) {
                    for (int d = 0; d < dim; d++) {
                        x[i * dim + d] += curve / n * (2 * rc.nextDouble() - 1);
                    }
                }
            }
        }
        return new Cells(m.type(), x, m.conn(), m.nCells());
    }

    /** @return the CSR structure coupling every pair of nodes that share a cell, blockSize dofs per node. */
    public static Structure structure(Cells m, int blockSize) {
        int npc = m.type().nodes();
        List<TreeSet<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < m.nNodes(); i++) {
            adj.add(new TreeSet<>());
        }
        for (int c = 0; c < m.nCells(); c++) {
            for (int a = 0; a < npc; a++) {
                for (int b = 0; b < npc; b++) {
                    adj.get(m.conn()[c * npc + a]).add(m.conn()[c * npc + b]);
                }
            }
        }
        int rows = m.nNodes() * blockSize;
        int[] rowPtr = new int[rows + 1];
        List<Integer> col = new ArrayList<>();
        for (int i = 0; i < m.nNodes(); i++) {
            for (int ci = 0; ci < blockSize; ci++) {
                for (int j : adj.get(i)) {
                    for (int cj = 0; cj < blockSize; cj++) {
                        col.add(j * blockSize + cj);
                    }
                }
                rowPtr[i * blockSize + ci + 1] = col.size();
            }
        }
        return new Structure(rows, rowPtr, col.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @return the ramped first coefficient (k, rho or lambda) of cell c: 1.7 (1 + c / nCells). */
    public static double firstCoefficient(int c, int nCells) {
        return 1.7 * (1.0 + (double) c / nCells);
    }

    /** @return the ramped second coefficient (mu) of cell c: 0.6 (2 - c / nCells). */
    public static double secondCoefficient(int c, int nCells) {
        return 0.6 * (2.0 - (double) c / nCells);
    }

    /** The assembly operators. */
    public enum Operator { DIFFUSION, MASS, ELASTICITY }

    /** Assembles one operator on a device with coefficients that vary from cell to cell. */
    public static double[] assemble(Device d, TestMeshes.Cells m, Operator op, Scatter scatter) {
        return assemble(d, m, op, scatter, true);
    }

    /** Assembles one operator; coefficients ramp over the cells (reference values) or are all 1. */
    public static double[] assemble(Device d, TestMeshes.Cells m, Operator op, Scatter scatter, boolean ramp) {
        int block = op == Operator.ELASTICITY ? m.type().dim() : 1;
        TestMeshes.Structure s = TestMeshes.structure(m, block);
        AssemblyLayout layout = AssemblyLayout.build(m.type(), block, m.coords(), m.conn(), m.nCells(), s.rowPtr(),
                s.col(), scatter);
        double[] c1 = new double[m.nCells()];
        double[] c2 = new double[m.nCells()];
        for (int c = 0; c < m.nCells(); c++) {
            c1[c] = ramp ? firstCoefficient(c, m.nCells()) : 1.0;
            c2[c] = ramp ? secondCoefficient(c, m.nCells()) : 1.0;
        }
        try (DeviceCsr a = d.csr(s.rows(), s.rows(), s.rowPtr(), s.col()); DeviceAssembly asm = d.assembly(layout, a);
                DeviceVector v1 = d.vector(c1); DeviceVector v2 = d.vector(c2)) {
            switch (op) {
                case DIFFUSION -> asm.diffusion(v1);
                case MASS -> asm.mass(v1);
                default -> asm.elasticity(v1, v2);
            }
            double[] val = new double[s.col().length];
            a.downloadValues(val);
            return val;
        }
    }

    /** The load kernels. */
    public enum Load { NODAL_SOURCE, CELL_SOURCE, BODY_FORCE, EIGENSTRAIN }

    /**
     * Inputs of the load kernels.
     *
     * @param nodal  one source value per node.
     * @param cell   one source value per cell.
     * @param body   dim force components per cell.
     * @param lambda per-cell first Lame parameter.
     * @param mu     per-cell shear modulus.
     * @param eps    six Voigt eigenstrains per cell.
     */
    public record LoadInputs(double[] nodal, double[] cell, double[] body, double[] lambda, double[] mu,
            double[] eps) {
    }

    /** @return seeded random inputs in [-1, 1] (Lame parameters in [0.5, 2.5]) for every load of mesh m. */
    public static LoadInputs randomLoads(Cells m, long seed) {
        Random r = new Random(seed);
        int nc = m.nCells();
        double[][] v = {new double[m.nNodes()], new double[nc], new double[nc * m.type().dim()], new double[nc],
            new double[nc], new double[6 * nc]};
        for (int k = 0; k < v.length; k++) {
            for (int i = 0; i < v[k].length; i++) {
                v[k][i] = k == 3 || k == 4 ? 0.5 + 2.0 * r.nextDouble() : 2.0 * r.nextDouble() - 1.0;
            }
        }
        return new LoadInputs(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** @return the dofs per node a load needs: 1 for sources, dim for the elastic loads. */
    public static int blockSize(Cells m, Load load) {
        return load == Load.NODAL_SOURCE || load == Load.CELL_SOURCE ? 1 : m.type().dim();
    }

    /** Assembles one load vector from zero on a device; dofConn = conn. */
    public static double[] load(Device d, Cells m, Load load, LoadInputs in, Scatter scatter) {
        return load(d, m, m.conn(), load, in, scatter);
    }

    /** Assembles one load vector from zero on a device, rows in the numbering of dofConn. */
    public static double[] load(Device d, Cells m, int[] dofConn, Load load, LoadInputs in, Scatter scatter) {
        int block = blockSize(m, load);
        Structure s = structure(new Cells(m.type(), m.coords(), dofConn, m.nCells()), block);
        AssemblyLayout layout = AssemblyLayout.build(m.type(), block, m.coords(), m.conn(), dofConn, m.nCells(),
                s.rowPtr(), s.col(), scatter);
        double[] out = new double[s.rows()];
        try (DeviceCsr a = d.csr(s.rows(), s.rows(), s.rowPtr(), s.col()); DeviceAssembly asm = d.assembly(layout, a);
                DeviceVector rhs = d.vector(s.rows())) {
            switch (load) {
                case NODAL_SOURCE -> {
                    try (DeviceVector f = d.vector(in.nodal())) {
                        asm.nodalSource(f, rhs);
                    }
                }
                case CELL_SOURCE -> {
                    try (DeviceVector f = d.vector(in.cell())) {
                        asm.cellSource(f, rhs);
                    }
                }
                case BODY_FORCE -> {
                    try (DeviceVector b = d.vector(in.body())) {
                        asm.bodyForce(b, rhs);
                    }
                }
                default -> {
                    try (DeviceVector l = d.vector(in.lambda()); DeviceVector mu = d.vector(in.mu());
                            DeviceVector e = d.vector(in.eps())) {
                        asm.eigenstrain(l, mu, e, rhs);
                    }
                }
            }
            rhs.download(out);
        }
        return out;
    }
}
