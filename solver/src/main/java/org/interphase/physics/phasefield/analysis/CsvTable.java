package org.interphase.physics.phasefield.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.interphase.core.Checks;
import org.interphase.io.output.AtomicFiles;
import org.interphase.io.output.ScalarCsv;

/**
 * A whole table written at once as CSV in {@link ScalarCsv}'s format (header {@code name [unit]}, values
 * {@code %.17g} in the root locale), atomically. For tables known in full, where appending row by row
 * would rewrite the file once per row.
 */
final class CsvTable {

    private CsvTable() {
    }

    /**
     * @param file    (Input) the file, replaced if it exists.
     * @param names   (Input) column names. Not modified.
     * @param units   (Input) column units ("" for none). Not modified.
     * @param columns (Input) the columns, of equal length. Not modified.
     * @return the file.
     */
    static Path write(Path file, List<String> names, List<String> units, double[]... columns) {
        Checks.verify(names.size() == columns.length && units.size() == columns.length,
                "%d names, %d units, %d columns", names.size(), units.size(), columns.length);
        int rows = columns.length == 0 ? 0 : columns[0].length;
        StringBuilder s = new StringBuilder(64 + 24 * rows * columns.length);
        for (int c = 0; c < columns.length; c++) {
            Checks.verify(columns[c].length == rows, "column '%s' has %d rows, not %d", names.get(c),
                    columns[c].length, rows);
            s.append(c == 0 ? "" : ",").append(names.get(c));
            if (!units.get(c).isEmpty()) {
                s.append(" [").append(units.get(c)).append(']');
            }
        }
        s.append('\n');
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns.length; c++) {
                s.append(c == 0 ? "" : ",").append(ScalarCsv.format(columns[c][r]));
            }
            s.append('\n');
        }
        AtomicFiles.write(file, s.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
