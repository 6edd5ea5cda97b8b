"""Cases 001-018."""
from .common import *  # noqa: F401,F403


@case
def c001():
    s = sup("PICHLER", "Schlauchtechnik Pichler GmbH", "verkauf@pichler-schlauch.example", "de-AT")
    p = po("4500031001", s, [
        ln("AH-PU-0812", "PU air hose 8x12 mm, blue, 50 m reel", 20, "ROL", "48.90", "2027-01-15"),
        ln("AH-RB-1019", "Rubber air hose 10x19 mm, 20 bar", 150, "M", "4.35", "2027-01-15"),
        ln("AH-SC-0625", "Safety coupling DN 7.2, 1/4\" female", 40, "EA", "6.80", "2027-01-15")],
        issued="2026-11-04")
    body = ("Sehr geehrte Frau Lindqvist,\n\n"
            "danke für Ihre Bestellung 4500031001. Wir bestätigen alle drei Positionen wie bestellt\n"
            "(Mengen und Preise lt. Ihrer Bestellung), Liefertermin 15. Jänner 2027 frei Haus.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Markus Pichler\nVerkauf Innendienst\n\n"
            "Schlauchtechnik Pichler GmbH\nIndustriestraße 14, 4614 Marchtrenk\n"
            "Tel. +43 7242 58 190-12 | Fax +43 7242 58 190-99\n"
            "FN 284913 k, LG Wels | UID ATU63874512\n"
            "Öffnungszeiten: Mo-Do 7:30-16:30, Fr 7:30-12:00\n")
    body += q_outlook(p, ("Von", "Gesendet", "An", "Betreff"), "Mittwoch, 4. November 2026 09:14")
    eml = reply(p, addr("Markus Pichler", "m.pichler@pichler-schlauch.example"), "Wed, 11 Nov 2026 10:02:37 +0100",
                text(body, "iso-8859-1"), prefix="AW: ", msgid=mid("c001", "", "outlook"))
    return K("pichler-jaenner-all-ok", "confirmation/de-AT",
             "Austrian 'Jänner' for January and a signature full of numbers (FN, UID, phone, opening hours) around a plain all-lines confirmation.",
             [p], eml, exp("confirmation", "Everything confirmed as ordered; '15. Jänner 2027' is the Austrian name for 15 January, equal to the requested date. Numbers in the signature are not order data.", conf(p, {})))


@case
def c002():
    s = sup("CONPAUL", "Conexões Paulista Ltda.", "vendas@conexoespaulista.example", "pt-BR")
    p = po("4500031002", s, [
        ln("BF-ML-1212", "Brass male connector 1/2\" BSP x 12 mm", 200, "PC", "18.40", "2026-12-18"),
        ln("BF-EL-0034", "Brass elbow 90 deg 3/4\" F/F", 120, "PC", "28.00", "2026-12-18"),
        ln("BF-TE-0012", "Brass tee 1/2\" F/F/F", 80, "PC", "22.10", "2026-12-18")],
        currency="BRL", issued="2026-11-05", buyer=B_TOM)
    body = ("Bom dia Tomás,\n\nSegue confirmação do pedido 4500031002:\n\n"
            "Item 1 - BF-ML-1212 - 200 pç - R$ 18,40 - entrega 18/12/2026 ok\n"
            "Item 2 - BF-EL-0034 - 120 pç - devido ao reajuste do latão aplicamos +4,5% sobre o preço do pedido - entrega 18/12/2026\n"
            "Item 3 - BF-TE-0012 - 80 pç - R$ 22,10 - entrega 08/01/2027 (sem estoque, próxima produção)\n\n"
            "Valores sem IPI. Frete CIF.\n\nAtt.,\nRenata Souza\nConexões Paulista Ltda. | CNPJ 12.345.678/0001-90\n"
            "(11) 4587-2310 | WhatsApp (11) 98765-4321\n")
    intro = "Em qui., 5 de nov. de 2026 às 09:14, Tomás Ferreira <t.ferreira@halvorsen-industrial.example> escreveu:"
    plain = body + q_gmail(p, intro, "Renata")
    htm = t2h(body) + q_html(p, intro, "Renata")
    eml = reply(p, addr("Renata Souza", "renata.souza@conexoespaulista.example"), "Tue, 10 Nov 2026 11:47:03 -0300",
                alt(plain, htm), prefix="Re: ", msgid=mid("c002", "", "gmail"))
    return K("conexoes-reajuste-percent", "confirmation/pt-BR",
             "Price change given only as '+4,5% sobre o preço do pedido' and a later date on another line, Brazilian decimal comma and dd/mm dates.",
             [p], eml, exp("confirmation", "Line 1 as ordered. Line 2: +4.5% on the PO price 28.00 = 29.26 BRL, date unchanged. Line 3: price and quantity unchanged but delivery 08/01/2027 (day-first) instead of 18/12/2026.",
                           conf(p, {2: C(p, 2, price="29.26"), 3: C(p, 3, d="2027-01-08")})))


