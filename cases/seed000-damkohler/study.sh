#!/usr/bin/env bash
# S4, the seed-000 study (README.md): damkohler.yaml over Da = 0.01 .. 100 (half decades), each run stopped at
# the same plated charge (0.1 mAh/cm^2). Output in OUT (default out/seed000-damkohler): point-000 .. point-008
# with the phasefield.xdmf + .h5 series and phasefield.csv, summary.csv over the points, and roughness.csv and
# roughness.png (rms roughness and dendrite length at equal charge over Da; roughness must rise with Da).
# About 3 minutes on 2 cores. Extra arguments go to the sweep (e.g. --set output.fields=false).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
out="${OUT:-out/seed000-damkohler}"
./interphase sweep cases/seed000-damkohler/damkohler.yaml \
  --vary "surface_diffusion.damkohler=${DA:-0.01,0.03,0.1,0.3,1,3,10,30,100}" \
  --jobs "${JOBS:-2}" --out "$out" "$@"
py=python3
python3 -c "import matplotlib" 2>/dev/null || py="xvfb-run -a pvpython"
$py "$here/roughness.py" "$out"
