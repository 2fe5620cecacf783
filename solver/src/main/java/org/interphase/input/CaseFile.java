package org.interphase.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A case file: YAML whose values are numbers with units, read through {@link CaseSection} getters that
 * name the file line of every bad value.
 *
 * <p>Life cycle: {@link #load} (parse, apply {@code --set} overrides), the model reads what it needs
 * from {@link #root()}, {@link #finish()} rejects every key nobody read (before any heavy work), and
 * {@link #resolved()} gives everything read, defaults included, for the run manifest. The YAML is
 * composed with SnakeYAML's node API so that each value keeps its line; see docs/case-files.md.
 */
public final class CaseFile {

    private final Path file;
    private final String display;
    private final CaseSection root;

    private CaseFile(Path file, CaseNode tree) {
        this.file = file;
        this.display = file.toString();
        this.root = new CaseSection(this, "", "", tree);
    }

    /**
     * Reads a case file and applies command-line overrides.
     *
     * @param file (Input) the YAML file; messages name it as given
     * @param sets (Input) overrides "a.b.c=value", the value read as YAML ("4 nm", "12", "true",
     *             "[1, 2]"); list items by index ("bcs.0.value=1 mm"). Not modified.
     * @throws InputException for an unreadable file, a YAML syntax error ("file:line:column: problem"),
     *                        a top level that is not a mapping, a duplicate key or a bad override
     */
    public static CaseFile load(Path file, List<String> sets) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputException.of("%s: cannot read the case file (%s); check the path", file, e);
        }
        return parse(text, file, sets);
    }

    /**
     * Like {@link #load}, for YAML text already in memory.
     *
     * @param text (Input) the YAML text. Not modified.
     * @param file (Input) the file it stands for: named in messages, and its folder resolves paths
     */
    public static CaseFile parse(String text, Path file, List<String> sets) {
        String name = file.toString();
        Node n = compose(new StringReader(text), name, null);
        if (n == null) {
            throw InputException.of("%s:1: the case file is empty; it must be a mapping of keys (key: value lines)",
                    name);
        }
        CaseNode tree = CaseNode.of(n, name, null, "");
        if (tree.kind != CaseNode.Kind.MAPPING) {
            throw InputException.of("%s:%d: the top level must be a mapping of keys (key: value lines), got %s", name,
                    tree.line, tree.describe());
        }
        for (String s : sets) {
            override(tree, s, name);
        }
        return new CaseFile(file, tree);
    }

    /** The top-level section. */
    public CaseSection root() {
        return root;
    }

    /** The case file as given to {@link #load}. */
    public Path file() {
        return file;
    }

    /** The folder relative paths in the file are resolved against. */
    public Path directory() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }

    String display() {
        return display;
    }

    /**
     * Fails when the file has keys that nobody asked for: one line per unknown key, each with its
     * "file:line: dotted.key", a "did you mean" when a known key is within two edits, and the keys
     * known in that section. Call it after the model has read its input and before heavy work.
     */
    public void finish() {
        List<String> unknown = new ArrayList<>();
        root.unknownKeys(unknown);
        if (!unknown.isEmpty()) {
            throw new InputException(String.join("\n", unknown)
                    + (unknown.size() > 1 ? "\n(" + unknown.size() + " unknown keys; remove or correct them)" : ""));
        }
    }

    /**
     * Everything read so far, as nested maps and lists in the order it was read, with defaults filled in.
     * Texts are Strings, integers Integers, dimensionless numbers Doubles, booleans Booleans, paths
     * absolute Strings; a quantity with a unit is a map {@code {value: SI number, unit: "Pa", text:
     * "200 GPa"}} ({@code text} is absent for a default; for a list of quantities value and text are
     * lists). The result is an unmodifiable copy.
     */
    public Map<String, Object> resolved() {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) freeze(root.resolvedValues());
        return copy;
    }

    private static Object freeze(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, freeze(v)));
            return Collections.unmodifiableMap(out);
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(freeze(v)));
            return Collections.unmodifiableList(out);
        }
        return o;
    }

    /** Composes YAML into nodes; syntax errors become "where:line:column: problem". */
    private static Node compose(Reader reader, String file, String setPath) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            if (setPath != null) {
                throw new InputException("--set " + setPath + ": cannot read the value as YAML: " + e.getProblem()
                        + context, e);
            }
            String where = m == null ? file : file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
            throw new InputException(where + ": " + e.getProblem() + context
                    + "; check the indentation, colons and quotes here", e);
        } catch (YAMLException e) {
            throw new InputException((setPath != null ? "--set " + setPath : file) + ": " + e.getMessage(), e);
        }
    }

    /** Applies one "a.b.c=value" to the tree; the parent of the last key must exist. */
    private static void override(CaseNode tree, String assignment, String file) {
        int eq = assignment.indexOf('=');
        String path = eq < 0 ? "" : assignment.substring(0, eq).strip();
        if (eq < 0 || path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
            throw InputException.of("--set \"%s\": expected key.path=value, e.g. --set materials.film.E=30GPa",
                    assignment);
        }
        String[] parts = path.split("\\.");
        Node n = compose(new StringReader(assignment.substring(eq + 1)), file, path);
        CaseNode value = CaseNode.of(n != null ? n : compose(new StringReader("~"), file, path), file, path, path);
        CaseNode at = tree;
        String done = "";
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (at.kind == CaseNode.Kind.MAPPING) {
                if (last) {
                    at.entries.put(part, value);
                    return;
                }
                CaseNode next = at.entries.get(part);
                if (next == null) {
                    String hint = EditDistance.closest(part, at.entries.keySet());
                    throw InputException.of("--set %s: %s does not exist in %s%s; keys there: %s", path,
                            CaseNode.join(done, part), file, hint == null ? "" : " (did you mean " + hint + "?)",
                            String.join(", ", at.entries.keySet()));
                }
                at = next;
            } else if (at.kind == CaseNode.Kind.SEQUENCE) {
                int index = part.matches("\\d{1,9}") ? Integer.parseInt(part) : -1;
                if (index < 0 || index >= at.items.size()) {
                    throw InputException.of("--set %s: %s is a list of %d items, so '%s' must be an index from 0 to %d",
                            path, done, at.items.size(), part, at.items.size() - 1);
                }
                if (last) {
                    at.items.set(index, value);
                    return;
                }
                at = at.items.get(index);
            } else {
                throw InputException.of("--set %s: %s is %s, which has no key '%s'", path, done, at.describe(),
                        part);
            }
            done = CaseNode.join(done, part);
        }
    }
}
