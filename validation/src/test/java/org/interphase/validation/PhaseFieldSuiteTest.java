package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the phase-field suite (validation.md P1-P5) on the real case files, as CI does, and needs every check. */
class PhaseFieldSuiteTest {

    @Test
    void everyCheckPasses(@TempDir Path dir) throws Exception {
        List<Check> checks = new ArrayList<>();
        SuiteContext ctx = new SuiteContext(dir, "cpu", line -> { }, checks::add);
        new PhaseFieldSuite().run(ctx);
        List<String> failed = new ArrayList<>();
        for (Check c : checks) {
            if (!c.pass()) {
                failed.add(c.line() + " (" + c.what() + ")");
            }
        }
        assertTrue(failed.isEmpty(), "failed checks: " + failed);
        for (String id : new PhaseFieldSuite().ids()) {
            assertTrue(checks.stream().anyMatch(c -> c.id().equals(id) || c.id().startsWith(id + ".")),
                    "no check reported for " + id);
        }
        assertEquals(3, ctx.sections().size(), "report sections for P1, P2 and P4");
    }
}
