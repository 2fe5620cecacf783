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
        return new Constant(eig9);
    }

    /**
     * A uniform eigenstrain; its value is visible so cell-wise constant loads can go to the device kernels.
     *
     * @param eig9 full 3x3 row-major eigenstrain.
     */
    record Constant(double[] eig9) implements Eigenstrain {
        @Override
        public void at(PointState p, double[] eig) {
            System.arraycopy(eig9, 0, eig, 0, 9);
        }
    }
}
