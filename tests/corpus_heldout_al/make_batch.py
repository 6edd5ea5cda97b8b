#!/usr/bin/env python3
"""Held-out batch AL: supplier replies to purchase orders.

Writes cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md.
Standard library only; fully deterministic (fixed boundaries, Message-IDs,
zip timestamps).  Run:  python3 make_batch.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from allib.mime import (addr, attachment, hdr, html, message, msgid, multipart,  # noqa: E402
                        raw_part, rfc822, text)
from allib.case import (BUYERS, BUYER_CO, D, MailDate, PURCHASING, acc, all_acc, assert_wd,  # noqa: E402
                        chg, conf, esc, expected, gt, next_on_or_after, outlook_block,
                        outlook_block_html, outlook_html_doc, po, rej, request_html,
                        request_lines_text, request_subject, request_text, supplier, text2html,
                        unc, week_day, write_case, L)
from allib.pdf import make_pdf, table_page  # noqa: E402
from allib.xlsx import make_xlsx  # noqa: E402
from allib.png import make_png  # noqa: E402

CASES = []


def case(slug, kind_locale, hard):
    def deco(fn):
        CASES.append((slug, kind_locale, hard, fn))
        return fn
    return deco


def B(name):
    """(display name, address) of a buyer."""
    return BUYERS[name]


def baddr(name):
    n, e = BUYERS[name]
    return addr(n, e)


def reply_headers(frm, to, subject, md, mid, irt=None, refs=None, cc=None, charset="utf-8",
                  pre=(), post=()):
    h = list(pre)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, charset)), ("Date", str(md)), ("Message-ID", mid)]
    if refs:
        h.append(("References", refs))
    if irt:
        h.append(("In-Reply-To", irt))
    h += list(post)
    return h


def rid(p):
    return p["request_message_id"]


def alt(plain: str, html_s: str, boundary: str, charset="utf-8", cte="quoted-printable",
        html_charset=None, html_cte=None):
    return multipart("alternative", [text(plain, charset, cte),
                                     html(html_s, html_charset or charset, html_cte or cte)], boundary)


def outlook_headers_extra(topic, index, attach=False, lang="en-US"):
    return [("Thread-Topic", hdr(topic)), ("Thread-Index", index),
            ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]



def gmail_reply(body, attribution, p, boundary, greeting="Dear Sir or Madam,", charset="utf-8", quote_text=None,
                quote_html=None):
    """Gmail-style multipart/alternative reply with '> ' quoting and a gmail_quote blockquote."""
    qt = quote_text if quote_text is not None else request_text(p, greeting)
    qh = quote_html if quote_html is not None else request_html(p, greeting)
    plain = body.rstrip("\n") + "\n\n" + attribution + "\n" + gt(qt)
    html_s = ('<div dir="ltr">' + text2html(body.rstrip("\n")) + '</div><br><div class="gmail_quote">'
              f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              f'padding-left:1ex">{qh}</blockquote></div>\n')
    return alt(plain, html_s, boundary, charset=charset)


def outlook_reply(body, lang, sent, p, boundary, charset="utf-8", html_lang="en-US", greeting="Dear Sir or Madam,",
                  body_html=None, to_quoted=None):
    """Outlook-style reply: body, 'From:/Sent:' block, our request unquoted below."""
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    to_q = to_quoted or p["supplier"]["email"]
    plain = (body.rstrip("\n") + "\n\n" + outlook_block(lang, f"{bn} <{be}>", sent, to_q, request_subject(p))
             + "\n" + request_text(p, greeting))
    bh = body_html if body_html is not None else '<p class="MsoNormal">' + text2html(body.rstrip("\n")) + "</p>"
    html_s = outlook_html_doc(bh, outlook_block_html(lang, f"{bn} <{be}>", sent, to_q, request_subject(p))
                              + request_html(p, greeting), html_lang, charset)
    return alt(plain, html_s, boundary, charset=charset)


def ol_post(p, idx, lang, attach=False):
    return outlook_headers_extra(request_subject(p), idx, attach, lang)

# ==========================================================================
# 001-015
# ==========================================================================

@case("as-per-po-signature-numbers", "confirmation/en-US",
      "one-line 'confirmed as per your PO' whose signature has a street number 1500, a ZIP code and a phone '240-6000' echoing the ordered quantities")
def c_as_per_po():
    sup = supplier("ALLEGRAIL", "Allegheny Rail Components Inc.", "orders@alleghenyrail.example", "en-US")
    p = po("4500031207", sup, "liam", "USD", "2026-11-02", [
        ("ARC-BB-220", "Composite brake block, LL type, 220 mm", 240, "EA", "18.40", "2026-12-04"),
        ("ARC-SP-12", "Split pin 12x100 DIN 94, zinc plated", 1500, "EA", "0.21", "2026-12-04"),
        ("ARC-FB-M24", "Fishplate bolt M24x140, grade 8.8, with nut", 600, "EA", "3.95", "2026-12-11"),
    ])
    md = MailDate("2026-11-04 11:26:41 -0500")
    sig = ("Gary Pryce\nCustomer Service\nAllegheny Rail Components Inc.\n"
           "1500 Beale Avenue, Altoona, PA 16601\n"
           "Ph: (814) 240-6000 x 212  |  Fax: (814) 240-6015\n"
           "ISO 9001:2015 | AAR M-1003 certified\n")
    sent = "Monday, November 2, 2026 9:05 AM"
    quoted_hdr = outlook_block("en", f"{B('liam')[0]} <{B('liam')[1]}>", sent, sup["email"], request_subject(p))
    plain = ("Hi Liam,\n\nThanks for the order, confirmed as per your PO.\n\nRegards\n\n" + sig + "\n"
             + quoted_hdr + "\n" + request_text(p, "Dear Sir or Madam,"))
    html_s = outlook_html_doc(
        "<p class=\"MsoNormal\">Hi Liam,</p><p class=\"MsoNormal\">Thanks for the order, confirmed as per your PO.</p>"
        "<p class=\"MsoNormal\">Regards</p><p class=\"MsoNormal\">" + text2html(sig) + "</p>",
        outlook_block_html("en", f"{B('liam')[0]} <{B('liam')[1]}>", sent, sup["email"], request_subject(p))
        + request_html(p), "en-US")
    mid = msgid("001", "alleghenyrail.example", "outlook-us")
    eml = message(reply_headers(addr("Gary Pryce", sup["email"]), baddr("liam"),
                                "RE: " + request_subject(p), md, mid, rid(p), rid(p),
                                post=outlook_headers_extra(request_subject(p), "AQHdTrk2xg7PqV1fQ0mC3nRr8b1Ltw==", lang="en-US")),
                  alt(plain, html_s, "_000_BY5PR12MB7741A0C1B2F3E4D5E6F7BY5PR12MB7741namp_"))
    exp = expected("confirmation",
                   "Plain 'confirmed as per your PO': all three lines accepted. The signature's street number 1500, "
                   "ZIP 16601, phone '(814) 240-6000', ISO 9001:2015 and M-1003 are not quantities or dates.",
                   [conf(p, all_acc(p))])
    return [p], eml, exp


@case("bestaetigt-image-signature", "confirmation/de-DE",
      "the whole answer is the word 'Bestätigt' above an image-only signature (inline PNG), with the PO quoted below")
def c_bestaetigt():
    sup = supplier("SWRUHR", "Schweißtechnik Ruhr GmbH", "auftrag@schweisstechnik-ruhr.example", "de-DE")
    p = po("4500031388", sup, "jonas", "EUR", "2026-11-03", [
        ("WE-E6013-3.2", "Stick electrode E 6013, 3.2 x 350 mm, pack 5 kg", 150, "KG", "4.85", "2026-11-27"),
        ("WD-G3SI1-1.0", "MIG wire G3Si1 1.0 mm, spool 15 kg (K300)", 20, "SPL", "38.90", "2026-11-27"),
        ("WE-E7018-4.0", "Stick electrode E 7018-1 H4R, 4.0 x 450 mm, pack 5 kg", 75, "KG", "6.12", "2026-11-27"),
    ])
    md = MailDate("2026-11-05 07:58:12 +0100")
    jn, je = B("jonas")
    qh = outlook_block("de", f"{jn} <{je}>", "Dienstag, 3. November 2026 16:22", sup["email"], request_subject(p))
    plain = ("Bestätigt\n\n[cid:image001.png@01DD4F2A.6C1B7E90]\n\n" + qh + "\n" + request_text(p, "Sehr geehrte Damen und Herren,"))
    body = ("<p class=\"MsoNormal\">Bestätigt</p><p class=\"MsoNormal\">&nbsp;</p>"
            "<p class=\"MsoNormal\"><img width=\"240\" height=\"60\" style=\"width:2.5in;height:.625in\" "
            "id=\"Grafik_x0020_1\" src=\"cid:image001.png@01DD4F2A.6C1B7E90\" alt=\"Schweißtechnik Ruhr GmbH – Vertrieb Innendienst\"></p>")
    html_s = outlook_html_doc(body, outlook_block_html("de", f"{jn} <{je}>", "Dienstag, 3. November 2026 16:22",
                                                       sup["email"], request_subject(p)) + request_html(p, "Sehr geehrte Damen und Herren,"), "de-DE")
    related = multipart("related", [
        multipart("alternative", [text(plain, "utf-8", "quoted-printable"), html(html_s, "utf-8", "quoted-printable")],
                  "_000_AM9PR07MB5512DD01A2B3C4D5E6F7A8B9AM9PR07MB5512eurp_"),
        attachment(make_png(240, 60, (180, 30, 30)), "image/png", "image001.png", disposition="inline",
                   cid="image001.png@01DD4F2A.6C1B7E90"),
    ], "_004_AM9PR07MB5512DD01A2B3C4D5E6F7A8B9AM9PR07MB5512eurp_", extra_params='type="multipart/alternative"')
    mid = msgid("002", "schweisstechnik-ruhr.example", "outlook")
    eml = message(reply_headers(addr("Auftragsannahme Schweißtechnik Ruhr", sup["email"]), addr(jn, je),
                                "AW: " + request_subject(p), md, mid, rid(p), rid(p),
                                post=outlook_headers_extra(request_subject(p), "AQHdTzK1m4pX0aBfR0Gm7yX3lq9xAg==", attach=True, lang="de-DE")),
                  related)
    exp = expected("confirmation", "'Bestätigt' alone, answered on the PO thread: every line accepted as ordered. "
                   "The signature is an image; the 3.2 x 350 / 15 kg / 4.0 x 450 in descriptions are not changes.",
                   [conf(p, all_acc(p))])
    return [p], eml, exp


@case("week-of-december-14", "confirmation/en-US",
      "delivery promised 'the week of December 14': a week reference without a day, read as the Friday of ISO week 51")
def c_week_of():
    sup = supplier("KEYPWR", "Keystone Power Systems Inc.", "sales@keystonepower.example", "en-US")
    p = po("4500031455", sup, "priya", "USD", "2026-11-04", [
        ("KPS-12V100-AGM", "Battery 12V 100Ah AGM, M8 terminals", 48, "EA", "212.00", "2026-12-04"),
        ("KPS-2V-OPZS-600", "Cell 2V 600Ah OPzS, flooded, dry-charged", 24, "EA", "389.50", "2026-12-04"),
    ])
    md = MailDate("2026-11-09 14:05:33 -0500")
    assert_wd("2026-12-14", "Monday")
    fri = str(week_day(2026, 51))
    assert fri == "2026-12-18"
    pn, pe = B("priya")
    q = request_text(p, "Hello,")
    plain = ("Hi Priya,\n\n"
             "Thanks for PO 4500031455. We can do both lines at your PO pricing. Everything will deliver the week of "
             "December 14 - the OPzS cells come out of our Reading, PA plant and we can't get them to you before that, "
             "so we'd rather ship the AGM batteries with them on one truck.\n\n"
             "Let me know if that's a problem.\n\n"
             "Best,\nDerek Walsh\nInside Sales | Keystone Power Systems\n1200 Industrial Hwy, Reading, PA 19602\n"
             "(610) 555-0148\n\n"
             f"On Wed, Nov 4, 2026 at 9:12 AM {pn} <{pe}> wrote:\n\n" + gt(q))
    html_s = ('<div dir="ltr"><div>Hi Priya,</div><div><br></div><div>Thanks for PO 4500031455. We can do both lines at '
              'your PO pricing. Everything will deliver the week of December 14 - the OPzS cells come out of our Reading, '
              "PA plant and we can't get them to you before that, so we'd rather ship the AGM batteries with them on one "
              "truck.</div><div><br></div><div>Let me know if that's a problem.</div><div><br></div><div>Best,</div>"
              '<div>Derek Walsh<br>Inside Sales | Keystone Power Systems<br>1200 Industrial Hwy, Reading, PA 19602<br>'
              '(610) 555-0148</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Nov 4, '
              f'2026 at 9:12 AM {esc(pn)} &lt;<a href="mailto:{pe}">{pe}</a>&gt; wrote:<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              f'padding-left:1ex">{request_html(p, "Hello,")}</blockquote></div>\n')
    mid = msgid("003", "keystonepower.example", "gmail")
    eml = message(reply_headers(addr("Derek Walsh", sup["email"]), addr(pn, pe), "Re: " + request_subject(p), md, mid,
                                rid(p), rid(p)), alt(plain, html_s, "000000000000a1b2c3062f11d0e4", cte="quoted-printable"))
    exp = expected("confirmation",
                   "Prices and quantities as ordered; delivery 'the week of December 14' (Monday of ISO week 51) names "
                   "no delivery day, so by the calendar-week rule the date is the Friday, 2026-12-18, for both lines.",
                   [conf(p, {1: chg(p, 1, date=fri), 2: chg(p, 2, date=fri)})])
    return [p], eml, exp


@case("future-price-increase-not-this-po", "confirmation/fr-FR",
      "confirms at PO prices but announces a higher acetonitrile price valid from 1 February 2027, after this PO's delivery")
def c_future_price():
    sup = supplier("LCR", "Laboratoires Chimiques du Rhône SAS", "adv@lcr-chimie.example", "fr-FR")
    p = po("4500031502", sup, "sofia", "EUR", "2026-11-05", [
        ("LCR-ETH-998-1L", "Ethanol absolute >=99.8% p.a., bottle 1 l", 60, "BOT", "14.20", "2026-11-26"),
        ("LCR-ACN-HPLC-2.5L", "Acetonitrile HPLC gradient grade, bottle 2.5 l", 24, "BOT", "61.80", "2026-11-26"),
        ("LCR-HCL37-1L", "Hydrochloric acid 37% p.a., bottle 1 l", 30, "BOT", "9.75", "2026-11-26"),
    ])
    md = MailDate("2026-11-06 16:12:08 +0100")
    sn, se = B("sofia")
    plain = ("Bonjour Madame Marchetti,\n\n"
             "Nous accusons réception de votre commande n° 4500031502 du 05/11/2026 et vous la confirmons "
             "aux prix et quantités indiqués, livraison le 26/11/2026 à Varberg.\n\n"
             "Pour information : à compter du 1er février 2027, le prix de l'acétonitrile HPLC en flacon de 2,5 l "
             "(réf. LCR-ACN-HPLC-2.5L) passera à 66,40 € HT, suite à la hausse du coût des solvants.\n\n"
             "Les certificats d'analyse (lot 26K0412, péremption 11/2029) seront joints à la livraison.\n\n"
             "Bien cordialement,\n\n-- \nCamille Roux\nAdministration des ventes\nLaboratoires Chimiques du Rhône SAS\n"
             "12 rue des Tanneurs - 69007 Lyon\nTél. : +33 4 72 00 31 50\n\n"
             f"Le 05/11/2026 à 10:41, {sn} a écrit :\n" + gt(request_text(p)))
    mid = msgid("004", "lcr-chimie.example", "thunderbird")
    eml = message(reply_headers(addr("Camille Roux", sup["email"]), addr(sn, se), "Re: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]),
                  text(plain, "utf-8", "8bit", flowed=True))
    exp = expected("confirmation",
                   "Confirmed at PO prices and date (26/11/2026). The 66,40 EUR acetonitrile price applies only from "
                   "1 Feb 2027, after this delivery, so line 2 stays at 61.80. Lot/expiry dates are noise.",
                   [conf(p, all_acc(p))])
    return [p], eml, exp


@case("csv-semicolon-comma-decimals", "confirmation/de-AT",
      "answers are in a semicolon CSV with comma decimals and prices per 100 pieces; one line has a new price and date")
def c_csv():
    sup = supplier("STEINER", "Dichtungstechnik Steiner GmbH", "verkauf@steiner-dichtungen.example", "de-AT")
    p = po("4500031560", sup, "jonas", "EUR", "2026-11-05", [
        ("OR-NBR70-20X2", "O-ring NBR 70 Shore A, 20 x 2 mm", 5000, "EA", "0.042", "2026-11-30"),
        ("OR-FKM80-35X3", "O-ring FKM 80 Shore A, 35 x 3 mm", 2000, "EA", "0.186", "2026-11-30"),
        ("RWDR-40X62X7", "Radial shaft seal BA 40x62x7 NBR", 400, "EA", "1.38", "2026-11-30"),
        ("OR-EPDM-8X1.5", "O-ring EPDM 70, 8 x 1.5 mm, KTW approved", 10000, "EA", "0.019", "2026-11-30"),
    ])
    md = MailDate("2026-11-09 10:03:51 +0100")
    csv_s = ("AB-Nr;Pos;Ihre Pos;Artikel;Ihre Artikelnr;Bezeichnung;Menge;ME;Preis/100 EUR;Liefertermin\r\n"
             "AB-26-08812;10;1;100-2020-N70;OR-NBR70-20X2;O-Ring 20x2 NBR70;5000;Stk;4,20;30.11.2026\r\n"
             "AB-26-08812;20;2;100-3530-F80;OR-FKM80-35X3;O-Ring 35x3 FKM80;2000;Stk;19,80;11.12.2026\r\n"
             "AB-26-08812;30;3;300-4062-07;RWDR-40X62X7;WDR BA 40x62x7 NBR;400;Stk;138,00;30.11.2026\r\n"
             "AB-26-08812;40;4;100-0815-E70;OR-EPDM-8X1.5;O-Ring 8x1,5 EPDM70 KTW;10000;Stk;1,90;30.11.2026\r\n")
    jn, je = B("jonas")
    body = ("Sehr geehrter Herr Brandt,\n\n"
            "vielen Dank für Ihre Bestellung 4500031560. Anbei unsere Auftragsbestätigung AB-26-08812 als CSV-Datei "
            "für Ihren Import.\n\n"
            "Bitte beachten Sie Pos. 20 (FKM): Preisanpassung lt. aktuellem Rohstoffzuschlag sowie späterer "
            "Liefertermin, da das Material erst in KW 49 bei uns eintrifft. Alle anderen Positionen wie bestellt.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Martina Huber\nVerkauf Innendienst\n"
            "Dichtungstechnik Steiner GmbH | Industriezeile 36 | 4020 Linz | Österreich\n"
            "Tel. +43 732 771 200-14 | FN 281456 k\n\n"
            + outlook_block("de", f"{jn} <{je}>", "Donnerstag, 5. November 2026 11:30", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mixed = multipart("mixed", [
        text(body, "iso-8859-1", "quoted-printable"),
        attachment(csv_s.encode("cp1252"), "text/csv; charset=windows-1252", "AB-26-08812_4500031560.csv"),
    ], "----=_NextPart_000_0042_01DD5215.7A3C1E40")
    mid = msgid("005", "steiner-dichtungen.example", "plain")
    eml = message(reply_headers(addr("Martina Huber", sup["email"]), addr(jn, je), "AW: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-at")]),
                  mixed)
    exp = expected("confirmation",
                   "CSV prices are per 100 pieces with comma decimals: 4,20 -> 0.042, 138,00 -> 1.38, 1,90 -> 0.019 "
                   "match the PO; line 2 (Pos 20) is 19,80/100 = 0.198 and 11.12.2026. 'KW 49' in the text is the "
                   "material arrival, not a delivery date.",
                   [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="0.198", date="2026-12-11"), 3: acc(p, 3), 4: acc(p, 4)})])
    return [p], eml, exp


@case("forward-all-fine-except-date", "confirmation/en-IE",
      "a colleague forwards the workshop's 'all ok, ready for the 20th' and adds 'all fine except the date' with a later Thursday")
def c_forward():
    sup = supplier("SHANNONH", "Shannon Hydraulics Ltd", "sales@shannon-hydraulics.example", "en-IE")
    p = po("4500031611", sup, "liam", "EUR", "2026-11-04", [
        ("SH-2SN-08", "Hose EN 853 2SN DN12 (1/2\"), bulk", 150, "M", "7.60", "2026-11-20"),
        ("SH-ASSY-2SN06-1000", "Hose assembly 2SN DN10, 1000 mm, 3/8 BSP female swivel both ends", 40, "EA", "24.30", "2026-11-20"),
        ("SH-FIT-12-JIC", "Fitting 1/2\" JIC female swivel, crimp type", 80, "EA", "3.10", "2026-11-20"),
    ])
    md = MailDate("2026-11-10 09:12:44 +0000")
    assert_wd("2026-11-26", "Thursday")
    ln_, le = B("liam")
    inner = ("Niamh,\n\nChecked PO 4500031611 - all 3 lines ok, qty and price as per PO, we can have it ready "
             "for the 20th.\n\nDeclan\n\nDeclan Burke | Workshop Supervisor\nShannon Hydraulics Ltd\n\n")
    plain = ("Hi Liam,\n\nSee below, all fine except the date - the hose and assemblies will go out together on "
             "Thursday 26th, the crimp dies for the 3/8 BSP ends are away for calibration until the 24th.\n\n"
             "Niamh\n\nNiamh Walsh\nSales | Shannon Hydraulics Ltd\nSmithstown Industrial Estate, Shannon, Co. Clare V14 DX27\n"
             "+353 61 555 0190\n\n"
             + outlook_block("en", "Declan Burke <declan.burke@shannon-hydraulics.example>", "Monday 9 November 2026 15:40",
                             "Niamh Walsh <niamh.walsh@shannon-hydraulics.example>", "RE: " + request_subject(p))
             + "\n" + inner
             + outlook_block("en", f"{ln_} <{le}>", "Wednesday 4 November 2026 08:55", sup["email"], request_subject(p))
             + "\n" + request_text(p))
    html_s = outlook_html_doc(text2html(plain), "", "en-IE")
    mid = msgid("006", "shannon-hydraulics.example", "outlook")
    eml = message(reply_headers(addr("Niamh Walsh", "niamh.walsh@shannon-hydraulics.example"), addr(ln_, le),
                                "FW: RE: " + request_subject(p), md, mid, rid(p), rid(p),
                                post=outlook_headers_extra(request_subject(p), "AQHdTtA0c1Yw2Vb3T0y3nq5p1QAAAg==", lang="en-IE")),
                  alt(plain, html_s, "_000_DB9PR02MB7190C4B1E3D2A1F0DB9PR02MB7190eurp_"))
    exp = expected("confirmation",
                   "Forwarded internal check says as per PO and 'ready for the 20th', but the forwarding salesperson "
                   "overrides the date: shipped Thursday 26th -> 2026-11-26 (a ship date only, so it is the date) for "
                   "all three lines; quantities and prices as ordered. '3/8 BSP', 'the 24th' and V14 DX27 are noise.",
                   [conf(p, {n: chg(p, n, date="2026-11-26") for n in (1, 2, 3)})])
    return [p], eml, exp


@case("table-total-row-wrong", "confirmation/es-ES",
      "an HTML table confirms per-line quantities (one reduced) while its 'Total' row still shows the ordered sum")
def c_total_row():
    sup = supplier("MELEV", "Mobiliario Escolar Levante S.L.", "pedidos@mel-escolar.example", "es-ES")
    p = po("4500031650", sup, "sofia", "EUR", "2026-11-03", [
        ("MEL-MESA-T6", "Pupil desk size 6 (EN 1729), 700x500 mm", 120, "EA", "68.00", "2027-01-08"),
        ("MEL-SILLA-T6", "Pupil chair size 6, polypropylene shell, blue", 120, "EA", "31.50", "2027-01-08"),
        ("MEL-PIZ-3000", "Whiteboard 3000x1200 mm, enamelled steel", 6, "EA", "245.00", "2027-01-08"),
        ("MEL-ARM-2P", "Cabinet 2 doors 1000x450x1950 mm, grey", 10, "EA", "189.00", "2027-01-08"),
    ])
    md = MailDate("2026-11-05 13:47:20 +0100")
    sn, se = B("sofia")
    rows = [("1", "MEL-MESA-T6", "Mesa alumno talla 6", "120", "68,00", "08/01/2027"),
            ("2", "MEL-SILLA-T6", "Silla alumno talla 6 azul", "120", "31,50", "08/01/2027"),
            ("3", "MEL-PIZ-3000", "Pizarra blanca 3000x1200", "6", "245,00", "08/01/2027"),
            ("4", "MEL-ARM-2P", "Armario 2 puertas gris", "8", "189,00", "08/01/2027")]
    tbl_plain = "\n".join(" | ".join(r) for r in rows) + "\nTOTAL UNIDADES | | | 256 | |\n"
    intro = ("Buenas tardes Sofia:\n\nLe confirmamos el pedido 4500031650 según el cuadro siguiente. De los armarios de "
             "2 puertas en gris sólo nos quedan 8 unidades (fin de serie de ese color), el resto se sirve completo.\n\n")
    outro = ("\nPortes pagados, pago a 60 días f.f. Montaje no incluido.\n\nUn saludo,\n\nVicente Ferrer Llopis\n"
             "Departamento Comercial\nMobiliario Escolar Levante S.L.\nPol. Ind. El Collet, C/ 3, nº 12 - 46870 Ontinyent (Valencia)\n"
             "Tel. 962 38 10 45\n\n")
    qh = outlook_block("es", f"{sn} <{se}>", "martes, 3 de noviembre de 2026 9:20", sup["email"], request_subject(p))
    plain = intro + "Lín. | Ref. | Descripción | Cant. | Precio € | Entrega\n" + tbl_plain + outro + qh + "\n" + request_text(p)
    tr = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    tbl = ('<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Lín.</th><th>Ref.</th>'
           '<th>Descripción</th><th>Cant.</th><th>Precio €</th><th>Entrega</th></tr>' + tr +
           '<tr><td colspan="3"><b>TOTAL UNIDADES</b></td><td><b>256</b></td><td></td><td></td></tr></table>')
    html_s = outlook_html_doc("<p class=\"MsoNormal\">" + text2html(intro) + "</p>" + tbl + "<p class=\"MsoNormal\">" + text2html(outro) + "</p>",
                              outlook_block_html("es", f"{sn} <{se}>", "martes, 3 de noviembre de 2026 9:20", sup["email"],
                                                 request_subject(p)) + request_html(p), "es-ES", charset="windows-1252")
    mid = msgid("007", "mel-escolar.example", "outlook")
    eml = message(reply_headers(addr("Vicente Ferrer Llopis", sup["email"]), addr(sn, se), "RE: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=outlook_headers_extra(request_subject(p), "AQHdTvX9a2mQ8xWmQUe1s0pN7cRr1A==", lang="es-ES")),
                  alt(plain, html_s, "_000_PA4PR03MB6902B2E7D1C0F9A8PA4PR03MB6902eurp_", charset="windows-1252"))
    exp = expected("confirmation",
                   "Per-line table: lines 1-3 as ordered, line 4 only 8 cabinets (stated in the text too). The TOTAL "
                   "row says 256, the ordered sum, although the lines add up to 254: trust the lines.",
                   [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: acc(p, 3), 4: chg(p, 4, q=8)})])
    return [p], eml, exp


@case("wareki-reiwa-dates", "confirmation/ja-JP",
      "Shift_JIS reply with dates in Reiwa years (令和8年 = 2026, 令和9年 = 2027), one split line and one later line")
def c_wareki():
    sup = supplier("HIKARI", "株式会社光精密", "eigyo@hikari-seimitsu.example", "ja-JP")
    p = po("4500031702", sup, "priya", "USD", "2026-11-02", [
        ("HS-PCX-25-50", "Plano-convex lens N-BK7, dia 25.4 mm, f=50 mm, AR 400-700 nm", 200, "EA", "18.60", "2026-12-11"),
        ("HS-ACH-12-30", "Achromatic doublet dia 12.7 mm, f=30 mm", 80, "EA", "46.00", "2026-12-11"),
        ("HS-WIN-50-3", "Window fused silica dia 50 x 3 mm, lambda/10", 40, "EA", "72.50", "2026-12-11"),
    ])
    md = MailDate("2026-11-06 17:20:05 +0900")
    assert_wd("2026-12-04", "Friday") and assert_wd("2027-01-15", "Friday")
    pn, pe = B("priya")
    body = ("ノルヴィック・グループ\n購買部 Priya Raman 様\n\n"
            "いつも大変お世話になっております。\n株式会社光精密 営業部の佐藤でございます。\n\n"
            "令和8年11月2日付 ご注文書 No.4500031702 につきまして、下記のとおり納期をご回答申し上げます。\n\n"
            "１．HS-PCX-25-50　平凸レンズ φ25.4 f=50\n"
            "　　数量 200個　単価 USD 18.60\n"
            "　　納期：120個 令和8年12月4日、残り80個 令和8年12月11日（分納）\n"
            "２．HS-ACH-12-30　アクロマティックレンズ φ12.7 f=30\n"
            "　　数量 80個　単価 USD 46.00\n"
            "　　納期：令和9年1月15日（コーティング工程の混雑のため、ご希望納期に間に合いません。申し訳ございません。）\n"
            "３．HS-WIN-50-3　石英ウインドウ φ50×3\n"
            "　　数量 40個　単価 USD 72.50\n"
            "　　納期：令和8年12月11日\n\n"
            "※納期は貴社着日でございます。\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "━━━━━━━━━━━━━━━━━━━━\n株式会社光精密　営業部\n佐藤 健一\n〒395-0001 長野県飯田市座光寺 3360-12\n"
            "TEL 0265-22-1180　FAX 0265-22-1181\n━━━━━━━━━━━━━━━━━━━━\n\n"
            f"-----Original Message-----\nFrom: {pn} <{pe}>\nSent: Monday, November 2, 2026 4:10 PM\n"
            f"To: {sup['email']}\nSubject: {request_subject(p)}\n\n" + request_text(p))
    mid = msgid("008", "hikari-seimitsu.example", "plain")
    eml = message(reply_headers(addr("佐藤 健一", sup["email"], "iso-2022-jp"), addr(pn, pe),
                                "Re: " + request_subject(p) + "（納期回答）", md, mid, rid(p), rid(p), charset="iso-2022-jp",
                                post=[("X-Mailer", "Becky! ver. 2.81.05")]),
                  text(body, "shift_jis", "base64", errors="replace"))
    exp = expected("confirmation",
                   "Reiwa 8 = 2026, Reiwa 9 = 2027. Line 1 split 120 on 2026-12-04 and 80 on 2026-12-11; line 2 moved "
                   "to 2027-01-15; line 3 as ordered. The 〒395-0001 postcode, φ25.4 and f=50 are noise; '着日' = delivery.",
                   [conf(p, {1: chg(p, 1, schedule=[(120, "2026-12-04"), (80, "2026-12-11")]),
                             2: chg(p, 2, date="2027-01-15"), 3: acc(p, 3)})])
    return [p], eml, exp


@case("end-of-next-week", "confirmation/da-DK",
      "iPhone one-paragraph reply promising everything 'sidst i næste uge' (end of next week), measured from the Date header")
def c_end_next_week():
    sup = supplier("KRYDDERI", "Krydderihuset ApS", "ordre@krydderihuset.example", "da-DK")
    p = po("4500031744", sup, "eva", "EUR", "2026-11-09", [
        ("KH-PEB-SORT-1KG", "Black pepper whole, Tellicherry, bag 1 kg", 40, "KG", "14.80", "2026-11-20"),
        ("KH-PAP-ROEG-500", "Smoked paprika powder, jar 500 g", 60, "EA", "6.90", "2026-11-20"),
        ("KH-KANEL-250", "Cinnamon sticks 8 cm, jar 250 g", 36, "EA", "5.40", "2026-11-20"),
    ])
    md = MailDate("2026-11-17 08:31:02 +0100")
    assert_wd("2026-11-17", "Tuesday")
    eow = str(week_day(2026, 48, 5))
    assert eow == "2026-11-27"
    en, ee = B("eva")
    body = ("Hej Eva\n\nTak for ordren. Vi har det hele på lager undtagen paprikaen som kommer ind mandag, så vi kan "
            "levere det hele sidst i næste uge. Priser som på ordren.\n\nMvh Rasmus\n\nSendt fra min iPhone\n\n"
            f"Den 9. nov. 2026 kl. 13.02 skrev {en} <{ee}>:\n\n" + gt(request_text(p, "Hej,")))
    mid = msgid("009", "krydderihuset.example", "apple")
    eml = message(reply_headers(addr("Rasmus Kjær", sup["email"]), addr(en, ee), "Sv: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=[("X-Mailer", "iPhone Mail (22B91)")]),
                  text(body, "utf-8", "quoted-printable"))
    exp = expected("confirmation",
                   "Mail of Tuesday 2026-11-17: 'sidst i næste uge' = end of the week of 23-27 Nov, read as Friday "
                   "2026-11-27 for all lines; prices and quantities as ordered. 'mandag' is the paprika's arrival.",
                   [conf(p, {n: chg(p, n, date=eow) for n in (1, 2, 3)})])
    return [p], eml, exp


@case("plus-ten-percent-overs", "confirmation/de-DE",
      "a printer answers 'Menge +10 % (Zuschuss)' for the posters without stating the resulting number of sheets")
def c_plus10():
    sup = supplier("ALBRECHT", "Druckerei Albrecht & Söhne KG", "auftrag@druckerei-albrecht.example", "de-DE")
    p = po("4500031790", sup, "jonas", "EUR", "2026-11-06", [
        ("DA-PLA-A1-170", "Poster A1, 170 g/m2 gloss, 4/0 colours", 5000, "SHT", "0.38", "2026-11-27"),
        ("DA-FOL-R10", "Floor graphic foil, anti-slip R10, printed", 120, "M2", "24.50", "2026-11-27"),
        ("DA-ALU-3MM-600", "Sign aluminium composite 3 mm, 600x400 mm, printed", 50, "EA", "19.80", "2026-11-27"),
    ])
    md = MailDate("2026-11-10 15:48:10 +0100")
    jn, je = B("jonas")
    body = ("Hallo Herr Brandt,\n\n"
            "danke für den Auftrag, Daten sind angekommen und im Preflight ok.\n\n"
            "Pos. 1 Plakate A1: Menge +10 % (Zuschuss für Einrichtung, wird mitgeliefert und berechnet), "
            "Preis je Bogen bleibt 0,38 €.\n"
            "Pos. 2 und 3 wie bestellt.\n\n"
            "Liefertermin 27.11. bestätigt.\n\n"
            "Viele Grüße aus Kassel\nSven Albrecht\n\nDruckerei Albrecht & Söhne KG\nLeipziger Str. 170 | 34123 Kassel\n"
            "Tel. 0561 / 50 00 - 25\n\n"
            f"Am 06.11.2026 um 14:02 schrieb {jn}:\n" + gt(request_text(p)))
    mid = msgid("010", "druckerei-albrecht.example", "thunderbird")
    eml = message(reply_headers(addr("Sven Albrecht", sup["email"]), addr(jn, je), "Re: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]),
                  text(body, "iso-8859-15", "quoted-printable", flowed=True))
    exp = expected("confirmation",
                   "Line 1 quantity +10% -> 5500 sheets at the unchanged 0.38; lines 2 and 3 as ordered; '27.11.' without "
                   "a year is 2026-11-27, the ordered date. 170 g/m2, 4/0 and the street number 170 are noise.",
                   [conf(p, {1: chg(p, 1, q=5500), 2: acc(p, 2), 3: acc(p, 3)})])
    return [p], eml, exp


@case("minus-two-cartons", "confirmation/nb-NO",
      "frozen shrimp line answered 'minus 2 kartonger' against a kg order with 10 kg cartons")
def c_minus2():
    sup = supplier("LOFOTEN", "Lofoten Sjømat AS", "salg@lofoten-sjomat.example", "nb-NO")
    p = po("4500031822", sup, "eva", "EUR", "2026-11-05", [
        ("LS-TORSK-LOIN", "Cod loins skinless IQF, carton 10 kg", 400, "KG", "11.90", "2026-11-24"),
        ("LS-REKER-90-120", "Shrimp cooked & peeled 90/120, carton 10 kg", 250, "KG", "14.60", "2026-11-24"),
        ("LS-LAKS-125", "Salmon portions 125 g, vacuum packed, carton 10 kg", 300, "KG", "13.20", "2026-11-24"),
    ])
    md = MailDate("2026-11-06 12:14:55 +0100")
    en, ee = B("eva")
    body = ("Hei Eva,\n\nTakk for bestillingen.\n\n"
            "Torsk og laks: ok som bestilt.\n"
            "Reker 90/120: minus 2 kartonger, vi har bare det igjen av denne størrelsen før neste produksjon.\n\n"
            "Levering fryst (-18 °C) til Varberg tirsdag 24.11 som ønsket, priser som avtalt.\n\n"
            "Med vennlig hilsen\nIngrid Pedersen\nLofoten Sjømat AS\nHavnegata 12, 8300 Svolvær\nTlf. +47 760 66 250\n\n"
            f"tor. 5. nov. 2026 kl. 10:15 skrev {en} <{ee}>:\n" + gt(request_text(p)))
    html_s = ('<div dir="ltr">' + text2html(body.split("tor. 5. nov.")[0]) + '</div><br><div class="gmail_quote">'
              f'<div dir="ltr" class="gmail_attr">tor. 5. nov. 2026 kl. 10:15 skrev {esc(en)} &lt;{ee}&gt;:<br></div>'
              f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{request_html(p)}</blockquote></div>')
    assert_wd("2026-11-24", "Tuesday")
    mid = msgid("011", "lofoten-sjomat.example", "gmail")
    eml = message(reply_headers(addr("Ingrid Pedersen", sup["email"]), addr(en, ee), "Sv: " + request_subject(p), md, mid,
                                rid(p), rid(p)), alt(body, html_s, "0000000000004e8d1f063011aa51"))
    exp = expected("confirmation",
                   "Shrimp 250 kg = 25 cartons of 10 kg; 'minus 2 kartonger' -> 23 cartons = 230 kg. Other lines and "
                   "the date 24.11 (= 2026-11-24) as ordered. -18 °C, 90/120 and the phone number are noise.",
                   [conf(p, {1: acc(p, 1), 2: chg(p, 2, q=230), 3: acc(p, 3)})])
    return [p], eml, exp


@case("two-pos-one-mail", "confirmation/pt-BR",
      "one Gmail reply answers two POs; the second has one line moved a week")
def c_two_pos():
    sup = supplier("ESPATL", "Esportes Atlântico Ltda.", "vendas@esportesatlantico.example", "pt-BR")
    p1 = po("4500031850", sup, "karim", "USD", "2026-11-02", [
        ("EA-BOLA-FUT-5", "Football size 5, FIFA Basic", 300, "EA", "9.40", "2026-12-15"),
        ("EA-BOLA-VOL-5", "Volleyball size 5, indoor, PU", 150, "EA", "11.20", "2026-12-15"),
    ])
    p2 = po("4500031851", sup, "karim", "USD", "2026-11-02", [
        ("EA-CONE-SET-50", "Training cones, set of 50, 4 colours", 40, "SET", "12.80", "2026-12-15"),
        ("EA-REDE-GOL-732", "Goal net 7.32 x 2.44 m, 4 mm PP", 20, "EA", "58.00", "2026-12-15"),
        ("EA-BOMBA-MAN", "Ball pump with pressure gauge", 100, "EA", "4.30", "2026-12-15"),
    ], req_tag="1")
    md = MailDate("2026-11-10 11:30:19 -0300")
    kn, ke = B("karim")
    body = ("Olá Karim, bom dia!\n\nSegue retorno dos dois pedidos:\n\n"
            "Pedido 4500031850 - tudo conforme, entrega 15/12.\n\n"
            "Pedido 4500031851 - cones e bombas OK para 15/12. As redes de gol só conseguimos entregar dia 22/12, "
            "o fornecedor do fio atrasou. Preços mantidos.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAbraço,\nFernanda Lima\nEsportes Atlântico Ltda.\n"
            "Rua Voluntários da Pátria, 1500 - CEP 90230-010 - Porto Alegre/RS\n(51) 3022-4150\n\n"
            f"Em ter., 3 de nov. de 2026 às 07:45, {kn} <{ke}> escreveu:\n"
            + gt("Hello Fernanda,\n\nplease find our two new orders below, 4500031850 (balls) and 4500031851 (accessories). "
                 "Kindly confirm.\n\nPO 4500031850\n" + request_lines_text(p1) + "\n\nPO 4500031851\n" + request_lines_text(p2)
                 + "\n\nBest regards\nKarim Haddad\n"))
    mid = msgid("012", "esportesatlantico.example", "gmail")
    eml = message(reply_headers(addr("Fernanda Lima", sup["email"]), addr(kn, ke),
                                "Re: POs 4500031850 / 4500031851", md, mid, rid(p1), f"{rid(p1)} {rid(p2)}"),
                  text(body, "utf-8", "quoted-printable"))
    exp = expected("confirmation",
                   "Two POs in one mail. 4500031850 fully as ordered (15/12 = requested). 4500031851: cones and pumps "
                   "as ordered, goal nets on 22/12 -> 2026-12-22. CEP 90230-010 and 7.32 x 2.44 are noise.",
                   [conf(p1, all_acc(p1)),
                    conf(p2, {1: acc(p2, 1), 2: chg(p2, 2, date="2026-12-22"), 3: acc(p2, 3)})])
    return [p1, p2], eml, exp


@case("answers-two-of-three-pos", "confirmation/zh-TW",
      "Big5 reply covering three open POs: two are answered, the third is only said to be 'still being scheduled'")
def c_two_of_three():
    sup = supplier("TWDN", "台灣動能電池股份有限公司", "sales@twdn-battery.example", "zh-TW")
    a = po("4500031870", sup, "priya", "USD", "2026-10-28", [
        ("TD-LFP-100", "LiFePO4 prismatic cell 3.2 V 100 Ah", 320, "EA", "41.50", "2026-12-10"),
        ("TD-BMS-16S", "BMS board 16S 100 A, CAN", 20, "EA", "86.00", "2026-12-10"),
    ])
    b = po("4500031871", sup, "priya", "USD", "2026-11-04", [
        ("TD-NMC-21700", "Cell 21700 NMC 5000 mAh", 2000, "EA", "3.35", "2027-01-15"),
    ])
    c = po("4500031872", sup, "priya", "USD", "2026-11-06", [
        ("TD-LFP-280", "LiFePO4 prismatic cell 3.2 V 280 Ah", 64, "EA", "92.00", "2027-01-29"),
    ])
    md = MailDate("2026-11-12 10:05:47 +0800")
    assert_wd("2026-12-17", "Thursday")
    pn, pe = B("priya")
    body = ("Dear Priya,\n\n您好！關於貴司的訂單回覆如下：\n\n"
            "1) PO 4500031870\n"
            "   - TD-LFP-100 磷酸鐵鋰電芯 3.2V 100Ah：320 pcs，單價 USD 41.50，交期 2026/12/10 確認\n"
            "   - TD-BMS-16S 保護板：20 pcs，單價 USD 86.00，交期改為 2026/12/17（晶片到料較晚）\n\n"
            "2) PO 4500031872\n"
            "   - TD-LFP-280 電芯 3.2V 280Ah：64 pcs，USD 92.00，交期 2027/1/29 確認\n\n"
            "3) PO 4500031871 (21700 電芯)：工廠仍在排產中，交期下週再回覆您。\n\n"
            "謝謝！\n\n林雅婷 Amy Lin\n業務部 Sales Dept.\n台灣動能電池股份有限公司\n"
            "330 桃園市桃園區中正路 1188 號\nTel: +886-3-355-0128 ext. 210\n\n"
            f"-----Original Message-----\nFrom: {pn} <{pe}>\nSent: Friday, November 6, 2026 3:22 PM\n"
            f"To: {sup['email']}\nSubject: Open orders 4500031870 / 4500031871 / 4500031872\n\n"
            "Dear Amy,\n\ncould you please confirm our three open orders? Details below.\n\n"
            + "PO 4500031870 (2026-10-28)\n" + request_lines_text(a) + "\n\nPO 4500031871 (2026-11-04)\n" + request_lines_text(b)
            + "\n\nPO 4500031872 (2026-11-06)\n" + request_lines_text(c) + "\n\nThanks\nPriya\n")
    mid = msgid("013", "twdn-battery.example", "outlook")
    eml = message(reply_headers(addr("林雅婷 Amy Lin", sup["email"], "big5"), addr(pn, pe),
                                "RE: Open orders 4500031870 / 4500031871 / 4500031872", md, mid,
                                "<open-orders-20261106.1@norrvik-group.example>",
                                f"{rid(a)} <open-orders-20261106.1@norrvik-group.example>", charset="big5"),
                  text(body, "big5", "base64"))
    exp = expected("confirmation",
                   "Three open POs; 4500031870 (BMS line moved to 2026-12-17) and 4500031872 (as ordered) are answered. "
                   "4500031871 is only mentioned ('下週再回覆', will reply next week) and is left out. Postcode 330 "
                   "and 'ext. 210' are noise.",
                   [conf(a, {1: acc(a, 1), 2: chg(a, 2, date="2026-12-17")}), conf(c, all_acc(c))])
    return [a, b, c], eml, exp


def erp_pdf_aufzug():
    cols = [("Pos", 50), ("Artikel / Ihre Art.-Nr.", 80), ("Bezeichnung", 190), ("Menge", 330), ("Preis EUR", 372),
            ("Wert EUR", 440), ("Termin", 495)]
    rows = [["10", "40-0801-62", "Türrolle Ø80 6201-2RS", "60 Stk", "12,40", "744,00", "02.12.2026"],
            ["", "AW-TK-ROL-80", "", "", "", "", ""],
            ["20", "51-0819-08", "Drahtseil 8 mm 8x19 Seale", "450 m", "385,00/100m", "1.732,50", "02.12.2026"],
            ["", "AW-SEIL-8-19", "", "", "", "", ""],
            ["30", "70-3000-30", "Taster D30 Edelstahl Braille", "40 Stk", "17,90", "716,00", "KW 50"],
            ["", "AW-TAST-D30", "", "", "", "", ""],
            ["40", "88-2000-24", "Lichtgitter 2000 mm 24 V DC", "4 Stk", "279,00", "1.116,00", "02.12.2026"],
            ["", "AW-LICHTG-2000", "", "", "", "", ""]]
    head = [("Aufzugteile Weser GmbH", 14, True), ("Hafenstraße 51 - 28217 Bremen - Tel. 0421 38 20 40", 8, False),
            ("", 4, False), ("AUFTRAGSBESTÄTIGUNG Nr. 2611457", 12, True),
            ("Datum: 10.11.2026      Kunden-Nr.: 30418      Sachbearbeiter: K. Meinke", 9, False),
            ("Ihre Bestellung: 4500031905 vom 04.11.2026", 9, False),
            ("Norrvik Group AB, Hamnvägen 12, SE-432 32 Varberg", 9, False)]
    foot = [("Nettowert: 4.308,50 EUR   zzgl. MwSt.", 9, True),
            ("Termine = Anliefertermine beim Kunden. Lieferbedingung: FCA Bremen. Zahlung: 30 Tage netto.", 8, False),
            ("Preise gemäß Angebot 2026-0931, gültig bis 31.12.2026.", 8, False),
            ("Es gelten unsere AGB (Stand 01/2025). Amtsgericht Bremen HRB 24115.", 7, False)]
    ops = table_page(head, cols, rows, foot, size=8, kern_words=True)
    return make_pdf([ops], title="Auftragsbestaetigung 2611457", producer="proALPHA Druckausgabe 8.1",
                    creation="D:20261110062205+01'00'", file_id="6a1f0e3b2c4d5e6f708192a3b4c5d6e7")


@case("erp-pdf-positions-10-20-30", "confirmation/de-DE",
      "automatic ERP mail with a PDF acknowledgment: own positions 10-40 and item codes, one price per 100 m, one 'KW 50', one price rise")
def c_erp_pdf():
    sup = supplier("AUFZWESER", "Aufzugteile Weser GmbH", "verkauf@aufzugteile-weser.example", "de-DE")
    p = po("4500031905", sup, "jonas", "EUR", "2026-11-04", [
        ("AW-TK-ROL-80", "Door roller dia 80 mm, ball bearing 6201-2RS", 60, "EA", "12.40", "2026-12-02"),
        ("AW-SEIL-8-19", "Steel wire rope 8 mm 8x19 Seale, per metre", 450, "M", "3.85", "2026-12-02"),
        ("AW-TAST-D30", "Push button D30, stainless steel, Braille", 40, "EA", "17.90", "2026-12-02"),
        ("AW-LICHTG-2000", "Light curtain 2000 mm, 24 V DC", 4, "EA", "268.00", "2026-12-02"),
    ])
    md = MailDate("2026-11-10 06:22:31 +0100")
    kw50 = str(week_day(2026, 50))
    assert kw50 == "2026-12-11"
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Auftragsbestätigung 2611457 zu Ihrer Bestellung 4500031905.\n"
            "Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 3 Tagen mit.\n\n"
            "Mit freundlichen Grüßen\nAufzugteile Weser GmbH\n\n"
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie an verkauf@aufzugteile-weser.example.\n")
    mixed = multipart("mixed", [text(body, "utf-8", "quoted-printable"),
                                attachment(erp_pdf_aufzug(), "application/pdf", "AB_2611457.pdf")],
                      "=_mixed 0021A8C7C1258C3A_=")
    mid = "<OF1A2B3C4D.5E6F7081-ONC1258C3A.0021A8C7@aufzugteile-weser.example>"
    eml = message([("From", addr("Aufzugteile Weser GmbH", "noreply-erp@aufzugteile-weser.example")),
                   ("Reply-To", sup["email"]), ("To", "purchasing@norrvik-group.example"),
                   ("Subject", hdr("Auftragsbestätigung 2611457 zu Ihrer Bestellung 4500031905")),
                   ("Date", str(md)), ("Message-ID", mid), ("X-Mailer", "proALPHA Mailservice"),
                   ("Auto-Submitted", "auto-generated")], mixed)
    exp = expected("confirmation",
                   "ERP acknowledgment (automatic, but it commits). Pos 10 = line 1 as ordered; pos 20 priced 385,00 per "
                   "100 m = 3.85/m as ordered; pos 30 'KW 50' -> Friday 2026-12-11; pos 40 price 279,00 instead of "
                   "268.00. Quote validity 31.12.2026 and AGB 01/2025 are noise; termine are delivery dates.",
                   [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, date=kw50), 4: chg(p, 4, price="279.00")})])
    return [p], eml, exp


@case("xlsx-per-1000-pallet-rounding", "confirmation/sv-SE",
      "XLSX acknowledgment with prices per 1000, date cells as serial numbers and one line rounded up to whole pallets")
def c_xlsx():
    import datetime as dt
    sup = supplier("WELLNORD", "Wellpapp Norden AB", "order@wellpappnorden.example", "sv-SE")
    p = po("4500031930", sup, "marta", "EUR", "2026-11-06", [
        ("WN-0201-400300300", "Carton FEFCO 0201, 400x300x300 mm, BC flute", 5000, "EA", "0.612", "2026-11-25"),
        ("WN-0427-A4-WHITE", "Mailer box FEFCO 0427, A4, E flute white", 3000, "EA", "0.455", "2026-11-25"),
        ("WN-PAD-390X290", "Divider pad 390x290 mm, B flute", 2000, "EA", "0.118", "2026-11-25"),
    ])
    md = MailDate("2026-11-12 14:40:26 +0100")
    rows = [["Orderbekräftelse", None, None, None, None, None, None, None, None, None],
            ["Vår order", "OB-118204", None, "Er order", "4500031930", None, "Datum", dt.date(2026, 11, 12)],
            [],
            ["Rad", "Er rad", "Artikel", "Ert art.nr", "Benämning", "Antal", "Enhet", "Pris/1000 EUR", "Belopp EUR", "Leveransdatum"],
            [10, 1, "0201-433-BC", "WN-0201-400300300", "Låda FEFCO 0201 400x300x300 BC", 5250, "st", 612.0, 3213.0, dt.date(2026, 11, 25)],
            [20, 2, "0427-A4-EW", "WN-0427-A4-WHITE", "Postlåda FEFCO 0427 A4 E-vit", 3000, "st", 468.0, 1404.0, dt.date(2026, 12, 2)],
            [30, 3, "PAD-3929-B", "WN-PAD-390X290", "Mellanlägg 390x290 B", 2000, "st", 118.0, 236.0, dt.date(2026, 11, 25)],
            [],
            ["Rad 10 avrundad till hela pall (1 050 st/pall = 42 buntar à 25 st)."],
            ["Leveransvillkor: DAP Varberg (Incoterms 2020). Betalningsvillkor: 30 dagar netto."]]
    x = make_xlsx(rows, "Orderbekräftelse", stamp=(2026, 11, 12, 14, 38, 0), date_format="yyyy-mm-dd", creator="Monitor ERP")
    mn, me = B("marta")
    body = ("Hej Marta!\n\nBifogar orderbekräftelse på er order 4500031930.\n"
            "Observera rad 10 som är avrundad till hela pallar, samt nytt pris på postlådan (rad 20) pga höjt "
            "pappersindex. Den kommer en vecka senare.\n\nMed vänlig hälsning\nJohan Eklund\nInnesälj\n"
            "Wellpapp Norden AB | Fabriksvägen 4 | 571 38 Nässjö\n+46 380 55 12 40\n\n"
            + outlook_block("sv", f"{mn} <{me}>", "den 6 november 2026 09:05", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mixed = multipart("mixed", [
        alt(body, outlook_html_doc(text2html(body), "", "sv-SE"), "_000_HE1PR05MB3321F0E2D9C8B7A6HE1PR05MB3321eurp_"),
        attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "OB-118204.xlsx"),
    ], "_004_HE1PR05MB3321F0E2D9C8B7A6HE1PR05MB3321eurp_")
    mid = msgid("015", "wellpappnorden.example", "outlook")
    eml = message(reply_headers(addr("Johan Eklund", sup["email"]), addr(mn, me), "SV: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=outlook_headers_extra(request_subject(p), "AQHdVHk1Jq2bWm5ZUkC0Z2l3bXo8rA==", True, "sv-SE")),
                  mixed)
    exp = expected("confirmation",
                   "XLSX prices are per 1000: 612 -> 0.612 (as ordered), 468 -> 0.468 (up from 0.455), 118 -> 0.118. "
                   "Row 10 rounded to 5 pallets = 5250; row 20 delivery 2026-12-02 (date cells are Excel serials).",
                   [conf(p, {1: chg(p, 1, q=5250), 2: chg(p, 2, price="0.468", date="2026-12-02"), 3: acc(p, 3)})])
    return [p], eml, exp



# ==========================================================================
# 016-027  needs_review
# ==========================================================================

@case("question-kraft-or-white", "needs_review/es-MX",
      "supplier acknowledges the PO but asks two questions (plate colour, cup carton size) before confirming anything")
def c_nr_question():
    sup = supplier("DESBAJIO", "Desechables del Bajío S.A. de C.V.", "ventas@desechablesbajio.example", "es-MX")
    p = po("4500032010", sup, "karim", "USD", "2026-11-05", [
        ("DB-PLATO-23-KR", "Plate 23 cm bagasse, kraft, carton of 1000", 20000, "EA", "0.046", "2026-12-01"),
        ("DB-VASO-12OZ-DW", "Paper cup 12 oz double wall, carton of 1000", 15000, "EA", "0.071", "2026-12-01"),
        ("DB-CUB-SET-CPLA", "Cutlery set CPLA fork/knife/napkin, carton of 1000", 10000, "EA", "0.052", "2026-12-01"),
    ])
    md = MailDate("2026-11-05 17:42:10 -0600")
    kn, ke = B("karim")
    body = ("Hola Karim, buenas tardes.\n\n"
            "Recibimos tu orden de compra 4500032010, muchas gracias. Antes de meterla a producción tengo dos dudas:\n\n"
            "1. Los platos de bagazo de 23 cm: en la OC dice kraft, pero la muestra que nos aprobaron en septiembre era "
            "blanca. ¿Cuál les mandamos?\n"
            "2. Los vasos de 12 oz doble pared ya no los manejamos en caja de 1,000 sino de 500 (serían 30 cajas en "
            "lugar de 15). ¿Está bien así?\n\n"
            "En cuanto me confirmes te mando la confirmación con fechas de entrega.\n\n"
            "Saludos cordiales,\n\nAlejandra Ruiz\nEjecutiva de Ventas\nDesechables del Bajío S.A. de C.V.\n"
            "Blvd. Adolfo López Mateos 2510, C.P. 37270, León, Gto.\nTel. 477 710 2030\n\n"
            f"El jue, 5 nov 2026 a las 3:10, {kn} (<{ke}>) escribió:\n" + gt(request_text(p, "Hola Alejandra,")))
    mid = msgid("016", "desechablesbajio.example", "gmail")
    html_s = ('<div dir="ltr">' + text2html(body.split("El jue, 5 nov")[0]) + '</div><br><div class="gmail_quote">'
              f'<div dir="ltr" class="gmail_attr">El jue, 5 nov 2026 a las 3:10, {esc(kn)} (&lt;{ke}&gt;) escribió:<br></div>'
              f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{request_html(p, "Hola Alejandra,")}</blockquote></div>')
    eml = message(reply_headers(addr("Alejandra Ruiz", sup["email"]), addr(kn, ke), "Re: " + request_subject(p), md, mid,
                                rid(p), rid(p)), alt(body, html_s, "00000000000077c5a2063011f3b8"))
    exp = expected("needs_review", "Two open questions (kraft vs white plates; cups now in cartons of 500) and an explicit "
                   "'I will send the confirmation once you answer': nothing is committed yet.")
    return [p], eml, exp


@case("will-revert-by-friday", "needs_review/en-ZA",
      "'received with thanks, will revert by Friday with firm dates'; mentions stock and quote pricing without committing")
def c_nr_revert():
    sup = supplier("KAROORAIL", "Karoo Rail Engineering (Pty) Ltd", "sales@karoorail.example", "en-ZA")
    p = po("4500032044", sup, "liam", "USD", "2026-11-05", [
        ("KR-E2009-CLIP", "Rail clip e2009 type, spring steel", 5000, "EA", "1.12", "2026-12-14"),
        ("KR-PAD-60-HDPE", "Rail pad for 60 kg/m rail, HDPE 10 mm", 5000, "EA", "0.64", "2026-12-14"),
        ("KR-INS-E2009", "Insulator for e-clip, glass-filled nylon 6.6", 10000, "EA", "0.18", "2026-12-14"),
    ])
    md = MailDate("2026-11-09 07:48:03 +0200")
    ln_, le = B("liam")
    body = ("Morning Liam\n\nReceived with thanks. I've passed the order on to our works in Germiston for scheduling. "
            "The clips look fine from stock but the pads depend on the next extrusion run, so I'll revert by Friday "
            "with firm dates for all three lines.\n\nPricing per our quote Q-26-1180 dated 14/10/2026.\n\n"
            "Kind regards\nThabo Nkosi\nSales Engineer\nKaroo Rail Engineering (Pty) Ltd\n"
            "12 Steel Road, Driehoek, Germiston 1401\nTel +27 11 873 5520 | Cell 082 555 0137\n\n"
            + outlook_block("en", f"{ln_} <{le}>", "Thursday, 05 November 2026 16:02", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mid = msgid("017", "karoorail.example", "outlook")
    eml = message(reply_headers(addr("Thabo Nkosi", sup["email"]), addr(ln_, le), "RE: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=outlook_headers_extra(request_subject(p), "AQHdU6n8Q2xR1fT0mUuQm1eN0yWr6g==", lang="en-ZA")),
                  alt(body, outlook_html_doc(text2html(body), "", "en-ZA"), "_000_VI1PR08MB4410A9E1C3D2B1F0VI1PR08MB4410eurp_"))
    exp = expected("needs_review", "Acknowledges receipt and promises firm dates 'by Friday'; stock remarks and a quote "
                   "reference are not a commitment. No line is confirmed.")
    return [p], eml, exp


def proforma_pdf():
    cols = [("No", 50), ("Description", 75), ("Quantity", 290), ("Unit price", 360), ("Amount EUR", 440)]
    rows = [["1", "Cumin ground, 25 kg bags (your EB-KIMYON-TOZ)", "500 kg", "4.60", "2,300.00"],
            ["2", "Red pepper flakes, 10 kg bags (EB-PULBIBER)", "300 kg", "5.20", "1,560.00"],
            ["3", "Oregano dried rubbed, 12.5 kg bags (EB-KEKIK)", "250 kg", "7.80", "1,950.00"]]
    head = [("EGE BAHARAT SAN. VE TIC. A.S.", 13, True), ("Ataturk OSB 10003 Sk. No:8, 35620 Cigli / Izmir - TURKEY", 8, False),
            ("", 4, False), ("PROFORMA INVOICE  PF-2026-0388", 12, True),
            ("Date: 10.11.2026        Your order: 4500032071 of 06.11.2026", 9, False),
            ("Buyer: Norrvik Group AB, Hamnvagen 12, SE-432 32 Varberg", 9, False)]
    foot = [("TOTAL: EUR 5,810.00", 10, True),
            ("Payment: 100% advance payment by T/T before loading.", 8, False),
            ("Loading: within 10 working days after receipt of payment. Delivery terms: FCA Izmir (Incoterms 2020).", 8, False),
            ("Validity of this proforma: 15 days. Bank: Ziraat Bankasi, IBAN TR33 0001 0012 3456 7890 1234 56", 8, False)]
    return make_pdf([table_page(head, cols, rows, foot)], title="PF-2026-0388", producer="LOGO Tiger 3",
                    creation="D:20261110141500+03'00'", file_id="0f1e2d3c4b5a69788796a5b4c3d2e1f0")


@case("accepted-but-prepayment-first", "needs_review/tr-TR",
      "'we accept your order' but shipment only after 100% prepayment, loading 10 working days after payment: no date can be fixed")
def c_nr_prepay():
    sup = supplier("EGEBAH", "Ege Baharat San. ve Tic. A.Ş.", "export@egebaharat.example", "tr-TR")
    p = po("4500032071", sup, "eva", "EUR", "2026-11-06", [
        ("EB-KIMYON-TOZ", "Cumin ground, bag 25 kg", 500, "KG", "4.60", "2026-12-04"),
        ("EB-PULBIBER", "Red pepper flakes (pul biber), bag 10 kg", 300, "KG", "5.20", "2026-12-04"),
        ("EB-KEKIK", "Oregano dried, rubbed, bag 12.5 kg", 250, "KG", "7.80", "2026-12-04"),
    ])
    md = MailDate("2026-11-10 14:20:37 +0300")
    en, ee = B("eva")
    body = ("Sayın Eva Hanım,\n\n"
            "4500032071 numaralı siparişiniz için teşekkür ederiz. Siparişinizi belirtilen fiyat ve miktarlarla kabul "
            "ediyoruz.\n\n"
            "Ancak firmanızla ilk çalışmamız olduğu için sevkiyat, %100 peşin ödemenin hesabımıza ulaşmasından sonra "
            "yapılacaktır. Proforma faturamız (PF-2026-0388) ektedir. Ödeme tarafımıza ulaştıktan sonra 10 iş günü "
            "içinde yükleme yapabiliriz.\n\n"
            "Saygılarımızla,\n\nMehmet Yıldız\nİhracat Müdürü\nEge Baharat San. ve Tic. A.Ş.\n"
            "Atatürk OSB 10003 Sk. No:8, 35620 Çiğli / İzmir\nTel: +90 232 376 40 25\n\n"
            + outlook_block("tr", f"{en} <{ee}>", "6 Kasım 2026 Cuma 11:04", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mixed = multipart("mixed", [text(body, "iso-8859-9", "quoted-printable"),
                                attachment(proforma_pdf(), "application/pdf", "PF-2026-0388.pdf")],
                      "----=_NextPart_000_0017_01DD5301.4C2B9A10")
    mid = msgid("018", "egebaharat.example", "plain")
    eml = message(reply_headers(addr("Mehmet Yıldız", sup["email"], "iso-8859-9"), addr(en, ee), "YNT: " + request_subject(p),
                                md, mid, rid(p), rid(p), charset="iso-8859-9", post=[("X-Mailer", "Microsoft Outlook 16.0")]),
                  mixed)
    exp = expected("needs_review", "Accepted in principle, but delivery hinges on a 100% prepayment that changes the "
                   "payment terms and leaves the date open (10 working days after payment arrives). A buyer must decide "
                   "on the prepayment first; no delivery date is committed.")
    return [p], eml, exp


def conferma_pdf():
    cols = [("Pos.", 50), ("Codice", 80), ("Descrizione", 165), ("Q.ta", 330), ("Prezzo", 380), ("Consegna", 450)]
    rows = [["1", "BD750-VA-390", "Bordolese 750 ml verde antico 390 g", "12 PAL", "378,50", "10/12/2026"],
            ["", "(Vs. VCE-BORD-750)", "1.456 bott./pallet", "", "", ""],
            ["2", "BG750-FM-550", "Borgognotta 750 ml foglia morta", "6 PAL", "402,00", "10/12/2026"],
            ["", "(Vs. VCE-BURG-750)", "1.300 bott./pallet", "", "", ""]]
    head = [("VETRERIA COLLI EUGANEI S.p.A.", 13, True), ("Via dell'Industria 40 - 35043 Monselice (PD) - P.IVA 01234560289", 8, False),
            ("", 4, False), ("CONFERMA D'ORDINE N. 26/04518 del 09/11/2026", 12, True),
            ("Vs. ordine n. 4500032090 del 04/11/2026", 9, False),
            ("Destinazione: Norrvik Group AB - Varberg (S)", 9, False)]
    foot = [("Resa: franco destino. Pagamento: RiBa 60 gg d.f.f.m.", 8, False),
            ("Pallet EPAL a rendere. Tolleranza quantita' +/- 2% per pallet.", 8, False)]
    return make_pdf([table_page(head, cols, rows, foot)], title="Conferma ordine 26/04518", producer="SAP NetWeaver 7.5",
                    creation="D:20261109101200+01'00'", file_id="1234abcd5678ef901234abcd5678ef90")


@case("text-and-pdf-disagree", "needs_review/it-IT",
      "body confirms 'giovedì 3 dicembre come richiesto' while the attached order confirmation says delivery 10/12/2026")
def c_nr_contradict():
    sup = supplier("VCEUG", "Vetreria Colli Euganei S.p.A.", "commerciale@vetreriacolli.example", "it-IT")
    p = po("4500032090", sup, "sofia", "EUR", "2026-11-04", [
        ("VCE-BORD-750", "Bordeaux bottle 750 ml antique green 390 g, pallet of 1456", 12, "PAL", "378.50", "2026-12-03"),
        ("VCE-BURG-750", "Burgundy bottle 750 ml feuille morte, pallet of 1300", 6, "PAL", "402.00", "2026-12-03"),
    ])
    md = MailDate("2026-11-09 10:15:42 +0100")
    assert_wd("2026-12-03", "Thursday")
    sn, se = B("sofia")
    body = ("Buongiorno Sig.ra Marchetti,\n\nconfermiamo il Vs. ordine n. 4500032090, consegna giovedì 3 dicembre come "
            "da Vs. richiesta.\nIn allegato la nostra conferma d'ordine.\n\nCordiali saluti\n\nGiulia Bertin\n"
            "Ufficio Commerciale\nVetreria Colli Euganei S.p.A.\nVia dell'Industria 40 - 35043 Monselice (PD)\n"
            "Tel. 0429 78 12 00\n\n"
            + outlook_block("it", f"{sn} <{se}>", "mercoledì 4 novembre 2026 15:31", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mixed = multipart("mixed", [
        alt(body, outlook_html_doc(text2html(body), "", "it-IT"), "_000_AM6PR10MB2214C3D4E5F6A7B8AM6PR10MB2214eurp_"),
        attachment(conferma_pdf(), "application/pdf", "Conferma_ordine_26-04518.pdf"),
    ], "_004_AM6PR10MB2214C3D4E5F6A7B8AM6PR10MB2214eurp_")
    mid = msgid("019", "vetreriacolli.example", "outlook")
    eml = message(reply_headers(addr("Giulia Bertin", sup["email"]), addr(sn, se), "R: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=outlook_headers_extra(request_subject(p), "AQHdUpZ5Y2l1bGlhQmVydGluMjAyNg==", True, "it-IT")),
                  mixed)
    exp = expected("needs_review", "The mail text confirms 3 December (as requested) but the attached conferma d'ordine "
                   "gives 10/12/2026 for both lines. Contradictory dates: a human must ask which one holds.")
    return [p], eml, exp


@case("conditional-minimum-length", "needs_review/fr-BE",
      "will fulfil the order only if the buyer accepts 50 m minimum per bulk hose reference; asks for agreement first")
def c_nr_conditional():
    sup = supplier("HYDROWAL", "Hydroflex Wallonie SA", "commandes@hydroflex-wallonie.example", "fr-BE")
    p = po("4500032115", sup, "liam", "EUR", "2026-11-05", [
        ("HW-1SN-06", "Hose EN 853 1SN DN6, bulk", 30, "M", "3.90", "2026-11-27"),
        ("HW-4SH-25", "Hose EN 856 4SH DN25, bulk", 20, "M", "28.40", "2026-11-27"),
        ("HW-ASSY-4SH16-2000", "Hose assembly 4SH DN16, 2000 mm, SAE 6000 flange both ends", 6, "EA", "96.00", "2026-11-27"),
    ])
    md = MailDate("2026-11-09 11:07:29 +0100")
    ln_, le = B("liam")
    body = ("Bonjour Monsieur O'Connor,\n\n"
            "Nous avons bien reçu votre commande 4500032115 et vous en remercions.\n\n"
            "Nous pouvons l'honorer à condition que vous acceptiez un minimum de 50 m par référence pour les flexibles "
            "au mètre (lignes 1 et 2), soit 50 m de 1SN DN6 et 50 m de 4SH DN25, nos tourets n'étant plus coupés en "
            "dessous de cette longueur.\n\n"
            "Pourriez-vous nous confirmer votre accord ? Dès réception, nous vous ferons parvenir notre confirmation "
            "avec les délais.\n\n"
            "Meilleures salutations,\n\nLaurence Dubois\nService commercial\nHydroflex Wallonie SA\n"
            "Rue de l'Industrie 25 - 4460 Grâce-Hollogne\nTél. +32 4 247 10 60\n\n"
            + outlook_block("fr", f"{ln_} <{le}>", "jeudi 5 novembre 2026 10:48", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mid = msgid("020", "hydroflex-wallonie.example", "outlook")
    eml = message(reply_headers(addr("Laurence Dubois", sup["email"]), addr(ln_, le), "RE: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=outlook_headers_extra(request_subject(p), "AQHdUzL0bGF1cmVuY2VkdWJvaXM=", lang="fr-BE")),
                  alt(body, outlook_html_doc(text2html(body), "", "fr-BE", charset="iso-8859-1"),
                      "_000_PR3PR01MB6723D1E2F3A4B5C6PR3PR01MB6723eurp_", charset="iso-8859-1"))
    exp = expected("needs_review", "Conditional acceptance: the order stands only if we accept a 50 m minimum on lines 1 "
                   "and 2; the supplier asks for our agreement and promises the confirmation with lead times afterwards.")
    return [p], eml, exp


@case("receipt-only-potwierdzamy", "needs_review/pl-PL",
      "'potwierdzamy otrzymanie' (we confirm receipt) with the delivery date promised for Wednesday: looks like a confirmation, is not")
def c_nr_receipt():
    sup = supplier("KARTONEX", "Kartonex Sp. z o.o.", "bok@kartonex.example", "pl-PL")
    p = po("4500032140", sup, "marta", "EUR", "2026-11-06", [
        ("KX-0201-600400400-BC", "Box FEFCO 0201 600x400x400 mm, 5-ply BC", 2000, "EA", "0.94", "2026-11-30"),
        ("KX-0201-300200150-B", "Box FEFCO 0201 300x200x150 mm, 3-ply B", 4000, "EA", "0.31", "2026-11-30"),
    ])
    md = MailDate("2026-11-09 09:02:15 +0100")
    mn, me = B("marta")
    body = ("Dzień dobry,\n\n"
            "potwierdzamy otrzymanie zamówienia nr 4500032140. Termin realizacji podamy po sprawdzeniu dostępności "
            "tektury pięciowarstwowej – najpóźniej w środę.\n\n"
            "Pozdrawiam\nKatarzyna Nowak\nDział Obsługi Klienta\nKartonex Sp. z o.o.\n"
            "ul. Przemysłowa 14, 62-080 Tarnowo Podgórne\ntel. +48 61 814 25 00\n\n"
            + outlook_block("pl", f"{mn} <{me}>", "piątek, 6 listopada 2026 13:37", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mid = msgid("021", "kartonex.example", "outlook")
    eml = message(reply_headers(addr("Katarzyna Nowak", sup["email"], "windows-1250"), addr(mn, me), "RE: " + request_subject(p),
                                md, mid, rid(p), rid(p), charset="windows-1250",
                                post=outlook_headers_extra(request_subject(p), "AQHdVBqQ0mXz1kFQSkSxbGQ3cQ6Vaw==", lang="pl-PL")),
                  text(body, "windows-1250", "quoted-printable"))
    exp = expected("needs_review", "Only receipt is confirmed ('potwierdzamy otrzymanie'); the delivery date will follow "
                   "by Wednesday after a board availability check. No commitment on any line.")
    return [p], eml, exp


@case("drawing-revision-question", "needs_review/ko-KR",
      "EUC-KR reply asking which drawing revision (Rev.B or Rev.C) to build; guide shoes 'in stock' but dates promised later")
def c_nr_drawing():
    sup = supplier("HANSUNG", "한성엘리베이터부품(주)", "export@hansung-elv.example", "ko-KR")
    p = po("4500032166", sup, "karim", "USD", "2026-11-06", [
        ("HS-GS-16", "Guide shoe for 16 mm T-rail, sliding, with insert", 24, "EA", "38.00", "2026-12-18"),
        ("HS-SHEAVE-400", "Traction sheave dia 400 mm, 5 x 8 mm grooves, drawing ES-2231 rev C", 2, "EA", "1240.00", "2027-01-22"),
    ])
    md = MailDate("2026-11-11 16:33:50 +0900")
    kn, ke = B("karim")
    body = ("Karim 님 안녕하세요,\n\n한성엘리베이터부품 해외영업팀 박지훈입니다.\n발주서 4500032166 잘 받았습니다.\n\n"
            "시브(HS-SHEAVE-400) 관련하여 확인 부탁드립니다. 발주서에는 도면 ES-2231 Rev.C로 되어 있는데, 저희가 "
            "가지고 있는 최신 도면은 Rev.B입니다. Rev.C 도면을 보내주시겠습니까?\n"
            "가이드 슈(HS-GS-16)는 재고가 있습니다. 도면 확인 후 두 품목 모두 납기를 회신드리겠습니다.\n\n"
            "감사합니다.\n박지훈 드림\n\n한성엘리베이터부품(주) 해외영업팀\n경기도 시흥시 공단1대로 204 (우 15078)\n"
            "Tel. +82-31-488-2040\n")
    mid = msgid("022", "hansung-elv.example", "plain")
    eml = message(reply_headers(addr("박지훈", sup["email"], "ks_c_5601-1987"), addr(kn, ke), "RE: " + request_subject(p),
                                md, mid, rid(p), rid(p), post=[("X-Mailer", "Microsoft Outlook 16.0")]),
                  text(body, "ks_c_5601-1987", "base64"))
    exp = expected("needs_review", "A question about the drawing revision blocks the sheave; guide shoes are merely "
                   "'in stock' and both dates are promised after the drawing check. Nothing is committed.")
    return [p], eml, exp


@case("begin-december-after-proof", "needs_review/nl-NL",
      "delivery 'waarschijnlijk begin december' only after approval of a print proof still to be sent")
def c_nr_proof():
    sup = supplier("PRINTWERK", "Printwerk Utrecht B.V.", "orders@printwerk-utrecht.example", "nl-NL")
    p = po("4500032188", sup, "jonas", "EUR", "2026-11-06", [
        ("PW-BAN-510", "Banner PVC frontlit 510 g/m2, printed, hemmed with eyelets", 48, "M2", "11.40", "2026-11-30"),
        ("PW-FOAM-5-A0", "Foam board 5 mm, A0, printed 4/0", 30, "EA", "14.90", "2026-11-30"),
    ])
    md = MailDate("2026-11-10 16:55:01 +0100")
    jn, je = B("jonas")
    body = ("Hoi Jonas,\n\nBedankt voor de order. Morgen sturen we je een digitale drukproef van beide ontwerpen; "
            "na jouw akkoord kunnen we leveren, waarschijnlijk begin december.\n\nPrijzen zijn zoals op de order.\n\n"
            "Groet,\nDaan Visser\nPrintwerk Utrecht B.V. | Atoomweg 50 | 3542 AB Utrecht | 030 241 55 10\n\n"
            f"Op 6 nov 2026, om 11:20 heeft {jn} <{je}> het volgende geschreven:\n\n" + gt(request_text(p, "Hallo,")))
    mid = msgid("023", "printwerk-utrecht.example", "apple")
    eml = message(reply_headers(addr("Daan Visser", sup["email"]), addr(jn, je), "Re: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
                  multipart("alternative", [text(body, "utf-8", "quoted-printable"),
                                            html('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                                                 '<body style="overflow-wrap: break-word;">' + text2html(body.split("Op 6 nov")[0])
                                                 + f'<blockquote type="cite"><div>Op 6 nov 2026, om 11:20 heeft {esc(jn)} &lt;{je}&gt; het volgende geschreven:</div>'
                                                 + request_html(p, "Hallo,") + '</blockquote></body></html>')],
                            "Apple-Mail=_5B2C1D3E-4F50-4A6B-9C8D-7E6F5A4B3C2D"))
    exp = expected("needs_review", "Delivery depends on a print proof still to be approved, and 'waarschijnlijk begin "
                   "december' is neither firm nor a date. Prices 'as on the order' alone do not make a confirmation.")
    return [p], eml, exp


@case("new-price-if-you-agree", "needs_review/el-GR",
      "Greek supplier cannot hold the octopus price and asks the buyer to agree to 13,90 EUR/kg before proceeding with the order")
def c_nr_price_agree():
    sup = supplier("AEGEANFF", "Aegean Frozen Foods A.E.", "sales@aegeanfrozen.example", "el-GR")
    p = po("4500032190", sup, "eva", "EUR", "2026-11-05", [
        ("AFF-KALAM-U5", "Squid tubes U5, IQF, carton 10 kg", 200, "KG", "8.90", "2026-12-02"),
        ("AFF-OCT-T4", "Octopus whole T4 (1-1.5 kg), frozen, carton 10 kg", 150, "KG", "12.50", "2026-12-02"),
    ])
    md = MailDate("2026-11-06 13:28:44 +0200")
    en, ee = B("eva")
    body = ("Αγαπητή Eva,\n\n"
            "Σας ευχαριστούμε για την παραγγελία 4500032190.\n\n"
            "Λόγω της μεγάλης αύξησης στην τιμή της πρώτης ύλης δεν μπορούμε να κρατήσουμε την τιμή στο χταπόδι T4. "
            "Η νέα τιμή είναι 13,90 €/kg. Για τα καλαμάρια U5 η τιμή παραμένει 8,90 €/kg.\n\n"
            "Παρακαλούμε επιβεβαιώστε ότι συμφωνείτε με τη νέα τιμή, ώστε να προχωρήσουμε την παραγγελία και να σας "
            "στείλουμε την επιβεβαίωση με ημερομηνία φόρτωσης.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nAegean Frozen Foods A.E.\n"
            "ΒΙ.ΠΕ. Σίνδου, Οδός Δ' 12, 570 22 Θεσσαλονίκη\nΤηλ. +30 2310 798 250\n")
    mid = msgid("024", "aegeanfrozen.example", "outlook")
    eml = message(reply_headers(addr("Νίκος Παπαδόπουλος", sup["email"], "iso-8859-7"), addr(en, ee),
                                "ΑΠ: " + request_subject(p), md, mid, rid(p), rid(p), charset="iso-8859-7",
                                post=outlook_headers_extra(request_subject(p), "AQHdVIx1bmlrb3NwYXBhZG9wb3Vsbw==", lang="el-GR")),
                  text(body, "iso-8859-7", "quoted-printable"))
    exp = expected("needs_review", "Price increase offered as a question: the supplier waits for our agreement to 13,90 "
                   "before proceeding and sending a confirmation with a loading date. Not a commitment, even for the squid.")
    return [p], eml, exp


@case("most-of-it-next-week", "needs_review/en-US",
      "casual 'we can ship most of this next week, the rest probably early Dec', formal ack to follow")
def c_nr_vague():
    sup = supplier("GLBATT", "Great Lakes Battery Supply LLC", "orders@greatlakesbattery.example", "en-US")
    p = po("4500032204", sup, "priya", "USD", "2026-11-09", [
        ("GL-6V-225-FLA", "Battery 6V 225Ah flooded deep cycle, T-105 size", 36, "EA", "148.00", "2026-11-25"),
        ("GL-12V-35-AGM", "Battery 12V 35Ah AGM, M6 terminals", 60, "EA", "71.50", "2026-11-25"),
        ("GL-CHG-24V-25A", "Charger 24V 25A, IUoU, 230 V", 6, "EA", "289.00", "2026-11-25"),
    ])
    md = MailDate("2026-11-10 18:12:37 -0500")
    pn, pe = B("priya")
    body = ("Hey Priya - got it, thanks. We can ship most of this next week, the rest probably early Dec. "
            "I'll send the formal ack once I hear back from the warehouse in Toledo.\n\nMike\n\nSent from my iPhone\n\n"
            f"> On Nov 9, 2026, at 4:41 AM, {pn} <{pe}> wrote:\n>\n" + gt(request_text(p, "Hello Mike,")))
    mid = msgid("025", "greatlakesbattery.example", "apple")
    eml = message(reply_headers(addr("Mike Kowalski", sup["email"]), addr(pn, pe), "Re: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=[("X-Mailer", "iPhone Mail (22B91)")]),
                  text(body, "utf-8", "quoted-printable"))
    exp = expected("needs_review", "'most of this next week, the rest probably early Dec' does not say which lines or "
                   "quantities ship when, and a formal acknowledgment is promised. Nothing usable to record.")
    return [p], eml, exp


@case("confirmation-tomorrow", "needs_review/hu-HU",
      "'I will send the confirmation tomorrow' while the NPK 15-15-15 capacity is still being checked with the plant")
def c_nr_tomorrow():
    sup = supplier("AGROTAP", "AgroTáp Kft.", "ertekesites@agrotap.example", "hu-HU")
    p = po("4500032230", sup, "marta", "EUR", "2026-11-09", [
        ("AT-NPK-151515-BB", "NPK 15-15-15 granulated, big bag 600 kg", 24000, "KG", "0.412", "2027-02-15"),
        ("AT-AN-344-BB", "Ammonium nitrate 34.4% N, big bag 600 kg", 18000, "KG", "0.365", "2027-02-15"),
    ])
    md = MailDate("2026-11-11 15:05:26 +0100")
    mn, me = B("marta")
    body = ("Kedves Marta!\n\nKöszönjük a megrendelést (4500032230). A visszaigazolást holnap küldöm, az NPK 15-15-15-nél "
            "még egyeztetek a gyárral a februári gyártási kapacitásról. Az ammónium-nitrát rendben lesz.\n\n"
            "Üdvözlettel:\nNagy Péter\nértékesítési vezető\nAgroTáp Kft.\n6000 Kecskemét, Szent István krt. 24.\n"
            "Tel.: +36 76 500 412\n\n"
            + outlook_block("hu", f"{mn} <{me}>", "2026. november 9., hétfő 10:18", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mid = msgid("026", "agrotap.example", "outlook")
    eml = message(reply_headers(addr("Nagy Péter", sup["email"], "iso-8859-2"), addr(mn, me), "VS: " + request_subject(p),
                                md, mid, rid(p), rid(p), charset="iso-8859-2",
                                post=outlook_headers_extra(request_subject(p), "AQHdVZ1uYWd5cGV0ZXJhZ3JvdGFw", lang="hu-HU")),
                  text(body, "iso-8859-2", "quoted-printable"))
    exp = expected("needs_review", "The confirmation is promised for tomorrow; 'az ammónium-nitrát rendben lesz' (will be "
                   "fine) has no date or quantity commitment. NPK 15-15-15 and 34.4% are product names.")
    return [p], eml, exp


@case("licence-needed-before-confirming", "needs_review/sk-SK",
      "veterinary wholesaler needs a copy of the buyer's wholesale licence before it can confirm the prescription medicines")
def c_nr_licence():
    sup = supplier("VETAPHARM", "VetaPharm Slovakia s.r.o.", "objednavky@vetapharm.example", "sk-SK")
    p = po("4500032255", sup, "priya", "EUR", "2026-11-09", [
        ("VP-OTC-200-100", "Oxytetracycline 200 mg/ml inj., vial 100 ml", 120, "EA", "9.80", "2026-11-27"),
        ("VP-MELOX-5-20", "Meloxicam 5 mg/ml inj., vial 20 ml, box of 10", 30, "BOX", "38.50", "2026-11-27"),
    ])
    md = MailDate("2026-11-10 10:40:12 +0100")
    pn, pe = B("priya")
    body = ("Dobrý deň pani Raman,\n\nďakujeme za Vašu objednávku č. 4500032255.\n\n"
            "Keďže ide o veterinárne lieky viazané na predpis, pred potvrdením objednávky potrebujeme kópiu Vášho "
            "povolenia na veľkodistribúciu veterinárnych liekov (resp. ekvivalentného povolenia zo Švédska). Po jeho "
            "doručení Vám obratom pošleme potvrdenie s termínom dodania.\n\n"
            "S pozdravom\nMgr. Zuzana Horváthová\nVetaPharm Slovakia s.r.o.\nPriemyselná 8, 917 01 Trnava\n"
            "Tel.: +421 33 590 12 40\n\n"
            + outlook_block("sk", f"{pn} <{pe}>", "pondelok 9. novembra 2026 14:25", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    mid = msgid("027", "vetapharm.example", "outlook")
    eml = message(reply_headers(addr("Zuzana Horváthová", sup["email"], "windows-1250"), addr(pn, pe), "RE: " + request_subject(p),
                                md, mid, rid(p), rid(p), charset="windows-1250",
                                post=outlook_headers_extra(request_subject(p), "AQHdVaZ6dXphbmFob3J2YXRob3Zh", lang="sk-SK")),
                  alt(body, outlook_html_doc(text2html(body), "", "sk-SK", charset="windows-1250"),
                      "_000_VI1PR06MB5132E4F5A6B7C8D9VI1PR06MB5132eurp_", charset="windows-1250"))
    exp = expected("needs_review", "Regulatory precondition: a licence copy is requested before any confirmation; the "
                   "confirmation with a date is promised afterwards. 200 mg/ml, 100 ml, box of 10 are product data.")
    return [p], eml, exp


# ==========================================================================
# 028-035  auto_reply
# ==========================================================================

def request_message(p, date_rfc, to=None, cc=None, body=None, subject=None, frm=None, mid=None, extra=()):
    """Our own outgoing request mail (as returned inside bounces)."""
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    h = [("From", frm or addr(bn, be)), ("To", to or p["supplier"]["email"])]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject or request_subject(p))), ("Date", date_rfc),
          ("Message-ID", mid or rid(p))] + list(extra)
    return message(h, text(body or request_text(p), "utf-8", "quoted-printable"), crlf=False)


def auto_headers(kind="auto-replied", exchange=False):
    h = [("Auto-Submitted", kind)]
    if exchange:
        h += [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "true")]
    return h


@case("ooo-outlook-german", "auto_reply/de-DE",
      "Exchange out-of-office with a return date (Friday 20.11.2026), phone numbers and an alternative address for orders")
def c_ooo_de():
    sup = supplier("HANSALAB", "Hansa Laborbedarf GmbH", "c.wendt@hansa-laborbedarf.example", "de-DE")
    p = po("4500032301", sup, "jonas", "EUR", "2026-11-09", [
        ("HL-ACE-2.5L", "Acetone p.a. ACS, bottle 2.5 l", 16, "BOT", "23.40", "2026-11-26"),
        ("HL-NAOH-1M-1L", "Sodium hydroxide solution 1 mol/l, bottle 1 l", 24, "BOT", "11.85", "2026-11-26"),
    ])
    md = MailDate("2026-11-09 13:02:11 +0100")
    assert_wd("2026-11-20", "Friday")
    jn, je = B("jonas")
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 20.11.2026, nicht im Büro und habe "
            "keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht automatisch weitergeleitet.\n\n"
            "Bestellungen und Anfragen zu Auftragsbestätigungen senden Sie bitte an innendienst@hansa-laborbedarf.example "
            "oder rufen Sie uns an unter 040 548 77-0.\n\n"
            "Mit freundlichen Grüßen\nClaudia Wendt\nHansa Laborbedarf GmbH\n")
    mid = msgid("028", "hansa-laborbedarf.example", "outlook")
    eml = message(reply_headers(addr("Claudia Wendt", sup["email"]), addr(jn, je), "Automatische Antwort: " + request_subject(p),
                                md, mid, rid(p), rid(p),
                                post=[("Thread-Topic", request_subject(p)), ("Content-Language", "de-DE")] + auto_headers("auto-generated", True)),
                  alt(body, outlook_html_doc(text2html(body), "", "de-DE"), "_000_FR3P281MB1843A1B2C3D4E5F6FR3P281MB1843DEUP_"))
    exp = expected("auto_reply", "Out-of-office notice: the 20.11.2026 return date, phone number and the order address "
                   "are not commitments.")
    return [p], eml, exp


@case("absence-html-only-french", "auto_reply/fr-FR",
      "HTML-only 'Réponse automatique' absence notice naming a date range and the ADV phone number")
def c_ooo_fr():
    sup = supplier("FLACNORM", "Flaconnage Normand SAS", "j.lefevre@flaconnage-normand.example", "fr-FR")
    p = po("4500032322", sup, "sofia", "EUR", "2026-11-09", [
        ("FN-POT-50-PP", "Cosmetic jar 50 ml PP double wall, white, box of 250", 10000, "EA", "0.238", "2026-12-07"),
        ("FN-POMPE-24-410", "Lotion pump 24/410, white, 2 cc, box of 250", 10000, "EA", "0.121", "2026-12-07"),
    ])
    md = MailDate("2026-11-09 15:47:30 +0100")
    sn, se = B("sofia")
    body_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
                 '<p>Bonjour,</p><p>Je suis absente du bureau du lundi 9 au vendredi 13 novembre inclus.</p>'
                 '<p>Pour toute demande urgente (commandes, accusés de réception, délais), merci de contacter le '
                 'service ADV au 02 35 12 34 50 ou par mail : <a href="mailto:adv@flaconnage-normand.example">adv@flaconnage-normand.example</a>.</p>'
                 '<p>Votre message sera traité à mon retour.</p><p>Cordialement,<br>Julie Lefèvre<br>Flaconnage Normand SAS<br>'
                 'ZI du Madrillet - 76800 Saint-Étienne-du-Rouvray</p></body></html>')
    mid = msgid("029", "flaconnage-normand.example", "outlook")
    eml = message(reply_headers(addr("Julie Lefèvre", sup["email"], "windows-1252", "Q"), addr(sn, se),
                                "Réponse automatique : " + request_subject(p), md, mid, rid(p), rid(p), charset="windows-1252",
                                post=auto_headers("auto-replied", True)),
                  html(body_html, "windows-1252", "quoted-printable"))
    exp = expected("auto_reply", "Absence notice (9-13 November); the phone number and 'commandes, accusés de réception' "
                   "wording must not be read as an answer.")
    return [p], eml, exp


@case("ticket-system-acknowledgment", "auto_reply/en-GB",
      "helpdesk auto-acknowledgment 'we have received your request, ticket CS-48213' with response-time promises")
def c_ticket():
    sup = supplier("NGSIGNS", "Northgate Signs & Print Ltd", "orders@northgatesigns.example", "en-GB")
    p = po("4500032350", sup, "jonas", "GBP", "2026-11-10", [
        ("NG-DIBOND-3-A2", "Aluminium composite sign 3 mm, A2, printed + laminated", 40, "EA", "17.60", "2026-11-27"),
        ("NG-VINYL-M2", "Self-adhesive vinyl, printed, contour cut", 25, "M2", "18.90", "2026-11-27"),
    ])
    md = MailDate("2026-11-10 10:01:55 +0000")
    jn, je = B("jonas")
    body = ("Hello Jonas,\n\nThank you for contacting Northgate Signs & Print.\n\n"
            "This is an automated response to let you know that we have received your email and a ticket has been "
            "created with the reference CS-48213. A member of our Customer Service team will respond within 2 working "
            "days.\n\nPlease keep [#CS-48213] in the subject line of any further correspondence.\n\n"
            "Opening hours: Monday to Friday, 08:30 - 17:00\nPhone: 0113 496 0250\n\n"
            "Kind regards,\nNorthgate Signs & Print - Customer Service\n\n"
            "This message was sent from an unmonitored address. Ticket status: Open | Priority: Normal\n")
    html_s = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">' + text2html(body) +
              '<img src="https://northgatesigns.example/helpdesk/pixel/CS-48213.gif" width="1" height="1" alt=""></body></html>')
    mid = "<ticket-48213.1731232915@helpdesk.northgatesigns.example>"
    eml = message(reply_headers(addr("Northgate Signs Customer Service", "support@northgatesigns.example"), addr(jn, je),
                                "[#CS-48213] " + request_subject(p), md, mid, rid(p), rid(p),
                                post=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                                      ("X-Mailer", "Freshdesk")]),
                  alt(body, html_s, "--==_mimepart_6730a5d3b2c1f_4a2b3c1d9e8f70"))
    exp = expected("auto_reply", "Helpdesk ticket acknowledgment: 'we have received your email' and '2 working days' are "
                   "machine text; no human has looked at the order yet.")
    return [p], eml, exp


@case("shared-inbox-received-nl-fr", "auto_reply/nl-BE",
      "bilingual Dutch/French shared-inbox 'uw e-mail werd goed ontvangen' that says orders before 14u are booked the same day")
def c_shared_inbox():
    sup = supplier("KABELVL", "Kabelgoten Vlaanderen NV", "orders@kabelgoten-vlaanderen.example", "nl-BE")
    p = po("4500032377", sup, "marta", "EUR", "2026-11-10", [
        ("KV-KG-100-60-3M", "Cable tray 100x60 mm, hot-dip galvanised, length 3 m", 120, "M", "6.45", "2026-12-01"),
        ("KV-KG-300-60-3M", "Cable tray 300x60 mm, hot-dip galvanised, length 3 m", 60, "M", "11.20", "2026-12-01"),
        ("KV-KOPPEL-60", "Coupler for tray height 60 mm, with bolts M6x12", 80, "EA", "1.35", "2026-12-01"),
    ])
    md = MailDate("2026-11-10 08:14:09 +0100")
    mn, me = B("marta")
    body = ("Beste klant,\n\n"
            "Hartelijk dank voor uw e-mail. Uw bericht werd goed ontvangen en wordt zo snel mogelijk behandeld, "
            "uiterlijk binnen 2 werkdagen. Bestellingen die vóór 14u binnenkomen, worden dezelfde dag nog ingeboekt; "
            "u ontvangt de orderbevestiging dan afzonderlijk.\n\n"
            "Met vriendelijke groeten,\nTeam Orderverwerking - Kabelgoten Vlaanderen NV\n\n"
            "------------------------------------------------------------\n\n"
            "Cher client,\n\nNous vous remercions pour votre e-mail. Votre message a bien été reçu et sera traité dans "
            "les meilleurs délais, au plus tard sous 2 jours ouvrables. Les commandes reçues avant 14h sont encodées le "
            "jour même ; la confirmation de commande vous parviendra séparément.\n\n"
            "Cordialement,\nService Commandes - Kabelgoten Vlaanderen NV\n\n"
            "Kabelgoten Vlaanderen NV | Industrieweg 27 | 8800 Roeselare | BTW BE 0412.345.678\n")
    mid = msgid("031", "kabelgoten-vlaanderen.example", "outlook")
    eml = message(reply_headers(addr("Kabelgoten Vlaanderen - Orders", sup["email"]), addr(mn, me),
                                "Ontvangen / Reçu: " + request_subject(p), md, mid, rid(p), rid(p)),
                  text(body, "iso-8859-1", "quoted-printable"))
    exp = expected("auto_reply", "A shared mailbox's receipt notice without auto headers; 'same-day booking' and "
                   "'orderbevestiging afzonderlijk' promise a later confirmation. Nothing is confirmed.")
    return [p], eml, exp


@case("ooo-business-trip-gb2312", "auto_reply/zh-CN",
      "GB2312 自动回复 (business trip 11月9日至11月13日) naming a colleague and her phone number")
def c_ooo_zh():
    sup = supplier("NBECO", "宁波绿源环保餐具有限公司", "sales01@nb-lvyuan.example", "zh-CN")
    p = po("4500032390", sup, "karim", "USD", "2026-11-09", [
        ("LY-BOWL-500-PLA", "Bowl 500 ml PLA-lined paper, carton of 1000", 30000, "EA", "0.058", "2026-12-18"),
        ("LY-LID-500-PET", "Lid for 500 ml bowl, rPET, carton of 1000", 30000, "EA", "0.024", "2026-12-18"),
    ])
    md = MailDate("2026-11-09 20:31:44 +0800")
    kn, ke = B("karim")
    body = ("您好！\n\n我于11月9日至11月13日出差，期间邮件回复可能会延迟。\n"
            "紧急事宜请联系我的同事王丽（wangli@nb-lvyuan.example，电话 0574-8765 4321）。\n\n谢谢！\n\n"
            "Hello, I am on a business trip from Nov 9 to Nov 13 with limited access to e-mail. For urgent matters "
            "please contact my colleague Ms. Wang Li.\n\n张伟 Zhang Wei\n宁波绿源环保餐具有限公司\n")
    mid = msgid("032", "nb-lvyuan.example", "plain")
    eml = message(reply_headers(addr("张伟", sup["email"], "gb2312"), addr(kn, ke), "自动回复: " + request_subject(p),
                                md, mid, rid(p), rid(p), charset="gb2312",
                                post=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")]),
                  text(body, "gb2312", "base64"))
    exp = expected("auto_reply", "Chinese business-trip auto-reply; the trip dates and phone number are not an answer.")
    return [p], eml, exp


@case("vacation-finnish-english", "auto_reply/fi-FI",
      "Finnish/English holiday auto-reply '16.–20.11.2026' with an alternative sales address")
def c_ooo_fi():
    sup = supplier("HITSAUS", "Hitsaustarvike Oy", "mikko.laine@hitsaustarvike.example", "fi-FI")
    p = po("4500032412", sup, "eva", "EUR", "2026-11-16", [
        ("HT-G3SI1-1.2-15", "MIG wire G3Si1 1.2 mm, spool 15 kg", 40, "SPL", "36.40", "2026-12-04"),
        ("HT-E7018-3.2-5", "Electrode E7018 3.2 mm, pack 5 kg", 100, "KG", "5.95", "2026-12-04"),
    ])
    md = MailDate("2026-11-16 07:00:12 +0200")
    en, ee = B("eva")
    body = ("Hei,\n\nOlen lomalla 16.–20.11.2026 enkä lue sähköpostiani. Kiireellisissä tilausasioissa ota yhteyttä "
            "myyntiin: myynti@hitsaustarvike.example tai puh. 020 741 3300.\n\n"
            "Hello,\n\nI am on holiday 16–20 November 2026 and will not be reading my e-mail. For urgent order matters "
            "please contact our sales team at myynti@hitsaustarvike.example or +358 20 741 3300.\n\n"
            "Ystävällisin terveisin / Best regards\nMikko Laine\nHitsaustarvike Oy\n")
    mid = msgid("033", "hitsaustarvike.example", "outlook")
    eml = message(reply_headers(addr("Mikko Laine", sup["email"]), addr(en, ee),
                                "Automaattinen vastaus: " + request_subject(p), md, mid, rid(p), rid(p),
                                post=auto_headers("auto-generated", True)),
                  text(body, "windows-1252", "quoted-printable"))
    exp = expected("auto_reply", "Holiday auto-reply in two languages; dates 16-20.11.2026 are the absence, not a delivery.")
    return [p], eml, exp


@case("ferias-auto-reply", "auto_reply/pt-PT",
      "Portuguese holiday auto-reply returning 23 November, mentions 'encomendas' and another contact")
def c_ooo_pt():
    sup = supplier("VIDRALIS", "Vidralis - Vidros de Embalagem, S.A.", "rui.costa@vidralis.example", "pt-PT")
    p = po("4500032430", sup, "sofia", "EUR", "2026-11-10", [
        ("VD-BORD-750-CART6", "Bordeaux bottle 750 ml flint, carton of 6", 1200, "CT", "3.10", "2026-12-10"),
        ("VD-ROLHA-NAT-45", "Natural cork stopper 45x24 mm, bag of 1000", 8, "BAG", "142.00", "2026-12-10"),
    ])
    md = MailDate("2026-11-10 12:20:03 +0000")
    sn, se = B("sofia")
    body = ("Bom dia,\n\nEncontro-me de férias até dia 23 de novembro, sem acesso regular ao e-mail.\n"
            "Para assuntos relacionados com encomendas, por favor contacte a Ana Marques (ana.marques@vidralis.example, "
            "tel. +351 244 830 150).\n\nObrigado,\nRui Costa\nVidralis - Vidros de Embalagem, S.A.\n"
            "Zona Industrial da Marinha Grande, 2430-028 Marinha Grande\n")
    mid = msgid("034", "vidralis.example", "outlook")
    eml = message(reply_headers(addr("Rui Costa", sup["email"]), addr(sn, se), "Resposta automática: " + request_subject(p),
                                md, mid, rid(p), rid(p), post=auto_headers("auto-replied", True)),
                  alt(body, outlook_html_doc(text2html(body), "", "pt-PT"), "_000_DB8PR09MB3456A7B8C9D0E1F2DB8PR09MB3456eurp_"))
    exp = expected("auto_reply", "Holiday auto-reply; 'encomendas', the return date 23 November and the postcode 2430-028 "
                   "are not an answer to the order.")
    return [p], eml, exp


@case("ooo-hebrew-windows-1255", "auto_reply/he-IL",
      "Hebrew out-of-office in windows-1255, back on Sunday 15.11.2026 (the Israeli work week), with a colleague's number")
def c_ooo_he():
    sup = supplier("GALILOPT", "Galil Optics Ltd", "avi@galil-optics.example", "he-IL")
    p = po("4500032444", sup, "priya", "USD", "2026-11-09", [
        ("GO-ASPH-25-20", "Aspheric lens dia 25 mm, f=20 mm, NIR coated", 30, "EA", "64.00", "2026-12-16"),
        ("GO-PRISM-RA-15", "Right-angle prism 15 mm N-BK7, uncoated", 50, "EA", "21.50", "2026-12-16"),
    ])
    md = MailDate("2026-11-10 09:45:20 +0200")
    assert_wd("2026-11-15", "Sunday")
    pn, pe = B("priya")
    body = ("שלום,\n\nאני מחוץ למשרד עד יום ראשון 15.11.2026 ללא גישה לדואר.\n"
            "לעניינים דחופים נא לפנות לדנה בטלפון 04-9012345 או dana@galil-optics.example.\n\n"
            "תודה,\nאבי כהן\nGalil Optics Ltd\n\n"
            "I am out of the office until Sunday 15.11.2026. For urgent matters please contact Dana.\n")
    mid = msgid("035", "galil-optics.example", "outlook")
    eml = message(reply_headers(addr("אבי כהן", sup["email"], "windows-1255"), addr(pn, pe),
                                "תשובה אוטומטית: " + request_subject(p), md, mid, rid(p), rid(p), charset="windows-1255",
                                post=auto_headers("auto-generated", True)),
                  text(body, "windows-1255", "base64"))
    exp = expected("auto_reply", "Hebrew out-of-office; the return date is not a delivery date.")
    return [p], eml, exp


# ==========================================================================
# 036-039  bounce
# ==========================================================================

from allib.dsn import delivery_status, report  # noqa: E402


@case("postfix-user-unknown", "bounce/en-US",
      "Postfix DSN (5.1.1 user unknown) returning our full PO request with lines, quantities and dates")
def c_bounce_postfix():
    sup = supplier("SUMMIT", "Summit Sporting Goods Inc.", "orders@summitsporting.example", "en-US")
    p = po("4500032460", sup, "karim", "USD", "2026-11-10", [
        ("SS-BB-7-COMP", "Basketball size 7, composite leather", 120, "EA", "16.80", "2026-12-11"),
        ("SS-HURDLE-SET", "Agility hurdle set (6 pcs, 15/23/30 cm)", 30, "SET", "24.90", "2026-12-11"),
    ])
    md = MailDate("2026-11-10 15:14:09 +0100")
    kn, ke = B("karim")
    orig = request_message(p, "Tue, 10 Nov 2026 15:14:02 +0100")
    human = text("This is the mail system at host mail.norrvik-group.example.\n\n"
                 "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
                 "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached "
                 "returned message.\n\n                   The mail system\n\n"
                 "<orders@summitsporting.example>: host mx1.summitsporting.example[198.51.100.25]\n"
                 "    said: 550 5.1.1 <orders@summitsporting.example>: Recipient address\n"
                 "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n",
                 "us-ascii", "7bit", headers_extra=[("Content-Description", "Notification")])
    st = delivery_status("mail.norrvik-group.example",
                         [("X-Postfix-Queue-ID", "4Vq2Lx0c8Zz9sWl"), ("X-Postfix-Sender", f"rfc822; {ke}"),
                          ("Arrival-Date", "Tue, 10 Nov 2026 15:14:02 +0100 (CET)")],
                         [{"final": "orders@summitsporting.example", "original": "orders@summitsporting.example",
                           "action": "failed", "status": "5.1.1", "remote_mta": "mx1.summitsporting.example",
                           "diag": "550 5.1.1 <orders@summitsporting.example>: Recipient address rejected: User unknown in virtual mailbox table"}])
    eml = message([("From", "MAILER-DAEMON@mail.norrvik-group.example (Mail Delivery System)"), ("To", ke),
                   ("Subject", "Undelivered Mail Returned to Sender"), ("Date", str(md)),
                   ("Message-ID", "<20261110141409.5B1A23C0412@mail.norrvik-group.example>"),
                   ("Auto-Submitted", "auto-replied")],
                  report(human, st, orig, "4Vq2Lx0c8Zz9sWl.1762784049/mail.norrvik-group.example"))
    exp = expected("bounce", "Our own request came back undelivered (5.1.1). The returned message carries the PO lines, "
                   "which must not be read as a supplier answer.")
    return [p], eml, exp


@case("exchange-ndr-german", "bounce/de-DE",
      "German Exchange NDR 'Unzustellbar' (550 5.4.1 access denied) in HTML, with only the original headers attached")
def c_bounce_exchange():
    sup = supplier("SCHULMOEB", "Schulmöbel Franken GmbH", "bestellung@schulmoebel-franken.example", "de-DE")
    p = po("4500032475", sup, "jonas", "EUR", "2026-11-10", [
        ("SF-TISCH-GR6", "Pupil desk height adjustable, size 5-7, 1300x550", 60, "EA", "142.00", "2027-01-15"),
        ("SF-STUHL-GR6", "Pupil chair size 6, beech plywood", 120, "EA", "58.50", "2027-01-15"),
    ])
    md = MailDate("2026-11-10 11:03:27 +0100")
    jn, je = B("jonas")
    orig = request_message(p, "Tue, 10 Nov 2026 11:03:19 +0100")
    txt = ("Ihre Nachricht hat folgende Empfänger nicht erreicht: bestellung@schulmoebel-franken.example\n\n"
           "Der E-Mail-Server des Empfängers hat die Nachricht abgelehnt.\n\n"
           "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: HE1PR07MB4412.eurprd07.prod.outlook.com\n\n"
           "bestellung@schulmoebel-franken.example\nRemote-Server hat '550 5.4.1 Recipient address rejected: Access denied. "
           "AS(201806281) [mx.schulmoebel-franken.example]' zurückgegeben\n")
    html_s = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              '<div style="font-family:Segoe UI,Tahoma,sans-serif"><p style="font-size:16pt;color:#C00000">'
              'Ihre Nachricht konnte nicht an <a href="mailto:bestellung@schulmoebel-franken.example">bestellung@schulmoebel-franken.example</a> '
              'übermittelt werden.</p><p>Der E-Mail-Server des Empfängers hat die Nachricht abgelehnt. Wenden Sie sich an den '
              'Empfänger, um das Problem zu lösen.</p><p><b>Diagnoseinformationen für Administratoren:</b></p>'
              '<p>Generierender Server: HE1PR07MB4412.eurprd07.prod.outlook.com<br><br>'
              'bestellung@schulmoebel-franken.example<br>Remote-Server hat &#39;550 5.4.1 Recipient address rejected: Access denied. '
              'AS(201806281) [mx.schulmoebel-franken.example]&#39; zurückgegeben</p></div></body></html>')
    human = multipart("alternative", [text(txt, "utf-8", "quoted-printable"), html(html_s, "utf-8", "quoted-printable")],
                      "_000_HE1PR07MB4412NDR20261110100327_")
    st = delivery_status("HE1PR07MB4412.eurprd07.prod.outlook.com",
                         [("Received-From-MTA", "dns;HE1PR07MB4412.eurprd07.prod.outlook.com"),
                          ("Arrival-Date", "Tue, 10 Nov 2026 10:03:19 +0000")],
                         [{"final": "bestellung@schulmoebel-franken.example", "original": "bestellung@schulmoebel-franken.example",
                           "action": "failed", "status": "5.4.1", "remote_mta": "mx.schulmoebel-franken.example",
                           "diag": "550 5.4.1 Recipient address rejected: Access denied"}])
    eml = message([("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@norrvik-group.example")),
                   ("To", addr(jn, je)), ("Subject", "Unzustellbar: " + request_subject(p)),
                   ("Date", str(md)), ("Message-ID", "<8c2f1d34-51a7-4a51-9f3e-1c2d3e4f5a6b@HE1PR07MB4412.eurprd07.prod.outlook.com>"),
                   ("In-Reply-To", rid(p)), ("References", rid(p)), ("Content-Language", "de-DE"),
                   ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
                  report(human, st, orig, "_001_HE1PR07MB4412NDR20261110100327_", headers_only=True))
    exp = expected("bounce", "Exchange non-delivery report in German; In-Reply-To points at the PO request, but nothing "
                   "came from the supplier.")
    return [p], eml, exp


@case("mailbox-full-exim", "bounce/cs-CZ",
      "Exim bounce from the supplier's host: retry timeout after '552 5.2.2 mailbox full' for the Czech sales mailbox")
def c_bounce_quota():
    sup = supplier("KOVOFLEX", "Kovoflex s.r.o.", "prodej@kovoflex.example", "cs-CZ")
    p = po("4500032488", sup, "marta", "EUR", "2026-11-06", [
        ("KF-ZL-200-50-3M", "Cable tray 200x50 mm, galvanised, length 3 m", 90, "M", "7.90", "2026-11-30"),
        ("KF-ZL-KON-200", "Tray support bracket for 200 mm tray", 60, "EA", "2.40", "2026-11-30"),
    ])
    md = MailDate("2026-11-09 06:12:40 +0100")
    mn, me = B("marta")
    orig = request_message(p, "Fri, 06 Nov 2026 14:08:51 +0100")
    human = text("This message was created automatically by mail delivery software.\n\n"
                 "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
                 "error. The following address(es) failed:\n\n  prodej@kovoflex.example\n"
                 "    retry timeout exceeded\n    host mx.kovoflex.example [203.0.113.40]: 552 5.2.2 <prodej@kovoflex.example>:\n"
                 "    Mailbox full - schranka je plna / quota exceeded (1024000/1024000 kB)\n",
                 "us-ascii", "7bit")
    st = delivery_status("mail.norrvik-group.example",
                         [("Arrival-Date", "Fri, 06 Nov 2026 14:08:51 +0100")],
                         [{"final": "prodej@kovoflex.example", "action": "failed", "status": "5.2.2",
                           "remote_mta": "mx.kovoflex.example",
                           "diag": "552 5.2.2 <prodej@kovoflex.example>: Mailbox full",
                           "last_attempt": "Mon, 09 Nov 2026 06:12:40 +0100"}])
    eml = message([("From", "Mail Delivery System <Mailer-Daemon@mail.norrvik-group.example>"), ("To", me),
                   ("Subject", "Mail delivery failed: returning message to sender"), ("Date", str(md)),
                   ("Message-ID", "<E1vH2xQ-000Abc-7K@mail.norrvik-group.example>"), ("X-Failed-Recipients", "prodej@kovoflex.example"),
                   ("Auto-Submitted", "auto-replied")],
                  report(human, st, orig, "1762665160-eximdsn-1804289383"))
    exp = expected("bounce", "Quota-full permanent failure after retries; the quota numbers and returned PO are noise.")
    return [p], eml, exp


@case("bounce-quoting-other-recipients-confirmation", "bounce/ro-RO",
      "DSN for one of two recipients of our follow-up; the returned mail quotes the other recipient's real confirmation")
def c_bounce_quoted_conf():
    sup = supplier("ELASTARAD", "Elastomer Arad SRL", "vanzari@elastomer-arad.example", "ro-RO")
    p = po("4500032505", sup, "liam", "EUR", "2026-11-04", [
        ("EA-OR-NBR-50X3", "O-ring NBR 70, 50 x 3 mm, bag of 100", 40, "BAG", "6.80", "2026-11-27"),
        ("EA-OR-VMQ-12X2", "O-ring silicone VMQ 60, 12 x 2 mm, bag of 100", 25, "BAG", "9.40", "2026-11-27"),
    ])
    md = MailDate("2026-11-11 10:22:05 +0100")
    ln_, le = B("liam")
    supplier_reply = ("Bună ziua,\n\nConfirmăm comanda 4500032505: poziția 1 conform comenzii, poziția 2 livrăm pe "
                      "04.12.2026 (lipsă material VMQ). Prețuri neschimbate.\n\nCu stimă,\nIoana Popescu\n"
                      "Elastomer Arad SRL\n")
    follow = ("Hello Ioana,\n\nThank you for the confirmation below. I am copying your logistics colleagues so they "
              "have our delivery address and the gate opening hours (Mon-Fri 07:00-15:30).\n\nBest regards\nLiam O'Connor\n\n"
              "On Tue, 10 Nov 2026 at 16:40, Ioana Popescu <vanzari@elastomer-arad.example> wrote:\n" + gt(supplier_reply))
    orig = request_message(p, "Wed, 11 Nov 2026 10:21:58 +0100", to="Ioana Popescu <vanzari@elastomer-arad.example>",
                           cc="livrari@elastomer-arad.example", body=follow, subject="Re: " + request_subject(p),
                           mid="<4d1e2f3a-7b8c-4d9e-a0b1-c2d3e4f5a6b7@norrvik-group.example>",
                           extra=[("In-Reply-To", "<a81c3b2e9f.7d5e@elastomer-arad.example>"),
                                  ("References", f"{rid(p)} <a81c3b2e9f.7d5e@elastomer-arad.example>")])
    human = text("This is the mail system at host mail.norrvik-group.example.\n\n"
                 "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
                 "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 "                   The mail system\n\n"
                 "<livrari@elastomer-arad.example>: host mx.elastomer-arad.example[192.0.2.77] said:\n"
                 "    550 5.1.1 Mailbox livrari does not exist (in reply to RCPT TO command)\n",
                 "us-ascii", "7bit", headers_extra=[("Content-Description", "Notification")])
    st = delivery_status("mail.norrvik-group.example",
                         [("X-Postfix-Queue-ID", "4Vr8Qm1kLnz3tXp"), ("X-Postfix-Sender", f"rfc822; {le}"),
                          ("Arrival-Date", "Wed, 11 Nov 2026 10:21:58 +0100 (CET)")],
                         [{"final": "livrari@elastomer-arad.example", "original": "livrari@elastomer-arad.example",
                           "action": "failed", "status": "5.1.1", "remote_mta": "mx.elastomer-arad.example",
                           "diag": "550 5.1.1 Mailbox livrari does not exist"}])
    eml = message([("From", "MAILER-DAEMON@mail.norrvik-group.example (Mail Delivery System)"), ("To", le),
                   ("Subject", "Undelivered Mail Returned to Sender"), ("Date", str(md)),
                   ("Message-ID", "<20261111092205.7C2B14D0519@mail.norrvik-group.example>"),
                   ("Auto-Submitted", "auto-replied")],
                  report(human, st, orig, "4Vr8Qm1kLnz3tXp.1762852925/mail.norrvik-group.example"))
    exp = expected("bounce", "Bounce for the logistics address only. The returned message quotes Ioana's confirmation "
                   "(line 2 moved to 04.12.2026), but that confirmation arrived as its own mail; this message is a DSN.")
    return [p], eml, exp


# ==========================================================================
# 040-044  unrelated
# ==========================================================================

@case("newsletter-airless-pumps", "unrelated/en-US",
      "marketing newsletter from the jar supplier with prices, MOQs and an 'order by Dec 15' deadline")
def c_newsletter():
    sup = supplier("LUMENPK", "Lumen Packaging Co.", "orders@lumenpackaging.example", "en-US")
    p = po("4500032520", sup, "sofia", "USD", "2026-11-03", [
        ("LP-JAR-30-AIRLESS", "Airless jar 30 ml, PP, white", 5000, "EA", "0.41", "2026-12-08"),
        ("LP-BOX-250-KRAFT", "Folding box for 30 ml jar, kraft, box of 250", 20, "BOX", "37.50", "2026-12-08"),
    ])
    md = MailDate("2026-11-12 10:00:00 -0500")
    sn, se = B("sofia")
    body = ("LUMEN PACKAGING | NOVEMBER NEWS\n\n"
            "New for 2027: refillable airless pumps\n"
            "Our new 30 ml and 50 ml refillable airless systems are here - inner cup swaps in seconds, PCR outer shell.\n"
            "  * 30 ml refillable airless jar from $0.38 (MOQ 5,000)\n"
            "  * 50 ml refillable airless jar from $0.46 (MOQ 5,000)\n"
            "  * Matching kraft folding boxes, packed 250 per case\n\n"
            "Order by December 15 for January delivery.\n\n"
            "Visit us at MakeUp in Paris, booth B24, 18-19 June 2027.\n\n"
            "You are receiving this email because you are a Lumen Packaging customer.\n"
            "Unsubscribe: https://lumenpackaging.example/u/8f2a91\n"
            "Lumen Packaging Co., 250 Harbor Drive, Stamford, CT 06902\n")
    html_s = ('<html><body><table width="600" align="center"><tr><td><h1 style="color:#1c3d5a">New for 2027: refillable airless pumps</h1>'
              + text2html(body) + '</td></tr></table></body></html>')
    eml = message([("From", addr("Lumen Packaging", "news@lumenpackaging.example")), ("To", se),
                   ("Subject", "New for 2027: refillable airless pumps from $0.38"), ("Date", str(md)),
                   ("Message-ID", "<20261112150000.8f2a91.news@mailer.lumenpackaging.example>"),
                   ("List-Unsubscribe", "<https://lumenpackaging.example/u/8f2a91>, <mailto:unsubscribe@lumenpackaging.example>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                   ("X-Mailer", "Mailchimp Mailer - **CID8f2a91**")],
                  alt(body, html_s, "_----------=_MCPart_1731425600"))
    exp = expected("unrelated", "Newsletter from a supplier we have an open PO with; its prices, MOQ and 'order by "
                   "December 15' are marketing, not an answer to PO 4500032520.")
    return [p], eml, exp


def invoice_pdf_hr():
    cols = [("R.br.", 50), ("Sifra", 80), ("Opis", 170), ("Kol.", 330), ("Cijena EUR", 380), ("Iznos EUR", 460)]
    rows = [["1", "KP-400-60", "Kabelska polica 400x60, 3 m", "150 m", "12,80", "1.920,00"],
            ["2", "KP-POK-400", "Poklopac 400 mm, 3 m", "150 m", "5,10", "765,00"]]
    head = [("METALTRAS d.o.o.", 13, True), ("Industrijska 7, 10360 Sesvete, OIB 12345678901", 8, False), ("", 4, False),
            ("RACUN br. 2026-1187", 12, True), ("Datum racuna: 09.11.2026   Datum isporuke: 06.11.2026", 9, False),
            ("Vasa narudzba: 4500031190 od 12.10.2026", 9, False), ("Kupac: Norrvik Group AB, Varberg", 9, False)]
    foot = [("Ukupno: 2.685,00 EUR (0% PDV, isporuka unutar EU, cl. 41 Zakona o PDV-u)", 9, True),
            ("Rok placanja: 30 dana, dospijece 09.12.2026. IBAN HR12 2340 0091 1100 1234 5", 8, False)]
    return make_pdf([table_page(head, cols, rows, foot)], title="Racun 2026-1187", producer="Pantheon 2025",
                    creation="D:20261109120000+01'00'", file_id="abcdef0123456789abcdef0123456789")


@case("invoice-for-other-po", "unrelated/hr-HR",
      "same supplier sends an invoice (PDF) for an older, delivered PO 4500031190, not the open one")
def c_invoice_other():
    sup = supplier("METALTRAS", "Metaltras d.o.o.", "prodaja@metaltras.example", "hr-HR")
    p = po("4500032532", sup, "marta", "EUR", "2026-11-09", [
        ("KP-200-60-3M", "Cable tray 200x60 mm, length 3 m, pre-galvanised", 210, "M", "8.60", "2026-12-04"),
        ("KP-POK-200-3M", "Cover for 200 mm cable tray, length 3 m", 210, "M", "3.90", "2026-12-04"),
    ])
    md = MailDate("2026-11-09 12:05:33 +0100")
    mn, me = B("marta")
    body = ("Poštovani,\n\nu privitku Vam šaljemo račun br. 2026-1187 za Vašu narudžbu 4500031190 (isporučeno 06.11.2026).\n"
            "Rok plaćanja je 30 dana.\n\nLijep pozdrav,\nIvana Kovačević\nRačunovodstvo\nMetaltras d.o.o.\n"
            "Industrijska 7, 10360 Sesvete\n")
    mixed = multipart("mixed", [text(body, "windows-1250", "quoted-printable"),
                                attachment(invoice_pdf_hr(), "application/pdf", "Racun_2026-1187.pdf")],
                      "----=_Part_88213_1024387915.1762686333000")
    mid = msgid("041", "metaltras.example", "plain")
    eml = message([("From", addr("Metaltras - Računovodstvo", "racunovodstvo@metaltras.example", "windows-1250")),
                   ("To", me), ("Subject", hdr("Račun 2026-1187 / narudžba 4500031190", "windows-1250")),
                   ("Date", str(md)), ("Message-ID", mid), ("X-Mailer", "Pantheon e-mail")], mixed)
    exp = expected("unrelated", "Invoice for PO 4500031190, which is not among the open POs; the open PO 4500032532 "
                   "(also cable trays) is not answered by it.")
    return [p], eml, exp


@case("shipping-notice-other-order", "unrelated/lv-LV",
      "dispatch notice with tracking for a different order of the same supplier; dates and quantities abound")
def c_ship_other():
    sup = supplier("BALTSPORT", "Baltic Sport Supply SIA", "pasutijumi@balticsport.example", "lv-LV")
    p = po("4500032540", sup, "karim", "EUR", "2026-11-10", [
        ("BS-FLOORBALL-SET", "Floorball set: 20 sticks + 10 balls", 15, "SET", "119.00", "2026-12-09"),
        ("BS-BALL-HAND-2", "Handball size 2, PU", 60, "EA", "12.40", "2026-12-09"),
    ])
    md = MailDate("2026-11-12 14:48:20 +0200")
    kn, ke = B("karim")
    body = ("Labdien!\n\nJūsu pasūtījums 4500030877 ir nosūtīts šodien, 12.11.2026.\n\n"
            "Pārvadātājs: DSV Road, sūtījuma numurs 2611-7744-0391\n"
            "Paredzamā piegāde: 17.11.2026\n"
            "Iepakojums: 2 paletes, 186 kg\n\n"
            "Saturs:\n  BS-VOLLEY-5 Volejbola bumba, izmērs 5 - 80 gab.\n  BS-CONE-SET-40 Konusu komplekts - 25 kompl.\n\n"
            "Ar cieņu,\nLoģistikas nodaļa\nBaltic Sport Supply SIA\nRīga, Krasta iela 68, LV-1019\n")
    mid = msgid("043", "balticsport.example", "plain")
    eml = message([("From", addr("Baltic Sport Supply - Loģistika", "logistika@balticsport.example", "windows-1257")),
                   ("To", ke), ("Subject", hdr("Sūtījuma paziņojums - pasūtījums 4500030877", "windows-1257")),
                   ("Date", str(md)), ("Message-ID", mid)],
                  text(body, "windows-1257", "quoted-printable"))
    exp = expected("unrelated", "Shipping notice for order 4500030877 (not open here); the open PO 4500032540 is "
                   "not mentioned. Ship/arrival dates and package data belong to the other order.")
    return [p], eml, exp


@case("price-list-2027", "unrelated/cs-CZ",
      "new 2027 price list (XLSX) from the O-ring supplier, valid from 1. 1. 2027, with per-100 prices for items we have on order")
def c_pricelist():
    import datetime as dt
    sup = supplier("TESNENI", "Těsnění Brno a.s.", "obchod@tesneni-brno.example", "cs-CZ")
    p = po("4500032555", sup, "jonas", "EUR", "2026-11-06", [
        ("TB-OR-NBR-10X2", "O-ring NBR 70, 10 x 2 mm", 5000, "EA", "0.028", "2026-12-02"),
        ("TB-OR-FKM-25X2.5", "O-ring FKM 75, 25 x 2.5 mm", 1000, "EA", "0.164", "2026-12-02"),
    ])
    md = MailDate("2026-11-13 09:30:00 +0100")
    jn, je = B("jonas")
    rows = [["Ceník 2027 - platný od", dt.date(2027, 1, 1)], [],
            ["Kód", "Popis", "Materiál", "Cena EUR / 100 ks", "MOQ"],
            ["TB-OR-NBR-10X2", "O-kroužek 10 x 2", "NBR 70", 2.95, 1000],
            ["TB-OR-FKM-25X2.5", "O-kroužek 25 x 2,5", "FKM 75", 17.20, 500],
            ["TB-OR-EPDM-30X3", "O-kroužek 30 x 3", "EPDM 70", 6.10, 500]]
    x = make_xlsx(rows, "Cenik 2027", stamp=(2026, 11, 13, 9, 0, 0), date_format="d. m. yyyy", creator="Helios Orange")
    body = ("Dobrý den,\n\nv příloze Vám zasíláme náš nový ceník platný od 1. 1. 2027. Ceny jsou uvedeny v EUR za 100 ks, "
            "bez DPH. Objednávky přijaté do 31. 12. 2026 budou fakturovány za stávající ceny.\n\n"
            "S pozdravem\nPetra Dvořáková\nobchodní oddělení\nTěsnění Brno a.s.\nVídeňská 55, 639 00 Brno\n")
    mixed = multipart("mixed", [text(body, "iso-8859-2", "quoted-printable"),
                                attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Cenik_2027.xlsx")],
                      "------------0A1B2C3D4E5F60718293A4B5")
    mid = msgid("044", "tesneni-brno.example", "thunderbird")
    eml = message([("From", addr("Petra Dvořáková", sup["email"], "iso-8859-2")), ("To", je),
                   ("Subject", hdr("Ceník 2027", "iso-8859-2")), ("Date", str(md)), ("Message-ID", mid),
                   ("User-Agent", "Mozilla Thunderbird")], mixed)
    exp = expected("unrelated", "General price list for 2027; not an answer to PO 4500032555 although it lists both "
                   "ordered items with per-100 prices.")
    return [p], eml, exp


@case("statement-of-account", "unrelated/en-SG",
      "monthly statement of account listing invoices, PO numbers of other orders, due dates and an overdue balance")
def c_statement():
    sup = supplier("LIONCELL", "LionCell Power Pte Ltd", "ar@lioncell.example", "en-SG")
    p = po("4500032568", sup, "priya", "USD", "2026-11-05", [
        ("LC-LFP-48V-100", "Battery module 48 V 100 Ah LiFePO4, rack type", 10, "EA", "1180.00", "2026-12-21"),
        ("LC-CELL-18650-35E", "Cell 18650 3500 mAh", 5000, "EA", "2.15", "2026-12-21"),
    ])
    md = MailDate("2026-11-02 09:15:00 +0800")
    pn, pe = B("priya")
    body = ("Dear Valued Customer,\n\nPlease find below your Statement of Account as at 31 Oct 2026.\n\n"
            "Inv No.      Inv Date     Your PO       Amount USD   Due Date     Status\n"
            "INV-260912   15/09/2026   4500029410     11,800.00   15/10/2026   OVERDUE\n"
            "INV-261004   02/10/2026   4500030155      4,300.00   01/11/2026   Due\n"
            "INV-261019   19/10/2026   4500030388      2,150.00   18/11/2026   Not due\n\n"
            "Total outstanding: USD 18,250.00\n\n"
            "Kindly arrange payment for the overdue amount at your earliest convenience. Please ignore this statement "
            "if payment has been made.\n\nAccounts Receivable\nLionCell Power Pte Ltd\n"
            "21 Tampines Industrial Crescent, #05-12, Singapore 528605\nTel: +65 6785 0250\n")
    eml = message([("From", addr("LionCell AR", sup["email"])), ("To", pe),
                   ("Subject", "Statement of Account as at 31 Oct 2026 - Norrvik Group AB"), ("Date", str(md)),
                   ("Message-ID", msgid("045", "lioncell.example", "plain"))],
                  text(body, "us-ascii", "7bit"))
    exp = expected("unrelated", "Statement of account for older invoices/POs; the open PO 4500032568 is not mentioned.")
    return [p], eml, exp


# ==========================================================================
# 045-062  confirmations
# ==========================================================================

@case("etd-ship-dates-only", "confirmation/en-SG",
      "per-line 'cargo ready' and 'ETD Singapore' dates (dd/mm) but no delivery date: the ETD ship date is the label")
def c_etd():
    sup = supplier("STRAITSC", "Straits Cell Technologies Pte Ltd", "sales@straitscell.example", "en-SG")
    p = po("4500032601", sup, "priya", "USD", "2026-11-06", [
        ("SC-NIMH-AA-2500", "NiMH cell AA 2500 mAh, flat top", 4000, "EA", "0.92", "2026-12-04"),
        ("SC-PACK-24V-10AH", "Battery pack 24 V 10 Ah NiMH, with NTC 10k", 50, "EA", "74.00", "2026-12-04"),
    ])
    md = MailDate("2026-11-10 11:52:18 +0800")
    body = ("Hi Priya,\n\nNoted with thanks on your PO 4500032601. Pls see our confirmation below:\n\n"
            "1) NiMH AA 2500mAh - 4,000 pcs @ USD 0.92 - cargo ready 25/11, ETD Singapore 01/12\n"
            "2) 24V 10Ah pack - 50 pcs @ USD 74.00 - cargo ready 02/12, ETD Singapore 08/12\n\n"
            "Shipment by air, FCA SIN. Shipping marks as per your PO. Kindly advise if any issue.\n\n"
            "Thanks & regards,\nJasmine Tan\nSales Coordinator\nStraits Cell Technologies Pte Ltd\n"
            "8 Kaki Bukit Ave 4, #06-30, Singapore 415875\nDID: +65 6841 2250\n")
    mid = msgid("045", "straitscell.example", "outlook")
    eml = message(reply_headers(addr("Jasmine Tan", sup["email"]), baddr("priya"), "RE: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=ol_post(p, "AQHdVRb0amFzbWluZXRhbnN0cmFpdHM=", "en-SG")),
                  outlook_reply(body, "en", "Friday, November 6, 2026 4:02 PM", p, "_000_SG2PR04MB5610B1C2D3E4F5A6SG2PR04MB5610apcp_", html_lang="en-SG"))
    exp = expected("confirmation",
                   "Quantities and prices as ordered. Only ship dates are given (ETD Singapore 01/12 and 08/12, day-first); "
                   "'cargo ready' is earlier readiness. Dates: 2026-12-01 and 2026-12-08.",
                   [conf(p, {1: chg(p, 1, date="2026-12-01"), 2: chg(p, 2, date="2026-12-08")})])
    return [p], eml, exp


@case("html-only-ship-and-delivery-per-m", "confirmation/en-US",
      "HTML-only table with prices per M (thousand) and both 'Ship Date 11/30/2026' and 'Est. Delivery 12/03/2026'")
def c_html_only_ship_deliv():
    sup = supplier("PRAIRIE", "Prairie Disposables Inc.", "customerservice@prairiedisposables.example", "en-US")
    p = po("4500032615", sup, "karim", "USD", "2026-11-05", [
        ("PD-FORK-CPLA-HD", "Fork CPLA heavy duty, white, carton of 1000", 20000, "EA", "0.031", "2026-12-04"),
        ("PD-CUP-8OZ-SW", "Hot cup 8 oz single wall, carton of 1000", 12000, "EA", "0.043", "2026-12-04"),
        ("PD-NAPKIN-2PLY-33", "Napkin 2-ply 33x33 cm, white, carton of 1000", 30000, "EA", "0.009", "2026-12-04"),
    ])
    md = MailDate("2026-11-09 13:26:40 -0600")
    kn, ke = B("karim")
    rows = [("1", "PD-FORK-CPLA-HD", "20,000", "$31.00/M", "11/30/2026", "12/03/2026"),
            ("2", "PD-CUP-8OZ-SW", "12,000", "$43.00/M", "11/30/2026", "12/03/2026"),
            ("3", "PD-NAPKIN-2PLY-33", "30,000", "$9.00/M", "11/30/2026", "12/03/2026")]
    tr = "".join("<tr>" + "".join(f'<td style="padding:4px 8px;border:1px solid #ccc">{c}</td>' for c in r) + "</tr>" for r in rows)
    html_s = ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">'
              '<p>Hi Karim,</p><p>Thank you for your order! Here is your order acknowledgement for PO 4500032615 '
              '(our SO# 778120):</p><table style="border-collapse:collapse"><tr>'
              + "".join(f'<th style="padding:4px 8px;border:1px solid #ccc;background:#eef">{h}</th>'
                        for h in ("Line", "Item", "Qty (ea)", "Price", "Ship Date", "Est. Delivery")) + "</tr>" + tr +
              "</table><p>Freight: prepaid &amp; add, 6 pallets. Terms: Net 30.</p>"
              "<p>Best regards,<br>Tanya Brooks<br>Customer Service Rep<br>Prairie Disposables Inc.<br>"
              "4400 W 76th St, Chicago, IL 60652<br>(773) 555-0167</p>"
              '<div style="border-top:1px solid #ccc;margin-top:12px;padding-top:6px;color:#555">'
              f"<b>From:</b> {esc(kn)} &lt;{ke}&gt;<br><b>Sent:</b> Thursday, November 5, 2026 3:18 AM<br>"
              f"<b>To:</b> {sup['email']}<br><b>Subject:</b> {request_subject(p)}</div>" + request_html(p, "Hello,") +
              "</body></html>")
    mid = msgid("046", "prairiedisposables.example", "outlook-us")
    eml = message(reply_headers(addr("Tanya Brooks", sup["email"]), addr(kn, ke), "RE: " + request_subject(p), md, mid,
                                rid(p), rid(p)), html(html_s, "utf-8", "quoted-printable"))
    exp = expected("confirmation",
                   "HTML only. Prices per M (thousand): 31.00 -> 0.031, 43.00 -> 0.043, 9.00 -> 0.009, all as ordered; "
                   "quantities as ordered. Ship date 11/30 and delivery 12/03 (US month-first): delivery wins, 2026-12-03.",
                   [conf(p, {n: chg(p, n, date="2026-12-03") for n in (1, 2, 3)})])
    return [p], eml, exp


@case("only-part-available-rest-dropped", "confirmation/bg-BG",
      "Bulgarian (windows-1251) line-by-line confirmation; methanol only 12 of 20 bottles, the remaining 8 cannot be supplied")
def c_partial():
    sup = supplier("HIMSNAB", "Химснаб ООД", "office@himsnab.example", "bg-BG")
    p = po("4500032630", sup, "sofia", "EUR", "2026-11-06", [
        ("HS-MEOH-HPLC-2.5", "Methanol HPLC grade, bottle 2.5 l", 20, "BOT", "28.60", "2026-11-27"),
        ("HS-H2SO4-96-1L", "Sulphuric acid 95-97% p.a., bottle 1 l", 12, "BOT", "12.90", "2026-11-27"),
        ("HS-KCL-3M-1L", "Potassium chloride solution 3 mol/l, bottle 1 l", 10, "BOT", "18.40", "2026-11-27"),
    ])
    md = MailDate("2026-11-10 10:18:33 +0200")
    body = ("Здравейте, г-жо Маркети,\n\n"
            "Потвърждаваме поръчка № 4500032630, както следва:\n\n"
            "1. Метанол HPLC, 2,5 л – налични са само 12 бр., които доставяме на 27.11.2026 г. Останалите 8 бр. не "
            "можем да доставим – производителят е спрял доставките до февруари.\n"
            "2. Сярна киселина 95-97 %, 1 л – 12 бр., 12,90 €/бр., 27.11.2026 г.\n"
            "3. Калиев хлорид 3 mol/l, 1 л – 10 бр., 18,40 €/бр., 27.11.2026 г.\n\n"
            "Цена на метанола – 28,60 €/бр., без промяна.\n\n"
            "Поздрави,\nЕлена Георгиева\nТърговски отдел\nХимснаб ООД\nгр. София 1528, бул. „Искърско шосе“ 7\n"
            "тел. +359 2 979 40 12\n")
    mid = msgid("047", "himsnab.example", "outlook")
    eml = message(reply_headers(addr("Елена Георгиева", sup["email"], "windows-1251"), baddr("sofia"),
                                "RE: " + request_subject(p), md, mid, rid(p), rid(p), charset="windows-1251",
                                post=ol_post(p, "AQHdVTFlbGVuYWdlb3JnaWV2YWhpbXNu", "bg-BG")),
                  text(body + "\n" + outlook_block("bg", f"{B('sofia')[0]} <{B('sofia')[1]}>", "петък, 6 ноември 2026 г. 12:10",
                                                    sup["email"], request_subject(p)) + "\n" + request_lines_text(p) + "\n",
                       "windows-1251", "quoted-printable"))
    exp = expected("confirmation",
                   "Line 1 only 12 bottles (the other 8 cannot be supplied), price and date unchanged; lines 2-3 as "
                   "ordered. '95-97 %', '3 mol/l', postcode 1528 are noise.",
                   [conf(p, {1: chg(p, 1, q=12), 2: acc(p, 2), 3: acc(p, 3)})])
    return [p], eml, exp


@case("dienstag-kw-49-swiss", "confirmation/de-CH",
      "Swiss German confirmation 'Lieferung am Dienstag, KW 49': a calendar week with a named day")
def c_kw_day():
    sup = supplier("OPTAARAU", "Optik Präzision Aarau AG", "verkauf@optik-aarau.example", "de-CH")
    p = po("4500032644", sup, "priya", "EUR", "2026-11-06", [
        ("OPA-MIR-25-AL", "Mirror dia 25 mm, protected aluminium, lambda/4", 100, "EA", "12.80", "2026-11-27"),
        ("OPA-BP-532-10", "Bandpass filter 532 nm, FWHM 10 nm, dia 12.5 mm", 40, "EA", "88.00", "2026-11-27"),
    ])
    md = MailDate("2026-11-09 08:47:15 +0100")
    tue49 = str(week_day(2026, 49, 2))
    assert tue49 == "2026-12-01"
    pn, pe = B("priya")
    body = ("Grüezi Frau Raman\n\nBesten Dank für Ihre Bestellung 4500032644. Gerne bestätigen wir Ihnen beide Positionen "
            "in der bestellten Menge zu den vereinbarten Preisen (EUR 12.80 bzw. EUR 88.00 pro Stück).\n\n"
            "Die Lieferung erfolgt am Dienstag, KW 49, da die Filter noch beschichtet werden und wir gesamthaft "
            "liefern möchten.\n\nFreundliche Grüsse\n\nReto Meier\nVerkauf Innendienst\nOptik Präzision Aarau AG\n"
            "Industriestrasse 12, 5000 Aarau\nTel. +41 62 823 45 00\n\n"
            f"Am 06.11.2026 um 10:31 schrieb {pn} <{pe}>:\n\n" + gt(request_text(p)))
    mid = msgid("048", "optik-aarau.example", "apple")
    eml = message(reply_headers(addr("Reto Meier", sup["email"]), addr(pn, pe), "Re: " + request_subject(p), md, mid,
                                rid(p), rid(p), post=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
                  text(body, "utf-8", "quoted-printable"))
    exp = expected("confirmation",
                   "'Dienstag, KW 49' names the day: Tuesday of ISO week 49 = 2026-12-01, for both lines; quantities and "
                   "prices as ordered. lambda/4, 532 nm, 5000 Aarau are noise.",
                   [conf(p, {1: chg(p, 1, date=tue49), 2: chg(p, 2, date=tue49)})])
    return [p], eml, exp


@case("date-without-year-quebec", "confirmation/fr-CA",
      "'nous pourrons livrer le 7 déc.' without a year, plus a distracting 'arrivent de l'usine le 3'")
def c_no_year():
    sup = supplier("BOREAL", "Équipements Sportifs Boréal inc.", "ventes@sportsboreal.example", "fr-CA")
    p = po("4500032660", sup, "karim", "USD", "2026-11-09", [
        ("ESB-PUCK-OFF-6OZ", "Ice hockey puck, official, 6 oz", 1000, "EA", "1.15", "2026-12-01"),
        ("ESB-NET-6X4", "Hockey goal net replacement, 6 x 4 ft", 20, "EA", "42.00", "2026-12-01"),
        ("ESB-SET-REF", "Referee set (whistle, lanyard, flag)", 30, "SET", "9.80", "2026-12-01"),
    ])
    md = MailDate("2026-11-12 09:05:51 -0500")
    d7 = str(next_on_or_after(md.date, 12, 7))
    assert d7 == "2026-12-07" and assert_wd(d7, "Monday")
    kn, ke = B("karim")
    body = ("Bonjour Karim,\n\nMerci pour la commande! Tout est correct sauf la date : nous pourrons livrer le 7 déc. "
            "(nos rondelles arrivent de l'usine le 3). Les prix sont tels qu'indiqués sur votre bon de commande.\n\n"
            "Bonne journée,\n\nMarie-Ève Tremblay\nService à la clientèle\nÉquipements Sportifs Boréal inc.\n"
            "1250, boul. Industriel, Granby (Québec) J2J 1A4\n450 555-0144\n")
    eml = message(reply_headers(addr("Marie-Ève Tremblay", sup["email"]), addr(kn, ke), "Re: " + request_subject(p), md,
                                msgid("049", "sportsboreal.example", "gmail"), rid(p), rid(p)),
                  gmail_reply(body, f"Le lun. 9 nov. 2026, à 04 h 12, {kn} <{ke}> a écrit :", p, "000000000000d4e5f60630a2b7c1"))
    exp = expected("confirmation",
                   "All lines as ordered except the date: '7 déc.' has no year -> next 7 December on/after the mail date "
                   "= 2026-12-07. 'le 3' is the factory arrival, 6 oz and 6 x 4 ft are product data.",
                   [conf(p, {n: chg(p, n, date=d7) for n in (1, 2, 3)})])
    return [p], eml, exp


@case("dispatch-next-tuesday", "confirmation/en-IN",
      "Friday mail: 'material will be dispatched next Tuesday by air' is a ship date relative to the Date header")
def c_next_tuesday():
    sup = supplier("MALABAR", "Malabar Spice Exports Pvt. Ltd.", "export@malabarspice.example", "en-IN")
    p = po("4500032680", sup, "eva", "USD", "2026-11-10", [
        ("MSE-CARD-8MM", "Green cardamom 8 mm bold, carton 10 kg", 200, "KG", "24.50", "2026-12-10"),
        ("MSE-PEP-550GL", "Black pepper 550 g/l ASTA, bag 25 kg", 500, "KG", "6.85", "2026-12-10"),
        ("MSE-TURM-FING", "Turmeric fingers Alleppey, bag 25 kg", 250, "KG", "3.20", "2026-12-10"),
    ])
    md = MailDate("2026-11-13 16:40:09 +0530")
    assert_wd("2026-11-13", "Friday")
    nt = "2026-11-17"
    assert_wd(nt, "Tuesday")
    en, ee = B("eva")
    body = ("Dear Madam,\n\nGood day.\n\nWe are pleased to confirm your PO No. 4500032680 dated 10/11/2026 for all 3 items "
            "at the PO rates and quantities. Material will be dispatched next Tuesday by air freight from Kochi (COK).\n\n"
            "Phytosanitary certificate, COO and lab report (aflatoxin < 4 ppb) will be sent along with the AWB copy.\n\n"
            "Thanks & Regards,\nAnoop Menon\nManager - Exports\nMalabar Spice Exports Pvt. Ltd.\n"
            "XI/412, Willingdon Island, Kochi - 682 003, Kerala\nMob: +91 98470 12345\n")
    eml = message(reply_headers(addr("Anoop Menon", sup["email"]), addr(en, ee), "Re: " + request_subject(p), md,
                                msgid("050", "malabarspice.example", "gmail"), rid(p), rid(p)),
                  gmail_reply(body, f"On Tue, 10 Nov 2026 at 14:05, {en} <{ee}> wrote:", p, "0000000000009a8b7c0630c1d2e3"))
    exp = expected("confirmation",
                   "All lines as ordered in quantity and price; only a dispatch (ship) date is given: 'next Tuesday' from "
                   "Friday 2026-11-13 = 2026-11-17. 10/11/2026 is the PO date (day-first); 682 003 is a PIN code.",
                   [conf(p, {n: chg(p, n, date=nt) for n in (1, 2, 3)})])
    return [p], eml, exp


@case("line-no-longer-produced", "confirmation/sl-SI",
      "Slovenian confirmation: two lines as ordered, the legacy brake module 'se ne proizvaja več' (rejected)")
def c_rejected_line():
    sup = supplier("LIFTDELI", "Liftdeli d.o.o.", "prodaja@liftdeli.example", "sl-SI")
    p = po("4500032702", sup, "jonas", "EUR", "2026-11-05", [
        ("LD-ROLL-52-ECC", "Landing door roller dia 52 mm, with eccentric", 80, "EA", "6.40", "2026-12-02"),
        ("LD-BRAKE-VF2000", "Brake module for door operator type VF 2000 (legacy)", 4, "EA", "215.00", "2026-12-02"),
        ("LD-BTN-30-ILL", "Car operating panel button 30 mm, illuminated", 60, "EA", "11.70", "2026-12-02"),
    ])
    md = MailDate("2026-11-09 12:30:00 +0100")
    jn, je = B("jonas")
    body = ("Pozdravljeni,\n\npotrjujemo naročilo 4500032702:\n\n"
            "- poz. 1 in 3 po naročilu, dobava 2. 12. 2026,\n"
            "- poz. 2 (zavorni modul VF 2000) se ne proizvaja več – proizvajalec je serijo ukinil leta 2024, "
            "nadomestnega dela žal nimamo.\n\n"
            "Lep pozdrav,\nMatej Kranjc\nLiftdeli d.o.o.\nMariborska cesta 88, 3000 Celje\nT: 03 425 60 20\n")
    eml = message(reply_headers(addr("Matej Kranjc", sup["email"]), addr(jn, je), "RE: " + request_subject(p), md,
                                msgid("051", "liftdeli.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVUptYXRlamtyYW5qY2xpZnRkZWxp", "sl-SI")),
                  outlook_reply(body, "sl", "četrtek, 5. november 2026 09:12", p,
                                "_000_VI1PR09MB2288A0B1C2D3E4F5VI1PR09MB2288eurp_", charset="windows-1250", html_lang="sl-SI"))
    exp = expected("confirmation",
                   "Lines 1 and 3 as ordered (2. 12. 2026 = requested); line 2 rejected (no longer produced). 'VF 2000', "
                   "'2024' and postcode 3000 are not quantities or dates for the order.",
                   [conf(p, {1: acc(p, 1), 2: rej(), 3: acc(p, 3)})])
    return [p], eml, exp


@case("chairs-in-two-deliveries", "confirmation/et-EE",
      "Estonian (windows-1257) reply: desks complete, chairs split 100 + 60 over two January dates")
def c_split2():
    sup = supplier("KOOLIMOOB", "Koolimööbel OÜ", "myyk@koolimoobel.example", "et-EE")
    p = po("4500032725", sup, "marta", "EUR", "2026-11-06", [
        ("KM-DESK-2P-1200", "Student desk double 1200x500, height adjustable", 80, "EA", "96.00", "2027-01-08"),
        ("KM-CHAIR-6-BIRCH", "Student chair size 6, birch plywood", 160, "EA", "39.50", "2027-01-08"),
    ])
    md = MailDate("2026-11-11 14:02:47 +0200")
    mn, me = B("marta")
    body = ("Tere, Marta!\n\nKinnitame tellimuse 4500032725.\n\n"
            "Lauad tarnime täies mahus 08.01.2027. Toolid tulevad kahes osas: 100 tk 08.01.2027 ja ülejäänud 60 tk "
            "22.01.2027, sest kasevineeri tarne hilineb.\n\nHinnad vastavalt tellimusele.\n\n"
            "Lugupidamisega\nKadri Tamm\nmüügijuht\nKoolimööbel OÜ\nRopka tee 20, 50111 Tartu\ntel +372 742 1180\n")
    eml = message(reply_headers(addr("Kadri Tamm", sup["email"]), addr(mn, me), "Vs: " + request_subject(p), md,
                                msgid("052", "koolimoobel.example", "thunderbird"), rid(p), rid(p),
                                post=[("User-Agent", "Mozilla Thunderbird")]),
                  text(body + f"\n{mn} kirjutas 06.11.2026 09:40:\n" + gt(request_text(p)), "windows-1257", "quoted-printable"))
    exp = expected("confirmation",
                   "Desks as ordered. Chairs: 100 on 2027-01-08 and 60 on 2027-01-22 (split, last date 2027-01-22). "
                   "Prices as ordered; 50111 is a postcode.",
                   [conf(p, {1: acc(p, 1), 2: chg(p, 2, schedule=[(100, "2027-01-08"), (60, "2027-01-22")])})])
    return [p], eml, exp


@case("minimum-order-50m-reel", "confirmation/lt-LT",
      "Lithuanian confirmation raising a 30 m bulk hose line to the 50 m minimum (a reel), ISO dates")
def c_moq_lt():
    sup = supplier("HIDROLIN", "Hidrolinija UAB", "pardavimai@hidrolinija.example", "lt-LT")
    p = po("4500032740", sup, "liam", "EUR", "2026-11-09", [
        ("HL-2SN-10", "Hose EN 853 2SN DN10 (3/8\"), bulk", 30, "M", "5.40", "2026-11-30"),
        ("HL-ASSY-1SN08-500", "Hose assembly 1SN DN8, 500 mm, M16x1.5 DKOL both ends", 24, "EA", "9.80", "2026-11-30"),
    ])
    md = MailDate("2026-11-10 15:11:02 +0200")
    ln_, le = B("liam")
    body = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500032740:\n\n"
            "1 eil. – minimalus pardavimo kiekis yra 50 m (visa ritė), todėl pristatysime 50 m po 5,40 EUR/m.\n"
            "2 eil. – pagal užsakymą, 24 vnt. po 9,80 EUR.\n\n"
            "Pristatymo data: 2026-11-30.\n\nPagarbiai\nTomas Kazlauskas\nHidrolinija UAB\n"
            "Pramonės pr. 16, LT-51329 Kaunas\nTel. +370 37 45 12 80\n")
    eml = message(reply_headers(addr("Tomas Kazlauskas", sup["email"]), addr(ln_, le), "RE: " + request_subject(p), md,
                                msgid("053", "hidrolinija.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVXRvbWFza2F6bGF1c2thc2hpZHJv", "lt-LT")),
                  outlook_reply(body, "lt", "2026 m. lapkričio 9 d., pirmadienis 10:44", p,
                                "_000_AS8PR07MB7990C1D2E3F4A5B6AS8PR07MB7990eurp_", charset="windows-1257", html_lang="lt-LT"))
    exp = expected("confirmation",
                   "Line 1 raised to the 50 m minimum at the PO price; line 2 as ordered; date 2026-11-30 as requested. "
                   "M16x1.5 and 3/8\" are thread sizes, LT-51329 a postcode.",
                   [conf(p, {1: chg(p, 1, q=50), 2: acc(p, 2)})])
    return [p], eml, exp


@case("wire-rounded-to-15kg-spools", "confirmation/uk-UA",
      "Ukrainian reply rounding wire to whole 15 kg spools (200 -> 210 kg) and giving a ship date plus an approximate delivery date")
def c_spools():
    sup = supplier("ZVARKA", "ТОВ «Зварка-Техно»", "sales@zvarka-tekhno.example", "uk-UA")
    p = po("4500032761", sup, "karim", "EUR", "2026-11-06", [
        ("ZT-ER70S6-1.2", "MIG wire ER70S-6 (SV-08G2S) 1.2 mm, spool 15 kg", 200, "KG", "1.92", "2026-12-07"),
        ("ZT-E6013-3.0", "Electrode E6013 (ANO-4) 3.0 mm, pack 5 kg", 120, "KG", "2.35", "2026-12-07"),
    ])
    md = MailDate("2026-11-11 11:25:37 +0200")
    body = ("Доброго дня, пане Каріме!\n\n"
            "Підтверджуємо замовлення № 4500032761.\n\n"
            "1. Дріт ER70S-6 (Св-08Г2С) 1,2 мм постачається лише в котушках по 15 кг, тому кількість округлено до "
            "14 котушок = 210 кг, ціна 1,92 EUR/кг.\n"
            "2. Електроди АНО-4 3,0 мм – 120 кг (24 пачки по 5 кг), ціна 2,35 EUR/кг.\n\n"
            "Відвантаження зі складу 07.12.2026, доставка до Варберга орієнтовно 14.12.2026.\n\n"
            "З повагою,\nОлена Коваленко\nменеджер з продажу\nТОВ «Зварка-Техно»\nм. Дніпро, вул. Криворізька, 15\n"
            "тел. +380 56 790 12 15\n")
    eml = message(reply_headers(addr("Олена Коваленко", sup["email"], "windows-1251"), baddr("karim"),
                                "RE: " + request_subject(p), md, msgid("054", "zvarka-tekhno.example", "outlook"),
                                rid(p), rid(p), charset="windows-1251", post=ol_post(p, "AQHdVW9sZW5ha292YWxlbmtvenZhcmth", "uk-UA")),
                  text(body + "\n" + outlook_block("uk", f"{B('karim')[0]} <{B('karim')[1]}>", "6 листопада 2026 р. 15:20",
                                                    sup["email"], request_subject(p)) + "\n" + request_lines_text(p) + "\n",
                       "windows-1251", "quoted-printable"))
    exp = expected("confirmation",
                   "Line 1 rounded to 14 spools x 15 kg = 210 kg at 1.92; line 2 quantity and price as ordered. Ship "
                   "07.12.2026 but delivery 'орієнтовно 14.12.2026' is given, so delivery wins: 2026-12-14 for both.",
                   [conf(p, {1: chg(p, 1, q=210, date="2026-12-14"), 2: chg(p, 2, date="2026-12-14")})])
    return [p], eml, exp


@case("price-per-tonne-dot-thousands", "confirmation/vi-VN",
      "Vietnamese confirmation with prices per tonne written '6.450 USD/tấn' (dot thousands) against a per-kg PO")
def c_per_tonne():
    sup = supplier("GIAVISG", "Công ty TNHH Gia Vị Sài Gòn", "export@giavisaigon.example", "vi-VN")
    p = po("4500032780", sup, "eva", "USD", "2026-11-09", [
        ("GV-PEP-500GL", "Black pepper 500 g/l, cleaned, bag 50 kg", 2000, "KG", "6.30", "2026-12-18"),
        ("GV-CASSIA-8CM", "Cassia cigarette 8 cm, carton 10 kg", 600, "KG", "4.10", "2026-12-18"),
    ])
    md = MailDate("2026-11-11 09:40:25 +0700")
    en, ee = B("eva")
    body = ("Kính gửi Chị Eva,\n\nCông ty chúng tôi xin xác nhận đơn hàng số 4500032780 như sau:\n\n"
            "- Tiêu đen 500 g/l: 2.000 kg, giá 6.450 USD/tấn, giao hàng ngày 18/12/2026.\n"
            "- Quế ống 8 cm: 600 kg, giá 4.100 USD/tấn, giao hàng ngày 18/12/2026.\n\n"
            "Do giá tiêu thế giới tăng mạnh trong tháng 10, chúng tôi xin điều chỉnh giá tiêu đen từ 6.300 lên "
            "6.450 USD/tấn. Giá quế giữ nguyên.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Xuất khẩu\nCông ty TNHH Gia Vị Sài Gòn\n"
            "Lô C12, KCN Tân Bình, TP. Hồ Chí Minh\nĐT: +84 28 3815 4420\n")
    eml = message(reply_headers(addr("Nguyễn Thị Lan", sup["email"]), addr(en, ee), "Re: " + request_subject(p), md,
                                msgid("055", "giavisaigon.example", "gmail"), rid(p), rid(p)),
                  gmail_reply(body, f"Vào Th 2, 9 thg 11, 2026 vào lúc 15:20 {en} <{ee}> đã viết:", p,
                              "000000000000f1e2d3c40630d4e5f6", charset="utf-8"))
    exp = expected("confirmation",
                   "Dot is the thousands separator: 6.450 USD/tấn = 6.45 USD/kg (up from 6.30); 4.100 USD/tấn = 4.10 "
                   "as ordered; 2.000 kg = 2000. Dates as requested.",
                   [conf(p, {1: chg(p, 1, price="6.45"), 2: acc(p, 2)})])
    return [p], eml, exp


@case("thai-buddhist-year-per-100", "confirmation/th-TH",
      "TIS-620 Thai reply: prices per 100 pieces and delivery '22 ธ.ค. 2569' in the Buddhist era (= 2026)")
def c_thai():
    sup = supplier("SIAMSEAL", "Siam Rubber Seal Co., Ltd.", "sales@siamrubberseal.example", "th-TH")
    p = po("4500032801", sup, "jonas", "USD", "2026-11-09", [
        ("SRS-OR-NBR-30X3", "O-ring NBR 70, 30 x 3 mm", 10000, "EA", "0.038", "2026-12-15"),
        ("SRS-OR-FKM-15X2", "O-ring FKM 75, 15 x 2 mm", 4000, "EA", "0.112", "2026-12-15"),
    ])
    md = MailDate("2026-11-12 10:15:40 +0700")
    body = ("เรียน คุณ Jonas\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500032801 ดังนี้\n\n"
            "1. โอริง NBR 30x3 มม. จำนวน 10,000 ชิ้น ราคา USD 3.80 ต่อ 100 ชิ้น\n"
            "2. โอริง FKM 15x2 มม. จำนวน 4,000 ชิ้น ราคา USD 11.20 ต่อ 100 ชิ้น\n\n"
            "กำหนดส่งมอบ 22 ธ.ค. 2569 ทั้งสองรายการ เนื่องจากแม่พิมพ์ FKM อยู่ระหว่างซ่อมบำรุง\n\n"
            "ขอแสดงความนับถือ\nสมชาย ศรีสุข\nฝ่ายขายต่างประเทศ\nSiam Rubber Seal Co., Ltd.\n"
            "99/9 หมู่ 4 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี 20000\nโทร. 038 214 250\n")
    eml = message(reply_headers(addr("สมชาย ศรีสุข", sup["email"], "tis-620"), baddr("jonas"),
                                "RE: " + request_subject(p), md, msgid("056", "siamrubberseal.example", "outlook"),
                                rid(p), rid(p), charset="tis-620"),
                  text(body, "tis-620", "base64"))
    exp = expected("confirmation",
                   "Prices per 100: 3.80 -> 0.038 and 11.20 -> 0.112, as ordered; quantities as ordered. 22 ธ.ค. 2569 "
                   "(Buddhist era 2569 = 2026) -> 2026-12-22 for both lines. 99/9 and 20000 are an address.",
                   [conf(p, {1: chg(p, 1, date="2026-12-22"), 2: chg(p, 2, date="2026-12-22")})])
    return [p], eml, exp


@case("fob-etd-and-price-rise-comma", "confirmation/id-ID",
      "Indonesian reply with comma-decimal prices (USD 9,15/kg), '1.000 kg (100 karton)' and an ETD as the only date")
def c_indo():
    sup = supplier("SAMUDRA", "PT Samudra Beku Nusantara", "export@samudrabeku.example", "id-ID")
    p = po("4500032822", sup, "eva", "USD", "2026-11-06", [
        ("SBN-VAN-HLSO-3140", "Vannamei shrimp HLSO 31/40, IQF, carton 10 kg, FOB Surabaya", 1000, "KG", "8.90", "2026-11-27"),
        ("SBN-SQUID-RING", "Squid rings IQF, carton 10 kg, FOB Surabaya", 500, "KG", "5.60", "2026-11-27"),
    ])
    md = MailDate("2026-11-10 13:55:12 +0700")
    en, ee = B("eva")
    body = ("Dengan hormat Ibu Eva,\n\nBersama ini kami konfirmasi PO 4500032822 sebagai berikut:\n\n"
            "1. Udang vannamei HLSO 31/40 – 1.000 kg (100 karton) – USD 9,15/kg (harga naik karena musim hujan, "
            "bahan baku terbatas)\n"
            "2. Cumi ring – 500 kg (50 karton) – USD 5,60/kg\n\n"
            "Pengiriman: ETD Surabaya 4 Desember 2026, satu kontainer 20' reefer.\n"
            "Sertifikat kesehatan dan COO akan dikirim setelah B/L terbit.\n\n"
            "Hormat kami,\nBudi Santoso\nExport Manager\nPT Samudra Beku Nusantara\n"
            "Jl. Rungkut Industri III No. 21, Surabaya 60293\nTelp. +62 31 843 2150\n")
    eml = message(reply_headers(addr("Budi Santoso", sup["email"]), addr(en, ee), "Re: " + request_subject(p), md,
                                msgid("057", "samudrabeku.example", "gmail"), rid(p), rid(p)),
                  gmail_reply(body, f"Pada tanggal Jum, 6 Nov 2026 pukul 16.30 {en} <{ee}> menulis:", p, "000000000000a0b1c2d30630e5f607"))
    exp = expected("confirmation",
                   "Comma decimals: 9,15 -> 9.15 (price rise on line 1), 5,60 = PO. 1.000 kg = 1000. Only a ship date "
                   "(ETD 4 Desember 2026) -> 2026-12-04 for both lines. 31/40 is a count size, 20' a container.",
                   [conf(p, {1: chg(p, 1, price="9.15", date="2026-12-04"), 2: chg(p, 2, date="2026-12-04")})])
    return [p], eml, exp


@case("trays-rounded-to-3m-lengths-arabic", "confirmation/ar-AE",
      "Arabic (windows-1256) reply converting metres of cable tray to whole 3 m lengths: 100 m -> 34 pcs = 102 m, 50 m -> 51 m")
def c_arabic():
    sup = supplier("GULFCABLE", "Gulf Cable Systems LLC", "sales@gulfcablesys.example", "ar-AE")
    p = po("4500032840", sup, "karim", "USD", "2026-11-05", [
        ("GCS-CT-150-50-HDG", "Cable tray 150x50 mm, HDG, length 3 m", 100, "M", "4.80", "2026-12-18"),
        ("GCS-CT-300-50-HDG", "Cable tray 300x50 mm, HDG, length 3 m", 50, "M", "7.60", "2026-12-18"),
        ("GCS-ELB-90-150", "90 deg elbow for 150 mm tray", 12, "EA", "9.50", "2026-12-18"),
    ])
    md = MailDate("2026-11-09 10:30:44 +0400")
    kn, ke = B("karim")
    body = ("السيد/ كريم حداد المحترم،\n\nتحية طيبة وبعد،\n\n"
            "نشكركم على أمر الشراء رقم 4500032840، ونؤكد التوريد كما يلي:\n\n"
            "1- حامل كابلات 150x50 مم: 34 قطعة بطول 3 م = 102 متر، بسعر 4.80 دولار للمتر\n"
            "2- حامل كابلات 300x50 مم: 17 قطعة بطول 3 م = 51 متر، بسعر 7.60 دولار للمتر\n"
            "3- كوع 90 درجة: 12 قطعة بسعر 9.50 دولار للقطعة\n\n"
            "تاريخ التسليم: 18/12/2026\n\n"
            "مع خالص التحية،\nأحمد الشامسي\nقسم المبيعات\nGulf Cable Systems LLC\n"
            "المنطقة الصناعية 15، الشارقة، ص.ب 42120\nهاتف: 06 534 1200\n")
    eml = message(reply_headers(addr("أحمد الشامسي", sup["email"], "windows-1256"), addr(kn, ke),
                                "رد: " + request_subject(p), md, msgid("058", "gulfcablesys.example", "outlook"),
                                rid(p), rid(p), charset="windows-1256", post=ol_post(p, "AQHdVWFobWVkYWxzaGFtc2lndWxmY2Fi", "ar-AE")),
                  text(body, "windows-1256", "quoted-printable"))
    exp = expected("confirmation",
                   "Trays only come in 3 m lengths: line 1 34 x 3 = 102 m, line 2 17 x 3 = 51 m, prices per metre as "
                   "ordered; elbows as ordered; 18/12/2026 = requested. P.O. Box 42120 is noise.",
                   [conf(p, {1: chg(p, 1, q=102), 2: chg(p, 2, q=51), 3: acc(p, 3)})])
    return [p], eml, exp


@case("rounded-to-full-cartons-malay", "confirmation/ms-MY",
      "Malay reply rounding 25,500 pieces up to 26 cartons of 1,000; the ETD equals the requested date")
def c_malay():
    sup = supplier("PINGGAN", "Syarikat Pinggan Hijau Sdn Bhd", "jualan@pingganhijau.example", "ms-MY")
    p = po("4500032866", sup, "sofia", "USD", "2026-11-09", [
        ("PH-BOX-600-BAG", "Food container bagasse 600 ml, carton of 1000", 25500, "EA", "0.052", "2026-12-14"),
        ("PH-SPOON-160-WD", "Wooden spoon 160 mm, carton of 1000", 40000, "EA", "0.011", "2026-12-14"),
    ])
    md = MailDate("2026-11-11 16:20:05 +0800")
    sn, se = B("sofia")
    body = ("Salam sejahtera Cik Sofia,\n\nKami mengesahkan PO 4500032866 seperti berikut:\n\n"
            "Item 1: kuantiti dibundarkan kepada 26 karton (26,000 pcs) kerana dibungkus 1,000 pcs sekarton, "
            "harga USD 0.052/pc.\n"
            "Item 2: 40,000 pcs seperti dipesan, USD 0.011/pc.\n\n"
            "Tarikh penghantaran: 14/12/2026 (ETD Port Klang).\n\n"
            "Terima kasih.\n\nNur Aisyah binti Hassan\nEksekutif Jualan\nSyarikat Pinggan Hijau Sdn Bhd\n"
            "Lot 1250, Jalan Perindustrian 5, 41050 Klang, Selangor\nTel: 03-3341 2250\n")
    eml = message(reply_headers(addr("Nur Aisyah Hassan", sup["email"]), addr(sn, se), "RE: " + request_subject(p), md,
                                msgid("059", "pingganhijau.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVW51cmFpc3loYWhwaW5nZ2FuaGlq", "ms-MY")),
                  outlook_reply(body, "en", "Monday, 9 November 2026 2:10 PM", p,
                                "_000_KL1PR01MB4021D2E3F4A5B6C7KL1PR01MB4021apcp_", html_lang="ms-MY"))
    exp = expected("confirmation",
                   "Line 1 rounded up to 26 cartons = 26000 pieces at the PO price; line 2 as ordered. The only date is "
                   "'14/12/2026 (ETD Port Klang)', equal to the requested date. Lot 1250 and 41050 are an address.",
                   [conf(p, {1: chg(p, 1, q=26000), 2: acc(p, 2)})])
    return [p], eml, exp


@case("big-bags-600kg-per-tonne", "confirmation/en-AU",
      "Australian reply rounding urea to 600 kg bulka bags (20.4 t) with prices per tonne against a per-kg PO; '11-22-0' is a grade")
def c_bigbags():
    sup = supplier("SCFERT", "Southern Cross Fertilisers Pty Ltd", "orders@southerncrossfert.example", "en-AU")
    p = po("4500032880", sup, "marta", "USD", "2026-11-09", [
        ("SCF-UREA-46-BB", "Urea 46% N granular, big bag 600 kg", 20000, "KG", "0.398", "2027-02-12"),
        ("SCF-MAP-11220-BB", "MAP 11-22-0 granular, big bag 600 kg", 12000, "KG", "0.615", "2027-02-12"),
    ])
    md = MailDate("2026-11-12 17:45:30 +1100")
    mn, me = B("marta")
    body = ("G'day Marta,\n\nHappy to confirm PO 4500032880. As it's all packed in 600 kg bulka bags we've had to round "
            "the urea: 34 bags = 20.4 t. The MAP works out at exactly 20 bags = 12.0 t, no change.\n\n"
            "Pricing stays at USD 398/t (urea) and USD 615/t (MAP) as per your PO. Delivery 12/02/2027 as requested.\n\n"
            "Cheers,\nBrendan Hughes\nExport Sales\nSouthern Cross Fertilisers Pty Ltd\n"
            "40 Port Drive, Port Kembla NSW 2505\nPh (02) 4275 1600\n")
    eml = message(reply_headers(addr("Brendan Hughes", sup["email"]), addr(mn, me), "RE: " + request_subject(p), md,
                                msgid("060", "southerncrossfert.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVWJyZW5kYW5odWdoZXNzb3V0aGVy", "en-AU")),
                  outlook_reply(body, "en", "Monday, 9 November 2026 7:15 PM", p,
                                "_000_SY4PR01MB6120E3F4A5B6C7D8SY4PR01MB6120ausp_", html_lang="en-AU"))
    exp = expected("confirmation",
                   "Urea rounded to 34 x 600 kg = 20400 kg; MAP 12000 kg unchanged. USD 398/t = 0.398/kg and 615/t = "
                   "0.615/kg as ordered. 12/02/2027 is day-first (12 Feb) = requested.",
                   [conf(p, {1: chg(p, 1, q=20400), 2: acc(p, 2)})])
    return [p], eml, exp


@case("price-per-pack-of-10-vials", "confirmation/de-DE",
      "vet medicines: one line priced 'je Packung à 10 Fl.' against a per-vial PO; lot and expiry dates in the text")
def c_pack10():
    sup = supplier("VETNORD", "VetVertrieb Nord GmbH", "auftrag@vetvertrieb-nord.example", "de-DE")
    p = po("4500032901", sup, "priya", "EUR", "2026-11-09", [
        ("VVN-AMOX-150-100", "Amoxicillin 150 mg/ml LA inj., vial 100 ml", 60, "EA", "14.20", "2026-11-25"),
        ("VVN-BUTOR-10-10", "Butorphanol 10 mg/ml inj., vial 10 ml", 40, "EA", "8.90", "2026-11-25"),
        ("VVN-NEEDLE-20G", "Disposable needle 20G x 1\", box of 100", 20, "BOX", "4.60", "2026-11-25"),
    ])
    md = MailDate("2026-11-10 09:31:50 +0100")
    pn, pe = B("priya")
    body = ("Sehr geehrte Frau Raman,\n\nwir bestätigen Ihre Bestellung 4500032901 wie folgt:\n\n"
            "Pos. 1  Amoxicillin 150 mg/ml LA, 100 ml: 60 Fl. à 14,20 €\n"
            "Pos. 2  Butorphanol 10 mg/ml, 10 ml: 4 Packungen à 10 Fl., 92,00 € je Packung\n"
            "Pos. 3  Einmalkanülen 20G x 1\": 20 Pkg. à 100 St., 4,60 € je Pkg.\n\n"
            "Liefertermin: 25.11.2026 (Kühlware, Zustellung mit Kühlkette 2–8 °C).\n"
            "Charge Butorphanol 2611B, verwendbar bis 09/2028.\n\n"
            "Mit freundlichen Grüßen\nAnja Petersen\nAuftragsannahme\nVetVertrieb Nord GmbH\n"
            "Am Lunedeich 131, 27572 Bremerhaven\nTel. 0471 926 40-0\n")
    eml = message(reply_headers(addr("Anja Petersen", sup["email"]), addr(pn, pe), "AW: " + request_subject(p), md,
                                msgid("061", "vetvertrieb-nord.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVWFuamFwZXRlcnNlbnZldHZlcnRy", "de-DE")),
                  outlook_reply(body, "de", "Montag, 9. November 2026 15:02", p,
                                "_000_BE1P281MB2011F4A5B6C7D8E9BE1P281MB2011DEUP_", html_lang="de-DE"))
    exp = expected("confirmation",
                   "Line 2 is priced per pack of 10 vials: 92,00 / 10 = 9.20 per vial (PO 8.90), 4 packs = 40 vials. "
                   "Lines 1 and 3 as ordered. 2-8 °C, lot 2611B and expiry 09/2028 are noise.",
                   [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="9.20"), 3: acc(p, 3)})])
    return [p], eml, exp


@case("settimana-50-offer-validity", "confirmation/it-IT",
      "Italian confirmation: two lines 'consegna settimana 50', one 'come richiesto (04/12)', offer validity 31/12/2026 as a distractor")
def c_settimana():
    sup = supplier("PCBRIANZA", "Plastiche Cosmetiche Brianza S.r.l.", "ordini@pcbrianza.example", "it-IT")
    p = po("4500032920", sup, "sofia", "EUR", "2026-11-06", [
        ("PCB-PUMP-24410-WH", "Lotion pump 24/410 white, 2 cc, box of 250", 20000, "EA", "0.118", "2026-12-04"),
        ("PCB-JAR-100-PETG", "Jar 100 ml PETG clear, box of 250", 7500, "EA", "0.265", "2026-12-04"),
        ("PCB-CAP-58-AL", "Cap 58 mm aluminium, silver, box of 250", 7500, "EA", "0.142", "2026-12-04"),
    ])
    md = MailDate("2026-11-10 12:08:19 +0100")
    w50 = str(week_day(2026, 50))
    assert w50 == "2026-12-11"
    body = ("Gentile Sofia,\n\nconfermiamo l'ordine n. 4500032920 ai prezzi dell'offerta n. 118/26 (validità fino al "
            "31/12/2026), quantità come da ordine.\n\n"
            "- Pompe 24/410 e vasetti 100 ml: consegna settimana 50\n"
            "- Tappi 58 mm: consegna come richiesto (04/12)\n\n"
            "Pagamento RB 60 gg d.f.f.m., resa franco Vs. magazzino.\n\n"
            "Cordiali saluti\nPaolo Colombo\nUfficio Vendite\nPlastiche Cosmetiche Brianza S.r.l.\n"
            "Via Milano 250 - 20831 Seregno (MB)\nTel. 0362 22 41 00\n")
    eml = message(reply_headers(addr("Paolo Colombo", sup["email"]), baddr("sofia"), "R: " + request_subject(p), md,
                                msgid("062", "pcbrianza.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVXBhb2xvY29sb21ib3BjYnJpYW56", "it-IT")),
                  outlook_reply(body, "it", "venerdì 6 novembre 2026 11:55", p,
                                "_000_AM0PR06MB6440A5B6C7D8E9F0AM0PR06MB6440eurp_", html_lang="it-IT"))
    exp = expected("confirmation",
                   "Prices and quantities as ordered. Pumps and jars 'settimana 50' -> Friday 2026-12-11; caps as "
                   "requested (04/12). Offer validity 31/12/2026, RB 60 gg and 24/410 are noise.",
                   [conf(p, {1: chg(p, 1, date=w50), 2: chg(p, 2, date=w50), 3: acc(p, 3)})])
    return [p], eml, exp


# ==========================================================================
# 063-080  confirmations
# ==========================================================================

@case("minimum-order-5000-jars", "confirmation/es-ES",
      "Gmail reply raising the jar line to the 5.000-unit minimum order (dot thousands), boxes as ordered")
def c_moq_es():
    sup = supplier("ENVALLES", "Envases Cosméticos del Vallès S.A.", "comercial@envasesvalles.example", "es-ES")
    p = po("4500032940", sup, "sofia", "EUR", "2026-11-09", [
        ("ECV-JAR-30-ACR", "Jar 30 ml acrylic double wall, gold cap", 3000, "EA", "0.62", "2026-12-10"),
        ("ECV-BOX-30-350G", "Folding box for 30 ml jar, 350 g/m2 board, box of 250", 3000, "EA", "0.09", "2026-12-10"),
    ])
    md = MailDate("2026-11-10 17:02:33 +0100")
    sn, se = B("sofia")
    body = ("Hola Sofia,\n\nTe confirmo el pedido 4500032940 con un cambio: en los tarros de 30 ml el pedido mínimo es "
            "de 5.000 uds., así que te servimos 5.000 a 0,62 €/ud. Los estuches, 3.000 uds. según pedido.\n\n"
            "Entrega: 10 de diciembre, en vuestro almacén de Varberg.\n\nUn abrazo,\nMontse Puig\n"
            "Envases Cosméticos del Vallès S.A.\nCtra. de Sabadell a Terrassa, km 2,5 - 08205 Sabadell\n937 45 30 00\n")
    eml = message(reply_headers(addr("Montse Puig", sup["email"]), addr(sn, se), "Re: " + request_subject(p), md,
                                msgid("063", "envasesvalles.example", "gmail"), rid(p), rid(p)),
                  gmail_reply(body, f"El lun, 9 nov 2026 a las 11:20, {sn} (<{se}>) escribió:", p, "0000000000003c4d5e6f0630f7a8b9"))
    exp = expected("confirmation",
                   "Line 1 raised to the 5.000 minimum (= 5000) at 0,62; line 2 as ordered; '10 de diciembre' -> "
                   "2026-12-10 = requested. 'km 2,5' and 08205 are an address.",
                   [conf(p, {1: chg(p, 1, q=5000), 2: acc(p, 2)})])
    return [p], eml, exp


@case("pump-discontinued-jar-later", "confirmation/hu-HU",
      "Hungarian line list: sprayer as ordered, chrome pump 'már nem gyártják' (rejected), jar one week later (2026.12.10.)")
def c_hu_reject():
    sup = supplier("KOZMOPACK", "Kozmopack Kft.", "rendeles@kozmopack.example", "hu-HU")
    p = po("4500032955", sup, "sofia", "EUR", "2026-11-06", [
        ("KP-SPRAY-20410", "Fine mist sprayer 20/410 white, box of 250", 5000, "EA", "0.095", "2026-12-03"),
        ("KP-PUMP-28410-CR", "Pump 28/410 with chrome collar", 2500, "EA", "0.21", "2026-12-03"),
        ("KP-JAR-50-GL-FR", "Jar 50 ml glass, frosted, with lid", 2000, "EA", "0.54", "2026-12-03"),
    ])
    md = MailDate("2026-11-09 13:44:02 +0100")
    sn, se = B("sofia")
    body = ("Kedves Sofia!\n\nA 4500032955 számú rendelést az alábbiak szerint igazoljuk vissza:\n\n"
            "1. 20/410 szórófej – 5 000 db, 0,095 EUR/db, szállítás 2026.12.03.\n"
            "2. 28/410 króm pumpa – sajnos ezt a terméket már nem gyártják, nem tudjuk szállítani.\n"
            "3. 50 ml üvegtégely – 2 000 db, 0,54 EUR/db, szállítás 2026.12.10.\n\n"
            "Üdvözlettel:\nSzabó Anna\nKozmopack Kft.\n2040 Budaörs, Gyár utca 2.\nTel.: +36 23 500 250\n")
    eml = message(reply_headers(addr("Szabó Anna", sup["email"], "windows-1250"), addr(sn, se), "VS: " + request_subject(p), md,
                                msgid("064", "kozmopack.example", "outlook"), rid(p), rid(p), charset="windows-1250",
                                post=ol_post(p, "AQHdVXN6YWJvYW5uYWtvem1vcGFja2th", "hu-HU")),
                  outlook_reply(body, "hu", "2026. november 6., péntek 9:30", p,
                                "_000_VI1PR10MB3301B6C7D8E9F0A1VI1PR10MB3301eurp_", charset="windows-1250", html_lang="hu-HU"))
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 rejected (discontinued); line 3 delivered 2026.12.10. (Hungarian "
                   "year-first date) instead of 12-03. '5 000' with a space is 5000; 2040 is a postcode.",
                   [conf(p, {1: acc(p, 1), 2: rej(), 3: chg(p, 3, date="2026-12-10")})])
    return [p], eml, exp


@case("price-per-1000-paper-surcharge", "confirmation/pl-PL",
      "Polish confirmation quoting EUR per 1000 pcs; one line dearer and later, with an 'od 1.11.' price-rise date already past")
def c_pl_1000():
    sup = supplier("TEKTPOM", "Tektura Pomorze S.A.", "sprzedaz@tekturapomorze.example", "pl-PL")
    p = po("4500032970", sup, "marta", "EUR", "2026-11-09", [
        ("TP-0201-500400300", "Box FEFCO 0201 500x400x300 mm, 5-ply BC", 3000, "EA", "0.74", "2026-12-07"),
        ("TP-0427-300200100", "Box FEFCO 0427 300x200x100 mm, E flute, printed 1 colour", 5000, "EA", "0.286", "2026-12-07"),
    ])
    md = MailDate("2026-11-12 08:55:10 +0100")
    mn, me = B("marta")
    body = ("Dzień dobry Pani Marto,\n\npotwierdzamy zamówienie nr 4500032970:\n\n"
            "poz. 1 - 3 000 szt., cena 740,00 EUR/1000 szt., dostawa 07.12.2026\n"
            "poz. 2 - 5 000 szt., cena 298,00 EUR/1000 szt. (wzrost cen papieru od 1.11.), dostawa 14.12.2026\n\n"
            "Kartony pakowane w wiązkach po 25 szt., na paletach 1200x800.\n\n"
            "Z poważaniem\nTomasz Wiśniewski\nKierownik Sprzedaży\nTektura Pomorze S.A.\n"
            "ul. Kartuska 420, 80-125 Gdańsk\ntel. +48 58 320 15 00\n")
    eml = message(reply_headers(addr("Tomasz Wiśniewski", sup["email"], "iso-8859-2"), addr(mn, me), "RE: " + request_subject(p),
                                md, msgid("065", "tekturapomorze.example", "outlook"), rid(p), rid(p), charset="iso-8859-2",
                                post=ol_post(p, "AQHdVXRvbWFzendpc25pZXdza2l0ZWt0", "pl-PL")),
                  outlook_reply(body, "pl", "poniedziałek, 9 listopada 2026 10:05", p,
                                "_000_DB9PR05MB8123C7D8E9F0A1B2DB9PR05MB8123eurp_", charset="iso-8859-2", html_lang="pl-PL"))
    exp = expected("confirmation",
                   "Per 1000: 740,00 -> 0.74 (as ordered), 298,00 -> 0.298 (up from 0.286). Line 2 delivered "
                   "2026-12-14. Bundles of 25 and pallets 1200x800 are packing data; 'od 1.11.' is the price-rise start.",
                   [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="0.298", date="2026-12-14")})])
    return [p], eml, exp


@case("inline-answers-in-quoted-po", "confirmation/fi-FI",
      "Finnish supplier types short answers under each quoted PO line ('OK', 'OK, mutta toimitus 11.12.', 'Ei saatavilla')")
def c_inline():
    sup = supplier("KAAPELI", "Kaapelihylly Oy", "myynti@kaapelihylly.example", "fi-FI")
    p = po("4500032988", sup, "marta", "EUR", "2026-11-10", [
        ("KH-TRAY-200-60", "Cable tray 200x60 mm, length 3 m, HDG", 150, "M", "7.10", "2026-12-04"),
        ("KH-TRAY-400-60", "Cable tray 400x60 mm, length 3 m, HDG", 60, "M", "12.40", "2026-12-04"),
        ("KH-BRACKET-400", "Wall bracket for 400 mm tray", 40, "EA", "3.80", "2026-12-04"),
        ("KH-JOINT-60", "Joint connector, height 60 mm", 100, "EA", "0.95", "2026-12-04"),
    ])
    md = MailDate("2026-11-11 13:37:21 +0200")
    mn, me = B("marta")
    req = request_text(p)
    head, rest = req.split("Line  Item", 1)
    table, tail = ("Line  Item" + rest).split("\n\n", 1)
    tl = table.split("\n")
    answers = {1: "OK", 2: "OK, mutta toimitus vasta 11.12.", 3: "Ei saatavilla - valmistus lopetettu.", 4: "OK"}
    quoted = gt(head.rstrip("\n")) + ">\n" + gt(tl[0])
    for i, row in enumerate(tl[1:], 1):
        quoted += gt(row) + "\n" + answers[i] + "\n\n"
    quoted += gt(tail)
    body = ("Hei Marta,\n\nvastaukset rivien alle. Hinnat tilauksen mukaan.\n\nt. Jari\n\n"
            f"{mn} kirjoitti 10.11.2026 klo 9.12:\n" + quoted +
            "\n-- \nJari Virtanen\nKaapelihylly Oy\nTeollisuustie 8, 33330 Tampere\npuh. 040 555 0128\n")
    eml = message(reply_headers(addr("Jari Virtanen", sup["email"]), addr(mn, me), "Re: " + request_subject(p), md,
                                msgid("066", "kaapelihylly.example", "thunderbird"), rid(p), rid(p),
                                post=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fi")]),
                  text(body, "iso-8859-1", "quoted-printable", flowed=False))
    exp = expected("confirmation",
                   "Answers are typed under each quoted line: 1 and 4 OK; 2 OK but delivered 11.12. (-> 2026-12-11); "
                   "3 not available, production stopped (rejected). Prices as ordered.",
                   [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-11"), 3: rej(), 4: acc(p, 4)})])
    return [p], eml, exp


@case("bottom-posted-czech", "confirmation/cs-CZ",
      "Thunderbird bottom-posted answer under the full quote: OPzV cells as ordered, traction battery 3. 2. 2027")
def c_bottom():
    sup = supplier("AKUMOR", "Akumulátory Morava s.r.o.", "obchod@akumorava.example", "cs-CZ")
    p = po("4500033004", sup, "jonas", "EUR", "2026-11-10", [
        ("AM-OPZV-2V-420", "Cell 2 V 420 Ah OPzV gel", 24, "EA", "236.00", "2027-01-20"),
        ("AM-TRAC-48V-560", "Traction battery 48 V 560 Ah, 24 cells 4 PzS 560", 2, "EA", "4380.00", "2027-01-20"),
    ])
    md = MailDate("2026-11-12 10:48:55 +0100")
    jn, je = B("jonas")
    body = (f"Dne 10. 11. 2026 v 9:03 {jn} napsal(a):\n" + gt(request_text(p, "Dear Sir or Madam,")) +
            "\nDobrý den,\n\npotvrzujeme Vaši objednávku. Články OPzV dodáme 20. 1. 2027 dle požadavku, trakční baterie "
            "až 3. 2. 2027 (výroba článků PzS). Ceny beze změny.\n\nS pozdravem\n\n-- \nIng. Jan Novotný\n"
            "Akumulátory Morava s.r.o.\nPrůmyslová 1420, 760 01 Zlín\ntel.: +420 577 210 450\n")
    eml = message(reply_headers(addr("Jan Novotný", sup["email"], "iso-8859-2"), addr(jn, je), "Re: " + request_subject(p),
                                md, msgid("067", "akumorava.example", "thunderbird"), rid(p), rid(p), charset="iso-8859-2",
                                post=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "cs")]),
                  text(body, "iso-8859-2", "quoted-printable", flowed=True, errors="strict"))
    exp = expected("confirmation",
                   "The answer is below the quote. Line 1 as ordered (20. 1. 2027 = requested); line 2 delivered "
                   "3. 2. 2027 (Czech day-first). '24 cells 4 PzS 560' and 760 01 are product data / postcode.",
                   [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-02-03")})])
    return [p], eml, exp


@case("three-deliveries-gb2312", "confirmation/zh-CN",
      "GB2312 reply splitting the cup line into three deliveries (2026年12月4日 / 12月11日 / 12月18日), lids in one")
def c_split3():
    sup = supplier("XMLVYE", "厦门绿叶纸塑制品有限公司", "sales@xm-lvye.example", "zh-CN")
    p = po("4500033020", sup, "karim", "USD", "2026-11-09", [
        ("LV-CUP-12OZ-SW", "Paper cup 12 oz single wall, carton of 1000", 60000, "EA", "0.028", "2026-12-18"),
        ("LV-LID-90-PS", "Lid for 90 mm cup, PS white, carton of 1000", 60000, "EA", "0.012", "2026-12-18"),
    ])
    md = MailDate("2026-11-11 15:22:08 +0800")
    kn, ke = B("karim")
    body = ("Karim 您好：\n\n订单 4500033020 确认如下：\n\n"
            "1. 12oz 单层纸杯 60000只，单价 USD 0.028，分三批交货：\n"
            "   2026年12月4日 20000只\n   12月11日 20000只\n   12月18日 20000只\n"
            "2. 90口径杯盖 60000只，单价 USD 0.012，12月18日一次交货。\n\n"
            "以上日期均为交货日期。付款方式：T/T 30% 预付已收到，余款见提单副本。\n\n"
            "谢谢！\n陈晓燕\n厦门绿叶纸塑制品有限公司\n厦门市集美区杏林湾路 250 号\n电话：0592-6201180\n")
    eml = message(reply_headers(addr("陈晓燕", sup["email"], "gb2312"), addr(kn, ke), "回复: " + request_subject(p), md,
                                msgid("068", "xm-lvye.example", "plain"), rid(p), rid(p), charset="gb2312",
                                post=[("X-Mailer", "Foxmail 7.2.25.228[cn]")]),
                  text(body, "gb2312", "base64"))
    exp = expected("confirmation",
                   "Cups split into three deliveries of 20000 (2026-12-04, 2026-12-11, 2026-12-18), total and price as "
                   "ordered; lids as ordered on 12月18日 (= 2026-12-18). The 30% prepayment remark is already settled.",
                   [conf(p, {1: chg(p, 1, schedule=[(20000, "2026-12-04"), (20000, "2026-12-11"), (20000, "2026-12-18")]),
                             2: acc(p, 2)})])
    return [p], eml, exp


@case("plus-three-percent-korean", "confirmation/ko-KR",
      "Korean reply applying a 3% price increase to both lines; quantities and 12월 21일 (no year) as ordered")
def c_pct():
    sup = supplier("DAEHANCT", "대한셀테크(주)", "overseas@daehancelltech.example", "ko-KR")
    p = po("4500033041", sup, "priya", "USD", "2026-11-06", [
        ("DC-LFP-3.2-50", "LFP cell 3.2 V 50 Ah, prismatic", 400, "EA", "18.40", "2026-12-21"),
        ("DC-NMC-POUCH-60", "NMC pouch cell 3.7 V 60 Ah", 200, "EA", "31.00", "2026-12-21"),
    ])
    md = MailDate("2026-11-10 14:05:00 +0900")
    pn, pe = B("priya")
    body = ("Priya 님 안녕하세요.\n\n대한셀테크 해외영업팀 김수진입니다.\n\n"
            "발주서 4500033041 확인했습니다. 수량과 납기(12월 21일)는 발주서대로 확정합니다.\n"
            "다만 원자재(탄산리튬) 가격 상승으로 두 품목 모두 단가 3% 인상이 적용됩니다. 양해 부탁드립니다.\n\n"
            "감사합니다.\n김수진 드림\n대한셀테크(주) 해외영업팀\n충청북도 오창읍 과학산업2로 587\nTel. +82-43-210-3300\n")
    eml = message(reply_headers(addr("김수진", sup["email"], "ks_c_5601-1987"), addr(pn, pe), "RE: " + request_subject(p), md,
                                msgid("069", "daehancelltech.example", "outlook"), rid(p), rid(p), charset="ks_c_5601-1987"),
                  text(body, "ks_c_5601-1987", "base64"))
    exp = expected("confirmation",
                   "+3% on the PO unit price: 18.40 -> 18.952 and 31.00 -> 31.93. Quantities and date (12월 21일 -> "
                   "2026-12-21) as ordered. 3.2 V / 50 Ah / 587 are noise.",
                   [conf(p, {1: chg(p, 1, price="18.952"), 2: chg(p, 2, price="31.93")})])
    return [p], eml, exp


@case("loading-and-delivery-dates", "confirmation/tr-TR",
      "Turkish confirmation giving both 'yükleme tarihi 4 Aralık' and 'teslim tarihi 11 Aralık'; delivery equals the PO date")
def c_tr_accept():
    sup = supplier("ANADOLUH", "Anadolu Hortum San. ve Tic. A.Ş.", "satis@anadoluhortum.example", "tr-TR")
    p = po("4500033060", sup, "liam", "EUR", "2026-11-09", [
        ("AH-ASSY-2SN12-1500", "Hose assembly 2SN DN12, 1500 mm, DKOL M22x1.5", 100, "EA", "14.60", "2026-12-11"),
        ("AH-ASSY-4SP19-2000", "Hose assembly 4SP DN19, 2000 mm, SAE 3000 flange", 30, "EA", "48.90", "2026-12-11"),
    ])
    md = MailDate("2026-11-11 09:12:40 +0300")
    ln_, le = B("liam")
    body = ("Sayın Liam O'Connor,\n\n4500033060 numaralı siparişiniz onaylanmıştır.\n\n"
            "Kalem 1: 100 adet, birim fiyat 14,60 EUR\nKalem 2: 30 adet, birim fiyat 48,90 EUR\n\n"
            "Yükleme tarihi: 4 Aralık 2026\nTeslim tarihi: 11 Aralık 2026\n"
            "Teslim şekli: DAP Varberg, ödeme: 60 gün vadeli.\n\n"
            "Saygılarımızla,\nAyşe Demir\nDış Ticaret\nAnadolu Hortum San. ve Tic. A.Ş.\n"
            "İkitelli OSB, Metal İş Sanayi Sitesi 12. Blok No: 34, 34490 Başakşehir / İstanbul\nTel: +90 212 549 20 30\n")
    eml = message(reply_headers(addr("Ayşe Demir", sup["email"], "iso-8859-9"), addr(ln_, le), "YNT: " + request_subject(p),
                                md, msgid("070", "anadoluhortum.example", "outlook"), rid(p), rid(p), charset="iso-8859-9",
                                post=ol_post(p, "AQHdVWF5c2VkZW1pcmFuYWRvbHVob3J0", "tr-TR")),
                  outlook_reply(body, "tr", "9 Kasım 2026 Pazartesi 14:15", p,
                                "_000_AM7PR02MB5530D8E9F0A1B2C3AM7PR02MB5530eurp_", charset="iso-8859-9", html_lang="tr-TR"))
    exp = expected("confirmation",
                   "Both lines as ordered: loading 4 Aralık is a ship date, the delivery date 11 Aralık 2026 wins and "
                   "equals the request. M22x1.5, SAE 3000, 60 gün are noise.",
                   [conf(p, all_acc(p))])
    return [p], eml, exp


@case("tbc-next-week-one-of-two-pos", "confirmation/en-GB",
      "answers one of two open POs; in it one line is 'to be confirmed next week'; the other PO is deferred")
def c_tbc():
    sup = supplier("MIDRAIL", "Midland Rail Spares Ltd", "sales@midlandrailspares.example", "en-GB")
    a = po("4500033075", sup, "liam", "GBP", "2026-11-04", [
        ("MRS-AXLE-BRG-130", "Axle box bearing unit, 130 mm", 8, "EA", "612.00", "2027-01-15"),
        ("MRS-DAMPER-YAW", "Yaw damper, bogie, refurbished exchange", 6, "EA", "845.00", "2027-01-15"),
        ("MRS-BRAKEPAD-UIC", "Brake pad UIC organic, 200 cm2", 120, "EA", "36.50", "2027-01-15"),
    ])
    b = po("4500033090", sup, "liam", "GBP", "2026-11-09", [
        ("MRS-WIPER-ARM", "Cab wiper arm assembly", 10, "EA", "129.00", "2027-01-22"),
    ])
    md = MailDate("2026-11-12 15:30:12 +0000")
    ln_, le = B("liam")
    body = ("Hi Liam,\n\nRe PO 4500033075: the bearings and the brake pads are confirmed at PO price for 15/01. The yaw "
            "dampers are with our overhaul shop in Derby - delivery to be confirmed next week once they've been "
            "through test.\n\nI'll come back to you on 4500033090 separately, still waiting on the wiper supplier.\n\n"
            "Cheers\nRob\n\nRob Atherton | Sales Manager\nMidland Rail Spares Ltd\nUnit 6, Osmaston Park, Derby DE24 8BT\n"
            "T 01332 555 120\n")
    eml = message(reply_headers(addr("Rob Atherton", sup["email"]), addr(ln_, le), "RE: " + request_subject(a), md,
                                msgid("071", "midlandrailspares.example", "outlook"), rid(a), rid(a),
                                post=ol_post(a, "AQHdVXJvYmF0aGVydG9ubWlkbGFuZHJh", "en-GB")),
                  outlook_reply(body, "en", "04 November 2026 11:20", a, "_000_LO2P265MB5120E9F0A1B2C3D4LO2P265MB5120GBRP_",
                                html_lang="en-GB"))
    exp = expected("confirmation",
                   "Only PO 4500033075 is answered: lines 1 and 3 as ordered (15/01 = 2027-01-15), line 2 'to be "
                   "confirmed next week' -> unconfirmed. PO 4500033090 is only mentioned and left out.",
                   [conf(a, {1: acc(a, 1), 2: unc(), 3: acc(a, 3)})])
    return [a, b], eml, exp


@case("line-not-mentioned-us-date", "confirmation/en-US",
      "'Lines 1 and 3 are good to go - we'll deliver 12/11' (US month-first = Dec 11); line 2 is never mentioned")
def c_not_mentioned():
    sup = supplier("PATRIOTH", "Patriot Hydraulics Supply", "orders@patriothydraulics.example", "en-US")
    p = po("4500033110", sup, "priya", "USD", "2026-11-10", [
        ("PH-HOSE-R2-08", "Hose SAE 100R2AT -8 (1/2\"), bulk", 200, "M", "6.20", "2026-12-11"),
        ("PH-FIT-JIC-08", "JIC female swivel -8, crimp", 150, "EA", "2.85", "2026-12-11"),
        ("PH-ASSY-R2-06-36", "Hose assembly R2 -6, 36\", JIC/JIC", 40, "EA", "21.40", "2026-12-11"),
    ])
    md = MailDate("2026-11-11 10:44:29 -0500")
    pn, pe = B("priya")
    body = ("Hi Priya,\n\nLines 1 and 3 are good to go - we'll deliver 12/11.\n\nThanks,\nBrad\n\n"
            "Brad Mitchell | Patriot Hydraulics Supply | 2210 Commerce Dr, Harrisburg, PA 17110 | 717-555-0136\n")
    eml = message(reply_headers(addr("Brad Mitchell", sup["email"]), addr(pn, pe), "RE: " + request_subject(p), md,
                                msgid("072", "patriothydraulics.example", "outlook-us"), rid(p), rid(p)),
                  outlook_reply(body, "en", "Tuesday, November 10, 2026 8:02 AM", p,
                                "_000_BY5PR12MB4410F0A1B2C3D4E5BY5PR12MB4410namp_", greeting="Hello,"))
    exp = expected("confirmation",
                   "Lines 1 and 3 confirmed; 12/11 from a US supplier = December 11 = requested. Line 2 (fittings) is "
                   "not mentioned -> unconfirmed.",
                   [conf(p, {1: acc(p, 1), 2: unc(), 3: acc(p, 3)})])
    return [p], eml, exp


@case("kw-51-framework-validity", "confirmation/de-DE",
      "'Liefertermin KW 51 für alle Positionen' with a framework contract valid until 30.06.2027 and rail part names full of numbers")
def c_kw51():
    sup = supplier("BAHNLAUS", "Bahntechnik Lausitz GmbH", "vertrieb@bahntechnik-lausitz.example", "de-DE")
    p = po("4500033125", sup, "jonas", "EUR", "2026-11-10", [
        ("BL-SS25-24X150", "Sleeper screw Ss 25, 24x150, galvanised", 2000, "EA", "1.85", "2026-12-11"),
        ("BL-SKL14", "Tension clamp Skl 14, spring steel", 4000, "EA", "1.42", "2026-12-11"),
        ("BL-ZW687A-6", "Rail pad Zw 687a, 6 mm", 2000, "EA", "0.88", "2026-12-11"),
    ])
    md = MailDate("2026-11-12 11:20:45 +0100")
    kw51 = str(week_day(2026, 51))
    jn, je = B("jonas")
    body = ("Guten Tag Herr Brandt,\n\nwir bestätigen Ihre Bestellung 4500033125 vom 10.11.2026 mit Liefertermin KW 51 "
            "für alle Positionen. Mengen wie bestellt, Preise gemäß Rahmenvertrag RV-2025/14 (gültig bis 30.06.2027).\n\n"
            "Mit freundlichen Grüßen\n\ni. A. Uwe Schenk\nVertrieb Oberbau\nBahntechnik Lausitz GmbH\n"
            "Gewerbering 24, 03046 Cottbus\nTel. 0355 381 22-0\n")
    eml = message(reply_headers(addr("Uwe Schenk", sup["email"]), addr(jn, je), "AW: " + request_subject(p), md,
                                msgid("073", "bahntechnik-lausitz.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVXV3ZXNjaGVua2JhaG50ZWNobmlr", "de-DE")),
                  outlook_reply(body, "de", "Dienstag, 10. November 2026 13:40", p,
                                "_000_FR2P281MB0190A1B2C3D4E5F6FR2P281MB0190DEUP_", html_lang="de-DE"))
    exp = expected("confirmation",
                   "KW 51 without a day -> Friday 2026-12-18 for all three lines; quantities as ordered; the framework "
                   "prices are the PO prices (no figures given). 30.06.2027, Ss 25, Skl 14, Zw 687a are noise.",
                   [conf(p, {n: chg(p, n, date=kw51) for n in (1, 2, 3)})])
    return [p], eml, exp


@case("cava-in-two-deliveries-cartons", "confirmation/nl-BE",
      "Belgian wine merchant splits the cava into 50 + 50 cartons of 6 (300 + 300 bottles) on 4/12 and 11/12")
def c_cava():
    sup = supplier("DEKELDER", "Wijnhandel De Kelder BV", "bestellingen@dekelder.example", "nl-BE")
    p = po("4500033140", sup, "eva", "EUR", "2026-11-09", [
        ("DK-CAVA-BRUT-75", "Cava Brut DO, 75 cl, carton of 6", 600, "EA", "6.95", "2026-12-04"),
        ("DK-RIOJA-CRZ-2021", "Rioja Crianza 2021, 75 cl, carton of 6", 480, "EA", "8.40", "2026-12-04"),
        ("DK-PORT-TAWNY-10Y", "Tawny Port 10 years, 75 cl, carton of 6", 120, "EA", "17.90", "2026-12-04"),
    ])
    md = MailDate("2026-11-10 11:06:37 +0100")
    en, ee = B("eva")
    body = ("Dag Eva,\n\nBedankt voor uw bestelling 4500033140.\n\n"
            "De cava leveren we in twee keer: 50 dozen (300 fl.) op 4/12 en de overige 50 dozen op 11/12, onze "
            "importeur kan niet alles tegelijk leveren. Rioja en Porto volledig op 4/12.\n\n"
            "Prijzen zoals besteld.\n\nMet vriendelijke groeten\nPieter Claes\nWijnhandel De Kelder BV\n"
            "Kouterstraat 14, 9000 Gent\n09 225 61 40\n")
    eml = message(reply_headers(addr("Pieter Claes", sup["email"]), addr(en, ee), "RE: " + request_subject(p), md,
                                msgid("074", "dekelder.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVXBpZXRlcmNsYWVzZGVrZWxkZXJi", "nl-BE")),
                  outlook_reply(body, "nl", "maandag 9 november 2026 14:50", p,
                                "_000_AM8PR04MB7711B2C3D4E5F6A7AM8PR04MB7711eurp_", html_lang="nl-BE"))
    exp = expected("confirmation",
                   "Cava: 50 cartons x 6 = 300 bottles on 2026-12-04 and 300 on 2026-12-11 (total 600, last 12-11). "
                   "Rioja and Port as ordered. Vintage 2021, 10 years, 75 cl and postcode 9000 are noise.",
                   [conf(p, {1: chg(p, 1, schedule=[(300, "2026-12-04"), (300, "2026-12-11")]), 2: acc(p, 2), 3: acc(p, 3)})])
    return [p], eml, exp


@case("bottles-rounded-to-full-pallets", "confirmation/pt-PT",
      "Portuguese reply rounding 20 000 bottles up to 14 full pallets of 1 456 (= 20 384), space thousands separators")
def c_pallets():
    sup = supplier("VIDMOND", "Vidreira do Mondego, Lda.", "comercial@vidreiramondego.example", "pt-PT")
    p = po("4500033160", sup, "sofia", "EUR", "2026-11-10", [
        ("VM-BORD-750-GR", "Bordeaux bottle 750 ml green, 400 g", 20000, "EA", "0.238", "2026-12-16"),
        ("VM-TCORK-WOOD", "T-cork stopper, wooden top", 5000, "EA", "0.18", "2026-12-16"),
    ])
    md = MailDate("2026-11-12 10:10:10 +0000")
    assert 14 * 1456 == 20384
    sn, se = B("sofia")
    body = ("Exma. Sra. Sofia Marchetti,\n\nConfirmamos a encomenda n.º 4500033160.\n\n"
            "A garrafa bordalesa 750 ml é fornecida apenas em paletes completas de 1 456 unidades; arredondámos para "
            "14 paletes, ou seja, 20 384 garrafas, ao preço de 0,238 €/un.\n"
            "Rolhas: 5 000 un. conforme encomenda.\n\nEntrega: 16/12/2026.\n\n"
            "Com os melhores cumprimentos,\nAna Marques\nVidreira do Mondego, Lda.\n"
            "Rua da Indústria 400, 3080-221 Figueira da Foz\nTel. +351 233 420 150\n")
    eml = message(reply_headers(addr("Ana Marques", sup["email"]), addr(sn, se), "RE: " + request_subject(p), md,
                                msgid("075", "vidreiramondego.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVWFuYW1hcnF1ZXN2aWRyZWlyYW1v", "pt-PT")),
                  outlook_reply(body, "pt", "terça-feira, 10 de novembro de 2026 15:31", p,
                                "_000_DB7PR03MB4410C3D4E5F6A7B8DB7PR03MB4410eurp_", charset="windows-1252", html_lang="pt-PT"))
    exp = expected("confirmation",
                   "Line 1 rounded to 14 pallets x 1 456 = 20384 bottles at the PO price; corks as ordered; 16/12/2026 "
                   "= requested. '400 g' and 3080-221 are noise.",
                   [conf(p, {1: chg(p, 1, q=20384), 2: acc(p, 2)})])
    return [p], eml, exp


@case("mobile-one-liner-dispatch", "confirmation/en-IN",
      "Outlook-for-Android one-liner 'Confirmed all. Dispatch on 2nd Dec.' (ship date without year) above the quoted PO")
def c_one_liner():
    sup = supplier("DECCANW", "Deccan Weld Consumables Pvt Ltd", "sales@deccanweld.example", "en-IN")
    p = po("4500033175", sup, "karim", "USD", "2026-11-10", [
        ("DW-E6013-2.5", "Electrode E6013 2.5 mm, pack 5 kg", 500, "KG", "1.65", "2026-12-10"),
        ("DW-E7018-3.15", "Electrode E7018 3.15 mm, pack 5 kg", 500, "KG", "1.95", "2026-12-10"),
    ])
    md = MailDate("2026-11-12 19:02:44 +0530")
    kn, ke = B("karim")
    body = ("Confirmed all. Dispatch on 2nd Dec.\n\nGet Outlook for Android\n\n"
            + outlook_block("en", f"{kn} <{ke}>", "Tuesday, November 10, 2026 2:30:11 PM", sup["email"], request_subject(p))
            + "\n" + request_text(p))
    eml = message(reply_headers(addr("Rajesh Kulkarni", sup["email"]), addr(kn, ke), "Re: " + request_subject(p), md,
                                msgid("076", "deccanweld.example", "outlook"), rid(p), rid(p)),
                  alt(body, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                      '<div dir="auto">Confirmed all. Dispatch on 2nd Dec.</div><div dir="auto"><br></div>'
                      '<div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div><hr>'
                      + outlook_block_html("en", f"{kn} <{ke}>", "Tuesday, November 10, 2026 2:30:11 PM", sup["email"],
                                           request_subject(p)) + request_html(p) + "</body></html>",
                      "_000_PN3PR01MB7712A1B2C3D4E5F6PN3PR01MB7712INDP_"))
    exp = expected("confirmation",
                   "'Confirmed all' = quantities and prices as ordered; 'Dispatch on 2nd Dec.' is a ship date without "
                   "year -> 2026-12-02 for both lines.",
                   [conf(p, {1: chg(p, 1, date="2026-12-02"), 2: chg(p, 2, date="2026-12-02")})])
    return [p], eml, exp


def arc_pdf():
    cols = [("Pos.", 50), ("Ref. / Votre ref.", 78), ("Designation", 200), ("Qte", 350), ("P.U. HT", 398), ("Montant HT", 460)]
    rows = [["10", "CH-T5-EMP-BL", "Chaise T5 empilable bleue - lot de 4", "24 lots", "138,00", "3 312,00"],
            ["", "SSC-CHAIR-T5", "", "", "", ""],
            ["20", "TA-T5-130-2P", "Table 130x50 T5 2 places", "48", "116,50", "5 592,00"],
            ["", "SSC-TABLE-T5-130", "", "", "", ""],
            ["30", "BU-PROF-140", "Bureau professeur 140x70 avec tiroir", "4", "265,00", "1 060,00"],
            ["", "SSC-DESK-TEACH", "", "", "", ""]]
    head = [("SIEGES SCOLAIRES DU CENTRE", 13, True), ("ZA des Varennes - 18000 Bourges - SIRET 412 345 678 00029", 8, False),
            ("", 4, False), ("ACCUSE DE RECEPTION DE COMMANDE  ARC-2026-11873", 12, True),
            ("Date : 12/11/2026      Client : C004180", 9, False),
            ("Votre commande : 4500033190 du 09/11/2026", 9, False),
            ("Semaine de livraison : S03-2027", 10, True)]
    foot = [("Total HT : 9 964,00 EUR", 10, True),
            ("Conditions de paiement : 45 jours fin de mois. Franco de port a partir de 1 500 EUR HT.", 8, False),
            ("Garantie 5 ans (normes EN 1729-1/-2). Offre valable 3 mois.", 8, False)]
    return make_pdf([table_page(head, cols, rows, foot, kern_words=True)], title="ARC-2026-11873", producer="Sage 100cloud",
                    creation="D:20261112074500+01'00'", file_id="fedcba9876543210fedcba9876543210")


@case("erp-arc-pdf-lot-of-4-week-3", "confirmation/fr-FR",
      "Sage PDF acknowledgment: chairs in 'lots de 4' priced per lot, a price change, and 'Semaine de livraison : S03-2027'")
def c_arc():
    sup = supplier("SSCENTRE", "Sièges Scolaires du Centre SARL", "adv@sieges-scolaires.example", "fr-FR")
    p = po("4500033190", sup, "sofia", "EUR", "2026-11-09", [
        ("SSC-CHAIR-T5", "Pupil chair size 5, stackable, blue", 96, "EA", "34.50", "2027-01-11"),
        ("SSC-TABLE-T5-130", "Pupil table 130x50 size 5, 2 seats", 48, "EA", "112.00", "2027-01-11"),
        ("SSC-DESK-TEACH", "Teacher desk 140x70 with drawer", 4, "EA", "265.00", "2027-01-11"),
    ])
    md = MailDate("2026-11-12 07:45:30 +0100")
    w3 = str(week_day(2027, 3))
    assert w3 == "2027-01-22"
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre accusé de réception de commande ARC-2026-11873 "
            "relatif à votre commande 4500033190.\n\nSans retour de votre part sous 48 heures, la commande sera "
            "lancée en fabrication.\n\nCordialement,\nService ADV\nSièges Scolaires du Centre\n")
    mixed = multipart("mixed", [text(body, "iso-8859-1", "quoted-printable"),
                                attachment(arc_pdf(), "application/pdf", "ARC-2026-11873.pdf")],
                      "=_sage_5f2a1c9e0b7d48f3a6c1")
    eml = message([("From", addr("ADV Sièges Scolaires du Centre", sup["email"], "iso-8859-1", "Q")),
                   ("To", "purchasing@norrvik-group.example"),
                   ("Subject", hdr("Accusé de réception de commande ARC-2026-11873 - Cde 4500033190", "iso-8859-1", "Q")),
                   ("Date", str(md)), ("Message-ID", "<ARC-2026-11873.20261112074530@sieges-scolaires.example>"),
                   ("X-Mailer", "Sage 100cloud Gestion commerciale")], mixed)
    exp = expected("confirmation",
                   "Pos 10: 24 lots of 4 = 96 chairs at 138,00/lot = 34.50 each (as ordered); pos 20 price 116,50 "
                   "(PO 112.00); pos 30 as ordered. 'S03-2027' = ISO week 3 of 2027 -> Friday 2027-01-22 for all lines.",
                   [conf(p, {1: chg(p, 1, date=w3), 2: chg(p, 2, price="116.50", date=w3), 3: chg(p, 3, date=w3)})])
    return [p], eml, exp


@case("lead-time-weeks-but-from-stock", "confirmation/en-GB",
      "mentions a '6 weeks ARO' standard lead time but commits to 'Wednesday 25/11' from stock, earlier than requested")
def c_leadtime():
    sup = supplier("ALBIONSP", "Albion Sports Equipment Ltd", "trade@albionsports.example", "en-GB")
    p = po("4500033205", sup, "karim", "GBP", "2026-11-09", [
        ("AS-NETBALL-5", "Netball size 5, match", 80, "EA", "9.60", "2026-12-18"),
        ("AS-BIB-SET-10", "Training bibs, set of 10, assorted colours", 30, "SET", "18.50", "2026-12-18"),
        ("AS-HOCKEY-STK-36", "Hockey stick 36.5\", composite", 40, "EA", "22.00", "2026-12-18"),
    ])
    md = MailDate("2026-11-16 12:48:00 +0000")
    assert_wd("2026-11-25", "Wednesday")
    kn, ke = B("karim")
    body = ("Hi Karim,\n\nMany thanks for PO 4500033205. Our standard lead time on these is 6 weeks ARO, but we happen "
            "to have everything in stock at the moment, so we'll deliver on Wednesday 25/11. Quantities and prices "
            "as per your order.\n\nKind regards\nHelen Morris\nTrade Sales\nAlbion Sports Equipment Ltd\n"
            "Bridge Street, Kidderminster DY10 1AB\n01562 555 036\n")
    eml = message(reply_headers(addr("Helen Morris", sup["email"]), addr(kn, ke), "Re: " + request_subject(p), md,
                                msgid("078", "albionsports.example", "gmail"), rid(p), rid(p)),
                  gmail_reply(body, f"On Mon, 9 Nov 2026 at 10:14, {kn} <{ke}> wrote:", p, "00000000000062a7b8c90631a1b2c3"))
    exp = expected("confirmation",
                   "'6 weeks ARO' is the usual lead time, not the commitment; delivery Wednesday 25/11 (day-first) = "
                   "2026-11-25 for all lines, quantities and prices as ordered. 36.5\" is a stick length.",
                   [conf(p, {n: chg(p, n, date="2026-11-25") for n in (1, 2, 3)})])
    return [p], eml, exp


@case("mardi-8-decembre-per-carton-12", "confirmation/fr-CH",
      "Swiss French reply: jar price quoted 'par carton de 12' and delivery 'mardi 8 décembre' (no year), one line as ordered")
def c_frch():
    sup = supplier("EPLEMAN", "Épices du Léman SA", "commandes@epices-leman.example", "fr-CH")
    p = po("4500033220", sup, "eva", "EUR", "2026-11-11", [
        ("EL-CURRY-MAD-90", "Curry Madras, glass jar 90 g", 144, "EA", "2.10", "2026-12-04"),
        ("EL-PAPRIKA-DOUX-1KG", "Sweet paprika, bag 1 kg", 20, "KG", "11.80", "2026-12-04"),
        ("EL-HERBES-PROV-40", "Herbes de Provence, glass jar 40 g", 96, "EA", "2.45", "2026-12-04"),
    ])
    md = MailDate("2026-11-13 14:22:16 +0100")
    d8 = str(next_on_or_after(md.date, 12, 8))
    assert d8 == "2026-12-08" and assert_wd(d8, "Tuesday")
    en, ee = B("eva")
    body = ("Bonjour Madame Sjöberg,\n\nNous vous remercions de votre commande 4500033220 que nous confirmons comme suit :\n\n"
            "- Curry Madras, bocal 90 g : 12 cartons de 12 bocaux, EUR 27.00 par carton de 12\n"
            "- Paprika doux, sachet 1 kg : 20 kg à EUR 11.80 le kg\n"
            "- Herbes de Provence, bocal 40 g : 8 cartons de 12, EUR 29.40 le carton\n\n"
            "Livraison le mardi 8 décembre, la torréfaction du curry étant planifiée pour la semaine 49.\n\n"
            "Avec nos meilleures salutations\n\nNicolas Favre\nÉpices du Léman SA\nRoute de Genève 84, 1028 Préverenges\n"
            "+41 21 803 12 00\n")
    eml = message(reply_headers(addr("Nicolas Favre", sup["email"]), addr(en, ee), "RE: " + request_subject(p), md,
                                msgid("079", "epices-leman.example", "outlook"), rid(p), rid(p),
                                post=ol_post(p, "AQHdVW5pY29sYXNmYXZyZWVwaWNlc2xl", "fr-CH")),
                  outlook_reply(body, "fr", "mercredi, 11 novembre 2026 08:40", p,
                                "_000_ZR0P278MB0450D4E5F6A7B8C9ZR0P278MB0450CHEP_", html_lang="fr-CH"))
    exp = expected("confirmation",
                   "Curry 27.00 per carton of 12 = 2.25 per jar (PO 2.10); herbes 29.40 / 12 = 2.45 (as ordered); "
                   "12 x 12 = 144 and 8 x 12 = 96 as ordered. 'mardi 8 décembre' without year -> 2026-12-08 for all "
                   "lines; 'semaine 49' is the roasting week, not delivery.",
                   [conf(p, {1: chg(p, 1, price="2.25", date=d8), 2: chg(p, 2, date=d8), 3: chg(p, 3, date=d8)})])
    return [p], eml, exp


@case("whole-order-declined", "confirmation/en-CA",
      "supplier declines the whole PO: it sold its large-format printing division, so every line is rejected")
def c_declined():
    sup = supplier("MAPLESIGN", "Maple Leaf Signs Ltd.", "orders@mapleleafsigns.example", "en-CA")
    p = po("4500033240", sup, "jonas", "USD", "2026-11-10", [
        ("MLS-BANNER-13OZ", "Vinyl banner 13 oz, printed, hemmed + grommets", 60, "M2", "9.80", "2026-12-04"),
        ("MLS-COROPLAST-4MM", "Corrugated plastic sign 4 mm, 18x24\", 2-sided", 200, "EA", "6.40", "2026-12-04"),
    ])
    md = MailDate("2026-11-11 16:15:27 -0500")
    jn, je = B("jonas")
    body = ("Hi Jonas,\n\nThanks for thinking of us, but unfortunately we can't fill PO 4500033240. As of November 1 we "
            "no longer do large-format printing - that division was sold to Northern Print Group, and we're only doing "
            "fabricated and illuminated signs now.\n\nYou could try Northern Print directly (info@northernprint.example). "
            "Sorry we can't help on this one.\n\nAll the best,\nKevin Chen\nMaple Leaf Signs Ltd.\n"
            "85 Industrial Pkwy N, Aurora, ON L4G 4C4\n905-555-0172\n")
    eml = message(reply_headers(addr("Kevin Chen", sup["email"]), addr(jn, je), "Re: " + request_subject(p), md,
                                msgid("080", "mapleleafsigns.example", "gmail"), rid(p), rid(p)),
                  gmail_reply(body, f"On Tue, Nov 10, 2026 at 4:05 AM {jn} <{je}> wrote:", p, "0000000000007d8e9fa00631b2c3d4"))
    exp = expected("confirmation",
                   "An outright refusal is an answer: both lines rejected. 'November 1', 13 oz, 18x24\" and the postal "
                   "code are noise.",
                   [conf(p, {1: rej(), 2: rej()})])
    return [p], eml, exp

# ==========================================================================

def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Batch AL - supplier replies to purchase orders", "",
              "Generated by `make_batch.py` (standard library only, deterministic). One line per case:", "",
              "`NNN-slug` | kind/locale | what makes it hard", ""]
    slugs = set()
    for i, (slug, kl, hard, fn) in enumerate(CASES, 1):
        assert slug not in slugs, slug
        slugs.add(slug)
        pos, eml, exp = fn()
        assert kl.split("/")[0] == exp["kind"], (slug, kl, exp["kind"])
        assert pos[0]["supplier"]["locale"] == kl.split("/")[1], (slug, kl)
        write_case(out, i, slug, pos, eml, exp)
        readme.append(f"- `{i:03d}-{slug}` | {kl} | {hard}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
