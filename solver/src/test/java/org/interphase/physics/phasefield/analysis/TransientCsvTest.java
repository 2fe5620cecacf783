package org.interphase.physics.phasefield.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading transient CSVs: units to SI, and every documented error by its message. */
class TransientCsvTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String rows(int n, double dt) {
        StringBuilder s = new StringBuilder();
        for (int k = 1; k <= n; k++) {
            s.append(k * dt).append(',').append(0.1 * k).append('\n');
        }
        return s.toString();
    }

    @Test
    void readsUnitsCommentsAndExtraColumns() throws IOException {
        Path f = write("ok.csv", "# chronoamperometry at -0.1 V\n\nt [ms],potential [V],j [mA/cm^2]\n"
                + "1,-0.1,0.5\n2,-0.1,1.0\n# a comment inside\n3,-0.1,1.5\n4,-0.1,2\n5,-0.1,2.5\n6,-0.1,2\n"
                + "7,-0.1,1.5\n8,-0.1,1.2\n");
        TransientCsv c = TransientCsv.read(f);
        assertArrayEquals(new double[] {1e-3, 2e-3, 3e-3, 4e-3, 5e-3, 6e-3, 7e-3, 8e-3}, c.time(), 1e-18);
        assertEquals(5.0, c.current()[0], 1e-12, "0.5 mA/cm^2 = 5 A/m^2");
        assertEquals("A/m^2", c.currentUnit());
        TransientCsv amps = TransientCsv.read(write("amps.csv", "time [s],current [uA]\n" + rows(8, 0.5)));
        assertEquals("A", amps.currentUnit());
        assertEquals(0.1e-6, amps.current()[0], 1e-18);
    }

    private String error(String name, String text) throws IOException {
        Path f = write(name, text);
        return assertThrows(InputException.class, () -> TransientCsv.read(f)).getMessage();
    }

    @Test
    void badFilesAreReportedWithFileAndLine() throws IOException {
        Path p = dir.resolve("x.csv");
        assertEquals(p + " line 1: no time column in the header 'seconds [s]','current [A/m^2]'; name the columns "
                + "e.g. 'time [s],current [A/m^2]' (a time column may be called time, t)",
                error("x.csv", "seconds [s],current [A/m^2]\n" + rows(8, 1)));
        assertEquals(p + " line 2: no current column in the header 'time [s]','voltage [V]'; name the columns "
                + "e.g. 'time [s],current [A/m^2]' (a current column may be called current, current density, "
                + "current_density, i, j)", error("x.csv", "# header below\ntime [s],voltage [V]\n" + rows(8, 1)));
        assertEquals(p + " line 1: the time column 'time' has no unit; write it in brackets, e.g. "
                + "'time [s],current [A/m^2]'", error("x.csv", "time,current [A/m^2]\n" + rows(8, 1)));
        assertEquals(p + " line 1: the time column has unit [mA], which is a current (A); expected a time (s)",
                error("x.csv", "time [mA],current [A/m^2]\n" + rows(8, 1)));
        assertEquals(p + " line 1: the current column has unit [V], which is a potential (V); expected a current "
                + "density such as [A/m^2] or [mA/cm^2], or a current such as [A]",
                error("x.csv", "time [s],current [V]\n" + rows(8, 1)));
        String unknown = error("x.csv", "time [fortnight],current [A/m^2]\n" + rows(8, 1));
        assertEquals(p + " line 1: cannot read the unit [fortnight] of the time column: ",
                unknown.substring(0, unknown.indexOf(": ", unknown.indexOf("column")) + 2));
        assertEquals(p + " line 3: 'abc' in the current column is not a number",
                error("x.csv", "time [s],current [A/m^2]\n1,2\n2,abc\n" + rows(8, 1)));
        assertEquals(p + " line 3 has 3 values; the header (line 1) has 2 columns",
                error("x.csv", "time [s],current [A/m^2]\n1,2\n2,3,4\n"));
        assertEquals(p + " line 4: time 2 does not increase (line 3 has 2); sort the rows by time and remove "
                + "repeated times", error("x.csv", "time [s],current [A/m^2]\n1,2\n2,3\n2,4\n"));
        assertEquals(p + " line 3: the time value 'NaN' is not finite",
                error("x.csv", "time [s],current [A/m^2]\n1,2\nNaN,3\n"));
        assertEquals(p + " has 3 data rows (lines 2 to 4); a transient needs at least 8 samples through the "
                + "current peak", error("x.csv", "time [s],current [A/m^2]\n" + rows(3, 1)));
        assertEquals(p + " has no header line; the first line that is not a comment must name the columns with "
                + "units, e.g. 'time [s],current [A/m^2]'", error("x.csv", "# nothing\n\n"));
        Path missing = dir.resolve("missing.csv");
        assertEquals("transient file " + missing + " does not exist",
                assertThrows(InputException.class, () -> TransientCsv.read(missing)).getMessage());
    }
}
