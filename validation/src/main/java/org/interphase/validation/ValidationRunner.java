package org.interphase.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.interphase.core.InputException;
import org.interphase.core.Progress;

/** Finds the validation suites, runs the selected ones and collects their checks and report sections. */
public final class ValidationRunner {

    /** The outcome of one suite. */
    public record SuiteResult(ValidationSuite suite, SuiteContext context, Exception failure, double seconds) {
        /** @return whether every check passed and the suite did not throw. */
        public boolean passed() {
            return failure == null && context.checks().stream().allMatch(Check::pass);
        }
    }

    private ValidationRunner() {
    }

    /** @return every suite on the class path, in a fixed order (by name). */
    public static List<ValidationSuite> suites() {
        List<ValidationSuite> list = new ArrayList<>();
        for (ValidationSuite s : ServiceLoader.load(ValidationSuite.class)) {
            list.add(s);
        }
        list.sort((a, b) -> a.name().compareTo(b.name()));
        return list;
    }

    /**
     * Selects suites by name or by check id (E1, C3, ...); an empty selection means all.
     *
     * @throws InputException naming the unknown selector and the known ones.
     */
    public static List<ValidationSuite> select(List<String> selectors) {
        List<ValidationSuite> all = suites();
        if (selectors == null || selectors.isEmpty()) {
            return all;
        }
        List<ValidationSuite> out = new ArrayList<>();
        for (String sel : selectors) {
            ValidationSuite found = null;
            for (ValidationSuite s : all) {
                if (s.name().equalsIgnoreCase(sel) || s.ids().stream().anyMatch(id -> id.equalsIgnoreCase(sel))) {
                    found = s;
                }
            }
            if (found == null) {
                List<String> known = new ArrayList<>();
                for (ValidationSuite s : all) {
                    known.add(s.name() + " " + s.ids());
                }
                throw InputException.of("no validation suite or check named '%s'; known: %s", sel,
                        String.join(", ", known));
            }
            if (!out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    /** Runs suites one after another in their CI variants ({@code full} false in the method below). */
    public static List<SuiteResult> run(List<ValidationSuite> suites, Path workDir, String device, Progress progress,
            Consumer<Check> sink) throws IOException {
        return run(suites, workDir, device, false, progress, sink);
    }

    /**
     * Runs suites one after another.
     *
     * @param suites   (Input) the suites.
     * @param workDir  (Input) where suites write run output (one folder per suite).
     * @param device   (Input) device spec.
     * @param full     (Input) whether suites run their long variants ({@link SuiteContext#full()}).
     * @param progress (Input) progress sink.
     * @param sink     (Input) receives each check as it is made.
     */
    public static List<SuiteResult> run(List<ValidationSuite> suites, Path workDir, String device, boolean full,
            Progress progress, Consumer<Check> sink) throws IOException {
        List<SuiteResult> results = new ArrayList<>();
        for (ValidationSuite s : suites) {
            SuiteContext ctx = new SuiteContext(workDir.resolve(s.name()), device, full, progress, sink);
            long t0 = System.nanoTime();
            Exception failure = null;
            try {
                s.run(ctx);
            } catch (Exception e) {
                failure = e;
                progress.report("suite " + s.name() + " aborted: " + e.getMessage());
                sink.accept(new Check(s.name(), "suite aborted: " + e, Double.NaN, Double.NaN, 0, Check.Rule.TRUE,
                        false));
            }
            double secs = (System.nanoTime() - t0) * 1e-9;
            progress.report(String.format(Locale.ROOT, "suite %s: %d checks in %.1f s", s.name(),
                    ctx.checks().size(), secs));
            results.add(new SuiteResult(s, ctx, failure, secs));
        }
        return results;
    }
}
