from .common import *


@case("html-only-noyear-fi-fi", "confirmation", "fi-FI",
      "Finnish HTML-only Outlook mail with a confirmation table; dates '9.12.' without year and decimal-comma prices.")
def c():
    s = sup("PUHALLIN", "Puhallintekniikka Oy", "myynti@puhallintekniikka.example", "fi-FI")
    p = po("4500031503", s, "as", "EUR", "2026-11-12", [
        ("EF-200-D", "Duct exhaust fan 200 mm", 16, "EA", "112.00", "2026-12-09"),
        ("EF-250-D", "Duct exhaust fan 250 mm", 10, "EA", "138.50", "2026-12-09"),
        ("EF-SPD-1", "Speed controller 1.5 A", 26, "EA", "31.90", "2026-12-09")])
    h_ = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Calibri\">"
          "<p>Hei Anika,</p><p>Kiitos tilauksesta. Vahvistamme tilauksen 4500031503 seuraavasti:</p>"
          "<table border=\"1\" cellspacing=\"0\"><tr><th>Rivi</th><th>Tuote</th><th>Määrä</th><th>Hinta €/kpl</th><th>Toimitus</th></tr>"
          "<tr><td>1</td><td>EF-200-D</td><td>16 kpl</td><td>112,00</td><td>9.12.</td></tr>"
          "<tr><td>2</td><td>EF-250-D</td><td>10 kpl</td><td>138,50</td><td>9.12.</td></tr>"
          "<tr><td>3</td><td>EF-SPD-1</td><td>26 kpl</td><td>33,50</td><td>16.12.</td></tr></table>"
          "<p>Rivin 3 hinta on päivitetty valmistajan hinnastoon 1.11. alkaen.</p>"
          "<p>Ystävällisin terveisin<br>Jari Virtanen<br>Puhallintekniikka Oy<br>puh. 040 555 1832<br>Y-tunnus 2418833-5</p></div>"
          "<div style=\"border-top:solid #E1E1E1 1pt\"><p><b>Lähettäjä:</b> Anika Sørensen &lt;anika.sorensen@halvard-supply.example&gt;<br>"
          "<b>Lähetetty:</b> torstai 12. marraskuuta 2026 8.30<br><b>Aihe:</b> " + req_subject(p) + "</p></div>"
          + request_html_table(p) + "</body></html>")
    eml = message(reply_headers(p, "Jari Virtanen", "jari.virtanen@puhallintekniikka.example", "VS: " + req_subject(p),
                                rfcdate("2026-11-13", "09:44:12", "+0200"), "<HE1PR0701MB2154F0A2@puhallintekniikka.example>"),
                  html(h_, cte="base64"))
    e = expected("confirmation", "HTML-only table. '9.12.' and '16.12.' have no year -> 2026-12-09 and 2026-12-16. Lines 1-2 accepted; line 3 price 33,50 (was 31.90) and date 16.12. -> changed.",
                 [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, unit_price="33.50", date="2026-12-16")})])
    return [p], eml, e


@case("partial-tomorrow-pl-pl", "confirmation", "pl-PL",
      "Polish ISO-8859-2 reply confirming two pulley lines and promising to confirm the third 'jutro' (unconfirmed).")
def c():
    s = sup("KRAZPOL", "Krążki-Pol Sp. z o.o.", "biuro@krazkipol.example", "pl-PL")
    p = po("4500031515", s, "mk", "PLN", "2026-11-12", [
        ("RP-60-ZN", "Rope pulley 60 mm zinc, fixed eye", 100, "EA", "18.40", "2026-12-11"),
        ("RP-80-ZN", "Rope pulley 80 mm zinc, swivel eye", 60, "EA", "24.90", "2026-12-11"),
        ("RP-120-HD", "Rope pulley 120 mm heavy duty, ball bearing", 10, "EA", "96.00", "2026-12-11")])
    body = ("Dzień dobry Pani Miro,\n\npotwierdzamy zamówienie 4500031515:\n"
            "poz. 1 – 100 szt. x 18,40 zł – termin 11.12.2026\npoz. 2 – 60 szt. x 24,90 zł – termin 11.12.2026\n"
            "poz. 3 – czekamy na odpowiedź producenta, termin i cenę potwierdzimy jutro.\n\n"
            "Pozdrawiam\nKatarzyna Wójcik\nKrążki-Pol Sp. z o.o.\nul. Przemysłowa 17, 43-300 Bielsko-Biała\nNIP 547-211-83-09 | tel. +48 33 555 21 40\n\n"
            + quote_outlook(p, "pl"))
    eml = message(reply_headers(p, "Katarzyna Wójcik", "k.wojcik@krazkipol.example", "Odp: " + req_subject(p),
                                rfcdate("2026-11-12", "15:26:33", "+0100"), "<5e0b1f3a9c72@krazkipol.example>", charset="iso-8859-2"),
                  text(body, charset="iso-8859-2"))
    e = expected("confirmation", "Lines 1 and 2 confirmed exactly as ordered; line 3 is explicitly deferred ('potwierdzimy jutro') -> unconfirmed.",
                 [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: unc()})])
    return [p], eml, e


