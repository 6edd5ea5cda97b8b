# -*- coding: utf-8 -*-
from .common import *


@case("nail-files-html-outlook-discontinued-co", "confirmation", "es-CO",
      "Colombian HTML-only Outlook reply over an HTML-quoted PO: two lines confirmed with comma decimals, the ceramic file no longer made.")
def c054():
    S = sup("BELLA", "Bella Uña Distribuciones S.A.S.", "comercial@bellauna.example", "es-CO")
    p = mkpo("4500031056", S, "priya", "USD", "2026-11-17", [
        ("NF-CARD-ZEB", "Nail file, emery board, zebra print", 10000, "PC", "0.045", "2026-12-21"),
        ("NF-BUFF-4W", "Nail buffer block, 4-way", 3000, "PC", "0.38", "2026-12-21"),
        ("NF-CER-PRO", "Nail file, ceramic, professional", 500, "PC", "2.10", "2026-12-21"),
    ])
    b = p["buyer"]
    inner = ("<p>Buenos días Priya,</p><p>Con gusto confirmamos la orden de compra 4500031056:</p><ul>"
             "<li><b>Ítem 1</b> – lima cebra: 10.000 unidades a USD 0,045, entrega 21 de diciembre.</li>"
             "<li><b>Ítem 2</b> – bloque pulidor 4 caras: 3.000 unidades a USD 0,38, entrega 21 de diciembre.</li>"
             "<li><b>Ítem 3</b> – lima cerámica profesional: lamentablemente ya no fabricamos esta referencia, no podemos atender este ítem.</li></ul>"
             "<p>Quedamos atentos.</p><p>Cordialmente,<br><b>Valentina Restrepo</b><br>Coordinadora Comercial<br>"
             "Bella Uña Distribuciones S.A.S. | Cra. 50 # 12 Sur - 45, Medellín<br>PBX (604) 444 2210 ext. 105 | Cel. 310 555 4477</p>"
             '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%%"><font face="Calibri" style="font-size:11pt">'
             "<b>De:</b> %s &lt;%s&gt;<br><b>Enviado:</b> martes, 17 de noviembre de 2026 3:05 a. m.<br><b>Para:</b> %s<br>"
             "<b>Asunto:</b> %s</font><div>&nbsp;</div></div>%s"
             % (b["name"], b["email"], S["email"], req_subject(p), req_html(p)))
    m = eml(p, text(html_wrap(inner, "es-CO"), "html"), "2026-11-18 10:25:39", ("Valentina Restrepo", S["email"]),
            prefix="RE:", tz="-0500", midstyle="outlook")
    e = expected("confirmation", "Lines 1-2 confirmed as ordered (10.000 = 10000; 0,045 = 0.045; 21 Dec = 2026-12-21). Line 3 no longer manufactured -> rejected. The HTML-quoted PO below is ours.",
                 [conf(p, acc(p, 1), acc(p, 2), rej())])
    return [p], m, e


@case("garden-twine-per-kg-sk", "confirmation", "sk-SK",
      "Slovak reply (windows-1250, quoted-printable) quoting per-kg prices; jute line gets a higher price, PP line as ordered.")
