from .common import (A, R, U, L, XLSX, case, ch, conf, dsn, exp, html_doc, kw, mail, pdf, po, q_gt, q_html,
                     q_outlook, raw, sup, hdate, req_subject, req_date, po_table, xlsx)


@case("korean-euckr-napgi", "Korean EUC-KR reply with 납기 dates in 년/월/일 form; line 2 moved to 20 January.")
def _(n):
    s = sup("SEOLSAN", "설산레포츠(주)", "sales@seolsan.example", "ko-KR")
    p = po("4500033001", s, "2026-11-05", "USD", [
        L("SB-KR-AL", "Snowshoe binding aluminium buckle", 60, "PR", "24.00", "2027-01-11"),
        L("SB-KR-STR", "Snowshoe binding replacement strap set", 120, "SET", "6.50", "2027-01-11")])
    t = ("Lena Okafor 님께,\n\n안녕하세요. 설산레포츠 해외영업팀 김지훈입니다.\n발주서 4500033001 건 아래와 같이 확인드립니다.\n\n"
         "1. SB-KR-AL 60켤레, 단가 USD 24.00, 납기 2027년 1월 11일\n2. SB-KR-STR 120세트, 단가 USD 6.50, 납기 2027년 1월 20일\n\n"
         "감사합니다.\n김지훈 드림\nTel. 02-555-1234\n")
    return [p], mail(n, p, "Kim Jihoon <sales@seolsan.example>", "2026-11-06 17:40 +0900", subject="RE: " + req_subject(p), text=t, charset="euc-kr", cte="base64"), \
        exp("confirmation", "Line 1 as ordered; line 2 delivery 2027-01-20 instead of 01-11.", conf(p, {1: A, 2: ch(120, "6.50", "2027-01-20")}))


@case("chinese-gbk-per-dozen", "Simplified Chinese GBK reply quoting line 1 per dozen (每打 USD 15.00 = 1.25/pc) with a date without year (12月18日).")
def _(n):
    s = sup("HENGDA", "衡达皮具工具厂", "export@hengda-tools.example", "zh-CN")
    p = po("4500033002", s, "2026-11-04", "USD", [
        L("LP-DRIVE-3", "Leather drive punch 3 mm", 240, "PC", "1.20", "2026-12-18"),
        L("LP-STRAP-E", "Strap end punch, round", 60, "PC", "4.80", "2026-12-18")])
    t = ("Lena 您好，\n\n订单 4500033002 确认如下：\n1. LP-DRIVE-3：240 个，按打计价，每打 USD 15.00，12月18日交货。\n"
         "2. LP-STRAP-E：60 个，单价 USD 4.80，12月18日交货。\n\n谢谢！\n王丽\n衡达皮具工具厂 外贸部\n电话：0579-8512 3456  手机：138 1234 5678\n")
    return [p], mail(n, p, "Wang Li <export@hengda-tools.example>", "2026-11-06 09:08 +0800", subject="回复: " + req_subject(p), text=t, charset="gbk", cte="base64"), \
        exp("confirmation", "Line 1 priced per dozen: 15.00/12 = 1.25 per PC (changed). '12月18日' = 2026-12-18 as requested. Line 2 as ordered.",
            conf(p, {1: ch(240, "1.25", "2026-12-18"), 2: A}))


@case("quebec-question-address", "Québécois French reply asking which delivery address to use before confirming dates.")
def _(n):
    s = sup("HARNAIS", "Harnais Boréal inc.", "commandes@harnaisboreal.example", "fr-CA")
    p = po("4500033003", s, "2026-11-10", "USD", [
        L("DH-XS-PNK", "Dog harness mesh XS pink", 50, "EA", "9.80", "2026-12-18"),
        L("DH-XL-NAVY", "Dog harness mesh XL navy", 50, "EA", "13.20", "2026-12-18")])
    t = ("Bonjour Mme Okafor,\n\nMerci pour la commande 4500033003. Avant de vous confirmer les dates, pouvez-vous préciser l'adresse de livraison ? "
         "Le bon de commande indique Rotterdam, mais vos trois dernières commandes ont été livrées à votre entrepôt d'Anvers. "
         "Le délai de transport n'est pas le même.\n\nAu plaisir,\nMarc-André Gagnon\nService à la clientèle - Harnais Boréal inc.\n418 555-0199 poste 224\n" + q_gt(p, "Le mar. 10 nov. 2026, à 09 h 12, Lena Okafor <lena.okafor@brightmoor.example> a écrit :"))
    return [p], mail(n, p, "Marc-André Gagnon <commandes@harnaisboreal.example>", "2026-11-10 13:18 -0500", subject="RE: " + req_subject(p), text=t), \
        exp("needs_review", "A question about the delivery address before any confirmation; nothing is committed.")


