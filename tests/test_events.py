"""Merging into events: conflicts, near misses, roll-up, event anchors, order independence."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import date

from conftest import SEEDS
from maliclock.merge import chronology, roll_up
from maliclock.pipeline import process_article
from maliclock.read import Article

WED, THU, MON = date(2012, 3, 21), date(2012, 3, 22), date(2012, 3, 26)


def _events(*articles):
    stmts = []
    for ident, text, dct in articles:
        stmts.extend(process_article(Article(ident, text, ident, dct)).statements)
    return chronology(stmts)


def test_adjacent_days_from_two_sources_merge_with_a_date_conflict():
    ev = _events(("a", "Mutinous soldiers attacked the presidential palace in Bamako today.", WED),
                 ("b", "Mutineering soldiers attacked the presidential palace on Thursday in Bamako.", THU))
    assert len(ev) == 1
    e = ev[0]
    assert (e.value, e.start, e.end) == ("2012-03-21", WED, THU)
    assert [(c.field, c.values) for c in e.conflicts] == [
        ("date", {"2012-03-21": ["a"], "2012-03-22": ["b"]})]


def test_overnight_on_the_publication_day_is_the_night_before_and_agrees_with_it():
    # "overnight on Thursday", told on Thursday in the past, is the night that ended Thursday morning
    ev = _events(("a", "Mutinous soldiers attacked the presidential palace in Bamako today.", WED),
                 ("b", "Mutineering soldiers attacked the presidential palace overnight on Thursday in Bamako.", THU))
    assert [(e.value, e.start, e.end, e.sources, e.conflicts) for e in ev] == [("2012-03-21TNI", WED, WED, ["a", "b"], [])]


def test_the_same_tally_a_day_apart_is_one_vote_with_a_date_conflict():
    # no kind of happening in common, but a name and the tally: one vote, its two days a conflict
    ev = _events(("a", "The Senate passed the bill 61-38 on Sept. 18, two days after a 62-37 cloture vote.",
                  date(2025, 9, 27)),
                 ("b", "The Senate followed on Sept. 17, by a vote of 61 to 38, after Democrats beat a filibuster.",
                  date(2026, 1, 13)))
    assert [(e.value, e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("2025-09-16", ["a"], []),  # the cloture vote, two days before the 18th
        ("2025-09-17", ["a", "b"], [("date", {"2025-09-17": ["b"], "2025-09-18": ["a"]})])]
    assert "same tally 61-38" in ev[1].reasons[0]
    # another tally, or none, a day apart: two votes
    ev = _events(("a", "The Senate passed the bill 61-38 on Sept. 18.", date(2025, 9, 27)),
                 ("b", "The Senate followed on Sept. 17, by a vote of 60 to 39.", date(2026, 1, 13)),
                 ("c", "The Senate rejected 5-10 years of extra funding on Sept. 19 and on Sept. 20.", date(2026, 1, 13)))
    assert len({e.value for e in ev}) == len(ev) == 4


def test_the_same_distinctive_figure_and_a_name_make_one_happening():
    # no kind of happening in common, few words, but the sum and the name that opens both sentences: one signing
    ev = _events(("a", "Brandt, 27, signed a four-year, $160 million extension in March 2024.", date(2025, 10, 20)),
                 ("b", "Brandt, the No. 3 overall pick in the 2020 draft, was in the second season of a four-year, "
                       "$160 million extension he signed in March 2024.", date(2025, 10, 21)))
    assert [(e.value, e.sources) for e in ev] == [("2024-03", ["a", "b"])]
    assert "same figure $160 million" in ev[0].reasons[0]
    # each its own names: two companies' results, whatever figure they share
    ev = _events(("a", "Ogden Corp. reported third-quarter net income of $27.1 million, or 67 cents a share.",
                  date(1989, 11, 1)),
                 ("b", "Crossland reported a third-quarter loss, compared with net income of $27.1 million a year "
                       "earlier.", date(1989, 11, 1)))
    assert len([e for e in ev if e.value == "1989-Q3"]) == 2
    # a price and its change are no such figure: two stocks closed at one price
    ev = _events(("a", "Philip Morris shares closed yesterday at $43.50 each, down $1.", date(1989, 10, 26)),
                 ("b", "Philip Morris rival Esselte closed yesterday at $43.50 a share, up $1.", date(1989, 10, 26)))
    assert len(ev) == 2


def test_no_event_holds_two_clock_times_of_one_article_even_through_other_reports():
    # "a" tells two happenings at 14:22 and 16:40; "b" and "c" each echo one, and are like each other: the union may
    # join "b" and "c", never "a"'s two times
    d = date(2026, 3, 5)
    ev = _events(("a", "According to the company, the outage began at 14:22 UTC on Wednesday. Engineers started a "
                       "rollback of the outage change at 16:40 UTC on Wednesday.", d),
                 ("b", "The Corvane outage began at 1422 GMT on Wednesday.", d),
                 ("c", "A rollback of the Corvane outage change started at 16:40 UTC on Wednesday.", d))
    held = [sorted(m.value for m in e.mentions if m.source == "a") for e in ev]
    assert sorted(held) == [["2026-03-04T14:22"], ["2026-03-04T16:40"]]


def test_shared_figures_are_read_in_one_spelling():
    from maliclock.merge.content import shared_figures
    assert shared_figures("signed a four-year, $160 million extension; US$4.2m; £120m") == {
        "$160 million", "$4.2 million", "£120 million"}
    assert shared_figures("a cost of 90 million euros, 3.91 percent and 3.91%, 1.5 million people") == {
        "€90 million", "3.91%", "1.5 million"}
    assert shared_figures("160 million yen") == {"¥160 million"} != shared_figures("160 million yuan")  # two currencies
    assert shared_figures("moved to Swansea Town for £12,000; some 20,000 prints; NorvikOS 6.2; OS 7.4.3") == {
        "£12000", "20000", "6.2", "7.4.3"}
    # not a whole number, a whole percentage, a price, its change, a fraction's part or a clock time
    assert shared_figures("27 people, 70 per cent, up 13%, at $43.50 a share, up 37.5 cents, 6 3/8%, at 10.30, "
                          "at 00.15 GMT (8.15pm ET)") == frozenset()


def test_a_manager_sacked_or_appointed_is_a_kind_of_happening():
    # "sacked" and "relieved of his duties", "the appointment of" and "appointed": one happening each, a day apart
    ev = _events(("a", "Chairman Desmond Okafor sacked Gareth Pennock on November 23 after four defeats.",
                  date(2026, 5, 17)),
                 ("b", "Gareth Pennock was relieved of his duties on Monday after two and a half years.",
                  date(2025, 11, 26)),
                 ("c", "Rovers today announced the appointment of Ines Valdivia as manager.", date(2025, 11, 26)),
                 ("d", "Ines Valdivia was appointed on 25 November with the club 14th.", date(2026, 5, 17)))
    assert [(e.value, e.sources, [c.field for c in e.conflicts]) for e in ev] == [
        ("2025-11-23", ["a", "b"], ["date"]), ("2025-11-25", ["c", "d"], ["date"])]
    # "appointment" alone is no such happening ("appointment booking came back online")
    from maliclock.merge.content import features
    assert "appointment" not in features(_statement("Appointment booking came back online."), {}).events
    # "fired" before a post is a dismissal; before a weapon it is not
    assert "dismissal" in features(_statement("Cumberland State fired football coach Rick Halvorsen."), {}).events
    assert "dismissal" not in features(_statement("Rebels fired rockets at the base."), {}).events


def test_a_budget_laid_on_its_day_is_one_happening_but_a_balanced_budget_is_none():
    d = date(2025, 11, 6)  # a Thursday, three weeks before the budget
    ev = _events(("a", "Finance minister Rachel Reeves delivers her budget on Nov. 26.", d),
                 ("b", "The chancellor, Rachel Reeves, faces a difficult budget on 26 November.", d),
                 ("c", "Treasury chief Rachel Reeves presents her budget on Nov. 26.", d))
    assert [(e.value, e.sources) for e in ev] == [("2025-11-26", ["a", "b", "c"])]
    from maliclock.merge.content import features
    assert "budget" in features(_statement("Reeves presents her budget."), {}).events
    assert "budget" not in features(_statement("Milei took office and balanced the budget."), {}).events


def test_a_judgment_reserved_is_a_court_decision():
    d = date(2024, 10, 23)
    ev = _events(("a", "The Sindh High Court reserved its judgment in the Lyari collapse case on October 3.", d),
                 ("b", "The Sindh High Court reserved its verdict in the Lyari collapse case on Oct 3.", d))
    assert [(e.value, e.sources) for e in ev] == [("2024-10-03", ["a", "b"])]
    from maliclock.merge.content import features
    assert "verdict" in features(_statement("The court reserved its judgement."), {}).events


def test_more_kinds_of_happening_and_an_institution_named_after_one():
    from maliclock.merge.content import features

    def kinds(text):
        return features(_statement(text), {}).events
    assert "outage" in kinds("A broken hanger caused a power failure, halting all trains.")
    assert "outage" in kinds("Central Japan Railway said power was lost between two stations.")
    assert "interest rates" in kinds("Its Monetary Policy Committee voted to lower Bank Rate by a quarter point.")
    assert "injury" in kinds("The captain missed the game after straining his hamstring.")
    assert "injury" in kinds("A volunteer who suffered burns remained in hospital.")
    assert "resignation" in kinds("She would retire as CEO at the end of December.")
    assert "resignation" not in kinds("It gained $3.8 million from early retirement of debt.")
    assert "resignation" not in kinds("A retired general said the army was ready.")
    assert "appointment" in kinds("The board expects to name a successor in the first quarter.")
    # an event word in an institution's name is no happening
    assert "emergency" not in kinds("Emergency Management Victoria said 40 firefighters would arrive.")
    assert "election" not in kinds("The Election Commission said turnout was high.")
    assert "emergency" in kinds("The state declared an emergency.")
    d = date(2025, 11, 7)
    ev = _events(("a", "The Bank of England cut interest rates by a quarter of a percentage point to 3.75% on Thursday.", d),
                 ("b", "On November 6th its Monetary Policy Committee voted to lower Bank Rate to 3.75%.", d))
    assert [(e.value, e.sources) for e in ev] == [("2025-11-06", ["a", "b"])]


def test_one_clock_time_and_two_names_and_kinds_of_siege_and_discovery():
    d = date(2026, 3, 9)
    # the same clock time and two names: one happening, worded two ways
    ev = _events(("a", "Officers were called to Marsh's Pharmacy on Calder Street shortly after 9 a.m. on Saturday.", d),
                 ("b", "The standoff at Marsh's Pharmacy on Calder Street began shortly after 9 a.m. on Saturday.", d))
    assert [(e.value, e.sources) for e in ev] == [("2026-03-07T09:00", ["a", "b"])]
    assert "same time 09:00" in ev[0].reasons[0]
    # a siege and a standoff are one kind, so two ends of it at two times are a conflict
    ev = _events(("a", "The standoff ended at 3:40 p.m. Sunday, when armed officers entered the building.", d),
                 ("b", "The siege ended at 3:55 p.m. on Sunday, when armed officers stormed the shop.", d))
    assert [(e.sources, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        (["a", "b"], [("time_of_day", {"15:40": ["a"], "15:55": ["b"]})])]
    # finding out a breach or an intrusion is one happening however it is put
    ev = _events(("a", "Brennard said its security team discovered the intrusion on April 12.", date(2026, 5, 5)),
                 ("b", "Brennard says its own staff spotted the data breach on Sunday, April 12.", date(2026, 5, 20)))
    assert [(e.value, e.sources) for e in ev] == [("2026-04-12", ["a", "b"])]


def test_a_life_s_happenings_are_kinds_of_happening():
    # births, funerals and foundings told by two obituaries are one each
    ev = _events(("a", "Halloway was born in Dunmere in 1938. He was buried on Thursday after a private service.",
                  date(2026, 2, 13)),
                 ("b", "He was born on 9 March 1938 in Dunmere. The funeral took place on Thursday at noon.",
                  date(2026, 2, 13)))
    assert [(e.value, e.sources) for e in ev] == [("1938-03-09", ["a", "b"]), ("2026-02-12T12:00", ["a", "b"])]


def test_a_river_s_peak_is_a_kind_of_happening():
    ev = _events(("a", "The Tarrin peaked at 4.4 metres at Kelloway on Sunday.", date(2024, 11, 18)),
                 ("b", "The river peaked at 4.2 metres at the Kelloway bridge on Saturday 16 November.", date(2025, 5, 17)),
                 ("c", "The crest reached the Kelloway bridge gauge at 3.10pm on Sunday.", date(2024, 11, 18)))
    assert [(e.sources, [c.field for c in e.conflicts]) for e in ev] == [(["a", "b", "c"], ["date"])]


def _statement(summary):
    st = process_article(Article("x", summary.rstrip(".") + " on Monday.", "x", MON)).statements[0]
    st.summary = summary
    return st


def test_adjacent_days_in_different_places_stay_apart():
    ev = _events(("a", "Rebels attacked the northern town of Gao on Monday.", date(2012, 3, 28)),
                 ("b", "Rebels attacked the town of Kidal on Tuesday, the army said.", date(2012, 3, 28)))
    assert [(e.value, e.sources) for e in ev] == [("2012-03-26", ["a"]), ("2012-03-27", ["b"])]


def test_location_conflict_inside_versus_outside_the_capital():
    ev = _events(("a", "The mutiny began on Wednesday at a barracks in the capital, Bamako.", THU),
                 ("b", "The mutiny began on Wednesday at a barracks 13 miles outside Bamako.", THU))
    assert len(ev) == 1
    assert [(c.field, c.values) for c in ev[0].conflicts] == [
        ("location", {"13 miles outside Bamako": ["b"], "in the capital": ["a"]})]


def test_hedged_event_word_does_not_report_the_event():
    ev = _events(("a", "Officers staged a coup on Wednesday.", THU),
                 ("b", "Gunfire on Wednesday raised fears of a possible coup.", THU))
    assert len(ev) == 2


def test_event_anchored_offset_places_the_statement():
    pa = process_article(Article("a", "Some officers staged a coup last Wednesday. Bamako was still tense four "
                                      "days after the coup, and parties gathered.", "a", MON))
    placed = [(s.value, s.anchor_kind, s.timex.text) for s in pa.statements]
    assert placed == [("2012-03-21", "publication", "last Wednesday"),
                      ("2012-03-25", "event", "four days after the coup")]


def test_merge_reasons_and_near_misses_are_explained():
    ev = _events(("a", "Malian soldiers began their mutiny on Wednesday afternoon in a barracks.", THU),
                 ("b", "The mutiny began Wednesday morning at a military camp.", THU),
                 ("c", "Soldiers looted shops on Wednesday.", THU))
    merged = next(e for e in ev if len(e.mentions) == 2)
    assert merged.reasons[0].startswith("merged a@") and "event launch/mutiny" in merged.reasons[0]
    assert "score" in merged.reasons[0]
    other = next(e for e in ev if len(e.mentions) == 1)
    assert other.sources == ["c"]


def test_roll_up_to_month_and_year():
    ev = _events(("a", "Rebels attacked Tessalit on March 3, 2012.", THU),
                 ("b", "Talks opened in Algiers in 2011.", THU))
    by_month = roll_up(ev, "month")
    assert [(e.value, e.granularity, e.start, e.end) for e in by_month] == [
        ("2011", "year", date(2011, 1, 1), date(2011, 12, 31)),
        ("2012-03", "month", date(2012, 3, 1), date(2012, 3, 31))]
    assert [e.value for e in roll_up(ev, "year")] == ["2011", "2012"]


def test_shuffled_inputs_give_byte_identical_json():
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    env = {**os.environ, "NO_COLOR": "1"}

    def run(order):
        return subprocess.run([sys.executable, "-m", "maliclock", "timeline", *order, "--format", "json"],
                              capture_output=True, env=env, timeout=120).stdout

    first = run(files)
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != files
    assert run(shuffled) == first
    assert run(list(reversed(files))) == first
    assert len(json.loads(first)["events"]) > 10


def test_anniversary_dates_its_event_and_merges_with_the_dated_report():
    ev = _events(("a", "The protests come on the 21st anniversary of the last coup, when Amadou Toure led the "
                       "overthrow of dictator Moussa Traore.", MON),
                 ("b", "Toure had himself launched a coup in 1991 against the regime of Moussa Traore.", MON))
    assert [(e.value, e.sources) for e in ev] == [("1991", ["a", "b"])]
    m = next(m for m in ev[0].mentions if m.source == "a")
    assert (m.timex.rule, m.timex.text, m.anchor_kind) == ("anniversary", "21st anniversary of", "event")
    # what the anniversary does is no part of the happening: "as the second anniversary of his abduction nears"
    pa = process_article(Article("a", "Britain pressed for his release as the second anniversary of his abduction "
                                      "nears.", "a", date(1998, 3, 10)))
    assert [(s.value, s.summary) for s in pa.statements] == [("1996", "His abduction.")]
    # an anniversary whose happening is dated in its own phrase adds no event of its own: the year dates it
    pa = process_article(Article("a", "Sunday's race marked the 50th anniversary of the first Chicago marathon in 1977, "
                                      "when 4,200 runners started.", "a", date(2026, 10, 11)))
    assert [s.value for s in pa.statements] == ["1977"]


def test_a_kind_of_happening_alone_does_not_merge_two_reports_of_a_month():
    # a month holds many agreements: without a shared name or word, two reports are two happenings
    d = date(1989, 10, 25)
    ev = _events(("a", "Iraq accepted the border treaty in August 1988.", d),
                 ("b", "The thrifts agreed to the transaction in August 1988.", d))
    assert sorted((e.value, tuple(e.sources)) for e in ev) == [("1988-08", ("a",)), ("1988-08", ("b",))]
    assert any("score 0.45 < 0.49" in r for e in ev for r in e.reasons)
    # a shared name is enough, and so is one day
    ev = _events(("a", "Iraq accepted the border treaty in August 1988.", d),
                 ("b", "Iraq agreed to the border deal in August 1988.", d))
    assert [(e.value, e.sources) for e in ev] == [("1988-08", ["a", "b"])]
    ev = _events(("a", "Iraq accepted the border treaty on Aug. 3, 1988.", d),
                 ("b", "The thrifts agreed to the transaction on Aug. 3, 1988.", d))
    assert [(e.value, e.sources) for e in ev] == [("1988-08-03", ["a", "b"])]


def test_a_company_s_legal_form_is_no_name_two_companies_share():
    d = date(1989, 10, 25)
    ev = _events(("a", "Acme Inc. reached an agreement with its lenders in September.", d),
                 ("b", "Zenith Inc. signed an accord with the union in September.", d))
    assert sorted((e.value, tuple(e.sources)) for e in ev) == [("1989-09", ("a",)), ("1989-09", ("b",))]
    ev = _events(("a", "Acme Inc. reached an agreement with its lenders in September.", d),
                 ("b", "Acme signed an accord with its lenders in September.", d))
    assert [(e.value, e.sources) for e in ev] == [("1989-09", ["a", "b"])]


def test_events_of_one_day_are_in_the_order_of_their_times_of_day():
    ev = _events(("a", "Soldiers attacked the palace on Wednesday night. TV screens went blank at 8 p.m. on Wednesday. "
                       "Shops closed early on Wednesday morning. The mutiny began on Wednesday. The curfew began at "
                       "midnight on Wednesday night.", THU))
    assert [e.value for e in ev] == ["2012-03-21", "2012-03-21TMO", "2012-03-21T20:00", "2012-03-21TNI",
                                     "2012-03-21T24:00"]


def test_the_small_hours_are_in_the_morning_and_no_conflict_with_it():
    # "before dawn" and "the early hours" are the morning (TMO); "2:17 a.m." is in it
    ev = _events(("a", "A magnitude 6.8 earthquake struck southern Peru before dawn on Tuesday. The quake hit at 2:17 a.m. "
                       "local time.", date(2025, 3, 4)),
                 ("b", "The main quake, measuring 6.8, struck in the early hours of Tuesday.", date(2025, 3, 6)))
    assert [(e.value, e.sources, e.conflicts) for e in ev] == [("2025-03-04T02:17", ["a", "b"], [])]


def test_an_aftershock_is_a_quake_and_an_exact_time_dates_its_event():
    ev = _events(("a", "A strong aftershock of magnitude 5.4 shook the region late on Wednesday, at 11:40pm local time.",
                  date(2025, 3, 6)),
                 ("b", "Two strong aftershocks followed: a magnitude 5.4 tremor shortly before midnight on March 5.",
                  date(2025, 3, 10)))
    assert [(e.value, e.sources, e.conflicts) for e in ev] == [("2025-03-05T23:40", ["a", "b"], [])]
    assert ev[0].summary == "A strong aftershock of magnitude 5.4 shook the region."


def test_a_debate_announced_and_a_debate_reported_are_one_event():
    ev = _events(("a", "The two leaders will meet again on Thursday, May 8, in a second debate.", date(2025, 4, 23)),
                 ("b", "Support for Markovic rose after the second televised debate on May 8.", date(2025, 5, 19)))
    assert [(e.value, e.sources) for e in ev] == [("2025-05-08", ["a", "b"])]


def test_taking_the_oath_is_being_sworn_in_and_its_clock_time_joins_the_day():
    # a name of a kind of happening in three words ("oath of office") is read as one in two is
    ev = _events(("a", "Anna Berg was sworn in as prime minister on Friday, ending weeks of talks. She took the oath "
                       "of office at 11 a.m. in the parliament building.", date(2025, 6, 14)))
    assert [(e.value, len(e.mentions)) for e in ev] == [("2025-06-13T11:00", 2)]
    assert ev[0].summary == "Anna Berg took the oath of office in the parliament building."


def test_clock_times_in_zones_of_known_offsets_are_compared_in_utc():
    same = _events(("a", "The Halcyon lander touched down on the moon at 5:15 p.m. ET on Tuesday, October 7.",
                    date(2025, 10, 8)),
                   ("b", "The Halcyon lander touched down on the moon at 21:15 GMT on 7 October.", date(2025, 10, 8)))
    assert [(e.sources, e.conflicts) for e in same] == [(["a", "b"], [])]
    apart = _events(("a", "The Halcyon lander touched down on the moon at 5:15 p.m. EDT on Tuesday, October 7.",
                     date(2025, 10, 8)),
                    ("b", "The Halcyon lander touched down on the moon at 21:45 UTC on 7 October.", date(2025, 10, 8)))
    assert [(e.value, [(c.field, c.values) for c in e.conflicts]) for e in apart] == [
        ("2025-10-07", [("time_of_day", {"21:15 UTC": ["a"], "21:45 UTC": ["b"]})])]
    # in winter ET is EST, five hours behind
    winter = _events(("a", "The Halcyon lander touched down on the moon at 9:30 a.m. ET on Monday, January 13.",
                      date(2025, 1, 14)),
                     ("b", "The Halcyon lander touched down on the moon at 1430 GMT on 13 January.", date(2025, 1, 14)))
    assert [(e.sources, e.conflicts) for e in winter] == [(["a", "b"], [])]
    summer_reading = _events(("a", "The Halcyon lander touched down on the moon at 9:30 a.m. ET on Monday, January 13.",
                              date(2025, 1, 14)),
                             ("b", "The Halcyon lander touched down on the moon at 1330 GMT on 13 January.",
                              date(2025, 1, 14)))
    assert [[(c.field, c.values) for c in e.conflicts] for e in summer_reading] == [
        [("time_of_day", {"13:30 UTC": ["b"], "14:30 UTC": ["a"]})]]


def test_zones_named_in_words_and_a_moment_told_again_in_another_zone_are_compared_in_utc():
    d = date(2025, 11, 7)
    # "at noon (1200 GMT)": the noon is 12:00 UTC; "7 a.m. Eastern time" in November is EST, 12:00 UTC
    same = _events(("a", "The Bank of England cut interest rates on Thursday, announcing the cut at noon (1200 GMT).", d),
                   ("b", "The Bank of England cut interest rates at 7 a.m. Eastern time on Thursday.", d))
    assert [(e.value, e.sources, e.conflicts) for e in same] == [("2025-11-06T07:00", ["a", "b"], [])]
    apart = _events(("a", "The Bank of England cut interest rates on Thursday, announcing the cut at noon (1200 GMT).", d),
                    ("b", "The Bank of England cut interest rates at 8 a.m. Eastern time on Thursday.", d))
    assert [(e.value, [(c.field, c.values) for c in e.conflicts]) for e in apart] == [
        ("2025-11-06", [("time_of_day", {"12:00 UTC": ["a"], "13:00 UTC": ["b"]})])]
    # a zone named in words: "Japan time" is JST, nine hours ahead of UTC
    tokyo = _events(("a", "Japan's H3 rocket lifted off from Tanegashima at 4:10 p.m. Japan time on Monday, Sept. 13.", date(2027, 9, 14)),
                    ("b", "Japan's H3 rocket lifted off from Tanegashima at 07:10 UTC on Sept. 13.", date(2027, 9, 14)))
    assert [(e.sources, e.conflicts) for e in tokyo] == [(["a", "b"], [])]
    # two hours apart once compared: the sources disagree (a time in a zone of unknown offset is not compared)
    tokyo = _events(("a", "Japan's H3 rocket lifted off from Tanegashima at 4:10 p.m. Japan time on Monday, Sept. 13.", date(2027, 9, 14)),
                    ("b", "Japan's H3 rocket lifted off from Tanegashima at 09:10 UTC on Sept. 13.", date(2027, 9, 14)))
    assert [(e.value, [(c.field, c.values) for c in e.conflicts]) for e in tokyo] == [
        ("2027-09-13", [("time_of_day", {"07:10 UTC": ["a"], "09:10 UTC": ["b"]})])]


def test_two_sources_giving_one_precise_minute_tell_of_one_happening():
    d = date(2027, 9, 20)
    a = ("a", "Mediators say the pause in Mali will now remain in place until 23 September at 23:59 GMT.", d)
    b = ("b", "The current extension of the Mali truce expires at 23:59 GMT on Thursday, 23 September.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2027-09-23T23:59", ["a", "b"])]
    # not on the hour, which many happenings share
    a = ("a", "Mediators say the pause in Mali will now remain in place until 23 September at 23:00 GMT.", d)
    b = ("b", "The current extension of the Mali truce expires at 23:00 GMT on Thursday, 23 September.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2027-09-23T23:00", ["a"]), ("2027-09-23T23:00", ["b"])]


def test_two_sources_giving_one_precise_local_minute_meet_though_they_share_no_name_or_kind():
    # told in no zone, the story's local time: the same minute of the same day makes the two reports candidates
    d = date(2026, 1, 15)
    a = ("a", "St Aldric's University Hospital said staff first noticed problems at about 2:40 a.m. on Monday, when "
              "clinicians found they could no longer open patient files.", d)
    b = ("b", "The problems began at around 2.40am on Monday, when doctors found that the patient notes had frozen.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2026-01-12T02:40", ["a", "b"])]
    # another minute stays apart
    b = ("b", "The problems began at around 2.50am on Monday, when doctors found that the patient notes had frozen.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2026-01-12T02:40", ["a"]), ("2026-01-12T02:50", ["b"])]


def test_a_sum_of_a_periods_happenings_joins_none_of_them():
    d = date(2027, 9, 10)
    a = ("a", "Fighting around Menaka has killed at least 1,100 people this year, according to the UN.", d)
    b = ("b", "A drone strike on a livestock market in Menaka killed 23 people on Monday.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2027", ["a"]), ("2027-09-06", ["b"])]


def test_a_countrys_time_is_its_zone_by_the_season():
    # Greece is on EET (UTC+2) until the last Sunday of March, EEST (UTC+3) after it; Turkey on UTC+3 all year
    d = date(2026, 3, 18)
    ev = _events(("a", "A magnitude 6.6 earthquake struck Manisa at 03:17 Greek time on Tuesday.", d),
                 ("b", "A magnitude 6.6 earthquake struck Manisa at 04:17 Turkish time on Tuesday.", d))
    assert [(e.sources, e.conflicts) for e in ev] == [(["a", "b"], [])]
    ev = _events(("a", "A magnitude 6.6 earthquake struck Manisa at 03:17 Greek time on Tuesday.", d),
                 ("b", "A magnitude 6.6 earthquake struck Manisa at 03:17 Turkish time on Tuesday.", d))
    assert [(e.value, [(c.field, c.values) for c in e.conflicts]) for e in ev] == [
        ("2026-03-17", [("time_of_day", {"00:17 UTC": ["b"], "01:17 UTC": ["a"]})])]
    summer = date(2026, 6, 18)
    ev = _events(("a", "A magnitude 6.6 earthquake struck Manisa at 03:17 Greek time on Tuesday.", summer),
                 ("b", "A magnitude 6.6 earthquake struck Manisa at 03:17 Turkish time on Tuesday.", summer))
    assert [(e.sources, e.conflicts) for e in ev] == [(["a", "b"], [])]


def test_a_start_told_in_the_present_is_a_kind_of_happening_as_in_the_past():
    d = date(2026, 3, 10)
    a = ("a", "The deciding third Test starts at Newlands on Friday, 13 March.", d)
    b = ("b", "The third Test begins at Newlands in Cape Town on Friday.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2026-03-13", ["a", "b"])]


def test_a_headlines_present_tense_names_its_kind_of_happening():
    d = date(2026, 3, 10)
    a = ("a", "Prime Minister Anna Berg resigns on Monday after a no-confidence vote.", d)
    b = ("b", "Anna Berg resigned as prime minister on Monday.", d)
    assert [(e.value, e.sources) for e in _events(a, b)] == [("2026-03-09", ["a", "b"])]


def test_an_ambiguous_zone_code_is_the_zone_of_the_country_its_article_names():
    # "IST" is India's (UTC+5:30) in an article that names India: 8.12 pm IST is 14:42 UTC, 4.42pm SAST
    d = date(2026, 3, 9)
    a = ("a", "Indian viewers saw Pieterse hit the winning boundary at Kingsmead at 8.12 pm IST on Sunday.", d)
    b = ("b", "Pieterse hit the winning boundary at Kingsmead at 4.42pm SAST on Sunday.", d)
    assert [(e.sources, e.conflicts) for e in _events(a, b)] == [(["a", "b"], [])]
    # without the country, the code is no zone of known offset, and the times are not compared
    a = ("a", "Viewers saw Pieterse hit the winning boundary at Kingsmead at 9.12 pm IST on Sunday.", d)
    b = ("b", "Pieterse hit the winning boundary at Kingsmead at 4.42pm SAST on Sunday.", d)
    assert [(e.sources, e.conflicts) for e in _events(a, b)] == [(["a", "b"], [])]
    a = ("a", "Indian viewers saw Pieterse hit the winning boundary at Kingsmead at 9.12 pm IST on Sunday.", d)
    assert [(e.value, [(c.field, c.values) for c in e.conflicts]) for e in _events(a, b)] == [
        ("2026-03-08", [("time_of_day", {"14:42 UTC": ["b"], "15:42 UTC": ["a"]})])]


def test_one_precise_minute_told_on_two_local_days_is_one_happening():
    # 11:42 p.m. EST on Wednesday is 04:42 GMT on Thursday: the same instant, on two local days
    d = date(2027, 3, 12)
    a = ("a", "A Falcon 9 rocket carrying four astronauts lifted off at 11:42 p.m. EST on Wednesday.", d)
    b = ("b", "The crew lifted off from Florida at 04:42 GMT on Thursday 11 March.", d)
    ev = _events(a, b)
    assert [(e.sources, e.conflicts) for e in ev] == [(["a", "b"], [])]
    # a different minute in UTC stays apart
    b = ("b", "The crew lifted off from Florida at 04:52 GMT on Thursday 11 March.", d)
    assert len(_events(a, b)) == 2


def test_reports_of_one_precise_minute_meet_as_candidates_whatever_their_words():
    # nothing but the minute in common (21:10 CEST is 19:10 UTC): the blocking keys hold the instant too
    d = date(2027, 9, 14)
    a = ("a", "Its main engines ignited at 21:10 CEST on Sunday 12 September.", d)
    b = ("b", "The orbit insertion burn began at 1910 UTC on Sept. 12.", d)
    assert [(e.sources, e.conflicts) for e in _events(a, b)] == [(["a", "b"], [])]


def test_clock_times_of_one_day_half_an_hour_apart_with_a_name_in_common_are_one_happening_in_dispute():
    d = date(2026, 3, 9)
    a = ("a", "Keith Barraclough, 58, was struck as he crossed Roundhay Road at 10.40pm on Friday.", d)
    b = ("b", "Keith Barraclough, 58, was hit by a car as he walked home at 10.15pm on Friday.", d)
    assert [(e.sources, [(c.field, c.values) for c in e.conflicts]) for e in _events(a, b)] == [
        (["a", "b"], [("time_of_day", {"22:15": ["b"], "22:40": ["a"]})])]
    # within the hour (50 minutes): still one, in dispute; more than an hour apart (65 minutes): two happenings
    b = ("b", "Keith Barraclough, 58, was hit by a car as he walked home at 9.50pm on Friday.", d)
    assert [(e.sources, [(c.field, c.values) for c in e.conflicts]) for e in _events(a, b)] == [
        (["a", "b"], [("time_of_day", {"21:50": ["b"], "22:40": ["a"]})])]
    b = ("b", "Keith Barraclough, 58, was hit by a car as he walked home at 9.35pm on Friday.", d)
    assert len(_events(a, b)) == 2


def test_a_bill_passed_and_a_vote_and_a_meeting_s_decision_are_one_happening():
    from maliclock.merge.content import features

    def kinds(text):
        return features(_statement(text), {}).events
    assert "approval" in kinds("It had been passed by the Lower House on 12 March.")
    assert "approval" in kinds("The bill cleared the Senate on Thursday.")
    assert "approval" not in kinds("Time passed slowly.")
    assert "outage" in kinds("More than 310,000 customers were without power on Tuesday.")
    # "default" alone is mostly an adjective; a debt's default is told by its verb or phrase
    assert "default" not in kinds("Thermostats reverted to a default schedule on Wednesday.")
    assert "default" in kinds("The country defaulted on its bonds on Wednesday.")
    assert "default" in kinds("The company has been in default since Wednesday.")
    d = date(2026, 3, 20)
    # passed by one house, approved by it with its tally: one vote
    ev = _events(("a", "The labour bill had been passed by the Chamber of Deputies on 12 March.", d),
                 ("b", "The labour bill was approved by the Chamber of Deputies on March 12 by 131 votes to 119.", d))
    assert [(e.value, e.sources) for e in ev] == [("2026-03-12", ["a", "b"])]
    # a council's vote and its approval of the same proposals
    ev = _events(("a", "Brighton council backed the school closures by 29 votes to 18 on Thursday.", d),
                 ("b", "Brighton council approved the school closures on Thursday.", d))
    assert [(e.value, e.sources) for e in ev] == [("2026-03-19", ["a", "b"])]
    # a mountain's summit is no meeting; a summit of leaders is
    assert "meeting" not in kinds("The pair left the hut for the summit on Saturday.")
    assert "meeting" not in kinds("They were caught just below the summit rocks.")
    assert "meeting" in kinds("Leaders met at the Geneva summit on Saturday.")
    # a building completed, told by three sources in one year
    ev = _events(("a", "Calloway Tower was completed in 1972 and has 112 flats.", d),
                 ("b", "Calloway Tower, completed by Harrowden council in 1972, was built of concrete.", d),
                 ("c", "Calloway Tower on the Eastmoor estate was completed in 1972.", d))
    assert [(e.value, e.sources) for e in ev] == [("1972", ["a", "b", "c"])]
    assert "construction" in kinds("The bridge was built in 1958.")
    # classes resuming and students returning on one day
    ev = _events(("a", "Classes at Hillcrest schools resumed on Monday after the strike.", d),
                 ("b", "Hillcrest students returned to classrooms on Monday.", d))
    assert [(e.value, e.sources) for e in ev] == [("2026-03-16", ["a", "b"])]
