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

    /** Checks that new coordinates have the layout's length. */
    public static void coordinates(AssemblyLayout layout, double[] coords) {
        if (coords.length != layout.coords().length) {
            throw new IllegalArgumentException(String.format("%d coordinates given; the layout has %d",
                    coords.length, layout.coords().length));
        }
    }
}
