"""Cases 001-018."""
from . import mime
from .common import (PO, REJ, UNC, Ctx, P, Q, Raw, Sig, Supplier, T, acc, buyer, case, check_wd, chg, conf,
                     expected, iso_friday, lines, mail, outlook_header, plus_days, q_gt, q_outlook,
                     reply_subject, request_blocks, request_message, rfc_date, utc_str)
from .pdf import PdfDoc
from .xlsx import Sheet, build as build_xlsx


# ---------------------------------------------------------------------------
@case("church-candles-kw51", "confirmation/de-DE",
      "Line 3 is confirmed only as 'KW 51/2026' (Friday 18 Dec 2026) next to two lines repeated in German number format.")
def c001(c: Ctx):
    sup = Supplier("LINDNER", "Kerzenmanufaktur Lindner GmbH", "auftrag@lindner-kerzen.example", "de-DE",
                   "Ms Albrecht")
    po = PO("4500231874", sup, "hp", "EUR", "2026-11-05", lines(
        ("KL-ALT-6040", "Altar candle 60x400 mm, white, 100% stearin", 240, "EA", "6.85", "2026-12-11"),
        ("KL-OST-8025", "Paschal candle 80x250 mm, 2027 design with year numerals", 36, "EA", "24.90",
         "2027-02-26"),
        ("KL-OPF-1550", "Votive light 15/50, red sleeve, box of 100", 60, "BOX", "18.40", "2026-12-11"),
    ))
    kw51 = iso_friday(2026, 51)
    assert kw51 == "2026-12-18"
    body = [
        P("Sehr geehrte Frau Pike,"),
        P("vielen Dank für Ihre Bestellung 4500231874 vom 05.11.2026, die wir wie folgt bestätigen:"),
        P("Pos. 1  KL-ALT-6040  Altarkerze 60x400 mm weiß\n"
          "        240 Stück à 6,85 EUR, Liefertermin 11.12.2026\n\n"
          "Pos. 2  KL-OST-8025  Osterkerze 80x250 mm, Motiv 2027\n"
          "        36 Stück à 24,90 EUR, Liefertermin 26.02.2027\n\n"
          "Pos. 3  KL-OPF-1550  Opferlichter 15/50 rote Hülle, Karton à 100 St.\n"
          "        60 Kartons à 18,40 EUR, Liefertermin KW 51/2026"),
        P("Die roten Hüllen für Pos. 3 erhalten wir erst Anfang Dezember von unserem Lieferanten, daher "
          "verschiebt sich diese Position um eine Woche. Die Positionen 1 und 2 liefern wir getrennt zum "
          "jeweiligen Termin frei Haus Bristol."),
        P("Mit freundlichen Grüßen"),
        Sig("Sabine Albrecht\nAuftragsabwicklung / Innendienst\n\nKerzenmanufaktur Lindner GmbH\n"
            "Industriestraße 12 · 83026 Rosenheim · Deutschland\nTel. +49 8031 40 77-12 | Fax +49 8031 40 77-99\n"
            "www.lindner-kerzen.example\n\nGeschäftsführer: Thomas Lindner · Amtsgericht Traunstein HRB 14872 · "
            "USt-IdNr. DE131457902"),
        q_outlook(po, "de", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Sabine Albrecht", "s.albrecht@lindner-kerzen.example"), to=[buyer(po)],
               subject=reply_subject(po, "AW: "), date="2026-11-10 10:42:17 +0100", blocks=body,
               charset="iso-8859-15", lang="de-DE", reply_to=po)
    exp = expected("confirmation",
                   "German per-position confirmation sent by a colleague of the PO address. Lines 1 and 2 repeat the "
                   "PO in German format (6,85 / 24,90, 11.12.2026, 26.02.2027) and are accepted. Line 3 is dated only "
                   "'KW 51/2026', i.e. Friday of ISO week 51 = 2026-12-18, a week after the requested 2026-12-11. "
                   "Descriptions carry look-alike numbers (60x400, 15/50, 2027).",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d=kw51)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("tram-brake-pads-despatch-delivery", "confirmation/en-GB",
      "One line reads 'Despatch date: 02/12/2026   Delivery date: 07/12/2026'; the delivery date wins for both lines.")
def c002(c: Ctx):
    sup = Supplier("THAMESIDE", "Thameside Friction Products Ltd", "sales@thameside-friction.example", "en-GB",
                   "Gareth")
    po = PO("4500231902", sup, "hp", "GBP", "2026-11-06", lines(
        ("TF-BP-4410", "Brake pad set, tram bogie type B4, 24V wear sensor", 48, "SET", "186.00", "2026-12-04"),
        ("TF-BP-4412", "Brake pad, sintered, 12x20 mm pin, 2027 spec rev C", 120, "EA", "42.50", "2026-12-04"),
    ), req_time="14:05:00")
    check_wd("2026-12-02", "Wed")
    check_wd("2026-12-07", "Mon")
    body = [
        P("Hi Hannah,"),
        P("Thanks for the order. Both lines are confirmed in full at your prices (48 sets TF-BP-4410 @ "
          "£186.00 and 120 pcs TF-BP-4412 @ £42.50)."),
        P("Despatch date: 02/12/2026   Delivery date: 07/12/2026"),
        P("Sorry we can't make the 4th - the rev C pin needs a new fixture on the press and the first run "
          "is booked for w/c 23 November. Both lines will travel together on one pallet with our own "
          "vehicle, so no split delivery."),
        P("Best regards,"),
        Sig("Gareth Lloyd\nSales Office Manager\nThameside Friction Products Ltd\n"
            "Unit 7, Riverside Industrial Estate, Dartford DA1 5PS\nT: +44 (0)1322 555 214  |  M: +44 (0)7700 900 418\n"
            "Registered in England and Wales No. 04418273. Registered office as above.\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
            "received it in error please notify the sender and delete it."),
        q_outlook(po, "en", sent="06 November 2026 14:05"),
    ]
    eml = mail(c, client="outlook", frm=("Gareth Lloyd", sup.email), to=[buyer(po)],
               subject=reply_subject(po), date="2026-11-11 15:20:44 +0000", blocks=body, charset="utf-8",
               lang="en-GB", reply_to=po)
    exp = expected("confirmation",
                   "British dd/mm dates on one line: 'Despatch date: 02/12/2026   Delivery date: 07/12/2026'. The "
                   "delivery date (7 Dec 2026) is what the supplier commits to and wins over the despatch date; "
                   "'the 4th' in the prose is the requested date they cannot make. Quantities and prices as ordered.",
                   [conf(po, {1: chg(po, 1, d="2026-12-07"), 2: chg(po, 2, d="2026-12-07")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("olive-oil-tins-count-in-words", "confirmation/es-ES",
      "The reduced quantity is written only in Spanish words ('veinte cajas en lugar de veinticuatro').")
def c003(c: Ctx):
    sup = Supplier("ENVGUAD", "Envases Metálicos del Guadalquivir S.L.", "pedidos@envases-guadalquivir.example",
                   "es-ES", "Sr. Romero")
    po = PO("4500232015", sup, "mv", "EUR", "2026-11-09", lines(
        ("EMG-LT1000", "Olive oil tin 1 L, 4/0 printed, 50 tins per carton", 24, "BOX", "61.50", "2026-12-14"),
        ("EMG-LT5000", "Olive oil tin 5 L, 4/3 printed lid, 2027 harvest label", 12, "BOX", "88.20", "2026-12-14"),
        ("EMG-TAP-32", "Screw cap 32 mm, tamper-evident, 1,000 per box", 10, "BOX", "14.20", "2026-12-14"),
    ), req_time="08:40:00")
    body = [
        P("Hola Marco:"),
        P("Te confirmo el pedido 4500232015."),
        P("De las latas de 1 litro solo podemos servirte veinte cajas en lugar de veinticuatro: la hojalata "
          "litografiada de esa referencia se nos ha terminado y no vamos a fabricar más hasta febrero, así que "
          "las otras cuatro cajas las damos por anuladas. Precio y fecha de entrega sin cambios (14/12)."),
        P("Las latas de 5 litros y los tapones de 32 mm, todo conforme a pedido: mismas cantidades, mismos "
          "precios y entrega el 14/12 en Bristol."),
        P("Un saludo,"),
        Sig("Javier Romero Sánchez\nDpto. Comercial Exportación\nEnvases Metálicos del Guadalquivir S.L.\n"
            "Pol. Ind. La Isla, C/ Río Viejo 23 - 41703 Dos Hermanas (Sevilla)\nTel. +34 954 93 18 20 - "
            "Móvil +34 655 482 117"),
        q_gt(po, "El lun, 9 nov 2026 a las 9:40, Marco Vidal (<marco.vidal@kestrel-sourcing.example>) escribió:"),
    ]
    eml = mail(c, client="gmail", frm=("Javier Romero", sup.email), to=[buyer(po)], subject=reply_subject(po, "Re: "),
               date="2026-11-10 12:07:31 +0100", blocks=body, reply_to=po)
    exp = expected("confirmation",
                   "Line 1 quantity is given only in words: 'veinte cajas en lugar de veinticuatro' = 20 boxes instead "
                   "of 24, the other four explicitly cancelled; price and date (14/12 -> 2026-12-14) unchanged. "
                   "Lines 2 and 3 'todo conforme a pedido'. '4/0', '4/3', '2027' and '1 litro' are not answers.",
                   [conf(po, {1: chg(po, 1, q=20), 2: acc(po, 2), 3: acc(po, 3)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("insoles-turkish-kalem", "confirmation/tr-TR",
      "Turkish reply names the lines '1. kalem', '2. kalem', '3. kalem': one accepted, one moved to 08.01.2027, one refused.")
def c004(c: Ctx):
    sup = Supplier("ADIM", "Adım Ortopedi Tekstil San. ve Tic. A.Ş.", "satis@adimortopedi.example", "tr-TR",
                   "Ms Yılmaz")
    po = PO("4500232088", sup, "hp", "EUR", "2026-11-09", lines(
        ("AO-INS-3840", "Orthopaedic insole, sizes 38-40, 3/4 length, EVA 4 mm", 500, "PAIR", "3.20", "2026-12-15"),
        ("AO-INS-4144", "Orthopaedic insole, sizes 41-44, full length, 2027 heel cup", 400, "PAIR", "3.45",
         "2026-12-15"),
        ("AO-MET-06", "Metatarsal pad, gel, 6 mm", 1000, "PAIR", "0.85", "2026-12-15"),
    ), req_time="10:31:00")
    body = [
        P("Sayın Hannah Hanım,"),
        P("4500232088 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:"),
        P("1. kalem: 500 çift, birim fiyat 3,20 EUR, teslim tarihi 15.12.2026 - onaylandı.\n"
          "2. kalem: 400 çift, birim fiyat 3,45 EUR. Topuk kabı kalıbı yenilendiği için teslim tarihi "
          "08.01.2027 olacaktır.\n"
          "3. kalem: Jel metatarsal ped üretimini bu yıl durdurduk, bu kalemi maalesef karşılayamıyoruz."),
        P("Proforma faturayı ayrıca göndereceğiz. Herhangi bir sorunuz olursa lütfen bize bildirin."),
        P("Saygılarımızla,"),
        Sig("Elif Yılmaz\nİhracat Satış Temsilcisi\nAdım Ortopedi Tekstil San. ve Tic. A.Ş.\n"
            "Demirtaş OSB, Mustafa Karaer Cad. No: 18, 16245 Osmangazi / Bursa\nTel: +90 224 261 48 30  "
            "Gsm: +90 532 418 07 66"),
        q_outlook(po, "tr", sent="9 Kasım 2026 Pazartesi 13:31"),
    ]
    eml = mail(c, client="outlook", frm=("Elif Yılmaz", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "YNT: "), date="2026-11-12 11:05:52 +0300", blocks=body,
               charset="windows-1254", cte="base64", lang="tr-TR", reply_to=po)
    exp = expected("confirmation",
                   "Turkish line naming '1. kalem' etc. in windows-1254/base64. Kalem 1 repeats the PO (accepted); "
                   "kalem 2 keeps quantity and price but moves delivery to 08.01.2027; kalem 3 cannot be supplied "
                   "(rejected). Decimal commas (3,20) and sizes 38-40, 3/4 in the descriptions.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08"), 3: REJ})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("church-candles-italian-names-only", "confirmation/it-IT",
      "Two-line PO answered with Italian product names only (no codes, no line numbers) and day-month dates without year.")
def c005(c: Ctx):
    sup = Supplier("CERSM", "Cereria San Michele S.r.l.", "ordini@cereriasanmichele.example", "it-IT",
                   "Sig.ra Bellandi")
    po = PO("4500232140", sup, "hp", "EUR", "2026-11-09", lines(
        ("CSM-VOT-7", "Votive candle, 7-day burn, red glass 60x150 mm", 480, "EA", "2.35", "2026-12-09"),
        ("CSM-PAS-27", "Paschal candle 2027, 80x1000 mm, hand-decorated", 4, "EA", "118.00", "2027-03-05"),
    ), req_time="15:22:00")
    body = [
        P("Buongiorno Sig.ra Pike,"),
        P("grazie per l'ordine. Le confermo quanto segue:"),
        P("i lumini votivi in vetro rosso li spediamo il 7 dicembre, tutti i 480 pezzi, prezzo invariato;"),
        P("i ceri pasquali invece, essendo decorati a mano, non riusciamo a consegnarli prima del 12 marzo. "
          "Per via dell'aumento della cera d'api il prezzo diventa 124,00 € cadauno. La consegna del 12 marzo "
          "è comunque garantita, in tempo per la Settimana Santa."),
        P("Cordiali saluti"),
        Sig("Francesca Bellandi\nUfficio Commerciale\nCereria San Michele S.r.l.\nVia dei Ceri 41 - 50032 Borgo "
            "San Lorenzo (FI)\nTel. +39 055 845 9317\nP.IVA 04831270485"),
        q_gt(po, "Il giorno 9 nov 2026, alle ore 16:22, Hannah Pike <hannah.pike@kestrel-sourcing.example> ha "
                 "scritto:"),
    ]
    eml = mail(c, client="apple", frm=("Francesca Bellandi", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "Re: "), date="2026-11-13 09:48:02 +0100", blocks=body, reply_to=po)
    exp = expected("confirmation",
                   "No item codes or line numbers: 'lumini votivi in vetro rosso' = line 1 (votive candle, red glass) "
                   "and 'ceri pasquali' = line 2 (Paschal candle). Line 1: ship date 7 dicembre only (no delivery "
                   "date), year from the mail date -> 2026-12-07, qty and price unchanged. Line 2: delivery 12 marzo "
                   "-> 2027-03-12 and new price 124,00 EUR.",
                   [conf(po, {1: chg(po, 1, d="2026-12-07"), 2: chg(po, 2, p="124.00", d="2027-03-12")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("paint-rollers-price-per-pack-of-6", "confirmation/sv-SE",
      "Price quoted per pack of 6 (pack size only in the PO description) must be divided by 6; 'vecka 50' equals the requested Friday.")
def c006(c: Ctx):
    sup = Supplier("RULLM", "Rullmästarna i Borås AB", "order@rullmastarna.example", "sv-SE", "Mr Nyberg")
    po = PO("4500232177", sup, "hp", "SEK", "2026-11-10", lines(
        ("RM-R18-12", "Paint roller 18 cm, microfibre 12 mm pile, packed 6 pcs/pack", 600, "EA", "28.50",
         "2026-12-11"),
        ("RM-H25-8", "Roller frame 25 cm, 8 mm bracket, 2-component handle", 100, "EA", "64.00", "2026-12-11"),
    ))
    assert iso_friday(2026, 50) == "2026-12-11"
    body = [
        P("Hej Hannah,"),
        P("Tack för beställningen 4500232177. Vi bekräftar enligt nedan:"),
        T([["Rad", "Artikel", "Antal", "Pris", "Leverans"],
           ["1", "RM-R18-12", "600 st (100 förp.)", "177,00 kr per förpackning om 6 st", "vecka 50"],
           ["2", "RM-H25-8", "100 st", "64,00 kr/st", "vecka 50"]], pipes=True),
        P("Priset på rad 1 är justerat enligt vår nya prislista för mikrofiber som gäller från 1 november. "
          "Leverans sker fritt ert lager i Bristol."),
        P("Med vänliga hälsningar"),
        Sig("Anders Nyberg\nKundtjänst / Order\nRullmästarna i Borås AB\nSandlidsgatan 9, 504 62 Borås\n"
            "Tel 033-41 08 72\nwww.rullmastarna.example"),
        q_outlook(po, "sv", sent="den 10 november 2026 10:12"),
    ]
    eml = mail(c, client="outlook", frm=("Anders Nyberg", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "SV: "), date="2026-11-11 08:15:40 +0100", blocks=body,
               charset="iso-8859-1", lang="sv-SE", reply_to=po)
    exp = expected("confirmation",
                   "Line 1 is priced '177,00 kr per förpackning om 6 st'; the PO prices per EA and the description says "
                   "'packed 6 pcs/pack', so the unit price is 177/6 = 29.50 SEK (PO 28.50); '600 st (100 förp.)' = "
                   "the ordered 600. 'vecka 50' without a day = Friday 2026-12-11 = requested date, so line 2 is "
                   "accepted and line 1 changes only in price.",
                   [conf(po, {1: chg(po, 1, p="29.50"), 2: acc(po, 2)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("pneumatic-ticket-autoreply-pl", "auto_reply/pl-PL",
      "Polish helpdesk ticket acknowledgement that repeats the PO number, a ticket number, dates and lead times but commits to nothing.")
def c007(c: Ctx):
    sup = Supplier("PNEUMAT", "Pneumat-Tech Sp. z o.o.", "zamowienia@pneumat-tech.example", "pl-PL")
    po = PO("4500232210", sup, "ik", "EUR", "2026-11-16", lines(
        ("PT-QS-0806", "Push-in fitting straight 8 mm x G1/4, 10 bar", 500, "EA", "1.45", "2026-12-04"),
        ("PT-QL-1208", "Push-in elbow reducer 12x8 mm", 200, "EA", "2.10", "2026-12-04"),
        ("PT-SIL-38", "Silencer G3/8, sintered bronze", 150, "EA", "1.95", "2026-12-04"),
    ), req_time="07:58:00")
    txt = ("Dzień dobry,\n\n"
           "dziękujemy za wiadomość. Twoje zgłoszenie zostało zarejestrowane w naszym systemie obsługi klienta.\n\n"
           "Numer zgłoszenia: #PT-2026-118734\n"
           "Temat: Purchase order 4500232210 - request for order confirmation\n"
           "Data utworzenia: 16.11.2026 08:58\n"
           "Status: Nowe\n"
           "Priorytet: Normalny\n"
           "Dział: Sprzedaż - złączki pneumatyczne\n\n"
           "Nasz konsultant odpowie na Twoje zgłoszenie w ciągu 2 dni roboczych. Standardowy czas realizacji "
           "zamówień magazynowych wynosi 5-7 dni roboczych od potwierdzenia.\n\n"
           "Odpowiadając na tę wiadomość, prosimy nie zmieniać tematu - numer zgłoszenia w nawiasie pozwala nam "
           "przypisać korespondencję.\n\n"
           "Status zgłoszenia możesz sprawdzić pod adresem: https://pomoc.pneumat-tech.example/zgloszenia/118734\n\n"
           "Z poważaniem\n"
           "Zespół Obsługi Klienta\n"
           "Pneumat-Tech Sp. z o.o.\n"
           "ul. Przemysłowa 44, 62-080 Tarnowo Podgórne\n"
           "tel. +48 61 814 22 90\n\n"
           "Ta wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:13px;color:#333">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr>'
            '<td style="background:#0b5394;color:#fff;padding:12px;font-size:16px">Pneumat-Tech &middot; '
            'Obsługa Klienta</td></tr><tr><td style="padding:16px">\n'
            '<p>Dzień dobry,</p>\n<p>dziękujemy za wiadomość. Twoje zgłoszenie zostało zarejestrowane w naszym '
            'systemie obsługi klienta.</p>\n'
            '<table cellpadding="4" style="border-collapse:collapse">'
            '<tr><td><b>Numer zgłoszenia:</b></td><td>#PT-2026-118734</td></tr>'
            '<tr><td><b>Temat:</b></td><td>Purchase order 4500232210 - request for order confirmation</td></tr>'
            '<tr><td><b>Data utworzenia:</b></td><td>16.11.2026 08:58</td></tr>'
            '<tr><td><b>Status:</b></td><td>Nowe</td></tr><tr><td><b>Priorytet:</b></td><td>Normalny</td></tr>'
            '<tr><td><b>Dział:</b></td><td>Sprzedaż - złączki pneumatyczne</td></tr></table>\n'
            '<p>Nasz konsultant odpowie na Twoje zgłoszenie w ciągu 2 dni roboczych. Standardowy czas realizacji '
            'zamówień magazynowych wynosi 5-7 dni roboczych od potwierdzenia.</p>\n'
            '<p>Odpowiadając na tę wiadomość, prosimy nie zmieniać tematu - numer zgłoszenia w nawiasie pozwala '
            'nam przypisać korespondencję.</p>\n'
            '<p><a href="https://pomoc.pneumat-tech.example/zgloszenia/118734">Sprawdź status zgłoszenia</a></p>\n'
            '<p>Z poważaniem<br>Zespół Obsługi Klienta<br>Pneumat-Tech Sp. z o.o.<br>ul. Przemysłowa 44, '
            '62-080 Tarnowo Podgórne<br>tel. +48 61 814 22 90</p>\n'
            '<p style="font-size:11px;color:#888">Ta wiadomość została wygenerowana automatycznie. Prosimy na nią '
            'nie odpowiadać.</p></td></tr></table>\n</body></html>\n')
    eml = mail(c, client="generic", frm=("Pneumat-Tech - Biuro Obsługi Klienta", "bok@pneumat-tech.example"),
               to=[buyer(po)], subject="[#PT-2026-118734] Zgłoszenie przyjęte: Purchase order 4500232210 - request "
                                       "for order confirmation",
               date="2026-11-16 08:58:41 +0100", plain=txt, html=html, charset="iso-8859-2", reply_to=po,
               mailer="HelpDesk Pro 8.4",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("Precedence", "auto_reply"), ("Reply-To", "bok@pneumat-tech.example")])
    exp = expected("auto_reply",
                   "Ticket-system receipt in Polish (ISO-8859-2): ticket #PT-2026-118734, created 16.11.2026, "
                   "'consultant will answer within 2 working days', standard lead time 5-7 days. It quotes the PO "
                   "number and several dates but confirms nothing; Auto-Submitted header present.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("saddle-leather-see-below-forward", "needs_review/pt-BR",
      "Supplier forwards the buyer's own request back with only 'Ver abaixo.'; every date and price in the mail is ours.")
def c008(c: Ctx):
    sup = Supplier("COUROSF", "Couros Farroupilha Ltda.", "vendas@courosfarroupilha.example", "pt-BR", "Rafael")
    po = PO("4500232236", sup, "do", "USD", "2026-11-10", lines(
        ("CF-SL-35", "Saddle leather, vegetable tanned, 3.5/4.0 mm, natural", 120, "M2", "48.00", "2026-12-18"),
        ("CF-SL-25B", "Saddle leather 2.5 mm, havana brown, grade A", 80, "M2", "44.50", "2027-01-15"),
    ), req_time="11:03:00")
    fwd = Q(["---------- Mensagem encaminhada ---------",
             "De: David Osei <david.osei@kestrel-sourcing.example>",
             "Date: ter., 10 de nov. de 2026 às 08:03",
             "Subject: Purchase order 4500232236 - request for order confirmation",
             "To: <vendas@courosfarroupilha.example>"], request_blocks(po), "fwd")
    body = [P("Ver abaixo."),
            Sig("Att.,\nRafael Menezes\nComercial Exportação | Couros Farroupilha Ltda.\n"
                "Rod. RS-122, km 68 - Farroupilha/RS - CEP 95180-000\n+55 54 3261-4470 | WhatsApp +55 54 99188-2041",
                dashes=True),
            fwd]
    eml = mail(c, client="gmail", frm=("Rafael Menezes", sup.email), to=[buyer(po)],
               subject="Fwd: " + po.req_subject, date="2026-11-12 16:41:09 -0300", blocks=body, reply_to=po)
    exp = expected("needs_review",
                   "The only text of the supplier is 'Ver abaixo.' ('see below') above a forwarded copy of our own "
                   "request. All quantities, prices and dates (2026-12-18, 2027-01-15) are in our quoted text; it is "
                   "not clear whether 'see below' means 'accepted as ordered' or was just a forward, so a human has "
                   "to ask.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("vineyard-stakes-xlsx-header-row4", "confirmation/hu-HU",
      "Confirmation only in an XLSX whose header row is row 4 under a logo block; dates are Excel serials and line 4 is given per piece instead of per box of 100.")
def c009(c: Ctx):
    import datetime as dt
    from decimal import Decimal
    sup = Supplier("TOKAJSZT", "Tokaji Szőlészeti Technika Kft.", "rendeles@tokajiszolotech.example", "hu-HU",
                   "Ms Nagy")
    po = PO("4500232301", sup, "ik", "EUR", "2026-11-11", lines(
        ("TSZ-KAR-1800", "Vineyard stake, galvanised steel, 1.8 m, profile 45x30 mm", 2000, "EA", "2.95", "2027-01-29"),
        ("TSZ-KAR-2200", "Vineyard stake, galvanised steel, 2.2 m, profile 55x35 mm, 1.5 mm wall", 1500, "EA", "3.80",
         "2027-01-29"),
        ("TSZ-HOR-40", "Ground anchor 40/600 with 4 mm wire loop", 300, "EA", "4.60", "2027-01-29"),
        ("TSZ-KAP-10", "Wire clip for 2.2-3.1 mm wire, box of 100", 50, "BOX", "9.90", "2027-01-29"),
    ))
    sh = Sheet("RV-2026-0441")
    sh.logo = True
    sh.date_fmt = "yyyy.mm.dd."
    sh.widths = {1: 6, 2: 15, 3: 46, 4: 11, 5: 6, 6: 13, 7: 12, 8: 18, 9: 36}
    sh.set(1, 3, "Tokaji Szőlészeti Technika Kft.", 4)
    sh.set(2, 3, "3910 Tokaj, Ipari út 14. · Tel.: +36 47 552 418 · Adószám: 24187730-2-05")
    sh.set(3, 3, "Rendelés-visszaigazolás RV-2026/0441 · Megrendelés: 4500232301 (2026.11.11.) · Vevő: Kestrel "
                 "Sourcing Ltd", 1)
    sh.merges = ["C1:I1", "C2:I2", "C3:I3"]
    sh.row(4, ["Tétel", "Cikkszám", "Megnevezés", "Mennyiség", "Me.", "Egységár EUR", "Érték EUR",
               "Szállítási határidő", "Megjegyzés"], style=5)
    data = [
        (1, "TSZ-KAR-1800", "Szőlőkaró horganyzott 1,8 m, 45x30 profil", 2000, "db", Decimal("2.95"),
         Decimal("5900.00"), dt.date(2027, 1, 29), ""),
        (2, "TSZ-KAR-2200", "Szőlőkaró horganyzott 2,2 m, 55x35 profil, 1,5 mm fal", 1500, "db", Decimal("3.80"),
         Decimal("5700.00"), dt.date(2027, 2, 12), "55x35 alapanyag csak az 5. héttől érhető el"),
        (3, "TSZ-HOR-40", "Földhorgony 40/600, 4 mm huzalhurokkal", 300, "db", Decimal("4.60"),
         Decimal("1380.00"), dt.date(2027, 1, 29), ""),
        (4, "TSZ-KAP-10", "Huzalkapocs 2,2-3,1 mm huzalhoz", 5000, "db", Decimal("0.099"), Decimal("495.00"),
         dt.date(2027, 1, 29), "100 db/doboz"),
    ]
    for i, row in enumerate(data):
        r = 5 + i
        sh.row(r, list(row))
        sh.styles[(r, 6)] = 6 if row[5] < 1 else 3
        sh.styles[(r, 7)] = 3
    assert sum(d[3] * d[5] for d in data) == Decimal("13475.00")
    sh.set(10, 6, "Nettó összesen", 1)
    sh.set(10, 7, Decimal("13475.00"), 3)
    sh.set(12, 1, "Szállítási feltétel: DAP Bristol (Incoterms 2020) · Fizetés: 60 nap · Általános szállítási "
                  "feltételeink érvényesek.")
    xlsx = build_xlsx([sh], created="2026-11-13T12:58:00Z", creator="Nagy Katalin", stamp=(2026, 11, 13, 13, 58, 0))
    body = [
        P("Tisztelt Kowalski Asszony!"),
        P("Mellékelten küldjük a 4500232301 számú megrendelésére vonatkozó visszaigazolásunkat (RV-2026/0441). "
          "Kérjük, ellenőrizze az adatokat, és az esetleges eltérést mielőbb jelezze felénk."),
        P("Üdvözlettel:"),
        Sig("Nagy Katalin\nértékesítési asszisztens\nTokaji Szőlészeti Technika Kft.\n3910 Tokaj, Ipari út 14.\n"
            "Tel.: +36 47 552 418 | Mobil: +36 30 418 2277"),
        q_outlook(po, "hu", sent="2026. november 11., szerda 10:12"),
    ]
    att = mime.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "RV-2026-0441_4500232301.xlsx", size=True)
    eml = mail(c, client="outlook", frm=("Nagy Katalin", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "VS: "), date="2026-11-13 14:10:05 +0100", blocks=body,
               charset="iso-8859-2", lang="hu-HU", reply_to=po, attachments=[att])
    exp = expected("confirmation",
                   "Everything is in the XLSX: rows 1-3 are a logo/letterhead block, the header row is row 4, dates are "
                   "Excel date serials shown as yyyy.mm.dd. (Hungarian). Tételek 1 and 3 as ordered. Tétel 2 delivery "
                   "2027.02.12. (the note's '5. hét' is material availability). Tétel 4 is 5,000 db at 0.099 EUR per "
                   "piece = 50 boxes of 100 at 9.90 (value 495.00), i.e. as ordered.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-02-12"), 3: acc(po, 3), 4: acc(po, 4)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("lab-glassware-hebrew-ddmmyy", "confirmation/he-IL",
      "Hebrew right-to-left reply in windows-1255 with dates written dd.mm.yy (10.12.26, 24.12.26).")
def c010(c: Ctx):
    sup = Supplier("ZOHAR", "Zohar Scientific Glass Ltd", "orders@zohar-glass.example", "he-IL", "Yossi")
    po = PO("4500232350", sup, "hp", "USD", "2026-11-11", lines(
        ("ZG-BK-0250", "Beaker 250 ml, borosilicate 3.3, low form, graduated", 200, "EA", "3.10", "2026-12-10"),
        ("ZG-VF-0100", "Volumetric flask 100 ml, class A, NS 12/21 stopper", 60, "EA", "11.80", "2026-12-10"),
        ("ZG-BU-50", "Burette 50 ml, PTFE stopcock, class AS", 24, "EA", "38.00", "2026-12-10"),
    ), req_time="12:40:00")
    body = [
        P("שלום Hannah,"),
        P("תודה על הזמנת הרכש 4500232350."),
        P("שורות 1 ו-2 (כוסות כימיות 250 מ\"ל ובקבוקים מדידים 100 מ\"ל) מאושרות בכמות ובמחיר שהוזמנו, "
          "אספקה ב-10.12.26.\n"
          "שורה 3 (ZG-BU-50, בירטה 50 מ\"ל): 24 יח' במחיר 38.00 דולר ליחידה, אספקה ב-24.12.26 בגלל עיכוב "
          "במשלוח ברזי PTFE מהספק שלנו."),
        P("אשמח לעמוד לרשותך בכל שאלה."),
        P("בברכה,"),
        Sig("יוסי בן-דוד\nמנהל מכירות ייצוא\nזוהר זכוכית מדעית בע\"מ\nרח' המלאכה 14, אזור התעשייה, רחובות "
            "7670214\nטל' 08-9467720 | נייד 052-4418306"),
        q_outlook(po, "he", sent="יום רביעי 11 נובמבר 2026 14:40"),
    ]
    eml = mail(c, client="outlook", frm=("יוסי בן-דוד", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-15 10:22:37 +0200", blocks=body, charset="windows-1255", cte="quoted-printable",
               html_cte="base64", lang="he-IL", rtl=True, reply_to=po)
    exp = expected("confirmation",
                   "Hebrew RTL text (windows-1255) with two-digit years: 'אספקה ב-10.12.26' = delivery 2026-12-10 for "
                   "lines 1-2 (as ordered) and '24.12.26' = 2026-12-24 for line 3 with quantity and price unchanged. "
                   "Product names are in Hebrew; only line 3 repeats its code.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d="2026-12-24")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("kindergarten-furniture-account-blocked", "confirmation/cs-CZ",
      "Czech supplier declines the whole order because the customer account is blocked for overdue invoices: every line rejected.")
def c011(c: Ctx):
    sup = Supplier("SNMORAVA", "Školní nábytek Morava s.r.o.", "objednavky@skolninabytek-morava.example", "cs-CZ",
                   "Mr Dvořák")
    po = PO("4500232391", sup, "hp", "CZK", "2026-11-12", lines(
        ("SNM-ST-1206", "Kindergarten table 120x60 cm, height 52 cm, beech", 12, "EA", "3450.00", "2027-01-15"),
        ("SNM-ZI-26", "Kindergarten chair, seat height 26 cm, size 2", 48, "EA", "890.00", "2027-01-15"),
        ("SNM-SK-4", "Cubby shelf with 4 boxes, 2027 colour set", 6, "EA", "5200.00", "2027-01-15"),
    ), req_time="09:47:00")
    body = [
        P("Dobrý den, paní Pike,"),
        P("děkujeme za Vaši objednávku č. 4500232391 ze dne 12. 11. 2026."),
        P("Bohužel ji nemůžeme přijmout – Váš zákaznický účet je u nás zablokován z důvodu neuhrazených faktur "
          "po splatnosti (FV-2026-1187 splatná 30. 9. 2026 a FV-2026-1243 splatná 15. 10. 2026, celkem "
          "48 620,00 Kč). Objednávku proto v celém rozsahu odmítáme."),
        P("Po připsání platby na náš účet nám prosím zašlete objednávku znovu, rádi ji pak vyřídíme. Termín "
          "dodání 15. 1. 2027 by v tom případě již pravděpodobně nebyl možný."),
        P("S pozdravem"),
        Sig("Petr Dvořák\nobchodní oddělení\nŠkolní nábytek Morava s.r.o.\nPrůmyslová 1620/8, 750 02 Přerov\n"
            "tel.: +420 581 207 335, mobil: +420 603 418 772\nIČO: 27841521, DIČ: CZ27841521"),
        q_outlook(po, "cs", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Petr Dvořák", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "RE: "), date="2026-11-13 13:26:10 +0100", blocks=body,
               charset="windows-1250", lang="cs-CZ", reply_to=po)
    exp = expected("confirmation",
                   "A rejection is an answer: the whole order is declined ('v celém rozsahu odmítáme') because the "
                   "account is blocked for overdue invoices. All three lines rejected. Distractors: invoice numbers, "
                   "due dates, an amount 48 620,00 Kč and the requested date repeated as unlikely.",
                   [conf(po, {1: REJ, 2: REJ, 3: REJ})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("beard-care-plus-3-5-percent", "confirmation/fr-FR",
      "A general '+3,5 %' price increase applies to all four lines and has to be computed from the PO unit prices.")
def c012(c: Ctx):
    sup = Supplier("BARBEO", "Laboratoires Barbéo SAS", "adv@barbeo-labo.example", "fr-FR", "Ms Garnier")
    po = PO("4500232420", sup, "mv", "EUR", "2026-11-12", lines(
        ("BB-HUI-30", "Beard oil 30 ml, cedar & bergamot, amber glass with dropper", 600, "EA", "6.00", "2026-12-16"),
        ("BB-BAU-50", "Beard balm 50 ml tin, 2027 label", 400, "EA", "8.00", "2026-12-16"),
        ("BB-PEI-12", "Beard comb, pear wood, 12x4 cm", 300, "EA", "4.00", "2026-12-16"),
        ("BB-SHA-200", "Beard shampoo 200 ml, pH 5.5", 240, "EA", "10.00", "2026-12-16"),
    ), req_time="16:10:00")
    body = [
        P("Bonjour Monsieur Vidal,"),
        P("Nous accusons réception de votre commande n° 4500232420 et vous en remercions."),
        P("Suite à la hausse de nos coûts de matières premières (huiles végétales, verre ambré) et de transport, "
          "nos tarifs sont revalorisés de +3,5\u00a0% sur l'ensemble des références à compter du 1er décembre "
          "2026. Cette hausse s'applique donc à toutes les lignes de votre commande."),
        P("Les quantités sont confirmées telles que commandées et la livraison est confirmée pour le "
          "16/12/2026 à votre entrepôt de Bristol."),
        P("Nous restons à votre disposition pour tout complément d'information."),
        P("Cordialement,"),
        Sig("Claire Garnier\nAdministration des ventes\nLaboratoires Barbéo SAS\n14 rue des Teinturiers, 69007 "
            "Lyon\nTél. : +33 (0)4 78 61 29 40\nSAS au capital de 250 000 € - RCS Lyon 812 447 309"),
        q_outlook(po, "fr", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Claire Garnier", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "RE : "), date="2026-11-16 11:03:48 +0100", blocks=body,
               charset="iso-8859-15", lang="fr-FR", reply_to=po)
    exp = expected("confirmation",
                   "'+3,5 %' (with a no-break space) on all references, applied to the PO unit prices: 6.00 -> 6.21, "
                   "8.00 -> 8.28, 4.00 -> 4.14, 10.00 -> 10.35. Quantities and the 16/12/2026 delivery are confirmed "
                   "as ordered. The effective date '1er décembre 2026' is not a delivery date.",
                   [conf(po, {1: chg(po, 1, p="6.21"), 2: chg(po, 2, p="8.28"), 3: chg(po, 3, p="4.14"),
                              4: chg(po, 4, p="10.35")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("paper-straws-catalan", "confirmation/ca-ES",
      "Catalan reply naming the goods, with the quantity of line 1 in straws (20.000 unitats) instead of boxes and dates without year.")
def c013(c: Ctx):
    sup = Supplier("CANYVAL", "Canyetes de Paper del Vallès S.L.", "comandes@canyetesvalles.example", "ca-ES",
                   "Ms Puig")
    po = PO("4500232455", sup, "ik", "EUR", "2026-11-12", lines(
        ("CPV-6200", "Paper straw 6x200 mm, white, individually wrapped, box of 500", 40, "BOX", "11.50",
         "2026-12-09"),
        ("CPV-8230", "Paper straw 8x230 mm, bubble tea, 3-ply, box of 250", 30, "BOX", "9.80", "2026-12-09"),
        ("CPV-1020-S", "Paper straw 10x200 mm, striped red/white, box of 250", 20, "BOX", "8.60", "2026-12-18"),
    ), req_time="10:05:00")
    body = [
        P("Bon dia Ines,"),
        P("Et confirmo la comanda 4500232455:"),
        P("- Canyetes 6x200 blanques embolicades: 20.000 unitats (40 caixes de 500) a 11,50 € la caixa. Sortida "
          "de fàbrica el 4 de desembre i lliurament a Bristol el 9 de desembre.\n"
          "- Canyetes 8x230 per a bubble tea: les 30 caixes, però el preu passa a 10,20 € la caixa per "
          "l'augment del paper kraft. Mateix lliurament, el 9 de desembre.\n"
          "- Les ratllades vermelles i blanques de 10x200: ja no les fabriquem, ho sento molt."),
        P("Qualsevol cosa, em dius."),
        P("Salutacions,"),
        Sig("Montserrat Puig i Soler\nAtenció al client\nCanyetes de Paper del Vallès, S.L.\nCarrer de la "
            "Indústria, 57 - 08202 Sabadell (Barcelona)\nTel. 93 745 21 08", dashes=True),
        q_gt(po, "El dj., 12 de nov. 2026 a les 11:05, Ines Kowalski (<ines.kowalski@kestrel-sourcing.example>) "
                 "va escriure:"),
    ]
    eml = mail(c, client="gmail", frm=("Montserrat Puig", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "Re: "), date="2026-11-16 17:31:22 +0100", blocks=body, reply_to=po)
    exp = expected("confirmation",
                   "Catalan. Line 1 given in straws: 20.000 unitats = 40 boxes of 500 at 11,50 the box, delivery "
                   "'9 de desembre' (ship date 4 de desembre loses to the delivery date), no year -> 2026-12-09: "
                   "accepted. Line 2 same date, price 10,20 per box. Line 3 no longer made: rejected.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="10.20"), 3: REJ})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-cable-korean-weekday-dates", "confirmation/ko-KR",
      "HTML-only EUC-KR reply with ship dates like '12/18(금)' and '1/8(금)' without year, one line split in two shipments.")
def c014(c: Ctx):
    sup = Supplier("HANBIT", "Hanbit Optical Cable Co., Ltd.", "export@hanbit-cable.example", "ko-KR", "Mr Kim")
    po = PO("4500232480", sup, "hp", "USD", "2026-11-13", lines(
        ("HB-SM-24C", "Fibre optic cable, single-mode G.652D, 24 cores, loose tube, drum 2,000 m", 12000, "M",
         "0.42", "2026-12-18"),
        ("HB-SM-48C", "Fibre optic cable, 48 cores, armoured, 2027 spec", 6000, "M", "0.78", "2026-12-18"),
        ("HB-PT-LC12", "Pigtail LC/UPC 1.5 m, 12 colour set", 200, "SET", "9.60", "2026-12-11"),
    ), req_time="06:15:00")
    for d, w in (("2026-12-18", "Fri"), ("2027-01-08", "Fri"), ("2026-12-11", "Fri")):
        check_wd(d, w)
    body = [
        P("Hannah Pike 님께,"),
        P("안녕하세요. 한빛광케이블 해외영업팀 김지훈입니다.\n발주서 4500232480 잘 받았습니다. 아래와 같이 확인드립니다."),
        T([["항목", "품번", "수량", "단가 (USD)", "선적일"],
           ["1", "HB-SM-24C", "12,000 m", "0.42/m", "12/18(금)"],
           ["2", "HB-SM-48C", "4,000 m", "0.78/m", "12/18(금)"],
           ["", "", "2,000 m (잔량)", "0.78/m", "1/8(금)"],
           ["3", "HB-PT-LC12", "200 세트", "9.60/세트", "12/11(금)"]]),
        P("48심 외장 케이블은 외피 압출 라인 일정 때문에 잔량 2,000 m를 1월 첫째 주에 생산하여 1/8(금) 선적 "
          "예정입니다. 모든 선적은 부산항 출항 기준이며 선적 서류는 출항 후 메일로 보내드리겠습니다."),
        P("감사합니다.\n김지훈 드림"),
        Sig("김지훈 (Jihoon Kim) 과장\n해외영업팀 | 한빛광케이블(주)\n경기도 안산시 단원구 산단로 112\n"
            "Tel +82-31-494-2270 | Mobile +82-10-4418-2207"),
        Q(["-----Original Message-----", "From: \"Hannah Pike\" <hannah.pike@kestrel-sourcing.example>",
           "To: <export@hanbit-cable.example>", "Sent: 2026-11-13 (금) 15:15:00",
           "Subject: Purchase order 4500232480 - request for order confirmation"], request_blocks(po), "outlook"),
    ]
    eml = mail(c, client="generic", frm=("김지훈", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-17 14:09:55 +0900", blocks=body, charset="euc-kr", cte="base64", html_only=True,
               reply_to=po, mailer="Hiworks Mail v4")
    exp = expected("confirmation",
                   "Korean HTML-only mail in EUC-KR/base64. Dates are month/day with a weekday in brackets and no year: "
                   "'12/18(금)' = Friday 2026-12-18, '1/8(금)' = Friday 2027-01-08 (next such date after the mail). "
                   "They are ship dates (선적일) and, with no delivery date given, they count. Line 1 and 3 as ordered; "
                   "line 2 split 4,000 m on 2026-12-18 and 2,000 m on 2027-01-08.",
                   [conf(po, {1: acc(po, 1),
                              2: chg(po, 2, sched=[(4000, "2026-12-18"), (2000, "2027-01-08")]),
                              3: acc(po, 3)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("hotel-linen-invoice-other-po", "unrelated/ro-RO",
      "Romanian invoice mail with a PDF for an earlier PO (4500229870) from the same supplier, for similar towel items, dates and quantities.")
def c015(c: Ctx):
    sup = Supplier("TXCARP", "Textile Hoteliere Carpați S.R.L.", "vanzari@textilecarpati.example", "ro-RO",
                   "Ms Munteanu")
    po = PO("4500232512", sup, "hp", "EUR", "2026-11-13", lines(
        ("TXC-PR-70140", "Bath towel 70x140 cm, 500 g/m2, white, 2027 logo border", 600, "EA", "6.10", "2026-12-15"),
        ("TXC-PR-5090", "Hand towel 50x90 cm, 500 g/m2", 800, "EA", "3.20", "2026-12-15"),
    ))
    pdf = PdfDoc(title="Factura TXC 2026-004812", author="Textile Hoteliere Carpati SRL",
                 producer="SmartBill Facturare 4.2", creator="SmartBill", created="D:20261116101500+02'00'",
                 compress=False)
    y = 800
    pdf.text(40, y, "TEXTILE HOTELIERE CARPATI S.R.L.", 13, bold=True)
    pdf.text(40, y - 14, "Str. Zizinului 112, 500407 Brasov, Romania - CUI RO31847520 - J08/1418/2013", 8)
    pdf.text(40, y - 25, "IBAN RO49 BTRL 0080 1202 4188 3100 - Banca Transilvania", 8)
    pdf.text(360, y - 50, "FACTURA FISCALA", 14, bold=True)
    pdf.text(360, y - 66, "Seria TXC nr. 2026-004812", 10)
    pdf.text(360, y - 79, "Data emiterii: 16.11.2026", 10)
    pdf.text(360, y - 92, "Data scadentei: 15.01.2027", 10)
    pdf.text(40, y - 66, "Cumparator: KESTREL SOURCING LTD", 10, bold=True)
    pdf.text(40, y - 79, "Central Warehouse, Avonmouth Way, Bristol BS11 9YA, UK", 9)
    pdf.text(40, y - 92, "VAT GB318447126", 9)
    pdf.text(40, y - 118, "Comanda client: 4500229870 din 12.10.2026    Aviz de insotire: AV-26-1187 din 06.11.2026", 9)
    yy = pdf.table(40, y - 145, [28, 250, 36, 50, 80, 70],
                   [["Nr.", "Denumire produs", "U.M.", "Cant.", "Pret unitar EUR", "Valoare EUR"],
                    ["1", "Prosop baie 70x140 cm, 500 g/mp, alb", "buc", "400", "5,90", "2.360,00"],
                    ["2", "Prosop maini 50x90 cm, 500 g/mp", "buc", "600", "3,05", "1.830,00"],
                    ["3", "Halat baie vafa, marime L", "buc", "80", "13,40", "1.072,00"]], right={3, 4, 5})
    pdf.text(330, yy - 10, "Total fara TVA:", 10)
    pdf.text(450, yy - 10, "5.262,00 EUR", 10)
    pdf.text(330, yy - 24, "TVA:", 10)
    pdf.text(450, yy - 24, "0,00 EUR", 10)
    pdf.text(330, yy - 40, "TOTAL DE PLATA:", 11, bold=True)
    pdf.text(450, yy - 40, "5.262,00 EUR", 11, bold=True)
    pdf.text(40, yy - 70, "Export - scutit de TVA conform art. 294 alin. (1) lit. a) din Codul fiscal.", 8)
    pdf.text(40, yy - 82, "Livrare efectuata la 06.11.2026 conform CMR 0418872.", 8)
    assert 400 * 590 + 600 * 305 + 80 * 1340 == 526200
    body = [
        P("Stimată doamnă Pike,"),
        P("Vă transmitem atașat factura fiscală seria TXC nr. 2026-004812 din 16.11.2026, aferentă comenzii "
          "dumneavoastră nr. 4500229870 din 12.10.2026, livrată în data de 06.11.2026 (aviz de însoțire "
          "AV-26-1187)."),
        P("Valoare totală: 5.262,00 EUR. Termen de plată: 15.01.2027, prin transfer bancar în contul indicat pe "
          "factură."),
        P("Vă mulțumim pentru colaborare!"),
        P("Cu stimă,"),
        Sig("Ioana Munteanu\nDepartament Financiar-Contabil\nTextile Hoteliere Carpați S.R.L.\nStr. Zizinului "
            "112, 500407 Brașov\nTel. +40 268 331 742\n\nAcest mesaj este confidențial și destinat exclusiv "
            "destinatarului."),
    ]
    att = mime.attachment(pdf.to_bytes(), "application/pdf", "Factura_TXC_2026-004812.pdf")
    eml = mail(c, client="outlook", frm=("Ioana Munteanu", "facturare@textilecarpati.example"), to=[buyer(po)],
               subject="Factura TXC 2026-004812 - comanda 4500229870", date="2026-11-16 10:21:37 +0200",
               blocks=body, lang="ro-RO", attachments=[att])
    exp = expected("unrelated",
                   "An invoice (PDF) from the same supplier for an earlier order 4500229870, delivered 06.11.2026, with "
                   "towels 70x140 and 50x90 like the open PO 4500232512. It does not answer the open PO: no "
                   "threading, different PO number, invoice dates 16.11.2026 / 15.01.2027.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fish-feed-postfix-bounce", "bounce/fi-FI",
      "Finnish/English Postfix multipart/report bounce whose attached message/rfc822 original carries the full PO table.")
def c016(c: Ctx):
    sup = Supplier("KALAREHU", "Kalarehu Oy", "tilaukset@kalarehu.example", "fi-FI", "Mr Heikkinen")
    po = PO("4500232575", sup, "hp", "EUR", "2026-11-16", lines(
        ("KR-TR-45", "Trout feed pellets 4.5 mm, 44/24 protein/fat, 25 kg bag", 18, "T", "1480.00", "2026-12-07"),
        ("KR-ST-15", "Starter crumble 1.5 mm, 20 kg bag", 2, "T", "2150.00", "2026-12-07"),
    ), req_time="10:14:58")
    orig = request_message(po)
    qid = "4dKx7Q0Zr3z9Vn"
    host = "mail.kalarehu.example"
    bnd = f"{qid}.1794824103/{host}"
    note = ("Tämä on postijärjestelmä palvelimella mail.kalarehu.example.\n\n"
            "Valitettavasti viestiäsi ei voitu toimittaa yhdelle tai useammalle\n"
            "vastaanottajalle. Alkuperäinen viesti on liitteenä.\n\n"
            "Lisätietoja: postmaster@kalarehu.example. Liitä mukaan tämä ilmoitus.\n\n"
            "                   Postijärjestelmä\n\n"
            "This is the mail system at host mail.kalarehu.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "                   The mail system\n\n"
            "<tilaukset@kalarehu.example>: host lmtp.kalarehu.internal[10.0.4.12] said:\n"
            "    550 5.1.1 <tilaukset@kalarehu.example> User doesn't exist:\n"
            "    tilaukset@kalarehu.example (in reply to RCPT TO command)\n")
    p1 = mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Transfer-Encoding", "8bit")], mime.raw_lines(note.encode("utf-8")))
    p2 = mime.delivery_status(
        [("Reporting-MTA", f"dns; {host}"), ("X-Postfix-Queue-ID", qid),
         ("X-Postfix-Sender", "rfc822; hannah.pike@kestrel-sourcing.example"),
         ("Arrival-Date", "Mon, 16 Nov 2026 12:15:01 +0200 (EET)")],
        [[("Final-Recipient", "rfc822; tilaukset@kalarehu.example"),
          ("Original-Recipient", "rfc822;tilaukset@kalarehu.example"), ("Action", "failed"), ("Status", "5.1.1"),
          ("Remote-MTA", "dns; lmtp.kalarehu.internal"),
          ("Diagnostic-Code", "smtp; 550 5.1.1 <tilaukset@kalarehu.example> User doesn't\r\n"
                              "    exist: tilaukset@kalarehu.example")]])
    p3 = mime.rfc822(orig, description="Undelivered Message")
    root = mime.Part([("Content-Type", f'multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"'),
                      ("Content-Transfer-Encoding", "8bit")], parts=[p1, p2, p3], boundary=bnd,
                     preamble="This is a MIME-encapsulated message.\r\n")
    hdrs = [("Return-Path", "<>"), ("Delivered-To", "hannah.pike@kestrel-sourcing.example"),
            ("Received", f"from {host} ({host} [203.0.113.45])\r\n\tby mx1.kestrel-sourcing.example (Postfix) "
                         "with ESMTPS id 9C1E20117F\r\n\tfor <hannah.pike@kestrel-sourcing.example>; "
                         "Mon, 16 Nov 2026 10:15:04 +0000 (UTC)"),
            ("Received", f"by {host} (Postfix)\r\n\tid {qid}; Mon, 16 Nov 2026 12:15:03 +0200 (EET)"),
            ("Date", "Mon, 16 Nov 2026 12:15:03 +0200 (EET)"),
            ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "hannah.pike@kestrel-sourcing.example"), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0")]
    tail = [("Message-Id", f"<20261116101503.{qid}@{host}>")]
    eml = mime.Part(hdrs + root.headers + tail, parts=root.parts, boundary=bnd, preamble=root.preamble).to_bytes()
    exp = expected("bounce",
                   "Postfix DSN from the supplier's server with a Finnish+English notification (multipart/report: "
                   "notification, message/delivery-status 5.1.1, message/rfc822 original). The returned original is "
                   "our own request with the PO table (18 T, 1480.00, 2026-12-07 ...), not a supplier answer.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fish-feed-delivery-in-3-weeks", "confirmation/nb-NO",
      "Norwegian 'levering om 3 uker fra i dag' gives no calendar date; it is resolved from the Date header (16 Nov + 21 days).")
def c017(c: Ctx):
    sup = Supplier("HAVFOR", "Havbruk Fôr AS", "ordre@havbrukfor.example", "nb-NO", "Mr Solheim")
    po = PO("4500232560", sup, "hp", "NOK", "2026-11-13", lines(
        ("HF-LX-9", "Salmon grower feed 9 mm, 2027 formula, big bag 1,000 kg", 40, "T", "16800.00", "2026-12-04"),
        ("HF-LX-6", "Salmon grower feed 6 mm, big bag 1,000 kg", 20, "T", "17250.00", "2026-12-04"),
    ), req_time="13:20:00")
    mail_date = "2026-11-16"
    d = plus_days(mail_date, 21)
    assert d == "2026-12-07"
    body = [
        P("Hei Hannah,"),
        P("Takk for bestillingen 4500232560."),
        P("Vi bekrefter begge linjene med mengde og pris som bestilt (40 tonn 9 mm og 20 tonn 6 mm). Levering "
          "om 3 uker fra i dag, fritt levert Bristol. 4. desember rekker vi dessverre ikke, fôret produseres "
          "først i uke 48 og går med bil og ferje fra Bergen."),
        P("Med vennlig hilsen"),
        Sig("Kjetil Solheim\nSalgssjef eksport\nHavbruk Fôr AS\nSjøgata 21, 5892 Bergen\nTlf. +47 55 36 84 10 | "
            "Mob. +47 915 42 208"),
        q_outlook(po, "nb", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Kjetil Solheim", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "SV: "), date=f"{mail_date} 09:30:12 +0100", blocks=body,
               charset="iso-8859-1", lang="nb-NO", reply_to=po)
    exp = expected("confirmation",
                   "Only a relative date: 'levering om 3 uker fra i dag' (delivery in 3 weeks from today). FORMAT.md "
                   "makes the Date header the reference for relative dates, so delivery = Mon 16 Nov 2026 + 21 days "
                   "= 2026-12-07 (a Monday; not a calendar-week rule, so no Friday). 'uke 48' is production, and "
                   "'4. desember' is the requested date they cannot make. Quantity and price as ordered.",
                   [conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("hotel-linen-two-of-three-pos", "confirmation/da-DK",
      "Three open POs in pos.json; the Danish reply answers two of them (one with a revised price) and ignores the third.")
def c018(c: Ctx):
    sup = Supplier("NORDHL", "Nordisk Hotellinned A/S", "ordre@nordisk-hotellinned.example", "da-DK",
                   "Mr Kristensen")
    a = PO("4500232601", sup, "hp", "EUR", "2026-11-16", lines(
        ("NHL-LG-K300", "Bed sheet king 275x290 cm, 300 TC percale, white", 400, "EA", "11.40", "2027-01-15"),
        ("NHL-PB-5075", "Pillow case 50x75 cm, 300 TC", 800, "EA", "1.95", "2027-01-15"),
    ), req_time="08:30:00")
    b = PO("4500232602", sup, "hp", "EUR", "2026-11-16", lines(
        ("NHL-HK-70140", "Bath towel 70x140 cm, 600 gsm, white, 2027 hotel logo border", 600, "EA", "6.20",
         "2027-01-22"),
        ("NHL-HK-3050", "Guest towel 30x50 cm, 600 gsm", 1200, "EA", "1.35", "2027-01-22"),
    ), req_time="08:34:00")
    cc = PO("4500232603", sup, "hp", "EUR", "2026-11-17", lines(
        ("NHL-BK-L", "Bathrobe waffle, size L, 280 gsm", 150, "EA", "14.80", "2027-02-05"),
        ("NHL-BK-XL", "Bathrobe waffle, size XL, 280 gsm", 100, "EA", "15.30", "2027-02-05"),
    ), req_time="11:02:00")
    body = [
        P("Hej Hannah,"),
        P("Tak for jeres ordrer. Vi kan bekræfte følgende:"),
        P("Ordre 4500232601 - sengelinned:\nLagner king size 275x290 og pudebetræk 50x75 bekræftes fuldt ud med "
          "antal og priser som bestilt. Afsendelse fra Herning 08.01.2027, levering hos jer i Bristol 15.01.2027."),
        P("Ordre 4500232602 - håndklæder:\nBadehåndklæder 70x140: 600 stk. à 6,20 EUR bekræftet.\n"
          "Gæstehåndklæder 30x50: 1.200 stk. bekræftet, men prisen bliver 1,42 EUR/stk. pga. stigende garnpriser.\n"
          "Levering for begge 22.01.2027."),
        P("I er velkomne til at sende os en revideret ordre på gæstehåndklæderne."),
        P("Venlig hilsen"),
        Sig("Søren Kristensen\nKey Account Manager, Hotel & Restaurant\nNordisk Hotellinned A/S\nBirk Centerpark 24, "
            "7400 Herning\nTlf. +45 97 12 44 18 | Mobil +45 23 41 87 72"),
        q_outlook(a, "da", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Søren Kristensen", sup.email), to=[buyer(a)],
               subject=reply_subject(a, "SV: "), date="2026-11-19 14:40:26 +0100", blocks=body, charset="iso-8859-1",
               lang="da-DK", reply_to=a)
    exp = expected("confirmation",
                   "pos.json holds three POs of the same supplier; the Danish reply (threaded on the first) answers "
                   "4500232601 (all as ordered; delivery 15.01.2027 wins over dispatch 08.01.2027) and 4500232602 "
                   "(guest towels at 1,42 EUR instead of 1.35; '1.200 stk.' = 1200). 4500232603 is not mentioned and "
                   "is left out.",
                   [conf(a, {1: acc(a, 1), 2: acc(a, 2)}),
                    conf(b, {1: acc(b, 1), 2: chg(b, 2, p="1.42")})])
    return [a.json(), b.json(), cc.json()], eml, exp
