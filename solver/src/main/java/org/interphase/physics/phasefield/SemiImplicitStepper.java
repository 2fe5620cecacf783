package org.interphase.physics.phasefield;

import java.util.Arrays;
import java.util.List;
import org.interphase.assembly.BlockSparsity;
import org.interphase.assembly.DofMap;
import org.interphase.core.InputException;
import org.interphase.core.SolverException;
import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.kernels.AssemblyLayout;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceAssembly;
import org.interphase.kernels.DeviceCsr;
import org.interphase.kernels.DeviceVector;
import org.interphase.kernels.PcgOptions;
import org.interphase.kernels.PcgResult;
import org.interphase.kernels.Scatter;
import org.interphase.kernels.SimplexType;
import org.interphase.mesh.Mesh;
import org.interphase.time.StepOutcome;

/**
 * The electrodeposition model advanced on a compute {@link Device} (linear elements, one material): the
 * order parameter explicitly (forward Euler with a lumped mass), then the cations and the potential by one
 * linear solve each, with migration lagged so that the cation matrix is symmetric positive definite:
 *
 * <pre>
 *   xi+   = xi - dt M_L^-1 [G^T A_w f1(G xi) + M_L (L_sigma W g'(xi) + L_eta h'(xi) B(phi - E0, c) - noise)]
 *   (M/dt + K_D(xi+)) c+ = M c/dt - (c_s/c0) M (xi+ - xi)/dt - G^T A_w [D(xi+) n c grad phi]
 *   K_s(xi+) phi+ = -n (c_s/c0) M (xi+ - xi)/dt
 * </pre>
 *
 * G is the cell-gradient operator (constant on linear cells), A_w the cell areas, f1 the anisotropic flux
 * (kernel {@link Device#phaseFieldFlux}); the nodal rate is {@link Device#phaseFieldRate}, the matrices come
 * from the device assembly kernels with per-cell coefficients blended by {@link Device#blend}, Dirichlet
 * values enter by {@link Device#constrain}, and both solves are the device's Jacobi-PCG. Every operand stays
 * in device memory; per sub-step the host reads xi, c and phi once to bound the stable step: the explicit
 * limit of the xi update and the Courant limit of the lagged migration, times 0.9.
 */
public final class SemiImplicitStepper extends CommittedState implements AutoCloseable {

    private final Device d;
    private final ScaledMaterial m;
    private final int n;
    private final int cells;
    private final int dim;
    private final double lambdaK;
    private final double[] cellSize;
    private final double[] cellGrad;
    private final DeviceCsr grad;
    private final DeviceCsr divergence;
    private final DeviceCsr mean;
    private final DeviceCsr meanPerComponent;
    private final DeviceCsr mass;
    private final DeviceCsr matC;
    private final DeviceCsr matPhi;
    private final DeviceAssembly asmC;
    private final DeviceAssembly asmPhi;
    private final DeviceVector xi;
    private final DeviceVector c;
    private final DeviceVector phi;
    private final DeviceVector[] work;
    private final DeviceVector lumped;
    private final DeviceVector weights;
    private final DeviceVector noise;
    private final DeviceVector[] held;
    private final DeviceVector[] values;
    private final LangevinNoise noiseGenerator;
    private final PcgOptions pcg = PcgOptions.of(1e-10, 5000);
    private double trialDt;
    private double[] uTrial;
    private int pcgIterations;

