package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast part of the cohesive suite in the build: C1 (closed forms) and C2 (load reversal) on the real
 * case files. C3 (DCB mesh study) and S1 (seed-004 study) run from the CLI: ./interphase validate cohesive.
 */
class CohesiveSuiteTest {

    @Test
    void closedFormsAndLoadReversalPass(@TempDir Path dir) throws Exception {
        SuiteContext ctx = new SuiteContext(dir, "cpu", line -> { }, c -> { });
        CohesiveSuite suite = new CohesiveSuite();
        suite.closedForms(ctx);
        suite.loadReversal(ctx);
        for (Check c : ctx.checks()) {
            assertTrue(c.pass(), c.line() + " " + c.what());
        }
        assertTrue(ctx.checks().size() >= 10, "C1 and C2 report their checks");
    }
}
