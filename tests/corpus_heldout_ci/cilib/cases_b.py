"""Cases 019-035."""
from .common import (A, C, CSV, EC, EK, PDF, R, U, XLSX, att, case, conf, mail, po, reply, sup,
                     quote_block, request_text, req_subject, original_request_msg, BDOM, html_doc)
from .mime import Part, multipart, text_part, message, rfc_date
from .pdf import text_pdf
from .cases_a import dsn_report


@case("gondola-seals-kw51-freitag", "confirmation/de-CH",
      "Swiss German 'Liefertermin: KW 51 (Freitag)', CHF with apostrophe thousands, AB PDF repeating the body")
def c_gondola_ch(ctx):
    s = sup("DICHTRHEIN", "Dichtungstechnik Rheintal AG", "verkauf@dichtungstechnik-rheintal.example", "de-CH")
    p = po("4500032140", s, "CHF", "2026-11-06", [
        ("FWS-EPDM-12x20", "Gondola door seal EPDM profile 12x20 mm, roll of 50 m", 12, "ROL", "318.00", "2026-12-11"),
        ("FWS-GLUE-310", "Seal adhesive cartridge 310 ml", 24, "EA", "14.60", "2026-12-11"),
    ])
    top = """Grüezi Frau Moe

Besten Dank für Ihre Bestellung 4500032140, die wir wie folgt bestätigen:

Pos. 1: 12 Rollen EPDM-Profil 12x20 mm à CHF 318.00
        Liefertermin: KW 51 (Freitag)
Pos. 2: 24 Stk. Dichtungskleber 310 ml à CHF 14.60
        Liefertermin: 11.12.2026 wie gewünscht

Total netto CHF 4'166.40, exkl. MWST. Die Auftragsbestätigung finden Sie im Anhang.

Freundliche Grüsse

Reto Brunner
Verkauf Innendienst
Dichtungstechnik Rheintal AG
Industriestrasse 9, 9443 Widnau
Tel. +41 71 727 18 40"""
    pdf = text_pdf([
        "**Dichtungstechnik Rheintal AG",
        "Industriestrasse 9 - CH-9443 Widnau - MWST CHE-114.502.338",
        "",
        "**Auftragsbestätigung AB-26-4471",
        "Ihre Bestellung: 4500032140 vom 06.11.2026          Datum: 12.11.2026",
        "",
        "Pos  Artikel          Bezeichnung                          Menge   Einheit   Preis CHF   Liefertermin",
        "1    FWS-EPDM-12x20   EPDM-Profil 12x20 mm, Rolle 50 m        12   Rolle        318.00   KW 51 (Freitag)",
        "2    FWS-GLUE-310     Dichtungskleber Kartusche 310 ml        24   Stk.          14.60   11.12.2026",
        "",
        "Total netto exkl. MWST                                                      CHF 4'166.40",
    ], size=8, title="AB-26-4471", producer="Abacus ERP", creator="Abacus", date="D:20261112101500+01'00'")
    eml = reply(ctx, p, top=top, date=(2026, 11, 12, 10, 21, 37), quote="outlook", qlang="de", charset="iso-8859-1",
                cte="quoted-printable", prefix="AW:", lang="de-CH", attachments=[att(PDF, "AB-26-4471.pdf", pdf)],
                frm=("Reto Brunner", "verkauf@dichtungstechnik-rheintal.example"))
    e = EC("'KW 51 (Freitag)' = Friday 2026-12-18 for line 1 (changed date); line 2 as ordered. 12 x 318.00 + 24 x 14.60 = 4'166.40.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: A(p, 2)}))
    return [p], eml, e


@case("tattoo-cartridges-buddhist-year", "confirmation/th-TH",
      "Thai dates in the Buddhist era (18/12/2569 = 2026-12-18) in a TIS-620 reply")
def c_tattoo_th(ctx):
    s = sup("INKMASTERTH", "InkMaster Supply Co., Ltd.", "sales@inkmaster-th.example", "th-TH")
    p = po("4500032155", s, "THB", "2026-11-09", [
        ("TNC-1205RL-TH", "Needle cartridge 12/05 RL, 0.35 mm, box of 20", 100, "BOX", "420.00", "2026-12-18"),
        ("TNC-1211CM", "Needle cartridge 12/11 curved magnum, box of 20", 60, "BOX", "455.00", "2026-12-18"),
    ])
    top = """เรียน คุณ Ingrid Moe

บริษัทฯ ขอขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500032155 และขอยืนยันรายละเอียดดังนี้

รายการที่ 1  TNC-1205RL-TH  จำนวน 100 กล่อง  ราคา 420.00 บาท/กล่อง  ส่งมอบวันที่ 18/12/2569
รายการที่ 2  TNC-1211CM     จำนวน 60 กล่อง   ราคา 455.00 บาท/กล่อง  ส่งมอบวันที่ 25/12/2569

ขอแสดงความนับถือ
สมชาย วงศ์ไทย
ฝ่ายขายต่างประเทศ
บริษัท อิงค์มาสเตอร์ ซัพพลาย จำกัด
โทร. 02-714-3390"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 16, 14, 3, 28), tz="+0700", client="tb", quote="tb",
                charset="tis-620", cte="8bit", html=False, prefix="Re:", lang="th-TH",
                frm=("สมชาย วงศ์ไทย", "sales@inkmaster-th.example"))
    e = EC("Buddhist-era years: 2569 = 2026. Line 1 on 18/12/2569 = as ordered; line 2 on 25/12/2569 = 2026-12-25 (changed date).",
           conf(p, {1: A(p, 1), 2: C(p, 2, d="2026-12-25")}))
    return [p], eml, e


@case("pizza-tiles-revert-by-friday", "needs_review/en-ZA",
      "South African 'checking stock with the kiln, will revert by Friday 20/11' - a date appears but nothing is committed")
def c_pizza_za(ctx):
    s = sup("KAROOREF", "Karoo Refractory Supplies (Pty) Ltd", "sales@karoorefractory.example", "en-ZA")
    p = po("4500032170", s, "USD", "2026-11-10", [
        ("POT-BISC-40", "Biscotto oven tile 40x40x3 cm", 200, "EA", "11.40", "2026-12-18"),
        ("POT-MORT-25", "Refractory mortar 1400 C, 25 kg bag", 20, "EA", "29.00", "2026-12-18"),
    ], buyer="pn")
    top = """Hi Priya

Thanks for PO 4500032170.

I'm checking stock on the 40x40 tiles with our kiln in Brits - the 3 cm batch may only come out of firing mid-December, and I'd rather not promise you 18/12 if we can't make it. I'll revert by Friday 20/11 with confirmed dates and prices for both lines.

Kind regards
Johan Pretorius
Karoo Refractory Supplies (Pty) Ltd
22 Steel Road, Brits Industria, 0250
Tel: +27 12 252 4418 | Cell: +27 82 555 0193"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 8, 55, 10), tz="+0200", lang="en-ZA",
                frm=("Johan Pretorius", "sales@karoorefractory.example"))
    e = EK("needs_review", "Supplier is still checking stock and will revert by Friday 20/11; 18/12 is our date, mentioned only as something he will not yet promise.")
    return [p], eml, e


