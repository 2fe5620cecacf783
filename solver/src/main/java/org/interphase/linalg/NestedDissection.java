package org.interphase.linalg;

import java.util.Arrays;

/**
 * A fill-reducing ordering by automatic nested dissection (A. George and J. W. H. Liu, "Computer
 * Solution of Large Sparse Positive Definite Systems", Prentice-Hall 1981, ch. 8): each connected part
 * of the graph is split by a level set of a breadth-first search from a pseudo-peripheral node (the
 * smallest level that leaves both sides with at least a quarter of the rest), thinned to the nodes that
 * touch the far side; the separator is numbered after both halves, which are dissected in turn. Parts
 * of at most {@value #LEAF} nodes are numbered in reverse Cuthill-McKee order. On 2D meshes this gives
 * O(n log n) fill, which a profile (envelope) ordering cannot.
 */
final class NestedDissection {

    static final int LEAF = 32;
    private static final double BALANCE = 0.25;

    private final int[] ptr;
    private final int[] adj;
    private final int[] label;
    private final int[] seen;
    private final int[] level;
    private final int[] queue;
    private final int[] order;
    private int stamp;
    private int pos;
    private int nextLabel = 1;

    private NestedDissection(int n, int[] ptr, int[] adj) {
        this.ptr = ptr;
        this.adj = adj;
        label = new int[n];
        seen = new int[n];
        level = new int[n];
        queue = new int[n];
        order = new int[n];
    }

    /**
     * @param n   (Input) number of graph nodes.
     * @param ptr (Input) adjacency pointers, length n+1. Not modified.
     * @param adj (Input) neighbours, symmetric; self loops are ignored. Not modified.
     * @return perm with perm[k] = the node numbered k.
     */
    static int[] order(int n, int[] ptr, int[] adj) {
        NestedDissection nd = new NestedDissection(n, ptr, adj);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        nd.dissect(all, 0);
        return nd.order;
    }

    /** Numbers {@code nodes} (all carrying label {@code lab}), separators last. */
    private void dissect(int[] nodes, int lab) {
        if (nodes.length <= LEAF) {
            leaf(nodes, lab);
            return;
        }
        int reached = bfs(nodes[0], lab);
        if (reached < nodes.length) {
            components(nodes, lab);
            return;
        }
        int root = pseudoPeripheral(nodes[0], lab);
        int count = bfs(root, lab);
        int depth = level[queue[count - 1]] + 1;
        int[] levelStart = new int[depth + 1];
        for (int q = 0; q < count; q++) {
            levelStart[level[queue[q]] + 1] = q + 1;
        }
        int best = -1;
        for (int m = 1; m < depth - 1; m++) {
            int sep = levelStart[m + 1] - levelStart[m];
            int before = levelStart[m];
            int after = count - levelStart[m + 1];
            if (Math.min(before, after) >= BALANCE * (count - sep)
                    && (best < 0 || sep < levelStart[best + 1] - levelStart[best])) {
                best = m;
            }
        }
        if (best < 0) {
            for (int m = 1; m < depth - 1; m++) {
                if (best < 0 || Math.abs(levelStart[m] - count / 2) < Math.abs(levelStart[best] - count / 2)) {
                    best = m;
                }
            }
        }
        if (best < 0) {
            leaf(nodes, lab);
            return;
        }
        int m = best;
        int labA = nextLabel++;
        int labB = nextLabel++;
        int[] partA = new int[count];
        int[] partB = new int[count];
        int[] sep = new int[count];
        int na = 0;
        int nb = 0;
        int ns = 0;
        for (int q = 0; q < count; q++) {
            int v = queue[q];
            if (level[v] < m) {
                partA[na++] = v;
            } else if (level[v] > m) {
                partB[nb++] = v;
            }
        }
        for (int q = levelStart[m]; q < levelStart[m + 1]; q++) {
            int v = queue[q];
            boolean touchesB = false;
            for (int k = ptr[v]; k < ptr[v + 1] && !touchesB; k++) {
                touchesB = level[adj[k]] == m + 1 && label[adj[k]] == lab;
            }
            if (touchesB) {
                sep[ns++] = v;
            } else {
                partA[na++] = v;
            }
        }
        for (int q = 0; q < na; q++) {
            label[partA[q]] = labA;
        }
        for (int q = 0; q < nb; q++) {
            label[partB[q]] = labB;
        }
        for (int q = 0; q < ns; q++) {
            label[sep[q]] = -1;
        }
        dissect(Arrays.copyOf(partA, na), labA);
        dissect(Arrays.copyOf(partB, nb), labB);
        for (int q = 0; q < ns; q++) {
            order[pos++] = sep[q];
        }
    }

    /** Splits a disconnected part into its components and dissects each; small ones are grouped. */
    private void components(int[] nodes, int lab) {
        int compLab = nextLabel++;
        for (int v : nodes) {
            if (label[v] != lab) {
                continue;
            }
            int count = bfs(v, lab);
            int[] comp = Arrays.copyOf(queue, count);
            int own = nextLabel++;
            for (int u : comp) {
                label[u] = own;
            }
            if (count > LEAF) {
                dissect(comp, own);
            } else {
                leaf(comp, own);
            }
        }
        nextLabel = Math.max(nextLabel, compLab + 1);
    }

    /** Numbers a small part in reverse Cuthill-McKee order. */
    private void leaf(int[] nodes, int lab) {
        int start = pos;
        for (int v : nodes) {
            if (label[v] != lab) {
                continue;
            }
            int count = bfs(pseudoPeripheral(v, lab), lab);
            for (int q = 0; q < count; q++) {
                label[queue[q]] = -1;
                order[pos++] = queue[q];
            }
        }
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Breadth-first search within label {@code lab}; fills queue and level. @return nodes reached. */
    private int bfs(int root, int lab) {
        stamp++;
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        seen[root] = stamp;
        level[root] = 0;
        while (head < tail) {
            int v = queue[head++];
            for (int k = ptr[v]; k < ptr[v + 1]; k++) {
                int w = adj[k];
                if (seen[w] != stamp && label[w] == lab) {
                    seen[w] = stamp;
                    level[w] = level[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }

    /** George-Liu: restart from a least-degree node of the last level while the depth grows. */
    private int pseudoPeripheral(int start, int lab) {
        int root = start;
        int depth = -1;
        for (int iter = 0; iter < 8; iter++) {
            int count = bfs(root, lab);
            int last = queue[count - 1];
            int d = level[last];
            if (d <= depth) {
                break;
            }
            depth = d;
            int best = last;
            int bestDeg = Integer.MAX_VALUE;
            for (int q = count - 1; q >= 0 && level[queue[q]] == d; q--) {
                int deg = ptr[queue[q] + 1] - ptr[queue[q]];
                if (deg < bestDeg) {
                    bestDeg = deg;
                    best = queue[q];
                }
            }
            if (best == root) {
                break;
            }
            root = best;
        }
        return root;
    }
}
