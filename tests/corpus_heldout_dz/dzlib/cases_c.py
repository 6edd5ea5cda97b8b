"""Cases 037-054."""
from .common import *  # noqa: F401,F403


@case
def c037():
    s = sup("DSC", "UAB Darbo Saugos Centras", "uzsakymai@dscentras.example", "lt-LT")
    p = po("4500032037", s, [
        ln("KP-PRO-GEL", "Professional gel knee pads, pair", 60, "PR", "15.00", "2026-12-18"),
        ln("KP-BOARD-60", "Kneeling board 600 x 350 mm", 20, "PC", "22.00", "2026-12-18")],
        issued="2026-11-05")
    body = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500032037: kiekiai pagal užsakymą, pristatymas 2026-12-18.\n"
            "Dėl žaliavų brangimo nuo lapkričio mėn. taikome +3 % žaliavų priemoką visoms eilutėms.\n\n"
            "Pagarbiai\nTomas Kazlauskas\nPardavimų vadybininkas\nTel. +370 5 210 4455 | Įm. k. 302456789\n")
    body += q_outlook(p, ("Nuo", "Išsiųsta", "Kam", "Tema"), "2026 m. lapkričio 5 d., ketvirtadienis 09:14")
    eml = reply(p, addr("Tomas Kazlauskas", "tomas.k@dscentras.example", "windows-1257"), "Tue, 10 Nov 2026 09:12:44 +0200",
                text(body, "windows-1257"), prefix="RE: ")
    return K("dscentras-surcharge-3pct", "confirmation/lt-LT",
             "Windows-1257 Lithuanian one-paragraph confirmation with ISO dates and a '+3 % žaliavų priemoka' applied to all lines.",
             [p], eml, exp("confirmation", "Quantities and date 2026-12-18 as ordered, but a +3% raw-material surcharge on every line: 15.00 -> 15.45, 22.00 -> 22.66.",
                           conf(p, {1: C(p, 1, price="15.45"), 2: C(p, 2, price="22.66")})))


@case
def c038():
    s = sup("ORKR", "Orodja Kranj d.o.o.", "prodaja@orodja-kranj.example", "sl-SI")
    p = po("4500032038", s, [ln("TW-14-525", "Torque wrench 1/4\" 5-25 Nm", 12, "EA", "96.00", "2026-12-11")],
           issued="2026-11-16", buyer=B_JUN)
    body = ("Pozdravljeni,\n\nod 16. 11. do 20. 11. 2026 sem odsotna. Vaše sporočilo bom prebrala po vrnitvi.\n"
            "V nujnih primerih pokličite 04 201 55 60 ali pišite na prodaja@orodja-kranj.example.\n\n"
            "Lep pozdrav,\nMaja Novak\n")
    eml = reply(p, addr("Maja Novak", "maja.novak@orodja-kranj.example"), "Mon, 16 Nov 2026 09:14:52 +0100",
                text(body, "iso-8859-2"), subject="Samodejni odgovor: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return K("orodja-odsotna", "auto_reply/sl-SI",
             "Slovenian out-of-office with a date range in spaced Slovenian format, no PO data.",
             [p], eml, exp("auto_reply", "Automatic absence notice (odsotna 16.-20. 11. 2026): no commitment."))


@case
def c039():
    s = sup("SIGPL", "Sigurnost Plus d.o.o.", "prodaja@sigurnostplus.example", "hr-HR")
    p = po("4500032039", s, [
        ln("LT-PP-DANGER", "Lockout tag polypropylene 'DANGER - LOCKED OUT'", 1000, "PC", "0.385", "2026-12-11"),
        ln("LT-CABLE-2M", "Cable lockout 2 m, adjustable", 10, "EA", "18.90", "2026-12-11")],
        issued="2026-11-06", buyer=B_JUN)
    body = ("Poštovani g. Okafor,\n\npotvrđujemo Vašu narudžbu br. 4500032039:\n"
            "1. LT-PP-DANGER - 1.000 kom - cijena 38,50 EUR/100 kom - isporuka 11.12.2026.\n"
            "2. LT-CABLE-2M - 10 kom - 18,90 EUR/kom - isporuka 11.12.2026.\n\n"
            "Lijep pozdrav,\nIvana Horvat\nProdaja | Sigurnost Plus d.o.o. | OIB 12345678901 | tel. 01 6390 442\n")
    body += q_gmail(p)
    eml = reply(p, addr("Ivana Horvat", "ivana.horvat@sigurnostplus.example"), "Wed, 11 Nov 2026 08:30:00 +0100",
                text(body), prefix="Odg: ")
    return K("sigurnost-per-100-same-value", "confirmation/hr-HR",
             "Croatian price given per 100 pcs (38,50 EUR/100) that equals the PO's 0.385 per piece; '1.000 kom' with dot thousands.",
             [p], eml, exp("confirmation", "38,50 EUR per 100 pcs = 0.385 per PC = PO price, 1.000 = 1000 pcs, 11.12.2026 = requested: line 1 accepted although written differently. Line 2 as ordered.",
                           conf(p, {})))