    /**
     * @param sys       (Input) an electrodeposition system on linear cells with one material, without
     *                  galvanostatic control.
     * @param device    (Input) the device (not closed here).
     * @param startTime (Input) scaled start time.
     * @param endTime   (Input) scaled end time.
     * @param u0        (Input) initial state. Copied.
     */
    public SemiImplicitStepper(PhaseFieldSystem sys, Device device, double startTime, double endTime, double[] u0) {
        super(sys, startTime, endTime, u0);
        Mesh mesh = sys.mesh();
        if (mesh.cellType().order() != 1 || sys.setup().materials().size() != 1 || sys.isGalvanostatic()) {
            throw InputException.of("the explicit scheme of the electrodeposition model needs linear cells, one "
                    + "material and a fixed electrode potential (no applied current); use scheme: bdf2 otherwise");
        }
        this.d = device;
        this.m = sys.setup().materials().values().iterator().next();
        this.n = sys.dofs().slots();
        this.cells = mesh.cellCount();
        this.dim = mesh.dim();
        int npc = mesh.cellType().nodes();
        int[] slotConn = new int[mesh.cells().length];
        for (int k = 0; k < slotConn.length; k++) {
            slotConn[k] = sys.dofs().slot(mesh.cells()[k]);
        }
        CellValues cv = new CellValues(mesh, ElementTables.of(mesh.cellType(), 1));
        double[] area = new double[cells];
        cellGrad = new double[cells * npc * dim];
        cellSize = new double[cells];
        for (int e = 0; e < cells; e++) {
            cv.reinit(e);
            for (int q = 0; q < cv.nq(); q++) {
                area[e] += cv.jxw(q);
            }
            for (int a = 0; a < npc; a++) {
                for (int k = 0; k < dim; k++) {
                    cellGrad[(e * npc + a) * dim + k] = cv.grad(0, a, k);
                }
            }
            cellSize[e] = Math.pow(area[e] * (dim == 2 ? 2 : 6), 1.0 / dim);
        }
        double[][] gv = new double[2][];
        int[] gp = new int[cells * dim + 1];
        int[] gc = new int[cells * dim * npc];
        gv[0] = new double[gc.length];
        double[] avg = new double[gc.length];
        for (int e = 0; e < cells; e++) {
            for (int k = 0; k < dim; k++) {
                int row = e * dim + k;
                gp[row + 1] = gp[row] + npc;
                Integer[] order = new Integer[npc];
                for (int a = 0; a < npc; a++) {
                    order[a] = a;
                }
                int base = e * npc;
                Arrays.sort(order, (x, y) -> Integer.compare(slotConn[base + x], slotConn[base + y]));
                for (int j = 0; j < npc; j++) {
                    int a = order[j];
                    gc[gp[row] + j] = slotConn[base + a];
                    gv[0][gp[row] + j] = cellGrad[(e * npc + a) * dim + k];
                    avg[gp[row] + j] = 1.0 / npc;
                }
            }
        }
        grad = device.csr(cells * dim, n, gp, gc, gv[0]);
        meanPerComponent = device.csr(cells * dim, n, gp, gc, avg);
        int[] mp = new int[cells + 1];
        int[] mc = new int[cells * npc];
        double[] mv = new double[mc.length];
        for (int e = 0; e < cells; e++) {
            mp[e + 1] = mp[e] + npc;
            for (int j = 0; j < npc; j++) {
                mc[mp[e] + j] = gc[gp[e * dim] + j];
                mv[mp[e] + j] = 1.0 / npc;
            }
        }
        mean = device.csr(cells, n, mp, mc, mv);
        divergence = transpose(device, cells * dim, n, gp, gc, gv[0], area, dim);
        DofMap scalar = DofMap.identity(n, 1);
        BlockSparsity sp = BlockSparsity.build(scalar, List.of(slotConn), List.of(npc));
        SimplexType type = dim == 2 ? SimplexType.TRI3 : SimplexType.TET4;
        AssemblyLayout layout = AssemblyLayout.build(type, 1, mesh.coords(), mesh.cells(), slotConn, cells,
                sp.rowPtr(), sp.colIndex(), Scatter.DEFAULT);
        mass = device.csr(n, n, sp.rowPtr(), sp.colIndex());
        matC = device.csr(n, n, sp.rowPtr(), sp.colIndex());
        matPhi = device.csr(n, n, sp.rowPtr(), sp.colIndex());
        try (DeviceAssembly asmM = device.assembly(layout, mass); DeviceVector one = device.vector(cells)) {
            one.fill(1.0);
            asmM.mass(one);
        }
        asmC = device.assembly(layout, matC);
        asmPhi = device.assembly(layout, matPhi);
        double[] mL = sys.volumeWeights();
        double lam = 0;
        double[] gsum = new double[n];
        for (int e = 0; e < cells; e++) {
            for (int a = 0; a < npc; a++) {
                for (int b = 0; b < npc; b++) {
                    double s = 0;
                    for (int k = 0; k < dim; k++) {
                        s += cellGrad[(e * npc + a) * dim + k] * cellGrad[(e * npc + b) * dim + k];
                    }
                    gsum[slotConn[e * npc + a]] += area[e] * Math.abs(s);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            lam = Math.max(lam, gsum[i] / mL[i]);
        }
        this.lambdaK = lam;
        lumped = device.vector(mL);
        boolean[][] mask = new boolean[3][n];
        double[][] val = new double[3][n];
        boolean[] all = sys.constraints().mask(sys.dofCount());
        int nf = sys.fields();
        for (int dof = 0; dof < all.length; dof++) {
            if (all[dof]) {
                mask[dof % nf][dof / nf] = true;
            }
        }
        int[] cd = sys.constraints().dofs();
        double[] cvv = sys.constraints().values();
        for (int k = 0; k < cd.length; k++) {
            val[cd[k] % nf][cd[k] / nf] = cvv[k];
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = mask[0][i] ? 0 : 1 / mL[i];
        }
        weights = device.vector(w);
        held = new DeviceVector[3];
        values = new DeviceVector[3];
        for (int f = 1; f < 3; f++) {
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                h[i] = mask[f][i] ? 1 : 0;
            }
            held[f] = device.vector(h);
            values[f] = device.vector(val[f]);
        }
        noiseGenerator = sys.setup().noiseAmplitude() != 0 ? new LangevinNoise(sys.setup().noiseSeed()) : null;
        noise = device.vector(n);
        xi = device.vector(n);
        c = device.vector(n);
        phi = device.vector(n);
        work = new DeviceVector[8];
        for (int k = 0; k < 4; k++) {
            work[k] = device.vector(n);
        }
        for (int k = 4; k < 6; k++) {
            work[k] = device.vector(cells * dim);
        }
        work[6] = device.vector(cells);
        work[7] = device.vector(cells);
        upload(u);
    }

    /** G^T A_w: the transpose of the gradient operator with each cell row scaled by its area. */
    private static DeviceCsr transpose(Device device, int rows, int cols, int[] rp, int[] col, double[] val,
            double[] area, int dim) {
        int[] count = new int[cols + 1];
        for (int k = 0; k < col.length; k++) {
            count[col[k] + 1]++;
        }
        for (int i = 0; i < cols; i++) {
            count[i + 1] += count[i];
        }
        int[] fill = Arrays.copyOf(count, cols);
        int[] tc = new int[col.length];
        double[] tv = new double[col.length];
        for (int r = 0; r < rows; r++) {
            for (int k = rp[r]; k < rp[r + 1]; k++) {
                int p = fill[col[k]]++;
                tc[p] = r;
                tv[p] = val[k] * area[r / dim];
            }
        }
        return device.csr(cols, rows, count, tc, tv);
    }

    private void upload(double[] state) {
        int nf = sys.fields();
        double[][] f = new double[3][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                f[k][i] = state[i * nf + k];
            }
        }
        xi.upload(f[0]);
        c.upload(f[1]);
        phi.upload(f[2]);
    }

