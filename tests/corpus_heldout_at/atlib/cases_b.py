"""Cases 019-035."""
from __future__ import annotations

import datetime as dt

from .common import (ACC, CHG, REJ, UNC, PO, Out, Request, all_acc, at, case, conf, supplier, mime, mso, h,
                     outlook_reply, gmail_reply, apple_reply, tb_reply, prefix, outlook_quote_text,
                     outlook_quote_html, outlook_doc, simple_doc, std_headers, outlook_extra, alt, mixed,
                     bnd_outlook, bnd_gmail, bnd_next, bnd_apple, mid_outlook, mid_gmail, mid_apple, mid_tb,
                     hx, HX, received, kw_fri, divs, OUTLOOK_LABELS)
from . import pdf


# ---------------------------------------------------------------------------
@case("cooling-tower-corrected-second-mail", "confirmation/cs-CZ",
      "A second mail 'prosím ignorujte můj předchozí e-mail' with the wrong first confirmation quoted underneath; only the corrected values count.")
def c019():
    sup = supplier("CVM-0527", "Chladicí věže Morava s.r.o.", "obchod@chladiceveze.example", "cs-CZ")
    po = PO("4500190015", sup, "jonas", "CZK", "2026-11-11", [
        ("CV-FILL-1220", "Film fill pack PVC 1220 x 610 x 300 mm, 19 mm flute", 48, "EA", "1480.00", "2026-12-14"),
        ("CV-DE-1500", "Drift eliminator PP, 1500 x 300 x 150 mm", 30, "EA", "960.00", "2026-12-14"),
        ("CV-NOZ-34-120", 'Spray nozzle 3/4" BSP, 120 deg, polypropylene', 60, "EA", "145.00", "2026-12-14"),
        ("CV-FANB-1800", "Fan blade GRP for 1800 mm fan, adjustable pitch", 6, "EA", "7850.00", "2026-12-14"),
    ], req_time=at("2026-11-11 13:20:00", 1))
    req = Request(po)
    first = ("Dobrý den, pane Kellere,\n\n"
             "potvrzujeme Vaši objednávku 4500190015 takto:\n\n"
             "poz. 1  výplň 1220 x 610 x 300     48 ks á 1 480,00 Kč   termín 14. 12. 2026\n"
             "poz. 2  eliminátor 1500 x 300      30 ks á   960,00 Kč   termín 14. 12. 2026\n"
             "poz. 3  tryska 3/4\" 120°           60 ks á   145,00 Kč   termín 14. 12. 2026\n"
             "poz. 4  lopatka ventilátoru 1800    6 ks á 7 850,00 Kč   termín 14. 12. 2026\n\n"
             "S pozdravem\nJana Horáková")
    second = ("Dobrý den, pane Kellere,\n\n"
              "prosím ignorujte můj předchozí e-mail, omylem jsem odeslala údaje ze staré nabídky. Správně je:\n\n"
              "poz. 1 a 2 - beze změny, termín 14. 12. 2026\n"
              "poz. 3 - tryska 3/4\": cena 152,00 Kč/ks (nový ceník výrobce od 1. 11.), termín 14. 12. 2026\n"
              "poz. 4 - lopatky ventilátoru: cena beze změny, termín dodání až 8. 1. 2027 (výroba laminátu)\n\n"
              "Omlouvám se za zmatek.")
    sig = ("S pozdravem\n\nJana Horáková\nobchodní oddělení\nChladicí věže Morava s.r.o.\n"
           "Průmyslová 1187/12, 750 02 Přerov\ntel.: +420 581 220 314, mob.: +420 603 118 442\n"
           "IČO: 27812345, DIČ: CZ27812345")
    first_when = at("2026-11-12 09:30:00", 1)
    L = OUTLOOK_LABELS["cs"]
    first_hdr = ("%s Jana Horáková <j.horakova@chladiceveze.example>\n%s čtvrtek 12. listopadu 2026 9:30\n"
                 "%s Jonas Keller <jonas.keller@buyer.example>\n%s RE: %s"
                 % (L[0], L[1], L[2], L[3], req.subject))
    chain_t = ("________________________________\n" + first_hdr + "\n\n" + first + "\n\n" +
               outlook_quote_text(req, "cs", sent="středa 11. listopadu 2026 13:20"))
    body_t = second + "\n\n" + sig + "\n\n" + chain_t
    first_hdr_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                      '<p class="MsoNormal">%s</p></div>\n' % "<br>\n".join(
                          "<b>%s</b>%s" % (h(x.split(" ", 1)[0]), h(" " + x.split(" ", 1)[1])) for x in first_hdr.split("\n")))
    hb = (mso(second + "\n\n" + sig) + '<p class="MsoNormal">&nbsp;</p>\n' + first_hdr_html + mso(first) +
          '<p class="MsoNormal">&nbsp;</p>\n' + outlook_quote_html(req, "cs", sent="středa 11. listopadu 2026 13:20"))
    seed = "c019"
    a = alt(mime.text(body_t + "\n", "plain", "windows-1250", "quoted-printable"),
            mime.text(outlook_doc(hb, "windows-1250", "CS"), "html", "windows-1250", "quoted-printable"),
            bnd_outlook(seed))
    first_id = mid_outlook("c019-first", "VI1PR08MB3310", "eurprd08")
    subj = "RE: " + req.subject
    hdrs = std_headers(frm=mime.addr("Jana Horáková", "j.horakova@chladiceveze.example", "windows-1250"),
                       to=mime.addr("Jonas Keller", "jonas.keller@buyer.example"), subject=subj,
                       when=at("2026-11-12 11:05:48", 1), msgid=mid_outlook(seed, "VI1PR08MB3310", "eurprd08"),
                       irt=first_id, refs=po.rid + " " + first_id,
                       rcv=("j.horakova@chladiceveze.example", "VI1PR08MB3310-obe.outbound.protection.outlook.com",
                            "40.107.21.58"))
    hdrs += outlook_extra(req.subject, seed, "cs-CZ", False)
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "confirmation",
               "The corrected mail supersedes the quoted first one: lines 1-2 unchanged (14. 12. 2026), line 3 new price 152,00 Kč, line 4 delivery 8. 1. 2027; the first mail's values must be ignored.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(60, "152.00", "2026-12-14"), 4: CHG(6, "7850.00", "2027-01-08")})])


