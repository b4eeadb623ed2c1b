"""Tables for deciding when two statements report the same happening.

``EVENT_WORDS`` groups words that name the same kind of happening (their
stems are compared); ``NAME_VARIANTS`` maps spellings of one name to a
canonical form; ``STOPWORDS`` are ignored when comparing content.
"""

EVENT_WORDS: dict[str, list[str]] = {
    "mutiny": ["mutiny", "mutinies", "mutinied", "mutineer", "mutineers", "mutinous", "mutineering", "revolt", "uprising"],
    "coup": ["coup", "coups", "putsch", "overthrow", "overthrew", "ousted", "oust", "ousts", "deposed", "depose",
             "deposes", "takeover"],
    "election": ["election", "elections", "elected", "vote", "votes", "voted", "voting", "ballot", "poll", "polls"],
    "debate": ["debate", "debates", "debated"],
    "suspension": ["suspend", "suspended", "suspends", "suspension", "froze", "frozen", "freeze", "halt", "halted",
                   "halts"],
    "seizure": ["seize", "seized", "seizure", "captured", "capture", "overran", "overrun", "captures", "seizes"],
    "attack": ["attack", "attacked", "attacks", "assault", "stormed", "raid", "shelled", "bombing", "bombed",
               "airstrike", "airstrikes", "ambush", "ambushed", "shelling", "ambushes"],
    "rebellion": ["rebellion", "rebellions", "insurgency", "insurrection", "uprising"],
    "launch": ["launch", "launched", "launches", "began", "begin", "begins", "begun", "started", "start", "starts",
               "opened", "opens", "unveiled", "unveils", "unveil", "unveiling"],
    "meeting": ["meet", "meets", "meeting", "summit", "talks", "convene", "convened", "gather", "gathered", "convenes"],
    "death": ["died", "killed", "kill", "killing", "death", "deaths", "dead", "slain", "murdered", "kills"],
    "arrest": ["arrest", "arrests", "arrested", "detained", "detain", "detains", "detention", "jailed", "custody"],
    # (not "retired", mostly an adjective, "a retired general", nor "retirement", also a debt's: "early retirement of
    # debt")
    "resignation": ["resign", "resigned", "resignation", "stepped", "relinquish", "relinquished", "quit", "retire",
                    "retires", "retiring", "relinquishes", "resigns"],
    # ("march" alone is the month)
    "protest": ["protest", "protests", "protested", "protesters", "protestors", "demonstration", "demonstrations",
                "demonstrators", "demonstrated", "rally", "rallies", "rallied", "barricades", "marched", "marchers",
                "sit-in"],
    "return": ["return", "returned", "returning"],
    "visit": ["visit", "visits", "visited", "visiting", "trip", "arrived", "arrives", "arrival", "travel", "travels",
              "travelled", "traveled"],
    # happenings of any news beat, beyond the seeds' coup
    "earthquake": ["earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks"],
    "storm": ["hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tornado", "tornadoes",
              "storm", "storms", "landfall"],
    "flood": ["flood", "floods", "flooding", "flooded", "deluge", "inrush", "inundation", "inundated"],
    "fire": ["fire", "fires", "blaze", "wildfire", "wildfires"],
    "explosion": ["explosion", "explosions", "blast", "blasts", "exploded", "detonated"],
    "crash": ["crash", "crashed", "crashes", "collision", "collided", "derailed", "derailment"],
    "investigation": ["investigation", "investigations", "inquiry", "inquest", "investigate", "investigated",
                      "investigating", "investigates"],
    "sinking": ["sank", "sunk", "sink", "sinks", "sinking", "capsized", "capsize", "capsizes", "capsizing",
                "shipwreck", "foundered"],
    "emergency": ["emergency", "curfew", "lockdown"],
    "agreement": ["agreement", "agreed", "deal", "accord", "treaty", "pact", "ceasefire", "cease-fire", "truce",
                  "signed"],
    "verdict": ["sentenced", "sentencing", "convicted", "conviction", "acquitted", "verdict", "indicted", "guilty",
                "judgment", "judgement"],
    "injury": ["injured", "wounded", "injuries", "hurt", "strained", "straining", "sprained", "fractured"],
    "evacuation": ["evacuated", "evacuation", "evacuate", "evacuees", "evacuates"],
    "rescue": ["rescued", "rescue", "rescuers", "rescues"],
    "labour strike": ["walkout", "walkouts", "strike", "strikes", "striking"],
    "inauguration": ["inauguration", "inaugurated", "sworn", "swearing-in"],
    "missile launch": ["missile", "missiles", "rocket", "rockets", "icbm", "liftoff", "lift-off"],
    # a spacecraft joined to a station ("docked with the International Space Station")
    "docking": ["docked", "docking", "docks", "berthed", "berthing"],
    "shooting": ["shooting", "shootings", "gunman", "gunmen", "gunfire"],
    "kidnapping": ["kidnapped", "kidnapping", "abducted", "abduction", "hostage", "hostages"],
    "release": ["freed", "freeing"],
    "trial": ["trial", "testified", "testimony"],
    "lawsuit": ["lawsuit", "lawsuits", "sued", "sues"],
    "acquisition": ["acquire", "acquired", "acquires", "acquisition", "merger", "buyout"],
    "bankruptcy": ["bankruptcy", "insolvency", "bankrupt"],
    "layoffs": ["layoffs", "redundancies"],
    "eruption": ["eruption", "erupted", "volcano"],
    "landslide": ["landslide", "landslides", "mudslide", "mudslides", "avalanche"],
    "heat": ["heatwave", "drought"],
    "sanctions": ["sanctions", "sanctioned", "embargo"],
    "outbreak": ["outbreak", "epidemic", "pandemic"],
    # doses given ("Vaccination began on Monday", "the first jabs were given this morning")
    "vaccination": ["vaccination", "vaccinations", "vaccinated", "vaccinating", "vaccinators", "inoculation",
                    "inoculations", "inoculated", "immunisation", "immunization", "immunised", "immunized", "jab", "jabs"],
    "collapse": ["collapse", "collapsed", "collapses", "collapsing", "rockfall", "cave-in"],
    "cancellation": ["cancelled", "canceled", "cancellation", "scrubbed", "scrub", "postponed", "postponement",
                     "aborted"],
    "recall": ["recall", "recalled", "recalls", "recalling"],
    "concession": ["conceded", "concede", "concedes", "conceding", "concession"],
    "penalty": ["fined", "fines", "penalised", "penalized", "banned", "ban", "bans", "barred"],
    "grounding": ["grounded", "grounding"],
    "restoration": ["restored", "restoration", "restore", "restores", "restoring"],
    # (a halted activity taken up again: "auctions resumed on Monday", "trading would restart")
    "reopening": ["reopened", "reopen", "reopens", "reopening", "resumed", "resume", "resumes", "resumption", "restart",
                  "restarted", "restarts"],
    "landing": ["landed", "landing", "landings", "touchdown", "touchdowns"],
    "outage": ["outage", "outages", "blackout", "blackouts"],
    "cyberattack": ["cyberattack", "cyberattacks", "cyber-attack", "ransomware", "hacked", "hackers", "intrusion",
                    "intrusions"],
    # something found out ("discovered the breach", "spotted the intrusion"; not "found", said of much else)
    "discovery": ["discovered", "discovers", "discovery", "spotted", "detected"],
    "siege": ["siege", "sieges", "standoff", "stand-off", "besieged", "barricaded"],
    # a river's or a market's high point ("the river peaked at 4.2 metres", "the crest reached the gauge")
    "peak": ["peaked", "crest", "crested", "cresting", "crests"],
    # a life's happenings, as obituaries tell them
    "birth": ["born", "birth"],
    "funeral": ["funeral", "funerals", "burial", "buried", "cremation", "cremated", "interred"],
    "founding": ["founded", "co-founded", "cofounded", "founding", "co-founder"],
    # a building or a work finished ("the tower was completed in 1972", "the bridge, built in 1958")
    "construction": ["built", "constructed", "construction", "completed", "completion", "erected"],
    "ruling": ["ruled", "ruling", "rulings"],
    # a manager or an official put out of a post ("fired" and "dismissed" also tell of shots and of court cases)
    "dismissal": ["sacked", "sack", "sacks", "sacking", "sackings"],
    # (the noun only with "of": "the appointment of Ines Valdivia", not "appointment booking")
    "appointment": ["appointed", "appoints", "appoint", "appointing"],
    "prisoner exchange": ["swap", "swapped"],
    "listing": ["ipo", "flotation", "float", "listing"],
    # a contest won ("won the race", "a 2-1 win", "claimed victory")
    "victory": ["won", "win", "wins", "winning", "winner", "victory", "victories", "triumph", "triumphed"],
    # a debt not paid when due ("defaulted on its bonds", "missed a coupon payment")
    # (not "default" alone, mostly an adjective: "reverted to a default schedule"; see EVENT_PHRASES)
    "default": ["defaults", "defaulted", "defaulting"],
    # a break from custody ("seven inmates escaped", "the jailbreak")
    "escape": ["escaped", "escape", "escapes", "jailbreak", "breakout"],
    # a market's sharp fall ("the Dow plunged 9.2 percent", "the sell-off"; not "fell", said of much else)
    "market fall": ["plunged", "plunge", "plunges", "plummeted", "tumbled", "slumped", "sell-off", "selloff", "rout",
                    "nosedived"],
    # a government's budget laid before parliament on its day ("delivers her budget on Nov. 26", "faces a difficult
    # budget on 26 November"); generic: a shared name is needed ("the budget deficit" is no happening; nor is a budget
    # balanced, see HEDGES)
    "budget": ["budget"],
    # a company's warning that profits will fall short ("cut its profit forecast", "a profit warning")
    "profit warning": ["downgraded", "downgrade"],
    # a defendant before a court that is no trial's verdict ("remanded in custody", "appeared before magistrates")
    "court appearance": ["remanded", "arraigned", "arraignment", "magistrates"],
    # a person gone missing ("was last seen", "reported missing", "disappeared")
    "disappearance": ["missing", "disappeared", "disappearance", "vanished"],
    "vigil": ["vigil", "vigils"],
    # a regulator's or a legislature's yes ("the FDA approved the drug", "granted approval")
    "approval": ["approved", "approves", "approval", "authorised", "authorized", "authorisation", "authorization"],
    # something taken back or out ("withdrew the piece from the sale", "troops withdrew", "the withdrawal of the bill")
    "withdrawal": ["withdrew", "withdrawn", "withdraws", "withdrawal"],
    # a state proclaimed ("declared the drought a national disaster", "a drought emergency declaration")
    "declaration": ["declared", "declares", "declaring", "declaration"],
    # a rule made public in an official notice ("The duty was notified on Thursday night", "the notification")
    "notification": ["notified", "notification"],
    # a call for money or help, or against a court's decision ("appealed for $138 million", "lodged an appeal")
    "appeal": ["appeal", "appealed", "appeals"],
}

