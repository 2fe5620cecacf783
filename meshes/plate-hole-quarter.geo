// Kirsch plate, quarter model: plate [-5, 5]^2 (side 10a) with a hole of radius a = 1 at the origin,
// cut along the symmetry lines x = 0 and y = 0. Region "plate"; boundaries "hole" (r = 1), "left"
// (x = 0, symmetry), "bottom" (y = 0, symmetry), "right" (x = 5), "top" (y = 5).
// Mesh size: h at the far edges, graded linearly in the distance to the hole down to h / 4 on it.
// Quadratic (tri6) by default, with the edge nodes of the hole on the circle.
//   gmsh -2 -setnumber h 0.8 plate-hole-quarter.geo -format msh41 -o plate-hole-quarter-L0.msh
If (!Exists(h))
  h = 0.8;
EndIf
If (!Exists(order))
  order = 2;
EndIf
a = 1;
w = 5;
Point(1) = {0, 0, 0};
Point(2) = {a, 0, 0};
Point(3) = {w, 0, 0};
Point(4) = {w, w, 0};
Point(5) = {0, w, 0};
Point(6) = {0, a, 0};
Line(1) = {2, 3};
Line(2) = {3, 4};
Line(3) = {4, 5};
Line(4) = {5, 6};
Circle(5) = {6, 1, 2};
Curve Loop(1) = {1, 2, 3, 4, 5};
Plane Surface(1) = {1};
Physical Surface("plate", 1) = {1};
Physical Curve("hole", 1) = {5};
Physical Curve("left", 2) = {4};
Physical Curve("bottom", 3) = {1};
Physical Curve("right", 4) = {2};
Physical Curve("top", 5) = {3};

Field[1] = Distance;
Field[1].CurvesList = {5};
Field[1].NumPointsPerCurve = 200;
Field[2] = Threshold;
Field[2].InField = 1;
Field[2].SizeMin = h / 4;
Field[2].SizeMax = h;
Field[2].DistMin = 0;
Field[2].DistMax = 3 * a;
Background Field = 2;
Mesh.MeshSizeExtendFromBoundary = 0;
Mesh.MeshSizeFromPoints = 0;
Mesh.MeshSizeFromCurvature = 0;
Mesh.Algorithm = 6;
Mesh.ElementOrder = order;
Mesh.SecondOrderLinear = 0;