# ---------------------------------------------------------------------------
@case("paprika-serbian-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic reply in windows-1251 with dot thousands separators (1.000 kg, 40.000 SHU), a per-kg price against a PO line in tonnes, and a reduced, repriced, later third line.")
def c020():
    sup = supplier("ZVO-0211", "Zacini Vojvodina d.o.o.", "prodaja@zacinivojvodina.example", "sr-RS")
    po = PO("4500190120", sup, "priya", "EUR", "2026-11-12", [
        ("ZV-PAP-SW120", "Sweet paprika powder ASTA 120, 25 kg paper bag", 1, "T", "5800.00", "2026-12-10"),
        ("ZV-PAP-HOT40", "Hot paprika powder 40,000 SHU, 25 kg bag", 250, "KG", "6.90", "2026-12-10"),
        ("ZV-PAP-SMK13", "Smoked paprika flakes 1-3 mm, 10 kg carton", 100, "KG", "9.40", "2026-12-10"),
    ], req_time=at("2026-11-12 08:40:00", 1))
    req = Request(po)
    body = ("Поштована госпођо Наир,\n\n"
            "захваљујемо на поруџбини бр. 4500190120. Потврђујемо следеће:\n\n"
            "1. Слатка млевена паприка ASTA 120 – 1.000 kg – 5,80 EUR/kg – испорука 10.12.2026.\n"
            "2. Љута млевена паприка 40.000 SHU – 250 kg – 6,90 EUR/kg – испорука 10.12.2026.\n"
            "3. Димљена паприка у листићима 1–3 mm – због слабијег рода ове године можемо да испоручимо "
            "само 60 kg, по цени од 9,90 EUR/kg, са испоруком 17.12.2026.\n\n"
            "Сертификат о анализи (афлатоксини, охратоксин А) шаљемо уз робу.")
    sig = ("Срдачан поздрав,\n\nМилан Петровић\nкомерцијала\nЗачини Војводина д.о.о.\n"
           "Индустријска зона бб, 21235 Темерин, Србија\nтел. +381 21 843 120, моб. +381 63 123 4567\n"
           "ПИБ 101234567, МБ 08123456")
    eml = outlook_reply(po, req, frm="Милан Петровић", email="milan.petrovic@zacinivojvodina.example",
                        when=at("2026-11-13 13:18:22", 1), body=body, sig=sig, lang="sr", olang="sr-Cyrl-RS",
                        charset="windows-1251", cte="quoted-printable", sent="четвртак, 12. новембар 2026. 08:40")
    return Out([po.json()], eml, "confirmation",
               "Line 1: 1.000 kg at 5,80 EUR/kg = 1 T at 5800.00 per tonne, as ordered; line 2 as ordered (10.12.2026); line 3 only 60 kg at 9,90 EUR/kg delivered 17.12.2026.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(60, "9.90", "2026-12-17")})])


# ---------------------------------------------------------------------------
@case("roller-chain-question-connecting-link", "needs_review/sk-SK",
      "Slovak reply asking two technical questions before confirming; 'termín by mal byť v poriadku, ceny podľa objednávky' sounds like a yes but commits to nothing.")
def c021():
    sup = supplier("RPV-1408", "Reťaze Považie s.r.o.", "predaj@retazepovazie.example", "sk-SK")
    po = PO("4500190233", sup, "lena", "EUR", "2026-11-12", [
        ("RP-08B1-M", 'Roller chain 08B-1, 1/2" x 5/16", DIN 8187', 100, "M", "7.72", "2026-12-09"),
        ("RP-SPR08B-19", "Sprocket 08B-1, 19 teeth, pilot bore 12 mm", 24, "EA", "14.30", "2026-12-09"),
        ("RP-CL08B", "Connecting link 08B-1", 50, "EA", "0.95", "2026-12-09"),
    ], req_time=at("2026-11-12 11:02:00", 1))
    req = Request(po)
    body = ("Dobrý deň pani Hoffmann,\n\n"
            "ďakujeme za objednávku 4500190233. Predtým, ako ju potvrdíme, potrebujeme upresniť dve veci:\n\n"
            "1. Reťaz 08B-1: chcete ju dodať v kusoch po 5 m (20 x 5 m) alebo v celku, 100 m na cievke?\n"
            "2. Spojky 08B-1: s pružinovou poistkou (typ 26) alebo so závlačkou (typ 11)?\n\n"
            "Termín 9. 12. by mal byť v poriadku a ceny podľa objednávky, záväzné potvrdenie Vám pošleme hneď "
            "po Vašej odpovedi.")
    sig = ("S pozdravom\n\nIng. Peter Kováč\nobchodné oddelenie\nReťaze Považie s.r.o.\n"
           "Priemyselná 5, 017 01 Považská Bystrica\ntel.: +421 42 432 11 20\nIČO: 36 123 456")
    eml = outlook_reply(po, req, frm="Peter Kováč", email="kovac@retazepovazie.example",
                        when=at("2026-11-13 09:51:33", 1), body=body, sig=sig, lang="sk", olang="sk-SK",
                        charset="iso-8859-2", cte="quoted-printable", sent="štvrtok 12. novembra 2026 11:02")
    return Out([po.json()], eml, "needs_review",
               "Two open questions (chain lengths, link type) and the binding confirmation is promised after our answer; 'should be fine' for the date is not a commitment.")


# ---------------------------------------------------------------------------
@case("roller-chain-only-40-rest-cancelled", "confirmation/tr-TR",
      "Turkish reply: only 40 of 60 chains in stock, remainder cancelled; dates are dispatch dates ('sevk') which count when no delivery date is given.")
def c022():
    sup = supplier("AZD-0733", "Anadolu Zincir ve Disli San. A.S.", "satis@anadoluzincir.example", "tr-TR")
    po = PO("4500190345", sup, "jonas", "EUR", "2026-11-12", [
        ("AZ-10B2-5M", "Duplex roller chain 10B-2, 5/8 in pitch, 5 m length", 60, "EA", "42.80", "2026-12-11"),
        ("AZ-SPR10B2-25", "Duplex sprocket 10B-2, 25 teeth, bore 30H7 with keyway", 24, "EA", "36.50", "2026-12-11"),
        ("AZ-TEN10B-M10", "Chain tensioner idler 10B, M10x40 mounting bolt", 30, "EA", "18.20", "2026-12-11"),
    ], req_time=at("2026-11-12 14:10:00", 1))
    req = Request(po)
    body = ("Sayın Keller,\n\n"
            "4500190345 no'lu siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:\n\n"
            "Kalem 1 - 10B-2 dubleks zincir 5 m: stokta sadece 40 adet mevcut. 40 adet 11.12.2026 tarihinde "
            "sevk edilecek, kalan 20 adet iptal edilmiştir.\n"
            "Kalem 2 - 10B-2 dubleks dişli 25 diş: 24 adet, 36,50 EUR, sevk 11.12.2026.\n"
            "Kalem 3 - 10B gergi dişlisi (M10x40): 30 adet, 18,20 EUR, sevk 11.12.2026.\n\n"
            "Fiyatlar siparişinizdeki gibidir.")
    sig = ("Saygılarımızla,\n\nAyşe Yılmaz\nİhracat Satış Sorumlusu\nAnadolu Zincir ve Dişli San. A.Ş.\n"
           "Organize Sanayi Bölgesi 12. Cadde No: 8, 16140 Nilüfer / Bursa\nTel: +90 224 243 18 00  Faks: +90 224 243 18 09")
    eml = outlook_reply(po, req, frm="Ayşe Yılmaz", email="ayse.yilmaz@anadoluzincir.example",
                        when=at("2026-11-16 10:07:12", 3), body=body, sig=sig, lang="tr", olang="tr-TR",
                        charset="windows-1254", cte="quoted-printable", prefix_="YNT: ",
                        sent="12 Kasım 2026 Perşembe 16:10")
    return Out([po.json()], eml, "confirmation",
               "Line 1 reduced to the 40 pcs in stock (rest cancelled) at the PO price; all dispatch dates 11.12.2026 equal the requested date, so lines 2 and 3 are accepted.",
               [conf(po, {1: CHG(40, "42.80", "2026-12-11"), 2: ACC, 3: ACC})])


# ---------------------------------------------------------------------------
@case("laminated-glass-iso-date-in-subject", "confirmation/fi-FI",
      "The Finnish body says the delivery date is 'in the subject'; the only new date is an ISO date in the Subject header.")
def c023():
    sup = supplier("LPO-0904", "Lasitehdas Pohjanmaa Oy", "myynti@lasipohjanmaa.example", "fi-FI")
    po = PO("4500190410", sup, "dana", "EUR", "2026-11-13", [
        ("LP-VSG331-1208", "Laminated glass 33.1 clear, 1200 x 800 mm, edges ground", 40, "EA", "28.40", "2026-12-04"),
        ("LP-VSG442-1510", "Laminated glass 44.2 clear, 1500 x 1000 mm", 25, "EA", "44.90", "2026-12-04"),
    ], req_time=at("2026-11-13 08:30:00", 1))
    req = Request(po)
    body = ("Hei Dana,\n\nKiitos tilauksesta. Vahvistamme molemmat rivit tilauksen mukaisilla määrillä ja "
            "hinnoilla. Toimituspäivä on otsikossa - pyytämänne 4.12. ei valitettavasti onnistu "
            "laminointilinjan huoltoseisokin vuoksi.")
    sig = ("Ystävällisin terveisin\n\nSanna Mäkinen\nMyyntisihteeri\nLasitehdas Pohjanmaa Oy\n"
           "Teollisuustie 14, 60100 Seinäjoki\npuh. 06 421 7700 / 040 123 4567\nY-tunnus 1234567-8")
    eml = outlook_reply(po, req, frm="Sanna Mäkinen", email="sanna.makinen@lasipohjanmaa.example",
                        when=at("2026-11-16 13:44:20", 2), body=body, sig=sig, lang="fi", olang="fi-FI",
                        charset="iso-8859-15", cte="quoted-printable", prefix_="VS: ",
                        subject="VS: Purchase order 4500190410 - please confirm / toimitus 2026-12-10",
                        sent="perjantai 13. marraskuuta 2026 9.30")
    return Out([po.json()], eml, "confirmation",
               "Quantities and prices as ordered; the delivery date exists only in the Subject ('toimitus 2026-12-10'), so both lines change to 2026-12-10.",
               [conf(po, {1: CHG(40, "28.40", "2026-12-10"), 2: CHG(25, "44.90", "2026-12-10")})])


# ---------------------------------------------------------------------------
@case("bicycle-bags-xia-zhou-wu", "confirmation/zh-CN",
      "Foxmail reply in GB2312 (base64): all lines ship '下周五' (Friday of next week, relative to the mail date) and one unit price is adjusted.")
def c024():
    sup = supplier("NRB-2681", "Ningbo Rider Bags Co., Ltd.", "sales@nbriderbags.example", "zh-CN")
    po = PO("4500190522", sup, "tom", "CNY", "2026-11-13", [
        ("NR-PAN20-BK", "Bicycle pannier bag 20 L, waterproof 600D, black", 300, "EA", "104.50", "2026-11-25"),
        ("NR-TTB15", "Top tube frame bag 1.5 L, 20 x 12 x 10 cm", 500, "EA", "37.20", "2026-11-25"),
        ("NR-SDL08-27", "Saddle bag 0.8 L with reflective strip, 2027 model", 400, "EA", "29.40", "2026-11-25"),
    ], site="man", incoterms="FOB Ningbo", req_time=at("2026-11-13 09:14:00", 0))
    req = Request(po)
    when = at("2026-11-18 10:25:31", 8)
    assert when.weekday() == 2
    nxt_fri = (when.date() + dt.timedelta(days=7 - when.weekday() + 4)).isoformat()
    assert nxt_fri == "2026-11-27"
    body = ("Tom 您好，\n\n感谢您的订单 4500190522！确认如下：\n\n"
            "1. 20升防水驮包 600D 黑色        300个  单价 RMB 104.50\n"
            "2. 上管包 1.5升 (20x12x10cm)     500个  单价 RMB 37.20\n"
            "3. 座垫包 0.8升 带反光条 2027款  400个  单价调整为 RMB 31.00（面料涨价）\n\n"
            "以上三项均于下周五在宁波港出货。\n\n如有问题请随时联系。\n\n祝好！\n"
            "陈丽 Lily Chen\n外贸部\n宁波骑行者箱包有限公司\n地址：浙江省宁波市鄞州区创新路 88 号\n"
            "电话：+86-574-8765 4321  手机/微信：+86 138 5742 0011")
    orig = ("------------------ 原始邮件 ------------------\n"
            "发件人: \"Tom Whitfield\" <tom.whitfield@buyer.example>;\n"
            "发送时间: 2026年11月13日(星期五) 下午5:14\n"
            "收件人: \"Ningbo Rider Bags Co., Ltd.\" <sales@nbriderbags.example>;\n"
            "主题: " + req.subject + "\n\n" + req.text())
    t = body + "\n\n\n" + orig
    hb = ('<meta http-equiv="Content-Type" content="text/html; charset=GB2312"><div>'
          + "".join("<div>%s</div>" % (h(x) if x else "<br>") for x in body.split("\n")) +
          '</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
          '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
          'padding:8px;"><div><b>发件人:</b>&nbsp;"Tom Whitfield"&lt;tom.whitfield@buyer.example&gt;;</div>'
          '<div><b>发送时间:</b>&nbsp;2026年11月13日(星期五) 下午5:14</div><div><b>收件人:</b>&nbsp;"Ningbo Rider Bags Co., '
          'Ltd."&lt;sales@nbriderbags.example&gt;;<wbr></div><div></div><div><b>主题:</b>&nbsp;' + h(req.subject) +
          '</div></div><div><br></div>' + req.html_inner())
    seed = "c024"
    a = alt(mime.text(t + "\n", "plain", "gb2312", "base64"), mime.text(hb + "\n", "html", "gb2312", "base64"),
            "----=_NextPart_%s_%s_%s" % (HX(seed, 8), HX(seed + "a", 8), HX(seed + "b", 8)))
    hdrs = std_headers(frm=mime.addr("陈丽 Lily Chen", "lily.chen@nbriderbags.example", "gb2312"),
                       to=mime.addr("Tom Whitfield", "tom.whitfield@buyer.example"),
                       subject="回复：" + req.subject, when=when,
                       msgid="<tencent_%s@qq.com>" % HX(seed, 40), irt=po.rid, refs=po.rid,
                       rcv=("lily.chen@nbriderbags.example", "smtpbgsg1.qq.com", "203.0.113.161"),
                       subj_charset="gb2312",
                       extra=[("Mime-Version", "1.0"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
                              ("X-Priority", "3")])
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "confirmation",
               "Mail dated Wednesday 2026-11-18 (+0800): 下周五 = Friday of next week = 2026-11-27 (ship date, FOB Ningbo) for all lines; line 3 price adjusted to RMB 31.00.",
               [conf(po, {1: CHG(300, "104.50", nxt_fri), 2: CHG(500, "37.20", nxt_fri), 3: CHG(400, "31.00", nxt_fri)})])


# ---------------------------------------------------------------------------
@case("aquarium-helpdesk-ticket-receipt", "auto_reply/en-SG",
      "A helpdesk ticket acknowledgement threaded on the request, with ticket number, service hours and weekday dates but no answer.")
def c025():
    sup = supplier("LCA-0618", "Lion City Aquatics Pte Ltd", "sales@lioncityaquatics.example", "en-SG")
    po = PO("4500190611", sup, "sofia", "USD", "2026-11-16", [
        ("LC-LED90-24V", "Aquarium LED light 90 cm, 24V, 6500K", 30, "EA", "48.00", "2026-12-11"),
        ("LC-CO2-2L-M22", "CO2 cylinder 2 L with regulator, M22x1.5 thread", 15, "SET", "62.50", "2026-12-11"),
    ], site="rtm", req_time=at("2026-11-16 10:20:00", 1))
    when = at("2026-11-16 17:20:41", 8)
    body = ("Dear Sofia Marques,\n\n"
            "Thank you for contacting Lion City Aquatics. This is an automated response to confirm that we have "
            "received your request. Your ticket number is #LCA-48213.\n\n"
            "A member of our sales team will respond within 2 working days (Mon-Fri, 9.00 am - 6.00 pm SGT). "
            "Requests received after 5.00 pm on Friday 20/11 will be handled from Monday 23/11.\n\n"
            "To add information, simply reply to this e-mail and keep the ticket number in the subject line.\n\n"
            "----------------------------------------\n"
            "Ticket summary\nSubject: Purchase order 4500190611 - please confirm\n"
            "Received: 16/11/2026 17:20 SGT\nStatus: Open\nPriority: Normal\nGroup: Sales - Europe\n"
            "----------------------------------------\n\n"
            "Lion City Aquatics Pte Ltd | 21 Pandan Loop #04-12, Singapore 128233 | +65 6777 1234\n"
            "This is a system-generated message. Please do not change the subject line.")
    hb = simple_doc('<div style="font-family:Helvetica,Arial;font-size:14px">' + divs(body) + "</div>")
    seed = "c025"
    a = alt(mime.text(body + "\n", "plain", "UTF-8", "7bit"), mime.text(hb, "html", "UTF-8", "quoted-printable"),
            "--==_mimepart_%s" % hx(seed, 24))
    hdrs = std_headers(frm=mime.addr("Lion City Aquatics Support", "support@lioncityaquatics.example"),
                       to=mime.addr("Sofia Marques", "sofia.marques@buyer.example"),
                       subject="[Ticket #LCA-48213] Purchase order 4500190611 - please confirm", when=when,
                       msgid="<ticket-48213.%s@helpdesk.lioncityaquatics.example>" % hx(seed, 12),
                       irt=po.rid, refs=po.rid,
                       rcv=("bounces+48213@helpdesk.lioncityaquatics.example", "out.helpdesk.lioncityaquatics.example",
                            "198.51.100.9"),
                       extra=[("Reply-To", "Lion City Aquatics Support <support@lioncityaquatics.example>"),
                              ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                              ("Precedence", "auto_reply"), ("MIME-Version", "1.0")])
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "auto_reply",
               "Automatic ticket receipt (Auto-Submitted: auto-generated) from the supplier's helpdesk; dates like Friday 20/11 and Monday 23/11 are service hours, not order data.")


