"""Tense cues: words near an expression that say whether it lies before or after the reference time.

The resolver looks for the cue nearest to the expression inside its
sentence. "will meet on Tuesday" points forward; "began on Wednesday" back.
"""

from . import vocabulary as V


# A verb of schedule in the present simple ("the council meets on Thursday", "the minister arrives in Paris
# on Monday", "the offer ends Nov. 30") points ahead, in its sentence and right before a date: news writes
# what is timetabled in the present. Only the "-s" forms, which are no nouns and no base forms after "did"
# or "could" ("did not meet Friday").
SCHEDULE_PRESENT: frozenset[str] = frozenset("""
meets begins starts opens ends closes resumes convenes reconvenes reopens arrives departs leaves returns faces
plays hosts visits runs goes travels takes kicks launches releases unveils delivers falls flies heads restarts
""".split())
# ("falls": a day of the calendar, "Eid falls on Wednesday", "Christmas Day falls on a Friday this year")

FUTURE_CUES: frozenset[str] = SCHEDULE_PRESENT | frozenset("""
will 'll shall won't wont going scheduled slated planned expected expects due
upcoming would tomorrow expect please
""".split())
# ("please" opens a request, which is for what is to come: "Please check your email by 7am on Monday")
# Modals that point ahead with a verb after them ("could make his debut on Saturday", "may visit on Friday"), but
# back with a perfect ("may have left on Monday"); "could" also with a negation: "could not be reached on Monday"
# is the past of "cannot".
MODALS: frozenset[str] = frozenset("could may might must can".split())
# Modals that are also the past of another ("could": the past of "can"): a day of the year they give the tense of is
# the nearest such day ("Citizens abroad could cast postal ballots from 23 March", written on 28 March: this 23 March,
# not next year's). A weekday is left to them: "could make his debut on Saturday" is the coming one.
AMBIVALENT_MODALS: frozenset[str] = frozenset(("could",))
MODAL_PAST_AFTER: frozenset[str] = frozenset(("have",))
COULD_PAST_AFTER: frozenset[str] = frozenset("not n't never".split())

# Auxiliaries and irregular past forms; regular "-ed" forms are found by suffix.
PAST_CUES: frozenset[str] = frozenset("""
was were had did said told began begun came went took taken made gave given got saw seen found
left fled fell held kept led lost met paid put ran rose sent set shot sold spent stood struck
swept threw thought took won wrote became broke brought built bought caught chose drew drove fought
flew forgot froze grew heard hid hit hurt knew laid lay meant overthrew quit read rode rang sang
sank sat slept slid spoke spun split spread stole stuck stung swore swam tore understood woke wore
wound withdrew ago last earlier previously yesterday overtook seized declared lit fed bled bent bound dealt
dug hung knelt leapt sought shone shrank sped sprang strode swung taught wept mistook forgave forbade
retook overran underwent undertook upheld rebuilt
died sued owed tied lied eyed axed eked
didn't wasn't weren't hadn't couldn't
""".split())
# (the negated past auxiliaries: "The status page didn't turn red until 15:05 UTC" is past, as "did not turn" is;
# "couldn't" as "could not")

# Words ending in -ed that are not past-tense verbs.
NOT_PAST_ED: frozenset[str] = frozenset("""
need needed_ speed seed feed deed bed red shed bred creed greed indeed united hundred
embed weed breed steed tweed naked wicked sacred rugged ragged beloved learned_ aged
preferred based related limited alleged unprecedented unexpected unidentified unnamed undisclosed
unspecified unarmed detailed skilled renowned compared titled entitled dubbed nicknamed
""".split())
# ("an exhibition titled 'Faces from the Bog'": a name's participle, no past of its clause)
# A word in "un-" and "-ed" is an adjective ("will begin excluding unvaccinated students on Monday", "an unconfirmed
# report"), but for these verbs of undoing ("unveiled the plan on Monday"); a word in "under-" is no such word
# ("undermined").
UN_VERBS_ED: frozenset[str] = frozenset("""
unveiled unleashed uncovered unearthed unlocked unloaded unpacked unfolded unsealed unravelled unraveled unfurled
unplugged unblocked unseated unnerved unified united unionised unionized untied unwrapped unrolled unscrewed unfroze
unsettled unmasked unlisted unsubscribed unfollowed unfriended unseated unhooked unlatched
""".split())

# Words ending in -ing that are nouns or prepositions, not gerunds ("since spring", "since building work began").
NOT_GERUNDS: frozenset[str] = frozenset("""
spring morning evening during building meeting ceiling ruling wedding funding string thing something nothing
anything everything offering earnings opening beginning ending housing clothing feeling setting king sibling
""".split())

# The future proper, not a past's future ("would"): what "will" be done on "the same day" is not done on a day gone by.
TRUE_FUTURE_WORDS: frozenset[str] = frozenset("will 'll shall".split())
# ... as a pattern ("they'll" too).
TRUE_FUTURE = r"\b(?:will|shall)\b|['’]ll\b"
PRESENT_CUES: frozenset[str] = frozenset("is are am says say does do".split())
# Contractions of "are" and "am" ("we're flying to Paris on Sunday", "I'm off on Friday") are present cues, and so is
# "'s" after these pronouns ("she's leaving on Friday"); after a noun it is a possessive ("Trump's visit").
PRESENT_CONTRACTIONS: frozenset[str] = frozenset(("re", "m"))
IS_CONTRACTION_PRONOUNS: frozenset[str] = frozenset("he she it that there what who here where".split())

# An auxiliary right before a participle decides its tense.
FUTURE_AUXILIARIES: frozenset[str] = frozenset("will 'll shall would be".split())
PRESENT_AUXILIARIES: frozenset[str] = frozenset("is are am".split())
# A perfect right before a date ("has set Nov. 10 as the deadline") leaves its direction to the sentence.
PERFECT_AUXILIARIES: frozenset[str] = frozenset("has have".split())

# "had been due to expire Friday": a future cue after these is past.
PAST_PERFECT_AUXILIARIES: frozenset[str] = frozenset("had".split())
# "did not expect a vote on Friday": after these a future cue is past too.
PAST_BEFORE_FUTURE_CUE: frozenset[str] = PAST_PERFECT_AUXILIARIES | frozenset("did didn't".split())

