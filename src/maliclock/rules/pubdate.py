"""Tables for finding and inferring an article's publication date (``maliclock.pubdate``).

Three kinds of table:

* where an explicit date is printed (datelines), and which explicit source wins a conflict;
* how plausible a publication day is, given a date the text mentions and the tense it is
  mentioned in (the *gap* tables): news reports the recent past, so a past-tense date is most
  often days before publication, seldom years;
* how much each kind of clue is trusted (its *reliability*: the chance it says what it seems
  to say; the rest of the time it is noise, so one misread clue never vetoes a day).

Dateline patterns use the macros ``{MONTH}``, ``{DAY}``, ``{YEAR}``, ``{WEEKDAY}`` (expanded by
the engine from ``rules/vocabulary.py``) and the named groups ``n1``/``n2``/``n3`` (numeric
date) or ``iy``/``im``/``id`` (ISO date). ``{DAY:b}`` names the group ``dayb``, for a second
alternative in one pattern.
"""

from __future__ import annotations

from . import statements as S

# ---- explicit sources ----------------------------------------------------------------------

# When two explicit sources disagree, the first in this list wins (the more specific and
# explicit one): the user's own word, metadata attached to the article itself, a labelled
# "Published:" line in the text, then catalogues (manifest, JSONL field), then an unlabelled
# date line or agency dateline.
# A date in the article's address, its URL or its file's name, comes last: it is usually the day of first
# publication, but the text or the metadata may be more precise.
BASIS_ORDER: tuple[str, ...] = ("cli", "front-matter", "html", "timeml", "dateline-labelled", "manifest",
                                "jsonl", "dateline", "url", "filename")

# Confidence in an explicit source that nothing contradicts; a contradicted winner keeps
# CONFLICT_FACTOR of it.
EXPLICIT_CONFIDENCE: dict[str, float] = {"cli": 1.0, "front-matter": 1.0, "html": 0.98, "timeml": 1.0,
                                         "dateline-labelled": 0.97, "manifest": 1.0, "jsonl": 1.0,
                                         "dateline": 0.9, "url": 0.9, "filename": 0.85}
CONFLICT_FACTOR = 0.8

# A date in an article's address (``ADDRESS_DATES``; name, pattern, example): the path of its URL (the manifest's
# ``url`` column, a JSON Lines ``url`` field, front matter's ``url:``, an HTML page's canonical link), and the name
# of a file read on its own (not a JSON Lines file's, whose articles share it, nor the folders above it, nor an
# article's id). Groups ``year``, ``month`` (a number) or ``mon`` (a month's first three letters), ``day``.
ADDRESS_DATES: list[tuple[str, str, str]] = [
    ("url_path_ymd", r"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?=[/?#]|$)",
     "https://www.example.com/world/2012/03/22/mali-coup"),
    ("url_path_y_mon_d", r"/(?P<year>(?:19|20)\d\d)/(?P<mon>[A-Za-z]{3})/(?P<day>0?[1-9]|[12]\d|3[01])(?=[/?#]|$)",
     "https://www.theguardian.com/world/2012/mar/22/mali-coup"),
    ("ymd_separated", r"(?<![0-9A-Za-z])(?P<year>(?:19|20)\d\d)(?P<sep>[-_.])(?P<month>0[1-9]|1[0-2])(?P=sep)"
                      r"(?P<day>0[1-9]|[12]\d|3[01])(?![0-9])", "2012-03-22-mali-coup.txt"),
    # eight digits alone, or after an agency's code ("NYT19980206.0460"): not inside a hash ("a19980206f")
    ("ymd_compact", r"(?:(?<![0-9A-Za-z])|(?<=^[A-Z]{2})|(?<=^[A-Z]{3})|(?<=^[A-Z]{4}))(?P<year>(?:19|20)\d\d)"
                    r"(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])", "20120322_reuters_mali.txt"),
]
# the patterns that can match a file's name (no slashes in it)
FILENAME_DATES: tuple[str, ...] = ("ymd_separated", "ymd_compact")

# A dateline is looked for in the first lines of the article only.
DATELINE_MAX_LINES = 15
DATELINE_MAX_CHARS = 3000

# The date inside a dateline: written out, ISO or numeric, optional weekday and clock time.
# (a numeric date with a 24-hour clock, "Issued on: 08/07/2025 - 16:52", is written day first: ``DAY_FIRST_WITH_24H``)
# (its zone may be in brackets: "26.03.2026 | 09:40 (GMT+3)")
_ZONE = r"(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|Z)"
_CLOCK = (r"(?:[\s,|@T/–—·•-]+(?:at\s+)?(?P<clock>\d{1,2}[:.h]\d{2})(?::\d{2})?(?P<meridiem>\s*[AaPp]\.?[Mm]\.?)?"
          r"(?:\s*(?:" + _ZONE + r"|\(" + _ZONE + r"\)))?)?")
_CLOCK_FIRST = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?,?\s+(?:on\s+)?)?"  # "Updated 3:45 PM ET, Tue March 12, 2024"
_DATE = (_CLOCK_FIRST + r"(?:{WEEKDAY}\s*[,|]?\s+)?(?:{MONTH}\.?\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}|{DAY:b}(?:st|nd|rd|th)?\s+(?:of\s+)?"
         r"{MONTH:b}\.?,?\s+{YEAR:b}|(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})|"
         r"(?P<n1>\d{1,2})[/.-](?P<n2>\d{1,2})[/.-](?P<n3>\d{4}|\d{2}))" + _CLOCK)

# A numeric date whose two first numbers may both be a month, stamped with a 24-hour clock ("Issued on: 08/07/2025 -
# 16:52", "Published on 04/06/2024 - 08:31 GMT+2"), is read day first: sites that write the day after the month
# write the time with a.m. or p.m.
DAY_FIRST_WITH_24H = True

