package org.interphase.io.gmsh;

import java.util.HashMap;
import java.util.Map;

/**
 * The Gmsh element types a file may contain (numbers from the Gmsh reference manual, "MSH file
 * format"), with their dimension and node count, so that any block can be read or skipped, and what to
 * change in Gmsh when Interphase cannot use a type.
 *
 * @param number Gmsh element type number.
 * @param name   its name in the Gmsh manual.
 * @param dim    topological dimension.
 * @param nodes  nodes per element.
 */
record GmshType(int number, String name, int dim, int nodes) {

    private static final Map<Integer, GmshType> TYPES = new HashMap<>();

    static {
        Object[][] table = {
            {1, "2-node line", 1, 2}, {2, "3-node triangle", 2, 3}, {3, "4-node quadrangle", 2, 4},
            {4, "4-node tetrahedron", 3, 4}, {5, "8-node hexahedron", 3, 8}, {6, "6-node prism", 3, 6},
            {7, "5-node pyramid", 3, 5}, {8, "3-node line", 1, 3}, {9, "6-node triangle", 2, 6},
            {10, "9-node quadrangle", 2, 9}, {11, "10-node tetrahedron", 3, 10}, {12, "27-node hexahedron", 3, 27},
            {13, "18-node prism", 3, 18}, {14, "14-node pyramid", 3, 14}, {15, "1-node point", 0, 1},
            {16, "8-node quadrangle", 2, 8}, {17, "20-node hexahedron", 3, 20}, {18, "15-node prism", 3, 15},
            {19, "13-node pyramid", 3, 13}, {20, "9-node triangle", 2, 9}, {21, "10-node triangle", 2, 10},
            {22, "12-node triangle", 2, 12}, {23, "15-node triangle", 2, 15}, {24, "15-node triangle", 2, 15},
            {25, "21-node triangle", 2, 21}, {26, "4-node line", 1, 4}, {27, "5-node line", 1, 5},
            {28, "6-node line", 1, 6}, {29, "20-node tetrahedron", 3, 20}, {30, "35-node tetrahedron", 3, 35},
            {31, "56-node tetrahedron", 3, 56}, {92, "64-node hexahedron", 3, 64},
            {93, "125-node hexahedron", 3, 125}};
        for (Object[] row : table) {
            GmshType t = new GmshType((Integer) row[0], (String) row[1], (Integer) row[2], (Integer) row[3]);
            TYPES.put(t.number, t);
        }
    }

    /** @return the type with Gmsh number {@code number}, or null when unknown. */
    static GmshType of(int number) {
        return TYPES.get(number);
    }

    /** @return what to change in Gmsh so that the mesh has no elements of this (unsupported) type. */
    String advice() {
        if (name.contains("quadrangle")) {
            return "Interphase needs a mesh with triangles only: remove Recombine (and Mesh.RecombineAll, "
                    + "Mesh.SubdivisionAlgorithm) from the .geo and re-mesh";
        }
        if (name.contains("hexahedron") || name.contains("prism") || name.contains("pyramid")) {
            return "Interphase needs a mesh with tetrahedra only: remove Recombine from Extrude/Transfinite "
                    + "(and Mesh.RecombineAll, Mesh.SubdivisionAlgorithm) and re-mesh";
        }
        return "Interphase supports element orders 1 and 2 only: re-mesh with Mesh.ElementOrder = 1 or 2 "
                + "(gmsh -order 2)";
    }
}
