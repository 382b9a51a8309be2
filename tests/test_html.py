"""`explain --format html`: one self-contained page, checked as text and in a real headless browser.

The browser tests need Debian's `chromium` (CI installs it: .ci/run); they skip cleanly without it.
The DOM is dumped after the page's script ran (`--dump-dom`); deep links (`#pick=NAME`, `#q=WORD`)
drive the same click and search handlers a person would.
"""

from __future__ import annotations

import html
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.load import load_scenario
from scopecli.render.html import html_report
from scopecli.render.model import explain_result
from scopecli.run import run_scenario
from tests.test_render_scale import CLASSIC, mlp

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
HOSTILE = """title: "</script><script>document.title='pwned'</script><img src=x onerror=\\"alert(1)\\">"
about: "<b>bold?</b> & <!-- comment"
steps:
  - c = tf.constant(1.0, name="c")
  - print("</pre><script>document.title='printed'</script>")
  - x = tf.get_variable("w", [1])
  - y = tf.get_variable("w", [1])
"""


def report(source: str, name: str = "model.py") -> str:
    result = run_scenario(load_scenario(name, text=source))
    return html_report(explain_result(result))


def write_report(tmp_path: Path, source: str, name: str = "model.py", *args: str) -> Path:
    scenario = tmp_path / name
    scenario.write_text(source, encoding="utf-8")
    page = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["explain", str(scenario), "-o", str(page), *args])
    assert result.exit_code in (0, 1), result.stderr
    return page


def dom(page: Path, fragment: str = "") -> str:
    assert CHROMIUM is not None
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                           "--virtual-time-budget=3000", "--dump-dom", page.as_uri() + fragment],
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


# -- the page as text -------------------------------------------------------------------------------

def test_page_is_self_contained_and_escapes_scenario_text() -> None:
    page = report(HOSTILE, "model.yaml")
    assert page.count("<script>") == 1 and "document.title='pwned'" not in page.split("<script>")[1]
    assert "&lt;/script&gt;&lt;script&gt;" in page and "&lt;b&gt;bold?&lt;/b&gt;" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)  # nothing fetched from anywhere
    policy = html.unescape(page.split('Content-Security-Policy" content="')[1].split('"')[0])
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy


def test_script_hash_in_the_policy_matches_the_script() -> None:
    import base64
    import hashlib

    page = report(CLASSIC)
    script = page.split("<script>")[1].split("</script>")[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in html.unescape(page)


def test_page_folds_series_and_lists_source_lines() -> None:
    page = report(mlp(30))
    assert page.count('<li data-full="layer0 … layer29"') == 1 and "×30" in page
    assert 'data-full="layer1"' not in page and "variable_scope(&#x27;layer0&#x27;)" not in page
    assert page.count('<span id="L') == mlp(30).count("\n") + 1


# -- in the browser ---------------------------------------------------------------------------------

@needs_chromium
def test_browser_shows_tree_notes_and_source_and_runs_no_scenario_script(tmp_path: Path) -> None:
    page = write_report(tmp_path, HOSTILE, "model.yaml")
    shown = dom(page)
    assert re.search(r'data-ready="\d+"', shown)  # our script ran
    assert "pwned" in shown and "<title>&lt;/script&gt;" in shown  # as text, in the title
    assert len(re.findall(r"<script\b", shown)) == 1 and "<img src=\"x\"" not in shown
    assert "already exists" in shown  # the error
    assert shown.count('<span id="L') == HOSTILE.count("\n") + 1


@needs_chromium
def test_clicking_a_name_lights_its_line_and_reuse_sites(tmp_path: Path) -> None:
    source = "import tensorflow as tf\ndef f():\n    with tf.variable_scope('s', reuse=tf.AUTO_REUSE):\n" \
             "        return tf.get_variable('w', [1])\na = f()\nb = f()\n"
    page = write_report(tmp_path, source)
    shown = dom(page, "#pick=s/w")
    assert re.search(r'id="L4"[^>]*class="main"', shown)
    assert re.search(r'id="L6"[^>]*class="hit"', shown)  # the call that reused it
    assert 'id="picked">s/w → lines 4, 5, 6' in shown


@needs_chromium
def test_search_hides_what_does_not_match(tmp_path: Path) -> None:
    page = write_report(tmp_path, CLASSIC)
    shown = dom(page, "#q=var1")
    hidden = re.findall(r'<li data-full="([^"]*)" class="hidden"', shown)
    assert "my_scope/c" in hidden and "my_scope" not in hidden and "my_scope/var1" not in hidden


@needs_chromium
@pytest.mark.parametrize("scenario", ["01-get-variable-ignores-name-scope.yaml", "15-siamese-tower.yaml",
                                      "16-mlp-session.yaml"])
def test_screenshot_is_a_drawn_page(tmp_path: Path, scenario: str) -> None:
    page = write_report(tmp_path, (ROOT / "scenarios" / scenario).read_text(encoding="utf-8"), scenario)
    shot = tmp_path / "shot.png"
    assert CHROMIUM is not None
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--hide-scrollbars", "--window-size=1000,700", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1000, 700)
    pixels = zlib.decompress(b"".join(_chunks(data, b"IDAT")))
    assert len(set(pixels[::97])) > 8  # text and colours, not a blank page


def _chunks(data: bytes, kind: bytes) -> list[bytes]:
    out, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        if data[at + 4:at + 8] == kind:
            out.append(data[at + 8:at + 8 + length])
        at += 12 + length
    return out