# (name, regex over one stripped line, example, labelled). Labelled lines say what the date is.
DATELINES: list[tuple[str, str, str, bool]] = [
    # (a word or a few and a dash, colon or bar may come before the label: "Transcript - broadcast Tuesday 17 August
    # 2027, 17:30 AEST")
    ("published label", r"^(?:[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,3}\s*[-–—:|]\s*)?"
                        r"(?:first\s+)?(?:published|posted|issued|publication\s+date|date\s+published|released|dated?|"
                        r"broadcast|(?:first\s+)?aired|air\s+date|transmitted|recorded)"
                        r"(?:\s+on)?\s*:?\s*" + _DATE + r"\s*(?:[|·•]\s*)?(?:\bby\b.*|(?<=[|·•]\s)[^|·•\n]{1,60})?$",
     "Published: 22/03/2012", True),  # (its categories after a bar: "Posted on September 15, 2026 | Links golf, Tour talk")
    # ... with the last update after it: "Posted Tue 3 Aug 2027 at 5:12pm, updated Tue 3 Aug 2027 at 6:40pm"
    ("published label", r"^(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*" + _DATE
                        + r"\s*[,;|·•]?\s*(?:last\s+)?(?:updated|modified)\b.*$",
     "Posted Tue 3 Aug 2027 at 5:12pm, updated Tue 3 Aug 2027 at 6:40pm", True),
    # ... or a date of another calendar before it: "Date: 28 Jyoishtho 1433 / 11 June 2026"
    ("published label", r"^(?:date|dated|published)\s*:\s*[^/|\n]{3,40}?\s*[/|]\s*" + _DATE + r"\s*$",
     "Date: 28 Jyoishtho 1433 / 11 June 2026", True),
    # ... after a byline and the outlet, set off by dots or bars: "Catherine Tremblay · CBC News · Posted: Apr 13, 2027"
    ("published label", r"^[A-Z][^|·•\n]{1,60}(?:[|·•][^|·•\n]{1,60}){0,2}[|·•]\s*(?:first\s+)?(?:published|posted)"
                        r"(?:\s+on)?\s*:?\s*" + _DATE + r"\s*$", "Catherine Tremblay · CBC News · Posted: Apr 13, 2027", True),
    # ... or said in a sentence of its own: "This article was first published on 4 November 2025 and will be updated."
    ("published sentence", r"^this\s+(?:article|story|report|piece)\s+was\s+(?:first\s+|originally\s+)?(?:published|posted)"
                           r"\s+(?:on\s+)?" + _DATE + r"(?:\s+and\s+[^.]*)?\.?\s*$",
     "This article was first published on 4 November 2025 and will be updated.", True),
    # a press release's head line: "FOR IMMEDIATE RELEASE - 26 November 2025", "For Immediate Release: March 3, 2025"
    ("release line", r"^for\s+immediate\s+release\s*[-–—:|,]?\s*" + _DATE + r"\s*$",
     "FOR IMMEDIATE RELEASE - 26 November 2025", True),
    ("date line", r"^" + _DATE + r"\s*$", "March 26, 2012", False),
    # a masthead: the date, a bar or a wide gap, and the volume, issue or price ("Tuesday, Nov. 18, 2025 | Vol. 97, Issue
    # 11", "Tuesday 9 February 2027          Price 90p")
    ("masthead date", r"^" + _DATE + r"\s*(?:[|·•]|\s{3,})\s*(?:(?:Vol|Volume|No|Issue|Edition|Price|Page|Section)\b|"
                      r"[£$€]\s?\d|\d+p\b).*$",
     "Tuesday, Nov. 18, 2025 | Vol. 97, Issue 11", False),  # (or the page: "Wednesday 10 March 2027 | Page 3 | Justice")
    ("agency dateline", r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,?\s+" + _DATE
                        + r"\s*(?:\([A-Za-z .&-]{2,30}\)|/[A-Za-z .&-]{2,30}/)?\s*[-–—_:]", "BAMAKO, March 22, 2012 (AFP) -",
                        False),  # or a wire's "/PRNewswire/ --"
    ("agency dateline", r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3},\s+" + _DATE + r"\s*,?\s*\([A-Z][A-Za-z .&-]{1,30}\)\s*[-–—_:]",
     "Lagos, March 16, 2025, (NAN) -", False),  # (a place in lower case: only with the agency in brackets)
    # a place in capitals, a dash and the full date on a line of their own: "WASHINGTON - Jul. 24, 2026"
    ("agency dateline", r"^[A-Z][A-Z.'’ -]{2,40}?\s+[-–—]\s+" + _DATE + r"\s*$", "WASHINGTON - Jul. 24, 2026", False),
    # a place and the full date on a line of their own: "Port Sena, 2025/11/14"
    ("place date line", r"^[A-Z][\w.'’ -]{1,40},\s+" + _DATE + r"\s*$", "Port Sena, 2025/11/14", False),
    # a byline or a place, a bar or a dot, then the full date: the line the date of a story is printed on
    ("byline date", r"^(?:By\s+)?[A-Z][\w.'’ ,&-]{1,60}?\s*[|·•]\s*" + _DATE + r"\s*$",
     "By Marcus Delgado | Monday, November 24, 2025", False),  # (an outlet's "&": "Sky & Orbit | Saturday 26 June 2027")
    # the full date, a bar or a dash and the section or the place: "Sep 13, 2027 | SCIENCE", "13 September 2027 — Peace
    # and Security", "Monday, September 14, 2026 | Biloxi, Miss."
    ("date section line", r"^" + _DATE + r"\s*(?:[|·•]|\s[—–]\s)\s*[A-Z][A-Za-z&'., -]{1,30}\s*$", "Sep 13, 2027 | SCIENCE",
     False),
    # ... and one or two more fields set off by bars, the place or the price: "2028-09-28 | NEWS | B.C.", "Thursday,
    # March 11, 2027 | Local News | $2.00"
    ("date section line", r"^" + _DATE + r"\s*[|·•]\s*[A-Z][A-Za-z&'., -]{1,30}(?:\s*[|·•]\s*[^|·•\n]{1,30}){1,2}\s*$",
     "Thursday, March 11, 2027 | Local News | $2.00", False),
    # ... or a few words of a masthead's motto or a live page's label: "Friday 23/04/2027 — Serving Ardmore and the
    # Western Coast since 1911", "Friday 22 October 2027 — live"
    ("date and tagline", r"^" + _DATE + r"\s*(?:[|·•]|\s[—–-]\s)\s*[A-Za-z][^|·•\n]{0,80}$",
     "Friday 22 October 2027 — live", False),
    # the date of the first posting, then the last update's: "17.03.2026 - 10:45 | Last update: 17.03.2026 - 13:20"
    ("date and update stamp", r"^" + _DATE + r"\s*[|·•]\s*(?i:last\s+|first\s+)?(?i:updated?|modified|published|posted)\b.*$",
     "17.03.2026 - 10:45 | Last update: 17.03.2026 - 13:20", False),  # (or "| First published 07:45 GMT, updated ...")
    # an outlet's masthead set off by spaced dots, the date and the page: "THE NORTHERN LEDGER  .  Friday 5 June 2026  .  Page 9"
    ("masthead date", r"^[A-Z][^|·•\n]{1,60}?\s\.\s+" + _DATE + r"(?:\s+\.\s+[^\n]{1,30})?\s*$",
     "THE NORTHERN LEDGER  .  Friday 5 June 2026  .  Page 9", False),
    # a place, its agency in brackets, a dash and the date on a line of its own: "Mogadishu (SSO) – February 15, 2027",
    # "LA PAZ, Bolivia (APA) - Sept. 23, 2027"
    ("place date line", r"^[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,3}(?:,\s*[A-Z][\w.'’ -]{1,30}?)?\s*\([A-Za-z .&-]{2,30}\)"
                        r"\s*[-–—]\s*" + _DATE + r"\s*$", "Mogadishu (SSO) – February 15, 2027", False),
    # an outlet's masthead, its edition and place set off by dots or bars, the date last:
    # "Iberoamerican Review (English edition) · Madrid · 30.09.2027"
    ("masthead date", r"^[A-Z][^|·•\n]{1,60}(?:[|·•][^|·•\n]{1,40}){0,2}[|·•]\s*" + _DATE + r"\s*$",
     "Iberoamerican Review (English edition) · Madrid · 30.09.2027", False),
    ("byline date", r"^By\s+[A-Z][\w.'’ -]{1,50}?,\s+" + _DATE + r"\s*$", "By Jane Okafor, 3 March 2025", False),
    # the date and the reading time, as blogs and magazines print them: "7 August 2027 · 6 min read"
    ("date and reading time", r"^" + _DATE + r"\s*[|·•-]\s*\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read\s*$",
     "7 August 2027 · 6 min read", False),
    # a label, a bar, the full date and maybe another bar and more: "News Release | March 16, 2026 | Release Number 26-0412"
    ("label date line", r"^[A-Z][A-Za-z&'. -]{1,30}?\s*[|·•]\s*" + _DATE + r"\s*(?:[|·•].*)?$",
     "News Release | March 16, 2026 | Release Number 26-0412-NAT", False),
    # an outlet, the full date and its time in brackets, two dashes and the lead: "Law360 (June 17, 2026, 5:48 PM EDT) --"
    ("outlet dateline", r"^[A-Z][\w&.'’ -]{1,30}?(?:,\s*[A-Z][\w.'’ -]{1,20}?)?\s*\(" + _DATE + r"\)\s*(?:--|[-–—])",
     "Law360 (June 17, 2026, 5:48 PM EDT) --", False),  # (or a place and its state: "KANSAS CITY, Mo. (May 12, 2026) —")
]
# The agency dateline without a year: it fixes the month and day; the year is inferred.
PARTIAL_DATELINES: list[tuple[str, str, str]] = [
    ("agency dateline without year", r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,?\s+{MONTH}\.?\s+{DAY}"
     r"(?:st|nd|rd|th)?\s*(?:\([A-Za-z .&-]{2,30}\)|/[A-Za-z .&-]{2,30}/|,\s*[A-Z]{2,10}|(?<=\d)\s+[A-Z][A-Za-z]{2,20})?"
     r"\s*[-–—_:]",
     "WASHINGTON, March 22 (Reuters) -"),  # or the agency after a comma: "KINGSTON, Jamaica, Oct 23, CMC -", or
    # alone: "TOKYO, May 3 Kyodo -"
    # a place in lower case, with the agency in brackets: "Johannesburg, June 2, (CNA) -"
    ("agency dateline without year", r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3},\s+{MONTH}\.?\s+{DAY}(?:st|nd|rd|th)?,?\s*"
     r"\([A-Z][A-Za-z .&-]{1,30}\)\s*[-–—_:]", "Johannesburg, June 2, (CNA) -"),
    # a place in lower case and a colon, as Indian papers write it: "Durban, March 10:", "New Delhi, Dec 31:"
    ("agency dateline without year", r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3},\s+{MONTH}\.?\s+{DAY}(?:st|nd|rd|th)?\s*:\s",
     "Durban, March 10: "),
    # the day first, as British and Commonwealth agencies write it
    ("agency dateline without year", r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,?\s+{DAY}(?:st|nd|rd|th)?\s+"
     r"{MONTH}\.?\s*(?:\([A-Za-z .&-]{2,30}\)|/[A-Za-z .&-]{2,30}/)?\s*[-–—_:]", "PORT ILANDA, 8 August (Meridian News) -"),
]
_BULLETIN_TIME = r"\s*[,|·•-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5})?$"
# ... and a letter's or a masthead's date line without a year, with its weekday (which picks the year): "Friday 9th
# January", "Issue 412 | Thursday 14 May | Free"
PARTIAL_DATELINES += [
    ("date line without year", r"^(?:[^|·•\n]{1,40}[|·•]\s*)?{WEEKDAY}\s*,?\s+{DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?"
     r"\s*(?:[|·•][^|·•\n]{1,40})?$", "Friday 9th January"),
    # ... with the time of a bulletin or an edition after it: "Monday 21 February, 7:00 a.m."
    ("date line without year", r"^(?:[^|·•\n]{1,40}[|·•]\s*)?{WEEKDAY}\s*,?\s+{DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?"
     + _BULLETIN_TIME, "Monday 21 February, 7:00 a.m."),
    ("date line without year", r"^(?:[^|·•\n]{1,40}[|·•]\s*)?{WEEKDAY}\s*,?\s+{MONTH}\.?\s+{DAY}(?:st|nd|rd|th)?"
     + _BULLETIN_TIME, "Monday, February 21, 7:00 a.m."),
    ("date line without year", r"^(?:[^|·•\n]{1,40}[|·•]\s*)?{WEEKDAY}\s*,?\s+{MONTH}\.?\s+{DAY}(?:st|nd|rd|th)?"
     r"\s*(?:[|·•][^|·•\n]{1,40})?$", "Thursday, May 14"),
]
# A weekday alone on a line at the top that says when the text went out: a broadcast's or a recording's day ("Broadcast
# Tuesday, 8.10am", "[Recorded for release on Monday. ...]"), a live page's day ("Thursday - updates in reverse order"):
# published on such a weekday (table DATELINE_WEEKDAY, reliability "dateline-weekday").
WEEKDAY_LINES: list[tuple[str, str, str]] = [
    ("broadcast day", r"^\[?(?:broadcast|aired|recorded\s+for\s+release|for\s+release|released|published|posted)"
                      r"\s+(?:on\s+)?{WEEKDAY}\b", "Broadcast Tuesday, 8.10am"),
    ("live page's day", r"^{WEEKDAY}\s*[-–—:|]\s*(?:live\b|latest\b|updates?\b)", "Thursday - updates in reverse order"),
]
# Lines that carry a date which is not the publication date (an update stamp): evidence only.
# A copyright line ("© 2012 GlobalPost", "Copyright 1998 The Associated Press", "(c) 2005-2012 ..."):
# the text was published in or before its (last) year. A site's footer shows the year it was
# copied, so the line says no more than that.
COPYRIGHT_LINE = r"^(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d\d\s*[-–—,]\s*)*(?P<year>(?:19|20)\d\d)\b"
UPDATED_LINE = (r"^(?:By\s+[^|·•\n]{1,60}?\s*[|·•]\s*|[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?\s*"
                r"(?:\([A-Za-z .&-]{2,30}\))?\s*[-–—]\s*)?(?:last\s+)?(?:updated|modified|revised|edited)(?:\s+on)?\s*[:/]?\s*"
                + _DATE + r"\s*$")
