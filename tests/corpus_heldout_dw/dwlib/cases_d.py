# -*- coding: utf-8 -*-
"""Cases 054-070"""
from .common import (case, po, conf, exp_conf, exp_kind, C, kw, mdate, reply_mail, mail, text, html,
                     html_doc, multi, attach, pdf, xlsx, quote_outlook, quote_gmail, quote_gt, req_text,
                     req_subject, html_quote_outlook, html_quote_gmail, html_escape, dsn, request_mail, Part,
                     next_weekday)


@case("pt-esgotado-descontinuado", "confirmation", "pt-PT",
      "European Portuguese formal reply: size 11 sold out and discontinued (rejected), storage bags at an updated list price.")
def c054():
    p = po("4500031710", "LUVTEC", "Luvas Técnicas, Lda.", "encomendas@luvastecnicas.example", "pt-PT", "EUR",
           "2026-11-09", [
               ("LI-CL1-10", "Insulated gloves class 1, size 10", 12, "PR", "58.00", "2027-01-08"),
               ("LI-CL1-11", "Insulated gloves class 1, size 11", 6, "PR", "58.00", "2027-01-08"),
               ("LI-BOLSA", "Storage bag for insulated gloves", 18, "EA", "7.50", "2027-01-08")])
    body = ("Exma. Sra. Dana Ruiz,\n\nAgradecemos a V. encomenda n.º 4500031710, que confirmamos nos seguintes termos:\n\n"
            "- Linha 1: 12 pares a 58,00 €/par, entrega a 8 de janeiro de 2027;\n"
            "- Linha 2: o tamanho 11 da classe 1 encontra-se esgotado e foi descontinuado pelo fabricante, pelo que "
            "não nos é possível fornecer;\n"
            "- Linha 3: 18 unidades a 7,90 €/un. (atualização de tabela), entrega a 8 de janeiro de 2027.\n\n"
            "Com os melhores cumprimentos,\nRui Almeida\nDepartamento Comercial\nLuvas Técnicas, Lda. | NIF 509 123 456 | "
            "Tel. 22 123 4567\n\n" + quote_outlook(p, labels=("De", "Enviada", "Para", "Assunto"),
                                                    sent="segunda-feira, 9 de novembro de 2026 09:12", sep=""))
    eml = reply_mail(p, ("Rui Almeida", "rui.almeida@luvastecnicas.example"), "RE: " + req_subject(p),
                     mdate("2026-11-12 12:30", 0), "<DB7PR02MB4455.RA@luvastecnicas.example>", text(body, "iso-8859-15"),
                     hcharset="iso-8859-15")
    exp = exp_conf([conf(p, ["A", "R", C(price="7.90")])],
                   "Line 2 sold out and discontinued -> rejected. Line 3 7,90 € (PO 7.50), date as ordered.")
    return [p], eml, exp


@case("cat-new-version-question", "needs_review", "ca-ES",
      "Catalan reply asking whether a new version of the set at a higher price is acceptable before confirming the order.")
def c055():
    p = po("4500031722", "EINGIR", "Eines Girona SL", "comandes@einesgirona.example", "ca-ES", "EUR", "2026-11-10", [
        ("TV-SET-9", "Nut driver set 9 pcs, 5-13 mm", 20, "SET", "34.90", "2026-12-17"),
        ("TV-7MM", "Nut driver 7 mm", 50, "EA", "4.60", "2026-12-17")])
    body = ("Bon dia Dana,\n\nGràcies per la comanda 4500031722. El joc de 9 peces (TV-SET-9) ja no es fabrica; el "
            "substitueix la versió nova TV-SET-9N, amb mànec bimaterial, a 36,50 € el joc. Ens podeu dir si us va bé "
            "aquest canvi? Quan ens ho confirmeu us enviarem la confirmació de tota la comanda amb les dates.\n\n"
            "Salutacions,\nJordi Puig\nEines Girona SL | Carrer de la Indústria 14, Salt | 972 123 456\n\n"
            + quote_gmail(p, "El dt., 10 de nov. 2026 a les 10:12, Dana Ruiz (<dana.ruiz@buyer.example>) va escriure:"))
    eml = reply_mail(p, ("Jordi Puig", "jordi@einesgirona.example"), "Re: " + req_subject(p),
                     mdate("2026-11-11 09:55", 1), "<CAcat-puig-4500031722@mail.gmail.com>", text(body))
    exp = exp_kind("needs_review", "Supplier proposes a substitute item at a new price and asks for agreement; the "
                                   "whole order confirmation is held until then.")
    return [p], eml, exp


