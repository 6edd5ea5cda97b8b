from .common import *

@case("hofer-kw51-materialzuschlag", "confirmation", "de-AT",
      "Outlook top-post in ISO-8859-15 QP: two lines moved to 'KW 51', third line gets a 4 % material surcharge and a yearless date.")
def c():
    s = Sup("HOFER", "Hofer Werkzeughandel GmbH", "verkauf@hofer-wzh.example", "de-AT")
    po = PO("4500031001", s, "EUR", "2026-11-03", [
        ("WS-125-1400", "Winkelschleifer 125 mm 1400 W", 12, "EA", "89.90", "2026-12-14"),
        ("WS-230-2400", "Winkelschleifer 230 mm 2400 W", 6, "EA", "164.50", "2026-12-14"),
        ("FS-125-K60", "Fächerschleifscheibe 125 mm K60", 200, "PC", "2.35", "2026-12-14")])
    body = """Sehr geehrte Frau Ruiz,

danke für Ihre Bestellung 4500031001, die wir wie folgt bestätigen:

Pos. 1  12 Stk. WS-125-1400  à € 89,90   Liefertermin KW 51
Pos. 2   6 Stk. WS-230-2400  à € 164,50  Liefertermin KW 51
Pos. 3 200 Stk. FS-125-K60   Liefertermin 14.12.
       Aufgrund der gestiegenen Rohstoffpreise müssen wir bei Pos. 3 leider einen
       Materialteuerungszuschlag von 4 % auf den Stückpreis verrechnen.

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen

Maria Gruber
Innendienst
Hofer Werkzeughandel GmbH
Triester Straße 214, 1230 Wien
Tel. +43 1 616 02 33-12 | Fax +43 1 616 02 33-99
FN 123456a HG Wien | UID ATU12345678""" + q_outlook(po, "de", "Dienstag, 3. November 2026 09:12")
    eml = reply(po, addr("Gruber Maria", "m.gruber@hofer-wzh.example"), "AW: " + req_subject(po),
                rfcdate("2026-11-10", "08:47:13", "+0100"), "<AM6PR04MB5521.8F3A@hofer-wzh.example>",
                text(body, cs="iso-8859-15"), extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrTk1x9pQ2mZ0bYQ1aV3f4sPq2Hbg==")])
    exp = conf("KW 51 without a day = Friday 2026-12-18 for lines 1-2 (PO wanted 14 Dec). Line 3: '14.12.' without year -> 2026-12-14 as requested, "
               "but 4 % surcharge on 2.35 -> 2.444.",
               (po, {1: dict(d="2026-12-18"), 2: dict(d="2026-12-18"), 3: dict(p="2.444")}))
    return [po], eml, exp

@case("metais-caixa-fechada", "confirmation", "pt-BR",
      "Gmail reply in Portuguese: line 1 rounded up to closed boxes of 50, all lines moved to a yearless date '15/12', R$ decimal comma.")
def c():
    s = Sup("METPAU", "Metais Paulista Conexões Ltda", "vendas@metaispaulista.example", "pt-BR")
    po = PO("4500031002", s, "BRL", "2026-11-04", [
        ("CX-LT-12", "Cotovelo latão 1/2\" BSP 90°", 180, "PC", "12.40", "2026-12-09"),
        ("NP-LT-34", "Niple duplo latão 3/4\" BSP", 250, "PC", "8.75", "2026-12-09"),
        ("UN-LT-100", "União latão 1\" BSP", 60, "PC", "31.90", "2026-12-09")])
    body = """Bom dia Dana, tudo bem?

Segue a confirmação do pedido 4500031002:

- Cotovelo 1/2": só vendemos em caixa fechada com 50 pçs, então faturamos 200 pçs (4 caixas) a R$ 12,40/pç
- Niple duplo 3/4": 250 pçs a R$ 8,75 ok
- União 1": 60 pçs a R$ 31,90 ok

Prazo de entrega para todos os itens: 15/12.

Qualquer dúvida estou à disposição.

Att.,
Rafael Souza
Comercial - Metais Paulista
(11) 4002-8922 | WhatsApp (11) 98765-4321
CNPJ 12.345.678/0001-90""" + q_gmail(po, "Em qua., 4 de nov. de 2026 às 05:12, Dana Ruiz <dana.ruiz@nordhaven-supply.example> escreveu:")
    eml = reply(po, addr("Rafael Souza", "rafael.souza@metaispaulista.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-11", "10:23:05", "-0300"), "<CAJx8pQ1uT7vW2m@mail.gmail.com>",
                text(body, flowed=False))
    exp = conf("Line 1 rounded to 4 boxes of 50 = 200. '15/12' (no year, after the 11 Nov mail) = 2026-12-15 for all lines, so all are changed (PO wanted 9 Dec).",
               (po, {1: dict(q=200, d="2026-12-15"), 2: dict(d="2026-12-15"), 3: dict(d="2026-12-15")}))
    return [po], eml, exp

@case("siam-buddhist-era", "confirmation", "th-TH",
      "HTML-only Thai reply (base64) with dates in the Buddhist Era (2569/2570) and Thai month abbreviations.")
def c():
    s = Sup("SIAMT", "Siam Tools Supply Co., Ltd.", "sales@siamtools.example", "th-TH")
    po = PO("4500031003", s, "THB", "2026-11-02", [
        ("CG-9-STD", "Caulking gun 9 in, standard", 120, "EA", "95.00", "2026-12-15"),
        ("CG-PRO-SK", "Caulking gun pro, skeleton frame", 40, "EA", "245.00", "2026-12-15")])
    html = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Tahoma\">"
            "<p>เรียน คุณ Dana</p><p>ทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031003 ตามรายละเอียดดังนี้ค่ะ</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>ลำดับ</th><th>รหัสสินค้า</th><th>จำนวน</th><th>ราคา/หน่วย (บาท)</th><th>กำหนดส่ง</th></tr>"
            "<tr><td>1</td><td>CG-9-STD</td><td>120 ชิ้น</td><td>95.00</td><td>15 ธ.ค. 2569</td></tr>"
            "<tr><td>2</td><td>CG-PRO-SK</td><td>40 ชิ้น</td><td>245.00</td><td>5 ม.ค. 2570</td></tr></table>"
            "<p>รายการที่ 2 สินค้าหมดสต็อกชั่วคราว จึงขอเลื่อนกำหนดส่งตามตารางข้างต้นค่ะ</p>"
            "<p>ขอบคุณค่ะ<br>สุภาพร วงศ์ใหญ่ (ฝ่ายขาย)<br>บริษัท สยามทูลส์ ซัพพลาย จำกัด<br>โทร 02-123-4567 ต่อ 118 | เลขประจำตัวผู้เสียภาษี 0105551234567</p></div>"
            + q_html(po, "On Mon, 2 Nov 2026 at 15:12, Dana Ruiz wrote:") + "</body></html>")
    eml = reply(po, addr("สุภาพร วงศ์ใหญ่", "supaporn@siamtools.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-09", "14:31:50", "+0700"), "<TYZPR01MB7711.4A2C@siamtools.example>",
                text(html, "html", cte="base64"))
    exp = conf("Thai BE years: 2569 = 2026, 2570 = 2027. Line 1 15 Dec 2026 as ordered; line 2 postponed (out of stock) to 5 Jan 2027.",
               (po, {1: "A", 2: dict(d="2027-01-05")}))
    return [po], eml, exp

