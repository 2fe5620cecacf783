package org.interphase.physics.phasefield;

import org.interphase.core.InputException;
import org.interphase.kernels.AllenCahnStep;
import org.interphase.kernels.Device;
import org.interphase.kernels.DeviceVector;
import org.interphase.time.StateSnapshot;
import org.interphase.time.StepOutcome;

/**
 * Explicit time steps on a compute {@link Device} (the OpenCL twin when present, else the plain-Java one):
 * the Allen-Cahn model with the lumped discretization of {@link LumpedAllenCahn}, advanced by forward Euler
 * with the {@link AllenCahnStep} kernels. The order parameter stays in device memory. A requested step longer
 * than the stability limit ({@link LumpedAllenCahn#stableStep} times 0.9) is split into equal sub-steps, so the
 * time loop's step size sets the output cadence, not the stability; the sub-steps share one nodal source,
 * evaluated on the host at the requested step's midpoint (the midpoint rule for its time integral, second
 * order; the host evaluation costs more than a sub-step on the device).
 */
public final class ExplicitStepper extends CommittedState implements AutoCloseable {

    /** Fraction of the stability limit used. */
    public static final double SAFETY = 0.9;

    private final LumpedAllenCahn op;
    private final AllenCahnStep kernels;
    private final DeviceVector eta;
    private final DeviceVector trialEta;
    private final double stable;
    private double trialDt;

    /**
     * @param sys       (Input) a lumped Allen-Cahn system.
     * @param device    (Input) the device (not closed by this stepper).
     * @param startTime (Input) scaled start time.
     * @param endTime   (Input) scaled end time.
     * @param u0        (Input) initial state. Copied.
     */
    public ExplicitStepper(PhaseFieldSystem sys, Device device, double startTime, double endTime, double[] u0) {
        super(sys, startTime, endTime, u0);
        if (sys.lumped() == null) {
            throw InputException.of("the explicit scheme of the allen_cahn model needs linear elements and one "
                    + "isotropic material (the lumped discretization); use scheme: bdf2 for this case");
        }
        this.op = sys.lumped();
        int n = sys.dofCount();
        boolean[] held = sys.constraints().mask(n);
        this.kernels = new AllenCahnStep(device, n, op.stiffness().rowPtr(), op.stiffness().colIndex(),
                op.stiffness().values(), op.mass(), held, op.gradientCoefficient(), op.wellCoefficient());
        this.eta = device.vector(u0);
        this.trialEta = device.vector(n);
        this.stable = SAFETY * op.stableStep();
    }

    /** @return the largest sub-step, scaled time. */
    public double stableStep() {
        return stable;
    }

    @Override
    public StepOutcome trial(double dt) {
        trialDt = dt;
        int sub = (int) Math.ceil(dt / stable - 1e-12);
        double h = dt / sub;
        eta.device().copy(eta, trialEta);
        kernels.source().upload(op.nodalSource(time + 0.5 * dt));
        for (int k = 0; k < sub; k++) {
            kernels.step(trialEta, h);
        }
        return StepOutcome.ok(sub, 0);
    }

    @Override
    public void accept() {
        eta.device().copy(trialEta, eta);
        double[] next = eta.toArray();
        ut = new double[next.length];
        for (int i = 0; i < next.length; i++) {
            ut[i] = (next[i] - u[i]) / trialDt;
        }
        u = next;
        time += trialDt;
        steps++;
    }

    @Override
    public void reject() {
    }

    @Override
    public void restore(StateSnapshot s) {
        super.restore(s);
        eta.upload(u);
    }

    @Override
    public void close() {
        eta.close();
        trialEta.close();
        kernels.close();
    }
}
