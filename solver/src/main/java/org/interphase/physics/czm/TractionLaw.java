package org.interphase.physics.czm;

/**
 * A traction-separation law of a cohesive interface, in the interface's local frame: the jump
 * {@code delta = (delta_n, delta_s1[, delta_s2])} (normal first, opening positive) gives the traction
 * {@code t} (same order) and the consistent tangent {@code dt/d delta}. Irreversible state lives in a
 * caller-owned history array ({@link #historySize()} values per integration point): {@link #evaluate}
 * reads the committed history and writes a trial history, and the caller commits the trial only at a
 * converged step. Laws are unit-agnostic: use SI or consistently scaled numbers ({@link #scaled}).
 */
public interface TractionLaw {

    /** @return the number of history values per integration point. */
    int historySize();

    /**
     * Writes the history of an intact point.
     *
     * @param history (Output) history array.
     * @param offset  (Input) first index of the point's values.
     */
    void initialize(double[] history, int offset);

    /**
     * Writes the history of a fully separated point (an initial crack: no cohesion, contact remains).
     *
     * @param history (Output) history array.
     * @param offset  (Input) first index of the point's values.
     */
    void separate(double[] history, int offset);

    /**
     * Traction and tangent at a jump, from the committed history.
     *
     * @param dim       (Input) number of jump components (2 in 2D, 3 in 3D).
     * @param jump      (Input) local jump, normal first. Not modified.
     * @param committed (Input) committed history. Not modified.
     * @param trial     (Output) the trial history after this evaluation (same offset).
     * @param offset    (Input) first index of the point's history values.
     * @param dt        (Input) the pseudo-time step of the trial (for viscous regularization), > 0.
     * @param traction  (Output) local traction, dim values.
     * @param tangent   (Output) dt_i / d delta_j, row-major dim x dim.
     */
    void evaluate(int dim, double[] jump, double[] committed, double[] trial, int offset, double dt,
            double[] traction, double[] tangent);

    /**
     * @return the effective jump at which the point separates completely, at its last evaluated mixity
     *         (the crack front lies where the effective jump reaches it).
     */
    double separationJump(double[] history, int offset);

    /** @return the damage in [0, 1] recorded in a history (what the traction uses). */
    double damage(double[] history, int offset);

    /**
     * @param dim     (Input) number of jump components.
     * @param jump    (Input) local jump. Not modified.
     * @param history (Input) the history the traction was evaluated with. Not modified.
     * @param offset  (Input) first index of the point's history values.
     * @return the recoverable (elastic) energy per unit area stored at this jump.
     */
    double storedEnergy(int dim, double[] jump, double[] history, int offset);

    /**
     * @return the smallest critical energy release rate of the law (energy per area), the scale of a
     *         dissipation budget per unit of crack area.
     */
    double minimumFractureEnergy();

    /**
     * @param length (Input) length unit l0 (m).
     * @param stress (Input) stress unit E0 (Pa).
     * @return the same law in scaled variables: jumps in l0, tractions in E0, energies per area in E0 l0.
     */
    TractionLaw scaled(double length, double stress);
}
