"""Calendar arithmetic for holidays that follow the moon: the Hebrew calendar, the Islamic months and the
Chinese New Year.

Dates are days of the proleptic Gregorian calendar, counted as :meth:`datetime.date.toordinal` counts
them (1 January of the year 1 is day 1). The Hebrew calendar is fixed by arithmetic, so its dates are
exact. An Islamic month begins when the new crescent is seen, which differs by country; the day computed
here follows the Saudi (Umm al-Qura) practice of beginning the month the day after the new moon, when the
new moon comes before late afternoon in Mecca, and may differ from a local observance by a day. The Chinese
New Year is the day, in Beijing, of the new moon that falls from 21 January to 20 February.
"""

from __future__ import annotations

import calendar

import math
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from . import regex_cache
from .rules import vocabulary as V

# ---- Hebrew -----------------------------------------------------------------------------------

# The day before 1 Tishri of the year 1 (the Hebrew years count from 7 October 3761 BCE, Julian).
_HEBREW_EPOCH = -1373428
_PARTS_PER_DAY = 25920  # an hour has 1080 parts


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to the molad of Tishri of ``year``, moved by the rule that Rosh Hashanah
    falls on no Sunday, Wednesday or Friday."""
    months = (235 * year - 234) // 19  # months elapsed before the year, 7 leap years in 19
    parts = 12084 + 13753 * months  # the molad of Tishri in parts, past the first molad's day
    day = 29 * months + parts // _PARTS_PER_DAY
    if (3 * (day + 1)) % 7 < 3:
        day += 1
    return day


def _hebrew_year_correction(year: int) -> int:
    """Days added so that no year is 356 days long and no leap year 382 (the other two postponements)."""
    before, this, after = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    if after - this == 356:
        return 2
    if this - before == 382:
        return 1
    return 0


@lru_cache(maxsize=256)
def rosh_hashanah(hebrew_year: int) -> date:
    """1 Tishri of ``hebrew_year`` (5785 began on 3 October 2024)."""
    return date.fromordinal(_HEBREW_EPOCH + 1 + _hebrew_elapsed_days(hebrew_year) + _hebrew_year_correction(hebrew_year))


def hebrew_holiday(base: str, offset: int, gregorian_year: int) -> date:
    """The day ``offset`` days after the Hebrew ``base`` day that falls in ``gregorian_year``.

    ``base`` is "tishri1" (Rosh Hashanah, in September or October), "nisan15" (Passover, in March or
    April: 163 days before the next Rosh Hashanah) or "kislev25" (the first day of Hanukkah, in November or
    December: after Tishri's 30 days and Heshvan's 29, or 30 in a complete year)."""
    hebrew_year = gregorian_year + 3761  # the year that begins in this year's autumn
    new_year = rosh_hashanah(hebrew_year)
    if base == "tishri1":
        day = new_year
    elif base == "nisan15":
        day = new_year - timedelta(days=163)
    elif base == "kislev25":
        length = (rosh_hashanah(hebrew_year + 1) - new_year).days
        day = new_year + timedelta(days=30 + (30 if length % 10 == 5 else 29) + 24)
    else:
        raise ValueError(f"unknown Hebrew base day: {base}")
    return day + timedelta(days=offset)


# ---- Islamic --------------------------------------------------------------------------------------

_ISLAMIC_EPOCH = 227015  # 16 July 622, Julian: 1 Muharram of the year 1


def islamic_to_gregorian(year: int, month: int, day: int) -> date:
    """The day ``day`` of ``month`` of the Islamic ``year`` in the arithmetical calendar (30-year cycle of
    11 leap years, months of 30 and 29 days in turn)."""
    return date.fromordinal(_ISLAMIC_EPOCH - 1 + (year - 1) * 354 + (3 + 11 * year) // 30
                            + 29 * (month - 1) + (6 * month - 1) // 11 + day)


# A new moon before this time of day in Mecca (UTC+3) begins the month on the next day; a later one, a day later.
_MECCA = 3 / 24
_CRESCENT_CUTOFF = 0.7  # 16:48


@lru_cache(maxsize=512)
def islamic_month_start(year: int, month: int) -> date:
    """The first day of ``month`` of the Islamic ``year``: the day after the new moon nearest the arithmetical
    calendar's first day, or two days after when the new moon comes late in the day in Mecca (1 Ramadan 1446
    was 1 March 2025)."""
    tabular = islamic_to_gregorian(year, month, 1).toordinal()
    k = round((tabular + _JD_OF_ORDINAL_0 - 2451550.09766) / 29.530588861)
    best = None
    for kk in (k - 1, k, k + 1):
        moment = new_moon(kk) + _MECCA - _JD_OF_ORDINAL_0
        day = math.floor(moment)
        start = day + 1 if moment - day < _CRESCENT_CUTOFF else day + 2
        if best is None or abs(start - tabular) < abs(best - tabular):
            best = start
    return date.fromordinal(best)


def islamic_holiday(month: int, day: int, hijri_year: int) -> date:
    """Day ``day`` of ``month`` (day 0: the month's first day) of the Islamic year ``hijri_year``."""
    return islamic_month_start(hijri_year, month) + timedelta(days=max(day, 1) - 1)


def islamic_month_end(year: int, month: int) -> date:
    """The last day of ``month`` of the Islamic ``year``."""
    nxt = (year, month + 1) if month < 12 else (year + 1, 1)
    return islamic_month_start(*nxt) - timedelta(days=1)


def islamic_year_at(day: date) -> int:
    """The Islamic year in progress on ``day``."""
    year = (30 * (day.toordinal() - _ISLAMIC_EPOCH) + 10646) // 10631
    while islamic_to_gregorian(year + 1, 1, 1) <= day:
        year += 1
    while islamic_to_gregorian(year, 1, 1) > day:
        year -= 1
    return year


# ---- Chinese New Year ------------------------------------------------------------------------------

_BEIJING = 8 / 24  # UTC+8, in days
# Periodic terms of the true new moon (Meeus, Astronomical Algorithms, ch. 49), in days: (coefficient, power of
# E, multiples of M, M', F, Omega). Terms under a minute are left out.
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0), (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0), (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
)
_JD_OF_ORDINAL_0 = 1721424.5  # the Julian day at the start of ordinal day 0


