"""Cases 019-036."""
from . import mime
from .common import (case, sup, po, acc, chg, REJ, UNC, conf, expc, expk, reply, when, rfcdate, iso,
                     kw_friday, req_subject, BUYERS_by_email, e, html_doc, request_message)
from .sysmail import dsn_block, report


@case("ski-jump-coating-saptamana-52", "confirmation/ro-RO",
      "Romanian 'livrare în săptămâna 52' (week without a day, with comma-below diacritics) must map to Friday 25 Dec 2026.")
def c019():
    s = sup("ACOPBV", "Acoperiri Sportive Brașov SRL", "vanzari@acoperiri-brasov.example", "ro-RO")
    p = po("4500219102", s, "dana", "EUR", "2026-11-11", [
        ("AB-ST-20L", "In-run track coating PU, 20 L can, white", 24, "EA", "186.00", "2026-12-18"),
        ("AB-PR-05K", "Epoxy primer 2K, 5 kg kit (4+1)", 20, "SET", "64.00", "2026-12-18")])
    body = """Bună ziua, doamna Ruiz,

Vă confirmăm comanda 4500219102: ambele poziții, cantitățile și prețurile conform comenzii, livrare în săptămâna 52.

Cu stimă,
Andrei Popescu
Departament Vânzări
Acoperiri Sportive Brașov SRL
Str. Zizinului 110, 500407 Brașov
Tel. +40 268 555 310
"""
    eml = reply(p, frm_name="Andrei Popescu", frm_addr="andrei.popescu@acoperiri-brasov.example",
                w=when(2026, 11, 20, 10, 40, 2), body=body, client="gmail", quote="gt", contact="Andrei",
                cs="UTF-8", cte="base64", prefix="Re: ")
    d = iso(kw_friday(2026, 52))
    return [p], eml, expc("'livrare în săptămâna 52' = Friday of ISO week 52 of 2026 = 2026-12-25 for both positions; quantities and prices confirmed.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d)}))


@case("falconry-gloves-december-21-en", "confirmation/hu-HU",
      "Hungarian 'szállítás december 21-én' with a case suffix on the day and no year, in ISO-8859-2 from Thunderbird.")
def c020():
    s = sup("SOLYBOR", "Solymász Bőrdíszmű Kft.", "rendeles@solymasz-bor.example", "hu-HU")
    p = po("4500219115", s, "sofia", "EUR", "2026-11-12", [
        ("SB-GL-3L", "Falconry glove 3-layer, buckskin, 35 cm cuff, L", 30, "PAIR", "54.00", "2026-12-16"),
        ("SB-GL-2M", "Falconry glove 2-layer, cowhide, 28 cm, M", 40, "PAIR", "38.00", "2026-12-16")])
    body = """Kedves Sofia!

Köszönjük a megrendelést (4500219115). Mindkét tételt visszaigazoljuk a megrendelt mennyiségben és áron, szállítás december 21-én.

Üdvözlettel:
Kovács Réka
értékesítés
Solymász Bőrdíszmű Kft. | 6000 Kecskemét, Szent István krt. 24.
+36 76 555 204
"""
    eml = reply(p, frm_name="Kovács Réka", frm_addr="kovacs.reka@solymasz-bor.example",
                w=when(2026, 11, 17, 15, 22, 1), body=body, client="thunderbird", quote="gt", html=False,
                cs="iso-8859-2", contact="Reka", prefix="Re: ", lang="hu-HU")
    d = "2026-12-21"
    return [p], eml, expc("'szállítás december 21-én' (no year) = 2026-12-21 for both lines instead of 2026-12-16; quantities and prices as ordered.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d)}))


@case("rice-cooker-pots-yen-price", "confirmation/ja-JP",
      "Japanese ISO-2022-JP mail with '単価 ¥1,250' for line 1 and '12月21日納品' for both lines, JPY prices without decimals.")
def c021():
    s = sup("SUIHAN", "Suihan Parts Co., Ltd.", "eigyo@suihan-parts.example", "ja-JP")
    p = po("4500219128", s, "sofia", "JPY", "2026-11-12", [
        ("SP-IP-10", "Inner pot 1.0 L (5.5 cup), fluorine coated, model RC-10", 200, "EA", "1180", "2026-12-18"),
        ("SP-GK-55", "Lid gasket for 5.5 cup model, silicone", 500, "EA", "210", "2026-12-18")])
    body = """ハルヴォルセン・トレーディング・グループ
ソフィア・リンドクヴィスト様

いつもお世話になっております。
株式会社炊飯部品 営業部の田中でございます。

ご注文番号 4500219128 につきまして、下記の通りご回答申し上げます。

1. SP-IP-10 内釜 1.0L：200個、単価 ¥1,250（材料費高騰のため改定させていただきました）、12月21日納品
2. SP-GK-55 蓋パッキン：500個、単価 ¥210、12月21日納品

何卒よろしくお願い申し上げます。

――――――――――――――――
株式会社炊飯部品 営業部
田中 健一
〒486-0901 愛知県春日井市牛山町2100
TEL 0568-55-1234 / FAX 0568-55-1235
――――――――――――――――
"""
    eml = reply(p, frm_name="田中 健一", frm_addr="k.tanaka@suihan-parts.example",
                w=when(2026, 11, 18, 17, 40, 9), body=body, html=False, client="thunderbird", quote="gt",
                cs="iso-2022-jp", cte="7bit", prefix="Re: ", lang="ja-JP", contact="Tanaka-san")
    d = "2026-12-21"
    return [p], eml, expc("'単価 ¥1,250' is 1250 JPY (comma = thousands) for line 1; '12月21日納品' (no year) = 2026-12-21 for both lines; line 2 keeps ¥210.",
                          conf(p, {1: chg(p, 1, price="1250", d=d), 2: chg(p, 2, d=d)}))


@case("climbing-volumes-12wol-21il", "confirmation/ko-KR",
      "Korean EUC-KR base64 list with '12월 21일 납품' per line, counters (개, 박스) after the quantities and USD prices.")
def c022():
    s = sup("CHKOREA", "Climbhold Korea Co., Ltd.", "sales@climbhold-korea.example", "ko-KR")
    p = po("4500219133", s, "dana", "USD", "2026-11-12", [
        ("CK-VOL-3040", "Volume 30x40 cm, plywood + PU, dual texture", 20, "EA", "145.00", "2026-12-14"),
        ("CK-PN-M10", "T-nut M10 4-prong, zinc, box of 100", 15, "BOX", "19.00", "2026-12-14")])
    body = """안녕하세요, Dana Ruiz 님.

주문번호 4500219133 잘 받았습니다. 아래와 같이 확인드립니다.

- 1번 CK-VOL-3040 볼륨: 20개, 단가 USD 145.00, 12월 21일 납품
- 2번 CK-PN-M10 티너트: 15박스, 단가 USD 19.00, 12월 21일 납품

감사합니다.

박지훈 대리
해외영업팀 | 클라이밍홀드코리아(주)
경기도 파주시 문발로 115
Tel. +82 31 555 7720
"""
    eml = reply(p, frm_name="박지훈", frm_addr="jh.park@climbhold-korea.example",
                w=when(2026, 11, 19, 11, 20, 9), body=body, cs="euc-kr", cte="base64", prefix="RE: ",
                lang="ko-KR", contact="Mr. Park")
    d = "2026-12-21"
    return [p], eml, expc("'12월 21일 납품' (no year) = 2026-12-21 for both lines instead of 2026-12-14; quantities (20개, 15박스) and prices unchanged.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d)}))


@case("centrifuge-tubes-jiaohuoqi", "confirmation/zh-CN",
      "Simplified Chinese GB2312 list of three lines followed by one '交货期 12月21日（全部）' that applies to all of them.")
def c023():
    s = sup("SZCENT", "Suzhou Centrifuge Consumables Co., Ltd.", "sales@sz-centrifuge.example", "zh-CN")
    p = po("4500219147", s, "dana", "CNY", "2026-11-12", [
        ("SZ-CT-15S", "Centrifuge tube 15 ml, PP, sterile, 50/rack", 20000, "PCS", "0.42", "2026-12-11"),
        ("SZ-CT-50S", "Centrifuge tube 50 ml, PP, sterile, 25/rack", 10000, "PCS", "0.68", "2026-12-11"),
        ("SZ-RK-50", "Tube rack 50-place for 15 ml, PP", 200, "EA", "9.50", "2026-12-11")])
    body = """Dana 您好，

贵司订单 4500219147 已收到，确认如下：
1. SZ-CT-15S 15ml 离心管 20000 支，单价 0.42 元
2. SZ-CT-50S 50ml 离心管 10000 支，单价 0.68 元
3. SZ-RK-50 试管架 200 个，单价 9.50 元
交货期 12月21日（全部）。

谢谢！

王丽
外贸部
苏州离心耗材有限公司
江苏省苏州市工业园区星湖街 328 号
电话：+86 512 5555 6688
"""
    eml = reply(p, frm_name="王丽", frm_addr="wangli@sz-centrifuge.example",
                w=when(2026, 11, 20, 9, 15, 8), body=body, cs="gb2312", cte="base64", prefix="答复: ",
                lang="zh-CN", contact="Ms. Wang")
    d = "2026-12-21"
    return [p], eml, expc("'交货期 12月21日（全部）' (no year, 'all') = 2026-12-21 for all three lines; quantities and prices in 元 equal the PO (CNY).",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: chg(p, 3, d=d)}))


@case("bamboo-flooring-three-deliveries", "confirmation/pt-PT",
      "Line 1 is split into three deliveries of 300 m2 (last one in January 2027) while line 2 is confirmed complete on the requested date.")
def c024():
    s = sup("BAMBUATL", "Bambu Atlântico, Lda.", "encomendas@bambu-atlantico.example", "pt-PT")
    p = po("4500219160", s, "ines", "EUR", "2026-11-12", [
        ("BA-SW-1410", "Strand woven bamboo 14 mm, click, 1850x130, carbonised", 900, "M2", "27.40", "2026-12-11"),
        ("BA-SK-1060", "Skirting 10x60 mm, carbonised, 2.4 m", 300, "PCS", "4.10", "2026-12-11")])
    body = """Boa tarde Sra. Okafor,

Confirmamos a encomenda 4500219160, preços sem alteração.

Linha 1 (pavimento BA-SW-1410, 900 m2): não temos stock para a quantidade total, por isso entregamos em três partes:
  - 300 m2 a 11/12/2026
  - 300 m2 a 18/12/2026
  - 300 m2 a 08/01/2027
Linha 2 (rodapé BA-SK-1060, 300 un.): entrega completa a 11/12/2026.

Com os melhores cumprimentos,
Rui Carvalho
Departamento Comercial
Bambu Atlântico, Lda. | Zona Industrial de Ovar, Lote 17 | 3880-102 Ovar
Tel. +351 256 555 090
"""
    eml = reply(p, frm_name="Rui Carvalho", frm_addr="rui.carvalho@bambu-atlantico.example",
                w=when(2026, 11, 17, 16, 2, 0), body=body, cs="iso-8859-1", qlang="pt", prefix="RE: ",
                lang="pt-PT", contact="Rui")
    return [p], eml, expc("Three-part delivery for line 1 (300 m2 on 2026-12-11, 2026-12-18, 2027-01-08), last date 2027-01-08, total 900 as ordered; line 2 complete on the requested date.",
                          conf(p, {1: chg(p, 1, sched=[(300, "2026-12-11"), (300, "2026-12-18"), (300, "2027-01-08")]),
                                   2: acc(p, 2)}))


@case("stretchers-potvrda-sledece-nedelje", "needs_review/sr-RS",
      "Serbian reply promising to send the confirmation with dates and prices next week, so nothing is committed yet.")
def c025():
    s = sup("MEDINOS", "Medi-Nosila d.o.o.", "prodaja@medinosila.example", "sr-RS")
    p = po("4500219172", s, "tomasz", "EUR", "2026-11-13", [
        ("MN-NS-180", "Folding stretcher 180 kg, aluminium, 4 handles", 10, "EA", "690.00", "2026-12-18"),
        ("MN-KL-50", "Stretcher strap set 50 mm, 3 pcs", 20, "SET", "42.00", "2026-12-18")])
    body = """Poštovani gospodine Wren,

hvala na porudžbini 4500219172. Trenutno proveravamo kapacitete sa proizvodnjom za decembar – potvrdu sa rokovima isporuke i cenama poslaćemo sledeće nedelje.

Srdačan pozdrav,
Milica Jovanović
Prodaja | Medi-Nosila d.o.o.
Bulevar oslobođenja 77, 21000 Novi Sad
tel. +381 21 555 4410
"""
    eml = reply(p, frm_name="Milica Jovanović", frm_addr="milica.jovanovic@medinosila.example",
                w=when(2026, 11, 18, 13, 45, 1), body=body, cs="windows-1250", prefix="RE: ", lang="sr-Latn-RS")
    return [p], eml, expk("needs_review", "Receipt with a promise ('potvrdu ... poslaćemo sledeće nedelje'); no quantity, price or date is committed.")


@case("vent-motors-exchange-ndr", "bounce/fi-FI",
      "Exchange 'Undeliverable' NDR in multipart/report with HTML diagnostics and the original PO request attached as message/rfc822.")
def c026():
    s = sup("KASVIAUT", "Kasvihuoneautomaatio Oy", "myynti@kasvihuone-auto.example", "fi-FI")
    p = po("4500219185", s, "sofia", "EUR", "2026-11-13", [
        ("KA-VM-24-400", "Vent motor 24V DC, 400 mm stroke, 750 N", 20, "EA", "238.00", "2026-12-18"),
        ("KA-RS-2", "Rain sensor 2-wire, 12-24V", 5, "EA", "69.00", "2026-12-18"),
        ("KA-CB-3x15", "Cable 3x1.5 mm2, 50 m", 4, "ROL", "58.00", "2026-12-18")])
    orig = request_message(p, contact="Sir or Madam")
    rcpt = p["supplier"]["email"]
    w = when(2026, 11, 13, 9, 12, 1, S=44)
    txt = """Delivery has failed to these recipients or groups:

%s
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM9PR07MB7650.eurprd07.prod.outlook.com

%s
Remote Server returned '550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table'

Original message headers:

From: %s
To: %s
Subject: %s
Date: %s
Message-ID: %s
""" % (rcpt, rcpt, rcpt, p["buyer"]["email"], rcpt, req_subject(p), rfcdate(when(2026, 11, 13, 9, 12, 1)), p["request_message_id"])
    html = ("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>"
            "<p><a href=\"mailto:%s\">%s</a><br>The email address you entered couldn't be found.</p>"
            "<p>Remote Server returned '550 5.1.1 &lt;%s&gt;: Recipient address rejected: User unknown in virtual mailbox table'</p></body></html>") % (rcpt, rcpt, rcpt)
    seed = "ndr" + p["po_number"]
    human = mime.multi("alternative", [mime.text(txt, cs="us-ascii"), mime.text(html, sub="html", cs="us-ascii")],
                       mime.boundary("outlook_alt", seed))
    dsn = dsn_block("AM9PR07MB7650.eurprd07.prod.outlook.com", rfcdate(w), rcpt, "5.1.1",
                    "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt,
                    remote_mta="mx01.kasvihuone-auto.example")
    bn, be = BUYERS_by_email(p)
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halvorsen-group.example>"),
          ("To", mime.addr(bn, be)), ("Date", rfcdate(w)), ("Content-Language", "en-US"),
          ("Message-ID", "<%s@AM9PR07MB7650.eurprd07.prod.outlook.com>" % mime.hx(seed, 32)),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Subject", "Undeliverable: " + req_subject(p)), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", "")]
    return [p], report(hs, human, dsn, orig, mime.boundary("outlook", seed)), expk(
        "bounce", "Exchange NDR (550 5.1.1 user unknown) for the request to the Finnish supplier; the attached original carries the PO table with prices and dates.")


