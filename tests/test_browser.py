"""The report and the app in a real headless Chromium (Debian's chromium + chromedriver, via selenium).

Screenshots go to $NEWSBRIEF_ARTIFACTS_DIR (default: test-artifacts/); with
NEWSBRIEF_UPDATE_SCREENSHOTS=1 the README's docs/report.png and docs/app.png are rewritten too.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spans import expected_text

from newsbrief import brief
from newsbrief.model import Brief
from newsbrief.render import render
from newsbrief.render.html import ref_spans

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
WAIT = 20  # seconds for any explicit wait; the usual wait is well under one
START_WAIT = 60  # seconds for uvicorn to start: a loaded CI machine once took over 20


def expected(b: Brief) -> dict[str, str]:
    return {ref: expected_text(b, spans) for ref, spans in ref_spans(b).items()}


@pytest.fixture(scope="module")
def artifacts() -> Path:
    d = Path(os.environ.get("NEWSBRIEF_ARTIFACTS_DIR", ROOT / "test-artifacts"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def screenshot(driver: Any, artifacts: Path, name: str, readme: bool = False) -> Path:
    out = artifacts / f"{name}.png"
    assert driver.save_screenshot(str(out)), f"screenshot {out} failed"
    assert out.stat().st_size > 10_000
    if readme and os.environ.get("NEWSBRIEF_UPDATE_SCREENSHOTS") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(out, ROOT / "docs" / f"{name}.png")
    return out


@pytest.fixture(scope="module")
def driver(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromedriver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not Path(chromedriver).exists():
        if os.environ.get("NEWSBRIEF_REQUIRE_BROWSER") == "1":
            pytest.fail("chromedriver is required (NEWSBRIEF_REQUIRE_BROWSER=1) but not found")
        pytest.skip("no chromedriver")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager reach for the network
    d = webdriver.Chrome(service=Service(chromedriver), options=opts)
    d.set_page_load_timeout(WAIT)
    try:
        yield d
    finally:
        d.quit()


def viewport(driver: Any, width: int, height: int, mobile: bool = False) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )


def wait_for(driver: Any, css: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))


HIGHLIGHTED = "return Array.from(document.querySelectorAll('.hl')).map(e => e.textContent).join('')"
IN_VIEW = """
const el = document.querySelector('.hl'); if (!el) return false;
const r = el.getBoundingClientRect();
return r.top >= 0 && r.top < window.innerHeight && r.left >= 0 && r.left < window.innerWidth;
"""


def click_every_marker(driver: Any, want: dict[str, str]) -> int:
    """Click every citation marker; each must highlight exactly its passage, scrolled into view.

    (The hover preview and real mouse clicks have their own tests.)"""
    from selenium.webdriver.common.by import By

    markers = driver.find_elements(By.CSS_SELECTOR, "a.cite")
    assert markers, "no citation marker on the page"
    assert {m.get_attribute("data-ref") for m in markers} == set(want)
    for m in markers:
        ref = m.get_attribute("data-ref")
        # a script click (no mouse hover first), so the click alone must highlight and scroll
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", m)
        assert driver.execute_script(HIGHLIGHTED) == want[ref], ref
        assert driver.execute_script(IN_VIEW), f"{ref}: the passage is not scrolled into view"
        assert "active" in m.get_attribute("class").split()
        art = driver.find_element(By.ID, f"doc-{m.get_attribute('data-doc')}")
        assert art.is_displayed()
    return len(markers)


def severe_logs(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


# --- (a) the report from file:// ------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_report(seeds: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Brief, Path]:
    b = brief([str(p) for p in seeds], timings=False)
    out = tmp_path_factory.mktemp("report") / "seeds.html"
    out.write_text(render(b, "html"), encoding="utf-8")
    return b, out


def test_seeds_report_offline_every_citation_highlights_its_passage(driver: Any, seeds_report) -> None:
    b, path = seeds_report
    viewport(driver, 1280, 800)
    driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
    try:
        driver.get(path.as_uri())
        wait_for(driver, "ol.summary")
        assert "js" in driver.find_element("tag name", "html").get_attribute("class").split()
        n = click_every_marker(driver, expected(b))
        assert n >= len(b.summary)
        # nothing was fetched, and nothing was blocked or broken (CSP violations are logged as errors)
        assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
        assert severe_logs(driver) == []
    finally:
        driver.delete_network_conditions()


def test_every_kind_of_marker_works_quotes_entities_claims(driver: Any, tmp_path: Path) -> None:
    """A hand-made brief with every field filled, so this does not wait on the analysis stage."""
    from selenium.webdriver.common.by import By
    from test_html import full_brief

    b = full_brief()
    path = tmp_path / "full.html"
    path.write_text(render(b, "html"), encoding="utf-8")
    viewport(driver, 1280, 800)
    driver.get(path.as_uri())
    wait_for(driver, "ol.summary")
    refs = {m.get_attribute("data-ref")[0] for m in driver.find_elements(By.CSS_SELECTOR, "a.cite")}
    assert refs == {"s", "q", "k", "e"}
    click_every_marker(driver, expected(b))
    # removed spans: hidden until the toggle is opened, then listed with their reasons
    removed = driver.find_element(By.CSS_SELECTOR, "#doc-0 details.removed")
    driver.find_element(By.ID, "tab-0").click()
    assert not driver.find_element(By.CSS_SELECTOR, "#doc-0 .removed-list").is_displayed()
    removed.find_element(By.TAG_NAME, "summary").click()
    reasons = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#doc-0 .removed-list .reason")]
    assert reasons == ["navigation", "ad"]
    assert severe_logs(driver) == []


def test_hover_previews_the_passage(driver: Any, seeds_report) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    b, path = seeds_report
    viewport(driver, 1280, 800)
    driver.get(path.as_uri())
    wait_for(driver, "ol.summary a.cite")
    selected = "return document.querySelector('.tab[aria-selected=true]').id"
    tab = driver.execute_script(selected)
    # a marker citing another article than the one shown: previewed beside the marker, no switch
    marker = next(
        m
        for m in driver.find_elements(By.CSS_SELECTOR, "ol.summary a.cite")
        if f"tab-{m.get_attribute('data-doc')}" != tab
    )
    ActionChains(driver).move_to_element(marker).perform()
    want = expected(b)[marker.get_attribute("data-ref")]
    peek = driver.execute_script(
        "return Array.from(document.querySelectorAll('.peek')).map(e => e.textContent).join('')"
    )
    assert peek == want
    preview = driver.find_element(By.ID, "preview")
    assert preview.is_displayed()
    assert want[:100] in preview.text.replace("\n", " ") or want[:100] in preview.text
    assert driver.execute_script(selected) == tab, "hovering must not switch articles"
    ActionChains(driver).move_to_element(driver.find_element(By.TAG_NAME, "h1")).perform()
    assert driver.find_elements(By.CSS_SELECTOR, ".peek") == []
    assert not preview.is_displayed()


def test_report_on_a_phone_and_in_print(driver: Any, seeds_report, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    b, path = seeds_report
    viewport(driver, 390, 844, mobile=True)
    try:
        driver.get(path.as_uri())
        wait_for(driver, "ol.summary")
        assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
        marker = driver.find_elements(By.CSS_SELECTOR, "ol.summary a.cite")[-1]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", marker)
        marker.click()
        assert driver.execute_script(HIGHLIGHTED) == expected(b)[marker.get_attribute("data-ref")]
        assert driver.execute_script(IN_VIEW)
        screenshot(driver, artifacts, "report-phone")
        # print: every article is shown, the tabs are not
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        shown = driver.execute_script(
            "return Array.from(document.querySelectorAll('.art')).map(a => getComputedStyle(a).display)"
        )
        assert len(shown) == len(b.documents) and "none" not in shown
        assert (
            driver.execute_script("return getComputedStyle(document.querySelector('.tabs')).display")
            == "none"
        )
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {})["data"]
        assert len(pdf) > 10_000
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        viewport(driver, 1280, 800)


# --- (b) the app, served by uvicorn on 127.0.0.1 ---------------------------------------------


@pytest.fixture(scope="module")
def live_app() -> Iterator[str]:
    from newsbrief.web.app import create_app

    yield from serve_app(create_app())


def serve_app(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn on a free port of 127.0.0.1 in a thread; yields its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + START_WAIT
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, f"uvicorn did not start within {START_WAIT} s"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def test_app_example_button_summary_citation_highlight(driver: Any, live_app: str, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    from newsbrief.example import example_docs
    from newsbrief.render.markdown import continues

    viewport(driver, 1280, 800)
    driver.get(live_app + "/")
    button = wait_for(driver, "#try-example")
    screenshot(driver, artifacts, "app", readme=True)
    button.click()
    wait_for(driver, "ol.summary li")
    b = brief(raws=example_docs(), timings=False)
    items = driver.find_elements(By.CSS_SELECTOR, "ol.summary li")
    heads = [s for s, cont in zip(b.summary, continues(b), strict=True) if not cont]  # one item per line
    assert len(items) == len(heads)
    assert all(li.text.startswith(s.text + " [") for li, s in zip(items, heads, strict=True))
    want = expected(b)
    marker = driver.find_elements(By.CSS_SELECTOR, "ol.summary a.cite")[-1]
    marker.click()
    assert driver.execute_script(HIGHLIGHTED) == want[marker.get_attribute("data-ref")]
    assert driver.execute_script(IN_VIEW)
    screenshot(driver, artifacts, "app-report")
    click_every_marker(driver, want)
    assert severe_logs(driver) == []


def test_example_report_screenshot(driver: Any, artifacts: Path, tmp_path: Path) -> None:
    """The README's picture of the report: the built-in example (never the shared seeds)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    from newsbrief.example import example_docs

    b = brief(raws=example_docs(), timings=False)
    path = tmp_path / "example.html"
    path.write_text(render(b, "html"), encoding="utf-8")
    viewport(driver, 1280, 800)
    driver.get(path.as_uri())
    wait_for(driver, "ol.summary")
    markers = driver.find_elements(By.CSS_SELECTOR, "ol.summary a.cite")
    multi = [m for m in markers if m.get_attribute("data-doc") != markers[0].get_attribute("data-doc")]
    (multi or markers)[0].click()
    assert driver.execute_script(HIGHLIGHTED)
    ActionChains(driver).move_to_element(driver.find_element(By.TAG_NAME, "h1")).perform()  # hide the preview
    screenshot(driver, artifacts, "report", readme=True)


