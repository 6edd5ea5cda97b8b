"""Cases 065-080."""
import datetime as dt
import html
from decimal import Decimal

from adlib import mime
from adlib.common import (D, REJ, UNC, acc, buyer, chg, conf, expected, gmail_html, is_wd, kw, ln, money,
                          next_md, next_weekday, ol_block, ol_block_html, outlook_html, paras, po, quote,
                          request_html, request_subject, request_text, simple_html, supplier, who)
from adlib.pdf import Sheet

T = dt.datetime
B_TOBIAS = buyer("Tobias Wendt", "tobias.wendt")
B_MIRIAM = buyer("Miriam Koller", "miriam.koller")
B_CHLOE = buyer("Chloé Martin", "chloe.martin")
B_MARCO = buyer("Marco Bellini", "marco.bellini")
B_LUKAS = buyer("Lukas Brenner", "lukas.brenner")
B_PRIYA = buyer("Priya Natarajan", "priya.natarajan")
B_AISHA = buyer("Aisha Rahman", "aisha.rahman")


def _outlook(lang, body, p, sent, to, contact, boundary, charset="utf-8", cte="quoted-printable"):
    qb = ol_block(lang, who(p["buyer"]), sent, to, request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, contact)
    h = outlook_html(paras(body), ol_block_html(lang, who(p["buyer"]), sent, to, request_subject(p)),
                     request_html(p, contact), lang)
    return mime.multipart("alternative", boundary, [mime.text(plain, charset=charset, cte=cte),
                                                    mime.text(h, "html", charset=charset, cte=cte)])


