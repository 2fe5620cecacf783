package org.interphase.physics.phasefield;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.Version;
import org.interphase.fe.CellValues;
import org.interphase.fe.ElementTables;
import org.interphase.io.output.Field;
import org.interphase.io.output.Grid;
import org.interphase.io.output.ScalarCsv;
import org.interphase.io.output.XdmfSeriesWriter;
import org.interphase.mesh.Mesh;
import org.interphase.run.RunContext;
import org.interphase.time.StepOutcome;
import org.interphase.time.TimeLoop;

/**
 * Output of a phase-field run after every accepted step: one row of {@code phasefield.csv} (SI; in 2D,
 * extensive quantities are per metre of depth) and, every {@code output.every} steps and at the end, the
 * fields of the {@code phasefield} XDMF series (xi, concentration, potential, cell current density, regions),
 * plus a progress line.
 *
 * <p>Columns of the electrodeposition model: time, dt, newton_iterations, linear_iterations, deposit_volume
 * (integral of xi), deposited_charge (n F c_s integral xi), faradaic_current (its rate, from the time
 * derivative of the step), boundary_current (the inward current through all boundaries with a fixed or
 * controlled potential, from the residual at their dofs, plus prescribed current fluxes), current_NAME per such
 * boundary, cation_amount (integral of c + c_s xi), cation_rate (its rate), cation_inflow (boundary
 * fluxes, computed like the currents), electrode_potential (galvanostatic runs), and with an electrode:
 * deposited_charge_density, mean_thickness, front_position, plated_charge_density (deposited since the start),
 * roughness (rms of the front's heights over columns, {@link DepositSurface}) and dendrite_length (tip minus mean
 * height).
 * With {@code stop.charge} the run ends at the first step whose plated charge reaches the target, and
 * {@code summary.csv} holds every column linearly interpolated in plated charge to the target (otherwise the last
 * row). The discrete balances make boundary_current equal
 * faradaic_current and cation_inflow equal cation_rate to the Newton tolerance (validation.md P3).
 * Allen-Cahn: time, dt, iterations, phase_integral, and error_l2 against a reference (at output steps and the
 * last step; NaN in between, since the high-order quadrature costs more than a step).
 */
final class PhaseFieldMonitor implements TimeLoop.Observer {

    private final PhaseFieldCase.Config cfg;
    private final PhaseFieldJob.Prepared p;
    private final PhaseFieldStepper stepper;
    private final RunContext ctx;
    private final PhaseFieldSystem sys;
    private final Mesh mesh;
    private final Scaling sc;
    private final int nf;
    private final boolean ed;
    private final DepositGeometry electrode;
    private final DepositSurface surface;
    private final List<String> columns = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    /** Field names in dof order (the fourth only with surface diffusion). */
    static final List<String> FIELD_NAMES = List.of("phase", "concentration", "potential", "chemical_potential");

    private final ScalarCsv csv;
    private final XdmfSeriesWriter series;
    private final double volumeScale;
    private int lastWritten = -1;
    private int lastStep;
    private double lastTime;

    PhaseFieldMonitor(PhaseFieldCase.Config cfg, PhaseFieldJob.Prepared p, PhaseFieldStepper stepper, RunContext ctx) {
        this.cfg = cfg;
        this.p = p;
        this.stepper = stepper;
        this.ctx = ctx;
        this.sys = p.system();
        this.mesh = p.mesh();
        this.sc = p.scaling();
        this.nf = sys.fields();
        this.ed = cfg.model() == PhaseFieldSystem.Model.ELECTRODEPOSITION;
        this.electrode = cfg.electrode() != null ? new DepositGeometry(mesh, cfg.electrode()) : null;
        this.surface = electrode != null && ed ? new DepositSurface(mesh, electrode) : null;
        this.volumeScale = sc.volume(mesh.dim());
        boolean twoD = mesh.dim() == 2;
        String per = twoD ? "/m" : "";
        column("time", "s");
        column("dt", "s");
        column("newton_iterations", "");
        column("linear_iterations", "");
        if (ed) {
            column("deposit_volume", twoD ? "m^2" : "m^3");
            column("deposited_charge", "C" + per);
            column("faradaic_current", "A" + per);
            column("boundary_current", "A" + per);
            for (String b : sys.dirichletSlots().keySet()) {
                column("current_" + b, "A" + per);
            }
            column("cation_amount", "mol" + per);
            column("cation_rate", "mol/s" + per);
            column("cation_inflow", "mol/s" + per);
            if (sys.isGalvanostatic()) {
                column("electrode_potential", "V");
            }
            if (electrode != null) {
                column("deposited_charge_density", "C/m^2");
                column("faradaic_current_density", "A/m^2");
                column("mean_thickness", "m");
                column("front_position", "m");
                column("plated_charge_density", "C/m^2");
                column("roughness", "m");
                column("dendrite_length", "m");
            }
        } else {
            column("phase_integral", twoD ? "m^2" : "m^3");
            if (electrode != null) {
                column("front_position", "m");
            }
            if ("pfhub_bm7".equals(cfg.reference())) {
                column("error_l2", twoD ? "m" : "m^1.5");
            }
        }
        csv = new ScalarCsv(ctx.out().resolve("phasefield.csv"), columns, units);
        if (cfg.output().fields()) {
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("interphase_version", Version.get());
            meta.put("model", cfg.model().name().toLowerCase(Locale.ROOT));
            series = new XdmfSeriesWriter(ctx.out(), "phasefield", Grid.of(mesh), meta);
        } else {
            series = null;
        }
        record(0, 0, 0, null, true);
        writeFields(0, 0);
    }

