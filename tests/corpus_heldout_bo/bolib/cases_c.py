"""Cases 037-055: English-speaking and DACH/French confirmations, then needs_review replies."""
import html as _h

from .common import PO, S, A, R, U, C, case, confirmation, other, reply, qrow, request_text
from .pdf import make_pdf


@case("in-bricks-dispatch-delivery", "confirmation/en-IN",
      "Indian English 'dispatch by 15th Dec, delivery by 18th Dec': two dates, the delivery date counts.")
def c037(ctx):
    sup = S("AGNIREF", "Agni Refractories Pvt. Ltd.", "orders@agniref.example", "en-IN", "Suresh Iyer")
    po = PO("4500231037", sup, "USD", "2026-11-04", [
        ("AR-HA70-230", "High alumina brick 70%, 230x114x76 mm", 3000, "PCS", "1.85", "2026-12-11"),
        ("AR-IFB-26", "Insulating fire brick IFB-26, 230x114x64 mm", 1500, "PCS", "2.40", "2026-12-11")])
    body = ("Dear Madam,\n\nGreetings from Agni Refractories!\n\nWe are pleased to confirm your PO No. 4500231037 for both "
            "items at the PO rates and quantities. Kindly note material will be ready for dispatch by 15th Dec, "
            "delivery by 18th Dec at your Hamburg warehouse.\n\nThanks & Regards,\nSuresh Iyer\nManager - Exports\n"
            "Agni Refractories Pvt. Ltd., SIPCOT Industrial Estate, Ranipet - 632403, Tamil Nadu\nMob: +91 98410 22761")
    m = reply(ctx, po, body, date="2026-11-14 11:52 +0530", charset="us-ascii", cte="7bit", quote="outlook-old")
    return [po], m, confirmation("Dispatch 15th Dec vs delivery 18th Dec: delivery wins -> 2026-12-18 for both lines.",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("za-feedblocks-pdf-flate", "confirmation/en-ZA",
      "ERP mail whose body has no values; a Flate-compressed PDF acknowledgment carries a changed date and quantity.")
def c038(ctx):
    sup = S("VELDLICK", "Veld Lick Feeds (Pty) Ltd", "sales@veldlick.example", "en-ZA", "Veld Lick ERP")
    po = PO("4500231038", sup, "ZAR", "2026-11-02", [
        ("VL-PROT-30", "Protein lick block 30 kg, 32% CP", 400, "EA", "289.00", "2026-12-11"),
        ("VL-PHOS-25", "Phosphate lick block 25 kg, 12% P", 300, "EA", "245.00", "2026-12-11"),
        ("VL-SALT-10", "Salt lick block 10 kg", 500, "EA", "58.00", "2026-12-11")])
    pdf = make_pdf([
        "VELD LICK FEEDS (PTY) LTD", "14 Voortrekker Road, Bethlehem 9701, Free State, South Africa",
        "VAT No. 4120 187 365   Tel +27 58 303 4412", "",
        "ORDER ACKNOWLEDGEMENT  OA-2611-0457", "Date: 12/11/2026", "Customer PO: 4500231038", "",
        "Ln  Item        Description                      Qty   Unit    Price ZAR   Deliver",
        "1   VL-PROT-30  Protein lick block 30 kg          400   EA      289.00      11/12/2026",
        "2   VL-PHOS-25  Phosphate lick block 25 kg        280   EA      245.00      11/12/2026",
        "3   VL-SALT-10  Salt lick block 10 kg             500   EA      58.00       18/12/2026", "",
        "Ln 2: balance of 20 cancelled - raw material shortage.",
        "Prices excl. VAT. E&OE. Subject to our standard terms of sale."], title="OA-2611-0457", flate=True,
        date="20261112071500+02'00'", producer="Sage X3 Print Server")
    body = ("Dear Customer,\n\nPlease find attached order acknowledgement OA-2611-0457 for your order 4500231038.\n\n"
            "This is a system generated e-mail. For queries contact sales@veldlick.example or +27 58 303 4412.\n")
    m = reply(ctx, po, body, date="2026-11-12 07:16 +0200", sender=("Veld Lick ERP", "noreply@veldlick.example"),
              charset="us-ascii", cte="7bit", quote="none", html=False, client="erp", thread=False,
              subject="Order Acknowledgement OA-2611-0457 / Your PO 4500231038",
              attachments=[("OA-2611-0457.pdf", "application/pdf", pdf)])
    return [po], m, confirmation("ERP mail (not an auto-reply): PDF says line 2 280 (20 cancelled), line 3 18/12/2026.",
                                 (po, {1: A, 2: C(q=280), 3: C(d="2026-12-18")}))


@case("au-fins-box-of-12", "confirmation/en-AU",
      "Quantities and price given per box where the description says 'box of 12' and the PO counts pieces.")
def c039(ctx):
    sup = S("REEFFIN", "Reef Break Fins Pty Ltd", "orders@reefbreakfins.example", "en-AU", "Mick O'Connell")
    po = PO("4500231039", sup, "AUD", "2026-11-05", [
        ("RB-SCR-12", "Fin screw M5x12 stainless, box of 12", 240, "PCS", "1.45", "2026-12-11"),
        ("RB-PLG-FCS", "Fin plug dual tab, 9/16 in, box of 12", 360, "PCS", "2.10", "2026-12-11")])
    body = ("G'day Dana,\n\nNo worries, PO 4500231039 confirmed:\n"
            "- Fin screws: 20 boxes @ AUD 18.00/box, delivery 11/12/2026\n"
            "- Fin plugs: 30 boxes @ AUD 25.20/box, delivery 11/12/2026\n\nCheers,\nMick\n\n"
            "Mick O'Connell | Reef Break Fins Pty Ltd\n3/17 Industrial Ave, Burleigh Heads QLD 4220 | 07 5535 8812")
    m = reply(ctx, po, body, date="2026-11-11 15:30 +1000", charset="windows-1252", cte="quoted-printable",
              quote="outlook")
    return [po], m, confirmation("20 boxes x 12 = 240 pcs at 18.00/12 = 1.50 (changed); 30 x 12 = 360 at 25.20/12 = 2.10 (accepted).",
                                 (po, {1: C(p="1.50"), 2: A}))


@case("ie-threads-messe-signature", "confirmation/en-IE",
      "Plain acceptance; the signature carries a trade-fair date 'Visit us at Messe, 12-15 January 2027'.")
def c040(ctx):
    sup = S("LIFFEYTHR", "Liffey Threads Ltd", "sales@liffeythreads.example", "en-IE", "Siobhan Byrne")
    po = PO("4500231040", sup, "EUR", "2026-11-06", [
        ("LT-SILK-30", "Silk embroidery floss 30 wt, 100 m spool, 2027 shades", 800, "PCS", "3.20", "2026-12-18"),
        ("LT-BOX-12", "Thread storage box, 12x20 compartments", 40, "EA", "14.75", "2026-12-18")])
    body = "Hi Dana,\n\nThanks for the order - both lines confirmed, quantities, prices and delivery on 18/12 as requested.\n\nBest,\nSiobhan"
    sig = ("Siobhan Byrne | Customer Service\nLiffey Threads Ltd, Unit 4 Kilcullen Business Park, Co. Kildare, W91 X2C7\n"
           "T +353 45 48 1270\n\nVisit us at Messe, 12-15 January 2027 - Heimtextil Frankfurt, Hall 3.0 Stand C61\n\n"
           "Liffey Threads Ltd is registered in Ireland, No. 512884.")
    m = reply(ctx, po, body, sig=sig, date="2026-11-13 12:05 +0000", charset="utf-8", cte="quoted-printable",
              quote="gmail", client="gmail")
    return [po], m, confirmation("All accepted; the 12-15 January 2027 fair date in the signature is not a delivery date.",
                                 (po, {1: A, 2: A}))


@case("sg-blankets-marked-cells", "confirmation/en-SG",
      "Supplier quotes our table and marks the changed cells with '<<'; unmarked cells stay as ordered.")
def c041(ctx):
    sup = S("LIONPRINT", "Lion City Print Supplies Pte Ltd", "sales@lionprint.example", "en-SG", "Tan Wei Ling")
    po = PO("4500231041", sup, "USD", "2026-11-03", [
        ("LP-BLK-1030", "Printing blanket 1030x840x1.96 mm, 4-ply, bar 3/4", 20, "PCS", "168.00", "2026-12-11"),
        ("LP-BLK-0605", "Printing blanket 605x540x1.70 mm, 3-ply", 30, "PCS", "74.00", "2026-12-11"),
        ("LP-UV-WASH", "Blanket wash UV, 20 L can", 12, "EA", "96.00", "2026-12-11")])
    body = ("Hi Dana,\n\nPlease see below, changes marked with <<\n\n"
            "Pos  Item         Qty   UoM  Unit price       Req. date\n"
            "1    LP-BLK-1030  20    PCS  172.00 USD  <<   2026-12-11\n"
            "2    LP-BLK-0605  30    PCS  74.00 USD        2026-12-18  <<\n"
            "3    LP-UV-WASH   12    EA   96.00 USD        2026-12-11\n\n"
            "Rest as per your PO.\n\nRegards\nTan Wei Ling\nLion City Print Supplies Pte Ltd\n"
            "10 Ubi Crescent, #05-21 Ubi Techpark, Singapore 408564 | +65 6745 2218")
    m = reply(ctx, po, body, date="2026-11-10 17:45 +0800", charset="us-ascii", cte="7bit", quote="outlook")
    return [po], m, confirmation("'<<' marks: line 1 price 172.00, line 2 date 2026-12-18; line 3 unmarked = accepted.",
                                 (po, {1: C(p="172.00"), 2: C(d="2026-12-18"), 3: A}))


@case("us-harp-html-only-table", "confirmation/en-US",
      "HTML-only mail with a styled confirmation table; US month-first dates (12/11/2026 = Dec 11).")
def c042(ctx):
    sup = S("PEDALHARP", "Lyon Street Harp Parts Inc.", "orders@lyonstreetharp.example", "en-US", "Rachel Moore")
    po = PO("4500231042", sup, "USD", "2026-11-04", [
        ("HP-DISC-47", "Harp pedal disc assembly, 47-string, brass", 14, "SET", "265.00", "2026-12-11"),
        ("HP-ROD-38", "Pedal rod 3/8 x 38 in, steel", 28, "EA", "42.00", "2026-12-11"),
        ("HP-FELT-12", "Pedal felt 12x20 mm, pack of 7", 20, "SET", "9.50", "2026-12-11")])
    th = 'style="background:#1f4e79;color:#fff;padding:4px 8px;font-family:Arial;font-size:10pt"'
    td = 'style="border-bottom:1px solid #d0d7de;padding:4px 8px;font-family:Arial;font-size:10pt"'
    rows = [("1", "HP-DISC-47", "14", "SET", "$265.00", "12/11/2026", "Confirmed"),
            ("2", "HP-ROD-38", "28", "EA", "$42.00", "12/22/2026", "Confirmed - new ship date"),
            ("3", "HP-FELT-12", "20", "SET", "$9.50", "12/11/2026", "Confirmed")]
    tab = "<table cellspacing=\"0\" style=\"border-collapse:collapse\"><tr>%s</tr>%s</table>" % (
        "".join("<th %s>%s</th>" % (th, x) for x in ("Line", "Part #", "Qty", "UOM", "Unit Price", "Delivery", "Status")),
        "".join("<tr>%s</tr>" % "".join("<td %s>%s</td>" % (td, _h.escape(c)) for c in r) for r in rows))
    hb = ('<div style="font-family:Arial;font-size:10pt"><p>Hi Dana,</p><p>Thank you for PO 4500231042. Please see our '
          'confirmation below (delivery dates are arrival at your dock).</p>%s<p>Best regards,<br><b>Rachel Moore</b><br>'
          'Customer Service | Lyon Street Harp Parts Inc.<br>2150 Lyon St, Chicago, IL 60612<br>(312) 555-0148</p></div>' % tab)
    m = reply(ctx, po, "", html_only=True, html_body=hb, date="2026-11-12 13:20 -0600", charset="utf-8",
              cte="quoted-printable", quote="outlook")
    return [po], m, confirmation("HTML-only table; 12/22/2026 = Dec 22 for line 2; 12/11/2026 = Dec 11 = PO date.",
                                 (po, {1: A, 2: C(d="2026-12-22"), 3: A}))


@case("at-seats-ende-kw50", "confirmation/de-AT",
      "'Lieferung Ende KW 50': a calendar week with no weekday named; taken as that week's Friday per the rules.")
def c043(ctx):
    sup = S("KINOSITZ", "Alpen Kinositz GmbH", "verkauf@alpenkinositz.example", "de-AT", "Stefan Huber")
    po = PO("4500231043", sup, "EUR", "2026-11-05", [
        ("KS-LUX-560", "Kinosessel Luxus 560 mm, Klappsitz, Stoff rot", 80, "EA", "312.00", "2026-12-04"),
        ("KS-SEITE-2X", "Seitenteil mit Becherhalter 2x 0,5 l", 90, "EA", "38.50", "2026-12-04")])
    body = ("Sehr geehrte Frau Ruiz,\n\nvielen Dank für Ihre Bestellung 4500231043. Wir bestätigen beide Positionen zu den "
            "bestellten Mengen und Preisen. Der gewünschte Termin 04.12. ist leider nicht möglich, Lieferung Ende KW 50.\n\n"
            "Mit freundlichen Grüßen\nStefan Huber\nAlpen Kinositz GmbH | Gewerbepark 5, 4600 Wels | Tel. +43 7242 41 880")
    m = reply(ctx, po, body, date="2026-11-13 09:12 +0100", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="de", prefix="AW: ", content_language="de-AT")
    return [po], m, confirmation("'Ende KW 50' names no weekday -> rule: Friday of ISO week 50 = 2026-12-11 (end of the working week).",
                                 (po, {1: C(d="2026-12-11"), 2: C(d="2026-12-11")}))


@case("ch-clocks-chf-split", "confirmation/de-CH",
      "Swiss CHF prices with apostrophe thousands (1'180.00) and a split delivery with a yearless January date.")
def c044(ctx):
    sup = S("JURAUHR", "Jura Uhrwerke AG", "verkauf@jura-uhrwerke.example", "de-CH", "Reto Baumann")
    po = PO("4500231044", sup, "CHF", "2026-11-03", [
        ("JU-MECH-8D", "Mechanisches Uhrwerk 8-Tage, Pendel 250 mm", 20, "EA", "1180.00", "2026-12-18"),
        ("JU-SCHL-35", "Aufzugsschlüssel Nr. 5, 3,5 mm", 40, "EA", "11.20", "2026-12-18")])
    body = ("Grüezi Frau Ruiz\n\nBesten Dank für die Bestellung 4500231044. Wir bestätigen:\n\n"
            "Pos. 1: 20 Stk. à CHF 1'180.00, Lieferung 12 Stk. am 17.12. und 8 Stk. am 14.01.\n"
            "Pos. 2: 40 Stk. à CHF 11.20, Lieferung am 17.12.\n\nFreundliche Grüsse\nReto Baumann\n"
            "Jura Uhrwerke AG | Rue du Midi 12 | 2610 St-Imier | +41 32 941 22 70")
    m = reply(ctx, po, body, date="2026-11-18 10:40 +0100", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="de", prefix="AW: ", content_language="de-CH")
    return [po], m, confirmation("Line 1: 12 on 2026-12-17 + 8 on 14.01 -> 2027-01-14; line 2 on 2026-12-17.",
                                 (po, {1: C(d="2027-01-14", sch=[(12, "2026-12-17"), (8, "2027-01-14")]),
                                       2: C(d="2026-12-17")}))


@case("be-cork-alternative-product", "confirmation/fr-BE",
      "Two lines confirmed, for the third an alternative product is proposed pending our approval.")
def c045(ctx):
    sup = S("LIEGEWAL", "Liège Wallon SRL", "commandes@liegewallon.example", "fr-BE", "Nathalie Lambert")
    po = PO("4500231045", sup, "EUR", "2026-11-04", [
        ("LW-T-2033", "Bouchon à tête 20x33 mm, tête bois 2 cm", 10000, "PCS", "0.1150", "2026-12-11"),
        ("LW-N-4424", "Bouchon naturel 44x24 mm, premium", 8000, "PCS", "0.2100", "2026-12-11"),
        ("LW-AG-3823", "Bouchon aggloméré 38x23 mm, 1+1", 12000, "PCS", "0.0540", "2026-12-11")])
    body = ("Bonjour Madame Ruiz,\n\nNous confirmons les positions 1 et 2 de votre commande 4500231045 aux prix et "
            "quantités indiqués, livraison le 11/12/2026.\n\nPour la position 3, nous vous proposons plutôt notre "
            "bouchon micro-aggloméré 38x23 mm (réf. LW-MA-3823) au prix de 0,0580 €/pièce, meilleure tenue. "
            "Merci de nous dire si cette alternative vous convient.\n\nBien à vous,\nNathalie Lambert\n"
            "Liège Wallon SRL | Rue de l'Industrie 31, 4700 Eupen | +32 87 59 12 40")
    m = reply(ctx, po, body, date="2026-11-12 14:02 +0100", charset="windows-1252", cte="quoted-printable",
              quote="outlook", lang="fr", prefix="RE : ", content_language="fr-BE")
    return [po], m, confirmation("Lines 1-2 accepted; line 3 only gets an alternative proposal awaiting our OK -> unconfirmed "
                                 "(the ordered item is neither committed nor declined; the rest of the mail is a firm commitment).",
                                 (po, {1: A, 2: A, 3: U}))


@case("ca-hydrant-iso-dates", "confirmation/fr-CA",
      "Québec French with ISO dates and a space thousands separator; one quantity raised to a full pallet.")
def c046(ctx):
    sup = S("BORNEQC", "Bornes-Fontaines Québec inc.", "ventes@bornesqc.example", "fr-CA", "Marc-André Tremblay")
    po = PO("4500231046", sup, "CAD", "2026-11-06", [
        ("BF-BOU-4-5", "Bouchon de borne 4 1/2 po NST, fonte", 1150, "EA", "18.40", "2026-12-18"),
        ("BF-CHN-24", "Chaînette 24 po galvanisée", 1150, "EA", "2.60", "2026-12-18")])
    body = ("Bonjour Dana,\n\nVoici la confirmation de la commande 4500231046 :\n"
            "- BF-BOU-4-5 : 1 200 unités (palette complète), 18,40 $ l'unité, livraison 2026-12-18\n"
            "- BF-CHN-24 : 1 150 unités, 2,60 $ l'unité, livraison 2026-12-18\n\nMerci et bonne journée,\n"
            "Marc-André Tremblay\nBornes-Fontaines Québec inc., 455 boul. Industriel, Saint-Hyacinthe (Québec) J2R 1C8\n450 555-0172")
    m = reply(ctx, po, body, date="2026-11-17 10:25 -0500", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="fr", content_language="fr-CA")
    return [po], m, confirmation("Line 1 raised to 1 200 (space thousands) = 1200; line 2 as ordered.",
                                 (po, {1: C(q=1200), 2: A}))


# ------------------------------------------------------------------ needs_review

@case("de-trapdoors-drawing-question", "needs_review/de-DE",
      "A question about the drawing revision before confirming; dates and prices appear only in our quote.")
def c047(ctx):
    sup = S("BUEHNTEC", "Bühnentechnik Sachsen GmbH", "vertrieb@buehnentechnik-sachsen.example", "de-DE", "Frank Lehmann")
    po = PO("4500231047", sup, "EUR", "2026-11-05", [
        ("BT-VS-1000", "Versenkeinheit 1000x2000 mm, Hub 2,4 m, 400V", 2, "EA", "18900.00", "2027-01-15"),
        ("BT-KL-4X", "Klappensatz 4x 1000x500 mm, Eiche", 2, "SET", "2450.00", "2027-01-15")])
    body = ("Hallo Frau Ruiz,\n\nbevor wir die Bestellung 4500231047 bestätigen können: In der Bestellung ist Zeichnung "
            "BT-VS-1000 Rev. C angegeben, uns liegt aber bereits Rev. D (Hub 2,6 m) vor. Welche Revision gilt?\n"
            "Sobald wir das wissen, bestätigen wir Termin und Preis.\n\nViele Grüße\nFrank Lehmann\n"
            "Bühnentechnik Sachsen GmbH | Zwickauer Str. 220 | 09116 Chemnitz | Tel. +49 371 335 71 20")
    m = reply(ctx, po, body, date="2026-11-12 11:45 +0100", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="de", prefix="AW: ", content_language="de-DE")
    return [po], m, other("needs_review", "Open question about drawing revision; nothing committed; the 2,6 m / Rev. D numbers are not order values.")


@case("us-bricks-confirm-next-week", "needs_review/en-US",
      "'Will confirm next week' with a tentative date; no commitment on any line.")
def c048(ctx):
    sup = S("OHIOKILN", "Ohio Valley Kiln Supply LLC", "sales@ohiokiln.example", "en-US", "Brian Walsh")
    po = PO("4500231048", sup, "USD", "2026-11-04", [
        ("OVK-K23-9", "K-23 insulating firebrick 9x4.5x2.5 in", 500, "PCS", "3.85", "2026-12-11"),
        ("OVK-SHELF-1220", "Kiln shelf cordierite 12x20 in, 5/8 thick", 60, "PCS", "48.00", "2026-12-11")])
    body = ("Hi Dana,\n\nGot your PO 4500231048, thanks. Our kiln shelf supplier is still working out the December schedule "
            "- we'll confirm everything next week. Tentatively looking at 12/18 but don't hold me to that.\n\n"
            "Thanks,\nBrian\n\nBrian Walsh | Ohio Valley Kiln Supply LLC\n880 Commerce Dr, Zanesville, OH 43701 | (740) 555-0193")
    m = reply(ctx, po, body, date="2026-11-11 16:02 -0500", charset="us-ascii", cte="7bit", quote="outlook-old",
              client="outlook")
    return [po], m, other("needs_review", "Promise to confirm next week; '12/18 tentatively, don't hold me to that' is no commitment.")


@case("fr-cork-moq-condition", "needs_review/fr-FR",
      "Confirmation made conditional on a minimum order quantity we have not accepted.")
def c049(ctx):
    sup = S("SUBERCORK", "Subercork France SARL", "adv@subercork.example", "fr-FR", "Julien Marchand")
    po = PO("4500231049", sup, "EUR", "2026-11-06", [
        ("SC-SYN-2238", "Bouchon synthétique 22x38 mm, blanc", 3000, "PCS", "0.0390", "2026-12-11")])
    body = ("Bonjour,\n\nConcernant votre commande 4500231049 : nous pouvons la confirmer sous réserve d'un minimum de "
            "commande de 5 000 pièces pour ce bouchon synthétique (même prix unitaire, livraison le 11/12). "
            "Merci de nous faire savoir si vous acceptez cette quantité.\n\nCordialement,\nJulien Marchand\n"
            "Subercork France SARL - 5 avenue de la Gare, 66400 Céret - Tél. 04 68 87 22 16")
    m = reply(ctx, po, body, date="2026-11-16 10:50 +0100", charset="iso-8859-15", cte="quoted-printable",
              quote="outlook", lang="fr", prefix="RE : ", content_language="fr-FR")
    return [po], m, other("needs_review", "Conditional offer (MOQ 5 000) waiting for our acceptance; nothing committed for 3 000.")


@case("mx-joints-vague-mid-december", "needs_review/es-MX",
      "Vague 'más o menos a mediados de diciembre, debería estar bien' - no firm date or commitment.")
def c050(ctx):
    sup = S("JUNTASMX", "Juntas y Puentes del Bajío S.A. de C.V.", "ventas@juntasbajio.example", "es-MX", "Alejandro Ríos")
    po = PO("4500231050", sup, "USD", "2026-11-03", [
        ("JPB-MOD-160", "Junta de expansión modular 160 mm, tramo 7.5 m", 3, "SET", "8750.00", "2026-12-18"),
        ("JPB-NEO-45", "Apoyo de neopreno 450x350x63 mm", 24, "PCS", "212.00", "2026-12-18")])
    body = ("Hola Dana, buen día.\n\nYa tenemos su orden 4500231050. Las juntas andan más o menos para mediados de "
            "diciembre, debería estar bien, y los neoprenos creo que sí los tenemos, déjeme revisar con almacén.\n\n"
            "Saludos,\nAlejandro Ríos\nJuntas y Puentes del Bajío S.A. de C.V.\nCarretera 45 km 8.5, León, Gto. | +52 477 555 0134")
    m = reply(ctx, po, body, date="2026-11-13 09:35 -0600", charset="utf-8", cte="quoted-printable",
              quote="gmail", client="iphone", lead="El {d} nov {y}, a las {hm}, {name} <{email}> escribió:", prefix="Re: ")
    return [po], m, other("needs_review", "'más o menos mediados de diciembre' and 'creo que sí ... déjeme revisar' are not commitments.")


@case("pl-blankets-body-vs-pdf", "needs_review/pl-PL",
      "Body says delivery 14.12.2026, the attached PDF acknowledgment says 21.12.2026 - contradictory.")
def c051(ctx):
    sup = S("POLOFFSET", "Pol-Offset Materiały Poligraficzne Sp. z o.o.", "biuro@poloffset.example", "pl-PL", "Tomasz Wójcik")
    po = PO("4500231051", sup, "EUR", "2026-11-04", [
        ("PO-OBC-1050", "Obciąg offsetowy 1050x795x1,95 mm", 25, "PCS", "142.00", "2026-12-18"),
        ("PO-LIS-1050", "Listwy zaciskowe 1050 mm, komplet 2 szt.", 25, "SET", "19.00", "2026-12-18")])
    pdf = make_pdf(["POL-OFFSET Materialy Poligraficzne Sp. z o.o.", "ul. Lodowa 101, 93-232 Lodz", "",
                    "POTWIERDZENIE ZAMOWIENIA PZ/2026/11/0388", "Data: 16.11.2026   Zamowienie klienta: 4500231051", "",
                    "Poz  Indeks        Ilosc  JM    Cena EUR  Termin dostawy",
                    "1    PO-OBC-1050   25     szt   142,00    21.12.2026",
                    "2    PO-LIS-1050   25     kpl   19,00     21.12.2026"], title="PZ/2026/11/0388",
                   date="20261116083000+01'00'")
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie 4500231051, ceny bez zmian, dostawa 14.12.2026. "
            "W załączeniu potwierdzenie z systemu.\n\nPozdrawiam\nTomasz Wójcik\nPol-Offset, ul. Lodowa 101, 93-232 Łódź\ntel. +48 42 640 15 70")
    m = reply(ctx, po, body, date="2026-11-16 08:41 +0100", charset="windows-1250", cte="quoted-printable",
              quote="outlook", lang="pl", prefix="Odp: ", content_language="pl-PL",
              attachments=[("PZ_2026_11_0388.pdf", "application/pdf", pdf)])
    return [po], m, other("needs_review", "Body 14.12.2026 vs PDF 21.12.2026 for the same lines: a careful buyer cannot tell which date holds.")


