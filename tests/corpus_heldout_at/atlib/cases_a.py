"""Cases 001-018."""
from __future__ import annotations

from .common import (ACC, CHG, REJ, UNC, PO, Out, Request, all_acc, at, case, conf, supplier, mime, mso, h,
                     outlook_reply, gmail_reply, apple_reply, tb_reply, prefix, outlook_quote_text,
                     outlook_quote_html, outlook_doc, simple_doc, std_headers, outlook_extra, alt, mixed,
                     bnd_outlook, bnd_gmail, bnd_next, bnd_apple, mid_outlook, mid_gmail, mid_apple, mid_tb,
                     hx, HX, received, num, qty, dmy, kw_fri, kw_day, divs, gt_quote_text, gmail_quote_html,
                     BUYERS, SITES, D)
from . import pdf, xlsx


# ---------------------------------------------------------------------------
@case("sportfloor-confirmed-oneliner", "confirmation/en-GB",
      "A one-line 'confirmed as per your order' above an Outlook quote; the only other numbers are sizes in the descriptions and the signature.")
def c001():
    sup = supplier("PEN-0412", "Pennine Sports Surfaces Ltd", "orders@pennine-surfaces.example", "en-GB")
    po = PO("4500187321", sup, "tom", "GBP", "2026-11-05", [
        ("PSS-VF65-MPL", "Sports vinyl 6.5 mm, maple print, 2.0 m wide, 20 m roll", 240, "M2", "24.80", "2026-12-14"),
        ("PSS-LT50-W", "Line marking tape 50 mm x 33 m, white", 12, "ROL", "18.40", "2026-12-14"),
        ("PSS-ADH2K-15", "PU adhesive 2K, 15 kg tub (approx. 0.4 kg/m2)", 14, "EA", "96.00", "2026-12-14"),
    ], site="man", req_time=at("2026-11-05 14:32:00", 0))
    req = Request(po, style="mon")
    body = ("Hi Tom,\n\nConfirmed as per your order, all three lines for delivery on 14/12.\n"
            "Our transport office will call your goods-in team the day before to book a slot.")
    sig = ("Kind regards\n\nGemma Hartley | Sales Office\nPennine Sports Surfaces Ltd\n"
           "Unit 9, Calder Park, Wakefield WF2 7AW\nT: 01924 830 512 | www.pennine-surfaces.example\n\n"
           "Pennine Sports Surfaces Ltd. Registered in England and Wales No. 06718342. VAT GB 946 2210 83.")
    eml = outlook_reply(po, req, frm="Gemma Hartley", email="gemma.hartley@pennine-surfaces.example",
                        when=at("2026-11-10 09:12:44", 0), body=body, sig=sig, lang="en", olang="en-GB",
                        charset="us-ascii", cte="7bit", sent="05 November 2026 14:32")
    return Out([po.json()], eml, "confirmation", "One-liner confirmation of all lines; 14/12 is day-first and equals the requested date, so every line is accepted.",
               [all_acc(po)])


# ---------------------------------------------------------------------------
@case("motors-ab-werk-transit", "confirmation/de-AT",
      "Only an 'ab Werk' ready date plus a 3-day transit time is given; the delivery date (17.12.) must be derived, and a KW 50 mention is a distractor.")
def c002():
    sup = supplier("STM-2207", "Steyrtal Elektromotoren GmbH", "verkauf@steyrtal-motoren.example", "de-AT")
    po = PO("4500187544", sup, "lena", "EUR", "2026-11-04", [
        ("STM-DM4-112M", "3-phase motor 4 kW, 4-pole, 400/690 V, B3, IE3, frame 112M", 6, "EA", "412.00", "2026-12-11"),
        ("STM-DM75-132S", "3-phase motor 7.5 kW, 2-pole, 400/690 V, B5 flange, IE3, frame 132S", 4, "EA", "598.50", "2026-12-11"),
        ("STM-KKD-112", "Terminal box gasket kit, frame 112-132", 10, "SET", "14.20", "2026-12-11"),
    ], site="lnz", incoterms="FCA Steyr", req_time=at("2026-11-04 08:51:00", 1))
    req = Request(po, style="dmy")
    body = ("Sehr geehrte Frau Hoffmann,\n\n"
            "vielen Dank für Ihre Bestellung 4500187544, die wir wie folgt bestätigen:\n\n"
            "Pos. 1   Drehstrommotor 4 kW, 112M, B3        6 Stk.    EUR 412,00/Stk.\n"
            "Pos. 2   Drehstrommotor 7,5 kW, 132S, B5      4 Stk.    EUR 598,50/Stk.\n"
            "Pos. 3   Dichtungssatz Klemmenkasten         10 Satz   EUR  14,20/Satz\n\n"
            "Die gesamte Bestellung ist am Montag, 14.12.2026 ab Werk Steyr versandbereit. "
            "Die Transitzeit nach Linz beträgt mit unserer Hausspedition 3 Tage.\n"
            "Ihr Wunschtermin 11.12.2026 ist leider nicht möglich, da die Wicklungen für Pos. 2 "
            "erst in KW 50 bei uns eintreffen.\n\n"
            "Für Rückfragen stehe ich Ihnen gerne zur Verfügung.")
    sig = ("Mit freundlichen Grüßen\n\nIng. Markus Aigner\nInnendienst / Auftragsabwicklung\n\n"
           "Steyrtal Elektromotoren GmbH\nIndustriestraße 12, 4400 Steyr, Österreich\n"
           "Tel. +43 7252 81 440-23 | Fax +43 7252 81 440-9\n"
           "FN 284711 s, Landesgericht Steyr | UID ATU 61234508")
    eml = outlook_reply(po, req, frm="Aigner Markus", email="m.aigner@steyrtal-motoren.example",
                        when=at("2026-11-09 15:07:31", 1), body=body, sig=sig, lang="de", olang="de-AT",
                        charset="iso-8859-15", cte="quoted-printable", prefix_="AW: ")
    d = "2026-12-17"
    return Out([po.json()], eml, "confirmation",
               "Ready ab Werk Monday 14.12.2026 + 3 days transit = delivery Thursday 2026-12-17 (same with working days); quantities and prices unchanged; KW 50 refers to incoming windings, not to the delivery.",
               [conf(po, {1: CHG(6, "412.00", d), 2: CHG(4, "598.50", d), 3: CHG(10, "14.20", d)})])


# ---------------------------------------------------------------------------
@case("concrete-pallet-exchange-bevestigd", "needs_review/nl-NL",
      "'Bevestigd.' answers our follow-up question about EUR pallet exchange, not the order; the PO table sits in the quoted chain below.")
