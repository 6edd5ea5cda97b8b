"""Cases 001-018."""
from .common import A, C, R, U, build, case, conf, other, po, request_eml, sup, pct, BUYERS
from .mime import addr, date_hdr, leaf, message, multipart, rfc822, hdr
from .pdf import make_pdf


@case("organ-stops-one-liner", "confirmation/en-GB",
      "A one-line 'confirmed as ordered' above a quoted table full of pipe sizes, tin percentages and dates.")
def c_organ(slug):
    s = sup("PRYCE", "Pryce & Harland Organ Works Ltd", "sales@pryce-harland.example", "en-GB")
    p = po("4500031101", s, "GBP", "2026-11-03", [
        ("OS-PR8-61", "Principal 8' stop, 61 pipes, 70% tin, scale 44", 1, "SET", "14250.00", "2027-01-29"),
        ("OS-GD8-56", "Gedackt 8/4 stop, oak, 56 pipes, 1/4 mouth", 1, "SET", "9870.00", "2027-01-29"),
        ("OS-TC-1520", "Tuning collars 1.5 mm tin, dia 12-20 mm", 60, "EA", "4.35", "2026-12-18"),
    ])
    body = ("Hi Laura,\n\nThanks - PO 4500031101 is confirmed as ordered, all three lines, prices and dates as per your order.\n\n"
            "Regards\nGareth Pryce\nSales Office | Pryce & Harland Organ Works Ltd\nUnit 4, Canal Wharf, Leeds LS11 5PS\n"
            "T: +44 113 496 0721\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. Pryce & Harland "
            "Organ Works Ltd, registered in England No. 04417780.")
    eml = build(slug, p=p, frm=("Gareth Pryce", "gareth.pryce@pryce-harland.example"),
                date=("2026-11-10 09:14:22", "+0000"), body=body, charset="us-ascii", cte="7bit")
    return [p], eml, conf([(p, A)], "One-liner acceptance from a colleague's address; the only numbers are in the quoted PO table.")


@case("sauna-stones-kw51-austria", "confirmation/de-AT",
      "Austrian reply giving 'KW 51' for the whole order, so two lines move to that week's Friday while one already matches.")
def c_sauna(slug):
    s = sup("HARTL", "Hartl Saunastein GmbH", "verkauf@hartl-saunastein.example", "de-AT")
    p = po("4500031115", s, "EUR", "2026-11-04", [
        ("SS-OLV-1015", "Olivine diabase sauna stones 10-15 cm, 20 kg box", 40, "BOX", "28.90", "2026-12-11"),
        ("SS-JAD-0510", "Jadeite stones 5-10 cm, 10 kg box", 12, "BOX", "96.50", "2026-12-11"),
        ("SS-PER-812", "Rounded peridotite 8-12 cm, 2027 batch", 600, "KG", "1.85", "2026-12-18"),
    ])
    body = ("Sehr geehrte Frau Beck,\n\nherzlichen Dank für Ihre Bestellung 4500031115. Wir bestätigen alle drei Positionen "
            "zu den angeführten Mengen und Preisen.\n\nLiefertermin für die gesamte Bestellung: KW 51 (Zustellung per "
            "Spedition ab unserem Lager in Graz).\n\nMit freundlichen Grüßen\n\nMag. Verena Hartl\nInnendienst / Auftragsabwicklung\n"
            "Hartl Saunastein GmbH\nAlte Poststraße 112, 8020 Graz\nTel.: +43 316 908 4411\nFN 312876 h, Landesgericht für ZRS Graz")
    eml = build(slug, p=p, frm=("Verena Hartl", "v.hartl@hartl-saunastein.example"),
                date=("2026-11-12 10:02:51", "+0100"), body=body, lang="de", charset="iso-8859-15")
    kw51 = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=kw51), 2: C(d=kw51), 3: A})],
                          "'KW 51' without a day = Friday 2026-12-18; lines 1-2 were requested for 12-11, line 3 already for 12-18.")


@case("horse-blankets-latvian-decembri", "confirmation/lv-LV",
      "Latvian per-position list where only line 3 moves to '18. decembrī' (no year) and blanket sizes look like dates.")