    private void column(String name, String unit) {
        columns.add(name);
        units.add(unit);
    }

    @Override
    public void accepted(int step, double time, double dt, StepOutcome o) {
        boolean due = step % cfg.output().every() == 0 || stepper.finished();
        record(time, dt, step, o, due);
        lastStep = step;
        lastTime = time;
        if (due) {
            writeFields(step, time);
            double[] row = rows.get(rows.size() - 1);
            int fp = columns.indexOf("front_position");
            ctx.progress().report(String.format(Locale.ROOT, "step %d  t = %.6g s  dt = %.4g s  newton %d  linear %d%s",
                    step, time * sc.time(), dt * sc.time(), o.newtonIterations(), o.linearIterations(),
                    fp >= 0 ? String.format(Locale.ROOT, "  front %.6g m", row[fp]) : ""));
        }
    }

    /** @return whether the run has plated the charge of {@code stop.charge} (false without one). */
    boolean targetReached() {
        int k = columns.indexOf("plated_charge_density");
        return cfg.stopCharge() > 0 && k >= 0 && rows.get(rows.size() - 1)[k] >= cfg.stopCharge();
    }

    /**
     * @return the summary row: the last row, or with a reached {@code stop.charge} every column interpolated
     *         linearly in plated charge between the last two rows to the target.
     */
    double[] summary() {
        double[] last = rows.get(rows.size() - 1);
        if (!targetReached() || rows.size() < 2) {
            return last.clone();
        }
        int k = columns.indexOf("plated_charge_density");
        double[] prev = rows.get(rows.size() - 2);
        double span = last[k] - prev[k];
        double w = span > 0 ? (cfg.stopCharge() - prev[k]) / span : 1.0;
        double[] out = new double[last.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = prev[i] + w * (last[i] - prev[i]);
        }
        return out;
    }

    /** Writes the last state if it was not written and summary.csv, and returns the result. */
    PhaseFieldResult finish(int steps, int rejected) {
        if (lastWritten != lastStep) {
            writeFields(lastStep, lastTime);
        }
        if (series != null) {
            series.close();
        }
        new ScalarCsv(ctx.out().resolve("summary.csv"), columns, units).append(summary());
        List<String> fields = FIELD_NAMES.subList(0, nf);
        return new PhaseFieldResult(List.copyOf(columns), List.copyOf(units), rows, mesh, fields, nodalSi(),
                lastTime * sc.time(), steps, rejected);
    }

