# -*- coding: utf-8 -*-
from .common import *


@case("es-paddles-html-only-table", "es-ES", "confirmation",
      "HTML-only Outlook mail in Spanish with a confirmation table; one price raised (decimal comma, € after number), Spanish long date.")
def _(c):
    p = c.po("4500032010", "MEZCL", "Mezcladores Levante S.L.", "pedidos@mezcladoreslevante.example", [
        ("MP-120-SDS", "Mixing paddle 120 mm, SDS-plus shank", 80, "PC", "11.90", "2026-12-22"),
        ("MP-160-M14", "Mixing paddle 160 mm, M14 thread", 40, "PC", "16.50", "2026-12-22"),
    ], issued="2026-11-06")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p class=MsoNormal>Buenos días Dana:</p><p class=MsoNormal>Le confirmamos su pedido 4500032010 según el detalle siguiente:</p>"
            "<table border=1 cellspacing=0 cellpadding=4><tr><td><b>Referencia</b></td><td><b>Cantidad</b></td><td><b>Precio unitario</b></td><td><b>Entrega</b></td></tr>"
            "<tr><td>MP-120-SDS</td><td>80 uds.</td><td>12,40 €</td><td>22 de diciembre de 2026</td></tr>"
            "<tr><td>MP-160-M14</td><td>40 uds.</td><td>16,50 €</td><td>22 de diciembre de 2026</td></tr></table>"
            "<p class=MsoNormal>El precio de la MP-120-SDS se ha actualizado según nuestra tarifa 2027 (antes 11,90 €).</p>"
            "<p class=MsoNormal>Un saludo,<br>Alberto Sanchis<br>Dpto. Comercial – Mezcladores Levante S.L.<br>Tel. 961 23 45 67 · CIF B-46123456</p>"
            + c.quote_html(p, "<hr><b>De:</b> Dana Ruiz &lt;dana.ruiz@buyer.example&gt;<br><b>Enviado el:</b> lunes, 2 de noviembre de 2026 8:41") + "</body></html>")
    c.mail("asanchis@mezcladoreslevante.example", "2026-11-09 10:05 +0100", H(html, "utf-8", "base64"), reply_to_po=p,
           prefix="RE: ", frm_name="Alberto Sanchis")
    c.confirm((p, {1: C(p="12.40"), 2: A}), notes="Only the HTML part exists. Line 1 price 12,40 € instead of 11.90 (explicitly stated); line 2 unchanged. Date '22 de diciembre de 2026' = requested.")


@case("it-latches-partial-tomorrow", "it-IT", "confirmation",
      "Italian partial answer: two lines confirmed, the third 'vi confermiamo domani' -> unconfirmed.")
def _(c):
    p = c.po("4500032044", "SERRA", "Serrature Brianza S.r.l.", "ordini@serraturebrianza.example", [
        ("GL-SPR-ZN", "Gate latch spring loaded, zinc", 150, "PC", "5.60", "2026-12-16"),
        ("GL-THB-BK", "Thumb latch, black powder coated", 80, "PC", "8.90", "2026-12-16"),
        ("GL-POOL-SC", "Pool gate latch self-closing, magnetic", 25, "PC", "31.00", "2027-01-14"),
    ], issued="2026-11-05", buyer="mikkel")
    body = ("Buongiorno Mikkel,\n\nin riferimento al vostro ordine n. 4500032044:\n\n"
            "- pos. 1 GL-SPR-ZN: 150 pz a 5,60 € consegna 16/12/2026 - confermato\n"
            "- pos. 2 GL-THB-BK: 80 pz a 8,90 € consegna 16/12/2026 - confermato\n"
            "- pos. 3 GL-POOL-SC: sto verificando con la produzione, vi confermo domani la data.\n\n"
            "Cordiali saluti\nFrancesca Colombo\nUfficio Commerciale\nSerrature Brianza S.r.l. - P.IVA 01234560963 - Tel. 039 2345 678\n"
            + c.quote(p, "outlook", "it"))
    c.mail("f.colombo@serraturebrianza.example", "2026-11-06 11:30 +0100", T(body, "iso-8859-1", "quoted-printable"), reply_to_po=p,
           prefix="R: ", frm_name="Francesca Colombo")
    c.confirm((p, {1: A, 2: A, 3: U}), notes="Lines 1-2 confirmed as ordered; line 3 explicitly still being checked ('vi confermo domani') -> unconfirmed, but the mail as a whole is a confirmation.")