def c003():
    sup = supplier("VDB-1180", "Betonwaren Van Dijk B.V.", "verkoop@vandijk-beton.example", "nl-NL")
    po = PO("4500188012", sup, "sofia", "EUR", "2026-11-06", [
        ("VDB-BB4421", "Concrete block 440x215x100 mm, 7.3 N/mm2, grey (60 pcs/pallet)", 40, "PAL", "70.80", "2026-12-08"),
        ("VDB-KL2010-A", "Concrete paver 200x100x80 mm, anthracite", 96, "M2", "16.90", "2026-12-08"),
    ], site="rtm", req_time=at("2026-11-06 09:20:00", 1))
    req = Request(po)
    fu_when = at("2026-11-12 13:41:00", 1)
    fu_id = "<po-4500188012.2@buyer.example>"
    followup = ("Hello Ruud,\n\nOne question before delivery of PO 4500188012: do you work with EUR pallet "
                "exchange, i.e. will your driver take back the same number of empty EPAL 1200x800 pallets "
                "on delivery?\nPlease confirm.\n\n(We are also still waiting for your order confirmation "
                "with delivery date - please send it separately.)\n\nThanks and regards\nSofia Marques\n"
                "Purchasing | Brightmoor Group\nT +31 10 799 4410")
    chain = (followup + "\n\n" + outlook_quote_text(req, "en", rule=False))
    attribution = "Op 12 nov 2026 om 13:41 heeft Sofia Marques <sofia.marques@buyer.example> het volgende geschreven:"
    body = "Bevestigd.\n\nGr. Ruud"
    iphone = "Verstuurd vanaf mijn iPhone"
    t = body + "\n\n" + iphone + "\n\n" + prefix(attribution + "\n\n" + chain, "> ")
    seed = "c003"
    hb = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
          '<body dir="auto"><div dir="ltr">Bevestigd.</div><div dir="ltr"><br></div><div dir="ltr">Gr. Ruud'
          '<br><br><div dir="ltr">Verstuurd vanaf mijn iPhone</div><div dir="ltr"><br><blockquote type="cite">'
          + h(attribution) + "<br><br></blockquote></div><blockquote type=\"cite\"><div dir=\"ltr\">"
          + "<br>".join(h(x) for x in chain.split("\n")) + "</div></blockquote></div></body></html>")
    a = alt(mime.text(t + "\n", "plain", "utf-8", "quoted-printable", quote_charset=False),
            mime.text(hb + "\n", "html", "utf-8", "quoted-printable", quote_charset=False), bnd_apple(seed))
    hdrs = std_headers(frm=mime.addr("Ruud van Dijk", "r.vandijk@vandijk-beton.example"),
                       to=mime.addr("Sofia Marques", "sofia.marques@buyer.example"),
                       subject="Re: PO 4500188012 - pallet exchange?", when=at("2026-11-12 14:02:19", 1),
                       msgid=mid_apple(seed, "vandijk-beton.example"), irt=fu_id,
                       refs=po.rid + " " + fu_id,
                       rcv=("r.vandijk@vandijk-beton.example", "mail.vandijk-beton.example", "198.51.100.71"))
    hdrs += [("Mime-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (22B91)")]
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "needs_review",
               "The one-word 'Bevestigd.' replies to our follow-up question on EUR pallet exchange (which also said the order confirmation was still missing); no quantities, prices or dates are committed.")


# ---------------------------------------------------------------------------
@case("masks-price-per-thousand", "confirmation/ms-MY",
      "Prices are quoted per 1,000 pieces on a PO priced per piece, in Malay mixed with English; an ETD date is a distractor next to the ETA.")
def c004():
    sup = supplier("KMS-3391", "Klang Medika Sdn. Bhd.", "sales@klangmedika.example", "ms-MY")
    po = PO("4500188230", sup, "priya", "USD", "2026-11-09", [
        ("KM-3PLY-IIR", "Surgical mask Type IIR, 3-ply, 17.5 x 9.5 cm, blue, ear loop", 50000, "PCS", "0.0420", "2027-01-15"),
        ("KM-3PLY-KID", "Surgical mask Type IIR, child size 14.5 x 9.5 cm, pink", 20000, "PCS", "0.0480", "2027-01-15"),
        ("KM-4PLY-TIE", "Surgical mask 4-ply, tie-on, BFE 98%", 10000, "PCS", "0.0610", "2027-01-15"),
    ], site="rtm", incoterms="CIF Rotterdam", req_time=at("2026-11-09 08:05:00", 1))
    req = Request(po)
    body = ("Dear Ms Priya,\n\n"
            "Terima kasih atas pesanan PO 4500188230. Kami sahkan pesanan seperti berikut:\n\n"
            "1) Type IIR 3-ply 17.5x9.5 biru - 50,000 pcs - USD 44.00 / 1,000 pcs\n"
            "   (harga naik sedikit kerana kos kain meltblown meningkat)\n"
            "2) Saiz kanak-kanak 14.5x9.5 pink - 20,000 pcs - USD 48.00 / 1,000 pcs\n"
            "3) 4-ply tie-on BFE 98% - 10,000 pcs - USD 61.00 / 1,000 pcs\n\n"
            "Penghantaran: ETD Port Klang 04/12/2026, ETA Rotterdam 15/01/2027.\n"
            "Semua barang dalam 1 x 40' container.\n\n"
            "Sila maklumkan jika ada sebarang pertanyaan.")
    sig = ("Terima kasih & salam hormat,\nNur Aisyah binti Kamal\nSales Executive (Export)\n"
           "Klang Medika Sdn. Bhd. (201501023456)\nLot 18, Jalan Sungai Puloh, 42100 Klang, Selangor\n"
           "Tel: +603-3291 8800 | H/P: +6012-345 6789")
    eml = gmail_reply(po, req, frm="Nur Aisyah Kamal", email="aisyah@klangmedika.example",
                      when=at("2026-11-11 16:48:10", 8), body=body, sig=sig,
                      attribution="Pada Isn, 9 Nov 2026 pada 3:05 PTG Priya Nair <priya.nair@buyer.example> menulis:")
    return Out([po.json()], eml, "confirmation",
               "USD 44.00 per 1,000 pcs = 0.044 per piece (changed from 0.042); 48.00 and 61.00 per 1,000 equal the PO prices; the ETA 15/01/2027 is the delivery date and equals the request (ETD 04/12 is only the ship date).",
               [conf(po, {1: CHG(50000, "0.044", "2027-01-15"), 2: ACC, 3: ACC})])


# ---------------------------------------------------------------------------
@case("aquarium-ooo-spanish", "auto_reply/es-ES",
      "A Spanish Exchange out-of-office with a return date and an urgent-contact phone number, threaded on the PO request.")
def c005():
    sup = supplier("ALV-0719", "Acuarios Levante S.L.", "pedidos@acuarioslevante.example", "es-ES")
    po = PO("4500188410", sup, "dana", "EUR", "2026-11-10", [
        ("AL-FLT-1200", "External canister filter 1200 l/h, 230 V 50 Hz", 20, "EA", "89.90", "2026-12-18"),
        ("AL-HTR-200", "Aquarium heater 200 W, adjustable 25-32 C", 40, "EA", "14.75", "2026-12-18"),
        ("AL-SUB-2-4", "Aquarium gravel 2-4 mm, natural, 5 kg bag", 120, "EA", "6.30", "2026-12-18"),
    ], req_time=at("2026-11-10 10:58:00", 1))
    body = ("Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el lunes 23 de noviembre de 2026, con acceso limitado al correo.\n"
            "Su mensaje no será reenviado. Para pedidos y consultas urgentes, por favor contacte con mi compañera "
            "Marta Gil (marta.gil@acuarioslevante.example, tel. +34 961 23 45 67).\n\n"
            "Un saludo,\nCarmen Ortega\nDpto. Comercial - Acuarios Levante S.L.\n\n"
            "---\n\nThank you for your message. I am out of the office until Monday, 23 November 2026. "
            "For urgent matters please contact Marta Gil, marta.gil@acuarioslevante.example.")
    seed = "c005"
    hb = outlook_doc(mso(body), "iso-8859-1", "ES")
    a = alt(mime.text(body + "\n", "plain", "iso-8859-1", "quoted-printable"),
            mime.text(hb, "html", "iso-8859-1", "quoted-printable"), bnd_outlook(seed))
    subj = "Respuesta automática: " + po.subject
    hdrs = std_headers(frm=mime.addr("Carmen Ortega", "carmen.ortega@acuarioslevante.example"),
                       to=mime.addr("Dana Ruiz", "dana.ruiz@buyer.example"), subject=subj,
                       when=at("2026-11-10 10:58:41", 1), msgid=mid_outlook(seed, "PA4PR02MB6688", "eurprd02"),
                       irt=po.rid, refs=None, subj_charset="iso-8859-1", subj_mode="Q",
                       rcv=("<>", "PA4PR02MB6688-obe.outbound.protection.outlook.com", "40.107.22.91"),
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "carmen.ortega@acuarioslevante.example")])
    hdrs[0] = ("Return-Path", "<>")
    hdrs += outlook_extra(po.subject, seed, "es-ES", False)
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "auto_reply",
               "Out-of-office auto-reply (Auto-Submitted: auto-replied) in Spanish and English; the return date 23 November and a phone number are not order data.")


