package org.interphase.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The Java twin of the load kernels (source, body force, eigenstrain) against closed forms and against
 * the matrix kernels: a unit source and a constant body force integrate to the volume, the nodal source
 * is the mass matrix times f, and the eigenstrain load of a uniform eps* is K times the displacement
 * u*_i = eps*_ij x_j whose strain is eps*.
 */
class LoadAssemblyTest {

    /** Two routes to the same integrals (different arithmetic): equal up to rounding, relative to the norm. */
    static final double LOAD_RTOL = 1e-13;

    /** K u* against the eigenstrain load: K sums many more terms, relative to the largest entry. */
    static final double EIGEN_RTOL = 1e-12;

    private final CpuDevice cpu = new CpuDevice();

    /** @return a distorted mesh with straight cells (curve 0) or curved P2 cells. */
    private static TestMeshes.Cells mesh(SimplexType type, double curve) {
        int n = type.dim() == 2 ? 4 : 2;
        return TestMeshes.distort(TestMeshes.of(type, n), n, 0.15, curve, 5);
    }

    /** @return the volume of a mesh of straight cells, |det J| / dim! per cell from its vertices. */
    private static double volume(TestMeshes.Cells m) {
        int dim = m.type().dim();
        int npc = m.type().nodes();
        double v = 0.0;
        for (int c = 0; c < m.nCells(); c++) {
            double[][] j = new double[dim][dim];
            int v0 = m.conn()[c * npc];
            for (int e = 0; e < dim; e++) {
                for (int d = 0; d < dim; d++) {
                    j[d][e] = m.coords()[m.conn()[c * npc + e + 1] * dim + d] - m.coords()[v0 * dim + d];
                }
            }
            double det = dim == 2 ? j[0][0] * j[1][1] - j[0][1] * j[1][0]
                    : j[0][0] * (j[1][1] * j[2][2] - j[1][2] * j[2][1]) - j[0][1] * (j[1][0] * j[2][2] - j[1][2]
                    * j[2][0]) + j[0][2] * (j[1][0] * j[2][1] - j[1][1] * j[2][0]);
            v += Math.abs(det) / (dim == 2 ? 2.0 : 6.0);
        }
        return v;
    }

    private static double maxAbs(double[] x) {
        return Arrays.stream(x).map(Math::abs).max().orElse(0.0);
    }

    @Test
    void aUnitSourceAndAConstantBodyForceIntegrateToTheVolume() {
        for (SimplexType type : SimplexType.values()) {
            TestMeshes.Cells m = mesh(type, 0.0);
            int dim = type.dim();
            double vol = volume(m);
            TestMeshes.LoadInputs in = TestMeshes.randomLoads(m, 1);
            Arrays.fill(in.nodal(), 1.0);
            Arrays.fill(in.cell(), 1.0);
            double[] b = {0.7, -1.3, 2.1};
            for (int c = 0; c < m.nCells(); c++) {
                System.arraycopy(b, 0, in.body(), c * dim, dim);
            }
            for (TestMeshes.Load load : new TestMeshes.Load[] {TestMeshes.Load.NODAL_SOURCE,
                TestMeshes.Load.CELL_SOURCE}) {
                double sum = Arrays.stream(TestMeshes.load(cpu, m, load, in, Scatter.COLOURED)).sum();
                assertEquals(vol, sum, LOAD_RTOL * vol, type + " " + load + ": (1, sum of N_a) = volume");
            }
            double[] f = TestMeshes.load(cpu, m, TestMeshes.Load.BODY_FORCE, in, Scatter.COLOURED);
            for (int i = 0; i < dim; i++) {
                double sum = 0.0;
                for (int node = 0; node < m.nNodes(); node++) {
                    sum += f[node * dim + i];
                }
                assertEquals(b[i] * vol, sum, LOAD_RTOL * vol, type + " body force component " + i);
            }
        }
    }

