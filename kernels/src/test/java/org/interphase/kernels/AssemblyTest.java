package org.interphase.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.interphase.kernels.fe.LagrangeBasis;
import org.interphase.kernels.fe.Quadrature;
import org.interphase.kernels.fe.QuadratureRule;
import org.junit.jupiter.api.Test;

/**
 * The Java twin of the assembly kernels against a plain dense reference (element by element, affine
 * geometry, a higher-degree rule, elasticity through the Voigt B^T D B form), and against closed forms.
 */
class AssemblyTest {

    /** Twin vs reference: the same integrals by different arithmetic, so equal up to rounding. */
    static final double EXACT_RTOL = 1e-13;

    private final CpuDevice cpu = new CpuDevice();

    @Test
    void theJavaTwinEqualsTheDenseReference() {
        for (SimplexType type : SimplexType.values()) {
            int n = type.dim() == 2 ? 3 : 2;
            TestMeshes.Cells m = TestMeshes.distort(TestMeshes.of(type, n), n, 0.15, 0.0, 7);
            for (TestMeshes.Operator op : TestMeshes.Operator.values()) {
                int block = op == TestMeshes.Operator.ELASTICITY ? type.dim() : 1;
                TestMeshes.Structure s = TestMeshes.structure(m, block);
                double[][] ref = DenseReference.assemble(m, op, block);
                double[] val = TestMeshes.assemble(cpu, m, op, Scatter.COLOURED);
                double max = 0.0;
                for (double[] row : ref) {
                    for (double v : row) {
                        max = Math.max(max, Math.abs(v));
                    }
                }
                double nonzeroSum = 0.0;
                for (int i = 0; i < s.rows(); i++) {
                    for (int k = s.rowPtr()[i]; k < s.rowPtr()[i + 1]; k++) {
                        assertEquals(ref[i][s.col()[k]], val[k], EXACT_RTOL * max,
                                type + " " + op + " entry (" + i + ", " + s.col()[k] + ")");
                        nonzeroSum += Math.abs(ref[i][s.col()[k]]);
                    }
                }
                double all = 0.0;
                for (double[] row : ref) {
                    for (double v : row) {
                        all += Math.abs(v);
                    }
                }
                assertEquals(all, nonzeroSum, 0.0, type + " " + op + ": no reference entry outside the structure");
            }
        }
    }

    @Test
    void closedFormsHold() {
        for (SimplexType type : SimplexType.values()) {
            TestMeshes.Cells m = TestMeshes.of(type, 2);
            int dim = type.dim();
            int nn = m.nNodes();
            TestMeshes.Structure s1 = TestMeshes.structure(m, 1);
            TestMeshes.Structure sd = TestMeshes.structure(m, dim);
            double[] x = new double[nn];
            double[] ones = new double[nn];
            for (int i = 0; i < nn; i++) {
                x[i] = m.coords()[i * dim];
                ones[i] = 1.0;
            }
            double[] k = TestMeshes.assemble(cpu, m, TestMeshes.Operator.DIFFUSION, Scatter.COLOURED, false);
            double[] kOnes = times(s1, k, ones);
            double[] kX = times(s1, k, x);
            double[] mass = TestMeshes.assemble(cpu, m, TestMeshes.Operator.MASS, Scatter.COLOURED, false);
            double[] mOnes = times(s1, mass, ones);
            assertEquals(0.0, max(kOnes), 1e-13, type + ": K annihilates constants");
            assertEquals(1.0, dot(x, kX), 1e-13, type + ": x^T K x = integral |grad x|^2 = volume 1");
            assertEquals(1.0, dot(ones, mOnes), 1e-13, type + ": 1^T M 1 = volume 1");
            double[] ke = TestMeshes.assemble(cpu, m, TestMeshes.Operator.ELASTICITY, Scatter.COLOURED);
            for (int comp = 0; comp < dim; comp++) {
                double[] t = new double[nn * dim];
                for (int i = 0; i < nn; i++) {
                    t[i * dim + comp] = 1.0;
                }
                assertEquals(0.0, max(times(sd, ke, t)), 1e-12, type + ": translation " + comp + " is free");
            }
            double[] rot = new double[nn * dim];
            for (int i = 0; i < nn; i++) {
                rot[i * dim] = -m.coords()[i * dim + 1];
                rot[i * dim + 1] = m.coords()[i * dim];
            }
            assertEquals(0.0, max(times(sd, ke, rot)), 1e-12, type + ": rotation about z is free");
        }
    }

