package org.interphase.physics.phasefield.analysis;

import java.util.Random;
import org.interphase.core.Checks;

/**
 * Current transients generated from closed forms, for verifying the Scharifker-Hills tool (validation.md
 * S4): the 3D-instantaneous and 3D-progressive curves of {@link ScharifkerHills}, a hybrid (the mean of
 * the two before the peak, progressive after it, as seed 000 describes HPJH-AlSi), and, as a curve that
 * follows neither, 2D instantaneous growth (i/i_m) = tau exp(-(tau^2 - 1) / 2) (Bewick, Fleischmann and
 * Thirsk, Trans. Faraday Soc. 58 (1962) 2200). Samples are unevenly spaced in time (seeded jitter and a
 * stretched grid) with seeded multiplicative Gaussian noise, so equal arguments give equal transients.
 */
public final class SyntheticTransient {

    /** The curve shapes. */
    public enum Shape {
        INSTANTANEOUS("3D instantaneous"),
        PROGRESSIVE("3D progressive"),
        HYBRID("hybrid"),
        TWO_D_INSTANTANEOUS("2D instantaneous");

        private final String label;

        Shape(String label) {
            this.label = label;
        }

        /** @return the shape's name in reports. */
        public String label() {
            return label;
        }
    }

    private SyntheticTransient() {
    }

    /** @return (i/i_m)^2 of the shape at tau = t/t_m. */
    public static double ratio2(Shape shape, double tau) {
        switch (shape) {
            case INSTANTANEOUS: return ScharifkerHills.instantaneous(tau);
            case PROGRESSIVE: return ScharifkerHills.progressive(tau);
            case HYBRID: return tau <= 1 ? 0.5 * (ScharifkerHills.instantaneous(tau)
                    + ScharifkerHills.progressive(tau)) : ScharifkerHills.progressive(tau);
            default: return tau * tau * Math.exp(1 - tau * tau);
        }
    }

    /**
     * @param shape  (Input) the curve.
     * @param tm     (Input) peak time t_m, s, positive.
     * @param im     (Input) peak current i_m (its sign is the record's sign).
     * @param n      (Input) samples, at least 8.
     * @param tauMax (Input) last sample's t/t_m, above 1.
     * @param noise  (Input) relative rms of the multiplicative Gaussian noise.
     * @param seed   (Input) random seed.
     * @return {times, currents}.
     */
    public static double[][] generate(Shape shape, double tm, double im, int n, double tauMax, double noise,
            long seed) {
        Checks.verify(tm > 0 && n >= 8 && tauMax > 1, "need t_m > 0, n >= 8 and tauMax > 1");
        Random rnd = new Random(seed);
        double[] t = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            double s = (k + 1 + 0.4 * (rnd.nextDouble() - 0.5)) / n;
            double tau = tauMax * Math.pow(s, 1.3);
            t[k] = tm * tau;
            i[k] = im * Math.sqrt(ratio2(shape, tau)) * (1 + noise * rnd.nextGaussian());
        }
        return new double[][] {t, i};
    }
}
