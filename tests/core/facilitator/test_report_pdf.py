"""The report PDF's column headers fit their columns, in the app's language, and never run into each other
(issue #16, item 20)."""

from __future__ import annotations

from kiosk.core.facilitator.report import PDF_COLUMNS_MM, PDF_HEADERS, export_pdf_steps, header_lines
from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.steps import run_to_end
from tests.facilitator_packs import take_quiz

FRENCH = {
    "Learner": "Apprenant",
    "Pack": "Module",
    "Progress": "Progression",
    "Skills mastered": "Compétences maîtrisées",
    "Answers (%1 days)": "Réponses (%1 derniers jours)",
    "Last activity": "Dernière activité",
    "Stuck?": "Bloqué ?",
}


def test_each_header_is_broken_into_lines_that_fit_its_column():
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kiosk.core.credentials.pdf import FONT_BOLD, register_fonts

    register_fonts()
    rooms = [w * mm - 2 * mm for w in PDF_COLUMNS_MM]
    labels = [FRENCH[h].replace("%1", "14") for h in PDF_HEADERS]
    for lines, room, label in zip(header_lines(labels, rooms, font=FONT_BOLD), rooms, labels):
        assert " ".join(lines) == label  # broken, not cut
        assert all(stringWidth(line, FONT_BOLD, 9) <= room for line in lines)
    assert header_lines(["Bloqué ?"], [rooms[-1]], font=FONT_BOLD) == [["Bloqué ?"]]


def test_the_headers_of_the_pdf_stay_in_their_columns(facilitated_pack, tmp_path):
    import pypdfium2
    from reportlab.lib.units import mm

    take_quiz(log_in(create_learner("Aïssata Ouédraogo").id))
    path = run_to_end(export_pdf_steps(tmp_path / "report.pdf", title="Rapport", translate=lambda t: FRENCH.get(t, t)))
    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[0].get_textpage()
        text = page.get_text_range()
        left = 12 * mm
        edges = [left]
        for width in PDF_COLUMNS_MM:
            edges.append(edges[-1] + width * mm)
        for column, header in enumerate(PDF_HEADERS):
            for word in FRENCH[header].replace("%1", "14").split():
                at = text.index(word)
                boxes = [page.get_charbox(i) for i in range(at, at + len(word))]
                start, end = min(b[0] for b in boxes), max(b[2] for b in boxes)
                assert edges[column] - 1 <= start and end <= edges[column + 1] - 1, (word, column)
        assert "Bloqué : au moins" not in text  # the note came through translate too (here: untranslated)
    finally:
        document.close()
