import datetime as dt

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def D(s):
    return dt.date.fromisoformat(s)


def week_day(year, week, weekday):
    """ISO week -> date of weekday (1=Mon .. 7=Sun)."""
    return dt.date.fromisocalendar(year, week, weekday)


def week_friday(year, week):
    return week_day(year, week, 5)


def next_on_or_after(month, day, ref):
    ref = D(ref) if isinstance(ref, str) else ref
    d = dt.date(ref.year, month, day)
    if d < ref:
        d = dt.date(ref.year + 1, month, day)
    return d


def assert_wd(d, name):
    d = D(d) if isinstance(d, str) else d
    assert WD[d.weekday()] == name, f"{d} is a {WD[d.weekday()]}, not {name}"
    return d
