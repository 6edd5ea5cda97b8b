"""Cases 001-018."""
from . import mime
from .common import (case, sup, po, acc, chg, REJ, UNC, conf, expc, expk, reply, when, rfcdate, iso,
                     kw_friday, inline_quote, req_subject, BUYERS_by_email, quote_outlook, e, html_doc)
import datetime as dt


@case("lacrosse-confirmed-as-ordered", "confirmation/en-GB",
      "A one-line 'confirmed as ordered' above an Outlook-quoted table whose descriptions carry 30in, 10/12, 4/3 and a 2027 model year.")
def c001():
    s = sup("KINGSWAY", "Kingsway Lacrosse Supplies Ltd", "orders@kingsway-lacrosse.example", "en-GB")
    p = po("4500218801", s, "dana", "GBP", "2026-11-04", [
        ("KL-SH-3006", "Attack shaft 30in, 6061 alloy, 2027 model", 120, "EA", "38.50", "2026-12-11"),
        ("KL-HD-1012", "Head unstrung, 10/12 deg offset, white", 120, "EA", "21.75", "2026-12-11"),
        ("KL-MS-0403", "Mesh kit 4/3 semi-soft, 10 pcs/pack", 30, "BOX", "46.00", "2026-12-18")])
    body = """Hi Dana,

Confirmed as ordered \u2013 all three lines, quantities, prices and dates as per your PO.

Kind regards

James Whitfield
Sales Office
Kingsway Lacrosse Supplies Ltd
Unit 7, Brindley Park, Stoke-on-Trent ST4 2RT
Tel: +44 1782 555 019 | Mob: +44 7700 900 412

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kingsway Lacrosse Supplies Ltd, registered in England & Wales no. 08812345.
"""
    eml = reply(p, frm_name="James Whitfield", frm_addr="james.whitfield@kingsway-lacrosse.example",
                w=when(2026, 11, 10, 14, 22, 0), body=body, contact="James", lang="en-GB")
    return [p], eml, expc("One-liner 'confirmed as ordered' from a colleague's address; the only numbers are in our quoted table and in the descriptions (30in, 10/12, 4/3, 2027), so every line is accepted with the PO values.",
                          conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: acc(p, 3)}))


@case("iv-poles-inline-us-dates", "confirmation/en-US",
      "Answers typed in capitals under each quoted PO line, US month-first dates, a ship-plus-delivery date pair and a reduced quantity with the balance cancelled.")
def c002():
    s = sup("BRIGHTLINE", "Brightline Medical Stands Inc.", "sales@brightline-medstands.example", "en-US")
    p = po("4500218842", s, "dana", "USD", "2026-11-05", [
        ("BL-IV-2H", "IV pole, 2-hook, 5-leg base, 24in casters", 40, "EA", "84.00", "2026-12-11"),
        ("BL-IV-4H-R", "IV pole 4-hook, 3/8-16 thread top, rehab", 25, "EA", "112.50", "2026-12-11"),
        ("BL-CL-1012", "Pole clamp 10-12 mm, chrome", 200, "PCS", "6.25", "2026-12-04")])
    top = """Hi Dana,

Answers inline below in CAPS. Let me know if anything is unclear.

Rob Delgado
Inside Sales | Brightline Medical Stands Inc.
1420 Commerce Pkwy, Grand Rapids, MI 49512
(616) 555-0148

"""
    answers = {1: "OK AS ORDERED - 40 PCS, $84.00, DELIVERED BY 12/11.",
               2: "PRICE NOW $118.00 EA (NEW CASTER SUPPLIER). SHIPS 12/14 VIA LTL, DELIVERED 12/17.",
               3: "ONLY 150 IN STOCK. WE WILL SHIP 150 ON 11/30, NO DELIVERY DATE FROM THE FORWARDER YET. THE BALANCE OF 50 WE CANNOT DO - PLEASE CANCEL IT."}
    text = top + inline_quote(p, answers, "en", "Rob")
    html = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (e(l) if l else "<br>") for l in text.split("\n")) + "</div>"
    eml = reply(p, frm_name="Rob Delgado", frm_addr="rob.delgado@brightline-medstands.example",
                w=when(2026, 11, 11, 10, 5, -5), body=text, client="gmail", quote="none", prefix="Re: ",
                html_inner=html, cs="UTF-8", body_ptxt=text)
    return [p], eml, expc("Inline answers under each quoted line with US month-first dates: line 2 has a ship date 12/14 and a delivery date 12/17 (delivery wins) plus a new price; line 3 only a ship date 11/30 and 150 of 200 (balance cancelled).",
                          conf(p, {1: acc(p, 1), 2: chg(p, 2, price="118.00", d="2026-12-17"),
                                   3: chg(p, 3, q=150, d="2026-11-30")}))


