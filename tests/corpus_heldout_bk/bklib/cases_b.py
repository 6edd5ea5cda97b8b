"""Cases 019-036."""
from decimal import Decimal
from html import escape as hesc

from . import mime
from .common import (PO, L, REJ, UNC, acc, case, chg, conf, exp, exp_conf, kw, reply, req_text, req_dt,
                     request_eml, sup, quoted_text, quoted_html, html_doc, text_to_html, req_subject, boundary,
                     msg_id, plus_days, fmt_req)
from .pdf import pdf
from .xlsx import xlsx


@case("carousel-ar-as-ordered", "confirmation/ar-AE",
      "right-to-left Arabic HTML confirming 'كما هو' (as is) with the date restated as 18/12/2026 and a short English line")
def c019():
    s = sup("ALNOOR", "Al Noor Amusement Crafts LLC", "sales@alnoor-crafts.example", "ar-AE")
    po = PO("4500018819", s, "USD", "2026-11-09", [
        L(1, "CH-FG-150", "Fibreglass carousel horse, jumping, 150 cm, hand-painted", 6, "EA", "2480.00", "2026-12-18"),
        L(2, "CH-POLE-2M", "Brass-plated carousel pole 2 m, 38 mm", 6, "EA", "310.00", "2026-12-18"),
    ])
    top = ("السيدة دانا رويز المحترمة،\n\nتحية طيبة وبعد،\n\nنؤكد لكم استلام وقبول أمر الشراء رقم 4500018819 "
           "بالكامل كما هو: الكميات والأسعار وتاريخ التسليم 18/12/2026 دون أي تغيير.\n\n"
           "We confirm PO 4500018819 in full as ordered.\n\nمع خالص التحيات،\nخالد المنصوري\n"
           "مدير المبيعات - النور للحرف الترفيهية ذ.م.م\nالمنطقة الصناعية 12، الشارقة، الإمارات العربية المتحدة\n"
           "هاتف: +971 6 544 5530\n")
    eml = reply(po, top, "2026-11-15 12:03:18", ("Khalid Al Mansouri", "k.almansouri@alnoor-crafts.example"),
                tz="+0400", client="outlook", charset="utf-8", cte="base64", rtl=True, content_lang="ar-AE")
    e = exp_conf("Arabic RTL confirmation 'بالكامل كما هو' (in full, as is); the 18/12/2026 it repeats equals the "
                 "requested date, so both lines are accepted.",
                 conf(po, {1: acc(po, 1), 2: acc(po, 2)}))
    return [po], eml, e


@case("mosquito-hi-dispatch", "confirmation/hi-IN",
      "Hindi-English mix gives only a dispatch date (28-11-2026) from the warehouse, which becomes the date for all lines")
def c020():
    s = sup("GANGATEX", "Ganga Textiles Pvt. Ltd.", "sales@gangatextiles.example", "hi-IN")
    po = PO("4500018820", s, "INR", "2026-11-09", [
        L(1, "MN-DB-66", "Mosquito net double bed 6x6.5 ft, 40 GSM polyester, white", 500, "PCS", "285.00",
          "2026-12-04"),
        L(2, "MN-SB-36", "Mosquito net single bed 3x6 ft, 40 GSM, blue", 800, "PCS", "165.00", "2026-12-04"),
        L(3, "MN-LLIN-190", "Long-lasting insecticidal net 190x180x150 cm, WHO PQ", 1000, "PCS", "320.00",
          "2026-12-04"),
    ])
    top = ("नमस्ते डाना जी,\n\nआपका PO 4500018820 प्राप्त हुआ, धन्यवाद। तीनों items की quantity और rate PO के "
           "अनुसार confirm हैं।\n\nDispatch date: 28-11-2026 (हमारे पानीपत गोदाम से)।\n\nItem 3 (LLIN) का WHO "
           "certificate dispatch के साथ भेजा जाएगा।\n\nधन्यवाद,\nराजेश कुमार\nExport Sales, Ganga Textiles Pvt. Ltd.\n"
           "Plot 44, Sector 29, Panipat 132103, Haryana\nMob. +91 98120 44716\n")
    eml = reply(po, top, "2026-11-13 15:45:09", ("Rajesh Kumar", "rajesh.k@gangatextiles.example"), tz="+0530",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix",
                intro="On {wd3}, {d} {mon3} {yyyy} at 1:42 PM, {name} <{email}> wrote:")
    d = "2026-11-28"
    e = exp_conf("Only a dispatch (ship) date 28-11-2026 is given and no delivery date, so it is the date for all "
                 "lines; quantities and rates as per PO.",
                 conf(po, {1: chg(500, "285.00", d), 2: chg(800, "165.00", d), 3: chg(1000, "320.00", d)}))
    return [po], eml, e


@case("ticket-nl-autoreply", "auto_reply/nl-NL",
      "Dutch ticket-system receipt that quotes our request (PO table included) under a ticket number")
