"""Tables for building dated statements: clause boundaries, attribution, and signals.

A statement is the clause that a date governs. These tables say where
clauses split, what attribution to trim from a summary, and which words
before a date mean it does not place the clause on that date ("since 2009").
"""

from . import tense as T

# Text between two dates in one sentence is split at the last of these.
CLAUSE_BREAKS: list[str] = [
    r";\s+", r",\s+(?:and|but|while|whereas|although|though|then|when|after|before|allowing|leading)\s+",
    r",\s+", r"(?<!\s)\s+(?:and|but|while|when|after|before)\s+",
]

# Attribution phrases removed from summaries, each with the words one of which every match
# contains (case-sensitive, as the patterns are): a clause without them is not searched.
# "(?:,|(?<!\s))" (a comma, or else not after a blank) starts a match at the first blank of a
# run, where it would start anyway, so that a long run of blanks is not scanned once per blank.
ATTRIBUTION: list[tuple[str, tuple[str, ...]]] = [
    # one that ends the clause, whoever it names: ", according to Pakistan's foreign office."
    (r",\s*according to [^,;:\"“”()]+?(?=[.!?]?\s*$)", ("according to ",)),
    (r"(?:,|(?<!\s))\s*according to (?:the )?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*(?: news (?:agency|service)| tool"
     r"| data| survey| poll| report| index| figures| estimates?| tally| count| statement| website)?",
     ("according to ",)),
    # after a comma, a closing quote or at the start: "Opposition leader Aminata Sangare said the protest was
    # illegal" keeps what was said
    (r"(?:,|(?<=[\"”’'])|^)\s*(?:the )?[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*)* (?:said|reported|wrote|reports|says|quoted)\b"
     # to the full stop, not a decimal point ("$8.2 billion") nor an initial's ("the U.S. economy")
     r"(?:[^.]|\.(?=\d)|(?<=\b[A-Z])\.)*?(?=(?<!\b[A-Z])\.(?!\d)|$)",
     (" said", " reported", " wrote", " reports", " says", " quoted")),
    (r"(?:,|(?<!\s))\s*(?:several |other |diplomatic |government |military )*sources (?:said|reported|say)\b",
     ("sources ",)),
    # at the end, after a comma, in lower case but for a first word: "..., prosecutors said.", "..., he said.",
    # "..., Saudi officials said."; or a title in lower case and a name: "..., spokesman Andi Rahman said."
    (r",\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){0,3}[a-z]+(?:\s+[a-z]+){0,4}"
     r"|(?:[a-z]+\s+){1,3}(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*) (?:said|say|says|reported|added)"
     r"(?=[.!?]?[\"”’']?\s*$)",
     (" said", " say", " says", " reported", " added")),
    (r"\breportedly\s+", ("reportedly",)),
    (r"(?:,|(?<!\s))\s*as [A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*reports,?", ("reports",)),
]

# Words right before an expression that make it a boundary, not the event's date.
# A date in a comparison ("..., up from 830 a day earlier", "compared with $3 million a year ago") is the time
# compared with: it places nothing. The figures of the clause are not of that time.
COMPARISON_LEADS: tuple[str, ...] = ("up from", "down from", "compared with", "compared to", "versus", "vs.")
# ... and "than" right before a date ("a smaller drop than in the final quarter of 2024"): the time compared with, which
# places nothing and stays in the summary
THAN_BEFORE_DATE = r"\bthan\s+(?:(?:in|on|at|during|for|over)\s+)?(?:the\s+)?$"
# A date remembered ("dedicated to the anniversary of the tragic events of 9 April 1989", "commemorate the victims of 9
# April 1989"): the clause tells the remembering, not the happening remembered, so the date places nothing (the
# publication-date clues read it so too: ``REMEMBERED_BEFORE`` in ``rules/pubdate.py``).
REMEMBERED_BEFORE = (r"\b(?:anniversary|anniversaries|victims|memory|memorial|commemoration|remembrance|martyrs|heroes|"
                     r"survivors|veterans|events|massacre|tragedy|uprising|crackdown)\s+of\s+(?:the\s+)?"
                     r"(?:(?:those|people|protesters|demonstrators)\s+(?:killed|who\s+died)\s+(?:on|in)\s+)?$")
