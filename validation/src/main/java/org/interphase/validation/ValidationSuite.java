package org.interphase.validation;

import java.util.List;

/**
 * A group of validation checks that run together (the ids of validation.md). Suites run the real case
 * files with small overrides, never forked copies, and report through {@link SuiteContext}.
 */
public interface ValidationSuite {

    /** @return the suite's name on the command line, e.g. "mechanics". */
    String name();

    /** @return a one-line title for the report. */
    String title();

    /** @return the check ids this suite reports, e.g. E1, E2, E3. */
    List<String> ids();

    /**
     * Runs every check and reports each through the context. An exception fails the suite (the runner
     * turns it into a FAIL line naming the suite).
     */
    void run(SuiteContext ctx) throws Exception;
}
