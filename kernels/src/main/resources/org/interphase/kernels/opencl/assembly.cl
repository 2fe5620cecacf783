// OpenCL twin of org.interphase.kernels.AssemblyOps (blocks, geometry, diffusionCell, massCell,
// elasticityCell, sourceCell, bodyForceCell, eigenstrainCell, add). One work-group per block of a
// CellColouring (block firstBlock + group id); its work-items share each piece of the block (cells that
// share no node), with a barrier between pieces. Cell position p is cell order[p]; its matrix entries go
// to value slots slots[p * L * L ...] (L local dofs), its load entries to rows dofConn[cell * NODES + a]
// times the dofs per node plus the component.
// Build options fix the sizes (CellTables.buildOptions):
//   -D DIM=2|3 -D NODES=<nodes per cell> -D NQP=<quadrature points>
// and the scatter (Scatter): -D SCATTER_ATOMIC=0 (cells of one colour, plain adds) or 1 (64-bit CAS adds,
// needs cl_khr_int64_base_atomics). The global size is blocks x work-group size; any work-group size works.
// fma contraction is off, so with plain adds the result equals the Java twin bit for bit.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
#if SCATTER_ATOMIC
#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable
#endif
#pragma OPENCL FP_CONTRACT OFF

// Twin of AssemblyOps.add: val[s] += e, by compare-and-swap on the 64-bit pattern when atomic.
void add(__global double* val, int s, double e) {
#if SCATTER_ATOMIC
    volatile __global long* p = (volatile __global long*) (val + s);
    long old;
    long next;
    do {
        old = *p;
        next = as_long(as_double(old) + e);
    } while (atom_cmpxchg(p, old, next) != old);
#else
    val[s] += e;
#endif
}

// Twin of AssemblyOps.geometry: wdet[q] = w_q |det J_q| and, when withGrads, the physical gradients
// g[(q * NODES + a) * DIM + d] of every shape function at every point.
void geometry(int cell, __global const double* weights, __global const double* dn, __global const double* coords,
        __global const int* conn, double* wdet, double* g, int withGrads) {
    double jac[9];
    double inv[9];
    for (int q = 0; q < NQP; q++) {
        for (int k = 0; k < DIM * DIM; k++) {
            jac[k] = 0.0;
        }
        for (int a = 0; a < NODES; a++) {
            int node = conn[cell * NODES + a];
            for (int d = 0; d < DIM; d++) {
                for (int e = 0; e < DIM; e++) {
                    jac[d * DIM + e] += coords[node * DIM + d] * dn[(q * NODES + a) * DIM + e];
                }
            }
        }
        double det;
#if DIM == 2
        det = jac[0] * jac[3] - jac[1] * jac[2];
        inv[0] = jac[3] / det;
        inv[1] = -jac[1] / det;
        inv[2] = -jac[2] / det;
        inv[3] = jac[0] / det;
#else
        double c00 = jac[4] * jac[8] - jac[5] * jac[7];
        double c01 = jac[5] * jac[6] - jac[3] * jac[8];
        double c02 = jac[3] * jac[7] - jac[4] * jac[6];
        det = jac[0] * c00 + jac[1] * c01 + jac[2] * c02;
        inv[0] = c00 / det;
        inv[1] = (jac[2] * jac[7] - jac[1] * jac[8]) / det;
        inv[2] = (jac[1] * jac[5] - jac[2] * jac[4]) / det;
        inv[3] = c01 / det;
        inv[4] = (jac[0] * jac[8] - jac[2] * jac[6]) / det;
        inv[5] = (jac[2] * jac[3] - jac[0] * jac[5]) / det;
        inv[6] = c02 / det;
        inv[7] = (jac[1] * jac[6] - jac[0] * jac[7]) / det;
        inv[8] = (jac[0] * jac[4] - jac[1] * jac[3]) / det;
#endif
        wdet[q] = weights[q] * fabs(det);
        if (withGrads) {
            for (int a = 0; a < NODES; a++) {
                for (int d = 0; d < DIM; d++) {
                    double s = 0.0;
                    for (int e = 0; e < DIM; e++) {
                        s += dn[(q * NODES + a) * DIM + e] * inv[e * DIM + d];
                    }
                    g[(q * NODES + a) * DIM + d] = s;
                }
            }
        }
    }
}

// Twin of AssemblyOps.diffusionCell: adds k grad u . grad v of the cell at position p.
void diffusionCell(int p, __global const double* weights, __global const double* dn, __global const double* coords,
        __global const int* conn, __global const int* order, __global const int* slots, __global const double* k,
        __global double* val, double* wdet, double* g) {
    int cell = order[p];
    geometry(cell, weights, dn, coords, conn, wdet, g, 1);
    double coef = k[cell];
    for (int a = 0; a < NODES; a++) {
        for (int b = 0; b < NODES; b++) {
            double e = 0.0;
            for (int q = 0; q < NQP; q++) {
                double dot = 0.0;
                for (int d = 0; d < DIM; d++) {
                    dot += g[(q * NODES + a) * DIM + d] * g[(q * NODES + b) * DIM + d];
                }
                e += wdet[q] * dot;
            }
            add(val, slots[(p * NODES + a) * NODES + b], coef * e);
        }
    }
}