# ---------------------------------------------------------------------------
@case("spices-indian-grouping-per-mt", "confirmation/en-IN",
      "Rates are per metric tonne written with Indian digit grouping (Rs 6,55,000/MT) while the PO is per kg; one rate changed, the others convert to the PO price.")
def c006():
    sup = supplier("MSE-5520", "Malabar Spice Exports Pvt. Ltd.", "exports@malabarspice.example", "en-IN")
    po = PO("4500188612", sup, "priya", "INR", "2026-11-06", [
        ("MSE-BP550", "Black pepper whole, 550 g/l, ASTA quality, 25 kg PP bag", 2000, "KG", "640.00", "2027-01-29"),
        ("MSE-TUR-ALP", "Turmeric fingers Alleppey, 5% curcumin, 50 kg jute bag", 1000, "KG", "148.00", "2027-01-29"),
        ("MSE-CAR8", "Green cardamom 8 mm bold, 10 kg carton", 200, "KG", "2450.00", "2027-01-29"),
    ], site="rtm", incoterms="CIF Rotterdam", req_time=at("2026-11-06 11:30:00", 1))
    req = Request(po)
    total = 2000 * 655 + 1000 * 148 + 200 * 2450
    assert total == 1948000
    body = ("Dear Ms. Nair,\n\nGreetings from Kochi!\n\n"
            "We thank you for your valued PO No. 4500188612 and are pleased to confirm the same as under:\n\n"
            "1. Black Pepper 550 GL (ASTA) - 2 MT @ Rs. 6,55,000/- per MT\n"
            "   (revised, as the pepper market has firmed up since our offer)\n"
            "2. Turmeric Fingers Alleppey 5% - 1 MT @ Rs. 1,48,000/- per MT\n"
            "3. Green Cardamom 8 mm Bold - 200 kg @ Rs. 24,50,000/- per MT\n\n"
            "Total order value: Rs. 19,48,000/- (Rupees Nineteen Lakh Forty Eight Thousand only)\n\n"
            "Shipment: ex Kochi port by 18-12-2026, ETA Rotterdam 29-01-2027.\n"
            "Phytosanitary certificate and certificate of origin will follow with the shipping documents.\n\n"
            "Please amend your PO for item 1 accordingly.")
    sig = ("Thanks & Regards,\nAnil Menon\nManager - Exports\nMalabar Spice Exports Pvt. Ltd.\n"
           "XXVI/1187, Bristow Road, Willingdon Island, Kochi - 682 003, Kerala\n"
           "Ph: +91 484 266 8120 | Mob: +91 98470 12345\nSpices Board Reg. No. SB/KOC/0417/2024-27")
    eml = gmail_reply(po, req, frm="Anil Menon", email="anil.menon@malabarspice.example",
                      when=at("2026-11-12 12:16:55", 5, 30), body=body, sig=sig,
                      attribution="On Fri, 6 Nov 2026 at 4:00 PM, Priya Nair <priya.nair@buyer.example> wrote:")
    return Out([po.json()], eml, "confirmation",
               "Rs 6,55,000 per MT = 655.00 per kg (changed from 640.00); 1,48,000 and 24,50,000 per MT equal the PO per-kg prices; ETA Rotterdam 29-01-2027 is the delivery date; asking us to amend the PO does not make the confirmation conditional.",
               [conf(po, {1: CHG(2000, "655.00", "2027-01-29"), 2: ACC, 3: ACC})])


# ---------------------------------------------------------------------------
@case("giftbox-html-table-rowspan", "confirmation/it-IT",
      "HTML-only ERP mail (no text part) whose table uses rowspan for a split delivery and colspan in the header and totals.")
