"""Case registry: each case function returns (pos, eml_bytes, expected)."""
CASES = []


def case(slug, kind_locale, hard):
    def deco(fn):
        CASES.append((slug, kind_locale, hard, fn))
        return fn
    return deco