@case("swiss-apostrophe-two-digit-year", "Swiss German reply: 1'200 with apostrophe thousands, CHF prices, two-digit year '14.01.27', line 2 reduced to stock.")
def _(n):
    s = sup("FILZHUT", "Filzhut Manufaktur Appenzell AG", "bestellung@filzhut-ai.example", "de-CH")
    p = po("4500033004", s, "2026-11-06", "CHF", [
        L("FH-AP-BRN", "Felt hat Appenzeller, brown", 1200, "EA", "24.50", "2027-01-14"),
        L("FH-KID-RED", "Felt hat children, red", 250, "EA", "14.00", "2027-01-14")])
    t = ("Grüezi Frau Okafor\n\nBesten Dank für Ihre Bestellung 4500033004. Wir bestätigen:\n\n"
         "Pos. 1: 1'200 Stk. FH-AP-BRN à CHF 24.50 = CHF 29'400.00, Liefertermin 14.01.27\n"
         "Pos. 2: FH-KID-RED nur noch 180 Stk. an Lager (Auslaufmodell), à CHF 14.00, Liefertermin 14.01.27. Die restlichen 70 Stk. können wir nicht mehr liefern.\n\n"
         "Freundliche Grüsse\nUrs Fässler\nFilzhut Manufaktur Appenzell AG | CHE-123.456.789 MWST | 071 787 12 34\n" + q_outlook(p, ("Von", "Gesendet", "An", "Betreff")))
    return [p], mail(n, p, "Urs Fässler <bestellung@filzhut-ai.example>", "2026-11-09 10:50 +0100", subject="AW: " + req_subject(p), text=t, charset="iso-8859-1", cte="quoted-printable"), \
        exp("confirmation", "1'200 = 1200, CHF 24.50 and 14.01.27 = 2027-01-14: line 1 as ordered. Line 2 reduced to 180 pcs (rest cannot be supplied).",
            conf(p, {1: A, 2: ch(180, "14.00", "2027-01-14")}))


@case("us-month-first-phone", "US phone reply with month-first dates '12/10' and '01/08/27': both lines earlier/later than requested.")
def _(n):
    s = sup("DAIRYLINE", "Dairyline Supply Co.", "orders@dairylinesupply.example", "en-US")
    p = po("4500033005", s, "2026-11-09", "USD", [
        L("ML-4030", "Milking liner 4030 for Surge", 300, "EA", "2.45", "2026-12-14"),
        L("ML-CLAW-B", "Milking claw bowl 300 cc", 40, "EA", "18.75", "2026-12-14")])
    t = ("Lena - liners ok, 300 @ 2.45 ship 12/10. Claw bowls are backordered, 40 @ 18.75 ship 01/08/27. Thx\n\nJake\nSent from my iPhone\n" + q_gt(p))
    return [p], mail(n, p, "Jake Morrison <orders@dairylinesupply.example>", "2026-11-10 18:22 -0600", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "US month-first: 12/10 = 2026-12-10 (earlier than 12-14), 01/08/27 = 2027-01-08. Ship dates only, so these are the dates.",
            conf(p, {1: ch(300, "2.45", "2026-12-10"), 2: ch(40, "18.75", "2027-01-08")}))


@case("uk-revert-by-friday", "British reply acknowledging the PO and promising to revert by Friday with dates; commits nothing.")
def _(n):
    s = sup("HEARTHSIDE", "Hearthside Textiles Ltd", "sales@hearthside.example", "en-GB")
    p = po("4500033006", s, "2026-11-11", "GBP", [
        L("OG-TWIN-RD", "Oven glove twin, red check", 400, "EA", "2.10", "2026-12-16"),
        L("OG-GAUNT-BK", "Oven gauntlet, black", 250, "EA", "2.85", "2026-12-16")])
    t = ("Hi Lena,\n\nThanks for PO 4500033006, received. I need to check fabric availability with our mill and will revert by Friday with confirmed dates. "
         "Prices should be fine.\n\nKind regards\nSophie Clarke\nSales Office | Hearthside Textiles Ltd\nT: 0161 496 0123 | Registered in England No. 04123456\n" + q_outlook(p))
    return [p], mail(n, p, "Sophie Clarke <sales@hearthside.example>", "2026-11-11 16:02 +0000", subject="RE: " + req_subject(p), text=t), \
        exp("needs_review", "Acknowledges receipt and promises to revert by Friday; 'prices should be fine' is not a commitment.")