def c021():
    s = sup("VANDIJK", "Van Dijk Transportbanden B.V.", "verkoop@vandijk-banden.example", "nl-NL")
    po = PO("4500018821", s, "EUR", "2026-11-12", [
        L(1, "VD-SUSHI-12", "Sushi conveyor belt, PU, 12 m loop, 150 mm wide", 2, "EA", "1890.00", "2026-12-11"),
        L(2, "VD-GUIDE-3", "Side guide rail 3 m, stainless 1.5 mm", 8, "EA", "74.00", "2026-12-11"),
    ])
    body = ("Beste relatie,\n\nBedankt voor uw bericht. Wij hebben uw e-mail in goede orde ontvangen en "
            "geregistreerd onder ticketnummer 2026111310000217.\n\nEen van onze medewerkers neemt binnen 2 werkdagen "
            "contact met u op. Vermeld bij verdere correspondentie altijd het ticketnummer in de onderwerpregel.\n\n"
            "Met vriendelijke groet,\nKlantenservice Van Dijk Transportbanden B.V.\nIndustrieweg 31, 3044 AS Rotterdam"
            "\n\n-- Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden. --\n\n"
            "Uw bericht:\n" + "\n".join("> " + x if x else ">" for x in req_text(po).rstrip().split("\n")) + "\n")
    root = mime.text(body, "plain", "utf-8", "quoted-printable")
    hdrs = [("From", mime.addr("Klantenservice Van Dijk", "service@vandijk-banden.example")),
            ("To", po["buyer"]["email"]),
            ("Subject", "[Ticket#2026111310000217] Ontvangstbevestiging: " + req_subject(po)),
            ("Date", mime.rfc_date("2026-11-13 09:12:40")),
            ("Message-ID", "<1794561160.114207.2026111310000217@otrs.vandijk-banden.example>"),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("X-Loop", "yes"), ("Precedence", "bulk"),
            ("X-Mailer", "OTRS Mail Service")]
    return [po], mime.message(hdrs, root), exp("auto_reply", "Ticket-system receipt in Dutch; it quotes our PO "
                                                "table, but nobody has answered yet.")


@case("pizzastone-br-split", "confirmation/pt-BR",
      "Brazilian reply splits one line into two deliveries (04/12 and 18/12 without year) and moves the other line earlier")
def c022():
    s = sup("FORNOPAULISTA", "Cerâmica Forno Paulista Ltda.", "vendas@fornopaulista.example", "pt-BR")
    po = PO("4500018822", s, "BRL", "2026-11-09", [
        L(1, "PS-REF-40", "Refractory pizza stone 40x40 cm, 2 cm, unglazed", 500, "PCS", "89.90", "2026-12-11"),
        L(2, "PS-PEEL-14", "Aluminium pizza peel 14 in, 3/4 folding handle", 150, "PCS", "64.00", "2026-12-11"),
    ])
    top = ("Olá Dana, bom dia!\n\nConfirmamos o pedido 4500018822 conforme abaixo:\n\n"
           "Item 1 - Pedra refratária 40x40: 500 pçs a R$ 89,90, entrega em duas etapas: 200 pçs em 04/12 e o "
           "saldo de 300 pçs em 18/12.\nItem 2 - Pá de pizza 14\": 150 pçs a R$ 64,00, entrega em 04/12.\n\n"
           "Qualquer dúvida estou à disposição.\n\nAtenciosamente,\nFernanda Oliveira\nComercial Exportação\n"
           "Cerâmica Forno Paulista Ltda.\nRod. Washington Luís, km 172, Rio Claro - SP, 13505-600\n"
           "Tel.: +55 19 3524-8810\n")
    eml = reply(po, top, "2026-11-16 10:30:55", ("Fernanda Oliveira", "fernanda@fornopaulista.example"),
                tz="-0300", client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="pt",
                content_lang="pt-BR")
    e = exp_conf("Dates without year (mail 2026-11-16): line 1 200 pcs on 2026-12-04 + 300 on 2026-12-18; line 2 "
                 "delivered earlier, 2026-12-04.",
                 conf(po, {1: chg(500, "89.90", "2026-12-18", [(200, "2026-12-04"), (300, "2026-12-18")]),
                           2: chg(150, "64.00", "2026-12-04")}))
    return [po], eml, e


@case("kerbs-cz-quality-cancel", "confirmation/cs-CZ",
      "Czech reply cancels one line for quality reasons (failed frost test), confirms one as ordered and moves the third")
def c023():
    s = sup("ZULALIP", "Žula Lipnice s.r.o.", "obchod@zula-lipnice.example", "cs-CZ")
    po = PO("4500018823", s, "CZK", "2026-11-09", [
        L(1, "ZO-150-250", "Granite kerb 150x250 mm, length 500-1000 mm, flamed", 300, "M", "485.00", "2026-12-04"),
        L(2, "ZK-810", "Granite paving sett 8/10 cm, grey", 24, "T", "3950.00", "2026-12-04"),
        L(3, "ZO-R1000", "Radius kerb R=1 m, 150x250 mm", 16, "PCS", "1720.00", "2026-12-04"),
    ])
    top = ("Dobrý den, paní Ruiz,\n\npotvrzujeme Vaši objednávku č. 4500018823 s těmito změnami:\n\n"
           "Pol. 1 - obrubník 150x250: 300 m za 485,00 Kč/m, dodání 4. 12. 2026 dle objednávky.\n"
           "Pol. 2 - kostka 8/10: tuto položku bohužel musíme zrušit. Kámen z aktuální těžby nesplnil zkoušku "
           "mrazuvzdornosti a materiál, který neodpovídá normě ČSN EN 1342, dodávat nebudeme.\n"
           "Pol. 3 - obloukový obrubník R=1 m: 16 ks za 1 720,00 Kč/ks, dodání 9. 12. 2026.\n\n"
           "S pozdravem\nIng. Tomáš Dvořák\nobchodní oddělení\nŽula Lipnice s.r.o., Dolní Město 118, 582 32 Lipnice "
           "nad Sázavou\ntel.: +420 569 486 215\n")
    eml = reply(po, top, "2026-11-17 13:52:26", ("Tomáš Dvořák", "dvorak@zula-lipnice.example"),
                client="outlook", charset="windows-1250", cte="quoted-printable", qlang="cs",
                content_lang="cs-CZ")
    e = exp_conf("Line 2 cancelled by the supplier for quality reasons -> rejected; line 1 as ordered; line 3 "
                 "'9. 12. 2026' with spaces -> 2026-12-09.",
                 conf(po, {1: acc(po, 1), 2: REJ, 3: chg(16, "1720.00", "2026-12-09")}))
    return [po], eml, e


@case("burner-ie-two-weeks", "confirmation/en-IE",
      "Irish reply gives the new dates only as 'two weeks later than requested', to be added to each line's own requested date")