@case
def c003():
    s = sup("SIAMCR", "Siam Cable Reel Co., Ltd.", "sales@siamcablereel.example", "th-TH")
    p = po("4500031003", s, [
        ln("CR-25-3G15", "Cable reel 25 m, 3G1.5, IP44", 30, "EA", "1450.00", "2027-01-15"),
        ln("CR-50-3G25", "Cable reel 50 m, 3G2.5, IP44, thermal cut-out", 12, "EA", "2890.00", "2027-01-15")],
        currency="THB", issued="2026-11-06", buyer=B_JUN)
    body = ("เรียน คุณจุน\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031003 ดังนี้\n"
            "1. CR-25-3G15 จำนวน 30 ตัว ราคา 1,450.00 บาท/ตัว กำหนดส่ง 15 ม.ค. 2570\n"
            "2. CR-50-3G25 จำนวน 12 ตัว ราคา 2,890.00 บาท/ตัว กำหนดส่ง 29 ม.ค. 2570 (รอสินค้าเข้าจากโรงงาน)\n\n"
            "ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%\n\nขอแสดงความนับถือ\nสมชาย วงศ์ใหญ่\nฝ่ายขาย โทร. 02-123-4567 ต่อ 204\n")
    body += q_outlook(p)
    eml = reply(p, addr("สมชาย วงศ์ใหญ่", "somchai@siamcablereel.example", "utf-8"), "Thu, 12 Nov 2026 15:20:44 +0700",
                text(body, "tis-620", "base64"))
    return K("siam-buddhist-era-dates", "confirmation/th-TH",
             "Thai TIS-620 base64 body with Buddhist-era dates (2570 = 2027) and abbreviated Thai month names.",
             [p], eml, exp("confirmation", "Thai dates use the Buddhist era: 15 ม.ค. 2570 = 2027-01-15 (as requested), 29 ม.ค. 2570 = 2027-01-29 for line 2 (later). Prices and quantities unchanged; the VAT remark is not a price change.",
                           conf(p, {2: C(p, 2, d="2027-01-29")})))


@case
def c004():
    s = sup("MOMSAFE", "Mombasa Safety Supplies Ltd", "mauzo@mombasasafety.example", "sw-KE")
    p = po("4500031004", s, [
        ln("DC-T5-L", "Disposable coverall type 5/6, size L", 300, "EA", "385.00", "2026-12-11"),
        ln("DC-T5-XL", "Disposable coverall type 5/6, size XL", 200, "EA", "385.00", "2026-12-11"),
        ln("DC-T4-L", "Chemical coverall type 4, taped seams, L", 50, "EA", "1240.00", "2026-12-11")],
        currency="KES", issued="2026-11-09")
    body = ("Habari Mara,\n\nTumepokea LPO 4500031004, asante.\n"
            "- L (DC-T5-L) 300 pcs @ 385/= : tunazo stoo, tutaleta Jumanne ijayo.\n"
            "- XL (DC-T5-XL) 200 pcs @ 385/= : sawa, zitakuja pamoja na L.\n"
            "- Type 4 (DC-T4-L): bado tunasubiri bei mpya kutoka kwa mtengenezaji, nitathibitisha kesho.\n\n"
            "Asante,\nWanjiru Kamau\nSales | 0722 481 930\n\nSent from my Samsung Galaxy smartphone.\n")
    eml = reply(p, addr("Wanjiru Kamau", "wanjiru.k@mombasasafety.example"), "Fri, 20 Nov 2026 14:22:10 +0300",
                text(body, "utf-8", "8bit"), prefix="Re: ")
    return K("mombasa-jumanne-ijayo-partial", "confirmation/sw-KE",
             "Swahili phone reply: 'Jumanne ijayo' (next Tuesday) relative to a Friday mail date, one line deferred to 'kesho' (tomorrow).",
             [p], eml, exp("confirmation", "Mail of Friday 20 Nov 2026: 'tutaleta Jumanne ijayo' = delivery next Tuesday 2026-11-24 for L, and XL comes together with L; prices 385/= as ordered. Type 4 line waits for a new price: unconfirmed.",
                           conf(p, {1: C(p, 1, d="2026-11-24"), 2: C(p, 2, d="2026-11-24"), 3: "U"})))


