#!/usr/bin/env python3
"""Batch AN: held-out supplier replies to purchase orders.

Writes cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md.
Standard library only; fully deterministic (fixed boundaries, Message-IDs,
zip timestamps).  Run:  python3 make_batch.py
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from anlib import mime, pdf, xlsx  # noqa: E402
from anlib.case import (BUYERS, BUYER_DOMAIN, REJ, UNC, Batch, L, PO, acc, all_acc, chg,  # noqa: E402
                        conf, is_weekday, kw, maildate, money, next_md, plus_days, quote,
                        request_subject, request_text, sup, req_id)
from anlib.compose import (body, buyer_to, esc, gmail_html, headers, msgid, outlook_extra,  # noqa: E402
                           outlook_html, outlook_quote_html, outlook_quote_plain, p_mso,
                           plain_to_html, reply_to, request_sent)

CASES = []


def case(f):
    CASES.append(f)
    return f


def C(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def K(kind, notes):
    return {"kind": kind, "notes": notes}


# =====================================================================================
# chunk 1
# =====================================================================================

@case
def c_us_beds(B):
    s = sup("MCBEDS", "Midwest Care Beds Inc.", "orders@midwestcarebeds.example", "en-US")
    po = PO("4500031101", s, [
        L(1, "HB-3000-E", "Electric hospital bed, 3-section, 80x200", 12, "EA", "2450.00", "2026-12-11"),
        L(2, "MT-80200-V", "Pressure-relief mattress 80x200 cm, visco", 12, "EA", "389.00", "2026-12-11"),
        L(3, "SR-12-PAIR", "Side rail set, split, 12 in. height", 12, "SET", "145.00", "2026-12-11"),
    ], "2026-11-02", BUYERS["dana"], "USD")
    top = """Hi Dana,

Thanks for PO 4500031101. We confirm all three lines as ordered: 12 HB-3000-E beds, 12 visco mattresses and 12 split side rail sets, at the prices on your PO, delivered to your dock on 12/11/2026.

Our sales order is SO-77120. Pricing follows our quote Q-2026-0419 (valid until 11/30/2026). Terms Net 45, FOB Origin, freight prepaid & add.

Best regards,

Rick Novak
Inside Sales | Midwest Care Beds Inc.
3100 Industrial Pkwy, Dubuque, IA 52001
Tel. +1 563 555 0142"""
    sent = "Monday, November 2, 2026 9:12 AM"
    plain = top + "\n\n" + outlook_quote_plain(po, "en", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "en", sent), "EN-US")
    subj = "RE: " + request_subject(po)
    eml = mime.message(headers(mime.addr("Rick Novak", "rick.novak@midwestcarebeds.example"), buyer_to(po), subj,
                               maildate("2026-11-03 14:22", "-0600"), msgid("outlook", "c1", ""),
                               irt=reply_to(po), extra=outlook_extra("en-US", request_subject(po))),
                       body(plain, htm, seed="c1"))
    B.add("us-hospital-beds-all-accepted", "confirmation / en-US",
          "Outlook reply that confirms everything; 12/11/2026 is month-first, quote validity 11/30 and 80x200 sizes are distractors.",
          [po], eml, C("All three lines confirmed as ordered; 12/11/2026 is December 11 in en-US; quote validity date is not a delivery date.",
                       all_acc(po)))


@case
def c_de_frozen_kw227(B):
    s = sup("TKEMS", "Tiefkühlkost Emsland GmbH", "auftrag@tk-emsland.example", "de-DE")
    po = PO("4500031102", s, [
        L(1, "FV-ERB-10", "Peas, frozen, extra fine, carton 10 kg", 120, "CT", "18.40", "2027-01-08"),
        L(2, "FV-BRO-10", "Broccoli florets 20-40 mm, frozen, carton 10 kg", 80, "CT", "24.90", "2027-01-08"),
        L(3, "FV-MIX-10", "Vegetable mix 4-way, frozen, carton 10 kg", 60, "CT", "21.30", "2027-01-08"),
    ], "2026-11-03", BUYERS["tomas"])
    top = """Sehr geehrter Herr Lindqvist,

vielen Dank für Ihre Bestellung 4500031102 vom 03.11.2026.

Wir bestätigen Ihnen alle drei Positionen in den bestellten Mengen und zu den genannten Preisen. Wegen der Werksinventur zum Jahreswechsel ist der früheste Liefertermin KW 2/27 (frei Haus, Kühltransport bei -18 °C).

Zur Info: 1 Palette = 60 Kartons à 10 kg. Die Erbsen kommen also auf 2 vollen Paletten, Brokkoli und Gemüsemix gehen als Mischpalette.

Mit freundlichen Grüßen

i. A. Katrin Böhmer
Auftragsabwicklung / Innendienst
Tiefkühlkost Emsland GmbH
Am Hafen 12 · 49716 Meppen
Tel. +49 5931 555-230

Geschäftsführer: Heinrich Tebben · Amtsgericht Osnabrück HRB 204117"""
    sent = "Dienstag, 3. November 2026 09:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "de", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "de", sent), "DE")
    subj = "AW: " + request_subject(po)
    eml = mime.message(headers(mime.addr("Böhmer, Katrin", "k.boehmer@tk-emsland.example"), buyer_to(po), subj,
                               maildate("2026-11-04 10:05", "+0100"), msgid("outlook", "c2", ""),
                               irt=reply_to(po), extra=outlook_extra("de-DE", request_subject(po))),
                       body(plain, htm, seed="c2", charset="iso-8859-1"))
    d = kw(2027, 2)
    assert d == "2027-01-15"
    B.add("de-frozen-veg-kw-2-27", "confirmation / de-DE",
          "Delivery given only as 'KW 2/27' (Friday of ISO week 2 of 2027); -18 °C, 20-40 mm and pallet remark are noise; ISO-8859-1 QP.",
          [po], eml, C("KW 2/27 = ISO week 2 of 2027, Friday 2027-01-15; quantities and prices as ordered.",
                       conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: chg(po, 3, d=d)})))


@case
def c_gb_stainless_pdf(B):
    s = sup("SHEFSS", "Sheffield Stainless Stockholders Ltd", "sales@sheffield-stainless.example", "en-GB")
    po = PO("4500031103", s, [
        L(1, "SS-304-2B-2.0", "Sheet 1.4301 (304) 2B, 2.0 x 1250 x 2500 mm", 40, "SH", "168.00", "2026-12-18"),
        L(2, "SS-316L-2B-1.5", "Sheet 1.4404 (316L) 2B, 1.5 x 1000 x 2000 mm", 25, "SH", "142.50", "2026-12-18"),
    ], "2026-11-02", BUYERS["owen"], "GBP")
    top = """Morning Owen,

Please find attached our order acknowledgement OA-118243 against your PO 4500031103.

Unfortunately the 2.0mm 304 2B is sold through until our next mill delivery lands, so rather than split it we'll send both lines together on Jan 8th, 2027. Prices as per your order. Mill certs to EN 10204 3.1 will travel with the goods.

Kind regards,
Gemma Hollis
Sales Office
Sheffield Stainless Stockholders Ltd
Unit 4, Brightside Lane, Sheffield S9 2RX
T: 0114 555 7781

This e-mail and any attachments are confidential and intended solely for the addressee."""
    sent = "02 November 2026 09:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "en", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "en", sent), "EN-GB")
    pg = pdf.Page()
    pg.text(50, 790, "SHEFFIELD STAINLESS STOCKHOLDERS LTD", 13, True)
    pg.text(50, 774, "Unit 4, Brightside Lane, Sheffield S9 2RX  -  VAT GB 284 5519 07", 8)
    pg.text(50, 740, "ORDER ACKNOWLEDGEMENT", 12, True)
    y = pg.rows([50, 190], 720, [["Acknowledgement no.", "OA-118243"], ["Date", "04/11/2026"],
                                 ["Customer", "Kestrel Procurement Services"], ["Your order ref.", "PO 4500031103"],
                                 ["Delivery date", "08/01/2027"], ["Delivery terms", "DAP Kestrel, Goods In"],
                                 ["Payment", "30 days end of month"]], size=9)
    y = pg.rows([50, 80, 170, 380, 430, 490], y - 16, [
        ["Ln", "Our code", "Description", "Qty", "Price", "Value"],
        ["1", "S304-2B-020-1225", "1.4301 2B 2.0 x 1250 x 2500 mm", "40 sh", "168.00", "6,720.00"],
        ["2", "S316-2B-015-1020", "1.4404 2B 1.5 x 1000 x 2000 mm", "25 sh", "142.50", "3,562.50"],
    ], size=9, bold_first=True)
    pg.rows([380, 490], y - 8, [["Goods total GBP", "10,282.50"]], size=9)
    pg.text(50, 120, "All goods remain our property until paid in full. E&OE.", 7)
    att = mime.attachment(pdf.build([pg], "OA-118243", "Sage 200 Report Designer"), "application/pdf", "OA-118243.pdf")
    eml = mime.message(headers(mime.addr("Gemma Hollis", "gemma.hollis@sheffield-stainless.example"), buyer_to(po),
                               "RE: " + request_subject(po), maildate("2026-11-04 08:41", "+0000"),
                               msgid("outlook", "c3", ""), irt=reply_to(po),
                               extra=outlook_extra("en-GB", request_subject(po), True)),
                       body(plain, htm, [att], seed="c3"))
    d = "2027-01-08"
    B.add("gb-stainless-jan8-text-and-pdf", "confirmation / en-GB",
          "Date written 'Jan 8th, 2027' in the mail and '08/01/2027' (day-first) in the attached PDF acknowledgement; both mean the same day.",
          [po], eml, C("Both lines move to 2027-01-08 (text 'Jan 8th, 2027', PDF 08/01/2027 en-GB); PDF date 04/11/2026 is the document date.",
                       conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})))


@case
def c_fr_paint_pct(B):
    s = sup("PMATL", "Peintures Marines de l'Atlantique SAS", "adv@pm-atlantique.example", "fr-FR")
    po = PO("4500031104", s, [
        L(1, "MP-AF-RED-5L", "Antifouling paint, red, tin 5 l", 60, "TIN", "87.50", "2026-12-04"),
        L(2, "MP-PR-GRY-5L", "Epoxy primer 2K, grey, tin 5 l", 40, "TIN", "64.00", "2026-12-04"),
        L(3, "MP-TH-05-1L", "Thinner No. 5, can 1 l", 30, "CAN", "9.80", "2026-12-04"),
    ], "2026-11-03", BUYERS["claire"])
    top = """Bonjour Madame Dubois,

Nous accusons réception de votre commande n° 4500031104 et vous en remercions.

Suite à la hausse du prix des résines époxy, une majoration de 4 % s'applique depuis le 1er novembre sur l'antifouling et le primaire (lignes 1 et 2). Le diluant n° 5 reste au prix de votre commande.

Les quantités sont confirmées (60 + 40 bidons de 5 l, 30 bidons de 1 l), livraison le vendredi 4 décembre 2026 à votre dépôt de Lorient.

Bien cordialement,

Yann Le Goff
Administration des ventes
Peintures Marines de l'Atlantique SAS
ZI de Kerpont – 56850 Caudan
Tél. : 02 97 55 14 80"""
    attr = "Le mar. 3 nov. 2026 à 09:12, Claire Dubois <claire.dubois@kestrel-procurement.example> a écrit :"
    plain = top + "\n\n" + attr + "\n" + quote(request_text(po))
    htm = gmail_html(plain_to_html(top), attr, request_text(po))
    eml = mime.message(headers(mime.addr("Yann Le Goff", "adv@pm-atlantique.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-05 11:37", "+0100"),
                               msgid("gmail", "c4", ""), irt=reply_to(po)),
                       body(plain, htm, seed="c4", style="gmail"))
    is_weekday("2026-12-04", "Fri")
    B.add("fr-marine-paint-4pct", "confirmation / fr-FR",
          "A '+4 %' surcharge on two of three lines must be applied to the PO unit price; '1er novembre', 'n° 5', '2K' are distractors.",
          [po], eml, C("4 % on 87.50 = 91.00 and on 64.00 = 66.56; thinner unchanged; date as ordered.",
                       conf(po, {1: chg(po, 1, p=money(Decimal("87.50") * Decimal("1.04"))),
                                 2: chg(po, 2, p=money(Decimal("64.00") * Decimal("1.04"))),
                                 3: acc(po, 3)})))


@case
def c_cn_semis_per_k(B):
    s = sup("HXELEC", "Shenzhen Huaxin Electronics Co., Ltd.", "sales@huaxin-elec.example", "zh-CN")
    po = PO("4500031105", s, [
        L(1, "CAP-0402-104K16", "MLCC 0402 100nF 16V X7R, reel 3000 pcs", 20, "REEL", "9.60", "2026-12-11"),
        L(2, "RES-0603-10K-1", "Chip resistor 0603 10k 1% 0.1W, reel 3000 pcs", 10, "REEL", "2.40", "2026-12-11"),
    ], "2026-11-02", BUYERS["priya"], "USD")
    top = """Priya 您好，

贵司订单 4500031105 已收到，谢谢！确认如下：

1. CAP-0402-104K16（0402 100nF 16V X7R）
   数量：60,000 pcs（20 盘，每盘 3000 pcs）
   单价：USD 3.50 / 千个（因原材料涨价，请知悉）
   交期：2026年12月11日

2. RES-0603-10K-1（0603 10K 1%）
   数量：30,000 pcs（10 盘）
   单价：USD 0.80 / 千个
   交期：2026年12月11日

付款方式：T/T 30 天。报价有效期至 2026年11月30日。

如有问题请随时联系。

祝好！
李静 Li Jing
深圳华芯电子有限公司 销售部
电话：+86 755 5555 8123"""
    attr = "在 2026年11月2日 周一 16:12，Priya Natarajan <priya.natarajan@kestrel-procurement.example> 写道："
    plain = top + "\n\n" + attr + "\n" + quote(request_text(po))
    eml = mime.message(headers(mime.addr("李静", "sales@huaxin-elec.example", "gb2312"), buyer_to(po),
                               "回复：" + request_subject(po), maildate("2026-11-03 10:18", "+0800"),
                               msgid("other", "c5", "huaxin-elec.example"), irt=reply_to(po),
                               extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")], charset="gb2312"),
                       body(plain, None, seed="c5", charset="gb2312", cte="base64"))
    B.add("cn-mlcc-price-per-thousand-reels", "confirmation / zh-CN",
          "PO is in reels of 3000 but the supplier quotes USD per 1000 pieces; GB2312 base64 text; '0402 100nF 16V' and quote validity are traps.",
          [po], eml, C("Line 1: USD 3.50/1000 pcs x 3 = 10.50 per reel (PO 9.60) -> changed; line 2: 0.80/1000 x 3 = 2.40 per reel = PO.",
                       conf(po, {1: chg(po, 1, p="10.50"), 2: acc(po, 2)})))


@case
def c_sg_semis_eol(B):
    s = sup("STRAITS", "Straits Components Pte Ltd", "orders@straitscomp.example", "en-SG")
    po = PO("4500031106", s, [
        L(1, "MCU-STM32G0-48", "MCU STM32G030C8T6, LQFP48", 3000, "PCS", "0.92", "2027-01-15"),
        L(2, "LDO-AP2112K-33", "LDO regulator AP2112K-3.3, SOT-23-5", 6000, "PCS", "0.11", "2027-01-15"),
        L(3, "EEP-24LC02-SN", "EEPROM 24LC02B-I/SN, SOIC-8", 2500, "PCS", "0.19", "2027-01-15"),
    ], "2026-11-04", BUYERS["priya"], "USD")
    top = """Hi Priya,

Pls see our confirmation for PO 4500031106 below:

Ln 1  STM32G030C8T6      3,000 pcs  @ USD 0.92   ETA 15/01/2027
Ln 2  AP2112K-3.3TRG1    6,000 pcs  @ USD 0.11   ETA 15/01/2027  (MPQ 3,000 - ok)
Ln 3  24LC02B-I/SN       sorry, this part is end of life, last time buy closed on 30/09/2026. We cannot support this line. Microchip suggests 24AA02 as alternative, can quote if you like.

Our ref SO-SG-260914. Shipping via DHL, DAP.

Thanks & regards
Tan Wei Ming
Customer Service Executive
Straits Components Pte Ltd | 18 Kaki Bukit Road 3 #04-11 Singapore 415978"""
    attr = "On Wed, 4 Nov 2026 at 16:12, Priya Natarajan <priya.natarajan@kestrel-procurement.example> wrote:"
    plain = top + "\n\n" + attr + "\n" + quote(request_text(po))
    htm = gmail_html("<pre style=\"font-family:arial\">" + esc(top) + "</pre>", attr, request_text(po))
    eml = mime.message(headers(mime.addr("Tan Wei Ming", "weiming.tan@straitscomp.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-05 09:02", "+0800"),
                               msgid("gmail", "c6", ""), irt=reply_to(po)),
                       body(plain, htm, seed="c6", style="gmail"))
    B.add("sg-semis-eol-ltb-closed", "confirmation / en-SG",
          "Third line rejected as 'end of life, last time buy closed on 30/09/2026' - the date there is not a delivery; MPQ remark is no change.",
          [po], eml, C("Lines 1-2 confirmed as ordered (15/01/2027 day-first); line 3 rejected (EOL, LTB closed).",
                       conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ})))


@case
def c_it_capsules_per_capsule(B):
    s = sup("AURORA", "Torrefazione Aurora S.r.l.", "ordini@torrefazione-aurora.example", "it-IT")
    po = PO("4500031107", s, [
        L(1, "CAP-ESP-INT-50", "Coffee capsules Intenso, box of 50", 200, "BOX", "15.50", "2026-11-27"),
        L(2, "CAP-DEK-50", "Coffee capsules decaf, box of 50", 40, "BOX", "16.25", "2026-11-27"),
    ], "2026-11-03", BUYERS["claire"])
    top = """Buongiorno Sig.ra Dubois,

confermiamo il Vs. ordine n. 4500031107 con consegna venerdì 27/11 come richiesto.

Unica variazione: per l'Intenso vale già il listino 2027, cioè 0,32 EUR a capsula (16,00 EUR la confezione da 50). Il decaffeinato resta al prezzo d'ordine.

Cordiali saluti
Francesca Moretti
Ufficio Commerciale
Torrefazione Aurora S.r.l. - Via dell'Artigianato 7 - 37135 Verona
P.IVA 04417750231"""
    attr = "Il 03/11/2026 09:12, Claire Dubois ha scritto:"
    plain = top + "\n\n" + attr + "\n" + quote(request_text(po))
    eml = mime.message(headers(mime.addr("Francesca Moretti", "ordini@torrefazione-aurora.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-04 15:46", "+0100"),
                               msgid("thunderbird", "c7", "torrefazione-aurora.example"), irt=reply_to(po),
                               extra=[("User-Agent", "Mozilla Thunderbird 128.4.0"), ("Content-Language", "it-IT")]),
                       body(plain, None, seed="c7", style="thunderbird", cte="8bit"))
    assert next_md(11, 27, "2026-11-04") == "2026-11-27"
    B.add("it-capsules-price-per-capsule", "confirmation / it-IT",
          "New price stated per capsule (0,32) on a PO priced per box of 50; date '27/11' has no year; Thunderbird plain text.",
          [po], eml, C("Line 1: 0.32 x 50 = 16.00 per box (PO 15.50); line 2 unchanged; 27/11 -> 2026-11-27.",
                       conf(po, {1: chg(po, 1, p="16.00"), 2: acc(po, 2)})))


@case
def c_nl_erp_html_table(B):
    s = sup("VLISO", "Van Leeuwen Isolatietechniek B.V.", "verkoop@vanleeuwen-iso.example", "nl-NL")
    po = PO("4500031108", s, [
        L(1, "IT-PVC-19-BK", "Insulation tape PVC 19 mm x 20 m, black", 500, "ROL", "0.98", "2026-12-04"),
        L(2, "IT-PVC-19-YG", "Insulation tape PVC 19 mm x 20 m, yellow/green", 200, "ROL", "1.05", "2026-12-04"),
        L(3, "IT-VUL-25-10", "Self-amalgamating tape 25 mm x 10 m", 60, "ROL", "6.40", "2026-12-04"),
    ], "2026-11-04", BUYERS["tomas"])
    rows = [("10", "VL-4471019", "PVC tape 19mm x 20m zwart", "500", "ROL", "9,80", "10", "04.12.2026"),
            ("20", "VL-4471027", "PVC tape 19mm x 20m geel/groen", "200", "ROL", "10,50", "10", "04.12.2026"),
            ("30", "VL-5520510", "Vulkaniserende tape 25mm x 10m", "60", "ROL", "64,00", "10", "11.12.2026")]
    tr = "".join("<tr>" + "".join(f'<td style="padding:2px 6px;border:1px solid #999">{esc(c)}</td>' for c in r) + "</tr>"
                 for r in rows)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Geachte heer Lindqvist,</p>
