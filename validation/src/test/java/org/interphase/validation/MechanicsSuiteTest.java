package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validation.md E1-E3 pass, and the report with its plots is written. */
class MechanicsSuiteTest {

    @TempDir
    Path work;

    @Test
    void patchTestManufacturedSolutionsAndKirschPass() throws Exception {
        SuiteAssertions.runAndAssert("mechanics", work);
        assertTrue(Files.exists(work.resolve("report.md")));
        assertTrue(Files.size(work.resolve("mechanics/plots/E3-kirsch.png")) > 1000);
    }
}
