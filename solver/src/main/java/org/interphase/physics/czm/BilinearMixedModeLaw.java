package org.interphase.physics.czm;

import java.util.Arrays;
import org.interphase.core.InputException;
import org.interphase.input.CaseSection;
import org.interphase.input.Dimension;

/**
 * The bilinear mixed-mode cohesive law of Camanho and Davila (NASA/TM-2002-211737), as in MOOSE's
 * {@code BiLinearMixedModeTraction} (physics.md section 3). With the penalty stiffness K (Pa/m), the
 * strengths N, S (Pa) and the fracture energies G_Ic, G_IIc (J/m^2):
 *
 * <pre>
 *   delta_m  = sqrt(&lt;delta_n&gt;^2 + delta_s^2),  beta = delta_s / delta_n,  B = beta^2
 *   delta_m0 = delta_n0 delta_s0 sqrt((1 + B) / (delta_s0^2 + B delta_n0^2))  (delta_n0 = N/K, delta_s0 = S/K)
 *   G_c      = G_Ic + (G_IIc - G_Ic) (B / (1 + B))^eta                       (Benzeggagh-Kenane)
 *            = (1 + B) [G_Ic^-eta + (B / G_IIc)^eta]^(-1/eta)                 (power law)
 *   delta_mf = 2 G_c / (K delta_m0)
 *   d        = delta_mf (delta_m - delta_m0) / (delta_m (delta_mf - delta_m0)),  clipped to [0, 1]
 *   t        = (1 - d_v) K delta_active + K delta_inactive
 * </pre>
 *
 * with delta_active = (&lt;delta_n&gt;, delta_s), delta_inactive = (min(delta_n, 0), 0): compression carries
 * the full penalty (contact) and never damages; a closed or compressed jump is pure mode II
 * (delta_m0 = delta_s0, delta_mf = 2 G_IIc / S). Damage is irreversible: d = max(d_old, d(delta)), the
 * history maximum of the damage the current jump implies (MOOSE's rule; for a fixed mixity this is the
 * damage of the history maximum of delta_m). Viscous regularization (zeta >= 0, in units of the load
 * factor): d_v = (d + (zeta/dt) d_v,old) / (1 + zeta/dt). The tangent is consistent: it includes the
 * derivative of the damage through delta_m and through the mixity B in the softening branch.
 *
 * <p>History per point: {@link #DAMAGE} (d), {@link #VISCOUS_DAMAGE} (d_v), {@link #MAX_JUMP} (the largest
 * delta_m seen), {@link #FINAL_JUMP} (delta_mf at the last evaluated mixity).
 */
public final class BilinearMixedModeLaw implements TractionLaw {

    /** The mixed-mode propagation criterion. */
    public enum Criterion {
        /** Benzeggagh-Kenane, exponent eta. */
        BK,
        /** Power law (G_I/G_Ic)^eta + (G_II/G_IIc)^eta = 1. */
        POWER_LAW
    }

    /** History index of the irreversible damage d. */
    public static final int DAMAGE = 0;
    /** History index of the regularized damage d_v that the traction uses. */
    public static final int VISCOUS_DAMAGE = 1;
    /** History index of the largest effective jump seen. */
    public static final int MAX_JUMP = 2;
    /** History index of the final effective jump delta_mf at the last mixity. */
    public static final int FINAL_JUMP = 3;

    /** Above this mixity B = beta^2 the jump counts as pure shear (avoids overflow of B). */
    private static final double PURE_SHEAR_B = 1e30;

    private final double k;
    private final double n;
    private final double s;
    private final double gIc;
    private final double gIIc;
    private final Criterion criterion;
    private final double eta;
    private final double viscosity;