<p>Hartelijk dank voor uw bestelling. Hierbij bevestigen wij uw inkooporder <b>4500031108</b> als volgt:</p>
<p>Orderbevestiging: <b>2260418</b> &nbsp; Datum: 05.11.2026 &nbsp; Klantnummer: 100734</p>
<table style="border-collapse:collapse;font-size:9pt">
<tr style="background:#dde4ee"><th>Pos</th><th>Material</th><th>Omschrijving</th><th>Qty</th><th>UoM</th><th>Price</th><th>Per</th><th>Delivery</th></tr>
{tr}
</table>
<p>Prijzen in EUR, excl. BTW. Leveringsconditie: DAP. Betaling: 30 dagen netto.<br>
Let op: pos. 30 wordt een week later geleverd, de vulkaniserende tape komt bij ons binnen in week 49.</p>
<p>Met vriendelijke groet,<br>Ilse Verbeek<br>Binnendienst Verkoop<br>Van Leeuwen Isolatietechniek B.V. | Industrieweg 40 | 3433 NW Nieuwegein</p>
<p style="font-size:7pt;color:#888">Op al onze offertes en leveringen zijn de Metaalunievoorwaarden van toepassing.</p>
</body></html>"""
    eml = mime.message(headers(mime.addr("Verkoop Van Leeuwen", "verkoop@vanleeuwen-iso.example"), buyer_to(po),
                               "Orderbevestiging 2260418 / uw order 4500031108", maildate("2026-11-05 13:10", "+0100"),
                               msgid("other", "c8", "vanleeuwen-iso.example"), irt=reply_to(po)),
                       body(None, htm, seed="c8", style="other"))
    B.add("nl-erp-html-table-per-10", "confirmation / nl-NL",
          "HTML-only ERP table with Pos/Material/Qty/UoM/Price/Per/Delivery: prices are per 10 rolls, own item codes and positions 10/20/30; 'week 49' is the goods-in week, not delivery.",
          [po], eml, C("Price per 10 ROL -> 0.98, 1.05, 6.40 per roll = PO; pos 30 delivered 11.12.2026 instead of 04.12.",
                       conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d="2026-12-11")})))


@case
def c_es_wine_cases(B):
    s = sup("BSCAZ", "Bodegas Sierra de Cazorla S.L.", "pedidos@bodegas-cazorla.example", "es-ES")
    po = PO("4500031109", s, [
        L(1, "WN-TMP-CRZ-75", "Tempranillo Crianza 2022, 0.75 l", 110, "BT", "7.40", "2026-12-10"),
        L(2, "WN-VRD-25-75", "Verdejo 2025, 0.75 l", 96, "BT", "5.90", "2026-12-10"),
    ], "2026-11-05", BUYERS["dana"])
    top = """Hola Dana:

Gracias por el pedido 4500031109.

El Crianza sólo lo servimos en cajas de 6 botellas, así que lo hemos redondeado a 19 cajas (114 botellas). El Verdejo va en cajas de 12: 8 cajas = 96 botellas, perfecto.

Los precios por botella son los de su pedido y la entrega será el jueves 10 de diciembre.

Un saludo,
Lucía Ortega
Dpto. Comercial · Bodegas Sierra de Cazorla
Tel. 953 55 72 10

Enviado desde mi iPhone"""
    attr = "El 5 nov 2026, a las 9:12, Dana Ruiz <dana.ruiz@kestrel-procurement.example> escribió:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
           f'<div dir="ltr">{plain_to_html(top)}</div><div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br>'
           f'{plain_to_html(request_text(po))}</blockquote></div></body></html>')
    eml = mime.message(headers(mime.addr("Lucía Ortega", "lucia.ortega@bodegas-cazorla.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-05 18:31", "+0100"),
                               msgid("apple", "c9", "bodegas-cazorla.example"), irt=reply_to(po),
                               extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                       body(plain, htm, seed="c9", style="apple"))
    is_weekday(next_md(12, 10, "2026-11-05"), "Thu")
    B.add("es-wine-rounded-to-cases", "confirmation / es-ES",
          "Quantity rounded to whole cases of 6 (110 -> 114 bottles) on a PO in bottles; vintage years 2022/2025 and '0.75 l' are noise; date without year.",
          [po], eml, C("Line 1: 19 cases x 6 = 114 bottles; line 2: 8 x 12 = 96 = PO; 'jueves 10 de diciembre' -> 2026-12-10.",
                       conf(po, {1: chg(po, 1, q=114), 2: acc(po, 2)})))


@case
def c_br_pellets_ship_vs_delivery(B):
    s = sup("PSGAU", "Pellets Serra Gaúcha Ltda.", "vendas@pelletsserra.example", "pt-BR")
    po = PO("4500031110", s, [
        L(1, "WP-ENA1-15KG", "Wood pellets ENplus A1, 6 mm, bags of 15 kg", 24, "T", "228.00", "2027-01-22"),
        L(2, "WP-ENA1-BB1T", "Wood pellets ENplus A1, 6 mm, big bag 1 t", 10, "T", "205.00", "2027-01-22"),
    ], "2026-11-02", BUYERS["marek"], "USD")
    top = """Prezado Marek, bom dia!

Confirmamos o pedido 4500031110 conforme abaixo:

Item 1 - 1.600 sacos de 15 kg (24 t) - US$ 228,00/t
Item 2 - 10 big bags de 1 t (10 t) - US$ 205,00/t

Embarque previsto (saída da fábrica em Lages/SC): 05/01/2027
Entrega no destino: 22/01/2027

Condição de pagamento: 30 dias da data da fatura. Certificado ENplus n.º BR 002 válido até 31/03/2027.

Atenciosamente,
Rafael Schmitt
Comercial Exportação
Pellets Serra Gaúcha Ltda."""
    attr = "Em seg., 2 de nov. de 2026 às 05:12, Marek Horvath <marek.horvath@kestrel-procurement.example> escreveu:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = gmail_html(plain_to_html(top), attr, request_text(po))
    eml = mime.message(headers(mime.addr("Rafael Schmitt", "vendas@pelletsserra.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-03 08:55", "-0300"),
                               msgid("gmail", "c10", ""), irt=reply_to(po)),
                       body(plain, htm, seed="c10", style="gmail"))
    B.add("br-pellets-ship-and-delivery-date", "confirmation / pt-BR",
          "Both a ship date (05/01/2027) and a delivery date (22/01/2027) are given, the delivery date wins; bags of 15 kg must be turned into tonnes; certificate validity date.",
          [po], eml, C("1.600 bags x 15 kg = 24 t = PO; delivery 22/01/2027 = requested; ship date and certificate date are distractors.",
                       all_acc(po)))


@case
def c_pl_hoses_lengths(B):
    s = sup("HYDPOL", "Hydrant-Pol Sp. z o.o.", "zamowienia@hydrantpol.example", "pl-PL")
    po = PO("4500031111", s, [
        L(1, "FH-52-20", "Fire hose DN52 (C-52), lined, in lengths of 20 m", 500, "M", "4.85", "2026-12-18"),
        L(2, "FH-75-20", "Fire hose DN75 (B-75), lined, in lengths of 20 m", 130, "M", "7.20", "2026-12-18"),
        L(3, "CPL-STORZ-C", "Storz coupling C-52, aluminium", 50, "PCS", "11.30", "2026-12-18"),
    ], "2026-11-05", BUYERS["marek"])
    top = """Dzień dobry Panie Marku,

potwierdzamy zamówienie nr 4500031111:

poz. 1 - wąż C-52: 25 odcinków po 20 m = 500 m, cena 4,85 EUR/m
poz. 2 - wąż B-75: węże sprzedajemy wyłącznie w pełnych odcinkach 20 m, dlatego potwierdzamy 7 odcinków = 140 m, cena bez zmian (7,20 EUR/m)
poz. 3 - łączniki Storz C-52: 50 szt., 11,30 EUR/szt.

Termin dostawy: 18.12.2026 r.

Pozdrawiam serdecznie
Agnieszka Wójcik
Dział Sprzedaży
Hydrant-Pol Sp. z o.o., ul. Przemysłowa 8, 62-800 Kalisz"""
    sent = "czwartek, 5 listopada 2026 09:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "pl", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "pl", sent), "PL")
    eml = mime.message(headers(mime.addr("Agnieszka Wójcik", "a.wojcik@hydrantpol.example", "iso-8859-2"), buyer_to(po),
                               "Odp: " + request_subject(po), maildate("2026-11-06 12:20", "+0100"),
                               msgid("outlook", "c11", ""), irt=reply_to(po),
                               extra=outlook_extra("pl-PL", request_subject(po)), charset="iso-8859-2"),
                       body(plain, htm, seed="c11", charset="iso-8859-2"))
    B.add("pl-fire-hose-full-lengths", "confirmation / pl-PL",
          "Hose ordered in metres is rounded up to full 20 m lengths (130 -> 140 m); DN numbers and 'C-52'/'B-75' look like quantities; ISO-8859-2.",
          [po], eml, C("Line 2 rounded to 7 x 20 m = 140 m; lines 1 and 3 as ordered; 18.12.2026 = requested.",
                       conf(po, {1: acc(po, 1), 2: chg(po, 2, q=140), 3: acc(po, 3)})))


@case
def c_at_ebikes_three_kw(B):
    s = sup("ALPEM", "Alpen E-Mobility GmbH", "vertrieb@alpen-emob.example", "de-AT")
    po = PO("4500031112", s, [
        L(1, "EB-TRK-500-M", "E-trekking bike 500 Wh, frame M", 25, "PCS", "1890.00", "2026-12-04"),
        L(2, "BAT-500-36V", "Spare battery 36 V 500 Wh", 10, "PCS", "420.00", "2026-12-04"),
    ], "2026-11-06", BUYERS["tomas"])
    top = """Grüß Gott Herr Lindqvist,

danke für die Bestellung 4500031112!

Die 25 Trekkingräder können wir leider nicht auf einmal liefern, die Rahmen in M kommen in Tranchen aus dem Werk. Geplant ist:

KW 49: 10 Stk
KW 50: 10 Stk
KW 51: 5 Stk

Die 10 Ersatzakkus kommen gemeinsam mit der ersten Teillieferung in KW 49. Preise lt. Ihrer Bestellung, Lieferung frei Haus.

Liebe Grüße aus Innsbruck
Stefan Hofer
Vertriebsinnendienst
Alpen E-Mobility GmbH · Grabenweg 68 · 6020 Innsbruck · FN 412388s"""
    sent = "Freitag, 6. November 2026 09:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "de", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "de", sent), "DE-AT")
    eml = mime.message(headers(mime.addr("Hofer Stefan", "s.hofer@alpen-emob.example"), buyer_to(po),
                               "AW: " + request_subject(po), maildate("2026-11-09 08:17", "+0100"),
                               msgid("outlook", "c12", ""), irt=reply_to(po),
                               extra=outlook_extra("de-AT", request_subject(po))),
                       body(plain, htm, seed="c12"))
    w49, w50, w51 = kw(2026, 49), kw(2026, 50), kw(2026, 51)
    assert (w49, w50, w51) == ("2026-12-04", "2026-12-11", "2026-12-18")
    B.add("at-ebikes-split-three-calendar-weeks", "confirmation / de-AT",
          "Bikes split over KW 49/50/51 (Fridays 4, 11, 18 Dec) while the batteries ride with the first delivery, which equals the requested date.",
          [po], eml, C("Line 1 split 10/10/5 over week Fridays 2026-12-04/11/18; line 2 in KW 49 = 2026-12-04 = requested.",
                       conf(po, {1: chg(po, 1, sched=[(10, w49), (10, w50), (5, w51)], d=w51), 2: acc(po, 2)})))


@case
def c_de_ooo_colleague(B):
    s = sup("VWRHOEN", "Ventilatorenwerk Rhön GmbH", "innendienst@vw-rhoen.example", "de-DE")
    po = PO("4500031113", s, [
        L(1, "FAN-AX-630-4", "Axial fan 630 mm, 4-pole, 400 V", 6, "PCS", "612.00", "2026-12-18"),
        L(2, "FAN-RAD-315", "Centrifugal fan 315 mm, backward curved", 4, "PCS", "845.00", "2026-12-18"),
    ], "2026-11-09", BUYERS["tomas"])
    txt = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 20.11.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Jens Albrecht, Tel. +49 9741 555-214, jens.albrecht@vw-rhoen.example. Ihre E-Mail wird nicht automatisch weitergeleitet.

Ab Montag, 23.11.2026, bin ich wieder für Sie da.

Mit freundlichen Grüßen
Martina Schuck
Vertriebsinnendienst
Ventilatorenwerk Rhön GmbH"""
    eml = mime.message(headers(mime.addr("Schuck, Martina", "m.schuck@vw-rhoen.example"), buyer_to(po),
                               "Automatische Antwort: " + request_subject(po), maildate("2026-11-09 09:13", "+0100"),
                               msgid("outlook", "c13", ""), irt=reply_to(po),
                               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                      ("Content-Language", "de-DE")]),
                       body(txt, outlook_html(p_mso(txt), "", "DE"), seed="c13"))
    B.add("de-out-of-office-colleague", "auto_reply / de-DE",
          "Out-of-office naming a colleague and a return date (23.11.2026) that must not be read as a delivery date.",
          [po], eml, K("auto_reply", "Automatic out-of-office reply; the dates are absence dates, nothing is confirmed."))


@case
def c_dsn_only(B):
    s = sup("BALTPEL", "Baltic Pellet Trading UAB", "orders@balticpellet.example", "lt-LT")
    po = PO("4500031114", s, [
        L(1, "WP-ENA1-15KG", "Wood pellets ENplus A1, 6 mm, bags of 15 kg", 48, "T", "219.00", "2027-01-29"),
    ], "2026-11-09", BUYERS["marek"])
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; mx1.kestrel-procurement.example"),
         ("X-Postfix-Queue-ID", "4Qm7Yt2LbNz3wR"),
         ("X-Postfix-Sender", "rfc822; marek.horvath@kestrel-procurement.example"),
         ("Arrival-Date", "Mon,  9 Nov 2026 09:12:41 +0100 (CET)")],
        [[("Final-Recipient", "rfc822; orders@balticpellet.example"),
          ("Original-Recipient", "rfc822;orders@balticpellet.example"),
          ("Action", "failed"),
          ("Status", "5.1.1"),
          ("Remote-MTA", "dns; mx.balticpellet.example"),
          ("Diagnostic-Code", "smtp; 550 5.1.1 <orders@balticpellet.example>: Recipient address rejected: User unknown in virtual mailbox table")]])
    rep = mime.multipart("report", [ds], "4Qm7Yt2LbNz3wR.1762675962/mx1.kestrel-procurement.example",
                         '; report-type=delivery-status')
    eml = mime.message([("From", "MAILER-DAEMON@mx1.kestrel-procurement.example (Mail Delivery System)"),
                        ("To", "marek.horvath@kestrel-procurement.example"),
                        ("Subject", "Undelivered Mail Returned to Sender"),
                        ("Date", "Mon,  9 Nov 2026 09:12:43 +0100 (CET)"),
                        ("Message-ID", "<20261109081243.5B1C2A0031@mx1.kestrel-procurement.example>"),
                        ("Auto-Submitted", "auto-replied")], rep)
    B.add("lt-dsn-status-part-only", "bounce / lt-LT",
          "Bounce whose multipart/report carries only the message/delivery-status part - no human-readable text, no returned message.",
          [po], eml, K("bounce", "Postfix DSN with only a delivery-status part: 5.1.1 user unknown for the supplier address."))


# =====================================================================================
# chunk 2
# =====================================================================================

@case
def c_ie_before_christmas(B):
    s = sup("SHANNON", "Shannon Straw & Bedding Ltd", "orders@shannonbedding.example", "en-IE")
    po = PO("4500031115", s, [
        L(1, "PB-STRAW-CH-20", "Chopped straw bedding, dust-extracted, bale 20 kg", 120, "BALE", "8.75", "2026-12-16"),
        L(2, "PB-HEMP-20", "Hemp bedding, bale 20 kg", 40, "BALE", "14.60", "2026-12-16"),
    ], "2026-11-09", BUYERS["tomas"])
    top = """Hi Tomas,

Thanks a mil for the order, that's all grand. We'll have the bales with you before Christmas, no bother.

Declan

Sent from my Galaxy"""
    attr = "On Mon 9 Nov 2026, 08:12 Tomas Lindqvist, <tomas.lindqvist@kestrel-procurement.example> wrote:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = gmail_html(plain_to_html(top), attr, request_text(po))
    eml = mime.message(headers(mime.addr("Declan Moloney", "declan@shannonbedding.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-10 19:48", "+0000"),
                               msgid("gmail", "c15", ""), irt=reply_to(po)),
                       body(plain, htm, seed="c15", style="gmail"))
    B.add("ie-before-christmas-no-date", "needs_review / en-IE",
          "Mobile reply that sounds like a yes but only promises delivery 'before Christmas' - no date a buyer could book against the requested 16 Dec.",
          [po], eml, K("needs_review", "'Before Christmas' is no delivery date; the reply commits to nothing a buyer can record, so a human must follow up."))


@case
def c_hu_led_dates(B):
    s = sup("FENYSOR", "Fénysor Világítástechnika Kft.", "rendeles@fenysor.example", "hu-HU")
    po = PO("4500031116", s, [
        L(1, "LED-SL-60W-4K", "LED street light 60 W, 4000 K, IP66, 7800 lm", 40, "PCS", "186.00", "2027-01-08"),
        L(2, "LED-SL-100W-4K", "LED street light 100 W, 4000 K, IP66", 20, "PCS", "238.00", "2027-01-08"),
        L(3, "BRK-SL-48-60", "Pole bracket for spigot 48-60 mm", 60, "PCS", "14.20", "2027-01-08"),
    ], "2026-11-06", BUYERS["marek"])
    top = """Tisztelt Horvath Úr!

Köszönjük a 4500031116 számú megrendelését, az alábbiak szerint igazoljuk vissza:

1. tétel – LED utcai lámpatest 60 W, 4000 K: 40 db, 186,00 EUR/db, szállítás: 2027. január 22.
2. tétel – LED utcai lámpatest 100 W, 4000 K: 20 db, 238,00 EUR/db, szállítás: 2027. február 5.
3. tétel – oszlopkar 48-60 mm: 60 db, 14,20 EUR/db, szállítás: 2027. január 8.

A 100 W-os lámpatestek meghajtói (Meanwell XLG-100) csak január végén érkeznek, ezért a későbbi határidő.
Fizetési feltétel: 30 nap. A szállítás DAP paritáson történik.

Üdvözlettel:
Kovács Eszter
értékesítési asszisztens
Fénysor Világítástechnika Kft. | 6000 Kecskemét, Ipar utca 14."""
    top_latin2 = top.replace("–", "-")
    sent = "2026. november 6., péntek 9:12"
    plain = top_latin2 + "\n\n" + outlook_quote_plain(po, "hu", sent)
    htm = outlook_html(p_mso(top_latin2), outlook_quote_html(po, "hu", sent), "HU")
    eml = mime.message(headers(mime.addr("Kovács Eszter", "kovacs.eszter@fenysor.example", "iso-8859-2"), buyer_to(po),
                               "VS: " + request_subject(po), maildate("2026-11-10 10:40", "+0100"),
                               msgid("outlook", "c16", ""), irt=reply_to(po),
                               extra=outlook_extra("hu-HU", request_subject(po)), charset="iso-8859-2"),
                       body(plain, htm, seed="c16", charset="iso-8859-2"))
    B.add("hu-led-street-lights-new-dates", "confirmation / hu-HU",
          "Hungarian year-first dates ('2027. január 22.') differ per line; 4000 K, IP66, 7800 lm and '48-60 mm' are numeric noise; ISO-8859-2.",
          [po], eml, C("Line 1 -> 2027-01-22, line 2 -> 2027-02-05, line 3 as requested 2027-01-08; prices and quantities unchanged.",
                       conf(po, {1: chg(po, 1, d="2027-01-22"), 2: chg(po, 2, d="2027-02-05"), 3: acc(po, 3)})))


@case
def c_ro_uniform_sizes(B):
    s = sup("TXBANAT", "Confecții Textila Banat S.R.L.", "comenzi@textilabanat.example", "ro-RO")
    sizes = ["S", "M", "L", "XL", "XXL"]
    qtys = [20, 40, 40, 30, 30]
    po = PO("4500031117", s, [
        L(i + 1, f"WU-JKT-NV-{z}", f"Work jacket navy, 65/35 poly-cotton, size {z}", q, "PCS", "23.80", "2026-12-11")
        for i, (z, q) in enumerate(zip(sizes, qtys))], "2026-11-05", BUYERS["claire"])
    top = """Bună ziua doamna Dubois,

Vă confirmăm comanda nr. 4500031117 pentru jachetele de lucru bleumarin (65% poliester / 35% bumbac):

- S: 20 buc.
- M: 40 buc.
- L: 40 buc.
- XL: 30 buc.

toate la 23,80 EUR/buc., livrare în data de 11.12.2026.

Pentru mărimea XXL avem în stoc doar 15 buc., pe care le livrăm tot pe 11.12.2026. Celelalte 15 buc. nu le putem confirma deocamdată, revenim cu un termen după ce primim țesătura. Vă rugăm să rețineți că la XXL se aplică un supliment de 1,50 EUR/buc., deci prețul este 25,30 EUR/buc.

Cu stimă,
Ioana Munteanu
Departament Vânzări
Confecții Textila Banat S.R.L. | Timișoara, Calea Șagului 120"""
    sent = "joi, 5 noiembrie 2026 09:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "ro", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "ro", sent), "RO")
    eml = mime.message(headers(mime.addr("Ioana Munteanu", "ioana.munteanu@textilabanat.example"), buyer_to(po),
                               "RE: " + request_subject(po), maildate("2026-11-10 14:05", "+0200"),
                               msgid("outlook", "c17", ""), irt=reply_to(po),
                               extra=outlook_extra("ro-RO", request_subject(po))),
                       body(plain, htm, seed="c17"))
    B.add("ro-uniforms-xxl-partial-surcharge", "confirmation / ro-RO",
          "Five size lines: S-XL confirmed in a list, XXL only 15 of 30 with a size surcharge stated as '+1,50' and as the resulting 25,30; 65/35 fabric split is noise.",
          [po], eml, C("Sizes S-XL as ordered; XXL 15 pcs at 25.30 (23.80 + 1.50) on 2026-12-11, rest not committed.",
                       conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3), 4: acc(po, 4),
                                 5: chg(po, 5, q=15, p="25.30")})))


