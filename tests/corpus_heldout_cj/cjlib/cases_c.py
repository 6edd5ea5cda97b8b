"""Cases 037-053."""
import html as _html

from . import mime
from .common import *  # noqa: F401,F403
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("curtain-weights-erp-pdf-flate", "confirmation/de-CH",
      "ERP mail whose only content is a Flate-compressed PDF acknowledgment with its own position numbers (10/20/30), Swiss number format and a split delivery.")
def c_ch_pdf():
    s = sup("BUEHNENAARAU", "Bühnentechnik Aarau AG", "verkauf@buehnentechnik-aarau.example", "de-CH")
    p = po("4500232203", s, "CHF", "2026-11-05", [
        L(1, "CW-BAG-500", "Bleischrotbeutel 500 g, Vorhangsaum", 400, "EA", "6.80", "2026-12-11"),
        L(2, "CW-TUBE-25", "Beschwerungsrohr Stahl 25x1.5 mm, 3 m", 24, "EA", "38.00", "2026-12-11"),
        L(3, "CW-KETTE-6", "Kugelkette 6 mm, vernickelt", 150, "M", "3.90", "2026-12-11"),
    ], buyer="jonas")
    lines = [
        "**Bühnentechnik Aarau AG",
        "Industriestrasse 22, CH-5000 Aarau  |  Tel. +41 62 555 01 40  |  MWST CHE-123.456.789",
        "",
        "**AUFTRAGSBESTÄTIGUNG  AB-2611-0458",
        "",
        "Kunde:            Halden & Rooke Trading Ltd, Unit 7, Wharf Road, Felixstowe IP11 3TN, GB",
        "Ihre Bestellung:  4500232203 vom 05.11.2026",
        "Datum:            13.11.2026        Sachbearbeiter: Urs Meier",
        "Währung:          CHF               Lieferbedingung: DAP Felixstowe (Incoterms 2020)",
        "",
        "Pos   Artikel        Bezeichnung                           Menge   ME    Preis/ME      Betrag   Liefertermin",
        "10    CW-BAG-500     Bleischrotbeutel 500 g, Vorhangsaum     400   Stk       6.95    2'780.00   11.12.2026",
        "20    CW-TUBE-25     Beschwerungsrohr Stahl 25x1.5 mm, 3 m    24   Stk      38.00      912.00   11.12.2026",
        "30    CW-KETTE-6     Kugelkette 6 mm, vernickelt             100   m         3.90      390.00   11.12.2026",
        "                     Teillieferung Rest Pos. 30               50   m         3.90      195.00   08.01.2027",
        "",
        "                                                        Total netto CHF                4'277.00",
        "",
        "Preisänderung Pos. 10: Bleipreis-Zuschlag gemäss LME ab 01.11.2026.",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
    ]
    pdf = make_pdf(lines, title="Auftragsbestaetigung AB-2611-0458", author="Abacus ERP", compress=True,
                   date="D:20261113071502+01'00'")
    txt = ("Sehr geehrte Damen und Herren\n\n"
           "Im Anhang erhalten Sie unsere Auftragsbestätigung AB-2611-0458 zu Ihrer Bestellung 4500232203.\n\n"
           "Freundliche Grüsse\nBühnentechnik Aarau AG\n\n"
           "Diese E-Mail wurde automatisch erstellt. Antworten richten Sie bitte an verkauf@buehnentechnik-aarau.example.\n")
    b = BUYERS["jonas"]
    eml = build("c037", frm=("Bühnentechnik Aarau AG", "erp-noreply@buehnentechnik-aarau.example"), to=(b[0], b[1]),
                subject="Auftragsbestätigung AB-2611-0458 zu Bestellung 4500232203", date="2026-11-13 07:15:04 +0100",
                client="erp", text=txt, charset="iso-8859-1",
                atts=[mime.attachment(pdf, "application/pdf", "AB-2611-0458.pdf")],
                extra=[("X-Mailer", "Abacus Business Software")])
    e = exp("confirmation", "Only the compressed PDF carries the answer, with ERP positions 10/20/30 mapped to PO lines by item code: "
            "pos. 10 price 6.95 (PO 6.80); pos. 20 as ordered; pos. 30 split 100 m on 11.12.2026 + 50 m on 08.01.2027. "
            "Swiss apostrophe thousands (2'780.00). No In-Reply-To: matched by PO number.",
            [conf(p, {1: C(p, 1, price="6.95"), 2: "A",
                      3: C(p, 3, s=[(100, "2026-12-11"), (50, "2027-01-08")])})])
    return [p], eml, e


@case("curtain-weights-date-from-our-mail", "needs_review/en-GB",
      "Supplier says 'we'll deliver on the date in your email' while our quoted request names two dates (11 Dec and 18 Dec).")