# ---------------------------------------------------------------------------
@case("aquarium-chf-per-carton", "confirmation/de-CH",
      "Swiss reply pricing per carton ('CHF 86.40 / Karton à 24 Dosen') against a PO per piece, with Swiss number format (2'529.60).")
def c026():
    sup = supplier("ATR-4410", "Aqua-Technik Rüegg AG", "bestellung@aquatechnik-rueegg.example", "de-CH")
    po = PO("4500190714", sup, "lena", "CHF", "2026-11-13", [
        ("AR-FF-TROP250", "Fish food flakes tropical, 250 ml tin", 240, "EA", "3.45", "2026-12-11"),
        ("AR-WC500", "Water conditioner, 500 ml bottle", 144, "EA", "6.10", "2026-12-11"),
        ("AR-TS6IN1-50", "Aquarium test strips 6-in-1, tube of 50", 96, "EA", "8.20", "2026-12-11"),
    ], req_time=at("2026-11-13 15:02:00", 1))
    req = Request(po, style="dmy")
    from decimal import Decimal as Dm
    assert 10 * Dm('86.40') + 12 * Dm('73.20') + 8 * Dm('98.40') == Dm('2529.60')
    assert Dm('86.40') / 24 == Dm('3.60') and Dm('73.20') / 12 == Dm('6.10') and Dm('98.40') / 12 == Dm('8.20')
    body = ("Grüezi Frau Hoffmann\n\n"
            "Besten Dank für Ihre Bestellung 4500190714. Wir bestätigen wie folgt (unsere Preise verstehen sich "
            "pro Karton):\n\n"
            "Pos. 1  Flockenfutter tropical 250 ml   10 Kartons à 24 Dosen     CHF 86.40 / Karton\n"
            "Pos. 2  Wasseraufbereiter 500 ml        12 Kartons à 12 Flaschen  CHF 73.20 / Karton\n"
            "Pos. 3  Teststreifen 6in1 (50 Stk.)      8 Kartons à 12 Dosen     CHF 98.40 / Karton\n\n"
            "Total netto CHF 2'529.60, zzgl. MWST 8.1 %\n"
            "Liefertermin: Freitag, 11.12.2026 (wie gewünscht)\n\n"
            "Hinweis: Beim Flockenfutter gilt ab 1.11.2026 der neue Listenpreis.")
    sig = ("Freundliche Grüsse\n\nBeatrice Rüegg\nVerkaufsinnendienst\nAqua-Technik Rüegg AG\n"
           "Zürcherstrasse 210, 8500 Frauenfeld\nTel. +41 52 723 45 60\nCHE-123.456.789 MWST")
    eml = outlook_reply(po, req, frm="Beatrice Rüegg", email="b.rueegg@aquatechnik-rueegg.example",
                        when=at("2026-11-16 16:21:08", 1), body=body, sig=sig, lang="de", olang="de-CH",
                        charset="iso-8859-1", cte="quoted-printable", prefix_="AW: ")
    return Out([po.json()], eml, "confirmation",
               "Per-carton prices convert to per piece: 86.40/24 = 3.60 (changed from 3.45), 73.20/12 = 6.10 and 98.40/12 = 8.20 (as ordered); 10x24, 12x12 and 8x12 give the ordered quantities; date as requested.",
               [conf(po, {1: CHG(240, "3.60", "2026-12-11"), 2: ACC, 3: ACC})])


