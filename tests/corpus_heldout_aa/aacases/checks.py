"""Second, independent arithmetic check of the converted prices and dates used in the labels."""
import datetime as dt
from decimal import Decimal as Dd

CONVERSIONS = [  # (case, supplier price, per n units, label in PO unit)
    (3, "9.20", 100, "0.092"), (3, "4.20", 100, "0.042"), (4, "112.00", 1000, "0.112"), (4, "36.10", 1000, "0.0361"),
    (4, "129.00", 1000, "0.129"), (18, "6.20", 100, "0.062"), (18, "41.00", 100, "0.41"), (42, "3.80", 100, "0.038"),
    (42, "7.50", 100, "0.075"), (43, "31.50", 500, "0.063"), (43, "20.50", 500, "0.041"), (43, "29.40", 600, "0.049"),
    (48, "1190.00", 200, "5.95"), (48, "1280.00", 200, "6.40"), (52, "46.25", 25, "1.85"), (52, "10.50", 25, "0.42"),
    (59, "2.10", 100, "0.021"), (59, "12.40", 100, "0.124"), (59, "6.40", 100, "0.064"), (65, "1465.00", 1000, "1.465"),
    (65, "1180.00", 1000, "1.18"), (71, "28.50", 1000, "0.0285"), (71, "27.90", 1000, "0.0279"),
    (72, "98.50", 1000, "0.0985"), (72, "34.20", 1000, "0.0342"), (74, "5.80", 100, "0.058"), (74, "15.20", 100, "0.152"),
    (74, "21.00", 100, "0.21"), (77, "34.00", 1000, "0.034"), (77, "31.50", 1000, "0.0315"),
]
for c, price, n, label in CONVERSIONS:
    assert Dd(price) / n == Dd(label), (c, price, n, label)
# per-unit price quoted, PO priced per case
for c, unit, n, label in [(69, "0.0215", 1000, "21.50"), (69, "0.0495", 1000, "49.50"), (69, "0.0099", 2000, "19.80")]:
    assert Dd(unit) * n == Dd(label), (c, unit, n, label)
# percentage
for c, po_price, pct, label in [(11, "2.50", 4, "2.60"), (11, "4.75", 4, "4.94"), (11, "12.00", 4, "12.48")]:
    assert Dd(po_price) * (100 + pct) / 100 == Dd(label), (c, po_price, pct, label)
# calendar facts
assert dt.date.fromisocalendar(2026, 53, 5) == dt.date(2027, 1, 1)
assert dt.date.fromisocalendar(2026, 53, 2) == dt.date(2026, 12, 29)
for w, d in [(49, "2026-12-04"), (50, "2026-12-11"), (51, "2026-12-18")]:
    assert dt.date.fromisocalendar(2026, w, 5).isoformat() == d
for w, d in [(2, "2027-01-15"), (3, "2027-01-22")]:
    assert dt.date.fromisocalendar(2027, w, 5).isoformat() == d
