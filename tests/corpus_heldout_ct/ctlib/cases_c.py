"""Cases C: more confirmations (attachments, unit conversions, wrong threads) and
the human replies that commit to nothing yet (needs_review)."""
import html as _html

from . import mime
from .common import (PO, S, Case, case, acc, chg, rej, unc, confirmation, other, request_text, request_html,
                     outlook_plain, outlook_html, outlook_alt, html_doc, text_to_html, gt, reply, _grid)
from .pdf import pdf, table


# ------------------------------------------------------------------ confirmations

@case
def arabic_indic_digits():
    sup = S("GULFSOL", "Gulf Solar Mounting Systems LLC", "sales@gulfsolarmount.example", "ar-AE")
    po = PO("4500232031", sup, "dana", "AED", "2026-12-03", [
        ("SPC-GRD-40", "Ground-mount clamp 40 mm, hot-dip galvanised steel", 3000, "PCS", "6.80", "2027-01-11"),
        ("SPC-EPDM-40", "EPDM clamp pad 40 mm", 3000, "PCS", "0.90", "2027-01-11"),
    ], req="2026-12-03 13:00")
    body = """السادة شركة كورفان المحترمين،
عناية السيدة دانا رويز

تحية طيبة وبعد،

نؤكد لكم أمر الشراء رقم ٤٥٠٠٢٣٢٠٣١ كما يلي:

١. مشبك تثبيت أرضي ٤٠ مم: ٣٠٠٠ قطعة بسعر ٦٫٨٠ درهم للقطعة، التسليم بتاريخ ١١/١/٢٠٢٧
٢. وسادة EPDM مقاس ٤٠ مم: ٣٠٠٠ قطعة بسعر ٠٫٩٥ درهم للقطعة، التسليم بتاريخ ١١/١/٢٠٢٧

الأسعار لا تشمل ضريبة القيمة المضافة ٥٪.

وتفضلوا بقبول فائق الاحترام،

Ahmed Al Mansoori | أحمد المنصوري
Sales Coordinator
Gulf Solar Mounting Systems LLC
Plot 118, Jebel Ali Industrial Area 1, Dubai, UAE
Tel +971 4 555 3071 | TRN 100384412700003
"""
    plain = body + "\n" + outlook_plain(po, "en", 4)
    html = html_doc(text_to_html(body) + outlook_html(po, "en", 4), "utf-8", rtl=True, font="Arial")
    part = mime.multipart("alternative", [mime.text(plain, "plain", "utf-8", "base64"),
                                          mime.text(html, "html", "utf-8", "base64")], mime.bnd("outlook", "ar"))
    eml = reply(po, ("Ahmed Al Mansoori", "ahmed.m@gulfsolarmount.example"), mime.when(2026, 12, 8, 10, 40, 19, 4),
                part, prefix="RE: ", lang_tag="ar-AE")
    exp = confirmation("Arabic text with Arabic-Indic digits and the Arabic decimal separator: ٦٫٨٠ = 6.80, "
                       "٠٫٩٥ = 0.95 (changed), ١١/١/٢٠٢٧ = 11 Jan 2027; PO number also in Arabic-Indic digits.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, unit_price="0.95")}))
    return Case("arabic-indic-digits-rtl", "confirmation", "ar-AE",
                "Arabic-Indic digits and decimal separator ٫, RTL HTML, VAT 5% and TRN decoys", [po], eml, exp)


@case
def german_range_and_weekday():
    sup = S("TLSCHNEI", "Theaterlicht Schneider GmbH", "vertrieb@theaterlicht-schneider.example", "de-DE")
    po = PO("4500232036", sup, "jonas", "EUR", "2026-11-23", [
        ("TSG-L201-R", "Colour filter L201 full CT blue, roll 1.22 x 7.62 m", 6, "EA", "119.00", "2026-12-16"),
        ("TSG-L202-R", "Colour filter L202 half CT blue, roll 1.22 x 7.62 m", 6, "EA", "119.00", "2026-12-16"),
        ("TSG-L216-S", "Diffusion filter L216 white, sheet 53 x 61 cm", 100, "PCS", "8.40", "2026-12-08"),
    ], req="2026-11-23 10:00")
    body = """Hallo Herr Weber,

vielen Dank für Ihre Bestellung 4500232036.

Pos. 3 (L216 Bogen) liegt bei uns am Lager und kommt wie gewünscht am Dienstag, KW 50 bei Ihnen an.

Die Rollen L201 und L202 (Pos. 1 und 2) bekommen wir direkt vom Hersteller; die Anlieferung bei Ihnen erfolgt im Zeitraum 15.-18.12. Preise jeweils wie bestellt.

Schöne Grüße aus Berlin

Jens Albrecht
Theaterlicht Schneider GmbH
Bühnen- und Studiotechnik
Saalburgstraße 9, 12099 Berlin
Tel. 030 555 724-30
Amtsgericht Charlottenburg HRB 118422 B
"""
    part = outlook_alt(po, body, "de", 1, seed="range")
    eml = reply(po, ("Jens Albrecht", "j.albrecht@theaterlicht-schneider.example"),
                mime.when(2026, 11, 25, 16, 40, 3, 1), part, prefix="AW: ", lang_tag="de-DE")
    exp = confirmation("Date range '15.-18.12.' commits to delivery by 18.12.2026 at the latest (requested "
                       "16.12.); 'Dienstag, KW 50' = Tue 8.12.2026 = requested for pos. 3.",
                       (po, {1: chg(po, 1, date="2026-12-18"), 2: chg(po, 2, date="2026-12-18"), 3: acc(po, 3)}))
    return Case("german-date-range-and-weekday-kw", "confirmation", "de-DE",
                "date range '15.-18.12.' (last day counts) and 'Dienstag, KW 50' (named day in a week)",
                [po], eml, exp)


@case
def italian_pdf_discount():
    sup = S("CINGCAST", "Cinghie Armoniche Castelfidardo S.r.l.", "ordini@cinghiecastelfidardo.example", "it-IT")
    po = PO("4500232041", sup, "laura", "EUR", "2026-11-24", [
        ("ABS-ACC-70", "Accordion shoulder strap 70 mm, padded leather", 60, "PR", "48.50", "2026-12-15"),
        ("ABS-ACC-BEL", "Accordion bellows strap (closing strap), leather", 200, "EA", "6.20", "2026-12-15"),
        ("ABS-ACC-BK", "Accordion back strap, elastic", 60, "EA", "12.80", "2026-12-15"),
    ], req="2026-11-24 09:00")
    rows = table([
        ["Riga", "Vs. codice", "Descrizione", ">Q.tà", " U.M.", ">Prezzo", ">Sc.%", ">Importo", "  Consegna"],
        ["1", "ABS-ACC-70", "Cinghie spalla 70 mm imbottite", ">60", " PA", ">50,00", ">3", ">2.910,00", "  15/12/2026"],
        ["2", "ABS-ACC-BEL", "Cinghia chiusura mantice", ">200", " PZ", ">6,20", ">", ">1.240,00", "  15/12/2026"],
        ["3", "ABS-ACC-BK", "Cinghia dorsale elastica", ">60", " PZ", ">12,80", ">", ">768,00", "  22/12/2026"],
    ], [5, 13, 32, 6, 5, 9, 6, 11, 13])
    doc = pdf([("CINGHIE ARMONICHE CASTELFIDARDO S.r.l.", "F2", 13),
               "Via della Fisarmonica 41 - 60022 Castelfidardo (AN) - P.IVA IT01877450426", "",
               ("CONFERMA D'ORDINE N. 2026/1187 del 27/11/2026", "F2", 11), "",
               "Cliente: Corvane Trading & MRO B.V. - Rotterdam (NL)",
               "Vs. ordine n. 4500232041 del 24/11/2026", ""] + rows +
              ["", "Totale imponibile EUR 4.918,00 - Operazione non imponibile art. 41 D.L. 331/93",
               "Resa: franco destino. Pagamento: bonifico 60 gg d.f.f.m.",
               "Consegna = data di arrivo presso il Vs. magazzino."],
              title="Conferma d'ordine 2026/1187", producer="Mexal", created="D:20261127112000+01'00'")
    body = """Buongiorno Sig.ra Bianchi,

in allegato la ns. conferma d'ordine n. 2026/1187 relativa al Vs. ordine 4500232041.

Cordiali saluti

Francesca Santoni
Ufficio Commerciale
Cinghie Armoniche Castelfidardo S.r.l.
Tel. +39 071 555 8240
"""
    alt = outlook_alt(po, body, "it", 1, charset="iso-8859-15", seed="itpdf")
    part = mime.multipart("mixed", [alt, mime.attachment(doc, "application/pdf", "Conferma ordine 2026-1187.pdf")],
                          mime.bnd("outlook2", "itpdf"))
    eml = reply(po, ("Francesca Santoni", "f.santoni@cinghiecastelfidardo.example"),
                mime.when(2026, 11, 27, 11, 25, 50, 1), part, prefix="R: ", lang_tag="it-IT", crlf=True,
                extra=[("X-MS-Has-Attach", "yes")])
    exp = confirmation("Answer only in the PDF; line 1 shows list price 50,00 with 3% discount = net 48,50 = PO "
                       "price (Importo 2.910,00 confirms it); line 3 delivery 22/12/2026.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2026-12-22")}))
    return Case("italian-pdf-list-price-with-discount", "confirmation", "it-IT",
                "PDF confirmation with gross price and Sc.% column (net equals PO), body says nothing",
                [po], eml, exp)


