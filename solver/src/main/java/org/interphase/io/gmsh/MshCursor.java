package org.interphase.io.gmsh;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.interphase.core.InputException;

/**
 * A read position in the bytes of a .msh file: whitespace-separated ASCII tokens (numbers parsed in
 * place) and, in binary files, fixed-size ints, size_t values and doubles. Errors name the file and the
 * line (ASCII files) or byte offset (binary files) where the failing item starts.
 */
final class MshCursor {

    private final String file;
    private final byte[] b;
    private int pos;
    private int mark;
    private boolean binary;
    private ByteBuffer buffer;
    private int sizeT = 8;
    private String section = "$MeshFormat";

    MshCursor(String file, byte[] bytes) {
        this.file = file;
        this.b = bytes;
    }

    /** Switches to binary data with the given byte order and size_t width (4 or 8). */
    void binary(ByteOrder order, int sizeOfSizeT) {
        binary = true;
        buffer = ByteBuffer.wrap(b).order(order);
        sizeT = sizeOfSizeT;
    }

    boolean isBinary() {
        return binary;
    }

    /** Names the section being read, for truncation messages. */
    void section(String name) {
        section = name;
    }

    String file() {
        return file;
    }

    /** @return the position where the current item started, for later messages. */
    int mark() {
        return mark;
    }

    int remaining() {
        return b.length - pos;
    }

    /** @return false when only whitespace is left. */
    boolean hasToken() {
        skipSpace();
        return pos < b.length;
    }

    private void skipSpace() {
        while (pos < b.length && b[pos] <= ' ') {
            pos++;
        }
    }

    private int tokenEnd() {
        skipSpace();
        mark = pos;
        if (pos >= b.length) {
            throw truncated();
        }
        int e = pos;
        while (e < b.length && b[e] > ' ') {
            e++;
        }
        return e;
    }

    /** @return the next whitespace-separated token. */
    String token() {
        int e = tokenEnd();
        String s = new String(b, pos, e - pos, StandardCharsets.ISO_8859_1);
        pos = e;
        return s;
    }

    /** Consumes the rest of the current line, including its newline (after section headers in binary files). */
    void endOfLine() {
        while (pos < b.length && b[pos] != '\n') {
            pos++;
        }
        if (pos < b.length) {
            pos++;
        }
    }

    /**
     * @param what (Input) what the number is, for the message ("node tag").
     * @return the next token as an integer.
     */
    long nextLong(String what) {
        int e = tokenEnd();
        int p = pos;
        boolean negative = b[p] == '-';
        if (negative || b[p] == '+') {
            p++;
        }
        long v = 0;
        if (p == e || e - p > 18) {
            throw notA("an integer", what, e);
        }
        for (; p < e; p++) {
            int digit = b[p] - '0';
            if (digit < 0 || digit > 9) {
                throw notA("an integer", what, e);
            }
            v = 10 * v + digit;
        }
        pos = e;
        return negative ? -v : v;
    }

    /** @return the next token as an int. */
    int nextInt(String what) {
        long v = nextLong(what);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error("%s %d is out of range", what, v);
        }
        return (int) v;
    }

    /** @return the next token as a non-negative count, at most {@code max}. */
    int nextCount(String what, long max) {
        long v = nextLong(what);
        return checkCount(v, what, max);
    }

    private int checkCount(long v, String what, long max) {
        if (v < 0) {
            throw error("%s is negative (%d)", what, v);
        }
        if (v > max || v > Integer.MAX_VALUE - 8) {
            throw error("%s is %d, more than the rest of the file can hold: the file ends inside section %s; it "
                    + "is truncated or damaged: re-export or re-mesh it with Gmsh", what, v, section);
        }
        return (int) v;
    }

    /** @return the next token as a double. */
    double nextDouble(String what) {
        int e = tokenEnd();
        String s = new String(b, pos, e - pos, StandardCharsets.ISO_8859_1);
        try {
            double v = Double.parseDouble(s);
            pos = e;
            return v;
        } catch (NumberFormatException ex) {
            throw notA("a number", what, e);
        }
    }

    /** @return the next double-quoted string (a physical name), without the quotes. */
    String quoted(String what) {
        skipSpace();
        mark = pos;
        if (pos >= b.length) {
            throw truncated();
        }
        if (b[pos] != '"') {
            throw error("%s must be in double quotes", what);
        }
        int e = pos + 1;
        while (e < b.length && b[e] != '"' && b[e] != '\n') {
            e++;
        }
        if (e >= b.length || b[e] != '"') {
            throw error("%s has no closing double quote", what);
        }
        String s = new String(b, pos + 1, e - pos - 1, StandardCharsets.UTF_8);
        pos = e + 1;
        return s;
    }

    /** Moves past the next occurrence of {@code text}; a truncation error if there is none. */
    void skipPast(String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        mark = pos;
        outer:
        for (int p = pos; p + t.length <= b.length; p++) {
            for (int i = 0; i < t.length; i++) {
                if (b[p + i] != t[i]) {
                    continue outer;
                }
            }
            pos = p + t.length;
            return;
        }
        throw truncated();
    }

    private void need(long bytes) {
        mark = pos;
        if (bytes > b.length - pos) {
            throw truncated();
        }
    }

    /** @return the next binary int (4 bytes). */
    int readInt() {
        need(4);
        int v = buffer.getInt(pos);
        pos += 4;
        return v;
    }

    /** @return the next binary size_t (4 or 8 bytes per the header), as a long. */
    long readSize() {
        need(sizeT);
        long v = sizeT == 8 ? buffer.getLong(pos) : buffer.getInt(pos) & 0xFFFFFFFFL;
        pos += sizeT;
        return v;
    }

    /** @return the next binary size_t as a count, at most {@code max}. */
    int readCount(String what, long max) {
        return checkCount(readSize(), what, max);
    }

    /** @return the next binary double (8 bytes). */
    double readDouble() {
        need(8);
        double v = buffer.getDouble(pos);
        pos += 8;
        return v;
    }

    int sizeT() {
        return sizeT;
    }

    /** @return an error at the current item. */
    InputException error(String format, Object... args) {
        return errorAt(mark, format, args);
    }

    /** @return an error at byte position {@code at}. */
    InputException errorAt(int at, String format, Object... args) {
        return new InputException(String.format(Locale.ROOT, "Mesh file %s, %s: ", file, where(at))
                + String.format(Locale.ROOT, format, args));
    }

    /** @return "line N" (ASCII files) or "byte offset N" (binary files) of position {@code at}. */
    String where(int at) {
        if (binary) {
            return "byte offset " + at;
        }
        int line = 1;
        for (int i = 0; i < at && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return "line " + line;
    }

    private InputException truncated() {
        return errorAt(Math.min(pos, b.length), "the file ends inside section %s: it is truncated; re-export or "
                + "re-mesh it with Gmsh", section);
    }

    private InputException notA(String kind, String what, int end) {
        String found = new String(b, pos, Math.min(end - pos, 40), StandardCharsets.ISO_8859_1);
        return error("expected %s (%s), found '%s'", kind, what, found);
    }
}