def c_blankets_lv(slug):
    s = sup("ZSEGA", "SIA Zirgu Segas", "pasutijumi@zirgusegas.example", "lv-LV")
    p = po("4500031122", s, "EUR", "2026-11-05", [
        ("HB-TO-145", "Turnout rug 600D, 145 cm (6'3), 200 g fill", 30, "EA", "64.00", "2026-12-11"),
        ("HB-FL-135", "Fleece cooler 135 cm, 4/3 fit", 25, "EA", "22.40", "2026-12-11"),
        ("HB-NK-L27", "Neck cover size L, 2027 pattern", 30, "EA", "18.75", "2026-12-11"),
    ])
    body = ("Labdien, Laura!\n\nApstiprinām pasūtījumu Nr. 4500031122:\n\n"
            "1. poz. - 30 gab. x 64,00 EUR, piegāde 11.12.2026.\n"
            "2. poz. - 25 gab. x 22,40 EUR, piegāde 11.12.2026.\n"
            "3. poz. - kakla pārsegi būs gatavi tikai 18. decembrī, tad arī piegādāsim visus 30 gab., cena 18,75 EUR.\n\n"
            "Ar cieņu\nIlze Kalniņa\nPārdošanas vadītāja\nSIA Zirgu Segas\nRūpniecības iela 7, Jelgava, LV-3001\n"
            "Tālr. +371 6302 1177")
    eml = build(slug, p=p, frm=("Ilze Kalniņa", "ilze.kalnina@zirgusegas.example"),
                date=("2026-11-16 11:20:05", "+0200"), body=body, lang="lv", charset="iso-8859-13",
                client="thunderbird", quote="thunderbird",
                attrib="05.11.2026 09:41, Laura Beck rakstīja:")
    return [p], eml, conf([(p, {1: A, 2: A, 3: C(d="2026-12-18")})],
                          "'18. decembrī' has no year: next occurrence after the 16 Nov mail is 2026-12-18; lines 1-2 restate the PO.")


@case("steel-wool-lithuanian-iso-date", "confirmation/lt-LT",
      "Lithuanian reply moving line 1 to '2026-12-18' and cutting line 2 to 240 pcs given as 20 boxes of 12.")
def c_steelwool_lt(slug):
    s = sup("PLIEN", "UAB Plieno Vata", "uzsakymai@plienovata.example", "lt-LT")
    p = po("4500031130", s, "EUR", "2026-11-05", [
        ("SW-000-5KG", "Steel wool grade 000, 5 kg reel", 40, "ROL", "31.20", "2026-12-04"),
        ("SW-0-PAD12", "Steel wool pad grade 0, 12x8 cm", 300, "EA", "2.15", "2026-12-04"),
    ])
    body = ("Laba diena,\n\nPatvirtiname užsakymą Nr. 4500031130 su pakeitimais:\n\n"
            "Poz. 1: 40 ROL x 31,20 EUR, pristatymas 2026-12-18 (ne 12-04 - užsitęsė ritinių gamyba).\n"
            "Poz. 2: galime pristatyti tik 240 vnt. (20 dėžių po 12 vnt.), kaina 2,15 EUR/vnt., pristatymas 2026-12-04.\n\n"
            "Likusių 60 vnt. šiais metais nebeturėsime.\n\n"
            "Pagarbiai\nRūta Paulauskienė\nUAB Plieno Vata | Pramonės pr. 16, LT-51329 Kaunas\nTel. +370 37 455 210")
    eml = build(slug, p=p, frm=("Rūta Paulauskienė", "ruta.p@plienovata.example"),
                date=("2026-11-13 08:47:10", "+0200"), body=body, lang="lt", charset="windows-1257")
    return [p], eml, conf([(p, {1: C(d="2026-12-18"), 2: C(q=240)})],
                          "ISO date 2026-12-18 next to '12-04'; quantity given as 20 boxes of 12 = 240 each, the remaining 60 are not coming.")


@case("hydraulic-hoses-hungarian-date", "confirmation/hu-HU",
      "Hungarian dates '2026. 12. 18.' and forint prices with space grouping and decimal comma.")
def c_hoses_hu(slug):
    s = sup("TOMLO", "Tömlőtechnika Kft.", "rendeles@tomlotechnika.example", "hu-HU")
    p = po("4500031144", s, "HUF", "2026-11-06", [
        ("HH-2SN-12-1000", "Hydraulic hose 1/2\" 2SN, 1000 mm, DKOL M22x1.5", 80, "EA", "6850.00", "2026-12-10"),
        ("HH-2SN-38-600", "Hydraulic hose 3/8\" 2SN, 600 mm, 24V pump line", 120, "EA", "4920.00", "2026-12-10"),
        ("HH-4SH-1", "Hose 1\" 4SH 420 bar, per metre", 50, "M", "15300.00", "2027-01-15"),
    ])
    body = ("Tisztelt Beck Asszony!\n\nA 4500031144 számú megrendelést az alábbiak szerint visszaigazoljuk:\n\n"
            "1. tétel: 80 db, 6 850,00 Ft/db - szállítás: 2026. 12. 18.\n"
            "2. tétel: 120 db, 4 920,00 Ft/db - szállítás: 2026. 12. 18.\n"
            "3. tétel: 50 m, 15 300,00 Ft/m - szállítás: 2027. 01. 15.\n\n"
            "Az 1-2. tétel préselt szerelvényeit csak a 50. hét után kapjuk meg, ezért a csúszás.\n\n"
            "Üdvözlettel:\nKovács Péter\nértékesítési munkatárs\nTömlőtechnika Kft.\n1097 Budapest, Gubacsi út 31.\n"
            "Tel.: +36 1 555 0189")
    eml = build(slug, p=p, frm=("Kovács Péter", "kovacs.peter@tomlotechnika.example"),
                date=("2026-11-17 13:31:44", "+0100"), body=body, lang="hu", charset="iso-8859-2",
                client="gmail", quote="gmail",
                attrib="Laura Beck <laura.beck@kestrel-supply.example> ezt írta (időpont: 2026. nov. 6., P, 9:41):")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d), 3: A})],
                          "Hungarian year-first dates with trailing dots; '50. hét' is context, not a date; prices in HUF match the PO.")