@case
def us_percent_surcharge():
    sup = S("KEYSTFL", "Keystone Fletching Co.", "orders@keystonefletching.example", "en-US")
    po = PO("4500232046", sup, "dana", "USD", "2026-11-24", [
        ("AAF-VN-200", "Plastic vane 2.0 in, high profile, assorted colours", 20000, "PCS", "0.115", "2026-12-14"),
        ("AAF-VN-300", "Plastic vane 3.0 in, target", 10000, "PCS", "0.138", "2026-12-14"),
        ("AAF-WRP-7", "Arrow wrap 7 in, printed", 5000, "PCS", "0.42", "2026-12-14"),
    ], req="2026-11-24 15:00")
    body = """Dana,

PO 4500232046 is confirmed for ship 12/14 via UPS Ground, all 3 lines.

Please note a 3% raw material surcharge applies to all vane orders shipping after 12/1 (see the notice we sent out in October). Wraps are not affected.

Thanks,
Jen

Jennifer Hollis | Customer Service
Keystone Fletching Co. | 880 Industrial Dr, Lewistown, PA 17044
(717) 555-0136 ext. 3
"""
    part = outlook_alt(po, body, "en-US", -5, seed="surch")
    eml = reply(po, ("Jennifer Hollis", "jhollis@keystonefletching.example"), mime.when(2026, 11, 30, 13, 20, 0, -5),
                part, lang_tag="en-US", crlf=True)
    exp = confirmation("3% surcharge on the vane lines applies to the PO unit price: 0.115 -> 0.11845, 0.138 -> "
                       "0.14214; wraps unchanged; only a ship date 12/14 given, which is the date.",
                       (po, {1: chg(po, 1, unit_price="0.11845"), 2: chg(po, 2, unit_price="0.14214"),
                             3: acc(po, 3)}))
    return Case("us-percent-surcharge-some-lines", "confirmation", "en-US",
                "percentage surcharge applying to two of three lines, ship date only, '12/1' policy date decoy",
                [po], eml, exp)


