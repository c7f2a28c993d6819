"""The review page: its markup, and what a person sees in a real headless Chromium."""

import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import tradestat as ts
from tradestat.cli import main
from tradestat.review import review_html, write_review

DATA = Path(__file__).parent / "data"
XINJIANG = "xinjiang-2025-h1"
CHINESE = DATA / "corpus" / "zh-china-2021-may.txt"
HAINAN = DATA / "extract" / "hainan-2025-q1.html"
MARK = re.compile(r"<mark class=\"fact\"[^>]*data-fact=\"([^\"]*)\">([^<]*)(?=<)")


def xinjiang_page() -> tuple[str, ts.FactSet]:
    text = ts.datasets.article_text(XINJIANG)
    extraction = ts.extract(text)
    return review_html(text, extraction, source=XINJIANG), extraction.facts


def test_every_fact_is_a_highlight_carrying_its_record() -> None:
    page, facts = xinjiang_page()
    found = MARK.findall(page)
    assert len(facts) == 16 and len(found) == 16
    assert [json.loads(html.unescape(record)) for record, _ in found] == facts.to_records()
    shown = [text for _, text in found]
    assert shown[:3] == ["28 percent", "280.8 billion yuan", "39.3 billion U.S. dollars"]
    assert shown[4:8] == ["", "", "", "50 billion yuan"]  # four months, one figure: nested
    assert "53.17 billion yuan" in shown


def test_the_page_needs_no_network() -> None:
    page, _ = xinjiang_page()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_article_text_is_escaped() -> None:
    raw = (
        "URUMQI -- Xinjiang's trade rose 28 percent to 280.8 billion yuan in H1 2025 & <b>more</b>."
    )
    page = review_html(raw)
    assert "&amp; &lt;b&gt;more&lt;/b&gt;" in page and "<b>more" not in page
    assert len(MARK.findall(page)) == 2


def test_findings_are_shown_at_their_facts() -> None:
    page, _ = xinjiang_page()
    # the implied USD/CNY rate concerns 280.8 billion yuan and about 39.3 billion dollars
    assert re.search(
        r"280\.8 billion yuan</mark><sup class=\"badge info\" title=\"[^\"]*7\.145", page
    )
    assert re.search(r"U\.S\. dollars</mark><sup class=\"badge info\"", page)
    assert "implied_rate" in page


def test_html_input_spans_are_mapped_onto_the_text_shown() -> None:
    raw = HAINAN.read_text(encoding="utf-8")
    extraction = ts.extract(raw)
    found = MARK.findall(review_html(raw, extraction))
    assert len(found) == len(extraction.facts) == 7
    assert [t for _, t in found][:3] == ["10.3%", "120.5 billion yuan", "16.9 billion"]
    page = review_html(raw, extraction)
    assert "<style>p { color: red; }" not in page  # the article's own markup is not run
    assert "Hainan’s foreign trade up in Q1" in page  # entities decoded


def test_chinese_article_gets_a_chinese_page_with_skipped_figures_marked() -> None:
    raw = CHINESE.read_text(encoding="utf-8")
    extraction = ts.extract(raw)
    page = review_html(raw, extraction)
    assert '<html lang="zh-Hans">' in page and "全部事实" in page
    assert len(MARK.findall(page)) == len(extraction.facts) == 17
    skipped = re.findall(r"<mark class=\"skipped\" data-skipped=\"([^\"]*)\"[^>]*>([^<]*)<", page)
    assert skipped == [(s.reason, s.text) for s in extraction.skipped]
    assert [text for _, text in skipped] == ["1.8个百分点", "3.4个百分点"]