    private void record(double time, double dt, int step, StepOutcome o, boolean due) {
        double[] u = stepper.state();
        double[] ut = stepper.timeDerivative();
        double[] raw = stepper.boundaryResidual();
        List<Double> v = new ArrayList<>();
        v.add(time * sc.time());
        v.add(dt * sc.time());
        v.add(o == null ? 0.0 : o.newtonIterations());
        v.add(o == null ? 0.0 : o.linearIterations());
        double[] nodalXi = null;
        if (ed) {
            double volume = sys.integral(u, PhaseFieldSystem.XI, sys.volumeWeights()) * volumeScale;
            double chargeScale = PhysicalConstants.FARADAY * sc.concentration() * volumeScale;
            double currentScale = chargeScale / sc.time();
            v.add(volume);
            v.add(sys.integral(u, PhaseFieldSystem.XI, sys.faradaicWeights()) * chargeScale);
            v.add(ut == null ? 0.0 : sys.integral(ut, PhaseFieldSystem.XI, sys.faradaicWeights()) * currentScale);
            double[] inflow = new double[nf];
            if (raw != null) {
                boolean[] mask = sys.constraints().mask(sys.dofCount());
                for (int d = 0; d < mask.length; d++) {
                    if (mask[d]) {
                        inflow[d % nf] += raw[d];
                    }
                }
            }
            v.add(raw == null ? 0.0 : (inflow[PhaseFieldSystem.POTENTIAL]
                    + sys.prescribedInflow(PhaseFieldSystem.POTENTIAL)) * currentScale);
            for (int[] slots : sys.dirichletSlots().values()) {
                double s = 0;
                if (raw != null) {
                    for (int slot : slots) {
                        s += raw[slot * nf + PhaseFieldSystem.POTENTIAL];
                    }
                }
                v.add(s * currentScale);
            }
            double amountScale = sc.concentration() * volumeScale;
            v.add((sys.integral(u, PhaseFieldSystem.CONCENTRATION, sys.volumeWeights())
                    + sys.integral(u, PhaseFieldSystem.XI, sys.siteWeights())) * amountScale);
            v.add(ut == null ? 0.0 : (sys.integral(ut, PhaseFieldSystem.CONCENTRATION, sys.volumeWeights())
                    + sys.integral(ut, PhaseFieldSystem.XI, sys.siteWeights())) * amountScale / sc.time());
            v.add(raw == null ? 0.0 : (inflow[PhaseFieldSystem.CONCENTRATION]
                    + sys.prescribedInflow(PhaseFieldSystem.CONCENTRATION)) * amountScale / sc.time());
            if (sys.isGalvanostatic()) {
                v.add(u[sys.dofCount()] * sc.potential());
            }
            if (electrode != null) {
                nodalXi = nodalField(u, PhaseFieldSystem.XI);
                double a = electrode.area();
                v.add(v.get(columns.indexOf("deposited_charge")) / a);
                v.add(v.get(columns.indexOf("faradaic_current")) / a);
                v.add(volume / a);
                v.add(electrode.frontPosition(nodalXi));
                double q = v.get(columns.indexOf("deposited_charge_density"));
                v.add(rows.isEmpty() ? 0.0 : q - rows.get(0)[columns.indexOf("deposited_charge_density")]);
                org.interphase.physics.phasefield.analysis.SurfaceStatistics st = surface.statistics(nodalXi);
                v.add(st.rms());
                v.add(st.dendriteLength());
            }
        } else {
            v.add(sys.integral(u, PhaseFieldSystem.XI, sys.volumeWeights()) * volumeScale);
            if (electrode != null) {
                v.add(electrode.frontPosition(nodalField(u, PhaseFieldSystem.XI)));
            }
            if ("pfhub_bm7".equals(cfg.reference())) {
                double[] xi = nodalField(u, PhaseFieldSystem.XI);
                v.add(due ? DepositGeometry.l2Error(mesh, xi, (x, t) -> Benchmark7Solution.eta(x[0], x[1], t),
                        time * sc.time()) : Double.NaN);
            }
        }
        double[] row = v.stream().mapToDouble(Double::doubleValue).toArray();
        rows.add(row);
        csv.append(row);
    }

    private double[] nodalField(double[] u, int field) {
        double[] out = new double[mesh.nodeCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = u[sys.dofs().dof(i, field)];
        }
        return out;
    }

    private double[] nodalSi() {
        double[] u = stepper.state();
        double[] out = new double[mesh.nodeCount() * nf];
        double[] scale = {1, sc.concentration(), sc.potential(), sc.energyDensity()};
        for (int i = 0; i < mesh.nodeCount(); i++) {
            for (int f = 0; f < nf; f++) {
                out[i * nf + f] = u[sys.dofs().dof(i, f)] * scale[f];
            }
        }
        return out;
    }

    private void writeFields(int step, double time) {
        lastWritten = step;
        if (series == null) {
            return;
        }
        double[] nodal = nodalSi();
        List<Field> fields = new ArrayList<>();
        String[] names = {"xi", "concentration", "potential", "chemical_potential"};
        for (int f = 0; f < nf; f++) {
            double[] v = new double[mesh.nodeCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = nodal[i * nf + f];
            }
            fields.add(Field.point(names[f], 1, v));
        }
        if (ed) {
            fields.add(Field.cell("current_density", mesh.dim(), currentDensity()));
        }
        series.writeStep(time * sc.time(), fields);
    }

    /** @return j = -s(xi) grad phi per cell (mean over the cell's quadrature points), A/m^2. */
    private double[] currentDensity() {
        double[] u = stepper.state();
        Mesh sm = sys.mesh();
        int dim = sm.dim();
        CellValues cv = new CellValues(sm, ElementTables.of(sm.cellType(), 1));
        double[] out = new double[sm.cellCount() * dim];
        Map<Integer, ScaledMaterial> byTag = new LinkedHashMap<>();
        for (Map.Entry<String, ScaledMaterial> e : sys.setup().materials().entrySet()) {
            byTag.put(sm.regionTag(e.getKey()), e.getValue());
        }
        for (int c = 0; c < sm.cellCount(); c++) {
            cv.reinit(c);
            ScaledMaterial m = byTag.get(sm.cellRegions()[c]);
            double vol = 0;
            for (int q = 0; q < cv.nq(); q++) {
                double xi = 0;
                double[] g = new double[dim];
                for (int a = 0; a < cv.n(); a++) {
                    xi += cv.shape(q, a) * u[sys.dofs().dof(cv.node(a), PhaseFieldSystem.XI)];
                    for (int d = 0; d < dim; d++) {
                        g[d] += cv.grad(q, a, d) * u[sys.dofs().dof(cv.node(a), PhaseFieldSystem.POTENTIAL)];
                    }
                }
                double s = m.conductivity(xi);
                for (int d = 0; d < dim; d++) {
                    out[c * dim + d] -= cv.jxw(q) * s * g[d];
                }
                vol += cv.jxw(q);
            }
            for (int d = 0; d < dim; d++) {
                out[c * dim + d] *= sc.currentDensity() / vol;
            }
        }
        return out;
    }
}