NON_PLACING_SIGNALS: list[str] = ["since", "until", "till", "through", "as early as", "by", "from",
                                  "until at least", "till at least", "through at least", "by at least",
                                  "from at least", "since at least", "on or before",
                                  "until after", "till after", "until before", "till before",
                                  # a change that reaches back: "a rise offered in September, backdated to April"
                                  "backdated to", "retroactive to",
                                  # the end of a reporting period, not an event: "the fourth quarter ended Dec. 31"
                                  "quarter ended", "quarter ending", "year ended", "year ending", "period ended",
                                  "period ending", "months ended", "months ending", "weeks ended", "weeks ending",
                                  "month ended", "month ending", "half ended", "half ending"]

# Words before a date phrase removed with it from a summary.
DATE_PREPOSITIONS: list[str] = ["on", "in", "at", "during", "of", "for", "from", "back in", "as of", "earlier", "later",
                                "on or about", "on or around", "on or before", "on or after", "early on", "late on",
                                "early in", "late in", "later in", "earlier in",
                                "last", "this past", "this coming",
                                "around", "since", "until", "till", "by", "through", "as early as", "over",
                                "until after", "till after", "until before", "till before",
                                "throughout", "within", "into", "between", "starting", "beginning", "dated",
                                "shortly before", "shortly after", "just before", "just after", "starting on",
                                "starting in", "beginning on", "beginning in", "due on", "due in", "due by",
                                "scheduled for", "set for", "slated for", "planned for", "before", "after", "from at least",
                                "since at least", "most of", "much of", "all of", "part of", "for most of",
                                "for much of", "for all of", "for part of", "for the rest of", "the rest of",
                                "for the remainder of", "the remainder of", "effective", "effective from",
                                "effective on", "as from", "with effect from", "no earlier than", "no later than",
                                "no sooner than", "as recently as", "as late as", "as long ago as", "as soon as",
                                "expected in", "expected on", "expected by",
                                # an approximation the expression leaves out ("on or about February 27", where the
                                # expression is "about February 27"; "since about 2019")
                                "on or", "since about", "since around", "from about", "from around", "until about",
                                "until around",
                                # a new date given ("adjourned sentencing to 3 April"; a span's "to" is joined before)
                                "to"]

# Nouns of a forecast or a plan: a period after "for" is the one they are about, not when they were made ("cut its
# outlook for the year", "abandoned its forecast for a profit this fiscal year", "approved the budget for 2026"):
# that date places nothing.
FORECAST_NOUNS: tuple[str, ...] = ("forecast", "forecasts", "outlook", "guidance", "target", "targets", "projection",
                                   "projections", "estimate", "estimates", "prediction", "predictions", "budget")

# Verbs that put a happening named in the possessive after or before another, which the sentence dates apart:
# "Tuesday night's loss followed a 3-0 home defeat by Brentmoor on Saturday" tells of a loss on Tuesday night.
SEQUENCE_VERBS: tuple[str, ...] = ("followed", "follows", "came after", "comes after", "preceded", "precedes",
                                   "came a day after", "came days after", "came a week after", "came weeks after")

# Words of a level reached, which a date after "by" tells the time of ("The fire was 65% contained by Saturday"): the
# level is the report of that date, not a deadline.
LEVEL_WORDS: tuple[str, ...] = ("contained", "containment")
# Participles of a plan or a demand: "was expected to be finished by Friday", "were told to leave by noon" tell a deadline,
# not a thing done by then.
PLANNED_PARTICIPLES: tuple[str, ...] = ("expected", "scheduled", "supposed", "planned", "meant", "required", "ordered",
                                        "told", "asked", "urged", "set", "due", "given", "forecast", "projected",
                                        "predicted", "hoped", "intended", "designed", "obliged", "forced", "allowed",
                                        "promised", "pledged", "vowed", "committed", "targeted", "aimed")