def c007():
    sup = supplier("CTB-0088", "Cartotecnica Brianza S.r.l.", "ordini@cartobrianza.example", "it-IT")
    po = PO("4500188777", sup, "jonas", "EUR", "2026-11-09", [
        ("CB-GB2020-K", "Gift box 20x20x10 cm, kraft, magnetic lid", 1500, "EA", "1.85", "2026-12-04"),
        ("CB-GB3020-B", "Gift box 30x20x8 cm, black soft-touch, ribbon 10 mm", 1000, "EA", "2.40", "2026-12-04"),
        ("CB-TIS5070", "Tissue paper 50x70 cm, 17 g/m2, white (480 sheets/box)", 20, "BOX", "11.20", "2026-12-04"),
        ("CB-INS2020-4", "Cardboard insert for 20x20 box, 4 compartments", 1500, "EA", "0.32", "2026-12-11"),
    ], req_time=at("2026-11-09 10:02:00", 1))
    total = 1500 * 1.85 + 1000 * 2.40 + 20 * 11.80 + 1500 * 0.32
    assert abs(total - 5891.00) < 1e-9
    td = 'style="border:1px solid #808080;padding:3px 6px"'
    tdr = 'style="border:1px solid #808080;padding:3px 6px;text-align:right"'
    th = 'style="border:1px solid #808080;padding:3px 6px;background:#DCE6F1"'
    rows = [
        ("1", "CB-GB2020-K", "Scatola regalo 20x20x10 cm, kraft, chiusura magnetica", "1,85", [("1.500", "04/12/2026")]),
        ("2", "CB-GB3020-B", "Scatola 30x20x8 cm nera soft-touch, nastro 10 mm", "2,40",
         [("600", "04/12/2026"), ("400", "11/12/2026")]),
        ("3", "CB-TIS5070", "Carta velina 50x70 cm 17 g/m&sup2; bianca (480 fogli/scatola) *", "11,80", [("20", "04/12/2026")]),
        ("4", "CB-INS2020-4", "Inserto in cartoncino per scatola 20x20, 4 scomparti", "0,32", [("1.500", "18/12/2026")]),
    ]
    trs = []
    for pos_, art, desc, price, dels in rows:
        n = len(dels)
        rs = ' rowspan="%d"' % n if n > 1 else ""
        first = True
        for q, d in dels:
            if first:
                trs.append('<tr><td %s%s>%s</td><td %s%s>%s</td><td %s%s>%s</td><td %s%s>%s</td><td %s>%s</td><td %s>%s</td></tr>'
                           % (td, rs, pos_, td, rs, art, td, rs, desc, tdr, rs, price, tdr, q, td, d))
                first = False
            else:
                trs.append('<tr><td %s>%s</td><td %s>%s</td></tr>' % (tdr, q, td, d))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>\n'
            '<body style="font-family:Verdana,Arial;font-size:10pt">\n'
            '<p>Spett.le Brightmoor Group<br>c.a. Sig. Jonas Keller</p>\n'
            '<p>Oggetto: <b>Conferma d\'ordine n. OC-26/04417</b> - Vs. ordine n. 4500188777 del 09/11/2026</p>\n'
            '<p>Gentile Cliente,<br>con la presente confermiamo il Vs. ordine alle condizioni riportate nella '
            'tabella seguente. Le date indicate si intendono di consegna presso il Vs. magazzino di Düsseldorf.</p>\n'
            '<table style="border-collapse:collapse;font-family:Verdana,Arial;font-size:9pt">\n'
            '<tr><th %s rowspan="2">Pos.</th><th %s rowspan="2">Articolo</th><th %s rowspan="2">Descrizione</th>'
            '<th %s rowspan="2">Prezzo unit.<br>EUR</th><th %s colspan="2">Consegna</th></tr>\n'
            '<tr><th %s>Quantit&agrave;</th><th %s>Data</th></tr>\n%s\n'
            '<tr><td %s colspan="4"><b>Totale merce (IVA esclusa)</b></td><td %s colspan="2"><b>EUR 5.891,00</b></td></tr>\n'
            '</table>\n'
            '<p style="font-size:8pt">* Prezzo aggiornato secondo listino carta 2027.</p>\n'
            '<p>Condizioni di pagamento: 30 gg d.f.<br>Resa: DAP Düsseldorf</p>\n'
            '<p>Cordiali saluti<br>Ufficio Commerciale<br><b>Cartotecnica Brianza S.r.l.</b><br>'
            'Via Valassina 58, 20851 Lissone (MB)<br>Tel. +39 039 245 7710 - P.IVA IT 02345670961</p>\n'
            '<p style="font-size:7pt;color:#808080">Questo messaggio e gli eventuali allegati sono riservati. '
            'Informativa ai sensi del Regolamento UE 2016/679 (GDPR): i Vs. dati sono trattati esclusivamente '
            'per la gestione del rapporto commerciale. Documento generato automaticamente il 12/11/2026 alle 08:30.</p>\n'
            '</body></html>\n') % (th, th, th, th, th, th, th, "\n".join(trs), td, tdr)
    part = mime.text(html, "html", "iso-8859-1", "quoted-printable")
    seed = "c007"
    hdrs = std_headers(frm=mime.addr("Cartotecnica Brianza - Ufficio Ordini", "ordini@cartobrianza.example"),
                       to=mime.addr("Jonas Keller", "jonas.keller@buyer.example"),
                       subject="Conferma d'ordine n. OC-26/04417 - Vs. ordine 4500188777",
                       when=at("2026-11-12 08:30:12", 1), msgid="<OC-26-04417.%s@erp.cartobrianza.example>" % HX(seed, 10),
                       rcv=("ordini@cartobrianza.example", "erp.cartobrianza.example", "198.51.100.23"),
                       extra=[("MIME-Version", "1.0"), ("X-Mailer", "TeamSystem Enterprise Mail 5.2")])
    eml = mime.message(hdrs, part)
    return Out([po.json()], eml, "confirmation",
               "Only an HTML table: line 2 spans two delivery rows (600 on 04/12, 400 on 11/12) via rowspan; line 3 price 11,80 instead of 11.20; line 4 delivery 18/12/2026; line 1 as ordered.",
               [conf(po, {1: ACC, 2: CHG(1000, "2.40", "2026-12-11", [(600, "2026-12-04"), (400, "2026-12-11")]),
                          3: CHG(20, "11.80", "2026-12-04"), 4: CHG(1500, "0.32", "2026-12-18")})])


# ---------------------------------------------------------------------------
@case("forklift-tyres-korean-dates", "confirmation/ko-KR",
      "Korean reply in ks_c_5601-1987 with dates written as '12월 18일' and '1월 8일' without a year (the second rolls into 2027).")
def c008():
    sup = supplier("HST-6102", "Hansung Industrial Tyre Co., Ltd.", "export@hansung-tyre.example", "ko-KR")
    po = PO("4500188951", sup, "jonas", "USD", "2026-11-10", [
        ("HS-SOL-650", "Solid forklift tyre 6.50-10, press-on rim type, black", 24, "EA", "118.00", "2026-12-11"),
        ("HS-SOL-2809-NM", "Solid forklift tyre 28x9-15, non-marking, grey", 16, "EA", "142.50", "2026-12-11"),
        ("HS-PO-1871", "Press-on tyre 18x7x12-1/8, smooth", 8, "EA", "96.40", "2026-12-11"),
    ], req_time=at("2026-11-10 10:14:00", 1))
    req = Request(po)
    body = ("Keller 님, 안녕하십니까.\n한성타이어산업 해외영업팀 김민준입니다.\n\n"
            "보내주신 발주서(PO No. 4500188951) 잘 받았습니다. 아래와 같이 납기 확인드립니다.\n\n"
            "1. HS-SOL-650 (6.50-10 솔리드 타이어) 24개 - 단가 USD 118.00 - 12월 18일 귀사 창고 도착\n"
            "2. HS-SOL-2809-NM (28x9-15 논마킹, 회색) 16개 - 단가 USD 142.50 - 12월 18일 귀사 창고 도착\n"
            "3. HS-PO-1871 (18x7x12-1/8 프레스온) 8개 - 단가 USD 96.40 - 원자재 입고 지연으로 1월 8일 도착\n\n"
            "단가는 모두 발주서와 동일합니다.\n"
            "요청하신 납기(12월 11일)를 맞추지 못해 죄송합니다.\n\n감사합니다.\n김민준 드림")
    sig = ("김민준 과장 | 해외영업팀\n한성타이어산업(주)\n경기도 시흥시 공단1대로 123\n"
           "Tel: +82-31-498-1234 | Fax: +82-31-498-1299 | Mobile: +82-10-1234-5678")
    eml = outlook_reply(po, req, frm="김민준", email="mj.kim@hansung-tyre.example",
                        when=at("2026-11-11 17:22:05", 9), body=body, sig=sig, lang="ko", olang="ko-KR",
                        charset="ks_c_5601-1987", cte="base64", prefix_="회신: ",
                        sent="2026년 11월 10일 화요일 오후 6:14", host="SL2P216MB1789", region="KORP216")
    return Out([po.json()], eml, "confirmation",
               "Dates without a year: 12월 18일 = 2026-12-18 for lines 1-2 and 1월 8일 = 2027-01-08 for line 3 (next such date after the mail); prices unchanged; 12월 11일 is only our requested date repeated.",
               [conf(po, {1: CHG(24, "118.00", "2026-12-18"), 2: CHG(16, "142.50", "2026-12-18"),
                          3: CHG(8, "96.40", "2027-01-08")})])


