package org.interphase.physics.czm;

/**
 * The units a cohesive problem is solved in (physics.md section 0): lengths in l0, stresses in E0, so
 * displacements, strains and tractions are O(1) whatever the physical size (a 4 nm film or a 100 mm
 * beam). Forces per unit thickness scale with E0 l0 (2D) and E0 l0^2 (3D); energies with E0 l0^2 (2D,
 * per unit thickness) and E0 l0^3 (3D).
 *
 * @param length l0 (m).
 * @param stress E0 (Pa).
 * @param dim    spatial dimension.
 */
public record Scaling(double length, double stress, int dim) {

    /** @return the factor from scaled to SI forces (per unit thickness in 2D). */
    public double force() {
        return stress * Math.pow(length, dim - 1);
    }

    /** @return the factor from scaled to SI energies (per unit thickness in 2D). */
    public double energy() {
        return stress * Math.pow(length, dim);
    }
}
