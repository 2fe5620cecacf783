package org.interphase.io.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalarCsvTest {

    @TempDir
    Path tmp;

    @Test
    void headerCarriesUnitsAndFileIsCompleteAfterEachRow() throws IOException {
        Path f = tmp.resolve("scalars.csv");
        ScalarCsv csv = new ScalarCsv(f, List.of("time", "energy", "steps"), List.of("s", "J/m^2", ""));
        assertEquals("time [s],energy [J/m^2],steps\n", Files.readString(f));
        csv.append(0.5, 1.0, 3);
        assertEquals("time [s],energy [J/m^2],steps\n"
                + "0.50000000000000000,1.0000000000000000,3.0000000000000000\n", Files.readString(f));
        csv.append(1.0, 2.0, 4);
        assertEquals(3, Files.readAllLines(f).size());
        assertEquals(2, csv.rowCount());
    }

    @Test
    void valuesRoundTripExactlyWhateverTheDefaultLocale() throws IOException {
        double[] values = {0.1, 1.0 / 3.0, -0.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 6.02214076e23,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        String[] names = new String[values.length];
        String[] units = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = "c" + i;
            units[i] = "1";
        }
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Path f = tmp.resolve("exact.csv");
            new ScalarCsv(f, List.of(names), List.of(units)).append(values);
            String[] cells = Files.readAllLines(f).get(1).split(",");
            assertEquals(values.length, cells.length, "a decimal comma would split cells");
            for (int i = 0; i < values.length; i++) {
                assertEquals(Double.doubleToRawLongBits(values[i]),
                        Double.doubleToRawLongBits(Double.parseDouble(cells[i])), cells[i]);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rejectsMalformedColumnsAndRows() {
        Path f = tmp.resolve("bad.csv");
        assertEquals("CSV column name 'a,b' must be non-blank, without comma, quote or line break",
                assertThrows(IllegalArgumentException.class,
                        () -> new ScalarCsv(f, List.of("a,b"), List.of("m"))).getMessage());
        assertEquals("2 column names but 1 units", assertThrows(IllegalArgumentException.class,
                () -> new ScalarCsv(f, List.of("a", "b"), List.of("m"))).getMessage());
        ScalarCsv csv = new ScalarCsv(f, List.of("a", "b"), List.of("m", "s"));
        assertEquals("CSV row has 1 values; bad.csv has 2 columns", assertThrows(IllegalArgumentException.class,
                () -> csv.append(1.0)).getMessage());
        assertEquals(0, csv.rowCount());
    }
}
