package org.interphase.kernels;

import java.util.Arrays;

/**
 * A two-level colouring of cells for race-free scatter (the OP2/PyOP2 scheme: Mudalige et al., "OP2: An
 * active library framework for solving unstructured mesh-based applications on multi-core and many-core
 * architectures", InPar 2012). Cells are cut into blocks of {@code blockSize} consecutive cells; blocks
 * get colours such that blocks of one colour share no node, so they can run in parallel; inside a block
 * the cells get colours ("pieces") such that the cells of one piece share no node, so the work-items of
 * the block's work-group can add them at once, piece after piece. Blocks keep the mesh's locality, so
 * each colour writes compact parts of the matrix rather than sweeping all of it. Greedy first fit both
 * times, in cell order; the resulting order of the adds into every entry is fixed.
 *
 * <p>Positions: colour after colour, block after block (ascending), piece after piece, cell after cell
 * (ascending); position p holds cell order[p].
 *
 * @param order        cells in position order.
 * @param pieceStart   pieces + 1 offsets: piece j holds positions pieceStart[j] .. pieceStart[j+1).
 * @param blockPieces  blocks + 1 offsets: block b (in position order) holds pieces blockPieces[b] .. [b+1).
 * @param colourBlocks colours + 1 offsets: colour c holds blocks colourBlocks[c] .. [c+1).
 */
public record CellColouring(int[] order, int[] pieceStart, int[] blockPieces, int[] colourBlocks) {

    /** Cells per block: a work-group adds one block (any work-group size works: items loop over the piece). */
    public static final int BLOCK_SIZE = 128;

    /** @return number of block colours (kernel launches per operator). */
    public int colours() {
        return colourBlocks.length - 1;
    }

    /** @return number of blocks. */
    public int blocks() {
        return blockPieces.length - 1;
    }

    /**
     * Colours cells in two levels.
     *
     * @param conn         (Input) packed connectivity (dof-node numbering), nodesPerCell per cell. Not modified.
     * @param nodesPerCell (Input) nodes per cell.
     * @param nCells       (Input) number of cells.
     * @param nNodes       (Input) number of nodes (every entry of conn is below it).
     * @param blockSize    (Input) cells per block, e.g. {@link #BLOCK_SIZE}.
     * @return the colouring.
     */
    public static CellColouring greedy(int[] conn, int nodesPerCell, int nCells, int nNodes, int blockSize) {
        int nBlocks = (nCells + blockSize - 1) / blockSize;
        Greedy blocks = new Greedy(nNodes);
        int[] blockColour = new int[nBlocks];
        for (int b = 0; b < nBlocks; b++) {
            int lo = b * blockSize;
            int hi = Math.min(nCells, lo + blockSize);
            blockColour[b] = blocks.colour(conn, nodesPerCell, lo, hi);
        }
        int[] blockOrder = sortByColour(blockColour);
        int colours = nBlocks == 0 ? 0 : blockColour[blockOrder[nBlocks - 1]] + 1;
        int[] colourBlocks = new int[colours + 1];
        for (int b = 0; b < nBlocks; b++) {
            colourBlocks[blockColour[b] + 1]++;
        }
        for (int c = 0; c < colours; c++) {
            colourBlocks[c + 1] += colourBlocks[c];
        }
        int[] order = new int[nCells];
        int[] pieceStart = new int[nCells + 1];
        int[] blockPieces = new int[nBlocks + 1];
        Greedy cells = new Greedy(nNodes);
        int[] cellColour = new int[blockSize];
        int position = 0;
        int pieces = 0;
        for (int k = 0; k < nBlocks; k++) {
            int b = blockOrder[k];
            int lo = b * blockSize;
            int hi = Math.min(nCells, lo + blockSize);
            cells.reset();
            for (int c = lo; c < hi; c++) {
                cellColour[c - lo] = cells.colour(conn, nodesPerCell, c, c + 1);
            }
            int[] inBlock = sortByColour(Arrays.copyOf(cellColour, hi - lo));
            for (int i = 0; i < inBlock.length; i++) {
                if (i == 0 || cellColour[inBlock[i]] != cellColour[inBlock[i - 1]]) {
                    pieceStart[pieces++] = position;
                }
                order[position++] = lo + inBlock[i];
            }
            blockPieces[k + 1] = pieces;
        }
        pieceStart[pieces] = position;
        return new CellColouring(order, Arrays.copyOf(pieceStart, pieces + 1), blockPieces, colourBlocks);
    }

    /**
     * @return blocks of consecutive cells, each one piece, all of one colour: the layout of atomic scatter,
     *         where cells of a block may share nodes.
     */
    public static CellColouring single(int nCells, int blockSize) {
        int nBlocks = (nCells + blockSize - 1) / blockSize;
        int[] order = new int[nCells];
        for (int c = 0; c < nCells; c++) {
            order[c] = c;
        }
        int[] pieceStart = new int[nBlocks + 1];
        int[] blockPieces = new int[nBlocks + 1];
        for (int b = 0; b <= nBlocks; b++) {
            pieceStart[b] = Math.min(nCells, b * blockSize);
            blockPieces[b] = b;
        }
        return new CellColouring(order, pieceStart, blockPieces, new int[] {0, nBlocks});
    }

    /** @return indices 0..n-1 sorted by colour, stable. */
    private static int[] sortByColour(int[] colour) {
        int colours = 0;
        for (int c : colour) {
            colours = Math.max(colours, c + 1);
        }
        int[] start = new int[colours + 1];
        for (int c : colour) {
            start[c + 1]++;
        }
        for (int k = 0; k < colours; k++) {
            start[k + 1] += start[k];
        }
        int[] out = new int[colour.length];
        for (int i = 0; i < colour.length; i++) {
            out[start[colour[i]]++] = i;
        }
        return out;
    }

    /**
     * First-fit colouring of groups of cells against the colours already on their nodes: per node a
     * list of 64-bit masks (colours 0-63, 64-127, ...), reset through a list of touched nodes.
     */
    private static final class Greedy {
        private long[][] used = new long[1][];
        private final int[] touched;
        private int nTouched;
        private final boolean[] isTouched;

        Greedy(int nNodes) {
            used[0] = new long[nNodes];
            touched = new int[nNodes];
            isTouched = new boolean[nNodes];
        }

        /** @return the smallest colour free on every node of cells [lo, hi), now marked on those nodes. */
        int colour(int[] conn, int npc, int lo, int hi) {
            for (int word = 0;; word++) {
                if (word == used.length) {
                    used = Arrays.copyOf(used, word + 1);
                    used[word] = new long[used[0].length];
                }
                long taken = 0L;
                for (int k = lo * npc; k < hi * npc; k++) {
                    taken |= used[word][conn[k]];
                }
                if (taken != -1L) {
                    int bit = Long.numberOfTrailingZeros(~taken);
                    for (int k = lo * npc; k < hi * npc; k++) {
                        int node = conn[k];
                        used[word][node] |= 1L << bit;
                        if (!isTouched[node]) {
                            isTouched[node] = true;
                            touched[nTouched++] = node;
                        }
                    }
                    return 64 * word + bit;
                }
            }
        }

        /** Clears every mark. */
        void reset() {
            for (int t = 0; t < nTouched; t++) {
                int node = touched[t];
                for (long[] w : used) {
                    w[node] = 0L;
                }
                isTouched[node] = false;
            }
            nTouched = 0;
        }
    }
}