@case
def c_tr_bedding_moq(B):
    s = sup("EGETLS", "Ege Talaş Sanayi Ltd. Şti.", "satis@egetalas.example", "tr-TR")
    po = PO("4500031118", s, [
        L(1, "PB-WSH-20", "Wood shavings pet bedding, dust-free, bale 20 kg", 40, "BALE", "6.90", "2026-12-15"),
        L(2, "PB-PINE-PEL-15", "Pine pellet cat litter, bag 15 kg", 80, "BAG", "5.40", "2026-12-15"),
    ], "2026-11-09", BUYERS["dana"])
    top = """Sayın Dana Ruiz,

4500031118 numaralı siparişiniz için teşekkür ederiz.

Talaş balyalarında minimum sipariş miktarımız 50 balyadır; bu nedenle 1. kalemi 50 balya olarak onaylıyoruz (birim fiyat değişmedi: 6,90 EUR/balya).
2. kalem: 80 torba çam peleti, 5,40 EUR/torba.

Teslim tarihi her iki kalem için: 15 Aralık 2026.
Teslim şekli: DAP, ödeme: 60 gün.

Saygılarımızla,
Mehmet Yıldırım
Satış Müdürü
Ege Talaş Sanayi Ltd. Şti. – Kemalpaşa OSB, İzmir"""
    top = top.replace("–", "-")
    sent = "9 Kasım 2026 Pazartesi 11:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "tr", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "tr", sent), "TR")
    eml = mime.message(headers(mime.addr("Mehmet Yıldırım", "mehmet.yildirim@egetalas.example", "iso-8859-9"), buyer_to(po),
                               "YNT: " + request_subject(po), maildate("2026-11-11 09:26", "+0300"),
                               msgid("outlook", "c18", ""), irt=reply_to(po),
                               extra=outlook_extra("tr-TR", request_subject(po)), charset="iso-8859-9"),
                       body(plain, htm, seed="c18", charset="iso-8859-9"))
    B.add("tr-pet-bedding-moq-50", "confirmation / tr-TR",
          "Minimum order quantity raises 40 bales to 50 at an unchanged price; '60 gün' payment days and bale weights are distractors; ISO-8859-9.",
          [po], eml, C("Line 1: MOQ 50 bales (PO 40); line 2 as ordered; 15 Aralık 2026 = requested.",
                       conf(po, {1: chg(po, 1, q=50), 2: acc(po, 2)})))


@case
def c_dk_fans_no_year(B):
    s = sup("NORDVENT", "Nordvent Ventilation A/S", "ordre@nordvent.example", "da-DK")
    po = PO("4500031119", s, [
        L(1, "FAN-EC-450", "EC axial fan 450 mm, 230 V", 8, "PCS", "398.00", "2027-01-08"),
        L(2, "FAN-ROOF-400", "Roof fan 400 mm, 3~400 V", 3, "PCS", "1260.00", "2027-01-08"),
    ], "2026-11-06", BUYERS["tomas"])
    top = """Hej Tomas

Tak for ordren.

Vi kan desværre ikke nå den 8/1 – begge positioner kan leveres torsdag d. 14/1. Priserne er som på ordren.

NB: Vores lager holder julelukket fra 23/12 til og med 3/1, så evt. ændringer skal være os i hænde inden d. 18/12.

Venlig hilsen
Mette Kjærgaard
Ordrekontor
Nordvent Ventilation A/S · Industrivej 22 · 8660 Skanderborg"""
    attr = "Den 6. nov. 2026 kl. 09.12 skrev Tomas Lindqvist <tomas.lindqvist@kestrel-procurement.example>:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           f'{plain_to_html(top)}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
           f'<div>{plain_to_html(request_text(po))}</div></blockquote></div></body></html>')
    eml = mime.message(headers(mime.addr("Mette Kjærgaard", "mk@nordvent.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-10 13:02", "+0100"),
                               msgid("apple", "c19", "nordvent.example"), irt=reply_to(po),
                               extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
                       body(plain, htm, seed="c19", style="apple"))
    d = is_weekday(next_md(1, 14, "2026-11-10"), "Thu")
    assert d == "2027-01-14"
    B.add("dk-fans-date-without-year", "confirmation / da-DK",
          "New date 'torsdag d. 14/1' has no year and must roll into 2027; the requested 8/1 and warehouse closing dates are quoted alongside.",
          [po], eml, C("Both lines to 2027-01-14 (next 14 January after the 10 Nov mail date); prices unchanged.",
                       conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})))


@case
def c_fi_syringes_per_1000(B):
    s = sup("MEDISTO", "Medisto Oy", "tilaukset@medisto.example", "fi-FI")
    po = PO("4500031120", s, [
        L(1, "SYR-2ML-LL", "Syringe 2 ml Luer lock, sterile, box of 100", 300, "BOX", "8.90", "2026-12-11"),
        L(2, "SYR-10ML-LL", "Syringe 10 ml Luer lock, sterile, box of 100", 150, "BOX", "13.40", "2026-12-11"),
        L(3, "NDL-21G-40", "Hypodermic needle 21G x 40 mm, box of 100", 200, "BOX", "3.10", "2026-12-11"),
    ], "2026-11-10", BUYERS["priya"])
    top = """Hei Priya,

kiitos tilauksesta 4500031120. Vahvistamme tilauksen seuraavasti:

rivi 1  Ruisku 2 ml Luer lock     300 ltk (30 000 kpl)   86,00 € / 1000 kpl   toimitus 11.12.2026
rivi 2  Ruisku 10 ml Luer lock    150 ltk (15 000 kpl)  134,00 € / 1000 kpl   toimitus 11.12.2026
rivi 3  Neula 21G x 40 mm         200 ltk                 3,10 € / ltk        toimitus viikolla 51

Erä 26K118, viimeinen käyttöpäivä 10/2031. CE 0123.

Ystävällisin terveisin
Laura Heikkinen
Asiakaspalvelu, Medisto Oy
puh. 020 555 4410"""
    attr = "10.11.2026 10.12, Priya Natarajan kirjoitti:"
    plain = top + "\n\n" + attr + "\n" + quote(request_text(po))
    eml = mime.message(headers(mime.addr("Laura Heikkinen", "laura.heikkinen@medisto.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-11 11:25", "+0200"),
                               msgid("thunderbird", "c20", "medisto.example"), irt=reply_to(po),
                               extra=[("User-Agent", "Mozilla Thunderbird 128.3.1"), ("Content-Language", "fi")]),
                       mime.text(plain, "plain", "iso-8859-15", "quoted-printable", flowed=True))
    w51 = kw(2026, 51)
    B.add("fi-syringes-price-per-1000", "confirmation / fi-FI",
          "Prices per 1000 pieces on a PO in boxes of 100 (86,00 -> 8.60 changed, 134,00 -> 13.40 unchanged); needle line in 'viikolla 51'; lot and expiry 10/2031.",
          [po], eml, C("Line 1 8.60/box (PO 8.90); line 2 13.40 = PO; line 3 week 51 -> Friday 2026-12-18.",
                       conf(po, {1: chg(po, 1, p="8.60"), 2: acc(po, 2), 3: chg(po, 3, d=w51)})))


@case
def c_za_hoses_address(B):
    s = sup("HVFIRE", "Highveld Fire Equipment (Pty) Ltd", "sales@highveldfire.example", "en-ZA")
    po = PO("4500031121", s, [
        L(1, "FH-LF-38-20", "Layflat hose 38 mm, 20 m length, coupled", 30, "LEN", "41.50", "2026-12-04"),
        L(2, "FH-LF-65-20", "Layflat hose 65 mm, 20 m length, coupled", 12, "LEN", "63.00", "2026-12-04"),
        L(3, "HR-30-19", "Hose reel 30 m x 19 mm, SANS 543", 10, "PCS", "118.00", "2026-12-04"),
    ], "2026-11-10", BUYERS["owen"], "USD")
    top = """Hi Owen

Confirming PO 4500031121 in full - 30 x 38mm and 12 x 65mm lengths plus the 10 hose reels, pricing as per PO, delivery 04/12/2026.

Just so you know, we'll drop at your Jet Park warehouse rather than Kempton Park, as per Sipho's mail last week about the new site. Shout if that's wrong.

Cheers
Lerato Dlamini
Sales Administrator
Highveld Fire Equipment (Pty) Ltd
14 Electron Avenue, Isando, 1600
Tel: 011 555 3091"""
    sent = "Tuesday, 10 November 2026 10:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "en", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "en", sent), "EN-ZA")
    eml = mime.message(headers(mime.addr("Lerato Dlamini", "lerato@highveldfire.example"), buyer_to(po),
                               "RE: " + request_subject(po), maildate("2026-11-11 08:03", "+0200"),
                               msgid("outlook", "c21", ""), irt=reply_to(po),
                               extra=outlook_extra("en-ZA", request_subject(po))),
                       body(plain, htm, seed="c21"))
    B.add("za-fire-hose-delivery-address-aside", "confirmation / en-ZA",
          "Full confirmation with a side remark moving the drop-off to another warehouse; the address change is not a line change; SANS 543 and 38mm/65mm are noise.",
          [po], eml, C("All lines as ordered, 04/12/2026 day-first = requested; delivery address remark does not change any line.",
                       all_acc(po)))


@case
def c_no_pellets_next_tuesday(B):
    s = sup("VLPELL", "Vestlandspellets AS", "ordre@vestlandspellets.example", "nb-NO")
    po = PO("4500031122", s, [
        L(1, "WP-8MM-15KG", "Wood pellets 8 mm, bag 15 kg", 1050, "BAG", "4.10", "2026-11-24"),
        L(2, "WP-BULK-6MM", "Wood pellets 6 mm, bulk, blown delivery", 6, "T", "265.00", "2026-11-24"),
    ], "2026-11-10", BUYERS["marek"])
    top = """Hei Marek!

Takk for bestillingen. Vi har alt på lager og kan levere begge postene allerede neste tirsdag, altså en uke før ønsket dato: 15 paller à 70 sekker = 1050 sekker, og 6 tonn bulk på tankbil samme dag.

Priser som i bestillingen. Gi beskjed om det ikke passer, så holder vi igjen til 24.

Mvh
Kristian Haugland
Vestlandspellets AS
Tlf 55 55 81 20"""
    attr = "tir. 10. nov. 2026 kl. 09:12 skrev Marek Horvath <marek.horvath@kestrel-procurement.example>:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = gmail_html(plain_to_html(top), attr, request_text(po))
    eml = mime.message(headers(mime.addr("Kristian Haugland", "kristian@vestlandspellets.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-12 15:40", "+0100"),
                               msgid("gmail", "c22", ""), irt=reply_to(po)),
                       body(plain, htm, seed="c22", style="gmail"))
    d = is_weekday("2026-11-17", "Tue")
    assert plus_days("2026-11-24", -7) == d
    B.add("no-pellets-next-tuesday-earlier", "confirmation / nb-NO",
          "Relative date 'neste tirsdag' from a Thursday 12 Nov mail = 17 Nov, a week before the requested date; the 'hold until the 24th' offer is conditional.",
          [po], eml, C("Both lines earlier: next Tuesday after Thu 2026-11-12 = 2026-11-17; 15 x 70 = 1050 bags = PO.",
                       conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})))


@case
def c_gr_paint_partial(B):
    s = sup("AEGMC", "Aegean Marine Coatings S.A.", "sales@aegeancoatings.example", "el-GR")
    po = PO("4500031123", s, [
        L(1, "MP-TOP-WHT-5L", "Polyurethane topcoat, white RAL 9010, tin 5 l", 100, "TIN", "72.00", "2026-11-27"),
        L(2, "MP-AF-BLU-5L", "Antifouling, blue, tin 5 l", 50, "TIN", "91.00", "2026-11-27"),
    ], "2026-11-06", BUYERS["claire"])
    top = """Αγαπητή κυρία Dubois,

σας ευχαριστούμε για την παραγγελία 4500031123.

Από τα 100 δοχεία των 5 λίτρων (λευκό RAL 9010) έχουμε διαθέσιμα 60, τα οποία παραδίδουμε στις 27/11/2026. Τα υπόλοιπα 40 θα είναι έτοιμα την εβδομάδα 3 του 2027.

Το antifouling (50 δοχεία) παραδίδεται κανονικά στις 27/11/2026.

Οι τιμές παραμένουν όπως στην παραγγελία σας.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Aegean Marine Coatings S.A. - Σχιστό, Πειραιάς
Τηλ. 210 555 4412"""
    sent = "Παρασκευή, 6 Νοεμβρίου 2026 10:12 πμ"
    plain = top + "\n\n" + outlook_quote_plain(po, "el", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "el", sent), "EL")
    eml = mime.message(headers(mime.addr("Νίκος Παπαδόπουλος", "n.papadopoulos@aegeancoatings.example", "iso-8859-7"),
                               buyer_to(po), "ΑΠ: " + request_subject(po), maildate("2026-11-11 12:44", "+0200"),
                               msgid("outlook", "c23", ""), irt=reply_to(po),
                               extra=outlook_extra("el-GR", request_subject(po)), charset="iso-8859-7"),
                       body(plain, htm, seed="c23", charset="iso-8859-7"))
    w3 = kw(2027, 3)
    assert w3 == "2027-01-22"
    B.add("gr-paint-partial-now-rest-week-3", "confirmation / el-GR",
          "Only 60 of 100 tins now, the other 40 'in week 3 of 2027' -> split schedule ending on the week-3 Friday; RAL 9010 is a number trap; Greek ISO-8859-7.",
          [po], eml, C("Line 1 split 60 on 2026-11-27 and 40 in week 3/2027 (Friday 2027-01-22); line 2 as ordered.",
                       conf(po, {1: chg(po, 1, d=w3, sched=[(60, "2026-11-27"), (40, w3)]), 2: acc(po, 2)})))


@case
def c_bg_sugar_two_pos(B):
    s = sup("TRSUGAR", "Trakia Sugar Mills AD", "sales@trakiasugar.example", "bg-BG")
    po1 = PO("4500031124", s, [
        L(1, "SUG-WHT-BB1T", "White sugar EU cat. 2, big bag 1 t", 20, "T", "640.00", "2026-12-08"),
        L(2, "SUG-WHT-25KG", "White sugar EU cat. 2, sack 25 kg", 5000, "KG", "0.72", "2026-12-08"),
    ], "2026-11-09", BUYERS["dana"])
    po2 = PO("4500031224", s, [
        L(1, "SUG-WHT-BB1T", "White sugar EU cat. 2, big bag 1 t", 15, "T", "640.00", "2026-12-11"),
    ], "2026-11-10", BUYERS["dana"])
    top = """Уважаема г-жо Руиз,

благодарим Ви за двете поръчки. Потвърждаваме ги, както следва:

Поръчка 4500031124:
поз. 1 – 20 биг бега по 1 т, 640,00 EUR/т, доставка 08.12.2026
поз. 2 – 5 000 кг в торби по 25 кг (200 торби), 0,72 EUR/кг, доставка 08.12.2026

Поръчка 4500031224:
поз. 1 – 15 т в биг бегове, доставка 15.12.2026 (вместо 11.12.2026, поради планиран ремонт на линията за пакетиране). Цената за тази поръчка е 655,00 EUR/т, тъй като от 01.12.2026 влиза в сила новата ни ценова листа.

С уважение,
Петя Иванова
Търговски отдел
Тракия Захарни Заводи АД, Пловдив"""
    top = top.replace("–", "-")
    sent = "10 ноември 2026 г. 09:12"
    plain = top + "\n\n" + outlook_quote_plain(po2, "bg", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po2, "bg", sent), "BG")
    eml = mime.message(headers(mime.addr("Петя Иванова", "p.ivanova@trakiasugar.example", "windows-1251"), buyer_to(po1),
                               "RE: Поръчки 4500031124 и 4500031224", maildate("2026-11-12 16:15", "+0200"),
                               msgid("outlook", "c24", ""), irt=reply_to(po2),
                               refs=f"{reply_to(po1)} {reply_to(po2)}",
                               extra=outlook_extra("bg-BG", "Поръчки 4500031124 и 4500031224"), charset="windows-1251"),
                       body(plain, htm, seed="c24", charset="windows-1251"))
    B.add("bg-sugar-two-pos-one-mail", "confirmation / bg-BG",
          "Two POs answered in one Cyrillic windows-1251 mail; the second has a new date and a price from a new list 'valid from 01.12.2026'; kg vs 25 kg sacks.",
          [po1, po2], eml, C("PO 4500031124 fully as ordered (200 sacks x 25 kg = 5000 kg); PO 4500031224 to 2026-12-15 at 655.00/t.",
                             all_acc(po1), conf(po2, {1: chg(po2, 1, p="655.00", d="2026-12-15")})))


@case
def c_ee_pellets_one_of_three(B):
    s = sup("SAAREG", "Saaremaa Graanul OÜ", "myyk@saaremaagraanul.example", "et-EE")
    po1 = PO("4500031125", s, [
        L(1, "WP-ENA1-15KG", "Wood pellets ENplus A1, 6 mm, bag 15 kg", 960, "BAG", "3.95", "2026-12-11"),
    ], "2026-11-04", BUYERS["marek"])
    po2 = PO("4500031225", s, [
        L(1, "WP-ENA1-BB1T", "Wood pellets ENplus A1, 6 mm, big bag 1 t", 12, "T", "212.00", "2026-12-11"),
        L(2, "PAL-EUR-EXCH", "EUR pallet, exchange", 12, "PCS", "9.50", "2026-12-11"),
    ], "2026-11-06", BUYERS["marek"])
    po3 = PO("4500031325", s, [
        L(1, "WP-BULK-6MM", "Wood pellets 6 mm, bulk, blown delivery", 20, "T", "198.00", "2026-12-18"),
    ], "2026-11-09", BUYERS["marek"])
    top = """Tere Marek!

Kinnitame tellimuse nr 4500031225:
- 12 suurkotti à 1 t, hind 212,00 EUR/t
- 12 EUR-alust (vahetus), 9,50 EUR/tk
Tarne mõlemale reale 18.12.2026, nädal hiljem kui soovisite - laadimisgraafik on enne jõule täis.

Tellimused 4500031125 ja 4500031325 on veel planeerimisel, anname nende kohta teada järgmisel nädalal.

Lugupidamisega
Kadri Tamm
müügijuht, Saaremaa Graanul OÜ
+372 555 1840"""
    attr = "Kuupäeval R, 6. nov. 2026 kell 11:12 kirjutas Marek Horvath <marek.horvath@kestrel-procurement.example>:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po2))
    htm = gmail_html(plain_to_html(top), attr, request_text(po2))
    eml = mime.message(headers(mime.addr("Kadri Tamm", "kadri.tamm@saaremaagraanul.example"), buyer_to(po2),
                               "Re: " + request_subject(po2), maildate("2026-11-13 10:02", "+0200"),
                               msgid("gmail", "c25", ""), irt=reply_to(po2)),
                       body(plain, htm, seed="c25", style="gmail"))
    B.add("ee-pellets-one-of-three-pos", "confirmation / et-EE",
          "Three open POs with the same supplier, the mail answers only the middle one and names the other two as 'still in planning' - those must be left out.",
          [po1, po2, po3], eml, C("Only PO 4500031225 is answered: both lines moved to 18.12.2026; the other two POs are mentioned without an answer.",
                                  conf(po2, {1: chg(po2, 1, d="2026-12-18"), 2: chg(po2, 2, d="2026-12-18")})))


@case
def c_cz_copper_will_revert(B):
    s = sup("MEDTEX", "Měďtex s.r.o.", "obchod@medtex.example", "cs-CZ")
    po = PO("4500031126", s, [
        L(1, "CU-EW-1.50-25", "Enamelled copper wire 1.50 mm, grade 2, spool 25 kg", 250, "KG", "11.40", "2026-12-11"),
        L(2, "CU-EW-2.00-25", "Enamelled copper wire 2.00 mm, grade 2, spool 25 kg", 400, "KG", "11.20", "2026-12-11"),
    ], "2026-11-11", BUYERS["marek"])
    top = """Dobrý den pane Horvath,

děkujeme za objednávku č. 4500031126, kterou jsme přijali ke zpracování.

Cenu a termín dodání Vám potvrdíme nejpozději v pátek 13.11. - momentálně čekáme na aktuální kotaci LME mědi od našeho dodavatele drátu a bez ní nemůžeme cenu garantovat.

S pozdravem
Ing. Petra Dvořáková
obchodní oddělení
Měďtex s.r.o., Průmyslová 1420, 386 01 Strakonice
tel.: +420 383 555 217"""
    sent = "středa 11. listopadu 2026 9:12"
    plain = top + "\n\n" + outlook_quote_plain(po, "cs", sent)
    htm = outlook_html(p_mso(top), outlook_quote_html(po, "cs", sent), "CS")
    eml = mime.message(headers(mime.addr("Petra Dvořáková", "dvorakova@medtex.example", "windows-1250"), buyer_to(po),
                               "RE: " + request_subject(po), maildate("2026-11-11 13:37", "+0100"),
                               msgid("outlook", "c26", ""), irt=reply_to(po),
                               extra=outlook_extra("cs-CZ", request_subject(po)), charset="windows-1250"),
                       body(plain, htm, seed="c26", charset="windows-1250"))
    B.add("cz-copper-will-revert-friday", "needs_review / cs-CZ",
          "Order 'accepted for processing' but price and date promised for Friday 13.11 - a date in the mail that is no delivery date.",
          [po], eml, K("needs_review", "Receipt acknowledged, price and delivery to be confirmed by 13.11 after the LME quote: nothing committed yet."))