# ---------------------------------------------------------------------------
@case("motors-prepayment-condition", "needs_review/uk-UA",
      "Ukrainian KOI8-U reply: prices and a shipping date are stated, but only on condition that we accept 50% prepayment.")
def c027():
    sup = supplier("EMP-0388", "TOV Elektromash-Podillia", "sales@elektromash-pod.example", "uk-UA")
    po = PO("4500190802", sup, "lena", "EUR", "2026-11-13", [
        ("EP-AIR112M4", "Induction motor AIR112M4, 5.5 kW, 1500 rpm, IM1081 (foot)", 8, "EA", "268.00", "2026-12-18"),
        ("EP-AIR90L2", "Induction motor AIR90L2, 3 kW, 3000 rpm, IM3081 (flange)", 12, "EA", "164.00", "2026-12-18"),
    ], req_time=at("2026-11-13 10:00:00", 1))
    req = Request(po)
    body = ("Доброго дня, пані Гофман!\n\n"
            "Дякуємо за замовлення 4500190802.\n"
            "Ми готові виконати його за цінами із замовлення з відвантаженням 18.12.2026, але лише за умови "
            "50% передоплати. Для нових клієнтів відстрочка платежу 30 днів, на жаль, неможлива.\n\n"
            "Просимо повідомити, чи погоджуєтесь Ви з умовою передоплати. Після цього надішлемо рахунок-фактуру "
            "та офіційне підтвердження замовлення.")
    sig = ("З повагою,\nОлена Ковальчук\nменеджер зовнішньоекономічного відділу\nТОВ \"Електромаш-Поділля\"\n"
           "вул. Хмельницьке шосе, 145, м. Вінниця, 21036\nтел. +380 432 55 12 34, моб. +380 67 123 45 67")
    eml = outlook_reply(po, req, frm="Олена Ковальчук", email="o.kovalchuk@elektromash-pod.example",
                        when=at("2026-11-16 11:37:02", 2), body=body, sig=sig, lang="uk", olang="uk-UA",
                        charset="koi8-u", cte="8bit", prefix_="ВІДП: ", sent="13 листопада 2026 р. 11:00")
    return Out([po.json()], eml, "needs_review",
               "Everything depends on our accepting 50% prepayment; the official confirmation is promised only after that, so nothing is committed yet.")


