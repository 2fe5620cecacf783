"""Checks that ParaView reads an Interphase XDMF series as written (a developer tool, not a unit test).

Usage (Debian: apt-get install -y paraview xvfb):
    xvfb-run -a pvpython check_xdmf.py SERIES.xdmf [--reader NAME|all]
        [--png OUT.png --color FIELD [--subdivision LEVEL]]

The .xdmf file itself is the expectation: its time values, number of points and cells, topology type and
attributes (name, centre, components) are compared with what each ParaView reader returns at every time
step. Readers: Xdmf3ReaderS (what OpenDataFile picks for .xdmf in ParaView 5.11), Xdmf3ReaderT and the
legacy XDMFReader; the default 'all' tries each and reports which work. Prints array names, component
names and ranges per time step. With --png, renders FIELD (a point or cell array) at the last time with
cell edges, the quadratic cells subdivided as ParaView shows them by default.

Findings with Debian ParaView 5.11.0: Xdmf3ReaderS and Xdmf3ReaderT read Interphase series as written
(int64 topology, int32 cell data, Tensor6 as components XX YY ZZ XY YZ XZ, exact times, Triangle_6 /
Tetrahedron_10 / Edge_3 cells as VTK quadratic cells). The legacy XDMFReader expands Tensor6 to 9
components in XDMF order (XX XY XZ YY YZ ZZ), misplacing off-diagonal entries; this script reports that.
Delete the render view before exit: otherwise Xvfb's GLX teardown aborts pvpython with status 1.

Exit status: 0 when every requested reader matches the file, 1 on any mismatch or reader failure,
2 on bad usage. A DataItem naming a missing HDF5 dataset makes the Xdmf3 library abort pvpython (134).

Produce sample series (a curved TRI6 and a curved TET10 grid) with
    mvn -B -q -pl solver -am test -Dtest='XdmfSeriesWriterTest#writesParaViewSamples' \
        -Dsurefire.failIfNoSpecifiedTests=false -Dinterphase.paraview.samples=/tmp/pvs
"""
import argparse
import math
import os
import sys
import xml.etree.ElementTree as ET

from paraview import servermanager
import paraview.simple as pv

# XDMF TopologyType -> VTK cell type, for the types Interphase writes.
VTK_CELL = {"Polyvertex": 2, "Polyline": 4, "Edge_3": 21, "Triangle": 5, "Triangle_6": 22,
            "Tetrahedron": 10, "Tetrahedron_10": 24}
READERS = ("Xdmf3ReaderS", "Xdmf3ReaderT", "XDMFReader")


def expected_series(path):
    """The steps the .xdmf declares: time, points, cells, topology type, {name: (centre, components)}."""
    root = ET.parse(path).getroot()
    steps = []
    for grid in root.find("Domain").find("Grid").findall("Grid"):
        topo = grid.find("Topology")
        points = int(grid.find("Geometry").find("DataItem").get("Dimensions").split()[0])
        arrays = {}
        for a in grid.findall("Attribute"):
            dims = [int(d) for d in a.find("DataItem").get("Dimensions").split()]
            arrays[a.get("Name")] = ("POINTS" if a.get("Center") == "Node" else "CELLS",
                                     dims[1] if len(dims) > 1 else 1)
        steps.append({"time": float(grid.find("Time").get("Value")), "points": points,
                      "cells": int(topo.get("NumberOfElements")), "topology": topo.get("TopologyType"),
                      "arrays": arrays})
    return steps


def open_reader(name, path):
    if name == "XDMFReader":
        return pv.XDMFReader(FileNames=[path])
    return getattr(pv, name)(FileName=[path])


def first_block(data):
    """The unstructured grid inside what the reader produced (it may wrap it in a multiblock)."""
    if data.IsA("vtkCompositeDataSet"):
        it = data.NewIterator()
        it.InitTraversal()
        if it.IsDoneWithTraversal():
            return None
        return it.GetCurrentDataObject()
    return data