@case
def c005():
    s = sup("BALAJI", "Shree Balaji Fasteners Pvt. Ltd.", "sales@balajifasteners.example", "hi-IN")
    p = po("4500031005", s, [
        ln("WA-NY-0840", "Nylon wall plug 8x40 mm", 100000, "PC", "2.35", "2027-01-15"),
        ln("WA-HM-1080", "Hammer-fix anchor 10x80 mm, zinc plated", 25000, "PC", "6.80", "2027-01-15")],
        currency="INR", issued="2026-11-10", buyer=B_JUN)
    body = ("Dear Sir,\n\nGreetings from Shree Balaji Fasteners!!\n\n"
            "We acknowledge receipt of your PO No. 4500031005 dtd. 10/11/2026 and confirm the same as under:\n\n"
            "Sr. 1 - Nylon wall plug 8x40 - Qty 1,00,000 Nos - Rate Rs. 245.00 per 100 Nos (revised due to nylon granule price hike) - Delivery 15/01/2027\n"
            "Sr. 2 - Hammer-fix 10x80 - Qty 25,000 Nos - Rate Rs. 6.80 per No. - Delivery 15/01/2027\n\n"
            "GST @18% extra as applicable. Freight: ex-works Bhiwandi.\n"
            "Kindly note the revised rate for Sr. 1 and amend your PO accordingly.\n\n"
            "Thanks & Regards,\nRakesh Agarwal\nMob: +91 98200 45612 | GSTIN 27AABCS1234F1Z5\n")
    body += q_outlook(p, sent="10 November 2026 14:44")
    eml = reply(p, addr("Rakesh Agarwal", "rakesh@balajifasteners.example"), "Thu, 12 Nov 2026 12:31:09 +0530",
                text(body, "us-ascii", "7bit"))
    return K("balaji-lakh-per-100", "confirmation/hi-IN",
             "Indian lakh grouping (1,00,000) and a revised rate quoted per 100 pieces while the PO is per piece.",
             [p], eml, exp("confirmation", "Line 1: 1,00,000 = 100000 pieces as ordered, new rate Rs 245.00 per 100 = 2.45 per PC (PO 2.35), date 15/01/2027 day-first = as requested. Line 2 exactly as ordered.",
                           conf(p, {1: C(p, 1, price="2.45")})))


@case
def c006():
    s = sup("ELDV", "Eldvarnir ehf.", "sala@eldvarnir.example", "is-IS")
    p = po("4500031006", s, [
        ln("FB-1212", "Fire blanket 1.2 x 1.2 m, EN 1869", 60, "EA", "4900.00", "2027-01-08"),
        ln("FB-1818", "Fire blanket 1.8 x 1.8 m, welding grade", 10, "EA", "12900.00", "2027-01-08")],
        currency="ISK", issued="2026-11-11")
    body = ("Sæl Mara,\n\nTakk fyrir pöntunina (nr. 4500031006). Við staðfestum báðar línur á verði pöntunarinnar,\n"
            "4.900 kr. og 12.900 kr. stk., en afhending getur ekki orðið fyrr en 15. janúar vegna\n"
            "birgðastöðu hjá framleiðanda.\n\nKveðja,\nGuðrún Þórsdóttir\nEldvarnir ehf. | Kt. 540298-2109 | Sími 562 1400\n")
    body += q_gmail(p, "Þann mið. 11. nóv. 2026 kl. 09:14 skrifaði Mara Lindqvist <m.lindqvist@halvorsen-industrial.example>:")
    eml = reply(p, addr("Guðrún Þórsdóttir", "gudrun@eldvarnir.example", "iso-8859-1"), "Tue, 17 Nov 2026 13:05:51 +0000",
                text(body, "iso-8859-1"), prefix="Sv: ")
    return K("eldvarnir-januar-no-year", "confirmation/is-IS",
             "Icelandic with dot thousands separators in ISK and a delivery date '15. janúar' without a year.",
             [p], eml, exp("confirmation", "Prices 4.900 and 12.900 kr. equal the PO; '15. janúar' without year is the next 15 January after the 17 Nov 2026 mail = 2027-01-15, later than the requested 2027-01-08, for both lines.",
                           conf(p, {1: C(p, 1, d="2027-01-15"), 2: C(p, 2, d="2027-01-15")})))


@case
def c007():
    s = sup("DETLAU", "Détection Laurentides inc.", "ventes@detectionlaurentides.example", "fr-CA")
    p = po("4500031007", s, [
        ln("GD-4G-LEL", "Portable 4-gas detector (LEL/O2/CO/H2S)", 6, "EA", "895.00", "2026-12-18"),
        ln("GD-CAL-34L", "Calibration gas cylinder 34 L, 4-gas mix", 4, "EA", "189.00", "2026-12-18")],
        currency="CAD", issued="2026-11-12", buyer=B_JUN)
    body = ("Bonjour M. Okafor,\n\nMerci pour votre commande 4500031007. Avant de la confirmer, j'ai besoin de quelques précisions :\n\n"
            "1. Le détecteur GD-4G-LEL existe maintenant en deux versions : capteur LEL catalytique (895,00 $) ou infrarouge (1 045,00 $). Laquelle voulez-vous ?\n"
            "2. Souhaitez-vous aussi la station d'étalonnage automatique pour les bouteilles de gaz ?\n\n"
            "Dès que j'ai votre réponse, je vous envoie l'accusé de commande avec les dates de livraison.\n\n"
            "Cordialement,\n\nSylvie Gagnon\nReprésentante aux ventes | 450 555-0182 poste 231\n")
    intro = "Le jeu. 12 nov. 2026, à 09 h 14, Jun Okafor <j.okafor@halvorsen-industrial.example> a écrit :"
    eml = reply(p, addr("Sylvie Gagnon", "sgagnon@detectionlaurentides.example"), "Fri, 13 Nov 2026 08:40:12 -0500",
                alt(body + q_gmail(p, intro), t2h(body) + q_html(p, intro)), msgid=mid("c007", "", "gmail"))
    return K("laurentides-which-sensor", "needs_review/fr-CA",
             "Supplier asks which sensor version is wanted (with two prices) before confirming; prices appear but nothing is committed.",
             [p], eml,
             exp("needs_review", "A question before confirming: the supplier will send the acknowledgement only after the buyer chooses a version; the 895,00 $ figure is a quote, not a commitment."))


