#!/usr/bin/env bash
# S1 sensitivity (README.md): the study's Li/Na pair at h = 4, 6, 8, 12, 20 nm repeated with each parameter
# the seed leaves open moved to both ends of its documented range (docs/czm.md, section "Seed 004, S1",
# subsection "Parameter choices"):
# film modulus 21 and 165 GPa, bond strength 150 and 600 MPa, G_c 0.5 and 2 J/m^2, penalty 3e20 and
# 3e21 Pa/m, domain width 100 and 400 nm, debonded half-width 10 and 40 nm. One sweep per variant under
# OUT/<variant> (default OUT = out/seed004-sensitivity), then sensitivity.csv and sensitivity.png over all
# of them (match.py; the plot needs matplotlib, from python3 or ParaView's pvpython). About 25 minutes on
# 2 cores with JOBS=2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
out="${OUT:-out/seed004-sensitivity}"
run() {
  local name=$1; shift
  ./interphase sweep cases/seed004-sei-delamination/film.yaml \
    --vary "mesh.layers.stack.1.thickness=4 nm,6 nm,8 nm,12 nm,20 nm" \
    --vary "interfaces.bond.pressure.value+materials.metal.E=100 MPa+4.9 GPa,59 MPa+4.6 GPa" \
    --set output.fields=false --plot axis_opening_normal --normalize --log --x-unit nm \
    --label "100 MPa+4.9 GPa=Li, 100 MPa" --label "59 MPa+4.6 GPa=Na, 59 MPa" \
    --jobs "${JOBS:-2}" --out "$out/$name" "$@" || true
}
run baseline
run film-E-21GPa --set "materials.film.E=21 GPa"
run film-E-165GPa --set "materials.film.E=165 GPa"
run strength-150MPa --set "interfaces.bond.normal_strength=150 MPa" --set "interfaces.bond.shear_strength=150 MPa"
run strength-600MPa --set "interfaces.bond.normal_strength=600 MPa" --set "interfaces.bond.shear_strength=600 MPa"
run Gc-0.5 --set "interfaces.bond.GIc=0.5 J/m^2" --set "interfaces.bond.GIIc=0.5 J/m^2"
run Gc-2 --set "interfaces.bond.GIc=2 J/m^2" --set "interfaces.bond.GIIc=2 J/m^2"
run penalty-3e20 --set "interfaces.bond.penalty=3e20 Pa/m"
run penalty-3e21 --set "interfaces.bond.penalty=3e21 Pa/m"
run width-100nm --set "mesh.layers.x.1.length=40 nm" --set "mesh.layers.x.1.cells=6"
run width-400nm --set "mesh.layers.x.1.length=340 nm" --set "mesh.layers.x.1.cells=48"
run debonded-10nm --set "interfaces.bond.debonded.max=[9.9 nm, 0 nm]" --set "interfaces.bond.pressure.max=[9.9 nm, 0 nm]"
run debonded-40nm --set "interfaces.bond.debonded.max=[39.9 nm, 0 nm]" --set "interfaces.bond.pressure.max=[39.9 nm, 0 nm]"
py=python3
python3 -c "import matplotlib" 2>/dev/null || py="xvfb-run -a pvpython"
$py "$here/match.py" --sensitivity "$out"
