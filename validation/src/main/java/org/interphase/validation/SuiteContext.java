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
 * directory for its runs' output, progress, and the device to run on.
 */
public final class SuiteContext {

    /** A section of the report: Markdown text plus plots already written as PNG files. */
    public record Section(String title, String markdown, List<Path> plots) {
    }

    private final Path workDir;
    private final String device;
    private final Progress progress;
    private final Consumer<Check> sink;
    private final List<Check> checks = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    /**
     * @param workDir  (Input) directory for run outputs and plots (created).
     * @param device   (Input) device spec for runs ("cpu", "opencl", ...).
     * @param progress (Input) progress sink.
     * @param sink     (Input) receives each check as it is made.
     */
    public SuiteContext(Path workDir, String device, Progress progress, Consumer<Check> sink) throws IOException {
        this.workDir = Files.createDirectories(workDir);
        this.device = device;
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
