"""Derives the hand-edited reader test meshes from two-squares-22.msh and two-squares-41.msh.

Run from this folder: python3 make-variants.py. Writes:
  noncontiguous-41.msh  two-squares-41 with sparse, shuffled node and element tags and shuffled block order
  truncated-41.msh      two-squares-41 cut inside $Elements
  inverted-22.msh       two-squares-22 with the nodes of element 13 in clockwise order
  duplicate-node-22.msh two-squares-22 with node 14 at the coordinates of node 10, used by element 16
"""
import random


def sections(lines):
    out, name, body = {}, None, []
    order = []
    for line in lines:
        if line.startswith('$End'):
            out[name] = body
            order.append(name)
            name = None
        elif line.startswith('$'):
            name, body = line, []
        else:
            body.append(line)
    return out, order


def write(path, secs, order):
    with open(path, 'w') as f:
        for name in order:
            f.write(name + '\n')
            for line in secs[name]:
                f.write(line + '\n')
            f.write('$End' + name[1:] + '\n')


def noncontiguous():
    lines = open('two-squares-41.msh').read().splitlines()
    secs, order = sections(lines)
    rng = random.Random(7)
    nodes = secs['$Nodes']
    nblocks, nnodes = map(int, nodes[0].split()[:2])
    perm = list(range(nnodes))
    rng.shuffle(perm)
    new_node = {old + 1: 1000 + 7 * perm[old] for old in range(nnodes)}
    out, i = [], 1
    blocks = []
    for _ in range(nblocks):
        head = nodes[i].split()
        n = int(head[3])
        tags = [int(t) for t in nodes[i + 1:i + 1 + n]]
        xyz = nodes[i + 1 + n:i + 1 + 2 * n]
        pairs = list(zip(tags, xyz))
        pairs.reverse()
        blocks.append([nodes[i]] + [str(new_node[t]) for t, _ in pairs] + [c for _, c in pairs])
        i += 1 + 2 * n
    rng.shuffle(blocks)
    out = ['%d %d %d %d' % (nblocks, nnodes, min(new_node.values()), max(new_node.values()))]
    for b in blocks:
        out += b
    secs['$Nodes'] = out
    elems = secs['$Elements']
    nblocks, nelems = map(int, elems[0].split()[:2])
    eperm = list(range(nelems))
    rng.shuffle(eperm)
    out, i, blocks = [], 1, []
    for _ in range(nblocks):
        head = elems[i].split()
        n = int(head[3])
        rows = []
        for row in elems[i + 1:i + 1 + n]:
            v = [int(t) for t in row.split()]
            rows.append(' '.join([str(5000 + 3 * eperm[v[0] - 1])] + [str(new_node[t]) for t in v[1:]]))
        rows.reverse()
        blocks.append([elems[i]] + rows)
        i += 1 + n
    rng.shuffle(blocks)
    etags = [5000 + 3 * p for p in eperm]
    out = ['%d %d %d %d' % (nblocks, nelems, min(etags), max(etags))]
    for b in blocks:
        out += b
    secs['$Elements'] = out
    write('noncontiguous-41.msh', secs, order)


def truncated():
    text = open('two-squares-41.msh').read()
    cut = text.index('$Elements') + (len(text) - text.index('$Elements')) // 2
    cut = text.index(' ', cut)
    open('truncated-41.msh', 'w').write(text[:cut])


def edited22(path, edit):
    lines = open('two-squares-22.msh').read().splitlines()
    secs, order = sections(lines)
    edit(secs)
    write(path, secs, order)


def invert(secs):
    rows = secs['$Elements']
    for k, row in enumerate(rows):
        v = row.split()
        if v[0] == '13':
            v[-1], v[-2] = v[-2], v[-1]
            rows[k] = ' '.join(v)


def duplicate(secs):
    nodes = secs['$Nodes']
    n = int(nodes[0])
    ten = [r for r in nodes[1:] if r.split()[0] == '10'][0].split()
    nodes[0] = str(n + 1)
    nodes.append(' '.join([str(n + 1)] + ten[1:]))
    rows = secs['$Elements']
    for k, row in enumerate(rows):
        v = row.split()
        if v[0] == '16':
            rows[k] = ' '.join(v[:-3] + [t if t != '10' else str(n + 1) for t in v[-3:]])


noncontiguous()
truncated()
edited22('inverted-22.msh', invert)
edited22('duplicate-node-22.msh', duplicate)