@case
def c040():
    s = sup("BOJENS", "Боје Нови Сад д.о.о.", "prodaja@bojens.example", "sr-RS")
    p = po("4500032040", s, [
        ln("MP-TS-ORG", "Marking paint fluorescent orange, 500 ml", 144, "PC", "520.00", "2026-12-18"),
        ln("MP-TS-GRN", "Marking paint fluorescent green, 500 ml", 72, "PC", "520.00", "2026-12-18"),
        ln("MP-CHALK-WHT", "Temporary chalk marking paint white, 500 ml", 48, "PC", "610.00", "2026-12-18")],
        currency="RSD", issued="2026-11-10", buyer=B_TOM)
    body = ("Поштовани господине Ферејра,\n\nПотврђујемо поруџбеницу бр. 4500032040:\n"
            "1. MP-TS-ORG – 144 ком. – 520,00 дин./ком. – испорука 18.12.2026.\n"
            "2. MP-TS-GRN – 72 ком. – 520,00 дин./ком. – испорука 18.12.2026.\n"
            "3. MP-CHALK-WHT – 48 ком. – 610,00 дин./ком. – испорука 22.12.2026. (чекамо пошиљку из увоза)\n\n"
            "Срдачан поздрав,\nМилан Јовановић\nкомерцијала\nтел. 021/455-120, ПИБ 101234567\n")
    eml = reply(p, addr("Милан Јовановић", "milan.jovanovic@bojens.example"), "Fri, 13 Nov 2026 13:10:09 +0100",
                text(body, "utf-8", "base64"))
    return K("bojens-cyrillic-one-late", "confirmation/sr-RS",
             "Serbian Cyrillic base64 reply; two lines as ordered, the third delivered a few days later because of an import.",
             [p], eml, exp("confirmation", "Lines 1-2 as ordered; line 3 same qty and price, delivery 22.12.2026 instead of 18.12.2026.",
                           conf(p, {3: C(p, 3, d="2026-12-22")})))


@case
def c041():
    s = sup("TEHAL", "Техно Алат ДООЕЛ Скопје", "prodazba@tehnoalat.example", "mk-MK")
    p = po("4500032041", s, [ln("IS-12-S13", "Impact socket 1/2\" 13 mm", 60, "PC", "4.40", "2026-12-18")],
           issued="2026-11-12")
    body = ("Почитувани,\n\nВо прилог ја доставуваме фактурата бр. 2026-1187 за Вашата нарачка 4500029876 од 14.10.2026,\n"
            "испорачана на 18.11.2026.\n\nИзнос за плаќање: 1.108,00 EUR, рок на плаќање 30 дена (до 18.12.2026).\n"
            "Сметка: MK07 2501 2000 0058 984, Стопанска банка АД Скопје.\n\n"
            "Со почит,\nСашка Трајковска\nсметководство\nТехно Алат ДООЕЛ Скопје\n")
    doc = pdf(["#FAKTURA / INVOICE 2026-1187", "Tehno Alat DOOEL Skopje - ul. 1732 br. 4, 1000 Skopje - EDB MK4030012345678", "",
               "Kupuvac / Customer: Halvorsen Industrial", "Vasa naracka / Your order: 4500029876 od 14.10.2026",
               "Datum na isporaka / Delivery date: 18.11.2026", "",
               "Sifra        Opis                              Kol.  Edm.   Cena      Iznos",
               "IS-12-S17    Impact socket 1/2\" 17 mm           120  PC     5,10     612,00",
               "IS-12-S19    Impact socket 1/2\" 19 mm            80  PC     6,20     496,00", "",
               "Vkupno / Total EUR 1.108,00   (reverse charge, VAT 0%)",
               "Rok na plakanje / Due: 18.12.2026"], "Faktura 2026-1187")
    eml = msg([("From", addr("Сашка Трајковска", "smetkovodstvo@tehnoalat.example")), ("To", "m.lindqvist@halvorsen-industrial.example"),
               ("Subject", hdr("Фактура 2026-1187 / Ваша нарачка 4500029876")), ("Date", "Fri, 20 Nov 2026 10:05:33 +0100"),
               ("Message-ID", mid("c041", "tehnoalat.example"))],
              multi("mixed", text(body, "utf-8", "base64"), attach(doc, "application/pdf", "Faktura_2026-1187.pdf")))
    return K("tehnoalat-invoice-other-order", "unrelated/mk-MK",
             "Macedonian invoice with PDF for a different, already delivered order (4500029876) of similar impact sockets, sent by the same supplier.",
             [p], eml, exp("unrelated", "An invoice for order 4500029876, not for the open PO 4500032041; the items resemble ours but nothing answers our request."))


