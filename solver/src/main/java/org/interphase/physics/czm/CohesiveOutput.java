package org.interphase.physics.czm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interphase.io.output.Field;
import org.interphase.io.output.Grid;
import org.interphase.io.output.XdmfSeriesWriter;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;
import org.interphase.physics.elasticity.StressRecovery;

/**
 * Fields of a cohesive run for ParaView: the volume series {@code cohesive.xdmf} (displacement, stress,
 * von Mises and hydrostatic stress, regions) and, beside it, the interface series {@code interface.xdmf}
 * on a grid of the interface facets (LINE2, LINE3, TRI3 or TRI6 cells on the minus-side nodes, region =
 * interface number) with damage, normal and shear opening and traction, and the opening vector. Both get
 * one step per call. Interface point values are lumped L2 projections of the integration-point values
 * (Newton-Cotes: the values at the nodes); all values are in SI.
 */
public final class CohesiveOutput implements AutoCloseable {

    private final CohesiveProblem problem;
    private final XdmfSeriesWriter volume;
    private final XdmfSeriesWriter surface;
    private final InterfaceGrid grid;

    /** The interface grid: points are minus-side nodes, cells are facets. */
    public record InterfaceGrid(Grid grid, int[] minusNode, int[] plusNode) {
    }

    /**
     * Writes the mesh files of both series.
     *
     * @param problem  (Input) the set-up problem.
     * @param dir      (Input) output directory.
     * @param metadata (Input) root attributes of the mesh files.
     */
    public CohesiveOutput(CohesiveProblem problem, Path dir, Map<String, String> metadata) {
        this.problem = problem;
        this.volume = new XdmfSeriesWriter(dir, "cohesive", Grid.of(problem.mesh()), metadata);
        this.grid = interfaceGrid(problem);
        this.surface = new XdmfSeriesWriter(dir, "interface", grid.grid(), metadata);
    }

