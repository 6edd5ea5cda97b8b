"""Cases 001-018."""
from __future__ import annotations

import datetime as dt

from . import mime, pdf
from .common import (CORVANE_ADDR, DANA, JANA, MARKUS, MEGAN, OLU, PIETER, TOM, H, L, P, PO, T, at, case, chg,
                     conf, expected, kw_friday, line_of, pdf_att, quote_outlook, received, reply, request_message,
                     request_subject, request_text, sup, esc, prefix_lines)


# ---------------------------------------------------------------------------
@case("elevator-rollers-restated-table", "confirmation/en-GB",
      "Outlook table restates every line unchanged with dd/mm dates and a pound sign; disclaimer and "
      "signature carry registration numbers, phone numbers and 48x18 / 2440 kg style figures.")
def c001(slug):
    s = sup("PENNLIFT", "Pennine Lift Components Ltd", "sales@pennine-lift.example", "en-GB")
    po = PO("KFG-PO-26-10452", s, DANA, "GBP", "2026-11-03", [
        L(1, "PLC-DR-4818", "Lift door roller 48x18 mm, 6201-2RS bearing, PU tyre", 24, "EA", "6.85", "2026-11-27"),
        L(2, "PLC-GS-1612", "Guide shoe insert for 16 mm rail, 120 mm long", 40, "EA", "3.20", "2026-11-27"),
        L(3, "PLC-BUF-2440", "Polyurethane buffer 100x80 mm, max. 2440 kg", 4, "EA", "58.00", "2026-12-04"),
    ], req_time="09:41")
    blocks = [
        P("Hi Dana,"),
        P("Thanks for the order - please see our confirmation below."),
        T(["Line", "Our ref", "Description", "Qty", "Unit price", "Delivery"], [
            ["1", "PLC-DR-4818", "Door roller 48x18, 6201-2RS", "24", "\u00a36.85", "27/11/2026"],
            ["2", "PLC-GS-1612", "Guide shoe insert 16 mm", "40", "\u00a33.20", "27/11/2026"],
            ["3", "PLC-BUF-2440", "PU buffer 100x80, 2440 kg", "4", "\u00a358.00", "04/12/2026"],
        ]),
        P("All goods on our own van to Wakefield, no carriage charge above \u00a3250 net."),
        P("Kind regards,\n\nGareth Holt | Sales Office\nPennine Lift Components Ltd\n"
          "Unit 12, Ravensthorpe Industrial Estate, Dewsbury WF13 3LT\nT: 01924 555 387 | M: 07700 900 412\n"
          "www.pennine-lift.example"),
        P("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error please notify the sender and delete it. Pennine Lift Components Ltd, registered in "
          "England No. 04412375, VAT Reg. GB 284 5561 90. Orders are accepted on our terms of sale 2026/2."),
    ]
    eml = reply(po, slug, client="outlook", when=at("2026-11-09 14:22", 0),
                frm=("Gareth Holt", "g.holt@pennine-lift.example"), blocks=blocks, lang="en",
                charset="windows-1252", content_language="en-GB")
    exp = expected("confirmation", "Every line restated with the PO's quantity, price and date (dd/mm/yyyy, "
                   "pound prices); all accepted despite the carriage threshold and registration numbers in the "
                   "signature/disclaimer.", [conf(po, {1: "acc", 2: "acc", 3: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fence-posts-kw-day-surcharge", "confirmation/de-DE",
      "German KW dates with and without a weekday (KW 50 = Friday, 'Dienstag KW 51') and a 4 % steel "
      "surcharge that has to be applied to the PO price of two lines.")
def c002(slug):
    s = sup("ZLINDNER", "Zaunbau Lindner GmbH & Co. KG", "auftragsbearbeitung@zaun-lindner.example", "de-DE")
    po = PO("4500078812", s, MARKUS, "EUR", "2026-11-04", [
        L(1, "ZP-6040-2000", "Fence post 60x40 mm, L=2000 mm, hot-dip galvanised, RAL 6005", 120, "EA", "14.90",
          "2026-12-11"),
        L(2, "ZP-6060-2500", "Corner post 60x60 mm, L=2500 mm, base plate 150x150", 16, "EA", "27.50", "2026-12-11"),
        L(3, "PK-6040", "Post cap 60x40, plastic, black", 140, "EA", "0.62", "2026-12-11"),
        L(4, "DSM-868-2030", "Double wire mesh panel 8/6/8, 2030x2500 mm, RAL 6005", 60, "EA", "41.50", "2026-12-11"),
    ], req_time="15:20", ship_to="Corvane Manufacturing GmbH, Werk 2, Am Stadtholz 40, 33609 Bielefeld")
    assert kw_friday(2026, 50) == "2026-12-11"
    text = """Sehr geehrter Herr Voigt,

vielen Dank für Ihre Bestellung 4500078812, die wir wie folgt bestätigen:

Pos. 1  Zaunpfosten 60x40, 2000 mm        120 Stk   14,90 EUR   Liefertermin KW 50
Pos. 2  Eckpfosten 60x60, 2500 mm          16 Stk   27,50 EUR   Liefertermin Dienstag, KW 51
Pos. 3  Pfostenkappe 60x40                140 Stk    0,62 EUR   Liefertermin KW 50
Pos. 4  Doppelstabmatte 8/6/8, 2030x2500   60 Stk   41,50 EUR   Liefertermin KW 50

Aufgrund der gestiegenen Stahlpreise müssen wir auf die Positionen 2 und 4 einen
Materialteuerungszuschlag von 4 % berechnen. Die übrigen Preise bleiben unverändert.

Die Anlieferung erfolgt per Spedition auf Euro-Paletten (Tauschpaletten), Avis 24 h vorher.

Mit freundlichen Grüßen

Sabine Kranz
Auftragsbearbeitung

Zaunbau Lindner GmbH & Co. KG
Gewerbering 7 | 49393 Lohne
Tel. +49 4442 555-214 | Fax +49 4442 555-299
auftragsbearbeitung@zaun-lindner.example

Sitz Lohne, Amtsgericht Oldenburg HRA 201234
Komplementärin: Lindner Verwaltungs-GmbH, Amtsgericht Oldenburg HRB 110987
Geschäftsführer: Heinrich Lindner, Tobias Lindner
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-11 11:05", 1),
                frm=("Kranz, Sabine", "s.kranz@zaun-lindner.example"), text=text, lang="de",
                charset="iso-8859-1", content_language="de-DE", body_lang_attr="DE",
                subj_prefix="AW: ")
    exp = expected("confirmation",
                   "KW 50 without a day = Friday 2026-12-11 (= requested); 'Dienstag, KW 51' = 2026-12-15; the 4 % "
                   "surcharge applies to the PO price of lines 2 and 4 (27.50 -> 28.60, 41.50 -> 43.16).",
                   [conf(po, {1: "acc", 2: chg(16, "28.60", "2026-12-15"), 3: "acc",
                              4: chg(60, "43.16", "2026-12-11")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("knives-ooo-japanese", "auto_reply/ja-JP",
      "Japanese Outlook out-of-office in ISO-2022-JP with absence and return dates plus a colleague's phone "
      "number; nothing about the order.")
def c003(slug):
    s = sup("SEKIHAMONO", "Seki Hamono Kogyo Co., Ltd.", "k.yamamoto@seki-hamono.example", "ja-JP")
    po = PO("BMF-PO-26-3305", s, MEGAN, "JPY", "2026-11-12", [
        L(1, "SH-GY210", "Gyuto chef knife 210 mm, VG10 core, 33 layers", 60, "EA", "6800", "2027-01-22"),
        L(2, "SH-PT120", "Petty knife 120 mm, 2027 handle model", 80, "EA", "3900", "2027-01-22"),
        L(3, "SH-WS1000", "Whetstone #1000/#3000 combination, 210x70x30 mm", 20, "EA", "2450", "2027-01-22"),
    ], req_time="16:40")
    text = """いつもお世話になっております。
関刃物工業株式会社 営業部の山本でございます。

誠に勝手ながら、11月12日（木）から11月20日（金）まで海外出張のため不在にしております。
期間中はメールを確認できませんので、11月24日（火）以降、順次ご返信いたします。

お急ぎのご用件は、営業部 田中（tanaka@seki-hamono.example／0575-55-1234）までご連絡ください。

Thank you for your e-mail. I am away on a business trip from 12 to 20 November and will reply
after 24 November. For urgent matters please contact Mr. Tanaka (tanaka@seki-hamono.example,
+81 575 55 1234).

関刃物工業株式会社
営業部 山本 健一
〒501-3265 岐阜県関市小瀬 1234-5
TEL 0575-55-1200 FAX 0575-55-1201
"""
    b = po["_buyer"]
    root = mime.text_part(text, "plain", "iso-2022-jp", "7bit")
    hs = [("From", mime.addr("山本 健一", "k.yamamoto@seki-hamono.example", "iso-2022-jp")),
          ("To", mime.addr(b.name, b.email)),
          ("Subject", mime.enc_text("自動応答: " + request_subject(po), "iso-2022-jp")),
          ("Thread-Topic", request_subject(po)),
          ("Date", mime.fmt_date(at("2026-11-13 01:41", 9))),
          ("Message-ID", f"<TYCPR01MB{mime.hexid(slug, 28).upper()}@TYCPR01MB8842.jpnprd01.prod.outlook.com>"),
          ("In-Reply-To", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "k.yamamoto@seki-hamono.example"),
          ("Content-Language", "ja-JP")]
    eml = mime.message(received(slug, "k.yamamoto@seki-hamono.example", b.email, at("2026-11-13 01:41", 9)) + hs,
                       root)
    exp = expected("auto_reply", "Out-of-office auto-reply (Auto-Submitted) in Japanese; the dates are the "
                   "absence period and return date, not delivery dates.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("baking-paper-per-mille-fevr", "confirmation/fr-FR",
      "French Gmail reply: price per thousand sheets for a PO priced per box of 500, 'semaine 49' = Friday, "
      "pack rounding on rolls and '12 févr.' without a year.")
def c004(slug):
    s = sup("PCRHONE", "Papeteries Culinaires du Rhône", "adv@papcul-rhone.example", "fr-FR")
    po = PO("BMF-PO-26-3318", s, MEGAN, "EUR", "2026-11-05", [
        L(1, "PC-4060-500", "Baking paper, siliconised both sides, 40x60 cm, 41 g/m2, box of 500 sheets", 150,
          "BOX", "21.90", "2026-12-04"),
        L(2, "PC-R45-50", "Baking paper roll 45 cm x 50 m", 200, "ROL", "6.35", "2026-12-04"),
        L(3, "PC-CUP-1235", "Pleated baking cups 12x3.5 cm, box of 1000", 40, "BOX", "14.80", "2026-12-11"),
    ], req_time="10:02")
    assert kw_friday(2026, 49) == "2026-12-04"
    text = """Bonjour Madame Clarke,

Merci pour votre commande BMF-PO-26-3318. Voici notre confirmation :

- Pos. 1 : 150 cartons de 500 feuilles, prix 43,80 € le mille (soit 21,90 € le carton), livraison semaine 49.
- Pos. 2 : les rouleaux sont conditionnés par colis de 12, nous arrondissons donc à 204 rouleaux à 6,35 € pièce, livraison semaine 49.
- Pos. 3 : rupture sur les caissettes 12x3,5 ; nous pouvons livrer les 40 boîtes le 12 févr. au prix de 14,80 €.

Bien cordialement,

Céline Roux
Administration des ventes
Papeteries Culinaires du Rhône
12, chemin des Papetiers – 69720 Saint-Bonnet-de-Mure
Tél. : +33 4 78 55 40 12
"""
    attrib = "Le jeu. 5 nov. 2026 à 11:02, Megan Clarke <megan.clarke@brightmoor-foods.example> a écrit :"
    eml = reply(po, slug, client="gmail", when=at("2026-11-10 16:47", 1),
                frm=("Céline Roux", "c.roux@papcul-rhone.example"), text=text, attrib=attrib,
                charset="UTF-8", cte="quoted-printable")
    exp = expected("confirmation",
                   "Line 1: 43.80 per thousand sheets = 21.90 per box of 500, week 49 = Fri 2026-12-04 -> accepted. "
                   "Line 2 rounded up to 204 rolls (packs of 12). Line 3: '12 févr.' without year = 2027-02-12.",
                   [conf(po, {1: "acc", 2: chg(204, "6.35", "2026-12-04"), 3: chg(40, "14.80", "2027-02-12")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("knives-inline-gen-abbrev", "confirmation/it-IT",
      "Thunderbird plain-text reply with answers typed under each quoted PO line; Italian abbreviated dates "
      "'7 gen' / '14 gen.' without a year; one line declined; 3/8 in. in a description.")
def c005(slug):
    s = sup("VALSESIA", "Coltellerie Valsesia S.r.l.", "ordini@coltellerie-valsesia.example", "it-IT")
    po = PO("BMF-PO-26-3342", s, OLU, "EUR", "2026-11-06", [
        L(1, "CV-CH20", "Chef knife 20 cm, X50CrMoV15, POM handle", 120, "EA", "17.40", "2026-12-18"),
        L(2, "CV-SP09", "Paring knife 9 cm, serrated", 200, "EA", "4.10", "2026-12-18"),
        L(3, "CV-PN26", "Bread knife 26 cm, wavy edge", 60, "EA", "13.75", "2027-01-08"),
        L(4, "CV-AFF-38", "Sharpening steel 3/8 in. oval, 30 cm", 30, "EA", "11.20", "2027-01-08"),
    ], req_time="11:30")
    answers = {
        "CV-CH20": "OK, confermato.",
        "CV-SP09": "Quantità e prezzo ok, consegna 7 gen (chiusura per ferie 24/12-6/1).",
        "CV-PN26": "Ok, consegna 14 gen.",
        "CV-AFF-38": "Questo acciaino è fuori produzione, purtroppo non possiamo fornirlo.",
    }
    out = ["Buongiorno Olu,", "", "rispondo direttamente sotto ogni riga.", "",
           "Il 06/11/2026 12:30, Olu Adeyemi ha scritto:"]
    for ln in request_text(po).rstrip("\n").split("\n"):
        out.append(("> " + ln).rstrip())
        hit = [k for k in answers if ln.split()[1:2] == [k]]
        if hit:
            out += ["", answers[hit[0]], ""]
    assert sum(1 for x in out if x in answers.values()) == 4
    out += ["", "Cordiali saluti", "", "-- ", "Marco Ferraris", "Ufficio Commerciale",
            "Coltellerie Valsesia S.r.l.", "Via Roma 41 - 13019 Varallo (VC)", "Tel. +39 0163 55 21 40",
            "P.IVA 01987650023"]
    text = "\n".join(out) + "\n"
    eml = reply(po, slug, client="thunderbird", when=at("2026-11-12 09:18", 1),
                frm=("Marco Ferraris", "m.ferraris@coltellerie-valsesia.example"), text=text, quote=None,
                html=False, charset="UTF-8", cte="8bit", content_language="it-IT", flowed=True)
    exp = expected("confirmation",
                   "Answers interleaved with the quoted PO lines. '7 gen' / '14 gen.' (no year, mail of "
                   "2026-11-12) = 2027-01-07 / 2027-01-14; the holiday range 24/12-6/1 is not a delivery date; "
                   "line 4 declined (discontinued).",
                   [conf(po, {1: "acc", 2: chg(200, "4.10", "2027-01-07"), 3: chg(60, "13.75", "2027-01-14"),
                              4: "rej"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("deicing-salt-per-tonne-pdf", "confirmation/es-ES",
      "Spanish body plus a Flate-compressed PDF: salt priced per tonne for a PO line in kg, bags of 25 kg, and "
      "'11 ene' without a year.")
def c006(slug):
    s = sup("SALCANT", "Salinas del Cantábrico S.A.", "pedidos@salinas-cantabrico.example", "es-ES")
    po = PO("KFG-PO-26-10488", s, TOM, "EUR", "2026-11-06", [
        L(1, "SAL-DI-25", "De-icing salt NaCl 0-5 mm, anti-caking, 25 kg bags", 24000, "KG", "0.118", "2026-12-11"),
        L(2, "SAL-DI-BB", "De-icing salt NaCl 0-5 mm, big bag 1 T", 60, "T", "109.00", "2026-12-11"),
        L(3, "SAL-CACL-25", "Calcium chloride flakes 77-80 %, 25 kg bags", 2000, "KG", "0.54", "2026-12-18"),
    ], req_time="13:10", ship_to="Kestrel Facility Group, Depot Bilbao, Polígono Ugaldeguren III, 48170 Zamudio, Spain")
    text = """Estimado Sr. Ashby:

Gracias por su pedido KFG-PO-26-10488. Le confirmamos:

Pos. 1: 24 t de sal en sacos de 25 kg (960 sacos), precio 125,00 €/t, entrega 11 dic.
Pos. 2: 60 big bags de 1 t a 109,00 €/t, entrega 11 dic.
Pos. 3: 2.000 kg de cloruro cálcico en escamas a 0,54 €/kg, entrega 11 ene. (sin stock hasta después de Reyes).

Adjuntamos la confirmación de pedido CP-26-1187.

Un saludo,

Iñigo Etxeberria
Departamento Comercial
Salinas del Cantábrico S.A.
Muelle de la Sal, 3 – 39600 Maliaño (Cantabria)
Tel. +34 942 55 31 20

AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos
que lo comunique al remitente y lo elimine. Sus datos se tratan conforme al RGPD (UE) 2016/679.
"""
    d = pdf.Doc()
    d.text("SALINAS DEL CANTÁBRICO S.A.", size=14, bold=True)
    d.text("Muelle de la Sal, 3 - 39600 Maliaño (Cantabria) - CIF A39123456", size=8)
    d.space(10)
    d.text("CONFIRMACIÓN DE PEDIDO  CP-26-1187", size=12, bold=True)
    d.lines("Fecha: 16/11/2026\nCliente: Kestrel Facility Group Ltd\nSu pedido: KFG-PO-26-10488 de 06/11/2026\n"
            "Entrega: Depot Bilbao, Zamudio - DAP")
    d.space(8)
    d.table(["Pos.", "Artículo", "Descripción", "Cantidad", "Precio", "Importe EUR", "Entrega"], [
        ["1", "SAL-DI-25", "Sal deshielo 0-5 mm, saco 25 kg", "24,000 t", "125,00 €/t", "3.000,00", "11/12/2026"],
        ["2", "SAL-DI-BB", "Sal deshielo 0-5 mm, big bag 1 t", "60,000 t", "109,00 €/t", "6.540,00", "11/12/2026"],
        ["3", "SAL-CACL-25", "Cloruro cálcico escamas, 25 kg", "2.000 kg", "0,54 €/kg", "1.080,00", "11/01/2027"],
    ], [40, 70, 150, 300, 350, 410, 480])
    d.space(4)
    d.lines("Base imponible: 10.620,00 EUR\nIVA 21 %: 2.230,20 EUR\nTotal: 12.850,20 EUR", size=9)
    d.space(10)
    d.lines("Condiciones de pago: transferencia 60 días fecha factura.\nPlazo de entrega sujeto a condiciones "
            "meteorológicas.", size=8)
    data = d.build(title="Confirmacion de pedido CP-26-1187", author="Salinas del Cantabrico S.A.",
                   producer="Microsoft Dynamics NAV 2018", creation="D:20261116120512+01'00'", compress=True)
    eml = reply(po, slug, client="outlook", when=at("2026-11-16 12:10", 1),
                frm=("Iñigo Etxeberria", "i.etxeberria@salinas-cantabrico.example"), text=text, lang="es",
                charset="windows-1252", content_language="es-ES", body_lang_attr="ES",
                attachments=[pdf_att(data, "Confirmacion_pedido_CP-26-1187.pdf")])
    assert 960 * 25 == 24000
    exp = expected("confirmation",
                   "Line 1 priced 125.00 EUR/t = 0.125 EUR/kg (PO 0.118) -> changed price; 24 t = 24000 kg. "
                   "'11 dic.' / '11 ene.' without year -> 2026-12-11 / 2027-01-11. PDF repeats the body.",
                   [conf(po, {1: chg(24000, "0.125", "2026-12-11"), 2: "acc", 3: chg(2000, "0.54", "2027-01-11")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("growing-media-mid-january", "needs_review/en-NZ",
      "Friendly reply that accepts the prices but only gives 'mid-January' and 'possibly end of January' and "
      "promises firm dates later; no line has a committable date.")
def c007(slug):
    s = sup("KAIMAI", "Kaimai Growing Media Ltd", "orders@kaimai-media.example", "en-NZ")
    po = PO("KFG-PO-26-10502", s, DANA, "NZD", "2026-11-09", [
        L(1, "KGM-PB70", "Sphagnum peat blend 70 L bag, pH 5.5-6.5", 400, "EA", "12.40", "2026-12-18"),
        L(2, "KGM-COIR5", "Coir block 5 kg, low EC, 30x30x15 cm", 250, "EA", "9.80", "2026-12-18"),
        L(3, "KGM-PER100", "Perlite 100 L, grade 2-5 mm", 80, "EA", "26.50", "2026-12-18"),
    ], req_time="08:15", ship_to="Kestrel Facility Group NZ, 14 Carr Road, Mt Roskill, Auckland 1041")
    text = """Kia ora Dana,

Thanks for the PO. Bit of a hold-up at the moment with the coir containers out of Tuticorin, so
we're looking at mid-January for the whole lot - possibly end of January for the perlite, depending
on which vessel it makes.

Pricing as per your order is fine. I'll firm up the dates once the shipping line confirms the
booking, should be in the next week or so.

Cheers,
Hamish

Hamish Tane | Kaimai Growing Media Ltd
120 Omokoroa Road, Tauranga 3172
P 07 555 4410 | M 021 555 0198
"""
    attrib = "On Mon, 9 Nov 2026 at 21:15, Dana Ruiz <dana.ruiz@kestrel-group.example> wrote:"
    eml = reply(po, slug, client="gmail", when=at("2026-11-18 09:40", 13),
                frm=("Hamish Tane", "hamish@kaimai-media.example"), text=text, attrib=attrib,
                charset="UTF-8", cte="7bit")
    exp = expected("needs_review", "'mid-January' / 'possibly end of January' cannot be turned into one date and "
                   "the supplier says it will firm up dates later; prices alone are not a commitment to the "
                   "order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mesh-partial-shipped-tracking", "confirmation/pl-PL",
      "Polish Outlook reply: part of a line already dispatched today with a consignment number, the rest on a "
      "later ship date; the split must become a two-delivery schedule.")
def c008(slug):
    s = sup("SIATPOL", "Siatpol Sp. z o.o.", "zamowienia@siatpol.example", "pl-PL")
    po = PO("KFG-PO-26-10471", s, DANA, "PLN", "2026-11-05", [
        L(1, "SP-SZ-6-150", "Welded wire mesh 6 mm, mesh 150x150, sheet 2.15x5.00 m", 100, "EA", "118.50",
          "2026-11-27"),
        L(2, "SP-SZ-8-150", "Welded wire mesh 8 mm, mesh 150x150, sheet 2.15x5.00 m", 40, "EA", "209.00",
          "2026-11-27"),
    ], req_time="11:02", ship_to="Kestrel Facility Group, Magazyn Poznań, ul. Górecka 30, 60-201 Poznań")
    text = """Dzień dobry,

potwierdzamy zamówienie KFG-PO-26-10471:

Poz. 1 - siatka 6 mm 150x150: 40 arkuszy wysłaliśmy dziś przewoźnikiem Raben, nr listu przewozowego
6040129887. Pozostałe 60 arkuszy wyślemy 14.12.2026. Cena bez zmian 118,50 zł/szt.

Poz. 2 - siatka 8 mm 150x150: 40 szt. zgodnie z zamówieniem, 209,00 zł/szt., wysyłka 27.11.2026.

Pozdrawiam
Katarzyna Nowicka
Dział Obsługi Klienta

Siatpol Sp. z o.o.
ul. Przemysłowa 18, 62-080 Tarnowo Podgórne
tel. +48 61 555 72 10, kom. +48 601 555 381
NIP 777-312-45-67, KRS 0000412345, kapitał zakładowy 500 000 zł
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-19 13:05", 1),
                frm=("Katarzyna Nowicka", "k.nowicka@siatpol.example"), text=text, lang="pl",
                charset="iso-8859-2", content_language="pl-PL", body_lang_attr="PL", subj_prefix="RE: ")
    exp = expected("confirmation",
                   "Line 1: 40 sheets shipped today (mail date 2026-11-19, consignment 6040129887) + 60 on "
                   "2026-12-14 -> schedule, last date 2026-12-14. Line 2 ships on the requested date.",
                   [conf(po, {1: chg(100, "118.50", "2026-12-14", [(40, "2026-11-19"), (60, "2026-12-14")]),
                              2: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("potting-soil-except-pos3", "confirmation/nl-NL",
      "Dutch one-liner 'OK voor alles behalve pos. 3' with a new date ('9 december', no year) for pos. 3 only.")
def c009(slug):
    s = sup("VEENHUIS", "Veenhuis Substraten B.V.", "verkoop@veenhuis-substraten.example", "nl-NL")
    po = PO("KFG-PO-26-10495", s, TOM, "EUR", "2026-11-09", [
        L(1, "VH-PG40", "Universal potting soil 40 L bags, pallet of 39", 6, "PAL", "171.60", "2026-11-27"),
        L(2, "VH-TT70", "Garden peat 70 L, pH 5.5-6.5, pallet of 30", 4, "PAL", "198.00", "2026-11-27"),
        L(3, "VH-RHODO40", "Ericaceous compost 40 L, pallet of 39", 3, "PAL", "183.30", "2026-11-27"),
        L(4, "VH-PERL10", "Perlite 10 L bag, 2-6 mm", 120, "EA", "4.15", "2026-11-27"),
    ], req_time="14:48", ship_to="Kestrel Facility Group, Grounds Depot, Waalhaven Z.z. 21, 3089 JH Rotterdam")
    text = """Goedemorgen Tom,

OK voor alles behalve pos. 3: de rhodo-potgrond kunnen we pas op 9 december leveren (aanvoer turf uit
de Baltische staten is vertraagd). Rest zoals besteld op 27-11.

Met vriendelijke groet,

Ruud Hoekstra
Verkoop Binnendienst
Veenhuis Substraten B.V.
Veenkade 4, 7881 RB Emmer-Compascuum
T +31 591 555 230
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-13 08:55", 1),
                frm=("Ruud Hoekstra", "r.hoekstra@veenhuis-substraten.example"), text=text, lang="nl",
                charset="iso-8859-1", content_language="nl-NL", body_lang_attr="NL")
    exp = expected("confirmation", "'OK for all except pos. 3' -> lines 1, 2, 4 accepted; pos. 3 moved to "
                   "'9 december' (no year, mail of 2026-11-13) = 2026-12-09.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(3, "183.30", "2026-12-09"), 4: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("exchange-ndr-french", "bounce/fr-FR",
      "French Exchange non-delivery report ('Non remis', mailbox full, 5.2.2) as multipart/report that carries "
      "the full original request with the PO table and requested dates.")
def c010(slug):
    from .auto import dsn_block, original_with_received
    s = sup("TTV", "Textiles Techniques Vosgiens SAS", "commandes@ttv-toiles.example", "fr-FR")
    po = PO("4500078850", s, JANA, "EUR", "2026-11-10", [
        L(1, "TTV-PVC650-250", "PVC-coated polyester tent fabric 650 g/m2, width 2.50 m, RAL 9010", 600, "M",
          "9.85", "2026-12-18"),
        L(2, "TTV-PVC900-300", "Blockout PVC fabric 900 g/m2, width 3.00 m", 250, "M", "14.20", "2027-01-15"),
        L(3, "TTV-KED-8", "Keder profile 8 mm, PVC, 50 m roll", 10, "ROL", "36.00", "2026-12-18"),
    ], req_time="14:31")
    b = po["_buyer"]
    when = at("2026-11-10 14:33:12", 1)
    rcpt = s["email"]
    text = f"""Votre message n'a pas pu être remis à ces destinataires ou groupes :

{rcpt} ({rcpt})
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez d'envoyer le message plus tard ou contactez directement le destinataire.


Informations de diagnostic pour les administrateurs :

Serveur de génération : EXCH02.ttv-toiles.local

{rcpt}
EXCH02.ttv-toiles.local
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox /o=TTV/ou=Exchange Administrative Group/cn=Recipients/cn=commandes.'

En-têtes du message d'origine :

Received: from mail.corvane.example (192.0.2.40) by EXCH02.ttv-toiles.local
 (10.1.1.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Tue, 10 Nov 2026
 14:33:10 +0100
From: {b.name} <{b.email}>
To: {s['name']} <{rcpt}>
Subject: {request_subject(po)}
Date: {mime.fmt_date(po['_req_when'])}
Message-ID: {po['request_message_id']}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Votre message n'a pas pu être remis à ces "
            "destinataires ou groupes&nbsp;:</font></b></p>"
            f"<p><font size=\"2\" face=\"Tahoma\"><a href=\"mailto:{rcpt}\">{rcpt}</a> ({rcpt})<br>La boîte aux "
            "lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez "
            "d'envoyer le message plus tard ou contactez directement le destinataire.</font></p>"
            "<p><font size=\"2\" face=\"Tahoma\"><br><br><br><b>Informations de diagnostic pour les "
            "administrateurs&nbsp;:</b></font></p><p><font size=\"2\" face=\"Tahoma\">Serveur de génération&nbsp;: "
            f"EXCH02.ttv-toiles.local</font></p><p><font size=\"2\" face=\"Tahoma\">{rcpt}<br>EXCH02.ttv-toiles.local"
            "<br>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
            "MapiExceptionShutoffQuotaExceeded'</font></p></body></html>\n")
    hx = mime.hexid(slug, 32).upper()
    alt = mime.Multi("alternative", [mime.text_part(text, "plain", "utf-8", "quoted-printable"),
                                     mime.text_part(html, "html", "utf-8", "quoted-printable")], f"_001_{hx}_")
    dsn = mime.raw_part("message/delivery-status", dsn_block(
        "EXCH02.ttv-toiles.local", when - dt.timedelta(seconds=2),
        [{"final": rcpt, "action": "failed", "status": "5.2.2",
          "diag": "554 5.2.2 mailbox full;STOREDRV.Deliver.Exception:QuotaExceededException."
                  "MapiExceptionShutoffQuotaExceeded"}],
        ["Received-From-MTA: dns; mail.corvane.example"]))
    orig = mime.raw_part("message/rfc822", original_with_received(po, "mail.corvane.example", when))
    root = mime.Multi("report", [alt, dsn, orig], f"_000_{hx}_", params=" report-type=delivery-status;")
    hs = received(slug, "postmaster@ttv-toiles.example", b.email, when, hops=2)
    hs[0] = ("Return-Path", "<>")
    hs += [("From", "postmaster@ttv-toiles.example"),
           ("To", mime.addr(b.name, b.email)),
           ("Date", mime.fmt_date(when)),
           ("Subject", mime.enc_text("Non remis : " + request_subject(po), "utf-8", "Q")),
           ("Message-ID", f"<{mime.hexid(slug + 'ndr', 32)}@EXCH02.ttv-toiles.local>"),
           ("In-Reply-To", po["request_message_id"]),
           ("References", po["request_message_id"]),
           ("Thread-Topic", request_subject(po)),
           ("Content-Language", "fr-FR"),
           ("X-MS-Has-Attach", "yes"),
           ("X-MS-Exchange-Message-Is-Ndr", "yes"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-TNEF-Correlator", "<" + mime.hexid(slug + "tnef", 20) + "@EXCH02.ttv-toiles.local>")]
    eml = mime.message(hs, root)
    exp = expected("bounce", "Exchange NDR in French: recipient mailbox full (5.2.2). The attached original is our "
                   "own request; its PO table and dates must not be read as a confirmation.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("respirators-weekday-dates", "confirmation/sv-SE",
      "Swedish Apple Mail reply sent on a Friday giving only weekdays: 'på tisdag' and 'torsdag nästa vecka' "
      "must be resolved against the Date header.")
def c011(slug):
    s = sup("NORDSKYDD", "Nordskydd AB", "order@nordskydd.example", "sv-SE")
    po = PO("HLS-26-0917", s, PIETER, "SEK", "2026-11-16", [
        L(1, "NS-FFP3V", "Respirator FFP3 with valve, fold-flat, box of 10", 60, "BOX", "289.00", "2026-11-27"),
        L(2, "NS-HM500-M", "Half mask 500 series, size M, silicone", 24, "EA", "245.00", "2026-11-27"),
        L(3, "NS-A2P3", "Combination filter A2P3 R, pair", 48, "PAIR", "179.50", "2026-12-04"),
    ], req_time="14:05")
    when = at("2026-11-20 10:12", 1)
    assert when.date().weekday() == 4
    text = """Hej Pieter,

Tack för ordern! Pos 1 och 2 levereras på tisdag, full kvantitet och priser enligt order.

Filtren A2P3 (pos 3) kommer in till vårt lager i början av nästa vecka, så dem levererar vi
torsdag nästa vecka, också 48 par à 179,50 kr.

Trevlig helg!

Med vänliga hälsningar
Linnea Berg
Kundtjänst | Nordskydd AB
Verkstadsgatan 9, 431 37 Mölndal
Tel 031-555 42 80
"""
    attrib = "16 nov. 2026 kl. 14:05 skrev Pieter de Wit <p.dewit@halden-labs.example>:"
    eml = reply(po, slug, client="apple", when=when, frm=("Linnea Berg", "linnea.berg@nordskydd.example"),
                text=text, attrib=attrib, charset="utf-8", cte="quoted-printable", subj_prefix="Re: ")
    exp = expected("confirmation",
                   "Mail sent Friday 2026-11-20: 'på tisdag' = Tue 2026-11-24, 'torsdag nästa vecka' = Thu "
                   "2026-11-26 (both delivery dates, earlier than requested).",
                   [conf(po, {1: chg(60, "289.00", "2026-11-24"), 2: chg(24, "245.00", "2026-11-24"),
                              3: chg(48, "179.50", "2026-11-26")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("slings-two-pos-one-table", "confirmation/da-DK",
      "Danish confirmation of two POs in one table with an order column, a changed shackle price, and a third "
      "open PO that is only mentioned ('vender tilbage').")
def c012(slug):
    s = sup("DLU", "Dansk Løfteudstyr A/S", "salg@dansk-loft.example", "da-DK")
    a = PO("4500078790", s, MARKUS, "DKK", "2026-11-02", [
        L(1, "DL-RS2-3", "Round sling WLL 2 t, effective length 3 m, green", 20, "EA", "96.00", "2026-11-27"),
        L(2, "DL-RS5-4", "Round sling WLL 5 t, effective length 4 m, brown", 10, "EA", "248.00", "2026-11-27"),
        L(3, "DL-KS8-2", "Chain sling 2-leg, grade 8, 8 mm, 2 m, WLL 2.5 t", 4, "SET", "1190.00", "2026-12-04"),
    ], req_time="09:12")
    bpo = PO("4500078811", s, MARKUS, "DKK", "2026-11-04", [
        L(1, "DL-WR12-1", "Steel wire rope sling 12 mm, 1 m, eye/eye", 30, "EA", "142.00", "2026-11-27"),
        L(2, "DL-SJ16", "Bow shackle 16 mm, WLL 3.25 t", 40, "EA", "58.50", "2026-11-27"),
    ], req_time="10:40")
    c = PO("4500078830", s, MARKUS, "DKK", "2026-11-06", [
        L(1, "DL-LB50", "Lifting beam 5 t, 2000 mm span", 1, "EA", "8450.00", "2027-01-15"),
    ], req_time="08:55")
    rows = [["4500078790", "1", "DL-RS2-3", "20", "96,00", "27.11.2026"],
            ["4500078790", "2", "DL-RS5-4", "10", "248,00", "27.11.2026"],
            ["4500078790", "3", "DL-KS8-2", "4", "1.190,00", "11.12.2026"],
            ["4500078811", "1", "DL-WR12-1", "30", "142,00", "27.11.2026"],
            ["4500078811", "2", "DL-SJ16", "40", "61,20", "27.11.2026"]]
    blocks = [P("Hej Markus,"),
              P("Hermed ordrebekræftelse på jeres to ordrer:"),
              T(["Ordre", "Pos.", "Varenr.", "Antal", "Pris DKK/stk.", "Levering"], rows, right=(3, 4)),
              P("Bemærk ny pris på sjækler (pos. 2 på 4500078811) pga. prisstigning fra vores leverandør.\n"
                "Ordre 4500078830 (løftebjælke) vender vi tilbage på, når vi har svar fra fabrikken."),
              P("Med venlig hilsen\n\nMette Sørensen\nSalgsassistent\nDansk Løfteudstyr A/S\n"
                "Industrivej 22, 7100 Vejle\nTlf. +45 75 55 30 20\nCVR 12 34 56 78")]
    eml = reply(a, slug, client="outlook", when=at("2026-11-11 15:30", 1),
                frm=("Mette Sørensen", "ms@dansk-loft.example"), blocks=blocks, lang="da",
                charset="iso-8859-1", content_language="da-DK", body_lang_attr="DA", subj_prefix="SV: ")
    exp = expected("confirmation",
                   "One table answers PO 4500078790 and 4500078811 (order column); KS8 chain sling moved to "
                   "11.12.2026, shackle price 61.20. PO 4500078830 is only mentioned (will revert) -> left out.",
                   [conf(a, {1: "acc", 2: "acc", 3: chg(4, "1190.00", "2026-12-11")}),
                    conf(bpo, {1: "acc", 2: chg(40, "61.20", "2026-11-27")})])
    return [a, bpo, c], eml, exp


# ---------------------------------------------------------------------------
@case("shelving-ral-question", "needs_review/sk-SK",
      "Slovak reply that asks which RAL shade is meant before confirming, mentions a 4 % surcharge for the other "
      "shade and an approximate '3-4 weeks'; nothing is committed.")
def c013(slug):
    s = sup("RSZILINA", "Regálové systémy Žilina s.r.o.", "obchod@regaly-zilina.example", "sk-SK")
    po = PO("HLS-26-0902", s, PIETER, "EUR", "2026-11-10", [
        L(1, "RZ-LR-1000", "Pharmacy shelf unit 1000x400x2200 mm, 6 shelves, RAL 9016", 8, "EA", "412.00",
          "2026-12-18"),
        L(2, "RZ-ZS-600", "Drawer cabinet 600x500x900 mm, 5 drawers, full extension", 4, "EA", "689.00",
          "2026-12-18"),
        L(3, "RZ-PL-1000", "Additional shelf 1000x400 mm, max. 80 kg", 24, "EA", "38.50", "2026-12-18"),
    ], req_time="13:20")
    text = """Dobrý deň pán de Wit,

ďakujeme za objednávku HLS-26-0902.

Pred potvrdením potrebujeme upresniť farbu: v objednávke uvádzate RAL 9016 (dopravná biela),
ale v cenovej ponuke CP-2026-311 sme počítali s RAL 9010 (čistá biela). Ktorý odtieň platí?
Pri RAL 9010 by cena regálov bola o 4 % vyššia.

Termín dodania vám potvrdíme hneď po odsúhlasení farby, orientačne je to 3 – 4 týždne.

S pozdravom

Ing. Martin Kováč
obchodné oddelenie
Regálové systémy Žilina s.r.o.
Priemyselná 5, 010 01 Žilina
tel.: +421 41 555 62 30
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-12 10:47", 1),
                frm=("Martin Kováč", "kovac@regaly-zilina.example"), text=text, lang="sk",
                charset="windows-1250", content_language="sk-SK", body_lang_attr="SK")
    exp = expected("needs_review", "The supplier asks which RAL colour applies before it confirms; price depends "
                   "on the answer and the lead time is only approximate ('3-4 weeks').")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("diesel-filters-viikko-pack", "confirmation/fi-FI",
      "Finnish per-line list with 'viikolla 50/49' (ISO week Fridays) and a quantity rounded up to the "
      "12-piece sales pack; item code 4/3 and M16x1.5 thread in descriptions.")
def c014(slug):
    s = sup("SUODATIN", "Suodatinpiste Oy", "myynti@suodatinpiste.example", "fi-FI")
    po = PO("4500078866", s, JANA, "EUR", "2026-11-11", [
        L(1, "SP-PS-10", "Diesel fuel filter spin-on 10 micron, M16x1.5 thread", 100, "EA", "11.40", "2026-12-04"),
        L(2, "SP-ES-30", "Fuel pre-filter / water separator 30 micron, 24V heater", 40, "EA", "64.90", "2026-12-04"),
        L(3, "SP-EL-4/3", "Filter element kit 4/3 for tank breather", 25, "SET", "22.00", "2026-12-11"),
    ], req_time="08:30")
    assert kw_friday(2026, 50) == "2026-12-11" and kw_friday(2026, 49) == "2026-12-04"
    text = """Hei Jana,

Kiitos tilauksesta 4500078866. Vahvistamme sen seuraavasti:

Rivi 1: SP-PS-10 – myyntierä 12 kpl/ltk, joten toimitamme 108 kpl, hinta 11,40 €/kpl, toimitus viikolla 50
Rivi 2: SP-ES-30 – 40 kpl, 64,90 €/kpl, toimitus viikolla 49
Rivi 3: SP-EL-4/3 – 25 sarjaa, 22,00 €/sarja, toimitus viikolla 50

Toimitusehto DAP Bielefeld, rahti sisältyy.

Ystävällisin terveisin

Sanna Virtanen
Myyntisihteeri
Suodatinpiste Oy
Teollisuustie 14, 33330 Tampere
puh. 010 555 4120
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-16 09:20", 2),
                frm=("Sanna Virtanen", "sanna.virtanen@suodatinpiste.example"), text=text, lang="fi",
                charset="windows-1252", content_language="fi-FI", body_lang_attr="FI", subj_prefix="VS: ")
    exp = expected("confirmation", "Week 50 = Fri 2026-12-11, week 49 = Fri 2026-12-04. Line 1 rounded to 108 "
                   "(9 packs of 12) and moved to week 50; lines 2 and 3 as ordered.",
                   [conf(po, {1: chg(108, "11.40", "2026-12-11"), 2: "acc", 3: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tent-fabric-per-m2", "confirmation/nb-NO",
      "Norwegian Gmail reply quoting prices per m² for fabric ordered per running metre of a stated width, and "
      "quantities as rolls of 50 m.")
def c015(slug):
    s = sup("FJORDDUK", "Fjordduk AS", "ordre@fjordduk.example", "nb-NO")
    po = PO("4500078871", s, JANA, "NOK", "2026-11-11", [
        L(1, "FD-PES650-250", "PVC-coated polyester 650 g/m2, width 2.50 m, grey", 500, "M", "84.00", "2026-12-11"),
        L(2, "FD-PES650-300", "PVC-coated polyester 650 g/m2, width 3.00 m, white", 300, "M", "99.00", "2026-12-11"),
        L(3, "FD-TAPE-50", "PVC welding tape 50 mm x 25 m", 20, "ROL", "145.00", "2026-12-11"),
    ], req_time="14:02")
    text = """Hei Jana,

Takk for bestillingen. Vi bekrefter ordre 4500078871 slik:

Pos 1: 10 ruller à 50 m = 500 m, pris kr 34,00 per m² (bredde 2,50 m), levering fredag 11.12.
Pos 2: 6 ruller à 50 m = 300 m, pris kr 33,00 per m² (bredde 3,00 m), levering fredag 11.12.
Pos 3: 20 ruller sveisebånd, kr 145,00 per rull, levering fredag 11.12.

Prisene er eks. mva. Frakt til Bielefeld kommer i tillegg etter avtale.

Mvh
Ole Martin Haugen
Fjordduk AS
Sjøgata 12, 6002 Ålesund
Tlf +47 70 55 61 00
"""
    attrib = "ons. 11. nov. 2026 kl. 14:02 skrev Jana Becker <j.becker@corvane.example>:"
    eml = reply(po, slug, client="gmail", when=at("2026-11-17 13:44", 1),
                frm=("Ole Martin Haugen", "omh@fjordduk.example"), text=text, attrib=attrib, charset="UTF-8",
                cte="quoted-printable")
    exp = expected("confirmation",
                   "Per-m² prices times the stated width give the per-metre price: 34.00 x 2.50 = 85.00 (PO 84.00, "
                   "changed); 33.00 x 3.00 = 99.00 (= PO). 'fredag 11.12.' = 2026-12-11.",
                   [conf(po, {1: chg(500, "85.00", "2026-12-11"), 2: "acc", 3: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("respirators-gross-vat", "needs_review/de-AT",
      "Austrian reply quoting only gross prices 'inkl. 20 % MwSt.' for a net PO to a Dutch company; two of the "
      "gross prices do not divide back to the PO price.")
def c016(slug):
    s = sup("ASTEINER", "Atemschutz Steiner GmbH", "verkauf@atemschutz-steiner.example", "de-AT")
    po = PO("HLS-26-0925", s, PIETER, "EUR", "2026-11-12", [
        L(1, "AS-FFP2-NR", "FFP2 NR mask without valve, box of 20", 100, "BOX", "14.20", "2026-11-30"),
        L(2, "AS-VM-RD40", "Full face mask EN 136 class 2, Rd40 thread", 6, "EA", "168.00", "2026-12-11"),
        L(3, "AS-A1B1-40", "Filter A1B1E1K1 Rd40", 24, "EA", "21.50", "2026-12-11"),
    ], req_time="11:15")
    text = """Grüß Gott Herr de Wit,

danke für Ihre Bestellung. Wir können wie folgt liefern:

Pos. 1  FFP2-Masken          100 Karton   à 17,10 €   Lieferung 30.11.
Pos. 2  Vollmaske Rd40         6 Stk.     à 201,60 €  Lieferung KW 50
Pos. 3  Filter A1B1E1K1       24 Stk.     à 25,90 €   Lieferung KW 50

Alle Preise verstehen sich inkl. 20 % MwSt., zzgl. Versandpauschale 18,- €.

Mit freundlichen Grüßen

Andrea Pichler
Verkauf Innendienst
Atemschutz Steiner GmbH
Gewerbepark 3, 4400 Steyr, Österreich
T +43 7252 555 118
FN 212345k, Landesgericht Steyr, UID ATU12345678
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-18 14:26", 1),
                frm=("Andrea Pichler", "a.pichler@atemschutz-steiner.example"), text=text, lang="de",
                charset="iso-8859-15", content_language="de-AT", body_lang_attr="DE-AT", subj_prefix="AW: ")
    exp = expected("needs_review",
                   "Only gross prices incl. 20 % Austrian VAT are given for a net PO (intra-EU, normally no VAT); "
                   "17.10/1.2 = 14.25 and 25.90/1.2 = 21.583 do not match the PO, so the net prices are unclear.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pharmacy-shelving-pdf-only", "confirmation/cs-CZ",
      "Czech mail that only says 'see attachment'; the uncompressed PDF (ASCII Czech/English) carries the "
      "confirmation, one line with 'tyden 4/2027', plus VAT totals.")
def c017(slug):
    s = sup("LNMORAVA", "LN Morava s.r.o.", "objednavky@ln-morava.example", "cs-CZ")
    po = PO("HLS-26-0911", s, PIETER, "CZK", "2026-11-09", [
        L(1, "LNM-ZS-5", "Pharmacy drawer cabinet, 5 drawers, 600x540x1000 mm", 6, "EA", "18450.00", "2027-01-15"),
        L(2, "LNM-RG-2000", "Dispensary shelving unit 1000x350x2000 mm", 10, "EA", "7980.00", "2027-01-15"),
        L(3, "LNM-DEL-12", "Drawer divider set, 12 pcs", 30, "SET", "640.00", "2027-01-15"),
    ], req_time="16:02")
    assert kw_friday(2027, 4) == "2027-01-29"
    d = pdf.Doc()
    d.text("LN Morava s.r.o.", size=14, bold=True)
    d.text("Prumyslova 1420, 750 02 Prerov, Czech Republic  |  ICO 27654321  |  DIC CZ27654321", size=8)
    d.space(10)
    d.text("POTVRZENI OBJEDNAVKY / ORDER CONFIRMATION  c. PO-26-0733", size=12, bold=True)
    d.lines("Datum / Date: 20.11.2026\nOdberatel / Customer: Halden Life Science B.V., Leiden\n"
            "Vase objednavka / Your order: HLS-26-0911 ze dne 09.11.2026\nDodaci podminky / Terms: DAP Leiden")
    d.space(8)
    d.table(["Pol.", "Kod", "Popis / Description", "Mnozstvi", "MJ", "Cena/MJ CZK", "Celkem CZK", "Termin dodani"], [
        ["1", "LNM-ZS-5", "Lekarensky zasuvkovy kontejner 5 zas.", "6", "ks", "18 450,00", "110 700,00", "15.01.2027"],
        ["2", "LNM-RG-2000", "Regal vydejni 1000x350x2000", "10", "ks", "7 980,00", "79 800,00", "tyden 4/2027"],
        ["3", "LNM-DEL-12", "Sada prepazek do zasuvek, 12 ks", "30", "sada", "640,00", "19 200,00", "15.01.2027"],
    ], [40, 62, 125, 300, 338, 365, 430, 495])
    d.lines("Celkem bez DPH / Total excl. VAT:   209 700,00 CZK\n"
            "DPH 0 % - dodani zbozi do jineho clenskeho statu EU (reverse charge)\n"
            "Celkem k uhrade / Total:            209 700,00 CZK", size=9)
    d.space(10)
    d.lines("Platebni podminky: 30 dni od data vystaveni faktury.\nVyrobni lhuta pol. 2 prodlouzena z duvodu "
            "dodavky plechu.\nVyrizuje: Ing. Petra Dvorakova, tel. +420 581 555 214", size=8)
    data = d.build(title="Potvrzeni objednavky PO-26-0733", author="LN Morava s.r.o.",
                   producer="Helios Orange 2.1", creation="D:20261120081944+01'00'", compress=False)
    text = """Dobrý den,

v příloze zasíláme potvrzení Vaší objednávky č. HLS-26-0911.

S pozdravem

Ing. Petra Dvořáková
obchodní oddělení
LN Morava s.r.o.
Průmyslová 1420, 750 02 Přerov
tel.: +420 581 555 214
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-20 08:22", 1),
                frm=("Petra Dvořáková", "dvorakova@ln-morava.example"), text=text, lang="cs",
                charset="iso-8859-2", content_language="cs-CZ", body_lang_attr="CS",
                attachments=[pdf_att(data, "PO-26-0733_potvrzeni.pdf")])
    exp = expected("confirmation", "All data are in the attached PDF: lines 1 and 3 as ordered; line 2 'tyden "
                   "4/2027' = Friday 2027-01-29. Czech number format 18 450,00.",
                   [conf(po, {1: "acc", 2: chg(10, "7980.00", "2027-01-29"), 3: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shoe-soles-size-rejected", "confirmation/hu-HU",
      "Hungarian reply with year-first dates (2026.12.18.), one size declined because the mould does not exist, "
      "and sizes 40/42/44 that look like quantities.")
def c018(slug):
    s = sup("TALPKFT", "Talpgyártó Kft.", "rendeles@talpgyarto.example", "hu-HU")
    po = PO("4500078880", s, JANA, "EUR", "2026-11-12", [
        L(1, "TG-PU-40", "PU outsole size 40, black, 4 mm profile", 600, "PAIR", "3.85", "2026-12-18"),
        L(2, "TG-PU-42", "PU outsole size 42, black, 4 mm profile", 900, "PAIR", "3.85", "2026-12-18"),
        L(3, "TG-PU-44", "PU outsole size 44, black, 4 mm profile", 700, "PAIR", "3.95", "2026-12-18"),
        L(4, "TG-PU-47", "PU outsole size 47, black, 4 mm profile", 150, "PAIR", "4.20", "2026-12-18"),
    ], req_time="12:10")
    text = """Kedves Jana!

Köszönjük a megrendelést. Visszaigazolásunk:

1. tétel – 40-es méret: 600 pár, 3,85 EUR/pár, szállítás 2026.12.18.
2. tétel – 42-es méret: 900 pár, 3,85 EUR/pár, szállítás 2026.12.18.
3. tétel – 44-es méret: 700 pár, 3,95 EUR/pár, szállítás 2027.01.08.
4. tétel – a 47-es méretet sajnos nem gyártjuk (nincs hozzá forma), ezt nem tudjuk vállalni.

Üdvözlettel:

Szabó Eszter
értékesítési asszisztens
Talpgyártó Kft.
6000 Kecskemét, Ipar utca 11.
Tel.: +36 76 555 210
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-18 10:03", 1),
                frm=("Szabó Eszter", "szabo.eszter@talpgyarto.example"), text=text, lang="hu",
                charset="windows-1250", content_language="hu-HU", body_lang_attr="HU")
    exp = expected("confirmation", "Year-first Hungarian dates; line 3 moved to 2027-01-08; size 47 declined "
                   "(no mould) -> rejected.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(700, "3.95", "2027-01-08"), 4: "rej"})])
    return [po], eml, exp