@case("lead-came-liefertermin-2112", "confirmation/de-DE",
      "German prose with 'Liefertermin: 21.12.' without a year for all positions and 'EUR 12,40/Stk.' for position 2 only.")
def c003():
    s = sup("BLEIHART", "Bleiprofile Hartmann GmbH", "verkauf@bleiprofile-hartmann.example", "de-DE")
    p = po("4500218877", s, "dana", "EUR", "2026-11-06", [
        ("BH-H6-200", "Lead came H-profile 6 mm, 2 m bar", 400, "PCS", "11.80", "2026-12-18"),
        ("BH-H8-200", "Lead came H-profile 8 mm, 2 m bar", 250, "PCS", "11.95", "2026-12-18"),
        ("BH-U4-200", "Lead came U-profile 4 mm edging, 2 m", 150, "PCS", "7.40", "2026-12-18")])
    body = """Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung 4500218877. Wir bestätigen alle drei Positionen in den bestellten Mengen.

Liefertermin: 21.12. (alle Positionen, frei Haus Oslo)

Preisänderung nur bei Pos. 2 (BH-H8-200): aufgrund der gestiegenen Bleinotierung EUR 12,40/Stk. Pos. 1 und 3 bleiben zu den bestellten Preisen.

Mit freundlichen Grüßen

i. A. Markus Lenz
Innendienst / Auftragsabwicklung

Bleiprofile Hartmann GmbH
Gießereistraße 14 | 57072 Siegen
Tel. +49 271 404 88-21 | Fax +49 271 404 88-99
Geschäftsführer: Dr. Klaus Hartmann | Amtsgericht Siegen HRB 4711 | USt-IdNr. DE 123 456 789
"""
    eml = reply(p, frm_name="Lenz, Markus", frm_addr="m.lenz@bleiprofile-hartmann.example",
                w=when(2026, 11, 12, 11, 40, 1), body=body, cs="iso-8859-1", prefix="AW: ", qlang="de", lang="de-DE")
    d = "2026-12-21"
    return [p], eml, expc("'Liefertermin: 21.12.' has no year: next 21 December after the mail date is 2026-12-21, applying to all positions; the price change EUR 12,40/Stk. applies to position 2 only.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, price="12.40", d=d), 3: chg(p, 3, d=d)}))


@case("blanket-sheets-fin-semaine", "needs_review/fr-FR",
      "Gives 'prix unitaire HT 8,90 €' but only 'livraison fin de semaine prochaine' as the date, which is too vague to label.")
def c004():
    s = sup("BLANCHETG", "Blanchet Graphique SAS", "adv@blanchet-graphique.example", "fr-FR")
    p = po("4500218903", s, "dana", "EUR", "2026-11-09", [
        ("BG-SB-5274", "Underpacking sheet calibrated 0.10 mm, 52x74 cm", 200, "EA", "8.60", "2026-11-27")])
    body = """Bonjour Madame Ruiz,

Suite à votre demande concernant la commande 4500218903 : prix unitaire HT 8,90 € (hausse matière au 1er novembre), livraison fin de semaine prochaine.

Bien cordialement,

Claire Dumont
Administration des ventes
Blanchet Graphique SAS
12, rue des Imprimeurs – 69007 Lyon
Tél. : +33 4 72 00 41 18
"""
    eml = reply(p, frm_name="Claire Dumont", frm_addr="c.dumont@blanchet-graphique.example",
                w=when(2026, 11, 12, 16, 8, 1), body=body, cs="windows-1252", prefix="RE : ", qlang="fr", lang="fr-FR")
    return [p], eml, expk("needs_review", "Price is clear (8,90 € instead of 8.60) but the only date is 'fin de semaine prochaine' (end of next week: Friday? Saturday?), not a committed delivery date, so a human must confirm.")


@case("climbing-holds-czech-ooo", "auto_reply/cs-CZ",
      "Czech Outlook out-of-office in ISO-8859-2 with a return date and a colleague's e-mail and phone, threaded on our request.")
def c005():
    s = sup("CHYTY", "Chyty Brno s.r.o.", "obchod@chyty-brno.example", "cs-CZ")
    p = po("4500218915", s, "mikkel", "CZK", "2026-11-09", [
        ("CB-JG-L12", "Jug set L, 12 pcs, PU, M10 bolt", 25, "SET", "1890.00", "2026-12-11"),
        ("CB-FT-XS40", "Foot chips XS, 40 pcs, screw-on", 30, "SET", "740.00", "2026-12-11")])
    w = when(2026, 11, 9, 9, 13, 1, S=4)
    body = """Dobrý den,

děkuji za Váš e-mail. Od 9. 11. do 23. 11. 2026 jsem mimo kancelář s omezeným přístupem k e-mailu. Vaše zpráva nebude přeposlána.

V naléhavých případech (objednávky, termíny dodání) prosím kontaktujte kolegu Jana Dvořáka, jan.dvorak@chyty-brno.example, tel. +420 541 212 334.

S pozdravem
Petra Nováková
Chyty Brno s.r.o. | Vídeňská 88, 639 00 Brno
"""
    bn, be = BUYERS_by_email(p)
    seed = "ooo" + p["po_number"]
    html = "".join('<p class="MsoNormal">%s</p>' % (e(l) if l else "&nbsp;") for l in body.split("\n"))
    root = mime.multi("alternative", [mime.text(body, cs="iso-8859-2"),
                                       mime.text(html_doc(html, "iso-8859-2", "outlook"), sub="html", cs="iso-8859-2")],
                      mime.boundary("outlook", seed))
    hs = [("From", mime.addr("Petra Nováková", "petra.novakova@chyty-brno.example", "iso-8859-2")),
          ("To", mime.addr(bn, be)),
          ("Subject", mime.ew("Automatická odpověď: " + req_subject(p), "iso-8859-2")),
          ("Thread-Topic", req_subject(p)), ("Date", rfcdate(w)),
          ("Message-ID", mime.message_id("outlook", seed, "chyty-brno.example")),
          ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "petra.novakova@chyty-brno.example"),
          ("Content-Language", "cs-CZ")]
    return [p], mime.message(hs, root), expk("auto_reply", "Czech out-of-office (Automatická odpověď) with dates 9. 11.-23. 11. 2026 and a colleague's contact; commits to nothing.")


