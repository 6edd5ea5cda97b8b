"""Cases, part B."""
from html import escape as E

from .mime import addr, hdr, date_hdr, text_part, html_part, multipart, attachment, message
from .common import (supplier, ln, po, conf, expected, Case, ACC, REJ, UNC, chg,
                     request_text, request_html, gt, outlook_block, table_text, _fmt_issued, SHIP_TO, signature)
from .build import (headers, outlook_after, outlook_reply, gmail_reply, rcv, t2h, html_doc,
                    outlook_divider_html, mid_outlook, mid_gmail, mid_plain, tid)

LENA = "Lena Vogt <lena.vogt@brightwater.example>"
DANA = "Dana Ruiz <dana.ruiz@brightwater.example>"
RAHUL = "Rahul Mehta <rahul.mehta@brightwater.example>"
AIKO = "Aiko Bell <aiko.bell@brightwater.example>"
TOMASZ = "Tomasz Wren <tomasz.wren@brightwater.example>"


def ines(cs="utf-8"):
    return addr("Inés Carvalho", "ines.carvalho@brightwater.example", cs)


# ---------------------------------------------------------------------------
def forwarded_internal_chain():
    sup = supplier("PACHLER", "Stromabnehmertechnik Pachler GmbH", "verkauf@pachler-sat.example", "de-AT")
    p = po("4500032144", sup, "lena", "EUR", "2026-11-24", [
        ln("TPS-CU-1450", "Tram pantograph contact strip, carbon/copper, 1450 mm", 48, "EA", "312.00", "2026-12-18"),
        ln("TPS-CAR-1450", "Tram pantograph strip carrier, aluminium, 1450 mm", 12, "EA", "486.00", "2026-12-18"),
        ln("TPS-HRN-SET", "Pantograph horn set, left/right", 12, "SET", "95.50", "2026-12-18"),
    ])
    top = ("Sehr geehrte Frau Vogt,\n\n"
           "wie unten mit unserer Fertigung abgestimmt: Pos. 1 und 3 liefern wir wie bestellt am 18.12.2026, "
           "die Träger (Pos. 2) am 08.01.2027. Preise lt. Ihrer Bestellung.\n\n"
           "Freundliche Grüße\n"
           "Mag. Eva Pachler\n"
           "Vertrieb\n\n"
           "Stromabnehmertechnik Pachler GmbH\n"
           "Franzosenhausweg 51, 4030 Linz, Österreich\n"
           "T +43 732 38 12 40-20\n"
           "FN 331820 d, LG Linz, UID ATU 64127708")
    chain = (
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Wimmer Gerhard <g.wimmer@pachler-sat.example>\n"
        "Gesendet: Mittwoch, 2. Dezember 2026 09:47\n"
        "An: Pachler Eva <e.pachler@pachler-sat.example>\n"
        "Betreff: AW: Bestellung Brightwater 4500032144\n\n"
        "Hallo Eva,\n"
        "hab nochmal mit der Eloxiererei telefoniert, die Träger schaffen wir doch bis 08.01., nicht erst KW 3. "
        "Schleifleisten und Hörner passen für 18.12.\n"
        "LG Gerhard\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Wimmer Gerhard\n"
        "Gesendet: Dienstag, 1. Dezember 2026 16:20\n"
        "An: Pachler Eva <e.pachler@pachler-sat.example>\n"
        "Betreff: AW: Bestellung Brightwater 4500032144\n\n"
        "Eva, Träger frühestens KW 3 (Eloxal), Rest ok. G.\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Pachler Eva <e.pachler@pachler-sat.example>\n"
        "Gesendet: Dienstag, 1. Dezember 2026 11:02\n"
        "An: Wimmer Gerhard <g.wimmer@pachler-sat.example>\n"
        "Betreff: WG: PO 4500032144 - order acknowledgement request\n\n"
        "Gerhard, kannst du bitte die Termine prüfen? Kunde wünscht 18.12. für alles, Bestellung unten.\n"
        "Danke, Eva\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Lena Vogt <lena.vogt@brightwater.example>\n"
        "Gesendet: Dienstag, 24. November 2026 16:31\n"
        "An: verkauf@pachler-sat.example\n"
        "Betreff: PO 4500032144 - order acknowledgement request\n\n" + request_text(p, "Hello"))
    text = top + "\n\n" + chain + "\n"
    html = html_doc(t2h(top) + '\n<p class="MsoNormal">&nbsp;</p>\n' + t2h(chain), "windows-1252", "DE-AT")
    part = multipart("alternative", [text_part(text, "windows-1252"), html_part(html, "windows-1252")],
                     "----=_NextPart_000_00A2_01DB6506.3B9F1C40", preamble=True)
    h = headers(addr("Pachler Eva", "e.pachler@pachler-sat.example"), LENA,
                "WG: AW: Bestellung Brightwater 4500032144",
                date_hdr(2026, 12, 3, 8, 15, 22, "+0100"), "<00a201db6506$3b9f1c40$b2dd54c0$@pachler-sat.example>",
                before=[rcv("mail.pachler-sat.example", "192.0.2.77", "Thu, 03 Dec 2026 07:15:30 +0000", "lena.vogt@brightwater.example", "b1")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("b1")), ("Content-Language", "de-at")])
    eml = message(h, part)
    return Case("forwarded-internal-chain", "confirmation", "de-AT",
                "forward of an internal sales/production chain (no In-Reply-To); older messages say 'KW 3', final answer 08.01.",
                [p], eml, expected("confirmation",
                                   "Sales forwards the internal chain; the top statement (and the latest internal message) commit pos. 2 to 08.01.2027; the earlier 'KW 3' is superseded. Pos. 1 and 3 on 18.12.2026 as ordered.",
                                   [conf(p, {1: ACC, 2: chg(d="2027-01-08"), 3: ACC})]))