def check_reader(name, path, steps):
    """Returns a list of problems (empty when the reader matches the file)."""
    problems = []
    try:
        reader = open_reader(name, path)
        tv = reader.TimestepValues
        if tv is None:
            times = []
        elif isinstance(tv, (int, float)):
            times = [float(tv)]
        else:
            times = list(tv)
    except Exception as e:  # a reader that cannot even open the file is a finding, not a crash
        return ["%s: cannot open: %s" % (name, e)]
    if isinstance(times, float):
        times = [times]
    want = [s["time"] for s in steps]
    if len(times) != len(want) or any(abs(a - b) > 1e-12 * max(1.0, abs(b)) for a, b in zip(times, want)):
        problems.append("%s: time steps %s, file declares %s" % (name, times, want))
    print("%s: %d time steps %s" % (name, len(times), times))
    for step in steps:
        t = step["time"]
        reader.UpdatePipeline(t)
        info = reader.GetDataInformation()
        where = "%s t=%.17g" % (name, t)
        if info.GetNumberOfPoints() != step["points"] or info.GetNumberOfCells() != step["cells"]:
            problems.append("%s: %d points, %d cells; file declares %d, %d" % (
                where, info.GetNumberOfPoints(), info.GetNumberOfCells(), step["points"], step["cells"]))
        grid = first_block(servermanager.Fetch(reader))
        if grid is None or grid.GetNumberOfCells() == 0:
            problems.append("%s: no cells read" % where)
        else:
            types = {grid.GetCellType(i) for i in range(grid.GetNumberOfCells())}
            if types != {VTK_CELL[step["topology"]]}:
                problems.append("%s: VTK cell types %s, expected %d for %s" % (
                    where, sorted(types), VTK_CELL[step["topology"]], step["topology"]))
        for array_name, (centre, comps) in sorted(step["arrays"].items()):
            data = reader.PointData if centre == "POINTS" else reader.CellData
            if array_name not in data.keys():
                problems.append("%s: %s array '%s' missing (has %s)" % (where, centre, array_name, data.keys()))
                continue
            a = data[array_name]
            n = a.GetNumberOfComponents()
            names = [a.GetComponentName(c) or str(c) for c in range(n)] if n > 1 else [""]
            ranges = [a.GetRange(c) for c in range(n)]
            print("  %s %-6s %-8s %d comps %s" % (where, centre, array_name, n,
                  " ".join("%s[%.6g, %.6g]" % (cn, r[0], r[1]) for cn, r in zip(names, ranges))))
            if n == 9 and comps == 6:
                problems.append("%s: '%s' Tensor6 expanded to 9 components in XDMF order (XX XY XZ YY YZ ZZ); "
                                "Interphase writes ParaView's order (XX YY ZZ XY YZ XZ), so its off-diagonal "
                                "entries are misplaced here: use Xdmf3ReaderS" % (where, array_name))
            elif n != comps:
                problems.append("%s: '%s' has %d components, file declares %d" % (where, array_name, n, comps))
            if any(math.isnan(v) for r in ranges for v in r):
                problems.append("%s: '%s' has NaN values" % (where, array_name))
    pv.Delete(reader)
    return problems


def render(path, field, png, last_time, subdivision):
    reader = pv.Xdmf3ReaderS(FileName=[path])
    view = pv.CreateView("RenderView")
    view.ViewSize = [900, 700]
    view.ViewTime = last_time
    view.OrientationAxesVisibility = 0
    display = pv.Show(reader, view)
    display.SetRepresentationType("Surface With Edges")
    if subdivision is not None:
        display.NonlinearSubdivisionLevel = subdivision
    centre = "POINTS" if field in reader.PointData.keys() else "CELLS"
    pv.ColorBy(display, (centre, field))
    display.RescaleTransferFunctionToDataRange(True, False)
    display.SetScalarBarVisibility(view, True)
    bounds = reader.GetDataInformation().GetBounds()
    if bounds[5] - bounds[4] > 0:
        view.CameraPosition = [3.0, -2.0, 4.0]
        view.CameraViewUp = [0.0, 0.0, 1.0]
    view.ResetCamera()
    pv.SaveScreenshot(png, view, ImageResolution=[900, 700])
    print("rendered %s of %s at t=%.6g to %s (nonlinear subdivision level %d)" % (
        field, os.path.basename(path), last_time, png, display.NonlinearSubdivisionLevel))
    pv.Delete(display)
    pv.Delete(view)
    pv.Delete(reader)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("xdmf")
    parser.add_argument("--reader", default="all", choices=READERS + ("all",))
    parser.add_argument("--png", help="render a field to this PNG")
    parser.add_argument("--color", help="the point or cell array to colour by (with --png)")
    parser.add_argument("--subdivision", type=int, help="nonlinear subdivision level of quadratic cells in "
                        "the PNG (ParaView's default is 1)")
    args = parser.parse_args()
    if args.png and not args.color:
        parser.error("--png needs --color FIELD")
    path = os.path.abspath(args.xdmf)
    steps = expected_series(path)
    if not steps:
        print("%s declares no time steps" % path)
        return 1
    print("%s: %d steps, %s, %d points, %d cells" % (path, len(steps), steps[0]["topology"],
                                                      steps[0]["points"], steps[0]["cells"]))
    print("OpenDataFile picks %s" % pv.OpenDataFile(path).GetXMLName())
    failed = []
    for name in (READERS if args.reader == "all" else (args.reader,)):
        problems = check_reader(name, path, steps)
        print("%s: %s" % (name, "OK" if not problems else "FAILED"))
        for p in problems:
            print("  problem: " + p)
        if problems:
            failed.append(name)
    if args.png:
        render(path, args.color, args.png, steps[-1]["time"], args.subdivision)
    if failed:
        print("readers with problems: %s" % ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
