#!/usr/bin/env python3
"""Symbolic check of the manufactured elasticity solution of validation.md E2.

u_i = A_i prod_d sin(k_id x_d + p_id) (TrigonometricSolution.standard) and the body force
b = -div sigma(u) for isotropic sigma = lambda tr(eps) I + 2 mu eps. Prints b at sample points with the
parameters of TrigonometricSolution.standard (E = 2, nu = 0.3; plane strain and 3D), which
ElasticLawTest and the Java class must reproduce. Run: /usr/bin/python3 validation/reference/mms_elasticity.py
"""
import sympy as sp


def body_force(dim, amp, k, ph, lam, mu, point):
    x = sp.symbols('x0:%d' % dim)
    u = [amp[i] * sp.prod([sp.sin(k[i * dim + d] * x[d] + ph[i * dim + d]) for d in range(dim)])
         for i in range(dim)]
    eps = [[(sp.diff(u[i], x[j]) + sp.diff(u[j], x[i])) / 2 for j in range(dim)] for i in range(dim)]
    tr = sum(eps[i][i] for i in range(dim))
    sig = [[lam * tr * (1 if i == j else 0) + 2 * mu * eps[i][j] for j in range(dim)] for i in range(dim)]
    b = [-sum(sp.diff(sig[i][j], x[j]) for j in range(dim)) for i in range(dim)]
    return [sp.N(bi.subs(dict(zip(x, point))), 17) for bi in b]


def main():
    pi = sp.pi
    e, nu = sp.Rational(2), sp.Rational(3, 10)
    lam = e * nu / ((1 + nu) * (1 - 2 * nu))
    mu = e / (2 * (1 + nu))
    b2 = body_force(2, [sp.Rational(1, 1000), sp.Rational(-7, 10000)], [pi, 2 * pi, sp.Rational(3, 2) * pi, pi],
                    [0.3, 0.1, 0.2, 0.7], lam, mu, [0.31, 0.72])
    print('plane strain b(0.31, 0.72) =', b2)
    b3 = body_force(3, [sp.Rational(1, 1000), sp.Rational(-7, 10000), sp.Rational(5, 10000)],
                    [pi, 2 * pi, pi, sp.Rational(3, 2) * pi, pi, pi, pi, pi, 2 * pi],
                    [0.3, 0.1, 0.2, 0.7, 0.4, 0.5, 0.6, 0.8, 0.9], lam, mu, [0.31, 0.72, 0.45])
    print('3d b(0.31, 0.72, 0.45) =', b3)


if __name__ == '__main__':
    main()