# (after a byline and a bar too: "By Priya Raman | Updated 07/21/2027 9:15 AM ET"; after a slash, "Updated / Thursday, 14
# Jan 2027 16:05"; after a place and its agency: "CHATTERIS, England (TNA) — Updated Oct. 9, 2026 6:05 a.m. EDT")
# ... and an update stamp without a year ("Last updated 29 Nov, 08:05", "Updated: March 3, 9:40 PM"): published on or
# before its day (of the year inferred), most likely that day or in the days before (``UPDATED_GAP``)
UPDATED_PARTIAL_LINE = (r"^(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*[:/]?\s*(?:{WEEKDAY}\s*,?\s+)?"
                        r"(?:{DAY}(?:st|nd|rd|th)?\s+{MONTH}\.?|{MONTH:b}\.?\s+{DAY:b}(?:st|nd|rd|th)?)"
                        r"(?:\s*[,·|@-]?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?\s*$")
# A statement's sign-off in its last lines: the place, then the date on a line of its own or after a slash or a comma
# ("Johannesburg\n8 May 2026", "Johannesburg / 8 May 2026"), as company announcements and press releases end. It dates
# the article when no dateline at the top does.
SIGN_OFF_PLACE = r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*$"
SIGN_OFF_DATE = r"^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*[/,|]\s*)?" + _DATE + r"\s*$"
SIGN_OFF_LINES = 8

