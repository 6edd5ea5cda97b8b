"""Cases 037-053."""
from . import mime
from .common import (case, sup, mkpo, acc, chg, conf, expected, REJ, UNC, reply_mail, dsn_mail,
                     req_subject, text_to_html, html_doc)
from .pdf import make_pdf
from .xlsx import make_xlsx

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("mortuary-trolleys-split-ship", "confirmation/en-US",
      "US month-first ship dates '12/4' and '12/18' without year; line 1 split 6+4, line 3 ships with the first batch.")
def c037():
    s = sup("KEYSTONE", "Keystone Mortuary Equipment Inc.", "orders@keystonemortuary.example", "en-US")
    po = mkpo("4500071801", s, "USD", "2026-11-23", [
        ("KM-BT-2000-SS", "Body trolley, stainless, 2000x600 mm, 4x 150 mm casters", 10, "EA", "1845.00", "2026-12-18"),
        ("KM-LT-24V", "Lift trolley, 24V battery hydraulic, 250 kg", 2, "EA", "6920.00", "2026-12-18"),
        ("KM-CV-2000", "Trolley cover, vinyl, 2000 mm", 10, "EA", "64.00", "2026-12-18")])
    body = ("Hi Dana,\n\nThanks for the order. Confirming PO 4500071801 as follows:\n\n"
            "- Line 1 (body trolleys): 10 pcs at $1,845.00. We'll ship 6 on 12/4 and the remaining 4 on 12/18.\n"
            "- Line 2 (lift trolleys): 2 pcs at $6,920.00, ship 12/18.\n"
            "- Line 3 (covers): 10 pcs at $64.00, ships with the first batch on 12/4.\n\n"
            "All dates above are ex-works ship dates from Allentown, PA.\n\n"
            "Best,\nMike Donnelly\nInside Sales | Keystone Mortuary Equipment Inc.\n1450 Hamilton St, Allentown, PA 18102\n"
            "(610) 555-0147")
    eml = reply_mail(po, frm=("Mike Donnelly", "mdonnelly@keystonemortuary.example"), date="2026-11-24 16:40:00 -0500",
                     body=body, charset="us-ascii", cte="7bit")
    return [po], eml, expected("confirmation", "Only ship dates given (they count); 12/4 = 2026-12-04 month-first; line 1 split 6+4, line 3 earlier than requested.",
                               conf(po, [chg(po, 1, d="2026-12-18", sched=[(6, "2026-12-04"), (4, "2026-12-18")]),
                                         acc(po, 2), chg(po, 3, d="2026-12-04")]))


@case("barriers-dienstag-kw51", "confirmation/de-DE",
      "German per-position answer on SAP items 10-40: 'Dienstag KW 51' (= 2026-12-15), one position rejected, one price up.")
def c038():
    s = sup("BUTSACHSEN", "Bahnübergang Technik Sachsen GmbH", "vertrieb@but-sachsen.example", "de-DE")
    po = mkpo("4500071823", s, "EUR", "2026-11-24", [
        ("BS-SB-6000-R", "Barrier boom 6.0 m, aluminium, reflective red/white", 4, "EA", "1120.00", "2026-12-11"),
        ("BS-AN-24V-HZ", "Barrier drive 24V DC, opening 4-6 s, heated", 2, "EA", "4380.00", "2026-12-11"),
        ("BS-GH-1.5", "Boom skirt 1.5 m, aluminium lattice", 4, "EA", "295.00", "2026-12-11"),
        ("BS-LED-12", "LED boom light 12-24V, red, set of 3", 4, "SET", "88.00", "2026-12-11")], buyer="tomas", step=10)
    body = ("Sehr geehrter Herr Berger,\n\nvielen Dank für Ihren Auftrag 4500071823. Zu den einzelnen Positionen:\n\n"
            "Pos. 10 Schrankenbaum 6,0 m: 4 St. zu 1.120,00 EUR, Liefertermin wie gewünscht 11.12.2026\n"
            "Pos. 20 Schrankenantrieb 24 V: 2 St. zu 4.380,00 EUR, Liefertermin Dienstag KW 51\n"
            "Pos. 30 Behang 1,5 m: leider nicht mehr lieferbar, das Nachfolgemodell kommt erst 2027 - diese Position "
            "müssen wir ablehnen.\n"
            "Pos. 40 LED-Baumleuchten: 4 Sätze zu 92,00 EUR (Preiserhöhung LED-Module), Liefertermin 11.12.2026\n\n"
            "Mit freundlichen Grüßen\ni. A. Stefan Lorenz\nVertriebsinnendienst\nBahnübergang Technik Sachsen GmbH\n"
            "An der Schrankenwärterei 3, 09112 Chemnitz\nTel. +49 371 555 2210\n"
            "Geschäftsführer: Dr. Uwe Kranz | HRB 12345 Amtsgericht Chemnitz")
    eml = reply_mail(po, frm=("Lorenz, Stefan", "s.lorenz@but-sachsen.example"), date="2026-11-26 11:22:00 +0100",
                     body=body, charset="iso-8859-1", prefix="AW:", lang="de")
    return [po], eml, expected("confirmation", "Line numbers 10-40; 'Dienstag KW 51' = Tuesday 2026-12-15; pos. 30 rejected; pos. 40 price 92.00.",
                               conf(po, {10: acc(po, 10), 20: chg(po, 20, d="2026-12-15"), 30: REJ,
                                         40: chg(po, 40, p="92.00")}))


