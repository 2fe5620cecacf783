package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validation.md S3 and S4, shrunk (coarse meshes), pass on the real case files: the interphase-layer ordering with two
 * sensitivity variants, and roughness rising with the Damkohler number; the report and its plots are written.
 */
class SeedStudiesSuiteTest {

    @TempDir
    Path work;

    @Test
    void layerOrderingAndDamkohlerTrendHold() throws Exception {
        List<ValidationRunner.SuiteResult> results = SuiteAssertions.runAndAssert("seeds", work);
        List<String> ids = results.get(0).context().checks().stream().map(Check::id).toList();
        assertEquals(List.of("S3.roughness-order", "S3.dendrite-order", "S3.sfc-flat", "S3.sensitivity", "S4.rises",
                "S4.smooth", "S4.rough"), ids);
        assertTrue(Files.size(work.resolve("seeds/plots/S3-layers.png")) > 1000);
        assertTrue(Files.size(work.resolve("seeds/plots/S4-damkohler.png")) > 1000);
    }
}