@case("nl-foam-pack-rounding-week", "nl-NL", "confirmation",
      "Dutch reply: acoustic foam rounded up to packs of 6, delivery given as 'week 50' without day (-> Friday), price line unchanged.")
def _(c):
    p = c.po("4500032081", "GELUID", "Geluidstop Benelux B.V.", "verkoop@geluidstop.example", [
        ("AF-WDG-30", "Acoustic foam wedge 30 mm, 600x600, grey", 40, "PC", "4.75", "2026-12-09"),
        ("AF-BASS-TRP", "Bass trap corner foam 300x300x600", 12, "PC", "21.50", "2026-12-09"),
    ], issued="2026-11-04")
    body = ("Hoi Dana,\n\nBedankt voor je order 4500032081. Hierbij de bevestiging:\n\n"
            "AF-WDG-30: wordt per doos van 6 platen geleverd, dus we maken er 42 stuks (7 dozen) van à € 4,75.\n"
            "AF-BASS-TRP: 12 stuks à € 21,50.\n\nLevering van de hele order in week 50.\n\n"
            "Met vriendelijke groet,\nBram de Vries\nBinnendienst | Geluidstop Benelux B.V.\nT +31 (0)40 123 45 67 | KvK 17123456\n"
            + c.quote(p, "outlook", "nl"))
    c.mail("bram.devries@geluidstop.example", "2026-11-05 16:12 +0100", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Bram de Vries")
    c.confirm((p, {1: C(q=42, d=kw(2026, 50)), 2: C(d=kw(2026, 50))}),
              notes="'week 50' without a day = Friday 2026-12-11, two days after the requested 2026-12-09, for both lines; line 1 also rounded to 7 boxes of 6 = 42.")


@case("se-needlefiles-xlsx", "sv-SE", "confirmation",
      "Short Swedish mail 'se bifogad orderbekräftelse' with an XLSX order confirmation built by the ERP; the data lives only in the spreadsheet.")
def _(c):
    p = c.po("4500032105", "FILVK", "Filverket Eskilstuna AB", "order@filverket.example", [
        ("NF-SET-6", "Needle file set 6 pcs, 160 mm, cut 2", 100, "SET", "64.00", "2026-12-15"),
        ("NF-SET-12", "Needle file set 12 pcs, 140 mm, cut 2, in pouch", 50, "SET", "119.00", "2026-12-15"),
        ("NF-HDL-10", "Needle file handle, wood, 10 pcs", 20, "BOX", "45.00", "2026-12-15"),
    ], cur="SEK", issued="2026-11-05", buyer="priya")
    rows = [["Orderbekräftelse", None, None, None, None, None],
            ["Ordernr", "70031288", None, "Er ordernr", "4500032105", None],
            ["Kund", "Halvorsen Industrial Supply", None, "Datum", "2026-11-06", None],
            [],
            ["Rad", "Artikel", "Benämning", "Antal", "À-pris SEK", "Leveransdatum"],
            [1, "NF-SET-6", "Nålfilsats 6 st 160 mm", 100, 64, "2026-12-15"],
            [2, "NF-SET-12", "Nålfilsats 12 st 140 mm", 50, 119, "2027-01-12"],
            [3, "NF-HDL-10", "Filskaft trä 10-pack", 20, 49.5, "2026-12-15"],
            [],
            ["Leveransvillkor: FCA Eskilstuna. Betalningsvillkor: 30 dagar netto."]]
    body = ("Hej Priya!\n\nSe bifogad orderbekräftelse på er order 4500032105. Observera ändrat pris på filskaften "
            "och senare leverans på 12-delssatserna.\n\nMed vänlig hälsning\nLinnéa Berg\nFilverket Eskilstuna AB\n016-12 34 56\n")
    c.mail("linnea.berg@filverket.example", "2026-11-06 13:37 +0100",
           MIX(T(body, "utf-8", "quoted-printable"), ATT("Orderbekraftelse_70031288.xlsx", XLSX_CT, xlsx(rows, "OB 70031288"))),
           reply_to_po=p, prefix="SV: ", frm_name="Linnéa Berg")
    c.confirm((p, {1: A, 2: C(d="2027-01-12"), 3: C(p="49.50")}),
              notes="All values come from the XLSX: line 2 delivered 2027-01-12, line 3 price 49.5 SEK per box instead of 45.00; line 1 unchanged. The mail body only hints at the changes.")


@case("no-filters-revert-later", "nb-NO", "needs_review",
      "Norwegian 'we will come back with delivery dates during the week' - friendly, but commits to nothing.")
def _(c):
    p = c.po("4500032130", "VANNR", "Vannrens Norge AS", "ordre@vannrens.example", [
        ("WF-UV-12", "UV water steriliser 12 GPM", 4, "EA", "6450.00", "2027-01-18"),
        ("WF-SED-20", "Sediment filter 20in Big Blue, 20 micron", 60, "EA", "145.00", "2027-01-18"),
    ], cur="NOK", issued="2026-11-09")
    body = ("Hei Dana,\n\ntakk for bestillingen. Prisene ser riktige ut, men vi må sjekke leveringstid med fabrikken for UV-aggregatene. "
            "Vi kommer tilbake med bekreftelse og leveringsdatoer i løpet av uke 47.\n\nMvh\nOla Haugen\nVannrens Norge AS | tlf 22 12 34 56\n")
    c.mail("ola.haugen@vannrens.example", "2026-11-10 09:05 +0100", T(body, "iso-8859-1", "quoted-printable"), reply_to_po=p,
           prefix="SV: ", frm_name="Ola Haugen")
    c.other("needs_review", "'Prices look right' is not a commitment; the supplier promises the confirmation and dates in week 47. Nothing is confirmed yet.")


@case("dk-phone-ok-thumbs", "da-DK", "confirmation",
      "Danish two-word reply from an iPhone ('Ok bekræftet 👍') on top of a Gmail-quoted PO.")
def _(c):
    p = c.po("4500032166", "HENGS", "Hængsel-Huset ApS", "salg@haengselhuset.example", [
        ("DH-PIAN-1M", "Piano hinge 1 m, stainless, 32 mm", 30, "PC", "58.00", "2026-12-10"),
        ("DH-CONC-35", "Concealed hinge 35 mm, soft close", 200, "PC", "14.50", "2026-12-10"),
    ], cur="DKK", issued="2026-11-05", buyer="mikkel")
    body = "Ok bekræftet 👍\n\nSendt fra min iPhone" + c.quote(p, "gmail").replace("On ", "Den ", 1).replace(" wrote:", " skrev:")
    c.mail("jesper@haengselhuset.example", "2026-11-05 19:48 +0100", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="Sv: ", frm_name="Jesper Holm")
    c.confirm((p, {}, A), notes="A bare 'OK confirmed' to our request confirms every line as ordered; all values come from the quoted PO.")


@case("fi-oilseals-split-weeks", "fi-FI", "confirmation",
      "Finnish reply splitting line 1 over two ISO weeks ('viikolla 50' / 'viikolla 2'), line 2 as ordered.")
def _(c):
    p = c.po("4500032190", "TIIVI", "Tiivistepalvelu Oy", "myynti@tiivistepalvelu.example", [
        ("OS-25x40x7", "Oil seal 25x40x7 NBR, double lip", 120, "PC", "0.95", "2026-12-11"),
        ("OS-60x80x8", "Oil seal 60x80x8 FKM", 40, "PC", "6.30", "2026-12-11"),
    ], issued="2026-11-06")
    body = ("Hei,\n\nKiitos tilauksesta 4500032190.\n\n"
            "Rivi 1: varastossa 50 kpl, ne toimitetaan viikolla 50. Loput 70 kpl toimitetaan viikolla 2/2027. Hinta 0,95 €/kpl.\n"
            "Rivi 2: 40 kpl á 6,30 €, toimitus viikolla 50.\n\n"
            "Ystävällisin terveisin\nMikko Virtanen\nTiivistepalvelu Oy\npuh. 040 123 4567\n" + c.quote(p, "gt"))
    c.mail("mikko.virtanen@tiivistepalvelu.example", "2026-11-09 08:20 +0200", T(body, "iso-8859-15", "quoted-printable"), reply_to_po=p,
           prefix="VS: ", frm_name="Mikko Virtanen")
    c.confirm((p, {1: C(d=kw(2027, 2), s=[(50, kw(2026, 50)), (70, kw(2027, 2))]), 2: A}),
              notes="Weeks without a day -> Fridays: week 50 = 2026-12-11 (= requested), week 2/2027 = 2027-01-15. Line 1 total stays 120 but split 50 + 70; line 2 accepted.")


@case("ee-ooo-bilingual", "et-EE", "auto_reply",
      "Estonian + English out-of-office with a return date and a colleague's number; no Auto-Submitted header, only X-Autoreply.")
def _(c):
    p = c.po("4500032222", "KAABL", "Kaablimaailm OÜ", "myyk@kaablimaailm.example", [
        ("CT-150-BK", "Cable tie 150x3.6 black", 10000, "PC", "0.021", "2026-12-14"),
    ], issued="2026-11-09")
    body = ("Tere!\n\nOlen puhkusel kuni 23.11.2026. Kiireloomulistes küsimustes palun pöörduge kolleegi Kristjan Tamme poole "
            "(kristjan.tamm@kaablimaailm.example, +372 512 3456).\n\n"
            "Hello,\n\nI am on holiday until 23 November 2026. For urgent matters please contact my colleague Kristjan Tamm.\n\n"
            "Parimate soovidega / Best regards\nLiis Kask\n")
    c.mail("liis.kask@kaablimaailm.example", "2026-11-09 09:43 +0200", T(body, "utf-8", "quoted-printable"),
           subject="Automaatvastus: " + c.subject(p), reply_to_po=p, extra=[("X-Autoreply", "yes")])
    c.other("auto_reply", "Holiday auto-reply in Estonian and English; carries only the return date.")


@case("tr-heatguns-1254-eur", "tr-TR", "confirmation",
      "Turkish reply in windows-1254: EUR price with decimal comma changed on line 1, Turkish month names, line 2 accepted.")
def _(c):
    p = c.po("4500032250", "ISIMAK", "Isımak Elektrikli Aletler A.Ş.", "satis@isimak.example", [
        ("HG-1800-LCD", "Heat gun 1800 W with LCD temperature display", 40, "EA", "42.00", "2027-01-15"),
        ("HG-STAND", "Bench stand for heat gun", 40, "EA", "6.80", "2027-01-15"),
    ], issued="2026-11-06")
    body = ("Sayın Dana Hanım,\n\n4500032250 numaralı siparişinizi aşağıdaki şekilde teyit ederiz:\n\n"
            "1. HG-1800-LCD Sıcak hava tabancası: 40 adet, birim fiyat 44,10 EUR (hammadde artışı nedeniyle %5 fark), teslim 15 Ocak 2027\n"
            "2. HG-STAND Tabanca standı: 40 adet, birim fiyat 6,80 EUR, teslim 15 Ocak 2027\n\n"
            "Saygılarımızla,\nAyşe Yıldız\nİhracat Departmanı\nIsımak Elektrikli Aletler A.Ş. | Tel: +90 216 123 45 67\n")
    c.mail("ayse.yildiz@isimak.example", "2026-11-10 10:40 +0300", T(body, "windows-1254", "quoted-printable"), reply_to_po=p,
           prefix="YNT: ", frm_name="Ayşe Yıldız")
    c.confirm((p, {1: C(p="44.10"), 2: A}), notes="Line 1 price 44,10 EUR (= 42.00 + 5%), explicitly stated; line 2 unchanged; '15 Ocak 2027' = requested date.")


@case("hu-cableties-dotted-dates", "hu-HU", "confirmation",
      "Hungarian dates 'jan. 12.' without year and '2026.12.18.'; price per 100 pcs in HUF with space thousands separator.")
def _(c):
    p = c.po("4500032277", "KABEL", "Kábelkötöző Kft.", "rendeles@kabelkotozo.example", [
        ("CT-370-BK", "Cable tie 370x7.6 heavy duty black", 5000, "PC", "38.00", "2026-12-18"),
        ("CT-MNT-20", "Cable tie mount adhesive 20x20", 2000, "PC", "14.00", "2026-12-18"),
    ], cur="HUF", issued="2026-11-06", buyer="priya")
    body = ("Tisztelt Nair Priya!\n\nKöszönjük a 4500032277 számú megrendelést, az alábbiak szerint visszaigazoljuk:\n\n"
            "1. tétel CT-370-BK: 5 000 db, 3 800 Ft / 100 db, szállítás 2026.12.18.\n"
            "2. tétel CT-MNT-20: 2 000 db, 1 400 Ft / 100 db, szállítás jan. 12.\n\n"
            "Üdvözlettel:\nKovács Péter\nértékesítés | Kábelkötöző Kft. | +36 1 234 5678\n")
    c.mail("kovacs.peter@kabelkotozo.example", "2026-11-09 12:03 +0100", T(body, "iso-8859-2", "quoted-printable"), reply_to_po=p,
           prefix="Vá: ", frm_name="Kovács Péter")
    c.confirm((p, {1: A, 2: C(d="2027-01-12")}),
              notes="Prices per 100 pcs: 3 800 Ft/100 = 38.00, 1 400 Ft/100 = 14.00 = PO. Hungarian name order (Kovács Péter). 'jan. 12.' without year -> 2027-01-12.")


@case("ro-contradictory-qty", "ro-RO", "needs_review",
      "Romanian mail says 'confirm 200 pcs' in the text while the attached CSV confirmation has 150 pcs for the same line.")
def _(c):
    p = c.po("4500032301", "PLASA", "Plase Anti-Insecte SRL", "comenzi@plaseanti.example", [
        ("IS-MAG-DR", "Magnetic insect screen door 100x220 cm", 200, "PC", "7.90", "2026-12-17"),
    ], cur="RON", issued="2026-11-06")
    csv = ("Nr. comanda client;Pozitie;Cod articol;Cantitate;Pret unitar;Data livrare\r\n"
           "4500032301;1;IS-MAG-DR;150;7,90;17.12.2026\r\n")
    body = ("Bună ziua,\n\nConfirmăm comanda 4500032301: 200 buc plasă magnetică ușă la 7,90 lei/buc, livrare 17.12.2026.\n"
            "Atașat confirmarea din sistem.\n\nCu stimă,\nAndrei Popescu\nPlase Anti-Insecte SRL | Tel. 0722 123 456\n")
    c.mail("andrei.popescu@plaseanti.example", "2026-11-09 15:25 +0200",
           MIX(T(body, "iso-8859-16", "quoted-printable"), ATT("confirmare_4500032301.csv", "text/csv; charset=utf-8", csv)),
           reply_to_po=p, prefix="Re: ", frm_name="Andrei Popescu")
    c.other("needs_review", "The text confirms 200 pcs, the attached system confirmation says 150 pcs for the same line: contradictory quantity, a human must ask which is right.")


@case("bg-screens-1251-rejected-line", "bg-BG", "confirmation",
      "Bulgarian reply in windows-1251: line 1 accepted, line 2 no longer produced (rejected), line 3 date later with Cyrillic month.")
def _(c):
    p = c.po("4500032333", "MREJA", "Mreja Comfort EOOD", "orders@mreja-comfort.example", [
        ("IS-ROLL-80", "Roller insect screen 80x160 cm, white", 30, "PC", "22.00", "2026-12-14"),
        ("IS-PLT-120", "Pleated insect screen 120x220 cm", 10, "PC", "54.00", "2026-12-14"),
        ("IS-FR-KIT", "Insect screen frame kit, aluminium", 50, "SET", "6.40", "2026-12-14"),
    ], issued="2026-11-05")
    body = ("Здравейте, г-жо Руиз,\n\nПотвърждаваме поръчка 4500032333 както следва:\n\n"
            "1. IS-ROLL-80 – 30 бр. по 22,00 EUR, доставка 14.12.2026 г.\n"
            "2. IS-PLT-120 – за съжаление този модел вече не се произвежда и не можем да го доставим.\n"
            "3. IS-FR-KIT – 50 к-та по 6,40 EUR, доставка 11 януари 2027 г.\n\n"
            "Поздрави,\nГеорги Петров\nМрежа Комфорт ЕООД, ЕИК 204123456\nтел. +359 2 987 6543\n")
    c.mail("g.petrov@mreja-comfort.example", "2026-11-09 11:11 +0200", T(body, "windows-1251", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Георги Петров")
    c.confirm((p, {1: A, 2: R, 3: C(d="2027-01-11")}),
              notes="Line 2 is no longer produced -> rejected. Line 3 delivery '11 януари 2027' = 2027-01-11. The EIK company number is noise.")


@case("ua-batteryclips-qty-moq", "uk-UA", "confirmation",
      "Ukrainian reply: minimum order quantity raises line 1, 'до 20 грудня' delivery for everything, line 2 accepted otherwise.")
def _(c):
    p = c.po("4500032360", "KONTAK", "TOV Kontakt-Elektro", "sales@kontakt-elektro.example", [
        ("BC-AAA-3", "Battery holder 3xAAA with switch and cover", 300, "EA", "0.38", "2026-12-20"),
        ("BC-18650-1", "Battery holder 1x18650, PCB pins", 500, "EA", "0.24", "2026-12-20"),
    ], cur="USD", issued="2026-11-06", buyer="mikkel")
    body = ("Доброго дня, пане Мікелю!\n\nДякуємо за замовлення № 4500032360.\n\n"
            "Поз. 1 (BC-AAA-3): мінімальна партія 500 шт, тому підтверджуємо 500 шт по 0,38 USD.\n"
            "Поз. 2 (BC-18650-1): 500 шт по 0,24 USD.\n\nОбидві позиції відвантажимо до 20 грудня 2026 р.\n\n"
            "З повагою,\nОксана Бондаренко\nвідділ продажу, ТОВ «Контакт-Електро»\n+380 44 123 45 67\n")
    c.mail("o.bondarenko@kontakt-elektro.example", "2026-11-09 10:02 +0200", T(body, "utf-8", "base64"), reply_to_po=p,
           prefix="Re: ", frm_name="Оксана Бондаренко")
    c.confirm((p, {1: C(q=500), 2: A}), notes="MOQ 500 raises line 1 from 300 to 500 at the PO price; 'відвантажимо до 20 грудня' is a ship date equal to the requested 2026-12-20, so line 2 is accepted.")


@case("il-keycabinets-hebrew-html", "he-IL", "confirmation",
      "Hebrew right-to-left multipart mail; line 1 accepted, line 2 price changed in ILS, dates dd/mm/yyyy inside RTL text.")
def _(c):
    p = c.po("4500032388", "MAFTEA", "Mafteach Systems Ltd.", "orders@mafteach.example", [
        ("KC-20-LOCK", "Key cabinet 20 hooks, combination lock", 15, "PC", "210.00", "2026-12-15"),
        ("KC-TAGS-100", "Key tags with labels, assorted colours, 100 pcs", 10, "BOX", "32.00", "2026-12-15"),
    ], cur="ILS", issued="2026-11-05")
    txt = ("שלום דנה,\n\nמאשרים את הזמנה 4500032388:\n"
           "שורה 1 – ארון מפתחות 20 ווים, 15 יח' במחיר 210.00 ש\"ח, אספקה 15/12/2026.\n"
           "שורה 2 – תגיות מפתח, 10 קופסאות, המחיר עודכן ל-35.50 ש\"ח לקופסה, אספקה 15/12/2026.\n\n"
           "בברכה,\nיוסי כהן\nמפתח מערכות בע\"מ | 03-6123456\n")
    html = "<html dir=\"rtl\"><body><div dir=\"rtl\" style=\"font-family:Arial\">" + txt.replace("\n", "<br>") + "</div></body></html>"
    c.mail("yossi@mafteach.example", "2026-11-08 09:30 +0200", ALT(T(txt, "windows-1255", "base64"), H(html, "utf-8", "quoted-printable")),
           reply_to_po=p, prefix="RE: ", frm_name="יוסי כהן")
    c.confirm((p, {1: A, 2: C(p="35.50")}), notes="RTL Hebrew; line 2 price updated to 35.50 ILS per box, date unchanged; line 1 exactly as ordered.")


@case("mx-bounce-exchange-ndr", "es-MX", "bounce",
      "Microsoft Exchange/Office 365 NDR in Spanish and English ('No se puede entregar'), recipient not found, with the original message attached.")
def _(c):
    p = c.po("4500032402", "BISAG", "Bisagras y Herrajes del Bajío S.A. de C.V.", "compras@bisagrasbajio.example", [
        ("DH-BB-4", "Ball bearing door hinge 4x4in, satin nickel", 300, "PC", "2.85", "2027-01-11"),
    ], cur="USD", issued="2026-11-10", buyer="priya")
    human = ("No se puede entregar el mensaje a estos destinatarios o grupos:\n\ncompras@bisagrasbajio.example\n"
             "La dirección de correo electrónico que ha escrito no se encuentra. Compruebe la dirección del destinatario y vuelva a intentar enviar el mensaje.\n\n"
             "Your message to compras@bisagrasbajio.example couldn't be delivered.\ncompras wasn't found at bisagrasbajio.example.\n\n"
             "Diagnostic information for administrators:\nGenerating server: MW4PR04MB7345.namprd04.prod.outlook.com\n"
             "compras@bisagrasbajio.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    dsn(c, p, "postmaster@buyerexample.onmicrosoft.com", "2026-11-10 08:42 -0600", human,
        "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "MW4PR04MB7345.namprd04.prod.outlook.com", None, subject="No se puede entregar: " + c.subject(p),
        orig_headers_only=False, mta_name="Microsoft Outlook")
    c.other("bounce", "Exchange non-delivery report (5.1.10 recipient not found) for our PO request.")


@case("ae-invoice-other-po-csv", "ar-AE", "unrelated",
      "Arabic/English tax invoice with CSV for a DIFFERENT PO number that differs from ours by one digit; not an answer to our request.")
def _(c):
    p = c.po("4500032417", "KHALEEJ", "Al Khaleej Sensors Trading LLC", "sales@khaleejsensors.example", [
        ("LS-ULT-5M", "Ultrasonic level sensor 5 m, 4-20 mA", 6, "EA", "1450.00", "2026-12-20"),
        ("LS-GUARD", "Sun guard for level sensor", 6, "EA", "85.00", "2026-12-20"),
    ], cur="AED", issued="2026-11-06")
    csv = ("Invoice No,Invoice Date,Customer PO,Item,Qty,Unit Price AED,VAT 5%,Total AED\r\n"
           "INV-26-08812,09/11/2026,4500032411,LS-ULT-5M,4,1450.00,290.00,6090.00\r\n")
    body = ("السادة / Halvorsen Industrial Supply المحترمين\n\nتحية طيبة وبعد،\n\n"
            "مرفق الفاتورة الضريبية رقم INV-26-08812 الخاصة بأمر الشراء 4500032411 والتي تم توريدها بتاريخ 09/11/2026.\n"
            "يرجى السداد خلال 30 يوماً.\n\nPlease find attached tax invoice INV-26-08812 for PO 4500032411 (delivered 09/11/2026). Payment due within 30 days.\n\n"
            "مع التحية،\nفاطمة الحمادي\nقسم الحسابات | Accounts\nTRN 100234567800003\n")
    c.mail("accounts@khaleejsensors.example", "2026-11-10 11:15 +0400",
           MIX(T(body, "utf-8", "base64"), ATT("INV-26-08812.csv", "text/csv", csv)),
           subject="Tax Invoice INV-26-08812 / PO 4500032411", to="dana.ruiz@buyer.example")
    c.other("unrelated", "An invoice for an earlier PO 4500032411 (not our open 4500032417), new thread, from accounts; same item code but it does not confirm our order.")


@case("vn-foam-vnd-dots", "vi-VN", "confirmation",
      "Vietnamese reply: VND amounts with dot thousands separators, line 1 qty reduced by stock, date 'ngày 05/01/2027'.")
def _(c):
    p = c.po("4500032444", "TIEMAM", "Công ty TNHH Tiêu Âm Việt", "kinhdoanh@tieuamviet.example", [
        ("AF-EGG-40", "Acoustic foam egg-crate 40 mm, 1000x500", 300, "PC", "85000", "2026-12-18"),
        ("AF-GLUE-5", "Spray adhesive for acoustic foam 500 ml", 60, "EA", "120000", "2026-12-18"),
    ], cur="VND", issued="2026-11-06", buyer="mikkel")
    body = ("Kính gửi anh Mikkel,\n\nCông ty chúng tôi xác nhận đơn hàng số 4500032444 như sau:\n\n"
            "1. AF-EGG-40 Mút tiêu âm trứng 40mm: số lượng 250 tấm (tồn kho hiện có), đơn giá 85.000 đ/tấm, giao ngày 05/01/2027.\n"
            "2. AF-GLUE-5 Keo xịt dán mút 500ml: 60 chai, đơn giá 120.000 đ, giao ngày 18/12/2026.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh | ĐT: 028 3812 3456\n")
    c.mail("lan.nguyen@tieuamviet.example", "2026-11-09 14:00 +0700", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="Re: ", frm_name="Nguyễn Thị Lan")
    c.confirm((p, {1: C(q=250, d="2027-01-05"), 2: A}),
              notes="VND '85.000' = 85000 (dot is a thousands separator). Line 1: 250 instead of 300 and 05/01/2027 day-first = 2027-01-05; line 2 as ordered.")


@case("id-checking-stock-besok", "id-ID", "needs_review",
      "Indonesian reply: 'kami cek stok dulu, konfirmasi besok' - polite holding reply, no commitment.")
def _(c):
    p = c.po("4500032470", "SABUK", "PT Sabuk Perkakas Nusantara", "sales@sabukperkakas.example", [
        ("TB-CANV-6", "Tool belt canvas, 6 pockets", 120, "PC", "78000", "2026-12-21"),
        ("TB-POUCH-NL", "Nail pouch leather", 60, "PC", "95000", "2026-12-21"),
    ], cur="IDR", issued="2026-11-09", buyer="priya")
    body = ("Selamat siang Ibu Priya,\n\nTerima kasih atas PO 4500032470. Untuk harga tidak ada perubahan, "
            "tapi kami cek stok dulu di gudang Cikarang ya Bu, konfirmasi qty dan tanggal kirim besok pagi.\n\n"
            "Salam,\nDewi Lestari\nPT Sabuk Perkakas Nusantara\nHP 0812-3456-7890\n" + c.quote(p, "gmail").replace("On ", "Pada ", 1).replace(" wrote:", " menulis:"))
    c.mail("dewi@sabukperkakas.example", "2026-11-10 13:10 +0700", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="Re: ", frm_name="Dewi Lestari")
    c.other("needs_review", "Only prices are acknowledged; quantities and dates will be confirmed tomorrow after a stock check. No line is committed, a human should follow up.")