@case
def c008():
    s = sup("HBAJIO", "Herramientas del Bajío S.A. de C.V.", "ventas@herrbajio.example", "es-MX")
    p = po("4500031008", s, [
        ln("HK-SET9-MM", "Hex key set 9 pcs, metric, long arm", 40, "SET", "289.00", "2026-12-11"),
        ln("HK-TH-6", "T-handle hex key 6 mm", 60, "PC", "74.50", "2026-12-11"),
        ln("HK-BALL-SAE", "Ball-end hex key set 13 pcs, SAE", 25, "SET", "315.00", "2026-12-11")],
        currency="MXN", issued="2026-11-05")
    rows = [("1", "HK-SET9-MM", "40", "$289.00", "11/12/2026", "Confirmado"),
            ("2", "HK-TH-6", "60", "$78.20", "11/12/2026", "Confirmado (nuevo precio de lista 2027)"),
            ("3", "HK-BALL-SAE", "&mdash;", "&mdash;", "&mdash;", "Descontinuado por el fabricante, sin reemplazo")]
    tb = "".join("<tr>" + "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % c for c in r) + "</tr>\n" for r in rows)
    htm = ("<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Buenas tardes Mara,</p>"
           "<p>Le confirmamos su orden de compra <b>4500031008</b> conforme a lo siguiente:</p>\n"
           "<table style=\"border-collapse:collapse\"><tr><th>Partida</th><th>Código</th><th>Cantidad</th>"
           "<th>Precio unitario</th><th>Fecha de entrega</th><th>Estatus</th></tr>\n%s</table>\n"
           "<p>Precios más IVA. Entrega en su almacén.</p><p>Saludos cordiales,<br><b>Luis Hernández</b><br>"
           "Ejecutivo de ventas<br>Tel. (477) 712 3340 ext. 118<br>RFC HBA0405127K3</p></div>\n" % tb)
    htm += q_outlook_html(p, ("De", "Enviado el", "Para", "Asunto"), "jueves, 5 de noviembre de 2026 09:14")
    eml = reply(p, addr("Luis Hernández", "lhernandez@herrbajio.example"), "Mon, 9 Nov 2026 16:12:55 -0600",
                html(htm, "utf-8"), msgid=mid("c008", "", "outlook"))
    return K("bajio-html-only-table-discontinued", "confirmation/es-MX",
             "HTML-only mail whose answer is an HTML table; dd/mm dates, one price raised to the 2027 list, one line discontinued.",
             [p], eml, exp("confirmation", "Table: line 1 as ordered (11/12/2026 = 11 Dec); line 2 same qty/date but $78.20 instead of 74.50; line 3 discontinued without replacement = rejected.",
                           conf(p, {2: C(p, 2, price="78.20"), 3: "R"})))


@case
def c009():
    s = sup("BRAMB", "Utensileria Brambilla S.r.l.", "ordini@brambilla-utensili.example", "it-IT")
    p = po("4500031009", s, [
        ln("IS-12-S10", "Impact socket 1/2\" 10 mm, CrMo", 50, "PC", "4.90", "2026-12-18"),
        ln("IS-12-S17", "Impact socket 1/2\" 17 mm, CrMo", 50, "PC", "5.60", "2026-12-18"),
        ln("IS-34-S27", "Impact socket 3/4\" 27 mm, CrMo", 20, "PC", "14.75", "2026-12-18"),
        ln("IS-12-SET", "Impact socket set 1/2\" 10-24 mm, 14 pcs", 10, "SET", "89.00", "2026-12-18")],
        issued="2026-11-06")
    doc = pdf(["#CONFERMA D'ORDINE N. OV26-04417",
               "Utensileria Brambilla S.r.l. - Via dell'Artigianato 22 - 20871 Vimercate (MB) - P.IVA 02587410963",
               "", "Spett.le Halvorsen Industrial - Dock 4, Gate B",
               "Data: 10.11.2026      Vs. ordine: 4500031009 del 06.11.2026      Cod. cliente: C004512", "",
               "Pos.  Codice       Descrizione                        Q.ta  UM    Prezzo unit.   Consegna",
               "10    IS-12-S10    Bussola impact 1/2\" 10 mm CrMo       50  PZ          4,90   18.12.2026",
               "20    IS-12-S17    Bussola impact 1/2\" 17 mm CrMo       50  PZ          5,60   18.12.2026",
               "30    IS-34-S27    Bussola impact 3/4\" 27 mm CrMo       20  PZ         14,75   15.01.2027",
               "40    IS-12-SET    Set bussole impact 1/2\" 14 pz        10  SET        92,50   18.12.2026", "",
               "Totale imponibile EUR 1.745,00      IVA 22% esclusa",
               "Pagamento: RiBa 60 gg d.f.f.m.      Resa: franco destino",
               "I prezzi della pos. 40 sono aggiornati al listino 01/2027."], "OV26-04417")
    body = ("Gentile cliente,\n\nin allegato la conferma d'ordine OV26-04417 relativa al Vostro ordine n. 4500031009 del 06/11/2026.\n\n"
            "Questo messaggio è generato automaticamente dal sistema gestionale: si prega di non rispondere.\n"
            "Per informazioni: ufficio vendite 039 668 2210.\n\nUtensileria Brambilla S.r.l.\n")
    eml = reply(p, addr("Brambilla - Ufficio Ordini", "noreply@brambilla-utensili.example"), "Tue, 10 Nov 2026 12:00:41 +0100",
                multi("mixed", text(body, "iso-8859-15"), attach(doc, "application/pdf", "OV26-04417.pdf")),
                subject="Conferma d'ordine OV26-04417 - Vs. ordine 4500031009", thread=False,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "ERP PrintServer 7.2")])
    return K("brambilla-erp-pdf-autosubmitted", "confirmation/it-IT",
             "Auto-Submitted ERP mail, new thread, whose PDF attachment (positions 10-40, decimal comma) holds the real confirmation with a date and a price change.",
             [p], eml, exp("confirmation", "Automatic ERP mail but it commits to the order (reading rule): PDF pos. 10-40 map to PO lines 1-4 by item code. Pos 30 delivery 15.01.2027 (later), pos 40 price 92,50 instead of 89.00; others as ordered.",
                           conf(p, {3: C(p, 3, d="2027-01-15"), 4: C(p, 4, price="92.50")})))


