package org.interphase.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of style.md, enforced: only kernels/ imports the JOCL binding; library code never
 * prints (only the CLI commands do); dependencies point kernels <- solver <- validation.
 */
class CodeStandardsTest {

    /** The JOCL package, spelled so that this file's own text does not trip source scans for its imports. */
    private static final String JOCL = String.join(".", "org", "jocl");

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Path root() {
        return CasePaths.home();
    }

    @Test
    void onlyKernelsImportsJocl() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String module : new String[] {"solver", "validation"}) {
            for (Path p : javaFiles(root().resolve(module).resolve("src"))) {
                if (Files.readString(p).matches("(?sm).*^import " + Pattern.quote(JOCL) + "\\b.*")) {
                    bad.add(root().relativize(p).toString());
                }
            }
        }
        assertTrue(bad.isEmpty(), JOCL + " imported outside kernels/: " + bad);
    }

    @Test
    void libraryCodeDoesNotPrint() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String module : new String[] {"kernels", "solver", "validation"}) {
            for (Path p : javaFiles(root().resolve(module).resolve("src/main/java"))) {
                String rel = root().relativize(p).toString().replace('\\', '/');
                boolean cli = rel.contains("/org/interphase/cli/") || p.getFileName().toString().endsWith("Command.java");
                if (!cli && Files.readString(p).matches("(?s).*System\\.(out|err)\\.print.*")) {
                    bad.add(rel);
                }
            }
        }
        assertTrue(bad.isEmpty(), "library code prints (only CLI commands may): " + bad);
    }

    @Test
    void dependenciesPointOneWay() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path p : javaFiles(root().resolve("kernels/src/main/java"))) {
            String s = Files.readString(p);
            if (s.matches("(?s).*import org\\.interphase\\.(?!kernels)[a-z]+.*")) {
                bad.add(root().relativize(p).toString());
            }
        }
        for (Path p : javaFiles(root().resolve("solver/src/main/java"))) {
            if (Files.readString(p).contains("import org.interphase.validation")) {
                bad.add(root().relativize(p).toString());
            }
        }
        assertTrue(bad.isEmpty(), "imports against kernels <- solver <- validation: " + bad);
    }
}
