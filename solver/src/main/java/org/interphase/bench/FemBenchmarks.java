package org.interphase.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.interphase.assembly.Assembler;
import org.interphase.assembly.Constraints;
import org.interphase.assembly.FieldState;
import org.interphase.kernels.AssemblyLayout;
import org.interphase.kernels.CpuDevice;
import org.interphase.kernels.Device;
import org.interphase.kernels.Devices;
import org.interphase.kernels.DeviceAssembly;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.KernelBenchmarks;
import org.interphase.kernels.Parallel;
import org.interphase.kernels.Scatter;
import org.interphase.kernels.SimplexType;
import org.interphase.linalg.CsrMatrix;
import org.interphase.linalg.LinearSolver;
import org.interphase.linalg.LinearSolverBenchmarks;
import org.interphase.linalg.LinearSolvers;
import org.interphase.linalg.SolveStats;
import org.interphase.linalg.SolverOptions;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.RectangleMesher;
import org.interphase.physics.diffusion.DiffusionTerm;
import org.interphase.physics.elasticity.ElasticModel;
import org.interphase.physics.elasticity.ElasticityTerm;
import org.interphase.physics.elasticity.IsotropicElasticLaw;
import org.interphase.physics.elasticity.RigidBodyModes;

/**
 * The foundation benchmarks of P1 triangles on the unit square (issue 5): assembly throughput of the
 * generic pointwise assembler and of the kernel twin, AMG-PCG solve to 1e-8, SpMV bandwidth against a
 * STREAM triad measured in the same run, for Poisson and plane-strain elasticity.
 */
public final class FemBenchmarks {

    private FemBenchmarks() {
    }

    /**
     * @param cells    (Input) target cell counts, e.g. {1e6, 4e6}.
     * @param progress (Input) receives rows as they are measured.
     * @return all rows.
     */
    public static List<BenchRow> run(int[] cells, Consumer<BenchRow> progress) {
        List<BenchRow> rows = new ArrayList<>();
        Consumer<BenchRow> add = r -> {
            rows.add(r);
            progress.accept(r);
        };
        add.accept(new BenchRow("threads", Parallel.threads(), "threads"));
        add.accept(new BenchRow("stream.triad", KernelBenchmarks.streamTriad(20_000_000), "GB/s"));
        LinearSolverBenchmarks.warmUp();
        for (int target : cells) {
            int n = (int) Math.round(Math.sqrt(target / 2.0));
            Mesh mesh = RectangleMesher.build(0, 0, 1, 1, n, n, 1, RectangleMesher.Diagonal.RIGHT);
            String size = String.format(Locale.ROOT, "%.0fM", mesh.cellCount() / 1e6);
            poisson(mesh, "poisson2d." + size, add);
            elasticity(mesh, "elasticity2d." + size, add);
        }
        return rows;
    }

