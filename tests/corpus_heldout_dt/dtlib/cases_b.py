# -*- coding: utf-8 -*-
from .common import *  # noqa


@case("ch-jacks-tuesday-kw50", "confirmation", "de-CH",
      "Swiss German Apple Mail (no ß, CHF 1'245.50 apostrophe thousands); 'Dienstag, KW 50' names a day, so it is Tuesday 8 Dec for both lines.")
def c_ch():
    s = sup("HEBAG", "Hebetechnik Aargau AG", "verkauf@hebag.example", "de-CH")
    po = PO("4500081402", s, [
        ("WH-R3T", "Rangierwagenheber 3 t, Profi", 6, "EA", "1245.50", "2026-12-04"),
        ("WH-F12", "Flaschenwagenheber 12 t", 10, "EA", "89.00", "2026-12-04"),
    ], currency="CHF", issued="2026-11-09", buyer="jonas")
    t = """Grüezi Herr Weber

Besten Dank für Ihre Bestellung 4500081402, die wir gerne bestätigen:

Pos. 1: 6 Stk. Rangierwagenheber 3 t à CHF 1'245.50
Pos. 2: 10 Stk. Flaschenwagenheber 12 t à CHF 89.00

Da die Rangierwagenheber ab Werk Italien kommen, können wir leider erst am Dienstag, KW 50 liefern. Beide Positionen kommen zusammen in einer Lieferung.

Freundliche Grüsse

Reto Baumann
Hebetechnik Aargau AG
Industriestrasse 3, 5432 Neuenhof
T +41 56 123 45 67
"""
    quote = "\n\n> Am 09.11.2026 um 08:30 schrieb Jonas Weber <%s>:\n> \n%s" % (po["buyer"]["email"], gt(req_text(po)))
    raw = eml(addr("Reto Baumann", "r.baumann@hebag.example"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-10 14:12:09", "+0100"), mid("apple", "ch19", "hebag.example"),
              mp("alternative", text(t + quote, cte="quoted-printable"),
                 text(html_doc(txt2html(t) + "<blockquote type=\"cite\">" + req_html(po) + "</blockquote>", "de-CH"), "html"),
                 style="apple"), xmailer="Apple Mail (2.3774.300.61.1.2)", **reply_headers(po))
    exp = conf("'Dienstag, KW 50' = Tuesday of ISO week 50 = 2026-12-08 for both lines (they ship together); quantities and prices unchanged.",
               (po, {1: C(d="2026-12-08"), 2: C(d="2026-12-08")}))
    return [po], raw, exp


@case("chfr-fenceposts-split-delivery", "confirmation", "fr-CH",
      "Swiss French reply in Thunderbird quoting style; line 1 split 200 now + 100 in January (total unchanged), line 2 as ordered.")
def c_chfr():
    s = sup("CLOROM", "Clôtures Romandes SA", "commandes@cloturesromandes.example", "fr-CH")
    po = PO("4500081406", s, [
        ("PC-200", "Poteau de clôture acier galvanisé 200 cm", 300, "EA", "14.80", "2026-12-15"),
        ("JF-45", "Jambe de force 45°, galvanisée", 60, "EA", "9.40", "2026-12-15"),
    ], currency="CHF", issued="2026-11-09", buyer="mei")
    body = """Bonjour Madame Lindqvist,

Nous vous remercions pour votre commande 4500081406 et la confirmons comme suit :

- Poteaux PC-200 : 200 pces livrables le 15.12.2026, solde de 100 pces le 20.01.2027 (rupture chez notre fournisseur de tubes).
- Jambes de force JF-45 : 60 pces le 15.12.2026.

Prix selon votre commande.

Meilleures salutations

Nicolas Rochat
Clôtures Romandes SA – Route de Lausanne 88 – 1610 Oron-la-Ville
Tél. 021 907 12 34

Le 09.11.2026 à 08:30, Mei Lindqvist a écrit :
""" + gt(req_text(po))
    raw = eml(addr("Nicolas Rochat", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-10 16:55:30", "+0100"), mid("x", "chfr20", "cloturesromandes.example"),
              text(body, flowed=True), xmailer="Mozilla Thunderbird", **reply_headers(po))
    exp = conf("Line 1 split: 200 on 2026-12-15 and 100 on 2027-01-20, total 300; last date 2027-01-20. Line 2 accepted.",
               (po, {1: C(d="2027-01-20", sched=[(200, "2026-12-15"), (100, "2027-01-20")]), 2: A}))
    return [po], raw, exp


@case("pl-mousetraps-carton-of-24", "confirmation", "pl-PL",
      "Polish Outlook reply in ISO-8859-2; quantity rounded DOWN to whole cartons of 24 (96 instead of 100), date written with month name and 'r.'.")
def c_pl():
    s = sup("RODEX", "Rodex Sp. z o.o.", "zamowienia@rodex.example", "pl-PL")
    po = PO("4500081410", s, [
        ("PM-DR", "Pułapka na myszy drewniana", 100, "EA", "2.35", "2026-12-09"),
        ("PM-STB", "Stacja deratyzacyjna zamykana", 40, "EA", "18.90", "2026-12-09"),
    ], currency="PLN", issued="2026-11-09", buyer="jonas")
    body = """Dzień dobry,

potwierdzamy zamówienie nr 4500081410:

Poz. 1 – pułapki pakujemy po 24 szt. w kartonie, dlatego potwierdzamy 96 szt. (4 kartony), cena 2,35 zł/szt.
Poz. 2 – 40 szt. po 18,90 zł/szt.

Termin dostawy obu pozycji: 9 grudnia 2026 r.

Pozdrawiam
Katarzyna Wójcik
Dział Sprzedaży
Rodex Sp. z o.o. | ul. Przemysłowa 15, 62-080 Tarnowo Podgórne
tel. +48 61 123 45 67 | NIP 777-123-45-67

""" + q_outlook(po, ("Od", "Wysłano", "Do", "Temat"), "poniedziałek, 9 listopada 2026 08:30", "")
    raw = eml(addr("Katarzyna Wójcik", s["email"], "iso-8859-2"), buyer_to(po), "Odp: " + req_subject(po),
              mdate("2026-11-10 12:30:00", "+0100"), mid("outlook", "pl21"),
              text(body, cs="iso-8859-2"), cs="iso-8859-2", **reply_headers(po))
    exp = conf("Line 1: 96 (4 cartons of 24) instead of 100, price and date unchanged. Line 2 accepted (9 grudnia 2026 = 2026-12-09).",
               (po, {1: C(q=96), 2: A}))
    return [po], raw, exp


@case("sk-ooo-dovolenka", "auto_reply", "sk-SK",
      "Slovak out-of-office ('Automatická odpoveď') with a return date and a colleague's phone number; no Auto-Submitted header, only the subject prefix and X-Autoreply.")
def c_sk():
    s = sup("REGALBOX", "Regal-Box s.r.o.", "predaj@regalbox.example", "sk-SK")
    po = PO("4500081418", s, [
        ("RB-40", "Plastový úložný box 40 l", 60, "EA", "6.20", "2026-12-11"),
        ("RB-VEKO", "Veko k boxu 40 l", 60, "EA", "1.10", "2026-12-11"),
    ], issued="2026-11-09", buyer="mei")
    body = """Dobrý deň,

do 13. 11. 2026 som na dovolenke a e-maily nečítam. V naliehavých prípadoch kontaktujte prosím kolegu Martina Horvátha, tel. +421 905 123 456, martin.horvath@regalbox.example.

Ďakujem za pochopenie.
Zuzana Kováčová
"""
    raw = eml(addr("Zuzana Kováčová", "zuzana.kovacova@regalbox.example"), buyer_to(po),
              "Automatická odpoveď: " + req_subject(po), mdate("2026-11-09 08:30:41", "+0100"),
              mid("x", "sk22", "regalbox.example"), text(body), extra=[("X-Autoreply", "yes")],
              **reply_headers(po))
    return [po], raw, other("auto_reply", "Vacation notice; 13. 11. 2026 is the return date.")


@case("hu-cordgrips-space-thousands", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2 reply with '2026. 12. 11.' style dates and space-grouped forint amounts; line 3 gets a new price and a January date.")
def c_hu():
    s = sup("KABELTECH", "Kábeltechnika Kft.", "rendeles@kabeltechnika.example", "hu-HU")
    po = PO("4500081432", s, [
        ("TG-PG9", "Tömszelence PG9 műanyag", 1000, "EA", "38.00", "2026-12-11"),
        ("TG-PG16", "Tömszelence PG16 műanyag", 500, "EA", "72.00", "2026-12-11"),
        ("TG-M32FE", "Tömszelence M32 fém", 100, "EA", "1250.00", "2026-12-11"),
    ], currency="HUF", issued="2026-11-10", buyer="mei")
    body = """Tisztelt Lindqvist Asszony!

Köszönjük megrendelését (4500081432), az alábbiak szerint visszaigazoljuk:

1. tétel  TG-PG9    1 000 db   38,00 Ft/db      szállítás: 2026. 12. 11.
2. tétel  TG-PG16     500 db   72,00 Ft/db      szállítás: 2026. 12. 11.
3. tétel  TG-M32FE    100 db   1 390,00 Ft/db   szállítás: 2027. 01. 12.

A 3. tétel egységára az alapanyagár-emelkedés miatt módosult.

Üdvözlettel:
Szabó Eszter
értékesítési asszisztens
Kábeltechnika Kft. | 1097 Budapest, Gubacsi út 6. | Tel.: +36 1 234 5678
"""
    raw = eml(addr("Szabó Eszter", s["email"], "iso-8859-2"), buyer_to(po), "Vá: " + req_subject(po),
              mdate("2026-11-11 09:41:18", "+0100"), mid("x", "hu23", "kabeltechnika.example"),
              text(body, cs="iso-8859-2"), cs="iso-8859-2", **reply_headers(po))
    exp = conf("Lines 1-2 as ordered ('1 000' = 1000). Line 3 price 1390.00 (was 1250.00), date 2027. 01. 12. = 2027-01-12.",
               (po, {1: A, 2: A, 3: C(p="1390.00", d="2027-01-12")}))
    return [po], raw, exp


@case("ro-draincleaner-discontinued-alt", "confirmation", "ro-RO",
      "Romanian ISO-8859-16 mail: line 2 is out of production and an alternative item with its own price is only offered (needs new order) -> rejected.")
def c_ro():
    s = sup("CHIMTEX", "Chimtex Distribuție SRL", "comenzi@chimtex.example", "ro-RO")
    po = PO("4500081441", s, [
        ("DF-GEL1L", "Desfundant gel 1 L", 200, "EA", "18.50", "2026-12-10"),
        ("DF-GR500", "Desfundant granule 500 g", 150, "EA", "12.90", "2026-12-10"),
    ], currency="RON", issued="2026-11-10", buyer="omar")
    body = """Bună ziua, domnule Haddad,

Vă mulțumim pentru comanda nr. 4500081441.

Poziția 1 (DF-GEL1L) – confirmăm 200 buc. la 18,50 lei/buc., livrare pe 10.12.2026.
Poziția 2 (DF-GR500) – din păcate produsul a fost scos din fabricație de producător. Vă putem oferi ca alternativă DF-GR1KG (granule 1 kg) la 22,40 lei/buc.; dacă sunteți de acord, vă rugăm să ne trimiteți o comandă nouă.

Cu stimă,
Andreea Popescu
Departament Vânzări | Chimtex Distribuție SRL
Str. Fabricii nr. 46, Cluj-Napoca | Tel. 0264 123 456 | CUI RO12345678
"""
    raw = eml(addr("Andreea Popescu", s["email"], "iso-8859-16"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-11 11:02:33", "+0200"), mid("outlook", "ro24"),
              text(body, cs="iso-8859-16"), cs="iso-8859-16", **reply_headers(po))
    exp = conf("Line 1 accepted. Line 2 discontinued; the alternative requires a new order -> rejected.",
               (po, {1: A, 2: R}))
    return [po], raw, exp


@case("bg-kraft-full-confirm-cp1251", "confirmation", "bg-BG",
      "Bulgarian windows-1251 base64 plain reply confirming 'в пълен обем'; dates carry the 'г.' suffix, prices are in euro with comma decimals and VAT remark.")
def c_bg():
    s = sup("KRAFTBG", "Крафт Пак ЕООД", "prodazhbi@kraftpak.example", "bg-BG")
    po = PO("4500081448", s, [
        ("KH-70-60", "Kraft paper 70 g/m², roll 60 cm x 250 m", 40, "ROL", "31.20", "2026-12-08"),
        ("KH-90-100", "Kraft paper 90 g/m², roll 100 cm x 200 m", 20, "ROL", "52.80", "2026-12-08"),
    ], issued="2026-11-10", buyer="dana")
    body = """Здравейте, г-жо Руис,

Потвърждаваме поръчка № 4500081448 в пълен обем:

1. KH-70-60 – крафт хартия 70 г/м2, 40 ролки по 31,20 €
2. KH-90-100 – крафт хартия 90 г/м2, 20 ролки по 52,80 €

Доставка до 08.12.2026 г. с наш транспорт. Цените са без ДДС.

Поздрави,
Иван Петров
Търговски отдел, Крафт Пак ЕООД
гр. Пловдив, бул. „Кукленско шосе“ 17 | тел. 032 123 456
"""
    raw = eml(addr("Иван Петров", s["email"], "windows-1251"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-11 10:15:00", "+0200"), mid("x", "bg25", "kraftpak.example"),
              text(body, cs="windows-1251", cte="base64"), cs="windows-1251", **reply_headers(po))
    exp = conf("Everything as ordered: 08.12.2026 г. = 2026-12-08, prices 31.20 / 52.80 EUR.",
               (po, {1: A, 2: A}))
    return [po], raw, exp


@case("ru-palletjack-ship-vs-delivery-koi8", "confirmation", "ru-RU",
      "Russian KOI8-R reply: line 1 has both a ship date and a delivery date (delivery wins), line 2 only a ship date; dates without year.")
def c_ru():
    s = sup("SKLADTECH", "ООО «СкладТехника»", "zakaz@skladtech.example", "ru-RU")
    po = PO("4500081453", s, [
        ("RT-2500", "Гидравлическая тележка 2,5 т", 5, "EA", "21900.00", "2026-12-18"),
        ("RT-1500NP", "Тележка с низким подхватом 1,5 т", 2, "EA", "34500.00", "2026-12-18"),
    ], currency="RUB", issued="2026-11-10", buyer="dana")
    body = """Добрый день, Дана!

Заказ 4500081453 подтверждаем.

Поз. 1 — 5 шт. по 21 900,00 руб., отгрузка со склада 14.12, доставка транспортной компанией до вашего склада 17.12.
Поз. 2 — 2 шт. по 34 500,00 руб., отгрузка 14.12.

Счёт на оплату направим отдельным письмом.

--
С уважением,
Алексей Смирнов
менеджер отдела продаж
ООО «СкладТехника», г. Москва, ул. Складочная, д. 1, стр. 6
тел.: +7 (495) 123-45-67, доб. 204
"""
    raw = eml(addr("Алексей Смирнов", "a.smirnov@skladtech.example", "koi8-r"), buyer_to(po),
              "Re: " + req_subject(po), mdate("2026-11-11 13:20:44", "+0300"),
              mid("x", "ru26", "skladtech.example"), text(body, cs="koi8-r", cte="8bit"), cs="koi8-r",
              **reply_headers(po))
    exp = conf("Line 1: delivery 17.12 wins over ship 14.12 -> 2026-12-17. Line 2: only ship date 14.12 -> 2026-12-14. Qty/price unchanged.",
               (po, {1: C(d="2026-12-17"), 2: C(d="2026-12-14")}))
    return [po], raw, exp


@case("ua-pumps-prepayment-question", "needs_review", "uk-UA",
      "Ukrainian KOI8-U reply that lists prices and a possible date but asks whether we accept 100% prepayment before confirming.")
def c_ua():
    s = sup("AKVANASOS", "ТОВ «Аква-Насос»", "zbut@akvanasos.example", "uk-UA")
    po = PO("4500081460", s, [
        ("AN-SUB750", "Свердловинний насос 0,75 кВт", 4, "EA", "9850.00", "2026-12-14"),
        ("AN-HYD50", "Гідроакумулятор 50 л", 4, "EA", "2340.00", "2026-12-14"),
    ], currency="UAH", issued="2026-11-10", buyer="omar")
    body = """Доброго дня, пане Омаре!

Дякуємо за замовлення 4500081460. Ціни залишаються як у замовленні, товар можемо відвантажити орієнтовно 14.12.

Але для нових клієнтів ми працюємо лише за 100% передоплатою. Чи погоджуєтеся ви на такі умови? Після вашої відповіді та оплати рахунку ми надішлемо підтвердження замовлення.

З повагою,
Олена Коваленко
ТОВ «Аква-Насос», м. Дніпро
тел. +380 56 123 45 67
"""
    raw = eml(addr("Олена Коваленко", s["email"], "koi8-u"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-11 15:44:10", "+0200"), mid("x", "ua27", "akvanasos.example"),
              text(body, cs="koi8-u", cte="8bit"), cs="koi8-u", **reply_headers(po))
    return [po], raw, other("needs_review", "Asks whether we accept 100% prepayment; the confirmation is explicitly deferred until after our answer and payment.")


@case("rs-toiletpaper-stock-short-cyr", "confirmation", "sr-RS",
      "Serbian Cyrillic reply in a multipart Gmail mail; only 180 of 240 packs available (no backorder), the other line confirmed.")
def c_rs():
    s = sup("PAPIRMORAVA", "Папирна Морава д.о.о.", "prodaja@papirnamorava.example", "sr-RS")
    po = PO("4500081471", s, [
        ("TP-3SL10", "Toalet papir troslojni, pakovanje 10 rolni", 240, "BOX", "329.00", "2026-12-09"),
        ("TP-JMB2", "Jumbo rolna dvoslojna", 120, "ROL", "415.00", "2026-12-09"),
    ], currency="RSD", issued="2026-11-10", buyer="jonas")
    t = """Поштовани господине Вебер,

хвала на поруџбини бр. 4500081471.

Ставка 1 (TP-3SL10): тренутно на стању имамо само 180 пакета, толико можемо да испоручимо 09.12.2026. Нова производња тог артикла тек у марту, па остатак не можемо да потврдимо.
Ставка 2 (TP-JMB2): 120 ролни по 415,00 дин., испорука 09.12.2026.

Срдачан поздрав,
Милица Јовановић
Папирна Морава д.о.о., Крушевац
тел. 037 123 456
"""
    intro = "уто, 10. нов 2026. у 08:30 Jonas Weber <%s> је написао/ла:" % po["buyer"]["email"]
    raw = eml(addr("Милица Јовановић", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-11 12:01:29", "+0100"), mid("gmail", "rs28"),
              mp("alternative", text(t + "\n" + q_gmail(po, intro), cte="base64"),
                 text(html_doc(txt2html(t) + html_quote(po, intro), "sr"), "html", cte="base64"), style="gmail"),
              **reply_headers(po))
    exp = conf("Line 1 reduced to 180 (rest not confirmed / not coming before March) on 2026-12-09; line 2 accepted.",
               (po, {1: C(q=180), 2: A}))
    return [po], raw, exp


@case("hr-exim-mailbox-disabled", "bounce", "hr-HR",
      "Exim 'Mail delivery failed' plain-text bounce from our own relay with the full original PO request copied below the diagnostic.")
def c_hr():
    s = sup("ZGTRG", "Zagreb Trgovina d.o.o.", "nabava@zagrebtrgovina.example", "hr-HR")
    po = PO("4500081477", s, [
        ("ZV-PVC", "Zaštitna pregača PVC, 110 x 75 cm", 100, "EA", "5.60", "2026-12-10"),
    ], issued="2026-11-10", buyer="mei")
    rid = po["request_message_id"]
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  nabava@zagrebtrgovina.example
    host mx1.zagrebtrgovina.example [192.0.2.41]
    SMTP error from remote mail server after RCPT TO:<nabava@zagrebtrgovina.example>:
    550 5.2.1 Mailbox disabled / Poštanski sandučić je onemogućen

------ This is a copy of the message, including all the headers. ------

Return-path: <mei.lindqvist@brightline-facilities.example>
From: Mei Lindqvist <mei.lindqvist@brightline-facilities.example>
To: nabava@zagrebtrgovina.example
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s""" % (req_subject(po), req_date(po), rid, req_text(po))
    raw = eml("Mail Delivery System <Mailer-Daemon@mx.brightline-facilities.example>", po["buyer"]["email"],
              "Mail delivery failed: returning message to sender", mdate("2026-11-10 07:31:12", "+0000"),
              "<E1tXy7Q-0004Kd-2V@mx.brightline-facilities.example>", text(body, cte="8bit"),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "nabava@zagrebtrgovina.example")])
    return [po], raw, other("bounce", "Exim permanent failure 550 5.2.1; the quoted PO table is our own request, not an answer.")


@case("si-earmuffs-earlier-delivery", "confirmation", "sl-SI",
      "Slovenian reply offering delivery EARLIER than requested ('že v ponedeljek, 30. 11.') for both lines; prices 'ostanejo enake'.")
def c_si():
    s = sup("VARNOSTPLUS", "Varnost plus d.o.o.", "prodaja@varnostplus.example", "sl-SI")
    po = PO("4500081480", s, [
        ("GL-28", "Glušniki SNR 28 dB", 150, "EA", "11.40", "2026-12-16"),
        ("GL-BLZ", "Rezervne blazinice za glušnike", 150, "SET", "3.20", "2026-12-16"),
    ], issued="2026-11-11", buyer="dana")
    body = """Pozdravljeni,

naročilo 4500081480 potrjujemo v celoti. Ker je vse na zalogi, lahko dobavimo že v ponedeljek, 30. 11. 2026. Cene ostanejo enake.

Lep pozdrav,
Matej Kranjc
Varnost plus d.o.o., Ljubljana
T: 01 123 45 67

""" + q_outlook(po, ("Od", "Poslano", "Za", "Zadeva"), "sreda, 11. november 2026 08:30", "")
    raw = eml(addr("Matej Kranjc", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-11 14:09:52", "+0100"), mid("outlook", "si29"),
              text(body, cs="iso-8859-2"), cs="iso-8859-2", **reply_headers(po))
    exp = conf("Both lines committed for Monday 2026-11-30, earlier than the requested 2026-12-16 -> changed date; quantity/price unchanged.",
               (po, {1: C(d="2026-11-30"), 2: C(d="2026-11-30")}))
    return [po], raw, exp


@case("gr-glasscleaner-moq-iso8859-7", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply; line 2 raised to the 40-piece minimum order quantity, euro amounts with decimal comma.")
def c_gr():
    s = sup("KATHARO", "Katharo A.E.", "orders@katharo.example", "el-GR")
    po = PO("4500081495", s, [
        ("KT-500", "Window cleaner spray 500 ml", 300, "EA", "1.45", "2026-12-10"),
        ("KT-4L", "Window cleaner 4 L refill", 25, "EA", "6.90", "2026-12-10"),
    ], issued="2026-11-11", buyer="omar")
    body = """Καλημέρα σας κ. Haddad,

επιβεβαιώνουμε την παραγγελία σας 4500081495:

Κωδ. KT-500: 300 τεμ. x 1,45 € – παράδοση 10/12/2026
Κωδ. KT-4L: η ελάχιστη ποσότητα παραγγελίας είναι 40 τεμ., επομένως επιβεβαιώνουμε 40 τεμ. x 6,90 €, παράδοση 10/12/2026

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων – Katharo A.E.
Λεωφ. Αθηνών 120, 104 42 Αθήνα | Τηλ. 210 123 4567
"""
    raw = eml(addr("Γιώργος Παπαδόπουλος", s["email"], "iso-8859-7"), buyer_to(po), "ΑΠ: " + req_subject(po),
              mdate("2026-11-12 10:37:06", "+0200"), mid("outlook", "gr30"),
              text(body, cs="iso-8859-7"), cs="iso-8859-7", **reply_headers(po))
    exp = conf("Line 1 accepted. Line 2 quantity 40 (MOQ) instead of 25, price and date unchanged.",
               (po, {1: A, 2: C(q=40)}))
    return [po], raw, exp


@case("tr-cones-turkish-month-names", "confirmation", "tr-TR",
      "Turkish windows-1254 reply with dates in words ('15 Ocak 2027 Cuma'), dotted thousands and a total line; only line 1 moves.")
def c_tr():
    s = sup("YOLSAN", "Yolsan Trafik Güvenlik Ürünleri A.Ş.", "satis@yolsan.example", "tr-TR")
    po = PO("4500081507", s, [
        ("TK-75R", "Trafik konisi 75 cm, reflektörlü", 200, "EA", "245.00", "2027-01-08"),
        ("TK-50", "Trafik konisi 50 cm", 100, "EA", "168.50", "2027-01-08"),
    ], currency="TRY", issued="2026-11-11", buyer="dana")
    body = """Merhaba Dana Hanım,

4500081507 numaralı siparişinizi onaylıyoruz:

- 75 cm reflektörlü koni: 200 adet, birim fiyat 245,00 TL, teslim tarihi 15 Ocak 2027 Cuma
- 50 cm koni: 100 adet, birim fiyat 168,50 TL, teslim tarihi 8 Ocak 2027

Toplam: 65.850,00 TL + KDV

Saygılarımızla,
Emre Yıldız
Satış Temsilcisi | Yolsan Trafik Güvenlik Ürünleri A.Ş.
İkitelli OSB, İstanbul | Tel: 0212 123 45 67
"""
    raw = eml(addr("Emre Yıldız", s["email"], "windows-1254"), buyer_to(po), "YNT: " + req_subject(po),
              mdate("2026-11-12 11:58:40", "+0300"), mid("outlook", "tr31"),
              text(body, cs="windows-1254"), cs="windows-1254", **reply_headers(po))
    exp = conf("Line 1 moved to 15 Ocak 2027 = 2027-01-15; line 2 8 Ocak 2027 = as ordered. Total 65.850,00 is consistent.",
               (po, {1: C(d="2027-01-15"), 2: A}))
    return [po], raw, exp


@case("eg-pumps-arabic-indic-digits", "confirmation", "ar-EG",
      "Egyptian Arabic reply written entirely with Arabic-Indic digits (quantities, prices, PO number, dates); line 2 price and date change.")
def c_eg():
    s = sup("NILEPUMPS", "شركة النيل للمضخات", "sales@nilepumps.example", "ar-EG")
    po = PO("4500081512", s, [
        ("NP-15HP", "Centrifugal water pump 1.5 HP", 8, "EA", "4750.00", "2026-12-12"),
        ("NP-TNK24", "Pressure tank 24 L", 8, "EA", "1150.00", "2026-12-12"),
    ], currency="EGP", issued="2026-11-11", buyer="omar")
    t = """السيد/ عمر حداد المحترم،

تحية طيبة وبعد،

نؤكد لسيادتكم استلام أمر الشراء رقم ٤٥٠٠٠٨١٥١٢ ونؤكد التوريد كالتالي:

١- طلمبة مياه طاردة مركزية ١٫٥ حصان: ٨ قطع بسعر ٤٧٥٠ جنيه للقطعة، التسليم يوم ١٢/١٢/٢٠٢٦.
٢- خزان ضغط ٢٤ لتر: ٨ قطع بسعر ١٢٥٠ جنيه للقطعة (تم تعديل السعر طبقاً لقائمة الأسعار الجديدة)، التسليم يوم ٢٠/١٢/٢٠٢٦.

وتفضلوا بقبول فائق الاحترام،
م. أحمد عبد الرحمن
مدير المبيعات - شركة النيل للمضخات
العاشر من رمضان - المنطقة الصناعية أ٣ | ت: ٠١٠٠١٢٣٤٥٦٧
"""
    html = html_doc('<div dir="rtl">%s</div>' % txt2html(t), "ar")
    raw = eml(addr("Ahmed Abdelrahman", s["email"]), buyer_to(po), "رد: " + req_subject(po),
              mdate("2026-11-12 13:25:00", "+0200"), mid("outlook", "eg32"),
              mp("alternative", text(t, cte="base64"), text(html, "html", cte="base64")), **reply_headers(po))
    exp = conf("Arabic-Indic digits: line 1 8 x 4750 on 12/12/2026 = as ordered; line 2 price 1250 (was 1150), date 20/12/2026.",
               (po, {1: A, 2: C(p="1250.00", d="2026-12-20")}))
    return [po], raw, exp


@case("ae-newsletter-yearend-promo", "unrelated", "ar-AE",
      "Dubai supplier's HTML newsletter (List-Unsubscribe, bulk headers) quoting hand-truck prices and dates; not about the open PO.")
def c_ae():
    s = sup("GULFTOOLS", "Gulf Tools Trading LLC", "sales@gulftools.example", "ar-AE")
    po = PO("4500081519", s, [
        ("GT-HT300", "Hand truck 300 kg, folding nose plate", 15, "EA", "245.00", "2026-12-13"),
    ], currency="AED", issued="2026-11-11", buyer="omar")
    h = """<table width="600" align="center"><tr><td>
<h1 style="color:#c00">YEAR-END CLEARANCE | تخفيضات نهاية العام</h1>
<p>Dear Valued Customer,</p>
<p>Stock up before 31/12/2026! Up to <b>30% OFF</b> on hand trucks, pallet jacks and water pumps.</p>
<ul><li>Hand truck 300 kg – now AED 199.00 (was AED 245.00)</li>
<li>Pallet jack 2.5 t – now AED 1,150.00</li>
<li>Free delivery within Dubai &amp; Sharjah for orders above AED 2,000 until 15/12/2026.</li></ul>
<p>Offer valid while stocks last. Prices exclusive of 5% VAT.</p>
<p>Gulf Tools Trading LLC | Al Quoz Industrial Area 3, Dubai | +971 4 123 4567</p>
<p style="font-size:10px">You are receiving this email because you are a registered customer. <a href="https://gulftools.example/unsubscribe?u=8812">Unsubscribe</a></p>
</td></tr></table>"""
    plain = ("YEAR-END CLEARANCE\n\nDear Valued Customer,\n\nStock up before 31/12/2026! Up to 30% OFF on hand trucks, "
             "pallet jacks and water pumps.\n\n* Hand truck 300 kg - now AED 199.00 (was AED 245.00)\n"
             "* Pallet jack 2.5 t - now AED 1,150.00\n* Free delivery within Dubai & Sharjah for orders above AED 2,000 "
             "until 15/12/2026.\n\nOffer valid while stocks last. Prices exclusive of 5% VAT.\n\nUnsubscribe: "
             "https://gulftools.example/unsubscribe?u=8812\n")
    raw = eml('"Gulf Tools Trading" <news@gulftools.example>', "omar.haddad@" + BUYER_DOMAIN,
              "Year-end clearance: up to 30% OFF hand trucks & pallet jacks", mdate("2026-11-13 07:00:00", "+0400"),
              "<20261113070000.8812.news@mailer.gulftools.example>",
              mp("alternative", text(plain), text(html_doc(h, "en"), "html"), style="java"),
              extra=[("List-Unsubscribe", "<https://gulftools.example/unsubscribe?u=8812>, <mailto:unsubscribe@gulftools.example>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return [po], raw, other("unrelated", "Marketing newsletter; the hand-truck price is a promotion, not an answer to PO 4500081519.")


@case("il-bins-new-price-question", "needs_review", "he-IL",
      "Hebrew windows-1255 reply: the price went up and the supplier asks whether to proceed at the new price before sending an order confirmation.")
def c_il():
    s = sup("ARGAZIM", "ארגזים ואחסון בע\"מ", "orders@argazim.example", "he-IL")
    po = PO("4500081526", s, [
        ("AR-60L", "Storage bin 60 L with lid", 80, "EA", "48.50", "2026-12-15"),
        ("AR-20L", "Storage bin 20 L with lid", 120, "EA", "21.90", "2026-12-15"),
    ], currency="ILS", issued="2026-11-12", buyer="omar")
    body = """שלום עומר,

קיבלנו את ההזמנה 4500081526, תודה.

לצערי המחיר של ארגז האחסון 60 ליטר עלה ל-‎₪54.90 ליחידה (במקום ‎₪48.50) בעקבות עליית מחירי חומרי הגלם. הארגז 20 ליטר נשאר באותו מחיר.

האם לאשר את ההזמנה במחיר החדש? ברגע שתאשר נשלח אישור הזמנה עם תאריך אספקה.

בברכה,
יעל כהן
מחלקת מכירות | ארגזים ואחסון בע"מ
אזור תעשייה קיסריה | טל' 04-6123456
"""
    body = body.replace("\u200e", "")
    raw = eml(addr("יעל כהן", s["email"], "windows-1255"), buyer_to(po), "השב: " + req_subject(po),
              mdate("2026-11-12 15:16:20", "+0200"), mid("outlook", "il33"),
              text(body, cs="windows-1255"), cs="windows-1255", **reply_headers(po))
    return [po], raw, other("needs_review", "Supplier asks for our approval of a new price and says the confirmation (with dates) follows afterwards.")


@case("jp-handcart-sjis-ukesho", "confirmation", "ja-JP",
      "Japanese Shift_JIS/base64 注文請書-style reply; dates as '12月18日（金）' without year, full-width parentheses, one line with a new unit price and later date.")
def c_jp():
    s = sup("YAMADAUH", "株式会社山田運搬機", "eigyo@yamada-unpanki.example", "ja-JP")
    po = PO("4500081539", s, [
        ("DS-600", "Flat hand cart, steel deck 600 x 900", 10, "EA", "12800", "2026-12-18"),
        ("DS-FOLD", "Folding hand truck, aluminium", 6, "EA", "8900", "2026-12-18"),
    ], currency="JPY", issued="2026-11-12", buyer="dana")
    body = """ブライトライン・ファシリティーズ・サプライ株式会社
購買部 Dana Ruiz 様

いつも大変お世話になっております。
山田運搬機の佐藤でございます。

発注書No.4500081539につきまして、下記の通りお請けいたします。

1. DS-600 平台車（600×900）　10台　単価12,800円　納期 12月18日（金）
2. DS-FOLD 折りたたみ台車　6台　単価9,200円（材料費高騰のため改定）　納期 12月25日（金）

以上、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社山田運搬機　営業部
佐藤 健一
〒530-0001 大阪府大阪市北区梅田1-2-3
TEL 06-1234-5678 / FAX 06-1234-5679
━━━━━━━━━━━━━━━━━━━━
"""
    raw = eml(addr("佐藤 健一", s["email"], "shift_jis"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-13 10:05:12", "+0900"), mid("x", "jp34", "yamada-unpanki.example"),
              text(body, cs="shift_jis", cte="base64"), cs="shift_jis", **reply_headers(po))
    exp = conf("Line 1 as ordered (12月18日 = 2026-12-18). Line 2 price 9,200 (was 8,900) and 12月25日 = 2026-12-25.",
               (po, {1: A, 2: C(p="9200", d="2026-12-25")}))
    return [po], raw, exp