# ---------------------------------------------------------------------------
def postfix_dsn(orig_eml, rcpt, remote_mx, remote_ip, when, queue_id, sender, diag, status="5.1.1"):
    arrival = when - __import__("datetime").timedelta(seconds=5)
    text = ("This is the mail system at host mail.buyer.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: host %s[%s] said:\n    %s (in reply to RCPT TO command)\n" % (rcpt, remote_mx, remote_ip, diag))
    ds = ("Reporting-MTA: dns; mail.buyer.example\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: %s (CET)\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
          "Action: failed\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
          % (queue_id, sender, mime.date(arrival), rcpt, rcpt, status, remote_mx, diag.replace("\n    ", "\n    ")))
    b = "%s.%d/mail.buyer.example" % (queue_id, int(when.timestamp()))
    rep = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  text.encode()),
        mime.delivery_status(ds, "Delivery report"),
        mime.rfc822(orig_eml, description="Undelivered Message"),
    ], b, preamble="This is a MIME-encapsulated message.\n", params="; report-type=delivery-status")
    rep.headers.append(("Content-Transfer-Encoding", "8bit"))
    hdrs = [("Return-Path", "<>"),
            ("Received", "by mail.buyer.example (Postfix)\n\tid %s; %s (CET)" % (queue_id, mime.date(when))),
            ("Date", mime.date(when) + " (CET)"),
            ("From", "MAILER-DAEMON@mail.buyer.example (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", sender), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    body_hdrs = rep.headers
    rep.headers = body_hdrs
    msgid = ("Message-Id", "<%s.%s@mail.buyer.example>" % (when.astimezone(__import__("datetime").timezone.utc)
                                                          .strftime("%Y%m%d%H%M%S"), queue_id))
    top = mime.Part(hdrs + rep.headers + [msgid], parts=rep.parts, boundary=rep.boundary, preamble=rep.preamble)
    raw = top.render()
    return raw.replace(b"\n", b"\r\n")


@case("laminated-glass-postfix-user-unknown", "bounce/lt-LT",
      "Postfix multipart/report for an unknown recipient; the attached original carries the full PO table with prices and dates.")
def c009():
    sup = supplier("BST-0415", "UAB Baltijos stiklas", "uzsakymai@baltijosstiklas.example", "lt-LT")
    po = PO("4500189034", sup, "dana", "EUR", "2026-11-11", [
        ("BS-VSG442-CL", "Laminated safety glass 44.2 clear, PVB 0.76, 2000x1000 mm", 60, "M2", "38.50", "2026-12-15"),
        ("BS-VSG552-MT", "Laminated glass 55.2 matt PVB, 1500x800 mm", 24, "EA", "46.20", "2026-12-15"),
    ], req_time=at("2026-11-11 10:14:52", 1))
    req = Request(po)
    orig = req.eml()
    eml = postfix_dsn(orig, sup["email"], "mx.baltijosstiklas.example", "203.0.113.45",
                      at("2026-11-11 10:15:03", 1), "6C1B2345F6", "dana.ruiz@buyer.example",
                      "550 5.1.1 <uzsakymai@baltijosstiklas.example>: Recipient address rejected:\n    User unknown in virtual mailbox table")
    return Out([po.json()], eml, "bounce",
               "Postfix DSN (Status 5.1.1, user unknown): nothing from the supplier, but the returned original holds the PO table with quantities, prices and dates.")


# ---------------------------------------------------------------------------
@case("playground-between-14-and-18-dec", "confirmation/fr-BE",
      "Delivery promised 'entre le 14 et le 18 décembre' without a year; the commitment is the last day of the range.")
def c010():
    sup = supplier("LDP-2290", "Ludiparc SRL", "commandes@ludiparc.example", "fr-BE")
    po = PO("4500189120", sup, "sofia", "EUR", "2026-11-06", [
        ("LP-BAL2-12", "Double swing frame, 2 seats, posts 12x12 cm, height 2.4 m", 4, "SET", "1280.00", "2026-12-11"),
        ("LP-TOB150-G", "Slide for 1.5 m platform, HDPE, green", 3, "EA", "945.00", "2026-12-11"),
        ("LP-DAL-5040", "Impact-absorbing rubber tile 500x500x40 mm, EN 1177 (HIC 1.3 m)", 96, "M2", "42.60", "2026-12-11"),
    ], site="rtm", req_time=at("2026-11-06 15:40:00", 1))
    req = Request(po)
    body = ("Bonjour Madame Marques,\n\n"
            "Merci pour votre commande 4500189120.\n\n"
            "Nous vous confirmons les 3 positions aux quantités et aux prix indiqués. En raison du délai de "
            "galvanisation des poteaux (12x12), la livraison complète se fera entre le 14 et le 18 décembre ; "
            "notre transporteur vous téléphonera la veille pour fixer le créneau.\n\n"
            "Les dalles amortissantes 500x500x40 de la position 3 sont en stock, mais elles partiront avec le reste "
            "de la commande pour éviter deux transports.")
    sig = ("Bien à vous,\n\nNathalie Dubois\nService commercial - Ludiparc SRL\n"
           "Rue de l'Industrie 22, 7080 Frameries, Belgique\nTél. +32 65 67 12 34 - TVA BE 0456.789.123")
    eml = outlook_reply(po, req, frm="Nathalie Dubois", email="n.dubois@ludiparc.example",
                        when=at("2026-11-13 11:26:40", 1), body=body, sig=sig, lang="fr", olang="fr-BE",
                        charset="windows-1252", cte="quoted-printable", prefix_="RE : ")
    d = "2026-12-18"
    return Out([po.json()], eml, "confirmation",
               "The range 'entre le 14 et le 18 décembre' commits to 2026-12-18 (last day) for all three lines; quantities and prices as ordered.",
               [conf(po, {1: CHG(4, "1280.00", d), 2: CHG(3, "945.00", d), 3: CHG(96, "42.60", d)})])


# ---------------------------------------------------------------------------
@case("sausage-casings-iht-ordre-i-stedet-for", "confirmation/da-DK",
      "Danish per-position answers: two lines 'iht. ordre' (as per PO) and one with a new price written as 'i stedet for' the old one.")
def c011():
    sup = supplier("NTK-0631", "Nordisk Tarmkompagni A/S", "ordre@nordisk-tarm.example", "da-DK")
    po = PO("4500189233", sup, "lena", "DKK", "2026-11-09", [
        ("NT-SV2830", "Hog casings 28/30 mm, salted, 1 hank = 91 m", 150, "EA", "245.00", "2026-12-02"),
        ("NT-FA2022", "Sheep casings 20/22 mm, tubed, 1 hank = 91 m", 80, "EA", "312.00", "2026-12-02"),
        ("NT-KOL45-KL", "Collagen casing cal. 45, clear, shirred stick 50 m", 2000, "M", "3.85", "2026-12-02"),
    ], req_time=at("2026-11-09 13:05:00", 1))
    req = Request(po)
    body = ("Hej Lena\n\nTak for ordren 4500189233.\n\n"
            "Pos. 1: iht. ordre\n"
            "Pos. 2: leveres, men prisen er 338,00 kr. pr. bundt i stedet for 312,00 kr. "
            "(ny pris fra vores leverandør af fåretarme)\n"
            "Pos. 3: iht. ordre\n\n"
            "Levering onsdag den 2. december som ønsket.")
    sig = ("Venlig hilsen\n\nMette Kjær\nOrdrekontor\nNordisk Tarmkompagni A/S\n"
           "Industrivej 7, 6600 Vejen\nTlf. +45 75 36 12 00 - CVR 12 34 56 78")
    eml = outlook_reply(po, req, frm="Mette Kjær", email="mk@nordisk-tarm.example",
                        when=at("2026-11-10 08:47:15", 1), body=body, sig=sig, lang="da", olang="da-DK",
                        charset="iso-8859-1", cte="quoted-printable", prefix_="SV: ")
    return Out([po.json()], eml, "confirmation",
               "Lines 1 and 3 'iht. ordre' are accepted; line 2 new price 338,00 'i stedet for' 312,00 per hank (the PO unit); delivery 2 December as requested.",
               [conf(po, {1: ACC, 2: CHG(80, "338.00", "2026-12-02"), 3: ACC})])


# ---------------------------------------------------------------------------
@case("xray-film-confirm-next-week-koi8", "needs_review/ru-RU",
      "Russian KOI8-R reply: 'mid-December, not yet certain', full confirmation promised next week - nothing is committed.")
def c012():
    sup = supplier("RMS-7720", "OOO RentgenMed Snab", "zakaz@rentgenmed.example", "ru-RU")
    po = PO("4500189350", sup, "priya", "EUR", "2026-11-10", [
        ("RM-XF3543-G", "X-ray film 35x43 cm, green-sensitive, box of 100 sheets", 40, "BOX", "86.00", "2026-12-11"),
        ("RM-XF2430-B", "X-ray film 24x30 cm, blue-sensitive, box of 100 sheets", 25, "BOX", "52.40", "2026-12-11"),
        ("RM-DEV-20L", "Developer for automatic processors, 20 L canister", 6, "EA", "64.00", "2026-12-11"),
    ], req_time=at("2026-11-10 10:14:00", 1))
    req = Request(po)
    body = ("Добрый день, Прия!\n\n"
            "Ваш заказ 4500189350 получили, спасибо.\n\n"
            "Сейчас уточняем у завода-изготовителя сроки по плёнке 35х43 и 24х30. По предварительной "
            "информации отгрузка возможна в середине декабря, но это пока не точно.\n"
            "Подтверждение по всем позициям (количество, цены, сроки) направим на следующей неделе, "
            "как только получим ответ завода.")
    sig = ("С уважением,\nАлексей Воронин\nменеджер отдела продаж\nООО \"РентгенМед Снаб\"\n"
           "г. Москва, ул. Электрозаводская, д. 27, стр. 4\nтел.: +7 (495) 123-45-67, доб. 214")
    eml = tb_reply(po, req, frm="Алексей Воронин", email="a.voronin@rentgenmed.example",
                   when=at("2026-11-12 11:03:27", 3), body=body, sig=sig, charset="KOI8-R", cte="8bit",
                   attribution="10.11.2026 12:14, Priya Nair пишет:", lang="ru", hdr_charset="KOI8-R",
                   ua="Mozilla Thunderbird")
    return Out([po.json()], eml, "needs_review",
               "'Possible in mid-December, not certain yet' and 'we will send the confirmation next week' commit to nothing; all values in the mail are our own quoted ones.")


# ---------------------------------------------------------------------------
@case("plant-pots-moq-full-pallet", "confirmation/pl-PL",
      "Polish reply: the price stays but the minimum production quantity (a full pallet) raises line 1 from 800 to 1 040 pcs.")
def c013():
    sup = supplier("OGP-3318", "Ogrodnik-Plast Sp. z o.o.", "zamowienia@ogrodnikplast.example", "pl-PL")
    po = PO("4500189466", sup, "jonas", "PLN", "2026-11-09", [
        ("OP-DON12-TC", "Plant pot round 12 cm, 0.9 l, terracotta colour", 800, "PCS", "0.62", "2026-12-09"),
        ("OP-DON19-AN", "Plant pot round 19 cm, 3.5 l, anthracite", 600, "PCS", "1.48", "2026-12-09"),
        ("OP-POD19-AN", "Saucer for 19 cm pot, anthracite", 600, "PCS", "0.41", "2026-12-09"),
    ], site="waw", req_time=at("2026-11-09 09:45:00", 1))
    req = Request(po, style="dmy")
    body = ("Dzień dobry Panie Jonasie,\n\n"
            "dziękujemy za zamówienie nr 4500189466.\n\n"
            "Poz. 2 i 3 potwierdzamy zgodnie z zamówieniem (ilości, ceny, termin).\n\n"
            "Poz. 1 (doniczka 12 cm, terakota): cena bez zmian - 0,62 zł/szt., ale minimalna ilość produkcyjna "
            "dla tego koloru to pełna paleta, tj. 1 040 szt. (26 kartonów po 40 szt.). "
            "Pozycję 1 potwierdzamy więc w ilości 1 040 szt.\n\n"
            "Dostawa wszystkich pozycji: 09.12.2026 do magazynu w Raszynie.")
    sig = ("Pozdrawiam serdecznie\n\nKatarzyna Wójcik\nDział Obsługi Klienta\nOgrodnik-Plast Sp. z o.o.\n"
           "ul. Przemysłowa 14, 62-080 Tarnowo Podgórne\ntel. +48 61 814 22 70, kom. 601 234 567\n"
           "NIP 777-31-22-456, KRS 0000123456, kapitał zakładowy 500 000 zł")
    assert 26 * 40 == 1040
    eml = outlook_reply(po, req, frm="Katarzyna Wójcik", email="k.wojcik@ogrodnikplast.example",
                        when=at("2026-11-10 12:31:02", 1), body=body, sig=sig, lang="pl", olang="pl-PL",
                        charset="iso-8859-2", cte="quoted-printable", prefix_="ODP: ",
                        sent="poniedziałek, 9 listopada 2026 09:45")
    return Out([po.json()], eml, "confirmation",
               "Line 1 keeps 0,62 zł but is confirmed at the full-pallet minimum of 1 040 pcs instead of 800; lines 2 and 3 as ordered; delivery 09.12.2026 as requested.",
               [conf(po, {1: CHG(1040, "0.62", "2026-12-09"), 2: ACC, 3: ACC})])


# ---------------------------------------------------------------------------
@case("thermal-rolls-three-weeks-vecka", "confirmation/sv-SE",
      "Swedish reply splitting one line over three deliveries given only as week numbers (v. 50, v. 51, v. 2/2027); the other line is in week 50.")
def c014():
    sup = supplier("KRN-1147", "Kassarullen Nordic AB", "order@kassarullen.example", "sv-SE")
    po = PO("4500189578", sup, "dana", "SEK", "2026-11-12", [
        ("KR-TP8080-12", "Thermal paper roll 80 mm x 80 m, core 12 mm, BPA-free, 55 g/m2", 1200, "ROL", "9.40", "2026-12-11"),
        ("KR-TP5740-12", "Thermal paper roll 57 mm x 40 m, core 12 mm, BPA-free", 2000, "ROL", "4.15", "2026-12-11"),
    ], req_time=at("2026-11-12 09:10:00", 1))
    req = Request(po)
    body = ("Hej Dana,\n\nTack för beställningen!\n\n"
            "Rad 1 (80x80): vi kan tyvärr inte leverera allt på en gång, så vi delar upp leveransen:\n"
            "  - 400 rullar vecka 50\n  - 400 rullar vecka 51\n  - 400 rullar vecka 2/2027\n"
            "Rad 2 (57x40): alla 2 000 rullar levereras vecka 50.\n\n"
            "Priserna enligt er order.")
    sig = ("Med vänlig hälsning\n\nJohan Lindqvist\nKundtjänst / Orderavdelningen\nKassarullen Nordic AB\n"
           "Verkstadsgatan 5, 504 62 Borås\nTel 033-41 22 80\nOrg.nr 556123-4567")
    eml = outlook_reply(po, req, frm="Johan Lindqvist", email="johan.lindqvist@kassarullen.example",
                        when=at("2026-11-13 14:55:09", 1), body=body, sig=sig, lang="sv", olang="sv-SE",
                        charset="iso-8859-1", cte="quoted-printable", prefix_="SV: ")
    w50, w51, w2 = kw_fri(2026, 50).isoformat(), kw_fri(2026, 51).isoformat(), kw_fri(2027, 2).isoformat()
    assert (w50, w51, w2) == ("2026-12-11", "2026-12-18", "2027-01-15")
    return Out([po.json()], eml, "confirmation",
               "Weeks without a day mean Friday: line 1 = 400 on 2026-12-11, 400 on 2026-12-18, 400 on 2027-01-15 (last date counts); line 2 week 50 = 2026-12-11 = requested, so accepted.",
               [conf(po, {1: CHG(1200, "9.40", w2, [(400, w50), (400, w51), (400, w2)]), 2: ACC})])


# ---------------------------------------------------------------------------
@case("forklift-tyres-signature-dates", "confirmation/en-ZA",
      "A bare 'confirm in full as per PO' whose only dates and numbers sit in the signature (registration no. 2011/004512/07, B-BBEE expiry 2027/02/28, phone numbers).")
def c015():
    sup = supplier("HIT-0902", "Highveld Industrial Tyres (Pty) Ltd", "orders@highveldtyres.example", "en-ZA")
    po = PO("4500189702", sup, "tom", "ZAR", "2026-11-10", [
        ("HV-PN700-12", "Pneumatic forklift tyre 7.00-12, 12 ply, tube type", 16, "EA", "1860.00", "2026-12-18"),
        ("HV-TB700-JS2", "Inner tube 7.00-12, valve JS2", 16, "EA", "215.00", "2026-12-18"),
        ("HV-FL700", "Rim flap 7.00-12", 16, "EA", "48.50", "2026-12-18"),
    ], site="man", req_time=at("2026-11-10 11:00:00", 0))
    req = Request(po)
    body = ("Good day Tom\n\nThank you for the order.\n"
            "We confirm your PO 4500189702 in full as per PO - no changes from our side.\n\n"
            "Regards\nThabo")
    sig = ("Thabo Mokoena | Sales Administrator\nHighveld Industrial Tyres (Pty) Ltd\n"
           "Reg. No. 2011/004512/07 | VAT No. 4120256789\n"
           "B-BBEE Level 2 contributor - certificate valid until 2027/02/28\n"
           "14 Kruger Road, Germiston 1401 | Tel: +27 11 452 1200 | Cell: 082 555 0147\n\n"
           "This e-mail is subject to the disclaimer at www.highveldtyres.example/legal (version 2024/03).")
    eml = outlook_reply(po, req, frm="Thabo Mokoena", email="thabo@highveldtyres.example",
                        when=at("2026-11-11 10:42:37", 2), body=body, sig=sig, lang="en", olang="en-ZA",
                        charset="us-ascii", cte="7bit", host="JN1P275MB0543", region="ZAFP275")
    return Out([po.json()], eml, "confirmation",
               "Everything is confirmed as per PO; 2027/02/28, 2011/004512/07, 2024/03 and the phone numbers in the signature are not delivery dates or quantities.",
               [all_acc(po)])


# ---------------------------------------------------------------------------
@case("crayons-thank-you-coupon", "unrelated/pt-BR",
      "A supplier marketing mail titled 'Obrigado pela sua compra!' with a coupon code, prices and a validity date, but no reference to our order.")
def c016():
    sup = supplier("CDS-4471", "Cores do Sul Industria de Giz de Cera Ltda.", "vendas@coresdosul.example", "pt-BR")
    po = PO("4500189690", sup, "dana", "USD", "2026-11-11", [
        ("CS-GC12-J", "Wax crayons 12 colours, jumbo 10 mm, box", 3000, "BOX", "0.92", "2026-12-18"),
        ("CS-GC24-8", "Wax crayons 24 colours, 8 x 90 mm, box", 2000, "BOX", "1.65", "2026-12-18"),
    ], req_time=at("2026-11-11 14:20:00", 1))
    text = ("Olá, Dana!\n\nObrigado pela sua compra! 🎨\n\n"
            "Ficamos muito felizes em ter você como cliente da Cores do Sul em 2026. Como agradecimento, "
            "preparamos um presente: use o cupom OBRIGADO15 e ganhe 15% de desconto no seu próximo pedido "
            "em nossa loja online.\n\n"
            "Válido até 31/12/2026 para pedidos a partir de R$ 300,00. Frete grátis para todo o Brasil acima "
            "de R$ 500,00.\n\n"
            "Novidades da linha 2027:\n"
            "- Giz de cera jumbo 12 cores, 10 mm - R$ 9,90\n"
            "- Giz de cera triangular 24 cores - R$ 17,50\n"
            "- Kit escolar 4/3: giz + lápis de cor + apontador - R$ 29,90\n\n"
            "Comprar agora: https://loja.coresdosul.example/?utm_source=email&utm_campaign=obrigado15\n\n"
            "Cores do Sul Indústria de Giz de Cera Ltda. - CNPJ 12.345.678/0001-90\n"
            "Rua das Indústrias, 450 - Distrito Industrial - Caxias do Sul/RS - CEP 95112-000\n"
            "Você recebeu este e-mail porque é cliente Cores do Sul. Para não receber mais nossas mensagens, "
            "acesse: https://news.coresdosul.example/unsubscribe?u=8f3a21")
    html = ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>Obrigado!</title></head>'
            '<body style="margin:0;background:#f4f1ea">\n<table role="presentation" width="100%" cellpadding="0" '
            'cellspacing="0"><tr><td align="center">\n<table role="presentation" width="600" style="background:#ffffff;'
            'font-family:Arial,sans-serif;color:#333">\n'
            '<tr><td style="padding:24px;background:#f7b500;font-size:26px;font-weight:bold;color:#fff">'
            'Obrigado pela sua compra! &#127912;</td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px">Olá, Dana!<br><br>Ficamos muito felizes em ter você como '
            'cliente da Cores do Sul em 2026. Como agradecimento, use o cupom<br>'
            '<div style="margin:16px 0;padding:12px;border:2px dashed #f7b500;font-size:24px;text-align:center">'
            '<b>OBRIGADO15</b></div>e ganhe <b>15% de desconto</b> no seu próximo pedido em nossa loja online.<br>'
            '<small>Válido até 31/12/2026 para pedidos a partir de R$ 300,00. Frete grátis acima de R$ 500,00.</small>'
            '</td></tr>\n<tr><td style="padding:0 24px 24px"><b>Novidades da linha 2027</b><ul>'
            '<li>Giz de cera jumbo 12 cores, 10 mm - R$ 9,90</li><li>Giz de cera triangular 24 cores - R$ 17,50</li>'
            '<li>Kit escolar 4/3: giz + lápis de cor + apontador - R$ 29,90</li></ul>'
            '<a href="https://loja.coresdosul.example/?utm_source=email&amp;utm_campaign=obrigado15" '
            'style="background:#e4572e;color:#fff;padding:12px 24px;text-decoration:none">Comprar agora</a></td></tr>\n'
            '<tr><td style="padding:16px;font-size:11px;color:#888">Cores do Sul Indústria de Giz de Cera Ltda. - '
            'CNPJ 12.345.678/0001-90<br>Rua das Indústrias, 450 - Caxias do Sul/RS - CEP 95112-000<br>'
            'Você recebeu este e-mail porque é cliente Cores do Sul. '
            '<a href="https://news.coresdosul.example/unsubscribe?u=8f3a21">Descadastrar</a></td></tr>\n'
            '</table></td></tr></table></body></html>\n')
    seed = "c016"
    a = alt(mime.text(text + "\n", "plain", "utf-8", "quoted-printable"),
            mime.text(html, "html", "utf-8", "base64"), "----=_Part_%s" % HX(seed, 20))
    hdrs = std_headers(frm=mime.addr("Cores do Sul", "novidades@news.coresdosul.example"),
                       to="dana.ruiz@buyer.example",
                       subject="Obrigado pela sua compra! 🎨 15% OFF no seu próximo pedido",
                       when=at("2026-11-13 10:00:04", -3), msgid="<%s.%s@news.coresdosul.example>" % (hx(seed, 24), "mautic"),
                       rcv=("bounce-8f3a21@news.coresdosul.example", "mta2.news.coresdosul.example", "198.51.100.140"),
                       extra=[("List-Unsubscribe", "<https://news.coresdosul.example/unsubscribe?u=8f3a21>, "
                                                   "<mailto:unsubscribe@news.coresdosul.example?subject=8f3a21>"),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                              ("Precedence", "bulk"), ("X-Mailer", "Mautic 5.1.1"), ("MIME-Version", "1.0")])
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "unrelated",
               "Bulk marketing from the supplier's newsletter domain ('thank you for your purchase', coupon OBRIGADO15, valid until 31/12/2026); it does not mention PO 4500189690.")


