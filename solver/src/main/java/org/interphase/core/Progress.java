package org.interphase.core;

/**
 * Where long-running library code reports progress (one line per event); the CLI prints it, tests
 * collect or drop it. Library code never prints on its own.
 */
@FunctionalInterface
public interface Progress {

    /** Reports one line of progress. */
    void report(String line);

    /** A sink that drops everything. */
    Progress NONE = line -> { };
}
