"""Deterministic force-directed positions, computed here so big views need no physics in the browser."""

from __future__ import annotations

import math

import networkx as nx

# layout


def _fruchterman_reingold(n: int, edges: list[tuple[int, int]], seed: int, iterations: int = 50):
    """Force-directed layout in the unit square (numpy; networkx's own needs scipy above 500 nodes).

    Dense repulsion in row blocks (bounded memory), attraction along edges.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float64).astype(np.float32)
    if n == 1:
        return pos
    k = np.float32(math.sqrt(1.0 / n))
    iterations = max(10, min(iterations, int(2e9 // (n * n))))
    t = np.float32(0.1)
    dt_ = t / (iterations + 1)
    e = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    u, v = e[:, 0], e[:, 1]
    block = max(1, min(n, 4_000_000 // n))
    disp = np.empty_like(pos)
    for _ in range(iterations):
        for s in range(0, n, block):
            b = pos[s:s + block]
            dx = b[:, None, 0] - pos[None, :, 0]
            dy = b[:, None, 1] - pos[None, :, 1]
            w = dx * dx + dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k * k, w, out=w)  # repulsion k²/d along the unit vector: delta·k²/d²
            disp[s:s + block, 0] = (dx * w).sum(axis=1)
            disp[s:s + block, 1] = (dy * w).sum(axis=1)
        if len(e):
            delta = pos[u] - pos[v]
            f = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]  # attraction d²/k
            np.add.at(disp, u, -f)
            np.add.at(disp, v, f)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, 0.01, out=length)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= dt_
    return pos


def layout_positions(g: nx.MultiDiGraph, *, seed: int = 7, spacing: float = 90.0) -> dict[str, tuple[float, float]]:
    """Deterministic positions (pixels) for every node: each connected component
    laid out force-directed, scaled by its size, components packed in rows."""
    import numpy as np

    comps = sorted((sorted(c) for c in nx.weakly_connected_components(g)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[str], np.ndarray, float]] = []
    for comp in comps:
        n = len(comp)
        if n == 1:
            xy = np.zeros((1, 2))
        else:
            index = {node: i for i, node in enumerate(comp)}
            edges = sorted({(index[a], index[b]) for a, b in g.subgraph(comp).edges() if a != b})
            xy = _fruchterman_reingold(n, edges, seed).astype(np.float64)
            xy -= xy.mean(axis=0)
            r = float(np.abs(xy).max()) or 1.0
            xy *= spacing * math.sqrt(n) * 0.75 / r
        radius = float(np.abs(xy).max()) + spacing * 0.6
        placed.append((comp, xy, radius))
    total = sum((2 * r) ** 2 for _, _, r in placed)
    width = max(math.sqrt(total) * 1.3, max((2 * r for _, _, r in placed), default=0))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, xy, r in placed:  # shelf packing, largest first
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + r, y + r
        for node, (px, py) in zip(comp, xy, strict=True):
            pos[node] = (round(cx + float(px), 1), round(cy + float(py), 1))
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return pos


