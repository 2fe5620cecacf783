package org.interphase.mesh;

import java.util.Locale;
import org.interphase.core.Checks;

/**
 * Structured triangle mesh of the rectangle [x0, x0 + lx] x [y0, y0 + ly]: nx x ny squares, each cut in
 * two along a diagonal. Region "domain" (tag 1); facet groups "left" (x = x0), "right", "bottom"
 * (y = y0), "top" (tags 1..4), oriented outward. Order 2 gives TRI6 by {@link QuadraticElevation}.
 */
public final class RectangleMesher {

    /** Which diagonal cuts each square. */
    public enum Diagonal {
        /** From lower left to upper right ("/"). */
        RIGHT,
        /** From lower right to upper left ("\"). */
        LEFT,
        /** "/" where i + j is even, "\" where odd: the diagonals meet in union-jack stars. */
        ALTERNATE
    }

    /** Corners: 0 (0,0), 1 (1,0), 2 (0,1), 3 (1,1); triangles counter-clockwise. */
    private static final int[][] SLASH = {{0, 1, 3}, {0, 3, 2}};
    private static final int[][] BACKSLASH = {{0, 1, 2}, {1, 3, 2}};

    private RectangleMesher() {
    }

    /**
     * @param x0       (Input) left edge.
     * @param y0       (Input) bottom edge.
     * @param lx       (Input) width, positive.
     * @param ly       (Input) height, positive.
     * @param nx       (Input) squares along x, at least 1.
     * @param ny       (Input) squares along y, at least 1.
     * @param order    (Input) 1 (TRI3) or 2 (TRI6).
     * @param diagonal (Input) the diagonal pattern.
     * @return the mesh, 2 nx ny triangles.
     * @throws org.interphase.core.InputException for non-positive sizes or counts, or another order.
     */
    public static Mesh build(double x0, double y0, double lx, double ly, int nx, int ny, int order,
            Diagonal diagonal) {
        Checks.input(lx > 0 && ly > 0, "rectangle mesh needs positive lengths, got lx = %s, ly = %s", lx, ly);
        Checks.input(nx >= 1 && ny >= 1, "rectangle mesh needs at least 1 division per side, got nx = %d, ny = %d",
                nx, ny);
        Checks.input(order == 1 || order == 2, "rectangle mesh order must be 1 or 2, got %d", order);
        String source = String.format(Locale.ROOT, "rectangle [%s, %s] x [%s, %s], %d x %d %s",
                MeshChecks.number(x0), MeshChecks.number(x0 + lx), MeshChecks.number(y0), MeshChecks.number(y0 + ly),
                nx, ny, diagonal.name().toLowerCase(Locale.ROOT));
        int[][][] templates = {SLASH, BACKSLASH};
        Lattice.Pattern pattern;
        switch (diagonal) {
            case RIGHT:
                pattern = (i, j, k) -> 0;
                break;
            case LEFT:
                pattern = (i, j, k) -> 1;
                break;
            default:
                pattern = (i, j, k) -> (i + j) & 1;
                break;
        }
        Mesh linear = Lattice.build(source, new double[] {x0, y0}, new double[] {lx, ly}, new int[] {nx, ny},
                templates, pattern);
        return order == 1 ? linear : QuadraticElevation.elevate(linear);
    }
}