@case("gal-vindeiro-mercores", "confirmation", "gl-ES",
      "Galician reply: 'entregámolo o vindeiro mércores' (coming Wednesday) relative to a Friday Date header.")
def c056():
    p = po("4500031734", "FERGAL", "Ferraxes Galicia SL", "pedidos@ferraxesgalicia.example", "gl-ES", "EUR",
           "2026-11-20", [
               ("AF-CAB-320", "Cabin air filter, activated carbon, type 320", 50, "EA", "8.40", "2026-12-04"),
               ("AF-PAN-G4", "Panel filter G4 490x592x48", 30, "EA", "5.80", "2026-12-04")])
    body = ("Bos días Dana,\n\nConfirmámosvos o pedido 4500031734: as dúas liñas coas cantidades e os prezos do pedido. "
            "Como temos todo en stock, entregámolo o vindeiro mércores.\n\nUn saúdo,\nXosé Manuel Castro\n"
            "Ferraxes Galicia SL | Polígono do Tambre, Santiago de Compostela | 981 123 456\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Xosé Manuel Castro", "xmcastro@ferraxesgalicia.example"), "Re: " + req_subject(p),
                     mdate("2026-11-27 10:10", 1), "<a9b8c7d6.fergal@ferraxesgalicia.example>", text(body, "iso-8859-1"),
                     hcharset="iso-8859-1")
    d = next_weekday("2026-11-27", 2)
    exp = exp_conf([conf(p, [C(date=d), C(date=d)])],
                   "Mail is Friday 2026-11-27; 'o vindeiro mércores' = the coming Wednesday %s (before the requested "
                   "12-04 -> changed). Qty/prices as ordered." % d)
    return [p], eml, exp


@case("eus-shipping-notice-other-po", "unrelated", "eu-ES",
      "Basque/Spanish automatic shipping notice with a tracking number for an older PO, not the open one.")
def c057():
    p = po("4500031746", "EUSKAB", "Euskal Kableak SL", "salmentak@euskalkableak.example", "eu-ES", "EUR", "2026-11-12", [
        ("JC-35-4", "Jumper cables 35 mm2, 4 m", 40, "SET", "21.50", "2026-12-14"),
        ("JC-50-5", "Jumper cables 50 mm2, 5 m", 20, "SET", "32.00", "2026-12-14")], buyer=1)
    body = ("Kaixo,\n\nZure 4500029871 eskaeraren bidalketa gaur irten da gure biltegitik.\n"
            "Albarana: 80012345 | Jarraipen-zenbakia: 1Z999AA10123456784\nEntrega aurreikusia: 2026/11/20\n\n"
            "Hola,\n\nEl envío de su pedido 4500029871 ha salido hoy de nuestro almacén.\n"
            "Albarán: 80012345 | Número de seguimiento: 1Z999AA10123456784\nEntrega prevista: 20/11/2026\n\n"
            "Mezu automatikoa da, ez erantzun. / Mensaje automático, no responda.\n"
            "Euskal Kableak SL - Bidalketak / Expediciones\n")
    eml = mail(("Euskal Kableak - Bidalketak", "bidalketak@euskalkableak.example"),
               (p["buyer"]["name"], p["buyer"]["email"]),
               "Bidalketa-oharra / Aviso de expedición 80012345 - Zure eskaera 4500029871",
               mdate("2026-11-18 17:05", 1), "<80012345.ship@euskalkableak.example>", text(body),
               extra=(("Auto-Submitted", "auto-generated"),))
    exp = exp_kind("unrelated", "Shipping notice for PO 4500029871, not for open PO 4500031746.")
    return [p], eml, exp


@case("mt-forwarded-warehouse", "confirmation", "mt-MT",
      "Maltese sales rep top-posts a forwarded internal warehouse thread; the rep's own sentence commits line 3 to 'the 22nd' (the warehouse said 'earliest 22/12').")