@case
def c042():
    s = sup("GAZTK", "Gaz Teknik shpk", "shitje@gazteknik.example", "sq-AL")
    p = po("4500032042", s, [
        ln("NR-N2-230", "Nitrogen regulator 230 bar, 0-20 bar outlet", 6, "EA", "14500", "2026-12-18"),
        ln("NR-N2-FLOW", "Nitrogen flowmeter regulator 0-30 l/min", 10, "EA", "9800", "2026-12-18")],
        currency="ALL", issued="2026-11-09")
    body = ("Përshëndetje znj. Lindqvist,\n\nKonfirmojmë porosinë tuaj nr. 4500032042:\n"
            "- NR-N2-230: 6 copë x 14.500 lekë\n- NR-N2-FLOW: 10 copë x 9.800 lekë\n"
            "Dorëzimi: e hënë, 21 dhjetor, në magazinën tuaj.\n\n"
            "Me respekt,\nArben Hoxha\nGaz Teknik shpk | NIPT L81234567A | tel. +355 4 223 4567\n")
    eml = reply(p, addr("Arben Hoxha", "arben.hoxha@gazteknik.example"), "Thu, 12 Nov 2026 11:11:11 +0100",
                text(body, "utf-8", "8bit"), prefix="Re: ")
    return K("gazteknik-weekday-no-year", "confirmation/sq-AL",
             "Albanian reply with a weekday + day-month delivery date and no year ('e hënë, 21 dhjetor'), dot-thousands lek prices.",
             [p], eml, exp("confirmation", "Prices 14.500 and 9.800 lekë equal the PO; delivery Monday 21 December (next one = 2026-12-21) instead of 2026-12-18 for both lines.",
                           conf(p, {1: C(p, 1, d="2026-12-21"), 2: C(p, 2, d="2026-12-21")})))


@case
def c043():
    s = sup("EMBVAL", "Embalatges Vallès SL", "comandes@embalatgesvalles.example", "ca-ES")
    p = po("4500032043", s, [
        ln("PW-HAND-20", "Hand stretch film 20 um, 450 mm x 270 m", 72, "ROL", "7.80", "2026-12-15"),
        ln("PW-BLK-23", "Black stretch film 23 um, 500 mm x 250 m", 36, "ROL", "9.60", "2026-12-15"),
        ln("PW-DISP-01", "Stretch film hand dispenser", 6, "EA", "14.50", "2026-12-15")],
        issued="2026-11-10", buyer=B_TOM)
    answers = {"PW-HAND-20": "-> Confirmat.", "PW-BLK-23": "-> Confirmat, però lliurament dimarts 22/12 (el negre ens arriba el 18).",
               "PW-DISP-01": "-> Confirmat a 15,20 EUR/u (el preu de 14,50 era de la tarifa 2025)."}
    q = []
    for x in gt(req_text(p)).split("\n"):
        q.append(x)
        for code, a in answers.items():
            if (" " + code + " ") in x:
                q.append(a)
    body = ("Bon dia Tomás,\n\net responc entre línies.\n\nSalutacions,\nMontse Puig\nEmbalatges Vallès SL · 93 718 44 20\n\n"
            "El dt., 10 de nov. 2026 a les 9:14, Tomás Ferreira (<t.ferreira@halvorsen-industrial.example>) va escriure:\n\n"
            + "\n".join(q) + "\n")
    eml = reply(p, addr("Montse Puig", "montse@embalatgesvalles.example"), "Wed, 11 Nov 2026 09:47:12 +0100",
                text(body, "iso-8859-1"), prefix="Re: ", msgid=mid("c043", "", "gmail"))
    return K("valles-inline-arrows", "confirmation/ca-ES",
             "Catalan answers written as '->' lines right under each '> ' quoted PO row; a weekday+dd/mm date and a corrected price.",
             [p], eml, exp("confirmation", "Line 1 'Confirmat' -> accepted. Line 2 delivery 'dimarts 22/12' = 2026-12-22 (the 18 is when the film reaches the supplier). Line 3 price 15,20 instead of 14.50.",
                           conf(p, {2: C(p, 2, d="2026-12-22"), 3: C(p, 3, price="15.20")})))