    private static void poisson(Mesh mesh, String name, Consumer<BenchRow> add) {
        Assembler asm = Assembler.of(mesh, 1).addTerm(new DiffusionTerm(1.0, 1.0));
        CsrMatrix k = asm.newMatrix();
        double[] r = new double[asm.dofs().size()];
        double[] u = new double[r.length];
        FieldState s = FieldState.of(u);
        double t = best(3, () -> asm.assemble(s, r, k));
        add.accept(new BenchRow(name + ".cells", mesh.cellCount(), "cells"));
        add.accept(new BenchRow(name + ".nonzeros", k.nnz(), "nonzeros"));
        kernelAssembly(mesh, 1, k, name, add);
        add.accept(new BenchRow(name + ".assembly.pointwise", mesh.cellCount() / t, "cells/s"));
        Constraints c = new Constraints();
        for (String b : mesh.facetGroups().keySet()) {
            for (int node : mesh.nodesOfGroup(mesh.facetGroupTag(b))) {
                c.set(node, 0.0);
            }
        }
        double[] f = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            f[i] = -r[i];
        }
        c.eliminate(k, f, 1.0);
        SolverOptions o = new SolverOptions();
        o.rtol = 1e-8;
        solve(k, f, o, name, add);
    }

    private static void elasticity(Mesh mesh, String name, Consumer<BenchRow> add) {
        IsotropicElasticLaw law = new IsotropicElasticLaw(1.0, 0.3, ElasticModel.PLANE_STRAIN);
        Assembler asm = Assembler.of(mesh, 2).addTerm(new ElasticityTerm(law, null));
        CsrMatrix k = asm.newMatrix();
        double[] r = new double[asm.dofs().size()];
        double[] u = new double[r.length];
        FieldState s = FieldState.of(u);
        double t = best(3, () -> asm.assemble(s, null, k));
        add.accept(new BenchRow(name + ".dofs", r.length, "dofs"));
        add.accept(new BenchRow(name + ".nonzeros", k.nnz(), "nonzeros"));
        kernelAssembly(mesh, 2, k, name, add);
        add.accept(new BenchRow(name + ".assembly.pointwise", mesh.cellCount() / t, "cells/s"));
        Constraints c = new Constraints();
        for (int node : mesh.nodesOfGroup(mesh.facetGroupTag("left"))) {
            c.set(2 * node, 0.0);
            c.set(2 * node + 1, 0.0);
        }
        double[] f = new double[r.length];
        for (int node : mesh.nodesOfGroup(mesh.facetGroupTag("right"))) {
            f[2 * node] = 1.0 / mesh.nodeCount();
        }
        c.eliminate(k, f, 1.0);
        SolverOptions o = new SolverOptions();
        o.rtol = 1e-8;
        o.blockSize = 2;
        o.nearNullSpace = RigidBodyModes.of(mesh, asm.dofs());
        solve(k, f, o, name, add);
    }

    /**
     * The production assembly (the device kernels that ElasticityProblem and the diffusion solvers use),
     * on the cpu twin and, when present, on OpenCL, with their ratio.
     */
    private static void kernelAssembly(Mesh mesh, int block, CsrMatrix k, String name, Consumer<BenchRow> add) {
        double cpu;
        try (CpuDevice dev = new CpuDevice()) {
            cpu = kernelTime(dev, mesh, block, k);
        }
        add.accept(new BenchRow(name + ".assembly", mesh.cellCount() / cpu, "cells/s"));
        add.accept(new BenchRow(name + ".assembly.nonzeros", k.nnz() / cpu, "nonzeros/s"));
        if (Devices.list().stream().anyMatch(d -> d.fp64())) {
            try (Device dev = Devices.open("opencl").device()) {
                double cl = kernelTime(dev, mesh, block, k);
                add.accept(new BenchRow(name + ".assembly.opencl", mesh.cellCount() / cl, "cells/s"));
                add.accept(new BenchRow(name + ".assembly.opencl/cpu", cpu / cl, "x"));
            }
        }
    }

    private static double kernelTime(Device dev, Mesh mesh, int block, CsrMatrix k) {
        AssemblyLayout layout = AssemblyLayout.build(SimplexType.TRI3, block, mesh.coords(), mesh.cells(),
                mesh.cellCount(), k.rowPtr(), k.colIndex(), Scatter.DEFAULT);
        try (DeviceCsr target = dev.csr(k.rows(), k.cols(), k.rowPtr(), k.colIndex());
                DeviceAssembly a = dev.assembly(layout, target);
                DeviceVector c1 = dev.vector(mesh.cellCount());
                DeviceVector c2 = dev.vector(mesh.cellCount())) {
            c1.fill(1.0);
            c2.fill(0.5);
            return best(5, () -> {
                target.fillValues(0.0);
                if (block == 1) {
                    a.diffusion(c1);
                } else {
                    a.elasticity(c1, c2);
                }
                dev.finish();
            });
        }
    }

    private static void solve(CsrMatrix k, double[] f, SolverOptions o, String name, Consumer<BenchRow> add) {
        LinearSolver solver = LinearSolvers.create(o);
        double[] x = new double[f.length];
        long t0 = System.nanoTime();
        solver.setup(k);
        double setup = (System.nanoTime() - t0) * 1e-9;
        SolveStats st = solver.solve(f, x);
        add.accept(new BenchRow(name + ".amg.setup", setup, "s"));
        add.accept(new BenchRow(name + ".amg.solve", st.solveSeconds(), "s"));
        add.accept(new BenchRow(name + ".amg.total", setup + st.solveSeconds(), "s"));
        add.accept(new BenchRow(name + ".amg.iterations", st.iterations(), "iterations"));
        add.accept(new BenchRow(name + ".spmv", LinearSolverBenchmarks.spmvGbPerSecond(k, 20), "GB/s"));
    }

    /** Best wall time of {@code reps} runs after two warm-up runs (JIT compilation). */
    private static double best(int reps, Runnable r) {
        double best = Double.MAX_VALUE;
        r.run();
        r.run();
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) * 1e-9);
        }
        return best;
    }
}
