package org.interphase.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.InputException;

/**
 * Reads quantities written with units, "59 MPa", "0.5 mA/cm^2", "2.5e-6 m^3/(J*s)", into SI values.
 *
 * <p>Syntax: a number, then an optional unit expression. A bare number is SI. The expression is a
 * product of factors joined by {@code *}, {@code .} or a space, divided by factors after {@code /}
 * (left to right: J/mol/K is J/(mol*K)); a product after {@code /} must be put in parentheses, since
 * "J/mol K" is ambiguous. A factor is a unit or a parenthesized expression with an optional integer
 * power ({@code m^2}, {@code s^-1}; "m2" is rejected); {@code 1} stands for no unit, as in 1/s.
 *
 * <p>A unit name is first matched as a whole (so "M" is molar, "Pa" is pascal, "min" is minute), then
 * as a one-letter SI prefix before a unit that takes prefixes (so "MPa" is megapascal, "mM" millimolar,
 * "mAh" milliampere-hour). Temperatures are in kelvin only: a Celsius temperature is not a scale
 * factor, so "25 degC" is an error that says to write "298.15 K".
 */
public final class Units {

    private record Unit(double factor, Dimension dim, boolean prefixable) {
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();
    private static final Map<String, Double> PREFIXES = new LinkedHashMap<>();
    private static final Set<String> CELSIUS_OR_FAHRENHEIT =
            Set.of("degC", "°C", "\u2103", "celsius", "Celsius", "degF", "°F", "\u2109", "fahrenheit", "Fahrenheit");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final String EXAMPLE = "write a number and a unit, e.g. \"59 MPa\" or \"0.5 mA/cm^2\"";

    static {
        double[] pf = {1e-24, 1e-21, 1e-18, 1e-15, 1e-12, 1e-9, 1e-6, 1e-6, 1e-6, 1e-3, 1e-2, 1e-1,
            1e3, 1e6, 1e9, 1e12, 1e15, 1e18};
        String[] pn = {"y", "z", "a", "f", "p", "n", "u", "µ", "\u03bc", "m", "c", "d",
            "k", "M", "G", "T", "P", "E"};
        for (int i = 0; i < pn.length; i++) {
            PREFIXES.put(pn[i], pf[i]);
        }
        Dimension power = Dimension.of(2, 1, -3, 0, 0, 0);
        Dimension conductance = Dimension.of(-2, -1, 3, 2, 0, 0);
        Dimension resistance = Dimension.of(2, 1, -3, -2, 0, 0);
        Dimension capacitance = Dimension.of(-2, -1, 4, 2, 0, 0);
        unit("m", 1, Dimension.LENGTH, true);
        unit("g", 1e-3, Dimension.MASS, true);
        unit("s", 1, Dimension.TIME, true);
        unit("A", 1, Dimension.CURRENT, true);
        unit("K", 1, Dimension.TEMPERATURE, true);
        unit("mol", 1, Dimension.AMOUNT, true);
        unit("N", 1, Dimension.FORCE, true);
        unit("Pa", 1, Dimension.PRESSURE, true);
        unit("J", 1, Dimension.ENERGY, true);
        unit("W", 1, power, true);
        unit("C", 1, Dimension.CHARGE, true);
        unit("V", 1, Dimension.POTENTIAL, true);
        unit("S", 1, conductance, true);
        unit("ohm", 1, resistance, true);
        unit("Ohm", 1, resistance, true);
        unit("\u03a9", 1, resistance, true);
        unit("\u2126", 1, resistance, true);
        unit("F", 1, capacitance, true);
        unit("Hz", 1, Dimension.RATE, true);
        unit("L", 1e-3, Dimension.VOLUME, true);
        unit("l", 1e-3, Dimension.VOLUME, true);
        unit("M", 1e3, Dimension.CONCENTRATION, true);
        unit("h", 3600, Dimension.TIME, false);
        unit("min", 60, Dimension.TIME, false);
        unit("eV", 1.602176634e-19, Dimension.ENERGY, true);
        unit("Ah", 3600, Dimension.CHARGE, true);
        unit("bar", 1e5, Dimension.PRESSURE, true);
        unit("atm", 101325, Dimension.PRESSURE, false);
        unit("%", 0.01, Dimension.DIMENSIONLESS, false);
        unit("deg", Math.PI / 180, Dimension.DIMENSIONLESS, false);
        unit("rad", 1, Dimension.DIMENSIONLESS, true);
    }

