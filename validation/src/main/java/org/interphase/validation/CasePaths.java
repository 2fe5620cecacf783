package org.interphase.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interphase.core.InputException;

/**
 * Finds the project's {@code cases/} folder: from the {@code interphase.home} system property (the
 * launcher and the build set it), else by walking up from the working directory.
 */
public final class CasePaths {

    private CasePaths() {
    }

    /** @return the project root (the folder that holds cases/ and meshes/). */
    public static Path home() {
        String h = System.getProperty("interphase.home");
        if (h != null && Files.isDirectory(Path.of(h, "cases"))) {
            return Path.of(h);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("cases")) && Files.isDirectory(p.resolve("meshes"))) {
                return p;
            }
            p = p.getParent();
        }
        throw InputException.of("cannot find the Interphase cases/ folder from %s; run from the project folder or "
                + "set -Dinterphase.home", Path.of("").toAbsolutePath());
    }

    /** @return a case file under cases/. */
    public static Path caseFile(String relative) {
        return home().resolve("cases").resolve(relative);
    }
}
