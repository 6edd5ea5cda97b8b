"""Cases 001-018."""
from .common import (ACC, BM, IN, KN, LC, NH, REJ, UNC, VM, L, PO, Supplier, at, case, chg, de, en, expected, fr,
                     kw_friday)
from .mime import compose
from .render import Raw, Table


# 001 ------------------------------------------------------------------------------------------
@case("wind-bolts-oneliner", "confirmation/en-GB",
      "A one-line 'confirmed in full' above a quoted request whose table holds every number; bolt sizes like M36x220 look like quantities.")
def c001(ctx):
    sup = Supplier("PENNINE", "Pennine Fasteners Ltd", "sales@pennine-fasteners.example", "en-GB", "Gareth")
    po = PO("4500231187", sup, BM, "GBP", "2026-11-05", [
        L(1, "WTB-M36-220", "Stud bolt M36x220, 10.9, HDG, DIN 976-1", 400, "EA", "14.80", "2026-12-18"),
        L(2, "WTB-N36-HV", "Hex nut M36 HV 10, EN 14399-4, 2027 batch", 800, "EA", "3.95", "2026-12-18"),
        L(3, "WTB-W37-HV", "Washer 37x66x6, 300HV, EN 14399-6", 800, "EA", "0.86", "2026-12-18"),
    ])
    msg = compose(ctx, client="outlook365", po=po, frm=("Gareth Holroyd", sup.addr("gareth.holroyd")),
                  date=at("2026-11-10", "14:22", 0), subject="RE: " + po.req_subject, charset="us-ascii",
                  body=["Hi Tom,", "Confirmed in full - quantities, prices and delivery as per your PO."],
                  sig="Best regards\n\nGareth Holroyd\nInternal Sales | Pennine Fasteners Ltd\n"
                      "Brunswick Works, Mill Lane, Halifax HX3 6TR\nT: 01422 555 314 | M: 07700 900 412",
                  disclaimer="This e-mail and any attachments are confidential and intended solely for the addressee. "
                             "Pennine Fasteners Ltd is registered in England and Wales, company no. 04417731.",
                  lang_tag="en-GB")
    exp = expected("confirmation", "Whole-order acceptance in one sentence; all values come from the PO, the quoted "
                   "table must not be read as a counter-offer.", (po, {1: ACC, 2: ACC, 3: ACC}))
    return [po], msg, exp


# 002 ------------------------------------------------------------------------------------------
@case("espresso-gaskets-woche-2", "confirmation/de-DE",
      "'Liefertermin: Woche 2 im neuen Jahr' must become Friday of ISO week 2/2027 (2027-01-15); German thousands dots and decimal commas.")
def c002(ctx):
    sup = Supplier("BRENNER", "Dichtungstechnik Brenner GmbH", "vertrieb@brenner-dichtungen.example", "de-DE",
                   "Mr Kessler")
    po = PO("4500231244", sup, NH, "EUR", "2026-11-12", [
        L(1, "GSK-E61-8.5", "Group head gasket E61, 8.5 mm, 73x57 mm, silicone", 2000, "PCS", "0.62", "2026-12-18"),
        L(2, "GSK-OR-2025", "O-ring 20x2.5 EPDM, FDA, steam valve", 5000, "PCS", "0.085", "2026-12-18"),
        L(3, "GSK-PTFE-3/8", "Flat gasket 3/8\" PTFE, boiler fitting", 1500, "PCS", "0.14", "2026-12-11"),
    ])
    wk2 = kw_friday(2027, 2)
    assert wk2 == "2027-01-15"
    body = [
        "Hallo Frau Fischer,",
        "vielen Dank für Ihre Bestellung 4500231244, die wir wie folgt bestätigen:",
        Raw("Pos. 1  GSK-E61-8.5   2.000 Stk. à 0,62 EUR   Liefertermin: Woche 2 im neuen Jahr\n"
            "Pos. 2  GSK-OR-2025   5.000 Stk. à 0,085 EUR  Liefertermin: Woche 2 im neuen Jahr\n"
            "Pos. 3  GSK-PTFE-3/8  1.500 Stk. à 0,14 EUR   Liefertermin: 11.12.2026 wie gewünscht"),
        "Unser Mischwerk für Silikon und EPDM ist vom 21.12. bis 08.01. in der Winterpause, daher können wir "
        "Pos. 1 und 2 erst nach der Pause ausliefern. Preise wie bestellt.",
        "Mit freundlichen Grüßen",
    ]
    sig = ("-- \nMarkus Kessler\nInnendienst Vertrieb\n\nDichtungstechnik Brenner GmbH\n"
           "Industriestraße 14 · 73037 Göppingen\nTel. +49 7161 555-212 · Fax -299\n"
           "Geschäftsführerin: Dr. Anja Brenner · Amtsgericht Ulm HRB 530117")
    msg = compose(ctx, client="thunderbird", po=po, frm=("Markus Kessler", sup.addr("markus.kessler")),
                  date=at("2026-11-13", "10:41", 1), subject="AW: " + po.req_subject, body=body, sig=sig,
                  charset="ISO-8859-15", cte="8bit", parts="text", flowed=True, quote_lang="de", lang_tag="de-DE",
                  organization="Dichtungstechnik Brenner GmbH")
    exp = expected("confirmation", "Week 2 without a day means Friday of ISO week 2 of 2027 (2027-01-15) for lines 1-2; "
                   "the 21.12./08.01. plant-holiday dates are not delivery dates; line 3 as ordered.",
                   (po, {1: chg(2000, "0.62", wk2), 2: chg(5000, "0.085", wk2), 3: ACC}))
    return [po], msg, exp


# 003 ------------------------------------------------------------------------------------------
@case("solar-clamps-all-but-line-2", "confirmation/de-AT",
      "'Alle Positionen wie bestellt, mit Ausnahme von Pos. 2' plus an Austrian month name ('8. Jänner 2027') for the one changed line.")
