"""Cases A: mostly western-European confirmations plus a few non-confirmations."""
from . import mime, pdf
from .common import (ACC, REJ, UNC, L, case, chg, conf, dsn_mail, other, po, q_cite, reply, req_rows, sup)


@case("lamp-accepted-oneliner", "confirmation/en-GB",
      "one short line confirms everything; the only figures are in the Outlook-quoted request, and a ship date (9 Dec) sits next to the delivery date that wins")
def c_lamp_oneliner():
    S = sup("PHAROS", "Pharos Lamp Works Ltd", "orders@pharoslamps.example", "en-GB")
    P = po("4500031101", S, "GBP", "2026-11-03", [
        L(1, "PLW-375-F4", "Fresnel lamp head 375 mm, 4th order, 24V", 6, "EA", "412.00", "2026-12-11"),
        L(2, "PLW-WT-12", "Wick trimmer set 12/20 mm", 24, "SET", "18.75", "2026-12-11"),
        L(3, "PLW-GL-250", "Chimney glass 250x90 mm, 3/8 in wall", 40, "PCS", "9.40", "2026-12-11"),
    ])
    body = ("Hi Maren,\n\nAll three lines confirmed as ordered - leaves our works on 9 Dec and will be with you on "
            "Friday 11 December.\n\nBest regards\n\nGareth Pryce\nSales Office\nPharos Lamp Works Ltd\n"
            "Unit 4, Harbour Trading Estate, Penzance TR18 4AL\nTel: +44 (0)1736 555 018 | Mob: +44 7700 900 318\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error please notify the sender and delete it. "
            "Pharos Lamp Works Ltd, registered in England & Wales No. 04417710.\n")
    eml = reply(P, frm=("Gareth Pryce", "g.pryce@pharoslamps.example"), date="2026-11-10 09:41:12 +0000",
                client="outlook", body=body, lang="en-GB")
    return [P], eml, conf("One-liner 'all three lines confirmed as ordered'; values only in the quoted PO table. "
                          "Ship date 9 Dec vs delivery 11 Dec: delivery date wins, so all accepted.", (P, {1: ACC, 2: ACC, 3: ACC}))


@case("toboggan-fob-dock", "confirmation/en-US",
      "'Delivery Dec 18th, FOB our dock' plus a US-style '12/11' that means December 11 (the date they cannot make)")
def c_tob_fob():
    S = sup("GMTOB", "Green Mountain Toboggan Co.", "sales@gmtoboggan.example", "en-US")
    P = po("4500031117", S, "USD", "2026-11-04", [
        L(1, "GMT-SL-48A", "Ash toboggan slat 48 in x 3-1/2 in x 3/8 in, 2027 model", 400, "PCS", "6.85", "2026-12-11"),
        L(2, "GMT-CB-18", "Cross bar, maple, 18 in, pre-drilled 1/4-20", 120, "PCS", "4.10", "2026-12-11"),
    ], buyer="tom")
    body = ("Hi Tom,\n\nThanks for PO 4500031117. 12/11 won't work for us, we're booked solid on the steam bender "
            "until the 14th.\n\nWe can do both lines at your PO prices and quantities (400 slats, 120 cross bars). "
            "Delivery Dec 18th, FOB our dock.\n\nLet me know if you want us to book the truck or if your forwarder "
            "picks up.\n\nThanks,\nBrett Halvorson\nGreen Mountain Toboggan Co.\n1187 Route 100, Waitsfield, VT 05673\n"
            "(802) 555-0147\n")
    eml = reply(P, frm=("Brett Halvorson", "sales@gmtoboggan.example"), date="2026-11-11 14:22:40 -0500",
                client="gmail", body=body, quote="cite", font="Arial, sans-serif",
                attr="On Wed, Nov 4, 2026 at 5:12 AM Tom Becker <tom.becker@tallisbrook.example> wrote:")
    return [P], eml, conf("en-US: '12/11' is December 11 (the requested date they refuse); commitment is 'Delivery Dec 18th, "
                          "FOB our dock' -> 2026-12-18 for both lines, prices and quantities unchanged.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("bambootie-rupees", "confirmation/en-IN",
      "Indian English 'Rs. 450/- per piece' revises one price; dd-mm-yyyy despatch date plus a later arrival date")
def c_bamboo_in():
    S = sup("BBWORKS", "Brahmaputra Bamboo Works Pvt. Ltd.", "orders@bbworks.example", "en-IN")
    P = po("4500031124", S, "INR", "2026-11-04", [
        L(1, "BBW-LK-12", "Bamboo scaffold lashing kit 12/14 mm, 50 ties", 300, "PCS", "430.00", "2026-12-18"),
        L(2, "BBW-HK-10", "Tie tensioning hook 10 in, galvanised", 150, "PCS", "95.00", "2026-12-18"),
    ], buyer="priya")
    body = ("Dear Madam,\n\nGreetings from Brahmaputra Bamboo Works!\n\nWe are in receipt of your PO No. 4500031124 dated "
            "04-11-2026 and are pleased to confirm the same with below revision:\n\n"
            "Item 1 - Lashing kit 12/14 mm : 300 nos @ Rs. 450/- per piece (revised due to cane price increase "
            "after monsoon)\nItem 2 - Tensioning hook 10 in : 150 nos @ Rs. 95/- per piece, as per PO\n\n"
            "Both items will be despatched on 12-12-2026 by air and will reach your Felixstowe warehouse by "
            "18-12-2026.\n\nKindly acknowledge the revised rate and do the needful.\n\n"
            "Thanks & Regards,\nAnirban Baruah\nManager - Exports\nBrahmaputra Bamboo Works Pvt. Ltd.\n"
            "Plot 22, AIDC Industrial Estate, Guwahati - 781 026, Assam\nMob: +91 98640 55512\n")
    eml = reply(P, frm=("Anirban Baruah", "orders@bbworks.example"), date="2026-11-12 11:05:31 +0530",
                client="outlook", body=body, lang="en-IN")
    return [P], eml, conf("Rs. 450/- per piece replaces 430.00 INR on line 1; despatch 12-12 but arrival 18-12-2026 "
                          "(delivery date wins, equals requested). 'Kindly acknowledge' is not a condition.",
                          (P, {1: chg(p="450.00"), 2: ACC}))


