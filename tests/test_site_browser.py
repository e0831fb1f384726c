"""The site in a real browser: headless Chromium opens it from ``file://``.

It follows every link, and checks that no request leaves the folder, that no
script fails, that every agreement page is reached, that the seed facts are
on the pages, that the filters filter, and that every linked feed parses.
It also writes the screenshots the README shows (docs/site-*.png).

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs
them) and Selenium (the ``test`` extra).  Without a browser the test is
skipped on a developer's machine and FAILS in CI (``CI`` set), so CI can
never pass by skipping it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlparse

import pytest

from conftest import ROOT, run_cli

AS_OF = "2023-06-01"
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
DRIVER = "chromedriver"


def _browser() -> tuple[str, str] | None:
    binary = next((found for name in CHROMIUM if (found := shutil.which(name))), None)
    driver = shutil.which(DRIVER) or (
        "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
    )
    return (binary, driver) if binary and driver else None


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "public"
    run = run_cli("site", str(ROOT / "agreements"), "--as-of", AS_OF, "-o", str(out))
    assert run.code == 0, run.stderr
    return out


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    found = _browser()
    if found is None:
        message = "headless Chromium not found: apt-get install chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run the browser test)")
        pytest.skip(message)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("selenium is missing: install the test extra")
        pytest.skip("selenium is missing: pip install -e '.[test]'")
    binary, chromedriver = found
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def _requests(driver: Any) -> set[str]:
    """Every URL the browser asked for since the last call (DevTools performance log)."""
    urls = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.add(message["params"]["request"]["url"])
    return urls


def _errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def test_the_site_in_a_browser(site: Path, driver: Any) -> None:
    from icalendar import Calendar
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    start = (site / "index.html").as_uri()
    seen: set[str] = set()
    todo = [start]
    texts: dict[str, str] = {}
    files: set[Path] = set()
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        driver.get(url)
        texts[url] = driver.find_element(By.TAG_NAME, "body").text
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
        assert not _errors(driver), (url, _errors(driver))
        for link in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
            target, _ = urldefrag(link.get_attribute("href"))
            if target.startswith("mailto:"):
                continue
            assert target.startswith("file://"), f"{url} links outside the folder: {target}"
            path = Path(unquote(urlparse(target).path))
            assert path.is_file(), f"{url} links to a missing file: {target}"
            if path.suffix == ".html":
                todo.append(target)
            else:
                files.add(path)
    leaving = {u for u in _requests(driver) if not u.startswith(("file://", "data:"))}
    assert not leaving, f"requests leave the machine: {sorted(leaving)}"

    pages = {Path(unquote(urlparse(u).path)).name for u in seen}
    agreements = {p.stem for p in (ROOT / "agreements").glob("*.yaml")}
    assert {f"{a}.html" for a in agreements} <= pages
    stockholm = texts[(site / "agreements" / "stockholm-boj-vasterort-2022.html").as_uri()]
    assert "802015-4822" in stockholm
    assert "472\u00a0200\u00a0kr" in texts[(site / "index.html").as_uri()].replace(" ", "\u00a0")
    linkoping = texts[(site / "agreements" / "linkoping-boj-2023.html").as_uri()]
    assert "472 200 kr" in linkoping.replace("\u00a0", " ")
    # Stockholm's cut-off: notice by 30 September stops the renewal from 2024-04-01; that
    # day is a Saturday in 2023, so the act-by day is Friday the 29th.
    assert "Sista dag att stoppa förlängningen från 2024-04-01: 2023-09-30" in stockholm
    assert "2023-09-30 2023-09-29" in stockholm

    feeds = sorted(p for p in files if p.suffix == ".ics")
    assert site / "feeds" / "all.ics" in feeds and len(feeds) > len(agreements)
    for feed in feeds:
        calendar = Calendar.from_ical(feed.read_bytes())
        assert calendar.get("NAME"), feed
    assert {p.suffix for p in files} >= {".ics", ".csv", ".json", ".md"}

    driver.get((site / "deadlines.html").as_uri())
    rows = driver.find_elements(By.CSS_SELECTOR, "#deadline-table tbody tr")
    assert driver.find_element(By.ID, "filters").is_displayed()
    Select(driver.find_element(By.ID, "f-agreement")).select_by_value("linkoping-boj-2023")
    shown = [r for r in rows if r.is_displayed()]
    assert 0 < len(shown) < len(rows)
    assert all(r.get_attribute("data-agreement") == "linkoping-boj-2023" for r in shown)
    Select(driver.find_element(By.ID, "f-people")).select_by_value("leanlink-stodcentrum")
    by_leanlink = [r for r in rows if r.is_displayed()]
    assert 0 < len(by_leanlink) < len(shown)
    assert all(r.get_attribute("data-kind") == "meeting_due" for r in by_leanlink)
    assert "av" in driver.find_element(By.ID, "filter-count").text
    assert not _errors(driver)

    docs = ROOT / "docs"
    driver.set_window_size(1280, 1400)  # the urgent rows and the portfolio in one picture
    driver.get((site / "index.html").as_uri())
    driver.save_screenshot(str(docs / "site-start.png"))
    driver.get((site / "agreements" / "stockholm-boj-vasterort-2022.html").as_uri())
    driver.find_element(By.ID, "term").location_once_scrolled_into_view  # noqa: B018
    driver.save_screenshot(str(docs / "site-agreement.png"))