def test_the_page_needs_neither_matplotlib_nor_selenium() -> None:
    code = (
        "import sys; sys.modules['matplotlib'] = sys.modules['selenium'] = None\n"
        "import tradestat as ts\n"
        "from tradestat.review import review_html\n"
        "page = review_html(ts.datasets.article_text('xinjiang-2025-h1'))\n"
        "print(page.count('data-fact='))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "16"


def test_summary_counts() -> None:
    page, _ = xinjiang_page()
    assert '<p id="summary">facts: 16 · skipped: 0 · findings: 1</p>' in page


def test_write_review_and_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "xinjiang.txt"
    article.write_text(ts.datasets.article_text(XINJIANG), encoding="utf-8")
    out = write_review(article, tmp_path / "page.html")
    assert len(MARK.findall(out.read_text(encoding="utf-8"))) == 16
    target = tmp_path / "cli.html"
    assert main(["extract", str(article), "--html", str(target), "--format", "table"]) == 0
    assert len(MARK.findall(target.read_text(encoding="utf-8"))) == 16
    folder = tmp_path / "pages"
    assert main(["extract", str(article), str(CHINESE), "--html", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["xinjiang.html", "zh-china-2021-may.html"]


# --- in a real browser -------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Chromium through selenium: required in CI, skipped locally when absent."""
    in_ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    chromium = shutil.which("chromium") or (CHROMIUM if os.path.exists(CHROMIUM) else None)
    driver_path = shutil.which("chromedriver") or (
        CHROMEDRIVER if os.path.exists(CHROMEDRIVER) else None
    )
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        if in_ci:
            pytest.fail("CI needs selenium for the browser tests (the test extra)")
        pytest.skip("selenium not installed")
    if chromium is None or driver_path is None:
        if in_ci:
            pytest.fail("CI needs Debian's chromium and chromium-driver (see .ci/run)")
        pytest.skip("chromium or chromedriver not installed")
    options = Options()
    options.binary_location = chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1300,1000",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def keep(shot: Path) -> None:
    """Screenshots stay in the test's tmp dir; TRADESTAT_TEST_ARTIFACTS copies them out too."""
    assert shot.read_bytes().startswith(b"\x89PNG")
    folder = os.environ.get("TRADESTAT_TEST_ARTIFACTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(folder) / shot.name)
    print(f"screenshot: {shot}")


def open_page(driver: object, path: Path) -> None:
    driver.get(path.as_uri())  # type: ignore[attr-defined]


def test_browser_shows_highlights_hover_panel_and_table(browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page, facts = xinjiang_page()
    path = tmp_path / "review.html"
    path.write_text(page, encoding="utf-8")
    driver = browser
    open_page(driver, path)

    highlights = driver.find_elements(By.CSS_SELECTOR, "#article [data-fact]")  # type: ignore[attr-defined]
    assert len(highlights) == 16
    assert all(h.is_displayed() for h in highlights)
    colour = highlights[0].value_of_css_property("background-color")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")

    ActionChains(driver).move_to_element(highlights[0]).perform()
    panel = driver.find_element(By.ID, "panel")  # type: ignore[attr-defined]

    def field(name: str) -> str:
        return str(panel.find_element(By.CSS_SELECTOR, f"[data-field={name}]").text)

    first = facts[0].to_record()
    assert field("subject") == "Xinjiang"
    assert field("period") == "2025-H1"
    assert field("measure") == first["measure"] == "yoy_growth"  # "28 percent" comes first
    assert field("value") == "28" and field("unit") == "percent"
    assert "measure" in panel.text and "value" in panel.text
    assert field("interval") == "[27.5, 28.5]"

    # the four months share one figure: hovering it shows every fact stated there
    fifty = [h for h in highlights if h.text == "50 billion yuan"][-1]
    ActionChains(driver).move_to_element(fifty).perform()
    periods = [e.text for e in panel.find_elements(By.CSS_SELECTOR, "[data-field=period]")]
    assert sorted(periods) == ["2025-03", "2025-04", "2025-05", "2025-06"]

    # the table: one row per fact, sortable by value, copyable
    rows = driver.find_elements(By.CSS_SELECTOR, "#facts tbody tr")  # type: ignore[attr-defined]
    assert len(rows) == 16
    header = driver.find_element(By.CSS_SELECTOR, "#facts th[data-col='7']")  # type: ignore[attr-defined]
    assert header.text == "value"
    header.click()
    values = [
        float(r.find_elements(By.TAG_NAME, "td")[7].text)
        for r in driver.find_elements(By.CSS_SELECTOR, "#facts tbody tr")  # type: ignore[attr-defined]
    ]
    assert values == sorted(values)
    tsv = driver.execute_script("return window.tradestatReview.tsv();")  # type: ignore[attr-defined]
    lines = tsv.strip().split("\n")
    assert len(lines) == 17 and lines[0].split("\t")[1] == "subject"
    driver.find_element(By.ID, "copy-tsv").click()  # type: ignore[attr-defined]
    assert driver.find_element(By.ID, "status").text == "Copied"  # type: ignore[attr-defined]

    shot = tmp_path / "review.png"
    ActionChains(driver).move_to_element(highlights[0]).perform()
    driver.execute_script("window.scrollTo(0, 0);")  # type: ignore[attr-defined]
    assert driver.save_screenshot(str(shot))  # type: ignore[attr-defined]
    keep(shot)


def test_browser_chinese_page_and_skipped_reason(browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    raw = CHINESE.read_text(encoding="utf-8")
    path = tmp_path / "review-zh.html"
    path.write_text(review_html(raw, source=CHINESE.name), encoding="utf-8")
    driver = browser
    open_page(driver, path)
    highlights = driver.find_elements(By.CSS_SELECTOR, "#article [data-fact]")  # type: ignore[attr-defined]
    assert len(highlights) == 17 and highlights[0].text == "31361亿元"
    ActionChains(driver).move_to_element(highlights[0]).perform()
    panel = driver.find_element(By.ID, "panel")  # type: ignore[attr-defined]
    assert "主体" in panel.text and "China" in panel.text
    skipped = driver.find_elements(By.CSS_SELECTOR, "#article mark.skipped")  # type: ignore[attr-defined]
    ActionChains(driver).move_to_element(skipped[0]).perform()
    reason = panel.find_element(By.CSS_SELECTOR, "[data-field=reason]").text
    assert "percentage points" in reason
    shot = tmp_path / "review-zh.png"
    assert driver.save_screenshot(str(shot))  # type: ignore[attr-defined]
    keep(shot)
