"""Word lists that the temporal patterns refer to by macro name.

Each table maps a lower-case surface form to its normalized meaning. The
pattern engine turns every table into a regular-expression alternative
(longest form first), so adding a spelling here makes it usable in every
pattern that names the macro.
"""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "jan.": 1,
    "february": 2, "feb": 2, "feb.": 2,
    "march": 3, "mar": 3, "mar.": 3,
    "april": 4, "apr": 4, "apr.": 4,
    "may": 5,
    "june": 6, "jun": 6, "jun.": 6,
    "july": 7, "jul": 7, "jul.": 7,
    "august": 8, "aug": 8, "aug.": 8,
    "september": 9, "sept": 9, "sept.": 9, "sep": 9, "sep.": 9,
    "october": 10, "oct": 10, "oct.": 10,
    "november": 11, "nov": 11, "nov.": 11,
    "december": 12, "dec": 12, "dec.": 12,
}

# Month forms that are also ordinary English words: accepted only when
# capitalised (the engine checks the case of the matched text).
MONTH_HOMOGRAPHS: frozenset[str] = frozenset({"may", "march", "august", "jan", "mar", "jun", "dec", "sep"})
# Holidays whose names are also common nouns: taken only when capitalised ("a service of thanksgiving", "the passover")
HOLIDAY_HOMOGRAPHS: frozenset[str] = frozenset(("thanksgiving", "passover", "independence day", "victory day", "republic day",
                                                "labor day",
                                                "labour day",
                                                "freedom day", "heritage day", "day of reconciliation"))

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon.": 1, "tuesday": 2, "tues.": 2, "tue.": 2, "tues": 2, "wednesday": 3, "wed.": 3, "weds": 3,
    "thursday": 4, "thurs.": 4, "thu.": 4, "thurs": 4, "friday": 5, "fri.": 5, "saturday": 6, "sat.": 6,
    "sunday": 7, "sun.": 7,
}
# Short forms without a stop, which are also words ("sat", "sun", "wed"): a weekday only when capitalised, right
# before a full date and not after "the" ("Posted: Sat 16 Nov 2024 19:45", "Thu, March 12, 2026"; not "The Sun").
WEEKDAY_SHORT_FORMS: dict[str, int] = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "thur": 4, "fri": 5, "sat": 6, "sun": 7}

# TIMEX3 part-of-day codes ("noon" and "midnight" are clock times, see CLOCK_WORDS).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "mornings": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
    "afternoon": "AF", "afternoons": "AF", "midday": "MI", "lunchtime": "MI",
    "evening": "EV", "evenings": "EV", "dusk": "EV", "sunset": "EV", "nightfall": "EV",
    "night": "NI", "nights": "NI", "overnight": "NI", "nighttime": "NI", "late night": "NI",
    "daytime": "DT",
}

# Words for a night that runs through to the morning of the day they name: in a past sentence told on that day,
# "overnight on Thursday" is the night that ended on Thursday morning (Wednesday's), not the one to come.
NIGHT_THROUGH_WORDS: frozenset[str] = frozenset(("overnight",))

# The hours each part of the day spans, [first, last) on a 24-hour clock (night runs past midnight; "Thursday night"
# is also 7:15 p.m.; the morning begins at midnight: "2 a.m." is "2 in the morning", and "before dawn" and "the early
# hours", morning (TMO) too, hold it): a clock time outside them is another time of that day.
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "MO": (0, 12), "MI": (11, 14), "AF": (12, 18), "EV": (17, 22), "NI": (18, 29), "DT": (6, 19),
}

SEASONS: dict[str, str] = {
    "spring": "SP", "springtime": "SP", "summer": "SU", "summertime": "SU",
    "fall": "FA", "autumn": "FA", "winter": "WI", "wintertime": "WI",
}

NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2,
    "a": 1, "an": 1, "single": 1,
}
TENS: frozenset[str] = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})

# Vague quantities: the duration keeps an X ("several years" = PXY).
VAGUE_NUMBERS: frozenset[str] = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "numerous", "dozens of",
    "hundreds of",
})

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1, "final": -1,
}

