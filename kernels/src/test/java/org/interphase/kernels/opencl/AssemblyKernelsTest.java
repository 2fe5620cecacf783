package org.interphase.kernels.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.interphase.kernels.AssemblyLayout;
import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.DeviceAssembly;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceException;
import org.interphase.kernels.DeviceInfo;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.Scatter;
import org.interphase.kernels.SimplexType;
import org.interphase.kernels.TestMeshes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parity of the OpenCL assembly kernels (assembly.cl), matrices and load vectors, with their Java twin:
 * both scatters, all cell types, seeded random meshes and inputs.
 */
class AssemblyKernelsTest extends OpenClTestBase {

    /** |a_cl - a_java| <= tol * max |a_ij| for every stored entry. */
    static final double ASSEMBLY_RTOL = 1e-12;

    /** |f_cl - f_java| <= tol * max |f_i| for every entry of a load vector. */
    static final double LOAD_RTOL = 1e-12;

    private static final CpuDevice CPU = new CpuDevice();

    private static void parity(Scatter scatter) {
        for (SimplexType type : SimplexType.values()) {
            int n = type.dim() == 2 ? 9 : 3;
            TestMeshes.Cells m = TestMeshes.distort(TestMeshes.of(type, n), n, 0.12, 0.04, 11);
            for (TestMeshes.Operator op : TestMeshes.Operator.values()) {
                double[] java = TestMeshes.assemble(CPU, m, op, Scatter.COLOURED);
                double[] gpu = TestMeshes.assemble(cl, m, op, scatter);
                double max = Arrays.stream(java).map(Math::abs).max().orElse(0.0);
                assertTrue(max > 0.0);
                for (int k = 0; k < java.length; k++) {
                    assertEquals(java[k], gpu[k], ASSEMBLY_RTOL * max, scatter + " " + type + " " + op + " slot " + k);
                }
            }
        }
    }

    private static void loadParity(Scatter scatter) {
        long seed = 20;
        for (SimplexType type : SimplexType.values()) {
            int n = type.dim() == 2 ? 9 : 3;
            TestMeshes.Cells m = TestMeshes.distort(TestMeshes.of(type, n), n, 0.12, 0.04, seed++);
            TestMeshes.LoadInputs in = TestMeshes.randomLoads(m, seed++);
            for (TestMeshes.Load load : TestMeshes.Load.values()) {
                double[] java = TestMeshes.load(CPU, m, load, in, Scatter.COLOURED);
                double[] gpu = TestMeshes.load(cl, m, load, in, scatter);
                double max = Arrays.stream(java).map(Math::abs).max().orElse(0.0);
                assertTrue(max > 0.0);
                for (int k = 0; k < java.length; k++) {
                    assertEquals(java[k], gpu[k], LOAD_RTOL * max, scatter + " " + type + " " + load + " row " + k);
                }
            }
        }
    }

    @Test
    void colouredScatterMatchesTheJavaTwin() {
        parity(Scatter.COLOURED);
        loadParity(Scatter.COLOURED);
    }

    @Test
    void atomicScatterMatchesTheJavaTwin() {
        Assumptions.assumeTrue(cl.info().int64Atomics(), cl.name() + " has no cl_khr_int64_base_atomics");
        parity(Scatter.ATOMIC);
        loadParity(Scatter.ATOMIC);
    }

    @Test
    void callsAccumulateAndCoordinatesCanMove() {
        TestMeshes.Cells m = TestMeshes.square(SimplexType.TRI6, 4);
        TestMeshes.Structure s = TestMeshes.structure(m, 1);
        AssemblyLayout layout = AssemblyLayout.build(m.type(), 1, m.coords(), m.conn(), m.nCells(), s.rowPtr(),
                s.col(), Scatter.COLOURED);
        double[] ones = new double[m.nCells()];
        Arrays.fill(ones, 1.0);
        double[] scaled = m.coords().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 2.0;
        }
        try (DeviceCsr a = cl.csr(s.rows(), s.rows(), s.rowPtr(), s.col()); DeviceAssembly asm = cl.assembly(layout, a);
                DeviceVector c = cl.vector(ones)) {
            asm.mass(c);
            asm.mass(c);
            double[] twice = new double[s.col().length];
            a.downloadValues(twice);
            a.fillValues(0.0);
            asm.setCoordinates(scaled);
            asm.mass(c);
            double[] bigger = new double[s.col().length];
            a.downloadValues(bigger);
            double total2 = Arrays.stream(twice).sum();
            double total4 = Arrays.stream(bigger).sum();
            assertEquals(2.0, total2, 1e-13, "two mass calls on the unit square");
            assertEquals(4.0, total4, 1e-13, "the square scaled by 2 has area 4");
        }
    }

    @Test
    void atomicScatterIsRefusedOnlyWithout64BitAtomics() {
        DeviceInfo i = cl.info();
        TestMeshes.Cells m = TestMeshes.square(SimplexType.TRI3, 2);
        TestMeshes.Structure s = TestMeshes.structure(m, 1);
        AssemblyLayout layout = AssemblyLayout.build(m.type(), 1, m.coords(), m.conn(), m.nCells(), s.rowPtr(),
                s.col(), Scatter.ATOMIC);
        try (DeviceCsr a = cl.csr(s.rows(), s.rows(), s.rowPtr(), s.col())) {
            if (i.int64Atomics()) {
                cl.assembly(layout, a).close();
            } else {
                DeviceException e = assertThrows(DeviceException.class, () -> cl.assembly(layout, a));
                assertEquals(DeviceException.Reason.UNSUPPORTED, e.reason());
            }
        }
    }
}
