package org.interphase.io.gmsh;

import java.util.Arrays;

/**
 * Finds the index of a file tag (Gmsh node tags are positive, possibly sparse and unordered): a direct
 * table when the tags are dense enough, else binary search over (tag, index) pairs sorted by tag.
 */
final class TagIndex {

    private final int[] direct;
    private final long[] sorted;
    /** The first tag that occurs twice, or -1. */
    final long duplicate;

    private TagIndex(int[] direct, long[] sorted, long duplicate) {
        this.direct = direct;
        this.sorted = sorted;
        this.duplicate = duplicate;
    }

    /**
     * @param tags (Input) tag of each index, the first {@code n} entries, non-negative and below 2^32.
     *             Not modified.
     * @param n    (Input) number of tags.
     * @return the index.
     */
    static TagIndex of(long[] tags, int n) {
        long max = -1;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, tags[i]);
        }
        if (max <= 4L * n + 1024) {
            int[] direct = new int[(int) max + 1];
            Arrays.fill(direct, -1);
            long duplicate = -1;
            for (int i = 0; i < n; i++) {
                int t = (int) tags[i];
                if (direct[t] >= 0 && duplicate < 0) {
                    duplicate = t;
                }
                direct[t] = i;
            }
            return new TagIndex(direct, null, duplicate);
        }
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = (tags[i] << 31) | i;
        }
        Arrays.sort(sorted);
        long duplicate = -1;
        for (int i = 1; i < n && duplicate < 0; i++) {
            if (sorted[i] >>> 31 == sorted[i - 1] >>> 31) {
                duplicate = sorted[i] >>> 31;
            }
        }
        return new TagIndex(null, sorted, duplicate);
    }

    /** @return the index of {@code tag}, or -1 if no entry has it. */
    int find(long tag) {
        if (direct != null) {
            return tag >= 0 && tag < direct.length ? direct[(int) tag] : -1;
        }
        if (tag < 0 || tag >= (1L << 32)) {
            return -1;
        }
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long t = sorted[mid] >>> 31;
            if (t < tag) {
                lo = mid + 1;
            } else if (t > tag) {
                hi = mid - 1;
            } else {
                return (int) (sorted[mid] & 0x7FFFFFFFL);
            }
        }
        return -1;
    }
}
