package org.interphase.physics.phasefield;

/**
 * The gradient energy e(p) = 1/2 kappa(theta) |p|^2 of an order parameter with gradient p = grad xi, with
 * the anisotropic coefficient of Kobayashi (Physica D 63 (1993) 410) and PFHub benchmark 3:
 *
 * <pre>
 *   kappa(theta) = kappa0 [1 + delta cos(omega (theta - theta0))],   theta = atan2(p_y, p_x)   (2D),
 *   f1 = de/dp = kappa p + 1/2 |p|^2 kappa'(theta) dtheta/dp = kappa p + 1/2 kappa'(theta) (-p_y, p_x),
 * </pre>
 *
 * so the weak form (f1, grad v) carries the anisotropy cross terms. omega = 4 is the four-fold symmetry of
 * bcc Na and Li. In 3D (and with delta = 0) the energy is isotropic, f1 = kappa0 p. At p = 0 the angle is
 * undefined; the flux tends to 0 there and the Jacobian is taken as kappa0 I. The energy is convex in p
 * (the weak form elliptic) only for moderate anisotropy; {@link #isConvex} checks it (omega = 4: delta up to
 * about 0.13, see the test).
 */
public final class GradientEnergy {

    /** |p|^2 below which the direction is treated as undefined. */
    private static final double TINY = 1e-300;

    private final double kappa0;
    private final double delta;
    private final double omega;
    private final double theta0;

    /**
     * @param kappa0 (Input) mean gradient coefficient (> 0).
     * @param delta  (Input) anisotropy strength (0 for isotropic).
     * @param omega  (Input) symmetry mode (4 for cubic crystals seen in 2D).
     * @param theta0 (Input) orientation of the preferred direction, radians.
     */
    public GradientEnergy(double kappa0, double delta, double omega, double theta0) {
        this.kappa0 = kappa0;
        this.delta = delta;
        this.omega = omega;
        this.theta0 = theta0;
    }

    /** An isotropic gradient energy 1/2 kappa0 |p|^2. */
    public static GradientEnergy isotropic(double kappa0) {
        return new GradientEnergy(kappa0, 0, 0, 0);
    }

    public double kappa0() {
        return kappa0;
    }

    /** @return the anisotropy strength delta. */
    public double delta() {
        return delta;
    }

    /** @return the anisotropy mode omega. */
    public double omega() {
        return omega;
    }

    /** @return the anisotropy angle theta0, radians. */
    public double theta0() {
        return theta0;
    }

    /** @return whether the anisotropy is active (delta != 0). */
    public boolean isAnisotropic() {
        return delta != 0;
    }

    /** @return kappa(theta). */
    public double kappa(double theta) {
        return kappa0 * (1 + delta * Math.cos(omega * (theta - theta0)));
    }

    /**
     * @param p   (Input) the gradient, dim values. Not modified.
     * @param dim (Input) 2 or 3 (3 is isotropic).
     * @return e(p) = 1/2 kappa(theta) |p|^2.
     */
    public double energy(double[] p, int dim) {
        double pp = dot(p, dim);
        if (dim != 2 || delta == 0 || pp < TINY) {
            return 0.5 * kappa0 * pp;
        }
        return 0.5 * kappa(Math.atan2(p[1], p[0])) * pp;
    }

    /**
     * Adds the flux f1 = de/dp times a factor.
     *
     * @param p      (Input) the gradient, dim values. Not modified.
     * @param dim    (Input) 2 or 3.
     * @param factor (Input) multiplies the flux (a mobility).
     * @param out    (Output) added to at [offset, offset + dim).
     * @param offset (Input) where the flux goes in out.
     */
    public void addFlux(double[] p, int dim, double factor, double[] out, int offset) {
        if (dim != 2 || delta == 0) {
            for (int d = 0; d < dim; d++) {
                out[offset + d] += factor * kappa0 * p[d];
            }
            return;
        }
        double pp = p[0] * p[0] + p[1] * p[1];
        if (pp < TINY) {
            return;
        }
        double a = omega * (Math.atan2(p[1], p[0]) - theta0);
        double k = kappa0 * (1 + delta * Math.cos(a));
        double k1 = -kappa0 * delta * omega * Math.sin(a);
        out[offset] += factor * (k * p[0] - 0.5 * k1 * p[1]);
        out[offset + 1] += factor * (k * p[1] + 0.5 * k1 * p[0]);
    }

    /**
     * Adds the Hessian d f1_d / d p_e = d^2 e / dp_d dp_e times a factor.
     *
     * @param p      (Input) the gradient, dim values. Not modified.
     * @param dim    (Input) 2 or 3.
     * @param factor (Input) multiplies the Hessian.
     * @param out    (Output) added to at offset + d * stride + e.
     * @param offset (Input) where entry (0, 0) goes.
     * @param stride (Input) distance between rows d in out.
     */
    public void addFluxJacobian(double[] p, int dim, double factor, double[] out, int offset, int stride) {
        double pp = dim == 2 ? p[0] * p[0] + p[1] * p[1] : 0;
        if (dim != 2 || delta == 0 || pp < TINY) {
            for (int d = 0; d < dim; d++) {
                out[offset + d * stride + d] += factor * kappa0;
            }
            return;
        }
        double a = omega * (Math.atan2(p[1], p[0]) - theta0);
        double k = kappa0 * (1 + delta * Math.cos(a));
        double k1 = -kappa0 * delta * omega * Math.sin(a);
        double k2 = -kappa0 * delta * omega * omega * Math.cos(a);
        double c = p[0] / Math.sqrt(pp);
        double s = p[1] / Math.sqrt(pp);
        out[offset] += factor * (k - k1 * c * s + 0.5 * k2 * s * s);
        double off = factor * (k1 * (c * c - 0.5) - 0.5 * k2 * c * s);
        out[offset + 1] += off;
        out[offset + stride] += off;
        out[offset + stride + 1] += factor * (k + k1 * c * s + 0.5 * k2 * c * c);
    }

    /**
     * @return whether the Hessian of e is positive definite for every direction (sampled at 3600 angles), so
     *         the weak form is elliptic. False means missing orientations (corners) that this model does
     *         not regularize.
     */
    public boolean isConvex() {
        double[] h = new double[4];
        double[] p = new double[2];
        for (int i = 0; i < 3600; i++) {
            double t = 2 * Math.PI * i / 3600;
            p[0] = Math.cos(t);
            p[1] = Math.sin(t);
            java.util.Arrays.fill(h, 0);
            addFluxJacobian(p, 2, 1.0, h, 0, 2);
            if (!(h[0] > 0 && h[0] * h[3] - h[1] * h[2] > 0)) {
                return false;
            }
        }
        return true;
    }

    private static double dot(double[] p, int dim) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            s += p[d] * p[d];
        }
        return s;
    }
}