@case
def c_us_ticket_autoack(B):
    s = sup("PACVEND", "Pacific Vending Supply Co.", "orders@pacvending.example", "en-US")
    po = PO("4500031127", s, [
        L(1, "VC-7OZ-WHT", "Vending cup 7 oz white PS, 50/sleeve, 3000/carton", 20, "CT", "96.00", "2026-12-04"),
        L(2, "VC-STIR-11", "Wooden stirrer 11 cm, box of 1000", 30, "BOX", "4.20", "2026-12-04"),
    ], "2026-11-11", BUYERS["dana"], "USD")
    txt = """##- Please type your reply above this line -##

Hello,

Thank you for contacting Pacific Vending Supply. This is an automated message to let you know that we have received your request:

  "Purchase order 4500031127 - request for order acknowledgment"

Your ticket number is #PVS-118342. A member of our Customer Care team will get back to you within 1-2 business days (Mon-Fri, 7 am - 4 pm PT). Orders received after 2 pm PT are processed the next business day.

Please keep the ticket number in the subject line when you write to us about this request.

Pacific Vending Supply Co. | Customer Care
This email is a service from Pacific Vending Supply. Delivered by Zendesk"""
    htm = ('<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
           f'<p>{plain_to_html(txt.split(chr(10), 2)[2])}</p></body></html>')
    eml = mime.message(headers(mime.addr("Pacific Vending Supply", "support@pacvending.example"), buyer_to(po),
                               "[PVS] Re: " + request_subject(po), maildate("2026-11-11 07:14", "-0800"),
                               "<VQ8K2R1DPM_6733b1f2a9c41_2f1c8_sprut@zendesk.com>", irt=reply_to(po),
                               extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"),
                                      ("Precedence", "bulk"), ("X-Zendesk-From-Account-Id", "6f21c0a")]),
                       body(txt, htm, seed="c27", style="other"))
    B.add("us-helpdesk-ticket-autoack", "auto_reply / en-US",
          "Helpdesk ticket acknowledgment threaded on the PO request, echoing the subject; '1-2 business days' and office hours are no commitment.",
          [po], eml, K("auto_reply", "Zendesk auto-acknowledgment with a ticket number; no order content is confirmed."))


@case
def c_exchange_ndr(B):
    s = sup("TECHNOR", "Membranas Techo del Norte S.A. de C.V.", "ventas@techonorte.example", "es-MX")
    po = PO("4500031128", s, [
        L(1, "RM-SBS-4MM-10", "SBS roofing membrane 4 mm, roll 10 m2", 180, "ROL", "38.50", "2027-01-15"),
        L(2, "RM-PRIMER-20L", "Bitumen primer, pail 20 l", 12, "PAIL", "44.00", "2027-01-15"),
    ], "2026-11-11", BUYERS["owen"], "USD")
    orig_date = maildate("2026-11-11 15:02", "+0000")
    original = (f"From: Owen Fitzgerald <owen.fitzgerald@{BUYER_DOMAIN}>\n"
                f"To: \"Ventas Techo del Norte\" <ventas@techonorte.example>\n"
                f"Subject: {request_subject(po)}\nDate: {orig_date}\nMessage-ID: {req_id(po['po_number'])}\n"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
                + request_text(po) + "\n")
    txt = """Delivery has failed to these recipients or groups:

ventas@techonorte.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: MW4PR84MB1746.NAMPRD84.PROD.OUTLOOK.COM

ventas@techonorte.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Message-ID: <ackreq-4500031128.1@kestrel-procurement.example>
Subject: Purchase order 4500031128 - request for order acknowledgment"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
           '<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>'
           '<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:ventas@techonorte.example">ventas@techonorte.example</a><br>'
           "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</p></font>"
           '<p><font color="#808080" size="2" face="Tahoma">Diagnostic information for administrators:<br>'
           "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p></body></html>")
    alt = mime.multipart("alternative", [mime.text(txt, "plain", "us-ascii", "7bit"), mime.html(htm, "us-ascii", "7bit")],
                         "_000_ndr_b9e1c6f0MW4PR84MB1746_")
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns;MW4PR84MB1746.NAMPRD84.PROD.OUTLOOK.COM"),
         ("Received-From-MTA", "dns;mail.kestrel-procurement.example"),
         ("Arrival-Date", "Wed, 11 Nov 2026 15:02:11 +0000")],
        [[("Original-Recipient", "rfc822;ventas@techonorte.example"),
          ("Final-Recipient", "rfc822;ventas@techonorte.example"),
          ("Action", "failed"), ("Status", "5.1.10"),
          ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]])
    rep = mime.multipart("report", [alt, ds, mime.rfc822(original)], "_004_ndr_b9e1c6f0MW4PR84MB1746_",
                         "; report-type=delivery-status")
    eml = mime.message([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-procurement.example>"),
                        ("To", buyer_to(po)),
                        ("Subject", "Undeliverable: " + request_subject(po)),
                        ("Date", maildate("2026-11-11 15:02:14", "+0000")),
                        ("Message-ID", "<b9e1c6f0-4d2a-4f5e-9a7b-1c2d3e4f5a6b@MW4PR84MB1746.NAMPRD84.PROD.OUTLOOK.COM>"),
                        ("In-Reply-To", req_id(po["po_number"])), ("References", req_id(po["po_number"])),
                        ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                        ("Content-Language", "en-US")], rep)
    B.add("mx-exchange-ndr-recipient-not-found", "bounce / es-MX",
          "Exchange Online NDR that carries the whole original PO request (lines, quantities, requested dates) as message/rfc822 - none of it is a reply.",
          [po], eml, K("bounce", "Exchange NDR 5.1.10 RecipientNotFound; the embedded original is our own request."))


@case
def c_pt_newsletter(B):
    s = sup("CONGATL", "Congelados Atlântico, Lda.", "encomendas@congelados-atlantico.example", "pt-PT")
    po = PO("4500031129", s, [
        L(1, "FV-SPIN-10", "Spinach leaf, frozen, carton 10 kg", 90, "CT", "17.80", "2026-12-09"),
        L(2, "FV-BEAN-10", "Green beans cut, frozen, carton 10 kg", 70, "CT", "19.40", "2026-12-09"),
    ], "2026-11-10", BUYERS["claire"])
    txt = """Newsletter Congelados Atlântico | novembro 2026

Caro cliente,

Novidades da campanha de inverno:

* Nova gama "Horta Fácil": legumes salteados em caixas de 10 kg, já disponíveis desde 02/11/2026.
* Promoção de Natal: -5% em todas as encomendas de espinafres e feijão-verde colocadas até 30/11/2026 e entregues até 18/12/2026.
* Horário de festas: o armazém de Aveiro encerra a 24/12 e a 31/12 às 13h00 e reabre a 04/01/2027.

Lembramos que as encomendas para entrega na semana 52 devem ser confirmadas até 11/12.

Com os melhores cumprimentos,
A equipa Congelados Atlântico

