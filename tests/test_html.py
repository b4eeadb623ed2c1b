"""The HTML timeline of the seeds, rendered in headless Chromium: what is drawn, where, and what it fetches."""

from __future__ import annotations

import json
import struct
import subprocess
import sys

import pytest

from chromium import Browser, ChromiumMissing, find_chromium
from conftest import SEEDS
from maliclock.render.labels import period_heading

ENV_ARGS = {"NO_COLOR": "1"}


@pytest.fixture(scope="module")
def chromium() -> str:
    try:
        return find_chromium()
    except ChromiumMissing as e:  # the test must run: fail loudly rather than skip
        pytest.fail(f"{e}; the HTML test needs Debian's chromium package")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """The seeds as JSON (the reference) and as an HTML page written by the command line."""
    folder = tmp_path_factory.mktemp("html")
    page = folder / "seeds.html"
    cmd = [sys.executable, "-m", "maliclock", "timeline", str(SEEDS)]
    assert subprocess.run([*cmd, "-f", "html", "-o", str(page)], timeout=120).returncode == 0
    data = json.loads(subprocess.run([*cmd, "-f", "json"], capture_output=True, text=True, timeout=120).stdout)
    return page, data


@pytest.fixture(scope="module")
def browser(chromium):
    with Browser(chromium, width=1280, height=900) as b:
        yield b


def test_page_draws_every_event_by_date_and_precision(browser, seeds, tmp_path):
    path, data = seeds
    events = data["events"]
    page = browser.page(path.as_uri())
    assert page.errors() == []
    # nothing but the page itself was requested
    assert page.requests() == [path.as_uri()]
    assert page.eval("document.querySelectorAll('#chart .mark').length") == len(events)
    assert page.eval("document.querySelectorAll('article.event').length") == len(events)
    points = sum(1 for e in events if e["start"] == e["end"])
    assert page.eval("document.querySelectorAll('#chart .mark.point circle').length") == points
    assert page.eval("document.querySelectorAll('#chart .mark.month rect, #chart .mark.span rect').length") == (
        len(events) - points)
    heads = page.eval("[...document.querySelectorAll('.period h2')].map(h => h.textContent)")
    assert heads == list(dict.fromkeys(period_heading(e["granularity"], e["start"]) for e in events))

    def centre(date: str, words: str) -> float:
        ev = next(e for e in events if e["start"] == date and words in e["summary"])
        return page.eval(f"(() => {{ const r = document.querySelector('.mark[data-id=\"{ev['id']}\"] circle')"
                         ".getBoundingClientRect(); return r.x + r.width / 2; })()")

    # the whole range (1962-2012) squeezes a week of March 2012 into a few pixels ...
    assert abs(centre("2012-03-27", "ECOWAS") - centre("2012-03-21", "mutiny")) < 10
    page.screenshot(tmp_path / "overview.png")
    # ... and the month's heading zooms the axis onto that month: days spread apart, a month is ~31 days wide
    page.eval("[...document.querySelectorAll('.period h2 button')].find(b => b.textContent === 'March 2012').click()")
    day = (centre("2012-03-27", "ECOWAS") - centre("2012-03-21", "mutiny")) / 6
    assert day > 15
    march = next(e for e in events if e["date"] == "2012-03")
    width = page.eval(f"document.querySelector('.mark[data-id=\"{march['id']}\"] rect').getBoundingClientRect().width")
    assert 29 * day < width < 33 * day
    png = page.screenshot(tmp_path / "march.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1280, 900)
    assert page.errors() == [] and page.requests() == [path.as_uri()]


def test_sources_and_conflicts_are_one_click_away_and_the_filter_works(browser, seeds):
    path, data = seeds
    events = data["events"]
    page = browser.page(path.as_uri())
    conflicted = next(e for e in events if e["conflicts"])
    card = f"document.getElementById('{conflicted['id']}')"
    assert page.eval(f"{card}.querySelector('details').open") is False
    page.eval(f"document.querySelector('.mark[data-id=\"{conflicted['id']}\"]')"
              ".dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    assert page.eval(f"{card}.querySelector('details').open") is True
    assert page.eval(f"{card}.classList.contains('selected')") is True
    detail = page.eval(f"{card}.querySelector('.conflict-detail').textContent")
    field = conflicted["conflicts"][0]["field"].replace("_", " ")
    assert detail.startswith(f"Sources disagree on {field}:")
    cites = page.eval(f"[...{card}.querySelectorAll('.cite')].length")
    assert cites == len(conflicted["mentions"])

    def filter_to(text: str) -> tuple[int, str]:
        page.eval(f"(() => {{ const f = document.getElementById('filter'); f.value = {json.dumps(text)};"
                  " f.dispatchEvent(new Event('input')); })()")
        return (page.eval("document.querySelectorAll('#chart .mark').length"),
                page.eval("document.getElementById('count').textContent"))

    n = len(events)
    assert filter_to("ecowas") == (1, f"1 of {n} events")
    assert page.eval("[...document.querySelectorAll('article.event')].filter(a => !a.hidden).length") == 1
    assert filter_to("ECOWAS   abidjan")[0] == 1  # every word must occur, in any case
    # a source id finds the events that article reports
    by_source = sum(1 for e in events if "003_42382a47a79cec6e.txt" in e["sources"])
    assert filter_to("003_42382a47a79cec6e")[0] == by_source and 1 < by_source < len(events)
    assert filter_to("no such words here") == (0, f"0 of {n} events")
    assert filter_to("") == (n, f"{n} of {n} events")
    assert page.errors() == [] and page.requests() == [path.as_uri()]


def test_request_detection_is_real(browser, tmp_path):
    """The no-request assertions above would catch a page that fetches something."""
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<!DOCTYPE html><html><body><img src="http://192.0.2.1/x.png"></body></html>',
                     encoding="utf-8")
    page = browser.page(leaky.as_uri())
    assert "http://192.0.2.1/x.png" in page.requests()