@case("nz-oars-price-only-in-quote", "needs_review/en-NZ",
      "'Price needs to go to current list, rest as below' - the only prices visible are ours in the quoted text.")
def c052(ctx):
    sup = S("KIWIOARS", "Kiwi Oars Ltd", "sales@kiwioars.example", "en-NZ", "Hamish Reid")
    po = PO("4500231052", sup, "NZD", "2026-11-02", [
        ("KO-SC-289", "Sculling oar 289 cm, carbon, smoothie blade", 12, "PAIR", "640.00", "2026-12-18"),
        ("KO-SL-40", "Oar sleeve and collar kit 40 mm", 24, "SET", "38.00", "2026-12-18")])
    body = ("Hi Dana,\n\nQty and dates as below are fine, but the price on the sculls needs to go to our current list "
            "price - old pricing on your PO. Will get Sarah to send the new list through.\n\nCheers\nHamish\n\n"
            "Hamish Reid | Kiwi Oars Ltd | 22 Kahu Road, Christchurch 8042 | +64 3 348 2270")
    m = reply(ctx, po, body, date="2026-11-09 10:20 +1300", charset="us-ascii", cte="7bit", quote="outlook")
    return [po], m, other("needs_review", "New price announced but not given; 640.00 appears only in our quoted PO, so no value can be confirmed.")


