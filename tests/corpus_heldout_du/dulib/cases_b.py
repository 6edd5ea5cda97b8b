# -*- coding: utf-8 -*-
"""Cases 019-036."""
from .common import *


@case("fr-ch-apostrophe-total-price", "confirmation", "fr-CH",
      "Swiss French: set price given only as a line total 'CHF 585.00 pour les 30 assortiments' (=19.50/set) and a short date 8.1.27.")
def c19():
    p = po("4500021719", "PINROM", "Pinceaux Romands SA", "commandes@pinceaux-romands.example", "fr-CH", "CHF",
           "2026-11-13", [("PB-PLAT-50", "Pinceau plat 50 mm, soies naturelles", 144, "PC", "4.35", "2026-12-17"),
                          ("PB-ROND-12", "Pinceau rond n° 12", 72, "PC", "6.90", "2026-12-17"),
                          ("PB-SET-5", "Assortiment 5 pinceaux", 30, "SET", "18.50", "2026-12-17")])
    text = """Bonjour Madame,

Merci pour votre commande 4500021719.

Pos. 1 et 2 : ok, livraison le 17.12.26 (total CHF 1'123.20).
Pos. 3 : l'assortiment a changé de composition chez notre fabricant, nouveau prix CHF 585.00 pour les 30 assortiments; livrable seulement le 8.1.27.

Meilleures salutations

Nicolas Favre
Pinceaux Romands SA
Route de la Glâne 107, 1752 Villars-sur-Glâne
+41 26 402 18 50 | CHE-105.884.312 TVA"""
    q = outlook_quote(p, ("De", "Envoyé", "À", "Objet"), sent="vendredi, 13 novembre 2026 08:31", sep=None)
    eml = reply(p, ("Nicolas Favre", "n.favre@pinceaux-romands.example"), date_hdr("2026-11-16 08:55:10"),
                "<ZR0P278MB0412FA3B9C1D2E@ZR0P278MB0412.CHEP278.prod.outlook.example>", text, q, html=True,
                boundary="_000_ZR0P278MB0412FA3B9C1D2E_", charset="iso-8859-1")
    exp = expected("confirmation", "Pos. 1-2 as ordered (144*4.35 + 72*6.90 = 1'123.20, 17.12.26). Pos. 3: 585.00/30 = 19.50 per set, date 8.1.27 = 2027-01-08.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price="19.50", date="2027-01-08")})])
    return [p], eml, exp


@case("de-ch-ooo-trilingual", "auto_reply", "de-CH",
      "Swiss trilingual (de/fr/en) out-of-office naming a deputy and return date; no Auto-Submitted header, only X-Autoreply.")
def c20():
    p = po("4500021720", "ZUERCHER", "Hebetechnik Zürcher AG", "verkauf@hebetechnik-zuercher.example", "de-CH", "CHF",
           "2026-11-13", [("RK-GUM-200", "Radkeil Gummi 200 mm", 40, "PC", "17.80", "2026-12-14"),
                          ("RK-ALU-LKW", "Radkeil Aluminium LKW", 12, "PC", "68.00", "2026-12-14")], buyer="tomas")
    text = """Grüezi

Ich bin bis und mit Montag, 23. November 2026 abwesend. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an Frau Petra Keller, petra.keller@hebetechnik-zuercher.example, Tel. +41 44 821 33 10.

Je suis absent jusqu'au lundi 23 novembre 2026. En cas d'urgence, veuillez contacter Mme Petra Keller.

I am out of the office until Monday, 23 November 2026. For urgent matters please contact Ms Petra Keller.

Freundliche Grüsse
Reto Zürcher"""
    eml = reply(p, ("Reto Zürcher", "reto.zuercher@hebetechnik-zuercher.example"), date_hdr("2026-11-13 08:31:40"),
                "<abwesend-4471.20261113083140@hebetechnik-zuercher.example>", text,
                subject="Abwesenheitsnotiz: " + request_subject(p), extra=("X-Autoreply: yes",))
    exp = expected("auto_reply", "Out-of-office in three languages; only an absence period and deputy, no commitment.")
    return [p], eml, exp


@case("pl-pl-iso88592-b64-withdrawn", "confirmation", "pl-PL",
      "Polish ISO-8859-2 base64 body: two lines confirmed, third 'wycofany z oferty' (withdrawn) and declined.")
def c21():
    p = po("4500021721", "KOWDRAB", "Drabiny Sznurowe Kowalski Sp. z o.o.", "biuro@drabiny-kowalski.example", "pl-PL", "PLN",
           "2026-11-13", [("DS-5M-AL", "Drabinka sznurowa 5 m, szczeble aluminiowe", 25, "EA", "214.00", "2027-01-14"),
                          ("DS-10M-AL", "Drabinka sznurowa 10 m, szczeble aluminiowe", 15, "EA", "389.00", "2027-01-14"),
                          ("DS-8M-DR", "Drabinka sznurowa 8 m, szczeble drewniane", 10, "EA", "265.00", "2027-01-14")])
    text = """Dzień dobry,

potwierdzamy zamówienie nr 4500021721:
poz. 1 i 2 – zgodnie z zamówieniem (ilości i ceny), termin dostawy 14.01.2027 r.
poz. 3 – produkt wycofany z oferty, nie zrealizujemy tej pozycji. Przepraszamy.

Z poważaniem
Katarzyna Zielińska
Dział Handlowy
Drabiny Sznurowe Kowalski Sp. z o.o.
ul. Przemysłowa 12, 62-800 Kalisz
tel. +48 62 757 31 40, NIP 618-214-77-03"""
    eml = reply(p, ("Katarzyna Zielińska", "k.zielinska@drabiny-kowalski.example"), date_hdr("2026-11-16 12:14:25"),
                "<7b3c1e09a2f4d5e6@drabiny-kowalski.example>", text, gt_quote(request_text(p)),
                charset="iso-8859-2", cte="base64", subject="Odp: " + request_subject(p), sub_charset="iso-8859-2")
    exp = expected("confirmation", "Lines 1-2 accepted for 14.01.2027; line 3 withdrawn from the range and explicitly not supplied -> rejected.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: R()})])
    return [p], eml, exp


@case("sk-sk-carton-rounding", "confirmation", "sk-SK",
      "Slovak reply rounding 100 rolls up to 5 cartons of 24 (=120) and delivering both lines two days early.")
def c22():
    p = po("4500021722", "TPZILINA", "Tesniace pásky Žilina s.r.o.", "predaj@tesniace-pasky.example", "sk-SK", "EUR",
           "2026-11-16", [("TP-BUT-50", "Butylová tesniaca páska 50 mm x 10 m", 100, "ROL", "5.70", "2026-12-18"),
                          ("TP-PTFE-12", "PTFE páska 12 mm x 12 m", 500, "ROL", "0.48", "2026-12-18")])
    text = """Dobrý deň,

ďakujeme za objednávku 4500021722.
Pol. 1 balíme po 24 ks v kartóne, preto Vám potvrdzujeme 120 ks (5 kartónov) za 5,70 €/ks.
Pol. 2 OK – 500 ks po 0,48 €.
Dodanie oboch položiek 16. 12. 2026.

S pozdravom
Peter Hudák
Tesniace pásky Žilina s.r.o. | Košická 48, 010 01 Žilina | +421 41 562 80 11"""
    eml = reply(p, ("Peter Hudák", "hudak@tesniace-pasky.example"), date_hdr("2026-11-17 09:03:38"),
                "<e4c7a1b2-8d3f-4a61-b0c9-2f7e18d5a344@tesniace-pasky.example>", text,
                gmail_quote(p, "Dňa po 16. 11. 2026 o 8:31 Ingrid Halvorsen <ingrid.halvorsen@halvorsen-supply.example> napísal(a):"),
                charset="windows-1250")
    exp = expected("confirmation", "Line 1 quantity 100 -> 120 (5 cartons of 24), same price; both lines delivered 16. 12. 2026 instead of 18.12.",
                   [conf(p, {1: C(p, 1, quantity=120, date="2026-12-16"), 2: C(p, 2, date="2026-12-16")})])
    return [p], eml, exp


@case("hu-hu-dotted-dates", "confirmation", "hu-HU",
      "Hungarian 'YYYY. MM. DD.' dates and space-grouped forint prices; one line repriced and a week later.")
def c23():
    p = po("4500021723", "CSEMPEV", "Csempevágó Kft.", "rendeles@csempevago.example", "hu-HU", "HUF",
           "2026-11-16", [("CV-600", "Kézi csempevágó 600 mm", 20, "EA", "18900.00", "2027-01-18"),
                          ("CV-900", "Kézi csempevágó 900 mm", 8, "EA", "34500.00", "2027-01-18"),
                          ("CV-KEREK-22", "Vágókerék 22 mm", 100, "PC", "890.00", "2027-01-18")])
    text = """Tisztelt Halvorsen Asszony!

A 4500021723 számú megrendelését az alábbiak szerint visszaigazoljuk:

1. tétel: CV-600, 20 db, 18 900 Ft/db, szállítás: 2027. 01. 18.
2. tétel: CV-900, 8 db, 36 200 Ft/db (gyártói árváltozás), szállítás: 2027. 01. 25.
3. tétel: CV-KEREK-22, 100 db, 890 Ft/db, szállítás: 2027. 01. 18.

Az árak az ÁFA-t nem tartalmazzák.

Üdvözlettel:
Szabó Eszter
értékesítés
Csempevágó Kft. | 6000 Kecskemét, Ipari út 9. | +36 76 481 220"""
    eml = reply(p, ("Szabó Eszter", "szabo.eszter@csempevago.example"), date_hdr("2026-11-17 14:40:02"),
                "<2011170140.HU88231@csempevago.example>", text, None, charset="iso-8859-2", cte="quoted-printable",
                subject="Visszaigazolás - 4500021723", reply=True)
    exp = expected("confirmation", "Lines 1 and 3 as ordered; line 2 price 34500 -> 36200 and date 2027-01-25.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="36200.00", date="2027-01-25"), 3: A(p, 3)})])
    return [p], eml, exp


@case("ro-ro-postfix-dsn-mailbox-full", "bounce", "ro-RO",
      "Postfix multipart/report DSN (552 5.2.2 mailbox full) with message/delivery-status and returned headers.")
def c24():
    p = po("4500021724", "IZOTRANS", "Izolații Transilvania SRL", "comenzi@izolatii-transilvania.example", "ro-RO", "RON",
           "2026-11-16", [("BI-PVC-19", "Bandă izolatoare PVC 19 mm x 20 m", 800, "ROL", "3.40", "2026-12-15")], buyer="marco")
    od = date_hdr("2026-11-16 08:31:00")
    t1 = """This is the mail system at host mail.halvorsen-supply.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<comenzi@izolatii-transilvania.example>: host
    mx.izolatii-transilvania.example[198.51.100.40] said: 552 5.2.2
    <comenzi@izolatii-transilvania.example>: Mailbox full - quota exceeded (in reply
    to RCPT TO command)"""
    ds = """Reporting-MTA: dns; mail.halvorsen-supply.example
X-Postfix-Queue-ID: 4Q8mNp3Yx1z7
X-Postfix-Sender: rfc822; marco.bellini@halvorsen-supply.example
Arrival-Date: Mon, 16 Nov 2026 08:31:00 +0100 (CET)

Final-Recipient: rfc822; comenzi@izolatii-transilvania.example
Original-Recipient: rfc822;comenzi@izolatii-transilvania.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.izolatii-transilvania.example
Diagnostic-Code: smtp; 552 5.2.2 <comenzi@izolatii-transilvania.example>:
    Mailbox full - quota exceeded"""
    parts = [("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + t1).encode(),
             ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds).encode(),
             ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" +
              original_headers(p, od).replace("ingrid", "marco")).encode()]
    body = multipart("report", parts, "4Q8mNp3Yx1z7.1763278262/mail.halvorsen-supply.example", "; report-type=delivery-status")
    eml = mail(p, ("Mail Delivery System", "MAILER-DAEMON@mail.halvorsen-supply.example"),
               "Undelivered Mail Returned to Sender", date_hdr("2026-11-16 08:31:02"),
               "<20261116073102.5C1A2180A12@mail.halvorsen-supply.example>", body, reply=False,
               extra=("Auto-Submitted: auto-replied",))
    exp = expected("bounce", "Postfix delivery status notification (mailbox full, permanent 5.2.2).")
    return [p], eml, exp


@case("bg-bg-cp1251-partial-stock", "confirmation", "bg-BG",
      "Bulgarian windows-1251 mail: line 2 only 25 of 40 in stock now, remaining 15 'до 15.01.2027 г.' -> split schedule.")
def c25():
    p = po("4500021725", "KLPLOV", "Клинове Пловдив ЕООД", "prodajbi@klinove-plovdiv.example", "bg-BG", "EUR",
           "2026-11-17", [("KL-GUM-125", "Гумен клин за колело 125 мм", 200, "PC", "6.40", "2026-12-21"),
                          ("KL-PLS-TR", "Пластмасов клин за камион", 40, "PC", "19.80", "2026-12-21")], buyer="aisha")
    text = """Здравейте, г-жо Рахман,

Потвърждаваме поръчка № 4500021725:

Поз. 1 – 200 бр. по 6,40 € – доставка до 21.12.2026 г.
Поз. 2 – цена 19,80 €/бр.; наличност само 25 бр., които изпращаме заедно с поз. 1. Останалите 15 бр. – доставка до 15.01.2027 г.

Поздрави,
Георги Петров
Търговски отдел
Клинове Пловдив ЕООД, бул. „Марица“ 154, 4000 Пловдив
тел. +359 32 62 44 18, ЕИК 115847299"""
    eml = reply(p, ("Георги Петров", "g.petrov@klinove-plovdiv.example"), date_hdr("2026-11-18 10:17:45", "+0200"),
                "<001f01dd7f0a$2b3c4d50$81928aa0$@klinove-plovdiv.example>", text,
                outlook_quote(p, ("От", "Изпратено", "До", "Относно"), sent="вторник, 17 ноември 2026 г. 9:31", sep=None),
                charset="windows-1251", subject="RE: " + request_subject(p))
    exp = expected("confirmation", "Line 1 as ordered. Line 2 split: 25 with line 1 on 2026-12-21, 15 on 2027-01-15; total 40, price unchanged.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, schedule=[(25, "2026-12-21"), (15, "2027-01-15")])})])
    return [p], eml, exp


@case("ru-ru-koi8r-in-3-weeks", "confirmation", "ru-RU",
      "Russian KOI8-R mail: line 2 'через 3 недели' from the mail date (25 Nov -> 16 Dec) with a new price; line 1 ship date equals PO.")
def c26():
    p = po("4500021726", "ABRTORG", "ООО «АбразивТорг»", "zakaz@abrazivtorg.example", "ru-RU", "RUB",
           "2026-11-17", [("AP-SC-7447", "Абразивный войлок красный 152x229 мм", 1000, "PC", "42.00", "2026-12-11"),
                          ("AP-SC-7448", "Абразивный войлок серый 152x229 мм", 500, "PC", "45.50", "2026-12-11")])
    text = """Добрый день, Ингрид!

Заказ 4500021726 подтверждаем.

Позиция 1 – в наличии, 1000 шт. по 42,00 руб., отгрузка 11.12.2026.
Позиция 2 – под заказ, поставка через 3 недели от сегодняшнего дня, цена 47,80 руб./шт. (500 шт.).

С уважением,
Дмитрий Волков
менеджер отдела продаж
ООО «АбразивТорг»
+7 (495) 783-21-40, доб. 117
ИНН 7714382201 / КПП 771401001"""
    eml = reply(p, ("Дмитрий Волков", "volkov@abrazivtorg.example"), date_hdr("2026-11-25 11:05:00", "+0300"),
                "<1732521900.884211@abrazivtorg.example>", text,
                "17.11.2026, 10:31, \"Ingrid Halvorsen\" <ingrid.halvorsen@halvorsen-supply.example>:\n" + gt_quote(request_text(p)),
                charset="koi8-r", cte="8bit", subject="Re: " + request_subject(p), sub_charset="koi8-r")
    exp = expected("confirmation", "Line 1: only a ship date 11.12.2026 = requested -> accepted. Line 2: 'in 3 weeks from today' with mail date 2026-11-25 -> 2026-12-16, price 45.50 -> 47.80.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="47.80", date="2026-12-16")})])
    return [p], eml, exp


@case("uk-ua-prepayment-question", "needs_review", "uk-UA",
      "Ukrainian reply: order received, but 100% prepayment required for new customers; asks us to agree before dates are confirmed.")
def c27():
    p = po("4500021727", "NAKOLIN", "ТОВ «Наколінник-Захист»", "sales@nakolinnyk.example", "uk-UA", "EUR",
           "2026-11-17", [("NK-GEL-2", "Наколінники гелеві, пара", 300, "PR", "7.90", "2027-01-11")], buyer="tomas")
    text = """Доброго дня, пане Томасе!

Замовлення 4500021727 отримали, дякуємо.
Для нових клієнтів ми працюємо лише на умовах 100% передоплати. Прошу підтвердити, що ви згодні, — тоді надішлемо рахунок-фактуру і підтвердимо терміни поставки (орієнтовно 2–3 тижні після оплати).

З повагою,
Олена Коваленко
ТОВ «Наколінник-Захист», м. Львів
тел. +380 32 245 17 09"""
    eml = reply(p, ("Олена Коваленко", "o.kovalenko@nakolinnyk.example"), date_hdr("2026-11-18 15:22:11", "+0200"),
                "<c3f9e2d1-0b7a-4c55-9e1f-6a2b8d4c7e10@nakolinnyk.example>", text,
                gmail_quote(p, "вт, 17 лист. 2026 р. о 09:31 Tomas Lindqvist <tomas.lindqvist@halvorsen-supply.example> пише:"),
                html=True, boundary="000000000000c1d2e3f4a5b6c7d8")
    exp = expected("needs_review", "Nothing is committed: the supplier asks us to accept prepayment first; the delivery time is only indicative ('орієнтовно') and counted from payment.")
    return [p], eml, exp


@case("sr-rs-ship-vs-delivery", "confirmation", "sr-RS",
      "Serbian Latin reply giving both a dispatch date (9. 12.) and a latest delivery date (15. 12.); delivery wins.")
def c28():
    p = po("4500021728", "MERBEO", "Merni Instrumenti Beograd d.o.o.", "prodaja@merni-instrumenti.example", "sr-RS", "RSD",
           "2026-11-17", [("SK-600", "Strujna klešta AC 600 A", 25, "EA", "4890.00", "2026-12-14"),
                          ("SK-1000DC", "Strujna klešta AC/DC 1000 A", 10, "EA", "12650.00", "2026-12-14")])
    text = """Poštovana gospođo Halvorsen,

potvrđujemo porudžbenicu 4500021728. Obe stavke po Vašim cenama i količinama.
Otprema iz našeg skladišta 9. 12. 2026., isporuka kod Vas (Drammen) najkasnije 15. 12. 2026.

Srdačan pozdrav,
Milan Jovanović
Merni Instrumenti Beograd d.o.o. | Bulevar Mihajla Pupina 10, 11070 Novi Beograd
tel. +381 11 311 42 07 | PIB 100234871 | MB 07654321"""
    eml = reply(p, ("Milan Jovanović", "milan.jovanovic@merni-instrumenti.example"), date_hdr("2026-11-18 08:47:30"),
                "<0d2e01dd7f3c$9a8b7c60$cf9e8d20$@merni-instrumenti.example>", text,
                outlook_quote(p, ("Od", "Poslato", "Za", "Tema"), sent="utorak, 17. novembar 2026. 08:31", sep=None),
                charset="windows-1250", subject="RE: " + request_subject(p))
    exp = expected("confirmation", "Quantities and prices as ordered; the delivery date 15. 12. 2026 wins over the ship date 9. 12., so both lines change date to 2026-12-15.",
                   [conf(p, {1: C(p, 1, date="2026-12-15"), 2: C(p, 2, date="2026-12-15")})])
    return [p], eml, exp


@case("hr-hr-automatski-odgovor", "auto_reply", "hr-HR",
      "Croatian automatic reply from a shared mailbox ('zaprimili smo Vaš upit, odgovor u roku 48 sati'), Auto-Submitted.")
def c29():
    p = po("4500021729", "GUMRI", "Gumeni Proizvodi Rijeka d.d.", "prodaja@gumeni-rijeka.example", "hr-HR", "EUR",
           "2026-11-18", [("PK-GUM-150", "Podmetač za kotač gumeni 150 mm", 120, "PC", "8.20", "2026-12-18")])
    text = """Poštovani,

ovo je automatska poruka. Zaprimili smo Vašu e-poruku i odgovorit ćemo u roku od 48 sati (radnim danima od 7 do 15 h).
Za hitne narudžbe nazovite +385 51 263 400.

Gumeni Proizvodi Rijeka d.d.
Odjel prodaje"""
    eml = reply(p, ("Gumeni Proizvodi Rijeka - Prodaja", "prodaja@gumeni-rijeka.example"), date_hdr("2026-11-18 08:31:09"),
                "<auto.8812930.20261118@gumeni-rijeka.example>", text, charset="iso-8859-2",
                subject="Automatski odgovor: " + request_subject(p),
                extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"), sub_charset="iso-8859-2")
    exp = expected("auto_reply", "Automatic acknowledgement from the sales mailbox; promises a human answer within 48 hours, commits to nothing.")
    return [p], eml, exp


@case("sl-si-signature-numbers", "confirmation", "sl-SI",
      "One-sentence Slovenian full confirmation buried above a long signature with IBAN, VAT ID, share capital and a legal disclaimer.")
def c30():
    p = po("4500021730", "OKOVCE", "Okovje Celje d.o.o.", "prodaja@okovje-celje.example", "sl-SI", "EUR",
           "2026-11-18", [("VZ-INOX-45", "Vratni zaustavljač inox 45 mm", 150, "PC", "3.85", "2026-12-16"),
                          ("VZ-TLA-GUM", "Talni zaustavljač, guma", 300, "PC", "1.20", "2026-12-16")])
    text = """Pozdravljeni,

naročilo 4500021730 potrjujemo v celoti, dobava 16. 12. 2026.

Lep pozdrav,

Matej Kranjc
Prodaja

Okovje Celje d.o.o.
Mariborska cesta 88, 3000 Celje, Slovenija
T: +386 3 425 61 00 | M: +386 41 725 330 | F: +386 3 425 61 99
ID za DDV: SI 45821736 | Matična št.: 5482173000
TRR: SI56 0510 0801 4215 663 (Abanka)
Osnovni kapital: 150.000,00 EUR, vpis pri Okrožnem sodišču v Celju, št. vložka 1/04512/00

To sporočilo je namenjeno izključno naslovniku in lahko vsebuje zaupne podatke. Če ste ga prejeli pomotoma, vas prosimo, da o tem obvestite pošiljatelja in sporočilo izbrišete."""
    eml = reply(p, ("Matej Kranjc", "matej.kranjc@okovje-celje.example"), date_hdr("2026-11-19 07:58:03"),
                "<9a7e3b11-5c2d-4e8f-a1b0-3d6c9f2e4b87@okovje-celje.example>", text,
                gmail_quote(p, "V sre., 18. nov. 2026 ob 08:31 je oseba Ingrid Halvorsen <ingrid.halvorsen@halvorsen-supply.example> napisala:"),
                html=True, boundary="0000000000007d8c9b0a1f2e3d4c")
    exp = expected("confirmation", "'Potrjujemo v celoti' = confirmed in full, delivery 16. 12. 2026 = requested; the signature numbers are noise.",
                   [all_acc(p)])
    return [p], eml, exp


@case("lt-lt-earlier-iso-date", "confirmation", "lt-LT",
      "Lithuanian single-line PO delivered a month earlier than asked, ISO date 2026-12-18 with 'anksčiau' (earlier).")
def c31():
    p = po("4500021731", "TELESK", "UAB Teleskopas", "uzsakymai@teleskopas.example", "lt-LT", "EUR",
           "2026-11-18", [("TK-3M", "Teleskopinis kotas 1,5–3 m", 100, "EA", "11.90", "2027-01-22")], buyer="tomas")
    text = """Laba diena,

užsakymą 4500021731 patvirtiname: 100 vnt. po 11,90 EUR be PVM.
Prekės sandėlyje, todėl pristatysime anksčiau – 2026-12-18.

Pagarbiai
Rūta Petrauskienė
UAB Teleskopas, Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 213 4470"""
    eml = reply(p, ("Rūta Petrauskienė", "ruta@teleskopas.example"), date_hdr("2026-11-19 10:30:00", "+0200"),
                "<20261119083000.GA11873@teleskopas.example>", text, gt_quote(request_text(p)),
                charset="iso-8859-13", subject="RE: " + request_subject(p))
    exp = expected("confirmation", "Quantity and price as ordered; delivery earlier on 2026-12-18 instead of 2027-01-22 -> changed.",
                   [conf(p, {1: C(p, 1, date="2026-12-18")})])
    return [p], eml, exp


@case("lv-lv-will-confirm-friday", "needs_review", "lv-LV",
      "Latvian acknowledgement that the order is fine 'in principle' but lead times will be confirmed by Friday with the factory.")
def c32():
    p = po("4500021732", "DROSIN", "SIA Drošinātāji", "pasutijumi@drosinataji.example", "lv-LV", "EUR",
           "2026-11-19", [("KD-5A-100", "Kūstošā stieple 5 A, 100 m spole", 12, "ROL", "14.60", "2026-12-17"),
                          ("KD-10A-100", "Kūstošā stieple 10 A, 100 m spole", 12, "ROL", "17.90", "2026-12-17")])
    text = """Labdien, Ingrid!

Paldies par pasūtījumu 4500021732. Cenas principā ir pareizas, bet piegādes termiņus vēl precizēsim ar ražotāju un apstiprināsim līdz piektdienai, 27. novembrim.

Ar cieņu
Andris Ozoliņš
SIA Drošinātāji | Rīga, Krasta iela 52 | +371 67 812 455"""
    eml = reply(p, ("Andris Ozoliņš", "andris@drosinataji.example"), date_hdr("2026-11-23 09:14:51", "+0200"),
                "<4e1b2c3d-9f8a-4b7c-a6d5-e0f1a2b3c4d5@drosinataji.example>", text,
                gmail_quote(p, "2026. gada 19. nov., plkst. 09:31 Ingrid Halvorsen <ingrid.halvorsen@halvorsen-supply.example> rakstīja:"),
                charset="utf-8", cte="base64")
    exp = expected("needs_review", "Prices only 'in principle' and delivery dates to be confirmed by Friday 27 Nov; the date in the mail is the promise to answer, not a delivery date.")
    return [p], eml, exp


@case("et-ee-price-per-100m", "confirmation", "et-EE",
      "Estonian fuse-wire reply quoting prices per 100 m while the PO is per metre; line 1 equal by value, line 2 new list price.")
def c33():
    p = po("4500021733", "SULAV", "OÜ Sulavtraat", "myyk@sulavtraat.example", "et-EE", "EUR",
           "2026-11-19", [("ST-5A", "Sulavtraat 5 A, tinatud vask", 500, "M", "0.62", "2026-12-11"),
                          ("ST-15A", "Sulavtraat 15 A, tinatud vask", 300, "M", "0.95", "2026-12-11")], buyer="tomas")
    text = """Tere,

kinnitame tellimuse 4500021733:

Rida 1: 500 m, hind 62,00 EUR / 100 m, tarne 11.12.2026
Rida 2: 300 m, hind 104,50 EUR / 100 m (uus hinnakiri alates 01.11.2026), tarne 11.12.2026

Lugupidamisega
Kadri Tamm
OÜ Sulavtraat | Peterburi tee 46, 11415 Tallinn | +372 622 9140"""
    eml = reply(p, ("Kadri Tamm", "kadri.tamm@sulavtraat.example"), date_hdr("2026-11-20 13:33:17", "+0200"),
                "<CAB9k2LmN4p@mail.sulavtraat.example>", text,
                gmail_quote(p, "K, 19. nov 2026 kell 09:31 Tomas Lindqvist <tomas.lindqvist@halvorsen-supply.example> kirjutas:"),
                charset="iso-8859-15")
    exp = expected("confirmation", "Prices per 100 m: 62,00/100 = 0.62 per M (= PO, accepted); 104,50/100 = 1.045 per M (changed). Dates as requested; 01.11.2026 is the price list date.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="1.045")})])
    return [p], eml, exp


@case("fi-fi-week-split", "confirmation", "fi-FI",
      "Finnish reply splitting line 1 across 'viikolla 51' and 'viikolla 3' (Fridays 2026-12-18 / 2027-01-22); line 2 week 2 = as requested.")
def c34():
    p = po("4500021734", "LIIMATEK", "Liimatekniikka Oy", "myynti@liimatekniikka.example", "fi-FI", "EUR",
           "2026-11-19", [("LP-100", "Liimapistooli 100 W", 60, "EA", "14.20", "2027-01-15"),
                          ("LP-TIKKU-11", "Liimapuikko 11 mm, 1 kg pussi", 40, "KG", "9.80", "2027-01-15")], buyer="tomas")
    text = """Hei Tomas,

tilaus 4500021734 vahvistettu.

Rivi 1: 40 kpl toimitetaan viikolla 51 ja loput 20 kpl viikolla 3, hinta 14,20 €/kpl.
Rivi 2: 40 kg viikolla 2, hinta 9,80 €/kg.

Ystävällisin terveisin
Mikko Virtanen
Liimatekniikka Oy
puh. 040 718 2293"""
    eml = reply(p, ("Mikko Virtanen", "mikko.virtanen@liimatekniikka.example"), date_hdr("2026-11-20 15:02:44", "+0200"),
                "<HE1P190MB0341D7E2A9F3B1C4@HE1P190MB0341.EURP190.prod.outlook.example>", text,
                outlook_quote(p, ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), sent="torstai 19. marraskuuta 2026 9.31", sep=None),
                html=True, boundary="_000_HE1P190MB0341D7E2A9F3B1C4_", charset="iso-8859-1",
                subject="VS: " + request_subject(p))
    exp = expected("confirmation", "Weeks without day = Friday: week 51 -> 2026-12-18 (40 pcs), week 3 of 2027 -> 2027-01-22 (20 pcs); line 2 week 2 -> 2027-01-15 = requested.",
                   [conf(p, {1: C(p, 1, schedule=[(40, "2026-12-18"), (20, "2027-01-22")]), 2: A(p, 2)})])
    return [p], eml, exp


@case("sv-se-forwarded-warehouse", "confirmation", "sv-SE",
      "Swedish salesperson forwards the warehouse's internal answer ('vi kör på det'); week numbers are ship weeks, one line split 10+10.")
def c35():
    p = po("4500021735", "BORRNORD", "Borrteknik Nordic AB", "order@borrteknik.example", "sv-SE", "SEK",
           "2026-11-19", [("HS-BIM-22", "Hålsåg bimetall 22 mm", 40, "PC", "89.00", "2026-12-11"),
                          ("HS-BIM-51", "Hålsåg bimetall 51 mm", 40, "PC", "124.00", "2026-12-11"),
                          ("HS-ARB-6.35", "Hållare/arbor 6,35 mm", 20, "PC", "79.00", "2026-12-11")], buyer="tomas")
    text = """Hej Tomas,

se svar från vårt lager nedan – vi kör på det. Priserna enligt er order.

Mvh
Linnea Berg
Borrteknik Nordic AB | 031-704 22 80

---------- Vidarebefordrat meddelande ---------
Från: Johan Ek <lager@borrteknik.example>
Datum: ons 25 nov. 2026 kl 09:12
Ämne: SV: order 4500021735 Halvorsen
Till: Linnea Berg <linnea.berg@borrteknik.example>

Hej Linnea,

22 och 51 mm finns, kan skickas v. 50.
Arbor 6,35 har vi bara 10 st hemma – de går med resten v. 50, de andra 10 kommer från leverantören och skickas v. 3.

/Johan"""
    eml = reply(p, ("Linnea Berg", "linnea.berg@borrteknik.example"), date_hdr("2026-11-25 10:41:08"),
                "<CAH4z7nQ0w1x=RpK@mail.borrteknik.example>", text,
                gmail_quote(p, "Den tors 19 nov. 2026 kl 09:31 skrev Tomas Lindqvist <tomas.lindqvist@halvorsen-supply.example>:"),
                subject="Re: " + request_subject(p))
    exp = expected("confirmation", "Only ship weeks are given, so they are the dates: v. 50 = Fri 2026-12-11 (= requested) for lines 1-2; line 3 split 10 on 2026-12-11 and 10 in v. 3 = 2027-01-22.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, schedule=[(10, "2026-12-11"), (10, "2027-01-22")])})])
    return [p], eml, exp


@case("nb-no-invoice-other-po", "unrelated", "nb-NO",
      "Norwegian supplier's invoice (PDF) for an earlier, different PO 4500020915 with dates and amounts; our open PO is not mentioned.")
def c36():
    p = po("4500021737", "STIGEUT", "Stigeutstyr Norge AS", "ordre@stigeutstyr.example", "nb-NO", "NOK",
           "2026-11-20", [("TS-8M", "Taustige 8 m, aluminiumstrinn", 6, "EA", "1890.00", "2027-01-08")])
    lines = ["Stigeutstyr Norge AS - Industriveien 7 - 1481 Hagan - Org.nr. 918 224 551 MVA",
             "", "FAKTURA  nr. 2026-10877", "Fakturadato: 20.11.2026     Forfallsdato: 20.12.2026",
             "Kunde: Halvorsen Industrial Supply AS, kundenr. 10442", "Deres bestilling: 4500020915   Levert: 18.11.2026",
             "", "Varenr.   Beskrivelse                     Antall   Enhetspris   Belop",
             "TS-5M     Taustige 5 m, aluminiumstrinn   4        1 240,00     4 960,00",
             "", "Sum eks. mva: 4 960,00   Mva 25 %: 1 240,00   A betale: NOK 6 200,00",
             "Kontonr. 1503 44 87210   KID 1044220261087"]
    body = """Hei,

vedlagt følger faktura 2026-10877 for deres bestilling 4500020915, levert 18.11.2026.

Med vennlig hilsen
Regnskap, Stigeutstyr Norge AS"""
    part = multipart("mixed", [leaf(body, "plain", "iso-8859-1", "quoted-printable"),
                               attach(pdf(lines, "Faktura 2026-10877"), "application/pdf", "Faktura_2026-10877.pdf")],
                     "----=_Part_88121_1093377.1763634000")
    eml = mail(p, ("Stigeutstyr Norge AS - Regnskap", "faktura@stigeutstyr.example"), "Faktura 2026-10877 fra Stigeutstyr Norge AS",
               date_hdr("2026-11-20 14:00:00"), "<inv.2026-10877.1763643600@stigeutstyr.example>", part, reply=False)
    exp = expected("unrelated", "An invoice for another order (4500020915); it says nothing about open PO 4500021737.")
    return [p], eml, exp
