package org.interphase.time;

import org.interphase.core.Checks;

/**
 * Adaptive step size: after a converged step, dt grows by {@code growth} when Newton needed at most
 * {@code easyIterations}, shrinks when it needed more than {@code hardIterations}, and, when the stepper
 * gives an error estimate e (1 = on target), follows dt * clamp(safety / sqrt(e), cut, growth) (a
 * first-order controller for backward Euler, second order via the exponent for BDF2); after a failed
 * step dt is multiplied by {@code cut}. dt stays in [dtMin, dtMax]; asking for less than dtMin fails.
 */
public final class StepController {
    public double dt;
    public double dtMin;
    public double dtMax;
    public double growth = 1.5;
    public double cut = 0.5;
    public double safety = 0.9;
    public int easyIterations = 4;
    public int hardIterations = 10;
    /** Exponent of the error controller: 1/(p+1) for a scheme of order p. */
    public double exponent = 0.5;

    /**
     * @param dt0   (Input) first step.
     * @param dtMin (Input) smallest step before giving up.
     * @param dtMax (Input) largest step.
     */
    public StepController(double dt0, double dtMin, double dtMax) {
        Checks.verify(dt0 > 0 && dtMin > 0 && dtMax >= dtMin, "bad step limits: dt0=%g dtMin=%g dtMax=%g", dt0, dtMin,
                dtMax);
        this.dt = Math.min(Math.max(dt0, dtMin), dtMax);
        this.dtMin = dtMin;
        this.dtMax = dtMax;
    }

    /** Updates dt after a step. @return false when a failure would need dt below dtMin. */
    public boolean update(StepOutcome o) {
        if (!o.converged()) {
            if (dt <= dtMin * (1 + 1e-12)) {
                return false;
            }
            dt = Math.max(dtMin, dt * cut);
            return true;
        }
        double factor;
        if (!Double.isNaN(o.errorEstimate())) {
            double e = Math.max(o.errorEstimate(), 1e-10);
            factor = Math.min(growth, Math.max(cut, safety * Math.pow(e, -exponent)));
        } else if (o.newtonIterations() <= easyIterations) {
            factor = growth;
        } else if (o.newtonIterations() > hardIterations) {
            factor = cut;
        } else {
            factor = 1.0;
        }
        dt = Math.min(dtMax, Math.max(dtMin, dt * factor));
        return true;
    }

    /** @return whether an error estimate this large should reject the step (e > 1/safety^2... > 2). */
    public boolean rejects(StepOutcome o) {
        return !Double.isNaN(o.errorEstimate()) && o.errorEstimate() > 2.0;
    }
}