@case
def c044():
    s = sup("SEGHOR", "Segurtasun Hornidurak SL", "salmenta@segurtasun.example", "eu-ES")
    p = po("4500032044", s, [
        ln("RV-PARKA-XL", "High-visibility parka class 3, XL", 20, "EA", "38.00", "2027-01-15"),
        ln("RV-VEST-L", "Reflective vest class 2, L", 100, "EA", "3.60", "2027-01-15")],
        issued="2026-11-12", buyer=B_JUN)
    body = ("Kaixo Jun,\n\nEskerrik asko 4500032044 eskaeragatik. Konfirmatu aurretik, galdera bat: RV-PARKA-XL bi koloretan\n"
            "dugu, laranja eta horia. Zein nahi duzue? Txalekoak (RV-VEST-L) stockean ditugu.\n"
            "Esan iezadazu eta berehala bidaliko dizuet konfirmazioa.\n\n"
            "Hola Jun, antes de confirmar: ¿el parka lo queréis en naranja o en amarillo? En cuanto me digas te mando la confirmación.\n\n"
            "Agur bat,\nItziar Etxeberria\nSegurtasun Hornidurak SL | 943 21 45 67\n")
    body += q_gmail(p)
    eml = reply(p, addr("Itziar Etxeberria", "itziar@segurtasun.example"), "Mon, 16 Nov 2026 12:20:40 +0100",
                text(body, "iso-8859-1"), prefix="Re: ")
    return K("segurtasun-colour-question", "needs_review/eu-ES",
             "Basque + Spanish reply asking which colour before confirming; 'in stock' remark for the other line is not a commitment.",
             [p], eml, exp("needs_review", "A question (orange or yellow parka?) with the confirmation promised afterwards; 'stockean ditugu' (we have them in stock) commits to nothing."))


