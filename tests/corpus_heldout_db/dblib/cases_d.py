# -*- coding: utf-8 -*-
"""Cases 055-070."""
from .common import *  # noqa


# 055 ---------------------------------------------------------------------------
@case("cork-chanters-other-po-separate", "confirmation", "en-IE",
      "Irish reply: 'all good bar line 2' with a new reed price €4.20; a second open PO is only mentioned ('I'll answer that one separately') and must be left out.")
def c055():
    S = sup("CORKPI", "Lee Valley Pipe Supplies Ltd", "orders@leevalleypipes.example", "en-IE")
    P1 = po("4500081549", S, "tom", "EUR", "2026-11-17", [
        ("BC-SMALL-A", "Scottish smallpipe chanter, key of A", 10, "EA", "145.00", "2027-01-29")])
    P2 = po("4500081764", S, "tom", "EUR", "2026-11-26", [
        ("BC-HL-POLY", "Highland bagpipe chanter, polypenco", 30, "EA", "52.00", "2026-12-18"),
        ("BC-REED-CANE", "Chanter reed, cane, medium strength", 120, "EA", "3.95", "2026-12-18"),
        ("BC-BAG-COVER", "Practice chanter bag, tartan", 30, "EA", "8.50", "2026-12-18")])
    body = """Hi Tom,

All good on 4500081764 bar line 2 - the cane reeds are now €4.20 each (was €3.95), cane costs went through the roof this year. Quantities and delivery as you asked, 18th December.

PS your other order 4500081549 (the smallpipe chanters) is with the workshop, I'll answer that one in a separate mail.

Sláinte,
Declan O'Sullivan
Lee Valley Pipe Supplies Ltd | Unit 7, Kilbarry Enterprise Centre, Cork T23 X2K8
+353 21 430 7712 | CRO 512334 | VAT IE 9771254K

""" + q_outlook(P2)
    raw = mail(("Declan O'Sullivan", S["email"]), (P2["buyer"]["name"], P2["buyer"]["email"]),
               "RE: " + req_subject(P2), "2026-11-27 16:45", text(body, "windows-1252"), P2, zone="+0000",
               hcharset="windows-1252")
    exp = expected("confirmation",
                   "PO 4500081764: lines 1 and 3 as ordered, line 2 price 4.20 instead of 3.95 (quantity, date 18 Dec as "
                   "ordered) -> changed. PO 4500081549 is only mentioned ('I'll answer that one separately'), so it is left out.",
                   answer(P2, l1=A(), l2=C(p="4.20"), l3=A()))
    return [P1, P2], raw, exp


# 056 ---------------------------------------------------------------------------
@case("seliau-welsh-dydd-llun", "confirmation", "cy-GB",
      "Welsh-language reply with bilingual signature: line 1 delivered 'dydd Llun 14 Rhagfyr' (later), line 2 on '10 Rhagfyr' as ordered.")
