package org.interphase.io.output;

import java.util.regex.Pattern;
import org.interphase.core.Checks;

/**
 * One named array on a {@link Grid}: point (nodal) or cell data, float64 with 1, 2, 3, 6 or 9 components
 * per point or cell, or int32 scalars per cell. Components are packed per point/cell.
 *
 * <ul>
 * <li>1: scalar.</li>
 * <li>2: in-plane vector (x, y); written as a 3-vector with z = 0 so that ParaView sees a vector.</li>
 * <li>3: vector (x, y, z).</li>
 * <li>6: symmetric tensor in ParaView's order XX, YY, ZZ, XY, YZ, XZ (XDMF "Tensor6").</li>
 * <li>9: full tensor, row-major XX, XY, XZ, YX, YY, YZ, ZX, ZY, ZZ (XDMF "Tensor").</li>
 * </ul>
 *
 * <p>Arrays are kept, not copied.
 *
 * @param name       array name: letters, digits and {@code _ . -}, starting with a letter or digit.
 * @param center     where the values live.
 * @param components values per point or cell.
 * @param values     float64 values, or null for an integer field.
 * @param ints       int32 values (cell scalars only), or null for a float64 field.
 */
public record Field(String name, Center center, int components, double[] values, int[] ints) {

    /** Where a field's values live. */
    public enum Center {
        /** One tuple per point (XDMF Center="Node"). */
        POINT("Node"),
        /** One tuple per cell (XDMF Center="Cell"). */
        CELL("Cell");

        private final String xdmfName;

        Center(String xdmfName) {
            this.xdmfName = xdmfName;
        }

        /** @return the XDMF Center attribute value. */
        public String xdmfName() {
            return xdmfName;
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    /** Checks the name, the component count and that exactly one of the arrays is given. */
    public Field {
        Checks.verify(name != null && NAME.matcher(name).matches(),
                "field name '%s' must be letters, digits, '_', '.' or '-', starting with a letter or digit", name);
        Checks.verify((values == null) != (ints == null), "field '%s' needs exactly one of float or int values", name);
        if (values != null) {
            Checks.verify(components == 1 || components == 2 || components == 3 || components == 6
                    || components == 9, "field '%s' has %d components; use 1, 2, 3, 6 or 9", name, components);
            Checks.verify(values.length % components == 0, "field '%s' has %d values, not a multiple of %d",
                    name, values.length, components);
        } else {
            Checks.verify(components == 1 && center == Center.CELL, "integer field '%s' must be a cell scalar",
                    name);
        }
    }

    /**
     * @param name       (Input) array name.
     * @param components (Input) 1, 2, 3, 6 or 9.
     * @param values     (Input) packed values, components per point. Kept, not copied.
     * @return a float64 point field.
     */
    public static Field point(String name, int components, double[] values) {
        return new Field(name, Center.POINT, components, values, null);
    }

    /**
     * @param name       (Input) array name.
     * @param components (Input) 1, 2, 3, 6 or 9.
     * @param values     (Input) packed values, components per cell. Kept, not copied.
     * @return a float64 cell field.
     */
    public static Field cell(String name, int components, double[] values) {
        return new Field(name, Center.CELL, components, values, null);
    }

    /**
     * @param name   (Input) array name.
     * @param values (Input) one value per cell. Kept, not copied.
     * @return an int32 cell scalar field.
     */
    public static Field cellInts(String name, int[] values) {
        return new Field(name, Center.CELL, 1, null, values);
    }

    /** @return whether the values are int32. */
    public boolean isInteger() {
        return ints != null;
    }

    /** @return number of points or cells the field covers. */
    public int tuples() {
        return ints != null ? ints.length : values.length / components;
    }

    /** @return components per tuple as written to disk (2-vectors are padded to 3). */
    public int storedComponents() {
        return components == 2 ? 3 : components;
    }

    /** @return the XDMF AttributeType: Scalar, Vector, Tensor6 or Tensor. */
    public String xdmfType() {
        switch (storedComponents()) {
            case 1: return "Scalar";
            case 3: return "Vector";
            case 6: return "Tensor6";
            default: return "Tensor";
        }
    }
}
