from .common import *


@case("enie-price-increase-letter", "unrelated", "en-IE",
      "Irish chandlery's circular price-increase letter (+6.5 % from 1 Jan 2027) in a new thread; the open rope PO due in January is not answered.")
def _(c):
    p = c.po("4500220090", "ATLMC", "Atlantic Marine Chandlery Ltd", "sales@atlanticchandlery.example", "EUR", "2026-11-24", [
        ("AMC-3S-14", "3-strand polyester rope 14 mm", 220, "M", "2.85", "2027-01-12"),
        ("AMC-DB-10", "Double braid mooring line 10 mm", 100, "M", "3.40", "2027-01-12")])
    txt = ("Dear Valued Customer,\n\nRe: Price adjustment effective 1 January 2027\n\n"
           "Due to continued increases in polymer and freight costs, we regret to inform you that prices on all rope and cordage products "
           "will increase by 6.5% for all orders shipped on or after 1 January 2027. Chandlery hardware prices remain unchanged.\n\n"
           "Orders confirmed by us before 31 December 2026 will be honoured at current prices. An updated price list is available on request.\n\n"
           "We thank you for your continued business.\n\nYours faithfully,\n\nDeclan O'Sullivan\nManaging Director\n"
           "Atlantic Marine Chandlery Ltd | Unit 4, Harbour Business Park, Galway H91 X2Y3 | +353 91 123 456 | VAT IE1234567T\n")
    doc = pdf(["#ATLANTIC MARINE CHANDLERY LTD", "Unit 4, Harbour Business Park, Galway", "", "20 November 2026", "",
               "Dear Valued Customer,", "", "Re: Price adjustment effective 1 January 2027", "",
               "Prices on all rope and cordage products will increase by 6.5% for all orders", "shipped on or after 1 January 2027.",
               "Orders confirmed by us before 31 December 2026 will be honoured at current prices.", "", "Yours faithfully,", "Declan O'Sullivan, Managing Director"], "Price notice 2027")
    c.mail(("Atlantic Marine Chandlery", "sales@atlanticchandlery.example"), "Price adjustment notice - effective 1 January 2027", D(2026, 11, 25, 10, 0, "+0000"),
           Mixed(Alt(T(txt, "utf-8", "7bit"), H(html_page(nl2br(txt)))), Att(doc, "application/pdf", "Price_notice_2027.pdf")), po=None,
           to="Undisclosed recipients:;")
    c.other("unrelated")
    c.notes = "A general circular to all customers (undisclosed recipients, no PO reference). It does not confirm, change or decline PO 4500220090; do not apply the 6.5 %."


@case("esar-voseo-discontinued-alt", "confirmation", "es-AR",
      "Argentine voseo reply: items 1-2 'salen el lunes 21/12' (ship date = requested), item 3 discontinued with a quoted replacement not yet ordered.")
def _(c):
    p = c.po("4500220101", "FIROS", "Ferretería Industrial Rosario S.R.L.", "ventas@firosario.example", "USD", "2026-11-24", [
        ("AB-SF-1222", "Worm drive hose clamp 12-22 mm", 400, "EA", "0.32", "2026-12-21"),
        ("AB-SF-2032", "Worm drive hose clamp 20-32 mm", 400, "EA", "0.36", "2026-12-21"),
        ("AB-TB-5260", "T-bolt clamp 52-60 mm", 100, "EA", "2.10", "2026-12-21")], buyer="tomas")
    txt = ("Hola Tomás, ¿cómo andás?\n\nTe confirmamos la OC 4500220101 con excepción del ítem 3: la abrazadera T-bolt 52-60 está discontinuada "
           "por el fabricante. Si querés te cotizo la 55-63 que es el reemplazo (U$S 2,45 c/u), avisame.\n\n"
           "Ítems 1 y 2 salen el lunes 21/12 tal cual la OC.\n\nAbrazo,\nGustavo Fernández\nFerretería Industrial Rosario S.R.L.\n"
           "CUIT 30-71234567-8 | Tel. (0341) 456-7890 | WhatsApp +54 9 341 555-1234\n")
    intro = "El mar, 24 nov 2026 a las 09:14, Tomas Herrera (<%s>) escribió:" % p["buyer"]["email"]
    c.mail(("Gustavo Fernández", "gustavo@firosario.example"), "Re: " + req_subject(p), D(2026, 11, 25, 17, 35, "-0300"),
           Alt(T(txt + quote_gt(p, intro)), H('<div dir="ltr">' + nl2br(txt) + "</div>" + quote_html(p, intro.replace("<", "&lt;").replace(">", "&gt;")))), po=p)
    c.confirm(ans(p, {1: "A", 2: "A", 3: "R"}))
    c.notes = "Items 1-2 ship Monday 21/12 (only a ship date, = requested) as per the PO. Item 3 discontinued = rejected; the 55-63 replacement is only an offer."