def c058():
    p = po("4500031758", "MEDSAF", "Mediterranean Safety Supplies Ltd", "sales@medsafety.example", "mt-MT", "EUR",
           "2026-11-06", [
               ("GG-500-PRO", "Grease gun 500 cc, pistol grip", 15, "EA", "22.40", "2026-12-15"),
               ("GG-FLEX-45", "Flexible extension 45 cm", 30, "EA", "4.10", "2026-12-15"),
               ("GRS-LI-400", "Lithium grease cartridge 400 g", 120, "EA", "3.25", "2026-12-15")])
    body = ("Hi Dana,\n\nSee below from our warehouse - all OK except the cartridges, which we can only deliver on the "
            "22nd (all 120 together). Prices as per your PO.\n\nGrazzi u saħħa,\nJoseph Camilleri\nSales Executive\n"
            "Mediterranean Safety Supplies Ltd | Triq il-Kummerċ, Qormi QRM 3000 | +356 2144 5566 | VAT MT1234-5678\n\n"
            "-----Original Message-----\nFrom: Maria Borg <warehouse@medsafety.example>\nSent: 10 November 2026 08:51\n"
            "To: Joseph Camilleri <joseph.camilleri@medsafety.example>\nSubject: RE: FW: Purchase order 4500031758\n\n"
            "Joe, grease guns 15 and extensions 30 in stock, can go with the van on 15/12. Cartridges only 100 here, "
            "next container lands 21/12 so all 120 earliest 22/12.\nRgds Maria\n\n"
            "-----Original Message-----\nFrom: Joseph Camilleri <joseph.camilleri@medsafety.example>\n"
            "Sent: 09 November 2026 16:20\nTo: Maria Borg <warehouse@medsafety.example>\n"
            "Subject: FW: Purchase order 4500031758 - please confirm\n\nMaria, stock check pls?\n\n"
            + quote_outlook(p, sent="06 November 2026 10:12", sep="-----Original Message-----"))
    eml = reply_mail(p, ("Joseph Camilleri", "joseph.camilleri@medsafety.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 09:20", 1), "<AS8PR07MB7711.JC@medsafety.example>", text(body))
    exp = exp_conf([conf(p, ["A", "A", C(date="2026-12-22")])],
                   "Forwarded internal notes explain; the rep commits: lines 1-2 on 15/12 as ordered, line 3 all 120 on "
                   "the 22nd = 2026-12-22. Prices as PO.")
    return [p], eml, exp


@case("cy-bilingual-ooo", "auto_reply", "cy-GB",
      "Bilingual Welsh/English out-of-office (Welsh first), typical of Welsh organisations.")
def c059():
    p = po("4500031760", "CYFLEN", "Cyflenwadau Diogelwch Cymru Cyf", "archebion@cyflenwadau.example", "cy-GB", "GBP",
           "2026-11-17", [
               ("IG-CL0-8", "Insulated gloves class 0, size 8", 10, "PR", "31.50", "2026-12-18"),
               ("IG-CL0-9", "Insulated gloves class 0, size 9", 10, "PR", "31.50", "2026-12-18")], buyer=1)
    body = ("Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 23 Tachwedd. Byddaf yn ymateb i'ch neges "
            "pan fyddaf yn dychwelyd. Os yw'n fater brys, ffoniwch 029 2012 3456.\n\n"
            "Thank you for your email. I am out of the office until Monday 23 November. I will respond to your message "
            "on my return. If the matter is urgent, please call 029 2012 3456.\n\n"
            "Croesewir gohebiaeth yn Gymraeg ac yn Saesneg. / We welcome correspondence in Welsh and English.\n")
    eml = reply_mail(p, ("Rhys Llewelyn", "rhys.llewelyn@cyflenwadau.example"),
                     "Allan o'r swyddfa / Out of office: " + req_subject(p), mdate("2026-11-17 09:13", 0),
                     "<ooo.rl.20261117@cyflenwadau.example>", text(body, "utf-8"),
                     extra=(("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")))
    exp = exp_kind("auto_reply", "Out-of-office until Monday 23 November, Welsh and English; no content about the PO.")
    return [p], eml, exp


