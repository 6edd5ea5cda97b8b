"""Cases 047-070: replies that must not confirm (needs_review, auto_reply, bounce, unrelated)."""
from . import mime as M
from . import pdf as P
from .common import (case, S, L, PO, other, reply, mdate, buyer, req_text, req_html, req_subject,
                     request_message, txt2html, pdf_att)


def plain_mail(hdrs, body_part):
    return M.crlf(M.message(hdrs, body_part))


def hdr_block(frm, to, subject, date, mid, extra=(), hcs="utf-8"):
    h = [("From", M.addr(frm[0], frm[1], hcs)), ("To", ", ".join(M.addr(n, e) for n, e in to)),
         ("Subject", M.enc_word(subject, hcs)), ("Date", date), ("Message-ID", mid)]
    return h + list(extra)


def to_buyer(po):
    b = buyer(po)
    return [(b[1], b[2])]


# ====================================================================== needs_review

@case("in-linen-depends-on-supplier", "needs_review/en-IN",
      "Says 'confirmed' and 'prices as per PO', but delivery depends on the castor supplier and no date is committed")
def n_in(slug):
    sup = S("SUNRISE", "Sunrise Hospital Furniture Pvt. Ltd.", "exports@sunrisehf.example", "en-IN")
    po = PO("4500032640", sup, "linen", "GBP", "2026-11-16", [
        L("SR-LT-3B", "Linen trolley 3-bag, mild steel powder coated, castors 125 mm", 30, "EA", "142.00", "2026-12-18"),
        L("SR-BAG-90", "Laundry bag 90 L, PVC coated, red/white/blue set", 30, "SET", "18.60", "2026-12-18"),
    ])
    body = ("Dear Mark,\n\nGreetings from Sunrise Hospital Furniture!\n\n"
            "We acknowledge receipt of your PO No. 4500032640 dated 16-11-2026. Your order is confirmed, but "
            "delivery depends on our supplier of the 125 mm castor wheels. We will revert with the dispatch "
            "date at the earliest.\n\nPrices are as per PO.\n")
    sig = ("Thanks & Regards,\nRahul Sharma\nManager - Exports\nSunrise Hospital Furniture Pvt. Ltd.\n"
           "Plot 42, MIDC Bhosari, Pune 411026, Maharashtra, India\nMob: +91 98555 41230\n\n"
           "DISCLAIMER: This e-mail is intended only for the addressee. Please consider the environment "
           "before printing.")
    eml = reply(po, slug=slug, date=mdate("2026-11-17 12:46", "+0530"), body=body, sig=sig, lang="en",
                client="outlook", frm=("Rahul Sharma", sup["email"]))
    return [po], eml, other("needs_review", "'Confirmed, but delivery depends on our supplier' with no date: a "
                             "conditional answer without a delivery commitment -> human review, not a confirmation.")


@case("za-kegs-already-sent", "needs_review/en-ZA",
      "Reply to our reminder says only 'already sent you the confirmation last week'; nothing to extract")
def n_za(slug):
    sup = S("CAPEBT", "Cape Brewtech (Pty) Ltd", "sales@capebrewtech.example", "en-ZA")
    po = PO("4500032655", sup, "keg", "EUR", "2026-11-09", [
        L("CB-COUP-D", "Keg coupler D-type, lever handle, 5/8\" outlet", 20, "EA", "46.00", "2026-12-11"),
        L("CB-COUP-S", "Keg coupler S-type, stainless, 3/8\" gas", 20, "EA", "52.00", "2026-12-11"),
    ])
    body = "Hi Daniel\n\nWe already sent you the confirmation last week.\n"
    sig = ("Regards\nThabo Nkosi\nCape Brewtech (Pty) Ltd\n14 Voortrekker Rd, Maitland, Cape Town 7405\n"
           "Tel: +27 21 555 0193")
    eml = reply(po, slug=slug, date=mdate("2026-11-23 08:12", "+0200"), body=body, sig=sig, lang="en",
                client="gmail", frm=("Thabo Nkosi", sup["email"]), reminder=True,
                subject="Re: Reminder: Purchase order 4500032655 - please confirm", contact="Thabo",
                irt_id="<po-4500032655.2@hopwell-brewing.example>",
                refs="<po-4500032655.1@hopwell-brewing.example> <po-4500032655.2@hopwell-brewing.example>")
    return [po], eml, other("needs_review", "Answer to a reminder claiming an earlier confirmation that we do not "
                             "have; no quantities, prices or dates -> needs a human to chase the lost mail.")


@case("hi-saffron-grade-question", "needs_review/hi-IN",
      "Hindi/English mix asking which saffron grade is meant before any date can be given")
def n_hi(slug):
    sup = S("KESAR", "Kesar Kashmir Traders", "sales@kesarkashmir.example", "hi-IN")
    po = PO("4500032660", sup, "saffron", "EUR", "2026-11-16", [
        L("KK-MONGRA-1", "Kashmir saffron threads, grade I, 1 g pack", 500, "EA", "9.40", "2026-12-14"),
        L("KK-MONGRA-50", "Kashmir saffron threads, grade I, 50 g tin", 10, "EA", "395.00", "2026-12-14"),
    ])
    body = ("नमस्ते लूका जी,\n\nआपके PO 4500032660 के लिए धन्यवाद।\n\n"
            "कृपया बताएं कि आपको Mongra grade (सिर्फ़ लाल धागे) चाहिए या Lachha (धागे के साथ पीला हिस्सा)? "
            "PO में सिर्फ़ 'grade I' लिखा है, और दोनों की कीमत अलग है।\n"
            "Grade confirm होने के बाद ही हम final price और delivery date बता पाएंगे।\n")
    sig = ("धन्यवाद,\nइमरान भट\nKesar Kashmir Traders\nLal Chowk, Srinagar 190001, J&K\n+91 194 555 2871")
    eml = reply(po, slug=slug, date=mdate("2026-11-18 15:20", "+0530"), body=body, sig=sig, lang="hi",
                client="gmail", cs="utf-8", cte="base64", frm=("Imran Bhat", sup["email"]))
    return [po], eml, other("needs_review", "A question about the grade (Mongra vs Lachha); price and date "
                             "explicitly depend on the answer -> no commitment.")


@case("au-kegs-prepayment-condition", "needs_review/en-AU",
      "Gives a date and accepts prices, but only 'subject to 30% prepayment' - a condition the buyer must accept first")
