CASES = []


def case(slug, locale, readme):
    """Register a case function returning (list_of_PO, eml_bytes, expected_dict)."""
    def deco(fn):
        CASES.append((slug, locale, readme, fn))
        return fn
    return deco
