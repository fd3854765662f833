"""Assembling a self-contained page: vis-network inlined, data as inert JSON, a CSP that allows only the
page's own scripts (by hash) and no fetch."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
from pathlib import Path

from huiyi.graph.render.style import ASSET_DIR

# the page


def _vis_assets() -> tuple[str, str]:
    """vis-network's standalone UMD build and CSS: pyvis's copy (newest version it ships), else graph/assets."""
    candidates = []
    with contextlib.suppress(ImportError):
        import pyvis

        lib = Path(pyvis.__file__).parent / "lib"

        def version(p: Path) -> tuple[int, ...]:
            return tuple(int(x) for x in re.findall(r"\d+", p.name))

        candidates += sorted(lib.glob("vis-*"), key=version, reverse=True)
    candidates.append(ASSET_DIR)
    for d in candidates:
        js, css = d / "vis-network.min.js", d / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise FileNotFoundError("vis-network.min.js not found in the pyvis package nor in graph/assets")


def _inline_script(js: str) -> str:
    """JS text safe to put inside <script>…</script>: no closing tag, no source-map fetch."""
    js = re.sub(r"^//[#@] sourceMappingURL=.*$", "", js, flags=re.M)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)
    return js.replace("<!--", "<\\!--")


def _inline_style(css: str) -> str:
    css = re.sub(r"/\*[#@] sourceMappingURL=.*?\*/", "", css)
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.I)


def json_for_script(obj) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' (so no '</script>' or '<!--'), no U+2028/9."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        s = s.replace(ch, esc)
    return s


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"



def legend_svg(shape: str, color: str) -> str:
    """A small inline SVG of a node shape (static markup, no data)."""
    c = f'fill="{color}" stroke="#555" stroke-width="0.8"'
    body = {
        "dot": f'<circle cx="8" cy="8" r="6" {c}/>',
        "square": f'<rect x="2.5" y="2.5" width="11" height="11" {c}/>',
        "diamond": f'<polygon points="8,1.5 14.5,8 8,14.5 1.5,8" {c}/>',
        "hexagon": f'<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" {c}/>',
        "triangle": f'<polygon points="8,2 14.5,14 1.5,14" {c}/>',
        "triangleDown": f'<polygon points="1.5,2 14.5,2 8,14" {c}/>',
        "box": f'<rect x="1.5" y="3.5" width="13" height="9" rx="2" {c}/>',
        "star": f'<polygon points="8,1 9.8,6 15,6 10.8,9.2 12.4,14.5 8,11.3 3.6,14.5 5.2,9.2 1,6 6.2,6" {c}/>',
    }.get(shape, f'<circle cx="8" cy="8" r="6" {c}/>')
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>'




def legend_line(color: str, dashed: bool) -> str:
    """A short line in a relation's colour (static markup, no data)."""
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return (f'<svg width="20" height="8" viewBox="0 0 20 8" aria-hidden="true"><line x1="1" y1="4" x2="19" y2="4" '
            f'stroke="{color}" stroke-width="2"{dash}/></svg>')


def render_page(template: str, script: str, **context) -> str:
    """One offline page: the Jinja template `template` with vis-network and the page's own `script` inlined
    (vis_js, vis_css, app_js) and a CSP that lets only those two scripts run and nothing be fetched (csp)."""
    from huiyi.graph.render.style import TEMPLATE_DIR
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    js, css = _vis_assets()
    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    app_js = _inline_script((TEMPLATE_DIR / script).read_text(encoding="utf-8"))
    vis_js = _inline_script(js)
    return env.get_template(template).render(
        vis_js=vis_js, vis_css=_inline_style(css), app_js=app_js,
        csp=f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
            "style-src 'unsafe-inline'; img-src data:; font-src data:",
        **context)
