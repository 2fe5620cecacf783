package org.interphase.physics.phasefield;

import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.fe.FacetCells;
import org.interphase.fe.FacetValues;
import org.interphase.mesh.Mesh;

/**
 * Where the deposit is, measured from a flat electrode boundary (the metal's current collector): the
 * electrode's measure A and inward unit normal n, the deposit volume integral(xi), the mean thickness
 * integral(xi) / A, and the front position: the largest distance from the electrode, along n, of the
 * xi = 1/2 crossings on cell edges (the tip of the most advanced protrusion; the front itself when it is
 * planar). Lengths in the mesh's units.
 */
public final class DepositGeometry {

    private final Mesh mesh;
    private final double area;
    private final double[] normal;
    private final double offset;

    /**
     * @param mesh      (Input) the mesh.
     * @param electrode (Input) the electrode boundary's name.
     */
    public DepositGeometry(Mesh mesh, String electrode) {
        this.mesh = mesh;
        int dim = mesh.dim();
        FacetValues fv = new FacetValues(mesh, FacetCells.of(mesh), 2);
        double a = 0;
        double[] n = new double[dim];
        double c = 0;
        for (int f : mesh.facetsOfGroup(mesh.facetGroupTag(electrode))) {
            fv.reinit(f);
            for (int q = 0; q < fv.nq(); q++) {
                a += fv.jxw(q);
                for (int d = 0; d < dim; d++) {
                    n[d] -= fv.jxw(q) * fv.normal(q, d);
                }
            }
        }
        double len = 0;
        for (int d = 0; d < dim; d++) {
            len += n[d] * n[d];
        }
        len = Math.sqrt(len);
        for (int d = 0; d < dim; d++) {
            n[d] /= len;
        }
        for (int f : mesh.facetsOfGroup(mesh.facetGroupTag(electrode))) {
            fv.reinit(f);
            for (int q = 0; q < fv.nq(); q++) {
                for (int d = 0; d < dim; d++) {
                    c += fv.jxw(q) * fv.x(q, d) * n[d];
                }
            }
        }
        this.area = a;
        this.normal = n;
        this.offset = c / a;
    }

    /** @return the electrode's measure (length in 2D, area in 3D). */
    public double area() {
        return area;
    }

    /** @return the inward unit normal of the electrode. Not a copy. */
    public double[] normal() {
        return normal;
    }

    /**
     * @param xi (Input) nodal order parameter, one value per mesh node. Not modified.
     * @return the largest height above the electrode of an xi = 1/2 crossing, or NaN when xi does not cross.
     */
    public double frontPosition(double[] xi) {
        int dim = mesh.dim();
        int nv = mesh.cellType().vertices();
        int n = mesh.cellType().nodes();
        int[] cells = mesh.cells();
        double best = Double.NaN;
        for (int c = 0; c < mesh.cellCount(); c++) {
            for (int a = 0; a < nv; a++) {
                for (int b = a + 1; b < nv; b++) {
                    int p = cells[c * n + a];
                    int q = cells[c * n + b];
                    double da = xi[p] - 0.5;
                    double db = xi[q] - 0.5;
                    if (da * db < 0 || (da == 0 && db != 0)) {
                        double s = da / (da - db);
                        double h = -offset;
                        for (int d = 0; d < dim; d++) {
                            h += (mesh.x(p, d) + s * (mesh.x(q, d) - mesh.x(p, d))) * normal[d];
                        }
                        if (!(h <= best)) {
                            best = h;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * @param mesh  (Input) the mesh.
     * @param nodal (Input) nodal values of a field, one per node. Not modified.
     * @return the integral of the field over the mesh.
     */
    public static double integral(Mesh mesh, double[] nodal) {
        return integrate(mesh, nodal, ElementTables.defaultDegree(mesh.cellType()), (x, v) -> v);
    }

    /** A function of position and the discrete value there, integrated by {@link #integrate}. */
    private interface Integrand {
        double at(double[] x, double value);
    }

    private static double integrate(Mesh mesh, double[] nodal, int degree, Integrand f) {
        CellValues cv = new CellValues(mesh, ElementTables.of(mesh.cellType(), degree));
        double s = 0;
        double[] x = new double[mesh.dim()];
        for (int c = 0; c < mesh.cellCount(); c++) {
            cv.reinit(c);
            for (int q = 0; q < cv.nq(); q++) {
                double v = 0;
                for (int a = 0; a < cv.n(); a++) {
                    v += cv.shape(q, a) * nodal[cv.node(a)];
                }
                for (int d = 0; d < x.length; d++) {
                    x[d] = cv.x(q, d);
                }
                s += cv.jxw(q) * f.at(x, v);
            }
        }
        return s;
    }

    /** An exact scalar field of position and time. */
    @FunctionalInterface
    public interface Exact {
        /** @return the value at x (mesh units) and time t. */
        double at(double[] x, double t);
    }

    /**
     * @param mesh  (Input) the mesh.
     * @param nodal (Input) nodal values of the discrete field. Not modified.
     * @param exact (Input) the exact field.
     * @param t     (Input) the time.
     * @return the L2 norm of the difference, with a quadrature of degree 2 order + 4.
     */
    public static double l2Error(Mesh mesh, double[] nodal, Exact exact, double t) {
        return Math.sqrt(integrate(mesh, nodal, 2 * mesh.cellType().order() + 4, (x, v) -> {
            double e = v - exact.at(x, t);
            return e * e;
        }));
    }
}