@case
def slovak_erp_html():
    sup = S("TLACVAL", "TLAČVAL s.r.o.", "objednavky@tlacval.example", "sk-SK")
    po = PO("4500232051", sup, "jonas", "EUR", "2026-11-25", [
        ("PPR-ANX-600", "Anilox roller 600 lpi, L=650 mm, ceramic", 2, "EA", "2480.00", "2027-01-15"),
        ("PPR-IMP-650", "Impression roller, rubber 70 Shore A, L=650 mm", 4, "EA", "690.00", "2027-01-15"),
    ], req="2026-11-25 10:00")
    td = '<td style="border:1px solid #808080;padding:3px">'
    tdr = '<td style="border:1px solid #808080;padding:3px;text-align:right">'
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>'
             '<body style="font-family:Tahoma;font-size:9pt">'
             '<h3>Potvrdenie objednávky č. PO-2026-0933</h3>'
             '<p>Odberateľ: Corvane Trading &amp; MRO B.V., Rotterdam<br>Vaša objednávka: 4500232051 zo dňa 25.11.2026'
             '<br>Dátum potvrdenia: 30.11.2026</p>'
             '<table style="border-collapse:collapse"><tr>'
             + "".join('<th style="border:1px solid #808080;padding:3px;background:#E0E0E0">%s</th>' % h for h in
                       ["P.č.", "Vaše č. položky", "Názov", "Množstvo", "MJ", "Cena/MJ bez DPH", "Spolu bez DPH",
                        "Dodací termín"]) + '</tr>'
             '<tr>' + td + '1</td>' + td + 'PPR-ANX-600</td>' + td + 'Aniloxový valec 600 lpi, 650 mm, keramika</td>'
             + tdr + '2</td>' + td + 'ks</td>' + tdr + '2 480,00 €</td>' + tdr + '4 960,00 €</td>' + td + '15.01.2027</td></tr>'
             '<tr>' + td + '2</td>' + td + 'PPR-IMP-650</td>' + td + 'Prítlačný valec, guma 70 ShA, 650 mm</td>'
             + tdr + '4</td>' + td + 'ks</td>' + tdr + '690,00 €</td>' + tdr + '2 760,00 €</td>' + td + '3. týždeň 2027</td></tr>'
             '<tr><td colspan="6" style="text-align:right;padding:3px"><b>Spolu bez DPH</b></td>' + tdr + '<b>7 720,00 €</b></td><td></td></tr>'
             '</table>'
             '<p>Dodacie podmienky: DAP Rotterdam. Splatnosť: 30 dní.<br>Tento e-mail bol vygenerovaný automaticky '
             'informačným systémom, neodpovedajte naň.</p>'
             '<p style="font-size:7pt;color:#808080">TLAČVAL s.r.o., Priemyselná 6, 917 01 Trnava, IČO: 36 255 874, '
             'DIČ: 2022118744, IČ DPH: SK2022118744, zapísaná v OR OS Trnava, oddiel Sro, vložka č. 18447/T</p>'
             '</body></html>')
    part = mime.text(htmlb, "html", "windows-1250", "quoted-printable")
    eml = reply(po, ("TLAČVAL s.r.o.", "erp@tlacval.example"), mime.when(2026, 11, 30, 14, 3, 0, 1), part,
                style="generic", subject="Potvrdenie objednávky č. PO-2026-0933 / Vaša objednávka 4500232051",
                thread=False, hdr_charset="windows-1250", hdr_mode="B",
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Helios Green")])
    exp = confirmation("ERP-generated HTML-only confirmation (Auto-Submitted); line 2 '3. týždeň 2027' = ISO week 3 "
                       "= Fri 22.01.2027; '2 480,00 €' space thousands; IČO/DIČ in footer.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22")}))
    return Case("slovak-erp-html-week-tyzden", "confirmation", "sk-SK",
                "auto-generated HTML-only ERP confirmation, Slovak week '3. týždeň 2027', windows-1250",
                [po], eml, exp)


@case
def german_wrong_thread():
    sup = S("SWBRANDT", "Schweißtechnik Brandt GmbH & Co. KG", "verkauf@schweisstechnik-brandt.example", "de-DE")
    po_a = PO("4500232061", sup, "jonas", "EUR", "2026-11-26", [
        ("WHL-VS-11", "Clear front cover lens 110x90 mm", 2000, "PCS", "0.38", "2026-12-11"),
        ("WHL-G11-DIN", "Glass filter shade 11, 110x90 mm", 500, "PCS", "1.45", "2026-12-11"),
    ], req="2026-11-26 09:00")
    po_b = PO("4500232062", sup, "jonas", "EUR", "2026-11-26", [
        ("WHL-ADF-XL", "Auto-darkening cassette XL, 100x60 mm view", 80, "EA", "79.00", "2027-01-08"),
    ], req="2026-11-26 09:05")
    body = """Guten Morgen Herr Weber,

Bestellung 4500232061 geht so in Ordnung: Vorsatzscheiben und Schutzgläser DIN 11 liefern wir Ihnen am 10.12.2026 zu den bestellten Preisen.

Die Kassetten aus 4500232062 muss ich erst beim Hersteller anfragen, da melde ich mich Anfang nächster Woche.

Schöne Grüße

Uwe Brandt
Schweißtechnik Brandt GmbH & Co. KG
Im Gewerbegebiet 5, 33334 Gütersloh
Tel. 05241 555 90-0 · Fax -99
"""
    part = outlook_alt(po_b, body, "de", 1, seed="wrongthread")
    eml = reply(po_b, ("Uwe Brandt", "u.brandt@schweisstechnik-brandt.example"), mime.when(2026, 11, 27, 10, 12, 30, 1),
                part, prefix="AW: ", lang_tag="de-DE")
    exp = confirmation("Reply sits in the thread of PO 4500232062 but confirms PO 4500232061 (both lines on "
                       "10.12.2026, a day earlier than requested); 4500232062 is only mentioned ('muss erst "
                       "anfragen') and left out.",
                       (po_a, {1: chg(po_a, 1, date="2026-12-10"), 2: chg(po_a, 2, date="2026-12-10")}))
    return Case("german-reply-in-wrong-po-thread", "confirmation", "de-DE",
                "answer to PO A written in the thread of PO B (In-Reply-To points to B), B only mentioned",
                [po_a, po_b], eml, exp)


