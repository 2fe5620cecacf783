package org.interphase.physics.czm;

/**
 * The local frame of a cohesive interface at a point: rows of the rotation R are the unit normal n
 * (from the minus into the plus side) and the unit tangents s1 (and s2 = n x s1 in 3D), so that a global
 * vector v has local components R v (normal first) and a local traction t_l is R^T t_l globally; a local
 * tangent T_l becomes R^T T_l R. Built from the facet's covariant tangents in the reference
 * configuration (small deformations).
 */
public final class LocalFrame {

    private LocalFrame() {
    }

    /**
     * Fills R from the facet tangents at a point.
     *
     * @param dim      (Input) 2 or 3.
     * @param tangents (Input) dx/dxi_e, e = 0..dim-2, packed dim values each. Not modified.
     * @param sign     (Input) +1 or -1: orientation making n point into the plus side.
     * @param r        (Output) dim x dim rotation, row-major, rows n, s1[, s2].
     * @return the surface measure |dx/dxi| (2D) or |dx/dxi_0 x dx/dxi_1| (3D).
     */
    public static double build(int dim, double[] tangents, double sign, double[] r) {
        if (dim == 2) {
            double tx = tangents[0];
            double ty = tangents[1];
            double len = Math.sqrt(tx * tx + ty * ty);
            double nx = sign * ty / len;
            double ny = -sign * tx / len;
            r[0] = nx;
            r[1] = ny;
            r[2] = -ny;
            r[3] = nx;
            return len;
        }
        double ax = tangents[0];
        double ay = tangents[1];
        double az = tangents[2];
        double bx = tangents[3];
        double by = tangents[4];
        double bz = tangents[5];
        double nx = ay * bz - az * by;
        double ny = az * bx - ax * bz;
        double nz = ax * by - ay * bx;
        double area = Math.sqrt(nx * nx + ny * ny + nz * nz);
        nx *= sign / area;
        ny *= sign / area;
        nz *= sign / area;
        double la = Math.sqrt(ax * ax + ay * ay + az * az);
        double s1x = ax / la;
        double s1y = ay / la;
        double s1z = az / la;
        r[0] = nx;
        r[1] = ny;
        r[2] = nz;
        r[3] = s1x;
        r[4] = s1y;
        r[5] = s1z;
        r[6] = ny * s1z - nz * s1y;
        r[7] = nz * s1x - nx * s1z;
        r[8] = nx * s1y - ny * s1x;
        return area;
    }

    /**
     * @param dim (Input) 2 or 3.
     * @param r   (Input) rotation at offset off. Not modified.
     * @param off (Input) offset of R in r.
     * @param g   (Input) global vector. Not modified.
     * @param l   (Output) local components R g.
     */
    public static void toLocal(int dim, double[] r, int off, double[] g, double[] l) {
        for (int i = 0; i < dim; i++) {
            double s = 0;
            for (int j = 0; j < dim; j++) {
                s += r[off + i * dim + j] * g[j];
            }
            l[i] = s;
        }
    }

    /**
     * @param dim (Input) 2 or 3.
     * @param r   (Input) rotation at offset off. Not modified.
     * @param off (Input) offset of R in r.
     * @param l   (Input) local vector. Not modified.
     * @param g   (Output) global components R^T l.
     */
    public static void toGlobal(int dim, double[] r, int off, double[] l, double[] g) {
        for (int j = 0; j < dim; j++) {
            double s = 0;
            for (int i = 0; i < dim; i++) {
                s += r[off + i * dim + j] * l[i];
            }
            g[j] = s;
        }
    }

    /**
     * @param dim (Input) 2 or 3.
     * @param r   (Input) rotation at offset off. Not modified.
     * @param off (Input) offset of R in r.
     * @param tl  (Input) local tangent, row-major. Not modified.
     * @param tg  (Output) global tangent R^T T_l R, row-major.
     */
    public static void tangentToGlobal(int dim, double[] r, int off, double[] tl, double[] tg) {
        for (int a = 0; a < dim; a++) {
            for (int b = 0; b < dim; b++) {
                double s = 0;
                for (int i = 0; i < dim; i++) {
                    double ria = r[off + i * dim + a];
                    if (ria == 0) {
                        continue;
                    }
                    for (int j = 0; j < dim; j++) {
                        s += ria * tl[i * dim + j] * r[off + j * dim + b];
                    }
                }
                tg[a * dim + b] = s;
            }
        }
    }
}