    @Test
    void theSourceLoadIsTheMassMatrixTimesTheSource() {
        for (SimplexType type : SimplexType.values()) {
            TestMeshes.Cells m = mesh(type, 0.05);
            TestMeshes.LoadInputs in = TestMeshes.randomLoads(m, 2);
            TestMeshes.Structure s = TestMeshes.structure(m, 1);
            double[] unitMass = TestMeshes.assemble(cpu, m, TestMeshes.Operator.MASS, Scatter.COLOURED, false);
            double[] mf = AssemblyTest.times(s, unitMass, in.nodal());
            double[] nodal = TestMeshes.load(cpu, m, TestMeshes.Load.NODAL_SOURCE, in, Scatter.COLOURED);
            double[] cellMass = massWithDensity(m, s, in.cell());
            double[] ones = new double[m.nNodes()];
            Arrays.fill(ones, 1.0);
            double[] mOnes = AssemblyTest.times(s, cellMass, ones);
            double[] cell = TestMeshes.load(cpu, m, TestMeshes.Load.CELL_SOURCE, in, Scatter.COLOURED);
            for (int i = 0; i < m.nNodes(); i++) {
                assertEquals(mf[i], nodal[i], LOAD_RTOL * maxAbs(mf), type + " nodal source at node " + i);
                assertEquals(mOnes[i], cell[i], LOAD_RTOL * maxAbs(mOnes), type + " cell source at node " + i);
            }
        }
    }

    /** @return the mass matrix values with density rho per cell. */
    private double[] massWithDensity(TestMeshes.Cells m, TestMeshes.Structure s, double[] rho) {
        AssemblyLayout layout = AssemblyLayout.build(m.type(), 1, m.coords(), m.conn(), m.nCells(), s.rowPtr(),
                s.col(), Scatter.COLOURED);
        try (DeviceCsr a = cpu.csr(s.rows(), s.rows(), s.rowPtr(), s.col());
                DeviceAssembly asm = cpu.assembly(layout, a); DeviceVector r = cpu.vector(rho)) {
            asm.mass(r);
            double[] val = new double[s.col().length];
            a.downloadValues(val);
            return val;
        }
    }

    @Test
    void theEigenstrainLoadIsTheStiffnessTimesTheEigenDisplacement() {
        double[] voigt = {0.011, -0.007, 0.004, 0.003, -0.005, 0.006};
        for (SimplexType type : SimplexType.values()) {
            TestMeshes.Cells m = mesh(type, 0.05);
            int dim = type.dim();
            double[] e = voigt.clone();
            if (dim == 2) {
                e[2] = 0.0;
            }
            double[][] full = {{e[0], e[5], e[4]}, {e[5], e[1], e[3]}, {e[4], e[3], e[2]}};
            TestMeshes.LoadInputs in = TestMeshes.randomLoads(m, 3);
            for (int c = 0; c < m.nCells(); c++) {
                System.arraycopy(e, 0, in.eps(), 6 * c, 6);
                in.lambda()[c] = TestMeshes.firstCoefficient(c, m.nCells());
                in.mu()[c] = TestMeshes.secondCoefficient(c, m.nCells());
            }
            double[] uStar = new double[m.nNodes() * dim];
            for (int node = 0; node < m.nNodes(); node++) {
                for (int i = 0; i < dim; i++) {
                    for (int j = 0; j < dim; j++) {
                        uStar[node * dim + i] += full[i][j] * m.coords()[node * dim + j];
                    }
                }
            }
            double[] k = TestMeshes.assemble(cpu, m, TestMeshes.Operator.ELASTICITY, Scatter.COLOURED);
            double[] ku = AssemblyTest.times(TestMeshes.structure(m, dim), k, uStar);
            double[] f = TestMeshes.load(cpu, m, TestMeshes.Load.EIGENSTRAIN, in, Scatter.COLOURED);
            for (int i = 0; i < f.length; i++) {
                assertEquals(ku[i], f[i], EIGEN_RTOL * maxAbs(ku), type + " eigenstrain load at dof " + i);
            }
        }
    }