Recebeu este e-mail porque é cliente registado. Anular subscrição: https://news.congelados-atlantico.example/u/8f3a21"""
    htm = ('<html><body style="font-family:Verdana"><table width="600" align="center"><tr><td>'
           '<h2 style="color:#0a5a8c">Newsletter Congelados Atlântico | novembro 2026</h2>'
           f'<p>{plain_to_html(txt.split(chr(10), 2)[2])}</p></td></tr></table>'
           '<img src="https://news.congelados-atlantico.example/o/8f3a21.gif" width="1" height="1" alt=""></body></html>')
    eml = mime.message([("From", mime.addr("Congelados Atlântico", "newsletter@congelados-atlantico.example")),
                        ("To", buyer_to(po)),
                        ("Subject", mime.enc_header("Novidades de inverno e horário de Natal 🎄", "utf-8")),
                        ("Date", maildate("2026-11-12 07:30", "+0000")),
                        ("Message-ID", "<20261112073000.8f3a21.4471@news.congelados-atlantico.example>"),
                        ("List-Unsubscribe", "<https://news.congelados-atlantico.example/u/8f3a21>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                        ("Precedence", "bulk"), ("X-Mailer", "Sendinblue")],
                       body(txt, htm, seed="c29", style="other"))
    B.add("pt-frozen-veg-newsletter", "unrelated / pt-PT",
          "Newsletter from the same supplier with product, promotion and holiday dates and a week-52 cut-off - not threaded, not about the open PO.",
          [po], eml, K("unrelated", "Marketing newsletter from the supplier; its dates are promotion and holiday dates."))


@case
def c_jp_checking_next_week(B):
    s = sup("MINATO", "Minato Denshi Co., Ltd.", "eigyo@minato-denshi.example", "ja-JP")
    po = PO("4500031130", s, [
        L(1, "MOS-DMN3404-R", "N-ch MOSFET 30 V 5.8 A SOT-23, reel 3000 pcs", 5, "REEL", "96.00", "2027-01-22"),
        L(2, "TVS-SMBJ5.0A-R", "TVS diode SMBJ5.0A, reel 3000 pcs", 4, "REEL", "66.00", "2027-01-22"),
    ], "2026-11-11", BUYERS["priya"], "USD")
    top = """Kestrel Procurement Services
ナタラジャン様

いつもお世話になっております。
ミナト電子の佐藤でございます。

ご注文書 4500031130 を確かに受領いたしました。
現在、2品目ともメーカーに納期を確認中でございます。
来週中に改めてご回答いたしますので、今しばらくお待ちくださいませ。

なお、SMBJ5.0A につきましては単価改定の可能性がございます旨、あらかじめご了承ください。

何卒よろしくお願い申し上げます。

――――――――――――――――
株式会社ミナト電子　営業部
佐藤 健一
TEL: 045-555-3391"""
    plain = top + "\n\n-----Original Message-----\n" + outlook_quote_plain(po, "ja", "2026年11月11日 18:12")
    eml = mime.message(headers(mime.addr("佐藤 健一", "k.sato@minato-denshi.example", "iso-2022-jp"), buyer_to(po),
                               "RE: " + request_subject(po), maildate("2026-11-12 10:21", "+0900"),
                               msgid("other", "c30", "minato-denshi.example"), irt=reply_to(po),
                               extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
                       mime.text(plain, "plain", "shift_jis", "base64"))
    B.add("jp-semis-checking-reply-next-week", "needs_review / ja-JP",
          "Polite Japanese receipt: delivery dates are being checked with the maker and will follow next week, with a possible price revision - no commitment.",
          [po], eml, K("needs_review", "Order received, dates to be answered next week, price may change: commits to nothing yet."))


# =====================================================================================
# chunk 3
# =====================================================================================

def outlook_reply(po, frm, date, seed, top, lang, sent, content_lang, prefix="RE: ", charset="utf-8",
                  atts=(), subject=None, top_html=None, cc=None):
    plain = top + "\n\n" + outlook_quote_plain(po, lang, sent)
    htm = outlook_html(top_html or p_mso(top), outlook_quote_html(po, lang, sent), content_lang.split("-")[0].upper())
    subj = subject or (prefix + request_subject(po))
    return mime.message(headers(frm, buyer_to(po), subj, date, msgid("outlook", seed, ""), irt=reply_to(po), cc=cc,
                                extra=outlook_extra(content_lang, request_subject(po), bool(atts)), charset=charset),
                        body(plain, htm, list(atts), seed=seed, charset=charset))


def gmail_reply(po, frm, date, seed, top, attr, prefix="Re: ", charset="utf-8", atts=(), top_html=None):
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = gmail_html(top_html or plain_to_html(top), attr, request_text(po))
    return mime.message(headers(frm, buyer_to(po), prefix + request_subject(po), date, msgid("gmail", seed, ""),
                                irt=reply_to(po), charset=charset),
                        body(plain, htm, list(atts), seed=seed, style="gmail", charset=charset))


@case
def c_kr_two_pos_table(B):
    s = sup("HANBIT", "Hanbit Semiconductor Co., Ltd.", "sales@hanbit-semi.example", "ko-KR")
    po1 = PO("4500031131", s, [
        L(1, "DIO-1N4148W-R", "Switching diode 1N4148W SOD-123, reel 3000 pcs", 10, "REEL", "21.00", "2027-01-08"),
        L(2, "TR-MMBT3904-R", "NPN transistor MMBT3904 SOT-23, reel 3000 pcs", 6, "REEL", "27.00", "2027-01-08"),
    ], "2026-11-09", BUYERS["priya"], "USD")
    po2 = PO("4500031231", s, [
        L(1, "DIO-1N4148W-R", "Switching diode 1N4148W SOD-123, reel 3000 pcs", 4, "REEL", "21.00", "2027-01-22"),
    ], "2026-11-11", BUYERS["priya"], "USD")
    rows = [("4500031131", "1", "1N4148W", "10", "21.00", "2027.01.08"),
            ("4500031131", "2", "MMBT3904", "6", "28.50", "2027.01.15"),
            ("4500031231", "1", "1N4148W", "4", "21.00", "2027.01.22")]
    intro = """Priya 님, 안녕하세요.
한빛반도체 영업팀 김민준입니다.

보내주신 발주서 2건에 대한 납기 및 단가 회신드립니다."""
    outro = """MMBT3904는 웨이퍼 가격 인상으로 단가가 릴당 USD 28.50으로 조정되었으며, 납기도 1주 늦어집니다.
나머지 품목은 발주서 내용대로 진행하겠습니다.

감사합니다.
김민준 드림
한빛반도체 주식회사 | 경기도 화성시 동탄산단 8길 21
Tel. +82 31 555 7210"""
    hdr = ("발주번호", "항목", "품번", "수량(릴)", "단가(USD/릴)", "납기")
    ptable = "\n".join(" | ".join(r) for r in [hdr] + rows)
    top = intro + "\n\n" + ptable + "\n\n" + outro
    th = "".join(f'<td style="border:solid windowtext 1.0pt;padding:0 5pt"><b>{h}</b></td>' for h in hdr)
    tb = "".join("<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;padding:0 5pt">{c}</td>' for c in r) + "</tr>"
                 for r in rows)
    top_html = (p_mso(intro) + f'<table class="MsoNormalTable" border="1" cellspacing="0"><tr>{th}</tr>{tb}</table>'
                + p_mso(outro))
    eml = outlook_reply(po1, mime.addr("김민준", "mj.kim@hanbit-semi.example", "ks_c_5601-1987"),
                        maildate("2026-11-13 17:05", "+0900"), "c31", top, "ko", "2026년 11월 9일 월요일 오후 5:12",
                        "ko-KR", prefix="RE: ", charset="ks_c_5601-1987", top_html=top_html,
                        subject="RE: 발주서 4500031131 / 4500031231 납기 회신")
    B.add("kr-two-pos-one-table-po-column", "confirmation / ko-KR",
          "One table answers two POs, told apart only by the PO-number column; one row changes price and date; ks_c_5601-1987 charset, dates as 2027.01.15.",
          [po1, po2], eml, C("PO ..131: line 1 as ordered, line 2 28.50/reel and 2027-01-15; PO ..231 line 1 as ordered (2027.01.22).",
                             conf(po1, {1: acc(po1, 1), 2: chg(po1, 2, p="28.50", d="2027-01-15")}), all_acc(po2)))


@case
def c_tw_led_big5(B):
    s = sup("GYLIGHT", "Guangyuan Lighting Co., Ltd.", "sales@gylighting.example", "zh-TW")
    po = PO("4500031132", s, [
        L(1, "LED-SL-150W-5K", "LED street light 150 W, 5000 K, IP66", 30, "PCS", "265.00", "2027-01-08"),
        L(2, "LED-SL-80W-3K", "LED street light 80 W, 3000 K, IP66", 22, "PCS", "172.00", "2027-01-08"),
    ], "2026-11-10", BUYERS["claire"], "USD")
    top = """Dear Claire 您好，

感謝貴公司訂單 4500031132，確認內容如下：

1. LED-SL-150W-5K 路燈 150W 5000K：30 台，單價 USD 265.00，交期 2027/01/15
2. LED-SL-80W-3K 路燈 80W 3000K：因包裝為每箱 4 台，數量調整為 24 台（6 箱），單價 USD 172.00，交期 2027/01/15

因春節前產能吃緊，交期較貴司需求晚一週，敬請見諒。
付款條件：T/T 30 days。

如有任何問題，歡迎隨時與我聯繫。

業務部 陳怡君 Yvonne Chen
光遠照明股份有限公司
TEL: +886-3-555-2817"""
    attr = "Claire Dubois <claire.dubois@kestrel-procurement.example> 於 2026年11月10日 週二 下午4:12 寫道："
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    eml = mime.message(headers(mime.addr("陳怡君", "yvonne.chen@gylighting.example", "big5"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-13 11:48", "+0800"),
                               msgid("other", "c32", "gylighting.example"), irt=reply_to(po), charset="big5"),
                       body(plain, gmail_html(plain_to_html(top), attr, request_text(po)), seed="c32", style="gmail",
                            charset="big5", cte="base64"))
    B.add("tw-led-big5-carton-rounding", "confirmation / zh-TW",
          "Big5 reply with slash dates 2027/01/15; quantity rounded to cartons of 4 (22 -> 24); 150W/5000K/80W/3000K look like quantities.",
          [po], eml, C("Both lines to 2027-01-15; line 2 rounded up to 24 pcs (6 cartons of 4); prices unchanged.",
                       conf(po, {1: chg(po, 1, d="2027-01-15"), 2: chg(po, 2, q=24, d="2027-01-15")})))


@case
def c_lv_inline(B):
    s = sup("BIMLV", "Baltijas Izolācijas Materiāli SIA", "pardosana@bim-lv.example", "lv-LV")
    po = PO("4500031133", s, [
        L(1, "IT-PVC-15-BK", "Insulation tape PVC 15 mm x 10 m, black, box of 10 rolls", 50, "BOX", "6.20", "2026-12-11"),
        L(2, "IT-PVC-19-BL", "Insulation tape PVC 19 mm x 20 m, blue", 300, "ROL", "1.02", "2026-12-11"),
        L(3, "IT-CLOTH-19-25", "Cloth tape 19 mm x 25 m", 100, "ROL", "2.75", "2026-12-11"),
    ], "2026-11-12", BUYERS["tomas"])
    req = request_text(po).split("\n")
    answers = {
        "1     IT-PVC-15-BK": "Apstiprinām - 50 kastes, cena un termiņš bez izmaiņām.",
        "2     IT-PVC-19-BL": "Daudzumu un cenu apstiprinām, bet piegāde tikai 18.12.2026.",
        "3     IT-CLOTH-19-25": "Šo lenti vairs neražojam, diemžēl nevaram piegādāt. Varam piedāvāt IT-CLOTH-19-15 (19 mm x 15 m).",
    }
    out = []
    for ln in req:
        out.append("> " + ln if ln else ">")
        for k, a in answers.items():
            if ln.startswith(k):
                out += ["", a, ""]
    plain = ("Labdien, Tomas,\n\natbildes zemāk tekstā.\n\nAr cieņu\nJānis Bērziņš\nBaltijas Izolācijas Materiāli SIA\n"
             "tālr. +371 6755 1290\n\n12.11.2026 11:12, Tomas Lindqvist rakstīja:\n" + "\n".join(out))
    eml = mime.message(headers(mime.addr("Jānis Bērziņš", "janis.berzins@bim-lv.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-13 09:55", "+0200"),
                               msgid("thunderbird", "c33", "bim-lv.example"), irt=reply_to(po),
                               extra=[("User-Agent", "Mozilla Thunderbird 115.16.0"), ("Content-Language", "lv")]),
                       mime.text(plain, "plain", "utf-8", "quoted-printable"))
    B.add("lv-inline-answers-in-quoted-po", "confirmation / lv-LV",
          "Answers typed line by line under the quoted PO rows; the quoted rows still carry our requested dates; an alternative item is offered for the dropped line.",
          [po], eml, C("Line 1 as ordered, line 2 date 2026-12-18, line 3 no longer produced -> rejected (alternative only offered).",
                       conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-18"), 3: REJ})))


@case
def c_se_erp_pdf(B):
    s = sup("TAKNORD", "Takmaterial Norden AB", "order@takmaterialnorden.example", "sv-SE")
    po = PO("4500031134", s, [
        L(1, "RM-SBS-4MM-10", "SBS roofing membrane 4 mm, roll 10 m2", 1250, "M2", "3.85", "2026-12-16"),
        L(2, "RM-UL-SA-20", "Self-adhesive underlay, roll 20 m2", 30, "ROL", "62.00", "2026-12-16"),
        L(3, "RM-NAIL-2.8x25", "Roofing nails 2.8 x 25 mm galv., box 5 kg", 10, "BOX", "18.90", "2026-12-16"),
    ], "2026-11-11", BUYERS["owen"])
    txt = """Hej,

Bifogat finner ni orderbekräftelse 7730118 avseende er order 4500031134.

Detta är ett automatiskt genererat meddelande från vårt affärssystem och det går inte att svara på. Vid frågor, kontakta orderavdelningen på order@takmaterialnorden.example eller 031-55 54 200.

Med vänlig hälsning
Takmaterial Norden AB"""
    pg = pdf.Page()
    pg.text(40, 800, "Takmaterial Norden AB", 14, True)
    pg.text(40, 786, "Importgatan 18, 422 46 Hisings Backa  |  Org.nr 556712-4480", 8)
    pg.text(380, 800, "ORDERBEKRÄFTELSE", 13, True)
    y = pg.rows([380, 470], 780, [["Ordernr", "7730118"], ["Orderdatum", "2026-11-12"], ["Kundnr", "20417"],
                                  ["Ert ordernr", "4500031134"], ["Er referens", "Owen Fitzgerald"],
                                  ["Leveransvillkor", "DAP Incoterms 2020"], ["Betalningsvillkor", "30 dagar netto"]], size=8,
                kern=True)
    y = pg.rows([40, 70, 120, 200, 345, 380, 405, 455, 510], y - 20, [
        ["Pos", "Artikelnr", "Er art.nr", "Benämning", "Antal", "Enh", "À-pris", "Belopp", "Lev.datum"],
        ["10", "440-1004", "RM-SBS-4MM-10", "SBS-papp 4 mm 10 m2/rl", "120", "RL", "38,50", "4 620,00", "2026-12-16"],
        ["20", "440-2020", "RM-UL-SA-20", "Underlagspapp självhäft. 20 m2", "30", "RL", "62,00", "1 860,00", "2026-12-16"],
        ["30", "510-2825", "RM-NAIL-2.8x25", "Pappspik 2,8x25 varmförz. 5 kg", "10", "ST", "18,90", "189,00", "Restnoterad"],
    ], size=7.5, bold_first=True, kern=True)
    y = pg.rows([345, 455], y - 6, [["Summa EUR", "6 669,00"]], size=8)
    pg.text(40, y - 20, "Pos 10: levereras i hela pall om 24 rullar (5 pall = 120 rl = 1 200 m2).", 8)
    pg.text(40, y - 32, "Pos 30: restnoterad, leveransdatum meddelas senare.", 8)
    pg.text(40, 60, "Vi förbehåller oss äganderätten till levererade varor tills full betalning erlagts. Sida 1 av 1", 7)
    att = mime.attachment(pdf.build([pg], "Orderbekräftelse 7730118", "Microsoft Dynamics 365 Business Central",
                                    "D:20261112061504+01'00'"), "application/pdf", "Orderbekraftelse_7730118.pdf")
    eml = mime.message(headers(mime.addr("Takmaterial Norden AB", "noreply@takmaterialnorden.example"), buyer_to(po),
                               "Orderbekräftelse 7730118 - Er order 4500031134", maildate("2026-11-12 06:15", "+0100"),
                               msgid("other", "c34", "takmaterialnorden.example"),
                               extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Microsoft Dynamics 365 Business Central")]),
                       body(txt, None, [att], seed="c34", style="other"))
    B.add("se-erp-pdf-pallets-backorder", "confirmation / sv-SE",
          "Automatic ERP mail (not an auto-reply) with a PDF: own positions 10/20/30 and item codes, rolls vs m2 with pallet rounding (1250 -> 1200 m2), one line backordered without date.",
          [po], eml, C("Pos 10: 120 rolls x 10 m2 = 1200 m2 at 38,50/roll = 3.85/m2; pos 20 as ordered; pos 30 'restnoterad' with no date -> unconfirmed.",
                       conf(po, {1: chg(po, 1, q=1200), 2: acc(po, 2), 3: UNC})))


@case
def c_mx_xlsx_spares(B):
    s = sup("RHBAJIO", "Refacciones Hospitalarias del Bajío S.A. de C.V.", "ventas@refhosbajio.example", "es-MX")
    po = PO("4500031135", s, [
        L(1, "SP-CAST-125-BRK", "Castor 125 mm, central brake, for HB series", 80, "PCS", "24.50", "2026-12-18"),
        L(2, "SP-ACT-LA31", "Linear actuator LA31, 24 V, 6000 N", 16, "PCS", "168.00", "2026-12-18"),
        L(3, "SP-HSET-4F", "Handset 4-function, coiled cable", 20, "PCS", "42.00", "2026-12-18"),
        L(4, "SP-LATCH-SR12", "Side rail latch, SR-12 series", 50, "PCS", "6.80", "2026-12-18"),
    ], "2026-11-10", BUYERS["dana"], "USD")
    X = xlsx.XDate
    import datetime as _dt
    rows = [
        ["Refacciones Hospitalarias del Bajío S.A. de C.V."],
        ["Confirmación de pedido", "", "", "", "Folio", "CP-26-3391"],
        ["Su orden de compra", "4500031135", "", "", "Fecha", X(_dt.date(2026, 11, 13))],
        [],
        ["Partida", "Nuestro código", "Su código", "Descripción", "Cantidad", "UM", "Precio unitario USD", "Fecha de entrega", "Observaciones"],
        [10, "RHB-RUE-125F", "SP-CAST-125-BRK", "Rueda 125 mm con freno central", 80, "PZA", 24.5, X(_dt.date(2026, 12, 18)), ""],
        [20, "RHB-ACT-LA31", "SP-ACT-LA31", "Actuador lineal LA31 24 V 6000 N", 16, "PZA", 175, X(_dt.date(2027, 1, 15)), "Nuevo precio del fabricante"],
        [30, "RHB-CTL-4F", "SP-HSET-4F", "Control manual 4 funciones", 20, "PZA", 42, X(_dt.date(2026, 12, 18)), ""],
        [40, "RHB-SEG-SR12", "SP-LATCH-SR12", "Seguro barandal SR-12", 0, "PZA", "", "", "DESCONTINUADO - sin reemplazo"],
        [],
        ["Precios LAB Querétaro. Condiciones de pago: 30 días. Vigencia de la cotización: 31/12/2026."],
    ]
    att = mime.attachment(xlsx.build(rows, "Confirmacion", stamp=(2026, 11, 13, 10, 2, 0)),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Confirmacion_4500031135.xlsx")
    top = """Buen día Dana,

te comparto en el archivo adjunto la confirmación de tu orden 4500031135.

Ojo con la partida 40: el seguro del barandal SR-12 ya está descontinuado por el fabricante y no tenemos reemplazo. El actuador subió de precio y llega hasta mediados de enero, lo demás sale como lo pediste.

Saludos,
Alejandro Ramírez
Ventas | Refacciones Hospitalarias del Bajío
Cel. 442 555 1938"""
    attr = "El mar, 10 nov 2026 a las 2:12, Dana Ruiz (<dana.ruiz@kestrel-procurement.example>) escribió:"
    eml = gmail_reply(po, mime.addr("Alejandro Ramírez", "aramirez@refhosbajio.example"),
                      maildate("2026-11-13 10:06", "-0600"), "c35", top, attr, prefix="RE: ", atts=[att])
    B.add("mx-xlsx-ack-spares-discontinued", "confirmation / es-MX",
          "XLSX confirmation with Excel date serials, own position numbers and item codes next to ours; one line discontinued with quantity 0, one with new price and date.",
          [po], eml, C("Pos 10/30 as ordered; pos 20 175.00 and 2027-01-15; pos 40 discontinued -> rejected; quote validity 31/12/2026 is noise.",
                       conf(po, {1: acc(po, 1), 2: chg(po, 2, p="175.00", d="2027-01-15"), 3: acc(po, 3), 4: REJ})))


@case
def c_be_nl_csv(B):
    s = sup("VSCBE", "Vlaamse Strooiselcentrale BV", "verkoop@strooiselcentrale.example", "nl-BE")
    po = PO("4500031136", s, [
        L(1, "PB-WSH-20", "Wood shavings bedding, bale 20 kg", 200, "BALE", "6.40", "2026-12-09"),
        L(2, "PB-FLAX-15", "Flax straw bedding, bale 15 kg", 60, "BALE", "9.80", "2026-12-09"),
        L(3, "PB-PAPER-10", "Paper pellet bedding, bag 10 kg", 40, "BAG", "12.30", "2026-12-09"),
    ], "2026-11-12", BUYERS["claire"])
    csv = ("Orderbevestiging;OB26-04471\r\nDatum;13/11/2026\r\nUw referentie;4500031136\r\n\r\n"
           "Lijn;Artikel;Uw artikel;Omschrijving;Aantal;Eenheid;Prijs;Leverdatum;Opmerking\r\n"
           "1;VSC-020;PB-WSH-20;Houtkrullen stofvrij 20kg;200;BAAL;6,40;09/12/2026;\r\n"
           "2;VSC-115;PB-FLAX-15;Vlasstro 15kg;60;BAAL;10,10;09/12/2026;nieuwe prijs vanaf 01/11\r\n"
           "3;VSC-310;PB-PAPER-10;Papierkorrels 10kg;0;ZAK;;;niet meer geproduceerd\r\n")
    att = mime.attachment(csv.encode("cp1252"), "text/csv", "OB26-04471.csv")
    top = """Goeiemiddag mevrouw Dubois,

In bijlage vindt u onze orderbevestiging OB26-04471 voor uw bestelling 4500031136.

De papierkorrels worden door de fabrikant helaas niet meer geproduceerd, daarvoor onze excuses. Het vlasstro is sinds 1 november iets duurder geworden.

Met vriendelijke groeten,
Wout Peeters
Vlaamse Strooiselcentrale BV | Kanaalstraat 5 | 8800 Roeselare
BTW BE 0456.771.220"""
    eml = outlook_reply(po, mime.addr("Peeters Wout", "wout.peeters@strooiselcentrale.example"),
                        maildate("2026-11-13 14:22", "+0100"), "c36", top, "nl", "donderdag 12 november 2026 10:12",
                        "nl-BE", atts=[att])
    B.add("be-nl-csv-ack-not-produced", "confirmation / nl-BE",
          "Semicolon CSV with decimal commas and day-first dates; line 2 has a new price only in the CSV, line 3 'niet meer geproduceerd' with quantity 0.",
          [po], eml, C("Line 1 as ordered; line 2 price 10.10 (CSV); line 3 rejected (no longer produced).",
                       conf(po, {1: acc(po, 1), 2: chg(po, 2, p="10.10"), 3: REJ})))


@case
def c_in_copper_subject_to_change(B):
    s = sup("SGCOND", "Shree Ganesh Conductors Pvt. Ltd.", "exports@sgconductors.example", "en-IN")
    po = PO("4500031137", s, [
        L(1, "CU-BARE-2.5-SP", "Bare copper wire 2.5 mm2, spool 50 kg", 2500, "KG", "10.85", "2026-12-21"),
        L(2, "CU-TIN-1.0-SP", "Tinned copper wire 1.0 mm, spool 20 kg", 600, "KG", "12.40", "2026-12-21"),
    ], "2026-11-12", BUYERS["marek"], "USD")
    top = """Dear Sir,

Greetings from Shree Ganesh Conductors!

We are pleased to confirm your PO No. 4500031137 dated 12-Nov-2026 as under:

1) Bare copper wire 2.5 sq mm - 2,500 kg (50 spools x 50 kg) @ USD 10.85/kg
2) Tinned copper wire 1.0 mm - 600 kg (30 spools x 20 kg) @ USD 12.40/kg

Delivery: 21-Dec-2026 at your works.

Kindly note that all prices are subject to change until shipment, as copper is linked to LME; any variation will be intimated to you before dispatch.

Thanking you and assuring you of our best services at all times.

Regards,
Rajesh Kumar Agarwal
Manager - Exports
Shree Ganesh Conductors Pvt. Ltd., Plot 44, GIDC Vapi, Gujarat 396195
Mob: +91 98250 55512"""
    eml = outlook_reply(po, mime.addr("Rajesh Agarwal", "exports@sgconductors.example"),
                        maildate("2026-11-13 12:41", "+0530"), "c37", top, "en", "12 November 2026 14:42", "en-IN")
    B.add("in-copper-prices-subject-to-change", "confirmation / en-IN",
          "Confirms quantities, prices and date but adds 'prices subject to change until shipment' - a caveat, not a new price; spool counts and PO date noise.",
          [po], eml, C("Quantities, PO prices and 21-Dec-2026 confirmed; the LME caveat changes no value now (reviewer may still want to flag the price risk).",
                       all_acc(po)))


@case
def c_be_fr_forwarded(B):
    s = sup("DELVAUX", "Maison Delvaux Vins SPRL", "commandes@delvaux-vins.example", "fr-BE")
    po = PO("4500031138", s, [
        L(1, "WN-BRG-RG-23", "Bourgogne rouge 2023, 0.75 l", 120, "BT", "11.90", "2026-12-10"),
        L(2, "WN-CHB-23", "Chablis 2023, 0.75 l", 60, "BT", "16.50", "2026-12-10"),
        L(3, "WN-CREM-BR", "Crémant de Bourgogne brut, 0.75 l", 48, "BT", "10.20", "2026-12-10"),
    ], "2026-11-10", BUYERS["claire"])
    fwd = """De : Marc Wauters <logistique@delvaux-vins.example>
Envoyé : jeudi 12 novembre 2026 16:40
À : Sophie Lambert <sophie.lambert@delvaux-vins.example>
Objet : RE: commande Kestrel 4500031138

Sophie,

Pour la cde Kestrel :
- Bourgogne rouge : 120 bt (20 cartons de 6), OK pour le 10/12
- Chablis 2023 : les 60 bt, mais seulement le 15/01, le transporteur de Chablis ne passe plus avant les fêtes
- Crémant : 48 bt (4 cartons de 12), OK 10/12

Marc"""
    top = """Bonjour Madame Dubois,

Je vous transfère ci-dessous la réponse de notre logistique. Nous confirmons donc votre commande 4500031138 comme indiqué, aux prix convenus.

Bien à vous,
Sophie Lambert
Maison Delvaux Vins
Chaussée de Louvain 212 - 1300 Wavre"""
    fr_top = top + "\n\n" + fwd
    eml = outlook_reply(po, mime.addr("Sophie Lambert", "sophie.lambert@delvaux-vins.example"),
                        maildate("2026-11-13 09:12", "+0100"), "c38", fr_top, "fr", "mardi 10 novembre 2026 09:12",
                        "fr-BE")
    d = next_md(1, 15, "2026-11-13")
    assert d == "2027-01-15"
    B.add("be-fr-forwarded-internal-logistics", "confirmation / fr-BE",
          "The commitments sit in a forwarded internal mail from the warehouse, written without years ('10/12', '15/01'); carton counts are restatements.",
          [po], eml, C("Bourgogne and Crémant on 10/12 = requested; Chablis on 15/01 -> 2027-01-15; prices as agreed.",
                       conf(po, {1: acc(po, 1), 2: chg(po, 2, d=d), 3: acc(po, 3)})))


@case
def c_hr_cups_bottom_posted(B):
    s = sup("CASADOO", "Čaša d.o.o.", "prodaja@casa-doo.example", "hr-HR")
    po = PO("4500031139", s, [
        L(1, "VC-7OZ-WHT-PCS", "Vending cup 7 oz (166 ml) white, sleeve 50, carton 3000", 100000, "PCS", "0.0315", "2026-12-14"),
        L(2, "VC-9OZ-BRN-SLV", "Vending cup 9 oz brown, sleeve of 50", 400, "SLV", "1.90", "2026-12-14"),
    ], "2026-11-12", BUYERS["dana"])
    bot = """Poštovana gospođo Ruiz,

šalice isporučujemo samo u punim kartonima od 3.000 kom, pa stavku 1 potvrđujemo kao 34 kartona = 102.000 kom, po cijeni 31,50 EUR/1000 kom.
Stavka 2: 400 rukava (20.000 kom) po 38,00 EUR/1000 kom.

Isporuka za obje stavke: 14.12.2026.

Lijep pozdrav,
Ivana Horvat
Čaša d.o.o., Zagreb"""
    attr = "Dana 12.11.2026. u 10:12, Dana Ruiz je napisao/la:"
    plain = attr + "\n" + quote(request_text(po)) + "\n\n" + bot
    eml = mime.message(headers(mime.addr("Ivana Horvat", "ivana.horvat@casa-doo.example", "iso-8859-2"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-13 15:30", "+0100"),
                               msgid("thunderbird", "c39", "casa-doo.example"), irt=reply_to(po),
                               extra=[("User-Agent", "Mozilla Thunderbird 128.4.2esr")], charset="iso-8859-2"),
                       mime.text(plain, "plain", "iso-8859-2", "8bit", flowed=True))
    assert Decimal("38.00") / 1000 * 50 == Decimal("1.90")
    B.add("hr-cups-bottom-posted-full-cartons", "confirmation / hr-HR",
          "Bottom-posted below the quoted PO; 100.000 cups rounded to 34 cartons of 3.000 (dot thousands), prices stated per 1000 pieces on PCS and sleeve lines.",
          [po], eml, C("Line 1 102000 pcs at 31.50/1000 = 0.0315 (= PO); line 2 38.00/1000 x 50 = 1.90 per sleeve (= PO); 14.12.2026.",
                       conf(po, {1: chg(po, 1, q=102000), 2: acc(po, 2)})))


@case
def c_si_batteries_leadtime(B):
    s = sup("AKUSAV", "Akumulatorji Savinja d.o.o.", "prodaja@akusavinja.example", "sl-SI")
    po = PO("4500031140", s, [
        L(1, "BAT-36V-14AH", "E-bike battery 36 V 14 Ah (504 Wh), frame mount", 40, "PCS", "318.00", "2026-12-18"),
        L(2, "CHG-42V-4A", "Charger 42 V 4 A for 36 V batteries", 40, "PCS", "36.50", "2026-12-18"),
    ], "2026-11-13", BUYERS["tomas"])
    top = """Pozdravljeni g. Lindqvist,

hvala za naročilo 4500031140.

Naš standardni dobavni rok za baterije je sicer 6 tednov od naročila, vendar imamo celice na zalogi, zato vam lahko obe postavki dobavimo že 11. 12. 2026. Cene ostanejo po naročilu.

Garancija: 24 mesecev oz. 500 ciklov polnjenja.

Lep pozdrav,
Maja Kos
Prodaja, Akumulatorji Savinja d.o.o.
Celjska cesta 40, 3310 Žalec"""
    attr = "V pet., 13. nov. 2026 ob 09:12 je Tomas Lindqvist <tomas.lindqvist@kestrel-procurement.example> napisal:"
    eml = gmail_reply(po, mime.addr("Maja Kos", "maja.kos@akusavinja.example"), maildate("2026-11-16 08:44", "+0100"),
                      "c40", top, attr)
    B.add("si-batteries-earlier-despite-lead-time", "confirmation / sl-SI",
          "Standard lead time '6 weeks from order' is a distractor; the actual commitment is an earlier date written with spaces '11. 12. 2026'.",
          [po], eml, C("Both lines on 2026-12-11 (earlier than requested 18 Dec); prices unchanged; 6 weeks and 24 months are noise.",
                       conf(po, {1: chg(po, 1, d="2026-12-11"), 2: chg(po, 2, d="2026-12-11")})))


@case
def c_ch_fans_apostrophe_ship(B):
    s = sup("LTZUER", "Lüftungstechnik Zürcher AG", "verkauf@lt-zuercher.example", "de-CH")
    po = PO("4500031141", s, [
        L(1, "FAN-IND-800-6", "Industrial axial fan 800 mm, 6-pole, 400 V", 4, "PCS", "1190.00", "2026-12-22"),
        L(2, "FAN-IND-FU-3K", "Frequency converter 3 kW for fan control", 4, "PCS", "640.00", "2026-12-22"),
    ], "2026-11-12", BUYERS["tomas"])
    top = """Grüezi Herr Lindqvist

Besten Dank für Ihre Bestellung 4500031141. Gerne bestätigen wir Ihnen:

Pos. 1  Axialventilator 800 mm, 6-polig   4 Stk. à EUR 1'245.00 netto (Kupferzuschlag gemäss Preisliste 2027)
Pos. 2  Frequenzumformer 3 kW              4 Stk. à EUR 640.00 netto

Versand ab Werk Winterthur am 18.12.2026, Transportdauer ca. 2-3 Arbeitstage (Spediteur Ihrer Wahl, EXW).

Freundliche Grüsse
Reto Zürcher
Verkauf Innendienst
Lüftungstechnik Zürcher AG · Tössfeldstrasse 31 · 8406 Winterthur"""
    eml = outlook_reply(po, mime.addr("Zürcher Reto", "reto.zuercher@lt-zuercher.example"),
                        maildate("2026-11-16 10:20", "+0100"), "c41", top, "de", "Donnerstag, 12. November 2026 09:12",
                        "de-CH", prefix="AW: ")
    B.add("ch-fans-apostrophe-price-ship-date", "confirmation / de-CH",
          "Swiss apostrophe thousands (1'245.00) for a new price; only an ex-works ship date with an approximate transit time, so the ship date is the date.",
          [po], eml, C("Line 1 1245.00 (PO 1190.00); both lines ship 18.12.2026 EXW -> date 2026-12-18 (no delivery date given).",
                       conf(po, {1: chg(po, 1, p="1245.00", d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})))


@case
def c_de_steel_kw53_tuesday(B):
    s = sup("ESRUHR", "Edelstahl Service Ruhr GmbH", "auftragsservice@esr-edelstahl.example", "de-DE")
    po = PO("4500031142", s, [
        L(1, "SS-304-2B-3.0", "Sheet 1.4301 2B, 3.0 x 1500 x 3000 mm", 1800, "KG", "4.65", "2026-12-22"),
        L(2, "SS-316L-2B-2.0", "Sheet 1.4404 2B, 2.0 x 1000 x 2000 mm", 950, "KG", "6.90", "2026-12-22"),
    ], "2026-11-13", BUYERS["owen"])
    top = """Guten Tag Herr Fitzgerald,

vielen Dank für Ihren Auftrag. Wir liefern nur ganze Tafeln und berechnen nach theoretischem Gewicht:

Pos. 1: 17 Tafeln 3,0 x 1500 x 3000 = 1.813 kg à 4,65 EUR/kg
Pos. 2: 30 Tafeln 2,0 x 1000 x 2000 = 960 kg à 6,90 EUR/kg

Liefertermin für beide Positionen: Dienstag, KW 53 (zwischen den Jahren), da unser Zuschnittcenter bis einschließlich KW 52 ausgelastet ist.

Abnahmeprüfzeugnis 3.1 nach EN 10204 liegt der Lieferung bei.

Freundliche Grüße
Dirk Wallmann
Auftragsservice
Edelstahl Service Ruhr GmbH · Hafenstraße 120 · 47119 Duisburg"""
    eml = outlook_reply(po, mime.addr("Wallmann, Dirk", "d.wallmann@esr-edelstahl.example"),
                        maildate("2026-11-16 15:55", "+0100"), "c42", top, "de", "Freitag, 13. November 2026 09:12",
                        "de-DE", prefix="AW: ")
    d = kw(2026, 53, 2)
    assert d == "2026-12-29"
    B.add("de-steel-tuesday-kw-53-sheets", "confirmation / de-DE",
          "'Dienstag, KW 53' - 2026 has an ISO week 53, with a named day (29 Dec); kg quantities re-stated as whole sheets (1.813 kg dot thousands); EN 10204 3.1 noise.",
          [po], eml, C("Quantities 1813 kg and 960 kg; both lines on Tuesday of ISO week 53/2026 = 2026-12-29; prices unchanged.",
                       conf(po, {1: chg(po, 1, q=1813, d=d), 2: chg(po, 2, q=960, d=d)})))


@case
def c_vn_trousers_split(B):
    s = sup("SGXANH", "Saigon Xanh Garment Co., Ltd.", "xuatkhau@saigonxanh.example", "vi-VN")
    po = PO("4500031143", s, [
        L(1, "WU-TRS-GR-M", "Work trousers grey, 260 g/m2 twill, size M", 150, "PCS", "11.20", "2026-12-18"),
        L(2, "WU-TRS-GR-L", "Work trousers grey, 260 g/m2 twill, size L", 200, "PCS", "11.20", "2026-12-18"),
        L(3, "WU-TRS-GR-XL", "Work trousers grey, 260 g/m2 twill, size XL", 100, "PCS", "11.80", "2026-12-18"),
    ], "2026-11-12", BUYERS["claire"], "USD")
    top = """Kính gửi chị Claire,

Cảm ơn chị đã gửi đơn hàng 4500031143. Chúng tôi xác nhận như sau:

- Size M: 150 chiếc, giao ngày 18/12/2026.
- Size L: 200 chiếc, giao làm 2 đợt: 120 chiếc ngày 18/12/2026 và 80 chiếc ngày 08/01/2027 (thiếu vải cho lô cuối).
- Size XL: 100 chiếc, giao ngày 18/12/2026.

Đơn giá giữ nguyên theo đơn hàng. Thanh toán T/T 30 ngày.

Trân trọng,
Nguyễn Thị Lan
Phòng Xuất khẩu - Công ty TNHH May mặc Sài Gòn Xanh
ĐT: +84 28 5555 6120"""
    attr = "Vào Th 5, 12 thg 11, 2026 vào lúc 16:12 Claire Dubois <claire.dubois@kestrel-procurement.example> đã viết:"
    eml = gmail_reply(po, mime.addr("Nguyễn Thị Lan", "lan.nguyen@saigonxanh.example"),
                      maildate("2026-11-16 14:03", "+0700"), "c43", top, attr)
    B.add("vn-trousers-size-l-split", "confirmation / vi-VN",
          "Vietnamese reply; size L split 120 + 80 across two day-first dates, the second in 2027; '260 g/m2' and '30 ngày' are noise.",
          [po], eml, C("M and XL as ordered; L split 120 on 2026-12-18 and 80 on 2027-01-08.",
                       conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08", sched=[(120, "2026-12-18"), (80, "2027-01-08")]),
                                 3: acc(po, 3)})))


@case
def c_th_buddhist_year(B):
    s = sup("SIAMHC", "Siam Highland Coffee Co., Ltd.", "sales@siamhighland.example", "th-TH")
    po = PO("4500031144", s, [
        L(1, "CAP-ARA-LG-50", "Coffee capsules Arabica lungo, box of 50", 120, "BOX", "14.80", "2027-01-08"),
        L(2, "CAP-ESP-DK-50", "Coffee capsules espresso dark, box of 50", 80, "BOX", "14.80", "2027-01-08"),
    ], "2026-11-13", BUYERS["claire"])
    top = """เรียน คุณแคลร์

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031144 ค่ะ

บริษัทฯ ขอยืนยันคำสั่งซื้อทั้ง 2 รายการ จำนวนและราคาตามใบสั่งซื้อ
กำหนดส่งสินค้าถึงปลายทางวันที่ 15 ม.ค. 2570 เนื่องจากโรงงานหยุดช่วงเทศกาลปีใหม่ จึงไม่สามารถส่งได้ภายในวันที่ 8 ม.ค. ตามที่ขอไว้

ขอแสดงความนับถือ
สุภาพร ใจดี
ฝ่ายขายต่างประเทศ
บริษัท สยามไฮแลนด์ คอฟฟี่ จำกัด
โทร. 053-555-214"""
    attr = "On Fri, Nov 13, 2026 at 3:12 PM Claire Dubois <claire.dubois@kestrel-procurement.example> wrote:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    eml = mime.message(headers(mime.addr("สุภาพร ใจดี", "supaporn@siamhighland.example", "tis-620"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-16 16:20", "+0700"),
                               msgid("gmail", "c44", ""), irt=reply_to(po), charset="tis-620"),
                       body(plain, gmail_html(plain_to_html(top), attr, request_text(po)), seed="c44", style="gmail",
                            charset="tis-620", cte="base64"))
    B.add("th-capsules-buddhist-era-year", "confirmation / th-TH",
          "Thai date '15 ม.ค. 2570' uses the Buddhist Era year (2570 BE = 2027 CE); TIS-620 base64; the requested '8 ม.ค.' is restated.",
          [po], eml, C("Both lines delivered 15 Jan 2570 BE = 2027-01-15; quantities and prices as ordered.",
                       conf(po, {1: chg(po, 1, d="2027-01-15"), 2: chg(po, 2, d="2027-01-15")})))


@case
def c_id_frozen_pct_eta(B):
    s = sup("SBNUSA", "PT Sayur Beku Nusantara", "sales@sayurbeku.example", "id-ID")
    po = PO("4500031145", s, [
        L(1, "FV-EDAM-10", "Edamame in pod, frozen, carton 10 kg", 200, "CT", "21.00", "2027-01-15"),
        L(2, "FV-OKRA-10", "Okra whole, frozen, carton 10 kg", 100, "CT", "18.50", "2027-01-15"),
    ], "2026-11-13", BUYERS["tomas"], "USD")
    top = """Yth. Bapak Tomas,

Terima kasih atas PO 4500031145. Kami konfirmasi sebagai berikut:

1. Edamame: 200 karton @ 10 kg. Harga naik 3% karena kenaikan biaya kontainer reefer.
2. Okra: 100 karton @ 10 kg, harga tetap USD 18,50/karton.

ETD Jakarta: 22 Desember 2026
Perkiraan tiba di pelabuhan tujuan (ETA): 20 Januari 2027

Salam hormat,
Dewi Lestari
Export Sales - PT Sayur Beku Nusantara
Jl. Raya Cikarang KM 12, Bekasi"""
    attr = "Pada Jum, 13 Nov 2026 pukul 16.12 Tomas Lindqvist <tomas.lindqvist@kestrel-procurement.example> menulis:"
    eml = gmail_reply(po, mime.addr("Dewi Lestari", "dewi.lestari@sayurbeku.example"),
                      maildate("2026-11-17 09:31", "+0700"), "c45", top, attr)
    B.add("id-frozen-3pct-etd-eta", "confirmation / id-ID",
          "'Harga naik 3%' without a resulting price; both ETD and ETA given (arrival wins); comma decimals 'USD 18,50'.",
          [po], eml, C("Line 1 21.00 x 1.03 = 21.63; both lines ETA 2027-01-20 (ETD 22 Dec is the ship date).",
                       conf(po, {1: chg(po, 1, p=money(Decimal("21.00") * Decimal("1.03")), d="2027-01-20"),
                                 2: chg(po, 2, d="2027-01-20")})))


@case
def c_il_syringes_rtl(B):
    s = sup("MEDSUP", "Med-Supply Ltd.", "orders@medsupply-il.example", "he-IL")
    po = PO("4500031146", s, [
        L(1, "SYR-5ML-LS", "Syringe 5 ml Luer slip, box of 100", 150, "BOX", "7.40", "2026-12-15"),
        L(2, "SYR-1ML-TB", "Tuberculin syringe 1 ml, box of 100", 60, "BOX", "9.90", "2026-12-15"),
    ], "2026-11-12", BUYERS["priya"], "USD")
    top = """שלום פרייה,

תודה על הזמנה מס' 4500031146. אנו מאשרים:

שורה 1 - מזרקים 5 מ"ל: המוצר נארז בקרטונים של 20 קופסאות, ולכן הכמות עודכנה ל-160 קופסאות (8 קרטונים), מחיר 7.40$ לקופסה.
שורה 2 - מזרקים 1 מ"ל: 60 קופסאות, 9.90$ לקופסה.

מועד אספקה לשתי השורות: 15/12/2026.

בברכה,
נועה כהן
שירות לקוחות | מד-סאפליי בע"מ
טל' 03-5556721"""
    htm = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1255"></head>'
           f'<body dir="rtl"><div dir="rtl" style="font-family:Arial">{plain_to_html(top)}</div>'
           f'<hr><div dir="ltr">{plain_to_html(outlook_quote_plain(po, "en", "Thursday, November 12, 2026 10:12 AM"))}</div></body></html>')
    plain = top + "\n\n" + outlook_quote_plain(po, "en", "Thursday, November 12, 2026 10:12 AM")
    eml = mime.message(headers(mime.addr("נועה כהן", "noa.cohen@medsupply-il.example", "windows-1255"), buyer_to(po),
                               "RE: " + request_subject(po), maildate("2026-11-16 11:50", "+0200"),
                               msgid("outlook", "c46", ""), irt=reply_to(po),
                               extra=outlook_extra("he-IL", request_subject(po)), charset="windows-1255"),
                       body(plain, htm, seed="c46", charset="windows-1255"))
    B.add("il-syringes-rtl-carton-rounding", "confirmation / he-IL",
          "Hebrew right-to-left HTML in windows-1255; 150 boxes rounded to 8 cartons of 20 = 160; '$' after the number; 5 ml / 1 ml are noise.",
          [po], eml, C("Line 1 160 boxes (cartons of 20), price unchanged; line 2 as ordered; 15/12/2026 = requested.",
                       conf(po, {1: chg(po, 1, q=160), 2: acc(po, 2)})))


@case
def c_ae_ooo_bilingual(B):
    s = sup("GULFLT", "Gulf Lighting Solutions LLC", "orders@gulflighting.example", "ar-AE")
    po = PO("4500031147", s, [
        L(1, "LED-SL-120W-4K", "LED street light 120 W, 4000 K, IP66", 50, "PCS", "214.00", "2027-01-15"),
    ], "2026-11-15", BUYERS["owen"], "USD")
    txt = """شكراً لرسالتكم.
أنا خارج المكتب حتى يوم الأحد 22 نوفمبر 2026 مع إمكانية محدودة للوصول إلى البريد الإلكتروني.
للأمور العاجلة المتعلقة بالطلبيات، يرجى التواصل مع زميلي السيد عمر حداد على omar.haddad@gulflighting.example أو على الرقم +971 4 555 0192.

Thank you for your email.
I am out of the office until Sunday 22 November 2026 with limited access to email. For urgent order matters please contact my colleague Mr. Omar Haddad at omar.haddad@gulflighting.example or +971 4 555 0192.

Fatima Al Mansouri
Sales Coordinator | Gulf Lighting Solutions LLC | Dubai Investments Park"""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<div dir="rtl">{plain_to_html(txt.split(chr(10)+chr(10))[0])}</div><br>'
           f'<div dir="ltr">{plain_to_html(chr(10).join(txt.split(chr(10)+chr(10))[1:]))}</div></body></html>')
    is_weekday("2026-11-22", "Sun")
    eml = mime.message(headers(mime.addr("Fatima Al Mansouri", "fatima.almansouri@gulflighting.example"), buyer_to(po),
                               "رد تلقائي: " + request_subject(po), maildate("2026-11-15 08:02", "+0400"),
                               msgid("outlook", "c47", ""), irt=reply_to(po),
                               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                      ("Content-Language", "ar-AE")]),
                       body(txt, htm, seed="c47", cte="base64"))
    B.add("ae-out-of-office-arabic-english", "auto_reply / ar-AE",
          "Bilingual Arabic/English out-of-office with an Arabic subject prefix ('رد تلقائي'); return date and colleague named.",
          [po], eml, K("auto_reply", "Out-of-office until 22 Nov 2026; nothing about the order is answered."))


@case
def c_ca_fr_ooo(B):
    s = sup("TOITLAU", "Toitures Laurentides inc.", "commandes@toitures-laurentides.example", "fr-CA")
    po = PO("4500031148", s, [
        L(1, "RM-SBS-CAP-10", "SBS cap sheet, granulated, roll 10 m2", 140, "ROL", "52.00", "2026-12-11"),
        L(2, "RM-SBS-BASE-10", "SBS base sheet, roll 10 m2", 140, "ROL", "41.00", "2026-12-11"),
    ], "2026-11-13", BUYERS["owen"], "USD")
    txt = """Bonjour,

Je suis absente du bureau jusqu'au lundi 16 novembre inclusivement. Je prendrai connaissance de votre message à mon retour, le mardi 17 novembre.

Pour toute commande urgente, veuillez écrire à commandes@toitures-laurentides.example.

---

Hello,

I am away from the office until Monday, November 16 inclusive and will reply upon my return on Tuesday, November 17.

For urgent orders, please write to commandes@toitures-laurentides.example.

Geneviève Tremblay
Service à la clientèle | Toitures Laurentides inc. | Saint-Jérôme (Québec)"""
    eml = mime.message(headers(mime.addr("Geneviève Tremblay", "g.tremblay@toitures-laurentides.example"), buyer_to(po),
                               "Réponse automatique : " + request_subject(po), maildate("2026-11-13 10:13", "-0500"),
                               msgid("other", "c48", "toitures-laurentides.example"), irt=reply_to(po),
                               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),
                       mime.text(txt, "plain", "iso-8859-1", "quoted-printable"))
    B.add("ca-fr-vacation-bilingual", "auto_reply / fr-CA",
          "Bilingual Quebec vacation notice with dates without year; plain ISO-8859-1 QP, no quoted original.",
          [po], eml, K("auto_reply", "Vacation auto-reply (back 17 November); no order content."))


@case
def c_it_quota_bounce(B):
    s = sup("VNADR", "Vernici Navali Adriatiche S.p.A.", "ufficio.acquisti@vernicinavali.example", "it-IT")
    po = PO("4500031149", s, [
        L(1, "MP-AF-BLK-5L", "Antifouling self-polishing, black, tin 5 l", 80, "TIN", "94.00", "2026-12-11"),
        L(2, "MP-TC-WHT-5L", "2K topcoat, white, tin 5 l", 40, "TIN", "78.50", "2026-12-11"),
    ], "2026-11-16", BUYERS["claire"])
    txt = """** Messaggio non recapitato **

Si è verificato un problema temporaneo nella consegna del messaggio a ufficio.acquisti@vernicinavali.example. Gmail ha riprovato per 46 ore. Non riproverà più.

La casella di posta del destinatario è piena e non può ricevere nuovi messaggi al momento.

La risposta del server remoto è stata:
552 5.2.2 <ufficio.acquisti@vernicinavali.example>: Mailbox full - quota exceeded (casella piena)"""
    htm = ('<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px">'
           '<tr><td><h2 style="font-size:22px">Messaggio non recapitato</h2>'
           f'<p>{plain_to_html(txt.split(chr(10)+chr(10), 1)[1])}</p></td></tr></table></body></html>')
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; googlemail.com"),
         ("Arrival-Date", "Mon, 16 Nov 2026 02:12:09 -0800 (PST)"),
         ("X-Original-Message-ID", req_id(po["po_number"]))],
        [[("Final-Recipient", "rfc822; ufficio.acquisti@vernicinavali.example"),
          ("Action", "failed"), ("Status", "5.2.2"),
          ("Remote-MTA", "dns; mx1.vernicinavali.example. (192.0.2.44, the server for the domain vernicinavali.example.)"),
          ("Diagnostic-Code", "smtp; 552 5.2.2 <ufficio.acquisti@vernicinavali.example>: Mailbox full - quota exceeded"),
          ("Last-Attempt-Date", "Wed, 18 Nov 2026 00:14:51 -0800 (PST)")]])
    orig_h = (f"From: Claire Dubois <claire.dubois@{BUYER_DOMAIN}>\nTo: ufficio.acquisti@vernicinavali.example\n"
              f"Subject: {request_subject(po)}\nDate: {maildate('2026-11-16 11:12', '+0100')}\n"
              f"Message-ID: {req_id(po['po_number'])}\nMIME-Version: 1.0\n")
    alt = mime.multipart("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                         mime.html(htm, "utf-8", "quoted-printable")], "000000000000b7d0a1062f3e5c11")
    rep = mime.multipart("report", [alt, ds, mime.rfc822(orig_h, headers_only=True)], "000000000000a9c90e062f3e5c0f",
                         "; report-type=delivery-status")
    eml = mime.message([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
                        ("To", buyer_to(po)),
                        ("Subject", mime.enc_header("Notifica di mancato recapito (errore)")),
                        ("Date", "Wed, 18 Nov 2026 00:14:52 -0800 (PST)"),
                        ("Message-ID", "<6738f6ac.050a0220.1b4c2.9e5fSMTPIN_ADDED_MISSING@mx.google.com>"),
                        ("In-Reply-To", req_id(po["po_number"])), ("References", req_id(po["po_number"])),
                        ("Auto-Submitted", "auto-replied")], rep)
    B.add("it-quota-full-bounce", "bounce / it-IT",
          "Italian-language Gmail DSN after 46 hours of retries: mailbox full (552 5.2.2); threaded on the request, with returned headers only.",
          [po], eml, K("bounce", "Mailbox-full DSN from Google's mailer-daemon; the message never reached the supplier."))


@case
def c_es_conditional_prepay(B):
    s = sup("AZJALON", "Azúcares del Jalón S.L.", "ventas@azucaresjalon.example", "es-ES")
    po = PO("4500031150", s, [
        L(1, "SUG-WHT-BB1T", "White sugar EU cat. 2, big bag 1 t", 24, "T", "655.00", "2026-12-18"),
        L(2, "SUG-BRN-25KG", "Brown cane sugar, sack 25 kg", 2000, "KG", "1.10", "2026-12-18"),
    ], "2026-11-13", BUYERS["marek"])
    top = """Buenos días Sr. Horvath:

Podemos servir el pedido 4500031150 completo el 18/12 y a los precios indicados, siempre que nos confirmen el pago anticipado del 50 % antes del 30/11, ya que su línea de riesgo con la aseguradora de crédito está agotada.

Si están de acuerdo, les enviamos la confirmación definitiva del pedido.

Un cordial saludo,
Pilar Gimeno
Administración de Ventas
Azúcares del Jalón S.L. · Ctra. de Epila km 3 · 50290 La Almunia (Zaragoza)"""
    eml = outlook_reply(po, mime.addr("Pilar Gimeno", "pilar.gimeno@azucaresjalon.example"),
                        maildate("2026-11-17 10:05", "+0100"), "c50", top, "es", "viernes, 13 de noviembre de 2026 9:12",
                        "es-ES", charset="windows-1252")
    B.add("es-sugar-conditional-prepayment", "needs_review / es-ES",
          "Everything 'as ordered' but only if we prepay 50 % by 30/11; the definitive confirmation is promised after our answer - a conditional acceptance.",
          [po], eml, K("needs_review", "Conditional acceptance (50 % prepayment required) - the supplier does not commit until the buyer agrees."))


# =====================================================================================
# chunk 4
# =====================================================================================

@case
def c_ua_copper_next_week(B):
    s = sup("MIDDNP", "Mid-Dnipro LLC", "sales@mid-dnipro.example", "uk-UA")
    po = PO("4500031151", s, [
        L(1, "CU-EW-0.50-5", "Enamelled copper wire 0.50 mm, spool 5 kg", 100, "KG", "12.90", "2026-12-18"),
        L(2, "CU-EW-0.80-10", "Enamelled copper wire 0.80 mm, spool 10 kg", 200, "KG", "12.30", "2026-12-18"),
        L(3, "CU-EW-1.20-25", "Enamelled copper wire 1.20 mm, spool 25 kg", 300, "KG", "11.80", "2026-12-18"),
    ], "2026-11-16", BUYERS["marek"])
    top = """Добрий день, пане Марек!

Дякуємо за замовлення N 4500031151. Підтверджуємо:

поз. 1 - 100 кг (20 котушок по 5 кг), 12,90 EUR/кг, відвантаження 11.12.2026, доставка до вас 18.12.2026;
поз. 2 - 200 кг (20 котушок по 10 кг), 12,30 EUR/кг, так само доставка 18.12.2026.

Щодо поз. 3 (дріт 1,20 мм) - наразі уточнюємо наявність мідної катанки, термін і ціну підтвердимо наступного тижня.

З повагою,
Олена Коваленко
відділ продажу ТОВ "Мідь-Дніпро"
тел. +380 56 555 2714"""
    sent = "понеділок, 16 листопада 2026 р. 10:12"
    eml = outlook_reply(po, mime.addr("Олена Коваленко", "o.kovalenko@mid-dnipro.example", "koi8-u"),
                        maildate("2026-11-17 13:25", "+0200"), "c51", top, "uk", sent, "uk-UA", charset="koi8-u")
    B.add("ua-copper-third-line-next-week", "confirmation / uk-UA",
          "KOI8-U Cyrillic; two lines confirmed with both a ship date (11.12) and a delivery date (18.12); the third 'will be confirmed next week' stays unconfirmed.",
          [po], eml, C("Lines 1-2 as ordered (delivery 18.12.2026 wins over shipment 11.12); line 3 to be confirmed next week -> unconfirmed.",
                       conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC})))