# Local cues: the words right before a date without a year decide its direction
# before the sentence tense does (see ``maliclock.cues.local_cue``).
# A target ("extended to Nov. 20", "until January"): the nearest such date.
# "in the year to March", "the three months to September": a period that ends then, no target ahead
PERIOD_NOUNS: frozenset[str] = frozenset("year years months month weeks week quarter quarters period days".split())
TARGET_WORDS: frozenset[str] = frozenset("to until till through by before".split())
# Words before a target's "to" that put it in the past: a rise "backdated to April" reaches back.
PAST_TARGET_LEADS: frozenset[str] = frozenset("backdated retroactive retroactively".split())
# Past verbs of lasting among the four words before "until" or "till": the end they reach is gone by too ("stayed until
# April 9", written in October: last April, where "until" alone leaves the nearest; "kept trickling in until Thursday").
PAST_UNTIL_LEADS: frozenset[str] = frozenset("""stayed remained lasted continued persisted waited lingered ran held
served lived worked kept""".split())
# A day without a year in a past sentence is the one just past when a past verb at most this many words before "on"
# says what happened on it ("was born on May 1", "went to the polls on April 20"); else the tense's (the coming one
# if at most two months ahead: "has announced two further strike days, on March 5").
PAST_VERB_ON_WORDS = 4
# A weekday in a present clause after "as of" is when a count or a state was last measured, not a day timetabled ahead
# ("The 27 confirmed cases as of Friday afternoon is nearly double the 14 reported on February 20"): the one gone by.
STATUS_AS_OF_BEFORE = r"\bas\s+of\s+$"
# A past participle after one of these is no past tense: "will be debated through May", "is being audited through June"
# (passive, ahead or now), where "was debated through May" is a stretch gone by.
NOT_PAST_BEFORE_PARTICIPLE: frozenset[str] = frozenset("be being".split())
# An infinitive after a word that obliges or permits, with its date after it: what is to be done lies ahead, whatever the
# tense of the obliging verb ("was remanded in custody to appear at Darnford Crown Court on April 6", "have applied for
# permits to march on Wednesday afternoon", "agreed on Sunday to raise oil production by 206,000 barrels per day in
# April"). Not a purpose after a verb of motion ("flew to Paris to attend a summit on
# Monday"), nor "decided" or "voted", which may tell when; nor "to" before a determiner, a preposition ("agreed to the
# deal late Tuesday"). A plan's limit is ahead too ("promised not to strike before Whit Monday, June 9").
INFINITIVE_PLAN_BEFORE = (r"\b(?:remanded|bailed|summoned|ordered|applied|permits?|permission|promised|vowed|pledged|"
                          r"threatened|urged|invited|asked|agreed)\b(?:\s+[\w'’-]+){0,6}?\s+to\s+"
                          r"(?!(?:be|the|a|an|his|her|its|their|this|that|these|those|our|my|your)\s)[a-z]+"
                          r"(?:\s+(?!(?:and|but|after|before|when|while|who|which|that|since)\b)[\w'’.,()-]+){0,8}?"
                          r"\s+(?:(?:on|at|in|by|from|before|until)\s+)?$")
# A forecast's content lies ahead, whatever the tense of the forecasting: "The Met Office has forecast hot and humid
# weather, with temperatures up to 41C on Friday and Saturday" (the coming ones); not the day of the forecast itself
# ("predicted on Monday that ...").
FORECAST_CONTENT_BEFORE = (r"\b(?:forecast|forecasts|predicted|predicts|projected|projects)\b"
                           r"(?!\s+(?:on|at|in|that|to|last|earlier|yesterday)\b)"
                           r"(?:(?!\b(?:issued|published|released|made|announced|by)\b)[^.;:!?]){6,100}?"
                           r"\s+(?:on|by|from|until|through)\s+$")
# (of a weekday only; not a forecast "issued on 14 October" or "forecast by the consultancy on 19 August")
# Words right before a date that put it in the past, whatever the tense: "on patrol since March".
PAST_LOCAL_WORDS: frozenset[str] = frozenset({"since", "recently"})
# ("most recently in September", "recently in March": the last time gone by, whatever "meet every two months" says)
# Words that announce a scheduled date ("payable Dec. 1", "effective Feb. 1").
# Their plurals, which are also base forms: these point ahead unless an auxiliary or "to" comes right before
# ("the sides meet again on Wednesday"; not "did not meet Friday", "failed to meet Friday").
SCHEDULE_PRESENT_PLURAL: frozenset[str] = frozenset("""meet begin resume convene reconvene reopen arrive depart open
close start end face play host visit go travel take kick launch release unveil fly leave return head restart""".split())
# After a plural subject they also set the sentence's tense ("They face Bayern on Tuesday", "The teams meet again
# in January"): a pronoun of these, or a word in "-s" of four letters or more that is none of these.
PLURAL_PRONOUNS: frozenset[str] = frozenset("they we you".split())
NOT_PLURAL_NOUNS: frozenset[str] = frozenset("""this thus hers ours yours theirs unless always perhaps sometimes news
whereas plus less""".split())
# ... or after a name, a team's ("Arsenal host Chelsea on Sunday"); not after these, which open sentences
NOT_NAME_SUBJECTS: frozenset[str] = frozenset("""the and but then when while where this that these those there their
they them what which who how also did does not never will would can could should may might must shall was were""".split())
# ... nor after a copula, where the form is an adjective ("the shops were open on Monday").
COPULAS: frozenset[str] = frozenset("is are was were be been being am".split())
PROSPECTIVE_WORDS: frozenset[str] = frozenset("""
payable effective expire expires expiring due scheduled slated planned starting beginning deadline expected
""".split()) | SCHEDULE_PRESENT
# ... of which those that may tell a date on either side of publication: the nearest ("the rains expected in October",
# written in September; "The second consignment, expected on October 25, arrived two days later")
NEAREST_PROSPECTIVE_WORDS: frozenset[str] = frozenset(("expected",))
# A past of these before "due" says the day came: "the coupon that fell due on Wednesday" is gone by.
DUE_CAME_BEFORE: frozenset[str] = frozenset(("fell", "became", "came"))
# A live blog's section heading that is only a day at most this many days before publication, over time-stamped
# entries, dates them: "today" and a bare clock time in them are that day's (anchor kind "section").
LIVE_SECTION_MAX_DAYS = 7
# Nouns of a plan that a month or day without a year may label ("the mid-October target", "the March 31 deadline"):
# the nearest such month or day, whatever the tense of the clause (the plan was set before, for then).
PLAN_NOUNS: tuple[str, ...] = ("target", "deadline", "goal", "timetable", "timeline", "date")
# ... and a month or day after one and "of" ("beyond the current expiry date of March 19", "a deadline of Friday").
PLAN_NOUN_OF_BEFORE = r"\b(?:deadline|expiry\s+date|expiration\s+date|target\s+date|due\s+date|target)\s+of\s+$"
# A month after a noun of quantity and "for" is the period the figure is planned or counted for, the nearest such month
# whatever the clause's tense ("agreed to a modest production increase for April", written in March: this April; "sales
# for April", written in May: the April just gone).
FIGURE_FOR_BEFORE = (r"\b(?:increase|increases|rise|cut|cuts|output|production|quota|quotas|target|targets|prices?|"
                     r"sales|figures?|data|forecast|allocation|supply|supplies|exports|imports)\s+for\s+$")
