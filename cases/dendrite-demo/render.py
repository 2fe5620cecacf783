"""Renders the last step of a phase-field XDMF series to a PNG: the order parameter (metal white, electrolyte
dark) beside the cation concentration, with the xi = 0.5 contour.

    xvfb-run -a pvpython cases/dendrite-demo/render.py out/dendrite/phasefield.xdmf cases/dendrite-demo/dendrite.png
"""
import sys

from paraview.simple import (AssignViewToLayout, ColorBy, Contour, CreateLayout, CreateRenderView,
                             GetColorTransferFunction, GetScalarBar, Render, SaveScreenshot, Show, Text, Xdmf3ReaderS)

series, png = sys.argv[1], sys.argv[2]
reader = Xdmf3ReaderS(FileName=[series])
times = reader.TimestepValues
last = list(times)[-1] if hasattr(times, "__len__") else float(times)
layout = CreateLayout("dendrite")
layout.SplitHorizontal(0, 0.5)
for cell, (field, title, preset) in zip((1, 2), (("xi", "order parameter xi", "Grayscale"),
                                               ("concentration", "Li+ concentration [mol/m^3]",
                                                "Viridis (matplotlib)"))):
    view = CreateRenderView()
    AssignViewToLayout(view=view, layout=layout, hint=cell)
    view.ViewTime = last
    view.OrientationAxesVisibility = 0
    view.ViewSize = [800, 800]
    display = Show(reader, view)
    ColorBy(display, ("POINTS", field))
    lut = GetColorTransferFunction(field)
    lut.ApplyPreset(preset, True)
    display.RescaleTransferFunctionToDataRange(True, False)
    display.SetScalarBarVisibility(view, True)
    bar = GetScalarBar(lut, view)
    bar.Title = title
    bar.ComponentTitle = ""
    contour = Contour(Input=reader, ContourBy=["POINTS", "xi"], Isosurfaces=[0.5])
    cd = Show(contour, view)
    cd.DiffuseColor = [1.0, 0.3, 0.1]
    cd.AmbientColor = [1.0, 0.3, 0.1]
    cd.LineWidth = 2.0
    ColorBy(cd, None)
    label = Text(Text="t = %.3g s" % last)
    Show(label, view)
    view.ResetCamera()
    view.InteractionMode = "2D"
    Render(view)
SaveScreenshot(png, layout, ImageResolution=[1600, 800])