@case("oyster-knives-blade-question", "needs_review/en-IE",
      "Supplier asks two questions (blade variant, pack size) and says it 'can deliver by 11 Dec once you confirm', a conditional date.")
def c027():
    s = sup("ATLOYST", "Atlantic Oyster Tools Ltd", "sales@atlantic-oystertools.example", "en-IE")
    p = po("4500219193", s, "mikkel", "EUR", "2026-11-13", [
        ("AO-KN-275", "Oyster knife 2.75in blade, Boston style, PP handle", 240, "EA", "7.90", "2026-12-11"),
        ("AO-GL-L5", "Shucking glove level 5 cut, size 9/L", 120, "PAIR", "11.40", "2026-12-11")])
    body = """Hi Mikkel,

Thanks for the PO. Before I can confirm it, two quick questions:

1) AO-KN-275 was retired in September and replaced by AO-KN-275B (same 2.75in blade, new blue handle). Is the B version OK, or do you want the 3in Galveston (AO-KN-300) instead?
2) The gloves now only come in packs of 6 pairs - is 20 packs (= 120 pairs) fine?

We can deliver both lines by 11 Dec once you confirm.

Thanks a million,
Siobhán Murphy
Atlantic Oyster Tools Ltd
Unit 4, Galway Business Park, Dangan, Galway H91 P2DK
+353 91 555 731
"""
    eml = reply(p, frm_name="Siobhán Murphy", frm_addr="siobhan@atlantic-oystertools.example",
                w=when(2026, 11, 16, 12, 30, 0), body=body, client="apple", quote="gt", contact="Siobhan",
                prefix="Re: ", lang="en-IE")
    return [p], eml, expk("needs_review", "Questions about a replaced item code and pack size; the date 11 Dec is conditional on our answer ('once you confirm'), so no line is committed.")