# "strike" is an attack, not a walkout, after these words ("an air strike", "a drone strike", "US strikes") or before
# these ("The strike hit the depot", "a strike killed six").
ATTACK_STRIKE_BEFORE: frozenset[str] = frozenset("""air missile drone rocket military artillery retaliatory precision
naval nuclear airborne israeli us u.s american russian ukrainian iranian saudi-led coalition""".split())
ATTACK_STRIKE_AFTER: frozenset[str] = frozenset("hit hits killed kills destroyed targeted struck wounded".split())

# An event word that names no happening after these two words or before these ("left the hut for the summit", "just
# below the summit rocks": a mountain's top, no meeting).
NOT_A_HAPPENING_BEFORE: dict[str, frozenset[str]] = {
    "summit": frozenset(("for the", "to the", "reach the", "reached the", "reaching the", "below the", "near the",
                         "towards the", "toward the", "from the", "up the", "on the", "the mountain's", "its")),
}
NOT_A_HAPPENING_AFTER: dict[str, frozenset[str]] = {
    "summit": frozenset("ridge rocks push bid attempt camp day block cone plateau route".split()),
}

# Names of a kind of happening that hold a number, which the words of a clause leave out: (a word that must be in the
# clause, in lower case; the pattern) ("filed for Chapter 11 in Delaware").
EVENT_PATTERNS: dict[str, tuple[str, str]] = {
    "bankruptcy": ("chapter", r"\bChapter\s+(?:7|9|11|13|15)\b"),
}
# Names of a kind of happening in two to four words, whose words alone name none ("took office", "stepped down",
# "oath of office").
EVENT_PHRASES: dict[str, list[str]] = {
    "inauguration": ["take office", "takes office", "took office", "taking office", "taken office",
                     "assume office", "assumes office", "assumed office", "oath of office", "take the oath",
                     "takes the oath", "took the oath", "taking the oath", "taken the oath"],
    "resignation": ["step down", "steps down", "stepped down", "stepping down", "left office", "leave office",
                    "leaves office", "stand down", "stood down", "stands down", "step aside", "stepped aside",
                    "steps aside"],
    "sinking": ["went down", "go down", "goes down", "gone down"],
    "collapse": ["gave way", "give way", "gives way", "caved in", "cave in", "fall of ground", "roof fall", "rock fall"],
    # a tremor as seismologists and mine operators word it ("a seismic event of local magnitude 2.9")
    "earthquake": ["seismic event", "seismic events"],
    # a showing's first day ("will go on display from 26 February", "went on show yesterday")
    "exhibition opening": ["on display", "on show", "on public display", "on view"],
    # people brought out of danger ("were hoisted to the surface", "brought out alive", "winched to safety")
    "rescue": ["brought to the surface", "hoisted to the surface", "brought out alive", "pulled out alive",
               "pulled alive", "winched to safety", "brought to safety", "airlifted to safety", "pulled from the rubble"],
    # power taken by force is a coup ("Soldiers seized power", "the military takeover")
    "coup": ["seized power", "seize power", "seizing power", "took power", "grabbed power", "military takeover",
             "army takeover"],
    "cancellation": ["called off", "call off", "calls off"],
    "dismissal": ["relieved of", "shown the door", "parted company", "parted ways", "lost his job", "lost her job",
                  "cost him his job", "cost her her job", "was fired", "were fired", "been fired", "was dismissed",
                  "been dismissed", "who was dismissed",
                  # "fired" before the post it put someone out of (not "fired rockets")
                  "fired coach", "fired head coach", "fired football coach", "fired basketball coach", "fired its coach",
                  "fired the coach", "fired manager", "fired its manager", "fired the manager", "fired chief executive",
                  "fired its chief", "fired ceo"],
    "appointment": ["name a successor", "named a successor", "names a successor", "appoint a successor",
                    "appointed a successor", "naming a successor",
                    "appointment of", "named as", "was named", "been named", "named the new", "took charge", "take charge",
                    "takes charge", "taken charge", "new manager", "new head coach", "new chief executive"],
    "default": ["in default", "debt default", "sovereign default", "a default on", "default on its", "missed a payment", "missed a coupon", "missed payment", "missed coupon", "failed to pay", "fell due",
                "did not pay", "didn't pay"],
    "escape": ["broke out", "break out", "prison break", "jail break"],
    "profit warning": ["profit warning", "profits warning", "cut its forecast", "cut its profit forecast",
                       "cut its outlook", "lowered its forecast", "lowered its outlook", "cut its guidance",
                       "lowered its guidance"],
    "storm": ["made landfall", "came ashore", "come ashore", "comes ashore"],
    "acquisition": ["takeover bid", "takeover offer", "agreed to buy", "agreed to acquire"],
    # a company put under its creditors' protection, as each country's law names it ("filed for Chapter 11 in
    # Delaware", "collapsed into voluntary administration", "was placed in receivership")
    "bankruptcy": ["voluntary administration", "into administration", "entered administration", "into receivership",
                   "in receivership", "into liquidation", "creditor protection", "appointed administrators",
                   "administrators were appointed"],
    "lawsuit": ["class action", "class-action", "filed suit", "legal action"],
    "cyberattack": ["data breach", "security breach"],
    "landing": ["touched down", "touch down", "touches down"],
    "prisoner exchange": ["prisoner exchange", "prisoners exchange", "exchange of prisoners", "prisoner release"],
    "injury": ["suffered burns"],
    "labour strike": ["walked out", "walk out", "walks out", "walking out", "industrial action", "downed tools"],
    "missile launch": ["lifted off", "lift off", "lifts off", "blasted off", "blast off"],
    "court appearance": ["appeared in court", "appear in court", "appears in court", "appeared before", "appear before",
                         "appears before", "due in court", "court appearance", "in the dock"],
    "disappearance": ["last seen", "not been seen", "not seen since"],
    # a person found after a search, alive or dead ("found safe", "the body was found"; not "found guilty")
    "found": ["found safe", "found alive", "found dead", "found unharmed", "found the body", "body was found",
              "bodies were found", "was found at", "were found at", "was found in", "were found in", "found the bodies",
              "recovered the body", "recovered the bodies", "body was recovered", "bodies were recovered"],
    # a person hit by a vehicle ("struck by a car", "a hit-and-run")
    "crash": ["hit by a car", "hit by a vehicle", "struck by a car", "struck by a vehicle", "hit-and-run",
              "knocked down", "run over"],
    "outage": ["power cut", "power cuts", "went offline", "power failure", "power failures", "lost power",
               "power was lost", "power outage",
               "without power", "without electricity", "lost electricity"],
    # a bill voted through a legislature ("passed by the Lower House", "cleared the Senate"; "passed" alone is also
    # time's and a ball's)
    "approval": ["passed the bill", "passed a bill", "passed the law", "passed a law", "passed the measure",
                 "passed the legislation", "passed the motion", "bill was passed", "law was passed", "was passed by",
                 "been passed by", "were passed by", "passed the senate", "passed the house", "passed the lower house",
                 "passed the upper house", "passed parliament", "passed congress", "cleared the senate",
                 "cleared the house", "cleared the chamber", "cleared the lower house", "cleared parliament",
                 "cleared congress", "voted to approve", "rubber-stamped", "signed into law", "signed off"],
    "grounding": ["ground its", "ground the", "ground all"],
    # a central bank's decision, however it is worded ("kept interest rates on hold", "left borrowing costs
    # unchanged", "cut rates")
    "interest rates": ["interest rates", "interest rate", "borrowing costs", "rate cut", "rate cuts", "rate hike",
                       "rate hikes", "rate rise", "rate increase", "cut rates", "raised rates", "hiked rates",
                       "held rates", "kept rates", "left rates", "policy rate", "benchmark rate", "lowered rates",
                       "lowers rates", "lower rates", "raise rates", "raises rates", "cuts rates", "bank rate",
                       "key rate", "base rate", "repo rate"],
}