@case("candle-wicks-slovenian-decembra", "confirmation/sl-SI",
      "A Slovenian one-sentence answer moving every line to '18. decembra' with no year.")
def c_wicks_sl(slug):
    s = sup("STENJ", "Stenj d.o.o.", "prodaja@stenj.example", "sl-SI")
    p = po("4500031150", s, "EUR", "2026-11-06", [
        ("CW-FLT-3x16", "Flat braided wick 3x16 ply, cotton, 1000 m spool", 6, "ROL", "42.80", "2026-12-14"),
        ("CW-TAB-20-150", "Pre-tabbed wick 20 mm tab, 150 mm, box of 1000", 10, "BOX", "38.60", "2026-12-14"),
        ("CW-ECO6-238", "ECO 6 wick for 2-3/8 in jars, box of 100", 25, "BOX", "9.90", "2026-12-14"),
    ])
    body = ("Pozdravljeni,\n\npotrjujemo naročilo 4500031150. Vse pozicije dobavimo 18. decembra, cene in količine "
            "ostanejo kot v naročilu.\n\nLep pozdrav\n\nMateja Žnidaršič\nStenj d.o.o.\nCesta v Mestni log 55, 1000 Ljubljana\n"
            "T: +386 1 280 4410")
    eml = build(slug, p=p, frm=("Mateja Žnidaršič", "mateja.znidarsic@stenj.example"),
                date=("2026-11-18 15:12:09", "+0100"), body=body, lang="sl", charset="windows-1250")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d), 3: C(d=d)})],
                          "'18. decembra' without a year applies to all lines; quantities and prices stay as ordered.")


@case("textile-dyes-romanian-decembrie", "confirmation/ro-RO",
      "Romanian list with '18 decembrie 2026' on every line; line 1 already matches, line 3 also gets a new per-kg price.")
def c_dyes_ro(slug):
    s = sup("COLOR", "Coloranți Textili SRL", "comenzi@colorantitextili.example", "ro-RO")
    p = po("4500031163", s, "EUR", "2026-11-09", [
        ("TD-RB5-25", "Reactive Black 5, 150%, 25 kg drum", 8, "EA", "212.00", "2026-12-18"),
        ("TD-DR60-10", "Disperse Red 60, 200%, 10 kg pail", 12, "EA", "148.50", "2026-12-11"),
        ("TD-AB113", "Acid Blue 113, 1/1 standard depth, per kg", 75, "KG", "17.40", "2026-12-11"),
    ])
    body = ("Bună ziua,\n\nConfirmăm comanda 4500031163 după cum urmează:\n\n"
            "Poz. 1 - 8 buc. x 212,00 EUR - livrare 18 decembrie 2026\n"
            "Poz. 2 - 12 buc. x 148,50 EUR - livrare 18 decembrie 2026\n"
            "Poz. 3 - 75 kg x 17,90 EUR/kg (preț nou de la furnizorul de materie primă) - livrare 18 decembrie 2026\n\n"
            "Vă mulțumim!\n\nCu stimă,\nAndreea Popescu\nCoordonator vânzări\nColoranți Textili SRL\n"
            "Str. Fabricii nr. 46, Cluj-Napoca\nTel: +40 264 405 118")
    eml = build(slug, p=p, frm=("Andreea Popescu", "andreea.popescu@colorantitextili.example"),
                date=("2026-11-19 10:40:00", "+0200"), body=body, lang="ro", charset="utf-8", cte="base64",
                client="gmail", quote="gmail",
                attrib="În lun., 9 nov. 2026 la 10:41, Laura Beck <laura.beck@kestrel-supply.example> a scris:")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: A, 2: C(d=d), 3: C(p="17.90", d=d)})],
                          "Same date repeated on all lines but only lines 2-3 differ from the PO; line 3 price 17,90 per kg (PO unit KG).")


@case("display-cases-bulgarian-dekemvri", "confirmation/bg-BG",
      "Bulgarian Cyrillic reply: lines 1-2 as ordered, silica cassettes on '18 декември' without a year.")