# What an anniversary does ("as the second anniversary of his abduction nears"): the words between "anniversary of"
# and one of these name the happening.
ANNIVERSARY_VERBS: tuple[str, ...] = ("nears", "neared", "approaches", "approached", "looms", "loomed", "falls", "fell",
                                      "passes", "passed", "arrives", "arrived", "is marked", "was marked")

# Verbs of extent in the present: before a month written without a year they tell a period of every year ("the rainy
# season, which runs from November to April", "The monsoon lasts from June to September"), no happening.
RECURRING_SPAN_VERBS: tuple[str, ...] = ("runs", "run", "lasts", "last", "stretches", "stretch", "extends", "extend",
                                         "spans", "span")

# A present-day vantage on the writer's assessment dates the judgement, not a happening: "But today it appears that the
# greatest threat is not the rebels", "It now seems the plane was shot down" place nothing. The vantage words, and the
# frames of assessment right after them (or right before: "it seems now that").
ASSESSMENT_VANTAGES: tuple[str, ...] = ("today", "now", "nowadays", "these days")
ASSESSMENT_FRAME = (r"it\s+(?:appears|appeared|seems|seemed|looks|looked|is\s+(?:clear|likely|unlikely|evident|apparent|"
                    r"obvious|possible|plain))\b")

# Words after a hyphenated date ("third-quarter", "mid-October") that are no noun it labels: with one of them the date
# is the clause's own ("in mid-October the board met") and goes with its preposition.
NOT_LABELLED_NOUNS: tuple[str, ...] = ("the", "a", "an", "and", "or", "to", "of", "in", "on", "at", "for", "by", "with",
                                       "from", "as", "is", "was", "were", "are", "will", "would", "has", "had", "he",
                                       "she", "it", "they", "we", "its", "their", "his", "her", "after", "before",
                                       "when", "than", "that", "which", "who")

# Determiners between those words and a date, removed with them ("for its fourth quarter": "The company reported a
# loss."); longest first.
DATE_DETERMINERS: tuple[str, ...] = ("their", "the", "its", "his", "her", "our")

# How many of the article's latest dated statements "four days after the coup" looks back through for "the coup".
EVENT_LOOKBACK = 200
# The antecedents of a clause that names its happening by a definite noun ("The decision was announced at noon":
# ``E.ANAPHORIC_HAPPENING``): at most this many sentences before it, of its paragraph or at most this many
# paragraphs before (a wire gives each sentence a paragraph). The merge reads the nearest that tells of a happening.
ANTECEDENT_SENTENCES = 3
ANTECEDENT_PARAGRAPHS = 2

# Words between a day and a time of day that only make the day finer ("on March 23 at 6 a.m.",
# "Wednesday at dawn", "Friday in the afternoon"): the two are one date, the time of day's.
TIME_OF_DAY_JOINERS: tuple[str, ...] = ("at", "around", "about", "in", "before", "after", "shortly before",
                                        "shortly after", "just before", "just after")

# A clause that is only its attribution ("..., officials said on Thursday", "a spokesman told reporters
# on Monday") dates the saying: its statement is summarised by the whole sentence, attribution kept.
REPORTING_VERBS: tuple[str, ...] = tuple(sorted(T.REPORTING_WORDS | {
    "say", "tells", "reports", "wrote", "announced", "confirmed", "claimed", "insisted", "warned", "showed",
    "shows"}))
# Attribution set off by commas after a sentence's first phrase: "Mr. Antar, the SEC said, made more than $60
# million" ("Mr. Antar made ..."); after a clause these words open, the comma stays ("If holders avoid tendering,
# he added, they can expect strong dividends": "If holders avoid tendering, they can expect ...").
ATTRIBUTION_ASIDE = (r"^(?P<pre>(?P<sub>(?:If|When|While|Although|Because|As|Unless|Though|Once|Since|After|Before)\b)?"
                     r"[^,;]*?),\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}(?:[a-z]+\s+){0,2}"
                     r"(?:said|says|reported|added),(?=\s)")
