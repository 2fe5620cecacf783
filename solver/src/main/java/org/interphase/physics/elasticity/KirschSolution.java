package org.interphase.physics.elasticity;

/**
 * Kirsch (1898): an infinite plate with a circular hole of radius a under remote uniaxial stress S
 * along x. In polar coordinates (r, theta from the x axis):
 *
 * <pre>
 * sigma_xx = S [1 - a^2/r^2 (3/2 cos 2t + cos 4t) + 3/2 a^4/r^4 cos 4t]
 * sigma_yy = S [ - a^2/r^2 (1/2 cos 2t - cos 4t) - 3/2 a^4/r^4 cos 4t]
 * sigma_xy = S [ - a^2/r^2 (1/2 sin 2t + sin 4t) + 3/2 a^4/r^4 sin 4t]
 * </pre>
 *
 * so sigma_xx = 3 S at (0, a). Only stresses and tractions are provided (the checks need no displacement).
 */
public final class KirschSolution implements ElasticReference {

    private final double a;
    private final double s;

    /**
     * @param radius (Input) hole radius a, m.
     * @param remote (Input) remote stress S along x, Pa.
     */
    public KirschSolution(double radius, double remote) {
        this.a = radius;
        this.s = remote;
    }

    @Override
    public int dim() {
        return 2;
    }

    @Override
    public void stress(double[] x, double[] sigma) {
        double r2 = x[0] * x[0] + x[1] * x[1];
        double t = Math.atan2(x[1], x[0]);
        double q2 = a * a / r2;
        double q4 = q2 * q2;
        double c2 = Math.cos(2 * t);
        double c4 = Math.cos(4 * t);
        double s2 = Math.sin(2 * t);
        double s4 = Math.sin(4 * t);
        java.util.Arrays.fill(sigma, 0.0);
        sigma[0] = s * (1 - q2 * (1.5 * c2 + c4) + 1.5 * q4 * c4);
        sigma[4] = s * (-q2 * (0.5 * c2 - c4) - 1.5 * q4 * c4);
        sigma[1] = s * (-q2 * (0.5 * s2 + s4) + 1.5 * q4 * s4);
        sigma[3] = sigma[1];
    }

    @Override
    public void displacement(double[] x, double[] u) {
        throw new UnsupportedOperationException("the Kirsch reference provides stresses only");
    }

    @Override
    public void displacementGradient(double[] x, double[] du) {
        throw new UnsupportedOperationException("the Kirsch reference provides stresses only");
    }

    @Override
    public void bodyForce(double[] x, double[] b) {
        java.util.Arrays.fill(b, 0.0);
    }

    /** @return the peak hoop stress 3 S at (0, a). */
    public double peakStress() {
        return 3 * s;
    }
}
