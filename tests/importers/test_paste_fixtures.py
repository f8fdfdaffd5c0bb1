"""``clean_paste`` over every Word and Google Docs clipboard fixture of CKEditor 4 and 5.

Each fixture is a real clipboard ``text/html`` payload with the output CKEditor
expects (``../shared/testdata/paste-fixtures/SOURCES.md``). Our model is
smaller than CKEditor's, so we do not compare markup: we compare *facts* read
the same way from both sides — the text, what is bold, italic or a link, how
many list items and which headings — and check that the HTML rendered from our
blocks carries no Word/Docs residue.

Normalisation, applied to both sides alike:
* white space collapsed, ``&nbsp;`` as a space, case folded (CKEditor 4's
  expected files are lower-cased);
* ``|`` counts as white space (``Table.plain`` joins cells with `` | ``); tables
  are compared by their cells' text, as both sides keep table cells;
* images, page breaks and horizontal rules carry no text on either side; the
  paste drops images on purpose (the GUI handles them);
* bold inside headings is ignored: our renderer never marks headings bold;
* a header cell (``th``) counts as bold: a table whose first row is all bold gets
  that row as its header (as a ``.docx`` import does), which a reader sees in bold;
* links CKEditor keeps but we drop on purpose — unsafe schemes (``file:`` paths
  to the author's disk) and fragment-only ``#_Toc…`` anchors — are left out of
  the expected links (``link_target`` is the policy under test elsewhere);
* a heading that is also a list item (Word's numbered headings) counts as a
  list item: the model has no headings inside lists;
* ``No_heuristics`` fixtures (CKEditor with its list detection off) keep
  Edge's typed "1.&nbsp;&nbsp;" paragraphs as text; we rebuild the list, so
  there the expected text loses its typed markers and list items are not counted;
* the expected files are pretty-printed, so white space containing a line
  break may or may not be a space (``MAYBE_SPACE``);
* only what the expected output *can* show is compared: CKEditor 5 runs each
  fixture group with a few plugins (``CKE5_GROUP_ASPECTS``).

Every fixture runs twice: with the installed libxml2 and with the parser of
libxml2 before 2.12 (Debian 12's system library is 2.9.14), which reads
Word's downlevel-revealed conditional comments (``<![if !supportLists]>``,
``<![endif]>``) as *text* where 2.12+ drops them. Measured with lxml 4.9.2 /
libxml2 2.9.14 before the cleaner removed them itself, 72 of the 301 fixtures
failed: 71 pasted ``<![if !supportLists]><![endif]>This`` into the article, one the bytes past
``</html>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from types import SimpleNamespace

import lxml.html
import pytest
from lxml import etree

import editor.importers.paste
from editor.importers.paste import clean_paste
from editor.importers.paste_inline import link_target
from editor.render.blocks import BodyContext, render_body
from tests.support import missing

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "paste-fixtures"
CKE4_SETS = ("pastefromword", "pastefromgdocs")
BROWSERS = ("chrome", "firefox", "safari", "edge")
# What may remain in our HTML: nothing from Word/Docs; only the renderer's own classes.
RESIDUE_RE = re.compile(r"style=|<span|o:p|mso-|<font|docs-internal|\son\w+=", re.IGNORECASE)
# What may not remain in the text a reader sees (escaped in the HTML, so looked for in
# the blocks' own text): Word's conditional comments, its style names and namespaces.
TEXT_RESIDUE_RE = re.compile(r"<!\[if|<!\[endif\]>|\[if !supportLists\]|mso-|o:p", re.I)
PARSERS = ("installed", "libxml2-2.9")
OWN_CLASSES = {"quote", "table-scroll"}

MAYBE_SPACE = "\x00"
BOUNDARY = "\x01"  # between blocks: always a space
# A list marker typed at the start of a block ("1.", "a)", "·", "o", "§"):
# removed from the expected text of No_heuristics fixtures, where CKEditor
# keeps it as text and we rebuild the list. Never removed from ours, so a
# marker we fail to strip shows up as a text difference.
MARKER_RE = re.compile(
    rf"(^|{BOUNDARY})\s*(?:[(\[]?(?:\d+(?:\.\d+)*|[a-z]{{1,2}}|[ivxlcdm]{{1,6}})[.)\]]"
    rf"|[^\w\s{BOUNDARY}]|o)(?=\s+[^\s{BOUNDARY}])",
    re.IGNORECASE,
)


ASPECTS = frozenset({"bold", "italic", "links", "list items", "headings"})
# CKEditor 5 runs each fixture group in an editor with only some plugins
# (upstream tests/data/integration.js), so its expected model can only show
# those features; e.g. the "image" group has no Bold, and "link" has no List.
# We compare the text everywhere and the other aspects only where the
# expected model could have them.
CKE5_GROUP_ASPECTS = {
    "basic-styles": {"bold", "italic", "headings"},
    "bookmark": {"bold"},
    "font-without-table-properties": {"bold"},
    "image": set(),
    "link": {"bold", "links", "headings"},
    "list": set(ASPECTS),
    "other/smart-tags": {"bold"},
    "page-break": {"bold"},
    "paste-from-google-docs/bold-wrapper": {"bold"},
    "paste-from-google-docs/br-paragraph": {"bold"},
    "paste-from-google-docs/lists": {"list items"},
    "spacing": {"bold", "italic"},
    "table": {"bold"},
}
# Safari inputs whose clipboard HTML itself lost spaces ("Italictext."):
# upstream skips them in the integration (model) tests, "spacing issue (#13)",
# and checks them only against normalized.safari.*.html, which we use too.
CKE5_SAFARI_MODEL_SKIPS = {
    "basic-styles/italic-starting-text",
    "basic-styles/multiple-styles-single-line",
    "basic-styles/multiple-styles-multiline",
    "link/combined",
    "list/heading3-styled",
}


@dataclass(frozen=True)
class Case:
    input: Path
    expected: Path | None
    kind: str  # "html" (clean HTML) or "model" (CKEditor 5 model)
    aspects: frozenset[str] = ASPECTS
    no_heuristics: bool = False  # expected output keeps typed list markers as text


def _cke4_case(source: Path) -> Case:
    """``<ver>/expected_<browser>.html`` overrides ``<Feature>/expected.html``.

    ``No_heuristics`` fixtures expect CKEditor with its list heuristics off:
    Edge's typed "1.&nbsp;&nbsp;" paragraphs stay paragraphs there, while we
    always rebuild the list, so their list items are not compared.
    """
    rules = {"aspects": ASPECTS, "no_heuristics": False}
    if "No_heuristics" in source.parts:
        rules = {"aspects": ASPECTS - {"list items"}, "no_heuristics": True}
    override = source.parent / f"expected_{source.stem}.html"
    if override.is_file():
        return Case(source, override, "html", **rules)
    for folder in (source.parent, source.parent.parent):
        if (folder / "expected.html").is_file():
            return Case(source, folder / "expected.html", "html", **rules)
    return Case(source, None, "html", **rules)


def _cke5_case(source: Path) -> Case:
    """``input.X.html`` → ``model.X.html``, else the browser-neutral ``model.*`` variant."""
    folder = source.parent.relative_to(FIXTURES / "ckeditor5" / "_data").as_posix()
    rest = source.name.removeprefix("input.")
    if rest.startswith("safari.") and folder in CKE5_SAFARI_MODEL_SKIPS:
        return Case(source, source.parent / f"normalized.{rest}", "html")
    group = next((g for g in CKE5_GROUP_ASPECTS if f"{folder}/".startswith(f"{g}/")), None)
    aspects = frozenset(CKE5_GROUP_ASPECTS[group]) if group else ASPECTS
    for name in (rest, ".".join(p for p in rest.split(".") if p not in BROWSERS)):
        if (source.parent / f"model.{name}").is_file():
            return Case(source, source.parent / f"model.{name}", "model", aspects)
    return Case(source, None, "model", aspects)


def _cases() -> Iterator[pytest.param]:
    for set_name in CKE4_SETS:
        for source in sorted((FIXTURES / "ckeditor4" / set_name).rglob("*.html")):
            if not source.name.startswith("expected"):
                yield _param(_cke4_case(source))
    for source in sorted((FIXTURES / "ckeditor5" / "_data").rglob("input*.html")):
        yield _param(_cke5_case(source))


def _param(case: Case) -> pytest.param:
    case_id = str(case.input.relative_to(FIXTURES).with_suffix("")).replace("ckeditor", "cke")
    return pytest.param(case, id=case_id)


def _export_cases() -> Iterator[pytest.param]:
    """Google Docs "Download as HTML" files next to the CKEditor 5 Docs fixtures.

    Not clipboard payloads but whole web pages (class-based styles, real
    lists), so they check the web-page side of the cleaner against the same
    expected model. ``partially-selected`` is left out: its model holds only
    the part of the document that was selected for the clipboard.
    """
    docs = FIXTURES / "ckeditor5" / "_data" / "paste-from-google-docs"
    for source in sorted(docs.rglob("*.html")):
        if source.name.startswith(("input", "model", "normalized")):
            continue
        if source.parent.name != "partially-selected":
            case = _cke5_case(source.parent / "input.html")
            yield _param(Case(source, case.expected, "model", case.aspects))


MISSING = [pytest.param(None, id="fixtures-missing")]
CASES = list(_cases()) if FIXTURES.is_dir() else MISSING
EXPORT_CASES = list(_export_cases()) if FIXTURES.is_dir() else MISSING


# -- facts ------------------------------------------------------------------
@dataclass(frozen=True)
class Char:
    ch: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass
class Facts:
    chars: list[Char] = field(default_factory=list)
    items: int = 0
    headings: list[str] = field(default_factory=list)

    def boundary(self) -> None:
        self.chars.append(Char(BOUNDARY))

    def add(self, text: str, bold: bool, italic: bool, href: str | None) -> None:
        self.chars.extend(Char(ch, bold, italic, href) for ch in text)

    def summary(self, *, markers: bool = True) -> dict[str, object]:
        text = "".join(c.ch for c in self.chars)
        return {
            "text": _norm(text if markers else MARKER_RE.sub(r"\1", text)),
            "bold": " ".join(text for _, text in _runs(self.chars, lambda c: c.bold)),
            "italic": " ".join(text for _, text in _runs(self.chars, lambda c: c.italic)),
            "links": _runs(self.chars, lambda c: c.href and c.href.rstrip("/")),
            "list items": self.items,
            "headings": self.headings,
        }


def _norm(text: str) -> str:
    """Collapse white space; a run with a line break is only *maybe* a space.

    The expected files are pretty-printed: a line break plus indentation may
    be formatting (``<td>\\n\\t\\tcell``) or a real space the beautifier moved
    (``<strong>\\n\\t\\tNewsletter``). Such runs become ``MAYBE_SPACE`` and
    match a space or nothing (``_same``); every other run is a real space.
    """
    text = re.sub(r"\s*\n\s*", MAYBE_SPACE, text.replace("|", " ").casefold())
    text = re.sub(rf"[\s{MAYBE_SPACE}{BOUNDARY}]+", _collapse, text)
    return text.strip(f" {MAYBE_SPACE}")


def _collapse(match: re.Match[str]) -> str:
    return MAYBE_SPACE if set(match.group()) == {MAYBE_SPACE} else " "


def _same(ours: object, expected: object) -> bool:
    if isinstance(expected, str) and isinstance(ours, str):
        pattern = " ?".join(re.escape(part) for part in expected.split(MAYBE_SPACE))
        return re.fullmatch(pattern, ours) is not None
    if isinstance(expected, list | tuple) and isinstance(ours, list | tuple):
        return len(ours) == len(expected) and all(map(_same, ours, expected))
    return ours == expected


def _runs(chars: list[Char], key: Callable[[Char], object]) -> list[tuple[object, str]]:
    """Marked stretches of text; white space alone never separates two stretches of one mark."""
    runs: list[tuple[object, str]] = []
    gap: str | None = None  # white space since the last run, while that run may continue
    for value, group in groupby(chars, key):
        raw = "".join(c.ch for c in group)
        text = _norm(raw)
        if not text:
            if gap is not None and _norm(f"a{raw}a") != f"a{MAYBE_SPACE}a":
                gap = " "
            continue
        if value and gap is not None and runs[-1][0] == value:
            runs[-1] = (value, f"{runs[-1][1]}{gap}{text}")
        elif value:
            runs.append((value, text))
        gap = MAYBE_SPACE if value else None
    return runs


HTML_BLOCKS = set(
    "p div li h1 h2 h3 h4 h5 h6 blockquote td th tr table ul ol pre figure figcaption "
    "caption hr section article dl dt dd tbody thead tfoot".split()
)
HTML_SKIP = {"script", "style", "img", "head", "title", "meta"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


@dataclass(frozen=True)
class Context:
    bold: bool = False
    italic: bool = False
    href: str | None = None
    in_heading: bool = False
    in_item: bool = False


def html_facts(html: str) -> Facts:
    """Facts of clean HTML: CKEditor 4's expected output, or our rendered body."""
    facts = Facts()
    if html.strip():
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        _html_walk(root, facts, Context())
    return facts


