package org.interphase.physics.czm;

/**
 * Beam-theory references for the mode-I double cantilever beam (validation/reference/czm/derivation.md):
 * two arms of thickness h, width B, modulus E, crack length a, load P per arm, opening Delta (both arms).
 *
 * <pre>
 *   simple:     Delta = 8 P a^3 / (E B h^3)                     (Euler-Bernoulli cantilevers)
 *   corrected:  Delta = 8 P (a + chi h)^3 / (E B h^3)           (root rotation, Williams 1989:
 *               chi = sqrt(E11 / (11 G13)) [3 - 2 (Gamma / (1 + Gamma))^2], Gamma = 1.18 sqrt(E11 E22) / G13)
 *   growth:     G = P^2 / (2B) dC/da = G_Ic  =>  P (a + chi h) = c,  c = B sqrt(E h^3 G_Ic / 12)
 *   propagation branch (both): P = sqrt(8 c^3 / (E B h^3 Delta))
 * </pre>
 *
 * The correction shifts the crack length only, so both theories share the propagation branch P(Delta);
 * they differ in the initial compliance and the peak.
 *
 * @param e     Young's modulus (Pa), isotropic: E11 = E22 = E, G13 = E / (2 (1 + nu)).
 * @param nu    Poisson's ratio.
 * @param h     arm thickness (m).
 * @param width B (m).
 * @param a0    initial crack length (m).
 * @param gc    G_Ic (J/m^2).
 */
public record DcbBeamTheory(double e, double nu, double h, double width, double a0, double gc) {

    /** @return the C3 case of validation.md (E = 135.3 GPa, nu = 0, h = 1.5 mm, B = 20 mm, a0 = 30 mm). */
    public static DcbBeamTheory validationCase() {
        return new DcbBeamTheory(135.3e9, 0.0, 1.5e-3, 20e-3, 30e-3, 280.0);
    }

    /** @return Williams' root-rotation factor chi for the isotropic arm. */
    public double chi() {
        double g13 = e / (2 * (1 + nu));
        double gamma = 1.18 * e / g13;
        double r = gamma / (1 + gamma);
        return Math.sqrt(e / (11 * g13)) * (3 - 2 * r * r);
    }

    /** @return c = P (a + chi h) during growth, N. */
    public double growthConstant() {
        return width * Math.sqrt(e * h * h * h * gc / 12);
    }

    private double stiffness(double a) {
        return e * width * h * h * h / (8 * a * a * a);
    }

    /** @return the force on the linear loading branch of simple beam theory at an opening, N. */
    public double simpleLoading(double opening) {
        return stiffness(a0) * opening;
    }

    /** @return the force on the linear loading branch of corrected beam theory at an opening, N. */
    public double correctedLoading(double opening) {
        return stiffness(a0 + chi() * h) * opening;
    }

    /** @return the force on the propagation branch at an opening (both theories), N. */
    public double propagationForce(double opening) {
        double c = growthConstant();
        return Math.sqrt(8 * c * c * c / (e * width * h * h * h * opening));
    }

    /** @return the peak force of simple beam theory, c / a0. */
    public double simplePeak() {
        return growthConstant() / a0;
    }

    /** @return the peak force of corrected beam theory, c / (a0 + chi h). */
    public double correctedPeak() {
        return growthConstant() / (a0 + chi() * h);
    }
}