# ---------------------------------------------------------------------------
def mobile_toppost():
    sup = supplier("KAROO", "Karoo Saddlery Supplies (Pty) Ltd", "orders@karoosaddlery.example", "en-ZA")
    p = po("4500032155", sup, "dana", "ZAR", "2026-11-30", [
        ln("HST-ALU-115", "Stirrup irons, aluminium, 115 mm, black", 100, "PR", "289.00", "2026-12-21"),
        ln("HST-SAF-PEA", "Safety stirrups, peacock, 4 in", 50, "PR", "214.50", "2026-12-21"),
        ln("HST-PAD-GR", "Stirrup pads, grip, grey", 150, "PR", "42.00", "2026-12-21"),
    ])
    body = "Hi Dana. All ok except line 3, pads only arrive from our supplier mid Dec, can deliver 8 Jan. Rgds Pieter\n\nGet Outlook for Android"
    quoted = request_text(p, "Hello")
    text = (body + "\n" + "_" * 32 + "\nFrom: Dana Ruiz <dana.ruiz@brightwater.example>\n"
            "Sent: Monday, November 30, 2026 6:20:11 PM\nTo: orders@karoosaddlery.example <orders@karoosaddlery.example>\n"
            "Subject: PO 4500032155 - order acknowledgement request\n\n" + quoted)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">Hi Dana. All ok except line 3, pads only arrive from our supplier mid Dec, can deliver 8 Jan. Rgds Pieter</div>'
            '<div dir="auto"><br></div><div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>'
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            '<b>From:</b> Dana Ruiz &lt;dana.ruiz@brightwater.example&gt;<br><b>Sent:</b> Monday, November 30, 2026 6:20:11 PM<br>'
            '<b>To:</b> orders@karoosaddlery.example &lt;orders@karoosaddlery.example&gt;<br>'
            '<b>Subject:</b> PO 4500032155 - order acknowledgement request</font><div>&nbsp;</div></div>' + request_html(p, "Hello") + '</body></html>\n')
    part = multipart("alternative", [text_part(text, "utf-8", "quoted-printable"), html_part(html, "utf-8", "quoted-printable")],
                     "_000_VI1P190MB0712E3A4F5B6C7D8VI1P190MB0712EURP_", preamble=False)
    h = headers("Pieter van Wyk <pieter@karoosaddlery.example>", DANA,
                "Re: PO 4500032155 - order acknowledgement request",
                date_hdr(2026, 12, 2, 18, 47, 3, "+0200"), mid_outlook("b2", "eurprd19"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-vi1eur05on2119.outbound.protection.outlook.com", "203.0.113.119", "Wed, 02 Dec 2026 16:47:09 +0000", "dana.ruiz@brightwater.example", "b2")],
                after=[("Thread-Topic", "PO 4500032155 - order acknowledgement request"), ("Thread-Index", tid("b2")),
                       ("Content-Language", "en-ZA"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    eml = message(h, part)
    return Case("mobile-toppost-except-line3", "confirmation", "en-ZA",
                "one-sentence mobile reply 'all ok except line 3 ... 8 Jan' with a distracting 'mid Dec'",
                [p], eml, expected("confirmation",
                                   "Lines 1 and 2 accepted ('all ok'); line 3 delivered 8 Jan (no year -> 2027-01-08). 'mid Dec' is when their own supply arrives.",
                                   [conf(p, {1: ACC, 2: ACC, 3: chg(d="2027-01-08")})]))


# ---------------------------------------------------------------------------
def html_only_table():
    sup = supplier("HIDROLEV", "Hidrotecnia Levante S.L.", "pedidos@hidrotecnia-levante.example", "es-ES")
    p = po("4500032163", sup, "ines", "EUR", "2026-11-26", [
        ln("HTJ-MINI-SS", "Hot tub mini jet, stainless, 2 in", 500, "EA", "4.85", "2026-12-17"),
        ln("HTJ-ROT-5", "Hot tub rotating jet, 5 in", 150, "EA", "16.90", "2026-12-17"),
        ln("HTJ-AIR-CTL", "Air control valve, 1 in", 80, "EA", "7.30", "2026-12-17"),
        ln("HTJ-DIV-2W", "Diverter valve, 2-way", 40, "EA", "21.60", "2026-12-17"),
    ])
    rows = [("1", "HTJ-MINI-SS", "500", "500", "4,85 €", "17/12/2026", ""),
            ("2", "HTJ-ROT-5", "150", "150", "17,40 €", "17/12/2026", "Subida de tarifa del fabricante de boquillas"),
            ("3", "HTJ-AIR-CTL", "80", "80", "7,30 €", "22/12/2026", ""),
            ("4", "HTJ-DIV-2W", "40", "0", "&ndash;", "&ndash;", "Descatalogado, sin sustituto")]
    th = "".join('<td style="border:solid #A6A6A6 1pt;background:#D9E2F3;padding:2pt 5pt"><p class="MsoNormal"><b>%s</b></p></td>' % c
                 for c in ["Línea", "Referencia", "Cant. pedida", "Cant. confirmada", "Precio unitario", "Fecha de entrega", "Observaciones"])
    trs = "".join("<tr>%s</tr>" % "".join('<td style="border:solid #A6A6A6 1pt;padding:2pt 5pt"><p class="MsoNormal">%s</p></td>' % (c if c.startswith("&") else E(c)) for c in r) for r in rows)
    inner = ('<p class="MsoNormal">Buenos días, Inés:</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">Le indicamos en la tabla la confirmación de su pedido 4500032163. '
             'Las líneas 1 a 3 se servirán en un único envío salvo la válvula de aire, que sale unos días más tarde.</p><p class="MsoNormal">&nbsp;</p>'
             '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'
             '<tr>' + th + '</tr>' + trs + '</table><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">Un saludo,</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal"><b>Marta Ferrer Llopis</b><br>Departamento Comercial<br>Hidrotecnia Levante S.L. &middot; '
             'Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31 &middot; 46988 Paterna (Valencia)<br>Tel. 961 32 44 07</p>'
             '<p class="MsoNormal" style="font-size:8pt;color:gray">De conformidad con el RGPD (UE) 2016/679 y la LOPDGDD 3/2018, le informamos de que '
             'sus datos forman parte de un fichero responsabilidad de Hidrotecnia Levante S.L.</p>'
             '<p class="MsoNormal">&nbsp;</p>' +
             outlook_divider_html("es", "Inés Carvalho <ines.carvalho@brightwater.example>", "jueves, 26 de noviembre de 2026 12:10",
                                  "pedidos@hidrotecnia-levante.example", "PO 4500032163 - order acknowledgement request") +
             '<p class="MsoNormal">&nbsp;</p>' + request_html(p, "Hello"))
    html = html_doc(inner, "windows-1252", "ES")
    part = html_part(html, "windows-1252", "quoted-printable")
    h = headers(addr("Marta Ferrer", "mferrer@hidrotecnia-levante.example"), ines("windows-1252"),
                "RE: PO 4500032163 - order acknowledgement request",
                date_hdr(2026, 12, 2, 13, 20, 48, "+0100"), mid_outlook("b3", "eurprd07"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-db8eur05on2070.outbound.protection.outlook.com", "203.0.113.70", "Wed, 02 Dec 2026 12:20:55 +0000", "ines.carvalho@brightwater.example", "b3")],
                after=outlook_after("b3", "PO 4500032163 - order acknowledgement request", "es-ES"))
    eml = message(h, part)
    return Case("html-only-answer-table", "confirmation", "es-ES",
                "HTML-only mail; the answer is an HTML table with ordered vs confirmed columns and a rejected row",
                [p], eml, expected("confirmation",
                                   "HTML table: line 1 as ordered, line 2 price 17,40 (was 16.90), line 3 date 22/12/2026, line 4 confirmed qty 0 'Descatalogado' = rejected.",
                                   [conf(p, {1: ACC, 2: chg(p="17.40"), 3: chg(d="2026-12-22"), 4: REJ})]))


# ---------------------------------------------------------------------------
def carton_rounding():
    sup = supplier("BIJENHOUT", "Bijenhout Vlaanderen NV", "verkoop@bijenhout.example", "nl-BE")
    p = po("4500032171", sup, "dana", "EUR", "2026-11-26", [
        ln("BHF-SMP-W", "Beehive frame, Simplex, wired", 240, "PCS", "1.95", "2026-12-18"),
        ln("BHF-SMP-HF", "Beehive frame, Simplex half frame, wired", 180, "PCS", "1.60", "2026-12-18"),
        ln("BHF-FND-WX", "Wax foundation sheet, Simplex", 400, "PCS", "1.10", "2026-12-18"),
    ])
    body = ("Goedemiddag Dana,\n\n"
            "Bedankt voor uw bestelling 4500032171. Wij leveren enkel per volle doos van 50 stuks, "
            "daarom hebben wij de aantallen naar boven afgerond:\n\n"
            "- Pos. 1 Simplexraampjes: 250 st. à € 1,95\n"
            "- Pos. 2 Halve Simplexraampjes: 200 st. à € 1,60\n"
            "- Pos. 3 Wasplaten: 400 st. à € 1,10 (ongewijzigd)\n\n"
            "Levering vrijdag 18 december zoals gevraagd.\n\n"
            "Met vriendelijke groeten,\n\n"
            "Pieter-Jan Claeys\n"
            "Bijenhout Vlaanderen NV\n"
            "Ieperseweg 212, 8800 Roeselare\n"
            "BTW BE 0456.781.223 | T +32 51 22 18 40")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "nl", DANA, "donderdag 26 november 2026 10:22", "verkoop@bijenhout.example",
                         "PO 4500032171 - order acknowledgement request", quoted, "windows-1252", "quoted-printable",
                         "----=_NextPart_000_0033_01DB5FE2.7C1A0B30", html_lang="NL-BE")
    h = headers(addr("Pieter-Jan Claeys", "pj.claeys@bijenhout.example"), DANA,
                "RE: PO 4500032171 - order acknowledgement request",
                date_hdr(2026, 11, 26, 15, 10, 5, "+0100"), "<003301db5fe2$7c1a0b30$74501e90$@bijenhout.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.bijenhout.example", "192.0.2.118", "Thu, 26 Nov 2026 14:10:12 +0000", "dana.ruiz@brightwater.example", "b4")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("b4")), ("Content-Language", "nl-be")])
    eml = message(h, part)
    return Case("carton-rounding-up", "confirmation", "nl-BE",
                "quantities rounded up to full boxes of 50 (240->250, 180->200), Belgian-Dutch 'à € 1,95'",
                [p], eml, expected("confirmation",
                                   "Sold only per box of 50: line 1 240->250, line 2 180->200 at unchanged prices; line 3 unchanged; delivery Fri 18 Dec as requested.",
                                   [conf(p, {1: chg(q=250), 2: chg(q=200), 3: ACC})]))


# ---------------------------------------------------------------------------
def sauna_bags_week():
    sup = supplier("KIUASKIVI", "Kiuaskivi Oy", "myynti@kiuaskivi.example", "fi-FI")
    p = po("4500032189", sup, "aiko", "EUR", "2026-11-27", [
        ln("SST-OD-1015", "Sauna stones, olivine diabase, 10-15 cm", 400, "KG", "1.35", "2026-12-11"),
        ln("SST-PER-510", "Sauna stones, peridotite, 5-10 cm", 200, "KG", "1.90", "2026-12-11"),
        ln("SST-SOAP-R", "Soapstone heater stones, rounded", 120, "KG", "4.60", "2026-12-11"),
    ])
    body = ("Hei Aiko,\n\n"
            "kiitos tilauksesta 4500032189. Vahvistamme seuraavasti:\n\n"
            "1. Oliviinidiabaasi 10-15 cm: 20 säkkiä á 20 kg (= 400 kg), 1,35 €/kg\n"
            "2. Peridotiitti 5-10 cm: 10 säkkiä á 20 kg, 1,90 €/kg\n"
            "3. Vuolukivi, pyöristetty: 6 säkkiä á 20 kg, 4,60 €/kg\n\n"
            "Toimitus viikolla 51, koska Iso-Britannian lavakuljetukset lähtevät meiltä vasta 14.12. alkaen.\n\n"
            "Ystävällisin terveisin\n"
            "Sanna Heikkinen\n"
            "Myyntisihteeri, Kiuaskivi Oy\n"
            "Kivikonkatu 4, 70620 Kuopio\n"
            "puh. 017 288 4410")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "fi", AIKO, "perjantai 27. marraskuuta 2026 13.40", "myynti@kiuaskivi.example",
                         "PO 4500032189 - order acknowledgement request", quoted, "iso-8859-15", "quoted-printable",
                         "_000_HE1P192MB0422A7B8C9D0E1F2HE1P192MB0422EURP_", html_lang="FI")
    h = headers(addr("Sanna Heikkinen", "sanna.heikkinen@kiuaskivi.example"), AIKO,
                "VS: PO 4500032189 - order acknowledgement request",
                date_hdr(2026, 11, 30, 10, 5, 40, "+0200"), mid_outlook("b5", "eurprd19"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-he1eur04on2088.outbound.protection.outlook.com", "203.0.113.88", "Mon, 30 Nov 2026 08:05:47 +0000", "aiko.bell@brightwater.example", "b5")],
                after=outlook_after("b5", "PO 4500032189 - order acknowledgement request", "fi-FI"))
    eml = message(h, part)
    return Case("sauna-stones-bags-week51", "confirmation", "fi-FI",
                "quantities as '20 säkkiä á 20 kg' against a PO in KG, delivery 'viikolla 51' with a distracting 14.12.",
                [p], eml, expected("confirmation",
                                   "Quantities restated in 20 kg bags = 400/200/120 kg as ordered; prices per kg unchanged; delivery week 51 = Friday 2026-12-18 (PO 2026-12-11). 14.12. is when their UK pallets start leaving.",
                                   [conf(p, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18"), 3: chg(d="2026-12-18")})]))


# ---------------------------------------------------------------------------
def kw_surcharge():
    sup = supplier("KBWESTERWALD", "Keramikbedarf Westerwald GmbH", "vertrieb@kb-westerwald.example", "de-DE")
    p = po("4500032195", sup, "lena", "EUR", "2026-11-30", [
        ln("KSH-NIT-4035", "Kiln shelf, nitride-bonded SiC, 400 x 350 x 8 mm", 40, "EA", "74.00", "2026-12-18"),
        ln("KSH-NIT-5040", "Kiln shelf, nitride-bonded SiC, 500 x 400 x 9 mm", 24, "EA", "98.00", "2026-12-18"),
        ln("KPR-ALU-50", "Kiln prop, alumina, 50 mm", 200, "EA", "1.80", "2026-12-18"),
    ])
    body = ("Sehr geehrte Frau Vogt,\n\n"
            "hiermit bestätigen wir Ihre Bestellung 4500032195 wie folgt:\n\n"
            "Pos. 1   40 Stk  Brennplatte NSiC 400x350x8    74,00 EUR/Stk   Liefertermin KW 2/2027\n"
            "Pos. 2   24 Stk  Brennplatte NSiC 500x400x9    98,00 EUR/Stk   Liefertermin KW 2/2027\n"
            "Pos. 3  200 Stk  Stütze Al2O3 50 mm             1,80 EUR/Stk   Liefertermin KW 51/2026\n\n"
            "Auf alle Positionen berechnen wir den seit 01.10.2026 gültigen Energiekostenzuschlag von 3 %.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "i. A. Thomas Brenner\n"
            "Innendienst\n"
            "Keramikbedarf Westerwald GmbH\n"
            "Rheinstraße 61, 56203 Höhr-Grenzhausen\n"
            "Tel. 02624 95 77-31\n"
            "Sitz: Höhr-Grenzhausen, Amtsgericht Montabaur HRB 21744")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "de", LENA, "Montag, 30. November 2026 16:58", "vertrieb@kb-westerwald.example",
                         "PO 4500032195 - order acknowledgement request", quoted, "iso-8859-1", "quoted-printable",
                         "----=_NextPart_000_0012_01DB6499.2E7D5A10", html_lang="DE")
    h = headers(addr("Thomas Brenner", "t.brenner@kb-westerwald.example"), LENA,
                "AW: PO 4500032195 - order acknowledgement request",
                date_hdr(2026, 12, 2, 10, 32, 17, "+0100"), "<001201db6499$2e7d5a10$8b780e30$@kb-westerwald.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.kb-westerwald.example", "192.0.2.44", "Wed, 02 Dec 2026 09:32:24 +0000", "lena.vogt@brightwater.example", "b6")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("b6")), ("Content-Language", "de")])
    eml = message(h, part)
    return Case("kw-dates-energy-surcharge", "confirmation", "de-DE",
                "calendar weeks 'KW 2/2027' and 'KW 51/2026' plus a 3 % surcharge stated once for all lines",
                [p], eml, expected("confirmation",
                                   "3 % energy surcharge on the PO prices (74.00->76.22, 98.00->100.94, 1.80->1.854). KW 2/2027 = Fri 2027-01-15; KW 51/2026 = Fri 2026-12-18 (= requested, so line 3 changes only in price).",
                                   [conf(p, {1: chg(p="76.22", d="2027-01-15"), 2: chg(p="100.94", d="2027-01-15"), 3: chg(p="1.854")})]))


# ---------------------------------------------------------------------------
def nb_uke():
    sup = supplier("VESTLAND", "Vestland Marine Beslag AS", "ordre@vestland-beslag.example", "nb-NO")
    p = po("4500032203", sup, "rahul", "NOK", "2026-11-27", [
        ln("SPH-300-BR", "Ship porthole, bronze, 300 mm clear opening, opening type", 8, "EA", "14500.00", "2027-01-15"),
        ln("SPH-200-SS", "Ship porthole, stainless, 200 mm, fixed", 12, "EA", "6850.00", "2027-01-15"),
        ln("SPH-DL-300", "Deadlight cover, bronze, for 300 mm porthole", 8, "EA", "2400.00", "2027-01-15"),
    ])
    body = ("Hei Rahul,\n\n"
            "Takk for bestillingen. Vi bekrefter ordre 4500032203 som følger:\n\n"
            "Pos 1: 8 stk bronsekoøye 300 mm, kr 14 500,00 pr stk - levering uke 2\n"
            "Pos 2: 12 stk koøye rustfritt 200 mm, kr 6 850,00 pr stk - levering uke 2\n"
            "Pos 3: 8 stk blindlokk bronse, kr 2 650,00 pr stk (ny pris fra støperiet) - levering uke 3\n\n"
            "Vi holder stengt 24.12.-03.01.\n\n"
            "Med vennlig hilsen\n"
            "Ingrid Solheim\n"
            "Ordrekontor | Vestland Marine Beslag AS\n"
            "Notenesgata 14, 6002 Ålesund | +47 70 10 84 20\n"
            "Org.nr. 918 442 731 MVA")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "nb", RAHUL, "fredag 27. november 2026 11:02", "ordre@vestland-beslag.example",
                         "PO 4500032203 - order acknowledgement request", quoted, "utf-8", "quoted-printable",
                         "_000_AS8P189MB1274B5C6D7E8F9A0AS8P189MB1274EURP_", html_lang="NB-NO")
    h = headers(addr("Ingrid Solheim", "ingrid.solheim@vestland-beslag.example"), RAHUL,
                "SV: PO 4500032203 - order acknowledgement request",
                date_hdr(2026, 12, 1, 14, 50, 33, "+0100"), mid_outlook("b7", "eurprd08"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-as8nor01on2101.outbound.protection.outlook.com", "203.0.113.101", "Tue, 01 Dec 2026 13:50:40 +0000", "rahul.mehta@brightwater.example", "b7")],
                after=outlook_after("b7", "PO 4500032203 - order acknowledgement request", "nb-NO"))
    eml = message(h, part)
    return Case("porthole-uke-weeks", "confirmation", "nb-NO",
                "'levering uke 2/uke 3' without a year, Norwegian 'kr 14 500,00', closure dates as noise",
                [p], eml, expected("confirmation",
                                   "Week numbers without year after the Dec 2026 mail -> 2027: uke 2 = Fri 2027-01-15 (= requested), uke 3 = Fri 2027-01-22. Line 3 also new price 2 650,00.",
                                   [conf(p, {1: ACC, 2: ACC, 3: chg(p="2650.00", d="2027-01-22")})]))


# ---------------------------------------------------------------------------
def ko_partial():
    sup = supplier("HANYANG", "한양선박부품 주식회사", "sales@hanyang-marine.example", "ko-KR")
    p = po("4500032214", sup, "rahul", "KRW", "2026-11-26", [
        ln("SPH-250-AL", "Ship porthole, aluminium, 250 mm, fixed", 30, "EA", "385000", "2026-12-22"),
        ln("SPH-GSK-250", "Porthole gasket, EPDM, 250 mm", 60, "EA", "12500", "2026-12-22"),
    ])
    body = ("Rahul Mehta 님께,\n\n"
            "안녕하십니까. 한양선박부품 김민준 과장입니다.\n"
            "발주서 4500032214 관련하여 아래와 같이 회신드립니다.\n\n"
            "1. 알루미늄 현창 250mm (SPH-250-AL): 재고 부족으로 20개만 2026. 12. 22. 납품 가능합니다.\n"
            "   나머지 10개는 취소 부탁드립니다.\n"
            "2. 현창 가스켓 EPDM 250mm (SPH-GSK-250): 60개, 단가 12,500원, 2026. 12. 22. 납품 확정입니다.\n\n"
            "단가는 모두 발주서와 동일합니다.\n\n"
            "감사합니다.\n"
            "김민준 드림\n\n"
            "한양선박부품 주식회사 | 영업팀 과장\n"
            "부산광역시 영도구 해양로 247\n"
            "T. 051-403-7721  M. 010-4821-3306\n")
    quoted = ("-----Original Message-----\n"
              "From: \"Rahul Mehta\"<rahul.mehta@brightwater.example>\n"
              "To: <sales@hanyang-marine.example>;\n"
              "Sent: 2026-11-26 (목) 22:10:41 (GMT+09:00)\n"
              "Subject: PO 4500032214 - order acknowledgement request\n\n" + request_text(p, "Hello"))
    text = body + "\n\n" + quoted
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body>'
            '<p style="font-family:굴림;font-size:10pt">' + E(body).replace("\n", "<br>") + '</p><br>'
            '<blockquote style="border-left:2px solid #0000ff;padding-left:5px">' + E(quoted).replace("\n", "<br>") + '</blockquote></body></html>\n')
    part = multipart("alternative", [text_part(text, "euc-kr", "base64"), html_part(html, "euc-kr", "base64")],
                     "=_NextPart_2rfkindysadvnqw3nerasdf", preamble=False)
    h = headers(addr("김민준", "mj.kim@hanyang-marine.example", "euc-kr", "B"), RAHUL,
                hdr("RE: PO 4500032214 - order acknowledgement request"),
                date_hdr(2026, 11, 27, 9, 30, 12, "+0900"), "<20261127093012.kmj7721@hanyang-marine.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.hanyang-marine.example", "198.51.100.214", "Fri, 27 Nov 2026 00:30:19 +0000", "rahul.mehta@brightwater.example", "b8")],
                after=[("X-Mailer", "Daou Office Mail")])
    eml = message(h, part)
    return Case("euckr-partial-cancel-rest", "confirmation", "ko-KR",
                "EUC-KR base64; only 20 of 30 confirmed and the rest to be cancelled; Korean dates '2026. 12. 22.'",
                [p], eml, expected("confirmation",
                                   "Line 1 reduced to 20 (remaining 10 to be cancelled) on 2026-12-22 at the PO price; line 2 as ordered.",
                                   [conf(p, {1: chg(q=20), 2: ACC})]))