# Words just before a date in a caption that make it the day a photo was taken.
PHOTO_TAKEN = r"\b(?:taken|pictured|photographed|shot|filmed|seen)\s+(?:here\s+)?(?:on|in)\s+$"
# A caption that says the picture is old gives no evidence.
FILE_PHOTO = r"\b(?:file|archive|archival)\s+(?:photo|picture|image|footage)\b"

# ---- gaps between publication and a mentioned date ----------------------------------------

# (gap, plausibility) knots, interpolated geometrically between them (flat before the first
# and after the last); the gap is counted in units of the mention's granularity (days,
# months, years), from the mention's end (past) or start (future). Plausibility is per
# publication day, relative to the best day. A past date named by month and day is about as
# often one to ten days back as the day before (news style names the weekday within the past
# week and the date beyond it), a fifth as often per day three weeks back, seldom a year:
# in the gold of the development set and the probes, month-day dates 7-10 days before
# publication are as frequent per day as those 1-6 days before, those 11-30 days a fifth as
# frequent (before, the table fell to a quarter in a week and missed the later days).
Bands = tuple[tuple[int, float], ...]
PAST_GAP: dict[str, Bands] = {
    "day": ((1, 1.0), (10, 0.8), (31, 0.15), (366, 0.004), (3660, 0.0002)),
    "month": ((0, 1.0), (1, 0.7), (3, 0.25), (12, 0.06), (120, 0.005)),
    # a bare year is the current one or last year about as often, or history
    "year": ((0, 1.0), (1, 1.0), (5, 0.35), (20, 0.12), (50, 0.04)),
}
# A date with no tense cue is near publication on either side: the past table, both ways.
FUTURE_GAP: dict[str, Bands] = {
    "day": ((0, 0.3), (2, 1.0), (21, 1.0), (60, 0.25), (366, 0.01), (3660, 0.001)),
    "month": ((0, 0.6), (1, 1.0), (3, 0.5), (12, 0.1), (120, 0.01)),
    "year": ((0, 1.0), (1, 1.0), (5, 0.2), (50, 0.02)),
}
# A deadline or maturity ("due Nov. 1, 2004", "expires in 1995", "until Dec. 31, 1994": see
# AHEAD_BEFORE) lies ahead of publication by days to decades (bonds mature in 5 to 30 years): the
# plausibility falls slowly with the gap.
AHEAD_GAP: dict[str, Bands] = {
    "day": ((0, 0.5), (1, 1.0), (3660, 0.5), (18300, 0.2)),
    "month": ((0, 0.6), (1, 1.0), (120, 0.5), (600, 0.2)),
    "year": ((0, 1.0), (10, 0.5), (50, 0.2)),
}
# A quarter or half named without a year, by months after its end (past: 0 = inside it, 1 = the
# month after it ends) or before its start (future: 0 = inside, 1 = the month before). Results
# for a quarter are reported in the weeks after it ends, seldom while it runs.
SPAN_PAST: Bands = ((0, 0.3), (1, 1.0), (2, 0.8), (4, 0.2), (11, 0.05))
SPAN_FUTURE: Bands = ((0, 0.6), (1, 1.0), (2, 0.8), (4, 0.3), (11, 0.05))
# "the 50th anniversary of the 1939 invasion" (the year after the anniversary's name, in the same
# sentence): published in the anniversary year; the year after keeps this plausibility (a
# retrospective), others none.
ANNIVERSARY = r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+anniversary\b"
ANNIVERSARY_NEXT_YEAR = 0.2
# A weekday used as a possessive names a happening, not the clause's tense ("Wednesday's coup").
POSSESSIVE_AFTER = r"['’]s\b"
# Words just before a date that say which side of publication it lies on, whatever the tense
# of the clause: a deadline or maturity lies ahead ("expires on Dec. 31, 1990", "due 2011"), as
# does the new date of something put off ("the offer was extended to Nov. 16"), and "the current expiry date of March 19",
# a starting point behind ("since March 3").
AHEAD_BEFORE = r"(?:\b(?:until|till|due|expir\w*(?:\s+date\s+of)?|matur\w*|ahead\s+of|scheduled\s+for|set\s+for|slated\s+for|deadline\s+of)" \
               r"|\b(?:extend|postpon|delay|defer|adjourn|reschedul)\w*(?:\s+[\w'’]+){0,3}?\s+to)" \
               r"\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?$"