@case("energy-surcharge-pct-cs-cz", "confirmation", "cs-CZ",
      "Czech Windows-1250 reply adding a 4 % energy surcharge to one hand-cleaner line and confirming a different date for the other.")
def c():
    s = sup("CISTIC", "Čistič Morava s.r.o.", "obchod@cisticmorava.example", "cs-CZ")
    p = po("4500031522", s, "mk", "CZK", "2026-11-11", [
        ("HC-5L-PASTE", "Hand cleaner paste, 5 l bucket", 80, "EA", "312.50", "2026-12-14"),
        ("HC-500-DISP", "Hand cleaner 500 ml dispenser bottle", 240, "EA", "86.50", "2026-12-14")])
    body = ("Dobrý den, paní Kovač,\n\nděkujeme za objednávku č. 4500031522, potvrzujeme:\n\n"
            "1) HC-5L-PASTE, 80 ks, 312,50 Kč/ks + energetický příplatek 4 %, dodání 14. 12. 2026\n"
            "2) HC-500-DISP, 240 ks, 86,50 Kč/ks, dodání 7. 1. 2027 (výroba lahví až po svátcích)\n\n"
            "S pozdravem\nIng. Tomáš Dvořák\nobchodní oddělení\nČistič Morava s.r.o., IČ 27712345, DIČ CZ27712345\nTel.: +420 545 212 334\n")
    eml = message(reply_headers(p, "Tomáš Dvořák", "dvorak@cisticmorava.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-12", "10:10:10", "+0100"), "<001601dc5201$9a1b2c30$ce518490$@cisticmorava.example>",
                                charset="windows-1250"),
                  text(body, charset="windows-1250"))
    e = expected("confirmation", "Line 1: +4 % surcharge on 312.50 -> 325.00 CZK, date as requested -> changed. Line 2: date 7. 1. 2027 instead of 2026-12-14 -> changed.",
                 [conf(p, {1: chg(p, 1, unit_price=pct("312.50", 4)), 2: chg(p, 2, date="2027-01-07")})])
    return [p], eml, e


@case("prepayment-first-sk-sk", "needs_review", "sk-SK",
      "Slovak reply: new customer must prepay a proforma before the order is accepted and a date can be given.")
def c():
    s = sup("ZDVIHAK", "Zdvihacia technika Považie s.r.o.", "predaj@zdvihacia.example", "sk-SK")
    p = po("4500031530", s, "tj", "EUR", "2026-11-13", [
        ("LS-CH-3T", "Lifting sling chain 3 t, 2-leg, 2 m", 6, "EA", "245.00", "2026-12-18")])
    body = ("Dobrý deň,\n\nďakujeme za objednávku. Keďže ste u nás nový zákazník, objednávku môžeme prijať až po úhrade zálohovej faktúry "
            "(v prílohe, splatná do 7 dní). Termín dodania vám potvrdíme po pripísaní platby na náš účet – momentálne je výroba reťazí "
            "vyťažená, orientačne 3 – 5 týždňov.\n\nS pozdravom\nMartina Hudáková\nZdvihacia technika Považie s.r.o.\nIČO 36 712 345 | +421 42 555 17 80\n")
    inv = pdf(["ZALOHOVA FAKTURA c. ZF2026-0412", "Odberatel: Halvard Industrial Supply", "Objednavka: 4500031530",
               "6 ks  LS-CH-3T  a 245,00 EUR   Spolu 1 470,00 EUR bez DPH", "Splatnost: 20.11.2026"])
    eml = message(reply_headers(p, "Martina Hudáková", "hudakova@zdvihacia.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-13", "13:33:03", "+0100"), "<4f2c11ab-0c7d-zdvihacia@zdvihacia.example>"),
                  multi("mixed", [text(body), attachment("ZF2026-0412.pdf", "application/pdf", inv)], "----=_NextPart_000_0011_01DC5201.1B2C3D40"))
    e = expected("needs_review", "Acceptance is conditional on prepayment and the delivery date is explicitly left open ('orientačne 3-5 týždňov' is only indicative); the proforma repeats PO values but nothing is committed yet.")
    return [p], eml, e