@case("brushrod-inline-de", "confirmation/de-DE",
      "answers interleaved under each quoted PO line: one OK, one reduced quantity, one new price, one discontinued")
def c_brush_inline():
    S = sup("RUSSKEHR", "Rußkehr Werkzeugbau GmbH", "auftrag@russkehr.example", "de-DE")
    P = po("4500031130", S, "EUR", "2026-11-03", [
        L(1, "RK-STB-1000", "Chimney brush rod fibreglass 1.0 m, M12 thread", 200, "PCS", "7.80", "2026-12-04"),
        L(2, "RK-STB-1500", "Chimney brush rod fibreglass 1.5 m, M12 thread", 150, "PCS", "9.60", "2026-12-04"),
        L(3, "RK-KG-M12", "Coupling M12x40, brass", 500, "PCS", "1.15", "2026-12-04"),
        L(4, "RK-FL-300", "Flexible rod 300 mm, 8/10 mm, spring steel", 60, "PCS", "14.20", "2026-12-04"),
    ], buyer="tom")
    rows = req_rows(P)
    ans = {1: "OK, bestätigt.",
           2: "Nur 120 Stück lieferbar, die restlichen 30 entfallen ersatzlos.",
           3: "Menge ok, aber Preis ab 01.12. 1,22 EUR/Stück (Messingzuschlag).",
           4: "Artikel ist ausgelaufen, können wir leider nicht mehr liefern."}
    qb = ["Am 03.11.26 um 10:12 schrieb Tom Becker:", "> Dear Rußkehr Werkzeugbau GmbH team,", ">",
          "> please confirm our purchase order 4500031130 of 03 Nov 2026 (quantities, unit prices and",
          "> delivery dates) by return mail, quoting the PO number.", ">", "> " + rows[0]]
    for i, r in enumerate(rows[1:], 1):
        qb += ["> " + r, "", ans[i], ""]
    qb += ["> Delivery to: Tallis & Brook Procurement Ltd, Goods-in Gate 3, 14 Wharf Road, Felixstowe IP11 3SB, UK",
           "> Incoterms: DAP Felixstowe. Payment: 30 days net."]
    body = ("Hallo Herr Becker,\n\nunsere Antworten stehen direkt unter den Positionen. Liefertermin für alles, was wir "
            "liefern, bleibt der 04.12.2026 wie gewünscht.\n\n" + "\n".join(qb) + "\n\n-- \nMit freundlichen Grüßen\n"
            "Jürgen Wendel\nInnendienst\n\nRußkehr Werkzeugbau GmbH\nIndustriestraße 17, 58636 Iserlohn\n"
            "Tel. +49 2371 555-340 | Fax -349\nGeschäftsführer: K. Rußkehr | HRB 5531 Amtsgericht Iserlohn\n")
    eml = reply(P, frm=("Jürgen Wendel", "auftrag@russkehr.example"), date="2026-11-09 15:03:27 +0100",
                client="thunderbird", body=body, quote=None, html=False, cte="8bit")
    return [P], eml, conf("Inline answers below quoted lines (Thunderbird, 8bit, no HTML). Date 04.12.2026 kept; line 2 "
                          "qty 120, line 3 price 1.22 (applies from 01.12., delivery is 04.12.), line 4 discontinued -> rejected.",
                          (P, {1: ACC, 2: chg(q=120), 3: chg(p="1.22"), 4: REJ}))


@case("icemold-kw51-at", "confirmation/de-AT",
      "'Liefertermin KW 51/26' = Friday of ISO week 51 of 2026; Austrian wording, ISO-8859-1 quoted-printable")
