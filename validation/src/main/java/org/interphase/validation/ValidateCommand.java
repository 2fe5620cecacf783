package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.interphase.cli.CommandProvider;
import org.interphase.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interphase validate [SUITE|ID ...] [--report DIR] [--device SPEC] [--full] [--list]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run validation suites (all by default, or those named by suite or check id such as E1, C3, "
                + "P1). Prints one line per check: PASS|FAIL <id> <measured> <reference> <tolerance>; writes a "
                + "Markdown report with plots; exits 1 if any check fails.")
public final class ValidateCommand implements Callable<Integer> {

    /** Registers the command with the CLI. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "validate";
        }

        @Override
        public Object command() {
            return new ValidateCommand();
        }
    }

    @Parameters(paramLabel = "SUITE", arity = "0..*", description = "Suite names or check ids (default: all).")
    private List<String> selectors = new ArrayList<>();

    @Option(names = "--report", paramLabel = "DIR", description = "Report directory (default: out/validation).")
    private Path report = Path.of("out", "validation");

    @Option(names = "--device", paramLabel = "SPEC", description = "Device for the runs (default: cpu).")
    private String device = "cpu";

    @Option(names = "--full", description = "Run the long variants that CI leaves out: C3 adds the 0.25 mm DCB "
            + "mesh, S1 all seven film thicknesses (same as -Dinterphase.czm.full=true; minutes, not seconds).")
    private boolean full;

    @Option(names = "--list", description = "List the suites and their check ids, then exit.")
    private boolean list;

    private final Function<List<String>, List<ValidationSuite>> select;

    /** The command as the CLI runs it: suites found by {@link ValidationRunner#select}. */
    public ValidateCommand() {
        this(ValidationRunner::select);
    }

    /** @param select (Input) picks the suites to run from the selectors (tests pass their own suites). */
    ValidateCommand(Function<List<String>, List<ValidationSuite>> select) {
        this.select = select;
    }

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (ValidationSuite s : ValidationRunner.suites()) {
                System.out.println(s.name() + "  " + s.ids() + "  " + s.title());
            }
            return 0;
        }
        List<ValidationSuite> suites = select.apply(selectors);
        List<ValidationRunner.SuiteResult> results = ValidationRunner.run(suites, report, device, full,
                line -> System.out.println("  " + line), c -> System.out.println(c.line()));
        Path file = ValidationReport.write(report, results);
        long failed = results.stream().filter(r -> !r.passed()).count();
        System.out.println("report: " + file);
        return failed == 0 ? 0 : Main.CHECKS_FAILED;
    }
}
