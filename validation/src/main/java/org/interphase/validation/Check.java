package org.interphase.validation;

import java.util.Locale;

/**
 * One validation check: a measured number against a reference with a tolerance, judged by a rule.
 * Its line is {@code PASS|FAIL <id> <measured> <reference> <tolerance>}.
 *
 * @param id        the id of validation.md (E1, C3, P1, S2, ...), optionally with a suffix (E2.p2-tri).
 * @param what      one line saying what was measured.
 * @param measured  the measured value.
 * @param reference the reference value or bar.
 * @param tolerance the tolerance, in the rule's sense.
 * @param rule      how measured, reference and tolerance are compared.
 * @param pass      the verdict.
 */
public record Check(String id, String what, double measured, double reference, double tolerance, Rule rule,
        boolean pass) {

    /** How a check compares its numbers. */
    public enum Rule {
        /** |measured - reference| <= tolerance |reference|. */
        RELATIVE,
        /** |measured - reference| <= tolerance. */
        ABSOLUTE,
        /** measured >= reference - tolerance (e.g. an observed convergence order). */
        AT_LEAST,
        /** measured <= reference + tolerance (e.g. an error bound). */
        AT_MOST,
        /** a boolean property: measured is 1 (true) or 0 (false); reference 1. */
        TRUE;

        String symbol() {
            switch (this) {
                case RELATIVE: return "rel";
                case ABSOLUTE: return "abs";
                case AT_LEAST: return ">=";
                case AT_MOST: return "<=";
                default: return "is";
            }
        }
    }

    /** Judges measured against reference with the rule. NaN never passes. */
    public static Check of(String id, String what, double measured, double reference, double tolerance, Rule rule) {
        boolean pass;
        switch (rule) {
            case RELATIVE: pass = Math.abs(measured - reference) <= tolerance * Math.abs(reference); break;
            case ABSOLUTE: pass = Math.abs(measured - reference) <= tolerance; break;
            case AT_LEAST: pass = measured >= reference - tolerance; break;
            case AT_MOST: pass = measured <= reference + tolerance; break;
            case TRUE: pass = measured == 1.0; break;
            default: throw new IllegalStateException();
        }
        return new Check(id, what, measured, reference, tolerance, rule, pass && !Double.isNaN(measured));
    }

    /** A boolean property check. */
    public static Check property(String id, String what, boolean holds) {
        return of(id, what, holds ? 1 : 0, 1, 0, Rule.TRUE);
    }

    /** @return the runner's one-line verdict. */
    public String line() {
        return String.format(Locale.ROOT, "%s %s %.6g %.6g %.3g", pass ? "PASS" : "FAIL", id, measured, reference,
                tolerance);
    }
}
