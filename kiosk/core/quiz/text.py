"""Question and lesson text as safe HTML or plain words for the screens (no Qt here).

Every text of a question (its stem, each choice, each feedback, a matching
item's left side) has one of GIFT's four formats, as in Moodle:

- ``markdown``: CommonMark with raw HTML off, the lesson renderer's rules, so
  HTML in it is shown as text; then the safe subset below;
- ``html``: only simple formatting tags are kept, without attributes; other
  tags are dropped (their text stays), scripts and styles with their content;
- ``moodle`` (Moodle's "auto-format", the default): HTML as for ``html``, and
  line breaks kept;
- ``plain``: the text as it is, every character shown.

HTML is read by a small scanner that looks at each character a bounded number
of times (no regular expression that can backtrack over the whole text), so a
hostile quiz cannot make a screen slow.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
SAFE_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "sub", "sup", "br", "p", "ul", "ol", "li", "code", "pre", "blockquote", "div", "span"}
)
_VOID = {"br"}
_DROP_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript", "textarea", "title"}
_LINE_BREAKING = {"br", "p", "div", "li", "ul", "ol", "pre", "blockquote", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
# A tag: '<', an optional '/', a name, then anything up to the next '<' or '>'.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>])[^<>]*>")
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_BETWEEN_TAGS = re.compile(r">[ \t\r]*\n[ \t\r\n]*<")  # a line break between two tags


# Words an author's feedback may open with that only say right or wrong, which the quiz screen
# already says ("✘ Not quite."): in English, French and Arabic, followed by . ! , : or ،
_VERDICT = re.compile(
    r"(?P<lead>(?:\s|<(?:p|div|span|b|strong|i|em)>|\*\*?|__?)*)"
    r"(?P<word>right|correct|yes|no|not quite|wrong|incorrect|exactly|well done|good|half right"
    r"|exact|oui|non|bonne réponse|pas tout à fait|faux|bravo|à moitié juste"
    r"|صحيح|نعم|لا|ليس تمامًا|خطأ)"
    r"(?P<close>(?:</(?:b|strong|i|em)>|\*\*?|__?)?)\s*[.!,:،]+\s*",
    re.IGNORECASE,
)


def without_verdict(text: str) -> str:
    """An author's feedback without the word it opens with when that word only says right or
    wrong ("No. The wheel moves the page" gives "The wheel moves the page"), so the screen's own
    verdict is not said twice; anything else stays as it is."""
    found = _VERDICT.match(text)
    if found is None:
        return text
    rest = text[found.end():]
    if not rest.strip() or not rest.lstrip()[0].isalnum() and not rest.lstrip().startswith("<"):
        return text  # the verdict is all there is, or what follows is not a sentence
    lead = found.group("lead")
    if found.group("close"):  # "**Yes**, yellow": the emphasis goes with the word
        lead = re.sub(r"(<(?:b|strong|i|em)>|\*\*?|__?)\s*$", "", lead)
    return lead + rest[:1].upper() + rest[1:]


def markdown_to_html(text: str) -> str:
    """A lesson's Markdown as HTML (CommonMark, raw HTML shown as text)."""
    return _MARKDOWN.render(text)


def markdown_with_images(
    text: str, size_of: Callable[[str], tuple[int, int] | None] | None = None
) -> tuple[str, list[str]]:
    """A lesson's HTML and the ``src`` of every image it shows, from one parse.

    ``size_of(src)`` may give the (width, height) to show an image at; the HTML then holds it,
    so the text is laid out once, whenever the picture itself arrives.
    """
    tokens = _MARKDOWN.parse(text)
    images = []
    for token in tokens:
        for child in token.children or ():
            if child.type == "image":
                src = str(child.attrs.get("src", ""))
                images.append(src)
                size = size_of(src) if size_of is not None else None
                if size is not None:
                    child.attrSet("width", str(size[0]))
                    child.attrSet("height", str(size[1]))
    return _MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {}), images


def _tokens(text: str) -> Iterator[tuple[str, str, bool]]:
    """(kind, value, closing) pieces of HTML: ("text", chars, False) or ("tag", name, is_end_tag).

    Comments and declarations are skipped; a '<' that starts no tag is text.
    """
    position, size = 0, len(text)
    while position < size:
        lt = text.find("<", position)
        if lt < 0:
            yield "text", text[position:], False
            return
        if lt > position:
            yield "text", text[position:lt], False
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4)
            position = size if end < 0 else end + 3
            continue
        match = _TAG.match(text, lt) or _DECLARATION.match(text, lt)
        if match is None:
            yield "text", "<", False
            position = lt + 1
        elif match.group(0)[1] in "!?":
            position = match.end()
        else:
            yield "tag", match.group(2).lower(), bool(match.group(1))
            position = match.end()


def sanitise_html(text: str) -> str:
    """Keep simple formatting tags (no attributes); escape text; drop scripts, styles, images, links."""
    out: list[str] = []
    dropping = 0
    for kind, value, closing in _tokens(text):
        if kind == "text":
            if not dropping:
                out.append(html.escape(html.unescape(value), quote=False))
        elif value in _DROP_CONTENT:
            dropping = max(0, dropping - 1) if closing else dropping + 1
        elif value in SAFE_TAGS and not dropping and not (closing and value in _VOID):
            out.append(f"</{value}>" if closing else f"<{value}>")
    return "".join(out)


def unsupported_tags(text: str) -> list[str]:
    """The HTML tags in ``text`` that the screens drop (only their text is shown), in order of appearance."""
    found = {value: None for kind, value, _ in _tokens(text) if kind == "tag" and value not in SAFE_TAGS}
    return list(found)


def has_tags(text: str) -> bool:
    """Whether ``text`` holds anything an HTML reader would take for a tag."""
    return any(kind == "tag" for kind, _, _ in _tokens(text))


def plain_to_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def moodle_to_html(text: str) -> str:
    """Moodle's auto-format: HTML as for ``html``, and each line break kept, but for those between two tags."""
    return sanitise_html(_BETWEEN_TAGS.sub("><", text)).replace("\n", "<br>")


def formatted_to_html(text: str, fmt: str) -> str:
    """A question's text (stem, feedback, a matching item) in its GIFT format, as safe HTML."""
    if fmt == "markdown":
        return sanitise_html(markdown_to_html(text))
    if fmt == "html":
        return sanitise_html(text)
    if fmt == "moodle":
        return moodle_to_html(text)
    return plain_to_html(text)


def formatted_to_text(text: str, fmt: str) -> str:
    """The words of a text in its GIFT format, without any markup: for a choice's button,
    a spoken label or a summary line. Block ends become line breaks."""
    if fmt == "plain":
        return text.strip()
    source = markdown_to_html(text) if fmt == "markdown" else text
    words: list[str] = []
    dropping = 0
    for kind, value, closing in _tokens(source):
        if kind == "text":
            if not dropping:
                chars = html.unescape(value)
                words.append(chars if fmt == "moodle" else chars.replace("\n", " "))
        elif value in _DROP_CONTENT:
            dropping = max(0, dropping - 1) if closing else dropping + 1
        elif value in _LINE_BREAKING and not dropping:
            words.append("\n")
    lines = (" ".join(line.split()) for line in "".join(words).splitlines())
    return "\n".join(line for line in lines if line)
