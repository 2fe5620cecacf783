"""Prints every reference number of derivation.md (C1 closed forms, C3 beam theory). Plain Python 3."""
import math

# C1
K, N, S, GI, GII, ETA = 100.0, 1.0, 1.0, 1.0, 2.0, 2.0
dn0, ds0 = N / K, S / K
for name, beta in (("mode I", 0.0), ("45 deg", 1.0)):
    dm0 = dn0 * ds0 * math.sqrt((1 + beta**2) / (ds0**2 + (beta * dn0) ** 2))
    gc = GI + (GII - GI) * (beta**2 / (1 + beta**2)) ** ETA
    print(f"C1 {name}: delta_m0 = {dm0:.12g}, G_c = {gc:.12g}, delta_mf = {2 * gc / (K * dm0):.12g}")
print(f"C1 mode II: delta_m0 = {ds0:.12g}, G_c = {GII:.12g}, delta_mf = {2 * GII / S:.12g}")

# C3
E, nu, h, B, a0, G = 135.3e3, 0.0, 1.5, 20.0, 30.0, 0.28  # N, mm
G13 = E / (2 * (1 + nu))
gamma = 1.18 * E / G13
chi = math.sqrt(E / (11 * G13)) * (3 - 2 * (gamma / (1 + gamma)) ** 2)
c = B * math.sqrt(E * h**3 * G / 12)
print(f"C3: Gamma = {gamma:.4f}, chi = {chi:.4f}, chi h = {chi * h:.4f} mm, c = {c:.2f} N mm")
print(f"C3: peak simple = {c / a0:.2f} N, corrected = {c / (a0 + chi * h):.2f} N")
for delta in (2.0, 4.0, 6.0, 8.0):
    print(f"C3: propagation force at Delta = {delta} mm: {math.sqrt(8 * c**3 / (E * B * h**3 * delta)):.2f} N")
