package org.interphase.io.gmsh;

import org.interphase.mesh.Mesh;
import org.interphase.mesh.OriginalTags;

/**
 * A mesh read from a Gmsh file, with the file's node and element tags for messages.
 *
 * @param mesh the mesh, nodes renumbered 0..n-1 in order of first appearance in $Nodes.
 * @param tags the Gmsh node tag of each node and element tag of each cell and tagged facet.
 */
public record GmshMesh(Mesh mesh, OriginalTags tags) {
}
