"""Cases 001-018."""
from . import mime
from .common import L, ans, case, conf, inline_quote, other, po, reply, sup
from .pdf import make_pdf
from .xlsx import make_xlsx
import datetime as dt
from decimal import Decimal


@case("bowling-pins-all-confirmed", "confirmation/en-GB",
      "one-line 'confirmed as ordered' above an Outlook quote whose descriptions are full of 15\" x 4.75\", 3 lb 6 oz and 1:4 figures")
def c001():
    s = sup("ALBPIN", "Albion Pin Works Ltd", "sales@albionpinworks.example", "en-GB", contact="Tom")
    p = po("4500081234", s, "GBP", "2026-11-02", [
        L("BP-150-MPL", 'Tenpin bowling pin 15" x 4.75", 3 lb 6 oz, hard maple, 2027 spec', 120, "EA", "14.20", "2026-12-11"),
        L("BP-KID-2LB", "Kids pin set 2 lb, 10 pcs/set, 11x4 in", 24, "SET", "38.50", "2026-12-11"),
        L("BP-LAQ-5L", "Pin resurfacing lacquer 2K, 5 L can, mix 1:4", 30, "L", "9.80", "2026-12-18"),
    ])
    body = ("Hi Mara,\n\nThanks for the order - PO 4500081234 is confirmed as ordered, all three lines on your "
            "requested dates.\nThe pins go out 10 to a carton (12 cartons), the lacquer in 6 x 5 L cans.\n\nBest regards,")
    sig = ("Tom Hardcastle\nSales Office\nAlbion Pin Works Ltd | Unit 9, Canal Side Industrial Estate, Walsall WS2 8LT\n"
           "T: +44 1922 555 0147 | M: +44 7700 900 318\n\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
           "received it in error please notify the sender and delete it. Albion Pin Works Ltd, registered in England "
           "and Wales no. 04471129.")
    eml = reply(p, frm=("Tom Hardcastle", "sales@albionpinworks.example"), date="2026-11-10 10:42:07 +0000",
                body=body, sig=sig, client="outlook", lang="en_gb", content_lang="en-GB")
    return [p], eml, conf(ans(p, {1: "A", 2: "A", 3: "A"}),
                          notes="Plain acceptance of all lines; the body's 10-per-carton / 12 cartons / 6 x 5 L figures are packing "
                                "information and equal the ordered totals (120 pins, 30 L), not new quantities.")


@case("hearing-batteries-us-dates-split", "confirmation/en-US",
      "US month-first dates (12/04, 01/08/27) with one line split into two deliveries and a price rise on another")
def c002():
    s = sup("ZAPCELL", "ZapCell Hearing Power Inc.", "orders@zapcell.example", "en-US", contact="Team")
    p = po("PO-77120", s, "USD", "2026-11-03", [
        L("HAB-312-60", "Zinc-air hearing aid battery size 312, 1.45V, 60/pack (10 cards x 6)", 400, "BOX", "21.60", "2026-12-04"),
        L("HAB-13-60", "Zinc-air battery size 13, 1.45V, 60/pack, 2027 mercury-free", 250, "BOX", "21.60", "2026-12-04"),
        L("HAB-CHG-24", "Charger insert 3/8 in with 24V adapter", 40, "EA", "7.95", "2026-12-18"),
    ], buyer="jonas")
    body = ("Hi Jonas,\n\nGoing through PO-77120:\n\n"
            "Line 1 (size 312) - OK, 400 boxes delivered 12/04.\n"
            "Line 2 (size 13) - we can deliver 150 boxes on 12/04 and the remaining 100 boxes on 01/08/27.\n"
            "Line 3 - qty and date OK, but the price went up to $8.25/ea (new adapter supplier).\n\n"
            "Let me know if anything doesn't work for you.\n\nThanks,\nKayla")
    sig = ("Kayla Brandt | Customer Service Lead\nZapCell Hearing Power Inc.\n1450 Commerce Pkwy, Suite 210, Plano, TX 75074\n"
           "Direct (972) 555-0193 | Fax (972) 555-0100")
    eml = reply(p, frm=("Kayla Brandt", "kbrandt@zapcell.example"), date="2026-11-11 14:03:51 -0600",
                body=body, sig=sig, client="gmail")
    return [p], eml, conf(ans(p, {1: "A", 2: {"s": [(150, "2026-12-04"), (100, "2027-01-08")]},
                                  3: {"p": "8.25"}}),
                          notes="en-US dates: 12/04 = 4 Dec 2026 (no year, next on/after mail date), 01/08/27 = 8 Jan 2027 "
                                "(not 1 Aug); line 2 split 150+100; line 3 price 7.95 -> 8.25 with quantity/date unchanged. "
                                "Sender is a colleague at the supplier's domain.")


@case("pasta-dies-kw-weekday-surcharge", "confirmation/de-DE",
      "German Outlook reply with 'KW 51' (= requested Friday), 'Dienstag, KW 50' and a '+3 % Materialteuerungszuschlag' on the PO price")
