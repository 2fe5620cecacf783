package org.interphase.mesh;

import java.util.Locale;
import org.interphase.core.Checks;

/**
 * Structured tetrahedral mesh of the box [x0, x0 + lx] x [y0, y0 + ly] x [z0, z0 + lz]: each of the
 * nx ny nz hexahedra is cut into the 6 Kuhn (Freudenthal) tetrahedra around its main diagonal, which
 * splits every face along the diagonal from its lowest to its highest corner, so neighbouring hexahedra
 * conform. Region "domain" (tag 1); facet groups "left"/"right" (x), "bottom"/"top" (y), "back"/"front"
 * (z), tags 1..6, oriented outward. Order 2 gives TET10 by {@link QuadraticElevation}.
 * Reference: H.W. Kuhn, "Some combinatorial lemmas in topology", IBM J. Res. Dev. 4 (1960) 518.
 */
public final class BoxMesher {

    /** The 6 monotone corner paths from corner 0 to corner 7, positively oriented. */
    private static final int[][] KUHN = kuhn();

    private BoxMesher() {
    }

    /**
     * @param x0    (Input) lower x.
     * @param y0    (Input) lower y.
     * @param z0    (Input) lower z.
     * @param lx    (Input) length along x, positive.
     * @param ly    (Input) length along y, positive.
     * @param lz    (Input) length along z, positive.
     * @param nx    (Input) hexahedra along x, at least 1.
     * @param ny    (Input) hexahedra along y, at least 1.
     * @param nz    (Input) hexahedra along z, at least 1.
     * @param order (Input) 1 (TET4) or 2 (TET10).
     * @return the mesh, 6 nx ny nz tetrahedra.
     * @throws org.interphase.core.InputException for non-positive sizes or counts, or another order.
     */
    public static Mesh build(double x0, double y0, double z0, double lx, double ly, double lz, int nx, int ny, int nz,
            int order) {
        Checks.input(lx > 0 && ly > 0 && lz > 0, "box mesh needs positive lengths, got %s x %s x %s", lx, ly, lz);
        Checks.input(nx >= 1 && ny >= 1 && nz >= 1, "box mesh needs at least 1 division per side, got %d x %d x %d",
                nx, ny, nz);
        Checks.input(order == 1 || order == 2, "box mesh order must be 1 or 2, got %d", order);
        String source = String.format(Locale.ROOT, "box [%s, %s] x [%s, %s] x [%s, %s], %d x %d x %d",
                MeshChecks.number(x0), MeshChecks.number(x0 + lx), MeshChecks.number(y0), MeshChecks.number(y0 + ly),
                MeshChecks.number(z0), MeshChecks.number(z0 + lz), nx, ny, nz);
        Mesh linear = Lattice.build(source, new double[] {x0, y0, z0}, new double[] {lx, ly, lz},
                new int[] {nx, ny, nz}, new int[][][] {KUHN}, (i, j, k) -> 0);
        return order == 1 ? linear : QuadraticElevation.elevate(linear);
    }

    private static int[][] kuhn() {
        int[][] perms = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        boolean[] odd = {false, true, true, false, false, true};
        int[][] tets = new int[6][];
        for (int p = 0; p < 6; p++) {
            int v1 = 1 << perms[p][0];
            int v2 = v1 | (1 << perms[p][1]);
            tets[p] = odd[p] ? new int[] {0, v2, v1, 7} : new int[] {0, v1, v2, 7};
        }
        return tets;
    }
}