@case("carton-rounding-hu-hu", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2 base64 reply rounding ice scrapers up to 50-piece cartons, with '2026. december 16.' style dates and forint spacing.")
def c():
    s = sup("JEGKAPAR", "Jégkaparó Kft.", "rendeles@jegkaparo.example", "hu-HU")
    p = po("4500031541", s, "rp", "HUF", "2026-11-10", [
        ("IS-25-PL", "Ice scraper 25 cm plastic", 230, "EA", "690.00", "2026-12-16"),
        ("IS-40-BR", "Ice scraper with brush 40 cm", 120, "EA", "1290.00", "2026-12-16")])
    body = ("Tisztelt Pillai Úr!\n\nKöszönjük megrendelését (4500031541). Visszaigazoljuk:\n\n"
            "1. IS-25-PL – 250 db (kartononként 50 db, ezért felfelé kerekítettünk), 690 Ft/db, szállítás: 2026. december 16.\n"
            "2. IS-40-BR – 120 db, 1 290 Ft/db, szállítás: 2026. december 16.\n\n"
            "Üdvözlettel:\nNagy Eszter\nértékesítés\nJégkaparó Kft. | 2040 Budaörs, Ipari park 3. | Adószám: 12345678-2-13\n")
    eml = message(reply_headers(p, "Nagy Eszter", "nagy.eszter@jegkaparo.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-11", "09:09:09", "+0100"), "<b71d8e2a-jegkaparo-31541@jegkaparo.example>", charset="iso-8859-2"),
                  text(body, charset="iso-8859-2", cte="base64"))
    e = expected("confirmation", "Line 1 rounded up from 230 to 250 (cartons of 50) -> changed quantity. Line 2 accepted (1 290 Ft = 1290.00). Date 2026-12-16 as requested.",
                 [conf(p, {1: chg(p, 1, quantity=250), 2: acc(p, 2)})])
    return [p], eml, e


@case("forwarded-warehouse-ro-ro", "confirmation", "ro-RO",
      "Romanian sales rep forwards the warehouse's internal answer ('---------- Forwarded message ---------') with a one-line cover note; line 2 slips to January.")
