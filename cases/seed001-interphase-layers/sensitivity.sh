#!/usr/bin/env bash
# S3 sensitivity (README.md): the three layers of study.sh repeated with each parameter seed 001 leaves in its
# supplement moved across its documented range (docs/phasefield.md, "S3"): layer thickness 1 and 3 um; native-SEI
# diffusivity 0.3 % and 10 % of the electrolyte's (the F-Na and SFC-Na layers keep their Arrhenius factors 1.76 and
# 384 over it); layer conductivities equal to the electrolyte's (only the diffusivity differs); SFC-Na electronic
# conductivity 2.2e-4 S/m (seed 001's printed 0.0022 "mS cm^-2" read as mS/cm) and 1e4 S/m; exchange current density
# 0.6 and 33.2 uA/cm^2 (seed 001's P-Na and SFC-Na values); plated charge 0.05 and 0.15 mAh/cm^2; another noise
# seed; crystal axes at 45 degrees. One sweep per variant under OUT/<variant> (default OUT = out/seed001-sensitivity,
# fields not written), then sensitivity.csv and sensitivity.png over all of them (compare.py). About 15 minutes on 2
# cores with JOBS=2.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
out="${OUT:-out/seed001-sensitivity}"
KEYS="materials.sei.electrolyte_diffusivity+materials.sei.electrolyte_conductivity+materials.sei.electronic_conductivity"
layer() {  # D ratio to the electrolyte, conductivity ratio, electronic S/m -> one '+'-joined sweep value
  awk -v r="$1" -v q="$2" -v e="$3" 'BEGIN { printf "%.4g m^2/s+%.4g S/m+%s S/m", r*3e-10, q*1.0, e }'
}
layers() {  # native-SEI ratio, SFC electronic S/m, [tie conductivity to D: 1 | 0]
  local p=$1 e=$2 tie=${3:-1}
  local f s
  f=$(awk -v p="$p" 'BEGIN { print 1.76 * p }')
  s=$(awk -v p="$p" 'BEGIN { print 384 * p }')
  if [ "$tie" = 1 ]; then
    echo "$(layer "$p" "$p" 0),$(layer "$f" "$f" 0),$(layer "$s" "$s" "$e")"
  else
    echo "$(layer "$p" 1 0),$(layer "$f" 1 0),$(layer "$s" 1 "$e")"
  fi
}
run() {
  local name=$1 values=$2; shift 2
  ./interphase sweep cases/seed001-interphase-layers/layers.yaml --vary "$KEYS=$values" \
    --set output.fields=false --jobs "${JOBS:-2}" --out "$out/$name" "$@" || true
}
run baseline "$(layers 0.01 100)"
run thickness-1um "$(layers 0.01 100)" --set "regions.0.max=[3 um, 12 um]"
run thickness-3um "$(layers 0.01 100)" --set "regions.0.max=[5 um, 12 um]"
run native-D-0.3pct "$(layers 0.003 100)"
run native-D-10pct "$(layers 0.1 100)"
run conductivity-untied "$(layers 0.01 100 0)"
run electronic-2.2e-4 "$(layers 0.01 2.2e-4)"
run electronic-1e4 "$(layers 0.01 1e4)"
for i0 in 0.6 33.2; do
  run "i0-${i0}uA" "$(layers 0.01 100)" --set "materials.domain.exchange_current_density=$i0 uA/cm^2" \
    --set "materials.sei.exchange_current_density=$i0 uA/cm^2"
done
run charge-0.05 "$(layers 0.01 100)" --set "stop.charge=0.05 mAh/cm^2"
run charge-0.15 "$(layers 0.01 100)" --set "stop.charge=0.15 mAh/cm^2"
run noise-seed-2 "$(layers 0.01 100)" --set noise.seed=2
run axes-45deg "$(layers 0.01 100)" --set "materials.domain.anisotropy_angle=45 deg" \
  --set "materials.sei.anisotropy_angle=45 deg"
py=python3
python3 -c "import matplotlib" 2>/dev/null || py="xvfb-run -a pvpython"
$py "$here/compare.py" --sensitivity "$out"