@case("canopies-body-vs-pdf", "needs_review/de-CH",
      "Swiss German body confirms the requested 11.12.2026 but the attached order confirmation PDF says 22.01.2027.")
def c039():
    s = sup("HAUBENBAU", "Haubenbau Aero AG", "auftrag@haubenbau-aero.example", "de-CH")
    po = mkpo("PO-26-11984", s, "CHF", "2026-11-24", [
        ("HA-HB-15M-28", "Sailplane canopy 15 m class, 2.8 mm PMMA, clear", 2, "EA", "4950.00", "2026-12-11"),
        ("HA-RH-GRP", "Canopy frame GRP with locking lever", 2, "EA", "1280.00", "2026-12-11")], buyer="jonas")
    pdf = make_pdf([("b", "Haubenbau Aero AG"), "Flugplatzstrasse 12, 8610 Uster, Schweiz", "",
                    ("b", "AUFTRAGSBESTAETIGUNG Nr. AB-26-0771"), "Datum: 27.11.2026",
                    "Ihre Bestellung: PO-26-11984 vom 24.11.2026", "Kunde: Meridian Procurement Group B.V., Rotterdam", "",
                    "Pos  Artikel        Bezeichnung                           Menge  Preis CHF   Liefertermin",
                    "1    HA-HB-15M-28   Segelflugzeughaube 15 m, 2,8 mm PMMA      2   4'950.00   22.01.2027",
                    "2    HA-RH-GRP      Haubenrahmen GFK mit Verriegelung         2   1'280.00   22.01.2027", "",
                    "Total netto CHF 12'460.00", "Lieferbedingungen: DAP Rotterdam   Zahlung: 30 Tage netto"],
                   title="Auftragsbestaetigung AB-26-0771", producer="Abacus ERP", created="D:20261127150500+01'00'",
                   flate=True)
    body = ("Grüezi Herr Lindqvist\n\nBesten Dank für Ihre Bestellung. Wir bestätigen beide Positionen, Liefertermin "
            "11.12.2026 wie gewünscht.\nDie Auftragsbestätigung finden Sie im Anhang.\n\nFreundliche Grüsse\n\n"
            "Reto Baumann\nVerkauf\nHaubenbau Aero AG\nFlugplatzstrasse 12, 8610 Uster\nTel. +41 44 555 71 20")
    eml = reply_mail(po, frm=("Baumann Reto", "reto.baumann@haubenbau-aero.example"), date="2026-11-27 15:10:00 +0100",
                     body=body, charset="iso-8859-1", prefix="AW:", lang="de",
                     attachments=[("AB-26-0771.pdf", "application/pdf", pdf)])
    return [po], eml, expected("needs_review", "Body (11.12.2026) and attached confirmation (22.01.2027) contradict each other.")


@case("show-jumps-pdf-accuse", "confirmation/fr-FR",
      "Short French cover note; the real answer is in a Flate-compressed PDF accusé de réception with a new date and price.")
