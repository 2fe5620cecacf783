package org.interphase.physics.elasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;

/** The isotropic law and the closed-form references against hand derivations and finite differences. */
class ElasticLawTest {

    @Test
    void planeStrainOutOfPlaneStressFollowsTheClosedForm() {
        double e = 70e9;
        double nu = 0.3;
        IsotropicElasticLaw law = new IsotropicElasticLaw(e, nu, ElasticModel.PLANE_STRAIN);
        double[] eps = {1e-3, 2e-4, 0, 2e-4, -5e-4, 0, 0, 0, 0};
        double eig = 3e-4;
        double[] eps0 = {eig, 0, 0, 0, eig, 0, 0, 0, eig};
        double[] s = new double[9];
        law.stress(eps, eps0, s);
        // sigma_zz = nu (sigma_xx + sigma_yy) - E eps*_zz for an isotropic eigenstrain (derived in docs/elasticity.md)
        assertEquals(nu * (s[0] + s[4]) - e * eig, s[8], 1e-9 * e * 1e-3);
        law.stress(eps, null, s);
        assertEquals(nu * (s[0] + s[4]), s[8], 1e-6);
    }

    @Test
    void isotropicExpansionIsStressFreeIn3dAndUniaxialVonMisesIsTheStress() {
        IsotropicElasticLaw law = new IsotropicElasticLaw(1e9, 0.25, ElasticModel.SOLID);
        double[] eps = {0.01, 0, 0, 0, 0.01, 0, 0, 0, 0.01};
        double[] s = new double[9];
        law.stress(eps, eps, s);
        for (double v : s) {
            assertEquals(0.0, v, 1e-6);
        }
        assertEquals(5.0, IsotropicElasticLaw.vonMises(new double[] {5, 0, 0, 0, 0, 0, 0, 0, 0}), 1e-14);
    }

    @Test
    void planeStressHasNoOutOfPlaneStress() {
        IsotropicElasticLaw law = new IsotropicElasticLaw(1e9, 0.3, ElasticModel.PLANE_STRESS);
        double[] s = new double[9];
        law.stress(new double[] {1e-3, 1e-4, 0, 1e-4, 3e-4, 0, 0, 0, 0}, null, s);
        assertEquals(0.0, s[8]);
        // uniaxial plane stress: sigma_xx = E eps_xx when eps_yy = -nu eps_xx
        law.stress(new double[] {1e-3, 0, 0, 0, -0.3e-3, 0, 0, 0, 0}, null, s);
        assertEquals(1e6, s[0], 1e-3);
        assertEquals(0.0, s[4], 1e-3);
    }

    @Test
    void badModuliAreInputErrors() {
        assertThrows(InputException.class, () -> new IsotropicElasticLaw(-1, 0.3, ElasticModel.SOLID));
        InputException e = assertThrows(InputException.class, () -> new IsotropicElasticLaw(1, 0.5,
                ElasticModel.SOLID));
        assertTrue(e.getMessage().contains("Poisson's ratio"));
    }

    @Test
    void kirschPeakIsThreeTimesTheRemoteStressAndTheHoleIsTractionFree() {
        KirschSolution k = new KirschSolution(1.0, 2.0);
        double[] s = new double[9];
        k.stress(new double[] {0, 1}, s);
        assertEquals(6.0, s[0], 1e-14);
        k.stress(new double[] {1e6, 3e5}, s);
        assertEquals(2.0, s[0], 1e-9);
        assertEquals(0.0, s[4], 1e-9);
        for (int i = 0; i < 32; i++) {
            double t = i * Math.PI / 31 / 2;
            double[] n = {-Math.cos(t), -Math.sin(t)};
            double[] tr = new double[2];
            k.traction().at(new double[] {Math.cos(t), Math.sin(t)}, n, tr);
            assertEquals(0.0, tr[0], 1e-13);
            assertEquals(0.0, tr[1], 1e-13);
        }
    }

    @Test
    void manufacturedBodyForceBalancesTheStressDivergence() {
        for (int dim = 2; dim <= 3; dim++) {
            IsotropicElasticLaw law = new IsotropicElasticLaw(2.0, 0.3,
                    dim == 2 ? ElasticModel.PLANE_STRAIN : ElasticModel.SOLID);
            TrigonometricSolution t = TrigonometricSolution.standard(dim, law);
            double[] x = dim == 2 ? new double[] {0.31, 0.72} : new double[] {0.31, 0.72, 0.45};
            double h = 1e-5;
            double[] div = new double[dim];
            double[] sp = new double[9];
            double[] sm = new double[9];
            for (int d = 0; d < dim; d++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[d] += h;
                xm[d] -= h;
                t.stress(xp, sp);
                t.stress(xm, sm);
                for (int i = 0; i < dim; i++) {
                    div[i] += (sp[i * 3 + d] - sm[i * 3 + d]) / (2 * h);
                }
            }
            double[] b = new double[dim];
            t.bodyForce(x, b);
            for (int i = 0; i < dim; i++) {
                assertEquals(-div[i], b[i], 1e-6 * Math.abs(b[i]) + 1e-9);
            }
        }
    }

    @Test
    void manufacturedBodyForceMatchesTheSymPyScript() {
        // printed by validation/reference/mms_elasticity.py
        IsotropicElasticLaw l2 = new IsotropicElasticLaw(2.0, 0.3, ElasticModel.PLANE_STRAIN);
        double[] b = new double[2];
        TrigonometricSolution.standard(2, l2).bodyForce(new double[] {0.31, 0.72}, b);
        assertEquals(-0.052472445903434636, b[0], 1e-14);
        assertEquals(-0.0044564757723988095, b[1], 1e-14);
        IsotropicElasticLaw l3 = new IsotropicElasticLaw(2.0, 0.3, ElasticModel.SOLID);
        double[] b3 = new double[3];
        TrigonometricSolution.standard(3, l3).bodyForce(new double[] {0.31, 0.72, 0.45}, b3);
        assertEquals(-0.052149926117288133, b3[0], 1e-14);
        assertEquals(-0.027738176246691497, b3[1], 1e-14);
        assertEquals(0.00038399811339285209, b3[2], 1e-14);
    }
}