@case("vent-motors-one-of-three-pos", "confirmation/sv-SE",
      "Three open POs from the same supplier: the reply confirms one (week 51 = requested Friday, so accepted), only mentions another and ignores the third.")
def c028():
    s = sup("VAXTEK", "Växthusteknik Norden AB", "order@vaxthusteknik.example", "sv-SE")
    pa = po("4500219201", s, "sofia", "SEK", "2026-11-09", [
        ("VN-RM-24V", "Rack-and-pinion vent motor 24V DC, 600 mm stroke", 16, "EA", "2480.00", "2026-12-11"),
        ("VN-TH-15", "Thermostat controller 15A, 2-zone", 4, "EA", "1150.00", "2026-12-11")])
    pb = po("4500219236", s, "sofia", "SEK", "2026-11-13", [
        ("VN-GM-230", "Gear motor 230V AC, 3.5 Nm, ridge vent", 10, "EA", "3120.00", "2026-12-18"),
        ("VN-LS-12", "Limit switch kit 12 mm", 20, "SET", "190.00", "2026-12-18")])
    pc = po("4500219250", s, "sofia", "SEK", "2026-11-16", [
        ("VN-CB-2x15", "Cable 2x1.5 mm2, 100 m drum", 3, "ROL", "890.00", "2027-01-15")])
    body = """Hej Sofia,

Tack för ordern. Vi bekräftar 4500219236 enligt följande:

Rad 1 VN-GM-230: 10 st à 3\u00a0120,00 SEK, leverans v. 51
Rad 2 VN-LS-12: 20 set à 190,00 SEK, leverans v. 51

Order 4500219201 återkommer vi om separat, vi väntar fortfarande på motorerna från vår leverantör i Tyskland.

Med vänliga hälsningar
Erik Johansson
Innesälj
Växthusteknik Norden AB | Verkstadsgatan 6 | 261 51 Landskrona
Tel. 0418-55 12 30
"""
    eml = reply(pb, frm_name="Erik Johansson", frm_addr="erik.johansson@vaxthusteknik.example",
                w=when(2026, 11, 20, 8, 47, 1), body=body, cs="iso-8859-1", qlang="sv", prefix="SV: ",
                lang="sv-SE", contact="Erik")
    assert iso(kw_friday(2026, 51)) == "2026-12-18"
    return [pa, pb, pc], eml, expc("Only PO 4500219236 is answered: 'v. 51' = Friday 2026-12-18 = requested date and prices/quantities equal the PO, so both lines are accepted; PO 4500219201 is only mentioned ('återkommer separat') and 4500219250 not at all, so both are left out.",
                                   conf(pb, {1: acc(pb, 1), 2: acc(pb, 2)}))


