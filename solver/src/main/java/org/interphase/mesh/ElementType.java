package org.interphase.mesh;

/**
 * The Lagrange element shapes Interphase knows. Node order is the VTK/XDMF order for every type
 * (vertices first, then edge midpoints); readers convert from their file's order (Gmsh tet10 swaps
 * its last two edge nodes relative to VTK).
 *
 * <pre>
 * TRI6 edges:  3:(0,1) 4:(1,2) 5:(2,0)
 * TET10 edges: 4:(0,1) 5:(1,2) 6:(2,0) 7:(0,3) 8:(1,3) 9:(2,3)
 * LINE3:       2: midpoint of (0,1)
 * </pre>
 */
public enum ElementType {
    POINT1(0, 1, 1, 15, 1, "Polyvertex"),
    LINE2(1, 2, 1, 1, 2, "Polyline"),
    LINE3(1, 3, 2, 8, 21, "Edge_3"),
    TRI3(2, 3, 1, 2, 5, "Triangle"),
    TRI6(2, 6, 2, 9, 22, "Triangle_6"),
    TET4(3, 4, 1, 4, 10, "Tetrahedron"),
    TET10(3, 10, 2, 11, 24, "Tetrahedron_10");

    private final int dim;
    private final int nodes;
    private final int order;
    private final int gmshType;
    private final int vtkType;
    private final String xdmfName;

    ElementType(int dim, int nodes, int order, int gmshType, int vtkType, String xdmfName) {
        this.dim = dim;
        this.nodes = nodes;
        this.order = order;
        this.gmshType = gmshType;
        this.vtkType = vtkType;
        this.xdmfName = xdmfName;
    }

    /** @return topological dimension (0 point, 1 line, 2 triangle, 3 tetrahedron). */
    public int dim() {
        return dim;
    }

    /** @return number of nodes. */
    public int nodes() {
        return nodes;
    }

    /** @return number of vertices (corner nodes). */
    public int vertices() {
        return dim + 1;
    }

    /** @return polynomial order of the geometry and of the Lagrange field on it (1 or 2). */
    public int order() {
        return order;
    }

    /** @return the Gmsh element type number. */
    public int gmshType() {
        return gmshType;
    }

    /** @return the VTK cell type number. */
    public int vtkType() {
        return vtkType;
    }

    /** @return the XDMF TopologyType name. */
    public String xdmfName() {
        return xdmfName;
    }

    /** @return the type of this element's facets (TRI3 -> LINE2, TET10 -> TRI6, ...). */
    public ElementType facetType() {
        switch (this) {
            case TRI3: return LINE2;
            case TRI6: return LINE3;
            case TET4: return TRI3;
            case TET10: return TRI6;
            case LINE2:
            case LINE3: return POINT1;
            default: throw new IllegalStateException(this + " has no facets");
        }
    }

    /** @return the cell type of dimension {@code dim} and order {@code order}. */
    public static ElementType cell(int dim, int order) {
        if (dim == 2) {
            return order == 1 ? TRI3 : TRI6;
        }
        if (dim == 3) {
            return order == 1 ? TET4 : TET10;
        }
        if (dim == 1) {
            return order == 1 ? LINE2 : LINE3;
        }
        throw new IllegalArgumentException("no cell type of dimension " + dim);
    }

    /** @return the type with this Gmsh number, or null if Interphase does not support it. */
    public static ElementType fromGmsh(int gmshType) {
        for (ElementType t : values()) {
            if (t.gmshType == gmshType) {
                return t;
            }
        }
        return null;
    }

    /**
     * Local facet-to-node table in this element's node order: row f lists the nodes of facet f
     * (facet f is opposite vertex f), vertices first then edge midpoints, oriented so that for a
     * positively oriented cell the facet normal from {@code facetNormal} points outward.
     */
    public int[][] facetNodes() {
        switch (this) {
            case TRI3: return new int[][] {{1, 2}, {2, 0}, {0, 1}};
            case TRI6: return new int[][] {{1, 2, 4}, {2, 0, 5}, {0, 1, 3}};
            case TET4: return new int[][] {{1, 2, 3}, {0, 3, 2}, {0, 1, 3}, {0, 2, 1}};
            case TET10: return new int[][] {
                    {1, 2, 3, 5, 9, 8}, {0, 3, 2, 7, 9, 6}, {0, 1, 3, 4, 8, 7}, {0, 2, 1, 6, 5, 4}};
            default: throw new IllegalStateException(this + " is not a cell type");
        }
    }
}