# ... and so is a month after a change "by" a figure and "for", "from" or "starting" ("agreed on Sunday to cut output by
# 411,000 barrels per day (bpd) from April", "to lower the quota by 411,000 b/d for April", "raised fares by 5% from
# May"): the nearest such month.
FIGURE_CHANGE_BEFORE = (r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[$€£¥₹]?\d[\d.,]*\s*"
                        r"(?:%|[a-z/]+)?(?:\s+(?:[a-z/]+|\([a-z/]+\))){0,3}\s+(?:for|from|starting(?:\s+in)?)\s+$")
# Nouns of PROSPECTIVE_WORDS whose date a past verb before them in the sentence places in the past ("completed the
# signing with 20 minutes to spare before the 7pm deadline on Monday": the Monday gone by), unless that verb set or
# moved the date (DEADLINE_SETTING_VERBS: "The union set a deadline of Friday").
PROSPECTIVE_NOUNS: frozenset[str] = frozenset(("deadline",))
DEADLINE_SETTING_VERBS: frozenset[str] = frozenset("""set extended moved pushed called imposed gave issued fixed
announced brought""".split())
# A plan told in the past, right before its date ("which was due to ship on November 20", "had been scheduled for
# January 12", "was supposed to take place on December 3"): the plan's day may lie on either side of publication; the
# nearest such day is meant.
# The participles of a plan that ``PAST_PLAN_BEFORE`` reads as a plan gone by: no future tense of their own there.
PLAN_PARTICIPLES: frozenset[str] = frozenset("scheduled set slated planned booked arranged timetabled".split())
PAST_PLAN_BEFORE = (r"\b(?:was|were|had\s+(?:originally\s+|initially\s+|first\s+)?been|had)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|supposed|scheduled|"
                    r"set|slated|expected|planned|meant|booked|arranged|pencilled\s+in|penciled\s+in|timetabled)\s+(?:to\s+[a-z]+(?:\s+(?:place|off|out|up|down|in))?\s+"
                    r"(?:(?!(?:and|but|or|when|after|before)\s)[\w&'’-]+,?\s+){0,8}?)?(?:for|on|in|at|by)?\s*$")
# (the plan's verb may take words before the date: "had been set to go under the hammer at Harrowgate & Finch on April
# 15", written after it: the April 15 just gone)
# Phrases right before a date that announce it as scheduled: a dividend's record date comes after its
# declaration ("payable Dec. 1 to stock of record Nov. 10", "the record date is Nov. 9", "to holders of record at the
# close of business on Oct. 31").
# ... and a bound on when something may happen ("would try again no earlier than Monday", "no later than Friday").
# ... and the present of a rule's start: "comes into effect", "comes into force", "take effect" (not "came").
PROSPECTIVE_BEFORE = (r"\b(?:of\s+record|record\s+date(?:\s+(?:is|of|will\s+be))?)"
                      r"(?:\s+(?:at|as\s+of)\s+the\s+close\s+of\s+(?:business|trading))?\s+(?:on\s+|as\s+of\s+)?$"
                      r"|\bno\s+(?:earlier|sooner|later)\s+than\s+$"
                      # ... and a rule's start told in the present ("The warning comes into effect at 3am on Friday", "with
                      # ING's change taking effect on September 1")
                      r"|\b(?:comes?|takes?|coming|taking)\s+(?:into\s+)?(?:effect|force)\s+(?:[\w.:]+\s+){0,3}$"
                      # ... and what is prepared for in the present ("as protesters prepare for 9 April march", "bracing
                      # for Sunday's vote"; not "had prepared for Tuesday's meeting", over)
                      r"|\b(?:prepar(?:e|es|ing)|gear(?:s|ing)?\s+up|brac(?:e|es|ing))\s+(?:themselves\s+)?for\s+"
                      r"(?:the\s+|a\s+|next\s+)?$")
# What comes before a weekday's happening ("showed no sign of fading ahead of Thursday's anniversary march", "in the
# run-up to Sunday's vote", "had deployed ahead of Saturday's match"): the nearest such day, before or after
# publication, whatever the tense (the clause tells what led up to it; a past verb does not put it a week back).
AHEAD_OF_BEFORE = r"\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to)\s+$"
# A happening called, set or cancelled "for" a weekday or a day of the year lies ahead, whatever the tense ("The
# opposition called a general strike for Wednesday", "The hearing was set for Friday", "has issued an orange alert for
# Thursday and Friday", "setting a snap election for
# June 7", "Airlines cancelled 86 flights for Thursday"; a month too: "which Talaura has now confirmed for March"): a past
# sentence names such a day for what comes next.
SCHEDULED_FOR_BEFORE = (r"\b(?:call(?:ed|ing)|set(?:ting)?|schedul(?:ed|ing)|plann(?:ed|ing)|fix(?:ed|ing)|slated|"
                        r"book(?:ed|ing)|announc(?:ed|ing)|summon(?:ed|ing)|conven(?:ed|ing)|organi[sz](?:ed|ing)|"
                        r"declar(?:ed|ing)|cancel(?:l?ed|l?ing)|confirm(?:ed|ing)|forecast(?:ed)?|issu(?:ed|ing))\b[^.;:!?]{0,50}?"
                        r"\bfor\s+(?:next\s+)?$"
                        # ... and a happening called for, its day after it ("have called for a national day of prayer on
                        # Friday", "called for another march on Saturday")
                        r"|\bcall(?:ed|ing|s)?\s+for\s+(?:a|an|another|fresh|new|more|further)\s+(?:[\w'’-]+\s+){0,5}?"
                        r"(?:on|for)\s+(?:next\s+)?$")
