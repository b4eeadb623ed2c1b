"""Offices and their holders: a dating clue for articles without a date (``maliclock.pubdate.offices``).

News names people by their current office: "Secretary of State Madeleine Albright", "Prime
Minister Netanyahu", "Fed Chairman Alan Greenspan". Such a title, written without "former",
"late" or "then-", puts the article inside one of the holder's terms, and several titles together
narrow it further (Albright and Netanyahu together: 1997-01-23 to 1999-07-06). These are facts of
public record, not of any corpus; extend the tables freely.

``TITLES``: office key -> (regex of the title, matched in any case, as transcripts and some style guides
write titles in lower case ("Iraqi president Saddam Hussein"); an example). The name after it must be capitalised.
``HOLDERS``: (office key, surname or full-name variants as regexes, terms as (first day, last day)
ISO dates, the last ``None`` while in office). Given names between title and surname are allowed
("President George W. Bush"), so the variants list only what a title is directly followed by in
short forms. A name held by two people in one office ("President Bush") lists both terms, in
two rows; the clue then allows either.
"""

from __future__ import annotations

# An open term (``None``) runs to this day: the tables are known to be current until then.
OPEN_TERM_UNTIL = "2026-12-31"

# Words just before a title that say the person does not hold the office now.
NOT_CURRENT_BEFORE = (r"\b(?:former|late|then|ex|onetime|one-time|future|would-be|incoming|acting|deputy|vice|"
                      r"previous|past|erstwhile|ousted|deposed|slain|assassinated)[\s-]*$")

# ... of which these say the person held it before: publication is after a term ended
# ("former President Jimmy Carter"). The group is where the evidence shown starts.
FORMER_BEFORE = r"\b((?:former|ex|onetime|one-time)[\s-]*)$"

# Given names (or initials) allowed between a title and a surname.
GIVEN_NAMES_MAX = 3

# A name directly followed by one of these capitalised words is still the whole name
# ("President Clinton Tuesday", "Pope John Paul II Jr."); any other capitalised word makes it part
# of a longer name ("President Ellen Johnson Sirleaf" is not President Johnson).
NAME_MAY_PRECEDE = ("Jr", "Sr", "II", "III")

TITLES: dict[str, tuple[str, str]] = {
    "president": (r"(?<![Vv]ice[ -])President", "President Bill Clinton said"),
    "us-vice-president": (r"Vice[ -]President", "Vice President Al Gore"),
    "us-secretary-of-state": (r"Secretary\s+of\s+State", "Secretary of State Madeleine Albright"),
    "un-secretary-general": (r"(?:(?:U\.N\.|UN|United\s+Nations)\s+)?Secretary[- ]General",
                             "U.N. Secretary-General Kofi Annan"),
    "us-secretary-of-defense": (r"(?:Defen[cs]e\s+Secretary|Secretary\s+of\s+Defen[cs]e)",
                                "Defense Secretary William Cohen"),
    "us-treasury-secretary": (r"(?:Treasury\s+Secretary|Secretary\s+of\s+the\s+Treasury)",
                              "Treasury Secretary Robert Rubin"),
    "us-attorney-general": (r"Attorney\s+General", "Attorney General Janet Reno"),
    "prime-minister": (r"Prime\s+Minister", "Prime Minister Benjamin Netanyahu"),
    "premier": (r"(?:Chinese\s+)?Premier", "Chinese Premier Zhu Rongji"),
    "german-chancellor": (r"(?:German\s+)?Chancellor", "Chancellor Helmut Kohl"),
    "fed-chair": (r"(?:Federal\s+Reserve|Fed)(?:\s+Board)?\s+Chair(?:man|woman)?",
                  "Federal Reserve Chairman Alan Greenspan"),
    "pope": (r"Pope", "Pope John Paul II"),
    "soviet-leader": (r"Soviet\s+(?:leader|President)", "Soviet leader Mikhail Gorbachev"),
}

Term = tuple[str, str | None]

