"""A question's texts in their GIFT format, as safe HTML for a label and as plain words for a button."""

from __future__ import annotations

import pytest

from kiosk.core.quiz.text import formatted_to_html, formatted_to_text, has_tags, unsupported_tags


def test_html_keeps_simple_formatting_without_attributes_and_drops_the_rest():
    assert formatted_to_html("a <b>bold</b> <img src=http://x/y.png> <script>alert(1)</script>", "html") == "a <b>bold</b>  "
    assert formatted_to_html('<b onclick="x">b</b>', "html") == "<b>b</b>"
    assert formatted_to_html('<a href="http://x">a link</a> &amp; <p class="c">para</p>', "html") == (
        "a link &amp; <p>para</p>"
    )
    assert formatted_to_html("x <!-- a note --> y <style>p {}</style>z", "html") == "x  y z"


def test_markdown_follows_the_lesson_rules_then_the_safe_subset():
    assert formatted_to_html("**strong** <i>raw</i>", "markdown") == "<p><strong>strong</strong> &lt;i&gt;raw&lt;/i&gt;</p>\n"
    # A link or an image would be loaded or followed by a label: only its words stay.
    assert formatted_to_html("[the map](http://x/map) ![a lake](lake.png)", "markdown") == "<p>the map </p>\n"


def test_moodle_auto_format_reads_html_and_keeps_line_breaks():
    assert formatted_to_html("1 < 2\nnext", "moodle") == "1 &lt; 2<br>next"
    assert formatted_to_html("Is <b>x</b> < y?\n<p>one</p>\n<p>two</p>", "moodle") == (
        "Is <b>x</b> &lt; y?<br><p>one</p><p>two</p>"
    )
    assert formatted_to_html("<script>alert(1)</script>ok", "moodle") == "ok"


def test_plain_text_shows_every_character():
    assert formatted_to_html("<b>not bold</b>\nnext", "plain") == "&lt;b&gt;not bold&lt;/b&gt;<br>next"


@pytest.mark.parametrize(
    "text,fmt,words",
    [
        ("<b>red</b> &amp; <i>blue</i>", "html", "red & blue"),
        ("<p>one</p><p>two</p>", "html", "one\ntwo"),
        ("**red** and *blue*", "markdown", "red and blue"),
        ("line one\nline <i>two</i>", "moodle", "line one\nline two"),
        ("<b>as written</b>", "plain", "<b>as written</b>"),
        ("tea <script>x()</script>time", "html", "tea time"),
    ],
)
def test_plain_words_for_a_button_never_show_markup(text, fmt, words):
    assert formatted_to_text(text, fmt) == words


def test_the_tags_the_screens_drop_are_named():
    assert unsupported_tags('<div class="a"><b>x</b><img src=a><a href=b>l</a><table><img></div>') == ["img", "a", "table"]
    assert unsupported_tags("2 < 3 and a<b") == []
    assert has_tags("a <i>b</i>") and not has_tags("3 < 4, x<y")


@pytest.mark.parametrize(
    ("authored", "shown"),
    [
        ("No. The wheel moves the page.", "The wheel moves the page."),
        ("Not quite. A right-click opens a menu.", "A right-click opens a menu."),
        ("Right! Two clicks.", "Two clicks."),
        ("**Yes**, yellow.", "Yellow."),
        ("<p>Correct. It works.</p>", "<p>It works.</p>"),
        ("Non. Un clic choisit.", "Un clic choisit."),
        ("لا. هذه عملية احتيال.", "هذه عملية احتيال."),
        ("Not true. A light touch is enough.", "Not true. A light touch is enough."),  # says which, not only wrong
        ("Notes are good.", "Notes are good."),
        ("No.", "No."),  # nothing would be left
    ],
)
def test_an_authors_verdict_word_is_not_said_twice(authored, shown):
    """The screen says "✘ Not quite." itself (issue #16, item 5)."""
    from kiosk.core.quiz.text import without_verdict

    assert without_verdict(authored) == shown