def c003(ctx):
    sup = Supplier("ALPSOL", "Alpensolar Montagesysteme GmbH", "verkauf@alpensolar.example", "de-AT", "Ms Gruber")
    po = PO("4500231540", sup, NH, "EUR", "2026-11-09", [
        L(1, "SPC-MC-35", "Mid clamp 35 mm, aluminium, for 30-35 mm frames", 2400, "PCS", "0.78", "2026-12-11"),
        L(2, "SPC-EC-40", "End clamp 40 mm, for rail 12x20", 800, "PCS", "0.92", "2026-12-11"),
        L(3, "SPC-RL-4200", "Mounting rail 40x40, 4200 mm", 300, "EA", "18.40", "2026-12-11"),
        L(4, "SPC-HB-M10", "Hammer-head bolt M10x25, A2", 1200, "PCS", "0.31", "2026-12-11"),
        L(5, "SPC-RC-40", "Rail connector 40x40, incl. 4 screws M8x16", 150, "EA", "2.65", "2026-12-11"),
        L(6, "SPC-EG-6", "Earthing clip for 6 mm2 cable, 2027 type", 600, "PCS", "0.54", "2026-12-11"),
    ])
    body = [
        "Grüß Gott Frau Fischer,",
        "danke für die Bestellung. Wir bestätigen alle Positionen wie bestellt (Menge, Preis, Liefertermin "
        "11.12.2026), mit Ausnahme von Pos. 2:",
        "Die Endklemmen 40 mm sind derzeit ausverkauft, die nächste Charge kommt erst nach den Feiertagen aus der "
        "Eloxierung. Neuer Liefertermin für Pos. 2: **8. Jänner 2027** – Menge und Preis bleiben unverändert.",
        "Schöne Grüße aus Graz",
    ]
    sig = ("Katharina Gruber\nVerkaufsinnendienst\nAlpensolar Montagesysteme GmbH\nPuchstraße 85, 8020 Graz, "
           "Österreich\nT +43 316 555 470-12\nFN 398117 t, Landesgericht für ZRS Graz")
    msg = compose(ctx, client="outlook365", po=po, frm=("Katharina Gruber", sup.addr("k.gruber")),
                  date=at("2026-11-16", "08:57", 1), subject="AW: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="de", lang_tag="de-AT")
    exp = expected("confirmation", "Exception-style acceptance: lines 1, 3-6 as ordered; line 2 only gets a new date, "
                   "written with the Austrian 'Jänner' (2027-01-08).",
                   (po, {1: ACC, 2: chg(800, "0.92", "2027-01-08"), 3: ACC, 4: ACC, 5: ACC, 6: ACC}))
    return [po], msg, exp


# 004 ------------------------------------------------------------------------------------------
@case("hose-couplings-chf-per-stk", "confirmation/de-CH",
      "Swiss formats: \"1'200 Stk.\" and 'CHF 12.50/Stk.' (decimal point), a surcharge date 1.12.2026 that is not a delivery date.")
def c004(ctx):
    sup = Supplier("BRUNNER", "Feuerwehrtechnik Brunner AG", "verkauf@brunner-feuerwehr.example", "de-CH", "Mr Brunner")
    po = PO("4500231622", sup, NH, "CHF", "2026-11-10", [
        L(1, "FHC-C52-ALU", "Storz coupling C52 (55 mm), aluminium, 2\" female thread", 1200, "EA", "12.20", "2026-12-16"),
        L(2, "FHC-BL-B75", "Blind cap B 75, PN 16, with chain", 150, "EA", "21.90", "2026-12-16"),
    ])
    body = [
        "Grüezi Frau Fischer",
        "Besten Dank für Ihre Bestellung. Gerne bestätigen wir wie folgt:",
        "– 1'200 Stk. Storz-Kupplung C52, Alu: CHF 12.50/Stk. (Aluminium-Teuerungszuschlag ab 1.12.2026), "
        "Lieferung am 16.12.2026\n– 150 Stk. Blinddeckel B 75: CHF 21.90/Stk., Lieferung am 16.12.2026",
        "Die Preisanpassung bei der Kupplung haben wir mit dem Rundschreiben vom Oktober angekündigt.",
        "Freundliche Grüsse",
    ]
    sig = "Reto Brunner\nVerkauf\nFeuerwehrtechnik Brunner AG\nZürcherstrasse 211, 8406 Winterthur\nTel. +41 52 555 30 40"
    msg = compose(ctx, client="apple", po=po, frm=("Reto Brunner", sup.addr("reto.brunner")),
                  date=at("2026-11-12", "16:05", 1), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="utf-8", quote_lang="de", flowed=True)
    exp = expected("confirmation", "Line 1 price rises to CHF 12.50 per piece (Swiss decimal point, apostrophe "
                   "thousands); line 2 as ordered.", (po, {1: chg(1200, "12.50", "2026-12-16"), 2: ACC}))
    return [po], msg, exp


# 005 ------------------------------------------------------------------------------------------
@case("tote-bags-carton-rounding", "confirmation/fr-FR",
      "French quantities with narrow no-break spaces ('12 000', '13 200'), rounded up to full cartons on two lines.")
def c005(ctx):
    sup = Supplier("TOILNOR", "Toiles & Sacs de Normandie SARL", "commandes@toiles-normandie.example", "fr-FR",
                   "Ms Lefevre")
    po = PO("4500231688", sup, VM, "EUR", "2026-11-10", [
        L(1, "TOTE-380-NAT", "Tote bag cotton canvas 380 g/m2, 38x42 cm, handles 70 cm, natural", 11800, "PCS",
          "1.84", "2026-12-18"),
        L(2, "TOTE-280-BLK", "Tote bag 280 g/m2, 37x41 cm, gusset 10 cm, black", 1200, "PCS", "1.52", "2026-12-18"),
        L(3, "PRINT-SCR-4/0", "Screen print 4/0 colours, one side, max. 30x30 cm", 13000, "PCS", "0.38", "2026-12-18"),
    ])
    assert 12000 % 400 == 0 and 12000 + 1200 == 13200
    body = [
        "Bonjour Monsieur Verbeek,",
        "Merci pour votre commande 4500231688, que nous confirmons ainsi :",
        f"• Ligne 1 – sac 380 g naturel : {fr(12000, 0)} pièces (conditionnement par cartons de 400, soit 30 cartons ; "
        f"nous arrondissons au carton complet), 1,84 € HT la pièce, livraison le 18/12/2026\n"
        f"• Ligne 2 – sac 280 g noir : {fr(1200, 0)} pièces à 1,52 € HT, livraison le 18/12/2026\n"
        f"• Ligne 3 – marquage sérigraphie 4/0 : {fr(13200, 0)} pièces ({fr(12000, 0)} + {fr(1200, 0)} sacs) à 0,38 € HT, "
        "livraison le 18/12/2026",
        "Les bons à tirer vous parviendront d'ici la fin de la semaine.",
        "Bien cordialement,",
    ]
    sig = ("Claire Lefèvre\nService commercial\nToiles & Sacs de Normandie\n12 rue des Tisserands – 76000 Rouen\n"
           "Tél. : +33 2 35 55 41 80")
    msg = compose(ctx, client="apple", po=po, frm=("Claire Lefèvre", sup.addr("claire.lefevre")),
                  date=at("2026-11-17", "11:32", 1), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="utf-8", quote_lang="fr")
    exp = expected("confirmation", "Thousands separated by U+202F; line 1 rounded up from 11,800 to 12,000 (30 cartons "
                   "of 400) and the print line follows to 13,200; line 2 unchanged.",
                   (po, {1: chg(12000, "1.84", "2026-12-18"), 2: ACC, 3: chg(13200, "0.38", "2026-12-18")}))
    return [po], msg, exp


# 006 ------------------------------------------------------------------------------------------
@case("rubber-tiles-do-18-grudnia", "confirmation/pl-PL",
      "Polish 'do 18 grudnia' (by 18 December, no year) for all lines, earlier than the requested 22.12.; everything else unchanged.")
def c006(ctx):
    sup = Supplier("GUMTECH", "Gumtech Posadzki Sp. z o.o.", "biuro@gumtech-posadzki.example", "pl-PL", "Mr Wisniewski")
    po = PO("4500231709", sup, NH, "PLN", "2026-11-16", [
        L(1, "RFT-500-20", "Rubber tile 500x500x20 mm, black, 10% EPDM", 640, "M2", "89.00", "2026-12-22"),
        L(2, "RFT-1000-40", "Playground tile 1000x1000x40 mm, HIC 1.6 m, green", 180, "M2", "164.50", "2026-12-22"),
        L(3, "RFT-PIN-8x60", "Connecting pin 8x60 mm, 4 per tile", 3000, "PCS", "0.45", "2026-12-22"),
    ])
    body = [
        "Dzień dobry Pani Leno,",
        "dziękujemy za zamówienie nr 4500231709. Potwierdzamy je w całości – ilości i ceny bez zmian.",
        "Termin dostawy: do 18 grudnia, wszystkie trzy pozycje jednym transportem (2 palety + 1 paczka z łącznikami).",
        "Pozdrawiam serdecznie",
    ]
    sig = ("Tomasz Wiśniewski\nDział Sprzedaży\nGumtech Posadzki Sp. z o.o.\nul. Przemysłowa 17, 62-080 Tarnowo "
           "Podgórne\ntel. +48 61 555 27 40, kom. 601 555 318\nNIP 777-315-40-12, KRS 0000418821")
    msg = compose(ctx, client="outlook365", po=po, frm=("Tomasz Wiśniewski", sup.addr("t.wisniewski")),
                  date=at("2026-11-19", "13:08", 1), subject="ODP: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1250", quote_lang="pl", lang_tag="pl-PL")
    d = "2026-12-18"
    exp = expected("confirmation", "'do 18 grudnia' has no year: next 18 December after the mail date = 2026-12-18, "
                   "earlier than the requested 2026-12-22; '2 palety' is packaging, not a quantity.",
                   (po, {1: chg(640, "89.00", d), 2: chg(180, "164.50", d), 3: chg(3000, "0.45", d)}))
    return [po], msg, exp


# 007 ------------------------------------------------------------------------------------------
@case("grow-lights-three-part-split-ja", "confirmation/ja-JP",
      "Japanese Shift_JIS reply splitting line 1 into three deliveries (12月11日, 1月15日, 2月5日) whose years must be inferred.")
def c007(ctx):
    sup = Supplier("MIDORI", "Midori Kogaku Co., Ltd.", "eigyo@midori-kogaku.example", "ja-JP", "Mr Sato")
    po = PO("4500231833", sup, VM, "JPY", "2026-11-12", [
        L(1, "LGL-600-FS", "LED grow light 600W full spectrum, 120x110 cm, 2027 model", 600, "EA", "48500", "2026-12-11"),
        L(2, "LGL-DRV-24V", "Dimmable driver 24V, 0-10V, IP66", 600, "EA", "6200", "2026-12-11"),
    ])
    body = [
        "Van der Meer Groep B.V.\nJonas Verbeek 様",
        "いつもお世話になっております。\n株式会社ミドリ光学 営業部の佐藤でございます。",
        "この度はご注文（PO 4500231833）をいただき、誠にありがとうございます。\n下記の通りご注文をお請けいたします。",
        Raw("【1】LGL-600-FS（LED育成ライト 600W フルスペクトル）\n"
            "　　数量：600台　単価：48,500円\n"
            "　　納期：LEDチップの入荷が遅れているため、3回に分けて納品させていただきます。\n"
            "　　　第1回　12月11日　200台\n"
            "　　　第2回　 1月15日　200台\n"
            "　　　第3回　 2月 5日　200台\n"
            "\n"
            "【2】LGL-DRV-24V（調光ドライバー 24V）\n"
            "　　数量：600個　単価：6,200円\n"
            "　　納期：12月11日（一括納品）"),
        "分納となり大変申し訳ございませんが、何卒ご了承くださいますようお願い申し上げます。",
        "引き続きよろしくお願いいたします。",
    ]
    sig = ("――――――――――――――――――\n株式会社ミドリ光学　営業部\n佐藤 健一（Kenichi Sato）\n"
           "〒532-0003 大阪市淀川区宮原4-1-14\nTEL 06-5555-2710 / FAX 06-5555-2711\n――――――――――――――――――")
    msg = compose(ctx, client="outlook365", po=po, frm=("佐藤 健一", sup.addr("k.sato")),
                  date=at("2026-11-20", "10:15", 9), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="shift_jis", cte="base64", hdr_charset="iso-2022-jp", quote_lang="ja", lang_tag="ja-JP")
    exp = expected("confirmation", "Three-part split for line 1 (200 each on 2026-12-11, 2027-01-15, 2027-02-05: dates "
                   "without a year roll into 2027); line 2 as ordered. Shift_JIS body, ISO-2022-JP headers.",
                   (po, {1: chg(600, "48500", "2027-02-05", [(200, "2026-12-11"), (200, "2027-01-15"),
                                                             (200, "2027-02-05")]), 2: ACC}))
    return [po], msg, exp


# 008 ------------------------------------------------------------------------------------------
@case("nail-polish-bottles-polite-rejection", "confirmation/it-IT",
      "A courteous Italian refusal of the entire order; the only dates mentioned (furnace down until end of February 2027) are not commitments.")
def c008(ctx):
    sup = Supplier("VETLIG", "Vetreria Ligure Flaconi S.r.l.", "ordini@vetrerialigure.example", "it-IT", "Ms Ferrari")
    po = PO("4500231905", sup, BM, "EUR", "2026-11-11", [
        L(1, "NPB-15-SQ", "Nail polish bottle 15 ml, square, neck 13/415, flint glass", 20000, "PCS", "0.21", "2027-01-15"),
        L(2, "NPB-CAP-BLK", "Cap with brush, black, 13/415", 20000, "PCS", "0.09", "2027-01-15"),
        L(3, "NPB-10-RND", "Bottle 10 ml round, frosted, 2027 range", 8000, "PCS", "0.19", "2027-01-15"),
    ])
    body = [
        "Gentile Sig. Ashworth,",
        "La ringraziamo per l'ordine n. 4500231905 e per la fiducia accordata alla nostra azienda.",
        "Purtroppo, dopo un'attenta verifica con la produzione, siamo spiacenti di comunicarLe che non siamo in grado "
        "di accettare l'ordine: il nostro forno n. 2 resterà fermo per la ricostruzione fino a fine febbraio 2027 e la "
        "capacità residua è già interamente impegnata. Non riusciremmo quindi a rispettare la data del 15/01/2027, né a "
        "proporLe una data alternativa affidabile.",
        "Ci scusiamo per l'inconveniente e restiamo a Sua completa disposizione per le prossime richieste: da marzo "
        "saremo di nuovo in grado di offrire tempi di consegna regolari.",
        "Cordiali saluti",
    ]
    sig = ("Giulia Ferrari\nUfficio Commerciale\nVetreria Ligure Flaconi S.r.l.\nVia dei Vetrai 22, 17047 Vado Ligure (SV)\n"
           "Tel. +39 019 555 8841\nP.IVA 01588210094")
    disc = ("Questo messaggio e i suoi allegati sono indirizzati esclusivamente al destinatario e possono contenere "
            "informazioni riservate. Informativa ai sensi del Regolamento UE 2016/679 disponibile su richiesta.")
    msg = compose(ctx, client="outlook365", po=po, frm=("Giulia Ferrari", sup.addr("g.ferrari")),
                  date=at("2026-11-13", "15:40", 1), subject="R: " + po.req_subject, body=body, sig=sig,
                  disclaimer=disc, charset="windows-1252", quote_lang="it", lang_tag="it-IT")
    exp = expected("confirmation", "The supplier declines the whole order: every line rejected. 'fine febbraio 2027' "
                   "and '15/01/2027' must not be read as confirmed dates.", (po, {1: REJ, 2: REJ, 3: REJ}))
    return [po], msg, exp


# 009 ------------------------------------------------------------------------------------------
@case("violin-bows-html-bold-dates", "confirmation/pt-BR",
      "HTML-only reply: the confirmed date is the bold one in each table cell, the requested date next to it is struck through.")
def c009(ctx):
    sup = Supplier("ARCOSBR", "Arcos Pernambuco Atelier Ltda.", "vendas@arcospernambuco.example", "pt-BR", "Mr Oliveira")
    po = PO("4500232010", sup, LC, "USD", "2026-11-12", [
        L(1, "VB-44-PERN", "Violin bow 4/4, pernambuco, octagonal, silver/ebony frog", 30, "EA", "285.00", "2026-12-14"),
        L(2, "VB-34-PERN", "Violin bow 3/4, pernambuco, round stick", 20, "EA", "210.00", "2026-12-14"),
        L(3, "VB-12-BRZ", "Violin bow 1/2, brazilwood, 2027 student series", 50, "EA", "48.50", "2026-12-14"),
    ])
    td = 'style="border:1px solid #999;padding:4px 8px"'
    rows = [
        ("1", "VB-44-PERN", "Arco violino 4/4 pernambuco, oitavado", "30", "285,00", "<b>14/12/2026</b>"),
        ("2", "VB-34-PERN", "Arco violino 3/4 pernambuco, redondo", "20", "210,00",
         "<s>14/12/2026</s> <b>21/12/2026</b>"),
        ("3", "VB-12-BRZ", "Arco violino 1/2 pau-brasil, linha estudante 2027", "50", "48,50",
         "<s>14/12/2026</s> <b>08/01/2027</b>"),
    ]
    head = "".join(f"<th {td}>{h}</th>" for h in ("Item", "Código", "Descrição", "Qtd.", "Preço unit. (US$)", "Entrega"))
    trs = "".join("<tr>" + "".join(f"<td {td}>{c}</td>" for c in r) + "</tr>" for r in rows)
    table = f'<table style="border-collapse:collapse;font-size:10pt">\n<tr style="background:#eee">{head}</tr>\n{trs}\n</table>'
    body = [
        "Prezada Priya,",
        "Obrigado pelo pedido 4500232010. Segue abaixo a nossa confirmação; as datas de entrega confirmadas estão em negrito.",
        Raw("", table),
        "Os arcos 3/4 e 1/2 ainda estão na fase de acabamento (verniz e crina), por isso as novas datas.",
        "Atenciosamente,",
    ]
    sig = ("Rafael Oliveira\nArcos Pernambuco Atelier Ltda.\nRua do Bom Jesus, 183 – Recife/PE – 50030-170\n"
           "Tel.: +55 81 5555-4120 | WhatsApp +55 81 95555-7788")
    msg = compose(ctx, client="webmail", po=po, frm=("Rafael Oliveira", sup.email),
                  date=at("2026-11-18", "17:22", -3), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", parts="html", attr="Em 2026-11-12 11:14, Priya Raman escreveu:")
    exp = expected("confirmation", "HTML-only; each date cell holds the struck-through requested date and the bold "
                   "confirmed one. Line 1 as ordered, line 2 2026-12-21, line 3 2027-01-08; prices in pt-BR decimal commas.",
                   (po, {1: ACC, 2: chg(20, "210.00", "2026-12-21"), 3: chg(50, "48.50", "2027-01-08")}))
    return [po], msg, exp


# 010 ------------------------------------------------------------------------------------------
@case("benches-bulgarian-g-dates", "confirmation/bg-BG",
      "Cyrillic windows-1251 (base64) reply with dates written '18.12.2026 г.' and units 'бр.'/'компл.'; two lines a week late, one as ordered.")
def c010(ctx):
    sup = Supplier("GRADOB", "Gradsko Obzavezhdane EOOD", "office@gradsko-obzavezhdane.example", "bg-BG", "Mr Petrov")
    po = PO("4500232117", sup, NH, "EUR", "2026-11-13", [
        L(1, "SFB-1800-OAK", "Park bench 1800 mm, FSC oak slats 45x95, cast iron legs, RAL 7016", 24, "EA", "412.00",
          "2026-12-11"),
        L(2, "SFB-ANC-M12", "Anchor set M12x160 for bench feet (4 pcs)", 24, "SET", "18.50", "2026-12-11"),
        L(3, "SFB-BIN-60", "Litter bin 60 L, steel, 2027 city line", 12, "EA", "236.00", "2026-12-11"),
    ])
    body = [
        "Здравейте, г-жо Фишер,",
        "Благодарим Ви за поръчката. Потвърждаваме поръчка № 4500232117, както следва:",
        "поз. 1 – Пейка 1800 мм, дъб – 24 бр. x 412,00 EUR – дата на доставка 18.12.2026 г.\n"
        "поз. 2 – Анкерен комплект M12x160 – 24 компл. x 18,50 EUR – дата на доставка 18.12.2026 г.\n"
        "поз. 3 – Кош за отпадъци 60 л – 12 бр. x 236,00 EUR – дата на доставка 11.12.2026 г.",
        "Пейките се боядисват прахово след сглобяване, затова доставката им е с една седмица по-късно от заявената. "
        "Анкерите ще бъдат изпратени заедно с пейките.",
        "Поздрави,",
    ]
    sig = ("Иван Петров\nТърговски отдел\nГрадско Обзавеждане ЕООД\nгр. Пловдив 4003, бул. „Васил Априлов“ 150\n"
           "тел.: +359 32 555 418, моб.: +359 88 555 7312")
    msg = compose(ctx, client="outlook-desktop", po=po, frm=("Иван Петров", sup.addr("i.petrov")),
                  date=at("2026-11-20", "11:20", 2), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1251", cte="base64", quote_lang="bg", lang_tag="bg")
    exp = expected("confirmation", "Bulgarian '18.12.2026 г.' dates: benches and anchor sets move to 2026-12-18, the "
                   "bins stay on 2026-12-11; prices unchanged.",
                   (po, {1: chg(24, "412.00", "2026-12-18"), 2: chg(24, "18.50", "2026-12-18"), 3: ACC}))
    return [po], msg, exp


# 011 ------------------------------------------------------------------------------------------
@case("vaccine-coldboxes-latvian", "confirmation/lv-LV",
      "Latvian windows-1257 reply with per-position dates, one written '2027. gada 15. janvārī'; a pallet count that is not a quantity.")
def c011(ctx):
    sup = Supplier("BALTTERM", "Baltijas Termoiepakojums SIA", "pasutijumi@balttermo.example", "lv-LV", "Ms Ozola")
    po = PO("4500232208", sup, NH, "EUR", "2026-11-16", [
        L(1, "VCB-25L-2/8", "Vaccine cold box 25 L, +2/+8 °C, 96 h hold time", 60, "EA", "148.00", "2026-12-09"),
        L(2, "VCB-ICE-0.6", "Ice pack 0.6 L for VCB-25L", 480, "EA", "2.35", "2026-12-09"),
        L(3, "VCB-LOG-USB", "USB temperature logger, -30/+70 °C, 2027 calibration", 60, "EA", "21.80", "2026-12-09"),
    ])
    body = [
        "Labdien!",
        "Paldies par pasūtījumu Nr. 4500232208. Apstiprinām to šādi:",
        "1. poz. VCB-25L-2/8 – 60 gab. × 148,00 EUR, piegāde 16.12.2026.\n"
        "2. poz. VCB-ICE-0.6 – 480 gab. × 2,35 EUR, piegāde 09.12.2026.\n"
        "3. poz. VCB-LOG-USB – 60 gab. × 21,80 EUR; reģistratori pašlaik nav noliktavā, tādēļ piegāde "
        "2027. gada 15. janvārī.",
        "Kastes tiks piegādātas uz 3 paletēm (20 gab. uz paletes).",
        "Ar cieņu",
    ]
    sig = ("Inese Ozola\nPārdošanas vadītāja\nSIA „Baltijas Termoiepakojums”\nRūpniecības iela 32, Rīga, LV-1045\n"
           "Tālr. +371 67 555 210")
    msg = compose(ctx, client="outlook365", po=po, frm=("Inese Ozola", sup.addr("inese.ozola")),
                  date=at("2026-11-18", "09:47", 2), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1257", quote_lang="lv", lang_tag="lv-LV")
    exp = expected("confirmation", "Line 1 moves to 2026-12-16, line 2 as ordered, line 3 to 2027-01-15 (Latvian long "
                   "date form); '3 paletēm (20 gab.)' is packing information.",
                   (po, {1: chg(60, "148.00", "2026-12-16"), 2: ACC, 3: chg(60, "21.80", "2027-01-15")}))
    return [po], msg, exp


# 012 ------------------------------------------------------------------------------------------
@case("chalk-paint-confirmed-by-phone", "confirmation/cs-CZ",
      "Czech mail saying the order was already confirmed by phone, restating every line in writing with one new price and one later date.")
def c012(ctx):
    sup = Supplier("BARVYHOR", "Barvy Hořice s.r.o.", "obchod@barvy-horice.example", "cs-CZ", "Mr Novak")
    po = PO("4500232301", sup, NH, "CZK", "2026-11-17", [
        L(1, "CHP-1L-WHT", "Chalk paint, Old White, matt (1 L cans)", 480, "L", "189.00", "2026-12-04"),
        L(2, "CHP-075-GRY", "Chalk paint 0.75 L can, Paris Grey", 360, "EA", "152.00", "2026-12-04"),
        L(3, "CHP-WAX-400", "Finishing wax clear, 400 ml", 200, "EA", "129.00", "2026-12-04"),
        L(4, "CHP-BR-3/4", "Round brush 3/4\", natural bristle, No. 12", 150, "EA", "96.00", "2026-12-04"),
    ])
    body = [
        "Dobrý den, paní Fischerová,",
        "jak jsme se dnes ráno domluvili po telefonu, objednávku č. 4500232301 jsme Vám potvrdili již telefonicky. "
        "Pro pořádek ještě písemně shrnuji, na čem jsme se dohodli:",
        "poz. 1 - Chalk paint Old White: 480 plechovek po 1 l (= 480 l), cena 189,00 Kč/l, dodání 4. 12. 2026\n"
        "poz. 2 - Chalk paint 0,75 l Paris Grey: 360 ks po 152,00 Kč, dodání 4. 12. 2026\n"
        "poz. 3 - vosk 400 ml: 200 ks po 135,00 Kč (nový ceník od 1. 12. 2026, jak jsem zmínil v telefonu), "
        "dodání 4. 12. 2026\n"
        "poz. 4 - štětec 3/4\": 150 ks po 96,00 Kč, dodání až 11. 12. 2026 (čekáme na dodávku od výrobce)",
        "S pozdravem",
    ]
    sig = ("Petr Novák\nobchodní oddělení\nBarvy Hořice s.r.o.\nHusova 1187, 508 01 Hořice\n"
           "tel.: +420 493 555 212, mobil: +420 731 555 904\nIČO: 27481122")
    msg = compose(ctx, client="outlook365", po=po, frm=("Petr Novák", sup.addr("petr.novak")),
                  date=at("2026-11-19", "14:02", 1), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="iso-8859-2", quote_lang="cs", lang_tag="cs-CZ")
    exp = expected("confirmation", "Written restatement of a phone confirmation: lines 1-2 as ordered (480 cans of 1 l = "
                   "480 L), wax at the new price 135.00, brushes on 2026-12-11. Czech dates with spaces ('4. 12. 2026').",
                   (po, {1: ACC, 2: ACC, 3: chg(200, "135.00", "2026-12-04"), 4: chg(150, "96.00", "2026-12-11")}))
    return [po], msg, exp


# 013 ------------------------------------------------------------------------------------------
@case("surgical-drapes-net-net", "confirmation/es-ES",
      "The unit price is shown as a calculation: list price 1,75 minus 20 % minus 5 % = 'precio neto neto' 1,33; only the final figure is the price.")
def c013(ctx):
    sup = Supplier("TEXSANLEV", "Textil Sanitario Levante S.L.", "pedidos@textilsanitario.example", "es-ES", "Ms Martinez")
    po = PO("4500232415", sup, BM, "EUR", "2026-11-13", [
        L(1, "SDR-150x200-AD", "Surgical drape 150x200 cm, adhesive fenestration 10x12 cm, sterile", 5000, "EA", "1.32",
          "2026-12-11"),
        L(2, "SDR-75x90-2P", "Drape 75x90 cm, 2-ply, sterile", 8000, "EA", "0.58", "2026-12-11"),
    ])
    from decimal import Decimal as Dm
    assert Dm("1.75") * Dm("0.80") == Dm("1.40") and Dm("1.40") * Dm("0.95") == Dm("1.33")
    body = [
        "Buenos días, Tom:",
        "Le confirmamos el pedido 4500232415 con entrega el 11/12/2026 para ambas líneas.",
        "Línea 1 – paño quirúrgico 150x200 con ventana adhesiva: 5.000 uds. Nuestro precio para esta referencia "
        "se calcula así:\n"
        "   precio de tarifa                     1,75 €\n"
        "   – 20 % descuento distribuidor   =    1,40 €\n"
        "   – 5 % descuento por volumen     =    1,33 €\n"
        "   precio neto neto:                    1,33 €/ud.",
        "Línea 2 – paño 75x90 doble capa: 8.000 uds. a 0,58 €/ud. neto, como en su pedido.",
        "El precio de su pedido para la línea 1 (1,32 €) corresponde a la tarifa anterior; le rogamos que lo "
        "actualice en su sistema.",
        "Un saludo,",
    ]
    sig = ("Lucía Martínez Soler\nDpto. Comercial\nTextil Sanitario Levante, S.L.\nPol. Ind. Els Mollons, "
           "C/ Teixidors 9 · 46870 Ontinyent (Valencia)\nTel. +34 962 555 318")
    msg = compose(ctx, client="outlook365", po=po, frm=("Lucía Martínez Soler", sup.addr("lucia.martinez")),
                  date=at("2026-11-17", "12:30", 1), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="es", lang_tag="es-ES")
    exp = expected("confirmation", "Net-net price after two discounts: 1.75 x 0.80 x 0.95 = 1.33 (not 1.75, 1.40 or the "
                   "PO's 1.32); line 2 as ordered; 5.000 is five thousand.",
                   (po, {1: chg(5000, "1.33", "2026-12-11"), 2: ACC}))
    return [po], msg, exp


# 014 ------------------------------------------------------------------------------------------
@case("saddle-pads-subject-other-po", "confirmation/es-MX",
      "Reply threaded on (and titled with) PO 4500232520, but the body confirms PO 4500232577 by number and items; the subject PO is left out.")
def c014(ctx):
    sup = Supplier("ELPOTRERO", "Talabartería El Potrero S.A. de C.V.", "ventas@elpotrero.example", "es-MX", "Mr Ramirez")
    po_a = PO("4500232520", sup, LC, "USD", "2026-11-09", [
        L(1, "SDP-WST-32", "Western saddle pad 32x32\", wool felt 1\"", 40, "EA", "58.00", "2026-12-15"),
        L(2, "SDP-BRL-3/4", "Barrel racing pad 3/4\", 30x30\"", 25, "EA", "64.50", "2026-12-15"),
    ])
    po_b = PO("4500232577", sup, LC, "USD", "2026-11-11", [
        L(1, "SDP-ENG-AP", "English all-purpose saddle pad, 55x45 cm, 2027 colours", 120, "EA", "21.75", "2026-12-18"),
        L(2, "SDP-FLC-M", "Fleece half pad, size M, 1.5 cm", 60, "EA", "27.90", "2026-12-18"),
    ])
    body = [
        "Hola Priya, buenas tardes.",
        "Le confirmo su orden de compra 4500232577 de las mantillas inglesas:",
        "- SDP-ENG-AP mantilla inglesa 55x45: 120 pzas a USD 21.75\n"
        "- SDP-FLC-M media mantilla de borrego sintético talla M: 60 pzas a USD 27.90\n"
        "Fecha de entrega: 18 de diciembre.",
        "Saludos cordiales,",
    ]
    sig = ("Jorge Ramírez Treviño\nVentas Exportación\nTalabartería El Potrero S.A. de C.V.\n"
           "Carretera a Saltillo km 12.5, Santa Catarina, N.L., México\nTel. +52 81 5555 3140")
    msg = compose(ctx, client="gmail", po=po_a, frm=("Jorge Ramírez", sup.addr("jorge.ramirez")),
                  date=at("2026-11-16", "18:05", -6), subject="Re: " + po_a.req_subject, body=body, sig=sig,
                  charset="UTF-8", quote_lang="es")
    exp = expected("confirmation", "Subject and In-Reply-To point to PO 4500232520 and its request is quoted, but the "
                   "body names PO 4500232577 and lists exactly its items, quantities and prices: the body decides, so "
                   "4500232577 is confirmed as ordered ('18 de diciembre' = 2026-12-18) and 4500232520, only present "
                   "in subject/quote, is left out.",
                   (po_b, {1: ACC, 2: ACC}))
    return [po_a, po_b], msg, exp


# 015 ------------------------------------------------------------------------------------------
@case("diving-masks-excel-tabs", "confirmation/sv-SE",
      "Plain-text reply with a table pasted from Excel (tab-separated), Swedish decimal commas, notes below the table explain a price, a date and a short quantity.")
def c015(ctx):
    sup = Supplier("NORDDYK", "Nordiska Dykprodukter AB", "order@nordiskadyk.example", "sv-SE", "Mr Holm")
    po = PO("4500232634", sup, KN, "SEK", "2026-11-16", [
        L(1, "DM-LV-BLK", "Diving mask low volume, tempered glass, black silicone", 300, "EA", "189.00", "2026-12-11"),
        L(2, "DM-RX-2.5", "Corrective lens -2.5 dpt for DM-LV", 40, "PAIR", "245.00", "2026-12-11"),
        L(3, "DM-STR-NEO", "Neoprene mask strap 3 mm", 500, "EA", "39.50", "2026-12-11"),
        L(4, "DM-FOG-30", "Anti-fog gel 30 ml, 2027 label", 600, "EA", "24.90", "2026-12-11"),
    ])
    tsv = ("Pos\tArtikel\tBenämning\tAntal\tEnhet\tÁ-pris SEK\tLeveransdatum\n"
           "1\tDM-LV-BLK\tDykmask low volume svart\t300\tst\t189,00\t2026-12-11\n"
           "2\tDM-RX-2.5\tKorrektionsglas -2,5\t40\tpar\t245,00\t2026-12-18\n"
           "3\tDM-STR-NEO\tMaskband neopren 3 mm\t500\tst\t41,20\t2026-12-11\n"
           "4\tDM-FOG-30\tAntiimmgel 30 ml\t480\tst\t24,90\t2026-12-11")
    body = [
        "Hej Sofia,",
        "Tack för ordern! Här kommer vår orderbekräftelse (klistrad från vårt Excel-underlag):",
        Raw(tsv),
        "Kommentarer:\n- Pos 2: glasen slipas hos vår underleverantör, därför en vecka senare.\n"
        "- Pos 3: nytt pris från 1 december (neoprenpriset har gått upp).\n"
        "- Pos 4: vi har bara 480 st i lager och tillverkaren har slutat med 30 ml-förpackningen, så resterande "
        "120 st kan vi tyvärr inte leverera.",
        "Med vänlig hälsning",
    ]
    sig = "Anders Holm\nNordiska Dykprodukter AB\nHamnvägen 4, 451 50 Uddevalla\nTel 0522-55 51 20"
    msg = compose(ctx, client="outlook-desktop", po=po, frm=("Anders Holm", sup.addr("anders.holm")),
                  date=at("2026-11-18", "15:12", 1), subject="SV: " + po.req_subject, body=body, sig=sig,
                  charset="iso-8859-1", parts="text", quote_lang="sv", lang_tag="sv")
    exp = expected("confirmation", "Tab-separated table pasted into a plain-text mail: line 1 as ordered, line 2 one week "
                   "later, line 3 new price 41.20, line 4 only 480 (remaining 120 cancelled).",
                   (po, {1: ACC, 2: chg(40, "245.00", "2026-12-18"), 3: chg(500, "41.20", "2026-12-11"),
                         4: chg(480, "24.90", "2026-12-11")}))
    return [po], msg, exp


# 016 ------------------------------------------------------------------------------------------
@case("atm-parts-one-of-three-pos", "confirmation/en-US",
      "Three open POs of the same supplier, only the middle one answered; US month-first short dates, ship vs delivery date, a backorder split.")
def c016(ctx):
    sup = Supplier("TRISTATE", "Tri-State ATM Parts LLC", "orders@tristateatm.example", "en-US", "Mike")
    po_a = PO("4500232701", sup, LC, "USD", "2026-11-10", [
        L(1, "ATM-EPP-V6", "EPP keypad V6, PCI PTS 6.x", 8, "EA", "164.00", "2026-12-18"),
        L(2, "ATM-SKM-1", "Skimmer guard, universal, clear", 25, "EA", "38.00", "2026-12-18"),
    ], req_time="09:14")
    po_b = PO("4500232702", sup, LC, "USD", "2026-11-10", [
        L(1, "ATM-CR-MTR", "Motorized card reader, 3-track, 12V", 12, "EA", "385.00", "2026-12-18"),
        L(2, "ATM-PRN-80", "Receipt printer 80 mm thermal, 2027 firmware", 10, "EA", "242.00", "2026-12-18"),
        L(3, "ATM-BELT-1750", "Dispenser belt 1750 mm, 2-pack", 30, "SET", "46.20", "2026-12-18"),
    ], req_time="09:21")
    po_c = PO("4500232755", sup, LC, "USD", "2026-11-12", [
        L(1, "ATM-LCD-15", "LCD display 15\", 1024x768, sunlight readable", 6, "EA", "298.00", "2027-01-08"),
    ])
    body = [
        "Hi Priya,",
        "PO 4500232702 is confirmed, details below:",
        "Line 1 - card readers (12 ea @ $385.00): ship 12/11/26 via FedEx Ground, delivery to Columbus 12/16/26\n"
        "Line 2 - receipt printers (10 ea @ $242.00): delivery 12/18/26 as requested\n"
        "Line 3 - dispenser belts @ $46.20/set: we have 20 sets on the shelf, these go out with the printers for "
        "delivery 12/18/26. The remaining 10 sets are on backorder from the OEM, delivery 01/08/27.",
        "Your other two open POs are still with our warehouse, I'll get back to you on those separately.",
        "Thanks,\nMike",
    ]
    sig = "Mike Daugherty | Order Desk\nTri-State ATM Parts LLC\n455 Industrial Dr, Canonsburg, PA 15317\nO: (724) 555-0186 | F: (724) 555-0187"
    msg = compose(ctx, client="outlook365", po=po_b, frm=("Mike Daugherty", sup.addr("mdaugherty")),
                  date=at("2026-11-17", "16:48", -5), subject="RE: " + po_b.req_subject, body=body, sig=sig,
                  charset="us-ascii", quote_lang="en-US", lang_tag="en-US")
    exp = expected("confirmation", "Only PO 4500232702 is answered (the other two are merely alluded to and left out). "
                   "Line 1: delivery 12/16/26 wins over ship date 12/11/26; line 2 as ordered; line 3 split 20 on "
                   "2026-12-18 + 10 on 2027-01-08.",
                   (po_b, {1: chg(12, "385.00", "2026-12-16"), 2: ACC,
                           3: chg(30, "46.20", "2027-01-08", [(20, "2026-12-18"), (10, "2027-01-08")])}))
    return [po_a, po_b, po_c], msg, exp


# 017 ------------------------------------------------------------------------------------------
@case("cable-ties-lakh-per-100", "confirmation/en-IN",
      "Indian digit grouping ('1,00,000 pcs') and prices per 100 pieces that must be divided down to the PO's per-piece unit.")
def c017(ctx):
    sup = Supplier("SGPOLY", "Shree Ganesh Polymers Pvt. Ltd.", "exports@shreeganeshpolymers.example", "en-IN", "Mr Patel")
    po = PO("4500232810", sup, VM, "USD", "2026-11-13", [
        L(1, "CT-200-4.8-BLK", "Cable tie 200x4.8 mm, nylon 66, UV black", 100000, "PCS", "0.0118", "2026-12-21"),
        L(2, "CT-370-7.6-NAT", "Cable tie 370x7.6 mm, nylon 66, natural", 40000, "PCS", "0.0345", "2026-12-21"),
    ])
    body = [
        "Dear Sir,",
        "Greetings from Shree Ganesh Polymers!!",
        "We are pleased to confirm your above PO as under:",
        "1) CT-200-4.8-BLK : 1,00,000 pcs @ USD 1.18 per 100 pcs, delivery 21-Dec-2026\n"
        "2) CT-370-7.6-NAT : 40,000 pcs @ USD 3.60 per 100 pcs, delivery 21-Dec-2026",
        "Kindly note rate of item no. 2 is revised due to increase in PA66 granules price, request you to kindly "
        "update the same in your system.",
        "Goods will be packed in cartons of 10,000 pcs (item 1) and 2,500 pcs (item 2).",
        "Thanks & Regards,",
    ]
    sig = ("Rakesh Patel\nManager - Exports\nShree Ganesh Polymers Pvt. Ltd.\nPlot No. 114, GIDC Estate, Vatva, "
           "Ahmedabad - 382445, Gujarat, India\nMob: +91 98255 55021 | Tel: +91 79 5555 8810")
    msg = compose(ctx, client="gmail", po=po, frm=("Rakesh Patel", sup.email),
                  date=at("2026-11-18", "12:37", 5.5), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", cte="7bit", quote_lang="en")
    exp = expected("confirmation", "1,00,000 is one lakh = 100,000; USD 1.18 per 100 = 0.0118 per piece (accepted), "
                   "USD 3.60 per 100 = 0.036 (changed); carton sizes are not quantities.",
                   (po, {1: ACC, 2: chg(40000, "0.036", "2026-12-21")}))
    return [po], msg, exp


# 018 ------------------------------------------------------------------------------------------
@case("tile-spacers-dozen-means-boxes", "confirmation/nl-NL",
      "Dutch 'dozen' means boxes (not dozens); quantities are stated in pieces and in boxes, the PO is in BOX; one line short-shipped, one a week late.")
def c018(ctx):
    sup = Supplier("TEGELHULP", "Tegelhulp Benelux B.V.", "verkoop@tegelhulp.example", "nl-NL", "Ms de Vries")
    po = PO("4500232914", sup, VM, "EUR", "2026-11-16", [
        L(1, "TSP-2MM-X", "Tile spacer cross 2 mm, box of 500", 200, "BOX", "3.40", "2026-12-10"),
        L(2, "TSP-3MM-T", "Tile spacer T-shape 3 mm, box of 250", 120, "BOX", "2.95", "2026-12-10"),
        L(3, "TSP-LVL-1.5", "Levelling clip 1.5 mm for 3-12 mm tiles, box of 100", 300, "BOX", "4.80", "2026-12-10"),
    ])
    assert 200 * 500 == 100000 and 120 * 250 == 30000 and 250 * 100 == 25000
    body = [
        "Goedemiddag Jonas,",
        "Hierbij bevestigen wij uw order 4500232914:",
        "Pos. 1: 100.000 st. tegelkruisjes 2 mm = 200 dozen à 500 st., € 3,40 per doos, levering 10-12-2026\n"
        "Pos. 2: 30.000 st. T-spacers 3 mm = 120 dozen à 250 st., € 2,95 per doos, levering 17-12-2026\n"
        "Pos. 3: 25.000 st. levelling clips 1,5 mm = 250 dozen à 100 st., € 4,80 per doos, levering 10-12-2026",
        "Van de levelling clips hebben we helaas maar 250 dozen op voorraad; de resterende 50 dozen kunnen we dit "
        "jaar niet meer leveren en die vervallen dus. Pos. 2 komt rechtstreeks uit de fabriek en is daarom een week later.",
        "Met vriendelijke groet,",
    ]
    sig = "Sanne de Vries\nBinnendienst\nTegelhulp Benelux B.V.\nNijverheidsweg 31, 4879 AP Etten-Leur\nT +31 76 555 2280\nKvK 24178820"
    msg = compose(ctx, client="outlook365", po=po, frm=("Sanne de Vries", sup.addr("s.devries")),
                  date=at("2026-11-18", "14:26", 1), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1252", quote_lang="nl", lang_tag="nl-NL")
    exp = expected("confirmation", "'dozen' = boxes: 200/120/250 boxes; the piece counts (100.000 etc.) are not the PO "
                   "unit. Line 1 as ordered, line 2 2026-12-17, line 3 only 250 boxes.",
                   (po, {1: ACC, 2: chg(120, "2.95", "2026-12-17"), 3: chg(250, "4.80", "2026-12-10")}))
    return [po], msg, exp