@case("australia-dispatch-vs-eta", "Australian reply giving a dispatch date and an ETA at our dock: the delivery (ETA) date wins.")
def _(n):
    s = sup("OUTBACKAG", "Outback Ag Tools Pty Ltd", "sales@outbackag.example", "en-AU")
    p = po("4500033007", s, "2026-11-02", "USD", [
        L("GS-POLY-3L", "Grain scoop poly 3 L, long handle", 250, "EA", "7.20", "2026-12-21"),
        L("GS-AL-5L", "Grain scoop aluminium 5 L", 100, "EA", "14.60", "2026-12-21")])
    t = ("G'day Lena,\n\nAll good on 4500033007 - qty and pricing as per your PO. Sea freight only unfortunately: we'll dispatch from Melbourne on 7 Dec, "
         "ETA your dock in Rotterdam 4 Jan.\n\nCheers,\nMick O'Brien\nOutback Ag Tools Pty Ltd | ABN 12 345 678 901 | 03 9123 4567\n" + q_gt(p))
    return [p], mail(n, p, "Mick O'Brien <sales@outbackag.example>", "2026-11-04 08:15 +1100", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "Both lines: quantity and price as ordered; the delivery date (ETA 4 Jan = 2027-01-04) wins over the dispatch date 7 Dec.",
            conf(p, {1: ch(250, "7.20", "2027-01-04"), 2: ch(100, "14.60", "2027-01-04")}))


@case("za-waybill-other-order", "South African dispatch notice with waybill for a DIFFERENT PO of ours (not in pos.json).")
def _(n):
    s = sup("KAROOJUTE", "Karoo Jute & Packaging (Pty) Ltd", "dispatch@karoojute.example", "en-ZA")
    p = po("4500033008", s, "2026-11-10", "USD", [
        L("JS-HESS-50", "Hessian sack 50 kg", 3000, "EA", "0.88", "2027-02-05")])
    t = ("Good day,\n\nPlease note your order 4500029877 (our SO 77120) was dispatched today via Bidvest Panalpina, waybill BPL 4471 2290 8.\n"
         "Qty 2 500 hessian sacks, 5 pallets, gross 1 140,5 kg. ETA Rotterdam 21/12/2026.\n\nRegards\nThandi Nkosi\nDispatch | Karoo Jute & Packaging (Pty) Ltd | +27 21 555 0188\n")
    return [p], mail(n, p, "Thandi Nkosi <dispatch@karoojute.example>", "2026-11-13 14:40 +0200", thread=False,
                     subject="Dispatch notification - your order 4500029877", text=t), \
        exp("unrelated", "Shipping notice for another order (4500029877), not an answer about PO 4500033008.")


@case("argentina-box-of-12", "Argentine Spanish reply rounding line 2 up to boxes of 12 (100 -> 108) and a weekday date 'lunes 14/12'.")
def _(n):
    s = sup("PLUMAS", "Plumas del Plata S.R.L.", "ventas@plumasdelplata.example", "es-AR")
    p = po("4500033009", s, "2026-11-05", "USD", [
        L("QP-OSTR-N", "Quill pen ostrich, natural", 40, "EA", "6.90", "2026-12-14"),
        L("QP-NIB-G", "Glass dip pen nib", 100, "EA", "1.35", "2026-12-14")])
    t = ("Hola Lena, ¿cómo estás?\n\nTe confirmo la OC 4500033009:\n- QP-OSTR-N: 40 u. a USD 6,90, entrega el lunes 14/12.\n"
         "- QP-NIB-G: vienen en cajas de 12, así que te mando 108 u. (9 cajas) a USD 1,35 c/u, misma fecha.\n\n"
         "Saludos,\nMartín Giménez\nPlumas del Plata S.R.L. - CUIT 30-71234567-8 - (011) 4321-5678\n" + q_gt(p, "El jue, 5 nov 2026 a las 09:12, Lena Okafor (<lena.okafor@brightmoor.example>) escribió:"))
    return [p], mail(n, p, "Martín Giménez <ventas@plumasdelplata.example>", "2026-11-06 10:33 -0300", subject="RE: " + req_subject(p), text=t, cte="quoted-printable"), \
        exp("confirmation", "Line 1 as ordered (lunes 14/12 = 2026-12-14). Line 2 rounded to 9 boxes of 12 = 108, same price and date.",
            conf(p, {1: A, 2: ch(108, "1.35", "2026-12-14")}))


