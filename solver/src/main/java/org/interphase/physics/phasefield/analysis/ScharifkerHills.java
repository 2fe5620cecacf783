package org.interphase.physics.phasefield.analysis;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.InputException;

/**
 * Scharifker-Hills analysis of a nucleation current transient (B. Scharifker and G. Hills, Electrochim.
 * Acta 28 (1983) 879; seed 000 Eqs. 3-4). The transient is normalized by its peak (t_m, i_m)
 * ({@link TransientPeak}) to (i/i_m)^2 against tau = t/t_m and compared with the two limits of 3D
 * diffusion-controlled growth of hemispherical nuclei:
 * <pre>
 * 3D instantaneous  (i/i_m)^2 = 1.9542 / tau (1 - exp(-1.2564 tau))^2
 * 3D progressive    (i/i_m)^2 = 1.2254 / tau (1 - exp(-2.3367 tau^2))^2
 * </pre>
 * Time is measured from the potential step.
 *
 * <p>Each part of the curve (rising: tau &lt;= 1; falling: tau &gt; 1, within the options' tau window)
 * gets, with the trapezoid rule in tau as the inner product:
 * <ul>
 * <li>the rms error against each model;</li>
 * <li>the mixing fraction lambda of the least-squares fit m ~ (1 - lambda) f_inst + lambda f_prog:
 * 0 on the instantaneous curve, 1 on the progressive one, between them for a curve between the two;</li>
 * <li>the rms residual of that fit and the rms separation of the two models.</li>
 * </ul>
 * Classification (thresholds in {@link Options}): a part is "instantaneous" when lambda &lt; 1/3,
 * "progressive" when lambda &gt; 2/3, "between" otherwise. Both parts instantaneous: 3D-instantaneous;
 * both progressive: 3D-progressive; otherwise hybrid (seed 000's HPJH-AlSi is between the models before
 * the peak and progressive after it). When the best mix on either part still misses the data by more than
 * half the models' separation, or lambda is outside [-1/2, 3/2], the curve follows neither model.
 */
public final class ScharifkerHills {

    /** The mechanisms the classification names. */
    public enum Mechanism {
        INSTANTANEOUS("3D-instantaneous"),
        PROGRESSIVE("3D-progressive"),
        HYBRID("hybrid"),
        NEITHER("neither");

        private final String label;

        Mechanism(String label) {
            this.label = label;
        }

        /** @return the name printed and written to files. */
        public String label() {
            return label;
        }
    }

    /**
     * Analysis settings.
     *
     * @param tauMin        smallest tau compared (skips early double-layer charging), &gt;= 0.
     * @param tauMax        largest tau compared, &gt; 1.
     * @param instantaneous a part with lambda below this is instantaneous.
     * @param progressive   a part with lambda above this is progressive.
     * @param residual      largest residual of the best mix, as a fraction of the models' separation.
     */
    public record Options(double tauMin, double tauMax, double instantaneous, double progressive, double residual) {

        /** Every sample, thresholds 1/3 and 2/3, residual limit 1/2. */
        public static final Options DEFAULT = new Options(0.0, Double.POSITIVE_INFINITY, 1.0 / 3, 2.0 / 3, 0.5);

        /** Checks the ranges. */
        public Options {
            Checks.input(tauMin >= 0 && tauMin < 1, "the smallest t/t_m compared must be in [0, 1), got %s", tauMin);
            Checks.input(tauMax > 1, "the largest t/t_m compared must exceed 1, got %s", tauMax);
            Checks.input(instantaneous > 0 && instantaneous < progressive && progressive < 1,
                    "classification thresholds need 0 < instantaneous < progressive < 1, got %s and %s",
                    instantaneous, progressive);
            Checks.input(residual > 0, "the residual limit must be positive, got %s", residual);
        }

        /** @return these options with another tau window. */
        public Options withTau(double min, double max) {
            return new Options(min, max, instantaneous, progressive, residual);
        }
    }

    /**
     * The comparison on one part of the curve.
     *
     * @param points             samples in the part.
     * @param tauFrom            first tau of the part.
     * @param tauTo              last tau of the part.
     * @param errorInstantaneous rms of (i/i_m)^2 minus the instantaneous curve.
     * @param errorProgressive   rms of (i/i_m)^2 minus the progressive curve.
     * @param mix                lambda: 0 instantaneous, 1 progressive.
     * @param residual           rms residual of the best mix.
     * @param separation         rms difference of the two models over the part.
     */
    public record Part(int points, double tauFrom, double tauTo, double errorInstantaneous, double errorProgressive,
            double mix, double residual, double separation) {
    }

    /**
     * The analysis of one transient.
     *
     * @param peak      the peak used for the normalization.
     * @param tau       t / t_m per sample.
     * @param ratio2    (i / i_m)^2 per sample.
     * @param rising    the comparison for tau &lt;= 1.
     * @param falling   the comparison for tau &gt; 1.
     * @param mechanism the classification.
     * @param reason    one sentence saying why.
     */
    public record Result(TransientPeak peak, double[] tau, double[] ratio2, Part rising, Part falling,
            Mechanism mechanism, String reason) {
    }

    private static final double INST_A = 1.9542;
    private static final double INST_B = 1.2564;
    private static final double PROG_A = 1.2254;
    private static final double PROG_B = 2.3367;
    /** Fewest samples on each side of the peak. */
    public static final int MIN_PART = 3;

    private ScharifkerHills() {
    }