# A new date given to something put off or brought forward ("the launch was pushed back to Saturday", "the hearing
# was postponed until April 10", "organisers rescheduled the concert for Sunday") lies ahead, whatever the tense:
# a rescheduling is news before the new date, not after it.
RESCHEDULED_BEFORE = (r"\b(?P<verb>postpone[sd]?|delay(?:s|ed)?|move[sd]?|push(?:es|ed)?\s+back|put\s+(?:back|off)|"
                      r"reschedule[sd]?|defer(?:s|red)?|adjourn(?:s|ed)?|extend(?:s|ed)?|br(?:ought|ings?)\s+forward)"
                      r"\s+(?P<obj>(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s+)?"
                      r"(?P<particle>(?:back|forward|off|again)\s+)?(?P<link>to|until|till|through|for)\s+(?:the\s+)?$")
# A past verb right before a date places it behind the publication date ("ended Sept. 30",
# "sank on 2 April"); auxiliaries and reporting verbs do not ("was extended to", "said Nov. 20").
AUXILIARIES_AND_REPORTING: frozenset[str] = frozenset("was were had did said told ago last earlier".split())
# A clock time right after one of these is when it was said ("the center said at 1100 GMT"): it is on the
# publication day, not on the day the sentence talks about.
# After the clause it reports (", the center said." at the sentence's end), such a verb is no tense cue for
# the dates before it: its tense is the saying's.
REPORTING_WORDS: frozenset[str] = frozenset("said says told reported added stated".split())
# Verbs that tell the day a quotation was said ('"We will vote today," the minister said on Monday': today is Monday).
SAYING_VERBS: tuple[str, ...] = ("said", "says", "told", "added", "stated", "wrote", "tweeted", "posted", "declared")
# "on" and an indefinite article, maybe with one adjective, before a weekday make it some such day, not the one nearest
# publication ("on a wet Friday afternoon in 1979", "on a Sunday"; not "said in a statement Tuesday evening", nor a
# setting or an outing the word after the article names: "said on a podcast Monday night", "on a visit Tuesday").
INDEFINITE_BEFORE_WEEKDAY = (r"\bon\s+(?:a|an)\s+(?:(?!(?:{SETTINGS}|visit|trip|tour|flight|show|programme|program)\s)"
                             r"[a-z]+,?\s+)?$")
# A date that opens a line, maybe after a bullet, and a colon or a dash after it is an item of a timeline ("12 October:
# coalition talks open", "- 3 May - polls close"): its present tense is a headline's, so it is the nearest such day,
# not the coming one.
TIMELINE_ITEM_BEFORE = r"(?:^|\n)[ \t]*(?:[-•*–—][ \t]*)?$"
TIMELINE_ITEM_AFTER = r"[ \t]*(?::[ \t]|[-–—][ \t])"
# "before" a weekday after a negation, in a clause not in the past, says what will not happen until then: the coming
# one ("No reopening before Wednesday", "not before Friday at the earliest").
NEGATED_BEFORE = r"\b(?:no|not|never|nothing|none|n['’]t)\b[^.;:!?]{0,40}?\bbefore\s+(?:(?:early|late|next|this)\s+)?$"
# A month that opens a past sentence right after one that named a month or day with its year, long before publication,
# goes on in that story's year when it comes at most this many months after it ("That changed in January 2025. In
# February, he crossed into Belgium": 2025-02).
STORY_MONTH_STEPS = 3
# A weekday right after a saying verb and right before a modal is the subject of what will be ("The office said Saturday
# would be declared a day of national mourning", "officials said Monday will see more closures"): the coming one.
SUBJECT_OF_MODAL_AFTER = r"\s+(?:would|will|could|might|should|is\s+to|was\s+to|is\s+going\s+to)\b"

# Words skipped while looking back for a local cue.
# A relative clause set off by a comma, up to the date inside it, is told in its own verb's tense (", which cut
# interest rates in February," is past whatever the main clause says), and so is "after" with a gerund ("after
# setting a record close on Oct. 28"): group "verb" the relative clause's verb, "gerund" the gerund.
RELATIVE_ASIDE_BEFORE = (r",\s+(?:which|who)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+[^,;:()]{0,60}?$"
                         r"|\bafter\s+(?P<gerund>[a-z]{3,}ing)\s+[^,;:()]{0,50}?$")
# Participles of a plan: a weekday after one in the present is ahead ("The festival is held on Saturday"); after
# another participle it is what was done ("statements made Friday").
TIMETABLE_PARTICIPLES: frozenset[str] = frozenset("held scheduled set planned expected due slated staged played".split())
# A weekday's happening that is timetabled: in a present-tense clause, "Saturday's 2:30 p.m. kickoff is Senior Day"
# and "Tuesday's meeting is open to the public" are the coming day's, where a possessive otherwise labels what a day
# gone by produced ("Thursday's closing price is the lowest since May", "follows Tuesday's declaration"). The noun
# is looked for among the four words after the "'s".
SCHEDULED_EVENT_NOUNS: frozenset[str] = frozenset("""game games match kickoff kick-off final semifinal semi-final
race meeting vote election summit hearing ceremony talks session debate concert show premiere opening deadline trial
parade rally service funeral auction fight bout showdown derby fixture tournament matchup tipoff tip-off
stage practice qualifying round leg""".split())
# (a race's parts too: "Sunday's 15th stage [...] is expected to go ahead", "Saturday's final round is at Sawgrass")
# A wish or need and its object right before a past participle make it no past ("Kolev wants the vote held before the
# summer recess", "they need the bill passed by Friday"): the clause looks ahead.
WISH_OBJECT_BEFORE = r"\b(?:wants?|needs?|prefers?|would\s+like|would\s+rather\s+have)\s+(?:[\w'’-]+\s+){1,4}$"
# So with "with" and its object ("with Friday held in reserve", "with most of the cuts completed by the end of the
# first quarter"): a participle of the clause, with no tense of its own (not past a word that opens a clause: "with
# officials who arrived on Monday").
WITH_OBJECT_BEFORE = (r"\bwith\s+(?:(?!(?:who|whom|which|that|when|where|while|and|but|or|as|he|she|they|it|we|i|you)\b)"
                      r"[\w'’%-]+\s+){1,5}$")