def c():
    s = sup("ROBIVAL", "Robival Armături SRL", "vanzari@robival.example", "ro-RO")
    p = po("4500031552", s, "tj", "EUR", "2026-11-11", [
        ("GV-DN50-PN16", "Gate valve DN50 PN16 cast iron, flanged", 20, "EA", "86.00", "2026-12-15"),
        ("GV-DN80-PN16", "Gate valve DN80 PN16 cast iron, flanged", 8, "EA", "131.00", "2026-12-15")])
    body = ("Bună ziua,\n\nVedeți mai jos răspunsul depozitului – confirmăm comanda în aceste condiții, prețurile rămân cele din PO.\n\n"
            "Cu stimă,\nAndrei Popescu\nRobival Armături SRL | CUI RO18233411 | tel. 0264 555 210\n\n"
            "---------- Forwarded message ---------\nDe la: Depozit Cluj <depozit@robival.example>\nDate: mie., 11 nov. 2026 la 16:02\n"
            "Subject: Re: PO 4500031552\nTo: Andrei Popescu <andrei.popescu@robival.example>\n\n"
            "Andrei,\nDN50 – 20 buc pe stoc, pot pleca oricând, livrare la client 15.12.2026 ok.\n"
            "DN80 – avem doar 2 buc, restul vin cu containerul; toate 8 le putem livra pe 12.01.2027.\n\nMihai\n")
    eml = message(reply_headers(p, "Andrei Popescu", "andrei.popescu@robival.example", "Fwd: " + req_subject(p),
                                rfcdate("2026-11-12", "08:47:20", "+0200"), "<CAMr5Robival31552xQ@mail.gmail.example>"),
                  text(body))
    e = expected("confirmation", "The cover note commits to the forwarded internal answer with PO prices. Line 1 accepted (15.12.2026). Line 2: all 8 on 12.01.2027 -> changed date (the 2 in stock are not shipped separately).",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-12")})])
    return [p], eml, e


@case("ooo-cp1251-bg-bg", "auto_reply", "bg-BG",
      "Bulgarian Windows-1251 out-of-office reply ('Отсъствам от офиса') with a colleague's contact, no Auto-Submitted header.")
def c():
    s = sup("KLAMPBG", "Клампс България ЕООД", "office@klamps-bg.example", "bg-BG")
    p = po("4500031560", s, "mk", "EUR", "2026-11-16", [
        ("JC-32-SS", "Junction clamp 32 mm stainless", 300, "EA", "1.45", "2026-12-18")])
    body = ("Здравейте,\n\nОтсъствам от офиса до 23.11.2026 г. включително. За спешни въпроси, свързани с поръчки, моля, "
            "обърнете се към колегата ми Петър Иванов – p.ivanov@klamps-bg.example, тел. +359 2 955 41 20.\n\n"
            "Благодаря!\nДесислава Георгиева\n")
    eml = message(reply_headers(p, "Десислава Георгиева", "d.georgieva@klamps-bg.example", "Автоматичен отговор: " + req_subject(p),
                                rfcdate("2026-11-16", "08:30:40", "+0200"), "<VI1PR02MB5573D2@klamps-bg.example>", charset="windows-1251"),
                  text(body, charset="windows-1251"))
    e = expected("auto_reply", "Out-of-office text ('Автоматичен отговор', absent until 23.11.2026); the date is the absence end, not a delivery date.")
    return [p], eml, e


@case("weekday-noyear-el-gr", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply with a weekday plus day-month date ('Τρίτη 8 Δεκεμβρίου'), earlier than requested, and one rejected line.")
def c():
    s = sup("SYNDESMOI", "Σύνδεσμοι Αττικής Α.Ε.", "poliseis@syndesmoi.example", "el-GR")
    p = po("4500031571", s, "as", "EUR", "2026-11-12", [
        ("JC-48-GALV", "Junction clamp 48 mm right angle, galvanised", 250, "EA", "2.35", "2026-12-11"),
        ("JC-48-SWV", "Junction clamp 48 mm swivel, galvanised", 150, "EA", "2.80", "2026-12-11"),
        ("JC-60-GALV", "Junction clamp 60 mm right angle, galvanised", 50, "EA", "3.40", "2026-12-11")])
    body = ("Καλησπέρα σας κα Anika,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031571:\n\n"
            "Γρ. 1: 250 τεμ. x 2,35 € – παράδοση Τρίτη 8 Δεκεμβρίου\nΓρ. 2: 150 τεμ. x 2,80 € – παράδοση Τρίτη 8 Δεκεμβρίου\n"
            "Γρ. 3: δυστυχώς το 60 mm δεν το παράγουμε πλέον, δεν μπορούμε να το εκτελέσουμε.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΣύνδεσμοι Αττικής Α.Ε. | ΑΦΜ 094512378 | τηλ. 210 555 4410\n")
    eml = message(reply_headers(p, "Νίκος Παπαδόπουλος", "n.papadopoulos@syndesmoi.example", "ΑΠ: " + req_subject(p),
                                rfcdate("2026-11-13", "17:01:55", "+0200"), "<2026111317015500.GR77@syndesmoi.example>", charset="iso-8859-7"),
                  text(body, charset="iso-8859-7"))
    e = expected("confirmation", "'Τρίτη 8 Δεκεμβρίου' has no year: next 8 Dec after the mail = 2026-12-08 (a Tuesday), earlier than requested 2026-12-11 -> lines 1-2 changed (date). Line 3 no longer produced -> rejected.",
                 [conf(p, {1: chg(p, 1, date="2026-12-08"), 2: chg(p, 2, date="2026-12-08"), 3: rej()})])
    return [p], eml, e


@case("pct-increase-split-tr-tr", "confirmation", "tr-TR",
      "Turkish reply applying a '%5 fiyat artışı' to one motion-sensor line and splitting the other into two shipments.")
def c():
    s = sup("HAREKETSENS", "Hareket Elektronik San. ve Tic. A.Ş.", "siparis@hareketelektronik.example", "tr-TR")
    p = po("4500031583", s, "rp", "EUR", "2026-11-11", [
        ("MS-360-CL", "Motion sensor 360°, ceiling, 230 V", 200, "EA", "11.60", "2026-12-18"),
        ("MS-180-WL", "Motion sensor 180°, wall, IP44", 150, "EA", "9.80", "2026-12-18")])
    body = ("Sayın Rahul Bey,\n\n4500031583 no'lu siparişiniz için onayımız aşağıdadır:\n\n"
            "1. kalem MS-360-CL: 200 adet, 1 Aralık itibarıyla geçerli %5 fiyat artışı uygulanmıştır, termin 18.12.2026.\n"
            "2. kalem MS-180-WL: 150 adet, 9,80 EUR; 100 adet 11.12.2026'da, kalan 50 adet 08.01.2027'de sevk edilecektir.\n\n"
            "Saygılarımızla,\nElif Yıldız\nSatış Destek | Hareket Elektronik A.Ş.\nİkitelli OSB, İstanbul | Tel: +90 212 555 40 40\n")
    eml = message(reply_headers(p, "Elif Yıldız", "elif.yildiz@hareketelektronik.example", "YNT: " + req_subject(p),
                                rfcdate("2026-11-12", "12:00:31", "+0300"), "<AM6P194MB0412A@hareketelektronik.example>", charset="iso-8859-9"),
                  text(body, charset="iso-8859-9"))
    e = expected("confirmation", "Line 1: +5 % on 11.60 = 12.18 EUR, date as requested -> changed. Line 2: 150 at PO price split 100 on 2026-12-11 (ship) and 50 on 2027-01-08 -> changed with schedule, last date 2027-01-08.",
                 [conf(p, {1: chg(p, 1, unit_price=pct("11.60", 5)), 2: chg(p, 2, schedule=[(100, "2026-12-11"), (50, "2027-01-08")])})])
    return [p], eml, e


@case("new-pricelist-tomorrow-uk-ua", "needs_review", "uk-UA",
      "Ukrainian reply saying prices changed and a new price list will follow tomorrow, after which they will confirm.")
def c():
    s = sup("KALIBR", "ТОВ «Калібр-Інструмент»", "zbut@kalibr-instr.example", "uk-UA")
    p = po("4500031590", s, "mk", "EUR", "2026-11-16", [
        ("DC-200-CF", "Digital caliper 200 mm carbon fibre", 40, "EA", "14.20", "2027-01-15")])
    body = ("Доброго дня, пані Міро!\n\nДякуємо за замовлення № 4500031590. На жаль, з 1 листопада постачальник змінив ціни на штангенциркулі, "
            "тому ціна 14,20 EUR вже неактуальна. Новий прайс надішлемо завтра, після вашого погодження підтвердимо замовлення та термін поставки.\n\n"
            "З повагою,\nОлена Коваленко\nменеджер зі збуту\nТОВ «Калібр-Інструмент», м. Львів | +380 32 255 41 17\n")
    eml = message(reply_headers(p, "Олена Коваленко", "o.kovalenko@kalibr-instr.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-17", "11:22:33", "+0200"), "<f3a9d0c2-kalibr-31590@kalibr-instr.example>"),
                  text(body, cte="base64"))
    e = expected("needs_review", "Says the PO price is no longer valid but gives no new price or date; confirmation is deferred until a new price list is agreed.")
    return [p], eml, e


@case("euckr-korean-dates-ko-kr", "confirmation", "ko-KR",
      "Korean EUC-KR reply with '2026년 12월 22일' dates and won prices with commas; one line quantity reduced due to stock.")
def c():
    s = sup("HANGAUGE", "한국압력계(주)", "sales@hangauge.example", "ko-KR")
    p = po("4500031604", s, "rp", "KRW", "2026-11-12", [
        ("PG-100-25G", "Glycerine-filled pressure gauge 100 mm, 0-25 bar", 60, "EA", "38500", "2026-12-22"),
        ("PG-63-6", "Pressure gauge 63 mm, 0-6 bar", 120, "EA", "12800", "2026-12-22")])
    body = ("Rahul Pillai 님께,\n\n안녕하세요. 한국압력계 영업팀 김민준입니다.\n발주서 4500031604 건 아래와 같이 회신드립니다.\n\n"
            "1. PG-100-25G : 60개, 단가 38,500원, 납기 2026년 12월 22일\n"
            "2. PG-63-6 : 재고 부족으로 100개만 가능합니다. 단가 12,800원, 납기 2026년 12월 22일 (잔량 20개는 취소 부탁드립니다)\n\n"
            "감사합니다.\n김민준 드림\n한국압력계(주) 영업팀 | Tel. 031-555-7788 | 사업자등록번호 123-45-67890\n")
    eml = message(reply_headers(p, "김민준", "mj.kim@hangauge.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-13", "16:45:00", "+0900"), "<20261113164500.kim@hangauge.example>", charset="euc-kr"),
                  text(body, charset="euc-kr", cte="base64"))
    e = expected("confirmation", "Line 1 accepted. Line 2 only 100 of 120 can be supplied (remaining 20 to be cancelled) at PO price and date -> changed quantity 100.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, quantity=100)})])
    return [p], eml, e


@case("xlsx-attachment-zh-cn", "confirmation", "zh-CN",
      "Simplified Chinese GBK mail saying '详见附件'; the XLSX order confirmation holds the line data, one quantity changed and one date later.")
def c():
    s = sup("HUAANKOU", "浙江华安扣具有限公司", "sales@huaankou.example", "zh-CN")
    p = po("4500031611", s, "tj", "USD", "2026-11-10", [
        ("KB-AL-D-8", "Carabiner aluminium D-shape 8 kN", 1000, "PC", "0.42", "2027-01-08"),
        ("KB-ST-SG-25", "Carabiner steel screwgate 25 kN", 300, "PC", "1.35", "2027-01-08"),
        ("KB-ST-AL-30", "Carabiner steel auto-lock 30 kN", 200, "PC", "2.10", "2027-01-08")])
    xl = xlsx([["订单确认 ORDER CONFIRMATION", "", "", "", "", ""],
               ["客户订单号 PO No.", "4500031611", "", "", "", ""],
               ["行 Line", "货号 Item", "数量 Qty", "单价 USD", "交期 Delivery", "备注 Remark"],
               [1, "KB-AL-D-8", 1000, 0.42, "2027-01-08", ""],
               [2, "KB-ST-SG-25", 300, 1.35, "2027-01-22", "电镀排产"],
               [3, "KB-ST-AL-30", 240, 2.10, "2027-01-08", "整箱 40 pcs/ctn"]], "OC")
    body = ("Tom 您好，\n\n贵司订单 4500031611 我司已安排，确认内容详见附件，请查收。\n\n祝好！\n李娜 Lina Li\n浙江华安扣具有限公司 外贸部\n电话：+86 576 8555 1234\n")
    eml = message(reply_headers(p, "李娜", "lina@huaankou.example", "回复：" + req_subject(p),
                                rfcdate("2026-11-12", "10:58:16", "+0800"), "<tencent_9F2A1B7C31611@qq.example>", charset="gb2312"),
                  multi("mixed", [text(body, charset="gbk", cte="base64"),
                                  attachment("OC-4500031611.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl)],
                        "----=_NextPart_6550A1B2_0C3D_4E5F"))
    e = expected("confirmation", "Data only in the XLSX. Line 1 accepted; line 2 delivery 2027-01-22 -> changed date; line 3 rounded up to 240 (full cartons of 40) -> changed quantity.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-22"), 3: chg(p, 3, quantity=240)})])
    return [p], eml, e


