package org.interphase.physics.phasefield;

import org.interphase.assembly.PointState;
import org.interphase.assembly.Term;

/**
 * A prescribed inward normal flux q of one field on a boundary (a facet term): adds -(q, v) to that field's
 * residual, the natural boundary term of the weak forms of {@link NernstPlanckTerm} (q: cation flux into
 * the domain) and {@link ChargeConservationTerm} (q: current density into the domain), in scaled units.
 */
public final class BoundaryFluxTerm implements Term {

    private final int field;
    private final double inward;

    /**
     * @param field  (Input) the field index.
     * @param inward (Input) the inward flux q.
     */
    public BoundaryFluxTerm(int field, double inward) {
        this.field = field;
        this.inward = inward;
    }

    @Override
    public void residual(PointState p, double[] f0, double[] f1) {
        f0[field] -= inward;
    }

    @Override
    public void jacobian(PointState p, double[] g0, double[] g1, double[] g2, double[] g3) {
    }

    @Override
    public int jacobianBlocks() {
        return 0;
    }
}