@case("it-harps-credit-hold", "needs_review/it-IT",
      "Order on credit hold: confirmation only after overdue invoices are paid.")
def c053(ctx):
    sup = S("ARPEDAL", "Arpe Pedali Cremona S.r.l.", "amministrazione@arpepedali.example", "it-IT", "Francesca Rossi")
    po = PO("4500231053", sup, "EUR", "2026-11-05", [
        ("AP-MEC-46", "Meccanica pedali per arpa 46 corde", 2, "SET", "2150.00", "2026-12-18"),
        ("AP-MOL-8", "Molla pedale 8x40 mm", 28, "PCS", "2.90", "2026-12-18")])
    body = ("Gentile Dana,\n\nil vostro ordine 4500231053 risulta bloccato dal nostro ufficio crediti: risultano "
            "scadute le fatture 2026/1187 del 30/09/2026 e 2026/1242 del 15/10/2026 (tot. 3.480,00 EUR). "
            "Potremo confermare quantità e consegna solo dopo il saldo.\n\nCordiali saluti\nFrancesca Rossi\n"
            "Amministrazione - Arpe Pedali Cremona S.r.l.\nVia Brescia 44, 26100 Cremona - Tel. +39 0372 41 22 09")
    m = reply(ctx, po, body, date="2026-11-17 09:05 +0100", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="it", content_language="it-IT")
    return [po], m, other("needs_review", "Credit hold; dates and amounts of overdue invoices are distractors; no commitment.")