@case("bagpipe-chanters-livraison-prevue", "confirmation/fr-BE",
      "HTML-only Belgian French reply, 'livraison prévue le 18/12' without a year for two lines")
def c_bagpipe_be(ctx):
    s = sup("CORNARD", "Cornemuses Ardennaises SPRL", "commandes@cornemuses-ardennaises.example", "fr-BE")
    p = po("4500032185", s, "EUR", "2026-11-05", [
        ("BPC-PRAC-LONG", "Practice chanter long, polypenco, 2027 series", 30, "EA", "38.00", "2026-12-11"),
        ("BPC-REED-P", "Practice chanter reed, plastic, pack of 10", 12, "BOX", "22.50", "2026-12-11"),
        ("BPC-GHB-BLK", "GHB pipe chanter, African blackwood, 4/3 sole", 6, "EA", "245.00", "2026-12-18"),
    ])
    top = """Bonjour Madame Moe,

Nous accusons bonne réception de votre commande 4500032185 et la confirmons comme suit :

- chanters d'exercice longs : 30 pièces à 38,00 € - livraison prévue le 18/12 ;
- anches plastique : 12 boîtes à 22,50 € - livraison prévue le 18/12 ;
- chanters GHB en ébène : 6 pièces à 245,00 € - livraison prévue le 18/12.

Nous vous souhaitons une bonne fin de semaine.

Cordialement,
Luc Dethier
Cornemuses Ardennaises SPRL
Rue du Moulin 12, 6800 Libramont
Tél. +32 61 22 48 30"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 13, 16, 44, 0), quote="outlook", qlang="fr", html_only=True,
                charset="utf-8", cte="quoted-printable", lang="fr-BE", frm=("Luc Dethier", "commandes@cornemuses-ardennaises.example"))
    e = EC("HTML-only. '18/12' without year = 2026-12-18 (next after the 13 Nov mail). Lines 1-2 move from 11 Dec to 18 Dec; line 3 was already requested for 18 Dec (accepted).",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18"), 3: A(p, 3)}))
    return [p], eml, e


@case("salt-spinners-exchange-ndr", "bounce/bg-BG",
      "Exchange Online NDR (multipart/report with text+HTML and the original request attached)")
def c_salt_ndr(ctx):
    s = sup("AGROSPR", "Agro Spreader Parts Ltd", "office@agrospreader.example", "bg-BG")
    p = po("4500032199", s, "EUR", "2026-11-23", [
        ("SSS-DISC-500", "Spinner disc 500 mm, 4 vanes, 3 mm steel", 20, "EA", "148.00", "2027-01-15"),
        ("SSS-GBOX-540", "Spinner gearbox 540 rpm, 1:1.5", 4, "EA", "612.00", "2027-01-22"),
    ])
    human = """Your message to office@agrospreader.example couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.

