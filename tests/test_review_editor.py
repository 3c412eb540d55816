"""The review editor: its edits as functions, its server's guards, and the page driven in a
real headless Chromium (Debian's chromium and chromium-driver) through a merge, a split, a
sentence moved, a confirm and an undo, each read back from the saved TEI alignment."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from bitext import read_alignment, read_document
from bitext.errors import AlignmentError
from bitext.model import Alignment, LinkStatus, needs_review, text_digest
from bitext.review import edits
from bitext.tei import write_alignment

from .conftest import ROOT, run_bitext
from .tools import command

CORPUS = ROOT / "corpus"


def _pair(path: Path) -> tuple[Alignment, edits.Pair]:
    alignment = read_alignment(path)
    return alignment, edits.Pair(
        read_document(path.parent / alignment.source_doc),
        read_document(path.parent / alignment.target_doc),
    )


def _one_to_ones(alignment: Alignment) -> int:
    """The index of the first link followed by another, both 1-1, after the front matter."""
    return next(
        k
        for k in range(5, len(alignment.links) - 2)
        if alignment.links[k].type == alignment.links[k + 1].type == "1-1"
    )


def _checked_text(
    link_digest: str, pair: edits.Pair, source: tuple[str, ...], target: tuple[str, ...]
) -> bool:
    en = {s.id: s.text for s in pair.source.sentences()}
    ko = {s.id: s.text for s in pair.target.sentences()}
    return link_digest == text_digest([en[i] for i in source], [ko[i] for i in target])


# The edits, as functions ------------------------------------------------------------------


def test_merge_split_shift_and_confirm_as_functions(automatic: Path):
    alignment, pair = _pair(automatic)
    k = _one_to_ones(alignment)
    first, second = alignment.links[k], alignment.links[k + 1]
    merged = edits.merge(alignment, pair, first.id)
    joined = merged.links[k]
    assert (joined.id, joined.source, joined.target) == (
        first.id,
        first.source + second.source,
        first.target + second.target,
    )
    assert joined.status is LinkStatus.MANUAL
    assert _checked_text(joined.digest, pair, joined.source, joined.target)
    assert len(merged.links) == len(alignment.links) - 1
    again = edits.split(merged, pair, first.id)
    assert [(link.source, link.target) for link in again.links[k : k + 2]] == [
        (first.source, first.target),
        (second.source, second.target),
    ]
    moved = edits.shift(again, pair, second.target[0], "up")
    assert moved.links[k].target == first.target + second.target
    assert moved.links[k + 1].target == () and moved.links[k + 1].source == second.source
    back = edits.shift(moved, pair, second.target[0], "down")
    assert back.links[k + 1].target == second.target
    confirmed = edits.confirm(alignment, pair, alignment.links[0].id)
    assert confirmed.links[0].status is LinkStatus.MANUAL and confirmed.links[0].digest
    assert confirmed.links[1:] == alignment.links[1:]


def test_edits_that_cannot_be_made_say_why(automatic: Path):
    alignment, pair = _pair(automatic)
    with pytest.raises(AlignmentError, match="no next link"):
        edits.merge(alignment, pair, alignment.links[-1].id)
    with pytest.raises(AlignmentError, match="no link 'nope'"):
        edits.confirm(alignment, pair, "nope")
    k = _one_to_ones(alignment)
    merged = edits.merge(alignment, pair, alignment.links[k].id)
    inner = merged.links[k].target[0]
    with pytest.raises(AlignmentError, match="not the last sentence"):
        edits.shift(merged, pair, inner, "down")
    with pytest.raises(AlignmentError, match="no previous link"):
        edits.shift(alignment, pair, alignment.links[0].source[0], "up")


# The server -------------------------------------------------------------------------------


@pytest.fixture()
def editor(automatic: Path) -> Iterator[tuple[str, Path]]:
    """``bitext review`` running on a copy of an automatic alignment: (address, alignment)."""
    with _serving(automatic) as served:
        yield served


@contextmanager
def _serving(alignment: Path, *options: str) -> Iterator[tuple[str, Path]]:
    """``bitext review`` running on ``alignment`` (with ``options``): (address, alignment)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bitext", "review", str(alignment), "--no-browser", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    try:
        assert "http://127.0.0.1:" in line, line + (proc.stderr.read() if proc.stderr else "")
        yield line.split(" at ")[1].split(" ")[0], alignment
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_server_answers_only_its_own_page_with_its_token(editor: tuple[str, Path]):
    url, _ = editor
    base, _, token = url.partition("/?token=")
    state = urllib.request.Request(f"{base}/api/state", headers={"X-Bitext-Token": token})
    with urllib.request.urlopen(state) as response:
        assert json.load(response)["links"]
    for headers in ({}, {"X-Bitext-Token": "wrong"}, {"X-Bitext-Token": token, "Host": "x.org"}):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(f"{base}/api/state", headers=headers))
        assert refused.value.code == 403
    page = urllib.request.urlopen(f"{base}/").read().decode("utf-8")
    assert '<script src="app.js">' in page and "http" not in page.split("<body>")[1]