def c_cases_bg(slug):
    s = sup("VITRA", "Витрина Дизайн ЕООД", "office@vitrina-design.example", "bg-BG")
    p = po("4500031171", s, "EUR", "2026-11-09", [
        ("MDC-TWR-1850", "Tower showcase 500x500x1850 mm, 10.76 laminated glass", 4, "EA", "2380.00", "2027-01-22"),
        ("MDC-TBL-1200", "Table case 1200x600, 12/20 LED strip, 24V", 6, "EA", "1645.00", "2027-01-22"),
        ("MDC-SIL-15", "Silica gel cassette 1.5 kg, RH 50%", 20, "EA", "34.00", "2026-12-11"),
    ])
    body = ("Здравейте, г-жо Бек,\n\nПотвърждаваме поръчка № 4500031171:\n\n"
            "- поз. 1 и 2 - количества и цени както в поръчката, доставка до 22.01.2027 г.;\n"
            "- поз. 3 - касетите със силикагел ще бъдат доставени на 18 декември, цена 34,00 EUR/бр.\n\n"
            "Поздрави,\nДесислава Петрова\nОтдел продажби\nВитрина Дизайн ЕООД\nул. „Околовръстен път“ 251, София 1766\n"
            "Тел.: +359 2 491 3370")
    eml = build(slug, p=p, frm=("Десислава Петрова", "d.petrova@vitrina-design.example"),
                date=("2026-11-20 12:05:33", "+0200"), body=body, lang="bg", charset="windows-1251")
    return [p], eml, conf([(p, {1: A, 2: A, 3: C(d="2026-12-18")})],
                          "Cyrillic month name without year -> 2026-12-18; lines 1-2 grouped in one bullet and restated as ordered.")


@case("polo-mallets-norwegian-ooo", "auto_reply/nb-NO",
      "Norwegian out-of-office that names dates and a deputy but says nothing about the order.")