// Twin of AssemblyOps.massCell: adds rho u v of the cell at position p; n holds shape values.
void massCell(int p, __global const double* weights, __global const double* dn, __global const double* n,
        __global const double* coords, __global const int* conn, __global const int* order,
        __global const int* slots, __global const double* rho, __global double* val, double* wdet) {
    int cell = order[p];
    geometry(cell, weights, dn, coords, conn, wdet, 0, 0);
    double coef = rho[cell];
    for (int a = 0; a < NODES; a++) {
        for (int b = 0; b < NODES; b++) {
            double e = 0.0;
            for (int q = 0; q < NQP; q++) {
                e += wdet[q] * n[q * NODES + a] * n[q * NODES + b];
            }
            add(val, slots[(p * NODES + a) * NODES + b], coef * e);
        }
    }
}

// Twin of AssemblyOps.elasticityCell: adds lambda div u div v + 2 mu eps(u) : eps(v) of the cell at
// position p; the target has DIM dofs per node.
void elasticityCell(int p, __global const double* weights, __global const double* dn,
        __global const double* coords, __global const int* conn, __global const int* order,
        __global const int* slots, __global const double* lambda, __global const double* mu,
        __global double* val, double* wdet, double* g) {
    const int ldofs = NODES * DIM;
    int cell = order[p];
    geometry(cell, weights, dn, coords, conn, wdet, g, 1);
    double lam = lambda[cell];
    double m = mu[cell];
    for (int a = 0; a < NODES; a++) {
        for (int b = 0; b < NODES; b++) {
            for (int i = 0; i < DIM; i++) {
                for (int j = 0; j < DIM; j++) {
                    double e = 0.0;
                    for (int q = 0; q < NQP; q++) {
                        int ga = (q * NODES + a) * DIM;
                        int gb = (q * NODES + b) * DIM;
                        double v = g[ga + j] * g[gb + i];
                        if (i == j) {
                            for (int d = 0; d < DIM; d++) {
                                v += g[ga + d] * g[gb + d];
                            }
                        }
                        e += wdet[q] * (lam * g[ga + i] * g[gb + j] + m * v);
                    }
                    add(val, slots[(p * ldofs + a * DIM + i) * ldofs + b * DIM + j], e);
                }
            }
        }
    }
}

// Twin of AssemblyOps.sourceCell: adds (f, v) of the cell at position p into the load vector rhs, f nodal
// (perNode = 1, interpolated with the shape values n) or one value per cell; wdet ends as w_q |J_q| f(x_q).
void sourceCell(int p, __global const double* weights, __global const double* dn, __global const double* n,
        __global const double* coords, __global const int* conn, __global const int* dofConn,
        __global const int* order, __global const double* f, int perNode, __global double* rhs, double* wdet) {
    int cell = order[p];
    geometry(cell, weights, dn, coords, conn, wdet, 0, 0);
    for (int q = 0; q < NQP; q++) {
        double fq = 0.0;
        if (perNode) {
            for (int b = 0; b < NODES; b++) {
                fq += n[q * NODES + b] * f[conn[cell * NODES + b]];
            }
        } else {
            fq = f[cell];
        }
        wdet[q] = wdet[q] * fq;
    }
    for (int a = 0; a < NODES; a++) {
        double e = 0.0;
        for (int q = 0; q < NQP; q++) {
            e += wdet[q] * n[q * NODES + a];
        }
        add(rhs, dofConn[cell * NODES + a], e);
    }
}

// Twin of AssemblyOps.bodyForceCell: adds (b, v) of the cell at position p, b = force, DIM values per cell.
void bodyForceCell(int p, __global const double* weights, __global const double* dn, __global const double* n,
        __global const double* coords, __global const int* conn, __global const int* dofConn,
        __global const int* order, __global const double* force, __global double* rhs, double* wdet) {
    int cell = order[p];
    geometry(cell, weights, dn, coords, conn, wdet, 0, 0);
    for (int a = 0; a < NODES; a++) {
        double w = 0.0;
        for (int q = 0; q < NQP; q++) {
            w += wdet[q] * n[q * NODES + a];
        }
        for (int i = 0; i < DIM; i++) {
            add(rhs, dofConn[cell * NODES + a] * DIM + i, force[cell * DIM + i] * w);
        }
    }
}

// Full 3x3 row-major index to the Voigt index [xx, yy, zz, yz, xz, xy] (AssemblyOps.VOIGT).
__constant int VOIGT[9] = {0, 5, 4, 5, 1, 3, 4, 3, 2};