def n_au(slug):
    sup = S("STKEG", "Southern Tap & Keg Supplies Pty Ltd", "sales@southerntapkeg.example", "en-AU")
    po = PO("4500032675", sup, "keg", "EUR", "2026-11-16", [
        L("ST-CPL-A", "Keg coupler A-type (Grundy), flat, 3/8\" beer line", 24, "EA", "39.50", "2026-12-11"),
        L("ST-CPL-U", "Keg coupler U-type, 2-probe", 12, "EA", "61.00", "2026-12-11"),
    ])
    body = ("G'day Daniel,\n\nHappy to supply PO 4500032675 at the prices listed, delivery 11/12/2026 – subject "
            "to 30% prepayment, as we haven't traded with you before.\n\nLet me know if that works and I'll "
            "send through a pro-forma invoice. Once payment lands we'll lock it in.\n")
    sig = ("Cheers,\nJack O'Brien\nSouthern Tap & Keg Supplies Pty Ltd\n7/22 Industrial Dr, Braeside VIC 3195\n"
           "Ph (03) 9555 2741")
    eml = reply(po, slug=slug, date=mdate("2026-11-18 16:55", "+1100"), body=body, sig=sig, lang="en",
                client="iphone", html=False, frm=("Jack O'Brien", sup["email"]))
    return [po], eml, other("needs_review", "Prices and 11/12/2026 are offered only 'subject to 30% prepayment'; "
                             "the order is not locked in until the buyer agrees -> conditional, needs review.")


@case("de-insoles-confirm-next-week", "needs_review/de-DE",
      "'Bestätigung folgt Anfang nächster Woche' with a tentative 'eher KW 51 als KW 50' that is not a commitment")
def n_de(slug):
    sup = S("FUSSBS", "Fußbett-Technik Schwarz GmbH", "auftrag@fussbett-schwarz.example", "de-DE")
    po = PO("4500032690", sup, "insole", "EUR", "2026-11-16", [
        L("FS-KORK-40", "Cork footbed insole, leather top, size 40", 200, "PAIR", "11.80", "2026-12-11"),
        L("FS-KORK-43", "Cork footbed insole, leather top, size 43", 200, "PAIR", "11.80", "2026-12-11"),
        L("FS-PEL-3", "Metatarsal pad 3 mm, self-adhesive", 500, "PAIR", "0.95", "2026-12-11"),
    ])
    body = ("Sehr geehrte Frau Nair,\n\nvielen Dank für Ihre Bestellung 4500032690.\n\n"
            "Die Liefertermine stimmen wir gerade mit unserer Fertigung ab; die Auftragsbestätigung mit "
            "verbindlichen Terminen erhalten Sie Anfang nächster Woche. Nach jetzigem Stand wird es eher "
            "KW 51 als KW 50 – das kann ich aber noch nicht zusagen.\n")
    sig = ("Mit freundlichen Grüßen\n\ni. A. Sabine Krüger\nInnendienst\nFußbett-Technik Schwarz GmbH\n"
           "Gerberstraße 11, 66953 Pirmasens\nTel. +49 6331 555-270\n\nSitz der Gesellschaft: Pirmasens, "
           "Amtsgericht Zweibrücken HRB 3318, Geschäftsführer: Klaus Schwarz")
    eml = reply(po, slug=slug, date=mdate("2026-11-19 11:40", "+0100"), body=body, sig=sig, lang="de",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("Sabine Krüger", sup["email"]))
    return [po], eml, other("needs_review", "Announces the confirmation for next week; 'eher KW 51 als KW 50' is "
                             "explicitly not a commitment -> nothing confirmed yet.")


@case("nz-seeds-got-it-values-quoted", "needs_review/en-NZ",
      "Short 'got it, passing to dispatch' reply: every quantity, price and date is only in our quoted request")
def n_nz(slug):
    sup = S("KIWISD", "Kiwi Seed Co. Ltd", "orders@kiwiseed.example", "en-NZ")
    po = PO("4500032705", sup, "pepper", "GBP", "2026-11-17", [
        L("KS-CAP-YW", "Capsicum seed 'Yolo Wonder', 1000 seeds per pack", 40, "BOX", "14.20", "2026-12-16"),
        L("KS-CAP-CW", "Capsicum seed 'California Wonder 300', 1000 seeds per pack", 40, "BOX", "12.80", "2026-12-16"),
    ])
    body = ("Kia ora Tom,\n\nThanks for that – got it. I've passed it on to our dispatch team and will come "
            "back to you once they've checked stock on both lines.\n")
    sig = "Cheers\nAroha Walker\nKiwi Seed Co. Ltd | 18 Seddon St, Pukekohe 2120 | 09 555 7281"
    eml = reply(po, slug=slug, date=mdate("2026-11-19 09:03", "+1300"), body=body, sig=sig, lang="en",
                client="apple", frm=("Aroha Walker", sup["email"]))
    return [po], eml, other("needs_review", "Receipt only; all numbers (quantities, prices, 2026-12-16) appear "
                             "solely in our own quoted request, which must not be read as the supplier's answer.")


@case("ch-fr-chess-clocks-contradiction", "needs_review/fr-CH",
      "Body says 'livraison le 11 décembre' while the attached PDF acknowledgment says 18.12.2026")
def n_chfr(slug):
    sup = S("HORLTOU", "Horlogerie Tournoi SA", "commandes@horlogerie-tournoi.example", "fr-CH")
    po = PO("4500032720", sup, "chess", "USD", "2026-11-17", [
        L("HT-CLK-PRO", "Chess clock Pro, Swiss movement, 2027 edition", 30, "EA", "142.00", "2026-12-11"),
        L("HT-CLK-BAT", "Spare battery pack 3V CR2032, box of 10", 6, "BOX", "9.50", "2026-12-11"),
    ])
    lines = ["#HORLOGERIE TOURNOI SA", "Rue du Marché 4, 2300 La Chaux-de-Fonds - CHE-555.318.120 TVA", "",
             "#CONFIRMATION DE COMMANDE CC-26-2291", "Date: 19.11.2026",
             "Client: Gambit Tournament Supply Inc. - Votre commande 4500032720", "",
             "#Pos  Article       Désignation                         Qté   PU USD    Date de livraison",
             "1    HT-CLK-PRO    Pendule d'échecs Pro, édition 2027    30   142.00    18.12.2026",
             "2    HT-CLK-BAT    Pile 3V CR2032, boîte de 10            6     9.50    18.12.2026", "",
             "Incoterm: DAP Saint Louis."]
    pdf = P.build([lines], compress=True, title="CC-26-2291", author="Horlogerie Tournoi SA",
                  producer="Abacus ERP", creation="D:20261119101000+01'00'")
    body = ("Bonjour Monsieur Hale,\n\nNous confirmons votre commande 4500032720, livraison le 11 décembre "
            "comme demandé. Vous trouverez notre confirmation en pièce jointe.\n")
    sig = ("Meilleures salutations\n\nNathalie Rochat\nHorlogerie Tournoi SA\nRue du Marché 4, "
           "2300 La Chaux-de-Fonds\n+41 32 555 21 40")
    eml = reply(po, slug=slug, date=mdate("2026-11-19 10:18", "+0100"), body=body, sig=sig, lang="fr",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("Nathalie Rochat", sup["email"]),
                atts=[pdf_att(pdf, "CC-26-2291.pdf")])
    return [po], eml, other("needs_review", "Contradiction: the mail body promises delivery on 11 December as "
                             "requested, the attached PDF states 18.12.2026 for both lines; a human must clarify.")


