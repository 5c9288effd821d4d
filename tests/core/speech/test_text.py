"""Sentences keep their place in the text (for the highlight); signs are not read out."""

from kiosk.core.speech.text import sentences, speakable


def spans(text):
    return [(s.text, text[s.start : s.end]) for s in sentences(text)]


def test_english_sentences_with_their_places():
    text = "Click once to choose.  Double-click to open! Is it open? Yes."
    found = sentences(text)
    assert [s.text for s in found] == ["Click once to choose.", "Double-click to open!", "Is it open?", "Yes."]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_a_number_or_an_address_does_not_end_a_sentence():
    assert [s.text for s in sentences("It costs 3.50 today. Write to shop.example now.")] == [
        "It costs 3.50 today.",
        "Write to shop.example now.",
    ]


def test_french_quotes_stay_with_their_sentence():
    text = "Le bouton dit « OK. » Cliquez dessus."
    assert [s.text for s in sentences(text)] == ["Le bouton dit « OK. »", "Cliquez dessus."]


def test_arabic_question_mark_and_line_breaks_end_sentences():
    text = "ما هي الفأرة؟ أداة صغيرة.\nنحركها باليد"
    assert [s.text for s in sentences(text)] == ["ما هي الفأرة؟", "أداة صغيرة.", "نحركها باليد"]
    assert all(t == shown for t, shown in spans(text))


def test_paragraph_separators_of_a_rich_text_end_sentences():
    assert [s.text for s in sentences("Title\u2029First line\u2029\ufffc\u2029Last")] == ["Title", "First line", "Last"]


def test_signs_are_not_spoken_and_lone_signs_are_no_sentence():
    assert speakable("✔ Right!  → Next") == "Right! Next"
    assert speakable("🔊 ⌂ •") == ""
    assert [s.text for s in sentences("• \n✔ Well done.")] == ["✔ Well done."]
