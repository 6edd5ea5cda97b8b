"""Cases 019-036."""
from decimal import Decimal as Dm

from .common import (ACC, BM, IN, KN, LC, NH, REJ, UNC, VM, L, PO, Supplier, at, case, chg, de, en, expected, fr)
from .img import scan_png
from .mime import addr, attachment, compose, date_hdr, ew, message, multipart, text_part
from .pdf import Sheet, make_pdf
from .render import Raw, Table
from .special import gmail_bounce, postfix_dsn


# 019 ------------------------------------------------------------------------------------------
@case("hose-couplings-prices-in-huf", "needs_review/hu-HU",
      "Dates and quantities are fine but the prices come only in forint (Ft) for a EUR order, and the supplier asks us to accept them.")
def c019(ctx):
    sup = Supplier("TUZSZER", "Tűzvédelmi Szerelvény Kft.", "rendeles@tuzszerelveny.example", "hu-HU", "Mr Kovacs")
    po = PO("4500233002", sup, NH, "EUR", "2026-11-18", [
        L(1, "FHC-B75-ALU", "Storz coupling B 75, aluminium, 2 1/2\" thread", 200, "EA", "24.60", "2026-12-15"),
        L(2, "FHC-RED-B/C", "Reducer B/C 75/52, aluminium", 80, "EA", "17.30", "2026-12-15"),
    ])
    body = [
        "Tisztelt Fischer Asszony!",
        "Köszönjük megrendelését. Mindkét tételt tudjuk szállítani 2026. december 15-ig, az alábbi árakon:",
        "1. tétel FHC-B75-ALU: 200 db, egységár 9 850 Ft\n2. tétel FHC-RED-B/C: 80 db, egységár 6 950 Ft",
        "Kérjük, erősítse meg, hogy a forintos árak Önöknek megfelelnek, ezután küldjük a hivatalos visszaigazolást.",
        "Üdvözlettel:",
    ]
    sig = "Kovács Gábor\nértékesítés\nTűzvédelmi Szerelvény Kft.\n6000 Kecskemét, Szent István krt. 24.\nTel.: +36 76 555 318"
    msg = compose(ctx, client="outlook365", po=po, frm=("Kovács Gábor", sup.addr("kovacs.gabor")),
                  date=at("2026-11-20", "10:05", 1), subject="VS: " + po.req_subject, body=body, sig=sig,
                  charset="iso-8859-2", quote_lang="hu", lang_tag="hu-HU")
    exp = expected("needs_review", "Prices are given only in HUF for a EUR PO (no EUR figure, no rate) and the supplier "
                   "asks us to accept them before sending the formal confirmation: nothing can be booked.")
    return [po], msg, exp


# 020 ------------------------------------------------------------------------------------------
@case("rubber-granulate-scan-only", "needs_review/th-TH",
      "Thai two-line body 'see attached' with a single scanned image and no machine-readable text anywhere.")
def c020(ctx):
    sup = Supplier("SIAMRUB", "Siam Rubber Flooring Co., Ltd.", "sales@siamrubberfloor.example", "th-TH", "Khun Somchai")
    po = PO("4500233105", sup, VM, "USD", "2026-11-17", [
        L(1, "RFT-SBR-1/4", "Rubber granulate SBR 1-4 mm, black, big bag", 12, "T", "410.00", "2027-01-15"),
        L(2, "RFT-EPDM-RED", "EPDM granule 1-3.5 mm, red, 25 kg bags", 4, "T", "1280.00", "2027-01-15"),
    ])
    body = ["เรียน คุณ Jonas", "ส่งเอกสารยืนยันคำสั่งซื้อตามไฟล์แนบครับ", "ขอบคุณครับ\nสมชาย"]
    sig = "สมชาย ศรีสุข (Somchai Srisuk)\nSiam Rubber Flooring Co., Ltd.\n88/9 หมู่ 4 ต.บางปลา อ.บางพลี จ.สมุทรปราการ 10540\nโทร. 02-555-4172"
    png = scan_png(seed=4500233105)
    att = attachment(png, "image/png", "scan0042.png")
    msg = compose(ctx, client="outlook-desktop", po=po, frm=("Somchai Srisuk", sup.addr("somchai")),
                  date=at("2026-11-24", "16:40", 7), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="tis-620", cte="base64", quote_lang="en", attachments=[att], lang_tag="th")
    exp = expected("needs_review", "The only content is a scanned PNG without any readable text; the body just says "
                   "'confirmation attached'. A human has to look at the image.")
    return [po], msg, exp


# 021 ------------------------------------------------------------------------------------------
@case("bee-suits-date-to-follow", "needs_review/en-AU",
      "'Ok for qty and price, date to follow': agreement on two values but no delivery commitment yet.")