def c_quoted_value():
    s = sup("COVENTRIG", "Covent Rigging Supplies Ltd", "sales@coventrigging.example", "en-GB")
    p = po("4500232219", s, "GBP", "2026-11-06", [
        L(1, "CR-SHOT-1KG", "Lead shot bag 1 kg, for curtain hems", 300, "EA", "7.40", "2026-12-11"),
        L(2, "CR-BAR-25", "Curtain weight bar 25x6 mm, 2 m, galvanised", 40, "EA", "22.80", "2026-12-11"),
    ])
    note = "The curtains are being rehung over Christmas: if 11 Dec is tight, 18 Dec would also work for us - please tell us which.\n"
    body = ("Hi Helen,\n\nAll OK on quantities and prices. We'll deliver on the date in your email - the fly crew at the opera house "
            "knows our driver.\n\nCheers,")
    sig = "Dave Collins\nCovent Rigging Supplies Ltd\n41 Tower Bridge Road, London SE1 4TR\n020 7555 0142 | 07700 900142"
    eml = reply("c038", p, ("Dave Collins", "dave@coventrigging.example"), "2026-11-09 12:06:40 +0000", body,
                client="iphone", html=False, note=note, prefix="Re: ", sig=sig + "\n\nSent from my iPhone",
                attr="On 6 Nov 2026, at 09:14, Helen Marsh <helen.marsh@haldenrooke.example> wrote:")
    e = exp("needs_review", "The only dates are in our own quoted request, which offers two (11 Dec requested, 18 Dec acceptable); "
            "'the date in your email' does not say which one, so the delivery date is uncertain.")
    return [p], eml, e


@case("judo-mats-inline-answers", "confirmation/fr-BE",
      "Answers are typed inline under each quoted PO line (OK / reduced quantity / new date), so values must be tied to the right line.")
def c_inline():
    s = sup("DOJOEQ", "Dojo Équipement SRL", "commandes@dojoequipement.example", "fr-BE")
    p = po("4500232236", s, "EUR", "2026-11-09", [
        L(1, "JM-IJF-4", "Tatami judo IJF 1x1 m, 4 cm, bleu", 120, "PCS", "54.00", "2026-12-14"),
        L(2, "JM-IJF-4Y", "Tatami judo IJF 1x1 m, 4 cm, jaune", 60, "PCS", "54.00", "2026-12-14"),
        L(3, "JM-ANG-12", "Cornière de bord 12x20 cm, 2 m", 30, "PCS", "19.50", "2026-12-14"),
    ])
    answers = {1: "--> OK", 2: "--> 48 pièces seulement (fin de série), le solde de 12 pièces ne sera pas livré.",
               3: "--> OK, mais livraison le 21/12 (profilé en rupture)."}
    req = request_text(p).rstrip("\n").split("\n")
    out = []
    for l in req:
        out.append("> " + l if l else ">")
        parts = l.split()
        if parts and parts[0].isdigit() and len(parts) > 1 and parts[1].startswith("JM-"):
            out.append(answers[int(parts[0])])
    head = ("Bonjour Madame Marsh,\n\nVoici nos réponses dans le texte ci-dessous. Les prix sont confirmés.\n\n"
            "Bien à vous,\nLaurent Dubois\nDojo Équipement SRL – Chaussée de Mons 412, 1070 Anderlecht\nTél. +32 2 555 01 42\n\n"
            "Le lun. 9 nov. 2026 à 10:14, Helen Marsh <helen.marsh@haldenrooke.example> a écrit :\n")
    txt = head + "\n".join(out) + "\n"
    rows = []
    for x in p["lines"]:
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                    "<tr><td colspan=\"7\" style=\"color:#C00000\"><b>%s</b></td></tr>"
                    % (x["line"], x["item"], _html.escape(x["description"]), x["quantity"], x["uom"], x["unit_price"],
                       x["requested_date"], _html.escape(answers[x["line"]])))
    hd = html_doc("<p>Bonjour Madame Marsh,</p><p>Voici nos réponses dans le texte ci-dessous (en rouge). Les prix sont confirmés.</p>"
                  "<p>Bien à vous,<br>Laurent Dubois<br>Dojo Équipement SRL – Chaussée de Mons 412, 1070 Anderlecht<br>Tél. +32 2 555 01 42</p>"
                  "<blockquote type=\"cite\"><p>Le lun. 9 nov. 2026 à 10:14, Helen Marsh a écrit :</p>"
                  "<p>please confirm our purchase order 4500232236 dated 2026-11-09.</p><table border=\"1\">"
                  "<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price EUR</th><th>Requested</th></tr>"
                  + "".join(rows) + "</table></blockquote>")
    b = BUYERS["helen"]
    eml = build("c039", frm=("Laurent Dubois", "l.dubois@dojoequipement.example"), to=(b[0], b[1]),
                subject="Re: " + req_subject(p), date="2026-11-10 16:45:12 +0100", client="thunderbird",
                text=txt, html=hd, reply=p, lang="fr-BE")
    e = exp("confirmation", "Inline answers under the quoted lines: line 1 OK; line 2 only 48 of 60 (rest not delivered); line 3 "
            "delivery 21/12 (no year -> 2026-12-21); prices confirmed globally.",
            [conf(p, {1: "A", 2: C(p, 2, q=48), 3: C(p, 3, d="2026-12-21")})])
    return [p], eml, e


@case("press-cloths-xlsx-confirmation", "confirmation/pt-PT",
      "The answer is only in an XLSX attachment (real OOXML) with confirmed quantity, price and date columns next to the ordered ones.")