def new_moon(k: int) -> float:
    """The Julian day (Terrestrial Time) of the ``k``-th new moon after that of 6 January 2000."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3
    e = 1 - 0.002516 * t - 0.0000074 * t ** 2
    m = math.radians(2.5534 + 29.1053567 * k - 0.0000014 * t ** 2)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3)
    om = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t ** 2)
    return jde + sum(c * e ** pe * math.sin(a * m + b * mp + cf * f + d * om)
                     for c, pe, a, b, cf, d in _NEW_MOON_TERMS)


@lru_cache(maxsize=256)
def chinese_new_year(year: int) -> date:
    """The first day of the Chinese year that begins in ``year``: the new moon, in Beijing, from 21 January
    to 20 February (10 February 2024, 29 January 2025)."""
    first, last = date(year, 1, 21).toordinal(), date(year, 2, 20).toordinal()
    k = math.floor((year - 2000) * 12.3685)
    for kk in range(k - 1, k + 4):
        day = math.floor(new_moon(kk) + _BEIJING - _JD_OF_ORDINAL_0)
        if first <= day <= last:
            return date.fromordinal(day)
    raise ValueError(f"no new moon found for {year}")


@lru_cache(maxsize=256)
def chinese_eighth_month(year: int) -> date:
    """The first day of the eighth Chinese month of ``year``: the month that holds the autumn equinox, begun by the
    last new moon, in Beijing, on or before 23 September (its 15th day is the Mid-Autumn Festival: 17 September 2024,
    6 October 2025)."""
    last = date(year, 9, 23).toordinal()
    k = math.floor((year - 2000) * 12.3685) + 7
    best = None
    for kk in range(k - 1, k + 4):
        day = math.floor(new_moon(kk) + _BEIJING - _JD_OF_ORDINAL_0)
        if day <= last:
            best = day
    if best is None:
        raise ValueError(f"no new moon found for {year}")
    return date.fromordinal(best)


@lru_cache(maxsize=256)
def chinese_ninth_month(year: int) -> date:
    """The first day of the ninth Chinese month of ``year``: the new moon, in Beijing, after the eighth month began
    (its ninth day is the Chung Yeung Festival: 23 October 2023, 11 October 2024). A leap eighth month, which puts
    another month between them, is not counted (the next is due in 2052)."""
    after = chinese_eighth_month(year).toordinal()
    k = math.floor((year - 2000) * 12.3685) + 7
    for kk in range(k - 1, k + 5):
        day = math.floor(new_moon(kk) + _BEIJING - _JD_OF_ORDINAL_0)
        if day > after + 20:
            return date.fromordinal(day)
    raise ValueError(f"no new moon found for {year}")


_INDIA = 5.5 / 24  # UTC+5:30, in days
# Diwali's new moon falls while the sun is in sidereal Libra: from midday on 17 October to the morning of 16 November
# in India (the sun's entries vary by some hours; a new moon in the small hours of 17 October, as in 2020, belongs to
# the month before). The festival is kept on the evening that the new moon's lunar day (amavasya) holds: the new
# moon's own day in India when it comes late in the evening, else the day before. That hour stands for the real rule
# (the lunar day at sunset), which needs the moon's motion: from 2001 to 2028 it gives the almanacs' date every year
# but 2013 (2 November for 3 November).
_DIWALI_LATE_NEW_MOON = 18.5 / 24


@lru_cache(maxsize=256)
def diwali(year: int) -> date:
    """Diwali (Lakshmi Puja) in ``year``: 12 November 2023, 31 October 2024, 20 October 2025."""
    first, last = date(year, 10, 17).toordinal() + 0.5, date(year, 11, 16).toordinal() + 0.25
    k = math.floor((year - 2000) * 12.3685) + 8
    for kk in range(k, k + 4):
        t = new_moon(kk) + _INDIA - _JD_OF_ORDINAL_0
        day = math.floor(t)
        if first <= t < last:
            return date.fromordinal(day if t - day >= _DIWALI_LATE_NEW_MOON else day - 1)
    raise ValueError(f"no new moon found for {year}")


# ---- the Orthodox Easter -------------------------------------------------------------------------

@lru_cache(maxsize=256)
def orthodox_easter(year: int) -> date:
    """Easter Sunday of the Orthodox churches in ``year``, as a Gregorian day: the Julian computus (Meeus), its Julian
    date then moved by the 13 days the calendars stand apart from 1900 to 2099 (12 April 2026, 2 May 2027)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13 if 1900 <= year < 2100 else 12 if year >= 1800 else 14)