office  Office 365  agrospreader.example
Action Required: Recipient

How to Fix It
Try resending the message later, or contact the recipient by some other means.

Diagnostic information for administrators:
Generating server: AM9PR07MB7120.eurprd07.prod.outlook.com
office@agrospreader.example
Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
Original message headers: see attachment."""
    html = ("<html><body><div style=\"font-family:Segoe UI,Arial\">"
            "<p style=\"font-size:16pt;color:#C00000\">Your message to office@agrospreader.example couldn't be delivered.</p>"
            "<p>The recipient's mailbox is full and can't accept messages now.</p>"
            "<p><b>How to Fix It</b><br>Try resending the message later, or contact the recipient by some other means.</p>"
            "<p style=\"font-size:9pt\">Diagnostic information for administrators:<br>Generating server: AM9PR07MB7120.eurprd07.prod.outlook.com<br>"
            "Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</p></div></body></html>")
    eml = dsn_report(ctx, p, reporting_mta="AM9PR07MB7120.eurprd07.prod.outlook.com",
                     frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{BDOM}>",
                     date=(2026, 11, 23, 9, 16, 2), tz="+0000", human=human, status="5.2.2",
                     diag="552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                     remote_mta="eur05.mail.protection.agrospreader.example", alt_html=html,
                     boundary="_000_AM9PR07MB71204C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F_",
                     subject=f"Undeliverable: {req_subject(p)}",
                     extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: en-US"])
    e = EK("bounce", "Exchange Online NDR (mailbox full) with text+HTML explanation; the returned original carries the full PO table.")
    return [p], eml, e


@case("wool-carding-termin-grudnia", "confirmation/pl-PL",
      "Polish 'termin dostawy: 18 grudnia' (genitive month, no year) plus a new zł/mb price on one line")
def c_wool_pl(ctx):
    s = sup("ZGRZEBLO", "Zgrzebło Tekstylia Sp. z o.o.", "zamowienia@zgrzeblo-tekstylia.example", "pl-PL")
    p = po("4500032210", s, "PLN", "2026-11-06", [
        ("WCC-FLEX-100", "Flexible carding cloth 100 mm wide, wire 0.35 mm, 4/3 point", 120, "M", "86.00", "2026-12-11"),
        ("WCC-FILL-72", "Fillet carding cloth 72 PPI, 50 mm strip", 300, "M", "41.50", "2026-12-11"),
        ("WCC-TACK-12", "Mounting tacks 12 mm, box of 1000", 6, "BOX", "58.00", "2026-12-11"),
    ])
    top = """Dzień dobry Pani Ingrid,

potwierdzamy zamówienie nr 4500032210:

Poz. 1 i 3 - bez zmian, termin dostawy: 11 grudnia.
Poz. 2 - 300 mb, cena 43,20 zł/mb netto (nowy cennik drutu), termin dostawy: 18 grudnia.

