package org.interphase.physics.elasticity;

import org.interphase.core.InputException;

/**
 * Isotropic linear elasticity with an eigenstrain: sigma = lambda tr(eps - eps*) I + 2 mu (eps - eps*),
 * lambda = E nu / ((1 + nu)(1 - 2 nu)), mu = E / (2 (1 + nu)); E in Pa. In plane strain eps_zz = 0 and
 * sigma_zz = lambda tr(eps - eps*) - 2 mu eps*_zz follows; in plane stress sigma_zz = 0 and the in-plane
 * law uses lambda* = 2 lambda mu / (lambda + 2 mu). Tensors here are full 3x3, row-major.
 */
public final class IsotropicElasticLaw {

    private final double e;
    private final double nu;
    private final double lambda;
    private final double mu;
    private final ElasticModel model;

    /**
     * @param e     (Input) Young's modulus, Pa (> 0).
     * @param nu    (Input) Poisson's ratio, -1 < nu < 0.5.
     * @param model (Input) kinematic assumption.
     */
    public IsotropicElasticLaw(double e, double nu, ElasticModel model) {
        if (!(e > 0) || !Double.isFinite(e)) {
            throw InputException.of("Young's modulus must be positive and finite, got %g Pa", e);
        }
        if (!(nu > -1.0 && nu < 0.5)) {
            throw InputException.of("Poisson's ratio must lie in (-1, 0.5), got %g", nu);
        }
        this.e = e;
        this.nu = nu;
        this.model = model;
        this.mu = e / (2 * (1 + nu));
        this.lambda = e * nu / ((1 + nu) * (1 - 2 * nu));
    }

    public double youngsModulus() {
        return e;
    }

    public double poissonsRatio() {
        return nu;
    }

    public double mu() {
        return mu;
    }

    /** @return the first Lame parameter of the 3D law. */
    public double lambda() {
        return lambda;
    }

    /** @return the Lame parameter the in-plane (or 3D) law uses: lambda*, for plane stress. */
    public double lambdaEffective() {
        return model == ElasticModel.PLANE_STRESS ? 2 * lambda * mu / (lambda + 2 * mu) : lambda;
    }

    public ElasticModel model() {
        return model;
    }

    /**
     * Stress from in-plane (2D) or full (3D) strain; writes the full 3x3 stress including sigma_zz.
     *
     * @param eps   (Input) strain, full 3x3 row-major (zz ignored in 2D: it follows from the model).
     * @param eig   (Input) eigenstrain, full 3x3, or null.
     * @param sigma (Output) full 3x3 stress.
     */
    public void stress(double[] eps, double[] eig, double[] sigma) {
        double[] d = new double[9];
        for (int k = 0; k < 9; k++) {
            d[k] = eps[k] - (eig != null ? eig[k] : 0.0);
        }
        switch (model) {
            case SOLID:
                break;
            case PLANE_STRAIN:
                d[8] = -(eig != null ? eig[8] : 0.0);
                d[2] = d[5] = d[6] = d[7] = 0.0;
                break;
            case PLANE_STRESS:
                d[2] = d[5] = d[6] = d[7] = 0.0;
                d[8] = -lambda / (lambda + 2 * mu) * (d[0] + d[4]);
                break;
            default:
                throw new IllegalStateException();
        }
        double tr = d[0] + d[4] + d[8];
        for (int k = 0; k < 9; k++) {
            sigma[k] = 2 * mu * d[k];
        }
        sigma[0] += lambda * tr;
        sigma[4] += lambda * tr;
        sigma[8] += lambda * tr;
        if (model == ElasticModel.PLANE_STRESS) {
            sigma[8] = 0.0;
        }
    }

    /** @return strain energy density 1/2 (eps - eps*) : sigma for the given full tensors. */
    public double energyDensity(double[] eps, double[] eig, double[] sigma) {
        double w = 0;
        for (int k = 0; k < 9; k++) {
            double de = eps[k] - (eig != null ? eig[k] : 0.0);
            if (k == 8 && model != ElasticModel.SOLID) {
                de = model == ElasticModel.PLANE_STRAIN ? -(eig != null ? eig[8] : 0.0) : 0.0;
            }
            w += 0.5 * de * sigma[k];
        }
        return w;
    }

    /** @return the von Mises equivalent stress of a full 3x3 stress. */
    public static double vonMises(double[] s) {
        double a = s[0] - s[4];
        double b = s[4] - s[8];
        double c = s[8] - s[0];
        return Math.sqrt(0.5 * (a * a + b * b + c * c) + 3 * (s[1] * s[1] + s[5] * s[5] + s[2] * s[2]));
    }
}