@case
def c045():
    s = sup("FERGAL", "Ferraxes Galicia SL", "pedidos@ferraxesgalicia.example", "gl-ES")
    p = po("4500032045", s, [ln("BF-BALL-12", "Brass ball valve 1/2\" F/F", 50, "PC", "7.90", "2026-12-18")],
           issued="2026-11-17")
    body = ("Ola,\n\nGrazas por contactar con Ferraxes Galicia. Recibimos a súa mensaxe e rexistrámola co número de\n"
            "incidencia GL-2026-4471. O noso equipo de pedidos responderá nun prazo máximo de 48 horas laborables.\n\n"
            "Horario de atención: luns a venres de 8:00 a 15:00.\n\n"
            "Esta é unha mensaxe automática; por favor, non responda a este enderezo.\n\n"
            "Ferraxes Galicia SL · Polígono do Tambre, rúa Vía Edison 12 · 15890 Santiago de Compostela · Tel. 981 55 44 33\n")
    eml = reply(p, addr("Atención ao cliente", "noreply@ferraxesgalicia.example"), "Tue, 17 Nov 2026 09:14:58 +0100",
                text(body), subject="[GL-2026-4471] Recibimos a súa mensaxe: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "HelpDesk Pro 5")])
    return K("ferraxes-ticket-receipt", "auto_reply/gl-ES",
             "Galician helpdesk ticket acknowledgement with a ticket number and a '48 horas' promise, from a noreply address.",
             [p], eml, exp("auto_reply", "Automatic ticket receipt (Auto-Submitted, noreply, 'mensaxe automática'): it only registers the mail; no commitment."))


@case
def c046():
    s = sup("AMBISEG", "Ambiseg - Equipamentos de Segurança, Lda.", "encomendas@ambiseg.example", "pt-PT")
    p = po("4500032046", s, [
        ln("SK-UNI-50", "Spill kit universal, 50 L, in bag", 12, "EA", "59.00", "2026-12-18"),
        ln("SK-CHEM-120", "Spill kit chemical, 120 L wheeled bin", 3, "EA", "249.00", "2026-12-18"),
        ln("SK-SOCK-3M", "Absorbent sock 3 m, universal, 4/box", 10, "BOX", "36.00", "2026-12-18")],
        issued="2026-11-11")
    body = ("Bom dia Mara,\n\nConfirmamos a sua encomenda 4500032046 conforme a resposta do nosso armazém abaixo:\n"
            "as linhas 1 e 3 seguem para entrega a 18/12 e o kit químico só a 8 de janeiro. Os preços mantêm-se.\n\n"
            "Cumprimentos,\nRicardo Matos\nComercial | Ambiseg\nTel. 229 410 330 | NIF 508 123 456\n\n"
            "---------- Forwarded message ---------\nDe: Armazém Ambiseg <armazem@ambiseg.example>\n"
            "Date: quarta, 18/11/2026 à(s) 08:47\nSubject: RE: encomenda Halvorsen 4500032046\n"
            "To: Ricardo Matos <ricardo.matos@ambiseg.example>\n\n"
            "Ricardo,\nstock atual: SK-UNI-50 - 31 un., SK-SOCK-3M - 14 cx., SK-CHEM-120 - 0 un. (próxima entrada 06/01,\n"
            "pode sair para o cliente a 08/01).\nPosso reservar 12 un. + 10 cx. para envio dia 16/12, entrega 18/12.\n\nPaulo\n")
    body += q_outlook(p, ("De", "Enviada", "Para", "Assunto"), "quarta-feira, 11 de novembro de 2026 09:14", sep="-----Mensagem original-----")
    eml = reply(p, addr("Ricardo Matos", "ricardo.matos@ambiseg.example"), "Wed, 18 Nov 2026 10:02:55 +0000",
                text(body, "windows-1252"), msgid=mid("c046", "", "outlook"))
    return K("ambiseg-forwarded-warehouse", "confirmation/pt-PT",
             "Salesman confirms on top of a forwarded internal warehouse mail full of stock counts and internal ship/arrival dates.",
             [p], eml, exp("confirmation", "Commitment is the salesman's top text: lines 1 and 3 delivered 18/12 as ordered; chemical kit on 8 January (2027-01-08); prices unchanged. Stock figures (31, 14, 0) and 06/01 are internal.",
                           conf(p, {2: C(p, 2, d="2027-01-08")})))


@case
def c047():
    s = sup("HDPLATA", "Herramientas Del Plata S.R.L.", "ventas@herrdelplata.example", "es-AR")
    p = po("4500032047", s, [
        ln("TW-12-60340", "Torque wrench 1/2\" 60-340 Nm, click type", 8, "EA", "189.90", "2026-12-14"),
        ln("TW-DIG-12", "Digital torque adapter 1/2\", 40-200 Nm", 5, "EA", "124.00", "2026-12-14")],
        currency="USD", issued="2026-11-09", buyer=B_TOM)
    body = ("Hola Tomás, ¿cómo andás?\n\nTe confirmo la OC 4500032047:\n"
            "- Torquímetro 1/2\" 60-340 Nm: 8 unidades a U$S 199,90 + IVA (aumentó el proveedor, perdón) - entrega el lunes 14/12.\n"
            "- Adaptador digital: 5 unidades a U$S 124,00 + IVA, misma fecha.\n\nCualquier cosa avisame.\n\n"
            "Abrazo,\nGustavo Pereyra\nHerramientas Del Plata S.R.L. | CUIT 30-71234567-9 | Tel. (011) 4302-5566\n")
    intro = "El lun, 9 nov 2026 a las 9:14, Tomás Ferreira (<t.ferreira@halvorsen-industrial.example>) escribió:"
    eml = reply(p, addr("Gustavo Pereyra", "gpereyra@herrdelplata.example"), "Thu, 12 Nov 2026 18:22:31 -0300",
                alt(body + q_gmail(p, intro), t2h(body) + q_html(p, intro)), msgid=mid("c047", "", "gmail"))
    return K("delplata-usd-comma-voseo", "confirmation/es-AR",
             "Argentine voseo reply quoting USD with a decimal comma (U$S 199,90 + IVA) and items named by Spanish description instead of code.",
             [p], eml, exp("confirmation", "Torquímetro = line 1: 8 pcs at 199.90 USD (PO 189.90), Monday 14/12 = requested. Adaptador digital = line 2 as ordered ('misma fecha'). '+ IVA' means VAT extra, not a price change.",
                           conf(p, {1: C(p, 1, price="199.90")})))


@case
def c048():
    s = sup("FIANDES", "Ferretería Industrial Andes SpA", "ventas@ferreteria-andes.example", "es-CL")
    p = po("4500032048", s, [ln("CR-25-CL", "Cable reel 25 m, 3x1.5 mm2, type L plug", 20, "EA", "28990", "2026-12-18")],
           currency="CLP", issued="2026-11-16", buyer=B_JUN)
    orig = our_request(p, "Mon, 16 Nov 2026 09:14:05 +0100").decode()
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  ventas@ferreteria-andes.example\n    host mailstore.ferreteria-andes.example [10.20.0.15]\n"
            "    SMTP error from remote mail server after RCPT TO:<ventas@ferreteria-andes.example>:\n"
            "    550 5.2.1 Mailbox disabled, not accepting messages\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <j.okafor@halvorsen-industrial.example>\n"
            "Received: from mx1.halvorsen-industrial.example ([198.51.100.20])\n"
            "\tby mail.ferreteria-andes.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.97) (envelope-from <j.okafor@halvorsen-industrial.example>)\n\tid 1vKq7T-0004xZ-2b\n"
            "\tfor ventas@ferreteria-andes.example; Mon, 16 Nov 2026 05:14:07 -0300\n" + orig)
    eml = msg([("From", "Mail Delivery System <Mailer-Daemon@mail.ferreteria-andes.example>"),
               ("To", "j.okafor@halvorsen-industrial.example"),
               ("Subject", "Mail delivery failed: returning message to sender"),
               ("Date", "Mon, 16 Nov 2026 05:14:08 -0300"), ("Message-ID", "<E1vKq7U-0004xb-3c@mail.ferreteria-andes.example>"),
               ("X-Failed-Recipients", "ventas@ferreteria-andes.example"), ("Auto-Submitted", "auto-replied")],
              text(body, "utf-8", "8bit"))
    return K("andes-exim-plain-bounce", "bounce/es-CL",
             "Classic plain-text Exim bounce (not multipart/report) that inlines our whole PO request after the error.",
             [p], eml, exp("bounce", "Exim 'Mail delivery failed' with 550 5.2.1 mailbox disabled; the PO table below is the returned copy of our own mail."))