# Kinds so general that sharing one says little without a shared name (see ``GENERIC_KIND_PENALTY``).
GENERIC_EVENT_KINDS: frozenset[str] = frozenset(("launch", "return", "visit", "meeting", "suspension", "victory",
                                                "market fall", "budget", "approval"))

# Kinds that describe one happening from two sides (an insurgency's attacks are the insurgency).
RELATED_EVENTS: list[tuple[str, str]] = [
    ("verdict", "penalty"),  # a court's decision: "convicted and banned from office", "fined"
    ("ruling", "penalty"),
    ("ruling", "verdict"),
    ("interest rates", "meeting"),  # a central bank's rate decision is its meeting's
    ("attack", "rebellion"),
    ("dismissal", "resignation"),  # a manager sacked, or gone "by mutual consent"
    ("market fall", "crash"),
    ("resignation", "election"),
    ("explosion", "attack"),
    ("death", "injury"),
    ("sinking", "death"),
    ("sinking", "crash"),  # a plane "went down"
    ("earthquake", "death"),
    ("storm", "flood"),
    ("shooting", "death"),
    ("shooting", "injury"),
    ("kidnapping", "release"),
    ("siege", "kidnapping"),  # a gunman holding hostages
    ("eruption", "evacuation"),
    ("landslide", "death"),
    ("flood", "landslide"),
    ("collapse", "death"),
    ("collapse", "injury"),
    # a body's yes is its vote, taken at its meeting ("approved by 38 votes to 33", "backed the plan at a meeting")
    ("approval", "election"),
    ("approval", "meeting"),
    ("agreement", "meeting"),  # "agreed during a video conference", "the decision was taken at a brief meeting"
    ("victory", "election"),  # "won the by-election", "the by-election defeat"
    ("reopening", "return"),  # "classes will resume Monday", "students returned to classrooms Monday"
    ("labour strike", "cancellation"),  # "nine in ten trains were cancelled" on the strike's day
    ("declaration", "emergency"),  # "declared a national public health emergency", "announced the emergency"
]

