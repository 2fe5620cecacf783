package org.interphase.kernels;

/**
 * Everything an assembly kernel needs besides coefficients, as arrays: cell type, node coordinates,
 * connectivity (in node and in dof-node numbering), the cell order (by colour) and the slot map of the
 * target CSR structure in that order.
 * Built once per mesh and matrix structure on the host, then handed to {@link Device#assembly}.
 *
 * @param type      cell type.
 * @param blockSize dofs per node of the target matrix (1 for diffusion and mass, dim for elasticity).
 * @param coords    node coordinates, dim per node.
 * @param conn      connectivity into coords, nodes per cell.
 * @param dofConn   the same cells in dof-node numbering: load vectors add local dof a * blockSize + c of
 *                  cell e into row dofConn[e * nodes + a] * blockSize + c.
 * @param nCells    number of cells.
 * @param colouring cell order, blocks and colours ({@link CellColouring#single} for atomic scatter).
 * @param slots     slot map ({@link SlotMap#build}) permuted to the colouring's order.
 * @param scatter   how cells add into the matrix.
 */
public record AssemblyLayout(SimplexType type, int blockSize, double[] coords, int[] conn, int[] dofConn, int nCells,
        CellColouring colouring, int[] slots, Scatter scatter) {

    /**
     * Builds the layout for one mesh and one matrix structure.
     *
     * @param type      (Input) cell type.
     * @param blockSize (Input) dofs per node of the target matrix.
     * @param coords    (Input) node coordinates, type.dim() per node. Kept, not copied.
     * @param conn      (Input) connectivity into coords. Kept, not copied.
     * @param dofConn   (Input) the same cells in dof-node numbering (equal to conn unless nodes share dofs,
     *                  as periodic images do). Kept, not copied.
     * @param nCells    (Input) number of cells.
     * @param rowPtr    (Input) CSR row pointers of the target. Not modified.
     * @param col       (Input) CSR columns of the target, sorted within rows. Not modified.
     * @param scatter   (Input) scatter strategy, normally {@link Scatter#DEFAULT}.
     * @return the layout.
     */
    public static AssemblyLayout build(SimplexType type, int blockSize, double[] coords, int[] conn, int[] dofConn,
            int nCells, int[] rowPtr, int[] col, Scatter scatter) {
        int npc = type.nodes();
        if (conn.length != nCells * npc || dofConn.length != conn.length) {
            throw new IllegalArgumentException(String.format(
                    "%d %s cells need %d connectivity entries; got %d (coordinates) and %d (dofs)", nCells, type,
                    nCells * npc, conn.length, dofConn.length));
        }
        if (coords.length % type.dim() != 0) {
            throw new IllegalArgumentException("coordinates length " + coords.length + " is not a multiple of dim "
                    + type.dim());
        }
        int dofNodes = (rowPtr.length - 1) / blockSize;
        CellColouring colouring = scatter == Scatter.COLOURED
                ? CellColouring.greedy(dofConn, npc, nCells, dofNodes, CellColouring.BLOCK_SIZE)
                : CellColouring.single(nCells, CellColouring.BLOCK_SIZE);
        int[] slots = SlotMap.build(dofConn, npc, nCells, blockSize, rowPtr, col);
        int local = npc * blockSize;
        return new AssemblyLayout(type, blockSize, coords, conn, dofConn, nCells, colouring,
                SlotMap.permute(slots, local, colouring.order()), scatter);
    }

    /** As the full build with dofConn = conn (one dof node per mesh node). */
    public static AssemblyLayout build(SimplexType type, int blockSize, double[] coords, int[] conn, int nCells,
            int[] rowPtr, int[] col, Scatter scatter) {
        return build(type, blockSize, coords, conn, conn, nCells, rowPtr, col, scatter);
    }

    /** @return dofs per cell, nodes * blockSize. */
    public int localDofs() {
        return type.nodes() * blockSize;
    }

    /** @return number of nodes in coords. */
    public int nNodes() {
        return coords.length / type.dim();
    }
}