    /**
     * @param k         (Input) penalty stiffness K (Pa/m).
     * @param n         (Input) normal strength N (Pa).
     * @param s         (Input) shear strength S (Pa).
     * @param gIc       (Input) mode I fracture energy (J/m^2).
     * @param gIIc      (Input) mode II fracture energy (J/m^2).
     * @param criterion (Input) mixed-mode criterion.
     * @param eta       (Input) its exponent (BK eta, power-law exponent), > 0.
     * @param viscosity (Input) viscous regularization zeta >= 0 (units of the load factor).
     * @throws InputException when a parameter is out of range or the penalty is too soft for the strengths
     *                        (G_c must exceed the elastic energy N^2 / (2K) at onset).
     */
    public BilinearMixedModeLaw(double k, double n, double s, double gIc, double gIIc, Criterion criterion,
            double eta, double viscosity) {
        positive("penalty stiffness K", k);
        positive("normal strength N", n);
        positive("shear strength S", s);
        positive("mode I fracture energy G_Ic", gIc);
        positive("mode II fracture energy G_IIc", gIIc);
        positive("mixed-mode exponent", eta);
        if (!(viscosity >= 0) || !Double.isFinite(viscosity)) {
            throw InputException.of("cohesive law: the viscosity must be zero or positive, got %g", viscosity);
        }
        if (gIc <= n * n / (2 * k) || gIIc <= s * s / (2 * k)) {
            throw InputException.of("cohesive law: the penalty K = %g Pa/m is too soft for the strengths: G_Ic (%g) "
                    + "must exceed N^2/(2K) = %g and G_IIc (%g) must exceed S^2/(2K) = %g; raise K or the fracture "
                    + "energies", k, gIc, n * n / (2 * k), gIIc, s * s / (2 * k));
        }
        this.k = k;
        this.n = n;
        this.s = s;
        this.gIc = gIc;
        this.gIIc = gIIc;
        this.criterion = criterion;
        this.eta = eta;
        this.viscosity = viscosity;
    }