# Verbs that say what was done, shared by two reports that share a name but no tabled kind of happening, make up for
# it ("The Eastmark mark fell to a four-month low on Thursday" and "The Eastmark mark fell on Thursday as traders bet
# on further easing"): any verb in "-ed" or an irregular form, but these, which say nothing of what happened.
NOT_ACTS: frozenset[str] = frozenset("""say tell go come make take give get put set keep hold be have do
report announc add stat confirm note expect schedul plan includ us need want ask attribut end""".split())

NAME_VARIANTS: dict[str, list[str]] = {
    "gaddafi": ["gaddafi", "qadhafi", "qaddafi", "gadhafi", "kadhafi", "khadafy", "qadafi", "kaddafi"],
    "toure": ["toure", "touré"],
    "traore": ["traore", "traoré"],
    "us": ["u.s.", "us", "united states", "u.s", "america", "american"],
    "un": ["u.n.", "un", "united nations"],
}

# A capitalised event word before one of these is part of an institution's name, no happening ("Emergency Management
# Victoria said", "the Election Commission", "the Fire Service").
INSTITUTION_WORDS: frozenset[str] = frozenset("""management service services authority agency ministry department
centre center commission committee office council board bureau unit brigade corps court tribunal fund""".split())

# Words just before an event word that make it a possibility, not a report.
HEDGES: list[str] = ["possible", "potential", "fears of", "fear of", "threat of", "risk of", "rumours of",
                     "rumors of", "threatened", "threatens", "no ",
                     # a reaction to a happening is another happening ("the charity welcomed the verdict", "the UN
                     # condemned the attack")
                     "welcomed", "welcomes", "condemned", "condemns", "criticised", "criticized", "criticises",
                     "criticizes", "praised", "praises", "denounced", "denounces", "mourned", "mourns",
                     "reacted to", "responded to",
                     # a happening named as a reference point is not the clause's own ("The crown weakened on Friday
                     # after the resignation")
                     "after the", "following the", "since the", "before the", "ahead of the",
                     # (one claimed or remembered is named to the end of its phrase: REMEMBRANCES)
                     # a count of things ("its website had received 2 million visits")
                     "million", "billion",
                     # a state of the public finances, not a budget laid before parliament ("balanced the budget")
                     "balanced the", "balance the", "balancing the"]

# What is remembered or claimed is named to the end of its phrase (the next comma or the clause's end), participles
# and all: in "a vigil for the workers killed in the March 10 explosion", neither the killing nor the explosion is
# the vigil's. Matched in lower case.
REMEMBRANCES = (r"\b(?:vigils?\s+for|memorials?\s+(?:for|to)|funerals?\s+(?:for|of)|tributes?\s+to|memory\s+of|"
                r"anniversary\s+of|responsibility\s+for|commemorat(?:e|es|ed|ing|ions?\s+of))\b")

STOPWORDS: frozenset[str] = frozenset("""
a an the and or but if then than that this these those there their them they he she it its his her
of in on at by for with from to into onto over under about after before since during while as
is are was were be been being has have had do does did will would shall should can could may might
not no nor so too very just also only even still yet already more most much many some any all each
who whom whose which what when where why how here said says say told according reported reportedly
one two three four five six seven eight nine ten first second third last next new other own same
mr mrs ms up out off down again further once week month year day today yesterday tomorrow
""".split())

# The legal form after a company's name ("Price Stern Sloan Inc.", "Aetna Life & Casualty Co."): no name, no content
# word by itself (two companies are not alike for both being incorporated).
CORPORATE_SUFFIXES: frozenset[str] = frozenset("inc corp co cos ltd llc plc".split())
STOPWORDS = STOPWORDS | CORPORATE_SUFFIXES

