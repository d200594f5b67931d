"""Fixtures for importing resolutions: a scratch knowledge base, the seed resolution's text, and
a real PDF of it printed by headless Chromium (skipped where Chromium or a Thai font is missing)."""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
SEED_MD = KNOWLEDGE / "2020-09-29-gcio-review.md"  # the seed resolution, wording unchanged
SEED_ID = "cabinet-2020-09-29-gcio"
CHROMIUM = Path("/usr/bin/chromium")


def seed_body() -> str:
    text = SEED_MD.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


@pytest.fixture
def kb(tmp_path, monkeypatch) -> Path:
    """The project's knowledge base without the seed resolution (so importing it adds it back)."""
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    (dest / SEED_MD.name).unlink()
    monkeypatch.setenv("GCIO_KNOWLEDGE_DIR", str(dest))
    return dest


def thai_font_installed() -> bool:
    try:
        out = subprocess.run(["fc-list", ":lang=th"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(out.strip())


def print_pdf(html_text: str, out: Path) -> Path:
    """Print an HTML page to PDF with headless Chromium, as a browser user would."""
    if not CHROMIUM.exists():
        pytest.skip(
            "/usr/bin/chromium is missing: scripts/setup.sh --test installs it (apt-get install chromium)"
        )
    if not thai_font_installed():
        pytest.skip("no Thai font for Chromium to print with (apt-get install fonts-tlwg-laksaman-ttf)")
    page = out.with_suffix(".html")
    page.write_text(html_text, encoding="utf-8")
    cmd = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--no-first-run", f"--print-to-pdf={out}", page.as_uri(),
    ]  # fmt: skip
    subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    if not out.exists() or out.stat().st_size == 0:
        pytest.skip("Chromium did not print the page")
    return out


def seed_html(body: str, *, sections: int = 6) -> str:
    """The resolution in sections, one per page, each with a running header and a page number
    (what real scanned-in-Word PDFs carry); Chromium adds its own date/URL header and footer."""
    lines = [ln for ln in body.split("\n") if ln.strip()]
    size = -(-len(lines) // sections)
    parts = []
    for n in range(sections):
        chunk = lines[n * size : (n + 1) * size]
        paras = "".join(f"<p>{html.escape(ln)}</p>" for ln in chunk)
        parts.append(
            f'<section><div class="head">สำนักเลขาธิการคณะรัฐมนตรี</div>{paras}'
            f'<div class="foot">- {n + 1} -</div></section>'
        )
    style = (
        "body{font-family:Laksaman,sans-serif;font-size:13pt} p{margin:0 0 .5em 0}"
        "section{page-break-after:always} .head,.foot{text-align:center;margin:.5em 0}"
    )
    return (
        f'<html><head><meta charset="utf-8"><style>{style}</style></head><body>{"".join(parts)}</body></html>'
    )


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory) -> Path:
    return print_pdf(seed_html(seed_body()), tmp_path_factory.mktemp("pdf") / "seed.pdf")
