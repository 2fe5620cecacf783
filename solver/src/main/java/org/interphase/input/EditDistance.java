package org.interphase.input;

import java.util.Collection;

/**
 * Optimal-string-alignment distance (Levenshtein with adjacent transpositions, each edit costing 1;
 * Damerau 1964), used for "did you mean" hints on misspelt keys and choices.
 */
final class EditDistance {

    /** Largest distance a suggestion may have. */
    static final int MAX_SUGGESTION = 2;

    private EditDistance() {
    }

    /** The number of insertions, deletions, substitutions and adjacent swaps that turn a into b. */
    static int between(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }

    /**
     * The candidate closest to {@code word} within {@link #MAX_SUGGESTION} edits, the first one on a
     * tie; null when none is that close or when the closest would have to replace the whole word.
     *
     * @param word       (Input) the misspelt word. Not modified.
     * @param candidates (Input) the words that are known. Not modified.
     */
    static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int dist = between(word, c);
            if (dist <= MAX_SUGGESTION && dist < Math.max(word.length(), c.length()) && dist < bestDistance) {
                best = c;
                bestDistance = dist;
            }
        }
        return best;
    }
}