def c024():
    s = sup("ATLBALLOON", "Atlantic Balloon Components Ltd", "sales@atlanticballoon.example", "en-IE")
    po = PO("4500018824", s, "EUR", "2026-11-10", [
        L(1, "ABC-CYL-V30", "Vertical fuel cylinder V30, 30 kg LPG, stainless", 8, "EA", "1180.00", "2026-12-04"),
        L(2, "ABC-HOSE-150", "Burner fuel hose 1.5 m, 3/4 UNF fittings", 16, "EA", "96.50", "2026-12-09"),
    ])
    top = ("Hi Dana,\n\nThanks for PO 4500018824. We can confirm all items at the quantities and prices on your "
           "order, but delivery will be two weeks later than requested on both lines - our cylinder test bay is "
           "fully booked until the end of the month.\n\nApologies for the inconvenience.\n\nKind regards,\n"
           "Siobhan Keane\nAtlantic Balloon Components Ltd\nUnit 7, Ballybrit Business Park, Galway H91 T2X4\n"
           "+353 91 755 204\n")
    eml = reply(po, top, "2026-11-18 11:06:12", ("Siobhan Keane", "s.keane@atlanticballoon.example"), tz="+0000",
                client="outlook", charset="us-ascii", cte="7bit", content_lang="en-IE")
    e = exp_conf("'two weeks later than requested': line 1 2026-12-04 + 14 = 2026-12-18, line 2 2026-12-09 + 14 = "
                 "2026-12-23.",
                 conf(po, {1: chg(8, "1180.00", plus_days("2026-12-04", 14)),
                           2: chg(16, "96.50", plus_days("2026-12-09", 14))}))
    return [po], eml, e


@case("rope-tr-english-month", "confirmation/tr-TR",
      "Turkish text with the delivery date written with an English month name ('21 December 2026')")
def c025():
    s = sup("ANADOLUHALAT", "Anadolu Halat San. ve Tic. A.Ş.", "satis@anadoluhalat.example", "tr-TR")
    po = PO("4500018825", s, "EUR", "2026-11-10", [
        L(1, "RR-125-50", "Rescue rope 12.5 mm x 50 m, EN 1891 type A, orange", 40, "EA", "118.00", "2026-12-11"),
        L(2, "RR-WEB-25", "Tubular webbing 25 mm, 18 kN, 100 m roll", 12, "ROL", "74.00", "2026-12-11"),
    ])
    top = ("Sayın Dana Ruiz,\n\n4500018825 numaralı siparişinizi teşekkürle aldık. Tüm kalemleri sipariş edilen "
           "miktar ve fiyatlarla onaylıyoruz.\n\nTeslim tarihi: 21 December 2026\n\nSaygılarımızla,\nEmre Yıldız\n"
           "İhracat Satış Sorumlusu\nAnadolu Halat San. ve Tic. A.Ş.\nOrganize Sanayi Bölgesi 3. Cadde No: 14, "
           "Bursa\nTel: +90 224 243 58 10\n")
    eml = reply(po, top, "2026-11-16 14:20:33", ("Emre Yıldız", "emre.yildiz@anadoluhalat.example"), tz="+0300",
                client="outlook", charset="windows-1254", cte="quoted-printable", qlang="tr",
                subject="YNT: " + req_subject(po), content_lang="tr-TR")
    d = "2026-12-21"
    e = exp_conf("English month name inside Turkish text: 'Teslim tarihi: 21 December 2026' for both lines, "
                 "quantities and prices as ordered.",
                 conf(po, {1: chg(40, "118.00", d), 2: chg(12, "74.00", d)}))
    return [po], eml, e


@case("marinebatt-au-eta", "confirmation/en-AU",
      "Australian reply gives a ship date ex Brisbane 11/12 and 'ETA Sydney 18/12'; the arrival (delivery) date wins")
def c026():
    s = sup("SCMARINE", "Southern Cross Marine Power Pty Ltd", "sales@scmarinepower.example", "en-AU")
    po = PO("4500018826", s, "AUD", "2026-11-10", [
        L(1, "SCM-AGM-120", "Marine AGM dual-purpose battery 12V 120Ah, 900 CCA", 30, "EA", "389.00", "2026-12-14"),
        L(2, "SCM-ISO-300", "Battery isolator switch 12/24V, 300 A", 30, "EA", "46.50", "2026-12-14"),
    ], buyer="tom", ship_to="Brightwater Trading Pty Ltd, 14 Bourke Road, Alexandria NSW 2015, Australia")
    top = ("G'day Tom,\n\nAll good on PO 4500018826 - qty and pricing as per your order. Stock ships ex our Brisbane "
           "DC on 11/12, ETA Sydney 18/12.\n\nCheers,\nBrett Hollis\nSouthern Cross Marine Power Pty Ltd\n"
           "22 Export St, Lytton QLD 4178\nPh 07 3396 2210\n")
    eml = reply(po, top, "2026-11-19 16:12:40", ("Brett Hollis", "brett@scmarinepower.example"), tz="+1000",
                client="iphone", charset="us-ascii", cte="7bit", html=False, quote="prefix",
                intro="On {d} Nov {yyyy}, at 6:12 pm, {name} <{email}> wrote:", subject="Re: " + req_subject(po))
    d = "2026-12-18"
    e = exp_conf("Ship date 11/12 vs 'ETA Sydney 18/12' (delivery to the Sydney ship-to address): the delivery date "
                 "2026-12-18 wins for both lines.",
                 conf(po, {1: chg(30, "389.00", d), 2: chg(30, "46.50", d)}))
    return [po], eml, e


@case("eartags-at-two-pos", "confirmation/de-AT",
      "one Austrian sentence confirms two of our POs at once, although the mail is threaded on only one of them")