# Irregular past forms and participles compared as their base form ("held" and "hold", "struck" and "strike"):
# base -> forms.
IRREGULAR_FORMS: dict[str, list[str]] = {
    "begin": ["began", "begun"], "break": ["broke", "broken"], "bring": ["brought"], "build": ["built"],
    "buy": ["bought"], "catch": ["caught"], "choose": ["chose", "chosen"], "come": ["came"], "cut": ["cuts"],
    "draw": ["drew", "drawn"], "drive": ["drove", "driven"], "fall": ["fell", "fallen"], "flee": ["fled"],
    "fight": ["fought"], "find": ["found"], "fly": ["flew", "flown"], "freeze": ["froze"],
    "give": ["gave", "given"], "go": ["went", "gone"], "grow": ["grew", "grown"], "hold": ["held"],
    "keep": ["kept"], "know": ["knew", "known"], "lead": ["led"], "leave": ["left"], "lose": ["lost"],
    "make": ["made"], "meet": ["met"], "pay": ["paid"], "rise": ["rose", "risen"], "run": ["ran"],
    "say": ["said"], "sell": ["sold"], "send": ["sent"], "shoot": ["shot"], "sink": ["sank", "sunk"],
    "speak": ["spoke", "spoken"], "spend": ["spent"], "stand": ["stood"], "strike": ["struck"],
    "sweep": ["swept"], "take": ["took", "taken"], "tell": ["told"], "throw": ["threw", "thrown"],
    "win": ["won"], "write": ["wrote", "written"], "steal": ["stole", "stolen"], "hide": ["hid", "hidden"],
    "withdraw": ["withdrew", "withdrawn"], "swear": ["swore", "sworn"], "tear": ["tore", "torn"],
    "shake": ["shook", "shaken"], "ride": ["rode", "ridden"], "wear": ["wore", "worn"], "seek": ["sought"],
    "teach": ["taught"], "lay": ["laid"], "deal": ["dealt"], "feel": ["felt"], "hear": ["heard"],
}

# Words before a name that say where something happened ("in Kano", "near Goma"): two reports that each say where,
# and name none of the other's places, need more evidence to be one happening.
PLACE_PREPOSITIONS: frozenset[str] = frozenset(("in", "near", "outside", "at"))
# ... with one of these between ("in central Mali", "near northern Gao")
PLACE_QUALIFIERS: frozenset[str] = frozenset("""northern southern eastern western central north south east west
northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western
north-central south-central upper lower greater downtown rural remote""".split())

# Location phrases compared for conflicts: inside a place versus a distance outside it.
OUTSIDE_PATTERN = (r"\b(?:\d+(?:\.\d+)?|[a-z]+)\s+(?:miles?|km|kilometres?|kilometers?)\s+"
                   r"(?:outside(?:\s+of)?|from|north of|south of|east of|west of)\s+"
                   r"(?P<place>the capital|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# Every match of OUTSIDE_PATTERN contains one of these (its distance units): a clause without them is not read.
OUTSIDE_WORDS = ("mile", "km", "kilomet")
INSIDE_PATTERN = r"\b(?:in|inside|within)\s+(?P<place>the capital|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"

# Appositions that name a capital ("the capital, Bamako", "Bamako, the capital").
# Every match of the CAPITAL_APPOSITIONS contains CAPITAL_WORD: a text without it is not read.
CAPITAL_WORD = "capital"
CAPITAL_APPOSITIONS: list[str] = [
    r"\bthe capital,?\s+(?P<name>[A-Z][\w'’-]+)",
    r"\bcapital\s+(?P<name>[A-Z][\w'’-]+)",
    r"(?P<name>[A-Z][\w'’-]+),\s+(?:the\s+)?capital\b",
]

# Figures of a happening's toll, read from each mention's clause: two sources that give different figures for one
# event are a conflict ("killed at least 60" and "killed 93"). Each kind: patterns whose group "n" is the figure
# (digits, or a word of TOLL_NUMBER_WORDS) and group "mod" a qualifier ("at least", "more than").
TOLL_MODIFIERS = r"(?P<mod>at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|fewer\s+than)"
# A number of tens and ones in words, hyphenated or not ("twenty-three", "forty one"): read before the words alone.
TOLL_COMPOUND_NUMBER = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|"
                        r"seven|eight|nine)(?![\w-])")
TOLL_NUMBER_WORDS: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                      "nineteen", "twenty", "thirty", "forty", "fifty", "dozens", "hundreds",
                                      "thousands", "a dozen", "scores")
# "released" and "release" are a release of people only beside one of these words (not "released its results"): the
# people held, or the time or act of their holding ("were released [...] after 23 months in captivity").
RELEASE_WORDS: frozenset[str] = frozenset(("released", "release", "releasing"))
HELD_PEOPLE: frozenset[str] = frozenset("""hostage hostages captive captives captivity prisoner prisoners detainee
detainees abducted kidnapped kidnappers captors abductors held""".split())
# The tolls read in the undated sentence after a statement too (its ``detail``).
DETAIL_TOLLS: frozenset[str] = frozenset(("deaths", "injured"))
# A clause that names its happening only by a definite noun for it, as the subject of its telling or of its
# taking place ("The decision was announced at noon", "The sentence was handed down about 40 minutes later",
# "announced the unanimous decision at 15:00", "The deal came together at about 10:45 p.m."), tells more of the
# happening of the sentence before it: the merge reads that sentence's kinds and names with it (its
# ``antecedent``). At most one word before the noun, not one that makes it another occasion ("the June meeting",
# "its next decision").
ANAPHORIC_NOUNS = ("decision", "ruling", "verdict", "sentence", "judgment", "judgement", "order", "announcement",
                   "move", "vote", "deal", "agreement", "meeting", "event", "incident", "attack", "blast", "explosion",
                   "crash", "outage", "launch", "operation")
ANAPHOR_NOT_BEFORE = ("next", "last", "previous", "first", "second", "third", "final", "new", "other", "another",
                      "same", "earlier", "later", "latest", "upcoming", "planned", "expected", "scheduled")
