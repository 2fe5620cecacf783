package org.interphase.physics.phasefield;

import org.interphase.mesh.Mesh;
import org.interphase.physics.phasefield.analysis.HeightField;
import org.interphase.physics.phasefield.analysis.HeightProfile;
import org.interphase.physics.phasefield.analysis.MarchingTriangles;
import org.interphase.physics.phasefield.analysis.SeriesAnalysis;
import org.interphase.physics.phasefield.analysis.SurfaceStatistics;

/**
 * The metal surface of a run as a height function above its electrode, for the per-step roughness and dendrite
 * length of {@code phasefield.csv}: the xi = 1/2 contour ({@link MarchingTriangles} in 2D, {@link HeightField} in
 * 3D) sampled on about one column per node spacing across the growth axis, the highest crossing per column
 * (docs/analysis.md, "The metal surface"). The growth axis is the coordinate axis along the electrode's inward
 * normal; an electrode whose normal is not a positive coordinate direction gives no statistics.
 */
final class DepositSurface {

    private final Mesh mesh;
    private final int axis;
    private final double[][] grid;

    /**
     * @param mesh      (Input) the mesh, SI coordinates.
     * @param electrode (Input) the electrode's geometry on that mesh.
     */
    DepositSurface(Mesh mesh, DepositGeometry electrode) {
        this.mesh = mesh;
        int a = -1;
        for (int d = 0; d < mesh.dim(); d++) {
            if (electrode.normal()[d] > 1 - 1e-9) {
                a = d;
            }
        }
        this.axis = a;
        this.grid = a >= 0 ? SeriesAnalysis.columnGrid(mesh, a, 0) : null;
    }

    /** @return whether the electrode normal is a positive coordinate direction (statistics exist). */
    boolean defined() {
        return axis >= 0;
    }

    /**
     * @param xi (Input) the order parameter per mesh node. Not modified.
     * @return the statistics of the front's heights (all NaN when undefined or without a crossing).
     */
    SurfaceStatistics statistics(double[] xi) {
        if (axis < 0) {
            return SurfaceStatistics.of(new double[0]);
        }
        if (mesh.dim() == 2) {
            return HeightProfile.of(MarchingTriangles.contour(mesh, xi, 0.5), axis, grid[0]).statistics();
        }
        return HeightField.of(mesh, xi, 0.5, axis, grid[0], grid[1]).statistics();
    }
}