Pozdrawiam serdecznie
Katarzyna Wójcik
Dział Sprzedaży
Zgrzebło Tekstylia Sp. z o.o.
ul. Włókiennicza 17, 90-553 Łódź
tel. +48 42 636 21 90"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 12, 12, 18, 45), quote="outlook", qlang="pl", charset="iso-8859-2",
                cte="quoted-printable", prefix="Odp:", lang="pl-PL", frm=("Katarzyna Wójcik", "zamowienia@zgrzeblo-tekstylia.example"))
    e = EC("Lines 1 and 3 'bez zmian' with 11 grudnia = requested date; line 2 price 43,20 zł per running metre (mb = M) and '18 grudnia' = 2026-12-18.",
           conf(p, {1: A(p, 1), 2: C(p, 2, pr="43.20", d="2026-12-18"), 3: A(p, 3)}))
    return [p], eml, e


@case("snow-nozzles-preco-unitario", "confirmation/pt-PT",
      "European Portuguese 'preço unitário 3,85 €' on one line, other line repeated as ordered")
def c_snow_pt(ctx):
    s = sup("NEVEESTR", "Neve Artificial Serra da Estrela, Lda.", "encomendas@neve-estrela.example", "pt-PT")
    p = po("4500032226", s, "EUR", "2026-11-09", [
        ("SMN-FAN-8", "Fan gun nozzle ring, 8 nozzles, 1/2\"", 10, "SET", "142.00", "2026-12-11"),
        ("SMN-LANCE-3/8", "Lance nozzle 3/8\" brass, 1.1 mm", 120, "EA", "3.60", "2026-12-11"),
    ])
    top = """Exma. Sra. Ingrid Moe,

Confirmamos a V/ encomenda n.º 4500032226:

Linha 1 - 10 conjuntos a 142,00 €, entrega a 11/12/2026.
Linha 2 - 120 unid., preço unitário 3,85 € (aumento do latão), entrega a 11/12/2026.

Com os melhores cumprimentos,
João Figueiredo
Neve Artificial Serra da Estrela, Lda.
Zona Industrial da Guarda, Lote 31, 6300-625 Guarda
Tel.: +351 271 230 418"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 16, 11, 2, 56), tz="+0000", client="gmail", quote="gmail",
                prefix="Re:", lang="pt-PT",
                attrib="Segunda, 9/11/2026, 10:14, Ingrid Moe <ingrid.moe@halvorsen-trading.example> escreveu:",
                frm=("João Figueiredo", "encomendas@neve-estrela.example"))
    e = EC("Line 2 unit price 3,60 -> 3,85 EUR; line 1 repeats quantity, price and date.",
           conf(p, {1: A(p, 1), 2: C(p, 2, pr="3.85")}))
    return [p], eml, e


@case("velodrome-lacquer-full-pallet", "confirmation/da-DK",
      "Danish supplier raises a line to a full pallet of 60 cans and states the new line total")
def c_velo_dk(ctx):
    s = sup("DKBANE", "Dansk Banebyg ApS", "ordre@dansk-banebyg.example", "da-DK")
    p = po("4500032240", s, "DKK", "2026-11-05", [
        ("VTB-LAQ-5L", "Track board lacquer, satin, 5 L can", 50, "EA", "412.00", "2026-12-11"),
        ("VTB-SAND-P120", "Sanding discs P120, 225 mm, box of 25", 20, "BOX", "189.00", "2026-12-11"),
    ], buyer="tb")
    top = """Hej Tomas

Tak for ordren 4500032240.

Lakken sendes kun på hel palle à 60 dunke, så vi har rettet pos. 1 til 60 stk. à 412,00 kr. - ny total for pos. 1: 24.720,00 kr.
Slibeskiverne leveres som bestilt (20 æsker à 189,00 kr.).

Levering for begge positioner: fredag den 11. december.

Venlig hilsen
Mette Kjærgaard
Dansk Banebyg ApS
Industrivej 31, 8660 Skanderborg
Tlf. +45 86 52 10 77"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 11, 9, 48, 31), quote="outlook", qlang="da", charset="iso-8859-1",
                cte="quoted-printable", prefix="SV:", lang="da-DK", frm=("Mette Kjærgaard", "ordre@dansk-banebyg.example"))
    e = EC("Line 1 raised from 50 to a full pallet of 60 at the same price (60 x 412,00 = 24.720,00 kr.); Friday 11 December = requested date.",
           conf(p, {1: C(p, 1, q=60), 2: A(p, 2)}))
    return [p], eml, e