@case
def c_au_led_pack_price(B):
    s = sup("SCLIGHT", "Southern Cross Lighting Pty Ltd", "orders@sclighting.example", "en-AU")
    po = PO("4500031152", s, [
        L(1, "LED-SL-120W-4K", "LED street light 120 W, 4000 K, IP66", 24, "PCS", "229.00", "2026-12-18"),
        L(2, "BLT-M10x30-A4", "Hex bolt M10x1.5x30 A4-70, pack of 25", 200, "PCS", "0.52", "2026-12-18"),
    ], "2026-11-16", BUYERS["owen"], "USD")
    top = """G'day Owen,

All good on 4500031152.

24 x 120W heads at $229.00 ea, and the M10 bolts - we sell those in packs of 25 at $12.50/pack, so 8 packs = your 200 pcs.

Both lines will be with you Friday 18 December.

Cheers,
Mick Brennan
Southern Cross Lighting | 7/22 Enterprise Dr, Rowville VIC 3178
0412 555 870"""
    attr = "On 17 Nov 2026, at 7:12 pm, Owen Fitzgerald <owen.fitzgerald@kestrel-procurement.example> wrote:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           f'{plain_to_html(top)}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
           f'<div>{plain_to_html(request_text(po))}</div></blockquote></div></body></html>')
    eml = mime.message(headers(mime.addr("Mick Brennan", "mick@sclighting.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-18 09:41", "+1100"),
                               msgid("apple", "c52", "sclighting.example"), irt=reply_to(po),
                               extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
                       body(plain, htm, seed="c52", style="apple"))
    d = is_weekday(next_md(12, 18, "2026-11-18"), "Fri")
    B.add("au-led-bolts-price-per-pack", "confirmation / en-AU",
          "Bolt price given per pack of 25 ($12.50) on a PO in pieces -> 0.50/pc; 'M10x1.5x30 A4-70' is a number trap; date without year.",
          [po], eml, C("Line 1 as ordered; line 2 12.50/25 = 0.50 per piece (PO 0.52); 'Friday 18 December' -> 2026-12-18.",
                       conf(po, {1: acc(po, 1), 2: chg(po, 2, p="0.50")})))
    assert d == "2026-12-18"


@case
def c_sk_roofing_per_m2(B):
    s = sup("STRTAT", "Strechy Tatra s.r.o.", "objednavky@strechytatra.example", "sk-SK")
    po = PO("4500031153", s, [
        L(1, "RM-SBS-5MM-10", "SBS roofing membrane 5 mm, slate finish, roll 10 m2", 90, "ROL", "41.00", "2026-12-11"),
        L(2, "RM-PRIMER-10L", "Bitumen primer, pail 10 l", 20, "PAIL", "27.00", "2026-12-11"),
    ], "2026-11-16", BUYERS["marek"])
    top = """Dobrý deň pán Horvath,

ďakujeme za objednávku č. 4500031153.

Pás SBS 5 mm s posypom dodáme v množstve 90 rolí (900 m²), cena od 1. 11. je však 4,25 €/m² (rola = 10 m²).
Penetračný náter: 20 vedier po 10 l za 27,00 €/ks.

Tovar dodáme do 11. decembra 2026.

S pozdravom
Martin Kováč
obchodné oddelenie
Strechy Tatra s.r.o., Priemyselná 9, 058 01 Poprad"""
    eml = outlook_reply(po, mime.addr("Martin Kováč", "kovac@strechytatra.example"),
                        maildate("2026-11-18 10:02", "+0100"), "c53", top, "sk", "pondelok 16. novembra 2026 9:12",
                        "sk-SK")
    B.add("sk-roofing-price-per-m2", "confirmation / sk-SK",
          "New price per m² (4,25 €) on a PO priced per 10 m² roll -> 42.50/roll; '1. 11.' is a price-validity date; m² superscript.",
          [po], eml, C("Line 1 4.25 x 10 = 42.50 per roll (PO 41.00); line 2 as ordered; 'do 11. decembra 2026' = requested date.",
                       conf(po, {1: chg(po, 1, p="42.50"), 2: acc(po, 2)})))


@case
def c_us_ebikes_one_po_declined(B):
    s = sup("CASCEBD", "Cascade E-Bike Distribution Inc.", "orders@cascade-ebd.example", "en-US")
    po1 = PO("4500031154", s, [
        L(1, "EB-VOL-CITY-400", "Voltra City 400 e-bike, step-through, 400 Wh", 10, "PCS", "1420.00", "2026-12-10"),
        L(2, "BAT-VOL-400", "Voltra spare battery 36 V 400 Wh", 10, "PCS", "365.00", "2026-12-10"),
    ], "2026-11-16", BUYERS["owen"], "USD")
    po2 = PO("4500031254", s, [
        L(1, "BAT-KX36-500", "Kinetix KX-36 battery pack 36 V 500 Wh", 16, "PCS", "398.00", "2026-12-10"),
    ], "2026-11-16", BUYERS["owen"], "USD")
    top = """Hi Owen,

Answering both of yesterday's POs here:

PO 4500031154 - confirmed as written: 10 Voltra City 400 at $1,420.00 and 10 spare 400Wh packs at $365.00. Ships from our Reno DC 12/7/2026, delivery to you 12/10/2026.

PO 4500031254 - unfortunately we have to decline this one. We stopped distributing Kinetix as of 10/1 and have no KX-36 packs left. Sorry about that.

Thanks,
Jenna Park
Dealer Sales | Cascade E-Bike Distribution Inc.
(775) 555-0187"""
    eml = outlook_reply(po1, mime.addr("Jenna Park", "jpark@cascade-ebd.example"),
                        maildate("2026-11-17 15:12", "-0800"), "c54", top, "en", "Monday, November 16, 2026 12:12 AM",
                        "en-US", subject="RE: POs 4500031154 and 4500031254")
    B.add("us-ebikes-one-po-declined-outright", "confirmation / en-US",
          "Two POs in one mail: one confirmed with month-first ship (12/7) and delivery (12/10) dates, the other declined outright because the brand is no longer carried.",
          [po1, po2], eml, C("PO 4500031154 as ordered (delivery 12/10/2026 = requested); PO 4500031254 line 1 rejected.",
                             all_acc(po1), conf(po2, {1: REJ})))


@case
def c_pt_frozen_pallets(B):
    s = sup("FRIOMIN", "Frio Minho - Congelados, S.A.", "encomendas@friominho.example", "pt-PT")
    po = PO("4500031155", s, [
        L(1, "FV-PEAS-10", "Garden peas, frozen, carton 10 kg", 150, "CT", "17.90", "2026-12-16"),
        L(2, "FV-CORN-10", "Sweet corn kernels, frozen, carton 10 kg", 80, "CT", "16.40", "2026-12-16"),
    ], "2026-11-17", BUYERS["claire"])
    top = """Boa tarde D. Claire,

Confirmamos a encomenda n.º 4500031155.

As ervilhas são expedidas apenas em paletes completas de 80 caixas, pelo que arredondámos para 2 paletes = 160 caixas. O milho (80 caixas = 1 palete) segue como pedido.

Entrega na quarta-feira, 16 de dezembro, em camião frigorífico a -20 °C. Preços conforme a encomenda.

Com os melhores cumprimentos,
Rui Carvalho
Departamento Comercial
Frio Minho - Congelados, S.A. | Zona Industrial de Lanheses, Viana do Castelo"""
    eml = outlook_reply(po, mime.addr("Rui Carvalho", "rui.carvalho@friominho.example", "iso-8859-1"),
                        maildate("2026-11-18 15:40", "+0000"), "c55", top, "pt", "terça-feira, 17 de novembro de 2026 08:12",
                        "pt-PT", charset="iso-8859-1")
    d = is_weekday(next_md(12, 16, "2026-11-18"), "Wed")
    B.add("pt-frozen-peas-full-pallets", "confirmation / pt-PT",
          "150 cartons rounded up to 2 full pallets of 80 = 160; 'quarta-feira, 16 de dezembro' has no year; -20 °C is noise.",
          [po], eml, C("Line 1 160 cartons; line 2 as ordered; 16 December -> 2026-12-16 = requested.",
                       conf(po, {1: chg(po, 1, q=160, d=d), 2: acc(po, 2)})))


@case
def c_nl_mobile_oneliner(B):
    s = sup("GOUDBOON", "Koffiebranderij De Gouden Boon B.V.", "order@goudenboon.example", "nl-NL")
    po = PO("4500031156", s, [
        L(1, "CAP-LUN-50", "Coffee capsules lungo, box of 50", 60, "BOX", "13.90", "2026-12-02"),
        L(2, "CAP-RIS-50", "Coffee capsules ristretto, box of 50", 40, "BOX", "14.20", "2026-12-02"),
    ], "2026-11-17", BUYERS["claire"])
    top = "Bevestigd, alles volgens order.\n\nGr Sanne\n\nVerstuurd vanaf mijn iPhone"
    attr = "Op 17 nov 2026 om 09:12 heeft Claire Dubois <claire.dubois@kestrel-procurement.example> het volgende geschreven:"
    plain = top + "\n\n" + attr + "\n\n" + quote(request_text(po))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
           f'<div dir="ltr">{plain_to_html(top)}</div><div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br>'
           f'{plain_to_html(request_text(po))}</blockquote></div></body></html>')
    eml = mime.message(headers(mime.addr("Sanne de Wit", "sanne@goudenboon.example"), buyer_to(po),
                               "Re: " + request_subject(po), maildate("2026-11-17 12:03", "+0100"),
                               msgid("apple", "c56", "goudenboon.example"), irt=reply_to(po),
                               extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                       body(plain, htm, seed="c56", style="apple"))
    B.add("nl-mobile-one-line-confirmed", "confirmation / nl-NL",
          "A one-line mobile 'Bevestigd, alles volgens order' - every value comes from the quoted PO, which is the only place numbers appear.",
          [po], eml, C("Unconditional confirmation 'all as per order': both lines accepted with PO values.", all_acc(po)))


@case
def c_us_erp_pdf_ship_delivery_cols(B):
    s = sup("VOLTLINE", "Voltline Battery Systems Inc.", "orders@voltline.example", "en-US")
    po = PO("4500031157", s, [
        L(1, "BAT-48V-17AH", "E-bike battery 48 V 17.5 Ah, downtube", 30, "PCS", "389.00", "2027-01-08"),
        L(2, "BAT-36V-10AH-RR", "E-bike battery 36 V 10.4 Ah, rear rack", 20, "PCS", "268.00", "2027-01-08"),
        L(3, "CHG-54V-3A", "Charger 54.6 V 3 A", 30, "PCS", "41.00", "2027-01-08"),
    ], "2026-11-17", BUYERS["dana"], "USD")
    txt = """Dear Customer,

Thank you for your order. Attached please find Sales Order Acknowledgment SO-2026-48213 for your PO 4500031157.

Please review the acknowledgment carefully and notify us within 2 business days of any discrepancies.

This message was generated automatically by NetSuite. Replies to this address are not monitored.

Voltline Battery Systems Inc. | 4410 Commerce Way, Sparks, NV 89431"""
    pg = pdf.Page()
    pg.text(40, 800, "VOLTLINE BATTERY SYSTEMS INC.", 13, True)
    pg.text(40, 786, "4410 Commerce Way, Sparks, NV 89431  |  (775) 555-0110", 8)
    pg.text(390, 800, "Sales Order Acknowledgment", 11, True)
    pg.rows([390, 480], 784, [["SO Number", "SO-2026-48213"], ["SO Date", "11/18/2026"], ["Customer PO", "4500031157"],
                              ["Terms", "Net 30"], ["Ship Via", "FedEx Freight LTL"], ["FOB", "Origin"]], size=8)
    y = pg.rows([40, 62, 128, 205, 330, 355, 385, 430, 488, 540], 680, [
        ["Ln", "Item", "Customer Item", "Description", "Qty", "UOM", "Unit Price", "Ext.", "Ship Date", "Est. Delivery"],
        ["1", "VBS-4817-DT", "BAT-48V-17AH", "48V 17.5Ah downtube pack", "30", "EA", "389.00", "11,670.00", "12/28/2026", "01/05/2027"],
        ["2", "VBS-3610-RR", "BAT-36V-10AH-RR", "36V 10.4Ah rear rack pack", "20", "EA", "274.00", "5,480.00", "12/28/2026", "01/05/2027"],
        ["3", "VBS-CH543", "CHG-54V-3A", "Charger 54.6V 3A", "30", "EA", "41.00", "1,230.00", "01/04/2027", "01/08/2027"],
    ], size=7, bold_first=True)
    y = pg.rows([385, 430], y - 6, [["Total USD", "18,380.00"]], size=8)
    pg.text(40, y - 20, "Line 2: price per 2027 price list (cell cost adjustment). UN 38.3 test summary dated 03/15/2025 available on request.", 7)
    pg.text(40, y - 32, "Lithium batteries ship as Class 9 dangerous goods (UN3480).", 7)
    att = mime.attachment(pdf.build([pg], "SO-2026-48213", "NetSuite", "D:20261118031500-08'00'"),
                          "application/pdf", "SO-2026-48213.pdf")
    eml = mime.message(headers(mime.addr("Voltline Battery Systems", "no-reply@voltline.example"), buyer_to(po),
                               "Sales Order Acknowledgment SO-2026-48213 (PO 4500031157)", maildate("2026-11-18 03:15", "-0800"),
                               msgid("other", "c57", "voltline.example"),
                               extra=[("Auto-Submitted", "auto-generated"), ("X-NetSuite", "ack")]),
                       body(txt, None, [att], seed="c57", style="other"))
    B.add("us-erp-pdf-ship-and-delivery-columns", "confirmation / en-US",
          "NetSuite PDF with separate Ship Date and Est. Delivery columns (delivery wins); line 3 ships later than requested but still arrives on the requested day.",
          [po], eml, C("Lines 1-2 delivered 01/05/2027, line 2 at 274.00; line 3 delivery 01/08/2027 = requested (ship 01/04 is not the date).",
                       conf(po, {1: chg(po, 1, d="2027-01-05"), 2: chg(po, 2, p="274.00", d="2027-01-05"), 3: acc(po, 3)})))


@case
def c_pl_contradictory_pdf(B):
    s = sup("PELMAZ", "Pelet-Mazury Sp. z o.o.", "biuro@peletmazury.example", "pl-PL")
    po = PO("4500031158", s, [
        L(1, "WP-ENA1-15KG", "Wood pellets ENplus A1, 6 mm, bag 15 kg", 65, "BAG", "3.90", "2026-12-15"),
        L(2, "WP-ENA1-PAL", "Wood pellets ENplus A1, pallet 65 x 15 kg", 20, "PAL", "249.00", "2026-12-15"),
    ], "2026-11-17", BUYERS["marek"])
    top = """Dzień dobry,

w załączeniu potwierdzenie zamówienia 4500031158. Ilości i ceny zgodnie z zamówieniem, dostawa 15.12.2026.

Pozdrawiam
Katarzyna Nowak
Pelet-Mazury Sp. z o.o.
tel. 89 555 21 40"""
    lines = [("PELET-MAZURY SP. Z O.O.", 12, True), ("ul. Lesna 3, 11-010 Barczewo  NIP 739-555-21-40", 8, False), "",
             ("POTWIERDZENIE ZAMOWIENIA nr PZ/2026/1187", 11, True), "",
             "Data: 18.11.2026", "Zamawiajacy: Kestrel Procurement Services", "Nr zamowienia klienta: 4500031158", "",
             "Lp.  Indeks          Nazwa                                   Ilosc   J.m.   Cena EUR",
             "1    PEL-A1-15       Pellet ENplus A1 6 mm, worek 15 kg       65      szt.   3,90",
             "2    PEL-A1-PAL65    Pellet ENplus A1, paleta 65 x 15 kg      20      pal.   249,00",
             "", "Termin dostawy: 22.12.2026", "Warunki platnosci: przelew 14 dni", "Dostawa: DAP magazyn klienta", "",
             ("Dokument wygenerowany elektronicznie, nie wymaga podpisu.", 7, False)]
    att = mime.attachment(pdf.simple(lines, "PZ/2026/1187", "Comarch ERP Optima", "D:20261118083000+01'00'"),
                          "application/pdf", "PZ_2026_1187.pdf")
    attr = "wt., 17 lis 2026 o 09:12 Marek Horvath <marek.horvath@kestrel-procurement.example> napisał(a):"
    eml = gmail_reply(po, mime.addr("Katarzyna Nowak", "k.nowak@peletmazury.example"),
                      maildate("2026-11-18 08:47", "+0100"), "c58", top, attr, prefix="Odp: ", atts=[att])
    B.add("pl-pellets-text-vs-pdf-date-conflict", "needs_review / pl-PL",
          "The mail says delivery 15.12.2026, the attached confirmation PDF says 22.12.2026 - a contradiction a careful buyer must query.",
          [po], eml, K("needs_review", "Text (15.12.2026) and attached PDF (22.12.2026) disagree on the delivery date; quantities/prices agree, but the commitment is unclear."))


@case
def c_gb_bed_parts_question(B):
    s = sup("ALBMED", "Albion Medical Beds Ltd", "orders@albionmedical.example", "en-GB")
    po = PO("4500031159", s, [
        L(1, "SP-CAST-100-TL", "Castor 100 mm, total lock, for Series 3 beds", 40, "PCS", "19.80", "2026-12-11"),
        L(2, "SP-MOT-HL2", "Hi-lo motor for Series 3 bed frame", 6, "PCS", "214.00", "2026-12-11"),
        L(3, "SP-PSU-24V-S3", "Control box / PSU 24 V, Series 3", 6, "PCS", "156.00", "2026-12-11"),
    ], "2026-11-17", BUYERS["owen"], "GBP")
    top = """Hi Owen,

Before we put this on, could you double-check line 2 for me? SP-MOT-HL2 is the hi-lo motor for the old Series 2 frame, but the description on your PO says Series 3 - they're not interchangeable (the Series 3 one is SP-MOT-HL3, currently £228.00).

Which one do you need? As soon as I know I'll send the acknowledgement for the whole order.

Many thanks,
Harriet Lowe
Spares Desk | Albion Medical Beds Ltd
01604 555 318"""
    eml = outlook_reply(po, mime.addr("Harriet Lowe", "harriet.lowe@albionmedical.example"),
                        maildate("2026-11-18 11:16", "+0000"), "c59", top, "en", "17 November 2026 09:12", "en-GB")
    B.add("gb-bed-spares-which-motor-question", "needs_review / en-GB",
          "A clarifying question about an item-code/description mismatch, with an alternative price quoted; the acknowledgement is promised afterwards.",
          [po], eml, K("needs_review", "Supplier asks which motor is meant before acknowledging anything; £228.00 is a quote for an alternative."))


@case
def c_se_received_will_revert(B):
    s = sup("NORRSOC", "Norrlands Sockerbruk AB", "order@norrlandssocker.example", "sv-SE")
    po = PO("4500031160", s, [
        L(1, "SUG-WHT-BB1T", "White sugar EU cat. 2, big bag 1 t", 18, "T", "648.00", "2026-12-17"),
        L(2, "SUG-ICING-25KG", "Icing sugar, sack 25 kg", 1500, "KG", "1.05", "2026-12-17"),
    ], "2026-11-18", BUYERS["tomas"])
    top = """Hej Tomas!

Tack, ordern är mottagen. Vi återkommer med leveransdatum så snart vi fått besked från bruket om produktionsplanen för v. 50-51.

Mvh
Elin Sundberg
Norrlands Sockerbruk AB

Skickat från Outlook för iOS"""
    attr = "Från: Tomas Lindqvist <tomas.lindqvist@kestrel-procurement.example>\nSkickat: onsdag, november 18, 2026 09:12\nTill: Order Norrlands Sockerbruk <order@norrlandssocker.example>\nÄmne: " + request_subject(po)
    plain = top + "\n\n" + attr + "\n\n" + request_text(po)
    htm = outlook_html(p_mso(top), '<hr style="display:inline-block;width:98%">' + p_mso(attr + "\n\n" + request_text(po)), "SV")
    eml = mime.message(headers(mime.addr("Elin Sundberg", "elin.sundberg@norrlandssocker.example"), buyer_to(po),
                               "Sv: " + request_subject(po), maildate("2026-11-18 13:58", "+0100"),
                               msgid("outlook", "c60", ""), irt=reply_to(po)),
                       body(plain, htm, seed="c60"))
    B.add("se-sugar-received-dates-to-follow", "needs_review / sv-SE",
          "Mobile 'order received, we'll come back with delivery dates' mentioning weeks 50-51 as the planning horizon, not as a commitment.",
          [po], eml, K("needs_review", "Receipt only; delivery dates promised later ('v. 50-51' is the mill's planning period)."))


@case
def c_cn_price_increase_approval(B):
    s = sup("NBWIND", "Ningbo Fengli Electromechanical Co., Ltd.", "sales@nbfengli.example", "zh-CN")
    po = PO("4500031161", s, [
        L(1, "FAN-IND-500-4", "Industrial wall fan 500 mm, 4-pole, 400 V", 60, "PCS", "118.00", "2027-01-29"),
        L(2, "FAN-IND-630-4", "Industrial wall fan 630 mm, 4-pole, 400 V", 40, "PCS", "146.00", "2027-01-29"),
    ], "2026-11-17", BUYERS["priya"], "USD")
    top = """Dear Priya，

您好！订单 4500031161 已收到，谢谢支持。

由于近期铜价上涨，电机成本增加较多，我司需要将两款风机的单价上调 6%。请确认是否接受新价格，收到贵司书面确认后我们即安排生产，交期为确认后 35 天左右。

另：春节放假时间为 2027年2月5日至2月17日，请提前安排。

期待您的回复！

Best regards
王芳 Fiona Wang
宁波风力机电有限公司 外贸部
Tel: +86 574 5555 6631"""
    attr = "------------------ 原始邮件 ------------------\n发件人: \"Priya Natarajan\"<priya.natarajan@kestrel-procurement.example>;\n发送时间: 2026年11月17日(星期二) 下午4:12\n主题: " + request_subject(po)
    plain = top + "\n\n" + attr + "\n\n" + request_text(po)
    eml = mime.message(headers(mime.addr("王芳", "fiona.wang@nbfengli.example", "gbk"), buyer_to(po),
                               "回复：" + request_subject(po), maildate("2026-11-18 09:20", "+0800"),
                               msgid("other", "c61", "nbfengli.example"), irt=reply_to(po),
                               extra=[("X-Mailer", "QQMail 2.x")], charset="gbk"),
                       body(plain, plain_to_html(plain).join(["<html><body>", "</body></html>"]), seed="c61",
                            charset="gbk", cte="base64", style="other"))
    B.add("cn-fans-price-increase-needs-approval", "needs_review / zh-CN",
          "Supplier asks the buyer to accept a 6 % increase before production; lead time '35 days after confirmation' and Chinese New Year dates are not commitments.",
          [po], eml, K("needs_review", "Price increase proposed and awaiting the buyer's approval; no delivery date committed."))


@case
def c_us_bedding_ambiguous(B):
    s = sup("LAKEPET", "Lakeshore Pet Supply Co.", "orders@lakeshorepet.example", "en-US")
    po = PO("4500031162", s, [
        L(1, "PB-ASPEN-4CF", "Aspen shavings bedding, bale 4 cu ft", 150, "BALE", "9.40", "2026-12-18"),
        L(2, "PB-PAPER-40L", "Paper bedding, bale 40 l", 80, "BALE", "11.90", "2026-12-18"),
        L(3, "PB-PINE-8CF", "Pine shavings, bale 8 cu ft", 60, "BALE", "12.60", "2026-12-18"),
    ], "2026-11-17", BUYERS["dana"], "USD")
    top = """Hey Dana - we can get most of this out by the 18th, rest shortly after. Paper bedding is tight right now. Let me know if that works.

-Chris"""
    attr = "On Tue, Nov 17, 2026 at 3:12 AM Dana Ruiz <dana.ruiz@kestrel-procurement.example> wrote:"
    eml = gmail_reply(po, mime.addr("Chris Olson", "chris@lakeshorepet.example"), maildate("2026-11-18 16:44", "-0600"),
                      "c62", top, attr)
    B.add("us-pet-bedding-most-by-the-18th", "needs_review / en-US",
          "'Most of this by the 18th, rest shortly after' - no line, quantity or second date is named; a guess at a split would be wrong.",
          [po], eml, K("needs_review", "Vague partial commitment: which lines/quantities come on the 18th and when the rest follows is not stated."))


@case
def c_it_pellets_pallet_question(B):
    s = sup("PELVALT", "Pellet Valtellina S.r.l.", "commerciale@pelletvaltellina.example", "it-IT")
    po = PO("4500031163", s, [
        L(1, "WP-ENA1-15KG", "Wood pellets ENplus A1, 6 mm, bag 15 kg", 1000, "BAG", "4.05", "2026-12-16"),
    ], "2026-11-18", BUYERS["marek"])
    top = """Buongiorno Sig. Horvath,

grazie per l'ordine 4500031163. Consegniamo solo a bancale completo da 70 sacchi: invece dei 1.000 sacchi ordinati possiamo proporvi 15 bancali (1.050 sacchi) oppure 14 bancali (980 sacchi), stesso prezzo di 4,05 EUR/sacco.

Fateci sapere quale soluzione preferite e vi mandiamo subito la conferma d'ordine con la data di consegna.

Cordiali saluti
Luca Bertolini
Pellet Valtellina S.r.l. - Via Stelvio 88, 23100 Sondrio"""
    eml = outlook_reply(po, mime.addr("Luca Bertolini", "l.bertolini@pelletvaltellina.example"),
                        maildate("2026-11-19 09:05", "+0100"), "c63", top, "it", "mercoledì 18 novembre 2026 09:12", "it-IT")
    B.add("it-pellets-pallet-choice-question", "needs_review / it-IT",
          "Two alternative quantities (1.050 or 980 bags) offered for the buyer to choose; confirmation and date promised after the answer.",
          [po], eml, K("needs_review", "Supplier asks the buyer to pick 15 or 14 pallets; nothing is committed until then."))


@case
def c_ar_es_ooo(B):
    s = sup("PAMPAUNI", "Uniformes Pampa S.A.", "ventas@uniformespampa.example", "es-AR")
    po = PO("4500031164", s, [
        L(1, "WU-SHT-BL-M", "Work shirt light blue, long sleeve, size M", 120, "PCS", "14.60", "2027-01-15"),
        L(2, "WU-SHT-BL-L", "Work shirt light blue, long sleeve, size L", 150, "PCS", "14.60", "2027-01-15"),
    ], "2026-11-19", BUYERS["claire"], "USD")
    txt = """Hola, gracias por tu mensaje.

Estoy de vacaciones hasta el lunes 30 de noviembre inclusive, sin acceso al correo. A mi regreso respondo todos los mails pendientes.

Por pedidos o temas urgentes escribile a Martín Sosa (msosa@uniformespampa.example) o llamá al +54 11 5555-3812.

Saludos,
Florencia Giménez
Uniformes Pampa S.A. - Av. Mitre 1450, Avellaneda, Buenos Aires"""
    eml = mime.message(headers(mime.addr("Florencia Giménez", "fgimenez@uniformespampa.example"), buyer_to(po),
                               "Respuesta automática: " + request_subject(po), maildate("2026-11-19 05:13", "-0300"),
                               msgid("gmail", "c64", ""), irt=reply_to(po),
                               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
                       body(txt, f'<div dir="ltr">{plain_to_html(txt)}</div>', seed="c64", style="gmail"))
    is_weekday("2026-11-30", "Mon")
    B.add("ar-es-vacation-auto-reply", "auto_reply / es-AR",
          "Gmail vacation responder in Rioplatense Spanish (voseo), naming a colleague; the return date is not a delivery date.",
          [po], eml, K("auto_reply", "Vacation auto-reply until Monday 30 November; nothing about the order."))


@case
def c_nz_shared_inbox(B):
    s = sup("KIWIPAINT", "Kiwi Marine Coatings Ltd", "orders@kiwimarine.example", "en-NZ")
    po = PO("4500031165", s, [
        L(1, "MP-AF-CPR-5L", "Antifouling copper-free, tin 5 l", 48, "TIN", "88.00", "2027-01-22"),
        L(2, "MP-PRM-BAR-5L", "Barrier coat epoxy, tin 5 l", 24, "TIN", "69.50", "2027-01-22"),
    ], "2026-11-19", BUYERS["owen"], "USD")
    txt = """Kia ora,

Thanks for getting in touch with the Kiwi Marine Coatings orders team. This is an automatic reply to let you know your email has been received and is in our queue.

We aim to respond to all order enquiries within 24 hours (Mon-Fri, 8.00am-4.30pm NZT). Orders received before 12 noon are usually processed the same day.

Please don't reply to this message - a member of the team will be in touch.

Ngā mihi,
Orders Team | Kiwi Marine Coatings Ltd | 31 Beach Road, Wynyard Quarter, Auckland"""
    eml = mime.message(headers(mime.addr("Kiwi Marine Coatings Orders", "orders@kiwimarine.example"), buyer_to(po),
                               "We've received your email - " + request_subject(po), maildate("2026-11-20 09:12", "+1300"),
                               msgid("exchange", "c65", "kiwimarine.example"), irt=reply_to(po),
                               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                      ("Precedence", "bulk")]),
                       mime.text(txt, "plain", "utf-8", "quoted-printable"))
    B.add("nz-shared-inbox-received", "auto_reply / en-NZ",
          "Shared orders mailbox auto-acknowledgment ('your email has been received'), with service hours and a 24-hour promise.",
          [po], eml, K("auto_reply", "Automatic receipt notice from the shared inbox; no answer to the PO."))


@case
def c_ca_delay_dsn(B):
    s = sup("MAPLESUG", "Maple Leaf Sugar Refiners Ltd", "orders@mapleleafsugar.example", "en-CA")
    po = PO("4500031166", s, [
        L(1, "SUG-WHT-BB1T", "White sugar, fine granulated, big bag 1 t", 22, "T", "690.00", "2027-01-12"),
    ], "2026-11-19", BUYERS["dana"], "USD")
    txt = """This is the mail system at host mx2.kestrel-procurement.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@mapleleafsugar.example>: connect to mx.mapleleafsugar.example[198.51.100.23]:25: Connection timed out"""
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; mx2.kestrel-procurement.example"),
         ("X-Postfix-Queue-ID", "4Qn2Hk0TbRz9Fd"),
         ("X-Postfix-Sender", f"rfc822; dana.ruiz@{BUYER_DOMAIN}"),
         ("Arrival-Date", "Thu, 19 Nov 2026 09:12:05 +0100 (CET)")],
        [[("Final-Recipient", "rfc822; orders@mapleleafsugar.example"),
          ("Original-Recipient", "rfc822;orders@mapleleafsugar.example"),
          ("Action", "delayed"), ("Status", "4.4.1"),
          ("Diagnostic-Code", "X-Postfix; connect to mx.mapleleafsugar.example[198.51.100.23]:25: Connection timed out"),
          ("Will-Retry-Until", "Tue, 24 Nov 2026 09:12:05 +0100 (CET)")]])
    orig_h = (f"From: Dana Ruiz <dana.ruiz@{BUYER_DOMAIN}>\nTo: orders@mapleleafsugar.example\n"
              f"Subject: {request_subject(po)}\nDate: {maildate('2026-11-19 09:12', '+0100')}\n"
              f"Message-ID: {req_id(po['po_number'])}\n")
    rep = mime.multipart("report", [mime.text(txt, "plain", "us-ascii", "7bit",
                                              extra=[("Content-Description", "Notification")]),
                                    ds, mime.rfc822(orig_h, headers_only=True)],
                         "4Qn2Hk0TbRz9Fd.1763554325/mx2.kestrel-procurement.example", "; report-type=delivery-status")
    eml = mime.message([("From", "MAILER-DAEMON@mx2.kestrel-procurement.example (Mail Delivery System)"),
                        ("To", f"dana.ruiz@{BUYER_DOMAIN}"),
                        ("Subject", "Delayed Mail (still being retried)"),
                        ("Date", "Thu, 19 Nov 2026 13:32:05 +0100 (CET)"),
                        ("Message-ID", "<20261119123205.7D41B2A0044@mx2.kestrel-procurement.example>"),
                        ("Auto-Submitted", "auto-replied")], rep)
    B.add("ca-delayed-delivery-warning-dsn", "bounce / en-CA",
          "Postfix 'delayed' DSN (Action: delayed, 4.4.1) - a warning, not a final failure, but still a delivery status report rather than a reply.",
          [po], eml, K("bounce", "Delivery-delay DSN for the supplier address; no supplier content. Retry-until date is not a delivery date."))