# ---------------------------------------------------------------------------
@case("masks-pdf-ar-split-ffp2", "confirmation/fr-FR",
      "Short French body pointing to an attached Flate-compressed PDF acknowledgment in which the FFP2 line is split into two partial deliveries.")
def c028():
    sup = supplier("PSM-1502", "Protecsan Médical SAS", "adv@protecsan.example", "fr-FR")
    po = PO("4500190915", sup, "priya", "EUR", "2026-11-13", [
        ("PS-MC-IIR-50", "Surgical mask type IIR EN 14683, 3-ply, box of 50", 400, "BOX", "3.90", "2026-12-04"),
        ("PS-MC-I-50", "Surgical mask type I, 3-ply, box of 50", 300, "BOX", "2.75", "2026-12-04"),
        ("PS-FFP2-20", "FFP2 respirator NR, EN 149:2001+A1:2009, box of 20", 150, "BOX", "9.60", "2026-12-04"),
    ], req_time=at("2026-11-13 11:45:00", 1))
    req = Request(po)
    L = pdf.Layout()
    L.text("PROTECSAN MÉDICAL SAS", 14, True)
    L.text("14 rue des Tanneurs - 69007 Lyon - France", 9)
    L.text("Tél. +33 4 72 61 30 30 - adv@protecsan.example", 9)
    L.space(14)
    L.text("ACCUSÉ DE RÉCEPTION DE COMMANDE", 13, True)
    L.text("N° AR-2026-11873          Date : 16/11/2026", 10)
    L.text("Client : BRIGHTMOOR GROUP - Central Warehouse, Hansaallee 190, 40549 Düsseldorf, Allemagne", 9)
    L.text("Votre commande : 4500190915 du 13/11/2026 - Acheteur : Priya Nair", 9)
    L.space(10)
    xs = [50, 78, 160, 340, 372, 405, 455, 510]
    L.shade()
    L.row(["Pos.", "Référence", "Désignation", "Qté", "Unité", "PU HT €", "Montant HT €", "Livraison"], xs, 8, True)
    L.row(["1", "PS-MC-IIR-50", "Masque chirurgical type IIR, boîte de 50", "400", "BTE", "3,90", "1 560,00", "04/12/2026"], xs, 8)
    L.row(["2", "PS-MC-I-50", "Masque chirurgical type I, boîte de 50", "300", "BTE", "2,75", "825,00", "04/12/2026"], xs, 8)
    L.row(["3", "PS-FFP2-20", "Masque FFP2 NR, boîte de 20", "150", "BTE", "9,60", "1 440,00", ""], xs, 8)
    L.row(["", "", "   dont livraison partielle 1", "100", "BTE", "", "", "04/12/2026"], xs, 8)
    L.row(["", "", "   dont livraison partielle 2", "50", "BTE", "", "", "18/12/2026"], xs, 8)
    L.rule()
    L.row(["", "", "Total HT", "", "", "", "3 825,00", ""], xs, 9, True)
    L.row(["", "", "TVA : autoliquidation (art. 283-2 CGI)", "", "", "", "0,00", ""], xs, 8)
    L.row(["", "", "Total TTC", "", "", "", "3 825,00", ""], xs, 9, True)
    L.space(16)
    L.text("Conditions de paiement : 30 jours fin de mois. Incoterm : DAP Düsseldorf.", 9)
    L.text("Livraison partielle de la position 3 : rupture de stock matière filtrante (meltblown).", 9)
    L.space(30)
    L.text("SAS au capital de 250 000 € - RCS Lyon 812 345 678 - TVA FR12812345678 - Code APE 3250A", 7)
    data = pdf.make_pdf(L.pages, title="AR-2026-11873", author="Protecsan ADV", creator="Sage X3",
                        producer="Sage X3 PDF Writer 12.0", created="20261116084210+01'00'", compress=True)
    body = ("Bonjour Madame Nair,\n\n"
            "Veuillez trouver ci-joint notre accusé de réception n° AR-2026-11873 relatif à votre commande "
            "4500190915.\nMerci de noter que la position 3 (FFP2) sera livrée en deux fois, voir le détail dans l'AR.")
    sig = ("Cordialement,\n\nCamille Laurent\nAdministration des ventes\nProtecsan Médical SAS\n"
           "14 rue des Tanneurs, 69007 Lyon\nTél. : +33 4 72 61 30 34")
    att = mime.attachment(data, "application/pdf", "AR-2026-11873.pdf")
    eml = outlook_reply(po, req, frm="Camille Laurent", email="c.laurent@protecsan.example",
                        when=at("2026-11-16 08:47:55", 1), body=body, sig=sig, lang="fr", olang="fr-FR",
                        charset="iso-8859-1", cte="quoted-printable", prefix_="RE : ", attachments=[att])
    return Out([po.json()], eml, "confirmation",
               "Values only in the PDF: lines 1-2 as ordered (04/12/2026); line 3 150 boxes split 100 on 04/12/2026 and 50 on 18/12/2026, price unchanged.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(150, "9.60", "2026-12-18", [(100, "2026-12-04"), (50, "2026-12-18")])})])


# ---------------------------------------------------------------------------
@case("casings-exchange-ndr-mailbox-full", "bounce/lv-LV",
      "Exchange Online 'Undeliverable' report from the supplier's tenant (mailbox full) with HTML text, delivery-status and the original request attached.")
def c029():
    sup = supplier("BZA-0310", "SIA Baltijas Zarnas", "pasutijumi@baltijaszarnas.example", "lv-LV")
    po = PO("4500191008", sup, "lena", "EUR", "2026-11-16", [
        ("BZ-COL21-ED", "Collagen casing cal. 21 mm, edible, shirred", 24000, "M", "0.046", "2026-12-09"),
        ("BZ-CEL26-CL", "Cellulose casing cal. 26, peelable, clear, shirred 32 m", 16000, "M", "0.031", "2026-12-09"),
    ], req_time=at("2026-11-16 10:02:05", 1))
    req = Request(po)
    orig = req.eml()
    when = at("2026-11-16 09:02:19", 0)
    rcpt = sup["email"]
    text = ("Your message to %s couldn't be delivered.\n\n"
            "pasutijumi's mailbox is full.\n\n"
            "lena.hoffmann          Office 365          pasutijumi\n"
            "Action Required                            Recipient\n\n"
            "Mailbox full\n\n"
            "How to Fix It\n"
            "The recipient's mailbox is full and can't accept messages now. Please try resending your message "
            "later, or contact the recipient directly.\n\n"
            "More Info for Email Admins\nStatus code: 554 5.2.2\n\n"
            "This error occurs when the recipient's mailbox has exceeded its storage quota. The recipient or their "
            "email admin needs to free up space or increase the quota.\n\n"
            "Original Message Details\n"
            "Created Date:    16/11/2026 09:02:05\n"
            "Sender Address:  lena.hoffmann@buyer.example\n"
            "Recipient Address:  %s\n"
            "Subject:    %s\n\n"
            "Error Details\n"
            "Reported error:  554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
            "MapiExceptionShutoffQuotaExceeded\n"
            "DSN generated by:    DB8PR03MB5897.eurprd03.prod.outlook.com\n" % (rcpt, rcpt, req.subject))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>\n'
            '<table style="width:100%%;font-family:Segoe UI,Tahoma,sans-serif"><tr><td style="font-size:16px">'
            'Your message to <a href="mailto:%s" style="color:#0072C6">%s</a> couldn\'t be delivered.</td></tr>\n'
            '<tr><td style="font-size:24px;color:#C00000;padding-top:10px">pasutijumi\'s mailbox is full.</td></tr>\n'
            '<tr><td><table style="width:100%%;padding-top:20px"><tr><td>lena.hoffmann</td><td>Office 365</td>'
            '<td>pasutijumi</td></tr><tr><td style="color:#C00000"><b>Action Required</b></td><td></td>'
            '<td>Recipient</td></tr></table></td></tr>\n'
            '<tr><td style="padding-top:20px;font-size:21px;color:#000000">Mailbox full</td></tr>\n'
            '<tr><td style="padding-top:16px"><b>How to Fix It</b><br>The recipient\'s mailbox is full and can\'t '
            'accept messages now. Please try resending your message later, or contact the recipient directly.</td></tr>\n'
            '<tr><td style="padding-top:16px;font-size:12px"><b>More Info for Email Admins</b><br>Status code: 554 5.2.2'
            '<br>Reported error: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.'
            'MapiExceptionShutoffQuotaExceeded<br>DSN generated by: DB8PR03MB5897.eurprd03.prod.outlook.com</td></tr>\n'
            '</table></body></html>\n' % (rcpt, rcpt))
    ds = ("Reporting-MTA: dns;DB8PR03MB5897.eurprd03.prod.outlook.com\n"
          "Received-From-MTA: dns;mx1.buyer.example\n"
          "Arrival-Date: Mon, 16 Nov 2026 09:02:11 +0000\n\n"
          "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
          "X-Display-Name: Pasutijumi\n" % rcpt)
    seed = "c029"
    inner = alt(mime.text(text, "plain", "us-ascii", "quoted-printable"),
                mime.text(html, "html", "us-ascii", "quoted-printable"), "_000_" + HX(seed + "alt", 30) + "_")
    rep = mime.multipart("report", [inner, mime.delivery_status(ds), mime.rfc822(orig)], "_004_" + HX(seed, 30) + "_",
                         params="; report-type=delivery-status")
    hdrs = [("Return-Path", "<>"),
            received(when, "DB8PR03MB5897.eurprd03.prod.outlook.com", "40.107.6.77", seed=seed,
                     rcpt="lena.hoffmann@buyer.example"),
            ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@baltijaszarnas.example>"),
            ("To", "lena.hoffmann@buyer.example"), ("Date", mime.date(when)),
            ("Subject", "Undeliverable: " + req.subject),
            ("Message-ID", "<%s@DB8PR03MB5897.eurprd03.prod.outlook.com>" % hx(seed + "m", 32)),
            ("In-Reply-To", po.rid), ("References", po.rid),
            ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "en-US"), ("MIME-Version", "1.0")]
    eml = mime.message(hdrs, rep)
    return Out([po.json()], eml, "bounce",
               "Exchange Online NDR (5.2.2 mailbox full) threaded on the request via In-Reply-To; the returned message/rfc822 contains the PO table with prices and dates.")


