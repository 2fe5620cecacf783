package org.interphase.fe;

/** Small dense Jacobian algebra for 1x1, 2x2 and 3x3 row-major matrices. */
public final class Jacobians {

    private Jacobians() {
    }

    /**
     * inv := J^-1.
     *
     * @param dim (Input) 1, 2 or 3.
     * @param j   (Input) row-major dim x dim. Not modified.
     * @param inv (Output) row-major dim x dim.
     * @return det J (the inverse is not written when it is 0).
     */
    public static double invert(int dim, double[] j, double[] inv) {
        switch (dim) {
            case 1: {
                double det = j[0];
                if (det != 0) {
                    inv[0] = 1.0 / det;
                }
                return det;
            }
            case 2: {
                double det = j[0] * j[3] - j[1] * j[2];
                if (det != 0) {
                    double r = 1.0 / det;
                    inv[0] = j[3] * r;
                    inv[1] = -j[1] * r;
                    inv[2] = -j[2] * r;
                    inv[3] = j[0] * r;
                }
                return det;
            }
            case 3: {
                double c00 = j[4] * j[8] - j[5] * j[7];
                double c01 = j[5] * j[6] - j[3] * j[8];
                double c02 = j[3] * j[7] - j[4] * j[6];
                double det = j[0] * c00 + j[1] * c01 + j[2] * c02;
                if (det != 0) {
                    double r = 1.0 / det;
                    inv[0] = c00 * r;
                    inv[1] = (j[2] * j[7] - j[1] * j[8]) * r;
                    inv[2] = (j[1] * j[5] - j[2] * j[4]) * r;
                    inv[3] = c01 * r;
                    inv[4] = (j[0] * j[8] - j[2] * j[6]) * r;
                    inv[5] = (j[2] * j[3] - j[0] * j[5]) * r;
                    inv[6] = c02 * r;
                    inv[7] = (j[1] * j[6] - j[0] * j[7]) * r;
                    inv[8] = (j[0] * j[4] - j[1] * j[3]) * r;
                }
                return det;
            }
            default:
                throw new IllegalArgumentException("dimension " + dim);
        }
    }
}
