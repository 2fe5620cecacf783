#!/usr/bin/env bash
# S3, the seed-001 study (README.md): layers.yaml with the three interphase layers, P-Na (native SEI), F-Na (NaF,
# ionic) and SFC-Na (NaF + Na3Sb, mixed ionic/electronic, highly diffusive), each stopped at the same plated charge
# (0.1 mAh/cm^2). Output in OUT (default out/seed001-interphase-layers): point-000 (P-Na), point-001 (F-Na),
# point-002 (SFC-Na) with the phasefield.xdmf + .h5 series (xi, Na+ concentration, potential, current density),
# phasefield.csv and summary.csv; summary.csv over the three; comparison.csv and comparison.png (roughness and
# dendrite length at equal charge, P-Na > F-Na > SFC-Na). About 2 minutes on 2 cores. Extra arguments go to the
# sweep (e.g. --set mesh.rectangle.cells=[50,30]).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
out="${OUT:-out/seed001-interphase-layers}"
D_E=3e-10      # electrolyte Na+ diffusivity (Na preset), m^2/s
S_E=1.0        # electrolyte conductivity (Na preset), S/m
# layer diffusivities relative to the electrolyte: native SEI 1 %; F-Na and SFC-Na above it by the Arrhenius
# factors of seed 001's SEI activation energies (32.58, 31.18, 17.83 kJ/mol at 298.15 K: 1.76 and 384)
layer() {  # ratio-to-electrolyte electronic-conductivity -> "D m^2/s+s S/m+e S/m"
  awk -v r="$1" -v e="$2" -v d="$D_E" -v s="$S_E" 'BEGIN { printf "%.4g m^2/s+%.4g S/m+%s S/m", r*d, r*s, e }'
}
layers="$(layer 0.01 0),$(layer 0.0176 0),$(layer 3.84 100)"
./interphase sweep cases/seed001-interphase-layers/layers.yaml \
  --vary "materials.sei.electrolyte_diffusivity+materials.sei.electrolyte_conductivity+materials.sei.electronic_conductivity=$layers" \
  --jobs "${JOBS:-2}" --out "$out" "$@"
py=python3
python3 -c "import matplotlib" 2>/dev/null || py="xvfb-run -a pvpython"
$py "$here/compare.py" "$out"
