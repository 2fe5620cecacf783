package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interphase.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code interphase validate}: --help through the real command line, and --full reaches the suites'
 * context (on a probe suite: no long run here), as does the system property the cohesive suite also reads.
 */
class ValidateCommandTest {

    @TempDir
    Path dir;

    /** A suite that records what its context says and passes one check. */
    private static final class Probe implements ValidationSuite {
        final List<Boolean> seen = new ArrayList<>();

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String title() {
            return "records SuiteContext.full()";
        }

        @Override
        public List<String> ids() {
            return List.of("X1");
        }

        @Override
        public void run(SuiteContext ctx) {
            seen.add(ctx.full());
            ctx.check(Check.property("X1", "ran", true));
        }
    }

    /** Runs the command on the probe suite; returns the exit status. */
    private int validate(Probe probe, String... args) {
        CommandLine cl = new CommandLine(new ValidateCommand(selectors -> List.of(probe)));
        PrintStream old = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return cl.execute(args);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void fullOptionReachesTheSuiteContext() {
        Probe probe = new Probe();
        assertEquals(0, validate(probe, "--report", dir.resolve("a").toString()));
        assertEquals(0, validate(probe, "--full", "--report", dir.resolve("b").toString()));
        assertEquals(List.of(false, true), probe.seen);
        assertTrue(Files.exists(dir.resolve("b/report.md")));
    }

    @Test
    void cohesiveSuiteReadsTheContextAndTheSystemProperty() throws Exception {
        SuiteContext quick = new SuiteContext(dir, "cpu", line -> { }, c -> { });
        SuiteContext full = new SuiteContext(dir, "cpu", true, line -> { }, c -> { });
        String before = System.getProperty(CohesiveSuite.FULL_PROPERTY);
        try {
            System.clearProperty(CohesiveSuite.FULL_PROPERTY);
            assertFalse(CohesiveSuite.full(quick));
            assertTrue(CohesiveSuite.full(full));
            System.setProperty(CohesiveSuite.FULL_PROPERTY, "true");
            assertTrue(CohesiveSuite.full(quick));
        } finally {
            if (before == null) {
                System.clearProperty(CohesiveSuite.FULL_PROPERTY);
            } else {
                System.setProperty(CohesiveSuite.FULL_PROPERTY, before);
            }
        }
    }

    @Test
    void helpNamesTheOptions() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("validate", "--help"));
        String help = out.toString();
        assertTrue(help.contains("Usage: interphase validate"), help);
        for (String option : new String[] {"--full", "--report", "--device", "--list"}) {
            assertTrue(help.contains(option), option + " missing from: " + help);
        }
    }
}
