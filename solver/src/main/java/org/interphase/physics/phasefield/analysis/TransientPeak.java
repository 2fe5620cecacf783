package org.interphase.physics.phasefield.analysis;

import org.interphase.core.Checks;
import org.interphase.core.InputException;

/**
 * The maximum (t_m, i_m) of a sampled current transient, robust to noise and to the sampling:
 * <ol>
 * <li>smooth: a local least-squares quadratic over the 2w + 1 nearest samples (w = max(2, n / 50)),
 * evaluated at each sample (a Savitzky-Golay filter on non-uniform times);</li>
 * <li>the largest smoothed sample k must be inside the record (a transient still rising or already
 * falling at its first sample has no peak to normalize by);</li>
 * <li>refine: a least-squares parabola in t through the raw samples around k whose smoothed value is
 * within {@value #NEAR} of the maximum (at least two on each side); its vertex is the peak when the
 * parabola opens downward and the vertex lies within those samples, else the smoothed sample k is.</li>
 * </ol>
 *
 * @param time    t_m, s.
 * @param current i_m, in the transient's unit.
 * @param index   the sample nearest the peak.
 * @param refined whether the parabola vertex was used.
 */
public record TransientPeak(double time, double current, int index, boolean refined) {

    /** Fraction below the smoothed maximum that bounds the refinement window. */
    public static final double NEAR = 0.03;
    /** Fewest samples a peak search accepts. */
    public static final int MIN_SAMPLES = 5;

    /**
     * @param t (Input) strictly increasing times. Not modified.
     * @param i (Input) currents (positive peak). Not modified.
     * @return the peak.
     * @throws InputException if there are fewer than {@link #MIN_SAMPLES} samples or the maximum is at an
     *                        end of the record.
     */
    public static TransientPeak find(double[] t, double[] i) {
        Checks.verify(t.length == i.length, "%d times but %d currents", t.length, i.length);
        int n = t.length;
        if (n < MIN_SAMPLES) {
            throw InputException.of("a current peak needs at least %d samples, got %d", MIN_SAMPLES, n);
        }
        double[] s = smooth(t, i, Math.max(2, n / 50));
        int k = 0;
        for (int j = 1; j < n; j++) {
            if (s[j] > s[k]) {
                k = j;
            }
        }
        if (k == 0 || k == n - 1) {
            throw InputException.of("the current is largest at the %s of the record (t = %s s): the transient "
                    + "has no peak inside the record; record from the potential step until well after the "
                    + "maximum", k == 0 ? "start" : "end", t[k]);
        }
        double floor = s[k] - NEAR * Math.abs(s[k]);
        int lo = k;
        while (lo > 0 && (s[lo - 1] >= floor || k - lo < 2)) {
            lo--;
        }
        int hi = k;
        while (hi < n - 1 && (s[hi + 1] >= floor || hi - k < 2)) {
            hi++;
        }
        double[] c = fitQuadratic(t, i, lo, hi, t[k]);
        if (c != null && c[2] < 0) {
            double dt = -c[1] / (2 * c[2]);
            double tm = t[k] + dt;
            if (tm >= t[lo] && tm <= t[hi]) {
                int nearest = k;
                for (int j = lo; j <= hi; j++) {
                    if (Math.abs(t[j] - tm) < Math.abs(t[nearest] - tm)) {
                        nearest = j;
                    }
                }
                return new TransientPeak(tm, c[0] + c[1] * dt + c[2] * dt * dt, nearest, true);
            }
        }
        return new TransientPeak(t[k], s[k], k, false);
    }

    /** Local quadratic least-squares smoothing over the 2w + 1 nearest samples (clipped at the ends). */
    static double[] smooth(double[] t, double[] y, int w) {
        int n = t.length;
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            int lo = Math.max(0, Math.min(j - w, n - 1 - 2 * w));
            int hi = Math.min(n - 1, lo + 2 * w);
            lo = Math.max(0, hi - 2 * w);
            double[] c = fitQuadratic(t, y, lo, hi, t[j]);
            s[j] = c == null ? y[j] : c[0];
        }
        return s;
    }

    /**
     * Least-squares y ~ c0 + c1 (t - t0) + c2 (t - t0)^2 over samples lo..hi (scaled for conditioning).
     *
     * @return {c0, c1, c2}, or null when fewer than 3 samples or singular.
     */
    static double[] fitQuadratic(double[] t, double[] y, int lo, int hi, double t0) {
        if (hi - lo < 2) {
            return null;
        }
        double scale = Math.max(Math.abs(t[hi] - t0), Math.abs(t[lo] - t0));
        if (!(scale > 0)) {
            return null;
        }
        double[] m = new double[9];
        double[] r = new double[3];
        for (int j = lo; j <= hi; j++) {
            double u = (t[j] - t0) / scale;
            double[] p = {1, u, u * u};
            for (int a = 0; a < 3; a++) {
                r[a] += p[a] * y[j];
                for (int b = 0; b < 3; b++) {
                    m[a * 3 + b] += p[a] * p[b];
                }
            }
        }
        double det = det3(m);
        if (!(Math.abs(det) > 1e-13 * Math.pow(hi - lo + 1, 3))) {
            return null;
        }
        double[] c = new double[3];
        for (int a = 0; a < 3; a++) {
            double[] mm = m.clone();
            for (int b = 0; b < 3; b++) {
                mm[b * 3 + a] = r[b];
            }
            c[a] = det3(mm) / det;
        }
        c[1] /= scale;
        c[2] /= scale * scale;
        return c;
    }

    private static double det3(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }
}