@case("hot-sauce-bottles-prezzo-invariato", "confirmation/it-IT",
      "Italian prose 'prezzo invariato, consegna 21 dicembre' covering both lines, with no year and no per-line repetition.")
def c006():
    s = sup("VETRLIG", "Vetreria Ligure S.r.l.", "ordini@vetreria-ligure.example", "it-IT")
    p = po("4500218930", s, "dana", "EUR", "2026-11-06", [
        ("VL-WB-148", "Woozy bottle 148 ml (5 oz), flint, 24-414 neck", 12000, "PCS", "0.31", "2026-12-14"),
        ("VL-CP-2441", "Dripper cap 24-414, black, orifice 1.5 mm", 12000, "PCS", "0.06", "2026-12-14")])
    body = """Gentile Sig.ra Ruiz,

in riferimento al Vs. ordine n. 4500218930 del 06/11/2026 confermiamo entrambe le posizioni per le quantità richieste (12.000 pz cad.), prezzo invariato, consegna 21 dicembre presso il Vs. magazzino di Oslo.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Giulia Ferrando
Ufficio Commerciale
Vetreria Ligure S.r.l. – Via dei Vetrai 21, 17047 Vado Ligure (SV)
Tel. +39 019 216 4470
P.IVA 01234560097

Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato.
"""
    eml = reply(p, frm_name="Giulia Ferrando", frm_addr="g.ferrando@vetreria-ligure.example",
                w=when(2026, 11, 16, 9, 48, 1), body=body, cs="windows-1252", prefix="R: ", qlang="it", lang="it-IT")
    d = "2026-12-21"
    return [p], eml, expc("'prezzo invariato, consegna 21 dicembre' applies to both positions: prices stay, the date (no year) becomes 2026-12-21 instead of 2026-12-14; 12.000 uses a thousands dot.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d)}))


@case("net-floats-noted-will-revert", "needs_review/en-SG",
      "The whole reply is 'Noted, will revert' from a phone, so nothing is committed although the quoted PO table is full of values.")
def c007():
    s = sup("LIMBROS", "Lim Bros Marine Pte Ltd", "sales@limbros-marine.example", "en-SG")
    p = po("4500218944", s, "tomasz", "USD", "2026-11-09", [
        ("LB-FL-2008", "Trawl float 200 mm (8in), 4 kg uplift, 600 m", 400, "PCS", "5.80", "2026-12-18"),
        ("LB-FL-1106", "Headline float 110x60 mm, 2.2 kg", 1500, "PCS", "1.45", "2026-12-18")])
    body = """Hi Tomasz, noted, will revert.

Rgds
Kelvin Lim
Lim Bros Marine Pte Ltd
+65 6265 0182

Sent from my iPhone
"""
    eml = reply(p, frm_name="Kelvin Lim", frm_addr="kelvin@limbros-marine.example",
                w=when(2026, 11, 10, 18, 2, 8), body=body, client="iphone", quote="gt", contact="Kelvin",
                html=False, prefix="Re: ")
    return [p], eml, expk("needs_review", "'noted, will revert' acknowledges receipt but commits to nothing; all values are only in our own quoted request.")


@case("climbing-holds-plazo-3-semanas", "confirmation/es-ES",
      "'Plazo de entrega: 3 semanas' is a lead time that has to be counted from the mail's Date (18 Nov) to get 9 Dec for every line.")
def c008():
    s = sup("PRESASLEV", "Presas Vertical Levante S.L.", "pedidos@presas-levante.example", "es-ES")
    p = po("4500218958", s, "dana", "EUR", "2026-11-10", [
        ("PV-JG-XL05", "Jug XL set of 5, PU, M10 bolt-on", 60, "SET", "74.00", "2026-12-04"),
        ("PV-CR-2027", "Crimp set 2027 competition line, 12 pcs", 40, "SET", "58.50", "2026-12-04"),
        ("PV-BT-1040", "Hex bolt M10x40 with washer, 8.8 zinc", 1000, "PCS", "0.28", "2026-12-04")])
    body = """Hola Dana:

Os confirmamos el pedido 4500218958 completo, cantidades y precios tal como indicáis.
Plazo de entrega: 3 semanas.

Un saludo,

Javier Morant
Dpto. Comercial – Presas Vertical Levante S.L.
Polígono Industrial El Oliveral, C/ 3 nº 14 · 46394 Ribarroja del Turia (Valencia)
Tel. 961 66 02 35
"""
    w = when(2026, 11, 18, 16, 20, 1)
    d = iso(w.date() + dt.timedelta(weeks=3))
    eml = reply(p, frm_name="Javier Morant", frm_addr="javier.morant@presas-levante.example", w=w, body=body,
                client="gmail", quote="gt", qlang="es", contact="Javier", prefix="RE: ", cs="UTF-8")
    return [p], eml, expc("Lead time of 3 weeks counted from the mail date 2026-11-18 gives 2026-12-09 for all three lines; quantities and prices unchanged.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: chg(p, 3, d=d)}))


@case("oyster-knives-gmail-bounce", "bounce/es-MX",
      "Gmail mailer-daemon bounce (multipart/report) whose attached message/rfc822 original carries our full PO table with prices and dates.")
def c009():
    from .sysmail import dsn_block, report
    from .common import request_message
    s = sup("CUCHPAC", "Cuchillería del Pacífico S.A. de C.V.", "ventas@cuchilleria-pacifico.example", "es-MX")
    p = po("4500218966", s, "ines", "USD", "2026-11-10", [
        ("CP-OS-0275", "Oyster knife 2.75in, Boston, HDPE handle", 600, "EA", "3.95", "2026-12-11"),
        ("CP-OS-0400", "Oyster knife 4in, Galveston, wood handle", 300, "EA", "5.40", "2026-12-11"),
        ("CP-GU-0009", "Cut-resistant glove, size 9, level 5", 200, "PAIR", "4.10", "2026-12-11")])
    orig = request_message(p, contact="Sirs", client="gmail")
    rcpt = p["supplier"]["email"]
    w = when(2026, 11, 10, 0, 12, -8, S=51)
    txt = """
** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
""" % rcpt
    html = ('<html><head></head><body><div style="font-family:Google Sans,Roboto,sans-serif"><h2>Address not found</h2>'
            '<p>Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none"><b>%s</b></a> because the address couldn\'t be found, or is unable to receive mail.</p>'
            '<p>The response was:</p><p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p></div></body></html>') % rcpt
    human = mime.multi("alternative", [mime.text(txt, cs="UTF-8", cte="7bit", q=False),
                                        mime.text(html, sub="html", cs="UTF-8", cte="7bit", q=False)],
                       mime.boundary("gmail", "bnc-alt"))
    dsn = dsn_block("googlemail.com", rfcdate(w), rcpt, "5.1.1",
                    "550-5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser",
                    remote_mta="mx.cuchilleria-pacifico.example",
                    extra_msg=["Received-From-MTA: dns; %s" % p["buyer"]["email"]])
    bn, be = BUYERS_by_email(p)
    hs = [("Received", "by 2002:a05:6a10:8c1:b0:5f1:2e77:1a0c with SMTP id x1csp123456pxb;\n        %s" % rfcdate(w)),
          ("Return-Path", "<>"),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", be),
          ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]),
          ("X-Failed-Recipients", rcpt), ("Message-ID", mime.message_id("gmail", "bounce009", "mail.gmail.com")),
          ("Date", rfcdate(w)), ("MIME-Version", "1.0")]
    eml = report(hs, human, dsn, orig, mime.boundary("gmail", "bounce009"))
    return [p], eml, expk("bounce", "Gmail 'Address not found' DSN; the attached original request contains PO 4500218966 with item codes, quantities, prices and requested dates that must not be read as a confirmation.")