@case("prosthetic-liners-hebrew-confirmed", "confirmation/he-IL",
      "right-to-left Hebrew one-paragraph acceptance in windows-1255, no figures repeated except the date")
def c_liner_il(ctx):
    s = sup("ORTHOLINE", "Ortho-Line Ltd", "orders@ortholine.example", "he-IL")
    p = po("4500032255", s, "USD", "2026-11-10", [
        ("PL-GEL-TF-30", "Gel liner transfemoral size 30, 6 mm, 2027 model", 20, "EA", "145.00", "2026-12-18"),
        ("PL-GEL-TT-23", "Gel liner transtibial size 23, 3 mm", 30, "EA", "118.00", "2026-12-18"),
    ])
    top = """שלום אינגריד,

אנו מאשרים את הזמנה 4500032255 במלואה - כמויות ומחירים כפי שבהזמנה, אספקה ב-18/12/2026 כפי שביקשתם.

בברכה,
נועה לוי
מחלקת הזמנות
אורתו-ליין בע"מ
רח' המלאכה 8, פתח תקווה
טל' 03-9241177"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 10, 6, 19), tz="+0200", charset="windows-1255",
                cte="quoted-printable", prefix="RE:", lang="he-IL", frm=("נועה לוי", "orders@ortholine.example"))
    e = EC("Whole order accepted as ordered; delivery 18/12/2026 equals the requested date for both lines.",
           conf(p, {1: A(p, 1), 2: A(p, 2)}))
    return [p], eml, e


@case("climbing-holds-colour-question", "needs_review/de-AT",
      "Austrian question about colour; two possible dates ('Mitte Jänner' or 18.12.) depending on the answer")
def c_climb_at(ctx):
    s = sup("GRIFFWERK", "Griffwerk Tirol GmbH", "bestellung@griffwerk-tirol.example", "de-AT")
    p = po("4500032270", s, "EUR", "2026-11-09", [
        ("CH-SLOP-L-10", "Sloper large set of 10, textured, M10x40", 12, "SET", "214.00", "2026-12-18"),
        ("CH-PINCH-M-8", "Pinch medium set of 8", 10, "SET", "168.00", "2026-12-18"),
    ])
    top = """Servus Frau Moe,

danke für die Bestellung 4500032270. Eine Frage vorab, bevor wir die AB schicken:

Sollen die Sloper und Pinches in der Standardfarbe (Gelb) kommen oder schon in den neuen Farben der Kollektion 2027 (Petrol)? Bei Petrol wäre der Liefertermin Mitte Jänner, bei Gelb könnten wir den 18.12. halten. Die Preise bleiben in beiden Fällen gleich.

Bitte um kurze Info, dann bestätigen wir sofort.

Liebe Grüße aus Innsbruck
Stefan Hofer
Griffwerk Tirol GmbH
Grabenweg 64, 6020 Innsbruck
T +43 512 361 220"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 13, 14, 12, 9), client="apple", quote="apple", charset="utf-8",
                cte="quoted-printable", prefix="Re:", lang="de-AT", frm=("Stefan Hofer", "bestellung@griffwerk-tirol.example"))
    e = EK("needs_review", "Supplier asks which colour we want; the date depends on the answer (18.12. or mid-January), so nothing is committed yet.")
    return [p], eml, e


@case("chess-clocks-shukka-yoteibi", "confirmation/ja-JP",
      "Shift_JIS Japanese with only a ship date '出荷予定日 12月14日' (no year) for both lines")
