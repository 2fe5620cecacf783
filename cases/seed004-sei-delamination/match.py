"""S1 post-processing of the study (study.sh) and the sensitivity sweeps (sensitivity.sh).

    python3 match.py out/seed004-sei-delamination          # one study: writes matching.csv there
    python3 match.py --sensitivity out/seed004-sensitivity  # every variant: sensitivity.csv and .png there

From a sweep's summary.csv: the opening at the symmetry line over h for Li (100 MPa) and Na (59 MPa), the
S1 trends of validation.md (opening/h falls with h; Li above Na at every h; the Li/Na ratio larger at the
thinnest h than at the thickest) and the Li thickness whose opening/h equals Na's at the thinnest h
(log-log interpolation between the bracketing Li points). The exit status is 0 when every trend holds.
Plain Python 3; the sensitivity plot needs matplotlib (python3, or ParaView's pvpython).
"""
import csv
import math
import sys
from pathlib import Path

H_KEY = "mesh.layers.stack.1.thickness"
METAL_KEY = "interfaces.bond.pressure.value+materials.metal.E"
UNIT = {"nm": 1e-9, "m": 1.0}


def length(text):
    value, unit = text.split()
    return float(value) * UNIT[unit]


def curves(summary):
    """{h: opening/h} for Li and Na from the successful points of a sweep."""
    li, na = {}, {}
    with open(summary, newline="") as f:
        for row in csv.DictReader(f):
            if row["status"] != "ok":
                continue
            h = length(row[H_KEY])
            opening = next(v for k, v in row.items() if k.startswith("axis_opening_normal"))
            (li if row[METAL_KEY].startswith("100") else na)[h] = float(opening) / h
    return li, na


def matching(li, target):
    hs = sorted(li)
    for a, b in zip(hs, hs[1:]):
        if li[a] >= target >= li[b]:
            t = math.log(target / li[a]) / math.log(li[b] / li[a])
            return math.exp(math.log(a) + t * math.log(b / a)), a, b
    return float("nan"), float("nan"), float("nan")


def trends(li, na):
    hs = sorted(set(li) & set(na))
    falls = all(c[a] > c[b] for c in (li, na) for a, b in zip(hs, hs[1:]))
    above = all(li[h] > na[h] for h in hs)
    larger = li[hs[0]] / na[hs[0]] > li[hs[-1]] / na[hs[-1]]
    return hs, falls, above, larger


def study(folder):
    folder = Path(folder)
    li, na = curves(folder / "summary.csv")
    hs, falls, above, larger = trends(li, na)
    h_match, lo, hi = matching(li, na[hs[0]])
    with open(folder / "matching.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["h [m]", "li_opening_over_h", "na_opening_over_h", "li_over_na"])
        for h in hs:
            w.writerow([f"{h:.6g}", f"{li[h]:.6g}", f"{na[h]:.6g}", f"{li[h] / na[h]:.6g}"])
        w.writerow([])
        w.writerow(["li_thickness_matching_na_at_%.3g_m [m]" % hs[0], f"{h_match:.6g}", "bracket", f"{lo:.6g}",
                    f"{hi:.6g}"])
        w.writerow(["falls_with_h", falls, "li_above_na", above, "ratio_larger_at_thinnest", larger])
    print(f"S1 {folder}: falls with h {falls}, Li above Na {above}, Li/Na larger at {hs[0] * 1e9:.0f} nm than at "
          f"{hs[-1] * 1e9:.0f} nm {larger}; Li thickness matching Na at {hs[0] * 1e9:.0f} nm: {h_match * 1e9:.2f} nm")
    return 0 if falls and above and larger else 1


def sensitivity(root):
    root = Path(root)
    rows, curves_by_variant, status = [], {}, 0
    for folder in sorted(p for p in root.iterdir() if (p / "summary.csv").exists()):
        li, na = curves(folder / "summary.csv")
        hs, falls, above, larger = trends(li, na)
        h_match, _, _ = matching(li, na[hs[0]])
        rows.append([folder.name, len(hs), falls, above, larger, f"{h_match:.4g}"]
                    + [f"{li.get(h, float('nan')):.4g}" for h in hs] + [f"{na.get(h, float('nan')):.4g}" for h in hs])
        curves_by_variant[folder.name] = (hs, li, na)
        status |= 0 if falls and above and larger else 1
    hs0 = curves_by_variant[rows[0][0]][0]
    with open(root / "sensitivity.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["variant", "thicknesses", "falls_with_h", "li_above_na", "ratio_larger_at_thinnest",
                    "li_h_matching_na_thinnest [m]"] + [f"li_opening_over_h_{h * 1e9:.0f}nm" for h in hs0]
                   + [f"na_opening_over_h_{h * 1e9:.0f}nm" for h in hs0])
        w.writerows(rows)
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, (a, b) = plt.subplots(1, 2, figsize=(12, 5))
    colors = plt.get_cmap("tab20").colors
    for k, (name, (hs, li, na)) in enumerate(curves_by_variant.items()):
        x = [h * 1e9 for h in hs]
        line, = a.plot(x, [li[h] for h in hs], "-o", ms=3, lw=2.2 if name == "baseline" else 1,
                       color="black" if name == "baseline" else colors[k % len(colors)])
        a.plot(x, [na[h] for h in hs], "--s", ms=3, color=line.get_color(), lw=2.2 if name == "baseline" else 1)
        b.plot(x, [li[h] / na[h] for h in hs], "-o", ms=3, color=line.get_color(), label=name,
               lw=2.2 if name == "baseline" else 1)
    a.set(yscale="log", xlabel="SEI thickness h [nm]", ylabel="opening at the symmetry line / h",
          title="Li (solid, 100 MPa) and Na (dashed, 59 MPa)")
    b.set(yscale="log", xlabel="SEI thickness h [nm]", ylabel="Li / Na opening", title="Li over Na")
    b.legend(fontsize=7, ncol=2)
    for ax in (a, b):
        ax.grid(True, which="both", alpha=0.3)
    fig.suptitle("S1 sensitivity over the documented parameter range (docs/czm.md)")
    fig.tight_layout()
    fig.savefig(root / "sensitivity.png", dpi=100)
    print(f"S1 sensitivity: {len(rows)} variants, trends hold in "
          f"{sum(1 for r in rows if r[2] and r[3] and r[4])}; {root / 'sensitivity.csv'}, {root / 'sensitivity.png'}")
    return status


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--sensitivity":
        sys.exit(sensitivity(sys.argv[2]))
    sys.exit(study(sys.argv[1] if len(sys.argv) > 1 else "out/seed004-sei-delamination"))
