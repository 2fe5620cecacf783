package org.interphase.physics.elasticity;

/** A scalar function of position, e.g. a prescribed displacement component. */
@FunctionalInterface
public interface ScalarField {

    /** @return the value at x. (Input) x, dim values. Not modified. */
    double at(double[] x);

    /** @return a constant. */
    static ScalarField constant(double v) {
        return x -> v;
    }
}
