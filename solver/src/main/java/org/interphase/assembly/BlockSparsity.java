package org.interphase.assembly;

import java.util.Arrays;
import java.util.List;
import org.interphase.kernels.Parallel;
import org.interphase.linalg.CsrMatrix;

/**
 * The sparsity of a matrix coupling node slots that share an element, expanded to blocks of
 * {@code block} dofs per slot. Rows of the node graph are sorted, so the dof column of (node j,
 * component cj) in the row of (node i, component ci) is at {@code rowPtr[i*b+ci] + pos(i,j)*b + cj},
 * where pos(i,j) is j's index in node row i: assembly stores only pos per element node pair.
 */
public final class BlockSparsity {

    private final int slots;
    private final int block;
    private final int[] nodeRowPtr;
    private final int[] nodeCol;
    private final int[] rowPtr;
    private final int[] col;

    private BlockSparsity(int slots, int block, int[] nodeRowPtr, int[] nodeCol) {
        this.slots = slots;
        this.block = block;
        this.nodeRowPtr = nodeRowPtr;
        this.nodeCol = nodeCol;
        int n = slots * block;
        this.rowPtr = new int[n + 1];
        long nnz = (long) nodeCol.length * block * block;
        if (nnz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("matrix too large for 32-bit CSR indices: " + nnz + " nonzeros");
        }
        for (int i = 0; i < slots; i++) {
            int len = (nodeRowPtr[i + 1] - nodeRowPtr[i]) * block;
            for (int c = 0; c < block; c++) {
                rowPtr[i * block + c + 1] = len;
            }
        }
        for (int r = 0; r < n; r++) {
            rowPtr[r + 1] += rowPtr[r];
        }
        this.col = new int[(int) nnz];
        Parallel.forRange(slots, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                for (int c = 0; c < block; c++) {
                    int k = rowPtr[i * block + c];
                    for (int p = nodeRowPtr[i]; p < nodeRowPtr[i + 1]; p++) {
                        int j = nodeCol[p];
                        for (int cj = 0; cj < block; cj++) {
                            col[k++] = j * block + cj;
                        }
                    }
                }
            }
        });
    }

    /**
     * Builds the node graph from element connectivities mapped through a dof map.
     *
     * @param dofs         (Input) node-to-slot map and block size.
     * @param connectivity (Input) packed element node lists (mesh node numbers), one array per group.
     * @param nodesPer     (Input) nodes per element of each group.
     */
    public static BlockSparsity build(DofMap dofs, List<int[]> connectivity, List<Integer> nodesPer) {
        int ns = dofs.slots();
        int[] count = new int[ns + 1];
        for (int g = 0; g < connectivity.size(); g++) {
            int[] conn = connectivity.get(g);
            for (int node : conn) {
                count[dofs.slot(node) + 1]++;
            }
        }
        for (int i = 0; i < ns; i++) {
            count[i + 1] += count[i];
        }
        int[] incStart = count;
        int total = incStart[ns];
        int[] incElem = new int[total];
        int[] incGroup = new int[total];
        int[] fill = Arrays.copyOf(incStart, ns);
        for (int g = 0; g < connectivity.size(); g++) {
            int[] conn = connectivity.get(g);
            int k = nodesPer.get(g);
            for (int p = 0; p < conn.length; p++) {
                int s = dofs.slot(conn[p]);
                incElem[fill[s]] = p / k;
                incGroup[fill[s]] = g;
                fill[s]++;
            }
        }
        int[] rowLen = new int[ns + 1];
        int[][] rows = new int[ns][];
        Parallel.forRange(ns, 1024, (lo, hi) -> {
            int[] mark = new int[ns];
            Arrays.fill(mark, -1);
            int[] buf = new int[64];
            for (int i = lo; i < hi; i++) {
                int m = 0;
                for (int p = incStart[i]; p < incStart[i + 1]; p++) {
                    int g = incGroup[p];
                    int k = nodesPer.get(g);
                    int[] conn = connectivity.get(g);
                    int e = incElem[p];
                    for (int a = 0; a < k; a++) {
                        int j = dofs.slot(conn[e * k + a]);
                        if (mark[j] != i) {
                            mark[j] = i;
                            if (m == buf.length) {
                                buf = Arrays.copyOf(buf, 2 * m);
                            }
                            buf[m++] = j;
                        }
                    }
                }
                if (m == 0) {
                    m = 1;
                    buf[0] = i;
                }
                int[] row = Arrays.copyOf(buf, m);
                Arrays.sort(row);
                rows[i] = row;
                rowLen[i + 1] = m;
            }
        });
        for (int i = 0; i < ns; i++) {
            rowLen[i + 1] += rowLen[i];
        }
        int[] nodeCol = new int[rowLen[ns]];
        for (int i = 0; i < ns; i++) {
            System.arraycopy(rows[i], 0, nodeCol, rowLen[i], rows[i].length);
            rows[i] = null;
        }
        return new BlockSparsity(ns, dofs.components(), rowLen, nodeCol);
    }

    /** @return a new zero matrix with this structure (structure arrays shared between matrices). */
    public CsrMatrix newMatrix() {
        return new CsrMatrix(slots * block, slots * block, rowPtr, col, new double[col.length]);
    }

    /** @return dofs per node slot. */
    public int block() {
        return block;
    }

    /** @return number of node slots. */
    public int slots() {
        return slots;
    }

    /** @return number of scalar nonzeros. */
    public int nnz() {
        return col.length;
    }

    /** @return dof row pointers. Not a copy. */
    public int[] rowPtr() {
        return rowPtr;
    }

    /** @return dof column indices. Not a copy. */
    public int[] colIndex() {
        return col;
    }

    /** @return index of slot j within node row i, or -1 if they are not coupled. */
    public int position(int i, int j) {
        int k = Arrays.binarySearch(nodeCol, nodeRowPtr[i], nodeRowPtr[i + 1], j);
        return k >= 0 ? k - nodeRowPtr[i] : -1;
    }

    /** @return the value slot of dof entry (i*b+ci, j*b+cj) given pos = position(i, j). */
    public int valueSlot(int i, int ci, int pos, int cj) {
        return rowPtr[i * block + ci] + pos * block + cj;
    }
}
