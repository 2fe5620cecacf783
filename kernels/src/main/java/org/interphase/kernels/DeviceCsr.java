package org.interphase.kernels;

/**
 * A compressed-sparse-row matrix in a {@link Device}'s memory: the structure (rowPtr, col) is
 * uploaded once at creation, the values can be rewritten many times (by upload or by device
 * assembly). Column indices are sorted within each row. Closing releases the device memory.
 */
public interface DeviceCsr extends AutoCloseable {

    /** @return number of rows. */
    int rows();

    /** @return number of columns. */
    int cols();

    /** @return number of stored entries. */
    int nnz();

    /** @return the device that owns this matrix. */
    Device device();

    /**
     * Overwrites the values, keeping the structure.
     *
     * @param val (Input) nnz values in CSR order. Not modified.
     */
    void setValues(double[] val);

    /** Sets every stored value to {@code value} (0 before a fresh assembly), on the device. */
    void fillValues(double value);

    /**
     * Copies the values to the host.
     *
     * @param dst (Output) array of at least nnz entries.
     */
    void downloadValues(double[] dst);

    /** @return nnz / rows, the mean number of entries per row (0 for an empty matrix). */
    default double meanRowLength() {
        return rows() == 0 ? 0.0 : (double) nnz() / rows();
    }

    /** Releases the device memory; further use is an error. Idempotent. */
    @Override
    void close();
}
