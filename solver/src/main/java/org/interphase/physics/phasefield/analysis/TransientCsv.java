package org.interphase.physics.phasefield.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interphase.core.InputException;
import org.interphase.input.Dimension;
import org.interphase.input.Quantity;
import org.interphase.input.Units;

/**
 * A current transient read from CSV: a header naming the columns with units in brackets, then one row
 * per sample, e.g.
 * <pre>
 * # comment lines start with '#'
 * time [s],current [mA/cm^2]
 * 0.001,0.52
 * </pre>
 * The time column is named {@code time} or {@code t}; the current column {@code current},
 * {@code current density}, {@code i} or {@code j} (case-insensitive). Units are any the case files
 * accept ({@link Units}): time in a time unit, current as a current density (A/m^2) or a current (A).
 * Values are converted to SI. Other columns are ignored. Every error names the file and line.
 *
 * @param file        the file read.
 * @param time        times in s, strictly increasing.
 * @param current     currents in SI (A/m^2 or A).
 * @param currentUnit the SI unit of the current column, "A/m^2" or "A".
 */
public record TransientCsv(Path file, double[] time, double[] current, String currentUnit) {

    /** Fewest data rows accepted. */
    public static final int MIN_ROWS = 8;
    private static final Pattern HEADER_CELL = Pattern.compile("^\\s*([^\\[\\]]*?)\\s*(?:\\[([^\\]]*)\\])?\\s*$");
    private static final List<String> TIME_NAMES = List.of("time", "t");
    private static final List<String> CURRENT_NAMES = List.of("current", "current density", "current_density", "i",
            "j");
    private static final String EXAMPLE = "e.g. 'time [s],current [A/m^2]'";

    /**
     * @param file (Input) the CSV file.
     * @return the transient.
     * @throws InputException naming the file and line for a missing file or header, a missing or unknown
     *                        column unit, a malformed number, time that does not increase, or too few rows.
     */
    public static TransientCsv read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.of("transient file %s does not exist", file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
        int headerLine = -1;
        for (int k = 0; k < lines.size(); k++) {
            String s = lines.get(k).strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                headerLine = k;
                break;
            }
        }
        if (headerLine < 0) {
            throw InputException.of("%s has no header line; the first line that is not a comment must name the "
                    + "columns with units, %s", file, EXAMPLE);
        }
        String[] header = lines.get(headerLine).split(",", -1);
        int lineNo = headerLine + 1;
        int tCol = column(file, lineNo, header, TIME_NAMES, "time");
        int iCol = column(file, lineNo, header, CURRENT_NAMES, "current");
        double tScale = unit(file, lineNo, header[tCol], "time", Dimension.TIME);
        Quantity iq = currentUnit(file, lineNo, header[iCol]);
        List<double[]> rows = new ArrayList<>();
        int lastLine = lineNo;
        String lastTime = null;
        for (int k = headerLine + 1; k < lines.size(); k++) {
            String s = lines.get(k).strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int no = k + 1;
            String[] cells = s.split(",", -1);
            if (cells.length != header.length) {
                throw InputException.of("%s line %d has %d values; the header (line %d) has %d columns", file, no,
                        cells.length, lineNo, header.length);
            }
            double t = number(file, no, cells[tCol], "time") * tScale;
            double i = number(file, no, cells[iCol], "current") * iq.si();
            if (!rows.isEmpty() && !(t > rows.get(rows.size() - 1)[0])) {
                throw InputException.of("%s line %d: time %s does not increase (line %d has %s); sort the rows by "
                        + "time and remove repeated times", file, no, cells[tCol].strip(), lastLine, lastTime);
            }
            rows.add(new double[] {t, i});
            lastLine = no;
            lastTime = cells[tCol].strip();
        }
        if (rows.size() < MIN_ROWS) {
            throw InputException.of("%s has %d data rows (lines %d to %d); a transient needs at least %d samples "
                    + "through the current peak", file, rows.size(), lineNo + 1, Math.max(lineNo + 1, lastLine),
                    MIN_ROWS);
        }
        double[] t = new double[rows.size()];
        double[] i = new double[rows.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = rows.get(k)[0];
            i[k] = rows.get(k)[1];
        }
        return new TransientCsv(file, t, i, iq.dim().equals(Dimension.CURRENT) ? "A" : "A/m^2");
    }

    private static int column(Path file, int line, String[] header, List<String> names, String what) {
        List<String> seen = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            Matcher m = HEADER_CELL.matcher(header[c]);
            String name = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : header[c].strip();
            seen.add("'" + header[c].strip() + "'");
            if (names.contains(name)) {
                return c;
            }
        }
        throw InputException.of("%s line %d: no %s column in the header %s; name the columns %s (a %s column may "
                + "be called %s)", file, line, what, String.join(",", seen), EXAMPLE, what, String.join(", ", names));
    }

    /** The unit text in brackets of a header cell, or null. */
    private static String unitText(String cell) {
        Matcher m = HEADER_CELL.matcher(cell);
        return m.matches() && m.group(2) != null && !m.group(2).isBlank() ? m.group(2).strip() : null;
    }

    private static Quantity parseUnit(Path file, int line, String cell, String what) {
        String unit = unitText(cell);
        if (unit == null) {
            throw InputException.of("%s line %d: the %s column '%s' has no unit; write it in brackets, %s", file, line,
                    what, cell.strip(), EXAMPLE);
        }
        try {
            return Units.parse("1 " + unit);
        } catch (InputException e) {
            throw InputException.of("%s line %d: cannot read the unit [%s] of the %s column: %s", file, line, unit,
                    what, e.getMessage());
        }
    }

    private static double unit(Path file, int line, String cell, String what, Dimension expected) {
        Quantity q = parseUnit(file, line, cell, what);
        if (!q.dim().equals(expected)) {
            throw InputException.of("%s line %d: the %s column has unit [%s], which is %s; expected %s", file, line,
                    what, unitText(cell), q.dim().describe(), expected.describe());
        }
        return q.si();
    }

    private static Quantity currentUnit(Path file, int line, String cell) {
        Quantity q = parseUnit(file, line, cell, "current");
        if (!q.dim().equals(Dimension.CURRENT_DENSITY) && !q.dim().equals(Dimension.CURRENT)) {
            throw InputException.of("%s line %d: the current column has unit [%s], which is %s; expected a current "
                    + "density such as [A/m^2] or [mA/cm^2], or a current such as [A]", file, line, unitText(cell),
                    q.dim().describe());
        }
        return q;
    }

    private static double number(Path file, int line, String text, String what) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw InputException.of("%s line %d: '%s' in the %s column is not a number", file, line, text.strip(),
                    what);
        }
        if (!Double.isFinite(v)) {
            throw InputException.of("%s line %d: the %s value '%s' is not finite", file, line, what, text.strip());
        }
        return v;
    }
}
