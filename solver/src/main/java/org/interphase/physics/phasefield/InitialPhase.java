package org.interphase.physics.phasefield;

import java.util.List;

/**
 * The initial metal region as a union of shapes, smoothed into the equilibrium profile
 * xi = 1/2 [1 - tanh(d / delta)] of the signed distance d to the union (negative inside the metal), with
 * delta the material's interface width. Shapes: a half space {x : x.n &lt; p} (a planar front, n pointing
 * into the electrolyte), and disks (spheres in 3D) of given centre and radius (nuclei, or bumps when centred
 * on a front).
 */
public final class InitialPhase {

    /** One shape; {@link #distance} is negative inside. */
    public interface Shape {
        /** @return the signed distance of x to the shape's boundary. (Input) x. Not modified. */
        double distance(double[] x);
    }

    /** The half space x.n &lt; position, n a unit normal pointing out of the metal. */
    public record HalfSpace(double[] normal, double position) implements Shape {
        @Override
        public double distance(double[] x) {
            double s = 0;
            for (int d = 0; d < normal.length; d++) {
                s += x[d] * normal[d];
            }
            return s - position;
        }
    }

    /** A disk (sphere in 3D). */
    public record Ball(double[] center, double radius) implements Shape {
        @Override
        public double distance(double[] x) {
            double s = 0;
            for (int d = 0; d < center.length; d++) {
                s += (x[d] - center[d]) * (x[d] - center[d]);
            }
            return Math.sqrt(s) - radius;
        }
    }

    private final List<Shape> shapes;
    private final double width;

    /**
     * @param shapes (Input) the metal is their union; empty means no metal (xi = 0). Kept.
     * @param width  (Input) the profile width delta, same length unit as the shapes.
     */
    public InitialPhase(List<Shape> shapes, double width) {
        this.shapes = shapes;
        this.width = width;
    }

    /** @return xi at x. (Input) x. Not modified. */
    public double at(double[] x) {
        if (shapes.isEmpty()) {
            return 0;
        }
        double d = Double.MAX_VALUE;
        for (Shape s : shapes) {
            d = Math.min(d, s.distance(x));
        }
        return 0.5 * (1 - Math.tanh(d / width));
    }
}