def c055():
    S = sup("SPAGT", "Špagáty Žilina s.r.o.", "obchod@spagaty-zilina.example", "sk-SK")
    p = mkpo("4500031057", S, "mira", "EUR", "2026-11-18", [
        ("GT-JUTA-KG", "Garden twine, jute, natural, bulk spools", 300, "KG", "3.80", "2026-12-11"),
        ("GT-PP-KG", "Garden twine, polypropylene, green, bulk", 200, "KG", "2.95", "2026-12-11"),
    ])
    body = """Dobrý deň pani Lindqvist,

ďakujeme za objednávku č. 4500031057. Potvrdzujeme:

Položka 1 – jutový špagát: 300 kg, cena 3,95 €/kg (zdraženie juty od novembra), dodanie v piatok 11. 12. 2026.
Položka 2 – PP špagát zelený: 200 kg, cena 2,95 €/kg, dodanie v piatok 11. 12. 2026.

S pozdravom
Ján Kováčik
obchodné oddelenie
Špagáty Žilina s.r.o., Priemyselná 8, 010 01 Žilina
tel.: +421 41 562 33 10, IČO: 36 123 456
""" + q_outlook(p, "sk")
    m = eml(p, text(body, cs="windows-1250"), "2026-11-19 09:58:14", ("Ján Kováčik", S["email"]), prefix="RE:",
            subj_cs="windows-1250", midstyle="outlook")
    e = expected("confirmation", "PO unit is KG, so per-kg prices compare directly: line 1 3,95 vs 3.80 -> changed price; line 2 as ordered. '11. 12. 2026' (Slovak spacing) = 2026-12-11.",
                 [conf(p, chg(p, 1, price="3.95"), acc(p, 2))])
    return [p], m, e


@case("ooo-slovenian-samodejni", "auto_reply", "sl-SI",
      "Slovenian 'Samodejni odgovor' out-of-office listing a return date and a deputy; contains numbers that look like dates/quantities.")
