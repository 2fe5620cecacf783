"""Renders one phase-field run at its last written step: a nodal field (default the Na+ concentration) with the
deposit's outline (the xi = 0.5 contour) in black, the metal on the left. ParaView 5.11:

    xvfb-run -a pvpython cases/seed001-interphase-layers/render.py RUN_FOLDER OUT.png [FIELD] [TITLE] [LO,HI[,log]]

RUN_FOLDER holds phasefield.xdmf (e.g. out/seed001-interphase-layers/point-000); FIELD is xi, concentration
(mol/m^3) or potential (V); LO,HI clips the colour range (default: the field's range), ',log' makes it
logarithmic (LO > 0). Also used for cases/seed000-damkohler.
"""
import os
import sys

import paraview.simple as pv

run, png = sys.argv[1], sys.argv[2]
field = sys.argv[3] if len(sys.argv) > 3 else "concentration"
title = sys.argv[4] if len(sys.argv) > 4 else field
series = pv.Xdmf3ReaderS(FileName=[os.path.join(run, "phasefield.xdmf")])
times = series.TimestepValues
last = float(times[-1]) if hasattr(times, "__len__") else float(times)
view = pv.CreateView("RenderView")
view.ViewSize = [1000, 640]
view.ViewTime = last
view.OrientationAxesVisibility = 0
view.UseColorPaletteForBackground = 0
view.Background = [1, 1, 1]
shown = pv.Show(series, view)
pv.ColorBy(shown, ("POINTS", field))
lut = pv.GetColorTransferFunction(field)
lut.ApplyPreset("Viridis (matplotlib)", True)
series.UpdatePipeline(last)
lo, hi = series.PointData[field].GetRange()
if len(sys.argv) > 5:
    parts = sys.argv[5].split(",")
    lo, hi = float(parts[0]), float(parts[1])
    if len(parts) > 2 and parts[2] == "log":
        lut.UseLogScale = 1
lut.RescaleTransferFunction(lo, hi)
shown.SetScalarBarVisibility(view, True)
bar = pv.GetScalarBar(lut, view)
bar.Title = title
bar.TitleColor = [0, 0, 0]
bar.LabelColor = [0, 0, 0]
outline = pv.Contour(Input=series, ContourBy=["POINTS", "xi"], Isosurfaces=[0.5])
line = pv.Show(outline, view)
pv.ColorBy(line, None)
line.DiffuseColor = [0, 0, 0]
line.AmbientColor = [0, 0, 0]
line.LineWidth = 3
pv.ResetCamera(view)
view.CameraParallelProjection = 1
pv.SaveScreenshot(png, view, ImageResolution=[1000, 640])
print("rendered %s of %s at t = %.6g s to %s (range %.4g .. %.4g)" % (field, run, last, png, lo, hi))