@case("vn-nets-partial-permission", "needs_review/vi-VN",
      "Vietnamese reply asking whether a partial delivery and a colour change would be acceptable.")
def c054(ctx):
    sup = S("VOTBUOM", "Công ty TNHH Vợt Bướm Sài Gòn", "sales@votbuom.example", "vi-VN", "Nguyễn Thị Hoa")
    po = PO("4500231054", sup, "USD", "2026-11-06", [
        ("VB-NET-30G", "Butterfly net 30 cm, green, 90 cm handle", 2000, "PCS", "1.95", "2026-12-18"),
        ("VB-NET-30Y", "Butterfly net 30 cm, yellow, 90 cm handle", 1000, "PCS", "1.95", "2026-12-18")])
    body = ("Chào chị Dana,\n\nVề đơn hàng 4500231054: hiện tại màu xanh lá chỉ còn 1.500 cái. Chị có đồng ý giao "
            "trước 1.500 cái ngày 18/12/2026, phần còn lại đổi sang màu xanh dương được không? Màu vàng thì chúng tôi "
            "đang kiểm tra nguyên liệu.\n\nMong chị phản hồi.\nTrân trọng,\nNguyễn Thị Hoa\n"
            "Công ty TNHH Vợt Bướm Sài Gòn, KCN Tân Bình, TP. Hồ Chí Minh\nĐT: +84 28 3815 2240")
    m = reply(ctx, po, body, date="2026-11-19 14:10 +0700", charset="utf-8", cte="base64",
              quote="gmail", client="gmail", lead="Vào {d} thg 11, {y} lúc {hm} {name} <{email}> đã viết:", prefix="Re: ")
    return [po], m, other("needs_review", "Asks permission for 1.500 + colour change and is still checking line 2: no commitment.")