def c003():
    s = sup("BRONZEMA", "Bronzema Matrizenbau GmbH", "verkauf@bronzema.example", "de-DE", contact="Herr Weidlich")
    p = po("4500081377", s, "EUR", "2026-11-04", [
        L("PD-RIG-845", "Bronze pasta die Rigatoni 8x45 mm, 4/3 insert, D120", 2, "EA", "1480.00", "2026-12-18"),
        L("PD-SPA-19", "Bronze die Spaghetti 1.9 mm, Teflon insert 2027, D120", 3, "EA", "1120.00", "2026-12-11"),
        L("PD-RING-10", "Die cleaning ring set 10 pcs, M10x40 bolts", 4, "SET", "86.00", "2026-12-04"),
    ], buyer="jonas")
    body = ("Sehr geehrter Herr Feld,\n\nvielen Dank für Ihre Bestellung 4500081377, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  Rigatoni 8x45 mm: 2 Stück à 1.480,00 EUR, Liefertermin KW 51\n"
            "Pos. 2  Spaghetti 1,9 mm: 3 Stück à 1.120,00 EUR, Lieferung Dienstag, KW 50\n"
            "Pos. 3  Reinigungsring-Sets: Menge und Termin wie bestellt, zzgl. 3 % Materialteuerungszuschlag "
            "auf den Bestellpreis (Bronze/Zinn)\n\n"
            "Die Matrizen werden einzeln in Holzkisten verpackt.\n\nMit freundlichen Grüßen")
    sig = ("i. A. Sabine Krüger\nInnendienst / Auftragsabwicklung\n\nBronzema Matrizenbau GmbH\nIndustriestraße 14 · 73431 Aalen\n"
           "Tel. +49 7361 55 40-21 · Fax +49 7361 55 40-99\nverkauf@bronzema.example\n\n"
           "Geschäftsführer: Dipl.-Ing. Rainer Bronz · Amtsgericht Ulm HRB 712044 · USt-IdNr. DE 281 557 903")
    eml = reply(p, frm=("Sabine Krüger", "s.krueger@bronzema.example"), date="2026-11-12 08:31:40 +0100",
                body=body, sig=sig, client="outlook", lang="de", re_prefix="AW:", charset="iso-8859-1",
                content_lang="de-DE")
    return [p], eml, conf(ans(p, {1: "A", 2: {"d": "2026-12-08"}, 3: {"p": "88.58"}}),
                          notes="KW 51 without a day = Fri 18 Dec 2026 = requested date, so line 1 is accepted; 'Dienstag, KW 50' "
                                "= Tue 8 Dec 2026; +3 % applies to the PO price 86.00 -> 88.58. 1.480,00 / 1,9 use decimal comma.")


@case("stage-gels-zweite-position", "confirmation/de-AT",
      "bottom-posted Thunderbird answer naming lines by ordinal words ('erste und dritte', 'zweite Position') and a date without year")