@case("za-afrikaans-factory-shutdown", "confirmation", "af-ZA",
      "Afrikaans reply with R prices in comma decimals; line 3 split 60 + 40, and a factory-shutdown date range that is not a delivery date.")
def c060():
    p = po("4500031772", "VASBND", "Vasbind Toerusting (Edms) Bpk", "bestellings@vasbind.example", "af-ZA", "ZAR",
           "2026-11-05", [
               ("SB-50-9", "Ratchet strap 50 mm x 9 m, 5 t", 60, "EA", "189.00", "2027-01-15"),
               ("SB-35-6", "Ratchet strap 35 mm x 6 m, 2 t", 80, "EA", "119.00", "2027-01-15"),
               ("SB-25-5", "Ratchet strap 25 mm x 5 m", 100, "EA", "64.50", "2027-01-15")], buyer=3)
    body = ("Goeie môre Tom\n\nDankie vir die bestelling 4500031772. Ons bevestig soos volg:\n\n"
            "Item 1: 60 st. @ R189,00 - aflewering 15 Januarie 2027\n"
            "Item 2: 80 st. @ R119,00 - aflewering 15 Januarie 2027\n"
            "Item 3: ons het slegs 60 in voorraad; 60 st. word op 15 Januarie 2027 afgelewer en die oorblywende 40 op "
            "29 Januarie 2027. Prys R64,50.\n\n"
            "Let wel: ons fabriek is gesluit van 18 Desember 2026 tot 6 Januarie 2027.\n\n"
            "Vriendelike groete\nPieter van der Merwe\nVerkope | Vasbind Toerusting (Edms) Bpk | 021 555 0123\n\n"
            + quote_gmail(p, "On Thu, 5 Nov 2026 at 11:12, Tom Okafor <tom.okafor@buyer.example> wrote:"))
    eml = reply_mail(p, ("Pieter van der Merwe", "pieter@vasbind.example"), "Re: " + req_subject(p),
                     mdate("2026-11-09 07:45", 2), "<CAaf-vdm-4500031772@mail.gmail.com>", text(body, "iso-8859-1"),
                     hcharset="iso-8859-1")
    exp = exp_conf([conf(p, ["A", "A", C(date="2027-01-29", sched=[(60, "2027-01-15"), (40, "2027-01-29")])])],
                   "Line 3 split 60 on 2027-01-15 and 40 on 2027-01-29. The factory-shutdown dates are information only.")
    return [p], eml, exp


@case("bd-bengali-digits", "confirmation", "bn-BD",
      "Bengali reply written with Bengali digits (৳১,৮৫০.০০, ২৭/১২/২০২৬); line 2 one week later.")
def c061():
    p = po("4500031784", "DHKPAK", "Dhaka Packaging Solutions Ltd.", "sales@dhakapack.example", "bn-BD", "BDT",
           "2026-11-08", [
               ("PP-STRAP-15", "PP strapping band 15 mm, 10 kg coil", 100, "ROL", "1850.00", "2026-12-20"),
               ("PP-CLIP-15", "Plastic clips for 15 mm strap, box 1000", 20, "BOX", "950.00", "2026-12-20")])
    body = ("প্রিয় ডানা রুইজ,\n\nআপনার ক্রয়াদেশ নং 4500031784 পেয়েছি, ধন্যবাদ। আমরা নিশ্চিত করছি:\n\n"
            "১. পিপি স্ট্র্যাপিং ব্যান্ড ১৫ মিমি – ১০০ রোল, প্রতি রোল ৳১,৮৫০.০০, ডেলিভারি ২০/১২/২০২৬\n"
            "২. প্লাস্টিক ক্লিপ – ২০ বক্স, প্রতি বক্স ৳৯৫০.০০, ডেলিভারি ২৭/১২/২০২৬\n\n"
            "ধন্যবাদান্তে,\nমোঃ রফিকুল ইসলাম\nবিক্রয় বিভাগ, ঢাকা প্যাকেজিং সলিউশনস লিঃ\nমোবাইল: ০১৭১১-২৩৪৫৬৭\n\n"
            + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Md. Rafiqul Islam", "rafiqul@dhakapack.example"), "Re: " + req_subject(p),
                     mdate("2026-11-10 13:05", 6), "<CAbd-rafiq-4500031784@mail.gmail.com>", text(body, "utf-8", "base64"))
    exp = exp_conf([conf(p, ["A", C(date="2026-12-27")])],
                   "Bengali digits: ১০০ = 100, ৳১,৮৫০.০০ = 1850.00, ২০/১২/২০২৬ = 2026-12-20; line 2 ২৭/১২/২০২৬ = 2026-12-27.")
    return [p], eml, exp


