package org.interphase.kernels.opencl;

import java.util.ArrayList;
import java.util.List;
import org.interphase.kernels.AssemblyChecks;
import org.interphase.kernels.AssemblyLayout;
import org.interphase.kernels.CellColouring;
import org.interphase.kernels.CellTables;
import org.interphase.kernels.DeviceAssembly;
import org.interphase.kernels.DeviceException;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.Scatter;
import org.jocl.Pointer;
import org.jocl.cl_mem;

/**
 * Assembly kernels ({@code assembly.cl}) bound to one layout and target on an {@link OpenClDevice}:
 * the layout's arrays and the reference tables are uploaded once; each operator call launches its
 * kernel once per block colour (coloured scatter) or once over all blocks (atomic scatter), a
 * work-group per block. Programs are built
 * per cell type, rule and scatter with -D options, once per device.
 */
final class ClAssembly implements DeviceAssembly {

    /** Work-items per block wanted (capped by the kernel's queried limit): a warp; a piece has 10-30 cells. */
    static final int ASSEMBLY_GROUP = 32;

    private final OpenClDevice device;
    private final AssemblyLayout layout;
    private final ClCsr target;
    private final String atomicOption;
    private final CellTables stiffness;
    private final CellTables mass;
    private final List<cl_mem> owned = new ArrayList<>();
    private final cl_mem coords;
    private final cl_mem conn;
    private final cl_mem dofConn;
    private final cl_mem order;
    private final cl_mem blockPieces;
    private final cl_mem pieceStart;
    private final cl_mem slots;
    private final cl_mem stiffWeights;
    private final cl_mem stiffGrads;
    private final cl_mem massWeights;
    private final cl_mem massGrads;
    private final cl_mem massValues;