# ---------------------------------------------------------------------------
@case("xray-film-two-deliveries-quebec", "confirmation/fr-CA",
      "Quebec French with ISO dates and '$ US': one line delivered in two parts (2026-12-08 and 2027-01-12); a warehouse closure period is a distractor.")
def c030():
    sup = supplier("RBI-0775", "Radiologie Boréale inc.", "ventes@radioboreale.example", "fr-CA")
    po = PO("4500191120", sup, "tom", "USD", "2026-11-16", [
        ("RB-XF1417-G", "X-ray film 14 x 17 in (35 x 43 cm), green, box of 100", 60, "BOX", "92.00", "2026-12-15"),
        ("RB-XF0810-G", "X-ray film 8 x 10 in, green, box of 100", 40, "BOX", "38.50", "2026-12-15"),
        ("RB-FIX-5G", "Fixer for automatic processors, 5 gal", 10, "EA", "41.00", "2026-12-15"),
    ], site="chi", req_time=at("2026-11-16 09:10:00", -6))
    req = Request(po)
    body = ("Bonjour M. Whitfield,\n\n"
            "Merci pour votre commande 4500191120. Voici notre confirmation :\n\n"
            "Ligne 1 - Film 14 x 17 po : 60 boîtes à 92,00 $ US. Notre inventaire étant bas, nous livrerons "
            "36 boîtes le 2026-12-08 et les 24 autres le 2027-01-12.\n"
            "Ligne 2 - Film 8 x 10 po : 40 boîtes à 38,50 $ US, livraison le 2026-12-15.\n"
            "Ligne 3 - Fixateur 5 gal : 10 unités à 41,00 $ US, livraison le 2026-12-15.\n\n"
            "Veuillez noter que notre entrepôt sera fermé du 24 décembre au 4 janvier.\n"
            "Have a great day!")
    sig = ("Geneviève Tremblay\nRepresentante aux ventes | Sales Representative\nRadiologie Boréale inc.\n"
           "2150, rue Cyrille-Duquet, Québec (Québec) G1N 2E5\nTél. : 418 555-0172, poste 231")
    eml = outlook_reply(po, req, frm="Geneviève Tremblay", email="g.tremblay@radioboreale.example",
                        when=at("2026-11-17 14:09:26", -5), body=body, sig=sig, lang="fr", olang="fr-CA",
                        charset="windows-1252", cte="quoted-printable", prefix_="RE : ",
                        sent="16 novembre 2026 10:10", host="YT3PR01MB9012", region="CANPRD01")
    return Out([po.json()], eml, "confirmation",
               "Line 1: 36 boxes on 2026-12-08 and 24 on 2027-01-12 (schedule, last date counts); lines 2-3 exactly as ordered; the 24 Dec - 4 Jan closure is context only.",
               [conf(po, {1: CHG(60, "92.00", "2027-01-12", [(36, "2026-12-08"), (24, "2027-01-12")]), 2: ACC, 3: ACC})])


# ---------------------------------------------------------------------------
@case("motors-us-ship-vs-eta", "confirmation/en-US",
      "US month-first short dates (12/4, 1/8/27, 1/13/27); for the backordered line both a ship date and an ETA are given and the ETA wins.")