def c_xlsx():
    s = sup("PRENSASMINHO", "Prensas do Minho, Lda.", "encomendas@prensasminho.example", "pt-PT")
    p = po("4500232250", s, "EUR", "2026-11-09", [
        L(1, "PC-POL-60", "Pano de prensa poliéster 60x60 cm", 300, "PCS", "7.40", "2026-12-14"),
        L(2, "PC-POL-90", "Pano de prensa poliéster 90x90 cm", 150, "PCS", "12.90", "2026-12-14"),
        L(3, "PC-GRD-60", "Grade de madeira 60x60 cm", 40, "PCS", "28.00", "2026-12-14"),
    ], buyer="ines")
    rows = [
        ["Prensas do Minho, Lda. - Confirmação de encomenda"],
        ["Encomenda cliente", "4500232250", "", "Data", "13/11/2026"],
        [],
        ["Linha", "Artigo", "Descrição", "Qtd. encomendada", "Qtd. confirmada", "Un.", "Preço unit. EUR", "Data de entrega", "Observações"],
        [1, "PC-POL-60", "Pano de prensa poliéster 60x60 cm", 300, 300, "UN", 7.4, "14/12/2026", ""],
        [2, "PC-POL-90", "Pano de prensa poliéster 90x90 cm", 150, 150, "UN", 13.45, "14/12/2026", "novo preço do tecido"],
        [3, "PC-GRD-60", "Grade de madeira 60x60 cm", 40, 40, "UN", 28, "08/01/2027", "madeira em secagem"],
    ]
    x = make_xlsx(rows, sheet="Confirmação")
    body = "Boa tarde,\n\nSegue em anexo a confirmação da encomenda 4500232250.\n\nCumprimentos,"
    sig = "Ana Ribeiro\nDepartamento Comercial\nPrensas do Minho, Lda. | Zona Industrial de Lanheses, 4925-000 Viana do Castelo\nTel. +351 258 555 014"
    eml = reply("c040", p, ("Ana Ribeiro", "ana.ribeiro@prensasminho.example"), "2026-11-13 15:20:18 +0000", body,
                client="outlook", lang="pt", charset="iso-8859-1", sent="segunda-feira, 9 de novembro de 2026 09:14",
                atts=[mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Confirmacao_4500232250.xlsx")])
    e = exp("confirmation", "Values only in the XLSX: line 1 as ordered; line 2 price 13.45 (PO 12.90); line 3 delivery 08/01/2027 "
            "(day-first). The body just says 'see attachment'.",
            [conf(p, {1: "A", 2: C(p, 2, price="13.45"), 3: C(p, 3, d="2027-01-08")})])
    return [p], eml, e


@case("pigeon-rings-fuera-de-oficina", "auto_reply/es-MX",
      "Mexican Spanish out-of-office with an absence range (16 al 27 de noviembre) and a colleague to contact for orders.")
def c_esmx_ooo():
    s = sup("ANILLOSBAJIO", "Anillos Colombófilos del Bajío S.A. de C.V.", "ventas@anillosbajio.example", "es-MX")
    p = po("4500232263", s, "MXN", "2026-11-17", [
        L(1, "AC-2027-8", "Anillo colombófilo 2027, 8 mm, aluminio", 20000, "PCS", "2.10", "2026-12-18"),
        L(2, "AC-CHIP-2027", "Anillo electrónico 2027, 125 kHz", 1000, "PCS", "38.00", "2026-12-18"),
    ], buyer="jonas")
    txt = ("Gracias por su correo.\n\n"
           "Me encuentro fuera de la oficina del 16 al 27 de noviembre, con acceso limitado al correo electrónico. "
           "Su mensaje será atendido a mi regreso.\n\n"
           "Para pedidos, confirmaciones y fechas de entrega favor de contactar a Mariana Ruiz (mruiz@anillosbajio.example, "
           "tel. +52 477 555 0142).\n\n"
           "Saludos cordiales,\nLuis Hernández\nGerente de Ventas\nAnillos Colombófilos del Bajío S.A. de C.V.\n"
           "Blvd. Hidalgo 1520, León, Gto., México\n")
    b = BUYERS["jonas"]
    eml = build("c041", frm=("Luis Hernández", "lhernandez@anillosbajio.example"), to=(b[0], b[1]),
                subject="Respuesta automática: Order confirmation request - PO 4500232263", date="2026-11-17 03:14:31 -0600",
                client="outlook", text=txt, html=html_doc(t2h(txt), "es-MX", True), reply=p, charset="iso-8859-1",
                extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "lhernandez@anillosbajio.example")])
    e = exp("auto_reply", "Out-of-office (Auto-Submitted) naming an absence period and a deputy for confirmations; no commitment.")
    return [p], eml, e


@case("wiper-blades-two-pos-one-answered", "confirmation/nl-BE",
      "Two open POs of the same supplier; the reply answers one and only says the other will follow later (left out).")
def c_twopo():
    s = sup("RETROWISSER", "Retro Wisser BV", "verkoop@retrowisser.example", "nl-BE")
    pa = po("4500232270", s, "EUR", "2026-11-09", [
        L(1, "WB-12-BLK", "Wisserblad 12 in (305 mm) zwart, VW Kever 1960-1967", 200, "PCS", "9.40", "2026-12-11"),
        L(2, "WB-MOT-6V", "Wissermotor 6V, gereviseerd", 12, "EA", "145.00", "2026-12-18"),
    ], buyer="jonas")
    pb = po("4500232281", s, "EUR", "2026-11-10", [
        L(1, "WB-14-CHR", "Wisserblad 14 in (355 mm) chroom, MG B 1962-1980", 150, "PCS", "11.20", "2026-12-11"),
        L(2, "WB-REF-6", "Wisserrubber navulling 6 mm, rol 25 m", 8, "ROL", "36.00", "2026-12-11"),
    ], buyer="jonas")
    body = ("Dag Jonas,\n\n"
            "Bestelling 4500232281 is in orde:\n"
            "- 150 stuks WB-14-CHR aan € 11,20, levering 11/12/2026\n"
            "- 8 rollen WB-REF-6 aan € 36,00, levering 18/12/2026 (rubber komt binnen in week 50)\n\n"
            "Voor bestelling 4500232270 wachten we nog op een prijs van onze leverancier van de motoren; daarover volgt later "
            "deze week een aparte bevestiging.\n\n"
            "Groeten,")
    sig = "Bart Peeters\nRetro Wisser BV\nNijverheidsstraat 27, 2160 Wommelgem\nT +32 3 555 01 42"
    eml = reply("c042", pb, ("Bart Peeters", "bart@retrowisser.example"), "2026-11-12 10:58:21 +0100", body,
                client="outlook", lang="nl", prefix="RE: ", sent="dinsdag 10 november 2026 10:14")
    e = exp("confirmation", "Only PO 4500232281 is answered (line 1 as ordered, line 2 delivery 18/12/2026; 'week 50' is when the "
            "rubber arrives, not a delivery date). PO 4500232270 is only mentioned ('aparte bevestiging volgt') and is left out.",
            [conf(pb, {1: "A", 2: C(pb, 2, d="2026-12-18")})])
    return [pa, pb], eml, e


