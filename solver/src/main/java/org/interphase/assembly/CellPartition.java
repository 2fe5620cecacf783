package org.interphase.assembly;

import java.util.Arrays;
import org.interphase.kernels.Parallel;

/**
 * Splits cells into contiguous chunks, one per thread, such that chunks touch disjoint node slots; the
 * cells that touch a slot shared with another chunk are set aside and assembled serially afterwards.
 * Mesh orderings with locality (generators, Gmsh) defer only the cells along chunk seams, and the
 * summation order into every entry is fixed, so assembly is deterministic for a given thread count.
 */
public final class CellPartition {

    private final int[] chunkStart;
    private final boolean[] deferred;
    private final int[] deferredCells;

    private CellPartition(int[] chunkStart, boolean[] deferred, int[] deferredCells) {
        this.chunkStart = chunkStart;
        this.deferred = deferred;
        this.deferredCells = deferredCells;
    }

    /**
     * @param conn     (Input) packed cell connectivity.
     * @param nodesPer (Input) nodes per cell.
     * @param dofs     (Input) node-to-slot map.
     * @param chunks   (Input) number of chunks (threads).
     */
    public static CellPartition of(int[] conn, int nodesPer, DofMap dofs, int chunks) {
        int nc = conn.length / nodesPer;
        chunks = Math.max(1, Math.min(chunks, nc / 256 + 1));
        int[] start = new int[chunks + 1];
        for (int k = 0; k <= chunks; k++) {
            start[k] = (int) ((long) nc * k / chunks);
        }
        int[] owner = new int[dofs.slots()];
        Arrays.fill(owner, -1);
        for (int k = 0; k < chunks; k++) {
            for (int c = start[k]; c < start[k + 1]; c++) {
                for (int a = 0; a < nodesPer; a++) {
                    int s = dofs.slot(conn[c * nodesPer + a]);
                    if (owner[s] == -1) {
                        owner[s] = k;
                    } else if (owner[s] != k) {
                        owner[s] = -2;
                    }
                }
            }
        }
        boolean[] deferred = new boolean[nc];
        int nd = 0;
        for (int c = 0; c < nc; c++) {
            for (int a = 0; a < nodesPer; a++) {
                if (owner[dofs.slot(conn[c * nodesPer + a])] == -2) {
                    deferred[c] = true;
                    nd++;
                    break;
                }
            }
        }
        int[] list = new int[nd];
        nd = 0;
        for (int c = 0; c < nc; c++) {
            if (deferred[c]) {
                list[nd++] = c;
            }
        }
        return new CellPartition(start, deferred, list);
    }

    /** @return a partition with one chunk per worker thread. */
    public static CellPartition of(int[] conn, int nodesPer, DofMap dofs) {
        return of(conn, nodesPer, dofs, Parallel.threads());
    }

    /** @return number of chunks. */
    public int chunks() {
        return chunkStart.length - 1;
    }

    /** @return first cell of chunk k. */
    public int start(int k) {
        return chunkStart[k];
    }

    /** @return one past the last cell of chunk k. */
    public int end(int k) {
        return chunkStart[k + 1];
    }

    /** @return whether cell c is assembled in the serial pass. */
    public boolean isDeferred(int c) {
        return deferred[c];
    }

    /** @return the cells of the serial pass, ascending. */
    public int[] deferredCells() {
        return deferredCells;
    }
}