@case("trawl-floats-plus-4-percent", "confirmation/da-DK",
      "Danish confirmation with a '+4 %' surcharge on all prices that must be applied to each PO unit price (60.32 and 4.42 DKK).")
def c029():
    s = sup("FISKFLY", "Fiskeri Flydere ApS", "salg@fiskeri-flydere.example", "da-DK")
    p = po("4500219263", s, "mikkel", "DKK", "2026-11-13", [
        ("FF-TF-200", "Trawl float 200 mm, 600 m depth rated, 3.5 kg uplift", 300, "PCS", "58.00", "2026-12-11"),
        ("FF-CF-0950", "Cork-type float 95x50 mm", 2000, "PCS", "4.25", "2026-12-11")])
    body = """Hej Mikkel

Tak for ordren 4500219263. Vi kan bekræfte begge linjer i de bestilte antal med levering 11.12.2026 som ønsket, dog med et tillæg på 4 % på alle priser pga. stigende råvarepriser (PVC og skum).

Venlig hilsen
Mette Sørensen
Salgsassistent
Fiskeri Flydere ApS | Havnevej 22 | 9850 Hirtshals
Tlf. +45 98 55 10 44
"""
    eml = reply(p, frm_name="Mette Sørensen", frm_addr="ms@fiskeri-flydere.example",
                w=when(2026, 11, 18, 13, 10, 1), body=body, cs="iso-8859-1", qlang="da", prefix="SV: ",
                lang="da-DK", contact="Mette")
    return [p], eml, expc("'tillæg på 4 %' applies to each PO unit price: 58.00 x 1.04 = 60.32 and 4.25 x 1.04 = 4.42; quantities and date 11.12.2026 as ordered.",
                          conf(p, {1: chg(p, 1, price="60.32"), 2: chg(p, 2, price="4.42")}))


