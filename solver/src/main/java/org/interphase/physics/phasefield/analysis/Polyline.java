package org.interphase.physics.phasefield.analysis;

import org.interphase.core.Checks;

/**
 * An ordered chain of points in the plane, open or closed (a closed chain does not repeat its first
 * point at the end). Contours from {@link MarchingTriangles} keep the high side of the field (the metal)
 * on their left, so a closed contour around metal runs counter-clockwise and has positive signed area.
 *
 * @param xy     packed coordinates, x0, y0, x1, y1, ... Kept, not copied.
 * @param closed whether the last point connects back to the first.
 */
public record Polyline(double[] xy, boolean closed) {

    /** Checks that the coordinates come in pairs. */
    public Polyline {
        Checks.verify(xy.length % 2 == 0, "polyline coordinates come in (x, y) pairs, got %d values", xy.length);
    }

    /** @return number of points. */
    public int size() {
        return xy.length / 2;
    }

    /** @return x of point {@code i}. */
    public double x(int i) {
        return xy[2 * i];
    }

    /** @return y of point {@code i}. */
    public double y(int i) {
        return xy[2 * i + 1];
    }

    /** @return the length, including the closing segment of a closed polyline. */
    public double length() {
        int n = size();
        double s = 0.0;
        for (int i = 0; i + 1 < n; i++) {
            s += Math.hypot(x(i + 1) - x(i), y(i + 1) - y(i));
        }
        if (closed && n > 1) {
            s += Math.hypot(x(0) - x(n - 1), y(0) - y(n - 1));
        }
        return s;
    }

    /**
     * @return the cumulative arc length at each point (0 at the first point), size() values.
     */
    public double[] arcLength() {
        int n = size();
        double[] s = new double[n];
        for (int i = 1; i < n; i++) {
            s[i] = s[i - 1] + Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
        }
        return s;
    }

    /**
     * The shoelace area of the chain closed by the segment from its last point to its first: positive
     * when counter-clockwise.
     *
     * @return the signed enclosed area.
     */
    public double signedArea() {
        int n = size();
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            s += x(i) * y(j) - x(j) * y(i);
        }
        return 0.5 * s;
    }
}