def c004():
    s = sup("LICHTFILT", "Lichtfilter Handels GmbH", "office@lichtfilter.example", "de-AT")
    p = po("PO-26-0488", s, "EUR", "2026-11-05", [
        L("GEL-R02-24", "Filter gel sheet R02 Bastard Amber, 24x20 in (61x50 cm)", 200, "EA", "6.40", "2026-12-07"),
        L("GEL-L201-RL", "Colour correction roll L201 Full CT Blue, 1.22 x 7.62 m", 12, "ROL", "96.00", "2026-12-07"),
        L("GEL-FR-12", "Gel frame 12x12 in for 6 in Fresnel", 40, "EA", "4.15", "2026-12-07"),
    ])
    body = ("Sehr geehrte Frau Okafor,\n\ndie erste und dritte Position liefern wir wie bestellt zum 07.12.\n\n"
            "Die zweite Position (L201 als Rolle) ist beim Hersteller leider abgekündigt und nicht mehr "
            "lieferbar - diese müssen wir stornieren. Bögen 24x20\" in L201 hätten wir lagernd, falls Interesse.\n\n"
            "Mit freundlichen Grüßen\nMichael Haidinger")
    sig = ("Lichtfilter Handels GmbH\nGumpendorfer Straße 88, 1060 Wien\nTel.: +43 1 596 44 12-0\nFN 318842 x, HG Wien")
    from .common import quote_block
    q, _ = quote_block(p, "tb", attrib="Am 05.11.2026 um 10:15 schrieb Mara Okafor:")
    text = q + "\n\n" + body + "\n\n-- \n" + sig
    eml = reply(p, frm=("Michael Haidinger", "office@lichtfilter.example"), date="2026-11-13 16:20:11 +0100",
                body="", client="tb", text_only_body=text, html=False, charset="iso-8859-15", cte="8bit",
                re_prefix="AW:", content_lang="de-AT", quote=None,
                xmailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")
    return [p], eml, conf(ans(p, {1: "A", 2: "R", 3: "A"}),
                          notes="Answer sits below the quote. 'erste und dritte Position' = lines 1 and 3, delivery 'zum 07.12.' "
                                "(no year -> 2026-12-07 = requested); 'zweite Position' = line 2, discontinued -> rejected. "
                                "The offer of sheets is not a commitment.")


@case("snow-chains-newsletter-2027-prices", "unrelated/de-CH",
      "bulk newsletter from the supplier of an open PO announcing +4,5 % from 01.01.2027 and an order deadline of 18.12.2026")
def c005():
    s = sup("ALPGRIP", "AlpGrip Schneeketten AG", "verkauf@alpgrip.example", "de-CH")
    p = po("4500081402", s, "CHF", "2026-11-05", [
        L("SC-9MM-205", "Snow chain 9 mm, size 205/55 R16, self-tensioning", 40, "PAIR", "79.50", "2026-12-04"),
        L("SC-12MM-TRK", "Truck snow chain 12 mm, 315/80 R22.5", 10, "PAIR", "389.00", "2026-12-11"),
    ], buyer="elin")
    text = ("AlpGrip Fachhandels-News November 2026\n\n"
            "Preisanpassung per 1. Januar 2027\n\n"
            "Geschätzte Handelspartnerinnen und Handelspartner\n\n"
            "Die Stahl- und Energiepreise sind 2026 erneut gestiegen. Wir sehen uns deshalb gezwungen, die "
            "Listenpreise für alle Schneeketten (PKW, SUV und LKW) per 01.01.2027 um durchschnittlich 4,5 % "
            "anzupassen. Zubehör (Spanner, Ersatzglieder 9 mm und 12 mm) bleibt preisstabil.\n\n"
            "Bestellungen, die bis zum 18.12.2026 bei uns eingehen, liefern wir noch zu den aktuellen Preisen aus "
            "- auch wenn die Auslieferung erst im Januar 2027 erfolgt.\n\n"
            "Neu im Sortiment: AlpGrip Easy-Fit 7 mm für Felgen bis 20 Zoll, ab KW 3 lieferbar.\n\n"
            "Die neue Preisliste 2027 steht ab 1. Dezember im Händlerportal zum Download bereit.\n\n"
            "Freundliche Grüsse\nIhr AlpGrip-Team\n\n"
            "AlpGrip Schneeketten AG · Industriestrasse 31 · 6460 Altdorf UR · +41 41 555 72 00\n"
            "Sie erhalten diesen Newsletter, weil Sie als Fachhändler registriert sind. Abmelden: "
            "https://news.alpgrip.example/abmelden?u=7f31c2")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AlpGrip News</title></head>"
            "<body style=\"margin:0;background:#eef1f4\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif\">"
            "<tr><td style=\"background:#0b3d6b;color:#fff;padding:18px;font-size:20px\">AlpGrip Fachhandels-News November 2026</td></tr>"
            "<tr><td style=\"padding:18px\"><h2>Preisanpassung per 1. Januar 2027</h2>"
            "<p>Geschätzte Handelspartnerinnen und Handelspartner</p>"
            "<p>Die Stahl- und Energiepreise sind 2026 erneut gestiegen. Wir sehen uns deshalb gezwungen, die Listenpreise "
            "für alle Schneeketten (PKW, SUV und LKW) per <b>01.01.2027 um durchschnittlich 4,5&nbsp;%</b> anzupassen. "
            "Zubehör (Spanner, Ersatzglieder 9&nbsp;mm und 12&nbsp;mm) bleibt preisstabil.</p>"
            "<p>Bestellungen, die <b>bis zum 18.12.2026</b> bei uns eingehen, liefern wir noch zu den aktuellen Preisen aus "
            "- auch wenn die Auslieferung erst im Januar 2027 erfolgt.</p>"
            "<p><b>Neu im Sortiment:</b> AlpGrip Easy-Fit 7&nbsp;mm für Felgen bis 20 Zoll, ab KW 3 lieferbar.</p>"
            "<p>Die neue Preisliste 2027 steht ab 1. Dezember im Händlerportal zum Download bereit.</p>"
            "<p>Freundliche Grüsse<br>Ihr AlpGrip-Team</p></td></tr>"
            "<tr><td style=\"font-size:11px;color:#777;padding:18px\">AlpGrip Schneeketten AG · Industriestrasse 31 · 6460 Altdorf UR<br>"
            "<a href=\"https://news.alpgrip.example/abmelden?u=7f31c2\">Newsletter abmelden</a></td></tr>"
            "</table></td></tr></table></body></html>")
    root = mime.multipart("alternative", [mime.text(text, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          "b1_7f31c2a9d04e5b6c8a1f")
    H = [("Return-Path", "<bounce-7f31c2@news.alpgrip.example>"),
         ("Date", "Mon, 16 Nov 2026 07:00:03 +0100"),
         ("From", "AlpGrip Schneeketten AG <newsletter@alpgrip.example>"),
         ("Reply-To", "verkauf@alpgrip.example"),
         ("To", "elin.sandberg@larkspur-trading.example"),
         ("Subject", mime.hval("Preisanpassung 2027 – jetzt noch zu alten Preisen bestellen", "utf-8")),
         ("Message-ID", "<20261116060003.7f31c2a9d04e@news.alpgrip.example>"),
         ("List-Unsubscribe", "<https://news.alpgrip.example/abmelden?u=7f31c2>, <mailto:unsubscribe-7f31c2@news.alpgrip.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk"), ("X-Mailer", "CleverReach Mailer"), ("MIME-Version", "1.0")]
    return [p], mime.message(H, root), other(
        "unrelated", "Marketing newsletter from the same supplier domain about a 2027 list-price increase; it does not "
                     "reference PO 4500081402 and commits to nothing, despite dates (01.01.2027, 18.12.2026, KW 3) and "
                     "9 mm / 12 mm sizes that match the open PO.")


@case("ortho-brackets-pdf-ar-flate", "confirmation/fr-FR",
      "short French body, the answer only in an attached Flate-compressed PDF 'accusé de réception' with dd/mm/yyyy dates and decimal commas")
def c006():
    s = sup("ORTHOLIGNE", "Ortholigne SAS", "adv@ortholigne.example", "fr-FR")
    p = po("4500081420", s, "EUR", "2026-11-05", [
        L("OB-MBT-022", "Metal bracket kit MBT .022 slot, 5-5 (20 pcs/kit)", 50, "SET", "24.90", "2026-12-11"),
        L("OB-CER-018", "Ceramic bracket kit .018 slot, 5-5, 2027 series", 20, "SET", "89.00", "2026-12-11"),
        L("OB-TUBE-10", "Molar buccal tubes .022, -10 deg torque, 10 pcs/box", 30, "BOX", "31.50", "2026-12-18"),
    ], buyer="priya")
    pdf = make_pdf([[
        ("HB", 14, "ORTHOLIGNE SAS"),
        ("H", 9, "12 rue des Tanneurs - 69007 Lyon - France - Tel. +33 4 78 55 61 20"),
        ("H", 9, "SIRET 512 884 301 00027 - TVA FR 47 512884301"),
        ("H", 9, " "),
        ("HB", 13, "ACCUSE DE RECEPTION DE COMMANDE N° AR-26-11873"),
        ("H", 10, "Date : 12/11/2026            Client : LARKSPUR TRADING CO. (C-40981)"),
        ("H", 10, "Votre commande : 4500081420 du 05/11/2026     Contact : Priya Raman"),
        ("H", 10, "Conditions : 30 jours fin de mois - DAP Bristol (Incoterms 2020)"),
        ("H", 9, " "),
        "Pos Reference    Designation                         Qte  Unite  Prix unit. EUR  Date livr.",
        "--- ------------ ----------------------------------- ---- ------ -------------- ----------",
        "  1 OB-MBT-022   Kit brackets metal MBT .022 5-5       50 KIT             24,90 11/12/2026",
        "  2 OB-CER-018   Kit brackets ceramique .018 5-5       20 KIT             89,00 18/12/2026",
        "  3 OB-TUBE-10   Tubes molaires .022 -10 deg (x10)     30 BTE             33,00 18/12/2026",
        " ",
        "                                               Total HT EUR :     4 015,00",
        "                                               TVA 0 % (autoliquidation)",
        " ",
        ("H", 9, "Les dates indiquees sont des dates de livraison chez le client."),
        ("H", 9, "Toute modification de commande doit nous parvenir par ecrit."),
    ]], title="AR-26-11873", date="20261112141208+01'00'", compress=True, producer="Sage 100 Gestion commerciale")
    body = ("Bonjour Madame Raman,\n\nVeuillez trouver ci-joint notre accusé de réception pour votre commande "
            "4500081420.\n\nBonne réception,\nCordialement,")
    sig = ("Nathalie Perrin\nAdministration des ventes\nOrtholigne SAS\n12 rue des Tanneurs - 69007 Lyon\n"
           "Tél. : +33 (0)4 78 55 61 20")
    att = mime.attachment(pdf, "application/pdf", "AR-26-11873.pdf")
    eml = reply(p, frm=("Nathalie Perrin", "adv@ortholigne.example"), date="2026-11-12 14:15:30 +0100",
                body=body, sig=sig, client="outlook", lang="fr", content_lang="fr-FR", attachments=[att])
    tot = 50 * Decimal("24.90") + 20 * Decimal("89.00") + 30 * Decimal("33.00")
    assert tot == Decimal("4015.00"), tot
    return [p], eml, conf(ans(p, {1: "A", 2: {"d": "2026-12-18"}, 3: {"p": "33.00"}}),
                          notes="Everything is in the Flate-compressed PDF: line 1 as ordered, line 2 delivery 18/12/2026 instead "
                                "of 11/12, line 3 price 33,00 instead of 31.50 (KIT/BTE are the supplier's words for SET/BOX).")


@case("greeting-cards-plus-minus-tolerance", "confirmation/fr-BE",
      "quantity written as '1 000 pcs ± 5 %' (print tolerance) next to two plain OK lines")
def c007():
    s = sup("CARTEBEL", "Cartes & Papiers Delvaux SA", "commandes@delvaux-cartes.example", "fr-BE")
    p = po("PO-26-0512", s, "EUR", "2026-11-06", [
        L("GC-XMAS-A6", "Christmas card A6 folded, 4/4 colour, 350 g/m2, with envelope", 1000, "EA", "0.62", "2026-12-04"),
        L("GC-BDAY-MIX", "Birthday card assortment 12x17 cm, 24 designs", 480, "EA", "0.85", "2026-12-04"),
        L("GC-DISP-4", "Counter display 4-tier, 40x30x120 cm", 6, "EA", "42.00", "2026-12-04"),
    ])
    body = ("Bonjour Madame Okafor,\n\nNous vous confirmons votre commande PO-26-0512 comme suit :\n\n"
            "- Cartes de Noël A6 : 1 000 pcs ± 5 % (tolérance d'impression usuelle), 0,62 EUR/pc, livraison le 04/12\n"
            "- Assortiment anniversaire 12x17 : 480 pcs, 0,85 EUR/pc, livraison le 04/12\n"
            "- Présentoirs 4 étages : 6 pcs, 42,00 EUR/pc, livraison le 04/12\n\n"
            "Bien à vous,")
    sig = ("Anne-Sophie Delvaux\nService clients\nCartes & Papiers Delvaux SA\nChaussée de Louvain 412 - 1030 Schaerbeek\n"
           "Tél. +32 2 555 18 40 - TVA BE 0431.552.871")
    eml = reply(p, frm=("Anne-Sophie Delvaux", "commandes@delvaux-cartes.example"), date="2026-11-16 11:02:45 +0100",
                body=body, sig=sig, client="outlook", lang="fr", content_lang="fr-BE", charset="windows-1252")
    return [p], eml, conf(ans(p, {1: "A", 2: "A", 3: "A"}),
                          notes="Decision: '1 000 pcs ± 5 %' confirms the nominal 1,000 ordered; ±5 % is the customary print "
                                "over/under-run tolerance, not a different committed number, so line 1 is accepted with 1000. "
                                "'le 04/12' has no year -> 2026-12-04. French thousands space and decimal comma.")


@case("kayak-paddles-question-blade", "needs_review/fr-CA",
      "asks which blade version we want and says the full order will be confirmed after our answer, although line 2 'ne pose pas de problème'")
def c008():
    s = sup("PAGAIENORD", "Pagaies Nordik inc.", "ventes@pagaiesnordik.example", "fr-CA")
    p = po("PO-77191", s, "CAD", "2026-11-06", [
        L("KP-220-CF", "Kayak paddle carbon 220 cm, 4-piece, 2027 blade", 24, "EA", "189.00", "2026-12-15"),
        L("KP-230-FG", "Kayak paddle fibreglass 230 cm, 2-piece, 65 deg feather", 36, "EA", "112.00", "2026-12-15"),
    ], buyer="jonas")
    body = ("Bonjour Jonas,\n\nMerci pour la commande PO-77191.\n\n"
            "Pour la ligne 1, la pale 2027 ne sera disponible qu'à la mi-février. Préférez-vous la version 2026 "
            "(même prix, 189,00 $) pour le 15 décembre, ou attendre la 2027?\n\n"
            "La ligne 2 ne pose pas de problème.\n\n"
            "Dès que j'ai votre réponse, je vous envoie la confirmation de commande complète.\n\n"
            "Bonne journée,\n\nGeneviève Tremblay\nPagaies Nordik inc.\n2145, boul. Industriel, Chambly (Québec) J3L 4V2\n"
            "450 555-0172\n\nEnvoyé de mon iPad")
    eml = reply(p, frm=("Geneviève Tremblay", "ventes@pagaiesnordik.example"), date="2026-11-12 13:47:02 -0500",
                body=body, client="apple", xmailer="iPad Mail (22B83)", attrib="Le 6 nov. 2026 à 04:15, Jonas Feld <jonas.feld@larkspur-trading.example> a écrit :",
                content_lang="fr-CA")
    return [p], eml, other(
        "needs_review", "Supplier asks a question (2026 vs 2027 blade) and explicitly defers the order confirmation until we answer; "
                        "'la ligne 2 ne pose pas de problème' is not yet a commitment for the order, so nothing is confirmed.")


@case("moto-chains-ex-works-pickup", "confirmation/it-IT",
      "EXW terms: only a 'pronta per il ritiro' pickup date is given, which counts as the date for both lines")
def c009():
    s = sup("CATENEVAL", "Catene Val Trompia S.r.l.", "ordini@catenevt.example", "it-IT")
    p = po("4500081455", s, "EUR", "2026-11-06", [
        L("MC-520-120", "Motorcycle chain 520 x 120 links, O-ring, 5/8 x 1/4 pitch", 60, "EA", "48.90", "2026-12-11"),
        L("MC-428-132", "Chain 428 x 132 links, standard, 2027 homologation", 80, "EA", "17.40", "2026-12-11"),
    ], buyer="jonas")
    body = ("Buongiorno Sig. Feld,\n\nconfermiamo il Vs. ordine 4500081455 come da Vs. richiesta, quantità e prezzi invariati "
            "(pos. 1: 60 pz a 48,90 EUR; pos. 2: 80 pz a 17,40 EUR).\n\n"
            "Resa franco fabbrica (EXW Lumezzane, Incoterms 2020): la merce sarà pronta per il ritiro presso il nostro "
            "magazzino il 04/12/2026. Vi preghiamo di comunicarci nominativo del vettore e orario di ritiro.\n\n"
            "Cordiali saluti")
    sig = ("Giulia Bertoli\nUfficio Commerciale\nCatene Val Trompia S.r.l.\nVia Matteotti 211 - 25065 Lumezzane (BS)\n"
           "Tel. +39 030 555 8812 - P.IVA 03318850172\n\n"
           "Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questa e-mail sono riservate.")
    eml = reply(p, frm=("Giulia Bertoli", "ordini@catenevt.example"), date="2026-11-13 09:55:18 +0100",
                body=body, sig=sig, client="outlook", lang="it", re_prefix="R:", content_lang="it-IT",
                charset="iso-8859-1")
    return [p], eml, conf(ans(p, {1: {"d": "2026-12-04"}, 2: {"d": "2026-12-04"}}),
                          notes="Ex works: the only date is the pickup/ready date 04/12/2026; with no delivery date given, that ship "
                                "date is the committed date for both lines (changed vs requested 2026-12-11). Quantities and prices as ordered.")


@case("salt-lamps-inline-answers", "confirmation/es-ES",
      "plain-text answers typed between the quoted PO rows: one split, one new price '6,45 €', one discontinued")
def c010():
    s = sup("SALHIMA", "Sal del Himalaya Import S.L.", "pedidos@salhimalaya.example", "es-ES")
    p = po("PO-26-0530", s, "EUR", "2026-11-04", [
        L("SL-2040", "Himalayan salt lamp 2-3 kg, oak base, E14 15W", 150, "EA", "9.80", "2026-12-04"),
        L("SL-4060", "Salt lamp 4-6 kg, E14 25W, 1.5 m cable", 80, "EA", "14.60", "2026-12-04"),
        L("SL-USB-5", "Mini salt lamp USB 5V, 0.8-1 kg", 200, "EA", "6.20", "2026-12-11"),
        L("SL-BULB-15", "Spare bulb E14 15W 230V, 10/box", 30, "BOX", "4.90", "2026-12-11"),
    ])
    q = inline_quote(p, {
        1: "OK, confirmado.",
        2: "Solo tenemos 50 uds. para el 04/12; las otras 30 uds. llegan el 15/01/2027.",
        3: "Precio nuevo 6,45 € (ha subido el transformador de 5V). Cantidad y fecha OK.",
        4: "Esta referencia ya no la fabricamos, lo siento.",
    }, "El mié, 4 nov 2026 a las 10:15, Mara Okafor (<mara.okafor@larkspur-trading.example>) escribió:")
    text = ("Hola Mara,\n\nte contesto entre líneas.\n\nUn saludo,\nJavier\n\n" + q +
            "\n\n--\nJavier Ortega Ruiz\nSal del Himalaya Import S.L.\nPol. Ind. Las Arenas, nave 7 - 28906 Getafe (Madrid)\n"
            "Tel. 91 555 43 20")
    eml = reply(p, frm=("Javier Ortega", "pedidos@salhimalaya.example"), date="2026-11-09 17:22:05 +0100", body="",
                text_only_body=text, html=False, client="gmail", quote=None, flowed=False)
    return [p], eml, conf(ans(p, {1: "A", 2: {"s": [(50, "2026-12-04"), (30, "2027-01-15")]}, 3: {"p": "6.45"}, 4: "R"}),
                          notes="Answers are interleaved with the quoted table rows; each belongs to the row above it. Line 2 split "
                                "50 on 04/12 (2026) + 30 on 15/01/2027; line 3 price 6,45 €; line 4 discontinued -> rejected.")


@case("sausage-smokers-two-deliveries", "confirmation/es-MX",
      "split delivery written as '14 de diciembre' and '8 de enero' without years, crossing into 2027")
def c011():
    s = sup("AHUMAMEX", "Ahumadores del Norte S.A. de C.V.", "ventas@ahumadoresnorte.example", "es-MX")
    p = po("PO-77205", s, "USD", "2026-11-09", [
        L("SM-ELEC-30", "Electric sausage smoker 30 in, 800W, 4 racks", 100, "EA", "145.00", "2026-12-14"),
        L("SM-CHIP-5", "Hickory wood chips, 5 lb bag", 400, "EA", "6.30", "2026-12-14"),
    ], buyer="jonas")
    body = ("Buenas tardes Jonas:\n\nConfirmamos la OC PO-77205 de la siguiente manera:\n\n"
            "Partida 1 (ahumadores eléctricos 30\"): 60 piezas el 14 de diciembre y las 40 restantes el 8 de enero, "
            "precio sin cambio US$145.00.\n"
            "Partida 2 (astillas de nogal 5 lb): las 400 bolsas completas para el 14 de diciembre, mismo precio.\n\n"
            "Las fechas son de entrega en su almacén.\n\nSaludos cordiales,\n\n"
            "Lic. Rodrigo Garza Treviño\nGerente de Exportaciones\nAhumadores del Norte S.A. de C.V.\n"
            "Av. Ruiz Cortines 3310, Col. Industrial, Monterrey, N.L. C.P. 64440\nTel. +52 81 5555 2031")
    eml = reply(p, frm=("Rodrigo Garza", "rgarza@ahumadoresnorte.example"), date="2026-11-17 15:36:12 -0600",
                body=body, client="gmail",
                attrib="El lun, 9 nov 2026 a las 3:15, Jonas Feld (<jonas.feld@larkspur-trading.example>) escribió:")
    return [p], eml, conf(ans(p, {1: {"s": [(60, "2026-12-14"), (40, "2027-01-08")]}, 2: "A"}),
                          notes="Dates without a year resolve to the next such date on/after 17 Nov 2026: 14 de diciembre = 2026-12-14, "
                                "8 de enero = 2027-01-08. Line 1 is split 60 + 40; line 2 as ordered.")


@case("hydroponic-brl-price", "confirmation/pt-BR",
      "Brazilian money format 'R$ 1.234,56' (dot thousands, comma decimals) replacing the PO price")
def c012():
    s = sup("HIDROVERDE", "HidroVerde Nutrientes Ltda.", "pedidos@hidroverde.example", "pt-BR")
    p = po("PO-26-0547", s, "BRL", "2026-11-09", [
        L("HN-AB-1000", "Hydroponic nutrient A+B concentrate, 1000 L IBC, dilution 1:200", 3, "EA", "1180.00", "2026-12-18"),
        L("HN-PHD-20", "pH Down 81% phosphoric acid, 20 L drum", 40, "EA", "189.90", "2026-12-18"),
    ], buyer="priya")
    body = ("Olá Priya, tudo bem?\n\nSegue a confirmação do pedido PO-26-0547:\n\n"
            "Item 1 – Concentrado A+B IBC 1000 L: 3 unidades, preço unitário R$ 1.234,56 (reajuste de matéria-prima "
            "a partir de novembro), entrega 18/12/2026.\n"
            "Item 2 – pH Down 20 L: 40 galões, R$ 189,90 cada, entrega 18/12/2026.\n\n"
            "Frete CIF. Qualquer dúvida estou à disposição.\n\nAbraço,")
    sig = ("Marcelo Andrade\nComercial - HidroVerde Nutrientes Ltda.\nRod. Anhanguera km 104, Sumaré - SP, 13181-900\n"
           "(19) 5555-3107 | WhatsApp (19) 95555-8841\nCNPJ 18.552.401/0001-37")
    eml = reply(p, frm=("Marcelo Andrade", "pedidos@hidroverde.example"), date="2026-11-18 10:12:44 -0300",
                body=body, sig=sig, client="gmail",
                attrib="Em seg., 9 de nov. de 2026 às 06:15, Priya Raman <priya.raman@larkspur-trading.example> escreveu:")
    return [p], eml, conf(ans(p, {1: {"p": "1234.56"}, 2: "A"}),
                          notes="R$ 1.234,56 = 1234.56 BRL (dot is the thousands separator); line 1 price changed from 1180.00, "
                                "quantity and date as ordered; line 2 R$ 189,90 equals the PO.")


@case("piano-hammers-posicao-list", "confirmation/pt-PT",
      "per-position list with a long Portuguese date, a reduced quantity and an out-of-stock line")
def c013():
    s = sup("MARTELOSPT", "Martelos & Feltros Lda.", "encomendas@martelosfeltros.example", "pt-PT")
    p = po("4500081501", s, "EUR", "2026-11-09", [
        L("PH-HEAD-88", "Piano hammer head set, 88 pcs, 14 lb felt, 2027 Renner-type", 6, "SET", "640.00", "2027-01-22"),
        L("PH-SHANK-100", "Hammer shanks hornbeam 7.9 mm, 100/box", 4, "BOX", "78.00", "2027-01-22"),
        L("PH-FELT-1.5", "Underfelt 1.5 mm, 50x100 cm sheet", 10, "EA", "22.50", "2026-12-18"),
    ], buyer="elin")
    body = ("Exma. Sra. Elin Sandberg,\n\nRelativamente à vossa encomenda 4500081501, informamos:\n\n"
            "Posição 1: confirmamos 6 jogos a 640,00 EUR, entrega dia 22 de janeiro de 2027.\n"
            "Posição 2: confirmamos apenas 3 caixas (stock limitado de cabos de 7,9 mm), mesma data e preço.\n"
            "Posição 3: sem stock de feltro de 1,5 mm até março, pelo que não conseguimos fornecer.\n\n"
            "Com os melhores cumprimentos,")
    sig = ("Rui Carvalho\nMartelos & Feltros Lda.\nRua da Indústria 58, 4470-177 Maia\nTel. +351 229 555 014")
    eml = reply(p, frm=("Rui Carvalho", "encomendas@martelosfeltros.example"), date="2026-11-18 12:05:09 +0000",
                body=body, sig=sig, client="outlook", lang="pt", content_lang="pt-PT", charset="iso-8859-1")
    return [p], eml, conf(ans(p, {1: "A", 2: {"q": 3}, 3: "R"}),
                          notes="Line 1 as ordered (22 de janeiro de 2027 = requested); line 2 only 3 of 4 boxes, same date/price; "
                                "line 3 cannot be supplied -> rejected.")


@case("nutrients-price-per-100kg", "confirmation/nl-NL",
      "price quoted as '€ 98,50 per 100 kg' on a PO line priced per KG; bag counts as well")
def c014():
    s = sup("GROEIMEST", "Groeimest B.V.", "orders@groeimest.example", "nl-NL")
    p = po("PO-26-0561", s, "EUR", "2026-11-10", [
        L("HN-CN-25", "Calcium nitrate 15.5-0-0 + 19 CaO, 25 kg bag", 1200, "KG", "0.96", "2026-12-11"),
        L("HN-MKP-25", "Mono potassium phosphate 0-52-34, 25 kg bag", 500, "KG", "2.10", "2026-12-11"),
    ])
    body = ("Beste Mara,\n\nBedankt voor uw order PO-26-0561. Hierbij onze bevestiging:\n\n"
            "Calciumnitraat 15,5-0-0: 1.200 kg (48 zakken à 25 kg), prijs € 98,50 per 100 kg, levering 11-12-2026.\n"
            "MKP 0-52-34: 500 kg (20 zakken), € 2,10/kg, levering 11-12-2026.\n\n"
            "Levering franco op pallet, 1 pallet.\n\nMet vriendelijke groet,")
    sig = ("Joost van Dijk\nBinnendienst\nGroeimest B.V. | Hoofdweg 120 | 2675 LB Honselersdijk\nT +31 174 555 230\n\n"
           "Op al onze leveringen zijn de algemene voorwaarden van Groeimest B.V. van toepassing.")
    eml = reply(p, frm=("Joost van Dijk", "orders@groeimest.example"), date="2026-11-19 08:48:30 +0100", body=body,
                sig=sig, client="outlook", lang="nl", re_prefix="RE:", content_lang="nl-NL")
    return [p], eml, conf(ans(p, {1: {"p": "0.985"}, 2: "A"}),
                          notes="€ 98,50 per 100 kg = 0.985 EUR/kg vs PO 0.96/kg -> changed price; 48 bags x 25 kg = 1,200 kg = "
                                "ordered quantity. Line 2 as ordered.")


@case("conveyor-rollers-confirm-next-week", "needs_review/nl-BE",
      "acknowledges receipt, promises confirmation 'volgende week'; the only dates in the mail are in our quoted request")
def c015():
    s = sup("ROLTECH", "Roltech Transportbanden NV", "verkoop@roltech.example", "nl-BE")
    p = po("4500081530", s, "EUR", "2026-11-10", [
        L("CR-50-600", "Conveyor roller D50 x 600 mm, 20 mm shaft, galvanised", 120, "EA", "38.40", "2026-12-11"),
        L("CR-89-1000", "Conveyor roller D89 x 1000 mm, 25 mm shaft, 2027 seal", 40, "EA", "71.20", "2026-12-18"),
    ], buyer="elin")
    body = ("Goedemiddag,\n\nWij hebben uw bestelling 4500081530 goed ontvangen, waarvoor dank.\n\n"
            "De leverdatum van de rollen Ø 89 x 1000 mm moeten we nog nagaan bij onze fabriek in Tsjechië. "
            "Wij bevestigen u de volledige bestelling volgende week.\n\nMet vriendelijke groeten,")
    sig = ("Katrien Peeters\nVerkoop binnendienst\nRoltech Transportbanden NV\nIndustriepark Noord 17, 9100 Sint-Niklaas\n"
           "T +32 3 555 71 40")
    eml = reply(p, frm=("Katrien Peeters", "verkoop@roltech.example"), date="2026-11-19 14:30:00 +0100", body=body,
                sig=sig, client="outlook", lang="nl", content_lang="nl-BE")
    return [p], eml, other(
        "needs_review", "Receipt plus a promise to confirm next week; no line is committed. All quantities, prices and dates "
                        "in the message come from our own quoted request.")


@case("conveyor-rollers-pln-per-100", "confirmation/pl-PL",
      "Polish per-position confirmation with one price given per 100 pcs ('1 245,00 zł/100 szt.') and one moved date")
def c016():
    s = sup("ROLKOPOL", "Rolkopol Sp. z o.o.", "zamowienia@rolkopol.example", "pl-PL")
    p = po("PO-26-0575", s, "PLN", "2026-11-10", [
        L("CR-50-600", "Conveyor roller D50 x 600 mm, 20 mm shaft, galvanised", 120, "EA", "38.40", "2026-12-11"),
        L("CR-50-800", "Conveyor roller D50 x 800 mm, 20 mm shaft", 80, "EA", "44.90", "2026-12-11"),
        L("CR-BRG-6204", "Bearing housing 6204 2RS for D50 tube", 500, "EA", "12.20", "2026-12-11"),
    ], buyer="jonas")
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr PO-26-0575:\n\n"
            "poz. 1 - 120 szt., 38,40 zł/szt., dostawa 11.12.2026\n"
            "poz. 2 - 80 szt., 44,90 zł/szt., dostawa 18.12.2026\n"
            "poz. 3 - 500 szt., cena 1 245,00 zł/100 szt., dostawa 11.12.2026\n\n"
            "Pozdrawiam serdecznie")
    sig = ("Agnieszka Wróblewska\nDział Sprzedaży\nRolkopol Sp. z o.o.\nul. Przemysłowa 14, 62-800 Kalisz\n"
           "tel. +48 62 555 19 30\nNIP 618-215-44-90, KRS 0000381442")
    eml = reply(p, frm=("Agnieszka Wróblewska", "zamowienia@rolkopol.example"), date="2026-11-19 10:14:22 +0100",
                body=body, sig=sig, client="outlook", lang="pl", re_prefix="Odp:", content_lang="pl-PL",
                charset="iso-8859-2")
    return [p], eml, conf(ans(p, {1: "A", 2: {"d": "2026-12-18"}, 3: {"p": "12.45"}}),
                          notes="Line 3 price is per 100 pcs: 1 245,00 zł / 100 = 12.45 PLN/EA (PO 12.20). Line 2 date 18.12.2026. "
                                "Polish thousands space and decimal comma.")


@case("glass-insulators-xlsx", "confirmation/cs-CZ",
      "Czech body points to an XLSX with Excel date serials; one line reduced with a remark, one line later")
def c017():
    s = sup("SKLOIZOL", "Sklárna Izolátory Vysočina s.r.o.", "obchod@skloizol.example", "cs-CZ")
    p = po("4500081548", s, "CZK", "2026-11-10", [
        L("GI-PIN-95", "Glass pin insulator CD 145, 95 mm, green", 2000, "PCS", "18.50", "2026-12-11"),
        L("GI-RING-12", "Glass ring insulator 12 mm hole, clear", 5000, "PCS", "4.20", "2026-12-11"),
        L("GI-END-M8", "End strain insulator M8x40 thread", 800, "PCS", "11.90", "2026-12-18"),
        L("GI-SCR-25", "Screw-in insulator 25x120 mm, 2027 UV grade", 1500, "PCS", "7.60", "2027-01-15"),
    ], buyer="elin")
    D = dt.date
    rows = [["Pozice", "Materiál", "Popis", "Množství", "MJ", "Cena/MJ CZK", "Datum dodání", "Poznámka"],
            [1, "GI-PIN-95", "Izolátor skleněný CD 145, 95 mm", 2000, "ks", Decimal("18.50"), D(2026, 12, 11), ""],
            [2, "GI-RING-12", "Izolátor kroužkový 12 mm", 4000, "ks", Decimal("4.20"), D(2026, 12, 11),
             "zbývajících 1000 ks nelze dodat"],
            [3, "GI-END-M8", "Koncový izolátor M8x40", 800, "ks", Decimal("11.90"), D(2027, 1, 8), "termín posunut"],
            [4, "GI-SCR-25", "Šroubovací izolátor 25x120 mm UV", 1500, "ks", Decimal("7.60"), D(2027, 1, 15), ""],
            [], ["Objednávka zákazníka:", "4500081548"], ["Potvrzení č.:", "PO-PT-26/1187"]]
    xl = make_xlsx(rows, sheet="Potvrzení", when=(2026, 11, 20, 8, 5, 0), author="Hana Dvořáková")
    body = ("Dobrý den paní Sandberg,\n\nv příloze zasíláme potvrzení objednávky 4500081548. Množství a termíny dodání "
            "viz tabulka.\n\nS pozdravem")
    sig = ("Hana Dvořáková\nobchodní oddělení\nSklárna Izolátory Vysočina s.r.o.\nSklářská 412, 588 56 Telč\n"
           "tel.: +420 567 555 230\nIČO: 26955041, DIČ: CZ26955041")
    att = mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "Potvrzeni_4500081548.xlsx")
    eml = reply(p, frm=("Hana Dvořáková", "obchod@skloizol.example"), date="2026-11-20 08:12:37 +0100", body=body,
                sig=sig, client="outlook", lang="cs", content_lang="cs-CZ", charset="windows-1250",
                re_prefix="RE:", attachments=[att])
    return [p], eml, conf(ans(p, {1: "A", 2: {"q": 4000}, 3: {"d": "2027-01-08"}, 4: "A"}),
                          notes="Answer only in the XLSX (dates stored as Excel serial numbers with a date format): line 2 4,000 of "
                                "5,000 (rest cannot be delivered), line 3 moved to 2027-01-08, lines 1 and 4 as ordered.")