@case
def c_de_invoice_other_po(B):
    s = sup("PSNORD", "Pumpen & Schläuche Nord GmbH", "vertrieb@ps-nord.example", "de-DE")
    po = PO("4500031167", s, [
        L(1, "FH-C52-20-SYN", "Fire hose C-52, synthetic, 20 m length with couplings", 40, "LEN", "58.00", "2026-12-11"),
        L(2, "FH-B75-20-SYN", "Fire hose B-75, synthetic, 20 m length with couplings", 20, "LEN", "86.00", "2026-12-11"),
    ], "2026-11-18", BUYERS["tomas"])
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. RE-2026-11873 vom 19.11.2026 zu Ihrer Bestellung 4500029715 (Lieferschein LS-2026-10442 vom 30.10.2026).

Zahlbar innerhalb von 30 Tagen netto bzw. innerhalb von 10 Tagen mit 2 % Skonto.

Mit freundlichen Grüßen
Buchhaltung
Pumpen & Schläuche Nord GmbH · Am Speicher 5 · 24937 Flensburg"""
    lines = [("Pumpen & Schläuche Nord GmbH", 12, True), ("Am Speicher 5 · 24937 Flensburg · USt-IdNr. DE 281 555 904", 8, False), "",
             ("RECHNUNG RE-2026-11873", 12, True), "Rechnungsdatum: 19.11.2026", "Ihre Bestellung: 4500029715",
             "Lieferschein: LS-2026-10442 vom 30.10.2026", "Leistungsdatum: 30.10.2026", "",
             "Pos  Artikel          Bezeichnung                              Menge   Einzelpreis    Gesamt",
             "1    PSN-C52-20S      Feuerwehrschlauch C-52, 20 m, Storz       30 Lg      58,00      1.740,00",
             "2    PSN-KUP-C        Kupplung Storz C-52, Alu                  24 St      11,80        283,20",
             "", "Nettobetrag EUR 2.023,20", "USt 19 %     EUR 384,41", ("Rechnungsbetrag EUR 2.407,61", 10, True), "",
             "Zahlungsziel: 19.12.2026 netto, bei Zahlung bis 29.11.2026 2 % Skonto.",
             "IBAN DE12 2175 0000 0055 5190 01 · BIC NOLADE21NOS"]
    att = mime.attachment(pdf.simple(lines, "RE-2026-11873", "DATEV Rechnungswesen", "D:20261119071000+01'00'"),
                          "application/pdf", "RE-2026-11873.pdf")
    eml = mime.message(headers(mime.addr("Buchhaltung PS Nord", "buchhaltung@ps-nord.example"), "invoices@kestrel-procurement.example",
                               "Rechnung RE-2026-11873 zu Bestellung 4500029715", maildate("2026-11-19 07:10", "+0100"),
                               msgid("other", "c67", "ps-nord.example"), cc=buyer_to(po)),
                       body(txt, None, [att], seed="c67", style="other", charset="iso-8859-15"))
    B.add("de-invoice-for-other-order", "unrelated / de-DE",
          "Invoice PDF from the same supplier for an older order 4500029715 with the same kind of hoses and prices; due and discount dates look like commitments.",
          [po], eml, K("unrelated", "Invoice for another PO (4500029715, delivered 30.10.2026); the open PO 4500031167 is not answered."))


@case
def c_us_shipping_other_po(B):
    s = sup("PACVEND", "Pacific Vending Supply Co.", "orders@pacvending.example", "en-US")
    po = PO("4500031168", s, [
        L(1, "VC-9OZ-WHT", "Vending cup 9 oz white PS, 50/sleeve, 3000/carton", 15, "CT", "104.00", "2026-12-09"),
        L(2, "VC-LID-9OZ", "Flat lid for 9 oz cup, carton of 2000", 10, "CT", "38.00", "2026-12-09"),
    ], "2026-11-18", BUYERS["dana"], "USD")
    txt = """Your order is on its way!