@case("escl-fuera-oficina", "auto_reply", "es-CL",
      "Chilean Gmail vacation responder 'Fuera de la oficina hasta el 30/11' with an alternative sales contact.")
def _(c):
    p = c.po("4500220110", "CORPA", "Cordelería del Pacífico SpA", "ventas@cordeleriapacifico.example", "USD", "2026-11-24", [
        ("CP-NY-18", "Nylon 3-strand rope 18 mm, 100 m coil", 6, "ROL", "148.00", "2027-01-15")], buyer="mara")
    txt = ("Hola,\n\nEstaré fuera de la oficina desde el 23 hasta el lunes 30 de noviembre, con acceso limitado al correo.\n"
           "Para temas urgentes de pedidos por favor contactar a ventas@cordeleriapacifico.example o al +56 32 212 3456.\n\n"
           "Saludos cordiales,\nCamila Soto\n")
    c.mail(("Camila Soto", "camila.soto@cordeleriapacifico.example"), "Fuera de la oficina hasta el 30/11", D(2026, 11, 24, 5, 14, "-0300"),
           Alt(T(txt, "utf-8", "quoted-printable"), H('<div dir="ltr">' + nl2br(txt) + "</div>")), po=p,
           extra=["Auto-Submitted: auto-replied", "Precedence: bulk"])
    c.other("auto_reply")
    c.notes = "Gmail vacation auto-reply; the dates are her absence, not delivery dates."


@case("esco-html-table-ipc", "confirmation", "es-CO",
      "Colombian HTML table reply with COP prices '$ 24.990' (dot thousands, $ sign for pesos); IPC adjustment on line 2.")
def _(c):
    p = c.po("4500220125", "SIAND", "Seguridad Industrial Andina S.A.S.", "pedidos@segandina.example", "COP", "2026-11-24", [
        ("CH-RF-NAR", "Reflective vest orange, mesh, one size", 200, "EA", "14500.00", "2026-12-16"),
        ("CH-RF-VER", "Reflective vest lime, zipper and pockets", 100, "EA", "23800.00", "2026-12-16")])
    rows = [("1", "CH-RF-NAR", "Chaleco reflectivo naranja malla", "200", "$ 14.500", "16/12/2026"),
            ("2", "CH-RF-VER", "Chaleco reflectivo verde limón con cremallera", "100", "$ 24.990", "16/12/2026")]
    table = "<table border=1 cellpadding=4 style='border-collapse:collapse;font-size:10pt'><tr style='background:#1f4e79;color:white'><th>Ítem</th><th>Código</th><th>Descripción</th><th>Cant.</th><th>Vr. unitario</th><th>Fecha entrega</th></tr>" + \
        "".join("<tr>" + "".join("<td>%s</td>" % x for x in r) + "</tr>" for r in rows) + "</table>"
    intro = "<p>Buenos días señora Mara,</p><p>Reciba un cordial saludo. Confirmamos su orden de compra 4500220125 así:</p>"
    outro = ("<p><i>Nota: el valor del ítem 2 se ajusta por IPC según lista de precios vigente. Valores antes de IVA (19%).</i></p>"
             "<p>Cordialmente,</p><p><b>Andrés Felipe Gómez</b><br>Asesor Comercial<br>Seguridad Industrial Andina S.A.S. - NIT 900.123.456-7<br>PBX (601) 745 6789 Ext. 112 | Cel. 310 123 4567</p>")
    plain = ("Buenos días señora Mara,\n\nReciba un cordial saludo. Confirmamos su orden de compra 4500220125 así:\n\n" +
             "\n".join(" | ".join(r) for r in rows) +
             "\n\nNota: el valor del ítem 2 se ajusta por IPC según lista de precios vigente. Valores antes de IVA (19%).\n\nCordialmente,\n\nAndrés Felipe Gómez\nAsesor Comercial\n")
    c.mail(("Andrés Felipe Gómez", "afgomez@segandina.example"), "RE: " + req_subject(p), D(2026, 11, 25, 8, 20, "-0500"),
           Alt(T(plain + quote_outlook(p, "es")), H(html_page(intro + table + outro + quote_outlook_html(p, "es")))), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="24990.00")}))
    c.notes = "'$ 14.500' is 14500 COP (dot = thousands) = PO; line 2 24990 instead of 23800. Both 16/12/2026 = requested."