# The verbs of an attribution set off by commas ("..., the health ministry said", "The rebels, the army said on Monday,
# seized the town"): what stands around such an aside is the clause's own.
SAID_VERBS: tuple[str, ...] = ("said", "says", "reported", "told", "added")

# Where something was said, after the reporting verb of an attribution ("the ministry said in a statement on Tuesday",
# "told a news conference"): still only the attribution.
ATTRIBUTION_SETTINGS: tuple[str, ...] = T.SAID_SETTINGS  # one table with resolution's (a "televised address" too)
ATTRIBUTION_MAX_WORDS = 5  # words before the reporting verb in such a clause ("a senior army spokesman said")
# A date right after a reporting verb (and its hearer) is when something was said: "The ministry said on Thursday that
# the border reopened on Monday". When a later date of the same clause tells when the reported thing happened, on or
# before the saying, that date places the clause and the saying's date places nothing (one event, on Monday). What
# is announced for later ("said on Tuesday he would resign next month") keeps both: the announcement is news too.
SAYING_DATE_BEFORE = (r"\b(?:" + "|".join(REPORTING_VERBS) + r")\s+(?:(?:" + "|".join(T.HEARERS)
                      + r"|the\s+[\w-]+|[A-Z][\w.-]*)\s+)?(?:on\s+)?(?:late\s+|early\s+)?$")

# Verbs that open a clause whose subject is in the clause before ("..., who was elected in March, said late
# Saturday that ..."): the summary borrows that subject.
SUBJECTLESS_OPENERS: tuple[str, ...] = ("was", "is", "were", "are", "had", "has", "have", "will", "would", "did",
                                        "could", "should", "then") + REPORTING_VERBS

# Past forms besides those in "-ed" that end a sentence's opening subject: a clause that opens with a verb
# ("Construction began in 2013 and was finished four years later") borrows the words before the first of them
# ("Construction was finished.") when they are at most SUBJECT_MAX_WORDS; and forms in "-ed" too short for the
# "-ed" test, which wants three letters before it ("died", "used").
IRREGULAR_PAST: frozenset[str] = frozenset("""began became broke brought built bought came chose drew drove fell fled
fought found flew froze gave went grew held hit kept knew led left lost made met paid ran rose said sold sent shot
sank sat saw spoke spent stood struck swept took told threw won wore wrote cut shut seized retook overran
caught sought taught hid laid rode shook stole stuck tore withdrew understood rang sang hung slid woke dug
died tied lied used owed""".split())
SUBJECT_MAX_WORDS = 5
# Nouns a clock time labels ("the 7pm deadline on Monday", "a 3pm kick-off on Saturday"): the time is on the day after.
CLOCK_LABELLED_NOUNS: tuple[str, ...] = ("deadline", "kick-off", "kickoff", "start", "curfew", "launch", "meeting",
                                         "session", "briefing", "flight", "departure", "arrival", "vote", "window",
                                         "lock-up", "lockup", "headcount", "roll call", "shift", "news conference",
                                         "press conference", "advisory", "update", "bulletin", "train", "service",
                                         "close", "opening", "match", "game", "race", "show", "broadcast", "restart",
                                         "tee-off", "tee time", "tip-off", "first pitch", "final", "semifinal",
                                         "semi-final")
# Words that open a phrase set off by a comma before a sentence's subject ("After two false starts, the lander finally
# left Earth"): a participle clause after the sentence says what that subject did, not what the phrase's words did.
FRONTED_PHRASE_OPENERS: tuple[str, ...] = ("After", "Before", "In", "On", "At", "Since", "Despite", "Following", "During",
                                           "With", "Without", "Amid", "Under", "Once", "Earlier", "Later", "Hours",
                                           "Days", "Weeks", "Months", "Years", "Minutes", "Moments")
