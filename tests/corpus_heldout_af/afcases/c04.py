"""Cases, chunk 4: mail that is not a confirmation."""
from afcases.common import *  # noqa: F401,F403


def original_request(po, buyer, date_str):
    """Our request as it left our server (for DSNs that return it)."""
    body = request_text(po, buyer)
    return (f"From: {buyer['name']} <{buyer['email']}>\nTo: {po['supplier']['email']}\nSubject: {request_subject(po)}\n"
            f"Date: {date_str}\nMessage-ID: {po['request_message_id']}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n{body}\n")


# ---------------------------------------------------------------------------------------------
@case
def conditional_price_increase():
    sup = Sup("GIVRAND", "Givrand Ingrédients SAS", "commandes@givrand-ingredients.example", "fr-FR")
    po = PO("LC-2026-0588", sup, B_COSM, "EUR", D(2026, 11, 17), [
        L(1, "GI-SQUAL-OLIVE", "Squalane (olive-derived), 180 kg drum", 360, "KG", "18.40", D(2026, 12, 16)),
        L(2, "GI-GLYC-VEG-995", "Vegetable glycerine 99.5% Ph. Eur., 250 kg drum", 1000, "KG", "1.62", D(2026, 12, 16)),
    ])
    date, when = date_hdr(2026, 11, 18, 16, 24, 9, 60)
    body = """Bonjour Madame Kim,

Merci pour votre commande LC-2026-0588.

Nous pouvons la confirmer sous réserve de votre accord sur une hausse de 6 % sur le squalane : notre fournisseur d'huile d'olive nous a appliqué une augmentation importante au 1er novembre. La glycérine reste au prix de la commande.

Dès réception de votre accord écrit, nous lançons la production ; la livraison serait alors possible en semaine 51 (certificats d'analyse joints à la livraison).

Dans l'attente de votre retour,
Bien cordialement,

Camille Besson
Service clients
Givrand Ingrédients SAS – ZI des Paluds, 13400 Aubagne
Tél. +33 4 42 55 61 30"""
    sent = "mardi 17 novembre 2026 11:48"
    part = outlook_reply("c061", body, "fr", po, B_COSM, sent, "FR")
    h = std_headers(addr("Camille Besson", "c.besson@givrand-ingredients.example"), addr("Hannah Kim", B_COSM["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c061"), irt=req_mid(po), refs=req_mid(po), lang="fr-FR")
    return out("cosmetic-ingredients-conditional-on-price-increase", "fr-FR",
               "Reads like a confirmation with a price and a week, but everything is conditional on the buyer accepting +6 % first.",
               po, message(h, part), "needs_review", None,
               "Conditional acceptance ('sous réserve de votre accord'); the buyer must answer before anything is committed.")


# ---------------------------------------------------------------------------------------------
@case
def contradictory_body_pdf():
    sup = Sup("CAVILOMB", "Cavi Lombardi S.p.A.", "ordini@cavi-lombardi.example", "it-IT")
    po = PO("HX-PO-26-0944", sup, B_CABLE, "GBP", D(2026, 11, 16), [
        L(1, "CL-FG16OR16-3G2.5", "FG16OR16 0.6/1 kV 3G2.5 mm2 cable", 1000, "M", "1.96", D(2026, 12, 10)),
        L(2, "CL-FG16OR16-5G10", "FG16OR16 0.6/1 kV 5G10 mm2 cable", 250, "M", "9.85", D(2026, 12, 10)),
    ])
    date, when = date_hdr(2026, 11, 19, 11, 9, 30, 60)
    rows = [
        (50, 800, 12, "Cavi Lombardi S.p.A.", True),
        (50, 786, 8, "Via per Cassano 45 - 20060 Pozzo d'Adda (MI) - P.IVA IT08765430961", False),
        (50, 750, 13, "CONFERMA D'ORDINE N. 26/OC/07712", True),
        (50, 730, 9, "Data: 19/11/2026     Vs. ordine: HX-PO-26-0944 del 16/11/2026", False),
        (50, 716, 9, "Cliente: Helix Electrical Contractors Ltd - Salford (UK)", False),
        (50, 690, 9, "Pos  Articolo                        Quantità    Prezzo GBP    Consegna", True),
        (50, 674, 9, "1    FG16OR16 3G2,5 - bobina 1000 m     1.000 m     1,96 / m      17/12/2026", False),
        (50, 660, 9, "2    FG16OR16 5G10 - taglio             250 m       9,85 / m      17/12/2026", False),
        (50, 630, 9, "Resa: DAP Salford (Incoterms 2020)   Pagamento: 60 gg d.f.f.m.", False),
        (50, 616, 8, "Prezzi con rame incluso, base Cu 850 EUR/100 kg.", False),
    ]
    pdfb = pdf.text_pdf([rows], compress=True, info={"Producer": "Zucchetti Ad Hoc Revolution", "CreationDate": "D:20261119105512+01'00'"})
    body = """Buongiorno Priya,

in allegato la nostra conferma d'ordine 26/OC/07712 per il Vs. ordine HX-PO-26-0944.
Quantità e prezzi come da ordine, consegna confermata per il 10/12.

Cordiali saluti
Luca Ferrari
Ufficio Vendite Estero – Cavi Lombardi S.p.A.
Tel. +39 02 555 9087"""
    sent = "lunedì 16 novembre 2026 15:30"
    part = outlook_reply("c062", body, "it", po, B_CABLE, sent, "IT",
                         attachments=[attachment(pdfb, "application/pdf", "OC_26-OC-07712.pdf")])
    h = std_headers(addr("Luca Ferrari", "l.ferrari@cavi-lombardi.example"), addr("Priya Shah", B_CABLE["email"]),
                    "R: " + request_subject(po), date, mid_outlook("c062"), irt=req_mid(po), refs=req_mid(po), lang="it-IT",
                    attach=True)
    return out("cable-body-and-pdf-disagree-on-date", "it-IT",
               "The body says delivery 10/12 as ordered, the attached order confirmation says 17/12/2026 for both lines: a careful buyer must ask which is right.",
               po, message(h, part), "needs_review", None,
               "Contradictory: body 10/12 vs PDF 17/12/2026. Quantities and prices agree, but the committed date cannot be told.")


# ---------------------------------------------------------------------------------------------
@case
def confirmation_promised_later():
    sup = Sup("FRENOSIB", "Frenos Ibéricos Distribución S.L.", "pedidos@frenos-ibericos.example", "es-ES")
    po = PO("KAP-PO-55903", sup, B_AUTO, "EUR", D(2026, 11, 18), [
        L(1, "FI-BP-3310", "Front brake pad set (axle set) Seat Leon IV", 50, "SET", "23.10", D(2026, 12, 14)),
        L(2, "FI-BP-3318", "Rear brake pad set (axle set) Seat Leon IV", 30, "SET", "17.90", D(2026, 12, 14)),
    ])
    date, when = date_hdr(2026, 11, 19, 9, 47, 2, 60)
    body = """Buenos días Aylin:

Acusamos recibo de su pedido KAP-PO-55903. Estamos a la espera de que fábrica nos confirme las fechas de producción de las pastillas Leon IV; en cuanto las tengamos (previsiblemente la semana que viene) le enviaremos la confirmación del pedido con precios y plazos.

Un saludo,
Javier Molina
Dpto. Comercial – Exportación
Frenos Ibéricos Distribución S.L."""
    sent = "miércoles, 18 de noviembre de 2026 15:55"
    part = outlook_reply("c063", body, "es", po, B_AUTO, sent, "ES")
    h = std_headers(addr("Javier Molina", "j.molina@frenos-ibericos.example"), addr("Aylin Demir", B_AUTO["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c063"), irt=req_mid(po), refs=req_mid(po), lang="es-ES")
    return out("brake-pads-confirmation-to-follow", "es-ES",
               "A personal acknowledgement of receipt that promises the confirmation 'next week'; written by the same person who confirms other orders.",
               po, message(h, part), "needs_review", None, "Receipt only; confirmation with prices and dates promised later.")


# ---------------------------------------------------------------------------------------------
@case
def forwarded_carrier_booking():
    sup = Sup("SKOVGAARD", "Skovgaard Frostbageri A/S", "ordre@skovgaard-frost.example", "da-DK")
    po = PO("HC-PO-8850", sup, B_BAKE, "EUR", D(2026, 11, 17), [
        L(1, "SK-KANEL-75", "Cinnamon swirl 75 g, frozen, carton of 48", 160, "CTN", "21.90", D(2026, 11, 27)),
        L(2, "SK-SPAND-CREM-85", "Custard danish 85 g, frozen, carton of 40", 120, "CTN", "23.40", D(2026, 11, 27)),
    ])
    date, when = date_hdr(2026, 11, 20, 13, 2, 55, 60)
    fwd = f"""-------- Videresendt meddelelse --------
Emne: Booking confirmation 26-4471-0082 / Skovgaard Frostbageri / Ref HC-PO-8850
Dato: Fri, 20 Nov 2026 12:41:07 +0100
Fra: DSV Road Booking <no-reply.booking@dsv-road.example>
Til: forsendelse@skovgaard-frost.example

BOOKING CONFIRMATION

Booking no.:        26-4471-0082
Service:            Temperature controlled groupage (-20 °C)
Shipper:            Skovgaard Frostbageri A/S, Industrivej 18, 7100 Vejle, DK
Consignee:          Harbourside Cafe Group Ltd, Avonmouth Cold Store, Bristol BS11 9FG, UK
Customer ref.:      HC-PO-8850
Pick-up:            24.11.2026, 08:00-12:00
Est. delivery:      26.11.2026
Goods:              7 EUR pallets, 2 310 kg gross, frozen bakery products
Incoterms:          DAP

This is an automatically generated message. Please check the booking details and contact DSV Road within 2 hours of receipt in case of discrepancies.
"""
    plain = f"\n\n{fwd}"
    part = text(plain, charset="utf-8", cte="quoted-printable")
    h = std_headers(addr("Mette Skovgaard", "mette@skovgaard-frost.example"), addr("Chloe Bennett", B_BAKE["email"]),
                    "Fwd: Booking confirmation 26-4471-0082 / Skovgaard Frostbageri / Ref HC-PO-8850", date,
                    mid_uuid("c064", "skovgaard-frost.example"), client="tb", extra=[("Content-Language", "da-DK")])
    return out("frozen-bakery-forwarded-carrier-booking", "da-DK",
               "The supplier only forwards the carrier's booking confirmation (PO reference, pick-up and delivery date, 7 pallets) without a word about quantities or prices per line.",
               po, message(h, part), "needs_review", None,
               "Implies shipment around 26.11., but no line is confirmed; a careful buyer cannot tell quantities or prices.")


# ---------------------------------------------------------------------------------------------
@case
def japanese_drawing_question():
    sup = Sup("HOKUALU", "Hokuriku Aluminium Extrusion Co., Ltd.", "eigyo@hokuriku-alu.example", "ja-JP")
    po = PO("AF-PO-3330", sup, B_ALU, "USD", D(2026, 11, 18), [
        L(1, "HA-CUST-7712-R2", "Custom profile drawing AF-7712 rev. 2, 6063-T5, anodised 15 um, 6 m", 400, "BAR", "24.60", D(2027, 1, 29)),
    ])
    date, when = date_hdr(2026, 11, 20, 18, 3, 41, 540)
    body = """Alucraft Facades Ltd
Oliver Grant 様

いつもお世話になっております。北陸アルミ押出の山田です。
ご注文 AF-PO-3330 をいただき、ありがとうございます。

ご注文書の図面番号は AF-7712 rev.2 となっておりますが、弊社で受領している図面は rev.1（2026年9月30日付）のみです。
rev.2 の図面をお送りいただけますでしょうか。また、アルマイト膜厚 15μm の公差（±3μm でよいか）もご確認をお願いいたします。

図面を確認のうえ、金型の要否・価格・納期を改めてご回答いたします。

よろしくお願いいたします。

北陸アルミ押出株式会社　営業部
山田 太郎
TEL: 0766-55-3120"""
    part = text(body + "\n\n" + gt(request_text(po, B_ALU)) + "\n", charset="iso-2022-jp", cte="7bit")
    h = std_headers(addr("山田 太郎", "t.yamada@hokuriku-alu.example", "iso-2022-jp"), addr("Oliver Grant", B_ALU["email"]),
                    "Re: " + request_subject(po), date, mid_plain("c065", "hokuriku-alu.example", "20261120180341."),
                    irt=req_mid(po), refs=req_mid(po), client="other", charset="iso-2022-jp",
                    extra=[("X-Mailer", "Becky! ver. 2.81.04")])
    return out("extrusion-japanese-drawing-revision-question", "ja-JP",
               "ISO-2022-JP mail asking for drawing rev. 2 and an anodising tolerance before price and date can be answered; the drawing dates are not delivery dates.",
               po, message(h, part), "needs_review", None, "Questions only; price/date to be answered after the drawing arrives.")


# ---------------------------------------------------------------------------------------------
@case
def brazil_price_question():
    sup = Sup("SERRAZUL", "Granitos Serra Azul Ltda.", "vendas@serraazul-granitos.example", "pt-BR")
    po = PO("NBS-2026-1233", sup, B_BUILD, "EUR", D(2026, 11, 18), [
        L(1, "GSA-CUBO-1010-PR", "Granite setts 10x10x8 cm, black, flamed", 120, "M2", "29.50", D(2027, 1, 15)),
        L(2, "GSA-GUIA-100", "Granite kerb 100x30x15 cm", 90, "PCS", "21.00", D(2027, 1, 15)),
    ])
    date, when = date_hdr(2026, 11, 20, 10, 18, 30, -180)
    body = """Bom dia Marek,

Recebemos o pedido NBS-2026-1233, obrigado.

Uma dúvida antes de confirmar: os preços do pedido são os da nossa cotação antiga COT-2026-118 (de julho). A nova tabela entrou em vigor em 01/11 e o cubo preto passou para € 31,80/m². Podemos faturar pelo preço novo ou vocês querem manter a cotação antiga e reduzir a quantidade?

Fico no aguardo para confirmar quantidades e data de embarque.

Abraço,
Rafael Teixeira
Exportação – Granitos Serra Azul Ltda."""
    attribution = "Em qua., 18 de nov. de 2026 às 09:14, Marek Nowak <m.nowak@northline-bs.example> escreveu:"
    part = gmail_reply("c066", body, attribution, request_text(po, B_BUILD))
    h = std_headers(addr("Rafael Teixeira", "rafael@serraazul-granitos.example"), addr("Marek Nowak", B_BUILD["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c066"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    return out("granite-price-question-old-quote", "pt-BR",
               "Mentions a concrete new price (€ 31,80/m²) but asks the buyer to choose between new price and old quote before confirming anything.",
               po, message(h, part), "needs_review", None, "Question; nothing confirmed.")


# ---------------------------------------------------------------------------------------------
@case
def polish_vague_date():
    sup = Sup("RUSZMAZ", "Rusztowania Mazowsze Sp. z o.o.", "zamowienia@rusztowania-mazowsze.example", "pl-PL")
    po = PO("NBS-2026-1235", sup, B_BUILD2, "EUR", D(2026, 11, 19), [
        L(1, "RM-RUR-4832-4", "Scaffold tube 48.3x3.2 mm, galvanised, 4.0 m", 300, "PCS", "26.10", D(2026, 12, 4)),
        L(2, "RM-ZL-EN74-OBR", "Swivel coupler EN 74-1, forged, 48.3 mm", 600, "PCS", "3.45", D(2026, 12, 4)),
    ])
    date, when = date_hdr(2026, 11, 20, 12, 30, 16, 60)
    body = """Dzień dobry Panie Danielu,

dziękujemy za zamówienie NBS-2026-1235. Ceny są w porządku, ale z terminem jest problem: czekamy na rury z huty i towar będzie prawdopodobnie na początku grudnia, może trochę później. Dokładny termin potwierdzę, jak tylko porozmawiam z hutą (w przyszłym tygodniu).

Pozdrawiam
Agnieszka Wróbel
Dział Sprzedaży
Rusztowania Mazowsze Sp. z o.o."""
    quoted = f"W dniu 19.11.2026 o 14:10, Daniel Brooks pisze:\n{gt(request_text(po, B_BUILD2))}"
    part = text(body + "\n\n" + quoted + "\n", charset="utf-8", cte="quoted-printable", flowed=True)
    h = std_headers(addr("Agnieszka Wróbel", "a.wrobel@rusztowania-mazowsze.example"), B_BUILD2["email"],
                    "Re: " + request_subject(po), date, mid_uuid("c067", "rusztowania-mazowsze.example"), irt=req_mid(po),
                    refs=req_mid(po), client="tb", extra=[("Content-Language", "pl")])
    return out("scaffold-polish-probably-early-december", "pl-PL",
               "Prices 'in order' but the date is only 'probably early December, maybe later', with the exact date to follow after talking to the mill.",
               po, message(h, part), "needs_review", None, "No committed date; supplier will confirm next week.")


# ---------------------------------------------------------------------------------------------
@case
def us_two_options():
    sup = Sup("LIBERTYWC", "Liberty Wire & Cable Co.", "orders@libertywire.example", "en-US")
    po = PO("FH-118395", sup, B_TOOL, "USD", D(2026, 11, 18), [
        L(1, "LWC-THHN-12-BLK", "THHN copper wire 12 AWG, black, 500 ft spool", 40, "SPL", "86.00", D(2026, 12, 4)),
        L(2, "LWC-NMB-14-2", "NM-B cable 14/2 with ground, 250 ft coil", 60, "COIL", "74.50", D(2026, 12, 4)),
    ])
    date, when = date_hdr(2026, 11, 19, 15, 20, 44, -300)
    body = """Megan,

On FH-118395 we have two options for you:

A) Ship complete 12/4 - we'd have to pull the 14/2 from our Atlanta branch, which adds a 3% expedite fee on line 2.
B) Ship line 1 complete 12/4 at PO price, and line 2 in two drops: 36 coils 12/4, 24 coils around 12/18, no fee.

Pricing also depends on COMEX copper on the ship date (our standard metals clause), so please let me know which way you'd like to go and I'll send the acknowledgment.

Thanks,
Dana Whitfield
Inside Sales | Liberty Wire & Cable Co. | (404) 555-0178"""
    attribution = "On Wed, Nov 18, 2026 at 9:51 AM Megan Carter <mcarter@fieldstone-hw.example> wrote:"
    part = gmail_reply("c068", body, attribution, request_text(po, B_TOOL))
    h = std_headers(addr("Dana Whitfield", "dwhitfield@libertywire.example"), addr("Megan Carter", B_TOOL["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c068"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    return out("wire-two-options-buyer-must-choose", "en-US",
               "Two alternative schedules (A/B), one with a 3% fee, plus a floating copper clause; the buyer must choose, so nothing is committed.",
               po, message(h, part), "needs_review", None, "Offers options and waits for the buyer's choice; '14/2' is a cable size.")


# ---------------------------------------------------------------------------------------------
@case
def ooo_german():
    sup = Sup("ELKOTRON", "Elkotron Bauelemente GmbH", "auftrag@elkotron.example", "de-DE")
    po = PO("4500088301", sup, B_SEMI, "EUR", D(2026, 11, 20), [
        L(1, "VE-C0603-1U", "MLCC 0603 1uF 25V X5R", 20000, "EA", "0.0068", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 20, 10, 31, 2, 60)
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 30.11.2026, bin ich wieder für Sie da.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Auftragsabwicklung unter auftrag@elkotron.example oder +49 911 555 630.

Thank you for your message. I am out of the office until 27 November 2026 with no access to e-mail. For urgent matters please contact auftrag@elkotron.example.

Mit freundlichen Grüßen
Sandra Vogt
Elkotron Bauelemente GmbH"""
    part = multipart("alternative", boundary("c069"), [text(body), html(simple_html(body, div_style="font-family:Calibri"))])
    h = [("From", addr("Vogt, Sandra", "s.vogt@elkotron.example")), ("To", addr("Jonas Weber", B_SEMI["email"])),
         ("Subject", "Automatische Antwort: " + request_subject(po)), ("Thread-Topic", request_subject(po)),
         ("Date", date), ("Message-ID", mid_outlook("c069")), ("In-Reply-To", req_mid(po)), ("References", req_mid(po)),
         ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.vogt@elkotron.example"),
         ("Content-Language", "de-DE")]
    return out("out-of-office-german-english", "de-DE",
               "German/English out-of-office with return dates and a redirect address; the PO number only appears in the subject.",
               po, message(h, part), "auto_reply", None, "Automatic absence notice.")


# ---------------------------------------------------------------------------------------------
@case
def ooo_finnish_swedish():
    sup = Sup("PAINOVARI", "Painoväri Oy", "tilaukset@painovari.example", "fi-FI")
    po = PO("PWP-4502", sup, B_INK, "EUR", D(2026, 11, 23), [
        L(1, "PV-UV-MG-1", "UV offset ink magenta, 1 kg can", 40, "KG", "17.10", D(2026, 12, 11)),
        L(2, "PV-UV-YE-1", "UV offset ink yellow, 1 kg can", 40, "KG", "15.90", D(2026, 12, 11)),
    ])
    date, when = date_hdr(2026, 11, 23, 8, 0, 14, 120)
    body = """Olen lomalla 23.–27.11.2026. Sähköposteja ei välitetä eteenpäin. Kiireellisissä tilausasioissa ota yhteyttä: tilaukset@painovari.example, puh. +358 3 555 2100.

Jag är på semester 23–27.11.2026. E-posten vidarebefordras inte. I brådskande ärenden, kontakta tilaukset@painovari.example.

I am on holiday 23–27 November 2026. Your e-mail will not be forwarded. For urgent order matters please contact tilaukset@painovari.example.

Mikko Virtanen
Painoväri Oy"""
    part = text(body, charset="utf-8", cte="quoted-printable")
    h = [("Date", date), ("From", addr("Mikko Virtanen", "mikko.virtanen@painovari.example")),
         ("To", B_INK["email"]), ("Subject", hdr("Automaattinen vastaus: " + request_subject(po))),
         ("Message-ID", mid_uuid("c070", "painovari.example")), ("In-Reply-To", req_mid(po)), ("References", req_mid(po)),
         ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]
    return out("out-of-office-finnish-swedish-english", "fi-FI",
               "Trilingual Finnish/Swedish/English vacation notice with a date range that spans the requested period.",
               po, message(h, part), "auto_reply", None, "Automatic vacation reply.")


# ---------------------------------------------------------------------------------------------
@case
def shared_inbox_received():
    sup = Sup("VDBDEUREN", "Vandenberghe Deuren & Ramen NV", "orders@vandenberghe-deuren.example", "nl-BE")
    po = PO("NBS-2026-1238", sup, B_BUILD2, "EUR", D(2026, 11, 20), [
        L(1, "VDB-BD-830-2115", "Interior door leaf oak veneer, 830 x 2115 mm, flush", 12, "PCS", "205.00", D(2026, 12, 18)),
        L(2, "VDB-KZ-830", "Steel door frame for 830 mm leaf, wall 100 mm", 12, "PCS", "94.00", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 20, 15, 44, 0, 60)
    body = """Geachte klant,

Bedankt voor uw bericht. Dit is een automatisch antwoord: uw e-mail werd goed ontvangen door ons orderteam en wordt binnen 2 werkdagen behandeld. U ontvangt onze orderbevestiging zodra uw bestelling is ingegeven.

Gelieve niet op deze e-mail te antwoorden.

Cher client, nous avons bien reçu votre e-mail. Notre équipe commandes le traitera dans les 2 jours ouvrables.

Vandenberghe Deuren & Ramen NV – Orders
Kortrijksesteenweg 301, 8530 Harelbeke"""
    part = text(body, charset="windows-1252", cte="quoted-printable")
    h = [("Date", date), ("From", addr("Vandenberghe Orders", "orders@vandenberghe-deuren.example")),
         ("To", B_BUILD2["email"]), ("Subject", hdr("Ontvangen / Reçu: " + request_subject(po), "windows-1252", q=True)),
         ("Message-ID", mid_outlook("c071")), ("In-Reply-To", req_mid(po)), ("References", req_mid(po)),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return out("shared-inbox-mail-received-dutch-french", "nl-BE",
               "Shared order inbox auto-acknowledgement in Dutch and French that promises the real confirmation within 2 working days.",
               po, message(h, part), "auto_reply", None, "Automatic receipt from a shared mailbox.")


# ---------------------------------------------------------------------------------------------
@case
def ooo_chinese():
    sup = Sup("HUASU", "Ningbo Huasu New Materials Co., Ltd.", "sales@huasu-plastics.example", "zh-CN")
    po = PO("PFM-26-2245", sup, B_PLAST, "USD", D(2026, 11, 20), [
        L(1, "HS-PP-H030", "PP homopolymer H030, MFI 3, natural, 25 kg bags", 15000, "KG", "1.35", D(2027, 2, 5)),
    ])
    date, when = date_hdr(2026, 11, 20, 22, 15, 3, 480)
    body = """您好！

我于11月20日至11月27日出差参加展会，期间邮件回复可能延迟。紧急事宜请联系同事 张伟 (zhang.wei@huasu-plastics.example，电话 +86 574 5555 8830)。

Dear customer, I am attending a trade fair from Nov 20 to Nov 27 and will reply to your e-mail after my return. For urgent matters please contact my colleague Zhang Wei.

王丽 Lily Wang"""
    part = text(body, charset="gb2312", cte="base64")
    h = [("Date", date), ("From", addr("Lily Wang", "lily.wang@huasu-plastics.example")), ("To", B_PLAST["email"]),
         ("Subject", hdr("自动回复: " + request_subject(po), "gb2312")),
         ("Message-ID", mid_plain("c072", "huasu-plastics.example", "auto.")), ("In-Reply-To", req_mid(po)),
         ("References", req_mid(po)), ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Foxmail 7.2.25.254[cn]")]
    return out("out-of-office-chinese-trade-fair", "zh-CN",
               "GB2312 Chinese/English auto-reply during a trade fair; dates without year and a colleague's contact, no order content.",
               po, message(h, part), "auto_reply", None, "Automatic absence reply.")


# ---------------------------------------------------------------------------------------------
@case
def bounce_exchange_not_found():
    sup = Sup("PENNINE", "Pennine Cable Supplies Ltd", "sales@pennine-cable.example", "en-GB")
    po = PO("HX-PO-26-0952", sup, B_CABLE, "GBP", D(2026, 11, 20), [
        L(1, "SWA-3C-4", "SWA armoured cable 3 core 4 mm2", 250, "M", "3.95", D(2026, 12, 9)),
    ])
    po["supplier"]["email"] = "sales@pennine-cables.example"  # typo in our vendor master -> bounce
    date, when = date_hdr(2026, 11, 20, 11, 2, 31, 0)
    rcpt = po["supplier"]["email"]
    txt = f"""Your message to {rcpt} couldn't be delivered.

{rcpt.split('@')[0]} wasn't found at {rcpt.split('@')[1]}.

Priya Shah   Office 365   {rcpt.split('@')[1]}
Action Required                                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.
- Contact the recipient by some other means and ask for the right address.

Diagnostic information for administrators:

Generating server: LO2P265MB4871.GBRP265.PROD.OUTLOOK.COM
{rcpt}
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup'

Original message headers:
Message-ID: {req_mid(po)}
Subject: {request_subject(po)}
"""
    htm = "<html><body>" + "".join(f"<p>{esc(x)}</p>" for x in txt.split("\n\n")) + "</body></html>"
    ds = f"""Reporting-MTA: dns;LO2P265MB4871.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB4702.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Fri, 20 Nov 2026 11:02:29 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
    orig = original_request(po, B_CABLE, "Fri, 20 Nov 2026 11:02:27 +0000")
    part = multipart("report", boundary("c073"), [
        multipart("alternative", boundary("c073alt"), [text(txt, charset="us-ascii", cte="7bit"), html(htm, charset="us-ascii", cte="7bit")]),
        (["Content-Type: message/delivery-status"], ds.encode()),
        (["Content-Type: message/rfc822"], orig.encode()),
    ], params=' report-type="delivery-status";')
    h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@helix-electrical.example>"),
         ("To", addr("Priya Shah", B_CABLE["email"])), ("Date", date),
         ("Subject", "Undeliverable: " + request_subject(po)), ("Content-Language", "en-GB"),
         ("Message-ID", f"<d8a1b2c3-0f4e-4b7a-9c21-77e5f1a2b3c4@LO2P265MB4871.GBRP265.PROD.OUTLOOK.COM>"),
         ("In-Reply-To", req_mid(po)), ("References", req_mid(po)), ("Auto-Submitted", "auto-replied"),
         ("X-MS-Exchange-Message-Is-Ndr", "")]
    return out("bounce-exchange-recipient-not-found", "en-GB",
               "Exchange Online NDR threaded on the request (In-Reply-To), with the PO subject and the original message attached.",
               po, message(h, part), "bounce", None, "550 5.1.10 recipient not found (misspelt supplier address).")


# ---------------------------------------------------------------------------------------------
@case
def bounce_quota_full():
    sup = Sup("RIDGELINE", "Ridgeline Tool Distributors", "orders@ridgeline-tools.example", "en-US")
    po = PO("FH-118410", sup, B_TOOL, "USD", D(2026, 11, 23), [
        L(1, "DCB205-2", "20V MAX 5.0Ah battery, 2-pack", 30, "EA", "149.00", D(2026, 12, 11)),
        L(2, "DCS570B", "20V MAX 7-1/4\" circular saw, tool only", 12, "EA", "129.00", D(2026, 12, 11)),
    ])
    date, when = date_hdr(2026, 11, 25, 9, 14, 52, 0)
    rcpt = po["supplier"]["email"]
    notice = f"""This is the mail system at host smtp-out2.fieldstone-hw.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

The message has been in the queue for 2 days and could not be delivered:

<{rcpt}>: host mx.ridgeline-tools.example[203.0.113.80] said: 452 4.2.2
    The email account that you tried to reach is over quota. (in reply to
    RCPT TO command)"""
    ds = f"""Reporting-MTA: dns; smtp-out2.fieldstone-hw.example
X-Postfix-Queue-ID: 4Z3kTq0mS1z7Lp
X-Postfix-Sender: rfc822; {B_TOOL['email']}
Arrival-Date: Mon, 23 Nov 2026 14:10:05 +0000 (UTC)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx.ridgeline-tools.example
Diagnostic-Code: smtp; 452 4.2.2 The email account that you tried to reach is
    over quota.
Will-Retry-Until: Wed, 25 Nov 2026 14:10:05 +0000 (UTC)
"""
    orig = original_request(po, B_TOOL, "Mon, 23 Nov 2026 09:10:03 -0500")
    bnd = "4Z3kTq0mS1z7Lp.1795605292/smtp-out2.fieldstone-hw.example"
    part = multipart("report", bnd, [
        (["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], notice.encode() + b"\n"),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig.encode()),
    ], params=" report-type=delivery-status;")
    h = [("Return-Path", "<>"), ("Date", date), ("From", "MAILER-DAEMON@smtp-out2.fieldstone-hw.example (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", B_TOOL["email"]), ("Auto-Submitted", "auto-replied"),
         ("Message-ID", "<20261125091452.8A2F13C0.4Z3kTq0mS1z7Lp@smtp-out2.fieldstone-hw.example>")]
    return out("bounce-mailbox-over-quota", "en-US",
               "Postfix gave up after two days because the supplier's mailbox is over quota (452 4.2.2); the returned request carries PO lines and dates.",
               po, message(h, part), "bounce", None, "Quota-full delivery failure.")


# ---------------------------------------------------------------------------------------------
@case
def bounce_gmail_not_found():
    sup = Sup("SENALBAJIO", "Señalamientos Industriales del Bajío S.A. de C.V.", "ventas@senal-bajio.example", "es-MX")
    po = PO("FH-118415", sup, B_TOOL, "USD", D(2026, 11, 23), [
        L(1, "SIB-PRECAUCION-18", "Caution sign bilingual 18x12\", aluminium", 100, "EA", "8.20", D(2026, 12, 14)),
    ])
    po["supplier"]["email"] = "mariana.lopez@senal-bajio.example"
    date, when = date_hdr(2026, 11, 23, 8, 45, 19, -480)
    rcpt = po["supplier"]["email"]
    txt = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table
"""
    htm = "<html><head></head><body>" + "".join(f"<p>{esc(x)}</p>" for x in txt.strip().split("\n\n")) + "</body></html>"
    ds = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 23 Nov 2026 08:45:16 -0800 (PST)
X-Original-Message-ID: {req_mid(po)}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.senal-bajio.example. (198.51.100.77, the server for the domain senal-bajio.example.)
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table
Last-Attempt-Date: Mon, 23 Nov 2026 08:45:19 -0800 (PST)
"""
    orig = original_request(po, B_TOOL, "Mon, 23 Nov 2026 08:45:14 -0800")
    part = multipart("report", boundary("c075", "gmail"), [
        multipart("related", boundary("c075r", "gmail"), [
            multipart("alternative", boundary("c075a", "gmail"), [text(txt, charset="UTF-8", cte="quoted-printable"),
                                                                  html(htm, charset="UTF-8", cte="quoted-printable")])]),
        (["Content-Type: message/delivery-status"], ds.encode()),
        (["Content-Type: message/rfc822"], orig.encode()),
    ], params=" report-type=delivery-status;")
    h = [("Return-Path", "<>"), ("Date", date), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
         ("To", B_TOOL["email"]), ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
         ("References", req_mid(po)), ("In-Reply-To", req_mid(po)), ("X-Failed-Recipients", rcpt),
         ("Message-ID", "<6741f3a2.050a0220.1c2e4b.9f3cSMTPIN_ADDED_MISSING@mx.google.com>")]
    return out("bounce-gmail-address-not-found", "es-MX",
               "Google Workspace 'Address not found' DSN with related/alternative parts and the original request attached.",
               po, message(h, part), "bounce", None, "550 5.1.1 user unknown at the supplier.")


# ---------------------------------------------------------------------------------------------
@case
def bounce_german_policy():
    sup = Sup("FARBWERK", "Farbwerk Lindau GmbH", "vertrieb@farbwerk-lindau.example", "de-DE")
    po = PO("PWP-4508", sup, B_INK, "EUR", D(2026, 11, 24), [
        L(1, "FL-OFF-YE-2.5", "Offset ink process yellow, 2.5 kg can", 50, "KG", "9.60", D(2026, 12, 14)),
    ])
    date, when = date_hdr(2026, 11, 24, 7, 31, 40, 60)
    rcpt = po["supplier"]["email"]
    txt = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt}

Die Nachricht wurde vom Empfangssystem aufgrund von Inhaltsbeschränkungen abgelehnt (Anhänge dieses Typs sind nicht zulässig).

Diagnoseinformationen für Administratoren:

Generierender Server: mail.printwerk-packaging.example

{rcpt}
mx01.farbwerk-lindau.example
Remote Server returned '550 5.7.1 Message rejected due to content restrictions'

Ursprüngliche Nachrichtenheader:
Message-ID: {req_mid(po)}
Subject: {request_subject(po)}
"""
    ds = f"""Reporting-MTA: dns;mail.printwerk-packaging.example
Received-From-MTA: dns;PW-EXCH01.printwerk.local
Arrival-Date: Tue, 24 Nov 2026 06:31:35 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.7.1
Remote-MTA: dns;mx01.farbwerk-lindau.example
Diagnostic-Code: smtp;550 5.7.1 Message rejected due to content restrictions
"""
    part = multipart("report", boundary("c076"), [
        text(txt, charset="iso-8859-1", cte="quoted-printable"),
        (["Content-Type: message/delivery-status"], ds.encode()),
        (["Content-Type: text/rfc822-headers"],
         f"From: Felix Hartmann <{B_INK['email']}>\nTo: {rcpt}\nSubject: {request_subject(po)}\nDate: Tue, 24 Nov 2026 07:31:33 +0100\nMessage-ID: {req_mid(po)}\n".encode()),
    ], params=' report-type="delivery-status";')
    h = [("From", "Microsoft Exchange <postmaster@printwerk-packaging.example>"), ("To", addr("Felix Hartmann", B_INK["email"])),
         ("Date", date), ("Subject", hdr("Unzustellbar: " + request_subject(po), "iso-8859-1")),
         ("Message-ID", mid_plain("c076", "mail.printwerk-packaging.example", "ndr.")), ("In-Reply-To", req_mid(po)),
         ("References", req_mid(po)), ("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")]
    return out("bounce-german-exchange-content-rejected", "de-DE",
               "German on-premises Exchange NDR ('Unzustellbar') for a content-policy rejection (550 5.7.1), not an unknown user.",
               po, message(h, part), "bounce", None, "Non-delivery report.")


# ---------------------------------------------------------------------------------------------
@case
def shipping_notice_other_order():
    sup = Sup("RIDGELINE", "Ridgeline Tool Distributors", "orders@ridgeline-tools.example", "en-US")
    po = PO("FH-118401", sup, B_TOOL, "USD", D(2026, 11, 20), [
        L(1, "DCF887B", "20V MAX XR impact driver, tool only", 18, "EA", "119.00", D(2026, 12, 8)),
        L(2, "DW1361", "Titanium pilot point drill bit set, 21 pc", 40, "EA", "27.50", D(2026, 12, 8)),
    ])
    date, when = date_hdr(2026, 11, 24, 13, 5, 40, -300)
    body = """Your order has shipped!

Ship Notice / ASN 88123041
Customer PO: FH-117990
Sales Order: SO-5571802
Ship Date: 11/24/2026
Carrier: FedEx Freight Priority - PRO 2771 0418 3352
Estimated Delivery: 11/27/2026

Items shipped:
  DW1361     Titanium pilot point drill bit set, 21 pc      Qty 36
  DWA2T40IR  Impact Ready screwdriving set, 40 pc           Qty 48
  DCD791D2   20V MAX XR brushless drill/driver kit          Qty 10

Track your shipment: https://www.fedex.example/fedextrack/?trknbr=277104183352

Ridgeline Tool Distributors | Columbus, OH | orders@ridgeline-tools.example
This is an automated notification - please do not reply."""
    htm = "<html><body style='font-family:Arial'>" + "".join(f"<p>{esc(x).replace(chr(10), '<br>')}</p>" for x in body.split("\n\n")) + "</body></html>"
    part = multipart("alternative", boundary("c077", "other"), [text(body, charset="us-ascii", cte="7bit"), html(htm)])
    h = [("Date", date), ("From", addr("Ridgeline Shipping", "no-reply@ridgeline-tools.example")), ("To", B_TOOL["email"]),
         ("Subject", "Shipped: PO FH-117990 / SO-5571802"), ("Message-ID", mid_plain("c077", "ridgeline-tools.example", "asn.")),
         ("Auto-Submitted", "auto-generated")]
    return out("tools-ship-notice-for-older-po", "en-US",
               "A ship notice from the same supplier, with an item that is also on the open PO, but for the older PO FH-117990.",
               po, message(h, part), "unrelated", None, "ASN for FH-117990, not the open FH-118401.")


# ---------------------------------------------------------------------------------------------
@case
def price_list_2027():
    sup = Sup("RUSZMAZ", "Rusztowania Mazowsze Sp. z o.o.", "zamowienia@rusztowania-mazowsze.example", "pl-PL")
    po = PO("NBS-2026-1240", sup, B_BUILD2, "EUR", D(2026, 11, 23), [
        L(1, "RM-RUR-4832-6", "Scaffold tube 48.3x3.2 mm, galvanised, 6.0 m", 120, "PCS", "38.50", D(2026, 12, 15)),
    ])
    date, when = date_hdr(2026, 11, 25, 10, 0, 0, 60)
    rows = [["Cennik 2027 / Price list 2027 – ważny od 01.01.2027 do 31.12.2027"], [],
            ["Indeks", "Opis", "JM", "Cena EUR 2026", "Cena EUR 2027", "Zmiana"],
            ["RM-RUR-4832-6", "Rura 48,3x3,2 ocynk 6,0 m", "szt.", xlsx.Num(38.5), xlsx.Num(39.9), "3,6%"],
            ["RM-RUR-4832-4", "Rura 48,3x3,2 ocynk 4,0 m", "szt.", xlsx.Num(26.1), xlsx.Num(27.05), "3,6%"],
            ["RM-ZL-EN74-90", "Złącze krzyżowe EN 74-1 kute", "szt.", xlsx.Num(3.1), xlsx.Num(3.25), "4,8%"],
            ["RM-ZL-EN74-OBR", "Złącze obrotowe EN 74-1 kute", "szt.", xlsx.Num(3.45), xlsx.Num(3.6), "4,3%"],
            ["RM-PODEST-307", "Podest stalowy 3,07 m", "szt.", xlsx.Num(41.0), xlsx.Num(42.5), "3,7%"]]
    xb = xlsx.make_xlsx(rows, "Cennik 2027", stamp=(2026, 11, 24, 15, 0, 0), creator="Agnieszka Wróbel")
    body = """Szanowni Państwo,

w załączeniu przesyłamy cennik na rok 2027, obowiązujący od 01.01.2027. Zamówienia złożone do 18.12.2026 realizujemy jeszcze po cenach 2026.

Dear Customers, please find attached our price list 2027, valid from 01.01.2027. Orders placed until 18.12.2026 are still invoiced at 2026 prices.

Z poważaniem / Best regards
Dział Sprzedaży – Rusztowania Mazowsze Sp. z o.o."""
    part = multipart("mixed", boundary("c078", "other"), [
        text(body, charset="utf-8", cte="quoted-printable"),
        attachment(xb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Cennik_2027_Rusztowania_Mazowsze.xlsx"),
    ])
    h = [("Date", date), ("From", addr("Rusztowania Mazowsze - Sprzedaż", "zamowienia@rusztowania-mazowsze.example")),
         ("To", "undisclosed-recipients:;"), ("Bcc", None), ("Subject", hdr("Cennik 2027 / Price list 2027")),
         ("Message-ID", mid_uuid("c078", "rusztowania-mazowsze.example"))]
    return out("scaffold-price-list-2027-xlsx", "pl-PL",
               "A 2027 price-list XLSX from the supplier of an open PO, containing that PO's item with a new price and validity dates.",
               po, message(h, part), "unrelated", None, "Price list mailing; does not answer NBS-2026-1240.")


# ---------------------------------------------------------------------------------------------
@case
def statement_of_account():
    sup = Sup("PENNINE", "Pennine Cable Supplies Ltd", "sales@pennine-cable.example", "en-GB")
    po = PO("HX-PO-26-0961", sup, B_CABLE, "GBP", D(2026, 11, 23), [
        L(1, "NYY-J-3X2.5", "NYY-J 3x2.5 mm2 power cable, black", 1000, "M", "1.85", D(2026, 12, 11)),
        L(2, "H07RN-F-3G1.5", "H07RN-F 3G1.5 rubber flexible cable", 500, "M", "1.12", D(2026, 12, 11)),
    ])
    date, when = date_hdr(2026, 11, 25, 16, 30, 0, 0)
    body = """Dear Customer,

Please find below your statement of account as at 25/11/2026.

Account: HELIX01 - Helix Electrical Contractors Ltd

Date        Ref         Your ref          Due         Amount GBP   Balance GBP
14/09/2026  INV-81734   HX-PO-26-0702     31/10/2026    2,418.60      2,418.60
02/10/2026  INV-82290   HX-PO-26-0811     30/11/2026    5,106.25      7,524.85
19/10/2026  CRN-04411   Drum return x3    -              -204.00      7,320.85
09/11/2026  INV-83015   HX-PO-26-0874     31/12/2026    1,806.00      9,126.85

Overdue: 2,418.60   Total outstanding: 9,126.85

Please arrange payment of the overdue amount at your earliest convenience. If you have already paid, please ignore this reminder.

Credit Control
Pennine Cable Supplies Ltd"""
    part = text(body, charset="us-ascii", cte="7bit")
    h = [("Date", date), ("From", addr("Pennine Cable Credit Control", "creditcontrol@pennine-cable.example")),
         ("To", "accounts@helix-electrical.example"), ("Cc", B_CABLE["email"]),
         ("Subject", "Statement of account - HELIX01 - 25/11/2026"), ("Message-ID", mid_plain("c079", "pennine-cable.example", "soa."))]
    assert Decimal("2418.60") + Decimal("5106.25") - 204 + Decimal("1806.00") == Decimal("9126.85")
    return out("cable-statement-of-account", "en-GB",
               "A statement of account listing other POs of the same supplier with amounts and due dates; the open PO is not mentioned.",
               po, message(h, part), "unrelated", None, "Accounts statement, not an order answer.")


# ---------------------------------------------------------------------------------------------
@case
def holiday_closing_notice():
    sup = Sup("PAPVYS", "Papírny Vysočina s.r.o.", "objednavky@papirny-vysocina.example", "cs-CZ")
    po = PO("MH-26-04505", sup, B_HOTEL2, "EUR", D(2026, 11, 24), [
        L(1, "PV-TP-JUMBO-2V", "Jumbo toilet roll 2-ply, 19 cm, case of 6 rolls", 60, "CS", "22.50", D(2026, 12, 17)),
    ])
    date, when = date_hdr(2026, 11, 26, 8, 15, 0, 60)
    body = """Vážení obchodní partneři,

dovolujeme si Vás informovat o provozu naší společnosti na konci roku:

- celozávodní dovolená: 21. 12. 2026 – 1. 1. 2027
- poslední expedice v roce 2026: 18. 12. 2026
- objednávky přijaté do 11. 12. 2026 expedujeme ještě letos
- první expedice v novém roce: 4. 1. 2027

Děkujeme za spolupráci v roce 2026 a přejeme příjemné prožití vánočních svátků.

Papírny Vysočina s.r.o.
obchodní oddělení"""
    part = multipart("alternative", boundary("c080"), [text(body, charset="windows-1250"),
                                                       html(simple_html(body).replace("charset=utf-8", "charset=windows-1250"), charset="windows-1250")])
    h = [("From", addr("Papírny Vysočina - obchod", "objednavky@papirny-vysocina.example", "windows-1250")),
         ("To", addr("Lukas Berger", B_HOTEL2["email"])), ("Subject", hdr("Provoz o Vánocích 2026 / Christmas shutdown", "windows-1250")),
         ("Date", date), ("Message-ID", mid_outlook("c080")), ("Content-Language", "cs-CZ")]
    return out("cleaning-paper-christmas-shutdown-notice", "cs-CZ",
               "A general Christmas shutdown notice full of dispatch cut-off dates from the supplier of an open PO, but not about that order.",
               po, message(h, part), "unrelated", None, "General notice; the open PO is not addressed.")
