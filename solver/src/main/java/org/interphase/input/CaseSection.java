package org.interphase.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.interphase.core.InputException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of a case file (the top level, {@code materials.plate}, {@code bcs.0}) with typed access.
 *
 * <p>Every getter records the key it was asked for, so that {@link CaseFile#finish()} can name the keys
 * nobody read, and records the value it returned (defaults included, quantities in SI) for
 * {@link CaseFile#resolved()}. Every error is an {@link InputException} whose message starts with
 * "file:line: dotted.key: ", or "--set dotted.key: " for a value given on the command line.
 *
 * <p>A key written with no value ({@code E:}) is an error for a scalar getter and an empty mapping or
 * list for {@link #section}, {@link #optSection}, {@link #sections} and {@link #list}. Asking the same
 * section twice returns the same object.
 */
public final class CaseSection {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private final CaseFile owner;
    private final String key;
    private final String name;
    private final CaseNode node;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Map<String, Object> resolved = new LinkedHashMap<>();
    private final Map<String, Object> children = new HashMap<>();

    CaseSection(CaseFile owner, String key, String name, CaseNode node) {
        this.owner = owner;
        this.key = key;
        this.name = name;
        this.node = node;
    }

    /** The last part of the dotted key: "plate" for {@code materials.plate}, "0" for {@code bcs.0}. */
    public String name() {
        return name;
    }

    /** The dotted key of this section ("" at the top level). */
    public String key() {
        return key;
    }

    /** Where this section starts: "file:line" of its key, or "--set path". */
    public String where() {
        return node.where(owner.display(), true);
    }

    /** The keys written in this section, in file order (after {@code --set}). Asks for none of them. */
    public List<String> keys() {
        return List.copyOf(node.entries.keySet());
    }

    /** Whether {@code key} is written here; counts as asking for it. */
    public boolean has(String key) {
        asked.add(key);
        return node.entries.containsKey(key);
    }

    /** The required mapping under {@code key}. */
    public CaseSection section(String key) {
        if (children.get(key) instanceof CaseSection s) {
            return s;
        }
        CaseNode v = lookup(key);
        if (v == null) {
            throw missing(key, "a mapping of keys");
        }
        return child(key, v);
    }

    /**
     * The mapping under {@code key}, or an empty section when the key is absent, so that defaults read
     * from it still reach {@link CaseFile#resolved()}. Use {@link #has} to tell the two apart.
     */
    public CaseSection optSection(String key) {
        if (children.get(key) instanceof CaseSection s) {
            return s;
        }
        CaseNode v = lookup(key);
        return child(key, v == null ? CaseNode.emptyMapping(node) : v);
    }

    /**
     * A required mapping of named mappings, such as {@code materials: {plate: {E: 1 GPa}}}, in file order;
     * every name counts as read, the keys inside each are tracked.
     */
    public Map<String, CaseSection> sections(String key) {
        if (children.get(key) instanceof Map<?, ?> cached) {
            @SuppressWarnings("unchecked")
            Map<String, CaseSection> m = (Map<String, CaseSection>) cached;
            return m;
        }
        String dotted = dotted(key);
        CaseNode v = mappingOf(dotted, required(key, "a mapping of named sections"));
        Map<String, CaseSection> out = new LinkedHashMap<>();
        Map<String, Object> res = new LinkedHashMap<>();
        for (Map.Entry<String, CaseNode> e : v.entries.entrySet()) {
            String sub = CaseNode.join(dotted, e.getKey());
            CaseSection s = new CaseSection(owner, sub, e.getKey(), mappingOf(sub, e.getValue()));
            out.put(e.getKey(), s);
            res.put(e.getKey(), s.resolved);
        }
        Map<String, CaseSection> view = Collections.unmodifiableMap(out);
        children.put(key, view);
        resolved.put(key, res);
        return view;
    }

    /** A required list of mappings, such as {@code bcs: [{boundary: left, ...}, ...]}; item i is "key.i". */
    public List<CaseSection> list(String key) {
        if (children.get(key) instanceof List<?> cached) {
            @SuppressWarnings("unchecked")
            List<CaseSection> l = (List<CaseSection>) cached;
            return l;
        }
        CaseNode v = required(key, "a list of mappings");
        String dotted = dotted(key);
        List<CaseSection> out = new ArrayList<>();
        List<Object> res = new ArrayList<>();
        if (!v.isNull()) {
            if (v.kind != CaseNode.Kind.SEQUENCE) {
                throw wrongType(key, v, "a list of mappings (lines starting with '- ')");
            }
            for (CaseNode item : v.items) {
                String index = Integer.toString(out.size());
                String sub = CaseNode.join(dotted, index);
                CaseSection s = new CaseSection(owner, sub, index, mappingOf(sub, item));
                out.add(s);
                res.add(s.resolved);
            }
        }
        List<CaseSection> view = Collections.unmodifiableList(out);
        children.put(key, view);
        resolved.put(key, res);
        return view;
    }

    /** The required text under {@code key}. */
    public String string(String key) {
        return string(key, null);
    }

    /** The text under {@code key}, or {@code def} when absent ({@code def} null: required). */
    public String string(String key, String def) {
        CaseNode v = scalar(key, "a text", def == null);
        String s = v == null ? def : v.text;
        resolved.put(key, s);
        return s;
    }

    /**
     * One of {@code allowed} (exact spelling), or {@code def} when absent.
     *
     * @param def (Input) the default; null makes the key required
     */
    public String choice(String key, String def, String... allowed) {
        String what = "one of " + String.join(", ", allowed);
        CaseNode v = scalar(key, what, def == null);
        if (v == null) {
            resolved.put(key, def);
            return def;
        }
        if (!Arrays.asList(allowed).contains(v.text)) {
            String hint = EditDistance.closest(v.text, Arrays.asList(allowed));
            throw fail(v, key, "expected %s, got \"%s\"%s", what, v.text,
                    hint == null ? "" : " (did you mean " + hint + "?)");
        }
        resolved.put(key, v.text);
        return v.text;
    }

    /** The required integer under {@code key}. */
    public int integer(String key) {
        return integer(key, null, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The integer under {@code key}, or {@code def} when absent. */
    public int integer(String key, int def) {
        return integer(key, def, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The integer under {@code key} (or {@code def} when absent; null: required), which must lie in
     * [min, max].
     */
    public int integer(String key, Integer def, int min, int max) {
        CaseNode v = scalar(key, "an integer", def == null);
        int value;
        if (v == null) {
            value = def;
        } else {
            String t = v.text.strip().replace("_", "");
            long n;
            try {
                n = INTEGER.matcher(t).matches() ? Long.parseLong(t) : Long.MIN_VALUE;
            } catch (NumberFormatException e) {
                n = Long.MIN_VALUE;
            }
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw fail(v, key, "expected an integer, got \"%s\"", v.text);
            }
            value = (int) n;
            if (value < min || value > max) {
                throw fail(v, key, "must be %s, got %d", range(min, max), value);
            }
        }
        resolved.put(key, value);
        return value;
    }

    /** The required dimensionless number under {@code key} ("0.3", "50 %", "90 deg" in radians). */
    public double real(String key) {
        return number(key, Dimension.DIMENSIONLESS, null);
    }

    /** The dimensionless number under {@code key}, or {@code def} when absent. */
    public double real(String key, double def) {
        return number(key, Dimension.DIMENSIONLESS, def);
    }

    /**
     * The required quantity under {@code key}, in SI units: "59 MPa" checked to be of dimension {@code dim},
     * or a bare number taken as SI.
     */
    public double quantity(String key, Dimension dim) {
        return number(key, dim, null);
    }

    /** The quantity under {@code key} in SI units, or {@code def} (SI) when absent. */
    public double quantity(String key, Dimension dim, double def) {
        return number(key, dim, def);
    }

    /** A required list of quantities of dimension {@code dim}, in SI units; a single value is a list of one. */
    public double[] quantities(String key, Dimension dim) {
        List<CaseNode> items = scalars(key, dim.describe());
        double[] out = new double[items.size()];
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            CaseNode item = items.get(i);
            out[i] = toSi(item, key + "." + i, dim);
            texts.add(item.text);
        }
        List<Double> values = new ArrayList<>();
        for (double x : out) {
            values.add(x);
        }
        resolved.put(key, quantityRecord(values, dim, texts));
        return out;
    }

    /** The required boolean under {@code key} (true/false; YAML also reads yes/no and on/off). */
    public boolean bool(String key) {
        return bool(key, null);
    }

    /** The boolean under {@code key}, or {@code def} when absent (null: required). */
    public boolean bool(String key, Boolean def) {
        CaseNode v = scalar(key, "true or false", def == null);
        boolean b;
        if (v == null) {
            b = def;
        } else if (Tag.BOOL.equals(v.tag)) {
            String t = v.text.toLowerCase(Locale.ROOT);
            b = t.equals("true") || t.equals("yes") || t.equals("on");
        } else {
            throw fail(v, key, "expected true or false, got \"%s\"", v.text);
        }
        resolved.put(key, b);
        return b;
    }

    /**
     * The required file path under {@code key}: relative to the case file's folder when written in the
     * file, relative to the working directory when given by {@code --set}. Whether it exists is the
     * caller's question.
     */
    public Path path(String key) {
        CaseNode v = scalar(key, "a file path", true);
        Path base = v.setPath != null ? Path.of("").toAbsolutePath() : owner.directory();
        Path p = base.resolve(v.text.strip()).normalize();
        resolved.put(key, p.toString());
        return p;
    }

    /** A required list of texts; a single text is a list of one. */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (CaseNode item : scalars(key, "a list of texts")) {
            out.add(item.text);
        }
        resolved.put(key, List.copyOf(out));
        return List.copyOf(out);
    }

    /**
     * An exception about the value of {@code key} for physics code ("region not in the mesh"): it
     * starts with the key's "file:line: dotted.key: ", or with this section's line when the key is absent.
     */
    public InputException error(String key, String format, Object... args) {
        CaseNode v = node.entries.get(key);
        return CaseNode.error(v != null ? v.where(owner.display(), true) : where(), dotted(key), format, args);
    }

    /** An exception about this whole section, starting with its "file:line: dotted.key: ". */
    public InputException invalid(String format, Object... args) {
        return CaseNode.error(where(), key, format, args);
    }

    Map<String, Object> resolvedValues() {
        return resolved;
    }

    /**
     * Adds a line "file:line: dotted.key: unknown key ..." to {@code out} for every key of this section
     * (and, recursively, of the sections read from it) that nobody asked for.
     */
    void unknownKeys(List<String> out) {
        for (Map.Entry<String, CaseNode> e : node.entries.entrySet()) {
            String k = e.getKey();
            if (!asked.contains(k)) {
                String hint = EditDistance.closest(k, asked);
                String place = key.isEmpty() ? "the top level" : key;
                out.add(String.format(Locale.ROOT, "%s: %s: unknown key%s; %s", e.getValue().where(owner.display(),
                        true), dotted(k), hint == null ? "" : " (did you mean '" + hint + "'?)",
                        asked.isEmpty() ? "no keys are read in " + place
                                : "known keys in " + place + ": " + String.join(", ", asked)));
                continue;
            }
            Object c = children.get(k);
            if (c instanceof CaseSection s) {
                s.unknownKeys(out);
            } else if (c instanceof Map<?, ?> m) {
                m.values().forEach(s -> ((CaseSection) s).unknownKeys(out));
            } else if (c instanceof List<?> l) {
                l.forEach(s -> ((CaseSection) s).unknownKeys(out));
            }
        }
    }

    private CaseSection child(String key, CaseNode v) {
        CaseSection s = new CaseSection(owner, dotted(key), key, mappingOf(dotted(key), v));
        children.put(key, s);
        resolved.put(key, s.resolved);
        return s;
    }

    /** {@code v} as a mapping (no value: an empty one); {@code dottedKey} names it in messages. */
    private CaseNode mappingOf(String dottedKey, CaseNode v) {
        if (v.isNull()) {
            return CaseNode.emptyMapping(v);
        }
        if (v.kind != CaseNode.Kind.MAPPING) {
            throw CaseNode.error(v.where(owner.display(), false), dottedKey,
                    "expected a mapping (indented key: value lines), got %s", v.describe());
        }
        return v;
    }

    private double number(String key, Dimension dim, Double def) {
        CaseNode v = scalar(key, dim.describe(), def == null);
        double x = v == null ? def : toSi(v, key, dim);
        if (dim.equals(Dimension.DIMENSIONLESS)) {
            resolved.put(key, x);
        } else {
            resolved.put(key, quantityRecord(x, dim, v == null ? null : v.text));
        }
        return x;
    }

    private double toSi(CaseNode v, String key, Dimension dim) {
        Quantity q;
        try {
            q = Units.parse(v.text);
        } catch (InputException e) {
            throw fail(v, key, "%s", e.getMessage());
        }
        if (Units.isBareNumber(v.text)) {
            return q.si();
        }
        try {
            return Units.require(q, dim);
        } catch (InputException e) {
            throw fail(v, key, "%s in \"%s\"", e.getMessage(), v.text);
        }
    }

    /** The manifest record of a quantity: {value: SI number(s), unit: SI unit, text: as written}. */
    private static Map<String, Object> quantityRecord(Object value, Dimension dim, Object text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("unit", dim.toString());
        if (text != null) {
            m.put("text", text);
        }
        return m;
    }

    /** The scalar at {@code key}; null when absent and not required. */
    private CaseNode scalar(String key, String what, boolean required) {
        CaseNode v = required ? required(key, what) : lookup(key);
        if (v == null) {
            return null;
        }
        if (v.kind != CaseNode.Kind.SCALAR) {
            throw wrongType(key, v, what);
        }
        if (v.isNull()) {
            throw fail(v, key, "no value given; write %s%s", what, required ? "" : " or delete the line");
        }
        return v;
    }

    /** The items of a required list of scalars at {@code key}; a single scalar is a list of one. */
    private List<CaseNode> scalars(String key, String what) {
        CaseNode v = required(key, what);
        if (v.kind == CaseNode.Kind.SCALAR) {
            return List.of(scalar(key, what, true));
        }
        if (v.kind != CaseNode.Kind.SEQUENCE) {
            throw wrongType(key, v, what);
        }
        for (int i = 0; i < v.items.size(); i++) {
            CaseNode item = v.items.get(i);
            if (item.kind != CaseNode.Kind.SCALAR || item.isNull()) {
                throw fail(item, key + "." + i, "expected %s, got %s", what, item.describe());
            }
        }
        return v.items;
    }

    private CaseNode lookup(String key) {
        asked.add(key);
        return node.entries.get(key);
    }

    private CaseNode required(String key, String what) {
        CaseNode v = lookup(key);
        if (v == null) {
            throw missing(key, what);
        }
        return v;
    }

    private InputException missing(String key, String what) {
        List<String> unread = new ArrayList<>(node.entries.keySet());
        unread.removeAll(asked);
        String near = EditDistance.closest(key, unread);
        String hint = near == null ? ""
                : String.format(Locale.ROOT, " (is '%s' at %s a misspelling of it?)", near,
                        node.entries.get(near).where(owner.display(), true));
        return CaseNode.error(where(), dotted(key), "required key is missing; add \"%s: <%s>\" %s%s", key, what,
                this.key.isEmpty() ? "at the top level" : "under " + this.key, hint);
    }

    private InputException wrongType(String key, CaseNode v, String what) {
        return fail(v, key, "expected %s, got %s", what, v.describe());
    }

    private InputException fail(CaseNode v, String key, String format, Object... args) {
        return CaseNode.error(v.where(owner.display(), false), dotted(key), format, args);
    }

    private String dotted(String k) {
        return CaseNode.join(key, k);
    }

    private static String range(int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return "at least " + min;
        }
        return min == Integer.MIN_VALUE ? "at most " + max : "between " + min + " and " + max;
    }
}