@case("sg-cable-joints-try-our-best", "needs_review/en-SG",
      "Vague Singapore-English reply: 'should be ok for most of the items, will try our best to meet your dates'")
def n_sg(slug):
    sup = S("STRAITS", "Straits Subsea Engineering Pte Ltd", "sales@straitssubsea.example", "en-SG")
    po = PO("4500032735", sup, "cable", "USD", "2026-11-18", [
        L("SS-JT-66", "Subsea cable joint 66 kV, 3-core 3x300 mm2", 3, "SET", "24800.00", "2027-01-15"),
        L("SS-ARM-CL", "Armour wire clamp set for 66 kV joint", 6, "SET", "1350.00", "2027-01-15"),
        L("SS-RES-5L", "Two-part polyurethane joint resin, 5 L kit", 12, "SET", "410.00", "2027-01-15"),
    ])
    body = ("Hi Erik,\n\nNoted with thanks. Should be ok for most of the items, we will try our best to meet "
            "your dates. Will update you again once our factory revert.\n")
    sig = ("Rgds,\nTan Wei Ling\nSales Coordinator\nStraits Subsea Engineering Pte Ltd\n"
           "21 Tuas South Ave 6, Singapore 637021\nDID +65 6555 3127")
    eml = reply(po, slug=slug, date=mdate("2026-11-19 17:32", "+0800"), body=body, sig=sig, lang="en",
                client="outlook", frm=("Tan Wei Ling", sup["email"]))
    return [po], eml, other("needs_review", "'Should be ok for most of the items' and 'try our best' commit to "
                             "nothing specific and do not say which items -> needs review.")


@case("it-harmonica-reeds-question", "needs_review/it-IT",
      "Italian question about which reed version is meant on line 2; full confirmation promised after the answer")
def n_it(slug):
    sup = S("VOCICF", "Voci Armoniche Castelfidardo S.r.l.", "ordini@vociarmoniche.example", "it-IT")
    po = PO("4500032750", sup, "harmonica", "EUR", "2026-11-18", [
        L("VA-ACC-07", "Reed blanks brass 0.7 mm, 20-hole set", 100, "SET", "18.40", "2026-12-18"),
        L("VA-INOX-09", "Reed blanks stainless 0.9 mm, 10-hole set", 60, "SET", "24.90", "2026-12-18"),
        L("VA-RIV-1", "Reed rivets 1.0 mm, box of 1000", 4, "BOX", "22.00", "2026-12-18"),
    ])
    body = ("Buongiorno Sam,\n\nprima di confermare l'ordine 4500032750 abbiamo bisogno di un chiarimento: "
            "per la riga 2 (voci in acciaio inox 0,9 mm) intendete la versione standard o la versione "
            "\"a mano\" del catalogo 2027? Il prezzo cambia sensibilmente.\n\n"
            "Appena ricevuta la Sua risposta Le invieremo la conferma completa con le date di consegna.\n")
    sig = ("Cordiali saluti\nFrancesca Marinelli\nVoci Armoniche Castelfidardo S.r.l.\n"
           "Via della Stazione 31, 60022 Castelfidardo (AN)\nTel. +39 071 555 8092")
    eml = reply(po, slug=slug, date=mdate("2026-11-20 10:07", "+0100"), body=body, sig=sig, lang="it",
                client="gmail", cs="iso-8859-1", frm=("Francesca Marinelli", sup["email"]))
    return [po], eml, other("needs_review", "A clarification question on line 2; the supplier explicitly "
                             "withholds the confirmation of all lines until answered.")


# ====================================================================== auto_reply

@case("nl-ticket-system-quotes-po", "auto_reply/nl-NL",
      "Dutch ticket-system acknowledgement that quotes our full PO table (quantities, prices, dates) back")
def a_nl(slug):
    sup = S("BIJENH", "Imkerij De Bijenhof B.V.", "verkoop@bijenhof.example", "nl-NL")
    po = PO("4500032610", sup, "bee", "EUR", "2026-11-16", [
        L("BH-SPR-10", "Simplex brood frame, wired, 10 per box", 30, "BOX", "21.50", "2026-12-11"),
        L("BH-WAS-54", "Wax foundation Simplex 5.4 mm, 1 kg", 20, "KG", "17.80", "2026-12-11"),
    ])
    b = buyer(po)
    text = ("Beste Marta Holm,\n\nBedankt voor uw bericht. Wij hebben uw verzoek in goede orde ontvangen en "
            "geregistreerd onder ticketnummer #48213.\nEen van onze medewerkers neemt binnen 2 werkdagen "
            "contact met u op.\n\nU hoeft niet op deze e-mail te reageren. Wilt u informatie toevoegen? "
            "Antwoord dan op dit bericht en laat het ticketnummer in het onderwerp staan.\n\n"
            "Met vriendelijke groet,\nKlantenservice Imkerij De Bijenhof\n\n"
            "---- Uw bericht ----\n" + req_text(po))
    html = ("<html><body>\n" + txt2html(text.split("---- Uw bericht ----")[0]) +
            "<hr><p><b>Uw bericht</b></p>\n" + req_html(po) + "</body></html>\n")
    body = M.multi("alternative", [M.text(text), M.text(html, "html")], "--==_mimepart_" + M.hx(slug, 20))
    hdrs = hdr_block(("Klantenservice De Bijenhof", "support@bijenhof.example"), [(b[1], b[2])],
                     f"[Ticket #48213] {req_subject(po)}", mdate("2026-11-16 10:06", "+0100"),
                     f"<ticket-48213-{M.hx(slug, 10)}@bijenhof.example>",
                     [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                      ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                      ("X-Mailer", "Freshdesk Mailer"), ("Reply-To", "support@bijenhof.example")])
    return [po], plain_mail(hdrs, body), other("auto_reply", "Ticket-system receipt (Auto-Submitted: "
                                                "auto-replied) that echoes our PO table with quantities, "
                                                "prices and dates; nothing is confirmed.")


@case("at-ooo-rail-grease", "auto_reply/de-AT",
      "Outlook out-of-office with a return date '30.11.2026' and a substitute contact")
