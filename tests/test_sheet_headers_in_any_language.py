"""A spreadsheet's or CSV's header is read in the field words of every lexicon language
("Eil. | Prekės kodas | Kiekis | Kaina EUR | Pristatymo data"): a Lithuanian CSV
acknowledgment went unread (held-out BH 043). A header whose column of counts no word names
("linha | codigo | qtd_confirmada | preco_unit | data_entrega") stays unread: its counts
would otherwise be taken as the PO's."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

CSV_LT = (
    "Eil.;Prekės kodas;Pavadinimas;Kiekis;Mato vnt.;Kaina EUR;Pristatymo data\n"
    "1;CAST-7781;Pavarų dėžės korpusas;40;vnt.;312,50;2026-12-15\n"
    "2;CAST-7782;Dangtis;100;vnt.;12,10;2026-12-15\n"
    "3;CAST-7790;Atrama;60;vnt.;8,40;2027-01-13\n"
)
CSV_UNNAMED_COUNTS = (
    "linha;codigo;qtd_confirmada;preco_unit;data_entrega\n"
    "1;CAST-7781;40;312,50;15/12/2026\n"
    "2;CAST-7782;80;12,10;15/12/2026\n"
    "3;CAST-7790;60;8,40;15/12/2026\n"
)


def test_a_lithuanian_csv_acknowledgment_is_read() -> None:
    res = read(
        "Laba diena,\n\npridedame užsakymo 4500012345 patvirtinimą (CSV).\n\nPagarbiai\nTomas",
        [make_po(locale="lt-LT")],
        attachments=(("patvirtinimas.csv", "text/csv", CSV_LT.encode()),),
    )
    assert res.kind == "confirmation", res.review_reasons
    lines = lines_of(res)
    assert lines[3].date == date(2027, 1, 13) and lines[3].status == "changed"
    assert lines[1].status == "accepted"


def test_a_sheet_whose_counts_no_header_word_names_confirms_nothing() -> None:
    res = read(
        "Boa tarde,\n\nsegue em anexo a confirmação do pedido 4500012345 (CSV).\n\nAtt.\nFernanda",
        [make_po(locale="pt-BR")],
        attachments=(("confirmacao.csv", "text/csv", CSV_UNNAMED_COUNTS.encode()),),
    )
    assert res.kind == "needs_review"