@case
def swiss_french_per_mille():
    sup = S("JTRJOINT", "Joints Techniques Romands SA", "commandes@jtr-joints.example", "fr-CH")
    po = PO("4500232066", sup, "laura", "CHF", "2026-11-26", [
        ("EGK-OR-0925", "O-ring 9.25x1.78 mm, FKM, food grade", 20000, "PCS", "0.042", "2026-12-18"),
        ("EGK-OR-1550", "O-ring 15.5x2.0 mm, EPDM, food grade", 10000, "PCS", "0.061", "2026-12-18"),
        ("EGK-GH-SAE", "Group head gasket 72x56x8 mm, silicone", 2000, "PCS", "1.18", "2026-12-18"),
    ], req="2026-11-26 13:00")
    body = """Bonjour Madame Bianchi,

Nous vous remercions de votre commande n° 4500232066 et vous la confirmons comme suit :

Pos. 1 : 20'000 pces O-ring 9,25x1,78 FKM, CHF 42.00 le mille - livraison le 18.12.2026
Pos. 2 : 10'000 pces O-ring 15,5x2,0 EPDM, CHF 64.00 le mille - livraison le 18.12.2026
Pos. 3 : 2'000 pces joints de groupe, CHF 1.18 la pce - livraison le 8.1.2027

Meilleures salutations

Nicolas Rochat
Service des ventes
Joints Techniques Romands SA
Route de Lausanne 61, 1400 Yverdon-les-Bains
Tél. +41 24 555 82 10 - IDE CHE-108.774.215 TVA
"""
    part = outlook_alt(po, body, "fr", 1, charset="iso-8859-1", seed="frch")
    eml = reply(po, ("Nicolas Rochat", "n.rochat@jtr-joints.example"), mime.when(2026, 12, 1, 9, 40, 13, 1), part,
                prefix="RE : ", hdr_charset="iso-8859-1", hdr_mode="Q", lang_tag="fr-CH", crlf=True)
    exp = confirmation("Prices 'le mille' (per 1000): CHF 42.00/1000 = 0.042 (as ordered), 64.00/1000 = 0.064 "
                       "(changed from 0.061); sizes use a decimal comma, prices a decimal point; line 3 8.1.2027.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, unit_price="0.064"), 3: chg(po, 3, date="2027-01-08")}))
    return Case("swiss-french-price-per-thousand", "confirmation", "fr-CH",
                "prices per thousand ('le mille') vs PO per piece, 20'000 apostrophe, comma sizes",
                [po], eml, exp)


@case
def red_inline_html_alternative_item():
    sup = S("HILLFEN", "Hill & Fenwick Violin Fittings Ltd", "trade@hillfenwick.example", "en-GB")
    po = PO("4500232071", sup, "emma", "GBP", "2026-11-27", [
        ("VCR-FLS-44", "Chin rest Flesch model 4/4, rosewood", 40, "EA", "11.20", "2026-12-16"),
        ("VCR-TEK-44", "Chin rest Teka model 4/4, boxwood", 40, "EA", "12.60", "2026-12-16"),
        ("VCR-BRK-TI", "Chin rest bracket (barrel), titanium", 100, "PR", "7.90", "2026-12-16"),
        ("VCR-KEY-01", "Chin rest key (tightening tool)", 50, "EA", "0.85", "2026-12-16"),
    ], req="2026-11-27 10:00")
    answers = {1: "OK &ndash; 16/12", 2: "Teka in boxwood is no longer made. We can offer VCR-TEK-44E (Teka, ebony) "
                                         "at &pound;13.10 &ndash; shall we swap?",
               3: "OK but &pound;8.40/pr from 1 Dec", 4: ""}
    e = _html.escape
    rows = "".join(
        '<tr><td>%d</td><td>%s</td><td>%s</td><td align="right">%d</td><td>%s</td><td align="right">%s GBP</td>'
        '<td>%s</td><td><span style="color:red"><b>%s</b></span></td></tr>' % (
            l["line"], e(l["item"]), e(l["description"]), l["quantity"], l["uom"], l["unit_price"],
            l["requested_date"], answers[l["line"]]) for l in po.lines)
    t = po.sent_in(0)
    quoted = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
              '<b>From:</b> Emma Novak &lt;emma.novak@corvane.example&gt; <br><b>Sent:</b> 27 November 2026 %02d:%02d<br>'
              '<b>To:</b> Hill &amp; Fenwick trade desk &lt;trade@hillfenwick.example&gt;<br><b>Subject:</b> %s</p></div>'
              '<p>Dear Sir or Madam,</p><p>Please confirm our purchase order <b>4500232071</b> of 27 Nov 2026 line by '
              'line (quantity, unit price and delivery date) by replying to this e-mail.</p>'
              '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"><tr><th>Ln</th>'
              '<th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need-by</th>'
              '<th><span style="color:red">H&amp;F reply</span></th></tr>%s</table>'
              '<p>Delivery address: %s<br>Please quote our PO number in all correspondence.</p><p>Kind regards<br>'
              'Emma Novak<br>Purchasing<br>Corvane Trading &amp; MRO B.V.<br>T +31 10 555 0144</p>'
              % (t.hour, t.minute, po.subject, rows, e(po.ship_to)))
    top = ('<p class="MsoNormal">Hi Emma,</p><p class="MsoNormal">Please see our answers in red below.</p>'
           '<p class="MsoNormal">Regards,<br>Oliver</p><p class="MsoNormal"><b>Oliver Hartley</b><br>Trade Sales<br>'
           'Hill &amp; Fenwick Violin Fittings Ltd<br>3 Wardour Mews, London W1F 8AN<br>020 7946 0318</p>'
           '<p class="MsoNormal">&nbsp;</p>')
    html = html_doc(top + quoted, "utf-8")
    grid = _grid(po)
    plain_ans = {1: "OK - 16/12", 2: "Teka in boxwood is no longer made. We can offer VCR-TEK-44E (Teka, ebony) at "
                                     "\u00a313.10 - shall we swap?", 3: "OK but \u00a38.40/pr from 1 Dec", 4: ""}
    qlines = []
    for i, g in enumerate(grid):
        qlines.append(g)
        if i and plain_ans[i]:
            qlines.append("    [H&F] " + plain_ans[i])
    plain = ("Hi Emma,\n\nPlease see our answers in red below.\n\nRegards,\nOliver\n\nOliver Hartley\nTrade Sales\n"
             "Hill & Fenwick Violin Fittings Ltd\n3 Wardour Mews, London W1F 8AN\n020 7946 0318\n\n"
             "From: Emma Novak <emma.novak@corvane.example>\nSent: 27 November 2026 %02d:%02d\n"
             "To: Hill & Fenwick trade desk <trade@hillfenwick.example>\nSubject: %s\n\nDear Sir or Madam,\n\n"
             "Please confirm our purchase order 4500232071 of 27 Nov 2026 line by line\n(quantity, unit price and "
             "delivery date) by replying to this e-mail.\n\n%s\n\nDelivery address: %s\n"
             "Please quote our PO number in all correspondence.\n\nKind regards\nEmma Novak\nPurchasing\n"
             "Corvane Trading & MRO B.V.\nT +31 10 555 0144\n" % (t.hour, t.minute, po.subject, "\n".join(qlines),
                                                                  po.ship_to))
    part = mime.multipart("alternative", [mime.text(plain, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          mime.bnd("outlook", "redinline"))
    eml = reply(po, ("Oliver Hartley", "oliver@hillfenwick.example"), mime.when(2026, 12, 2, 11, 30, 44, 0), part,
                lang_tag="en-GB")
    exp = confirmation("Answers typed in red into an extra column of our quoted HTML table. Line 2: alternative "
                       "item VCR-TEK-44E offered with a question ('shall we swap?') - no commitment, so "
                       "unconfirmed; line 3 price 8.40; line 4 left blank -> unconfirmed.",
                       (po, {1: acc(po, 1), 2: unc(), 3: chg(po, 3, unit_price="8.40"), 4: unc()}))
    return Case("red-inline-html-alternative-item", "confirmation", "en-GB",
                "answers in red inside our quoted HTML table; alternative item code offered for one line; "
                "one line left blank", [po], eml, exp)


@case
def chile_manana():
    sup = S("PERFAND", "Perforación Andina SpA", "ventas@perforacionandina.example", "es-CL")
    po = PO("4500232076", sup, "tomas", "CLP", "2026-11-27", [
        ("DRB-RC-133", "RC hammer bit 133 mm, face sampling, flat face", 10, "EA", "685000", "2026-12-18"),
        ("DRB-RC-143", "RC hammer bit 143 mm, face sampling", 6, "EA", "742000", "2026-12-18"),
    ], req="2026-11-27 14:00", ship_to="Corvane Chile SpA, Av. Pedro Aguirre Cerda 10616, Antofagasta, Chile")
    t = po.sent_in(-3)
    body = """Estimado Tomás:

Junto con saludar, confirmamos la OC 4500232076.

Las brocas de 133 mm ($685.000 c/u) están en stock y las despachamos mañana a su bodega de Antofagasta.
Las de 143 mm ($742.000 c/u) hay que fabricarlas: entrega el 22 de enero.

Valores netos, más IVA.

Saludos cordiales,

Camila Fuentes
Ejecutiva Comercial
Perforación Andina SpA
Av. Grecia 1820, Antofagasta
+56 55 255 5180 | RUT 76.418.552-3
"""
    plain = body + ("\nEl vie, 27 nov 2026 a las %d:%02d, Tomás Herrera (<tomas.herrera@corvane.example>) escribió:\n"
                    % (t.hour, t.minute)) + gt(request_text(po))
    part = mime.text(plain, "plain", "UTF-8", "quoted-printable")
    eml = reply(po, ("Camila Fuentes", "cfuentes@perforacionandina.example"), mime.when(2026, 12, 1, 12, 5, 27, -3),
                part, prefix="Re: ", style="gmail")
    exp = confirmation("'las despachamos mañana' = ship date 2 Dec 2026 relative to the mail Date (ship date only "
                       "-> date); line 2 '22 de enero' = 2027-01-22; Chilean '$685.000' dot thousands; RUT decoy.",
                       (po, {1: chg(po, 1, date="2026-12-02"), 2: chg(po, 2, date="2027-01-22")}))
    return Case("chile-manana-relative-ship-date", "confirmation", "es-CL",
                "'mañana' relative to Date header, ship-date-only, '$685.000' CLP, RUT number", [po], eml, exp)


@case
def us_rolls_conversion():
    sup = S("BELLMONT", "Bellmont Dance Trims Inc.", "orders@bellmonttrims.example", "en-US")
    po = PO("4500232081", sup, "dana", "USD", "2026-11-27", [
        ("BPR-SAT-22P", "Pointe ribbon satin 22 mm, pink", 1000, "M", "0.62", "2026-12-15"),
        ("BPR-SAT-22W", "Pointe ribbon satin 22 mm, white", 500, "M", "0.62", "2026-12-15"),
        ("BPR-ELS-19", "Pointe elastic 19 mm, pink", 750, "M", "0.48", "2026-12-15"),
    ], req="2026-11-27 16:00")
    body = """Hi Dana,

Confirming PO 4500232081:

- Pink satin 22mm: 40 rolls x 25m = 1,000 m @ $15.50/roll
- White satin 22mm: 20 rolls x 25m = 500 m @ $15.50/roll
- Pink elastic 19mm: we only sell this in 50 m rolls, so we'll send 15 rolls (750 m) @ $26.00/roll

Everything ships 12/9 and should be with you by 12/15.

Best,
Karen

Karen Whitfield
Bellmont Dance Trims Inc. | 212 W 38th St, New York, NY 10018 | 212-555-0183
"""
    part = outlook_alt(po, body, "en-US", -5, seed="rolls")
    eml = reply(po, ("Karen Whitfield", "karen@bellmonttrims.example"), mime.when(2026, 12, 2, 10, 45, 8, -5), part,
                lang_tag="en-US")
    exp = confirmation("Prices per roll must be converted to the PO unit M: 15.50/25 m = 0.62 (as ordered), "
                       "26.00/50 m = 0.52 (changed); ship 12/9 but delivery by 12/15 wins (= requested).",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, unit_price="0.52")}))
    return Case("us-rolls-to-metres-conversion", "confirmation", "en-US",
                "quantities/prices in rolls of 25 m and 50 m vs PO in metres; ship vs delivery date",
                [po], eml, exp)


