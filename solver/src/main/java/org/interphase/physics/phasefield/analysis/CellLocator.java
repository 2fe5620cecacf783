package org.interphase.physics.phasefield.analysis;

import java.util.Arrays;
import org.interphase.core.Checks;
import org.interphase.fe.Jacobians;
import org.interphase.kernels.fe.LagrangeBasis;
import org.interphase.mesh.Mesh;

/**
 * Point location in a simplex mesh and evaluation of nodal fields at any point. Cells are binned by their
 * bounding boxes into a uniform grid of about one bucket per cell; a query tests the cells of its bucket
 * by their reference coordinates: the inverse affine map of the vertices, refined for quadratic cells by
 * Newton iterations on the isoparametric map (so curved P2 cells are located exactly). Thread-safe after
 * construction.
 */
public final class CellLocator {

    /** Reference-coordinate slack for "inside" (points on shared facets belong to either cell). */
    private static final double INSIDE = 1e-9;
    private static final int NEWTON_STEPS = 12;
    /** Bounding-box growth for quadratic cells, whose curved edges may bulge past their nodes. */
    private static final double CURVED_PAD = 0.1;

    /** A located point: its cell and reference coordinates in that cell. */
    public record Location(int cell, double[] reference) {
    }

    private final Mesh mesh;
    private final int dim;
    private final int order;
    private final double[] lo;
    private final double[] size;
    private final int[] buckets;
    private final int[] start;
    private final int[] items;

    /**
     * Bins the cells.
     *
     * @param mesh (Input) a triangle or tetrahedron mesh. Kept; must not change.
     */
    public CellLocator(Mesh mesh) {
        this.mesh = mesh;
        this.dim = mesh.dim();
        this.order = mesh.cellType().order();
        double[] b = MeshIntegrals.bounds(mesh);
        lo = new double[dim];
        size = new double[dim];
        buckets = new int[dim];
        int per = Math.max(1, (int) Math.ceil(Math.pow(mesh.cellCount(), 1.0 / dim)));
        for (int d = 0; d < dim; d++) {
            double w = b[2 * d + 1] - b[2 * d];
            double pad = 1e-9 * Math.max(w, 1e-300);
            lo[d] = b[2 * d] - pad;
            buckets[d] = per;
            size[d] = (w + 2 * pad) / per;
        }
        int total = 1;
        for (int d = 0; d < dim; d++) {
            total *= buckets[d];
        }
        int[] count = new int[total + 1];
        int[] range = new int[2 * dim];
        for (int c = 0; c < mesh.cellCount(); c++) {
            forBuckets(c, range, i -> count[i + 1]++);
        }
        for (int i = 0; i < total; i++) {
            count[i + 1] += count[i];
        }
        start = count.clone();
        items = new int[count[total]];
        int[] fill = Arrays.copyOf(count, total);
        for (int c = 0; c < mesh.cellCount(); c++) {
            final int cell = c;
            forBuckets(c, range, i -> items[fill[i]++] = cell);
        }
    }

    /** @return the mesh. */
    public Mesh mesh() {
        return mesh;
    }

    /**
     * @param x (Input) a point, dim coordinates. Not modified.
     * @return the cell holding the point with its reference coordinates, or null if it is outside the mesh.
     */
    public Location locate(double[] x) {
        int bucket = 0;
        for (int d = 0; d < dim; d++) {
            int i = (int) Math.floor((x[d] - lo[d]) / size[d]);
            if (i < 0 || i >= buckets[d]) {
                return null;
            }
            bucket = bucket * buckets[d] + i;
        }
        double[] ref = new double[dim];
        for (int k = start[bucket]; k < start[bucket + 1]; k++) {
            int c = items[k];
            if (reference(c, x, ref) && inside(ref)) {
                return new Location(c, ref.clone());
            }
        }
        return null;
    }

    /**
     * @param field (Input) one value per node (Lagrange field of the mesh's order). Not modified.
     * @param x     (Input) a point. Not modified.
     * @return the field interpolated at x, or NaN outside the mesh.
     */
    public double evaluate(double[] field, double[] x) {
        Location loc = locate(x);
        return loc == null ? Double.NaN : evaluate(field, loc);
    }

