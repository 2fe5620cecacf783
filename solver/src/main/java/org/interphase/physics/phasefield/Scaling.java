package org.interphase.physics.phasefield;

/**
 * The reference scales of the phase-field models (physics.md section 0): unknowns and coefficients are O(1)
 * when lengths are measured in l0, times in t0, free-energy densities in e0, concentrations in c0 and
 * potentials in RT/F. The default for a material is l0 = its interface width, t0 = 1 / (L_sigma W) (the
 * relaxation time of the profile), e0 = W; then W = 1, kappa0 = 1/2 and L_sigma = 1 in scaled units.
 *
 * @param length        l0, m.
 * @param time          t0, s.
 * @param energyDensity e0, J/m^3.
 * @param concentration c0, mol/m^3.
 * @param temperature   T, K.
 */
public record Scaling(double length, double time, double energyDensity, double concentration, double temperature) {

    /** @return the scales natural to a material (see the class comment). */
    public static Scaling of(PhaseFieldMaterial m, double c0, double temperature) {
        return new Scaling(m.interfaceWidth(), 1 / (m.mobility() * m.barrierHeight()), m.barrierHeight(), c0,
                temperature);
    }

    /** @return the potential scale RT/F, V. */
    public double potential() {
        return PhysicalConstants.thermalVoltage(temperature);
    }

    /** @return the current density scale F c0 l0 / t0, A/m^2: j = -s grad phi in SI is this times the scaled flux. */
    public double currentDensity() {
        return PhysicalConstants.FARADAY * concentration * length / time;
    }

    /** @return the diffusivity scale l0^2 / t0, m^2/s. */
    public double diffusivity() {
        return length * length / time;
    }

    /** @return the conductivity scale F^2 c0 l0^2 / (R T t0), S/m. */
    public double conductivity() {
        return PhysicalConstants.FARADAY * concentration * length * length / (potential() * time);
    }

    /** @return l0^dim, the volume scale (an area per unit depth in 2D). */
    public double volume(int dim) {
        return Math.pow(length, dim);
    }
}