# Past participles besides those in "-ed": a second one after "SUBJECT was VERBed ... and" shares the auxiliary
# ("The man was shot on Friday and taken to hospital": "The man was taken to hospital.").
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset("""born built held made sold won written taken shot hit caught found
struck seen given sent brought kept left beaten bitten broken chosen driven eaten fallen flown forgotten frozen
hidden known ridden risen shaken spoken stolen sworn thrown torn woken worn withdrawn overrun retaken seized cut
shut put set hurt laid paid told""".split())
# Pasts in "-ed" that say what their subject did, not what was done to it: after "SUBJECT was VERBed ... and" they
# share no auxiliary ("He was elected in 1974 and retired in 1993": "He retired.").
ACTIVE_PASTS: frozenset[str] = frozenset("""retired died resigned returned arrived departed emerged collapsed
surrendered escaped vanished disappeared ended started stayed remained lived worked served moved travelled traveled
traded rallied jumped climbed slumped dropped declined rose peaked plunged soared tumbled happened
occurred landed crashed exploded erupted testified appeared voted agreed decided promised refused hoped planned
tried wanted continued failed succeeded won lost""".split())

# A clause too weak to stand alone as a summary is replaced by its whole sentence (its dates left out):
# one of fewer words than this ("the bell Thursday"; but a subject and its past verb, "Construction began.",
# stand), or one that opens with a word that needs the clause before it ("to take effect on October 1",
# "which must pass by Sept. 30"), or a comparison that needs the figure it is compared with ("up from 830 a
# day earlier", "from $3.4 billion a year earlier"). A participle ("capping a case that began in 2009") says
# what happened then: it is kept.
# A fragment clause that only says when, relative to a named happening whose date it gives ("weeks after the
# Brexit referendum on 23 June", "two days before the vote on Sunday"), is summarised by that happening's noun
# phrase ("The Brexit referendum."), when it has at most NAMED_EVENT_MAX_WORDS words.
NAMED_EVENT_LEADS: tuple[str, ...] = ("after", "before", "following", "ahead of", "with")
NAMED_EVENT_MAX_WORDS = 6
# Inside a longer clause, a date right after such a happening is the happening's, not the clause's: "staged a
# coup following the ouster of Omar al-Bashir in April 2019" dates the ouster ("The ouster of Omar al-Bashir.").
# (Not "amid": what is done amid a happening is done at its time, and says more: "Shares rose amid the speculation
# on Monday" is the shares'.)
ATTACHED_EVENT_LEADS: tuple[str, ...] = ("after", "before", "following", "ahead of", "since", "until")
ATTACHED_EVENT_MAX_WORDS = 10  # "a stabbing outside a nightclub in Leeds city centre"
# Dates in parentheses right after a noun phrase, with nothing but these words between them, are that noun
# phrase's ("two previous Tuareg rebellions (1962-1964 and 1990-1995)", "former president Blaise Compaore
# (1987-2014)"): the noun phrase is what happened then, not the clause around it.
# ("in" or "on" makes it an aside of the verb's: "He was born in Lagos (in 1960)".)
PARENTHESIS_JOINERS: tuple[str, ...] = ("and", "to", "through", "until", "from", "between", "-", "–", ",", ";")
# The noun phrase runs back from the parenthesis, at most this many words, to a determiner or a count (which it
# keeps), or to a preposition or a verb (which it does not; then it must hold a name).
PARENTHESIZED_MAX_WORDS = 6
NOUN_PHRASE_STOPS: frozenset[str] = frozenset("""in on at of for with by from to under during after before since
against about among between into over through without within near and or but as than is are was were be been
has have had""".split())

# Without a determiner, a noun phrase after "since" names the happening when its head is a noun made from a verb
# or an adjective: "has had four coups since independence from Portugal in 1974" ("Independence from Portugal.").
# (After the other leads such a noun is often a plan or a generic: "will relinquish power after elections next
# month" is said of the president, not of elections.)
BARE_HAPPENING_LEADS: tuple[str, ...] = ("since",)
BARE_HAPPENING_SUFFIXES: tuple[str, ...] = ("ence", "ance", "tion", "sion", "ment")
# With no preposition between them, only a date opening with one of these words (or a weekday) is the happening's:
# "after the invasion last August", but "after a flat second quarter" is one noun phrase.
BARE_DATE_OPENERS: frozenset[str] = frozenset("last this next yesterday today tomorrow early late earlier".split())

