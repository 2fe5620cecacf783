package org.interphase.physics.phasefield.analysis;

import org.interphase.core.Checks;
import org.interphase.core.InputException;

/**
 * The maximum (t_m, i_m) of a sampled current transient, robust to noise and to the sampling:
 * <ol>
 * <li>smooth: a local least-squares quadratic over the 2w + 1 nearest samples (w = max(2, n / 50)),
 * evaluated at each sample (a Savitzky-Golay filter on non-uniform times);</li>
 * <li>the largest smoothed sample k must be inside the record (a transient still rising at its last
 * sample, or falling from its first, has no peak to normalize by);</li>
 * <li>refine: a least-squares cubic in ln t through the raw samples around k whose smoothed value is
 * within {@value #NEAR} of the maximum (at least three on each side); its local maximum in that window
 * is the peak, else the smoothed sample k is. Nucleation transients are skewed about their peak (a
 * quadratic in t would put the 3D-instantaneous peak 4 % late); in ln t a cubic is unbiased to 0.3 %
 * in t_m and 0.1 % in i_m on the Scharifker-Hills curves. With 1 % noise on the current, t_m is found
 * to about 5 % (the peak is flat) and i_m to about 0.5 %.</li>
 * </ol>
 *
 * @param time    t_m, s.
 * @param current i_m, in the transient's unit.
 * @param index   the sample nearest the peak.
 * @param refined whether the fitted maximum was used.
 */
public record TransientPeak(double time, double current, int index, boolean refined) {

    /** Fraction below the smoothed maximum that bounds the refinement window. */
    public static final double NEAR = 0.10;
    /** Fewest samples a peak search accepts. */
    public static final int MIN_SAMPLES = 7;

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
        TransientPeak fallback = new TransientPeak(t[k], s[k], k, false);
        if (!(t[k] > 0)) {
            return fallback;
        }
        double floor = s[k] - NEAR * Math.abs(s[k]);
        int lo = k;
        while (lo > 0 && t[lo - 1] > 0 && (s[lo - 1] >= floor || k - lo < 3)) {
            lo--;
        }
        int hi = k;
        while (hi < n - 1 && (s[hi + 1] >= floor || hi - k < 3)) {
            hi++;
        }
        double[] u = new double[n];
        for (int j = lo; j <= hi; j++) {
            u[j] = Math.log(t[j]);
        }
        double[] c = fit(u, i, lo, hi, u[k], 3);
        if (c == null) {
            return fallback;
        }
        double best = Double.NaN;
        double a = 3 * c[3];
        double b = 2 * c[2];
        double disc = b * b - 4 * a * c[1];
        double[] roots = a == 0 ? new double[] {-c[1] / b} : disc < 0 ? new double[0]
                : new double[] {(-b + Math.sqrt(disc)) / (2 * a), (-b - Math.sqrt(disc)) / (2 * a)};
        for (double r : roots) {
            boolean maximum = b + 2 * a * r < 0;
            if (maximum && r >= u[lo] - u[k] && r <= u[hi] - u[k] && (Double.isNaN(best) || Math.abs(r) < Math.abs(
                    best))) {
                best = r;
            }
        }
        if (Double.isNaN(best)) {
            return fallback;
        }
        double tm = t[k] * Math.exp(best);
        int nearest = k;
        for (int j = lo; j <= hi; j++) {
            if (Math.abs(t[j] - tm) < Math.abs(t[nearest] - tm)) {
                nearest = j;
            }
        }
        double im = c[0] + best * (c[1] + best * (c[2] + best * c[3]));
        return new TransientPeak(tm, im, nearest, true);
    }

    /** Local quadratic least-squares smoothing over the 2w + 1 nearest samples (clipped at the ends). */
    static double[] smooth(double[] t, double[] y, int w) {
        int n = t.length;
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            int hi = Math.min(n - 1, Math.max(j + w, 2 * w));
            int lo = Math.max(0, hi - 2 * w);
            double[] c = fit(t, y, lo, hi, t[j], 2);
            s[j] = c == null ? y[j] : c[0];
        }
        return s;
    }

    /**
     * Least-squares y ~ sum c_p (u - u0)^p, p = 0..degree, over samples lo..hi (scaled for conditioning),
     * by Gaussian elimination with partial pivoting on the normal equations.
     *
     * @return the coefficients, or null when there are too few samples or the system is singular.
     */
    static double[] fit(double[] u, double[] y, int lo, int hi, double u0, int degree) {
        int m = degree + 1;
        if (hi - lo + 1 < m) {
            return null;
        }
        double scale = Math.max(Math.abs(u[hi] - u0), Math.abs(u[lo] - u0));
        if (!(scale > 0)) {
            return null;
        }
        double[][] a = new double[m][m + 1];
        double[] p = new double[m];
        for (int j = lo; j <= hi; j++) {
            double x = (u[j] - u0) / scale;
            p[0] = 1.0;
            for (int q = 1; q < m; q++) {
                p[q] = p[q - 1] * x;
            }
            for (int r = 0; r < m; r++) {
                for (int q = 0; q < m; q++) {
                    a[r][q] += p[r] * p[q];
                }
                a[r][m] += p[r] * y[j];
            }
        }
        double norm = a[0][0];
        for (int col = 0; col < m; col++) {
            int piv = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            if (!(Math.abs(a[piv][col]) > 1e-12 * norm)) {
                return null;
            }
            double[] tmp = a[col];
            a[col] = a[piv];
            a[piv] = tmp;
            for (int r = 0; r < m; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int q = col; q <= m; q++) {
                        a[r][q] -= f * a[col][q];
                    }
                }
            }
        }
        double[] c = new double[m];
        double sp = 1.0;
        for (int q = 0; q < m; q++) {
            c[q] = a[q][m] / a[q][q] / sp;
            sp *= scale;
        }
        return c;
    }
}