def c_ice_at():
    S = sup("ALPEIS", "Alpen-Eisform Handels GmbH", "bestellung@alpeneisform.example", "de-AT")
    P = po("4500031142", S, "EUR", "2026-11-05", [
        L(1, "AEF-SW-1220", "Ice sculpture mold swan 12x20 in, 2-part, food-grade PE", 30, "PCS", "68.50", "2026-12-11"),
        L(2, "AEF-ST-40", "Star mold 40 cm, 3/4 fill line", 50, "PCS", "42.00", "2026-12-11"),
    ])
    body = ("Sehr geehrte Frau Holt,\n\ndanke für Ihre Bestellung 4500031142. Wir bestätigen beide Positionen zu den "
            "angeführten Mengen und Preisen (30 Stk. Schwan à EUR 68,50 und 50 Stk. Stern à EUR 42,00).\n\n"
            "Liefertermin KW 51/26 - die KW 50 geht sich wegen der Weihnachtsaufträge heuer leider nicht aus.\n\n"
            "Mit freundlichen Grüßen\n\nElisabeth Hörtnagl\nVerkaufsinnendienst\nAlpen-Eisform Handels GmbH\n"
            "Grabenweg 68, 6020 Innsbruck, Österreich\nT +43 512 555 840-12\nFN 318842 k, Landesgericht Innsbruck, "
            "UID ATU61234567\n")
    eml = reply(P, frm=("Elisabeth Hörtnagl", "bestellung@alpeneisform.example"), date="2026-11-10 08:15:02 +0100",
                client="outlook", body=body, qlang="de", charset="iso-8859-1", hdr_cs="iso-8859-1", hdr_enc="Q",
                lang="de-AT", prefix="AW: ")
    return [P], eml, conf("KW 51/26 without a weekday -> Friday 2026-12-18; KW 50 (= requested 11.12.) explicitly refused.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("gurdy-newname-ch", "confirmation/de-CH",
      "full confirmation followed by a notice of new company name and bank details with IBAN digits and a 1 December effective date")
def c_gurdy_ch():
    S = sup("DMKELLER", "Drehleier Manufaktur Keller AG", "verkauf@drehleier-keller.example", "de-CH")
    P = po("4500031150", S, "CHF", "2026-11-04", [
        L(1, "DLK-RAD-185", "Hurdy-gurdy wheel 185 mm, pear wood, 8/10 mm shaft", 12, "PCS", "148.00", "2026-12-18"),
        L(2, "DLK-RAD-200", "Hurdy-gurdy wheel 200 mm, maple, 2027 series", 8, "PCS", "172.50", "2026-12-18"),
        L(3, "DLK-KOL-6", "Rosin cake 6x40 g", 20, "BOX", "23.40", "2026-12-18"),
    ])
    body = ("Grüezi Frau Holt\n\nBesten Dank für Ihre Bestellung 4500031150. Wir bestätigen alle drei Positionen "
            "gemäss Bestellung - Mengen, Preise und Liefertermin 18.12.2026.\n\n"
            "Bitte beachten Sie unseren neuen Firmennamen und die neue Bankverbindung ab 1. Dezember 2026:\n\n"
            "  Keller Instrumentenbau AG (vormals Drehleier Manufaktur Keller AG)\n"
            "  Zürcher Kantonalbank, 8010 Zürich\n  IBAN CH93 0076 2011 6238 5295 7\n  BIC ZKBKCHZZ80A\n"
            "  UID CHE-112.334.556 MWST (unverändert)\n\n"
            "Bitte passen Sie Ihre Stammdaten an; Rechnungen ab Dezember lauten auf den neuen Namen.\n\n"
            "Freundliche Grüsse\nUrs Keller\n\nKeller Instrumentenbau AG\nWerkstrasse 12, 8400 Winterthur\n"
            "+41 52 555 21 90\n")
    eml = reply(P, frm=("Urs Keller", "verkauf@drehleier-keller.example"), date="2026-11-11 10:02:55 +0100",
                client="apple", body=body, quote="cite", font="Helvetica",
                attr="Am 04.11.2026 um 11:12 schrieb Maren Holt <maren.holt@tallisbrook.example>:", prefix="AW: ")
    return [P], eml, conf("Plain acceptance of all lines; the new company name / IBAN block (with many digits and a "
                          "1 December date) is a side notice and does not change the confirmation.",
                          (P, {1: ACC, 2: ACC, 3: ACC}))


def _ar_pdf():
    return pdf.build([
        "# PINCES FUNICULAIRES SAVOIE SAS",
        "ZI des Glaisins, 74940 Annecy-le-Vieux - Tel. +33 4 50 55 61 20",
        "",
        "# ACCUSE DE RECEPTION DE COMMANDE AR-26-1187",
        "Client : Tallis & Brook Procurement Ltd - Votre commande : 4500031163 du 05/11/2026",
        "Date AR : 12/11/2026",
        "",
        "Pos  Reference     Designation                          Qte   Unite  PU HT (EUR)  Livraison",
        "1    PFS-GR-52     Pince debrayable cable 52 mm         4     EA     3 850,00     18/12/2026",
        "2    PFS-SP-4-3    Jeu de ressorts 4/3 (8 pieces)       10    SET    612,00       18/12/2026",
        "3    PFS-JAW-52    Garniture de machoire 52 mm PU 95    50    PCS    38,90        18/12/2026",
        "",
        "Pos. 3 : conditionnement par 50 pieces, quantite arrondie.",
        "Conditions : DAP Felixstowe, paiement 30 jours net.",
        "Total HT : 23 465,00 EUR",
    ], compress=False, title="AR-26-1187", author="PFS ADV", producer="Sage X3 PDF",
        date="D:20261112163500+01'00'")


@case("cablegrip-vendredi-fr", "confirmation/fr-FR",
      "'livraison le vendredi 18 décembre' in the body, a PDF acknowledgment, and a pack-size rounding from 40 to 50 pieces")
