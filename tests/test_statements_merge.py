"""Dated statements and the merge into events, on small fixtures."""

from __future__ import annotations

from datetime import date

from maliclock import merge
from maliclock.statements import phrases as st_phrases, summary as st_summary
from maliclock.merge import chronology, compatible, fold, stem
from maliclock.pipeline import process_article
from maliclock.read import Article

THU = date(2012, 3, 22)


def _events(*articles):
    stmts = []
    for ident, text, dct in articles:
        stmts.extend(process_article(Article(ident, text, ident, dct)).statements)
    return chronology(stmts)


def test_clause_split_between_two_dates():
    pa = process_article(Article("a", "Having retired, Touré was elected president in 2002, and was due to step "
                                      "down next month at the end of his term.", "a", date(2012, 3, 27)))
    assert [(s.value, s.summary) for s in pa.statements] == [
        ("2002", "Having retired, Touré was elected president."),
        ("2012-04", "Touré was due to step down at the end of his term.")]


def _summaries(text, dct=date(2012, 3, 26)):
    return [(s.value, s.summary) for s in process_article(Article("a", text, "a", dct)).statements]


def _spans(text, dct):
    """(value, first day, last day, summary) of each statement of ``text``."""
    return [(s.value, s.start.isoformat(), s.end.isoformat(), s.summary)
            for s in process_article(Article("a", text, "a", dct)).statements]


def test_dates_in_one_clause_place_it_once_on_the_finest():
    # no clause boundary between "June" and "Friday": one clause, the day's, and no word cut in two
    assert _summaries("The figures for June were revised upward on Friday.", date(1998, 8, 8)) == [
        ("1998-08-07", "The figures were revised upward.")]
    # "after the bell Thursday" alone would be too weak: the sentence
    assert _summaries("Prices fell sharply in May, after the bell Thursday.", date(2010, 5, 21)) == [
        ("2010-05", "Prices fell sharply."), ("2010-05-20", "Prices fell sharply, after the bell.")]
    # a subject and its past verb stand alone ("Prices fell."); two words without a verb do not
    assert _summaries("Prices fell in May, after the bell Thursday.", date(2010, 5, 21)) == [
        ("2010-05", "Prices fell."), ("2010-05-20", "Prices fell, after the bell.")]
    assert _summaries("Construction began in 2013 and was finished four years later.", date(2021, 3, 8)) == [
        ("2013", "Construction began."), ("2017", "Construction was finished.")]
    assert _summaries("AT&T shares rose on Monday but fell on Tuesday.", date(2024, 6, 28)) == [
        ("2024-06-24", "AT&T shares rose."), ("2024-06-25", "AT&T shares fell.")]
    # coordinated dates of one granularity are all kept
    assert _summaries("Rebellions in 1962-1964 and 1990-1995 failed.") == [
        ("1962", "Rebellions failed."), ("1990", "Rebellions failed.")]


def test_a_date_in_brackets_restating_the_one_before_places_nothing_more():
    # one moment told in two zones: one statement, the first date's
    assert _summaries("The eight made the decision at a brief meeting that started at 2pm UAE time (10am GMT).",
                      date(2026, 3, 2)) == [("2026-03-02T14:00", "A brief meeting started.")]
    assert _summaries("The ceasefire began at 12am on Wednesday, February 18 (9pm GMT Tuesday).", date(2026, 2, 25)) == [
        ("2026-02-18T00:00", "The ceasefire began.")]
    # two dates of their own stay two
    assert len(_summaries("Talks began at 2pm and ended at 6pm (local time).", date(2026, 3, 2))) == 2


def test_coordinated_clauses_keep_their_dates_and_borrow_the_subject():
    assert _summaries("He was first elected to the Senate in 1974 and retired in January 1993.") == [
        ("1974", "He was first elected to the Senate."), ("1993-01", "He retired.")]
    # "until at least Monday" is a boundary, as "until Monday" is
    assert _summaries("Schools will remain closed until at least Monday, officials said.") == []


def test_a_dateline_is_no_statement_and_no_part_of_one():
    assert _summaries("BEIJING, August 8 (Xinhua) -- China's exports rose 12.4 percent in the first seven months "
                      "of this year, the customs office said Saturday.", date(1998, 8, 8)) == [
        ("1998", "China's exports rose 12.4 percent in the first seven months.")]


def test_weak_clauses_take_their_sentence_and_bare_verbs_a_subject():
    assert _summaries("Officials expect the new tariff schedule, announced in mid-July, to take effect on "
                      "October 1.", date(1998, 8, 8)) == [
        ("1998-07", "The new tariff schedule was announced."),
        ("1998-10-01", "Officials expect the new tariff schedule to take effect.")]
    assert _summaries("President Uhuru Kenyatta, who was elected in March, said in a televised address late "
                      "Saturday that the attackers would be punished.", date(2013, 9, 22)) == [
        ("2013-03", "President Uhuru Kenyatta was elected."),
        ("2013-09-21", "President Uhuru Kenyatta said in a televised address that the attackers would be punished.")]
    # a participle says what happened then: kept
    assert _summaries("A judge sentenced him on Thursday, capping a case that began in 2009.",
                      date(2012, 11, 16)) == [("2012-11-15", "A judge sentenced him."),
                                              ("2009", "A case began.")]
    # "the past decade" is the ten years up to publication, a length of time: it places nothing
    assert _summaries("Over the past decade, trade has grown 15 percent a year.", date(1998, 8, 8)) == []


def test_since_does_not_place_and_range_is_one_statement():
    pa = process_article(Article("a", "The tribes launched their first rebellion since 2009. Two rebellions "
                                      "(1962-1964) failed.", "a", THU))
    assert [(s.value, s.start, s.end) for s in pa.statements] == [
        ("1962", date(1962, 1, 1), date(1964, 12, 31))]


def test_a_time_of_day_after_its_day_is_one_statement():
    pa = process_article(Article("a", "The curfew was lifted on March 23 at 6 a.m., officials said. Soldiers struck "
                                      "the palace on Wednesday, March 21 at dawn. Rebels left on Friday, in the "
                                      "evening. The vote was on March 25. At noon, results came.", "a",
                                 date(2012, 3, 26)))
    assert [(s.value, s.summary) for s in pa.statements] == [
        ("2012-03-23T06:00", "The curfew was lifted."),
        ("2012-03-21TMO", "Soldiers struck the palace."),
        ("2012-03-23TEV", "Rebels left."),
        ("2012-03-25", "The vote was on March 25."),  # a bare copula keeps its date
        ("2012-03-25T12:00", "Results came.")]
    ranges = process_article(Article("b", "Talks ran on March 21 and 22.", "b", date(2012, 3, 26))).statements
    assert [(s.start, s.end) for s in ranges] == [(date(2012, 3, 21), date(2012, 3, 22))]


def test_a_date_of_the_saying_alone():
    def stmts(text):
        return [(s.value, s.summary) for s in process_article(Article("a", text, "a", date(2012, 3, 26))).statements]

    # the sentence's other date places what was said: no statement for the day it was said
    assert stmts("The mission's mandate expires at the end of the year, the United Nations said last month.") == [
        ("2012", "The mission's mandate expires.")]
    assert stmts("Troops attacked the palace on Wednesday, officials said on Thursday.") == [
        ("2012-03-21", "Troops attacked the palace.")]
    # the only date is the saying's: what was said, on that day, attribution kept
    assert stmts("The army has seized power, a spokesman said on Thursday.") == [
        ("2012-03-22", "The army has seized power, a spokesman said.")]
    assert stmts("Officials said on Thursday that the president had resigned.") == [
        ("2012-03-22", "Officials said that the president had resigned.")]
    # a saying's date before the date of what it reports, as fine and no later, places nothing: one event
    assert stmts("The ministry said on Friday that the border reopened on Tuesday after a week.") == [
        ("2012-03-20", "The ministry said that the border reopened after a week.")]
    assert stmts("Officials told reporters Friday the fire started Wednesday night.") == [
        ("2012-03-21TNI", "Officials told reporters the fire started.")]
    # but a plan for later is news on the day it is announced, and a coarser date may only name a noun
    assert [v for v, _ in stmts("A spokesman said on Monday that the border would reopen on Friday.")] == [
        "2012-03-26", "2012-03-30"]
    assert [v for v, _ in stmts("The OAU said Friday it would investigate the genocide nearly four years ago.")] == [
        "2012-03-23"]
    # nor does a date in a relative clause of the report's noun tell when the reported thing happened
    assert [v for v, _ in stmts("The ministry said today that the deficit for the year that ended on 31 December "
                                "came in at 6.8%.")] == ["2012-03-26", "2011-12-31"]
    # a clause of nothing but its date ("In 2005,") frames the sentence; it is no statement of its own
    assert stmts("In 2005, Hurricane Wilma hit Florida in October.") == [("2005-10", "Hurricane Wilma hit Florida.")]
    # a name before "said" in mid-sentence is what was said, not an attribution to drop
    assert stmts("Opposition leader Aminata Sangare said the protest on December 20, 2007 was illegal.") == [
        ("2007-12-20", "Opposition leader Aminata Sangare said the protest was illegal.")]


def test_a_name_that_opens_with_a_pronoun_is_no_pronoun_and_a_conjunct_lends_its_own_subject():
    # "Sheriff" is not "She": the summary is not said of the sentence before
    assert _summaries("The cause of the fire is under investigation. Sheriff Ray Dunleavy said on Sunday that "
                      "investigators were looking at everything.", date(2025, 8, 4)) == [
        ("2025-08-03", "Sheriff Ray Dunleavy said that investigators were looking at everything.")]
    # a verb after "and" borrows the subject of the clause after ", but", not the sentence's first
    assert _summaries("No deaths have been reported, but one firefighter suffered minor burns on Monday night and was "
                      "released from hospital early Tuesday.", date(2025, 8, 5)) == [
        ("2025-08-04TNI", "No deaths have been reported, but one firefighter suffered minor burns."),
        ("2025-08-05", "One firefighter was released from hospital.")]


def test_a_figure_with_commas_and_dates_joined_with_their_prepositions_stay_whole():
    # the comma of "31,400" ends no phrase; "for this week or for this month" goes as one phrase
    assert _summaries("Okonjo crossed to settle a final that kicked off at 5.30pm in front of 31,400 supporters.",
                      date(2026, 5, 17)) == [("2026-05-17T17:30", "A final kicked off in front of 31,400 supporters.")]
    assert _summaries("The 500,000 doses of vaccine, which arrived at the airport on Friday, were driven south in "
                      "lorries on Saturday.", date(2025, 8, 19)) == [
        ("2025-08-15", "The 500,000 doses of vaccine arrived at the airport."),
        ("2025-08-16", "The 500,000 doses of vaccine were driven south in lorries.")]
    assert _summaries('"This is not a signing for this week or for this month alone," he said.', date(2025, 9, 2)) == [
        ("2025-W36", '"This is not a signing alone," he said.')]


def test_which_after_a_long_clause_dates_the_definite_noun_phrase_of_a_preposition_that_ends_it():
    assert _summaries("Its chair said the charity had recovered about £640,000 through the confiscation process, which "
                      "concluded in November.", date(2026, 6, 8)) == [("2025-11", "The confiscation process concluded.")]
    assert _summaries("Officials said the company had cut hundreds of jobs in the weeks after the merger, which was "
                      "completed in March.", date(2026, 6, 8)) == [("2026-03", "The merger was completed.")]
    # a clause that ends with its object, or a date, has no such head: the whole sentence
    assert _summaries("Officials said the company had cut hundreds of jobs, which angered unions in March.",
                      date(2026, 6, 8)) == [("2026-03", "Officials said the company had cut hundreds of jobs, which "
                                                          "angered unions.")]


def test_a_quotation_that_is_only_a_date_and_approximations_left_out_of_an_expression():
    # a date that is all a quotation says stays (it had left '" "'); "on or" and "since about" go with their date;
    # "the weekend shift" leaves "the shift"
    assert _summaries('That is inside the "first quarter" promised in the communique.', date(2025, 11, 24)) == [
        ("2025-Q1", 'That is inside the "first quarter" promised in the communique.')]
    assert _summaries("Attackers entered the network on or about February 27, the order says.", date(2026, 10, 21)) == [
        ("2026-02-27", "Attackers entered the network.")]
    assert _summaries("An analyst working the weekend shift flagged the transfer on Sunday.", date(2026, 10, 21)) == [
        ("2026-10-18", "An analyst working the shift flagged the transfer.")]


def test_a_subject_with_of_and_a_name_before_an_apposition_is_lent_to_its_verb():
    assert _summaries("The murder trial of Corinne Lascelles, the former manager accused of killing a hotelier, opened in "
                      "the High Court on Wednesday.", date(2025, 3, 12)) == [
        ("2025-03-12", "The murder trial of Corinne Lascelles, the former manager accused of killing a hotelier, opened "
                       "in the High Court.")]
    # ... and when the apposition has a date of its own, to the verb's clause
    assert _summaries("The murder trial of Corinne Lascelles, the former manager accused of killing a hotelier on New "
                      "Year's Day, opened in the High Court on Wednesday.", date(2025, 3, 12))[-1] == (
        "2025-03-12", "The murder trial of Corinne Lascelles opened in the High Court.")


def test_an_aside_after_the_subject_of_what_was_said_is_that_subject_s():
    # the participle set off after "said the flags on the waterfront" is the flags', and so is the verb after it
    assert _summaries("The mayor, Idris Mbeki-Clarke, said the flags on the waterfront, lowered on the first of "
                      "February, would be raised again this evening.", date(2026, 2, 13)) == [
        ("2026-02-01", "The flags were lowered."), ("2026-02-13TEV", "The flags on the waterfront would be raised again.")]
    # an attribution set off, with only its time after the verb, is still one
    assert _summaries("The rebels, the army said on Monday, seized the town on Sunday.", date(2026, 2, 13)) == [
        ("2026-02-08", "The rebels seized the town.")]


def test_a_new_date_s_to_an_age_set_off_and_a_named_zone_without_time():
    # "to" goes with the date given; the commas of an age make no participle aside of the verb after them
    assert _summaries("Justice Pillay adjourned sentencing to 3 April and ordered a pre-sentence report.",
                      date(2025, 3, 21)) == [("2025-04-03", "Justice Pillay adjourned sentencing and ordered a "
                                                            "pre-sentence report.")]
    assert _summaries("Ardell, 58, conceded defeat at 0215 GMT in a short speech to supporters.", date(2025, 3, 2)) == [
        ("2025-03-02T02:15", "Ardell, 58, conceded defeat in a short speech to supporters.")]
    # "noon Eastern": a named zone needs no "time"
    assert _summaries("Polls had closed at noon Eastern on Saturday, March 1.", date(2025, 3, 13)) == [
        ("2025-03-01T12:00", "Polls had closed.")]


def test_and_before_a_preposition_between_two_dates_cuts_no_clause():
    # "through the night and into Sunday morning": one span told in two phrases, one clause, the finer date places it
    assert _summaries("Negotiators spoke to Carrow by phone through the night and into Sunday morning, police said.",
                      date(2025, 9, 24)) == [("2025-09-21TMO", "Negotiators spoke to Carrow by phone.")]


def test_and_inside_a_name_cuts_no_clause():
    # "and" between two capitalised words joins the parts of a name ("Safety and Modernization"): one clause, which
    # the day places; "and" after a date before a name still opens the next clause
    assert _summaries("The president on Friday signed the Water Safety and Modernization Act into law at an 11 a.m. "
                      "ceremony in the Rose Garden.", date(2025, 9, 27)) == [
        ("2025-09-26", "The president signed the Water Safety and Modernization Act into law at a ceremony in the "
                       "Rose Garden.")]
    assert _summaries("Smith resigned on Monday and Jones took over on Tuesday.", date(2025, 9, 27)) == [
        ("2025-09-22", "Smith resigned."), ("2025-09-23", "Jones took over.")]


def test_an_age_after_a_name_and_a_date_after_before_cut_no_clause():
    # ", 44," sets off an age, and "before" right before a date is the date's: one clause, placed by the finer date
    assert _summaries('"Tonight the country has asked for change," Rehnberg, 44, told supporters in Bravik shortly '
                      'before midnight on Sunday.', date(2026, 4, 13)) == [
        ("2026-04-12T24:00", '"The country has asked for change," Rehnberg, 44, told supporters in Bravik.')]


def test_a_past_verb_after_a_saying_is_no_participle():
    def stmts(text):
        return [(s.value, s.summary) for s in process_article(Article("a", text, "a", date(2012, 3, 26))).statements]

    # what was said has its own subject and verb: "the suspect fled", not "the suspect was fled"
    assert stmts("Police said the suspect fled on Tuesday.") == [("2012-03-20", "Police said the suspect fled.")]
    # a participle with the main verb after it is still one: the man was arrested on Tuesday
    assert stmts("Police said the man arrested on Tuesday was released.") == [("2012-03-20", "The man was arrested.")]
    # and after an object that is no saying's: the bridge was built in 1990
    assert stmts("Police said it destroyed the bridge built in 1990.") == [("1990", "The bridge was built.")]


def test_same_event_across_articles_merges_with_time_of_day_conflict():
    ev = _events(("a", "Malian soldiers began their mutiny on Wednesday afternoon in a barracks.", THU),
                 ("b", "The mutiny began Wednesday morning at a military camp, the Press Association wrote.", THU))
    assert len(ev) == 1
    e = ev[0]
    assert (e.value, e.granularity, e.sources) == ("2012-03-21", "day", ["a", "b"])
    assert [(c.field, c.values) for c in e.conflicts] == [("time_of_day", {"AF": ["a"], "MO": ["b"]})]


def test_a_touchdown_is_a_landing_and_two_clock_times_of_it_a_conflict():
    feb4 = date(2026, 2, 4)
    ev = _events(("a", "Touchdown was confirmed at 21:47 UTC on Tuesday, 3 February, after a powered descent.", feb4),
                 ("b", "Halcyon touched down at 21:53 UTC on Feb. 3, a few minutes behind schedule.", feb4))
    assert [(e.value, e.sources) for e in ev] == [("2026-02-03", ["a", "b"])]
    assert [(c.field, c.values) for c in ev[0].conflicts] == [("time_of_day", {"21:47": ["a"], "21:53": ["b"]})]


def test_a_time_stamp_on_its_own_line_dates_the_entry_after_it():
    text = ("US election live\n\n2h ago\n14.32 EST\nKamala Harris conceded the race in a call to Donald Trump, "
            "an aide said.\n\n3h ago\n13.05 EST\nMarkets rallied after the result.\n\n12.40 EST\n"
            "Polls closed in Alaska at 1 a.m.")
    assert sorted(_summaries(text, date(2024, 11, 6))) == [
        ("2024-11-06T01:00", "Polls closed in Alaska."),
        ("2024-11-06T13:05", "Markets rallied after the result."),
        ("2024-11-06T14:32", "Kamala Harris conceded the race in a call to Donald Trump.")]


def test_each_line_of_a_timeline_box_is_a_statement_of_its_date():
    text = ("Fraudster loses appeal\n\nKey dates:\n12 February 2024 - Hale arrested at his home in Harrogate\n"
            "27 March 2025 - lodges appeal\n16 October 2025 - appeal dismissed\n\n"
            "Three judges dismissed the appeal yesterday.\n")
    assert _summaries(text, date(2025, 10, 17)) == [
        ("2024-02-12", "Hale arrested at his home in Harrogate."), ("2025-03-27", "Lodges appeal."),
        ("2025-10-16", "Appeal dismissed."), ("2025-10-16", "Three judges dismissed the appeal.")]


def test_two_clock_times_of_one_article_are_two_events():
    # a live blog's entries share words ("polls closed") but not their time: within one article, two events;
    # across articles, the same happening at two clock times is one event with a conflict
    text = ("10:15 p.m. ET: Polls closed in Nevada an hour ago.\n\n"
            "9:01 p.m. ET: Polls have now closed in Texas, Nevada and Arizona.")
    ev = _events(("a", text, date(2020, 11, 4)))
    # "an hour ago" counts back from its entry's time stamp, which then places nothing itself
    assert sorted((e.value, e.summary) for e in ev) == [
        ("2020-11-04T21:01", "Polls have closed in Texas, Nevada and Arizona."),
        ("2020-11-04T21:15", "Polls closed in Nevada.")]
    ev = _events(("a", "Polls closed in Nevada at 10:15 p.m.", date(2020, 11, 4)),
                 ("b", "Polls closed in Nevada at 10:25 p.m.", date(2020, 11, 4)))
    assert [(e.sources, [c.field for c in e.conflicts]) for e in ev] == [(["a", "b"], ["time_of_day"])]
    # a clock time outside a part of the day is another time of it: within one article, two events
    text = ("A hurricane made landfall near Siesta Key at 8:30 p.m. Wednesday as a Category 3 storm. At least four "
            "people were killed when a tornado struck on Wednesday afternoon, hours before the hurricane arrived.")
    # (in the order of the day: the afternoon before 8:30 p.m.)
    assert [e.value for e in _events(("a", text, date(2024, 10, 10)))] == ["2024-10-09TAF", "2024-10-09T20:30"]
    text = ("A hurricane made landfall near Siesta Key at 8:30 p.m. Wednesday as a Category 3 storm. The hurricane "
            "made landfall near Siesta Key on Wednesday evening.")
    assert [e.value for e in _events(("a", text, date(2024, 10, 10)))] == ["2024-10-09T20:30"]  # times that agree


def test_reports_that_agree_on_a_day_merge_before_a_next_day_can_dispute_it():
    mon, tue = date(2023, 2, 6), date(2023, 2, 7)
    ev = _events(("a", "A powerful earthquake struck Turkey and Syria early Monday.", mon),
                 ("b", "The death toll from Monday's earthquake in Turkey rose above 5,000 on Tuesday. "
                       "The quake struck Turkey before dawn on Monday.", tue))
    assert [(e.value, e.sources, [c.field for c in e.conflicts]) for e in ev] == [
        ("2023-02-06TMO", ["a", "b"], []), ("2023-02-07", ["b"], [])]
    # one source on two days is two happenings, whatever the order of the scores
    ev = _events(("a", "A powerful earthquake struck Turkey on Monday.", mon),
                 ("b", "Another earthquake struck Turkey on Tuesday. An earthquake struck Turkey on Monday.", tue))
    assert [(e.value, e.sources) for e in ev] == [("2023-02-06", ["a", "b"]), ("2023-02-07", ["b"])]


def test_marches_and_visits_merge_across_wordings():
    ev = _events(("a", "Tens of thousands of people marched through London on Saturday calling for a ceasefire.",
                  date(2023, 10, 16)),
                 ("b", "Police arrested 15 people during a demonstration in London on Saturday.", date(2023, 10, 15)),
                 ("c", "Prime Minister Rishi Sunak will visit Israel on Thursday.", date(2023, 10, 16)),
                 ("d", "British Prime Minister Rishi Sunak arrived in Israel on Thursday.", date(2023, 10, 19)))
    assert [(e.value, e.sources) for e in ev] == [("2023-10-14", ["a", "b"]), ("2023-10-19", ["c", "d"])]


def test_different_tolls_of_one_event_are_a_conflict():
    d = date(2024, 3, 23)
    ev = _events(("a", "Gunmen killed at least 60 people at a concert hall near Moscow on Friday, officials said.", d),
                 ("b", "The attack on the concert hall near Moscow on Friday killed 93 people and injured 145.", d),
                 ("c", "Gunmen attacked the concert hall near Moscow on Friday, and 145 were injured.", d))
    assert len(ev) == 1
    assert [(c.field, c.values) for c in ev[0].conflicts if c.field in ("deaths", "injured")] == [
        ("deaths", {"93": ["b"], "at least 60": ["a"]})]
    # one article's own figures are of two moments, no conflict
    ev = _events(("a", "The quake killed 73 people on Monday. By Monday night, the quake had killed three more.", d))
    assert all(c.field != "deaths" for e in ev for c in e.conflicts)
    assert merge.tolls_of("the death toll rose to 133 on Sunday") == {"deaths": "133"}
    assert merge.tolls_of("an explosion wounded dozens of people") == {"injured": "dozens"}
    assert merge.tolls_of("Sales rose 5% on Friday") == {}
    # "two of the injured" is part of a toll, no count of the injured
    assert merge.tolls_of("killed eight workers after two of the injured died in hospital") == {"deaths": "8"}
    # people brought out alive or to safety are a toll of the freed; a number of tens and ones in words is one figure
    assert merge.tolls_of("with eleven people confirmed dead and twenty-three rescued alive") == {"deaths": "11",
                                                                                                "freed": "23"}
    assert merge.tolls_of("eleven people were dead and 21 had been brought out alive") == {"deaths": "11", "freed": "21"}
    assert merge.tolls_of("By Friday afternoon, 37 people had been lifted to safety") == {"freed": "37"}
    assert merge.tolls_of("Helicopter crews winched more than 40 people from rooftops") == {"freed": "more than 40"}
    assert merge.tolls_of("The engines were winched aboard.") == {}