def c031():
    sup = supplier("GLM-5530", "Great Lakes Motor Supply, Inc.", "orders@glmotorsupply.example", "en-US")
    po = PO("4500191233", sup, "tom", "USD", "2026-11-16", [
        ("GL-56C-1HP", "AC motor 1 HP, 1800 RPM, 56C frame, TEFC, 115/208-230 V", 10, "EA", "289.00", "2026-12-04"),
        ("GL-145T-2HP", "AC motor 2 HP, 1800 RPM, 145T frame, TEFC, 208-230/460 V", 6, "EA", "412.00", "2026-12-04"),
        ("GL-184T-5HP", "AC motor 5 HP, 3600 RPM, 184T frame, premium efficiency", 2, "EA", "695.00", "2026-12-04"),
    ], site="chi", req_time=at("2026-11-16 08:30:00", -6))
    req = Request(po, style="mon")
    body = ("Hi Tom,\n\nThanks for PO 4500191233. Here's where we are:\n\n"
            "Line 1 - 1 HP 56C: 10 ea @ $289.00, ships 12/2, arrives 12/4.\n"
            "Line 2 - 2 HP 145T: 6 ea @ $412.00, ships 12/2, arrives 12/4.\n"
            "Line 3 - 5 HP 184T: backordered at the factory. 2 ea @ $695.00, ships 1/8/27, ETA at your dock 1/13/27.\n\n"
            "All pricing per your PO. Freight prepaid & add.\n\nThanks,\nMike")
    sig = ("Mike Kowalski | Inside Sales\nGreat Lakes Motor Supply, Inc.\n4801 W. 47th St, Chicago, IL 60632\n"
           "P: (773) 555-0148 | F: (773) 555-0190")
    eml = outlook_reply(po, req, frm="Mike Kowalski", email="mkowalski@glmotorsupply.example",
                        when=at("2026-11-17 15:33:02", -6), body=body, sig=sig, lang="en", olang="en-US",
                        charset="us-ascii", cte="7bit", host="CH3PR12MB8094", region="namprd12")
    return Out([po.json()], eml, "confirmation",
               "Lines 1-2 arrive 12/4 (= 2026-12-04, as requested); line 3 ships 1/8/27 but the ETA 1/13/27 is the delivery date, 2027-01-13.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(2, "695.00", "2027-01-13")})])


# ---------------------------------------------------------------------------
@case("forklift-tyres-vague-aussie", "needs_review/en-AU",
      "Casual iPhone reply: 'should be right for mid Dec I reckon', prices 'probably going up a bit' - nothing firm.")
def c032():
    sup = supplier("SCT-0214", "Southern Cross Tyre & Wheel Pty Ltd", "sales@sctyrewheel.example", "en-AU")
    po = PO("4500191340", sup, "tom", "AUD", "2026-11-16", [
        ("SC-SOL21x8-9", "Solid forklift tyre 21x8-9, black, resilient", 12, "EA", "265.00", "2026-12-14"),
        ("SC-SOL18x7-8NM", "Solid forklift tyre 18x7-8, non-marking", 8, "EA", "219.00", "2026-12-14"),
    ], site="man", req_time=at("2026-11-16 09:00:00", 0))
    req = Request(po)
    body = ("Hi Tom\n\nNo worries, got the order. Should be right for mid Dec I reckon, the container's due in "
            "next week. Prices probably going up a bit in the new year but we'll sort something out.\n"
            "Will let you know once it lands.\n\nCheers\nBazza")
    eml = apple_reply(po, req, frm="Barry Nguyen", email="barry@sctyrewheel.example",
                      when=at("2026-11-17 07:41:10", 11), body=body, iphone="Sent from my iPhone",
                      attribution="On 16 Nov 2026, at 8:00 pm, Tom Whitfield <tom.whitfield@buyer.example> wrote:",
                      html=True)
    return Out([po.json()], eml, "needs_review",
               "'Should be right for mid Dec I reckon' and 'prices probably going up' are vague; the supplier promises to let us know later, so no value can be recorded.")


# ---------------------------------------------------------------------------
@case("crayons-pieces-vs-dozen", "confirmation/es-MX",
      "Mexican reply confirming in pieces and per-piece prices against a PO in dozens (DZ); one per-piece price works out higher, and 11/12/2026 is day-first.")
def c033():
    sup = supplier("CCB-0925", "Ceras y Colores del Bajío S.A. de C.V.", "ventas@cerasbajio.example", "es-MX")
    po = PO("4500191455", sup, "tom", "USD", "2026-11-17", [
        ("CB-CR08-STD", "Wax crayons 8 colors, standard 8 x 92 mm, box", 500, "DZ", "4.80", "2026-12-11"),
        ("CB-CR16-STD", "Wax crayons 16 colors, standard 8 x 92 mm, box", 300, "DZ", "8.40", "2026-12-11"),
        ("CB-CRJ12-TRI", "Jumbo triangular wax crayons 12 colors, 11 mm, box", 200, "DZ", "12.60", "2026-12-11"),
    ], site="chi", req_time=at("2026-11-17 09:05:00", -6))
    req = Request(po)
    from decimal import Decimal as Dm
    assert Dm("0.40") * 12 == Dm("4.80") and Dm("0.70") * 12 == Dm("8.40") and Dm("1.10") * 12 == Dm("13.20")
    body = ("Hola Tom,\n\nGracias por tu orden de compra 4500191455. Te confirmo:\n\n"
            "- Crayones 8 colores: 6,000 piezas (cajitas) a US$0.40 c/u\n"
            "- Crayones 16 colores: 3,600 piezas a US$0.70 c/u\n"
            "- Crayones jumbo triangulares 12 colores: 2,400 piezas a US$1.10 c/u (subió el costo de la "
            "parafina)\n\n"
            "Entrega en su almacén de Elk Grove Village el 11/12/2026.\n\nSaludos,")
    sig = ("Lic. Fernanda Ríos\nEjecutiva de Exportación\nCeras y Colores del Bajío S.A. de C.V.\n"
           "Blvd. Industrial 1520, Parque Industrial, 38010 Celaya, Gto., México\nTel. +52 461 612 3400 ext. 118")
    eml = gmail_reply(po, req, frm="Fernanda Ríos", email="fernanda.rios@cerasbajio.example",
                      when=at("2026-11-18 12:02:47", -6), body=body, sig=sig,
                      attribution="El mar, 17 nov 2026 a las 9:05, Tom Whitfield (<tom.whitfield@buyer.example>) escribió:")
    return Out([po.json()], eml, "confirmation",
               "6,000/3,600/2,400 pieces = 500/300/200 DZ; 0.40 and 0.70 per piece = 4.80 and 8.40 per dozen (as ordered), 1.10 per piece = 13.20 per dozen (changed); 11/12/2026 is 11 December.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(200, "13.20", "2026-12-11")})])


# ---------------------------------------------------------------------------
@case("sports-floor-shared-inbox-receipt", "auto_reply/nb-NO",
      "Norwegian shared-mailbox 'Automatisk svar' confirming receipt of the mail, with opening hours and Christmas closure dates.")
def c034():
    sup = supplier("NIG-0577", "Nordisk Idrettsgulv AS", "ordre@idrettsgulv.example", "nb-NO")
    po = PO("4500191560", sup, "sofia", "NOK", "2026-11-17", [
        ("NI-PU9-M2", "Point-elastic PU sports floor 9 mm, installed system", 420, "M2", "389.00", "2026-12-18"),
        ("NI-LP-PU1L", "Line paint PU, white", 12, "L", "245.00", "2026-12-18"),
    ], site="rtm", req_time=at("2026-11-17 13:30:00", 1))
    body = ("Takk for din henvendelse til ordre@idrettsgulv.example!\n\n"
            "Dette er en automatisk bekreftelse på at vi har mottatt e-posten din. Vi behandler henvendelser i den "
            "rekkefølgen de kommer inn, og svarer normalt innen 2 virkedager.\n\n"
            "Åpningstider ordrekontoret: mandag-fredag 08.00-16.00.\n"
            "I juleperioden (21.12.-03.01.) er kontoret stengt.\n\n"
            "Med vennlig hilsen\nNordisk Idrettsgulv AS\nOrdrekontoret\nTlf. 22 33 44 55 | Brobekkveien 80, 0582 Oslo")
    seed = "c034"
    hb = outlook_doc(mso(body), "iso-8859-1", "NB-NO")
    a = alt(mime.text(body + "\n", "plain", "iso-8859-1", "quoted-printable"),
            mime.text(hb, "html", "iso-8859-1", "quoted-printable"), bnd_outlook(seed))
    hdrs = std_headers(frm=mime.addr("Ordre - Nordisk Idrettsgulv", "ordre@idrettsgulv.example"),
                       to=mime.addr("Sofia Marques", "sofia.marques@buyer.example"),
                       subject="Automatisk svar: " + po.subject, when=at("2026-11-17 13:30:52", 1),
                       msgid=mid_outlook(seed, "GV0P278MB0123", "CHEP278"), irt=po.rid,
                       rcv=("<>", "GV0P278MB0123-obe.outbound.protection.outlook.com", "40.107.23.12"),
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    hdrs[0] = ("Return-Path", "<>")
    hdrs += outlook_extra(po.subject, seed, "nb-NO", False)
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "auto_reply",
               "Automatic receipt from the shared order mailbox ('svarer normalt innen 2 virkedager'); 21.12.-03.01. is an office closure, not a delivery date.")


# ---------------------------------------------------------------------------
@case("laminated-glass-forwarded-planning", "confirmation/pt-PT",
      "Sales forwards the internal planning answer (quoted chain: sales -> planner -> sales -> our request); the commitment sits in the planner's lines, with a 'semana 2 de 2027' and a maintenance range as distractor.")
def c035():
    sup = supplier("VDL-0490", "Vidreira do Lis, Lda.", "encomendas@vidreiradolis.example", "pt-PT")
    po = PO("4500191672", sup, "sofia", "EUR", "2026-11-17", [
        ("VL-LAM662-2412", "Laminated glass 66.2 clear, 2400 x 1200 mm", 20, "EA", "112.00", "2026-12-18"),
        ("VL-LAM884-1809", "Laminated glass 88.4 (4 x PVB 0.38), 1800 x 900 mm", 12, "EA", "138.50", "2026-12-18"),
        ("VL-LAM442-OP10", "Laminated glass 44.2 opal white, 1000 x 1000 mm", 30, "EA", "41.00", "2026-12-18"),
    ], site="rtm", req_time=at("2026-11-17 09:12:00", 1))
    req = Request(po)
    L = OUTLOOK_LABELS["pt"]
    top = ("Cara Sofia,\n\n"
           "Segue abaixo a resposta do nosso planeamento. Confirmamos assim a encomenda 4500191672 nestes "
           "termos; os preços mantêm-se conforme a encomenda.")
    sig = ("Com os melhores cumprimentos,\n\nRui Ferreira\nDepartamento Comercial\nVidreira do Lis, Lda.\n"
           "Zona Industrial da Cova das Faias, Lote 12, 2415-017 Leiria\nTel. +351 244 819 200 | NIF 501 234 567")
    planner = ("Rui,\nAs posições 1 e 3 conseguimos para 18/12, sem problema.\n"
               "A posição 2 (88.4) só na semana 2 de 2027 - a autoclave está parada para manutenção de 14 a 18/12.\n"
               "Paulo")
    ask = "Paulo, consegues confirmar prazos para esta encomenda da Brightmoor? Obrigado.\nRui"
    h1 = ("%s Paulo Santos <paulo.santos@vidreiradolis.example>\n%s terça-feira, 17 de novembro de 2026 16:02\n"
          "%s Rui Ferreira <rui.ferreira@vidreiradolis.example>\n%s RE: Encomenda Brightmoor 4500191672"
          % (L[0], L[1], L[2], L[3]))
    h2 = ("%s Rui Ferreira <rui.ferreira@vidreiradolis.example>\n%s terça-feira, 17 de novembro de 2026 11:40\n"
          "%s Paulo Santos <paulo.santos@vidreiradolis.example>\n%s Encomenda Brightmoor 4500191672"
          % (L[0], L[1], L[2], L[3]))
    sent_req = "terça-feira, 17 de novembro de 2026 08:12"
    t = (top + "\n\n" + sig + "\n\n________________________________\n" + h1 + "\n\n" + planner +
         "\n\n________________________________\n" + h2 + "\n\n" + ask + "\n\n" +
         outlook_quote_text(req, "pt", sent=sent_req))

    def hdr_html(hh):
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                + "<br>\n".join("<b>%s</b> %s" % (h(x.split(": ", 1)[0] + ":"), h(x.split(": ", 1)[1])) for x in hh.split("\n"))
                + "</p></div>\n")
    hb = (mso(top + "\n\n" + sig) + '<p class="MsoNormal">&nbsp;</p>\n' + hdr_html(h1) + mso(planner) +
          '<p class="MsoNormal">&nbsp;</p>\n' + hdr_html(h2) + mso(ask) + '<p class="MsoNormal">&nbsp;</p>\n' +
          outlook_quote_html(req, "pt", sent=sent_req))
    seed = "c035"
    a = alt(mime.text(t + "\n", "plain", "windows-1252", "quoted-printable"),
            mime.text(outlook_doc(hb, "windows-1252", "PT-PT"), "html", "windows-1252", "quoted-printable"),
            bnd_outlook(seed))
    hdrs = std_headers(frm=mime.addr("Rui Ferreira", "rui.ferreira@vidreiradolis.example"),
                       to=mime.addr("Sofia Marques", "sofia.marques@buyer.example"),
                       subject="RE: " + req.subject, when=at("2026-11-18 09:15:37", 0),
                       msgid=mid_outlook(seed, "PR3P195MB0811", "EURP195"), irt=po.rid, refs=po.rid,
                       rcv=("rui.ferreira@vidreiradolis.example", "PR3P195MB0811-obe.outbound.protection.outlook.com",
                            "40.107.20.115"))
    hdrs += outlook_extra(req.subject, seed, "pt-PT", False)
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "confirmation",
               "Sales confirms 'nestes termos' with prices as ordered: lines 1 and 3 on 18/12 (requested date, accepted); line 2 'semana 2 de 2027' = Friday 2027-01-15; 14 a 18/12 is the autoclave maintenance.",
               [conf(po, {1: ACC, 2: CHG(12, "138.50", "2027-01-15"), 3: ACC})])