# Calendar units and their TIMEX3 duration letters (T-prefixed ones are clock units).
UNITS: dict[str, str] = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
    "month": "M", "months": "M",
    "week": "W", "weeks": "W",
    "day": "D", "days": "D",
    "hour": "TH", "hours": "TH", "hr": "TH", "hrs": "TH",
    "minute": "TM", "minutes": "TM", "min": "TM", "mins": "TM",
    "second": "TS", "seconds": "TS",
    "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE",
    "quarter": "Q", "quarters": "Q",
    "weekend": "WE", "weekends": "WE",
    "fortnight": "2W",
    "millennium": "L", "millennia": "L",
}

# Plural units that make a vague duration on their own ("for years", "within weeks").
PLURAL_UNITS: dict[str, str] = {
    "years": "Y", "months": "M", "weeks": "W", "days": "D", "hours": "TH", "minutes": "TM",
    "decades": "DE", "centuries": "CE", "millennia": "L",
}

# Units a relative expression ("last week", "this quarter") can name.
CALENDAR_UNITS: dict[str, str] = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE",
    "quarter": "Q", "weekend": "WE", "half": "H", "fiscal year": "Y", "financial year": "Y",
}

# Words that shift a unit from the reference time: -1 before, 0 the current, +1 after.
DEICTIC_SHIFTS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "this": 0, "current": 0, "present": 0,
    "next": 1, "coming": 1, "upcoming": 1, "this past": -1,
}
# Words that shift from the last mentioned time (anaphora).
ANAPHORIC_SHIFTS: dict[str, int] = {
    "following": 1, "next": 1, "subsequent": 1, "succeeding": 1,
    "previous": -1, "preceding": -1, "prior": -1,
    "same": 0,
}

# Words after "N units" that make an offset from a reference time.
OFFSET_WORDS: dict[str, int] = {
    "ago": -1, "earlier": -1, "before": -1, "previously": -1, "back": -1,
    "later": 1, "after": 1, "afterwards": 1, "afterward": 1, "hence": 1,
    "from now": 1, "on": 1,
}

# Fixed-date holidays: (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26), "malvinas day": (4, 2),
    "bastille day": (7, 14), "veterans day": (11, 11), "armistice day": (11, 11),
    "children's day": (5, 5), "showa day": (4, 29), "constitution memorial day": (5, 3),  # Japan's Golden Week days
    "greenery day": (5, 4), "vijay diwas": (12, 16),  # (India's victory of 1971)
    "gandhi jayanti": (10, 2), "pakistan day": (3, 23),
    # Kenya's national days; South Africa's (Freedom Day: the first democratic election, 1994)
    "madaraka day": (6, 1), "mashujaa day": (10, 20), "jamhuri day": (12, 12),
    "freedom day": (4, 27), "heritage day": (9, 24), "day of reconciliation": (12, 16),
    "may day": (5, 1), "labour day": (5, 1), "workers' day": (5, 1), "workers day": (5, 1),
    "international workers' day": (5, 1), "st. patrick's day": (3, 17),
    "juneteenth": (6, 19), "guy fawkes night": (11, 5), "bonfire night": (11, 5), "remembrance day": (11, 11),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25), "all saints' day": (11, 1),
    "all souls' day": (11, 2), "st. george's day": (4, 23), "st. andrew's day": (11, 30), "st. david's day": (3, 1),
    "burns night": (1, 25), "hogmanay": (12, 31), "earth day": (4, 22), "orthodox christmas": (1, 7),
    "victory day": (5, 9), "republic day": (1, 26),  # (another country's by ``COUNTRY_HOLIDAYS``)
    # (names in ASCII: a letter outside it keeps the table's alternation from being factored)
    "day of the dead": (11, 2), "dia de muertos": (11, 2),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "st george's day": (4, 23),
    "st andrew's day": (11, 30), "st david's day": (3, 1),
}

