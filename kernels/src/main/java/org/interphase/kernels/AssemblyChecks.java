package org.interphase.kernels;

/**
 * Checks that the arguments of a {@link DeviceAssembly} call fit its layout, shared by every device so
 * both fail alike. Violations are programming errors: IllegalArgumentException.
 */
public final class AssemblyChecks {

    private AssemblyChecks() {
    }

    /** Checks that the target matrix has as many values as the layout's slots can address. */
    public static void target(AssemblyLayout layout, DeviceCsr target) {
        int max = -1;
        for (int s : layout.slots()) {
            max = Math.max(max, s);
        }
        if (max >= target.nnz()) {
            throw new IllegalArgumentException(String.format("the layout's slots reach entry %d but the target has "
                    + "%d entries: build the layout from the target's structure", max, target.nnz()));
        }
    }

    /** Checks a scalar operator: blockSize 1 and one coefficient per cell. */
    public static void scalar(AssemblyLayout layout, String operator, DeviceVector coefficient) {
        if (layout.blockSize() != 1) {
            throw new IllegalArgumentException(String.format("%s assembles a scalar field; the layout has %d dofs "
                    + "per node", operator, layout.blockSize()));
        }
        DeviceArguments.checkLength(coefficient, layout.nCells(), operator + " coefficient");
    }

    /** Checks elasticity: blockSize = dim and two coefficients per cell. */
    public static void elastic(AssemblyLayout layout, DeviceVector lambda, DeviceVector mu) {
        if (layout.blockSize() != layout.type().dim()) {
            throw new IllegalArgumentException(String.format("elasticity needs %d dofs per node; the layout has %d",
                    layout.type().dim(), layout.blockSize()));
        }
        DeviceArguments.checkLength(lambda, layout.nCells(), "lambda");
        DeviceArguments.checkLength(mu, layout.nCells(), "mu");
    }

    /**
     * Checks a scalar source: blockSize 1, f with one value per node (perNode) or per cell, rhs as long
     * as the target has rows.
     */
    public static void source(AssemblyLayout layout, DeviceVector f, boolean perNode, DeviceVector rhs, int rows) {
        if (layout.blockSize() != 1) {
            throw new IllegalArgumentException(String.format("a scalar source loads one dof per node; the layout has "
                    + "%d", layout.blockSize()));
        }
        DeviceArguments.checkLength(f, perNode ? layout.nNodes() : layout.nCells(),
                perNode ? "nodal source" : "cell source");
        DeviceArguments.checkLength(rhs, rows, "load");
    }

    /** Checks a body force: blockSize = dim, dim values per cell, rhs as long as the target has rows. */
    public static void bodyForce(AssemblyLayout layout, DeviceVector b, DeviceVector rhs, int rows) {
        vectorLoad(layout, "a body force", rhs, rows);
        DeviceArguments.checkLength(b, layout.type().dim() * layout.nCells(), "body force");
    }

    /** Checks an eigenstrain load: as {@link #elastic}, six strains per cell, rhs as long as the target has rows. */
    public static void eigenstrain(AssemblyLayout layout, DeviceVector lambda, DeviceVector mu, DeviceVector eps,
            DeviceVector rhs, int rows) {
        elastic(layout, lambda, mu);
        vectorLoad(layout, "an eigenstrain", rhs, rows);
        DeviceArguments.checkLength(eps, 6 * layout.nCells(), "eigenstrain (6 Voigt values per cell)");
    }

    private static void vectorLoad(AssemblyLayout layout, String what, DeviceVector rhs, int rows) {
        if (layout.blockSize() != layout.type().dim()) {
            throw new IllegalArgumentException(String.format("%s loads %d dofs per node; the layout has %d", what,
                    layout.type().dim(), layout.blockSize()));
        }
        DeviceArguments.checkLength(rhs, rows, "load");
    }

    /** Checks that new coordinates have the layout's length. */
    public static void coordinates(AssemblyLayout layout, double[] coords) {
        if (coords.length != layout.coords().length) {
            throw new IllegalArgumentException(String.format("%d coordinates given; the layout has %d",
                    coords.length, layout.coords().length));
        }
    }
}
