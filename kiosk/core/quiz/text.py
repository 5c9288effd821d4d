"""Question and lesson text as safe HTML for the screens (no Qt here).

Markdown is CommonMark with raw HTML turned off, so HTML in a lesson is shown
as text. A question in ``[html]`` format keeps only simple formatting tags,
without attributes; everything else is escaped or dropped. A question in
``[markdown]`` keeps the same tags only: its pictures and links would load or
open from a label, which shows no more than formatting.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from html.parser import HTMLParser

from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
SAFE_TAGS = {"b", "strong", "i", "em", "u", "sub", "sup", "br", "p", "ul", "ol", "li", "code", "pre", "blockquote"}
_VOID = {"br"}
_DROP_CONTENT = {"script", "style", "iframe", "object", "embed", "template"}


def markdown_to_html(text: str) -> str:
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


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROP_CONTENT:
            self.dropping += 1
        elif tag in SAFE_TAGS and not self.dropping:
            self.out.append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
        elif tag in SAFE_TAGS and tag not in _VOID and not self.dropping:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(html.escape(data))


def sanitise_html(text: str) -> str:
    """Keep simple formatting tags (no attributes); escape text; drop scripts, styles, images, links."""
    parser = _Sanitiser()
    parser.feed(text)
    parser.close()
    return "".join(parser.out)


def plain_to_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def formatted_to_html(text: str, fmt: str) -> str:
    """A question's text (stem, feedback) in its GIFT format, as safe HTML."""
    if fmt == "markdown":
        return sanitise_html(markdown_to_html(text))
    if fmt == "html":
        return sanitise_html(text)
    return plain_to_html(text)