# "Independence Day" is the United States' 4 July unless a country of this table, or its people's adjective, is named
# in its sentence ("Mali marks Independence Day on Wednesday": 22 September), or the article names one such country
# at least twice and more often than the United States: (month, day) of each country's independence day.
INDEPENDENCE_DAYS: dict[str, tuple[int, int]] = {
    "mali": (9, 22), "malian": (9, 22), "senegal": (4, 4), "senegalese": (4, 4), "nigeria": (10, 1), "nigerian": (10, 1),
    "ghana": (3, 6), "ghanaian": (3, 6), "kenya": (12, 12), "kenyan": (12, 12), "tanzania": (12, 9),
    "tanzanian": (12, 9), "uganda": (10, 9), "ugandan": (10, 9), "zimbabwe": (4, 18), "zimbabwean": (4, 18),
    "zambia": (10, 24), "zambian": (10, 24), "malawi": (7, 6), "mozambique": (6, 25), "angola": (11, 11),
    "angolan": (11, 11), "namibia": (3, 21), "namibian": (3, 21), "botswana": (9, 30), "burkina faso": (8, 5),
    "niger": (8, 3), "chad": (8, 11), "chadian": (8, 11), "south sudan": (7, 9), "somalia": (7, 1), "somali": (7, 1),
    "eritrea": (5, 24), "algeria": (7, 5), "algerian": (7, 5), "tunisia": (3, 20), "tunisian": (3, 20),
    "libya": (12, 24), "libyan": (12, 24), "congo": (6, 30), "congolese": (6, 30), "rwanda": (7, 1), "burundi": (7, 1),
    "ivory coast": (8, 7), "côte d'ivoire": (8, 7), "cote d'ivoire": (8, 7), "ivorian": (8, 7),
    "india": (8, 15), "indian": (8, 15), "pakistan": (8, 14), "pakistani": (8, 14), "bangladesh": (3, 26),
    "bangladeshi": (3, 26), "sri lanka": (2, 4), "sri lankan": (2, 4), "myanmar": (1, 4), "indonesia": (8, 17),
    "indonesian": (8, 17), "philippines": (6, 12), "philippine": (6, 12), "filipino": (6, 12), "malaysia": (8, 31),
    "malaysian": (8, 31), "vietnam": (9, 2), "vietnamese": (9, 2), "ukraine": (8, 24), "ukrainian": (8, 24),
    "georgia": (5, 26), "armenia": (9, 21), "armenian": (9, 21), "azerbaijan": (10, 18), "azerbaijani": (10, 18),
    "belarus": (7, 3), "kazakhstan": (12, 16), "uzbekistan": (9, 1), "mexico": (9, 16), "mexican": (9, 16),
    "brazil": (9, 7), "brazilian": (9, 7), "argentina": (7, 9), "argentine": (7, 9), "chile": (9, 18),
    "chilean": (9, 18), "colombia": (7, 20), "colombian": (7, 20), "peru": (7, 28), "peruvian": (7, 28),
    "venezuela": (7, 5), "venezuelan": (7, 5), "bolivia": (8, 6), "bolivian": (8, 6), "ecuador": (8, 10),
    "uruguay": (8, 25), "jamaica": (8, 6), "jamaican": (8, 6), "haiti": (1, 1), "haitian": (1, 1),
    "guatemala": (9, 15), "honduras": (9, 15), "el salvador": (9, 15), "nicaragua": (9, 15), "costa rica": (9, 15),
    "finland": (12, 6), "finnish": (12, 6), "estonia": (2, 24), "estonian": (2, 24), "lithuania": (2, 16),
    "lithuanian": (2, 16), "poland": (11, 11), "polish": (11, 11), "greece": (3, 25), "greek": (3, 25),
    "cyprus": (10, 1), "cypriot": (10, 1), "malta": (9, 21), "maltese": (9, 21), "iceland": (6, 17),
}
# ... and the names that say the United States' (whose count an article's other country must beat)
UNITED_STATES_NAMES: tuple[str, ...] = ("united states", "u.s.", "america", "american", "americans")
# "Victory Day", likewise: Russia's 9 May (the end of the war in Europe, as Moscow counts it) unless another country is
# named (Azerbaijan's 8 November, 2020; Bangladesh's 16 December, 1971; Turkey's 30 August, 1922).
VICTORY_DAYS: dict[str, tuple[int, int]] = {
    "azerbaijan": (11, 8), "azerbaijani": (11, 8), "bangladesh": (12, 16), "bangladeshi": (12, 16),
    "turkey": (8, 30), "türkiye": (8, 30), "turkish": (8, 30), "croatia": (8, 5), "croatian": (8, 5),
    "russia": (5, 9), "russian": (5, 9), "moscow": (5, 9), "ukraine": (5, 9), "ukrainian": (5, 9),
}
VICTORY_DAY_DEFAULT_NAMES: tuple[str, ...] = ("russia", "russian", "moscow", "soviet")
# "Republic Day": India's 26 January unless another country is named (Turkey's 29 October, Italy's 2 June).
REPUBLIC_DAYS: dict[str, tuple[int, int]] = {
    "turkey": (10, 29), "türkiye": (10, 29), "turkish": (10, 29), "italy": (6, 2), "italian": (6, 2),
    "india": (1, 26), "indian": (1, 26),
}
REPUBLIC_DAY_DEFAULT_NAMES: tuple[str, ...] = ("india", "indian", "new delhi")
# The holidays whose day depends on the country: (the default day, the names of the default's country, the table).
COUNTRY_HOLIDAYS: dict[str, tuple[tuple[int, int], tuple[str, ...], dict[str, tuple[int, int]]]] = {
    "independence day": ((7, 4), UNITED_STATES_NAMES, INDEPENDENCE_DAYS),
    "victory day": ((5, 9), VICTORY_DAY_DEFAULT_NAMES, VICTORY_DAYS),
    "republic day": ((1, 26), REPUBLIC_DAY_DEFAULT_NAMES, REPUBLIC_DAYS),
}

