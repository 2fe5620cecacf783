package org.interphase.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.interphase.core.Progress;

/**
 * What a suite reports to: checks (printed as they come), report sections with tables and plots, a work
 * directory for its runs' output, progress, the device to run on, and whether to run the long variants
 * ({@code interphase validate --full}: finer meshes and more points than CI runs).
 */
public final class SuiteContext {

    /** A section of the report: Markdown text plus plots already written as PNG files. */
    public record Section(String title, String markdown, List<Path> plots) {
    }

    private final Path workDir;
    private final String device;
    private final boolean full;
    private final Progress progress;
    private final Consumer<Check> sink;
    private final List<Check> checks = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    /** A context for the CI variants ({@code full} false in the constructor below). */
    public SuiteContext(Path workDir, String device, Progress progress, Consumer<Check> sink) throws IOException {
        this(workDir, device, false, progress, sink);
    }

    /**
     * @param workDir  (Input) directory for run outputs and plots (created).
     * @param device   (Input) device spec for runs ("cpu", "opencl", ...).
     * @param full     (Input) whether suites run their long variants.
     * @param progress (Input) progress sink.
     * @param sink     (Input) receives each check as it is made.
     */
    public SuiteContext(Path workDir, String device, boolean full, Progress progress, Consumer<Check> sink)
            throws IOException {
        this.workDir = Files.createDirectories(workDir);
        this.device = device;
        this.full = full;
        this.progress = progress;
        this.sink = sink;
    }

    /** Records a check. */
    public Check check(Check c) {
        checks.add(c);
        sink.accept(c);
        return c;
    }

    /** Adds a report section. */
    public void section(String title, String markdown, List<Path> plots) {
        sections.add(new Section(title, markdown, plots));
    }

    /** @return a directory under the work directory (created). */
    public Path dir(String name) throws IOException {
        return Files.createDirectories(workDir.resolve(name));
    }

    public Path workDir() {
        return workDir;
    }

    public String device() {
        return device;
    }

    /** @return whether suites run their long variants (finer meshes, more points) instead of the CI ones. */
    public boolean full() {
        return full;
    }

    public Progress progress() {
        return progress;
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Section> sections() {
        return sections;
    }
}