@case("rail-grease-per-kg-vs-tonne", "confirmation/cs-CZ",
      "Czech reply prices the grease per kg (102,50 Kč/kg) while the PO is per tonne, and gives dates 'do 11. 12.' without a year.")
def c_cz():
    s = sup("KOLEJMAZ", "Kolejmaz s.r.o.", "obchod@kolejmaz.example", "cs-CZ")
    p = po("4500232296", s, "CZK", "2026-11-10", [
        L(1, "RG-LITH-T", "Mazivo kolejnic lithné, sudy 200 kg", 2, "T", "98500.00", "2026-12-11"),
        L(2, "RG-PIST-1", "Mazací pistole ruční 1 L", 10, "EA", "890.00", "2026-12-11"),
    ])
    body = ("Dobrý den, paní Marsh,\n\n"
            "děkujeme za objednávku č. 4500232296, potvrzujeme:\n\n"
            "pol. 1 - RG-LITH-T: 2 t (10 sudů po 200 kg), cena 102,50 Kč/kg bez DPH, dodání do 11. 12.\n"
            "pol. 2 - RG-PIST-1: 10 ks, cena 890,00 Kč/ks bez DPH, dodání do 11. 12.\n\n"
            "S pozdravem")
    sig = "Tomáš Novák\nobchodní oddělení\nKolejmaz s.r.o., Průmyslová 1402, 530 02 Pardubice\ntel.: +420 466 555 014"
    eml = reply("c043", p, ("Tomáš Novák", "novak@kolejmaz.example"), "2026-11-16 13:11:09 +0100", body,
                client="outlook", lang="cs", charset="iso-8859-2", sent="úterý 10. listopadu 2026 10:14")
    e = exp("confirmation", "Line 1: 102,50 CZK/kg x 1000 = 102500.00 per tonne (PO 98500.00); 2 t = 10 drums of 200 kg as ordered; "
            "'do 11. 12.' without year = 2026-12-11. Line 2 exactly as ordered.",
            [conf(p, {1: C(p, 1, price="102500.00"), 2: "A"})])
    return [p], eml, e


@case("wiper-blades-body-vs-pdf-dates", "needs_review/it-IT",
      "Body says delivery 18/12 but the attached order confirmation PDF says 22/12/2026 for the same lines - contradictory.")
def c_contra():
    s = sup("TERGIEPOCA", "Tergicristalli d'Epoca S.r.l.", "vendite@tergiepoca.example", "it-IT")
    p = po("4500232305", s, "EUR", "2026-11-10", [
        L(1, "TG-FIAT500", "Spazzola tergicristallo 11 in per Fiat 500 1957-1975", 300, "PCS", "7.80", "2026-12-18"),
        L(2, "TG-BRAC-6V", "Braccio tergi cromato per motorino 6V", 100, "PCS", "19.50", "2026-12-18"),
    ], buyer="ines")
    lines = ["**Tergicristalli d'Epoca S.r.l.", "Via Emilia Ovest 1180, 41123 Modena - P.IVA 01234560365", "",
             "**CONFERMA D'ORDINE N. 26/1187", "Cliente: Halden & Rooke Trading Ltd - Vs. ordine 4500232305 del 10/11/2026",
             "Data documento: 17/11/2026", "",
             "Pos. Codice        Descrizione                                   Q.ta  UM   Prezzo EUR   Data consegna",
             "1    TG-FIAT500    Spazzola tergicristallo 11\" Fiat 500          300  PZ        7,80   22/12/2026",
             "2    TG-BRAC-6V    Braccio tergi cromato 6V                      100  PZ       19,50   22/12/2026", "",
             "Resa: DAP Felixstowe. Pagamento: bonifico 60 gg d.f.f.m."]
    pdf = make_pdf(lines, title="Conferma d'ordine 26/1187", author="TeamSystem", compress=False, date="D:20261117101200+01'00'")
    body = ("Buongiorno Sig.ra Vogt,\n\nin allegato la ns. conferma d'ordine. Confermiamo quantità e prezzi, consegna il 18/12.\n\n"
            "Cordiali saluti")
    sig = "Paolo Ferrari\nUfficio Vendite\nTergicristalli d'Epoca S.r.l.\nTel. +39 059 555 0142"
    eml = reply("c044", p, ("Paolo Ferrari", "p.ferrari@tergiepoca.example"), "2026-11-17 10:15:40 +0100", body,
                client="outlook", lang="it", prefix="R: ", charset="iso-8859-1", sent="martedì 10 novembre 2026 10:14",
                atts=[mime.attachment(pdf, "application/pdf", "Conferma_ordine_26-1187.pdf")])
    e = exp("needs_review", "Quantities and prices agree, but the delivery date contradicts itself: body 18/12 (= PO date) vs attached "
            "confirmation 22/12/2026; a buyer cannot tell which is binding.")
    return [p], eml, e


