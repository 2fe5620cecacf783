package org.interphase.assembly;

/**
 * What a {@link Term} sees at one quadrature point: position, the unknown field's values, gradients and
 * time derivative, auxiliary fields, and (on facets) the outward normal. Filled by the assembler; terms
 * read it and never keep it.
 */
public final class PointState {
    /** Spatial dimension. */
    public final int dim;
    /** Components of the unknown field. */
    public final int nf;
    /** Components of the auxiliary field. */
    public final int naux;
    /** Physical coordinates (dim). */
    public final double[] x;
    /** Unknown values (nf). */
    public final double[] u;
    /** Unknown gradients, [i * dim + d] = d u_i / d x_d. */
    public final double[] du;
    /** Time derivative of the unknown (nf); zero in static problems. */
    public final double[] ut;
    /** Auxiliary field values (naux), interpolated from nodal data. */
    public final double[] aux;
    /** Auxiliary field gradients, [k * dim + d]. */
    public final double[] daux;
    /** Outward unit normal on facets (dim); zero in cells. */
    public final double[] normal;
    /** d(ut)/d(u) of the time discretization (1/dt for backward Euler), for Jacobians. */
    public double shift;
    /** Time and time step. */
    public double time;
    public double dt;
    /** Cell (or tagged facet) index and its region (or facet group) tag. */
    public int cell;
    public int region;

    public PointState(int dim, int nf, int naux) {
        this.dim = dim;
        this.nf = nf;
        this.naux = naux;
        this.x = new double[dim];
        this.u = new double[nf];
        this.du = new double[nf * dim];
        this.ut = new double[nf];
        this.aux = new double[naux];
        this.daux = new double[naux * dim];
        this.normal = new double[dim];
    }
}