    @Test
    void atomicScatterAgreesWithColouredScatter() {
        for (SimplexType type : SimplexType.values()) {
            TestMeshes.Cells m = TestMeshes.distort(TestMeshes.of(type, type.dim() == 2 ? 12 : 4), 4, 0.1, 0.05, 3);
            for (TestMeshes.Operator op : TestMeshes.Operator.values()) {
                double[] a = TestMeshes.assemble(cpu, m, op, Scatter.COLOURED);
                double[] b = TestMeshes.assemble(cpu, m, op, Scatter.ATOMIC);
                double max = Arrays.stream(a).map(Math::abs).max().orElse(0.0);
                for (int k = 0; k < a.length; k++) {
                    assertEquals(a[k], b[k], EXACT_RTOL * max, type + " " + op + " slot " + k);
                }
            }
        }
    }

    @Test
    void colouringSeparatesCellsThatShareANode() {
        TestMeshes.Cells m = TestMeshes.cube(SimplexType.TET10, 3);
        int npc = m.type().nodes();
        int blockSize = 16;
        CellColouring col = CellColouring.greedy(m.conn(), npc, m.nCells(), m.nNodes(), blockSize);
        int[] sorted = col.order().clone();
        Arrays.sort(sorted);
        for (int c = 0; c < sorted.length; c++) {
            assertEquals(c, sorted[c], "the order is a permutation of the cells");
        }
        int[] blockOf = new int[m.nNodes()];
        int[] pieceOf = new int[m.nNodes()];
        Arrays.fill(blockOf, -1);
        Arrays.fill(pieceOf, -1);
        for (int c = 0; c < col.colours(); c++) {
            for (int b = col.colourBlocks()[c]; b < col.colourBlocks()[c + 1]; b++) {
                int firstCell = col.order()[col.pieceStart()[col.blockPieces()[b]]] / blockSize;
                for (int piece = col.blockPieces()[b]; piece < col.blockPieces()[b + 1]; piece++) {
                    for (int p = col.pieceStart()[piece]; p < col.pieceStart()[piece + 1]; p++) {
                        int cell = col.order()[p];
                        assertEquals(firstCell, cell / blockSize, "a block holds consecutive cells");
                        for (int a = 0; a < npc; a++) {
                            int node = m.conn()[cell * npc + a];
                            assertTrue(blockOf[node] != b || pieceOf[node] != piece, "cells of piece " + piece
                                    + " share node " + node);
                            assertTrue(blockOf[node] < col.colourBlocks()[c] || blockOf[node] == b,
                                    "blocks " + blockOf[node] + " and " + b + " of colour " + c + " share node " + node);
                            blockOf[node] = b;
                            pieceOf[node] = piece;
                        }
                    }
                }
            }
        }
        assertTrue(col.colours() > 1 && col.blocks() == (m.nCells() + blockSize - 1) / blockSize);
    }

    @Test
    void aStructureWithoutACouplingIsRejected() {
        TestMeshes.Cells m = TestMeshes.square(SimplexType.TRI3, 1);
        int[] rowPtr = {0, 1, 2, 3, 4};
        int[] col = {0, 1, 2, 3};
        var e = assertThrows(IllegalArgumentException.class,
                () -> SlotMap.build(m.conn(), 3, m.nCells(), 1, rowPtr, col));
        assertEquals("cell 0 couples dofs 0 and 1 but the matrix structure has no entry (0, 1)", e.getMessage());
    }

    @Test
    void coefficientsMustMatchTheLayout() {
        TestMeshes.Cells m = TestMeshes.square(SimplexType.TRI3, 2);
        TestMeshes.Structure s = TestMeshes.structure(m, 2);
        AssemblyLayout layout = AssemblyLayout.build(m.type(), 2, m.coords(), m.conn(), m.nCells(), s.rowPtr(), s.col(),
                Scatter.COLOURED);
        try (DeviceCsr a = cpu.csr(s.rows(), s.rows(), s.rowPtr(), s.col());
                DeviceAssembly asm = cpu.assembly(layout, a); DeviceVector k = cpu.vector(m.nCells())) {
            var e = assertThrows(IllegalArgumentException.class, () -> asm.diffusion(k));
            assertEquals("diffusion assembles a scalar field; the layout has 2 dofs per node", e.getMessage());
        }
    }

    static double[] times(TestMeshes.Structure s, double[] val, double[] x) {
        double[] y = new double[s.rows()];
        CsrOps.spmvRows(0, s.rows(), s.rowPtr(), s.col(), val, x, y);
        return y;
    }

    static double max(double[] x) {
        return Arrays.stream(x).map(Math::abs).max().orElse(0.0);
    }