@case("wooden-toys-slovak-spaced-date", "confirmation/sk-SK",
      "Slovak prose naming items not line numbers, with the spaced date '15. 1. 2027' for one item")
def c018():
    s = sup("DREVOHRA", "Drevohra s.r.o.", "objednavky@drevohra.example", "sk-SK")
    p = po("PO-26-0590", s, "EUR", "2026-11-11", [
        L("WT-TRAIN-12", "Wooden train set 12 pcs, beech, 3+ years", 60, "SET", "21.90", "2026-12-04"),
        L("WT-BLOCK-50", "Building blocks 50 pcs, 4x4x4 cm, natural", 100, "SET", "14.50", "2026-12-04"),
        L("WT-PUZ-3D", "3D puzzle 24x18 cm, 2027 animals", 150, "EA", "5.40", "2026-12-11"),
    ], buyer="priya")
    body = ("Dobrý deň pani Raman,\n\nVašu objednávku PO-26-0590 potvrdzujeme s jednou zmenou: vláčiky (12 ks v sade) "
            "dodáme až 15. 1. 2027, keďže buk na novú sériu príde až po Novom roku. Kocky a 3D puzzle dodáme podľa "
            "objednávky, v požadovaných termínoch a za dohodnuté ceny.\n\nS pozdravom\n\nMartin Kováč\nDrevohra s.r.o.\n"
            "Hlavná 77, 971 01 Prievidza\n+421 46 555 12 40")
    eml = reply(p, frm=("Martin Kováč", "objednavky@drevohra.example"), date="2026-11-20 13:27:55 +0100", body=body,
                client="gmail", cte="base64",
                attrib="st 11. 11. 2026 o 10:15 Priya Raman <priya.raman@larkspur-trading.example> napísal(a):")
    return [p], eml, conf(ans(p, {1: {"d": "2027-01-15"}, 2: "A", 3: "A"}),
                          notes="Items are named, not numbered: 'vláčiky' = train set (line 1) moved to 15. 1. 2027; blocks and "
                                "puzzle (lines 2 and 3) as ordered. '12 ks v sade' is pack content, not quantity.")