def c_polo_ooo(slug):
    s = sup("STIKK", "Stikk & Kølle AS", "ordre@stikkogkolle.example", "nb-NO")
    p = po("4500031180", s, "NOK", "2026-11-13", [
        ("PM-BMB-52", "Bamboo cane polo mallet 52 in, 200 g cigar head", 12, "EA", "1450.00", "2026-12-15"),
        ("PM-BMB-53", "Bamboo cane polo mallet 53 in, 210 g cigar head", 12, "EA", "1450.00", "2026-12-15"),
    ], buyer="jonas")
    body = ("Takk for e-posten din.\n\nJeg er på ferie fra 13.11. til og med 27.11.2026 og har ikke tilgang til e-post. "
            "Henvendelser blir ikke videresendt.\n\nHaster det, ta kontakt med kollegaen min Sigrid Haugen på "
            "sigrid.haugen@stikkogkolle.example eller tlf. +47 22 41 90 15.\n\nMed vennlig hilsen\nEirik Solberg\n"
            "Stikk & Kølle AS")
    eml = build(slug, p=p, frm=("Eirik Solberg", "ordre@stikkogkolle.example"),
                date=("2026-11-13 09:41:12", "+0100"), body=body, lang="nb", charset="iso-8859-1",
                quote="none", subject="Automatisk svar: Order acknowledgment request - PO 4500031180",
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    return [p], eml, other("auto_reply", "Norwegian out-of-office: dates 13.11.-27.11.2026 are absence dates, not delivery dates.")


@case("chinrests-japanese-bounce", "bounce/ja-JP",
      "Japanese-language DSN (ISO-2022-JP) carrying the full original request with its PO table and dates.")
def c_chinrest_bounce(slug):
    s = sup("HOSHI", "星野弦楽器部品株式会社", "sales@hoshino-gengakki.example", "ja-JP")
    p = po("4500031188", s, "JPY", "2026-11-10", [
        ("VC-GUAR-44", "Guarneri chinrest, ebony, 4/4, barrel M3", 50, "EA", "2450", "2026-12-18"),
        ("VC-FLSK-34", "Flesch chinrest, boxwood, 3/4 size", 30, "EA", "2980", "2026-12-18"),
        ("VC-KEY-TI", "Chinrest key, titanium, 1.5 mm", 100, "EA", "320", "2026-12-18"),
    ], buyer="priya")
    human = ("このメールは送信されたメッセージが配信できなかったことをお知らせするため、\n"
             "メールサーバーから自動的に送信されています。\n\n"
             "以下の宛先へのメッセージの配信に失敗しました。\n\n"
             "  宛先: sales@hoshino-gengakki.example\n"
             "  理由: 宛先のメールアドレスが存在しません (550 5.1.1 User unknown)\n\n"
             "アドレスをご確認の上、再度送信してください。\n"
             "元のメッセージを添付します。\n\n"
             "---- mx01.hoshino-gengakki.example メール配信システム ----\n")
    ds = ("Reporting-MTA: dns; mx01.hoshino-gengakki.example\n"
          "X-Postfix-Queue-ID: 4Hk2Zq0tVbz7LmN\n"
          "Arrival-Date: Tue, 10 Nov 2026 17:41:35 +0900 (JST)\n\n"
          "Final-Recipient: rfc822; sales@hoshino-gengakki.example\n"
          "Original-Recipient: rfc822;sales@hoshino-gengakki.example\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Diagnostic-Code: x-unix; user unknown\n")
    bnd = "4Hk2Zq0tVbz7LmN.1762764097/mx01.hoshino-gengakki.example"
    top = multipart("report", bnd, [
        leaf("plain", human, "iso-2022-jp", "7bit", ctype_style="plain",
             extra=["Content-Description: Notification"]),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds.encode(),
        rfc822(request_eml(p), extra=["Content-Description: Undelivered Message"]),
    ], params="; report-type=delivery-status")
    heads = ["Return-Path: <>",
             f"Date: {date_hdr('2026-11-10 17:41:37', '+0900')}",
             "From: " + addr("メール配信システム", "MAILER-DAEMON@mx01.hoshino-gengakki.example", "iso-2022-jp"),
             "To: priya.nair@kestrel-supply.example",
             hdr("Subject", "配信不能のお知らせ (Undelivered Mail Returned to Sender)", "iso-2022-jp"),
             "Message-ID: <20261110084137.4Hk2Zq0tVbz7LmN@mx01.hoshino-gengakki.example>",
             "Auto-Submitted: auto-replied",
             "MIME-Version: 1.0"]
    return [p], message(heads, top), other("bounce", "Japanese DSN; the attached original still contains the full PO table with prices and dates.")


@case("crossbow-strings-holiday-greeting", "unrelated/en-US",
      "A season's-greetings mail sent as a reply in an older quote thread that mentions our PO number.")
def c_xbow_greeting(slug):
    s = sup("BOLT", "Bolt & Nock Archery Supply Inc.", "orders@boltandnock.example", "en-US")
    p = po("4500031196", s, "USD", "2026-11-10", [
        ("CS-B50-20", "B50 Dacron string 20 strands, 36 in, for 175 lb limbs", 100, "EA", "14.80", "2026-12-16"),
        ("CS-FF-24", "Fast Flight cable 24 strands, 3/8 center serving", 60, "EA", "19.25", "2026-12-16"),
    ], buyer="tomasz")
    body = ("Hi Tomasz,\n\nAs the year winds down, all of us at Bolt & Nock want to say thank you for your business in 2026. "
            "It has been a great year working with the Kestrel team!\n\n"
            "Please note our holiday hours: the office and warehouse will be closed from Thursday, December 24 through "
            "Friday, January 1. We will be back on Monday, January 4, 2027.\n\n"
            "Wishing you and your family a wonderful holiday season and a happy New Year.\n\n"
            "Marcy Hale\nAccount Manager | Bolt & Nock Archery Supply Inc.\n1180 Industrial Pkwy, Springfield, MO 65803\n"
            "(417) 555-0143")
    quoted = ("On Nov 4, 2026, at 4:12 PM, Tomasz Wren <tomasz.wren@kestrel-supply.example> wrote:\n\n"
              "> Hi Marcy,\n>\n> thanks for quote Q-26-1187. We will go ahead with the B50 strings and the Fast Flight\n"
              "> cables at the quoted prices ($14.80 / $19.25). Our PO 4500031196 will follow by separate mail next week.\n>\n"
              "> Best regards\n> Tomasz\n>\n"
              ">> On Nov 2, 2026, at 10:03 AM, Marcy Hale <marcy.hale@boltandnock.example> wrote:\n>>\n"
              ">> Hi Tomasz, attached is quote Q-26-1187, valid until 12/31/2026. Lead time 4-5 weeks ARO.\n")
    qh = "<blockquote type=\"cite\"><pre>" + quoted.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></blockquote>"
    eml = build(slug, p=p, frm=("Marcy Hale", "marcy.hale@boltandnock.example"),
                date=("2026-12-01 11:05:44", "-0600"), body=body, client="apple", quote="none",
                quote_text=quoted, quote_html=qh, threaded=False,
                subject="Happy Holidays from Bolt & Nock! (was: Re: Quote Q-26-1187 crossbow strings)",
                extra_headers=["In-Reply-To: <1E0A7C55-2B91-4F0D-9C3A-77D2B0A1F6E4@kestrel-supply.example>"])
    return [p], eml, other("unrelated", "Holiday greeting; PO 4500031196 appears only in an older quoted thread from before the order was sent.")


@case("survey-tripods-date-only-in-pdf", "confirmation/en-AU",
      "Body says all lines confirmed at our prices; only the attached PDF acknowledgment shows a later date for line 2.")
def c_tripods_pdf(slug):
    s = sup("SXSURV", "Southern Cross Survey Equipment Pty Ltd", "orders@southerncross-survey.example", "en-AU")
    p = po("4500031204", s, "USD", "2026-11-10", [
        ("ST-AL-165", "Aluminium tripod, flat head 5/8 x 11, 1.65 m", 20, "EA", "189.00", "2026-12-14"),
        ("ST-WD-DOME27", "Wooden tripod, dome head, 2027 model", 10, "EA", "245.00", "2026-12-14"),
        ("ST-BIPOD-26", "Prism pole bipod, 2.6 m legs", 15, "EA", "96.50", "2026-12-14"),
    ])
    pdf = make_pdf([
        ("SOUTHERN CROSS SURVEY EQUIPMENT PTY LTD", "B", 13),
        "ABN 51 824 753 556  |  14 Kembla St, Wollongong NSW 2500  |  +61 2 4227 9100",
        "",
        ("SALES ORDER ACKNOWLEDGEMENT  SO-88412", "B", 12),
        "Customer: Kestrel Industrial Supply GmbH, Hamburg",
        "Your order: 4500031204        Order date: 10/11/2026        Printed: 11/11/2026",
        "Currency: USD    Incoterms: FCA Sydney",
        "",
        ("Ln  Item            Description                            Qty  UOM   Unit price   Delivery date", "B"),
        "1   ST-AL-165       Aluminium tripod, flat head 5/8 x 11     20  EA       189.00    14/12/2026",
        "2   ST-WD-DOME27    Wooden tripod, dome head, 2027 model     10  EA       245.00    15/01/2027",
        "3   ST-BIPOD-26     Prism pole bipod, 2.6 m legs             15  EA        96.50    14/12/2026",
        "",
        "Order total USD 7,677.50",
        "",
        "Delivery dates are dates of arrival at the consignee. Goods remain our property until paid in full.",
    ], title="SO-88412", author="SXS ERP", created="D:20261111140212+11'00'", compress=True)
    body = ("G'day Laura,\n\nThanks for the order. Please find attached our sales order acknowledgement SO-88412 for "
            "your PO 4500031204 - all lines confirmed at your prices.\n\nCheers,\nMick Doran\nCustomer Service\n"
            "Southern Cross Survey Equipment Pty Ltd\n14 Kembla St, Wollongong NSW 2500\nPh +61 2 4227 9100")
    eml = build(slug, p=p, frm=("Mick Doran", "mick.doran@southerncross-survey.example"),
                date=("2026-11-11 14:05:18", "+1100"), body=body, charset="us-ascii", cte="7bit",
                attachments=[("application/pdf", "SO-88412.pdf", pdf)])
    return [p], eml, conf([(p, {1: A, 2: C(d="2027-01-15"), 3: A})],
                          "Body only confirms prices; the Flate-compressed PDF delivery column moves line 2 to 15/01/2027 (en-AU day-first).")


@case("hoses-metres-for-rolls", "confirmation/nl-NL",
      "Dutch reply states metres ('500 meter') for a PO in 50 m rolls: 500 m = 10 rolls, 400 m = the ordered 8.")
def c_hoses_nl(slug):
    s = sup("SLANG", "Slangenhuis Brabant B.V.", "verkoop@slangenhuis.example", "nl-NL")
    p = po("4500031211", s, "EUR", "2026-11-10", [
        ("HH-1SN-08-50", "Hydraulic hose 1/2\" 1SN, roll of 50 m", 12, "ROL", "212.00", "2026-12-09"),
        ("HH-2SN-06-50", "Hydraulic hose 3/8\" 2SN, roll of 50 m", 8, "ROL", "248.00", "2026-12-09"),
        ("HF-DKOL-M22", "Fitting DKOL M22x1.5, 12L", 200, "EA", "3.15", "2026-12-09"),
    ], buyer="tomasz")
    body = ("Goedemiddag Tomasz,\n\nHierbij bevestigen wij uw order 4500031211:\n\n"
            "Pos. 1 - 500 meter 1/2\" 1SN (meer hebben wij dit jaar niet beschikbaar), € 212,00 per rol van 50 m, levering 9 december\n"
            "Pos. 2 - 400 meter 3/8\" 2SN, € 248,00 per rol, levering 9 december\n"
            "Pos. 3 - 200 st. DKOL M22x1,5 à € 3,15, levering 9 december\n\n"
            "Met vriendelijke groet,\n\nSanne de Wit\nBinnendienst\nSlangenhuis Brabant B.V.\nIndustrieweg 40, 5145 PD Waalwijk\n"
            "T +31 416 670 220\n\nAan deze e-mail kunnen geen rechten worden ontleend.")
    eml = build(slug, p=p, frm=("Sanne de Wit", "s.dewit@slangenhuis.example"),
                date=("2026-11-12 14:22:03", "+0100"), body=body, lang="nl", charset="windows-1252")
    return [p], eml, conf([(p, {1: C(q=10), 2: A, 3: A})],
                          "Quantities in metres against a PO in 50 m rolls: 500 m = 10 ROL (changed), 400 m = 8 ROL (as ordered); '9 december' = 2026-12-09.")


@case("car-wash-brushes-asks-revision", "confirmation/sv-SE",
      "Swedish confirmation of all lines that also asks for the PO revision number; the question does not withdraw the commitment.")
def c_brushes_sv(slug):
    s = sup("BORST", "Borstfabriken i Gnosjö AB", "order@borstfabriken.example", "sv-SE")
    p = po("4500031219", s, "SEK", "2026-11-11", [
        ("CWB-SIDE-2300", "Side brush 2300 mm, PE foam 3/8 strips", 4, "EA", "8950.00", "2026-12-17"),
        ("CWB-TOP-2500", "Top brush 2500 mm, 12x20 mm flaps", 2, "EA", "11200.00", "2026-12-17"),
        ("CWB-WHL-450", "Wheel brush 450 mm, 24V drive hub", 8, "EA", "2480.00", "2026-12-17"),
    ], buyer="jonas")
    body = ("Hej Jonas,\n\nTack för beställningen! Vi bekräftar order 4500031219 enligt nedan - samtliga tre rader levereras "
            "den 17 december till era angivna priser och antal.\n\n"
            "En fråga bara: vårt affärssystem kräver ett revisionsnummer på kundordern. Kan du meddela vilket "
            "revisionsnummer ordern har (t.ex. rev. 0 eller 1) så lägger vi in det på fakturan?\n\n"
            "Med vänliga hälsningar\nKarin Lindgren\nOrderavdelningen\nBorstfabriken i Gnosjö AB\nStorgatan 9, 335 30 Gnosjö\n"
            "Tel 0370-912 40")
    eml = build(slug, p=p, frm=("Karin Lindgren", "karin.lindgren@borstfabriken.example"),
                date=("2026-11-12 16:08:27", "+0100"), body=body, lang="sv", charset="iso-8859-1")
    return [p], eml, conf([(p, A)],
                          "Decided as confirmation: every line is committed as ordered; the revision-number question is administrative and sets no condition.")


@case("pet-carriers-prices-subject-to-change", "needs_review/es-MX",
      "Mexican reply accepts quantities and date but says prices are subject to change until invoicing.")
def c_carriers_mx(slug):
    s = sup("TRANSP", "Transportadoras para Mascotas del Bajío S.A. de C.V.", "ventas@mascotasbajio.example", "es-MX")
    p = po("4500031227", s, "USD", "2026-11-11", [
        ("PC-AIR-M", "Airline pet carrier M, 18x11x11 in", 40, "EA", "27.60", "2026-12-18"),
        ("PC-HRD-L27", "Hard-shell carrier L, 24 in, 2027 model", 25, "EA", "41.90", "2026-12-18"),
    ])
    body = ("Hola Laura, buenas tardes.\n\nRecibimos su orden 4500031227, con gusto la surtimos: 40 transportadoras M y "
            "25 L para el 18 de diciembre.\n\nFavor de considerar que los precios están sujetos a cambio sin previo aviso "
            "por el tipo de cambio y el costo de la resina; el precio final se lo confirmamos al momento de facturar.\n\n"
            "Saludos cordiales,\n\nLic. Fernanda Ruiz Carrillo\nEjecutiva de ventas\nTransportadoras para Mascotas del Bajío\n"
            "Blvd. Adolfo López Mateos 2205, León, Gto.\nTel. +52 477 555 0192")
    eml = build(slug, p=p, frm=("Fernanda Ruiz", "fernanda.ruiz@mascotasbajio.example"),
                date=("2026-11-13 15:44:10", "-0600"), body=body, lang="es", client="gmail", quote="gmail",
                attrib="El mié, 11 nov 2026 a las 2:41, Laura Beck (<laura.beck@kestrel-supply.example>) escribió:")
    return [p], eml, other("needs_review", "Quantities and date accepted, but 'precios sujetos a cambio' leaves the price open: not a firm confirmation.")


@case("fryer-baskets-indonesian-rupiah", "confirmation/id-ID",
      "Indonesian 'harga satuan Rp 125.000' where the dot is a thousands separator, against an IDR PO price of 118,000.")
def c_fryer_id(slug):
    s = sup("KRJNG", "PT Keranjang Baja Nusantara", "sales@keranjangbaja.example", "id-ID")
    p = po("4500031235", s, "IDR", "2026-11-12", [
        ("DFB-1134-SS", "Fryer basket 11-3/4 x 5-3/4 x 6 in, stainless, front hook", 60, "EA", "118000.00", "2026-12-11"),
        ("DFB-TWIN-8L", "Twin basket for 8 L fryer, 1.5 mm wire", 40, "EA", "96500.00", "2026-12-11"),
    ], buyer="priya")
    body = ("Selamat siang Ibu Priya,\n\nTerima kasih atas PO 4500031235. Kami konfirmasi sebagai berikut:\n\n"
            "1. DFB-1134-SS - 60 pcs, harga satuan Rp 125.000 (ada kenaikan harga bahan stainless), kirim tgl 11 Desember 2026\n"
            "2. DFB-TWIN-8L - 40 pcs, harga satuan Rp 96.500, kirim tgl 11 Desember 2026\n\n"
            "Mohon dicek kembali. Terima kasih.\n\nHormat kami,\nDewi Lestari\nSales Admin\nPT Keranjang Baja Nusantara\n"
            "Jl. Raya Narogong Km 12, Bekasi 17116\nTelp. +62 21 8250 4471")
    eml = build(slug, p=p, frm=("Dewi Lestari", "dewi.lestari@keranjangbaja.example"),
                date=("2026-11-16 13:15:50", "+0700"), body=body, lang="id", client="gmail", quote="gmail",
                attrib="Pada Kam, 12 Nov 2026 pukul 15.41, Priya Nair <priya.nair@kestrel-supply.example> menulis:")
    return [p], eml, conf([(p, {1: C(p="125000.00"), 2: A})],
                          "Rp 125.000 = 125,000 IDR (dot groups thousands); ship date 'kirim tgl 11 Desember' equals the requested date.")


@case("dairy-gaskets-thai-ship-date", "confirmation/th-TH",
      "Thai TIS-620 reply with only a ship date 'ส่งของวันที่ 18 ธ.ค.' (abbreviated month, no year) for both lines.")
def c_gaskets_th(slug):
    s = sup("SIAMSEAL", "Siam Seal Industry Co., Ltd.", "sales@siamseal.example", "th-TH")
    p = po("4500031242", s, "USD", "2026-11-12", [
        ("DG-PHE-M10B", "Plate heat exchanger gasket M10-B, EPDM, clip-on", 120, "EA", "14.60", "2026-12-10"),
        ("DG-PHE-M6M", "PHE gasket M6-M, NBR, 3/4 hang", 80, "EA", "9.85", "2026-12-10"),
    ])
    body = ("เรียน คุณลอร่า\n\nขอยืนยันใบสั่งซื้อเลขที่ 4500031242 ครับ\n\n"
            "- รายการที่ 1 ปะเก็น M10-B EPDM จำนวน 120 ชิ้น ราคา 14.60 USD ต่อชิ้น\n"
            "- รายการที่ 2 ปะเก็น M6-M NBR จำนวน 80 ชิ้น ราคา 9.85 USD ต่อชิ้น\n\n"
            "ส่งของวันที่ 18 ธ.ค. ทั้งสองรายการครับ\n\n"
            "ขอแสดงความนับถือ\nสมชาย วงศ์ใหญ่\nฝ่ายขายต่างประเทศ\nSiam Seal Industry Co., Ltd.\n"
            "88/9 Moo 4, Bangna-Trad Rd., Samut Prakan 10540\nTel. +66 2 312 7788")
    eml = build(slug, p=p, frm=("สมชาย วงศ์ใหญ่", "somchai.w@siamseal.example"),
                date=("2026-11-17 10:22:41", "+0700"), body=body, lang="th", charset="tis-620", cte="base64",
                client="thunderbird", quote="thunderbird")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "Thai abbreviated month ธ.ค. (December) without year; only a ship date is given, so it is the line date.")