# Forms that are both the base and the past: after "which" or "who", with no auxiliary, the past ("the bank, which cut
# rates in February,": a present would be "cuts").
BASE_AND_PAST: frozenset[str] = frozenset("cut hit put set shut quit spread hurt cost let bet split shed burst beat cast "
                                          "upset".split())
# After one of these a verb whose past is its base form ("it forecast", "she set") is in the past: the present would
# end in "-s" ("it forecasts").
SINGULAR_SUBJECT_PRONOUNS: frozenset[str] = frozenset("it he she".split())
PAST_AS_BASE_AFTER_SINGULAR: frozenset[str] = BASE_AND_PAST | frozenset(("forecast", "broadcast"))
# A figure compared with the one of an earlier date ("Containment is at 38%, up from 27% on Monday morning"): that date
# is gone by, whatever the tense of the clause.
COMPARED_FROM_BEFORE = (r"\b(?:up|down|rising|falling|rose|fell|higher|lower|increasing|decreasing)\s+from\s+"
                        r"[^,;:()]{1,25}?\s+(?:on|at|in)\s+$")
# "told" and its hearer right before a date: the day it was told, gone by, whatever the told clause's tense ("A
# spokesman told reporters Tuesday he would resign next month": the Tuesday before publication).
# The hearers of a saying, named in the plural or as a body ("told reporters", "briefed MPs").
HEARERS: tuple[str, ...] = ("reporters", "journalists", "parliament", "lawmakers", "legislators", "MPs", "senators",
                            "investors", "analysts", "supporters", "delegates", "voters", "residents", "crowds?")
# A look back to a date ("logs going back to at least February 10", "records dating back to March"): gone by, whatever
# the tense (the "going" of "going to" is no plan here).
LOOK_BACK_BEFORE = (r"\b(?:going|dating|stretching|reaching|harking)\s+back\s+(?:to\s+)?"
                    r"(?:at\s+least\s+|as\s+far\s+as\s+|as\s+early\s+as\s+)?(?:the\s+)?$")
# So is a saying's setting before a date, with its hearers or not ("said on a call with analysts on Tuesday", "said in a
# statement late Monday"; ``SAID_SETTINGS`` below).
TOLD_HEARER_BEFORE = (r"\b(?:(?:told|informed|assured|briefed)\s+(?:" + "|".join(HEARERS)
                      + r"|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)"
                      r"|(?:said|told|added|wrote)\s+(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?"
                      r"(?:{SETTINGS})(?:\s+with\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:" + "|".join(HEARERS) + r"))?)"
                      r"\s+(?:on\s+)?(?:late\s+|early\s+)?$")
LOCAL_SKIP_WORDS: frozenset[str] = frozenset("on in at of the a an record as early late again least earliest".split())
# What may stand between a verb of saying and the day it was said, outside a quotation ('"We will vote today," the
# minister said late on Monday'; "told reporters shortly after midnight on Tuesday"; "said in a statement on Monday
# evening"; "told cheering supporters in Bravik shortly before midnight on Sunday"; "said on a call with analysts on
# Tuesday"): a hearer, a setting (with its hearers), "late" or "early", "shortly after" and the like.
SAID_SETTINGS: tuple[str, ...] = ("statement", "interview", "news conference", "press conference", "briefing", "speech",
                                  "letter", "post", "report", "filing", "broadcast", "news release", "address", "call",
                                  "media conference", "podcast")
TOLD_HEARER_BEFORE = TOLD_HEARER_BEFORE.replace("{SETTINGS}", "|".join(w.replace(" ", r"\s+") for w in SAID_SETTINGS))
_SETTINGS_RX = "|".join(w.replace(" ", r"\s+") for w in sorted(SAID_SETTINGS, key=len, reverse=True))
INDEFINITE_BEFORE_WEEKDAY = INDEFINITE_BEFORE_WEEKDAY.replace("{SETTINGS}", _SETTINGS_RX)
# A saying told around a bare clock time makes it the time of the saying, on the publication day (as a clock time right
# after "said" is): a setting issued or held right before it ("in a statement issued at 7 a.m. London time", "according
# to a statement released at 9 a.m. ET", "The companies held a call with analysts at 9:30 a.m."), a saying by telephone
# ("said by telephone at 0800 GMT"), or a saying "at" a setting that the clock time labels ("said at an 11 a.m. news
# conference", "told reporters at the 1pm media conference": SAID_SETTING_AFTER_CLOCK right after the clock time).
SAID_CLOCK_BEFORE = (r"\b(?:(?:" + _SETTINGS_RX + r")\s+(?:was\s+)?(?:issued|released|published|posted|sent)"
                     r"|held\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:" + _SETTINGS_RX + r")"
                     r"(?:\s+with\s+(?:[a-z-]+\s+)?(?:" + "|".join(HEARERS) + r"))?"
                     r"|(?:said|told|added|stated)\s+(?:(?:by\s+(?:tele)?phone|via\s+video\s+link))"
                     r")\s+(?:at\s+)?(?:(?:about|around|shortly\s+after|just\s+after)\s+)?$")
SAID_AT_SETTING_BEFORE = (r"\b(?:said|told|added|stated|announced)\s+(?:(?:[a-z-]+\s+)?(?:" + "|".join(HEARERS)
                          + r")\s+)?(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+$")
SAID_SETTING_AFTER_CLOCK = r"\s+(?:[\w-]+\s+)?(?:" + _SETTINGS_RX + r")\b"
# A market quote's clock time ("shares jumped 24% to 36.90 euros in Amsterdam by 0930 GMT", "The lira traded at 44.85 per
# dollar at 1030 GMT", "were trading at EUR36.84 as of 11:15 a.m."): the level when the report was written, on the
# publication day, unless its sentence names a day. Both a word of trading and a price or a percentage come before
# the clock time in its sentence, and "at", "by" or "as of" right before it.
MARKET_QUOTE_WORDS = (r"\b(?:shares?|stocks?|futures|index|yields?|bonds?|currency|traded|trading|jumped|rose|fell|"
                      r"slipped|slid|gained|climbed|dropped|surged|tumbled|(?:was|were)\s+(?:up|down))\b")
