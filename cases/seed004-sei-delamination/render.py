"""Renders one S1 run: the interface damage (thick line, on the undeformed interface) with the film and metal
displaced by the computed displacement times WARP, at the last written step, around x = 0-100 nm. ParaView 5.11:

    xvfb-run -a pvpython cases/seed004-sei-delamination/render.py RUN_FOLDER OUT.png [WARP]

RUN_FOLDER holds cohesive.xdmf and interface.xdmf (e.g. out/seed004-sei-delamination/point-004).
"""
import os
import sys

import paraview.simple as pv

run, png = sys.argv[1], sys.argv[2]
warp = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
volume = pv.Xdmf3ReaderS(FileName=[os.path.join(run, "cohesive.xdmf")])
surface = pv.Xdmf3ReaderS(FileName=[os.path.join(run, "interface.xdmf")])
times = volume.TimestepValues
last = float(times[-1]) if hasattr(times, "__len__") else float(times)
view = pv.CreateView("RenderView")
view.ViewSize = [1200, 600]
view.ViewTime = last
view.OrientationAxesVisibility = 0
view.UseColorPaletteForBackground = 0
view.Background = [1, 1, 1]
bodies = pv.WarpByVector(Input=volume, Vectors=["POINTS", "displacement"], ScaleFactor=warp)
shown = pv.Show(bodies, view)
shown.SetRepresentationType("Surface With Edges")
pv.ColorBy(shown, None)
shown.DiffuseColor = [0.85, 0.87, 0.9]
shown.AmbientColor = [0.85, 0.87, 0.9]
shown.Ambient = 1.0
shown.Diffuse = 0.0
shown.EdgeColor = [0.55, 0.55, 0.6]
line = pv.Show(surface, view)
line.SetRepresentationType("Wireframe")
line.LineWidth = 6
pv.ColorBy(line, ("POINTS", "damage"))
damage = pv.GetColorTransferFunction("damage")
damage.ApplyPreset("Inferno (matplotlib)", True)
damage.RescaleTransferFunction(0.0, 1.0)
line.SetScalarBarVisibility(view, True)
bar = pv.GetScalarBar(damage, view)
bar.Title = "interface damage"
bar.TitleColor = [0, 0, 0]
bar.LabelColor = [0, 0, 0]
view.CameraPosition = [40e-9, 0.0, 1.0]
view.CameraFocalPoint = [40e-9, 0.0, 0.0]
view.CameraViewUp = [0.0, 1.0, 0.0]
view.CameraParallelProjection = 1
view.CameraParallelScale = 30e-9
pv.SaveScreenshot(png, view, ImageResolution=[1200, 600])
print("rendered the interface damage of %s at t=%.6g to %s" % (run, last, png))
pv.Delete(line)
pv.Delete(shown)
pv.Delete(view)