def a_at(slug):
    sup = S("SCHIEN", "Schienenpflege Wien GmbH", "office@schienenpflege.example", "de-AT")
    po = PO("4500032625", sup, "grease", "EUR", "2026-11-16", [
        L("SW-SG-25", "Switch plate grease, 25 kg drum", 12, "EA", "188.00", "2026-12-14"),
    ])
    b = buyer(po)
    text = ("Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 30.11.2026 nicht im Büro und habe "
            "keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden "
            "Fällen wenden Sie sich bitte an office@schienenpflege.example oder +43 1 555 81 20.\n\n"
            "Mit freundlichen Grüßen\nGerhard Pichler\nSchienenpflege Wien GmbH\n")
    bnd = "_000_DB9PR04MB" + M.hx(slug, 16).upper() + "_"
    body = M.multi("alternative", [M.text(text, cs="iso-8859-1"),
                                   M.text("<html><body>\n" + txt2html(text) + "</body></html>\n", "html",
                                          cs="iso-8859-1")], bnd)
    hdrs = hdr_block(("Gerhard Pichler", "g.pichler@schienenpflege.example"), [(b[1], b[2])],
                     f"Automatische Antwort: {req_subject(po)}", mdate("2026-11-16 11:06", "+0100"),
                     f"<DB9PR04MB{M.hx(slug, 20).upper()}@DB9PR04MB8412.eurprd04.prod.outlook.com>",
                     [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                      ("Thread-Topic", req_subject(po)), ("Auto-Submitted", "auto-generated"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", "g.pichler@schienenpflege.example"),
                      ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-AT")])
    return [po], plain_mail(hdrs, body), other("auto_reply", "Out-of-office ('nicht im Büro bis 30.11.2026'); the "
                                                "date is a return date, not a delivery date.")


@case("jp-ooo-iso2022jp", "auto_reply/ja-JP",
      "Japanese holiday auto-reply in ISO-2022-JP with several dates (11月20日-11月29日, 11月30日)")
def a_jp(slug):
    sup = S("BUNITO", "Bunraku Ito Shokai", "eigyo@bunraku-ito.example", "ja-JP")
    po = PO("4500032630", sup, "puppet", "GBP", "2026-11-20", [
        L("BI-SILK-07", "Silk control thread 0.7 mm, black, 100 m", 60, "PCS", "4.80", "2026-12-16"),
        L("BI-HEMP-1", "Hemp cord 1 mm for puppet heads, 50 m", 40, "PCS", "3.10", "2026-12-16"),
    ])
    b = buyer(po)
    text = ("お問い合わせいただきありがとうございます。\n\n"
            "誠に勝手ながら、11月20日(金)午後から11月29日(日)まで休暇をいただいております。\n"
            "11月30日(月)以降、順次対応させていただきます。\n"
            "お急ぎの場合は、営業部代表（03-5555-1872）までご連絡ください。\n\n"
            "※本メールは自動送信されています。\n\n文楽糸商会　営業部　中村\n")
    hdrs = hdr_block(("中村 美咲", "m.nakamura@bunraku-ito.example"), [(b[1], b[2])],
                     f"自動応答: {req_subject(po)}", mdate("2026-11-20 19:06", "+0900"),
                     f"<{M.hx(slug, 24)}@bunraku-ito.example>",
                     [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                      ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Active! mail")], hcs="iso-2022-jp")
    return [po], plain_mail(hdrs, M.text(text, cs="iso-2022-jp", cte="7bit")), other(
        "auto_reply", "Holiday auto-reply in ISO-2022-JP; its dates are the absence period and return day.")


@case("au-shared-inbox-receipt", "auto_reply/en-AU",
      "Shared orders-inbox acknowledgement with a reference number and service-hour times, no human answer")
def a_au(slug):
    sup = S("SXCORD", "Southern Cross Cordage Pty Ltd", "orders@sxcordage.example", "en-AU")
    po = PO("4500032645", sup, "cord", "EUR", "2026-11-23", [
        L("SX-550-MC", "Paracord 550 multicam, 30 m hank", 200, "PCS", "6.40", "2026-12-18"),
        L("SX-95-OD", "Micro cord 95 lb, olive, 100 m", 50, "PCS", "7.90", "2026-12-18"),
    ])
    b = buyer(po)
    text = ("Thanks for emailing Southern Cross Cordage.\n\nThis is an automated acknowledgement that your email "
            "has been received by our orders team (reference SXC-261123-0193). We aim to respond within "
            "2 business days (Mon-Fri, 8:30am-5pm AEDT). Orders received after 2pm are processed the next "
            "business day.\n\nPlease do not reply to this message.\n\nSouthern Cross Cordage Pty Ltd\n"
            "3/18 Boundary Rd, Laverton North VIC 3026\n")
    hdrs = hdr_block(("Southern Cross Cordage Orders", sup["email"]), [(b[1], b[2])],
                     f"We've received your email [SXC-261123-0193]", mdate("2026-11-23 20:06", "+1100"),
                     f"<{M.hx(slug, 20)}.autoack@sxcordage.example>",
                     [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                      ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
                      ("X-Autorespond", "yes")])
    body = M.multi("alternative", [M.text(text), M.text("<html><body>\n" + txt2html(text) + "</body></html>\n",
                                                       "html")], "b1_" + M.hx(slug, 32))
    return [po], plain_mail(hdrs, body), other("auto_reply", "Shared-inbox receipt with a reference number and "
                                                "business-hour notes; nothing about the order itself.")


@case("pl-ooo-linen-trolleys", "auto_reply/pl-PL",
      "Polish out-of-office 'jestem na urlopie do 7.12.2026' - a date that looks like a delivery date")
def a_pl(slug):
    sup = S("WOZPOM", "Wózki Szpitalne Pomorze Sp. z o.o.", "handel@wozki-pomorze.example", "pl-PL")
    po = PO("4500032650", sup, "linen", "GBP", "2026-11-23", [
        L("WP-BIEL-2", "Linen trolley 2 x 120 L, stainless", 16, "EA", "265.00", "2026-12-07"),
    ])
    b = buyer(po)
    text = ("Dzień dobry,\n\njestem na urlopie do 7.12.2026 włącznie. W sprawach pilnych proszę o kontakt z "
            "biurem handlowym: handel@wozki-pomorze.example, tel. +48 58 555 20 40.\n\nPozdrawiam\n"
            "Agnieszka Zielińska\n")
    bnd = "_000_AM0PR06MB" + M.hx(slug, 16).upper() + "_"
    body = M.multi("alternative", [M.text(text, cs="iso-8859-2"),
                                   M.text("<html><body>\n" + txt2html(text) + "</body></html>\n", "html",
                                          cs="iso-8859-2")], bnd)
    hdrs = hdr_block(("Agnieszka Zielińska", "a.zielinska@wozki-pomorze.example"), [(b[1], b[2])],
                     f"Odpowiedź automatyczna: {req_subject(po)}", mdate("2026-11-23 11:06", "+0100"),
                     f"<AM0PR06MB{M.hx(slug, 22).upper()}@AM0PR06MB5520.eurprd06.prod.outlook.com>",
                     [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                      ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                      ("Content-Language", "pl-PL")], hcs="iso-8859-2")
    return [po], plain_mail(hdrs, body), other("auto_reply", "Out-of-office; 7.12.2026 is the end of the "
                                                "holiday (coincidentally the requested date), not a commitment.")


# ====================================================================== bounce

def _dsn_fields(mta, rcpt, status, diag, arrival, remote=None, extra_top=()):
    top = f"Reporting-MTA: dns; {mta}\n" + "".join(f"{k}: {v}\n" for k, v in extra_top) + f"Arrival-Date: {arrival}\n"
    per = (f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\n"
           f"Status: {status}\n" + (f"Remote-MTA: dns; {remote}\n" if remote else "") +
           f"Diagnostic-Code: smtp; {diag}\n")
    return M.raw_part([("Content-Type", "message/delivery-status")], top + "\n" + per)


@case("se-archive-postfix-dsn", "bounce/sv-SE",
      "Postfix DSN (multipart/report) carrying the full original request with PO table and requested dates")
def b_se(slug):
    sup = S("ARKNOR", "Arkivkartong Norden AB", "order@arkivkartong-norden.example", "sv-SE")
    po = PO("4500032665", sup, "archive", "GBP", "2026-11-16", [
        L("AN-BOX-A4", "Archive box A4, 100 mm, grey board 1.8 mm", 800, "EA", "1.64", "2026-12-11"),
        L("AN-BOX-A3", "Archive box A3 flat, 60 mm", 300, "EA", "2.95", "2026-12-11"),
    ])
    b = buyer(po)
    orig = request_message(po)
    rcpt = sup["email"]
    txt = ("This is the mail system at host mail.heritage-archive.example.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
           "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached "
           "returned message.\n\n                   The mail system\n\n"
           f"<{rcpt}>: host mx1.arkivkartong-norden.example[192.0.2.44] said: 550\n    5.1.1 <{rcpt}>: "
           "Recipient address rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n")
    parts = [M.text(txt, cs="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
             _dsn_fields("mail.heritage-archive.example", rcpt, "5.1.1",
                         f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
                         "Mon, 16 Nov 2026 10:05:03 +0000", "mx1.arkivkartong-norden.example",
                         [("X-Postfix-Queue-ID", "4Xk2Lq1Z9sz9tBc"),
                          ("X-Postfix-Sender", f"rfc822; {b[2]}")]),
             M.rfc822(orig, extra=[("Content-Description", "Undelivered Message")])]
    bnd = "4Xk2Lq1Z9sz9tBc.1794823507/mail.heritage-archive.example"
    body = M.multi("report", parts, bnd, params="; report-type=delivery-status",
                   preamble="This is a MIME-encapsulated message.")
    hdrs = hdr_block(("Mail Delivery System", "MAILER-DAEMON@mail.heritage-archive.example"), [("", b[2])],
                     "Undelivered Mail Returned to Sender", mdate("2026-11-16 10:05", "+0000"),
                     "<20261116100507.5C1B29F1@mail.heritage-archive.example>",
                     [("Auto-Submitted", "auto-replied")])
    return [po], plain_mail(hdrs, body), other("bounce", "Postfix DSN: the attached original request contains "
                                                "the full PO table with quantities, prices and dates, none of "
                                                "which are an answer.")


@case("cz-bees-dsn-headers-only", "bounce/cs-CZ",
      "Sendmail-style DSN whose original is attached as text/rfc822-headers only (mailbox full, 5.2.2)")
def b_cz(slug):
    sup = S("VCELVY", "Včelařské potřeby Vysočina s.r.o.", "objednavky@vcelarstvi-vysocina.example", "cs-CZ")
    po = PO("4500032680", sup, "bee", "EUR", "2026-11-17", [
        L("VV-RAM-39", "Langstroth frame 39x24 cm, wired", 600, "EA", "0.98", "2026-12-14"),
        L("VV-MEZ-10", "Queen excluder plastic, 10-frame", 50, "EA", "3.20", "2026-12-14"),
    ])
    b = buyer(po)
    orig = request_message(po)
    headers_only = orig.split(b"\n\n", 1)[0].decode() + "\n"
    rcpt = sup["email"]
    txt = ("The original message was received at Tue, 17 Nov 2026 10:05:02 +0100\n"
           "from localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n"
           f"<{rcpt}>\n    (reason: 552 5.2.2 Mailbox full - quota exceeded)\n\n"
           "   ----- Transcript of session follows -----\n"
           f"... while talking to mx.vcelarstvi-vysocina.example.:\n>>> DATA\n<<< 552 5.2.2 <{rcpt}>... "
           "Mailbox full - quota exceeded\n554 5.0.0 Service unavailable\n")
    parts = [M.text(txt, cs="us-ascii", cte="7bit"),
             _dsn_fields("mail.lindqvist-apiaries.example", rcpt, "5.2.2", "552 5.2.2 Mailbox full - quota exceeded",
                         "Tue, 17 Nov 2026 10:05:02 +0100", "mx.vcelarstvi-vysocina.example",
                         [("Received-From-MTA", "DNS; localhost")]),
             M.raw_part([("Content-Type", "text/rfc822-headers")], headers_only)]
    body = M.multi("report", parts, "2AH95F3k012711.1795078003/mail.lindqvist-apiaries.example",
                   params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message")
    hdrs = hdr_block(("Mail Delivery Subsystem", "MAILER-DAEMON@mail.lindqvist-apiaries.example"), [("", b[2])],
                     "Returned mail: see transcript for details", mdate("2026-11-17 10:06", "+0100"),
                     "<202611170906.2AH95F3k012711@mail.lindqvist-apiaries.example>",
                     [("Auto-Submitted", "auto-generated (failure)")])
    return [po], plain_mail(hdrs, body), other("bounce", "DSN with only the original headers (text/rfc822-headers): "
                                                "the PO number is visible only in the returned Subject.")


@case("es-insoles-exchange-ndr", "bounce/es-ES",
      "Spanish-localised Exchange Online NDR with HTML diagnostic, delivery-status and the original request")
def b_es(slug):
    sup = S("PLANLEV", "Plantillas Levante S.L.", "pedidos@plantillas-levante.example", "es-ES")
    po = PO("4500032695", sup, "insole", "EUR", "2026-11-18", [
        L("PL-GEL-M", "Gel insole full length, 3/4 arch, size M", 400, "PAIR", "3.85", "2026-12-16"),
        L("PL-GEL-L", "Gel insole full length, 3/4 arch, size L", 300, "PAIR", "3.85", "2026-12-16"),
        L("PL-TAL-5", "Heel pad 5 mm silicone", 250, "PAIR", "1.90", "2026-12-16"),
    ])
    b = buyer(po)
    orig = request_message(po)
    rcpt = sup["email"]
    t = ("No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n"
         f"{rcpt}\nLa dirección de correo electrónico que especificó no se encontró. Compruebe la dirección del "
         "destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con "
         "el departamento de soporte técnico.\n\n\n\n\n\n\nInformación de diagnóstico para administradores:\n\n"
         "Servidor de generación: AM6PR02MB4471.eurprd02.prod.outlook.com\n\n"
         f"{rcpt}\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
         "SMTP address lookup'\n\nEncabezados del mensaje original:\n\n"
         f"Subject: {req_subject(po)}\nMessage-ID: {po['request_message_id']}\n")
    h = ("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">No se pudo entregar el mensaje a "
         "estos destinatarios o grupos:</font></b></p>\n<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p>"
         f"<a href=\"mailto:{rcpt}\">{rcpt}</a><br>\nLa dirección de correo electrónico que especificó no se "
         "encontró.</p></font>\n<p>Servidor de generación: AM6PR02MB4471.eurprd02.prod.outlook.com</p>\n"
         "<p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
         "address lookup'</p></body></html>\n")
    alt = M.multi("alternative", [M.text(t), M.text(h, "html")], "_002_AM6PR02MB4471ALT" + M.hx(slug, 8).upper() + "_")
    parts = [alt,
             _dsn_fields("AM6PR02MB4471.eurprd02.prod.outlook.com", rcpt, "5.1.10",
                         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                         "Wed, 18 Nov 2026 09:05:04 +0000"),
             M.rfc822(orig)]
    body = M.multi("report", parts, "_001_AM6PR02MB4471" + M.hx(slug, 12).upper() + "_",
                   params="; report-type=delivery-status")
    hdrs = hdr_block(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stridewell.example"),
                     [("", b[2])], f"No se puede entregar: {req_subject(po)}", mdate("2026-11-18 09:05", "+0000"),
                     f"<{M.uuid(slug)}@AM6PR02MB4471.eurprd02.prod.outlook.com>",
                     [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                      ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                      ("Content-Language", "es-ES")])
    return [po], plain_mail(hdrs, body), other("bounce", "Exchange NDR in Spanish (threaded on our request via "
                                                "In-Reply-To) with the original PO attached; not a human reply.")


@case("us-puppet-qmail-bounce", "bounce/en-US",
      "Plain-text qmail failure notice with the whole original MIME request pasted below the separator line")
def b_us(slug):
    sup = S("HARTRIG", "Hartford Theatrical Rigging LLC", "orders@hartford-rigging.example", "en-US")
    po = PO("4500032710", sup, "puppet", "GBP", "2026-11-19", [
        L("HR-TRIP-08", "Trip line braided polyester 0.8 mm, 100 ft spool", 40, "PCS", "6.20", "2026-12-14"),
        L("HR-SWV-3", "Ball-bearing swivel size 3, 24 lb, pack of 25", 10, "BOX", "8.90", "2026-12-14"),
    ])
    b = buyer(po)
    orig = request_message(po).decode("ascii")
    rcpt = sup["email"]
    txt = ("Hi. This is the qmail-send program at mx.marionette-works.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           f"<{rcpt}>:\n198.51.100.23 does not like recipient.\nRemote host said: 550 5.1.1 <{rcpt}>: "
           "Recipient address rejected: User unknown\nGiving up on 198.51.100.23.\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <clara.bloom@marionette-works.example>\n"
           "Received: (qmail 28114 invoked by uid 89); 19 Nov 2026 10:05:06 -0000\n" + orig)
    hdrs = hdr_block(("", "MAILER-DAEMON@mx.marionette-works.example"), [("", b[2])], "failure notice",
                     mdate("2026-11-19 10:05", "+0000"), "<20261119100507.28116.qmail@mx.marionette-works.example>")
    raw = M.message(hdrs, M.Part([], b""), mime_version=None)
    raw = raw.rstrip(b"\n") + b"\n\n" + txt.encode("ascii")
    return [po], M.crlf(raw), other("bounce", "qmail 'failure notice' without MIME structure; the original "
                                     "request (PO table, dates) follows the 'copy of the message' line.")


@case("br-pipette-gmail-dsn", "bounce/pt-BR",
      "Google-style 'Address not found' DSN with HTML explanation and the original request attached")
def b_br(slug):
    sup = S("PONTBR", "Ponteiras Brasil Lab Ltda.", "vendas@ponteirasbrasil.example", "pt-BR")
    po = PO("4500032725", sup, "pipette", "EUR", "2026-11-19", [
        L("PB-TIP-300", "Universal pipette tips 300 µl, racked 10x96", 40, "BOX", "29.60", "2026-12-18"),
        L("PB-TIP-5ML", "Macro tips 5 ml, bulk, bag of 250", 20, "BOX", "31.20", "2026-12-18"),
    ])
    b = buyer(po)
    orig = request_message(po)
    rcpt = sup["email"]
    t = (f"\n** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be "
         "found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
         "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
         "double-checking the recipient's email address for typos or unnecessary spaces.\n")
    h = ("<html><head></head><body><table><tr><td style=\"font-family:Google Sans,Roboto,sans-serif;font-size:24px\">"
         "Address not found</td></tr><tr><td style=\"font-size:14px\">Your message wasn't delivered to "
         f"<a style=\"color:#212121\">{rcpt}</a> because the address couldn't be found, or is unable to receive "
         "mail.</td></tr></table><p>The response was:</p><p style=\"font-family:monospace\">550 5.1.1 The email "
         "account that you tried to reach does not exist.</p></body></html>\n")
    parts = [M.multi("alternative", [M.text(t), M.text(h, "html")], "000000000000" + M.hx(slug + "a", 12)),
             _dsn_fields("mx.google.com", rcpt, "5.1.1", "550-5.1.1 The email account that you tried to reach "
                         "does not exist.", "Thu, 19 Nov 2026 01:05:03 -0800 (PST)", "mx.ponteirasbrasil.example",
 ),
             M.rfc822(orig)]
    body = M.multi("report", parts, "000000000000" + M.hx(slug, 12), params="; report-type=delivery-status")
    hdrs = hdr_block(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), [("", b[2])],
                     "Delivery Status Notification (Failure)", mdate("2026-11-19 01:05", "-0800"),
                     f"<{M.hx(slug, 24)}.bounce@mx.google.com>",
                     [("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                      ("Auto-Submitted", "auto-replied")])
    return [po], plain_mail(hdrs, body), other("bounce", "Gmail-style DSN; the only PO data is in the attached "
                                                "original request.")


# ====================================================================== unrelated

@case("de-cords-bank-details-change", "unrelated/de-DE",
      "Bank-details change notice from accounts quoting an old PO/invoice number, with IBAN digits and dates")
def u_de(slug):
    sup = S("SEILHO", "Seilerei Hoffmann GmbH", "vertrieb@seilerei-hoffmann.example", "de-DE")
    po = PO("4500032770", sup, "cord", "EUR", "2026-11-20", [
        L("SH-FALL-4", "Parachute suspension line 4 mm, 550 lbf, white, 200 m", 15, "ROL", "58.00", "2026-12-18"),
    ])
    b = buyer(po)
    text = ("Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass sich unsere Bankverbindung zum "
            "01.12.2026 ändert.\n\nNeue Bankverbindung:\nCommerzbank AG, Hof\nIBAN: DE89 3704 0044 0532 0130 00\n"
            "BIC: COBADEFFXXX\n\nBitte verwenden Sie ab sofort nur noch diese Bankverbindung, auch für offene "
            "Rechnungen, z. B. RE-2026-4471 vom 28.10.2026 zu Ihrer Bestellung 4500029812 über 1.160,00 EUR.\n\n"
            "Zur Sicherheit erhalten Sie die Mitteilung zusätzlich per Post.\n\n"
            "Mit freundlichen Grüßen\nMonika Frank\nBuchhaltung | Seilerei Hoffmann GmbH\n"
            "Seilerweg 3, 95028 Hof\nTel. +49 9281 555-44\n")
    hdrs = hdr_block(("Seilerei Hoffmann Buchhaltung", "buchhaltung@seilerei-hoffmann.example"), [(b[1], b[2])],
                     "Änderung unserer Bankverbindung / Change of bank details", mdate("2026-11-24 14:02", "+0100"),
                     f"<{M.uuid(slug)}@seilerei-hoffmann.example>",
                     [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")], hcs="iso-8859-1")
    body = M.multi("alternative", [M.text(text, cs="iso-8859-1"),
                                   M.text("<html><body>\n" + txt2html(text) + "</body></html>\n", "html",
                                          cs="iso-8859-1")], "----=_NextPart_000_0041_01DD5E3A." + M.hx(slug, 8).upper())
    return [po], plain_mail(hdrs, body), other("unrelated", "Bank-details change from the supplier's accounts "
                                                "team; mentions only an old PO 4500029812 and invoice, nothing "
                                                "about open PO 4500032770.")


@case("fr-bee-newsletter-promo", "unrelated/fr-FR",
      "HTML-only marketing newsletter from an open-PO supplier with discounts, dates and frame sizes like 10/12")
def u_fr(slug):
    sup = S("RUCHPR", "Ruchers de Provence SARL", "commandes@ruchers-provence.example", "fr-FR")
    po = PO("4500032780", sup, "bee", "EUR", "2026-11-20", [
        L("RP-DAD-10", "Dadant 10/12 brood frame, wired, assembled", 300, "EA", "2.10", "2026-12-16"),
    ])
    b = buyer(po)
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter Ruchers de Provence</title></head>"
            "<body style=\"margin:0;background:#f6efe2\">\n<table width=\"600\" align=\"center\" "
            "style=\"background:#fff;font-family:Georgia,serif\">\n<tr><td><h1 style=\"color:#b8860b\">Nouveautés "
            "2027 au rucher</h1></td></tr>\n<tr><td><p>Chers apiculteurs,</p><p>Découvrez nos nouveaux cadres "
            "Dadant 10/12 pré-cirés et nos ruchettes 6 cadres en pin des Landes.</p>\n<p><b>-15 % sur toute la "
            "gamme de cadres jusqu'au 15/12/2026</b> avec le code HIVER26.</p>\n<p>Livraison offerte dès 250 € "
            "d'achat. Expédition sous 48 h.</p></td></tr>\n<tr><td style=\"font-size:11px;color:#777\">Vous "
            "recevez cet e-mail car vous êtes client de Ruchers de Provence. <a href=\"https://ruchers-provence."
            "example/unsubscribe?u=7f3a\">Se désinscrire</a></td></tr>\n</table></body></html>\n")
    hdrs = hdr_block(("Ruchers de Provence", "newsletter@ruchers-provence.example"), [("", b[2])],
                     "🐝 Nouveautés 2027 : -15 % sur les cadres jusqu'au 15/12", mdate("2026-11-25 07:30", "+0100"),
                     f"<{M.hx(slug, 28)}@mail.ruchers-provence.example>",
                     [("List-Unsubscribe", "<https://ruchers-provence.example/unsubscribe?u=7f3a>, "
                                           "<mailto:unsubscribe@ruchers-provence.example>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                      ("X-Mailer", "Sendinblue")])
    return [po], plain_mail(hdrs, M.text(html, "html", cs="utf-8", cte="quoted-printable")), other(
        "unrelated", "Marketing newsletter; the discount deadline 15/12/2026 and frame sizes are not an answer "
                     "to PO 4500032780.")


@case("it-salt-spreader-price-list-csv", "unrelated/it-IT",
      "2027 price list as a semicolon CSV with decimal commas that includes the very item codes of the open PO")
def u_it(slug):
    sup = S("SPARAL", "Spargisale Alpi S.r.l.", "commerciale@spargisale-alpi.example", "it-IT")
    po = PO("4500032790", sup, "salt", "EUR", "2026-11-20", [
        L("SA-500-12V", "Salt spreader 500 L, 12V electric drive", 2, "EA", "3980.00", "2026-12-18"),
        L("SA-GRID-500", "Hopper grid for SA-500", 2, "EA", "145.00", "2026-12-18"),
    ])
    b = buyer(po)
    csv = ("Codice;Descrizione;UM;Prezzo listino 2027 EUR;Valido dal\r\n"
           "SA-300-12V;Spargisale 300 L, motore elettrico 12V;PZ;2.940,00;01/01/2027\r\n"
           "SA-500-12V;Spargisale 500 L, motore elettrico 12V;PZ;4.120,00;01/01/2027\r\n"
           "SA-800-HYD;Spargisale 800 L, trasmissione idraulica;PZ;6.350,00;01/01/2027\r\n"
           "SA-GRID-500;Griglia tramoggia per SA-500;PZ;152,00;01/01/2027\r\n"
           "SA-COV-500;Telo di copertura PVC per SA-500;PZ;96,50;01/01/2027\r\n").encode("windows-1252")
    text = ("Gentili clienti,\n\nin allegato trovate il nuovo listino prezzi valido dal 01/01/2027. Gli ordini "
            "ricevuti entro il 31/12/2026 saranno fatturati ai prezzi attuali.\n\nCordiali saluti\n"
            "Ufficio Commerciale\nSpargisale Alpi S.r.l. - Via dell'Artigianato 12, 39031 Brunico (BZ)\n"
            "Tel. +39 0474 555 180\n")
    body = M.multi("mixed", [M.text(text, cs="iso-8859-1"),
                             M.attach(csv, "text/csv", "Listino_2027.csv")], "----=_Part_" + M.hx(slug, 20))
    hdrs = hdr_block(("Spargisale Alpi - Commerciale", sup["email"]), [("", b[2])],
                     "Listino prezzi 2027", mdate("2026-11-26 09:12", "+0100"),
                     f"<{M.hx(slug, 18)}.listino@spargisale-alpi.example>", [("X-Mailer", "Zimbra 9.0")])
    return [po], plain_mail(hdrs, body), other("unrelated", "General 2027 price list (valid from 01/01/2027) "
                                                "listing the PO's item codes at new prices; it does not answer PO "
                                                "4500032790 and must not be read as a price change.")


@case("us-seeds-invoice-other-po", "unrelated/en-US",
      "Invoice mail with a compressed PDF for an older PO (4500029540), including ship date and quantities")
def u_us(slug):
    sup = S("PRAIRIE", "Prairie Heirloom Seeds Inc.", "orders@prairieheirloom.example", "en-US")
    po = PO("4500032800", sup, "pepper", "USD", "2026-11-20", [
        L("PH-BELL-KW", "Bell pepper seed 'King of the North', 1 oz packet", 25, "EA", "14.90", "2026-12-18"),
        L("PH-BELL-OR", "Bell pepper seed 'Orange Sun', 1/4 oz packet", 25, "EA", "9.80", "2026-12-18"),
    ])
    b = buyer(po)
    lines = ["#Prairie Heirloom Seeds Inc.", "4410 County Road 12, Ames, IA 50010 - (515) 555-0162", "",
             "#INVOICE INV-88213", "Invoice date: 11/25/2026      Terms: Net 30      Due: 12/25/2026",
             "Bill to: Greenhollow Growers Ltd      Customer PO: 4500029540", "",
             "#Qty   Item          Description                                 Unit price    Amount",
             "30    PH-BELL-CW    Bell pepper seed 'California Wonder' 1 oz      12.50     375.00",
             "10    PH-JAL-M      Jalapeno seed 'Mucho Nacho' 1/4 oz             8.40      84.00",
             "", "Shipped 11/20/2026 via FedEx Intl Economy, tracking 7749 5555 0193",
             "Subtotal 459.00   Shipping 38.00   Total USD 497.00"]
    pdf = P.build([lines], compress=True, title="INV-88213", author="Prairie Heirloom Seeds",
                  producer="QuickBooks Online", creation="D:20261125161000-06'00'")
    text = ("Dear Greenhollow Growers Ltd,\n\nYour invoice INV-88213 for $497.00 is attached. Thank you for your "
            "business - we appreciate it very much.\n\nPrairie Heirloom Seeds Inc.\n(515) 555-0162\n")
    body = M.multi("mixed", [M.multi("alternative", [M.text(text), M.text("<html><body>\n" + txt2html(text) +
                                                                          "</body></html>\n", "html")],
                                     "--_alt_" + M.hx(slug + "a", 16)),
                             pdf_att(pdf, "Invoice_INV-88213.pdf")], "--_mix_" + M.hx(slug, 16))
    hdrs = hdr_block(("Prairie Heirloom Seeds Inc.", "billing@prairieheirloom.example"), [(b[1], b[2])],
                     "Invoice INV-88213 from Prairie Heirloom Seeds Inc.", mdate("2026-11-25 16:12", "-0600"),
                     f"<{M.hx(slug, 30)}@qbo.prairieheirloom.example>")
    return [po], plain_mail(hdrs, body), other("unrelated", "Invoice for the older PO 4500029540 (other items, "
                                                "ship date 11/20/2026); open PO 4500032800 is not mentioned.")


@case("gb-kiln-dispatch-note-other-po", "unrelated/en-GB",
      "Despatch advice with PDF delivery note for an earlier PO whose items resemble the open PO")
def u_gb(slug):
    sup = S("POTKF", "Potteries Kiln Furniture Ltd", "sales@potterieskf.example", "en-GB")
    po = PO("4500032820", sup, "kiln", "GBP", "2026-11-23", [
        L("PK-SHELF-4545", "Kiln shelf cordierite 450x450x16 mm", 40, "EA", "27.60", "2026-12-18"),
        L("PK-PROP-75", "Castellated prop 75 mm", 80, "EA", "1.35", "2026-12-18"),
    ])
    b = buyer(po)
    lines = ["#POTTERIES KILN FURNITURE LTD", "Unit 9, Longton Trade Park, Stoke-on-Trent ST3 1PQ", "",
             "#DELIVERY NOTE DN-55120", "Despatch date: 27/11/2026    Carrier: Palletways, 1 PAL",
             "Customer: Claymoor Studios Ltd    Your order: 4500030877", "",
             "#Line  Item             Description                          Qty despatched",
             "1     PK-SHELF-4040    Kiln shelf cordierite 400x400x16 mm     24",
             "2     PK-PROP-50       Castellated prop 50 mm                  48", "",
             "Goods remain the property of Potteries Kiln Furniture Ltd until paid in full."]
    pdf = P.build([lines], compress=False, title="DN-55120", author="Potteries Kiln Furniture",
                  producer="Sage 200", creation="D:20261127073000+00'00'")
    text = ("Good morning Ruth,\n\nPlease find attached delivery note DN-55120 for your order 4500030877, "
            "which left us this morning on 1 pallet with Palletways. Expect delivery within 48 hours.\n\n"
            "Kind regards\nGemma Hulme\nDespatch | Potteries Kiln Furniture Ltd\n01782 555 740\n")
    body = M.multi("mixed", [M.text(text), pdf_att(pdf, "DN-55120.pdf")], "_004_LO2P265MB" + M.hx(slug, 14).upper() + "_")
    hdrs = hdr_block(("Gemma Hulme", "despatch@potterieskf.example"), [(b[1], b[2])],
                     "Delivery note DN-55120 - your order 4500030877", mdate("2026-11-27 07:41", "+0000"),
                     f"<LO2P265MB{M.hx(slug, 20).upper()}@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
                     [("Content-Language", "en-GB")])
    return [po], plain_mail(hdrs, body), other("unrelated", "Despatch note for the earlier order 4500030877 "
                                                "(similar but different shelf sizes); says nothing about open PO "
                                                "4500032820.")
