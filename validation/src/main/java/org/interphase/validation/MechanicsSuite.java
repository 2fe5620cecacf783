package org.interphase.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.io.plot.Plots;
import org.interphase.mesh.Mesh;
import org.interphase.physics.elasticity.ElasticReference;
import org.interphase.physics.elasticity.ElasticityCase;
import org.interphase.physics.elasticity.ElasticitySolution;
import org.interphase.run.RunContext;
import org.interphase.run.Runs;
import org.interphase.validation.Check.Rule;

/**
 * Mechanics verification, validation.md E1-E3, run on the real case files with overrides:
 * E1 the patch test on distorted P1/P2 triangles and tetrahedra, E2 manufactured-solution convergence
 * orders in plane strain and 3D, E3 the Kirsch plate's peak stress on four meshes.
 */
public final class MechanicsSuite implements ValidationSuite {

    @Override
    public String name() {
        return "mechanics";
    }

    @Override
    public String title() {
        return "Linear elasticity: patch test, manufactured solutions, Kirsch plate";
    }

    @Override
    public List<String> ids() {
        return List.of("E1", "E2", "E3");
    }

    /** A case run with overrides; returns the job (for its mesh and reference) and its solution. */
    record Outcome(ElasticityCase.ElasticityJob job, ElasticitySolution solution) {
    }

    static Outcome run(SuiteContext ctx, String caseFile, String outName, List<String> sets) throws Exception {
        Path file = CasePaths.caseFile(caseFile);
        Runs.Configured c = Runs.configure(file, sets);
        ElasticityCase.ElasticityJob job = (ElasticityCase.ElasticityJob) c.job();
        RunContext rc = new RunContext(ctx.dir(outName), ctx.device(), line -> { }, List.of("validate"), file,
                c.caseFile().resolved());
        ElasticitySolution sol = job.run(rc);
        return new Outcome(job, sol);
    }

    @Override
    public void run(SuiteContext ctx) throws Exception {
        patchTests(ctx);
        convergence(ctx);
        kirsch(ctx);
    }

    private void patchTests(SuiteContext ctx) throws Exception {
        for (String dim : new String[] {"2d", "3d"}) {
            for (int order = 1; order <= 2; order++) {
                Outcome o = run(ctx, "verification/patch-test-" + dim + ".yaml", "E1-" + dim + "-p" + order,
                        List.of("mesh.order=" + order));
                double err = maxNodalError(o.job().mesh(), o.solution(), o.job().reference());
                ctx.check(Check.of("E1." + (dim.equals("2d") ? "tri" : "tet") + "-p" + order,
                        "patch test: max nodal error over max displacement, distorted mesh", err, 0.0, 1e-10,
                        Rule.AT_MOST));
            }
        }
    }

    private static double maxNodalError(Mesh m, ElasticitySolution s, ElasticReference ref) {
        int dim = m.dim();
        double[] x = new double[dim];
        double[] u = new double[dim];
        double err = 0;
        double norm = 0;
        for (int i = 0; i < m.nodeCount(); i++) {
            for (int d = 0; d < dim; d++) {
                x[d] = m.x(i, d);
            }
            ref.displacement(x, u);
            for (int d = 0; d < dim; d++) {
                err = Math.max(err, Math.abs(s.displacement(i, d) - u[d]));
                norm = Math.max(norm, Math.abs(u[d]));
            }
        }
        return err / norm;
    }

