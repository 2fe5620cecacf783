package org.interphase.physics.phasefield.analysis;

import java.util.Arrays;
import java.util.List;
import org.interphase.core.Checks;

/**
 * A 2D front as a height function over columns: for each abscissa u (the coordinate across the growth
 * axis), the height h(u) of the highest crossing of the contours with the line through u along the growth
 * axis, so a dendrite's tip counts and the metal under an overhang does not. Columns no contour crosses
 * hold NaN.
 *
 * @param axis    the growth axis (0 = x, 1 = y); heights are coordinates along it.
 * @param columns abscissae along the other axis, increasing. Kept, not copied.
 * @param heights height per column, NaN where no contour crosses. Kept, not copied.
 */
public record HeightProfile(int axis, double[] columns, double[] heights) {

    /** Checks the sizes. */
    public HeightProfile {
        Checks.verify(axis == 0 || axis == 1, "2D growth axis must be 0 or 1, got %d", axis);
        Checks.verify(columns.length == heights.length, "%d columns but %d heights", columns.length, heights.length);
    }

    /**
     * @param lo (Input) left end of the range.
     * @param hi (Input) right end, greater than lo.
     * @param n  (Input) number of columns, at least 1.
     * @return the centres of n equal intervals of [lo, hi].
     */
    public static double[] uniformColumns(double lo, double hi, int n) {
        Checks.verify(n >= 1 && hi > lo, "need n >= 1 columns on a non-empty range, got %d on [%s, %s]", n, lo, hi);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = lo + (i + 0.5) * (hi - lo) / n;
        }
        return u;
    }

    /**
     * @param contours (Input) polylines, e.g. from {@link MarchingTriangles#contour}. Not modified.
     * @param axis     (Input) the growth axis, 0 or 1.
     * @param columns  (Input) abscissae across the growth axis, increasing. Kept.
     * @return the highest crossing per column.
     */
    public static HeightProfile of(List<Polyline> contours, int axis, double[] columns) {
        for (int i = 1; i < columns.length; i++) {
            Checks.verify(columns[i] > columns[i - 1], "columns must increase: %s after %s", columns[i],
                    columns[i - 1]);
        }
        double[] h = new double[columns.length];
        Arrays.fill(h, Double.NaN);
        int across = 1 - axis;
        for (Polyline p : contours) {
            int n = p.size();
            int segments = p.closed() ? n : n - 1;
            for (int s = 0; s < segments; s++) {
                int t = (s + 1) % n;
                double u0 = p.xy()[2 * s + across];
                double h0 = p.xy()[2 * s + axis];
                double u1 = p.xy()[2 * t + across];
                double h1 = p.xy()[2 * t + axis];
                double lo = Math.min(u0, u1);
                double hi = Math.max(u0, u1);
                int i = lowerBound(columns, lo);
                for (; i < columns.length && columns[i] <= hi; i++) {
                    double v = u1 == u0 ? Math.max(h0, h1) : h0 + (columns[i] - u0) / (u1 - u0) * (h1 - h0);
                    if (Double.isNaN(h[i]) || v > h[i]) {
                        h[i] = v;
                    }
                }
            }
        }
        return new HeightProfile(axis, columns, h);
    }

    /** @return the statistics of the heights. */
    public SurfaceStatistics statistics() {
        return SurfaceStatistics.of(heights);
    }

    /** @return the first index i with a[i] &gt;= v. */
    static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
