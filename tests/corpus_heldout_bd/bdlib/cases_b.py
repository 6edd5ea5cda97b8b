"""Cases 019-036."""
import datetime as dt

from . import mime
from .common import (case, sup, L, PO, A, C, R, U, conf, out, reply, kw, next_dm, inline_quote, request_text,
                     req_subject, req_sent, BUYERS, msgid, boundary, gt_quote, orig_request, to_html)


@case("trnava-medals-bottom-posted-split", "confirmation/sk-SK",
      "Bottom-posted answer under the quoted request; medals split 3 000 + 2 000 across two January dates.")
def c019():
    S = sup("MEDTT", "Medaily Trnava s.r.o.", "obchod@medaily-trnava.example", "sk-SK")
    P = PO("4510082973", S, "jonas", "EUR", "2026-11-13", [
        L(1, "MT-MED-70", "Finisher medal 70 mm, antique gold, 2027 edition", 5000, "PCS", "2.85", "2027-01-22"),
        L(2, "MT-RIB-25", "Sublimated ribbon 25 mm x 800 mm", 5000, "PCS", "0.42", "2027-01-22"),
        L(3, "MT-BOX-80", "Velvet medal box 80x80 mm", 500, "PCS", "1.60", "2027-01-22"),
    ])
    below = ("Dobrý deň pán Verbeek,\n\nďakujeme za objednávku. Potvrdzujeme nasledovne:\n\n"
             "Pol. 1 - medaily 70 mm: 5 000 ks po 2,85 EUR, dodanie v dvoch častiach: 3 000 ks do 15. 01. 2027 "
             "a 2 000 ks do 29. 01. 2027.\n"
             "Pol. 2 - stuhy: 5 000 ks po 0,42 EUR, dodanie 15. 01. 2027 spolu s prvou časťou medailí.\n"
             "Pol. 3 - krabičky: 500 ks po 1,60 EUR, dodanie 22. 01. 2027.\n\n"
             "S pozdravom\n\nMartina Horváthová\nobchodné oddelenie\nMedaily Trnava s.r.o.\nHospodárska 61, 917 01 Trnava\n"
             "tel.: +421 33 555 41 27\n")
    eml = reply(P, when="2026-11-24T09:12:00+01:00", body="", below=below, seed="c019",
                frm=("Martina Horváthová", "horvathova@medaily-trnava.example"), client="thunderbird", html=False,
                charset="iso-8859-2", cte="base64", quote="gt", qlang="sk", prefix="Re: ")
    return out([P], eml, "confirmation",
               "Answer sits below the quoted request; line 1 split 3 000 by 15. 01. 2027 + 2 000 by 29. 01. 2027; "
               "ribbons come earlier (15. 01.) than requested; base64 ISO-8859-2 body.",
               [conf(P, {1: C(5000, "2.85", "2027-01-29", [(3000, "2027-01-15"), (2000, "2027-01-29")]),
                         2: C(5000, "0.42", "2027-01-15"), 3: A(P, 3)})])


@case("horogker-hooks-hungarian-dates", "confirmation/hu-HU",
      "Hungarian year-first dates '2026. december 18.' and HUF prices with space thousands; two lines changed.")
def c020():
    S = sup("HOROG", "Horog-Ker Kft.", "rendeles@horogker.example", "hu-HU")
    P = PO("4510083082", S, "tomas", "HUF", "2026-11-16", [
        L(1, "HK-BAIT-6", "Baitholder hook size 6, bronze, 50/box", 800, "BOX", "1450.00", "2026-12-11"),
        L(2, "HK-TREB-4", "Treble hook size 4, 2X strong", 10000, "PCS", "38.00", "2026-12-11"),
        L(3, "HK-CARP-2", "Carp hook size 2, barbless, pack of 10", 1500, "EA", "690.00", "2026-12-11"),
    ])
    body = ("Tisztelt Lindqvist Úr!\n\nKöszönjük megrendelését (4510083082). Az alábbiak szerint igazoljuk vissza:\n\n"
            "1. tétel: 800 doboz, 1 450 Ft/doboz - szállítás: 2026. december 11.\n"
            "2. tétel: 10 000 db, 38 Ft/db - szállítás: 2026. december 18.\n"
            "3. tétel: 1 500 csomag, 720 Ft/csomag - szállítás: 2026. december 18.\n\n"
            "A 3. tétel árát a horgászhorog-acél drágulása miatt kellett módosítanunk.\n\n"
            "Üdvözlettel:\nKovács Zsófia\nértékesítési asszisztens\nHorog-Ker Kft.\n6000 Kecskemét, Szent István krt. 14.\n"
            "Tel.: +36 76 555 318\n")
    eml = reply(P, when="2026-11-20T10:05:00+01:00", body=body, seed="c020",
                frm=("Kovács Zsófia", "kovacs.zsofia@horogker.example"), charset="iso-8859-2",
                quote="outlook", qlang="hu", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Year-first Hungarian dates ('2026. december 18.'); '1 450 Ft' = 1450.00 HUF; line 2 moves to 18 Dec; "
               "line 3 both price (720) and date change; hook sizes 6/4/2 are not quantities.",
               [conf(P, {1: A(P, 1), 2: C(10000, "38.00", "2026-12-18"), 3: C(1500, "720.00", "2026-12-18")})])


