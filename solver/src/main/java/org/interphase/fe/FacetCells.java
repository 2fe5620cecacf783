package org.interphase.fe;

import java.util.Arrays;
import org.interphase.core.InputException;
import org.interphase.mesh.Mesh;

/**
 * The cells on either side of each tagged facet of a mesh: one cell for a boundary facet, two for an
 * interior (interface) facet. Facets are matched by their vertices; the lookup is indexed by each
 * tagged facet's smallest vertex, so it needs no per-facet objects on large meshes.
 */
public final class FacetCells {

    private final int[] cell0;
    private final int[] local0;
    private final int[] cell1;
    private final int[] local1;

    private FacetCells(int nf) {
        cell0 = new int[nf];
        local0 = new int[nf];
        cell1 = new int[nf];
        local1 = new int[nf];
        Arrays.fill(cell0, -1);
        Arrays.fill(cell1, -1);
    }

    /**
     * @param mesh (Input) the mesh. Not modified.
     * @return the adjacency of every tagged facet.
     * @throws InputException if a tagged facet is not a facet of any cell.
     */
    public static FacetCells of(Mesh mesh) {
        int nf = mesh.facetCount();
        FacetCells fc = new FacetCells(nf);
        int fv = mesh.dim();
        int fn = mesh.facetType().nodes();
        int[] facets = mesh.facets();
        int nn = mesh.nodeCount();
        int[] start = new int[nn + 1];
        for (int f = 0; f < nf; f++) {
            start[minVertex(facets, f * fn, fv) + 1]++;
        }
        for (int i = 0; i < nn; i++) {
            start[i + 1] += start[i];
        }
        int[] list = new int[nf];
        int[] fill = Arrays.copyOf(start, nn);
        for (int f = 0; f < nf; f++) {
            list[fill[minVertex(facets, f * fn, fv)]++] = f;
        }
        int[][] local = mesh.cellType().facetNodes();
        int cn = mesh.cellType().nodes();
        int[] cells = mesh.cells();
        int[] key = new int[fv];
        int[] other = new int[fv];
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int lf = 0; lf < local.length; lf++) {
                for (int k = 0; k < fv; k++) {
                    key[k] = cells[c * cn + local[lf][k]];
                }
                Arrays.sort(key);
                for (int j = start[key[0]]; j < start[key[0] + 1]; j++) {
                    int f = list[j];
                    for (int k = 0; k < fv; k++) {
                        other[k] = facets[f * fn + k];
                    }
                    Arrays.sort(other);
                    if (Arrays.equals(key, other)) {
                        if (fc.cell0[f] < 0) {
                            fc.cell0[f] = c;
                            fc.local0[f] = lf;
                        } else {
                            fc.cell1[f] = c;
                            fc.local1[f] = lf;
                        }
                    }
                }
            }
        }
        for (int f = 0; f < nf; f++) {
            if (fc.cell0[f] < 0) {
                throw InputException.of("tagged facet %d of mesh %s (nodes %s) is not a facet of any cell; "
                        + "check the mesh's boundary physical groups", f, mesh.source(),
                        Arrays.toString(Arrays.copyOfRange(facets, f * fn, f * fn + fn)));
            }
        }
        return fc;
    }

    private static int minVertex(int[] facets, int off, int fv) {
        int m = facets[off];
        for (int k = 1; k < fv; k++) {
            m = Math.min(m, facets[off + k]);
        }
        return m;
    }

    /** @return the first (or only) cell of facet f. */
    public int cell(int f) {
        return cell0[f];
    }

    /** @return the local facet index of facet f in {@link #cell(int)}. */
    public int localFacet(int f) {
        return local0[f];
    }

    /** @return the second cell of an interior facet, or -1 on the boundary. */
    public int otherCell(int f) {
        return cell1[f];
    }

    /** @return the local facet index in {@link #otherCell(int)}, undefined on the boundary. */
    public int otherLocalFacet(int f) {
        return local1[f];
    }
}