    /**
     * Reads the law's keys of an interface block ({@code law: bilinear_mixed_mode}, docs/czm.md): penalty,
     * normal_strength, shear_strength, GIc, GIIc, criterion (bk | power_law, default bk), exponent (default
     * 2) and viscosity (default 0). Registered in {@link CohesiveLaws}.
     *
     * @param s (Input) the interface block.
     * @return the law.
     * @throws InputException naming the block's file and line when a key is missing, has the wrong unit or
     *                        a value is out of range.
     */
    public static BilinearMixedModeLaw read(CaseSection s) {
        double k = s.quantity("penalty", Dimension.STIFFNESS_PER_AREA);
        double n = s.quantity("normal_strength", Dimension.PRESSURE);
        double sh = s.quantity("shear_strength", Dimension.PRESSURE);
        double g1 = s.quantity("GIc", Dimension.ENERGY_PER_AREA);
        double g2 = s.quantity("GIIc", Dimension.ENERGY_PER_AREA);
        String crit = s.choice("criterion", "bk", "bk", "power_law");
        double eta = s.real("exponent", 2.0);
        double visc = s.real("viscosity", 0.0);
        try {
            return new BilinearMixedModeLaw(k, n, sh, g1, g2, crit.equals("bk") ? Criterion.BK : Criterion.POWER_LAW,
                    eta, visc);
        } catch (InputException e) {
            throw s.invalid("%s", e.getMessage());
        }
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw InputException.of("cohesive law: the %s must be positive and finite, got %g", what, v);
        }
    }

    @Override
    public int historySize() {
        return 4;
    }

    @Override
    public void initialize(double[] history, int offset) {
        Arrays.fill(history, offset, offset + 4, 0.0);
        history[offset + FINAL_JUMP] = 2 * gIc / n;
    }

    @Override
    public void separate(double[] history, int offset) {
        history[offset + DAMAGE] = 1.0;
        history[offset + VISCOUS_DAMAGE] = 1.0;
        history[offset + MAX_JUMP] = 0.0;
        history[offset + FINAL_JUMP] = 2 * gIc / n;
    }

    @Override
    public double damage(double[] history, int offset) {
        return history[offset + VISCOUS_DAMAGE];
    }

    @Override
    public double separationJump(double[] history, int offset) {
        return history[offset + FINAL_JUMP];
    }

    @Override
    public double minimumFractureEnergy() {
        return Math.min(gIc, gIIc);
    }

    @Override
    public BilinearMixedModeLaw scaled(double length, double stress) {
        return new BilinearMixedModeLaw(k * length / stress, n / stress, s / stress, gIc / (stress * length),
                gIIc / (stress * length), criterion, eta, viscosity);
    }

    /** @return the onset jump in pure mode I, N/K. */
    public double normalOnsetJump() {
        return n / k;
    }

    /** @return the onset jump in pure mode II, S/K. */
    public double shearOnsetJump() {
        return s / k;
    }

    /** The mixity of a jump and its derivative: B = (delta_s/delta_n)^2, or pure shear. */
    private record Mixity(boolean pureShear, double b, double[] dB) {
    }

    /** The onset or final effective jump at a mixity and its derivative with respect to B. */
    private record Jump(double value, double dB) {
    }

    @Override
    public void evaluate(int dim, double[] jump, double[] committed, double[] trial, int offset, double dt,
            double[] traction, double[] tangent) {
        Mixity mixity = computeModeMixity(dim, jump);
        Jump onset = computeCriticalDisplacementJump(mixity);
        Jump last = computeFinalDisplacementJump(mixity, onset);
        double[] dDeltaM = new double[dim];
        double deltaM = computeEffectiveDisplacementJump(dim, jump, dDeltaM);
        double[] dDamage = new double[dim];
        double d = computeDamage(dim, deltaM, dDeltaM, onset, last, mixity, committed[offset + DAMAGE], dDamage);

        double r = dt > 0 ? viscosity / dt : 0.0;
        double dv = (d + r * committed[offset + VISCOUS_DAMAGE]) / (1 + r);
        for (int j = 0; j < dim; j++) {
            dDamage[j] /= 1 + r;
        }
        trial[offset + DAMAGE] = d;
        trial[offset + VISCOUS_DAMAGE] = dv;
        trial[offset + MAX_JUMP] = Math.max(committed[offset + MAX_JUMP], deltaM);
        trial[offset + FINAL_JUMP] = last.value();
        computeTraction(dim, jump, dv, dDamage, traction, tangent);
    }

    /** B = beta^2 = (delta_s / delta_n)^2 and dB / d delta, for an open jump; pure shear when closed. */
    private Mixity computeModeMixity(int dim, double[] jump) {
        double dn = jump[0];
        double ds2 = 0;
        for (int j = 1; j < dim; j++) {
            ds2 += jump[j] * jump[j];
        }
        if (!(dn > 0)) {
            return new Mixity(true, Double.POSITIVE_INFINITY, new double[dim]);
        }
        double b = ds2 / (dn * dn);
        if (b > PURE_SHEAR_B) {
            return new Mixity(true, Double.POSITIVE_INFINITY, new double[dim]);
        }
        double[] dB = new double[dim];
        dB[0] = -2 * ds2 / (dn * dn * dn);
        for (int j = 1; j < dim; j++) {
            dB[j] = 2 * jump[j] / (dn * dn);
        }
        return new Mixity(false, b, dB);
    }

    /** delta_m0(B), the effective jump at damage onset. */
    private Jump computeCriticalDisplacementJump(Mixity m) {
        double dn0 = n / k;
        double ds0 = s / k;
        if (m.pureShear()) {
            return new Jump(ds0, 0.0);
        }
        double b = m.b();
        double den = ds0 * ds0 + b * dn0 * dn0;
        double v = dn0 * ds0 * Math.sqrt((1 + b) / den);
        return new Jump(v, 0.5 * v * (1 / (1 + b) - dn0 * dn0 / den));
    }

    /** delta_mf(B) = 2 G_c(B) / (K delta_m0(B)), the effective jump at full separation. */
    private Jump computeFinalDisplacementJump(Mixity m, Jump onset) {
        if (m.pureShear()) {
            return new Jump(2 * gIIc / (k * onset.value()), 0.0);
        }
        double b = m.b();
        double gc;
        double dGc;
        if (criterion == Criterion.BK) {
            double x = b / (1 + b);
            gc = gIc + (gIIc - gIc) * Math.pow(x, eta);
            dGc = b > 0 ? (gIIc - gIc) * eta * Math.pow(x, eta - 1) / ((1 + b) * (1 + b)) : 0.0;
        } else {
            double p = Math.pow(gIc, -eta) + Math.pow(b / gIIc, eta);
            gc = (1 + b) * Math.pow(p, -1 / eta);
            dGc = Math.pow(p, -1 / eta)
                    - (b > 0 ? (1 + b) * Math.pow(p, -1 / eta - 1) * Math.pow(b / gIIc, eta - 1) / gIIc : 0.0);
        }
        double v = 2 * gc / (k * onset.value());
        return new Jump(v, v * (dGc / gc - onset.dB() / onset.value()));
    }

    /** delta_m = |delta_active| and d delta_m / d delta. */
    private static double computeEffectiveDisplacementJump(int dim, double[] jump, double[] dDeltaM) {
        double dn = Math.max(jump[0], 0.0);
        double sum = dn * dn;
        for (int j = 1; j < dim; j++) {
            sum += jump[j] * jump[j];
        }
        double dm = Math.sqrt(sum);
        Arrays.fill(dDeltaM, 0.0);
        if (dm > 0) {
            dDeltaM[0] = dn / dm;
            for (int j = 1; j < dim; j++) {
                dDeltaM[j] = jump[j] / dm;
            }
        }
        return dm;
    }

    /**
     * d = max(d_old, delta_mf (delta_m - delta_m0) / (delta_m (delta_mf - delta_m0))) in [0, 1], and its
     * derivative (zero when unloading, before onset or after full separation).
     */
    private static double computeDamage(int dim, double dm, double[] dDeltaM, Jump onset, Jump last, Mixity m,
            double dOld, double[] dDamage) {
        Arrays.fill(dDamage, 0.0);
        double d0 = onset.value();
        double df = last.value();
        double d;
        boolean softening = false;
        if (dm <= d0) {
            d = 0.0;
        } else if (dm >= df || df <= d0) {
            d = 1.0;
        } else {
            d = df * (dm - d0) / (dm * (df - d0));
            softening = true;
        }
        if (d < dOld) {
            return dOld;
        }
        if (softening) {
            double w = df - d0;
            double byM = df * d0 / (dm * dm * w);
            double byOnset = df * (dm - df) / (dm * w * w);
            double byFinal = -d0 * (dm - d0) / (dm * w * w);
            double byB = byOnset * onset.dB() + byFinal * last.dB();
            for (int j = 0; j < dim; j++) {
                dDamage[j] = byM * dDeltaM[j] + byB * m.dB()[j];
            }
        }
        return d;
    }

    /** t = (1 - d) K delta_active + K delta_inactive and its tangent. */
    private void computeTraction(int dim, double[] jump, double d, double[] dDamage, double[] traction,
            double[] tangent) {
        boolean open = jump[0] >= 0;
        Arrays.fill(tangent, 0, dim * dim, 0.0);
        for (int i = 0; i < dim; i++) {
            boolean active = i > 0 || open;
            double a = active ? jump[i] : 0.0;
            traction[i] = active ? (1 - d) * k * jump[i] : k * jump[i];
            tangent[i * dim + i] = active ? (1 - d) * k : k;
            for (int j = 0; j < dim; j++) {
                tangent[i * dim + j] -= k * a * dDamage[j];
            }
        }
    }

    @Override
    public double storedEnergy(int dim, double[] jump, double[] history, int offset) {
        double d = history[offset + VISCOUS_DAMAGE];
        double e = 0;
        for (int i = 0; i < dim; i++) {
            double f = (i > 0 || jump[0] >= 0) ? (1 - d) : 1.0;
            e += 0.5 * f * k * jump[i] * jump[i];
        }
        return e;
    }

    /**
     * @param beta (Input) mode mixity delta_s / delta_n >= 0, or infinity for pure shear.
     * @return the effective jump at full separation delta_mf for a proportional path at this mixity.
     */
    public double finalJump(double beta) {
        Mixity m = Double.isInfinite(beta) ? new Mixity(true, beta, new double[1])
                : new Mixity(false, beta * beta, new double[1]);
        return computeFinalDisplacementJump(m, computeCriticalDisplacementJump(m)).value();
    }

    /**
     * @param beta (Input) mode mixity delta_s / delta_n >= 0, or infinity for pure shear.
     * @return the effective jump at damage onset delta_m0 at this mixity.
     */
    public double onsetJump(double beta) {
        Mixity m = Double.isInfinite(beta) ? new Mixity(true, beta, new double[1])
                : new Mixity(false, beta * beta, new double[1]);
        return computeCriticalDisplacementJump(m).value();
    }

    /** @return a one-line description with the parameters. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "bilinear mixed-mode law (K=%g, N=%g, S=%g, G_Ic=%g, G_IIc=%g, "
                + "%s eta=%g, viscosity=%g)", k, n, s, gIc, gIIc, criterion, eta, viscosity);
    }
}
