package org.interphase.physics.phasefield.analysis;

import java.util.Arrays;

/**
 * Statistics of a front's heights h (one per column of a {@link HeightProfile} or {@link HeightField};
 * columns without a crossing, NaN, are left out):
 * <ul>
 * <li>front position: the mean height;</li>
 * <li>roughness: the rms of h about its mean, and the peak-to-valley height max - min;</li>
 * <li>dendrite length: the tip height max minus the mean front;</li>
 * <li>bump amplitude: the tip height minus the median height. The median is the height of the flat
 * part of a front with one localized bump, and the mean of a symmetric undulation, so the amplitude of
 * a sine is its amplitude and a bump's is its height above the plane.</li>
 * </ul>
 * For a sine of amplitude A sampled at uniformly spaced columns over whole periods: rms = A / sqrt(2),
 * peak-to-valley ~ 2 A, bump amplitude ~ A, dendrite length ~ A.
 *
 * @param columns        columns with a crossing.
 * @param mean           mean height (front position), m.
 * @param rms            rms of the heights about the mean, m.
 * @param min            lowest height (deepest valley), m.
 * @param max            highest height (tip), m.
 * @param median         median height, m.
 * @param peakToValley   max - min, m.
 * @param dendriteLength max - mean, m.
 * @param bumpAmplitude  max - median, m.
 */
public record SurfaceStatistics(int columns, double mean, double rms, double min, double max, double median,
        double peakToValley, double dendriteLength, double bumpAmplitude) {

    /**
     * @param heights (Input) heights per column, NaN where a column has no crossing. Not modified.
     * @return the statistics; every value NaN (and columns 0) when no column has a crossing.
     */
    public static SurfaceStatistics of(double[] heights) {
        double[] h = Arrays.stream(heights).filter(Double::isFinite).sorted().toArray();
        int n = h.length;
        if (n == 0) {
            double nan = Double.NaN;
            return new SurfaceStatistics(0, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        double mean = 0.0;
        for (double v : h) {
            mean += v;
        }
        mean /= n;
        double ss = 0.0;
        for (double v : h) {
            ss += (v - mean) * (v - mean);
        }
        double rms = Math.sqrt(ss / n);
        double median = n % 2 == 1 ? h[n / 2] : 0.5 * (h[n / 2 - 1] + h[n / 2]);
        double min = h[0];
        double max = h[n - 1];
        return new SurfaceStatistics(n, mean, rms, min, max, median, max - min, max - mean, max - median);
    }
}
