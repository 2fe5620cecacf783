// Unit cube, quadratic tetrahedra (mesh with -order 2): tests the Gmsh -> VTK tet10 node order.
SetFactory("OpenCASCADE");
Box(1) = {0, 0, 0, 1, 1, 1};
MeshSize{:} = 0.6;
Physical Volume("cube", 1) = {1};
Physical Surface("xmin", 1) = {1};
Physical Surface("xmax", 2) = {2};
Physical Surface("ymin", 3) = {3};
Physical Surface("ymax", 4) = {4};
Physical Surface("zmin", 5) = {5};
Physical Surface("zmax", 6) = {6};
