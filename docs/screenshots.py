"""Make the README's screenshots of the seeds: the terminal table and the HTML timeline.

    python docs/screenshots.py        (needs Chromium: apt-get install chromium)

The terminal table is rendered in colour by maliclock, turned into SVG by
rich, and photographed with headless Chromium, like the HTML page.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Browser  # noqa: E402

from maliclock.pipeline import Options, run_timeline  # noqa: E402
from maliclock.render import filters  # noqa: E402
from maliclock.render.html import write_html  # noqa: E402
from maliclock.render.model import timeline_out  # noqa: E402
from maliclock.render.table import write_timeline_table  # noqa: E402

TABLE_CMD = "maliclock timeline seeds/ --since 2012-03"
WIDTH = 104


def table_svg(tl) -> str:
    """The coloured terminal table as an SVG terminal window."""
    from rich.console import Console
    from rich.text import Text

    ansi = io.StringIO()
    write_timeline_table(tl, ansi, color=True, width=WIDTH)
    con = Console(record=True, width=WIDTH, force_terminal=True, color_system="truecolor", file=io.StringIO())
    con.print(Text.from_ansi(ansi.getvalue()), soft_wrap=True)
    svg = con.export_svg(title=f"$ {TABLE_CMD}")
    svg = re.sub(r"@font-face\s*\{[^}]*\}", "", svg)  # no web fonts: the local monospace font
    w, h = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups()  # type: ignore[union-attr]
    return svg.replace("<svg ", f'<svg width="{w}" height="{h}" ', 1)


def shrink(png: Path) -> None:
    """Quantise the PNG with pngquant when it is installed (the screenshots have few colours)."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--output", str(png), "64", str(png)], check=False)


def main() -> None:
    res = run_timeline([str(ROOT / "seeds")], Options())
    tl = timeline_out(res, {"format": "table"})
    tmp = Path(tempfile.mkdtemp())
    since = filters.Filters(since=filters.parse_bound("2012-03", upper=False))
    (tmp / "table.html").write_text(
        '<!DOCTYPE html><html><body style="margin:0;background:#fff">'
        f'<div id="t" style="display:inline-block">{table_svg(filters.apply(tl, since))}</div></body></html>',
        encoding="utf-8")
    with open(tmp / "seeds.html", "w", encoding="utf-8") as f:
        write_html(filters.apply(tl, filters.Filters()), f)
    with Browser(width=1280, height=900) as b:
        page = b.page((tmp / "table.html").as_uri())
        page.screenshot(ROOT / "docs" / "table.png", selector="#t")
        page = b.page((tmp / "seeds.html").as_uri())
        page.eval("[...document.querySelectorAll('.period h2 button')].find(b => b.textContent === 'March 2012')"
                  ".click()")
        page.eval("document.querySelector('#chart .mark.conflict').dispatchEvent(new MouseEvent('click', "
                  "{bubbles: true}))")
        page.screenshot(ROOT / "docs" / "timeline.png")
    for name in ("table.png", "timeline.png"):
        shrink(ROOT / "docs" / name)
        print(ROOT / "docs" / name, (ROOT / "docs" / name).stat().st_size, "bytes")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