@case("shuttles-body-and-pdf-ron", "confirmation/ro-RO",
      "Body confirms and points to the attached PDF for prices; the PDF (uncompressed) carries a changed unit price written 0,90.")
def c_ro():
    s = sup("SUVEICA", "Suveica Textil SRL", "comenzi@suveicatextil.example", "ro-RO")
    p = po("4500232320", s, "RON", "2026-11-10", [
        L(1, "LS-SUV-32", "Suveică lemn carpen 32 cm", 50, "EA", "118.00", "2026-12-18"),
        L(2, "LS-TEV-8", "Țevi bobină carton 8x200 mm", 2000, "EA", "0.85", "2026-12-18"),
    ], buyer="jonas")
    lines = ["**SUVEICA TEXTIL SRL", "Str. Fabricii 21, 550018 Sibiu, Romania - CUI RO12345678", "",
             "**CONFIRMARE DE COMANDA nr. CC-2026-0733", "Client: Halden & Rooke Trading Ltd - comanda 4500232320 din 10.11.2026",
             "Data: 16.11.2026", "",
             "Poz.  Cod          Denumire                          Cant.   UM    Pret unitar RON   Valoare RON   Livrare",
             "1     LS-SUV-32    Suveica lemn carpen 32 cm            50   buc            118,00      5.900,00   18.12.2026",
             "2     LS-TEV-8     Tevi bobina carton 8x200 mm       2.000   buc              0,90      1.800,00   18.12.2026", "",
             "Total fara TVA: 7.700,00 RON", "Conditii de livrare: DAP Felixstowe"]
    pdf = make_pdf(lines, title="Confirmare comanda CC-2026-0733", author="SmartBill", date="D:20261116083000+02'00'")
    body = ("Bună ziua domnule Pereira,\n\n"
            "Vă confirmăm comanda 4500232320 – cantitățile comandate, livrare 18.12.2026.\n"
            "Prețurile sunt conform confirmării atașate (poz. 2 a crescut ușor din cauza cartonului).\n\n"
            "Cu stimă,")
    sig = "Andreea Popescu\nDepartament Vânzări\nSuveica Textil SRL, Str. Fabricii 21, Sibiu\nTel. +40 269 555 014"
    eml = reply("c045", p, ("Andreea Popescu", "andreea.popescu@suveicatextil.example"), "2026-11-16 09:44:27 +0200", body,
                client="gmail", attr="În mar., 10 nov. 2026 la 11:14, Jonas Pereira <jonas.pereira@haldenrooke.example> a scris:",
                atts=[mime.attachment(pdf, "application/pdf", "CC-2026-0733.pdf")])
    e = exp("confirmation", "Body gives quantities and date, the PDF the prices: line 1 118,00 = PO (accepted); line 2 0,90 RON "
            "(PO 0.85) changed; dotted thousands (2.000, 5.900,00).",
            [conf(p, {1: "A", 2: C(p, 2, price="0.90")})])
    return [p], eml, e


@case("delayed-dsn-warning-only", "bounce/it-IT",
      "Postfix 'delayed' DSN (Action: delayed, 4.4.1, 'warning only') with the original request attached.")
def c_delay():
    s = sup("TRAMPDOL", "Rivestimenti Trampolini Dolomiti S.r.l.", "ordini@trampolinidolomiti.example", "it-IT")
    p = po("4500232339", s, "EUR", "2026-11-13", [
        L(1, "RT-PIST-20", "Rivestimento pista di lancio 20 mm, rotolo 1.5x10 m", 8, "ROL", "690.00", "2026-12-18"),
        L(2, "RT-COLLA-2K", "Collante bicomponente 2K, kit 10 kg", 10, "SET", "84.00", "2026-12-18"),
    ], buyer="ines")
    human = ("This is the mail system at host mx2.haldenrooke.example.\n\n"
             "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for more than 4 hour(s).\n"
             "It will be retried until it is 5 day(s) old.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "                   The mail system\n\n"
             "<ordini@trampolinidolomiti.example>: connect to\n"
             "    mx.trampolinidolomiti.example[203.0.113.45]:25: Connection timed out\n")
    status = ("Reporting-MTA: dns; mx2.haldenrooke.example\n"
              "X-Postfix-Queue-ID: 9E0F31C0B21\n"
              "X-Postfix-Sender: rfc822; ines.vogt@haldenrooke.example\n"
              "Arrival-Date: Fri, 13 Nov 2026 09:14:02 +0000 (GMT)\n\n"
              "Final-Recipient: rfc822; ordini@trampolinidolomiti.example\n"
              "Original-Recipient: rfc822;ordini@trampolinidolomiti.example\n"
              "Action: delayed\n"
              "Status: 4.4.1\n"
              "Diagnostic-Code: X-Postfix; connect to mx.trampolinidolomiti.example[203.0.113.45]:25:\n"
              "    Connection timed out\n"
              "Will-Retry-Until: Wed, 18 Nov 2026 09:14:02 +0000 (GMT)\n")
    eml = report("c046", frm="MAILER-DAEMON@mx2.haldenrooke.example (Mail Delivery System)",
                 to="ines.vogt@haldenrooke.example", subject="Delayed Mail (still being retried)",
                 date="2026-11-13 13:24:10 +0000", human=human, status=status, original=request_message(p),
                 msg_id="<20261113132410.9E0F31C0B21@mx2.haldenrooke.example>", extra=[("Auto-Submitted", "auto-replied")])
    e = exp("bounce", "Delay warning (not yet a failure) for our request; still a delivery status notification, and the attached "
            "original's PO table and the retry date are not supplier commitments.")
    return [p], eml, e