@case("cacat-dimarts-setmana-53", "confirmation", "ca-ES",
      "Catalan reply: delivery 'dimarts de la setmana 53' (ISO 2026 has 53 weeks) = 2026-12-29 = requested; new tariff on one line.")
def _(c):
    p = c.po("4500220140", "BRIFV", "Brides i Fixacions del Vallès, S.L.", "comandes@bridesvalles.example", "EUR", "2026-11-25", [
        ("BN-25-100", "Cable tie 2.5 x 100 mm natural, 100/bag", 200, "PAC", "0.85", "2026-12-29"),
        ("BN-48-200", "Cable tie 4.8 x 200 mm black UV, 100/bag", 150, "PAC", "2.30", "2026-12-29"),
        ("BN-76-370", "Cable tie 7.6 x 370 mm black UV, 100/bag", 50, "PAC", "6.90", "2026-12-29")], buyer="jonas")
    txt = ("Bon dia Jonas,\n\nUs confirmem la comanda 4500220140:\n\n- BN-25-100: 200 bosses a 0,85 €\n- BN-48-200: 150 bosses a 2,30 €\n"
           "- BN-76-370: 50 bosses a 7,20 € (nova tarifa des de l'1 de desembre)\n\nLliurament de tot: dimarts de la setmana 53.\n\n"
           "Salutacions cordials,\nMontse Puig i Vila\nDepartament comercial\nBrides i Fixacions del Vallès, S.L. - NIF B-65123456 - Tel. 93 712 34 56\n")
    c.mail(("Montse Puig", "montse.puig@bridesvalles.example"), "RE: " + req_subject(p), D(2026, 11, 26, 12, 15, "+0100"),
           T(txt + quote_outlook(p, "es"), "iso-8859-15", "quoted-printable"), po=p, hcharset="iso-8859-15")
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(unit_price="7.20")}))
    c.notes = "ISO year 2026 has 53 weeks; Tuesday of week 53 = 2026-12-29 = requested. Line 3 price 7.20 vs 6.90; lines 1-2 as ordered."


@case("eues-jaso-dugu-receipt", "needs_review", "eu-ES",
      "Basque/Spanish bilingual receipt: order received, dates and prices to be confirmed next week.")
def _(c):
    p = c.po("4500220150", "ZIGIL", "Zigilatze Tresnak S.L.", "salmenta@zigilatze.example", "EUR", "2026-11-25", [
        ("ZT-PIS-310", "Caulking gun 310 ml, skeleton frame", 48, "EA", "4.20", "2026-12-17"),
        ("ZT-PIS-PRO", "Caulking gun 310 ml, professional drip-free", 24, "EA", "11.60", "2026-12-17")])
    txt = ("Kaixo Mara,\n\nZuen eskaera (4500220150) jaso dugu, eskerrik asko. Datak eta prezioak datorren astean baieztatuko dizkizuegu.\n\n"
           "Hemos recibido su pedido, le confirmaremos plazos y precios la semana que viene.\n\nOndo izan / Un saludo,\nMiren Etxeberria\n"
           "Zigilatze Tresnak S.L. | Gasteiz | 945 12 34 56\n")
    c.mail(("Miren Etxeberria", "miren@zigilatze.example"), "RE: " + req_subject(p), D(2026, 11, 26, 13, 2, "+0100"),
           T(txt + quote_outlook(p, "es"), "utf-8", "quoted-printable"), po=p)
    c.other("needs_review")
    c.notes = "Only a receipt: the supplier will confirm dates and prices next week. No commitment."