@case("ski-jump-glide-per-can", "confirmation/nb-NO",
      "PO in litres, reply in 20-litre cans with a price per can: 12 cans x 20 L at kr 6 240,00 per can equals 240 L at 312.00/L, so everything is accepted.")
def c030():
    s = sup("HOPPBEL", "Hoppbakke Belegg AS", "ordre@hoppbakke-belegg.example", "nb-NO")
    p = po("4500219277", s, "mikkel", "NOK", "2026-11-13", [
        ("HB-GL-ICE", "Ice track glide coating, 2-comp, per litre", 240, "L", "312.00", "2026-12-11"),
        ("HB-CL-05", "Cleaner solvent, 5 L can", 20, "EA", "289.00", "2026-12-11")])
    body = """Hei Mikkel,

Bekrefter ordre 4500219277:

Linje 1: 12 spann à 20 liter (totalt 240 l), kr 6 240,00 per spann, levering fredag 11. desember.
Linje 2: 20 kanner à 5 l, kr 289,00 per kanne, levering fredag 11. desember.

Mvh
Ola Nordli
Hoppbakke Belegg AS
Industriveien 3, 2609 Lillehammer
tlf. 61 05 55 20
"""
    eml = reply(p, frm_name="Ola Nordli", frm_addr="ola@hoppbakke-belegg.example",
                w=when(2026, 11, 24, 9, 30, 1), body=body, client="gmail", quote="gt", contact="Ola",
                cs="UTF-8", prefix="Re: ")
    return [p], eml, expc("Line 1 is given in 20 L cans: 12 x 20 L = 240 L and kr 6 240,00 / 20 L = 312.00 NOK/L, both equal the PO; 'fredag 11. desember' = 2026-12-11 = requested; line 2 as ordered. All accepted.",
                          conf(p, {1: acc(p, 1), 2: acc(p, 2)}))


