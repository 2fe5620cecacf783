package org.interphase.physics.phasefield;

/** A prescribed volumetric source s(x, t) of an evolution equation, in the model's scaled units. */
@FunctionalInterface
public interface SourceField {

    /**
     * @param x (Input) scaled position. Not modified.
     * @param t (Input) scaled time.
     * @return the source.
     */
    double at(double[] x, double t);
}