# Holidays on the n-th weekday of a month (United States federal holidays and the shopping day after
# Thanksgiving): (month, ISO weekday, n (-1: the last), days after that weekday).
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 4, 4, 0), "thanksgiving day": (11, 4, 4, 0), "black friday": (11, 4, 4, 1),
    "memorial day": (5, 1, -1, 0), "labor day": (9, 1, 1, 0), "columbus day": (10, 1, 2, 0),
    "martin luther king day": (1, 1, 3, 0), "martin luther king jr. day": (1, 1, 3, 0), "mlk day": (1, 1, 3, 0),
    "presidents day": (2, 1, 3, 0), "presidents' day": (2, 1, 3, 0), "president's day": (2, 1, 3, 0),
    "cyber monday": (11, 4, 4, 4), "father's day": (6, 7, 3, 0), "remembrance sunday": (11, 7, 2, 0),
    # Canada's Thanksgiving is the second Monday of October; England and Wales have three Monday bank holidays.
    "canadian thanksgiving": (10, 1, 2, 0), "thanksgiving monday": (10, 1, 2, 0), "indigenous peoples' day": (10, 1, 2, 0),
    "early may bank holiday": (5, 1, 1, 0), "spring bank holiday": (5, 1, -1, 0),
    "summer bank holiday": (8, 1, -1, 0), "august bank holiday": (8, 1, -1, 0),
    # Ireland's bank holidays (the first Monday of May, June and August, the last of October); Australia's King's
    # Birthday (the second Monday of June, in most states)
    "june bank holiday": (6, 1, 1, 0), "october bank holiday": (10, 1, -1, 0),
    "king's birthday": (6, 1, 2, 0), "queen's birthday": (6, 1, 2, 0),
}

# Feasts whose day follows Easter (Western churches, Gregorian calendar): days from Easter Sunday.
MOVEABLE_FEASTS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
    "holy thursday": -3, "maundy thursday": -3, "palm sunday": -7, "shrove tuesday": -47, "mardi gras": -47,
    "ash wednesday": -46, "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whitsunday": 49,
    "whit monday": 50, "whitsun": 49, "mothering sunday": -21, "carnival monday": -48, "carnival tuesday": -47,
}

# The months of the Islamic (Hijri) calendar as English news writes them, for a day of one ("8 Ramadan 1447").
ISLAMIC_MONTHS: dict[str, int] = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi al-thani": 4, "rabi' al-thani": 4,
    "jumada al-awwal": 5, "jumada al-ula": 5, "jumada al-thani": 6, "jumada al-akhirah": 6, "rajab": 7,
    "shaban": 8, "sha'ban": 8, "sha’ban": 8, "ramadan": 9, "ramazan": 9, "shawwal": 10,
    "dhu al-qadah": 11, "dhu al-qi'dah": 11, "dhul qadah": 11, "dhu al-hijjah": 12, "dhul hijjah": 12, "dhul-hijjah": 12,
    "dhu al-hijja": 12, "dhul hijja": 12,
}
# Hijri years as news writes them beside an Islamic month ("Ramadan 1447"): not years of the Gregorian calendar.
HIJRI_YEARS = (1300, 1600)