    /**
     * @param field (Input) one value per node. Not modified.
     * @param loc   (Input) a location from {@link #locate}. Not modified.
     * @return the field interpolated there.
     */
    public double evaluate(double[] field, Location loc) {
        Checks.verify(field.length == mesh.nodeCount(), "field has %d values; the mesh has %d nodes", field.length,
                mesh.nodeCount());
        int n = mesh.cellType().nodes();
        double[] phi = new double[n];
        LagrangeBasis.evaluate(dim, order, loc.reference(), phi, null);
        double s = 0.0;
        for (int a = 0; a < n; a++) {
            s += phi[a] * field[mesh.cellNode(loc.cell(), a)];
        }
        return s;
    }

    private boolean inside(double[] ref) {
        double sum = 0.0;
        for (int d = 0; d < dim; d++) {
            if (ref[d] < -INSIDE) {
                return false;
            }
            sum += ref[d];
        }
        return sum <= 1.0 + INSIDE;
    }

    /** Reference coordinates of x in cell c (affine from the vertices, then Newton for P2); false if singular. */
    private boolean reference(int c, double[] x, double[] ref) {
        double[] coords = mesh.coords();
        double[] jac = new double[dim * dim];
        double[] r = new double[dim];
        int v0 = mesh.cellNode(c, 0);
        for (int d = 0; d < dim; d++) {
            r[d] = x[d] - coords[v0 * dim + d];
            for (int j = 0; j < dim; j++) {
                jac[d * dim + j] = coords[mesh.cellNode(c, j + 1) * dim + d] - coords[v0 * dim + d];
            }
        }
        if (!solve(jac, r, ref)) {
            return false;
        }
        if (order == 1) {
            return true;
        }
        int n = mesh.cellType().nodes();
        double[] phi = new double[n];
        double[] grad = new double[n * dim];
        double[] step = new double[dim];
        double scale = 0.0;
        for (int j = 0; j < dim * dim; j++) {
            scale = Math.max(scale, Math.abs(jac[j]));
        }
        for (int it = 0; it < NEWTON_STEPS; it++) {
            LagrangeBasis.evaluate(dim, 2, ref, phi, grad);
            Arrays.fill(jac, 0.0);
            double resid = 0.0;
            for (int d = 0; d < dim; d++) {
                double xd = 0.0;
                for (int a = 0; a < n; a++) {
                    double xa = coords[mesh.cellNode(c, a) * dim + d];
                    xd += phi[a] * xa;
                    for (int j = 0; j < dim; j++) {
                        jac[d * dim + j] += xa * grad[a * dim + j];
                    }
                }
                r[d] = x[d] - xd;
                resid = Math.max(resid, Math.abs(r[d]));
            }
            if (resid <= 1e-14 * scale) {
                return true;
            }
            if (!solve(jac, r, step)) {
                return false;
            }
            for (int d = 0; d < dim; d++) {
                ref[d] += step[d];
            }
        }
        return true;
    }

    /** Solves the dim x dim system a y = b; false when singular. */
    private boolean solve(double[] a, double[] b, double[] y) {
        double[] inv = new double[dim * dim];
        double det = Jacobians.invert(dim, a, inv);
        if (det == 0 || !Double.isFinite(det)) {
            return false;
        }
        for (int i = 0; i < dim; i++) {
            double s = 0.0;
            for (int j = 0; j < dim; j++) {
                s += inv[i * dim + j] * b[j];
            }
            y[i] = s;
        }
        return true;
    }

    private interface BucketAction {
        void accept(int bucket);
    }

    /** Applies the action to every bucket the bounding box of cell c overlaps. */
    private void forBuckets(int c, int[] range, BucketAction action) {
        double[] coords = mesh.coords();
        int n = mesh.cellType().nodes();
        for (int d = 0; d < dim; d++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < n; a++) {
                double v = coords[mesh.cellNode(c, a) * dim + d];
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
            }
            double pad = order == 1 ? INSIDE * size[d] : CURVED_PAD * (mx - mn) + INSIDE * size[d];
            range[2 * d] = Math.max(0, (int) Math.floor((mn - pad - lo[d]) / size[d]));
            range[2 * d + 1] = Math.min(buckets[d] - 1, (int) Math.floor((mx + pad - lo[d]) / size[d]));
        }
        if (dim == 2) {
            for (int i = range[0]; i <= range[1]; i++) {
                for (int j = range[2]; j <= range[3]; j++) {
                    action.accept(i * buckets[1] + j);
                }
            }
        } else {
            for (int i = range[0]; i <= range[1]; i++) {
                for (int j = range[2]; j <= range[3]; j++) {
                    for (int k = range[4]; k <= range[5]; k++) {
                        action.accept((i * buckets[1] + j) * buckets[2] + k);
                    }
                }
            }
        }
    }
}