def c040():
    s = sup("OBSNORMANDIE", "Obstacles Équestres de Normandie SARL", "adv@obstacles-normandie.example", "fr-FR")
    po = mkpo("4500071840", s, "EUR", "2026-11-24", [
        ("ON-BR-350", "Show jump pole 3.5 m, pine, 10 cm, 2 colours", 60, "EA", "42.00", "2026-12-17"),
        ("ON-CH-170", "Wing stand 1.70 m, with 12 cup positions", 10, "PAIR", "340.00", "2026-12-17"),
        ("ON-TA-SEC", "Safety jump cups, 3 positions", 40, "PAIR", "19.50", "2026-12-17")], buyer="priya")
    pdf = make_pdf([("b", "OBSTACLES ÉQUESTRES DE NORMANDIE SARL"), "ZA du Haras, 14130 Pont-l'Évêque - Tél. 02 31 55 48 70",
                    "", ("b", "ACCUSÉ DE RÉCEPTION DE COMMANDE N° AR-26-1187"), "Date : 26/11/2026",
                    "Votre commande : 4500071840 du 24/11/2026", "Client : Meridian Procurement Group B.V., Rotterdam", "",
                    "Lig.  Référence   Désignation                        Qté  Unité   PU HT EUR   Livraison",
                    "1     ON-BR-350   Barre d'obstacle 3,5 m pin 10 cm    60  pce         42,00   17/12/2026",
                    "2     ON-CH-170   Chandelier 1,70 m                   10  paire      340,00   08/01/2027",
                    "3     ON-TA-SEC   Taquets de sécurité 3 positions     40  paire       21,00   17/12/2026", "",
                    "Total HT : 6 760,00 EUR", "TVA : autoliquidation (art. 283-2 du CGI)",
                    "Conditions : DAP Rotterdam - paiement 30 jours fin de mois"],
                   title="AR-26-1187", producer="Sage 100 Gestion commerciale", created="D:20261126170000+01'00'",
                   flate=True)
    body = ("Bonjour Madame Raman,\n\nVeuillez trouver ci-joint notre accusé de réception pour votre commande "
            "4500071840.\n\nBien cordialement,\n\nClaire Lemonnier\nAdministration des ventes\n"
            "Obstacles Équestres de Normandie SARL\nZA du Haras, 14130 Pont-l'Évêque\nTél. 02 31 55 48 70")
    eml = reply_mail(po, frm=("Claire Lemonnier", "c.lemonnier@obstacles-normandie.example"),
                     date="2026-11-26 17:02:00 +0100", body=body, charset="iso-8859-1", lang="fr",
                     attachments=[("AR-26-1187.pdf", "application/pdf", pdf)])
    return [po], eml, expected("confirmation", "Everything is in the PDF: line 2 delivers 08/01/2027, line 3 price 21,00 instead of 19.50.",
                               conf(po, [acc(po, 1), chg(po, 2, d="2027-01-08"), chg(po, 3, p="21.00")]))


@case("mortuary-partial-je-reviens", "confirmation/fr-BE",
      "Belgian French prose confirms two lines and says 'je reviens vers vous la semaine prochaine' for the third.")
def c041():
    s = sup("EFW", "Équipements Funéraires Wallons SA", "commandes@efw.example", "fr-BE")
    po = mkpo("PO-26-12003", s, "EUR", "2026-11-25", [
        ("EF-CH-1900", "Mortuary trolley 1900x560 mm, stainless, 4 castors 125 mm", 4, "EA", "1590.00", "2026-12-18"),
        ("EF-PL-12", "Body tray stainless 1900x550 mm, 12 mm rim", 8, "EA", "395.00", "2026-12-18"),
        ("EF-HS-24V", "Hydraulic lift trolley 24V, 200 kg", 1, "EA", "7450.00", "2026-12-18")])
    body = ("Bonjour Madame Ruiz,\n\nPour votre commande PO-26-12003 :\n\nLes 4 chariots 1900x560 et les 8 plateaux "
            "inox sont confirmés aux prix de la commande, livraison le 18/12/2026.\n\nPour le chariot élévateur "
            "hydraulique, je reviens vers vous la semaine prochaine dès que j'ai une réponse de notre fournisseur.\n\n"
            "Bien à vous,\nNathalie Dewulf\nService commandes\nÉquipements Funéraires Wallons SA\n"
            "Rue de l'Industrie 41, 7080 Frameries\nTél. +32 65 55 82 14")
    eml = reply_mail(po, frm=("Nathalie Dewulf", "n.dewulf@efw.example"), date="2026-11-27 10:45:00 +0100", body=body,
                     client="thunderbird", charset="utf-8", cte="8bit", html=False, lang="fr")
    return [po], eml, expected("confirmation", "Lines 1-2 accepted as ordered; line 3 promised for next week = unconfirmed.",
                               conf(po, [acc(po, 1), acc(po, 2), UNC]))


@case("brushes-pricelist-2027", "unrelated/de-CH",
      "Swiss German 2027 price list mailing with an XLSX that even lists an item of our open PO with a new price.")