# nor a month or a weekday ("the June meeting", "Tuesday's vote" is no anaphor either)
_MONTH_OR_WEEKDAY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_ANAPHOR_NP = (r"(?:the|its|their)\s+(?:(?!(?:" + "|".join(ANAPHOR_NOT_BEFORE) + "|" + _MONTH_OR_WEEKDAY
               + r")\b)[a-z-]+\s+)?(?:"
               + "|".join(ANAPHORIC_NOUNS) + r")")
ANAPHORIC_HAPPENING = (r"(?<![\w-])(?:" + _ANAPHOR_NP + r"\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ld|ad|ut|ng)"
                       r"|" + _ANAPHOR_NP + r"\s+(?:came\s+together|took\s+place|took\s+effect|happened|occurred)"
                       r"|(?:announc|confirm|deliver|read|hand|issu|releas|unveil)\w*\s+(?:out\s+|down\s+)?" + _ANAPHOR_NP
                       + r")\b")
# A clause that sums the happenings of a period ("Fighting around Menaka has killed at least 1,100 people this year")
# tells of a series, not of one of its happenings: dated by that period, it merges with no report of a shorter date
# inside it. (An ordinal is no such sum: "It was the second fire at the plant this year" tells of the fire, dated by its
# year; on the probes, blocking those cost more right pairs than wrong ones.)
SERIES_CLAUSE = (r"\b(?:has|have)\s+(?:now\s+)?(?:killed|claimed|left|displaced|injured|wounded)\s+(?:the\s+lives\s+of\s+)?"
                 r"(?:at\s+least|more\s+than|over|nearly|almost|about|some)?\s*[\d,]+")
# Nouns of people counted by what was done to them ("freed 12 hostages", "arrested 14 protesters").
PEOPLE_NOUNS = (r"(?:people|persons|hostages|captives|prisoners|detainees|workers|civilians|soldiers|troops|officers|"
                r"protesters|demonstrators|students|children|women|men|migrants|refugees|passengers|crew|journalists|"
                r"suspects|nationals|tourists|miners|villagers|residents)\b")
# "a" or "an", up to three words and a singular "was": a toll of one ("A garment worker was killed"; not "a further 12
# were killed", nor "a number of people", whose verb is plural)
_ONE_WAS = (r"(?:{MOD}\s+)?(?<![\w-])(?P<n>an?)\s+(?!(?:number|total|further|dozen|few|handful|couple|third|quarter|"
            r"half|majority|minority)\b)(?:[\w-]+\s+){0,3}?was\s+")
# the words one of which every pattern of a kind holds (a clause without them is not searched)
TOLL_WORDS: dict[str, tuple[str, ...]] = {"deaths": ("kill", "dead", "died", "death"),
                                         "injured": ("injur", "wound", "hurt"),
                                         "freed": ("freed", "released", "rescued", "alive", "safety", "winched",
                                                   "airlifted"),
                                         "arrested": ("arrest", "detained"),
                                         "escaped": ("escape", "broke out")}