@case("carpati-sensors-ship-date-only", "confirmation/ro-RO",
      "Only an expedition (ship) date is given for the whole order; it becomes the committed date for every line.")
def c021():
    S = sup("SENZCARP", "Senzori Auto Carpați SRL", "comenzi@senzoricarpati.example", "ro-RO")
    P = PO("4510083190", S, "priya", "EUR", "2026-11-16", [
        L(1, "SAC-PS-18", "Parking sensor 18 mm, flush mount, 12V", 1000, "EA", "6.20", "2026-12-15"),
        L(2, "SAC-BUZ-85", "Buzzer 85 dB, 12V, 2-wire", 250, "EA", "2.10", "2026-12-15"),
    ])
    body = ("Bună ziua, doamna Raman,\n\nVă confirmăm comanda 4510083190 integral: cantitățile și prețurile sunt "
            "conform comenzii. Marfa va fi expediată din depozitul nostru din Brașov pe data de 11.12.2026.\n\n"
            "Cu stimă,\nAndrei Popescu\nDepartament vânzări\nSenzori Auto Carpați SRL\nStr. Zizinului nr. 110, "
            "500407 Brașov\nTel.: +40 268 555 917\n")
    eml = reply(P, when="2026-11-18T15:33:00+02:00", body=body, seed="c021",
                frm=("Andrei Popescu", "andrei.popescu@senzoricarpati.example"), client="gmail", cte="base64",
                quote="gt", qlang="ro", prefix="Re: ")
    return out([P], eml, "confirmation",
               "'va fi expediată ... pe 11.12.2026' is a ship date; with no delivery date given it is the committed "
               "date for both lines (PO wanted 2026-12-15), quantities and prices as ordered.",
               [conf(P, {1: C(1000, "6.20", "2026-12-11"), 2: C(250, "2.10", "2026-12-11")})])


@case("adhesia-exchange-ndr-french", "bounce/fr-FR",
      "Microsoft Exchange NDR in French ('Remise impossible', 5.2.2 mailbox full) with the original PO request attached.")