@case
def c049():
    s = sup("DEVALLE", "Distribuciones Electrónicas del Valle S.A.S.", "ventas@devalle.example", "es-CO")
    p = po("4500032049", s, [
        ln("UH-7P-IND", "USB 3.0 hub 7 ports, metal, 12 V supply", 12, "EA", "185000", "2026-12-15"),
        ln("UH-4P-BUS", "USB 3.0 hub 4 ports, bus powered", 30, "EA", "85000", "2026-12-15")],
        currency="COP", issued="2026-11-17", buyer=B_JUN)
    body = ("Buen día Jun, confirmado todo, mismos precios. Despacho el 10 de diciembre por Servientrega.\n\n"
            "Saludos,\nCarolina Ríos\nCel. 315 678 9012\n")
    intro = "El mar, 17 nov 2026 a las 3:14, Jun Okafor (<j.okafor@halvorsen-industrial.example>) escribió:"
    eml = reply(p, addr("Carolina Ríos", "carolina.rios@devalle.example"), "Wed, 18 Nov 2026 07:55:03 -0500",
                alt(body + q_gmail(p, intro), t2h(body) + q_html(p, intro)), prefix="Re: ", msgid=mid("c049", "", "gmail"))
    return K("devalle-despacho-only", "confirmation/es-CO",
             "Two-line phone reply giving only a dispatch date ('Despacho el 10 de diciembre') for everything.",
             [p], eml, exp("confirmation", "All confirmed at PO prices; only a ship date is given, so it is the date: 2026-12-10 for both lines (earlier than the requested 2026-12-15) -> changed.",
                           conf(p, {1: C(p, 1, d="2026-12-10"), 2: C(p, 2, d="2026-12-10")})))