def c027():
    s = sup("ALPENTK", "Alpen Tierkennzeichnung GmbH", "bestellung@alpen-tierkennzeichnung.example", "de-AT")
    po1 = PO("4500018827", s, "EUR", "2026-11-10", [
        L(1, "OM-GR-7558", "Cattle ear tag, large, yellow, 75x58 mm, numbered 0001-1000", 1000, "PCS", "0.86",
          "2026-12-04"),
        L(2, "OM-APP-U", "Universal ear tag applicator", 5, "EA", "34.50", "2026-12-04"),
    ], buyer="mira")
    po2 = PO("4500018841", s, "EUR", "2026-11-12", [
        L(1, "OM-EID-HDX", "Electronic ear tag HDX, ISO 11784/5, yellow", 400, "PCS", "2.15", "2026-12-11"),
    ], buyer="mira")
    top = ("Sehr geehrte Frau Koenig,\n\nhiermit bestätigen wir Ihre Bestellungen 4500018827 und 4500018841 zu den "
           "angegebenen Mengen, Preisen und Lieferterminen.\n\nMit freundlichen Grüßen\nStefanie Gruber\n"
           "Auftragsabwicklung\nAlpen Tierkennzeichnung GmbH\nGewerbepark 5, 4600 Wels, Österreich\n"
           "T +43 7242 28 415-12\nFN 318825s, Landesgericht Wels\n")
    eml = reply(po1, top, "2026-11-16 08:33:02", ("Stefanie Gruber", "s.gruber@alpen-tierkennzeichnung.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="de",
                subject="AW: " + req_subject(po1), content_lang="de-AT")
    e = exp_conf("One sentence confirms both POs as ordered; PO 4500018841 is not quoted or threaded but is named "
                 "explicitly.",
                 conf(po1, {1: acc(po1, 1), 2: acc(po1, 2)}), conf(po2, {1: acc(po2, 1)}))
    return [po1, po2], eml, e


def _chf(v):
    s = "%.2f" % v
    a, b = s.split(".")
    out = ""
    while len(a) > 3:
        out = "'" + a[-3:] + out
        a = a[:-3]
    return a + out + "." + b


@case("pens-ch-html-table", "confirmation/de-CH",
      "Swiss reply as an HTML table with German headers (Menge, Preis CHF, Liefertermin), one position split into 2a/2b rows")
def c028():
    s = sup("FEDERCO", "Feder & Co. Schreibgeräte AG", "verkauf@feder-schreibgeraete.example", "de-CH")
    po = PO("4500018828", s, "CHF", "2026-11-10", [
        L(1, "FP-M400-EF", "Fountain pen piston filler, 14K nib EF, black/green", 24, "EA", "285.00", "2026-12-11"),
        L(2, "FP-M400-M", "Fountain pen piston filler, 14K nib M, blue", 24, "EA", "285.00", "2026-12-11"),
        L(3, "FP-INK-50", "Ink bottle 50 ml, royal blue, 2027 edition", 120, "EA", "14.80", "2026-12-11"),
        L(4, "FP-CONV-5", "Converter for cartridge pens, pack of 5", 40, "BOX", "22.00", "2026-12-11"),
    ])
    rows = [("1", "FP-M400-EF", "Kolbenfüller, Feder 14K EF, schwarz/grün", 24, "Stk", 285.00, "11.12.2026"),
            ("2a", "FP-M400-M", "Kolbenfüller, Feder 14K M, blau", 18, "Stk", 285.00, "11.12.2026"),
            ("2b", "FP-M400-M", "Kolbenfüller, Feder 14K M, blau (Restmenge)", 6, "Stk", 285.00, "22.01.2027"),
            ("3", "FP-INK-50", "Tintenglas 50 ml, königsblau, Edition 2027", 120, "Stk", 15.40, "11.12.2026"),
            ("4", "FP-CONV-5", "Konverter, 5er-Pack", 40, "Pack", 22.00, "11.12.2026")]
    total = sum(r[3] * r[5] for r in rows)
    hdr = ("Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "Einheit", "Preis CHF", "Betrag CHF", "Liefertermin")
    th = "".join("<th style=\"background:#D9E2F3;border:1px solid #8EAADB;padding:3px 6px\">%s</th>" % hesc(x)
                 for x in hdr)
    tr = ""
    for r in rows:
        cells = (r[0], r[1], r[2], str(r[3]), r[4], _chf(r[5]), _chf(r[3] * r[5]), r[6])
        tr += "<tr>%s</tr>\n" % "".join("<td style=\"border:1px solid #8EAADB;padding:3px 6px\">%s</td>" % hesc(c)
                                         for c in cells)
    tr += ("<tr><td colspan=\"6\" style=\"text-align:right;padding:3px 6px\"><b>Total exkl. MWST</b></td>"
           "<td style=\"padding:3px 6px\"><b>%s</b></td><td></td></tr>\n" % _chf(total))
    intro = ("Grüezi Frau Ruiz\n\nBesten Dank für Ihre Bestellung 4500018828. Gerne bestätigen wir wie folgt:")
    outro = ("Position 3: neuer Preis gemäss Preisliste 2027. Die Restmenge von Position 2 folgt am 22.01.2027.\n\n"
             "Freundliche Grüsse\n\nReto Baumann\nVerkauf Innendienst\nFeder & Co. Schreibgeräte AG\n"
             "Bahnhofstrasse 44, 8600 Dübendorf\nTel. +41 44 821 57 30\n")
    html = (text_to_html(intro) + "<table style=\"border-collapse:collapse;font-family:Arial;font-size:10pt\">"
            "<tr>%s</tr>\n%s</table><br>\n" % (th, tr) + text_to_html(outro))
    txt_rows = "\n".join("\t".join(x) for x in [hdr] + [(r[0], r[1], r[2], str(r[3]), r[4], _chf(r[5]),
                                                          _chf(r[3] * r[5]), r[6]) for r in rows])
    txt = intro + "\n\n" + txt_rows + "\nTotal exkl. MWST\t" + _chf(total) + "\n\n" + outro
    eml = reply(po, txt, "2026-11-17 15:09:44", ("Reto Baumann", "r.baumann@feder-schreibgeraete.example"),
                client="outlook", charset="utf-8", cte="quoted-printable", qlang="de", top_html=html,
                subject="AW: " + req_subject(po), content_lang="de-CH")
    e = exp_conf("German-header HTML table: pos 1 and 4 as ordered; pos 2 as rows 2a/2b (18 on 2026-12-11, 6 on "
                 "2027-01-22); pos 3 new price 15.40. Swiss apostrophe thousands in the amount column.",
                 conf(po, {1: acc(po, 1), 2: chg(24, "285.00", "2027-01-22", [(18, "2026-12-11"), (6, "2027-01-22")]),
                           3: chg(120, "15.40", "2026-12-11"), 4: acc(po, 4)}))
    return [po], eml, e


@case("seedlings-ro-bank-details", "unrelated/ro-RO",
      "Romanian request to update the supplier's bank details (new IBAN) with a signed PDF letter, from a supplier with an open PO")
def c029():
    s = sup("RASADURI", "Răsaduri Transilvania SRL", "vanzari@rasaduri-transilvania.example", "ro-RO")
    po = PO("4500018829", s, "EUR", "2026-11-09", [
        L(1, "RT-QR-P9", "Quercus robur seedlings 1/0, P9 pot, 30-50 cm", 1500, "PCS", "1.45", "2026-12-11"),
        L(2, "RT-FS-2", "Fagus sylvatica 2/0 bare root, 40-60 cm", 2000, "PCS", "0.98", "2026-12-11"),
    ])
    body = ("Stimată doamnă Ruiz,\n\nVă informăm că, începând cu data de 01.12.2026, contul nostru bancar se "
            "modifică. Vă rugăm să actualizați datele în sistemul dumneavoastră și să efectuați toate plățile "
            "viitoare în noul cont:\n\nBanca: Banca Transilvania, Sucursala Cluj\nIBAN: RO49 BTRL 0130 1202 "
            "S123 4567\nSWIFT/BIC: BTRLRO22\nTitular: Răsaduri Transilvania SRL\n\nAtașat găsiți scrisoarea oficială, "
            "semnată și ștampilată. Facturile emise înainte de 01.12.2026 pot fi achitate în continuare în contul "
            "vechi.\n\nCu stimă,\nIoana Mureșan\nContabilitate\nRăsaduri Transilvania SRL\nStr. Fabricii 17, "
            "400620 Cluj-Napoca\nTel. +40 264 598 311\n")
    letter = pdf(["**Rasaduri Transilvania SRL", "Str. Fabricii 17, 400620 Cluj-Napoca, Romania",
                  "CUI RO18442907 | J12/1834/2006", "", "Cluj-Napoca, 16.11.2026", "",
                  "Catre: Brightwater Trading GmbH, Hafenstrasse 12, 28217 Bremen", "",
                  "**Notificare privind schimbarea contului bancar / Notice of change of bank account", "",
                  "Incepand cu 01.12.2026 va rugam sa efectuati platile in contul:",
                  "IBAN RO49 BTRL 0130 1202 S123 4567, Banca Transilvania, BIC BTRLRO22", "",
                  "Contul vechi RO66 RNCB 0106 0260 1187 0001 (BCR) se inchide la 31.01.2027.", "",
                  "Administrator, Vasile Pop"], compress=True, title="Notificare cont bancar",
                 author="Rasaduri Transilvania", date="20261116101500+02'00'")
    root = mime.multipart("mixed", [mime.text(body, "plain", "utf-8", "quoted-printable"),
                                    mime.attachment(letter, "application/pdf", "Notificare_cont_bancar.pdf")],
                          boundary("thunderbird", "c029"), preamble="This is a multi-part message in MIME format.")
    hdrs = [("From", mime.addr("Ioana Mureșan", "contabilitate@rasaduri-transilvania.example")),
            ("To", mime.addr("Dana Ruiz", po["buyer"]["email"])),
            ("Subject", mime.enc("Actualizare date bancare / Bank details update - Răsaduri Transilvania")),
            ("Date", mime.rfc_date("2026-11-16 10:22:07", "+0200")),
            ("Message-ID", msg_id("thunderbird", "c029", "rasaduri-transilvania.example")),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ro")]
    return [po], mime.message(hdrs, root), exp("unrelated", "Request to update bank details (new IBAN) from the "
                                                "supplier's accounts department; says nothing about PO 4500018829.")


@case("ndr-exchange-fr-ca", "bounce/fr-CA",
      "Exchange Online NDR (mailbox full) with the original request attached as message/rfc822")
def c030():
    s = sup("TAPLAUR", "Tapisserie Dentaire Laurentides Inc.", "commandes@tapisserie-laurentides.example", "fr-CA")
    po = PO("4500018830", s, "CAD", "2026-11-10", [
        L(1, "TDL-HR-BK", "Headrest cushion cover, black, 3/8 in memory foam", 20, "EA", "74.00", "2026-12-11"),
        L(2, "TDL-BACK-BK", "Backrest upholstery, black, seamless, 2027 model chairs", 20, "EA", "212.00",
          "2026-12-11"),
    ])
    rc = s["email"]
    txt = ("Delivery has failed to these recipients or groups:\n\n%s\nThe recipient's mailbox is full and can't "
           "accept messages now. Please try resending this message later, or contact the recipient directly.\n\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: FR3P281MB1573.DEUP281.PROD.OUTLOOK.COM\n\n"
           "%s\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
           "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception'\n\n"
           "Original message headers:\n\nFrom: Dana Ruiz <dana.ruiz@brightwater-trading.example>\nTo: %s\n"
           "Subject: %s\nMessage-ID: %s\n" % (rc, rc, rc, req_subject(po), po["request_message_id"]))
    html = ("<html><body><div style=\"font-family:Segoe UI\"><p><b><font color=\"#000066\" size=\"3\">Your message "
            "to %s couldn't be delivered.</font></b></p><p>%s's mailbox is full.</p><p>Action Required: try again "
            "later.</p><br><p><b>Diagnostic information for administrators:</b></p><p>Remote Server returned '554 "
            "5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</p></div></body></html>"
            % (rc, rc.split("@")[0]))
    alt = mime.multipart("alternative", [mime.text(txt, "plain", "us-ascii", "quoted-printable"),
                                         mime.text(html, "html", "us-ascii", "quoted-printable")],
                         "_001_FR3P281MB15738E5D0C7AFR3P281MB1573DEUP_")
    ds = ("Reporting-MTA: dns;FR3P281MB1573.DEUP281.PROD.OUTLOOK.COM\nReceived-From-MTA: "
          "dns;FR2P281MB0012.DEUP281.PROD.OUTLOOK.COM\nArrival-Date: Wed, 11 Nov 2026 08:12:03 +0000\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full; "
          "STOREDRV.Deliver.Exception:QuotaExceededException\nRemote-MTA: dns;mx.tapisserie-laurentides.example\n"
          % rc).encode("ascii")
    root = mime.multipart("report", [
        alt,
        mime.raw_part([("Content-Type", "message/delivery-status")], ds),
        mime.raw_part([("Content-Type", "message/rfc822")], request_eml(po)),
    ], "_002_FR3P281MB15738E5D0C7AFR3P281MB1573DEUP_", params="; report-type=delivery-status")
    hdrs = [("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwater-trading.example>"),
            ("To", mime.addr("Dana Ruiz", po["buyer"]["email"])),
            ("Date", mime.rfc_date("2026-11-11 08:12:09", "+0000")),
            ("Subject", "Undeliverable: " + req_subject(po)),
            ("Message-ID", "<b3e05d7a-6a5f-4f6e-9b1c-2e7c3a1d4f80@FR3P281MB1573.DEUP281.PROD.OUTLOOK.COM>"),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "en-US")]
    hdrs = [(k, v if v else "yes") for k, v in hdrs]
    return [po], mime.message(hdrs, root), exp("bounce", "Exchange NDR 5.2.2 mailbox full; the attached original "
                                                "carries the PO lines, prices and requested dates.")


@case("nets-es-next-week", "needs_review/es-ES",
      "Spanish reply acknowledges the order but promises prices and dates 'la semana que viene'")
def c031():
    s = sup("MOSQLEV", "Mosquiteras Levante S.L.", "pedidos@mosquiteraslevante.example", "es-ES")
    po = PO("4500018831", s, "EUR", "2026-11-11", [
        L(1, "ML-PLI-120", "Pleated mosquito screen door 120x220 cm, anthracite", 40, "SET", "96.00", "2026-12-11"),
        L(2, "ML-MESH-12", "Fibreglass insect mesh 1.2 m x 30 m roll, 18x16 grid", 25, "ROL", "41.50", "2026-12-11"),
    ])
    top = ("Buenos días Dana:\n\nHemos recibido su pedido 4500018831, gracias. Estamos pendientes de que la fábrica nos "
           "confirme la disponibilidad de la malla 18x16 de 1,2 m; les confirmaremos plazos y precios definitivos la "
           "semana que viene, previsiblemente el martes.\n\nUn saludo,\nLaura Sempere\nDpto. Comercial\n"
           "Mosquiteras Levante S.L.\nPol. Ind. Las Atalayas, C/ del Ónix 12, 03114 Alicante\nTel. 965 10 84 27\n\n"
           "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden "
           "contener información confidencial.\n")
    eml = reply(po, top, "2026-11-13 09:48:51", ("Laura Sempere", "laura.sempere@mosquiteraslevante.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="es", content_lang="es-ES")
    return [po], eml, exp("needs_review", "Receipt only: prices and dates will be confirmed 'la semana que viene'; "
                                          "nothing is committed yet.")


@case("felthats-za-inline", "confirmation/en-ZA",
      "South African answers typed between '>' quoted PO rows, in rand with day-first dates and a balance in January")
def c032():
    s = sup("KAROOHATS", "Karoo Hat Company (Pty) Ltd", "orders@karoohats.example", "en-ZA")
    po = PO("4500018832", s, "ZAR", "2026-11-11", [
        L(1, "KH-SAF-58", "Safari felt hat, khaki, 7 cm brim, size 58", 120, "PCS", "245.00", "2026-12-07"),
        L(2, "KH-SAF-60", "Safari felt hat, khaki, 7 cm brim, size 60", 80, "PCS", "245.00", "2026-12-07"),
        L(3, "KH-BAND-34", "Leather hat band 3/4 in, brown", 200, "PCS", "38.00", "2026-12-07"),
    ])
    ans = {1: "Confirmed, 120 @ R245.00, delivery 07/12/2026",
           2: "60 delivered 07/12/2026, balance of 20 on 15/01/2027, same price",
           3: "Confirmed but price is now R41.50 each, delivery 07/12/2026"}
    qlines = []
    for row in req_text(po).rstrip().split("\n"):
        qlines.append("> " + row if row else ">")
        for n, a in ans.items():
            if row.startswith("%d " % n) and po["lines"][n - 1]["item"] in row:
                qlines.append("\n" + a + "\n")
    txt = ("Hi Dana, answers inline below.\n\nRegards\nThandi Mokoena\nKaroo Hat Company (Pty) Ltd\n"
           "18 Voortrekker Rd, Graaff-Reinet 6280\nTel +27 49 892 3310\n\n" +
           fmt_req(po, "On {wd3}, {d} {mon3} {yyyy} at 10:12, {name} <{email}> wrote:") + "\n" + "\n".join(qlines)
           + "\n")
    eml = reply(po, txt, "2026-11-17 12:40:05", ("Thandi Mokoena", "thandi@karoohats.example"), tz="+0200",
                client="gmail", charset="UTF-8", cte="quoted-printable", html=False, quote="none",
                subject="Re: " + req_subject(po))
    e = exp_conf("Answers between quoted rows: line 1 as ordered; line 2 60 on 2026-12-07 + 20 on 2027-01-15; line 3 "
                 "new price R41.50.",
                 conf(po, {1: acc(po, 1), 2: chg(80, "245.00", "2027-01-15", [(60, "2026-12-07"), (20, "2027-01-15")]),
                           3: chg(200, "41.50", "2026-12-07")}))
    return [po], eml, e


@case("scalpels-sk-per-100", "confirmation/sk-SK",
      "Slovak prices per 100 pieces on PCS lines: one works out to a new unit price, the other to exactly the PO price")
def c033():
    s = sup("CHNZA", "Chirurgické nástroje Žilina s.r.o.", "predaj@chn-zilina.example", "sk-SK")
    po = PO("4500018833", s, "EUR", "2026-11-11", [
        L(1, "VS-BL-20", "Scalpel blade no. 20, stainless, sterile, individually wrapped", 2000, "PCS", "0.21",
          "2026-12-09"),
        L(2, "VS-BL-24", "Scalpel blade no. 24, stainless, sterile", 1000, "PCS", "0.23", "2026-12-09"),
        L(3, "VS-HDL-4L", "Scalpel handle no. 4L, 15 cm, graduated", 30, "EA", "9.80", "2026-12-09"),
    ])
    top = ("Dobrý deň, pani Ruiz,\n\nďakujeme za objednávku 4500018833. Potvrdzujeme:\n\n"
           "1) čepieľky č. 20 - 2 000 ks, cena 19,50 EUR / 100 ks\n2) čepieľky č. 24 - 1 000 ks, cena 23,00 EUR / "
           "100 ks\n3) rukoväť č. 4L - 30 ks po 9,80 EUR\n\nTermín dodania: 9. 12. 2026 pre všetky položky.\n\n"
           "S pozdravom\nMartina Kováčová\nobchodné oddelenie\nChirurgické nástroje Žilina s.r.o.\n"
           "Kamenná 9, 010 01 Žilina\ntel.: +421 41 562 33 80\n")
    eml = reply(po, top, "2026-11-16 13:15:22", ("Martina Kováčová", "kovacova@chn-zilina.example"),
                client="outlook", charset="windows-1250", cte="quoted-printable", qlang="sk", content_lang="sk-SK")
    e = exp_conf("Per-100 prices: 19,50/100 = 0.195 (changed) and 23,00/100 = 0.23 (= PO, accepted); 9. 12. 2026 is "
                 "the requested date.",
                 conf(po, {1: chg(2000, "0.195", "2026-12-09"), 2: acc(po, 2), 3: acc(po, 3)}))
    return [po], eml, e


@case("windcable-lv-pdf", "confirmation/lv-LV",
      "Latvian two-line body; all details are in a Flate-compressed PDF confirmation with a split delivery and a price change")
def c034():
    s = sup("BALTKAB", "Baltijas Kabeļi SIA", "pasutijumi@baltijas-kabeli.example", "lv-LV")
    po = PO("4500018834", s, "EUR", "2026-11-11", [
        L(1, "BK-AL-630", "HV cable AL/XLPE 1x630 mm2 36 kV, wind farm array", 2400, "M", "42.80", "2026-12-18"),
        L(2, "BK-FO-48", "Fibre optic cable 48F, armoured, turbine SCADA", 2400, "M", "3.15", "2026-12-18"),
        L(3, "BK-TERM-36", "Outdoor termination kit 36 kV, 630 mm2", 12, "SET", "865.00", "2026-12-18"),
    ])
    body = ("Labdien!\n\nPielikumā pasūtījuma apstiprinājums Nr. BK-AB-26-1187 Jūsu pasūtījumam 4500018834.\n\n"
            "Ar cieņu\nLaura Ozola\nPārdošanas nodaļa\nBaltijas Kabeļi SIA\nRūpniecības iela 31, Rīga, LV-1045\n"
            "Tālr. +371 67 318 442\n")
    lines = ["**Baltijas Kabeli SIA - Pasutijuma apstiprinajums / Order confirmation",
             "Nr. BK-AB-26-1187        Datums / Date: 19.11.2026",
             "Klients / Customer: Brightwater Trading GmbH, Bremen",
             "Jusu pasutijums / Your PO: 4500018834 no 11.11.2026", "",
             "Poz.  Kods         Apraksts                                 Daudzums   Cena EUR   Piegade / Delivery",
             "1     BK-AL-630    HV kabelis AL/XLPE 1x630 mm2 36 kV         2 400 m     42,80    18.12.2026",
             "2     BK-FO-48     Optiskais kabelis 48F, brunots             1 200 m      3,15    11.12.2026",
             "                                                              1 200 m      3,15    08.01.2027",
             "3     BK-TERM-36   Gala apdare 36 kV, 630 mm2                   12 kompl.  892,00    18.12.2026", "",
             "Cena poz. 3 koriget a saskana ar razotaja cenradi 2027.".replace("koriget a", "koriget"),
             "Piegade: DAP Bremen (Incoterms 2020). Apmaksa: 30 dienas.", "",
             "Baltijas Kabeli SIA, Rupniecibas iela 31, Riga, LV-1045, PVN LV40003218874"]
    att = pdf(lines, compress=True, title="Pasutijuma apstiprinajums BK-AB-26-1187", author="Baltijas Kabeli SIA",
              date="20261119094500+02'00'")
    eml = reply(po, body, "2026-11-19 09:51:13", ("Laura Ozola", "laura.ozola@baltijas-kabeli.example"), tz="+0200",
                client="outlook", charset="iso-8859-13", cte="quoted-printable", html=False, quote="none",
                subject="RE: " + req_subject(po), attachments=[(att, "application/pdf", "BK-AB-26-1187.pdf")],
                content_lang="lv-LV")
    e = exp_conf("Everything is in the compressed PDF: pos 1 as ordered; pos 2 1 200 m on 2026-12-11 + 1 200 m on "
                 "2027-01-08; pos 3 new price 892,00.",
                 conf(po, {1: acc(po, 1), 2: chg(2400, "3.15", "2027-01-08", [(1200, "2026-12-11"), (1200, "2027-01-08")]),
                           3: chg(12, "892.00", "2026-12-18")}))
    return [po], eml, e


@case("kerbs-ee-contradictory", "needs_review/et-EE",
      "Estonian reply confirms delivery 04.12.2026 and then says in a P.S. that the kerbs only reach the warehouse on 11.12.")
def c035():
    s = sup("EESTIKIVI", "Eesti Kiviehitus OÜ", "myyk@eestikivi.example", "et-EE")
    po = PO("4500018835", s, "EUR", "2026-11-11", [
        L(1, "EK-AK-1530", "Granite kerb 150x300 mm, grey, split face", 180, "M", "29.90", "2026-12-04"),
        L(2, "EK-AK-1020", "Granite garden kerb 100x200 mm, black", 120, "M", "21.40", "2026-12-04"),
    ])
    top = ("Tere Dana,\n\nkinnitame tellimuse 4500018835 - kogused ja hinnad vastavalt tellimusele, tarne 04.12.2026.\n\n"
           "Parimate soovidega\nKadri Tamm\nEesti Kiviehitus OÜ\nPeterburi tee 71, 11415 Tallinn\nTel +372 620 4418\n\n"
           "P.S. Äärekivid 150x300 jõuavad meie lattu alles 11.12., seega saame kogu tellimuse välja saata alles "
           "pärast seda.\n")
    eml = reply(po, top, "2026-11-16 10:02:47", ("Kadri Tamm", "kadri.tamm@eestikivi.example"), tz="+0200",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix",
                intro="Kontaktilt {name} <{email}> kuupäeval {d}. nov {yyyy} kell 10:12:",
                subject="Re: " + req_subject(po))
    return [po], eml, exp("needs_review", "Contradictory: 'tarne 04.12.2026' in the body, but the P.S. says the whole "
                                          "order can only leave after 11.12.; a buyer must ask.")


@case("roller-lt-xlsx", "confirmation/lt-LT",
      "Lithuanian body only points to an XLSX; the sheet changes one date and marks one line as discontinued with quantity 0")
def c036():
    s = sup("KELTECH", "UAB Kelių technika", "uzsakymai@keliutechnika.example", "lt-LT")
    po = PO("4500018836", s, "EUR", "2026-11-12", [
        L(1, "RS-EDGE-120", "Edge cutter wheel 120 mm for tandem roller", 4, "EA", "212.00", "2026-12-04"),
        L(2, "RS-SPR-NZ14", "Spray nozzle set, brass, 1/4 in, 10 pcs", 10, "SET", "27.40", "2026-12-04"),
        L(3, "RS-MNT-M12", "Rubber drum mount 4x M12, 70 Shore", 32, "PCS", "18.90", "2026-12-04"),
        L(4, "RS-FLT-HYD10", "Hydraulic return filter 10 micron", 12, "EA", "44.00", "2026-12-04"),
    ])
    rows = [["Užsakymo patvirtinimas / Order confirmation", "", "", "", "", "", "", ""],
            ["Jūsų užsakymas:", "4500018836", "", "", "", "", "", ""],
            [],
            ["Poz.", "Prekės kodas", "Aprašymas", "Kiekis", "Mat. vnt.", "Kaina EUR", "Pristatymo data", "Pastaba"],
            [1, "RS-EDGE-120", "Kraštų pjovimo ratas 120 mm", 4, "vnt.", 212.0, "2026-12-04", ""],
            [2, "RS-SPR-NZ14", "Purkštukų komplektas 1/4 in, 10 vnt.", 10, "kompl.", 27.4, "2026-12-11", ""],
            [3, "RS-MNT-M12", "Guminė būgno atrama 4x M12", 32, "vnt.", 18.9, "2026-12-04", ""],
            [4, "RS-FLT-HYD10", "Hidraulinis filtras 10 mikronų", 0, "vnt.", "", "", "Nebegaminamas - negalime pristatyti"]]
    att = xlsx(rows, "Patvirtinimas")
    body = ("Laba diena,\n\nsiunčiame užsakymo 4500018836 patvirtinimą (Excel priede).\n\nPagarbiai\nTomas Jankauskas\n"
            "UAB Kelių technika\nSavanorių pr. 187, LT-02300 Vilnius\nTel. +370 5 233 8140\n")
    eml = reply(po, body, "2026-11-18 14:27:36", ("Tomas Jankauskas", "tomas.j@keliutechnika.example"), tz="+0200",
                client="outlook", charset="utf-8", cte="quoted-printable", qlang="en",
                subject="RE: " + req_subject(po),
                attachments=[(att, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              "Patvirtinimas_4500018836.xlsx")], content_lang="lt-LT")
    e = exp_conf("Values only in the XLSX: pos 1 and 3 as ordered, pos 2 delivery 2026-12-11, pos 4 quantity 0 "
                 "'discontinued - cannot deliver' -> rejected.",
                 conf(po, {1: acc(po, 1), 2: chg(10, "27.40", "2026-12-11"), 3: acc(po, 3), 4: REJ}))
    return [po], eml, e
