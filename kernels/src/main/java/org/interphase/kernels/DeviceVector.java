package org.interphase.kernels;

/**
 * A vector of doubles that lives in a {@link Device}'s memory. Created by {@link Device#vector(int)};
 * used only with the device that made it. Closing releases the device memory.
 */
public interface DeviceVector extends AutoCloseable {

    /** @return the number of entries. */
    int length();

    /** @return the device that owns this vector. */
    Device device();

    /**
     * Copies host values into the vector.
     *
     * @param src (Input) at least {@link #length()} values; the first length are copied. Not modified.
     */
    void upload(double[] src);

    /**
     * Copies the vector to the host.
     *
     * @param dst (Output) array of at least {@link #length()} entries; the first length are written.
     */
    void download(double[] dst);

    /** @return a new host array holding the vector. */
    default double[] toArray() {
        double[] a = new double[length()];
        download(a);
        return a;
    }

    /** Sets every entry to {@code value}, on the device. */
    void fill(double value);

    /** Releases the device memory; further use is an error. Idempotent. */
    @Override
    void close();
}