@case("towing-pins-pack-of-six", "confirmation/sr-RS",
      "Serbian (Latin) reply raises a quantity to the pack size (10 -> 12 kom) and confirms the other line unchanged.")
def c_sr():
    s = sup("REMORKER", "Remorker Oprema d.o.o.", "prodaja@remorker-oprema.example", "sr-RS")
    p = po("4500232347", s, "EUR", "2026-11-11", [
        L(1, "TH-PIN-40", "Osovinica kuke 40 mm, nerđajući čelik", 10, "EA", "145.00", "2026-12-18"),
        L(2, "TH-SHK-25", "Škopac 25 t, G-2130", 6, "EA", "236.00", "2026-12-18"),
    ])
    body = ("Poštovana gospođo Marsh,\n\n"
            "potvrđujemo porudžbinu br. 4500232347:\n\n"
            "1. TH-PIN-40 osovinica 40 mm – 12 kom (minimalno pakovanje je 6 kom), 145,00 EUR/kom, isporuka 18.12.2026.\n"
            "2. TH-SHK-25 škopac 25 t – 6 kom, 236,00 EUR/kom, isporuka 18.12.2026.\n\n"
            "Srdačan pozdrav,")
    sig = "Miloš Jovanović\nKomercijala\nRemorker Oprema d.o.o., Savski nasip 7, 11070 Novi Beograd\nTel: +381 11 555 0142"
    eml = reply("c047", p, ("Miloš Jovanović", "milos.jovanovic@remorker-oprema.example"), "2026-11-19 12:20:48 +0100", body,
                client="outlook", charset="windows-1250", sent="Wednesday, November 11, 2026 10:14 AM")
    e = exp("confirmation", "Line 1 quantity rounded up to two packs of 6 = 12 (PO 10) at the PO price; line 2 as ordered; "
            "dates 18.12.2026 as requested.",
            [conf(p, {1: C(p, 1, q=12), 2: "A"})])
    return [p], eml, e


@case("whetstones-greek-one-liner", "confirmation/el-GR",
      "A Greek one-line acceptance ('ως έχει') with no values at all; everything is taken from the PO in the quoted request.")
def c_el():
    s = sup("AKONIA", "Akonia Aigaiou S.A.", "sales@akonia-aigaiou.example", "el-GR")
    p = po("4500232358", s, "EUR", "2026-11-11", [
        L(1, "WS-400-S", "Sharpening stone #400, 180x60x25 mm", 40, "PCS", "21.00", "2026-12-11"),
        L(2, "WS-8000-S", "Sharpening stone #8000, 205x75x20 mm", 40, "PCS", "47.00", "2026-12-11"),
    ], buyer="jonas")
    body = "Καλημέρα σας,\n\nεπιβεβαιώνουμε την παραγγελία 4500232358 ως έχει (ποσότητες, τιμές και ημερομηνίες παράδοσης).\n\nΕυχαριστούμε!"
    sig = "Γιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nAkonia Aigaiou S.A., Λεωφ. Συγγρού 210, 176 72 Καλλιθέα\nΤηλ. +30 210 555 0142"
    eml = reply("c048", p, ("Γιώργος Παπαδόπουλος", "g.papadopoulos@akonia-aigaiou.example"), "2026-11-18 11:35:06 +0200", body,
                client="outlook", charset="iso-8859-7", sent="Wednesday, November 11, 2026 11:14 AM")
    e = exp("confirmation", "One-line acceptance 'ως έχει' (as is): both lines accepted with the PO values; the only numbers are in "
            "our quoted request.",
            [conf(p, {1: "A", 2: "A"})])
    return [p], eml, e


@case("shuttle-price-list-2027-xlsx", "unrelated/de-AT",
      "A 2027 price list (XLSX) from a supplier with an open PO that contains the same item codes with new prices.")