def c021(ctx):
    sup = Supplier("BUSHAPI", "Bushland Apiary Supplies Pty Ltd", "orders@bushlandapiary.example", "en-AU", "Kylie")
    po = PO("4500233190", sup, BM, "AUD", "2026-11-18", [
        L(1, "BS-VENT-L", "Ventilated bee suit, 3-layer mesh, size L", 60, "EA", "118.00", "2026-12-14"),
        L(2, "BS-VENT-XL", "Ventilated bee suit, 3-layer mesh, size XL", 40, "EA", "118.00", "2026-12-14"),
        L(3, "BS-GLV-9/10", "Goatskin beekeeping gloves, size 9/10", 100, "PAIR", "16.50", "2026-12-14"),
    ])
    body = ["Hi Tom,", "Ok for qty and price, date to follow once our mesh fabric shipment lands.", "Cheers\nKylie"]
    msg = compose(ctx, client="iphone", po=po, frm=("Kylie Nguyen", sup.addr("kylie")),
                  date=at("2026-11-23", "07:42", 11), subject="Re: " + po.req_subject, body=body,
                  sig="Sent from my iPhone", charset="utf-8", quote_lang="en")
    exp = expected("needs_review", "Quantity and price are accepted but the delivery date is explicitly still open; "
                   "the requested dates appear only in our quoted request.")
    return [po], msg, exp


# 022 ------------------------------------------------------------------------------------------
@case("cable-ties-shared-inbox-receipt", "auto_reply/ko-KR",
      "EUC-KR automatic receipt from a shared sales inbox with a ticket-like number, a timestamp and a 2-business-day promise.")
def c022(ctx):
    sup = Supplier("HANBIT", "Hanbit Cable Co., Ltd.", "sales@hanbit-cable.example", "ko-KR", "Ms Kim")
    po = PO("4500233244", sup, LC, "USD", "2026-11-19", [
        L(1, "CT-SS316-4.6x300", "Stainless cable tie 316, 4.6x300 mm, ball lock", 20000, "PCS", "0.052", "2027-01-08"),
        L(2, "CT-HD-9x760", "Heavy-duty cable tie 9x760 mm, UV black", 5000, "PCS", "0.21", "2027-01-08"),
    ])
    body = [
        "안녕하십니까, 한빛케이블 영업팀 공용 메일함입니다.",
        "보내주신 메일이 정상적으로 접수되었습니다.\n접수번호: HB-20261119-0473\n접수일시: 2026-11-19 23:14 (KST)",
        "담당자 확인 후 영업일 기준 2일 이내에 회신드리겠습니다.\n급한 용무는 031-555-7720으로 연락 주시기 바랍니다.",
        "※ 본 메일은 발신 전용입니다. 이 메일에 회신하지 마십시오.",
        "This is an automatic receipt from the Hanbit Cable sales inbox. Your message has been registered as "
        "HB-20261119-0473. Our team will reply within 2 business days.",
    ]
    msg = compose(ctx, client="webmail", po=po, frm=("한빛케이블 영업팀", sup.addr("noreply")),
                  date=at("2026-11-19", "23:14", 9, ), subject="[자동회신] 접수되었습니다: " + po.req_subject,
                  body=body, charset="euc-kr", cte="base64", quote=False,
                  extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                 ("Precedence", "auto_reply")])
    exp = expected("auto_reply", "Shared-inbox receipt: a registration number and a reply promise, no answer about the "
                   "order.")
    return [po], msg, exp


# 023 ------------------------------------------------------------------------------------------
@case("grow-lights-danish-ooo", "auto_reply/da-DK",
      "Danish Outlook out-of-office ('Automatisk svar') with a return date and a colleague's contact; dates are not delivery dates.")
def c023(ctx):
    sup = Supplier("VAEKSTLYS", "Vækstlys ApS", "salg@vaekstlys.example", "da-DK", "Mr Jensen")
    po = PO("4500233301", sup, KN, "DKK", "2026-11-20", [
        L(1, "LGL-320-BAR", "LED grow light bar 320W, 6 bars, 2027 driver", 40, "EA", "2950.00", "2026-12-16"),
        L(2, "LGL-HNG-3/8", "Hanging kit with 3/8\" ratchet, 2 m", 40, "SET", "85.00", "2026-12-16"),
    ])
    body = [
        "Tak for din mail.",
        "Jeg er på ferie og tilbage mandag den 30. november 2026. Jeg har ikke adgang til mails i perioden, og din mail "
        "bliver ikke videresendt.",
        "Haster det, er du velkommen til at kontakte min kollega Louise Holm på louise.holm@vaekstlys.example eller "
        "tlf. +45 86 55 51 20.",
        "Venlig hilsen\nMads Jensen\nVækstlys ApS",
    ]
    msg = compose(ctx, client="outlook365", po=po, frm=("Mads Jensen", sup.addr("mads.jensen")),
                  date=at("2026-11-20", "09:14", 1) .replace(second=31), subject="Automatisk svar: " + po.req_subject,
                  body=body, charset="iso-8859-1", quote=False, lang_tag="da-DK",
                  extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Out-of-office notice; 30 November is the return date of the sender, not a delivery "
                   "commitment.")
    return [po], msg, exp


# 024 ------------------------------------------------------------------------------------------
@case("diving-masks-customs-notice", "unrelated/nb-NO",
      "Circular from the supplier's logistics department about new customs rules (Digitoll) with fees, deadlines and a request for our EORI; nothing about the open PO.")
