"""Cases 001-018."""
from decimal import Decimal

from .common import (ACC, REJ, UNC, Chg, P, PO, Q, Raw, Supplier, Tbl, assert_wd, attach, case, conf,
                     confirmation, dec, iso_week_day, make_msgid, other, outlook_hdr, quote_request,
                     reply, request_blocks, request_message, request_table, rfc_date, render_text, h)
from . import mime
from .pdf import Writer, make_pdf
from .xlsx import make_xlsx


# ---------------------------------------------------------------------------
@case("sailing-ropes-inline-ok", "confirmation/en-GB",
      "Answers are typed inline as '<-- OK' after each quoted PO line, and one line carries an inline date change '18/12' with no year.")
def _c001():
    sup = Supplier("SOLENT", "Solent Cordage Ltd", "orders@solent-cordage.example", "en-GB")
    po = PO("4500231877", sup, "lena", "GBP", "2026-11-02", [
        (1, "SC-DYN12-100", "Dyneema SK78 halyard 12 mm, 100 m reel", 6, "ROL", "412.00", "2026-12-04"),
        (2, "SC-POLY8-200", "Polyester braid 8 mm x 200 m, navy/white", 10, "ROL", "96.50", "2026-12-04"),
        (3, "SC-SHK6-38", "Soft shackle 6 mm, 3/8 loop, 2027 spec", 120, "PCS", "7.40", "2026-12-11"),
        (4, "SC-WHP08-24", "Whipping twine 0.8 mm, 24 spools/box", 5, "BOX", "38.00", "2026-12-11"),
        (5, "SC-FEND10-15", "Fender line 10 mm x 1.5 m, spliced, pair", 20, "PAIR", "18.90", "2026-12-11"),
    ])
    t = request_table(po)
    t.notes = ["<-- OK", "<-- OK", "<-- 18/12 earliest for the soft shackles, qty and price OK", "<-- OK", "<-- OK"]
    quoted = request_blocks(po, table=t)
    body = [
        P("Hi Lena,"),
        P("Thanks for the order. I've answered against each line below (in red).\n"
          "Everything goes out on our own van as usual."),
        P("Kind regards,\nGemma"),
        P("Gemma Pryce\nSales Office | Solent Cordage Ltd\nUnit 7, Hamble Point Marina, School Lane, Hamble, Southampton SO31 4NB\n"
          "T: +44 23 8045 1190 | M: +44 7700 900 418"),
        P("Solent Cordage Ltd is registered in England and Wales, company no. 04417752. This e-mail and any attachments "
          "are confidential and intended solely for the addressee."),
    ]
    q = Q(quoted, style="outlook", hdr=outlook_hdr(po, sent="02 November 2026 08:14", to_name="Solent Cordage Orders"))
    eml = reply(po, frm=("Gemma Pryce", "gemma.pryce@solent-cordage.example"), date="2026-11-10 10:22:31 +0000",
                body=body, quote=q, client="outlook", charset="windows-1252", cte="quoted-printable", lang="en-GB")
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(date="2026-12-18"), 4: ACC, 5: ACC})],
                       "Inline '<-- OK' marks inside the quoted PO table; line 3's note gives '18/12' (no year, so the next "
                       "18 Dec after the 10 Nov mail = 2026-12-18) while quantity and price stay.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("chocolate-moulds-qty-in-words", "confirmation/es-MX",
      "Quantities are written in Spanish words ('ciento veinte piezas'), the rest is to be cancelled, and a ship date sits next to the delivery date.")
def _c002():
    sup = Supplier("MOLCAQ", "Moldes Cacao Queretaro, S.A. de C.V.", "ventas@moldescacao.example", "es-MX")
    po = PO("4500231902", sup, "marco", "USD", "2026-11-03", [
        (1, "MCQ-PC24-HRT", "Polycarbonate mould, 24 heart cavities 12x20 mm, 275x135 mm frame", 300, "PCS", "14.80", "2026-12-14"),
        (2, "MCQ-BAR100-3", "Bar mould 100 g, 3 cavities 160x80 mm", 150, "PCS", "17.25", "2026-12-14"),
        (3, "MCQ-MAG21-27", "Magnetic transfer mould, 21 cavities, 2027 series", 80, "PCS", "22.90", "2027-01-11"),
    ])
    body = [
        P("Hola Marco, buenas tardes."),
        P("Te confirmo el pedido 4500231902:"),
        P("- Partida 1 (molde corazón 24 cav.): sin cambios, las trescientas piezas salen a tiempo para el 14 de diciembre.\n"
          "- Partida 2 (tableta 100 g): de este modelo solo tenemos material para ciento veinte piezas; esas te las "
          "entregamos el 14 de diciembre al mismo precio. Las treinta restantes ya no las vamos a poder fabricar este año, "
          "por favor cancélalas de la orden.\n"
          "- Partida 3 (magnético 21 cav.): la embarcamos el 4 de enero desde Querétaro y llega a su almacén el 11 de enero, "
          "precio según orden."),
        P("Cualquier duda quedo a tus órdenes."),
        P("Saludos cordiales,\n\nFernanda Ruiz Olvera\nEjecutiva de Ventas Exportación\nMoldes Cacao Querétaro, S.A. de C.V.\n"
          "Av. 5 de Febrero 1480, Zona Industrial Benito Juárez, 76120 Querétaro, Qro., México\n"
          "Tel. +52 442 215 3870 ext. 114"),
    ]
    q = quote_request(po, "gt", attribution="El mar, 3 nov 2026 a las 2:14 a.m., Marco Bianchi "
                                            "(<marco.bianchi@kestrel-procurement.example>) escribió:")
    eml = reply(po, frm=("Fernanda Ruiz Olvera", "fernanda.ruiz@moldescacao.example"), date="2026-11-11 16:05:12 -0600",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="quoted-printable", lang="es-MX")
    assert 300 - 150 == 150 and 150 - 120 == 30
    exp = confirmation([conf(po, {1: ACC, 2: Chg(q=120), 3: ACC})],
                       "Quantities only in words: 'trescientas' = 300 (as ordered), 'ciento veinte' = 120 for line 2 with the "
                       "other thirty cancelled. Line 3 ships 4 Jan but arrives 11 Jan = requested date (delivery date wins).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pcb-drills-isshiki", "confirmation/ja-JP",
      "Japanese Shift_JIS reply where kit lines are confirmed as '一式' (one complete set), drills are counted with '本', and one set moves a week.")
