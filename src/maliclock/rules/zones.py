"""How a line of an article is classified: body text, or site chrome, caption, dateline.

Each table entry is a (name, regex) pair matched against one stripped line.
Chrome lines (navigation, "More from ...", comment forms, share buttons)
yield no statements; captions are tagged but give evidence only.
"""

CHROME_LINES: list[tuple[str, str]] = [
    ("skip link", r"^(?:\d+\.\s*)?skip to\b"),
    ("more from", r"^(?:more|read more|see more|also) (?:from|on|in)\b"),
    ("related", r"^related(?: (?:stories|articles|content|links|coverage|posts|topics))?:?$"),
    ("comment form", r"^(?:leave a (?:reply|comment)|post a comment|please log in|you are commenting|"
                     r"connecting to %s|%d bloggers|notify me of|log out\b|comments?(?: \(\d+\))?:?$)"),
    ("account/social", r"^(?:twitter|facebook|google|linkedin|wordpress\.com)\s+(?:picture|photo|account)\b"),
    ("share", r"^(?:share|share this|tweet|email|print|follow us|sign up|subscribe|newsletter)\b.{0,40}$"),
    ("advertisement", r"^(?:advertisement|sponsored|promoted)\b"),
    ("copyright", r"^(?:©|\(c\)|copyright\b|all rights reserved)"),
    ("credit line", r"^(?:image|photo|picture|credit|photograph|source)s?\s*:"),
    ("author line", r"^(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}|[\w.-]+@[\w.-]+)$"),
    ("bare url", r"^(?:https?://|www\.)\S+$"),
    ("correction note", r"^(?:corrections?|clarification|editor[’']?s note)\s*:|^this (?:story|article|report|version)"
                        r" (?:has been|was|is) (?:corrected|updated|amended|clarified)\b"),
    ("byline agency", r"^(?:[a-z]{1,4}/[a-z]{1,4} \([A-Z, ]+\)|(?:agence france-presse|associated press|reuters|afp|ap))$"),
]

# Sentences of a live blog's housekeeping, in body text: tagged, but no news ("That's where we'll leave our live coverage
# for today.", "We'll be back at 7 a.m. tomorrow.", "Good morning and welcome to our live coverage."; not a welcome that
# goes on to tell news: "..., which began in the early hours of Tuesday."). Each is matched at a sentence's start.
HOUSEKEEPING_SENTENCES: list[tuple[str, str]] = [
    ("signing off", r"(?:that[’']?s|that is) (?:where we\b|(?:all|it)(?: from us)?(?: for (?:today|now|tonight))?[,.!])"),
    ("coming back", r"(?:we[’']ll|we will) be back\b"),
    ("welcome", r"(?:(?:good (?:morning|afternoon|evening)|hello|hi)(?: and|,)? )?welcome (?:back )?to (?:our|this|the) "
                r"(?:live|rolling)\b[^,;:]{0,80}$"),
    ("thanks", r"thanks?(?: you)? (?:for|to everyone for) (?:following|reading|joining)\b"),
    ("blog closed", r"(?:this|our) live (?:blog|coverage|page) (?:is|has) (?:now )?(?:closed|ended|paused|finished)\b"),
    ("stay with us", r"(?:stay with us|keep (?:refreshing|following)|follow (?:our|the) live)\b"),
    ("recap intro", r"(?:here[’']?s|here is) (?:a )?(?:quick )?(?:recap|round-?up|summary) of\b.{0,60}$"),
]

# A line is a caption when it starts like one, or the next line is a credit.
CAPTION_LINES: list[tuple[str, str]] = [
    ("photo prefix", r"^(?:photo|file photo|picture|image|pictured|above|below|top|left|right)\b[^.]{0,200}(?:\btaken\b|\bshows?\b|:)"),
    ("embedded credit", r"\.(?:Image|Photo|Credit)\s*:\s*\S"),
]
CREDIT_NEXT_LINE = r"^(?:image|photo|picture|credit|photograph)s?\s*:"

# A line that is only a date (a dateline or a publication stamp).
DATELINE_LINES: list[tuple[str, str]] = [
    ("date only", r"^(?:(?:published|posted|updated|date)\s*:?\s*)?(?:[A-Z][a-z]+,?\s+)?"
                  r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
                  r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[\sT,]+\d{1,2}:\d{2}.*)?$"),
]