def c_chess_jp(ctx):
    s = sup("TIMECRAFT", "TimeCraft Co., Ltd.", "order@timecraft-jp.example", "ja-JP")
    p = po("4500032285", s, "JPY", "2026-11-09", [
        ("CCM-QTZ-JP", "Quartz chess clock movement, 3 V, 2027 model", 100, "EA", "1850", "2026-12-18"),
        ("CCM-DIAL-60", "Dial face 60 min, 12x20 mm window", 200, "EA", "120", "2026-12-18"),
    ])
    top = """ハルヴォーセン・トレーディング・グループ
購買部 Ingrid Moe様

いつもお世話になっております。
株式会社タイムクラフト 営業部の佐藤です。

ご注文書 4500032285 の件、下記の通りお受けいたします。

1. 対局時計ムーブメント（CCM-QTZ-JP）　100個　単価 1,850円
2. 文字盤 60分（CCM-DIAL-60）　200個　単価 120円

出荷予定日　12月14日（両品目とも）

何卒よろしくお願い申し上げます。

―――――――――――――――――
株式会社タイムクラフト 営業部
佐藤 健一
〒399-0702 長野県塩尻市広丘野村1580
TEL 0263-52-7741
―――――――――――――――――"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 15, 30, 2), tz="+0900", quote="outlook", charset="shift_jis",
                cte="base64", lang="ja-JP", frm=("佐藤 健一", "order@timecraft-jp.example"))
    e = EC("Only a ship date is given: 12月14日 (no year) = 2026-12-14, used as the date for both lines; quantities and prices as ordered.",
           conf(p, {1: C(p, 1, d="2026-12-14"), 2: C(p, 2, d="2026-12-14")}))
    return [p], eml, e


@case("davit-pins-per-100-price", "confirmation/en-SG",
      "Singapore English prices per 100 pcs for PCS lines (one changes, one is equal once converted) and ETD-only dates")
def c_davit_sg(ctx):
    s = sup("STRAITSMD", "Straits Marine Davit Pte Ltd", "sales@straitsmarine.example", "en-SG")
    p = po("4500032300", s, "USD", "2026-11-10", [
        ("LBD-PIN-M16", "Davit shackle pin M16x60, 316 SS", 400, "PCS", "0.42", "2026-12-11"),
        ("LBD-SPLIT-6", "Split pin 6x50 mm, 316 SS", 1000, "PCS", "0.065", "2026-12-11"),
        ("LBD-WINCH-24V", "Davit winch motor 24V 1.5 kW, 2027 class", 2, "EA", "3180.00", "2027-01-15"),
    ], buyer="pn")
    top = """Hi Priya,

Noted with thanks on PO 4500032300. Pls see our confirmation below:

1) M16x60 shackle pins - 400 pcs @ USD 38.00 per 100 pcs - ETD 11 Dec
2) 6x50 split pins - 1,000 pcs @ USD 6.50 per 100 pcs - ETD 11 Dec
3) Winch motor 24V - 2 units @ USD 3,180.00 - ETD 15 Jan 2027

Thanks & best regards,
Desmond Lim
Sales Executive
Straits Marine Davit Pte Ltd
51 Benoi Road, #03-08, Singapore 629908
DID: +65 6861 2207 | HP: +65 9123 4471"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 16, 11, 21, 0), tz="+0800", lang="en-SG",
                frm=("Desmond Lim", "sales@straitsmarine.example"))
    e = EC("Per-100 prices: 38.00/100 = 0.38 (changed from 0.42); 6.50/100 = 0.065 = PO price. ETD (ship) dates only, equal to the need-by dates.",
           conf(p, {1: C(p, 1, pr="0.38"), 2: A(p, 2), 3: A(p, 3)}))
    return [p], eml, e


@case("falafel-formers-netto-egysegar", "confirmation/hu-HU",
      "Hungarian 'nettó egységár 1 250 Ft' with a non-breaking-space thousands separator and '2026. december 11.' dates")