@case
def french_semaine_split():
    sup = S("FARTALP", "Fartage des Alpes SAS", "adv@fartage-alpes.example", "fr-FR")
    po = PO("4500232086", sup, "jonas", "EUR", "2026-11-30", [
        ("SKW-UNI-60", "Ski wax block universal 60 g", 2000, "PCS", "3.10", "2026-12-11"),
        ("SKW-RAC-60", "Racing wax block 60 g, cold snow", 800, "PCS", "5.40", "2026-12-11"),
        ("SKW-IRN-EU", "Waxing iron 230 V, EU plug", 30, "EA", "39.00", "2026-12-11"),
    ], req="2026-11-30 09:30")
    nb = "\u00a0"
    body = """Bonjour Monsieur Weber,

Merci pour votre commande n° 4500232086 que nous confirmons ainsi :

- Ligne 1 : 2{nb}000 pains de fart universel 60 g à 3,10 € HT : 1{nb}200 expédiés semaine 50, le solde (800) semaine 51.
- Ligne 2 : 800 pains de fart course à 5,40 € HT : expédition semaine 50.
- Ligne 3 : fers à farter : rupture chez notre fournisseur, nous ne pourrons pas vous les livrer cette saison.

Bien cordialement,

Laurent Mercier
Administration des ventes
Fartage des Alpes SAS - 74 avenue de Genève - 74000 Annecy
Tél. 04 50 55 18 72 - SAS au capital de 150{nb}000 € - RCS Annecy 498 552 107
""".format(nb=nb)
    part = outlook_alt(po, body, "fr", 1, charset="windows-1252", seed="semaine")
    eml = reply(po, ("Laurent Mercier", "l.mercier@fartage-alpes.example"), mime.when(2026, 12, 2, 17, 5, 51, 1), part,
                prefix="RE : ", hdr_charset="windows-1252", hdr_mode="Q", lang_tag="fr-FR")
    exp = confirmation("Ship weeks only: 'semaine 50' = Fri 11.12.2026, 'semaine 51' = Fri 18.12.2026; line 1 split "
                       "1 200 + 800; line 3 cannot be supplied this season -> rejected; numbers use a no-break "
                       "space as thousands separator; share capital 150 000 € is a decoy.",
                       (po, {1: chg(po, 1, date="2026-12-18", schedule=[(1200, "2026-12-11"), (800, "2026-12-18")]),
                             2: acc(po, 2), 3: rej()}))
    return Case("french-semaine-split-and-rejection", "confirmation", "fr-FR",
                "'semaine 50/51' ship weeks, split, one line rejected, NBSP thousands separators",
                [po], eml, exp)