def c022():
    S = sup("ADHESIA", "Laboratoires Adhésia SA", "commandes@adhesia-labo.example", "fr-FR")
    P = PO("4510083201", S, "mira", "EUR", "2026-11-17", [
        L(1, "ADH-CR-40", "Denture adhesive cream 40 g, zinc-free", 6000, "PCS", "1.38", "2026-12-18"),
        L(2, "ADH-PW-50", "Denture adhesive powder 50 g", 3000, "PCS", "1.72", "2026-12-18"),
        L(3, "ADH-STR-30", "Adhesive strips, 30 per pack, 2027 label", 2000, "PCS", "2.05", "2027-01-08"),
    ])
    sent = req_sent(P)
    gen = "PR1P264MB2871.FRAP264.PROD.OUTLOOK.COM"
    txt = ("Remise impossible à ces destinataires ou groupes :\n\n"
           "commandes@adhesia-labo.example (commandes@adhesia-labo.example)\n"
           "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. "
           "Veuillez essayer de renvoyer votre message ultérieurement ou contactez directement le destinataire.\n\n\n\n\n\n"
           "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : %s\n\n"
           "commandes@adhesia-labo.example\nRemote Server returned '554 5.2.2 mailbox full; "
           "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process "
           "message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.'\n\n"
           "En-têtes du message d'origine :\n\nFrom: Mira Holst <mira.holst@kestrel-trading.example>\n"
           "To: commandes@adhesia-labo.example\nSubject: %s\nDate: %s\nMessage-ID: %s\n") % (
        gen, req_subject(P), mime.rfcdate(sent.isoformat()), P["request_message_id"])
    html = to_html(txt, "utf-8", font="Segoe UI, sans-serif")
    status = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;AM9PR03MB7711.eurprd03.prod.outlook.com\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822;commandes@adhesia-labo.example\nAction: failed\n"
              "Status: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full; "
              "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n") % (
        gen, mime.rfcdate(sent.isoformat()))
    root = mime.multi("report", [
        mime.multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                   mime.text(html, "html", "utf-8", "quoted-printable")], boundary("c022", "exchange", 1)),
        mime.Part([("Content-Type", "message/delivery-status")], status.replace("\n", "\r\n").encode()),
        mime.Part([("Content-Type", "message/rfc822")], orig_request(P, html=True)),
    ], boundary("c022", "exchange", 0), params="; report-type=delivery-status")
    bt = (sent + dt.timedelta(seconds=41)).astimezone(dt.timezone.utc).isoformat()
    eml = mime.message([("From", "Microsoft Outlook <postmaster@adhesia-labo.example>"),
                        ("To", mime.addr(*BUYERS["mira"])),
                        ("Date", mime.rfcdate(bt)),
                        ("Subject", mime.ew("Non remis : " + req_subject(P), "utf-8")),
                        ("Message-ID", msgid("c022", "outlook", "adhesia-labo.example")),
                        ("In-Reply-To", P["request_message_id"]), ("References", P["request_message_id"]),
                        ("Content-Language", "fr-FR"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")], root)
    return out([P], eml, "bounce",
               "French Exchange Online NDR (Non remis, 5.2.2 boîte aux lettres pleine), threaded on the request and "
               "carrying the whole PO table as message/rfc822.")


@case("dentalfix-adhesive-bulgarian", "confirmation/bg-BG",
      "Bulgarian Cyrillic in windows-1251 with 'нова цена 2,35 евро' on one line and '4 000 бр.' thousands.")
def c023():
    S = sup("DENTFIX", "Dental Fix OOD", "poruchki@dentalfix.example", "bg-BG")
    P = PO("4510083315", S, "jonas", "EUR", "2026-11-17", [
        L(1, "DF-CRM-70", "Denture adhesive cream 70 g, mint", 4000, "PCS", "2.20", "2026-12-11"),
        L(2, "DF-CRM-40", "Denture adhesive cream 40 g, neutral", 4000, "PCS", "1.55", "2026-12-11"),
        L(3, "DF-CLN-30", "Denture cleaning tablets, 30 tabs", 2500, "PCS", "1.10", "2026-12-18"),
    ])
    body = ("Здравейте, г-н Вербеек,\n\nПотвърждаваме поръчка № 4510083315 със следните уточнения:\n\n"
            "1. DF-CRM-70 – 4 000 бр., нова цена 2,35 евро/бр. (поскъпване на суровините), доставка 11.12.2026 г.\n"
            "2. DF-CRM-40 – 4 000 бр. по 1,55 евро, доставка 11.12.2026 г.\n"
            "3. DF-CLN-30 – 2 500 бр. по 1,10 евро, доставка 18.12.2026 г.\n\n"
            "Поздрави,\nДесислава Петрова\nОтдел „Продажби“\nДентал Фикс ООД\nбул. „Цариградско шосе“ 115, 1784 София\n"
            "тел.: +359 2 555 4821\n")
    eml = reply(P, when="2026-11-19T15:10:00+02:00", body=body, seed="c023",
                frm=("Десислава Петрова", "d.petrova@dentalfix.example"), charset="windows-1251",
                quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Cyrillic windows-1251 text; 'нова цена 2,35 евро' changes line 1 (PO 2.20); '4 000 бр.' is 4000 pieces; "
               "70 g/40 g/30 tabs in descriptions are not quantities.",
               [conf(P, {1: C(4000, "2.35", "2026-12-11"), 2: A(P, 2), 3: A(P, 3)})])


@case("jadran-hoses-stock-and-reject", "confirmation/hr-HR",
      "One line reduced to stock (120 of 200, rest not supplied), one line declined, one moved a week.")
def c024():
    S = sup("VJADRAN", "Vrtna Oprema Jadran d.o.o.", "narudzbe@vrtna-jadran.example", "hr-HR")
    P = PO("4510083428", S, "priya", "EUR", "2026-11-18", [
        L(1, "VJ-CRIJ-12-20", "Garden hose 1/2in x 20 m, green", 600, "ROL", "7.40", "2026-12-11"),
        L(2, "VJ-CRIJ-34-50", "Garden hose 3/4in x 50 m, reinforced", 200, "ROL", "26.00", "2026-12-11"),
        L(3, "VJ-PIST-7", "Spray gun 7 functions", 400, "PCS", "3.25", "2026-12-11"),
        L(4, "VJ-KOL-60", "Hose reel cart for 60 m hose", 50, "PCS", "39.00", "2026-12-11"),
    ])
    body = ("Poštovana gospođo Raman,\n\nzahvaljujemo na narudžbi 4510083428. Potvrđujemo sljedeće:\n\n"
            "- poz. 1: 600 kom po 7,40 EUR, isporuka 11.12.2026.\n"
            "- poz. 2: možemo isporučiti samo 120 kom (stanje zalihe) po 26,00 EUR, isporuka 11.12.2026. Ostatak "
            "nećemo moći isporučiti jer proizvođač više ne radi ovaj model.\n"
            "- poz. 3: pištolji sa 7 funkcija više nisu u ponudi - ne možemo isporučiti.\n"
            "- poz. 4: 50 kom po 39,00 EUR, isporuka 18.12.2026.\n\n"
            "Lijep pozdrav,\n\nIvana Horvat\nProdaja\nVrtna Oprema Jadran d.o.o.\nSlavonska avenija 52, 10000 Zagreb\n"
            "tel. +385 1 555 7782\n")
    eml = reply(P, when="2026-11-23T08:40:00+01:00", body=body, seed="c024",
                frm=("Ivana Horvat", "ivana.horvat@vrtna-jadran.example"), charset="iso-8859-2",
                quote="gt", qlang="hr", client="gmail", prefix="Re: ")
    return out([P], eml, "confirmation",
               "poz. 2 confirmed only 120 of 200 with the rest explicitly not supplied (quantity 120); poz. 3 declined "
               "-> rejected; poz. 4 moved to 18.12.; '7 funkcija' is not a quantity.",
               [conf(P, {1: A(P, 1), 2: C(120, "26.00", "2026-12-11"), 3: R, 4: C(50, "39.00", "2026-12-18")})])


@case("pohorje-springs-three-pos-one-answered", "confirmation/sl-SI",
      "Three open POs in pos.json; the reply confirms one and only promises an answer for another later.")
def c025():
    S = sup("VZPOH", "Vzmetnice Pohorje d.o.o.", "prodaja@vzmet-pohorje.example", "sl-SI")
    PA = PO("4510083501", S, "mira", "EUR", "2026-11-04", [
        L(1, "VP-BON-14", "Bonnell spring unit 140x200 cm, 2.2 mm", 80, "EA", "41.00", "2026-12-04"),
        L(2, "VP-BON-16", "Bonnell spring unit 160x200 cm, 2.2 mm", 60, "EA", "46.50", "2026-12-04"),
    ])
    PB = PO("4510083544", S, "mira", "EUR", "2026-11-11", [
        L(1, "VP-POC-7Z", "Pocket spring unit 7-zone 90x200 cm", 120, "EA", "33.80", "2026-12-18"),
        L(2, "VP-POC-7Z-14", "Pocket spring unit 7-zone 140x200 cm", 70, "EA", "52.40", "2026-12-18"),
        L(3, "VP-EDGE-4", "Foam edge support 4 cm, set of 4", 190, "SET", "3.10", "2026-12-18"),
    ])
    PC = PO("4510083590", S, "mira", "EUR", "2026-11-16", [
        L(1, "VP-MINI-12", "Mini pocket spring layer 12 mm, 140x200", 40, "EA", "24.00", "2027-01-15"),
    ])
    body = ("Pozdravljeni, ga. Holst,\n\npotrjujemo naročilo 4510083544: vse tri postavke v celoti, po cenah iz "
            "naročila, dobava 18. 12. 2026.\n\nZa naročilo 4510083590 (mini vzmeti) vam potrditev pošljemo prihodnji "
            "teden, ko bomo imeli termin od dobavitelja žice.\n\nLep pozdrav,\n\nMatej Kranjc\nProdaja\n"
            "Vzmetnice Pohorje d.o.o.\nTovarniška cesta 3, 2310 Slovenska Bistrica\nT: +386 2 555 18 44\n")
    eml = reply(PB, when="2026-11-20T09:20:00+01:00", body=body, seed="c025",
                frm=("Matej Kranjc", "matej.kranjc@vzmet-pohorje.example"), charset="iso-8859-2", quote="outlook",
                prefix="RE: ")
    return out([PA, PB, PC], eml, "confirmation",
               "Three POs of the same supplier: 4510083544 is confirmed in full; 4510083590 is only mentioned "
               "('potrditev pošljemo prihodnji teden') and therefore left out; 4510083501 is not mentioned.",
               [conf(PB, {1: A(PB, 1), 2: A(PB, 2), 3: A(PB, 3)})])


@case("morava-breakers-forwarded-planner", "confirmation/sr-RS",
      "Forwarded internal planner note answering two POs at once, one line split between December and January.")
def c026():
    S = sup("EZMOR", "Elektro Zaštita Morava d.o.o.", "prodaja@ezmorava.example", "sr-RS")
    PA = PO("4510083612", S, "tomas", "EUR", "2026-11-16", [
        L(1, "EZ-B10-1P", "Circuit breaker B10 1P 6 kA", 500, "PCS", "2.90", "2026-12-11"),
        L(2, "EZ-B20-1P", "Circuit breaker B20 1P 6 kA", 500, "PCS", "2.90", "2026-12-11"),
    ])
    PB = PO("4510083655", S, "tomas", "EUR", "2026-11-17", [
        L(1, "EZ-C63-3P", "Circuit breaker C63 3P 10 kA", 40, "PCS", "24.60", "2026-12-18"),
        L(2, "EZ-RCBO-16", "RCBO B16 30 mA 1P+N", 150, "PCS", "13.80", "2026-12-18"),
    ])
    fwd = ("---------- Forwarded message ---------\nFrom: Jelena Marković <planiranje@ezmorava.example>\n"
           "Date: uto, 24. nov 2026. u 16:02\nSubject: Kestrel - porudžbine\nTo: Milan Jovanović <milan.jovanovic@ezmorava.example>\n\n"
           "Milane,\n\nza kupca Kestrel:\n\n"
           "Porudžbina 4510083612 - obe stavke OK, 500 + 500 kom, isporuka 11.12.2026.\n"
           "Porudžbina 4510083655 - stavka 1 (C63 3P) OK, 40 kom za 18.12.; stavka 2 (RCBO B16) možemo 100 kom "
           "za 18.12., preostalih 50 kom tek 15.01.2027.\n\nCene bez promene.\n\nJelena\n")
    body = ("Poštovani gospodine Lindqvist,\n\nu nastavku Vam prosleđujem potvrdu našeg odeljenja planiranja za obe "
            "Vaše porudžbine. Cene ostaju kao u porudžbinama.\n\nSrdačan pozdrav,\nMilan Jovanović\nMenadžer prodaje\n"
            "Elektro Zaštita Morava d.o.o.\nBulevar oslobođenja 88, 21000 Novi Sad\n+381 21 555 3390\n\n" + fwd)
    eml = reply(PB, when="2026-11-25T08:14:00+01:00", body=body, seed="c026", thread=False,
                frm=("Milan Jovanović", "milan.jovanovic@ezmorava.example"), client="gmail", quote=None,
                subject="Fwd: Kestrel - porudžbine 4510083612 / 4510083655")
    return out([PA, PB], eml, "confirmation",
               "A forwarded planner note answers both POs: 4510083612 in full; 4510083655 line 2 split 100 on 18.12. "
               "+ 50 on 15.01.2027; '500 + 500' are two lines, not one quantity; the forward is not threaded.",
               [conf(PA, {1: A(PA, 1), 2: A(PA, 2)}),
                conf(PB, {1: A(PB, 1), 2: C(150, "13.80", "2027-01-15", [(100, "2026-12-18"), (50, "2027-01-15")])})])


@case("attiki-crates-greek-reduced", "confirmation/el-GR",
      "Greek ISO-8859-7 mail: '1.800 τεμ. (αντί για 2.000)' reduces line 1, the remaining 200 explicitly not produced.")
def c027():
    S = sup("PKATT", "Plastika Kivotia Attikis S.A.", "poliseis@kivotia-attikis.example", "el-GR")
    P = PO("4510083720", S, "mira", "EUR", "2026-11-17", [
        L(1, "PKA-KR-6040", "Bread crate 600x400x200 mm, perforated, brown", 2000, "PCS", "5.80", "2026-12-18"),
        L(2, "PKA-KR-6030", "Bread crate 600x400x150 mm, perforated, brown", 1000, "PCS", "5.10", "2026-12-18"),
    ])
    body = ("Αγαπητή κα Holst,\n\nΣας ευχαριστούμε για την παραγγελία σας 4510083720. Επιβεβαιώνουμε:\n\n"
            "Γραμμή 1: 1.800 τεμ. (αντί για 2.000) προς 5,80 €, παράδοση 18/12/2026.\n"
            "Γραμμή 2: 1.000 τεμ. προς 5,10 €, παράδοση 18/12/2026.\n\n"
            "Τα υπόλοιπα 200 τεμ. της γραμμής 1 δεν μπορούμε να τα παράγουμε φέτος.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΠλαστικά Κιβώτια Αττικής Α.Ε.\n"
            "Λεωφ. Θηβών 214, 122 41 Αιγάλεω\nΤηλ.: +30 210 555 7340\n")
    eml = reply(P, when="2026-11-24T12:30:00+02:00", body=body, seed="c027",
                frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@kivotia-attikis.example"), charset="iso-8859-7",
                cte="base64", quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Greek text in ISO-8859-7/base64; '1.800 τεμ. (αντί για 2.000)' = 1800 instead of 2000 (dot thousands), "
               "rest not produced; line 2 as ordered.",
               [conf(P, {1: C(1800, "5.80", "2026-12-18"), 2: A(P, 2)})])


@case("boras-felt-vecka-51", "confirmation/sv-SE",
      "Swedish 'leverans v. 51' for one line (= Friday 18 Dec) while the other lines are 'enligt order'; Apple Mail.")
def c028():
    S = sup("FILTBOR", "Filtprodukter i Borås AB", "order@filtprodukter-boras.example", "sv-SE")
    P = PO("4510083833", S, "tomas", "SEK", "2026-11-18", [
        L(1, "FB-GL-25", "Felt pad round 25 mm, brown, self-adhesive", 30000, "PCS", "0.18", "2026-12-11"),
        L(2, "FB-GL-50X50", "Felt pad 50x50 mm, grey, 4 mm", 10000, "PCS", "0.46", "2026-12-11"),
        L(3, "FB-FILT-2M", "Industrial felt sheet 2 m x 1 m, 5 mm", 150, "PCS", "210.00", "2026-12-11"),
    ])
    body = ("Hej Tomas!\n\nTack för beställningen. Rad 1 och 2 levererar vi enligt order, men filtskivorna på rad 3 "
            "blir försenade - leverans v. 51. Priserna är oförändrade.\n\nMed vänliga hälsningar\n\nAnna Bergström\n"
            "Orderkontoret\nFiltprodukter i Borås AB\nSandlidsgatan 9, 504 64 Borås\nTel 033-555 21 60\n")
    eml = reply(P, when="2026-11-20T08:05:00+01:00", body=body, seed="c028",
                frm=("Anna Bergström", "anna.bergstrom@filtprodukter-boras.example"), client="apple",
                quote="gt", qlang="sv", prefix="Re: ")
    return out([P], eml, "confirmation",
               "'v. 51' (vecka) without a day = Friday of ISO week 51 = 2026-12-18 for line 3 only; lines 1-2 "
               "'enligt order'; phone '033-555 21 60' and '2 m x 1 m' are noise.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: C(150, "210.00", kw(2026, 51))})])


@case("trampolinnet-revert-next-week", "needs_review/da-DK",
      "Danish 'vender tilbage i næste uge' with a hedged 'forventeligt ... 22.01.2027, men det kan jeg ikke love'.")
def c029():
    S = sup("TRAMPNET", "Nordisk Trampolinnet ApS", "ordre@trampolinnet.example", "da-DK")
    P = PO("4510083946", S, "priya", "DKK", "2026-11-18", [
        L(1, "NT-NET-305", "Safety net for 305 cm trampoline, 6 poles", 200, "EA", "145.00", "2027-01-22"),
        L(2, "NT-NET-366", "Safety net for 366 cm trampoline, 8 poles", 150, "EA", "175.00", "2027-01-22"),
    ])
    body = ("Hej Priya\n\nTak for ordren. Vi afventer bekræftelse fra vores fabrik i Polen og vender tilbage med "
            "endelige leveringsdatoer og priser i næste uge (uge 49). Forventeligt kan vi holde datoen 22.01.2027, "
            "men det kan jeg ikke love endnu.\n\nVenlig hilsen\n\nMads Kristensen\nSalgskoordinator\n"
            "Nordisk Trampolinnet ApS\nIndustrivej 21, 7100 Vejle\nTlf. +45 75 55 21 08\n")
    eml = reply(P, when="2026-11-25T13:02:00+01:00", body=body, seed="c029",
                frm=("Mads Kristensen", "mk@trampolinnet.example"), charset="iso-8859-1", quote="outlook",
                qlang="da", prefix="SV: ")
    return out([P], eml, "needs_review",
               "No commitment: dates and prices will follow 'i næste uge (uge 49)'; the requested date 22.01.2027 is "
               "mentioned only as an expectation that 'kan jeg ikke love'.")


@case("krokfiske-hooks-pieces-vs-boxes", "confirmation/nb-NO",
      "PO in boxes of 100, reply in pieces and price per piece: 40 000 stk at kr 0,95 = 400 boxes at 95.00.")
def c030():
    S = sup("KROKF", "Krok & Fiske AS", "ordre@krokfiske.example", "nb-NO")
    P = PO("4510084050", S, "jonas", "NOK", "2026-11-19", [
        L(1, "KF-OSH-1/0", "O'Shaughnessy hook 1/0, tinned, box of 100", 400, "BOX", "92.00", "2026-12-18"),
        L(2, "KF-TRE-6", "Treble hook no. 6, bronze, box of 100", 150, "BOX", "118.00", "2026-12-18"),
        L(3, "KF-SWV-4", "Ball bearing swivel size 4, 25 kg test", 2000, "PCS", "3.40", "2026-12-18"),
    ])
    body = ("Hei Jonas,\n\nTakk for bestillingen. Vi bekrefter slik:\n\n"
            "- KF-OSH-1/0: 40 000 stk à kr 0,95 (dvs. 400 esker à 100), levering 18.12.\n"
            "- KF-TRE-6: 15 000 stk à kr 1,18, levering 18.12.\n"
            "- KF-SWV-4: 2 000 stk à kr 3,40, levering 18.12.\n\n"
            "Med vennlig hilsen\nHåkon Eide\nKundeservice\nKrok & Fiske AS\nStrandgata 14, 6002 Ålesund\n"
            "Tlf. +47 70 55 43 10\n")
    eml = reply(P, when="2026-11-24T10:10:00+01:00", body=body, seed="c030",
                frm=("Håkon Eide", "hakon.eide@krokfiske.example"), client="gmail", quote="gt", qlang="nb",
                prefix="Re: ")
    return out([P], eml, "confirmation",
               "Pieces vs boxes of 100: 40 000 stk = 400 BOX at 0,95 x 100 = 95.00 NOK/box (PO 92.00, changed); "
               "15 000 stk = 150 BOX at 1,18 x 100 = 118.00 (as PO); swivels as ordered; '25 kg test' is noise.",
               [conf(P, {1: C(400, "95.00", "2026-12-18"), 2: A(P, 2), 3: A(P, 3)})])


@case("kasvimerkki-labels-per-1000", "confirmation/fi-FI",
      "Finnish prices per 1000 pieces ('38,00 €/1000 kpl') on a PO priced per piece; dates like '15.1.2027'.")
def c031():
    S = sup("KASVIM", "Kasvimerkki Oy", "tilaukset@kasvimerkki.example", "fi-FI")
    P = PO("4510084163", S, "mira", "EUR", "2026-11-19", [
        L(1, "KM-PIC-12", "Plant label 12 cm, white, printable", 40000, "PCS", "0.038", "2027-01-15"),
        L(2, "KM-HANG-18", "Hanging label 18 cm with loop", 15000, "PCS", "0.061", "2027-01-15"),
    ])
    body = ("Hei Mira,\n\nkiitos tilauksesta 4510084163. Vahvistamme:\n\n"
            "Rivi 1: 40 000 kpl, hinta 38,00 €/1000 kpl, toimitus 15.1.2027\n"
            "Rivi 2: 15 000 kpl, hinta 64,00 €/1000 kpl, toimitus 15.1.2027\n\n"
            "Ystävällisin terveisin\nJuha Virtanen\nmyyntipäällikkö\nKasvimerkki Oy\nTeollisuustie 7, 33960 Pirkkala\n"
            "puh. 040 555 6612\n")
    eml = reply(P, when="2026-11-23T14:22:00+02:00", body=body, seed="c031",
                frm=("Juha Virtanen", "juha.virtanen@kasvimerkki.example"), client="thunderbird", html=False,
                charset="iso-8859-15", cte="quoted-printable", quote="gt", qlang="fi", prefix="Re: ")
    return out([P], eml, "confirmation",
               "Per-1000 prices: 38,00/1000 = 0.038 (as PO), 64,00/1000 = 0.064 (PO 0.061, changed); Finnish "
               "date '15.1.2027' without leading zeros.",
               [conf(P, {1: A(P, 1), 2: C(15000, "0.064", "2027-01-15")})])


@case("viiruk-incense-full-estonian", "confirmation/et-EE",
      "Short Estonian 'täies mahus' confirmation; payment term '14 päeva' and pack sizes are distracting numbers.")
def c032():
    S = sup("VIIRUK", "Viiruk OÜ", "tellimused@viiruk.example", "et-EE")
    P = PO("4510084276", S, "tomas", "EUR", "2026-11-20", [
        L(1, "VI-CED-25", "Cedar incense sticks 25 cm, 30 pcs/pack", 1500, "EA", "1.35", "2026-12-18"),
        L(2, "VI-MYR-10", "Myrrh resin incense 10 g jar", 600, "EA", "2.90", "2026-12-18"),
        L(3, "VI-BOX-3", "Gift box with 3 scents, 2027 edition", 300, "EA", "6.40", "2026-12-18"),
    ])
    body = ("Tere, Tomas!\n\nKinnitame tellimuse 4510084276 täies mahus: kogused, hinnad ja tarneaeg 18.12.2026 "
            "vastavalt tellimusele.\n\nArve saadame pärast tarnet, maksetähtaeg 14 päeva.\n\nParimate soovidega\n"
            "Kadri Tamm\nmüügijuht\nViiruk OÜ\nPärnu mnt 139, 11317 Tallinn\ntel +372 655 5123\n")
    eml = reply(P, when="2026-11-24T16:40:00+02:00", body=body, seed="c032",
                frm=("Kadri Tamm", "kadri.tamm@viiruk.example"), quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Whole-order confirmation 'täies mahus ... vastavalt tellimusele' with the requested date restated; "
               "'14 päeva' payment term, 30 pcs/pack and 10 g are not quantities.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: A(P, 3)})])


@case("xrayprotect-shared-inbox-receipt", "auto_reply/lv-LV",
      "Latvian shared-mailbox receipt ('apstiprina, ka ziņojums ir saņemts') with a ticket number and office hours.")
def c033():
    S = sup("XRPLV", "Baltic X-Ray Protect SIA", "pasutijumi@xrayprotect-lv.example", "lv-LV")
    P = PO("4510084389", S, "priya", "EUR", "2026-11-20", [
        L(1, "XRP-AP-035", "X-ray apron 0.35 mm Pb eq., size M, front", 20, "EA", "189.00", "2027-01-15"),
        L(2, "XRP-AP-050", "X-ray apron 0.50 mm Pb eq., size L, wrap", 10, "EA", "265.00", "2027-01-15"),
        L(3, "XRP-THY-05", "Thyroid collar 0.5 mm Pb", 30, "EA", "42.00", "2027-01-15"),
    ])
    body = ("Labdien!\n\nPaldies par Jūsu e-pastu. Šī ir automātiska atbilde, kas apstiprina, ka Jūsu ziņojums ir "
            "saņemts mūsu kopīgajā pastkastē pasutijumi@xrayprotect-lv.example. Mūsu klientu apkalpošanas komanda "
            "atbildēs 2 darba dienu laikā.\n\nDarba laiks: P.-Pk. 8:30-17:00\nPieprasījuma numurs: LV-2026-118842\n\n"
            "Thank you for your e-mail. This is an automatic confirmation that your message has been received. "
            "Our team will reply within 2 working days.\n\nBaltic X-Ray Protect SIA\nGanību dambis 24, Rīga, LV-1005\n"
            "+371 67 555 210\n")
    when = (req_sent(P) + dt.timedelta(seconds=47)).astimezone(dt.timezone(dt.timedelta(hours=2))).isoformat()
    eml = reply(P, when=when, body=body, seed="c033",
                frm=("Baltic X-Ray Protect", "pasutijumi@xrayprotect-lv.example"),
                subject="Automātiska atbilde: " + req_subject(P), quote=None, client="erp", html=False,
                charset="windows-1257", cte="quoted-printable",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return out([P], eml, "auto_reply",
               "Automatic receipt of a shared mailbox: 'confirmation that your message has been received' is not an "
               "order confirmation; ticket number and '2 darba dienu' are noise.")


@case("medaliai-whole-po-declined", "confirmation/lt-LT",
      "Lithuanian reply declining the whole order (capacity full until March); both lines rejected.")
def c034():
    S = sup("MEDLT", "Medalių Dirbtuvės UAB", "uzsakymai@medaliai.example", "lt-LT")
    P = PO("4510084492", S, "jonas", "EUR", "2026-11-20", [
        L(1, "MD-MED-60", "Marathon medal 60 mm, 3D enamel, 2027 race", 3000, "PCS", "3.20", "2027-02-26"),
        L(2, "MD-RIB-20", "Printed lanyard 20 mm x 90 cm", 3000, "PCS", "0.55", "2027-02-26"),
    ])
    body = ("Laba diena,\n\ndėkojame už užsakymą Nr. 4510084492. Deja, turime jį atmesti: mūsų gamybos pajėgumai iki "
            "2027 m. kovo mėnesio yra visiškai užimti, todėl negalime pagaminti 3 000 medalių iki 2027-02-26. "
            "Juostelių atskirai taip pat netiekiame.\n\nAtsiprašome už nepatogumus ir tikimės bendradarbiauti ateityje.\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadovė\nMedalių Dirbtuvės UAB\nSavanorių pr. 178, LT-03154 Vilnius\n"
            "Tel. +370 5 255 5318\n")
    eml = reply(P, when="2026-11-26T09:55:00+02:00", body=body, seed="c034",
                frm=("Rūta Kazlauskienė", "ruta.kazlauskiene@medaliai.example"), client="gmail",
                charset="iso-8859-13", quote="gt", prefix="Re: ")
    return out([P], eml, "confirmation",
               "An outright refusal ('turime jį atmesti') is an answer: kind confirmation with both lines rejected; "
               "'3 000 medalių iki 2027-02-26' restates the PO and is not a commitment.",
               [conf(P, {1: R, 2: R})])


@case("dymari-liners-ship-vs-delivery", "confirmation/uk-UA",
      "Ukrainian KOI8-U text giving both a ship date (08.01.2027) and a later delivery date (15.01.2027): delivery wins.")
def c035():
    S = sup("DYMARI", "Dymari Podillia LLC", "zakaz@dymari.example", "uk-UA")
    P = PO("4510084505", S, "mira", "EUR", "2026-11-23", [
        L(1, "DP-GIL-200", "Chimney liner 200 mm, 1 m, AISI 304, 0.8 mm", 50, "PCS", "38.00", "2026-12-18"),
        L(2, "DP-TR-200", "T-piece 200 mm 90 deg with cap", 10, "PCS", "44.00", "2026-12-18"),
    ])
    body = ("Добрий день, пані Міро!\n\nДякуємо за замовлення N 4510084505. Підтверджуємо кількість і ціни по обох "
            "позиціях. Через відключення електроенергії виробництво затримується, тому відвантаження можливе лише "
            "08.01.2027, доставка до Тілбурга - до 15.01.2027.\n\nЗ повагою,\nОлександр Коваленко\nменеджер з експорту\n"
            "ТОВ \"Димарі Поділля\"\nвул. Промислова, 12, м. Вінниця, 21034\nтел. +380 43 255 5412\n")
    eml = reply(P, when="2026-11-27T10:12:00+02:00", body=body, seed="c035",
                frm=("Олександр Коваленко", "o.kovalenko@dymari.example"), client="thunderbird", html=False,
                charset="koi8-u", cte="8bit", quote="gt", prefix="Re: ")
    return out([P], eml, "confirmation",
               "KOI8-U Cyrillic; ship date 08.01.2027 and delivery 'до 15.01.2027' - the delivery date wins for both "
               "lines; quantities and prices confirmed unchanged.",
               [conf(P, {1: C(50, "38.00", "2027-01-15"), 2: C(10, "44.00", "2027-01-15")})])


@case("svarprovoloka-wire-tonnes-koi8r", "confirmation/ru-RU",
      "Russian KOI8-R reply in tonnes and EUR/t on a PO in KG, with a ship date (FCA) as the only date.")
def c036():
    S = sup("SVARPR", "OOO SvarProvoloka", "sbyt@svarprovoloka.example", "ru-RU")
    P = PO("4510084618", S, "tomas", "EUR", "2026-11-23", [
        L(1, "SP-ER70-12", "Welding wire ER70S-6 1.2 mm, 15 kg spool", 6000, "KG", "1.45", "2027-01-15"),
        L(2, "SP-ER70-10", "Welding wire ER70S-6 1.0 mm, 15 kg spool", 3000, "KG", "1.52", "2027-01-15"),
    ])
    body = ("Добрый день, Томас!\n\nПодтверждаем заказ N 4510084618:\n\n"
            "1. Проволока ER70S-6 ф1,2 мм - 6 т, цена 1 450 EUR/т, отгрузка 08.01.2027.\n"
            "2. Проволока ER70S-6 ф1,0 мм - 3 т, цена 1 580 EUR/т, отгрузка 08.01.2027.\n\n"
            "Условия поставки: FCA Череповец, катушки по 15 кг на паллетах.\n\n"
            "С уважением,\nИрина Соколова\nотдел сбыта\nООО \"СварПроволока\"\nг. Череповец, ул. Металлургов, 45\n"
            "тел. +7 8202 55-41-90\n")
    eml = reply(P, when="2026-11-25T11:30:00+03:00", body=body, seed="c036",
                frm=("Ирина Соколова", "sokolova@svarprovoloka.example"), client="thebat", html=False,
                charset="koi8-r", cte="8bit", quote="gt", prefix="Re: ",
                extra_headers=[("X-Mailer", "The Bat! (v10.5.3) Professional")])
    return out([P], eml, "confirmation",
               "Tonnes vs KG: 6 t = 6000 KG at 1 450 EUR/t = 1.45/kg (as PO), 3 t = 3000 KG at 1 580 EUR/t = 1.58 "
               "(PO 1.52); only a ship date 'отгрузка 08.01.2027' (FCA) -> date 2027-01-08 for both lines.",
               [conf(P, {1: C(6000, "1.45", "2027-01-08"), 2: C(3000, "1.58", "2027-01-08")})])
