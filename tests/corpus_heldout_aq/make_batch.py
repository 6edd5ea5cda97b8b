#!/usr/bin/env python3
"""Held-out batch AQ: supplier replies to purchase orders.

Deterministic: fixed boundaries, Message-IDs, zip timestamps. Standard library only.
Writes cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md.
Run:  python3 make_batch.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from aqlib import mime as M  # noqa: E402
from aqlib import pdf as P  # noqa: E402
from aqlib import xlsx as X  # noqa: E402
from aqlib.util import (A, C, REJ, UNC, PO, L, BUYER_CO, BUYER_DOMAIN, conf, expected, kw, wd,  # noqa: E402
                        next_on_or_after, per, pct, req_text, req_html_table, outlook_sent, gmail_on,
                        supplier, fmt_date, req_table, sent_local)

CASES = []


def case(slug, kind_locale, hard):
    def deco(fn):
        CASES.append((slug, kind_locale, hard, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# small composition helpers
# --------------------------------------------------------------------------

def buyer_addr(po):
    return M.addr(po["buyer"]["name"], po["buyer"]["email"])


def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def top_headers(frm, to, subject, date, msgid, irt=None, refs=None, cc=None, extra=(), charset="utf-8"):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", M.hdr(subject, charset)), ("Date", date), ("Message-ID", msgid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs or irt:
        hs.append(("References", refs or irt))
    hs += list(extra)
    return hs


OUTLOOK_X = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtXq0Jm3kLr9vYpQ6aF1c2b8e7d4A==")]


def outlook_reply(po, frm_name, frm_email, date, msgid, body, sig="", subject=None, sent=(2026, 11, 2, 9, 0),
                  charset="utf-8", cte="quoted-printable", labels=("From", "Sent", "To", "Cc", "Subject"),
                  re_prefix="RE: ", attachments=(), boundary="b1", lang="EN-US", quoted=None, to=None, cc=None,
                  extra=(), body_html=None, date_style="de", content_language="en-US", sent_lang="en", sig_html=None):
    """Top-posted Outlook reply (text/plain + text/html), original request quoted below."""
    subj_orig = req_subject(po)
    subject = subject or f"{re_prefix}{subj_orig}"
    sent_s = sent_local(sent_lang, *sent)
    quoted = quoted if quoted is not None else req_text(po, date_style)
    qh_t = M.outlook_quote_header_text(f"{po['buyer']['name']} <{po['buyer']['email']}>", sent_s,
                                       f"{frm_name} <{po['supplier']['email']}>", subj_orig, labels=labels)
    plain = body.rstrip("\n") + "\n\n" + (sig.rstrip("\n") + "\n\n" if sig else "") + qh_t + "\n" + quoted
    qh_h = M.outlook_quote_header_html(f"{po['buyer']['name']} <{po['buyer']['email']}>", sent_s,
                                       f"{frm_name} <{po['supplier']['email']}>", subj_orig, labels=labels)
    bh = body_html if body_html is not None else M.html_paras(body, "MsoNormal")
    if sig:
        bh += "\n" + (sig_html if sig_html is not None else M.html_paras(sig, "MsoNormal"))
    qhtml = qh_h + '<p class="MsoNormal">' + M.esc(quoted).replace("\n", "<br>\n") + "</p>"
    html = M.outlook_html(bh, qhtml, lang)
    alt = M.multipart("alternative", f"----=_alt_{boundary}", [
        M.text(plain, "plain", charset, cte), M.text(html, "html", charset, cte)])
    if attachments:
        root = M.multipart("mixed", f"----=_mix_{boundary}", [alt] + list(attachments))
    else:
        root = alt
    hs = top_headers(M.addr(frm_name, frm_email, charset), to or buyer_addr(po), subject, date, msgid,
                     irt=po.get("request_message_id"), cc=cc, charset=charset,
                     extra=[("Thread-Topic", M.hdr(subj_orig))] + OUTLOOK_X + [("Content-Language", content_language)] + list(extra))
    return M.message(hs, root)


def gmail_reply(po, frm_name, frm_email, date, msgid, body, sent=(2026, 11, 2, 9, 0), subject=None,
                charset="utf-8", cte="quoted-printable", boundary="g1", on_line=None, attachments=(),
                quoted=None, html=True, extra=(), to=None, date_style="de"):
    subj_orig = req_subject(po)
    subject = subject or f"Re: {subj_orig}"
    quoted = quoted if quoted is not None else req_text(po, date_style)
    on = on_line or gmail_on(*sent, f"{po['buyer']['name']} <{po['buyer']['email']}>")
    plain = body.rstrip("\n") + "\n\n" + on + "\n\n" + M.quote_gt(quoted)
    parts = [M.text(plain, "plain", charset, cte)]
    if html:
        h = ('<div dir="ltr">' + M.html_paras(body) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             + M.esc(on) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + M.esc(quoted).replace("\n", "<br>\n") + "</blockquote></div>\n")
        parts.append(M.text(h, "html", charset, cte))
        root = M.multipart("alternative", f"000000000000{boundary}a", parts)
    else:
        root = parts[0]
    if attachments:
        root = M.multipart("mixed", f"000000000000{boundary}m", [root] + list(attachments))
    hs = top_headers(M.addr(frm_name, frm_email, charset), to or buyer_addr(po), subject, date, msgid,
                     irt=po.get("request_message_id"), charset=charset, extra=extra)
    return M.message(hs, root)


def plain_reply(po, frm_name, frm_email, date, msgid, body, subject=None, charset="utf-8",
                cte="quoted-printable", extra=(), irt=True, to=None, cc=None, flowed=False):
    subject = subject or f"Re: {req_subject(po)}"
    root = M.text(body, "plain", charset, cte, flowed=flowed)
    hs = top_headers(M.addr(frm_name, frm_email, charset), to or buyer_addr(po), subject, date, msgid,
                     irt=po.get("request_message_id") if irt is True else (irt or None), cc=cc,
                     charset=charset, extra=extra)
    return M.message(hs, root)


def tb_attr(sent, who, lang="en"):
    """Thunderbird attribution line."""
    y, m, d, hh, mm = sent
    if lang == "fr":
        return f"Le {d:02d}/{m:02d}/{y} à {hh:02d}:{mm:02d}, {who} a écrit :"
    if lang == "de":
        return f"Am {d:02d}.{m:02d}.{y} um {hh:02d}:{mm:02d} schrieb {who}:"
    if lang == "pl":
        return f"W dniu {d:02d}.{m:02d}.{y} o {hh:02d}:{mm:02d}, {who} pisze:"
    return f"On {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}, {who} wrote:"


# ==========================================================================
# CASES
# ==========================================================================

BUYER_SIG = ""


@case("gse-spares-all-accepted-outlook", "confirmation/en-GB",
      "Plain Outlook full acceptance; item codes M12x1.25x80 and 3/8 BSP and a certificate 'w/c 30/11' must not be read as quantities or dates.")
def c001():
    sup = supplier("AEROLIFT", "Aerolift Ground Support Ltd", "orders@aerolift-gse.example", "en-GB")
    po = PO("4510203311", sup, "falk", "GBP", "2026-11-03", [
        L(1, "GSE-TB-4410", "Tow bar shear bolt M12x1.25x80, grade 10.9", 60, "EA", "7.85", "2026-12-11"),
        L(2, "GSE-GPU-0282", "GPU output cable 28V DC, 10 m, NATO plug", 4, "EA", "412.00", "2026-12-11"),
        L(3, "GSE-HYD-3/8", "Hydraulic hose assy 3/8 BSP, 1.5 m, 350 bar", 12, "EA", "58.40", "2026-12-11"),
    ])
    wd("2026-12-11", "Fri")
    body = ("Hi Miriam,\n\nThanks for the order. I can confirm PO 4510203311 in full - all three lines at the "
            "prices on your PO, delivered to Bremen on Friday 11th December.\n\n"
            "The 350 bar hose assemblies will come with their pressure test certificates (testing is booked "
            "for w/c 30/11, certs travel with the goods).")
    sig = ("Kind regards,\n\nGareth Pryce\nSales Administrator\nAerolift Ground Support Ltd | Unit 7, Hangar Road, "
           "Bristol BS11 9XF\nT +44 117 496 0321\n\nRegistered in England and Wales No. 04418822. This e-mail and any "
           "attachments are confidential.")
    eml = outlook_reply(po, "Gareth Pryce", "orders@aerolift-gse.example", M.rfcdate(2026, 11, 5, 10, 41, 7, "+0000"),
                        "<LO2P265MB0417A1C3E0F84F2D9B7C1E5AB12@LO2P265MB0417.GBRP265.PROD.OUTLOOK.COM>",
                        body, sig, sent=(2026, 11, 3, 14, 22), boundary="001", lang="EN-GB", content_language="en-GB")
    exp = expected("confirmation", "Full acceptance in prose ('Friday 11th December'); numbers inside item "
                   "descriptions and the certificate week are distractions.",
                   [conf(po, {1: A(po["lines"][0]), 2: A(po["lines"][1]), 3: A(po["lines"][2])})])
    return [po], eml, exp


@case("cheese-kg-price-and-delivery-day", "confirmation/fr-FR",
      "French Thunderbird reply in ISO-8859-15: Comté price per kg raised, truck leaves Monday but delivery is 'mardi 8 décembre' for all lines.")
def c002():
    sup = supplier("HCOMBES", "Fromagerie des Hautes Combes SAS", "commandes@hautes-combes.example", "fr-FR")
    po = PO("4510203356", sup, "dumont", "EUR", "2026-11-04", [
        L(1, "FR-CMT-18", "Comte AOP 18 mois, meule ~40 kg", 320, "KG", "14.80", "2026-12-04"),
        L(2, "FR-BRI-8P", "Brie de Meaux AOP, carton de 8 pointes", 30, "CT", "38.40", "2026-12-04"),
        L(3, "FR-MRB-6", "Morbier AOP, meule ~6 kg", 60, "KG", "11.90", "2026-12-04"),
    ])
    wd("2026-12-08", "Tue")
    wd("2026-12-07", "Mon")
    body = ("Bonjour Madame Dumont,\n\n"
            "Merci pour votre commande n° 4510203356.\n\n"
            "Suite à la hausse du prix du lait de la filière Comté au 1er novembre, nous devons passer le Comté "
            "18 mois à 15,20 € le kg (au lieu de 14,80 €). Les autres prix restent inchangés.\n\n"
            "Côté logistique, notre camion frigorifique pour l'Allemagne part le lundi : livraison chez vous le "
            "mardi 8 décembre pour l'ensemble de la commande (320 kg de Comté, soit 8 meules, 30 cartons de Brie "
            "et 60 kg de Morbier).\n\n"
            "Bien cordialement,\n\n-- \nSandrine Vuillemin\nService ADV - Fromagerie des Hautes Combes\n"
            "25650 Montbenoît - Tél. 03 81 38 12 47\n\n"
            + tb_attr((2026, 11, 4, 15, 10), "Claire Dumont", "fr") + "\n"
            + M.quote_gt(req_text(po, "de")))
    eml = plain_reply(po, "Sandrine Vuillemin", "commandes@hautes-combes.example",
                      M.rfcdate(2026, 11, 9, 8, 52, 31), "<5b1e7c0a-3d2f-4e61-9a8b-1f02c7d4e6a9@hautes-combes.example>",
                      body, subject="Re: Purchase order 4510203356 - please confirm", charset="iso-8859-15",
                      extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
                             ("Content-Language", "fr")])
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Price per kg raised on line 1 only; ship Monday vs delivery Tuesday 8 Dec "
                   "(delivery wins) for all lines; '8 meules' is not a quantity change.",
                   [conf(po, {1: C(l1, unit_price="15.20", date="2026-12-08"), 2: C(l2, date="2026-12-08"),
                              3: C(l3, date="2026-12-08")})])
    return [po], eml, exp


@case("ooo-hungarian-return-date", "auto_reply/hu-HU",
      "Hungarian out-of-office (ISO-8859-2) with a return date and a deputy; the return date is not a delivery date.")
def c003():
    sup = supplier("AQUAVEGY", "Aqua-Vegy Kft.", "rendeles@aquavegy.example", "hu-HU")
    po = PO("4510203390", sup, "ferri", "EUR", "2026-11-05", [
        L(1, "AV-KLT-200", "Chlorine tablets 200 g, bucket 25 kg", 40, "BKT", "79.00", "2026-12-10"),
        L(2, "AV-PHP-25", "pH plus granules, bucket 25 kg", 20, "BKT", "33.20", "2026-12-10"),
    ])
    wd("2026-11-23", "Mon")
    body = ("Tisztelt Feladó!\n\n"
            "Köszönöm levelét. Szabadságon vagyok, 2026. november 23-án, hétfőn térek vissza az irodába. "
            "Ez idő alatt e-mailjeimet nem olvasom, és azokat nem továbbítjuk.\n\n"
            "Sürgős rendelési ügyekben kérem, forduljon kollégámhoz, Kovács Edithez "
            "(kovacs.edit@aquavegy.example, +36 1 555 0142).\n\n"
            "Üdvözlettel:\nSzabó Gergely\nértékesítési vezető\nAqua-Vegy Kft. | 2040 Budaörs, Ipari park 12.\n\n"
            "---\nI am on leave and will be back on Monday, 23 November 2026. For urgent orders please contact "
            "kovacs.edit@aquavegy.example.\n")
    eml = plain_reply(po, "Szabó Gergely", "szabo.gergely@aquavegy.example", M.rfcdate(2026, 11, 12, 7, 3, 12),
                      "<autoreply.20261112070312.4411@aquavegy.example>", body,
                      subject="Automatikus válasz: Purchase order 4510203390 - please confirm", charset="iso-8859-2",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("Precedence", "auto_reply")])
    exp = expected("auto_reply", "Out-of-office in Hungarian; 'november 23-án' is the return date, nothing is confirmed.")
    return [po], eml, exp


@case("admixture-ibc-split-kw-discontinued", "confirmation/de-DE",
      "German Outlook: IBC line split 4 in KW 50 and 2 in KW 2/2027, one line discontinued, plant-closure weeks and EN 934-2 norm years as distractors.")
def c004():
    sup = supplier("BCRHEIN", "Bauchemie Rheinland GmbH", "auftrag@bauchemie-rheinland.example", "de-DE")
    po = PO("4510203402", sup, "berg", "EUR", "2026-11-05", [
        L(1, "BCR-FM-240", "Fliessmittel FM-240 (PCE), EN 934-2, IBC 1000 l", 6, "IBC", "1180.00", "2026-12-11"),
        L(2, "BCR-LP-12", "Luftporenbildner LP-12, Fass 200 kg", 10, "DR", "265.00", "2026-12-11"),
        L(3, "BCR-VZ-5", "Verzoegerer VZ-5, Fass 200 kg", 4, "DR", "238.00", "2026-12-11"),
    ])
    k50, k2 = kw(2026, 50), kw(2027, 2)
    assert (k50, k2) == ("2026-12-11", "2027-01-15")
    body = ("Sehr geehrter Herr Berg,\n\n"
            "vielen Dank für Ihre Bestellung 4510203402 vom 05.11.2026, die wir wie folgt bestätigen:\n\n"
            "Pos. 1 FM-240: kurzfristig können wir nur 4 IBC liefern, Liefertermin KW 50. Die restlichen 2 IBC "
            "folgen in KW 2/2027 aus der nächsten Produktionscharge.\n"
            "Pos. 2 LP-12: 10 Fass wie bestellt, Liefertermin ebenfalls KW 50.\n"
            "Pos. 3 VZ-5: Dieses Produkt wird seit Oktober nicht mehr hergestellt. Als Nachfolger empfehlen wir "
            "VZ-7 (EN 934-2:2009+A1:2012), ein Angebot schicken wir Ihnen gern separat. Pos. 3 müssen wir "
            "daher leider stornieren.\n\n"
            "Preise wie bestellt, frei Lager Bremen.\n\n"
            "Bitte beachten Sie: von KW 52 bis einschließlich KW 1 ist unser Werk geschlossen.")
    sig = ("Mit freundlichen Grüßen\n\ni. A. Kerstin Lohmann\nAuftragsabwicklung\n\nBauchemie Rheinland GmbH\n"
           "Industriestraße 18 | 41469 Neuss\nTel. +49 2137 9180-24\nAmtsgericht Neuss HRB 18822 | "
           "Geschäftsführer: Dr. Frank Weidemann")
    eml = outlook_reply(po, "Kerstin Lohmann", "k.lohmann@bauchemie-rheinland.example",
                        M.rfcdate(2026, 11, 11, 13, 27, 44), "<AM9PR07MB72114C0D2E1F34A5B6C7D8E9F0A1B2C3@AM9PR07MB7211.eurprd07.prod.outlook.com>",
                        body, sig, sent=(2026, 11, 5, 16, 5), labels=("Von", "Gesendet", "An", "Cc", "Betreff"),
                        re_prefix="AW: ", boundary="004", lang="DE", sent_lang="de", content_language="de-DE")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "KW 50 = Fri 2026-12-11, KW 2/2027 = Fri 2027-01-15; line 1 split 4+2; "
                   "line 3 discontinued; KW 52/KW 1 plant closure is not a date for any line.",
                   [conf(po, {1: C(l1, quantity=6, date=k2, schedule=[(4, k50), (2, k2)]), 2: A(l2), 3: REJ})])
    return [po], eml, exp


@case("guitar-strings-box-rounding-violin-backorder", "confirmation/en-US",
      "Gmail bullets: string sets rounded to boxes of 12, violin outfits backordered with a month-first date '1/15/2027' and an arrival '1/12' at the supplier.")
def c005():
    sup = supplier("HARMONB", "Harmon Brothers Music Supply", "orders@harmonbros-music.example", "en-US")
    po = PO("4510203415", sup, "nair", "USD", "2026-11-05", [
        L(1, "HB-STR-1046", "Electric guitar strings 10-46, nickel wound, set", 250, "SET", "4.85", "2026-12-04"),
        L(2, "HB-VN-44OUT", "Violin outfit 4/4, spruce/maple, with case and bow", 6, "EA", "289.00", "2026-12-04"),
        L(3, "HB-DS-5AH", "Drumsticks 5A hickory, pair", 120, "PR", "3.10", "2026-12-04"),
    ])
    body = ("Hi Priya,\n\nThanks for PO 4510203415. Here's where we are:\n\n"
            "- 10-46 sets: we only ship those in 12-set boxes, so I bumped you to 252 (21 boxes), same $4.85 a set. "
            "They'll be with you by 12/4.\n"
            "- 4/4 violin outfits: backordered at the workshop. Next batch lands in our warehouse 1/12 and we'd "
            "ship yours 1/15/2027.\n"
            "- 5A sticks: 120 pair, good to go, also delivered by 12/4.\n\n"
            "Let me know if the violins are a problem and I'll see what I can do.\n\n"
            "Best,\nDerek Lang\nInside Sales | Harmon Brothers Music Supply\n2200 Elm Hill Pike, Nashville, TN 37210\n"
            "(615) 555-0187")
    eml = gmail_reply(po, "Derek Lang", "derek@harmonbros-music.example", M.rfcdate(2026, 11, 10, 11, 5, 39, "-0600"),
                      "<CAH7xq2Lr8kT0pVw3N1bQ9sE4mZ6uY5fG2jD8aK1cR7oX3nW0vA@mail.gmail.com>", body,
                      sent=(2026, 11, 5, 17, 48), boundary="05a1f3c7e2b9", date_style="iso")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Month-first dates: 12/4 = 2026-12-04, ship 1/15/2027; '1/12' is the supplier's "
                   "inbound arrival, not ours. 250 rounded up to 252.",
                   [conf(po, {1: C(l1, quantity=252), 2: C(l2, date="2027-01-15"), 3: A(l3)})])
    return [po], eml, exp


@case("pool-chlorine-percent-surcharge", "confirmation/es-ES",
      "Spanish reply: 4% surcharge on one line only, while '56%' and '90%' chlorine grades and a UN number sit in the item text.")
def c006():
    sup = supplier("PISCIMAR", "Químicas Piscimar S.L.", "pedidos@piscimar.example", "es-ES")
    po = PO("4510203428", sup, "ferri", "EUR", "2026-11-06", [
        L(1, "PSM-CL56-25", "Cloro granulado dicloro 56%, cubo 25 kg", 80, "BKT", "62.00", "2026-12-14"),
        L(2, "PSM-PHM-25", "Minorador de pH granulado, cubo 25 kg", 40, "BKT", "31.50", "2026-12-14"),
        L(3, "PSM-TRI90-25", "Tricloro 90% pastillas 200 g, cubo 25 kg", 60, "BKT", "84.00", "2026-12-14"),
    ])
    wd("2026-12-14", "Mon")
    body = ("Buenos días Luca:\n\n"
            "Confirmamos su pedido 4510203428 con entrega el lunes 14/12/2026 en su almacén de Bremen.\n\n"
            "Solo una observación: por el incremento del coste del ácido cianúrico, el cloro granulado 56% "
            "(línea 1) lleva un recargo del 4% sobre el precio del pedido. Las líneas 2 y 3 se mantienen a los "
            "precios indicados.\n\n"
            "Le recordamos que la mercancía viaja como ADR (UN 2465, clase 5.1), el transportista necesita "
            "acceso con plataforma elevadora.\n\n"
            "Un saludo,\n\nMarta Ibáñez Soler\nDpto. Comercial Exportación\nQuímicas Piscimar S.L. - Pol. Ind. "
            "El Oliveral, C/ F, nave 14 - 46190 Riba-roja de Túria (Valencia)\nTel. +34 961 66 40 21")
    eml = outlook_reply(po, "Marta Ibáñez Soler", "pedidos@piscimar.example", M.rfcdate(2026, 11, 12, 9, 18, 2),
                        "<DB8PR02MB5961E2A0B7C44F1F8C1D9E3A2F55@DB8PR02MB5961.eurprd02.prod.outlook.com>", body,
                        sent=(2026, 11, 6, 11, 40), labels=("De", "Enviado el", "Para", "CC", "Asunto"),
                        boundary="006", lang="ES", charset="windows-1252", sent_lang="es", content_language="es-ES")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "4% on the PO price of line 1: 62.00 -> 64.48; other lines as ordered.",
                   [conf(po, {1: C(l1, unit_price=pct("62.00", "4")), 2: A(l2), 3: A(l3)})])
    return [po], eml, exp


def erp_pdf_page(company, address_lines, title, meta, header, rows, widths_x, footer, tj_title=None):
    pg = P.Page()
    y = 800
    pg.text(40, y, company, 14, bold=True)
    for a in address_lines:
        y -= 12
        pg.text(40, y, a, 8)
    y -= 28
    if tj_title:
        pg.tj(40, y, tj_title, 13, bold=True)
    else:
        pg.text(40, y, title, 13, bold=True)
    y -= 20
    for k, v in meta:
        pg.text(40, y, k, 8, bold=True)
        pg.text(170, y, v, 8)
        y -= 11
    y -= 10
    pg.rect(36, y - 3, 523, 13)
    pg.row(y, list(zip(widths_x, header)), 7.5, bold=True)
    y -= 16
    for r in rows:
        if isinstance(r, str):
            pg.text(widths_x[1], y, r, 7)
            y -= 10
            continue
        pg.row(y, list(zip(widths_x, r)), 7.5)
        y -= 13
    pg.line(36, y + 4, 559, y + 4)
    y -= 14
    for f in footer:
        pg.text(40, y, f, 7.5)
        y -= 10
    return pg


@case("implants-erp-pdf-sterile-packs", "confirmation/en-IE",
      "ERP mail with PDF acknowledgement: own positions 10/20/30 and own codes, screws confirmed as packs of 5 at a per-pack price, one line moved to 08/01/2027.")
def c007():
    sup = supplier("CORRIB", "Corrib Orthopaedics Ltd", "orders@corrib-ortho.example", "en-IE")
    po = PO("4510203440", sup, "vos", "EUR", "2026-11-06", [
        L(1, "CO-CS35-24", "Cortical screw 3.5 mm x 24 mm, self-tapping, sterile", 50, "EA", "18.40", "2026-12-18"),
        L(2, "CO-LP45-08", "Locking compression plate 4.5 mm narrow, 8-hole, sterile", 10, "EA", "236.00", "2026-12-18"),
        L(3, "CO-CC65-45", "Cancellous screw 6.5 mm x 45 mm, 16 mm thread, sterile", 40, "EA", "21.00", "2026-12-18"),
    ])
    wd("2027-01-08", "Fri")
    assert per("92.00", 5) == "18.40"
    xs = [40, 62, 140, 215, 370, 410, 450, 505]
    pg = erp_pdf_page(
        "Corrib Orthopaedics Ltd", ["IDA Business Park, Ballybrit, Galway H91 X2C4, Ireland",
                                    "VAT IE 9817734K | Tel +353 91 555 210 | orders@corrib-ortho.example"],
        "ORDER ACKNOWLEDGEMENT",
        [("Sales order no.", "SO-77120"), ("Date", "12/11/2026"), ("Customer no.", "30418"),
         ("Customer", "Brightwater Trading GmbH, Hafenstrasse 41, 28217 Bremen, DE"),
         ("Your order", "4510203440 of 06/11/2026"), ("Contact", "Aoife Brennan")],
        ["Pos", "Item", "Your ref.", "Description", "Qty", "UoM", "Price EUR", "Delivery"],
        [["10", "CSX-0354-S5", "CO-CS35-24", "Cortical screw 3.5x24 mm, sterile pk/5", "10", "PK", "92.00", "18/12/2026"],
         "Lot to follow with dispatch note. Min. shelf life 36 months.",
         ["20", "LCP-4508-NS", "CO-LP45-08", "LCP 4.5 narrow 8-hole, sterile", "10", "EA", "236.00", "18/12/2026"],
         ["30", "CSX-6545-16", "CO-CC65-45", "Cancellous screw 6.5x45 mm, 16 mm thr.", "40", "EA", "21.00", "08/01/2027"]],
        xs,
        ["Total net EUR 4,120.00   VAT reverse charge (Art. 196 Directive 2006/112/EC)",
         "Delivery terms: DAP Bremen (Incoterms 2020). Payment: 45 days end of month.",
         "Prices as per quotation Q-2026-0917 valid until 31/12/2026.",
         "Medical devices class IIb - CE 2797. Certificate MDR-2797-0412 valid to 26/05/2029."])
    pdf = P.build([pg], title="Order Acknowledgement SO-77120", producer="Sage X3 Print Server",
                  creation="D:20261112071502+00'00'")
    body = ("Dear Customer,\n\nPlease find attached our order acknowledgement SO-77120 for your purchase order "
            "4510203440.\nPlease check all details and advise any discrepancy within 48 hours.\n\n"
            "This message was generated automatically. Replies to this address are not monitored; please "
            "write to orders@corrib-ortho.example.\n\nCorrib Orthopaedics Ltd\n")
    alt = M.text(body, "plain", "us-ascii", "7bit")
    root = M.multipart("mixed", "=_corrib_77120_mixed", [alt, M.attachment(pdf, "application/pdf", "OA_SO-77120.pdf")])
    hs = top_headers(M.addr("Corrib Orthopaedics - Sales Orders", "noreply-erp@corrib-ortho.example"),
                     buyer_addr(po), "Order Acknowledgement SO-77120 / Your PO 4510203440",
                     M.rfcdate(2026, 11, 12, 7, 15, 9, "+0000"), "<SO77120.20261112071509@erp.corrib-ortho.example>",
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Sage X3 Mailer 12")])
    eml = M.message(hs, root)
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "10 PK x 5 = 50 pcs at 92.00/pack = 18.40/pc (as ordered); pos 30 delivery "
                   "08/01/2027 day-first; automatic ERP mail still a confirmation; quote validity and certificate dates are noise.",
                   [conf(po, {1: A(l1), 2: A(l2), 3: C(l3, date="2027-01-08")})])
    return [po], eml, exp


@case("wallpaper-cartons-of-12-week51", "confirmation/nl-NL",
      "Dutch Outlook: rolls only in cartons of 12 so 100 becomes 108, dimensions 10,05 x 0,53 m in the text, delivery 'week 51'.")
def c008():
    sup = supplier("BZAAN", "Behangfabriek Zaanstreek B.V.", "orders@behang-zaanstreek.example", "nl-NL")
    po = PO("4510203455", sup, "vos", "EUR", "2026-11-09", [
        L(1, "BZ-DUIN-053", "Vliesbehang 'Duin' zand, 10,05 x 0,53 m", 100, "RL", "11.90", "2026-12-18"),
        L(2, "BZ-KWLD-053", "Vliesbehang 'Kwelder' wit, 10,05 x 0,53 m", 60, "RL", "11.90", "2026-12-18"),
        L(3, "BZ-FOTO-POL", "Fotobehang 'Polder' 4-delig, 368 x 254 cm", 10, "EA", "44.50", "2026-12-18"),
    ])
    assert kw(2026, 51) == "2026-12-18"
    body = ("Goedemiddag Anneke,\n\n"
            "Dank voor je bestelling 4510203455. Behang leveren wij uitsluitend per doos van 12 rollen (alles uit "
            "één productiebatch, dus geen kleurverschil). Dat wordt dus:\n\n"
            "Duin: 9 dozen = 108 rollen (i.p.v. 100)\n"
            "Kwelder: 5 dozen = 60 rollen, komt precies uit\n"
            "Fotobehang Polder: 10 stuks, akkoord\n\n"
            "Prijzen zoals besteld. Levering in week 51 bij jullie in Bremen.")
    sig = "Met vriendelijke groet,\n\nRuud Plasman\nBinnendienst\nBehangfabriek Zaanstreek B.V. | Houtveldweg 9 | 1507 DK Zaandam\nT 075 555 8841"
    eml = outlook_reply(po, "Ruud Plasman", "r.plasman@behang-zaanstreek.example", M.rfcdate(2026, 11, 11, 14, 2, 55),
                        "<AS8PR10MB61877F3A1B2C4D5E6F708192A3B4@AS8PR10MB6187.EURPRD10.PROD.OUTLOOK.COM>", body, sig,
                        sent=(2026, 11, 9, 10, 12), labels=("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
                        boundary="008", lang="NL", sent_lang="nl", content_language="nl-NL")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Carton rounding 100 -> 108 rolls on line 1; week 51 = 2026-12-18 equals the requested date.",
                   [conf(po, {1: C(l1, quantity=108), 2: A(l2), 3: A(l3)})])
    return [po], eml, exp


@case("postfix-bounce-headers-only", "bounce/it-IT",
      "Postfix multipart/report that returns only the original headers (text/rfc822-headers), user unknown at the supplier.")
def c009():
    sup = supplier("VALTALEG", "Caseificio Val Taleggio S.r.l.", "ordini@valtaleggio-caseificio.example", "it-IT")
    po = PO("4510203461", sup, "dumont", "EUR", "2026-11-06", [
        L(1, "VT-TAL-DOP", "Taleggio DOP, forma ~2,2 kg", 90, "KG", "12.60", "2026-12-09"),
        L(2, "VT-GRG-DOL", "Gorgonzola dolce DOP, 1/8 forma ~1,5 kg", 60, "KG", "10.40", "2026-12-09"),
    ])
    report = ("This is the mail system at host mx1.brightwater-trading.example.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
              "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached "
              "returned message.\n\n                   The mail system\n\n"
              "<ordini@valtaleggio-caseificio.example>: host\n    mx.valtaleggio-caseificio.example[203.0.113.25] said: "
              "550 5.1.1\n    <ordini@valtaleggio-caseificio.example>: Recipient address rejected: User\n"
              "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx1.brightwater-trading.example\nX-Postfix-Queue-ID: 4QkX2n1Zb7z9sWl\n"
          "X-Postfix-Sender: rfc822; claire.dumont@brightwater-trading.example\n"
          "Arrival-Date: Fri,  6 Nov 2026 16:02:11 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; ordini@valtaleggio-caseificio.example\n"
          "Original-Recipient: rfc822;ordini@valtaleggio-caseificio.example\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mx.valtaleggio-caseificio.example\nDiagnostic-Code: smtp; 550 5.1.1\n"
          "    <ordini@valtaleggio-caseificio.example>: Recipient address rejected: User\n"
          "    unknown in virtual mailbox table\n")
    orig = M.headers_block([
        ("Return-Path", "<claire.dumont@brightwater-trading.example>"),
        ("Received", "from exch01.brightwater-trading.example (exch01.brightwater-trading.example [10.20.1.15])\n"
                     "\tby mx1.brightwater-trading.example (Postfix) with ESMTPS id 4QkX2n1Zb7z9sWl\n"
                     "\tfor <ordini@valtaleggio-caseificio.example>; Fri,  6 Nov 2026 16:02:11 +0100 (CET)"),
        ("From", "Claire Dumont <claire.dumont@brightwater-trading.example>"),
        ("To", "<ordini@valtaleggio-caseificio.example>"),
        ("Subject", "Purchase order 4510203461 - please confirm"),
        ("Date", "Fri, 6 Nov 2026 16:02:04 +0100"),
        ("Message-ID", po["request_message_id"]),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'multipart/mixed; boundary="_004_po4510203461"'),
    ])
    root = M.multipart("report", "4QkX2n1Zb7z9sWl.1762441332/mx1.brightwater-trading.example", [
        M.part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], report.encode()),
        M.part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
        M.part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig),
    ], extra_ct="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.brightwater-trading.example (Mail Delivery System)"),
          ("To", "claire.dumont@brightwater-trading.example"), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", "Fri,  6 Nov 2026 16:02:12 +0100 (CET)"),
          ("Message-ID", "<20261106150212.7C1A02E0F3B@mx1.brightwater-trading.example>"),
          ("Auto-Submitted", "auto-replied")]
    eml = M.message(hs, root)
    exp = expected("bounce", "Postfix DSN; only the returned headers identify PO 4510203461.")
    return [po], eml, exp


@case("pallets-crates-stacks-split", "confirmation/pl-PL",
      "Polish Thunderbird reply in ISO-8859-2: pallets in stacks of 15 (no change), crates split 30 on 02.12.2026 and 20 on 16.12.2026; item sizes look like numbers.")
def c010():
    sup = supplier("BOROWIAK", "Tartak i Paleciarnia Borowiak Sp. z o.o.", "zamowienia@borowiak-palety.example", "pl-PL")
    po = PO("4510203470", sup, "reiter", "EUR", "2026-11-09", [
        L(1, "BOR-EPAL-1", "Paleta EUR EPAL 1200x800x144 mm, nowa", 600, "EA", "11.20", "2026-12-02"),
        L(2, "BOR-SKR-1208", "Skrzynia drewniana 1200x800x760 mm, IPPC HT", 50, "EA", "48.00", "2026-12-02"),
        L(3, "BOR-NAD-1208", "Nadstawka paletowa 1200x800x200, 4 zawiasy", 150, "EA", "6.30", "2026-12-02"),
    ])
    body = ("Dzień dobry Panie Tomaszu,\n\n"
            "potwierdzamy zamówienie nr 4510203470:\n\n"
            "poz. 1 - palety EPAL: 600 szt. (40 stosów po 15 szt.), dostawa 02.12.2026\n"
            "poz. 2 - skrzynie 1200x800x760: od ręki mamy 30 szt., dostawa 02.12.2026, pozostałe 20 szt. "
            "dowieziemy 16.12.2026\n"
            "poz. 3 - nadstawki: 150 szt., dostawa 02.12.2026\n\n"
            "Ceny bez zmian. Transport po naszej stronie (2 auta 13,6 m).\n\n"
            "Pozdrawiam\nAgnieszka Borowiak\nDział sprzedaży\ntel. +48 61 555 23 90\n\n"
            + tb_attr((2026, 11, 9, 12, 30), "Tomasz Reiter", "pl") + "\n" + M.quote_gt(req_text(po, "de")))
    eml = plain_reply(po, "Agnieszka Borowiak", "zamowienia@borowiak-palety.example", M.rfcdate(2026, 11, 12, 10, 44, 18),
                      "<c2e8d1f4-71a0-4b5e-8e3c-6d0a9f2b1c77@borowiak-palety.example>", body, charset="iso-8859-2", cte="8bit",
                      extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")])
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Line 2 split 30 on 2026-12-02 + 20 on 2026-12-16; '40 stosów po 15' is packing info; 13,6 m trucks are noise.",
                   [conf(po, {1: A(l1), 2: C(l2, date="2026-12-16", schedule=[(30, "2026-12-02"), (20, "2026-12-16")]),
                              3: A(l3)})])
    return [po], eml, exp


@case("fish-fillets-partial-stock-week50", "confirmation/nb-NO",
      "Norwegian reply: '1 200 kg' with a space as thousands separator, saithe only 420 kg of 600 available, delivery 'uke 50'.")
def c011():
    sup = supplier("VESTSJO", "Vesterålen Sjømat AS", "ordre@vesteralen-sjomat.example", "nb-NO")
    po = PO("4510203482", sup, "berg", "EUR", "2026-11-10", [
        L(1, "VS-TOR-IQF", "Cod fillet IQF 150-250 g, skinless, boneless, carton 6 kg", 1200, "KG", "9.85", "2026-12-11"),
        L(2, "VS-SEI-IQF", "Saithe fillet IQF 100-200 g, skinless, carton 6 kg", 600, "KG", "6.40", "2026-12-11"),
        L(3, "VS-HYS-LOIN", "Haddock loins 120-180 g, carton 6 kg", 300, "KG", "11.20", "2026-12-11"),
    ])
    assert kw(2026, 50) == "2026-12-11"
    body = ("Hei Jonas,\n\nTakk for bestillingen. Vi bekrefter ordre 4510203482 slik:\n\n"
            "Torskefilet 150-250 g: 1 200 kg (200 kartonger à 6 kg) - ok\n"
            "Seifilet 100-200 g: vi har dessverre kun 420 kg (70 kartonger) igjen av denne størrelsen, resten av "
            "høstens fangst er solgt. Vi sender de 420 kg.\n"
            "Hyseloins: 300 kg - ok\n\n"
            "Alt leveres i uke 50 til Bremen (frysebil fra Sortland mandag, ca. 4 dagers transport). Prisene er "
            "som i bestillingen.\n\nMvh\nIngrid Hansen\nSalg og logistikk\nVesterålen Sjømat AS, 8400 Sortland\n"
            "Tlf +47 76 55 41 20")
    eml = gmail_reply(po, "Ingrid Hansen", "ordre@vesteralen-sjomat.example", M.rfcdate(2026, 11, 13, 8, 31, 50),
                      "<CAF3vR9s1n0kLm2QpXy8t7GhB4dZ5cW6eJ1oU0aN9iV2rT3sK8w@mail.gmail.com>", body,
                      sent=(2026, 11, 10, 9, 15), boundary="0b9c8d7e6f5a",
                      on_line="tir. 10. nov. 2026 kl. 09:15 skrev Jonas Berg <jonas.berg@brightwater-trading.example>:")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Saithe short-shipped to 420 kg; 'uke 50' = Fri 2026-12-11 = requested date.",
                   [conf(po, {1: A(l1), 2: C(l2, quantity=420), 3: A(l3)})])
    return [po], eml, exp


@case("hoses-quantities-only-prices-with-invoice", "needs_review/tr-TR",
      "Turkish reply confirms quantities and a ship date but says prices will be set on the invoice from the day's list: price not committed.")
def c012():
    sup = supplier("EGEHORT", "Ege Hortum Plastik San. ve Tic. A.Ş.", "siparis@egehortum.example", "tr-TR")
    po = PO("4510203495", sup, "ferri", "EUR", "2026-11-10", [
        L(1, "EH-12-25", "Garden hose 1/2\" 25 m, 4-layer braided", 300, "COIL", "9.60", "2027-01-15"),
        L(2, "EH-34-25", "Garden hose 3/4\" 25 m, 4-layer braided", 150, "COIL", "14.80", "2027-01-15"),
    ])
    body = ("Sayın Luca Bey,\n\n"
            "4510203495 numaralı siparişinizdeki miktarları onaylıyoruz: 1/2\" hortumdan 300 top, 3/4\" hortumdan "
            "150 top (her top 25 m).\n"
            "Sevkiyat 15.01.2027 tarihinde İzmir'den yapılabilir.\n\n"
            "Ancak PVC hammadde fiyatlarındaki dalgalanma nedeniyle birim fiyatlar şu an için sabitlenemiyor; "
            "fiyatlar sevkiyat günündeki güncel fiyat listemize göre faturada belirtilecektir.\n\n"
            "Saygılarımızla,\nSerkan Aydın\nİhracat Departmanı\nEge Hortum Plastik San. ve Tic. A.Ş.\n"
            "Kemalpaşa OSB, 35730 İzmir\n\n"
            "-----Original Message-----\nFrom: Luca Ferri <luca.ferri@brightwater-trading.example>\n"
            "Sent: Tuesday, November 10, 2026 3:05 PM\nTo: siparis@egehortum.example\n"
            "Subject: Purchase order 4510203495 - please confirm\n\n" + req_text(po, "de"))
    eml = plain_reply(po, "Serkan Aydın", "siparis@egehortum.example", M.rfcdate(2026, 11, 16, 10, 2, 41, "+0300"),
                      "<20261116100241.77AB31C4@egehortum.example>", body, subject="YNT: Purchase order 4510203495 - please confirm",
                      charset="windows-1254")
    exp = expected("needs_review", "Quantities and date agreed, but prices 'will be stated on the invoice' per a "
                   "future price list: not a commitment to the order as a whole; a buyer must follow up on price.")
    return [po], eml, exp


@case("toner-price-per-box-of-4", "confirmation/cs-CZ",
      "Czech Outlook reply in windows-1250: prices per box of 4 must be divided (one equals the PO, one is higher), date moved to pondělí 7. 12. 2026.")
def c013():
    sup = supplier("TONERBRN", "Tonerservis Brno s.r.o.", "objednavky@tonerservis-brno.example", "cs-CZ")
    po = PO("4510203503", sup, "reiter", "EUR", "2026-11-10", [
        L(1, "TSB-TN3480", "Toner black TN-3480 compatible, 8,000 pages", 40, "EA", "21.50", "2026-12-04"),
        L(2, "TSB-CF411X", "Toner cyan CF411X compatible", 12, "EA", "38.00", "2026-12-04"),
        L(3, "TSB-DR3400", "Drum unit DR-3400 compatible", 8, "EA", "29.00", "2026-12-04"),
    ])
    wd("2026-12-07", "Mon")
    assert per("86.00", 4) == "21.50" and per("158.00", 4) == "39.50"
    body = ("Dobrý den, pane Reitere,\n\n"
            "děkujeme za objednávku č. 4510203503. Potvrzujeme:\n\n"
            "1) TN-3480 černý - 40 ks = 10 krabic po 4 ks, cena 86,00 EUR za krabici\n"
            "2) CF411X azurový - 12 ks = 3 krabice, cena 158,00 EUR za krabici (výrobce od 1. 11. zdražil)\n"
            "3) DR-3400 - 8 ks, 29,00 EUR/ks\n\n"
            "Termín dodání: pondělí 7. 12. 2026 (do 4. 12. to kvůli inventuře bohužel nestihneme).")
    sig = "S pozdravem\n\nPetra Dvořáková\nobchodní oddělení\nTonerservis Brno s.r.o. | Hněvkovského 65 | 617 00 Brno\ntel.: +420 545 555 118"
    eml = outlook_reply(po, "Petra Dvořáková", "objednavky@tonerservis-brno.example", M.rfcdate(2026, 11, 13, 12, 9, 3),
                        "<VI1PR08MB33291D0C9E8F7A6B5C4D3E2F1A0B@VI1PR08MB3329.eurprd08.prod.outlook.com>", body, sig,
                        sent=(2026, 11, 10, 16, 20), labels=("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
                        boundary="013", lang="CS", charset="windows-1250", cte="base64", sent_lang="cs",
                        content_language="cs-CZ")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "86,00/box of 4 = 21.50 (PO price), 158,00/box = 39.50; all dates 2026-12-07; '1. 11.' is the price-rise date.",
                   [conf(po, {1: C(l1, date="2026-12-07"), 2: C(l2, unit_price="39.50", date="2026-12-07"),
                              3: C(l3, date="2026-12-07")})])
    return [po], eml, exp


@case("sanitary-ware-series-discontinued", "confirmation/it-IT",
      "Italian reply confirms three of four lines and rejects a discontinued series, offering an alternative product at another price (not an acceptance).")
def c014():
    sup = supplier("CIVITA", "Ceramiche Sanitarie Civita S.p.A.", "ordini@civita-sanitari.example", "it-IT")
    po = PO("4510203517", sup, "ferri", "EUR", "2026-11-10", [
        L(1, "CSC-VS52-RL", "Wall-hung WC rimless 52x36 cm, glossy white", 20, "EA", "96.00", "2026-12-11"),
        L(2, "CSC-LAV60", "Wall-hung washbasin 60x46 cm, one tap hole", 30, "EA", "71.50", "2026-12-11"),
        L(3, "CSC-BID-ARCO", "Wall-hung bidet series Arco 52x36 cm", 20, "EA", "88.00", "2026-12-11"),
        L(4, "CSC-SED-SC", "Soft-close seat, thermoset, for WC 52", 20, "EA", "34.00", "2026-12-11"),
    ])
    wd("2026-12-11", "Fri")
    body = ("Gentile Sig. Ferri,\n\n"
            "in riferimento al Vs. ordine n. 4510203517 del 10/11/2026 confermiamo le righe 1, 2 e 4 ai prezzi "
            "indicati, con consegna entro venerdì 11/12/2026.\n\n"
            "Purtroppo la serie Arco è fuori produzione dal 30/09/2026, quindi non possiamo evadere la riga 3 "
            "(bidet). In alternativa potremmo proporVi il bidet della serie Linea (cod. CSC-BID-LIN, € 92,00 cad.): "
            "fateci sapere se Vi interessa e Vi invieremo l'offerta.\n\n"
            "Cordiali saluti\n\nElena Marchetti\nUfficio Ordini Italia/Estero\nCeramiche Sanitarie Civita S.p.A.\n"
            "Via della Ceramica 22 - 01033 Civita Castellana (VT)\n\n"
            "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.")
    eml = gmail_reply(po, "Elena Marchetti", "ordini@civita-sanitari.example", M.rfcdate(2026, 11, 16, 11, 37, 20),
                      "<CAJx0Pq3mD7eT1zR5vH2kN8bY4uL6aS9fW0gC3iO1nX7tE5rQ2m@mail.gmail.com>", body,
                      sent=(2026, 11, 10, 17, 2), boundary="14e2f0a9b8c7",
                      on_line="Il giorno mar 10 nov 2026 alle ore 17:02 Luca Ferri <luca.ferri@brightwater-trading.example> ha scritto:")
    l1, l2, l3, l4 = po["lines"]
    exp = expected("confirmation", "Lines 1, 2, 4 accepted (11/12/2026 = requested); line 3 discontinued -> rejected; "
                   "the alternative at 92,00 is only an offer.",
                   [conf(po, {1: A(l1), 2: A(l2), 3: REJ, 4: A(l4)})])
    return [po], eml, exp


@case("ooo-japanese-business-trip", "auto_reply/ja-JP",
      "Japanese out-of-office in Shift_JIS with dates without year (11月19日 to 11月24日) and a deputy.")
def c015():
    sup = supplier("YAMASHIRO", "株式会社ヤマシロ楽器", "eigyo@yamashiro-gakki.example", "ja-JP")
    po = PO("4510203522", sup, "nair", "USD", "2026-11-11", [
        L(1, "YS-CAPO-01", "Guitar capo, aluminium, black", 200, "EA", "6.40", "2026-12-18"),
        L(2, "YS-STR-CL", "Classical guitar strings, normal tension, set", 300, "SET", "5.10", "2026-12-18"),
    ])
    wd("2026-11-19", "Thu")
    wd("2026-11-24", "Tue")
    wd("2026-11-25", "Wed")
    body = ("お世話になっております。\n"
            "ヤマシロ楽器 営業部の山城でございます。\n\n"
            "誠に勝手ながら、11月19日（木）から11月24日（火）まで海外出張のため不在にしております。\n"
            "期間中にいただいたメールにつきましては、11月25日（水）以降に順次対応させていただきます。\n\n"
            "お急ぎのご用件は、営業部 田中（tanaka@yamashiro-gakki.example）までご連絡ください。\n\n"
            "ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n"
            "株式会社ヤマシロ楽器\n営業部 山城 健二\n〒430-0946 静岡県浜松市中央区元城町216-1\n")
    eml = plain_reply(po, "山城 健二", "k.yamashiro@yamashiro-gakki.example", M.rfcdate(2026, 11, 19, 16, 4, 22, "+0900"),
                      "<OOF.20261119070422.5521@yamashiro-gakki.example>", body,
                      subject="自動応答: Purchase order 4510203522 - please confirm", charset="shift_jis", cte="base64",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Japanese out-of-office; 11月25日 is when mail will be answered, not a delivery date.")
    return [po], eml, exp


@case("garden-hoses-one-line-not-mentioned", "confirmation/sv-SE",
      "Swedish Apple Mail reply confirms two hose lines for 'vecka 3' and simply does not mention the hose reel line.")
def c016():
    sup = supplier("SLANGGN", "Slangteknik i Gnosjö AB", "order@slangteknik.example", "sv-SE")
    po = PO("4510203531", sup, "berg", "EUR", "2026-11-11", [
        L(1, "SG-TS12-25", "Garden hose 1/2\" (13 mm), 25 m, UV-stabilised", 150, "COIL", "11.40", "2027-01-15"),
        L(2, "SG-TS34-25", "Garden hose 3/4\" (19 mm), 25 m", 80, "COIL", "17.90", "2027-01-15"),
        L(3, "SG-SV-WALL", "Hose reel, wall-mounted, for 1/2\" 30 m", 30, "EA", "42.00", "2027-01-15"),
    ])
    k3 = kw(2027, 3)
    assert k3 == "2027-01-22"
    body = ("Hej Jonas!\n\n"
            "Tack för ordern. Slangarna 1/2\" och 3/4\" kan vi leverera vecka 3, till de priser som står i "
            "ordern (150 resp. 80 rullar à 25 m).\n\n"
            "Hälsningar\nMaja Lindqvist\nOrderavdelningen\nSlangteknik i Gnosjö AB\nIndustrigatan 4, 335 32 Gnosjö\n"
            "0370-55 12 80\n\n"
            "> 11 nov. 2026 kl. 14:05 skrev Jonas Berg <jonas.berg@brightwater-trading.example>:\n>\n"
            + M.quote_gt(req_text(po, "iso")))
    eml = plain_reply(po, "Maja Lindqvist", "order@slangteknik.example", M.rfcdate(2026, 11, 16, 9, 12, 40),
                      "<8E0B2C41-5D7A-4F3E-9C16-2A4B7D9E0F13@slangteknik.example>", body,
                      subject="Re: Purchase order 4510203531 - please confirm",
                      extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")], flowed=False)
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "'vecka 3' = Fri 2027-01-22 for the two hose lines; the reel (line 3) is not "
                   "mentioned -> unconfirmed.",
                   [conf(po, {1: C(l1, date=k3), 2: C(l2, date=k3), 3: UNC})])
    return [po], eml, exp


@case("honey-xlsx-trays-of-12", "confirmation/ro-RO",
      "Romanian mail with an XLSX confirmation: own positions 10/20/30, quantities and prices per tray (BAX) of 12 jars, dates as Excel serials; one tray price is higher.")
def c017():
    sup = supplier("APICARP", "Apicola Carpatica S.R.L.", "comenzi@apicola-carpatica.example", "ro-RO")
    po = PO("4510203544", sup, "dumont", "EUR", "2026-11-11", [
        L(1, "AC-SAL-500", "Acacia honey, jar 500 g (tray of 12)", 480, "JAR", "3.95", "2026-12-10"),
        L(2, "AC-POL-500", "Multifloral honey, jar 500 g (tray of 12)", 360, "JAR", "3.20", "2026-12-10"),
        L(3, "AC-TEI-500", "Linden honey, jar 500 g (tray of 12)", 240, "JAR", "3.60", "2026-12-10"),
    ])
    import datetime as dt
    d = dt.date(2026, 12, 10)
    assert per("47.40", 12) == "3.95" and per("38.40", 12) == "3.20" and per("45.60", 12) == "3.80"
    rows = [
        ["APICOLA CARPATICA S.R.L.", "", "", "CONFIRMARE COMANDĂ"],
        ["Str. Morilor 7, 500152 Brașov, România", "", "", "Nr. CC-2026-1183"],
        ["CUI RO18834120", "", "", "Data", dt.date(2026, 11, 16)],
        [],
        ["Client:", "Brightwater Trading GmbH, Bremen"],
        ["Comanda client:", "4510203544 / 11.11.2026"],
        ["Condiții livrare:", "DAP Bremen (Incoterms 2020)"],
        [],
        ["Poz.", "Cod client", "Cod articol", "Denumire", "Cant.", "UM", "Preț unitar EUR", "Valoare EUR", "Data livrare"],
        [10, "AC-SAL-500", "MS-500-12", "Miere de salcâm 500 g (bax 12 borcane)", 40, "BAX", 47.40, 1896.00, d],
        [20, "AC-POL-500", "MP-500-12", "Miere polifloră 500 g (bax 12 borcane)", 30, "BAX", 38.40, 1152.00, d],
        [30, "AC-TEI-500", "MT-500-12", "Miere de tei 500 g (bax 12 borcane)", 20, "BAX", 45.60, 912.00, d],
        [],
        ["", "", "", "Total fără TVA", "", "", "", 3960.00],
        [],
        ["Termen de plată: 30 zile de la facturare"],
        ["Lot L2026-318, DDM 30.11.2028"],
    ]
    xl = X.build(rows, sheet_name="Confirmare", stamp=(2026, 11, 16, 9, 20, 0), creator="SmartBill ERP")
    body = ("Bună ziua,\n\n"
            "Vă transmitem în atașament confirmarea comenzii dumneavoastră nr. 4510203544.\n"
            "Vă rugăm să observați prețul actualizat la mierea de tei (recolta 2026 a fost slabă).\n\n"
            "Cu stimă,\nIoana Popescu\nDepartament Vânzări Export\nApicola Carpatica S.R.L.\n+40 268 555 410")
    att = M.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "CC-2026-1183.xlsx")
    eml = gmail_reply(po, "Ioana Popescu", "comenzi@apicola-carpatica.example", M.rfcdate(2026, 11, 16, 11, 24, 5, "+0200"),
                      "<CAN1rT5eW8qO2pLk7yH0vB3zX9mD4sF6gJ1aC8uE2nR5tY0wQ3k@mail.gmail.com>", body,
                      sent=(2026, 11, 11, 15, 30), boundary="17c3d2e1f0a9", attachments=[att], cte="base64",
                      on_line="În mie., 11 nov. 2026 la 15:30, Claire Dumont <claire.dumont@brightwater-trading.example> a scris:")
    l1, l2, l3 = po["lines"]
    assert (40 * 12, 30 * 12, 20 * 12) == (480, 360, 240)
    exp = expected("confirmation", "Trays of 12: 40/30/20 BAX = 480/360/240 jars; 47,40 and 38,40 per tray equal the PO; "
                   "45,60/12 = 3.80 for linden; best-before 30.11.2028 is noise.",
                   [conf(po, {1: A(l1), 2: A(l2), 3: C(l3, unit_price="3.80")})])
    return [po], eml, exp


@case("pallets-first-half-of-january", "needs_review/hr-HR",
      "Croatian reply accepts quantities and prices but only promises delivery 'u prvoj polovici siječnja', exact date to follow.")
def c018():
    sup = supplier("SLAVONAC", "Drvna industrija Slavonac d.o.o.", "narudzbe@slavonac-drvo.example", "hr-HR")
    po = PO("4510203550", sup, "reiter", "EUR", "2026-11-11", [
        L(1, "SL-EPAL-1", "EUR pallet EPAL 1200x800, new", 450, "EA", "11.05", "2026-12-16"),
        L(2, "SL-IND-1210", "Industrial pallet 1200x1000, heavy duty", 150, "EA", "14.60", "2026-12-16"),
    ])
    body = ("Poštovani gospodine Reiter,\n\n"
            "zahvaljujemo na narudžbi 4510203550. Količine i cijene su u redu, no zbog velikog broja narudžbi prije "
            "blagdana isporuku možemo napraviti tek u prvoj polovici siječnja 2027. Točan datum javit ćemo naknadno, "
            "čim složimo plan utovara.\n\n"
            "Lijep pozdrav,\nMarko Kovačević\nProdaja\nDrvna industrija Slavonac d.o.o.\nVukovarska 112, 31000 Osijek\n\n"
            "-----Izvorna poruka-----\nŠalje: Tomasz Reiter <tomasz.reiter@brightwater-trading.example>\n"
            "Poslano: srijeda, 11. studenoga 2026. 13:40\nZa: narudzbe@slavonac-drvo.example\n"
            "Predmet: Purchase order 4510203550 - please confirm\n\n" + req_text(po, "de"))
    eml = plain_reply(po, "Marko Kovačević", "narudzbe@slavonac-drvo.example", M.rfcdate(2026, 11, 17, 8, 15, 31),
                      "<000a01dc58f2$4b1c2d30$e1548790$@slavonac-drvo.example>", body,
                      subject="RE: Purchase order 4510203550 - please confirm", charset="windows-1250",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    exp = expected("needs_review", "No committed date: 'first half of January 2027', exact date to follow; a buyer must chase.")
    return [po], eml, exp


@case("wire-rope-full-reels-week2", "confirmation/fi-FI",
      "Finnish reply: rope only in full 500 m reels (1 200 m becomes 1 500 m), tensile grade '1960' and 'EN 10204 3.1' look like a year and a date.")
def c019():
    sup = supplier("KOYSIPOH", "Köysitehdas Pohjola Oy", "tilaukset@koysipohjola.example", "fi-FI")
    po = PO("4510203563", sup, "berg", "EUR", "2026-11-12", [
        L(1, "KP-12-636", "Steel wire rope 12 mm 6x36 WS-IWRC 1960 N/mm2, galvanised", 1200, "M", "4.10", "2026-12-18"),
        L(2, "KP-08-619", "Steel wire rope 8 mm 6x19 FC 1770 N/mm2", 500, "M", "2.35", "2026-12-18"),
    ])
    k2 = kw(2027, 2)
    body = ("Hei Jonas,\n\nkiitos tilauksesta 4510203563.\n\n"
            "Rivi 1: 12 mm 6x36 toimitetaan vain täysinä 500 m keloina, joten vahvistamme 1 500 m (3 kelaa à 500 m), "
            "hinta 4,10 EUR/m ennallaan.\n"
            "Rivi 2: 8 mm 6x19, 500 m (1 kela), 2,35 EUR/m.\n\n"
            "Toimitus viikolla 2/2027, koska 1960-lujuusluokan lankaa saamme vasta joulukuun lopussa. "
            "Ainestodistus EN 10204 3.1 toimitetaan köysien mukana.\n\n"
            "Ystävällisin terveisin\nMikko Virtanen\nmyynti | Köysitehdas Pohjola Oy\nTehtaankatu 3, 90400 Oulu\n"
            "puh. 040 555 7312")
    eml = outlook_reply(po, "Mikko Virtanen", "tilaukset@koysipohjola.example", M.rfcdate(2026, 11, 17, 14, 48, 12, "+0200"),
                        "<HE1PR05MB4410C3B2A19D8E7F6A5B4C3D2E1F@HE1PR05MB4410.eurprd05.prod.outlook.com>", body,
                        sent=(2026, 11, 12, 10, 5), labels=("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
                        re_prefix="VS: ", boundary="019", lang="FI", content_language="fi-FI", charset="iso-8859-15")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Full reels: 1200 -> 1500 m; 'viikolla 2/2027' = Fri 2027-01-15; '1960' is the "
                   "tensile grade, not a year.",
                   [conf(po, {1: C(l1, quantity=1500, date=k2), 2: C(l2, date=k2)})])
    return [po], eml, exp


@case("wipes-case-of-6-minimum-order", "confirmation/da-DK",
      "Danish reply: tubs only in cases of 6 and a minimum of 10 cases, so both quantities go up; 'fredag d. 4. december' has no year.")
def c020():
    sup = supplier("HYGPART", "Hygiejne Partner ApS", "ordre@hygiejnepartner.example", "da-DK")
    po = PO("4510203575", sup, "vos", "EUR", "2026-11-12", [
        L(1, "HP-DS70-200", "Disinfectant wipes 70% alcohol, tub of 200", 50, "TUB", "6.90", "2026-12-04"),
        L(2, "HP-OS-CF100", "Surface wipes chlorine-free, tub of 100", 20, "TUB", "5.40", "2026-12-04"),
    ])
    wd("2026-12-04", "Fri")
    assert next_on_or_after("2026-11-16", 12, 4) == "2026-12-04"
    body = ("Hej Anneke\n\n"
            "Tak for ordre 4510203575. Vi sælger kun hele kasser à 6 bøtter, og på de alkoholbaserede servietter er "
            "minimumsordren 10 kasser. Derfor bliver det:\n\n"
            "- Desinfektionsservietter 70 %: 60 bøtter (10 kasser) à 6,90 €\n"
            "- Overfladeservietter klorfri: 24 bøtter (4 kasser) à 5,40 €\n\n"
            "Levering fredag d. 4. december.\n\n"
            "Venlig hilsen\nSøren Kjær Madsen\nHygiejne Partner ApS · Industrivej 21 · 8600 Silkeborg\nTlf. 86 55 12 30")
    eml = gmail_reply(po, "Søren Kjær Madsen", "ordre@hygiejnepartner.example", M.rfcdate(2026, 11, 16, 13, 3, 27),
                      "<CAK5nP0qW2eR7tY9uI1oA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT@mail.gmail.com>", body,
                      sent=(2026, 11, 12, 11, 45), boundary="20a9b8c7d6e5",
                      on_line="Den tors. 12. nov. 2026 kl. 11.45 skrev Anneke Vos <anneke.vos@brightwater-trading.example>:")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Case-of-6 and 10-case minimum: 50 -> 60 tubs, 20 -> 24 tubs; date 2026-12-04 as requested; '70 %' is product text.",
                   [conf(po, {1: C(l1, quantity=60), 2: C(l2, quantity=24)})])
    return [po], eml, exp


@case("honey-newsletter-greek", "unrelated/el-GR",
      "Greek HTML newsletter from the honey supplier (ISO-8859-7) with an order deadline and a discount, while a PO with them is open.")
def c021():
    sup = supplier("MELIKRIT", "Meli Kritis A.E.", "sales@melikritis.example", "el-GR")
    po = PO("4510203588", sup, "dumont", "EUR", "2026-11-12", [
        L(1, "MK-THY-500", "Thyme honey, jar 500 g", 360, "JAR", "5.40", "2026-12-15"),
    ])
    html = ("<html><head><meta charset=\"iso-8859-7\"><title>Μέλι Κρήτης - Νέα</title></head><body style=\"font-family:Arial\">"
            "<table width=\"600\" align=\"center\"><tr><td>"
            "<h1 style=\"color:#b8860b\">Νέα σοδειά θυμαρίσιου μελιού 2026</h1>"
            "<p>Αγαπητοί συνεργάτες,</p>"
            "<p>Η φετινή σοδειά θυμαρίσιου μελιού από τα Λευκά Όρη είναι πλέον διαθέσιμη σε βάζα 250 g, 500 g και 1 kg.</p>"
            "<p><b>Χριστουγεννιάτικη προσφορά:</b> έκπτωση 10% σε όλες τις συσκευασίες δώρου για παραγγελίες έως 15/12.</p>"
            "<p>Θα μας βρείτε επίσης στην έκθεση Biofach, Νυρεμβέργη, 16-19/02/2027, περίπτερο 4-311.</p>"
            "<p>Με εκτίμηση,<br>Η ομάδα της Μέλι Κρήτης Α.Ε.<br>Ηράκλειο Κρήτης</p>"
            "<p style=\"font-size:10px;color:#888\">Λαμβάνετε αυτό το μήνυμα επειδή είστε πελάτης μας. "
            "<a href=\"https://melikritis.example/unsubscribe?u=88213\">Διαγραφή</a></p>"
            "</td></tr></table></body></html>\n")
    root = M.text(html, "html", "iso-8859-7", "quoted-printable")
    hs = top_headers(M.addr("Μέλι Κρήτης Α.Ε.", "news@melikritis.example", "iso-8859-7"),
                     "claire.dumont@brightwater-trading.example",
                     "Νέα σοδειά θυμαρίσιου μελιού 2026 & Χριστουγεννιάτικες προσφορές",
                     M.rfcdate(2026, 11, 18, 10, 0, 0, "+0200"), "<nl-2026-11.88213@news.melikritis.example>",
                     extra=[("List-Unsubscribe", "<https://melikritis.example/unsubscribe?u=88213>"),
                            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                     charset="iso-8859-7")
    eml = M.message(hs, root)
    exp = expected("unrelated", "Marketing newsletter from the supplier; '15/12' and '10%' belong to a promotion, not to PO 4510203588.")
    return [po], eml, exp


@case("plywood-price-per-m3-and-sheet", "confirmation/et-EE",
      "Estonian reply gives a new price per m3 and per sheet (38,25 EUR/leht) plus volumes; the PO is per sheet; delivery 15.01.2027.")
def c022():
    sup = supplier("POHJAVIN", "Põhja Vineer AS", "sales@pohjavineer.example", "et-EE")
    po = PO("4510203596", sup, "berg", "EUR", "2026-11-12", [
        L(1, "PV-B18-1225", "Birch plywood 18 mm 1250x2500 BB/CP, WBP", 200, "SHT", "38.50", "2027-01-08"),
        L(2, "PV-B12-1530", "Birch plywood 12 mm 1500x3000 BB/BB", 100, "SHT", "41.00", "2027-01-08"),
    ])
    from decimal import Decimal
    vol = Decimal("1.25") * Decimal("2.5") * Decimal("0.018")
    assert vol == Decimal("0.05625") and vol * 680 == Decimal("38.25000")
    body = ("Tere, Jonas!\n\nAitäh tellimuse 4510203596 eest.\n\n"
            "18 mm 1250x2500 BB/CP: uus hind alates 1.12.2026 on 680 EUR/m³, mis teeb 38,25 EUR/leht (0,05625 m³). "
            "Kogus 200 lehte (11,25 m³) on kinnitatud.\n"
            "12 mm 1500x3000 BB/BB: 100 lehte, hind jääb samaks (41,00 EUR/leht).\n\n"
            "Tarne: 15.01.2027 Bremenisse. Jaanuari esimesel nädalal on meie tehas suletud.\n\n"
            "Lugupidamisega\nKadri Tamm\nmüügijuht\nPõhja Vineer AS | Vineeri 5, 44307 Rakvere\n+372 5555 8120")
    eml = gmail_reply(po, "Kadri Tamm", "sales@pohjavineer.example", M.rfcdate(2026, 11, 18, 15, 20, 45, "+0200"),
                      "<CAE8mL2kT4pR6sV8xZ0bN2cQ4eG6iK8mO0qS2uW4yA6cE8gI0kM@mail.gmail.com>", body,
                      sent=(2026, 11, 12, 13, 10), boundary="22f1e0d9c8b7",
                      on_line="Kontakt N, 12. nov. 2026 kell 13:10 Jonas Berg <jonas.berg@brightwater-trading.example> kirjutas:")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Price per sheet 38,25 (from 680 EUR/m3 x 0.05625 m3) vs PO 38.50; '1.12.2026' is the price "
                   "validity date; delivery 2027-01-15 for both lines.",
                   [conf(po, {1: C(l1, unit_price="38.25", date="2027-01-15"), 2: C(l2, date="2027-01-15")})])
    return [po], eml, exp


@case("escooter-motors-three-shipments", "confirmation/zh-CN",
      "Chinese reply in GB2312/base64: hub motors in three shipments with dates without year (12月15日, 1月5日, 1月26日), FOB ship dates only, a price change and a Spring Festival closure.")
def c023():
    sup = supplier("CHIFENG", "Ningbo Chifeng E-Mobility Technology Co., Ltd.", "sales@chifeng-emobility.example", "zh-CN")
    po = PO("4510203604", sup, "nair", "USD", "2026-11-12", [
        L(1, "CF-HM350-10", "Hub motor 350W 36V, 10 inch, rear", 300, "EA", "48.50", "2026-12-15"),
        L(2, "CF-CTL-3615", "Controller 36V 15A, sine wave", 300, "EA", "11.20", "2026-12-15"),
        L(3, "CF-BL-L-LS", "Brake lever left, with light switch", 500, "EA", "0.95", "2026-12-15"),
    ])
    md = "2026-11-19"
    d1, d2, d3 = next_on_or_after(md, 12, 15), next_on_or_after(md, 1, 5), next_on_or_after(md, 1, 26)
    assert (d1, d2, d3) == ("2026-12-15", "2027-01-05", "2027-01-26")
    body = ("Priya 您好，\n\n感谢您的订单 4510203604，回复如下：\n\n"
            "1. 轮毂电机 350W 36V 10寸：300台分三批出货：\n"
            "   12月15日 100台\n   1月5日 100台\n   1月26日 100台\n"
            "2. 控制器 36V 15A：300台，12月15日出货，价格不变。\n"
            "3. 左刹把（带灯开关）：500个，12月15日出货。由于铝材涨价，单价调整为 USD 1.05。\n\n"
            "以上均为宁波港出货日期（FOB Ningbo）。\n"
            "请注意：2027年春节假期为2月6日至2月17日，工厂停工。\n\n"
            "此致\n敬礼\n\n王丽 Lily Wang\n外贸部\n宁波驰风电动科技有限公司\nTel: +86 574 5555 6620\n\n"
            "------------------ 原始邮件 ------------------\n发件人: Priya Nair <priya.nair@brightwater-trading.example>\n"
            "发送时间: 2026年11月12日 18:40\n收件人: sales@chifeng-emobility.example\n"
            "主题: Purchase order 4510203604 - please confirm\n\n" + req_text(po, "iso"))
    eml = plain_reply(po, "王丽 Lily Wang", "sales@chifeng-emobility.example", M.rfcdate(2026, 11, 19, 10, 26, 33, "+0800"),
                      "<tencent_3F8A2C1D0E9B7A6F5E4D3C2B@qq.example>", body,
                      subject="回复：Purchase order 4510203604 - please confirm", charset="gb2312", cte="base64",
                      extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Dates without year resolve to 2026-12-15, 2027-01-05, 2027-01-26 (ship dates only, FOB); "
                   "brake lever price 0.95 -> 1.05; Spring Festival dates are noise.",
                   [conf(po, {1: C(l1, date=d3, schedule=[(100, d1), (100, d2), (100, d3)]), 2: A(l2),
                              3: C(l3, unit_price="1.05")})])
    return [po], eml, exp


@case("gaskets-price-per-100-earlier", "confirmation/de-AT",
      "Austrian reply prices per 100 pieces (one higher, two equal after division) and delivers earlier than asked on 'Freitag, 27.11.'.")
def c024():
    sup = supplier("STEINERD", "Dichtungstechnik Steiner GmbH", "verkauf@steiner-dichtungen.example", "de-AT")
    po = PO("4510203611", sup, "berg", "EUR", "2026-11-12", [
        L(1, "DS-FD-DN50", "Flachdichtung DN50 PN16, EPDM, 3 mm", 500, "EA", "0.42", "2026-11-30"),
        L(2, "DS-OR-42x3", "O-Ring 42x3 NBR 70 Shore A", 1000, "EA", "0.085", "2026-11-30"),
        L(3, "DS-FD-DN80", "Flachdichtung DN80 PN16, EPDM, 3 mm", 300, "EA", "0.61", "2026-11-30"),
    ])
    d = next_on_or_after("2026-11-13", 11, 27)
    wd(d, "Fri")
    assert per("44.00", 100) == "0.44" and per("8.50", 100) == "0.085" and per("61.00", 100) == "0.61"
    body = ("Sehr geehrter Herr Berg,\n\n"
            "danke für Ihre Bestellung 4510203611. Wir bestätigen wie folgt (Preise je 100 Stück):\n\n"
            "Pos 1  Flachdichtung DN50 PN16 EPDM 3mm   500 Stk    EUR 44,00/100 Stk\n"
            "Pos 2  O-Ring 42x3 NBR70                  1.000 Stk  EUR 8,50/100 Stk\n"
            "Pos 3  Flachdichtung DN80 PN16 EPDM 3mm   300 Stk    EUR 61,00/100 Stk\n\n"
            "Da alles lagernd ist, können wir schon früher liefern: Zustellung Freitag, 27.11.\n\n"
            "Mit freundlichen Grüßen aus Wels\n\nJohanna Pichler\nVerkaufsinnendienst\n"
            "Dichtungstechnik Steiner GmbH | Salzburger Straße 44 | 4600 Wels | Österreich\n"
            "T +43 7242 555 31-12 | FN 218844x, LG Wels")
    eml = outlook_reply(po, "Johanna Pichler", "verkauf@steiner-dichtungen.example", M.rfcdate(2026, 11, 13, 10, 55, 8),
                        "<VI1PR04MB6941A0B1C2D3E4F5A6B7C8D9E0F1@VI1PR04MB6941.eurprd04.prod.outlook.com>", body,
                        sent=(2026, 11, 12, 15, 44), labels=("Von", "Gesendet", "An", "Cc", "Betreff"),
                        re_prefix="AW: ", boundary="024", lang="DE-AT", sent_lang="de", content_language="de-AT")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Per-100 prices: 44,00 -> 0.44 (PO 0.42), 8,50 -> 0.085 and 61,00 -> 0.61 (as PO); "
                   "'27.11.' without year = 2026-11-27, earlier than requested, for all lines.",
                   [conf(po, {1: C(l1, unit_price="0.44", date=d), 2: C(l2, date=d), 3: C(l3, date=d)})])
    return [po], eml, exp


@case("lab-reagents-lots-expiry-balance", "confirmation/en-SG",
      "Singapore reply lists lot numbers, expiry and CoA dates beside each line; methanol split 18 now and 6 on 6 Jan 2027.")
def c025():
    sup = supplier("MERIDLAB", "Meridian Labchem Pte Ltd", "orders@meridian-labchem.example", "en-SG")
    po = PO("4510203627", sup, "nair", "USD", "2026-11-13", [
        L(1, "ML-ACN-HPLC-500", "Acetonitrile HPLC grade >=99.9%, 500 ml bottle", 24, "BTL", "28.60", "2026-12-09"),
        L(2, "ML-HCL37-500", "Hydrochloric acid 37% ACS reagent, 500 ml bottle", 12, "BTL", "14.20", "2026-12-09"),
        L(3, "ML-MEOH-LCMS-500", "Methanol LC-MS grade, 500 ml bottle", 24, "BTL", "31.90", "2026-12-09"),
    ])
    body = ("Dear Priya,\n\nNoted with thanks on PO 4510203627. Kindly see our confirmation below:\n\n"
            "1) Acetonitrile HPLC 500ml x 24 btl @ USD 28.60 - Lot ACN-2610-114, Exp 31-Oct-2028. Delivery 9 Dec 2026.\n"
            "2) HCl 37% ACS 500ml x 12 btl @ USD 14.20 - Lot HC-2609-087, Exp 30-Sep-2029. Delivery 9 Dec 2026.\n"
            "3) Methanol LC-MS 500ml: only 18 btl available now, delivery 9 Dec 2026. Balance 6 btl will be "
            "delivered on 6 Jan 2027 (new lot, CoA dated 21-Dec-2026 to follow).\n\n"
            "Shipment by air as dangerous goods (UN1648 / UN1789 / UN1230), DAP Bremen as per PO.\n\n"
            "Thanks & regards,\nTan Wei Ming\nSales Coordinator\nMeridian Labchem Pte Ltd\n"
            "21 Tuas South Avenue 6, Singapore 637022 | +65 6555 2380\n\n"
            "DISCLAIMER: This email is confidential and intended solely for the addressee.")
    eml = outlook_reply(po, "Tan Wei Ming", "orders@meridian-labchem.example", M.rfcdate(2026, 11, 17, 16, 40, 2, "+0800"),
                        "<SG2PR06MB5310B4A3C2D1E0F9A8B7C6D5E4F3@SG2PR06MB5310.apcprd06.prod.outlook.com>", body,
                        sent=(2026, 11, 13, 17, 5), boundary="025", lang="EN-SG", content_language="en-SG")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Lines 1-2 as ordered; line 3 split 18 on 2026-12-09 + 6 on 2027-01-06; expiry, CoA and UN numbers are noise.",
                   [conf(po, {1: A(l1), 2: A(l2), 3: C(l3, date="2027-01-06", schedule=[(18, "2026-12-09"), (6, "2027-01-06")])})])
    return [po], eml, exp


@case("exchange-ndr-access-denied", "bounce/de-CH",
      "Exchange Online NDR (Undeliverable) with HTML diagnostic, delivery-status and the whole original PO mail attached.")
def c026():
    sup = supplier("LRZREAG", "Labor-Reagenzien Zürich AG", "bestellung@lrz-reagenzien.example", "de-CH")
    po = PO("4510203639", sup, "nair", "EUR", "2026-11-13", [
        L(1, "LRZ-ETOH-AB", "Ethanol absolute p.a., 500 ml bottle", 24, "BTL", "19.80", "2026-12-11"),
        L(2, "LRZ-NAOH-1M", "Sodium hydroxide 1 mol/l, 500 ml bottle", 12, "BTL", "11.40", "2026-12-11"),
    ])
    orig = M.message(top_headers(buyer_addr(po), "bestellung@lrz-reagenzien.example", req_subject(po),
                                 M.rfcdate(2026, 11, 13, 15, 12, 40), po["request_message_id"]),
                     M.text(req_text(po, "de"), "plain", "utf-8", "quoted-printable")).replace(b"\r\n", b"\n")
    txt = ("Your message to bestellung@lrz-reagenzien.example couldn't be delivered.\n\n"
           "bestellung wasn't found at lrz-reagenzien.example.\n\n"
           "priya.nair    Office 365    bestellung\nAction Required                 Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
           "- Retype the recipient's address, then resend the message.\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: ZR0P278MB0123.CHEP278.PROD.OUTLOOK.COM\n\n"
           "bestellung@lrz-reagenzien.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
           "Recipient not found by SMTP address lookup'\n\nOriginal message headers:\n\n"
           "Message-ID: " + po["request_message_id"] + "\nSubject: " + req_subject(po) + "\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p style=\"font-family:Segoe UI;font-size:17pt\"><b>Your message to bestellung@lrz-reagenzien.example couldn't be delivered.</b></p>"
            "<p>bestellung wasn't found at lrz-reagenzien.example.</p>"
            "<table><tr><td>priya.nair</td><td>Office 365</td><td>bestellung</td></tr>"
            "<tr><td></td><td style=\"color:#c00000\">Action Required</td><td>Recipient</td></tr></table>"
            "<p><b>Unknown To address</b></p>"
            "<p style=\"font-size:9pt\">Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"
            "</body></html>\n")
    ds = ("Reporting-MTA: dns;ZR0P278MB0123.CHEP278.PROD.OUTLOOK.COM\n"
          "Received-From-MTA: dns;FR3P281MB1540.DEUP281.PROD.OUTLOOK.COM\n"
          "Arrival-Date: Fri, 13 Nov 2026 14:12:41 +0000\n\n"
          "Final-Recipient: rfc822;bestellung@lrz-reagenzien.example\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    root = M.multipart("report", "_000_ZR0P278MB01239F2C_", [
        M.multipart("alternative", "_002_ZR0P278MB01239F2C_", [M.text(txt, "plain", "us-ascii", "quoted-printable"),
                                                               M.text(html, "html", "us-ascii", "quoted-printable")]),
        M.delivery_status(ds),
        M.rfc822(orig),
    ], extra_ct="; report-type=delivery-status")
    hs = [("From", "Microsoft Outlook <postmaster@brightwater-trading.example>"),
          ("To", buyer_addr(po)), ("Subject", "Undeliverable: " + req_subject(po)),
          ("Date", M.rfcdate(2026, 11, 13, 14, 12, 43, "+0000")),
          ("Message-ID", "<d9f3a1c0-6b2e-4e77-8d1f-0a5c2e7b9f41@ZR0P278MB0123.CHEP278.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    eml = M.message(hs, root)
    exp = expected("bounce", "Exchange NDR for the PO request; the attached original still contains the full PO table.")
    return [po], eml, exp


@case("fence-panels-bundles-of-10", "confirmation/sk-SK",
      "Slovak reply: panels only in bundles of 10, 95 becomes 100 at unchanged price; RAL 6005 and 1530x2500 in item text.")
def c027():
    sup = supplier("PLOTYZAH", "Ploty Záhorie s.r.o.", "objednavky@ploty-zahorie.example", "sk-SK")
    po = PO("4510203642", sup, "reiter", "EUR", "2026-11-13", [
        L(1, "PZ-3D-1530", "Fence panel 3D 1530x2500 mm, wire 4 mm, galv. + RAL 6005", 95, "EA", "24.90", "2026-12-10"),
        L(2, "PZ-ST-6040", "Fence post 60x40x2000 mm, RAL 6005", 100, "EA", "9.80", "2026-12-10"),
        L(3, "PZ-KL-6040", "Panel clamp for post 60x40, set of 4", 100, "SET", "1.60", "2026-12-10"),
    ])
    body = ("Dobrý deň, pán Reiter,\n\n"
            "ďakujeme za objednávku 4510203642. Panely expedujeme iba v celých zväzkoch po 10 ks, preto potvrdzujeme "
            "100 ks panelov namiesto 95 ks (cena 24,90 EUR/ks bez zmeny). Stĺpiky 100 ks a príchytky 100 sád "
            "potvrdzujeme podľa objednávky.\n\n"
            "Termín dodania: 10. 12. 2026.")
    sig = "S pozdravom\n\nIng. Zuzana Hrušková\nobchodné oddelenie\nPloty Záhorie s.r.o., Priemyselná 9, 901 01 Malacky\n+421 34 555 2210"
    eml = outlook_reply(po, "Zuzana Hrušková", "objednavky@ploty-zahorie.example", M.rfcdate(2026, 11, 18, 9, 31, 57),
                        "<PR3PR02MB6123F1E2D3C4B5A69788796A5B4C@PR3PR02MB6123.eurprd02.prod.outlook.com>", body, sig,
                        sent=(2026, 11, 13, 12, 20), labels=("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
                        boundary="027", lang="SK", sent_lang="sk", content_language="sk-SK", charset="iso-8859-2")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Bundle rounding 95 -> 100 panels; others as ordered, date 10. 12. 2026 = requested.",
                   [conf(po, {1: C(l1, quantity=100), 2: A(l2), 3: A(l3)})])
    return [po], eml, exp


@case("toner-three-pos-one-mail", "confirmation/en-ZA",
      "South African reply answers three open POs in one mail: one as ordered, one with a later drum date, one with a discontinued line.")
def c028():
    sup = supplier("CAPEIMG", "Cape Imaging Supplies (Pty) Ltd", "orders@capeimaging.example", "en-ZA")
    pa = PO("4510203650", sup, "reiter", "USD", "2026-11-09", [
        L(1, "CI-HP59X", "Toner HP CF259X compatible", 30, "EA", "34.00", "2026-12-11"),
        L(2, "CI-HP26A", "Toner HP CF226A compatible", 20, "EA", "22.50", "2026-12-11"),
    ])
    pb = PO("4510203651", sup, "reiter", "USD", "2026-11-10", [
        L(1, "CI-BR-TN2420", "Toner Brother TN-2420 compatible", 40, "EA", "12.80", "2026-12-11"),
        L(2, "CI-BR-DR2400", "Drum Brother DR-2400 compatible", 10, "EA", "18.90", "2026-12-11"),
    ])
    pc = PO("4510203655", sup, "reiter", "USD", "2026-11-12", [
        L(1, "CI-KY-TK5240K", "Toner Kyocera TK-5240K compatible, black", 16, "EA", "27.40", "2026-12-18"),
        L(2, "CI-KY-TK5240C", "Toner Kyocera TK-5240C compatible, cyan", 8, "EA", "31.10", "2026-12-18"),
    ])
    body = ("Good day Tomasz,\n\nHerewith confirmation of your three open orders:\n\n"
            "PO 4510203650 - both lines confirmed as per order, delivery 11/12/2026.\n\n"
            "PO 4510203651 - TN-2420 toner confirmed, 40 units, delivery 11/12/2026. The DR-2400 drums are only "
            "available from 08/01/2027, so please expect those on that date.\n\n"
            "PO 4510203655 - TK-5240K black confirmed for 18/12/2026. Unfortunately the TK-5240C cyan has been "
            "discontinued by our OEM partner and we cannot supply it - please cancel line 2.\n\n"
            "Prices as per your orders.")
    sig = ("Kind regards\n\nNomvula Dlamini\nCustomer Service\nCape Imaging Supplies (Pty) Ltd\n"
           "14 Marconi Road, Montague Gardens, Cape Town 7441\nTel +27 21 555 0190\nB-BBEE Level 2 Contributor")
    eml = outlook_reply(pa, "Nomvula Dlamini", "orders@capeimaging.example", M.rfcdate(2026, 11, 19, 11, 2, 16, "+0200"),
                        "<JNAP275MB0512C9D8E7F6A5B4C3D2E1F0A9B8@JNAP275MB0512.ZAFP275.PROD.OUTLOOK.COM>", body, sig,
                        subject="RE: Open orders 4510203650 / 4510203651 / 4510203655", sent=(2026, 11, 9, 10, 30),
                        boundary="028", lang="EN-ZA", content_language="en-ZA")
    exp = expected("confirmation", "Three POs answered in one mail, day-first dates (08/01/2027 = 8 Jan).",
                   [conf(pa, {1: A(pa["lines"][0]), 2: A(pa["lines"][1])}),
                    conf(pb, {1: A(pb["lines"][0]), 2: C(pb["lines"][1], date="2027-01-08")}),
                    conf(pc, {1: A(pc["lines"][0]), 2: REJ})])
    return [pa, pb, pc], eml, exp


@case("wallpaper-confirms-superseded-revision", "needs_review/fr-BE",
      "Belgian supplier confirms revision 1 of the PO (old quantities and date, quoted 'Rév. 1'), while revision 2 with other quantities is the open order.")
def c029():
    sup = supplier("PPHAIN", "Papiers Peints Hainaut SA", "commandes@pp-hainaut.example", "fr-BE")
    po = PO("4510203667", sup, "vos", "EUR", "2026-11-13", [
        L(1, "PPH-ORN-BL", "Non-woven wallpaper 'Ornella' blue, roll 10.05 x 0.53 m", 144, "RL", "13.20", "2026-12-18"),
        L(2, "PPH-ORN-GR", "Non-woven wallpaper 'Ornella' grey, roll 10.05 x 0.53 m", 96, "RL", "13.20", "2026-12-18"),
    ], req_id="<po-4510203667.r2@brightwater-trading.example>")
    import copy
    rev1 = copy.deepcopy(po)
    rev1["lines"][0]["quantity"] = 120
    rev1["lines"][1]["quantity"] = 72
    for ln in rev1["lines"]:
        ln["requested_date"] = "2026-12-11"
    quoted = req_text(rev1, "de", intro=("Dear Sir or Madam,\n\nplease find attached our purchase order 4510203667 Rev. 1 "
                                         "of 09.11.2026. Kindly confirm quantity, unit price and delivery date for every "
                                         "line by return mail."))
    body = ("Bonjour Madame Vos,\n\n"
            "Nous vous confirmons votre commande 4510203667 (révision 1) : 120 rouleaux Ornella bleu et 72 rouleaux "
            "Ornella gris à 13,20 € le rouleau, livraison le 11/12/2026.\n\n"
            "Bien à vous,\n\nDelphine Lambert\nService clientèle\nPapiers Peints Hainaut SA\n"
            "Rue de l'Industrie 31 - 7500 Tournai - Belgique\nTVA BE 0412.555.873")
    subj1 = "Purchase order 4510203667 Rev. 1 - please confirm"
    qh = M.outlook_quote_header_text("Anneke Vos <anneke.vos@brightwater-trading.example>", "lundi 9 novembre 2026 11:20",
                                     "commandes@pp-hainaut.example", subj1, labels=("De", "Envoyé", "À", "Cc", "Objet"))
    plain = body + "\n\n" + qh + "\n" + quoted
    html = M.outlook_html(M.html_paras(body, "MsoNormal"),
                          M.outlook_quote_header_html("Anneke Vos <anneke.vos@brightwater-trading.example>",
                                                      "lundi 9 novembre 2026 11:20", "commandes@pp-hainaut.example", subj1,
                                                      labels=("De", "Envoyé", "À", "Cc", "Objet"))
                          + '<p class="MsoNormal">' + M.esc(quoted).replace("\n", "<br>\n") + "</p>", "FR-BE")
    root = M.multipart("alternative", "----=_alt_029", [M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                                        M.text(html, "html", "windows-1252", "quoted-printable")])
    rid1 = "<po-4510203667.r1@brightwater-trading.example>"
    hs = top_headers(M.addr("Delphine Lambert", "commandes@pp-hainaut.example"), buyer_addr(po), "RE: " + subj1,
                     M.rfcdate(2026, 11, 16, 14, 7, 29), "<AM0PR01MB4423E5F6A7B8C9D0E1F2A3B4C5D6@AM0PR01MB4423.eurprd01.prod.outlook.com>",
                     irt=rid1, extra=[("Thread-Topic", subj1)] + OUTLOOK_X + [("Content-Language", "fr-BE")])
    eml = M.message(hs, root)
    exp = expected("needs_review", "The supplier confirms the superseded Rev. 1 (120/72 rolls, 11/12/2026) threaded on the "
                   "Rev. 1 request; the open Rev. 2 (144/96 rolls, 18 Dec) is not answered, so a buyer must re-send Rev. 2.")
    return [po], eml, exp


@case("fish-one-of-three-pos-answered", "confirmation/pt-PT",
      "Portuguese reply answers one of three open POs, promises an answer for another 'amanhã' and ignores the third; ship date from Aveiro vs delivery date in Bremen.")
def c030():
    sup = supplier("FRESCOMR", "Frescomar - Produtos do Mar, Lda.", "encomendas@frescomar.example", "pt-PT")
    pa = PO("4510203672", sup, "berg", "EUR", "2026-11-10", [
        L(1, "FM-BAC-LOM", "Cod loins frozen 400-600 g, carton 6 kg", 360, "KG", "16.40", "2026-12-14"),
        L(2, "FM-PES-FIL", "Hake fillets skinless 80-120 g, carton 6 kg", 240, "KG", "7.80", "2026-12-14"),
    ])
    pb = PO("4510203680", sup, "berg", "EUR", "2026-11-12", [
        L(1, "FM-POL-COZ", "Octopus cooked, frozen, 1-2 kg", 120, "KG", "18.90", "2026-12-21"),
    ])
    pc = PO("4510203684", sup, "berg", "EUR", "2026-11-13", [
        L(1, "FM-SAR-IQF", "Sardine whole IQF 16-20 pcs/kg, carton 6 kg", 300, "KG", "4.20", "2027-01-11"),
    ])
    body = ("Bom dia Sr. Berg,\n\n"
            "Relativamente à vossa encomenda 4510203672, confirmamos:\n\n"
            "- Lombos de bacalhau 400-600 g: 360 kg (60 caixas de 6 kg) a 16,40 €/kg\n"
            "- Filetes de pescada 80-120 g: 240 kg (40 caixas) a 7,95 €/kg (ajuste de preço do nosso fornecedor)\n\n"
            "Entrega em Bremen a 14/12/2026 (o camião frigorífico sai de Aveiro a 10/12).\n\n"
            "Quanto à encomenda 4510203684 (sardinha), respondemos amanhã, depois de confirmadas as capturas.\n\n"
            "Cumprimentos,\nRui Fernandes\nDep. Comercial\nFrescomar - Produtos do Mar, Lda.\nZona Industrial da Mota, "
            "3830-527 Gafanha da Encarnação")
    eml = outlook_reply(pa, "Rui Fernandes", "encomendas@frescomar.example", M.rfcdate(2026, 11, 18, 10, 14, 51, "+0000"),
                        "<DU2PR03MB7702A9B8C7D6E5F4A3B2C1D0E9F8@DU2PR03MB7702.eurprd03.prod.outlook.com>", body,
                        sent=(2026, 11, 10, 16, 2), labels=("De", "Enviada", "Para", "Cc", "Assunto"),
                        boundary="030", lang="PT", sent_lang="pt", content_language="pt-PT", charset="iso-8859-15")
    exp = expected("confirmation", "Only PO 4510203672 is answered (hake price 7.80 -> 7.95, delivery 14/12 wins over "
                   "ship 10/12); 4510203684 is only mentioned ('amanhã') and 4510203680 not at all - both left out.",
                   [conf(pa, {1: A(pa["lines"][0]), 2: C(pa["lines"][1], unit_price="7.95")})])
    return [pa, pb, pc], eml, exp


@case("honey-3rd-jan-and-pdf-iso-date", "confirmation/en-AU",
      "Australian reply says the vessel 'departs 3rd Jan'; the attached PDF says ship date 2027-01-03: the same date written twice, ship date only.")
def c031():
    sup = supplier("SCROSSAP", "Southern Cross Apiaries Pty Ltd", "exports@southerncrossapiaries.example", "en-AU")
    po = PO("4510203691", sup, "dumont", "USD", "2026-11-13", [
        L(1, "SCA-JB-MGO263", "Jelly bush honey MGO 263+, jar 500 g", 240, "JAR", "14.80", "2026-12-21"),
        L(2, "SCA-YB-500", "Yellow box honey, jar 500 g (tray of 12)", 360, "JAR", "4.60", "2026-12-21"),
    ])
    d = next_on_or_after("2026-11-19", 1, 3)
    assert d == "2027-01-03"
    wd(d, "Sun")
    xs = [40, 70, 150, 330, 380, 420, 480]
    pg = erp_pdf_page("Southern Cross Apiaries Pty Ltd",
                      ["48 Apiary Road, Toowoomba QLD 4350, Australia", "ABN 41 155 555 802 | exports@southerncrossapiaries.example"],
                      "SALES ORDER CONFIRMATION",
                      [("Order no.", "SO-26-4471"), ("Order date", "2026-11-19"), ("Customer PO", "4510203691"),
                       ("Customer", "Brightwater Trading GmbH, Bremen, Germany"), ("Delivery terms", "DAP Bremen (Incoterms 2020)"),
                       ("Vessel / voyage", "MSC Aurelia / 2701W, ex Brisbane")],
                      ["Line", "Product", "Description", "Qty", "Unit", "Price USD", "Ship date"],
                      [["1", "JB263-500", "Jelly bush MGO 263+ 500 g", "240", "JAR", "14.80", "2027-01-03"],
                       ["2", "YB-500-T12", "Yellow box 500 g, tray 12", "360", "JAR", "4.60", "2027-01-03"]],
                      xs,
                      ["Prices per quotation Q-1187 valid until 2026-12-31.",
                       "Best before: 36 months from packing. MGO certified by independent lab, report date 2026-10-02.",
                       "Payment: 30 days from bill of lading date."],
                      tj_title=["SALES ORDER ", -40, "CONFIRMATION"])
    pdf = P.build([pg], title="SO-26-4471", producer="MYOB AccountRight", creation="D:20261119091200+11'00'")
    body = ("Hi Claire,\n\nThanks for the order - all confirmed at your prices. Only change is timing: the first vessel "
            "we could get a container on out of Brisbane departs 3rd Jan, so that's our shipping date for both lines. "
            "Formal acknowledgement attached.\n\nCheers,\nLiam O'Connor\nExport Sales | Southern Cross Apiaries\n"
            "+61 7 4555 0128")
    att = M.attachment(pdf, "application/pdf", "SO-26-4471.pdf")
    eml = gmail_reply(po, "Liam O'Connor", "exports@southerncrossapiaries.example", M.rfcdate(2026, 11, 19, 9, 14, 30, "+1000"),
                      "<CAL9pQ1wE3rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rT@mail.gmail.com>", body,
                      sent=(2026, 11, 13, 16, 5), boundary="31aa0b9c8d7e", attachments=[att], html=True)
    l1, l2 = po["lines"]
    exp = expected("confirmation", "'3rd Jan' (no year, after the Nov mail) = 2027-01-03 = PDF ship date; ship date "
                   "only, so it is the line date; quote validity and lab report dates are noise.",
                   [conf(po, {1: C(l1, date=d), 2: C(l2, date=d)})])
    return [po], eml, exp


@case("ticket-system-auto-ack-fr-ca", "auto_reply/fr-CA",
      "Bilingual Quebec helpdesk auto-acknowledgement with a ticket number and a 2-business-day promise; nothing about the order.")
def c032():
    sup = supplier("EALGSE", "Équipements Aéroportuaires Laurentides inc.", "commandes@eal-gse.example", "fr-CA")
    po = PO("4510203702", sup, "falk", "USD", "2026-11-13", [
        L(1, "EAL-BP-TUG40", "Brake pad set, baggage tractor TUG 40", 24, "SET", "86.00", "2026-12-18"),
        L(2, "EAL-HL-LED24", "LED headlamp 24 V, GSE vehicles", 16, "EA", "57.50", "2026-12-18"),
    ])
    body = ("Bonjour,\n\n"
            "Nous avons bien reçu votre demande. Un membre de notre équipe du service à la clientèle vous répondra "
            "dans un délai de 2 jours ouvrables.\n\n"
            "Numéro de billet : 48213\nObjet : Purchase order 4510203702 - please confirm\n\n"
            "Pour ajouter des renseignements, répondez simplement à ce courriel en conservant le numéro de billet "
            "dans l'objet.\n\n"
            "---\n\nHello,\n\nWe have received your request. A member of our customer service team will get back to "
            "you within 2 business days.\n\nTicket number: 48213\n\n"
            "Équipements Aéroportuaires Laurentides inc. | 2250, boul. des Laurentides, Laval (Québec) H7K 2J3\n"
            "##- Veuillez écrire au-dessus de cette ligne / Please type your reply above this line -##\n")
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
            + M.html_paras(body) + "</body></html>\n")
    root = M.multipart("alternative", "--==_mimepart_6554a1f3b2c4d_7e2f3a1c8812", [
        M.text(body, "plain", "utf-8", "quoted-printable"), M.text(html, "html", "utf-8", "quoted-printable")])
    hs = top_headers(M.addr("Service à la clientèle EAL", "soutien@eal-gse.example"), buyer_addr(po),
                     "[Billet #48213] Purchase order 4510203702 - please confirm",
                     M.rfcdate(2026, 11, 13, 10, 31, 5, "-0500"), "<ticket-48213-auto.1763047865@eal-gse.example>",
                     irt=po["request_message_id"],
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                            ("Precedence", "bulk")])
    eml = M.message(hs, root)
    exp = expected("auto_reply", "Helpdesk ticket acknowledgement ('2 jours ouvrables'), no answer on the order.")
    return [po], eml, exp


@case("gse-split-pins-price-per-100-nos", "confirmation/en-IN",
      "Indian supplier confirms split pins 'USD 3.60 per 100 nos.' while the PO is per piece at 0.038; other lines per piece as ordered.")
def c033():
    sup = supplier("SGAERO", "Shree Ganesh Aero Components Pvt. Ltd.", "sales@sgaerocomp.example", "en-IN")
    po = PO("4510203715", sup, "falk", "USD", "2026-11-16", [
        L(1, "SGA-SP-3240", "Split pin 3.2 x 40 mm DIN EN ISO 1234, A2 stainless", 2000, "EA", "0.038", "2026-12-18"),
        L(2, "SGA-WN-M10", "Wheel nut M10x1.25, baggage cart, zinc plated", 400, "EA", "0.62", "2026-12-18"),
        L(3, "SGA-TH-25", "Tow hitch pin 25 mm with R-clip", 80, "EA", "4.90", "2026-12-18"),
    ])
    p1 = per("3.60", 100)
    assert p1 == "0.036"
    body = ("Dear Madam,\n\nGreetings from Shree Ganesh Aero Components!\n\n"
            "We are pleased to confirm your PO No. 4510203715 dated 16.11.2026 as under:\n\n"
            "1. Split pin 3.2x40 A2 - 2,000 nos. @ USD 3.60 per 100 nos.\n"
            "2. Wheel nut M10x1.25 - 400 nos. @ USD 0.62 each\n"
            "3. Tow hitch pin 25 mm - 80 nos. @ USD 4.90 each\n\n"
            "Delivery: 18.12.2026 at your Bremen warehouse by air freight.\n\n"
            "Kindly note payment 60 days from invoice as agreed. Our GST/IEC details remain unchanged.\n\n"
            "Thanking you and assuring you of our best services at all times,\n\n"
            "Regards,\nRajesh Kulkarni\nManager - Exports\nShree Ganesh Aero Components Pvt. Ltd.\n"
            "Plot No. 114, MIDC Bhosari, Pune 411026, India | +91 20 5555 7710")
    eml = outlook_reply(po, "Rajesh Kulkarni", "sales@sgaerocomp.example", M.rfcdate(2026, 11, 18, 12, 40, 19, "+0530"),
                        "<PN3PR01MB7321D5C4B3A29180F7E6D5C4B3A2@PN3PR01MB7321.INDPRD01.PROD.OUTLOOK.COM>", body,
                        sent=(2026, 11, 16, 15, 2), boundary="033", lang="EN-IN", content_language="en-IN")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "USD 3.60 per 100 = 0.036 per piece (PO 0.038), a price change; 18.12.2026 day-first = requested.",
                   [conf(po, {1: C(l1, unit_price=p1), 2: A(l2), 3: A(l3)})])
    return [po], eml, exp


@case("plywood-confirmed-asks-new-delivery-address", "confirmation/nl-BE",
      "Flemish reply confirms everything as ordered and then asks us to change the delivery address on the PO: a side question, not a condition.")
def c034():
    sup = supplier("HOUTVL", "Houthandel Vlaanderen NV", "verkoop@houthandel-vlaanderen.example", "nl-BE")
    po = PO("4510203721", sup, "berg", "EUR", "2026-11-16", [
        L(1, "HV-OKO-18", "Okoume plywood 18 mm 2500x1220, BB/BB, EN 636-2", 120, "SHT", "42.60", "2026-12-09"),
        L(2, "HV-FF-21", "Film-faced plywood 21 mm 2500x1250, 120 g/m2 brown", 80, "SHT", "51.30", "2026-12-09"),
    ])
    wd("2026-12-09", "Wed")
    body = ("Dag Jonas,\n\n"
            "Bestelling 4510203721 is in orde: 120 platen okoumé 18 mm en 80 platen betonplex 21 mm, prijzen volgens "
            "bestelling, levering woensdag 9 december.\n\n"
            "Eén vraagje nog: op de bestelbon staat nog altijd Tor 3, Hafenstrasse 41. Onze chauffeur heeft daar de "
            "vorige keer bijna een uur moeten wachten. Kunnen jullie het leveradres op de bestelling aanpassen naar "
            "jullie nieuwe depot in de Ludwig-Roselius-Allee? Stuur gerust een aangepaste bestelbon.\n\n"
            "Met vriendelijke groeten,\nPieter Claes\nVerkoop binnendienst\nHouthandel Vlaanderen NV\n"
            "Kanaaldijk 14, 8500 Kortrijk\nBTW BE 0455.555.120")
    eml = outlook_reply(po, "Pieter Claes", "verkoop@houthandel-vlaanderen.example", M.rfcdate(2026, 11, 18, 16, 21, 0),
                        "<AM6PR09MB4411B2C3D4E5F6A7B8C9D0E1F2A3@AM6PR09MB4411.eurprd09.prod.outlook.com>", body,
                        sent=(2026, 11, 16, 9, 48), labels=("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
                        boundary="034", lang="NL-BE", sent_lang="nl", content_language="nl-BE")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Full acceptance (woensdag 9 december = requested); the address-change request is a side "
                   "question that does not make the commitment conditional.",
                   [conf(po, {1: A(l1), 2: A(l2)})])
    return [po], eml, exp


@case("sanitary-kw-holiday-table-in-signature", "confirmation/de-DE",
      "German reply gives KW 51 and KW 3; the signature carries a calendar-week holiday table (KW 52, KW 53, KW 1) that must not be taken as dates.")
def c035():
    sup = supplier("SANIWW", "Sanitärkeramik Westerwald GmbH", "vertrieb@sanikeramik-ww.example", "de-DE")
    po = PO("4510203733", sup, "ferri", "EUR", "2026-11-16", [
        L(1, "SKW-WT-600", "Waschtisch 600x480 mm, weiss, mit Ueberlauf", 24, "EA", "68.00", "2026-12-18"),
        L(2, "SKW-WC-WH-RL", "Wand-WC spuelrandlos 540 mm, weiss", 24, "EA", "104.00", "2026-12-18"),
        L(3, "SKW-UR-SENS", "Urinal mit Sensorsteuerung 230 V", 6, "EA", "389.00", "2026-12-18"),
    ])
    k51, k3 = kw(2026, 51), kw(2027, 3)
    assert k51 == "2026-12-18" and k3 == "2027-01-22"
    body = ("Hallo Herr Ferri,\n\n"
            "Ihre Bestellung 4510203733 bestätigen wir zu den genannten Preisen. Liefertermin für Pos. 1 und 2: KW 51.\n"
            "Das Urinal (Pos. 3) ist derzeit nicht vorrätig, hier können wir Ihnen KW 3 zusagen.")
    sig = ("Freundliche Grüße\n\nSabine Krämer\nVertriebsinnendienst\n\n"
           "Sanitärkeramik Westerwald GmbH | Am Tonberg 3 | 56203 Höhr-Grenzhausen\nTel. 02624 555-140\n\n"
           "Bitte beachten Sie unsere Betriebsferien zum Jahreswechsel:\n"
           "KW 52 | 21.12.-24.12.2026 | nur Notdienst\n"
           "KW 53 | 28.12.-31.12.2026 | geschlossen\n"
           "KW 1  | 04.01.2027       | Inventur, kein Versand\n\n"
           "Sitz der Gesellschaft: Höhr-Grenzhausen | HRB 4471 AG Montabaur")
    sig_html = M.html_paras("Freundliche Grüße\n\nSabine Krämer\nVertriebsinnendienst\n\n"
                            "Sanitärkeramik Westerwald GmbH | Am Tonberg 3 | 56203 Höhr-Grenzhausen\nTel. 02624 555-140", "MsoNormal")
    sig_html += ('\n<p class="MsoNormal"><b>Bitte beachten Sie unsere Betriebsferien zum Jahreswechsel:</b></p>\n'
                 '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:9pt">'
                 "<tr><td>KW 52</td><td>21.12.-24.12.2026</td><td>nur Notdienst</td></tr>"
                 "<tr><td>KW 53</td><td>28.12.-31.12.2026</td><td>geschlossen</td></tr>"
                 "<tr><td>KW 1</td><td>04.01.2027</td><td>Inventur, kein Versand</td></tr></table>\n"
                 '<p class="MsoNormal" style="font-size:8pt">Sitz der Gesellschaft: Höhr-Grenzhausen | HRB 4471 AG Montabaur</p>')
    eml = outlook_reply(po, "Sabine Krämer", "vertrieb@sanikeramik-ww.example", M.rfcdate(2026, 11, 19, 8, 3, 45),
                        "<FR2P281MB1602A3B4C5D6E7F8A9B0C1D2E3F4@FR2P281MB1602.DEUP281.PROD.OUTLOOK.COM>", body, sig,
                        sent=(2026, 11, 16, 14, 30), labels=("Von", "Gesendet", "An", "Cc", "Betreff"), re_prefix="AW: ",
                        boundary="035", lang="DE", sent_lang="de", content_language="de-DE",
                        sig_html=sig_html)
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "KW 51 = 2026-12-18 (= requested) for lines 1-2, KW 3 = 2027-01-22 for line 3; the "
                   "holiday table in the signature is noise.",
                   [conf(po, {1: A(l1), 2: A(l2), 3: C(l3, date=k3)})])
    return [po], eml, exp


@case("fence-panels-will-revert-friday", "needs_review/pl-PL",
      "Polish phone reply: checking RAL 7016 availability with the galvaniser, answer 'najpóźniej w piątek' - nothing committed.")
def c036():
    sup = supplier("OGRMAZUR", "Ogrodzenia Mazur Sp. j.", "biuro@ogrodzenia-mazur.example", "pl-PL")
    po = PO("4510203740", sup, "reiter", "EUR", "2026-11-17", [
        L(1, "OM-P3D-1230", "Fence panel 3D 1230x2500 mm, wire 5 mm, RAL 7016", 200, "EA", "21.80", "2026-12-16"),
        L(2, "OM-BR-1012", "Garden gate 1000x1200 mm, RAL 7016", 4, "EA", "189.00", "2026-12-16"),
    ])
    body = ("Dzień dobry,\ndziękujemy za zamówienie. Sprawdzamy jeszcze dostępność paneli w kolorze RAL 7016 w "
            "ocynkowni, odpowiemy najpóźniej w piątek.\nPozdrawiam\nKatarzyna Mazur\n\n"
            "Wysłane z telefonu Samsung Galaxy\n\n\n"
            "-------- Oryginalna wiadomość --------\nOd: Tomasz Reiter <tomasz.reiter@brightwater-trading.example>\n"
            "Data: 17.11.2026 11:02 (GMT+01:00)\nDo: biuro@ogrodzenia-mazur.example\n"
            "Temat: Purchase order 4510203740 - please confirm\n\n" + req_text(po, "de"))
    eml = plain_reply(po, "Katarzyna Mazur", "biuro@ogrodzenia-mazur.example", M.rfcdate(2026, 11, 18, 7, 52, 3),
                      "<k9d2f1a0-3e4b-4c5d-8e6f-7a8b9c0d1e2f@email.android.com>", body,
                      subject="Re: Purchase order 4510203740 - please confirm", charset="utf-8", cte="base64")
    exp = expected("needs_review", "Holding reply: availability being checked, answer promised by Friday; no commitment.")
    return [po], eml, exp


@case("escooter-batteries-60-now-40-kw4", "confirmation/de-DE",
      "German supplier writing English: 'we can send 60 now (dispatch tomorrow, 19.11.), 40 in KW 4'; other lines ship tomorrow too.")
def c037():
    sup = supplier("VOLTREICH", "Voltreich E-Mobility Parts GmbH", "sales@voltreich.example", "de-DE")
    po = PO("4510203752", sup, "nair", "EUR", "2026-11-16", [
        L(1, "VR-BAT-3610", "Battery pack 36V 10.4Ah Li-ion, with BMS", 100, "EA", "139.00", "2026-12-04"),
        L(2, "VR-CHG-422", "Charger 42V 2A, EU plug", 100, "EA", "14.50", "2026-12-04"),
        L(3, "VR-DSP-LCD5", "LCD display, 5-pin, with thumb throttle", 50, "EA", "22.80", "2026-12-04"),
    ])
    tomorrow = "2026-11-19"
    k4 = kw(2027, 4)
    assert k4 == "2027-01-29"
    body = ("Hello Priya,\n\nthank you for PO 4510203752.\n\n"
            "Battery packs: we can send 60 now (dispatch tomorrow, 19.11.), 40 in KW 4 when the next cell shipment "
            "has arrived.\nChargers: 100 pcs, dispatch together with the first 60 batteries.\n"
            "Displays: 50 pcs, also tomorrow.\n\n"
            "Prices as per your PO. Please note the batteries travel as UN3480, class 9 - our forwarder will call "
            "your goods-in for a slot.\n\nBest regards\nFlorian Haas\nSales Germany & Export\n"
            "Voltreich E-Mobility Parts GmbH | Gutenbergstr. 12 | 70771 Leinfelden-Echterdingen\n+49 711 555 3390")
    eml = gmail_reply(po, "Florian Haas", "sales@voltreich.example", M.rfcdate(2026, 11, 18, 17, 6, 12),
                      "<CAM3kN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR@mail.gmail.com>", body,
                      sent=(2026, 11, 16, 13, 20), boundary="37bb1c0d9e8f")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Line 1: 60 ship 2026-11-19 (tomorrow = the 19.11. stated), 40 in KW 4 = Fri 2027-01-29; "
                   "lines 2-3 ship 2026-11-19 (ship date only).",
                   [conf(po, {1: C(l1, date=k4, schedule=[(60, tomorrow), (40, k4)]), 2: C(l2, date=tomorrow),
                              3: C(l3, date=tomorrow)})])
    return [po], eml, exp


@case("fish-reply-from-group-domain", "confirmation/lt-LT",
      "Lithuanian confirmation sent from the seafood group's domain, not the supplier's own; ISO date, one price per kg raised.")
def c038():
    sup = supplier("BALTZUV", "UAB Baltijos žuvis", "uzsakymai@baltijoszuvis.example", "lt-LT")
    po = PO("4510203764", sup, "berg", "EUR", "2026-11-17", [
        L(1, "BZ-SIL-FIL", "Herring fillets, marinated, frozen, carton 6 kg", 480, "KG", "5.20", "2026-12-10"),
        L(2, "BZ-SKU-FIL", "Mackerel fillets, cold smoked, frozen, carton 6 kg", 240, "KG", "8.90", "2026-12-10"),
    ])
    body = ("Laba diena, Jonai,\n\npatvirtiname užsakymą Nr. 4510203764:\n\n"
            "1. Silkių filė, marinuota - 480 kg (80 dėžių po 6 kg), 5,20 EUR/kg\n"
            "2. Skumbrių filė, šaltai rūkyta - 240 kg (40 dėžių), 9,10 EUR/kg (žaliavos kaina pakilo)\n\n"
            "Pristatymas į Bremeną 2026-12-10.\n\n"
            "Pagarbiai\nRūta Petrauskienė\nPardavimų vadybininkė\nUAB „Baltijos žuvis“ - Baltic Seafood Group\n"
            "Pramonės g. 8, LT-94102 Klaipėda\n\n"
            "Nuo: Jonas Berg <jonas.berg@brightwater-trading.example>\nIšsiųsta: 2026 m. lapkričio 17 d. 10:25\n"
            "Kam: uzsakymai@baltijoszuvis.example\nTema: Purchase order 4510203764 - please confirm\n\n"
            + req_text(po, "iso"))
    eml = plain_reply(po, "Rūta Petrauskienė", "r.petrauskiene@balticseafood-group.example",
                      M.rfcdate(2026, 11, 19, 13, 45, 2, "+0200"), "<0f1e2d3c4b5a69788796a5b4c3d2e1f0@balticseafood-group.example>",
                      body, subject="RE: Purchase order 4510203764 - please confirm", charset="windows-1257", cte="8bit",
                      cc="uzsakymai@baltijoszuvis.example")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Sender domain balticseafood-group.example differs from the supplier's but the signature "
                   "and the PO number tie it to UAB Baltijos žuvis; mackerel 8.90 -> 9.10.",
                   [conf(po, {1: A(l1), 2: C(l2, unit_price="9.10")})])
    return [po], eml, exp


@case("cheese-invoice-for-other-order", "unrelated/it-IT",
      "Italian invoice with PDF for an older order number not in the open POs; due date and amounts look like order data.")
def c039():
    sup = supplier("PARMANRD", "Caseificio Parma Nord S.r.l.", "ordini@parmanord.example", "it-IT")
    po = PO("4510203771", sup, "dumont", "EUR", "2026-11-17", [
        L(1, "PN-PR24-1/8", "Parmigiano Reggiano DOP 24 mesi, 1/8 forma ~4,5 kg", 180, "KG", "17.90", "2026-12-15"),
        L(2, "PN-GRT-1KG", "Parmigiano grated, bag 1 kg", 60, "KG", "15.40", "2026-12-15"),
    ])
    xs = [40, 75, 150, 350, 390, 430, 495]
    pg = erp_pdf_page("Caseificio Parma Nord S.r.l.",
                      ["Strada Provinciale 12, 43029 Traversetolo (PR)", "P.IVA IT02255510344 | amministrazione@parmanord.example"],
                      "FATTURA N. 2026/1842",
                      [("Data", "18/11/2026"), ("Cliente", "Brightwater Trading GmbH, Bremen (DE)"),
                       ("Vs. ordine", "4510202988 del 12/10/2026"), ("DDT", "n. 2211 del 13/11/2026")],
                      ["Riga", "Codice", "Descrizione", "Q.ta", "UM", "Prezzo", "Importo"],
                      [["1", "PR24-8", "Parmigiano Reggiano DOP 24 mesi 1/8", "150", "KG", "17,60", "2.640,00"],
                       ["2", "PR36-8", "Parmigiano Reggiano DOP 36 mesi 1/8", "40", "KG", "22,80", "912,00"]],
                      xs,
                      ["Imponibile EUR 3.552,00 - Operazione non imponibile art. 41 DL 331/93",
                       "Pagamento: bonifico 60 gg d.f. - Scadenza 17/01/2027",
                       "IBAN IT60 X054 2811 1010 0000 0123 456"])
    pdf = P.build([pg], title="Fattura 2026/1842", producer="TeamSystem", creation="D:20261118170500+01'00'")
    body = ("Spett.le Brightwater Trading GmbH,\n\n"
            "in allegato la fattura n. 2026/1842 del 18/11/2026 relativa al Vs. ordine 4510202988 (DDT 2211 del 13/11/2026).\n\n"
            "Cordiali saluti\nUfficio Amministrazione\nCaseificio Parma Nord S.r.l.\n")
    root = M.multipart("mixed", "=_parmanord_fatt_1842", [M.text(body, "plain", "utf-8", "quoted-printable"),
                                                          M.attachment(pdf, "application/pdf", "Fattura_2026-1842.pdf")])
    hs = top_headers(M.addr("Caseificio Parma Nord - Amministrazione", "amministrazione@parmanord.example"),
                     "claire.dumont@brightwater-trading.example", "Fattura n. 2026/1842 del 18/11/2026",
                     M.rfcdate(2026, 11, 18, 17, 6, 40), "<fatt20261842.1763481999@parmanord.example>")
    eml = M.message(hs, root)
    exp = expected("unrelated", "Invoice for order 4510202988, not the open PO 4510203771; due date 17/01/2027 is a payment date.")
    return [po], eml, exp


@case("guitars-red-answers-in-quoted-table", "confirmation/es-MX",
      "HTML-only Outlook reply: the Mexican supplier typed answers in red into an extra column of our quoted PO table; quantity cut on one line, price change on another.")
def c040():
    sup = supplier("GPARACHO", "Guitarras Artesanales de Paracho S.A. de C.V.", "ventas@guitarras-paracho.example", "es-MX")
    po = PO("4510203785", sup, "nair", "USD", "2026-11-17", [
        L(1, "GP-CL-CED", "Classical guitar, solid cedar top, rosewood b/s, 650 mm", 20, "EA", "245.00", "2026-12-18"),
        L(2, "GP-REQ-535", "Requinto guitar 535 mm, solid spruce", 10, "EA", "198.00", "2026-12-18"),
        L(3, "GP-STR-NYL", "Nylon string set, normal tension", 200, "SET", "2.40", "2026-12-18"),
    ])
    red = lambda t: f'<span style="color:red"><b>{M.esc(t)}</b></span>'
    table = req_html_table(po, "uk", extra_cols=["Confirmación proveedor"], red={
        1: [red("OK, entrega 18/12/2026")],
        2: [red("Sólo 6 pzas, entrega 18/12/2026; las otras 4 no alcanzamos a fabricarlas este año")],
        3: [red("OK, precio USD 2.10 por juego")],
    })
    top = ('<p class="MsoNormal">Buen día Priya,</p><p class="MsoNormal">Le confirmo el pedido, mis comentarios van en '
           '<span style="color:red">rojo</span> en la tabla.</p><p class="MsoNormal">Saludos cordiales,<br>Alejandro Ruiz '
           'Zavala<br>Ventas Exportación<br>Guitarras Artesanales de Paracho S.A. de C.V.<br>Av. Independencia 410, '
           'Paracho, Mich., México<br>Tel. +52 423 555 0133</p>')
    qh = M.outlook_quote_header_html("Priya Nair <priya.nair@brightwater-trading.example>", "martes, 17 de noviembre de 2026 10:15",
                                     "ventas@guitarras-paracho.example", req_subject(po), labels=("De", "Enviado", "Para", "CC", "Asunto"))
    quoted = ('<p class="MsoNormal">Dear Sir or Madam,</p><p class="MsoNormal">please find attached our purchase order '
              '4510203785. Kindly confirm quantity, unit price and delivery date for every line by return mail.</p>'
              + table + '<p class="MsoNormal">Kind regards<br>Priya Nair<br>Purchasing<br>Brightwater Trading GmbH</p>')
    html = M.outlook_html(top, qh + quoted, "ES-MX")
    root = M.text(html, "html", "utf-8", "quoted-printable")
    hs = top_headers(M.addr("Alejandro Ruiz Zavala", "ventas@guitarras-paracho.example"), buyer_addr(po),
                     "RE: " + req_subject(po), M.rfcdate(2026, 11, 20, 9, 41, 17, "-0600"),
                     "<CY8PR12MB7195E4F5A6B7C8D9E0F1A2B3C4D5@CY8PR12MB7195.namprd12.prod.outlook.com>",
                     irt=po["request_message_id"], extra=[("Thread-Topic", req_subject(po))] + OUTLOOK_X + [("Content-Language", "es-MX")])
    eml = M.message(hs, root)
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Answers only in red cells of the quoted table: line 1 OK, line 2 only 6 pcs, line 3 "
                   "price 2.10; our requested dates in the same rows are 18/12/2026 too.",
                   [conf(po, {1: A(l1), 2: C(l2, quantity=6), 3: C(l3, unit_price="2.10")})])
    return [po], eml, exp


@case("ukulele-big5-roc-calendar-dates", "confirmation/zh-TW",
      "Traditional Chinese reply in Big5 with Minguo (ROC) dates 115/12/18 and 116/01/08; ship dates only; tuner price raised.")
def c041():
    sup = supplier("TWSTRING", "Taiwan String Instruments Co., Ltd.", "sales@twstrings.example", "zh-TW")
    po = PO("4510203793", sup, "nair", "USD", "2026-11-18", [
        L(1, "TS-UKE-CON", "Concert ukulele, mahogany, with gig bag", 60, "EA", "38.50", "2026-12-18"),
        L(2, "TS-STR-UKE", "Ukulele strings fluorocarbon, set", 300, "SET", "2.20", "2026-12-18"),
        L(3, "TS-TUN-CLIP", "Clip-on tuner, chromatic", 150, "EA", "3.40", "2026-12-18"),
    ])
    assert 115 + 1911 == 2026
    body = ("Priya 您好：\n\n謝謝您的訂單 4510203793，確認如下：\n\n"
            "1. 音樂會烏克麗麗（桃花心木，附琴袋）60 把，單價 USD 38.50，交期 115/12/18\n"
            "2. 烏克麗麗氟碳弦 300 套，單價 USD 2.20，交期 115/12/18\n"
            "3. 夾式調音器 150 個，單價調整為 USD 3.60（晶片漲價），交期 116/01/08\n\n"
            "以上交期為台中港出貨日。\n\n祝 商祺\n\n陳美玲 Meiling Chen\n業務部\n臺灣弦樂器股份有限公司\n"
            "Tel: +886 4 2555 8120\n\n"
            "-----Original Message-----\nFrom: Priya Nair <priya.nair@brightwater-trading.example>\n"
            "Sent: Wednesday, November 18, 2026 5:30 PM\nTo: sales@twstrings.example\n"
            "Subject: Purchase order 4510203793 - please confirm\n\n" + req_text(po, "iso"))
    eml = plain_reply(po, "陳美玲 Meiling Chen", "sales@twstrings.example", M.rfcdate(2026, 11, 20, 11, 8, 54, "+0800"),
                      "<003e01dc5a11$8c2d4e10$a4876e30$@twstrings.example>", body,
                      subject="RE: Purchase order 4510203793 - please confirm", charset="big5", cte="base64",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "ROC year 115 = 2026, 116 = 2027: lines 1-2 ship 2026-12-18 (= requested), line 3 "
                   "ships 2027-01-08 at 3.60.",
                   [conf(po, {1: A(l1), 2: A(l2), 3: C(l3, unit_price="3.60", date="2027-01-08")})])
    return [po], eml, exp


@case("wire-rope-korean-ship-date-only", "confirmation/ko-KR",
      "Korean reply in EUC-KR: reels of 500 m match the order, zinc surcharge on one line, only an FOB Busan ship date '12월 22일' without year.")
def c042():
    sup = supplier("DAEHANWR", "Daehan Wire Rope Co., Ltd.", "export@daehanwire.example", "ko-KR")
    po = PO("4510203806", sup, "berg", "USD", "2026-11-18", [
        L(1, "DH-16-636", "Steel wire rope 16 mm 6x36 WS-IWRC, bright, reel 500 m", 1000, "M", "5.80", "2027-01-22"),
        L(2, "DH-10-619", "Steel wire rope 10 mm 6x19 IWRC, galvanised, reel 500 m", 500, "M", "3.10", "2027-01-22"),
    ])
    d = next_on_or_after("2026-11-23", 12, 22)
    assert d == "2026-12-22"
    body = ("Jonas 님께,\n\n귀사의 주문 4510203806 감사드립니다. 아래와 같이 확인드립니다.\n\n"
            "1. 16mm 6x36 WS-IWRC: 1,000m (500m × 2릴), 단가 USD 5.80/m - 확인\n"
            "2. 10mm 6x19 IWRC 아연도금: 500m (1릴), 단가 USD 3.25/m (아연 가격 인상)\n\n"
            "선적일: 12월 22일 부산항 출항 (FOB Busan 기준)\n"
            "밀시트(EN 10204 3.1)는 선적서류와 함께 송부 예정입니다.\n\n"
            "감사합니다.\n김민준 드림\n대한와이어로프(주) 해외영업팀\nTel +82 51 555 2231\n")
    eml = plain_reply(po, "김민준", "export@daehanwire.example", M.rfcdate(2026, 11, 23, 14, 2, 18, "+0900"),
                      "<20261123140218.A1B2C3D4@daehanwire.example>", body,
                      subject="RE: Purchase order 4510203806 - please confirm", charset="euc-kr", cte="base64")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Ship date only (12월 22일 -> 2026-12-22) becomes the line date; galvanised rope "
                   "3.10 -> 3.25; 500 m reels fit the ordered metres.",
                   [conf(po, {1: C(l1, date=d), 2: C(l2, unit_price="3.25", date=d)})])
    return [po], eml, exp


@case("guitars-question-left-handed", "needs_review/en-US",
      "US builder asks whether some guitars should be left-handed and whether satin finish is fine before confirming.")
def c043():
    sup = supplier("APPTONE", "Appalachian Tonewood Guitars LLC", "orders@appalachiantonewood.example", "en-US")
    po = PO("4510203812", sup, "nair", "USD", "2026-11-18", [
        L(1, "ATG-D18-NAT", "Dreadnought acoustic guitar, solid spruce/mahogany, natural", 12, "EA", "412.00", "2027-01-15"),
        L(2, "ATG-CASE-D", "Hardshell case, dreadnought", 12, "EA", "64.00", "2027-01-15"),
    ])
    body = ("Hi Priya - quick question before I put this into the build schedule: do you want all 12 right-handed, or "
            "should a couple be lefties? Last time your Bremen store asked for 2 left-handed.\n\n"
            "Also, would a satin finish instead of gloss be OK? Same price, and it'd help us hit 1/15.\n\n"
            "Let me know and I'll send the confirmation right away.\n\nThanks!\nCody\n\nSent from my iPhone\n\n"
            f"On Nov 18, 2026, at 11:02 AM, Priya Nair <priya.nair@brightwater-trading.example> wrote:\n\n"
            + M.quote_gt(req_text(po, "us")))
    eml = plain_reply(po, "Cody Whitaker", "cody@appalachiantonewood.example", M.rfcdate(2026, 11, 19, 8, 17, 3, "-0500"),
                      "<7C4E2A91-0B3D-4F5E-8A6B-1C2D3E4F5A6B@appalachiantonewood.example>", body,
                      subject="Re: Purchase order 4510203812 - please confirm",
                      extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expected("needs_review", "Questions about handedness and finish; '1/15' is a target, confirmation explicitly deferred.")
    return [po], eml, exp


@case("pangasius-etd-price-per-kg", "confirmation/vi-VN",
      "Vietnamese reply: '6.000 kg' with dot thousands and '2,55 USD/kg' decimal comma, ETD from Cat Lai 28/12/2026 only.")
def c044():
    sup = supplier("MEKONGSF", "Mekong Delta Seafood JSC", "export@mekongseafood.example", "vi-VN")
    po = PO("4510203820", sup, "berg", "USD", "2026-11-18", [
        L(1, "MK-PNG-FIL", "Pangasius fillets IQF, well-trimmed, 170-220 g, carton 6 kg", 6000, "KG", "2.45", "2027-01-29"),
        L(2, "MK-PNG-POR", "Pangasius portions 120 g IQF, carton 6 kg", 1200, "KG", "3.10", "2027-01-29"),
    ])
    body = ("Kính gửi anh Jonas,\n\nCảm ơn anh đã gửi đơn hàng số 4510203820. Chúng tôi xác nhận như sau:\n\n"
            "- Phi lê cá tra 170-220 g: 6.000 kg (1.000 thùng 6 kg), đơn giá 2,55 USD/kg do giá nguyên liệu tăng\n"
            "- Cá tra cắt khúc 120 g: 1.200 kg (200 thùng), đơn giá 3,10 USD/kg\n\n"
            "Ngày xuất hàng (ETD) cảng Cát Lái: 28/12/2026.\n"
            "Giấy chứng nhận ASC số ASC-C-01942, hiệu lực đến 15/08/2027.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh Xuất khẩu\nCông ty CP Thủy sản Mekong Delta\n"
            "KCN Sa Đéc, Đồng Tháp, Việt Nam")
    eml = gmail_reply(po, "Nguyễn Thị Lan", "export@mekongseafood.example", M.rfcdate(2026, 11, 20, 15, 33, 9, "+0700"),
                      "<CAP1qR3sT5uV7wX9yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV@mail.gmail.com>", body,
                      sent=(2026, 11, 18, 16, 40), boundary="44cc2d1e0f9a", cte="base64",
                      on_line="Vào Th 4, 18 thg 11, 2026 vào lúc 16:40 Jonas Berg <jonas.berg@brightwater-trading.example> đã viết:")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "ETD 28/12/2026 is the only date (ship date) for both lines; fillet price 2.45 -> 2.55; "
                   "certificate validity 15/08/2027 is noise.",
                   [conf(po, {1: C(l1, unit_price="2.55", date="2026-12-28"), 2: C(l2, date="2026-12-28")})])
    return [po], eml, exp


@case("shared-inbox-received-swedish", "auto_reply/sv-SE",
      "Swedish shared order inbox 'vi har tagit emot ditt mejl' auto-reply with opening hours and a promise of a separate acknowledgement.")
def c045():
    sup = supplier("NORDREP", "Nordisk Rep & Lyft AB", "order@nordiskrep.example", "sv-SE")
    po = PO("4510203828", sup, "berg", "EUR", "2026-11-19", [
        L(1, "NRL-WR-14", "Steel wire rope 14 mm 8x36 compacted, reel 500 m", 500, "M", "6.90", "2027-01-15"),
        L(2, "NRL-SH-85", "Bow shackle 8.5 t, galvanised, with safety pin", 20, "EA", "38.00", "2027-01-15"),
    ])
    body = ("Hej!\n\nTack för ditt mejl. Vi har tagit emot ditt meddelande och återkommer så snart vi kan, normalt inom "
            "24 timmar på vardagar. Orderbekräftelse skickas separat från vårt affärssystem.\n\n"
            "Detta är ett automatiskt svar - vänligen svara inte på detta mejl.\n\n"
            "Öppettider ordermottagningen: mån-tors 07-16, fre 07-14.\nMellandagarna 28/12-30/12 har vi begränsad bemanning.\n\n"
            "Med vänlig hälsning\nNordisk Rep & Lyft AB\nHamnvägen 22, 417 64 Göteborg\n")
    eml = plain_reply(po, "Nordisk Rep & Lyft - Order", "order@nordiskrep.example", M.rfcdate(2026, 11, 19, 12, 0, 3),
                      "<auto-ack-20261119120003.99120@nordiskrep.example>", body,
                      subject="Vi har tagit emot ditt mejl: Purchase order 4510203828 - please confirm",
                      charset="iso-8859-1", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    exp = expected("auto_reply", "Shared inbox receipt notice; the holiday dates are not delivery dates.")
    return [po], eml, exp


@case("plywood-m3-indonesian-etd", "confirmation/id-ID",
      "Indonesian reply for plywood ordered in m3: a sheet count '± 448 lembar' beside the m3 quantity, new price per m3 and an ETD Surabaya date written '8 Januari 2027'.")
def c046():
    sup = supplier("NUSAPLY", "PT Nusantara Plywood Industri", "export@nusaply.example", "id-ID")
    po = PO("4510203829", sup, "berg", "USD", "2026-11-19", [
        L(1, "NP-MER-18", "Meranti plywood 18 mm 1220x2440, BB/CC, E1", 24, "M3", "520.00", "2027-02-12"),
        L(2, "NP-FAL-12", "Falcata plywood 12 mm 1220x2440, BB/CC", 12, "M3", "455.00", "2027-02-12"),
    ])
    from decimal import Decimal
    assert round(Decimal(24) / (Decimal("1.22") * Decimal("2.44") * Decimal("0.018"))) == 448
    body = ("Yth. Bapak Jonas Berg,\n\nTerima kasih atas pesanan Bapak No. 4510203829. Dengan ini kami konfirmasi:\n\n"
            "1) Meranti plywood 18 mm 1220x2440 BB/CC: 24 m³ (± 448 lembar), harga USD 535,00/m³ karena kenaikan harga log\n"
            "2) Falcata plywood 12 mm 1220x2440 BB/CC: 12 m³, harga USD 455,00/m³ sesuai PO\n\n"
            "ETD Surabaya (Tanjung Perak): 8 Januari 2027, 1 x 40' HC.\n"
            "Sertifikat SVLK/V-Legal akan dikirim bersama dokumen pengapalan.\n\n"
            "Hormat kami,\nDewi Lestari\nExport Marketing\nPT Nusantara Plywood Industri\nJl. Raya Gresik Km 18, Jawa Timur")
    eml = gmail_reply(po, "Dewi Lestari", "export@nusaply.example", M.rfcdate(2026, 11, 23, 10, 48, 2, "+0700"),
                      "<CAQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU@mail.gmail.com>", body,
                      sent=(2026, 11, 19, 14, 12), boundary="46dd3e2f1a0b",
                      on_line="Pada tanggal Kam, 19 Nov 2026 pukul 14.12 Jonas Berg <jonas.berg@brightwater-trading.example> menulis:")
    l1, l2 = po["lines"]
    exp = expected("confirmation", "PO in m3: 24 m3 kept (sheet count is informative); Meranti 520 -> 535 per m3; ETD "
                   "2027-01-08 is the only date.",
                   [conf(po, {1: C(l1, unit_price="535.00", date="2027-01-08"), 2: C(l2, date="2027-01-08")})])
    return [po], eml, exp


@case("garden-hoses-hebrew-rtl-delivery", "confirmation/he-IL",
      "Hebrew reply (windows-1255, RTL HTML) confirms quantities and prices, delivery to our warehouse 28.12.2026 instead of 21.12.")
def c047():
    sup = supplier("GALILHOS", "Galil Hoses Ltd", "orders@galilhoses.example", "he-IL")
    po = PO("4510203835", sup, "ferri", "USD", "2026-11-19", [
        L(1, "GH-GH12-25", "Garden hose 1/2\" 25 m, anti-kink", 200, "COIL", "10.80", "2026-12-21"),
        L(2, "GH-NZ-8P", "Spray nozzle, 8 patterns", 200, "EA", "3.20", "2026-12-21"),
    ])
    text = ("שלום לוקה,\n\n"
            "תודה על ההזמנה 4510203835. אנו מאשרים:\n"
            "צינור גינה 1/2\" באורך 25 מ' - 200 גלילים, 10.80 דולר לגליל\n"
            "אקדח השקיה 8 מצבים - 200 יח', 3.20 דולר ליחידה\n\n"
            "מועד אספקה למחסן שלכם בברמן: 28.12.2026 (לא נוכל לעמוד ב-21.12).\n\n"
            "בברכה,\nנועה לוי\nמחלקת יצוא | צינורות הגליל בע\"מ\nאזור תעשייה צפוני, כרמיאל\n")
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1255"></head>'
            '<body dir="rtl" style="font-family:Arial">' + M.html_paras(text) + "</body></html>\n")
    root = M.multipart("alternative", "----=_NextPart_047_0A1B_01DC5B2E", [
        M.text(text + "\n\n" + gmail_on(2026, 11, 19, 15, 20, "Luca Ferri <luca.ferri@brightwater-trading.example>") + "\n"
               + M.quote_gt(req_text(po, "de")), "plain", "windows-1255", "quoted-printable"),
        M.text(html, "html", "windows-1255", "quoted-printable")])
    hs = top_headers(M.addr("נועה לוי", "orders@galilhoses.example", "windows-1255"), buyer_addr(po),
                     "RE: " + req_subject(po), M.rfcdate(2026, 11, 22, 9, 5, 41, "+0200"),
                     "<e31b7c20-9f4d-4a1e-b6c2-5d8e0f1a2b3c@galilhoses.example>", irt=po["request_message_id"],
                     charset="windows-1255")
    eml = M.message(hs, root)
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Delivery to warehouse 28.12.2026 for both lines; '21.12' is our requested date repeated.",
                   [conf(po, {1: C(l1, date="2026-12-28"), 2: C(l2, date="2026-12-28")})])
    return [po], eml, exp


@case("honey-ukrainian-ship-vs-delivery", "confirmation/uk-UA",
      "Ukrainian reply (windows-1251): one line short to 180 jars, one price up, shipment 07.12.2026 from Poltava and delivery 11.12.2026 to Bremen.")
def c048():
    sup = supplier("MEDOVAD", "TOV Medova Dolyna", "sales@medova-dolyna.example", "uk-UA")
    po = PO("4510203842", sup, "dumont", "EUR", "2026-11-19", [
        L(1, "MD-SUN-500", "Sunflower honey, jar 500 g (tray of 12)", 720, "JAR", "2.60", "2026-12-18"),
        L(2, "MD-BUCK-500", "Buckwheat honey, jar 500 g (tray of 12)", 240, "JAR", "3.30", "2026-12-18"),
        L(3, "MD-ACA-250", "Acacia honey, jar 250 g", 480, "JAR", "2.10", "2026-12-18"),
    ])
    body = ("Доброго дня, пані Клер!\n\nПідтверджуємо замовлення № 4510203842:\n\n"
            "1. Соняшниковий мед 500 г - 720 банок (60 лотків по 12 шт.), 2,60 EUR/банка\n"
            "2. Гречаний мед 500 г - лише 180 банок (15 лотків), більше цього сорту на складі немає\n"
            "3. Акацієвий мед 250 г - 480 банок, ціна 2,25 EUR/банка (новий урожай)\n\n"
            "Відвантаження зі складу в Полтаві 07.12.2026, доставка до Бремена 11.12.2026.\n\n"
            "З повагою,\nОлена Шевчук\nвідділ експорту\nТОВ «Медова Долина», м. Полтава\n+380 53 255 0147")
    eml = outlook_reply(po, "Олена Шевчук", "sales@medova-dolyna.example", M.rfcdate(2026, 11, 23, 11, 27, 36, "+0200"),
                        "<VI1P195MB0644C7D6E5F4A3B2C1D0E9F8A7B6@VI1P195MB0644.EURP195.PROD.OUTLOOK.COM>", body,
                        sent=(2026, 11, 19, 16, 45), labels=("Від", "Надіслано", "Кому", "Копія", "Тема"),
                        boundary="048", lang="UK", content_language="uk-UA", charset="windows-1251", cte="base64")
    l1, l2, l3 = po["lines"]
    d = "2026-12-11"
    exp = expected("confirmation", "Delivery 11.12.2026 wins over the 07.12.2026 shipment; buckwheat short to 180; acacia 2.10 -> 2.25.",
                   [conf(po, {1: C(l1, date=d), 2: C(l2, quantity=180, date=d), 3: C(l3, unit_price="2.25", date=d)})])
    return [po], eml, exp


@case("pallets-three-deliveries-lid-next-week", "confirmation/lv-LV",
      "Latvian reply: pallets in three deliveries (150/75/75) across the new year, crates as ordered, lids 'will be confirmed next week' (unconfirmed).")
def c049():
    sup = supplier("LVPALET", "SIA Latvijas Paletes", "pasutijumi@lvpaletes.example", "lv-LV")
    po = PO("4510203850", sup, "reiter", "EUR", "2026-11-19", [
        L(1, "LP-CRT-1208", "Wooden crate 1200x800x600 mm, ISPM 15, collapsible", 60, "EA", "39.50", "2026-12-09"),
        L(2, "LP-EPAL-1", "EUR pallet EPAL 1200x800, new (stacks of 15)", 300, "EA", "11.40", "2026-12-09"),
        L(3, "LP-LID-1208", "Pallet lid 1200x800, plywood", 150, "EA", "5.90", "2026-12-09"),
    ])
    body = ("Labdien, Tomasz!\n\nApstiprinām pasūtījumu Nr. 4510203850:\n\n"
            "1) Kastes 1200x800x600 - 60 gab., 39,50 EUR/gab., piegāde 09.12.2026.\n"
            "2) EPAL paletes - 300 gab. (20 kaudzes pa 15 gab.), 11,40 EUR/gab., piegāde trīs daļās:\n"
            "   150 gab. - 09.12.2026\n   75 gab. - 16.12.2026\n   75 gab. - 06.01.2027\n"
            "3) Palešu vāki - šobrīd nav saplākšņa; cenu un termiņu apstiprināsim nākamnedēļ.\n\n"
            "Ar cieņu,\nIlze Bērziņa\nSIA Latvijas Paletes | Rūpniecības iela 21, Jelgava, LV-3001\n+371 63 055 812")
    eml = gmail_reply(po, "Ilze Bērziņa", "pasutijumi@lvpaletes.example", M.rfcdate(2026, 11, 24, 14, 2, 8, "+0200"),
                      "<CAR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oP@mail.gmail.com>", body,
                      sent=(2026, 11, 19, 17, 5), boundary="49ee4f3a2b1c", charset="iso-8859-13",
                      on_line="ceturtd., 2026. g. 19. nov., plkst. 17:05 - lietotājs Tomasz Reiter (<tomasz.reiter@brightwater-trading.example>) rakstīja:")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Three-date schedule 150 + 75 + 75 ending 2027-01-06; lids explicitly deferred -> unconfirmed.",
                   [conf(po, {1: A(l1), 2: C(l2, date="2027-01-06", schedule=[(150, "2026-12-09"), (75, "2026-12-16"),
                                                                              (75, "2027-01-06")]), 3: UNC})])
    return [po], eml, exp


@case("wipes-percent-discount-slovenian", "confirmation/sl-SI",
      "Slovenian reply grants a 3 % discount on the PO price of one line (7.00 -> 6.79), the other line as ordered, 'petek, 11. 12. 2026'.")
def c050():
    sup = supplier("HIGPLUS", "Higiena Plus d.o.o.", "narocila@higienaplus.example", "sl-SI")
    po = PO("4510203857", sup, "vos", "EUR", "2026-11-20", [
        L(1, "HPL-DW-120", "Disinfectant wipes, alcohol-free, tub of 120 (case of 6)", 120, "TUB", "7.00", "2026-12-11"),
        L(2, "HPL-HW-80", "Hand wipes, tub of 80 (case of 6)", 60, "TUB", "4.50", "2026-12-11"),
    ])
    wd("2026-12-11", "Fri")
    p = pct("7.00", "-3")
    assert p == "6.79"
    body = ("Spoštovana ga. Vos,\n\n"
            "potrjujemo naročilo 4510203857. Ker letno naročite več kot 20 kartonov, vam pri dezinfekcijskih robčkih "
            "priznamo 3 % popusta na ceno iz naročila. Robčki za roke ostanejo po ceni iz naročila.\n"
            "Količine: 120 dóz (20 kartonov po 6) in 60 dóz (10 kartonov).\n\n"
            "Dobava: petek, 11. 12. 2026.\n\n"
            "Lep pozdrav,\nMaja Novak\nprodaja\nHigiena Plus d.o.o., Tržaška cesta 118, 1000 Ljubljana\n\n"
            "-----Original Message-----\nFrom: Anneke Vos <anneke.vos@brightwater-trading.example>\n"
            "Sent: Friday, November 20, 2026 9:12 AM\nTo: narocila@higienaplus.example\n"
            "Subject: Purchase order 4510203857 - please confirm\n\n" + req_text(po, "de"))
    eml = plain_reply(po, "Maja Novak", "narocila@higienaplus.example", M.rfcdate(2026, 11, 23, 13, 14, 55),
                      "<001201dc5b7c$2a3b4c50$7e8f9a10$@higienaplus.example>", body,
                      subject="RE: Purchase order 4510203857 - please confirm", charset="iso-8859-2",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    l1, l2 = po["lines"]
    exp = expected("confirmation", "3 % discount applies to the PO price: 7.00 x 0.97 = 6.79; date = requested.",
                   [conf(po, {1: C(l1, unit_price=p), 2: A(l2)})])
    return [po], eml, exp


@case("gaskets-inline-answers-bulgarian", "confirmation/bg-BG",
      "Bulgarian answers typed inline under each quoted PO line: one accepted, one priced per 100 pcs, one no longer produced.")
def c051():
    sup = supplier("UPLPLOV", "Uplatnenia Plovdiv OOD", "orders@uplatnenia-pd.example", "bg-BG")
    po = PO("4510203863", sup, "berg", "EUR", "2026-11-20", [
        L(1, "UP-SP-DN100", "Spiral wound gasket DN100 PN40, 316L/graphite", 60, "EA", "6.80", "2026-12-14"),
        L(2, "UP-OR-25x3", "O-ring 25x3 FKM 75", 2000, "EA", "0.11", "2026-12-14"),
        L(3, "UP-KS-DN25", "Fibre gasket DN25 PN40, 2 mm, C-4400 type", 400, "EA", "0.34", "2026-12-14"),
    ])
    assert per("12.00", 100) == "0.12"
    ls = req_table(po, "de").split("\n")
    body = ("Здравейте, г-н Берг,\n\nотговорите ни са под всеки ред.\n\nПоздрави,\nГергана Иванова\n"
            "Уплътнения Пловдив ООД\n\n"
            "On 20.11.2026 10:40, Jonas Berg wrote:\n"
            "> Dear Sir or Madam,\n>\n> please find attached our purchase order 4510203863 of 20.11.2026. Kindly confirm\n"
            "> quantity, unit price and delivery date for every line by return mail.\n>\n"
            f"> {ls[0]}\n> {ls[1]}\n\n"
            "ПОТВЪРЖДАВАМЕ - 60 бр., 6,80 EUR, доставка 14.12.2026\n\n"
            f"> {ls[2]}\n\n"
            "Потвърждаваме 2000 бр., цена 12,00 EUR за 100 бр., доставка 14.12.2026\n\n"
            f"> {ls[3]}\n\n"
            "Този тип уплътнение вече не се произвежда в DN25 / 2 мм - не можем да доставим.\n\n"
            ">\n> Kind regards\n> Jonas Berg\n> Purchasing\n> Brightwater Trading GmbH\n")
    eml = plain_reply(po, "Гергана Иванова", "orders@uplatnenia-pd.example", M.rfcdate(2026, 11, 24, 9, 40, 12, "+0200"),
                      "<6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f@uplatnenia-pd.example>", body,
                      subject="Re: Purchase order 4510203863 - please confirm", charset="windows-1251",
                      extra=[("User-Agent", "Mozilla Thunderbird")])
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Inline answers: line 1 accepted, line 2 12,00 per 100 = 0.12 (PO 0.11), line 3 no longer produced.",
                   [conf(po, {1: A(l1), 2: C(l2, unit_price="0.12"), 3: REJ})])
    return [po], eml, exp


@case("gse-two-of-three-pos-ship-dates", "confirmation/en-US",
      "US distributor answers two of three open POs with month-first ship dates ('12/7', '1/8/27') and says the third is still pending.")
def c052():
    sup = supplier("TRISTATE", "Tri-State Ground Support Inc.", "orders@tristategse.example", "en-US")
    pa = PO("4510203871", sup, "falk", "USD", "2026-11-16", [
        L(1, "TS-TIRE-1850", "Tire 18x8.50-8, 10 ply, baggage cart", 40, "EA", "62.00", "2026-12-11"),
        L(2, "TS-RIM-8", "Split rim 8 inch, 4-bolt", 20, "EA", "48.00", "2026-12-11"),
    ])
    pb = PO("4510203874", sup, "falk", "USD", "2026-11-17", [
        L(1, "TS-COUP-3", "Tow coupling, 3\" pintle, 15,000 lb", 10, "EA", "118.00", "2026-12-18"),
    ])
    pc = PO("4510203879", sup, "falk", "USD", "2026-11-18", [
        L(1, "TS-BELT-A42", "V-belt A42 for GPU alternator", 30, "EA", "9.60", "2026-12-18"),
        L(2, "TS-FLT-HYD10", "Hydraulic filter element, 10 micron", 24, "EA", "21.50", "2026-12-18"),
    ])
    wd("2026-12-07", "Mon")
    wd("2027-01-08", "Fri")
    body = ("Miriam,\n\nUpdate on your open POs:\n\n"
            "PO 4510203871 - tires (40 ea) and split rims (20 ea) ship 12/7, all at PO price.\n"
            "PO 4510203879 - V-belts OK, ship 12/14. Hyd filters are on backorder till 1/8/27, they'll ship that day.\n"
            "PO 4510203874 - still waiting to hear from our coupling vendor, I'll get back to you on that one.\n\n"
            "Thanks,\nRick Sandoval\nTri-State Ground Support Inc. | 1450 Aviation Blvd, Newark, NJ 07114\n"
            "Phone 973-555-0142")
    eml = outlook_reply(pa, "Rick Sandoval", "orders@tristategse.example", M.rfcdate(2026, 11, 20, 16, 12, 9, "-0500"),
                        "<BN8PR12MB3346A1B2C3D4E5F6A7B8C9D0E1F2@BN8PR12MB3346.namprd12.prod.outlook.com>", body,
                        subject="RE: Open POs", sent=(2026, 11, 18, 9, 5), boundary="052", date_style="us")
    exp = expected("confirmation", "Two of three POs answered with ship dates only (12/7 -> 2026-12-07, 12/14, 1/8/27 -> "
                   "2027-01-08); 4510203874 is only mentioned as pending and left out.",
                   [conf(pa, {1: C(pa["lines"][0], date="2026-12-07"), 2: C(pa["lines"][1], date="2026-12-07")}),
                    conf(pc, {1: C(pc["lines"][0], date="2026-12-14"), 2: C(pc["lines"][1], date="2027-01-08")})])
    return [pa, pb, pc], eml, exp


@case("implants-french-erp-pdf-tj-kerning", "confirmation/fr-FR",
      "French ERP acknowledgement PDF with kerned TJ text, French number format '1 234,00', positions 10/20/30; one price and one date changed.")
def c053():
    sup = supplier("ORTHOMED", "Orthomédica SAS", "adv@orthomedica.example", "fr-FR")
    po = PO("4510203886", sup, "vos", "EUR", "2026-11-20", [
        L(1, "OM-STM-12", "Femoral stem cementless, size 12, sterile", 4, "EA", "690.00", "2027-01-08"),
        L(2, "OM-CUP-52", "Acetabular cup 52 mm, sterile", 4, "EA", "540.00", "2027-01-08"),
        L(3, "OM-LIN-3252", "PE liner 32/52, sterile", 6, "EA", "185.00", "2027-01-08"),
    ])
    pg = P.Page()
    pg.text(40, 800, "Orthomédica SAS", 14, bold=True)
    pg.text(40, 788, "ZI des Glaises, 26 rue Ampère, 38090 Villefontaine - SIRET 552 555 014 00027", 8)
    pg.tj(40, 760, ["ACCUS", -20, "É DE R", -30, "ÉCEPTION DE COMMANDE"], 13, bold=True)
    meta = [("N° ARC", "ARC-26-11390"), ("Date", "24/11/2026"), ("Votre commande", "4510203886 du 20/11/2026"),
            ("Client", "Brightwater Trading GmbH - 28217 Bremen"), ("Conditions", "DAP Bremen - 60 jours fin de mois")]
    y = 740
    for k, v in meta:
        pg.text(40, y, k, 8, bold=True)
        pg.text(160, y, v, 8)
        y -= 11
    xs = [40, 68, 140, 215, 375, 405, 455, 505]
    y -= 12
    pg.rect(36, y - 3, 523, 13)
    pg.row(y, list(zip(xs, ["Pos.", "Réf.", "Votre réf.", "Désignation", "Qté", "PU HT", "Montant HT", "Livraison"])), 7.5, bold=True)
    rows = [["10", "TX-ST12-S", "OM-STM-12", "Tige fémorale sans ciment T12, stérile", "4", "690,00", "2 760,00", ["08/01/", -15, "2027"]],
            ["20", "TX-CP52-S", "OM-CUP-52", "Cotyle 52 mm, stérile", "4", "555,00", "2 220,00", ["08/01/", -15, "2027"]],
            ["30", "PE-L3252-S", "OM-LIN-3252", "Insert PE 32/52, stérile", "6", "185,00", "1 110,00", ["22/01/", -15, "2027"]]]
    for r in rows:
        y -= 14
        pg.row(y, list(zip(xs[:7], r[:7])), 7.5)
        pg.tj(xs[7], y, r[7], 7.5)
    y -= 10
    pg.line(36, y, 559, y)
    y -= 14
    for f in ["Total HT : 6 090,00 EUR", "Dispositifs médicaux classe IIb/III - certificat CE n° 2026-MDR-0718 valable jusqu'au 14/03/2029",
              "Délai de livraison confirmé sous réserve de la libération des lots stériles."]:
        pg.text(40, y, f, 7.5)
        y -= 10
    pdf = P.build([pg], title="ARC-26-11390", producer="Sage 100 Gestion Commerciale", creation="D:20261124083000+01'00'")
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre accusé de réception de commande ARC-26-11390 relatif à "
            "votre commande 4510203886.\n\nCordialement,\nL'Administration des Ventes\nOrthomédica SAS\n")
    root = M.multipart("mixed", "=_orthomedica_arc_11390", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                                            M.attachment(pdf, "application/pdf", "ARC-26-11390.pdf")])
    hs = top_headers(M.addr("ADV Orthomédica", "adv@orthomedica.example", "iso-8859-1"), buyer_addr(po),
                     "Accusé de réception de commande ARC-26-11390 - Cde 4510203886",
                     M.rfcdate(2026, 11, 24, 8, 31, 2), "<arc-26-11390.1763969462@orthomedica.example>",
                     irt=po["request_message_id"], charset="iso-8859-1")
    eml = M.message(hs, root)
    assert 4 * 690 + 4 * 555 + 6 * 185 == 6090
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "PDF only: pos 20 at 555,00 (PO 540.00), pos 30 delivery 22/01/2027; dates drawn as "
                   "split TJ pieces; certificate validity is noise.",
                   [conf(po, {1: A(l1), 2: C(l2, unit_price="555.00"), 3: C(l3, date="2027-01-22")})])
    return [po], eml, exp


@case("admixture-italian-percent-and-late-line", "confirmation/it-IT",
      "Italian reply: 'entro venerdì 18/12/2026' for most lines, +5% on the antifreeze drums, release agent only on 12/01/2027.")
def c054():
    sup = supplier("ADDLOMB", "Additivi Cementizi Lombardi S.r.l.", "ordini@additivi-lombardi.example", "it-IT")
    po = PO("4510203893", sup, "berg", "EUR", "2026-11-20", [
        L(1, "ACL-SUP-PCE", "Superplasticiser PCE, IBC 1000 l", 3, "IBC", "1240.00", "2026-12-18"),
        L(2, "ACL-ANTIG-200", "Antifreeze admixture, drum 200 kg", 8, "DR", "212.00", "2026-12-18"),
        L(3, "ACL-DISARM-200", "Form release agent, drum 200 l", 5, "DR", "164.00", "2026-12-18"),
    ])
    p2 = pct("212.00", "5")
    assert p2 == "222.60"
    wd("2026-12-18", "Fri")
    wd("2027-01-12", "Tue")
    body = ("Buongiorno Sig. Berg,\n\n"
            "confermiamo il Vs. ordine 4510203893 con consegna entro venerdì 18/12/2026, ad eccezione del disarmante "
            "(riga 3) che sarà disponibile solo dopo la pausa natalizia: consegna martedì 12/01/2027.\n\n"
            "Prezzi come da ordine, tranne l'antigelo (riga 2) per cui applichiamo un aumento del 5% dovuto al "
            "rincaro delle materie prime.\n\n"
            "Scheda di sicurezza rev. 07 del 03/2026 in allegato alla bolla.\n\n"
            "Distinti saluti\nGiorgio Bassi\nUfficio Commerciale\nAdditivi Cementizi Lombardi S.r.l.\n"
            "Via dell'Artigianato 9 - 24040 Zingonia (BG)")
    eml = outlook_reply(po, "Giorgio Bassi", "ordini@additivi-lombardi.example", M.rfcdate(2026, 11, 24, 15, 48, 30),
                        "<MI2P293MB0418D5E6F7A8B9C0D1E2F3A4B5C6@MI2P293MB0418.ITAP293.PROD.OUTLOOK.COM>", body,
                        sent=(2026, 11, 20, 11, 30), labels=("Da", "Inviato", "A", "Cc", "Oggetto"),
                        boundary="054", lang="IT", sent_lang="it", content_language="it-IT")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "'entro 18/12/2026' = requested for lines 1-2; line 2 +5% -> 222.60; line 3 2027-01-12; "
                   "safety data sheet 'rev. 07 del 03/2026' is noise.",
                   [conf(po, {1: A(l1), 2: C(l2, unit_price=p2), 3: C(l3, date="2027-01-12")})])
    return [po], eml, exp


@case("fence-forwarded-internal-dispatch-note", "confirmation/de-DE",
      "Sales forwards the internal dispatch note ('WG:') as the confirmation: mats ex stock Wednesday 16.12., posts 30 now and 12 'Dienstag KW 2'.")
def c055():
    sup = supplier("ZAUNLAUS", "Zaunbau Lausitz GmbH", "auftrag@zaunbau-lausitz.example", "de-DE")
    po = PO("4510203901", sup, "reiter", "EUR", "2026-11-20", [
        L(1, "ZL-DSM-2030", "Doppelstabmatte 2030x2500 mm, 8/6/8 mm, anthrazit", 40, "EA", "48.50", "2026-12-16"),
        L(2, "ZL-PF-6026", "Zaunpfosten 60x60x2600 mm mit Fussplatte, anthrazit", 42, "EA", "21.90", "2026-12-16"),
    ])
    wd("2026-12-16", "Wed")
    tue_kw2 = kw(2027, 2, 2)
    assert tue_kw2 == "2027-01-12"
    body = ("Sehr geehrter Herr Reiter,\n\n"
            "anbei die Rückmeldung unserer Disposition - damit ist Ihre Bestellung 4510203901 so bestätigt, Preise "
            "wie bestellt.\n\nMit freundlichen Grüßen\nDaniel Richter\nVertrieb\nZaunbau Lausitz GmbH | "
            "Gewerbering 7 | 02977 Hoyerswerda\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Disposition Zaunbau Lausitz <dispo@zaunbau-lausitz.example>\n"
            "Gesendet: Montag, 23. November 2026 14:02\nAn: Daniel Richter <d.richter@zaunbau-lausitz.example>\n"
            "Betreff: AW: Bestellung 4510203901 Brightwater\n\n"
            "Hallo Daniel,\n\nMatten 40 Stk sind ab Lager, Lieferung Mittwoch 16.12.\n"
            "Pfosten haben wir nur 30 Stk da, die gehen mit. Rest 12 Stk kommt aus der Produktion, Lieferung dann "
            "Dienstag KW 2.\n\nGruß Heike\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Daniel Richter <d.richter@zaunbau-lausitz.example>\n"
            "Gesendet: Montag, 23. November 2026 09:15\nAn: Disposition Zaunbau Lausitz <dispo@zaunbau-lausitz.example>\n"
            "Betreff: WG: Bestellung 4510203901 Brightwater\n\nHeike, kannst du bitte die Termine prüfen? Kunde "
            "wünscht 16.12.\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Tomasz Reiter <tomasz.reiter@brightwater-trading.example>\n"
            "Gesendet: Freitag, 20. November 2026 10:44\nAn: auftrag@zaunbau-lausitz.example\n"
            "Betreff: Purchase order 4510203901 - please confirm\n\n" + req_text(po, "de"))
    eml = plain_reply(po, "Daniel Richter", "d.richter@zaunbau-lausitz.example", M.rfcdate(2026, 11, 23, 15, 20, 4),
                      "<003401dc5b8e$f1e2d3c4$b5a69788$@zaunbau-lausitz.example>", body,
                      subject="WG: Bestellung 4510203901 Brightwater", charset="iso-8859-15",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Forwarded internal chain: mats 16.12. (= requested); posts 30 on 2026-12-16 and 12 on "
                   "'Dienstag KW 2' = 2027-01-12 (a named day, not Friday).",
                   [conf(po, {1: A(l1), 2: C(l2, date=tue_kw2, schedule=[(30, "2026-12-16"), (12, tue_kw2)])})])
    return [po], eml, exp


@case("cheddar-mobile-next-tuesday", "confirmation/en-GB",
      "Three-line iPhone reply: 'confirmed as per PO' but the chilled van arrives 'next Tuesday' instead of the Friday, resolved from the Date header (Thu 26 Nov).")
def c056():
    sup = supplier("MENDIP", "Mendip Cheese Co. Ltd", "sales@mendipcheese.example", "en-GB")
    po = PO("4510203908", sup, "falk", "GBP", "2026-11-20", [
        L(1, "MC-CHD-18M", "Mature cheddar 18 months, block ~20 kg", 200, "KG", "9.40", "2026-12-04"),
        L(2, "MC-WENS-8", "Wensleydale wedges 200 g, carton of 8", 40, "CT", "16.80", "2026-12-04"),
    ])
    wd("2026-11-26", "Thu")
    nxt_tue = wd("2026-12-01", "Tue")
    wd("2026-12-04", "Fri")
    body = ("Hi Miriam, all fine, confirmed as per PO. Only thing - our chilled van does Germany on Tuesdays, so it'll "
            "be with you next Tuesday rather than the Friday.\nCheers, Tom\n\nSent from my iPhone\n\n"
            "> On 20 Nov 2026, at 15:31, Miriam Falk <miriam.falk@brightwater-trading.example> wrote:\n>\n"
            + M.quote_gt(req_text(po, "uk")))
    eml = plain_reply(po, "Tom Hartley", "tom.hartley@mendipcheese.example", M.rfcdate(2026, 11, 26, 7, 52, 44, "+0000"),
                      "<A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D@mendipcheese.example>", body,
                      subject="Re: Purchase order 4510203908 - please confirm",
                      extra=[("X-Mailer", "iPhone Mail (22B91)")])
    l1, l2 = po["lines"]
    exp = expected("confirmation", "Quantities and prices as per PO; 'next Tuesday' from Thu 26 Nov 2026 = 2026-12-01, "
                   "replacing the requested Friday 2026-12-04.",
                   [conf(po, {1: C(l1, date=nxt_tue), 2: C(l2, date=nxt_tue)})])
    return [po], eml, exp


@case("implants-one-line-pending-anvisa", "confirmation/pt-BR",
      "Brazilian reply confirms two lines for 15/01/2027 and says the femoral nail date 'será confirmada na próxima semana' (unconfirmed).")
def c057():
    sup = supplier("ORTOBR", "Ortoimplantes do Brasil Ltda.", "vendas@ortoimplantes.example", "pt-BR")
    po = PO("4510203915", sup, "vos", "USD", "2026-11-20", [
        L(1, "OB-PFN-10240", "Proximal femoral nail 10 mm x 240 mm, titanium, sterile", 8, "EA", "310.00", "2027-01-15"),
        L(2, "OB-LS-5040", "Locking screw 5.0 x 40 mm, titanium, sterile", 40, "EA", "24.00", "2027-01-15"),
        L(3, "OB-EC-10", "End cap 10 mm, titanium, sterile", 8, "EA", "18.00", "2027-01-15"),
    ])
    body = ("Prezada Anneke,\n\nObrigado pelo pedido 4510203915.\n\n"
            "Confirmamos os itens 2 e 3 conforme o pedido (40 parafusos de bloqueio e 8 tampas), embarque em 15/01/2027.\n"
            "O item 1 (haste femoral proximal 10 x 240 mm) depende da liberação do novo lote pela ANVISA; a data será "
            "confirmada na próxima semana.\n\n"
            "Atenciosamente,\nFernanda Oliveira\nExportação | Ortoimplantes do Brasil Ltda.\nRio Claro - SP | +55 19 5555-2180")
    eml = outlook_reply(po, "Fernanda Oliveira", "vendas@ortoimplantes.example", M.rfcdate(2026, 11, 24, 10, 5, 33, "-0300"),
                        "<CP2PR80MB3897E6F7A8B9C0D1E2F3A4B5C6D7@CP2PR80MB3897.lamprd80.prod.outlook.com>", body,
                        sent=(2026, 11, 20, 14, 0), labels=("De", "Enviado", "Para", "Cc", "Assunto"),
                        boundary="057", lang="PT-BR", sent_lang="pt", content_language="pt-BR")
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Lines 2-3 accepted (15/01/2027 = requested); line 1 deferred to next week -> unconfirmed.",
                   [conf(po, {1: UNC, 2: A(l2), 3: A(l3)})])
    return [po], eml, exp


@case("scooter-parts-bottom-posted-dutch", "confirmation/nl-NL",
      "Bottom-posted Dutch reply below the full quoted PO: the answer comes after our requested dates; one price changed, 'vrijdag 11-12'.")
def c058():
    sup = supplier("STADSTEP", "Stadsstep Onderdelen B.V.", "verkoop@stadsstep.example", "nl-NL")
    po = PO("4510203922", sup, "nair", "EUR", "2026-11-23", [
        L(1, "SS-TYR-10", "Tubeless tyre 10x2.5, e-scooter", 200, "EA", "9.20", "2026-12-11"),
        L(2, "SS-BD-120", "Brake disc 120 mm, 3 holes", 150, "EA", "4.60", "2026-12-11"),
        L(3, "SS-THR-3W", "Thumb throttle, 3-wire", 100, "EA", "3.80", "2026-12-11"),
    ])
    wd("2026-12-11", "Fri")
    body = (tb_attr((2026, 11, 23, 9, 30), "Priya Nair") + "\n" + M.quote_gt(req_text(po, "de")) + "\n"
            "Hoi Priya,\n\nBanden: 200 st. ok.\nRemschijven: 150 st. ok, maar de prijs is inmiddels € 4,85 per stuk.\n"
            "Gashendels: 100 st. ok.\n\nAlles leverbaar op vrijdag 11-12.\n\nGroet,\nBas van Dijk\nStadsstep Onderdelen B.V.\n"
            "Utrecht\n")
    eml = plain_reply(po, "Bas van Dijk", "verkoop@stadsstep.example", M.rfcdate(2026, 11, 24, 12, 1, 0),
                      "<3c2b1a09-8f7e-4d6c-b5a4-938271605f4e@stadsstep.example>", body,
                      extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "Answer sits below the quote; 'vrijdag 11-12' = 2026-12-11 = requested; brake disc 4.60 -> 4.85.",
                   [conf(po, {1: A(l1), 2: C(l2, unit_price="4.85"), 3: A(l3)})])
    return [po], eml, exp


@case("reagents-swiss-erp-csv", "confirmation/de-CH",
      "Swiss ERP mail with a semicolon CSV acknowledgement: own positions 10/20/30 and article numbers, carton rounding 10 -> 12 bottles, one later date.")
def c059():
    sup = supplier("CHEMBAS", "Chemlab Basel AG", "auftrag@chemlab-basel.example", "de-CH")
    po = PO("4510203929", sup, "nair", "EUR", "2026-11-23", [
        L(1, "CB-ACE-500", "Acetone p.a. ACS, 500 ml bottle", 24, "BTL", "9.80", "2026-12-11"),
        L(2, "CB-IPA-500", "2-Propanol p.a., 500 ml bottle", 10, "BTL", "11.20", "2026-12-11"),
        L(3, "CB-HNO3-65", "Nitric acid 65% p.a., 500 ml bottle", 6, "BTL", "16.90", "2026-12-11"),
    ])
    csv = ("Auftragsbestaetigung;AB-2026-55817;Datum;25.11.2026\r\n"
           "Kunde;Brightwater Trading GmbH;Ihre Bestellung;4510203929\r\n"
           "Pos;Artikel;Ihre Art.-Nr.;Bezeichnung;Menge;ME;Preis EUR;Liefertermin\r\n"
           "10;CH-20117;CB-ACE-500;Aceton p.a. ACS 500 ml;24;FL;9.80;11.12.2026\r\n"
           "20;CH-20342;CB-IPA-500;2-Propanol p.a. 500 ml (Karton a 6 FL);12;FL;11.20;11.12.2026\r\n"
           "30;CH-30065;CB-HNO3-65;Salpetersaeure 65 % p.a. 500 ml;6;FL;16.90;08.01.2027\r\n"
           "Lieferbedingung;DAP Bremen;Zahlung;30 Tage netto\r\n")
    body = ("Guten Tag\n\nIm Anhang erhalten Sie unsere Auftragsbestätigung AB-2026-55817 zu Ihrer Bestellung 4510203929 "
            "als CSV-Datei.\nBitte beachten Sie: 2-Propanol liefern wir nur in ganzen Kartons à 6 Flaschen.\n\n"
            "Freundliche Grüsse\n\nChemlab Basel AG\nAuftragsbearbeitung\nHochbergerstrasse 60, 4057 Basel\n")
    root = M.multipart("mixed", "=_chemlab_ab_55817", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                                       M.attachment(csv.encode("ascii"), "text/csv", "AB-2026-55817.csv",
                                                                    cte="quoted-printable")])
    hs = top_headers(M.addr("Chemlab Basel AG - Auftragsbearbeitung", "auftrag@chemlab-basel.example"), buyer_addr(po),
                     "Auftragsbestätigung AB-2026-55817 / Ihre Bestellung 4510203929",
                     M.rfcdate(2026, 11, 25, 7, 45, 10), "<AB-2026-55817.20261125074510@erp.chemlab-basel.example>",
                     charset="iso-8859-1", extra=[("X-Mailer", "Abacus ERP")])
    eml = M.message(hs, root)
    l1, l2, l3 = po["lines"]
    exp = expected("confirmation", "CSV only: pos 20 rounded to 12 bottles (carton of 6), pos 30 on 08.01.2027; "
                   "'65 %' in the description is not a price change.",
                   [conf(po, {1: A(l1), 2: C(l2, quantity=12), 3: C(l3, date="2027-01-08")})])
    return [po], eml, exp


@case("gse-arabic-advance-payment-condition", "needs_review/ar-AE",
      "Arabic reply (windows-1256) would confirm quantities, prices and 18/12/2026 only if a 30% advance payment arrives by 30/11/2026: conditional.")
def c060():
    sup = supplier("GULFGSE", "Gulf Airport Equipment Trading LLC", "sales@gulf-gse.example", "ar-AE")
    po = PO("4510203930", sup, "falk", "USD", "2026-11-23", [
        L(1, "GAE-PCA-HOSE12", "PCA air hose 12 inch, 15 m", 6, "EA", "780.00", "2026-12-18"),
        L(2, "GAE-GPU-PLUG", "GPU plug 400 Hz, 6-pin", 10, "EA", "145.00", "2026-12-18"),
    ])
    body = ("السيدة ميريام فالك المحترمة،\n\n"
            "تحية طيبة وبعد،\n\n"
            "نشكركم على طلب الشراء رقم 4510203930. يمكننا تأكيد الطلب بالكميات والأسعار المذكورة والتسليم في "
            "18/12/2026، بشرط استلام دفعة مقدمة بنسبة 30% من قيمة الطلب قبل 30/11/2026، حيث إن حسابكم لدينا لا يزال "
            "في انتظار الموافقة الائتمانية.\n\n"
            "يرجى تأكيد موافقتكم على هذا الشرط حتى نتمكن من إصدار تأكيد الطلب.\n\n"
            "Dear Miriam, we can confirm subject to 30% advance payment received by 30/11/2026. Please advise.\n\n"
            "مع أطيب التحيات،\nخالد المنصوري\nمدير المبيعات\nGulf Airport Equipment Trading LLC\n"
            "Dubai Airport Free Zone, Dubai, UAE\n")
    eml = plain_reply(po, "Khalid Al Mansoori", "sales@gulf-gse.example", M.rfcdate(2026, 11, 24, 11, 30, 5, "+0400"),
                      "<20261124113005.5D6E7F80@gulf-gse.example>", body,
                      subject="RE: Purchase order 4510203930 - please confirm", charset="windows-1256", cte="base64")
    exp = expected("needs_review", "Acceptance is conditional on a 30% advance payment the buyer has not agreed to.")
    return [po], eml, exp


@case("admixture-greek-body-vs-pdf-contradict", "needs_review/el-GR",
      "Greek mail says all lines as requested on 11/12/2026, the attached PDF says 15/01/2027 and a different price: contradictory.")
def c061():
    sup = supplier("ATTCHEM", "Attica Construction Chemicals S.A.", "orders@attica-chem.example", "el-GR")
    po = PO("4510203937", sup, "berg", "EUR", "2026-11-23", [
        L(1, "ACC-WP-IBC", "Crystalline waterproofing admixture, IBC 1000 l", 2, "IBC", "1650.00", "2026-12-11"),
        L(2, "ACC-ACC-200", "Set accelerator, chloride-free, drum 200 kg", 6, "DR", "248.00", "2026-12-11"),
    ])
    xs = [40, 70, 150, 330, 380, 420, 480]
    pg = erp_pdf_page("Attica Construction Chemicals S.A.", ["Thesi Kalyvia, 19300 Aspropyrgos, Greece", "VAT EL 094555120"],
                      "ORDER CONFIRMATION",
                      [("Confirmation no.", "OC-26-2291"), ("Date", "25/11/2026"), ("Customer order", "4510203937")],
                      ["Pos", "Code", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
                      [["10", "CW-1000", "Crystalline waterproofing IBC 1000 l", "2", "IBC", "1.650,00", "15/01/2027"],
                       ["20", "AX-200", "Accelerator chloride-free 200 kg", "6", "DR", "262,00", "15/01/2027"]],
                      xs, ["Delivery DAP Bremen. Payment 60 days."])
    pdf = P.build([pg], title="OC-26-2291", producer="SoftOne ERP", creation="D:20261125101500+02'00'")
    body = ("Καλημέρα σας,\n\n"
            "επιβεβαιώνουμε την παραγγελία 4510203937 με όλες τις γραμμές όπως ζητήθηκαν, παράδοση 11/12/2026.\n"
            "Επισυνάπτεται η επιβεβαίωση παραγγελίας.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων Εξωτερικού\nAttica Construction Chemicals S.A.\n")
    att = M.attachment(pdf, "application/pdf", "OC-26-2291.pdf")
    eml = outlook_reply(po, "Νίκος Παπαδόπουλος", "orders@attica-chem.example", M.rfcdate(2026, 11, 25, 10, 20, 41, "+0200"),
                        "<PA4PR09MB7133F7A8B9C0D1E2F3A4B5C6D7E8@PA4PR09MB7133.eurprd09.prod.outlook.com>", body,
                        sent=(2026, 11, 23, 15, 40), boundary="061", lang="EL", content_language="el-GR",
                        charset="iso-8859-7", attachments=[att])
    exp = expected("needs_review", "Body: as requested, 11/12/2026; PDF: 15/01/2027 and 262,00 for pos 20. Contradictory, a human must ask.")
    return [po], eml, exp


@case("cheese-price-rise-needs-agreement", "needs_review/fr-FR",
      "French supplier announces +6 % from 1 December and will only confirm order and date after we accept the new prices.")
def c062():
    sup = supplier("SFSAVOIE", "Société Fromagère de Savoie", "commandes@sf-savoie.example", "fr-FR")
    po = PO("4510203944", sup, "dumont", "EUR", "2026-11-23", [
        L(1, "SFS-REB-AOP", "Reblochon de Savoie AOP 450 g, carton of 8", 60, "CT", "52.80", "2026-12-14"),
        L(2, "SFS-TOM-IGP", "Tomme de Savoie IGP, wheel ~1.6 kg", 80, "KG", "13.20", "2026-12-14"),
    ])
    body = ("Bonjour Madame Dumont,\n\n"
            "Nous avons bien reçu votre commande 4510203944 et vous en remercions.\n\n"
            "Avant de la confirmer, nous devons vous informer qu'à compter du 1er décembre 2026 nos tarifs augmentent de "
            "6 % (hausse du prix du lait payé aux producteurs). La livraison du 14/12 tomberait donc sous le nouveau tarif.\n\n"
            "Merci de nous confirmer votre accord sur ces nouveaux prix ; dès réception, nous vous enverrons "
            "l'accusé de réception avec la date de livraison.\n\n"
            "Cordialement,\nJulien Favre\nService commercial - Société Fromagère de Savoie\n74230 Thônes\n")
    eml = gmail_reply(po, "Julien Favre", "commandes@sf-savoie.example", M.rfcdate(2026, 11, 24, 16, 50, 20),
                      "<CAS7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oP7aS@mail.gmail.com>", body,
                      sent=(2026, 11, 23, 11, 10), boundary="62ff5a4b3c2d",
                      on_line="Le lun. 23 nov. 2026 à 11:10, Claire Dumont <claire.dumont@brightwater-trading.example> a écrit :")
    exp = expected("needs_review", "Confirmation explicitly withheld until the buyer accepts +6 %; nothing committed.")
    return [po], eml, exp


@case("toner-thai-confirm-next-week", "needs_review/th-TH",
      "Thai reply (TIS-620) says production planning is checking chips and will confirm date and price by Friday 27 Nov 2569 (Buddhist year).")
def c063():
    sup = supplier("SIAMTON", "Siam Toner Co., Ltd.", "sales@siamtoner.example", "th-TH")
    po = PO("4510203951", sup, "nair", "USD", "2026-11-23", [
        L(1, "ST-CE285A", "Toner compatible CE285A", 100, "EA", "7.20", "2026-12-18"),
        L(2, "ST-CF217A", "Toner compatible CF217A with chip", 60, "EA", "9.90", "2026-12-18"),
    ])
    wd("2026-11-27", "Fri")
    assert 2569 - 543 == 2026
    body = ("เรียน คุณปริยา\n\n"
            "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4510203951 ทางเราได้รับเรียบร้อยแล้ว\n"
            "ขณะนี้ฝ่ายวางแผนการผลิตกำลังตรวจสอบกำลังการผลิตและวัตถุดิบ (ชิป) "
            "จะแจ้งยืนยันวันส่งสินค้าและราคาให้ทราบภายในวันศุกร์ที่ 27 พฤศจิกายน 2569\n\n"
            "ขอแสดงความนับถือ\nสมชาย วงศ์ใหญ่\nฝ่ายขายต่างประเทศ\nบริษัท สยามโทนเนอร์ จำกัด\n")
    eml = plain_reply(po, "Somchai Wongyai", "sales@siamtoner.example", M.rfcdate(2026, 11, 24, 13, 15, 0, "+0700"),
                      "<20261124131500.0A1B2C3D@siamtoner.example>", body,
                      subject="Re: Purchase order 4510203951 - please confirm", charset="tis-620", cte="base64")
    exp = expected("needs_review", "Confirmation promised for later (by 27 Nov 2569 BE = 2026); no commitment yet.")
    return [po], eml, exp


@case("wire-rope-minimum-cut-question", "needs_review/en-GB",
      "British supplier: 150 m is below the 250 m minimum cut; asks whether to cut 250 m or send a full 500 m reel at another price.")
def c064():
    sup = supplier("PENNINE", "Pennine Wire Rope Ltd", "sales@penninewirerope.example", "en-GB")
    po = PO("4510203958", sup, "falk", "GBP", "2026-11-23", [
        L(1, "PWR-06-719", "Steel wire rope 6 mm 7x19 galvanised", 150, "M", "1.35", "2026-12-11"),
        L(2, "PWR-GR-06", "Wire rope grip 6 mm DIN 741", 40, "EA", "0.85", "2026-12-11"),
    ])
    body = ("Hi Miriam,\n\n6 mm 7x19 comes on 500 m reels and our minimum cut length is 250 m, so we can't do 150 m. "
            "Would you like us to cut 250 m at £1.35/m, or take the full 500 m reel at £1.20/m?\n\n"
            "The grips are no problem. Let me know which way you'd like to go and I'll confirm the whole order.\n\n"
            "Regards,\nNeil Whitworth\nPennine Wire Rope Ltd | Unit 3, Calder Works, Huddersfield HD1 6QT\n01484 555 212")
    eml = outlook_reply(po, "Neil Whitworth", "sales@penninewirerope.example", M.rfcdate(2026, 11, 24, 11, 2, 30, "+0000"),
                        "<LO4P265MB5519A8B9C0D1E2F3A4B5C6D7E8F9@LO4P265MB5519.GBRP265.PROD.OUTLOOK.COM>", body,
                        sent=(2026, 11, 23, 16, 20), boundary="064", lang="EN-GB", content_language="en-GB")
    exp = expected("needs_review", "A choice is put to the buyer (250 m vs 500 m reel); confirmation explicitly deferred.")
    return [po], eml, exp


@case("ooo-brazilian-portuguese", "auto_reply/pt-BR",
      "Brazilian Portuguese out-of-office with an absence period 23/11 to 04/12 and return 07/12/2026.")
def c065():
    sup = supplier("MANGSUL", "Mangueiras Sul Ltda.", "vendas@mangueirassul.example", "pt-BR")
    po = PO("4510203965", sup, "ferri", "USD", "2026-11-23", [
        L(1, "MS-MJ-1225", "Garden hose 1/2\" 25 m, reinforced, coil", 240, "COIL", "8.90", "2027-01-22"),
        L(2, "MS-MJ-3425", "Garden hose 3/4\" 25 m, reinforced, coil", 120, "COIL", "13.60", "2027-01-22"),
    ])
    wd("2026-12-07", "Mon")
    body = ("Olá,\n\nEstarei ausente do escritório de 23/11 a 04/12, com acesso limitado ao e-mail. Retorno no dia "
            "07/12/2026.\n\nPara pedidos e confirmações, favor contatar a equipe comercial: comercial@mangueirassul.example "
            "ou +55 47 5555-3030.\n\nAtenciosamente,\nRafael Souza\nMangueiras Sul Ltda. - Joinville/SC\n")
    eml = plain_reply(po, "Rafael Souza", "rafael.souza@mangueirassul.example", M.rfcdate(2026, 11, 23, 18, 4, 11, "-0300"),
                      "<ooo.20261123210411.7781@mangueirassul.example>", body,
                      subject="Resposta automática: Purchase order 4510203965 - please confirm", charset="iso-8859-1",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Out-of-office; 07/12/2026 is the return date.")
    return [po], eml, exp


@case("bounce-mailbox-full-czech", "bounce/cs-CZ",
      "Czech/English DSN from the supplier's server: recipient mailbox over quota (552 5.2.2), original message attached.")
def c066():
    sup = supplier("BAZCHEM", "Bazénová chemie Plzeň s.r.o.", "obchod@bazenchemie.example", "cs-CZ")
    po = PO("4510203972", sup, "ferri", "EUR", "2026-11-24", [
        L(1, "BCP-CHL-T200", "Chlorine tablets 200 g, bucket 25 kg", 30, "BKT", "82.00", "2026-12-16"),
        L(2, "BCP-ALG-25", "Algaecide liquid, canister 25 kg", 20, "EA", "44.50", "2026-12-16"),
    ])
    orig = M.message(top_headers(buyer_addr(po), "obchod@bazenchemie.example", req_subject(po),
                                 M.rfcdate(2026, 11, 24, 10, 2, 0), po["request_message_id"]),
                     M.text(req_text(po, "de"), "plain", "utf-8", "quoted-printable")).replace(b"\r\n", b"\n")
    txt = ("Vaše zpráva nemohla být doručena následujícím příjemcům.\n"
           "Your message could not be delivered to the following recipients.\n\n"
           "<obchod@bazenchemie.example>: schránka příjemce je plná / mailbox is full\n"
           "    552 5.2.2 Quota exceeded (mailbox for user is full)\n\n"
           "Zkuste to prosím později. / Please try again later.\n")
    ds = ("Reporting-MTA: dns; mail.bazenchemie.example\nArrival-Date: Tue, 24 Nov 2026 10:02:03 +0100\n\n"
          "Final-Recipient: rfc822; obchod@bazenchemie.example\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded (mailbox for user is full)\n")
    root = M.multipart("report", "=_dsn_bazenchemie_5e2f", [M.text(txt, "plain", "utf-8", "quoted-printable"),
                                                            M.delivery_status(ds), M.rfc822(orig)],
                       extra_ct="; report-type=delivery-status")
    hs = [("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.bazenchemie.example>"), ("To", buyer_addr(po)),
          ("Subject", M.hdr("Nedoručitelná zpráva / Undeliverable: " + req_subject(po))),
          ("Date", M.rfcdate(2026, 11, 24, 10, 2, 5)), ("Message-ID", "<dsn.20261124100205.3311@mail.bazenchemie.example>"),
          ("Auto-Submitted", "auto-replied")]
    eml = M.message(hs, root)
    exp = expected("bounce", "Quota-full DSN (5.2.2); the attached original is our PO request.")
    return [po], eml, exp


@case("exim-bounce-plain-copy", "bounce/en-US",
      "Old-style Exim bounce as a single text/plain part with the full original message copied inline below the error.")
def c067():
    sup = supplier("LAKESAN", "Lakeshore Sanitary Supply Inc.", "purchasing@lakeshoresanitary.example", "en-US")
    po = PO("4510203979", sup, "ferri", "USD", "2026-11-24", [
        L(1, "LSS-UR-WF", "Waterless urinal, vitreous china", 10, "EA", "214.00", "2027-01-08"),
        L(2, "LSS-FV-SENS", "Sensor flush valve 1.28 gpf", 10, "EA", "168.00", "2027-01-08"),
    ])
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
            "The following address(es) failed:\n\n  purchasing@lakeshoresanitary.example\n"
            "    host mx.lakeshoresanitary.example [198.51.100.44]\n"
            "    SMTP error from remote mail server after RCPT TO:<purchasing@lakeshoresanitary.example>:\n"
            "    550 5.1.1 <purchasing@lakeshoresanitary.example>: Recipient address rejected: User unknown\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <luca.ferri@brightwater-trading.example>\n"
            f"From: Luca Ferri <luca.ferri@brightwater-trading.example>\nTo: purchasing@lakeshoresanitary.example\n"
            f"Subject: {req_subject(po)}\nDate: {M.rfcdate(2026, 11, 24, 14, 30, 2)}\n"
            f"Message-ID: {po['request_message_id']}\nContent-Type: text/plain; charset=utf-8\n\n" + req_text(po, "us"))
    root = M.text(body, "plain", "us-ascii", "7bit")
    hs = [("From", "Mail Delivery System <Mailer-Daemon@relay2.brightwater-trading.example>"),
          ("To", "luca.ferri@brightwater-trading.example"), ("Subject", "Mail delivery failed: returning message to sender"),
          ("Date", M.rfcdate(2026, 11, 24, 14, 30, 9)), ("Message-ID", "<E1vQ7rT-0004Xk-2b@relay2.brightwater-trading.example>"),
          ("X-Failed-Recipients", "purchasing@lakeshoresanitary.example"), ("Auto-Submitted", "auto-replied")]
    eml = M.message(hs, root)
    exp = expected("bounce", "Exim bounce without multipart/report; the copied PO text must not be read as a reply.")
    return [po], eml, exp


@case("admixture-delivery-notice-other-po", "unrelated/de-DE",
      "Automatic German dispatch notice (Lieferavis) with tracking and a delivery date for an older order number, not the open PO.")
def c068():
    sup = supplier("BCRHEIN", "Bauchemie Rheinland GmbH", "auftrag@bauchemie-rheinland.example", "de-DE")
    po = PO("4510203986", sup, "berg", "EUR", "2026-11-24", [
        L(1, "BCR-FM-240", "Fliessmittel FM-240 (PCE), EN 934-2, IBC 1000 l", 4, "IBC", "1180.00", "2027-01-15"),
        L(2, "BCR-ENT-10", "Entschaeumer ENT-10, Kanister 25 kg", 12, "EA", "96.00", "2027-01-15"),
    ])
    body = ("Lieferavis 80044127\n\nSehr geehrte Damen und Herren,\n\n"
            "zu Ihrer Bestellung 4510202871 vom 21.10.2026 wurde heute folgende Ware versandt:\n\n"
            "Pos 10  BCR-LP-12  Luftporenbildner LP-12, Fass 200 kg   8 Fass\n"
            "Pos 20  BCR-FM-240 Fliessmittel FM-240, IBC 1000 l       2 IBC\n\n"
            "Spediteur: Spedition Hellweg, Sendungsnr. 3328 5512 907\n"
            "Voraussichtliche Zustellung: Donnerstag, 26.11.2026\n\n"
            "Diese E-Mail wurde automatisch erstellt.\n\nBauchemie Rheinland GmbH | Industriestraße 18 | 41469 Neuss\n")
    eml = plain_reply(po, "Bauchemie Rheinland Versand", "versand@bauchemie-rheinland.example",
                      M.rfcdate(2026, 11, 25, 6, 10, 0), "<lieferavis-80044127@bauchemie-rheinland.example>", body,
                      subject="Lieferavis 80044127 zu Ihrer Bestellung 4510202871", charset="iso-8859-1", irt=False,
                      to="wareneingang@brightwater-trading.example", extra=[("Auto-Submitted", "auto-generated")])
    exp = expected("unrelated", "Dispatch notice for order 4510202871 (not open here) even though FM-240 is also on the open PO.")
    return [po], eml, exp


@case("gasket-price-list-2027", "unrelated/en-GB",
      "British supplier sends its 2027 price list (XLSX, prices per 100) that includes the very items of the open PO with new prices.")
def c069():
    sup = supplier("MIDGASK", "Midland Gasket & Seal Ltd", "sales@midlandgasket.example", "en-GB")
    po = PO("4510203993", sup, "berg", "GBP", "2026-11-24", [
        L(1, "MGS-OR-30x2", "O-ring 30x2 NBR 70", 3000, "EA", "0.045", "2026-12-18"),
        L(2, "MGS-FG-DN40", "Flange gasket DN40 PN16, non-asbestos, 2 mm", 500, "EA", "0.38", "2026-12-18"),
    ])
    import datetime as dt
    rows = [["Midland Gasket & Seal Ltd - Price List 2027"], ["Valid from", dt.date(2027, 1, 1), "until", dt.date(2027, 12, 31)],
            [], ["Item", "Description", "Price per 100 GBP", "Pack"],
            ["MGS-OR-30x2", "O-ring 30x2 NBR 70", 4.90, "bag of 500"],
            ["MGS-OR-42x3", "O-ring 42x3 NBR 70", 8.20, "bag of 250"],
            ["MGS-FG-DN40", "Flange gasket DN40 PN16 NA 2 mm", 41.00, "box of 50"],
            ["MGS-FG-DN50", "Flange gasket DN50 PN16 NA 2 mm", 47.50, "box of 50"]]
    xl = X.build(rows, "Price list 2027", stamp=(2026, 11, 25, 9, 0, 0), creator="Midland Gasket & Seal")
    body = ("Dear Customer,\n\nPlease find attached our price list for 2027, valid from 1 January 2027. Orders received "
            "before 31 December 2026 will be invoiced at current prices.\n\n"
            "Kind regards,\nSales Office\nMidland Gasket & Seal Ltd | Tipton, West Midlands DY4 7UJ\n")
    root = M.multipart("mixed", "=_midland_pl2027", [M.text(body, "plain", "us-ascii", "7bit"),
                                                     M.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                                  "Price_List_2027.xlsx")])
    hs = top_headers(M.addr("Midland Gasket & Seal - Sales", "sales@midlandgasket.example"), "purchasing@brightwater-trading.example",
                     "Price list 2027", M.rfcdate(2026, 11, 25, 9, 5, 0, "+0000"), "<pl2027.20261125.0905@midlandgasket.example>",
                     extra=[("Precedence", "bulk")])
    eml = M.message(hs, root)
    exp = expected("unrelated", "General 2027 price list (valid from 1 Jan 2027) to all customers; it does not answer PO 4510203993 "
                   "even though it lists its items.")
    return [po], eml, exp


@case("pool-chem-statement-of-account", "unrelated/es-ES",
      "Spanish statement of account listing open invoices, due dates and old order numbers; no answer about the open PO.")
def c070():
    sup = supplier("PISCIMAR", "Químicas Piscimar S.L.", "pedidos@piscimar.example", "es-ES")
    po = PO("4510204001", sup, "ferri", "EUR", "2026-11-24", [
        L(1, "PSM-CL56-25", "Cloro granulado dicloro 56%, cubo 25 kg", 60, "BKT", "62.00", "2027-01-18"),
        L(2, "PSM-FLOC-25", "Floculante líquido, garrafa 25 kg", 20, "EA", "38.00", "2027-01-18"),
    ])
    body = ("Estimado cliente:\n\nLe adjuntamos el extracto de su cuenta a fecha 25/11/2026.\n\n"
            "Factura      Fecha       Su pedido    Vencimiento   Importe\n"
            "FV26-03311   15/10/2026  4510202544   14/12/2026    4.960,00 €\n"
            "FV26-03398   29/10/2026  4510202690   28/12/2026    2.520,00 €\n"
            "FV26-03502   12/11/2026  4510203428   11/01/2027    5.155,20 €\n\n"
            "Saldo pendiente: 12.635,20 €\n\n"
            "Si ya ha realizado el pago, por favor ignore este aviso.\n\n"
            "Departamento de Administración\nQuímicas Piscimar S.L.\n")
    eml = plain_reply(po, "Químicas Piscimar - Administración", "administracion@piscimar.example",
                      M.rfcdate(2026, 11, 25, 12, 0, 0), "<extracto-20261125-30418@piscimar.example>", body,
                      subject="Extracto de cuenta a 25/11/2026", charset="windows-1252", irt=False,
                      to="accounts.payable@brightwater-trading.example")
    assert round(4960.00 + 2520.00 + 5155.20, 2) == 12635.20
    exp = expected("unrelated", "Statement of account: invoice and due dates for other orders; nothing about PO 4510204001.")
    return [po], eml, exp


# ==== END CASES ====

def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Batch AQ - held-out supplier replies", "",
              "Generated by `make_batch.py` (deterministic, standard library only). One line per case:", ""]
    seen = set()
    for i, (slug, kl, hard, fn) in enumerate(CASES, start=1):
        assert slug not in seen, slug
        seen.add(slug)
        pos, eml, exp = fn()
        name = f"{i:03d}-{slug}"
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(eml)
        readme.append(f"`{name}` | {kl} | {hard}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