def c065():
    sup = supplier("POMPAD", "Pompe Padane S.p.A.", "ordini@pompepadane.example", "it-IT")
    p = po("4500032772", sup, B_MARCO, "EUR", D(2026, 11, 20), [
        ln(1, "PP-CIRC-25-60-180", "Pompa di circolazione 25-60/180, 230 V", 40, "EA", "96.00", D(2026, 12, 18)),
        ln(2, "PP-SOM-075", "Pompa sommergibile drenaggio 0,75 kW", 25, "EA", "132.00", D(2026, 12, 18)),
        ln(3, "PP-VR-DN50-PN16", "Valvola di ritegno DN 50 PN 16", 60, "EA", "41.50", D(2026, 12, 18)),
    ])
    mail = D(2026, 11, 23)
    d2 = next_md(1, 12, mail)
    assert d2 == is_wd(D(2027, 1, 12), 1)
    body = """Buongiorno Marco,

in riferimento al Vs. ordine 4500032772:

pos. 1 circolatori 25-60/180 e pos. 3 valvole di ritegno: confermati, consegna 18/12 come richiesto.
pos. 2 pompe sommergibili 0,75 kW: a causa del ritardo nella fornitura dei motori la consegna slitta al 12/01. Prezzo invariato.

Buona giornata,
Giulia Rinaldi
Ufficio Vendite Italia/Estero
Pompe Padane S.p.A. - Via Emilia Ovest 1540, 41123 Modena
"""
    alt = _outlook("it", body, p, T(2026, 11, 20, 17, 5), "ordini@pompepadane.example", "Giulia",
                   "_000_AM6PR09MB3490D7A2C0E4B1F9E3A5AM6PR09MB3490eurp_")
    eml = mime.message([
        ("From", mime.addr("Giulia Rinaldi", "ordini@pompepadane.example")),
        ("To", who(B_MARCO)),
        ("Subject", "R: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 23, 9, 52, 14, "+0100")),
        ("Message-ID", "<AM6PR09MB3490D7A2C0E4B1F9@AM6PR09MB3490.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "it-IT"),
    ], alt)
    exp = expected("confirmation", "'12/01' without year, Italian day-first, mail dated 2026-11-23 -> 2027-01-12; "
                   "'25-60/180' is a pump size, not a date or quantity.",
                   [conf(p, [acc(p["lines"][0]), chg(25, "132.00", d2), acc(p["lines"][2])])])
    return dict(slug="065-pumps-date-without-year-next-january", pos=[p], eml=eml, exp=exp,
                hard="Italian reply with '12/01' and no year, which must roll into the next year; a pump size "
                     "'25-60/180' looks like a date.")


def c066():
    sup = supplier("CITTUR", "Cítricos del Turia S.C.V.", "comercial@citricosturia.example", "es-ES")
    p = po("4500032786", sup, B_LUKAS, "EUR", D(2026, 11, 20), [
        ln(1, "CT-NAR-NAV-15", "Naranja Navelina cal. 3-4, caja 15 kg", 240, "CRT", "13.20", D(2026, 11, 26)),
        ln(2, "CT-MAN-CLE-10", "Mandarina Clemenules cal. 1-2, caja 10 kg", 160, "CRT", "12.60", D(2026, 11, 26)),
        ln(3, "CT-LIM-VER-15", "Limón Verna, caja 15 kg", 80, "CRT", "16.50", D(2026, 11, 26)),
    ])
    mail = D(2026, 11, 23)
    thu = next_weekday(mail, 3)
    assert thu == D(2026, 11, 26)
    body = """Hola Lukas,

Te confirmo el pedido 4500032786:

- Naranja Navelina cal. 3-4: 240 cajas a 13,20 €, sin cambios.
- Clementina Clemenules cal. 1-2: 160 cajas, pero el precio sube a 13,10 € la caja; esta campaña viene muy corta de calibres grandes.
- Limón Verna: no hay hasta febrero, la campaña de Verna empieza más tarde. Esa línea la anulamos.

Recolección lunes y martes (23-24/11), carga el miércoles 25 y entrega en Lörrach el próximo jueves, día 26.

Un abrazo,
Vicente Ferrer
Departamento Comercial
Cítricos del Turia S.C.V. - Camí Reial s/n, 46134 Foios (Valencia)
"""
    attr = "El vie, 20 nov 2026 a las 15:31, Lukas Brenner (<lukas.brenner@kestrel-group.example>) escribió:"
    plain = body + "\n" + attr + "\n\n" + quote(request_text(p, "Vicente"))
    h = gmail_html(simple_html(body), attr, request_html(p, "Vicente"))
    alt = mime.multipart("alternative", "000000000000d2c7a3064449e8b1", [
        mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 23, 7, 41, 5, "+0100")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAG1eP4w7nRt3Lk8Mz0Qs5Yv2Dh6cA9uF3j=Xm4F@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Vicente Ferrer", "comercial@citricosturia.example")),
        ("To", who(B_LUKAS)),
    ], alt)
    exp = expected("confirmation", "Relative 'el próximo jueves, día 26' from Monday 2026-11-23 = 2026-11-26 (as "
                   "requested); harvest 23-24/11 and loading Wednesday 25 are not delivery; calibres 3-4 / 1-2 are "
                   "not quantities; lemons cancelled (rejected).",
                   [conf(p, [acc(p["lines"][0]), chg(160, "13.10", thu), REJ])])
    return dict(slug="066-citrus-relative-thursday", pos=[p], eml=eml, exp=exp,
                hard="Spanish produce reply with harvest, loading and delivery days in one sentence, calibre "
                     "ranges like '3-4', and a cancelled line.")


def c067():
    sup = supplier("HZVALVE", "Ningbo Haizhou Valve Co., Ltd.", "sales@hz-valve.example", "zh-CN")
    p = po("4500032799", sup, B_PRIYA, "USD", D(2026, 11, 23), [
        ln(1, "HZ-BV-DN50-PN16", "Ball valve DN 50 PN 16, CF8M, full bore", 200, "EA", "28.40", D(2027, 1, 22)),
        ln(2, "HZ-GV-DN80-PN16", "Gate valve DN 80 PN 16, ductile iron", 60, "EA", "74.00", D(2027, 1, 22)),
    ])
    body = """Priya 您好，

订单 4500032799 已收到，谢谢！

我们正在和工厂确认铸件的排产和交期，预计两个工作日内给您正式的订单确认（PI）。
价格按我司报价单 HZ-Q261102 执行。

祝好！
王芳 Fiona Wang
宁波海舟阀门有限公司 外贸部
Tel: +86 574 5555 8120
"""
    orig = ("\n\n------------------&nbsp;Original&nbsp;------------------\n".replace("&nbsp;", " ") +
            "From: \"Priya Natarajan\" <priya.natarajan@kestrel-group.example>;\n"
            "Date: Mon, Nov 23, 2026 10:40 PM\nTo: \"sales\" <sales@hz-valve.example>;\n"
            f"Subject: {request_subject(p)}\n\n")
    plain = body + orig + request_text(p, "Fiona")
    eml = mime.message([
        ("From", mime.addr("王芳", "sales@hz-valve.example", "gb18030")),
        ("To", who(B_PRIYA)),
        ("Subject", mime.hdr("回复：" + request_subject(p), "gb18030")),
        ("Date", mime.rfcdate(2026, 11, 24, 9, 8, 51, "+0800")),
        ("Message-ID", "<tencent_8A1C4E7B2D9F0A3C5E6B1D2F@qq.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
    ], mime.text(plain, charset="gb18030", cte="base64"))
    exp = expected("needs_review", "Human acknowledgment of receipt: the formal PI with dates will follow within two "
                   "working days; only 'price as per quotation' is said.")
    return dict(slug="067-valves-confirmation-promised-gb18030", pos=[p], eml=eml, exp=exp,
                hard="Chinese GB18030 'order received, PI within two working days' from a person, mentioning the "
                     "quotation price.")


def c068():
    sup = supplier("PENSEAL", "Pennine Seals & Gaskets Ltd", "sales@pennineseals.example", "en-GB")
    p = po("4500032803", sup, B_TOBIAS, "GBP", D(2026, 11, 20), [
        ln(1, "PSG-BS-3/8-NZ", "Bonded seal 3/8 BSP, nitrile/zinc", 2000, "EA", "0.14", D(2026, 12, 9)),
        ln(2, "PSG-DW-M8-V", "Sealing washer M8x1.25 Dowty, Viton", 1000, "EA", "0.22", D(2026, 12, 9)),
        ln(3, "PSG-GK-DN50-CAF", "Gasket DN50 PN16 CAF 1.5 mm", 500, "EA", "0.68", D(2026, 12, 9)),
        ln(4, "PSG-OR-BS210-V", "O-ring BS210 Viton 75", 300, "EA", "0.19", D(2026, 12, 9)),
    ])
    body = """Morning Tobias,

3/8" bonded seals: 2,000 @ £0.14, fine for the 9th Dec.

M8 Dowty washers in Viton: we've only got 400 left on the shelf and the manufacturer has discontinued the Viton version, so 400 is all we can do - the balance of 600 will have to be cancelled I'm afraid. Same price, 9th Dec.

DN50 gaskets: 500 ok but the price has gone up to £0.74 since we quoted in September, CAF sheet has gone up again. Also 9th Dec.

Cheers
Steve Holroyd
Pennine Seals & Gaskets Ltd
Unit 3, Calder Trading Estate, Huddersfield HD2 1UY
01484 555 702
"""
    attr = "On Fri, 20 Nov 2026 at 14:12, Tobias Wendt <tobias.wendt@kestrel-group.example> wrote:"
    plain = body + "\n" + attr + "\n\n" + quote(request_text(p, "Steve"))
    h = gmail_html(simple_html(body), attr, request_html(p, "Steve"))
    alt = mime.multipart("alternative", "000000000000a3f9c1064449f0d2", [mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 24, 8, 20, 31, "+0000")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAE6vZ1n9kTq4Mx2Rw8Lp0Ub7Hf3cJ5dG1s=Ya8G@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Steve Holroyd", "sales@pennineseals.example")),
        ("To", who(B_TOBIAS)),
    ], alt)
    exp = expected("confirmation", "'the 9th Dec' without year; line 2 only 400 of 1000 (balance cancelled) so "
                   "quantity 400; line 3 new price 0.74; line 4 (BS210 O-rings) is not mentioned at all -> unconfirmed; 3/8 BSP and M8x1.25 are thread sizes, not dates or "
                   "quantities.",
                   [conf(p, [acc(p["lines"][0]), chg(400, "0.22", D(2026, 12, 9)), chg(500, "0.74", D(2026, 12, 9)), UNC])])
    return dict(slug="068-seals-partial-balance-cancelled", pos=[p], eml=eml, exp=exp,
                hard="British Gmail reply with thread sizes like 3/8\" and M8x1.25, a part quantity with the "
                     "balance cancelled, 'the 9th Dec' and a fourth line never mentioned.")


def c069():
    sup = supplier("DHPUMP", "Daehan Precision Pump Co., Ltd.", "overseas@daehanpump.example", "ko-KR")
    p = po("4500032808", sup, B_PRIYA, "USD", D(2026, 11, 23), [
        ln(1, "DH-MP-40-250", "Multistage pump 40-250, 7.5 kW", 3, "EA", "2480.00", D(2027, 2, 19)),
    ])
    rid = p["request_message_id"]
    notice = """This is the mail system at host mx2.kestrel-group.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<overseas@daehanpump.example>: connect to mx.daehanpump.example[198.51.100.23]:25:
    Connection timed out
"""
    status = ("Reporting-MTA: dns; mx2.kestrel-group.example\nX-Postfix-Queue-ID: 4QB2nT0y6Kz3Rf\n"
              "X-Postfix-Sender: rfc822; priya.natarajan@kestrel-group.example\n"
              "Arrival-Date: Mon, 23 Nov 2026 10:05:17 +0100 (CET)\n\n"
              "Final-Recipient: rfc822; overseas@daehanpump.example\n"
              "Original-Recipient: rfc822;overseas@daehanpump.example\n"
              "Action: delayed\nStatus: 4.4.1\n"
              "Diagnostic-Code: X-Postfix; connect to mx.daehanpump.example[198.51.100.23]:25:\n"
              "    Connection timed out\n"
              "Will-Retry-Until: Sat, 28 Nov 2026 10:05:17 +0100 (CET)\n")
    hdrs = (f"From: Priya Natarajan <priya.natarajan@kestrel-group.example>\nTo: overseas@daehanpump.example\n"
            f"Subject: {request_subject(p)}\nDate: {mime.rfcdate(2026, 11, 23, 10, 5, 15, '+0100')}\n"
            f"Message-ID: {rid}\n")
    rep = mime.multipart("report", "4QB2nT0y6Kz3Rf.1795432000/mx2.kestrel-group.example", [
        mime.raw_part("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n", notice.encode()),
        mime.raw_part("Content-Description: Delivery report\nContent-Type: message/delivery-status\n", status.encode()),
        mime.raw_part("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n", hdrs.encode()),
    ], params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    eml = mime.message([
        ("Return-Path", "<>"),
        ("Date", mime.rfcdate(2026, 11, 23, 14, 20, 0, "+0100") + " (CET)"),
        ("From", "MAILER-DAEMON@mx2.kestrel-group.example (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)"),
        ("To", "priya.natarajan@kestrel-group.example"),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20261123132000.5C2B12C0871@mx2.kestrel-group.example>"),
    ], rep)
    exp = expected("bounce", "Postfix delay DSN (Action: delayed, 4.4.1, 'warning only, do not resend'): still a "
                   "delivery status notification, not a reply from the supplier.")
    return dict(slug="069-dsn-delayed-warning", pos=[p], eml=eml, exp=exp,
                hard="Delay-only DSN that says 'you do not need to resend', with a retry-until date.")


def c070():
    sup = supplier("FRUOESTE", "Frutas do Oeste, Lda.", "comercial@frutasdooeste.example", "pt-PT")
    p = po("4500032815", sup, B_LUKAS, "EUR", D(2026, 11, 23), [
        ln(1, "FO-PERA-ROCHA-60", "Pêra Rocha DOP cal. 60-65, caixa 18 kg", 120, "CRT", "17.10", D(2026, 12, 1)),
        ln(2, "FO-MACA-GALA-70", "Maçã Gala cal. 70-75, caixa 18 kg", 150, "CRT", "14.40", D(2026, 12, 1)),
        ln(3, "FO-MACA-REI-80", "Maçã Reineta cal. 80+, caixa 15 kg", 60, "CRT", "16.20", D(2026, 12, 1)),
    ])
    assert is_wd(D(2026, 11, 28), 5) and is_wd(D(2026, 12, 1), 1)
    body = """Bom dia Sr. Brenner,

Confirmamos a sua encomenda 4500032815:

Pêra Rocha do Oeste DOP cal. 60-65 - 120 caixas a 17,10 € (colheita 2026, em câmara de atmosfera controlada desde 20/08).
Maçã Gala cal. 70-75 - 150 caixas a 14,40 €.
Maçã Reineta cal. 80+ - este mês só temos 40 caixas disponíveis, a 16,20 €.

Saída do nosso armazém no sábado 28/11, entrega em Lörrach na terça-feira 1/12.

Melhores cumprimentos,
Ana Rodrigues
Frutas do Oeste, Lda. - Estrada Nacional 8, 2550-100 Cadaval
"""
    alt = _outlook("pt", body, p, T(2026, 11, 23, 10, 0), "comercial@frutasdooeste.example", "Ana",
                   "_000_PA4PR04MB7743B9E2D0C6A1F3B8E5PA4PR04MB7743eurp_", charset="windows-1252")
    eml = mime.message([
        ("From", mime.addr("Ana Rodrigues", "comercial@frutasdooeste.example")),
        ("To", who(B_LUKAS)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 24, 11, 5, 39, "+0000")),
        ("Message-ID", "<PA4PR04MB7743B9E2D0C6A1F3@PA4PR04MB7743.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "pt-PT"),
    ], alt)
    exp = expected("confirmation", "Ship date Sat 28/11 and delivery Tue 1/12 (delivery wins, = requested); "
                   "storage date 20/08 and calibres 60-65 / 70-75 / 80+ are distractors; Reineta only 40 of 60.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(40, "16.20", D(2026, 12, 1))])])
    return dict(slug="070-pears-apples-calibres-ship-vs-delivery", pos=[p], eml=eml, exp=exp,
                hard="Portuguese fruit reply with calibre ranges, a cold-storage date, a ship day and a delivery "
                     "day, all without year.")


def c071():
    sup = supplier("LISBRNO", "Lisovna Brno a.s.", "expedice@lisovna-brno.example", "cs-CZ")
    p = po("4500032820", sup, B_LUKAS, "EUR", D(2026, 11, 23), [
        ln(1, "LB-KON-118-B", "Bracket 118 Rev B, DC04 t=2.0", 5000, "EA", "0.44", D(2027, 1, 15)),
        ln(2, "LB-PLE-220-A", "Cover plate 220 Rev A, DX51D", 2000, "EA", "0.97", D(2027, 1, 15)),
    ])
    body = """Dobrý den,

potvrzujeme Vaši objednávku č. 4500031594 ze dne 28. 10. 2026:

pol. 1  LB-DES-300-C  Deska 300x200 Rev C, S235JR t=4   800 ks   2,35 EUR/ks
pol. 2  LB-UHL-40-A   Úhelník 40x40 Rev A               3000 ks  0,62 EUR/ks

Termín dodání: 10. 12. 2026, paritní podmínka DAP Lörrach.

S pozdravem
Lenka Procházková
expedice a odbyt
Lisovna Brno a.s., Vídeňská 99, 639 00 Brno
"""
    eml = mime.message([
        ("From", mime.addr("Lenka Procházková", "expedice@lisovna-brno.example", "iso-8859-2")),
        ("To", who(B_LUKAS)),
        ("Subject", mime.hdr("Potvrzení objednávky 4500031594", "iso-8859-2")),
        ("Date", mime.rfcdate(2026, 11, 24, 13, 40, 11, "+0100")),
        ("Message-ID", "<a61d9f03e2b54c78.potvrzeni@lisovna-brno.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mime.text(body, charset="iso-8859-2", cte="quoted-printable"))
    exp = expected("unrelated", "The supplier confirms order 4500031594 (other items, placed in October), which is "
                   "not among the open POs; the open PO 4500032820 (brackets/plates) is not answered.")
    return dict(slug="071-confirms-po-not-open", pos=[p], eml=eml, exp=exp,
                hard="A genuine Czech order confirmation, but for a PO number and items that are not among the "
                     "open POs of this supplier.")


def c072():
    sup = supplier("IMPDELA", "Imprimerie Delacroix & Fils", "fabrication@imprimerie-delacroix.example", "fr-FR")
    p = po("4500032828", sup, B_CHLOE, "EUR", D(2026, 11, 23), [
        ln(1, "ID-CAT-2027-FR", "Catalogue produits 2027 FR, 128 p. A4, dos carré collé", 3000, "EA", "3.42", D(2027, 1, 15)),
        ln(2, "ID-DEP-A5-3V", "Dépliant A5 3 volets, couché 135 g", 10000, "EA", "0.11", D(2027, 1, 15)),
        ln(3, "ID-NOT-PX40-FR", "Notice PX40 FR, 24 p. A5, piqûre", 5000, "EA", "0.38", D(2027, 1, 15)),
    ])
    s3 = kw(2027, 3)
    assert s3 == D(2027, 1, 22)
    body = """Bonjour Madame Martin,

Merci pour votre commande 4500032828. Voici nos éléments :

1. Catalogue 2027 (128 p., 3 000 ex.) : le façonnage dos carré collé demande plus de temps que prévu ; impression en semaine 2, livraison en semaine 3 (S03/2027). Prix inchangé.
2. Dépliant A5 3 volets : 10 000 ex. à 0,11 €, livraison le 15/01.
3. Notice PX40 : suite à la hausse du papier couché, le prix passe à 0,41 € l'exemplaire ; livraison le 15/01.

Les BAT vous seront transmis le 11/12. Comme d'usage dans les industries graphiques, une tolérance de ± 5 % s'applique sur les quantités livrées.

Bien cordialement,
Hélène Garnier
Service fabrication
Imprimerie Delacroix & Fils - 12 rue des Imprimeurs, 37000 Tours
"""
    alt = _outlook("fr", body, p, T(2026, 11, 23, 9, 30), "fabrication@imprimerie-delacroix.example",
                   "Ms Garnier", "_000_PR1P264MB2218C5E0A3D7B9F1C2E4PR1P264MB2218FRAP_")
    eml = mime.message([
        ("From", mime.addr("Hélène Garnier", "fabrication@imprimerie-delacroix.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 24, 16, 18, 3, "+0100")),
        ("Message-ID", "<PR1P264MB2218C5E0A3D7B9F1@PR1P264MB2218.FRAP264.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "fr-FR"),
    ], alt)
    exp = expected("confirmation", "'livraison en semaine 3 (S03/2027)' = Friday 2027-01-22 (printing in week 2 is "
                   "not delivery); '15/01' without year = 2027-01-15; proof date 11/12 and the ±5 % trade tolerance "
                   "do not change the confirmed quantities; notice price 0,41.",
                   [conf(p, [chg(3000, "3.42", s3), acc(p["lines"][1]), chg(5000, "0.41", D(2027, 1, 15))])])
    return dict(slug="072-print-catalogue-week-3-tolerance", pos=[p], eml=eml, exp=exp,
                hard="French printer reply with production and delivery weeks, a proof date and a ±5 % quantity "
                     "tolerance clause.")


def c073():
    sup = supplier("LUCETB", "Luce Tecnica Brianza S.r.l.", "ordini@lucetecnica.example", "it-IT")
    p = po("4500032836", sup, B_MARCO, "EUR", D(2026, 11, 24), [
        ln(1, "LTB-HB100-840", "LED high-bay 100 W 4000 K IP65", 40, "EA", "118.00", D(2027, 1, 15)),
    ])
    body = """Gentile Cliente,

la Sua e-mail è stata ricevuta dall'Ufficio Ordini di Luce Tecnica Brianza S.r.l. e sarà presa in carico entro 24 ore lavorative.

Orari dell'ufficio: lunedì-venerdì 8:30-12:30 / 14:00-18:00.

Questo è un messaggio generato automaticamente, La preghiamo di non rispondere.

Luce Tecnica Brianza S.r.l.
Ufficio Ordini
"""
    eml = mime.message([
        ("From", mime.addr("Luce Tecnica Brianza - Ufficio Ordini", "no-reply@lucetecnica.example")),
        ("To", who(B_MARCO)),
        ("Subject", "Ricevuta: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 24, 10, 0, 12, "+0100")),
        ("Message-ID", "<ack.20261124100012.5531@lucetecnica.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"),
    ], mime.text(body, charset="iso-8859-1", cte="quoted-printable"))
    exp = expected("auto_reply", "Shared-inbox receipt notice ('la Sua e-mail è stata ricevuta ... presa in carico "
                   "entro 24 ore'); subject 'Ricevuta:' must not be read as a confirmation.")
    return dict(slug="073-shared-inbox-received-italian", pos=[p], eml=eml, exp=exp,
                hard="Italian shared-inbox 'your mail was received' notice with a 'Ricevuta:' subject threaded "
                     "on the PO.")


def c074():
    sup = supplier("MEDITEC", "MediTec Sterilgut GmbH", "auftrag@meditec-sterilgut.example", "de-DE")
    p = po("4500032840", sup, B_MIRIAM, "EUR", D(2026, 11, 23), [
        ln(1, "MT-VVK-18G", "Venenverweilkanüle 18G 1,3x45 mm, Box 50", 120, "BX", "16.80", D(2026, 12, 10)),
        ln(2, "MT-SPR-5ML", "Einmalspritze 5 ml Luer, Box 100", 200, "BX", "5.90", D(2026, 12, 10)),
        ln(3, "MT-TUP-7.5", "Tupfer steril 7,5x7,5 cm, Box 100", 150, "BX", "3.40", D(2026, 12, 10)),
    ])
    assert is_wd(D(2026, 12, 10), 3) and is_wd(D(2026, 12, 15), 1)
    s = Sheet(size=8, leading=12)
    s.line("MediTec Sterilgut GmbH · Medizinprodukte · Robert-Koch-Straße 8 · 91052 Erlangen", size=7)
    s.gap()
    s.line("Auftragsbestätigung 2026-AB-118734", bold=True, size=13)
    s.row([(50, "Ihre Bestellung: 4500032840 vom 23.11.2026"), (330, "Belegdatum: 24.11.2026")])
    s.row([(50, "Kunde: Kestrel Group GmbH, 79539 Lörrach"), (330, "Kundennummer: 40218")])
    s.gap()
    cols = [50, 85, 150, 300, 345, 375, 425, 480]
    s.row(list(zip(cols, ["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis/ME", "Wert", "Liefertermin"])), bold=True)
    s.rule()
    s.row(list(zip(cols, ["0010", "VVK-18-45", "Venenverweilkanüle 18G 1,3x45", "120", "Box", "16,80", "2.016,00", "10.12.2026"])))
    s.tj([" ", -200, "Ihre Mat.-Nr. MT-VVK-18G  UDI-DI (01)04049876543219  Charge 26K118  Verfall 2029-08"], x=150)
    s.row(list(zip(cols, ["0020", "SPR-LL-05", "Einmalspritze 5 ml Luer", "200", "Box", "5,90", "1.180,00", "15.12.2026"])))
    s.row([(150, "Teillieferung: 120 Box am 10.12.2026, 80 Box am 15.12.2026")])
    s.row([(150, "Ihre Mat.-Nr. MT-SPR-5ML  Charge 26S403  Verfall 2031-05  Herstelldatum 2026-10")])
    s.row(list(zip(cols, ["0030", "TUP-ST-75", "Tupfer steril 7,5x7,5 cm", "150", "Box", "3,55", "532,50", "10.12.2026"])))
    s.row([(150, "Ihre Mat.-Nr. MT-TUP-7.5  Preisanpassung Baumwolle ab 01.11.2026")])
    s.rule()
    s.row([(345, "Nettowert"), (425, "3.728,50")], bold=True)
    s.gap()
    s.line("Lieferung frei Haus. Liefertermin = Anlieferung beim Kunden. Zahlungsziel 30 Tage netto.")
    s.line("Produkte gem. Verordnung (EU) 2017/745 (MDR). Konformitätserklärungen auf Anfrage.")
    pdf = s.pdf(title="AB 2026-AB-118734", producer="SAP NetWeaver 7.50 (SAPscript)")
    assert 2016 + 1180 + 532.5 == 3728.5
    body = ("Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Auftragsbestätigung 2026-AB-118734.\n\n"
            "Mit freundlichen Grüßen\nMediTec Sterilgut GmbH - Kundenservice\n\n"
            "Diese Nachricht wurde maschinell erstellt.\n")
    mixed = mime.multipart("mixed", "=_7E21A4C95B0D3F68_=", [
        mime.text(body, charset="utf-8", cte="quoted-printable"),
        mime.attachment(pdf, "application/pdf", "Auftragsbestätigung_2026-AB-118734.pdf")])
    eml = mime.message([
        ("From", mime.addr("MediTec Kundenservice", "auftrag@meditec-sterilgut.example")),
        ("To", who(B_MIRIAM)),
        ("Subject", mime.hdr("Auftragsbestätigung 2026-AB-118734 zu Bestellung 4500032840")),
        ("Date", mime.rfcdate(2026, 11, 24, 5, 31, 0, "+0100")),
        ("Message-ID", "<7E21A4C95B0D3F68.sap.meditec-sterilgut.example@sap-prd.meditec-sterilgut.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed)
    exp = expected("confirmation", "SAP PDF with 4-digit positions 0010/0020/0030 and own material numbers; UDI-DI, "
                   "Charge, Verfall and Herstelldatum are not delivery data; pos 0020 split 120 + 80 (last "
                   "15.12.2026); pos 0030 price 3,55; RFC 2231 encoded attachment filename.",
                   [conf(p, [acc(p["lines"][0]), chg(200, "5.90", D(2026, 12, 15), [(120, D(2026, 12, 10)), (80, D(2026, 12, 15))]),
                             chg(150, "3.55", D(2026, 12, 10))])])
    return dict(slug="074-medical-sap-pdf-udi-charge", pos=[p], eml=eml, exp=exp,
                hard="German SAP acknowledgment PDF for medical devices with UDI, lot and expiry data on every "
                     "position and a split stated in a sub-line.")


def c075():
    sup = supplier("CALDER", "Calder Valley Timber Ltd", "sales@caldervalleytimber.example", "en-GB")
    p = po("4500032845", sup, B_TOBIAS, "GBP", D(2026, 11, 23), [
        ln(1, "CVT-47X150-C24", "Sawn timber 47x150 C24 KD, 4.8 m", 18, "M3", "318.00", D(2026, 12, 14)),
        ln(2, "CVT-PAL-1200X1000", "Pallet 1200x1000, 4-way, heat treated", 250, "EA", "9.40", D(2026, 12, 14)),
    ])
    body = """Hi Tobias,

Thanks for the order - we can do the timber and the pallets for the 14th no problem from a stock point of view.

However, our credit insurer has cut the limit on Kestrel UK to £5,000 and this order would take the account over, with SI-4410 and SI-4452 still outstanding. We can either run it on a pro-forma (payment before despatch) or hold it until the two invoices are cleared.

Let me know which you'd prefer and I'll send the acknowledgement over straight away.

Best regards
Emma Sutcliffe
Sales Office
Calder Valley Timber Ltd, Mytholmroyd, West Yorkshire HX7 5AD
"""
    alt = _outlook("en-GB", body, p, T(2026, 11, 23, 11, 0), "sales@caldervalleytimber.example", "Emma",
                   "_000_LO2P265MB4127E1B9D3A5C7F0B2D4LO2P265MB4127GBRP_")
    eml = mime.message([
        ("From", mime.addr("Emma Sutcliffe", "sales@caldervalleytimber.example")),
        ("To", who(B_TOBIAS)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 24, 14, 50, 27, "+0000")),
        ("Message-ID", "<LO2P265MB4127E1B9D3A5C7F0@LO2P265MB4127.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "en-GB"),
    ], alt)
    exp = expected("needs_review", "Stock and date are fine 'from a stock point of view' but the order is on credit "
                   "hold: pro-forma or wait for overdue invoices; the acknowledgement follows our choice.")
    return dict(slug="075-timber-credit-hold", pos=[p], eml=eml, exp=exp,
                hard="British reply that sounds positive about the date but holds the order on a credit limit "
                     "until we choose pro-forma or payment.")


def c076():
    sup = supplier("DVVL", "Dierenvoeding Vlaanderen NV", "orders@dierenvoeding-vl.example", "nl-BE")
    p = po("4500032852", sup, B_LUKAS, "EUR", D(2026, 11, 23), [
        ln(1, "DV-HOND-ADULT-12", "Hondenbrokken adult kip, zak 12 kg", 300, "BAG", "19.60", D(2026, 12, 18)),
        ln(2, "DV-KAT-STER-10", "Kattenbrokken sterilised, zak 10 kg", 150, "BAG", "22.50", D(2026, 12, 18)),
        ln(3, "DV-SNACK-KAUW", "Hondensnacks kauwstaaf, doos 10 kg", 40, "BOX", "31.00", D(2026, 12, 18)),
    ])
    w51 = kw(2026, 51)
    assert w51 == D(2026, 12, 18)
    p2 = money(Decimal("22.50") * Decimal("0.98"))
    assert p2 == "22.05"
    body = """Dag Lukas,

Bedankt voor uw bestelling 4500032852.

Hondenbrokken adult 12 kg: 300 zakken = 6 volle paletten van 50 zakken, levering week 51.
Kattenbrokken sterilised 10 kg: 150 zakken, eveneens week 51. Als eindejaarsactie krijgt u hierop 2 % korting, dus 22,05 EUR per zak.
Kauwstaven: dit artikel is uit ons gamma genomen en kunnen we niet meer leveren.

THT van de huidige productie: 11/2027.

Met vriendelijke groeten,
Els Verhoeven
Binnendienst
Dierenvoeding Vlaanderen NV - Industriepark 22, 8790 Waregem
"""
    alt = _outlook("nl", body, p, T(2026, 11, 23, 13, 45), "orders@dierenvoeding-vl.example", "Els",
                   "_000_AM9PR02MB6617F3A1C8E0B5D2A7F9AM9PR02MB6617eurp_")
    eml = mime.message([
        ("From", mime.addr("Els Verhoeven", "orders@dierenvoeding-vl.example")),
        ("To", who(B_LUKAS)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 25, 10, 14, 8, "+0100")),
        ("Message-ID", "<AM9PR02MB6617F3A1C8E0B5D2@AM9PR02MB6617.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "nl-BE"),
    ], alt)
    exp = expected("confirmation", "'week 51' = Friday 2026-12-18 = requested, so line 1 is accepted; 2 % discount "
                   "on line 2 = 22.05; line 3 discontinued (rejected); best-before 11/2027 and '12 kg' are noise.",
                   [conf(p, [acc(p["lines"][0]), chg(150, p2, w51), REJ])])
    return dict(slug="076-petfood-week-51-discount", pos=[p], eml=eml, exp=exp,
                hard="Flemish reply where 'week 51' resolves exactly to the requested Friday, a 2 % discount and a "
                     "discontinued snack line.")


def c077():
    sup = supplier("PUMPEM", "Pumpenbau Emmental AG", "verkauf@pumpenbau-emmental.example", "de-CH")
    p = po("4500032866", sup, B_MIRIAM, "EUR", D(2026, 11, 23), [
        ln(1, "PE-KRP-65-200", "Kreiselpumpe 65-200, 15 kW, Grauguss", 4, "EA", "3860.00", D(2027, 2, 26)),
        ln(2, "PE-GRF-65-200", "Grundrahmen für Pumpe 65-200", 4, "EA", "420.00", D(2027, 2, 26)),
    ])
    body = """Grüezi Frau Koller

Besten Dank für Ihre Bestellung 4500032866.

Bevor wir diese bestätigen können, benötigen wir Ihre Freigabe der beiliegenden Massbild-Zeichnung (Flanschanschlüsse DN 80 / DN 65, PN 16 nach EN 1092-2) sowie die Angabe der Fördermedium-Temperatur, damit wir die Gleitringdichtung festlegen können.

Nach Eingang der Freigabe bestätigen wir Ihnen den Liefertermin; aktuell rechnen wir mit 12 bis 14 Wochen ab Freigabe.

Freundliche Grüsse
Reto Zürcher
Verkauf Innendienst
Pumpenbau Emmental AG, Industriestrasse 5, 3400 Burgdorf
"""
    s = Sheet()
    s.line("Massbild / Dimensional drawing 65-200  Rev. 04", bold=True, size=13)
    s.line("Saugstutzen DN 80 PN 16, Druckstutzen DN 65 PN 16, EN 1092-2")
    s.line("Motor 15 kW, 2900 1/min, IE3, Baugrösse 160M")
    s.line("Gewicht ca. 245 kg. Zeichnungsdatum 12.03.2025")
    pdf = s.pdf(title="Massbild 65-200", producer="SOLIDWORKS 2024")
    alt = _outlook("de", body, p, T(2026, 11, 23, 14, 30), "verkauf@pumpenbau-emmental.example", "Mr Zürcher",
                   "_000_ZR0P278MB1187C2A4E6B8D0F1A3C5ZR0P278MB1187CHEP_")
    mixed = mime.multipart("mixed", "_004_ZR0P278MB1187C2A4E6B8D0F1A3C5ZR0P278MB1187CHEP_",
                           [alt, mime.attachment(pdf, "application/pdf", "Massbild_65-200_Rev04.pdf")])
    eml = mime.message([
        ("From", mime.addr("Reto Zürcher", "verkauf@pumpenbau-emmental.example")),
        ("To", who(B_MIRIAM)),
        ("Subject", "AW: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 25, 8, 36, 55, "+0100")),
        ("Message-ID", "<ZR0P278MB1187C2A4E6B8D0F1@ZR0P278MB1187.CHEP278.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "de-CH"),
    ], mixed)
    exp = expected("needs_review", "Swiss supplier needs drawing approval and the medium temperature before "
                   "confirming; '12 bis 14 Wochen ab Freigabe' is a lead-time estimate, not a committed date.")
    return dict(slug="077-pump-drawing-approval-needed", pos=[p], eml=eml, exp=exp,
                hard="Swiss German reply asking for drawing approval first, with a lead time in weeks from "
                     "approval and a drawing PDF attached.")


def c078():
    sup = supplier("HXPCB", "Shenzhen Huaxin Circuit Technology Co., Ltd.", "sales@hx-pcb.example", "zh-CN")
    p = po("4500032880", sup, B_PRIYA, "USD", D(2026, 11, 24), [
        ln(1, "PCB-DRV-2L-R1", "Driver board 2L FR-4 1.0 mm HASL-LF", 3000, "EA", "0.74", D(2027, 1, 15)),
    ])
    body = """您好，

我目前不在办公室（2026年11月24日至11月30日），期间无法及时回复邮件。
如有紧急事宜，请联系同事 sales2@hx-pcb.example 或致电 +86 755 2771 8831。

Hello,

I am out of the office from 24 to 30 November 2026 with limited access to e-mail.
For urgent matters please contact sales2@hx-pcb.example.

谢谢！/ Thank you!
陈丽 Chen Li
"""
    eml = mime.message([
        ("From", mime.addr("陈丽", "sales@hx-pcb.example")),
        ("To", who(B_PRIYA)),
        ("Subject", mime.hdr("自动回复: " + request_subject(p))),
        ("Date", mime.rfcdate(2026, 11, 24, 16, 2, 30, "+0800")),
        ("Message-ID", "<tencent_autoreply_5E9A2C7D1B3F4A60@qq.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], mime.text(body, cte="base64"))
    exp = expected("auto_reply", "Chinese/English out-of-office (base64 UTF-8); absence dates are not order dates.")
    return dict(slug="078-ooo-chinese-english", pos=[p], eml=eml, exp=exp,
                hard="Chinese/English base64 out-of-office from the same PCB supplier as an earlier confirmation.")


def c079():
    sup = supplier("ECLVEND", "Éclairage Vendôme SARL", "adv@eclairage-vendome.example", "fr-FR")
    p = po("4500032889", sup, B_MARCO, "EUR", D(2026, 11, 24), [
        ln(1, "EV-ENC-600-840", "Luminaire LED encastré 600x600 40 W 4000 K", 120, "EA", "44.30", D(2026, 12, 11)),
        ln(2, "EV-SUSP-120W-850", "Suspension industrielle LED 120 W 5000 K IP65", 200, "EA", "98.00", D(2026, 12, 11)),
        ln(3, "EV-DRV-40-DALI", "Driver LED 40 W DALI-2 1050 mA", 150, "EA", "21.00", D(2026, 12, 11)),
    ])
    p3 = money(Decimal("21.00") * Decimal("1.03"))
    assert p3 == "21.63"
    answers = {1: "EV : OK, livraison le 11/12",
               2: "EV : 180 pièces seulement (fin de série), livraison le 11/12",
               3: "EV : hausse tarifaire de 3 % au 1er décembre, soit 21,63 € ; livraison le 11/12"}
    sent = T(2026, 11, 24, 9, 20)
    top = ("Bonjour Monsieur Bellini,\n\nVoir nos réponses en rouge dans votre message ci-dessous.\n\n"
           "Cordialement,\nCamille Roux\nADV - Éclairage Vendôme SARL\n41100 Vendôme\n")
    # plain: Outlook does not prefix quoted lines; inline answers follow each PO line
    req_lines = request_text(p, None).split("\n")
    out = []
    for line in req_lines:
        out.append(line)
        for n, a in answers.items():
            if line.startswith(f"{n}     EV-"):
                out.append(a)
    plain = top + "\n" + ol_block("fr", who(B_MARCO), sent, "adv@eclairage-vendome.example",
                                  request_subject(p)) + "\n" + "\n".join(out)
    e = html.escape
    rows = "".join(
        f"<tr><td>{l['line']}</td><td>{e(l['item'])}</td><td>{e(l['description'])}</td><td align=right>"
        f"{l['quantity']:,}</td><td>{l['uom']}</td><td align=right>{l['unit_price']} EUR</td>"
        f"<td>{l['requested_date']}</td></tr><tr><td colspan=7><span style='color:red'><b>{e(answers[l['line']])}"
        "</b></span></td></tr>" for l in p["lines"])
    quoted = ("<p>Dear Sir or Madam,</p><p>please find our purchase order 4500032889 of 2026-11-24 below. "
              "Kindly confirm quantities, unit prices and delivery dates by return.</p><table border=1 cellspacing=0 "
              "cellpadding=3><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th>"
              f"<th>Unit price</th><th>Requested</th></tr>{rows}</table><p>Kind regards<br>Marco Bellini<br>"
              "Purchasing | Kestrel Group</p>")
    h = outlook_html(paras(top), ol_block_html("fr", who(B_MARCO), sent, "adv@eclairage-vendome.example",
                                               request_subject(p)), quoted, "fr-FR")
    alt = mime.multipart("alternative", "_000_PAVP195MB2083A5C1E7B3D9F0A4C6PAVP195MB2083EURP_", [
        mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("From", mime.addr("Camille Roux", "adv@eclairage-vendome.example")),
        ("To", who(B_MARCO)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 25, 11, 26, 40, "+0100")),
        ("Message-ID", "<PAVP195MB2083A5C1E7B3D9F0@PAVP195MB2083.EURP195.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "fr-FR"),
    ], alt)
    exp = expected("confirmation", "Answers typed in red inside the quoted PO table (no '>' quoting in Outlook, so "
                   "quoted and new text interleave); line 2 only 180; line 3 +3 % on the PO price = 21.63; "
                   "'11/12' without year = 2026-12-11.",
                   [conf(p, [acc(p["lines"][0]), chg(180, "98.00", D(2026, 12, 11)), chg(150, p3, D(2026, 12, 11))])])
    return dict(slug="079-led-answers-in-red-inside-quote", pos=[p], eml=eml, exp=exp,
                hard="French Outlook reply with answers typed in red into the quoted PO table, interleaved with "
                     "our unprefixed request text.")


def c080():
    sup = supplier("LAKEWIRE", "Lakeshore Wire & Cable Co.", "orders@lakeshorewire.example", "en-US")
    pa = po("4500032871", sup, B_PRIYA, "USD", D(2026, 11, 23), [
        ln(1, "LW-THHN-12-BLK", "THHN 12 AWG black, 500 ft reel", 20, "RL", "62.00", D(2026, 12, 11)),
        ln(2, "LW-THHN-12-WHT", "THHN 12 AWG white, 500 ft reel", 20, "RL", "62.00", D(2026, 12, 11)),
    ])
    pb = po("4500032874", sup, B_PRIYA, "USD", D(2026, 11, 23), [
        ln(1, "LW-SOOW-12-3", "SOOW 12/3 portable cord, 250 ft reel", 10, "RL", "298.00", D(2026, 12, 18)),
    ])
    pc = po("4500032879", sup, B_PRIYA, "USD", D(2026, 11, 23), [
        ln(1, "LW-MC-12-2-AL", "MC cable 12/2 aluminum armor, 250 ft coil", 30, "RL", "151.00", D(2027, 1, 8)),
        ln(2, "LW-MC-10-3-AL", "MC cable 10/3 aluminum armor, 250 ft coil", 10, "RL", "289.00", D(2027, 1, 8)),
    ])
    body = """Hi Priya,

Happy early Thanksgiving! Quick update on your orders:

PO 4500032871 - THHN 12 AWG black and white, 20 reels each @ $62.00: confirmed. Ships 12/9 UPS Freight, delivers 12/11.

PO 4500032879 - 12/2 MC: 30 coils @ $151.00, delivery 1/8. 10/3 MC: 10 coils, delivery 1/8, but the price is now $304.50/coil with the 12/1 copper adjustment.

Thanks,
Kevin Murphy
Inside Sales | Lakeshore Wire & Cable Co.
3300 W. Industrial Dr, Milwaukee, WI 53209 | 414-555-0122
"""
    sent = T(2026, 11, 23, 16, 0)
    qb = ol_block("en-US", who(B_PRIYA), sent, "orders@lakeshorewire.example", request_subject(pa))
    plain = body + "\n" + qb + "\n" + request_text(pa, "Kevin")
    h = outlook_html(paras(body), ol_block_html("en-US", who(B_PRIYA), sent, "orders@lakeshorewire.example",
                                                request_subject(pa)), request_html(pa, "Kevin"), "en-US")
    alt = mime.multipart("alternative", "_000_CH3PR11MB8417B0D2F4A6C8E1B3D5CH3PR11MB8417namp_", [
        mime.text(plain), mime.text(h, "html")])
    eml = mime.message([
        ("From", mime.addr("Kevin Murphy", "orders@lakeshorewire.example")),
        ("To", who(B_PRIYA)),
        ("Subject", "RE: " + request_subject(pa)),
        ("Date", mime.rfcdate(2026, 11, 25, 15, 42, 18, "-0600")),
        ("Message-ID", "<CH3PR11MB8417B0D2F4A6C8E1@CH3PR11MB8417.namprd11.prod.outlook.com>"),
        ("In-Reply-To", pa["request_message_id"]),
        ("References", pa["request_message_id"]),
        ("Content-Language", "en-US"),
    ], alt)
    exp = expected("confirmation", "Threaded on PO 4500032871 but also answers 4500032879; 4500032874 is not "
                   "mentioned. US m/d dates without year (12/11, 1/8 -> 2027-01-08) next to cable sizes 12/2, 10/3, "
                   "12/3 and a '12/1 copper adjustment' that are not dates.",
                   [conf(pa, [acc(pa["lines"][0]), acc(pa["lines"][1])]),
                    conf(pc, [acc(pc["lines"][0]), chg(10, "304.50", D(2027, 1, 8))])])
    return dict(slug="080-wire-two-of-three-pos-slash-sizes", pos=[pa, pb, pc], eml=eml, exp=exp,
                hard="US reply answering two of three POs where cable sizes like 12/2 and 10/3 look exactly like "
                     "m/d dates.")


CASES = [c065, c066, c067, c068, c069, c070, c071, c072, c073, c074, c075, c076, c077, c078, c079, c080]