# ---------------------------------------------------------------------------
def big5_roc():
    sup = supplier("TCSKATE", "台中滑板五金有限公司", "sales@tc-skatehw.example", "zh-TW")
    p = po("4500032226", sup, "dana", "TWD", "2026-11-25", [
        ln("SKT-139-PLD", "Skateboard truck, 139 mm, polished", 300, "PR", "395.00", "2026-12-18"),
        ln("SKT-159-BLK", "Skateboard truck, 159 mm, black", 200, "PR", "420.00", "2026-12-18"),
        ln("SKT-RSR-3MM", "Riser pad, 1/8 in (3 mm), pair", 500, "PR", "18.00", "2026-12-18"),
    ])
    body = ("Dana 您好：\n\n"
            "感謝貴公司訂單 4500032226，回覆如下：\n\n"
            "1. 139mm 拋光支架 300 組，單價 NT$395，交期 115年12月18日 OK\n"
            "2. 159mm 黑色支架 200 組，單價 NT$420，因陽極處理廠排程，交期改為 116年1月8日\n"
            "3. 1/8吋 增高墊 500 組，單價 NT$18，交期 115年12月18日 OK\n\n"
            "如有任何問題請與我聯絡，謝謝！\n\n"
            "陳怡君 Amy Chen\n"
            "台中滑板五金有限公司 業務部\n"
            "TEL: 04-2358-7712 #215\n")
    quoted = ("寄件者: Dana Ruiz <dana.ruiz@brightwater.example>\n"
              "寄件日期: 2026年11月25日 下午 11:30\n"
              "收件者: sales@tc-skatehw.example\n"
              "主旨: PO 4500032226 - order acknowledgement request\n\n" + request_text(p, "Hello"))
    text = body + "\n" + "_" * 32 + "\n" + quoted
    part = multipart("alternative", [text_part(text, "big5", "base64"),
                                     html_part(html_doc(t2h(body) + "<hr>" + t2h(quoted), "big5", "ZH-TW"), "big5", "base64")],
                     "_000_TYZPR03MB6180C1D2E3F4A5B6TYZPR03MB6180apcp_", preamble=False)
    h = headers(addr("陳怡君 Amy Chen", "amy.chen@tc-skatehw.example", "big5", "B"), DANA,
                hdr("回覆: PO 4500032226 - order acknowledgement request", "big5", "B"),
                date_hdr(2026, 11, 26, 17, 5, 44, "+0800"), mid_outlook("b9", "apcprd03"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-tyzapc01on2131.outbound.protection.outlook.com", "203.0.113.131", "Thu, 26 Nov 2026 09:05:51 +0000", "dana.ruiz@brightwater.example", "b9")],
                after=outlook_after("b9", "PO 4500032226 - order acknowledgement request", "zh-TW"))
    eml = message(h, part)
    return Case("big5-roc-calendar", "confirmation", "zh-TW",
                "Big5 reply with ROC (Minguo) years 115/116 instead of 2026/2027",
                [p], eml, expected("confirmation",
                                   "ROC year 115 = 2026, 116 = 2027. Line 2 moved to 116年1月8日 = 2027-01-08; lines 1 and 3 OK as ordered.",
                                   [conf(p, {1: ACC, 2: chg(d="2027-01-08"), 3: ACC})]))


# ---------------------------------------------------------------------------
def thai_buddhist():
    sup = supplier("SIAMCORD", "Siam Cord & Webbing Co., Ltd.", "sales@siamcord.example", "th-TH")
    p = po("4500032235", sup, "aiko", "THB", "2026-11-27", [
        ln("PCD-550-OD", "Parachute cord 550, 7-strand, olive drab", 3000, "M", "4.20", "2026-12-18"),
        ln("PCD-550-BK", "Parachute cord 550, 7-strand, black", 2000, "M", "4.20", "2026-12-18"),
        ln("PCD-325-CY", "Parachute cord 325, coyote", 1500, "M", "2.75", "2026-12-18"),
    ])
    body = ("เรียน คุณ Aiko Bell\n\n"
            "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500032235 ทางบริษัทฯ ขอยืนยันรายการดังนี้\n\n"
            "1. เชือกร่ม 550 สีเขียวขี้ม้า 3,000 เมตร ราคาเมตรละ 4.20 บาท ส่งของวันที่ 18 ธ.ค. 2569\n"
            "2. เชือกร่ม 550 สีดำ 2,000 เมตร ราคาเมตรละ 4.20 บาท ส่งของวันที่ 18 ธ.ค. 2569\n"
            "3. เชือกร่ม 325 สีน้ำตาลทราย 1,500 เมตร ราคาเมตรละ 2.90 บาท (ปรับราคาตามต้นทุนไนลอน) ส่งของวันที่ 8 ม.ค. 2570\n\n"
            "หากมีข้อสงสัยกรุณาติดต่อกลับ\n\n"
            "ขอแสดงความนับถือ\n"
            "สมชาย วงศ์สกุล (Somchai Wongsakul)\n"
            "ฝ่ายขายต่างประเทศ\n"
            "Siam Cord & Webbing Co., Ltd. โทร. 02-181-4470\n")
    quoted = ("-----Original Message-----\nFrom: Aiko Bell <aiko.bell@brightwater.example>\n"
              "Sent: Friday, November 27, 2026 4:55 PM\nTo: sales@siamcord.example\n"
              "Subject: PO 4500032235 - order acknowledgement request\n\n" + request_text(p, "Hello"))
    text = body + "\n" + quoted
    part = text_part(text, "TIS-620", "base64")
    h = headers(addr("Somchai Wongsakul", "somchai@siamcord.example"), AIKO,
                "RE: PO 4500032235 - order acknowledgement request",
                date_hdr(2026, 12, 1, 15, 10, 26, "+0700"), "<000d01db63e8$9a4f2c10$cee68430$@siamcord.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.siamcord.example", "198.51.100.235", "Tue, 01 Dec 2026 08:10:33 +0000", "aiko.bell@brightwater.example", "b10")],
                after=[("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "th")])
    eml = message(h, part)
    return Case("thai-buddhist-era-dates", "confirmation", "th-TH",
                "TIS-620 body, Buddhist-era years (2569/2570) and Thai month abbreviations",
                [p], eml, expected("confirmation",
                                   "BE 2569 = 2026, 2570 = 2027. Lines 1-2 as ordered (18 ธ.ค. 2569 = 2026-12-18); line 3 price 2.90 (was 2.75) and 8 ม.ค. 2570 = 2027-01-08.",
                                   [conf(p, {1: ACC, 2: ACC, 3: chg(p="2.90", d="2027-01-08")})]))


# ---------------------------------------------------------------------------
def greek_price():
    sup = supplier("PMFPIRAEUS", "Piraeus Marine Fittings S.A.", "sales@pmf-piraeus.example", "el-GR")
    p = po("4500032240", sup, "rahul", "EUR", "2026-11-30", [
        ln("SPH-350-BR", "Ship porthole, bronze, 350 mm, hinged", 6, "EA", "1280.00", "2026-12-22"),
        ln("SPH-GLS-350", "Porthole glass, toughened, 350 mm x 12 mm", 10, "EA", "165.00", "2026-12-22"),
    ])
    body = ("Αγαπητέ κ. Mehta,\n\n"
            "Σας ευχαριστούμε για την παραγγελία σας 4500032240.\n\n"
            "Επιβεβαιώνουμε:\n"
            "- Θέση 1: 6 τεμ. φινιστρίνια ορειχάλκινα 350 mm, τιμή 1.280,00 € /τεμ., παράδοση 22/12/2026.\n"
            "- Θέση 2: 10 τεμ. κρύσταλλα 350 mm, τιμή 172,50 € /τεμ. (νέος τιμοκατάλογος 2027), παράδοση 22/12/2026.\n\n"
            "Με εκτίμηση,\n"
            "Γιώργος Παπαδόπουλος\n"
            "Τμήμα Πωλήσεων\n"
            "Piraeus Marine Fittings S.A. | Ακτή Μιαούλη 41, 185 36 Πειραιάς | Τηλ. 210 41 22 908")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "el", RAHUL, "Δευτέρα, 30 Νοεμβρίου 2026 3:12 μμ",
                         "sales@pmf-piraeus.example", "PO 4500032240 - order acknowledgement request", quoted,
                         "windows-1253", "quoted-printable", "----=_NextPart_000_0051_01DB64BE.0E3A4F20", html_lang="EL")
    h = headers(addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@pmf-piraeus.example", "windows-1253", "B"), RAHUL,
                "RE: PO 4500032240 - order acknowledgement request",
                date_hdr(2026, 12, 2, 12, 40, 9, "+0200"), "<005101db64be$0e3a4f20$2aaeed60$@pmf-piraeus.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.pmf-piraeus.example", "192.0.2.240", "Wed, 02 Dec 2026 10:40:16 +0000", "rahul.mehta@brightwater.example", "b11")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("b11")), ("Content-Language", "el")])
    eml = message(h, part)
    return Case("greek-new-price-list", "confirmation", "el-GR",
                "windows-1253 Greek, '1.280,00 €' format, one price changed by a new price list",
                [p], eml, expected("confirmation",
                                   "Line 1 as ordered; line 2 price 172,50 (was 165.00), date unchanged.",
                                   [conf(p, {1: ACC, 2: chg(p="172.50")})]))