    @Test
    void inTwoDimensionsTheOutOfPlaneEigenstrainActsThroughTheTrace() {
        TestMeshes.Cells m = mesh(SimplexType.TRI6, 0.05);
        TestMeshes.LoadInputs zz = TestMeshes.randomLoads(m, 4);
        TestMeshes.LoadInputs inPlane = TestMeshes.randomLoads(m, 4);
        double lambda = 1.9;
        double mu = 0.8;
        double ezz = 0.01;
        double e = lambda * ezz / (2 * lambda + 2 * mu);
        Arrays.fill(zz.lambda(), lambda);
        Arrays.fill(zz.mu(), mu);
        Arrays.fill(zz.eps(), 0.0);
        Arrays.fill(inPlane.eps(), 0.0);
        for (int c = 0; c < m.nCells(); c++) {
            zz.eps()[6 * c + 2] = ezz;
            zz.eps()[6 * c + 3] = 0.7;
            zz.eps()[6 * c + 4] = -0.4;
            inPlane.eps()[6 * c] = e;
            inPlane.eps()[6 * c + 1] = e;
        }
        double[] a = TestMeshes.load(cpu, m, TestMeshes.Load.EIGENSTRAIN, zz, Scatter.COLOURED);
        double[] b = TestMeshes.load(cpu, m, TestMeshes.Load.EIGENSTRAIN,
                new TestMeshes.LoadInputs(null, null, null, zz.lambda(), zz.mu(), inPlane.eps()), Scatter.COLOURED);
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], LOAD_RTOL * maxAbs(b), "lambda e_zz I = (2 lambda + 2 mu) e I at dof " + i
                    + "; yz and xz unused");
        }
    }

    @Test
    void loadsGoToTheDofNumberingAndAtomicScatterAgrees() {
        for (SimplexType type : SimplexType.values()) {
            TestMeshes.Cells m = mesh(type, 0.05);
            int[] perm = new int[m.nNodes()];
            for (int i = 0; i < perm.length; i++) {
                perm[i] = perm.length - 1 - i;
            }
            int[] dofConn = Arrays.stream(m.conn()).map(node -> perm[node]).toArray();
            TestMeshes.LoadInputs in = TestMeshes.randomLoads(m, 6);
            for (TestMeshes.Load load : TestMeshes.Load.values()) {
                int block = TestMeshes.blockSize(m, load);
                double[] plain = TestMeshes.load(cpu, m, load, in, Scatter.COLOURED);
                double[] permuted = TestMeshes.load(cpu, m, dofConn, load, in, Scatter.COLOURED);
                double[] atomic = TestMeshes.load(cpu, m, load, in, Scatter.ATOMIC);
                double tol = LOAD_RTOL * maxAbs(plain);
                for (int node = 0; node < m.nNodes(); node++) {
                    for (int c = 0; c < block; c++) {
                        int k = node * block + c;
                        assertEquals(plain[k], permuted[perm[node] * block + c], tol, type + " " + load + " dof " + k);
                        assertEquals(plain[k], atomic[k], tol, type + " " + load + " atomic, dof " + k);
                    }
                }
            }
        }
    }

    @Test
    void loadArgumentsMustMatchTheLayout() {
        TestMeshes.Cells m = TestMeshes.square(SimplexType.TRI3, 2);
        TestMeshes.Structure s = TestMeshes.structure(m, 1);
        AssemblyLayout layout = AssemblyLayout.build(m.type(), 1, m.coords(), m.conn(), m.nCells(), s.rowPtr(), s.col(),
                Scatter.COLOURED);
        try (DeviceCsr a = cpu.csr(s.rows(), s.rows(), s.rowPtr(), s.col());
                DeviceAssembly asm = cpu.assembly(layout, a); DeviceVector b = cpu.vector(2 * m.nCells()); DeviceVector rhs = cpu.vector(s.rows());
                DeviceVector shortRhs = cpu.vector(s.rows() - 1); DeviceVector f = cpu.vector(m.nNodes())) {
            var e = assertThrows(IllegalArgumentException.class, () -> asm.bodyForce(b, rhs));
            assertEquals("a body force loads 2 dofs per node; the layout has 1", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> asm.cellSource(f, rhs));
            assertEquals("cell source vector has length " + m.nNodes() + ", expected " + m.nCells(), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> asm.nodalSource(f, shortRhs));
            assertEquals("load vector has length " + (s.rows() - 1) + ", expected " + s.rows(), e.getMessage());
        }
    }
}