def c024(ctx):
    sup = Supplier("FJORDMAR", "Fjordline Marine Utstyr AS", "ordre@fjordline-marine.example", "nb-NO", "Mr Berg")
    po = PO("4500233377", sup, KN, "NOK", "2026-11-18", [
        L(1, "DM-FULL-BLU", "Full-face snorkel mask, size S/M, blue", 80, "EA", "349.00", "2026-12-18"),
        L(2, "DM-KID-8/12", "Kids diving mask 8-12 years", 120, "EA", "129.00", "2026-12-18"),
    ])
    body = [
        "Kjære kunde,",
        "Fra 1. januar 2027 blir forhåndsdeklarering (Digitoll) obligatorisk for alle varesendinger som krysser grensen "
        "mellom Norge og EU. For leveranser fra oss til kunder i Sverige, Danmark og resten av EU betyr dette:",
        "• Alle fakturaer må inneholde mottakers EORI-nummer og 8-sifret varenummer (HS-kode).\n"
        "• Sendinger uten korrekt EORI blir holdt tilbake ved grensen, normalt 2–5 virkedager.\n"
        "• Fortollingsgebyret øker fra NOK 350 til NOK 420 per sending.",
        "Vennligst send oss deres EORI-nummer innen 15. desember 2026 ved å svare på denne e-posten.",
        "-- English --\nFrom 1 January 2027, advance customs declaration (Digitoll) becomes mandatory for all shipments "
        "between Norway and the EU. Invoices must show the consignee's EORI number and the 8-digit HS code; shipments "
        "without a valid EORI will be held at the border (usually 2-5 working days). The clearance fee rises from "
        "NOK 350 to NOK 420 per shipment. Please send us your EORI number by 15 December 2026.",
        "Med vennlig hilsen\nLogistikkavdelingen\nFjordline Marine Utstyr AS\nSjøgata 12, 8006 Bodø\nTlf. +47 75 55 21 40",
    ]
    msg = compose(ctx, client="outlook365", po=po, frm=("Fjordline Marine - Logistikk", sup.addr("logistikk")),
                  to=[("Sofia Lund", KN.email)], date=at("2026-11-24", "08:00", 1),
                  subject="Viktig informasjon: nye tollrutiner fra 1. januar 2027 / Important customs notice",
                  body=body, charset="utf-8", quote=False, thread=False, lang_tag="nb-NO",
                  extra_headers=[("X-MS-Exchange-Organization-BulkMail", "1")])
    exp = expected("unrelated", "General customs circular from the same supplier; its dates (1 Jan 2027, 15 Dec 2026) and "
                   "fees are not about PO 4500233377.")
    return [po], msg, exp


# 025 ------------------------------------------------------------------------------------------
@case("tile-spacers-invoice-other-order", "unrelated/sk-SK",
      "ERP-generated Slovak invoice with a PDF for an earlier order (4500229915) of the same supplier, with the same item codes as the open PO.")
def c025(ctx):
    sup = Supplier("OBKLADSERV", "Obklad Servis s.r.o.", "obchod@obkladservis.example", "sk-SK", "Mr Horvath")
    po = PO("4500233410", sup, NH, "EUR", "2026-11-19", [
        L(1, "TSP-1.5MM-X", "Tile spacer cross 1.5 mm, box of 1000", 150, "BOX", "4.10", "2026-12-14"),
        L(2, "TSP-WDG-PLA", "Tile wedge plastic, box of 200", 80, "BOX", "3.20", "2026-12-14"),
    ])
    items = [("TSP-1.5MM-X", "Krížiky na obklad 1,5 mm, bal. 1000 ks", 200, Dm("4.10")),
             ("TSP-WDG-PLA", "Klin plastový, bal. 200 ks", 60, Dm("3.20"))]
    net = sum(q * p for _, _, q, p in items)
    vat = (net * Dm("0.23")).quantize(Dm("0.01"))
    tot = net + vat
    s = Sheet()
    s.text("Obklad Servis s.r.o.", 14, True)
    s.text("Priemyselná 9, 917 01 Trnava, Slovensko  |  IČO 36 218 447  |  IČ DPH SK2021855172", 8)
    s.gap(10)
    s.text("FAKTÚRA - DAŇOVÝ DOKLAD č. 2026110873", 13, True)
    s.gap(4)
    for a in ["Odberateľ: Nordhafen Supply GmbH, Am Kaiserkai 41, 20457 Hamburg, Nemecko",
              "Vaša objednávka: 4500229915 zo dňa 03.11.2026", "Dodací list: DL-2026-2291 zo dňa 16.11.2026",
              "Dátum vystavenia: 25.11.2026     Dátum dodania: 16.11.2026     Dátum splatnosti: 25.12.2026",
              "Forma úhrady: prevodný príkaz     IBAN: SK31 1200 0000 1987 4263 7541"]:
        s.text(a, 9)
    s.gap(8)
    xs = [50, 150, 330, 385, 420, 480]
    s.row(["Kód", "Názov", "Množstvo", "MJ", "Cena/MJ", "Spolu EUR"], xs, 9, True)
    s.rule()
    for code, name, q, p in items:
        s.row([code, name, str(q), "bal", de(p), de(q * p)], xs)
    s.rule()
    s.row(["", "Základ dane 23 %", "", "", "", de(net)], xs)
    s.row(["", "DPH 23 %", "", "", "", de(vat)], xs)
    s.row(["", "Celkom k úhrade", "", "", "", de(tot)], xs, 9.5, True)
    s.gap(14)
    s.text("Tovar zostáva až do úplného zaplatenia majetkom dodávateľa.", 8)
    pdf = make_pdf(s.pages, title="Faktura 2026110873", author="Obklad Servis s.r.o.", creator="Money S3",
                   producer="Money S3 PDF Export", created="D:20261125072911+01'00'", compress=True)
    body = [
        "Dobrý deň,",
        "v prílohe Vám zasielame faktúru č. 2026110873 k Vašej objednávke č. 4500229915 "
        "(dodací list DL-2026-2291 zo dňa 16. 11. 2026).",
        f"Dátum splatnosti: 25. 12. 2026\nSuma na úhradu: {fr(tot, 2, ' ')} EUR",
        "Ďakujeme za spoluprácu.",
        "S pozdravom\nObklad Servis s.r.o. - fakturácia\n\nTáto správa bola vygenerovaná automaticky systémom Money S3.",
    ]
    att = attachment(pdf, "application/pdf", "FA_2026110873.pdf")
    msg = compose(ctx, client="webmail", po=po, frm=("Obklad Servis s.r.o.", sup.addr("fakturacia")),
                  date=at("2026-11-25", "07:30", 1), subject="Faktúra č. 2026110873 k objednávke 4500229915",
                  body=body, charset="utf-8", parts="text", quote=False, thread=False, attachments=[att],
                  extra_headers=[("X-Mailer", "Money S3 26.100")])
    exp = expected("unrelated", f"Invoice for an earlier order 4500229915 (not in pos.json), same item codes as PO "
                   f"4500233410 but other quantities (200/60 boxes); total {tot} EUR. Not an answer to the open PO.")
    return [po], msg, exp