def c042():
    s = sup("KFBZH", "Kaminfeger-Bürsten Zürich AG", "verkauf@kfb-zuerich.example", "de-CH")
    po = mkpo("4500071862", s, "CHF", "2026-11-25", [
        ("KB-DR-250", "Chimney brush round 250 mm, steel wire 0.5 mm, M12", 50, "EA", "24.80", "2026-12-16"),
        ("KB-KU-10", "Sweeping weight 10 kg with snap hook", 10, "EA", "68.00", "2026-12-16")], buyer="tomas")
    xl = make_xlsx([["Artikel", "Bezeichnung", "ME", "Preis 2026 CHF", "Preis 2027 CHF", "gültig ab"],
                    ["KB-DR-200", "Rundbürste 200 mm Stahldraht M12", "ST", 21.40, 22.10, "01.01.2027"],
                    ["KB-DR-250", "Rundbürste 250 mm Stahldraht 0,5 mm M12", "ST", 24.80, 25.60, "01.01.2027"],
                    ["KB-DR-300", "Rundbürste 300 mm Stahldraht M12", "ST", 27.90, 28.90, "01.01.2027"],
                    ["KB-KU-10", "Kugel 10 kg mit Karabiner", "ST", 68.00, 70.50, "01.01.2027"],
                    ["KB-ST-1.5", "Fiberglasstab 1,5 m M12", "ST", 9.80, 10.20, "01.01.2027"]],
                   sheet="Preisliste 2027", when=(2026, 11, 27, 14, 0, 0), creator="KFB Verkauf")
    body = ("Sehr geehrte Kundin, sehr geehrter Kunde\n\nIm Anhang erhalten Sie unsere Preisliste 2027, gültig ab "
            "1. Januar 2027. Die Preise erhöhen sich im Durchschnitt um 3,5 %.\nBestellungen, die bis zum 18.12.2026 "
            "bei uns eingehen, liefern wir noch zu den Preisen 2026 aus.\n\nFreundliche Grüsse\n\n"
            "Kaminfeger-Bürsten Zürich AG\nVerkauf\nHardturmstrasse 120, 8005 Zürich\nTel. +41 44 555 33 80")
    eml = reply_mail(po, frm=("KFB Verkauf", "verkauf@kfb-zuerich.example"), date="2026-11-30 07:30:00 +0100",
                     body=body, charset="iso-8859-1", quote=False, thread=False, lang="de",
                     subject="Preisliste 2027 / Liste de prix 2027", to="verkauf@kfb-zuerich.example",
                     extra=[("Precedence", "bulk")],
                     attachments=[("KFB_Preisliste_2027.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl)])
    return [po], eml, expected("unrelated", "General price list for 2027 sent to all customers (Bcc); not an answer to the PO even though an item appears.")


@case("brushes-per-box-of-12", "confirmation/fr-CA",
      "Québec French prices per box of 12 ('84,00 $ la boîte de 12') must be converted to the PO's per-each price.")
def c043():
    s = sup("BROSSESLAUR", "Brosses Ramonage Laurentides inc.", "commandes@brosseslaurentides.example", "fr-CA")
    po = mkpo("PO-26-12021", s, "CAD", "2026-11-25", [
        ("BL-BR-8R", "Chimney brush 8 in. round, poly, 3/8 NPT", 120, "EA", "7.50", "2026-12-11"),
        ("BL-BR-6x12", "Chimney brush 6x12 in. rectangular, steel wire", 48, "EA", "11.25", "2026-12-11"),
        ("BL-RD-4FT", "Fibreglass rod 4 ft, 3/8 NPT", 60, "EA", "6.40", "2026-12-11")], buyer="jonas")
    body = ("Bonjour Jonas,\n\nMerci pour la commande. Voici notre confirmation :\n\n"
            "- Brosse ronde 8 po : 10 boîtes de 12, soit 120 unités, 84,00 $ la boîte de 12 - livraison le 11 décembre\n"
            "- Brosse rectangulaire 6x12 po : 4 boîtes de 12 (48 unités), 135,00 $ la boîte - livraison le 11 décembre\n"
            "- Tige de fibre de verre 4 pi : 60 unités à 6,40 $ - livraison le 11 décembre\n\n"
            "Merci et bonne journée,\nMarie-Ève Gagnon\nService à la clientèle\nBrosses Ramonage Laurentides inc.\n"
            "455, boul. des Laurentides, Saint-Jérôme (Québec) J7Z 4L9\nTél. : 450 555-2731")
    eml = reply_mail(po, frm=("Marie-Ève Gagnon", "megagnon@brosseslaurentides.example"), date="2026-11-26 09:18:00 -0500",
                     body=body, client="gmail", charset="utf-8", lang="fr")
    return [po], eml, expected("confirmation", "84,00 $ per box of 12 = 7.00 per EA (PO 7.50); 135,00 $ per box of 12 = 11.25 = PO; '11 décembre' = 2026-12-11.",
                               conf(po, [chg(po, 1, p="7.00"), acc(po, 2), acc(po, 3)]))


@case("lamp-poles-three-pos-one-answered", "confirmation/es-ES",
      "Three open POs from the same supplier; the Spanish reply answers only the middle one, cutting one line's quantity.")
def c044():
    s = sup("BACULOSEBRO", "Báculos y Columnas del Ebro S.L.", "pedidos@baculosebro.example", "es-ES")
    a = mkpo("4500071870", s, "EUR", "2026-11-16", [
        ("BE-CO-10-90", "Lighting column 10 m, top 90 mm, galvanised", 8, "EA", "512.00", "2026-12-18"),
        ("BE-PL-400", "Base plate 400x400x20 mm", 8, "EA", "66.00", "2026-12-18")])
    b = mkpo("4500071905", s, "EUR", "2026-11-25", [
        ("BE-BR-1.5-60", "Bracket arm 1.5 m, spigot 60 mm, 15 deg tilt", 24, "EA", "88.00", "2026-12-21"),
        ("BE-CO-4-60", "Lighting column 4 m, top 60 mm, RAL 9005", 24, "EA", "214.00", "2026-12-21"),
        ("BE-PE-M16x500", "Anchor bolts M16x500, set of 4", 24, "SET", "19.90", "2026-12-21")])
    c = mkpo("4500071911", s, "EUR", "2026-11-26", [
        ("BE-CO-6-76", "Lighting column 6 m, top 76 mm, galvanised", 10, "EA", "298.00", "2027-01-15")])
    body = ("Buenos días Dana:\n\nLe confirmamos el pedido 4500071905:\n\n"
            "1. Brazo 1,5 m: 24 uds. a 88,00 €, entrega 21/12/2026.\n"
            "2. Columna 4 m RAL 9005: 20 uds. a 214,00 €, entrega 21/12/2026 (solo disponemos de 20 columnas en "
            "RAL 9005; las 4 restantes no podemos suministrarlas).\n"
            "3. Pernos de anclaje M16x500: 24 juegos a 19,90 €, entrega 21/12/2026.\n\n"
            "Un saludo,\n\nJavier Lasheras\nDpto. Comercial\nBáculos y Columnas del Ebro S.L.\n"
            "Polígono Malpica, calle E 14, 50016 Zaragoza\nTel. +34 976 555 218")
    eml = reply_mail(b, frm=("Javier Lasheras", "jlasheras@baculosebro.example"), date="2026-11-27 09:40:00 +0100",
                     body=body, charset="windows-1252", lang="es")
    return [a, b, c], eml, expected("confirmation", "Only PO 4500071905 is answered (the other two are not mentioned); its line 2 reduced to 20.",
                                    conf(b, [acc(b, 1), chg(b, 2, q=20), acc(b, 3)]))


@case("lamp-poles-prepayment-condition", "needs_review/es-ES",
      "Spanish reply would supply everything on time 'siempre que' a 30 % prepayment is received and asks whether we agree.")
def c045():
    s = sup("ILULEVANTE", "Iluminación Urbana Levante S.A.", "ventas@iluminacionlevante.example", "es-ES")
    po = mkpo("PO-26-12040", s, "EUR", "2026-11-26", [
        ("IL-CO-8-76", "Lighting column 8 m, 76 mm top, galvanised", 12, "EA", "365.00", "2027-01-15"),
        ("IL-LU-60W", "LED street luminaire 60W, 4000K, 60 mm spigot", 12, "EA", "189.00", "2027-01-15")])
    body = ("Estimada Dana:\n\nGracias por su pedido PO-26-12040. Podemos servir todo en las cantidades y precios "
            "indicados para el 15/01/2027, siempre que recibamos un pago anticipado del 30 % antes del 10/12/2026, "
            "ya que es el primer pedido con su empresa.\n\n¿Nos confirma si están de acuerdo? En cuanto lo tengamos "
            "le enviamos la confirmación formal.\n\nSaludos cordiales,\nLucía Ferrer\nDepartamento de Ventas\n"
            "Iluminación Urbana Levante S.A.\nAvda. de la Industria 22, 46980 Paterna (Valencia)\nTel. +34 961 555 407")
    eml = reply_mail(po, frm=("Lucía Ferrer", "lferrer@iluminacionlevante.example"), date="2026-11-27 12:00:00 +0100",
                     body=body, client="gmail", charset="utf-8", lang="es")
    return [po], eml, expected("needs_review", "Conditional acceptance (prepayment) with a question; formal confirmation only after our answer.")


@case("cork-caixas-m2", "confirmation/pt-BR",
      "Brazilian Portuguese confirms in boxes of 2,16 m² at R$ per box; converted to the PO's m² it equals the order.")
def c046():
    s = sup("CORTICABR", "Cortiça Brasil Revestimentos Ltda.", "vendas@corticabrasil.example", "pt-BR")
    po = mkpo("4500071923", s, "BRL", "2026-11-26", [
        ("CB-PS-600x300-6", "Cork floor tile 600x300x6 mm, pre-finished", 216, "M2", "85.00", "2027-01-15"),
        ("CB-RD-70", "Cork skirting 70x12 mm, 2.4 m length", 150, "EA", "14.90", "2027-01-15")], buyer="priya")
    body = ("Olá Priya, tudo bem?\n\nSegue a confirmação do pedido 4500071923:\n\n"
            "Item 1 - Piso de cortiça 600x300x6 mm: 100 caixas de 2,16 m² (total 216 m²), R$ 183,60 por caixa, "
            "entrega 15/01/2027.\nItem 2 - Rodapé de cortiça 70x12 mm: 150 peças a R$ 14,90, entrega 22/01/2027.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAbraços,\nFernanda Oliveira\nComercial Exportação\n"
            "Cortiça Brasil Revestimentos Ltda.\nRod. BR-116, km 142, Caxias do Sul - RS, 95070-560\n"
            "Tel. +55 54 5555-3120")
    eml = reply_mail(po, frm=("Fernanda Oliveira", "fernanda@corticabrasil.example"), date="2026-11-30 14:10:00 -0300",
                     body=body, client="gmail", charset="utf-8", lang="pt")
    return [po], eml, expected("confirmation", "100 boxes x 2.16 m2 = 216 m2 and 183.60/2.16 = 85.00 per m2, so line 1 is accepted; line 2 moved to 2027-01-22.",
                               conf(po, [acc(po, 1), chg(po, 2, d="2027-01-22")]))


@case("aligner-resin-gmail-dsn", "bounce/en-US",
      "Google 'Delivery Status Notification (Failure)' for a non-existent domain, text+HTML, returning our full request.")
def c047():
    s = sup("CLEARFORM", "ClearForm Polymers LLC", "orders@clearformpolymers.example", "en-US")
    po = mkpo("PO-26-12055", s, "USD", "2026-11-30", [
        ("CF-AR-1L", "Dental aligner resin 1 L, clear, 385/405 nm", 48, "EA", "189.00", "2026-12-18"),
        ("CF-IPA-5L", "IPA 99% wash solution 5 L", 20, "EA", "34.50", "2026-12-18")])
    human = ("\n** Address not found **\n\nYour message wasn't delivered to orders@clearformpolymers.example because "
             "the domain clearformpolymers.example couldn't be found. Check for typos or unnecessary spaces and try "
             "again.\n\nLearn more here: https://support.google.com/mail/?p=BadRcptDomain\n\nThe response was:\n\n"
             "DNS Error: DNS type 'mx' lookup of clearformpolymers.example responded with code NXDOMAIN Domain name "
             "not found: clearformpolymers.example\n")
    hh = html_doc(text_to_html(human), "en")
    eml = dsn_mail(po, date="2026-11-30 10:14:52 +0100", reporting_mta="googlemail.com",
                   from_hdr="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                   subject="Delivery Status Notification (Failure)", human=human, human_html=hh,
                   charset="utf-8", cte="7bit", recipient="orders@clearformpolymers.example", status="5.1.2",
                   diag="DNS Error: DNS type 'mx' lookup of clearformpolymers.example responded with code NXDOMAIN",
                   msgid="<6763b1f4.050a0220.2c5f1e.9a41.GMR@mx.google.com>",
                   extra=[("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                          ("X-Failed-Recipients", "orders@clearformpolymers.example")])
    return [po], eml, expected("bounce", "Gmail DSN (NXDOMAIN); only our own request with its table is inside.")


@case("wax-price-per-ton", "confirmation/nl-BE",
      "Flemish reply quotes wax foundation at '€ 12.150,00 per ton' while the PO is per kg; one line changes, one equals the PO.")
def c048():
    s = sup("IMKKEMPEN", "Imkerij Kempen BV", "bestellingen@imkerijkempen.example", "nl-BE")
    po = mkpo("4500071948", s, "EUR", "2026-11-27", [
        ("IK-WB-DAD", "Beeswax foundation Dadant 410x265 mm, unwired", 500, "KG", "11.80", "2026-12-17"),
        ("IK-WB-SIM", "Beeswax foundation Simplex 410x220 mm, wired", 250, "KG", "12.90", "2026-12-17"),
        ("IK-BL-25", "Beeswax blocks, filtered, 25 kg carton", 4, "EA", "295.00", "2026-12-17")], buyer="jonas")
    body = ("Dag Jonas,\n\nBedankt voor je bestelling 4500071948. We bevestigen:\n\n"
            "- Wasraten Dadant 410x265: 500 kg, € 12.150,00 per ton (de wasprijs is sinds oktober gestegen), "
            "levering 17/12/2026\n- Wasraten Simplex 410x220: 250 kg, € 12.900,00 per ton, levering 17/12/2026\n"
            "- Wasblokken 25 kg: 4 dozen aan € 295,00, levering 17/12/2026\n\nMet vriendelijke groeten,\n"
            "An Peeters\nImkerij Kempen BV\nSteenweg op Gierle 210, 2300 Turnhout\nT +32 14 55 61 08")
    eml = reply_mail(po, frm=("An Peeters", "an.peeters@imkerijkempen.example"), date="2026-12-01 09:20:00 +0100",
                     body=body, charset="windows-1252", lang="nl")
    return [po], eml, expected("confirmation", "Per-tonne prices: 12,150/1000 = 12.15 per kg (changed); 12,900/1000 = 12.90 = PO (accepted).",
                               conf(po, [chg(po, 1, p="12.15"), acc(po, 2), acc(po, 3)]))


@case("incubator-shelves-split-sk", "confirmation/sk-SK",
      "Slovak reply splits line 1 into 50 pcs by 11.12.2026 and the remaining 30 pcs by 8.1.2027 (unpadded day/month).")
def c049():
    s = sup("INKTATRY", "Inkubátory Tatry s.r.o.", "objednavky@inkubatorytatry.example", "sk-SK")
    po = mkpo("PO-26-12071", s, "EUR", "2026-11-27", [
        ("IT-PO-500x400", "Incubator shelf 500x400 mm, wire 3 mm, stainless", 80, "EA", "31.50", "2026-12-11"),
        ("IT-PO-700x500", "Incubator shelf 700x500 mm, perforated, 1.5 mm sheet", 40, "EA", "58.00", "2026-12-11")],
        buyer="tomas")
    body = ("Dobrý deň pán Berger,\n\nďakujeme za objednávku PO-26-12071. Potvrdzujeme:\n\n"
            "Položka 1 - police 500x400 mm: 80 ks á 31,50 EUR; dodáme v dvoch častiach: 50 ks do 11.12.2026, "
            "zvyšných 30 ks do 8.1.2027.\nPoložka 2 - police 700x500 mm: 40 ks á 58,00 EUR, dodanie 11.12.2026.\n\n"
            "S pozdravom\nMartin Kováč\nobchodné oddelenie\nInkubátory Tatry s.r.o.\n"
            "Priemyselná 14, 058 01 Poprad\ntel. +421 52 555 3361")
    eml = reply_mail(po, frm=("Martin Kováč", "kovac@inkubatorytatry.example"), date="2026-12-01 13:30:00 +0100",
                     body=body, charset="iso-8859-2")
    return [po], eml, expected("confirmation", "Line 1 split 50 + 30, last delivery 2027-01-08; line 2 as ordered.",
                               conf(po, [chg(po, 1, d="2027-01-08", sched=[(50, "2026-12-11"), (30, "2027-01-08")]),
                                         acc(po, 2)]))


@case("yoghurt-lids-absence", "auto_reply/fr-FR",
      "French Outlook 'Réponse automatique' absence notice with return date and the sales-office number.")
def c050():
    s = sup("OPSAVOIE", "Opercules Savoie SAS", "commandes@operculessavoie.example", "fr-FR")
    po = mkpo("4500071966", s, "EUR", "2026-11-30", [
        ("OS-OP-95", "Peelable lid 95 mm for yoghurt cup, PET/alu, printed 3/0", 60000, "PCS", "0.0380", "2026-12-21"),
        ("OS-OP-75", "Peelable lid 75 mm, alu 40 micron, plain", 40000, "PCS", "0.0290", "2026-12-21")], buyer="priya")
    body = ("Bonjour,\n\nJe suis absente du 30 novembre au 4 décembre 2026 inclus, avec un accès limité à ma "
            "messagerie. Pour toute commande urgente, merci de contacter le service ADV au 04 79 55 52 10 ou "
            "adv@operculessavoie.example.\n\nCordialement,\nCéline Martin")
    eml = reply_mail(po, frm=("Céline Martin", "commandes@operculessavoie.example"), date="2026-11-30 10:14:20 +0100",
                     body=body, charset="iso-8859-1", quote=False, lang="fr",
                     subject=f"Réponse automatique : {req_subject(po)}", extra=AUTO)
    return [po], eml, expected("auto_reply", "Out-of-office; absence dates are not delivery dates.")


@case("propeller-shafts-reject-ro", "confirmation/ro-RO",
      "Romanian per-position answer: positions 1 and 3 confirmed as ordered, position 2 cannot be delivered (material unavailable).")
def c051():
    s = sup("ARBORINAV", "Arbori Navali Constanța S.R.L.", "comenzi@arborinavali.example", "ro-RO")
    po = mkpo("PO-26-12088", s, "EUR", "2026-11-30", [
        ("AN-AX-40-2000", "Propeller shaft 40 mm x 2000 mm, AISI 316, taper 1:10", 3, "EA", "690.00", "2027-01-15"),
        ("AN-AX-50-3000", "Propeller shaft 50 mm x 3000 mm, Aquamet 22", 2, "EA", "1480.00", "2027-01-15"),
        ("AN-CP-40", "Shaft coupling 40 mm, 6-bolt flange", 3, "EA", "210.00", "2027-01-15")])
    body = ("Bună ziua doamna Ruiz,\n\nVă mulțumim pentru comanda PO-26-12088.\n\n"
            "Poz. 1 - arbore 40 x 2000 mm: confirmăm 3 buc. la 690,00 EUR, livrare 15.01.2027.\n"
            "Poz. 2 - arbore 50 x 3000 mm Aquamet 22: nu putem livra, materialul nu mai este disponibil la "
            "furnizorul nostru.\nPoz. 3 - cuplaj 40 mm: confirmăm 3 buc. la 210,00 EUR, livrare 15.01.2027.\n\n"
            "Cu stimă,\nAndreea Popescu\nDepartament Vânzări\nArbori Navali Constanța S.R.L.\n"
            "Str. Atelierelor nr. 9, 900590 Constanța\nTel. +40 241 555 672")
    eml = reply_mail(po, frm=("Andreea Popescu", "andreea.popescu@arborinavali.example"), date="2026-12-02 11:00:00 +0200",
                     body=body, charset="utf-8")
    return [po], eml, expected("confirmation", "Line 2 explicitly rejected; lines 1 and 3 restated as ordered.",
                               conf(po, [acc(po, 1), REJ, acc(po, 3)]))


@case("lawnmower-blades-bg-price", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply with a new unit price 3,25 EUR on line 1, dates written '18.12.2026 г.' and line 3 left for next week.")
def c052():
    s = sup("NOZHOVE", "Ножове Градина ЕООД", "prodazhbi@nozhovegradina.example", "bg-BG")
    po = mkpo("4500071984", s, "EUR", "2026-11-30", [
        ("NG-BL-075-9", "Robotic mower pivot blade 0.75 mm, pack of 9", 300, "SET", "3.10", "2026-12-18"),
        ("NG-BL-063-30", "Robotic mower blade 0.63 mm, pack of 30, 2027 models", 150, "SET", "8.40", "2026-12-18"),
        ("NG-SC-M6x12", "Blade screws M6x12, stainless, pack of 50", 100, "SET", "2.40", "2026-12-18")],
        buyer="jonas")
    body = ("Здравейте, г-н Линдквист,\n\nБлагодарим за поръчка № 4500071984. Потвърждаваме:\n\n"
            "1. Ножове 0,75 мм (комплект 9 бр.) - 300 комплекта, ед. цена 3,25 EUR, доставка 18.12.2026 г.\n"
            "2. Ножове 0,63 мм (комплект 30 бр.) - 150 комплекта, ед. цена 8,40 EUR, доставка 18.12.2026 г.\n"
            "3. Винтове M6x12 - наличността ще потвърдим следващата седмица.\n\n"
            "Цената на позиция 1 е коригирана заради новата цена на стоманата.\n\nПоздрави,\nМария Георгиева\n"
            "Търговски отдел\nНожове Градина ЕООД\nул. Индустриална 6, 4000 Пловдив\nтел. +359 32 555 418")
    eml = reply_mail(po, frm=("Мария Георгиева", "m.georgieva@nozhovegradina.example"), date="2026-12-02 10:00:00 +0200",
                     body=body, charset="windows-1251")
    return [po], eml, expected("confirmation", "Line 1 price 3,25 EUR instead of 3.10; line 2 unchanged; line 3 availability 'will be confirmed next week' = unconfirmed.",
                               conf(po, [chg(po, 1, p="3.25"), acc(po, 2), UNC]))


@case("yoghurt-lids-artwork-question", "needs_review/it-IT",
      "Italian supplier asks for artwork revision 3 and the embossing pattern before confirming anything.")
def c053():
    s = sup("COPEMILIA", "Capsule e Coperchi Emilia S.p.A.", "ordini@coperchiemilia.example", "it-IT")
    po = mkpo("PO-26-12102", s, "EUR", "2026-12-01", [
        ("CE-CP-95-EMB", "Yoghurt cup lid 95 mm, embossed, printed 4/0, artwork rev. 3", 50000, "PCS", "0.0460", "2027-01-15"),
        ("CE-CP-75-PL", "Yoghurt cup lid 75 mm, plain alu 38 micron", 30000, "PCS", "0.0310", "2027-01-15")], buyer="priya")
    body = ("Gentile Sig.ra Raman,\n\nprima di confermare l'ordine PO-26-12102 abbiamo bisogno di un chiarimento: per "
            "il coperchio da 95 mm ci è arrivato solo il file grafico rev. 2, mentre nell'ordine è indicata la rev. 3. "
            "Può inviarci il file aggiornato?\nInoltre: la goffratura deve essere a punti come nel campione del 12/10 "
            "o a righe?\n\nAppena ricevute le informazioni Le confermeremo quantità e date.\n\nCordiali saluti\n"
            "Giulia Bassi\nCustomer Service\nCapsule e Coperchi Emilia S.p.A.\nVia dell'Industria 18, 42122 Reggio Emilia\n"
            "Tel. +39 0522 555 914")
    eml = reply_mail(po, frm=("Bassi Giulia", "g.bassi@coperchiemilia.example"), date="2026-12-02 15:30:00 +0100",
                     body=body, charset="iso-8859-1", prefix="R:", lang="it")
    return [po], eml, expected("needs_review", "Questions about artwork and embossing; confirmation explicitly deferred.")
