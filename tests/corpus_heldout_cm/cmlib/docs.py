"""Document layouts (our PO as PDF)."""
from decimal import Decimal

from .common import BUYER_CO, WAREHOUSE
from .pdf import Page, table


def po_page(po):
    p = Page()
    p.text(40, 800, BUYER_CO.upper(), 15, "F2")
    p.text(40, 786, "Waalhaven Z.z. 48 - 3089 JH Rotterdam - The Netherlands", 8)
    p.text(40, 775, "VAT NL859000000B01 - purchasing@larkspur-trading.example", 8)
    p.text(380, 800, "PURCHASE ORDER", 15, "F2")
    p.text(380, 784, f"PO No.: {po['po_number']}", 10, "F2")
    p.text(380, 771, f"Date: {po['issued']}", 9)
    p.text(380, 759, f"Buyer: {po['buyer']['name']}", 9)
    p.text(380, 747, f"Currency: {po['currency']}", 9)
    p.text(40, 740, "Supplier:", 9, "F2")
    p.text(40, 728, po["supplier"]["name"], 9)
    p.text(40, 716, po["supplier"]["email"], 9)
    p.text(40, 696, f"Deliver to: {WAREHOUSE}", 8.5)
    cols = [("Line", 30, "l"), ("Item", 75, "l"), ("Description", 180, "l"), ("Qty", 40, "r"),
            ("UoM", 32, "l"), ("Unit price", 62, "r"), ("Net value", 62, "r"), ("Need by", 60, "l")]
    rows = []
    total = Decimal(0)
    for l in po["lines"]:
        v = Decimal(l["unit_price"]) * l["quantity"]
        total += v
        rows.append([str(l["line"]), l["item"], l["description"][:38], str(l["quantity"]), l["uom"],
                     f"{Decimal(l['unit_price']):,.2f}", f"{v:,.2f}", l["requested_date"]])
    y = table(p, 30, 670, cols, rows, leading=22)
    p.text(350, y - 6, f"Total net {po['currency']}: {total:,.2f}", 10, "F2")
    p.lines(40, y - 40, [
        "Terms: DAP Rotterdam (Incoterms 2020). Payment 60 days net.",
        "Please confirm quantity, unit price and delivery date for every line by return email.",
        "Our general terms of purchase apply (www.larkspur-trading.example/terms).",
    ], 8)
    p.text(40, 120, "Supplier's acknowledgment (stamp / signature):", 8.5, "F2")
    p.rect(40, 40, 250, 70, 0.4, (0.5, 0.5, 0.5))
    return p, [670 - 22 * (i + 1) for i in range(len(rows))], y