# A dateline that opens an article's first paragraph: the place, maybe the date, maybe the agency, then a
# dash ("WASHINGTON, March 22 (Reuters) -", "NAIROBI, Kenya (AP) —", "NEW YORK -", "SAN FRANCISCO, Oct. 24,
# 2019 /PRNewswire/ --", "Law360 (June 17, 2026, 5:48 PM EDT) --", and the Indian press's "PUNE:"). It is a zone of its own:
# its date is when the story was filed, and it is no part of the first sentence's statement.
# ... or the agency alone, in brackets ("(Sports Wire) -").
INLINE_DATELINE = (r"(?:[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][\w.'’ -]{1,30}?)?"
                   r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
                   r"(?:\s+\d{4})?))?\s*(?:\([A-Za-z .&-]{2,30}\)|/[A-Za-z .&-]{2,30}/)?|\([A-Z][A-Za-z .&'’-]{1,30}\)"
                   # ... or an outlet (or a place and its state) and the full date and time in brackets ("Law360 (June 17,
                   # 2026, 5:48 PM EDT) --", "KANSAS CITY, Mo. (May 12, 2026) —")
                   r"|[A-Z][\w&.'’-]{1,20}(?:\s[A-Z][\w&.'’-]{1,20}){0,2}(?:,\s*[A-Z][\w.'’-]{1,20})?\s*"
                   r"\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
                   r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\))"
                   r"\s*(?:--|[-–—_:])\s+(?=[\"'“‘(]?[A-Z0-9])")
# The paragraphs of prose in which such a dateline is looked for: the first few, after any headings, bylines
# and page chrome, within the article's first INLINE_DATELINE_MAX_LINE non-empty lines.
INLINE_DATELINE_LINES = 3
INLINE_DATELINE_MAX_LINE = 15

# A short line without sentence punctuation is a heading (titles, section names).
HEADING_MAX_WORDS = 12

# ... unless it is a line of a timeline box ("Key dates:", "Timeline"): a date, a dash or colon, and what happened
# then ("12 February 2024 - Hale arrested at his home", "March 27, 2025: appeal lodged", "2019 – bronze at the
# worlds", "Sept. 30 — strike begins"). It is body text however short: its date places what follows it.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
DATED_ENTRY_LINE = (r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
                    + r"(?:,?\s+\d{4})?|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|" + _MONTH
                    + r"\s+\d{4}|(?:1[89]|20)\d\d)\s*(?:--|[-–—:|])\s+[\w\"“‘'(]\S*\s+\S")

# Longer "sentences" (tables, transcripts without punctuation) are cut at whitespace into pieces this long.
MAX_SENTENCE_CHARS = 1000

# Text that is not prose is not read for dates: a sentence of at least REPETITIVE_MIN_WORDS words
# of which at most REPETITIVE_MAX_DISTINCT (a share) are different ("March March March ...",
# "1990-1990-1990-...", keyword stuffing), and a line that repeats one of the REPEATED_LINE_WINDOW
# lines before it. English prose keeps well over half of a sentence's words distinct.
REPETITIVE_MIN_WORDS = 30
REPETITIVE_MAX_DISTINCT = 0.25
REPEATED_LINE_WINDOW = 4

# A live blog's time-stamped entry, as it opens the line after its section's heading: "6:40 p.m. - Sheriff says ...",
# "14:05 GMT: Polls close" (see resolve/resolver.py, LIVE_SECTION_MAX_DAYS in rules/tense.py).
LIVE_ENTRY_STAMP = r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[-–—:|]"
# What may follow a clock time that opens its line for it to be such a stamp: the line's end (the entry below it,
# "16:48\nWe're going to pause our live coverage here") or a dash, bar or colon before the entry ("16:15 - ...").
LIVE_STAMP_AFTER = r"[ \t]*(?:[-–—|:][ \t]|\r?\n|$)"
# The line that opens a live blog's next entry, and so ends the one before: a clock time, with or without a day before
# it, then what may follow a stamp ("\n9:05 a.m. - ...", "\nYesterday, 10:50 p.m. - ...", "\nWednesday, Aug. 13, 6:40 p.m.\n").
LIVE_NEXT_ENTRY = (r"\n[ \t]*(?:[^\n]{0,30}?,?[ \t]+(?:at[ \t]+)?)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?"
                   + LIVE_STAMP_AFTER)
# ... and a weekday before such a clock time, opening its line: "Wednesday, 6:10 p.m. - CVE now says ..." (what follows
# the weekday): the entry was written on that weekday, on or before publication, whatever the tense of the entry.
LIVE_WEEKDAY_STAMP_AFTER = (r",?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?"
                            + LIVE_STAMP_AFTER)
# What marks a text as a live blog, whose stamps are the times its entries were written (a programme's "10:00 -
# Keynote" is not): "LIVE" in capitals, "live updates", "live coverage", "as it happened".
LIVE_BLOG_MARK = r"\bLIVE\b|(?i:\blive\s+(?:blog|updates?|coverage|reporting|feed|text|page)\b|\bas\s+it\s+happened\b)"