# A happening named as the object of a verb, with the date it is set for ("Rishi Sunak has called a general
# election for 4 July"): the date is the happening's ("A general election."), not the verb's.
SCHEDULED_HAPPENINGS: frozenset[str] = frozenset("""election elections vote referendum poll polls ballot runoff
summit meeting meetings hearing hearings trial talks strike walkout visit launch ceremony inauguration debate
conference congress convention match final game race""".split())

# Nouns of happenings: the scheduled ones above, and sudden ones. A date in the possessive after a boundary word
# names one ("since last Friday's collision": "The collision." on that Friday), and a shift after or before one
# counts from the day the article gave it ("four days after the coup").
HAPPENING_NOUNS: frozenset[str] = SCHEDULED_HAPPENINGS | frozenset("""attack attacks bombing blast explosion
shooting crash collision accident fire fires blaze earthquake quake storm flood floods flooding landslide eruption
outbreak coup putsch mutiny uprising revolt rebellion takeover invasion war ceasefire truce raid strike strikes
protest protests riot riots march rally arrest arrests killing killings massacre ambush clash clashes fighting
offensive assault derailment collapse outage shutdown announcement decision ruling verdict resignation ouster
death deaths funeral wedding birth release launch disaster tragedy incident sinking capsizing shipwreck stampede
hijacking kidnapping abduction evacuation cut cuts hike hikes speech address statement remarks briefing signing
agreement deal vote approval victory defeat win crisis crises recession depression pandemic epidemic famine genocide
scandal tsunami hurricane typhoon cyclone tornado drought heatwave olympics games tournament championship
revolution bailout merger acquisition restructuring recapitalization bankruptcy""".split())

# A participle after the subject, then the date and the main verb ("A suspect arrested on Friday has been charged")
# dates the participle: "A suspect was arrested." These participles name a time planned instead, and stay.
NOT_REDUCED_PARTICIPLES: frozenset[str] = frozenset("scheduled slated planned expected set due dated".split())
# Nouns of two words whose second is spelt like a participle: "the bank's rate cut on Thursday" is no rate that was cut.
COMPOUND_NOUNS: frozenset[str] = frozenset(("rate cut", "tax cut", "price cut", "pay cut", "job cut", "budget cut",
                                            "spending cut", "power cut", "box-office hit"))
# Nouns of what was said: a participle after one ("in a statement released on Friday") dates the saying, whose
# content is the clause's, not a happening of its own.
SAYING_NOUNS: frozenset[str] = frozenset("""statement statements report reports interview interviews speech letter
post message tweet release briefing filing announcement remarks note memo""".split())
# Capitalised words that open a sentence and are no name: "its results" after them is not theirs to own.
NOT_A_NAME_START: frozenset[str] = frozenset("""The A An This That These Those It He She They We I You There Its Their His
Her Our My Your Some Many Most All Each Every Both Other Another Such No One Two Three Four Five Six Seven Eight Nine
Ten Shares Stocks Prices Officials Police Analysts Investors""".split())
# Words that open a clause or stand for its subject: a noun phrase holding one, or right after one, is no object that a
# participle after it describes ("after the stock market closed Wednesday", "the 16 cents a share it reported").
NOT_IN_OBJECT_NOUN_PHRASE: frozenset[str] = frozenset("""it he she they we i you as when after before since until
because while if that which who whom whose and or but so than once where""".split())
# verbs that open the main clause after such a subject and its date
MAIN_VERBS_AFTER_SUBJECT: frozenset[str] = frozenset("""was were is are has have had will would could should may might
must can remains remained became becomes proved proves""".split())

# A sentence that, its dates left out, holds only these words ("It is Monday, not Tuesday.") dates nothing.
FUNCTION_WORDS: frozenset[str] = frozenset("""a an the it its it's is are was were be been am not no yes and or but
so of on in at to for by from as this that these those there here he she they we you i me him her them us his
their our my your do does did has have had will would shall should can could may might must also only just then
now still again""".split())