@case("nyumbani-phone-split", "confirmation", "sw-KE",
      "Terse Swahili reply from a phone: 230 mm blades split 30 now / 20 in January, 115 mm blades as ordered, prices 'kama ilivyo kwenye LPO'.")
def c():
    s = Sup("NYUMB", "Nyumbani Hardware Ltd", "orders@nyumbanihardware.example", "sw-KE")
    po = PO("4500031004", s, "KES", "2026-11-05", [
        ("DB-230-SEG", "Diamond blade 230 mm segmented", 50, "PC", "1450.00", "2026-12-10"),
        ("DB-115-TB", "Diamond blade 115 mm turbo", 80, "PC", "620.00", "2026-12-10")])
    body = """Habari Dana,
Tumepokea LPO 4500031004. Blade za 230mm tuna pcs 30 tu kwa stock, tutaleta hizo 30 tarehe 10/12 na 20 zilizobaki tarehe 7/1/2027. Blade za 115mm zote 80 tutaleta tarehe 10/12. Bei kama ilivyo kwenye LPO.
Asante,
Peter Otieno

Sent from my Samsung Galaxy smartphone.""" + q_gmail(po, "On Thu, 5 Nov 2026, 11:12 Dana Ruiz, <dana.ruiz@nordhaven-supply.example> wrote:")
    eml = reply(po, addr("Peter Otieno", "p.otieno@nyumbanihardware.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-12", "14:05:44", "+0300"), "<5f2a9c1e-77aa-4c1b@nyumbanihardware.example>",
                text(body, cte="7bit"))
    exp = conf("Line 1 split: 30 on 2026-12-10, 20 on 2027-01-07 (day-first). Line 2 all 80 on 10/12 = requested date, prices unchanged -> accepted.",
               (po, {1: dict(s=[(30, "2026-12-10"), (20, "2027-01-07")]), 2: "A"}))
    return [po], eml, exp

@case("ganesh-per-100-rolls", "confirmation", "hi-IN",
      "Hindi reply quoting tape prices per 100 rolls (equal to the PO per-roll price), Indian digit grouping, one line delayed to DD-MM-YYYY.")