def _c003():
    sup = Supplier("TOHOSK", "Toho Seimitsu Kogu K.K.", "eigyo@toho-seimitsu.example", "ja-JP")
    po = PO("4500231935", sup, "tom", "JPY", "2026-11-04", [
        (1, "TSK-KIT-A100", "PCB drill kit 0.2-3.175 mm, 1/8 shank, 100 pcs in case", 1, "SET", "48000", "2026-12-11"),
        (2, "TSK-RT-3175", "Router bit 3.175 mm x 38.1 mm, 2 flute", 200, "PCS", "680", "2026-12-11"),
        (3, "TSK-KIT-RS27", "Resharpening fixture kit, 2027 model", 1, "SET", "26000", "2026-12-18"),
    ])
    assert_wd("2026-12-11", "Fri")
    assert_wd("2026-12-25", "Fri")
    body = [
        P("Kestrel Procurement GmbH\nTom Eriksen 様"),
        P("いつも大変お世話になっております。\n東邦精密工具の佐藤でございます。"),
        P("この度はご注文書 4500231935 を頂き、誠にありがとうございます。\n下記の通りお請けいたします。"),
        P("1. TSK-KIT-A100　PCBドリルキット　　一式　　￥48,000　　納期：2026年12月11日（金）\n"
          "2. TSK-RT-3175 　ルータービット　　　200本　　@￥680　　 納期：2026年12月11日（金）\n"
          "3. TSK-KIT-RS27　再研磨治具キット　　一式　　￥26,000　　納期：2026年12月25日（金）\n"
          "　※3項は治具部品の入荷待ちのため、ご希望納期より1週間遅れとなります。"),
        P("価格は全て税抜・DAP Dresden 条件です。\n以上、何卒よろしくお願い申し上げます。"),
        P("━━━━━━━━━━━━━━━━━━━━━━\n東邦精密工具株式会社　営業部　海外営業課\n佐藤 健一（Kenichi Sato）\n"
          "〒146-0093 東京都大田区矢口2-14-8\nTEL: 03-3759-2210 / FAX: 03-3759-2211\n━━━━━━━━━━━━━━━━━━━━━━"),
    ]
    q = quote_request(po, "gt", attribution="On Wed, 04 Nov 2026 17:14:07 +0900\nTom Eriksen <tom.eriksen@kestrel-procurement.example> wrote:")
    eml = reply(po, frm=("佐藤 健一", "k.sato@toho-seimitsu.example"), date="2026-11-12 14:37:05 +0900",
                body=body, quote=q, client="other", charset="Shift_JIS", cte="base64", html=False, lang="ja-JP",
                extra_headers=["X-Mailer: Becky! ver. 2.81.04 [ja]"], msgid="<20261112143705.9C41.K.SATO@toho-seimitsu.example>")
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(date="2026-12-25")})],
                       "'一式' means one complete set = the PO's 1 SET; '200本' = 200 pieces; line 3 delivered "
                       "2026-12-25 (Fri), a week after the requested date. Prices written as ￥48,000 and @￥680.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("drippers-same-as-line-2", "confirmation/sv-SE",
      "Line 3's delivery date is only given as 'samma som rad 2', and a production week (vecka 50) is mentioned next to the real date.")
def _c004():
    sup = Supplier("DROPPN", "Droppbevattning Norden AB", "order@droppnorden.example", "sv-SE")
    po = PO("4500231961", sup, "jonas", "SEK", "2026-11-04", [
        (1, "DN-PC2-47", "Pressure compensating dripper 2 l/h, 4/7 mm barb", 5000, "PCS", "1.85", "2026-12-09"),
        (2, "DN-DL16-30-400", "Dripline 16 mm, 30 cm spacing, 400 m coil", 12, "ROL", "1240.00", "2026-12-09"),
        (3, "DN-STK4-60", "Angle stake 4 mm x 60 cm, 4-way manifold", 2000, "PCS", "2.40", "2026-12-09"),
        (4, "DN-FLT120-34", "Disc filter 120 mesh, 3/4 inch", 8, "PCS", "395.00", "2026-12-09"),
    ])
    assert_wd("2026-12-16", "Wed")
    body = [
        P("Hej Jonas,"),
        P("tack för ordern. Här kommer vår orderbekräftelse på 4500231961:"),
        P("Rad 1: OK enligt order, 5 000 st à 1,85 kr, leverans 2026-12-09.\n"
          "Rad 2: 12 rullar à 1 240,00 kr, men tidigast leverans onsdag 2026-12-16 - slangen extruderas först i vecka 50.\n"
          "Rad 3: 2 000 st à 2,40 kr, leveransdatum samma som rad 2.\n"
          "Rad 4: OK, 8 st à 395,00 kr, leverans 2026-12-09."),
        P("Priserna är exkl. moms, frakt enligt avtal (DAP Dresden)."),
        P("Med vänliga hälsningar\nKarin Lindqvist\nOrderavdelningen\nDroppbevattning Norden AB\n"
          "Industrivägen 14, 523 33 Ulricehamn\nTel 0321-179 40 | www.droppnorden.example"),
    ]
    q = quote_request(po, "gt", attribution="Den 2026-11-04 kl. 09:14, skrev Jonas Weber:")
    eml = reply(po, frm=("Karin Lindqvist", "karin.lindqvist@droppnorden.example"), date="2026-11-13 08:47:19 +0100",
                body=body, quote=q, client="thunderbird", charset="ISO-8859-1", cte="quoted-printable", html=False,
                prefix="Re: ", lang="sv-SE")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(date="2026-12-16"), 3: Chg(date="2026-12-16"), 4: ACC})],
                       "Line 3 takes its date from line 2 ('samma som rad 2') = Wednesday 2026-12-16; 'vecka 50' is the "
                       "extrusion week, not a delivery date. Swedish '5 000' and '1 240,00' number formats.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("chalk-as-per-quotation", "needs_review/en-IN",
      "Quantities and dates are confirmed but prices are 'as per our quotation Q-1234' with a request to amend the PO, so the prices are unknown.")
def _c005():
    sup = Supplier("SGCHALK", "Shree Ganesh Chalk Industries", "sales@sgchalk.example", "en-IN")
    po = PO("4500231988", sup, "priya", "USD", "2026-11-05", [
        (1, "SGC-DL-W100", "Dustless white chalk, 100 sticks/box, 10x80 mm", 400, "BOX", "1.95", "2026-12-15"),
        (2, "SGC-CL-12", "Coloured chalk, 12 colours, 12 sticks/box", 250, "BOX", "1.40", "2026-12-15"),
        (3, "SGC-JB-5", "Jumbo sidewalk chalk, 5 colours, 25 mm dia.", 120, "BOX", "3.10", "2026-12-15"),
    ])
    body = [
        P("Dear Ms. Priya,"),
        P("Greetings from Shree Ganesh Chalk Industries!"),
        P("We are in receipt of your PO No. 4500231988 dated 05/11/2026 and thank you for the same."),
        P("We confirm the quantities and the delivery date of 15/12/2026 for all 3 items. Prices will be as per our "
          "quotation Q-1234 dated 21/10/2026, kindly amend the PO accordingly and send us the revised copy for our records."),
        P("Kindly do the needful."),
        P("Thanks & Regards,\nRakesh Agarwal\nExport Manager\nShree Ganesh Chalk Industries\n"
          "Plot No. 14/2, GIDC Estate, Vatva, Ahmedabad - 382 445, Gujarat, India\nMob: +91 98250 41327"),
    ]
    q = quote_request(po, "gt", attribution="On Thu, 5 Nov 2026 at 13:44, Priya Nair <priya.nair@kestrel-procurement.example> wrote:")
    eml = reply(po, frm=("Rakesh Agarwal", "rakesh@sgchalk.example"), date="2026-11-12 11:08:44 +0530",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="quoted-printable", prefix="Re: ", lang="en-IN")
    exp = other("needs_review",
                "Quantity and date are confirmed, but the prices are only 'as per our quotation Q-1234', which is not in the "
                "mail, and the supplier asks to amend the PO, so the PO prices are evidently not accepted: a buyer cannot "
                "tell the confirmed unit prices.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("brake-discs-csv-semicolon", "confirmation/de-AT",
      "The confirmation is an Excel-style CSV attachment (semicolons, comma decimals, dotted thousands, 'KW 51/2026'), the body only hints at the changes.")