@case
def c010():
    s = sup("VDTH", "Van Dijk Technische Handel B.V.", "verkoop@vandijk-th.example", "nl-NL")
    p = po("4500031010", s, [
        ln("KP-GEL-01", "Gel kneeling pads, pair", 40, "PR", "12.40", "2026-12-11"),
        ln("KP-MAT-45", "Kneeling mat 450 x 250 x 30 mm", 25, "PC", "9.80", "2026-12-11")],
        issued="2026-11-09", buyer=B_JUN)
    body = ("Beste afzender,\n\nIk ben afwezig tot en met maandag 23 november 2026 en heb beperkt toegang tot mijn e-mail.\n"
            "Uw bericht wordt niet automatisch doorgestuurd.\n\n"
            "Voor bestellingen en orderbevestigingen kunt u contact opnemen met onze binnendienst via\n"
            "verkoop@vandijk-th.example of 030 - 245 67 80 (ma-vr 8.00-17.00 uur).\n\n"
            "Met vriendelijke groet,\nSanne de Vries\nAccountmanager\n")
    eml = reply(p, addr("Sanne de Vries", "s.devries@vandijk-th.example"), "Mon, 9 Nov 2026 09:14:31 +0100",
                text(body, "iso-8859-1"), subject="Automatisch antwoord: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                msgid=mid("c010", "", "outlook"))
    return K("vandijk-afwezig", "auto_reply/nl-NL",
             "Dutch out-of-office with a return date and phone numbers, threaded on the PO request.",
             [p], eml, exp("auto_reply", "Out-of-office auto-reply ('Ik ben afwezig tot en met ...'); the date 23 November is the return date, not a delivery date."))


@case
def c011():
    s = sup("ELMOC", "Elektro-Moc Sp. z o.o.", "zamowienia@elektromoc.example", "pl-PL")
    p = po("4500031011", s, [
        ln("JS-1200-12V", "Jump starter 12 V, 1200 A, lithium", 50, "EA", "389.00", "2026-12-18"),
        ln("JS-CLAMP-600", "Replacement clamp set 600 A", 30, "SET", "64.50", "2026-12-18")],
        currency="PLN", issued="2026-11-10")
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4500031011:\n\n"
            "poz. 1 JS-1200-12V - 50 szt., cena 389,00 zł netto. Z magazynu dostarczymy 20 szt. w tygodniu 51,\n"
            "pozostałe 30 szt. dostarczymy do 15.01.2027 r.\n"
            "poz. 2 JS-CLAMP-600 - 30 kpl., 64,50 zł netto, dostawa razem z pierwszą partią w tygodniu 51.\n\n"
            "Pozdrawiam\nKatarzyna Nowak\nDział Sprzedaży\ntel. +48 22 615 40 12, NIP 525-248-91-36\n")
    body += q_gmail(p, "W dniu 10.11.2026 o 09:14, Mara Lindqvist pisze:")
    eml = reply(p, addr("Katarzyna Nowak", "k.nowak@elektromoc.example", "iso-8859-2"), "Thu, 12 Nov 2026 08:55:19 +0100",
                text(body, "iso-8859-2"), prefix="Odp: ", extra=[("User-Agent", "Mozilla Thunderbird")])
    return K("elektromoc-split-tydzien-51", "confirmation/pl-PL",
             "ISO-8859-2 quoted-printable Polish reply with a split delivery: part in 'tydzień 51', rest by a dated day.",
             [p], eml, exp("confirmation", "Line 1: 20 pcs in week 51 (Friday 2026-12-18) and 30 pcs by 15.01.2027 -> schedule, total 50, last date 2027-01-15. Line 2 comes with the first batch in week 51 = 2026-12-18 = requested; price as ordered -> accepted.",
                           conf(p, {1: C(p, 1, sched=[(20, "2026-12-18"), (30, "2027-01-15")])})))


