package org.interphase.physics.czm;

import org.interphase.core.InputException;

/**
 * A piecewise-linear load history: the controlled loads are multiplied by a(tau), tau the pseudo-time,
 * through the points (tau_k, a_k), for load-unload-reload-compress cycles. The identity history
 * a(tau) = tau is the plain monotonic ramp.
 */
public final class LoadHistory {

    private final double[] time;
    private final double[] factor;

    /**
     * @param time   (Input) increasing pseudo-times, starting at 0. Copied.
     * @param factor (Input) load factors at those times, starting at 0. Copied.
     * @throws InputException for mismatched or non-increasing points.
     */
    public LoadHistory(double[] time, double[] factor) {
        if (time.length != factor.length || time.length < 2) {
            throw InputException.of("a load history needs matching time and factor lists of at least 2 points, got %d "
                    + "and %d", time.length, factor.length);
        }
        if (time[0] != 0 || factor[0] != 0) {
            throw InputException.of("a load history starts at time 0 with factor 0, got (%g, %g)", time[0], factor[0]);
        }
        for (int k = 1; k < time.length; k++) {
            if (!(time[k] > time[k - 1])) {
                throw InputException.of("load history times must increase, got %g after %g", time[k], time[k - 1]);
            }
        }
        this.time = time.clone();
        this.factor = factor.clone();
    }

    /** @return the ramp a(tau) = tau up to {@code end}. */
    public static LoadHistory ramp(double end) {
        return new LoadHistory(new double[] {0, end}, new double[] {0, end});
    }

    /** @return a(tau), constant beyond the last point. */
    public double at(double tau) {
        if (tau >= time[time.length - 1]) {
            return factor[factor.length - 1];
        }
        int k = 1;
        while (time[k] < tau) {
            k++;
        }
        double w = (tau - time[k - 1]) / (time[k] - time[k - 1]);
        return factor[k - 1] + w * (factor[k] - factor[k - 1]);
    }

    /** @return the first breakpoint after tau (steps land on every reversal), or +infinity. */
    public double nextBreak(double tau) {
        for (double t : time) {
            if (t > tau * (1 + 1e-12) + 1e-300) {
                return t;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** @return the last time. */
    public double end() {
        return time[time.length - 1];
    }
}