    private Units() {
    }

    private static void unit(String name, double factor, Dimension dim, boolean prefixable) {
        UNITS.put(name, new Unit(factor, dim, prefixable));
    }

    /**
     * Reads "number [unit]" into an SI value and its dimension.
     *
     * @param text (Input) e.g. "59 MPa", "-0.45 V", "1e7 S/m", "12". Not modified.
     * @throws InputException naming the text (and the known units for an unknown one)
     */
    public static Quantity parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw InputException.of("empty value where a quantity was expected; %s", EXAMPLE);
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) {
            throw InputException.of("cannot read \"%s\" as a quantity: it does not start with a number; %s", text,
                    EXAMPLE);
        }
        double value = Double.parseDouble(m.group());
        String unit = t.substring(m.end()).strip();
        if (unit.isEmpty()) {
            return new Quantity(value, Dimension.DIMENSIONLESS);
        }
        Quantity u = new Parser(text, unit.startsWith("/") ? "1" + unit : unit).parseAll();
        return new Quantity(value * u.si(), u.dim());
    }

    /**
     * The SI value of {@code q}, after checking its dimension.
     *
     * @param q        (Input) a parsed quantity. Not modified.
     * @param expected (Input) the dimension the caller needs. Not modified.
     * @throws InputException "expected a pressure (Pa), got a length (m)" when the dimensions differ
     */
    public static double require(Quantity q, Dimension expected) {
        if (!q.dim().equals(expected)) {
            throw InputException.of("expected %s, got %s", expected.describe(), q.dim().describe());
        }
        return q.si();
    }

    /**
     * The SI value of {@code text}, which must be of dimension {@code expected} or a bare number (a bare
     * number is SI, whatever the dimension).
     *
     * @throws InputException as {@link #parse} and {@link #require}
     */
    public static double si(String text, Dimension expected) {
        Quantity q = parse(text);
        return isBareNumber(text) ? q.si() : require(q, expected);
    }

    /** Whether {@code text} is a number without a unit ("2e11", " -0.45 "), which case files read as SI. */
    public static boolean isBareNumber(String text) {
        String t = text.strip();
        Matcher m = NUMBER.matcher(t);
        return m.find() && m.end() == t.length();
    }

    /** A unit expression alone ("mAh/cm^2"): the SI value of one such unit and its dimension. */
    static Quantity parseUnit(String unit) {
        return new Parser(unit, unit.strip()).parseAll();
    }

    /** The units and prefixes this class reads, for messages and documentation. */
    public static String knownUnits() {
        List<String> plain = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (Map.Entry<String, Unit> e : UNITS.entrySet()) {
            (e.getValue().prefixable() ? plain : fixed).add(e.getKey());
        }
        return String.join(" ", plain) + " (each after an optional prefix " + String.join(" ", PREFIXES.keySet())
                + "), and " + String.join(" ", fixed) + " (without prefix)";
    }

    /** Recursive-descent reader of one unit expression; {@code text} is the whole value, for messages. */
    private static final class Parser {
        private final String text;
        private final String s;
        private int pos;
        private boolean spaceBefore;

        Parser(String text, String s) {
            this.text = text;
            this.s = s;
        }

        Quantity parseAll() {
            Quantity q = expression();
            char c = peek();
            if (c == ')') {
                throw syntax("')' without a matching '('");
            }
            if (c != 0) {
                throw syntax("unexpected '" + c + "'");
            }
            return q;
        }

        private Quantity expression() {
            Quantity q = product();
            while (peek() == '/') {
                pos++;
                q = divide(q, power());
                if (atProduct()) {
                    throw syntax("a product after '/' is ambiguous; put the denominator in parentheses, "
                            + "e.g. J/(mol*K)");
                }
            }
            return q;
        }

        private Quantity product() {
            Quantity q = power();
            while (atProduct()) {
                char c = peek();
                if (c == '*' || c == '.' || c == '·') {
                    pos++;
                }
                Quantity f = power();
                q = new Quantity(q.si() * f.si(), q.dim().times(f.dim()));
            }
            return q;
        }

        private Quantity power() {
            Quantity q = factor();
            if (peek() != '^') {
                return q;
            }
            pos++;
            peek();
            int start = pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == digits) {
                throw syntax("missing integer power after '^'");
            }
            if (pos + 1 < s.length() && s.charAt(pos) == '.' && Character.isDigit(s.charAt(pos + 1))) {
                throw syntax("powers must be integers");
            }
            int p = Integer.parseInt(s.substring(start, pos).replace("+", ""));
            return new Quantity(Math.pow(q.si(), p), q.dim().pow(p));
        }

        private Quantity factor() {
            char c = peek();
            if (c == '(') {
                pos++;
                Quantity q = expression();
                if (peek() != ')') {
                    throw syntax("missing ')'");
                }
                pos++;
                return q;
            }
            if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                if (!s.substring(start, pos).equals("1")) {
                    throw syntax("a number inside the unit; only 1 may stand for no unit, as in 1/s");
                }
                return new Quantity(1, Dimension.DIMENSIONLESS);
            }
            if (!startsName(c)) {
                throw syntax(c == 0 ? "a unit is missing at the end" : "expected a unit at '" + c + "'");
            }
            int start = pos;
            pos++;
            if (c != '%') {
                while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                    pos++;
                }
            }
            String name = s.substring(start, pos);
            if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                throw syntax("write powers with '^', e.g. " + name + "^" + s.charAt(pos));
            }
            return resolve(name);
        }

        private Quantity resolve(String name) {
            if (CELSIUS_OR_FAHRENHEIT.contains(name)) {
                throw InputException.of("\"%s\": temperatures are given in K only (25 °C is 298.15 K)", text);
            }
            Unit u = UNITS.get(name);
            if (u != null) {
                return new Quantity(u.factor(), u.dim());
            }
            Double prefix = PREFIXES.get(name.substring(0, 1));
            Unit v = prefix == null ? null : UNITS.get(name.substring(1));
            if (v != null && v.prefixable()) {
                return new Quantity(prefix * v.factor(), v.dim());
            }
            throw InputException.of("unknown unit '%s' in \"%s\"%s; known units: %s", name, text, hint(name),
                    knownUnits());
        }

        private static String hint(String name) {
            List<String> same = new ArrayList<>();
            for (Map.Entry<String, Unit> e : UNITS.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    same.add(e.getKey());
                }
                if (e.getValue().prefixable()) {
                    for (String p : PREFIXES.keySet()) {
                        if ((p + e.getKey()).equalsIgnoreCase(name)) {
                            same.add(p + e.getKey());
                        }
                    }
                }
            }
            return same.isEmpty() ? "" : " (did you mean " + String.join(" or ", same) + "?)";
        }

        private static boolean startsName(char c) {
            return Character.isLetter(c) || c == '%' || c == '°';
        }

        /** Whether a product continues here: an explicit operator, or a factor after a space. */
        private boolean atProduct() {
            char c = peek();
            return c == '*' || c == '.' || c == '·' || (spaceBefore && (startsName(c) || c == '('));
        }

        /** The next character after spaces (0 at the end); records whether spaces were skipped. */
        private char peek() {
            int start = pos;
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            spaceBefore = pos > start || (pos > 0 && Character.isWhitespace(s.charAt(pos - 1)));
            return pos < s.length() ? s.charAt(pos) : 0;
        }

        private static Quantity divide(Quantity a, Quantity b) {
            return new Quantity(a.si() / b.si(), a.dim().over(b.dim()));
        }

        private InputException syntax(String problem) {
            return InputException.of("cannot read \"%s\" as a quantity: %s; %s", text, problem, EXAMPLE);
        }
    }
}