def c056():
    S = sup("SELIAU", "Seliau Cwyr Eryri Cyf", "archebion@seliaucwyr.example", "cy-GB")
    P = po("4500081770", S, "mira", "GBP", "2026-11-26", [
        ("WS-KIT-GIFT", "Wax seal gift kit: stamp, 2 sticks, spoon", 80, "SET", "9.60", "2026-12-10"),
        ("WS-STK-BRG", "Wax seal stick, burgundy", 500, "EA", "0.85", "2026-12-10")])
    body = """Annwyl Mira,

Diolch am eich archeb 4500081770.

Llinell 1 (pecyn rhodd): 80 set ar £9.60 - byddwn yn danfon ddydd Llun 14 Rhagfyr, gan fod y llwyau pres yn hwyr yn cyrraedd.
Llinell 2 (ffyn cwyr bwrgwyn): 500 ar £0.85 y darn, danfon 10 Rhagfyr fel y gofynnwyd.

Cofion cynnes / Kind regards,
Elin Prys
Seliau Cwyr Eryri Cyf / Snowdonia Wax Seals Ltd
Stad Ddiwydiannol Cibyn, Caernarfon LL55 2BD
Ffôn / Tel: 01286 675 310 | Rhif Cwmni / Company No. 09871234

""" + q_gt(P, intro="Ar Iau, 26 Tach 2026 am 10:02, ysgrifennodd {n} <{e}>:")
    raw = mail(("Elin Prys", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Ateb: " + req_subject(P), "2026-11-27 11:15", text(body, "utf-8"), P, zone="+0000")
    exp = expected("confirmation",
                   "Line 1: 80 sets at 9.60, delivery Monday 14 December (no year -> 2026-12-14) instead of 2026-12-10 -> "
                   "changed. Line 2: 500 at 0.85 on 10 December = as ordered.",
                   answer(P, l1=C(d="2026-12-14"), l2=A()))
    return [P], raw, exp


# 057 ---------------------------------------------------------------------------
@case("bizkaia-tamper-lots-proposal", "needs_review", "eu-ES",
      "Basque + Spanish mail proposing a two-lot delivery and asking 'ados bazaude' (if you agree) before sending the confirmation: a proposal, not a commitment.")
def c057():
    S = sup("BIZKTA", "Bizkaia Barista Tresnak S.L.", "salmenta@bizkaiabarista.example", "eu-ES")
    P = po("4500081781", S, "ana", "EUR", "2026-11-26", [
        ("TMP-58-FLAT", "Espresso tamper 58 mm, flat base, beech handle", 250, "EA", "12.60", "2026-12-18")])
    body = """Kaixo Ana,

Eskerrik asko 4500081781 eskaeragatik.

Ezin ditugu 250 unitateak abenduaren 18rako prestatu. Bi lotetan bidaltzea proposatzen dizugu: 100 unitate abenduaren 18an eta gainerako 150ak urtarrilaren 22an, prezio berean. Ados bazaude, eskaera-berrespena bidaliko dizugu.

---
Hola Ana: no podemos tener las 250 unidades para el 18 de diciembre. Te proponemos dos envíos: 100 uds. el 18/12 y las 150 restantes el 22/01, al mismo precio. Si estás de acuerdo, te enviamos la confirmación del pedido.

Agur bero bat / Un saludo,
Itziar Etxeberria
Bizkaia Barista Tresnak S.L. | Errekalde kalea 14, 48970 Basauri
Tel. 944 26 71 80 | IFZ/CIF B95123456
"""
    raw = mail(("Itziar Etxeberria", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-27 13:05", text(body, "iso-8859-1"), P, hcharset="iso-8859-1")
    exp = expected("needs_review", "The split delivery is a proposal; the supplier will send its confirmation only if the "
                                   "buyer agrees. Nothing is committed yet.")
    return [P], raw, exp


# 058 ---------------------------------------------------------------------------
@case("taga-kz-kazakh-ship-date", "confirmation", "kk-KZ",
      "Kazakh reply (Cyrillic) with a Russian P.S.; price '1 кг үшін 7,10 EUR' equals the per-KG PO price; only a shipment date 22.12.2026 (later) given for both lines.")
def c058():
    S = sup("TAGAKZ", "TOO Taga-Steppe", "sales@taga-steppe.example", "kk-KZ")
    P = po("4500081775", S, "jonas", "EUR", "2026-11-26", [
        ("HN-BULK-E5", "Horseshoe nails E5, bulk", 500, "KG", "7.10", "2026-12-18"),
        ("HN-E4-250", "Horseshoe nails E4, box of 250", 50, "BOX", "9.80", "2026-12-18")])
    body = """Сәлеметсіз бе, Йонас мырза!

4500081775 нөмірлі тапсырысыңыз үшін рахмет. Тапсырысты растаймыз:

1. Тағаға арналған шегелер E5, салмақпен - 500 кг, 1 кг үшін 7,10 EUR.
2. Тағаға арналған шегелер E4, 250 дана қорапта - 50 қорап, 9,80 EUR.

Екі позицияның да жөнелту күні - 22.12.2026.

P.S. Отгрузка со склада в Караганде 22.12.2026, документы (CMR, сертификат происхождения) вышлем в день отгрузки.

Құрметпен,
Айгерім Сейітқали
ТОО «Taga-Steppe», Қарағанды қ., Октябрь ауданы, Өнеркәсіп к-сі 7
тел. +7 7212 41 22 80 | БСН 120440012345
"""
    raw = mail(("Айгерім Сейітқали", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-27 15:20", text(body, "utf-8", "base64"), P, zone="+0500")
    exp = expected("confirmation",
                   "Quantities and prices as ordered (7,10 EUR per kg = PO price per KG). Only a shipment date is given "
                   "(жөнелту / отгрузка 22.12.2026), so it is the line date; later than 2026-12-18 -> both lines changed.",
                   answer(P, C(d="2026-12-22")))
    return [P], raw, exp


# 059 ---------------------------------------------------------------------------
@case("exim-mailbox-disabled", "bounce", "en-CA",
      "Classic Exim 'Mail delivery failed: returning message to sender' as a single text/plain part (no multipart/report) with the full original inline.")
def c059():
    S = sup("MAPLEW", "Maplewood Hose & Reel Ltd", "orders@maplewoodreels.example", "en-CA")
    P = po("4500081796", S, "dana", "CAD", "2026-11-27", [
        ("HR-IND-100", "Industrial hose reel, spring-driven, 100 ft", 15, "EA", "189.00", "2027-01-15")])
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@maplewoodreels.example
    host mx.maplewoodreels.example [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<orders@maplewoodreels.example>:
    550 5.2.1 <orders@maplewoodreels.example>: Mailbox disabled, not accepting messages

------ This is a copy of the message, including all the headers. ------

""" + request_mail(P).decode("ascii")
    raw = mail(("Mail Delivery System", "Mailer-Daemon@relay.larkfield.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "Mail delivery failed: returning message to sender", "2026-11-27 10:02:31", text(body, "us-ascii", "7bit"),
               None, msgid="<E1vQx7K-0003Lp-2B@relay.larkfield.example>",
               extra=[("X-Failed-Recipients", "orders@maplewoodreels.example"), ("Auto-Submitted", "auto-replied")])
    exp = expected("bounce", "Exim bounce without DSN structure; the copy of our request (with the PO table) is inline. "
                             "Undeliverable -> bounce.")
    return [P], raw, exp


# 060 ---------------------------------------------------------------------------
@case("azeitona-ausencia-pt", "auto_reply", "pt-PT",
      "European Portuguese out-of-office ('Estarei ausente até 30 de novembro') with Auto-Submitted and an HTML part; mentions the PO subject.")
def c060():
    S = sup("REDEAZ", "Redes Azeitona Alentejo, Lda.", "encomendas@redesazeitona.example", "pt-PT")
    P = po("4500081803", S, "ana", "EUR", "2026-11-27", [
        ("ON-6X10-90", "Olive harvest net 6 x 10 m, 90 g/m2", 300, "EA", "16.40", "2026-12-16"),
        ("ON-8X12-90", "Olive harvest net 8 x 12 m, 90 g/m2", 150, "EA", "25.80", "2026-12-16")])
    t = """Bom dia,

Obrigado pela sua mensagem. Estarei ausente até 30 de novembro, com acesso limitado ao correio eletrónico.
A sua mensagem será tratada após o meu regresso. Para assuntos urgentes, contacte a nossa linha geral +351 266 700 412.

Com os melhores cumprimentos,
Rui Carvalho
Redes Azeitona Alentejo, Lda. – Évora
"""
    raw = mail(("Rui Carvalho", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Resposta automática: " + req_subject(P), "2026-11-27 09:03",
               alt(text(t), html(html_wrap(html_from_text(t), "pt"))), P, zone="+0000",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Out-of-office auto-reply; '30 de novembro' is the return date.")
    return [P], raw, exp


# 061 ---------------------------------------------------------------------------
@case("dhaka-zip-bengali-digits", "confirmation", "bn-BD",
      "Bengali reply writing quantities and dates with Bengali digits (৫,০০০ / ১০ জানুয়ারি ২০২৭); one line later than requested.")
def c061():
    S = sup("DHKZIP", "Dhaka Zipper & Accessories Ltd", "merchandising@dhakazipper.example", "bn-BD")
    P = po("4500081811", S, "tom", "USD", "2026-11-27", [
        ("TZ-5-VIS-2W", "Tent zip #5 Vislon, 2-way, 150 cm", 5000, "PC", "0.64", "2026-12-20"),
        ("TZ-3-COIL-WP", "Tent zip #3 coil, water-repellent, 70 cm", 8000, "PC", "0.29", "2026-12-20")])
    body = """প্রিয় Tom,

আপনার অর্ডার নম্বর 4500081811 এর জন্য ধন্যবাদ। আমরা নিম্নরূপ নিশ্চিত করছি:

১. TZ-5-VIS-2W (#৫ ভিসলন, ১৫০ সেমি): ৫,০০০ পিস, দাম USD 0.64, ডেলিভারি ২০ ডিসেম্বর ২০২৬।
২. TZ-3-COIL-WP (#৩ কয়েল, ৭০ সেমি): ৮,০০০ পিস, দাম USD 0.29, ডেলিভারি ১০ জানুয়ারি ২০২৭ (ওয়াটার-রিপেলেন্ট টেপ আমদানিতে দেরি)।

ধন্যবাদান্তে,
মোঃ রাকিবুল হাসান
Merchandiser, Dhaka Zipper & Accessories Ltd
Plot 22, Sector 7, Uttara EPZ, Nilphamari | +880 1711 548 203
"""
    raw = mail(("Md. Rakibul Hasan", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-30 12:40", text(body, "utf-8", "base64"), P, zone="+0600")
    exp = expected("confirmation",
                   "Bengali digits: line 1 5,000 pcs at 0.64, 20 December 2026 = as ordered. Line 2 8,000 pcs at 0.29 "
                   "but delivery 10 January 2027 -> changed.",
                   answer(P, l1=A(), l2=C(d="2027-01-10")))
    return [P], raw, exp


# 062 ---------------------------------------------------------------------------
@case("ceylon-netting-exfactory-vs-delivery", "confirmation", "en-LK",
      "Sri Lankan formal confirmation giving both an ex-factory date 22.12.2026 and a DAP Bremen delivery date 29.01.2027; the delivery date wins and equals the request.")
def c062():
    S = sup("CEYNET", "Ceylon Netting (Pvt) Ltd", "exports@ceylonnetting.example", "en-LK")
    P = po("4500081820", S, "ana", "EUR", "2026-11-27", [
        ("ON-RL-6X50", "Olive net roll 6 x 50 m, 60 g/m2, green", 40, "ROL", "96.00", "2027-01-29"),
        ("ON-RL-4X100B", "Olive net roll 4 x 100 m, 90 g/m2, black", 25, "ROL", "162.00", "2027-01-29")])
    body = """Dear Sir/Madam,

RE: YOUR PURCHASE ORDER NO. 4500081820

We are pleased to confirm the above order as follows:

Item 1 - Olive net roll 6 x 50 m, 60 gsm, green - 40 rolls @ EUR 96.00/roll
Item 2 - Olive net roll 4 x 100 m, 90 gsm, black - 25 rolls @ EUR 162.00/roll

Ex-factory (Katunayake): 22.12.2026
Delivery DAP Bremen: 29.01.2027

Thanking you,
Yours faithfully,
for CEYLON NETTING (PVT) LTD

S. Wickramasinghe
Manager - Exports
No. 118, Negombo Road, Katunayake, Sri Lanka | Tel +94 11 225 3470 | Reg. No. PV 4512
"""
    raw = mail(("S. Wickramasinghe", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-30 10:25", text(body, "us-ascii", "7bit"), P, zone="+0530")
    exp = expected("confirmation",
                   "Both lines as ordered: quantities and prices equal the PO, and the delivery date (DAP Bremen 29.01.2027) "
                   "wins over the ex-factory date; it equals the requested 2027-01-29 -> accepted.",
                   answer(P, A()))
    return [P], raw, exp


# 063 ---------------------------------------------------------------------------
@case("beolab-javimo-do-petka", "needs_review", "sr-RS",
      "Serbian (Latin) human reply: order received, 'javićemo se do petka' with delivery dates - no commitment yet; prices mentioned only as 'prema ponudi'.")
def c063():
    S = sup("BEOLAB", "Beolab Oprema d.o.o.", "prodaja@beolab.example", "sr-RS")
    P = po("4500081828", S, "dana", "EUR", "2026-11-23", [
        ("PT-1000-BULK", "Pipette tips 1000 ul, bulk bag of 1000", 40, "BOX", "11.20", "2026-12-21"),
        ("MP-8CH-300", "Multichannel pipette 8-ch, 30-300 ul", 4, "EA", "489.00", "2026-12-21")])
    body = """Poštovana gospođo Ruiz,

primili smo Vašu porudžbenicu 4500081828, hvala. Cene su prema našoj ponudi br. 311/26.
Proveravamo rokove isporuke sa proizvođačem i javićemo Vam se do petka sa potvrdom.

Srdačan pozdrav,
Marko Jovanović
Beolab Oprema d.o.o. | Bulevar oslobođenja 129, 11000 Beograd
tel. +381 11 397 44 20 | PIB 104512877
"""
    raw = mail(("Marko Jovanović", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-24 09:10", text(body, "utf-8"), P)
    exp = expected("needs_review", "Receipt plus 'we will come back by Friday with a confirmation'; the offer reference "
                                   "does not commit to dates or quantities, so nothing is confirmed yet.")
    return [P], raw, exp


# 064 ---------------------------------------------------------------------------
@case("tirana-tamper-e-hene", "confirmation", "sq-AL",
      "Albanian reply: delivery 'të hënën, 14 dhjetor' (earlier than requested) and one line cut to the 90 pieces in stock.")
def c064():
    S = sup("TIRKAF", "Kafe Vegla Tirana sh.p.k.", "shitje@kafevegla.example", "sq-AL")
    P = po("4500081835", S, "ana", "EUR", "2026-11-24", [
        ("TMP-58-WAL", "Espresso tamper 58 mm, walnut handle", 100, "EA", "9.80", "2026-12-18"),
        ("KNB-BOX-S", "Knock box, stainless, small", 60, "EA", "7.40", "2026-12-18")])
    body = """Përshëndetje Ana,

Faleminderit për porosinë 4500081835. Ju konfirmojmë:

- Shtypësi 58 mm me dorezë arre: kemi vetëm 90 copë në magazinë dhe nuk do të prodhojmë më këtë model; konfirmojmë 90 copë me 9,80 EUR.
- Kutia për llumin e kafesë (e vogël): 60 copë me 7,40 EUR.

Dorëzimi për të dyja: të hënën, 14 dhjetor.

Me respekt,
Elira Hoxha
Kafe Vegla Tirana sh.p.k. | Rruga e Kavajës 214, Tiranë | NIPT L61822014A | +355 4 223 8810
"""
    raw = mail(("Elira Hoxha", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-25 11:35", text(body, "utf-8"), P)
    exp = expected("confirmation",
                   "Delivery Monday 14 December (no year -> 2026-12-14), earlier than 2026-12-18. Line 1: 90 of 100 (no more "
                   "will be made), price as PO -> changed (quantity, date). Line 2: quantity and price as PO -> changed (date).",
                   answer(P, l1=C(q=90, d="2026-12-14"), l2=C(d="2026-12-14")))
    return [P], raw, exp


# 065 ---------------------------------------------------------------------------
@case("andes-despacho-other-order", "unrelated", "es-CL",
      "Chilean shipping notice (aviso de despacho, guía de despacho) for a different, older order; the open PO is for similar items.")
def c065():
    S = sup("ANDSOL", "Andes Solar Conexiones SpA", "ventas@andessolar.example", "es-CL")
    P = po("4500081842", S, "dana", "USD", "2026-11-24", [
        ("SCG-M25-IP68", "Cable gland M25x1.5, IP68, nylon, UV", 1000, "PC", "0.68", "2027-01-15")])
    t = """Estimada Dana:

Le informamos que su pedido ha sido despachado.

OC cliente: 4500080911
Guía de despacho: 88213
Fecha de despacho: 27/11/2026
Transportista: Starken Cargo - seguimiento 5510 2289 1174
Contenido: 2.000 prensaestopas M20 IP68, 2 cajas, 18,4 kg

Atentamente,
Logística - Andes Solar Conexiones SpA
Av. Américo Vespucio 1350, Quilicura, Santiago | RUT 76.512.884-3
"""
    raw = mail(("Logística Andes Solar", "logistica@andessolar.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "Aviso de despacho - Guía 88213 - OC 4500080911", "2026-11-27 17:30",
               alt(text(t), html(html_wrap(html_from_text(t), "es"))), None, zone="-0300")
    exp = expected("unrelated", "Shipping notice for order 4500080911, which is not the open PO 4500081842 (different "
                                "number, different item M20). It says nothing about the open PO.")
    return [P], raw, exp


# 066 ---------------------------------------------------------------------------
@case("lux-kites-wrong-thread", "confirmation", "lb-LU",
      "Luxembourgish reply sent in the thread of an older PO (In-Reply-To of PO A) but explicitly confirming the other PO 4500081851 by number and items.")
def c066():
    S = sup("LUXDRA", "Lëtzebuerger Draachefabrik Sàrl", "commande@draachefabrik.example", "lb-LU")
    PA = po("4500081795", S, "jonas", "EUR", "2026-11-20", [
        ("KSP-BAM-6", "Kite spar bamboo 6 mm x 80 cm", 2000, "PC", "0.21", "2027-01-22")])
    PB = po("4500081851", S, "jonas", "EUR", "2026-11-25", [
        ("KSP-CF-5-100", "Kite spar carbon tube 5 mm x 100 cm", 600, "PC", "1.05", "2026-12-09"),
        ("KSP-END-5", "End cap 5 mm, PVC, black", 1200, "PC", "0.04", "2026-12-09")])
    body = """Moien Här Weber,

merci fir Är nei Bestellung 4500081851 (Kuelestoffstaangen 5 mm an d'Endkappen).
Mir confirméieren se wéi bestallt: 600 Staange fir 1,05 EUR an 1.200 Kappe fir 0,04 EUR, Liwwerung den 9. Dezember.

Fir d'Bambusstaangen (4500081795) kritt Dir nach eng separat Äntwert.

Mat beschte Gréiss,
Claude Hoffmann
Lëtzebuerger Draachefabrik Sàrl | 12, rue de l'Industrie, L-3895 Foetz
Tel. +352 26 55 41 10 | RCS B 198432 | TVA LU 27461893

""" + q_outlook(PA, labels=("Vum", "Geschéckt", "Un", "Sujet"))
    raw = mail(("Claude Hoffmann", S["email"]), (PA["buyer"]["name"], PA["buyer"]["email"]),
               "AW: " + req_subject(PA), "2026-11-26 10:15", text(body, "utf-8"), PA)
    exp = expected("confirmation",
                   "Replied in PO 4500081795's thread, but the text confirms PO 4500081851 by number and items, exactly as "
                   "ordered (9 December = 2026-12-09; 1.200 = 1200). PO 4500081795 is only mentioned ('separate answer') "
                   "and is left out.",
                   answer(PB, A()))
    return [PA, PB], raw, exp


# 067 ---------------------------------------------------------------------------
@case("hk-props-carton-rounding", "confirmation", "zh-HK",
      "Hong Kong Traditional Chinese/English mix: quantity rounded up to full cartons of 400 (1,000 -> 1,200) with a later date 2026年12月23日.")
def c067():
    S = sup("HKAERO", "Harbour Aero Parts Co. Ltd", "sales@harbouraero.example", "zh-HK")
    P = po("4500081858", S, "dana", "USD", "2026-11-25", [
        ("PRP-0945-NY", "Propeller 9x4.5 glass-filled nylon, CW/CCW pair", 1000, "PR", "0.72", "2026-12-16"),
        ("PRP-1238-CF", "Propeller 12x3.8 carbon fibre, CW/CCW pair", 300, "PR", "5.10", "2026-12-16")])
    body = """Hi Dana,

多謝你的訂單 4500081858，確認如下：

第1項 PRP-0945-NY：每箱 400 對，所以改為 1,200 對（3 箱），單價 USD 0.72 不變，交貨 2026年12月23日。
第2項 PRP-1238-CF：300 對 @ USD 5.10，交貨 2026年12月16日，OK。

有問題隨時聯絡。

Best regards,
Kelvin Cheung 張家輝
Harbour Aero Parts Co. Ltd
九龍觀塘開源道 55 號 14 樓 | Tel +852 2344 8120
"""
    raw = mail(("Kelvin Cheung", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-26 15:50", text(body, "utf-8"), P, zone="+0800")
    exp = expected("confirmation",
                   "Line 1: 1,200 pairs (3 cartons of 400) instead of 1,000, price unchanged, delivery 2026-12-23 -> changed. "
                   "Line 2 as ordered.",
                   answer(P, l1=C(q=1200, d="2026-12-23"), l2=A()))
    return [P], raw, exp


# 068 ---------------------------------------------------------------------------
@case("kathmandu-seals-revert-sunday", "needs_review", "ne-NP",
      "Nepali reply: order received, will reply by Sunday after checking lac stock; human, polite, no commitment.")
def c068():
    S = sup("KTMSEA", "Himal Lac Crafts Pvt. Ltd.", "info@himallac.example", "ne-NP")
    P = po("4500081866", S, "mira", "EUR", "2026-11-24", [
        ("WS-LAC-NAT", "Natural lac sealing wax sticks, box of 20", 200, "BOX", "6.20", "2027-01-29")])
    body = """नमस्ते Mira जी,

तपाईंको अर्डर नम्बर 4500081866 प्राप्त भयो, धन्यवाद।
हामी लाहको स्टक जाँच गरेर आइतबारसम्म डेलिभरी मिति सहित जवाफ दिनेछौं।

धन्यवाद,
सुनिता श्रेष्ठ
हिमाल ल्याक क्राफ्ट्स प्रा. लि., ललितपुर
फोन: +977 1 5522 418
"""
    raw = mail(("Sunita Shrestha", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-25 13:15", text(body, "utf-8", "base64"), P, zone="+0545")
    exp = expected("needs_review", "Receipt only; the supplier will answer with a delivery date by Sunday. No commitment.")
    return [P], raw, exp


# 069 ---------------------------------------------------------------------------
@case("sendmail-mailbox-full", "bounce", "sl-SI",
      "Sendmail-style 'Returned mail: see transcript for details' DSN from the supplier's own MTA: 552 5.2.2 mailbox full, after a transcript.")
def c069():
    S = sup("SVECKA", "Svečarna Kranj d.o.o.", "narocila@svecarna-kranj.example", "sl-SI")
    P = po("4500081872", S, "ana", "EUR", "2026-11-26", [
        ("CM-ALU-PIL-5X10", "Candle mould aluminium, pillar 5x10 cm", 60, "EA", "8.70", "2027-01-15"),
        ("CM-WICK-PIN", "Wick pin for pillar moulds", 60, "EA", "0.95", "2027-01-15")])
    human = """The original message was received at Thu, 26 Nov 2026 10:02:12 +0100
from mx1.larkfield.example [192.0.2.14]

   ----- The following addresses had permanent fatal errors -----
<narocila@svecarna-kranj.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mail.svecarna-kranj.example.:
>>> DATA
<<< 552 5.2.2 <narocila@svecarna-kranj.example>... Mailbox full
554 5.0.0 Service unavailable
"""
    raw = dsn(P, "Mail Delivery Subsystem <MAILER-DAEMON@mail.svecarna-kranj.example>",
              "Returned mail: see transcript for details", "2026-11-26 10:02:20", "+0100", human,
              "mail.svecarna-kranj.example", "narocila@svecarna-kranj.example", "5.2.2", "552 5.2.2 Mailbox full",
              arrival="Thu, 26 Nov 2026 10:02:12 +0100")
    exp = expected("bounce", "Sendmail DSN, mailbox full: the request was not delivered.")
    return [P], raw, exp


# 070 ---------------------------------------------------------------------------
@case("lagos-ticket-autoack", "auto_reply", "en-NG",
      "Helpdesk auto-acknowledgement ('your request has been logged as ticket #NG-48213, we respond within 48 hours'); sounds like a receipt but is automatic.")
def c070():
    S = sup("LAGCOS", "Lagos Cosmetic Packaging Ltd", "sales@lagoscosmeticpack.example", "en-NG")
    P = po("4500081880", S, "ana", "USD", "2026-11-26", [
        ("NPB-8-MINI", "Nail polish bottle 8 ml, mini, clear", 12000, "PC", "0.088", "2027-02-05")])
    body = """Dear Customer,

Thank you for contacting Lagos Cosmetic Packaging Ltd.

Your request "Purchase order 4500081880 - please confirm" has been received and logged as ticket #NG-48213.
A member of our sales team will respond within 48 hours (Monday - Friday, 8am - 5pm WAT).

Please do not reply to this message. To add information, reply to the ticket using the link below:
https://support.lagoscosmeticpack.example/tickets/NG-48213

Lagos Cosmetic Packaging Ltd | 14 Oba Akran Avenue, Ikeja, Lagos | RC 1462290
"""
    raw = mail(("Lagos Cosmetic Packaging Support", "support@lagoscosmeticpack.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "[Ticket #NG-48213] " + req_subject(P), "2026-11-26 10:03", text(body, "utf-8", "7bit"), P,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    exp = expected("auto_reply", "Automatic helpdesk ticket acknowledgement (Auto-Submitted); a human answer is still to come.")
    return [P], raw, exp
