"""Chunk D: cases 46-62 (Nordic/Baltic/Eastern/Asian/Middle-East locales and more
non-confirmations)."""
from __future__ import annotations

import datetime as dt

from ailib import mime as M
from ailib.bounce import original_request, original_headers, report
from ailib.clients import (outlook_msg, gmail_msg, apple_msg, tb_msg, plain_msg, alt_msg, html_only_msg,
                           outlook_block, our_addr, mid_outlook, mid_gmail, mid_uuid, mid_plain)
from ailib.core import (case, po, supplier, rid, A, C, R, U, conf, expect, request_text, req_subject,
                        cw_fri, wd, per, times, pct, fmt_table)
from ailib.xlsx import make_xlsx


# ------------------------------------------------------------------ 46
@case("rockwool-m2-whole-packs-da", "confirmation/da-DK",
      "PO in m², supplier rounds to whole rolls (48 x 6,0 m² = 288 m²) and states a freight-free threshold; the other line's packs add up exactly.")
def c_rockwool_da():
    s = supplier("NORDISO", "Nordisk Isolering A/S", "ordre@nordisk-isolering.example", "da-DK")
    p = po("TPS-26-04806", s, "jonas", "2026-11-13", [
        ("NI-STENULD-RULLE-95", "Stenuldsrulle 95 mm, lambda 37", 280, "M2", "4.10", "2026-12-08"),
        ("NI-STENULD-BATTS-145", "Stenuldsbatts 145 mm, 565x1200 mm", 150, "M2", "7.85", "2026-12-08"),
    ])
    wd("2026-12-08", 1)
    reply = """Hej Jonas

Tak for ordren. Vi leverer kun hele pakker, så det bliver:

- Rulle 95 mm: 48 ruller à 6,0 m² = 288 m², 4,10 EUR/m²
- Batts 145 mm: 30 pakker à 5,0 m² = 150 m², 7,85 EUR/m²

Levering tirsdag d. 8. december som ønsket. Fragtfrit ved ordrer over 2.500 EUR.

Med venlig hilsen

Mette Kjærgaard
Ordrekontor
Nordisk Isolering A/S · Industrivej 27 · 7400 Herning · Tlf. 97 12 44 80"""
    date = M.mdate(2026, 11, 17, 9, 26, 51, "+0100")
    eml = outlook_msg(seed="c46", frm=M.addr("Mette Kjærgaard", "mette.kjaergaard@nordisk-isolering.example", "iso-8859-1", "Q"),
                      to=our_addr(p), subject="SV: " + req_subject(p), date=date, msgid=mid_outlook("c46"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "da", "14:12"),
                      quoted=request_text(p), cs="iso-8859-1", lang="DA", clang="da-DK")
    exp = expect("confirmation", "Line 1 rounded up to 288 m² (48 rolls of 6,0 m²); line 2 exactly 150 m²; Tue 8 Dec as requested.",
                 conf(p, {1: C(p, 1, quantity=288), 2: A(p, 2)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 47
@case("road-salt-uke-50-nb", "confirmation/nb-NO",
      "Norwegian 'levering uke 50' (Friday 11 Dec) for both lines, with a mention of last week's snowfall as the reason.")
def c_salt_nb():
    s = supplier("NORDSALT", "Nordsalt AS", "ordre@nordsalt.example", "nb-NO")
    p = po("TPS-26-04809", s, "sam", "2026-11-13", [
        ("NS-VEISALT-BB1000", "Veisalt, storsekk 1000 kg", 40, "T", "112.00", "2026-12-07"),
        ("NS-STROSAND-BB1000", "Strøsand 0-8 mm, storsekk 1000 kg", 20, "T", "48.00", "2026-12-07"),
    ])
    assert cw_fri(2026, 50) == "2026-12-11"
    reply = """Hei Sam,

Takk for bestillingen. Vi bekrefter:

- Veisalt: 40 storsekker à 1 tonn, 112,00 EUR/tonn, levering uke 50
- Strøsand 0-8: 20 storsekker à 1 tonn, 48,00 EUR/tonn, levering uke 50

Vi har dessverre ikke kapasitet før uke 50 på grunn av stor pågang etter snøfallet forrige uke.

Mvh
Kari Solheim
Nordsalt AS, Havnegata 4, 3044 Drammen
tlf. 32 20 71 55"""
    attr = "fre. 13. nov. 2026 kl. 12:44 skrev Sam Okafor <sam.okafor@tessera-procure.example>:"
    wd("2026-11-13", 4)
    date = M.mdate(2026, 11, 18, 7, 58, 30, "+0100")
    eml = gmail_msg(seed="c47", frm=M.addr("Kari Solheim", "kari@nordsalt.example"), to=our_addr(p),
                    subject="Sv: " + req_subject(p), date=date, msgid=mid_gmail("c47"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    d = cw_fri(2026, 50)
    exp = expect("confirmation", "uke 50 = Friday 2026-12-11 for both lines (requested 7 Dec); prices and quantities as ordered.",
                 conf(p, {1: C(p, 1, date=d), 2: C(p, 2, date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 48
@case("chainsaw-substitute-proposal-fi", "needs_review/fi-FI",
      "Finnish reply: one model discontinued, a successor offered at another price with 'sopiiko?', and the whole order confirmed only after our answer.")
def c_substitute_fi():
    s = supplier("METSAKONE", "Metsäkone Oy", "myynti@metsakone.example", "fi-FI")
    p = po("TPS-26-04813", s, "jonas", "2026-11-16", [
        ("MK-550XP-G-15", "Chainsaw 550 XP G, bar 15 in", 5, "EA", "789.00", "2026-12-10"),
        ("MK-KETJU-325-64", "Saw chain .325 in 1.5 mm, 64 links", 30, "EA", "21.90", "2026-12-10"),
        ("MK-VIILA-4.8", "Round file 4.8 mm, pack of 12", 10, "PAK", "27.00", "2026-12-10"),
    ])
    reply = """Hei Jonas,

kiitos tilauksesta TPS-26-04813.

Moottorisaha 550 XP G (15") on poistunut valmistajan mallistosta, eikä sitä ole enää saatavilla. Tilalle voimme tarjota seuraajamallin 550 XP Mark II G hintaan 829,00 € / kpl, toimitus viikolla 50.
Sopiiko tämä teille?

Ketjut ja viilat ovat varastossa. Vahvistamme koko tilauksen heti, kun saamme vastauksenne.

Ystävällisin terveisin
Antti Heikkinen
myyntipäällikkö
Metsäkone Oy | Teollisuustie 9, 40320 Jyväskylä | puh. 020 741 8830"""
    date = M.mdate(2026, 11, 18, 13, 7, 41, "+0200")
    eml = outlook_msg(seed="c48", frm=M.addr("Antti Heikkinen", "antti.heikkinen@metsakone.example"), to=our_addr(p),
                      subject="VS: " + req_subject(p), date=date, msgid=mid_outlook("c48"), irt=rid(p), refs=rid(p),
                      reply=reply, hdr_block=outlook_block(p, "fi", "08:35"), quoted=request_text(p),
                      cs="iso-8859-15", lang="FI", clang="fi-FI")
    exp = expect("needs_review",
                 "Substitute offered with a question; 'in stock' is not a commitment and the supplier explicitly waits for our answer before confirming.")
    return [p], eml, exp


# ------------------------------------------------------------------ 49
@case("linen-full-rolls-et", "confirmation/et-EE",
      "Estonian reply rounding metres up to full 50 m rolls (320 m -> 350 m); the other line is already a multiple of 50.")
def c_linen_et():
    s = supplier("TEKSTIIL", "Tekstiilimaailm OÜ", "myyk@tekstiilimaailm.example", "et-EE")
    p = po("TPS-26-04775", s, "lena", "2026-11-12", [
        ("TM-LINANE-150-NAT", "Linen fabric 150 cm, natural, roll 50 m", 320, "M", "8.60", "2026-12-14"),
        ("TM-PUUVILL-160-VALGE", "Cotton canvas 160 cm, white, roll 50 m", 200, "M", "5.20", "2026-12-14"),
    ])
    reply = """Tere, Lena!

Kinnitame tellimuse TPS-26-04775:

- linane kangas 150 cm: müüme ainult täisrullides (50 m), seega 7 rulli = 350 m, hind 8,60 €/m;
- puuvillane lõuend 160 cm: 200 m (4 rulli), 5,20 €/m.

Tarne 14.12.2026, DAP Tallinn.

Lugupidamisega
Kadri Tamm
Tekstiilimaailm OÜ | Peterburi tee 71, 11415 Tallinn | +372 605 2210"""
    date = M.mdate(2026, 11, 16, 12, 2, 15, "+0200")
    wd("2026-11-12", 3)
    attr = "12.11.2026 10:18 kirjutas Lena Brandt:"
    eml = tb_msg(seed="c49", frm=M.addr("Kadri Tamm", "kadri.tamm@tekstiilimaailm.example"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c49", "tekstiilimaailm.example"),
                 irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p),
                 cs="ISO-8859-15", cte="quoted-printable", lang="et")
    exp = expect("confirmation", "Linen rounded to 350 m (7 full rolls); canvas as ordered; 14.12.2026 as requested.",
                 conf(p, {1: C(p, 1, quantity=350), 2: A(p, 2)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 50
@case("dairy-lt-price-per-piece-reject", "confirmation/lt-LT",
      "Lithuanian windows-1257 reply: butter priced per piece for a PO per carton of 40, one pack size no longer produced, ISO dates.")
def c_dairy_lt():
    s = supplier("PIENOSLENIS", "Pieno Slėnis UAB", "uzsakymai@pieno-slenis.example", "lt-LT")
    p = po("TPS-26-04779", s, "priya", "2026-11-12", [
        ("PS-SVIESTAS-82-200", "Butter 82 % 200 g, carton of 40", 30, "CTN", "88.00", "2026-12-03"),
        ("PS-SURIS-GOUDA", "Gouda cheese block approx. 3 kg", 60, "KG", "6.40", "2026-12-03"),
        ("PS-GRIETINELE-30-1L", "Cream 30 % 1 L, carton of 12", 20, "CTN", "31.20", "2026-12-03"),
    ])
    wd("2026-12-03", 3)
    reply = """Laba diena, Priya,

patvirtiname užsakymą TPS-26-04779:

1. Sviestas 82 % 200 g – 30 dėžių po 40 vnt., kaina 2,25 EUR/vnt. (nuo lapkričio 1 d. naujas kainoraštis);
2. Sūris Gouda – 60 kg, 6,40 EUR/kg;
3. Grietinėlė 30 % 1 l – šiuo metu 1 l pakuotės nebegaminame (tik 0,5 l), todėl šios eilutės patvirtinti negalime.

Pristatymas 2026-12-03 (ketvirtadienis).

Pagarbiai
Rasa Petrauskienė
Pardavimų skyrius, Pieno Slėnis UAB
Pramonės g. 15, LT-35100 Panevėžys | tel. +370 45 508 212"""
    date = M.mdate(2026, 11, 13, 10, 44, 2, "+0200")
    eml = gmail_msg(seed="c50", frm=M.addr("Rasa Petrauskienė", "uzsakymai@pieno-slenis.example", "windows-1257"),
                    to=our_addr(p), subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c50"), irt=rid(p),
                    refs=rid(p), reply=reply, attr="2026-11-12, kt 09:05 Priya Nair <priya.nair@tessera-procure.example> rašė:",
                    quoted=request_text(p), cs="windows-1257", cte="quoted-printable")
    exp = expect("confirmation", "Butter 2,25/piece x 40 = 90.00 per carton; cheese as ordered; 1 L cream no longer produced -> rejected.",
                 conf(p, {1: C(p, 1, price=times("2.25", 40)), 2: A(p, 2), 3: R}))
    return [p], eml, exp


# ------------------------------------------------------------------ 51
@case("plasterboard-price-per-m2-lv", "confirmation/lv-LV",
      "Latvian reply pricing plasterboard per m² while the PO is per sheet of 3,00 m² (one price up, one down); date as '2026. gada 9. decembrī'.")
def c_plaster_lv():
    s = supplier("GIPSKARTONS", "Ģipškartons Rīga SIA", "pasutijumi@gipskartons-riga.example", "lv-LV")
    p = po("TPS-26-04783", s, "jonas", "2026-11-12", [
        ("GR-GKB-12.5-1200x2500", "Plasterboard GKB 12.5 mm, 1200x2500 mm (3.00 m2)", 200, "SHT", "7.20", "2026-12-09"),
        ("GR-GKBI-12.5-1200x2500", "Moisture-resistant plasterboard GKBI 12.5 mm, 1200x2500 mm (3.00 m2)", 80, "SHT", "10.30", "2026-12-09"),
    ])
    reply = """Labdien, Jonas!

Paldies par pasūtījumu TPS-26-04783. Apstiprinām:

- GKB 12,5 mm 1200x2500: 200 loksnes (600 m²), cena 2,45 EUR/m²;
- GKBI 12,5 mm 1200x2500: 80 loksnes (240 m²), cena 3,40 EUR/m².

Piegāde 2026. gada 9. decembrī. Cenas norādītas bez PVN.

Ar cieņu
Ilze Bērziņa
Pārdošanas nodaļa, Ģipškartons Rīga SIA
Krasta iela 52, Rīga, LV-1019 | tālr. +371 6710 4482"""
    date = M.mdate(2026, 11, 16, 15, 20, 3, "+0200")
    eml = tb_msg(seed="c51", frm=M.addr("Ilze Bērziņa", "ilze.berzina@gipskartons-riga.example", "windows-1257"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c51", "gipskartons-riga.example"),
                 irt=rid(p), refs=rid(p), reply=reply, attr="12.11.2026 11:03, Jonas Weller rakstīja:", quoted=request_text(p),
                 cs="windows-1257", cte="quoted-printable", lang="lv")
    exp = expect("confirmation", "Per-m² prices x 3,00 m² per sheet: 7.35 (PO 7.20) and 10.20 (PO 10.30); 9 Dec as requested.",
                 conf(p, {1: C(p, 1, price=times("2.45", 3)), 2: C(p, 2, price=times("3.40", 3))}))
    return [p], eml, exp


# ------------------------------------------------------------------ 52
@case("walnuts-almonds-bg-cp1251", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply: almonds re-priced per kg for a PO per 10 kg carton, 'до 18.12.' without year, and a best-before date 30.09.2027.")
def c_nuts_bg():
    s = supplier("TRAKIA", "Orehi Trakia EOOD", "office@orehi-trakia.example", "bg-BG")
    p = po("TPS-26-04787", s, "lena", "2026-11-12", [
        ("OT-OREH-LIGHT-10", "Walnut kernels light halves, carton 10 kg", 40, "CTN", "98.00", "2026-12-18"),
        ("OT-BADEM-BL-10", "Almonds blanched, carton 10 kg", 25, "CTN", "86.00", "2026-12-18"),
    ])
    reply = """Здравейте, г-жо Брандт,

Потвърждаваме поръчка TPS-26-04787:

1. Орехови ядки, светли половинки – 40 кашона по 10 кг, 98,00 € на кашон.
2. Бадеми бланширани – 25 кашона по 10 кг, цена 9,20 €/кг поради по-високата цена на суровината.

Доставка до 18.12. Срок на годност на партидата: 30.09.2027.

Поздрави,
Стефан Димитров
Търговски отдел
„Орехи Тракия“ ЕООД, гр. Пловдив, ул. „Кукленско шосе“ 17
тел. 032 604 118"""
    date = M.mdate(2026, 11, 17, 11, 11, 11, "+0200")
    eml = outlook_msg(seed="c52", frm=M.addr("Стефан Димитров", "s.dimitrov@orehi-trakia.example", "windows-1251"),
                      to=our_addr(p), subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c52"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "bg", "10:40"),
                      quoted=request_text(p), cs="windows-1251", lang="BG", clang="bg-BG")
    exp = expect("confirmation", "Walnuts as ordered; almonds 9,20/kg = 92.00 per carton; 18.12. -> 2026-12-18; 30.09.2027 is shelf life.",
                 conf(p, {1: A(p, 1), 2: C(p, 2, price=times("9.20", 10))}))
    return [p], eml, exp


# ------------------------------------------------------------------ 53
@case("forestry-ppe-koi8u-split", "confirmation/uk-UA",
      "Ukrainian KOI8-U reply: boots split 8 now / 4 shipped 12 January (no year), gloves re-priced; dates written in words.")
def c_ppe_ua():
    s = supplier("KARPATY", "TOV Lisotekhnika Karpaty", "sales@lisotekhnika.example", "uk-UA")
    p = po("TPS-26-04791", s, "sam", "2026-11-12", [
        ("LK-SHTANY-KL1-52", "Chainsaw protective trousers class 1, size 52", 20, "EA", "89.00", "2026-12-15"),
        ("LK-CHOBOTY-KL2-43", "Chainsaw protective boots class 2, size 43", 12, "EA", "145.00", "2026-12-15"),
        ("LK-RUKAVYCHKY-L", "Chainsaw protective gloves, size L", 40, "EA", "24.50", "2026-12-15"),
    ])
    reply = """Добрий день, пане Окафор!

Дякуємо за замовлення TPS-26-04791. Підтверджуємо:

1. Захисні штани, клас 1, розмір 52 - 20 шт. по 89,00 EUR, доставка 15 грудня.
2. Захисні черевики, клас 2, розмір 43 - зараз на складі лише 8 пар, вони будуть у вас 15 грудня; решту 4 пари відвантажимо 12 січня.
3. Захисні рукавиці, розмір L - 40 пар, ціна 26,00 EUR за пару (нова партія).

З повагою,
Олена Шевчук
Відділ продажу
ТОВ "Лісотехніка Карпати", м. Івано-Франківськ
тел. +380 342 55 71 09"""
    attr = "12.11.2026 о 15:20 Sam Okafor пише:"
    date = M.mdate(2026, 11, 18, 9, 14, 37, "+0200")
    eml = tb_msg(seed="c53", frm=M.addr("Олена Шевчук", "o.shevchuk@lisotekhnika.example", "koi8-u"), to=our_addr(p),
                 subject=M.subj("Re: Purchase order TPS-26-04791 - підтвердження", "koi8-u"), date=date,
                 msgid=mid_uuid("c53", "lisotekhnika.example"), irt=rid(p), refs=rid(p), reply=reply, attr=attr,
                 quoted=request_text(p), cs="KOI8-U", cte="8bit", lang="uk")
    exp = expect("confirmation",
                 "Trousers as ordered; boots 8 on 2026-12-15 + 4 shipped 2027-01-12 (January without year -> 2027, ship date only); gloves 26,00.",
                 conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-12", schedule=[(8, "2026-12-15"), (4, "2027-01-12")]),
                          3: C(p, 3, price="26.00")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 54
@case("aero-sealant-euckr-split", "confirmation/ko-KR",
      "Korean EUC-KR reply: sealant split 40/20 with a January 2027 date, a third line never mentioned, and shelf life 'nine months from manufacture' as a distractor.")
def c_sealant_ko():
    s = supplier("HANBIT", "Hanbit Aero Materials Co., Ltd.", "export@hanbit-aero.example", "ko-KR")
    p = po("TPS-26-04797", s, "sam", "2026-11-13", [
        ("HB-SEAL-PR1776-B2", "Sealant PR-1776M B2, 6 oz cartridge", 60, "EA", "38.00", "2026-12-16"),
        ("HB-TAPE-PTFE-1IN", "PTFE tape 1 in x 36 yd", 100, "RL", "14.20", "2026-12-16"),
        ("HB-LOCKWIRE-032", "Lockwire 0.032 in, stainless, 1 lb spool", 10, "SPL", "36.00", "2026-12-16"),
    ], currency="USD")
    reply = """안녕하세요, Sam Okafor 님.
한빛항공소재 해외영업팀 김민수입니다.

발주서 TPS-26-04797 확인하였습니다.

1. 실런트 PR-1776M B2: 60개 중 40개는 12월 16일 납품, 나머지 20개는 2027년 1월 13일 납품 예정입니다. (유효기간: 제조일로부터 9개월)
2. PTFE 테이프 1인치: 100롤, 단가 USD 14.20, 12월 16일 납품.

단가는 발주서와 동일합니다.
감사합니다.

김민수 드림
한빛항공소재(주) 해외영업팀
경상남도 사천시 사남면 공단1로 48
Tel. 055-852-3370"""
    date = M.mdate(2026, 11, 19, 17, 5, 9, "+0900")
    eml = outlook_msg(seed="c54", frm=M.addr("김민수", "ms.kim@hanbit-aero.example", "euc-kr"), to=our_addr(p),
                      subject=M.subj("RE: " + req_subject(p), "euc-kr"), date=date, msgid=mid_outlook("c54", "kornprd01"),
                      irt=rid(p), refs=rid(p), reply=reply,
                      hdr_block=[("보낸 사람:", "Sam Okafor <sam.okafor@tessera-procure.example>"),
                                 ("보낸 날짜:", "2026년 11월 13일 금요일 오후 6:40"),
                                 ("받는 사람:", "export@hanbit-aero.example"), ("제목:", req_subject(p))],
                      quoted=request_text(p), cs="euc-kr", cte="base64", lang="KO", clang="ko-KR")
    wd("2026-11-13", 4)
    exp = expect("confirmation", "Sealant 40 on 2026-12-16 and 20 on 2027-01-13; tape as ordered; lockwire (line 3) not mentioned -> unconfirmed. '9개월' is shelf life; the generic 'prices as PO' sentence does not commit line 3.",
                 conf(p, {1: C(p, 1, date="2027-01-13", schedule=[(40, "2026-12-16"), (20, "2027-01-13")]), 2: A(p, 2), 3: U}))
    return [p], eml, exp


# ------------------------------------------------------------------ 55
@case("dried-mango-thai-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply with Buddhist-era years (12 ม.ค. 2570 = 12 Jan 2027) and a price per kg for a PO per 10 kg carton.")
def c_mango_th():
    s = supplier("SIAMDRIED", "Siam Dried Fruit Co., Ltd.", "export@siamdriedfruit.example", "th-TH")
    p = po("TPS-26-04800", s, "lena", "2026-11-13", [
        ("SDF-MANGO-10", "Dried mango slices, carton 10 kg", 50, "CTN", "58.00", "2027-01-15"),
        ("SDF-PINEAPPLE-10", "Dried pineapple rings, carton 10 kg", 30, "CTN", "44.00", "2027-01-15"),
    ], currency="USD")
    assert 2570 - 543 == 2027 and 2569 - 543 == 2026
    reply = """Dear Khun Lena,

เรียน คุณ Lena

ขอบคุณสำหรับใบสั่งซื้อเลขที่ TPS-26-04800 บริษัทฯ ขอยืนยันรายการดังนี้

1. มะม่วงอบแห้ง 50 กล่อง (กล่องละ 10 กก.) ราคา 58.00 USD ต่อกล่อง
2. สับปะรดอบแห้ง 30 กล่อง ราคา 4.60 USD ต่อ กก. (ราคาวัตถุดิบปรับขึ้น)

สินค้าจะถึงคลังสินค้าของท่านวันที่ 12 ม.ค. 2570
เรือออกจากท่าเรือแหลมฉบังวันที่ 10 ธ.ค. 2569

ขอแสดงความนับถือ
สมศรี วงศ์ใหญ่
ฝ่ายส่งออก บริษัท สยามผลไม้อบแห้ง จำกัด
โทร. 02-319-4471"""
    date = M.mdate(2026, 11, 18, 14, 33, 56, "+0700")
    eml = tb_msg(seed="c55", frm=M.addr("Somsri Wongyai", "export@siamdriedfruit.example"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c55", "siamdriedfruit.example"),
                 irt=rid(p), refs=rid(p), reply=reply, attr="On 13/11/2569 16:02, Lena Brandt wrote:",
                 quoted=request_text(p), cs="TIS-620", cte="base64", lang="th", flowed=False)
    d = "2027-01-12"
    exp = expect("confirmation", "B.E. 2570 = 2027: arrival 2027-01-12 (sailing 10 Dec 2569 = 2026 is shipping); pineapple 4.60/kg = 46.00 per carton.",
                 conf(p, {1: C(p, 1, date=d), 2: C(p, 2, price=times("4.60", 10), date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 56
@case("hip-implants-hebrew-lots", "confirmation/he-IL",
      "Hebrew right-to-left reply with lot numbers, an expiry 08/2031 and a liner size 52/32 that looks like a date; liners come a week later.")
def c_implants_he():
    s = supplier("ORTHOMED", "Ortho-Med Ltd.", "orders@ortho-med.example", "he-IL")
    p = po("TPS-26-04805", s, "dana", "2026-11-13", [
        ("OMD-HIP-STEM-12", "Hip stem cementless, size 12, sterile", 4, "EA", "1180.00", "2026-12-02"),
        ("OMD-HIP-CUP-52", "Acetabular cup 52 mm, sterile", 4, "EA", "890.00", "2026-12-02"),
        ("OMD-LINER-52-32", "Polyethylene liner 52/32 mm, sterile", 4, "EA", "340.00", "2026-12-02"),
    ], currency="USD")
    wd("2026-12-02", 2)
    wd("2026-12-09", 2)
    reply = """שלום דנה,

אנו מאשרים את הזמנה TPS-26-04805 במחירים לפי ההזמנה:

- גבעול ירך מס' 12 – 4 יח' (אצווה L26-3381, תוקף 08/2031) – אספקה ביום רביעי 2.12.2026
- כוס אצטבולרית 52 מ"מ – 4 יח' – אספקה ביום רביעי 2.12.2026
- ליינר פוליאתילן 52/32 – 4 יח' – יסופקו ביום רביעי שלאחר מכן, 9.12.2026

בברכה,
מיכל לוי
שירות לקוחות, אורתו-מד בע"מ
רח' המלאכה 8, קיסריה | טל' 04-6270-315"""
    rh = '<div dir="rtl">' + M.html_lines(reply) + "</div>"
    attr = "בתאריך יום ו׳, 13 בנוב׳ 2026 ב-9:30 מאת Dana Ruiz <dana.ruiz@tessera-procure.example>:"
    date = M.mdate(2026, 11, 16, 10, 22, 40, "+0200")
    eml = gmail_msg(seed="c56", frm=M.addr("מיכל לוי", "orders@ortho-med.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c56"), irt=rid(p), refs=rid(p),
                    reply=reply, reply_html=rh, attr=attr, quoted=request_text(p), cs="UTF-8", cte="base64")
    exp = expect("confirmation", "Stems and cups as ordered (2.12.2026); liners 9.12.2026. 08/2031 is expiry, 52/32 a size.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, date="2026-12-09")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 57
@case("event-tent-dubai-arabic", "confirmation/ar-AE",
      "Arabic windows-1256 reply: set-up the day before the requested date for all rental lines and a carpet price change; tent size 10x30 looks numeric.")
def c_tent_ar():
    s = supplier("GOLDENTENT", "Golden Tent Rentals LLC", "bookings@goldentent.example", "ar-AE")
    p = po("TPS-26-04808", s, "priya", "2026-11-13", [
        ("GT-TENT-10x30-AC", "Air-conditioned event tent 10x30 m, 3-day rental", 1, "EA", "14500.00", "2026-12-01"),
        ("GT-CHAIR-VIP", "VIP chair rental, 3 days", 300, "EA", "6.50", "2026-12-01"),
        ("GT-CARPET-M2", "Carpet flooring rental, 3 days", 300, "M2", "4.00", "2026-12-01"),
    ], currency="USD")
    wd("2026-11-30", 0)
    reply = """السيدة بريا المحترمة،

تحية طيبة وبعد،

نؤكد لكم طلب الشراء رقم TPS-26-04808 كالتالي:

1- الخيمة المكيفة 10x30 م: التركيب والتسليم يوم الاثنين 30/11/2026 (قبل الفعالية بيوم واحد).
2- كراسي VIP عدد 300: بسعر 6.50 دولار، يتم تسليمها مع الخيمة يوم 30/11/2026.
3- أرضية السجاد 300 م2: السعر 4.50 دولار للمتر المربع، التسليم 30/11/2026.

وتفضلوا بقبول فائق الاحترام،
خالد المنصوري
قسم الحجوزات - شركة الخيمة الذهبية لتأجير الخيام
دبي، المنطقة الصناعية القوز 3 - هاتف 04 347 8810"""
    html = M.simple_html('<div dir="rtl" style="font-family:Tahoma">' + M.html_lines(reply) + "</div>", cs="windows-1256")
    date = M.mdate(2026, 11, 17, 10, 5, 2, "+0400")
    eml = alt_msg(seed="c57", frm=M.addr("خالد المنصوري", "bookings@goldentent.example", "windows-1256"), to=our_addr(p),
                  subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c57", "eurprd08"), irt=rid(p),
                  refs=rid(p), plain=reply, html=html, cs="windows-1256", cte="quoted-printable", style="outlook")
    d = "2026-11-30"
    exp = expect("confirmation", "All lines set up/delivered Mon 30/11/2026 (one day before the requested 1 Dec); carpet 4.50 instead of 4.00.",
                 conf(p, {1: C(p, 1, date=d), 2: C(p, 2, date=d), 3: C(p, 3, price="4.50", date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 58
@case("filters-contradictory-dates-it", "needs_review/it-IT",
      "The reply confirms delivery on 10/12 and, two paragraphs later, says the goods are available only from 17/12; a careful buyer must ask.")
def c_contradict_it():
    s = supplier("FILTRIPADANA", "Filtri Padana S.p.A.", "ordini@filtripadana.example", "it-IT")
    p = po("TPS-26-04771", s, "priya", "2026-11-11", [
        ("FP-TASCHE-F7-592", "Filtro a tasche F7 592x592x600 mm, 8 tasche", 36, "EA", "31.50", "2026-12-10"),
        ("FP-PANNELLO-G4-592", "Prefiltro pannello G4 592x592x48 mm", 72, "EA", "7.90", "2026-12-10"),
        ("FP-MEDIA-G3-ROT", "Media filtrante G3 in rotolo 2x20 m, sacco", 5, "BAG", "64.00", "2026-12-10"),
    ])
    reply = """Buongiorno,

confermiamo il Vs. ordine TPS-26-04771 con consegna il 10/12, prezzi come da ordine.

I filtri a tasche F7 sono in produzione questa settimana, i pannelli G4 e il media in rotolo sono a magazzino.

Vi segnaliamo comunque che, per la chiusura dello stabilimento per inventario, la merce sarà disponibile per la consegna solo a partire dal 17/12.

Cordiali saluti
Ufficio Commerciale
Filtri Padana S.p.A. - Via dell'Artigianato 22 - 46100 Mantova
Tel. 0376 370 411"""
    date = M.mdate(2026, 11, 16, 11, 50, 8, "+0100")
    eml = outlook_msg(seed="c58", frm=M.addr("Ufficio Commerciale Filtri Padana", "ordini@filtripadana.example"),
                      to=our_addr(p), subject="R: " + req_subject(p), date=date, msgid=mid_outlook("c58"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "it", "09:30"),
                      quoted=request_text(p), lang="IT", clang="it-IT", cs="iso-8859-1")
    exp = expect("needs_review", "Contradiction: 'consegna il 10/12' vs 'disponibile solo a partire dal 17/12' for the same goods; cannot tell which date is committed.")
    return [p], eml, exp


# ------------------------------------------------------------------ 59
@case("filament-shared-inbox-received", "auto_reply/es-ES",
      "Shared order mailbox auto-acknowledgment 'hemos recibido su correo' with office hours and a 24/48 h response time.")
def c_inbox_es():
    s = supplier("LEVANTE3D", "Plásticos Levante 3D S.L.", "pedidos@levante3d.example", "es-ES")
    p = po("TPS-26-04816", s, "sam", "2026-11-16", [
        ("L3D-PLA-175-BL-1K", "Filamento PLA 1,75 mm blanco, bobina 1 kg", 150, "SPL", "13.40", "2026-12-04"),
        ("L3D-TPU-175-NG-1K", "Filamento TPU 95A 1,75 mm negro, bobina 1 kg", 40, "SPL", "27.80", "2026-12-04"),
    ])
    body = """Estimado/a cliente:

Hemos recibido su correo en el buzón de pedidos de Plásticos Levante 3D. Este es un mensaje automático, por favor no responda al mismo.

Su solicitud será atendida por nuestro equipo comercial en un plazo máximo de 24/48 horas laborables.

Horario de atención: lunes a jueves de 8:00 a 17:30 h, viernes de 8:00 a 14:00 h.

Atentamente,
Plásticos Levante 3D S.L.
Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 31 - 46988 Paterna (Valencia)"""
    date = M.mdate(2026, 11, 16, 18, 40, 3, "+0100")
    eml = plain_msg(seed="c59", frm=M.addr("Pedidos Levante 3D", "pedidos@levante3d.example"), to=our_addr(p),
                    subject=M.subj("Hemos recibido su correo: " + req_subject(p)), date=date,
                    msgid=mid_plain("c59", "levante3d.example", "autoack."), irt=rid(p), refs=rid(p),
                    body_text=body, cs="iso-8859-1", cte="quoted-printable",
                    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    exp = expect("auto_reply", "Shared-inbox receipt only.")
    return [p], eml, exp


# ------------------------------------------------------------------ 60
@case("vaccine-carriers-gbk-ooo", "auto_reply/zh-CN",
      "Chinese GBK out-of-office ('自动回复') with travel dates and a colleague's contact; Chinese date forms without a year.")
def c_ooo_zh():
    s = supplier("QDCOLD", "Qingdao Coldchain Box Co., Ltd.", "sales@qd-coldchain.example", "zh-CN")
    p = po("TPS-26-04817", s, "chen", "2026-11-16", [
        ("QD-VC-1.7L", "Vaccine carrier 1.7 L, PQS E004", 200, "EA", "21.60", "2027-01-20"),
        ("QD-CB-22L", "Cold box 22 L, 5-day cold life", 40, "EA", "118.00", "2027-01-20"),
    ], currency="USD")
    body = """您好！

我于11月16日至11月22日在广州参加展会，期间邮件回复可能延迟。
订单及交期事宜请联系同事王丽女士：wangli@qd-coldchain.example，电话 0532-8096 3321。

谢谢！
张伟
青岛冷链箱包有限公司 外贸部"""
    date = M.mdate(2026, 11, 16, 9, 3, 11, "+0800")
    eml = plain_msg(seed="c60", frm=M.addr("张伟", "zhangwei@qd-coldchain.example", "gbk"), to=our_addr(p),
                    subject=M.subj("自动回复: " + req_subject(p), "gbk"), date=date,
                    msgid=mid_plain("c60", "qd-coldchain.example", "auto."), irt=rid(p), refs=rid(p), body_text=body,
                    cs="GBK", cte="base64", extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server")])
    exp = expect("auto_reply", "Chinese OOO (trade fair); no order content.")
    return [p], eml, exp


# ------------------------------------------------------------------ 61
@case("screws-german-ndr-unzustellbar", "bounce/de-DE",
      "German Exchange NDR 'Unzustellbar' (5.1.10 recipient not found) from the supplier's server, with our request attached as a message.")
def c_ndr_de():
    s = supplier("ROEHRIG", "Schrauben Röhrig GmbH & Co. KG", "auftrag@schrauben-roehrig.example", "de-DE")
    p = po("TPS-26-04819", s, "jonas", "2026-11-17", [
        ("SR-DIN571-10x80-E100", "Sechskant-Holzschraube DIN 571 10x80, Eimer 100 Stk", 30, "TUB", "18.90", "2026-12-11"),
        ("SR-DIN9021-M10-E250", "Unterlegscheibe DIN 9021 M10, Eimer 250 Stk", 20, "TUB", "9.40", "2026-12-11"),
    ])
    od = M.mdate(2026, 11, 17, 8, 12, 45, "+0100")
    rcpt = p["supplier"]["email"]
    text_ = f"""Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

{rcpt}
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk.

Diagnoseinformationen für Administratoren:

Generierender Server: EX01.schrauben-roehrig.local

{rcpt}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    html = M.simple_html("<p><b>Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:</b></p>"
                         f'<p><a href="mailto:{rcpt}">{rcpt}</a><br>Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.</p>'
                         "<p>Diagnoseinformationen für Administratoren:<br>Generierender Server: EX01.schrauben-roehrig.local<br>"
                         f"{rcpt}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>",
                         cs="iso-8859-1")
    alt = M.multipart("alternative", "_000_EX01schraubenroehriglocal_",
                      [M.text(text_, "plain", "iso-8859-1", "quoted-printable"),
                       M.text(html, "html", "iso-8859-1", "quoted-printable")])
    status = M.delivery_status(
        [("Reporting-MTA", "dns;EX01.schrauben-roehrig.local"), ("Received-From-MTA", "dns;mx01.schrauben-roehrig.example"),
         ("Arrival-Date", od)],
        [[("Final-Recipient", f"rfc822;{rcpt}"), ("Action", "failed"), ("Status", "5.1.10"),
          ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]])
    root = report("_001_EX01schraubenroehriglocal_", alt, status, M.rfc822(original_request(p, od)))
    date = M.mdate(2026, 11, 17, 8, 12, 58, "+0100")
    hdr = [("From", "postmaster@schrauben-roehrig.example"), ("To", M.addr(p["buyer"]["name"], p["buyer"]["email"])),
           ("Subject", M.subj("Unzustellbar: " + req_subject(p))), ("Date", date),
           ("Message-ID", "<0c3b9f0a2e1d4c8b9a7f6e5d4c3b2a19@EX01.schrauben-roehrig.local>"),
           ("In-Reply-To", rid(p)), ("References", rid(p)), ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE")]
    eml = M.build(hdr, root)
    exp = expect("bounce", "Exchange NDR in German; recipient not found.")
    return [p], eml, exp


# ------------------------------------------------------------------ 62
@case("cable-ties-price-list-2027-xlsx", "unrelated/pl-PL",
      "A 2027 price list (XLSX, prices per 1000 pieces, valid from 01.01.2027) for the same items as the open PO, without answering it.")
def c_pricelist_pl():
    s = supplier("OPASKIPLAST", "Opaski-Plast Sp. z o.o.", "biuro@opaski-plast.example", "pl-PL")
    p = po("TPS-26-04804", s, "mira", "2026-11-13", [
        ("OP-200x4.8-CZ", "Cable tie 200x4.8 mm black, bag of 100", 100, "BAG", "3.60", "2026-12-04"),
        ("OP-370x4.8-CZ", "Cable tie 370x4.8 mm black, bag of 100", 50, "BAG", "6.90", "2026-12-04"),
    ])
    rows = [["Cennik hurtowy 2027 - ważny od 01.01.2027 do 31.12.2027", None, None, None, None],
            ["Indeks", "Opis", "Opak. (szt.)", "Cena netto EUR / 1000 szt.", "Ważny od"],
            ["OP-200x4.8-CZ", "Opaska kablowa 200x4,8 czarna", 100, 37.5, dt.date(2027, 1, 1)],
            ["OP-370x4.8-CZ", "Opaska kablowa 370x4,8 czarna", 100, 72.0, dt.date(2027, 1, 1)],
            ["OP-300x3.6-BI", "Opaska kablowa 300x3,6 biała", 100, 31.9, dt.date(2027, 1, 1)],
            ["OP-150x2.5-UV", "Opaska kablowa 150x2,5 UV", 100, 12.4, dt.date(2027, 1, 1)],
            [None, None, None, None, None],
            ["Warunki: dostawa DAP od 1500 EUR netto, płatność 30 dni od daty faktury.", None, None, None, None]]
    xlsx = make_xlsx([("Cennik 2027", rows)])
    body = """Szanowni Państwo,

w załączeniu przesyłamy nasz cennik hurtowy na rok 2027, obowiązujący od 01.01.2027.
Zamówienia złożone do 18.12.2026 realizujemy jeszcze po cenach z 2026 roku.

Z poważaniem
Dział Sprzedaży
Opaski-Plast Sp. z o.o.
ul. Przemysłowa 14, 62-080 Tarnowo Podgórne
tel. +48 61 814 22 90"""
    date = M.mdate(2026, 11, 20, 12, 0, 0, "+0100")
    eml = plain_msg(seed="c62", frm=M.addr("Opaski-Plast Dział Sprzedaży", "biuro@opaski-plast.example", "iso-8859-2", "Q"),
                    to="undisclosed-recipients:;", subject=M.subj("Cennik 2027 - Opaski-Plast"),
                    date=date, msgid=mid_plain("c62", "opaski-plast.example", "cennik2027."), body_text=body,
                    cs="iso-8859-2", cte="quoted-printable",
                    attachments=[M.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "Cennik_Opaski-Plast_2027.xlsx")])
    exp = expect("unrelated", "Mass-mailed price list for 2027; it neither confirms nor refers to PO TPS-26-04804.")
    return [p], eml, exp