@case("vnd-dots-vi-vn", "confirmation", "vi-VN",
      "Vietnamese reply with dot-grouped dong prices ('45.000 đ') and a date 'ngày 20/12' without year, price lowered.")
def c():
    s = sup("GANGTAYVN", "Công ty TNHH Găng Tay Sài Gòn", "kinhdoanh@gangtaysg.example", "vi-VN")
    p = po("4500031622", s, "rp", "VND", "2026-11-13", [
        ("VG-PF-L", "Vinyl gloves powder-free size L, 100/box", 400, "BOX", "48000", "2026-12-18")])
    body = ("Chào anh Rahul,\n\nBên em xác nhận đơn hàng 4500031622: găng tay vinyl size L, 400 hộp, đơn giá 45.000 đ/hộp "
            "(bên em giảm giá cho đơn trên 300 hộp), giao hàng ngày 20/12.\n\nTrân trọng,\nNguyễn Thị Hương\nPhòng Kinh doanh – Công ty TNHH Găng Tay Sài Gòn\n"
            "ĐT: 028 3855 1122 – MST: 0312345678\n")
    eml = message(reply_headers(p, "Nguyễn Thị Hương", "huong.nt@gangtaysg.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-14", "09:30:00", "+0700"), "<CAH7yGangTay31622@mail.gmail.example>"),
                  text(body, cte="quoted-printable"))
    e = expected("confirmation", "45.000 đ uses the dot as thousands separator = 45000 VND (PO 48000) -> changed price; 'ngày 20/12' day-first, no year -> 2026-12-20, later than requested.",
                 [conf(p, {1: chg(p, 1, unit_price="45000", date="2026-12-20")})])
    return [p], eml, e


