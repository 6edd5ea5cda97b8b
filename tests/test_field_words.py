"""The words that name the fields of a PO line (price, quantity, delivery date) are one
vocabulary: the lexicon's [price_words], [quantity_words] and [date_words] of every
language, read by the extraction (phrases) and by the confirmation guards alike. Every
phrasing is written for these tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from agent.reading import guards as G
from agent.reading import lexicon as L
from agent.reading import phrases as P
from tests.test_extract import make_po, read

ROOT = Path(__file__).resolve().parents[1]
ONE_LINE = [("CAST-7781", "Gearbox housing, ductile iron", 40, "EA", "312.50", "2026-12-15")]


def test_a_word_added_only_to_a_table_is_read_by_every_user(tmp_path: Path) -> None:
    # a fresh interpreter reads a copy of the language files with one made-up word per table
    lang = tmp_path / "lang"
    lang.mkdir()
    for path in L.LANG_DIR.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        if path.stem == "en":
            for table, word in (
                ("price_words", "zzprice"),
                ("quantity_words", "zzqty"),
                ("date_words", "zzdate"),
            ):
                text = text.replace(
                    f"[{table}]\npatterns = [", f'[{table}]\npatterns = ["{word}", '
                )
        (lang / path.name).write_text(text, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from agent.reading import lexicon as L
        L.LANG_DIR = Path({str(lang)!r})
        from agent.reading import guards as G, phrases as P
        assert P.PRICE_WORDS.search("the zzprice") and P.QTY_WORDS.search("the zzqty")
        assert P.DATE_WORDS.search("the zzdate")
        for word, kind in (("zzprice", "price"), ("zzqty", "quantity"), ("zzdate", "date")):
            assert G._fields_in("the " + word) == {{kind}}, word
            assert G.FIELD_WORDS.search("the " + word), word
        print("read")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0 and "read" in out.stdout, out.stderr[-2000:]


def test_the_code_names_are_the_tables() -> None:
    assert P.PRICE_WORDS.pattern == L.pattern_unmarked("price_words", "about").pattern
    assert P.QTY_WORDS.pattern == L.pattern_unmarked("quantity_words", "about").pattern
    assert P.DATE_WORDS.pattern == L.pattern_unmarked("date_words", "about").pattern
    assert G._FIELD_KINDS["quantity"].pattern == L.pattern("quantity_words").pattern
    assert G._FIELD_KINDS["date"].pattern == L.pattern("date_words").pattern


@pytest.mark.parametrize(
    ("rx", "text"),
    [
        ("PRICE_WORDS", "Prijzen conform uw order."),  # Dutch, missing before
        ("PRICE_WORDS", "US$ 12.50 per piece"),  # a sign written onto a code still counts
        ("PRICE_WORDS", "12,50€ netto"),
        ("QTY_WORDS", "Hoeveelheden conform order."),  # Dutch
        ("QTY_WORDS", "Ilość zgodnie z zamówieniem."),  # Polish
        ("QTY_WORDS", "Quantidades conforme encomenda."),  # Portuguese
        ("DATE_WORDS", "Leverdatum conform order."),  # Dutch
        ("DATE_WORDS", "Dostawa zgodnie z zamówieniem."),  # Polish
        ("DATE_WORDS", "Leveransdatum enligt beställning."),  # Swedish
        ("DATE_WORDS", "交货日期不变"),  # Chinese, no word boundaries
    ],
)
def test_words_missing_before_are_field_words(rx: str, text: str) -> None:
    assert getattr(P, rx).search(text), text


@pytest.mark.parametrize(
    ("rx", "text"),
    [
        ("PRICE_WORDS", "Pretty sure this is fine."),  # no Romanian "preț"
        ("PRICE_WORDS", "Pristatymas 2026-12-15."),  # Lithuanian delivery, no Danish "pris"
        ("QTY_WORDS", "Kami mengesahkan pesanan."),  # Malay "confirm", no German "Menge"
        ("DATE_WORDS", "Goods-in at terminal 2."),  # no German "Termin"
    ],
)
def test_a_word_of_another_language_is_no_field_word(rx: str, text: str) -> None:
    assert not getattr(P, rx).search(text), text


def test_a_terminal_is_no_date() -> None:
    assert "date" not in G._fields_in("Goods-in at terminal 2.")


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        ("nl-NL", "Prijzen conform uw order."),  # Dutch price
        ("pl-PL", "Ilość zgodnie z zamówieniem."),  # Polish quantity
        ("nl-NL", "Hoeveelheden conform uw order."),  # Dutch quantity
        ("sv-SE", "Mängder enligt beställning."),  # Swedish quantity
        ("nb-NO", "Antall i henhold til bestilling."),  # Norwegian quantity
        ("hr-HR", "Cijene ok."),  # Croatian price
        ("et-EE", "Hinnad ok."),  # Estonian price
        ("id-ID", "Harga sesuai pesanan."),  # Indonesian price
        ("lt-LT", "Kainos ok."),  # Lithuanian price
    ],
)
def test_a_confirmation_of_one_field_leaves_the_others_open(locale: str, body: str) -> None:
    res = read(f"Hello,\n\n{body}\n\nRegards", [make_po(locale=locale, lines=ONE_LINE)])
    assert res.kind == "needs_review"
    assert any("partial" in r for r in res.review_reasons), res.review_reasons