# ------------------------------------------------------------------ needs_review

@case
def nr_dates_tomorrow():
    sup = S("VEDMINHO", "Vedantes Técnicos do Minho, Lda.", "encomendas@vedantesminho.example", "pt-PT")
    po = PO("4500232091", sup, "laura", "EUR", "2026-11-30", [
        ("EGK-GH-DLT", "Group head gasket 70x55x8 mm, silicone", 2500, "PCS", "0.94", "2026-12-18"),
        ("EGK-SV-12", "Steam valve seal 12 mm, PTFE", 2500, "PCS", "0.51", "2026-12-18"),
    ], req="2026-11-30 10:00")
    body = """Boa tarde Sra. Laura Bianchi,

Confirmamos as quantidades e os preços da V/ encomenda n.º 4500232091 (linhas 1 e 2: 2.500 un. a 0,94 € e 2.500 un. a 0,51 €).

Quanto aos prazos de entrega, aguardamos ainda a confirmação da matéria-prima por parte do nosso fornecedor; enviaremos as datas amanhã, sem falta.

Com os melhores cumprimentos,

Rui Carvalho
Departamento Comercial
Vedantes Técnicos do Minho, Lda.
Zona Industrial de Lanheses, Lote 14, 4925-470 Viana do Castelo
Tel. +351 258 555 412 | NIF 507 884 120
"""
    part = outlook_alt(po, body, "pt", 0, charset="iso-8859-15", seed="ptpt")
    eml = reply(po, ("Rui Carvalho", "rui.carvalho@vedantesminho.example"), mime.when(2026, 12, 3, 18, 10, 2, 0), part,
                hdr_charset="iso-8859-1", hdr_mode="Q", lang_tag="pt-PT")
    exp = other("needs_review", "Quantities and prices confirmed but delivery dates explicitly to follow "
                                "'amanhã' (tomorrow): no line is fully committed yet.")
    return Case("qty-price-ok-dates-tomorrow", "needs_review", "pt-PT",
                "quantities and prices confirmed, dates promised for tomorrow", [po], eml, exp)


@case
def nr_question_code_mismatch():
    sup = S("LIFFEY", "Liffey Medical Castors Ltd", "sales@liffeycastors.example", "en-IE")
    po = PO("4500232096", sup, "dana", "EUR", "2026-12-01", [
        ("HBC-125-BR", "Hospital bed castor 100 mm, braked, grey", 120, "EA", "19.80", "2027-01-08"),
        ("HBC-KIT-M12", "Threaded stem kit M12x20", 120, "EA", "1.20", "2027-01-08"),
    ], req="2026-12-01 09:00")
    body = """Hi Dana,

Before we can confirm 4500232096 - line 1 has our code HBC-125-BR, that's the 125 mm braked castor at €21.40, but the description says 100 mm. Which one do you need? The 100 mm braked version is HBC-100-BR at €19.80.

Line 2 is fine either way, we have the M12 stems in stock.

Let me know and I'll send the confirmation straight away.

Thanks,
Ciara

Ciara Byrne | Sales
Liffey Medical Castors Ltd
Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X4K8
+353 1 555 0277 | Registered in Ireland No. 412887
"""
    part = outlook_alt(po, body, "en", 0, seed="ie")
    eml = reply(po, ("Ciara Byrne", "ciara.byrne@liffeycastors.example"), mime.when(2026, 12, 3, 10, 30, 15, 0), part,
                lang_tag="en-IE")
    exp = other("needs_review", "Supplier asks which castor is meant (code and description disagree) before "
                                "confirming; 'line 2 is fine' is stock info, the confirmation is explicitly pending.")
    return Case("question-code-vs-description", "needs_review", "en-IE",
                "clarifying question with two prices quoted, nothing committed", [po], eml, exp)


@case
def nr_conditional_surcharge():
    sup = S("RWSCHWAB", "Rollenwerk Schwaben GmbH", "vertrieb@rollenwerk-schwaben.example", "de-DE")
    po = PO("4500232101", sup, "jonas", "EUR", "2026-12-01", [
        ("HBC-150-ZB", "Hospital bed castor 150 mm, central lock, antistatic", 320, "EA", "31.40", "2026-12-11"),
        ("HBC-150-LR", "Hospital bed castor 150 mm, directional lock", 320, "EA", "29.90", "2026-12-11"),
    ], req="2026-12-01 10:15")
    body = """Sehr geehrter Herr Weber,

zum gewünschten Termin 11.12. schaffen wir die 640 Rollen nur mit einer Sonderschicht am Wochenende. Das würden wir mit einem Eilzuschlag von 8 % auf den Warenwert machen. Ohne Zuschlag wäre der Liefertermin KW 2/2027.

Bitte geben Sie uns kurz Bescheid, welche Variante Ihnen lieber ist - dann erhalten Sie umgehend unsere Auftragsbestätigung.

Mit freundlichen Grüßen

i. A. Sabine Wörner
Vertriebsinnendienst
Rollenwerk Schwaben GmbH · Daimlerstraße 31 · 73037 Göppingen
Telefon 07161 555 38-14 · Registergericht Ulm HRB 530118
"""
    part = outlook_alt(po, body, "de", 1, charset="iso-8859-15", seed="cond")
    eml = reply(po, ("Sabine Wörner", "s.woerner@rollenwerk-schwaben.example"), mime.when(2026, 12, 3, 15, 45, 2, 1),
                part, prefix="AW: ", hdr_charset="iso-8859-15", hdr_mode="Q", lang_tag="de-DE")
    exp = other("needs_review", "Two conditional options (11.12. with +8 % express surcharge, or KW 2/2027 without) "
                                "and a request to choose; the actual confirmation will follow.")
    return Case("conditional-express-surcharge", "needs_review", "de-DE",
                "conditional offer with two alternatives (+8 % or KW 2), buyer must choose", [po], eml, exp)