@case("mtmt-artwork-needed", "needs_review", "mt-MT",
      "Maltese-English reply: cannot confirm the printed ID cards until artwork and staff photos arrive; asks for them.")
def _(c):
    p = c.po("4500220160", "MPIDS", "Malta Print & ID Solutions Ltd", "orders@maltaprintid.example", "EUR", "2026-11-25", [
        ("MP-IDC-PR", "ID card printed with photo, CR80", 150, "EA", "2.40", "2026-12-14"),
        ("MP-CLIP", "Badge clip with strap", 150, "EA", "0.35", "2026-12-14")], buyer="mara")
    txt = ("Hi Mara,\n\nGrazzi for the PO. Before we can confirm the ID cards we need the artwork (logo in vector format, .ai or .eps) "
           "and the staff list with photos - can you send these over? Once we have them I'll confirm the delivery date for the whole order.\n\n"
           "Saħħa,\nClaire Borg\nMalta Print & ID Solutions Ltd | Triq il-Kummerċ, Qormi QRM 3000 | +356 2144 5566 | VAT MT12345678\n")
    c.mail(("Claire Borg", "claire@maltaprintid.example"), "RE: " + req_subject(p), D(2026, 11, 26, 14, 48, "+0100"),
           Alt(T(txt + quote_outlook(p)), H(html_page(nl2br(txt) + quote_outlook_html(p)))), po=p)
    c.other("needs_review")
    c.notes = "A request for artwork before confirming; the delivery date for the whole order is explicitly deferred."


@case("afza-which-option", "needs_review", "af-ZA",
      "Afrikaans reply offering two delivery options (60 now + rest in January, or all on 15 January) and asking which we prefer.")
def _(c):
    p = c.po("4500220166", "KAAPM", "Kaap Motoronderdele (Edms) Bpk", "bestellings@kaapmotor.example", "ZAR", "2026-11-25", [
        ("JL-600A-3", "Jumper leads 600A, 3.5 m", 100, "EA", "189.00", "2026-12-11")], buyer="tomas")
    txt = ("Goeie môre Tomas\n\nDankie vir die bestelling. Ons het net 60 van die 100 kragkabels (jumper leads 600A) op voorraad.\n"
           "Ons kan óf die 60 nou stuur en die res in Januarie, óf alles saam op 15 Januarie. Watter een verkies julle?\n"
           "Laat weet asseblief, dan bevestig ek die bestelling.\n\nGroete\nPieter du Plessis\nKaap Motoronderdele (Edms) Bpk\nTel 021 948 1234 | Sel 082 123 4567\n")
    c.mail(("Pieter du Plessis", "pieter@kaapmotor.example"), "RE: " + req_subject(p), D(2026, 11, 26, 8, 5, "+0200"),
           T(txt + quote_outlook(p), "windows-1252", "quoted-printable"), po=p)
    c.other("needs_review")
    c.notes = "Two alternative schedules are offered and the supplier waits for our choice before confirming; neither is a commitment."


@case("bnbd-bengali-digits", "confirmation", "bn-BD",
      "Bengali reply written with Bengali digits (৫০০ মিটার, ১৪৮ টাকা, ২৭/১২/২০২৬); PP rope dearer and a week later.")
def _(c):
    p = c.po("4500220172", "RAHMM", "Rahman Marine Supply", "sales@rahmanmarine.example", "BDT", "2026-11-25", [
        ("MR-BD-12", "Marine rope nylon 12 mm", 500, "M", "95.00", "2026-12-20"),
        ("MR-BD-20", "Marine rope polypropylene 20 mm", 300, "M", "140.00", "2026-12-20")], buyer="priya")
    txt = ("প্রিয় প্রিয়া ম্যাডাম,\n\nআপনার ক্রয় আদেশ নং 4500220172 পেয়েছি। আমরা নিশ্চিত করছি:\n"
           "১. নাইলন রশি ১২ মিমি – ৫০০ মিটার, প্রতি মিটার ৯৫ টাকা, ডেলিভারি ২০/১২/২০২৬\n"
           "২. পিপি রশি ২০ মিমি – ৩০০ মিটার, প্রতি মিটার ১৪৮ টাকা (কাঁচামালের দাম বৃদ্ধি), ডেলিভারি ২৭/১২/২০২৬\n\n"
           "ধন্যবাদান্তে,\nমোঃ করিম রহমান\nরহমান মেরিন সাপ্লাই, চট্টগ্রাম\nমোবাইল: ০১৭১১-২৩৪৫৬৭\n")
    c.mail(("Md. Karim Rahman", "karim@rahmanmarine.example"), "Re: " + req_subject(p), D(2026, 11, 27, 13, 20, "+0600"),
           Alt(T(txt, "utf-8", "base64"), H(html_page(nl2br(txt), "Vrinda"), "utf-8", "base64")), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="148.00", date="2026-12-27")}))
    c.notes = "Bengali digits: line 1 500 m at 95 on 20/12/2026 = PO; line 2 300 m at 148 (vs 140) on 27/12/2026."


