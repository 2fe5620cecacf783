package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validation.md C1-C3 and the shrunk S1 pass on the real case files (C3 on the 1 and 0.5 mm meshes; the
 * long variant, with the 0.25 mm mesh and S1 at seven thicknesses, runs with -Dinterphase.czm.full=true or
 * {@code ./interphase validate cohesive --full}), and the report with its plots is written.
 */
class CohesiveSuiteTest {

    @TempDir
    Path work;

    @Test
    void closedFormsLoadReversalBeamAndSeedStudyPass() throws Exception {
        SuiteAssertions.runAndAssert("cohesive", work);
        assertTrue(Files.exists(work.resolve("report.md")));
        assertTrue(Files.size(work.resolve("cohesive/plots/C3-dcb.png")) > 1000);
        assertTrue(Files.size(work.resolve("cohesive/plots/S1-opening.png")) > 1000);
    }
}