def c():
    s = Sup("GANESH", "Shree Ganesh Electricals", "sales@shreeganeshelectricals.example", "hi-IN")
    po = PO("4500031005", s, "INR", "2026-11-03", [
        ("ET-19-BLK", "PVC insulation tape 19 mm x 20 m, black", 1000, "ROL", "18.50", "2026-12-07"),
        ("ET-19-RED", "PVC insulation tape 19 mm x 20 m, red", 500, "ROL", "18.50", "2026-12-07"),
        ("ET-HV-25", "Self-amalgamating HV tape 25 mm x 10 m", 100, "ROL", "310.00", "2026-12-21")], buyer="priya")
    body = """नमस्ते प्रिया जी,

आपका पीओ क्रमांक 4500031005 प्राप्त हुआ, धन्यवाद। पुष्टि इस प्रकार है:

1. काली PVC टेप 19mm – 1000 रोल, ₹1,850 प्रति 100 रोल, डिलीवरी 07-12-2026
2. लाल PVC टेप 19mm – 500 रोल, ₹1,850 प्रति 100 रोल, डिलीवरी 07-12-2026
3. HV टेप 25mm – 100 रोल @ ₹310.00 प्रति रोल, डिलीवरी 04-01-2027 (कंपनी से माल आने में देरी है)

कुल राशि: ₹58,750 + GST 18%

धन्यवाद,
राजेश अग्रवाल
श्री गणेश इलेक्ट्रिकल्स, लैमिंगटन रोड, मुंबई 400007
मो. 98200 12345 | GSTIN 27ABCDE1234F1Z5""" + q_gmail(po, "On Tue, 3 Nov 2026 at 13:42, Priya Nair <priya.nair@nordhaven-supply.example> wrote:")
    eml = reply(po, addr("Rajesh Agarwal", "rajesh@shreeganeshelectricals.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-06", "12:10:09", "+0530"), "<CAGs9_Rk2mQ1Fz0w@mail.gmail.com>",
                text(body, cte="base64"))
    exp = conf("₹1,850 per 100 rolls = 18.50 per ROL, same as PO -> lines 1-2 accepted (07-12-2026 is day-first 7 Dec). Line 3 price same, date 2027-01-04.",
               (po, {1: "A", 2: "A", 3: dict(d="2027-01-04")}))
    return [po], eml, exp

@case("jarn-question-galv", "needs_review", "is-IS",
      "Icelandic reply asking whether hot-dip or electro-galvanised staples are wanted before confirming anything.")
def c():
    s = Sup("JARN", "Járn & Festingar ehf.", "pantanir@jarnfest.example", "is-IS")
    po = PO("4500031006", s, "ISK", "2026-11-06", [
        ("GK-40-GALV", "Fence staples 40 mm galvanised", 25, "KG", "890.00", "2027-01-20"),
        ("GK-50-GALV", "Fence staples 50 mm galvanised", 40, "KG", "870.00", "2027-01-20")])
    body = """Sæl Dana,

takk fyrir pöntunina nr. 4500031006.

Áður en við staðfestum: viltu heitgalvaníseraða kengi eða rafgalvaníseraða? Heitgalvaníseruðu eru til á lager, en rafgalvaníseruðu koma ekki til okkar fyrr en í febrúar og verðið er annað (um 790 kr./kg).

Láttu mig vita og ég sendi staðfestingu strax.

Kveðja,
Guðrún Sigurðardóttir
Járn & Festingar ehf. | Smiðjuvegi 11, 200 Kópavogi | s. 555-4120 | kt. 540199-2389""" + q_gmail(po, "Þann fös. 6. nóv. 2026 kl. 08:12 skrifaði Dana Ruiz <dana.ruiz@nordhaven-supply.example>:")
    eml = reply(po, addr("Guðrún Sigurðardóttir", "gudrun@jarnfest.example", "iso-8859-1", "Q"), "Re: " + req_subject(po),
                rfcdate("2026-11-09", "10:02:33", "+0000"), "<CAOp3sX9fGu@mail.gmail.com>",
                text(body, cs="iso-8859-1"))
    return [po], eml, other("needs_review", "Supplier asks which galvanising the buyer wants and promises to confirm afterwards; no line is committed.")

@case("tristate-ship-12-4", "confirmation", "en-US",
      "One-line iPhone reply 'Confirmed all 3 lines, will ship 12/4' - US month-first ship date applies to every line.")