def c_pricelist():
    s = sup("WEBSCHUETZ", "Webschützen Manufaktur Vorarlberg GmbH", "office@webschuetzen.example", "de-AT")
    p = po("4500232366", s, "EUR", "2026-11-11", [
        L(1, "WS-SCH-36", "Webschützen Buche 36 cm, 2 Rollen", 25, "EA", "68.00", "2026-12-18"),
        L(2, "WS-SPU-15", "Spulen Holz 15 cm", 300, "EA", "2.40", "2026-12-18"),
    ])
    rows = [["Preisliste 2027 - gültig ab 01.01.2027"], ["Alle Preise in EUR netto ab Werk Dornbirn"], [],
            ["Artikel", "Bezeichnung", "ME", "Preis 2026", "Preis 2027", "VPE"],
            ["WS-SCH-36", "Webschützen Buche 36 cm, 2 Rollen", "Stk", 68.0, 71.5, 5],
            ["WS-SCH-42", "Webschützen Buche 42 cm, 2 Rollen", "Stk", 74.0, 77.8, 5],
            ["WS-SPU-15", "Spulen Holz 15 cm", "Stk", 2.4, 2.55, 100],
            ["WS-KAM-50", "Webkamm 50/10, 100 cm", "Stk", 96.0, 99.0, 1]]
    x = make_xlsx(rows, sheet="Preisliste 2027")
    txt = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
           "anbei erhalten Sie unsere Preisliste 2027, gültig für alle Bestellungen ab 01.01.2027.\n"
           "Bei Fragen steht Ihnen unser Verkaufsteam gerne zur Verfügung.\n\n"
           "Mit freundlichen Grüßen\nWebschützen Manufaktur Vorarlberg GmbH\nMarktstraße 5, 6850 Dornbirn\nT +43 5572 555 01\n")
    b = BUYERS["helen"]
    eml = build("c049", frm=("Webschützen Manufaktur", "office@webschuetzen.example"), to=(b[0], b[1]),
                subject="Preisliste 2027 / Price list 2027", date="2026-11-23 08:30:00 +0100", client="outlook",
                text=txt, html=html_doc(t2h(txt), "de-AT", True), lang="de-AT",
                atts=[mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Preisliste_2027.xlsx")])
    e = exp("unrelated", "General 2027 price list mailing, not a reply to PO 4500232366 (no threading, no reference to the order), "
            "although it lists the PO's item codes with 2026 and 2027 prices.")
    return [p], eml, e


@case("hydrofoil-yuzde-3-artis", "confirmation/tr-TR",
      "Turkish reply applies '%3 fiyat artışı' to all lines (percentage on the PO unit price, giving 422.30 and 12.875) plus a new date.")
def c_tr():
    s = sup("HIDROFOIL", "Hidrofoil Denizcilik A.Ş.", "satis@hidrofoil-deniz.example", "tr-TR")
    p = po("4500232374", s, "EUR", "2026-11-11", [
        L(1, "HF-AL-750", "Alüminyum hidrofoil dikmesi 750 mm, 6061-T6", 20, "EA", "410.00", "2026-12-15"),
        L(2, "HF-BOLT-M8", "Cıvata seti M8x40, A4 paslanmaz", 40, "SET", "12.50", "2026-12-15"),
    ], buyer="ines")
    body = ("Sayın Ines Vogt,\n\n"
            "4500232374 numaralı siparişinizi aşağıdaki şekilde onaylıyoruz:\n\n"
            "- Miktarlar siparişteki gibidir (20 adet dikme, 40 set cıvata).\n"
            "- Alüminyum maliyetlerindeki artış nedeniyle tüm kalemlerde sipariş fiyatlarına %3 fiyat artışı uygulanacaktır.\n"
            "- Teslim tarihi: 18.12.2026.\n\n"
            "Saygılarımızla,")
    sig = "Emre Yılmaz\nSatış Müdürü\nHidrofoil Denizcilik A.Ş.\nTuzla Tersaneler Bölgesi, Gemi İnşa Cad. No:12, 34944 Tuzla/İstanbul\nTel: +90 216 555 01 42"
    eml = reply("c050", p, ("Emre Yılmaz", "emre.yilmaz@hidrofoil-deniz.example"), "2026-11-20 14:48:33 +0300", body,
                client="outlook", lang="tr", prefix="YNT: ", charset="windows-1254", sent="11 Kasım 2026 Çarşamba 12:14")
    e = exp("confirmation", "'%3 fiyat artışı' on the PO unit prices: 410.00 x 1.03 = 422.30 and 12.50 x 1.03 = 12.875; "
            "delivery 18.12.2026 instead of 2026-12-15; quantities as ordered.",
            [conf(p, {1: C(p, 1, price="422.30", d="2026-12-18"), 2: C(p, 2, price="12.875", d="2026-12-18")})])
    return [p], eml, e


@case("windlass-remote-utgaatt", "confirmation/nb-NO",
      "Norwegian per-line answer: one accepted, one discontinued (rejected), one with a new price in '3 450,00 kr' format.")
def c_nb():
    s = sup("ANKERSPILL", "Ankerspill AS", "ordre@ankerspill.example", "nb-NO")
    p = po("4500232382", s, "NOK", "2026-11-12", [
        L(1, "AW-HV-1000", "Ankerspill horisontalt 1000 W 12V", 3, "EA", "14900.00", "2026-12-18"),
        L(2, "AW-FJ-12", "Fjernkontroll trådløs 12/24V", 3, "EA", "1350.00", "2026-12-18"),
        L(3, "AW-KJ-8", "Ankerkjetting 8 mm, 50 m", 3, "EA", "3200.00", "2026-12-18"),
    ], buyer="jonas")
    body = ("Hei Jonas,\n\n"
            "Takk for bestillingen 4500232382.\n\n"
            "Linje 1: 3 stk ankerspill à 14 900,00 kr - bekreftet, levering 18.12.2026.\n"
            "Linje 2: Fjernkontrollen er utgått hos produsent og kan ikke leveres.\n"
            "Linje 3: 3 stk kjetting à 3 450,00 kr (ny pris fra 1. november), levering 18.12.2026.\n\n"
            "Med vennlig hilsen")
    sig = "Ingrid Solberg\nOrdrekontor\nAnkerspill AS, Sjøgata 14, 6002 Ålesund\nTlf. +47 70 55 01 42"
    eml = reply("c051", p, ("Ingrid Solberg", "ingrid.solberg@ankerspill.example"), "2026-11-17 08:12:55 +0100", body,
                client="outlook", lang="nb", prefix="SV: ", charset="iso-8859-1", sent="torsdag 12. november 2026 10:14")
    e = exp("confirmation", "Line 1 as ordered ('14 900,00' space grouping); line 2 discontinued = rejected; line 3 price 3450.00 "
            "(PO 3200.00).",
            [conf(p, {1: "A", 2: "R", 3: C(p, 3, price="3450.00")})])
    return [p], eml, e


@case("cider-cloth-invoice-other-order", "unrelated/da-DK",
      "An invoice (PDF) from a supplier with an open PO, but for a different, already delivered order number.")
def c_invoice():
    s = sup("NORDMOST", "Nordisk Mostudstyr A/S", "ordre@nordiskmost.example", "da-DK")
    p = po("4500232402", s, "DKK", "2026-11-12", [
        L(1, "NM-DUG-70", "Pressedug polyester 70x70 cm", 150, "PCS", "64.00", "2026-12-16"),
        L(2, "NM-SPAND-20", "Presse-spand rustfri 20 L", 10, "EA", "890.00", "2026-12-16"),
    ])
    lines = ["**Nordisk Mostudstyr A/S", "Havnevej 8, 8700 Horsens - CVR 12345678", "",
             "**FAKTURA 2026-11873", "Fakturadato: 20.11.2026      Forfaldsdato: 20.12.2026",
             "Kunde: Halden & Rooke Trading Ltd      Jeres ordre: 4500229917      Levering: 12.11.2026", "",
             "Varenr.        Tekst                              Antal   Enh.   Pris DKK    Beloeb DKK",
             "NM-DUG-50      Pressedug polyester 50x50 cm         200   stk       52,00     10.400,00",
             "NM-RAM-50      Presseramme boeg 50x50 cm             12   stk      195,00      2.340,00", "",
             "Subtotal                                                                    12.740,00",
             "Moms 0 % (EU-levering, omvendt betalingspligt)                                   0,00",
             "I alt DKK                                                                   12.740,00", "",
             "Betaling: netto 30 dage til Danske Bank, IBAN DK50 0040 0440 1162 43, BIC DABADKKK"]
    pdf = make_pdf(lines, title="Faktura 2026-11873", author="e-conomic", compress=True, date="D:20261120091000+01'00'")
    txt = ("Kære kunde\n\nHermed faktura nr. 2026-11873 vedrørende jeres ordre 4500229917, leveret 12.11.2026.\n"
           "Betalingsbetingelser: netto 30 dage.\n\nMed venlig hilsen\nNordisk Mostudstyr A/S - Bogholderiet\nTlf. +45 75 55 01 42\n")
    b = BUYERS["helen"]
    eml = build("c052", frm=("Nordisk Mostudstyr A/S", "bogholderi@nordiskmost.example"), to=(b[0], b[1]),
                subject="Faktura 2026-11873 - ordre 4500229917", date="2026-11-20 09:10:12 +0100", client="erp",
                text=txt, charset="iso-8859-1", atts=[mime.attachment(pdf, "application/pdf", "Faktura_2026-11873.pdf")],
                extra=[("X-Mailer", "e-conomic")])
    e = exp("unrelated", "Invoice for order 4500229917 (not in pos.json, delivered 12.11.2026); the open PO 4500232402 of the same "
            "supplier is not mentioned. Dates and amounts in the PDF belong to the other order.")
    return [p], eml, e


@case("sled-runners-toimituspaiva-no-year", "confirmation/fi-FI",
      "Finnish 'toimituspäivä 9.12.' (day.month. without year) with one line short by two pieces.")
def c_fi():
    s = sup("REKIPUU", "Rekipuu Oy", "myynti@rekipuu.example", "fi-FI")
    p = po("4500232415", s, "EUR", "2026-11-12", [
        L(1, "DS-HI-220", "Reen jalas hickory 220 cm", 16, "PCS", "88.00", "2026-12-04"),
        L(2, "DS-PE-3", "Muovipohja UHMW 3 mm, 40x2400 mm", 32, "PCS", "26.00", "2026-12-04"),
    ], buyer="ines")
    body = ("Hei Ines,\n\n"
            "kiitos tilauksesta 4500232415. Vahvistamme:\n\n"
            "Rivi 1: DS-HI-220, 16 kpl á 88,00 €\n"
            "Rivi 2: DS-PE-3, 30 kpl á 26,00 € (loput 2 kpl eivät ole saatavilla tänä vuonna)\n\n"
            "Toimituspäivä 9.12. molemmille riveille.\n\n"
            "Ystävällisin terveisin")
    sig = "Mikko Virtanen\nMyynti\nRekipuu Oy, Teollisuustie 5, 96320 Rovaniemi\npuh. +358 16 555 0142"
    eml = reply("c053", p, ("Mikko Virtanen", "mikko.virtanen@rekipuu.example"), "2026-11-18 10:03:47 +0200", body,
                client="outlook", lang="fi", prefix="VS: ", sent="torstai 12. marraskuuta 2026 11.14")
    e = exp("confirmation", "'Toimituspäivä 9.12.' has no year: next 9 December = 2026-12-09 for both lines; line 2 only 30 of 32 "
            "pieces (the rest not available).",
            [conf(p, {1: C(p, 1, d="2026-12-09"), 2: C(p, 2, q=30, d="2026-12-09")})])
    return [p], eml, e
