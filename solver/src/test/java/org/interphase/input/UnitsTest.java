package org.interphase.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitsTest {

    /** Conversion factors are exact decimal powers or defined constants: only rounding may differ. */
    private static final double REL_TOL = 1e-14;

    private static final double F = 96485.33212;

    static Stream<Arguments> conversions() {
        return Stream.of(
                row("0.5 mA/cm^2", 5.0, Dimension.CURRENT_DENSITY),
                row("1 mol/L", 1000.0, Dimension.CONCENTRATION),
                row("1 M", 1000.0, Dimension.CONCENTRATION),
                row("1 mM", 1.0, Dimension.CONCENTRATION),
                row("59 MPa", 5.9e7, Dimension.PRESSURE),
                row("200 GPa", 2.0e11, Dimension.PRESSURE),
                row("4.6 GPa", 4.6e9, Dimension.PRESSURE),
                row("0.19 MPa", 1.9e5, Dimension.PRESSURE),
                row("4 nm", 4e-9, Dimension.LENGTH),
                row("1 um", 1e-6, Dimension.LENGTH),
                row("1 µm", 1e-6, Dimension.LENGTH),
                row("1 \u03bcm", 1e-6, Dimension.LENGTH),
                row("200mm", 0.2, Dimension.LENGTH),
                row("3.2e-10 m^2/s", 3.2e-10, Dimension.DIFFUSIVITY),
                row("7.5e-13 m^2/s", 7.5e-13, Dimension.DIFFUSIVITY),
                row("2.5e-6 m^3/(J*s)", 2.5e-6, Dimension.parse("m*s/kg")),
                row("1 mAh/cm^2", 3.6e4, Dimension.CHARGE_PER_AREA),
                row("0.28 N/mm", 280.0, Dimension.ENERGY_PER_AREA),
                row("2 J/m^2", 2.0, Dimension.ENERGY_PER_AREA),
                row("1e7 S/m", 1e7, Dimension.CONDUCTIVITY),
                row("1.19 S/m", 1.19, Dimension.CONDUCTIVITY),
                row("10 mS/cm", 1.0, Dimension.CONDUCTIVITY),
                row("-0.45 V", -0.45, Dimension.POTENTIAL),
                row("-100 mV", -0.1, Dimension.POTENTIAL),
                row("298.15 K", 298.15, Dimension.TEMPERATURE),
                row("90 deg", Math.PI / 2, Dimension.DIMENSIONLESS),
                row("1.5 rad", 1.5, Dimension.DIMENSIONLESS),
                row("50 %", 0.5, Dimension.DIMENSIONLESS),
                row("0.3", 0.3, Dimension.DIMENSIONLESS),
                row("+.5e1", 5.0, Dimension.DIMENSIONLESS),
                row("1e-3 1/s", 1e-3, Dimension.RATE),
                row("2 /s", 2.0, Dimension.RATE),
                row("50 Hz", 50.0, Dimension.RATE),
                row("2 h", 7200.0, Dimension.TIME),
                row("30 min", 1800.0, Dimension.TIME),
                row("20 ms", 0.02, Dimension.TIME),
                row("1 bar", 1e5, Dimension.PRESSURE),
                row("1 atm", 101325.0, Dimension.PRESSURE),
                row("1 eV", 1.602176634e-19, Dimension.ENERGY),
                row("1 keV", 1.602176634e-16, Dimension.ENERGY),
                row("1 Ah", 3600.0, Dimension.CHARGE),
                row("23.75 cm^3/mol", 2.375e-5, Dimension.MOLAR_VOLUME),
                row("0.968 g/cm^3", 968.0, Dimension.parse("kg/m^3")),
                row("96485.33212 C/mol", F, Dimension.parse("C/mol")),
                row("8.314462618 J/(mol*K)", 8.314462618, Dimension.parse("J/mol/K")),
                row("8.314462618 J/mol/K", 8.314462618, Dimension.parse("J/(mol K)")),
                row("1 kg*m/s^2", 1.0, Dimension.FORCE),
                row("1 kg.m.s^-2", 1.0, Dimension.FORCE),
                row("1 N m", 1.0, Dimension.ENERGY),
                row("1 N·m", 1.0, Dimension.ENERGY),
                row("1e12 Pa/m", 1e12, Dimension.STIFFNESS_PER_AREA),
                row("1e6 GPa/m", 1e15, Dimension.STIFFNESS_PER_AREA),
                row("1 J/m^3", 1.0, Dimension.ENERGY_PER_VOLUME),
                row("3 (m/s)^2", 3.0, Dimension.parse("m^2/s^2")),
                row("2 m/s", 2.0, Dimension.VELOCITY),
                row("1 kΩ", 1e3, Dimension.parse("V/A")),
                row("1 ohm", 1.0, Dimension.parse("V/A")),
                row("1 uF", 1e-6, Dimension.parse("C/V")),
                row("5 mL", 5e-6, Dimension.VOLUME),
                row("1 W", 1.0, Dimension.parse("J/s")),
                row("0.1 kN", 100.0, Dimension.FORCE),
                row("1 mmol", 1e-3, Dimension.AMOUNT),
                row("1 g", 1e-3, Dimension.MASS),
                row("1 cm^2", 1e-4, Dimension.AREA),
                row("2 nA", 2e-9, Dimension.CURRENT));
    }

    private static Arguments row(String text, double si, Dimension dim) {
        return Arguments.of(text, si, dim);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversions")
    void convertsToSi(String text, double si, Dimension dim) {
        Quantity q = Units.parse(text);
        assertEquals(si, q.si(), REL_TOL * Math.abs(si), text);
        assertEquals(dim, q.dim(), text);
    }

    /** Physics cross-check: 1 mAh/cm^2 of Na at V_m = 23.75 cm^3/mol is 8.86 um thick (seed 002: 8.8 um). */
    @Test
    void arealCapacityGivesSodiumThickness() {
        double charge = Units.si("1 mAh/cm^2", Dimension.CHARGE_PER_AREA);
        double vm = Units.si("23.75 cm^3/mol", Dimension.MOLAR_VOLUME);
        assertEquals(8.86e-6, charge / F * vm, 0.01e-6);
    }

    @Test
    void namesDimensionsReadably() {
        assertEquals("Pa", Dimension.PRESSURE.toString());
        assertEquals("J/m^3", Dimension.ENERGY_PER_VOLUME.toString());
        assertEquals(Dimension.PRESSURE, Dimension.ENERGY_PER_VOLUME);
        assertEquals("m*s/kg", Dimension.parse("m^3/(J*s)").toString());
        assertEquals("J/m^2", Dimension.parse("N/m").toString());
        assertEquals("1/s", Dimension.parse("Hz").toString());
        assertEquals("kg/(m*s)", Dimension.parse("Pa*s").toString());
        assertEquals("a pressure (Pa)", Dimension.parse("MPa").describe());
        assertEquals("a quantity in m*s/kg", Dimension.parse("m^3/(J*s)").describe());
        assertEquals(Dimension.CONCENTRATION, Dimension.parse("M"));
    }

    @Test
    void requireNamesBothDimensions() {
        InputException e = assertThrows(InputException.class,
                () -> Units.require(Units.parse("200 mm"), Dimension.PRESSURE));
        assertEquals("expected a pressure (Pa), got a length (m)", e.getMessage());
        e = assertThrows(InputException.class, () -> Units.si("30 %", Dimension.LENGTH));
        assertEquals("expected a length (m), got a dimensionless number", e.getMessage());
        assertEquals(5.9e7, Units.si("59 MPa", Dimension.ENERGY_PER_VOLUME), 1e-6);
    }

    @Test
    void bareNumberIsSiForAnyDimension() {
        assertEquals(2e11, Units.si(" 2e11 ", Dimension.PRESSURE));
        assertEquals(-0.45, Units.si("-0.45", Dimension.POTENTIAL));
        assertTrue(Units.isBareNumber("4"));
        assertTrue(!Units.isBareNumber("4 nm") && !Units.isBareNumber("1/s"));
    }

    @Test
    void unknownUnitListsKnownUnits() {
        String m = fails("4 xyz");
        assertTrue(m.startsWith("unknown unit 'xyz' in \"4 xyz\"; known units: m g s A K mol N Pa"), m);
        assertTrue(m.contains("prefix y z a f p n u µ"), m);
        assertTrue(m.contains("h min atm % deg (without prefix)"), m);
    }

    @Test
    void wrongCaseSuggestsTheUnit() {
        assertTrue(fails("200 GPA").startsWith("unknown unit 'GPA' in \"200 GPA\" (did you mean GPa?)"));
        assertTrue(fails("1 mpa").startsWith("unknown unit 'mpa' in \"1 mpa\" (did you mean mPa or MPa?)"));
    }

    @Test
    void rejectsBadSyntaxWithReason() {
        assertSyntax("4 m2", "write powers with '^', e.g. m^2");
        assertSyntax("4 m^", "missing integer power after '^'");
        assertSyntax("4 m^1.5", "powers must be integers");
        assertSyntax("8.3 J/mol K", "a product after '/' is ambiguous; put the denominator in parentheses");
        assertSyntax("1 m^3/(J*s", "missing ')'");
        assertSyntax("1 m)", "')' without a matching '('");
        assertSyntax("1 m/", "a unit is missing at the end");
        assertSyntax("1 2 m", "a number inside the unit");
        assertSyntax("1 m_s", "unexpected '_'");
        assertTrue(fails("mm").startsWith("cannot read \"mm\" as a quantity: it does not start with a number"));
        assertTrue(fails("  ").startsWith("empty value where a quantity was expected"));
        assertTrue(fails("NaN").startsWith("cannot read \"NaN\" as a quantity"));
    }

    @Test
    void rejectsCelsius() {
        assertEquals("\"25 degC\": temperatures are given in K only (25 °C is 298.15 K)", fails("25 degC"));
        assertTrue(fails("25 °C").contains("temperatures are given in K only"));
    }

    private static void assertSyntax(String text, String reason) {
        String m = fails(text);
        assertTrue(m.startsWith("cannot read \"" + text + "\" as a quantity: " + reason), m);
        assertTrue(m.endsWith("write a number and a unit, e.g. \"59 MPa\" or \"0.5 mA/cm^2\""), m);
    }

    private static String fails(String text) {
        return assertThrows(InputException.class, () -> Units.parse(text)).getMessage();
    }
}