@case
def c012():
    s = sup("OPBRNO", "Ochranné pomůcky Brno s.r.o.", "obchod@opbrno.example", "cs-CZ")
    p = po("4500031012", s, [
        ln("KP-FOAM-02", "Foam kneeling pad 450 x 210 mm", 45, "PC", "189.00", "2026-12-18"),
        ln("KP-KNEE-PRO", "Knee pads with gel insert, pair", 24, "PR", "465.00", "2026-12-18")],
        currency="CZK", issued="2026-11-11")
    body = ("Dobrý den, paní Lindqvistová,\n\nděkujeme za objednávku č. 4500031012.\n\n"
            "Pol. 1: podložky se balí po 10 ks, proto jsme množství zaokrouhlili na 50 ks, cena beze změny 189,00 Kč/ks,\n"
            "dodání 18. 12. 2026.\nPol. 2: 24 párů za 465,00 Kč/pár, dodání 18. 12. 2026.\n\n"
            "S pozdravem\nPetr Dvořák\nobchodní oddělení | tel. +420 541 210 334 | IČO 26912345\n")
    body += q_outlook(p, ("Od", "Odesláno", "Komu", "Předmět"), "středa 11. listopadu 2026 9:14", sep="-----Original Message-----")
    eml = reply(p, addr("Petr Dvořák", "dvorak@opbrno.example", "windows-1250"), "Fri, 13 Nov 2026 10:17:45 +0100",
                text(body, "windows-1250"))
    return K("opbrno-pack-rounding", "confirmation/cs-CZ",
             "Windows-1250 Czech reply rounding the quantity up to full packs of 10; Czech spaced dates '18. 12. 2026'.",
             [p], eml, exp("confirmation", "Line 1 rounded from 45 to 50 pcs (packs of 10), price and date unchanged -> changed. Line 2 as ordered.",
                           conf(p, {1: C(p, 1, q=50)})))


@case
def c013():
    s = sup("OPZA", "Ochrana Práce Žilina s.r.o.", "objednavky@ochrana-za.example", "sk-SK")
    p = po("4500031013", s, [
        ln("RV-20471-Y-L", "Reflective vest EN ISO 20471 cl.2, yellow, L", 100, "EA", "3.20", "2026-12-11"),
        ln("RV-20471-O-XL", "Reflective vest EN ISO 20471 cl.2, orange, XL", 60, "EA", "3.20", "2026-12-11")],
        issued="2026-11-03")
    expl = ("This is the mail system at host mx1.halvorsen-industrial.example.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<objednavky@ochrana-za.example>: host mx.ochrana-za.example[203.0.113.45] said:\n"
            "    550 5.1.1 <objednavky@ochrana-za.example>: Recipient address rejected:\n"
            "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    body = multi("report", text(expl, "us-ascii", "7bit", extra="; format=\"flowed\""),
                 dsn("mx1.halvorsen-industrial.example", "objednavky@ochrana-za.example", "failed", "5.1.1",
                     "550 5.1.1 <objednavky@ochrana-za.example>: Recipient address rejected: User unknown in virtual mailbox table",
                     remote="mx.ochrana-za.example", arrival="Tue,  3 Nov 2026 09:14:05 +0100 (CET)",
                     extra="X-Postfix-Queue-ID: 4Fk2Lq0Zb1z9sWc\nX-Postfix-Sender: rfc822; m.lindqvist@halvorsen-industrial.example\n"),
                 rfc822(our_request(p)), extra=" report-type=delivery-status;")
    eml = msg([("From", "MAILER-DAEMON@mx1.halvorsen-industrial.example (Mail Delivery System)"),
               ("To", "m.lindqvist@halvorsen-industrial.example"),
               ("Subject", "Undelivered Mail Returned to Sender"), ("Date", "Tue,  3 Nov 2026 09:14:09 +0100 (CET)"),
               ("Message-ID", "<20261103081409.6A1B2C0453@mx1.halvorsen-industrial.example>"),
               ("Auto-Submitted", "auto-replied")], body)
    return K("postfix-user-unknown-with-po", "bounce/sk-SK",
             "Postfix DSN (multipart/report) whose returned message/rfc822 contains our full PO table.",
             [p], eml, exp("bounce", "Postfix non-delivery report, 5.1.1 user unknown; the PO lines inside are our own returned request, not a confirmation."))


