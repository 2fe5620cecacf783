// Elastic block 1 x 1 x 2 m with a spherical inclusion of radius 0.25 m at its centre (0.5, 0.5, 1).
// Regions "matrix" and "inclusion"; boundaries "bottom" (z = 0), "top" (z = 2), "sides" (x = 0, 1 and
// y = 0, 1), and the interface "inclusion-surface" between the regions. Quadratic tetrahedra (tet10),
// size h in the block, h / 2 on the inclusion.
//   gmsh -3 block-3d.geo -format msh41 -o block-3d.msh
SetFactory("OpenCASCADE");
If (!Exists(h))
  h = 0.12;
EndIf
r = 0.25;
Box(1) = {0, 0, 0, 1, 1, 2};
Sphere(2) = {0.5, 0.5, 1, r};
BooleanFragments{ Volume{1}; Delete; }{ Volume{2}; Delete; }
e = 1e-6;
inclusion() = Volume In BoundingBox{0.5 - r - e, 0.5 - r - e, 1 - r - e, 0.5 + r + e, 0.5 + r + e, 1 + r + e};
all() = Volume{:};
matrix() = all();
matrix() -= inclusion();
Physical Volume("matrix", 1) = {matrix()};
Physical Volume("inclusion", 2) = {inclusion()};
Physical Surface("bottom", 1) = Surface In BoundingBox{-e, -e, -e, 1 + e, 1 + e, e};
Physical Surface("top", 2) = Surface In BoundingBox{-e, -e, 2 - e, 1 + e, 1 + e, 2 + e};
sides() = Surface In BoundingBox{-e, -e, -e, e, 1 + e, 2 + e};
sides() += Surface In BoundingBox{1 - e, -e, -e, 1 + e, 1 + e, 2 + e};
sides() += Surface In BoundingBox{-e, -e, -e, 1 + e, e, 2 + e};
sides() += Surface In BoundingBox{-e, 1 - e, -e, 1 + e, 1 + e, 2 + e};
Physical Surface("sides", 3) = {sides()};
Physical Surface("inclusion-surface", 4) = Boundary{ Volume{inclusion()}; };
MeshSize{ PointsOf{ Volume{:}; } } = h;
MeshSize{ PointsOf{ Volume{inclusion()}; } } = h / 2;
Mesh.MeshSizeFromCurvature = 12;
Mesh.Algorithm3D = 1;
Mesh.ElementOrder = 2;
Mesh.SecondOrderLinear = 0;