@case("tain-mill-rate-pending", "needs_review", "ta-IN",
      "Tamil reply: rubber prices changing this week, price and delivery date will be confirmed in two days after the mill's rate.")
def _(c):
    p = c.po("4500220190", "SMRUB", "Sri Murugan Rubber Products", "sales@srimuruganrubber.example", "INR", "2026-11-26", [
        ("AH-RB-10", "Rubber air hose 10 mm, 20 bar, 30 m coil", 25, "ROL", "1850.00", "2026-12-19"),
        ("AH-RB-13", "Rubber air hose 13 mm, 20 bar, 30 m coil", 15, "ROL", "2450.00", "2026-12-19")], buyer="priya")
    txt = ("வணக்கம் பிரியா மேடம்,\n\nஉங்கள் PO 4500220190 கிடைத்தது, நன்றி. ரப்பர் விலை இந்த வாரம் மாறுகிறது, "
           "அதனால் மில்லில் இருந்து புதிய விலை வந்ததும் 2 நாட்களில் விலை மற்றும் டெலிவரி தேதியை உறுதி செய்கிறோம்.\n\n"
           "நன்றி,\nசெந்தில் குமார்\nஸ்ரீ முருகன் ரப்பர் புராடக்ட்ஸ், கோயம்புத்தூர்\nமொபைல்: 98430 12345 | GSTIN 33AAAFS1234K1Z9\n")
    c.mail(("Senthil Kumar", "senthil@srimuruganrubber.example"), "Re: " + req_subject(p), D(2026, 11, 27, 11, 45, "+0530"),
           T(txt + quote_gt(p), "utf-8", "base64"), po=p)
    c.other("needs_review")
    c.notes = "Price and delivery date will follow in two days once the mill sends its rate; nothing committed."


@case("urpk-lakh-totals-ship", "confirmation", "ur-PK",
      "Urdu RTL reply with lakh-grouped totals (1,36,000) and a shipment date from Karachi; silicone gloves at a higher unit price.")
def _(c):
    p = c.po("4500220205", "KSAFE", "Karachi Safety Traders", "sales@karachisafety.example", "PKR", "2026-11-25", [
        ("GL-PK-OVEN", "Oven glove, quilted cotton, 33 cm", 500, "PR", "250.00", "2026-12-22"),
        ("GL-PK-SIL", "Oven glove, silicone palm, 38 cm", 200, "PR", "650.00", "2026-12-22")], buyer="tomas")
    txt = ("محترم ٹوماس صاحب،\n\nآپ کا پرچیز آرڈر نمبر 4500220205 موصول ہوا، شکریہ۔ ہم تصدیق کرتے ہیں:\n"
           "1۔ کاٹن اوون گلوز: 500 جوڑے، فی جوڑا 250 روپے، کل رقم 1,25,000 روپے\n"
           "2۔ سلیکون اوون گلوز: 200 جوڑے، فی جوڑا 680 روپے، کل رقم 1,36,000 روپے\n"
           "شپمنٹ: 22 دسمبر 2026 کو کراچی سے روانہ ہوگی۔\n\nوالسلام،\nمحمد عمران\nکراچی سیفٹی ٹریڈرز\nفون: 021-3456 7890 | NTN 1234567-8\n")
    html = '<html><body dir="rtl"><div style="font-family:\'Jameel Noori Nastaleeq\',Tahoma">%s</div></body></html>' % nl2br(txt)
    c.mail(("Muhammad Imran", "imran@karachisafety.example"), "RE: " + req_subject(p), D(2026, 11, 27, 15, 0, "+0500"),
           Alt(T(txt, "utf-8", "base64"), H(html, "utf-8", "quoted-printable")), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="680.00")}))
    c.notes = "Only a ship date (22 Dec 2026 = requested). Line 1 as ordered (1,25,000 = 500 x 250, lakh grouping); line 2 680 per pair vs 650."


