package org.interphase.physics.phasefield;

import java.util.List;
import java.util.Locale;
import org.interphase.mesh.Mesh;

/**
 * What a phase-field run produced: the scalar history (the rows of {@code phasefield.csv}, the initial state
 * first), the final nodal fields in SI units, and the run's counts.
 *
 * @param columns  column names of the history.
 * @param units    their units.
 * @param rows     one row per written time (t = 0, then every accepted step).
 * @param mesh     the mesh (SI coordinates).
 * @param fields   field names (phase, and for electrodeposition concentration and potential).
 * @param nodal    final values per node, fields.size() per node: xi, c in mol/m^3, phi in V.
 * @param time     final time, s.
 * @param steps    accepted steps.
 * @param rejected rejected trial steps.
 */
public record PhaseFieldResult(List<String> columns, List<String> units, List<double[]> rows, Mesh mesh,
        List<String> fields, double[] nodal, double time, int steps, int rejected) {

    /** @return the history of one column. */
    public double[] column(String name) {
        int k = columns.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no column '" + name + "'; columns are " + columns);
        }
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[k];
        }
        return v;
    }

    /** @return the last value of a column. */
    public double last(String name) {
        double[] c = column(name);
        return c[c.length - 1];
    }

    /**
     * @param column (Input) a history column.
     * @param charge (Input) a plated charge density, C/m^2, inside the history's range.
     * @return the column's value where the plated charge density first reaches {@code charge}, interpolated
     *         linearly in plated charge between the two rows that bracket it (the summary row of a run with
     *         {@code stop.charge}).
     * @throws IllegalArgumentException when the history never reaches that charge.
     */
    public double atPlatedCharge(String column, double charge) {
        double[] q = column("plated_charge_density");
        double[] v = column(column);
        for (int i = 0; i < q.length; i++) {
            if (q[i] >= charge) {
                if (i == 0 || q[i] == q[i - 1]) {
                    return v[i];
                }
                double w = (charge - q[i - 1]) / (q[i] - q[i - 1]);
                return v[i - 1] + w * (v[i] - v[i - 1]);
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "the run plated %g C/m^2, less than the %g C/m^2 asked for", q[q.length - 1], charge));
    }

    /** @return the final nodal values of one field (0 = phase). */
    public double[] field(int f) {
        int nf = fields.size();
        double[] v = new double[nodal.length / nf];
        for (int i = 0; i < v.length; i++) {
            v[i] = nodal[i * nf + f];
        }
        return v;
    }
}