@case
def c014():
    s = sup("BIZTECH", "Biztonságtechnika Kft.", "rendeles@biztech.example", "hu-HU")
    p = po("4500031014", s, [
        ln("LT-DNO-25", "Lockout tags 'DO NOT OPERATE', pack of 25", 40, "BOX", "4250.00", "2026-12-18"),
        ln("LT-PVC-BLANK", "Blank PVC lockout tag, write-on", 500, "PC", "310.00", "2026-12-18"),
        ln("LT-HASP-6", "Lockout hasp, 6 holes, steel", 30, "PC", "1890.00", "2027-01-08")],
        currency="HUF", issued="2026-11-12", buyer=B_TOM)
    body = ("Tisztelt Ferreira Úr!\n\nKöszönjük a 4500031014 számú megrendelést, az alábbiak szerint visszaigazoljuk:\n\n"
            "1. LT-DNO-25 - 40 doboz, 4 250 Ft/doboz, szállítás: 2026. december 18.\n"
            "2. LT-PVC-BLANK - raktáron csak 300 db van, ennyit tudunk szállítani 2026. december 18-án;\n"
            "   a fennmaradó 200 db-ot nem tudjuk vállalni, mert a gyártó megszüntette a terméket.\n"
            "3. LT-HASP-6 - 30 db, 1 890 Ft/db, szállítás: 2027. január 8.\n\n"
            "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nTel.: +36 1 234 5678 | Adószám: 12345678-2-42\n")
    eml = reply(p, addr("Kovács Eszter", "kovacs.eszter@biztech.example", "iso-8859-2"), "Mon, 16 Nov 2026 09:41:00 +0100",
                text(body, "iso-8859-2", "base64"), prefix="Vá: ")
    return K("biztech-stock-shortage", "confirmation/hu-HU",
             "Hungarian year-first dates ('2027. január 8.'), space thousands in HUF, and a line cut to the stock on hand with the rest refused.",
             [p], eml, exp("confirmation", "Lines 1 and 3 as ordered. Line 2: only 300 of 500 pcs will be delivered on 2026-12-18, the remaining 200 are refused -> changed to quantity 300 (price and date unchanged).",
                           conf(p, {2: C(p, 2, q=300)})))


@case
def c015():
    s = sup("VOPRAH", "Vopsele Tehnice Prahova SRL", "comenzi@vopseleprahova.example", "ro-RO")
    p = po("4500031015", s, [
        ln("MP-FL-RED", "Marking paint fluorescent red, 500 ml spray", 120, "PC", "24.90", "2026-12-11"),
        ln("MP-FL-YEL", "Marking paint fluorescent yellow, 500 ml spray", 120, "PC", "24.90", "2026-12-11")],
        currency="RON", issued="2026-11-13")
    body = ("Bună ziua,\n\nAm primit comanda dumneavoastră nr. 4500031015, vă mulțumim.\n"
            "Am transmis-o către depozit pentru verificarea stocului și revenim cu confirmarea cantităților\n"
            "și a termenului de livrare cât mai curând.\n\nCu stimă,\nAndreea Popescu\nDepartament vânzări\n"
            "Tel: 0244 510 822 | CUI RO1523671\n")
    intro = "În vin., 13 nov. 2026 la 09:14, Mara Lindqvist <m.lindqvist@halvorsen-industrial.example> a scris:"
    eml = reply(p, addr("Andreea Popescu", "andreea.popescu@vopseleprahova.example"), "Mon, 16 Nov 2026 10:03:27 +0200",
                alt(body + q_gmail(p, intro), t2h(body) + q_html(p, intro)), msgid=mid("c015", "", "gmail"))
    return K("prahova-receipt-only", "needs_review/ro-RO",
             "Human receipt: the order arrived and was passed to the warehouse; confirmation promised later.",
             [p], eml, exp("needs_review", "A person acknowledges receipt and promises to revert with quantities and dates: nothing is committed yet."))