def _html_walk(el, facts: Facts, ctx: Context) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in HTML_SKIP:
        return
    ctx = _html_context(el, tag, ctx)
    _count(el, tag, facts, ctx)
    if tag in HTML_BLOCKS or tag == "br":
        facts.boundary()
    facts.add(el.text or "", ctx.bold, ctx.italic, ctx.href)
    for child in el:
        if isinstance(child.tag, str):
            _html_walk(child, facts, ctx)
        facts.add(child.tail or "", ctx.bold, ctx.italic, ctx.href)
    if tag in HTML_BLOCKS:
        facts.boundary()


def _html_context(el, tag: str, ctx: Context) -> Context:
    """A heading inside a list item counts as the item (the model has no headings in lists)."""
    in_heading = ctx.in_heading or (tag in HEADINGS and not ctx.in_item)
    href = link_target(el.get("href")) if tag == "a" and el.get("href") else ctx.href
    return Context(
        bold=(ctx.bold or tag in {"b", "strong", "th"}) and not in_heading,
        italic=ctx.italic or tag in {"i", "em"},
        href=href,
        in_heading=in_heading,
        in_item=ctx.in_item or tag == "li",
    )


def _count(el, tag: str, facts: Facts, ctx: Context) -> None:
    if tag == "li" and _own_text(el, {"ul", "ol"}):
        facts.items += 1
    elif tag in HEADINGS and not ctx.in_item and _norm(el.text_content()):
        facts.headings.append(_norm(el.text_content()))