# ---- national days ------------------------------------------------------------------------------

def _names_regex(names: Iterable[str]) -> re.Pattern[str]:
    return regex_cache.compile(r"(?<![\w.])(?:" + "|".join(re.escape(c) for c in sorted(names, key=len, reverse=True))
                      + r")(?![\w])", re.IGNORECASE)


_COUNTRY_NAMES = {name: (_names_regex(table), _names_regex(home)) for name, (_, home, table) in V.COUNTRY_HOLIDAYS.items()}


def country_holiday(name: str, text: str, s0: int, s1: int, at: int) -> tuple[tuple[int, int], str]:
    """The month and day of the holiday ``name`` of ``V.COUNTRY_HOLIDAYS`` ("independence day") at ``at`` of ``text``
    (its sentence: [s0, s1)), and why: the day of the country named in its sentence, nearest first, or of the one the
    article names most (twice at least, and more often than the default's country); else the default and ""."""
    default, _, table = V.COUNTRY_HOLIDAYS[name]
    countries, home = _COUNTRY_NAMES[name]
    label = name.title()
    named = [(abs(m.start() - at), m.group().lower()) for m in countries.finditer(text, s0, s1)]
    if named:
        country = min(named)[1]
        return table[country], f"the {label} of {country.title()}, named in its sentence; "
    counts: dict[tuple[int, int], int] = {}
    for m in countries.finditer(text):
        day = table[m.group().lower()]
        counts[day] = counts.get(day, 0) + 1
    best = max(sorted(counts), key=lambda k: counts[k], default=None)
    if best is None or best == default or counts[best] < 2 or counts[best] <= len(home.findall(text)):
        return default, ""
    return best, f"the {label} of the country the article names most ({best[0]:02d}-{best[1]:02d}); "