@case("pk-qmail-over-quota", "bounce", "ur-PK",
      "Plain-text qmail 'failure notice' (mailbox over quota, #5.2.2) from the supplier's server, no MIME report, original appended.")
def c062():
    p = po("4500031796", "LHRGLV", "Lahore Safety Gloves (Pvt) Ltd", "orders@lahoregloves.example", "ur-PK", "USD",
           "2026-11-11", [
               ("IG-RUB-CL2", "Rubber insulating gloves class 2, size 10", 24, "PR", "41.00", "2027-01-20"),
               ("IG-LTH-PRO", "Leather over-protector gloves, size 10", 24, "PR", "6.80", "2027-01-20")], buyer=2)
    orig = request_mail(p)
    txt = ("Hi. This is the qmail-send program at mail.lahoregloves.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<orders@lahoregloves.example>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
           "--- Below this line is a copy of the message.\n\n").replace("\n", "\r\n").encode("ascii") + orig
    eml = mail(("", "MAILER-DAEMON@mail.lahoregloves.example"), (p["buyer"]["name"], p["buyer"]["email"]),
               "failure notice", mdate("2026-11-11 14:13", 5), "<20261111091204.1842.qmail@mail.lahoregloves.example>",
               Part([], txt), mime=False)
    exp = exp_kind("bounce", "qmail bounce (over quota, permanent error) with our original PO mail appended.")
    return [p], eml, exp


@case("ar-dmarc-reject-dsn", "bounce", "es-AR",
      "DSN with only the original headers (text/rfc822-headers), rejected by the supplier's server for a policy reason; subject keeps our PO number.")
def c063():
    p = po("4500031808", "FERPLA", "Ferretería Industrial del Plata SRL", "ventas@ferreplata.example", "es-AR", "USD",
           "2026-11-12", [
               ("LL-AUTO-RED", "Self-levelling cross-line laser, red", 8, "EA", "74.00", "2026-12-21"),
               ("LL-MAG-BRK", "Magnetic mount for line laser", 8, "EA", "11.50", "2026-12-21")], buyer=0)
    rcpt = p["supplier"]["email"]
    human = ("This is the mail system at host mx2.buyer.example.\n\n"
             "Your message to <%s> could not be delivered.\n"
             "The remote server rejected it:\n\n"
             "    550 5.7.1 Mensaje rechazado por politica anti-spam del dominio ferreplata.example\n"
             "    (in reply to end of DATA command)\n\n"
             "The original message headers are attached.\n") % rcpt
    eml = dsn(p, ("Mail Delivery System", "MAILER-DAEMON@mx2.buyer.example"), mdate("2026-11-12 09:13", 0),
              "<20261112091301.88A1F2C0456@mx2.buyer.example>", human, "mx2.buyer.example", rcpt, "5.7.1",
              "550 5.7.1 Mensaje rechazado por politica anti-spam del dominio ferreplata.example",
              "88A1F2C0456.1794993181/mx2.buyer.example", remote_mta="mail.ferreplata.example", headers_only=True,
              subject="Undelivered Mail Returned to Sender: " + req_subject(p))
    exp = exp_kind("bounce", "Policy rejection DSN (5.7.1) carrying only our original headers.")
    return [p], eml, exp


@case("cl-carta-reajuste-2027", "unrelated", "es-CL",
      "Chilean general price-increase letter (+6,5 % from 1 January 2027) to all customers; mentions orders but answers none.")