def c_grip_fr():
    S = sup("PFSAV", "Pinces Funiculaires Savoie SAS", "adv@pfsavoie.example", "fr-FR")
    P = po("4500031163", S, "EUR", "2026-11-05", [
        L(1, "PFS-GR-52", "Detachable grip 52 mm rope, spring pack 4/3", 4, "EA", "3850.00", "2026-12-11"),
        L(2, "PFS-SP-4-3", "Spring pack 4/3 for grip 52, set of 8", 10, "SET", "612.00", "2026-12-11"),
        L(3, "PFS-JAW-52", "Jaw liner 52 mm, PU 95 Shore A", 40, "PCS", "38.90", "2026-12-11"),
    ])
    assert 4 * 3850 + 10 * 612 + 50 * 38.90 == 23465.0
    body = ("Bonjour Madame Holt,\n\nVeuillez trouver ci-joint notre accusé de réception de commande AR-26-1187 "
            "relatif à votre commande 4500031163.\n\nLivraison le vendredi 18 décembre pour l'ensemble de la commande. "
            "Prix et quantités conformes, sauf pos. 3 : les garnitures sont conditionnées par 50, nous livrons donc "
            "50 pièces au même prix unitaire.\n\nBien cordialement,\n\nSandrine Bouvier\nAdministration des ventes\n"
            "Pinces Funiculaires Savoie SAS\nZI des Glaisins - 74940 Annecy-le-Vieux\nTél. : +33 (0)4 50 55 61 20\n\n"
            "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs "
            "destinataires.\n")
    att = mime.attach(_ar_pdf(), "application/pdf", "AR-26-1187.pdf")
    eml = reply(P, frm=("Sandrine Bouvier", "adv@pfsavoie.example"), date="2026-11-12 16:40:18 +0100",
                client="outlook", body=body, qlang="fr", lang="fr-FR", atts=[att])
    return [P], eml, conf("'vendredi 18 décembre' (no year) -> 2026-12-18 for all lines; line 3 rounded up to 50 "
                          "(pack of 50) at unchanged price; PDF repeats the same values.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18"), 3: chg(q=50, d="2026-12-18")}))


@case("mallet-split-fr-ca", "confirmation/fr-CA",
      "Quebec French with ISO dates; one line split into two deliveries (60 + 60), the other complete")
def c_mallet_ca():
    S = sup("MPLPOLO", "Maillets Polo Laurentides inc.", "commandes@mpl-polo.example", "fr-CA")
    P = po("4500031171", S, "CAD", "2026-11-05", [
        L(1, "MPL-TB-200", "Polo mallet head, tipa bamboo, 200 g, 9 1/4 in", 120, "PCS", "27.50", "2026-12-11"),
        L(2, "MPL-MP-190", "Polo mallet head, maple, 190 g, 8 3/4 in", 60, "PCS", "24.00", "2026-12-11"),
    ])
    body = ("Bonjour Maren,\n\nPour le bon de commande 4500031171 :\n\n"
            "- ligne 1 (têtes tipa 200 g) : 60 mcx expédiés pour livraison le 2026-12-11, les 60 autres livrés le "
            "2027-01-15 (il nous manque du tipa séché, arrivage en décembre);\n"
            "- ligne 2 (têtes érable 190 g) : complète, livraison le 2026-12-11.\n\nPrix inchangés.\n\n"
            "Merci et bonne journée!\n\nGeneviève Tremblay\nService à la clientèle\nMaillets Polo Laurentides inc.\n"
            "455, chemin du Lac-Millette, Saint-Sauveur (Québec) J0R 1R3\n450 555-0192, poste 3\n")
    eml = reply(P, frm=("Geneviève Tremblay", "commandes@mpl-polo.example"), date="2026-11-13 09:12:44 -0500",
                client="gmail", body=body, quote="cite", font="Arial, sans-serif",
                attr="Le jeu. 5 nov. 2026, à 05 h 12, Maren Holt <maren.holt@tallisbrook.example> a écrit :")
    return [P], eml, conf("Line 1 split 60 on 2026-12-11 + 60 on 2027-01-15 (schedule, last date 2027-01-15); line 2 as ordered.",
                          (P, {1: chg(sched=[(60, "2026-12-11"), (60, "2027-01-15")]), 2: ACC}))


@case("belt-question-gb", "needs_review/en-GB",
      "supplier asks which belt thickness and floats a later date as a question; nothing is committed")
def c_belt_q():
    S = sup("SEVERN", "Severn Pinsetter Spares Ltd", "sales@severnpinsetter.example", "en-GB")
    P = po("4500031178", S, "GBP", "2026-11-06", [
        L(1, "SPS-DB-8250", "Pinsetter deck belt 82-1/2 in x 2.5 mm", 8, "PCS", "64.00", "2026-12-11"),
        L(2, "SPS-DB-TRN", "Turret belt 3/8 x 42 in", 16, "PCS", "12.80", "2026-12-11"),
    ], buyer="oskar")
    body = ("Hello Oskar,\n\nBefore we confirm PO 4500031178 - your order shows the 82-1/2 in deck belt at 2.5 mm, "
            "but the 2027 machines take the 3.0 mm belt (SPS-DB-8230). Which one do you actually want?\n\n"
            "Also, would 12 January work instead of 11 December? If you need them before Christmas we'd have to "
            "see what we can pull from stock.\n\nCheers,\nRhiannon Lewis\nSevern Pinsetter Spares Ltd\n"
            "Units 6-7, Castle Lane Industrial Park, Chepstow NP16 5UH\n01291 555 074\n")
    eml = reply(P, frm=("Rhiannon Lewis", "sales@severnpinsetter.example"), date="2026-11-10 11:27:09 +0000",
                client="outlook", body=body, lang="en-GB")
    return [P], eml, other("needs_review", "Open questions (belt thickness, 'would 12 January work') and no commitment; "
                                            "dates are proposals, not confirmations.")