@case("spain-surcharge-per-unit", "Spanish ISO-8859-15 reply with a per-unit packaging surcharge '0,35 € por unidad' on line 1 and VAT remarks.")
def _(n):
    s = sup("TARIMA", "Tarimas y Tacos del Norte S.L.", "pedidos@tarimasnorte.example", "es-ES")
    p = po("4500033010", s, "2026-11-09", "EUR", [
        L("PB-PINE-TR", "Parquet block pine, treated, industrial", 2000, "EA", "4.10", "2027-01-18"),
        L("PB-OAK-IND", "Parquet block oak, industrial grade", 1500, "EA", "5.60", "2027-01-18")])
    t = ("Buenos días Lena:\n\nConfirmamos su pedido 4500033010 con entrega el 18/01/2027 para ambas líneas.\n"
         "Línea 1: 2.000 uds. a 4,10 € + recargo por embalaje especial (tratamiento NIMF-15) de 0,35 € por unidad.\n"
         "Línea 2: 1.500 uds. a 5,60 €.\nPrecios sin IVA (21 %); operación intracomunitaria exenta.\n\nUn saludo,\nLaura Fernández\nTarimas y Tacos del Norte S.L. - CIF B12345678 - Tel. 944 123 456\n" + q_outlook(p, ("De", "Enviado el", "Para", "Asunto")))
    return [p], mail(n, p, "Laura Fernández <pedidos@tarimasnorte.example>", "2026-11-10 12:05 +0100", subject="RE: " + req_subject(p), text=t, charset="iso-8859-15", cte="quoted-printable"), \
        exp("confirmation", "Line 1 price 4.10 + 0.35 per-unit surcharge = 4.45 (changed); the VAT % is not a price change. Line 2 as ordered.",
            conf(p, {1: ch(2000, "4.45", "2027-01-18"), 2: A}))


@case("portugal-ceased-all", "European Portuguese reply declining the whole order: the product range was discontinued.")
def _(n):
    s = sup("PICOGELO", "Picogelo - Equipamentos de Montanha, Lda.", "encomendas@picogelo.example", "pt-PT")
    p = po("4500033011", s, "2026-11-06", "EUR", [
        L("IA-PG-50", "Ice axe Picogelo 50 cm", 15, "EA", "82.00", "2027-02-05"),
        L("IA-PG-60", "Ice axe Picogelo 60 cm", 15, "EA", "84.00", "2027-02-05")])
    t = ("Cara Lena,\n\nagradecemos a encomenda n.º 4500033011, mas lamentamos informar que deixámos de fabricar piolets em outubro e "
         "não temos stock. Não nos é possível satisfazer nenhuma das linhas.\n\nCom os melhores cumprimentos,\nRui Carvalho\nPicogelo, Lda. | NIF 509876543 | +351 253 123 456\n" + q_gt(p, "Lena Okafor <lena.okafor@brightmoor.example> escreveu no dia sexta, 6/11/2026 à(s) 09:12:"))
    return [p], mail(n, p, "Rui Carvalho <encomendas@picogelo.example>", "2026-11-09 09:45 +0000", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "An outright refusal of both lines is an answer: both lines rejected.", conf(p, {1: R, 2: R}))