# Holidays of the moon (computed in ``maliclock.calendars``): (calendar, base, offset).
# Hebrew: days after the base day ("tishri1": Rosh Hashanah; "nisan15": the first day of Passover; "kislev25": the first
# day of Hanukkah). Islamic: (month, day); day 0 is the whole month ("Ramadan": the Gregorian month that holds most
# of it). Chinese: days after the first day of month 1, 8 or 9. A festival of several days is its first day.
LUNAR_HOLIDAYS: dict[str, tuple[str, object, int]] = {
    "rosh hashanah": ("hebrew", "tishri1", 0), "rosh hashana": ("hebrew", "tishri1", 0),
    "yom kippur": ("hebrew", "tishri1", 9), "sukkot": ("hebrew", "tishri1", 14),
    "passover": ("hebrew", "nisan15", 0), "pesach": ("hebrew", "nisan15", 0), "purim": ("hebrew", "nisan15", -30),
    "shavuot": ("hebrew", "nisan15", 50), "hanukkah": ("hebrew", "kislev25", 0), "chanukah": ("hebrew", "kislev25", 0),
    "ramadan": ("islamic", 9, 0), "ramazan": ("islamic", 9, 0),
    "eid al-fitr": ("islamic", 10, 1), "eid ul-fitr": ("islamic", 10, 1), "eid-al-fitr": ("islamic", 10, 1),
    "eid al fitr": ("islamic", 10, 1), "eid-ul-fitr": ("islamic", 10, 1),
    "eid al-adha": ("islamic", 12, 10), "eid ul-adha": ("islamic", 12, 10), "eid-al-adha": ("islamic", 12, 10),
    "eid al adha": ("islamic", 12, 10), "eid-ul-adha": ("islamic", 12, 10), "tabaski": ("islamic", 12, 10),
    "eid-ul-azha": ("islamic", 12, 10), "eid ul-azha": ("islamic", 12, 10), "eid ul azha": ("islamic", 12, 10),
    "eid al-azha": ("islamic", 12, 10), "eid-ul-zuha": ("islamic", 12, 10), "bakrid": ("islamic", 12, 10),
    "islamic new year": ("islamic", 1, 1), "hijri new year": ("islamic", 1, 1), "ashura": ("islamic", 1, 10),
    "lunar new year": ("chinese", 1, 0), "chinese new year": ("chinese", 1, 0), "lantern festival": ("chinese", 1, 14),
    # the 15th day of the eighth month: China's and Taiwan's Mid-Autumn Festival, Korea's Chuseok
    "mid-autumn festival": ("chinese", 8, 14), "moon festival": ("chinese", 8, 14), "chuseok": ("chinese", 8, 14),
    # the ninth day of the ninth month (Hong Kong's Chung Yeung, a public holiday)
    "chung yeung festival": ("chinese", 9, 8), "chung yeung": ("chinese", 9, 8), "double ninth festival": ("chinese", 9, 8),
    "diwali": ("hindu", "diwali", 0), "deepavali": ("hindu", "diwali", 0), "divali": ("hindu", "diwali", 0),
    # the end of Ramadan and the feast of the sacrifice as Turkish, Malay and Indonesian news name them (in ASCII: a
    # letter outside it keeps the table's alternation from being factored, and one that opens a name from the trigger
    # scan, which reads ASCII only)
    "ramadan bayram": ("islamic", 10, 1), "ramadan bayrami": ("islamic", 10, 1), "ramazan bayrami": ("islamic", 10, 1),
    "seker bayrami": ("islamic", 10, 1),
    "hari raya aidilfitri": ("islamic", 10, 1), "hari raya puasa": ("islamic", 10, 1), "lebaran": ("islamic", 10, 1),
    "kurban bayrami": ("islamic", 12, 10), "hari raya haji": ("islamic", 12, 10),
    # ... and as Pakistani and Gulf English writes them; the days of the Hajj before the feast
    "eidul azha": ("islamic", 12, 10), "eidul adha": ("islamic", 12, 10), "eidul fitr": ("islamic", 10, 1),
    "eid ul fitr": ("islamic", 10, 1), "feast of the sacrifice": ("islamic", 12, 10),
    "day of arafat": ("islamic", 12, 9), "day of arafah": ("islamic", 12, 9), "arafat day": ("islamic", 12, 9),
    "day of tarwiyah": ("islamic", 12, 8),
    # the Orthodox churches' Easter (the Julian computus: ``calendars.orthodox_easter``), and days from it
    "orthodox easter": ("orthodox", "easter", 0), "greek orthodox easter": ("orthodox", "easter", 0),
    "russian orthodox easter": ("orthodox", "easter", 0), "orthodox easter sunday": ("orthodox", "easter", 0),
    "orthodox good friday": ("orthodox", "easter", -2), "orthodox easter monday": ("orthodox", "easter", 1),
}

