package org.interphase.input;

import java.util.Locale;

/**
 * A number with a dimension, in SI base units: "59 MPa" is {@code Quantity(5.9e7, PRESSURE)}.
 *
 * @param si  the value in SI units (the unit {@link Dimension#toString()} names)
 * @param dim the physical dimension
 */
public record Quantity(double si, Dimension dim) {

    @Override
    public String toString() {
        return Dimension.DIMENSIONLESS.equals(dim) ? String.format(Locale.ROOT, "%s", si)
                : String.format(Locale.ROOT, "%s %s", si, dim);
    }
}
