package org.interphase.assembly;

/**
 * The state an assembly evaluates terms at: the unknown dof vector, its time derivative (from the time
 * integrator, with the shift d ut / d u), and optional auxiliary nodal fields (naux values per mesh node,
 * e.g. a phase-field order parameter driving an eigenstrain).
 */
public final class FieldState {
    /** Unknown dof vector. */
    public double[] u;
    /** Time derivative dof vector, or null in static problems. */
    public double[] ut;
    /** d(ut)/d(u). */
    public double shift;
    public double time;
    public double dt;
    /** Auxiliary values per mesh node, naux per node, or null. */
    public double[] aux;
    public int naux;

    /** A static state at u. */
    public static FieldState of(double[] u) {
        FieldState s = new FieldState();
        s.u = u;
        return s;
    }
}
