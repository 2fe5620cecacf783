package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interphase.cli.CommandProvider;
import org.interphase.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interphase validate [SUITE|ID ...] [--report DIR]}. */
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

    @Option(names = "--list", description = "List the suites and their check ids, then exit.")
    private boolean list;

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (ValidationSuite s : ValidationRunner.suites()) {
                System.out.println(s.name() + "  " + s.ids() + "  " + s.title());
            }
            return 0;
        }
        List<ValidationSuite> suites = ValidationRunner.select(selectors);
        List<ValidationRunner.SuiteResult> results = ValidationRunner.run(suites, report, device,
                line -> System.out.println("  " + line), c -> System.out.println(c.line()));
        Path file = ValidationReport.write(report, results);
        long failed = results.stream().filter(r -> !r.passed()).count();
        System.out.println("report: " + file);
        return failed == 0 ? 0 : Main.CHECKS_FAILED;
    }
}