    /** @return (i/i_m)^2 of 3D instantaneous nucleation at tau = t/t_m &gt; 0. */
    public static double instantaneous(double tau) {
        double e = -Math.expm1(-INST_B * tau);
        return INST_A / tau * e * e;
    }

    /** @return (i/i_m)^2 of 3D progressive nucleation at tau = t/t_m &gt; 0. */
    public static double progressive(double tau) {
        double e = -Math.expm1(-PROG_B * tau * tau);
        return PROG_A / tau * e * e;
    }

    /**
     * @param t (Input) times from the potential step, increasing, s. Not modified.
     * @param i (Input) currents (any unit, either sign: a cathodic record is negated). Not modified.
     * @param o (Input) settings.
     * @return the normalization, errors and classification.
     * @throws InputException if no peak is found or either part has fewer than {@value #MIN_PART} samples.
     */
    public static Result analyze(double[] t, double[] i, Options o) {
        Checks.verify(t.length == i.length, "%d times but %d currents", t.length, i.length);
        double sign = 1.0;
        double big = 0.0;
        for (double v : i) {
            if (Math.abs(v) > big) {
                big = Math.abs(v);
                sign = v < 0 ? -1.0 : 1.0;
            }
        }
        double[] cur = new double[i.length];
        for (int k = 0; k < i.length; k++) {
            cur[k] = sign * i[k];
        }
        TransientPeak peak = TransientPeak.find(t, cur);
        if (!(peak.time() > 0)) {
            throw InputException.of("the current peak is at t = %s s; times must be measured from the potential step "
                    + "so that the peak is at a positive time", peak.time());
        }
        int n = t.length;
        double[] tau = new double[n];
        double[] r2 = new double[n];
        for (int k = 0; k < n; k++) {
            tau[k] = t[k] / peak.time();
            double q = cur[k] / peak.current();
            r2[k] = q * q;
        }
        Part rising = part(tau, r2, Math.max(o.tauMin(), 0.0), 1.0, true, "before");
        Part falling = part(tau, r2, 1.0, o.tauMax(), false, "after");
        Mechanism m;
        String reason;
        double limitR = o.residual() * rising.separation();
        double limitF = o.residual() * falling.separation();
        boolean misses = rising.residual() > limitR || falling.residual() > limitF;
        if (misses || outside(rising.mix()) || outside(falling.mix())) {
            m = Mechanism.NEITHER;
            reason = String.format(Locale.ROOT, "the best mix of the two models misses the curve: residual %.3g "
                    + "(limit %.3g) before the peak, %.3g (limit %.3g) after it, lambda %.2f and %.2f",
                    rising.residual(), limitR, falling.residual(), limitF, rising.mix(), falling.mix());
        } else {
            String zr = zone(rising.mix(), o);
            String zf = zone(falling.mix(), o);
            if (zr.equals("instantaneous") && zf.equals("instantaneous")) {
                m = Mechanism.INSTANTANEOUS;
            } else if (zr.equals("progressive") && zf.equals("progressive")) {
                m = Mechanism.PROGRESSIVE;
            } else {
                m = Mechanism.HYBRID;
            }
            reason = String.format(Locale.ROOT, "before the peak %s (lambda = %.2f), after it %s (lambda = %.2f); "
                    + "lambda is 0 on the instantaneous and 1 on the progressive curve", describe(zr), rising.mix(),
                    describe(zf), falling.mix());
        }
        return new Result(peak, tau, r2, rising, falling, m, reason);
    }

    private static boolean outside(double mix) {
        return !(mix >= -0.5 && mix <= 1.5);
    }

    private static String zone(double mix, Options o) {
        return mix < o.instantaneous() ? "instantaneous" : mix > o.progressive() ? "progressive" : "between";
    }

    private static String describe(String zone) {
        return zone.equals("between") ? "between the models" : "near 3D-" + zone;
    }

    /** Compares the samples with tau in [from, to] and tau &gt; 0 (rising) or in (from, to] (falling). */
    private static Part part(double[] tau, double[] r2, double from, double to, boolean rising, String side) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < tau.length; k++) {
            boolean in = rising ? tau[k] > 0 && tau[k] >= from && tau[k] <= to : tau[k] > from && tau[k] <= to;
            if (in) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        int count = first < 0 ? 0 : last - first + 1;
        if (count < MIN_PART) {
            throw InputException.of("only %d sample%s %s the current peak within the compared t/t_m range; the "
                    + "Scharifker-Hills comparison needs at least %d on each side: record a longer or denser "
                    + "transient", count, count == 1 ? "" : "s", side, MIN_PART);
        }
        double sI = 0;
        double sP = 0;
        double dd = 0;
        double dm = 0;
        double wsum = 0;
        for (int k = first; k <= last; k++) {
            double w = 0.5 * ((k < last ? tau[k + 1] : tau[k]) - (k > first ? tau[k - 1] : tau[k]));
            double fi = instantaneous(tau[k]);
            double fp = progressive(tau[k]);
            double ei = r2[k] - fi;
            double ep = r2[k] - fp;
            double d = fp - fi;
            sI += w * ei * ei;
            sP += w * ep * ep;
            dd += w * d * d;
            dm += w * d * ei;
            wsum += w;
        }
        double lambda = dd > 0 ? dm / dd : 0.5;
        double res = Math.max(0.0, sI - 2 * lambda * dm + lambda * lambda * dd);
        return new Part(count, tau[first], tau[last], Math.sqrt(sI / wsum), Math.sqrt(sP / wsum), lambda,
                Math.sqrt(res / wsum), Math.sqrt(dd / wsum));
    }
}