# A product's shelf-life label before a date ("use by" dates of Aug. 2, 2029, and Aug. 9, 2029", "Lot 27214A - use by
# 08/02/2029", "best before end of March 2028"): how long a product keeps, months or years after it was made, says
# nothing of when the article was written. The label is in the date's sentence, at most a few words and other dates
# before it. (Not "expiry": "the current expiry date of March 19" of a truce is a deadline, near publication.)
SHELF_LIFE_BEFORE = (r"\b(?:use[\s-]+by|best[\s-]+(?:before|by)|sell[\s-]+by|display[\s-]+until)[\"'”’]?"
                     r"(?:\s+dates?)?(?:\s*(?:of|is|are|:|-))?(?:[^.;!?\n]|\.(?=\s*\d)){0,45}$")
# The dates of something put off or brought forward, old and new ("pushed back the rule's compliance date to Oct. 1,
# 2027, from Jan. 1, 2027", "moved the compliance date from Jan. 1, 2027, to Oct. 1, 2027"): neither had come when it was
# moved, so both lie ahead of publication, however far, whatever the past tense of the move (no nearness is implied:
# a deadline moved by nine months says nothing of the month it was moved in).
RESCHEDULED_DATE_BEFORE = (r"\b(?:postpon\w*|delay(?:s|ed|ing)?|defer\w*|push(?:es|ed|ing)?\s+back|mov(?:e|es|ed|ing)|"
                           r"reschedul\w*|br(?:ought|ing|ings)\s+forward|extend(?:s|ed|ing)?)\b(?:[^.;!?]|\.(?=\s*\d)){0,80}?"
                           r"\b(?:to|from|until|till)\s+(?:the\s+)?$")
# The last day of a reported period ("the quarter ended Sept. 30", "nine months ended June 30,
# 1989"): its figures come out weeks later (quarterly results within about six weeks), so its gap
# to publication follows REPORTED_GAP (days) instead of PAST_GAP.
PERIOD_END_BEFORE = r"\b(?:quarter|period|months|weeks|year|half)\s+ended\s+(?:on\s+)?$"
REPORTED_PEAK_DAYS = (14, 45)  # the most plausible gaps, from two to about six weeks
REPORTED_GAP: Bands = ((0, 0.1), (7, 0.4), (REPORTED_PEAK_DAYS[0], 1.0), (REPORTED_PEAK_DAYS[1], 1.0), (91, 0.2),
                       (366, 0.005), (3660, 0.0002))
