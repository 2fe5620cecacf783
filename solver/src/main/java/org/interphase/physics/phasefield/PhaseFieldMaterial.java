package org.interphase.physics.phasefield;

/**
 * The SI parameters of the electrodeposition model (physics.md section 4) in one region: the Allen-Cahn
 * part (mobility L_sigma, barrier W, gradient coefficient kappa0 and its anisotropy), the Butler-Volmer
 * kinetics (L_eta, alpha, n, E0), and transport in the two phases (metal, and the region's electrolyte
 * or interphase). {@link PhaseFieldMaterials} builds it from a case file with the consistent
 * parametrization; the derived quantities below invert that parametrization.
 *
 * @param mobility                L_sigma, m^3/(J s).
 * @param kineticCoefficient      L_eta, 1/s.
 * @param barrierHeight           W, J/m^3.
 * @param gradientCoefficient     kappa0, J/m.
 * @param anisotropyStrength      delta (0: isotropic).
 * @param anisotropyMode          omega (4 for bcc metals in 2D).
 * @param anisotropyAngle         theta0, radians.
 * @param transferCoefficient     alpha.
 * @param chargeNumber            n.
 * @param equilibriumPotential    E0, V: eta_a = phi - E0.
 * @param metalDiffusivity        cation diffusivity in the metal phase D_m, m^2/s.
 * @param electrolyteDiffusivity  cation diffusivity in the electrolyte (or interphase) D_e, m^2/s.
 * @param metalConductivity       s_m, S/m.
 * @param electrolyteConductivity ionic conductivity of the electrolyte (or interphase) s_e, S/m.
 * @param electronicConductivity  electronic conductivity added on the electrolyte side (mixed-conducting
 *                                interphase; 0 for a liquid electrolyte), S/m.
 * @param siteDensity             metal site density c_s = 1 / V_m, mol/m^3.
 */
public record PhaseFieldMaterial(double mobility, double kineticCoefficient, double barrierHeight,
        double gradientCoefficient, double anisotropyStrength, double anisotropyMode, double anisotropyAngle,
        double transferCoefficient, double chargeNumber, double equilibriumPotential, double metalDiffusivity,
        double electrolyteDiffusivity, double metalConductivity, double electrolyteConductivity,
        double electronicConductivity, double siteDensity) {

    /**
     * @return the interface energy gamma = integral [W g + kappa0/2 |xi'|^2] dx = sqrt(2 kappa0 W) / 6 of the
     *         planar equilibrium profile, J/m^2 (docs/phasefield.md: physics.md's /3 does not match (4.1)).
     */
    public double interfaceEnergy() {
        return Math.sqrt(2 * gradientCoefficient * barrierHeight) / 6;
    }

    /** @return the interface width delta = sqrt(2 kappa0 / W) of the profile 1/2 [1 - tanh(x / delta)], m. */
    public double interfaceWidth() {
        return Math.sqrt(2 * gradientCoefficient / barrierHeight);
    }

    /** @return the molar volume of the metal 1 / c_s, m^3/mol. */
    public double molarVolume() {
        return 1 / siteDensity;
    }

    /**
     * @return the exchange current density i0 = 3 n F c_s L_eta delta that makes the planar front current
     *         n F c_s v equal -i0 B (v = -6 L_eta B sqrt(kappa / 2W) = -3 delta L_eta B), A/m^2.
     */
    public double exchangeCurrentDensity() {
        return 3 * chargeNumber * PhysicalConstants.FARADAY * siteDensity * kineticCoefficient * interfaceWidth();
    }

    /**
     * @param bracket (Input) the Butler-Volmer bracket B.
     * @return the planar front speed -6 L_eta B sqrt(kappa0 / (2 W)), m/s (positive: the metal grows).
     */
    public double frontSpeed(double bracket) {
        return -6 * kineticCoefficient * bracket * Math.sqrt(gradientCoefficient / (2 * barrierHeight));
    }

    /** @return the effective electrolyte-side conductivity s_e + s_electronic, S/m. */
    public double electrolyteSideConductivity() {
        return electrolyteConductivity + electronicConductivity;
    }

    /** @return the gradient energy with this material's anisotropy, kappa scaled by {@code kappaScale}. */
    public GradientEnergy gradientEnergy(double kappaScale) {
        return new GradientEnergy(gradientCoefficient * kappaScale, anisotropyStrength, anisotropyMode,
                anisotropyAngle);
    }
}