def test_different_counts_of_one_thing_in_one_event_are_a_conflict_named_by_the_thing():
    d = date(2026, 1, 15)
    ev = _events(("a", "St Aldric's hospital postponed 140 operations after the ransomware attack on Monday.", d),
                 ("b", "The ransomware attack on St Aldric's hospital on Monday forced it to postpone 162 operations.", d))
    assert [(e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        (["a", "b"], [("operations", {"140": ["a"], "162": ["b"]})])]
    # a hedge that allows the other's number is no conflict; nor is a part of the count ("3 new cases")
    ev = _events(("a", "St Aldric's hospital postponed more than 140 operations after the ransomware attack on Monday.", d),
                 ("b", "The ransomware attack on St Aldric's hospital on Monday forced it to postpone 162 operations.", d))
    assert [e.conflicts for e in ev] == [[]]
    assert merge.counts_of("The 27 confirmed cases as of Friday include 3 new cases.") == {"cases": "27"}
    assert merge.counts_of("About 160 passengers were on board for 45 minutes in 2024.") == {"passengers": "about 160"}
    assert merge.counts_of("It fell 12 points to 40 dollars in the 2026 elections.") == {}
    # a part counted from a whole is the count told ("23 of the country's 47 counties": 23 counties)
    assert merge.counts_of("The declaration covers 23 of the country's 47 counties.") == {"counties": "23"}
    assert merge.counts_of("Three of the nine members voted for a cut.") == {"members": "3"}
    assert merge.counts_of("The country has 47 counties.") == {"counties": "47"}


def test_counts_in_the_rest_of_a_sentence_with_one_dated_clause_are_the_happenings():
    # the date's clause is a relative one; the sentence's only date, so its count is the fire's
    d = date(2027, 7, 20)
    ev = _events(("a", "A transformer at the Florin Road substation caught fire at 7:08 p.m. Monday, cutting service "
                       "to 41,000 customers.", d),
                 ("b", "The fire, which broke out at 7:08 p.m. Monday in a transformer at the Florin Road substation, "
                       "cut power to 38,000 customers.", d))
    assert [(e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        (["a", "b"], [("customers", {"38000": ["b"], "41000": ["a"]})])]
    # with a second date in the sentence, the rest may be another happening's: not compared
    ev = _events(("a", "A transformer at the Florin Road substation caught fire at 7:08 p.m. Monday, cutting service "
                       "to 41,000 customers.", d),
                 ("b", "The fire, which broke out at 7:08 p.m. Monday in a transformer at the Florin Road substation, "
                       "left 38,000 customers without power on Tuesday.", d))
    assert [(e.value, e.sources, e.conflicts) for e in ev] == [("2027-07-19T19:08", ["a", "b"], []),
                                                               ("2027-07-20", ["b"], [])]


def test_happenings_of_any_beat_merge_across_wordings():
    # an earthquake is a quake; a state of emergency declared by two sources is one event
    d1, d2 = date(2027, 8, 13), date(2027, 8, 14)
    ev = _events(("a", "A magnitude 7.4 earthquake struck southern Peru on Wednesday night, killing 310 people.", d1),
                 ("b", "The 7.4-magnitude quake struck late Wednesday near Arequipa.", d2),
                 ("c", "President Ana Torres declared a state of emergency on Thursday morning.", d1),
                 ("d", "President Ana Torres, who declared a state of emergency on Thursday, flew to Arequipa.", d2))
    assert [(e.value, e.sources) for e in ev] == [("2027-08-11TNI", ["a", "b"]), ("2027-08-12TMO", ["c", "d"])]
    # a tropical storm is no attack, nor is a storm an earthquake
    ev = _events(("a", "Rebels attacked the town on Wednesday.", THU), ("b", "A storm hit the town on Wednesday.", THU))
    assert len(ev) == 2


def test_vaccination_and_a_declared_emergency_merge_across_wordings():
    # "Vaccination began" and "the first jabs were given" are one kind; an emergency announced is one declared
    d1, d2 = date(2027, 3, 22), date(2027, 3, 23)
    ev = _events(("a", "Vaccination began in Port Velan on Monday at the market grounds.", d1),
                 ("b", "The first jabs were given in Port Velan on Monday at the market grounds.", d2))
    assert [(e.value, e.sources) for e in ev] == [("2027-03-22", ["a", "b"])]
    ev = _events(("a", "Health Minister Leyla Marand announced the emergency in Dessa on Wednesday.", d1),
                 ("b", "Ardania declared a national public health emergency in Dessa on Wednesday.", d2))
    assert [(e.value, e.sources) for e in ev] == [("2027-03-17", ["a", "b"])]


def test_a_relative_clause_dates_its_head():
    d = date(2013, 9, 22)
    assert _summaries("President Uhuru Kenyatta, who was elected in March, said in a televised address late "
                      "Saturday that the attackers would be punished.", d) == [
        ("2013-03", "President Uhuru Kenyatta was elected."),
        ("2013-09-21", "President Uhuru Kenyatta said in a televised address that the attackers would be punished.")]
    # the relative clause's date is not the main clause's: the conviction was in March
    assert _summaries("The former mayor, who was convicted in March on 30 counts, must report to prison by "
                      "Jan. 15.", d) == [("2013-03", "The former mayor was convicted on 30 counts.")]
    assert _summaries("The bank, which was founded in 1990, collapsed on Friday.", d) == [
        ("1990", "The bank was founded."), ("2013-09-20", "The bank collapsed.")]
    # the head is the name before the comma, not the clause it ends
    assert _summaries("He met Ana Torres, who was elected in March.", d) == [("2013-03", "Ana Torres was elected.")]
    # "who" is said of the person named last, however long the clause before, and names keep their particles
    assert _summaries("The conflict has its roots in the uprising against Omar al-Bashir, who was toppled by the "
                      "military in April 2019.", d) == [("2019-04", "Omar al-Bashir was toppled by the military.")]
    assert _summaries("Investigators spent years looking for Osama bin Laden, who was killed in May 2011.", d) == [
        ("2011-05", "Osama bin Laden was killed.")]
    # "which" after a long clause is said of a name that ends it; a participle after a comma, of nothing there
    assert _summaries("The talks began after states agreed to draft an accord in response to COVID-19, which "
                      "emerged in China in late 2019.", d) == [("2019", "COVID-19 emerged in China.")]
    assert _summaries("Speculative investors, betting on an imminent clash between Ford and GM, pushed up the share "
                      "price in late trading yesterday.", d)[0][1] == (
        "Speculative investors, betting on an imminent clash between Ford and GM, pushed up the share price in late "
        "trading.")
    # a relative clause between a subject and its verb is an aside, unless it says when
    assert _summaries("President Joe Biden, who postponed a trip to Germany and Angola, will visit the region on "
                      "Sunday.", d) == [("2013-09-22", "President Joe Biden will visit the region.")]
    assert _summaries("Starpointe holders, who approved the plan last April, will receive $21 a share.", d)[0] == (
        "2013-04", "Starpointe holders approved the plan.")
    # a date after "not" is no time of anything
    assert _summaries("The assembly opens on Monday, not Sunday.", d) == [("2013-09-23", "The assembly opens.")]
    assert _summaries("Voters will go to the polls on Sunday, not Saturday as first planned.", d) == [
        ("2013-09-22", "Voters will go to the polls.")]
    # the person, not the place after "of"
    assert _summaries("The talks were led by Foreign Minister Ana Torres of Peru, who took office in May.", d) == [
        ("2013-05", "Foreign Minister Ana Torres took office.")]
    # "which" after a date is no relative clause holding it
    assert _summaries("Prices rose in March, which surprised analysts.", d) == [
        ("2013-03", "Prices rose, which surprised analysts.")]


def test_a_date_before_a_noun_leaves_its_determiner():
    d = date(2013, 9, 22)
    assert _summaries("The 2000 election was close.", d) == [("2000", "The election was close.")]
    assert _summaries("Traffic peaked over the Easter holiday.", d) == [("2013-03-31", "Traffic peaked over the holiday.")]
    # (the Easter weekend is a weekend, one expression)
    assert _summaries("Traffic peaked over the Easter weekend.", d) == [("2013-W13-WE", "Traffic peaked.")]
    assert _summaries("On Monday the bank cut rates.", d) == [("2013-09-16", "The bank cut rates.")]


def test_a_participle_set_off_by_commas_dates_its_head():
    d = date(2023, 6, 16)
    assert _summaries("A previous study, released in 2019, had reached similar conclusions.", d) == [
        ("2019", "A previous study was released.")]
    assert _summaries("The minister, accused of fraud in 2010, resigned on Friday.", d) == [
        ("2010", "The minister was accused of fraud."), ("2023-06-16", "The minister resigned.")]
    assert _summaries("Prices rose in March, helped by exports.", d) == [("2023-03", "Prices rose, helped by exports.")]
    # a bare noun phrase that opens the sentence is the head too
    assert _summaries("Final results, certified on April 16, gave Labour 43 seats.", d) == [
        ("2023-04-16", "Final results were certified.")]


def test_a_participle_between_subject_and_verb_is_what_its_date_places():
    d = date(2023, 4, 20)  # a Thursday
    assert _summaries("A suspect arrested on Friday has been charged with murder.", d) == [
        ("2023-04-14", "A suspect was arrested.")]
    assert _summaries("The talks held in Geneva last week were a failure.", d) == [
        ("2023-W15", "The talks were held in Geneva.")]
    assert _summaries("A power-sharing deal signed in August 2019 was meant to lead to elections by the end of 2023.",
                      d) == [("2019-08", "A power-sharing deal was signed.")]
    # a participle of plans names the time planned; a verb in the noun phrase makes it no subject
    # after "according to", what was published, and where
    assert _summaries("Aspirin may cut the risk of bowel cancer by a fifth, according to a study published Wednesday "
                      "in The Lancet.", d) == [("2023-04-19", "A study was published in The Lancet.")]
    assert _summaries("Sales fell 5%, according to figures released on Tuesday.", d) == [
        ("2023-04-18", "Figures were released.")]
    assert _summaries("A cabinet meeting scheduled for Thursday was cancelled.", d) == [
        ("2023-04-20", "A cabinet meeting was cancelled.")]
    assert st_phrases.reduced_relative("The army retook the city seized in May.", (35, 38)) is None
    assert st_phrases.reduced_relative("The city seized in May was retaken.", (19, 22)) == "The city was seized."


def test_an_opening_participle_is_said_of_the_name_after_it():
    d = date(2017, 11, 29)
    assert _summaries("Born on June 4, 1930, in Dayton, Doe served in the Army before earning a law degree in "
                      "1957.", d) == [("1930-06-04", "Doe was born in Dayton."),
                                      ("1957", "Doe served in the Army before earning a law degree.")]
    assert _summaries("Founded in 1990, the bank collapsed on Friday.", d) == [
        ("1990", "The bank was founded."), ("2017-11-24", "The bank collapsed.")]
    assert _summaries("United Nations troops arrived on Friday, officials said.", d) == [
        ("2017-11-24", "United Nations troops arrived.")]  # the trailing attribution goes, as "Reuters said" does


def test_a_date_set_off_by_commas_takes_them_along():
    assert _summaries("The last major earthquake in the region, in June 2001, killed 145 people.",
                      date(2027, 8, 13)) == [("2001-06", "The last major earthquake in the region killed 145 people.")]


def test_prepositions_of_schedule_go_with_their_date():
    assert _summaries("A prisoner release will take place in four stages, starting on Aug. 13.", date(2013, 7, 21)) == [
        ("2013-08-13", "A prisoner release will take place in four stages.")]
    assert _summaries("The jobs report, scheduled for 8:30 a.m. next Friday, is expected to show gains.",
                      date(2010, 5, 21)) == [("2010-05-28T08:30", "The jobs report is expected to show gains.")]


def test_a_cleft_sentence_keeps_what_happened():
    assert _summaries("It was a year ago this week that the storm hit the coast.", date(2013, 10, 7)) == [
        ("2012-W40", "The storm hit the coast.")]


def test_a_date_in_the_possessive_leaves_its_noun_a_determiner():
    # (and "from" places nothing, but the earthquake it names was on Wednesday)
    assert _summaries("The death toll from Wednesday's earthquake rose to 412 on Friday.", date(2027, 8, 14)) == [
        ("2027-08-11", "The earthquake."), ("2027-08-13", "The death toll from the earthquake rose to 412.")]
    # after a verb, the happening is what the date places: the rally is not said to be last month
    assert _summaries("Protesters rallied against the result of last month's election.", date(2027, 8, 14)) == [
        ("2027-07", "The election.")]


def test_different_events_on_the_same_day_stay_apart():
    ev = _events(("a", "Soldiers began a mutiny on Wednesday in the barracks.", THU),
                 ("b", "The central bank cut interest rates on Wednesday.", THU))
    assert len(ev) == 2


def test_month_contains_day_when_content_agrees():
    ev = _events(("a", "Presidential elections scheduled for April 29 would mark a transition.", THU),
                 ("b", "The clashes are expected to complicate presidential elections in April.", THU))
    assert [(e.value, len(e.mentions)) for e in ev] == [("2012-04-29", 2)]


def test_acronym_and_expansion_match():
    ev = _events(("a", "On Wednesday the National Committee for the Restoration of Democracy and State (CNRDR) "
                       "suspended the constitution.", THU),
                 ("b", "The CNRDR suspended the constitution on Wednesday, officials said.", THU))
    assert len(ev) == 1 and ev[0].sources == ["a", "b"]


def test_two_days_never_join_through_a_month():
    ev = _events(("a", "Rebels attacked Tessalit in March.", THU),
                 ("b", "Rebels attacked Tessalit on March 3.", THU),
                 ("c", "Rebels attacked Tessalit on March 5.", THU))
    days = sorted(e.value for e in ev if e.granularity == "day")
    assert days == ["2012-03-03", "2012-03-05"]


def test_helpers():
    assert fold("Touré") == "toure"
    assert stem("seized") == stem("seizes")
    assert compatible((date(2012, 3, 1), date(2012, 3, 31)), (date(2012, 3, 21), date(2012, 3, 21))) == "contains"
    assert compatible((date(2012, 3, 21), date(2012, 3, 21)), (date(2012, 3, 22), date(2012, 3, 22))) is None


def test_merge_is_independent_of_input_order():
    arts = [("a", "The mutiny began Wednesday morning at a camp.", THU),
            ("b", "Soldiers began their mutiny on Wednesday afternoon.", THU),
            ("c", "Elections are set for April 29.", THU)]
    one = [(e.id, e.value, e.sources) for e in _events(*arts)]
    two = [(e.id, e.value, e.sources) for e in _events(*reversed(arts))]
    assert one == two


def test_summaries_of_reports_results_and_schedules():
    d = date(2024, 1, 31)  # a Wednesday
    # a reporting period's end places nothing, and goes with its period; nor does the comparison's time
    assert _summaries("Net income rose to $4.2 billion in the fourth quarter ended Dec. 31, from $3.4 billion a "
                      "year earlier.", d) == [("2023-Q4", "Net income rose to $4.2 billion, from $3.4 billion.")]
    # a date in a comparison is the time compared with: it places nothing
    assert _summaries("Cases rose to 1,287 on Saturday, up from 830 a day earlier.", d) == [
        ("2024-01-27", "Cases rose to 1,287, up from 830.")]
    assert _summaries("Turnout was about 60%, down from 67% five years ago.", d) == []
    assert _summaries("Profit fell 5% in the third quarter compared with the same period last year.", d) == [
        ("2023-Q3", "Profit fell 5%.")]
    # a comparison set off by commas goes whole
    assert _summaries("Production costs, compared with a year ago, were boosted on Monday by higher prices.", d) == [
        ("2024-01-29", "Production costs were boosted by higher prices.")]
    # but a span from one figure to another is dated by both ends
    assert [v for v, _ in _summaries("Sales rose from 1,000 in 2019 to 2,000 in 2020.", d)] == ["2019", "2020"]
    # two dates with no boundary between them: the finer places the clause
    assert _summaries("It will report results for the period in late April.", d) == [
        ("2024-04", "It will report results for the period.")]
    # "is scheduled for": the participle stays with its copula
    assert _summaries("A cabinet meeting is scheduled for Thursday.", d) == [
        ("2024-02-01", "A cabinet meeting is scheduled.")]
    # "last" before a date that does not hold it goes with the date
    assert _summaries("The deal was announced last Thursday, Sept. 7, after months of talks.", date(2023, 9, 13)) == [
        ("2023-09-07", "The deal was announced, after months of talks.")]
    # "on or about" goes with its date
    assert _summaries("Prosecutors say the crime occurred on or about May 5, 2021.", d) == [
        ("2021-05-05", "Prosecutors say the crime occurred.")]
    # a trailing attribution whose first word is a name goes too
    assert _summaries("The army agreed on Tuesday to hold talks in Jeddah, Saudi officials said.", d) == [
        ("2024-01-30", "The army agreed to hold talks in Jeddah.")]
    # "from at least" is a boundary
    assert _summaries("Prosecutors said the scheme ran from at least 2010 until it collapsed in the fall of 2016.",
                      d) == [("2016-FA", "Prosecutors said the scheme ran until it collapsed.")]
    # a date that is the subject of its clause stays
    assert _summaries("Last year was the hottest on record.", d) == [("2023", "Last year was the hottest on record.")]
    assert _summaries('"Last year was the hardest," she said.', d) == [("2023", '"Last year was the hardest," she said.')]
    assert _summaries("The late 19th century saw growth.", d) == [("18", "The late 19th century saw growth.")]
    # a date before a name goes alone, as before a noun
    assert _summaries("Argentina won the 2022 World Cup.", d) == [("2022", "Argentina won the World Cup.")]
    # a title in lower case before the name that opens the sentence is part of the subject
    assert _summaries("Chief executive Jane Roe, who took over in 2019, told analysts on Monday that sales would "
                      "rise.", d) == [("2019", "Chief executive Jane Roe took over."),
                                      ("2024-01-29", "Chief executive Jane Roe told analysts that sales would rise.")]


def test_a_fragment_that_places_a_named_happening_is_summarised_by_its_name():
    assert _summaries("She won the leadership in July 2016, weeks after the Brexit referendum on 23 June.",
                      date(2018, 12, 13)) == [("2016-07", "She won the leadership."),
                                              ("2016-06-23", "The Brexit referendum.")]
    assert _summaries("They face Bayern in the Champions League on Tuesday night, with the second leg a week later.",
                      date(2024, 3, 17)) == [("2024-03-19TNI", "They face Bayern in the Champions League."),
                                             ("2024-W13", "The second leg.")]


def test_a_date_right_after_a_named_happening_is_the_happenings():
    d = date(2023, 4, 20)  # a Thursday
    assert _summaries("Police arrested him after the attack on Monday.", d) == [("2023-04-17", "The attack.")]
    assert _summaries("A man has been charged with attempted murder after a stabbing outside a nightclub in Leeds city "
                      "centre at the weekend.", d) == [("2023-W15-WE", "A stabbing outside a nightclub in Leeds city centre.")]
    assert _summaries("The coup came weeks after the election in March.", d) == [("2023-03", "The election.")]
    assert _summaries("He began the talks after the invasion last August.", d) == [("2022-08", "The invasion.")]
    # ", followed by" what comes next, on its own dates; a span of days is one date
    assert _summaries("Foreign ministers will meet in Toronto next week, followed by finance ministers in Banff on "
                      "May 20-22.", d)[1] == ("2023-05-20", "Finance ministers in Banff.")
    assert _summaries("Markets fell after the vote on March 3 and 4.", d) == [("2023-03-03", "The vote.")]
    assert _summaries("He was followed by police on Monday.", d) == [("2023-04-17", "He was followed by police.")]
    # after a clause ("the army retook the city") the date stays the sentence's
    assert _summaries("He resigned after the army retook the city in May.", d) == [
        ("2022-05", "He resigned after the army retook the city.")]
    # nor is a body a happening, nor a date with no preposition, which belongs to the noun phrase before it
    assert _summaries("The plan goes before the Security Council next week.", d) == [
        ("2023-W17", "The plan goes before the Security Council.")]
    clause = "After a flat second quarter, the firm cut jobs."
    assert st_phrases.attached_event(clause, [(13, 27)]) is None
    assert st_phrases.attached_event("He met them after the vote on Sunday.", [(30, 36)]) == ("The vote.", 12)


def test_a_date_that_only_names_a_noun_gives_way_to_the_date_that_places_the_sentence():
    d = date(2024, 6, 28)  # a Friday
    assert _summaries("Investors will watch the June jobs report, due on Friday, July 5, after the Independence Day "
                      "holiday.", d) == [("2024-07-05", "Investors will watch the jobs report after the Independence Day holiday.")]
    assert _summaries("In 2005, the 1999 law was repealed.", d) == [("2005", "The law was repealed.")]
    # a comparison places nothing: the label's period is the report's
    assert _summaries("Citadel posted a third-quarter net loss of $2.3 million, or 68 cents a share, versus net income "
                      "of $5.3 million, or $1.61 a share, a year earlier.", date(1989, 11, 2)) == [
        ("1989-Q3", "Citadel posted a net loss of $2.3 million, or 68 cents a share, versus net income of $5.3 "
                    "million, or $1.61 a share.")]


def test_and_in_a_noun_phrase_after_a_label_cuts_no_clause():
    d = date(2023, 2, 7)
    assert _summaries("The death toll from Monday's earthquake in Turkey and Syria rose above 5,000 on Tuesday.", d) == [
        ("2023-02-06", "The earthquake."),
        ("2023-02-07", "The death toll from the earthquake in Turkey and Syria rose above 5,000.")]
    assert _summaries("Rebels seized Gao in 2012 and the army fled in March.", d) == [
        ("2012", "Rebels seized Gao."), ("2022-03", "The army fled.")]


def test_a_date_places_its_own_coordinated_clause():
    d = date(2024, 7, 24)  # a Wednesday
    assert _summaries("He has been asked to testify before a House committee, and the company published a "
                      "preliminary review on Wednesday, July 24.", d) == [
        ("2024-07-24", "The company published a preliminary review.")]
    assert _summaries("Rebels seized Gao on Monday, and Mali's army fled north.", d) == [("2024-07-22", "Rebels seized Gao.")]
    assert _summaries("Prices rose, and on Monday the bank raised rates.", d) == [("2024-07-22", "The bank raised rates.")]
    # a fronted date places both; a coordinated noun phrase is no clause
    assert _summaries("But in June last year, the leaders fell out, and Pol Pot was arrested.", d) == [
        ("2023-06", "The leaders fell out, and Pol Pot was arrested.")]
    assert _summaries("Elections set for April 29 would have marked a transition, and the consolidation of democracy.",
                      d) == [("2025-04-29", "Elections would have marked a transition, and the consolidation of democracy.")]
    # an adverb set off by commas goes, and the verb after it is no participle
    assert _summaries("Delta, however, cancelled more than 1,000 flights on Sunday.", d) == [
        ("2024-07-21", "Delta cancelled more than 1,000 flights.")]
    assert _summaries("The minister, meanwhile, resigned on Friday.", d) == [("2024-07-19", "The minister resigned.")]


def test_it_is_said_of_the_subject_of_the_sentence_before():
    d = date(2025, 3, 9)  # a Sunday
    assert _summaries("The county's unemployment rate peaked at 14% in 2016. Last month it stood at 6.1%.", d) == [
        ("2016", "The county's unemployment rate peaked at 14%."),
        ("2025-02", "The county's unemployment rate stood at 6.1%.")]
    assert _summaries("The company cut 500 jobs in 2016. On Monday it announced a merger.", d) == [
        ("2016", "The company cut 500 jobs."), ("2025-03-03", "The company announced a merger.")]
    # not a plural subject, nor an "it" that stands for nothing
    assert _summaries("The talks collapsed in 2016. On Monday it announced a merger.", d)[1] == (
        "2025-03-03", "It announced a merger.")
    assert _summaries("The company cut jobs in 2016. On Monday it was raining.", d)[1] == ("2025-03-03", "It was raining.")
    # "He" and "She" are said of the name that opens the sentence before, when it names no other person
    assert _summaries("Maria Lindqvist studied law in Uppsala. She was first elected to parliament in 1998.", d) == [
        ("1998", "Maria Lindqvist was first elected to parliament.")]
    assert _summaries("Maria Lindqvist met John Smith in 1990. He was elected to parliament in 1998.", d)[1] == (
        "1998", "He was elected to parliament.")


def test_a_shift_takes_no_preposition_so_the_verb_keeps_its_own():
    d = date(2023, 4, 20)
    assert _summaries("Blinken spoke on Tuesday, and a U.S. diplomatic convoy was fired on a day earlier.", d) == [
        ("2023-04-18", "Blinken spoke."), ("2023-04-17", "A U.S. diplomatic convoy was fired on.")]


def test_a_thing_a_date_labels_after_a_present_verb_is_what_is_dated():
    d = date(2024, 6, 28)
    assert _summaries("The 6-3 ruling overturns the 1984 decision in Chevron v. Natural Resources Defense Council.",
                      d) == [("1984", "The decision in Chevron v. Natural Resources Defense Council.")]
    assert _summaries("Amir is serving a life sentence for the November 1995 assassination of Rabin.", d) == [
        ("1995-11", "The assassination of Rabin.")]
    # not in the past tense, nor for a subject
    assert _summaries("Argentina won the 2022 World Cup.", d) == [("2022", "Argentina won the World Cup.")]
    assert _summaries("A major factor in the third-quarter loss was the write-down of goodwill.", d) == [
        ("2023-Q3", "A major factor in the loss was the write-down of goodwill.")]


def test_a_happening_set_for_a_date_is_what_is_dated():
    d = date(2024, 5, 22)  # a Wednesday
    assert _summaries("Rishi Sunak has called a general election for 4 July.", d) == [("2024-07-04", "A general election.")]
    # a participle clause after a comma, with its own date, is said in the past of the sentence's subject
    assert _summaries("Rishi Sunak has called a general election for 4 July, announcing the decision in a speech "
                      "outside Downing Street on Wednesday afternoon.", d) == [
        ("2024-07-04", "A general election."),
        ("2024-05-22TAF", "Rishi Sunak announced the decision in a speech outside Downing Street.")]
    # the subject is the main clause's, after a phrase set off before it
    assert _summaries("After two false starts, the lander finally left Earth yesterday, lifting off from Kestrel Point "
                      "at 13:58 GMT.", d)[1] == ("2024-05-21T13:58", "The lander finally lifted off from Kestrel Point.")
    assert st_summary._past_of("trying") == "tried" and st_summary._past_of("agreeing") == "agreed"
    assert st_summary._past_of("saying") == "said" and st_summary._past_of("admitting") == "admitted"
    # "on" may be the verb's; a happening that is the subject keeps its sentence
    assert _summaries("The president called a referendum on Sunday.", d) == [
        ("2024-05-19", "The president called a referendum.")]
    assert _summaries("Presidential elections scheduled for April 29 were cancelled.", d) == [
        ("2024-04-29", "Presidential elections were cancelled.")]


def test_a_clause_that_since_opens_says_what_happened_on_its_date():
    d = date(2024, 11, 11)
    assert _summaries("Prices have doubled since the war began in 2022.", d) == [("2022", "The war began.")]
    assert _summaries("Shares have risen 20% since the company listed in March.", d) == [("2024-03", "The company listed.")]
    # a gerund is said of the sentence's subject, when that is no pronoun
    assert _summaries("Biden has signed 100 bills since taking office two years ago.", d) == [
        ("2022", "Biden taking office.")]
    assert _summaries("He has lived in Paris since moving there in 1990.", d) == [("1990", "Moving there.")]
    # "since" before the date itself is a boundary, as before
    assert _summaries("Prices have risen since March.", d) == []


def test_a_when_clause_after_a_boundary_says_what_happened_on_its_date():
    d = date(2023, 4, 20)
    assert _summaries("Prices have soared since March, when the war began, and wages lag.", d) == [
        ("2023-03", "The war began.")]
    # the happening inside it and its own date are the happening's
    assert _summaries("The two generals had shared power since October 2021, when they staged a coup that derailed "
                      "a transition following the ouster of longtime autocrat Omar al-Bashir in April 2019.", d) == [
        ("2019-04", "The ouster of longtime autocrat Omar al-Bashir."),
        ("2021-10", "They staged a coup that derailed a transition.")]
    # after a date that places its own clause, the two are one statement, one mention of the date
    assert _summaries("The army seized power in 2012, when soldiers stormed the palace.", d) == [
        ("2012", "The army seized power, when soldiers stormed the palace.")]


def test_ranges_lists_and_empty_sentences():
    d = date(2023, 3, 7)  # a Tuesday

    # "from ... until ...": one statement over the span; "from" alone dates the start of a state
    assert _spans("Workers will walk out from 00:01 on Tuesday 14 March until 23:59 on Thursday 16 March.", d) == [
        ("2023-03-14T00:01", "2023-03-14", "2023-03-16", "Workers will walk out.")]
    assert _spans("The ban will apply from Monday.", d) == [
        ("2023-03-13", "2023-03-13", "2023-03-13", "The ban will apply (from this date).")]
    # "and" joins consecutive days into a span; other dates so joined are a list
    assert _spans("Soldiers rebelled on March 21 and 22.", d) == [
        ("2022-03-21", "2022-03-21", "2022-03-22", "Soldiers rebelled.")]
    assert [v for v, *_ in _spans("It followed walkouts on 3 January, 1 February and 27 February.", d)] == [
        "2023-01-03", "2023-02-01", "2023-02-27"]
    assert [(v, s) for v, _, _, s in _spans("The club was cited for violations in 2019 and again last spring.", d)] == [
        ("2019", "The club was cited for violations."), ("2022-SP", "The club was cited for violations.")]
    # a boundary after a coordinating comma is no coordinated date; it places nothing, but ends the clause before
    assert [s for *_, s in _spans("The mill closed in the mid-1970s, and by the early 1990s unemployment had "
                                 "reached 18 per cent.", d)] == ["The mill closed."]
    assert _summaries("Rebels seized the town on Monday, and the curfew will last until Friday.", d) == [
        ("2023-03-06", "Rebels seized the town.")]
    assert _summaries("The index has risen since March but fell on Monday.", d) == [("2023-03-06", "The index fell.")]
    # a span of hours is one statement; two times joined by "and" without "between" are a list
    assert _spans("Shops opened between 2 and 4 a.m. on Friday.", d) == [
        ("2023-03-03T02:00", "2023-03-03", "2023-03-03", "Shops opened.")]
    assert [v for v, *_ in _spans("Trains left at 7 p.m. and 9 p.m. on Friday.", d)] == [
        "2023-03-03T19:00", "2023-03-03T21:00"]
    # "effective" goes with its date
    assert _summaries("The price rises to $9.99 effective Jan. 1.", d) == [("2024-01-01", "The price rises to $9.99.")]
    # a transcript's fillers go with the conjunction
    assert _summaries("We saw numbers drop through the nineties, uh but this year they jumped.", d) == [
        ("2023", "They jumped.")]
    # without a coordinator it ends nothing: "closed since Monday" is set off inside the clause
    assert _summaries("Officials expect the bridge, closed since Monday, to reopen on Friday.", d) == [
        ("2023-03-10", "Officials expect the bridge to reopen.")]
    # nothing is said to happen
    assert _spans("It is Monday, not Tuesday.", d) == []
    # "most of" goes with its date; the speaker after "said" heads a relative clause
    assert [(v, s) for v, _, _, s in _spans('"For most of the 20th century this was a place people left," said the '
                                           'mayor, who was born here in the late 1960s.', d)] == [
        ("19", '"This was a place people left," said the mayor.'), ("196", "The mayor was born here.")]


def test_subjects_and_heads_found_in_more_places():
    d = date(2024, 3, 12)  # a Tuesday
    # a clause that opens with an irregular past verb borrows the sentence's subject
    assert _summaries("The truce was announced on Friday evening and began at noon on Saturday.", d) == [
        ("2024-03-08TEV", "The truce was announced."), ("2024-03-09T12:00", "The truce began.")]
    # "later" goes with its date
    assert _summaries("Later that month, rebels captured the airport, after talks in November.", d)[-1] == (
        "2023-11", "Rebels captured the airport, after talks.")
    # an opening participle is said of a pronoun too
    assert _summaries("Born in Cardiff in 1932, she studied medicine at Bristol.", d) == [
        ("1932", "She was born in Cardiff.")]
    # a relative clause after a noun phrase that ends the clause before it is said of that noun phrase
    assert _summaries("Acme unveiled its latest phone, which will go on sale on Sept. 22.", date(2023, 9, 13)) == [
        ("2023-09-22", "Its latest phone will go on sale.")]
    # a participle set off by commas whose date places nothing goes with it
    assert _summaries("Officials expect the bridge, closed since Monday, to reopen on Friday.", date(2024, 6, 8)) == [
        ("2024-06-14", "Officials expect the bridge to reopen.")]
    # a clause before the comma is no head; the name that ends it is
    assert _summaries("The winner faces Denver in the NBA Finals, which begin on June 1.", date(2023, 5, 28)) == [
        ("2023-06-01", "The NBA Finals begin.")]


def test_a_date_that_names_a_noun_gives_way_in_its_clause():
    # "the October 30 runoff" names the runoff; the clause happened on Tuesday
    assert _summaries("Bolsonaro spoke on Tuesday for the first time since losing the October 30 runoff.",
                      date(2022, 11, 2)) == [("2022-11-01", "Bolsonaro spoke for the first time since losing the runoff.")]


def test_two_word_names_of_happenings_merge_reports():
    d = date(2022, 10, 31)
    ev = _events(("a", "Lula will take office on Jan. 1.", d), ("b", "He will be sworn in on January 1.", d),
                 ("c", "He takes office on January 1, 2023.", d), ("d", "The minister will step down on Jan. 1.", d))
    assert sorted((e.value, tuple(e.sources)) for e in ev) == [("2023-01-01", ("a", "b", "c")), ("2023-01-01", ("d",))]


def test_a_list_of_dated_items_keeps_no_bullets():
    text = "• 1960: Mali gains independence.\n* 2002 — Touré is elected president.\n- March 1991: Traoré is overthrown."
    assert _summaries(text, date(2013, 2, 1)) == [
        ("1960", "Mali gains independence."), ("2002", "Touré is elected president."),
        ("1991-03", "Traoré is overthrown.")]


def test_an_event_is_summarised_by_a_mention_that_names_its_subject():
    d = date(2022, 10, 31)
    ev = _events(("a", "He will be sworn in on Jan. 1 in Brasilia.", d),
                 ("b", "Lula will be sworn in on Jan. 1 in Brasilia, officials said.", d))
    assert [(e.sources, e.summary) for e in ev] == [(["a", "b"], "Lula will be sworn in in Brasilia.")]


def test_quotations_where_clauses_and_schedules():
    d = date(2022, 6, 14)  # a Tuesday
    # a clause of its own after "where" or "when" says what happened by itself; quotation marks stay paired
    assert _summaries('"Yesterday evening I visited Oneonta, where the river crested at 21 feet on Sunday morning," '
                      'the Governor said.', d) == [("2022-06-13TEV", "I visited Oneonta."),
                                                   ("2022-06-12TMO", "The river crested at 21 feet.")]
    assert _summaries("He moved to Paris, where he died on March 3, 1990.", d) == [("1990-03-03", "He died.")]
    assert _summaries('"This morning I signed an emergency order."', d) == [
        ("2022-06-14TMO", '"I signed an emergency order."')]
    # the presents of schedule stand with their subject and lend it
    assert _summaries("Applications open on Monday, June 20, and close on July 31.", d) == [
        ("2022-06-20", "Applications open."), ("2022-07-31", "Applications close.")]
    # a second verb after "will ... and" shares the subject and the modal
    assert _summaries("U.S. markets will close early on Wednesday and stay shut on Thursday.", d) == [
        ("2022-06-15", "U.S. markets will close."), ("2022-06-16", "U.S. markets will stay shut.")]
    assert _summaries("The team will fly to Madrid on Monday and the coach will speak on Tuesday.", d) == [
        ("2022-06-20", "The team will fly to Madrid."), ("2022-06-14", "The coach will speak.")]


def test_one_launch_reported_on_two_days_from_two_time_zones():
    ev = _events(("a", "North Korea fired a ballistic missile over Japan early on Tuesday, prompting a warning for "
                       "residents to take cover, South Korea's military said.", date(2022, 10, 4)),
                 ("b", "The missile was fired late Monday Eastern time and flew over northern Japan.",
                  date(2022, 10, 3)))
    assert len(ev) == 1
    e = ev[0]
    assert e.summary == "The missile was fired and flew over northern Japan."  # "late Monday Eastern time" goes whole
    assert [m.summary for m in e.mentions if m.source == "a"] == [
        "North Korea fired a ballistic missile over Japan, prompting a warning for residents to take cover."]
    assert [(c.field, c.values) for c in e.conflicts] == [("date", {"2022-10-03": ["b"], "2022-10-04": ["a"]})]


def test_a_disputed_day_is_the_one_most_sources_give():
    ev = _events(("a", "Sir Alan Penhallow died on Sunday at the age of 84, his family said.", date(2025, 3, 10)),
                 ("b", "Sir Alan Penhallow, the architect, died on 9 March, aged 84.", date(2025, 3, 15)),
                 ("c", "Hundreds attended the funeral of Sir Alan Penhallow, who died on 8 March at the age of 84.",
                  date(2025, 3, 22)))
    assert [(e.value, e.start.isoformat(), e.end.isoformat(), e.sources) for e in ev] == [
        ("2025-03-09", "2025-03-08", "2025-03-09", ["a", "b", "c"])]
    assert [(c.field, c.values) for c in ev[0].conflicts] == [
        ("date", {"2025-03-08": ["c"], "2025-03-09": ["a", "b"]})]


def test_reports_a_day_apart_share_a_name_that_opens_one_sentence():
    ev = _events(("a", "Hale was arrested at his home at about 6.30am on Monday by police.", date(2024, 2, 16)),
                 ("b", "The court heard that Hale, who was arrested on 13 February 2024, had spent the money.",
                  date(2025, 2, 7)))
    assert [(e.value, e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("2024-02-12", ["a", "b"], [("date", {"2024-02-12": ["a"], "2024-02-13": ["b"]})])]
    # without a name in common, two arrests on consecutive days stay two
    ev = _events(("a", "A man was arrested at his home on Monday by police.", date(2024, 2, 16)),
                 ("b", "The court heard that Hale, who was arrested on 13 February 2024, had spent the money.",
                  date(2025, 2, 7)))
    assert len(ev) == 2


def test_and_with_a_verb_between_two_dates_opens_a_clause():
    d = date(2023, 5, 10)  # a Wednesday
    assert _summaries("He arrived this past Sunday and leaves this coming Friday.", d) == [
        ("2023-05-07", "He arrived."), ("2023-05-12", "He leaves.")]
    # a base form borrows no subject it does not agree with: the sentence instead
    assert _summaries("A European mission, Hera, is due to launch in October 2024 and arrive in late 2026.", d)[-1] == (
        "2026", "A European mission, Hera, is due to launch and arrive.")


def test_between_makes_a_span_and_a_fronted_since_names_its_happening():
    d = date(2023, 5, 10)

    assert _spans("The company grew rapidly between 1998 and 2004.", d) == [
        ("1998", "1998-01-01", "2004-12-31", "The company grew rapidly.")]
    assert _spans("Talks were held between Monday and Wednesday.", d) == [
        ("2023-05-08", "2023-05-08", "2023-05-10", "Talks were held.")]
    assert _spans("Since the invasion on Feb. 24, 2022, more than 8 million people have fled.", d) == [
        ("2022-02-24", "2022-02-24", "2022-02-24", "The invasion.")]
    assert _spans("Since March, prices have doubled.", d) == []


def test_kinds_of_happening_of_more_beats_merge_reports():
    d = date(2024, 3, 12)
    ev = _events(("a", "Gunmen abducted 20 students from a school in Kuriga on Monday.", d),
                 ("b", "Twenty students were kidnapped on Monday, local officials said.", d))
    assert [(e.sources, e.value) for e in ev] == [(["a", "b"], "2024-03-11")]
    ev = _events(("a", "The volcano erupted on Sunday night.", d), ("b", "The eruption on Sunday night forced "
                                                                           "thousands to flee.", d))
    assert len(ev) == 1 and ev[0].sources == ["a", "b"]
    # a halted activity taken up again is a reopening, however it is worded
    d = date(2026, 7, 10)
    ev = _events(("a", "Auctions resumed at the Lasalgaon APMC on Monday after a three-day halt.", d),
                 ("b", "Officials at the APMC said auctions would restart on Monday.", date(2026, 7, 3)))
    assert [(e.sources, e.value) for e in ev] == [(["a", "b"], "2026-07-06")]
    # a mine's happenings as its reporters word them: an inrush is a flood, a seismic event a quake, men hoisted to the
    # surface a rescue
    d = date(2026, 5, 6)
    ev = _events(("a", "A seismic event of magnitude 2.9 trapped eleven workers at the Kloofspruit mine on Sunday.", d),
                 ("b", "The tremor struck the Kloofspruit mine on Sunday.", d))
    assert [e.sources for e in ev] == [["a", "b"]]
    ev = _events(("a", "Four miners were hoisted to the surface at Kloofspruit on Monday.", d),
                 ("b", "Four workers were rescued at Kloofspruit on Monday.", d))
    assert [e.sources for e in ev] == [["a", "b"]]
    # a withdrawal however worded; a showing's first day "on display" or "on show"
    ev = _events(("a", "Harrowgate & Finch has withdrawn an Etruscan bronze warrior from sale on Tuesday.", d),
                 ("b", "The auction house withdrew the Etruscan warrior on Tuesday after a complaint.", d))
    assert [e.sources for e in ev] == [["a", "b"]]
    ev = _events(("a", "Ravnholt Man went on show in Silkeborg on Friday.", d),
                 ("b", "The bog body from Ravnholt goes on display in Silkeborg on Friday.", date(2026, 4, 28)))
    assert [e.sources for e in ev] == [["a", "b"]]
    # a state declared, a rule notified
    ev = _events(("a", "The President declared the drought a national disaster on Thursday.", d),
                 ("b", "The relief effort follows the President's declaration of a national disaster on Thursday.", d))
    assert [e.sources for e in ev] == [["a", "b"]]
    ev = _events(("a", "The export duty was notified by the finance ministry on Thursday night.", d),
                 ("b", "The ministry's notification of the export duty was issued late on Thursday night.", d))
    assert [e.sources for e in ev] == [["a", "b"]]
    ev = _events(("a", "The FAO appealed for aid on Monday.", d), ("b", "The FAO's appeal was issued on Monday.", d))
    assert [e.sources for e in ev] == [["a", "b"]]
    ev = _events(("a", "Lawyers for Hale appealed against the verdict on Monday.", d),
                 ("b", "Hale's lawyers lodged an appeal on Monday.", d))
    assert [e.sources for e in ev] == [["a", "b"]]
    ev = _events(("a", "The inrush hit the Corella Creek mine on Thursday.", d),
                 ("b", "Water flooded the Corella Creek mine on Thursday.", d))
    assert [e.sources for e in ev] == [["a", "b"]]


def test_an_aside_set_off_after_the_subject_dates_itself_and_the_verb_after_it_the_subject():
    # the comma that closes the aside opens the subject's verb, no second participle ("March was closed.")
    assert _summaries("The deal, announced in March, closed on Tuesday.", date(2024, 6, 20)) == [
        ("2024-03", "The deal was announced."), ("2024-06-18", "The deal closed.")]
    # a comma and a verb between two dates cut the clause: each date is kept ("the spring" had been dropped)
    assert _summaries("The deal, announced in the spring, closed this week.", date(2024, 6, 20)) == [
        ("2024-SP", "The deal was announced."), ("2024-W25", "The deal closed.")]
    # "whose" says what the head has
    assert _summaries("Ogden Projects, whose shares began trading on the New York Stock Exchange in August, closed "
                      "yesterday at $26.875, down 75 cents.", date(1989, 10, 31)) == [
        ("1989-08", "Ogden Projects' shares began trading on the New York Stock Exchange."),
        ("1989-10-30", "Ogden Projects closed at $26.875, down 75 cents.")]
    assert _summaries("The singer, whose album was released in May, will tour in the fall.", date(2024, 3, 1)) == [
        ("2023-05", "The singer's album was released."), ("2024-FA", "The singer will tour.")]


def test_a_year_after_from_is_a_time_and_an_article_agrees_once_its_label_goes():
    # "from 2010" bounds a time; it is no figure compared with ("up from 830 a day earlier")
    assert _summaries("He served as mayor from 2010 until his defeat in 2018.", date(2024, 6, 20)) == [
        ("2018", "He served as mayor until his defeat.")]
    assert _summaries("Poughkeepsie said it is trying to sell itself, under a June agreement with a dissident group.",
                      date(1989, 10, 31)) == [
        ("1989-06", "Poughkeepsie said it is trying to sell itself, under an agreement with a dissident group.")]
    # and so does the article of a thing a date labels
    assert _summaries("Poughkeepsie is trying to sell itself, under a June agreement with a dissident group.",
                      date(1989, 10, 31)) == [("1989-06", "An agreement with a dissident group.")]
    assert _summaries("The rebels violated an August 1988 cease-fire.", date(1989, 10, 31)) == [
        ("1988-08", "The rebels violated a cease-fire.")]


def test_a_boundary_date_in_the_possessive_dates_the_happening_it_names():
    # "since" places nothing, but the happening the date names happened then
    assert _summaries("The bridge has been closed since last Friday's collision.", date(2024, 6, 20)) == [
        ("2024-06-14", "The collision.")]
    assert _summaries("Aid has been flowing since Sunday's deadly floods, officials said.", date(2024, 6, 20)) == [
        ("2024-06-16", "The deadly floods.")]
    # a noun that names no happening: nothing
    assert _summaries("Rates have been unchanged since last year's levels.", date(2024, 6, 20)) == []


def test_relative_clauses_in_the_past_and_after_a_label_say_what_happened_then():
    d = date(2023, 9, 7)  # a Thursday
    # a restrictive clause in the past, a place after its date, then the main verb
    assert _summaries("A fast-moving wildfire that erupted Tuesday afternoon in the Sierra Nevada foothills had burned "
                      "more than 45,000 acres by Thursday morning, officials said.", d) == [
        ("2023-09-05TAF", "A fast-moving wildfire erupted in the Sierra Nevada foothills."),
        ("2023-09-07TMO", "A fast-moving wildfire that erupted in the Sierra Nevada foothills had burned more than "
                          "45,000 acres.")]
    assert _summaries("The man who died on Sunday was 45.", d) == [("2023-09-03", "The man died.")]
    assert _summaries("A suspect arrested on Friday in Leeds has been charged.", d) == [
        ("2023-09-01", "A suspect was arrested in Leeds.")]
    # a label date on the head of a relative clause that opens with a verb: the clause is the thing's
    assert _summaries("It is the largest fire in the region since the 2018 Camp Fire, which killed 85 people and "
                      "leveled much of the town of Paradise.", d) == [
        ("2018", "The Camp Fire killed 85 people and leveled much of the town of Paradise.")]
    assert _summaries("Investors recalled the 2008 crisis, which the bank survived.", d) == [
        ("2008", "Investors recalled the crisis, which the bank survived.")]
    # "died" is a past form too, though short: the clause borrows its subject
    assert _summaries("Margaret Ellison, whose deep-sea expeditions in the 1960s transformed the study of hydrothermal "
                      "vents, died on Sunday at her home in Woods Hole, Mass.", date(2023, 11, 14)) == [
        ("196", "Margaret Ellison's deep-sea expeditions transformed the study of hydrothermal vents."),
        ("2023-11-12", "Margaret Ellison died at her home in Woods Hole, Mass.")]


def test_a_day_that_bounds_a_state_is_no_day_for_later_clock_times():
    text = ("A wildfire that erupted Tuesday afternoon had burned 45,000 acres by Thursday morning.\n\n"
            "The fire began shortly after 2 p.m. near a campground.")
    assert _summaries(text, date(2023, 9, 7)) == [
        ("2023-09-05TAF", "A wildfire erupted."), ("2023-09-07TMO", "A wildfire that erupted had burned 45,000 acres."),
        ("2023-09-05T14:00", "The fire began near a campground.")]


def test_a_shift_counts_from_a_happening_only_a_happening_noun_names():
    d = date(2023, 9, 12)
    # "the company's shares fell" names no dated happening: no day a week after "the company said" on Sept. 22
    assert _summaries("The phones go on sale Sept. 22, the company said. The launch comes a week after the "
                      "company's shares fell 6% on reports.", d) == [("2023-09-22", "The phones go on sale.")]
    assert _summaries("Soldiers staged a coup on Wednesday. Four days after the coup, the capital was calm.", d) == [
        ("2023-09-06", "Soldiers staged a coup."), ("2023-09-10", "The capital was calm.")]
    # from the statement that says the happening, not a later one that names it in an aside
    assert _summaries("The jet crashed at Halifax on Tuesday. Investigators recovered the recorder on Wednesday, a day "
                      "after the jet crashed. Two days after the crash, the airport reopened.", date(2023, 9, 15)) == [
        ("2023-09-12", "The jet crashed at Halifax."), ("2023-09-13", "Investigators recovered the recorder."),
        ("2023-09-14", "The airport reopened.")]
    # a sentence that dates itself elsewhere tells of another happening of the kind: nothing is counted from this one
    assert _summaries("The election was held on 12 April. The last coalition agreement, in 2022, was signed 47 days "
                      "after the election.", date(2026, 4, 19)) == [
        ("2026-04-12", "The election was held."),
        ("2022", "The last coalition agreement was signed 47 days after the election.")]
    # a name after "the" keeps it
    assert _summaries("The event was held at the Steve Jobs Theater, which opened in 2017 on the company's campus.",
                      d) == [("2017", "The Steve Jobs Theater opened on the company's campus.")]


def test_a_second_participle_shares_the_passive_auxiliary_and_an_object_relative_dates_its_noun():
    d = date(2024, 7, 22)  # a Monday
    assert _summaries("The captain was detained on Sunday and formally arrested on Monday on suspicion of negligence, "
                      "spokesman Andi Rahman said.", d) == [
        ("2024-07-21", "The captain was detained."),
        ("2024-07-22", "The captain was formally arrested on suspicion of negligence.")]
    # a past that says what the subject did shares no auxiliary (ACTIVE_PASTS)
    assert _summaries("He was elected in 1974 and retired in January 1993.", d) == [
        ("1974", "He was elected."), ("1993-01", "He retired.")]
    assert _summaries("Police arrested the captain of a ferry that sank on July 19 off Sulawesi, killing 21 people, "
                      "a police spokesman said on Monday.", d) == [("2024-07-19", "A ferry sank off Sulawesi.")]
    assert _summaries("Voters rejected a plan that was proposed in March.", d) == [("2024-03", "A plan was proposed.")]
    assert _summaries("The vote followed three days of debate that began on Saturday.", d) == [
        ("2024-07-20", "Three days of debate began.")]
    # an adverb before a participle set off by commas
    assert _summaries("Brennan, first elected in 2017, had been seeking a third term.", d) == [
        ("2017", "Brennan was first elected.")]
    assert _summaries("The law, originally passed in 2017, was repealed on Monday.", d) == [
        ("2017", "The law was originally passed."), ("2024-07-22", "The law was repealed.")]
    # a participle right after an object, with its agent, up to the date: what was done to the object
    assert _summaries("Water levels peaked at 4.8 metres, above the previous record of 4.6 metres set in June 2007.",
                      d) == [("2007-06", "The previous record of 4.6 metres was set.")]
    assert _summaries("He needs four goals to equal the club record set by Jimmy Haig in 1987.", d) == [
        ("1987", "The club record was set by Jimmy Haig.")]
    assert _summaries("The court upheld the ban imposed on Friday.", d) == [("2024-07-19", "The ban was imposed.")]
    assert _summaries("Lenders began passing on the bank's rate cut on Thursday.", d) == [
        ("2024-07-18", "Lenders began passing on the bank's rate cut.")]  # a noun, not a participle
    # not a subject and its verb ("the airline announced Friday", "after the stock market closed Wednesday"), nor a
    # participle with an object after it
    assert _summaries("Qantas plans daily flights to Bombay, the airline announced Friday.", d) == [
        ("2024-07-19", "Qantas plans daily flights to Bombay, the airline announced.")]
    assert _summaries("Compaq fell after the stock market closed Wednesday.", d) == [
        ("2024-07-17", "Compaq fell after the stock market closed.")]
    assert _summaries("Soldiers retook the city after the army seized the town in May.", d) == [
        ("2024-05", "Soldiers retook the city after the army seized the town.")]


def test_a_day_something_was_said_is_no_day_for_later_clock_times():
    text = ("A ferry capsized early on Friday, killing 12 people, officials said on Saturday.\n\n"
            "The ferry sank at about 3 a.m. local time, the agency said.")
    assert _summaries(text, date(2024, 7, 20)) == [
        ("2024-07-19", "A ferry capsized, killing 12 people."), ("2024-07-19T03:00", "The ferry sank.")]


def test_a_clock_time_after_a_night_or_before_a_look_back_takes_the_day_it_belongs_to():
    d = date(2025, 11, 5)  # a Wednesday
    # the small hours after a night are the next day's
    assert _summaries("The storm hit on Monday night. Power went out at 2 a.m.", d) == [
        ("2025-11-03TNI", "The storm hit."), ("2025-11-04T02:00", "Power went out.")]
    assert _summaries("The vote was held on Tuesday night. The result came at 11.30pm.", d) == [
        ("2025-11-04TNI", "The vote was held."), ("2025-11-04T23:30", "The result came.")]
    # a morning time after an aside that went back to last night is this morning's
    assert _summaries("Hart resigned this morning, hours after his government lost a vote last night. He announced "
                      "his resignation at 9.15am outside his office.", d) == [
        ("2025-11-05TMO", "Hart resigned."), ("2025-11-04TNI", "His government lost a vote."),
        ("2025-11-05T09:15", "He announced his resignation outside his office.")]
    # a later time of the day named stays on it
    assert _summaries("The attack began on Monday morning. It ended at 3 p.m.", d) == [
        ("2025-11-03TMO", "The attack began."), ("2025-11-03T15:00", "The attack ended.")]


def test_reports_of_a_sinking_from_three_days_are_one_event():
    events = _events(
        ("a", "A passenger ferry capsized in heavy seas off Sulawesi island early on Friday, killing at least 12 "
              "people, officials said on Saturday.", date(2024, 7, 20)),
        ("b", "The death toll from Friday's ferry sinking off Sulawesi rose to 19 on Sunday, rescue officials said. "
              "The ferry went down before dawn on Friday.", date(2024, 7, 21)),
        ("c", "Police arrested the captain of a ferry that sank on July 19 off Sulawesi, killing 21 people, a police "
              "spokesman said on Monday.", date(2024, 7, 22)))
    sinking = [e for e in events if e.start == date(2024, 7, 19)]
    assert len(sinking) == 1 and sorted({m.source for m in sinking[0].mentions}) == ["a", "b", "c"]
    assert {c.field for c in sinking[0].conflicts} >= {"deaths"}
    assert [(e.start.isoformat(), e.summary) for e in events if e.start != date(2024, 7, 19)] == [
        ("2024-07-21", "The death toll from the ferry sinking off Sulawesi rose to 19.")]


def test_a_date_a_figure_is_compared_on_places_nothing():
    d = date(2024, 5, 8)
    assert _summaries("Prices are up 4% on this time last year.", d) == []
    assert _summaries("Prices rose 3% in April, up 4% on a year earlier.", d) == [("2024-04", "Prices rose 3%, up 4%.")]
    assert _summaries("Sales rose 2 per cent in April, up 1 per cent on a year earlier.", d) == [
        ("2024-04", "Sales rose 2 per cent, up 1 per cent.")]


def test_a_date_a_superlative_ranks_stays_in_the_summary():
    assert _summaries("It was the warmest February on record, the agency said Tuesday.", date(2024, 3, 14)) == [
        ("2024-02", "It was the warmest February on record.")]
    # a noun in "-est" is no superlative (SUPERLATIVES): the date goes
    assert _summaries("Envoy Moussa Coulibaly said the protest this morning was unavoidable.", date(2012, 3, 26)) == [
        ("2012-03-26TMO", "Envoy Moussa Coulibaly said the protest was unavoidable.")]


def test_hyphenated_verbs_open_clauses_and_share_the_subject():
    d = date(2024, 3, 8)
    assert _summaries("Kraus was first elected in 2011 and re-elected four years later.", d) == [
        ("2011", "Kraus was first elected."), ("2015", "Kraus was re-elected.")]
    assert _summaries("She co-founded the firm in 2001 and sold it in 2015.", d) == [
        ("2001", "She co-founded the firm."), ("2015", "She sold it.")]


def test_a_past_relative_clause_keeps_its_date_beside_the_main_clauses():
    assert _summaries("Two developers who pleaded guilty last year are scheduled to be sentenced next month.",
                      date(2024, 3, 8)) == [
        ("2023", "Two developers pleaded guilty."),
        ("2024-04", "Two developers who pleaded guilty are scheduled to be sentenced.")]


def test_a_gerund_after_after_or_before_is_what_its_date_places():
    d = date(2024, 2, 21)  # a Wednesday
    assert _summaries("The S&P 500 lost 0.6% to 4,975 by 11:30 a.m. ET, after closing at a record high on Friday.",
                      d) == [("2024-02-16", "The S&P 500 closed at a record high.")]
    assert _summaries("He resigned on Monday after losing a confidence vote on Sunday.", d) == [
        ("2024-02-19", "He resigned."), ("2024-02-18", "He lost a confidence vote.")]
    assert _summaries("Thermo Electron acquired 6% of the stock before throwing in the towel and reducing its stake "
                      "in early September.", date(1989, 10, 30)) == [
        ("1989-09", "Thermo Electron threw in the towel and reduced its stake.")]
    # and "according to" a source with a noun after its name goes whole; "compared" is no past verb
    assert _summaries("Traders now see the first rate cut in June, according to CME's FedWatch tool, compared with "
                      "March at the start of the year.", d) == [("2024-06", "Traders see the first rate cut.")]


def test_attribution_ends_at_the_full_stop_and_an_aside_of_attribution_goes():
    d = date(2021, 1, 11)  # a Monday
    # a decimal point is no full stop: the whole of what was said is kept, not ".2 billion"
    assert _summaries("Halvard Foods said on Monday it had agreed to buy Brisk Pantry for $8.2 billion in cash.", d) == [
        ("2021-01-11", "Halvard Foods said it had agreed to buy Brisk Pantry for $8.2 billion in cash.")]
    # what is left without the attribution says nothing: the attribution was what was said
    assert _summaries("Additionally, Crossland reported a third-quarter loss of $175.5 million, or $13.44 a share.",
                      date(1989, 10, 31)) == [
        ("1989-Q3", "Additionally, Crossland reported a loss of $175.5 million, or $13.44 a share.")]
    # set off by commas, it goes, and the verb after it is the subject's
    assert _summaries("Mr. Antar, the SEC said, made more than $60 million from the sale of his shares between 1985 "
                      "and 1987.", date(1989, 10, 31)) == [
        ("1985", "Mr. Antar made more than $60 million from the sale of his shares.")]
    # after a clause that "If" opens, the comma stays
    assert _summaries("If holders avoid tendering to Paribas, he added, they can expect strong dividends again next "
                      "year.", date(1989, 10, 31)) == [
        ("1990", "If holders avoid tendering to Paribas, they can expect strong dividends again.")]
    # an initial's full stop ends nothing
    assert _summaries("Still, Unisys said its European business was weak during the quarter, given weakness in the "
                      "U.S. over the past several quarters.", date(1989, 10, 31)) == [
        ("1989-Q3", "Still, Unisys said its European business was weak, given weakness in the U.S. over the past "
                    "several quarters.")]


def test_times_of_day_that_agree_or_come_from_one_source_are_no_conflict():
    from maliclock.merge import times as MT
    assert not MT.times_disagree({"10:15": ["a"], "MO": ["a"]})  # one article's own times
    assert not MT.times_disagree({"18:45": ["a"], "EV": ["b"]})  # a clock time inside the part of day
    assert not MT.times_disagree({"01:30": ["a"], "NI": ["b"]})  # the night runs past midnight
    assert MT.times_disagree({"10:15": ["a"], "10:30": ["b"]})
    assert MT.times_disagree({"AF": ["a"], "MO": ["b"]})
    assert not MT.times_disagree({"EV": ["a"], "NI": ["b"]})  # "Thursday evening" and "Thursday night" overlap
    assert not MT.times_disagree({"19:15": ["a"], "NI": ["b"]})  # "Thursday night" is also 7:15 p.m.
    # a release the day after, told by the siege it follows: that phrase is no part of its summary, and dates the siege
    assert _summaries("Gunmen holding staff at a bank in Port Esker released five hostages on Friday, a day after the "
                      "siege began.", date(2022, 6, 3)) == [
        ("2022-06-02", "The siege began."),
        ("2022-06-03", "Gunmen holding staff at a bank in Port Esker released five hostages.")]


def test_a_second_verb_keeps_its_own_tense_and_voice_and_a_set_places_no_day():
    d = date(2024, 10, 24)
    # "plans" has its own tense: no "will"; "listed its shares" has an object: no "was"
    assert _summaries("The company will open a plant in Ohio next year and plans to begin production there in the "
                      "first half of 2025.", d) == [
        ("2025", "The company will open a plant in Ohio."), ("2025-H1", "The company plans to begin production there.")]
    # (an article that writes "5 January" writes 03/04/2012 day first)
    assert _summaries("The company was founded on 5 January 1998 and listed its shares on 03/04/2012.", d) == [
        ("1998-01-05", "The company was founded."), ("2012-04-03", "The company listed its shares.")]
    # the clock times of a set of days are every such day's: no event on the publication day
    assert _summaries("A teen coding club meets on Thursdays from 4 to 6 p.m.", date(2024, 5, 16)) == []
    assert _summaries("Story time is held every Tuesday at 10:30 a.m. beginning June 4.", date(2024, 5, 16)) == [
        ("2024-06-04", "Story time is held every Tuesday at 10:30 a.m.")]


def test_a_verb_that_says_what_its_subject_did_is_no_aside_and_tolls_in_words_are_figures():
    d = date(2024, 3, 22)  # a Friday
    assert _summaries("The chief executive of Coastal Air, Paul Renner, resigned on Friday, three days after one of his "
                      "company's planes slammed into a hillside, killing 46 people.", d) == [
        ("2024-03-22", "The chief executive of Coastal Air, Paul Renner, resigned.")]
    # a participle aside after a long subject is the subject's
    assert _summaries("A preliminary report into the March 12 crash of Coastal Air Flight 417, released on Thursday, "
                      "found that a fractured turbine blade caused the right engine to fail.", d) == [
        ("2024-03-12", "The crash of Coastal Air Flight 417."), ("2024-03-21", "A preliminary report was released.")]
    assert merge.tolls_of("The raid killed two hostages.") == merge.tolls_of("The raid killed 2 people.") == {
        "deaths": "2"}


def test_until_a_named_happening_dates_it_and_a_gerund_in_a_plan_is_no_past():
    d = date(2024, 5, 17)
    assert _summaries("Prosecutors said the scheme continued until her arrest in the spring of 2023.", d) == [
        ("2023-SP", "Her arrest.")]
    assert _summaries("Novak said she would rest for two days before traveling to Paris on Tuesday for the French "
                      "Open.", d) == [
        ("2024-05-21", "Novak said she would rest for two days before traveling to Paris for the French Open.")]


def test_since_a_noun_made_from_a_verb_dates_that_noun_without_a_determiner():
    d = date(2025, 5, 7)
    # the clause after "since" is a state that runs to now: the year is the happening's
    assert _summaries("The country has had four successful coups since independence from Portugal in 1974.", d) == [
        ("1974", "Independence from Portugal.")]
    assert _summaries("Unemployment has doubled since reunification in 1990.", d) == [("1990", "Reunification.")]
    # a bare noun of another kind is no happening, and after "after" a bare noun is often a plan's
    assert _summaries("Prices have risen since dinner in 2023.", d) == [
        ("2023", "Prices have risen since dinner.")]
    assert _summaries("Toure has said he will relinquish power after elections next month.", d) == [
        ("2025-06", "Toure has said he will relinquish power after elections.")]


def test_dates_in_parentheses_after_an_object_date_that_noun_phrase():
    d = date(2012, 3, 27)
    # several: one each, in the singular
    assert _spans("Despite having fought two previous Tuareg rebellions (1962-1964 and 1990-1995) since "
                  "independence, the Malian armed forces were caught off balance.", d) == [
        ("1962", "1962-01-01", "1964-12-31", "A previous Tuareg rebellion."),
        ("1990", "1990-01-01", "1995-12-31", "A previous Tuareg rebellion.")]
    assert _summaries("Under former president Blaise Compaore (1987-2014), the army was a pillar of the state.", d) == [
        ("1987", "Former president Blaise Compaore.")]
    # the subject's are the clause's; a date after a date, or after "in", is no noun phrase's
    assert _summaries("A summit of leaders (May 4-5) ended without a deal.", d) == [
        ("2012-05-04", "A summit of leaders ended without a deal.")]
    assert _summaries("He was born in Lagos (in 1960) and moved to London.", d) == [
        ("1960", "He was born in Lagos and moved to London.")]
    # an aside in parentheses goes whole with its date
    assert _summaries("Acme Corp (founded 1990) said on Monday it would cut jobs.", d) == [
        ("2012-03-26", "Acme Corp said it would cut jobs.")]
    assert _summaries("The law (which was passed in 2019) was repealed on Monday.", d) == [
        ("2012-03-26", "The law was repealed.")]


def test_what_is_done_amid_a_happening_keeps_the_date():
    d = date(2025, 5, 7)
    assert _summaries("Shares rose amid the speculation on Monday.", d) == [
        ("2025-05-05", "Shares rose amid the speculation.")]
    # but after "after", the date right after the noun phrase is the happening's
    assert _summaries("Shares rose after the announcement on Monday.", d) == [("2025-05-05", "The announcement.")]


def test_a_past_relative_clause_after_a_gerunds_object_dates_its_noun():
    assert _summaries("The Senate passed the budget at 2 a.m. Thursday, ending a session that began at 10 a.m. "
                      "Wednesday.", date(2024, 5, 17)) == [
        ("2024-05-16T02:00", "The Senate passed the budget."), ("2024-05-15T10:00", "A session began.")]


def test_a_participle_aside_with_its_agent_tells_its_date_in_the_past():
    assert _summaries("The law, signed by the governor on Tuesday, will take effect in July.", date(2024, 5, 16)) == [
        ("2024-05-14", "The law was signed by the governor."), ("2024-07", "The law will take effect.")]


def test_a_time_placed_for_its_day_cuts_its_clause_around_both():
    # "on Wednesday, March 19, at 7:45 p.m.": the clause is cut before the day, not between the day and the time
    assert _summaries("Harwick travel to Dunmore next Saturday before hosting Wexley on Wednesday, March 19, at 7:45 "
                      "p.m.", date(2025, 3, 9)) == [
        ("2025-03-15", "Harwick travel to Dunmore."),
        ("2025-03-19T19:45", "Harwick travel to Dunmore before hosting Wexley.")]


def test_a_day_that_is_what_was_done_stays_in_the_summary():
    # after a verb that takes a day as its object (OBSERVING_VERBS), the date is what was done, not when
    d = date(2024, 11, 29)
    assert _summaries("Families marked Thanksgiving on Thursday with small gatherings.", d) == [
        ("2024-11-28", "Families marked Thanksgiving with small gatherings.")]
    assert _summaries("The negotiators spent Monday in talks.", d) == [
        ("2024-11-25", "The negotiators spent Monday in talks.")]
    # a date after any other verb goes: "said Monday" is when
    assert _summaries("Police said Monday that two men were arrested.", d) == [
        ("2024-11-25", "Police said that two men were arrested.")]


def test_a_new_date_given_to_what_was_put_off_lies_ahead_and_dates_the_thing():
    # RESCHEDULED_BEFORE: the coming weekday whatever the tense; the thing put off is what happens then
    d = date(2025, 3, 14)  # a Friday
    assert _summaries("The launch has been pushed back to Saturday.", d) == [
        ("2025-03-15", "The launch (pushed back to this date).")]
    assert _summaries("The talks were adjourned until Monday.", d) == [
        ("2025-03-17", "The talks (adjourned until this date).")]
    # the object, before the date or after it ("its" reads "the": whose is not said)
    assert _summaries("Organizers rescheduled the concert for June 12.", d) == [
        ("2025-06-12", "The concert (rescheduled for this date).")]
    assert _summaries("The company extended to Nov. 20 its $45-a-share offer for the shares.", d) == [
        ("2024-11-20", "The $45-a-share offer (extended to this date).")]
    # a calendar date is the nearest: written in mid-March, "March 1" is the one just past
    assert _summaries("The deadline was extended until March 1.", d) == [
        ("2025-03-01", "The deadline (extended until this date).")]
    # the date it had before, set off by commas, is the thing's too
    assert _summaries("The hearing, originally set for March 3, was postponed to April 10.", d) == [
        ("2025-03-03", "The hearing was originally set."), ("2025-04-10", "The hearing (postponed to this date).")]
    # a pronoun is no thing: the clause as it is
    assert _summaries("It was postponed to Saturday.", d) == [("2025-03-15", "It was postponed.")]
    # "until" after any other verb bounds a state and places nothing
    assert _summaries("Police held him until Sunday.", d) == []


def test_a_happening_a_date_names_in_the_possessive_after_a_verb_is_what_it_dates():
    d = date(2025, 3, 14)
    # an object or after a preposition: the happening, with what completes its noun
    assert _summaries("The minister defended last week's decision to close the border.", d) == [
        ("2025-W10", "The decision to close the border.")]
    assert _summaries("Markets rallied after yesterday's announcement by the central bank.", d) == [
        ("2025-03-13", "The announcement by the central bank.")]
    # the rest of the sentence goes to its own date
    assert _summaries("Investors digested Tuesday's rate cut as shares rose on Wednesday.", d) == [
        ("2025-03-11", "The rate cut."), ("2025-03-12", "Investors digested the rate cut as shares rose.")]
    # a subject in the past says what the happening did then: the clause, whole; in the present, the happening
    assert _summaries("Officials said Monday's attack in the north killed 12 people.", d) == [
        ("2025-03-10", "Officials said the attack in the north killed 12 people.")]
    assert _summaries("Police believe last month's explosion at a clinic and the bombing might be related.", d) == [
        ("2025-02", "The explosion at a clinic.")]
    # the sentence's subject is its clause's, as before; a noun that names no happening is no statement
    assert _summaries("Thursday's vote was delayed by a procedural dispute.", d) == [
        ("2025-03-13", "The vote was delayed by a procedural dispute.")]


def test_an_event_is_summarised_by_a_mention_that_says_what_happened():
    # "The coup." (a possessive date's happening) and a clause with a verb report one coup: the clause sums it up
    events = _events(("a", "Soldiers staged a coup on Wednesday in the capital.", date(2012, 3, 23)),
                     ("b", "Diplomats said they feared Wednesday's coup would set back the peace talks.", date(2012, 3, 23)))
    assert [(e.value, e.summary, len(e.mentions)) for e in events] == [
        ("2012-03-21", "Soldiers staged a coup in the capital.", 2)]


def test_a_figure_compared_with_keeps_its_thousands_and_places_nothing():
    d = date(2025, 3, 14)
    # "up from 1,050 in 2023": the comparison runs across the figure's comma to its date
    assert _summaries("Sales rose to 1,200 last year, up from 1,050 in 2023.", d) == [
        ("2024", "Sales rose to 1,200, up from 1,050.")]
    assert _summaries("Sales rose to 1,200 last year, up from 1,050 a year earlier.", d) == [
        ("2024", "Sales rose to 1,200, up from 1,050.")]


def test_a_figure_compared_with_in_a_second_unit_places_nothing():
    # ", or $1.24 a share,": the same figure per share; the date after it is still the compared figure's
    d = date(1989, 10, 25)
    assert _summaries("The company earned $45.2 million, or 65 cents a share, compared with $84.9 million, "
                      "or $1.24 a share, a year earlier.", d) == []
    assert _summaries("Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million, or 48 cents "
                      "a share, in the year-ago period.", d) == []
    # the clause's own date stays; the attribution after a comma is no comparison
    assert _summaries("Sales rose to $3 billion in the third quarter from $2.5 billion, or 10% more, a year earlier.",
                      d) == [("1989-Q3", "Sales rose to $3 billion from $2.5 billion, or 10% more.")]
    assert _summaries("Unemployment fell to 5.1% from 5.3%, the ministry said on Monday.", d) == [
        ("1989-10-23", "Unemployment fell to 5.1% from 5.3%, the ministry said.")]


def test_a_possessive_determiner_goes_with_its_date():
    d = date(1998, 3, 1)
    assert _summaries("The company reported a loss for its third quarter.", d) == [("1997-Q3", "The company reported a loss.")]
    assert _summaries("The unions held their first strike in the week of March 2.", d) == [
        ("1998-W10", "The unions held their first strike.")]
    # a word that ends in one is none ("your", "detour")
    assert _summaries("The ship took a detour in 1995.", d) == [("1995", "The ship took a detour.")]


def test_a_hyphenated_date_before_a_noun_leaves_its_preposition():
    d = date(1989, 10, 25)
    assert _summaries("The company reported a 77% drop in third-quarter net income.", d) == [
        ("1989-Q3", "The company reported a 77% drop in net income.")]
    assert _summaries("He bought shares in mid-October trading.", d) == [("1989-10", "He bought shares in trading.")]
    # before a word that is no noun, the date is the clause's own and goes with its preposition
    assert _summaries("In mid-October the board met.", d) == [("1989-10", "The board met.")]


def test_today_as_the_vantage_of_an_assessment_places_nothing():
    d = date(2012, 3, 21)
    assert _summaries("But today it appears that the greatest threat to the government is not the rebels.", d) == []
    assert _summaries("Today, it is clear the ceasefire has collapsed.", d) == []
    # a happening told today stays, beside an assessment of its own
    assert _summaries("Rebels seized the town today, and it appears the army has fled.", d) == [
        ("2012-03-21", "Rebels seized the town.")]
    assert _summaries("Today the rebels seized the town.", d) == [("2012-03-21", "The rebels seized the town.")]


def test_the_and_that_a_verb_follows_opens_the_second_clause():
    d = date(2025, 3, 5)
    assert _summaries("The president flew to the region on Monday and declared an emergency in Arequipa and "
                      "neighbouring Moquegua late on Tuesday.", d) == [
        ("2025-03-03", "The president flew to the region."),
        ("2025-03-04", "The president declared an emergency in Arequipa and neighbouring Moquegua.")]
    # the commas of a name set off after its noun cut nothing
    assert _summaries("The firm cut its dividend on Monday and its chief executive, Margaret Lindqvist, stepped down "
                      "on Tuesday.", d) == [
        ("2025-03-03", "The firm cut its dividend."),
        ("2025-03-04", "Its chief executive, Margaret Lindqvist, stepped down.")]


def test_the_period_a_forecast_is_for_places_nothing():
    d = date(2025, 9, 26)
    assert _summaries("The retailer cut its outlook for the year.", d) == []
    assert _summaries("It abandoned its forecast for a profit this fiscal year.", d) == []
    assert _summaries("Parliament approved the budget for 2026 on Tuesday.", d) == [
        ("2025-09-23", "Parliament approved the budget.")]
    # a forecast made in a month is dated by it
    assert _summaries("The company issued a forecast in March.", d) == [("2025-03", "The company issued a forecast.")]


def test_a_passive_after_an_object_in_the_subject_is_the_main_verb():
    # "to decide the case will be held": "held" is the sentence's verb, not a participle of "the case"
    assert _summaries("A hearing to decide the case will be held in January.", date(2025, 3, 4)) == [
        ("2026-01", "A hearing to decide the case will be held.")]


def test_a_rank_in_a_field_and_a_peak_compared_with_place_nothing():
    d = date(2025, 3, 4)
    assert _summaries("Its collapse is the largest in US retail this year.", d) == []
    # the date ranked, or a happening told with the rank, stays
    assert _summaries("It was the warmest February on record.", d) == [("2025-02", "It was the warmest February on record.")]
    assert _summaries("The storm was the strongest to hit the region in 2024.", d) == [
        ("2024", "The storm was the strongest to hit the region.")]
    assert _summaries("Infections slowed to 45 a day from a peak of 70 in February.", d) == []
    # "the rest of" goes with its date
    assert _summaries("Schools will stay closed for the rest of the week.", d) == [
        ("2025-W10", "Schools will stay closed.")]


def test_a_date_set_off_before_an_attribution_leaves_one_comma():
    assert _summaries("Cases have risen to 1,380, with 23 deaths, as of Monday, the health ministry said.",
                      date(2025, 7, 19)) == [("2025-07-14", "Cases have risen to 1,380, with 23 deaths.")]


def test_where_it_was_said_is_part_of_an_attribution():
    # "the ministry said in a statement on Tuesday" dates only the saying: beside the campaign's own dates, nothing
    assert _summaries("The campaign, held between Feb. 3 and 9, vaccinated about 780,000 people, the ministry said in a "
                      "statement on Tuesday.", date(2025, 2, 19)) == [("2025-02-03", "The campaign was held.")]


def test_an_attribution_set_off_after_the_subject_leaves_it_its_verb():
    d = date(2025, 3, 10)
    assert _summaries("The rebels, the army said on Monday, seized the town on Sunday.", d) == [
        ("2025-03-09", "The rebels seized the town.")]
    # a speaker set off by commas is part of the attribution
    assert _summaries("Between March 4 and 9, the institute recorded 300 aftershocks, its director, Hernando Tavera, "
                      "told reporters on Monday.", d) == [("2025-03-04", "The institute recorded 300 aftershocks.")]


def test_a_period_of_every_year_places_nothing():
    d = date(2025, 1, 22)
    assert _summaries("Outbreaks are common during the rainy season, which runs from November to April.", d) == []
    assert _summaries("The monsoon lasts from June to September.", d) == []
    # with a year it is one period, and a past one happened
    assert _summaries("The exhibition runs from March to May 2025.", d) == [("2025-03", "The exhibition runs.")]
    assert _summaries("The strike ran from November to April.", d) == [("2024-11", "The strike ran.")]


def test_a_borrowed_subject_leaves_a_fronted_date_behind():
    assert _summaries("On Sept. 15 the company cut its outlook and disclosed that sales fell 18% in the second "
                      "quarter.", date(2025, 9, 26)) == [
        ("2025-09-15", "The company cut its outlook."), ("2025-Q2", "The company disclosed that sales fell 18%.")]


def test_a_quotation_that_ends_with_its_stop_gets_no_second_one():
    assert _summaries("On Friday, Netanyahu said he had ``no qualms'' about the plan, as long as Israel had ``the "
                      "necessary safeguards.''", date(1998, 2, 28)) == [
        ("1998-02-27", "Netanyahu said he had ``no qualms'' about the plan, as long as Israel had ``the necessary "
                       "safeguards.''")]


def test_a_named_happening_before_its_date_is_what_the_date_places():
    d = date(2025, 7, 28)
    assert _summaries("It was the most destructive fire in the county since the Carr Fire in 2018.", d) == [
        ("2018", "The Carr Fire.")]
    # a name that is no happening is a place or a body
    assert _summaries("The envoy will go before the Security Council next week.", d) == [
        ("2025-W32", "The envoy will go before the Security Council.")]


def test_a_containment_level_by_a_date_is_that_date_s_report():
    d = date(2025, 7, 22)
    assert _summaries("By Saturday the fire was 65% contained, and crews reported 85% containment this morning.", d) == [
        ("2025-07-19", "The fire was 65% contained."), ("2025-07-22TMO", "Crews reported 85% containment.")]
    # "by" stays a bound for a plan or a promise; a thing done by then is placed there
    assert _summaries("Crews were ordered to contain the fire by Thursday morning.", d) == []
    assert _summaries("The fire had burned 45,000 acres by Thursday morning.", d) == [
        ("2025-07-17TMO", "The fire had burned 45,000 acres.")]


def test_a_participle_before_a_past_main_verb_is_what_its_date_places():
    d = date(2025, 5, 19)
    assert _summaries("A suspect arrested on Friday appeared in court.", d) == [("2025-05-16", "A suspect was arrested.")]
    assert _summaries("The bridge built in 1990 needed repairs.", d) == [("1990", "The bridge was built.")]


def test_planned_for_goes_with_its_date():
    assert _summaries("They will attend a meeting with the utility planned for next Thursday.", date(2025, 7, 22)) == [
        ("2025-07-24", "They will attend a meeting with the utility.")]


def test_a_second_clause_with_its_own_subject_and_modal_borrows_nothing():
    assert _summaries("Advance voting will be held on May 12 at municipal offices, and polling stations will be open "
                      "from 7 a.m. to 8 p.m. on May 18.", date(2025, 4, 23)) == [
        ("2025-05-12", "Advance voting will be held at municipal offices."),
        ("2025-05-18T07:00", "Polling stations will be open.")]


def test_now_before_a_verb_ends_no_span_of_dates():
    # "late Wednesday and now goes": "now" is its own clause's adverb; the "and" stays
    assert _summaries("The bill passed the Senate late Wednesday and now goes to the House.", date(2025, 3, 14)) == [
        ("2025-03-12", "The bill passed the Senate and goes to the House.")]


def test_a_clock_time_in_brackets_after_another_is_the_same_moment():
    # the alternative in another zone places nothing of its own: one statement
    assert _summaries("The bridge fell at around 6:45 p.m. local time (1315 GMT) on Thursday.", date(2025, 3, 14)) == [
        ("2025-03-13T18:45", "The bridge fell.")]
    assert _summaries("Polls in Newfoundland closed first, at 7 p.m. NT (5:30 p.m. ET).", date(2025, 4, 28)) == [
        ("2025-04-28T19:00", "Polls in Newfoundland closed first.")]


def test_two_happenings_of_one_kind_in_two_places_stay_apart():
    # each says where, and names none of the other's places (PLACE_PREPOSITIONS): more evidence is needed
    d = date(2025, 3, 14)
    ev = _events(("a", "Gunmen attacked a police station in Kano on Tuesday.", d),
                 ("b", "Rebels attacked an army base in Goma on Tuesday.", d),
                 ("c", "Gunmen stormed a police post in Kano on Tuesday, killing two officers.", d))
    assert sorted((e.summary, sorted(e.sources)) for e in ev) == [
        ("Gunmen attacked a police station in Kano.", ["a", "c"]), ("Rebels attacked an army base in Goma.", ["b"])]
    # one place named by the other ("the attack in Kano" and a report that names Kano elsewhere) is no obstacle
    ev = _events(("a", "Gunmen attacked a police station in Kano on Tuesday.", d),
                 ("b", "Kano police said gunmen attacked a station in Sabon Gari on Tuesday.", d))
    assert [len(e.mentions) for e in ev] == [2]


def test_reports_of_one_rate_decision_merge_and_two_banks_stay_apart():
    d = date(2025, 3, 21)
    ev = _events(("a", "The Bank of England kept interest rates on hold at 4.5% on Thursday.", d),
                 ("b", "The Bank of England left borrowing costs unchanged at 4.5% on Thursday.", d),
                 ("c", "The Federal Reserve held interest rates steady on Thursday.", d))
    # "interest rates" and "borrowing costs" are one kind of happening (EVENT_PHRASES); two banks, each named by
    # two names or more and none of the other's, are two actors (OTHER_NAMES_PENALTY)
    assert sorted(sorted(e.sources) for e in ev) == [["a", "b"], ["c"]]


def test_a_collapse_told_three_ways_is_one_happening():
    d = date(2025, 3, 14)
    ev = _events(("a", "A pedestrian overbridge collapsed near Hadapsar station on Thursday, killing nine people.", d),
                 ("b", "The footbridge near Hadapsar station gave way on Thursday.", d),
                 ("c", "Nine people died when the Hadapsar bridge caved in on Thursday.", d))
    assert [sorted(e.sources) for e in ev] == [["a", "b", "c"]]


def test_a_participle_aside_after_the_subject_is_said_of_the_subject_and_agrees_with_it():
    d = date(2025, 4, 15)
    # the subject's head, not the last noun before the comma
    assert _summaries("A software update for the brand's wireless earbuds, released in the autumn of last year, had "
                      "drawn complaints.", d) == [("2024-FA", "A software update was released.")]
    # a plural head in lower case takes "were" (a name in capitals may be one thing: "the Paris Peace Accords")
    assert _summaries("The two bridges, built in 1990, were closed on Monday.", d) == [
        ("1990", "The two bridges were built."), ("2025-04-14", "The two bridges were closed.")]


def test_a_record_since_a_date_keeps_its_measure_and_between_x_and_y_is_a_span():
    d = date(2025, 3, 21)
    assert _summaries("Threadneedle Street cut rates last month for the first time since November.", d) == [
        ("2025-02", "Threadneedle Street cut rates for the first time since November.")]
    assert _summaries("It was the largest parade since 2015, organisers said on Sunday.", d) == [
        ("2025-03-16", "It was the largest parade since 2015, organisers said.")]
    # "since" alone still goes with its date
    assert _summaries("Prices have doubled since 2020 and fell on Monday.", d) == [("2025-03-17", "Prices fell.")]
    spans = [(s.value, s.start, s.end) for s in process_article(Article(
        "a", "Protests are planned between Saturday, December 6, and Sunday, December 7.", "a", date(2025, 11, 17)
    )).statements]
    assert spans == [("2025-12-06", date(2025, 12, 6), date(2025, 12, 7))]


def test_the_first_half_of_a_month_is_its_start():
    pa = process_article(Article("a", "Cases had fallen in the first half of January.", "a", date(2025, 3, 21)))
    assert [(t.value, t.mod) for t in pa.timexes] == [("2025-01", "START")]


def test_a_toll_in_the_undated_sentence_after_a_statement_is_its_own():
    d = date(2025, 3, 14)
    ev = _events(("a", "A gunman opened fire at a shopping mall in Leeds on Tuesday. Five people were killed and 12 "
                       "wounded, police said.", d),
                 ("b", "A gunman killed seven people at a shopping mall in Leeds on Tuesday.", d))
    assert [(e.summary, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("A gunman opened fire at a shopping mall in Leeds.", [("deaths", {"5": ["a"], "7": ["b"]})])]
    # across a paragraph only in copy of one sentence to a paragraph (a wire's); not when the sentence after has a
    # date of its own
    pa = process_article(Article("a", "A gunman opened fire on Tuesday.\n\nFive people were killed.", "a", d))
    assert [s.detail for s in pa.statements] == ["Five people were killed."]
    pa = process_article(Article("a", "A gunman opened fire on Tuesday.\n\nFive people were killed. Police sealed the "
                                      "area.", "a", d))
    assert [s.detail for s in pa.statements] == [""]
    pa = process_article(Article("a", "A gunman opened fire on Tuesday. On Wednesday five people died.", "a", d))
    assert [s.detail for s in pa.statements] == ["", ""]


def test_a_coordinated_verb_borrows_a_long_subject():
    d = date(2025, 6, 3)
    assert _summaries("The inquiry committee set up by the state government visited the site yesterday and is "
                      "expected to submit its findings next week.", d) == [
        ("2025-06-02", "The inquiry committee set up by the state government visited the site."),
        ("2025-W24", "The inquiry committee set up by the state government is expected to submit its findings.")]
    assert _summaries("The company plans to file an application in the fourth quarter of 2025 and will present the "
                      "full data on November 6.", d) == [
        ("2025-Q4", "The company plans to file an application."), ("2025-11-06", "The company will present the full data.")]


def test_summary_leftovers_of_measures_labels_asides_and_attributions():
    d = date(2025, 3, 14)
    # "as recently as" goes with its date ("recently" inside it is no expression)
    assert _summaries("Residents said they had complained about rusting girders as recently as last month.", d) == [
        ("2025-02", "Residents said they had complained about rusting girders.")]
    # a part of day that labels a noun leaves "the" to it
    assert _summaries("The bridge fell on Thursday as commuters crowded onto it during the evening rush hour.", d) == [
        ("2025-03-13TEV", "The bridge fell as commuters crowded onto it during the rush hour.")]
    # ", the year democracy was restored,": an aside that says when, gone whole
    assert _summaries("She returned to Nigeria in 1999, the year democracy was restored, and taught at a university.",
                      d) == [("1999", "She returned to Nigeria, and taught at a university.")]
    # an attribution that ends the clause goes whoever it names
    assert _summaries("India released water from its dams on Monday, according to Pakistan's foreign office.", d) == [
        ("2025-03-10", "India released water from its dams.")]


def test_ellipses_and_dates_with_commas_in_coordinated_clauses():
    d = date(2025, 6, 3)
    # "and again on Tuesday": the subject and its verb again
    assert _summaries("The board met on Sunday and again on Tuesday to discuss the findings.", d) == [
        ("2025-06-01", "The board met."), ("2025-06-03", "The board met again to discuss the findings.")]
    # the commas of a date do not end the first clause whose auxiliary the second shares
    assert _summaries("The company was convicted by a jury on October 4, 2024, and sentenced on January 9 to pay "
                      "$1.2 billion.", d) == [("2024-10-04", "The company was convicted by a jury."),
                                              ("2025-01-09", "The company was sentenced to pay $1.2 billion.")]
    # a clock time counted from another day is on that day
    assert _summaries("The evacuation began on April 29, 1975. The last helicopters left shortly before 8 a.m. the "
                      "following day.", date(2025, 4, 30)) == [
        ("1975-04-29", "The evacuation began."), ("1975-04-30T08:00", "The last helicopters left.")]


def test_a_happening_hours_after_another_and_a_negated_expectation():
    d = date(2025, 11, 17)
    # ", hours after parliament passed the law late Wednesday": Wednesday's is the passing of the law
    assert _summaries("The protests began on Thursday, hours after parliament passed the law late Wednesday.", d) == [
        ("2025-11-13", "The protests began."), ("2025-11-12", "Parliament passed the law.")]
    # "not expected before the autumn" keeps its date: without it the summary says the opposite
    assert _summaries("A ruling is not expected before the autumn, legal experts said.", date(2025, 6, 3)) == [
        ("2025-FA", "A ruling is not expected before the autumn.")]


def test_a_happening_a_date_labels_after_a_lead_is_what_it_dates():
    d = date(2025, 8, 20)
    assert _summaries("The plant was shut down after the 2011 disaster and restarted in October 2024.", d) == [
        ("2011", "The disaster."), ("2024-10", "The plant was restarted.")]
    assert _summaries("Prices have doubled since the 2022 invasion of Ukraine.", d) == [
        ("2022", "The invasion of Ukraine.")]
    # a label of no happening leaves the clause dated by it
    assert _summaries("He retired after the 2019 season.", d) == [("2019", "He retired after the season.")]


def test_a_bare_from_opens_a_state_and_dates_its_start():
    d = date(2025, 5, 9)  # a Friday
    assert _summaries("Finance director Jane Cole will serve as interim chief executive from Monday.", d) == [
        ("2025-05-12", "Finance director Jane Cole will serve as interim chief executive (from this date).")]
    assert _summaries("The new rules apply from 1 July.", d) == [("2025-07-01", "The new rules apply (from this date).")]
    # a span, a comparison or a possessive after "from" is no start
    assert _summaries("The museum is open from 9 a.m. to 5 p.m.", d) == [("2025-05-09T09:00", "The museum is open.")]
    assert _summaries("The curfew will run from Monday until further notice.", d) == []
    assert _summaries("The index closed at 2082.1, down 4.5% from the previous Friday.", d) == []
    # a figure with no change before "from" is a threshold, and a clause after it with its own boundary is another's
    assert _summaries("The government will add a tax bracket for incomes above 500,000 dollars from January 1, 2026, "
                      "and will raise the tobacco excise until 2028.", d) == [
        ("2026-01-01", "The government will add a tax bracket for incomes above 500,000 dollars (from this date).")]


def test_a_day_after_a_bare_from_and_a_figure_is_the_changes_day():
    d = date(2025, 5, 9)
    assert _summaries("Shares rose to 410 pence from 380 pence on Monday.", d) == [
        ("2025-05-05", "Shares rose to 410 pence from 380 pence.")]
    # "up from" compares: its day is the figure's
    assert _summaries("Cases rose to 1,287 on Saturday, up from 830 on Friday.", d) == [
        ("2025-05-03", "Cases rose to 1,287, up from 830.")]


def test_a_noun_phrase_after_and_shares_the_first_clauses_verb_when_it_names_the_same_thing():
    d = date(2025, 10, 24)
    assert _summaries("The first round of negotiations took place on September 18, and a second round on October 2, "
                      "but the two sides remained far apart.", d) == [
        ("2025-09-18", "The first round of negotiations took place."), ("2025-10-02", "A second round took place.")]
    assert _summaries("The first match was played on Saturday and the second match on Sunday.", d) == [
        ("2025-10-18", "The first match was played."), ("2025-10-19", "The second match was played.")]


def test_a_plural_name_takes_were_and_others_in_s_stay_singular():
    d = date(2025, 4, 30)
    assert _summaries("It ended with the Paris Peace Accords, signed on 27 January 1973.", d) == [
        ("1973-01-27", "The Paris Peace Accords were signed.")]
    assert _summaries("The report was published by the United Nations, founded in 1945.", d) == [
        ("1945", "The United Nations was founded.")]


def test_a_toll_of_two_groups_is_their_sum():
    from maliclock.merge.conflicts import tolls_of
    assert tolls_of("31 soldiers and four civilians were killed") == {"deaths": "35"}
    assert tolls_of("dozens of soldiers and four civilians were killed") == {"deaths": "4"}
    assert tolls_of("at least 7 people were killed") == {"deaths": "at least 7"}


def test_a_toll_of_one_told_with_a_and_a_singular_verb_is_a_figure():
    from maliclock.merge.conflicts import tolls_of
    assert tolls_of("A garment worker was killed in the clash on Monday") == {"deaths": "1"}
    assert tolls_of("An officer was injured and 12 protesters were arrested") == {"injured": "1", "arrested": "12"}
    assert tolls_of("A further 12 were killed") == {"deaths": "12"}
    assert tolls_of("A number of people were killed") == {}
    ev = _events(("a", "A garment worker was killed in clashes with police in Konabari on Monday.", date(2026, 6, 9)),
                 ("b", "Two workers were killed in clashes with police in Konabari on Monday.", date(2026, 6, 9)))
    assert [(e.value, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("2026-06-08", [("deaths", {"1": ["a"], "2": ["b"]})])]


def test_tolls_in_the_teens_written_as_words_are_figures():
    from maliclock.merge.conflicts import tolls_of
    assert tolls_of("Fourteen people were killed when the plane overshot the runway") == {"deaths": "14"}
    assert tolls_of("Seventeen were injured") == {"injured": "17"}


def test_the_number_who_escaped_is_a_figure_and_escapes_told_in_other_words_merge():
    from maliclock.merge.conflicts import tolls_of
    assert tolls_of("Six convicts serving long sentences escaped from Lorukai Prison at about 3.40am") == {"escaped": "6"}
    assert tolls_of("the seven escaped at 1.50am on March 8") == {"escaped": "7"}
    assert tolls_of("He escaped death two years ago") == {}
    d = date(2026, 3, 9)  # a Monday
    ev = _events(("a", "Six convicts escaped from Lorukai Prison at about 3.40am on Sunday.", d),
                 ("b", "The seven broke out of Lorukai Prison at 1.50am on March 8.", d))
    assert len(ev) == 1
    assert {c.field: sorted(c.values) for c in ev[0].conflicts} == {"escaped": ["6", "7"],
                                                                   "time_of_day": ["01:50", "03:40"]}


def test_two_approximate_times_half_an_hour_apart_are_a_conflict():
    d = date(2025, 4, 9)  # a Wednesday
    ev = _events(("a", "Raymond Tull was arrested at his home at approximately 0615 hours Tuesday.", d),
                 ("b", "Raymond Tull was arrested at his home at about 6:45 a.m. Tuesday.", d))
    assert len(ev) == 1
    assert [(c.field, sorted(c.values)) for c in ev[0].conflicts] == [("time_of_day", ["06:15", "06:45"])]


def test_a_dismissal_and_a_default_told_in_other_words_merge():
    d = date(2026, 2, 3)  # a Tuesday
    ev = _events(("a", "Castlemere United parted company with manager Gary Pellow on Monday.", d),
                 ("b", "Gary Pellow was sacked by Castlemere United on 2 February.", d))
    assert [e.value for e in ev] == ["2026-02-02"]
    d = date(2025, 1, 16)  # a Thursday
    ev = _events(("a", "Veloria did not pay a coupon on its 2031 bonds that fell due on Wednesday.", d),
                 ("b", "Veloria defaulted on its 2031 bonds on 15 January.", d))
    assert [e.value for e in ev] == ["2025-01-15"]


def test_a_tally_or_a_deal_value_two_sources_give_differently_is_a_conflict():
    from maliclock.merge.conflicts import figures_of
    assert figures_of("The motion passed by 301 votes to 288") == figures_of("lawmakers voted 301-288") == {
        "votes": "301-288"}
    assert figures_of("in a 302-287 vote") == figures_of("passed by a vote of 302 to 287") == {"votes": "302-287"}
    # the votes for and against told apart
    assert figures_of("The confidence vote passed, with 80 deputies in favour, 68 against and three abstentions") == {
        "votes": "80-68"}
    assert figures_of("won 3-1 on Saturday") == figures_of("by 52% to 48% in the vote") == {}
    # the tally of what was passed, before another vote the clause tells of
    assert figures_of("The Senate passed the bill 61-38 on Sept. 18, two days after a 62-37 cloture vote") == {
        "votes": "61-38"}
    assert figures_of("agreed to buy Helix for $18.5bn in cash") == {"value": "$18.5 billion"}
    assert figures_of("a deal worth US$1,200 million") == figures_of("an $1.20 billion all-cash deal") == {
        "value": "$1.2 billion"}
    assert figures_of("the deal values Helix at $62 a share") == figures_of("revenue rose to $3bn") == {}
    d = date(2025, 6, 3)
    ev = _events(("a", "Northgate agreed on Monday to buy Helix Therapeutics for $18.5bn.", d),
                 ("b", "Northgate agreed on Monday to buy Helix Therapeutics in an $18.2 billion deal.", d),
                 ("c", "Northgate agreed on Monday to buy Helix Therapeutics for £14bn.", d))
    assert len(ev) == 1
    assert [(c.field, c.values) for c in ev[0].conflicts] == [
        ("value", {"$18.2 billion": ["b"], "$18.5 billion": ["a"]})]  # pounds are not compared with dollars
    ev = _events(("a", "Parliament passed the bill by 301 votes to 288 on Tuesday.", d),
                 ("b", "Parliament passed the bill in a 302-287 vote on Tuesday.", d),
                 ("c", "Parliament passed the bill on Tuesday by 301 votes to 288.", d))
    assert [(c.field, c.values) for c in ev[0].conflicts] == [
        ("votes", {"301-288": ["a", "c"], "302-287": ["b"]})]


def test_a_rate_set_at_two_levels_by_two_sources_is_a_conflict():
    from maliclock.merge.conflicts import figures_of
    assert figures_of("cut its benchmark interest rate by a quarter point to 3.25 percent") == {"rate": "3.25%"}
    assert figures_of("raised its key rate to 3.0 per cent") == figures_of("held rates at 3%") == {"rate": "3%"}
    assert figures_of("The unemployment rate was 4.1%") == figures_of("Inflation rose to 3.1%") == {}
    ev = _events(("a", "The Bank of Eastmark cut its benchmark interest rate by a quarter point to 3.25 percent on "
                       "Wednesday.", date(2025, 3, 12)),
                 ("b", "The Bank of Eastmark cut its benchmark interest rate by half a point to 3 percent on "
                       "Wednesday.", date(2025, 3, 13)))
    assert [(c.field, c.values) for c in ev[0].conflicts] == [("rate", {"3%": ["b"], "3.25%": ["a"]})]


def test_the_people_freed_or_arrested_two_sources_count_differently_are_a_conflict():
    from maliclock.merge.conflicts import tolls_of
    assert tolls_of("Eleven aid workers held by the Sahel Liberation Front were freed on Saturday") == {"freed": "11"}
    assert tolls_of("The army freed 12 hostages") == {"freed": "12"}
    assert tolls_of("Police arrested 14 protesters") == tolls_of("14 people were arrested") == {"arrested": "14"}
    assert tolls_of("The 2 million barrels were released") == tolls_of("Two of the hostages were freed") == {}
    assert tolls_of("The company released 2 million barrels") == {}
    ev = _events(("a", "Eleven aid workers held by rebels were freed on Saturday in Tarvik.", date(2025, 3, 8)),
                 ("b", "Twelve aid workers held by rebels were freed on Saturday in Tarvik.", date(2025, 3, 9)))
    assert [(c.field, c.values) for c in ev[0].conflicts] == [("freed", {"11": ["a"], "12": ["b"]})]
    # a count in the undated sentence after a statement may be another happening's: only tolls are read there
    ev = _events(("a", "Soldiers seized the palace on Monday. At least 5 people were arrested.", date(2025, 3, 8)),
                 ("b", "Soldiers seized the palace on Monday. At least 9 people were arrested.", date(2025, 3, 8)))
    assert len(ev) == 1 and ev[0].conflicts == []


def test_every_figure_and_toll_pattern_reads_its_example():
    from maliclock.merge.conflicts import figures_of, tolls_of
    from maliclock.rules import events as E
    for kind, rows in E.FIGURES.items():
        for _, example in rows:
            assert kind in figures_of(example), example
    for kind, rows in E.TOLLS.items():
        for _, example in rows:
            assert kind in tolls_of(example), example


def test_a_sentence_that_opens_with_when_keeps_it():
    d = date(2025, 6, 27)  # a Friday
    assert _summaries("When the Kellbridge bridge opened on 14 May 1889, it was the longest crossing in England.",
                      d) == [("1889-05-14", "When the Kellbridge bridge opened, it was the longest crossing in England.")]
    assert _summaries("When police arrived on Monday, they found two bodies.", d) == [
        ("2025-06-23", "When police arrived, they found two bodies.")]
    # a clause split off at "when" and a sentence that opens with "And" or "But" still lose it
    assert _summaries("Rebels took the town in May. But on Monday, soldiers retook it.", d) == [
        ("2025-05", "Rebels took the town."), ("2025-06-23", "Soldiers retook it.")]


def test_a_time_shortly_before_another_is_no_conflict():
    from maliclock.pipeline import process_article
    from maliclock.read import Article
    d = date(2025, 10, 15)
    got = process_article(Article("a", "The quake struck shortly before 11 p.m. on Monday.", "a", d)).statements
    assert [(s.value, s.timex.mod) for s in got] == [("2025-10-13T23:00", "BEFORE")]
    ev = _events(("a", "A powerful earthquake shook the Ica region of Peru at 10:42 p.m. on Monday.", d),
                 ("b", "A powerful earthquake shook the Ica region of Peru shortly before 11 p.m. on Monday.", d))
    assert len(ev) == 1 and ev[0].conflicts == []
    # exact times 18 minutes apart disagree, and so do an approximate one and one an hour off
    ev = _events(("a", "A powerful earthquake shook the Ica region of Peru at 10:42 p.m. on Monday.", d),
                 ("b", "A powerful earthquake shook the Ica region of Peru at 11 p.m. on Monday.", d))
    assert [c.field for c in ev[0].conflicts] == ["time_of_day"]
    ev = _events(("a", "A powerful earthquake shook the Ica region of Peru at 9:42 p.m. on Monday.", d),
                 ("b", "A powerful earthquake shook the Ica region of Peru shortly before 11 p.m. on Monday.", d))
    assert [c.field for c in ev[0].conflicts] == ["time_of_day"]


def test_times_told_in_another_zone_are_not_compared():
    d = date(2025, 10, 14)
    ev = _events(("a", "A magnitude 6.8 earthquake struck southern Peru at 03:42 UTC on Tuesday, killing at least 14 "
                       "people in the Ica region.", d),
                 ("b", "At least 17 people were killed when a magnitude 6.8 earthquake struck the Ica region of southern "
                       "Peru at 10:42 p.m. on Monday local time.", d))
    assert len(ev) == 1
    # dated as told where it happened; no time or date conflict between the zones, the tolls still disagree
    assert (ev[0].value, ev[0].start, ev[0].end) == ("2025-10-13T22:42", date(2025, 10, 13), date(2025, 10, 13))
    assert [c.field for c in ev[0].conflicts] == ["deaths"]
    # a bracketed time in another zone is the same moment, and "local time" after the day is the expression's
    assert _summaries("The quake hit at 10:42 p.m. on Monday local time (0342 GMT Tuesday).", d) == [
        ("2025-10-13T22:42", "The quake hit.")]


def test_a_figure_in_words_and_in_digits_is_one_word_and_concessions_and_groundings_are_kinds():
    from maliclock.merge import content
    d = date(2025, 3, 13)  # a Thursday
    ev = _events(("a", "Maritime Air said it would ground its remaining eleven A220 aircraft on Thursday.", d),
                 ("b", "Maritime Air grounded its 11 remaining A220 jets today.", d))
    assert len(ev) == 1 and ev[0].sources == ["a", "b"]
    ev = _events(("a", "Brennan conceded shortly after 1 a.m. on Monday.", date(2025, 9, 8)),
                 ("b", "Brennan conceded at around 12:45 a.m. Monday in a short speech to supporters.", date(2025, 9, 8)))
    assert len(ev) == 1 and ev[0].conflicts == []  # both approximate, 15 minutes apart
    assert content._WHOLE_NUMBER.findall("its 11 remaining A220 jets, up 4.5% to 1,287") == ["11"]


def test_quakes_a_magnitude_apart_are_two_and_a_kept_apart_reason_that_passed_says_why():
    from maliclock.merge import chronology
    from maliclock.merge.conflicts import figures_of
    from maliclock.pipeline import process_article
    from maliclock.read import Article
    assert figures_of("a magnitude 6.8 earthquake") == figures_of("the 6.8-magnitude quake") == {"magnitude": "6.8"}
    d = date(2025, 10, 15)
    ev = _events(("a", "A magnitude 6.8 earthquake struck southern Peru at 03:42 UTC on Tuesday.", date(2025, 10, 14)),
                 ("b", "The magnitude 6.8 quake in southern Peru struck late on Monday and was followed by dozens of "
                       "aftershocks, the strongest a magnitude 5.1 tremor early on Tuesday.", d),
                 ("c", "A magnitude 6.9 earthquake struck southern Peru on Monday night.", d))
    assert [e.summary for e in ev if e.value == "2025-10-14"] == ["The strongest was a magnitude 5.1 tremor."]
    main = [e for e in ev if "6.8" in e.summary]
    assert len(ev) == 2 and len(main) == 1 and main[0].sources == ["a", "b", "c"]
    assert [(c.field, c.values) for c in main[0].conflicts] == [("magnitude", {"6.8": ["a", "b"], "6.9": ["c"]})]
    # a pair whose score passed, kept apart by the dates, says so
    stmts = [s for i, t in enumerate(("Rebels attacked the town of Gao on Monday. Rebels attacked the town of Gao "
                                      "again on Tuesday.", "Rebels attacked the town of Gao this week.")) for s in
             process_article(Article(f"s{i}", t, f"s{i}", date(2024, 5, 9))).statements]
    reasons = [r for e in chronology(stmts) for r in e.reasons if r.startswith("kept apart") and " >= " in r]
    assert reasons and all(r.endswith("but the reports it would join are on another day (or one source would be on "
                                      "two days)") for r in reasons if " >= " in r)


def test_summaries_of_a_period_a_relative_clause_begins_a_possessed_happening_and_a_coordinated_verb():
    d = date(2025, 11, 6)
    assert _summaries("Qualcomm said it expected growth to continue in fiscal 2026, which began in late September.",
                      d) == [("2026", "Qualcomm said it expected growth to continue."), ("2025-09", "Fiscal 2026 began.")]
    # a day before ", which" is no head of its own ("shares issued July 1, which will receive ...")
    assert _summaries("Nvidia fell 3.7% ahead of its results on November 19.", d) == [
        ("2025-11-19", "Nvidia's results.")]
    assert _summaries("Advanced Micro Devices lost 7% after its results on Tuesday.", d) == [
        ("2025-11-04", "Advanced Micro Devices' results.")]
    assert _summaries("The company fell 3% ahead of its results on November 19.", d) == [
        ("2025-11-19", "Its results.")]
    # "since the pandemic and cut 600 jobs": "cut" is the subject's verb, not the pandemic's
    assert _summaries("Maple Crest has struggled since the pandemic and cut 600 jobs last year.", d) == [
        ("2024", "Maple Crest has struggled since the pandemic and cut 600 jobs.")]


def test_a_year_that_labels_a_thing_in_an_object_places_nothing():
    d = date(2025, 11, 5)
    assert _summaries("The crisis was triggered by a dispute over the 2026 budget.", d) == []
    assert _summaries("The opposition said the 2024 budget had promised a surplus by 2027.", d) == []
    # the sentence's subject, and a happening, are dated by it
    assert _summaries("The 2011 census counted 63 million people.", d) == [
        ("2011", "The census counted 63 million people.")]
    assert _summaries("The plant was shut after the 2011 disaster.", d) == [("2011", "The disaster.")]


def test_a_reaction_to_a_happening_is_another_happening():
    d = date(2025, 2, 20)  # a Thursday
    ev = _events(("a", "A former councillor was found guilty on Wednesday of defrauding a housing charity. The charity "
                       "said in a statement on Wednesday evening that it welcomed the verdict.", d))
    assert [(e.value, e.summary) for e in ev] == [
        ("2025-02-19", "A former councillor was found guilty of defrauding a housing charity."),
        ("2025-02-19TEV", "The charity said in a statement that it welcomed the verdict.")]


def test_a_length_of_time_after_a_date_and_before_a_happening_dates_the_happening():
    d = date(2025, 6, 27)
    assert _summaries("Work began in 1884, three years after a ferry disaster on the river killed 31 people.", d) == [
        ("1881", "A ferry disaster on the river killed 31 people."), ("1884", "Work began.")]
    assert _summaries("The plant reopened on March 3, two weeks after an explosion killed four workers.", d) == [
        ("2025-02-17", "An explosion killed four workers."), ("2025-03-03", "The plant reopened.")]
    # a happening with "the" is one the article has dated, or none
    assert _summaries("He died on Friday, a day after the attack.", d) == [("2025-06-27", "He died.")]
    # ... but a clause with its past verb tells it, whatever opens it
    assert _summaries("The junta named a president on 7 May, two days after the coup toppled the president.", d) == [
        ("2025-05-05", "The coup toppled the president."), ("2025-05-07", "The junta named a president.")]
    assert _summaries("The army retook the town on 7 May, a day after militants seized it.", d) == [
        ("2025-05-06", "Militants seized it."), ("2025-05-07", "The army retook the town.")]
    # a happening that says its own date is placed by it, and its fragment says it
    assert _summaries("He was sentenced on Friday, three weeks after a jury convicted him on 6 June following a trial.",
                      d) == [("2025-06-27", "He was sentenced."), ("2025-06-06", "A jury convicted him following a trial.")]
    # a count of days that is not exact fixes no day
    assert _summaries("Rescuers called off the search on Sunday, nearly six days after the earthquake struck.", d) == [
        ("2025-06-22", "Rescuers called off the search, nearly six days after the earthquake struck.")]


def test_a_participle_after_a_forecast_is_said_ahead():
    d = date(2025, 5, 12)
    assert _summaries("Prices will climb in March, rising to a peak in June.", d)[1] == (
        "2025-06", "Prices will be rising to a peak.")
    assert _summaries("Prices climbed in March, rising to a peak in June.", d) == [
        ("2025-03", "Prices climbed."), ("2024-06", "Prices rose to a peak.")]


def test_asides_with_a_present_participle_saying_nouns_and_a_with_clause():
    d = date(2025, 3, 12)
    # an aside in "-ing" is closed by its comma: the verb after it is the subject's
    assert _summaries("The A220, arriving from Toronto Pearson, touched down at 7:45 p.m. ADT in blowing snow.", d) == [
        ("2025-03-12T19:45", "The A220, arriving from Toronto Pearson, touched down in blowing snow.")]
    # a participle after a noun of saying dates what was said
    assert _summaries("Fourteen people were killed, the airline confirmed in a statement released shortly after "
                      "midnight.", d) == [
        ("2025-03-12T00:00", "Fourteen people were killed, the airline confirmed in a statement released.")]
    # "with NOUN to VERB" on its own says what is to happen
    assert _summaries("The deal is expected to close in the first quarter, with the US Federal Trade Commission review "
                      "to conclude in the autumn.", d) == [
        ("2025-Q1", "The deal is expected to close."),
        ("2025-FA", "The US Federal Trade Commission review is to conclude.")]


def test_fines_and_lowered_rates_are_kinds_of_happening():
    ev = _events(("a", "Hollins Chemicals was fined by the safety inspectorate in 2023 for failing to maintain "
                       "pressure valves.", date(2025, 3, 10)),
                 ("b", "Inspectors fined Hollins Chemicals in 2023 over faulty pressure valves.", date(2025, 3, 11)))
    assert len(ev) == 1 and ev[0].sources == ["a", "b"]
    ev = _events(("a", "The Bank of Eastmark last lowered rates in January.", date(2025, 3, 12)),
                 ("b", "The Bank of Eastmark previously cut rates on January 29.", date(2025, 3, 13)))
    assert [(e.value, e.sources) for e in ev] == [("2025-01-29", ["a", "b"])]


def test_a_time_that_fits_every_other_is_not_listed_in_a_time_conflict():
    ev = _events(("a", "The ferry Santa Lucia sank at 11:40 p.m. on Tuesday in the Halvard Strait.", date(2025, 3, 5)),
                 ("b", "The ferry Santa Lucia sank at 10:50 p.m. on Tuesday in the Halvard Strait.", date(2025, 3, 5)),
                 ("c", "The ferry Santa Lucia sank on Tuesday night in the Halvard Strait.", date(2025, 3, 6)))
    assert [(e.value, e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("2025-03-04", ["a", "b", "c"], [("time_of_day", {"22:50": ["b"], "23:40": ["a"]})])]


def test_a_happening_named_as_a_reference_or_counted_is_not_the_clauses():
    d = date(2025, 3, 7)
    ev = _events(("b", "Finance Minister Jonas Veld resigned on Friday morning. The crown weakened 0.4 percent against "
                       "the euro on Friday after the resignation.", d),
                 ("c", "On Friday Finance Minister Jonas Veld resigned.", date(2025, 3, 8)))
    assert [(e.value, e.sources) for e in ev] == [("2025-03-07", ["b"]), ("2025-03-07TMO", ["b", "c"])]
    ev = _events(("a", "Labour Minister Sara Quist will visit Brackwater on Wednesday.", date(2025, 3, 11)),
                 ("b", "The company said on Wednesday that its website had received 2 million visits.",
                  date(2025, 3, 12)))
    assert len(ev) == 2


def test_a_year_that_frames_a_ranking_places_nothing():
    d = date(2025, 3, 14)
    assert _summaries("The March 12 decision was the bank's second cut of the year.", d) == [
        ("2025-03-12", "The decision was the bank's second cut.")]
    # a unit of time is no ranking: the day, the months were in that year
    assert _summaries("It was the hottest day of 2024.", d) == [("2024", "It was the hottest day.")]
    assert _summaries("Revenue fell 4% through the first nine months of the year.", d) == [
        ("2025", "Revenue fell 4% through the first nine months.")]


def test_a_generic_kind_shared_with_no_name_needs_more():
    d = date(1989, 10, 30)
    # "began", "launched", "opened" in one week, in unrelated stories: two happenings
    ev = _events(("a", "On Friday, Intel began notifying customers about the bugs in its chip.", d),
                 ("b", "DPC last week launched a new, $10-a-share offer for the printer maker.", d))
    assert len(ev) == 2
    # with a shared name they still merge
    ev = _events(("a", "Intel began notifying customers about the bugs on Friday.", d),
                 ("b", "Intel started notifying customers of the chip bugs last week.", d))
    assert len(ev) == 1 and ev[0].sources == ["a", "b"]


def test_an_unveiling_is_a_launch():
    ev = _events(("a", "Tessel unveiled the Quill X at an event in San Jose on Tuesday.", date(2025, 3, 12)),
                 ("b", "The device, unveiled in San Jose on Tuesday, folds like a book.", date(2025, 3, 13)))
    assert len(ev) == 1 and ev[0].sources == ["a", "b"]


def test_the_last_time_something_happened_and_a_plan_originally_due():
    d = date(2025, 11, 6)
    assert _summaries("Residents said the last time the town flooded so badly was in the summer of 2007.", d) == [
        ("2007-SU", "The town flooded so badly.")]
    # a name's appositive and its relative clause: the name did it
    assert _summaries("Okafor, a former housing lawyer who joined the city council in 2019, takes office on October 1.",
                      d) == [("2019", "Okafor joined the city council."), ("2026-10-01", "Okafor takes office.")]
    assert _summaries("The October jobs report, originally due last Friday, has been postponed indefinitely.", d) == [
        ("2025-10", "The jobs report."), ("2025-10-31", "The October jobs report was originally due.")]


def test_a_thing_due_on_a_date_is_what_the_date_places():
    d = date(2025, 3, 8)  # a Saturday
    assert _summaries("Olsby said she would file a new motion if the rail audit due in April shows further overruns.",
                      d) == [("2025-04", "The rail audit (due then).")]
    assert _summaries("The report due on Friday was delayed.", d) == [("2025-03-14", "The report (due then).")]
    # "due" as the verb's complement is the clause's own
    assert _summaries("The loan is due in April.", d) == [("2025-04", "The loan is due.")]


def test_a_holiday_that_names_a_thing_stays_when_another_date_places_the_sentence():
    d = date(2025, 6, 10)
    assert _summaries("Sales during the Christmas season rose on Tuesday.", d) == [
        ("2025-06-10", "Sales during the Christmas season rose.")]
    assert _summaries("The Ramadan ceasefire collapsed on Tuesday.", d) == [("2025-06-10", "The Ramadan ceasefire collapsed.")]
    # after a preposition of time it says when, and goes
    assert _summaries("Stores closed on Christmas Day and reopened on Dec. 27.", d) == [
        ("2024-12-25", "Stores closed."), ("2024-12-27", "Stores reopened.")]
    # the eve of a holiday is the day before it
    assert _summaries("Gunmen attacked the base on the eve of Tabaski.", d) == [("2025-06-05", "Gunmen attacked the base.")]


def test_reports_with_no_kind_of_happening_merge_on_the_same_act_and_the_same_names():
    a = ("a", "The Eastmark mark fell to a four-month low on Thursday morning.", date(2025, 3, 13))
    b = ("b", "The Eastmark mark fell on Thursday as traders bet on further easing.", date(2025, 3, 14))
    [ev] = _events(a, b)
    assert [m.source for m in ev.mentions] == ["a", "b"]
    assert ev.reasons == ["merged a@46 + b@26: same date; names eastmark; words eastmark/fall/mark; same act fall; "
                        "score 0.27 >= 0.19"]
    # two companies' shares on one exchange: the names differ, no credit
    c = ("c", "In composite trading on the New York Stock Exchange yesterday, Upjohn shares rose 87.5 cents.",
         date(1989, 11, 2))
    d = ("d", "In New York Stock Exchange composite trading yesterday, Intelogic shares rose 37.5 cents.",
         date(1989, 11, 2))
    assert len(_events(c, d)) == 2


def test_a_passive_gerund_after_after_is_said_of_the_subject():
    d = date(2025, 3, 7)
    assert _summaries("The two suspects were released on Friday after being questioned on Thursday.", d) == [
        ("2025-03-07", "The two suspects were released."), ("2025-03-06", "The two suspects were questioned.")]


def test_a_suspension_shared_with_no_name_is_no_evidence_of_one_happening():
    text = ("On Thursday the minister suspended the operating licence of Meridia Lines. The search for the missing "
            "resumed on Friday morning after being halted overnight because of high winds.")
    events = _events(("c", text, date(2025, 3, 7)))
    assert [(e.value, e.summary) for e in events] == [
        ("2025-03-06", "The minister suspended the operating licence of Meridia Lines."),
        ("2025-03-06TNI", "The search for the missing was halted."),
        ("2025-03-07TMO", "The search for the missing resumed.")]


def test_power_seized_is_a_coup_and_a_place_after_at_says_where():
    ev = _events(("r", "Soldiers seized power in Guinea-Bissau in the early hours of Tuesday.", date(2025, 5, 6)),
                 ("o", "Schools have been closed since the military takeover in Guinea-Bissau on 6 May.",
                  date(2025, 5, 8)))
    assert len(ev) == 1 and ev[0].sources == ["o", "r"]
    ev = _events(("a", "Jihadist fighters stormed a military base at Boulkessi at dawn on Sunday, killing at least 23 "
                       "soldiers.", date(2025, 5, 11)),
                 ("b", "Earlier this month, JNIM fighters ambushed a convoy near Dioura, killing at least 12 soldiers.",
                  date(2025, 5, 12)))
    assert [(e.value, e.sources) for e in ev] == [("2025-05", ["b"]), ("2025-05-11TMO", ["a"])]


def test_a_toll_in_the_next_paragraph_of_copy_of_one_sentence_to_a_paragraph_is_the_statements():
    wire = ("Soldiers in Guinea-Bissau staged a coup on Tuesday and detained the president.\n\n"
            "At least seven people were killed in the fighting, a hospital source said.\n\n"
            "The junta closed the borders.")
    ocha = "11 people were killed in the coup in Guinea-Bissau on 6 May."
    ev = _events(("r", wire, date(2025, 5, 6)), ("o", ocha, date(2025, 5, 8)))
    assert len(ev) == 1
    assert [(c.field, c.values) for c in ev[0].conflicts] == [("deaths", {"11": ["o"], "at least 7": ["r"]})]


def test_a_possessive_name_that_opens_a_sentence_is_a_name():
    a = ("ap", "Togo's electoral commission announced the provisional results of the presidential election at around "
               "1 a.m. on Monday, giving Komlan Adjovi 71.2% of the vote.", date(2025, 5, 26))
    b = ("tar", "Togo's electoral commission announced the provisional results of the presidential election shortly "
                "before midnight on Sunday, setting off a wave of anger in Lome.", date(2025, 5, 27))
    [ev] = _events(a, b)
    assert ev.sources == ["ap", "tar"]
    assert [(c.field, c.values) for c in ev.conflicts] == [
        ("time_of_day", {"01:00": ["ap"], "24:00": ["tar"]}),
        ("date", {"2025-05-25": ["tar"], "2025-05-26": ["ap"]})]


def test_a_claim_of_responsibility_is_another_happening_than_the_attack():
    a = ("a", "Jihadist fighters stormed a military base at Boulkessi at dawn on Sunday.\n\nThe group JNIM claimed "
              "responsibility for the attack in a statement on Sunday afternoon.", date(2025, 5, 11))
    b = ("b", "The attack on the Boulkessi base on 11 May began at about 6 a.m. local time.", date(2025, 5, 13))
    assert [(e.value, e.sources, [c.field for c in e.conflicts]) for e in _events(a, b)] == [
        ("2025-05-11T06:00", ["a", "b"], []), ("2025-05-11TAF", ["a"], [])]


def test_what_a_vigil_remembers_is_not_its_happening_to_the_end_of_its_phrase():
    blast = ("a", "An explosion tore through the Hollins Chemicals plant in Brackwater on Monday, killing six workers.",
             date(2025, 3, 10))
    vigil = ("c", "Hundreds of people gathered in Brackwater on Tuesday night for a vigil for the workers killed in the "
                  "March 10 explosion at the Hollins Chemicals plant.", date(2025, 3, 12))
    assert [(e.value, e.sources, e.conflicts) for e in _events(blast, vigil)] == [
        ("2025-03-10", ["a"], []), ("2025-03-11TNI", ["c"], [])]
    [st] = process_article(Article("c", "Hundreds gathered on Tuesday for a vigil for the workers killed in the "
                                        "explosion.", "c", date(2025, 3, 12))).statements
    f = merge.features(st, {})
    assert (f.events, f.acts) == (frozenset({"meeting"}), frozenset({"gather"}))  # not the explosion, not "kill"


def test_a_participle_after_the_subject_is_what_its_date_places_after_an_as_of_opener():
    assert _summaries("As of 19 May 2025, two humanitarian workers abducted on 12 June 2023 in the Tillaberi region "
                      "have been released.", date(2025, 5, 21)) == [
        ("2023-06-12", "Two humanitarian workers were abducted in the Tillaberi region.")]


def test_a_possessive_name_heads_a_relative_clause_and_lends_its_subject():
    assert _summaries("Niger's junta, which seized power in July 2023, expelled French troops in 2024.",
                      date(2025, 5, 21)) == [("2023-07", "Niger's junta seized power."),
                                             ("2024", "Niger's junta expelled French troops.")]


def test_until_after_a_date_is_a_boundary_and_goes_with_it():
    assert _summaries("Schools may remain shut until after Tabaski, officials said on Tuesday.", date(2025, 6, 3)) == [
        ("2025-06-03", "Schools may remain shut, officials said.")]


def test_a_figure_set_against_another_time_is_a_comparison():
    assert _summaries("Turnout was 51% on Saturday, against 63% in 2020.", date(2025, 5, 27)) == [
        ("2025-05-24", "Turnout was 51%, against 63%.")]
    # alone, the time compared with dates nothing; "against" before no figure is no comparison
    assert _summaries("Turnout was 51%, against 63% in 2020.", date(2025, 5, 27)) == []
    assert _summaries("Rebels fought against the army in 2012.", date(2025, 5, 27)) == [
        ("2012", "Rebels fought against the army.")]


def test_clock_times_of_every_day_place_no_statement():
    d = date(2025, 5, 8)
    assert _summaries("Shops must close between 6 p.m. and 6 a.m. every day.", d) == []
    assert _summaries("The curfew runs from 9 p.m. to 6 a.m. daily.", d) == []
    # a time with its day is one day's, whatever set follows
    assert _summaries("Flights resumed at 10 a.m. on Monday, and every day since.", d) == [
        ("2025-05-05T10:00", "Flights resumed, and every day since.")]


def test_a_span_of_days_and_a_day_in_it_are_two_happenings_of_one_article():
    ev = _events(("a", "Between 3 and 7 May, some 1,200 people arrived in Mondoro. More people arrived in Mondoro on "
                       "5 May.", date(2025, 5, 13)))
    assert [(e.value, e.start.isoformat(), e.end.isoformat(), e.summary) for e in ev] == [
        ("2025-05-03", "2025-05-03", "2025-05-07", "Some 1,200 people arrived in Mondoro."),
        ("2025-05-05", "2025-05-05", "2025-05-05", "More people arrived in Mondoro.")]
    # from two articles, the day is the span's
    ev = _events(("a", "Between 3 and 7 May, some 1,200 people arrived in Mondoro.", date(2025, 5, 13)),
                 ("b", "Some 1,200 people arrived in Mondoro on 5 May.", date(2025, 5, 13)))
    assert len(ev) == 1


def test_a_happening_of_earlier_this_month_with_no_name_shared_is_not_a_days():
    a = ("a2", "Earlier this month, JNIM fighters ambushed a convoy near Dioura, killing at least 12 soldiers.",
         date(2025, 5, 12))
    b = ("a3", "According to local authorities, 31 soldiers and four civilians were killed in the attack on 11 May.",
         date(2025, 5, 13))
    c = ("d2", "Six people were killed in clashes with security forces in Lome on Monday.", date(2025, 5, 27))
    stmts = [s for ident, text, d in (a, b, c) for s in process_article(Article(ident, text, ident, d)).statements]
    for s in stmts:
        s.timex.fields = {}  # as the command line merges them: without the rule fields
    assert [(e.value, e.start.isoformat(), e.end.isoformat(), e.sources) for e in chronology(stmts)] == [
        ("2025-05", "2025-05-01", "2025-05-12", ["a2"]), ("2025-05-11", "2025-05-11", "2025-05-11", ["a3"]),
        ("2025-05-26", "2025-05-26", "2025-05-26", ["d2"])]


def test_released_is_a_release_of_people_only_beside_words_of_their_holding():
    from maliclock.merge.content import features
    pa = process_article(Article("a", "Chiara Ferri and Marc Aebischer were released in Niger on Thursday after 23 "
                                      "months in captivity. The company released its results on Friday.", "a",
                                 date(2025, 5, 17)))
    assert [sorted(features(s, {}).events) for s in pa.statements] == [["release"], []]


def test_a_with_phrase_without_a_verb_tells_its_clause_s_time_more_finely():
    d = date(2025, 9, 12)
    assert _summaries("Launch is now rescheduled for next Tuesday, September 16, with an instantaneous window at "
                      "2:42 a.m. EDT (0642 UTC).", d) == [("2025-09-16T02:42", "Launch (rescheduled for this date).")]
    # with a participle it tells a happening of its own, and so does one that gives another day
    assert _summaries("The talks ended on Monday, with a final statement issued at 6 p.m.", d) == [
        ("2025-09-08", "The talks ended."), ("2025-09-08T18:00", "A final statement issued.")]
    assert _summaries("The talks ended on Monday, with a final statement on Tuesday.", d) == [
        ("2025-09-08", "The talks ended."), ("2025-09-09", "A final statement.")]


def test_a_date_after_a_possessive_before_a_function_word_goes_with_its_preposition():
    # "its fourth quarter" labels no noun when "to" follows: "in its" goes too
    assert _summaries("The company took a $380m (£305m) charge in its fourth quarter to cover the cost.",
                      date(2024, 4, 17)) == [("2023-Q4", "The company took a $380m (£305m) charge to cover the cost.")]
    assert _summaries("The company took a charge in its fourth quarter results.", date(2024, 4, 17)) == [
        ("2023-Q4", "The company took a charge in its results.")]


def test_a_relative_clause_after_a_bare_noun_after_a_clause_opener_dates_that_noun():
    # "if inflation, which eased to 12.9% in March, keeps falling": inflation eased in March (the sentence's other
    # statement, the rate held on Thursday, is no part of it)
    got = _summaries("The bank kept its key interest rate at 18% on Thursday and said it could cut rates later if "
                     "inflation, which eased to 12.9% in March, keeps falling.", date(2025, 4, 22))
    assert got[-1] == ("2025-03", "Inflation eased to 12.9%.")


def test_a_sentence_opened_by_by_and_a_date_in_the_past_perfect_tells_what_was_so_by_then():
    d = date(2024, 10, 12)
    assert _summaries("By Thursday evening it had been downgraded to a tropical depression.", d) == [
        ("2024-10-10TEV", "It had been downgraded to a tropical depression.")]
    # elsewhere "by" stays a bound, and so does an opening "By" without the past perfect
    assert _summaries("Officials must decide by Friday.", d) == []
    assert _summaries("By Friday, the army had no plan.", d) == []


def test_a_directive_before_a_gerund_tells_no_past_and_a_backdated_date_places_nothing():
    assert _summaries("Passengers were urged to check before traveling on Monday, when some trains may be canceled.",
                      date(2025, 12, 13))[0] == ("2025-12-15", "Passengers were urged to check before traveling, when "
                                                                 "some trains may be canceled.")
    assert _summaries("The council offered a 3 per cent rise in September, backdated to April.", date(2025, 11, 26)) == [
        ("2025-09", "The council offered a 3 per cent rise, backdated.")]


def test_the_second_of_two_joined_holidays_goes_from_the_summary_as_the_first_does():
    assert _summaries("Trading was suspended on Good Friday and Easter Monday.", date(2025, 4, 22)) == [
        ("2025-04-18", "Trading was suspended."), ("2025-04-21", "Trading was suspended.")]


def test_a_participle_set_off_after_a_long_clause_dates_the_noun_phrase_that_ends_it():
    got = _summaries("Opposition deputy Carlos Irías said the government had ignored an audit, published earlier this "
                     "month, that found irregularities.", date(2024, 12, 20))
    assert got == [("2024-12", "An audit was published.")]


def test_an_opening_participle_alone_is_no_summary():
    assert _summaries("Sentencing him today, Judge Catrin Howells said he had carried out a cynical betrayal.",
                      date(2024, 7, 19)) == [
        ("2024-07-19", "Sentencing him, Judge Catrin Howells said he had carried out a cynical betrayal.")]


def test_a_possessive_date_before_a_verb_of_sequence_and_a_second_date_tells_two_happenings():
    d = date(2025, 1, 30)
    assert _summaries("Tuesday night's loss followed a 3-0 home defeat by Brentmoor on Saturday.", d) == [
        ("2025-01-28TNI", "The loss."), ("2025-01-25", "A 3-0 home defeat by Brentmoor.")]
    assert _summaries("Sunday's attack followed a suicide bombing on Friday that killed 12 people.", d) == [
        ("2025-01-26", "The attack."), ("2025-01-24", "A suicide bombing that killed 12 people.")]
    # with one date, or another verb, the sentence is one statement
    assert _summaries("Monday's attack killed 12 people.", d) == [("2025-01-27", "The attack killed 12 people.")]
    assert _summaries("Monday's vote followed weeks of protests.", d) == [
        ("2025-01-27", "The vote followed weeks of protests.")]


def test_a_date_right_after_than_is_the_time_compared_with_and_stays_in_the_summary():
    assert _summaries("Official figures published on 15 April showed that output fell 0.6%, a smaller drop than in "
                      "the final quarter of 2024.", date(2025, 4, 22)) == [
        ("2025-04-15", "Official figures published showed that output fell 0.6%, a smaller drop than in the final "
                       "quarter of 2024.")]
    assert _summaries("Sales were higher in 2024 than in 2023.", date(2025, 4, 22)) == [
        ("2024", "Sales were higher than in 2023.")]


def test_a_length_of_days_before_or_after_a_day_places_its_clause_on_the_day_it_shifts_to():
    d = date(2026, 12, 3)
    assert _spans("The vote will be held a week before Christmas.", d) == [
        ("2026-12-18", "2026-12-18", "2026-12-18", "The vote will be held.")]
    # the day the sentence names already, told again: one statement
    assert _summaries("Parliament will be dissolved on 17 December, a week before Christmas Eve.", d) == [
        ("2026-12-17", "Parliament will be dissolved.")]
    # trading days are weekdays: Thursday 12 October 1989 and eight of them is Tuesday 24 October
    assert _summaries("Eight trading days after Oct. 12, the Nasdaq Composite had fallen 4.3%.", date(1989, 10, 30)) == [
        ("1989-10-24", "The Nasdaq Composite had fallen 4.3%.")]


def test_a_habitual_part_of_the_day_places_nothing():
    # "often" says what happened as a rule: no day of it is a happening; "rose during the day" is that day's
    assert _summaries("The hostages were often kept in caves during the day.", date(2026, 2, 10)) == []
    assert _summaries("Stocks rose during the day.", date(2026, 2, 10)) == [("2026-02-10", "Stocks rose.")]


def test_a_thing_done_by_a_date_is_placed_there():
    d = date(2024, 10, 20)
    assert _summaries("Rebels had captured three towns by Tuesday, the army said.", d) == [
        ("2024-10-15", "Rebels had captured three towns.")]
    assert _summaries("Power was restored to about 60% of homes by Friday afternoon.", d) == [
        ("2024-10-18TAF", "Power was restored to about 60% of homes.")]
    # a deadline, a plan, an agent and a new clause after the date place nothing
    assert _summaries("Residents were told to leave by noon on Tuesday.", d) == []
    # a shelf-life label's date is the goods' mark
    assert _summaries("Check jars with best-before dates of 14/06/2027 or 16/07/2027; the firm recalled them on Monday.",
                      date(2027, 5, 26)) == [("2027-05-24", "Check jars with best-before dates; the firm recalled them.")]
    assert _summaries("The company expects to finish the work by Friday.", d) == []
    assert _summaries("Shares were depressed by overnight losses in New York.", d) == []
    assert _summaries("Kellogg had been telling investors that by 1992 it intended to double its share.", d) == []


def test_kinds_of_happening_of_business_and_conflict_news_join_their_reports():
    # a class action filed a day apart in two reports is one filing with a date conflict
    ev = _events(("a", "A proposed class action over the outage was filed in federal court in San Francisco on "
                       "December 3.", date(2025, 12, 13)),
                 ("b", "A proposed class action over the outage was filed in federal court in San Francisco on "
                       "December 2.", date(2026, 1, 15)))
    assert [(e.value, e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("2025-12-02", ["a", "b"], [("date", {"2025-12-02": ["b"], "2025-12-03": ["a"]})])]
    # "restored" and "the restoration" are one kind of happening
    ev = _events(("a", "The first stage of recovery was completed on Thursday 11 September, when the pathology "
                       "system was restored.", date(2025, 9, 15)),
                 ("b", "That followed the restoration of its pathology system on 11 September.", date(2025, 10, 2)))
    assert [(e.value, e.sources) for e in ev] == [("2025-09-11", ["a", "b"])]


def test_hours_of_every_day_and_a_ranking_s_frame_place_nothing():
    d = date(2025, 5, 19)
    assert _summaries("The corridor operates daily between 08:00 and 14:00 local time (05:00-11:00 GMT).", d) == []
    assert _summaries("An artillery strike on the market in Harbi killed 19 people on Sunday, in one of the deadliest "
                      "single attacks this year.", d) == [
        ("2025-05-18", "An artillery strike on the market in Harbi killed 19 people, in one of the deadliest single "
                       "attacks.")]
    assert _summaries("The first strike this year hit Harbi.", d) == [("2025", "The first strike hit Harbi.")]


def test_a_ban_reported_a_day_apart_is_one_ban_with_a_date_conflict():
    ev = _events(("a", "The disciplinary tribunal banned Tamsin Oduya for four years on Friday.", date(2025, 12, 1)),
                 ("b", "The disciplinary tribunal banned Tamsin Oduya for four years on 27 November.",
                  date(2026, 3, 23)))
    assert [(e.value, e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("2025-11-27", ["a", "b"], [("date", {"2025-11-27": ["b"], "2025-11-28": ["a"]})])]


def test_a_weekday_after_a_change_in_percent_is_the_day_of_the_change():
    d = date(2026, 1, 15)
    assert _summaries("Shares closed down 4% on Friday, and analysts expect more losses when trading opens on Monday.",
                      d) == [("2026-01-09", "Shares closed down 4%."),
                             ("2026-01-19", "Analysts expect more losses when trading opens.")]
    assert _summaries("Prices are up 4% on last year.", d) == []


def test_a_split_year_is_one_span_and_a_forecast_s_span_places_nothing():
    d = date(2026, 3, 4)
    assert _summaries("The 2024/25 season was poor.", d) == [("2024", "The season was poor.")]
    assert _summaries("Kaveri cut its guidance for the 2025-26 financial year.", d) == []


def test_a_happening_named_with_its_date_after_a_fronted_date_is_labelled_by_it():
    d = date(2026, 1, 15)  # a Thursday
    assert _summaries("On Tuesday, Pellucid sent out invitations to a launch event next month.", d) == [
        ("2026-01-13", "Pellucid sent out invitations to a launch event.")]
    # without a fronted date, the label's date is the clause's only one
    assert _summaries("Pellucid will hold a launch event next month.", d) == [
        ("2026-02", "Pellucid will hold a launch event.")]


def test_one_toll_with_and_without_a_hedge_is_no_conflict():
    a = ("a", "Insurgents stormed the army base in Dalgadi on March 3, killing 27 soldiers.", date(2025, 3, 10))
    b = ("b", "Insurgents stormed the army base in Dalgadi on March 3, killing at least 27 soldiers.", date(2025, 3, 13))
    c = ("c", "Insurgents stormed the army base in Dalgadi on March 3, killing at least 40 soldiers.", date(2025, 3, 13))
    [ev] = _events(a, b)
    assert (ev.sources, ev.conflicts) == (["a", "b"], [])
    [ev] = _events(a, c)
    assert [(x.field, x.values) for x in ev.conflicts] == [("deaths", {"27": ["a"], "at least 40": ["c"]})]


def test_a_landing_and_its_clock_time_in_the_next_sentence_are_one_event():
    [ev] = _events(("a", "The first aid flight landed in Dalgadi on Tuesday 4 March 2025. The cargo plane touched "
                         "down at 10.40 local time carrying 14 tonnes of food.", date(2025, 3, 5)))
    assert (ev.value, len(ev.mentions)) == ("2025-03-04T10:40", 2)


def test_lists_of_planned_votes_and_negated_bounds_keep_their_sense():
    d = date(2026, 4, 15)
    assert _summaries("On April 14, the junta announced a transition, with a constitutional referendum in March 2027 and "
                      "presidential and legislative elections in February 2028.", d) == [
        ("2026-04-14", "The junta announced a transition."), ("2027-03", "A constitutional referendum."),
        ("2028-02", "Presidential and legislative elections.")]
    assert _summaries("A new constitution will be put to a referendum in March 2027, and presidential and legislative "
                      "elections will follow in February 2028.", d) == [
        ("2027-03", "A new constitution will be put to a referendum."),
        ("2028-02", "Presidential and legislative elections will follow.")]
    # without "before Friday" the summary would say the opposite
    assert _summaries("The group said flights would not resume before Friday.", d) == [
        ("2026-04-17", "The group said flights would not resume before Friday.")]
    assert _summaries("Soldiers surrounded the presidential palace late in the evening.", d) == [
        ("2026-04-15TEV", "Soldiers surrounded the presidential palace.")]


def test_a_reporting_verb_with_an_object_is_no_bare_attribution():
    # "announced a plan" says what was done; "officials said on Monday" only when it was said
    assert _summaries("On April 14 the junta announced a plan, with a referendum in March 2027.", date(2026, 4, 15)) == [
        ("2026-04-14", "The junta announced a plan."), ("2027-03", "A referendum.")]


def test_events_with_the_same_date_and_summary_get_ids_of_their_own():
    a = ("a", "Alun Pryce played 199 games for Cardiff City. He retired in 1974.", date(2026, 3, 4))
    b = ("b", "Gareth Morgan scored twice for Swansea Town. He retired in 1974.", date(2026, 3, 5))
    events = _events(a, b)
    assert [(e.value, e.summary, e.sources) for e in events] == [
        ("1974", "He retired.", ["a"]), ("1974", "He retired.", ["b"])]
    offset = a[1].index("1974")
    assert events[0].id == merge.event_id("1974", "He retired.", f"a:{offset}") != events[1].id
    assert [e.id for e in _events(b, a)] == [e.id for e in events]
    # an event alone with its date and summary keeps the id of those two
    single = _events(a)
    assert single[0].id == merge.event_id("1974", "He retired.")


def test_times_of_one_day_far_apart_are_two_happenings():
    w = date(2026, 4, 2)
    events = _events(
        ("a", "The 24-hour general strike called by the CGT began at midnight on Wednesday in Buenos Aires.", w),
        ("b", "Clashes between police and CGT marchers in Buenos Aires began at around 3:30 p.m. on Wednesday.", w))
    assert [(e.value, e.sources) for e in events] == [("2026-04-01T00:00", ["a"]), ("2026-04-01T15:30", ["b"])]
    # two hours apart or less: one happening, told two ways (a conflict)
    events = _events(
        ("a", "Hurricane Paulette made landfall near Alligator Pond at about 2 p.m. on Tuesday.", date(2026, 10, 21)),
        ("b", "Hurricane Paulette made landfall near Alligator Pond at about 4 p.m. on Tuesday.", date(2026, 10, 22)))
    assert [(e.sources, [c.field for c in e.conflicts]) for e in events] == [(["a", "b"], ["time_of_day"])]
    # a clock time and a part of the day that do not overlap by far
    events = _events(
        ("a", "The Lamone river burst its banks at Faenza at 04:30 on Sunday, flooding the Lamone valley.", date(2025, 10, 20)),
        ("b", "The Lamone river burst its banks at Faenza on Sunday evening, flooding the Lamone valley.", date(2025, 10, 21)))
    assert [(e.value, e.sources) for e in events] == [("2025-10-19T04:30", ["a"]), ("2025-10-19TEV", ["b"])]


def test_the_same_words_on_the_same_date_merge_without_a_kind_of_happening():
    a = ("a", "Kestrel Labs reported the flaw to Halvard in January.", date(2026, 2, 11))
    b = ("b", "Kestrel Labs warned Halvard about the bug in January, the company said.", date(2026, 2, 16))
    events = _events(a, b)
    assert [(e.value, e.sources) for e in events] == [("2026-01", ["a", "b"])]
    assert events[0].reasons == ["merged a@45 + b@45: same date; names halvard/labs; words halvard/kestrel/labs; "
                                 "score 0.31 >= 0.19"]
    # not when either names someone the other does not: boilerplate is no shared happening
    c = ("c", "In composite trading on the New York Stock Exchange Friday, Crossland closed at $5.25.", date(1989, 10, 30))
    d = ("d", "In New York Stock Exchange composite trading Friday, Aetna closed at $60.", date(1989, 10, 30))
    assert sorted(e.sources for e in _events(c, d)) == [["c"], ["d"]]


def test_a_military_strike_is_an_attack_and_a_court_s_ban_its_verdict():
    events = _events(("a", "The strike hit the Safer fuel depot near Marib on Tuesday.", date(2026, 2, 26)),
                     ("b", "An attack on the Safer fuel depot near Marib on Tuesday killed nine people.", date(2026, 2, 27)))
    assert [e.sources for e in events] == [["a", "b"]]
    events = _events(("a", "The Paris appeals court on Tuesday upheld the conviction of Jean-Marc Delorme.", date(2025, 7, 9)),
                     ("b", "A Paris court on Tuesday banned Jean-Marc Delorme from office for five years.", date(2025, 7, 10)))
    assert [e.sources for e in events] == [["a", "b"]]


def test_kinds_of_happening_of_crime_and_court_news_join_their_reports():
    # a court appearance, a disappearance, a person found, a vigil, a person hit by a car ("hit by a car": four words),
    # each told by two outlets on the same day, is one event; without the kinds they had stayed two
    pairs = [
        (("a", "Dana Whitlock, 37, appeared before magistrates in Hull on Monday charged with arson.", date(2026, 2, 11)),
         ("b", "Whitlock was remanded in custody by Hull magistrates on Monday.", date(2026, 2, 10)), "2026-02-09"),
        (("a", "Oliver Reyes, 22, was last seen leaving a bar on Oliver Plunkett Street in Cork on Saturday.",
          date(2026, 2, 11)),
         ("b", "Gardai in Cork are concerned for Oliver Reyes, who went missing on Saturday.", date(2026, 2, 10)),
         "2026-02-07"),
        (("a", "Oliver Reyes was found safe at a house in Mallow on Tuesday evening, gardai said.", date(2026, 2, 12)),
         ("b", "Reyes was found at a house in Mallow on Tuesday evening after a tip from a neighbour.", date(2026, 2, 11)),
         "2026-02-10TEV"),
        (("a", "About 300 people attended a candlelit vigil in Mallow on Wednesday night.", date(2026, 2, 12)),
         ("b", "A vigil was held outside Mallow library on Wednesday night.", date(2026, 2, 13)), "2026-02-11TNI"),
        (("a", "A cyclist was hit by a car on the A61 in Harrogate on Friday night.", date(2026, 2, 16)),
         ("b", "A collision on the A61 in Harrogate on Friday night left a man in hospital.", date(2026, 2, 15)),
         "2026-02-13TNI"),
    ]
    for a, b, value in pairs:
        assert [(e.value, e.sources) for e in _events(a, b)] == [(value, ["a", "b"])]


def test_an_approval_is_a_kind_of_happening_that_needs_a_shared_name():
    ev = _events(("a", "Regulators approved Kestrin Bio's Zelvora on Friday.", date(2026, 2, 16)),
                 ("b", "U.S. regulators granted approval to Zelvora, a migraine pill, on Friday.", date(2026, 2, 14)))
    assert [(e.value, e.sources) for e in ev] == [("2026-02-13", ["a", "b"])]
    # two approvals of one week by different bodies, with no name in common, stay two
    ev = _events(("a", "The offer was approved by regulators last week.", date(2026, 2, 16)),
                 ("b", "The move was approved at a special shareholders' meeting on Wednesday.", date(2026, 2, 13)))
    assert len(ev) == 2


def test_story_names_are_the_names_a_few_articles_share():
    from maliclock.merge import story_names
    names = {"a": {"ferreira", "ottawa", "liberal", "tuesday", "canada"}, "b": {"ferreira", "ottawa", "liberal", "canada"},
             "c": {"perth", "canada"}, "d": {"canada"}, "e": {"perth"}, "f": set()}
    # six articles: a name is distinctive when two of them name it (at most a third); a day's name never is
    assert story_names(names) == {"a": frozenset({"ferreira", "ottawa", "liberal"}),
                                  "b": frozenset({"ferreira", "ottawa", "liberal"}),
                                  "c": frozenset({"perth"}), "d": frozenset(), "e": frozenset({"perth"}), "f": frozenset()}


def test_reports_of_one_day_in_two_articles_of_one_story_that_share_a_name_merge():
    a = ("a", "Finance Minister Nadia Ferreira tabled her first budget in Ottawa on Tuesday. The Liberal caucus met in "
              "Ottawa on Monday.", date(2027, 4, 15))
    b = ("b", "Ferreira's plan was tabled at 4 p.m. on Tuesday, once markets had closed. Nadia Ferreira and the Liberal "
              "caucus met in Ottawa on Monday.", date(2027, 4, 14))
    c = ("c", "Storms hit Perth on Sunday.", date(2027, 4, 14))
    ev = _events(a, b, c)
    assert [(e.value, e.sources) for e in ev] == [
        ("2027-04-11", ["c"]), ("2027-04-12", ["a", "b"]), ("2027-04-13T16:00", ["a", "b"])]
    assert ev[2].reasons == ["merged a@69 + b@30: same date; names ferreira; words ferreira/tabl; same story "
                              "ferreira/liberal/ottawa; one act of one story tabl; score 0.13 >= -0.11"]
    # without the second sentence the articles share too few names to be one story: the Tuesday reports stay apart
    b = ("b", "Ferreira's plan was tabled at 4 p.m. on Tuesday, once markets had closed.", date(2027, 4, 14))
    assert [(e.value, e.sources) for e in _events(a, b, c)][-2:] == [("2027-04-13", ["a"]), ("2027-04-13T16:00", ["b"])]


def test_one_story_gives_no_credit_to_reports_with_names_or_figures_of_their_own():
    c = ("c", "Storms hit Perth on Sunday.", date(2027, 4, 14))
    story = " Traders on the New York Stock Exchange watched Wall Street on Monday."
    # each its own company
    a = ("a", "Compaq shares fell in New York Stock Exchange trading on Wednesday." + story, date(2027, 4, 15))
    b = ("b", "Du Pont's stock rose in New York Stock Exchange trading on Wednesday." + story, date(2027, 4, 15))
    assert sorted(e.sources for e in _events(a, b, c) if e.value == "2027-04-14") == [["a"], ["b"]]
    # each its own figure
    a = ("a", "The thrift reported a loss of $70.7 million on Wednesday." + story, date(2027, 4, 15))
    b = ("b", "The thrift reported a loss of $7.7 million on Wednesday." + story, date(2027, 4, 15))
    assert sorted(e.sources for e in _events(a, b, c) if e.value == "2027-04-14") == [["a"], ["b"]]


def test_walking_out_is_a_strike():
    ev = _events(("a", "Dockers walked out at the port of Tilbury on Monday over pay.", date(2026, 7, 8)),
                 ("b", "A strike at the port of Tilbury began on Monday, the union said.", date(2026, 7, 7)))
    assert [(e.value, e.sources) for e in ev] == [("2026-07-06", ["a", "b"])]


def test_a_liftoff_and_a_docking_are_kinds_of_happening():
    ev = _events(("a", "A Falcon 9 rocket carrying Crew-14 lifted off from Cape Canaveral on Wednesday night.",
                  date(2027, 3, 11)),
                 ("b", "Liftoff of Crew-14 from Cape Canaveral came on Wednesday night.", date(2027, 3, 12)))
    assert [(e.value, e.sources) for e in ev] == [("2027-03-10TNI", ["a", "b"])]
    ev = _events(("a", "Crew Dragon Endeavour docked with the space station on Thursday.", date(2027, 3, 12)),
                 ("b", "The docking of Endeavour at the space station came on Thursday.", date(2027, 3, 13)))
    assert [(e.value, e.sources) for e in ev] == [("2027-03-11", ["a", "b"])]


def test_a_clause_naming_its_happening_by_a_definite_noun_has_the_sentences_before_as_antecedents():
    d = date(2025, 11, 7)

    def antecedents(text):
        return [(s.value, s.antecedents) for s in process_article(Article("a", text, "a", d)).statements]

    text = ("Markets were calm. The Bank of England cut interest rates on Thursday.\n\n"
            "The decision was announced at noon.")
    assert antecedents(text) == [("2025-11-06", ()), ("2025-11-06T12:00", (
        "The Bank of England cut interest rates on Thursday.", "Markets were calm."))]
    # "announced the decision", "the verdict was read", "the deal came together" too
    assert antecedents("The jury convicted him on Thursday. The verdict was read at 3 p.m.")[1][1] == (
        "The jury convicted him on Thursday.",)
    assert antecedents("The clubs agreed on Thursday. The deal came together at 1 a.m.")[1][1] == (
        "The clubs agreed on Thursday.",)
    # not another occasion of the kind ("the June meeting", "its next decision"), nor a noun that only follows
    assert antecedents("Rates were cut on Thursday. The June meeting was held at noon.")[1][1] == ()
    assert antecedents("Rates were cut on Thursday. Its next decision is due on Dec. 18.")[1][1] == ()
    assert antecedents("Rates were cut on Thursday. The decision follows the budget of Nov. 1.")[1][1] == ()
    # nor across more than two paragraphs, nor from a heading
    assert antecedents("Rates were cut on Thursday.\n\nA.\n\nB.\n\nThe decision was announced at noon.")[1][1] == (
        "B.", "A.")


def test_a_time_told_of_a_happening_named_by_a_definite_noun_merges_with_the_happening():
    d = date(2025, 11, 7)
    a = ("a", "The Bank of England cut interest rates to 3.75% on Thursday. The decision was announced at noon.", d)
    b = ("b", "Britain's central bank lowered interest rates on Thursday.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2025-11-06T12:00", ["a", "b"])]
    # without the antecedent the time is a statement of its own
    a = ("a", "The Bank of England cut interest rates to 3.75% on Thursday. Gilts were sold at noon.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2025-11-06", ["a", "b"]),
                                                              ("2025-11-06T12:00", ["a"])]


def test_late_on_or_early_on_before_a_day_is_its_mod_left_outside_the_expression():
    d = date(2027, 11, 12)
    got = process_article(Article("a", "The clash began late on Tuesday. Troops left early on 9 November. It ended "
                                       "late Wednesday.", "a", d)).statements
    assert [(s.timex.text, s.value, s.timex.mod) for s in got] == [
        ("Tuesday", "2027-11-09", "END"), ("9 November", "2027-11-09", "START"), ("late Wednesday", "2027-11-10", "END")]


def test_an_article_that_tells_one_moment_locally_and_in_utc_gives_its_other_local_times_that_offset():
    from maliclock.merge.times import clock_of
    text = ("A magnitude 6.6 earthquake struck western Turkey on Tuesday. The quake hit at 04.17 local time (0117 GMT), "
            "AFAD said. More than 140 aftershocks had been recorded by noon.")
    got = process_article(Article("a", text, "a", date(2026, 3, 18))).statements
    assert [(s.value, s.local_offset, clock_of(s)) for s in got if s.granularity == "time"] == [
        ("2026-03-17T04:17", None, (("", 257, 257), ("UTC", 77, 77))),  # told both ways itself
        ("2026-03-17T12:00", 180, (("", 720, 720), ("UTC", 540, 540)))]  # noon local is 09:00 UTC
    # not when the article tells two offsets
    text += " Markets opened at 9am local time (0800 GMT)."
    got = process_article(Article("a", text, "a", date(2026, 3, 18))).statements
    assert [s.local_offset for s in got if s.granularity == "time" and s.also is None] == [None]


def test_a_remembered_date_places_nothing_and_stays_in_the_summary():
    assert _summaries("On 9 April 2026, a rally was held on Rustaveli Avenue dedicated to the anniversary of the tragic "
                      "events of 9 April 1989.", date(2026, 4, 10)) == [
        ("2026-04-09", "A rally was held on Rustaveli Avenue dedicated to the anniversary of the tragic events of "
                       "9 April 1989.")]
    # the happening itself is placed on its day
    assert _summaries("Soviet troops crushed a rally in Tbilisi on 9 April 1989.", date(2026, 4, 8)) == [
        ("1989-04-09", "Soviet troops crushed a rally in Tbilisi.")]


def test_the_same_words_on_one_date_in_two_articles_of_one_story_merge():
    story = " The Securities and Exchange Commission heard from Wall Street firms in Washington on Monday."
    c = ("c", "Storms hit Perth on Sunday.", date(2026, 6, 18))
    a = ("a", "The comment period closes on July 20." + story, date(2026, 6, 17))
    b = ("b", "The comment period closes on July 20." + story, date(2026, 6, 18))
    assert [e.sources for e in _events(a, b, c) if e.value == "2026-07-20"] == [["a", "b"]]
    # without a story in common (and no name), the same words may be said of many cases: two events
    a2 = ("a", "A court hearing is set for July 11, officials said.", date(2026, 6, 17))
    b2 = ("b", "A court hearing is set for July 11, officials said.", date(2026, 6, 18))
    assert sorted(e.sources for e in _events(a2, b2, c) if e.value == "2026-07-11") == [["a"], ["b"]]
    # nor other figures in the same words
    a3 = ("a", "The company earned $822.8 million in 1988." + story, date(2026, 6, 17))
    b3 = ("b", "The company earned $480.4 million in 1988." + story, date(2026, 6, 18))
    assert sorted(e.sources for e in _events(a3, b3, c) if e.value == "1988") == [["a"], ["b"]]


def test_an_outlet_dateline_in_brackets_is_no_part_of_the_lead():
    assert _summaries("Law360 (June 17, 2026, 5:48 PM EDT) -- The Securities and Exchange Commission on Tuesday "
                      "postponed the compliance date.", date(2026, 6, 17)) == [
        ("2026-06-16", "The Securities and Exchange Commission postponed the compliance date.")]


def test_one_act_of_one_story_told_on_a_day_and_in_its_month_merges():
    story = " The Securities and Exchange Commission, Tallis Capital and the Fifth Circuit met in Washington on Friday."
    c = ("c", "Storms hit Perth on Sunday.", date(2026, 6, 18))
    a = ("a", "The SEC's fee rule was adopted on Feb. 7, 2024." + story, date(2026, 6, 17))
    b = ("b", "The SEC rule was adopted in February 2024." + story, date(2026, 6, 18))
    ev = [e for e in _events(a, b, c) if e.value.startswith("2024")]
    assert [(e.value, e.sources) for e in ev] == [("2024-02-07", ["a", "b"])]
    assert "one act of one story adopt" in ev[0].reasons[0]
    # a light verb tells no act; nor do the same verb and different counts
    a = ("a", "The SEC set the fee on Feb. 7, 2024." + story, date(2026, 6, 17))
    b = ("b", "The SEC set the rate in February 2024." + story, date(2026, 6, 18))
    assert sorted(e.sources for e in _events(a, b, c) if e.value.startswith("2024")) == [["a"], ["b"]]
    a = ("a", "The SEC audited 12 advisers on Feb. 7, 2024." + story, date(2026, 6, 17))
    b = ("b", "The SEC audited 75 advisers in February 2024." + story, date(2026, 6, 18))
    assert sorted(e.sources for e in _events(a, b, c) if e.value.startswith("2024")) == [["a"], ["b"]]


def test_one_numbered_part_of_a_series_told_by_two_sources_is_one_event():
    # "14th stage" in both, a kind of happening (a win) and the winner's name: one stage's win, though each names
    # names the other does not (a rider's nationality, the stage's finish)
    sat = date(2026, 5, 23)
    a = ("a", "Colombia's Andrés Bermúdez won a Giro d'Italia 14th stage cut short by snow on Saturday.", sat)
    b = ("b", "Bermúdez won Saturday's snow-shortened 14th stage to Livigno, attacking on the final climb.", sat)
    ev = _events(a, b)
    assert [(e.value, e.sources) for e in ev] == [("2026-05-23", ["a", "b"])]
    assert "same part of a series stage 14" in " ".join(ev[0].reasons)
    # another stage: two events
    c = ("c", "Bermúdez won Saturday's snow-shortened 15th stage to Livigno, attacking on the final climb.", sat)
    assert len(_events(a, c)) == 2


def test_reports_that_share_a_name_beyond_their_three_rarest_are_compared():
    # "Kisumu" is the only name the two share and the commonest of the second's five: the merge still compares them
    # (BLOCK_NAMES), and says why it kept them apart
    a = ("a", "Atieno was expected to address supporters in Kisumu on Monday.", date(2027, 8, 16))
    b = ("b", "Atieno, 66, first rejected the result last Monday, 16 August, in a speech before tens of thousands of "
              "supporters at Jomo Kenyatta Sports Ground in Kisumu.", date(2027, 8, 20))
    ev = _events(a, b)
    assert [(e.value, e.sources) for e in ev] == [("2027-08-16", ["a"]), ("2027-08-16", ["b"])]
    assert ev[0].reasons == ["kept apart from b@38: same date; names kisumu; words atieno/kisumu/support; "
                             "score 0.14 < 0.34"]


def test_equal_feature_sets_are_one_object_and_the_features_are_unchanged():
    """``features_of`` shares one object among equal sets (and one empty set), which keeps the merge's memory down
    (most statements share their event kinds and places, and have no tallies): the features are those computed alone."""
    from pathlib import Path

    from maliclock.merge import content
    from maliclock.read import Reader

    arts = list(Reader(None, None).read([str(Path(__file__).resolve().parent.parent / "seeds")]))
    stmts = [s for a in arts for s in process_article(a).statements]
    acr = content.acronyms([s.sentence for s in stmts])
    shared = content.features_of(stmts, acr)
    alone = [content.features(s, acr) for s in stmts]
    assert len(stmts) > 20 and shared == alone
    by_value: dict[frozenset[str], int] = {}
    users: dict[int, int] = {}
    for f in {id(f): f for f in shared}.values():
        for s in (f.events, f.names, f.stems, f.places, f.acts, f.tallies, f.figures):
            if not s:
                assert s is content.NONE
                continue
            assert by_value.setdefault(s, id(s)) == id(s), f"two objects for {sorted(s)}"
            users[id(s)] = users.get(id(s), 0) + 1
    assert max(users.values()) > 2  # a set that several statements' features share


def test_two_articles_of_one_story_meet_on_a_day_without_a_kind_of_happening_or_a_name_in_common():
    # the story's names ("Whitcombe", "Menon", "San Jose") are a blocking term of statements that name no kind of
    # happening, and a credit on the same date: "The chipmaker trimmed its sales outlook" and "the company trimmed its
    # outlook for sales" are one happening; a report sharing no word with them on that day stays apart
    head_a = "Veridian chief executive Dana Whitcombe said on Thursday in San Jose that she would step down. " \
             "Raj Menon will take over on Nov. 1. "
    head_b = "Dana Whitcombe quit Veridian in San Jose on Thursday, and Raj Menon steps in on Nov. 1. "
    d = date(2027, 10, 22)
    events = _events(("a", head_a + "The chipmaker trimmed its sales outlook on Oct. 5.", d),
                     ("b", head_b + "On Oct. 5 the company trimmed its outlook for sales. A choir sang on Oct. 5.", d))
    on_the_day = [e for e in events if e.value == "2027-10-05"]
    assert sorted(([m.source for m in e.mentions], e.summary) for e in on_the_day) == [
        (["a", "b"], "The chipmaker trimmed its sales outlook."), (["b"], "A choir sang.")]
    assert [e.reasons for e in on_the_day if len(e.mentions) == 2] == [[
        "merged a@174 + b@91: same date; words outlook/sale/trimm; one story, no kind of happening named "
        "jose/menon/san; one story, one whole day; one act of one story trimm; score 0.07 >= -0.46"]]


def test_two_articles_of_one_story_that_name_the_same_whole_day_need_less_to_be_one_happening():
    # "Police cleared the square on Tuesday" and "the square was emptied by officers on Tuesday" share only words of
    # the story; two reports of one story on one whole day need STORY_DAY_CREDIT less. Not so for clock times, nor for
    # reports that each name a name of their own (two companies' shares on one exchange)
    head_a = "Protesters led by Mara Quint marched on Parliament Square in Veldhaven on Monday. "
    head_b = "Mara Quint's supporters filled Parliament Square in Veldhaven on Monday. "
    d = date(2027, 4, 22)
    events = _events(("a", head_a + "Police cleared the square on Tuesday.", d),
                     ("b", head_b + "The square was emptied by officers on Tuesday.", d))
    [tuesday] = [e for e in events if e.value == "2027-04-20"]
    assert [m.source for m in tuesday.mentions] == ["a", "b"]
    assert "one story, one whole day" in tuesday.reasons[0]
    events = _events(("a", head_a + "Police cleared the square at 6 p.m. on Tuesday.", d),
                     ("b", head_b + "The square was emptied by officers at 6 p.m. on Tuesday.", d))
    at_six = [e for e in events if e.value == "2027-04-20T18:00"]
    assert at_six and not [e for e in at_six if "whole day" in " ".join(e.reasons)]


def test_a_local_time_with_its_moment_in_another_zone_is_compared_with_local_times_told_without_one():
    # "at 11:52 a.m. (0352 GMT)" is compared in UTC with times of known zones, and as the local 11:52 with "shortly
    # before 1 p.m.", told without a zone: the two disagree
    d = date(2027, 3, 9)
    [ev] = _events(("a", "The strongest aftershock, of magnitude 6.0, rattled Hinatuan in Surigao at 11:52 a.m. "
                         "(0352 GMT) on Tuesday.", d),
                   ("b", "The strongest aftershock, a magnitude 6.0 jolt, rattled Hinatuan in Surigao shortly before "
                         "1 p.m. on Tuesday.", d))
    assert [(c.field, c.values) for c in ev.conflicts] == [
        ("time_of_day", {"11:52": ["a"], "13:00": ["b"]})]


def test_a_time_told_in_a_zone_is_listed_with_the_same_local_time_told_without_one():
    d = date(2026, 10, 12)
    [ev] = _events(("a", "The cruise ship Azure Maiden struck Hesta Skerry off Fair Isle at 21:50 BST on Saturday.", d),
                   ("b", "The cruise ship Azure Maiden struck Hesta Skerry off Fair Isle at about 10.20pm on Saturday.",
                    d),
                   ("c", "The cruise ship Azure Maiden ran onto Hesta Skerry off Fair Isle at 21:50 on Saturday.", d))
    assert [(c.field, c.values) for c in ev.conflicts] == [("time_of_day", {"21:50": ["a", "c"], "22:20": ["b"]})]


def test_an_entry_stamp_before_a_dash_gives_way_to_a_time_its_entry_tells():
    text = ("Live: extradition\n\n08:20 - Confirmed: the plane carrying Mr Dovan left Lisbon at 06:05 Lisbon time.\n\n"
            "08:05 - Crowds gather outside.")
    pa = process_article(Article("a", text, "a", date(2027, 6, 18)))
    assert [(s.value, s.summary) for s in pa.statements] == [
        ("2027-06-18T06:05", "Confirmed: the plane carrying Mr Dovan left Lisbon."),
        ("2027-06-18T08:05", "Crowds gather outside.")]


def test_a_company_put_under_its_creditors_protection_is_a_bankruptcy_however_named():
    # "Chapter 11" (its number no word of the clause) and "voluntary administration" name a bankruptcy
    d = date(2027, 3, 12)
    ev = _events(("a", "Pellham Freight Lines filed for Chapter 11 protection late Thursday.", d),
                 ("b", "Then on Thursday, just before midnight, Pellham went into bankruptcy in Delaware.", d))
    assert [(e.value, e.sources) for e in ev] == [("2027-03-11T24:00", ["a", "b"])]
    assert merge.features(ev[0].mentions[0], {}).events == frozenset({"bankruptcy"})
    ev = _events(("a", "Corrigan & Vale collapsed into voluntary administration on Wednesday.", d),
                 ("b", "The retailer's insolvency on Wednesday surprised suppliers.", d))
    assert [(e.value, e.sources) for e in ev] == [("2027-03-10", ["a", "b"])]
    # not a book's chapter
    assert merge.features(process_article(Article("c", "The author finished chapter 11 on Monday.", "c", d)).statements[0],
                    {}).events == frozenset()