@case("kkkz-answers-second-po-only", "confirmation", "kk-KZ",
      "Kazakh reply in a new thread naming only the second of two open POs and deferring the first; the first must be left out.")
def _(c):
    a = c.po("4500220215", "KZKAB", "TOO Kazkabel Service", "sales@kazkabel.example", "KZT", "2026-11-25", [
        ("IK-KZ-SET", "Hex key set 9 pcs, 1.5-10 mm", 50, "SET", "3900.00", "2026-12-18")])
    b = c.po("4500220216", "KZKAB", "TOO Kazkabel Service", "sales@kazkabel.example", "KZT", "2026-11-25", [
        ("PN-KZ-18", "Utility knife 18 mm with auto-lock", 120, "EA", "1450.00", "2026-12-18"),
        ("PN-KZ-BL", "Blades 18 mm, 10 pcs", 80, "PAC", "890.00", "2026-12-18")])
    txt = ("Сәлеметсіз бе, Мара ханым!\n\n№ 4500220216 тапсырысыңызды растаймыз:\n"
           "1. Пышақ 18 мм – 120 дана, бағасы 1 450 теңге, жеткізу 18.12.2026\n"
           "2. Жүздер 18 мм – 80 қаптама, бағасы 890 теңге, жеткізу 25.12.2026\n\n"
           "№ 4500220215 тапсырыс (алты қырлы кілттер) бойынша жауапты келесі аптада береміз.\n\n"
           "Құрметпен,\nАйгүл Нұрланова\nсату менеджері, ТОО «Казкабель Сервис»\nтел. +7 727 312 45 67\n")
    c.mail(("Айгүл Нұрланова", "aigul@kazkabel.example"), "Тапсырыс № 4500220216 растау", D(2026, 11, 27, 10, 10, "+0500"),
           T(txt, "utf-8", "base64"), po=None)
    c.confirm(ans(b, {1: "A", 2: dict(date="2026-12-25")}))
    c.notes = "Only PO 4500220216 is answered: line 1 as ordered, line 2 delivery 25.12.2026. PO 4500220215 is only mentioned ('answer next week') and is left out."


@case("kage-georgian-ooo", "auto_reply", "ka-GE",
      "Georgian out-of-office with an English version below, dated return and a colleague's phone number.")
