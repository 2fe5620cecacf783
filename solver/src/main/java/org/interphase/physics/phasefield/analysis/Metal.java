package org.interphase.physics.phasefield.analysis;

/**
 * The deposited metals and the numbers Faraday bookkeeping needs: valence n and molar volume V_m
 * (physics.md 4.1). The site density of the phase-field model is c_s = 1 / V_m.
 *
 * <p>Na: V_m = 22.99 g/mol / 0.968 g/cm^3 = 23.75 cm^3/mol; Li: V_m = 13.0 cm^3/mol.
 */
public enum Metal {
    /** Sodium: n = 1, V_m = 23.75 cm^3/mol. */
    NA(1, 23.75e-6),
    /** Lithium: n = 1, V_m = 13.0 cm^3/mol. */
    LI(1, 13.0e-6);

    private final int valence;
    private final double molarVolume;

    Metal(int valence, double molarVolume) {
        this.valence = valence;
        this.molarVolume = molarVolume;
    }

    /** @return the number of electrons per deposited atom, n. */
    public int valence() {
        return valence;
    }

    /** @return the molar volume V_m in m^3/mol. */
    public double molarVolume() {
        return molarVolume;
    }

    /** @return the site density c_s = 1 / V_m in mol/m^3. */
    public double siteDensity() {
        return 1.0 / molarVolume;
    }
}
