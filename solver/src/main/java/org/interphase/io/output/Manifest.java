package org.interphase.io.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interphase.core.Checks;

/**
 * The record of one run, written as {@code manifest.json} beside its output: which Interphase, on which
 * device, from which command line and case file, the resolved case (every value after defaults and unit
 * conversion), when it started and ended, how it ended, and a free map of results (energies, step counts,
 * wall times). Write it at the start (status "running", no end time) and again when the run ends, so that
 * a crashed run still leaves a manifest saying what was run.
 *
 * <pre>
 * {
 *   "interphase_version": "0.1.0",
 *   "device": "cpu",
 *   "command_line": ["run", "cases/x.yaml"],
 *   "case_file": "cases/x.yaml",
 *   "case": {...},
 *   "start_time": "2025-01-01T00:00:00Z",
 *   "end_time": null,
 *   "status": "running",
 *   "results": {...}
 * }
 * </pre>
 */
public final class Manifest {

    /** The manifest's file name inside an output directory. */
    public static final String FILE_NAME = "manifest.json";

    private final String version;
    private final String device;
    private final List<String> commandLine;
    private final String caseFile;
    private final Map<String, Object> resolvedCase;
    private final Instant start;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private Instant end;
    private String status = "running";

    /**
     * @param version      (Input) the Interphase version.
     * @param device       (Input) the compute device actually used (after any fallback), e.g. "cpu".
     * @param commandLine  (Input) the program arguments. Copied.
     * @param caseFile     (Input) the case file as given, or null when the run has none.
     * @param resolvedCase (Input) the resolved case: nested maps and lists of strings, numbers and
     *                     booleans. Kept, not copied; written as it is when the manifest is written.
     * @param start        (Input) when the run started.
     */
    public Manifest(String version, String device, List<String> commandLine, Path caseFile,
            Map<String, Object> resolvedCase, Instant start) {
        this.version = version;
        this.device = device;
        this.commandLine = List.copyOf(commandLine);
        this.caseFile = caseFile == null ? null : caseFile.toString();
        this.resolvedCase = resolvedCase;
        this.start = start;
    }

    /**
     * Adds or replaces one result.
     *
     * @param key   (Input) result name.
     * @param value (Input) a string, number, boolean, list or map (see {@link Json}).
     * @return this manifest.
     */
    public Manifest result(String key, Object value) {
        results.put(key, value);
        return this;
    }

    /**
     * Records the end of the run.
     *
     * @param end    (Input) when the run ended.
     * @param status (Input) how it ended, e.g. "completed", "input error", "solver failure".
     * @return this manifest.
     */
    public Manifest finish(Instant end, String status) {
        Checks.verify(status != null && !status.isBlank(), "a finished run needs a status");
        this.end = end;
        this.status = status;
        return this;
    }

    /** @return the manifest as an ordered map, as it is written. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("interphase_version", version);
        m.put("device", device);
        m.put("command_line", new ArrayList<>(commandLine));
        m.put("case_file", caseFile);
        m.put("case", resolvedCase);
        m.put("start_time", start);
        m.put("end_time", end);
        m.put("status", status);
        m.put("results", Collections.unmodifiableMap(results));
        return m;
    }

    /** @return the manifest's JSON text, ending with a line break. */
    public String toJson() {
        return Json.write(toMap()) + "\n";
    }

    /**
     * Writes (or atomically replaces) {@code <outputDir>/manifest.json}.
     *
     * @param outputDir (Input) the run's output directory, created when absent.
     * @return the manifest file.
     */
    public Path writeInto(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        AtomicFiles.write(file, toJson().getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