@case
def c050():
    s = sup("BOLAND", "Boland Fixings (Pty) Ltd", "sales@bolandfix.example", "en-ZA")
    p = po("4500032050", s, [
        ln("WA-FR-1080", "Frame fixing 10 x 80 mm, nylon with screw", 1250, "PC", "3.40", "2026-12-18"),
        ln("WA-TOG-M5", "Spring toggle M5 x 50", 500, "PC", "4.95", "2026-12-18"),
        ln("WA-CHEM-380", "Chemical anchor resin 380 ml, styrene-free", 24, "EA", "189.00", "2026-12-18")],
        currency="ZAR", issued="2026-11-09")
    body = ("Hi Mara\n\nThanks for the order, confirmation below:\n\n"
            "1. WA-FR-1080 frame fixings - these come in boxes of 100, so we've rounded up to 1 300 pcs (13 boxes) @ R3,40 each - delivery 2026/12/18\n"
            "2. WA-TOG-M5 - 500 pcs @ R4,95 - 2026/12/18\n3. WA-CHEM-380 resin - 24 @ R189,00 - 2026/12/18\n\n"
            "All prices excl. VAT. Please note we close for the holidays from 18 Dec to 4 Jan.\n\n"
            "Cheers\nPieter van der Merwe\nBoland Fixings (Pty) Ltd | Reg. 2009/012345/07 | VAT 4123456789\n"
            "T: 021 872 3300 | C: 082 456 7890\n")
    body += q_outlook(p, sent="Monday, 09 November 2026 10:14")
    eml = reply(p, addr("Pieter van der Merwe", "pieter@bolandfix.example"), "Tue, 10 Nov 2026 08:03:19 +0200",
                text(body, "us-ascii", "7bit"), msgid=mid("c050", "", "outlook"))
    return K("boland-box-rounding-za-format", "confirmation/en-ZA",
             "South African formats: space thousands, decimal comma in rands (R3,40), year-first dates 2026/12/18, plus a holiday-closure date that is not a delivery date.",
             [p], eml, exp("confirmation", "Line 1 rounded up to 1 300 = 1300 pcs (boxes of 100), price 3,40 = PO. Lines 2-3 as ordered. '18 Dec to 4 Jan' is a closure period, not a date change.",
                           conf(p, {1: C(p, 1, q=1300)})))


@case
def c051():
    s = sup("WKLUG", "Wes-Kaap Lugtoerusting BK", "verkope@weskaaplug.example", "af-ZA")
    p = po("4500032051", s, [
        ln("AH-RUB-10-20", "Rubber air hose 10 mm, 20 m with couplings", 15, "EA", "465.00", "2026-12-11"),
        ln("AH-PU-8-10", "PU recoil air hose 8 mm, 10 m", 25, "EA", "219.00", "2026-12-11")],
        currency="ZAR", issued="2026-11-12", buyer=B_TOM)
    body = ("Goeiemiddag Tomás\n\nDankie vir die bestelling 4500032051. Die 20 m rubberslang met koppelings (AH-RUB-10-20) is\n"
            "ongelukkig nie meer beskikbaar nie. Ons het 'n 15 m (R398,00) of 'n 25 m (R529,00) weergawe.\n"
            "Watter een verkies julle? Sodra ek weet, stuur ek die bevestiging vir albei lyne.\n\n"
            "Vriendelike groete\nAnnelie Botha\nVerkope | 021 948 1100\n")
    eml = reply(p, addr("Annelie Botha", "annelie@weskaaplug.example"), "Fri, 13 Nov 2026 14:35:27 +0200",
                text(body, "iso-8859-1"))
    return K("weskaap-which-length", "needs_review/af-ZA",
             "Afrikaans: ordered hose length no longer exists, two alternatives with prices offered, confirmation of both lines only after the buyer chooses.",
             [p], eml, exp("needs_review", "The supplier asks which alternative (15 m or 25 m) and will confirm both lines afterwards; not a rejection and not a confirmation yet."))


@case
def c052():
    s = sup("EKOPL", "Eko Plumbing & Industrial Supplies Ltd", "sales@ekoplumbing.example", "en-NG")
    p = po("4500032052", s, [
        ln("BF-GV-34", "Brass gate valve 3/4\"", 40, "PC", "14500.00", "2026-12-18"),
        ln("BF-CPL-12", "Brass coupling 1/2\"", 200, "PC", "2150.00", "2026-12-18"),
        ln("BF-CHK-1", "Brass check valve 1\"", 25, "PC", "18900.00", "2026-12-18")],
        currency="NGN", issued="2026-11-10", buyer=B_JUN)
    body = ("Dear Jun,\n\nTrust this meets you well.\n\nKindly find below our confirmation for your PO No. 4500032052:\n\n"
            "1. 3/4\" Brass Gate Valve - 40 pcs @ ₦14,500.00 - delivery Friday, 18th December\n"
            "2. 1/2\" Brass Coupling - 200 pcs @ ₦2,150.00 - delivery Friday, 18th December\n"
            "3. 1\" Brass Check Valve - not available at the moment, the manufacturer has stopped this size. Kindly source elsewhere.\n\n"
            "We appreciate your patronage.\n\nBest regards,\nChinedu Okonkwo\nSales Manager\n+234 803 123 4567 | RC 1234567\n")
    eml = reply(p, addr("Chinedu Okonkwo", "chinedu@ekoplumbing.example"), "Mon, 16 Nov 2026 10:44:12 +0100",
                alt(body + q_gmail(p), t2h(body) + q_html(p, "On Tue, 10 Nov 2026 at 09:14, Jun Okafor <j.okafor@halvorsen-industrial.example> wrote:")),
                msgid=mid("c052", "", "gmail"))
    return K("eko-naira-one-stopped", "confirmation/en-NG",
             "Nigerian English, naira sign prices, lines identified by size/description, yearless 'Friday, 18th December', one size stopped.",
             [p], eml, exp("confirmation", "Lines matched by description: gate valve and coupling as ordered (Friday 18th December = 2026-12-18). Check valve 'not available ... source elsewhere' -> rejected.",
                           conf(p, {3: "R"})))


