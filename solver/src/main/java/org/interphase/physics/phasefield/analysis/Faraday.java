package org.interphase.physics.phasefield.analysis;

import org.interphase.core.Checks;

/**
 * Faraday bookkeeping of a deposit (physics.md 6): the charge that plated a metal volume and the
 * thickness a charge makes, Q = n F c_s integral(xi) dV and t = V_m Q / (n F A), with conversions
 * between areal charge (C/m^2) and areal capacity (mAh/cm^2; 1 mAh/cm^2 = 36 000 C/m^2).
 *
 * <p>In 2D the integral is per unit depth (m^2, so Q is in C/m and A, the electrode width, in m); in
 * 3D it is a volume. Example (validation.md P4): 1 mAh/cm^2 of dense Na (V_m = 23.75 cm^3/mol) is
 * 8.86 um thick, of Li (13.0 cm^3/mol) 4.85 um; the Li/Na ratio is the ratio of molar volumes, 0.547
 * (seed 004 prints 0.548, which corresponds to a Na density of 0.97 instead of 0.968 g/cm^3).
 */
public final class Faraday {

    /** Faraday's constant F in C/mol (physics.md 0). */
    public static final double F = 96485.33212;
    /** One mAh/cm^2 in C/m^2: 1e-3 A * 3600 s / 1e-4 m^2. */
    public static final double MAH_PER_CM2 = 36000.0;

    private Faraday() {
    }

    /**
     * The charge that plated a metal amount: Q = n F c_s integral(xi) dV.
     *
     * @param valence      (Input) electrons per atom n, at least 1.
     * @param siteDensity  (Input) c_s in mol/m^3 (1 / V_m for a dense metal).
     * @param metalMeasure (Input) integral of xi: m^3, or m^2 per unit depth in 2D.
     * @return Q in C (C/m per unit depth in 2D).
     */
    public static double charge(int valence, double siteDensity, double metalMeasure) {
        Checks.verify(valence >= 1, "valence must be at least 1, got %d", valence);
        return valence * F * siteDensity * metalMeasure;
    }

    /**
     * Thickness of a dense layer plated by a charge over an area: t = V_m Q / (n F A).
     *
     * @param molarVolume (Input) V_m in m^3/mol.
     * @param charge      (Input) Q in C (C/m per unit depth in 2D).
     * @param valence     (Input) n.
     * @param area        (Input) electrode area A in m^2 (width in m per unit depth in 2D), positive.
     * @return t in m.
     */
    public static double thickness(double molarVolume, double charge, int valence, double area) {
        Checks.verify(area > 0, "electrode area must be positive, got %s", area);
        return thicknessPerArealCharge(molarVolume, charge / area, valence);
    }

    /**
     * Thickness of a dense layer per areal charge: t = V_m q / (n F).
     *
     * @param molarVolume (Input) V_m in m^3/mol.
     * @param arealCharge (Input) q in C/m^2.
     * @param valence     (Input) n, at least 1.
     * @return t in m.
     */
    public static double thicknessPerArealCharge(double molarVolume, double arealCharge, int valence) {
        Checks.verify(valence >= 1, "valence must be at least 1, got %d", valence);
        return molarVolume * arealCharge / (valence * F);
    }

    /** @return the dense thickness in m that {@code capacity} mAh/cm^2 of {@code metal} makes. */
    public static double thicknessOfCapacity(Metal metal, double capacity) {
        return thicknessPerArealCharge(metal.molarVolume(), arealCharge(capacity), metal.valence());
    }

    /** @return the areal charge in C/m^2 of an areal capacity in mAh/cm^2. */
    public static double arealCharge(double capacity) {
        return capacity * MAH_PER_CM2;
    }

    /** @return the areal capacity in mAh/cm^2 of an areal charge in C/m^2. */
    public static double arealCapacity(double arealCharge) {
        return arealCharge / MAH_PER_CM2;
    }
}