MARKET_QUOTE_PRICE = (r"(?:%|\bper\s?cent\b|\d\s*(?:euros?|dollars?|pence|cents|crowns|kronor|yen|yuan|rupees|points)\b|"
                      r"[$€£¥]\s?\d|\b(?:EUR|USD|GBP|CHF|JPY)\s?\d|\bper\s+dollar\b|\d/b\b|\ba\s+barrel\b)")
MARKET_QUOTE_AT = r"\b(?:at|by|as\s+of)\s+$"
SAID_DAY_BEFORE = (r"\b(?:{SAYING})\s+(?:(?:(?:[a-z-]+\s+)?(?:" + "|".join(HEARERS) + r")(?:\s+(?:in|at)\s+[A-Z][\w.-]*)?"
                   r"|the\s+[\w-]+|[A-Z][\w.-]*)\s+)?"
                   r"(?:(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:"
                   + "|".join(w.replace(" ", r"\s+") for w in SAID_SETTINGS)
                   + r")\s+(?:with\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:" + "|".join(HEARERS) + r")\s+)?)?(?:(?:late|early)\s+)?(?:on\s+|at\s+|(?:shortly|just|soon|minutes|hours)\s+(?:after|before)\s+)?"
                   r"(?:(?:late|early)\s+)?$")

# Words that point forward only when an infinitive follows ("plans to", "set to resume");
# otherwise they are nouns or past forms ("the plan", "a record set on Aug. 6").
FUTURE_BEFORE_TO: frozenset[str] = frozenset("""plan plans set hope hopes aim aims intend intends forecast forecasts want wants
need needs seek seeks
projected predicted likely poised track about""".split())

# Words after which a verb is in its base form: "expected to hit", "could put", "did not cut" (the past of
# hit, put, cut, set, read, spread ... is written as the base form; these are no past cues).
BASE_FORM_BEFORE: frozenset[str] = frozenset("""to will would can could may might must should shall did does do not
won't wouldn't can't couldn't didn't doesn't don't""".split())

# After "that" a form in "-ed" followed by one of these is a relative clause's verb ("a party that trailed by 20
# points"), not an adjective ("that damaged building").
WORDS_AFTER_A_VERB: frozenset[str] = frozenset("""by in on at the a an to from with for its his her their after before
during over about up down out into off as than more""".split())
# Before these an "-ed" word is an adjective, not a past verb ("a still unspecified date").
DETERMINERS: frozenset[str] = frozenset("a an the its their his her our this that these those".split())
# Words before a plural verb of schedule that make it a noun ("was placed on paid leave Wednesday night", "on sick
# leave", "maternity leave"): no plan.
NOUN_OF_SCHEDULE_BEFORE: frozenset[str] = frozenset("""paid unpaid sick annual maternity paternity parental compassionate
medical administrative garden study shore special""".split())
# Past forms that are nouns too, after a determiner ("gets his first shot Saturday", "a cut on Wednesday"), and the
# adjectives that may stand between ("his first shot", "the final cut").
PAST_FORMS_ALSO_NOUNS: frozenset[str] = frozenset("shot cut hit bid cast spread split upset".split())
NOUN_ADJECTIVES: frozenset[str] = frozenset("first second third final opening next last only big".split())
# ... and so are these counts, when a noun follows the form ("three missed tests", "two injured officers"; not "The
# two resigned on Monday": a word of ``WORDS_AFTER_A_VERB`` follows a verb).
COUNT_DETERMINERS: frozenset[str] = frozenset("""two three four five six seven eight nine ten eleven twelve several
    many few multiple""".split())
# Adverbs that, between a determiner and a form in "-ed", make it an adjective ("a still unexplained blast",
# "the newly elected parliament"; with any word ending in "-ly"). Another word there is a noun, and the form
# its verb ("A jury convicted him in March", "The government announced on Monday").
ADVERBS_BEFORE_PARTICIPLE: frozenset[str] = frozenset("still yet now long much well so as not never once already "
                                                     "just also recently".split())

# Adverbs of frequency: a clause with one tells what happens as a rule, so a part of the day it names with "the" is
# any such day, not one ("The hostages were often kept in caves during the day", "Traffic usually peaks in the
# morning"): its value is left unspecified (XXXX-XX-XXTMO), and it places nothing.
HABITUAL_ADVERBS: frozenset[str] = frozenset("""often usually typically normally generally always sometimes frequently
    routinely regularly rarely seldom habitually customarily traditionally""".split())
# Phrases of the same sense, looked for before a month or season in its sentence: "Every year between October and
# December, [...]", "fires every winter, most of them in January and February", "the peak months of December and
# January".
HABITUAL_PHRASES = r"\b(?:(?:every|each)\s+(?:year|winter|summer|spring|autumn|fall)|peak\s+months?)\b"
HABITUAL_RULES: frozenset[str] = frozenset(("the_part_of_day", "part_of_day_mod", "the_period"))
# ... and so is a month or a season named without a year after such an adverb in its clause ("The rainy season usually
# peaks in August and September", "the ferry normally runs twice a day in spring"): any year's (XXXX-08, XXXX-SP).
HABITUAL_YEARLESS_RULES: frozenset[str] = frozenset(("date_month", "date_season", "date_season_bare"))
# A clock time, or the span it opens, that a frequency follows is a time of any such day ("open from 8 a.m. to 8 p.m.
# every day", "between 8 a.m. and 8 p.m. on weekdays", "open until 9 p.m. through December"): the day is left
# unspecified (XXXX-XX-XXT08:00).
EVERY_DAY_AFTER_CLOCK = (r"(?:\s*(?:-|–|to|and|until|till)\s*[\w.:]{1,10}(?:\s*[ap]\.?m\.?)?)?\s*,?\s*"
                         r"(?:(?:every|each)\s+(?:day|weekday|night|morning|evening)|daily|on\s+weekdays|"
                         r"seven\s+days\s+a\s+week|Monday\s+(?:to|through)\s+(?:Friday|Saturday|Sunday)|"
                         r"(?:through|throughout|for\s+all\s+of)\s+(?:the\s+)?(?:month|summer|winter|January|February|"
                         r"March|April|May|June|July|August|September|October|November|December))\b")