    ClAssembly(OpenClDevice device, AssemblyLayout layout, ClCsr target) {
        AssemblyChecks.target(layout, target);
        boolean atomic = layout.scatter() == Scatter.ATOMIC;
        if (atomic && !device.info().int64Atomics()) {
            throw DeviceException.of(DeviceException.Reason.UNSUPPORTED,
                    "atomic scatter needs cl_khr_int64_base_atomics, which %s (%s) lacks; use Scatter.COLOURED",
                    device.name(), device.info().name());
        }
        this.device = device;
        this.layout = layout;
        this.target = target;
        this.atomicOption = " -D SCATTER_ATOMIC=" + (atomic ? 1 : 0);
        this.stiffness = CellTables.stiffness(layout.type());
        this.mass = CellTables.mass(layout.type());
        try {
            this.coords = own(device.buffer(layout.coords(), "assembly coordinates"));
            this.conn = own(device.buffer(layout.conn(), "assembly connectivity"));
            this.dofConn = own(device.buffer(layout.dofConn(), "assembly dof connectivity"));
            this.order = own(device.buffer(layout.colouring().order(), "assembly cell order"));
            this.blockPieces = own(device.buffer(layout.colouring().blockPieces(), "assembly blocks"));
            this.pieceStart = own(device.buffer(layout.colouring().pieceStart(), "assembly pieces"));
            this.slots = own(device.buffer(layout.slots(), "assembly slot map"));
            this.stiffWeights = own(device.buffer(stiffness.weights(), "quadrature weights"));
            this.stiffGrads = own(device.buffer(stiffness.grads(), "reference gradients"));
            this.massWeights = own(device.buffer(mass.weights(), "quadrature weights"));
            this.massGrads = own(device.buffer(mass.grads(), "reference gradients"));
            this.massValues = own(device.buffer(mass.values(), "shape values"));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private cl_mem own(cl_mem m) {
        owned.add(m);
        return m;
    }

    @Override
    public AssemblyLayout layout() {
        return layout;
    }

    @Override
    public void diffusion(DeviceVector k) {
        AssemblyChecks.scalar(layout, "diffusion", k);
        ClKernel kernel = device.program("assembly.cl", stiffness.buildOptions() + atomicOption).kernel("diffusion");
        kernel.arg(3, stiffWeights).arg(4, stiffGrads).arg(5, coords).arg(6, conn).arg(7, order).arg(8, slots)
                .arg(9, device.mem(k)).arg(10, target.val());
        launchByColour(kernel);
    }

    @Override
    public void mass(DeviceVector rho) {
        AssemblyChecks.scalar(layout, "mass", rho);
        ClKernel kernel = device.program("assembly.cl", mass.buildOptions() + atomicOption).kernel("mass");
        kernel.arg(3, massWeights).arg(4, massGrads).arg(5, massValues).arg(6, coords).arg(7, conn).arg(8, order)
                .arg(9, slots).arg(10, device.mem(rho)).arg(11, target.val());
        launchByColour(kernel);
    }

    @Override
    public void elasticity(DeviceVector lambda, DeviceVector mu) {
        AssemblyChecks.elastic(layout, lambda, mu);
        ClKernel kernel = device.program("assembly.cl", stiffness.buildOptions() + atomicOption)
                .kernel("elasticity");
        kernel.arg(3, stiffWeights).arg(4, stiffGrads).arg(5, coords).arg(6, conn).arg(7, order).arg(8, slots)
                .arg(9, device.mem(lambda)).arg(10, device.mem(mu)).arg(11, target.val());
        launchByColour(kernel);
    }

    @Override
    public void source(DeviceVector f, boolean perNode, DeviceVector rhs) {
        AssemblyChecks.source(layout, f, perNode, rhs, target.rows());
        ClKernel kernel = device.program("assembly.cl", mass.buildOptions() + atomicOption).kernel("source");
        kernel.arg(3, massWeights).arg(4, massGrads).arg(5, massValues).arg(6, coords).arg(7, conn).arg(8, dofConn)
                .arg(9, order).arg(10, device.mem(f)).arg(11, perNode ? 1 : 0).arg(12, device.mem(rhs));
        launchByColour(kernel);
    }

    @Override
    public void bodyForce(DeviceVector b, DeviceVector rhs) {
        AssemblyChecks.bodyForce(layout, b, rhs, target.rows());
        ClKernel kernel = device.program("assembly.cl", mass.buildOptions() + atomicOption).kernel("bodyForce");
        kernel.arg(3, massWeights).arg(4, massGrads).arg(5, massValues).arg(6, coords).arg(7, conn).arg(8, dofConn)
                .arg(9, order).arg(10, device.mem(b)).arg(11, device.mem(rhs));
        launchByColour(kernel);
    }

    @Override
    public void eigenstrain(DeviceVector lambda, DeviceVector mu, DeviceVector eps, DeviceVector rhs) {
        AssemblyChecks.eigenstrain(layout, lambda, mu, eps, rhs, target.rows());
        ClKernel kernel = device.program("assembly.cl", stiffness.buildOptions() + atomicOption)
                .kernel("eigenstrain");
        kernel.arg(3, stiffWeights).arg(4, stiffGrads).arg(5, coords).arg(6, conn).arg(7, dofConn).arg(8, order)
                .arg(9, device.mem(lambda)).arg(10, device.mem(mu)).arg(11, device.mem(eps))
                .arg(12, device.mem(rhs));
        launchByColour(kernel);
    }

    @Override
    public void setCoordinates(double[] c) {
        AssemblyChecks.coordinates(layout, c);
        device.upload(coords, Pointer.to(c), 8L * c.length);
    }

    @Override
    public void close() {
        for (cl_mem m : owned) {
            device.release(m);
        }
        owned.clear();
    }

    /** One launch per block colour: a work-group per block. */
    private void launchByColour(ClKernel kernel) {
        CellColouring col = layout.colouring();
        int group = kernel.groupSize(ASSEMBLY_GROUP, 0);
        kernel.arg(1, blockPieces).arg(2, pieceStart);
        for (int c = 0; c < col.colours(); c++) {
            int first = col.colourBlocks()[c];
            int blocks = col.colourBlocks()[c + 1] - first;
            kernel.arg(0, first).launch((long) blocks * group, group);
        }
    }
}
