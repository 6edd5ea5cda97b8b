# -*- coding: utf-8 -*-
from .common import *  # noqa


@case("lt-cordgrips-csv-cp1257", "confirmation", "lt-LT",
      "Lithuanian mail whose answer is a semicolon CSV in windows-1257 with decimal commas; one line rounded up to packs of 200, one date later.")
def c_lt():
    s = sup("KABSPR", "UAB Kabelių sprendimai", "uzsakymai@kabsprendimai.example", "lt-LT")
    po = PO("4500081667", s, [
        ("KS-M16", "Kabelio riebokšlis M16", 600, "EA", "0.29", "2026-12-10"),
        ("KS-M20", "Kabelio riebokšlis M20", 600, "EA", "0.34", "2026-12-10"),
        ("KS-M25", "Kabelio riebokšlis M25", 350, "EA", "0.48", "2026-12-10"),
    ], issued="2026-11-18", buyer="jonas")
    body = """Laba diena,

siunčiame užsakymo 4500081667 patvirtinimą (CSV failas prisegtas).

Pagarbiai
Rūta Kazlauskienė
UAB Kabelių sprendimai | Savanorių pr. 178, Vilnius | tel. +370 5 212 3456
"""
    csv = ("Užsakymas;Eilutė;Prekė;Kiekis;Vnt.;Kaina EUR;Pristatymo data;Būsena\r\n"
           "4500081667;1;KS-M16;600;vnt;0,29;2026-12-10;Patvirtinta\r\n"
           "4500081667;2;KS-M20;600;vnt;0,34;2026-12-17;Patvirtinta, vėlesnė data\r\n"
           "4500081667;3;KS-M25;400;vnt;0,48;2026-12-10;Patvirtinta, pakuotė po 200 vnt.\r\n").encode("windows-1257")
    raw = eml(addr("Rūta Kazlauskienė", s["email"], "windows-1257"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-19 09:20:00", "+0200"), mid("outlook", "lt55"),
              mp("mixed", text(body, cs="windows-1257"), att(csv, "text/csv; charset=windows-1257", "patvirtinimas_4500081667.csv")),
              cs="windows-1257", **reply_headers(po))
    exp = conf("CSV: line 1 as ordered; line 2 date 2026-12-17; line 3 quantity 400 (packs of 200) instead of 350.",
               (po, {1: A, 2: C(d="2026-12-17"), 3: C(q=400)}))
    return [po], raw, exp


@case("pt-aprons-date-without-year-html", "confirmation", "pt-PT",
      "European Portuguese Outlook HTML+text reply: 'até dia 18 de dezembro' and 'a 8 de janeiro' without year; updated price on line 2.")
def c_pt():
    s = sup("AVFARDAS", "Aventais & Fardas, Lda.", "encomendas@aventaisfardas.example", "pt-PT")
    po = PO("4500081672", s, [
        ("AV-PVC", "Avental PVC branco 90 x 120 cm", 150, "EA", "3.40", "2026-12-18"),
        ("AV-ALG", "Avental de algodão com bolso", 100, "EA", "6.75", "2026-12-18"),
    ], issued="2026-11-18", buyer="dana")
    t = """Exma. Senhora Dana Ruiz,

Acusamos a receção da v/ encomenda n.º 4500081672, que confirmamos nas seguintes condições:

- Avental PVC branco: 150 un., 3,40 €/un., entrega até dia 18 de dezembro;
- Avental de algodão com bolso: 100 un., preço atualizado de 7,10 €/un., entrega a 8 de janeiro.

Com os melhores cumprimentos,

Rita Carvalho
Departamento Comercial
Aventais & Fardas, Lda. | Rua da Indústria, 230 | 4470-177 Maia
Tel. +351 229 123 456
"""
    labels = ("De", "Enviada", "Para", "Assunto")
    raw = eml(addr("Rita Carvalho", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-19 17:05:42", "+0000"), mid("outlook", "pt56"),
              mp("alternative", text(t + "\n" + q_outlook(po, labels, "18 de novembro de 2026 08:30", "")),
                 text(html_doc(txt2html(t) + outlook_html_quote(po, labels, "18 de novembro de 2026 08:30"), "pt-PT", True), "html")),
              **reply_headers(po))
    exp = conf("Line 1 as ordered (18 de dezembro = 2026-12-18). Line 2 price 7.10 (was 6.75), '8 de janeiro' next occurrence = 2027-01-08.",
               (po, {1: A, 2: C(p="7.10", d="2027-01-08")}))
    return [po], raw, exp


@case("ar-pumps-contradictory-voseo", "needs_review", "es-AR",
      "Argentine WhatsApp-style mail: 'te confirmo todo para el 10/12' then says line 2 only arrives in January and asks whether to drop it - contradictory.")
def c_ar():
    s = sup("BOMBASPAMPA", "Bombas La Pampa S.R.L.", "ventas@bombaslapampa.example", "es-AR")
    po = PO("4500081680", s, [
        ("BP-PER05", "Bomba periférica 0,5 HP", 12, "EA", "85000.00", "2026-12-10"),
        ("BP-CEN1", "Bomba centrífuga 1 HP", 6, "EA", "142000.00", "2026-12-10"),
    ], currency="ARS", issued="2026-11-18", buyer="jonas")
    body = """Hola Jonas, ¿cómo andás?

Te confirmo todo para el 10/12. Eso sí, la centrífuga (renglón 2) la tenemos recién en enero, fijate si te sirve así o si preferís que la saquemos del pedido.

Abrazo,
Martín Giménez
Bombas La Pampa S.R.L. - Av. Circunvalación 1450, Santa Rosa, La Pampa
Cel. +54 9 2954 12-3456
"""
    raw = eml(addr("Martín Giménez", "martin@bombaslapampa.example"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-19 18:44:03", "-0300"), mid("gmail", "ar57"),
              text(body + "\n" + q_gmail(po, "El mié, 18 nov 2026 a las 04:30, Jonas Weber (<%s>) escribió:" % po["buyer"]["email"])),
              **reply_headers(po))
    return [po], raw, other("needs_review", "'Todo para el 10/12' contradicts 'la centrífuga recién en enero'; line 2 is left open with a question -> a human must clarify.")


@case("cl-mousetraps-clp-reajuste", "confirmation", "es-CL",
      "Chilean reply with CLP dot thousands ('$ 5.990 + IVA'), a tariff adjustment on line 1 and a distractor date ('vigente desde el 1 de noviembre').")
def c_cl():
    s = sup("PLAGASANDES", "Control de Plagas Andes SpA", "ventas@plagasandes.example", "es-CL")
    po = PO("4500081688", s, [
        ("TR-RAT", "Trampa para ratones de madera", 500, "EA", "490", "2026-12-11"),
        ("TR-EST", "Estación cebadera con llave", 60, "EA", "5990", "2026-12-11"),
    ], currency="CLP", issued="2026-11-19", buyer="dana")
    body = """Estimada Dana:

Junto con saludar, confirmamos la OC 4500081688:

- Trampas de madera: 500 u. a $ 520 c/u + IVA (reajuste de lista vigente desde el 1 de noviembre).
- Estaciones cebaderas con llave: 60 u. a $ 5.990 c/u + IVA.

Despacho de ambos ítems el viernes 11 de diciembre.

Saludos cordiales,
Camila Rojas
Ejecutiva Comercial | Control de Plagas Andes SpA
Av. Américo Vespucio 1501, Quilicura, Santiago | +56 2 2345 6789
"""
    raw = eml(addr("Camila Rojas", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-20 10:31:09", "-0300"), mid("outlook", "cl58"), text(body, cs="iso-8859-1"),
              cs="iso-8859-1", **reply_headers(po))
    exp = conf("Line 1 price 520 (was 490); line 2 5.990 = 5990 as ordered. Dispatch (only date given) viernes 11 de diciembre = 2026-12-11 = requested.",
               (po, {1: C(p="520"), 2: A}))
    return [po], raw, exp


@case("co-sendmail-blocked-rbl", "bounce", "es-CO",
      "Classic sendmail 'Returned mail: see transcript for details' (554 5.7.1 blocked) with text/rfc822-headers of our PO request.")
def c_co():
    s = sup("FERRECOL", "Ferrecolombia S.A.S.", "ventas@ferrecolombia.example", "es-CO")
    po = PO("4500081691", s, [
        ("FC-CAR200", "Carretilla de carga 200 kg", 10, "EA", "285000.00", "2026-12-14"),
    ], currency="COP", issued="2026-11-19", buyer="omar")
    rid = po["request_message_id"]
    note = """The original message was received at Thu, 19 Nov 2026 07:30:05 GMT
from mail.brightline-facilities.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<ventas@ferrecolombia.example>
    (reason: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.example)

   ----- Transcript of session follows -----
... while talking to mx.ferrecolombia.example.:
>>> DATA
<<< 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.example
554 5.0.0 Service unavailable
"""
    ds = """Reporting-MTA: dns; relay.brightline-facilities.example
Received-From-MTA: DNS; mail.brightline-facilities.example
Arrival-Date: Thu, 19 Nov 2026 07:30:05 GMT

Final-Recipient: RFC822; ventas@ferrecolombia.example
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mx.ferrecolombia.example
Diagnostic-Code: SMTP; 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.example
Last-Attempt-Date: Thu, 19 Nov 2026 07:30:09 GMT
"""
    hdrs = ("Return-Path: <omar.haddad@brightline-facilities.example>\nFrom: Omar Haddad <omar.haddad@brightline-facilities.example>\n"
            "To: ventas@ferrecolombia.example\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (req_subject(po), req_date(po), rid))
    body = mp("report", text(note, cte="7bit"), Part([("Content-Type", "message/delivery-status")], ds.encode()),
              Part([("Content-Type", "text/rfc822-headers")], hdrs.encode()), style="java")
    body.headers[0] = ("Content-Type", "multipart/report; report-type=delivery-status")
    raw = eml("Mail Delivery Subsystem <MAILER-DAEMON@relay.brightline-facilities.example>", po["buyer"]["email"],
              "Returned mail: see transcript for details", mdate("2026-11-19 07:30:09", "+0000"),
              "<202611190730.4AJ7U9xk018834@relay.brightline-facilities.example>", body,
              extra=[("Auto-Submitted", "auto-generated (failure)")])
    return [po], raw, other("bounce", "sendmail DSN, 554 5.7.1 rejected by the recipient's server.")


@case("cat-kraft-weekday-dates", "confirmation", "ca-ES",
      "Catalan reply: 'dimarts 15 de desembre, com demanàveu' for paper but the dispensers 'arribaran el dijous 17' (day and weekday only).")
def c_cat():
    s = sup("PAPVALLES", "Papers Vallès, SL", "comandes@papersvalles.example", "ca-ES")
    po = PO("4500081693", s, [
        ("PK-70-100", "Paper kraft 70 g, bobina 100 cm", 20, "ROL", "38.00", "2026-12-15"),
        ("PK-DISP", "Dispensador de paper kraft", 4, "EA", "65.00", "2026-12-15"),
    ], issued="2026-11-19", buyer="jonas")
    body = """Bon dia, Jonas,

Us confirmem la comanda 4500081693: 20 bobines de paper kraft de 70 g a 38,00 €/u i 4 dispensadors a 65,00 €/u.

Lliurament: dimarts 15 de desembre, com demanàveu, tot i que els dispensadors no arribaran fins al dijous 17.

Salutacions,

Jordi Puig i Soler
Papers Vallès, SL · Polígon Can Roqueta, c/ Mollet 12 · 08202 Sabadell
T. 93 712 34 56
"""
    raw = eml(addr("Jordi Puig", "jordi@papersvalles.example"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-20 12:40:00", "+0100"), mid("x", "cat60", "papersvalles.example"),
              text(body + "\nEl 19/11/2026 a les 8:30, Jonas Weber ha escrit:\n" + gt(req_text(po)), cs="iso-8859-15"),
              cs="iso-8859-15", xmailer="Mozilla Thunderbird", **reply_headers(po))
    exp = conf("Paper on Tuesday 15 Dec = as ordered. Dispensers 'dijous 17' = Thursday 2026-12-17 -> changed date.",
               (po, {1: A, 2: C(d="2026-12-17")}))
    return [po], raw, exp


@case("gl-icemelt-waiting-for-maker", "needs_review", "gl-ES",
      "Galician reply: order received, waiting for the manufacturer's lead times, confirmation 'probablemente o luns' - nothing committed.")
def c_gl():
    s = sup("SUMMINO", "Subministros Miño S.L.", "pedidos@subministrosmino.example", "gl-ES")
    po = PO("4500081699", s, [
        ("SF-25", "Sal fundente, saco 25 kg", 3000, "KG", "0.42", "2026-12-04"),
        ("SF-CACL", "Cloruro cálcico en escamas, saco 25 kg", 500, "KG", "1.15", "2026-12-04"),
    ], issued="2026-11-19", buyer="dana")
    body = """Bo día, Dana:

Recibimos o pedido 4500081699, moitas grazas.

Estamos á espera de que o fabricante nos confirme os prazos de entrega do sal e do cloruro; en canto os teñamos (probablemente o luns) mandámosvos a confirmación con datas e prezos.

Un saúdo,
Uxía Castro
Subministros Miño S.L. · Rúa do Progreso 41 · 32003 Ourense · 988 123 456
"""
    raw = eml(addr("Uxía Castro", "uxia@subministrosmino.example"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-20 09:55:12", "+0100"), mid("outlook", "gl61"), text(body), **reply_headers(po))
    return [po], raw, other("needs_review", "Receipt plus 'confirmation will follow'; no quantities, prices or dates committed.")


@case("ie-price-increase-letter-2027", "unrelated", "en-IE",
      "General 'price notice' letter (+6.5% from 1 January 2027) from the same supplier, not a reply; it explicitly leaves orders placed in 2026 at current prices.")
def c_ie():
    s = sup("EMERALDHYG", "Emerald Hygiene Supplies Ltd", "sales@emeraldhygiene.example", "en-IE")
    po = PO("4500081703", s, [
        ("EH-TT2", "Toilet tissue 2-ply, 9 rolls x 400 sheets", 120, "BOX", "11.80", "2026-12-16"),
        ("EH-JMB", "Mini jumbo toilet roll 200 m", 60, "ROL", "3.95", "2026-12-16"),
    ], issued="2026-11-19", buyer="mei")
    t = """Dear Valued Customer,

Price Notice - effective 1 January 2027

Due to continued increases in pulp, energy and transport costs, prices on our toilet tissue, hand towel and centrefeed ranges will increase by 6.5% from 1 January 2027. Updated price lists are available from your account manager.

All orders placed before 31 December 2026 will be invoiced at current prices.

We thank you for your continued custom.

Yours faithfully,
Ciarán O'Sullivan
Commercial Director
Emerald Hygiene Supplies Ltd | Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X123
Tel +353 1 456 7890 | Registered in Ireland No. 123456 | VAT IE1234567T
"""
    raw = eml(addr("Emerald Hygiene Supplies", "info@emeraldhygiene.example"), "mei.lindqvist@" + BUYER_DOMAIN,
              "Price Notice 2027 - Emerald Hygiene Supplies", mdate("2026-11-20 11:00:00", "+0000"),
              "<pricenotice2027.0042@emeraldhygiene.example>",
              mp("alternative", text(t), text(html_doc(txt2html(t), "en-IE"), "html"), style="java"))
    return [po], raw, other("unrelated", "General price-increase circular, not an answer to PO 4500081703; the +6.5% applies from 2027 and not to orders placed in 2026.")


@case("mt-ooo-maltese-english", "auto_reply", "mt-MT",
      "Maltese + English out-of-office, X-Autoreply and Auto-Submitted headers, return date 'l-Erbgħa 25 ta' Novembru'.")
def c_mt():
    s = sup("MALTAHW", "Malta Hardware & Tools Ltd", "sales@maltahardware.example", "mt-MT")
    po = PO("4500081706", s, [
        ("MH-LP50", "Label printer, handheld, 12 mm tape", 6, "EA", "54.00", "2026-12-11"),
        ("MH-TZ12", "Label tape 12 mm black on white", 40, "ROL", "9.90", "2026-12-11"),
    ], issued="2026-11-19", buyer="omar")
    body = """Grazzi tal-email tiegħek. Bħalissa m'inix l-uffiċċju sal-Erbgħa 25 ta' Novembru 2026. Għal kwistjonijiet urġenti, jekk jogħġbok ikkuntattja lil sales@maltahardware.example jew ċempel 2144 1234.

Thank you for your email. I am currently out of the office until Wednesday 25 November 2026. For urgent matters please contact sales@maltahardware.example or call 2144 1234.

Josephine Borg
Malta Hardware & Tools Ltd, Triq il-Kummerċ, Qormi
"""
    raw = eml(addr("Josephine Borg", "josephine@maltahardware.example"), buyer_to(po),
              "Out of Office: " + req_subject(po), mdate("2026-11-19 08:30:40", "+0100"),
              mid("outlook", "mt63"), text(body),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], **reply_headers(po))
    return [po], raw, other("auto_reply", "Bilingual out-of-office.")


@case("za-af-pumps-split-pressure-tanks", "confirmation", "af-ZA",
      "Afrikaans reply with 'R3 450,00' amounts; pressure tanks split 3 now and 2 'in die week van 11 Januarie (Vrydag 15 Januarie)'.")
def c_af():
    s = sup("POMPBES", "Pompe en Besproeiing (Edms) Bpk", "bestellings@pompbes.example", "af-ZA")
    po = PO("4500081710", s, [
        ("PB-DOMP075", "Dompelpomp 0,75 kW", 5, "EA", "3450.00", "2026-12-09"),
        ("PB-TENK50", "Druktenk 50 L", 5, "EA", "1890.00", "2026-12-09"),
        ("PB-VLOT", "Vlotterskakelaar", 10, "EA", "215.00", "2026-12-09"),
    ], currency="ZAR", issued="2026-11-19", buyer="jonas")
    body = """Goeie môre Jonas

Dankie vir die bestelling 4500081710. Ons bevestig soos volg:

1. Dompelpompe: 5 @ R3 450,00 - aflewering 9 Desember.
2. Druktenks: net 3 in voorraad. Die 3 word op 9 Desember saam afgelewer en die ander 2 in die week van 11 Januarie (Vrydag 15 Januarie). Prys bly R1 890,00.
3. Vlotterskakelaars: 10 @ R215,00 - 9 Desember.

Groete
Pieter van der Merwe
Pompe en Besproeiing (Edms) Bpk | Paarl | 021 872 1234
"""
    raw = eml(addr("Pieter van der Merwe", "pieter@pompbes.example"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-20 07:48:15", "+0200"), mid("outlook", "af64"),
              text(body + "\n" + q_outlook(po, ("Van", "Gestuur", "Aan", "Onderwerp"), "19 November 2026 08:30", "")),
              **reply_headers(po))
    exp = conf("Lines 1 and 3 as ordered. Line 2: 3 on 2026-12-09 + 2 on Friday 2027-01-15 (total 5, price unchanged).",
               (po, {1: A, 2: C(d="2027-01-15", sched=[(3, "2026-12-09"), (2, "2027-01-15")]), 3: A}))
    return [po], raw, exp


@case("ta-barriertape-receipt-only", "needs_review", "ta-IN",
      "Tamil-English (Tanglish in Tamil script) acknowledgement: PO received, 'under processing', delivery date to be confirmed in two days.")
def c_ta():
    s = sup("CHENNAISAFE", "Chennai Safety Traders", "sales@chennaisafety.example", "ta-IN")
    po = PO("4500081718", s, [
        ("BT-RW-75", "Barrier tape red/white 75 mm x 300 m", 100, "ROL", "420.00", "2026-12-12"),
        ("BT-YB-75", "Barrier tape yellow/black 75 mm x 300 m", 50, "ROL", "420.00", "2026-12-12"),
    ], currency="INR", issued="2026-11-19", buyer="omar")
    body = """வணக்கம் சார்,

உங்கள் PO எண் 4500081718 கிடைத்தது. மிக்க நன்றி.

Order தற்போது processing-ல் உள்ளது. Stock மற்றும் delivery date-ஐ இரண்டு நாட்களில் உறுதி செய்து தெரிவிக்கிறோம்.

நன்றி,
செந்தில் குமார்
Chennai Safety Traders, Ambattur Industrial Estate, Chennai - 600058
Mob: 94440 12345
"""
    raw = eml(addr("Senthil Kumar", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-20 11:20:30", "+0530"), mid("gmail", "ta65"), text(body, cte="base64"),
              **reply_headers(po))
    return [po], raw, other("needs_review", "Receipt only; stock and delivery date to be confirmed in two days.")


@case("pk-handtrolley-urdu-next-week-tuesday", "confirmation", "ur-PK",
      "Urdu reply (right-to-left) with Latin PO number: both lines in stock at the same rate, delivered 'next week on Tuesday' relative to a Thursday mail.")
def c_pk():
    s = sup("BUTTENG", "Butt Engineering Works", "sales@buttengineering.example", "ur-PK")
    po = PO("4500081724", s, [
        ("HT-200", "Hand trolley 200 kg", 25, "EA", "8500.00", "2026-12-07"),
        ("HT-PLT300", "Platform trolley 300 kg", 10, "EA", "14500.00", "2026-12-07"),
    ], currency="PKR", issued="2026-11-19", buyer="omar")
    body = """محترم عمر صاحب،
السلام علیکم!

آپ کا PO نمبر 4500081724 موصول ہوا، شکریہ۔
دونوں آئٹمز (ہینڈ ٹرالی 25 عدد اور پلیٹ فارم ٹرالی 10 عدد) اسٹاک میں موجود ہیں، ریٹ وہی رہیں گے۔
ڈیلیوری اگلے ہفتے منگل کو کر دیں گے، ان شاء اللہ۔

والسلام،
عمران بٹ
بٹ انجینئرنگ ورکس، سیالکوٹ
موبائل: 0300-1234567
"""
    raw = eml(addr("Imran Butt", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-19 16:05:00", "+0500"), mid("gmail", "pk66"),
              mp("alternative", text(body, cte="base64"),
                 text(html_doc('<div dir="rtl">%s</div>' % txt2html(body), "ur"), "html", cte="base64"), style="gmail"),
              **reply_headers(po))
    exp = conf("Mail Thu 19 Nov: 'اگلے ہفتے منگل' (Tuesday of next week) = 2026-11-24, earlier than requested; qty and rate unchanged.",
               (po, {1: C(d="2026-11-24"), 2: C(d="2026-11-24")}))
    return [po], raw, exp


@case("ge-qmail-no-host", "bounce", "ka-GE",
      "qmail-send bounce ('Sorry, I couldn't find any host named ...') in plain text, no DSN parts, with our PO mail below the cut line.")
def c_ge():
    s = sup("KARTINST", "ქართული ინსტრუმენტები შპს", "info@kartuliinstrumentebi.example", "ka-GE")
    po = PO("4500081728", s, [
        ("KI-JCK5", "Hydraulic bottle jack 5 t", 20, "EA", "78.00", "2026-12-14"),
    ], currency="GEL", issued="2026-11-19", buyer="dana")
    rid = po["request_message_id"]
    body = """Hi. This is the qmail-send program at mail.brightline-facilities.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@kartuliinstrumentebi.example>:
Sorry, I couldn't find any host named kartuliinstrumentebi.example. (#5.1.2)

--- Below this line is a copy of the message.

Return-Path: <dana.ruiz@brightline-facilities.example>
From: Dana Ruiz <dana.ruiz@brightline-facilities.example>
To: info@kartuliinstrumentebi.example
Subject: %s
Date: %s
Message-ID: %s

%s""" % (req_subject(po), req_date(po), rid, req_text(po))
    raw = eml("MAILER-DAEMON@mail.brightline-facilities.example", po["buyer"]["email"],
              "failure notice", mdate("2026-11-19 07:30:20", "+0000"),
              "<20261119073020.31337.qmail@mail.brightline-facilities.example>", text(body, cte="7bit"))
    return [po], raw, other("bounce", "qmail failure notice (#5.1.2 host not found).")


@case("kz-cones-kazakh-new-price", "confirmation", "kk-KZ",
      "Kazakh Cyrillic reply with space-grouped tenge amounts; line 2 gets a new price and a later date.")
def c_kz():
    s = sup("DALAZH", "«Дала Жабдықтары» ЖШС", "sales@dalazhabdyk.example", "kk-KZ")
    po = PO("4500081731", s, [
        ("RC-75", "Road cone 75 cm, reflective", 150, "EA", "4200.00", "2026-12-14"),
        ("BT-100", "Barrier tape red/white 100 m", 80, "ROL", "2900.00", "2026-12-14"),
    ], currency="KZT", issued="2026-11-20", buyer="dana")
    body = """Сәлеметсіз бе, Дана ханым!

4500081731 тапсырысыңызды растаймыз:

1) Жол конусы 75 см - 150 дана, бағасы 4 200 теңге, жеткізу 14.12.2026.
2) Қоршау таспасы 100 м - 80 орам, бағасы 3 100 теңге (жаңа баға), жеткізу 21.12.2026.

Құрметпен,
Айгүл Сейітқали
«Дала Жабдықтары» ЖШС, Алматы қ., Сүйінбай даңғылы 2
тел.: +7 727 123 45 67
"""
    raw = eml(addr("Айгүл Сейітқали", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-20 15:12:44", "+0500"), mid("x", "kz68", "dalazhabdyk.example"),
              text(body, cte="base64"), **reply_headers(po))
    exp = conf("Line 1 as ordered; line 2 price 3100 (was 2900) and 21.12.2026.",
               (po, {1: A, 2: C(p="3100.00", d="2026-12-21")}))
    return [po], raw, exp


@case("mn-bins-vat-and-address-question", "needs_review", "mn-MN",
      "Mongolian Cyrillic reply asking whether prices include VAT and where to deliver; confirmation promised after our answer.")
def c_mn():
    s = sup("MONSAV", "Мон Сав ХХК", "borluulalt@monsav.example", "mn-MN")
    po = PO("4500081737", s, [
        ("MS-B45", "Storage bin 45 L with lid", 60, "EA", "28500.00", "2026-12-10"),
    ], currency="MNT", issued="2026-11-20", buyer="mei")
    body = """Сайн байна уу?

Таны 4500081737 дугаартай захиалгыг хүлээн авлаа, баярлалаа.

Захиалгын үнэд НӨАТ орсон эсэхийг тодруулж өгнө үү? Мөн хүргэлтийг Улаанбаатар дахь агуулах руу хийх үү, эсвэл өөр хаяг руу хүргэх үү?

Хариу ирсний дараа захиалгыг баталгаажуулж, хүргэх өдрийг мэдэгдэнэ.

Хүндэтгэсэн,
Б. Оюунчимэг
Мон Сав ХХК | Улаанбаатар, Хан-Уул дүүрэг | Утас: 7011-2345
"""
    raw = eml(addr("Оюунчимэг", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-23 10:02:30", "+0800"), mid("gmail", "mn69"), text(body), **reply_headers(po))
    return [po], raw, other("needs_review", "Questions about VAT and delivery address; confirmation promised only after our answer.")


@case("ph-tl-labels-second-po-only", "confirmation", "tl-PH",
      "Taglish reply to the request of the SECOND of two open POs; only that PO is answered (one line reduced to remaining stock), the label-printer PO is not mentioned.")
def c_fil():
    s = sup("LABELMNL", "Manila Label Center Inc.", "sales@manilalabel.example", "tl-PH")
    a = PO("4500081741", s, [
        ("LP-DT4", "Label printer, direct thermal 4 in", 3, "EA", "18900.00", "2026-12-11"),
    ], currency="PHP", issued="2026-11-20", buyer="dana")
    b = PO("4500081745", s, [
        ("LBL-4030", "Labels 40 x 30 mm, 2000/roll", 40, "ROL", "320.00", "2026-12-11"),
        ("LBL-10070", "Labels 100 x 70 mm, 500/roll", 30, "ROL", "410.00", "2026-12-11"),
    ], currency="PHP", issued="2026-11-20", buyer="dana")
    body = """Hi Ma'am Dana!

Noted po yung PO 4500081745. Available po yung 100x70, ma-deliver namin sa Dec 11 (Friday) kasama ng iba.
Yung 40x30 po ay 25 rolls na lang ang natira sa amin at wala na pong bagong stock this year, kaya 25 rolls lang po ang ma-serve namin, same price, Dec 11 din.

Salamat po!

Carlo Reyes
Manila Label Center Inc. | 0917 555 1234
"""
    raw = eml(addr("Carlo Reyes", "carlo@manilalabel.example"), buyer_to(b), "Re: " + req_subject(b),
              mdate("2026-11-23 13:30:11", "+0800"), mid("gmail", "fil70"),
              text(body + "\n" + q_gmail(b, "On Fri, Nov 20, 2026 at 3:30 PM Dana Ruiz <%s> wrote:" % b["buyer"]["email"])),
              **reply_headers(b))
    exp = conf("Only PO 4500081745 is answered: line 1 reduced to 25 rolls (no more stock), same price, Dec 11; line 2 accepted. PO 4500081741 not mentioned -> left out.",
               (b, {1: C(q=25), 2: A}))
    return [a, b], raw, exp