@case
def nr_will_revert():
    sup = S("LCSOLAR", "Lion City Solar Components Pte Ltd", "sales@lcsolar.example", "en-SG")
    po = PO("4500232106", sup, "priya", "SGD", "2026-12-01", [
        ("SPC-TIL-01", "Tile roof hook clamp, stainless 304", 1200, "PCS", "4.60", "2027-01-08"),
        ("SPC-MID-40", "Mid clamp 40 mm, silver anodised", 2400, "PCS", "1.35", "2027-01-08"),
    ], req="2026-12-01 11:30")
    t = po.sent_in(8)
    body = """Dear Priya,

Noted with thanks on your PO 4500232106. Our factory in Johor is checking on the material for the hook clamps; we will revert with the confirmed delivery dates and pricing by Friday next week latest.

Best regards,
Tan Wei Ling
Sales Executive
Lion City Solar Components Pte Ltd
21 Kian Teck Road #04-12, Singapore 628773
DID +65 6555 2194 | HP +65 9555 0471 | UEN 201433827K
"""
    plain = body + ("\nOn Tue, 1 Dec 2026 at %d:%02d PM, Priya Natarajan <priya.natarajan@corvane.example> wrote:\n"
                    % (t.hour - 12, t.minute)) + gt(request_text(po))
    part = mime.text(plain, "plain", "UTF-8", "7bit")
    eml = reply(po, ("Tan Wei Ling", "weiling.tan@lcsolar.example"), mime.when(2026, 12, 4, 17, 55, 36, 8), part,
                prefix="Re: ", style="gmail")
    exp = other("needs_review", "'We will revert with the confirmed delivery dates and pricing by Friday next week' "
                                "- acknowledgment of receipt only, no commitment.")
    return Case("will-revert-next-week", "needs_review", "en-SG",
                "'noted with thanks ... will revert' with a deadline date that is not a delivery date",
                [po], eml, exp)


@case
def nr_vague_estimate():
    sup = S("SALPSKI", "Southern Alps Ski Supplies Ltd", "orders@southernalpsski.example", "en-NZ")
    po = PO("4500232111", sup, "dana", "NZD", "2026-12-02", [
        ("SKW-GLD-100W", "Glide wax block 100 g, warm snow", 300, "PCS", "9.80", "2027-01-15"),
        ("SKW-GLD-100C", "Glide wax block 100 g, cold snow", 300, "PCS", "9.80", "2027-01-15"),
    ], req="2026-12-02 09:00")
    body = """Kia ora Dana,

Thanks for the order. Prices are fine. Timing-wise it depends on when our container from Europe clears customs - probably mid-to-late January, maybe early Feb if the port's backed up again. I'll firm it up once the container's landed.

Cheers,
Hamish

Hamish Reid
Southern Alps Ski Supplies Ltd | 44 Gorge Road, Queenstown 9300
027 555 8812 | NZBN 9429041558712
"""
    part = outlook_alt(po, body, "en", 13, seed="nz")
    eml = reply(po, ("Hamish Reid", "hamish@southernalpsski.example"), mime.when(2026, 12, 7, 9, 15, 50, 13), part,
                prefix="RE: ", lang_tag="en-NZ")
    exp = other("needs_review", "Only a vague estimate ('probably mid-to-late January, maybe early Feb') to be "
                                "firmed up later; 'prices are fine' alone commits no line.")
    return Case("vague-estimate-container", "needs_review", "en-NZ",
                "prices OK but delivery only a hedged estimate, to be firmed up later", [po], eml, exp)


@case
def nr_body_vs_pdf():
    sup = S("ACCATL", "Accastillage Atlantique SARL", "adv@accastillage-atlantique.example", "fr-FR")
    po = PO("4500232116", sup, "mikkel", "EUR", "2026-12-02", [
        ("GRM-INX-15", "Stainless spur grommet 15 mm", 3000, "PCS", "0.68", "2026-12-18"),
        ("GRM-INX-20", "Stainless spur grommet 20 mm", 1000, "PCS", "0.92", "2026-12-18"),
    ], req="2026-12-02 10:30")
    rows = table([
        ["Lig.", "Réf. client", "Désignation", ">Qté", ">P.U. HT", ">Montant HT", "  Livraison"],
        ["1", "GRM-INX-15", "Oeillet inox à griffes 15 mm", ">2 000", ">0,68", ">1 360,00", "  15/01/2027"],
        ["2", "GRM-INX-20", "Oeillet inox à griffes 20 mm", ">1 000", ">0,92", ">920,00", "  18/12/2026"],
    ], [6, 13, 32, 8, 10, 12, 14])
    doc = pdf([("ACCASTILLAGE ATLANTIQUE SARL", "F2", 13), "12 quai Louis Prunier - 17000 La Rochelle", "",
               ("ACCUSÉ DE RÉCEPTION DE COMMANDE N° AR-26-0412", "F2", 11), "Date : 03/12/2026", "",
               "Client : Corvane Trading & MRO B.V.   Votre commande : 4500232116 du 02/12/2026", ""] + rows +
              ["", "Total HT : 2 280,00 EUR - Autoliquidation, art. 283-2 du CGI", "Conditions : 30 jours fin de mois"],
              title="AR-26-0412", producer="Sage 100", created="D:20261203165000+01'00'")
    body = """Bonjour,

Veuillez trouver ci-joint notre accusé de réception de commande.
Commande confirmée conforme à votre bon de commande.

Cordialement,

Service ADV
Accastillage Atlantique SARL
05 46 55 27 80
"""
    alt = outlook_alt(po, body, "fr", 1, charset="iso-8859-15", seed="frpdf")
    part = mime.multipart("mixed", [alt, mime.attachment(doc, "application/pdf", "AR-26-0412.pdf")],
                          mime.bnd("outlook2", "frpdf"))
    eml = reply(po, ("ADV Accastillage Atlantique", "adv@accastillage-atlantique.example"),
                mime.when(2026, 12, 4, 11, 20, 7, 1), part, prefix="RE : ", lang_tag="fr-FR",
                extra=[("X-MS-Has-Attach", "yes")])
    exp = other("needs_review", "Body says 'confirmée conforme' but the attached PDF shows line 1 with 2 000 instead "
                                "of 3 000 pcs and delivery 15/01/2027: body and attachment contradict each other.")
    return Case("body-says-as-ordered-pdf-differs", "needs_review", "fr-FR",
                "contradiction: body 'conforme', PDF shows other quantity and date for one line", [po], eml, exp)


