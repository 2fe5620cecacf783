package org.interphase.fe;

import org.interphase.kernels.fe.LagrangeBasis;
import org.interphase.kernels.fe.Quadrature;
import org.interphase.kernels.fe.QuadratureRule;
import org.interphase.mesh.ElementType;

/**
 * Shape-function values and reference gradients of one element type, tabulated at the points of one
 * quadrature rule (deal.II's FE + Quadrature pair). Immutable and shared between threads.
 */
public final class ElementTables {

    private final ElementType type;
    private final QuadratureRule rule;
    private final int n;
    private final double[] values;
    private final double[] refGrads;

    private ElementTables(ElementType type, QuadratureRule rule) {
        this.type = type;
        this.rule = rule;
        this.n = type.nodes();
        double[][] t = LagrangeBasis.tabulate(type.dim(), type.order(), rule);
        this.values = t[0];
        this.refGrads = t[1];
    }

    /**
     * @param type   (Input) element type (its order is the field order: isoparametric).
     * @param degree (Input) quadrature degree.
     */
    public static ElementTables of(ElementType type, int degree) {
        return new ElementTables(type, Quadrature.simplex(type.dim(), degree));
    }

    /** Tables at the points of a given rule (e.g. Newton-Cotes on cohesive facets). */
    public static ElementTables of(ElementType type, QuadratureRule rule) {
        if (rule.dim() != type.dim()) {
            throw new IllegalArgumentException("rule of dimension " + rule.dim() + " for " + type);
        }
        return new ElementTables(type, rule);
    }

    /** @return the default quadrature degree for a bilinear form of gradients/values of this order. */
    public static int defaultDegree(ElementType type) {
        return 2 * type.order();
    }

    public ElementType type() {
        return type;
    }

    public QuadratureRule rule() {
        return rule;
    }

    /** @return number of basis functions. */
    public int n() {
        return n;
    }

    /** @return number of quadrature points. */
    public int nq() {
        return rule.size();
    }

    /** @return value of basis function a at point q. */
    public double value(int q, int a) {
        return values[q * n + a];
    }

    /** @return packed values, [q * n + a]. Not a copy. */
    public double[] values() {
        return values;
    }

    /** @return packed reference gradients, [(q * n + a) * dim + d]. Not a copy. */
    public double[] refGrads() {
        return refGrads;
    }
}