@case("xray-aprons-reais-por-unidade", "confirmation/pt-BR",
      "Brazilian number format 'R$ 1.250,00 por unidade' changes line 1's price while line 2 is written out with the same values as the PO.")
def c010():
    s = sup("RADSUL", "Radioproteção Sul Ltda.", "vendas@radioprotecao-sul.example", "pt-BR")
    p = po("4500218987", s, "ines", "BRL", "2026-11-06", [
        ("RS-AV-050", "Veterinary X-ray apron 0.5 mm Pb eq., 100x60 cm, wrap", 12, "EA", "1190.00", "2026-12-15"),
        ("RS-TC-035", "Thyroid collar 0.35 mm Pb, size M", 12, "EA", "240.00", "2026-12-15")])
    body = """Prezada Ines,

Boa tarde! Segue a confirmação do pedido 4500218987:

Item 1 – avental veterinário RS-AV-050: 12 unidades, R$ 1.250,00 por unidade (reajuste da tabela de novembro), entrega em 15/12/2026.
Item 2 – protetor de tireoide RS-TC-035: 12 unidades, R$ 240,00 por unidade, entrega em 15/12/2026, conforme pedido.

Qualquer dúvida estou à disposição.

Atenciosamente,
Fernanda Rocha
Comercial Exportação | Radioproteção Sul Ltda.
Av. Ipiranga, 6681 – Porto Alegre/RS – CEP 90619-900
+55 (51) 3333-4410
"""
    eml = reply(p, frm_name="Fernanda Rocha", frm_addr="fernanda.rocha@radioprotecao-sul.example",
                w=when(2026, 11, 16, 11, 3, -3), body=body, client="gmail", quote="gt", qlang="pt",
                contact="Fernanda", cs="UTF-8", cte="base64")
    return [p], eml, expc("'R$ 1.250,00 por unidade' is 1250.00 BRL (dot = thousands, comma = decimals) for line 1; line 2 repeats the PO values and is accepted; dates dd/mm/yyyy equal the PO.",
                          conf(p, {1: chg(p, 1, price="1250.00"), 2: acc(p, 2)}))


