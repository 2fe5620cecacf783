package org.interphase.input;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.InputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a case file with its origin: a mapping (keys in file order), a sequence, or a scalar
 * (its text and the YAML tag it resolved to). Built from SnakeYAML's composed nodes, with duplicate
 * keys rejected (the composer keeps them) and merge keys ({@code <<: *anchor}) expanded, so that each
 * place in the file is its own node and is tracked on its own.
 */
final class CaseNode {

    enum Kind { MAPPING, SEQUENCE, SCALAR }

    final Kind kind;
    /** 1-based line where the value starts; 0 when it came from {@code --set}. */
    final int line;
    /** 1-based line of the key that holds this value (its own line for list items and the root). */
    int keyLine;
    /** The {@code --set} path this value came from, or null when it came from the file. */
    final String setPath;
    final Map<String, CaseNode> entries;
    final List<CaseNode> items;
    final String text;
    final Tag tag;

    private CaseNode(Kind kind, int line, String setPath, String text, Tag tag) {
        this.kind = kind;
        this.line = line;
        this.keyLine = line;
        this.setPath = setPath;
        this.entries = kind == Kind.MAPPING ? new LinkedHashMap<>() : null;
        this.items = kind == Kind.SEQUENCE ? new ArrayList<>() : null;
        this.text = text;
        this.tag = tag;
    }

    /** An empty mapping that stands for an absent optional section, placed at {@code at}. */
    static CaseNode emptyMapping(CaseNode at) {
        return new CaseNode(Kind.MAPPING, at.keyLine, at.setPath, null, Tag.MAP);
    }

    boolean isNull() {
        return kind == Kind.SCALAR && Tag.NULL.equals(tag);
    }

    /** "a mapping", "a list" or "the value "x"", for messages. */
    String describe() {
        return switch (kind) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            case SCALAR -> isNull() ? "no value" : "the value \"" + text + "\"";
        };
    }

    /** Where this value (or, with {@code key}, its key) is: "file:line" or "--set a.b.c". */
    String where(String file, boolean key) {
        return setPath != null ? "--set " + setPath : file + ":" + (key ? keyLine : line);
    }

    /**
     * Converts a composed YAML node.
     *
     * @param n       (Input) the node. Not modified.
     * @param file    (Input) the file name for messages
     * @param setPath (Input) the {@code --set} path the node came from, or null for the file
     * @param key     (Input) the dotted key of this node, for messages
     */
    static CaseNode of(Node n, String file, String setPath, String key) {
        return convert(n, file, setPath, key, new IdentityHashMap<>());
    }

    private static CaseNode convert(Node n, String file, String setPath, String key, Map<Node, Boolean> open) {
        int line = setPath != null ? 0 : n.getStartMark().getLine() + 1;
        if (n instanceof ScalarNode s) {
            return new CaseNode(Kind.SCALAR, line, setPath, s.getValue(), s.getTag());
        }
        if (open.put(n, Boolean.TRUE) != null) {
            throw fail(file, setPath, line, key, "an alias refers to a value that contains it; remove the cycle");
        }
        CaseNode c;
        if (n instanceof SequenceNode seq) {
            c = new CaseNode(Kind.SEQUENCE, line, setPath, null, Tag.SEQ);
            for (Node item : seq.getValue()) {
                c.items.add(convert(item, file, setPath, join(key, Integer.toString(c.items.size())), open));
            }
        } else {
            c = mapping((MappingNode) n, line, file, setPath, key, open);
        }
        open.remove(n);
        return c;
    }

    private static CaseNode mapping(MappingNode m, int line, String file, String setPath, String key,
            Map<Node, Boolean> open) {
        CaseNode c = new CaseNode(Kind.MAPPING, line, setPath, null, Tag.MAP);
        List<NodeTuple> merges = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            int keyLine = setPath != null ? 0 : k.getStartMark().getLine() + 1;
            if (Tag.MERGE.equals(k.getTag())) {
                merges.add(t);
                continue;
            }
            if (!(k instanceof ScalarNode ks)) {
                throw fail(file, setPath, keyLine, key, "a key must be a plain name, not a mapping or a list");
            }
            String name = ks.getValue();
            CaseNode first = c.entries.get(name);
            if (first != null) {
                throw fail(file, setPath, keyLine, join(key, name), "duplicate key (first given at line %d); keep one",
                        first.keyLine);
            }
            CaseNode v = convert(t.getValueNode(), file, setPath, join(key, name), open);
            v.keyLine = keyLine;
            c.entries.put(name, v);
        }
        for (NodeTuple t : merges) {
            Node v = t.getValueNode();
            List<Node> sources = v instanceof SequenceNode s ? s.getValue() : List.of(v);
            for (Node src : sources) {
                CaseNode merged = convert(src, file, setPath, key, open);
                if (merged.kind != Kind.MAPPING) {
                    throw fail(file, setPath, merged.line, key, "'<<' must merge a mapping or a list of mappings");
                }
                merged.entries.forEach(c.entries::putIfAbsent);
            }
        }
        return c;
    }

    static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static InputException fail(String file, String setPath, int line, String key, String fmt,
            Object... args) {
        return error(setPath != null ? "--set " + setPath : file + ":" + line, key, fmt, args);
    }

    /** The case-file error "where: dotted.key: problem" (without the key part at the top level). */
    static InputException error(String where, String key, String fmt, Object... args) {
        String problem = String.format(Locale.ROOT, fmt, args);
        return new InputException(where + ": " + (key.isEmpty() ? "" : key + ": ") + problem);
    }
}