# ... and one a frequency comes right before, with the word that opens the span ("will stay open daily from 9 a.m. to 6
# p.m.", "is served every day at 7 a.m.").
EVERY_DAY_BEFORE_CLOCK = (r"\b(?:(?:every|each)\s+(?:day|weekday|night|morning|evening)|daily|on\s+weekdays|"
                          r"seven\s+days\s+a\s+week)\s*,?\s+(?:from|between|at|until|till)\s+$")
HABITUAL_UNITS: frozenset[str] = frozenset(("day",))

# Words that open another clause: a cue after one of these, past the date, is that clause's tense, not the
# date's ("said late Saturday that the attackers would be punished": the saying was Saturday, not ahead).
CLAUSE_OPENERS: frozenset[str] = frozenset("""that which who whom whose because although though whereas unless
while""".split())
# ... and so does a coordinating conjunction: "Debt stood at 90% at end-March and will reach 95%" ("will" is the
# next conjunct's).
# A comparison after the expression is another time's: a cue in it is not the clause's ("a rate cut in September,
# up from 50% a month ago").
COMPARISON_OPENERS: tuple[str, ...] = ("up from", "down from", "compared with", "compared to", "versus", "vs.",
                                       "against", "from")
# ... and so does a comparative after a comma, a figure or a few words before it: "to average 33.5 GW in January, 2.1 GW
# higher than a year ago" ("ago" is the comparison's time, not January's).
COMPARATIVE_AFTER_COMMA = (r"(?:[^\s,;]+\s+){0,4}(?:higher|lower|more|less|fewer|greater|larger|smaller|bigger|better|worse|"
                           r"cheaper|dearer|stronger|weaker|faster|slower)\s+than")
COORDINATORS: frozenset[str] = frozenset("and but so yet".split())
# ("so" and "yet" join clauses too: "the bill was sent to the president on 8 April, so the deadline falls this Saturday")
# ... and so does a subordinating conjunction: "is expected to raise rates on Thursday after the currency plunged
# last week" ("plunged" is the "after" clause's). (Not in CLAUSE_OPENERS: "after" is also a preposition, which
# does not end the clause of a date before it.)
SUBORDINATORS_AFTER_DATE: frozenset[str] = frozenset("after before since until once if where".split())
# ("where" opens a relative clause of place: "will host investors in New York on 9 December, where it had been
# expected to set out a target": "had" is the clause's)
# A date fronted at the head of its sentence and an aside set off by commas after it that one of these words opens,
# alone or after a span of time ("On Wednesday, 50 years to the day after the dam failed, the town will gather";
# "On Friday, hours before the polls close, ..."): the aside's verb is not the date's tense; the main clause's after
# the aside is.
ASIDE_OPENERS: frozenset[str] = frozenset("""after before since until once when while as because although though
whereas unless""".split())
# what may stand before the opener: a span of time, "to the day" ("50 years to the day after", "just hours before")
ASIDE_SPAN_LEADS: frozenset[str] = frozenset("just only some about nearly almost exactly barely".split())
# Past participles not in "-ed" that open a phrase set off by commas (", set out in a letter delivered late on Thursday
# night,"): a cue after the comma that closes it is the main clause's.
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset("""set made held built sent taken given written shown known seen found
brought caught kept left lost paid put sold told won hit cut shut struck stolen thrown drawn driven flown grown broken
chosen spoken frozen led read""".split())
# Relative pronouns that may be the plural subject of a verb of SCHEDULE_PRESENT_PLURAL ("Morocco, who open their
# campaign on Saturday"): a form that is no past.
RELATIVE_SUBJECTS: frozenset[str] = frozenset("who which that".split())
# Adverbs set off by commas before a verb ("The minister, meanwhile, sought ..."): the verb is the clause's own, not
# that of a participle phrase (besides any word in "-ly").
SENTENCE_ADVERBS: frozenset[str] = frozenset("""meanwhile however though also then still instead too therefore
moreover nonetheless nevertheless later earlier meantime again once""".split())

# A day inside a participle or relative clause set off by commas dates that aside only: a clock time after the aside
# is not on its day ("Parliament voted in the small hours of Wednesday. The motion, filed last Thursday, passed at
# 2:17 a.m.": Wednesday's 2:17). What opens such an aside before its day, and what closes it after.
ASIDE_OPENS_BEFORE_DAY = (r",\s+(?:(?:which|who)\s+(?:(?:was|were|had\s+been|has\s+been|had|has)\s+)?)?(?:[a-z]+ly\s+)?"
                          r"[a-z]{3,}(?:ed|en|wn)\b[^,;:()]{0,60}$")
ASIDE_CLOSES_AFTER_DAY = r"(?:[^,;:.()]|\.(?=\d)){0,60}?,"
# (and a relative clause in the simple past, its figures' decimals and all: "Pereira, 63, who topped the first round on
# March 20 with 44.3 per cent of the vote, cast his ballot [...] shortly after 8 a.m.": the day of the vote, not March 20)

# A clock time in the past tense whose paragraph names no day ("It hit Dimorphos at 7:14 p.m.") is on the
# day the article last named, if that day lies at most this many days before publication; else on the
# publication day.
NARRATIVE_DAY_MAX_DAYS = 14

# A day written without a year, in a sentence that has just named a month or day with its year ("won the
# leadership in July 2016, weeks after the referendum on 23 June"), is in the year that puts it within this
# many days of that date, if the publication date's year does not.
SENTENCE_DATE_NEAR_DAYS = 62

# A weekday and a day told in the past whose weekday fits only a year ahead of publication are the story's when they
# fall at most this many days after the last day the article named ("On Monday, March 8 [1976]. [...] on Wednesday,
# March 10": 1976); a narrative moves on from its last day, it does not jump a year.
STORY_WEEKDAY_MAX_DAYS = 62

# A trailing attribution's reporting verb may be followed by four words before the sentence ends or a comma, or by
# this many when the last is a name: the speaker and a title ("..., said Linerlytics head of research Sofie Berg.";
# not "In May, it said it would sell the unit.").
ATTRIBUTION_WORDS_AFTER = 8