def _own_text(el, nested: set[str]) -> str:
    """Text of ``el`` without its nested lists (a nested list's items count on their own)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() not in nested:
            parts.append(_own_text(child, nested))
        parts.append(child.tail or "")
    return _norm("".join(parts))


MODEL_BLOCKS = {"paragraph", "listItem", "tableCell", "codeBlock", "caption", "blockQuote"}


def model_facts(model: str) -> Facts:
    """Facts of a CKEditor 5 model file (``<paragraph>``, ``<$text bold="true">``…)."""
    source = model.replace("<$text", "<text-run").replace("</$text>", "</text-run>")
    source = source.replace("&nbsp;", "\xa0")
    source = re.sub(r'\s[\w-]+="\{[^}]*\}"', "", source)  # JSON in attributes: not XML
    source = re.sub(r"&(?!\w+;|#\d+;)", "&amp;", source)  # bare "&" in text
    root = etree.fromstring(f"<root>{source}</root>")
    facts = Facts()
    item_ids: set[str] = set()
    _model_walk(root, facts, item_ids, in_heading=False)
    facts.items += len(item_ids)
    return facts


def _model_walk(el, facts: Facts, item_ids: set[str], in_heading: bool) -> None:
    tag = el.tag
    listed = el.get("listType") is not None or tag == "listItem"
    text = _norm("".join(el.itertext()))
    if listed and text:
        item_ids.add(el.get("listItemId") or f"legacy-{id(el)}")
    is_heading = re.fullmatch(r"heading\d", tag) is not None
    if is_heading and not listed and text:
        facts.headings.append(text)
    in_heading = in_heading or (is_heading and not listed)
    block = tag in MODEL_BLOCKS or is_heading or tag == "softBreak"
    if block:
        facts.boundary()
    bold = el.get("bold") == "true" and not in_heading
    facts.add(el.text or "", bold, el.get("italic") == "true", link_target(el.get("linkHref")))
    for child in el:
        _model_walk(child, facts, item_ids, in_heading)
        facts.add(child.tail or "", False, False, None)
    if block:
        facts.boundary()


# -- the test ---------------------------------------------------------------
def _expected_facts(case: Case) -> Facts:
    text = case.expected.read_text(encoding="utf-8")
    return html_facts(text) if case.kind == "html" else model_facts(text)


@pytest.fixture(params=PARSERS)
def parser(request, monkeypatch) -> str:
    """The libxml2 the paste is parsed with: the installed one, or one before 2.12."""
    if request.param == "libxml2-2.9":
        use_legacy_parser(monkeypatch)
    return request.param


def use_legacy_parser(monkeypatch) -> None:
    """Parse pastes as libxml2 before 2.12 (only the paste's parser, not the expected files')."""
    legacy = SimpleNamespace(HTMLParser=lxml.html.HTMLParser,
                             document_fromstring=_legacy_document_fromstring)
    monkeypatch.setattr(editor.importers.paste, "lxml", SimpleNamespace(html=legacy))


_document_fromstring = lxml.html.document_fromstring


def _legacy_document_fromstring(html: bytes, *args, **kwargs):
    """As libxml2 2.9-2.11 parses: ``<![if …]>`` and ``<![endif]>`` become text, and
    what follows ``</html>`` (a Windows clipboard's leftover bytes) is kept as text.

    lxml 4.9.2 (libxml2 2.9.14) turns ``<![if !supportLists]>`` into the text
    ``&lt;![if !supportLists]&gt;``; escaping the ``<`` gives the same tree. It
    reads text after ``</html>`` into a new element, as 2.14 does with a ``<div>``.
    """
    legacy = re.sub(rb"<!\[(?=\s*(?:end)?if)", b"&lt;![", html, flags=re.IGNORECASE)
    legacy = re.sub(rb"</html\s*>(.+)\Z", rb"<div>\1</div></html>", legacy,
                    flags=re.IGNORECASE | re.DOTALL)
    return _document_fromstring(legacy, *args, **kwargs)


@pytest.mark.parametrize("case", CASES)
def test_fixture_paste(case: Case | None, parser: str) -> None:
    _check(case)


@pytest.mark.parametrize("case", EXPORT_CASES)
def test_google_docs_export_paste(case: Case | None) -> None:
    _check(case)


def _check(case: Case | None) -> None:
    if case is None:
        missing(f"paste fixtures not found at {FIXTURES} (a clone without ../shared beside it)")
        return
    blocks = clean_paste(case.input.read_text(encoding="utf-8"))
    if case.expected is None:
        assert_no_residue(blocks)
        pytest.skip("no expected output for this input in the fixture set (residue checked)")
    wrong = differences(blocks, case)
    assert not wrong, wrong


def assert_no_residue(blocks: list) -> str:
    """No Word/Docs residue in the blocks' text or the HTML rendered from them; the HTML."""
    text = "\n".join(block.plain() for block in blocks if hasattr(block, "plain"))
    assert not TEXT_RESIDUE_RE.findall(text), f"Word residue in the text: {text!r}"
    html = str(render_body(blocks, BodyContext()))
    residue = RESIDUE_RE.findall(html)
    classes = set(re.findall(r'class="([^"]*)"', html)) - OWN_CLASSES
    assert not residue and not classes, f"Word/Docs residue in {html!r}"
    return html


def differences(blocks: list, case: Case) -> dict[str, dict[str, object]]:
    """What a reader would see differently in ``blocks`` than in the expected output
    (residue asserted first); empty when they agree."""
    ours = html_facts(assert_no_residue(blocks)).summary()
    theirs = _expected_facts(case).summary(markers=not case.no_heuristics)
    compared = {"text"} | case.aspects
    return {
        k: {"ours": ours[k], "expected": theirs[k]}
        for k in compared
        if not _same(ours[k], theirs[k])
    }


def case_for(relative: str) -> Case:
    """The case of one fixture, by its path under ``paste-fixtures/``."""
    source = FIXTURES / relative
    return _cke4_case(source) if relative.startswith("ckeditor4/") else _cke5_case(source)