@case("net-floats-levering-week-2", "confirmation/nl-NL",
      "'levering week 2' written in November refers to ISO week 2 of next year, whose Friday is 15 January 2027.")
def c011():
    s = sup("NETURK", "Netdrijvers Urk B.V.", "verkoop@netdrijvers-urk.example", "nl-NL")
    p = po("4500219004", s, "mikkel", "EUR", "2026-11-09", [
        ("NU-FL-2008", "Trawl float 200 mm, 8in, 4.0 kg buoyancy, orange", 500, "PCS", "6.90", "2026-12-18"),
        ("NU-FL-1105", "Headline float 110x55 mm, 2.1 kg", 1200, "PCS", "2.15", "2026-12-18")])
    body = """Goedemiddag Mikkel,

Bedankt voor je bestelling 4500219004. Beide regels kunnen we leveren in de bestelde aantallen en tegen de genoemde prijzen, alleen lukt het niet meer dit jaar (onze productie staat stil van 21-12 t/m 3-1): levering week 2.

Met vriendelijke groet,

Jan-Willem Bakker
Verkoop binnendienst
Netdrijvers Urk B.V. | Industrieweg 41 | 8321 MA Urk
T +31 527 68 44 10
"""
    eml = reply(p, frm_name="Jan-Willem Bakker", frm_addr="jw.bakker@netdrijvers-urk.example",
                w=when(2026, 11, 13, 13, 31, 1), body=body, cs="iso-8859-1", qlang="nl", prefix="RE: ", lang="nl-NL")
    d = iso(kw_friday(2027, 2))
    return [p], eml, expc("'levering week 2' without a year: week 2 of 2026 is past, so ISO week 2 of 2027, Friday 2027-01-15; the shutdown dates 21-12 and 3-1 are not delivery dates.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d)}))


@case("macrame-cord-tydzien-52", "confirmation/pl-PL",
      "Polish 'dostawa w 52. tygodniu' (calendar week 52 without a day) must become Friday 25 December 2026 for all three lines.")
def c012():
    s = sup("SZNBALT", "Sznurki Bałtyk Sp. z o.o.", "zamowienia@sznurki-baltyk.example", "pl-PL")
    p = po("4500219011", s, "tomasz", "PLN", "2026-11-09", [
        ("SB-MC-05-100", "Macrame cord 5 mm, 3-ply cotton, 100 m spool", 80, "ROL", "42.00", "2026-12-11"),
        ("SB-MC-03-250", "Macrame cord 3 mm single twist, 250 m", 60, "ROL", "61.50", "2026-12-11"),
        ("SB-RG-4020", "Wooden rings 40 mm, 20 pcs per box", 50, "BOX", "18.90", "2026-12-11")])
    body = """Dzień dobry Panie Tomaszu,

potwierdzamy zamówienie nr 4500219011 w całości - ilości i ceny bez zmian, dostawa w 52. tygodniu.

Pozdrawiam serdecznie
Agnieszka Wójcik
Dział Sprzedaży
Sznurki Bałtyk Sp. z o.o.
ul. Portowa 12, 81-340 Gdynia
tel. +48 58 620 44 17
NIP 586-000-11-22, KRS 0000123456, kapitał zakładowy 50 000,00 zł
"""
    eml = reply(p, frm_name="Agnieszka Wójcik", frm_addr="a.wojcik@sznurki-baltyk.example",
                w=when(2026, 11, 19, 8, 55, 1), body=body, cs="iso-8859-2", prefix="Odp: ", qlang="pl", lang="pl-PL",
                contact="Agnieszka")
    d = iso(kw_friday(2026, 52))
    return [p], eml, expc("'dostawa w 52. tygodniu' = ISO week 52 of 2026 without a day, i.e. Friday 2026-12-25 (a holiday, but the rule is the week's Friday); quantities and prices confirmed unchanged.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: chg(p, 3, d=d)}))


@case("scaffold-clamps-ticket-receipt", "auto_reply/en-GB",
      "Helpdesk ticket acknowledgement with a ticket number in the subject and the PO number repeated, but no human answer.")
def c013():
    s = sup("CASCAFF", "Cathedral Access Scaffolding Ltd", "sales@cas-scaffold.example", "en-GB")
    p = po("4500219019", s, "sofia", "GBP", "2026-11-10", [
        ("CAS-CP-4848", "Double coupler 48.3 mm, drop forged, BS EN 74-1", 3000, "PCS", "2.85", "2026-12-18"),
        ("CAS-SJ-0600", "Sleeve joint 48.3 mm, 600 kg slip load", 800, "PCS", "3.20", "2026-12-18")])
    w = when(2026, 11, 10, 9, 14, 0, S=37)
    body = """Dear Sofia Lindqvist,

Thank you for contacting Cathedral Access Scaffolding.

Your request "%s" has been logged with reference CAS-48213. A member of our sales team will respond within 2 working days (Mon-Fri, 08:00-17:00 GMT).

To add information to this request, simply reply to this e-mail and keep the reference [CAS-48213] in the subject line.

Kind regards
CAS Customer Service
Cathedral Access Scaffolding Ltd, 3 Minster Yard, York YO1 7HH | 01904 555 200

This is an automated message - please do not change the subject line.
""" % req_subject(p)
    html = "<html><body>" + "".join("<p>%s</p>" % e(x) for x in body.split("\n\n")) + "</body></html>"
    seed = "tkt" + p["po_number"]
    root = mime.multi("alternative", [mime.text(body, cs="UTF-8", cte="7bit", q=False),
                                       mime.text(html, sub="html", cs="UTF-8", cte="7bit", q=False)],
                      mime.boundary("java", seed))
    bn, be = BUYERS_by_email(p)
    hs = [("From", "CAS Customer Service <support@cas-scaffold.example>"), ("Reply-To", "support@cas-scaffold.example"),
          ("To", mime.addr(bn, be)), ("Subject", "[CAS-48213] Re: " + req_subject(p)), ("Date", rfcdate(w)),
          ("Message-ID", "<ticket-48213-1.%s@helpdesk.cas-scaffold.example>" % mime.hx(seed, 10)),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk"),
          ("X-Mailer", "Freshdesk")]
    return [p], mime.message(hs, root), expk("auto_reply", "Ticket-system receipt (reference CAS-48213, '2 working days'); it repeats the subject with the PO number but answers nothing.")


@case("centrifuge-tubes-termin-lines-1-2", "confirmation/cs-CZ",
      "Czech reply gives 'termín dodání 21.12.2026' for items 1 and 2 only and postpones item 3 to next week, which leaves it unconfirmed.")
def c014():
    s = sup("LABPLAST", "LabPlast Olomouc s.r.o.", "prodej@labplast-olomouc.example", "cs-CZ")
    p = po("4500219030", s, "mikkel", "CZK", "2026-11-10", [
        ("LP-CT-15-500", "Centrifuge tube 15 ml, PP, conical, sterile, 500/case", 40, "BOX", "1450.00", "2026-12-14"),
        ("LP-CT-50-300", "Centrifuge tube 50 ml, PP, self-standing, 300/case", 30, "BOX", "1980.00", "2026-12-14"),
        ("LP-MT-15-1K", "Microtube 1.5 ml, snap cap, 1000/bag", 25, "BOX", "620.00", "2026-12-14")])
    body = """Dobrý den, pane Brandte,

potvrzujeme Vaši objednávku č. 4500219030:

položka 1 a 2 – množství a ceny dle objednávky, termín dodání 21.12.2026
položka 3 – mikrozkumavky 1,5 ml momentálně nemáme skladem, termín Vám sdělíme během příštího týdne.

S pozdravem

Ing. Lucie Horáková
obchodní oddělení
LabPlast Olomouc s.r.o. | Hněvotínská 1210/42, 779 00 Olomouc
tel.: +420 585 123 456 | www.labplast-olomouc.example
"""
    eml = reply(p, frm_name="Lucie Horáková", frm_addr="horakova@labplast-olomouc.example",
                w=when(2026, 11, 16, 10, 17, 1), body=body, cs="windows-1250", qlang="cs", prefix="RE: ", lang="cs-CZ")
    d = "2026-12-21"
    return [p], eml, expc("'termín dodání 21.12.2026' covers positions 1 and 2 only (quantities and prices unchanged); position 3 is addressed without a commitment ('termín sdělíme příští týden') and stays unconfirmed.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: UNC}))


@case("press-blankets-teslim-21-aralik", "confirmation/tr-TR",
      "Turkish 'teslim tarihi 21 Aralık' without a year for both lines, in ISO-8859-9 with a Turkish Outlook 'YNT:' prefix.")
def c015():
    s = sup("ANADOLUM", "Anadolu Matbaa Malzemeleri A.Ş.", "satis@anadolu-matbaa.example", "tr-TR")
    p = po("4500219046", s, "dana", "EUR", "2026-11-10", [
        ("AM-BL-1052", "Offset blanket 1.95 mm, 1052x840 mm, with bars", 20, "EA", "148.00", "2026-12-18"),
        ("AM-BL-0770", "Offset blanket 1.70 mm, 770x660 mm, no bars", 30, "EA", "96.50", "2026-12-18")])
    body = """Sayın Dana Ruiz,

4500219046 numaralı siparişiniz için teşekkür ederiz. İki kalemi de sipariş edilen miktar ve birim fiyatlarla onaylıyoruz; teslim tarihi 21 Aralık.

Saygılarımızla,

Emre Yılmaz
İhracat Satış Sorumlusu
Anadolu Matbaa Malzemeleri A.Ş.
Davutpaşa Cad. No: 104, 34010 Zeytinburnu / İstanbul
Tel: +90 212 555 37 90
"""
    eml = reply(p, frm_name="Emre Yılmaz", frm_addr="emre.yilmaz@anadolu-matbaa.example",
                w=when(2026, 11, 17, 14, 5, 3), body=body, cs="iso-8859-9", qlang="tr", prefix="YNT: ", lang="tr-TR")
    d = "2026-12-21"
    return [p], eml, expc("'teslim tarihi 21 Aralık' (no year) is 2026-12-21 for both lines; quantities and prices as ordered.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d)}))


@case("lead-came-tonnes-price-per-kg", "confirmation/de-AT",
      "PO in tonnes, reply in kg with EUR/kg prices: 3,92/kg is 3920.00 per T (changed) while 4,12/kg equals the PO's 4120.00 (accepted), and KW 50 equals the requested Friday.")
def c016():
    s = sup("BLEISTEYR", "Bleiwerk Steyr GmbH", "auftrag@bleiwerk-steyr.example", "de-AT")
    p = po("4500219058", s, "mikkel", "EUR", "2026-11-11", [
        ("BW-LC-H6-T", "Lead came H 6 mm, coil, 99.9% Pb, Sb 0.2%", 3, "T", "3850.00", "2026-12-11"),
        ("BW-LC-U4-T", "Lead came U 4 mm edging, coil", 1, "T", "4120.00", "2026-12-11")])
    body = """Sehr geehrter Herr Brandt,

danke für Ihre Bestellung, die wir wie folgt bestätigen:

Pos. 1: 3.000 kg Bleiruten H 6 mm zu EUR 3,92/kg, Liefertermin KW 50
Pos. 2: 1.000 kg Bleiruten U 4 mm zu EUR 4,12/kg, Liefertermin KW 50

Die Preise sind Fixpreise für diese Bestellung (Basis LME-Blei vom 18.11.2026).

Mit freundlichen Grüßen
Ing. Stefan Pichler
Verkauf Innendienst

Bleiwerk Steyr GmbH | Hafenstraße 5 | 4400 Steyr | Österreich
T +43 7252 760 12 | FN 123456a, LG Steyr
"""
    eml = reply(p, frm_name="Stefan Pichler", frm_addr="s.pichler@bleiwerk-steyr.example",
                w=when(2026, 11, 19, 9, 30, 1), body=body, client="thunderbird", quote="gt", qlang="de",
                html=False, cs="iso-8859-1", cte="8bit", prefix="Re: ", lang="de-AT", contact="Mr Pichler")
    return [p], eml, expc("Prices are per kg for a PO in tonnes: 3,92 EUR/kg = 3920.00 EUR/T (changed from 3850.00), 4,12 EUR/kg = 4120.00 EUR/T (equal); 3.000 kg = 3 T and 1.000 kg = 1 T; KW 50 = Friday 2026-12-11 = requested date, so line 2 is accepted.",
                          conf(p, {1: chg(p, 1, price="3920.00"), 2: acc(p, 2)}))


@case("bridal-veils-paradosi-21-dek", "confirmation/el-GR",
      "Greek 'παράδοση 21 Δεκεμβρίου' (genitive month, no year) for all three lines, ISO-8859-7 body and an encoded Greek 'ΑΠ:' subject.")
def c017():
    s = sup("ATHVEIL", "Athens Bridal Veils S.A.", "orders@athens-veils.example", "el-GR")
    p = po("4500219071", s, "dana", "EUR", "2026-11-11", [
        ("AV-VL-300C", "Cathedral veil 300 cm, tulle, ivory, 2-tier", 40, "EA", "68.00", "2026-12-14"),
        ("AV-VL-090F", "Fingertip veil 90 cm, pearl edge, white", 60, "EA", "39.00", "2026-12-14"),
        ("AV-CB-12", "Veil comb 12 cm, metal, 20 teeth", 100, "PCS", "2.80", "2026-12-14")])
    body = """Αγαπητή κα Ruiz,

Σας ευχαριστούμε για την παραγγελία 4500219071. Επιβεβαιώνουμε όλα τα είδη στις ποσότητες και τις τιμές της παραγγελίας σας, παράδοση 21 Δεκεμβρίου.

Με εκτίμηση,

Ελένη Παπαδοπούλου
Τμήμα Πωλήσεων Εξωτερικού
Athens Bridal Veils S.A.
Λεωφ. Κηφισού 112, 12241 Αιγάλεω
Τηλ. +30 210 555 8120
"""
    eml = reply(p, frm_name="Ελένη Παπαδοπούλου", frm_addr="e.papadopoulou@athens-veils.example",
                w=when(2026, 11, 18, 12, 14, 2), body=body, cs="iso-8859-7", prefix="ΑΠ: ", lang="el-GR")
    d = "2026-12-21"
    return [p], eml, expc("'παράδοση 21 Δεκεμβρίου' (genitive month name, no year) = 2026-12-21 for all three lines; quantities and prices confirmed as ordered.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: chg(p, 3, d=d)}))


@case("climbing-holds-trade-fair-invite", "unrelated/de-CH",
      "Marketing invitation to a trade fair that names our company, uses dates and new-product numbers, and comes from the PO supplier's domain.")
def c018():
    s = sup("GRIFFALP", "Griffwerk Alpin AG", "verkauf@griffwerk-alpin.example", "de-CH")
    p = po("4500219080", s, "sofia", "CHF", "2026-11-11", [
        ("GA-SL-M10", "Sloper set M, 10 pcs, PU, dual texture", 20, "SET", "215.00", "2026-12-18"),
        ("GA-VO-6040", "Volume 60x40 cm, plywood, 3/4 shape", 8, "EA", "340.00", "2026-12-18")])
    w = when(2026, 11, 17, 7, 30, 1)
    text = """Sehr geehrte Damen und Herren der Halvorsen Trading Group

Wir freuen uns, Sie als geschätzten Partner an unseren Stand an der OutDoor by ISPO 2027 einzuladen:

14.-16. Juni 2027, Messe München, Halle A5, Stand 212

Neuheiten 2027:
- 240 neue Griffe der Serie "Sandstein" (Grössen XS bis XXL)
- Volumen 3/4 und 4/3 in Doppeltextur
- Einführungsrabatt 12% auf alle Bestellungen bis 31.01.2027

Vereinbaren Sie jetzt einen Termin mit Ihrer Ansprechperson oder registrieren Sie sich kostenlos mit dem Code GA-27-HALV.

Sportliche Grüsse
Ihr Griffwerk-Team

Griffwerk Alpin AG | Industriestrasse 9 | 3800 Interlaken | +41 33 555 20 40
Abmelden: https://griffwerk-alpin.example/unsubscribe
"""
    html = ('<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>'
            '<h1 style="color:#c0392b">OutDoor by ISPO 2027</h1>' +
            "".join("<p>%s</p>" % e(x).replace("\n", "<br>") for x in text.split("\n\n")) +
            '</td></tr></table></body></html>')
    seed = "fair" + p["po_number"]
    root = mime.multi("alternative", [mime.text(text, cs="UTF-8", q=False), mime.text(html, sub="html", cs="UTF-8", q=False)],
                      mime.boundary("java", seed))
    bn, be = BUYERS_by_email(p)
    hs = [("From", "Griffwerk Alpin AG <marketing@griffwerk-alpin.example>"), ("To", mime.addr(bn, be)),
          ("Subject", mime.ew("Einladung: Besuchen Sie uns an der OutDoor by ISPO 2027 – Halle A5, Stand 212")),
          ("Date", rfcdate(w)), ("Message-ID", "<%s@mailing.griffwerk-alpin.example>" % mime.hx(seed, 24)),
          ("List-Unsubscribe", "<https://griffwerk-alpin.example/unsubscribe?u=%s>" % mime.hx(seed, 12)),
          ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID%s**" % mime.hx(seed, 16))]
    return [p], mime.message(hs, root), expk("unrelated", "Trade fair invitation from the supplier's marketing address; it names Halvorsen Trading Group and contains dates (14.-16. Juni 2027, 31.01.2027) and numbers, but does not answer PO 4500219080.")