# ---------------------------------------------------------------------------
@case("dental-spares-discontinued-all", "confirmation/ja-JP",
      "Japanese Shift_JIS reply declining the whole order because the chair series is discontinued; a successor offer is not an acceptance.")
def c017():
    sup = supplier("TKD-0350", "Takami Dental Industries Co., Ltd.", "kaigai@takami-dental.example", "ja-JP")
    po = PO("4500189801", sup, "priya", "JPY", "2026-11-10", [
        ("TK-SV2207", "Solenoid valve 24V DC for dental chair TK-700, G1/8", 10, "EA", "8400", "2026-12-18"),
        ("TK-FS100", "Foot switch assembly TK-700, 4-way, 2.5 m cable", 4, "EA", "36500", "2026-12-18"),
        ("TK-HPC-4H", "Handpiece coupling 4-hole (Midwest), 2/3-way", 12, "EA", "5200", "2026-12-18"),
    ], req_time=at("2026-11-10 10:14:00", 1))
    req = Request(po)
    body = ("Brightmoor Group\nPriya Nair 様\n\n"
            "いつも大変お世話になっております。\nタカミ歯科工業 海外営業部の佐藤でございます。\n\n"
            "ご注文番号 4500189801 の件につきまして、誠に申し訳ございませんが、\n"
            "TK-700 シリーズ歯科用チェアの補修部品は 2026年9月30日 をもちまして\n生産終了となりました。\n\n"
            "そのため、今回ご注文いただいた下記3品目はいずれも供給することができません。\n\n"
            " 1. TK-SV2207  ソレノイドバルブ 24V DC (G1/8)  10個\n"
            " 2. TK-FS100   フットスイッチ アッセンブリ    4個\n"
            " 3. TK-HPC-4H  ハンドピースカップリング 4穴   12個\n\n"
            "後継機種 TK-900 用の部品でしたらお見積りいたしますので、ご検討いただけますと幸いです。\n\n"
            "ご迷惑をおかけし大変申し訳ございません。\n何卒よろしくお願い申し上げます。\n\n"
            "━━━━━━━━━━━━━━━━━━━━\n株式会社タカミ歯科工業　海外営業部\n佐藤 健一 (Kenichi Sato)\n"
            "〒335-0021 埼玉県戸田市新曽 1-2-3\nTEL: 048-441-2345 / FAX: 048-441-2346\n"
            "━━━━━━━━━━━━━━━━━━━━")
    d = req.when.astimezone(__import__("datetime").timezone(__import__("datetime").timedelta(hours=9)))
    attribution = "On Tue, 10 Nov 2026 %02d:%02d:00 +0900\nPriya Nair <priya.nair@buyer.example> wrote:" % (d.hour, d.minute)
    t = body + "\n\n" + attribution + "\n" + prefix(req.text(), "> ")
    seed = "c017"
    part = mime.text(t + "\n", "plain", "Shift_JIS", "base64", quote_charset=False)
    hdrs = std_headers(frm=mime.addr("佐藤 健一", "k.sato@takami-dental.example", "Shift_JIS"),
                       to=mime.addr("Priya Nair", "priya.nair@buyer.example"),
                       subject="Re: Purchase order 4500189801 - please confirm", when=at("2026-11-12 09:38:50", 9),
                       msgid="<20261112093850.%s.k.sato@takami-dental.example>" % HX(seed, 8), irt=po.rid,
                       refs=po.rid,
                       rcv=("k.sato@takami-dental.example", "mail.takami-dental.example", "203.0.113.88"),
                       extra=[("MIME-Version", "1.0"), ("X-Mailer", "Becky! ver. 2.81.05 [ja]")])
    eml = mime.message(hdrs, part)
    return Out([po.json()], eml, "confirmation",
               "All three lines are declined (discontinued since 30 Sep 2026); the offer to quote successor TK-900 parts does not confirm anything.",
               [conf(po, {1: REJ, 2: REJ, 3: REJ})])