def _with_an_unscored_link(path: Path) -> tuple[Alignment, str]:
    """The alignment at ``path`` rewritten with one automatic 1-1 link's score removed (as
    a link imported from a file without scores has none): (the alignment, that link's id)."""
    alignment = read_alignment(path)
    k = _one_to_ones(alignment)
    links = list(alignment.links)
    links[k] = replace(links[k], score=None)
    changed = replace(alignment, links=tuple(links))
    write_alignment(changed, path)
    return changed, links[k].id


def _state(url: str) -> dict[str, object]:
    base, _, token = url.partition("/?token=")
    request = urllib.request.Request(f"{base}/api/state", headers={"X-Bitext-Token": token})
    with urllib.request.urlopen(request) as response:
        return json.load(response)  # type: ignore[no-any-return]


def test_the_server_marks_for_review_what_the_exports_mark(automatic: Path):
    alignment, unscored = _with_an_unscored_link(automatic)
    scores = sorted(link.score for link in alignment.links if link.score is not None)
    fifth = scores[len(scores) // 5]  # a fifth of the scored links below it
    marked_at = {}
    for bar in (None, fifth):
        options = () if bar is None else ("--review-below", str(fifth))
        with _serving(automatic, *options) as (url, _):
            links = _state(url)["links"]
        assert isinstance(links, list)
        marked = marked_at[bar] = {link["id"] for link in links if link["review"]}
        expected = {
            link.id for link in alignment.links if needs_review(link.status, link.score, bar)
        }
        assert marked == expected and unscored in marked
    assert len(marked_at[None]) > 1  # scored links below the default bar too
    assert len(marked_at[fifth]) > len(marked_at[None])


# The page, in a real browser ----------------------------------------------------------------


@pytest.fixture()
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = command("chromium")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium'}",
        "--window-size=1400,1000",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(command("chromedriver")), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.conformance
def test_merge_split_move_confirm_and_undo_in_headless_chromium(
    editor: tuple[str, Path], browser: object
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    url, path = editor
    original, pair = _pair(path)
    k = _one_to_ones(original)
    first, second = original.links[k], original.links[k + 1]
    driver = browser
    driver.get(url)  # type: ignore[attr-defined]
    wait = WebDriverWait(driver, 20)
    wait.until(ready.text_to_be_present_in_element((By.ID, "status"), "ready"))
    rows = driver.find_elements(By.CSS_SELECTOR, "tr.link")  # type: ignore[attr-defined]
    assert len(rows) == len(original.links)

    def row(link_id: str) -> object:
        return driver.find_element(By.CSS_SELECTOR, f'tr.link[data-id="{link_id}"]')  # type: ignore[attr-defined]

    def saved(text: str) -> Alignment:
        wait.until(ready.text_to_be_present_in_element((By.ID, "status"), text))
        return read_alignment(path)

    # Merge: select the row, click the button.
    row(first.id).click()  # type: ignore[attr-defined]
    driver.find_element(By.ID, "merge").click()  # type: ignore[attr-defined]
    merged = saved("merged (saved)").links[k]
    assert (merged.source, merged.target) == (
        first.source + second.source,
        first.target + second.target,
    )
    assert merged.status is LinkStatus.MANUAL
    assert _checked_text(merged.digest, pair, merged.source, merged.target)
    # Split with the keyboard: the merged row is still selected.
    driver.find_element(By.TAG_NAME, "body").send_keys("s")  # type: ignore[attr-defined]
    split = saved("split (saved)").links[k : k + 2]
    assert [(link.source, link.target) for link in split] == [
        (first.source, first.target),
        (second.source, second.target),
    ]
    assert all(link.status is LinkStatus.MANUAL for link in split)
    # Move the second link's target sentence up into the first: click it, then the button.
    sentence = driver.find_element(  # type: ignore[attr-defined]
        By.CSS_SELECTOR, f'span.s[data-id="{second.target[0]}"]'
    )
    sentence.click()
    driver.find_element(By.ID, "shift-up").click()  # type: ignore[attr-defined]
    moved = saved("moved up (saved)").links
    assert moved[k].target == first.target + second.target and moved[k + 1].target == ()
    # Confirm another link with its key, then undo that.
    last = original.links[-1]
    row(last.id).click()  # type: ignore[attr-defined]
    driver.find_element(By.TAG_NAME, "body").send_keys("c")  # type: ignore[attr-defined]
    assert saved("confirmed (saved)").links[-1].status is LinkStatus.MANUAL
    driver.find_element(By.ID, "undo").click()  # type: ignore[attr-defined]
    after_undo = saved("undone (saved)")
    assert after_undo.links[-1].status is LinkStatus.AUTOMATIC
    assert after_undo.links[k].target == first.target + second.target  # earlier edits stay
    # Lowest confidence first, on demand.
    driver.find_element(By.ID, "sort").click()  # type: ignore[attr-defined]
    shown = [
        r.get_attribute("data-id")
        for r in driver.find_elements(By.CSS_SELECTOR, "tr.link")  # type: ignore[attr-defined]
    ]
    scores = {
        link.id: link.score for link in after_undo.links if link.status is LinkStatus.AUTOMATIC
    }
    automatic_order = [i for i in shown if i in scores]
    assert [scores[i] for i in automatic_order] == sorted(scores[i] for i in automatic_order)
    assert run_bitext("validate", path.parent).code == 0


@pytest.mark.conformance
def test_the_page_marks_and_sorts_first_the_links_to_review(automatic: Path, browser: object):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    alignment, unscored = _with_an_unscored_link(automatic)
    with _serving(automatic, "--review-below", "0.9") as (url, _):
        driver = browser
        driver.get(url)  # type: ignore[attr-defined]
        wait = WebDriverWait(driver, 20)
        wait.until(ready.text_to_be_present_in_element((By.ID, "status"), "ready"))
        low = {
            r.get_attribute("data-id")
            for r in driver.find_elements(By.CSS_SELECTOR, "tr.link.low")  # type: ignore[attr-defined]
        }
        expected = {
            link.id for link in alignment.links if needs_review(link.status, link.score, 0.9)
        }
        assert low == expected and unscored in low and len(low) > 1
        summary = driver.find_element(By.ID, "summary")  # type: ignore[attr-defined]
        assert f"{len(expected)} to review first" in summary.text
        # n walks the orange links in the order shown, round to the first again.
        in_order = [link.id for link in alignment.links if link.id in expected]
        body = driver.find_element(By.TAG_NAME, "body")  # type: ignore[attr-defined]

        def next_to_review() -> str:
            body.send_keys("n")
            row = driver.find_element(By.CSS_SELECTOR, "tr.link.selected")  # type: ignore[attr-defined]
            return str(row.get_attribute("data-id"))

        visited = [next_to_review() for _ in range(len(in_order) + 1)]
        assert visited == [*in_order, in_order[0]]
        # Shift+N walks them back, round to the last.
        body.send_keys("N")
        back = driver.find_element(By.CSS_SELECTOR, "tr.link.selected")  # type: ignore[attr-defined]
        assert back.get_attribute("data-id") == in_order[-1]
        body.send_keys("n")  # the first one again
        # A confirmed link is no longer one to review: n passes it by.
        body.send_keys("c")
        wait.until(ready.text_to_be_present_in_element((By.ID, "status"), "confirmed"))
        assert f"{len(expected) - 1} to review first" in summary.text
        assert next_to_review() == in_order[1]
        driver.find_element(By.ID, "sort").click()  # type: ignore[attr-defined]
        shown = [
            r.get_attribute("data-id")
            for r in driver.find_elements(By.CSS_SELECTOR, "tr.link")  # type: ignore[attr-defined]
        ]
    # Nothing vouches for the unscored link: it comes first (unless it was the one
    # confirmed), then the automatic links by score; the confirmed one last.
    by_score = [i for i in shown if i != in_order[0]]
    if unscored != in_order[0]:
        assert by_score[0] == unscored
        by_score = by_score[1:]
    scores = [next(link.score for link in alignment.links if link.id == i) for i in by_score]
    assert scores == sorted(scores) and shown[-1] == in_order[0]


def test_the_editor_shows_the_notes_a_translation_tool_kept(tmp_path: Path, browser: object):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    from .test_link_notes import APP_PO

    catalogue = tmp_path / "app.po"
    catalogue.write_text(APP_PO, encoding="utf-8")
    assert run_bitext("import", catalogue, "-o", tmp_path / "in").code == 0
    with _serving(tmp_path / "in" / "app.en-ko.xml") as (url, path):
        driver = browser
        driver.get(url)  # type: ignore[attr-defined]
        wait = WebDriverWait(driver, 20)
        wait.until(ready.text_to_be_present_in_element((By.ID, "status"), "ready"))
        first = read_alignment(path).links[0]
        notes = driver.find_element(  # type: ignore[attr-defined]
            By.CSS_SELECTOR, f'tr.link[data-id="{first.id}"] details.notes'
        )
        assert notes.find_element(By.TAG_NAME, "summary").text == f"{len(first.notes)} notes"
        notes.find_element(By.TAG_NAME, "summary").click()
        lines = [line.text for line in notes.find_elements(By.TAG_NAME, "div")]
        assert "note: Keep it formal.\n(Checked by the client.)" in lines
        assert "context: greeting" in lines and "reference: src/main.c:42" in lines
