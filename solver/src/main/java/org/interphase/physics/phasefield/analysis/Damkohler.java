package org.interphase.physics.phasefield.analysis;

import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Checks;
import org.interphase.kernels.fe.Quadrature;
import org.interphase.kernels.fe.QuadratureRule;

/**
 * The electrochemical Damkohler number Da = k_e / k_d, reaction rate over surface-diffusion rate
 * (seed 000 Eq. 2), as implemented for the phase-field model of physics.md 4 with a surface-diffusion
 * term d xi/dt = ... + div(M_s m(xi) grad mu), mu = W g'(xi) - kappa lap xi (energy f = W g + kappa/2
 * |grad xi|^2), where m(xi) vanishes in both bulk phases (e.g. m = h'(xi) = 30 xi^2 (1 - xi)^2).
 *
 * <p>Both rates are taken for a surface undulation of wavelength l (wavenumber q = 2 pi / l), the
 * lateral length of the morphology (nucleus spacing, perturbation wavelength):
 * <ul>
 * <li>k_e = v q: the front speed v over the undulation's length 1/q. For the planar front of the
 * model v = 6 L_eta |B| sqrt(kappa / (2W)) (physics.md 4), equal to i / (n F c_s) for a current density i;</li>
 * <li>k_d = B_s q^4: the decay rate of the undulation by surface diffusion (W. W. Mullins, J. Appl. Phys.
 * 28 (1957) 333), with the Mullins coefficient of the phase-field term's sharp-interface limit
 * (J. W. Cahn, C. M. Elliott and A. Novick-Cohen, Eur. J. Appl. Math. 7 (1996) 287)
 * B_s = gamma integral(M_s m(xi) dn) = gamma M_s sqrt(kappa / (2W)) integral_0^1 m(xi) / (xi (1 - xi)) dxi,
 * gamma = sqrt(2 kappa W) / 6 the interface energy of this energy density.</li>
 * </ul>
 * So Da = v / (B_s q^3) = v l^3 / (8 pi^3 B_s): Da = 1 when, in the time the front advances by 1/q,
 * surface diffusion flattens an undulation of wavelength l by a factor e. Da &gt;&gt; 1: roughness grows
 * (dendritic); Da &lt;&lt; 1: surface diffusion smooths it (seed 000 Fig. 4d).
 */
public final class Damkohler {

    /** The mobility shape m(xi) = h'(xi) = 30 xi^2 (1 - xi)^2; its shape integral is 5. */
    public static final DoubleUnaryOperator H_PRIME = xi -> 30 * xi * xi * (1 - xi) * (1 - xi);
    /** Gauss-Legendre points for the shape integral (exact for polynomial m of degree up to 41). */
    private static final QuadratureRule RULE = Quadrature.gaussLine(20);

    private Damkohler() {
    }

    /**
     * @param frontSpeed (Input) v, m/s (magnitude).
     * @param mullins    (Input) B_s, m^4/s, positive.
     * @param wavelength (Input) l, m, positive.
     * @return Da = v l^3 / (8 pi^3 B_s).
     */
    public static double of(double frontSpeed, double mullins, double wavelength) {
        Checks.verify(mullins > 0 && wavelength > 0, "Da needs positive B_s and wavelength, got %s and %s", mullins,
                wavelength);
        double q = 2 * Math.PI / wavelength;
        return Math.abs(frontSpeed) / (mullins * q * q * q);
    }

    /**
     * @param lEta    (Input) L_eta, 1/s.
     * @param bracket (Input) the Butler-Volmer bracket B (negative when plating).
     * @param kappa   (Input) kappa, J/m.
     * @param w       (Input) W, J/m^3.
     * @return the planar front speed 6 L_eta |B| sqrt(kappa / (2W)), m/s.
     */
    public static double reactionSpeed(double lEta, double bracket, double kappa, double w) {
        return 6 * lEta * Math.abs(bracket) * Math.sqrt(kappa / (2 * w));
    }

    /**
     * @param currentDensity (Input) i, A/m^2.
     * @param valence        (Input) n.
     * @param siteDensity    (Input) c_s, mol/m^3.
     * @return the front speed |i| / (n F c_s), m/s.
     */
    public static double frontSpeed(double currentDensity, int valence, double siteDensity) {
        return Math.abs(currentDensity) / Faraday.charge(valence, siteDensity, 1.0);
    }

    /** @return the interface energy sqrt(2 kappa W) / 6 of f = W g + kappa/2 |grad xi|^2, J/m^2. */
    public static double interfaceEnergy(double kappa, double w) {
        return Math.sqrt(2 * kappa * w) / 6;
    }

    /**
     * @param shape (Input) m(xi), zero at xi = 0 and 1 (at least quadratically for a finite integral).
     * @return integral_0^1 m(xi) / (xi (1 - xi)) dxi (5 for h', 8/3 for 16 xi^2 (1 - xi)^2).
     */
    public static double shapeIntegral(DoubleUnaryOperator shape) {
        Checks.verify(shape.applyAsDouble(0.0) == 0.0 && shape.applyAsDouble(1.0) == 0.0,
                "a surface mobility shape must vanish in both bulk phases (xi = 0 and 1)");
        double s = 0.0;
        for (int q = 0; q < RULE.size(); q++) {
            double xi = RULE.point(q, 0);
            s += RULE.weights()[q] * shape.applyAsDouble(xi) / (xi * (1 - xi));
        }
        return s;
    }

    /**
     * @param mobility (Input) M_s, m^5/(J s).
     * @param shape    (Input) m(xi).
     * @param kappa    (Input) kappa, J/m.
     * @param w        (Input) W, J/m^3.
     * @return the Mullins coefficient B_s = gamma M_s sqrt(kappa/(2W)) integral m/(xi(1-xi)), m^4/s.
     */
    public static double mullinsCoefficient(double mobility, DoubleUnaryOperator shape, double kappa, double w) {
        return interfaceEnergy(kappa, w) * mobility * Math.sqrt(kappa / (2 * w)) * shapeIntegral(shape);
    }

    /**
     * The surface mobility that gives a target Da (for a Da sweep, validation.md S4).
     *
     * @param da         (Input) the target Da, positive.
     * @param frontSpeed (Input) v, m/s.
     * @param wavelength (Input) l, m.
     * @param shape      (Input) m(xi).
     * @param kappa      (Input) kappa, J/m.
     * @param w          (Input) W, J/m^3.
     * @return M_s, m^5/(J s).
     */
    public static double mobilityFor(double da, double frontSpeed, double wavelength, DoubleUnaryOperator shape,
            double kappa, double w) {
        Checks.verify(da > 0, "target Da must be positive, got %s", da);
        double perUnitMobility = mullinsCoefficient(1.0, shape, kappa, w);
        return of(frontSpeed, perUnitMobility, wavelength) / da;
    }
}
