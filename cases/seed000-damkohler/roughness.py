"""S4 post-processing of the Damkohler sweep (study.sh): roughness.csv and roughness.png in the sweep folder.

    python3 roughness.py out/seed000-damkohler

Reads the sweep's summary.csv (one row per Da, each run stopped at the same plated charge, the roughness and
dendrite length interpolated to it) and the first row of each run's phasefield.csv (the initial roughness).
The S4 trend of validation.md is that roughness rises with Da; the exit status is 0 when it rises monotonically
over the whole sweep. The CSV needs plain Python 3; the plot needs matplotlib (python3, or ParaView's pvpython).
"""
import csv
import sys
from pathlib import Path

KEY = "surface_diffusion.damkohler"


def column(row, name):
    key = next(k for k in row if k == name or k.startswith(name + " ["))
    return float(row[key])


def points(folder):
    """[(Da, roughness um, dendrite length um, time s, initial roughness um)] sorted by Da, failed points left out."""
    folder = Path(folder)
    with open(folder / "summary.csv", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["status"] == "ok"]
    out = []
    for r in rows:
        with open(folder / r["folder"] / "phasefield.csv", newline="") as f:
            first = next(csv.DictReader(f))
        out.append((float(r[KEY]), 1e6 * column(r, "roughness"), 1e6 * column(r, "dendrite_length"),
                    column(r, "time"), 1e6 * column(first, "roughness"), column(r, "plated_charge_density") / 3.6e4))
    return sorted(out)


def main(folder):
    folder = Path(folder)
    pts = points(folder)
    rises = len(pts) >= 2 and all(b[1] > a[1] for a, b in zip(pts, pts[1:]))
    with open(folder / "roughness.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["damkohler", "plated_charge [mAh/cm^2]", "time [s]", "roughness [m]", "dendrite_length [m]",
                    "initial_roughness [m]"])
        for da, rough, length, t, r0, q in pts:
            w.writerow([f"{da:g}", f"{q:.6g}", f"{t:.6g}", f"{rough * 1e-6:.6g}", f"{length * 1e-6:.6g}",
                        f"{r0 * 1e-6:.6g}"])
        w.writerow([])
        w.writerow(["roughness_rises_with_Da", rises])
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    da = [p[0] for p in pts]
    ax.semilogx(da, [p[1] for p in pts], "o-", color="#b2182b", label="rms roughness")
    ax.semilogx(da, [p[2] for p in pts], "s--", color="#2166ac", label="dendrite length")
    if pts:
        ax.axhline(pts[0][4], color="0.5", lw=1, ls=":", label="initial roughness (the nucleus)")
    ax.axvline(1.0, color="0.7", lw=1)
    ax.set(xlabel="Damkohler number Da = k_e / k_d", ylabel="length at equal plated charge [um]",
           title=f"S4, seed 000 Fig. 4d: morphology over Da at {pts[0][5]:.3g} mAh/cm^2" if pts else "S4")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(folder / "roughness.png", dpi=100)
    print(f"S4 {folder}: " + ", ".join(f"Da {p[0]:g} roughness {p[1]:.4g} um" for p in pts)
          + f"; roughness rises with Da: {rises}")
    return 0 if rises else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "out/seed000-damkohler"))
