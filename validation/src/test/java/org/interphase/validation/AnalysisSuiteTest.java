package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis suite passes, reports under its ids and is found by the runner. */
class AnalysisSuiteTest {

    @TempDir
    Path dir;

    @Test
    void everyCheckPasses() throws Exception {
        List<Check> seen = new ArrayList<>();
        SuiteContext ctx = new SuiteContext(dir, "cpu", line -> { }, seen::add);
        new AnalysisSuite().run(ctx);
        assertEquals(9, seen.size());
        for (Check c : seen) {
            assertTrue(c.pass(), c.line() + "  " + c.what());
            assertTrue(c.id().startsWith("P4.faraday.") || c.id().startsWith("S4.sh."), c.id());
        }
        assertEquals(2, ctx.sections().size());
    }

    @Test
    void selectedByItsIds() {
        assertTrue(ValidationRunner.select(List.of("S4.sh")).stream().anyMatch(s -> s instanceof AnalysisSuite));
        assertTrue(ValidationRunner.select(List.of("P4.faraday")).stream().anyMatch(s -> s instanceof AnalysisSuite));
    }
}
