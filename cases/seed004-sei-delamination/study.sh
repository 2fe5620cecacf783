#!/usr/bin/env bash
# S1, the whole seed-004 study: the film case for h = 4, 8, 12, 16, 20 nm under the Li (100 MPa, metal
# E = 4.9 GPa) and Na (59 MPa, 4.6 GPa) nucleation pressures, 10 runs, 2 at a time. Output in
# out/seed004-sei-delamination/: one folder per run (fields, steps.csv, summary.csv) and summary.csv with
# axis_opening_normal (the opening at the symmetry line) per point; opening/h-over-h.png plots it over h.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
./interphase sweep cases/seed004-sei-delamination/film.yaml \
  --vary "mesh.layers.stack.1.thickness=4 nm,8 nm,12 nm,16 nm,20 nm" \
  --vary "interfaces.bond.pressure.value+materials.metal.E=100 MPa+4.9 GPa,59 MPa+4.6 GPa" \
  --plot axis_opening_normal --normalize --jobs "${JOBS:-2}" --out out/seed004-sei-delamination "$@"