@case("catalan-html-weekday", "Catalan HTML-only reply: 'dimarts 15 de desembre' for line 1 and the other line as ordered.")
def _(n):
    s = sup("SEGELLS", "Segells Vallès SL", "comandes@segellsvalles.example", "ca-ES")
    p = po("4500033012", s, "2026-11-10", "EUR", [
        L("RS-DATER", "Rubber date stamp, 4 mm", 30, "EA", "12.40", "2026-12-11"),
        L("RS-PAD-BLU", "Stamp pad, blue, 110x70 mm", 60, "EA", "3.30", "2026-12-11")])
    h = html_doc("<p>Bon dia Lena,</p><p>Us confirmem la comanda 4500033012:</p><p>&bull; Línia 1 (RS-DATER): 30 u. a 12,40 &euro;, lliurament dimarts 15 de desembre.<br>"
                 "&bull; Línia 2 (RS-PAD-BLU): 60 u. a 3,30 &euro;, lliurament 11/12/2026.</p><p>Salutacions,<br>Jordi Puig<br>Segells Vallès SL &middot; 93 712 34 56</p>")
    return [p], mail(n, p, "Jordi Puig <comandes@segellsvalles.example>", "2026-11-12 11:11 +0100", subject="RE: " + req_subject(p), html=h, charset="windows-1252", cte="quoted-printable"), \
        exp("confirmation", "Line 1: 'dimarts 15 de desembre' = 2026-12-15 (a Tuesday), later than 11 Dec. Line 2 as ordered.",
            conf(p, {1: ch(30, "12.40", "2026-12-15"), 2: A}))


@case("basque-bilingual-ooo", "Basque/Spanish bilingual out-of-office reply.")
def _(n):
    s = sup("ELURZALE", "Elurzale Koop. E.", "salmenta@elurzale.example", "eu-ES")
    p = po("4500033013", s, "2026-11-13", "EUR", [
        L("SB-EZ-UNI", "Snowshoe binding universal", 100, "PR", "19.80", "2027-01-22")])
    t = ("Kaixo,\n\nAzaroaren 16tik 27ra bitartean bulegotik kanpo nago. Premiazko gaietarako idatzi bulegoa@elurzale.example helbidera.\n\n"
         "Hola,\n\nEstoy fuera de la oficina del 16 al 27 de noviembre. Para asuntos urgentes escriba a bulegoa@elurzale.example.\n\nAnder Etxeberria\n")
    return [p], mail(n, p, "Ander Etxeberria <salmenta@elurzale.example>", "2026-11-16 08:30 +0100", subject="Bulegotik kanpo / Fuera de la oficina: " + req_subject(p),
                     text=t, headers=[("Auto-Submitted", "auto-replied")]), \
        exp("auto_reply", "Bilingual out-of-office reply.")


@case("irish-new-price-list", "Irish supplier (Irish greeting, English body) confirming with a new price list price on line 1.")
def _(n):
    s = sup("BEACHAIR", "Beachaire Teo.", "orduithe@beachaire.example", "ga-IE")
    p = po("4500033014", s, "2026-11-04", "EUR", [
        L("BS-GALV-L", "Bee smoker galvanised, large", 25, "EA", "38.00", "2027-01-15"),
        L("BS-HIVE-T", "Hive tool 25 cm", 50, "EA", "6.50", "2027-01-15")])
    t = ("A Lena, a chara,\n\nGo raibh maith agat for PO 4500033014. Confirmed for 15/01/2027, with one change: the large galvanised smoker is now "
         "€42.00 each as per our new price list effective 1 November (attached to our October mailing). Hive tools as ordered.\n\n"
         "Le meas,\nAoife Ní Bhriain\nBeachaire Teo., An Spidéal, Co. na Gaillimhe | 091 555 123\n" + q_gt(p))
    return [p], mail(n, p, "Aoife Ní Bhriain <orduithe@beachaire.example>", "2026-11-05 14:00 +0000", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "Line 1 price 42.00 instead of 38.00 (day-first date 15/01/2027 = requested). Line 2 as ordered.",
            conf(p, {1: ch(25, "42.00", "2027-01-15"), 2: A}))


@case("maltese-artwork-needed", "Maltese/English reply: needs logo artwork before confirming printed net floats; prices only 'indicative'.")
def _(n):
    s = sup("GALLEGGJANT", "Galleġġjant Marine Ltd", "sales@galleggjant.example", "mt-MT")
    p = po("4500033015", s, "2026-11-09", "EUR", [
        L("NF-PRT-LOGO", "Net float 100 mm with printed logo", 1000, "EA", "1.45", "2027-01-29")])
    t = ("Bonġu Lena,\n\nGrazzi tal-ordni 4500033015. Qabel ma nikkonfermaw, għandna bżonn l-artwork tal-logo (vector, PDF jew AI). "
         "The price of EUR 1,45 is indicative until we see the number of colours, and the date depends on when the cliché is approved.\n\n"
         "Saħħa,\nJoseph Camilleri\nGalleġġjant Marine Ltd | VAT MT12345678 | +356 2123 4567\n" + q_gt(p))
    return [p], mail(n, p, "Joseph Camilleri <sales@galleggjant.example>", "2026-11-10 10:00 +0100", subject="RE: " + req_subject(p), text=t), \
        exp("needs_review", "Asks for artwork before confirming; price indicative and date open: no commitment.")