Hi Dana,

Good news - the following order has shipped:

Sales order:      SO-PVS-55120
Your PO:          4500030544
Ship date:        11/19/2026
Carrier:          XPO Logistics LTL, PRO# 391-5551284
Est. delivery:    11/24/2026

Items shipped:
  VC-7OZ-WHT   Vending cup 7 oz white, 3000/carton     12 cartons
  VC-STIR-11   Wooden stirrer 11 cm, box of 1000        20 boxes

Track your shipment: https://track.pacvending.example/391-5551284

Questions? Reply to this email or call Customer Care at (503) 555-0170.

Pacific Vending Supply Co. | Portland, OR"""
    htm = ('<html><body style="font-family:Helvetica,Arial"><table width="600" align="center"><tr><td>'
           f'<h2>Your order is on its way!</h2><p>{plain_to_html(txt.split(chr(10)+chr(10), 1)[1])}</p></td></tr></table></body></html>')
    eml = mime.message(headers(mime.addr("Pacific Vending Supply", "shipping@pacvending.example"), buyer_to(po),
                               "Shipped: SO-PVS-55120 / PO 4500030544", maildate("2026-11-19 14:05", "-0800"),
                               msgid("other", "c68", "pacvending.example"), extra=[("X-Mailer", "Acumatica Notifications")]),
                       body(txt, htm, seed="c68", style="other"))
    B.add("us-shipping-notice-other-po", "unrelated / en-US",
          "Shipping notice from the same supplier, same product family, with ship and delivery dates - but for PO 4500030544, not the open PO.",
          [po], eml, K("unrelated", "Dispatch notice for a different PO; nothing about 4500031168."))


@case
def c_rs_price_list_xlsx(B):
    s = sup("SRBPEL", "Drvni Pelet Srbija d.o.o.", "prodaja@drvnipelet.example", "sr-RS")
    po = PO("4500031169", s, [
        L(1, "WP-ENA1-15KG", "Wood pellets ENplus A1, 6 mm, bag 15 kg", 1040, "BAG", "3.70", "2026-12-18"),
    ], "2026-11-17", BUYERS["marek"])
    import datetime as _dt
    X = xlsx.XDate
    rows = [["Cenovnik 2027 - Drvni Pelet Srbija d.o.o."],
            ["Važi od", X(_dt.date(2027, 1, 1)), "do", X(_dt.date(2027, 12, 31))],
            [],
            ["Šifra", "Naziv", "Pakovanje", "Min. količina", "Cena EUR", "Jedinica"],
            ["DPS-A1-15", "Pelet ENplus A1 6 mm", "vreća 15 kg", "1 paleta (65 vreća)", 3.85, "vreća"],
            ["DPS-A1-BB", "Pelet ENplus A1 6 mm", "big bag 1 t", "5 t", 236.0, "t"],
            ["DPS-A2-15", "Pelet ENplus A2 6 mm", "vreća 15 kg", "1 paleta (65 vreća)", 3.55, "vreća"],
            [],
            ["Cene su FCA Kraljevo, bez PDV-a. Rok isporuke: 10 radnih dana od potvrde narudžbine."]]
    att = mime.attachment(xlsx.build(rows, "Cenovnik 2027", stamp=(2026, 11, 20, 8, 0, 0)),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Cenovnik_2027.xlsx")
    txt = """Poštovani partneri,

u prilogu Vam šaljemo naš cenovnik za 2027. godinu, koji važi od 01.01.2027. do 31.12.2027.

Sve narudžbine potvrđene do 31.12.2026. isporučujemo po starim cenama.

Srdačan pozdrav,
Jelena Petrović
Komercijala, Drvni Pelet Srbija d.o.o., Kraljevo"""
    eml = mime.message(headers(mime.addr("Jelena Petrović", "prodaja@drvnipelet.example"), buyer_to(po),
                               "Cenovnik 2027", maildate("2026-11-20 08:30", "+0100"),
                               msgid("outlook", "c69", "")),
                       body(txt, outlook_html(p_mso(txt), "", "SR-LATN-RS"), [att], seed="c69"))
    B.add("rs-price-list-2027-xlsx", "unrelated / sr-RS",
          "Circular price list for 2027 as XLSX (validity dates, min. quantities, a new price for the ordered item) that does not answer the open PO.",
          [po], eml, K("unrelated", "Price list mailing; prices from 01.01.2027 and a lead time in days, but no answer to PO 4500031169."))


@case
def c_my_statement(B):
    s = sup("PENMED", "Penang Medical Disposables Sdn. Bhd.", "ar@penangmedical.example", "en-MY")
    po = PO("4500031170", s, [
        L(1, "SYR-3ML-LL", "Syringe 3 ml Luer lock, box of 100", 400, "BOX", "6.10", "2027-01-22"),
        L(2, "SYR-20ML-LL", "Syringe 20 ml Luer lock, box of 50", 120, "BOX", "9.75", "2027-01-22"),
    ], "2026-11-18", BUYERS["priya"], "USD")
    txt = """Dear Valued Customer,

Please find below your Statement of Account as at 31/10/2026.

Customer: Kestrel Procurement Services (A/C K0117)

Date        Ref          Your PO       Debit (USD)   Credit (USD)   Balance (USD)
05/08/2026  INV-260811   4500027740      8,420.00                       8,420.00
17/09/2026  INV-260977   4500028815     12,110.50                      20,530.50
20/09/2026  PMT-09-118                                  8,420.00       12,110.50
14/10/2026  INV-261102   4500029902      5,985.00                      18,095.50

Ageing:  Current 5,985.00 | 31-60 days 12,110.50 | 61-90 days 0.00 | >90 days 0.00

Kindly arrange payment of the overdue amount of USD 12,110.50 by 30/11/2026. Please ignore this statement if payment has already been made.

Thank you.

Accounts Receivable
Penang Medical Disposables Sdn. Bhd. | Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang"""
    eml = mime.message(headers(mime.addr("PMD Accounts Receivable", "ar@penangmedical.example"), buyer_to(po),
                               "Statement of Account as at 31/10/2026 - A/C K0117", maildate("2026-11-20 10:40", "+0800"),
                               msgid("other", "c70", "penangmedical.example")),
                       mime.text(txt, "plain", "us-ascii", "7bit"))
    B.add("my-statement-of-account", "unrelated / en-MY",
          "Statement of account listing older POs, amounts and a pay-by date from the same supplier; the open PO is not in it.",
          [po], eml, K("unrelated", "Accounts-receivable statement for earlier invoices; does not answer PO 4500031170."))



# =====================================================================================

def main():
    B = Batch(HERE)
    for f in CASES:
        f(B)
    n = B.write()
    print(f"wrote {n} cases")


if __name__ == "__main__":
    main()
