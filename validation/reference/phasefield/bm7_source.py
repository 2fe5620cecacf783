#!/usr/bin/env python3
"""PFHub benchmark 7a (Allen-Cahn, method of manufactured solutions): the source term S, derived symbolically.

    d eta/dt = -[4 eta (eta - 1)(eta - 1/2) - kappa lap eta] + S
    eta_sol  = 1/2 [1 - tanh((y - a(x, t)) / sqrt(2 kappa))]
    a(x, t)  = 1/4 + A1 t sin(B1 x) + A2 sin(B2 x + C2 t)

so S = d eta_sol/dt + 4 eta_sol (eta_sol - 1)(eta_sol - 1/2) - kappa lap eta_sol. The script checks that S equals
the closed form implemented in org.interphase.physics.phasefield.Benchmark7Solution,

    S = sech^2(z) / (2 sqrt(2 kappa)) (a_t - kappa a_xx) - 1/2 sech^2(z) tanh(z) a_x^2,   z = (y - a) / sqrt(2 kappa),

(the double well and kappa eta_yy cancel on the tanh profile), and prints eta and S at sample points; the unit
test Benchmark7SolutionTest holds these numbers. Run: python3 bm7_source.py
"""
import sympy as sp

x, y, t = sp.symbols("x y t", real=True)
kappa, A1, B1, A2, B2, C2 = sp.symbols("kappa A1 B1 A2 B2 C2", positive=True)

a = sp.Rational(1, 4) + A1 * t * sp.sin(B1 * x) + A2 * sp.sin(B2 * x + C2 * t)
z = (y - a) / sp.sqrt(2 * kappa)
eta = sp.Rational(1, 2) * (1 - sp.tanh(z))

source = sp.diff(eta, t) + 4 * eta * (eta - 1) * (eta - sp.Rational(1, 2)) - kappa * (
    sp.diff(eta, x, 2) + sp.diff(eta, y, 2))

sech2 = 1 - sp.tanh(z) ** 2
closed = sech2 / (2 * sp.sqrt(2 * kappa)) * (sp.diff(a, t) - kappa * sp.diff(a, x, 2)) \
    - sp.Rational(1, 2) * sech2 * sp.tanh(z) * sp.diff(a, x) ** 2

values = {kappa: sp.Rational(4, 10000), A1: sp.Rational(75, 10000), B1: 8 * sp.pi, A2: sp.Rational(3, 100),
          B2: 22 * sp.pi, C2: sp.Rational(625, 10000) * sp.pi}

points = [(0.1, 0.2, 0.0), (0.35, 0.26, 2.5), (0.5, 0.25, 8.0), (0.71, 0.3, 5.0), (0.9, 0.22, 8.0),
          (0.03, 0.28, 1.0), (0.62, 0.241, 7.3)]

difference = sp.simplify((source - closed).rewrite(sp.exp))
assert difference == 0, difference

print("# x, y, t, eta, S (kappa = 4e-4, A1 = 0.0075, B1 = 8 pi, A2 = 0.03, B2 = 22 pi, C2 = 0.0625 pi)")
for px, py, pt in points:
    sub = dict(values)
    sub.update({x: px, y: py, t: pt})
    e = sp.N(eta.subs(sub), 17)
    s = sp.N(source.subs(sub), 17)
    print(f"{px}, {py}, {pt}, {float(e):.17g}, {float(s):.17g}")