# Approximation words that may precede an expression (kept inside the tag,
# as TIMEX3 ``mod``). A bare "over" or "under" is left out: it is mostly the
# preposition ("over the past two years", "over three years").
MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "not less than": "EQUAL_OR_MORE",
    "well over": "MORE_THAN", "just over": "MORE_THAN", "a little over": "MORE_THAN",
    "just under": "LESS_THAN", "a little under": "LESS_THAN",
    "some": "APPROX", "up to": "EQUAL_OR_LESS", "exactly": "EXACT",
    "early": "START", "late": "END", "mid": "MID", "mid-": "MID", "end-": "END", "the end of": "END",
    "the beginning of": "START", "the start of": "START", "the middle of": "MID",
}

# Words right before a time of day that put it a little before or after the time named ("shortly before 11 p.m."):
# its TIMEX3 ``mod``, the words left outside the expression as TimeML's signals are; two sources' times that far
# apart (``NEAR_TIME_MINUTES``) are no conflict.
NEAR_TIME_MODIFIERS: dict[str, str] = {
    "shortly before": "BEFORE", "just before": "BEFORE", "right before": "BEFORE",
    "shortly after": "AFTER", "just after": "AFTER", "right after": "AFTER", "soon after": "AFTER",
}
# Words right before a day that put the happening at its end or start ("late on Tuesday", "early on 9 November"): its
# TIMEX3 ``mod``, the words left outside the expression, "on" being a signal ("late Tuesday" holds its "late").
EDGE_SIGNAL_MODIFIERS: dict[str, str] = {"late on": "END", "early on": "START"}
# (20 minutes: "shortly before 11 p.m." agrees with "22:42"; "approximately 0615 hours" and "about 6:45 a.m." are two
# times, the planted disagreement of a probe's arrest, which 30 minutes had hidden)
NEAR_TIME_MINUTES = 20

# Clock words and their (hour, minute).
CLOCK_WORDS: dict[str, tuple[int, int]] = {"noon": (12, 0), "midnight": (24, 0)}

# Time-zone codes that may follow a clock time ("5 p.m. EST"); only matched in capitals.
TIME_ZONES: frozenset[str] = frozenset(
    "EST EDT CST CDT MST MDT PST PDT ET CT MT PT AT NT AKST AKDT HST AST ADT NST NDT GMT UTC BST WET WEST CET CEST EET EEST "
    "MSK WAT CAT EAT SAST IST PKT ICT WIB HKT SGT PHT MYT KST JST AEST AEDT ACST ACDT AWST NZST NZDT LT".split())
# ("LT": local time, as carriers' and ports' advisories write it, "06:00 LT")

