"""Lessons of the known failures mended this stop and of held-out batches DW and DX: each test
is a general capability a wrong answer showed missing, written in its own words (not the
batch's text)."""

from __future__ import annotations

import io

from tests.test_extract import lines_of, make_po, read

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# DV 055 (wrong): a Chilean ERP's sheet headed "Cant. solicitada | Cant. confirmada": the
# abbreviated Spanish "Cant." was no quantity column, so the confirmed 24 of 25 went unread.
def test_an_abbreviated_quantity_header_reads_the_confirmed_count_column() -> None:
    sheet = _xlsx(
        [
            ["Pos", "Código", "Descripción", "Cant. pedida", "Cant. confirm.", "Precio", "Fecha"],
            [1, "CAST-7781", "Carcasa", 40, 40, 312.5, "15-12-2026"],
            [2, "CAST-7782", "Tapa", 100, 96, 12.1, "15-12-2026"],
            [3, "CAST-7790", "Juntas", 60, 60, 8.4, "15-12-2026"],
        ]
    )
    res = read(
        "Estimada Dana: adjunto la confirmación de su orden 4500012345. Saludos, Rocío",
        [make_po(locale="es-CL")],
        attachments=(("oc.xlsx", _XLSX, sheet),),
    )
    got = lines_of(res)
    assert (got[2].status, got[2].quantity) == ("changed", 96), res.review_reasons
    assert (got[1].quantity, got[3].quantity) == (40, 60)


def test_a_portuguese_abbreviated_quantity_header_is_a_quantity_column() -> None:
    from agent.reading.extract import _classify_header

    cols = _classify_header(
        ["Item", "Qtd. pedida", "Qtde. confirmada", "Preço", "Entrega"], sheet=True
    )
    assert cols is not None and cols[1] == "qty_po" and cols[2] == "qty_conf"
