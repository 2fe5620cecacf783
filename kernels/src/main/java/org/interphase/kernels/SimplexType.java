package org.interphase.kernels;

/**
 * The cell types the assembly kernels know: Lagrange simplices of order 1 and 2, nodes in VTK order
 * (vertices, then edge midpoints, as {@link org.interphase.kernels.fe.LagrangeBasis}). The geometry is
 * isoparametric: a TRI6 or TET10 cell may be curved. The ordinal is the cell type code of the kernels.
 */
public enum SimplexType {
    TRI3(2, 1),
    TRI6(2, 2),
    TET4(3, 1),
    TET10(3, 2);

    private final int dim;
    private final int order;

    SimplexType(int dim, int order) {
        this.dim = dim;
        this.order = order;
    }

    /** @return spatial and reference dimension (2 or 3). */
    public int dim() {
        return dim;
    }

    /** @return polynomial order (1 or 2). */
    public int order() {
        return order;
    }

    /** @return nodes per cell. */
    public int nodes() {
        return org.interphase.kernels.fe.LagrangeBasis.size(dim, order);
    }

    /** @return the type with this name (TRI3, TRI6, TET4, TET10), as the mesh's ElementType names it. */
    public static SimplexType named(String name) {
        for (SimplexType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("the assembly kernels know TRI3, TRI6, TET4 and TET10, not " + name);
    }
}