def c056():
    S = sup("LEDOS", "Ledostrgala d.o.o.", "prodaja@ledostrgala.example", "sl-SI")
    p = mkpo("4500031058", S, "jonas", "EUR", "2026-11-18", [
        ("IS-GLOVE-SC", "Ice scraper with glove, waterproof", 600, "PC", "3.45", "2026-12-07"),
        ("IS-MINI-10", "Ice scraper, mini, 10 cm, keyring", 2000, "PC", "0.55", "2026-12-07"),
    ])
    body = """Pozdravljeni,

od 18. 11. do vključno 27. 11. 2026 sem odsotna. Vaše sporočilo bom prebrala po vrnitvi.
V nujnih primerih se obrnite na kolega Marka Novaka, marko.novak@ledostrgala.example, tel. 01 520 44 17.

Lep pozdrav,
Maja Kranjc
Ledostrgala d.o.o.
"""
    m = eml(p, text(body, cs="iso-8859-2"), "2026-11-18 09:05:44", ("Maja Kranjc", S["email"]),
            subject="Samodejni odgovor: " + req_subject(p), subj_cs="iso-8859-2",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    e = expected("auto_reply", "Out-of-office auto reply; the dates are the absence period, not delivery dates.")
    return [p], m, e


@case("oyster-knives-no-year-hr", "confirmation", "hr-HR",
      "Croatian terse reply: 'isporuka 15.12.' with no year, later than requested, both lines otherwise as ordered.")
def c057():
    S = sup("STONK", "Stonski Noževi j.d.o.o.", "info@stonski-nozevi.example", "hr-HR")
    p = mkpo("4500031059", S, "tom", "EUR", "2026-11-18", [
        ("OK-STON", "Oyster knife, Ston type, olive wood handle", 200, "PC", "6.30", "2026-12-11"),
        ("OK-BOARD", "Oyster shucking board, oak", 80, "PC", "14.00", "2026-12-11"),
    ])
    body = """Poštovani,

potvrđujemo narudžbu 4500031059: noževi 200 kom po 6,30 €, daske 80 kom po 14,00 €, isporuka 15.12.

Lijep pozdrav,
Ivana Marić
Stonski Noževi j.d.o.o. | Ston, Hrvatska | mob. 098 771 2240
""" + q_gmail(p, "sri, 18. stu 2026. u 09:05 Tom Okafor <tom.okafor@harbourline.example> napisao je:")
    m = eml(p, text(body, cs="windows-1250"), "2026-11-19 13:41:20", ("Ivana Marić", S["email"]), prefix="Re:",
            subj_cs="windows-1250", midstyle="gmail")
    e = expected("confirmation", "Quantities and prices as ordered; '15.12.' without year = 2026-12-15 (next such date after the mail date), later than 2026-12-11 on both lines.",
                 [conf(p, chg(p, 1, date="2026-12-15"), chg(p, 2, date="2026-12-15"))])
    return [p], m, e


@case("egg-cartons-cyrillic-box-of-600-sr", "confirmation", "sr-RS",
      "Serbian Cyrillic reply rounding one line up to full boxes of 600 (25.200 pcs) with dot thousands and comma decimals.")
def c058():
    S = sup("AMBAL", "Амбалажа Нови Сад д.о.о.", "prodaja@ambalaza-ns.example", "sr-RS")
    p = mkpo("4500031060", S, "priya", "EUR", "2026-11-18", [
        ("EC-15-PS", "Egg carton, 15 eggs, polystyrene", 20000, "PC", "0.055", "2027-01-11"),
        ("EC-4-PET", "Egg carton, 4 eggs, PET clear", 25000, "PC", "0.041", "2027-01-11"),
    ])
    body = """Поштована госпођо Наир,

потврђујемо поруџбину бр. 4500031060:

Позиција 1: 20.000 ком по 0,055 €, испорука 11.01.2027.
Позиција 2: паковање је по 600 ком у кутији, па потврђујемо 25.200 ком (42 кутије) по 0,041 €, испорука 11.01.2027.

Срдачан поздрав,
Милош Јовановић
Амбалажа Нови Сад д.о.о., Индустријска 14, 21000 Нови Сад
тел. +381 21 480 22 15 | ПИБ 101234567
"""
    m = eml(p, alt(body, html_wrap(nl2br(body), "sr")), "2026-11-20 08:22:37", ("Милош Јовановић", S["email"]),
            prefix="RE:", midstyle="outlook")
    e = expected("confirmation", "Line 1 as ordered. Line 2 rounded up from 25,000 to 25,200 (42 boxes of 600); price and date unchanged.",
                 [conf(p, acc(p, 1), chg(p, 2, qty=25200))])
    return [p], m, e


@case("tent-pegs-variant-question-ca", "needs_review", "ca-ES",
      "Catalan reply asking whether the pegs should come with or without reflective cord (different prices) before confirming.")
def c059():
    S = sup("PIRIN", "Piquetes Pirineu SL", "comandes@piquetespirineu.example", "ca-ES")
    p = mkpo("4500031061", S, "jonas", "EUR", "2026-11-18", [
        ("TP-V-18", "Tent peg, aluminium V-profile, 18 cm", 3000, "PC", "0.62", "2027-01-22"),
        ("TP-SAND-30", "Tent peg, sand/snow, 30 cm", 800, "PC", "1.45", "2027-01-22"),
    ])
    body = """Bon dia Jonas,

Gràcies per la comanda 4500031061.

Abans de confirmar-la, una pregunta: el codi TP-V-18 l'oferim ara en dues versions, amb cordill reflectant (0,68 €) i sense (0,62 €). Quina de les dues voleu? Per a la línia 2 també hem de saber si cal el mateix cordill.

Quan ens ho digueu us enviarem la confirmació amb preus i dates.

Salutacions,
Núria Puig
Piquetes Pirineu SL · Polígon Industrial El Segre, 22 · 25191 Lleida
Tel. 973 20 44 18
"""
    m = eml(p, text(body, cs="iso-8859-15"), "2026-11-19 10:44:03", ("Núria Puig", S["email"]), prefix="RE:",
            subj_cs="iso-8859-15", mua="UA:Mozilla/5.0 Thunderbird/128.4.0")
    e = expected("needs_review", "The supplier asks which variant we want and will send prices and dates after our answer; no line is committed.")
    return [p], m, e


@case("sendmail-mailbox-full-bounce-mt", "bounce", "mt-MT",
      "Sendmail 'Returned mail: see transcript for details' DSN after retries: 552 5.2.2 mailbox full (permanent after delay).")
def c060():
    S = sup("FILIG", "Filigree Boxes Malta Ltd", "sales@filigreeboxes.example", "mt-MT")
    p = mkpo("4500031062", S, "mira", "EUR", "2026-11-13", [
        ("JB-FIL-SLV", "Jewellery box, silver filigree lid, small", 120, "PC", "18.50", "2027-01-27"),
    ])
    human = """The original message was received at Fri, 13 Nov 2026 09:05:03 +0100
from mx1.harbourline.example [203.0.113.40]

   ----- The following addresses had permanent fatal errors -----
<sales@filigreeboxes.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mail.filigreeboxes.example.:
>>> DATA
<<< 552 5.2.2 <sales@filigreeboxes.example>... Mailbox full
554 5.0.0 Service unavailable
Message could not be delivered for 5 days
Message will be deleted from queue
"""
    m = dsn(p, "2026-11-18 09:07:41", ("Mail Delivery Subsystem", "MAILER-DAEMON@relay2.melita-host.example"),
            "relay2.melita-host.example", human, "5.2.2", "552 5.2.2 Mailbox full",
            subject="Returned mail: see transcript for details", style="std", full_original=True)
    e = expected("bounce", "Sendmail DSN: after 5 days of retries the request was returned (mailbox full); the quoted PO is our own.")
    return [p], m, e


@case("quilt-batting-bengali-digits-bd", "confirmation", "bn-BD",
      "Bengali reply mixing Bengali digits (৩,০০০) with Latin prices/dates; bamboo line delayed to 12/02/2027.")
def c061():
    S = sup("NAKSH", "Nakshi Textiles Ltd.", "export@nakshitextiles.example", "bn-BD")
    p = mkpo("4500031063", S, "tom", "USD", "2026-11-18", [
        ("QB-COT-230", "Quilt batting, 100% cotton, 230 cm wide", 3000, "M", "1.60", "2027-01-29"),
        ("QB-BAMB-230", "Quilt batting, bamboo blend, 230 cm wide", 1000, "M", "2.25", "2027-01-29"),
    ])
    body = """প্রিয় মিস্টার টম,

আপনার ক্রয়াদেশ নং 4500031063-এর জন্য ধন্যবাদ। আমরা নিম্নরূপ নিশ্চিত করছি:

লাইন ১: কটন ব্যাটিং ২৩০ সেমি — ৩,০০০ মিটার, দাম USD 1.60/মিটার, ডেলিভারি 29/01/2027।
লাইন ২: ব্যাম্বু ব্লেন্ড ব্যাটিং ২৩০ সেমি — ১,০০০ মিটার, দাম USD 2.25/মিটার। বাঁশের ফাইবার আসতে দেরি হওয়ায় ডেলিভারি 12/02/2027।

শুভেচ্ছান্তে,
মোঃ রফিকুল ইসলাম
এক্সপোর্ট ম্যানেজার, নকশী টেক্সটাইলস লিমিটেড
প্লট ১৮, বিসিক শিল্প নগরী, নারায়ণগঞ্জ | মোবাইল: +৮৮০ ১৭১১-৫৫২২৪৪
"""
    m = eml(p, text(body, cte="base64"), "2026-11-20 15:12:08", ("Md. Rafiqul Islam", S["email"]), prefix="Re:",
            tz="+0600", midstyle="gmail")
    e = expected("confirmation", "Bengali digits: ৩,০০০ = 3000 and ১,০০০ = 1000 (as ordered). Line 1 as ordered (29/01/2027). Line 2 qty/price as ordered, delivery 12/02/2027 (day-first) = 2027-02-12.",
                 [conf(p, acc(p, 1), chg(p, 2, date="2027-02-12"))])
    return [p], m, e


@case("nail-files-price-approval-ur", "needs_review", "ur-PK",
      "Urdu reply from Sialkot: cannot confirm at the PO price, proposes a new price and asks for approval before confirming.")
def c062():
    S = sup("SIALK", "Sialkot Beauty Instruments (Pvt) Ltd", "export@sialkotbeauty.example", "ur-PK")
    p = mkpo("4500031064", S, "priya", "USD", "2026-11-18", [
        ("NF-SS-DIAM", "Nail file, stainless, diamond coated, 16 cm", 3000, "PC", "0.55", "2027-01-25"),
        ("NF-SS-SAPH", "Nail file, sapphire coated, 14 cm", 2000, "PC", "0.70", "2027-01-25"),
    ])
    body = """محترمہ پریا صاحبہ،

السلام علیکم۔ آپ کے پرچیز آرڈر 4500031064 کا شکریہ۔

معذرت کے ساتھ، اسٹیل اور کوٹنگ کی قیمت بڑھنے کی وجہ سے ہم پرانی قیمت پر آرڈر کنفرم نہیں کر سکتے۔
نئی قیمتیں یہ ہوں گی: ڈائمنڈ فائل USD 0.62 فی پیس، سفائر فائل USD 0.78 فی پیس۔
براہ کرم منظوری دیں تاکہ ہم آرڈر اور ڈیلیوری کی تاریخ کنفرم کر سکیں۔

شکریہ،
محمد عمران
ایکسپورٹ منیجر، سیالکوٹ بیوٹی انسٹرومنٹس (پرائیویٹ) لمیٹڈ
فون: +92 52 3556 210 | موبائل: +92 300 612 4471
"""
    m = eml(p, text(body, cte="base64"), "2026-11-19 12:30:51", ("Muhammad Imran", S["email"]), prefix="RE:",
            tz="+0500", midstyle="outlook")
    e = expected("needs_review", "The supplier refuses the PO price, proposes new prices and explicitly waits for our approval before confirming order and delivery date: a proposal, not a commitment.")
    return [p], m, e


@case("door-stops-per-piece-surcharge-mk", "confirmation", "mk-MK",
      "Macedonian reply confirming quantities and date but adding a zinc surcharge of 0,18 EUR per piece on one line (price = PO + surcharge).")
def c063():
    S = sup("METAL", "Метал Оков ДООЕЛ", "prodazba@metalokov.example", "mk-MK")
    p = mkpo("4500031065", S, "jonas", "EUR", "2026-11-19", [
        ("DS-ZINC-FL", "Door stop, zinc, floor mount, satin", 500, "PC", "2.40", "2026-12-16"),
        ("DS-WALL-RB", "Door stop, wall mount, rubber buffer", 700, "PC", "1.15", "2026-12-16"),
    ])
    body = """Почитуван г-дине Вебер,

Ви благодариме за нарачката бр. 4500031065.
Ги потврдуваме количините (500 и 700 парчиња) и рокот на испорака 16.12.2026.

Поради поскапувањето на цинкот, за позиција 1 (DS-ZINC-FL) се додава доплата од 0,18 EUR по парче на цената од нарачката. Позиција 2 останува по 1,15 EUR.

Со почит,
Марија Стојановска
Метал Оков ДООЕЛ, ул. Индустриска бб, 1000 Скопје
тел. +389 2 2551 740 | ЕДБ 4030012345678
"""
    m = eml(p, text(body, cte="quoted-printable"), "2026-11-20 11:18:45", ("Марија Стојановска", S["email"]),
            prefix="RE:", midstyle="outlook")
    e = expected("confirmation", "Quantities and date as ordered. Line 1 price = PO 2.40 + 0.18 surcharge per piece = 2.58. Line 2 as ordered.",
                 [conf(p, chg(p, 1, price="2.58"), acc(p, 2))])
    return [p], m, e


@case("abacus-beads-shortage-sq", "confirmation", "sq-AL",
      "Albanian reply: one line cut to 2.400 pcs because of dry-wood shortage, remainder explicitly not produced this season.")
def c064():
    S = sup("ULLIR", "Ulliri Druri sh.p.k.", "shitje@ulliridruri.example", "sq-AL")
    p = mkpo("4500031066", S, "mira", "EUR", "2026-11-19", [
        ("AB-OLV-10", "Abacus beads, olive wood, 10 mm", 6000, "PC", "0.09", "2027-01-20"),
        ("AB-OLV-14", "Abacus beads, olive wood, 14 mm", 3000, "PC", "0.13", "2027-01-20"),
    ])
    body = """Përshëndetje znj. Lindqvist,

Konfirmojmë porosinë nr. 4500031066:

Rreshti 1 – rruaza ulliri 10 mm: 6.000 copë, 0,09 €/copë, dorëzimi më 20.01.2027.
Rreshti 2 – rruaza ulliri 14 mm: vetëm 2.400 copë (aq dru të thatë kemi), 0,13 €/copë, dorëzimi më 20.01.2027. Pjesa tjetër nuk mund të prodhohet këtë sezon.

Me respekt,
Arben Hoxha
Ulliri Druri sh.p.k., Rruga Industriale 4, Elbasan
Tel. +355 54 240 118 | NIPT L71234567A
"""
    m = eml(p, text(body, cs="utf-8", cte="8bit"), "2026-11-21 10:02:26", ("Arben Hoxha", S["email"]), prefix="Re:",
            midstyle="gmail")
    e = expected("confirmation", "Line 1 as ordered (6.000 = 6000). Line 2 quantity reduced to 2400 (the rest will not be supplied), price and date unchanged.",
                 [conf(p, acc(p, 1), chg(p, 2, qty=2400))])
    return [p], m, e


@case("tent-pegs-rand-afrikaans", "confirmation", "af-ZA",
      "Afrikaans reply: two lines as ordered ('Vrydag 8 Januarie'), mallets at a higher rand price (R59,50) delivered Thursday 14 January.")
def c065():
    S = sup("KAMPE", "Kampeerkuns (Edms) Bpk", "bestellings@kampeerkuns.example", "af-ZA")
    p = mkpo("4500031067", S, "tom", "ZAR", "2026-11-19", [
        ("TP-STL-30", "Tent peg, steel, 30 cm, hooked", 4000, "PC", "6.20", "2027-01-08"),
        ("TP-ALU-20", "Tent peg, aluminium, 20 cm", 2500, "PC", "4.10", "2027-01-08"),
        ("TP-MALLET", "Tent mallet, rubber head", 150, "PC", "55.00", "2027-01-08"),
    ])
    body = """Goeie dag Tom,

Dankie vir bestelling 4500031067.

Lyn 1 en 2 bevestig soos bestel (4 000 @ R6,20 en 2 500 @ R4,10), aflewering Vrydag 8 Januarie.
Lyn 3 (rubberhamers): 150 stuks, maar teen R59,50 elk weens die nuwe invoerheffing, aflewering Donderdag 14 Januarie.

Groete
Pieter van der Merwe
Kampeerkuns (Edms) Bpk | Paarl | Tel 021 872 4410 | Sel 082 555 3311
""" + q_gmail(p, "Op Do. 19 Nov. 2026 om 10:05 het Tom Okafor <tom.okafor@harbourline.example> geskryf:")
    m = eml(p, text(body, cs="iso-8859-1"), "2026-11-23 09:40:11", ("Pieter van der Merwe", S["email"]), prefix="Re:",
            tz="+0200", midstyle="gmail")
    e = expected("confirmation", "Lines 1-2 as ordered (Friday 8 January = 2027-01-08). Line 3 price R59,50 (was 55.00) and delivery Thursday 14 January = 2027-01-14.",
                 [conf(p, acc(p, 1), acc(p, 2), chg(p, 3, price="59.50", date="2027-01-14"))])
    return [p], m, e


@case("kayak-paddles-welsh-english-surcharge-cy", "confirmation", "cy-GB",
      "Bilingual Welsh-first/English reply; carbon paddle gets a £4.50 per-paddle surcharge, 'danfon 8 Chwefror' (no year).")
def c066():
    S = sup("TRYWE", "Padlau Tryweryn Cyf", "gwerthu@padlautryweryn.example", "cy-GB")
    p = mkpo("4500031068", S, "jonas", "GBP", "2026-11-19", [
        ("KP-WW-200", "Whitewater paddle, glass fibre, 200 cm", 50, "PC", "64.00", "2027-02-08"),
        ("KP-TOUR-220", "Touring paddle, carbon, 220 cm", 25, "PC", "138.00", "2027-02-08"),
    ])
    body = """Annwyl Jonas,

Diolch am eich archeb 4500031068. Rydym yn cadarnhau:
Llinell 1: 50 padl @ £64.00, danfon 8 Chwefror.
Llinell 2: 25 padl @ £138.00 + gordal carbon o £4.50 y padl, danfon 8 Chwefror.

--- English ---
Thank you for order 4500031068. We confirm:
Line 1: 50 paddles @ £64.00, delivery 8 February.
Line 2: 25 paddles @ £138.00 plus a carbon surcharge of £4.50 per paddle, delivery 8 February.

Cofion / Regards,
Elin Roberts
Padlau Tryweryn Cyf, Frongoch, Y Bala LL23 7NU
Ffôn / Tel 01678 521 440
"""
    m = eml(p, text(body, cs="windows-1252"), "2026-11-20 14:25:00", ("Elin Roberts", S["email"]), prefix="RE:",
            tz="+0000", midstyle="outlook")
    e = expected("confirmation", "Line 1 as ordered (8 February -> 2027-02-08). Line 2 price 138.00 + 4.50 surcharge per paddle = 142.50, qty and date unchanged.",
                 [conf(p, acc(p, 1), chg(p, 2, price="142.50"))])
    return [p], m, e


@case("policy-reject-ndr-german-lu", "bounce", "de-LU",
      "German-language 'Unzustellbar' DSN from the supplier's provider: 550 5.7.1 message rejected by policy (not a user-unknown).")
def c067():
    S = sup("GLASS", "Eiskratzer Luxemburg S.à r.l.", "bestellung@eiskratzer.example", "de-LU")
    p = mkpo("4500031069", S, "jonas", "EUR", "2026-11-19", [
        ("IS-ALU-TELE", "Ice scraper, aluminium telescopic, with squeegee", 400, "PC", "7.80", "2026-12-04"),
    ])
    human = """Dies ist eine automatisch erstellte Nachricht.

Ihre Nachricht konnte nicht an einen oder mehrere Empfänger zugestellt werden.

    bestellung@eiskratzer.example
    Grund: Die Nachricht wurde vom Server des Empfängers aus Richtlinien-
    gründen abgelehnt (550 5.7.1 Message rejected due to content restrictions).

Bitte wenden Sie sich an den Empfänger auf anderem Wege.

----
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed permanently: bestellung@eiskratzer.example
"""
    m = dsn(p, "2026-11-19 09:05:58", ("Mail Delivery System", "mailer-daemon@mx.pt-luxhost.example"),
            "mx.pt-luxhost.example", human, "5.7.1", "550 5.7.1 Message rejected due to content restrictions",
            subject="Unzustellbar: " + req_subject(p), style="gmail")
    return [p], m, expected("bounce", "Policy rejection DSN (5.7.1): our request never reached the supplier.")


@case("egg-cartons-proforma-first-ng", "needs_review", "en-NG",
      "Nigerian English reply: PO received, MD to approve, proforma invoice to follow and delivery confirmed only after payment.")
def c068():
    S = sup("LAGPK", "Lagos Agro Packaging Ltd", "sales@lagosagropack.example", "en-NG")
    p = mkpo("4500031070", S, "priya", "USD", "2026-11-20", [
        ("EC-30-TRAY", "Egg tray, 30 cells, recycled pulp", 60000, "PC", "0.032", "2027-01-18"),
        ("EC-12-BOX", "Egg box, 12 eggs, pulp", 20000, "PC", "0.058", "2027-01-18"),
    ])
    body = """Dear Ma,

Good day and compliments of the season in advance.

Kindly note that we have received your PO 4500031070. It has been forwarded to our MD for approval, after which we shall send you our proforma invoice.
Delivery date will be confirmed to you once payment is made as per our company policy.

Thank you for your patronage.

Best regards,
Chinedu Okeke
Sales Executive, Lagos Agro Packaging Ltd
Plot 14B, Agbara Industrial Estate, Ogun State | 0803 555 2741, 0905 555 1180
"""
    m = eml(p, text(body, cs="us-ascii", cte="7bit"), "2026-11-20 14:02:17", ("Chinedu Okeke", S["email"]),
            prefix="RE:", midstyle="outlook")
    e = expected("needs_review", "Receipt plus process statement: approval, proforma invoice and prepayment must come first; nothing is confirmed and a buyer must react to the payment condition.")
    return [p], m, e


@case("hair-clips-incoterm-question-pe", "needs_review", "es-PE",
      "Peruvian reply asking whether delivery is FOB Callao or to the Hamburg warehouse before fixing price and date.")
def c069():
    S = sup("ANDIN", "Accesorios Andinos S.A.C.", "exportaciones@accesoriosandinos.example", "es-PE")
    p = mkpo("4500031071", S, "tom", "USD", "2026-11-20", [
        ("HC-ALP-FLR", "Hair clip, alpaca wool flower", 800, "PC", "1.90", "2027-02-10"),
        ("HC-SLV-BAR", "Hair barrette, silver-plated, 7 cm", 400, "PC", "4.60", "2027-02-10"),
    ])
    body = """Estimado Tom:

Muchas gracias por su orden de compra 4500031071.

Antes de confirmarla, ¿nos podría indicar si la entrega es FOB Callao o puesta en su almacén de Hamburgo? En la OC figura la dirección de Hamburgo pero los precios corresponden a nuestra lista FOB. Según su respuesta ajustamos precios y fecha de entrega.

Quedo atenta,
Rosa Quispe
Exportaciones – Accesorios Andinos S.A.C.
Av. Argentina 2450, Lima 1 | +51 1 336 4410 | RUC 20512345678
"""
    m = eml(p, text(body), "2026-11-23 11:30:00", ("Rosa Quispe", S["email"]), prefix="RE:", tz="-0500",
            midstyle="outlook")
    e = expected("needs_review", "The supplier asks an Incoterm question and says prices and dates depend on our answer; nothing committed.")
    return [p], m, e


@case("shipping-notice-other-order-fr-be", "unrelated", "fr-BE",
      "Belgian French automatic shipping notice (avis d'expédition) with tracking for a different, earlier PO from the same supplier.")
def c070():
    S = sup("SAVON", "Moules à Savon Liégeois SRL", "commandes@moulesasavon.example", "fr-BE")
    p = mkpo("4500031072", S, "mira", "EUR", "2026-11-20", [
        ("SM-ACR-BAR", "Soap mould, acrylic bar, 10 cavities", 200, "PC", "7.40", "2027-01-13"),
        ("SM-WOOD-1KG", "Soap mould, wooden loaf, 1 kg, with liner", 60, "PC", "16.90", "2027-01-13"),
    ])
    body = """Bonjour,

Votre commande 4500029954 (notre référence CDE-26-08812) a été expédiée ce jour.

Transporteur : DPD Belgium
Numéro de suivi : 05212345678901
Colis : 3 – poids total 42,5 kg
Livraison prévue : mercredi 25 novembre 2026

Articles expédiés :
- SM-SIL-LAV  Moule silicone lavande 6 cavités   300 pcs
- SM-ACR-OVAL Moule acrylique ovale              150 pcs

Ceci est un message automatique, merci de ne pas y répondre.
Moules à Savon Liégeois SRL – Rue Saint-Léonard 212, 4000 Liège – TVA BE 0712.345.678
"""
    m = eml(p, alt(body, html_wrap(nl2br(body), "fr-BE")), "2026-11-23 16:05:00",
            ("Moules à Savon Liégeois", "noreply@moulesasavon.example"),
            subject="Avis d'expédition – commande 4500029954", reply=False,
            extra=[("Auto-Submitted", "auto-generated")])
    e = expected("unrelated", "Shipping notice for a different PO (4500029954) with different items; nothing about PO 4500031072.")
    return [p], m, e
