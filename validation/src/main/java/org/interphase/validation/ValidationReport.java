package org.interphase.validation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Version;
import org.interphase.io.output.AtomicFiles;

/** Writes the validation report: one Markdown file with a verdict table per suite, its sections and plots. */
public final class ValidationReport {

    private ValidationReport() {
    }

    /**
     * @param dir     (Input) report directory; plots are referenced relative to it.
     * @param results (Input) suite results.
     * @return the report file.
     */
    public static Path write(Path dir, List<ValidationRunner.SuiteResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("# Interphase validation report\n\n");
        md.append(String.format(Locale.ROOT, "Interphase %s, %s, Java %s, %d processors.%n%n", Version.get(),
                Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        long failed = results.stream().flatMap(r -> r.context().checks().stream()).filter(c -> !c.pass()).count();
        long total = results.stream().mapToLong(r -> r.context().checks().size()).sum();
        md.append(String.format(Locale.ROOT, "**%d of %d checks passed.**%n%n", total - failed, total));
        for (ValidationRunner.SuiteResult r : results) {
            md.append("## ").append(r.suite().title()).append(" (`").append(r.suite().name()).append("`)\n\n");
            if (r.failure() != null) {
                md.append("**The suite aborted:** `").append(r.failure()).append("`\n\n");
            }
            md.append("| verdict | id | what | measured | reference | tolerance | rule |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (Check c : r.context().checks()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.6g | %.6g | %.3g | %s |%n",
                        c.pass() ? "PASS" : "**FAIL**", c.id(), c.what().replace("|", "/"), c.measured(),
                        c.reference(), c.tolerance(), c.rule().symbol()));
            }
            md.append('\n');
            for (SuiteContext.Section s : r.context().sections()) {
                md.append("### ").append(s.title()).append("\n\n").append(s.markdown()).append("\n\n");
                for (Path p : s.plots()) {
                    Path rel = dir.toAbsolutePath().relativize(p.toAbsolutePath());
                    md.append("![").append(p.getFileName()).append("](").append(rel.toString().replace('\\', '/'))
                            .append(")\n\n");
                }
            }
            md.append(String.format(Locale.ROOT, "_%.1f s_%n%n", r.seconds()));
        }
        Path file = dir.resolve("report.md");
        AtomicFiles.write(file, md.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
