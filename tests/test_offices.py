"""Office holders named by a current title date an undated article (``pubdate/offices.py``)."""

from __future__ import annotations

import re
from datetime import date

from maliclock.pipeline import Options, prepare_corpus
from maliclock.pubdate.offices import office_clues
from maliclock.rules import offices as O
from maliclock.segment import segment


def reasons(text: str) -> list[str]:
    return [c.evidence.reason for c in office_clues(segment(text))]


def test_every_title_example_matches_and_every_term_is_well_formed():
    for office, (title, example) in O.TITLES.items():
        assert re.search(title, example), office
    for office, names, terms in O.HOLDERS:
        assert office in O.TITLES and names
        for first, last in terms:
            assert date.fromisoformat(first) < date.fromisoformat(last or O.OPEN_TERM_UNTIL), (office, names)


def test_titles_with_given_names_give_the_terms():
    got = reasons("Secretary of State Madeleine Albright met President Clinton on Tuesday in Washington.")
    assert got == ["Secretary of State Madeleine Albright: in office 1997-01-23 to 2001-01-20",
                   "President Clinton: in office 1993-01-20 to 2001-01-20"]


def test_a_name_two_holders_share_allows_both_terms_and_a_full_name_one():
    assert reasons("President Bush spoke.") == [
        "President Bush: in office 1989-01-20 to 1993-01-20 or 2001-01-20 to 2009-01-20"]
    assert reasons("President George W. Bush spoke.") == [
        "President George W. Bush: in office 2001-01-20 to 2009-01-20"]
    assert reasons("Vice President Bush visited Bonn.") == ["Vice President Bush: in office 1981-01-20 to 1989-01-20"]


def test_a_former_holder_puts_publication_after_the_first_term_that_ended():
    assert reasons("Former President Jimmy Carter said the vote was fair.") == [
        "Former President Jimmy Carter: out of office after 1981-01-20"]
    assert reasons("The former Prime Minister, Benjamin Netanyahu, spoke. former Prime Minister Netanyahu said.") == [
        "former Prime Minister Netanyahu: out of office after 1999-07-06"]
    assert reasons("former U.N. Secretary-General Antonio Guterres") == []  # still in office: no term has ended
    assert reasons("The ex-President Clinton spoke.") == ["ex-President Clinton: out of office after 2001-01-20"]


def test_no_clue_from_late_or_deputy_holders_history_or_a_longer_name():
    assert reasons("Deputy Prime Minister Benjamin Netanyahu spoke.") == []
    assert reasons("The Vice-President Bush spoke.") == ["Vice-President Bush: in office 1981-01-20 to 1989-01-20"]
    assert reasons("Deputy-Prime Minister Netanyahu spoke.") == []
    assert reasons("Mourners honoured the late Prime Minister Yitzhak Rabin.") == []
    assert reasons("In 1962, President Kennedy faced down the Soviet missiles.") == []
    assert reasons("President Ellen Johnson Sirleaf of Liberia spoke.") == []
    assert reasons("President Clinton's budget passed.") == ["President Clinton: in office 1993-01-20 to 2001-01-20"]
    assert reasons("President Clintonesque rhetoric.") == []
    assert reasons("President Clinton Tuesday signed the bill.") == [
        "President Clinton: in office 1993-01-20 to 2001-01-20"]


def test_titles_place_an_undated_article_inside_the_terms(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Israeli Prime Minister Benjamin Netanyahu met Secretary of State Madeleine Albright on Tuesday.\n",
        encoding="utf-8")
    prepared, _ = prepare_corpus([str(tmp_path)], Options())
    pd = prepared[0].pub
    assert pd.basis == "inferred"
    # the most likely day lies in both terms; one clue alone never rules a day out, so the range
    # keeps Netanyahu's later terms, but nothing before his first
    assert date(1997, 1, 23) <= pd.published <= date(1999, 7, 6)
    assert pd.first == date(1996, 6, 18) and date(2022, 12, 29) <= pd.last <= date(2026, 12, 31)
    assert [e.reason for e in pd.evidence if "in office" in e.reason] == [
        "Prime Minister Benjamin Netanyahu: in office 1996-06-18 to 1999-07-06 or 2009-03-31 to 2021-06-13 "
        "or 2022-12-29 to 2026-12-31",
        "Secretary of State Madeleine Albright: in office 1997-01-23 to 2001-01-20"]


def test_a_dated_article_reads_no_titles(tmp_path):
    (tmp_path / "a.txt").write_text("Published: March 3, 2015\n\nPresident Clinton spoke.\n", encoding="utf-8")
    prepared, _ = prepare_corpus([str(tmp_path)], Options())
    pd = prepared[0].pub
    assert (pd.published, pd.basis) == (date(2015, 3, 3), "dateline")
    assert not [e for e in pd.evidence if "in office" in e.reason]


def test_a_title_in_lower_case_still_names_the_holder_but_the_name_must_be_capitalised():
    # transcripts and some style guides write titles in lower case ("Iraqi president Saddam Hussein")
    assert reasons("Annan met Iraqi president Saddam Hussein and the UN secretary general Kofi Annan spoke.") == [
        "president Saddam Hussein: in office 1979-07-16 to 2003-04-09",
        "UN secretary general Kofi Annan: in office 1997-01-01 to 2006-12-31"]
    assert reasons("The vice president Gore spoke.") == ["vice president Gore: in office 1993-01-20 to 2001-01-20"]
    assert reasons("The company's president ford the river.") == []
    assert reasons("The company's president Ford Motor spoke.") == []