def _c006():
    sup = Supplier("STEYRBT", "Steyr Bremsentechnik GmbH", "auftrag@steyr-bremsen.example", "de-AT")
    po = PO("4500232010", sup, "jonas", "EUR", "2026-11-05", [
        (1, "SBT-BS430-45", "Brake disc 430x45 mm, ventilated, for 22.5 inch wheels", 40, "PCS", "186.40", "2026-12-07"),
        (2, "SBT-BS377-45", "Brake disc 377x45 mm, ventilated, 19.5 inch", 24, "PCS", "142.90", "2026-12-07"),
        (3, "SBT-BP29087", "Brake pad set WVA 29087, 4 pads/axle", 30, "SET", "88.60", "2026-12-14"),
    ])
    rows = [(1, "SBT-BS430-45", "Bremsscheibe 430x45 belüftet 22,5\"", 40, "Stk", Decimal("186.40"), "07.12.2026"),
            (2, "SBT-BS377-45", "Bremsscheibe 377x45 belüftet 19,5\"", 24, "Stk", Decimal("149.90"), "07.12.2026"),
            (3, "SBT-BP29087", "Bremsbelagsatz WVA 29087", 30, "Satz", Decimal("88.60"), "KW 51/2026")]

    def de(x: Decimal) -> str:
        s = f"{x:,.2f}"
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    totals = [r[3] * r[5] for r in rows]
    assert totals == [Decimal("7456.00"), Decimal("3597.60"), Decimal("2658.00")]
    csv = ["Auftragsbestätigung;AB-26-08812;;;;;;;", "Ihre Bestellung;4500232010;vom 05.11.2026;;;;;;",
           "Pos;Artikelnr;Bezeichnung;Menge;ME;Einzelpreis;Währung;Gesamtpreis;Liefertermin"]
    for r, tot in zip(rows, totals):
        desc = '"' + r[2].replace('"', '""') + '"'
        csv.append(f"{r[0]};{r[1]};{desc};{r[3]};{r[4]};{de(r[5])};EUR;{de(tot)};{r[6]}")
    csv.append(f";;;;;;Summe netto;{de(sum(totals))};")
    assert de(sum(totals)) == "13.711,60"
    csv_bytes = ("\r\n".join(csv) + "\r\n").encode("cp1252")
    assert iso_week_day(2026, 51) == "2026-12-18"
    body = [
        P("Sehr geehrter Herr Weber,"),
        P("vielen Dank für Ihre Bestellung 4500232010. Anbei erhalten Sie unsere Auftragsbestätigung AB-26-08812 "
          "als CSV-Datei für Ihren Datenimport."),
        P("Bitte beachten Sie: Pos. 2 – Preisanpassung aufgrund des Materialteuerungszuschlags (Grauguss GG20), "
          "Pos. 3 – Liefertermin lt. Tabelle."),
        P("Mit freundlichen Grüßen\n\nStefan Huber\nInnendienst / Auftragsabwicklung"),
        P("Steyr Bremsentechnik GmbH\nEnnser Straße 83, 4400 Steyr, Österreich\nT +43 7252 43 118-21 | F +43 7252 43 118-99\n"
          "FN 214563 s, LG Steyr | UID ATU56781234"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Von:", "Gesendet:", "An:", "Betreff:"), sent="Donnerstag, 5. November 2026 09:14"))
    eml = reply(po, frm=("Stefan Huber", "s.huber@steyr-bremsen.example"), date="2026-11-16 13:02:51 +0100",
                body=body, quote=q, client="outlook", charset="windows-1252", cte="quoted-printable", prefix="AW: ",
                lang="de-AT", attachments=[mime.Part("text/csv", csv_bytes, charset="windows-1252", cte="base64",
                                           filename="AB-26-08812_4500232010.csv")])
    exp = confirmation([conf(po, {1: ACC, 2: Chg(p="149.90"), 3: Chg(date="2026-12-18")})],
                       "All values are in the semicolon CSV: '149,90' is a raised price for line 2; 'KW 51/2026' without a "
                       "day = Friday 2026-12-18 for line 3; the totals column (7.456,00 etc.) is not a unit price.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("aquarium-pumps-viikko-50", "confirmation/fi-FI",
      "Finnish reply giving one delivery week 'viikko 50' for all lines plus a '+3 %' surcharge on one line.")
def _c007():
    sup = Supplier("AKVATEK", "Akvaariotekniikka Oy", "tilaukset@akvaariotekniikka.example", "fi-FI")
    po = PO("4500232033", sup, "tom", "EUR", "2026-11-05", [
        (1, "AT-P1200-24", "Aquarium pump 1200 l/h, 24V DC, 3 m cable", 60, "PCS", "54.90", "2026-12-04"),
        (2, "AT-WM3000", "Wave pump 3000 l/h, 12/24 V, magnetic mount", 25, "PCS", "89.00", "2026-12-04"),
        (3, "AT-HOSE1622", "PVC hose 16/22 mm, 5 m coil", 40, "PCS", "9.80", "2026-12-04"),
    ])
    assert iso_week_day(2026, 50) == "2026-12-11"
    assert dec("89.00") * dec("1.03") == dec("91.6700")
    body = [
        P("Hei Tom,"),
        P("kiitos tilauksesta 4500232033. Vahvistamme tilauksen seuraavasti:"),
        P("Rivi 1: 60 kpl, 54,90 €/kpl\n"
          "Rivi 2: 25 kpl, hinta 89,00 €/kpl + 3 % raaka-ainelisä\n"
          "Rivi 3: 40 kpl, 9,80 €/kpl"),
        P("Toimitus: viikko 50 (kaikki rivit samassa lähetyksessä). Valitettavasti 4.12. ei onnistu, koska "
          "pumppujen moottorit saapuvat meille vasta viikolla 49."),
        P("Ystävällisin terveisin / Best regards\nMikko Virtanen\nMyyntipäällikkö\nAkvaariotekniikka Oy\n"
          "Teollisuustie 6 B, 33330 Tampere\npuh. +358 40 718 2290"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:"), sent="torstai 5. marraskuuta 2026 10.14"))
    eml = reply(po, frm=("Mikko Virtanen", "mikko.virtanen@akvaariotekniikka.example"), date="2026-11-13 10:31:40 +0200",
                body=body, quote=q, client="outlook", charset="iso-8859-15", cte="quoted-printable", prefix="VS: ",
                lang="fi-FI")
    exp = confirmation([conf(po, {1: Chg(date="2026-12-11"), 2: Chg(p="91.67", date="2026-12-11"),
                                  3: Chg(date="2026-12-11")})],
                       "'viikko 50' with no day = Friday 2026-12-11 for every line; '+3 %' on 89,00 = 91.67; 'viikolla 49' "
                       "is when motors arrive, not a delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sewing-thread-boxes-to-pieces", "confirmation/nl-NL",
      "The supplier switches the unit from boxes to pieces and states the conversion; per box one price is unchanged and one is higher.")
def _c008():
    sup = Supplier("GARTW", "Garenhandel Twente B.V.", "verkoop@garentwente.example", "nl-NL")
    po = PO("4500232057", sup, "sophie", "EUR", "2026-11-06", [
        (1, "GT-PE120-5000-ZW", "Polyester sewing thread Nm 120, 5000 m cone, black, box of 12", 40, "BOX", "46.80", "2026-12-10"),
        (2, "GT-PE80-1000-WT", "Polyester sewing thread Nm 80, 1000 m spool, white, box of 10", 25, "BOX", "21.00", "2026-12-10"),
        (3, "GT-AR40-34", "Aramid thread Tex 40, 3/4 lb cone", 60, "PCS", "14.50", "2026-12-17"),
    ])
    assert 40 * 12 == 480 and dec("3.90") * 12 == dec("46.80")
    assert 25 * 10 == 250 and dec("2.15") * 10 == dec("21.50")
    body = [
        P("Goedemiddag Sophie,"),
        P("Hartelijk dank voor uw order 4500232057."),
        P("Per 1 december leveren wij naaigarens niet meer per doos maar per stuk (klos/kruisspoel). "
          "Wij hebben uw order daarom als volgt omgezet:"),
        P("Regel 1: 40 dozen x 12 = 480 stuks à € 3,90 per stuk, levering 10-12-2026\n"
          "Regel 2: 25 dozen x 10 = 250 stuks à € 2,15 per stuk, levering 10-12-2026\n"
          "Regel 3: 60 stuks à € 14,50, levering 17-12-2026"),
        P("Op pakbon en factuur ziet u dus stuks in plaats van dozen. Wilt u dit in uw systeem aanpassen?"),
        P("Met vriendelijke groet,\n\nBram de Vries\nBinnendienst verkoop\nGarenhandel Twente B.V.\n"
          "Havenstraat 21, 7553 GS Hengelo\nT +31 74 250 66 40 | KvK 06087123"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Van:", "Verzonden:", "Aan:", "Onderwerp:"), sent="vrijdag 6 november 2026 09:14"))
    eml = reply(po, frm=("Bram de Vries", "b.devries@garentwente.example"), date="2026-11-17 15:12:08 +0100",
                body=body, quote=q, client="outlook", charset="iso-8859-15", cte="quoted-printable", lang="nl-NL")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(p="21.50"), 3: ACC})],
                       "Unit changed from BOX to pieces with the conversion stated: line 1 480 pcs x 3,90 = 40 BOX x 46.80 "
                       "(as ordered); line 2 250 pcs x 2,15 = 25 BOX at 21.50 per box (PO 21.00). Asking to adapt the "
                       "unit in our system is not a condition on the confirmation.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cinema-seats-html-other-date", "needs_review/pl-PL",
      "The text/plain part says the order is confirmed with our dates, but the HTML part of the same mail shows delivery 15.01.2027.")
def _c009():
    sup = Supplier("FOTKIN", "Fotele Kinowe Sp. z o.o.", "zamowienia@fotelekinowe.example", "pl-PL")
    po = PO("4500232080", sup, "marco", "PLN", "2026-11-06", [
        (1, "FK-VIP27-60", "Cinema seat VIP 2027, 2 armrests, 60x105 cm, red velour", 48, "PCS", "2450.00", "2026-12-18"),
        (2, "FK-CUP-34", "Cup holder insert 3/4 ring, black", 120, "PCS", "38.50", "2026-12-18"),
        (3, "FK-ROW-NUM", "Row/seat number plate 1-24, aluminium", 200, "PCS", "12.00", "2026-12-18"),
    ])
    sig = P("Z poważaniem\nAgnieszka Wójcik\nDział Obsługi Zamówień\nFotele Kinowe Sp. z o.o.\n"
            "ul. Przemysłowa 18, 62-080 Tarnowo Podgórne\ntel. +48 61 814 27 50")
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Od:", "Wysłano:", "Do:", "Temat:"), sent="piątek, 6 listopada 2026 09:14"))
    body = [P("Dzień dobry Panie Marco,"),
            P("potwierdzamy zamówienie nr 4500232080 - ilości, ceny i terminy zgodnie z zamówieniem."), sig]
    hbody = [P("Dzień dobry Panie Marco,"),
             P("potwierdzamy zamówienie nr 4500232080 - ilości i ceny zgodnie z zamówieniem."),
             Tbl([["Poz.", "Indeks", "Ilość", "Cena netto PLN", "Termin dostawy"],
                  ["1", "FK-VIP27-60", "48 szt.", "2 450,00", "15.01.2027"],
                  ["2", "FK-CUP-34", "120 szt.", "38,50", "15.01.2027"],
                  ["3", "FK-ROW-NUM", "200 szt.", "12,00", "15.01.2027"]]),
             sig, q]
    eml = reply(po, frm=("Agnieszka Wójcik", "a.wojcik@fotelekinowe.example"), date="2026-11-18 12:40:27 +0100",
                body=body, quote=q, html_blocks=hbody, client="outlook", charset="iso-8859-2", cte="quoted-printable",
                prefix="RE: ", lang="pl-PL")
    exp = other("needs_review",
                "The plain-text part confirms 'terminy zgodnie z zamówieniem' (our 18.12.2026), the HTML part's table "
                "gives 15.01.2027 for every line: the two views of one mail contradict each other on the date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("stained-glass-dez-dates", "confirmation/pt-PT",
      "Portuguese dates written '18-dez-2026', a line split over two deliveries, a discontinued line and a furnace week as a distractor.")
def _c010():
    sup = Supplier("VITLUS", "Vitrais Lusitania, Lda.", "encomendas@vitraislusitania.example", "pt-PT")
    po = PO("4500232104", sup, "sophie", "EUR", "2026-11-09", [
        (1, "VL-CAT3-6090", "Cathedral glass 3 mm, amber, 60x90 cm sheet", 80, "PCS", "24.60", "2026-12-11"),
        (2, "VL-OPA4-3030", "Opalescent glass 4 mm, white/blue, 30x30 cm", 150, "PCS", "11.20", "2026-12-11"),
        (3, "VL-CAME-H6-2M", "Lead came H-profile 6 mm, 2 m bar", 100, "PCS", "6.75", "2026-12-18"),
        (4, "VL-SOLD6040-500", "Solder wire 60/40, 500 g reel", 20, "PCS", "18.90", "2026-12-18"),
        (5, "VL-GROZ-160", "Grozing pliers 160 mm", 10, "PCS", "14.20", "2026-12-11"),
        (6, "VL-PAT-025", "Patina black for lead came, 0.25 l bottle", 12, "PCS", "8.60", "2026-12-11"),
    ], sent="2026-11-09 09:14:07 +0100")
    body = [
        P("Cara Sophie,"),
        P("Agradecemos a vossa encomenda n.º 4500232104, que confirmamos nas seguintes condições:"),
        P("Linha 1 – vidro catedral âmbar 60x90: 80 un. a 24,60 €, entrega a 18-dez-2026 (o âmbar só sai do forno na semana 50).\n"
          "Linha 2 – vidro opalescente 30x30: conforme encomenda, entrega a 11-dez-2026.\n"
          "Linha 3 – perfil de chumbo H 6 mm: temos 60 barras em stock, entrega a 18-dez-2026; as restantes 40 barras "
          "seguem a 15-jan-2027, ao mesmo preço.\n"
          "Linha 4 – solda 60/40 em bobina de 500 g: descontinuada pelo fabricante, lamentamos mas não a podemos fornecer.\n"
          "Linhas 5 e 6 – alicates e pátina: conforme encomenda, entrega a 11-dez-2026."),
        P("Com os melhores cumprimentos,\nInês Carvalho\nDepartamento Comercial\nVitrais Lusitânia, Lda.\n"
          "Rua do Vidreiro, 112 – 2430-376 Marinha Grande, Portugal\nTel. +351 244 503 218"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("De:", "Enviado:", "Para:", "Assunto:"), sent="9 de novembro de 2026 08:14"))
    eml = reply(po, frm=("Inês Carvalho", "ines.carvalho@vitraislusitania.example"), date="2026-11-18 11:44:02 +0000",
                body=body, quote=q, client="outlook", charset="windows-1252", cte="quoted-printable", prefix="RE: ",
                lang="pt-PT")
    exp = confirmation([conf(po, {1: Chg(date="2026-12-18"), 2: ACC,
                                  3: Chg(sched=[(60, "2026-12-18"), (40, "2027-01-15")]), 4: REJ,
                                  5: ACC, 6: ACC})],
                       "Dates like '18-dez-2026' / '15-jan-2027' (Portuguese month abbreviations); line 3 is 60 + 40 bars "
                       "in two deliveries; line 4 declined; 'semana 50' is only the furnace week.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("forklift-ooo-arabic", "auto_reply/ar-AE",
      "Arabic out-of-office (windows-1256) with an English repeat, a return date and a deputy, threaded on our request.")
def _c011():
    sup = Supplier("GULFMP", "Gulf Motive Power Batteries LLC", "sales@gulfmotivepower.example", "ar-AE")
    po = PO("4500232129", sup, "jonas", "USD", "2026-11-09", [
        (1, "GMP-48V620-24", "Traction battery 48V 620Ah, 24 PzS, DIN 43536", 4, "EA", "5120.00", "2026-12-18"),
        (2, "GMP-CHG48-80", "HF charger 48V/80A, 400V 3-phase", 4, "EA", "1180.00", "2026-12-18"),
    ], sent="2026-11-09 07:02:11 +0100")
    assert_wd("2026-11-23", "Mon")
    body = [
        P("شكراً لرسالتكم."),
        P("أنا حالياً خارج المكتب في إجازة سنوية ولن أتمكن من الاطلاع على البريد الإلكتروني بشكل منتظم. "
          "سأعود إلى العمل يوم الاثنين 23 نوفمبر 2026."),
        P("للاستفسارات العاجلة بخصوص الطلبيات وعروض الأسعار، يرجى التواصل مع زميلي السيد عمر حداد "
          "على البريد omar.haddad@gulfmotivepower.example أو الهاتف 2817 543 6 971+."),
        P("Thank you for your email. I am out of the office on annual leave and will return on Monday, 23 November 2026. "
          "For urgent matters regarding orders and quotations please contact Omar Haddad "
          "(omar.haddad@gulfmotivepower.example, +971 6 543 2817)."),
        P("خالد المنصوري\nمدير المبيعات – بطاريات الرافعات الشوكية\nGulf Motive Power Batteries LLC\n"
          "المنطقة الصناعية 6، الشارقة، الإمارات العربية المتحدة"),
    ]
    eml = reply(po, frm=("خالد المنصوري", "khalid.almansoori@gulfmotivepower.example"), date="2026-11-09 10:05:33 +0400",
                body=body, client="outlook", charset="windows-1256", cte="base64", subject="رد تلقائي: " + po.subject,
                lang="ar-AE", rtl=True,
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    exp = other("auto_reply",
                "Arabic Outlook automatic reply ('رد تلقائي'): out of office until Monday 23 Nov 2026 with a deputy; "
                "it says nothing about the order even though it is threaded on the request.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("chocolate-moulds-trade-fair", "unrelated/nl-BE",
      "Marketing mail from the supplier's domain inviting to ISM 2027, full of dates, mould sizes and an early-order discount, but not about our PO.")
def _c012():
    sup = Supplier("CHOCVL", "Chocoladevormen Vlaanderen NV", "verkoop@chocovormen.example", "nl-BE")
    po = PO("4500232151", sup, "marco", "EUR", "2026-11-10", [
        (1, "CV-3D-EGG150", "3D egg mould 150 mm, 2 halves, polycarbonate", 60, "PCS", "19.40", "2026-12-15"),
        (2, "CV-PRAL32-R25", "Praline mould 32 cavities, round 25 mm", 200, "PCS", "12.60", "2026-12-15"),
    ])
    text = """Chocoladevormen Vlaanderen - nieuwsbrief november 2026

Beste klant,

Ontmoet ons op ISM Keulen 2027, van zondag 31 januari tot woensdag 3 februari 2027,
hal 10.2, stand A040.

Op onze stand tonen we de nieuwe collectie 2027:
- CV-3D-EGG180: 3D-eivorm 180 mm, 2 helften, polycarbonaat
- CV-PRAL40-H20: pralinevorm 40 holtes, hartjes 20x18 mm
- CV-BAR-MAG-3: magnetische tabletvorm 3 x 100 g voor transfervellen

Vroegboekkorting: 5 % op alle bestellingen geplaatst voor 15/12/2026, levering vanaf week 3.

Vraag vandaag nog uw gratis beursticket aan: https://www.chocovormen.example/ism2027

Tot in Keulen!
Het team van Chocoladevormen Vlaanderen
Industrieweg 44, 9160 Lokeren, België - tel. +32 9 348 71 20

U ontvangt deze e-mail omdat u klant bent van Chocoladevormen Vlaanderen NV.
Uitschrijven: https://www.chocovormen.example/nieuwsbrief/afmelden?u=4f7a21
"""
    html = """<!DOCTYPE html>
<html lang="nl-BE"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ISM Keulen 2027</title></head>
<body style="margin:0;background:#f4efe9">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#3b2417">
<tr><td style="background:#3b2417;color:#f4efe9;padding:24px;font-size:26px">Ontmoet ons op ISM Keulen 2027</td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:22px">Beste klant,<br><br>
van <b>zondag 31 januari tot woensdag 3 februari 2027</b> staan we in <b>hal 10.2, stand A040</b>.
<br><br>Op onze stand tonen we de nieuwe collectie 2027:
<ul><li><b>CV-3D-EGG180</b> &ndash; 3D-eivorm 180 mm, 2 helften, polycarbonaat</li>
<li><b>CV-PRAL40-H20</b> &ndash; pralinevorm 40 holtes, hartjes 20x18 mm</li>
<li><b>CV-BAR-MAG-3</b> &ndash; magnetische tabletvorm 3 x 100 g voor transfervellen</li></ul>
<p style="background:#f9e6c8;padding:10px"><b>Vroegboekkorting: 5&nbsp;%</b> op alle bestellingen geplaatst voor 15/12/2026,
levering vanaf week 3.</p>
<p><a href="https://www.chocovormen.example/ism2027" style="background:#b5651d;color:#fff;padding:10px 18px;text-decoration:none">Gratis beursticket aanvragen</a></p>
Tot in Keulen!<br>Het team van Chocoladevormen Vlaanderen</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#8a7a70;font-family:Arial,sans-serif">Chocoladevormen Vlaanderen NV &middot;
Industrieweg 44, 9160 Lokeren, Belgi&euml; &middot; tel. +32 9 348 71 20<br>
U ontvangt deze e-mail omdat u klant bent van Chocoladevormen Vlaanderen NV.
<a href="https://www.chocovormen.example/nieuwsbrief/afmelden?u=4f7a21">Uitschrijven</a></td></tr>
</table></td></tr></table>
<img src="https://mail.chocovormen.example/o/4f7a21.gif" width="1" height="1" alt="">
</body></html>
"""
    boundary = "_----------=_MCPart_" + h("c012", 10, "0123456789")
    hdrs = [
        "Received: from mta-07.mailer.chocovormen.example (mta-07.mailer.chocovormen.example [198.51.100.77])\r\n"
        f"\tby mx1.kestrel-procurement.example (Postfix) with ESMTPS id 4Yb7Kq2Hf1z9R\r\n\tfor <marco.bianchi@kestrel-procurement.example>; {rfc_date('2026-11-19 09:00:04 +0100')}",
        mime.addr_header("From", [mime.addr("Chocoladevormen Vlaanderen", "nieuws@chocovormen.example")]),
        mime.addr_header("Reply-To", [mime.addr(None, "verkoop@chocovormen.example")]),
        mime.addr_header("To", [mime.addr("Marco Bianchi", "marco.bianchi@kestrel-procurement.example")]),
        mime.header("Subject", "Ontmoet ons op ISM Keulen 2027 – hal 10.2, stand A040 | nieuwe vormen 2027", "utf-8", "Q"),
        f"Date: {rfc_date('2026-11-19 09:00:00 +0100')}",
        "Message-ID: <20261119080000.4f7a21.4500@mailer.chocovormen.example>",
        "List-Unsubscribe: <https://www.chocovormen.example/nieuwsbrief/afmelden?u=4f7a21>,\r\n <mailto:unsubscribe@chocovormen.example?subject=4f7a21>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "X-Campaign-ID: ism2027-nl-be",
    ]
    body = mime.Multipart("alternative", [
        mime.Part("text/plain", text, charset="utf-8", cte="quoted-printable"),
        mime.Part("text/html", html, charset="utf-8", cte="quoted-printable")], boundary)
    eml = mime.message(hdrs, body)
    exp = other("unrelated",
                "Newsletter / trade-fair invitation from the supplier's domain (ISM 2027, new item codes, a 15/12/2026 "
                "deadline, 'week 3'); it does not answer PO 4500232151.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dental-implants-exchange-ndr-de", "bounce/de-DE",
      "German Exchange NDR ('Unzustellbar') as multipart/report whose attached original request carries the full PO table with dates and prices.")
def _c013():
    sup = Supplier("ISRDENT", "Implantat-Systeme Rhein GmbH", "bestellung@isr-dental.example", "de-DE")
    po = PO("4500232177", sup, "lena", "EUR", "2026-11-10", [
        (1, "ISR-IMP41-10", "Dental implant, bone level, dia. 4.1 x 10 mm, Ti grade 4", 50, "PCS", "148.00", "2026-12-08"),
        (2, "ISR-ABT15-41", "Angled abutment 15 deg., 4.1 platform, GH 2 mm", 50, "PCS", "62.50", "2026-12-08"),
        (3, "ISR-HEAL-50-3", "Healing cap 5.0 x 3 mm", 100, "PCS", "9.80", "2026-12-08"),
    ], sent="2026-11-10 10:16:07 +0100")
    orig = request_message(po)
    rcpt = sup.email
    host = "AM0PR04MB6723.eurprd04.prod.outlook.com"
    text = f"""Ihre Nachricht hat {rcpt} nicht erreicht.

{rcpt} wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenden Sie sich an Ihren E-Mail-Administrator, wenn das Problem weiterhin besteht.

Diagnoseinformationen für Administratoren:

Generierender Server: {host}

{rcpt}
Remote Server returned '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table'

Ursprüngliche Nachrichtenkopfzeilen:

From: Lena Hartmann <lena.hartmann@kestrel-procurement.example>
To: Implantat-Systeme Rhein GmbH <{rcpt}>
Subject: {po.subject}
Date: {rfc_date(po.sent)}
Message-ID: {po.rid}
"""
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:16px;color:#212121">
<p style="font-size:20px;color:#c00000"><b>Ihre Nachricht hat {rcpt} nicht erreicht.</b></p>
<p><b>{rcpt}</b> wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.
Wenden Sie sich an Ihren E-Mail-Administrator, wenn das Problem weiterhin besteht.</p>
<p style="font-size:14px">Diagnoseinformationen für Administratoren:<br>
Generierender Server: {host}<br><br>
{rcpt}<br>
Remote Server returned '550 5.1.1 &lt;{rcpt}&gt;: Recipient address rejected: User unknown in virtual mailbox table'</p>
</div>
</body>
</html>
"""
    ds = f"""Reporting-MTA: dns;{host}
Received-From-MTA: dns;FR3P281MB1552.DEUP281.PROD.OUTLOOK.COM
Arrival-Date: {rfc_date('2026-11-10 09:16:08 +0000')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns;mx01.isr-dental.example
Diagnostic-Code: smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table
"""
    hdrs = [
        mime.addr_header("From", [mime.addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-procurement.example")]),
        mime.addr_header("To", [mime.addr("Lena Hartmann", "lena.hartmann@kestrel-procurement.example")]),
        f"Date: {rfc_date('2026-11-10 09:16:30 +0000')}",
        mime.header("Subject", "Unzustellbar: " + po.subject),
        f"Message-ID: <{h('ndr13', 8, '0123456789abcdef')}-{h('ndr13b', 4)}-{h('ndr13c', 4)}-{h('ndr13d', 4)}-{h('ndr13e', 12)}@{host}>",
        f"In-Reply-To: {po.rid}",
        f"References: {po.rid}",
        "Content-Language: de-DE",
        "X-MS-Exchange-Message-Is-Ndr:",
        "Auto-Submitted: auto-replied",
    ]
    alt = mime.Multipart("alternative", [mime.Part("text/plain", text, charset="utf-8", cte="quoted-printable"),
                                         mime.Part("text/html", html, charset="utf-8", cte="quoted-printable")],
                         "_002_" + h("ndr13alt", 30, "0123456789ABCDEF") + "_")
    rep = mime.Multipart("report", [
        alt,
        mime.Part("message/delivery-status", ds, cte="7bit"),
        mime.Part("message/rfc822", orig, cte="7bit"),
    ], "_000_" + h("ndr13rep", 30, "0123456789ABCDEF") + "_", params="report-type=delivery-status")
    eml = mime.message(hdrs, rep)
    exp = other("bounce",
                "Exchange Online non-delivery report in German ('Unzustellbar', 550 5.1.1 user unknown) with a "
                "message/delivery-status part; the attached original is our own request with the PO table and dates.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sauna-stones-prices-valid-before", "confirmation/da-DK",
      "Confirmed as ordered but with 'priserne gælder kun ved bestilling før 30.11.'; the PO was placed on 5 Nov, so the condition is already met.")
def _c014():
    sup = Supplier("NORSAUN", "Nordisk Saunasten ApS", "ordre@nordisksaunasten.example", "da-DK")
    po = PO("4500232200", sup, "tom", "DKK", "2026-11-05", [
        (1, "NS-OD1015-20", "Olivine diabase sauna stones 10-15 cm, 20 kg bag", 60, "PCS", "189.00", "2026-12-09"),
        (2, "NS-KER57-10", "Ceramic sauna stones 5x7 cm, 10 kg box", 24, "BOX", "449.00", "2026-12-09"),
        (3, "NS-JAD510-27", "Jadeite sauna stones 5/10 cm, 2027 edition, 10 kg", 10, "PCS", "1295.00", "2026-12-16"),
    ])
    body = [
        P("Hej Tom"),
        P("Tak for ordren. Vi bekræfter hermed ordre 4500232200 som bestilt:"),
        P("Pos. 1: 60 stk. olivin-diabas 10-15 cm à kr. 189,00 - levering 09.12.2026\n"
          "Pos. 2: 24 kasser keramiske sten 5x7 cm à kr. 449,00 - levering 09.12.2026\n"
          "Pos. 3: 10 stk. jadeit 5/10 cm à kr. 1.295,00 - levering 16.12.2026"),
        P("Bemærk: priserne gælder kun ved bestilling før 30.11."),
        P("Med venlig hilsen\n\nMette Kjær Sørensen\nSalg & ordrebehandling\nNordisk Saunasten ApS\n"
          "Industrivej 7, 8660 Skanderborg\nTlf. +45 86 52 19 40 · CVR 38 21 55 07"),
    ]
    q = quote_request(po, "gt", attribution="Den 5. nov. 2026 kl. 09.14 skrev Tom Eriksen <tom.eriksen@kestrel-procurement.example>:")
    eml = reply(po, frm=("Mette Kjær Sørensen", "mks@nordisksaunasten.example"), date="2026-11-12 14:20:45 +0100",
                body=body, quote=q, client="apple", charset="iso-8859-1", cte="quoted-printable", html=True,
                prefix="SV: ", lang="da-DK")
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: ACC})],
                       "Everything confirmed as ordered. 'Prices valid only if ordered before 30.11.' is not an open "
                       "condition: the order was placed on 2026-11-05 (PO date, and the reply itself is dated 12 Nov), so "
                       "the prices hold; '30.11.' is not a delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("salt-spreaders-serbian-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic (windows-1251, base64) reply with dates written '22.01.2027.' and a new manufacturer price on one line.")
def _c015():
    sup = Supplier("POSVOJ", "Posipaci Vojvodina d.o.o.", "prodaja@posipaci-vojvodina.example", "sr-RS")
    po = PO("4500232222", sup, "jonas", "EUR", "2026-11-09", [
        (1, "PV-TS15-12V", "Tractor-mounted salt spreader 1.5 m3, 12V control", 4, "PCS", "6850.00", "2027-01-15"),
        (2, "PV-DSK450-SS", "Spreading disc 450 mm, stainless steel", 10, "PCS", "318.00", "2027-01-15"),
        (3, "PV-CTRL12-27", "Control unit 12V, 2027 model, in-cab", 4, "PCS", "540.00", "2026-12-18"),
    ])
    body = [
        P("Поштовани господине Вебер,"),
        P("захваљујемо на поруџбини бр. 4500232222. Потврђујемо следеће:"),
        P("Поз. 1 – посипач соли 1,5 m3: 4 ком. по цени од 6.850,00 EUR, испорука 22.01.2027.\n"
          "Поз. 2 – диск за посипање 450 mm: у свему према поруџбини (10 ком., 318,00 EUR, 15.01.2027.).\n"
          "Поз. 3 – управљачка јединица 12V: 4 ком., испорука 18.12.2026., али по новој цени произвођача од 560,00 EUR/ком."),
        P("Молимо Вас да потврдите пријем.\n\nСрдачан поздрав,\nДраган Петровић\nКомерцијала – извоз\n"
          "Посипачи Војводина д.о.о.\nТемерински пут 52, 21000 Нови Сад, Србија\nТел: +381 21 480 37 15"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Од:", "Послато:", "За:", "Тема:"), sent="понедељак, 9. новембар 2026. 09:14"))
    eml = reply(po, frm=("Драган Петровић", "dragan.petrovic@posipaci-vojvodina.example"), date="2026-11-17 12:09:33 +0100",
                body=body, quote=q, client="outlook", charset="windows-1251", cte="base64", prefix="RE: ", lang="sr-Cyrl-RS")
    exp = confirmation([conf(po, {1: Chg(date="2027-01-22"), 2: ACC, 3: Chg(p="560.00")})],
                       "Serbian Cyrillic; dates with a trailing dot ('22.01.2027.'), dotted thousands '6.850,00'. Line 1 moves "
                       "a week, line 3 keeps its date but at a new price 560,00; 'please confirm receipt' is no condition.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("aquarium-pumps-indonesian", "confirmation/id-ID",
      "Indonesian reply with comma decimals in USD, a partial quantity with the rest cancelled, and both ETD and ETA dates.")
def _c016():
    sup = Supplier("TIRTAK", "PT Tirta Akuatik Nusantara", "penjualan@tirtaakuatik.example", "id-ID")
    po = PO("4500232245", sup, "priya", "USD", "2026-11-09", [
        (1, "TAN-AP800-2", "Aquarium air pump 800 l/h, 220-240V, 2 outlets", 200, "PCS", "11.40", "2026-12-21"),
        (2, "TAN-WM4000", "Wave maker 4000 l/h, 12/24V controller", 50, "PCS", "32.75", "2026-12-21"),
        (3, "TAN-AS46-25", "Airstone cylinder for 4/6 mm tubing, 25 mm", 1000, "PCS", "0.38", "2026-12-21"),
    ])
    body = [
        P("Yth. Ibu Priya Nair,"),
        P("Terima kasih atas PO No. 4500232245. Dengan ini kami konfirmasi sebagai berikut:"),
        P("1. TAN-AP800-2 – 200 pcs @ USD 11,40 – sesuai PO\n"
          "2. TAN-WM4000 – 50 pcs @ USD 32,75 – sesuai PO\n"
          "3. TAN-AS46-25 – stok bahan baku terbatas, kami hanya dapat memenuhi 600 pcs @ USD 0,38. "
          "Sisa 400 pcs tidak dapat kami penuhi, mohon dibatalkan."),
        P("Semua barang dikirim dalam satu kontainer dari Surabaya dengan ETD 23/11/2026 dan ETA gudang Dresden 21/12/2026."),
        P("Hormat kami,\n\nDewi Lestari\nExport Sales\nPT Tirta Akuatik Nusantara\n"
          "Jl. Rungkut Industri III No. 27, Surabaya 60293, Indonesia\nTelp. +62 31 843 1175 | WA +62 812 3177 4520"),
    ]
    q = quote_request(po, "gt", attribution="Pada tanggal Sen, 9 Nov 2026 pukul 15.14 Priya Nair "
                                            "<priya.nair@kestrel-procurement.example> menulis:")
    eml = reply(po, frm=("Dewi Lestari", "dewi.lestari@tirtaakuatik.example"), date="2026-11-12 15:26:10 +0700",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="quoted-printable", prefix="Re: ", lang="id-ID")
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(q=600)})],
                       "Indonesian: 'sesuai PO' = as ordered; line 3 only 600 of 1000 (rest cancelled). ETD 23/11 is the "
                       "ship date, ETA Dresden 21/12/2026 is the delivery date and wins; 'USD 0,38' uses a decimal comma.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("forklift-batteries-newest-on-top", "confirmation/en-US",
      "Top-posted update over an older supplier reply with other dates (1/15/2027), US month-first dates, ship vs delivery date.")
def _c017():
    sup = Supplier("GLMP", "Great Lakes Motive Power Inc.", "orders@glmotivepower.example", "en-US")
    po = PO("4500232268", sup, "lena", "USD", "2026-11-06", [
        (1, "GL-48V625-24", "Forklift battery 48V 625Ah, 24-85-13, steel tray", 3, "EA", "5480.00", "2026-12-18"),
        (2, "GL-36V750-18", "Forklift battery 36V 750Ah, 18-125-15", 2, "EA", "4920.00", "2026-12-18"),
        (3, "GL-CHG48-100", "Charger 48V/100A, 3-phase 480V input", 3, "EA", "1310.00", "2027-01-08"),
    ])
    rick = ("Rick Kowalski", "rkowalski@glmotivepower.example")
    r1_id = make_msgid("outlook365", "c017-r1", "glmotivepower.example")
    b1_id = "<po-4500232268.2@kestrel-procurement.example>"
    sig = P("Rick Kowalski\nCustomer Service Manager | Great Lakes Motive Power Inc.\n4120 Industrial Pkwy, Toledo, OH 43612\n"
            "Office (419) 555-0187 | Cell (419) 555-0142")
    oldest = Q(request_blocks(po), style="outlook", hdr=outlook_hdr(
        po, sent="Friday, November 6, 2026 3:14 AM", to_name="GLMP Orders"))
    r1 = Q([P("Hi Lena,"),
            P("Line 1: cells are on backorder, earliest ship date 1/15/2027.\nLine 2: OK for 12/18.\nLine 3: OK for 1/8/2027."),
            P("Regards,"), sig, oldest], style="outlook",
           hdr=[("From:", "Rick Kowalski <rkowalski@glmotivepower.example>"), ("Sent:", "Monday, November 9, 2026 4:12 PM"),
                ("To:", "Lena Hartmann <lena.hartmann@kestrel-procurement.example>"), ("Subject:", "RE: " + po.subject)])
    b1 = Q([P("Hi Rick,"), P("Line 1 in mid-January is too late for us, the trucks go into service before Christmas. "
                              "Is there anything you can do?"),
            P("Thanks,\nLena")], style="outlook",
           hdr=[("From:", "Lena Hartmann <lena.hartmann@kestrel-procurement.example>"),
                ("Sent:", "Tuesday, November 10, 2026 2:30 AM"),
                ("To:", "Rick Kowalski <rkowalski@glmotivepower.example>"), ("Subject:", "RE: " + po.subject)])
    b1.blocks.append(r1)
    body = [
        P("Hi Lena,"),
        P("Good news - we were able to pull cells from another build. Line 1 (3 x 48V 625Ah) will now ship 12/11 and "
          "deliver to your Dresden dock by 12/16/2026.\nLines 2 and 3 stay as I confirmed below (12/18 and 1/8), same pricing."),
        P("Thanks,"), sig,
    ]
    for dd, w in (("2026-11-06", "Fri"), ("2026-11-09", "Mon"), ("2026-11-10", "Tue"), ("2026-11-16", "Mon")):
        assert_wd(dd, w)
    eml = reply(po, frm=rick, date="2026-11-16 11:47:52 -0500", body=body, quote=b1, client="outlook365",
                charset="us-ascii", cte="7bit", html_charset="us-ascii", html_cte="quoted-printable", lang="en-US",
                in_reply_to=b1_id, references=f"{po.rid} {r1_id} {b1_id}")
    exp = confirmation([conf(po, {1: Chg(date="2026-12-16"), 2: ACC, 3: ACC})],
                       "Newest answer on top overrides the quoted older reply (1/15/2027 for line 1): ship 12/11, delivered "
                       "12/16/2026 -> 2026-12-16 (delivery wins). Lines 2 and 3 are re-confirmed by reference to the "
                       "earlier reply (12/18 and 1/8 = requested).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pcb-drills-price-per-100", "confirmation/de-DE",
      "Prices are quoted per 100 pieces in German format ('EUR 1.234,50 / 100 Stk') and one date is only 'KW 50'.")
def _c018():
    sup = Supplier("PWSCHW", "Präzisionswerkzeuge Schwarzwald GmbH", "vertrieb@pw-schwarzwald.example", "de-DE")
    po = PO("4500232290", sup, "jonas", "EUR", "2026-11-10", [
        (1, "PWS-FR20-18", "PCB router 2.0 mm, 1/8 inch shank, diamond cut", 500, "PCS", "12.10", "2026-12-04"),
        (2, "PWS-BO030-18", "PCB drill 0.30 mm, 1/8 inch shank, blue ring", 3000, "PCS", "1.42", "2026-12-04"),
        (3, "PWS-BO105-18", "PCB drill 1.05 mm, 1/8 inch shank, 38.1 mm", 1000, "PCS", "1.65", "2026-12-04"),
    ])
    assert dec("1234.50") / 100 == dec("12.345") and dec("142.00") / 100 == dec("1.42")
    assert iso_week_day(2026, 50) == "2026-12-11"
    body = [
        P("Guten Morgen Herr Weber,"),
        P("vielen Dank für Ihre Bestellung. Wir bestätigen wie folgt:"),
        Tbl([["Pos. 1", "PWS-FR20-18", "500 Stk", "EUR 1.234,50 / 100 Stk", "Liefertermin 04.12.2026"],
             ["Pos. 2", "PWS-BO030-18", "3.000 Stk", "EUR 142,00 / 100 Stk", "Liefertermin 04.12.2026"],
             ["Pos. 3", "PWS-BO105-18", "1.000 Stk", "EUR 165,00 / 100 Stk", "Liefertermin KW 50"]], header=False),
        P("Unsere Preise verstehen sich pro 100 Stück, wie in der Branche üblich. Die Preiserhöhung bei Pos. 1 ergibt "
          "sich aus den gestiegenen Diamantpreisen."),
        P("Mit freundlichen Grüßen\ni. A. Thomas Kienzle\nVertriebsinnendienst"),
        P("Präzisionswerkzeuge Schwarzwald GmbH\nGewerbestraße 9 · 78098 Triberg im Schwarzwald\nTel. +49 7722 96 41-23\n"
          "Geschäftsführer: Dipl.-Ing. Klaus Wehrle · HRB 601234 Amtsgericht Freiburg"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Von:", "Gesendet:", "An:", "Betreff:"), sent="Dienstag, 10. November 2026 09:14"))
    eml = reply(po, frm=("Thomas Kienzle", "t.kienzle@pw-schwarzwald.example"), date="2026-11-13 09:58:17 +0100",
                body=body, quote=q, client="outlook", charset="iso-8859-1", cte="quoted-printable", prefix="AW: ",
                lang="de-DE")
    exp = confirmation([conf(po, {1: Chg(p="12.345"), 2: ACC, 3: Chg(date="2026-12-11")})],
                       "Prices per 100 pieces: 1.234,50/100 = 12.345 per PCS (PO 12.10), 142,00/100 = 1.42 and "
                       "165,00/100 = 1.65 (as ordered). 'KW 50' without a day = Friday 2026-12-11.")
    return [po], eml, exp
