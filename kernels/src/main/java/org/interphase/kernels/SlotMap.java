package org.interphase.kernels;

import java.util.Arrays;

/**
 * Where each entry of each cell matrix goes in a CSR value array: precomputed once per mesh and
 * matrix structure, so assembly kernels scatter with one indexed add per entry and no search.
 * Local dofs are node-major, component-minor: local dof a * blockSize + c is global dof
 * conn[cell][a] * blockSize + c.
 */
public final class SlotMap {

    private SlotMap() {
    }

    /**
     * @param conn         (Input) packed connectivity in dof-node numbering, nodesPerCell per cell. Not modified.
     * @param nodesPerCell (Input) nodes per cell.
     * @param nCells       (Input) number of cells.
     * @param blockSize    (Input) dofs per node.
     * @param rowPtr       (Input) CSR row pointers. Not modified.
     * @param col          (Input) CSR column indices, sorted within each row. Not modified.
     * @return nCells * (nodesPerCell * blockSize)^2 slots: entry (i, j) of cell c's matrix, local dofs i and
     *         j, goes to value slot [c * L * L + i * L + j], L = nodesPerCell * blockSize.
     * @throws IllegalArgumentException when the structure lacks an entry a cell couples.
     */
    public static int[] build(int[] conn, int nodesPerCell, int nCells, int blockSize, int[] rowPtr, int[] col) {
        int local = nodesPerCell * blockSize;
        long total = (long) nCells * local * local;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(
                    "a slot map of %d cells x %d entries exceeds 2^31 entries; assemble in parts", nCells,
                    local * local));
        }
        int[] slots = new int[(int) total];
        Parallel.forRange(nCells, (lo, hi) -> {
            for (int c = lo; c < hi; c++) {
                int base = c * local * local;
                for (int i = 0; i < local; i++) {
                    int row = conn[c * nodesPerCell + i / blockSize] * blockSize + i % blockSize;
                    for (int j = 0; j < local; j++) {
                        int column = conn[c * nodesPerCell + j / blockSize] * blockSize + j % blockSize;
                        int k = Arrays.binarySearch(col, rowPtr[row], rowPtr[row + 1], column);
                        if (k < 0) {
                            throw new IllegalArgumentException(String.format(
                                    "cell %d couples dofs %d and %d but the matrix structure has no entry (%d, %d)",
                                    c, row, column, row, column));
                        }
                        slots[base + i * local + j] = k;
                    }
                }
            }
        });
        return slots;
    }

    /**
     * @param slots (Input) a slot map from {@link #build}. Not modified.
     * @param local (Input) local dofs per cell, L.
     * @param order (Input) cell order, e.g. {@link CellColouring#order()}. Not modified.
     * @return the slot map with its cells permuted into {@code order}, so position p holds cell order[p].
     */
    public static int[] permute(int[] slots, int local, int[] order) {
        int per = local * local;
        int[] out = new int[slots.length];
        Parallel.forRange(order.length, (lo, hi) -> {
            for (int p = lo; p < hi; p++) {
                System.arraycopy(slots, order[p] * per, out, p * per, per);
            }
        });
        return out;
    }
}