// Twin of AssemblyOps.eigenstrainCell: adds (C eps*, grad v) of the cell at position p, C eps* =
// lambda tr(eps*) I + 2 mu eps*, eps* six Voigt values per cell.
void eigenstrainCell(int p, __global const double* weights, __global const double* dn,
        __global const double* coords, __global const int* conn, __global const int* dofConn,
        __global const int* order, __global const double* lambda, __global const double* mu,
        __global const double* eps, __global double* rhs, double* wdet, double* g) {
    double sig[9];
    int cell = order[p];
    geometry(cell, weights, dn, coords, conn, wdet, g, 1);
    double tr = eps[cell * 6] + eps[cell * 6 + 1] + eps[cell * 6 + 2];
    for (int k = 0; k < 9; k++) {
        sig[k] = 2.0 * mu[cell] * eps[cell * 6 + VOIGT[k]];
    }
    for (int k = 0; k < 9; k += 4) {
        sig[k] = sig[k] + lambda[cell] * tr;
    }
    for (int a = 0; a < NODES; a++) {
        for (int i = 0; i < DIM; i++) {
            double e = 0.0;
            for (int q = 0; q < NQP; q++) {
                double v = 0.0;
                for (int j = 0; j < DIM; j++) {
                    v += sig[i * 3 + j] * g[(q * NODES + a) * DIM + j];
                }
                e += wdet[q] * v;
            }
            add(rhs, dofConn[cell * NODES + a] * DIM + i, e);
        }
    }
}

// The loop of AssemblyOps.blocks for one block: the pieces one after the other, the cells of a piece
// shared by the work-items; the barrier makes one piece's adds visible before the next piece's.
#define BLOCK_LOOP(CELL_CALL) \
    int b = firstBlock + get_group_id(0); \
    for (int piece = blockPieces[b]; piece < blockPieces[b + 1]; piece++) { \
        for (int p = pieceStart[piece] + get_local_id(0); p < pieceStart[piece + 1]; p += get_local_size(0)) { \
            CELL_CALL; \
        } \
        barrier(CLK_GLOBAL_MEM_FENCE); \
    }

__kernel void diffusion(const int firstBlock, __global const int* blockPieces, __global const int* pieceStart,
        __global const double* weights, __global const double* dn, __global const double* coords,
        __global const int* conn, __global const int* order, __global const int* slots, __global const double* k,
        __global double* val) {
    double wdet[NQP];
    double g[NQP * NODES * DIM];
    BLOCK_LOOP(diffusionCell(p, weights, dn, coords, conn, order, slots, k, val, wdet, g))
}

__kernel void mass(const int firstBlock, __global const int* blockPieces, __global const int* pieceStart,
        __global const double* weights, __global const double* dn, __global const double* n,
        __global const double* coords, __global const int* conn, __global const int* order,
        __global const int* slots, __global const double* rho, __global double* val) {
    double wdet[NQP];
    BLOCK_LOOP(massCell(p, weights, dn, n, coords, conn, order, slots, rho, val, wdet))
}

__kernel void elasticity(const int firstBlock, __global const int* blockPieces, __global const int* pieceStart,
        __global const double* weights, __global const double* dn, __global const double* coords,
        __global const int* conn, __global const int* order, __global const int* slots,
        __global const double* lambda, __global const double* mu, __global double* val) {
    double wdet[NQP];
    double g[NQP * NODES * DIM];
    BLOCK_LOOP(elasticityCell(p, weights, dn, coords, conn, order, slots, lambda, mu, val, wdet, g))
}

__kernel void source(const int firstBlock, __global const int* blockPieces, __global const int* pieceStart,
        __global const double* weights, __global const double* dn, __global const double* n,
        __global const double* coords, __global const int* conn, __global const int* dofConn,
        __global const int* order, __global const double* f, const int perNode, __global double* rhs) {
    double wdet[NQP];
    BLOCK_LOOP(sourceCell(p, weights, dn, n, coords, conn, dofConn, order, f, perNode, rhs, wdet))
}

__kernel void bodyForce(const int firstBlock, __global const int* blockPieces, __global const int* pieceStart,
        __global const double* weights, __global const double* dn, __global const double* n,
        __global const double* coords, __global const int* conn, __global const int* dofConn,
        __global const int* order, __global const double* force, __global double* rhs) {
    double wdet[NQP];
    BLOCK_LOOP(bodyForceCell(p, weights, dn, n, coords, conn, dofConn, order, force, rhs, wdet))
}

__kernel void eigenstrain(const int firstBlock, __global const int* blockPieces, __global const int* pieceStart,
        __global const double* weights, __global const double* dn, __global const double* coords,
        __global const int* conn, __global const int* dofConn, __global const int* order,
        __global const double* lambda, __global const double* mu, __global const double* eps,
        __global double* rhs) {
    double wdet[NQP];
    double g[NQP * NODES * DIM];
    BLOCK_LOOP(eigenstrainCell(p, weights, dn, coords, conn, dofConn, order, lambda, mu, eps, rhs, wdet, g))
}