    private void convergence(SuiteContext ctx) throws Exception {
        List<Path> plots = new ArrayList<>();
        StringBuilder md = new StringBuilder("| case | h | L2 error | energy error |\n|---|---|---|---|\n");
        for (String dim : new String[] {"2d", "3d"}) {
            for (int order = 1; order <= 2; order++) {
                int[] ns = dim.equals("2d") ? new int[] {4, 8, 16, 32} : order == 1 ? new int[] {3, 6, 12, 24}
                        : new int[] {2, 4, 8, 16};
                double[] h = new double[ns.length];
                double[] el2 = new double[ns.length];
                double[] een = new double[ns.length];
                for (int k = 0; k < ns.length; k++) {
                    int n = ns[k];
                    String cells = dim.equals("2d") ? "mesh.rectangle.cells=[" + n + ", " + n + "]"
                            : "mesh.box.cells=[" + n + ", " + n + ", " + n + "]";
                    Outcome o = run(ctx, "verification/mms-" + dim + ".yaml", "E2-" + dim + "-p" + order + "-n" + n,
                            List.of("mesh.order=" + order, cells, "output.fields=false"));
                    h[k] = 1.0 / n;
                    el2[k] = o.job().lastScalars().get("relative_error_l2");
                    een[k] = o.job().lastScalars().get("relative_error_energy");
                    md.append(String.format(Locale.ROOT, "| %s P%d | 1/%d | %.4e | %.4e |%n", dim, order, n, el2[k],
                            een[k]));
                }
                double[] pl2 = Plots.orders(h, el2);
                double[] pen = Plots.orders(h, een);
                String tag = (dim.equals("2d") ? "plane-strain" : "3d") + "-p" + order;
                ctx.check(Check.of("E2." + tag + ".l2", "observed L2 order on the two finest meshes (bar k+1-0.1)",
                        pl2[pl2.length - 1], order + 1, 0.1, Rule.AT_LEAST));
                ctx.check(Check.of("E2." + tag + ".energy",
                        "observed energy-norm order on the two finest meshes (bar k-0.1)", pen[pen.length - 1], order,
                        0.1, Rule.AT_LEAST));
                plots.add(Plots.line(ctx.dir("plots").resolve("E2-" + tag + ".png"), "E2 manufactured solution, "
                        + tag, "h [m]", "relative error", true, List.of(new Plots.Series("L2", h, el2),
                        new Plots.Series("energy", h, een), new Plots.Series("slope " + (order + 1), h,
                        slope(h, el2, order + 1), true), new Plots.Series("slope " + order, h, slope(h, een, order),
                        true))));
            }
        }
        ctx.section("E2 manufactured-solution convergence", md.toString(), plots);
    }

    /** A reference line c h^p through the finest point. */
    private static double[] slope(double[] h, double[] e, double p) {
        double[] y = new double[h.length];
        int last = h.length - 1;
        for (int i = 0; i < h.length; i++) {
            y[i] = e[last] * Math.pow(h[i] / h[last], p);
        }
        return y;
    }

    private void kirsch(SuiteContext ctx) throws Exception {
        double[] peak = new double[4];
        double[] hs = new double[4];
        StringBuilder md = new StringBuilder("| mesh | cells | max sigma_xx on the hole / S |\n|---|---|---|\n");
        for (int level = 0; level < 4; level++) {
            Outcome o = run(ctx, "kirsch-plate/kirsch.yaml", "E3-L" + level,
                    List.of("mesh.file=" + CasePaths.home().resolve("meshes/plate-hole-quarter-L" + level + ".msh")));
            Mesh m = o.job().mesh();
            int hole = m.facetGroupTag("hole");
            double max = 0;
            for (int node : m.nodesOfGroup(hole)) {
                max = Math.max(max, o.solution().stress().nodalStress[node * 6]);
            }
            peak[level] = max / 1e6;
            hs[level] = Math.pow(0.5, level);
            md.append(String.format(Locale.ROOT, "| L%d | %d | %.5f |%n", level, m.cellCount(), peak[level]));
        }
        double errFine = Math.abs(peak[3] - 3.0) / 3.0;
        double errCoarse = Math.abs(peak[0] - 3.0) / 3.0;
        ctx.check(Check.of("E3", "max sigma_xx at the hole / S on the finest mesh (Kirsch: 3)", peak[3], 3.0, 0.02,
                Rule.RELATIVE));
        ctx.check(Check.property("E3.converging", String.format(Locale.ROOT,
                "error falls under refinement (L0 %.3g%% -> L3 %.3g%%)", 100 * errCoarse, 100 * errFine),
                errFine < errCoarse));
        Path plot = Plots.line(ctx.dir("plots").resolve("E3-kirsch.png"), "E3 Kirsch plate: peak hoop stress",
                "relative mesh size", "max sigma_xx / S", false, List.of(new Plots.Series("computed", hs, peak),
                new Plots.Series("Kirsch 3.0", hs, new double[] {3, 3, 3, 3}, true)));
        ctx.section("E3 Kirsch plate", md.toString(), List.of(plot));
    }
}