# Days from publication to an update stamp without a year (``UPDATED_PARTIAL_LINE``): most often the same day.
UPDATED_GAP: Bands = ((0, 1.0), (1, 0.8), (7, 0.2), (31, 0.02))
# ("through" is left out: "losses through the third quarter of 1990" may lie on either side)
BEHIND_BEFORE = r"\b(?:since(?:\s+the(?:\s+[\w'’-]+){1,3}\s+(?:of|in))?|ended)\s+(?:the\s+)?$"
# A starting point after "since" ("have been killed since January 2025", "in power since 2019") opens a state that may
# have lasted months or years by publication: its gap falls slowly, as a deadline's does ahead.
SINCE_BEFORE = r"\bsince\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}(?:of|in)\s+)?$"
# (or after a happening it names: "since the bitter contest of March 2018", "since the start of 2020")
SINCE_GAP: dict[str, Bands] = {
    "day": ((0, 0.5), (1, 1.0), (31, 0.8), (366, 0.3), (3660, 0.05)),
    "month": ((0, 0.6), (1, 1.0), (6, 0.8), (24, 0.4), (120, 0.05)),
    "year": ((0, 1.0), (3, 0.8), (10, 0.4), (50, 0.05)),
}
# ... and a record's "since" ("the first eruption at Tervala since 1973", "the highest since 2001"; ``RECORD_SINCE_BEFORE``
# in ``rules/statements.py``) lies a year or more back, often decades, seldom within the year.
RECORD_GAP: dict[str, Bands] = {
    "day": ((0, 0.05), (31, 0.3), (366, 1.0), (18300, 0.5)),
    "month": ((0, 0.05), (1, 0.3), (12, 1.0), (600, 0.5)),
    "year": ((0, 0.3), (1, 1.0), (5, 0.8), (20, 0.5), (60, 0.2)),
}
# Full dates in past clauses this many days or fewer before a later one tell one story's time: only the latest counts
# as a clue (the others stay as evidence with no weight).
PAST_DAY_CLUSTER_DAYS = 31
# ... and so does a date at the end of the clause a record's "since" opens ("the strongest since Typhoon Haiyan killed
# more than 6,300 people in November 2013"; ``{SUPERLATIVES}`` is ``rules/statements.py``'s list).
RECORD_SINCE_CLAUSE_BEFORE = (r"\b(?:first|{SUPERLATIVES})(?:\s+[\w-]+){0,3}\s+since\s+(?!(?:the\s+)?$)"
                              r"[^.;:!?()\"“”]{1,100}$")
# ... and so does the last time something was done ("rules that were last used in March 2020", "last held in 2019"):
# most likely a year or more back.
LAST_TIME_BEFORE = (r"\b(?:last|previously)\s+(?:[a-z]+ed|held|seen|met|won|done|run|hit|set|paid|sold|struck|made)\s+"
                    r"(?:back\s+)?(?:in|on|during)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$")
# ... as is the last or previous such happening told as its subject ("The last major tanker spill on the British coast,
# the Sea Empress at Milford Haven in Wales, was in February 1996", "The previous eruption came in 2019").
LAST_SUCH_BEFORE = (r"\b(?:the|its|their)\s+(?:last|previous)\s+(?!(?:time|week|month|year|day)\b)[^.;:!?\"“”]{3,110}?\s+"
                    r"(?:was|were|came|occurred|happened)\s+(?:back\s+)?(?:in|on|during)\s+(?:the\s+)?$")
# A date remembered, after a word of remembrance and "of" ("commemorate the victims of 9 April 1989"): it names a
# happening gone by, whatever the tense of the clause (the commemoration may lie ahead; what it remembers does not).
# One table with the statements' (``rules/statements.py``).
REMEMBERED_BEFORE = S.REMEMBERED_BEFORE
# ... and so, for the publication date only, is a date recalled ("revived memories of July 30 and 31, 2012, when two
# grid failures ..."): the happening it dates is told, but long before the article, as likely as not.
RECALLED_BEFORE = r"\b(?:memories|echoes|reminder|reminders)\s+of\s+(?:the\s+)?$"
# Words before a past date that put it at least one unit back ("back in February").
DISTANT_PAST = r"\bback\s+(?:in|on)\s+(?:the\s+)?$"
# A thing's making or a person's birth ("the Granada Theater, built in 1923", "founded in March 1911", "born on 3 May
# 1950"): publication on or after it, however long after; a bound, not a sign of the article's time (the year is not
# searched around).
MADE_BEFORE = (r"\b(?:built|founded|co-founded|established|constructed|erected|born|incorporated|dating\s+(?:back\s+)?"
               r"(?:from|to))\s+(?:(?:in|on)\s+)?(?:the\s+)?$")