@case
def c053():
    s = sup("ABYSS", "Abyssinia Safety Trading PLC", "sales@abyssiniasafety.example", "am-ET")
    p = po("4500032053", s, [ln("FB-ET-1212", "Fire blanket 1.2 x 1.2 m", 40, "EA", "1850.00", "2027-01-15")],
           currency="ETB", issued="2026-11-12")
    body = ("ለውድ ደንበኞቻችን\n\nጉዳዩ፦ የዋጋ ማስተካከያ ማሳወቂያ\n\n"
            "ከጥር 1 ቀን 2027 (ታኅሣሥ 23 ቀን 2019 ዓ.ም.) ጀምሮ በውጭ ምንዛሪ ለውጥ ምክንያት በሁሉም ምርቶቻችን ላይ የ12% የዋጋ ጭማሪ\n"
            "ተግባራዊ ይሆናል። ከዚህ ቀን በፊት የተረጋገጡ ትዕዛዞች በቀድሞው ዋጋ ይስተናገዳሉ።\n\nለትብብርዎ እናመሰግናለን።\n\n"
            "ከሰላምታ ጋር\nሰላማዊት ታደሰ\nየሽያጭ ክፍል ኃላፊ\nስልክ፦ +251 11 551 2233\n\n"
            "(English: from 1 January 2027 all prices increase by 12%. Orders confirmed before that date keep the old price.)\n")
    eml = msg([("From", addr("ሰላማዊት ታደሰ", "selamawit@abyssiniasafety.example")), ("To", "customers@abyssiniasafety.example"),
               ("Subject", hdr("የዋጋ ማስተካከያ ማሳወቂያ / Price adjustment notice")), ("Date", "Wed, 18 Nov 2026 09:30:00 +0300"),
               ("Message-ID", mid("c053", "abyssiniasafety.example"))], text(body, "utf-8", "base64"))
    return K("abyssinia-price-letter-ethiopian-date", "unrelated/am-ET",
             "Amharic circular price-increase letter (+12% from 1 Jan 2027, with the Ethiopian-calendar date) sent to all customers, not to our PO.",
             [p], eml, exp("unrelated", "General price-adjustment circular to all customers (To: a customer list), new thread, no reference to PO 4500032053; it does not answer the order."))


@case
def c054():
    s = sup("SCEW", "Southern Cross Electrical Wholesale", "orders@scew.example", "en-AU")
    p = po("4500032054", s, [
        ln("CR-AU-20M", "Extension lead reel 20 m, 10 A, 4 outlets", 24, "EA", "64.50", "2026-12-18"),
        ln("CR-AU-30M-HD", "Heavy duty cord reel 30 m, 15 A", 10, "EA", "139.00", "2026-12-18")],
        currency="AUD", issued="2026-11-16")
    body = ("Hi Mara,\n\nNo worries, all good to go on PO 4500032054 - pricing as per your PO. ETA your dock 16/12.\n\n"
            "Cheers,\nBrett\n\nBrett Hollis | Internal Sales\nSouthern Cross Electrical Wholesale\n"
            "P 03 9555 2100 | M 0412 345 678 | ABN 12 345 678 901\n")
    body += q_outlook(p, sent="Monday, 16 November 2026 7:14 PM")
    eml = reply(p, addr("Brett Hollis", "brett.hollis@scew.example"), "Wed, 18 Nov 2026 10:12:40 +1100",
                text(body, "us-ascii", "7bit"), msgid=mid("c054", "", "outlook"))
    return K("scew-eta-earlier", "confirmation/en-AU",
             "Aussie one-liner: 'all good to go', pricing as PO, 'ETA your dock 16/12' (day-first, two days before need-by) for all lines.",
             [p], eml, exp("confirmation", "Everything confirmed at PO prices with arrival 16/12 = 2026-12-16 instead of 2026-12-18 for both lines -> changed date.",
                           conf(p, {1: C(p, 1, d="2026-12-16"), 2: C(p, 2, d="2026-12-16")})))