# Hours from UTC of the zone codes whose offset is one fixed number, to compare clock times told in two zones ("5:15
# p.m. EDT" is "21:15 UTC"). Left out: codes that name two zones in the news (AST: Atlantic or Arabia; IST: India,
# Ireland or Israel), and those whose offset depends on the date (``ZONE_SEASONS``).
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "WAT": 1, "CAT": 2, "EAT": 3, "SAST": 2, "PKT": 5, "ICT": 7, "WIB": 7, "HKT": 8, "SGT": 8, "KST": 9, "JST": 9,
    "AEST": 10, "AEDT": 11, "ACST": 9.5, "ACDT": 10.5, "AWST": 8, "NZST": 12, "NZDT": 13, "PHT": 8, "MYT": 8,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    # zones named in words whose code would be ambiguous, or has none (``ZONE_NAMES``): "Beijing time", "India time"
    "CST-CN": 8, "IST-IN": 5.5, "IST-IE": 1, "IST-IL": 2, "TRT": 3, "GST-AE": 4, "AST-SA": 3, "BST-BD": 6, "ART": -3, "BRT": -3, "IRST": 3.5,
}
# North American codes without "S" or "D": standard or daylight time by the date (the US and Canadian rule, in
# force since 2007: daylight time from the second Sunday of March to the first Sunday of November).
ZONE_SEASONS: dict[str, tuple[str, str]] = {"ET": ("EST", "EDT"), "CT": ("CST", "CDT"), "MT": ("MST", "MDT"),
                                            "PT": ("PST", "PDT")}

# Zones named in words after a clock time ("7 a.m. Eastern time", "4:10 a.m. Japan time"), as the code they stand
# for (its offset in ``ZONE_OFFSETS`` or ``ZONE_SEASONS``); a zone named in one word counts only capitalised.
ZONE_NAMES: dict[str, str] = {
    "eastern standard time": "EST", "eastern daylight time": "EDT", "eastern time": "ET", "eastern": "ET",
    "central standard time": "CST", "central daylight time": "CDT", "central time": "CT", "central": "CT",
    "mountain standard time": "MST", "mountain daylight time": "MDT", "mountain time": "MT", "mountain": "MT",
    "pacific standard time": "PST", "pacific daylight time": "PDT", "pacific time": "PT", "pacific": "PT",
    "greenwich mean time": "GMT", "british summer time": "BST", "central european time": "CET",
    "central european summer time": "CEST", "japan time": "JST", "japan standard time": "JST", "tokyo time": "JST",
    "korea time": "KST", "seoul time": "KST", "moscow time": "MSK", "hong kong time": "HKT", "singapore time": "SGT",
    "beijing time": "CST-CN", "china standard time": "CST-CN", "east africa time": "EAT", "west africa time": "WAT",
    "south africa time": "SAST", "pakistan standard time": "PKT", "indian standard time": "IST-IN",
    "india time": "IST-IN", "indochina time": "ICT",
    # a country's or a city's time ("03:17 Greek time", "20h00 SA time", "2pm UAE time")
    "greek time": "EU-EET", "athens time": "EU-EET", "kyiv time": "EU-EET", "ukraine time": "EU-EET",
    "paris time": "EU-CET", "berlin time": "EU-CET", "brussels time": "EU-CET", "rome time": "EU-CET",
    "madrid time": "EU-CET", "amsterdam time": "EU-CET", "french time": "EU-CET", "german time": "EU-CET",
    "uk time": "EU-GMT", "british time": "EU-GMT", "london time": "EU-GMT", "irish time": "EU-GMT",
    "turkish time": "TRT", "turkey time": "TRT", "istanbul time": "TRT", "ankara time": "TRT",
    "uae time": "GST-AE", "dubai time": "GST-AE", "abu dhabi time": "GST-AE", "gulf time": "GST-AE",
    "saudi time": "AST-SA", "riyadh time": "AST-SA", "mecca time": "AST-SA", "qatar time": "AST-SA",
    "doha time": "AST-SA", "pakistan time": "PKT", "bangladesh time": "BST-BD", "dhaka time": "BST-BD",
    "thai time": "ICT", "bangkok time": "ICT", "vietnam time": "ICT", "hanoi time": "ICT", "jakarta time": "WIB",
    "philippine time": "PHT", "manila time": "PHT", "taiwan time": "CST-CN", "taipei time": "CST-CN",
    "kenya time": "EAT", "nairobi time": "EAT", "nigeria time": "WAT", "lagos time": "WAT", "sa time": "SAST",
    "south african time": "SAST", "argentina time": "ART", "buenos aires time": "ART", "brasilia time": "BRT",
    "brazil time": "BRT", "iran time": "IRST", "tehran time": "IRST",
}
# Codes that name several zones, and each zone's code with the country an article names to mean it: "IST" is India's
# (UTC+5:30), Ireland's summer time (IST-IE: UTC+1) or Israel's (IST-IL: UTC+2); an article that names one of these
# countries (or its people), and not another, means that one.
AMBIGUOUS_ZONES: dict[str, tuple[tuple[str, str], ...]] = {
    "IST": (("IST-IN", r"\bindia(?:n|ns)?\b"), ("IST-IE", r"\b(?:ireland|irish)\b"), ("IST-IL", r"\bisrael(?:i|is)?\b")),
}
# Zones whose offset follows the European summer-time rule (``calendars.european_summer_time``): winter's, summer's.
EU_ZONE_SEASONS: dict[str, tuple[str, str]] = {"EU-EET": ("EET", "EEST"), "EU-CET": ("CET", "CEST"),
                                               "EU-GMT": ("GMT", "BST")}