MIN_SUMMARY_WORDS = 3
WEAK_OPENERS: frozenset[str] = frozenset("to which who whom whose where up down from compared against versus".split())

# A relative clause with a date (", who was elected in March,") is a statement about its head: the sentence's
# opening noun phrase when it starts with one of these and holds none of the verbs below ("The former mayor,
# who was convicted in March, ..."), or a name ("President Uhuru Kenyatta", "The Bank of England").
# Lower-case parts of personal names: prefixed to a capitalised word ("Omar al-Bashir") or standing between two
# ("Osama bin Laden", "Ursula von der Leyen", "Luiz Inácio Lula da Silva").
NAME_PREFIXES: tuple[str, ...] = ("al", "el", "ad", "ash", "as", "at", "ibn", "abu", "bin", "ben")
NAME_PARTICLES: tuple[str, ...] = ("bin", "ibn", "abu", "van", "von", "der", "den", "de", "da", "di", "du", "dos",
                                   "das", "la", "le", "del", "della", "ter")
HEAD_DETERMINERS: frozenset[str] = frozenset("The A An This That These Those Its His Her Their Our".split())
HEAD_NOUN_PHRASE_MAX_WORDS = 5  # longer, it holds a verb the list below lacks ("The winner faces Denver in the Finals")
HEAD_VERBS: frozenset[str] = frozenset("""is are was were has have had said says told will would met meets can
could may might must should did does do""".split())

# A summary that opens with "It" and a verb is said of the subject of the sentence before it, in the same
# paragraph, when that is a singular noun phrase ("The county's unemployment rate peaked at 14% in 2016. Last
# month it stood at 6.1%": "The county's unemployment rate stood at 6.1%."); not after these verbs, where "it"
# stands for nothing ("It was raining", "It seems", "It remains unclear").
IT_NOT_ANAPHORIC_AFTER: frozenset[str] = frozenset("""is was has had will would be been being 's seems seemed appears
appeared remains remained rained snowed took takes""".split())

# A live blog's time stamp on a line of its own dates the entry after it; a short line between them ("2h ago",
# "Updated") of at most this many characters is passed over.
STAMP_COMPANION_CHARS = 20

# A participle clause after a comma that holds the date (", announcing the decision on Wednesday") is said in the
# past of the sentence's subject; the past of "-ing" forms is regular ("announcing": "announced", "trying":
# "tried") but for these.
ING_PAST: dict[str, str] = {
    "saying": "said", "making": "made", "taking": "took", "giving": "gave", "leaving": "left", "sending": "sent",
    "holding": "held", "meeting": "met", "telling": "told", "bringing": "brought", "putting": "put",
    "setting": "set", "cutting": "cut", "hitting": "hit", "running": "ran", "winning": "won", "beginning": "began",
    "becoming": "became", "coming": "came", "going": "went", "getting": "got", "seeing": "saw", "finding": "found",
    "keeping": "kept", "leading": "led", "losing": "lost", "paying": "paid", "selling": "sold", "speaking": "spoke",
    "spending": "spent", "standing": "stood", "striking": "struck", "throwing": "threw", "writing": "wrote",
    "fighting": "fought", "building": "built", "buying": "bought", "catching": "caught", "choosing": "chose",
    "driving": "drove", "flying": "flew", "growing": "grew", "hearing": "heard", "knowing": "knew", "rising": "rose",
    "shooting": "shot", "sitting": "sat", "teaching": "taught", "thinking": "thought", "withdrawing": "withdrew",
    "dying": "died", "lying": "lay", "stopping": "stopped", "planning": "planned", "dropping": "dropped",
    "shutting": "shut", "quitting": "quit", "spreading": "spread", "breaking": "broke", "falling": "fell",
    "feeling": "felt", "fleeing": "fled", "forgetting": "forgot", "hanging": "hung", "hiding": "hid",
    "sinking": "sank", "stealing": "stole", "swearing": "swore", "swimming": "swam", "tearing": "tore",
    "waking": "woke", "wearing": "wore",
}