# ---------------------------------------------------------------------------
@case("printing-blankets-inline-kw", "confirmation/de-DE",
      "Answers typed inline under each quoted PO line in a Thunderbird reply: 'KW 50', a new price 'statt', 'Dienstag, KW 51' and a dropped item.")
def c018():
    sup = supplier("DRM-1023", "Drucktuchwerk Rhein-Main GmbH", "auftrag@drucktuch-rm.example", "de-DE")
    po = PO("4500189912", sup, "lena", "EUR", "2026-11-11", [
        ("DT-UV1060-195", "Printing blanket UV, 1.95 mm, 1060 x 860 mm, with bars", 20, "EA", "96.00", "2026-12-11"),
        ("DT-KV790-170", "Printing blanket conventional, 1.70 mm, 790 x 660 mm", 30, "EA", "58.50", "2026-12-11"),
        ("DT-UL040-1060", "Underlay sheet 0.40 mm, 1060 x 860 mm, calibrated", 20, "EA", "12.80", "2026-12-11"),
        ("DT-WASH-20L", "Blanket wash, VOC-free, 20 L canister", 8, "EA", "74.00", "2026-12-11"),
    ], req_time=at("2026-11-11 10:14:00", 1))
    req = Request(po)
    answers = {
        "DT-UV1060-195": "OK, bestätigt für KW 50.",
        "DT-KV790-170": "Preis leider 61,20 EUR statt 58,50 EUR (Rohstoffzuschlag Gummi), Termin KW 50 ok.",
        "DT-UL040-1060": "Unterlagen kommen aus dem Zweitwerk - Liefertermin Dienstag, KW 51.",
        "DT-WASH-20L": "Das Waschmittel führen wir nicht mehr, bitte direkt beim Hersteller bestellen.",
    }
    quoted = []
    for ln in req.text().split("\n"):
        quoted.append(("> " + ln) if ln else ">")
        for k, v in answers.items():
            if " %s " % k in ln:
                quoted.append(v)
    top = ("Hallo Frau Hoffmann,\n\ndanke für die Bestellung. Unsere Antworten stehen direkt unter den "
           "Positionen.\n\nViele Grüße\nJens Bachmann")
    sig = ("Jens Bachmann\nAuftragsabwicklung\nDrucktuchwerk Rhein-Main GmbH\nHanauer Landstraße 291, "
           "60314 Frankfurt am Main\nTel. 069 42 09 87-14\nHRB 98765 AG Frankfurt | USt-IdNr. DE 812 345 678")
    t = top + "\n\n" + "Am 11.11.2026 um 10:14 schrieb Lena Hoffmann:\n" + "\n".join(quoted) + "\n\n-- \n" + sig
    eml = tb_reply(po, req, frm="Jens Bachmann", email="j.bachmann@drucktuch-rm.example",
                   when=at("2026-11-13 08:12:45", 1), body="", text=t, lang="de-DE",
                   ua="Mozilla Thunderbird")
    return Out([po.json()], eml, "confirmation",
               "Inline answers: line 1 KW 50 = Friday 2026-12-11 (as requested, accepted); line 2 price 61.20 with KW 50; line 3 Tuesday of KW 51 = 2026-12-15; line 4 no longer supplied = rejected.",
               [conf(po, {1: ACC, 2: CHG(30, "61.20", "2026-12-11"), 3: CHG(20, "12.80", "2026-12-15"), 4: REJ})])
