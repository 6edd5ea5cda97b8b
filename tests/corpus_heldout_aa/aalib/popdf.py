"""Our own purchase-order PDF (as the buyer's ERP prints it), optionally with supplier markings."""
from __future__ import annotations

from . import pdf
from .model import BUYER_ORG


def po_pdf(p, notes: dict | None = None, stamp: list[str] | None = None, signature: list[tuple] | None = None,
           compress: bool = False) -> bytes:
    cur = p["currency"]
    ops = [
        ("tb", 40, 800, 15, BUYER_ORG),
        ("t", 40, 786, 8, "Industrieweg 12 - 5928 LB Venlo - The Netherlands - VAT NL 8523.61.447.B01"),
        ("tb", 40, 750, 14, f"PURCHASE ORDER {p['po_number']}"),
        ("t", 40, 734, 9, f"Order date: {p['issued']}"),
        ("t", 40, 722, 9, f"Buyer: {p['buyer']['name']}  ({p['buyer']['email']})"),
        ("t", 330, 750, 9, "Supplier:"),
        ("t", 330, 738, 9, p["supplier"]["name"]),
        ("t", 330, 726, 9, p["supplier"]["email"]),
        ("t", 40, 700, 9, "Deliver to: Kestrel Procurement Services B.V., Dock 4, Industrieweg 12, 5928 LB Venlo"),
        ("t", 40, 688, 9, "Incoterms 2020: DAP Venlo. Payment: 30 days net. Please confirm within 3 working days."),
        ("line", 40, 676, 555, 676),
    ]
    cols = [0, 28, 120, 330, 370, 400, 460]
    head = ["Pos", "Item", "Description", "Qty", "UoM", f"Price {cur}", "Need by"]
    ops += pdf.table(40, 664, cols, [head], size=8)
    y = 646
    for l in p["lines"]:
        d1, d2 = l["description"], ""
        if len(d1) > 40:
            cut = d1.rfind(" ", 0, 40)
            d1, d2 = d1[:cut], d1[cut + 1:]
        row = [str(l["line"]), l["item"], d1, str(l["quantity"]), l["uom"], l["unit_price"], l["requested_date"]]
        ops += pdf.table(40, y, cols, [row], size=8, bold_first=False)
        if d2:
            ops.append(("t", 160, y - 10, 8, d2))
        if notes and l["line"] in notes:
            ops.append(("tci", 40 + 28, y - 12 - (10 if d2 else 0), 9, ">> " + notes[l["line"]]))
        y -= 34
    ops.append(("line", 40, y + 10, 555, y + 10))
    total = sum(float(l["unit_price"]) * l["quantity"] for l in p["lines"])
    ops.append(("t", 400, y - 4, 9, f"Total {cur} {total:,.2f}"))
    ops.append(("t", 40, y - 40, 8, "Our general terms of purchase (rev. 2024-03) apply. Please quote our PO number"
                                   " on all documents."))
    if stamp:
        yy = y - 110
        ops.append(("crect", 330, yy - 8, 220, 14 * len(stamp) + 14, (0.1, 0.2, 0.7)))
        for i, s in enumerate(stamp):
            ops.append(("rot", 340, yy + 14 * (len(stamp) - 1) - 14 * i, 9, 0, s, (0.1, 0.2, 0.7), "F2"))
    if signature:
        ops += signature
    return pdf.build([ops], compress=compress, title=f"PO {p['po_number']}",
                     producer="Kestrel ERP 11.4 / PDFlib", creation="D:20261102091200+01'00'")
