package org.interphase.physics.phasefield;

/**
 * The Butler-Volmer bracket of the electrodeposition model (physics.md eq. 4.1), in scaled potential
 * (eta in units of RT/F):
 *
 * <pre>
 *   B(eta, c) = exp[(1 - alpha) n eta] - c exp[-alpha n eta],
 * </pre>
 *
 * with alpha the charge-transfer coefficient, n the charge number and c the scaled cation concentration.
 * B &lt; 0 (cathodic, eta &lt; (1/n) ln c) plates metal; B = 0 at eta = (1/n) ln c, the Nernst equilibrium.
 * A negative c (which the model produces in the metal behind a fast front, where the deposition sink took more
 * cations than transport brought) counts as 0: the cathodic term cannot turn anodic.
 * A front moving at fixed B has speed v = -6 L_eta B sqrt(kappa / (2 W)) (Chen et al., J. Power Sources 300
 * (2015) 376; derivation in docs/phasefield.md).
 */
public final class ButlerVolmer {

    private final double alpha;
    private final double n;

    /**
     * @param alpha (Input) charge-transfer coefficient in (0, 1).
     * @param n     (Input) charge number (> 0).
     */
    public ButlerVolmer(double alpha, double n) {
        this.alpha = alpha;
        this.n = n;
    }

    /** @return the transfer coefficient alpha. */
    public double alpha() {
        return alpha;
    }

    /** @return B(eta, c), with c below 0 taken as 0. */
    public double value(double eta, double c) {
        return Math.exp((1 - alpha) * n * eta) - Math.max(c, 0) * Math.exp(-alpha * n * eta);
    }

    /** @return dB/d eta. */
    public double dEta(double eta, double c) {
        return (1 - alpha) * n * Math.exp((1 - alpha) * n * eta) + alpha * n * Math.max(c, 0)
                * Math.exp(-alpha * n * eta);
    }

    /** @return dB/dc: -exp(-alpha n eta) for c &gt; 0, else 0. */
    public double dC(double eta, double c) {
        return c > 0 ? -Math.exp(-alpha * n * eta) : 0;
    }

    /** @return the scaled overpotential at which B vanishes for concentration c: ln(c) / n. */
    public double equilibrium(double c) {
        return Math.log(c) / n;
    }
}