# 026 ------------------------------------------------------------------------------------------
@case("vaccine-carriers-erp-pdf-only", "confirmation/ro-RO",
      "ERP mail with a one-line body; all answers are in a Flate-compressed PDF order confirmation (one line later, one line short).")
def c026(ctx):
    sup = Supplier("IZOTERM", "Izoterm Medical SRL", "vanzari@izoterm-medical.example", "ro-RO", "Ms Popescu")
    po = PO("4500233455", sup, BM, "EUR", "2026-11-16", [
        L(1, "VCB-12L-2/8", "Vaccine carrier 12 L, +2/+8 °C, 48 h", 150, "EA", "64.00", "2026-12-11"),
        L(2, "VCB-GEL-0.4", "Gel pack 0.4 L, -21 °C conditioned", 1200, "EA", "1.15", "2026-12-11"),
        L(3, "VCB-THM-DIG", "Digital min/max thermometer with probe, 2027 cal.", 150, "EA", "9.80", "2026-12-11"),
    ], with_request=False)
    rows = [("1", "VCB-12L-2/8", "Cutie izoterma vaccinuri 12 L", 150, Dm("64.00"), "11.12.2026"),
            ("2", "VCB-GEL-0.4", "Acumulator gel 0,4 L", 1200, Dm("1.15"), "18.12.2026"),
            ("3", "VCB-THM-DIG", "Termometru digital min/max", 100, Dm("9.80"), "11.12.2026")]
    s = Sheet()
    s.text("IZOTERM MEDICAL SRL", 14, True)
    s.text("Str. Fabricii nr. 46, 400620 Cluj-Napoca, Romania  |  CUI RO31874420  |  J12/2210/2013", 8)
    s.gap(12)
    s.text("CONFIRMARE DE COMANDA / ORDER CONFIRMATION", 13, True)
    s.text("Nr. CV-26-01187 din 18.11.2026", 10)
    s.gap(6)
    for a in ["Client: Brightmoor Procurement Ltd, Unit 7, Airedale Park, Leeds LS10 1AB, UK",
              "Comanda client / Customer PO: 4500233455 din 16.11.2026",
              "Conditii de livrare: DAP Leeds (Incoterms 2020)     Moneda: EUR"]:
        s.text(a, 9)
    s.gap(8)
    xs = [50, 75, 150, 330, 375, 400, 460, 510]
    s.row(["Poz.", "Cod articol", "Denumire", "Cant.", "UM", "Pret unitar", "Valoare", "Data livrare"], xs, 8, True)
    s.rule()
    tot = Dm(0)
    for p, code, name, q, pr, d in rows:
        s.row([p, code, name, de(q, 0), "buc", de(pr), de(q * pr), d], xs, 8)
        tot += q * pr
    s.rule()
    s.row(["", "", "Total fara TVA", "", "", "", de(tot), ""], xs, 8.5, True)
    s.gap(10)
    s.text("Observatii:", 9, True)
    s.text("Poz. 2: acumulatorii gel se livreaza dupa conditionare, cu o saptamana mai tarziu.", 8.5)
    s.text("Poz. 3: disponibil 100 buc; restul de 50 buc nu mai poate fi livrat (produs retras de producator).", 8.5)
    s.gap(16)
    s.text("Intocmit: Andreea Popescu, Departament Vanzari  -  tel. +40 264 555 180", 8)
    pdf = make_pdf(s.pages, title="Confirmare comanda CV-26-01187", author="Izoterm Medical SRL",
                   creator="SAGA C 3.0", producer="SAGA C 3.0 PDF", created="D:20261118100158+02'00'", compress=True)
    att = attachment(pdf, "application/pdf", "Confirmare_CV-26-01187.pdf")
    body = ["Buna ziua,",
            "Va transmitem atasat confirmarea comenzii dumneavoastra nr. 4500233455.",
            "Cu stima,\nDepartament Vanzari\nIzoterm Medical SRL\nStr. Fabricii nr. 46, 400620 Cluj-Napoca\nTel. +40 264 555 180",
            "Mesaj generat automat de SAGA C. Va rugam nu raspundeti la aceasta adresa."]
    msg = compose(ctx, client="webmail", po=po, frm=("Izoterm Medical - Comenzi", sup.addr("comenzi")),
                  date=at("2026-11-18", "10:02", 2), subject="Confirmare comanda CV-26-01187 / PO 4500233455",
                  body=body, charset="us-ascii", cte="7bit", parts="text", quote=False, thread=False,
                  attachments=[att], extra_headers=[("X-Mailer", "SAGA C 3.0")])
    exp = expected("confirmation", "ERP confirmation (not an auto_reply): values only in the PDF. Line 1 as ordered, "
                   "line 2 on 18.12.2026, line 3 only 100 of 150 (rest withdrawn). No request on record, not threaded.",
                   (po, {1: ACC, 2: chg(1200, "1.15", "2026-12-18"), 3: chg(100, "9.80", "2026-12-11")}))
    return [po], msg, exp


