package org.interphase.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.interphase.core.Progress;

/**
 * Where and how a job runs: the output directory (created), the device spec, a progress sink, and what
 * goes into the manifest (command line, case file, resolved case).
 *
 * @param out          output directory.
 * @param device       device spec ("cpu", "opencl", "opencl:0:1").
 * @param progress     progress lines for the user.
 * @param commandLine  program arguments, for the manifest.
 * @param caseFile     the case file, or null.
 * @param resolvedCase the resolved case (nested maps), for the manifest.
 */
public record RunContext(Path out, String device, Progress progress, List<String> commandLine, Path caseFile,
        Map<String, Object> resolvedCase) {
}
