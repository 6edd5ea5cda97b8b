"""Registry, PO / expected builders and small formatting helpers."""
import datetime as dt
import hashlib
from decimal import Decimal

REG = []  # (slug, "kind/locale", hard, builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# buyers per industry (we are the buyer)
BUYERS = {
    "bell": ("Harriet Cole", "harriet.cole@whitcombe-bells.example", "Whitcombe Bell Foundry Ltd", "+0000"),
    "seat": ("Jonas Weller", "j.weller@aerocabin-interiors.example", "AeroCabin Interiors GmbH", "+0100"),
    "brine": ("Lotte Verbeek", "inkoop@pekelhuis-foods.example", "Pekelhuis Foods B.V.", "+0100"),
    "tennis": ("Paul Okafor", "paul.okafor@courtline-sports.example", "Courtline Sports Ltd", "+0000"),
    "mri": ("Dr. Ines Hartmann", "ines.hartmann@medimag-systems.example", "MediMag Systems AG", "+0100"),
    "maple": ("Claire Dubois", "achats@erabliere-nordique.example", "Érablière Nordique inc.", "-0500"),
    "anchor": ("Erik Lindqvist", "erik.lindqvist@nordhavn-marine.example", "Nordhavn Marine AB", "+0100"),
    "wedding": ("Sophie Marsh", "sophie@bloomandbow-events.example", "Bloom & Bow Events Ltd", "+0000"),
    "cathode": ("Karel Novak", "k.novak@elektrolyza-kovy.example", "Elektrolyza Kovy s.r.o.", "+0100"),
    "kiln": ("Martha Greene", "orders@greene-ceramics.example", "Greene Ceramics Studio Supply", "-0500"),
    "puzzle": ("Felix Braun", "einkauf@braun-spielwaren.example", "Braun Spielwaren GmbH", "+0100"),
    "lamp": ("Anna Kowalczyk", "a.kowalczyk@lampa-heritage.example", "Lampa Heritage Sp. z o.o.", "+0100"),
    "gym": ("Tom Fischer", "t.fischer@turnsport-ausstattung.example", "Turnsport Ausstattung GmbH", "+0100"),
    "seed": ("Ruth Bakker", "ruth.bakker@greenhouse-supply.example", "Greenhouse Supply Europe B.V.", "+0100"),
    "cuff": ("Oliver Grant", "oliver.grant@grant-haberdashery.example", "Grant Haberdashery Ltd", "+0000"),
    "tunnel": ("Stefan Maurer", "s.maurer@tunnelbau-technik.example", "Tunnelbau Technik AG", "+0100"),
    "polo": ("Luca Ferri", "luca.ferri@aquasport-club.example", "AquaSport Club Supplies S.r.l.", "+0100"),
    "perfume": ("Camille Roux", "camille.roux@maison-senteurs.example", "Maison Senteurs SAS", "+0100"),
    "fleece": ("Megan Hale", "megan.hale@cosyhome-retail.example", "CosyHome Retail Ltd", "+0000"),
    "zinc": ("Nils Andersen", "nils.andersen@havcorr-protect.example", "HavCorr Protect ApS", "+0100"),
}


def buyer(ind):
    n, e, c, tz = BUYERS[ind]
    return {"name": n, "email": e}


def buyer_company(ind):
    return BUYERS[ind][2]


def buyer_tz(ind):
    return BUYERS[ind][3]


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def mkpo(num, supplier, ind, cur, lines, issued="2026-11-03", rid=True, rev=1):
    buyer_email = BUYERS[ind][1]
    dom = buyer_email.split("@")[1]
    po = {
        "po_number": num,
        "supplier": supplier,
        "buyer": buyer(ind),
        "currency": cur,
        "issued": issued,
    }
    if rid:
        po["request_message_id"] = f"<po-{num}.{rev}@{dom}>"
    po["lines"] = [
        {"line": i + 1, "item": it, "description": de, "quantity": q, "uom": u,
         "unit_price": p, "requested_date": d}
        for i, (it, de, q, u, p, d) in enumerate(lines)
    ]
    po["_ind"] = ind  # stripped before writing
    return po


def clean_po(po):
    return {k: v for k, v in po.items() if not k.startswith("_")}


# ---------------------------------------------------------------- expected

def conf(po, *labels):
    """labels: 'A' accepted, 'U' unconfirmed, 'R' rejected,
    ('C', qty|None, price|None, date|None[, [(q, d), ...]]) changed."""
    assert len(labels) == len(po["lines"]), (po["po_number"], len(labels))
    out = {}
    for ln, lab in zip(po["lines"], labels):
        if lab == "A":
            out[str(ln["line"])] = {"status": "accepted", "quantity": ln["quantity"],
                                    "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif lab == "U":
            out[str(ln["line"])] = {"status": "unconfirmed"}
        elif lab == "R":
            out[str(ln["line"])] = {"status": "rejected"}
        else:
            q, p, d = lab[1], lab[2], lab[3]
            q = ln["quantity"] if q is None else q
            p = ln["unit_price"] if p is None else p
            d = ln["requested_date"] if d is None else d
            e = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
            if len(lab) > 4 and lab[4]:
                e["schedule"] = [{"quantity": a, "date": b} for a, b in lab[4]]
                assert sum(a for a, _ in lab[4]) == q, (po["po_number"], ln["line"])
                assert max(b for _, b in lab[4]) == d
            assert (q, Decimal(p), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]) \
                or "schedule" in e, (po["po_number"], ln["line"])
            out[str(ln["line"])] = e
    return {"po_number": po["po_number"], "lines": out}


def expected(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = list(confs)
    else:
        assert not confs
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- helpers

def D(s):
    return dt.date.fromisoformat(s)


def kw_friday(week, year=2026):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def seed_hex(*parts, n=24):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


COMMA_DEC = {"de", "fr", "it", "es", "pt", "nl", "pl", "cs", "sk", "hu", "ro", "bg", "hr", "sl", "sr",
             "el", "tr", "sv", "da", "nb", "fi", "et", "lv", "lt", "uk", "ru", "id", "vi", "af", "sw"}


def num(x, locale, dec=2, group=True):
    """Format a number the way the locale writes it."""
    x = Decimal(str(x))
    s = f"{x:,.{dec}f}" if group else f"{x:.{dec}f}"
    lang = locale.split("-")[0]
    if locale in ("de-CH", "it-CH", "fr-CH"):
        return s.replace(",", "'")
    if lang in ("fr", "sv", "nb", "fi", "cs", "sk", "pl", "uk", "ru", "bg", "et", "lv", "lt", "hu", "af") \
            or locale == "pt-PT":
        return s.replace(",", "\u00a0" if lang == "fr" else " ").replace(".", ",")
    if lang in COMMA_DEC:
        return s.replace(",", "#").replace(".", ",").replace("#", ".")
    return s
