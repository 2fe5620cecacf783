package org.interphase.assembly;

import org.interphase.fe.CellValues;

/**
 * A piece of a weak form that works on a whole cell rather than at quadrature points: it reads the cell's nodal
 * values and geometry and adds to the cell residual and Jacobian before the assembler scatters them. For
 * discretizations that are not pointwise, e.g. edge-based fluxes ({@code EdgeAveragedTransport}).
 */
public interface CellTerm {

    /**
     * Adds this term's cell residual and Jacobian.
     *
     * @param cv (Input) the cell's shape-function values, gradients and weights, set to the cell. Not modified.
     * @param ue (Input) nodal values, nf per cell node: [a * nf + i]. Not modified.
     * @param re (Output) added to: the cell residual, [a * nf + i].
     * @param ke (Output) added to: the cell Jacobian, [(a * nf + i) * (n nf) + b * nf + j]; null when no Jacobian
     *           is wanted.
     */
    void add(CellValues cv, double[] ue, double[] re, double[] ke);
}
