package org.interphase.bench;

import java.util.Locale;

/** One benchmark number: {@code name value unit}, e.g. {@code poisson2d.assembly 9.1e6 cells/s}. */
public record BenchRow(String name, double value, String unit) {

    /** @return the line the CLI prints. */
    public String line() {
        return String.format(Locale.ROOT, "%s %.4g %s", name, value, unit);
    }
}
