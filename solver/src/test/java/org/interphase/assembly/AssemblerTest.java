package org.interphase.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interphase.kernels.CpuDevice;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.BoxMesher;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshDistortion;
import org.interphase.mesh.RectangleMesher;
import org.interphase.physics.diffusion.DiffusionTerm;
import org.interphase.physics.elasticity.ElasticModel;
import org.interphase.physics.elasticity.ElasticityTerm;
import org.interphase.physics.elasticity.IsotropicElasticLaw;
import org.interphase.physics.elasticity.RigidBodyModes;
import org.junit.jupiter.api.Test;

/** The pointwise assembler against closed forms, against the kernel twin, and for determinism. */
class AssemblerTest {

    /** Matrix-entry tolerance relative to the largest entry. */
    private static final double PARITY = 1e-12;

    @Test
    void p1LaplacianOfTwoTrianglesIsTheTextbookMatrix() {
        Mesh m = RectangleMesher.build(0, 0, 1, 1, 1, 1, 1, RectangleMesher.Diagonal.RIGHT);
        Assembler asm = Assembler.of(m, 1).addTerm(new DiffusionTerm(1.0, 0.0));
        CsrMatrix k = asm.newMatrix();
        asm.assemble(FieldState.of(new double[4]), null, k);
        // Every P1 Laplacian on the unit square split by one diagonal: diagonal entries 1 at the corners the
        // diagonal does not touch and 1 at the two it touches, off-diagonal -1/2 along edges, 0 across the
        // diagonal; rows sum to zero and the total of the diagonal is 4.
        double trace = 0;
        for (int i = 0; i < 4; i++) {
            double row = 0;
            for (int j = 0; j < 4; j++) {
                row += k.get(i, j);
            }
            assertEquals(0.0, row, 1e-15);
            trace += k.get(i, i);
            assertEquals(1.0, k.get(i, i), 1e-15);
        }
        assertEquals(4.0, trace, 1e-15);
        double[] x = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i] = m.x(i, 0);
        }
        double[] kx = new double[4];
        k.multiply(x, kx);
        double energy = 0;
        for (int i = 0; i < 4; i++) {
            energy += x[i] * kx[i];
        }
        assertEquals(1.0, energy, 1e-14, "x^T K x = integral |grad x|^2 = area");
    }

    private static double maxAbs(CsrMatrix a) {
        double m = 0;
        for (double v : a.values()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static Mesh mesh(int dim, int order) {
        Mesh m = dim == 2 ? RectangleMesher.build(0, 0, 1.5, 1, 5, 4, order, RectangleMesher.Diagonal.ALTERNATE)
                : BoxMesher.build(0, 0, 0, 1, 1, 1.2, 3, 2, 3, order);
        return MeshDistortion.perturbInterior(m, 0.3, 5);
    }

    @Test
    void genericAssemblyMatchesTheKernelTwinForEveryCellType() {
        for (int dim = 2; dim <= 3; dim++) {
            for (int order = 1; order <= 2; order++) {
                Mesh m = mesh(dim, order);
                IsotropicElasticLaw law = new IsotropicElasticLaw(3.0, 0.27,
                        dim == 2 ? ElasticModel.PLANE_STRAIN : ElasticModel.SOLID);
                Assembler asm = Assembler.of(m, dim).addTerm(new ElasticityTerm(law, null));
                CsrMatrix generic = asm.newMatrix();
                asm.assemble(FieldState.of(new double[asm.dofs().size()]), null, generic);
                CsrMatrix kernel = asm.newMatrix();
                double[] lam = new double[m.cellCount()];
                double[] mu = new double[m.cellCount()];
                java.util.Arrays.fill(lam, law.lambdaEffective());
                java.util.Arrays.fill(mu, law.mu());
                try (CpuDevice d = new CpuDevice(); KernelAssembler ka = new KernelAssembler(d, m, asm.sparsity(),
                        asm.dofs())) {
                    ka.elasticity(lam, mu, kernel);
                }
                double scale = maxAbs(generic);
                for (int p = 0; p < generic.nnz(); p++) {
                    assertEquals(generic.values()[p], kernel.values()[p], PARITY * scale,
                            "elasticity " + m.cellType() + " entry " + p);
                }
                Assembler sc = Assembler.of(m, 1).addTerm(new DiffusionTerm(2.5, 0.0));
                CsrMatrix g1 = sc.newMatrix();
                sc.assemble(FieldState.of(new double[sc.dofs().size()]), null, g1);
                CsrMatrix k1 = sc.newMatrix();
                double[] kc = new double[m.cellCount()];
                java.util.Arrays.fill(kc, 2.5);
                try (CpuDevice d = new CpuDevice(); KernelAssembler ka = new KernelAssembler(d, m, sc.sparsity(),
                        sc.dofs())) {
                    ka.diffusion(kc, k1);
                }
                double s1 = maxAbs(g1);
                for (int p = 0; p < g1.nnz(); p++) {
                    assertEquals(g1.values()[p], k1.values()[p], PARITY * s1, "diffusion " + m.cellType());
                }
            }
        }
    }

    @Test
    void elasticStiffnessAnnihilatesRigidBodyModes() {
        for (int dim = 2; dim <= 3; dim++) {
            for (int order = 1; order <= 2; order++) {
                Mesh m = mesh(dim, order);
                IsotropicElasticLaw law = new IsotropicElasticLaw(1.0, 0.3,
                        dim == 2 ? ElasticModel.PLANE_STRESS : ElasticModel.SOLID);
                Assembler asm = Assembler.of(m, dim).addTerm(new ElasticityTerm(law, null));
                CsrMatrix k = asm.newMatrix();
                asm.assemble(FieldState.of(new double[asm.dofs().size()]), null, k);
                double scale = maxAbs(k);
                for (double[] mode : RigidBodyModes.of(m, asm.dofs())) {
                    double[] y = new double[mode.length];
                    k.multiply(mode, y);
                    double norm = 0;
                    for (double v : mode) {
                        norm = Math.max(norm, Math.abs(v));
                    }
                    for (double v : y) {
                        assertEquals(0.0, v, 1e-12 * scale * norm);
                    }
                }
            }
        }
    }

    @Test
    void residualIsTheJacobianTimesTheStateForALinearForm() {
        Mesh m = mesh(2, 2);
        IsotropicElasticLaw law = new IsotropicElasticLaw(1.0, 0.3, ElasticModel.PLANE_STRAIN);
        Assembler asm = Assembler.of(m, 2).addTerm(new ElasticityTerm(law, null));
        double[] u = new double[asm.dofs().size()];
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < u.length; i++) {
            u[i] = rnd.nextDouble() - 0.5;
        }
        CsrMatrix k = asm.newMatrix();
        double[] r = new double[u.length];
        asm.assemble(FieldState.of(u), r, k);
        double[] ku = new double[u.length];
        k.multiply(u, ku);
        for (int i = 0; i < u.length; i++) {
            assertEquals(ku[i], r[i], 1e-12);
        }
    }

    @Test
    void assemblyIsBitForBitRepeatable() {
        Mesh m = RectangleMesher.build(0, 0, 1, 1, 120, 90, 2, RectangleMesher.Diagonal.ALTERNATE);
        IsotropicElasticLaw law = new IsotropicElasticLaw(1.0, 0.3, ElasticModel.PLANE_STRAIN);
        Assembler asm = Assembler.of(m, 2).addTerm(new ElasticityTerm(law, null));
        double[] u = new double[asm.dofs().size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.sin(i);
        }
        CsrMatrix a = asm.newMatrix();
        CsrMatrix b = asm.newMatrix();
        double[] ra = new double[u.length];
        double[] rb = new double[u.length];
        asm.assemble(FieldState.of(u), ra, a);
        asm.assemble(FieldState.of(u), rb, b);
        assertArrayEquals(a.values(), b.values());
        assertArrayEquals(ra, rb);
    }

    @Test
    void periodicSlotsMergeImageNodes() {
        Mesh m = RectangleMesher.build(0, 0, 1, 1, 4, 4, 1, RectangleMesher.Diagonal.RIGHT);
        int[] left = m.nodesOfGroup(m.facetGroupTag("left"));
        int[] right = m.nodesOfGroup(m.facetGroupTag("right"));
        // match by y
        int[] src = new int[left.length];
        int[] img = new int[left.length];
        for (int i = 0; i < left.length; i++) {
            src[i] = left[i];
            for (int r : right) {
                if (Math.abs(m.x(r, 1) - m.x(left[i], 1)) < 1e-12) {
                    img[i] = r;
                }
            }
        }
        DofMap d = DofMap.periodic(m.nodeCount(), 1, img, src);
        assertEquals(m.nodeCount() - left.length, d.slots());
        BlockSparsity sp = BlockSparsity.build(d, List.of(m.cells()), List.of(3));
        Assembler asm = new Assembler(m, d, 2, sp).addTerm(new DiffusionTerm(1, 0));
        CsrMatrix k = asm.newMatrix();
        asm.assemble(FieldState.of(new double[d.size()]), null, k);
        double[] ones = new double[d.size()];
        java.util.Arrays.fill(ones, 1.0);
        double[] y = new double[d.size()];
        k.multiply(ones, y);
        for (double v : y) {
            assertEquals(0.0, v, 1e-13);
        }
        assertTrue(k.nnz() > 0);
    }
}
