package org.interphase.physics.elasticity;

import org.interphase.assembly.PointState;

/** A stress-free strain eps* (growth, thermal or Vegard strain) at a point, as a full 3x3 tensor. */
@FunctionalInterface
public interface Eigenstrain {

    /**
     * @param p   (Input) the point (position, auxiliary fields such as a phase-field order parameter).
     * @param eig (Output) full 3x3 row-major eigenstrain.
     */
    void at(PointState p, double[] eig);

    /** @return a constant eigenstrain. (Input) eig9 full 3x3. Kept. */
    static Eigenstrain constant(double[] eig9) {
        return (p, eig) -> System.arraycopy(eig9, 0, eig, 0, 9);
    }
}