    static double dot(double[] x, double[] y) {
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** The reference: dense, element by element, written without the twin's code. */
    static final class DenseReference {

        static double[][] assemble(TestMeshes.Cells m, TestMeshes.Operator op, int block) {
            SimplexType type = m.type();
            int dim = type.dim();
            int npc = type.nodes();
            int n = m.nNodes() * block;
            double[][] a = new double[n][n];
            QuadratureRule rule = Quadrature.simplex(dim, 4);
            for (int c = 0; c < m.nCells(); c++) {
                double c1 = TestMeshes.firstCoefficient(c, m.nCells());
                double c2 = TestMeshes.secondCoefficient(c, m.nCells());
                double[][] jac = new double[dim][dim];
                int v0 = m.conn()[c * npc];
                for (int e = 0; e < dim; e++) {
                    int ve = m.conn()[c * npc + e + 1];
                    for (int d = 0; d < dim; d++) {
                        jac[d][e] = m.coords()[ve * dim + d] - m.coords()[v0 * dim + d];
                    }
                }
                double det = Math.abs(determinant(jac));
                for (int q = 0; q < rule.size(); q++) {
                    double[] xi = Arrays.copyOfRange(rule.points(), q * dim, q * dim + dim);
                    double[] nv = new double[npc];
                    double[] dn = new double[npc * dim];
                    LagrangeBasis.evaluate(dim, type.order(), xi, nv, dn);
                    double[][] g = new double[npc][];
                    for (int b = 0; b < npc; b++) {
                        g[b] = solveTransposed(jac, Arrays.copyOfRange(dn, b * dim, b * dim + dim));
                    }
                    double w = rule.weights()[q] * det;
                    if (op == TestMeshes.Operator.ELASTICITY) {
                        addVoigt(a, m, c, g, w, c1, c2);
                        continue;
                    }
                    for (int i = 0; i < npc; i++) {
                        for (int j = 0; j < npc; j++) {
                            double v = op == TestMeshes.Operator.MASS ? nv[i] * nv[j] : dot(g[i], g[j]);
                            a[m.conn()[c * npc + i]][m.conn()[c * npc + j]] += w * c1 * v;
                        }
                    }
                }
            }
            return a;
        }

        /** K += w B^T D B with Voigt strains (engineering shear); plane strain in 2D. */
        private static void addVoigt(double[][] a, TestMeshes.Cells m, int c, double[][] g, double w, double lam,
                double mu) {
            int dim = m.type().dim();
            int npc = m.type().nodes();
            int nv = dim == 2 ? 3 : 6;
            double[][] dmat = new double[nv][nv];
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    dmat[i][j] = lam + (i == j ? 2 * mu : 0.0);
                }
            }
            for (int k = dim; k < nv; k++) {
                dmat[k][k] = mu;
            }
            int[][] shear = dim == 2 ? new int[][] {{0, 1}} : new int[][] {{1, 2}, {0, 2}, {0, 1}};
            double[][] bmat = new double[nv][npc * dim];
            for (int b = 0; b < npc; b++) {
                for (int d = 0; d < dim; d++) {
                    bmat[d][b * dim + d] = g[b][d];
                }
                for (int k = 0; k < shear.length; k++) {
                    bmat[dim + k][b * dim + shear[k][0]] = g[b][shear[k][1]];
                    bmat[dim + k][b * dim + shear[k][1]] = g[b][shear[k][0]];
                }
            }
            for (int r = 0; r < npc * dim; r++) {
                for (int s = 0; s < npc * dim; s++) {
                    double v = 0.0;
                    for (int k = 0; k < nv; k++) {
                        for (int l = 0; l < nv; l++) {
                            v += bmat[k][r] * dmat[k][l] * bmat[l][s];
                        }
                    }
                    int row = m.conn()[c * npc + r / dim] * dim + r % dim;
                    int col = m.conn()[c * npc + s / dim] * dim + s % dim;
                    a[row][col] += w * v;
                }
            }
        }

        private static double determinant(double[][] j) {
            if (j.length == 2) {
                return j[0][0] * j[1][1] - j[0][1] * j[1][0];
            }
            return j[0][0] * (j[1][1] * j[2][2] - j[1][2] * j[2][1]) - j[0][1] * (j[1][0] * j[2][2] - j[1][2] * j[2][0])
                    + j[0][2] * (j[1][0] * j[2][1] - j[1][1] * j[2][0]);
        }

        /** @return g with J^T g = r, by Gaussian elimination with partial pivoting. */
        private static double[] solveTransposed(double[][] jac, double[] r) {
            int n = r.length;
            double[][] a = new double[n][n + 1];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = jac[j][i];
                }
                a[i][n] = r[i];
            }
            for (int k = 0; k < n; k++) {
                int p = k;
                for (int i = k + 1; i < n; i++) {
                    if (Math.abs(a[i][k]) > Math.abs(a[p][k])) {
                        p = i;
                    }
                }
                double[] t = a[k];
                a[k] = a[p];
                a[p] = t;
                for (int i = k + 1; i < n; i++) {
                    double f = a[i][k] / a[k][k];
                    for (int j = k; j <= n; j++) {
                        a[i][j] -= f * a[k][j];
                    }
                }
            }
            double[] x = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double s = a[i][n];
                for (int j = i + 1; j < n; j++) {
                    s -= a[i][j] * x[j];
                }
                x[i] = s / a[i][i];
            }
            return x;
        }
    }
}