# 027 ------------------------------------------------------------------------------------------
@case("kombucha-greek-ooo", "auto_reply/el-GR",
      "Greek out-of-office (ISO-8859-7) naming a return date and a colleague; the only dates are about the absence.")
def c027(ctx):
    sup = Supplier("HELLFERM", "Hellenic Ferments IKE", "orders@hellenicferments.example", "el-GR", "Ms Papadopoulou")
    po = PO("4500233512", sup, VM, "EUR", "2026-11-23", [
        L(1, "KMB-SCOBY-250", "Kombucha SCOBY 250 g in starter liquid, 2027 batch", 200, "EA", "6.40", "2026-12-09"),
        L(2, "KMB-TEA-BLK", "Organic black tea for kombucha, bulk", 50, "KG", "14.20", "2026-12-09"),
    ])
    body = [
        "Σας ευχαριστώ για το μήνυμά σας.",
        "Βρίσκομαι εκτός γραφείου έως και την Παρασκευή 27/11/2026 με περιορισμένη πρόσβαση στο ηλεκτρονικό "
        "ταχυδρομείο. Για θέματα παραγγελιών παρακαλώ επικοινωνήστε με τον συνάδελφό μου κ. Νίκο Γεωργίου "
        "(n.georgiou@hellenicferments.example, τηλ. +30 210 555 4420).",
        "Με εκτίμηση,\nΕλένη Παπαδοπούλου\nHellenic Ferments IKE",
    ]
    msg = compose(ctx, client="outlook365", po=po, frm=("Ελένη Παπαδοπούλου", sup.addr("e.papadopoulou")),
                  date=at("2026-11-23", "10:14", 2).replace(second=22),
                  subject="Αυτόματη απάντηση: " + po.req_subject, body=body, charset="iso-8859-7", quote=False,
                  lang_tag="el-GR", extra_headers=[("Auto-Submitted", "auto-generated"),
                                                   ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Greek out-of-office; 27/11/2026 is the end of the absence, not a delivery date.")
    return [po], msg, exp


# 028 ------------------------------------------------------------------------------------------
@case("surgical-drapes-gmail-address-not-found", "bounce/en-IN",
      "Gmail 'Address not found' DSN (multipart/report) that carries our full request, PO table and requested dates included.")
def c028(ctx):
    sup = Supplier("MEDIDRAPE", "Medidrape Healthcare Pvt Ltd", "purchase.orders@medidrape.example", "en-IN", "Mr Iyer")
    po = PO("4500233580", sup, IN, "INR", "2026-11-24", [
        L(1, "SDR-LAP-2027", "Laparotomy drape 200x300 cm, 2027 spec, sterile", 1000, "EA", "385.00", "2026-12-15"),
        L(2, "SDR-EYE-10", "Ophthalmic drape 100x100 cm with 10x10 cm incise", 2500, "EA", "92.50", "2026-12-15"),
    ])
    msg = gmail_bounce(ctx, po, remote_reply="550 5.1.1 <purchase.orders@medidrape.example>: Recipient address "
                                             "rejected: User unknown in virtual mailbox table")
    exp = expected("bounce", "Gmail delivery failure for our request; the attached original contains the PO lines and "
                   "dates, which must not be taken as a supplier answer.")
    return [po], msg, exp


# 029 ------------------------------------------------------------------------------------------
@case("wind-bolts-postfix-dsn", "bounce/de-DE",
      "Postfix 'Undelivered Mail Returned to Sender' with message/delivery-status and the original request as message/rfc822.")
def c029(ctx):
    sup = Supplier("SCHRSAU", "Schraubenwerk Sauerland GmbH", "verkauf@schraubenwerk-sauerland.example", "de-DE",
                   "Mr Hoffmann")
    po = PO("4500233588", sup, NH, "EUR", "2026-11-25", [
        L(1, "WTB-M42-300", "Stud bolt M42x300, 10.9, tZn, for tower flange", 288, "EA", "24.90", "2027-01-22"),
        L(2, "WTB-N42-HV", "Hex nut M42 HV 10, 2027 batch", 576, "EA", "5.10", "2027-01-22"),
        L(3, "WTB-W43-HV", "Washer 43x78x7, 300HV", 576, "EA", "1.12", "2027-01-22"),
    ])
    msg = postfix_dsn(ctx, po, host="mail.nordhafen-supply.example",
                      remote="mx01.schraubenwerk-sauerland.example[198.51.100.23]",
                      diag="550 5.1.1 <verkauf@schraubenwerk-sauerland.example>: Recipient address rejected: "
                           "User unknown in local recipient table")
    exp = expected("bounce", "Standard Postfix DSN; the returned request carries the PO table (288/576 pcs, 22.01.2027).")
    return [po], msg, exp


# 030 ------------------------------------------------------------------------------------------
@case("chalk-paint-bilingual-ooo", "auto_reply/fr-CA",
      "Bilingual French/English Outlook out-of-office from Quebec with a return date written both ways.")
def c030(ctx):
    sup = Supplier("CRAIELAU", "Peintures Craie Laurentides inc.", "commandes@craielaurentides.example", "fr-CA",
                   "Ms Tremblay")
    po = PO("4500233623", sup, LC, "USD", "2026-11-20", [
        L(1, "CHP-946-LIN", "Chalk paint 946 ml (1 qt), Linen", 240, "EA", "17.80", "2026-12-11"),
        L(2, "CHP-3.78-WHT", "Chalk paint 3.78 L (1 gal), Cotton White", 60, "EA", "58.00", "2026-12-11"),
    ])
    body = [
        "Bonjour,",
        "Je suis absente du bureau jusqu'au lundi 30 novembre 2026 inclusivement. Pour toute question concernant une "
        "commande, veuillez écrire à commandes@craielaurentides.example ou composer le 450 555-0192, poste 2.",
        "Merci!",
        "---",
        "Hello,",
        "I am out of the office until Monday, November 30, 2026 inclusive. For order-related questions, please write "
        "to commandes@craielaurentides.example or call 450-555-0192 ext. 2.",
        "Thank you!\n\nJulie Tremblay\nPeintures Craie Laurentides inc.",
    ]
    msg = compose(ctx, client="outlook365", po=po, frm=("Julie Tremblay", sup.addr("julie.tremblay")),
                  date=at("2026-11-20", "09:14", -5).replace(second=40),
                  subject="Réponse automatique : " + po.req_subject, body=body, charset="windows-1252", quote=False,
                  lang_tag="fr-CA", extra_headers=[("Auto-Submitted", "auto-generated"),
                                                   ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Out-of-office in French and English; 30 November is the return date.")
    return [po], msg, exp


# 031 ------------------------------------------------------------------------------------------
@case("solar-clamps-serbian-questions", "needs_review/sr-RS",
      "Serbian (Latin) reply asking which bolt finish and which roof-hook type we want before confirming; one line 'in stock' is not a commitment.")
def c031(ctx):
    sup = Supplier("SOLARMONT", "Solar Mont d.o.o.", "prodaja@solarmont.example", "sr-RS", "Mr Jovanovic")
    po = PO("4500233680", sup, NH, "EUR", "2026-11-23", [
        L(1, "SPC-MC-30/40", "Mid clamp universal 30-40 mm, black", 3000, "PCS", "0.69", "2026-12-18"),
        L(2, "SPC-TB-M10x40", "T-bolt M10x40 with flange nut", 3000, "PCS", "0.24", "2026-12-18"),
        L(3, "SPC-HK-TILE", "Roof hook for tile roof, adjustable", 600, "EA", "4.35", "2026-12-18"),
    ])
    body = [
        "Poštovana gospođo Fischer,",
        "hvala na porudžbini. Pre nego što potvrdimo, imamo dva pitanja:",
        "1. Za poziciju 2 (T-vijak M10x40) – da li vam treba pocinkovana izvedba ili inox A2? Cena za A2 je "
        "0,31 EUR/kom.\n2. Za poziciju 3 – krovne kuke imamo za crep tipa \"Mediteran\" i za biber crep. Koji tip vam treba?",
        "Čim dobijemo vaš odgovor, poslaćemo potvrdu sa rokovima isporuke. Pozicija 1 je na stanju.",
        "Srdačan pozdrav,",
    ]
    sig = "Milan Jovanović\nSolar Mont d.o.o.\nBulevar oslobođenja 112, 21000 Novi Sad, Srbija\ntel. +381 21 555 4470"
    msg = compose(ctx, client="gmail", po=po, frm=("Milan Jovanović", sup.addr("milan.jovanovic")),
                  date=at("2026-11-25", "11:48", 1), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", quote_lang="en")
    exp = expected("needs_review", "Open questions (bolt finish, roof-hook type) block the confirmation; the A2 price is an "
                   "option, 'na stanju' (in stock) commits to nothing.")
    return [po], msg, exp


# 032 ------------------------------------------------------------------------------------------
@case("tote-bags-turkish-prepayment-condition", "needs_review/tr-TR",
      "Turkish 'we can confirm on condition of 30% prepayment', delivery 5 weeks after the payment arrives: conditional, no fixed date.")
def c032(ctx):
    sup = Supplier("EGETEKS", "Ege Tekstil Çanta San. ve Tic. A.Ş.", "ihracat@egetekstilcanta.example", "tr-TR", "Mr Yilmaz")
    po = PO("4500233734", sup, BM, "GBP", "2026-11-20", [
        L(1, "TOTE-12OZ-NAT", "Canvas tote 12 oz, 42x38 cm, natural", 8000, "PCS", "1.12", "2027-01-15"),
        L(2, "TOTE-12OZ-NVY", "Canvas tote 12 oz, 42x38 cm, navy", 4000, "PCS", "1.24", "2027-01-15"),
    ])
    body = [
        "Sayın Ashworth,",
        "Siparişiniz için teşekkür ederiz. Siparişi aşağıdaki şartla onaylayabiliriz:",
        "Yeni müşterilerimiz için ödeme koşulumuz %30 peşin, bakiye sevkiyattan önce. Peşin ödemenin tarafımıza "
        "ulaşmasından itibaren 5 hafta içinde teslimat yapabiliriz. Fiyatlar ve miktarlar siparişinizdeki gibidir.",
        "Bu koşulu kabul ediyorsanız lütfen bize bildiriniz, proforma faturayı hemen gönderelim.",
        "Saygılarımızla,",
    ]
    sig = ("Mehmet Yılmaz\nİhracat Müdürü\nEge Tekstil Çanta San. ve Tic. A.Ş.\nAtatürk OSB 10003 Sk. No:7, Çiğli / İzmir\n"
           "Tel: +90 232 555 61 40")
    msg = compose(ctx, client="outlook365", po=po, frm=("Mehmet Yılmaz", sup.addr("mehmet.yilmaz")),
                  date=at("2026-11-24", "15:20", 3), subject="YNT: " + po.req_subject, body=body, sig=sig,
                  charset="iso-8859-9", quote_lang="tr", lang_tag="tr-TR")
    exp = expected("needs_review", "Confirmation only if we accept 30% prepayment; the date depends on when the payment "
                   "arrives. A buyer decision is needed first.")
    return [po], msg, exp


# 033 ------------------------------------------------------------------------------------------
@case("cable-ties-finnish-next-week", "needs_review/fi-FI",
      "Finnish 'we will confirm quantities, prices and dates during next week': a holding reply with no values.")
def c033(ctx):
    sup = Supplier("KAAPELI", "Kaapelikiinnike Oy", "myynti@kaapelikiinnike.example", "fi-FI", "Mr Virtanen")
    po = PO("4500233791", sup, KN, "EUR", "2026-11-24", [
        L(1, "CT-140-3.6-BLK", "Cable tie 140x3.6 mm, black, UV", 50000, "PCS", "0.0061", "2026-12-18"),
        L(2, "CT-MNT-25", "Adhesive mount 25x25 mm for cable ties", 10000, "PCS", "0.048", "2026-12-18"),
    ])
    body = [
        "Hei Sofia,",
        "kiitos tilauksesta. Tarkistamme vielä tehtaan kanssa materiaalin saatavuuden ja vahvistamme tilauksen "
        "(määrät, hinnat ja toimituspäivät) ensi viikon aikana.",
        "Ystävällisin terveisin",
    ]
    sig = "Jari Virtanen\nMyyntipäällikkö\nKaapelikiinnike Oy\nTeollisuustie 8, 33330 Tampere\npuh. +358 40 555 2186"
    msg = compose(ctx, client="outlook365", po=po, frm=("Jari Virtanen", sup.addr("jari.virtanen")),
                  date=at("2026-11-26", "13:30", 2), subject="VS: " + po.req_subject, body=body, sig=sig,
                  charset="iso-8859-15", quote_lang="fi", lang_tag="fi-FI")
    exp = expected("needs_review", "'vahvistamme ... ensi viikon aikana' = will confirm next week; nothing committed.")
    return [po], msg, exp


# 034 ------------------------------------------------------------------------------------------
@case("saddle-pads-vague-before-christmas", "needs_review/en-NZ",
      "Chatty reply: 'most of it before Christmas', 'pony pads maybe a bit later', 'pricing should be fine': no firm value.")
def c034(ctx):
    sup = Supplier("KIWISAD", "Kiwi Saddlery Ltd", "orders@kiwisaddlery.example", "en-NZ", "Hamish")
    po = PO("4500233845", sup, BM, "GBP", "2026-11-24", [
        L(1, "SDP-WOOL-17", "Merino wool saddle pad 17\", GP cut", 50, "EA", "62.00", "2026-12-18"),
        L(2, "SDP-PONY-15", "Pony pad 15\", cotton quilted, 2027 colours", 40, "EA", "24.50", "2026-12-18"),
    ])
    body = [
        "Hi Tom,",
        "Got your order thanks. We're flat out at the moment but should be able to get most of it to you before "
        "Christmas, the pony pads maybe a bit later depending on when the cotton arrives. Pricing should be fine.",
        "Will firm up dates once the next container lands, probably mid next week.",
        "Cheers,\nHamish",
    ]
    sig = "Hamish Reid\nKiwi Saddlery Ltd | 21 Racecourse Rd, Cambridge 3434 | 027 555 8120"
    msg = compose(ctx, client="android-gmail", po=po, frm=("Hamish Reid", sup.addr("hamish")),
                  date=at("2026-11-27", "08:15", 13), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", quote_lang="en")
    exp = expected("needs_review", "Vague intentions only ('should', 'maybe', 'will firm up dates'): no line can be "
                   "labelled with confidence.")
    return [po], msg, exp


# 035 ------------------------------------------------------------------------------------------
@case("gym-tiles-body-vs-pdf-date", "needs_review/sl-SI",
      "Slovene body confirms delivery 15.12.2026 while the attached PDF confirmation says 22.12.2026 for the same lines.")
def c035(ctx):
    sup = Supplier("GUMIPOD", "Gumipod d.o.o.", "prodaja@gumipod.example", "sl-SI", "Ms Kovac")
    po = PO("4500233902", sup, VM, "EUR", "2026-11-23", [
        L(1, "RFT-GYM-30", "Gym floor tile 1000x1000x30 mm, black/grey fleck", 220, "M2", "42.80", "2026-12-15"),
        L(2, "RFT-RAMP-30", "Edge ramp 1000x150x30 mm", 60, "EA", "11.90", "2026-12-15"),
    ])
    s = Sheet()
    s.text("GUMIPOD d.o.o.", 14, True)
    s.text("Tržaška cesta 118, 1000 Ljubljana  |  ID za DDV: SI 58712244", 8)
    s.gap(12)
    s.text("POTRDITEV NAROČILA št. PN-26-0773", 13, True)
    s.text("Datum: 26.11.2026     Vaše naročilo: 4500233902 z dne 23.11.2026", 9)
    s.text("Kupec: Van der Meer Groep B.V., Ravenswade 54, 3439 LD Nieuwegein, Nizozemska", 9)
    s.gap(8)
    xs = [50, 80, 170, 360, 410, 450, 510]
    s.row(["Poz.", "Šifra", "Naziv", "Količina", "EM", "Cena EUR", "Vrednost"], xs, 8.5, True)
    s.rule()
    s.row(["1", "RFT-GYM-30", "Gumijasta plošča 1000x1000x30 mm", "220", "m2", "42,80", de(Dm("42.80") * 220)], xs, 8.5)
    s.row(["2", "RFT-RAMP-30", "Robni zaključek 1000x150x30 mm", "60", "kos", "11,90", de(Dm("11.90") * 60)], xs, 8.5)
    s.rule()
    s.gap(6)
    s.text("Datum dobave: 22.12.2026", 10, True)
    s.text("Paritet: DAP Nieuwegein. Plačilo: 30 dni.", 9)
    pdf = make_pdf(s.pages, title="Potrditev narocila PN-26-0773", author="Gumipod d.o.o.", creator="Pantheon",
                   producer="Datalab Pantheon", created="D:20261126101204+01'00'", compress=False)
    body = ["Pozdravljeni,",
            "potrjujemo vaše naročilo 4500233902, dobava 15.12.2026. Potrditev naročila je v prilogi.",
            "Lep pozdrav,"]
    sig = "Maja Kovač\nGumipod d.o.o.\nTržaška cesta 118, 1000 Ljubljana\nT: +386 1 555 3120"
    att = attachment(pdf, "application/pdf", "Potrditev_narocila_PN-26-0773.pdf")
    msg = compose(ctx, client="outlook365", po=po, frm=("Maja Kovač", sup.addr("maja.kovac")),
                  date=at("2026-11-26", "10:20", 1), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1250", quote_lang="sl", lang_tag="sl-SI", attachments=[att])
    exp = expected("needs_review", "Body says delivery 15.12.2026, the attached confirmation PN-26-0773 says 22.12.2026; "
                   "quantities and prices agree but the date is contradictory.")
    return [po], msg, exp


# 036 ------------------------------------------------------------------------------------------
@case("snorkel-sets-values-only-in-quote", "needs_review/id-ID",
      "Indonesian 'order received, we will process it' above our quoted request: every number in the mail is our own.")
def c036(ctx):
    sup = Supplier("BALIDIVE", "PT Bali Dive Equipment", "sales@balidive-equip.example", "id-ID", "Pak Wayan")
    po = PO("4500233966", sup, LC, "USD", "2026-11-24", [
        L(1, "DM-SNK-SET", "Mask and snorkel set, adult, tempered glass", 400, "SET", "9.80", "2027-01-08"),
        L(2, "DM-FIN-S/M", "Snorkel fins, size S/M (38-41)", 200, "PAIR", "7.60", "2027-01-08"),
    ])
    body = ["Baik Bu Priya, terima kasih.", "Pesanan sudah kami terima dan akan segera kami proses.", "Salam,"]
    sig = "Wayan Sudarma\nPT Bali Dive Equipment\nJl. Bypass Ngurah Rai No. 88, Sanur, Denpasar 80228\nHP/WA +62 812 5555 3907"
    msg = compose(ctx, client="gmail", po=po, frm=("Wayan Sudarma", sup.addr("wayan")),
                  date=at("2026-11-25", "10:02", 8), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", quote_lang="en")
    exp = expected("needs_review", "Receipt plus 'will process' without any commitment to quantity, price or date; the "
                   "values exist only in our quoted request.")
    return [po], msg, exp
