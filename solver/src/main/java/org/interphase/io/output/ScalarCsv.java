package org.interphase.io.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;

/**
 * A CSV file of scalars, one row per step or per run: a header of column names with units
 * ({@code time [s],energy [J]}) and rows of numbers written with {@code %.17g} in {@link Locale#ROOT}, so
 * every value reads back to the same double and the text does not depend on the machine's locale.
 * Non-finite values are written as {@code NaN}, {@code Infinity}, {@code -Infinity} (what
 * {@link Double#parseDouble} accepts).
 *
 * <p>The file is small; it is rewritten atomically ({@link AtomicFiles}) with the header at construction
 * and after every {@link #append}, so it is always complete on disk.
 */
public final class ScalarCsv {

    private final Path file;
    private final int columns;
    private final StringBuilder text = new StringBuilder();
    private int rows;

    /**
     * Writes the header.
     *
     * @param file  (Input) the CSV file, replaced if it exists.
     * @param names (Input) column names (no comma, quote or line break). Not modified.
     * @param units (Input) unit of each column ("s", "J/m^2"; "" or "1" for a pure number). Not modified.
     */
    public ScalarCsv(Path file, List<String> names, List<String> units) {
        Checks.verify(!names.isEmpty(), "a CSV file needs at least one column");
        Checks.verify(names.size() == units.size(), "%d column names but %d units", names.size(), units.size());
        this.file = file;
        this.columns = names.size();
        for (int i = 0; i < columns; i++) {
            String name = names.get(i);
            String unit = units.get(i);
            Checks.verify(plain(name) && !name.isBlank(), "CSV column name '%s' must be non-blank, without comma, "
                    + "quote or line break", name);
            Checks.verify(plain(unit), "unit '%s' of CSV column '%s' must not contain comma, quote or line break",
                    unit, name);
            text.append(i == 0 ? "" : ",").append(name);
            if (!unit.isEmpty()) {
                text.append(" [").append(unit).append(']');
            }
        }
        text.append('\n');
        flush();
    }

    /**
     * Appends one row and rewrites the file.
     *
     * @param values (Input) one value per column. Not modified.
     */
    public void append(double... values) {
        Checks.verify(values.length == columns, "CSV row has %d values; %s has %d columns", values.length,
                file.getFileName(), columns);
        int mark = text.length();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(format(values[i]));
        }
        text.append('\n');
        try {
            flush();
        } catch (RuntimeException e) {
            text.setLength(mark);
            throw e;
        }
        rows++;
    }

    /** @return number of data rows written. */
    public int rowCount() {
        return rows;
    }

    /** @return the CSV file. */
    public Path file() {
        return file;
    }

    /**
     * @param value (Input) any double.
     * @return its CSV text: {@code %.17g} in the root locale, or NaN / Infinity / -Infinity.
     */
    public static String format(double value) {
        return String.format(Locale.ROOT, "%.17g", value);
    }

    private void flush() {
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean plain(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }
}