def c_falafel_hu(ctx):
    s = sup("KEBABGEP", "Kebab-Gép Kft.", "rendeles@kebabgep.example", "hu-HU")
    p = po("4500032315", s, "HUF", "2026-11-10", [
        ("FF-45-HAND", "Falafel scoop former 45 mm, hand-held, stainless", 80, "EA", "1180", "2026-12-11"),
        ("FF-TRAY-600", "Forming tray 600x400 mm, 1.5 mm perforated", 20, "EA", "6400", "2026-12-11"),
    ])
    nb = "\u00a0"
    top = f"""Tisztelt Moe Asszony!

Köszönjük a 4500032315 számú megrendelést, amelyet az alábbiak szerint visszaigazolunk:

1. tétel: 80 db falafelformázó 45 mm, nettó egységár 1{nb}250 Ft, szállítás 2026. december 11.
2. tétel: 20 db formázótálca 600x400 mm, nettó egységár 6{nb}400 Ft, szállítás 2026. december 11.

Üdvözlettel:
Szabó Krisztina
értékesítési asszisztens
Kebab-Gép Kft.
6728 Szeged, Dorozsmai út 44.
Tel.: +36 62 555 218"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 13, 9, 50), quote="outlook", qlang="hu", charset="iso-8859-2",
                cte="quoted-printable", prefix="Vá:", lang="hu-HU", frm=("Szabó Krisztina", "rendeles@kebabgep.example"))
    e = EC("Line 1 net unit price 1 250 Ft (NBSP thousands separator) instead of 1180; line 2 as ordered; '2026. december 11.' = requested date.",
           conf(p, {1: C(p, 1, pr="1250"), 2: A(p, 2)}))
    return [p], eml, e


@case("tortilla-presses-csv-two-lots", "confirmation/en-IE",
      "Irish reply with the confirmation in a semicolon CSV where line 2 appears twice (two delivery lots)")
def c_tortilla_ie(ctx):
    s = sup("SHANNONCAT", "Shannon Catering Equipment Ltd", "orders@shannoncatering.example", "en-IE")
    p = po("4500032330", s, "EUR", "2026-11-11", [
        ("TP-CI-6.5", "Tortilla press cast iron 6.5\" (16.5 cm)", 60, "EA", "16.40", "2026-12-11"),
        ("TP-ELEC-230", "Electric tortilla press 230 V, 12x12 in plates", 4, "EA", "689.00", "2026-12-18"),
        ("TP-PAPER-6", "Press liner paper 6\" discs, box of 500", 24, "BOX", "7.90", "2026-12-11"),
    ])
    csv = ("PO;Line;Item;Qty;UoM;UnitPrice;Currency;DeliveryDate;Comment\r\n"
           "4500032330;1;TP-CI-6.5;60;EA;16.40;EUR;11/12/2026;\r\n"
           "4500032330;2;TP-ELEC-230;2;EA;689.00;EUR;18/12/2026;lot 1 of 2\r\n"
           "4500032330;2;TP-ELEC-230;2;EA;689.00;EUR;08/01/2027;lot 2 of 2 ex Cork\r\n"
           "4500032330;3;TP-PAPER-6;24;BOX;7.90;EUR;11/12/2026;\r\n").encode("ascii")
    top = """Hi Ingrid,

Confirmation attached in csv as usual.

Note line 2: the 230 V presses come from our Cork warehouse in two lots, 2 this side of Christmas and 2 in January - dates are in the file. Everything else as per your PO.

Kind regards,
Siobhán O'Brien
Customer Service
Shannon Catering Equipment Ltd
Unit 4, Smithstown Industrial Estate, Shannon, Co. Clare, V14 DP62
Tel: +353 61 708 215"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 10, 2, 29), tz="+0000", lang="en-IE",
                attachments=[att(CSV + "; charset=us-ascii", "PO4500032330_confirmation.csv", csv)],
                frm=("Siobhán O'Brien", "orders@shannoncatering.example"))
    e = EC("CSV: line 2 split into 2 on 18/12/2026 and 2 on 08/01/2027 (schedule, last date 2027-01-08); lines 1 and 3 as ordered.",
           conf(p, {1: A(p, 1), 2: C(p, 2, sched=[(2, "2026-12-18"), (2, "2027-01-08")]), 3: A(p, 3)}))
    return [p], eml, e


@case("curling-handles-latvian-ooo", "auto_reply/lv-LV",
      "Latvian/English out-of-office with a return date 30.11.2026 and an 'urgent' colleague")
