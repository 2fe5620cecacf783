"""S3 post-processing of the study (study.sh) and the sensitivity sweeps (sensitivity.sh).

    python3 compare.py out/seed001-interphase-layers          # one study: comparison.csv and .png there
    python3 compare.py --sensitivity out/seed001-sensitivity   # every variant: sensitivity.csv and .png there

A study is an `interphase sweep` of layers.yaml over the three layers in the order P-Na, F-Na, SFC-Na (points 0, 1,
2); each run stops at the same plated charge (stop.charge) and its summary.csv row holds the roughness and dendrite
length interpolated to that charge. The S3 trend of validation.md is P-Na > F-Na > SFC-Na in both; the exit status
is 0 when it holds everywhere. The CSVs need plain Python 3; the plots need matplotlib (python3, or ParaView's
pvpython as the scripts do).
"""
import csv
import sys
from pathlib import Path

LAYERS = ["P-Na", "F-Na", "SFC-Na"]
QUANTITIES = [("roughness", "rms roughness [um]"), ("dendrite_length", "dendrite length [um]")]


def column(row, name):
    key = next(k for k in row if k == name or k.startswith(name + " ["))
    return float(row[key])


def layers(folder):
    """{layer: row} of a sweep's summary.csv, with the quantities in um and the plated charge in mAh/cm^2."""
    with open(Path(folder) / "summary.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for name, row in zip(LAYERS, rows):
        if row["status"] != "ok":
            continue
        out[name] = {q: 1e6 * column(row, q) for q, _ in QUANTITIES}
        out[name]["charge"] = column(row, "plated_charge_density") / 3.6e4
        out[name]["time"] = column(row, "time")
    return out


def ordered(values):
    return len(values) == 3 and all(values[LAYERS[k]] > values[LAYERS[k + 1]] for k in range(2))


def trend(res):
    return {q: ordered({k: v[q] for k, v in res.items()}) for q, _ in QUANTITIES}


def plt():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as pyplot
    return pyplot


def study(folder):
    folder = Path(folder)
    res = layers(folder)
    ok = trend(res)
    with open(folder / "comparison.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["layer", "plated_charge [mAh/cm^2]", "time [s]", "roughness [m]", "dendrite_length [m]"])
        for name in LAYERS:
            if name in res:
                r = res[name]
                w.writerow([name, f"{r['charge']:.6g}", f"{r['time']:.6g}", f"{r['roughness'] * 1e-6:.6g}",
                            f"{r['dendrite_length'] * 1e-6:.6g}"])
        w.writerow([])
        w.writerow(["ordered_P>F>SFC_roughness", ok["roughness"], "ordered_P>F>SFC_dendrite_length",
                    ok["dendrite_length"]])
    pyplot = plt()
    fig, axes = pyplot.subplots(1, 2, figsize=(9, 4))
    names = [n for n in LAYERS if n in res]
    for ax, (q, label) in zip(axes, QUANTITIES):
        bars = ax.bar(names, [res[n][q] for n in names], color=["#b2182b", "#ef8a62", "#2166ac"][:len(names)])
        ax.bar_label(bars, fmt="%.2f")
        ax.set(ylabel=label, title=label.split(" [")[0])
        ax.grid(True, axis="y", alpha=0.3)
    charge = res[names[0]]["charge"] if names else float("nan")
    fig.suptitle(f"S3, seed 001 Fig. 4f,g: Na plated through the interphase layer, at {charge:.3g} mAh/cm^2 each")
    fig.tight_layout()
    fig.savefig(folder / "comparison.png", dpi=100)
    print(f"S3 {folder}: " + ", ".join(f"{n} roughness {res[n]['roughness']:.3f} um, dendrite "
                                       f"{res[n]['dendrite_length']:.3f} um" for n in names)
          + f"; P-Na > F-Na > SFC-Na: roughness {ok['roughness']}, dendrite length {ok['dendrite_length']}")
    return 0 if all(ok.values()) else 1


def sensitivity(root):
    root = Path(root)
    variants = sorted((p for p in root.iterdir() if (p / "summary.csv").exists()),
                      key=lambda p: (p.name != "baseline", p.name))
    rows, results, status = [], {}, 0
    for folder in variants:
        res = layers(folder)
        ok = trend(res)
        results[folder.name] = res
        rows.append([folder.name, len(res), ok["roughness"], ok["dendrite_length"]]
                    + [f"{res[n][q] * 1e-6:.4g}" if n in res else "nan" for q, _ in QUANTITIES for n in LAYERS])
        status |= 0 if all(ok.values()) else 1
    with open(root / "sensitivity.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["variant", "layers_run", "ordered_roughness", "ordered_dendrite_length"]
                   + [f"{q}_{n} [m]" for q, _ in QUANTITIES for n in LAYERS])
        w.writerows(rows)
    pyplot = plt()
    fig, axes = pyplot.subplots(1, 2, figsize=(13, 5.5))
    y = list(range(len(results)))
    for ax, (q, label) in zip(axes, QUANTITIES):
        for k, (name, color, marker) in enumerate(zip(LAYERS, ["#b2182b", "#ef8a62", "#2166ac"], "o^s")):
            ax.plot([results[v][name][q] if name in results[v] else float("nan") for v in results], y, marker,
                    color=color, label=name, ms=7)
        ax.set_yticks(y)
        ax.set_yticklabels(list(results), fontsize=8)
        ax.invert_yaxis()
        ax.set(xlabel=label, title=label.split(" [")[0] + " at equal plated charge")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("S3 sensitivity over the documented parameter range (docs/phasefield.md, S3)")
    fig.tight_layout()
    fig.savefig(root / "sensitivity.png", dpi=100)
    held = sum(1 for r in rows if r[2] and r[3])
    print(f"S3 sensitivity: {len(rows)} variants, P-Na > F-Na > SFC-Na in both quantities in {held}; "
          f"{root / 'sensitivity.csv'}, {root / 'sensitivity.png'}")
    return status


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--sensitivity":
        sys.exit(sensitivity(sys.argv[2]))
    sys.exit(study(sys.argv[1] if len(sys.argv) > 1 else "out/seed001-interphase-layers"))
