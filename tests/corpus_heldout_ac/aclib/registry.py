"""Case registry: @case(num, slug, locale, hard) on a function returning (pos, message_bytes, expected)."""
CASES = []


def case(num, slug, locale, hard):
    def deco(fn):
        CASES.append({"num": num, "slug": slug, "locale": locale, "hard": hard, "fn": fn})
        return fn
    return deco