    /** @return the grid of all interfaces of a problem (SI coordinates). */
    public static InterfaceGrid interfaceGrid(CohesiveProblem problem) {
        Mesh m = problem.mesh();
        int dim = m.dim();
        Map<Integer, Integer> index = new LinkedHashMap<>();
        List<Integer> plus = new ArrayList<>();
        List<int[]> cells = new ArrayList<>();
        List<Integer> region = new ArrayList<>();
        ElementType type = m.facetType();
        int k = type.nodes();
        int tag = 1;
        for (CohesiveInterface ci : problem.interfaces()) {
            InterfaceFacets f = ci.facets();
            for (int e = 0; e < f.count(); e++) {
                int[] c = new int[k];
                for (int a = 0; a < k; a++) {
                    int node = f.minus()[e * k + a];
                    Integer id = index.get(node);
                    if (id == null) {
                        id = index.size();
                        index.put(node, id);
                        plus.add(f.plus()[e * k + a]);
                    }
                    c[a] = id;
                }
                cells.add(c);
                region.add(tag);
            }
            tag++;
        }
        double[] points = new double[index.size() * dim];
        int[] minus = new int[index.size()];
        for (Map.Entry<Integer, Integer> e : index.entrySet()) {
            minus[e.getValue()] = e.getKey();
            for (int d = 0; d < dim; d++) {
                points[e.getValue() * dim + d] = m.x(e.getKey(), d);
            }
        }
        int[] conn = new int[cells.size() * k];
        int[] reg = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            System.arraycopy(cells.get(c), 0, conn, c * k, k);
            reg[c] = region.get(c);
        }
        return new InterfaceGrid(new Grid(dim, points, type, conn, reg), minus,
                plus.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Point values of an interface quantity: lumped L2 projection of integration-point values, or the
     * average over the adjacent facets where a node has no weight (TRI6 vertices under Newton-Cotes).
     *
     * @param ci         (Input) the interface.
     * @param values     (Input) values per integration point, {@code components} each. Not modified.
     * @param components (Input) values per point.
     * @param nodes      (Input) number of mesh nodes (the result is indexed by mesh node).
     * @return values per mesh node (zero off the interface's minus side).
     */
    public static double[] project(CohesiveInterface ci, double[] values, int components, int nodes) {
        InterfaceFacets f = ci.facets();
        int fn = f.nodesPerSide();
        int nq = ci.pointsPerFacet();
        double[] w = ci.weights();
        double[] num = new double[nodes * components];
        double[] den = new double[nodes];
        double[] avg = new double[nodes * components];
        double[] cnt = new double[nodes];
        for (int e = 0; e < f.count(); e++) {
            double[] cellAvg = new double[components];
            double cw = 0;
            for (int q = 0; q < nq; q++) {
                int p = e * nq + q;
                cw += w[p];
                for (int c = 0; c < components; c++) {
                    cellAvg[c] += w[p] * values[p * components + c];
                }
                for (int a = 0; a < fn; a++) {
                    int node = f.minus()[e * fn + a];
                    double wa = ci.tables().value(q, a) * w[p];
                    den[node] += wa;
                    for (int c = 0; c < components; c++) {
                        num[node * components + c] += wa * values[p * components + c];
                    }
                }
            }
            for (int a = 0; a < fn; a++) {
                int node = f.minus()[e * fn + a];
                cnt[node]++;
                for (int c = 0; c < components; c++) {
                    avg[node * components + c] += cellAvg[c] / cw;
                }
            }
        }
        for (int i = 0; i < nodes; i++) {
            for (int c = 0; c < components; c++) {
                if (Math.abs(den[i]) > 1e-14 * Math.abs(cnt[i])) {
                    num[i * components + c] /= den[i];
                } else if (cnt[i] > 0) {
                    num[i * components + c] = avg[i * components + c] / cnt[i];
                }
            }
        }
        return num;
    }

    /**
     * The local traction of an interface at its minus-side nodes, in Pa: the quantity handed to a coupled
     * model (normal first; 3D gives two shear components).
     *
     * @param problem (Input) the problem.
     * @param ci      (Input) one of its interfaces.
     * @return per mesh node, dim values (zero off the interface).
     */
    public static double[] nodalTractions(CohesiveProblem problem, CohesiveInterface ci) {
        int dim = problem.mesh().dim();
        double[] t = project(ci, ci.localTractions(), dim, problem.mesh().nodeCount());
        for (int i = 0; i < t.length; i++) {
            t[i] *= problem.scaling().stress();
        }
        return t;
    }

    /**
     * Writes one step of both series.
     *
     * @param time (Input) the step's time (strictly increasing).
     * @param u    (Input) scaled displacements. Not modified.
     */
    public void write(double time, double[] u) {
        Mesh m = problem.mesh();
        int dim = m.dim();
        double l0 = problem.scaling().length();
        double e0 = problem.scaling().stress();
        double[] disp = problem.dofs().toNodal(u);
        for (int i = 0; i < disp.length; i++) {
            disp[i] *= l0;
        }
        StressRecovery s = StressRecovery.of(problem.scaledMesh(), problem.dofs(), u, problem.terms(), null, 0);
        volume.writeStep(time, List.of(
                Field.point("displacement", dim, disp),
                Field.point("stress", 6, times(s.nodalStress, e0)),
                Field.point("von_mises", 1, times(s.nodalVonMises, e0)),
                Field.point("hydrostatic_stress", 1, times(s.nodalHydrostatic, e0)),
                Field.cell("cell_stress", 6, times(s.cellStress, e0))));
        surface.writeStep(time, interfaceFields(disp));
    }

    private List<Field> interfaceFields(double[] disp) {
        int np = grid.minusNode().length;
        int dim = problem.mesh().dim();
        int nodes = problem.mesh().nodeCount();
        double l0 = problem.scaling().length();
        double e0 = problem.scaling().stress();
        double[] damage = new double[np];
        double[] on = new double[np];
        double[] os = new double[np];
        double[] tn = new double[np];
        double[] ts = new double[np];
        double[] opening = new double[np * dim];
        List<Double> cellDamage = new ArrayList<>();
        for (CohesiveInterface ci : problem.interfaces()) {
            double[] d = project(ci, ci.damage(), 1, nodes);
            double[] j = project(ci, ci.localJumps(), dim, nodes);
            double[] t = project(ci, ci.localTractions(), dim, nodes);
            boolean[] mine = new boolean[nodes];
            for (int node : ci.facets().minus()) {
                mine[node] = true;
            }
            for (int p = 0; p < np; p++) {
                int node = grid.minusNode()[p];
                if (!mine[node]) {
                    continue;
                }
                damage[p] = d[node];
                on[p] = j[node * dim] * l0;
                os[p] = shear(j, node, dim) * l0;
                tn[p] = t[node * dim] * e0;
                ts[p] = shear(t, node, dim) * e0;
            }
            double[] dq = ci.damage();
            double[] w = ci.weights();
            int nq = ci.pointsPerFacet();
            for (int e = 0; e < ci.facets().count(); e++) {
                double s = 0;
                double sw = 0;
                for (int q = 0; q < nq; q++) {
                    s += dq[e * nq + q] * w[e * nq + q];
                    sw += w[e * nq + q];
                }
                cellDamage.add(s / sw);
            }
        }
        for (int p = 0; p < np; p++) {
            for (int d = 0; d < dim; d++) {
                opening[p * dim + d] = disp[grid.plusNode()[p] * dim + d] - disp[grid.minusNode()[p] * dim + d];
            }
        }
        return List.of(Field.point("damage", 1, damage), Field.point("opening_normal", 1, on),
                Field.point("opening_shear", 1, os), Field.point("traction_normal", 1, tn),
                Field.point("traction_shear", 1, ts), Field.point("opening", dim, opening),
                Field.cell("cell_damage", 1, cellDamage.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** 2D: the signed shear component; 3D: its magnitude. */
    private static double shear(double[] v, int node, int dim) {
        if (dim == 2) {
            return v[node * 2 + 1];
        }
        return Math.hypot(v[node * 3 + 1], v[node * 3 + 2]);
    }

    private static double[] times(double[] v, double f) {
        double[] o = Arrays.copyOf(v, v.length);
        for (int i = 0; i < o.length; i++) {
            o[i] *= f;
        }
        return o;
    }

    /** @return the interface grid. */
    public InterfaceGrid grid() {
        return grid;
    }

    @Override
    public void close() {
        volume.close();
        surface.close();
    }
}