def c():
    s = Sup("TRIST", "Tri-State Safety Products Inc.", "orders@tristatesafety.example", "en-US")
    po = PO("4500031007", s, "USD", "2026-11-09", [
        ("WC-RUB-10", "Rubber wheel chock 10 in", 48, "EA", "21.75", "2026-12-11"),
        ("WC-URE-AV", "Urethane aviation chock pair w/ rope", 12, "PR", "64.00", "2026-12-11"),
        ("WC-HOLDER", "Wall-mount chock holder", 24, "EA", "14.20", "2026-12-11")])
    body = "Confirmed all 3 lines, will ship 12/4.\n\nSent from my iPhone\n\n" + \
        "On Nov 9, 2026, at 3:12 AM, Dana Ruiz <dana.ruiz@nordhaven-supply.example> wrote:\n\n" + gt(req_text(po)) + "\n"
    eml = reply(po, addr("Mike Kowalski", "mkowalski@tristatesafety.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-16", "07:58:21", "-0500"), "<A7C1E3B2-9D44-4F1A-8E2B-3C5D6E7F8A90@tristatesafety.example>",
                text(body, cte="7bit", extra=[]), extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = conf("'12/4' from a US supplier = December 4, 2026 (month-first); only a ship date given, so it is the date for all lines; quantities and prices as ordered.",
               (po, {1: dict(d="2026-12-04"), 2: dict(d="2026-12-04"), 3: dict(d="2026-12-04")}))
    return [po], eml, exp

@case("pennine-inline-caps", "confirmation", "en-GB",
      "Answers typed in capitals between our '>'-quoted PO lines: OK, new price, discontinued, and a day-first yearless '08/01'.")
def c():
    s = Sup("PENN", "Pennine Lifting Ltd", "sales@penninelifting.example", "en-GB")
    po = PO("4500031008", s, "GBP", "2026-11-04", [
        ("HJ-BTL-3T", "Hydraulic bottle jack 3 t", 20, "EA", "38.60", "2026-12-10"),
        ("HJ-TRL-2T", "Trolley jack 2 t low profile", 10, "EA", "112.00", "2026-12-10"),
        ("HJ-BTL-20T", "Hydraulic bottle jack 20 t", 4, "EA", "96.40", "2026-12-10"),
        ("JS-3T-PR", "Axle stands 3 t (pair)", 15, "PR", "27.90", "2026-12-10")], buyer="jonas")
    rt = req_text(po).split("\n")
    ans = {"HJ-BTL-3T": "OK", "HJ-TRL-2T": "OK BUT PRICE IS NOW 118.00 - NEW PRICE LIST FROM 1ST NOV, SORRY",
           "HJ-BTL-20T": "NO LONGER AVAILABLE, REPLACED BY HJ-BTL-20TX - CAN QUOTE SEPARATELY IF YOU WANT",
           "JS-3T-PR": "OK, 08/01 EARLIEST I'M AFRAID"}
    out = []
    for l in rt:
        out.append("> " + l if l else ">")
        w = l.split()
        if len(w) > 2 and w[0].isdigit() and w[1] in ans:
            out.append(ans[w[1]])
    body = ("Hi Jonas,\n\nAnswers in line below in caps.\n\nCheers\nGareth\n\n--\nGareth Holroyd | Sales Office\n"
            "Pennine Lifting Ltd, Unit 7 Calder Park, Wakefield WF2 7AW\nT 01924 555 210 | M 07700 900 418\n"
            "Registered in England No. 04512378 | VAT GB 123 4567 89\n\n"
            "On 04/11/2026 09:12, Jonas Berg wrote:\n" + "\n".join(out) + "\n")
    eml = reply(po, addr("Gareth Holroyd", "gareth@penninelifting.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-11", "16:44:02", "+0000"), "<7d1e2f3a-5b6c-4d7e-8f90-a1b2c3d4e5f6@penninelifting.example>",
                text(body, cte="7bit"), extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = conf("Inline answers: L1 OK; L2 price 118.00; L3 discontinued -> rejected (replacement only offered); L4 '08/01' UK day-first, no year -> 2027-01-08.",
               (po, {1: "A", 2: dict(p="118.00"), 3: "R", 4: dict(d="2027-01-08")}))
    return [po], eml, exp

@case("lambert-postfix-dsn", "bounce", "fr-FR",
      "Postfix multipart/report DSN: the PO request to the supplier bounced with 550 5.1.1 user unknown.")
def c():
    s = Sup("LAMB", "Quincaillerie Lambert SA", "commandes@quincaillerie-lambert.example", "fr-FR")
    po = PO("4500031009", s, "EUR", "2026-11-05", [
        ("FJ-FIB-2", "Feuille joint fibre 1500x1500x2 mm", 10, "EA", "46.80", "2026-12-15"),
        ("FJ-EPDM-3", "Feuille EPDM 1000x1000x3 mm", 8, "EA", "39.10", "2026-12-15")])
    t = f"""This is the mail system at host mx1.nordhaven-supply.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<commandes@quincaillerie-lambert.example>: host
    mx.quincaillerie-lambert.example[203.0.113.25] said: 550 5.1.1
    <commandes@quincaillerie-lambert.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; mx1.nordhaven-supply.example
X-Postfix-Queue-ID: 4Q7ZkT1m2Wz9sTP
X-Postfix-Sender: rfc822; dana.ruiz@nordhaven-supply.example
Arrival-Date: Thu,  5 Nov 2026 09:12:41 +0100 (CET)

Final-Recipient: rfc822; commandes@quincaillerie-lambert.example
Original-Recipient: rfc822;commandes@quincaillerie-lambert.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.quincaillerie-lambert.example
Diagnostic-Code: smtp; 550 5.1.1 <commandes@quincaillerie-lambert.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    oh = f"""From: Dana Ruiz <dana.ruiz@nordhaven-supply.example>
To: commandes@quincaillerie-lambert.example
Subject: {req_subject(po)}
Date: {req_date(po)}
Message-ID: {po['request_message_id']}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_po_4500031009"
"""
    body = Part([("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"{B}\"")], children=[
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], t.encode()),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], oh.encode())],
        boundary="4Q7ZkT1m2Wz9sTP.1793866363/mx1.nordhaven-supply.example")
    eml = mail("MAILER-DAEMON@mx1.nordhaven-supply.example (Mail Delivery System)", "dana.ruiz@nordhaven-supply.example",
               "Undelivered Mail Returned to Sender", rfcdate("2026-11-05", "09:12:43", "+0100"),
               "<20261105081243.5A1B2C3D4E@mx1.nordhaven-supply.example>", body,
               extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, other("bounce", "Postfix DSN for the PO request (original Message-ID in the returned headers); nothing from the supplier.")

@case("laurentides-janvier-split", "confirmation", "fr-CA",
      "Québec French multipart/alternative: yearless 'le 7 janvier' dates earlier than requested, class-2 gloves split 8 + 4, office-closure dates as distractors.")
def c():
    s = Sup("LAUR", "Distributions Laurentides inc.", "commandes@distlaurentides.example", "fr-CA")
    po = PO("4500031010", s, "CAD", "2026-11-05", [
        ("GI-CL0-10", "Gants isolants classe 0, taille 10", 24, "PR", "68.50", "2027-01-11"),
        ("GI-CL2-10", "Gants isolants classe 2, taille 10", 12, "PR", "142.00", "2027-01-11"),
        ("SG-CUIR-10", "Surgants en cuir, taille 10", 36, "PR", "24.95", "2027-01-11")], buyer="priya")
    t = """Bonjour Priya,

Voici la confirmation pour votre commande 4500031010 :

- Classe 0, t. 10 : 24 paires à 68,50 $ - livraison le 7 janvier
- Classe 2, t. 10 : 8 paires livrées le 7 janvier avec le reste; les 4 autres paires suivront le 28 janvier. Prix 142,00 $ la paire.
- Surgants cuir t. 10 : 36 paires à 24,95 $ - livraison le 7 janvier

Prenez note que nos bureaux seront fermés du 24 décembre au 4 janvier.

Merci et bonne journée,

Sylvie Gagnon
Service à la clientèle | Distributions Laurentides inc.
1-800-555-0199, poste 214 | 1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9"""
    h = "<div dir=\"ltr\">" + "".join(f"<div>{html_esc(l) or '<br>'}</div>" for l in t.split("\n")) + "</div>" + \
        q_html(po, "Le jeu. 5 nov. 2026, à 03 h 12, Priya Nair <priya.nair@nordhaven-supply.example> a écrit :")
    eml = reply(po, addr("Sylvie Gagnon", "sgagnon@distlaurentides.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-13", "11:40:18", "-0500"), "<YT3PR01MB6402.33F1@distlaurentides.example>",
                mp("alternative", text(t + q_outlook(po, "fr"), cs="utf-8"), text(h, "html")))
    exp = conf("'le 7 janvier' (no year, mail in Nov 2026) = 2027-01-07, earlier than requested 11 Jan -> changed. Line 2: 8 on 2027-01-07 + 4 on 2027-01-28.",
               (po, {1: dict(d="2027-01-07"), 2: dict(s=[(8, "2027-01-07"), (4, "2027-01-28")]), 3: dict(d="2027-01-07")}))
    return [po], eml, exp

@case("bajio-erp-pdf-posiciones", "confirmation", "es-MX",
      "Automatic ERP mail (Auto-Submitted, new thread) with a PDF order confirmation: ERP positions 10/20/30, pack rounding and a price/date change only in the PDF.")
def c():
    s = Sup("BAJIO", "Eléctrica del Bajío S.A. de C.V.", "ventas@electricabajio.example", "es-MX")
    po = PO("4500031011", s, "MXN", "2026-11-04", [
        ("CJ-100-IP65", "Caja de registro 100x100x50 IP65", 200, "EA", "38.90", "2026-12-04"),
        ("CJ-150-IP65", "Caja de registro 150x110x70 IP65", 120, "EA", "61.20", "2026-12-04"),
        ("CJ-PC-220", "Caja policarbonato 220x170x80 tapa transp.", 35, "EA", "289.00", "2026-12-18")])
    p = pdf(["ELECTRICA DEL BAJIO S.A. DE C.V.   RFC EBA980512KJ3",
             "Av. Tecnologico 1520, Celaya, Gto. C.P. 38010   Tel. 461 555 0120", "",
             "CONFIRMACION DE PEDIDO   OV-2026-18734", "Fecha: 10/11/2026",
             "Cliente: NORDHAVEN SUPPLY B.V. (C-004471)", "Su orden de compra: 4500031011", "",
             "Pda  Articulo      Descripcion                        Cant  UM    Precio MXN   Entrega",
             "10   CJ-100-IP65   Caja registro 100x100x50 IP65       200  PZA       38.90   04/12/2026",
             "20   CJ-150-IP65   Caja registro 150x110x70 IP65       150  PZA       61.20   04/12/2026",
             "30   CJ-PC-220     Caja policarbonato 220x170x80        35  PZA      305.00   08/01/2027", "",
             "Subtotal: 27,623.00   IVA 16%: 4,419.68   Total: 32,042.68 MXN", "",
             "Notas:", "Pda 20 ajustada a multiplo de empaque (50 pzas).",
             "Pda 30: precio actualizado segun lista vigente 2026-11.",
             "Condiciones: 30 dias neto. Precios LAB Celaya."], "Confirmacion de pedido OV-2026-18734")
    t = """Estimado cliente:

Adjunto encontrará la confirmación de pedido OV-2026-18734 correspondiente a su orden de compra 4500031011.

Este correo fue generado automáticamente, favor de no responder. Para cualquier aclaración comuníquese con su ejecutivo de ventas al 461 555 0120.

Eléctrica del Bajío S.A. de C.V."""
    eml = mail(addr("Eléctrica del Bajío - Notificaciones", "no-reply@electricabajio.example"),
               addr("Dana Ruiz", "dana.ruiz@nordhaven-supply.example"),
               "Confirmación de pedido OV-2026-18734 / OC 4500031011", rfcdate("2026-11-10", "08:00:12", "-0600"),
               "<erp.ov202618734.20261110140012@electricabajio.example>",
               mp("mixed", text(t, cs="iso-8859-1"), att(p, "application/pdf", "OV-2026-18734.pdf")),
               extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP Business One Mailer")])
    exp = conf("ERP-generated confirmation counts as confirmation. Pda 10/20/30 = PO lines 1/2/3. L1 as ordered; L2 150 (pack of 50); L3 price 305.00 and 08/01/2027 = 2027-01-08 (day-first).",
               (po, {1: "A", 2: dict(q=150), 3: dict(p="305.00", d="2027-01-08")}))
    return [po], eml, exp

@case("ebro-fuera-oficina", "auto_reply", "es-ES",
      "Spanish out-of-office reply threaded on our request, mentioning a return date and an alternative phone number.")
def c():
    s = Sup("EBRO", "Suministros Industriales Ebro S.L.", "pedidos@suministrosebro.example", "es-ES")
    po = PO("4500031012", s, "EUR", "2026-11-06", [
        ("SL-600-MAG", "Nivel de burbuja 600 mm magnético", 30, "EA", "17.40", "2026-12-14"),
        ("SL-1200-AL", "Nivel de aluminio 1200 mm", 20, "EA", "26.90", "2026-12-14")])
    t = """Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 7 de diciembre, con acceso limitado al correo electrónico.
Para pedidos urgentes puede contactar con pedidos@suministrosebro.example o llamar al 976 123 456 (ext. 2).

Un saludo,
Lucía Martín Gil
Suministros Industriales Ebro S.L."""
    eml = reply(po, addr("Lucía Martín Gil", "lucia.martin@suministrosebro.example", "iso-8859-1", "Q"),
                "Respuesta automática: " + req_subject(po), rfcdate("2026-11-06", "09:13:02", "+0100"),
                "<DB9PR08MB6707.AUTO.11@suministrosebro.example>", text(t, cs="iso-8859-1"),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, other("auto_reply", "Out-of-office auto reply (Auto-Submitted: auto-replied); commits to nothing.")

@case("brambilla-newsletter", "unrelated", "it-IT",
      "Supplier's monthly HTML newsletter promoting the very ladder hooks on the PO at a promo price - not an answer.")
def c():
    s = Sup("BRAMB", "Ferramenta Brambilla S.r.l.", "ordini@ferramentabrambilla.example", "it-IT")
    po = PO("4500031013", s, "EUR", "2026-11-09", [
        ("GS-40", "Gancio per scala 40 mm zincato", 200, "EA", "5.20", "2026-12-16"),
        ("GS-60-PVC", "Gancio per scala 60 mm rivestito PVC", 100, "EA", "7.80", "2026-12-16")])
    t = """Ferramenta Brambilla - Newsletter Dicembre 2026

NOVITÀ DEL MESE
Ganci per scale GS-40 zincati: solo 4,90 € cad. per ordini entro il 15/12/2026!
Ganci GS-60-PVC rivestiti: 7,50 € cad. (min. 50 pz)

Spedizione gratuita sopra i 300,00 € + IVA.
Chiusura per festività: dal 24/12 al 6/1.

Ferramenta Brambilla S.r.l. - Via dell'Industria 18, 20871 Vimercate (MB) - P.IVA 01234560967
Ricevi questa email perché sei iscritto alla nostra newsletter. Per cancellarti clicca qui: https://news.ferramentabrambilla.example/u?id=88412"""
    h = "<html><body><h2>Novità del mese</h2><p><b>Ganci per scale GS-40</b> zincati: solo <b>4,90&nbsp;€</b> cad. per ordini entro il 15/12/2026!</p><p>Ganci GS-60-PVC rivestiti: 7,50&nbsp;€ cad. (min. 50 pz)</p><p>Spedizione gratuita sopra i 300,00&nbsp;€ + IVA. Chiusura per festività: dal 24/12 al 6/1.</p><p style=\"font-size:10px\">Ferramenta Brambilla S.r.l. - P.IVA 01234560967 - <a href=\"https://news.ferramentabrambilla.example/u?id=88412\">Disiscriviti</a></p></body></html>"
    eml = mail(addr("Ferramenta Brambilla", "newsletter@news.ferramentabrambilla.example"),
               "dana.ruiz@nordhaven-supply.example", "🔧 Novità di dicembre: ganci per scale in promozione",
               rfcdate("2026-11-12", "07:30:00", "+0100"), "<nl-2026-12.88412@news.ferramentabrambilla.example>",
               mp("alternative", text(t), text(h, "html")),
               extra=[("List-Unsubscribe", "<https://news.ferramentabrambilla.example/u?id=88412>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return [po], eml, other("unrelated", "Bulk newsletter (List-Unsubscribe, Precedence: bulk); the promo prices are not an answer to PO 4500031013.")

@case("vandijk-doos-week", "confirmation", "nl-NL",
      "Dutch reply pricing per box of 12 (= PO unit price) with 'week 50'/'week 2' deliveries that land exactly on the requested Fridays: all accepted.")
def c():
    s = Sup("VDIJK", "Van Dijk Bouwmaterialen B.V.", "verkoop@vandijkbouw.example", "nl-NL")
    po = PO("4500031014", s, "EUR", "2026-11-05", [
        ("MV-FL-RD", "Markeerverf fluor rood 500 ml", 240, "EA", "6.20", "2026-12-11"),
        ("MV-FL-GE", "Markeerverf fluor geel 500 ml", 120, "EA", "6.20", "2026-12-11"),
        ("MV-PST-WT", "Markeerpistool voor spuitbussen", 6, "EA", "18.75", "2027-01-15")], buyer="tomas")
    body = """Goedemorgen Tomas,

Bedankt voor je order 4500031014. Hierbij onze bevestiging:

- Rood: 240 st. (20 dozen à 12), € 74,40 per doos, levering week 50
- Geel: 120 st. (10 dozen), idem, levering week 50
- Markeerpistool: 6 st. à € 18,75, levering week 2

Met vriendelijke groet,

Sanne de Vries
Binnendienst
Van Dijk Bouwmaterialen B.V. | Industrieweg 12, 5232 BD 's-Hertogenbosch
T +31 (0)73 612 34 56 | KvK 12345678 | BTW NL001234567B01""" + q_outlook(po, "nl", "donderdag 5 november 2026 09:12")
    eml = reply(po, addr("Sanne de Vries", "s.devries@vandijkbouw.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-12", "08:15:40", "+0100"), "<AS8PR02MB9921.1C5E@vandijkbouw.example>", text(body))
    exp = conf("€ 74,40 per box of 12 = 6.20 per EA (as PO). Week 50 = Fri 2026-12-11 and week 2 (next year, mail in Nov) = Fri 2027-01-15: exactly the requested dates -> all accepted.",
               (po, {1: "A", 2: "A", 3: "A"}))
    return [po], eml, exp

@case("vandenberghe-vrijdag", "needs_review", "nl-BE",
      "Flemish reply: order received, sizes M/L are tight, will report by Friday - no commitment.")
def c():
    s = Sup("VDBG", "Vandenberghe Safety NV", "orders@vandenberghe-safety.example", "nl-BE")
    po = PO("4500031015", s, "EUR", "2026-11-09", [
        ("NG-M-100", "Nitrile handschoenen maat M, doos 100 st.", 60, "BOX", "6.85", "2026-12-14"),
        ("NG-L-100", "Nitrile handschoenen maat L, doos 100 st.", 60, "BOX", "6.85", "2026-12-14"),
        ("NG-XL-100", "Nitrile handschoenen maat XL, doos 100 st.", 20, "BOX", "6.85", "2026-12-14")])
    body = """Dag Dana,

Goed ontvangen, waarvoor dank.
De maten M en L zijn momenteel krap bij ons. Ik vraag na bij onze leverancier hoeveel dozen we tegen half december kunnen krijgen en laat u uiterlijk vrijdag iets weten, ook voor de XL.

Met vriendelijke groeten,
Pieter Vandenberghe
Vandenberghe Safety NV | Kortrijksesteenweg 220, 9830 Sint-Martens-Latem
T +32 9 123 45 67 | BTW BE 0412.345.678

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.""" + q_outlook(po, "nl")
    eml = reply(po, addr("Pieter Vandenberghe", "pieter@vandenberghe-safety.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "11:05:51", "+0100"), "<PR3P195MB0744.9D2A@vandenberghe-safety.example>", text(body))
    return [po], eml, other("needs_review", "Receipt plus 'will let you know by Friday' for all sizes: nothing committed yet.")

@case("hydromal-wycofany", "confirmation", "pl-PL",
      "Polish ISO-8859-2 reply: lines 1 and 3 with an earlier ship date, line 2 discontinued with a successor offered only as a new order.")
def c():
    s = Sup("HYDRO", "Hydro-Mal Sp. z o.o.", "zamowienia@hydromal.example", "pl-PL")
    po = PO("4500031016", s, "PLN", "2026-11-03", [
        ("AP-HVLP-600", "Pistolet lakierniczy HVLP 600 W", 10, "EA", "389.00", "2026-12-08"),
        ("AP-AIRLESS-2", "Agregat malarski airless 2,0 l/min", 2, "EA", "4290.00", "2026-12-08"),
        ("DZ-14", "Dysza 1,4 mm do AP-HVLP", 20, "PC", "24.50", "2026-12-08")])
    body = """Dzień dobry,

potwierdzamy zamówienie nr 4500031016:

poz. 1 - 10 szt. x 389,00 zł netto, wysyłka 4.12.2026
poz. 2 - model wycofany z oferty producenta, niestety nie zrealizujemy tej pozycji. Proponujemy następcę AP-AIRLESS-3 w cenie 4 650,00 zł netto - w razie zainteresowania prosimy o nowe zamówienie.
poz. 3 - 20 szt. x 24,50 zł netto, wysyłka 4.12.2026

Pozdrawiam
Katarzyna Wiśniewska
Dział Handlowy
Hydro-Mal Sp. z o.o., ul. Przemysłowa 7, 62-080 Tarnowo Podgórne
tel. +48 61 814 22 10 | NIP 781-123-45-67 | KRS 0000123456""" + q_outlook(po, "pl", "wtorek, 3 listopada 2026 09:12")
    eml = reply(po, addr("Katarzyna Wiśniewska", "k.wisniewska@hydromal.example", "iso-8859-2", "Q"),
                "Odp: " + req_subject(po), rfcdate("2026-11-09", "13:20:07", "+0100"),
                "<001a01db52c8$3f2e1a40$bd8a4ec0$@hydromal.example>", text(body, cs="iso-8859-2"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    exp = conf("Ship date 4.12.2026 is the date for lines 1 and 3 (changed, earlier). Line 2 discontinued -> rejected; the successor is only a proposal.",
               (po, {1: dict(d="2026-12-04"), 2: "R", 3: dict(d="2026-12-04")}))
    return [po], eml, exp

@case("pneutech-xlsx-potvrzeni", "confirmation", "cs-CZ",
      "Czech windows-1250 mail whose text only mentions line 4's later date; an XLSX attachment also changes line 3's price.")
def c():
    s = Sup("PNEU", "Pneutech s.r.o.", "obchod@pneutech.example", "cs-CZ")
    po = PO("4500031017", s, "CZK", "2026-11-04", [
        ("RS-14-M", "Rychlospojka 1/4\" samec", 100, "PC", "42.00", "2026-12-09"),
        ("RS-14-F", "Rychlospojka 1/4\" samice", 100, "PC", "96.00", "2026-12-09"),
        ("RS-38-F", "Rychlospojka 3/8\" samice", 50, "PC", "128.00", "2026-12-09"),
        ("HD-8-10", "Hadice PU 8x5 mm 10 m se spojkami", 20, "EA", "315.00", "2026-12-16")])
    x = xlsx([["Potvrzení objednávky", "", "", "", "", "", ""],
              ["Vaše objednávka:", "4500031017", "", "Naše zakázka:", "ZK26-04471", "", ""],
              ["Pol.", "Kód", "Popis", "Množství", "MJ", "Cena/MJ CZK", "Termín dodání"],
              [1, "RS-14-M", "Rychlospojka 1/4\" samec", 100, "ks", 42, "09.12.2026"],
              [2, "RS-14-F", "Rychlospojka 1/4\" samice", 100, "ks", 96, "09.12.2026"],
              [3, "RS-38-F", "Rychlospojka 3/8\" samice", 50, "ks", 131.5, "09.12.2026"],
              [4, "HD-8-10", "Hadice PU 8x5 mm 10 m", 20, "ks", 315, "13.01.2027"],
              ["", "", "", "", "", "Celkem bez DPH:", 26675]], "Potvrzeni")
    body = """Dobrý den, paní Ruiz,

v příloze zasíláme potvrzení objednávky 4500031017.
Položka 4 bude expedována později, viz termín v tabulce.

S pozdravem

Jana Nováková
obchodní oddělení
Pneutech s.r.o. | Vídeňská 95, 619 00 Brno
tel. +420 541 123 456 | IČO: 27123456 | DIČ: CZ27123456"""
    eml = reply(po, addr("Jana Nováková", "novakova@pneutech.example", "windows-1250", "Q"),
                "RE: " + req_subject(po), rfcdate("2026-11-10", "10:31:27", "+0100"),
                "<VI1PR07MB3310.2B4F@pneutech.example>",
                mp("mixed", text(body + q_outlook(po, "cs"), cs="windows-1250"),
                   att(x, XLSX_CT, "Potvrzeni_4500031017.xlsx")))
    exp = conf("Spreadsheet: L1, L2 as ordered; L3 price 131.50 (only in the sheet); L4 date 13.01.2027 (the only change the mail text mentions).",
               (po, {1: "A", 2: "A", 3: dict(p="131.50"), 4: dict(d="2027-01-13")}))
    return [po], eml, exp

@case("upinacie-split-racna", "confirmation", "sk-SK",
      "Slovak reply: line 1 split (300 shipped by 10.12., 200 by 15. 1. 2027), line 2 as ordered.")
def c():
    s = Sup("UPIN", "Upínacie systémy s.r.o.", "predaj@upinacie.example", "sk-SK")
    po = PO("4500031018", s, "EUR", "2026-11-06", [
        ("US-50-10", "Upínací popruh 50 mm 10 m s račňou 5 t", 500, "EA", "7.85", "2026-12-10"),
        ("US-25-5", "Upínací popruh 25 mm 5 m s račňou", 800, "EA", "2.10", "2026-12-10")], buyer="jonas")
    body = """Dobrý deň, pán Berg,

potvrdzujeme Vašu objednávku 4500031018.

Pol. 1: skladom máme 300 ks, tie expedujeme do 10.12., zvyšných 200 ks dodáme do 15. 1. 2027.
Pol. 2: 800 ks, termín 10.12.

Ceny podľa objednávky.

S pozdravom
Martin Kováč
Upínacie systémy s.r.o. | Priemyselná 4, 917 01 Trnava | +421 33 551 22 33 | IČO 36 123 456"""
    eml = reply(po, addr("Martin Kováč", "kovac@upinacie.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-13", "09:44:10", "+0100"), "<b3c1f0e2-1a2b-4c3d-9e8f-0a1b2c3d4e5f@upinacie.example>",
                text(body + q_gmail(po, "Dňa 6. 11. 2026 o 9:12 Jonas Berg napísal(a):"), cs="utf-8"),
                extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = conf("Line 1 schedule 300 on 2026-12-10 + 200 on 2027-01-15 (total 500, last date 2027-01-15). Line 2 as ordered.",
               (po, {1: dict(s=[(300, "2026-12-10"), (200, "2027-01-15")]), 2: "A"}))
    return [po], eml, exp