# ---------------------------------------------------------------------------
def hu_pantograph():
    sup = supplier("PANNONAS", "Pannon Áramszedő Alkatrész Kft.", "ertekesites@pannon-aramszedo.example", "hu-HU")
    p = po("4500032252", sup, "lena", "HUF", "2026-11-30", [
        ln("TPS-GR-1200", "Tram pantograph carbon strip, 1200 mm", 30, "EA", "58500", "2026-12-18"),
        ln("TPS-SPR-K", "Pantograph strip spring kit", 30, "SET", "9800", "2026-12-18"),
    ])
    body = ("Tisztelt Vogt Asszony!\n\n"
            "Köszönjük megrendelését (4500032252). Visszaigazolásunk:\n\n"
            "1. tétel: áramszedő szénbetét 1200 mm, 30 db, egységár 58 500 Ft, szállítás: 2027. január 12.\n"
            "2. tétel: rugókészlet, 30 készlet, egységár 9 800 Ft, szállítás: 2026. december 18.\n\n"
            "Az 1. tétel csúszását a szénanyag-beszállítónk karbantartási leállása okozza.\n\n"
            "Üdvözlettel:\n"
            "Nagy Katalin\n"
            "értékesítési referens\n"
            "Pannon Áramszedő Alkatrész Kft.\n"
            "9027 Győr, Kandó Kálmán u. 11.\n"
            "Tel.: +36 96 512 430")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "hu", LENA, "2026. november 30., hétfő 15:44", "ertekesites@pannon-aramszedo.example",
                         "PO 4500032252 - order acknowledgement request", quoted, "iso-8859-2", "quoted-printable",
                         "----=_NextPart_000_0029_01DB63E1.55B6A0E0", html_lang="HU")
    h = headers(addr("Nagy Katalin", "nagy.katalin@pannon-aramszedo.example"), LENA,
                "VS: PO 4500032252 - order acknowledgement request",
                date_hdr(2026, 12, 1, 9, 55, 51, "+0100"), "<002901db63e1$55b6a0e0$0123e2a0$@pannon-aramszedo.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.pannon-aramszedo.example", "192.0.2.252", "Tue, 01 Dec 2026 08:55:58 +0000", "lena.vogt@brightwater.example", "b12")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("b12")), ("Content-Language", "hu")])
    eml = message(h, part)
    return Case("hungarian-year-first-dates", "confirmation", "hu-HU",
                "ISO-8859-2 Hungarian; year-first dates '2027. január 12.', HUF with space thousands, surname-first name",
                [p], eml, expected("confirmation",
                                   "Line 1 delivery 2027. január 12. (= 2027-01-12); line 2 as ordered. Prices 58 500 / 9 800 Ft unchanged.",
                                   [conf(p, {1: chg(d="2027-01-12"), 2: ACC})]))