# Superlatives that rank the date after them, which then stays in the summary ("It was the warmest February on
# record"); a list, as many nouns end in "-est" too ("the protest", "the arrest", "the contest").
SUPERLATIVES: frozenset[str] = frozenset("""best worst warmest hottest coldest coolest wettest driest sunniest
snowiest stormiest windiest busiest quietest biggest largest smallest highest lowest strongest weakest deadliest
bloodiest costliest longest shortest fastest slowest greatest heaviest sharpest steepest cheapest darkest
brightest wildest worst-ever best-ever""".split())
# A record's measure before a date: "the highest since 2001", "for the first time since November", "the first eruption
# at Tervala since 1973". The date is no
# time of what the sentence tells, nor the year its later dates are in.
RECORD_SINCE_BEFORE = (r"\b(?:first\s+time|(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:first|" + "|".join(sorted(SUPERLATIVES))
                       + r")(?:\s+[\w-]+){0,3})\s+since\s+(?:the\s+)?$")

# Verbs whose object is a day itself ("marked Thanksgiving", "celebrated Christmas", "spent Monday in talks"): a date
# right after one is what was done, not when, and stays in the summary.
OBSERVING_VERBS: frozenset[str] = frozenset("""mark marks marked marking celebrate celebrates celebrated celebrating
observe observes observed observing commemorate commemorates commemorated commemorating spend spends spent spending
honour honours honoured honouring honor honors honored honoring""".split())

# Modals and auxiliaries: one after a noun phrase makes it a subject ("last month's explosion at a clinic might be
# related").
MODALS_AND_AUXILIARIES: frozenset[str] = frozenset("""might may could would will should can must shall is are was were
has have had""".split())

# The last words of names that are plural, which take "were" ("The Paris Peace Accords were signed."); other names in
# "-s" may be one thing ("the United Nations", "Delta Air Lines").
PLURAL_NAME_HEADS: frozenset[str] = frozenset("""accords agreements talks protocols games olympics elections riots
protests negotiations""".split())

# Rules whose expression is a holiday's name ("Christmas", "Ramadan"): in a sentence that another date places too, the
# name stays in the summary ("Sales during the Christmas season rose on Tuesday": "Sales during the Christmas season
# rose.", not "Sales during the season rose.").
HOLIDAY_NAME_RULES: frozenset[str] = frozenset("""date_holiday date_feast date_lunar_holiday date_nth_weekday_holiday
""".split())
# ... unless it says when, after one of these ("Stores closed on Christmas Day and reopened on Dec. 27").
HOLIDAY_TIME_PREPOSITIONS: tuple[str, ...] = ("on", "during", "over", "at", "until", "till", "by", "since", "before",
                                              "after", "from", "through", "in", "ahead of")

# A year that a debt falls due in labels the debt, and dates nothing said of it ("will swap the bonds for new notes
# maturing in 2038", "its bonds due 2031").
MATURITY_BEFORE = (r"\b(?:bonds?|notes?|debt|debentures|securities|loans?|paper|gilts|treasuries|eurobonds?)"
                   r"(?:\s+[\w-]+)?\s+(?:maturing|due|expiring)\s+(?:in\s+)?$")

# A date a shelf-life label gives ("best-before dates of 14/06/2027", "use by 3 May") is the goods' mark, no happening:
# it places nothing (the publication-date clues read the same labels: ``rules.pubdate.SHELF_LIFE_BEFORE``; not an
# "expiry date", which a truce has too).
SHELF_LIFE_LABEL_BEFORE = (r"\b(?:use[\s-]+by|best[\s-]+(?:before|by)|sell[\s-]+by|display[\s-]+until)"
                           r"[\"'”’]?(?:\s+dates?)?(?:\s*(?:of|is|are|:|-))?\s*(?:[\w/.-]+\s+(?:or|and|to)\s+)?$")
