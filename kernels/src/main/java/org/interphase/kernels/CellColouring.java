package org.interphase.kernels;

import java.util.Arrays;

/**
 * A greedy colouring of cells such that no two cells of one colour share a node, so the cells of a
 * colour can scatter into a matrix in parallel without atomics, in a fixed order (deterministic sums).
 * First fit in cell order, 64 colours per sweep over node bit masks (Jones and Plassmann, "A parallel
 * graph coloring heuristic", SIAM J. Sci. Comput. 14 (1993), describe the greedy baseline).
 *
 * @param order       cells sorted by colour (stable: ascending cell number within a colour).
 * @param colourStart colours + 1 offsets into order: colour c is order[colourStart[c] .. colourStart[c+1]).
 */
public record CellColouring(int[] order, int[] colourStart) {

    /** @return number of colours. */
    public int colours() {
        return colourStart.length - 1;
    }

    /** @return number of cells of colour c. */
    public int size(int c) {
        return colourStart[c + 1] - colourStart[c];
    }

    /**
     * @param conn         (Input) packed connectivity, nodesPerCell per cell. Not modified.
     * @param nodesPerCell (Input) nodes per cell.
     * @param nCells       (Input) number of cells.
     * @param nNodes       (Input) number of nodes (every entry of conn is below it).
     * @return the colouring.
     */
    public static CellColouring greedy(int[] conn, int nodesPerCell, int nCells, int nNodes) {
        int[] colour = new int[nCells];
        int[] pending = new int[nCells];
        for (int c = 0; c < nCells; c++) {
            pending[c] = c;
        }
        int nPending = nCells;
        int base = 0;
        long[] used = new long[nNodes];
        while (nPending > 0) {
            Arrays.fill(used, 0L);
            int next = 0;
            for (int p = 0; p < nPending; p++) {
                int c = pending[p];
                long taken = 0L;
                for (int a = 0; a < nodesPerCell; a++) {
                    taken |= used[conn[c * nodesPerCell + a]];
                }
                if (taken == -1L) {
                    pending[next++] = c;
                    continue;
                }
                int k = Long.numberOfTrailingZeros(~taken);
                colour[c] = base + k;
                for (int a = 0; a < nodesPerCell; a++) {
                    used[conn[c * nodesPerCell + a]] |= 1L << k;
                }
            }
            nPending = next;
            base += 64;
        }
        int colours = 0;
        for (int c = 0; c < nCells; c++) {
            colours = Math.max(colours, colour[c] + 1);
        }
        int[] start = new int[colours + 1];
        for (int c = 0; c < nCells; c++) {
            start[colour[c] + 1]++;
        }
        for (int k = 0; k < colours; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, colours);
        int[] order = new int[nCells];
        for (int c = 0; c < nCells; c++) {
            order[fill[colour[c]]++] = c;
        }
        return new CellColouring(order, start);
    }

    /** @return one colour holding every cell in cell order (for atomic scatter). */
    public static CellColouring single(int nCells) {
        int[] order = new int[nCells];
        for (int c = 0; c < nCells; c++) {
            order[c] = c;
        }
        return new CellColouring(order, new int[] {0, nCells});
    }
}