@case("id-seats-uom-question", "needs_review/id-ID",
      "Indonesian supplier asks whether the quantity is in rows or in single seats before confirming.")
def c055(ctx):
    sup = S("KURSIBIO", "PT Kursi Bioskop Nusantara", "penjualan@kursibioskop.example", "id-ID", "Budi Santoso")
    po = PO("4500231055", sup, "USD", "2026-11-04", [
        ("KBN-ROW-10", "Cinema seat row 10 seats, 550 mm pitch, red", 12, "SET", "2140.00", "2027-01-15"),
        ("KBN-END-2", "End panel with LED step light 24V", 24, "PCS", "68.00", "2027-01-15")])
    body = ("Selamat siang Ibu Dana,\n\nTerima kasih atas PO 4500231055. Sebelum kami konfirmasi, mohon dijelaskan: "
            "12 SET itu maksudnya 12 baris (120 kursi) atau 12 kursi? Harga kami per kursi USD 214,00. "
            "Setelah jelas, kami kirim konfirmasi tanggal pengiriman.\n\nSalam,\nBudi Santoso\n"
            "PT Kursi Bioskop Nusantara, Jl. Raya Cikarang 88, Bekasi 17530\nTelp. +62 21 8990 4412")
    m = reply(ctx, po, body, date="2026-11-10 13:30 +0700", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="en")
    return [po], m, other("needs_review", "Clarification question on the unit (row vs seat); 214,00 per seat is a remark, not a commitment.")
