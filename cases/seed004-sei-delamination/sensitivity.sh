#!/usr/bin/env bash
# S1 sensitivity: the study's thickness and metal grid repeated for each documented parameter range
# (docs/czm.md, "Seed 004 parameters"): film modulus 21 and 165 GPa, bond strength 50 and 200 MPa,
# G_c 0.1 and 1 J/m^2, penalty 1e20 and 1e22 Pa/m, domain width 100 and 400 nm, debonded half-width 10
# and 40 nm. Each sweep writes its summary.csv and plot under out/seed004-sensitivity/<parameter>-<value>.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
run() {
  local name=$1; shift
  ./interphase sweep cases/seed004-sei-delamination/film.yaml \
    --vary "mesh.layers.stack.1.thickness=4 nm,12 nm,20 nm" \
    --vary "interfaces.bond.pressure.value+materials.metal.E=100 MPa+4.9 GPa,59 MPa+4.6 GPa" \
    --plot axis_opening_normal --normalize --jobs "${JOBS:-2}" --out "out/seed004-sensitivity/$name" "$@"
}
run film-E-21GPa --set "materials.film.E=21 GPa"
run film-E-165GPa --set "materials.film.E=165 GPa"
run strength-50MPa --set "interfaces.bond.normal_strength=50 MPa" --set "interfaces.bond.shear_strength=50 MPa"
run strength-200MPa --set "interfaces.bond.normal_strength=200 MPa" --set "interfaces.bond.shear_strength=200 MPa"
run Gc-0.1 --set "interfaces.bond.GIc=0.1 J/m^2" --set "interfaces.bond.GIIc=0.1 J/m^2"
run Gc-1 --set "interfaces.bond.GIc=1 J/m^2" --set "interfaces.bond.GIIc=1 J/m^2"
run penalty-1e20 --set "interfaces.bond.penalty=1e20 Pa/m"
run penalty-1e22 --set "interfaces.bond.penalty=1e22 Pa/m"
run width-100nm --set "mesh.layers.x.1.length=40 nm" --set "mesh.layers.x.1.cells=8"
run width-400nm --set "mesh.layers.x.1.length=340 nm" --set "mesh.layers.x.1.cells=68"
for a in 10 40; do
  b=$(python3 -c "print($a - 0.1)")
  run "debonded-${a}nm" --set "interfaces.bond.debonded.max=[$b nm, 0 nm]" \
    --set "interfaces.bond.pressure.max=[$b nm, 0 nm]"
done
