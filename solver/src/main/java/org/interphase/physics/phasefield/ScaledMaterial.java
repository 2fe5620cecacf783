package org.interphase.physics.phasefield;

/**
 * A {@link PhaseFieldMaterial} in the units of a {@link Scaling}: what the pointwise terms use. The scaled
 * equations (tildes dropped) are
 *
 * <pre>
 *   d xi/dt = -L_sigma [W g'(xi) - div f1(grad xi)] - L_eta h'(xi) B(phi - E0, c) + noise
 *   d c/dt  = div[D(xi) (grad c + n c grad phi)] - (c_s/c0) d xi/dt
 *   0       = div[s(xi) grad phi] - n (c_s/c0) d xi/dt
 * </pre>
 *
 * with D(xi) = D_m h + D_e (1 - h), s(xi) = s_m h + s_e (1 - h), h evaluated at xi clamped to [0, 1].
 *
 * @param mobility    L_sigma e0 t0.
 * @param barrier     W / e0.
 * @param gradient    the gradient energy with kappa0 / (e0 l0^2).
 * @param kinetic     L_eta t0.
 * @param bv          the Butler-Volmer bracket.
 * @param eqPotential E0 F / RT.
 * @param charge      n.
 * @param dMetal      D_m t0 / l0^2.
 * @param dElectrolyte D_e t0 / l0^2.
 * @param sMetal      s_m over the conductivity scale.
 * @param sElectrolyte (s_e + s_electronic) over the conductivity scale.
 * @param siteRatio   c_s / c0.
 */
public record ScaledMaterial(double mobility, double barrier, GradientEnergy gradient, double kinetic,
        ButlerVolmer bv, double eqPotential, double charge, double dMetal, double dElectrolyte, double sMetal,
        double sElectrolyte, double siteRatio) {

    /** @return the material in the units of s. */
    public static ScaledMaterial of(PhaseFieldMaterial m, Scaling s) {
        double e0 = s.energyDensity();
        return new ScaledMaterial(m.mobility() * e0 * s.time(), m.barrierHeight() / e0,
                m.gradientEnergy(1 / (e0 * s.length() * s.length())), m.kineticCoefficient() * s.time(),
                new ButlerVolmer(m.transferCoefficient(), m.chargeNumber()), m.equilibriumPotential() / s.potential(),
                m.chargeNumber(), m.metalDiffusivity() / s.diffusivity(), m.electrolyteDiffusivity() / s.diffusivity(),
                m.metalConductivity() / s.conductivity(), m.electrolyteSideConductivity() / s.conductivity(),
                m.siteDensity() / s.concentration());
    }

    /** @return h(xi) with xi clamped to [0, 1]: the weight of the metal in blended properties. */
    public static double metalFraction(double xi) {
        return xi <= 0 ? 0 : xi >= 1 ? 1 : InterpolationFunction.value(xi);
    }

    /** @return d metalFraction / d xi. */
    public static double metalFractionSlope(double xi) {
        return xi <= 0 || xi >= 1 ? 0 : InterpolationFunction.d1(xi);
    }

    /** @return D(xi). */
    public double diffusivity(double xi) {
        double h = metalFraction(xi);
        return dMetal * h + dElectrolyte * (1 - h);
    }

    /** @return s(xi). */
    public double conductivity(double xi) {
        double h = metalFraction(xi);
        return sMetal * h + sElectrolyte * (1 - h);
    }
}