def _(c):
    p = c.po("4500220225", "TBINS", "Tbilisi Instrument LLC", "sales@tbilisi-instrument.example", "USD", "2026-11-26", [
        ("LW-GE-M10", "Lock washer M10, spring steel, zinc", 2000, "EA", "0.04", "2026-12-21")])
    txt = ("გამარჯობა,\n\nგმადლობთ წერილისთვის. 4 დეკემბრამდე შვებულებაში ვიმყოფები და ელფოსტაზე წვდომა შეზღუდული მაქვს.\n"
           "სასწრაფო საკითხებზე დაუკავშირდით ჩემს კოლეგას, ნინო ბერიძეს: +995 32 2 12 34 56.\n\n"
           "Hello,\nThank you for your e-mail. I am on leave until 4 December with limited access to e-mail.\n"
           "For urgent matters please contact my colleague Nino Beridze: +995 32 2 12 34 56.\n\nგიორგი კაპანაძე / Giorgi Kapanadze\n")
    c.mail(("Giorgi Kapanadze", "g.kapanadze@tbilisi-instrument.example"), "Automatic reply: " + req_subject(p), D(2026, 11, 26, 12, 14, "+0400"),
           T(txt, "utf-8", "base64"), po=p, extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    c.other("auto_reply")
    c.notes = "Bilingual out-of-office notice; no commitment about the order."


@case("hyam-qmail-failure-notice", "bounce", "hy-AM",
      "qmail 'failure notice' (plain text, not multipart/report): host not found, copy of our PO mail below the line.")
def _(c):
    p = c.po("4500220233", "ARHWR", "Ararat Hardware CJSC", "sales@ararathardware.example", "USD", "2026-11-26", [
        ("PC-AM-25", "Pipe clamp with rubber, 25 mm", 400, "EA", "0.48", "2026-12-21"),
        ("PC-AM-40", "Pipe clamp with rubber, 40 mm", 300, "EA", "0.62", "2026-12-21")], buyer="jonas")
    rcpt = p["supplier"]["email"]
    txt = ("Hi. This is the qmail-send program at mail.kestrel-supply.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\nSorry, I couldn't find any host named ararathardware.example. (#5.1.2)\n\n"
           "--- Below this line is a copy of the message.\n\nReturn-Path: <%s>\nReceived: (qmail 28817 invoked by uid 1002); 26 Nov 2026 08:14:21 -0000\n"
           "From: %s <%s>\nTo: %s\nSubject: %s\nDate: Thu, 26 Nov 2026 09:14:20 +0100\nMessage-ID: %s\n\n%s"
           % (rcpt, p["buyer"]["email"], p["buyer"]["name"], p["buyer"]["email"], rcpt, req_subject(p), p["request_message_id"], req_text(p)))
    c.mail(("", "MAILER-DAEMON@mail.kestrel-supply.example"), "failure notice", D(2026, 11, 26, 8, 15, "+0000"),
           Part("text/plain", (txt.replace("\n", "\r\n")).encode()), po=None, mime=False)
    c.other("bounce")
    c.notes = "qmail bounce: the supplier's domain does not resolve, our request was not delivered."


@case("mkmk-sendmail-spam-reject", "bounce", "mk-MK",
      "Sendmail 'Returned mail: see transcript for details': rejected as spam (550 5.7.1) by the supplier's filter, with the SMTP transcript.")
def _(c):
    p = c.po("4500220244", "SKMKB", "Skopje Kabel DOOEL", "nabavki@skopjekabel.example", "EUR", "2026-11-26", [
        ("JC-MK-400", "Jumper cable 400A, 3 m", 30, "EA", "11.80", "2026-12-16"),
        ("JC-MK-800", "Jumper cable 800A, 4.5 m", 15, "EA", "22.40", "2026-12-16")], buyer="tomas")
    rcpt = p["supplier"]["email"]
    txt = ("The original message was received at Thu, 26 Nov 2026 09:14:21 +0100\nfrom mail.kestrel-supply.example [203.0.113.25]\n\n"
           "   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: 550 5.7.1 Message rejected as spam by Content Filtering)\n\n"
           "   ----- Transcript of session follows -----\n... while talking to mx.skopjekabel.example.:\n>>> DATA\n<<< 550 5.7.1 Message rejected as spam by Content Filtering\n"
           "554 5.0.0 Service unavailable\n" % rcpt)
    dsn = ("Reporting-MTA: dns; relay2.kestrel-supply.example\nReceived-From-MTA: DNS; mail.kestrel-supply.example\nArrival-Date: Thu, 26 Nov 2026 09:14:21 +0100\n\n"
           "Final-Recipient: RFC822; %s\nAction: failed\nStatus: 5.7.1\nRemote-MTA: DNS; mx.skopjekabel.example\nDiagnostic-Code: SMTP; 550 5.7.1 Message rejected as spam by Content Filtering\n"
           "Last-Attempt-Date: Thu, 26 Nov 2026 09:14:24 +0100\n" % rcpt)
    orig = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: Thu, 26 Nov 2026 09:14:20 +0100\nMessage-ID: %s\n"
            % (p["buyer"]["name"], p["buyer"]["email"], rcpt, req_subject(p), p["request_message_id"]))
    enc = lambda s: s.replace("\n", "\r\n").encode()
    rep = Part("multipart/report", params={"report-type": "delivery-status"}, parts=[
        Part("text/plain", enc(txt), {"charset": "us-ascii"}), Part("message/delivery-status", enc(dsn)), Part("text/rfc822-headers", enc(orig))])
    c.mail(("Mail Delivery Subsystem", "MAILER-DAEMON@relay2.kestrel-supply.example"), "Returned mail: see transcript for details",
           D(2026, 11, 26, 9, 15, "+0100"), rep, po=None, extra=["Auto-Submitted: auto-generated (failure)"])
    c.other("bounce")
    c.notes = "Sendmail DSN: our request was rejected as spam by the supplier's server (5.7.1); never reached a person."


