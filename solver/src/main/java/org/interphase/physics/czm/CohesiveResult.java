package org.interphase.physics.czm;

import java.util.List;
import java.util.Map;

/**
 * What a cohesive run produced: one row per accepted step (the columns of steps.csv, SI), the final
 * scalars (the columns of summary.csv), and the problem with its last state for further inspection.
 *
 * @param columns  step-table column names.
 * @param rows     one row per accepted step (step 0 = the unloaded state).
 * @param summary  final scalars.
 * @param problem  the problem (split mesh, interfaces with their committed state).
 * @param state    the last committed state (scaled units).
 */
public record CohesiveResult(List<String> columns, List<double[]> rows, Map<String, Double> summary,
        CohesiveProblem problem, CohesiveState state) {

    /** @return one column of the step table. */
    public double[] column(String name) {
        int k = columns.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no step column '" + name + "'; columns are " + columns);
        }
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[k];
        }
        return out;
    }
}