def c_curling_lv(ctx):
    s = sup("AKMROK", "Akmens Roktura SIA", "pasutijumi@akmensroktura.example", "lv-LV")
    p = po("4500032345", s, "EUR", "2026-11-19", [
        ("CSH-BLU-STD", "Curling stone handle, blue, standard", 16, "EA", "66.00", "2026-12-18"),
    ], buyer="lw")
    body = """Labdien!

Paldies par Jūsu vēstuli. Esmu atvaļinājumā līdz 30.11.2026. Jūsu vēstule netiks pārsūtīta.
Steidzamos jautājumos lūdzu sazinieties ar kolēģi Jāni Bērziņu: janis.berzins@akmensroktura.example, tālr. +371 6 722 4410.

Hello, thank you for your e-mail. I am on leave until 30.11.2026 and your message will not be forwarded.
For urgent matters please contact my colleague Jānis Bērziņš (janis.berzins@akmensroktura.example, +371 6 722 4410).

Ar cieņu / Kind regards
Līga Ozola
Akmens Roktura SIA"""
    eml = mail(ctx, frm=("Līga Ozola", "pasutijumi@akmensroktura.example"), to=("Lukas Weber", f"lukas.weber@{BDOM}"),
               subject="Automātiskā atbilde: " + req_subject(p), date=(2026, 11, 19, 11, 14, 52), tz="+0200",
               client="outlook", body=body, html=None, charset="windows-1257", cte="quoted-printable",
               irt=p["request_message_id"], refs=[p["request_message_id"]], lang="lv-LV",
               extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    e = EK("auto_reply", "Out-of-office until 30.11.2026 in Latvian and English; the date is a return date.")
    return [p], eml, e


@case("oarlocks-livrare-saptamana-51", "confirmation/ro-RO",
      "Romanian 'livrare în săptămâna 51' (week without a day = Friday 18 Dec) in ISO-8859-16")
def c_oar_ro(ctx):
    s = sup("RAMEXN", "Ramex Nautic S.R.L.", "comenzi@ramexnautic.example", "ro-RO")
    p = po("4500032360", s, "EUR", "2026-11-10", [
        ("ROL-CL-12", "Clamp-on oarlock 12 mm, nylon 66, 4/3 gate", 60, "EA", "9.80", "2026-12-11"),
        ("ROL-SPACER-3", "Oarlock spacer 3 mm, set of 10", 30, "SET", "4.20", "2026-12-11"),
    ])
    top = """Bună ziua doamnă Moe,

vă confirmăm comanda 4500032360:
poz. 1 - 60 buc. x 9,80 EUR
poz. 2 - 30 seturi x 4,20 EUR

Livrare în săptămâna 51, transport prin curier.

Cu stimă,
Andreea Popescu
Ramex Nautic S.R.L.
Str. Portului nr. 21, 900178 Constanța
Tel. +40 241 612 380"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 16, 15, 31, 8), tz="+0200", quote="outlook", qlang="ro",
                charset="iso-8859-16", cte="quoted-printable", lang="ro-RO", frm=("Andreea Popescu", "comenzi@ramexnautic.example"))
    e = EC("'Săptămâna 51' without a day = Friday of ISO week 51 = 2026-12-18 for both lines; quantities and prices as ordered.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18")}))
    return [p], eml, e


@case("guy-wires-qmail-bounce", "bounce/uk-UA",
      "old-style plain-text qmail bounce with the original request pasted below 'Below this line is a copy'")
def c_guy_qmail(ctx):
    s = sup("SHCHOHLA", "TOV Shchohla-Takelazh", "zakaz@shchohla-takelazh.example", "uk-UA")
    p = po("4500032375", s, "EUR", "2026-11-24", [
        ("RMG-GW-9.5", "Guy wire 9.5 mm EHS, 1x7, reel 500 m", 4, "ROL", "780.00", "2027-01-15"),
        ("RMG-INS-30KN", "Guy insulator 30 kN, porcelain", 24, "EA", "36.50", "2027-01-15"),
    ], buyer="tb")
    orig = original_request_msg(p).decode("ascii")
    body = ("Hi. This is the qmail-send program at mx.shchohla-takelazh.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<zakaz@shchohla-takelazh.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <tomas.berg@halvorsen-trading.example>\n"
            "Received: (qmail 21877 invoked from network); 24 Nov 2026 09:14:03 -0000\n" +
            orig.replace("\r\n", "\n"))
    part = Part([], body.replace("\n", "\r\n").encode("ascii"))
    hs = ["From: MAILER-DAEMON@mx.shchohla-takelazh.example", f"To: tomas.berg@{BDOM}",
          "Subject: failure notice", "Date: " + rfc_date(2026, 11, 24, 11, 14, 5, tz="+0200"),
          "Message-ID: <20261124091405.21879.qmail@mx.shchohla-takelazh.example>"]
    eml = message(hs, part)
    e = EK("bounce", "Plain-text qmail failure notice (no MIME structure); the copied original contains the PO table with prices and dates.")
    return [p], eml, e