@case("bulletproof-glass-greek-price", "confirmation/el-GR",
      "Greek reply with '1.250,00 €' (dot thousands, comma decimals) raising line 1 from 1,190.00.")
def c_glass_gr(slug):
    s = sup("THORAX", "Θώραξ Υαλοπίνακες Α.Ε.", "sales@thorax-glass.example", "el-GR")
    p = po("4500031250", s, "EUR", "2026-11-13", [
        ("BG-BR4-1008", "Bullet-resistant glass BR4-NS, 1000x800 mm, 38 mm", 6, "EA", "1190.00", "2027-01-15"),
        ("BG-BR6-1209", "Bullet-resistant glass BR6-S, 1200x900 mm, 61 mm", 4, "EA", "2460.00", "2027-01-15"),
    ], buyer="tomasz")
    body = ("Καλησπέρα σας κ. Wren,\n\nΣας επιβεβαιώνουμε την παραγγελία 4500031250:\n\n"
            "Θέση 1: 6 τεμ. x 1.250,00 € (νέα τιμή λόγω αύξησης κόστους πολυκαρβονικού), παράδοση 15/01/2027\n"
            "Θέση 2: 4 τεμ. x 2.460,00 €, παράδοση 15/01/2027\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΘώραξ Υαλοπίνακες Α.Ε.\nΛεωφ. Αθηνών 214, 12241 Αιγάλεω\n"
            "Τηλ. +30 210 598 4400")
    eml = build(slug, p=p, frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@thorax-glass.example"),
                date=("2026-11-18 17:30:12", "+0200"), body=body, lang="el", charset="windows-1253")
    return [p], eml, conf([(p, {1: C(p="1250.00"), 2: A})],
                          "Greek number format 1.250,00 = 1250.00 EUR; dd/mm/yyyy dates equal the PO.")