# Weekday named in a clause, by tense: plausibility of each gap 0..6 days between the
# weekday and publication. Wire copy names the weekday even for the same day, papers for
# yesterday's events, both for anything in the past week, less often the further back: in the gold of the
# development set and of thirty-six probes, the 1,025 bare weekdays up to six days before publication lie
# 0..6 days back 234, 263, 191, 182, 98, 37 and 20 times (the table had been 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5).
WEEKDAY_PAST: tuple[float, ...] = (0.9, 1.0, 0.75, 0.7, 0.4, 0.15, 0.1)
WEEKDAY_FUTURE: tuple[float, ...] = (0.6, 1.0, 1.0, 1.0, 0.8, 0.8, 0.8)  # days from publication to the weekday
# What may stand between a weekday and the day of month it names ("Friday, Oct. 13", "on
# Monday Oct. 16", "Oct. 13 (Friday)"): punctuation and spaces only.
WEEKDAY_DATE_BETWEEN = r"\s*[,(]?\s*"
# A weekday in the past tense in the lead under a dateline without a year (within LEAD_CHARS of it): wire copy
# names the dateline's day itself, or the day before for late events; plausibility of each gap 0..6 days.
DATELINE_WEEKDAY: tuple[float, ...] = (1.0, 0.6, 0.1, 0.1, 0.1, 0.1, 0.1)
LEAD_CHARS = 400
# "last Wednesday" is never today; "next Wednesday" never today either.
WEEKDAY_LAST: tuple[float, ...] = (0.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
WEEKDAY_NEXT: tuple[float, ...] = (0.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)

# "today" / "yesterday" in one article and a day placed by another: the publication day is
# that day, or one off (time zones, overnight events, late editions).
SAME_DAY: tuple[float, float] = (1.0, 0.5)  # plausibility at 0 and at 1 day off

# ---- clues ---------------------------------------------------------------------------------

# Reliability of each kind of clue: the share of the evidence that says what it seems to; the
# rest is spread evenly over the candidate days (a clue can be misread or beside the point).
RELIABILITY: dict[str, float] = {
    "date": 0.9,            # a full date in past or future tense
    "date-untensed": 0.8,   # a full date with no tense cue: publication is near it either way
    "caption": 0.8,         # a photo caption's date: the photo was taken then, publication after
    "updated": 0.9,         # an update stamp: published on or before it
    "copyright": 0.9,       # a copyright line: published in or before its year
    "month-day": 0.75,      # a day without a year
    "month": 0.8,           # a month with a year ("January 2012")
    "month-yearless": 0.6,  # a month without a year ("in April")
    "year": 0.8,            # a year alone (its gap table allows for history)
    "weekday": 0.6,         # a weekday in a past or future clause
    "weekday-shift": 0.7,   # "last Wednesday", "next Friday"
    "weekday-date": 0.8,    # "Wednesday, March 21": only some years have it on that weekday
    "weekday-day": 0.75,    # "Monday 13th": only some months have it on that weekday
    "elapsed": 0.7,         # "Twenty-four hours on, ..." after a dated happening
    "ago-apposed": 0.85,    # "a week ago, on May 20": publication that long after the day
    "day-apposed": 0.85,    # "today, Monday", "yesterday (March 21)": publication that day, or the day after it
    "unit-link": 0.7,       # "next month" with a named month in the same sentence
    "unit-link-near": 0.6,  # ... in a sentence up to LINK_SENTENCES away in the paragraph
    "unit-compared": 0.5,   # "last year" compared with a named year ("down from 1996"): the year after it
    "dateline-partial": 0.95,  # "WASHINGTON, March 22 (Reuters) -": printed; only its year is inferred
    "dateline-weekday": 0.7,   # "Apple Inc on Tuesday unveiled ..." in the lead under such a dateline
    "cross": 0.8,           # another article places the same happening (times its weight)
    "span-yearless": 0.6,   # a quarter or half without a year ("third-quarter profit rose")
    "anniversary": 0.8,     # "the 50th anniversary of the 1939 invasion"
    "office": 0.9,          # "Secretary of State Madeleine Albright": within her term (rules/offices.py)
    "office-former": 0.8,   # "former President Jimmy Carter": after his term
    "collection": 1.0,      # the period the other articles come from: a prior, already smoothed
}
# The published range spans the days whose likelihood is at least e^-RANGE_MARGIN (about 1/90)
# of the best day's: calibrated so that, with the development set's dates withheld, about nine
# ranges in ten contain the true day (e^-4 contained 87%, e^-5 95% with ranges a third wider).
RANGE_MARGIN = 4.5
# Years searched: from YEARS_BEFORE before the earliest year a clue points at to YEARS_AFTER after
# the latest, at most MAX_SPAN_YEARS; a coarse pass (every COARSE_STEP-th day, a step prime to
# 7) keeps the months (and their neighbours) with a day within RANGE_MARGIN + COARSE_SLACK of
# the best, and a fine pass scores their days.
YEARS_BEFORE = 1
# ... and when they span more than that (an obituary, a retrospective), the stretch whose likeliest day, of a day
# sampled in each month and the clues' peaks, is the likeliest; over more than SPAN_SAMPLED_YEARS years (hostile
# text naming centuries), the stretch holding the most clue weight.
SPAN_SAMPLED_YEARS = 400
YEARS_AFTER = 20
MAX_SPAN_YEARS = 30
COARSE_STEP = 5
# The years over which an article's yearless clues ("in April", "Friday, Oct. 13") are weighed per
# calendar month: a whole 28-year cycle of weekdays and leap years.
CALENDAR_YEARS = (2001, 2028)
COARSE_SLACK = 3.0
# A clue fitting less than this share of the days, with no known peak days, is too narrow for
# the coarse pass to sample: it is left to the fine pass.
COARSE_NARROW = 0.2
# Sentences between a "next month"/"last year" and the named month/year it may refer to
# ("this month"/"this year" and "five years ago" only link inside one sentence).
LINK_SENTENCES = 2
# ... but not to a year when its sentence, or the unit's, names another year this close to it: "Attacks fell sharply in
# 2021 and 2022 [...], but have risen since last year" says neither is last year ("next year's race would be held Oct.
# 10, 2027, the 50th anniversary of the first in 1977" still links).
LINK_NEAR_OTHER_YEARS = 3
# ... nor to one in its sentence that a phrase of "with" after a comma dates: "expect a final investment decision next
# year at the earliest, with first production in 2031" (coordinated clauses often share their time: "break up in the
# middle of this month, and volunteers will start logging sightings by the end of March" still links)
LINK_CLAUSE_BREAK_BETWEEN = r"[,;]\s+with\b"

# A sentence comparing periods: its "this year" is not the year it names ("sales this year
# rose over comparable periods in 1988", "this month's figure, against 3% in May").
COMPARISON = r"\b(?:compar\w*|than|versus|vs\.|against|year-(?:earlier|ago)|a\s+year\s+(?:earlier|ago))\b"
# Words right before a named month or year that make it the base of a comparison ("fell last
# year, down from 1996", "higher than in 1996"): a "last year" or "next month" in the same
# sentence is then another period, and is not linked to it.
COMPARISON_BASE_BEFORE = r"\b(?:from|than|over|since|versus|vs\.|against|compared\s+(?:with|to))" \
                         r"\s+(?:(?:in|its|their|the)\s+)?$"
# ... where the period compared is most likely the one right after the base; plausibility of a
# later one (an older base: "down from 1990") and of an earlier one (which the words rule out).
COMPARED_LATER = 0.25
COMPARED_EARLIER = 0.02

# "Twenty-four hours on, ..." / "Three days later, ..." opening a present-tense sentence:
# publication is that long after the last happening the article dated.
ELAPSED_AFTER = r"\s*(?:on|later|after|in)\s*,"

# A length of time "ago" set beside a day ("signed a week ago, on May 20", "on Monday, three days ago", "May 20 (a week
# ago)"): publication is that long after the day; a week or more may be a day out either way.
AGO_APPOSED_BETWEEN = r"\s*(?:,|\(|\)|--|[–—])?\s*(?:on\s+)?"

# ---- across articles -------------------------------------------------------------------------

# Two clauses report the same happening when they share an event kind (rules/events.py) and
# their content overlaps at least this much (0-1, like the merge score).
CROSS_MIN_SIMILARITY = 0.5
# ... or this much when they share no name: "It won a confidence vote in parliament on Monday" is no match for "With
# 91 percent of votes counted, Tomas Rehnberg's bloc held 79 seats" (0.51), where "Oduya was provisionally suspended on
# Thursday after a positive test" matches its own story's report of the suspension with a name in common (0.53).
CROSS_MIN_SIMILARITY_UNNAMED = 0.55
# ... and when the only kinds of happening they share are generic ones (rules/events.py GENERIC_EVENT_KINDS: meetings,
# visits, launches), the two clauses share a name or at least this many content words: "The first meeting is today"
# (of a new cabinet) is not "the new parliament meets for the first time on 28 April", however alike two short clauses
# look; "He died on Sunday at the age of 84" is still "He died on 9 March, aged 84."
CROSS_MIN_SHARED_STEMS = 3
# ... and their articles are about the same people, places and bodies: they share at least this
# many names (all of them if one article names fewer). A shared event word alone ("meet",
# "attack") says little across unrelated stories.
CROSS_MIN_SHARED_NAMES = 3
# An inferred article's dates serve other articles once the confidence in its day is at least
# this, weighing that confidence up to INFERRED_ANCHOR_WEIGHT (a read date or an absolute
# expression weighs 1).
ANCHOR_MIN_CONFIDENCE = 0.1
INFERRED_ANCHOR_WEIGHT = 0.6
# Statements longer than this (days) are not anchors: a year places no weekday.
ANCHOR_MAX_SPAN_DAYS = 31
# A whole number of days or weeks "ago" up to this many days back is a mention of a day: an article that places the
# happening its clause tells ("Four days ago, a man walked into a bank branch [...] and took six people hostage") puts
# publication that many days after it.
AGO_MENTION_MAX_DAYS = 31
# ... unless a word opening a clause of its own comes before it in its sentence: that clause's happening is not the one
# its sentence tells ("the most serious violation of a truce that took effect only a week ago").
AGO_SUBORDINATE_BEFORE = r"\b(?:that|which|who|whom|whose|when|where|since|after|before|until|while)\b"
# Rounds of cross-article placement (each can date articles that date others).
CROSS_ROUNDS = 3
# The collection: articles read together tend to come from the same period. Each article's own
# evidence gives a spread over months; the collection's period is the prior over months that best
# explains them all (COLLECTION_ROUNDS rounds of re-weighing, COLLECTION_SMOOTHING of it spread
# evenly so that no month the evidence allows falls to nothing), and enters each article as one
# clue of reliability RELIABILITY["collection"] (without the article's own share). News on one
# topic clusters in time: the articles sharing rarer names give a second clue, RELIABILITY["topic"].
# Months below this share of the best month are left out of the collection clue.
COLLECTION_MIN_SHARE = 0.02
COLLECTION_ROUNDS = 10
# The period is a mixture of stretches of time, each centred on a month and weighing the months d
# away in proportion to exp(-|d| / PERIOD_SCALE) (up to PERIOD_REACH scales away); a stretch keeps
# the support the articles give it less PERIOD_MIN_SUPPORT articles (one article's worth), and is
# dropped without that much.
PERIOD_SCALE = 1.0
PERIOD_REACH = 4
PERIOD_MIN_SUPPORT = 1.0
COLLECTION_SMOOTHING = 0.05
# Each article's prior mixes the other articles' placements: the whole collection weighs
# COLLECTION_WEIGHT, shared between the others, and each other article adds the rarity of every name
# the two share (a name used by two articles of a hundred has rarity about 0.85): names of summed
# rarity 3 weigh as much as the rest of the collection. TOPIC_ROUNDS rounds refine
# the placements; months below COLLECTION_KEEP of an article's best one are dropped from them.
COLLECTION_WEIGHT = 3.0
TOPIC_ROUNDS = 3
COLLECTION_KEEP = 1e-3
# The evidence names the TOPIC_NAMES_SHOWN rarest shared names when shared names carry at least
# TOPIC_SHOWN of the prior.
TOPIC_NAMES_SHOWN = 4
TOPIC_SHOWN = 0.2