@case("stretchers-vko-50-one-discontinued", "confirmation/fi-FI",
      "Finnish 'toimitus vko 50' (week 50 without a day) for two lines and a discontinued third line that is rejected.")
def c031():
    s = sup("PAARIM", "Paarimestari Oy", "myynti@paarimestari.example", "fi-FI")
    p = po("4500219290", s, "dana", "EUR", "2026-11-16", [
        ("PM-ST-150", "Ambulance stretcher 150 kg, 2-stage, Q-lock", 4, "EA", "3950.00", "2026-12-18"),
        ("PM-MT-190", "Mattress 190x55 cm, 60 mm PU foam", 8, "EA", "185.00", "2026-12-18"),
        ("PM-BT-4", "Safety belt set 4-piece, buckle 50 mm", 8, "SET", "64.00", "2026-12-18")])
    body = """Hei Dana,

kiitos tilauksesta. Vahvistamme tilauksen 4500219290 seuraavasti (sorry for the Finnish, ask if unclear):

1. PM-ST-150 paarit, 4 kpl, 3 950,00 EUR/kpl, toimitus vko 50
2. PM-MT-190 patja, 8 kpl, 185,00 EUR/kpl, toimitus vko 50
3. PM-BT-4 turvavyösarja – tuote on poistunut valikoimasta, emme valitettavasti voi toimittaa.

Ystävällisin terveisin
Mikko Virtanen
Paarimestari Oy | Teollisuustie 14, 33470 Ylöjärvi
puh. +358 40 555 1290
"""
    eml = reply(p, frm_name="Mikko Virtanen", frm_addr="mikko.virtanen@paarimestari.example",
                w=when(2026, 11, 19, 14, 0, 2), body=body, cs="windows-1252", prefix="VS: ", lang="fi-FI",
                contact="Mikko")
    d = iso(kw_friday(2026, 50))
    return [p], eml, expc("'toimitus vko 50' = Friday of ISO week 50 = 2026-12-11 (earlier than requested 2026-12-18) for lines 1 and 2; line 3 discontinued ('emme voi toimittaa') = rejected.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: REJ}))


@case("xray-gloves-html-table", "confirmation/et-EE",
      "Answer given only as an Estonian HTML/plain table with comma decimals and dd.mm.yyyy dates, where one row differs in price and date.")
def c032():
    s = sup("KIIRGUS", "Kiirguskaitse OÜ", "muuk@kiirguskaitse.example", "et-EE")
    p = po("4500219304", s, "ines", "EUR", "2026-11-16", [
        ("KK-AP-035", "X-ray apron 0.35 mm Pb, vest+skirt, size L", 10, "SET", "420.00", "2026-12-11"),
        ("KK-GL-050", "X-ray gloves 0.5 mm Pb, size 8", 20, "PAIR", "95.00", "2026-12-11"),
        ("KK-HG-12", "Apron hanger 12 positions, wall mount", 2, "EA", "310.00", "2026-12-11")])
    rows = [("Rida", "Toode", "Kogus", "Ühik", "Hind EUR", "Tarne"),
            ("1", "KK-AP-035", "10", "kmpl", "420,00", "11.12.2026"),
            ("2", "KK-GL-050", "20", "paar", "98,50", "18.12.2026"),
            ("3", "KK-HG-12", "2", "tk", "310,00", "11.12.2026")]
    w_ = [max(len(r[i]) for r in rows) for i in range(6)]
    table = "\n".join("  ".join(c.ljust(w_[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    body = """Tere, Ines!

Kinnitame tellimuse 4500219304:

%s

Kinnaste hind on tõusnud tootja hinnatõusu tõttu.

Lugupidamisega
Kadri Tamm
Kiirguskaitse OÜ | Peterburi tee 46, 11415 Tallinn
+372 655 0182
""" % table
    th = "".join('<td style="border:1px solid #aaa;padding:3px"><b>%s</b></td>' % e(c) for c in rows[0])
    trs = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #aaa;padding:3px">%s</td>' % e(c) for c in r) for r in rows[1:])
    html = ('<div class="WordSection1"><p class="MsoNormal">Tere, Ines!</p><p class="MsoNormal">Kinnitame tellimuse 4500219304:</p>'
            '<table style="border-collapse:collapse"><tr>%s</tr>%s</table>'
            '<p class="MsoNormal">Kinnaste hind on tõusnud tootja hinnatõusu tõttu.</p>'
            '<p class="MsoNormal">Lugupidamisega<br>Kadri Tamm<br>Kiirguskaitse OÜ | Peterburi tee 46, 11415 Tallinn<br>+372 655 0182</p></div>') % (th, trs)
    eml = reply(p, frm_name="Kadri Tamm", frm_addr="kadri.tamm@kiirguskaitse.example",
                w=when(2026, 11, 23, 10, 0, 2), body=body, html_inner=html, cs="iso-8859-15", prefix="RE: ",
                lang="et-EE", contact="Kadri")
    return [p], eml, expc("Table answer: rows 1 and 3 repeat the PO (420,00 / 310,00, 11.12.2026); row 2 has 98,50 and 18.12.2026 instead of 95.00 and 2026-12-11.",
                          conf(p, {1: acc(p, 1), 2: chg(p, 2, price="98.50", d="2026-12-18"), 3: acc(p, 3)}))


@case("centrifuge-tubes-price-per-box", "confirmation/lt-LT",
      "PO priced per tube, reply priced per box of 50 or 25: 22,50/50 = 0.45 (changed) but 15,25/25 = 0.61 (unchanged).")
def c033():
    s = sup("LABTECH", "Laboratorinė Technika UAB", "pardavimai@labtechnika.example", "lt-LT")
    p = po("4500219318", s, "ines", "EUR", "2026-11-16", [
        ("LT-CT-15", "Centrifuge tube 15 ml, PP, graduated", 5000, "EA", "0.42", "2026-12-11"),
        ("LT-CT-50", "Centrifuge tube 50 ml, PP, skirted", 3000, "EA", "0.61", "2026-12-11")])
    body = """Laba diena,

patvirtiname užsakymą Nr. 4500219318:

1) LT-CT-15 – 100 dėžučių po 50 vnt. (iš viso 5000 vnt.), kaina 22,50 EUR už dėžutę, pristatymas 2026-12-11
2) LT-CT-50 – 120 dėžučių po 25 vnt. (iš viso 3000 vnt.), kaina 15,25 EUR už dėžutę, pristatymas 2026-12-11

Pagarbiai
Tomas Kazlauskas
Pardavimų vadybininkas
Laboratorinė Technika UAB | Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 0190
"""
    eml = reply(p, frm_name="Tomas Kazlauskas", frm_addr="tomas.k@labtechnika.example",
                w=when(2026, 11, 25, 11, 45, 2), body=body, cs="windows-1257", prefix="RE: ", lang="lt-LT",
                contact="Tomas")
    return [p], eml, expc("Prices are per box: 22,50 EUR / 50 = 0.45 EUR per tube (changed from 0.42); 15,25 EUR / 25 = 0.61 (equal); 100 x 50 = 5000 and 120 x 25 = 3000 tubes; ISO dates equal the PO.",
                          conf(p, {1: chg(p, 1, price="0.45"), 2: acc(p, 2)}))


@case("macrame-cord-two-batches", "confirmation/uk-UA",
      "Ukrainian windows-1251 reply splitting line 1 into two deliveries (60 + 40 coils) with dd.mm.yyyy dates; line 2 complete.")
def c034():
    s = sup("SHNURK", "Shnur-Karpaty LLC", "zbut@shnur-karpaty.example", "uk-UA")
    p = po("4500219331", s, "tomasz", "EUR", "2026-11-17", [
        ("SK-MC-04-200", "Macrame cord 4 mm, recycled cotton, 200 m, natural", 100, "ROL", "19.80", "2026-12-11"),
        ("SK-MC-06-100", "Macrame rope 6 mm 3-strand, 100 m, sage", 40, "ROL", "24.60", "2026-12-11")])
    body = """Добрий день, пане Томаше!

Підтверджуємо замовлення 4500219331.

Поз. 1 (SK-MC-04-200): 100 бухт по 19,80 EUR — відвантажимо двома партіями: 60 бухт з доставкою 11.12.2026, решту 40 бухт з доставкою 22.12.2026.
Поз. 2 (SK-MC-06-100): 40 бухт по 24,60 EUR, доставка 11.12.2026.

З повагою,
Оксана Коваленко
відділ збуту, ТОВ «Шнур-Карпати»
вул. Промислова 8, 79000 Львів
тел. +380 32 255 4410
"""
    eml = reply(p, frm_name="Оксана Коваленко", frm_addr="o.kovalenko@shnur-karpaty.example",
                w=when(2026, 11, 20, 12, 30, 2), body=body, cs="windows-1251", prefix="RE: ", lang="uk-UA",
                contact="Oksana")
    return [p], eml, expc("Line 1: two deliveries, 60 on 2026-12-11 and 40 on 2026-12-22 (last date 2026-12-22, total 100, price unchanged); line 2 as ordered.",
                          conf(p, {1: chg(p, 1, sched=[(60, "2026-12-11"), (40, "2026-12-22")]), 2: acc(p, 2)}))


@case("scaffold-couplers-ship-vs-delivery", "confirmation/ru-RU",
      "Russian KOI8-R reply with both a ship date (отгрузка 09.12.2026) and a delivery date (доставка 16.12.2026); the delivery date wins.")
def c035():
    s = sup("LESAHOM", "Lesa-Khomut LLC", "prodazhi@lesa-homut.example", "ru-RU")
    p = po("4500219345", s, "dana", "EUR", "2026-11-17", [
        ("LH-CL-4848", "Swivel coupler 48.3x48.3 mm, drop forged, EN 74", 2000, "PCS", "3.10", "2026-12-18"),
        ("LH-CL-4860", "Right-angle coupler 48.3/60.3 mm", 800, "PCS", "3.45", "2026-12-18"),
        ("LH-BP-150", "Base plate 150x150 mm, spigot 38 mm", 400, "PCS", "4.90", "2026-12-18")])
    body = """Добрый день, Дана!

По заказу 4500219345 подтверждаем все три позиции по ценам заказа.
Количество: поз. 1 - 2000 шт., поз. 2 - 800 шт., поз. 3 - 400 шт.
Отгрузка со склада в Санкт-Петербурге - 09.12.2026, доставка в Осло - 16.12.2026 (DAP).

С уважением,
Сергей Иванов
менеджер по экспорту
ООО "Леса-Хомут", г. Санкт-Петербург, Складской пр. 5
тел. +7 812 555-20-40
"""
    eml = reply(p, frm_name="Сергей Иванов", frm_addr="s.ivanov@lesa-homut.example",
                w=when(2026, 11, 23, 10, 10, 3), body=body, client="thunderbird", quote="gt", qlang="ru",
                html=False, cs="koi8-r", cte="8bit", prefix="Re: ", lang="ru-RU", contact="Sergey")
    d = "2026-12-16"
    return [p], eml, expc("Both a ship date (09.12.2026) and a delivery date (16.12.2026) are given; the delivery date wins, so all three lines are changed to 2026-12-16 with PO quantities and prices.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: chg(p, 3, d=d)}))


@case("falconry-gauntlets-hebrew-mix", "confirmation/he-IL",
      "Right-to-left Hebrew mixed with English and '$' prices, day-first dates 18/12/2026 and 11/12/2026 that differ per line.")
def c036():
    s = sup("YAENLTH", "Ya'en Leather Works Ltd.", "orders@yaen-leather.example", "he-IL")
    p = po("4500219358", s, "tomasz", "USD", "2026-11-17", [
        ("YL-FG-38", "Falconry gauntlet 38 cm, elk leather, double layer", 25, "PAIR", "72.00", "2026-12-11"),
        ("YL-FG-30K", "Kids falconry glove 30 cm, single layer", 15, "PAIR", "31.00", "2026-12-11")])
    body = """שלום Tomasz,

מאשרים את הזמנה 4500219358:
שורה 1 – 25 זוגות, 72.00$ לזוג, אספקה 18/12/2026 (העור מגיע מספק חדש)
שורה 2 – 15 זוגות, 31.00$ לזוג, אספקה 11/12/2026

Best regards / בברכה
נועה לוי | Noa Levi
Ya'en Leather Works Ltd. | רח' המלאכה 12, חולון
Tel. +972 3 555 8120
"""
    eml = reply(p, frm_name="Noa Levi", frm_addr="noa@yaen-leather.example",
                w=when(2026, 11, 19, 16, 48, 2), body=body, client="gmail", quote="gt", contact="Noa",
                cs="UTF-8", cte="base64", prefix="Re: ")
    return [p], eml, expc("Hebrew/English mix; day-first dates: line 1 delivery 18/12/2026 (later than requested), line 2 11/12/2026 = requested with the same quantity and price.",
                          conf(p, {1: chg(p, 1, d="2026-12-18"), 2: acc(p, 2)}))
