package org.interphase.kernels.fe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Kronecker property, partition of unity and gradients against central differences. */
class LagrangeBasisTest {

    @Test
    void basisIsNodalAndSumsToOne() {
        for (int dim = 1; dim <= 3; dim++) {
            for (int order = 1; order <= 2; order++) {
                int n = LagrangeBasis.size(dim, order);
                double[] nodes = LagrangeBasis.nodes(dim, order);
                double[] v = new double[n];
                double[] g = new double[n * dim];
                for (int b = 0; b < n; b++) {
                    double[] xi = new double[dim];
                    System.arraycopy(nodes, b * dim, xi, 0, dim);
                    LagrangeBasis.evaluate(dim, order, xi, v, g);
                    double sum = 0;
                    for (int a = 0; a < n; a++) {
                        assertEquals(a == b ? 1.0 : 0.0, v[a], 1e-14, "dim " + dim + " order " + order);
                        sum += v[a];
                    }
                    assertEquals(1.0, sum, 1e-14);
                    for (int d = 0; d < dim; d++) {
                        double gs = 0;
                        for (int a = 0; a < n; a++) {
                            gs += g[a * dim + d];
                        }
                        assertEquals(0.0, gs, 1e-13, "gradients sum to zero");
                    }
                }
            }
        }
    }

    @Test
    void gradientsMatchCentralDifferences() {
        double h = 1e-6;
        for (int dim = 1; dim <= 3; dim++) {
            for (int order = 1; order <= 2; order++) {
                int n = LagrangeBasis.size(dim, order);
                double[] xi = new double[dim];
                for (int d = 0; d < dim; d++) {
                    xi[d] = 0.17 + 0.11 * d;
                }
                double[] g = new double[n * dim];
                LagrangeBasis.evaluate(dim, order, xi, null, g);
                double[] vp = new double[n];
                double[] vm = new double[n];
                for (int d = 0; d < dim; d++) {
                    double[] xp = xi.clone();
                    double[] xm = xi.clone();
                    xp[d] += h;
                    xm[d] -= h;
                    LagrangeBasis.evaluate(dim, order, xp, vp, null);
                    LagrangeBasis.evaluate(dim, order, xm, vm, null);
                    for (int a = 0; a < n; a++) {
                        assertEquals((vp[a] - vm[a]) / (2 * h), g[a * dim + d], 1e-8);
                    }
                }
            }
        }
    }
}
