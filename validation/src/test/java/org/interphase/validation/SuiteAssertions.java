package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

/** Runs a suite the way {@code interphase validate} does and fails on any FAIL line. */
final class SuiteAssertions {

    private SuiteAssertions() {
    }

    static List<ValidationRunner.SuiteResult> runAndAssert(String suite, Path work) throws Exception {
        List<ValidationRunner.SuiteResult> results = ValidationRunner.run(ValidationRunner.select(List.of(suite)),
                work, "cpu", line -> System.out.println("  " + line), c -> System.out.println(c.line()));
        ValidationReport.write(work, results);
        for (ValidationRunner.SuiteResult r : results) {
            if (r.failure() != null) {
                throw new AssertionError("suite " + suite + " aborted", r.failure());
            }
            for (Check c : r.context().checks()) {
                assertTrue(c.pass(), c.line() + " (" + c.what() + ")");
            }
            assertTrue(!r.context().checks().isEmpty(), "suite " + suite + " made no checks");
        }
        return results;
    }
}