# ---------------------------------------------------------------------------
def cz_ship_delivery():
    sup = supplier("STRUNOTEX", "Strunotex Luby s.r.o.", "obchod@strunotex.example", "cs-CZ")
    p = po("4500032263", sup, "tomasz", "CZK", "2026-11-27", [
        ln("TPG-VIO-BX", "Violin tuning peg, boxwood, Hill model", 800, "PCS", "42.50", "2026-12-21"),
        ln("TPG-VLA-EB", "Viola tuning peg, ebony", 300, "PCS", "61.00", "2026-12-21"),
        ln("TPG-CEL-RW", "Cello tuning peg, rosewood", 120, "PCS", "148.00", "2027-01-11"),
    ])
    body = ("Dobrý den, pane Wrene,\n\n"
            "potvrzujeme Vaši objednávku č. 4500032263:\n\n"
            "pol. 1 – kolíčky housle, zimostráz: 800 ks po 42,50 Kč\n"
            "pol. 2 – kolíčky viola, eben: 300 ks po 61,00 Kč\n"
            "pol. 3 – kolíčky violoncello, palisandr: 120 ks po 156,00 Kč (změna ceny dřeva)\n\n"
            "Expedice pol. 1 a 2 z Lubů 15. 12. 2026, dodání k Vám 18. 12. 2026.\n"
            "Pol. 3 expedujeme 5. 1. 2027, dodání 8. 1. 2027.\n\n"
            "S pozdravem\n\n"
            "Jana Dvořáková\n"
            "obchodní oddělení\n"
            "Strunotex Luby s.r.o., Zahradní 412, 351 37 Luby\n"
            "IČO: 26354728, DIČ: CZ26354728\n"
            "tel.: +420 354 591 220")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "cs", TOMASZ, "pátek 27. listopadu 2026 14:08", "obchod@strunotex.example",
                         "PO 4500032263 - order acknowledgement request", quoted, "windows-1250", "quoted-printable",
                         "----=_NextPart_000_0044_01DB632A.8D11C6E0", html_lang="CS")
    h = headers(addr("Jana Dvořáková", "dvorakova@strunotex.example", "windows-1250"), TOMASZ,
                "RE: PO 4500032263 - order acknowledgement request",
                date_hdr(2026, 11, 30, 13, 25, 7, "+0100"), "<004401db632a$8d11c6e0$a7355460$@strunotex.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.strunotex.example", "192.0.2.63", "Mon, 30 Nov 2026 12:25:14 +0000", "tomasz.wren@brightwater.example", "b13")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("b13")), ("Content-Language", "cs")])
    eml = message(h, part)
    return Case("czech-ship-and-delivery-dates", "confirmation", "cs-CZ",
                "windows-1250 Czech; both ship (expedice) and delivery (dodání) dates given, spaced dates '18. 12. 2026'",
                [p], eml, expected("confirmation",
                                   "Delivery dates win over ship dates: lines 1-2 delivered 18. 12. 2026, line 3 delivered 8. 1. 2027 at new price 156,00 Kč.",
                                   [conf(p, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18"), 3: chg(p="156.00", d="2027-01-08")})]))


# ---------------------------------------------------------------------------
def swiss_apostrophe():
    sup = supplier("RUEEGG", "Weberei-Technik Rüegg AG", "verkauf@rueegg-webtech.example", "de-CH")
    p = po("4500032271", sup, "lena", "CHF", "2026-11-27", [
        ln("LSH-RP-420", "Loom shuttle, rapier type, 420 mm, hornbeam", 25, "PCS", "186.00", "2026-12-18"),
        ln("LSH-TIP-ST", "Shuttle tips, steel, pair", 60, "PR", "14.50", "2026-12-18"),
        ln("LSH-EYE-CER", "Shuttle eye, ceramic", 100, "PCS", "6.80", "2026-12-18"),
    ])
    body = ("Grüezi Frau Vogt\n\n"
            "Besten Dank für Ihre Bestellung 4500032271, die wir wie folgt bestätigen:\n\n"
            "Pos. 1: 25 Stk. Webschützen Rapier 420 mm, Hagebuche, à CHF 186.00 - Lieferung 18.12.2026\n"
            "Pos. 2: 60 Paar Schützenspitzen Stahl, à CHF 14.50 - Lieferung 18.12.2026\n"
            "Pos. 3: 100 Stk. Fadenösen Keramik, à CHF 7.20 - Lieferung 18.12.2026\n\n"
            "Total netto CHF 6'240.00\n"
            "Bitte beachten Sie, dass der Preis der Fadenösen per 1. Dezember angepasst wurde.\n\n"
            "Freundliche Grüsse\n\n"
            "Urs Rüegg\n"
            "Weberei-Technik Rüegg AG\n"
            "Ebnaterstrasse 27, 9630 Wattwil\n"
            "Tel. +41 71 988 14 60\n"
            "CHE-108.441.276 MWST")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "de", LENA, "Freitag, 27. November 2026 09:51", "verkauf@rueegg-webtech.example",
                         "PO 4500032271 - order acknowledgement request", quoted, "iso-8859-1", "quoted-printable",
                         "_000_ZR0P278MB0901A2B3C4D5E6F7ZR0P278MB0901CHEP_", html_lang="DE-CH")
    h = headers(addr("Urs Rüegg", "urs.rueegg@rueegg-webtech.example", "iso-8859-1"), LENA,
                "AW: PO 4500032271 - order acknowledgement request",
                date_hdr(2026, 12, 1, 16, 40, 12, "+0100"), mid_outlook("b14", "chep278"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-zr0che01on2090.outbound.protection.outlook.com", "203.0.113.90", "Tue, 01 Dec 2026 15:40:19 +0000", "lena.vogt@brightwater.example", "b14")],
                after=outlook_after("b14", "PO 4500032271 - order acknowledgement request", "de-CH"))
    eml = message(h, part)
    return Case("swiss-apostrophe-total", "confirmation", "de-CH",
                "Swiss 'CHF 6'240.00' apostrophe thousands, 'à CHF' prices, one price adjusted",
                [p], eml, expected("confirmation",
                                   "Lines 1-2 as ordered; line 3 price CHF 7.20 (was 6.80). The total CHF 6'240.00 is consistent with that.",
                                   [conf(p, {1: ACC, 2: ACC, 3: chg(p="7.20")})]))


# ---------------------------------------------------------------------------
def indian_lakh():
    sup = supplier("KANPURSAD", "Kanpur Saddlery Works Pvt. Ltd.", "exports@kanpursaddlery.example", "en-IN")
    p = po("4500032283", sup, "rahul", "INR", "2026-11-26", [
        ln("HST-SS-EQ-120", "Stirrup irons, stainless steel, English, 120 mm", 400, "PR", "1180.00", "2026-12-21"),
        ln("HST-WST-BRZ", "Western stirrups, bronze-look, wooden core", 150, "PR", "1640.00", "2026-12-21"),
        ln("HST-LTH-150", "Stirrup leathers, 150 cm, havana", 400, "PR", "690.00", "2027-01-08"),
    ])
    body = ("Dear Rahul ji,\n\n"
            "Greetings from Kanpur Saddlery Works!\n\n"
            "We are pleased to confirm your PO No. 4500032283 dt. 26-11-2026 as under:\n\n"
            "Sr. | Item                     | Qty      | Rate (INR) | Amount (INR)  | Delivery\n"
            "1   | SS Stirrup Irons 120mm   | 400 prs  | 1,180.00   | 4,72,000.00   | 21-12-2026\n"
            "2   | Western Stirrups         | 150 prs  | 1,640.00   | 2,46,000.00   | 04-01-2027\n"
            "3   | Stirrup Leathers 150cm   | 400 prs  |   690.00   | 2,76,000.00   | 08-01-2027\n"
            "    | Total                    |          |            | 9,94,000.00   |\n"
            "(Rupees Nine Lakh Ninety Four Thousand only)\n\n"
            "Kindly note Sr. 2 delivery is revised due to seasoning of the wooden cores.\n\n"
            "Thanks & Regards,\n"
            "Anil Saxena\n"
            "Manager - Exports\n"
            "Kanpur Saddlery Works Pvt. Ltd.\n"
            "C-14, Panki Industrial Area, Site II, Kanpur - 208022 (U.P.)\n"
            "Mob: +91 98390 41276 | GSTIN: 09AABCK4417M1Z3")
    quoted = request_text(p, "Hello")
    attrib = "On Thu, 26 Nov 2026 at 21:05, Rahul Mehta <rahul.mehta@brightwater.example> wrote:"
    part = gmail_reply(body, attrib, quoted, boundary="000000000000a1b20b0630a4c9f2")
    h = headers("Anil Saxena <exports@kanpursaddlery.example>", RAHUL,
                "Re: PO 4500032283 - order acknowledgement request",
                date_hdr(2026, 11, 28, 12, 12, 45, "+0530"), mid_gmail("b15"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sor-f69.google.com", "209.85.220.69", "Sat, 28 Nov 2026 06:42:51 +0000", "rahul.mehta@brightwater.example", "b15")])
    eml = message(h, part)
    return Case("indian-lakh-table", "confirmation", "en-IN",
                "pipe table with lakh-grouped amounts (4,72,000.00) next to rates, dd-mm-yyyy dates",
                [p], eml, expected("confirmation",
                                   "Rates equal the PO; amounts are line totals in lakh grouping (not prices). Sr. 2 delivery revised to 04-01-2027; Sr. 1 and 3 as ordered.",
                                   [conf(p, {1: ACC, 2: chg(d="2027-01-04"), 3: ACC})]))


# ---------------------------------------------------------------------------
def fr_html_only():
    sup = supplier("TREFILCHAMP", "Tréfileries de Champagne SA", "adv@trefil-champagne.example", "fr-FR")
    p = po("4500032291", sup, "ines", "EUR", "2026-11-30", [
        ln("VTW-HT-22", "Vineyard trellis wire, high-tensile, 2.2 mm, 500 m coil", 80, "EA", "96.00", "2026-12-18"),
        ln("VTW-HT-27", "Vineyard trellis wire, high-tensile, 2.7 mm, 400 m coil", 40, "EA", "118.50", "2026-12-18"),
        ln("VTP-CLIP-100", "Trellis wire clips, box of 100", 200, "BOX", "7.40", "2026-12-18"),
    ])
    inner = ('<p class="MsoNormal">Bonjour Madame Carvalho,</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">Nous vous remercions pour votre commande n°&nbsp;4500032291 et vous confirmons&nbsp;:</p>'
             '<ul style="margin-top:0cm" type="disc">'
             '<li class="MsoNormal">80 couronnes de fil HT 2,2&nbsp;mm à 96,00&nbsp;€ HT l\'unité, livraison le vendredi 18&nbsp;décembre 2026&nbsp;;</li>'
             '<li class="MsoNormal">40 couronnes de fil HT 2,7&nbsp;mm à 118,50&nbsp;€ HT, livraison le vendredi 18&nbsp;décembre 2026&nbsp;;</li>'
             '<li class="MsoNormal">200 boîtes de clips&nbsp;: livraison le 8&nbsp;janvier, le prix passe à 7,90&nbsp;€ la boîte suite au changement de fournisseur.</li>'
             '</ul>'
             '<p class="MsoNormal">Le montant total de votre commande s\'élève donc à 14&nbsp;000,00&nbsp;€ HT.</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">Bien cordialement,</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal"><b>Sophie Marchand</b><br>Administration des ventes<br>Tréfileries de Champagne SA<br>'
             '14, rue des Vignerons &ndash; 51100 Reims<br>Tél. 03&nbsp;26&nbsp;84&nbsp;12&nbsp;90</p><p class="MsoNormal">&nbsp;</p>' +
             outlook_divider_html("fr", "Inés Carvalho <ines.carvalho@brightwater.example>", "lundi 30 novembre 2026 17:03",
                                  "adv@trefil-champagne.example", "PO 4500032291 - order acknowledgement request") +
             '<p class="MsoNormal">&nbsp;</p>' + request_html(p, "Hello"))
    part = html_part(html_doc(inner, "iso-8859-15", "FR"), "iso-8859-15", "quoted-printable")
    h = headers(addr("Sophie Marchand", "s.marchand@trefil-champagne.example"), ines("iso-8859-15"),
                "RE: PO 4500032291 - order acknowledgement request",
                date_hdr(2026, 12, 3, 9, 15, 2, "+0100"), "<007a01db6571$c2e4b8a0$48ae29e0$@trefil-champagne.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.trefil-champagne.example", "192.0.2.91", "Thu, 03 Dec 2026 08:15:09 +0000", "ines.carvalho@brightwater.example", "b16")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("b16")), ("Content-Language", "fr")])
    eml = message(h, part)
    return Case("french-html-only-bullets", "confirmation", "fr-FR",
                "HTML-only with &nbsp; inside numbers ('14&nbsp;000,00&nbsp;€'), lines identified by product, not number",
                [p], eml, expected("confirmation",
                                   "Coils of 2.2 and 2.7 mm as ordered; clips (line 3) delivered 8 janvier (-> 2027-01-08) at 7,90 € (was 7.40). Total 14 000,00 € is consistent.",
                                   [conf(p, {1: ACC, 2: ACC, 3: chg(p="7.90", d="2027-01-08")})]))


# ---------------------------------------------------------------------------
def ar_reject_line():
    sup = supplier("ALAMCUYO", "Alambres Cuyo S.A.", "ventas@alambrescuyo.example", "es-AR")
    p = po("4500032302", sup, "ines", "USD", "2026-11-27", [
        ln("VTW-ACR-24", "Vineyard trellis wire, galvanised, 2.4 mm", 2500, "KG", "1.48", "2027-01-15"),
        ln("VTP-END-ANC", "Vineyard end post anchor, screw type", 300, "EA", "6.90", "2027-01-15"),
        ln("VTW-TEN-RAT", "Wire tensioner, ratchet", 600, "EA", "1.15", "2027-01-15"),
    ])
    body = ("Hola Inés, ¿cómo estás?\n\n"
            "Te confirmo la OC 4500032302:\n"
            "- Alambre 2,4 mm: 2.500 kg a U$S 1,48/kg, despacho 15/01/2027.\n"
            "- Anclajes de cabecera: 300 u. a U$S 6,90, despacho 15/01/2027.\n"
            "- Tensores a crique: no los vamos a poder fabricar, se nos cortó la provisión de fleje. "
            "Te pido que los saques de la orden.\n\n"
            "Cualquier cosa avisame.\n"
            "Saludos,\n"
            "Martín Quiroga\n"
            "Alambres Cuyo S.A. - Carril Rodríguez Peña 2140, Maipú, Mendoza\n"
            "Tel. (0261) 497-3310")
    quoted = request_text(p, "Hello")
    attrib = "El vie, 27 nov 2026 a las 11:26, Inés Carvalho (<ines.carvalho@brightwater.example>) escribió:"
    part = gmail_reply(body, attrib, quoted, boundary="0000000000009c3e7a0630b5d1a4")
    h = headers(addr("Martín Quiroga", "ventas@alambrescuyo.example"), ines(),
                "Re: PO 4500032302 - order acknowledgement request",
                date_hdr(2026, 12, 1, 17, 20, 38, "-0300"), mid_gmail("b17"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sor-f54.google.com", "209.85.220.54", "Tue, 01 Dec 2026 20:20:44 +0000", "ines.carvalho@brightwater.example", "b17")])
    eml = message(h, part)
    return Case("argentina-usd-reject-line", "confirmation", "es-AR",
                "'U$S 1,48' dollar prices in comma-decimal; voseo 'sacalos de la orden' = reject line 3; ship dates only",
                [p], eml, expected("confirmation",
                                   "Lines 1-2 as ordered (despacho 15/01/2027 = requested date; ship date only); line 3 cannot be made -> rejected.",
                                   [conf(p, {1: ACC, 2: ACC, 3: REJ})]))


# ---------------------------------------------------------------------------
def da_inline_split():
    sup = supplier("KOMPOSTPART", "Kompostpartner ApS", "salg@kompostpartner.example", "da-DK")
    p = po("4500032315", sup, "dana", "DKK", "2026-11-30", [
        ln("CDR-360-BK", "Compost tumbler, dual chamber, 360 L", 50, "EA", "745.00", "2026-12-16"),
        ln("CDR-180-BK", "Compost tumbler, 180 L", 80, "EA", "489.00", "2026-12-16"),
        ln("CDR-THM-01", "Compost thermometer, 50 cm probe", 100, "EA", "59.00", "2026-12-16"),
    ])
    tl = table_text(p).split("\n")
    intro = ("Hello,\n\n"
             "please confirm our purchase order 4500032315 of %s line by line\n"
             "(quantity, unit price, delivery date). A short answer per line is\n"
             "enough; just reply to this e-mail.\n" % _fmt_issued(p["issued"]))
    tail = ("Currency: DKK, prices per unit of measure. Delivery DAP to:\n%s\n\nKind regards\n%s\n"
            % (", ".join(SHIP_TO), signature(p)))
    text = ("Hej Dana\n\nSvar med MK nedenfor.\n\nMvh\nMette Kjær\nKompostpartner ApS | Havnegade 40, 5000 Odense C | tlf. 66 12 48 70\n\n"
            "Den 30.11.2026 kl. 10.17 skrev Dana Ruiz:\n" + gt(intro) + "\n>\n" + gt(tl[0]) + "\n" + gt(tl[1]) + "\n"
            "MK: 30 stk. leveres 16/12, de sidste 20 stk. 12/1-2027\n" + gt(tl[2]) + "\nMK: OK\n" + gt(tl[3]) + "\n"
            "MK: OK, men prisen er nu 64,00 kr. (ny indkøbspris)\n>\n" + gt(tail) + "\n")
    part = text_part(text, "UTF-8", "quoted-printable", flowed=True, quoted=False)
    h = headers(addr("Mette Kjær", "mk@kompostpartner.example"), DANA,
                "Re: PO 4500032315 - order acknowledgement request",
                date_hdr(2026, 12, 1, 13, 22, 18, "+0100"), "<f3b9a2c1-5e7d-4a80-b6c4-91d2e3f4a5b6@kompostpartner.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.kompostpartner.example", "198.51.100.15", "Tue, 01 Dec 2026 12:22:25 +0000", "dana.ruiz@brightwater.example", "b18")],
                after=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "da")])
    eml = message(h, part)
    return Case("danish-inline-split", "confirmation", "da-DK",
                "inline 'MK:' answers between quoted table rows; split 30+20 with Danish date '12/1-2027'",
                [p], eml, expected("confirmation",
                                   "Inline answers: line 1 split 30 on 16/12 and 20 on 12/1-2027 (= 2027-01-12); line 2 OK; line 3 OK but price 64,00 (was 59.00).",
                                   [conf(p, {1: chg(sched=[(30, "2026-12-16"), (20, "2027-01-12")]), 2: ACC, 3: chg(p="64.00")})]))


CASES = [forwarded_internal_chain, mobile_toppost, html_only_table, carton_rounding, sauna_bags_week,
         kw_surcharge, nb_uke, ko_partial, big5_roc, thai_buddhist, greek_price, hu_pantograph,
         cz_ship_delivery, swiss_apostrophe, indian_lakh, fr_html_only, ar_reject_line, da_inline_split]