@case
def nr_alternative_offer():
    sup = S("FUNDVALL", "Fundiciones del Valle S.A.S.", "ventas@fundicionesdelvalle.example", "es-CO")
    po = PO("4500232121", sup, "tomas", "COP", "2026-12-02", [
        ("TPP-AL-16", "Tortilla press plate 16 cm, cast aluminium", 500, "EA", "38500.00", "2027-01-15"),
    ], req="2026-12-02 14:00")
    body = """Buenos días Tomás,

Le informamos que la referencia TPP-AL-16 (placa de 16 cm en aluminio) fue descontinuada. Como reemplazo le podemos ofrecer la referencia PA-18-AL (placa de 18 cm, mismo material) a $41.200 c/u, con entrega el 15 de enero de 2027.

¿Nos confirma si le sirve el reemplazo para proceder con el pedido?

Cordialmente,

Juliana Restrepo
Asesora Comercial
Fundiciones del Valle S.A.S.
Calle 15 # 32-180, Acopi, Yumbo, Valle del Cauca
PBX (602) 555 4410 | NIT 900.418.552-7
"""
    part = outlook_alt(po, body, "es", -5, seed="co")
    eml = reply(po, ("Juliana Restrepo", "jrestrepo@fundicionesdelvalle.example"), mime.when(2026, 12, 7, 8, 30, 22, -5),
                part, lang_tag="es-CO")
    exp = other("needs_review", "The only item is discontinued but a substitute (other code, other price) is offered "
                                "with a question; the order proceeds only if the buyer accepts - a human must decide.")
    return Case("discontinued-substitute-offered", "needs_review", "es-CO",
                "substitute item code offered with price and date, waiting for buyer's OK", [po], eml, exp)


@case
def nr_moq_question():
    sup = S("HBWING", "Harbour Wing Trading Co., Ltd.", "sales@harbourwing.example", "zh-HK")
    po = PO("4500232126", sup, "kenji", "HKD", "2026-12-03", [
        ("DRP-0830-PC", "Drone propeller 8x3.0, PC, tri-blade, orange, CW/CCW set of 4", 300, "SET", "9.60", "2027-01-08"),
        ("DRP-1050-PC", "Drone propeller 10x5.0, PC, orange, CW/CCW pair", 200, "PR", "7.20", "2027-01-08"),
    ], req="2026-12-03 09:00")
    body = """Dear Kenji,

Thanks for your PO 4500232126. Pls note our MOQ for custom colour (orange) is 1,000 sets/pairs per item. For 300 sets of 8x3.0 and 200 pairs of 10x5.0 we can only do standard black.

Can you accept black, or increase qty to MOQ? Pls advise so we can arrange production.

Best Regards,
Jacky Lau 劉志傑
Sales Manager
Harbour Wing Trading Co., Ltd. 海翼貿易有限公司
Unit 1208, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong
Tel: +852 2555 0815 | WhatsApp: +852 9555 2271
"""
    part = outlook_alt(po, body, "en", 8, seed="hk")
    eml = reply(po, ("Jacky Lau", "jacky.lau@harbourwing.example"), mime.when(2026, 12, 4, 14, 22, 5, 8), part,
                lang_tag="en-HK")
    exp = other("needs_review", "MOQ question: orange only from 1,000 per item, otherwise black - the supplier asks "
                                "the buyer to choose; no line committed.")
    return Case("moq-colour-question", "needs_review", "zh-HK",
                "MOQ 1,000 vs ordered 300/200, asks to accept black or raise quantity", [po], eml, exp)


@case
def nr_commit_later():
    sup = S("BALTRAIL", "Baltic Rail Fastenings SIA", "sales@balticrailfast.example", "lv-LV")
    po = PO("4500232131", sup, "mikkel", "EUR", "2026-12-03", [
        ("RSC-FC-1504", "Fastclip FC1504, spring steel", 6000, "PCS", "2.35", "2027-01-15"),
        ("RSC-FC-INS", "Fastclip side-post insulator", 6000, "PCS", "0.48", "2027-01-15"),
    ], req="2026-12-03 10:00")
    body = """Labdien Mikkel,

Thank you for PO 4500232131, well received. Our production planning meeting is on Wednesday 9.12.; we will send you the formal order confirmation with delivery dates right after. Prices will be as per our offer Nr. 26-1142 of 12.11.2026.

Ar cieņu / Best regards
Ilze Kalniņa
Sales Manager
Baltic Rail Fastenings SIA
Rūpniecības iela 44, Jelgava, LV-3008, Latvia
Tel. +371 63 055 214 | Reg. Nr. 40103548821
"""
    part = outlook_alt(po, body, "en", 2, charset="windows-1257", seed="lv")
    eml = reply(po, ("Ilze Kalniņa", "ilze.kalnina@balticrailfast.example"), mime.when(2026, 12, 7, 13, 40, 18, 2), part,
                hdr_charset="windows-1257", hdr_mode="Q", lang_tag="lv-LV")
    exp = other("needs_review", "Formal confirmation promised after the planning meeting on 9.12. (not a delivery "
                                "date); prices only by reference to an offer; nothing committed yet.")
    return Case("confirmation-after-planning-meeting", "needs_review", "lv-LV",
                "commitment only for later, meeting date 9.12. and offer date as decoys", [po], eml, exp)
