package org.interphase.physics.phasefield;

/** CODATA 2018 constants used by the electrochemical models (physics.md section 0). */
public final class PhysicalConstants {

    /** Faraday constant, C/mol. */
    public static final double FARADAY = 96485.33212;
    /** Molar gas constant, J/(mol K). */
    public static final double GAS_CONSTANT = 8.314462618;
    /** Default temperature, K. */
    public static final double ROOM_TEMPERATURE = 298.15;

    private PhysicalConstants() {
    }

    /** @return the thermal voltage RT/F in volts at temperature t (K). */
    public static double thermalVoltage(double t) {
        return GAS_CONSTANT * t / FARADAY;
    }
}
