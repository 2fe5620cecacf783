package org.interphase.physics.czm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.interphase.core.InputException;
import org.interphase.input.CaseFile;
import org.interphase.input.CaseSection;
import org.junit.jupiter.api.Test;

/**
 * The law registry: a case-file block read through {@link CohesiveLaws} gives the same law as the
 * constructor (every key reaches its parameter, defaults included), reads every key it is given, and an
 * unknown name or a bad value is an error naming the file line and, for the name, the known laws.
 */
class CohesiveLawsTest {

    private static CaseFile parse(String bond) {
        return CaseFile.parse("interfaces:\n  bond: " + bond + "\n", Path.of("laws.yaml"), List.of());
    }

    private static CaseSection bond(CaseFile c) {
        return c.root().section("interfaces").section("bond");
    }

    /** Traction and tangent of a law at a softening jump after a first, smaller one was committed. */
    private static double[] respond(TractionLaw law) {
        double[] committed = new double[law.historySize()];
        double[] trial = new double[law.historySize()];
        law.initialize(committed, 0);
        double[] t = new double[2];
        double[] k = new double[4];
        law.evaluate(2, new double[] {3e-4, 1e-4}, committed, trial, 0, 0.5, t, k);
        System.arraycopy(trial, 0, committed, 0, trial.length);
        law.evaluate(2, new double[] {5e-4, 4e-4}, committed, trial, 0, 0.5, t, k);
        return new double[] {t[0], t[1], k[0], k[1], k[2], k[3], law.damage(trial, 0), law.separationJump(trial, 0)};
    }

    @Test
    void readsTheSameLawAsTheConstructor() {
        CaseFile c = parse("{law: bilinear_mixed_mode, penalty: 1e4 Pa/m, normal_strength: 2 Pa, shear_strength: "
                + "3 Pa, GIc: 1 J/m^2, GIIc: 2 J/m^2, criterion: power_law, exponent: 1.5, viscosity: 0.1}");
        TractionLaw read = CohesiveLaws.read(bond(c));
        c.finish();
        double[] expected = respond(new BilinearMixedModeLaw(1e4, 2, 3, 1, 2, BilinearMixedModeLaw.Criterion.POWER_LAW,
                1.5, 0.1));
        assertTrue(expected[6] > 0 && expected[6] < 1, "the second jump softens: damage " + expected[6]);
        assertArrayEquals(expected, respond(read), 0.0);

        TractionLaw defaults = CohesiveLaws.read(bond(parse("{law: bilinear_mixed_mode, penalty: 1e4 Pa/m, "
                + "normal_strength: 2 Pa, shear_strength: 3 Pa, GIc: 1 J/m^2, GIIc: 2 J/m^2}")));
        assertArrayEquals(respond(new BilinearMixedModeLaw(1e4, 2, 3, 1, 2, BilinearMixedModeLaw.Criterion.BK, 2.0,
                0.0)), respond(defaults), 0.0);
        assertEquals(List.of("bilinear_mixed_mode"), CohesiveLaws.names());
    }

    @Test
    void unknownNamesAndBadValuesNameTheLine() {
        String unknown = assertThrows(InputException.class, () -> CohesiveLaws.read(bond(parse("{law: exponential, "
                + "penalty: 1e4 Pa/m}")))).getMessage();
        assertTrue(unknown.contains("laws.yaml:2"), unknown);
        assertTrue(unknown.contains("law") && unknown.contains("bilinear_mixed_mode"), unknown);
        String missing = assertThrows(InputException.class, () -> CohesiveLaws.read(bond(parse("{penalty: 1e4 Pa/m}"))))
                .getMessage();
        assertTrue(missing.contains("laws.yaml:2") && missing.contains("law"), missing);
        String soft = assertThrows(InputException.class, () -> CohesiveLaws.read(bond(parse("{law: bilinear_mixed_mode,"
                + " penalty: 1 Pa/m, normal_strength: 2 Pa, shear_strength: 3 Pa, GIc: 1 J/m^2, GIIc: 2 J/m^2}"))))
                .getMessage();
        assertTrue(soft.contains("laws.yaml:2") && soft.contains("too soft for the strengths"), soft);
    }
}