def c064():
    p = po("4500031810", "ANDESH", "Comercial Andes Herramientas SpA", "ventas@andesherramientas.example", "es-CL",
           "CLP", "2026-11-12", [
               ("SB-200-N", "Shelf bracket 200 mm, black", 200, "EA", "1290", "2026-12-16"),
               ("SB-300-N", "Shelf bracket 300 mm, black", 150, "EA", "1690", "2026-12-16")])
    msg = ("Estimado cliente:\n\n"
           "Por medio de la presente informamos que, a contar del 1 de enero de 2027, nuestra lista de precios tendrá "
           "un reajuste promedio de 6,5 %, producto del alza en el costo del acero y de los fletes.\n\n"
           "Las órdenes de compra ingresadas hasta el 31 de diciembre de 2026 mantendrán los precios vigentes.\n\n"
           "Agradecemos su comprensión y preferencia.\n\nAtentamente,\nGerencia Comercial\n"
           "Comercial Andes Herramientas SpA | RUT 76.123.456-7 | Av. Américo Vespucio 1500, Santiago\n")
    h = "<p>" + html_escape(msg).replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>"
    body = multi("alternative", [text(msg), html(html_doc(h))], "----=_Part_reajuste_2027_001")
    eml = mail(("Comercial Andes Herramientas", "comunicaciones@andesherramientas.example"),
               ("Clientes Andes Herramientas", "clientes@andesherramientas.example"),
               "Carta de reajuste de precios 2027", mdate("2026-11-16 10:00", -3),
               "<reajuste2027.0001@andesherramientas.example>", body, extra=(("Precedence", "bulk"),))
    exp = exp_kind("unrelated", "Circular about 2027 prices sent to all customers (bcc); does not answer PO 4500031810.")
    return [p], eml, exp


@case("co-size-question", "needs_review", "es-CO",
      "Colombian reply pointing out that the item code and the description disagree (2,5 vs 3,2 mm) and asking which one to ship.")
def c065():
    p = po("4500031822", "DIMANT", "Distribuciones Metalmecánicas de Antioquia SAS", "ventas@dimantioquia.example",
           "es-CO", "COP", "2026-11-10", [
               ("E6013-32", "Welding electrode E6013 2.5 mm", 200, "KG", "14500", "2026-12-18"),
               ("E7018-32", "Welding electrode E7018 3.2 mm", 100, "KG", "18900", "2026-12-18")], buyer=0)
    body = ("Buenas tardes Dana, cordial saludo.\n\n"
            "Revisando la orden 4500031822 vemos que en la línea 1 el código E6013-32 corresponde a electrodo de 1/8\" "
            "(3,2 mm), pero la descripción dice 2,5 mm (3/32\"). ¿Nos confirma cuál de los dos requieren? Apenas nos "
            "responda le enviamos la confirmación de toda la orden con fechas de entrega.\n\n"
            "Quedamos atentos.\n\nCarolina Restrepo\nAsesora Comercial | DIMANT SAS | Medellín | (604) 444 1234 | "
            "NIT 900.123.456-7\n\n" + quote_outlook(p, labels=("De", "Enviado el", "Para", "Asunto"),
                                                     sent="martes, 10 de noviembre de 2026 4:12", sep=""))
    eml = reply_mail(p, ("Carolina Restrepo", "carolina.restrepo@dimantioquia.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 15:40", -5), "<BN0PR10MB5522.CR@dimantioquia.example>", text(body))
    exp = exp_kind("needs_review", "Question about the line 1 size (code vs description) before confirming the whole order.")
    return [p], eml, exp


@case("es-xlsx-confirmacion", "confirmation", "es-ES",
      "Spanish two-line mail with an XLSX (inline strings) holding per-line confirmed qty/price/date: new price, stock break, discontinued line.")
