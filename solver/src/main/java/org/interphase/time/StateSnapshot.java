package org.interphase.time;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A committed state as named arrays and scalars: what a checkpoint stores and a restart restores. Arrays
 * are copied in and out, so a snapshot never aliases live state.
 */
public final class StateSnapshot {

    private final Map<String, double[]> arrays = new LinkedHashMap<>();
    private final Map<String, Double> scalars = new LinkedHashMap<>();

    /** Stores a copy of an array. */
    public StateSnapshot put(String name, double[] values) {
        arrays.put(name, values.clone());
        return this;
    }

    /** Stores a scalar. */
    public StateSnapshot put(String name, double value) {
        scalars.put(name, value);
        return this;
    }

    /** @return a copy of a stored array. */
    public double[] array(String name) {
        double[] v = arrays.get(name);
        if (v == null) {
            throw new IllegalArgumentException("snapshot has no array '" + name + "'; it has " + arrays.keySet());
        }
        return v.clone();
    }

    /** @return a stored scalar. */
    public double scalar(String name) {
        Double v = scalars.get(name);
        if (v == null) {
            throw new IllegalArgumentException("snapshot has no scalar '" + name + "'; it has " + scalars.keySet());
        }
        return v;
    }

    public Map<String, double[]> arrays() {
        return java.util.Collections.unmodifiableMap(arrays);
    }

    public Map<String, Double> scalars() {
        return java.util.Collections.unmodifiableMap(scalars);
    }
}
