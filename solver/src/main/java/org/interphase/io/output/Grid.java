package org.interphase.io.output;

import org.interphase.core.Checks;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;

/**
 * The geometry a writer describes: points, one cell type and its connectivity, and optional integer cell
 * regions. The same record serves the volume mesh ({@link #of(Mesh)}) and interface or surface grids
 * (LINE2, LINE3, TRI3, TRI6 cells in 2D or 3D space) such as the cohesive-zone output.
 *
 * <p>Arrays are kept, not copied; the caller must not change them while a writer uses the grid. Record
 * equality compares array identity.
 *
 * @param dim      spatial dimension of the points, 2 or 3 (2D points are written with z = 0).
 * @param points   point coordinates, packed with {@code dim} values per point.
 * @param cellType the cell type; node order is VTK's, as in {@link ElementType}.
 * @param cells    connectivity, packed with {@code cellType.nodes()} point indices per cell.
 * @param regions  region tag per cell, or null when the grid has no regions.
 */
public record Grid(int dim, double[] points, ElementType cellType, int[] cells, int[] regions) {

    /** Checks sizes and that every connectivity entry names an existing point. */
    public Grid {
        Checks.verify(dim == 2 || dim == 3, "grid dimension must be 2 or 3, got %d", dim);
        Checks.verify(cellType.dim() <= dim, "a %s cell does not fit in %d-dimensional space", cellType, dim);
        Checks.verify(points.length % dim == 0, "point array length %d is not a multiple of %d", points.length, dim);
        int k = cellType.nodes();
        Checks.verify(cells.length % k == 0, "cell array length %d is not a multiple of %d (%s)", cells.length, k,
                cellType);
        int n = points.length / dim;
        for (int i = 0; i < cells.length; i++) {
            Checks.verify(cells[i] >= 0 && cells[i] < n, "cell %d references point %d; the grid has %d points",
                    i / k, cells[i], n);
        }
        Checks.verify(regions == null || regions.length == cells.length / k,
                "%d region tags given for %d cells", regions == null ? 0 : regions.length, cells.length / k);
    }

    /**
     * @param dim      (Input) spatial dimension, 2 or 3.
     * @param points   (Input) packed point coordinates. Kept, not copied.
     * @param cellType (Input) the cell type.
     * @param cells    (Input) packed connectivity. Kept, not copied.
     * @return a grid without regions.
     */
    public static Grid of(int dim, double[] points, ElementType cellType, int[] cells) {
        return new Grid(dim, points, cellType, cells, null);
    }

    /**
     * @param mesh (Input) the volume mesh. Its arrays are shared, not copied.
     * @return the mesh's points, cells and cell regions.
     */
    public static Grid of(Mesh mesh) {
        return new Grid(mesh.dim(), mesh.coords(), mesh.cellType(), mesh.cells(), mesh.cellRegions());
    }

    /** @return number of points. */
    public int pointCount() {
        return points.length / dim;
    }

    /** @return number of cells. */
    public int cellCount() {
        return cells.length / cellType.nodes();
    }

    /** @return whether the grid has region tags. */
    public boolean hasRegions() {
        return regions != null;
    }
}