@case("sqal-shipping-notice-other-po", "unrelated", "sq-AL",
      "Albanian shipping notice (CMR, truck plate, ETA) for an older order 4500217744, not the open towel PO.")
def _(c):
    p = c.po("4500220240", "TEKDU", "Tekstil Durrësi sh.p.k.", "shitje@tekstildurresi.example", "EUR", "2026-11-26", [
        ("TD-KT-4070", "Kitchen towel cotton waffle 40 x 70 cm", 600, "EA", "0.92", "2027-01-11"),
        ("TD-KT-5070", "Kitchen towel linen blend 50 x 70 cm", 300, "EA", "1.45", "2027-01-11")], buyer="priya")
    txt = ("Përshëndetje,\n\nJu njoftojmë se malli për porosinë tuaj nr. 4500217744 u nis sot me kamion.\n\n"
           "Nr. CMR: 0045821\nTarga e kamionit: DR 4521 AB\nPaleta: 4 (gjithsej 1 200 copë peshqirë kuzhine)\nMbërritja e parashikuar: 02.12.2026\n\n"
           "Fatura nr. 2026/1187 do t'ju dërgohet veçmas.\n\nMe respekt,\nErvin Hoxha\nLogjistika\nTekstil Durrësi sh.p.k. | NIPT L12345678A | +355 52 123 456\n")
    c.mail(("Ervin Hoxha", "logjistika@tekstildurresi.example"), "Njoftim dërgese - porosia 4500217744", D(2026, 11, 27, 16, 30, "+0100"),
           T(txt, "utf-8", "quoted-printable"), po=None)
    c.other("unrelated")
    c.notes = "Dispatch notice for a different order (4500217744, already shipped); the open PO 4500220240 is not mentioned."


@case("azaz-4-hefte-sonra", "confirmation", "az-AZ",
      "Azerbaijani reply: PU hose out of stock, delivery '4 həftə sonra' from the mail date (2026-12-28); other lines as ordered.")
def _(c):
    p = c.po("4500220260", "BHSLA", "Bakı Hava Şlanqları MMC", "satis@bakishlang.example", "AZN", "2026-11-26", [
        ("HS-AZ-PVC10", "Air hose PVC reinforced 10 mm, 50 m", 10, "ROL", "68.00", "2026-12-21"),
        ("HS-AZ-PU8", "Air hose PU 8 mm, 100 m", 6, "ROL", "95.00", "2026-12-21"),
        ("HS-AZ-QC", "Quick coupler set 1/4 in", 30, "SET", "7.50", "2026-12-21")])
    txt = ("Hörmətli Mara xanım,\n\n4500220260 saylı sifarişinizi təsdiq edirik:\n\n"
           "1) PVC şlanq 10 mm, 50 m - 10 rulon, qiymət 68,00 AZN, çatdırılma 21.12.2026\n"
           "2) PU şlanq 8 mm, 100 m - 6 rulon, qiymət 95,00 AZN, anbarda olmadığı üçün çatdırılma bu gündən 4 həftə sonra\n"
           "3) Sürətli birləşdirici dəsti - 30 dəst, 7,50 AZN, çatdırılma 21.12.2026\n\n"
           "Hörmətlə,\nElvin Məmmədov\nSatış şöbəsi\nBakı Hava Şlanqları MMC | VÖEN 1234567891 | +994 12 345 67 89\n")
    c.mail(("Elvin Məmmədov", "elvin@bakishlang.example"), "RE: " + req_subject(p), D(2026, 11, 30, 10, 0, "+0400"),
           Alt(T(txt + quote_outlook(p)), H(html_page(nl2br(txt)))), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(date="2026-12-28"), 3: "A"}))
    c.notes = "Line 2: 4 weeks from the mail date Monday 2026-11-30 = 2026-12-28. Lines 1 and 3 on 21.12.2026 as ordered."