@case("oars-tassativa-it", "confirmation/it-IT",
      "'consegna tassativa entro il 18/12' without a year, Italian number format 1.450,00; only one line's date differs")
def c_oars_it():
    S = sup("ZANON", "Forcole & Remi Zanon snc", "ordini@zanonremi.example", "it-IT")
    P = po("4500031186", S, "EUR", "2026-11-05", [
        L(1, "FRZ-RM-420", "Gondola oar beech 4.20 m, 2027 season", 6, "PCS", "690.00", "2026-12-11"),
        L(2, "FRZ-FC-1220", "Forcola walnut oar-lock 12x20 cm", 2, "PCS", "1450.00", "2026-12-18"),
    ])
    body = ("Buongiorno Sig.ra Holt,\n\nconfermiamo l'ordine n. 4500031186 come da Vs. richiesta: remi in faggio "
            "4,20 m 6 pz a 690,00 EUR cad., forcole in noce 2 pz a 1.450,00 EUR cad.\n\n"
            "Consegna tassativa entro il 18/12 per tutto il materiale (i remi non possono partire prima perché "
            "devono stagionare).\n\nCordiali saluti\n\nPaolo Zanon\nForcole & Remi Zanon snc\n"
            "Fondamenta dei Ormesini 2711, 30121 Venezia\nTel. 041 555 2290\nP.IVA 03312450279\n\n"
            "Ai sensi del Reg. UE 2016/679 questo messaggio è riservato ai destinatari indicati.\n")
    eml = reply(P, frm=("Paolo Zanon", "ordini@zanonremi.example"), date="2026-11-16 11:20:33 +0100",
                client="outlook", body=body, qlang="it", lang="it-IT", prefix="R: ", charset="windows-1252")
    return [P], eml, conf("'entro il 18/12' (no year) -> 2026-12-18 for everything; line 1 requested 11 Dec so changed, "
                          "line 2 was requested 18 Dec so accepted.", (P, {1: chg(d="2026-12-18"), 2: ACC}))


@case("ooo-cuti-id", "auto_reply/id-ID",
      "Indonesian out-of-office with return date and a colleague's number; mentions the PO subject but commits nothing")