@case
def c016():
    s = sup("GAZT", "Газтехника ООД", "prodajbi@gaztehnika.example", "bg-BG")
    p = po("4500031016", s, [
        ln("NR-200-10", "Nitrogen regulator 200 bar, 0-10 bar outlet", 8, "EA", "142.00", "2027-01-08"),
        ln("NR-300-50", "Nitrogen regulator 300 bar, 0-50 bar outlet, 2-stage", 4, "EA", "318.00", "2027-01-08"),
        ln("NR-HOSE-3M", "High-pressure hose 3 m, W24.32 connection", 12, "EA", "37.50", "2027-01-08")],
        issued="2026-11-09", buyer=B_JUN)
    body = ("Здравейте, г-н Окафор,\n\nПотвърждаваме поръчка № 4500031016 както следва:\n\n"
            "1. NR-200-10 – 8 бр. по 142,00 € – доставка 08.01.2027 г.\n"
            "2. NR-300-50 – 4 бр. по 318,00 € – доставка в седмица 2/2027 (идват от производителя в Германия)\n"
            "3. NR-HOSE-3M – 12 бр. по 37,50 € – доставка 08.01.2027 г.\n\n"
            "Поздрави,\nИвелина Петрова\nОтдел продажби\nтел.: +359 2 971 4410 | ЕИК 131254789\n")
    body += q_outlook(p, ("От", "Изпратено", "До", "Относно"), "понеделник, 9 ноември 2026 г. 9:14")
    eml = reply(p, addr("Ивелина Петрова", "i.petrova@gaztehnika.example", "windows-1251"), "Wed, 18 Nov 2026 11:26:40 +0200",
                text(body, "windows-1251", "base64"))
    return K("gaztehnika-sedmica-2", "confirmation/bg-BG",
             "Bulgarian Windows-1251 base64 mail, euro prices with decimal comma, one line given as 'седмица 2/2027'.",
             [p], eml, exp("confirmation", "Lines 1 and 3 as ordered. Line 2: week 2 of 2027 with no day -> Friday 2027-01-15, later than requested 2027-01-08; price unchanged.",
                           conf(p, {2: C(p, 2, d="2027-01-15")})))


@case
def c017():
    s = sup("POLIPAK", "ООО ПолиПак", "sales@polipak.example", "ru-RU")
    p = po("4500031017", s, [
        ln("PW-23-500", "Stretch film 23 um, 500 mm x 300 m, hand roll", 100, "ROL", "690.00", "2026-12-18"),
        ln("PW-17-500-M", "Machine stretch film 17 um, 500 mm x 1500 m", 40, "ROL", "2450.00", "2026-12-18")],
        currency="RUB", issued="2026-11-10", buyer=B_TOM)
    body = ("Добрый день, Томас!\n\nПо заказу 4500031017:\n"
            "1) Плёнка ручная 23 мкм (PW-23-500) - на паллете 48 рулонов, поэтому отгрузим 2 паллеты = 96 рулонов,\n"
            "   цена 690,00 руб./рул. без изменений.\n"
            "2) Плёнка машинная (PW-17-500-M) - 40 рулонов по 2 450,00 руб.\n"
            "Поставка по обеим позициям до 25 декабря.\n\nЕсли 96 рулонов не подходит - сообщите.\n\n"
            "С уважением,\nДмитрий Соколов\nменеджер отдела продаж\nтел. +7 (495) 780-12-34, доб. 215\n"
            "ИНН 7701234567 КПП 770101001\n")
    eml = reply(p, addr("Дмитрий Соколов", "d.sokolov@polipak.example", "koi8-r"), "Wed, 18 Nov 2026 13:02:11 +0300",
                text(body, "koi8-r", "8bit"), prefix="Re: ")
    return K("polipak-pallet-rounding-koi8", "confirmation/ru-RU",
             "KOI8-R 8bit Russian reply: quantity rounded down to whole pallets and a yearless 'до 25 декабря' date for both lines.",
             [p], eml, exp("confirmation", "Line 1: 2 pallets = 96 rolls instead of 100, price same, delivery by 25 December (next one: 2026-12-25). Line 2: 40 rolls at 2 450,00 as ordered but also by 2026-12-25 instead of 2026-12-18 -> changed.",
                           conf(p, {1: C(p, 1, q=96, d="2026-12-25"), 2: C(p, 2, d="2026-12-25")})))


@case
def c018():
    s = sup("BEZPL", "ТОВ Безпека Плюс", "zbut@bezpekaplus.example", "uk-UA")
    p = po("4500031018", s, [
        ln("SK-OIL-50", "Spill kit oil-only, 50 L, in bag", 10, "EA", "68.00", "2026-12-18"),
        ln("SK-UNI-120", "Spill kit universal, 120 L wheeled bin", 4, "EA", "215.00", "2026-12-18")],
        issued="2026-11-12")
    body = ("Добрий день!\n\nДякуємо за замовлення № 4500031018. Для нових клієнтів ми працюємо лише на умовах\n"
            "100% передоплати. Якщо вас це влаштовує, підтвердіть, будь ласка, - і ми надішлемо рахунок-фактуру\n"
            "та підтвердження з термінами відвантаження.\n\nЗ повагою,\nОлена Шевченко\nменеджер з продажу, +380 44 390 12 77\n")
    body += q_gmail(p, "чт, 12 лист. 2026 р. о 09:14 Mara Lindqvist <m.lindqvist@halvorsen-industrial.example> пише:")
    eml = reply(p, addr("Олена Шевченко", "o.shevchenko@bezpekaplus.example", "windows-1251"), "Fri, 13 Nov 2026 15:45:02 +0200",
                text(body, "windows-1251"))
    return K("bezpeka-prepayment-first", "needs_review/uk-UA",
             "Ukrainian reply that makes 100% prepayment a precondition and promises the confirmation only after the buyer agrees.",
             [p], eml, exp("needs_review", "Conditional: the supplier asks the buyer to accept 100% prepayment first and will only then send the confirmation with dates; no line is committed."))