TOLLS: dict[str, list[tuple[str, str]]] = {
    "deaths": [
        (r"\b(?:killed|killing|kills)\s+(?:{MOD}\s+)?{N}\b", "killed at least 60 people"),
        (r"(?:{MOD}\s+)?{N}\s+(?!of\s)(?:\w+\s+){0,2}?(?:(?:were|have\s+been|had\s+been|are|was)\s+)?(?:killed|dead|died)\b",
         "93 people were killed"),
        (r"\bdeath\s+toll\s+(?:\w+\s+){0,3}?(?:of|to|at|reached|passed|topped)\s+(?:{MOD}\s+)?{N}\b",
         "the death toll rose to 133"),
        # one, told with "a" and a singular verb ("A garment worker was killed", against "two workers died")
        (_ONE_WAS + r"(?:killed|shot\s+dead)\b", "A garment worker was killed"),
    ],
    "injured": [
        (r"\b(?:injured|injuring|wounded|wounding)\s+(?:{MOD}\s+)?{N}\b", "injuring 145"),
        (r"(?:{MOD}\s+)?{N}\s+(?!of\s)(?:\w+\s+){0,2}?(?:(?:were|have\s+been|had\s+been|are|was)\s+)?"
         r"(?:injured|wounded|hurt)\b",
         "145 were injured"),
        (_ONE_WAS + r"(?:injured|wounded|hurt)\b", "A police officer was injured"),
    ],
    # the people a happening freed or held: "Eleven aid workers were freed" against "Twelve aid workers were freed"
    "freed": [
        (r"(?:{MOD}\s+)?{N}\s+(?!of\s|million|billion|thousand|hundred)(?:[\w-]+\s+){0,8}?(?:(?:were|have\s+been|had\s+been)\s+)(?:freed|released|rescued)\b",
         "Eleven aid workers were freed"),
        (r"\b(?:freed|released|rescued)\s+(?:{MOD}\s+)?{N}\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS, "freed 12 hostages"),
        # people brought out of a ruin or a flood alive ("twenty-three rescued alive", "21 had been brought out alive",
        # "37 people had been lifted to safety", "winched 37 people from rooftops")
        (r"(?<![\w-])(?:{MOD}\s+)?{N}\s+(?!of\s|million|billion|thousand|hundred)(?:[\w-]+\s+){0,2}?(?:(?:were|have\s+been|had\s+been)"
         r"\s+)?(?:rescued|brought\s+out|pulled\s+out|pulled\s+free|dug\s+out)\s+alive\b", "twenty-three rescued alive"),
        (r"(?<![\w-])(?:{MOD}\s+)?{N}\s+(?!of\s|million|billion|thousand|hundred)(?:[\w-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+"
         r"(?:lifted|winched|airlifted|brought|pulled|taken)\s+to\s+safety\b", "37 people had been lifted to safety"),
        (r"\b(?:winched|airlifted)\s+(?:{MOD}\s+)?{N}\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS, "winched 37 people"),
    ],
    "arrested": [
        (r"(?:{MOD}\s+)?{N}\s+(?!of\s|million|billion|thousand|hundred)(?:[\w-]+\s+){0,8}?(?:(?:were|have\s+been|had\s+been)\s+)(?:arrested|detained)\b",
         "14 people were arrested"),
        (r"\b(?:arrested|detained)\s+(?:{MOD}\s+)?{N}\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS, "arrested 14 protesters"),
    ],
    # the people who broke out: "Six convicts serving long sentences escaped" against "the seven escaped at 1.50am"
    "escaped": [
        (r"(?:{MOD}\s+)?{N}\s+(?!of\s|million|billion|thousand|hundred|years?\b|months?\b|days?\b)(?:[\w-]+\s+){0,4}?"
         r"(?:(?:had|have)\s+)?(?:escaped|broke\s+out)\b", "Six convicts serving long sentences escaped"),
        (r"\bescape\s+of\s+(?:{MOD}\s+)?{N}\b", "the escape of seven inmates"),
    ],
}

# Other figures sources can disagree on, read like tolls (``FIGURES``; each pattern with an example). The named groups
# say what a figure is: "a" and "b" a tally ("301-288"), "cur", "num" and "scale" a sum of money ("$18.5 billion";
# only sums with a scale word, so that a price per share is not taken for a deal's value). Two figures of one kind
# given by two sources are a conflict; sums in different currencies are not compared.
# A tally or a score in a clause, for the merge: two reports that give the same one ("The Senate passed the bill 61-38",
# "The Senate followed, by a vote of 61 to 38") and share a name tell of one vote or one match, even a day apart.
# Not a span of a unit ("5-10 years", "18-24%"), a time ("9-5 p.m."), a price or a fraction.
SHARED_TALLY = (r"(?<![\w.,$£€/:–—-])(?:(?P<a>\d{1,3})\s*[-–—]\s*(?P<b>\d{1,3})|(?:by|of)\s+(?P<a2>\d{1,3})\s+(?:votes?\s+)?"
                r"to\s+(?P<b2>\d{1,3})|(?P<a3>\d{1,3})\s+(?:[a-z]+\s+){0,2}?in\s+favou?r\b,?\s+(?:with\s+|and\s+)?"
                r"(?P<b3>\d{1,3})\s+(?:[a-z]+\s+)?(?:against|opposed)\b)"
                r"(?![\w/:–—-]|[.,]\d|\s*(?:%|per\s*cent|percent|years?|months?|weeks?|days?|hours?|"
                r"minutes?|[ap]\.?m\b|o['’]clock))")
# A distinctive figure in a clause, for the merge: two reports on compatible dates that give the same one and share a
# name or a word tell of one happening ("signed a four-year, $160 million extension" and "a four-year, $160 million
# extension he signed"; "Annual headline inflation was 3.91%" and "headline inflation had eased to 3.91%"). Only
# figures few happenings share: a sum of money with a scale word or in thousands ("$160 million", "£12,000", "90
# million euros"), a count with a thousands separator ("20,000 prints") or a scale word ("1.5 million"), a percentage
# with a fraction ("0.2%"), a version after a name ("SecureGate 8.0", "OS 7.4.3"); not a whole number alone ("27",
# "70 per cent"), a price or its change ("$43.50 a share, up 37.5 cents"), nor a clock time ("00.15 GMT", "at 10.30").
SHARED_FIGURE = (r"(?<![\w.,/])(?:(?P<cur>US\$|C\$|A\$|NZ\$|HK\$|S\$|\$|€|£|¥|₹)\s?)?"
                 r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>(?:\.\d+)+)?"
                 r"(?:\s*(?P<scale>trillion|tn|billion|bn|million|mn|m)\b)?"
                 r"(?:\s*(?P<unit>%|per\s*cent\b|percent\b|euros?\b|dollars?\b|pounds?\b|yen\b|yuan\b|pesos?\b|rupees?\b))?"
                 r"(?![\w.,]\d|\w)"
                 r"(?!\s*(?:[ap]\.?m\b|GMT|UTC|BST|CES?T|[ECMP][SD]?T\b|local\s+time|h\b|hrs?\b|hours?\b|o['’]clock))")
# ... and a numbered part of a series: a race's stage, a tournament's round, a series' game, a test match ("Bermúdez won a 14th stage cut short by snow" and "won Saturday's snow-shortened 14th stage",
# "turned stage 14 into a race of survival"; "Game 7", "the third round of talks"), kept as "stage 14": few happenings
# of one story share one.
SERIES_PARTS = "stage round leg game match test heat lap session"
SHARED_SERIES_PART = (r"\b(?:(?P<ord>\d{1,3}(?:st|nd|rd|th)|{ORDINALS})[\s-]+(?P<noun>{PARTS})"
                      r"|(?P<noun2>{PARTS})\s+(?P<num>\d{1,3}))(?![\w-])")
SHARED_FIGURE_CURRENCY_WORDS: dict[str, str] = {"euro": "€", "dollar": "$", "pound": "£", "yen": "¥", "yuan": "CN¥",
                                                "peso": "peso", "rupee": "₹"}
# the words before a number with a fraction that make it a clock time ("at 10.30", "until 21.00")
SHARED_FIGURE_TIME_BEFORE = frozenset({"at", "by", "from", "until", "till", "to", "before", "after", "around", "about",
                                       "since"})
FIGURE_TALLY = r"(?P<a>\d{1,3}(?:,\d{3})*)\s*(?:votes?\s+)?(?:-|–|—|to)\s*(?P<b>\d{1,3}(?:,\d{3})*)"
FIGURE_SUM = (r"(?P<cur>US\$|C\$|A\$|NZ\$|HK\$|S\$|\$|€|£|¥|₹)\s?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
              r"\s*(?P<scale>trillion|tn|billion|bn|million|mn|m)\b")
FIGURE_SCALES: dict[str, str] = {"trillion": "trillion", "tn": "trillion", "billion": "billion", "bn": "billion",
                                 "million": "million", "mn": "million", "m": "million"}
FIGURE_CURRENCIES: dict[str, str] = {"US$": "$"}  # spellings of one currency
# "a" or "an", up to three words and a singular "was": a toll of one ("A garment worker was killed"; not "a further 12
# were killed", nor "a number of people", whose verb is plural)
_ONE_WAS = (r"(?:{MOD}\s+)?(?<![\w-])(?P<n>an?)\s+(?!(?:number|total|further|dozen|few|handful|couple|third|quarter|"
            r"half|majority|minority)\b)(?:[\w-]+\s+){0,3}?was\s+")
# the words one of which every pattern of a kind holds (a clause without them is not searched)
# An earthquake's magnitude ("a magnitude 6.8 earthquake", "the 7.4-magnitude quake"): two reports whose magnitudes
# are MAGNITUDES_APART or more apart tell of two quakes (a main shock and its aftershock); closer, of one, and the
# figures are a conflict.
FIGURE_MAGNITUDE = r"(?:\bmagnitude[-\s]+(?P<mag>\d(?:\.\d)?)\b|\b(?P<mag2>\d\.\d)[-\s]+magnitude\b)"
MAGNITUDES_APART = 1.0
# A rate set at a level ("cut its benchmark interest rate to 3.25 percent", "held rates at 4.5%").
FIGURE_PERCENT = r"(?P<pct>\d{1,2}(?:\.\d{1,3})?)\s*(?:%|per\s*cent\b|percent\b)"
FIGURE_WORDS: dict[str, tuple[str, ...]] = {
    "rate": ("rate",),
    "votes": ("vote", "passed", "approved", "adopted", "rejected", "defeated", "cleared", "confirmed", "favour",
              "favor"),
    "value": ("deal", "takeover", "acqui", "merger", "offer", "bid", "buy", "bought", "valued", "worth", "purchase"),
    "magnitude": ("magnitude",),
}
# Counts of a thing, as two sources of one event may give them differently ("carried out 140 operations" and "162
# operations", "27 confirmed cases" and "31 cases", "142 passengers" and "about 160 passengers"): a number, at most one
# of COUNT_QUALIFIERS, and a plural noun; the conflict is named by the noun. Not the nouns of COUNT_NOT_NOUNS (lengths
# of time, shares, money, which other fields or the dates compare), nor after COUNT_NOT_BEFORE ("3 new cases" is a part
# of the total, not another count of it).
# (in words, "two" to "twenty": "one" counts no plural, and "dozens" is no figure to compare)
COUNT_NUMBER_WORDS: tuple[str, ...] = TOLL_NUMBER_WORDS[TOLL_NUMBER_WORDS.index("two"):TOLL_NUMBER_WORDS.index("twenty") + 1]
COUNT_PATTERN = (r"(?<![\w.,$£€%-])(?:(?P<mod>at\s+least|more\s+than|over|nearly|almost|about|around|some|roughly|"
                 r"approximately)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6}|" + "|".join(COUNT_NUMBER_WORDS)
                 + r")(?:\s+(?P<qual>{QUALIFIERS}))?\s+(?P<noun>[a-z]{3,}s)\b(?!['’-])")
COUNT_QUALIFIERS: tuple[str, ...] = ("confirmed", "suspected", "reported", "registered", "recorded", "scheduled",
                                     "planned", "cancelled", "canceled", "affected")
COUNT_NOT_BEFORE: tuple[str, ...] = ("new", "more", "other", "further", "additional", "extra", "fresh", "last", "first",
                                     "next", "previous", "straight", "consecutive")
# A count that is the whole a part is counted from ("23 of the country's 47 counties", "three of the nine members",
# "12 of its 40 branches"): the part, before "of" and a determiner or a possessive, is the count told.
COUNT_WHOLE_BEFORE = (r"(?<![\w.,$£€%-])(?P<part>\d{1,3}(?:,\d{3})+|\d{1,6}|" + "|".join(TOLL_NUMBER_WORDS)
                      + r")\s+of\s+(?:(?:the|its|their|his|her|our|[\w-]+['’]s)\s+){1,2}$")
COUNT_NOT_NOUNS: frozenset[str] = frozenset("""seconds minutes hours days weeks months years decades centuries nights
mornings evenings weekends times percent points cents pence dollars euros pounds rupees yen francs shares votes
seats runs goals wickets overs laps holes strokes games matches sets rounds miles kilometres kilometers metres meters
feet inches yards tonnes tons barrels litres liters gallons degrees acres hectares""".split())
FIGURES: dict[str, list[tuple[str, str]]] = {
    "votes": [
        # the tally right after what was passed, before any other vote the clause tells of ("The Senate passed the bill
        # 61-38 on Sept. 18, two days after a 62-37 cloture vote"): 61-38
        (r"\b(?:passed|approved|adopted|rejected|defeated|cleared|confirmed)\s+(?:(?:the|a|an|its|their|this)\s+)?"
         r"(?:[a-z-]+\s+){0,2}?{TALLY}\b(?!\s*(?:%|per\s*cent|percent))", "The Senate passed the bill 61-38"),
        (r"\bby\s+(?:a\s+(?:vote|margin)\s+of\s+)?{TALLY}\b(?!\s*(?:%|per\s*cent|percent))",
         "passed by 301 votes to 288"),
        (r"\bvot(?:ed|es?|ing)\s+(?:was\s+)?{TALLY}\b(?!\s*(?:%|per\s*cent|percent))", "lawmakers voted 301-288"),
        (r"\b{TALLY}\s+(?:\w+\s+)?vote\b", "in a 302-287 vote"),
        # the votes for and against told apart: "with 80 deputies in favour, 68 against and three abstentions"
        (r"\b(?P<a>\d{1,3}(?:,\d{3})*)\s+(?:[a-z]+\s+){0,2}?in\s+favou?r\b,?\s+(?:with\s+|and\s+)?"
         r"(?P<b>\d{1,3}(?:,\d{3})*)\s+(?:[a-z]+\s+)?(?:against|opposed)\b", "with 80 deputies in favour, 68 against"),
    ],
    "magnitude": [(r"{MAGNITUDE}", "a magnitude 6.8 earthquake")],
    "rate": [(r"\brates?\b(?:\s+[\w-]+){0,8}?\s+(?:to|at)\s+(?:a\s+(?:range\s+of\s+|level\s+of\s+)?)?{PERCENT}",
              "cut its benchmark interest rate by a quarter point to 3.25 percent")],
    "value": [
        (r"\b(?:for|valued\s+at|worth|priced\s+at|totall?ing)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?{SUM}",
         "agreed to buy Helix for $18.5bn"),
        (r"{SUM}(?:\s+|-)(?:[\w-]+\s+){0,2}?(?:deal|takeover|acquisition|merger|offer|bid|buyout|purchase)\b",
         "an $18.2 billion all-cash deal"),
    ],
}
