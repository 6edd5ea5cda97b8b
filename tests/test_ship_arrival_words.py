"""The goods leave on one date and arrive on another, said with verbs of motion: the
lexicon's [ship_date] and [delivery_date] tables of every language hold the verbs ("verlassen
unser Lager", "quittent notre entrepôt", "dorazí k Vám", "出港", "yola çıkıyor"), and the
arrival date is the line's date. A verb after its date ("2026年12月8日宁波港开船") says what
the date is when nothing before it in its clause does. Every phrasing is written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from agent.reading import phrases as P
from tests.test_extract import lines_of, make_po, read

REQUESTED = "2026-12-15"
LEAVES = date(2026, 12, 8)
ARRIVES = date(2026, 12, 11)
PUMP = [("PMP-2210", "Centrifugal pump housing, cast iron", 24, "EA", "186.00", REQUESTED)]


def reply(body: str, locale: str):
    return read(f"Hello,\n\n{body}\n\nRegards", [make_po(locale=locale, lines=PUMP)])


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "de-DE",
            "Wir bestätigen Ihre Bestellung 4500012345. Die Gehäuse verlassen unser Lager am "
            "08.12.2026 und kommen am 11.12.2026 bei Ihnen an.",
        ),
        ("de-DE", "Auftrag bestätigt: Abfahrt des LKW am 08.12.2026, Ankunft am 11.12.2026."),
        (
            "fr-FR",
            "Nous confirmons votre commande 4500012345 : les carters quittent notre entrepôt "
            "le 08/12/2026 et seront dans vos locaux le 11/12/2026.",
        ),
        (
            "it-IT",
            "Confermiamo l'ordine 4500012345: i pezzi lasciano il nostro stabilimento il "
            "08/12/2026 e saranno da voi il 11/12/2026.",
        ),
        (
            "nl-NL",
            "Wij bevestigen order 4500012345: de zending vertrekt op 08-12-2026 en komt op "
            "11-12-2026 bij u aan.",
        ),
        (
            "pl-PL",
            "Potwierdzamy zamówienie 4500012345. Towar opuści nasz zakład 08.12.2026 i "
            "dojedzie do Państwa 11.12.2026.",
        ),
        (
            "et-EE",
            "Kinnitame tellimuse 4500012345. Kaup lahkub meie laost 08.12.2026 ja on Teil "
            "kohal 11.12.2026.",
        ),
        ("zh-CN", "确认订单4500012345：2026年12月8日宁波港开船，2026年12月11日抵达贵司。"),
        (
            "cs-CZ",
            "Potvrzujeme objednávku 4500012345. Zboží opustí náš závod 08.12.2026 a dorazí k "
            "Vám 11.12.2026.",
        ),
        (
            "pt-PT",
            "Confirmamos a encomenda 4500012345. A mercadoria sai do nosso armazém a "
            "08/12/2026 e chega às vossas instalações a 11/12/2026.",
        ),
        (
            "sv-SE",
            "Vi bekräftar order 4500012345. Godset lämnar vårt lager 2026-12-08 och anländer "
            "till er 2026-12-11.",
        ),
        (
            "fi-FI",
            "Vahvistamme tilauksen 4500012345. Tavara lastataan 8.12.2026 ja tulee perille "
            "11.12.2026.",
        ),
        (
            "hu-HU",
            "Visszaigazoljuk a 4500012345 számú megrendelést: a kamion 2026.12.08-án indul, "
            "és 2026.12.11-én ér Önökhöz.",
        ),
        (
            "ja-JP",
            "ご注文4500012345を承りました。2026年12月8日に弊社倉庫を出発し、"
            "2026年12月11日に貴社へ届きます。",
        ),
        (
            "tr-TR",
            "4500012345 numaralı siparişinizi onaylıyoruz. Ürünler 08.12.2026 tarihinde yola "
            "çıkıyor ve 11.12.2026 tarihinde deponuza ulaşacak.",
        ),
        (
            "ro-RO",
            "Confirmăm comanda 4500012345. Marfa părăsește depozitul nostru pe 08.12.2026 și "
            "sosește la dumneavoastră pe 11.12.2026.",
        ),
        (
            "es-ES",
            "Confirmamos el pedido 4500012345: la mercancía saldrá de fábrica el 08/12/2026 y "
            "estará en su almacén el 11/12/2026.",
        ),
        (
            "da-DK",
            "Vi bekræfter ordre 4500012345. Varerne forlader vores lager den 08.12.2026 og "
            "ankommer den 11.12.2026.",
        ),
        (
            "nb-NO",
            "Vi bekrefter ordre 4500012345. Varene forlater vårt lager 08.12.2026 og ankommer "
            "til dere 11.12.2026.",
        ),
        (
            "sk-SK",
            "Potvrdzujeme objednávku 4500012345. Tovar opustí náš závod 08.12.2026 a dorazí k "
            "Vám 11.12.2026.",
        ),
        (
            "ru-RU",
            "Подтверждаем заказ 4500012345. Груз покинет наш завод 08.12.2026 и прибудет к "
            "вам 11.12.2026.",
        ),
        (
            "uk-UA",
            "Підтверджуємо замовлення 4500012345. Вантаж виїде з нашого заводу 08.12.2026 і "
            "прибуде до вас 11.12.2026.",
        ),
        (
            "lt-LT",
            "Patvirtiname užsakymą 4500012345. Prekės išvyks iš mūsų sandėlio 2026-12-08 ir "
            "pasieks jus 2026-12-11.",
        ),
        (
            "lv-LV",
            "Apstiprinām pasūtījumu 4500012345. Krava izbrauks no mūsu noliktavas 2026-12-08 "
            "un sasniegs jūs 2026-12-11.",
        ),
        (
            "sl-SI",
            "Potrjujemo naročilo 4500012345. Blago zapusti naše skladišče 08.12.2026 in prispe "
            "k vam 11.12.2026.",
        ),
        (
            "el-GR",
            "Επιβεβαιώνουμε την παραγγελία 4500012345. Τα εμπορεύματα φεύγουν από την αποθήκη "
            "μας στις 08/12/2026 και φτάνουν σε εσάς στις 11/12/2026.",
        ),
        (
            "vi-VN",
            "Chúng tôi xác nhận đơn hàng 4500012345. Hàng rời kho của chúng tôi ngày "
            "08/12/2026 và đến nơi ngày 11/12/2026.",
        ),
        (
            "ms-MY",
            "Kami mengesahkan pesanan 4500012345. Barang meninggalkan gudang kami pada "
            "08/12/2026 dan tiba di premis anda pada 11/12/2026.",
        ),
    ],
)
def test_the_goods_leave_and_arrive_the_arrival_is_the_date(locale: str, body: str) -> None:
    res = reply(body, locale)
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.status, line.date, line.date_kind) == ("changed", ARRIVES, "delivery")


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        ("nl-NL", "Order 4500012345 bevestigd; de zending vertrekt op 08-12-2026."),
        (
            "fr-FR",
            "Commande 4500012345 confirmée, la marchandise quitte notre entrepôt le 08/12/2026.",
        ),
        (
            "pl-PL",
            "Potwierdzamy zamówienie 4500012345, towar wyjedzie z naszego magazynu 08.12.2026.",
        ),
        ("ja-JP", "ご注文4500012345を承りました。2026年12月8日に出港いたします。"),
    ],
)
def test_a_departure_alone_is_the_date(locale: str, body: str) -> None:
    res = reply(body, locale)
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.date, line.date_kind) == (LEAVES, "ship")


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "pl-PL",
            "Potwierdzamy zamówienie 4500012345. Towar zostanie wysłany zaraz po zapakowaniu "
            "i dotrze do Państwa 11.12.2026.",
        ),
        (
            "tr-TR",
            "Siparişinizi onaylıyoruz. Ürünler paketlendikten sonra sevk edilecek ve "
            "11.12.2026 tarihinde fabrikanıza varacak.",
        ),
    ],
)
def test_a_departure_without_a_date_does_not_make_the_arrival_a_ship_date(
    locale: str, body: str
) -> None:
    res = reply(body, locale)
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert (line.date, line.date_kind) == (ARRIVES, "delivery")


def test_a_verb_after_the_date_outweighs_an_earlier_clause() -> None:
    before = "交期：2027年1月20日到达工厂（铁路，预计"
    assert P.date_kind(before) == "delivery"
    assert P.date_kind(before, "西安起运）") == "ship"
    # a word before the date in its own clause still decides
    assert P.date_kind("Versand am 08.12., Lieferung am ", "ab Werk") == "delivery"


FILM = [
    ("PF-BOPP-20", "BOPP film 20 micron, 1000 mm", 60, "ROL", "96.00", "2027-01-15"),
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        # batch AG 018: "交货安排：12月18日上海港装船出运（ETD），预计1月15日到达…" read both dates as
        # deliveries, the label's word before the colon outweighing the verb after the date
        ("zh-CN", "订单确认。交货安排：12月18日宁波港装船出运，预计1月15日到达贵司仓库。"),
        (
            "en-GB",
            "Order confirmed. Delivery schedule: 18/12 leaves Ningbo by sea, arriving at "
            "your warehouse 15/01.",
        ),
    ],
)
def test_a_delivery_label_before_a_colon_leaves_the_verb_after_the_date_to_say_what_it_is(
    locale: str, body: str
) -> None:
    res = read(body, [make_po(locale=locale, currency="USD", lines=FILM)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 15)}