@case("in-three-weeks-id-id", "confirmation", "id-ID",
      "Indonesian reply giving delivery 'dalam 3 minggu' (relative to the mail date) for one line and 'sesuai PO' for the other.")
def c():
    s = sup("KIPASNUS", "PT Kipas Nusantara", "sales@kipasnusantara.example", "id-ID")
    p = po("4500031630", s, "tj", "USD", "2026-11-13", [
        ("EF-400-AX", "Axial exhaust fan 400 mm", 25, "EA", "74.00", "2026-12-04"),
        ("EF-ROOF-500", "Roof exhaust fan 500 mm", 6, "EA", "310.00", "2026-12-04")])
    body = ("Dear Pak Tom,\n\nTerima kasih atas PO 4500031630.\nItem EF-400-AX: 25 unit @ USD 74,00 sesuai PO, pengiriman tanggal 4 Desember 2026.\n"
            "Item EF-ROOF-500: harga sesuai PO, barang harus diimpor dulu, jadi akan kami kirim dan tiba di gudang Anda dalam 3 minggu dari hari ini.\n\n"
            "Salam,\nDewi Lestari\nPT Kipas Nusantara | Jl. Raya Bekasi Km 21, Jakarta Timur | Telp. (021) 4682 5511\n")
    eml = message(reply_headers(p, "Dewi Lestari", "dewi@kipasnusantara.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-16", "10:15:00", "+0700"), "<SG2PR06MB3C1A@kipasnusantara.example>"),
                  text(body))
    e = expected("confirmation", "Line 1 accepted (USD 74,00 with decimal comma). Line 2 'dalam 3 minggu dari hari ini' = mail date 2026-11-16 + 21 days = 2026-12-07 -> changed date.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, date=plus("2026-11-16", 21))})])
    return [p], eml, e


@case("exchange-ndr-ms-my", "bounce", "ms-MY",
      "Exchange Online 'Undeliverable:' NDR (mailbox full, 5.2.2) for our request to a Malaysian supplier, HTML plus delivery-status.")
def c():
    s = sup("PENGAPIT", "Pengapit Jaya Sdn. Bhd.", "jualan@pengapitjaya.example", "ms-MY")
    p = po("4500031641", s, "rp", "MYR", "2026-11-17", [
        ("WV-100-CI", "Workbench vise 100 mm cast iron", 20, "EA", "89.00", "2026-12-23")])
    t = ("Delivery has failed to these recipients or groups:\n\njualan@pengapitjaya.example\nThe recipient's mailbox is full and can't accept messages now. "
         "Please try resending your message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\n\n"
         "Generating server: KL1PR01MB6632.apcprd01.prod.outlook.example\n\njualan@pengapitjaya.example\nRemote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n")
    status = ("Reporting-MTA: dns;KL1PR01MB6632.apcprd01.prod.outlook.example\nReceived-From-MTA: dns;mx1.halvard-supply.example\n"
              "Arrival-Date: Tue, 17 Nov 2026 08:30:02 +0000\n\nFinal-Recipient: rfc822;jualan@pengapitjaya.example\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n")
    orig_h = ("From: Rahul Pillai <rahul.pillai@halvard-supply.example>\nTo: jualan@pengapitjaya.example\nSubject: " + req_subject(p) +
              "\nDate: Tue, 17 Nov 2026 08:30:00 +0000\nMessage-ID: " + p["request_message_id"] + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n")
    root = multi("report", [
        multi("alternative", [text(t, cte="7bit"), html("<html><body><p><b><font color=\"#000066\">Your message to jualan@pengapitjaya.example couldn't be delivered.</font></b></p>"
                                                        "<p>The recipient's mailbox is full and can't accept messages now.</p><pre>" + t + "</pre></body></html>", cte="quoted-printable")],
              "_000_KL1PR01MB6632alt_"),
        raw_part([("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Type", "text/rfc822-headers")], orig_h)], "_002_KL1PR01MB6632report_", extra="; report-type=delivery-status")
    h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@pengapitjaya.example>"),
         ("To", "Rahul Pillai <rahul.pillai@halvard-supply.example>"), ("Subject", "Undeliverable: " + req_subject(p)),
         ("Date", rfcdate("2026-11-17", "08:30:09", "+0000")), ("Message-ID", "<0a1b2c3d-ndr-4e5f@KL1PR01MB6632.apcprd01.prod.outlook.example>"),
         ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]), ("Auto-Submitted", "auto-replied")]
    eml = message(h, root)
    e = expected("bounce", "Exchange NDR (552 5.2.2 mailbox full); it carries In-Reply-To to our request but is a delivery failure, not an answer.")
    return [p], eml, e