HOLDERS: list[tuple[str, tuple[str, ...], tuple[Term, ...]]] = [
    # Presidents of the United States
    ("president", ("Truman",), (("1945-04-12", "1953-01-20"),)),
    ("president", ("Eisenhower",), (("1953-01-20", "1961-01-20"),)),
    ("president", ("Kennedy",), (("1961-01-20", "1963-11-22"),)),
    ("president", ("Johnson",), (("1963-11-22", "1969-01-20"),)),
    ("president", ("Nixon",), (("1969-01-20", "1974-08-09"),)),
    ("president", ("Ford",), (("1974-08-09", "1977-01-20"),)),
    ("president", ("Carter",), (("1977-01-20", "1981-01-20"),)),
    ("president", ("Reagan",), (("1981-01-20", "1989-01-20"),)),
    ("president", ("Bush",), (("1989-01-20", "1993-01-20"), ("2001-01-20", "2009-01-20"))),
    ("president", ("George H. W. Bush", "George H.W. Bush"), (("1989-01-20", "1993-01-20"),)),
    ("president", ("George W. Bush",), (("2001-01-20", "2009-01-20"),)),
    ("president", ("Clinton",), (("1993-01-20", "2001-01-20"),)),
    ("president", ("Obama",), (("2009-01-20", "2017-01-20"),)),
    ("president", ("Trump",), (("2017-01-20", "2021-01-20"), ("2025-01-20", None))),
    ("president", ("Biden",), (("2021-01-20", "2025-01-20"),)),
    # Presidents elsewhere (Russia, France, and other frequently reported ones)
    ("president", ("Gorbachev",), (("1988-10-01", "1991-12-25"),)),
    ("president", ("Yeltsin",), (("1991-07-10", "1999-12-31"),)),
    ("president", ("Putin",), (("1999-12-31", "2008-05-07"), ("2012-05-07", None))),
    ("president", ("Medvedev",), (("2008-05-07", "2012-05-07"),)),
    ("president", ("Mitterrand",), (("1981-05-21", "1995-05-17"),)),
    ("president", ("Chirac",), (("1995-05-17", "2007-05-16"),)),
    ("president", ("Sarkozy",), (("2007-05-16", "2012-05-15"),)),
    ("president", ("Hollande",), (("2012-05-15", "2017-05-14"),)),
    ("president", ("Macron",), (("2017-05-14", None),)),
    ("president", ("Mubarak",), (("1981-10-14", "2011-02-11"),)),
    ("president", ("Saddam Hussein", "Saddam"), (("1979-07-16", "2003-04-09"),)),
    ("president", ("de Klerk",), (("1989-08-15", "1994-05-10"),)),
    ("president", ("Mandela",), (("1994-05-10", "1999-06-14"),)),
    ("president", ("Mbeki",), (("1999-06-14", "2008-09-24"),)),
    ("president", ("Zuma",), (("2009-05-09", "2018-02-14"),)),
    ("president", ("Ramaphosa",), (("2018-02-15", None),)),
    ("president", ("Jiang Zemin",), (("1993-03-27", "2003-03-15"),)),
    ("president", ("Hu Jintao",), (("2003-03-15", "2013-03-14"),)),
    ("president", ("Xi Jinping",), (("2013-03-14", None),)),
    ("president", ("Hafez Assad", "Hafez al-Assad", "Assad"), (("1971-03-14", "2000-06-10"),)),
    ("president", ("Bashar Assad", "Bashar al-Assad", "Assad"), (("2000-07-17", "2024-12-08"),)),
    ("president", ("Khatami",), (("1997-08-03", "2005-08-03"),)),
    ("president", ("Ahmadinejad",), (("2005-08-03", "2013-08-03"),)),
    ("president", ("Rouhani",), (("2013-08-03", "2021-08-03"),)),
    ("president", ("Arafat",), (("1994-07-05", "2004-11-11"),)),
    ("president", ("Abbas",), (("2005-01-15", None),)),
    ("president", ("Zelensky", "Zelenskyy", "Zelenskiy"), (("2019-05-20", None),)),
    ("president", ("Erdogan", "Erdoğan"), (("2014-08-28", None),)),
    ("president", ("Lula", "Lula da Silva"), (("2003-01-01", "2011-01-01"), ("2023-01-01", None))),
    # Vice Presidents of the United States
    ("us-vice-president", ("Bush",), (("1981-01-20", "1989-01-20"),)),
    ("us-vice-president", ("Quayle",), (("1989-01-20", "1993-01-20"),)),
    ("us-vice-president", ("Gore",), (("1993-01-20", "2001-01-20"),)),
    ("us-vice-president", ("Cheney",), (("2001-01-20", "2009-01-20"),)),
    ("us-vice-president", ("Biden",), (("2009-01-20", "2017-01-20"),)),
    ("us-vice-president", ("Pence",), (("2017-01-20", "2021-01-20"),)),
    ("us-vice-president", ("Harris",), (("2021-01-20", "2025-01-20"),)),
    ("us-vice-president", ("Vance",), (("2025-01-20", None),)),
    # Secretaries of State of the United States
    ("us-secretary-of-state", ("Shultz",), (("1982-07-16", "1989-01-20"),)),
    ("us-secretary-of-state", ("Baker",), (("1989-01-25", "1992-08-23"),)),
    ("us-secretary-of-state", ("Eagleburger",), (("1992-08-23", "1993-01-20"),)),
    ("us-secretary-of-state", ("Christopher",), (("1993-01-20", "1997-01-17"),)),
    ("us-secretary-of-state", ("Albright",), (("1997-01-23", "2001-01-20"),)),
    ("us-secretary-of-state", ("Powell",), (("2001-01-20", "2005-01-26"),)),
    ("us-secretary-of-state", ("Rice",), (("2005-01-26", "2009-01-20"),)),
    ("us-secretary-of-state", ("Clinton",), (("2009-01-21", "2013-02-01"),)),
    ("us-secretary-of-state", ("Kerry",), (("2013-02-01", "2017-01-20"),)),
    ("us-secretary-of-state", ("Tillerson",), (("2017-02-01", "2018-03-31"),)),
    ("us-secretary-of-state", ("Pompeo",), (("2018-04-26", "2021-01-20"),)),
    ("us-secretary-of-state", ("Blinken",), (("2021-01-26", "2025-01-20"),)),
    ("us-secretary-of-state", ("Rubio",), (("2025-01-21", None),)),
    # Secretaries of Defense of the United States
    ("us-secretary-of-defense", ("Weinberger",), (("1981-01-21", "1987-11-23"),)),
    ("us-secretary-of-defense", ("Carlucci",), (("1987-11-23", "1989-01-20"),)),
    ("us-secretary-of-defense", ("Cheney",), (("1989-03-21", "1993-01-20"),)),
    ("us-secretary-of-defense", ("Aspin",), (("1993-01-20", "1994-02-03"),)),
    ("us-secretary-of-defense", ("Perry",), (("1994-02-03", "1997-01-24"),)),
    ("us-secretary-of-defense", ("Cohen",), (("1997-01-24", "2001-01-20"),)),
    ("us-secretary-of-defense", ("Rumsfeld",), (("2001-01-20", "2006-12-18"),)),
    ("us-secretary-of-defense", ("Gates",), (("2006-12-18", "2011-07-01"),)),
    ("us-secretary-of-defense", ("Panetta",), (("2011-07-01", "2013-02-27"),)),
    ("us-secretary-of-defense", ("Hagel",), (("2013-02-27", "2015-02-17"),)),
    ("us-secretary-of-defense", ("Carter",), (("2015-02-17", "2017-01-20"),)),
    ("us-secretary-of-defense", ("Mattis",), (("2017-01-20", "2019-01-01"),)),
    ("us-secretary-of-defense", ("Esper",), (("2019-07-23", "2020-11-09"),)),
    ("us-secretary-of-defense", ("Austin",), (("2021-01-22", "2025-01-20"),)),
    ("us-secretary-of-defense", ("Hegseth",), (("2025-01-25", None),)),
    # Secretaries of the Treasury of the United States
    ("us-treasury-secretary", ("Baker",), (("1985-02-04", "1988-08-17"),)),
    ("us-treasury-secretary", ("Brady",), (("1988-09-15", "1993-01-20"),)),
    ("us-treasury-secretary", ("Bentsen",), (("1993-01-20", "1994-12-22"),)),
    ("us-treasury-secretary", ("Rubin",), (("1995-01-11", "1999-07-02"),)),
    ("us-treasury-secretary", ("Summers",), (("1999-07-02", "2001-01-20"),)),
    ("us-treasury-secretary", ("O'Neill", "O’Neill"), (("2001-01-20", "2002-12-31"),)),
    ("us-treasury-secretary", ("Snow",), (("2003-02-03", "2006-06-30"),)),
    ("us-treasury-secretary", ("Paulson",), (("2006-07-10", "2009-01-20"),)),
    ("us-treasury-secretary", ("Geithner",), (("2009-01-26", "2013-01-25"),)),
    ("us-treasury-secretary", ("Lew",), (("2013-02-28", "2017-01-20"),)),
    ("us-treasury-secretary", ("Mnuchin",), (("2017-02-13", "2021-01-20"),)),
    ("us-treasury-secretary", ("Yellen",), (("2021-01-26", "2025-01-20"),)),
    ("us-treasury-secretary", ("Bessent",), (("2025-01-28", None),)),
    # Attorneys General of the United States
    ("us-attorney-general", ("Meese",), (("1985-02-25", "1988-08-12"),)),
    ("us-attorney-general", ("Thornburgh",), (("1988-08-12", "1991-08-15"),)),
    ("us-attorney-general", ("Barr",), (("1991-11-26", "1993-01-20"), ("2019-02-14", "2020-12-23"))),
    ("us-attorney-general", ("Reno",), (("1993-03-12", "2001-01-20"),)),
    ("us-attorney-general", ("Ashcroft",), (("2001-02-02", "2005-02-03"),)),
    ("us-attorney-general", ("Gonzales",), (("2005-02-03", "2007-09-17"),)),
    ("us-attorney-general", ("Mukasey",), (("2007-11-09", "2009-01-20"),)),
    ("us-attorney-general", ("Holder",), (("2009-02-03", "2015-04-27"),)),
    ("us-attorney-general", ("Lynch",), (("2015-04-27", "2017-01-20"),)),
    ("us-attorney-general", ("Sessions",), (("2017-02-09", "2018-11-07"),)),
    ("us-attorney-general", ("Garland",), (("2021-03-11", "2025-01-20"),)),
    ("us-attorney-general", ("Bondi",), (("2025-02-05", None),)),
    # Secretaries-General of the United Nations
    ("un-secretary-general", ("Pérez de Cuéllar", "Perez de Cuellar"), (("1982-01-01", "1991-12-31"),)),
    ("un-secretary-general", ("Boutros Boutros-Ghali", "Boutros-Ghali"), (("1992-01-01", "1996-12-31"),)),
    ("un-secretary-general", ("Annan",), (("1997-01-01", "2006-12-31"),)),
    ("un-secretary-general", ("Ban Ki-moon", "Ban"), (("2007-01-01", "2016-12-31"),)),
    ("un-secretary-general", ("Guterres",), (("2017-01-01", None),)),
    # Prime ministers: the United Kingdom
    ("prime-minister", ("Thatcher",), (("1979-05-04", "1990-11-28"),)),
    ("prime-minister", ("Major",), (("1990-11-28", "1997-05-02"),)),
    ("prime-minister", ("Blair",), (("1997-05-02", "2007-06-27"),)),
    ("prime-minister", ("Brown",), (("2007-06-27", "2010-05-11"),)),
    ("prime-minister", ("Cameron",), (("2010-05-11", "2016-07-13"),)),
    ("prime-minister", ("Theresa May",), (("2016-07-13", "2019-07-24"),)),
    ("prime-minister", ("Johnson",), (("2019-07-24", "2022-09-06"),)),
    ("prime-minister", ("Truss",), (("2022-09-06", "2022-10-25"),)),
    ("prime-minister", ("Sunak",), (("2022-10-25", "2024-07-05"),)),
    ("prime-minister", ("Starmer",), (("2024-07-05", None),)),
    # ... Israel
    ("prime-minister", ("Rabin",), (("1974-06-03", "1977-06-20"), ("1992-07-13", "1995-11-04"))),
    ("prime-minister", ("Shamir",), (("1983-10-10", "1984-09-13"), ("1986-10-20", "1992-07-13"))),
    ("prime-minister", ("Peres",), (("1984-09-13", "1986-10-20"), ("1995-11-04", "1996-06-18"))),
    ("prime-minister", ("Netanyahu",), (("1996-06-18", "1999-07-06"), ("2009-03-31", "2021-06-13"),
                                         ("2022-12-29", None))),
    ("prime-minister", ("Barak",), (("1999-07-06", "2001-03-07"),)),
    ("prime-minister", ("Sharon",), (("2001-03-07", "2006-01-04"),)),
    ("prime-minister", ("Olmert",), (("2006-01-04", "2009-03-31"),)),
    ("prime-minister", ("Bennett",), (("2021-06-13", "2022-06-30"),)),
    ("prime-minister", ("Lapid",), (("2022-07-01", "2022-12-29"),)),
    # ... Canada
    ("prime-minister", ("Mulroney",), (("1984-09-17", "1993-06-25"),)),
    ("prime-minister", ("Chrétien", "Chretien"), (("1993-11-04", "2003-12-12"),)),
    ("prime-minister", ("Harper",), (("2006-02-06", "2015-11-04"),)),
    ("prime-minister", ("Trudeau",), (("1968-04-20", "1979-06-04"), ("1980-03-03", "1984-06-30"),
                                       ("2015-11-04", "2025-03-14"))),
    ("prime-minister", ("Carney",), (("2025-03-14", None),)),
    # ... India, Japan, Turkey, Italy, Australia
    ("prime-minister", ("Manmohan Singh",), (("2004-05-22", "2014-05-26"),)),
    ("prime-minister", ("Modi",), (("2014-05-26", None),)),
    ("prime-minister", ("Koizumi",), (("2001-04-26", "2006-09-26"),)),
    ("prime-minister", ("Abe",), (("2006-09-26", "2007-09-26"), ("2012-12-26", "2020-09-16"))),
    ("prime-minister", ("Erdogan", "Erdoğan"), (("2003-03-14", "2014-08-28"),)),
    ("prime-minister", ("Berlusconi",), (("1994-05-10", "1995-01-17"), ("2001-06-11", "2006-05-17"),
                                         ("2008-05-08", "2011-11-16"))),
    ("prime-minister", ("Meloni",), (("2022-10-22", None),)),
    ("prime-minister", ("Howard",), (("1996-03-11", "2007-12-03"),)),
    ("prime-minister", ("Rajiv Gandhi",), (("1984-10-31", "1989-12-02"),)),
    ("prime-minister", ("Vajpayee",), (("1996-05-16", "1996-06-01"), ("1998-03-19", "2004-05-22"))),
    ("prime-minister", ("Nawaz Sharif", "Sharif"), (("1990-11-06", "1993-07-18"), ("1997-02-17", "1999-10-12"),
                                                   ("2013-06-05", "2017-07-28"))),
    ("prime-minister", ("Shehbaz Sharif", "Sharif"), (("2022-04-11", "2023-08-14"), ("2024-03-04", None))),
    ("prime-minister", ("Bhutto",), (("1988-12-02", "1990-08-06"), ("1993-10-19", "1996-11-05"))),
    ("prime-minister", ("Hashimoto",), (("1996-01-11", "1998-07-30"),)),
    ("prime-minister", ("Obuchi",), (("1998-07-30", "2000-04-05"),)),
    ("prime-minister", ("Hun Sen",), (("1985-01-14", "2023-08-22"),)),
    ("prime-minister", ("Chernomyrdin",), (("1992-12-14", "1998-03-23"),)),
    ("prime-minister", ("Primakov",), (("1998-09-11", "1999-05-12"),)),
    # Premiers of China
    ("premier", ("Li Peng",), (("1987-11-24", "1998-03-17"),)),
    ("premier", ("Zhu Rongji",), (("1998-03-17", "2003-03-16"),)),
    ("premier", ("Wen Jiabao",), (("2003-03-16", "2013-03-15"),)),
    ("premier", ("Li Keqiang",), (("2013-03-15", "2023-03-11"),)),
    ("premier", ("Li Qiang",), (("2023-03-11", None),)),
    # Presidents of Pakistan
    ("president", ("Musharraf",), (("2001-06-20", "2008-08-18"),)),
    # Chancellors of Germany
    ("german-chancellor", ("Kohl",), (("1982-10-01", "1998-10-27"),)),
    ("german-chancellor", ("Schröder", "Schroeder", "Schroder"), (("1998-10-27", "2005-11-22"),)),
    ("german-chancellor", ("Merkel",), (("2005-11-22", "2021-12-08"),)),
    ("german-chancellor", ("Scholz",), (("2021-12-08", "2025-05-06"),)),
    ("german-chancellor", ("Merz",), (("2025-05-06", None),)),
    # Chairs of the Federal Reserve
    ("fed-chair", ("Volcker",), (("1979-08-06", "1987-08-11"),)),
    ("fed-chair", ("Greenspan",), (("1987-08-11", "2006-01-31"),)),
    ("fed-chair", ("Bernanke",), (("2006-02-01", "2014-01-31"),)),
    ("fed-chair", ("Yellen",), (("2014-02-03", "2018-02-03"),)),
    ("fed-chair", ("Powell",), (("2018-02-05", None),)),
    # Popes
    ("pope", ("John Paul II", "John Paul"), (("1978-10-16", "2005-04-02"),)),
    ("pope", ("Benedict XVI", "Benedict"), (("2005-04-19", "2013-02-28"),)),
    ("pope", ("Francis",), (("2013-03-13", "2025-04-21"),)),
    ("pope", ("Leo XIV",), (("2025-05-08", None),)),
    # Leaders of the Soviet Union
    ("soviet-leader", ("Brezhnev",), (("1964-10-14", "1982-11-10"),)),
    ("soviet-leader", ("Andropov",), (("1982-11-12", "1984-02-09"),)),
    ("soviet-leader", ("Chernenko",), (("1984-02-13", "1985-03-10"),)),
    ("soviet-leader", ("Gorbachev",), (("1985-03-11", "1991-12-25"),)),
]