# Happenings that last over two years: after a year that straddles two ("the 1990-91 war"), the span is two years,
# not one fiscal year or season ("rose 34% in 2025-26").
LASTING_HAPPENINGS: tuple[str, ...] = ("war", "conflict", "crisis", "recession", "drought", "famine", "strike", "pandemic",
                                       "outbreak", "epidemic", "uprising", "occupation", "boom", "slump", "downturn",
                                       "protest", "siege", "insurgency", "rebellion", "revolution", "campaign")

# Words that may stand between a number and its unit in a duration ("eight trading days").
DURATION_FILLERS: frozenset[str] = frozenset(
    "more additional further extra trading business working calendar consecutive straight full long whole".split())

# Units that are also ordinary words when counted by "a"/"an" ("a second opinion").
AMBIGUOUS_SINGLE_UNITS: frozenset[str] = frozenset({"second", "min", "hr"})

# Makes of car and motorcycle: a year right before one is a model year, no date ("a 2014 Vauxhall Astra"). Only
# makes that are no place or common word ("Lincoln", "Mini" and "Seat" are left out).
VEHICLE_MAKES: tuple[str, ...] = (
    "Acura", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Citroen", "Citroën", "Dacia",
    "Dodge", "Ducati", "Fiat", "Ford", "GMC", "Harley-Davidson", "Honda", "Hyundai", "Infiniti", "Isuzu", "Jaguar",
    "Jeep", "Kawasaki", "Kia", "Land Rover", "Lexus", "Mazda", "Mercedes", "Mercedes-Benz", "Mitsubishi", "Nissan",
    "Peugeot", "Pontiac", "Porsche", "Range Rover", "Renault", "Skoda", "Škoda", "Subaru", "Suzuki", "Tesla",
    "Toyota", "Vauxhall", "Volkswagen", "Volvo", "VW", "Yamaha",
)

# Words of a traded grade or commodity that name a contract after its month:
# "the July hard red winter wheat contract", "CBOT July soft red winter wheat".
COMMODITY_WORDS: tuple[str, ...] = (
    "hard", "soft", "red", "white", "winter", "spring", "durum", "milling", "wheat", "corn", "maize", "soybean", "soybeans",
    "soy", "soymeal", "meal", "oil", "crude", "cotton", "sugar", "cocoa", "coffee", "arabica", "robusta", "canola",
    "rapeseed", "palm", "oats", "rice", "barley", "live", "feeder", "cattle", "lean", "hogs", "natural", "gas", "heating",
    "gasoline", "diesel", "gasoil", "gold", "silver", "copper", "aluminium", "aluminum", "nickel", "zinc", "platinum",
    "rubber", "orange", "juice", "lumber", "bitcoin", "index", "bond", "treasury", "power", "electricity", "baseload",
    "peakload", "coal", "carbon", "lng", "jet", "kerosene", "naphtha", "propane", "ethanol")
# Exchanges whose name before a month and a commodity makes the month a contract's ("CBOT July soft red winter wheat",
# "Euronext September milling wheat", "Kansas City July wheat").
EXCHANGES: tuple[str, ...] = ("CBOT", "CME", "ICE", "NYMEX", "COMEX", "LME", "ASX", "MATIF", "Euronext", "SAFEX", "NCDEX",
                              "MCX", "KCBT", "MGEX", "SGX", "TOCOM", "JSE", "Kansas City", "Minneapolis", "Chicago",
                              "Dalian", "Zhengzhou", "Bursa Malaysia", "Winnipeg")