@case("taglish-po-en-ph", "confirmation", "en-PH",
      "Short Taglish reply ('Noted po, ok na po') from a phone confirming all lines with a single date written 'Dec 10'.")
def c():
    s = sup("SAFEHANDS", "SafeHands Industrial Trading", "sales@safehands-ph.example", "en-PH")
    p = po("4500031655", s, "tj", "USD", "2026-11-16", [
        ("HC-GRIT-4L", "Hand cleaner with grit, 4 l", 36, "EA", "9.40", "2026-12-10"),
        ("HC-WIPE-80", "Hand cleaning wipes, tub of 80", 48, "EA", "6.25", "2026-12-10")])
    body = ("Hi Sir Tom,\n\nNoted po, ok na po yung PO 4500031655, both items available. Delivery on Dec 10 as requested po, same prices.\n\n"
            "Thanks po!\nJoy Dela Cruz\nSafeHands Industrial Trading\n0917 555 2314\n\nSent from Yahoo Mail on Android\n")
    eml = message(reply_headers(p, "Joy Dela Cruz", "joy.delacruz@safehands-ph.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-17", "21:14:03", "+0800"), "<1387745602.3141592.1795007643@mail.yahoo.example>"),
                  text(body, cte="7bit"))
    e = expected("confirmation", "Everything confirmed as ordered: quantities, prices ('same prices') and Dec 10 = 2026-12-10 as requested.",
                 [conf(p, {1: acc(p, 1), 2: acc(p, 2)})])
    return [p], eml, e


