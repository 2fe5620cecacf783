package org.interphase.kernels;

/**
 * Checks that the arguments of a {@link Device} operation fit together (lengths, CSR shape), shared by
 * every device so both fail alike. Violations are programming errors: IllegalArgumentException.
 */
public final class DeviceArguments {

    private DeviceArguments() {
    }

    /** Checks a CSR structure for the shape rules every device relies on. */
    public static void checkStructure(int rows, int cols, int[] rowPtr, int[] col) {
        if (rows < 0 || cols < 0 || rowPtr.length != rows + 1 || rowPtr[0] != 0 || rowPtr[rows] != col.length) {
            throw new IllegalArgumentException(String.format(
                    "bad CSR structure: %d rows, %d cols, rowPtr has %d entries (first %d, last %d), col has %d",
                    rows, cols, rowPtr.length, rowPtr.length > 0 ? rowPtr[0] : -1,
                    rowPtr.length > 0 ? rowPtr[rowPtr.length - 1] : -1, col.length));
        }
        for (int i = 0; i < rows; i++) {
            if (rowPtr[i + 1] < rowPtr[i]) {
                throw new IllegalArgumentException("bad CSR structure: rowPtr decreases at row " + i);
            }
        }
        for (int k = 0; k < col.length; k++) {
            if (col[k] < 0 || col[k] >= cols) {
                throw new IllegalArgumentException(String.format(
                        "bad CSR structure: column index %d at slot %d is outside [0, %d)", col[k], k, cols));
            }
        }
    }

    /** @return the common length of two vectors. */
    public static int sameLength(DeviceVector x, DeviceVector y) {
        if (x.length() != y.length()) {
            throw new IllegalArgumentException(String.format("vector lengths differ: %d vs %d",
                    x.length(), y.length()));
        }
        return x.length();
    }

    /** Checks that {@code v} has length {@code n}; {@code what} names it in the message. */
    public static void checkLength(DeviceVector v, int n, String what) {
        if (v.length() != n) {
            throw new IllegalArgumentException(String.format("%s vector has length %d, expected %d",
                    what, v.length(), n));
        }
    }

    /** Checks the shapes of y := A x and that y is not x. */
    public static void checkSpmv(DeviceCsr a, DeviceVector x, DeviceVector y) {
        checkLength(x, a.cols(), "input");
        checkLength(y, a.rows(), "output");
        if (x == y) {
            throw new IllegalArgumentException("sparse product y := A x needs y distinct from x");
        }
    }

    /** Checks that a host array of {@code hostLength} entries can hold the {@code n} entries of a device array. */
    public static void checkHost(int hostLength, int n) {
        if (hostLength < n) {
            throw new IllegalArgumentException(String.format("host array has %d entries, the device array %d",
                    hostLength, n));
        }
    }
}
