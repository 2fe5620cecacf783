package org.interphase.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The physical dimension of a quantity: integer exponents of the SI base units (m, kg, s, A, K, mol).
 * Two dimensions are equal when their exponents are; the named constants below only add a readable
 * name and a preferred SI unit for messages ("a pressure (Pa)"). {@link #ENERGY_PER_VOLUME} and
 * {@link #PRESSURE} are therefore equal, and so are J/m^2 and N/m.
 */
public final class Dimension {

    private static final String[] BASE = {"m", "kg", "s", "A", "K", "mol"};
    private static final List<Dimension> NAMED = new ArrayList<>();

    public static final Dimension DIMENSIONLESS = named("a dimensionless number", "1", 0, 0, 0, 0, 0, 0);
    public static final Dimension LENGTH = named("a length", "m", 1, 0, 0, 0, 0, 0);
    public static final Dimension AREA = named("an area", "m^2", 2, 0, 0, 0, 0, 0);
    public static final Dimension VOLUME = named("a volume", "m^3", 3, 0, 0, 0, 0, 0);
    public static final Dimension TIME = named("a time", "s", 0, 0, 1, 0, 0, 0);
    public static final Dimension MASS = named("a mass", "kg", 0, 1, 0, 0, 0, 0);
    public static final Dimension TEMPERATURE = named("a temperature", "K", 0, 0, 0, 0, 1, 0);
    public static final Dimension AMOUNT = named("an amount of substance", "mol", 0, 0, 0, 0, 0, 1);
    public static final Dimension CURRENT = named("a current", "A", 0, 0, 0, 1, 0, 0);
    public static final Dimension FORCE = named("a force", "N", 1, 1, -2, 0, 0, 0);
    /** Stress and elastic modulus. */
    public static final Dimension PRESSURE = named("a pressure", "Pa", -1, 1, -2, 0, 0, 0);
    public static final Dimension ENERGY = named("an energy", "J", 2, 1, -2, 0, 0, 0);
    /** Fracture energy, interface energy (J/m^2 = N/m). */
    public static final Dimension ENERGY_PER_AREA = named("an energy per area", "J/m^2", 0, 1, -2, 0, 0, 0);
    /** Free-energy density; equal to {@link #PRESSURE}. */
    public static final Dimension ENERGY_PER_VOLUME = named("an energy per volume", "J/m^3", -1, 1, -2, 0, 0, 0);
    public static final Dimension POTENTIAL = named("a potential", "V", 2, 1, -3, -1, 0, 0);
    public static final Dimension CHARGE = named("a charge", "C", 0, 0, 1, 1, 0, 0);
    public static final Dimension CONCENTRATION = named("a concentration", "mol/m^3", -3, 0, 0, 0, 0, 1);
    public static final Dimension MOLAR_VOLUME = named("a molar volume", "m^3/mol", 3, 0, 0, 0, 0, -1);
    public static final Dimension CURRENT_DENSITY = named("a current density", "A/m^2", -2, 0, 0, 1, 0, 0);
    /** Areal capacity (C/m^2, usually given in mAh/cm^2). */
    public static final Dimension CHARGE_PER_AREA = named("a charge per area", "C/m^2", -2, 0, 1, 1, 0, 0);
    public static final Dimension DIFFUSIVITY = named("a diffusivity", "m^2/s", 2, 0, -1, 0, 0, 0);
    public static final Dimension CONDUCTIVITY = named("a conductivity", "S/m", -3, -1, 3, 2, 0, 0);
    public static final Dimension RATE = named("a rate", "1/s", 0, 0, -1, 0, 0, 0);
    /** Cohesive penalty stiffness (traction per opening). */
    public static final Dimension STIFFNESS_PER_AREA = named("a stiffness per area", "Pa/m", -2, 1, -2, 0, 0, 0);
    public static final Dimension VELOCITY = named("a velocity", "m/s", 1, 0, -1, 0, 0, 0);

    private final int[] exponents;
    private final String name;
    private final String unit;

    private Dimension(int[] exponents, String name, String unit) {
        this.exponents = exponents;
        this.name = name;
        this.unit = unit;
    }

    private static Dimension named(String name, String unit, int... exponents) {
        Dimension d = new Dimension(exponents, name, unit);
        NAMED.add(d);
        return d;
    }

    /**
     * The dimension with the given exponents of (m, kg, s, A, K, mol); the first named constant with
     * these exponents when there is one, so that messages read well.
     */
    public static Dimension of(int m, int kg, int s, int a, int k, int mol) {
        int[] e = {m, kg, s, a, k, mol};
        for (Dimension d : NAMED) {
            if (Arrays.equals(d.exponents, e)) {
                return d;
            }
        }
        return new Dimension(e, null, null);
    }

    /**
     * The dimension of a unit expression such as {@code "m^3/(J*s)"} or {@code "mAh/cm^2"}; the scale
     * factor of prefixes and non-SI units is irrelevant here.
     *
     * @param unit (Input) a unit expression in the syntax of {@link Units#parse}. Not modified.
     * @throws org.interphase.core.InputException for an unknown unit or bad syntax
     */
    public static Dimension parse(String unit) {
        return Units.parseUnit(unit).dim();
    }

    /** The named dimensions, in declaration order. */
    public static List<Dimension> named() {
        return Collections.unmodifiableList(NAMED);
    }

    /** Exponent of the base unit {@code i} in (m, kg, s, A, K, mol). */
    public int exponent(int i) {
        return exponents[i];
    }

    public Dimension times(Dimension o) {
        return combine(o, 1);
    }

    public Dimension over(Dimension o) {
        return combine(o, -1);
    }

    public Dimension pow(int p) {
        return of(exponents[0] * p, exponents[1] * p, exponents[2] * p, exponents[3] * p, exponents[4] * p,
                exponents[5] * p);
    }

    private Dimension combine(Dimension o, int sign) {
        int[] e = new int[BASE.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exponents[i] + sign * o.exponents[i];
        }
        return of(e[0], e[1], e[2], e[3], e[4], e[5]);
    }

    /**
     * A phrase for messages: "a pressure (Pa)", "a dimensionless number", or "a quantity in m*s/kg"
     * for a dimension without a name.
     */
    public String describe() {
        if (name == null) {
            return "a quantity in " + baseUnits();
        }
        return this.equals(DIMENSIONLESS) ? name : name + " (" + unit + ")";
    }

    /** The readable SI unit: the named unit ("Pa", "J/m^2") or a product of base units ("m*s/kg"). */
    @Override
    public String toString() {
        return unit != null ? unit : baseUnits();
    }

    private String baseUnits() {
        List<String> num = new ArrayList<>();
        List<String> den = new ArrayList<>();
        for (int i = 0; i < BASE.length; i++) {
            int e = exponents[i];
            if (e != 0) {
                int a = Math.abs(e);
                (e > 0 ? num : den).add(a == 1 ? BASE[i] : BASE[i] + "^" + a);
            }
        }
        String n = num.isEmpty() ? "1" : String.join("*", num);
        if (den.isEmpty()) {
            return n;
        }
        String d = String.join("*", den);
        return n + "/" + (den.size() > 1 ? "(" + d + ")" : d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dimension && Arrays.equals(exponents, ((Dimension) o).exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }
}