# ---- one interface -----------------------------------------------------------------------------

def holiday_occurrences(spec: tuple[str, object, int], around: int) -> list[date]:
    """The days of the holiday ``spec`` (see ``maliclock.rules.vocabulary.LUNAR_HOLIDAYS``) in the Gregorian
    years ``around`` - 1 to ``around`` + 1, in order (an Islamic holiday may come twice in one year)."""
    calendar_name, base, offset = spec
    if calendar_name == "hebrew":
        return [hebrew_holiday(str(base), offset, y) for y in (around - 1, around, around + 1)]
    if calendar_name == "chinese":
        # (the months these tables name: 1, 8 and 9)
        start = {8: chinese_eighth_month, 9: chinese_ninth_month}.get(base, chinese_new_year)  # type: ignore[call-overload]
        return [start(y) + timedelta(days=offset) for y in (around - 1, around, around + 1)]
    if calendar_name == "orthodox":
        return [orthodox_easter(y) + timedelta(days=offset) for y in (around - 1, around, around + 1)]
    if calendar_name == "hindu":
        return [diwali(y) + timedelta(days=offset) for y in (around - 1, around, around + 1)]
    if calendar_name == "islamic":
        first = islamic_year_at(date(around - 1, 1, 1))
        days = [islamic_holiday(int(base), offset, h) for h in range(first, first + 5)]
        return [d for d in days if around - 1 <= d.year <= around + 1]
    raise ValueError(f"unknown calendar: {calendar_name}")


def holiday_month(spec: tuple[str, object, int], start: date) -> str | None:
    """For a holiday that is a whole Islamic month (``offset`` 0: Ramadan), the Gregorian month (YYYY-MM) that
    holds most of it, the earlier on a tie; None for a holiday of one day."""
    calendar_name, base, offset = spec
    if calendar_name != "islamic" or offset != 0:
        return None
    end = islamic_month_end(islamic_year_at(start), int(base))
    days_in_first = (date(start.year + (start.month == 12), start.month % 12 + 1, 1) - start).days
    first_half = days_in_first >= (end - start).days + 1 - days_in_first
    month = start if first_half or end.month == start.month else end
    return f"{month.year:04d}-{month.month:02d}"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def north_american_daylight_time(day: date) -> bool:
    """Is ``day`` in North American daylight saving time (the rule since 2007: from the second Sunday of March to
    the first Sunday of November; before, from the first Sunday of April to the last Sunday of October)?"""
    if day.year >= 2007:
        return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)
    last_october = nth_weekday(day.year, 10, 6, 4)
    if (last_october + timedelta(days=7)).month == 10:
        last_october += timedelta(days=7)
    return nth_weekday(day.year, 4, 6, 1) <= day < last_october


def _last_sunday(year: int, month: int) -> date:
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def european_summer_time(day: date) -> bool:
    """Is ``day`` in the European Union's summer time (and the United Kingdom's): from the last Sunday of March to the
    last Sunday of October?"""
    return _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)


def days_on_weekday(weekday: int, day: int, year: int, month: int, reach: int = 6) -> list[date]:
    """The days ``day`` of the months from ``reach`` before to ``reach`` after ``month`` of ``year`` that fall on the ISO
    ``weekday``, in order ("Monday 13th": the 13ths that are Mondays)."""
    out = []
    for k in range(-reach, reach + 1):
        m = month - 1 + k
        y, mo = year + m // 12, m % 12 + 1
        if day <= calendar.monthrange(y, mo)[1] and date(y, mo, day).isoweekday() == weekday:
            out.append(date(y, mo, day))
    return out