def c066():
    p = po("4500031834", "SILEV", "Suministros Industriales Levante SA", "pedidos@silevante.example", "es-ES", "EUR",
           "2026-11-06", [
               ("CUT-18-PRO", "Box cutter 18 mm, metal, auto-lock", 120, "EA", "3.95", "2026-12-18"),
               ("CUT-25-HD", "Box cutter 25 mm heavy duty", 60, "EA", "6.80", "2026-12-18"),
               ("BLD-18-50", "Blades 18 mm, dispenser of 50", 40, "BOX", "9.20", "2026-12-18"),
               ("BLD-25-50", "Blades 25 mm, dispenser of 50", 20, "BOX", "13.60", "2026-12-18"),
               ("HOL-BELT", "Belt holster for cutter", 30, "EA", "2.10", "2026-12-18")])
    rows = [["Confirmación de pedido", "CP-2026-04417"], ["Cliente", "NORTHGATE INDUSTRIAL SUPPLY"],
            ["Su pedido", "4500031834"], [],
            ["Línea", "Referencia", "Descripción", "Cant. pedida", "Cant. confirmada", "Precio unit. (EUR)",
             "Fecha entrega", "Observaciones"],
            [1, "CUT-18-PRO", "Cúter 18 mm metálico", 120, 120, 3.95, "18/12/2026", ""],
            [2, "CUT-25-HD", "Cúter 25 mm reforzado", 60, 60, 7.15, "18/12/2026", "Nueva tarifa"],
            [3, "BLD-18-50", "Cuchillas 18 mm (50 u.)", 40, 40, 9.2, "08/01/2027", "Rotura de stock"],
            [4, "BLD-25-50", "Cuchillas 25 mm (50 u.)", 20, 0, "", "", "Descatalogado - no se sirve"],
            [5, "HOL-BELT", "Funda de cinturón", 30, 30, 2.1, "18/12/2026", ""]]
    body = multi("mixed", [
        text("Buenos días Dana:\n\nAdjunto confirmación del pedido 4500031834 en Excel. Quedamos a la espera de su "
             "conformidad para el nuevo precio de la línea 2.\n\nUn saludo,\nCarmen López\nAtención al cliente - "
             "Suministros Industriales Levante SA\nTel. 963 123 456\n"),
        attach(xlsx(rows, "Confirmacion"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "CP-2026-04417.xlsx")], "----=_NextPart_001_0A1B_01DD5B00.11223344")
    eml = reply_mail(p, ("Carmen López", "carmen.lopez@silevante.example"), "RE: " + req_subject(p),
                     mdate("2026-11-11 10:30", 1), "<PR1P192MB0077.CL@silevante.example>", body)
    exp = exp_conf([conf(p, ["A", C(price="7.15"), C(date="2027-01-08"), "R", "A"])],
                   "Everything is in the XLSX: line 2 7.15 (new price), line 3 08/01/2027 (day-first), line 4 confirmed "
                   "qty 0, discontinued -> rejected; lines 1 and 5 as ordered (2.1 = 2.10).")
    return [p], eml, exp


@case("ge-georgian-no-year", "confirmation", "ka-GE",
      "Georgian reply with lari (₾) comma decimals and dates without a year ('28 დეკემბერს'); line 2 dearer and a week later.")
def c067():
    p = po("4500031846", "TBTOOL", "Tbilisi Tools LLC", "sales@tbilisitools.example", "ka-GE", "GEL", "2026-11-09", [
        ("KC-64", "Key cabinet 64 hooks", 4, "EA", "185.00", "2026-12-21"),
        ("KC-128", "Key cabinet 128 hooks", 2, "EA", "320.00", "2026-12-21")])
    body = ("გამარჯობა ქალბატონო დანა,\n\nგიდასტურებთ შეკვეთას № 4500031846:\n\n"
            "1. გასაღებების კარადა 64 კაუჭით – 4 ც., ფასი 185,00 ₾, მიწოდება 21 დეკემბერს.\n"
            "2. გასაღებების კარადა 128 კაუჭით – 2 ც., ფასი 335,00 ₾, მიწოდება 28 დეკემბერს.\n\n"
            "პატივისცემით,\nნინო ბერიძე\nგაყიდვების მენეჯერი | თბილისი ტულსი | +995 32 2 12 34 56\n")
    eml = reply_mail(p, ("Nino Beridze", "nino.beridze@tbilisitools.example"), "RE: " + req_subject(p),
                     mdate("2026-11-12 12:12", 4), "<GE1P281MB0011.NB@tbilisitools.example>", text(body, "utf-8", "base64"))
    exp = exp_conf([conf(p, ["A", C(price="335.00", date="2026-12-28")])],
                   "Dates without year after a 2026-11-12 mail -> 2026. Line 2: 335,00 ₾ and 28 December.")
    return [p], eml, exp


@case("kz-exim-no-such-user", "bounce", "kk-KZ",
      "Classic Exim plain-text 'Mail delivery failed: returning message to sender' with the full original (incl. PO table) appended.")
def c068():
    p = po("4500031858", "ASTWLD", "Astana Weld Supply LLP", "zakaz@astanaweld.example", "kk-KZ", "KZT", "2026-11-13", [
        ("E46-3", "Welding electrode E46 3 mm", 300, "KG", "1450.00", "2027-01-19"),
        ("E50A-4", "Welding electrode E50A 4 mm", 150, "KG", "1790.00", "2027-01-19")], buyer=1)
    orig = request_mail(p)
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n"
           "  zakaz@astanaweld.example\n    host mx.astanaweld.example [198.51.100.7]\n"
           "    SMTP error from remote mail server after RCPT TO:<zakaz@astanaweld.example>:\n"
           "    550 No such user here\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n"
           ).replace("\n", "\r\n").encode("ascii") + orig
    eml = mail(("Mail Delivery System", "Mailer-Daemon@mx1.buyer.example"), (p["buyer"]["name"], p["buyer"]["email"]),
               "Mail delivery failed: returning message to sender", mdate("2026-11-13 09:13", 0),
               "<E1vK2pQ-0003xY-7H@mx1.buyer.example>", Part([], txt), mime=False,
               extra=(("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "zakaz@astanaweld.example")))
    exp = exp_kind("bounce", "Exim bounce (550 No such user here), original appended.")
    return [p], eml, exp


@case("am-ticket-autoack", "auto_reply", "hy-AM",
      "Armenian/English helpdesk auto-acknowledgement creating ticket #48211; 'received' but automatic and non-committal.")
def c069():
    p = po("4500031860", "ARMTOOL", "Armtool CJSC", "info@armtool.example", "hy-AM", "AMD", "2026-11-13", [
        ("TL-PIEZO", "Piezo torch lighter, refillable", 300, "EA", "1900", "2026-12-22"),
        ("TL-GAS-300", "Butane refill can 300 ml", 300, "EA", "1100", "2026-12-22")], buyer=3)
    body = ("Հարգելի հաճախորդ,\n\nՁեր հարցումը (#48211) ստացվել է։ Մեր մասնագետը կկապվի Ձեզ հետ 1 աշխատանքային օրվա "
            "ընթացքում։\n\nDear customer,\n\nYour request (#48211) has been received and is being reviewed by our "
            "staff. We will get back to you within 1 business day.\n\nArmtool CJSC | +374 10 123456\n"
            "Խնդրում ենք չպատասխանել այս նամակին։ / Please do not reply to this message.\n")
    eml = reply_mail(p, ("Armtool Support", "support@armtool.example"),
                     "[Armtool] #48211 Request received: " + req_subject(p), mdate("2026-11-13 13:12", 4),
                     "<ticket-48211-ack@armtool.example>", text(body),
                     extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")))
    exp = exp_kind("auto_reply", "Helpdesk ticket auto-acknowledgement; automatic, commits to nothing.")
    return [p], eml, exp


@case("mk-split-question", "needs_review", "mk-MK",
      "Macedonian Cyrillic reply asking whether delivery may be split half December/half January before confirming.")
def c070():
    p = po("4500031872", "ALATSK", "Alati Skopje DOOEL", "prodazba@alatiskopje.example", "mk-MK", "EUR", "2026-11-12", [
        ("ET-19-MIX", "PVC electrical tape 19 mm, mixed colours", 500, "ROL", "0.62", "2026-12-15"),
        ("ET-50-BLK", "PVC electrical tape 50 mm, black", 100, "ROL", "2.40", "2026-12-15")])
    body = ("Почитувана г-ѓо Руиз,\n\nВи благодариме за нарачката бр. 4500031872. Дали може испораката да биде во два "
            "дела – половина во декември, а половина во јануари? Ако ви одговара, ќе ви испратиме потврда со точни "
            "датуми и количини.\n\nСо почит,\nЕлена Стојановска\nПродажба | Алати Скопје ДООЕЛ | +389 2 312 3456\n\n"
            + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Елена Стојановска", "elena@alatiskopje.example"), "RE: " + req_subject(p),
                     mdate("2026-11-13 10:50", 1), "<mk-4500031872-es@alatiskopje.example>", text(body, "utf-8"))
    exp = exp_kind("needs_review", "Supplier proposes a split and asks for agreement; no dates or quantities committed.")
    return [p], eml, exp