@case("welsh-weekday-dates", "English body from a Welsh company with Welsh greeting and bilingual disclaimer; dates given as weekday + day + month.")
def _(n):
    s = sup("GWEITHDY", "Gweithdy Is-ffrâm Cyf", "archebion@gweithdy.example", "cy-GB")
    p = po("4500033016", s, "2026-11-10", "GBP", [
        L("EC-OAK-TOP", "Easel top clamp, oak, with wing nut", 80, "EA", "4.60", "2026-12-11"),
        L("EC-STEEL-B", "Easel bottom tray clamp, steel", 80, "EA", "3.10", "2026-12-11")])
    t = ("Bore da Lena,\n\nDiolch for PO 4500033016. Line 1 we can deliver on Friday 11 December as requested. Line 2 will follow on Thursday 7 January "
         "as we are waiting for steel. Quantities and prices as per your order.\n\nCofion,\nRhys Evans\nGweithdy Is-ffrâm Cyf | 01970 123456\n\n"
         "Mae'r e-bost hwn yn gyfrinachol. This e-mail is confidential and intended solely for the addressee.\n" + q_outlook(p))
    return [p], mail(n, p, "Rhys Evans <archebion@gweithdy.example>", "2026-11-11 09:02 +0000", subject="RE: " + req_subject(p), text=t), \
        exp("confirmation", "Line 1 as ordered (Fri 11 Dec 2026). Line 2 on Thursday 7 January = 2027-01-07.",
            conf(p, {1: A, 2: ch(80, "3.10", "2027-01-07")}))


@case("taglish-short-stock", "Taglish reply (Filipino + English, with 'po'): only 120 discs available, rest cancelled, other line ok.")
def _(n):
    s = sup("MAYNILAABR", "Maynila Abrasives Trading", "sales@maynilaabrasives.example", "tl-PH")
    p = po("4500033017", s, "2026-11-06", "USD", [
        L("CD-4-FLAP", "Flap disc 4 in, grit 80", 200, "EA", "0.95", "2026-12-18"),
        L("CD-4-CUT", "Cut-off disc 4 in, 1.2 mm", 500, "EA", "0.42", "2026-12-18")])
    t = ("Hi Ma'am Lena,\n\nGood day po! Re PO 4500033017: yung flap disc 120 pcs lang po available, the rest cancel na lang po kasi phase out na ang supplier namin. "
         "Same price po, delivery Dec 18. Yung cut-off disc 500 pcs ok po, Dec 18 din.\n\nThank you po!\nJoy Santos\nMaynila Abrasives Trading | 0917 123 4567\n" + q_gt(p))
    return [p], mail(n, p, "Joy Santos <sales@maynilaabrasives.example>", "2026-11-09 10:20 +0800", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "Line 1 reduced to 120 (rest cancelled) at the same price, Dec 18 = 2026-12-18. Line 2 as ordered.",
            conf(p, {1: ch(120, "0.95", "2026-12-18"), 2: A}))


@case("gmail-address-not-found", "Gmail 'Address not found' DSN for the request sent to an Indian supplier address.")
def _(n):
    s = sup("SIALPUNCH", "Punjab Leathercraft Tools", "punjableathertools@gmail.example", "en-IN")
    p = po("4500033018", s, "2026-11-12", "USD", [
        L("LP-OVAL-4", "Oval leather punch 4 mm", 60, "EA", "3.20", "2026-12-15")])
    human = ("** Address not found **\n\nYour message wasn't delivered to punjableathertools@gmail.example because the address couldn't be found, "
             "or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.")
    return [p], dsn(n, p, "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "2026-11-12 09:13 +0100",
                    "Delivery Status Notification (Failure)", human, s["email"], "5.1.1",
                    "550-5.1.1 The email account that you tried to reach does not exist.", "mx.google.example"), \
        exp("bounce", "Gmail-style DSN: the supplier address does not exist.")