    private double[] download() {
        double[][] f = {xi.toArray(), c.toArray(), phi.toArray()};
        double[] s = new double[sys.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                s[i * 3 + k] = f[k][i];
            }
        }
        return s;
    }

    /**
     * @param state (Input) the current state (host copy). Not modified.
     * @return the stable sub-step: 0.9 times the smaller of the explicit limit of the xi update and the Courant
     *         limit of the lagged migration.
     */
    double stableStep(double[] state) {
        double rate = 0;
        for (int i = 0; i < n; i++) {
            double x = state[3 * i];
            double b = m.bv().value(state[3 * i + 2] - m.eqPotential(), state[3 * i + 1]);
            rate = Math.max(rate, Math.abs(m.mobility() * m.barrier() * DoubleWellEnergy.d2(x)
                    + m.kinetic() * InterpolationFunction.d2(x) * b));
        }
        double delta = m.gradient().isAnisotropic() ? 1.3 : 1.0;
        double explicit = 2 / (m.mobility() * m.gradient().kappa0() * delta * lambdaK + rate);
        int npc = sys.mesh().cellType().nodes();
        int[] conn = sys.mesh().cells();
        double courant = Double.MAX_VALUE;
        for (int e = 0; e < cells; e++) {
            double xm = 0;
            double[] g = new double[dim];
            for (int a = 0; a < npc; a++) {
                int s = sys.dofs().slot(conn[e * npc + a]);
                xm += state[3 * s] / npc;
                for (int k = 0; k < dim; k++) {
                    g[k] += cellGrad[(e * npc + a) * dim + k] * state[3 * s + 2];
                }
            }
            double v = 0;
            for (int k = 0; k < dim; k++) {
                v += g[k] * g[k];
            }
            v = m.diffusivity(xm) * m.charge() * Math.sqrt(v);
            if (v > 0) {
                courant = Math.min(courant, 0.5 * cellSize[e] / v);
            }
        }
        return 0.9 * Math.min(explicit, courant);
    }

    private void subStep(double h) {
        DeviceVector xiOld = work[0];
        DeviceVector g = work[1];
        DeviceVector rhs = work[2];
        DeviceVector t = work[3];
        DeviceVector p = work[4];
        DeviceVector f = work[5];
        DeviceVector cellA = work[6];
        DeviceVector cellB = work[7];
        d.copy(xi, xiOld);
        d.spmv(grad, xi, p);
        GradientEnergy ge = m.gradient();
        d.phaseFieldFlux(dim, m.mobility(), ge.kappa0(), ge.delta(), ge.omega(), ge.theta0(), p, f);
        d.spmv(divergence, f, g);
        ButlerVolmer bv = m.bv();
        double alphaN = bv.alpha() * m.charge();
        d.phaseFieldRate(m.mobility() * m.barrier(), m.kinetic(), m.charge() - alphaN, alphaN, m.eqPotential(),
                noiseGenerator != null ? sys.setup().noiseAmplitude() : 0, xi, c, phi, noise, lumped, g, g);
        d.explicitUpdate(h, weights, g, xi);
        // dxi = xi+ - xi, then M dxi / h into t
        d.xpby(xi, -1.0, xiOld);
        d.scale(1.0 / h, xiOld);
        d.spmv(mass, xiOld, t);
        // cation system
        d.spmv(mean, xi, cellA);
        d.blend(m.dMetal(), m.dElectrolyte(), cellA, cellB);
        matC.fillValues(0.0);
        asmC.diffusion(cellB);
        cellB.fill(1.0 / h);
        asmC.mass(cellB);
        d.spmv(mass, c, rhs);
        d.scale(1.0 / h, rhs);
        d.axpy(-m.siteRatio(), t, rhs);
        d.spmv(meanPerComponent, xi, f);
        d.blend(m.dMetal(), m.dElectrolyte(), f, f);
        d.spmv(meanPerComponent, c, p);
        d.multiply(f, p, f);
        d.spmv(grad, phi, p);
        d.multiply(f, p, p);
        d.spmv(divergence, p, g);
        d.axpy(-m.charge(), g, rhs);
        d.constrain(matC, held[1], values[1], rhs);
        solve(matC, rhs, c, "cation");
        // potential system
        d.blend(m.sMetal(), m.sElectrolyte(), cellA, cellB);
        matPhi.fillValues(0.0);
        asmPhi.diffusion(cellB);
        d.copy(t, rhs);
        d.scale(-m.charge() * m.siteRatio(), rhs);
        d.constrain(matPhi, held[2], values[2], rhs);
        solve(matPhi, rhs, phi, "potential");
    }

    private void solve(DeviceCsr a, DeviceVector b, DeviceVector x, String what) {
        PcgResult r = d.pcg(a, b, x, pcg);
        pcgIterations += r.iterations();
        if (!r.converged()) {
            throw SolverException.of("device pcg for the %s did not converge (%s after %d iterations, residual "
                    + "%.3e -> %.3e); use scheme: bdf2", what, r.status(), r.iterations(), r.initialResidual(),
                    r.finalResidual());
        }
    }

    @Override
    public StepOutcome trial(double dt) {
        trialDt = dt;
        pcgIterations = 0;
        upload(u);
        double remaining = dt;
        int sub = 0;
        double[] host = u;
        while (remaining > 1e-14 * dt) {
            double h = Math.min(stableStep(host), remaining);
            if (noiseGenerator != null) {
                double[] nv = new double[n];
                for (int i = 0; i < n; i++) {
                    nv[i] = noiseGenerator.value(steps, i);
                }
                noise.upload(nv);
            }
            subStep(h);
            remaining -= h;
            sub++;
            host = download();
        }
        uTrial = host;
        return StepOutcome.ok(sub, pcgIterations);
    }

    @Override
    public void accept() {
        double[] a = TimeScheme.BACKWARD_EULER.coefficients(trialDt, 0);
        PhaseFieldSystem.Step st = sys.step(a, u, null, time + trialDt, trialDt, steps);
        raw = st.unconstrainedResidual(uTrial);
        ut = st.timeDerivative().clone();
        u = uTrial;
        time += trialDt;
        steps++;
    }

    @Override
    public void reject() {
        uTrial = null;
    }

    @Override
    public void close() {
        for (AutoCloseable x : new AutoCloseable[] {asmC, asmPhi, grad, divergence, mean, meanPerComponent, mass,
            matC, matPhi, xi, c, phi, lumped, weights, noise, held[1], held[2], values[1], values[2]}) {
            try {
                x.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        for (DeviceVector v : work) {
            v.close();
        }
    }
}
