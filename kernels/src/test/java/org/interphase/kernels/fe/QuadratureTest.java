package org.interphase.kernels.fe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exactness of the quadrature rules on monomials against closed forms. */
class QuadratureTest {

    private static final double TOL = 1e-13;

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** Integral of x^i y^j over the unit triangle: i! j! / (i + j + 2)!. */
    private static double triangleMonomial(int i, int j) {
        return factorial(i) * factorial(j) / factorial(i + j + 2);
    }

    /** Integral of x^i y^j z^k over the unit tetrahedron: i! j! k! / (i + j + k + 3)!. */
    private static double tetMonomial(int i, int j, int k) {
        return factorial(i) * factorial(j) * factorial(k) / factorial(i + j + k + 3);
    }

    @Test
    void lineRulesIntegrateMonomialsExactly() {
        for (int n = 1; n <= 8; n++) {
            QuadratureRule r = Quadrature.gaussLine(n);
            for (int p = 0; p <= 2 * n - 1; p++) {
                double s = 0;
                for (int q = 0; q < r.size(); q++) {
                    s += r.weights()[q] * Math.pow(r.point(q, 0), p);
                }
                assertEquals(1.0 / (p + 1), s, TOL, "gauss n=" + n + " degree " + p);
            }
        }
        QuadratureRule simpson = Quadrature.newtonCotesLine(3);
        for (int p = 0; p <= 3; p++) {
            double s = 0;
            for (int q = 0; q < simpson.size(); q++) {
                s += simpson.weights()[q] * Math.pow(simpson.point(q, 0), p);
            }
            assertEquals(1.0 / (p + 1), s, TOL, "simpson degree " + p);
        }
    }

    @Test
    void triangleRulesIntegrateMonomialsExactly() {
        for (int deg = 0; deg <= 10; deg++) {
            QuadratureRule r = Quadrature.simplex(2, deg);
            assertTrue(r.degree() >= deg);
            for (int i = 0; i <= deg; i++) {
                for (int j = 0; i + j <= deg; j++) {
                    double s = 0;
                    for (int q = 0; q < r.size(); q++) {
                        assertTrue(r.weights()[q] > 0);
                        s += r.weights()[q] * Math.pow(r.point(q, 0), i) * Math.pow(r.point(q, 1), j);
                    }
                    assertEquals(triangleMonomial(i, j), s, TOL, "triangle degree " + deg + " x^" + i + " y^" + j);
                }
            }
        }
    }

    @Test
    void tetrahedronRulesIntegrateMonomialsExactly() {
        for (int deg = 0; deg <= 8; deg++) {
            QuadratureRule r = Quadrature.simplex(3, deg);
            for (int i = 0; i <= deg; i++) {
                for (int j = 0; i + j <= deg; j++) {
                    for (int k = 0; i + j + k <= deg; k++) {
                        double s = 0;
                        for (int q = 0; q < r.size(); q++) {
                            s += r.weights()[q] * Math.pow(r.point(q, 0), i) * Math.pow(r.point(q, 1), j)
                                    * Math.pow(r.point(q, 2), k);
                        }
                        assertEquals(tetMonomial(i, j, k), s, TOL, "tet degree " + deg);
                    }
                }
            }
        }
    }
}
