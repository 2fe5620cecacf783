package org.interphase.assembly;

import org.interphase.kernels.AssemblyLayout;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceAssembly;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.Scatter;
import org.interphase.kernels.SimplexType;
import org.interphase.linalg.CsrMatrix;
import org.interphase.mesh.Mesh;

/**
 * The standard bilinear forms (diffusion, mass, isotropic elasticity) and the cell loads of elasticity
 * (body force, eigenstrain) assembled by the compute layer's assembly kernels on a {@link Device}: the
 * Java twin on the cpu device, OpenCL otherwise. The matrix structure is an {@link Assembler}'s, so the
 * result can be combined with the generic pointwise assembly (which stays the reference the kernels are
 * tested against). AutoCloseable: releases device memory.
 */
public final class KernelAssembler implements AutoCloseable {

    private final Device device;
    private final Mesh mesh;
    private final DeviceCsr target;
    private final DeviceAssembly assembly;
    private final int rows;

    /**
     * @param device    (Input) the device; not closed by this object.
     * @param mesh      (Input) the mesh.
     * @param sparsity  (Input) the target structure (block size 1 for scalar forms, dim for elasticity).
     * @param dofs      (Input) the dof map (periodic slots allowed).
     */
    public KernelAssembler(Device device, Mesh mesh, BlockSparsity sparsity, DofMap dofs) {
        this.device = device;
        this.mesh = mesh;
        CsrMatrix structure = sparsity.newMatrix();
        int[] dofConn = mesh.cells().clone();
        for (int i = 0; i < dofConn.length; i++) {
            dofConn[i] = dofs.slot(dofConn[i]);
        }
        AssemblyLayout layout = AssemblyLayout.build(SimplexType.named(mesh.cellType().name()), sparsity.block(),
                mesh.coords(), mesh.cells(), dofConn, mesh.cellCount(), structure.rowPtr(), structure.colIndex(),
                Scatter.DEFAULT);
        this.rows = structure.rows();
        this.target = device.csr(structure.rows(), structure.cols(), structure.rowPtr(), structure.colIndex());
        this.assembly = device.assembly(layout, target);
    }

    /** @return the device. */
    public Device device() {
        return device;
    }

    /** @return the device-resident matrix the operators are added into. */
    public DeviceCsr target() {
        return target;
    }

    /**
     * K := the elasticity stiffness for per-cell Lame parameters (plane strain in 2D; pass lambda* for
     * plane stress).
     *
     * @param lambda (Input) per-cell first Lame parameter. Not modified.
     * @param mu     (Input) per-cell shear modulus. Not modified.
     * @param out    (Output) receives the values (same structure).
     */
    public void elasticity(double[] lambda, double[] mu, CsrMatrix out) {
        target.fillValues(0.0);
        try (DeviceVector l = device.vector(lambda); DeviceVector m = device.vector(mu)) {
            assembly.elasticity(l, m);
            device.finish();
        }
        target.downloadValues(out.values());
    }

    /**
     * K := the diffusion matrix for a per-cell conductivity.
     *
     * @param k   (Input) per-cell conductivity. Not modified.
     * @param out (Output) receives the values.
     */
    public void diffusion(double[] k, CsrMatrix out) {
        target.fillValues(0.0);
        try (DeviceVector kv = device.vector(k)) {
            assembly.diffusion(kv);
            device.finish();
        }
        target.downloadValues(out.values());
    }

    /**
     * rhs += the cell loads of linear elasticity, assembled on the device: (b, v) for a force density and
     * (C eps*, grad v) for eigenstrains, both constant on each cell (the target must have dim dofs per node).
     *
     * @param lambda (Input) per-cell first Lame parameter (lambda* for plane stress). Not modified.
     * @param mu     (Input) per-cell shear modulus. Not modified.
     * @param body   (Input) dim force components per cell, or null for none. Not modified.
     * @param eps    (Input) six eigenstrains per cell, Voigt order [xx, yy, zz, yz, xz, xy] (in 2D zz enters
     *               the trace: give 0 for plane stress), or null for none. Not modified.
     * @param rhs    (Input/Output) the load vector, rows() long.
     */
    public void elasticLoads(double[] lambda, double[] mu, double[] body, double[] eps, double[] rhs) {
        double[] loads = new double[rows];
        try (DeviceVector f = device.vector(rows)) {
            if (body != null) {
                try (DeviceVector b = device.vector(body)) {
                    assembly.bodyForce(b, f);
                }
            }
            if (eps != null) {
                try (DeviceVector l = device.vector(lambda); DeviceVector m = device.vector(mu);
                        DeviceVector e = device.vector(eps)) {
                    assembly.eigenstrain(l, m, e, f);
                }
            }
            device.finish();
            f.download(loads);
        }
        for (int i = 0; i < rows; i++) {
            rhs[i] += loads[i];
        }
    }

    /** @return the number of matrix rows. */
    public int rows() {
        return rows;
    }

    @Override
    public void close() {
        assembly.close();
        target.close();
    }
}