# --- (c) the story pages of `serve --db` -----------------------------------------------------------


@pytest.fixture(scope="module")
def store_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from cluster_texts import STORIES

    from newsbrief.model import RawDoc
    from newsbrief.store import Store
    from newsbrief.web.app import create_app
    from newsbrief.web.settings import Settings

    db = str(tmp_path_factory.mktemp("store") / "news.db")
    raws = [
        RawDoc(f"{n}-{k}", f"https://{n}.example/{k}", t, title=f"{n.title()} report {k}", outlet=n.title())
        for n in STORIES
        for k, t in enumerate(STORIES[n])
    ]
    with Store(db) as store:
        store.add(raws)
    yield from serve_app(create_app(Settings(db=db, pool="thread", workers=1, large_workers=1)))


def test_story_list_to_story_page_and_its_citations(driver: Any, store_app: str, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    viewport(driver, 1280, 800)
    driver.get(store_app + "/")
    wait_for(driver, "#stories-link").click()
    first = wait_for(driver, "ol.stories a.story-title")
    screenshot(driver, artifacts, "stories")
    first.click()
    wait_for(driver, "ul.summary li")
    assert "This is the first brief of this story." in driver.find_element(By.ID, "changes").text
    cite = driver.find_elements(By.CSS_SELECTOR, "ul.summary a.cite")[0]
    target = cite.get_attribute("href").split("#")[1]
    cite.click()
    assert driver.execute_script("return location.hash") == "#" + target
    assert driver.find_element(By.ID, target).is_displayed()
    viewport(driver, 390, 844, mobile=True)
    screenshot(driver, artifacts, "story-phone")
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    assert severe_logs(driver) == []  # nothing blocked by the Content-Security-Policy