@case("arabic-indic-digits-ar-eg", "confirmation", "ar-EG",
      "Egyptian Arabic reply written with Arabic-Indic digits (١٢٠, ١٥/١٢/٢٠٢٦) confirming all extinguisher lines as ordered.")
def c():
    s = sup("NILEFIRE", "النيل لمعدات الإطفاء", "sales@nilefire.example", "ar-EG")
    p = po("4500031662", s, "as", "USD", "2026-11-12", [
        ("FE-ABC-12", "Fire extinguisher dry powder ABC 12 kg", 120, "EA", "38.00", "2026-12-15"),
        ("FE-FOAM-9", "Fire extinguisher AFFF foam 9 l", 40, "EA", "52.00", "2026-12-15")])
    body = ("السيدة/ أنيكا المحترمة\n\nتحية طيبة وبعد،\n\nنؤكد لسيادتكم استلام أمر الشراء رقم 4500031662 ونؤكد التوريد كالآتي:\n\n"
            "١- طفاية بودرة ١٢ كجم: الكمية ١٢٠ قطعة، السعر ٣٨٫٠٠ دولار للقطعة، التسليم ١٥/١٢/٢٠٢٦\n"
            "٢- طفاية فوم ٩ لتر: الكمية ٤٠ قطعة، السعر ٥٢٫٠٠ دولار للقطعة، التسليم ١٥/١٢/٢٠٢٦\n\n"
            "وتفضلوا بقبول فائق الاحترام،\nم. أحمد عبد الرحمن\nمدير المبيعات – النيل لمعدات الإطفاء\nت: ٠١٠٠٥٥٥١٢٣٤\n")
    eml = message(reply_headers(p, "أحمد عبد الرحمن", "ahmed.a@nilefire.example", "رد: " + req_subject(p),
                                rfcdate("2026-11-14", "13:20:00", "+0200"), "<CAN1leFire31662q@mail.gmail.example>"),
                  multi("alternative", [text(body, cte="base64"), html("<div dir=\"rtl\">" + body.replace("\n", "<br>\n") + "</div>", cte="base64")], "00000000000071c2a605e8f0a3c4"))
    e = expected("confirmation", "Arabic-Indic digits: ١٢٠ = 120, ٣٨٫٠٠ = 38.00, ١٥/١٢/٢٠٢٦ = 2026-12-15; both lines exactly as ordered -> accepted.",
                 [conf(p, {1: acc(p, 1), 2: acc(p, 2)})])
    return [p], eml, e


@case("diameter-question-he-il", "needs_review", "he-IL",
      "Hebrew Windows-1255 reply confirming one line informally but asking which thread size is needed for the other before confirming the order.")
def c():
    s = sup("NIRNOZ", "ניר חרירים בע\"מ", "orders@nir-nozzles.example", "he-IL")
    p = po("4500031670", s, "mk", "USD", "2026-11-16", [
        ("NT-FC-04", "Nozzle tip full cone 04, brass", 300, "PC", "1.10", "2026-12-17"),
        ("NT-HC-06", "Nozzle tip hollow cone 06, brass", 200, "PC", "1.25", "2026-12-17")])
    body = ("שלום מירה,\n\nקיבלנו את ההזמנה, תודה.\nלגבי שורה 2 (NT-HC-06) – יש לנו אותו בהברגה 1/4\" ובהברגה 3/8\". איזה מהם אתם צריכים? "
            "לגבי שורה 1 זה נראה בסדר מבחינתנו. ברגע שנקבל תשובה נשלח אישור הזמנה מסודר עם תאריכי אספקה.\n\n"
            "בברכה,\nיוסי לוי\nניר חרירים בע\"מ | טל' 04-8555123\n")
    eml = message(reply_headers(p, "יוסי לוי", "yossi@nir-nozzles.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-16", "14:44:44", "+0200"), "<VI1P195MB0612B@nir-nozzles.example>", charset="windows-1255"),
                  text(body, charset="windows-1255"))
    e = expected("needs_review", "A question about line 2's thread size; line 1 'looks fine' is not a commitment, and the supplier says a formal confirmation with dates will follow after our answer.")
    return [p], eml, e