def c_ooo_id():
    S = sup("RAKASAP", "CV Rak Asap Nusantara", "penjualan@rakasap.example", "id-ID")
    P = po("4500031190", S, "USD", "2026-11-09", [
        L(1, "RAN-RK-4", "Fish smoking rack 4-tier, 50x70 cm, bamboo/steel", 60, "PCS", "38.00", "2026-12-18"),
        L(2, "RAN-TR-5070", "Spare mesh tray 50x70 cm, 6 mm", 200, "PCS", "4.60", "2026-12-18"),
    ])
    body = ("Terima kasih atas email Anda.\n\nSaya sedang cuti dan baru kembali ke kantor pada hari Senin, "
            "23 November 2026. Email Anda tidak diteruskan secara otomatis.\n\nUntuk pesanan dan konfirmasi PO yang "
            "mendesak, silakan hubungi Ibu Wulan Sari di wulan.sari@rakasap.example atau +62 31 555 7810.\n\n"
            "Salam,\nDewi Kartika\nCV Rak Asap Nusantara\nJl. Rungkut Industri III No. 18, Surabaya 60293\n\n"
            "---\nThank you for your email. I am on leave until Monday, 23 November 2026.\n")
    eml = reply(P, frm=("Dewi Kartika", "penjualan@rakasap.example"), date="2026-11-09 10:14:03 +0700",
                client="outlook", body=body, quote=None, lang="id-ID", prefix="Balasan Otomatis: ",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [P], eml, other("auto_reply", "Out-of-office (Balasan Otomatis, Auto-Submitted: auto-replied) with a return date; "
                                          "no confirmation.")


@case("bagelboard-iva-es", "confirmation/es-ES",
      "'precio 4,20 €/ud. (IVA no incluido)' raises one price; delivery given as 'semana 50 (viernes 11/12)'")
def c_bagel_es():
    S = sup("TPEBRO", "Tablas Panaderas Ebro S.L.", "pedidos@tablasebro.example", "es-ES")
    P = po("4500031195", S, "EUR", "2026-11-06", [
        L(1, "TPE-BB-6020", "Bagel board 60x20 cm, cedar, burlap-covered", 80, "PCS", "4.00", "2026-12-11"),
        L(2, "TPE-BB-8025", "Bagel board 80x25 cm, cedar, burlap-covered", 40, "PCS", "5.60", "2026-12-11"),
    ])
    body = ("Hola Maren:\n\nConfirmamos su pedido 4500031195.\n\n"
            "Pos. 1 - tabla 60x20: 80 uds., precio 4,20 €/ud. (IVA no incluido); la arpillera ha subido un 5 % "
            "desde la oferta.\nPos. 2 - tabla 80x25: 40 uds. a 5,60 €/ud., sin cambios.\n\n"
            "Entrega de ambas posiciones: semana 50 (viernes 11/12).\n\nUn saludo,\n\nNuria Lasheras\n"
            "Dpto. Comercial\nTablas Panaderas Ebro S.L.\nPolígono Malpica, calle E, nave 14 - 50016 Zaragoza\n"
            "Tel. 976 55 43 21\n")
    eml = reply(P, frm=("Nuria Lasheras", "pedidos@tablasebro.example"), date="2026-11-10 12:30:10 +0100",
                client="gmail", body=body, quote="cite", font="Arial, sans-serif",
                attr="El vie, 6 nov 2026 a las 11:12, Maren Holt (<maren.holt@tallisbrook.example>) escribió:")
    return [P], eml, conf("Line 1 price 4,20 EUR/ud -> 4.20 (the '5 %' is an explanation, the stated price wins: 4.00*1.05=4.20 anyway); "
                          "'semana 50 (viernes 11/12)' = requested date.", (P, {1: chg(p="4.20"), 2: ACC}))


@case("eggcarton-shipped-mx", "confirmation/es-MX",
      "order already shipped: invoice number and an arrival date earlier than requested, in dd/mm/yyyy")
def c_egg_mx():
    S = sup("EOBAJIO", "Empaques Orgánicos del Bajío S.A. de C.V.", "ventas@empaquesbajio.example", "es-MX")
    P = po("4500031203", S, "USD", "2026-11-02", [
        L(1, "EOB-EC-12", "Organic egg carton 12-cell, molded pulp, 2x6", 12000, "PCS", "0.185", "2026-12-04"),
        L(2, "EOB-ET-30", "Egg tray 30-cell, 30x30 cm", 5000, "PCS", "0.142", "2026-12-04"),
    ], buyer="priya")
    body = ("Buenas tardes Priya,\n\nLe informo que su pedido 4500031203 ya fue embarcado completo el 13/11/2026 "
            "con la factura F-2026-08841 (12,000 charolas de 12 cavidades y 5,000 charolas de 30, precios según "
            "su OC).\n\nFecha de entrega en su almacén de Felixstowe: 27/11/2026. Le comparto el número de guía en "
            "cuanto la naviera lo libere.\n\nSaludos cordiales,\n\nLic. Fernanda Ríos\nEjecutiva de Ventas "
            "Internacionales\nEmpaques Orgánicos del Bajío S.A. de C.V.\nCarretera León-Silao km 6.5, León, Gto., "
            "C.P. 37680\nTel. +52 477 555 1290\n")
    eml = reply(P, frm=("Fernanda Ríos", "ventas@empaquesbajio.example"), date="2026-11-16 17:05:47 -0600",
                client="outlook", body=body, qlang="es", lang="es-MX")
    return [P], eml, conf("Already shipped with invoice F-2026-08841; committed delivery 27/11/2026 (earlier than the "
                          "requested 04.12.) for both lines; ship date 13/11 is not the delivery date; es-MX uses 12,000 for thousands.",
                          (P, {1: chg(d="2026-11-27"), 2: chg(d="2026-11-27")}))


@case("fishrack-htmltable-br", "confirmation/pt-BR",
      "HTML-only reply whose answer is a table with ordered vs confirmed quantity columns and US$ prices with decimal comma")
def c_rack_br():
    S = sup("DEFUCAT", "Defumadores Catarinenses Ltda", "vendas@defucat.example", "pt-BR")
    P = po("4500031210", S, "USD", "2026-11-05", [
        L(1, "DFC-GR-6040", "Fish smoking rack 60x40 cm, stainless 304, 8 mm wire", 100, "PCS", "14.30", "2026-12-11"),
        L(2, "DFC-GR-8050", "Fish smoking rack 80x50 cm, stainless 304, 8 mm wire", 60, "PCS", "19.90", "2026-12-11"),
        L(3, "DFC-SH-12", "S-hook 12 cm, 3/16 in, stainless, box of 10", 30, "BOX", "6.50", "2026-12-11"),
    ])
    import html as h
    rows = [("DFC-GR-6040", "Grelha 60x40", "100", "100", "US$ 14,30", "11/12/2026"),
            ("DFC-GR-8050", "Grelha 80x50", "60", "40", "US$ 19,90", "11/12/2026"),
            ("DFC-SH-12", "Gancho S 12 cm (cx. 10)", "30", "30", "US$ 6,50", "18/12/2026")]
    tr = "\n".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:3px 6px">{h.escape(c)}</td>' for c in r) + "</tr>" for r in rows)
    quoted = "<br>\n".join(h.escape(x).replace("  ", "&nbsp; ") for x in q_cite(P, "Em qui., 5 de nov. de 2026 às 07:12, Maren Holt <maren.holt@tallisbrook.example> escreveu:").split("\n"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Verdana,sans-serif;font-size:10pt">Prezada Maren,<br><br>Segue a confirmação do '
            'pedido 4500031210:<br><br>\n<table style="border-collapse:collapse">\n<tr><th>Código</th><th>Descrição</th>'
            '<th>Qtd. pedida</th><th>Qtd. confirmada</th><th>Preço unit.</th><th>Entrega</th></tr>\n' + tr +
            '\n</table><br>A grelha 80x50 está limitada a 40 peças (falta de chapa); o saldo de 20 peças foi '
            'cancelado. Os ganchos saem uma semana depois.<br><br>Atenciosamente,<br><b>Rodrigo Vieira</b><br>'
            'Defumadores Catarinenses Ltda<br>Rod. SC-401, km 4, Florianópolis - SC, 88032-005<br>+55 48 3555-0820'
            '</div><br><div class="gmail_quote">' + quoted + '</div></body></html>\n')
    eml = reply(P, frm=("Rodrigo Vieira", "vendas@defucat.example"), date="2026-11-12 13:40:26 -0300",
                client="webmail", body="", quote=None, html_only=True, html_body=html, hcte="quoted-printable")
    return [P], eml, conf("HTML-only table: line 1 as ordered; line 2 confirmed 40 of 60 (balance cancelled); line 3 "
                          "date 18/12/2026.", (P, {1: ACC, 2: chg(q=40), 3: chg(d="2026-12-18")}))


@case("sakecloth-prevista-pt", "confirmation/pt-PT",
      "'entrega prevista para 18 de dezembro' (no year) as the committed date; European Portuguese, ISO-8859-1")
def c_sake_pt():
    S = sup("TTAVE", "Têxteis Técnicos do Ave, Lda.", "encomendas@ttave.example", "pt-PT")
    P = po("4500031222", S, "EUR", "2026-11-06", [
        L(1, "TTA-SK-9090", "Sake pressing cloth 90x90 cm, cotton/PP, 2/1 twill", 300, "PCS", "11.80", "2026-12-11"),
        L(2, "TTA-FB-50120", "Filter bag 50x120 cm for fune press", 120, "PCS", "16.40", "2026-12-11"),
    ])
    body = ("Cara Maren,\n\nConfirmamos a encomenda 4500031222 nas quantidades e preços indicados (300 panos "
            "90x90 a 11,80 EUR e 120 sacos filtro a 16,40 EUR).\n\nEntrega prevista para 18 de dezembro - a teia de "
            "algodão só chega à fábrica no dia 7.\n\nCom os melhores cumprimentos,\n\nMariana Fernandes\n"
            "Têxteis Técnicos do Ave, Lda.\nRua da Fábrica 221, 4780-532 Santo Tirso, Portugal\nTel. +351 252 555 410\n")
    eml = reply(P, frm=("Mariana Fernandes", "encomendas@ttave.example"), date="2026-11-13 10:05:51 +0000",
                client="outlook", body=body, qlang="pt", lang="pt-PT", charset="iso-8859-1",
                hdr_cs="iso-8859-1", hdr_enc="Q")
    return [P], eml, conf("'entrega prevista para 18 de dezembro' is the supplier's committed date -> 2026-12-18; "
                          "'dia 7' is a raw-material date, not a delivery.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("bounce-postfix-au", "bounce/en-AU",
      "Postfix DSN (multipart/report) carrying the full original request with its PO table and requested dates")
def c_bounce_au():
    S = sup("ADPIPE", "Arnhem Drone Pipe Co. Pty Ltd", "sales@arnhem-dronepipe.example", "en-AU")
    P = po("4500031230", S, "AUD", "2026-11-09", [
        L(1, "ADP-MP-28", "Didgeridoo mouthpiece, beeswax ring 28 mm", 200, "PCS", "4.20", "2026-12-11"),
        L(2, "ADP-MP-BR32", "Didgeridoo mouthpiece, brass 32 mm, 3/4 in spigot", 50, "PCS", "18.40", "2026-12-11"),
    ])
    human = ("This is the mail system at host mx2.tallisbrook.example.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
             "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n                   The mail system\n\n"
             "<sales@arnhem-dronepipe.example>: host mx1.arnhem-dronepipe.example[203.0.113.44]\n"
             "    said: 550 5.1.1 <sales@arnhem-dronepipe.example>: Recipient address rejected:\n"
             "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    eml = dsn_mail(P, date="2026-11-09 10:12:49 +0000", subject="Undelivered Mail Returned to Sender",
                   frm=("Mail Delivery System", "MAILER-DAEMON@mx2.tallisbrook.example"), human=human,
                   status="5.1.1", diag="550 5.1.1 <sales@arnhem-dronepipe.example>: Recipient address rejected: User unknown in virtual mailbox table",
                   reporting_mta="mx2.tallisbrook.example", remote_mta="mx1.arnhem-dronepipe.example",
                   extra=[("Auto-Submitted", "auto-replied")], queue="4Nc2vK3fQbz9tW1")
    return [P], eml, other("bounce", "Postfix non-delivery report (5.1.1 user unknown); the returned original request "
                                      "contains the PO table and dates but nothing from the supplier.")


def _ob_pdf():
    return pdf.build([
        "# Duikklok Optiek B.V.",
        "Havenstraat 41, 1971 CB IJmuiden - KvK 34128877 - BTW NL8123.45.678.B01",
        "",
        "# ORDERBEVESTIGING 2026-OB-04417",
        "Klant: Tallis & Brook Procurement Ltd        Uw inkooporder: 4500031241",
        "Datum: 11-11-2026                            Leveringsconditie: DAP Felixstowe",
        "",
        "Pos  Artikel       Omschrijving                               Aantal  Eenh.  Prijs (EUR)  Leverdatum",
        "1    DKO-VP-200    Viewport 200 mm acryl 40 mm, 6 bar          4      EA     1.240,00     08-01-2027",
        "2    DKO-OR-210    O-ring 210x5,33 NBR 70                      20     PCS    3,85         18-12-2026",
        "3    DKO-FL-M10    Flensboutset M10x40 A4, 12 st.              4      SET    28,60        18-12-2026",
        "",
        "Pos. 1: acrylaat gietstuk wordt in week 1 geleverd, levering aansluitend.",
        "Totaal excl. BTW: EUR 5.151,40",
        "Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing.",
    ], compress=True, title="Orderbevestiging 2026-OB-04417", author="Exact Globe", producer="Exact Globe Next",
        date="D:20261111060200+01'00'")


@case("viewport-erp-pdf-nl", "confirmation/nl-NL",
      "automatic ERP mail with only a Flate-compressed PDF order confirmation; one position moved to January, Dutch date format")
def c_vp_nl():
    S = sup("DUIKKLOK", "Duikklok Optiek B.V.", "verkoop@duikklok.example", "nl-NL")
    P = po("4500031241", S, "EUR", "2026-11-06", [
        L(1, "DKO-VP-200", "Diving bell viewport 200 mm, acrylic 40 mm, 6 bar", 4, "EA", "1240.00", "2026-12-18"),
        L(2, "DKO-OR-210", "O-ring 210x5.33, NBR 70", 20, "PCS", "3.85", "2026-12-18"),
        L(3, "DKO-FL-M10", "Flange bolt set M10x40, A4, 12 pcs", 4, "SET", "28.60", "2026-12-18"),
    ], buyer="oskar")
    assert round(4 * 1240 + 20 * 3.85 + 4 * 28.60, 2) == 5151.40
    body = ("Geachte relatie,\n\nIn de bijlage vindt u onze orderbevestiging 2026-OB-04417 bij uw inkooporder "
            "4500031241.\nWij verzoeken u de bevestiging te controleren en eventuele afwijkingen binnen 2 werkdagen "
            "te melden.\n\nMet vriendelijke groet,\nDuikklok Optiek B.V. - Verkoop\n\n"
            "Dit bericht is automatisch gegenereerd; antwoorden op dit adres worden wel gelezen.\n")
    att = mime.attach(_ob_pdf(), "application/pdf", "OB_2026-OB-04417.pdf")
    part = mime.multi("mixed", [mime.text(body, "plain", "utf-8", "quoted-printable"), att], "legacy")
    from .common import plain_mail
    eml = plain_mail(frm=("Duikklok Optiek B.V. - Verkoop", "verkoop@duikklok.example"),
                     to="oskar.lindqvist@tallisbrook.example",
                     subject="Orderbevestiging 2026-OB-04417 / uw ref. 4500031241", date="2026-11-11 06:02:00 +0100",
                     client="exact", part=part, extra=[("X-Mailer", "Exact Globe Next 482")])
    return [P], eml, conf("ERP mail, not threaded; values only in the Flate-compressed PDF: pos. 1 delivery 08-01-2027, "
                          "pos. 2 and 3 as ordered (dd-mm-yyyy).", (P, {1: chg(d="2027-01-08"), 2: ACC, 3: ACC}))


@case("feedhorn-nextweek-de", "needs_review/de-DE",
      "receipt acknowledged, prices called 'plausible' but dates promised for next week: no line is committed")
def c_horn_de():
    S = sup("HTBRANDT", "Hornantennen Technik Brandt GmbH", "vertrieb@ht-brandt.example", "de-DE")
    P = po("4500031247", S, "EUR", "2026-11-09", [
        L(1, "HTB-FH-X", "Feed horn X-band 8.4 GHz, corrugated, WR-112 flange", 2, "EA", "3640.00", "2026-12-18"),
        L(2, "HTB-OMT-X", "Orthomode transducer X-band, 2027 revision", 2, "EA", "1980.00", "2026-12-18"),
    ], buyer="tom")
    body = ("Guten Tag Herr Becker,\n\nvielen Dank, Ihre Bestellung 4500031247 ist bei uns eingegangen. Die Preise "
            "sind soweit plausibel, wir prüfen aber gerade noch die Verfügbarkeit der WR-112-Flansche beim "
            "Zulieferer.\n\nDie Auftragsbestätigung mit verbindlichen Lieferterminen schicken wir Ihnen bis "
            "spätestens Mittwoch nächster Woche (18.11.).\n\nMit freundlichen Grüßen\n\ni. A. Sabine Krämer\n"
            "Vertriebsinnendienst\nHornantennen Technik Brandt GmbH\nAm Sternwartenweg 3, 53902 Bad Münstereifel\n"
            "Tel. +49 2253 555-180\n")
    eml = reply(P, frm=("Sabine Krämer", "vertrieb@ht-brandt.example"), date="2026-11-10 16:48:20 +0100",
                client="outlook", body=body, qlang="de", lang="de-DE", prefix="AW: ")
    return [P], eml, other("needs_review", "Acknowledges receipt only; the confirmation is promised for 18.11. "
                                            "('bis Mittwoch nächster Woche') - the only date is the promise date, not a delivery date.")
