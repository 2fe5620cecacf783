package org.interphase.io.output;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A small JSON writer (RFC 8259) for manifests and metadata, pretty-printed with two-space indents.
 *
 * <p>Values: null; {@link Boolean}; numbers (integers as written, {@link Double} and {@link Float} in
 * their shortest round-trip form, NaN and infinities as {@code null}, which JSON cannot represent);
 * {@link CharSequence}, {@link Character}, {@link Enum}, {@link Path} and dates as strings;
 * {@link Map} as an object (keys by {@code String.valueOf}, in the map's iteration order); {@link Collection}
 * and Java arrays as arrays. Strings escape quote, backslash and every control character; an array of
 * scalars stays on one line. Anything else is a programming error.
 */
public final class Json {

    private static final int MAX_DEPTH = 64;

    private Json() {
    }

    /**
     * @param value (Input) the value to write. Not modified.
     * @return its JSON text, without a trailing line break.
     * @throws IllegalArgumentException for a value of another type or nested deeper than 64 levels.
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value, 0);
        return out.toString();
    }

    private static void value(StringBuilder out, Object v, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON value nested deeper than " + MAX_DEPTH
                    + " levels; does it contain itself?");
        }
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Number) {
            out.append(number((Number) v));
        } else if (v instanceof CharSequence || v instanceof Character || v instanceof Enum || v instanceof Path
                || v instanceof TemporalAccessor) {
            string(out, v.toString());
        } else if (v instanceof Map) {
            object(out, (Map<?, ?>) v, depth);
        } else if (v instanceof Collection) {
            array(out, ((Collection<?>) v).toArray(), depth);
        } else if (v.getClass().isArray()) {
            Object[] items = new Object[Array.getLength(v)];
            for (int i = 0; i < items.length; i++) {
                items[i] = Array.get(v, i);
            }
            array(out, items, depth);
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON; convert it "
                    + "to a string, number, boolean, list or map first");
        }
    }

    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return "null";
            }
            return n instanceof Float ? Float.toString(n.floatValue()) : Double.toString(d);
        }
        if (n instanceof BigDecimal) {
            return ((BigDecimal) n).toString();
        }
        if (n instanceof BigInteger || n instanceof Long || n instanceof Integer || n instanceof Short
                || n instanceof Byte) {
            return n.toString();
        }
        double d = n.doubleValue();
        return Double.isFinite(d) ? Double.toString(d) : "null";
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            indent(out, depth + 1);
            string(out, String.valueOf(e.getKey()));
            out.append(": ");
            value(out, e.getValue(), depth + 1);
            out.append(it.hasNext() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
    }

    private static void array(StringBuilder out, Object[] items, int depth) {
        if (items.length == 0) {
            out.append("[]");
            return;
        }
        boolean flat = true;
        for (Object item : items) {
            flat &= !(item instanceof Map || item instanceof Collection || (item != null && item.getClass().isArray()));
        }
        out.append(flat ? "[" : "[\n");
        for (int i = 0; i < items.length; i++) {
            if (!flat) {
                indent(out, depth + 1);
            }
            value(out, items[i], depth + 1);
            if (i + 1 < items.length) {
                out.append(flat ? ", " : ",\n");
            }
        }
        if (!flat) {
            out.append('\n');
            indent(out, depth);
        }
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