# Nouns of data a month labels ("February's inflation figures", "the September payroll data"), and of pay for a month
# ("would receive their May wages by Monday", written in June): that month is over, or under way, whatever the tense of
# their release.
DATA_NOUNS: frozenset[str] = frozenset("""figures figure data numbers statistics stats payrolls reading readings print report
cpi gdp wages salaries salary paychecks payslips rent""".split())
# ... but only a month at most this many months back, unless the sentence is in the past: data is released within a
# quarter of its month's end, so "will publish its June crop report on 2 June", written in May, is this June's report
DATA_MONTHS_BACK = 3

# A month that labels a happening after a determiner ("the June meeting", "a September cut", "its March deadline"): the
# happening's tense is not the clause's ("Economists said the vote made the June meeting live", written in May, is this
# June's meeting), so the month is the nearest such month to publication, ...
LABELLING_MONTH_BEFORE = r"\b(?:the|a|an|its|their|his|her|our)\s+$"
LABELLING_MONTH_NOUNS: frozenset[str] = frozenset("""meeting meetings decision vote election elections poll deadline summit
session cut hike rise increase review auction conference talks launch hearing trial visit rally strike walkout match
final fixture deal budget announcement""".split())
# ... when that month is at most this many months from publication; a month farther off keeps its clause's tense ("won
# the December election", written in June, is last December's)
LABELLING_MONTH_NEAR = 3

# "the new year" written from this month on, in a sentence not in the past, is the year to come ("an early election in
# the new year", written in November); before it, or in the past, the year begun ("over Christmas and the new year,
# the two sides agreed", written in March).
NEW_YEAR_AHEAD_FROM_MONTH = 7

# An hour told without a.m. or p.m. ("four o'clock") a few hours after an afternoon or evening time just mentioned, or
# after an afternoon or an evening, is in the afternoon or evening too ("ended at 3:40 p.m. Sunday [...] just before
# four o'clock": 16:00).
MERIDIEM_FREE_RULES: frozenset[str] = frozenset(("clock_oclock", "clock_words_zone", "clock_words_minutes",
                                                  "clock_minutes_before_that_part", "clock_hour_before_that_part"))
AFTERNOON_FOLLOW_HOURS = 4
# ... and after a night, an hour said from this one on is the evening's ("Tuesday night [...] at about ten past nine")
NIGHT_EVENING_FROM_HOUR = 6

# A headline's infinitive after its subject tells what is to come ("Fuel prices to fall on Wednesday after rate cut",
# "Man to appear in court on Monday"): headlines drop the "are" of "are to"; read only when the headline has no
# other tense cue.
HEADLINE_INFINITIVE_BEFORE = r"\b[\w'’-]+\s+to\s+(?!(?:the|a|an|his|her|their|its|be|date)\b)[a-z]+\b"

# "last Tuesday" written the day after a Tuesday is the Tuesday of the week before: the day before would be
# "yesterday" or "Tuesday" (a week's days further back are "last" either way: "last Friday", written on Monday).
LAST_WEEKDAY_SKIPS_DAYS = 1

# A date that only labels a document, a letter or a chart week is the nearest such day, whatever the clause's tense
# ("our advisories dated 03 July", written on 10 July: this July; "the list dated Oct. 23", written on 17 October:
# this October).
DATED_LABEL_BEFORE = (r"\bdated\s+(?:on\s+)?$"
                      # ... and a police log's number and day ("quoting log 1024 of February 4")
                      r"|\blog\s+(?:number\s+|no\.?\s*)?\d+\s+(?:of|for|on)\s+$")

# After "through" and a past form, a stretch gone by ("weakened through the summer"), unless a day follows: the end of
# a stretch ("would keep the government funded through Dec. 17", "ran through Friday"), placed as a target is.
DAY_AFTER_THROUGH = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+"
                     r"(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b)")

# "this weekend" in a past clause written on a Monday or a Tuesday (ISO weekday up to this) is the weekend just gone
# ("His daughter told LeedsLive this weekend ...", written on Monday 16 March: 14-15 March), not the coming one.
PAST_WEEKEND_TOLD_BY_WEEKDAY = 2

# A month or weekday that names what is traded for delivery lies ahead, whatever the trade verb's tense ("Brent for May
# settlement climbed", "futures for August delivery rose", "Baseload for Thursday delivery cleared", "the March
# contract fell"): the coming one.
# A benchmark's or a price list's name after a month is that month's contract: "NYMEX April WTI settled", "raised its April
# OSP" (official selling price), "the May Brent contract".
# So does a contract's name up to four words after the month: "the July hard red winter wheat contract", "Kansas City
# July wheat futures".
DELIVERY_AFTER = (r"[\s-]+(?:delivery|settlement|loading|loadings|contract|contracts|futures|shipment|shipments|expiry|"
                  r"WTI|Brent|RBOB|OSPs?|official\s+selling\s+prices?|"
                  r"(?:(?:{COMMODITY})\s+){1,4}(?:contracts?|futures))\b")
DELIVERY_AFTER = DELIVERY_AFTER.replace("{COMMODITY}", "|".join(V.COMMODITY_WORDS))
# ... and so does a month after a traded thing and "for": "Benchmark Dutch gas for January rose", "Brent for June slipped".
DELIVERY_BEFORE = r"\b(?:{COMMODITY}|WTI|Brent|RBOB)\s+for\s+$".replace("{COMMODITY}", "|".join(V.COMMODITY_WORDS))
# A date that a participle of coming closer follows is ahead, whatever the clause's tense: "With the holiday on
# November 1st approaching, authorities have asked people to stay away", "with the deadline of June 30 looming".
APPROACHING_AFTER = (r"\s+(?:(?:fast|rapidly|quickly|now|fast-)\s*)?(?:approaching|looming|nearing|drawing\s+(?:near|closer)|"
                     r"around\s+the\s+corner|coming\s+up)\b")

# A bare clock time in the small hours (before SMALL_HOURS_END) after a clock time late in the evening (from
# LATE_CLOCK_HOUR) is on the next day ("The blaze started at about 11:40 p.m. on Tuesday. Firefighters had it under
# control by 4:15 a.m.": Wednesday), as one after a night already is.
LATE_CLOCK_HOUR = 20
SMALL_HOURS_END = 8
# ... and a time before this hour is deep in the night: a late evening told after it, in the past, is the evening before
# ("counted by 3 a.m. today [...] conceded after 10 p.m."); not after a morning's time ("sent a message at 6:40 a.m. on
# Saturday. [...] by 8 p.m.": that Saturday)
DEEP_NIGHT_END = 5
