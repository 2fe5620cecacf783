#!/usr/bin/env bash
# S1, the whole seed-004 study (README.md): the film case for h = 4, 5, 6, 8, 12, 16, 20 nm under the Li
# (100 MPa, metal E = 4.9 GPa) and Na (59 MPa, 4.6 GPa) nucleation pressures, 14 runs, JOBS (default 2) at
# a time, about 2 minutes on 2 cores. Output in OUT (default out/seed004-sei-delamination): one folder per
# run (cohesive.xdmf and interface.xdmf + .h5 fields, steps.csv, summary.csv), summary.csv over all runs,
# axis_opening_normal.png/.csv (opening at the symmetry line over h, against h) and matching.csv (the
# trends and the Li thickness whose opening/h equals Na's at 4 nm). Extra arguments go to the sweep.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
out="${OUT:-out/seed004-sei-delamination}"
./interphase sweep cases/seed004-sei-delamination/film.yaml \
  --vary "mesh.layers.stack.1.thickness=4 nm,5 nm,6 nm,8 nm,12 nm,16 nm,20 nm" \
  --vary "interfaces.bond.pressure.value+materials.metal.E=100 MPa+4.9 GPa,59 MPa+4.6 GPa" \
  --plot axis_opening_normal --normalize --log --x-unit nm \
  --x-label "SEI thickness h" --y-label "opening at the symmetry line / h" \
  --label "100 MPa+4.9 GPa=Li, 100 MPa" --label "59 MPa+4.6 GPa=Na, 59 MPa" \
  --jobs "${JOBS:-2}" --out "$out" "$@"
python3 "$here/match.py" "$out"
