"""Table-driven tests of tagging and resolution: exact spans, types and values.

Every case is (sentence, publication date, [(expression, TIMEX3 type, value), ...]);
the expressions must come out exactly, in order, and nothing else. The cases are
grouped by the rule that finds them; ``test_every_rule_is_covered`` checks that
each rule of ``maliclock.rules.patterns`` is exercised here, and
``test_rule_examples`` that each rule matches its own example.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import timexes
from maliclock.pipeline import extract_article
from maliclock.read import Article
from maliclock.rules.patterns import RULES
from maliclock.tag import compile_rule, tag_span

MON = date(2012, 3, 26)  # a Monday
THU = date(2012, 3, 22)  # a Thursday
TUE = date(2012, 3, 27)  # a Tuesday
D89 = date(1989, 10, 26)  # a Thursday, in the third-quarter results season
N89 = date(1989, 11, 2)  # a Thursday
M89 = date(1989, 10, 30)  # a Monday
F98 = date(1998, 2, 13)  # a Friday
J98 = date(1998, 1, 8)
WIN = date(2012, 1, 10)

CASES = [
    # ---- session of 2026-12-07 (twenty-ninth) ----
    # a month that labels a happening after a determiner is the nearest such month, within three months, whatever the
    # clause's tense; farther off, the tense decides
    ('Economists said the vote made the June meeting "live".', date(2026, 5, 7), [("June", "DATE", "2026-06")]),
    ("Traders had priced a September cut.", date(2026, 7, 31), [("September", "DATE", "2026-09")]),
    ("The party won the December election.", date(2026, 7, 31), [("December", "DATE", "2025-12")]),
    ("The Fed raised rates in June.", date(2026, 5, 7), [("June", "DATE", "2025-06")]),
    # the same time set off by a comma after a date restates that date ("on March 10, the same morning")
    ("He heard at 7 am. His body was identified on March 10, the same morning officials confirmed the toll.",
     date(2027, 4, 16), [("7 am", "TIME", "2027-04-16T07:00"), ("March 10", "DATE", "2027-03-10"),
                         ("the same morning", "TIME", "2027-03-10TMO")]),
    ("He spent that day reading. He had moved to the US in August 2025, the same month, it later emerged, that the deck "
     "was rated poor.", date(2027, 4, 16), [("that day", "DATE", "2027-04-16"), ("August 2025", "DATE", "2025-08"),
                                            ("the same month", "DATE", "2025-08")]),
    # "until" before a clock time and "on" reaches the day ("until 6 p.m. on Tuesday", written on a Monday: ahead)
    ("MetService has issued a warning until 6 p.m. on Tuesday.", date(2028, 2, 14),
     [("6 p.m.", "TIME", "2028-02-15T18:00"), ("Tuesday", "DATE", "2028-02-15")]),
    ("The shop stayed open until 6 p.m. on Tuesday.", date(2028, 2, 14),
     [("6 p.m.", "TIME", "2028-02-08T18:00"), ("Tuesday", "DATE", "2028-02-08")]),
    # the same time as a night gone by, in a clause with "will", is tonight
    ("Conditions last night were bad. The crews will keep searching through the night.", date(2028, 10, 11),
     [("last night", "TIME", "2028-10-10TNI"), ("the night", "TIME", "2028-10-11TNI")]),
    ("Conditions last night were bad. The crews kept searching through the night.", date(2028, 10, 11),
     [("last night", "TIME", "2028-10-10TNI"), ("the night", "TIME", "2028-10-10TNI")]),
    # "the following Wednesday" counts from the last day named, not from a year named since
    ("The jobs report came on June 5. In 2024, employers added 170,000 jobs a month. Prices were released the following "
     "Wednesday.", date(2026, 6, 20), [("June 5", "DATE", "2026-06-05"), ("2024", "DATE", "2024"),
                                       ("a month", "SET", "P1M"), ("the following Wednesday", "DATE", "2026-06-10")]),
    # a week that opens a sentence holds its weekdays; a week named later in it does not
    ("Next week brings the Bank of England decision on Thursday and the jobs report on Friday.", date(2026, 7, 31),
     [("Next week", "DATE", "2026-W32"), ("Thursday", "DATE", "2026-08-06"), ("Friday", "DATE", "2026-08-07")]),
    ("Last week, the council met on Tuesday and voted on Thursday.", date(2026, 7, 31),
     [("Last week", "DATE", "2026-W30"), ("Tuesday", "DATE", "2026-07-21"), ("Thursday", "DATE", "2026-07-23")]),
    ("Shares fell 3% last week and rose on Monday.", date(2026, 7, 31),
     [("last week", "DATE", "2026-W30"), ("Monday", "DATE", "2026-07-27")]),
    # a 24-hour clock time opening an item of a bulleted timeline; a figure there is none
    ("The fire broke out on Wednesday night. The timeline so far:\n- 01:14: first 999 call\n"
     "- 04:30 (approx.): last resident rescued\n- 2.5 million: people affected", date(2027, 6, 17),
     [("Wednesday night", "TIME", "2027-06-16TNI"), ("01:14", "TIME", "2027-06-17T01:14"),
      ("04:30", "TIME", "2027-06-17T04:30")]),
    # a title in capitals is no period ("THE WEEKEND REVIEW", "The Week in Economics"); "The week" in a sentence is
    ("THE WEEKEND REVIEW\n\nThe Week in Economics\n\nThe week ended with a rally.", date(2027, 9, 11),
     [("The week", "DATE", "2027-W36")]),
    # a plan booked for a month gone by is the nearest; "paid leave" is no departure
    ("The council has said an inspection was booked for July.", date(2027, 9, 11), [("July", "DATE", "2027-07")]),
    ("Sykes was placed on paid leave Wednesday night pending a review.", date(2027, 3, 11),
     [("Wednesday night", "TIME", "2027-03-10TNI")]),
    # a past clock time after the night of the publication day is that day's small hours, not the next day's
    ("Police said one man was missing on Wednesday night.\n\nThe embankment failed at 3.40am after water spilled over.",
     date(2027, 2, 17), [("Wednesday night", "TIME", "2027-02-17TNI"), ("3.40am", "TIME", "2027-02-17T03:40")]),
    ("Police stormed the palace on Monday night.\n\nGunfire rang out around 1 a.m.", date(2027, 2, 17),
     [("Monday night", "TIME", "2027-02-15TNI"), ("around 1 a.m.", "TIME", "2027-02-16T01:00")]),
    # a late evening told after a morning's time is that day's; after a time deep in the night, the evening before
    ("They sent a message at 6:40 a.m. on Saturday. They sent another at 8 p.m.", date(2028, 2, 14),
     [("6:40 a.m.", "TIME", "2028-02-12T06:40"), ("Saturday", "DATE", "2028-02-12"), ("8 p.m.", "TIME", "2028-02-12T20:00")]),
    ("The votes were counted by 3 a.m. on Saturday. The rival conceded after 10 p.m.", date(2028, 2, 14),
     [("3 a.m.", "TIME", "2028-02-12T03:00"), ("Saturday", "DATE", "2028-02-12"), ("10 p.m.", "TIME", "2028-02-11T22:00")]),
    # an hour said without a.m. or p.m. before "that afternoon", or beside "Good afternoon", is the afternoon's
    ("Nora vanished at a quarter past three that afternoon.", date(2028, 10, 9),
     [("a quarter past three", "TIME", "2028-10-09T15:15"), ("that afternoon", "TIME", "2028-10-09TAF")]),
    ("Good afternoon, it's one o'clock.", date(2028, 10, 9), [("one o'clock", "TIME", "2028-10-09T13:00")]),
    # ... so is a clock time with minutes, in digits; "that night" makes an hour from six on the evening's
    ("The boat sailed on Tuesday. At about 4.15 that same afternoon it sank. At 9:30 that night he radioed.",
     date(2026, 10, 28), [("Tuesday", "DATE", "2026-10-27"), ("about 4.15", "TIME", "2026-10-27T16:15"),
                          ("that same afternoon", "TIME", "2026-10-27TAF"), ("9:30", "TIME", "2026-10-27T21:30"),
                          ("that night", "TIME", "2026-10-27TNI")]),
    # ... and before a weekday's part of the day; an hour alone so, after a preposition of time (not a count: "It
    # cost 4 that night")
    ("It was just after 4:40 on Tuesday afternoon when the bridge went down. The search was called off at around 11 "
     "that night. It cost 4 that night.", date(2027, 3, 19),
     [("4:40", "TIME", "2027-03-16T16:40"), ("Tuesday afternoon", "TIME", "2027-03-16TAF"),
      ("around 11", "TIME", "2027-03-16T23:00"), ("that night", "TIME", "2027-03-16TNI"),
      ("that night", "TIME", "2027-03-16TNI")]),
    # an hour said without a.m. or p.m. a little before an afternoon's set beside it is the afternoon's: the same
    # moment in another zone
    ("The search formally ended at four o'clock this afternoon local time, three o'clock here.", date(2027, 3, 19),
     [("four o'clock this afternoon", "TIME", "2027-03-19T16:00"), ("three o'clock", "TIME", "2027-03-19T15:00")]),
    # "until at least Monday": the nearest Monday, as "until Monday"
    ("The SES said residents should not return to Kootingal until at least Monday.", date(2027, 11, 20),
     [("Monday", "DATE", "2027-11-22")]),
    # a night's clock time from twelve to five is in its small hours, the day after: "2:30 last night" is this
    # morning's, "12:30 last night" its first half hour; from six to eleven the evening's
    ("The alarm sounded at 2:30 last night and again at 12:30 last night, after a call at 11:15 last night.",
     date(2026, 10, 28), [("2:30 last night", "TIME", "2026-10-28T02:30"), ("12:30 last night", "TIME", "2026-10-28T00:30"),
                          ("11:15 last night", "TIME", "2026-10-27T23:15")]),
    ("Talks may run until 1:30 tonight.", date(2026, 10, 28), [("1:30 tonight", "TIME", "2026-10-29T01:30")]),
    ("Good morning, it's seven o'clock.", date(2028, 10, 9), [("seven o'clock", "TIME", "2028-10-09T07:00")]),
    # a police log's street block is no year; its log of a day labels it; a schedule word in a name is no verb
    ("A car was stolen in the 1500 block of Ashland Road.", date(2028, 1, 13), []),
    ("Police will run overnight patrols.", date(2028, 1, 13), []),
    ("Information can be given by calling 101 and quoting log 1024 of February 4.", date(2028, 2, 7),
     [("February 4", "DATE", "2028-02-04")]),
    ("The incidents are taken from Carver Falls Police Department call logs for Jan. 4.", date(2028, 1, 13),
     [("Jan. 4", "DATE", "2028-01-04")]),
    # "that morning" after a year named since the last day is that day's morning; a bare "dawn" is not moved so
    ("At 10 a.m. Sunday, police had a name: Dale Kroll. He had a 2014 conviction. Chief Avery read "
     "his name to reporters that morning.", date(2027, 6, 25),
     [("10 a.m. Sunday", "TIME", "2027-06-20T10:00"), ("2014", "DATE", "2014"), ("that morning", "TIME", "2027-06-20TMO")]),
    # a past plan for a month ("had originally been scheduled for June", "A vote planned for June was abandoned"),
    # written months after it, is the nearest such month; a plan for a weekday still lies ahead
    ("The vote had originally been scheduled for June, but was put off on June 3.", date(2027, 10, 20),
     [("June", "DATE", "2027-06"), ("June 3", "DATE", "2027-06-03")]),
    ("A vote planned for June was abandoned on 3 June.", date(2027, 10, 30),
     [("June", "DATE", "2027-06"), ("3 June", "DATE", "2027-06-03")]),
    ("A second attempt was planned for Monday's high tide.", date(2027, 2, 14), [("Monday", "DATE", "2027-02-15")]),
    # what "would" come, in a paragraph told from a year gone by, is in that year
    ("In the summer of 2026, the men ordered chemicals. Their target date was Christmas Eve, when the terminal would be "
     "packed.", date(2027, 7, 23), [("the summer of 2026", "DATE", "2026-SU"), ("Christmas Eve", "DATE", "2026-12-24")]),
    ("In the summer of 2026, the men ordered chemicals. The trial will end on Christmas Eve.", date(2027, 7, 23),
     [("the summer of 2026", "DATE", "2026-SU"), ("Christmas Eve", "DATE", "2027-12-24")]),
    # a day of the year every year
    ("The families gather every May 22 at the station.", date(2027, 7, 23), [("every May 22", "SET", "XXXX-05-22")]),
    ("A vigil is held every 22 May.", date(2027, 7, 23), [("every 22 May", "SET", "XXXX-05-22")]),
    # a cricket match's format is no length of time; a strike's is
    ("The third one-day international, a day-night game, was moved to Pune.", date(2027, 5, 22), []),
    ("Workers staged a one-day strike.", date(2027, 5, 22), [("one-day", "DURATION", "P1D")]),
    # a weekday in a masthead's name is no day
    ("THE SATURDAY LEDGER\n\nThe Sunday Gazette reported it. The council will review it on Monday.", date(2027, 5, 29),
     [("Monday", "DATE", "2027-05-31")]),
    # a masthead's line set off by bars is no headline: its capitalised words are a name ("Europa Weekly | Society")
    ("Europa Weekly | Society\n\nRates Rise Weekly As Costs Climb", date(2028, 3, 5), [("Weekly", "SET", "P1W")]),
    # "the Fed" is no past verb ("fed"): the present tense decides
    ("My bet: the Fed sits out July and cuts again in September.", date(2026, 6, 20),
     [("July", "DATE", "2026-07"), ("September", "DATE", "2026-09")]),
    # ---- session of 2026-12-06 (twenty-third) ----
    # minutes counted from or to midnight and noon, with the ones and without "minutes" before "past"
    ("The strike began at one minute past midnight on Thursday.", date(2026, 3, 6),
     [("one minute past midnight", "TIME", "2026-03-05T00:01"), ("Thursday", "DATE", "2026-03-05")]),
    ("Polls closed at five minutes to midnight and counting began at twenty past eight.", date(2026, 3, 6),
     [("five minutes to midnight", "TIME", "2026-03-06T23:55"), ("twenty past eight", "TIME", "2026-03-06T08:20")]),
    ("The odds were ten to one.", date(2026, 3, 6), []),
    # a dotted 24-hour clock before a place's time; four digits before one are no year
    ("The judge ruled at 1540 Singapore time on Thursday. The ship had left at 15.40 Hong Kong time on Wednesday.",
     date(2026, 7, 24), [("Thursday", "DATE", "2026-07-23"), ("15.40 Hong Kong time", "TIME", "2026-07-22T15:40"),
                         ("Wednesday", "DATE", "2026-07-22")]),
    # three units, the larger first; "exactly" as a modifier
    ("He crossed the line after three hours, 38 minutes and 12 seconds, exactly 24 hours after the start.",
     date(2026, 5, 23), [("three hours, 38 minutes and 12 seconds", "DURATION", "PT3H38M12S"),
                         ("exactly 24 hours", "DURATION", "PT24H")]),
    # a weekday naming a kind of work, the overnight leader of a race, an endurance race's name: no times
    ("They want Sunday working written into contracts; Sunday trading laws stay.", date(2026, 3, 5), []),
    ("The overnight leader crashed in the 24 Hours of Daytona.", date(2026, 5, 25), []),
    # a market's rate, a kind of loan, stay or service is no night
    ("The Fed kept its benchmark overnight rate at 4.25%; overnight index swaps priced a cut.", date(2026, 6, 17), []),
    ("Guests booked an overnight stay on the overnight train.", date(2026, 6, 17), []),
    ("Prices rose overnight as rates climbed.", date(2026, 6, 17), [("overnight", "TIME", "2026-06-16TNI")]),
    # a clock time with no tense cue after a paragraph that told yesterday's story: on yesterday
    ("Police yesterday fired tear gas at striking doctors.\n\nThe doctors set off from Uhuru Park at around 9am.",
     date(2027, 2, 3), [("yesterday", "DATE", "2027-02-02"), ("around 9am", "TIME", "2027-02-02T09:00")]),
    # a race's timetabled parts in a present clause, and "flies" as a verb of schedule, look ahead
    ("Sunday's 15th stage, 167 km from Livigno to Merano, is expected to go ahead.", date(2026, 5, 23),
     [("Sunday", "DATE", "2026-05-24")]),
    ("The team flies to Bahrain on Tuesday.", date(2026, 5, 23), [("Tuesday", "DATE", "2026-05-26")]),
    # weekdays set beside "last week" or "next week" are days of that week
    ("Last week's walkout, on Thursday and Friday, closed the network.", date(2026, 3, 12),
     [("Last week", "DATE", "2026-W10"), ("Thursday", "DATE", "2026-03-05"), ("Friday", "DATE", "2026-03-06")]),
    ("Next week, on Tuesday, ministers meet.", date(2026, 3, 12),
     [("Next week", "DATE", "2026-W12"), ("Tuesday", "DATE", "2026-03-17")]),
    # told in the past, a time late in the evening after one in the small hours, in a later sentence, is on the evening
    # before; in one sentence times run on
    ("The jet landed at 00:12Z on March 11 after an engine failure.\n\nIt had departed Chicago at 23:05Z.",
     date(2026, 3, 11), [("00:12Z", "TIME", "2026-03-11T00:12"), ("March 11", "DATE", "2026-03-11"),
                         ("23:05Z", "TIME", "2026-03-10T23:05")]),
    ("Polls opened at 07:00 on Thursday and closed at 22:00.", date(2027, 3, 19),
     [("07:00", "TIME", "2027-03-18T07:00"), ("Thursday", "DATE", "2027-03-18"), ("22:00", "TIME", "2027-03-18T22:00")]),
    # a relative clause in the simple past, set off by commas, dates only itself: the clock time after it is on the day
    # the story is at
    ("Voters queued from before dawn on Tuesday.\n\nPereira, 63, who topped the first round on March 20 with 44.3 per "
     "cent of the vote, cast his ballot shortly after 8 a.m.", date(2027, 4, 20),
     [("dawn on Tuesday", "TIME", "2027-04-20TMO"), ("March 20", "DATE", "2027-03-20"),
      ("8 a.m.", "TIME", "2027-04-20T08:00")]),
    # a weekday counted in every month is once a month
    ("He holds an open audience on the first Saturday of every month and a town hall on the last Friday of each month.",
     date(2027, 5, 21), [("the first Saturday of every month", "SET", "P1M"), ("the last Friday of each month", "SET", "P1M")]),
    # a past perfect in an indirect question ("where he had finished") makes its day no background: the clock times
    # after it are on that day, not on the publication day
    ("Ishida had to wait more than an hour to find out where he had finished at his home grand prix yesterday.\n\n"
     "He was promoted to second at around 4:45 p.m.", date(2026, 3, 30),
     [("more than an hour", "DURATION", "PT1H"), ("yesterday", "DATE", "2026-03-29"),
      ("around 4:45 p.m.", "TIME", "2026-03-29T16:45")]),
    # a year narrowed at once to a span of its months
    ("Doctors went on strike for 56 days in 2024, from March to May.", date(2027, 2, 3),
     [("56 days", "DURATION", "P56D"), ("2024", "DATE", "2024"), ("March", "DATE", "2024-03"), ("May", "DATE", "2024-05")]),
    # ---- session of 2026-12-06 (twentieth) ----
    # a schedule word that ends a name ("the Umgeni End") or counts ("by 66 runs") is no verb pointing ahead
    ("Bowling from the Umgeni End on Saturday morning, he took three wickets.", date(2026, 3, 9),
     [("Saturday morning", "TIME", "2026-03-07TMO")]),
    ("India were bowled out on Wednesday, losing by 66 runs in the Boxing Day Test.", date(2026, 12, 31),
     [("Wednesday", "DATE", "2026-12-30"), ("Boxing Day", "DATE", "2026-12-26")]),
    # (a headline in title case keeps its verb)
    ("Arsenal Host Chelsea On Sunday", date(2026, 3, 9), [("Sunday", "DATE", "2026-03-15")]),
    # a list of weekdays runs forward through one week, from the day of publication ...
    ("Authorities suspended classes on Wednesday and Thursday.", date(2026, 10, 21),
     [("Wednesday", "DATE", "2026-10-21"), ("Thursday", "DATE", "2026-10-22")]),
    ("Flights were cancelled for Wednesday, Thursday and Friday.", date(2026, 10, 21),
     [("Wednesday", "DATE", "2026-10-21"), ("Thursday", "DATE", "2026-10-22"), ("Friday", "DATE", "2026-10-23")]),
    # ... but not past publication when it starts before it: "Monday and Friday" in the past are the days gone by
    ("Clashes on Monday and Friday were reported.", date(2026, 10, 21),
     [("Monday", "DATE", "2026-10-19"), ("Friday", "DATE", "2026-10-16")]),
    # a holiday on a weekday is the one that falls on it; the weekday is its day
    ("With All Saints' Day on Sunday, officials warned of heavy traffic.", date(2026, 10, 29),
     [("All Saints' Day", "DATE", "2026-11-01"), ("Sunday", "DATE", "2026-11-01")]),
    ("Easter is on Sunday.", date(2027, 3, 24), [("Easter", "DATE", "2027-03-28"), ("Sunday", "DATE", "2027-03-28")]),
    # the Orthodox Easter by the Julian computus; the end of Ramadan as Turkish news names it; the Orthodox Christmas
    ("Greek Orthodox Easter falls on 12 April this year.", date(2026, 3, 18),
     [("Greek Orthodox Easter", "DATE", "2026-04-12"), ("12 April this year", "DATE", "2026-04-12")]),
    ("Shops closed for the Ramadan Bayram holiday.", date(2026, 3, 22), [("Ramadan Bayram", "DATE", "2026-03-20")]),
    ("Orthodox Christmas passed quietly.", date(2027, 1, 9), [("Orthodox Christmas", "DATE", "2027-01-07")]),
    # a 24-hour clock after "as of", an opening bracket or a bar; after "the" before what it labels
    ("As of 13:00 the situation was calm.", date(2027, 11, 10), [("13:00", "TIME", "2027-11-10T13:00")]),
    ("The quake struck at 03:17 (04:17 in Turkey).", date(2026, 3, 18),
     [("03:17", "TIME", "2026-03-18T03:17"), ("04:17", "TIME", "2026-03-18T04:17")]),
    ("10.11.2027 | 14:05", date(2027, 11, 10), [("10.11.2027", "DATE", "2027-11-10"), ("14:05", "TIME", "2027-11-10T14:05")]),
    ("Service resumed with the 08:30 departure.", date(2026, 3, 18), [("08:30", "TIME", "2026-03-18T08:30")]),
    # (not a clock with its hour in one digit: "at 5:15" is read as nothing rather than 05:15)
    ("\"I'll be ready at 5:15,\" he said.", date(2025, 10, 24), []),
    # "last evening" is yesterday evening; not "the last evening" of something
    ("In a statement issued last evening, the army said its troops held the base.", date(2027, 2, 16),
     [("last evening", "TIME", "2027-02-15TEV")]),
    ("It was the last evening of the festival.", date(2027, 2, 16), []),
    # the clock written "05h18", as South African copy writes it, with its zone and its day
    ("Boxing Day was grim. The last wicket fell at 05h18 SAST this morning.", date(2026, 12, 30),
     [("Boxing Day", "DATE", "2026-12-26"), ("05h18 SAST this morning", "TIME", "2026-12-30T05:18")]),
    ("Play resumes at 9h30.", date(2026, 12, 30), [("9h30", "TIME", "2026-12-30T09:30")]),
    ("The third Test starts at 01h30 SAST on Sunday, 3 January.", date(2026, 12, 30),
     [("01h30 SAST", "TIME", "2027-01-03T01:30"), ("Sunday, 3 January", "DATE", "2027-01-03")]),
    # "Independence Day" is the country's that its sentence names, or the one the article names most
    ("Mali marks Independence Day on Wednesday.", date(2027, 9, 20),
     [("Independence Day", "DATE", "2027-09-22"), ("Wednesday", "DATE", "2027-09-22")]),
    ("The truce in Mali holds, Malian officials said. Whether it survives Independence Day is another matter.",
     date(2027, 9, 20), [("Independence Day", "DATE", "2027-09-22")]),
    ("Fireworks are planned for Independence Day.", date(2027, 6, 20), [("Independence Day", "DATE", "2027-07-04")]),
    # ... and so is "Victory Day": Azerbaijan's 8 November, else Russia's 9 May
    ("Azerbaijan's Victory Day celebrations were held on Monday.", date(2027, 11, 12),
     [("Victory Day", "DATE", "2027-11-08"), ("Monday", "DATE", "2027-11-08")]),
    ("Victory Day parades were held.", date(2027, 5, 12), [("Victory Day", "DATE", "2027-05-09")]),
    # ... and "Republic Day": India's 26 January unless another country is named; the Day of the Dead
    ("Turkey marked Republic Day with parades.", date(2027, 11, 5), [("Republic Day", "DATE", "2027-10-29")]),
    ("Families gathered for the Day of the Dead on Tuesday.", date(2027, 11, 5),
     [("Day of the Dead", "DATE", "2027-11-02"), ("Tuesday", "DATE", "2027-11-02")]),
    # a year that straddles two, its second written in two digits, is one (a fiscal year, a season); not before a
    # lasting happening
    ("Sales rose 34% in 2025-26, and they were whitewashed on their 2011-12 tour.", date(2026, 3, 10),
     [("2025-26", "DATE", "2025"), ("2011-12", "DATE", "2011")]),
    ("The 1990-91 war ended.", date(2026, 3, 10), [("1990", "DATE", "1990"), ("91", "DATE", "1991")]),
    # a clock time before "Tuesday of last week" is on that Tuesday
    ("The quake struck shortly after 4am local time on Tuesday of last week.", date(2026, 3, 27),
     [("4am local time", "TIME", "2026-03-17T04:00"), ("Tuesday of last week", "DATE", "2026-03-17")]),
    # a bare clock time before "on" and a part of a day is on that day
    ("Clashes raged late on 9 November. A ceasefire took effect at nine o'clock on the morning of 10 November.",
     date(2027, 11, 19), [("9 November", "DATE", "2027-11-09"), ("nine o'clock", "TIME", "2027-11-10T09:00"),
                          ("the morning of 10 November", "TIME", "2027-11-10TMO")]),
    # the night that runs from one day into the next is the first day's night
    ("An incident occurred near the town on the night of 11 to 12 September.", date(2027, 9, 13),
     [("the night of 11 to 12 September", "TIME", "2027-09-11TNI")]),
    ("Shelling hit the town on the night of September 11-12.", date(2027, 9, 13),
     [("the night of September 11-12", "TIME", "2027-09-11TNI")]),
    ("Shelling hit the town on the night of Saturday to Sunday.", date(2027, 9, 13),
     [("the night of Saturday to Sunday", "TIME", "2027-09-11TNI")]),
    # an infinitive's "to" ends no span of days: "due to expire at midnight on Sunday" is the Sunday gone by
    ("On Monday he welcomed the extension of the truce, which had been due to expire at midnight on Sunday.",
     date(2027, 9, 13), [("Monday", "DATE", "2027-09-13"), ("midnight", "TIME", "2027-09-12T24:00"), ("Sunday", "DATE", "2027-09-12")]),
    # a bare "midnight" after a verb of beginning, in the past, began its day; one that ends it is its end
    ("Police reported clashes on Wednesday evening. The 24-hour strike began at midnight and was due to end at midnight "
     "Wednesday.", date(2026, 4, 1), [("Wednesday evening", "TIME", "2026-04-01TEV"), ("24-hour", "DURATION", "PT24H"),
                                      ("midnight", "TIME", "2026-04-01T00:00"),
                                      ("midnight Wednesday", "TIME", "2026-04-01T24:00")]),
    # a bare "midnight" after "after", "by", "from" is written as the day it begins; after "since", the one that
    # began its anchor's day; after "before", "until", the end of the day it ends
    ("The capsule docked at 22:12 GMT on Thursday, and the hatch was opened shortly after midnight.", date(2027, 3, 12),
     [("22:12 GMT", "TIME", "2027-03-11T22:12"), ("Thursday", "DATE", "2027-03-11"), ("midnight", "TIME", "2027-03-12T00:00")]),
    ("Fire crews were called to the house on Tuesday evening. By midnight the roof had collapsed.", date(2026, 9, 9),
     [("Tuesday evening", "TIME", "2026-09-08TEV"), ("midnight", "TIME", "2026-09-09T00:00")]),
    ("Officials said this afternoon that more than 350 people had been detected in small boats since midnight.",
     date(2026, 5, 21), [("this afternoon", "TIME", "2026-05-21TAF"), ("midnight", "TIME", "2026-05-21T00:00")]),
    ("The bar closed shortly before midnight.", date(2026, 5, 21), [("midnight", "TIME", "2026-05-20T24:00")]),
    # a clock time told as a saying's, around its setting, is on the publication day (as one right after "said" is)
    ("The coach was fired on Saturday. Whitcomb said at an 11 a.m. news conference that he had no regrets.",
     date(2025, 11, 10), [("Saturday", "DATE", "2025-11-08"), ("11 a.m.", "TIME", "2025-11-10T11:00")]),
    ("The deal was agreed on Thursday. The companies said in a statement issued at 7 a.m. London time (0600 GMT) that "
     "it would close next year.", date(2025, 9, 15),
     [("Thursday", "DATE", "2025-09-11"), ("7 a.m. London time", "TIME", "2025-09-15T07:00"),
      ("0600 GMT", "TIME", "2025-09-15T06:00"), ("next year", "DATE", "2026")]),
    ("The deal was agreed on Friday. The companies held a call with analysts at 9:30 a.m.", date(2025, 9, 15),
     [("Friday", "DATE", "2025-09-12"), ("9:30 a.m.", "TIME", "2025-09-15T09:30")]),
    ("The truce began on Wednesday. A local official said by telephone at 0800 GMT that the night had been calm.",
     date(2027, 9, 10), [("Wednesday", "DATE", "2027-09-08"), ("0800 GMT", "TIME", "2027-09-10T08:00")]),
    ("The minister resigned on Saturday. Luxon told reporters at the 1pm media conference that it was right.",
     date(2026, 3, 9), [("Saturday", "DATE", "2026-03-07"), ("1pm", "TIME", "2026-03-09T13:00")]),
    # a market quote's clock time is the level when the report was written, unless its sentence names a day; a clock
    # time after a figure that is no price keeps the story's day
    ("The deal was announced on Thursday. Van Maanen shares jumped 24% to 36.90 euros in Amsterdam by 0930 GMT.",
     date(2025, 9, 15), [("Thursday", "DATE", "2025-09-11"), ("0930 GMT", "TIME", "2025-09-15T09:30")]),
    ("The central bank held rates on Wednesday. The lira traded at 44.85 per dollar at 1030 GMT, little changed on the "
     "day.", date(2026, 3, 19), [("Wednesday", "DATE", "2026-03-18"), ("1030 GMT", "TIME", "2026-03-19T10:30"),
                                 ("the day", "DATE", "2026-03-19")]),
    ("The fire broke out on Tuesday. The plane fell 3,000 feet by 11:42 p.m.", date(2026, 3, 19),
     [("Tuesday", "DATE", "2026-03-17"), ("11:42 p.m.", "TIME", "2026-03-17T23:42")]),
    ("Shares fell 5% on Thursday and were down 2% at 1100 GMT.", date(2026, 3, 20),
     [("Thursday", "DATE", "2026-03-19"), ("1100 GMT", "TIME", "2026-03-19T11:00")]),
    # a clock time that labels a noun (with a word before it) takes the day right after the noun, with "on" or without
    ("Players were told at a 3 p.m. team meeting Sunday.", date(2025, 11, 10),
     [("3 p.m.", "TIME", "2025-11-09T15:00"), ("Sunday", "DATE", "2025-11-09")]),
    # ... and a bare clock time the day after it with a blank only, when the date's rule took its weekday
    ("Residents can attend a session at 6:30 p.m. Tuesday, March 16, at the library.", date(2027, 3, 8),
     [("6:30 p.m.", "TIME", "2027-03-16T18:30"), ("Tuesday, March 16", "DATE", "2027-03-16")]),
    ("The tournament committee ordered a 7am restart yesterday after play was suspended.", date(2026, 9, 7),
     [("7am", "TIME", "2026-09-06T07:00"), ("yesterday", "DATE", "2026-09-06")]),
    # a time stamp's clock time before its date and a short weekday; the last group of a number in groups is no year
    ("07:18, Wed, Aug 25, 2027 | UPDATED: 11:02, Wed, Aug 25, 2027", date(2027, 8, 25),
     [("07:18, Wed, Aug 25, 2027", "TIME", "2027-08-25T07:18"), ("11:02, Wed, Aug 25, 2027", "TIME", "2027-08-25T11:02")]),
    ("The Energy Ombudsman's helpline, 0330 440 1624, is free to call.", date(2027, 8, 25), []),
    # a measure's number before a hyphen is no year
    ("The 1500-watt heater and the 1200-seat hall were sold in 2026.", date(2027, 8, 25), [("2026", "DATE", "2026")]),
    # a date remembered is not the time the story is at: a clock time after it takes the day before it
    ("Organisers expect their largest turnout yet tomorrow, when Georgians commemorate the victims of 9 April 1989. "
     "The march will begin at 19:00 at the Philharmonic concert hall.", date(2026, 4, 8),
     [("tomorrow", "DATE", "2026-04-09"), ("9 April 1989", "DATE", "1989-04-09"), ("19:00", "TIME", "2026-04-09T19:00")]),
    # four digits glued to "hrs", as police statements write them, are a clock time whatever comes before
    ("A curfew from 2000hrs to 0600hrs was imposed after the incident on 4th March 2026 at about 1930hrs.",
     date(2026, 3, 6), [("2000hrs", "TIME", "2026-03-06T20:00"), ("0600hrs", "TIME", "2026-03-07T06:00"),
                        ("4th March 2026", "DATE", "2026-03-04"), ("1930hrs", "TIME", "2026-03-04T19:30")]),
    # a count in words restated in figures in brackets is one length
    ("A curfew for a period of seventy-two (72) hours; an appeal within thirty (30) days.", date(2026, 3, 6),
     [("seventy-two (72) hours", "DURATION", "PT72H"), ("thirty (30) days", "DURATION", "P30D")]),
    ("She was pulled alive some 42 hours after the quake.", date(2026, 3, 6), [("some 42 hours", "DURATION", "PT42H")]),
    # a part of the day capitalised before a capitalised word is a name
    ("A sewing operator at Sunrise Knit Composite Ltd said prayers were held at Sunset Boulevard at dawn.",
     date(2026, 6, 9), [("dawn", "TIME", "2026-06-09TMO")]),
    # an agreed plan's month lies ahead, however long the plan's words
    ("Eight OPEC+ countries agreed on Sunday to raise oil production by 206,000 barrels per day in April.",
     date(2026, 3, 2), [("Sunday", "DATE", "2026-03-01"), ("per day", "SET", "P1D"), ("April", "DATE", "2026-04")]),
    # a rule's start told with a participle lies ahead, as one told in the present
    ("ING and Macquarie have already trimmed savings rates, with ING's change taking effect on September 1.",
     date(2027, 8, 12), [("September 1", "DATE", "2027-09-01")]),
    # a happening called for, its day after it, lies ahead; a call "for calm" on a day is that day's
    ("Church leaders have called for a national day of prayer on Friday.", date(2026, 3, 8),
     [("Friday", "DATE", "2026-03-13")]),
    ("Police called for calm on Saturday after the clashes.", date(2026, 4, 10), [("Saturday", "DATE", "2026-04-04")]),
    # a month that labels pay is over, or under way, whatever the tense
    ("Every worker would receive their May wages by Monday.", date(2026, 6, 18),
     [("May", "DATE", "2026-05"), ("Monday", "DATE", "2026-06-22")]),
    ("The March figure will be released on April 14. The bureau will publish February's CPI on Sunday.",
     date(2026, 4, 2), [("March", "DATE", "2026-03"), ("April 14", "DATE", "2026-04-14"), ("February", "DATE", "2026-02"),
                        ("Sunday", "DATE", "2026-04-05")]),
    # "most recently" puts its date in the past; "beat" after "who" is a past
    ("The commissions meet every two months, most recently in September.", date(2027, 10, 1),
     [("every two months", "SET", "P2M"), ("recently", "DATE", "PAST_REF"), ("September", "DATE", "2027-09")]),
    ("The Proteas, who beat Australia 2-1 at home in March, are next in Test action.", date(2026, 12, 30),
     [("March", "DATE", "2026-03")]),
    # "so" joins another clause: its verb is not the tense of a date before it
    ("The bill was sent to the president on 8 April, so the deadline falls this Saturday.", date(2026, 4, 16),
     [("8 April", "DATE", "2026-04-08"), ("this Saturday", "DATE", "2026-04-18")]),
    # what is prepared for in the present lies ahead; what was prepared for keeps the past
    ("Rustaveli blocked for third night as protesters prepare for 9 April march", date(2026, 4, 10),
     [("9 April", "DATE", "2027-04-09")]),
    ("The team had prepared for Tuesday's meeting.", date(2026, 4, 9), [("Tuesday", "DATE", "2026-04-07")]),
    # so does one after "ahead of", whatever the tense of what led up to it; an alert issued for a day lies ahead
    ("Anger showed no sign of fading ahead of Thursday's anniversary march.", date(2026, 4, 8),
     [("Thursday", "DATE", "2026-04-09")]),
    ("Police had deployed ahead of Saturday's match.", date(2026, 9, 7), [("Saturday", "DATE", "2026-09-05")]),
    ("The weather service Arpae has issued an orange alert for Thursday and Friday.", date(2025, 10, 21),
     [("Thursday", "DATE", "2025-10-23"), ("Friday", "DATE", "2025-10-24")]),
    # a possessive weekday in a future clause names that day's happening: the nearest such day, before or after
    ("The government will respond to Tuesday's vote next week.", date(2026, 3, 18),
     [("Tuesday", "DATE", "2026-03-17"), ("next week", "DATE", "2026-W13")]),
    ("Fans will not want to watch the highlights of Wednesday's final session.", date(2026, 12, 31),
     [("Wednesday", "DATE", "2026-12-30")]),
    ("The champions will face Saturday's winners.", date(2026, 3, 18), [("Saturday", "DATE", "2026-03-21")]),
    # the end of a span after a clock time with no day of its own is placed by its own tense
    ("Talks ran from 9am to 5pm on Tuesday.", date(2026, 5, 21),
     [("9am", "TIME", "2026-05-19T09:00"), ("5pm", "TIME", "2026-05-19T17:00"), ("Tuesday", "DATE", "2026-05-19")]),
    ("Talks will run from 9am to 5pm on Tuesday.", date(2026, 5, 21),
     [("9am", "TIME", "2026-05-26T09:00"), ("5pm", "TIME", "2026-05-26T17:00"), ("Tuesday", "DATE", "2026-05-26")]),
    # a month or season after an adverb of frequency in its clause is any year's; not one before it
    ("The rainy season usually peaks in August and September.", date(2026, 10, 21),
     [("August", "DATE", "XXXX-08"), ("September", "DATE", "XXXX-09")]),
    ("The ferry normally runs in spring.", date(2026, 10, 21), [("spring", "DATE", "XXXX-SP")]),
    ("Markets will look to Aramco's prices for April, usually published around the fifth.", date(2026, 3, 2),
     [("April", "DATE", "2026-04")]),
    # a weekday's part of the day and the date in apposition are one expression
    ("Dindo intensified on Wednesday afternoon, October 21, PAGASA said.", date(2026, 10, 21),
     [("Wednesday afternoon, October 21", "TIME", "2026-10-21TAF")]),
    ("It will make landfall early Thursday morning, 22 October.", date(2026, 10, 21),
     [("early Thursday morning, 22 October", "TIME", "2026-10-22TMO")]),
    # a 24-hour clock after a preposition keeps its zone, a code or a place's time
    ("The quake struck at 03:17 Greek time.", date(2026, 3, 18), [("03:17 Greek time", "TIME", "2026-03-18T03:17")]),
    # the days of the Hajj and its feast as Gulf and Pakistani English name them
    ("Pilgrims gathered for the Day of Arafat on Tuesday, a day before Eidul Azha.", date(2026, 5, 28),
     [("Day of Arafat", "DATE", "2026-05-26"), ("Tuesday", "DATE", "2026-05-26"), ("a day", "DURATION", "P1D"),
      ("Eidul Azha", "DATE", "2026-05-27")]),
    # the small hours after an evening are the next day's, as those after a night are
    ("The boat left Sfax on Saturday evening with 52 people on board. It overturned at around 3:40 a.m., survivors "
     "said.", date(2026, 3, 16), [("Saturday evening", "TIME", "2026-03-14TEV"),
                                  ("around 3:40 a.m.", "TIME", "2026-03-15T03:40")]),
    # "falls" schedules a day of the calendar, as "begins" does
    ("Eid falls on Wednesday this year.", date(2026, 5, 23), [("Wednesday", "DATE", "2026-05-27"),
                                                             ("this year", "DATE", "2026")]),
    # "going" points ahead only before "to": "vessels going in and out" is a participle of motion
    ("Residents said they had watched vessels going in and out of the harbour on Thursday.", date(2026, 5, 23),
     [("Thursday", "DATE", "2026-05-21")]),
    ("They are going to vote on Thursday.", date(2026, 5, 23), [("Thursday", "DATE", "2026-05-28")]),
    # a schedule word after a compound adjective is a noun: "a follow-up visit on Jan. 12" points nowhere
    ("A follow-up visit on Jan. 12 found the colonies intact.", date(2027, 3, 4), [("Jan. 12", "DATE", "2027-01-12")]),
    ("They visit on Jan. 12.", date(2027, 3, 4), [("Jan. 12", "DATE", "2028-01-12")]),
    # ---- session of 2026-12-06 (eighteenth) ----
    # a fronted date's tense is the main clause's, past an aside that a clause opener starts (alone or after a span)
    ("On Wednesday, 50 years to the day after the dam failed, the people of the valley will gather.", MON,
     [("Wednesday", "DATE", "2012-03-28"), ("50 years", "DURATION", "P50Y")]),
    ("On Friday, hours before the polls close, voters will queue.", MON,
     [("Friday", "DATE", "2012-03-30")]),
    ("On Tuesday, after the talks collapsed, the union will strike.", MON, [("Tuesday", "DATE", "2012-03-27")]),
    # not an aside: the first clause is the main one, or the date is not fronted
    ("On Tuesday, police raided the camp, after the talks had collapsed.", MON, [("Tuesday", "DATE", "2012-03-20")]),
    ("They met on Tuesday, after the talks collapsed, and will meet again.", MON, [("Tuesday", "DATE", "2012-03-20")]),
    # a past form of four letters in "-ed" is a past cue ("died", "sued")
    ("Relatives of those who died on Tuesday will gather.", MON, [("Tuesday", "DATE", "2012-03-20")]),
    # a time stamp's clock with "am"/"PM" after a date without a comma, and a 24-hour clock with a dot before a zone
    ("Updated - July 04, 2024 12:41 am IST", date(2024, 7, 4), [("July 04, 2024 12:41 am IST", "TIME", "2024-07-04T00:41")]),
    ("Mon Dec 9, 2024 12:00 AM", date(2024, 12, 9), [("Mon Dec 9, 2024 12:00 AM", "TIME", "2024-12-09T00:00")]),
    ("Published: 12 Dec 2024 06:40 PM BdST", date(2024, 12, 12), [("12 Dec 2024 06:40 PM", "TIME", "2024-12-12T18:40")]),
    ("Fri 7 Nov 2025 07.00 GMT", date(2025, 11, 7), [("Fri 7 Nov 2025 07.00 GMT", "TIME", "2025-11-07T07:00")]),
    ("On 7 March 2026 12.50 percent of votes were counted.", date(2026, 3, 8), [("7 March 2026", "DATE", "2026-03-07")]),
    # a clock time before a day and month
    ("Published: 8:15pm, 11 Oct 2023", date(2023, 10, 11), [("8:15pm, 11 Oct 2023", "TIME", "2023-10-11T20:15")]),
    ("The signal was hoisted at 3.40am on 11 October.", date(2023, 10, 12),
     [("3.40am", "TIME", "2023-10-11T03:40"), ("11 October", "DATE", "2023-10-11")]),
    # a half as an adjective; not a game's
    ("The company reported first-half revenue of $2 billion.", date(2025, 9, 15), [("first-half", "DATE", "2025-H1")]),
    ("Smith scored a second-half goal.", date(2025, 9, 15), []),
    # numbers that are no years: a unit, a telephone line or number, a count
    ("The cross-dock at Unit 2019, Maasvlakte Plaza, is busy.", date(2025, 9, 15), []),
    ("Call the Storm Damage Hotline, 1823, or the emergency line on 1800 226 226.", date(2023, 10, 12), []),
    ("The fires destroyed more than 2000 homes in 1983.", date(2023, 2, 16), [("1983", "DATE", "1983")]),
    # a place of two words before "time" is a zone
    ("The call began at 5 p.m. New York time.", date(2025, 10, 29), [("5 p.m. New York time", "TIME", "2025-10-29T17:00")]),
    # holidays of South and East Asia
    ("Schools reopen before the Chung Yeung Festival.", date(2023, 10, 12), [("Chung Yeung Festival", "DATE", "2023-10-23")]),
    ("Thursday was Greenery Day.", date(2023, 5, 5), [("Thursday", "DATE", "2023-05-04"), ("Greenery Day", "DATE", "2023-05-04")]),
    ("Prices rose ahead of Eid-ul-Azha.", date(2024, 7, 4), [("Eid-ul-Azha", "DATE", "2024-06-16")]),
    ("The army marked Vijay Diwas on Monday.", date(2024, 12, 17), [("Vijay Diwas", "DATE", "2024-12-16"), ("Monday", "DATE", "2024-12-16")]),
    # ---- clock_24h_marked, clock_24h_marked_on_month_day, _on_day_month, _on_weekday ----
    ("It departed runway 28R at 23:05Z and landed at 00:12Z Mar 11th (19:12L Mar 10th).", date(2026, 3, 12),
     [("23:05Z", "TIME", "2026-03-10T23:05"), ("00:12Z Mar 11th", "TIME", "2026-03-11T00:12"),
      ("19:12L Mar 10th", "TIME", "2026-03-10T19:12")]),
    ("The train was the 06:12 hrs service from Carlisle.", date(2026, 10, 19), [("06:12 hrs", "TIME", "2026-10-19T06:12")]),
    ("At around 06:58 hrs on Thursday 15 October 2026 the train derailed.", date(2026, 10, 19),
     [("around 06:58 hrs", "TIME", "2026-10-15T06:58"), ("Thursday 15 October 2026", "DATE", "2026-10-15")]),
    ("Engineers arrived at 10:15 hrs on Friday.", date(2026, 10, 19), [("10:15 hrs", "TIME", "2026-10-16T10:15"), ("Friday", "DATE", "2026-10-16")]),
    ("The terminal reopens at 06:00 LT.", date(2026, 7, 6), [("06:00 LT", "TIME", "2026-07-06T06:00")]),
    ("The port closed at 0600 hrs local time.", date(2026, 7, 6), [("0600 hrs local time", "TIME", "2026-07-06T06:00")]),
    # a weekday, a capitalised part of the day and a capitalised word are a show's name
    ("She will perform on Saturday Night Live this fall.", date(2027, 10, 17), [("this fall", "DATE", "2027-FA")]),
    ("Rebels Attack Capital On Saturday Night In Surprise Raid", date(2027, 10, 17),
     [("Saturday Night", "TIME", "2027-10-16TNI")]),
    # a day that labels a document is the nearest such day, whatever the clause's tense
    ("The album debuts atop the list dated Oct. 23.", date(2027, 10, 17), [("Oct. 23", "DATE", "2027-10-23")]),
    ("Further to our advisory dated 03 July, we would like to inform you of changes.", date(2026, 7, 10),
     [("03 July", "DATE", "2026-07-03")]),
    # a day after "through" and a past form is the end of a stretch, placed as a target ("funded" is a participle)
    ("The House passed a bill that would keep the government funded through Dec. 17.", date(2027, 9, 22),
     [("Dec. 17", "DATE", "2027-12-17")]),
    # "this weekend" told in the past on a Monday is the weekend just gone; in the future the coming one
    ("His daughter told reporters this weekend that he was a devoted dad.", date(2026, 3, 16),
     [("this weekend", "DATE", "2026-W11-WE")]),
    ("The festival takes place this weekend.", date(2026, 3, 16), [("this weekend", "DATE", "2026-W12-WE")]),
    # a month or weekday traded for delivery lies ahead, whatever the trade verb's tense
    ("Futures for August delivery rose 2% on Friday.", date(2026, 7, 13),
     [("August", "DATE", "2026-08"), ("Friday", "DATE", "2026-07-10")]),
    ("Baseload power for Tuesday delivery settled at 265 pounds.", date(2026, 12, 7), [("Tuesday", "DATE", "2026-12-08")]),
    # ... and a month after a traded thing and "for", or before a power contract's name
    ("Benchmark Dutch gas for January rose as much as 7.4%.", date(2026, 12, 8), [("January", "DATE", "2027-01")]),
    ("The front-month January baseload contract rose.", date(2026, 12, 8), [("January", "DATE", "2027-01")]),
    ("Imports rose for November.", date(2026, 12, 8), [("November", "DATE", "2026-11")]),
    # ---- date_nth_weekend_of_month: the weekend of the month's n-th Saturday ----
    ("The relaunch is planned for the first weekend of June.", date(2026, 5, 14),
     [("the first weekend of June", "DATE", "2026-W23-WE")]),
    # ---- that_weekday: the weekday of the story's time ----
    ("He was hit by a car on Friday, March 6. Police seek anyone on the road that Friday.", date(2026, 3, 13),
     [("Friday, March 6", "DATE", "2026-03-06"), ("that Friday", "DATE", "2026-03-06")]),
    # ---- date_weekday_numeric: a month and a day after their weekday, the year from the weekday ----
    ("Tue 11/23 previews: $9.8M. Wed 11/24: $26.9M.", date(2027, 12, 1),
     [("Tue 11/23", "DATE", "2027-11-23"), ("Wed 11/24", "DATE", "2027-11-24")]),
    ("The team won 11/23 on Tuesday.", date(2027, 12, 1), [("Tuesday", "DATE", "2027-11-30")]),
    # ---- date_month_range_start ----
    ("Between March and May 2024, rains killed 300 people.", date(2025, 5, 3),
     [("March", "DATE", "2024-03"), ("May 2024", "DATE", "2024-05")]),
    ("It came a year after the floods of April and May 2024.", date(2025, 5, 3),
     [("a year", "DURATION", "P1Y"), ("April", "DATE", "2024-04"), ("May 2024", "DATE", "2024-05")]),
    # a headline's infinitive points ahead; a bare midnight on a day named after it ends that day
    ("Fuel prices to fall on Wednesday after rate cut\n\nMotorists will pay less, the department said.",
     date(2025, 6, 2), [("Wednesday", "DATE", "2025-06-04")]),
    ("The floods hit the estate shortly before midnight on Tuesday, April 29.", date(2025, 5, 3),
     [("midnight", "TIME", "2025-04-29T24:00"), ("Tuesday, April 29", "DATE", "2025-04-29")]),
    # Kenya's and South Africa's national days; "freedom day" in lower case is no holiday
    ("Kenya's Madaraka Day celebrations went ahead.", date(2025, 6, 5), [("Madaraka Day", "DATE", "2025-06-01")]),
    ("Prices have risen since Freedom Day.", date(2025, 6, 5), [("Freedom Day", "DATE", "2025-04-27")]),
    ("It was a freedom day for the prisoners.", date(2025, 6, 5), []),
    # a model year before a make and its model is no date; a year before a make that acts is
    ("The car, a 2014 Vauxhall Astra, was found burnt out.", date(2026, 3, 14), []),
    ("In 2014 Ford cut jobs.", date(2026, 3, 14), [("2014", "DATE", "2014")]),
    # a police log's number; a 24-hour clock in hours with its zone
    ("Call 101 quoting log 1798 of 6 March.", date(2026, 3, 9), [("6 March", "DATE", "2026-03-06")]),
    ("The water began rising at about 0300 hours EAT.", date(2025, 4, 30),
     [("0300 hours EAT", "TIME", "2025-04-30T03:00")]),
    # "through" after a past verb is a stretch gone by; a cue in a clause that "where" opens is that clause's; a
    # count's noun is no verb; a figure's comma closes no relative clause; "fly" after a team's name is ahead
    ('"Demand weakened through the summer and has not yet recovered," she said.', date(2025, 10, 29),
     [("the summer", "DATE", "2025-SU")]),
    # ... but not a passive participle after "be": what will be done through a month is ahead
    ("The bill will be debated through May.", MON, [("May", "DATE", "2012-05")]),
    ("The bill was debated through May.", MON, [("May", "DATE", "2011-05")]),
    # a comparison after a comma is another time's: its "ago" is no cue for the month before it
    ("Analysts expect demand to average 33.5 GW in January, 2.1 GW higher than a year ago.", MON,
     [("January", "DATE", "2013-01"), ("a year ago", "DATE", "2011")]),
    ("Demand averaged 33.5 GW in January, 2.1 GW higher than a year ago.", MON,
     [("January", "DATE", "2012-01"), ("a year ago", "DATE", "2011")]),
    ("The firm will host investors in New York on 9 December, where it had been expected to set a target.",
     date(2025, 10, 29), [("9 December", "DATE", "2025-12-09")]),
    ("Bangladesh won the decider on December 8 by 37 runs.", date(2024, 12, 17), [("December 8", "DATE", "2024-12-08")]),
    ("Shares, which closed at ¥16,725 on Tuesday, will resume trading on Monday.", date(2023, 5, 4),
     [("Tuesday", "DATE", "2023-05-02"), ("Monday", "DATE", "2023-05-08")]),
    ("Ireland fly to Abu Dhabi on Tuesday for a training camp.", date(2024, 12, 8), [("Tuesday", "DATE", "2024-12-10")]),
    # a day in a future sentence that went by at most three days before is that day, not next year's
    ("SQ890, scheduled to depart at 8.50am on Oct 11, was among those cancelled.", date(2023, 10, 12),
     [("8.50am", "TIME", "2023-10-11T08:50"), ("Oct 11", "DATE", "2023-10-11")]),
    ("The talks will resume on Oct 8.", date(2023, 10, 12), [("Oct 8", "DATE", "2024-10-08")]),
    # a numeric date with hyphens and a year of four digits, read in the article's order of day and month
    ("A bail order dated 25-11-2021 was cited.", date(2024, 10, 31), [("25-11-2021", "DATE", "2021-11-25")]),
    ("The order dated 11-05-2021 was cited.", date(2024, 10, 31), [("11-05-2021", "DATE", "2021-11-05")]),
    ("The ruling was upheld 5-4-21 in the end.", date(2024, 10, 31), []),
    # a weekday's part of the day in a shifted week is one expression
    ("Trains ran a full schedule from Thursday afternoon last week.", date(2023, 10, 19),
     [("Thursday afternoon last week", "TIME", "2023-10-12TAF")]),
    # a budget presented or delivered on a day in the present is timetabled
    ("Reeves delivers her budget on Wednesday.", date(2025, 11, 20), [("Wednesday", "DATE", "2025-11-26")]),
    # "eight years ago" counts from publication, not from the quarter under discussion; "a year ago" from the quarter
    ("Sales will rise in the current quarter. The chief, who took over eight years ago, praised sales that rose from a "
     "year ago.", date(2025, 10, 29), [("the current quarter", "DATE", "2025-Q4"), ("eight years ago", "DATE", "2017"),
                                       ("a year ago", "DATE", "2024-Q4")]),
    # ---- session of 2026-12-06 (sixteenth): tense cues and ISO timestamps ----
    ("The problem began at 2012-03-21T14:22Z and lasted hours.", THU,
     [("2012-03-21T14:22Z", "TIME", "2012-03-21T14:22")]),
    ("Logged at 2012-03-21 14:22:05 UTC, and again on 2012-03-22.", THU,
     [("2012-03-21 14:22:05 UTC", "TIME", "2012-03-21T14:22"), ("2012-03-22", "DATE", "2012-03-22")]),
    # "am" after a clock time is no verb: the past "halted" decides
    ("The strike halted services at 2:00 am (0000 GMT) on Tuesday.", MON,
     [("2:00 am", "TIME", "2012-03-20T02:00"), ("0000 GMT", "TIME", "2012-03-20T00:00"), ("Tuesday", "DATE", "2012-03-20")]),
    ("Queued requests kept trickling through until early Thursday.", MON, [("early Thursday", "DATE", "2012-03-22")]),
    ("Agencies were told to hunt for signs of compromise going back to at least March 30.", MON,
     [("March 30", "DATE", "2011-03-30")]),
    ("She is going back to Paris on Tuesday.", MON, [("Tuesday", "DATE", "2012-03-27")]),
    ("The teams agreed to the deal late Thursday.", MON, [("late Thursday", "DATE", "2012-03-22")]),
    ("The teams agreed to meet late Thursday.", MON, [("late Thursday", "DATE", "2012-03-29")]),
    ("Ocampo shot a 68 on Saturday.", THU, [("Saturday", "DATE", "2012-03-17")]),
    ("Eight countries agreed to a modest production increase for April.", THU, [("April", "DATE", "2012-04")]),
    ("He urged both sides to agree to an extension beyond the current expiry date of April 19.", THU,
     [("April 19", "DATE", "2012-04-19")]),
    # the Islamic calendar: a day of a month with its Hijri year, or without (the one the tense points to); the Hijri
    # year is no Gregorian one; the month under way; its first and last days
    ("The attack came early on Wednesday, 8 Ramadan 1447 (25 February 2026).", date(2026, 2, 28),
     [("Wednesday, 8 Ramadan 1447", "DATE", "2026-02-25"), ("25 February 2026", "DATE", "2026-02-25")]),
    ("Muslims should look for the crescent on the evening of Wednesday, 29 Ramadan.", date(2026, 3, 17),
     [("Wednesday, 29 Ramadan", "DATE", "2026-03-18")]),
    ("The fast of Ramadan 1447 ended in March.", date(2026, 6, 1), [("Ramadan 1447", "DATE", "2026-03"), ("March", "DATE", "2026-03")]),
    ("If it is not sighted, Ramadan will complete 30 days.", date(2026, 3, 17),
     [("Ramadan", "DATE", "2026-03"), ("30 days", "DURATION", "P30D")]),
    ("The talks resume after the end of Ramadan.", date(2026, 3, 14), [("the end of Ramadan", "DATE", "2026-03-19")]),
    ("The truce took effect on the first day of the holy month of Ramadan.", date(2026, 2, 25),
     [("the first day of the holy month of Ramadan", "DATE", "2026-02-18")]),
    # a holiday with its date in apposition is that date; more holidays
    ("The union promised not to strike before Whit Monday, 9 June.", date(2025, 6, 2),
     [("Whit Monday, 9 June", "DATE", "2025-06-09")]),
    ("The rally on Bastille Day, July 14, was cancelled.", date(2025, 7, 20), [("Bastille Day, July 14", "DATE", "2025-07-14")]),
    ("Today is a public holiday, Malvinas Day.", date(2026, 4, 2), [("Today", "DATE", "2026-04-02"), ("Malvinas Day", "DATE", "2026-04-02")]),
    ("Trains will run a Sunday timetable over Whitsun.", date(2025, 6, 2), [("Whitsun", "DATE", "2025-06-08")]),
    # a clock time and its alternative in brackets, after "(local time)", are on the day named after them
    # a place's time is the clock's zone; a weekday in brackets after a date restates it, in another zone the day next to it
    # a promise's limit lies ahead, whatever the promise's tense
    ("The union has promised not to strike before June 9.", date(2025, 6, 11), [("June 9", "DATE", "2026-06-09")]),
    ("The meeting started at 2pm UAE time (10am GMT) and the talks at 10 a.m. Yemen time.", THU,
     [("2pm UAE time", "TIME", "2012-03-22T14:00"), ("10am GMT", "TIME", "2012-03-22T10:00"),
      ("10 a.m. Yemen time", "TIME", "2012-03-22T10:00")]),
    ("The ceasefire began at 12am on Wednesday, February 18 (9pm GMT Tuesday).", date(2026, 2, 25),
     [("12am", "TIME", "2026-02-18T00:00"), ("Wednesday, February 18", "DATE", "2026-02-18"),
      ("9pm GMT Tuesday", "TIME", "2026-02-17T21:00")]),
    ("The show airs at 8 p.m. Prime Time.", THU, [("8 p.m.", "TIME", "2012-03-22T20:00")]),
    ("Paulette crossed the coast at about 4:00 pm (local time) (2100 GMT) on Tuesday.", THU,
     [("about 4:00 pm", "TIME", "2012-03-20T16:00"), ("2100 GMT", "TIME", "2012-03-20T21:00"), ("Tuesday", "DATE", "2012-03-20")]),
    ("The judges began reading their decision at 13h30.", MON, [("13h30", "TIME", "2012-03-26T13:30")]),
    ("The package is downloaded around 90,000 times a week.", MON, [("90,000 times a week", "SET", "P1W")]),
    # ... a quantity per hour; not a speed
    ("Aftershocks fell from more than 40 an hour to five.", MON, [("an hour", "SET", "PT1H")]),
    ("Winds of 100 miles an hour hit the coast.", MON, []),
    # a weekday and an ordinal day, without the month: the day that falls on that weekday
    ("The CGT will meet on Monday 13th to decide.", date(2026, 4, 9), [("Monday 13th", "DATE", "2026-04-13")]),
    ("They met on Friday the 8th.", date(2026, 5, 20), [("Friday the 8th", "DATE", "2026-05-08")]),
    # ... after a comma, an apposition: two expressions of one day
    ("The vote was held on Tuesday, the 16th.", date(2027, 3, 20),
     [("Tuesday", "DATE", "2027-03-16"), ("the 16th", "DATE", "2027-03-16")]),
    ("The vote is due next Thursday, the 25th.", date(2027, 3, 20),
     [("next Thursday", "DATE", "2027-03-25"), ("the 25th", "DATE", "2027-03-25")]),
    # (not an ordinal that starts a compound: "5th-seeded")
    ("He said on Monday, 5th-seeded Jones withdrew.", date(2027, 3, 20), [("Monday", "DATE", "2027-03-15")]),
    # a season reached by a target lies ahead, whatever the clause's tense
    ("He said last week that a deal was possible by the summer.", MON,
     [("last week", "DATE", "2012-W12"), ("the summer", "DATE", "2012-SU")]),
    # a quarter after a word that points ahead is the coming one, whatever the clause's tense
    ("The migration has been pulled forward to the third quarter.", MON, [("the third quarter", "DATE", "2012-Q3")]),
    ("The bank may hold rates at least until the fourth quarter.", MON, [("the fourth quarter", "DATE", "2012-Q4")]),
    ("Profit fell in the third quarter.", MON, [("the third quarter", "DATE", "2011-Q3")]),
    # a year of history that opens a sentence frames the past sentences after it in its paragraph
    ("In 1964, she talked her way into Mississippi. She arrived in Jackson on June 23rd and stayed until the end of "
     "August.", MON, [("1964", "DATE", "1964"), ("June 23rd", "DATE", "1964-06-23"), ("the end of August", "DATE", "1964-08")]),
    ("In the winter of 1976, the snow was deep. On Monday, March 8, it began to rain.", MON,
     [("the winter of 1976", "DATE", "1976-WI"), ("Monday, March 8", "DATE", "1976-03-08")]),
    # ... not a sentence in the future, nor after a date of publication's time
    ("In 1964, she went to Mississippi. A memorial will open on June 23.", MON,
     [("1964", "DATE", "1964"), ("June 23", "DATE", "2012-06-23")]),
    ("In 1964, she went to Mississippi. Last week she said she arrived there on June 23.", MON,
     [("1964", "DATE", "1964"), ("Last week", "DATE", "2012-W12"), ("June 23", "DATE", "2011-06-23")]),
    # "about" or "around" before a 24-hour clock time is part of it (mod APPROX), as before a 12-hour one
    ("The river broke through a levee at around 04:30 on Sunday.", MON, [("around 04:30", "TIME", "2012-03-25T04:30"), ("Sunday", "DATE", "2012-03-25")]),
    ("Complaints fell back to normal at around 2200 GMT.", MON, [("around 2200 GMT", "TIME", "2012-03-26T22:00")]),
    ("It struck at about 14:05 GMT.", MON, [("about 14:05 GMT", "TIME", "2012-03-26T14:05")]),
    ("Sales for February fell 3%.", THU, [("February", "DATE", "2012-02")]),
    # ---- split_year: a year that runs into the next, named by its first year ----
    ("The state closed FY2025-26 with a revenue surplus.", MON, [("FY2025-26", "DATE", "2025")]),
    ("Its fiscal 2011-12 ended with a loss.", MON, [("fiscal 2011-12", "DATE", "2011")]),
    ("Cuts are due by the end of the 2011/12 financial year.", MON,
     [("the end of the 2011/12 financial year", "DATE", "2011")]),
    ("The 1999-2000 financial year was hard.", MON, [("The 1999-2000 financial year", "DATE", "1999")]),
    ("Prices rose from 2009-2011.", MON, [("2009", "DATE", "2009"), ("2011", "DATE", "2011")]),  # two years
    ("Revenue fell in the current financial year.", MON, [("the current financial year", "DATE", "2012")]),
    # a day that "fell due" came
    ("The coupon fell due on Friday.", MON, [("Friday", "DATE", "2012-03-23")]),
    # a rule's start told in the present lies ahead
    ("The red warning comes into effect at 3am on Friday.", MON, [("3am", "TIME", "2012-03-30T03:00"), ("Friday", "DATE", "2012-03-30")]),
    ("The ban came into force on Saturday.", MON, [("Saturday", "DATE", "2012-03-24")]),
    # a cue after a comma and "with" is the phrase's, not the clause's
    ("The first game is at home to Penmarsh City on Saturday, with kick-off brought forward to 12.30pm.", MON,
     [("Saturday", "DATE", "2012-03-31"), ("12.30pm", "TIME", "2012-03-31T12:30")]),
    # "through" a weekday after a noun is the nearest one, as "until" is
    ("Forecasters issued a red flag warning through 8 p.m. Wednesday.", MON,
     [("8 p.m. Wednesday", "TIME", "2012-03-28T20:00")]),
    # the end of a period reported on, in a future sentence, is the nearest such day
    ("The bank is due to publish results for the six months to Dec. 31 on April 20.", MON,
     [("the six months", "DURATION", "P6M"), ("Dec. 31", "DATE", "2011-12-31"), ("April 20", "DATE", "2012-04-20")]),
    # a clock time that labels a noun is on the day after the noun
    ("Six convicts escaped shortly after the 10pm lock-up on Saturday.", MON,
     [("10pm", "TIME", "2012-03-24T22:00"), ("Saturday", "DATE", "2012-03-24")]),
    # a zone code only in capitals, so that "at" after a clock time is no zone; more zones of Asia
    ("The robbery happened shortly before 10:45 a.m. at the First Harbor Savings branch.", MON,
     [("10:45 a.m.", "TIME", "2012-03-26T10:45")]),
    ("The bulletin at 18:30 PHT said the storm had weakened.", MON, [("18:30 PHT", "TIME", "2012-03-26T18:30")]),
    ("Officers arrived at approximately 0615 hours.", MON, [("0615 hours", "TIME", "2012-03-26T06:15")]),
    ("He was located at approximately 0020 hours Sunday by a K-9 unit.", MON, [("0020 hours Sunday", "TIME", "2012-03-25T00:20")]),
    # a time restated in brackets in another zone is no new time of the story
    ("The quake struck at 2:14 a.m. local time on Monday (1714 GMT Sunday). A warning was issued at 2:20 a.m.", MON,
     [("2:14 a.m. local time", "TIME", "2012-03-26T02:14"), ("Monday", "DATE", "2012-03-26"), ("1714 GMT Sunday", "TIME", "2012-03-25T17:14"),
      ("2:20 a.m.", "TIME", "2012-03-26T02:20")]),
    ("Liftoff came at 14:32:07 UTC.", MON, [("14:32:07 UTC", "TIME", "2012-03-26T14:32")]),
    # a quotation's days count from the day it was said, in the sentence before it or over several sentences
    ('Sir Anthony said in a statement on Friday. "The board and I agreed today that a change is needed."', MON,
     [("Friday", "DATE", "2012-03-23"), ("today", "DATE", "2012-03-23")]),
    ('The minister said on Saturday: "Yesterday we wrote to them. Today we have asked for talks."', MON,
     [("Saturday", "DATE", "2012-03-24"), ("Yesterday", "DATE", "2012-03-23"), ("Today", "DATE", "2012-03-24")]),
    ('The union said on Saturday the talks had failed. "We strike today," union leader Joe Bloggs said.', MON,
     [("Saturday", "DATE", "2012-03-24"), ("today", "DATE", "2012-03-26")]),  # another speaker: no saying day
    # holidays of Japan, Ireland and Australia
    ("Shops close on Children's Day.", MON, [("Children's Day", "DATE", "2012-05-05")]),
    ("Traffic will be heavy over the June bank holiday weekend.", MON, [("June bank holiday", "DATE", "2012-06-04")]),
    ("The King's Birthday falls on a Monday.", MON, [("King's Birthday", "DATE", "2012-06-11")]),
    ('Menendez told reporters on Saturday that the family was relieved. "Yesterday was for Denise," she said then.', MON,
     [("Saturday", "DATE", "2012-03-24"), ("Yesterday", "DATE", "2012-03-23")]),
    ("The launch is planned for Thursday, with Friday held in reserve.", MON,
     [("Thursday", "DATE", "2012-03-29"), ("Friday", "DATE", "2012-03-30")]),  # a participle of "with", no past
    # a weekday and a clock time opening a live blog's line are its entry's stamp: on or before publication, whatever
    # the entry's tense (not in a programme, which is no live blog)
    ("LIVE: Outage updates\n\nWednesday, 6:10 p.m. - The utility now says power may not return until Friday.\n",
     date(2027, 7, 23), [("Wednesday", "DATE", "2027-07-21"), ("6:10 p.m.", "TIME", "2027-07-21T18:10"),
                         ("now", "DATE", "PRESENT_REF"), ("Friday", "DATE", "2027-07-23")]),
    ("Schedule\n\nWednesday, 6:10 p.m. - The utility will brief reporters.\n", date(2027, 7, 23),
     [("Wednesday", "DATE", "2027-07-28"), ("6:10 p.m.", "TIME", "2027-07-28T18:10")]),
    # "that same" is "that": the day, part of the day, weekday, season or year the story is at
    ("Ardent's answer came on May 25. Tamsin withdrew that same Thursday, and that same afternoon Ardent told staff "
     "that jobs would go. That same day the judge approved the loan.", date(2028, 6, 30),
     [("May 25", "DATE", "2028-05-25"), ("that same Thursday", "DATE", "2028-05-25"),
      ("that same afternoon", "TIME", "2028-05-25TAF"), ("That same day", "DATE", "2028-05-25")]),
    # a count of days after a period that holds the day last named goes on from that day
    ("The bid came on May 8. The surprise of the spring came eight days later.", date(2028, 6, 30),
     [("May 8", "DATE", "2028-05-08"), ("the spring", "DATE", "2028-SP"), ("eight days later", "DATE", "2028-05-16")]),
    # such an entry was written on its stamp's day: its "this morning" and "from noon" are that day's, up to the line
    # that opens the next entry
    ("LIVE: Outage updates\n\nWednesday, 8:30 a.m. - Volunteers will be at the hall from noon. The map has been down "
     "since this morning.\n\nYesterday, 10:50 p.m. - Crews said they would finish today.\n\n9:05 a.m. - It is hot this "
     "morning.\n", date(2027, 7, 23),
     [("Wednesday", "DATE", "2027-07-21"), ("8:30 a.m.", "TIME", "2027-07-21T08:30"),
      ("noon", "TIME", "2027-07-21T12:00"), ("this morning", "TIME", "2027-07-21TMO"),
      ("Yesterday", "DATE", "2027-07-22"), ("10:50 p.m.", "TIME", "2027-07-22T22:50"), ("today", "DATE", "2027-07-22"),
      ("9:05 a.m.", "TIME", "2027-07-23T09:05"), ("this morning", "TIME", "2027-07-23TMO")]),
    # (not in a text that is no live blog)
    ("Updates\n\nWednesday, 8:30 a.m. - Volunteers will be at the hall from noon.\n", date(2027, 7, 23),
     [("Wednesday", "DATE", "2027-07-28"), ("8:30 a.m.", "TIME", "2027-07-28T08:30"),
      ("noon", "TIME", "2027-07-28T12:00")]),
    # a clock time told without a zone goes on from the last day told in local time, not from one told in UTC
    ("The quake hit at 2:14 a.m. on Tuesday. The USGS timed it at 18:14 UTC on March 8. A tsunami warning was issued at "
     "2:25 a.m.", date(2027, 3, 9),
     [("2:14 a.m.", "TIME", "2027-03-09T02:14"), ("Tuesday", "DATE", "2027-03-09"),
      ("18:14 UTC", "TIME", "2027-03-08T18:14"), ("March 8", "DATE", "2027-03-08"),
      ("2:25 a.m.", "TIME", "2027-03-09T02:25")]),
    # an adjective in "un-" and "-ed" is no past ("unvaccinated students"); a verb of undoing is ("unveiled")
    ("The school will begin excluding unvaccinated students on Monday.", date(2027, 9, 11),
     [("Monday", "DATE", "2027-09-13")]),
    ("The company unveiled its plan on Monday.", date(2027, 9, 11), [("Monday", "DATE", "2027-09-06")]),
    # a range of days with their weekdays
    ("The festival will go ahead from Friday 13 to Sunday 15 April.", MON,
     [("Friday 13", "DATE", "2012-04-13"), ("Sunday 15 April", "DATE", "2012-04-15")]),
    # ---- the edge of a quarter, a half, a fiscal year ----
    ("It expects to finish by the end of the third quarter of 2012.", MON,
     [("the end of the third quarter of 2012", "DATE", "2012-Q3")]),
    ("The plant will open before the end of fiscal 2014.", MON, [("the end of fiscal 2014", "DATE", "2014")]),
    # ---- weekday_shift_after: the shift after the weekday ----
    ("Campaigning will end on Thursday next.", MON, [("Thursday next", "DATE", "2012-03-29")]),  # as "next Thursday"
    ("The meeting was held on Friday last.", MON, [("Friday last", "DATE", "2012-03-23")]),
    ("He arrived on Friday last week.", MON, [("Friday last week", "DATE", "2012-03-23")]),
    ("They will meet on Tuesday next year.", MON, [("Tuesday", "DATE", "2012-03-27"), ("next year", "DATE", "2013")]),
    # ---- date_ordinal_day_instant and _ultimo: this month's day, last month's ----
    ("Results were declared on the 8th instant.", MON, [("the 8th instant", "DATE", "2012-03-08")]),
    ("We refer to your letter of the 3rd ultimo.", MON, [("the 3rd ultimo", "DATE", "2012-02-03")]),
    # ---- duration_unit_long: one unit and "-long" ----
    ("The month-long campaign ended.", MON, [("month-long", "DURATION", "P1M")]),
    ("The fortnight-long strike began.", MON, [("fortnight-long", "DURATION", "P2W")]),
    # a rate of speed and a share of a percent are no lengths of time
    ("Winds of 120 miles an hour battered the coast.", MON, []),
    ("The ferry sails at 30 kilometres per hour.", MON, []),
    ("The Fed left its rate at four and a quarter percent.", MON, []),
    ("The bank raised rates to three and three-quarters per cent.", MON, []),
    # ---- date_month_day_year ----
    ("Talks were held on March 22, 2012.", MON, [("March 22, 2012", "DATE", "2012-03-22")]),
    ("The treaty was signed Jan. 5, 1998, in Paris.", MON, [("Jan. 5, 1998", "DATE", "1998-01-05")]),
    ("He was born on Sept. 3rd, 1950.", MON, [("Sept. 3rd, 1950", "DATE", "1950-09-03")]),
    ("The vote of October 12 2011 was annulled.", MON, [("October 12 2011", "DATE", "2011-10-12")]),
    ("The ceasefire of August 1, 1990 held.", MON, [("August 1, 1990", "DATE", "1990-08-01")]),
    # a day without a year next to a date of its sentence with one: the year that puts it near that date
    ("She won the leadership in July 2016, weeks after the referendum on 23 June.", date(2018, 12, 13),
     [("July 2016", "DATE", "2016-07"), ("23 June", "DATE", "2016-06-23")]),
    ("Sales, which peaked in July 2016, fell on March 5.", date(2018, 12, 13),
     [("July 2016", "DATE", "2016-07"), ("March 5", "DATE", "2018-03-05")]),
    ("The deal, signed on March 2, 2011, will expire on June 30.", MON,
     [("March 2, 2011", "DATE", "2011-03-02"), ("June 30", "DATE", "2012-06-30")]),
    # ---- date_day_month_year ----
    ("It happened on 22 March 2012.", MON, [("22 March 2012", "DATE", "2012-03-22")]),
    ("Elections took place on the 5th of May, 2002.", MON, [("the 5th of May, 2002", "DATE", "2002-05-05")]),
    ("He died on 1 January 1990 in Kati.", MON, [("1 January 1990", "DATE", "1990-01-01")]),
    # ---- date_weekday_month_day_year ----
    ("On Wednesday, March 21, 2012, soldiers rebelled.", MON, [("Wednesday, March 21, 2012", "DATE", "2012-03-21")]),
    # a weekday's short form without a stop, capitalised and right before a full date
    ("Posted: Sat 17 Mar 2012 19:45 GMT", MON, [("Sat 17 Mar 2012 19:45 GMT", "TIME", "2012-03-17T19:45")]),
    ("Thu, March 22, 2012 - Soldiers rebelled.", MON, [("Thu, March 22, 2012", "DATE", "2012-03-22")]),
    ("He sat 17 March 2012 exams.", MON, [("17 March 2012", "DATE", "2012-03-17")]),
    ("The Sun 17 March 2012 edition sold out.", MON, [("17 March 2012", "DATE", "2012-03-17")]),
    ("The column ran Friday, Jan. 9, 1998.", MON, [("Friday, Jan. 9, 1998", "DATE", "1998-01-09")]),
    # ---- date_weekday_month_day ----
    ("Soldiers struck on Wednesday, March 21 at dawn.", MON,
     [("Wednesday, March 21", "DATE", "2012-03-21"), ("dawn", "TIME", "2012-03-21TMO")]),
    ("The summit opens on Friday, April 6.", MON, [("Friday, April 6", "DATE", "2012-04-06")]),
    ("The last meeting was on Tuesday, April 5.", MON, [("Tuesday, April 5", "DATE", "2011-04-05")]),
    # a shift word before the weekday is part of the date, and changes nothing
    ("Inflation figures are due next Wednesday, March 28.", MON, [("next Wednesday, March 28", "DATE", "2012-03-28")]),
    # ---- date_weekday_day_month ----
    ("The mutiny began on Wednesday 21 March in Kati.", MON, [("Wednesday 21 March", "DATE", "2012-03-21")]),
    ("It ended on Thursday the 22nd of March.", MON, [("Thursday the 22nd of March", "DATE", "2012-03-22")]),
    ("The vote was held on Sunday 29th April 2007.", MON, [("Sunday 29th April 2007", "DATE", "2007-04-29")]),
    ("He arrived last Tuesday 20 March.", MON, [("last Tuesday 20 March", "DATE", "2012-03-20")]),
    # ---- date_weekday_bracketed_day_month, date_weekday_bracketed_month_day ----
    ("The final on Friday (30 March) will be a holiday.", MON, [("Friday (30 March)", "DATE", "2012-03-30")]),
    ("The vote is on Sunday (April 1).", MON, [("Sunday (April 1)", "DATE", "2012-04-01")]),
    # ---- date_month_day ----
    ("The vote was on Mar. 22 in Bamako.", MON, [("Mar. 22", "DATE", "2012-03-22")]),
    ("Aug 17: The two sides sign a declaration.", MON, [("Aug 17", "DATE", "2012-08-17")]),
    # a date that names a group is a name
    ("Rebels of the March 23 Movement and the 26th of July Movement met the 1922 Committee in 2012.", MON,
     [("2012", "DATE", "2012")]),
    ("The shop opens on May 17:30 is closing time.", MON, [("May", "DATE", "2012-05")]),
    ("The sale will be completed around Nov. 1.", M89, [("around Nov. 1", "DATE", "1989-11-01")]),
    ("Elections are set for April 29.", THU, [("April 29", "DATE", "2012-04-29")]),
    ("The dividend is payable Dec. 1.", D89, [("Dec. 1", "DATE", "1989-12-01")]),
    ("Its fiscal year ended Sept. 30.", D89, [("Sept. 30", "DATE", "1989-09-30")]),
    ("The offer was extended to Nov. 20.", N89, [("Nov. 20", "DATE", "1989-11-20")]),
    ("The fiscal year ended Oct. 31.", M89, [("The fiscal year", "DURATION", "P1Y"), ("Oct. 31", "DATE", "1988-10-31")]),
    ("The company declared a dividend to holders of record Nov. 10.", D89, [("Nov. 10", "DATE", "1989-11-10")]),
    ("He said the talks began Jan. 13.", F98, [("Jan. 13", "DATE", "1998-01-13")]),
    ("May 3 is the deadline.", MON, [("May 3", "DATE", "2012-05-03")]),
    ("The index hit a record on Aug. 6.", date(1998, 2, 6), [("Aug. 6", "DATE", "1997-08-06")]),
    ("The rule, effective June 1, was approved.", D89, [("June 1", "DATE", "1990-06-01")]),
    ("The thrift announced the plan Aug. 21.", date(1989, 10, 27), [("Aug. 21", "DATE", "1989-08-21")]),
    ("The stock split would be paid on a still unspecified date to holders of record Dec. 21.", D89,
     [("Dec. 21", "DATE", "1989-12-21")]),
    # ---- date_day_month ----
    ("Soldiers attacked on 22 March.", MON, [("22 March", "DATE", "2012-03-22")]),
    ("Celebrations are planned for the 4th of July.", MON, [("the 4th of July", "DATE", "2012-07-04")]),
    ("The ship sank on 2 April.", MON, [("2 April", "DATE", "2011-04-02")]),
    # ---- date_day_range_start, date_month_day_range_start, date_range_end, date_year_range_start ----
    ("The talks, held on March 21-22, failed.", MON, [("March 21", "DATE", "2012-03-21"), ("22", "DATE", "2012-03-22")]),
    ("Fighting raged on March 21 and 22.", MON, [("March 21", "DATE", "2012-03-21"), ("22", "DATE", "2012-03-22")]),
    ("The vote took place March 21-22, 2011.", MON,
     [("March 21", "DATE", "2011-03-21"), ("22, 2011", "DATE", "2011-03-22")]),
    ("The summit was held on 21-22 March 2011.", MON,
     [("21", "DATE", "2011-03-21"), ("22 March 2011", "DATE", "2011-03-22")]),
    ("The conference runs from 3 to 5 April.", MON, [("3", "DATE", "2012-04-03"), ("5 April", "DATE", "2012-04-05")]),
    ("The 1990-91 rebellion ended.", MON, [("1990", "DATE", "1990"), ("91", "DATE", "1991")]),
    # a year that straddles two before the season, budget or academic year it names is one expression, the first year
    ("The 2012/13 season and the 1999-00 budget ended; the 2026-27 academic year begins.", MON,
     [("2012/13", "DATE", "2012"), ("1999-00", "DATE", "1999"), ("the 2026-27 academic year", "DATE", "2026")]),
    ("Shots rang out on the night of 21/22 March.", MON,
     [("21", "DATE", "2012-03-21"), ("22 March", "DATE", "2012-03-22")]),
    ("On March 21, the index rose 3 to 5 points; March 22-20 is no range.", MON,
     [("March 21", "DATE", "2012-03-21"), ("March 22", "DATE", "2012-03-22")]),
    # ---- date_month_year ----
    ("In January 2012, rebels began attacks.", MON, [("January 2012", "DATE", "2012-01")]),
    ("The law took effect in May of 1998.", MON, [("May of 1998", "DATE", "1998-05")]),
    ("It should be ready by June, 2013.", MON, [("June, 2013", "DATE", "2013-06")]),
    ("Sales peaked in December 1999.", MON, [("December 1999", "DATE", "1999-12")]),
    # ---- date_month ----
    ("The rebels attacked in January.", MON, [("January", "DATE", "2012-01")]),
    ("Elections will be held in April.", MON, [("April", "DATE", "2012-04")]),
    ("Elections were held in April.", MON, [("April", "DATE", "2011-04")]),
    ("The talks are supposed to end by May.", THU, [("May", "DATE", "2012-05")]),
    ("The report is due in December.", MON, [("December", "DATE", "2012-12")]),
    ("Her properties were worth twice as much in October.", J98, [("October", "DATE", "1997-10")]),
    ("The loans run through January.", D89, [("January", "DATE", "1990-01")]),
    ("The candidates in the planned April election withdrew.", MON, [("April", "DATE", "2012-04")]),
    # a year that opens the sentence frames its months and days; elsewhere it does not
    ("In 2005, Hurricane Wilma hit Florida in October.", MON, [("2005", "DATE", "2005"), ("October", "DATE", "2005-10")]),
    ("Interestingly, in 1998, the company was sold on March 3.", MON,
     [("1998", "DATE", "1998"), ("March 3", "DATE", "1998-03-03")]),
    ("He was born in 1950 and died in March.", MON, [("1950", "DATE", "1950"), ("March", "DATE", "2012-03")]),
    # ---- date_month_before_pronoun ----
    ("In May we voted for change.", MON, [("May", "DATE", "2011-05")]),
    # ---- date_month_before_name, date_month_in_title: a month that is also a given name, before a name ----
    ("In June Parliament voted to extend the mandate.", MON, [("June", "DATE", "2011-06")]),
    ("Mali Junta Sets June Vote", MON, [("June", "DATE", "2012-06")]),
    ("He met June Carter in May.", MON, [("May", "DATE", "2011-05")]),
    ("Since January they have marched daily.", MON, [("January", "DATE", "2012-01"), ("daily", "SET", "P1D")]),
    # ---- date_month_shifted_year ----
    ("In June last year, the leadership split.", date(1998, 2, 19), [("June last year", "DATE", "1997-06")]),
    # "the following day" counts from the day its previous sentence named, not from a quarter named after it
    ("Shares have lost 60% since Sept. 15, when sales fell 18% in its fiscal second quarter. They fell another 12% "
     "the following day.", date(2025, 9, 26), [("Sept. 15", "DATE", "2025-09-15"),
                                              ("fiscal second quarter", "DATE", "2025-Q2"),
                                              ("the following day", "DATE", "2025-09-16")]),
    # the second of two joined months is the first such month after the one before, whatever the tense after it
    ("Temperatures fall below freezing in March and April, and aid groups warned of illness.", date(2025, 3, 10),
     [("March", "DATE", "2025-03"), ("April", "DATE", "2025-04")]),
    ("Talks are planned for December and January.", date(2025, 3, 10),
     [("December", "DATE", "2025-12"), ("January", "DATE", "2026-01")]),
    # a morning clock time after a night is the next morning's
    ("Flames jumped the highway on Sunday night. New evacuation orders came at about 6 a.m.", date(2025, 7, 14),
     [("Sunday night", "TIME", "2025-07-13TNI"), ("about 6 a.m.", "TIME", "2025-07-14T06:00")]),
    # a clock time, its alternative in brackets, then its day without "on"
    ("Polls closed at 8 p.m. (1800 GMT) yesterday.", date(2025, 5, 19),
     [("8 p.m.", "TIME", "2025-05-18T20:00"), ("1800 GMT", "TIME", "2025-05-18T18:00"),
      ("yesterday", "DATE", "2025-05-18")]),
    # ... but only a day right after it: not one a later sentence names (02:45 GMT, the same moment as 9:45pm
    # local time that Thursday, is early on Friday)
    ("Thursday night's countdown was halted before the window was due to open at 9:45pm local time (02:45 GMT) "
     "because winds were too strong. On Tuesday, the countdown had stopped.", date(2025, 11, 21),
     [("Thursday night", "TIME", "2025-11-20TNI"), ("9:45pm local time", "TIME", "2025-11-20T21:45"),
      ("02:45 GMT", "TIME", "2025-11-21T02:45"), ("Tuesday", "DATE", "2025-11-18")]),
    # "starting" after a past verb is no plan: the past verb places the weekday
    ("Rain fell for about 36 hours starting late Friday.", date(2025, 7, 22),
     [("about 36 hours", "DURATION", "PT36H"), ("late Friday", "DATE", "2025-07-18")]),
    ("The new rules apply starting Monday.", date(2025, 7, 22), [("Monday", "DATE", "2025-07-28")]),
    # a weekday that its date follows is that date's, after a clock time with its zone too
    ("The window closes at 11 p.m. GMT on Monday, February 3.", date(2025, 1, 17),
     [("11 p.m. GMT", "TIME", "2025-02-03T23:00"), ("Monday, February 3", "DATE", "2025-02-03")]),
    ("He was granted bail on 21 November last year.", date(2025, 6, 3), [("21 November last year", "DATE", "2024-11-21")]),
    ("He was arrested on November 14 last year.", date(2025, 6, 3), [("November 14 last year", "DATE", "2024-11-14")]),
    ("The plant opens on the 3rd of March next year.", date(2025, 6, 3),
     [("the 3rd of March next year", "DATE", "2026-03-03")]),
    ("In January this year, police searched the area.", date(1998, 2, 19), [("January this year", "DATE", "1998-01")]),
    ("The vote is due in March next year.", MON, [("March next year", "DATE", "2013-03")]),
    # ---- date_year ----
    ("He launched a coup in 1991.", MON, [("1991", "DATE", "1991")]),
    ("The rebellions (1962-1964 and 1990-1995) failed.", MON,
     [("1962", "DATE", "1962"), ("1964", "DATE", "1964"), ("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
    ("By 2015 the plan should be complete.", MON, [("2015", "DATE", "2015")]),
    ("Touré was elected president in 2002.", MON, [("2002", "DATE", "2002")]),
    # ---- date_year_open ----
    ("It will not be profitable until 1994 or later.", D89, [("1994 or later", "DATE", "1994")]),
    ("The outlook for 1990 and beyond is good.", D89, [("1990 and beyond", "DATE", "1990")]),
    # ---- date_year_words ----
    ("Keating was convicted in nineteen ninety-one.", J98, [("nineteen ninety-one", "DATE", "1991")]),
    ("The hall was built in nineteen hundred.", J98, [("nineteen hundred", "DATE", "1900")]),
    ("The mill closed in nineteen oh five.", J98, [("nineteen oh five", "DATE", "1905")]),
    ("Atlanta, nineteen ninety-six: a bomb shocks the games.", J98, [("nineteen ninety-six", "DATE", "1996")]),
    # ---- date_the_year ----
    ("He promised to halve unemployment by the year two thousand.", J98,
     [("the year two thousand", "DATE", "2000")]),
    ("Computers may fail in the year 2000.", J98, [("the year 2000", "DATE", "2000")]),
    ("The plan runs to the year two thousand and five.", J98, [("the year two thousand and five", "DATE", "2005")]),
    # ---- date_year_ad_bc ----
    ("Caesar died in 44 BC.", MON, [("44 BC", "DATE", "BC0044")]),
    ("The city was founded in 330 A.D. by Constantine.", MON, [("330 A.D.", "DATE", "0330")]),
    # ---- date_iso ----
    ("They met on 2012-03-22 in Bamako.", MON, [("2012-03-22", "DATE", "2012-03-22")]),
    ("Filed: 1998-02-13.", MON, [("1998-02-13", "DATE", "1998-02-13")]),
    ("The notice was dated 2021/03/05, the order 2012.03.22; 2023-24 revenue rose.", MON,
     [("2021/03/05", "DATE", "2021-03-05"), ("2012.03.22", "DATE", "2012-03-22"), ("2023-24", "DATE", "2023")]),
    # ---- date_numeric ----
    ("The form was filed 03/22/2012.", MON, [("03/22/2012", "DATE", "2012-03-22")]),
    ("On 12/25/98 the plant closed.", MON, [("12/25/98", "DATE", "1998-12-25")]),
    ("The letter is dated 22.03.2012.", MON, [("22.03.2012", "DATE", "2012-03-22")]),
    # a dotted date is written day first, whatever --date-order says for slashes
    ("The match took place on 4.3.2025 in Berlin.", MON, [("4.3.2025", "DATE", "2025-03-04")]),
    ("The match took place on 4/3/2025 in Berlin.", MON, [("4/3/2025", "DATE", "2025-04-03")]),
    # ---- date_decade ----
    ("The 1990s were calm.", MON, [("The 1990s", "DATE", "199")]),
    ("They fled in the late 1970s.", MON, [("the late 1970s", "DATE", "197")]),
    ("The goal is a 50% share by the mid-1990s.", D89, [("the mid-1990s", "DATE", "199")]),
    # ---- date_decade_short ----
    ("Sales were flat through the '80s.", D89, [("the '80s", "DATE", "198")]),
    ("Rock was born in the 60s.", MON, [("the 60s", "DATE", "196")]),
    # ---- date_decade_words ----
    ("Prices rose all through the nineties.", J98, [("the nineties", "DATE", "199")]),
    ("He grew up in the early seventies.", J98, [("the early seventies", "DATE", "197")]),
    # ---- date_century ----
    ("It was the worst war in the 20th century.", MON, [("the 20th century", "DATE", "19")]),
    ("The late 19th century saw growth; the mid-20th-century boom ended.", MON,
     [("The late 19th century", "DATE", "18"), ("the mid-20th-century", "DATE", "19")]),
    ("The empire collapsed in the nineteenth century.", MON, [("the nineteenth century", "DATE", "18")]),
    # ---- date_season_year ----
    ("They returned in the fall of 2011.", MON, [("the fall of 2011", "DATE", "2011-FA")]),
    ("The dam was finished in summer 2010.", MON, [("summer 2010", "DATE", "2010-SU")]),
    ("Oil cost thirteen dollars in the winter of nineteen ninety-four.", J98,
     [("the winter of nineteen ninety-four", "DATE", "1994-WI")]),
    # ---- date_season_of_year ----
    ("Elections are due in the spring of next year.", MON, [("the spring of next year", "DATE", "2013-SP")]),
    ("In 2005 the rains failed; in the summer of the year, crops died.", MON,
     [("2005", "DATE", "2005"), ("the summer of the year", "DATE", "2005-SU")]),
    # ---- date_season_coordinated ----
    ("They returned in the summer and fall of 2011.", MON,
     [("the summer", "DATE", "2011-SU"), ("fall of 2011", "DATE", "2011-FA")]),
    # ---- date_season_shift ----
    ("The drought began last summer.", MON, [("last summer", "DATE", "2011-SU")]),
    ("The plant closed this past spring.", M89, [("this past spring", "DATE", "1989-SP")]),
    ("A new fleet arrives next winter.", MON, [("next winter", "DATE", "2012-WI")]),
    # ---- date_season ----
    ("Orders rose from the low levels of the early summer.", D89, [("the early summer", "DATE", "1989-SU")]),
    ("Talks will resume in the spring.", WIN, [("the spring", "DATE", "2012-SP")]),
    ("The town was quiet in the autumn.", MON, [("the autumn", "DATE", "2011-FA")]),
    # by tense alone the current season is both past and future, as the current month is
    ("It began in the early spring.", date(2012, 5, 21), [("the early spring", "DATE", "2012-SP")]),
    ("Snow will fall again in the winter.", date(2012, 1, 10), [("the winter", "DATE", "2011-WI")]),
    # ---- date_season_mod ----
    ("The fight had stalled work since early spring.", date(2012, 5, 21), [("early spring", "DATE", "2012-SP")]),
    ("The harvest fails by late summer.", date(2012, 5, 21), [("late summer", "DATE", "2012-SU")]),
    ("The vote is set for mid-autumn.", MON, [("mid-autumn", "DATE", "2012-FA")]),
    # ---- date_season_bare ----
    ("Sales rose during summer.", D89, [("summer", "DATE", "1989-SU")]),
    ("The roads close in winter.", WIN, [("winter", "DATE", "2011-WI")]),
    # ---- date_holiday_year, date_holiday ----
    ("The strike began at Christmas 2011.", MON, [("Christmas 2011", "DATE", "2011-12-25")]),
    ("The talks broke down on Christmas Day.", date(2012, 1, 5), [("Christmas Day", "DATE", "2011-12-25")]),
    ("Fireworks will light the sky on New Year's Eve.", date(2012, 12, 1), [("New Year's Eve", "DATE", "2012-12-31")]),
    ("Parades were held on Bastille Day.", date(2012, 7, 20), [("Bastille Day", "DATE", "2012-07-14")]),
    # a typographic apostrophe is an apostrophe
    ("Roses sold out on Valentine’s Day and St Patrick’s Day was quiet.", date(2024, 6, 28),
     [("Valentine’s Day", "DATE", "2024-02-14"), ("St Patrick’s Day", "DATE", "2024-03-17")]),
    ("Juneteenth and Canada Day were busy; Anzac Day was in April.", date(2024, 7, 10),
     [("Juneteenth", "DATE", "2024-06-19"), ("Canada Day", "DATE", "2024-07-01"), ("Anzac Day", "DATE", "2024-04-25"),
      ("April", "DATE", "2024-04")]),
    # ---- date_month_the_day, date_century_hundreds, early_hours_of_day_month ----
    ("It opened on May the 5th and closed on March the 3rd, 2025.", date(2024, 10, 31),
     [("May the 5th", "DATE", "2024-05-05"), ("March the 3rd, 2025", "DATE", "2025-03-03")]),
    ("The mill was built in the 1800s and rebuilt in the early 1900s; the 2000s were a boom time.", date(2024, 10, 31),
     [("the 1800s", "DATE", "18"), ("the early 1900s", "DATE", "19"), ("the 2000s", "DATE", "200")]),
    ("He died in the early hours of 3 May. It opened on Tues 5 March.", date(2024, 10, 31),
     [("the early hours of 3 May", "TIME", "2024-05-03TMO"), ("Tues 5 March", "DATE", "2024-03-05")]),
    # ---- date_nth_weekday_of_month ----
    ("The court will return on the first Monday in October.", date(2024, 6, 28),
     [("the first Monday in October", "DATE", "2024-10-07")]),
    ("Voters went to the polls on the first Tuesday of November 2016.", date(2024, 6, 28),
     [("the first Tuesday of November 2016", "DATE", "2016-11-01")]),
    ("The fair closed on the last Friday of May.", date(2024, 6, 28), [("the last Friday of May", "DATE", "2024-05-31")]),
    # ---- date_nth_weekday_holiday ----
    ("Families gathered for Thanksgiving.", date(2012, 12, 2), [("Thanksgiving", "DATE", "2012-11-22")]),
    ("The pool opens on Memorial Day, 2013.", date(2012, 12, 2), [("Memorial Day, 2013", "DATE", "2013-05-27")]),
    # an adverb of frequency makes a part of the day any such day; a clause without one keeps its day
    ("The hostages were often kept in caves during the day.", date(2026, 2, 10), [("the day", "DATE", "XXXX-XX-XX")]),
    ("Traffic usually peaks in the morning; police closed the road in the evening.", date(2026, 2, 10),
     [("the morning", "TIME", "XXXX-XX-XXTMO"), ("the evening", "TIME", "2026-02-10TEV")]),
    # a year after "but in" frames the rest of its sentence
    ("Injury wrecked her 2020 and 2021 seasons, but in 2022 she broke the record on 14 July. The following year she "
     "won silver.", date(2026, 3, 23),
     [("2020", "DATE", "2020"), ("2021", "DATE", "2021"), ("2022", "DATE", "2022"), ("14 July", "DATE", "2022-07-14"),
      ("The following year", "DATE", "2023")]),
    # a plan told in the past: the nearest such day
    ("The hub, which was due to ship on November 20, will now arrive next year.", date(2025, 11, 5),
     [("November 20", "DATE", "2025-11-20"), ("now", "DATE", "PRESENT_REF"), ("next year", "DATE", "2026")]),
    ("The vote had been scheduled for January 12 but was postponed.", date(2025, 11, 5),
     [("January 12", "DATE", "2026-01-12")]),
    # a verb whose past is its base form is past after "it", "he", "she"
    ("Growth will be 7%, down from the 9% to 11% it forecast in October.", date(2026, 1, 29),
     [("October", "DATE", "2025-10")]),
    # a quarter or half named by the month it ends in
    ("Kaveri cut its guidance after a weaker-than-expected December quarter; the December half was stronger.",
     date(2026, 3, 4), [("December quarter", "DATE", "2025-Q4"), ("the December half", "DATE", "2025-H2")]),
    ("Sales in the March quarter of 2025 fell, and the November quarter was weak.", date(2026, 3, 4),
     [("the March quarter of 2025", "DATE", "2025-Q1"), ("November", "DATE", "2025-11")]),
    # two weekdays joined as a pair ahead: the second after the first; the past may be told in any order
    ("More than 200 operations scheduled for Monday and Tuesday have been cancelled.", date(2025, 9, 8),
     [("Monday", "DATE", "2025-09-08"), ("Tuesday", "DATE", "2025-09-09")]),
    ("Statements were made Friday and Thursday.", date(1998, 2, 6),
     [("Friday", "DATE", "1998-02-06"), ("Thursday", "DATE", "1998-02-05")]),
    # a clock time is on the day its own sentence names, however far back; after a past perfect's day, on the
    # publication day
    ("The tribunal cut her ban on Friday. On 9 June last year, an officer knocked on her door at 6:45 a.m.",
     date(2026, 3, 23), [("Friday", "DATE", "2026-03-20"), ("9 June last year", "DATE", "2025-06-09"),
                         ("6:45 a.m.", "TIME", "2025-06-09T06:45")]),
    ("The alert level had been raised to orange on Sunday. Authorities ordered the evacuation at 05:15 UTC.",
     date(2026, 4, 14), [("Sunday", "DATE", "2026-04-12"), ("05:15 UTC", "TIME", "2026-04-14T05:15")]),
    # a live blog's section heading of an earlier day dates the time-stamped entries under it; a figure compared with
    # an earlier date's is gone by
    ("Fire live updates\n\nWednesday, Aug. 13\n\n6:40 p.m. - A suspect was arrested at about 3 p.m. today.\n\n"
     "7:00 a.m. - Containment is at 38%, up from 27% on Monday morning.\n", date(2025, 8, 14),
     [("Wednesday, Aug. 13", "DATE", "2025-08-13"), ("6:40 p.m.", "TIME", "2025-08-13T18:40"),
      ("about 3 p.m. today", "TIME", "2025-08-13T15:00"), ("7:00 a.m.", "TIME", "2025-08-13T07:00"),
      ("Monday morning", "TIME", "2025-08-11TMO")]),
    # "would" after a past date of its sentence tells the future from that date
    ("Officials had predicted in mid-August that the fire would not be contained until Oct. 15.", date(2026, 2, 18),
     [("mid-August", "DATE", "2025-08"), ("Oct. 15", "DATE", "2025-10-15")]),
    # a month that labels a plan is the nearest such month, whatever the tense of its clause
    ("It was contained seven weeks earlier than the mid-October target officials had set.", date(2025, 8, 29),
     [("seven weeks", "DURATION", "P7W"), ("mid-October", "DATE", "2025-10")]),
    # a deadline after a past verb is the sentence's, gone by, and the clock time that labels it is on its day
    ("Rovers completed the signing with 20 minutes to spare before the 7pm deadline on Monday.", date(2025, 9, 2),
     [("20 minutes", "DURATION", "PT20M"), ("7pm", "TIME", "2025-09-01T19:00"), ("Monday", "DATE", "2025-09-01")]),
    ("The union set a deadline of Friday.", date(2025, 9, 2), [("Friday", "DATE", "2025-09-05")]),
    # an infinitive after a word that obliges or permits is what is to be done, ahead; not a purpose after motion
    ("Carrow was remanded in custody to appear at Darnford Crown Court on April 6.", date(2026, 3, 9),
     [("April 6", "DATE", "2026-04-06")]),
    ("Both sides have agreed to return to talks on Monday in Houston.", date(2026, 9, 24),
     [("Monday", "DATE", "2026-09-28")]),
    ("The minister flew to Paris to attend a summit on Monday.", date(2026, 9, 24), [("Monday", "DATE", "2026-09-21")]),
    # a past verb of lasting before "until" reaches an end gone by; a new end given to a plan is the nearest
    ("Attackers stayed until April 9.", date(2026, 10, 21), [("April 9", "DATE", "2026-04-09")]),
    ("The deal was extended until March 1.", date(2026, 10, 21), [("March 1", "DATE", "2027-03-01")]),
    # "the first" before a number is no day of the month
    ("It came about nine minutes before the first 911 call. He left on the first.", date(2025, 8, 29),
     [("about nine minutes", "DURATION", "PT9M"), ("the first", "DATE", "2025-08-01")]),
    # a day of the month of a full date just before, in a sentence without tense, is in that date's year
    ("Alerts were late on the night of Aug. 4, 2025, a review found. The report covers the days from the first call, "
     "which it puts at 2:51 p.m. on Aug. 3, to full containment on Aug. 27.", date(2026, 2, 18),
     [("the night of Aug. 4, 2025", "TIME", "2025-08-04TNI"), ("2:51 p.m.", "TIME", "2025-08-03T14:51"), ("Aug. 3", "DATE", "2025-08-03"),
      ("Aug. 27", "DATE", "2025-08-27")]),
    # "the fifth and final day" of a match, "a second century" of runs: no day of the month, no century
    ("A draw tomorrow, on the fifth and final day, would give them the series.", date(2025, 12, 29),
     [("tomorrow", "DATE", "2025-12-30")]),
    ("He made a second century of the series, as a 20th century batsman would.", date(2025, 12, 29),
     [("20th century", "DATE", "19")]),
    # a weekday's parts of the day in the plural are a set; an hour in words and its part of the day, a clock time
    ("His owner usually works on Saturday mornings.", date(2025, 12, 29), [("Saturday mornings", "SET", "XXXX-WXX-6TMO")]),
    ('"At three in the morning it was still 34 degrees," she said, and they left at about four in the afternoon.',
     date(2025, 12, 29), [("three in the morning", "TIME", "2025-12-29T03:00"),
                          ("about four in the afternoon", "TIME", "2025-12-29T16:00")]),
    ("The call came at ten at night.", date(2025, 12, 29), [("ten at night", "TIME", "2025-12-29T22:00")]),
    # "extended ... through Friday": a new end, ahead; "expected in October": the nearest, whatever the tense
    ("The weather service has extended its red alert through Friday.", date(2025, 12, 29),
     [("Friday", "DATE", "2026-01-02")]),
    ("Officials warned that the rains expected in October could trigger a second wave.", date(2025, 9, 2),
     [("October", "DATE", "2025-10")]),
    ("Price pressures proved more persistent than we expected in the summer.", date(2025, 11, 13),
     [("the summer", "DATE", "2025-SU")]),
    ("The second consignment, expected on October 25, arrived two days later.", date(2024, 11, 8),
     [("October 25", "DATE", "2024-10-25"), ("two days later", "DATE", "2024-10-27")]),
    # "by" a date with a past perfect after it: done by then, gone by
    ("By the end of June the coach and the captain had all been replaced.", date(2025, 12, 29),
     [("the end of June", "DATE", "2025-06")]),
    ("By June the company will have hired 500 people.", date(2025, 12, 29), [("June", "DATE", "2026-06")]),
    # a cue before a season places it as a month's; a month confirmed "for" lies ahead, unless told as over
    ("Two other members have promised to follow in the spring.", date(2025, 11, 24), [("the spring", "DATE", "2026-SP")]),
    ("The meeting, which Talaura has confirmed for March, will be held in Lanmoor.", date(2025, 11, 24),
     [("March", "DATE", "2026-03")]),
    ("An audit, scheduled for April, had been postponed twice.", date(2025, 8, 12), [("April", "DATE", "2025-04")]),
    # clock times of every day are of no day in particular
    ("The helpline is open from 8 a.m. to 8 p.m. every day.", date(2025, 11, 3),
     [("8 a.m.", "TIME", "XXXX-XX-XXT08:00"), ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"), ("every day", "SET", "P1D")]),
    # ... a frequency before the span too, and "each weekday" after it; not two times of one day
    ("The point will stay open daily from 9 a.m. to 6 p.m. through next Sunday.", date(2026, 10, 27),
     [("daily", "SET", "P1D"), ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"), ("6 p.m.", "TIME", "XXXX-XX-XXT18:00"),
      ("next Sunday", "DATE", "2026-11-01")]),
    ("Books will be available from 9am until 5pm each weekday. Polls open at 7 a.m. and close at 8 p.m.",
     date(2026, 3, 5), [("9am", "TIME", "XXXX-XX-XXT09:00"), ("5pm", "TIME", "XXXX-XX-XXT17:00"),
                        ("7 a.m.", "TIME", "2026-03-05T07:00"), ("8 p.m.", "TIME", "2026-03-05T20:00")]),
    ("Corvane will keep its stores open until 9 p.m. through December.", date(2025, 11, 5),
     [("9 p.m.", "TIME", "XXXX-XX-XXT21:00"), ("December", "DATE", "2025-12")]),
    ("Customers can call between 8 a.m. and 8 p.m. on weekdays.", date(2025, 11, 3),
     [("8 a.m.", "TIME", "XXXX-XX-XXT08:00"), ("8 p.m.", "TIME", "XXXX-XX-XXT20:00")]),
    # a stamp's 24-hour clock time may follow its date without a comma; a peak "forecast for" a day lies ahead
    ("Posted: 16 Nov 2024 19:45 AEDT", date(2024, 11, 16), [("16 Nov 2024 19:45 AEDT", "TIME", "2024-11-16T19:45")]),
    ("Rain that began on Friday night sent the river surging towards a peak forecast for Sunday afternoon.",
     date(2024, 11, 16), [("Friday night", "TIME", "2024-11-15TNI"), ("Sunday afternoon", "TIME", "2024-11-17TAF")]),
    # the Sunday of a newspaper's name is no day; a weekday after a place that ends such a name is
    ("A state of emergency was declared for New South Wales on Thursday, the Mail on Sunday reported.",
     date(2024, 11, 20), [("Thursday", "DATE", "2024-11-14")]),
    # "the Saturday evening" after a day long before publication is the Saturday nearest that day; "gave the day as
    # Sunday 1 February" tags no "the day"
    ("Halloway died on 31 January. Early reports gave the day as Sunday 1 February; the family said he died on the "
     "Saturday evening.", date(2026, 2, 13),
     [("31 January", "DATE", "2026-01-31"), ("Sunday 1 February", "DATE", "2026-02-01"),
      ("Saturday evening", "TIME", "2026-01-31TEV")]),
    ("He left on Saturday evening.", date(2026, 2, 13), [("Saturday evening", "TIME", "2026-02-07TEV")]),
    # "the Saturday after" a happening is the first Saturday after the day the story is at, "the Friday before" the
    # last Friday before it; "the Saturday before last" is no such happening
    ("The bridge collapsed on Tuesday, March 9. Divers recovered the last body on the Saturday after the collapse and "
     "the inquiry opened on the Tuesday after the funerals.", date(2027, 3, 30),
     [("Tuesday, March 9", "DATE", "2027-03-09"), ("Saturday", "DATE", "2027-03-13"), ("Tuesday", "DATE", "2027-03-16")]),
    ("The vote was held on 9 March. Campaigning was suspended on the Friday before the vote.", date(2027, 3, 30),
     [("9 March", "DATE", "2027-03-09"), ("Friday", "DATE", "2027-03-05")]),
    # a day counted in a happening that goes on: the day it is set beside, or the day its sentence names when the count
    # is reached, else publication's; else its first day is not known; not a day of a calendar period, nor a day
    # counted from a happening
    ("Police fired tear gas on Friday as anger spilled into a fourth day. Mokoena took 6-58 on Saturday, the third "
     "day of the second Test. It's the second day of an offensive.", date(2028, 9, 26),
     [("Friday", "DATE", "2028-09-22"), ("a fourth day", "DATE", "2028-09-22"), ("Saturday", "DATE", "2028-09-23"),
      ("the third day", "DATE", "2028-09-23"), ("the second day", "DATE", "2028-09-26")]),
    # a bare hour before a day or a part of it is a time only after a preposition of time: else a count
    ("Police arrested two this morning and we spoke at six this morning. The court jailed four last night.",
     date(2027, 6, 14), [("this morning", "TIME", "2027-06-14TMO"), ("six this morning", "TIME", "2027-06-14T06:00"),
                         ("last night", "TIME", "2027-06-13TNI")]),
    # "before midnight" on a day the story is at: the midnight that ends it
    ("Corvane filed for Chapter 11 late on Sunday.\n\nThe airline filed its petition shortly before midnight local "
     "time.", date(2027, 6, 28), [("Sunday", "DATE", "2027-06-27"), ("midnight local time", "TIME", "2027-06-27T24:00")]),
    ("Four were brought out early on Monday.\n\nRescuers have been underground since shortly before midnight.",
     date(2026, 5, 4), [("Monday", "DATE", "2026-05-04"), ("midnight", "TIME", "2026-05-03T24:00")]),
    # days counted from a year count from the day last named, else are not known
    ("The bid came on Tuesday, March 9, after a difficult 2026. Two days later, the board met. Trading collapsed in "
     "1987. Two days later, it recovered.", date(2027, 3, 17),
     [("Tuesday, March 9", "DATE", "2027-03-09"), ("2026", "DATE", "2026"), ("Two days later", "DATE", "2027-03-11"),
      ("1987", "DATE", "1987"), ("Two days later", "DATE", "XXXX-XX-XX")]),
    # a timeline's item in the headline present is the nearest such day; a possessive's "last day" is no yesterday; a
    # tide is no season; a week something lasts is no rate
    ("Timeline:\n12 October: coalition talks open\nHer last day will be 31 October. The next spring tides and two "
     "recounts lasting a week are due.", date(2026, 10, 23),
     [("12 October", "DATE", "2026-10-12"), ("31 October", "DATE", "2026-10-31"), ("a week", "DURATION", "P1W")]),
    # a shift right after a clock time counts from the time before the clock time, which is told on that day
    ("The ship left Antwerp at 22:10 on 15 March. At 04:40 the next morning, it collided with a tanker.",
     date(2027, 3, 26), [("22:10", "TIME", "2027-03-15T22:10"), ("15 March", "DATE", "2027-03-15"),
                         ("04:40", "TIME", "2027-03-16T04:40"), ("the next morning", "TIME", "2027-03-16TMO")]),
    # a day after "since" bounds a state: a later clock time is not on it; nor is one first put on the story's day
    # when a clock time with its own day follows it in its sentence
    ("Talks broke down yesterday afternoon. The delegation left the estate, where talks have been held since June 1."
     "\n\nOstby walked out shortly after 4 p.m.\n\nPolling stations opened at 8 a.m. and closed at 6 p.m. on Saturday.",
     date(2028, 6, 14), [("yesterday afternoon", "TIME", "2028-06-13TAF"), ("June 1", "DATE", "2028-06-01"),
                         ("4 p.m.", "TIME", "2028-06-13T16:00"), ("8 a.m.", "TIME", "2028-06-10T08:00"),
                         ("6 p.m.", "TIME", "2028-06-10T18:00"), ("Saturday", "DATE", "2028-06-10")]),
    # a clock time of what will be is not put on a day gone by that its paragraph named
    ("Veridian reported a weak quarter after the bell yesterday. We will be watching sentiment figures at 10 a.m.",
     date(2027, 10, 22), [("yesterday", "DATE", "2027-10-21"), ("10 a.m.", "TIME", "2027-10-22T10:00")]),
    # after a past perfect's aside, a past clock time goes on at the clock time told before it ("had left", irregular)
    ("Crew arrived in Manila on Tuesday, five weeks after pirates boarded at 02:15 GMT on 12 June.\n\nThe tanker had left "
     "Abidjan two days earlier. The alert went off at 02:40.", date(2027, 7, 23),
     [("Tuesday", "DATE", "2027-07-20"), ("five weeks", "DURATION", "P5W"), ("02:15 GMT", "TIME", "2027-06-12T02:15"),
      ("12 June", "DATE", "2027-06-12"), ("two days earlier", "DATE", "2027-06-10"), ("02:40", "TIME", "2027-06-12T02:40")]),
    # "before" a weekday after a negation: the coming one
    ("No reopening before Wednesday, the port authority said. He left before Wednesday's meeting.",
     date(2027, 3, 16), [("Wednesday", "DATE", "2027-03-17"), ("Wednesday", "DATE", "2027-03-10")]),
    ("They won on day four of the second Test, and the family met on the 13th day after the cremation. The levy rises "
     "on 1 April, the first day of the new financial year.", date(2026, 3, 9),
     [("day four", "DATE", "XXXX-XX-XX"), ("1 April", "DATE", "2026-04-01")]),
    # a holiday's part of the day; "New Year's" alone is New Year's Day; not a part of the day that labels a noun
    ("She heard shouting on New Year's night, and the children opened presents on Christmas morning as usual.",
     date(2025, 3, 12), [("New Year's night", "TIME", "2025-01-01TNI"), ("Christmas morning", "TIME", "2024-12-25TMO")]),
    ("The Anzac Day dawn service will go ahead.", date(2025, 3, 12), [("Anzac Day", "DATE", "2025-04-25")]),
    # a quarter point of a rate is no quarter; a thanksgiving in lower case no holiday; "every Christmas" a set
    ("The bank raised rates by a quarter point on Wednesday; the quarter point rise was expected.", date(2025, 11, 13),
     [("Wednesday", "DATE", "2025-11-12")]),
    ("A service of thanksgiving will be held before Thanksgiving.", date(2025, 11, 13),
     [("Thanksgiving", "DATE", "2025-11-27")]),
    ("He'd send me a postcard every Christmas.", date(2025, 11, 13), [("every Christmas", "SET", "XXXX-12-25")]),
    # a past clock time after another on a day long gone by is on that day, in the next paragraph too, and a past
    # perfect before a clock time makes no background of it
    ("The first call was logged at 9:04 a.m. on 7 March.\n\nShe said the woman had been made to sit on the floor before "
     "she was released at about 4:15 p.m. The siege ended at 3:40 p.m. the following day.", date(2026, 6, 11),
     [("9:04 a.m.", "TIME", "2026-03-07T09:04"), ("7 March", "DATE", "2026-03-07"),
      ("about 4:15 p.m.", "TIME", "2026-03-07T16:15"), ("3:40 p.m.", "TIME", "2026-03-08T15:40"),
      ("the following day", "DATE", "2026-03-08")]),
    # a clock time right before a part of a day counted from another is on that day
    ("The fire started on 14 July. It was put out by 04:15 the following morning.", date(2026, 7, 20),
     [("14 July", "DATE", "2026-07-14"), ("04:15", "TIME", "2026-07-15T04:15"),
      ("the following morning", "TIME", "2026-07-15TMO")]),
    # the same moment in another zone, in brackets, is on the day after or before when its clock has crossed midnight
    # (no offset of 14 hours or less explains it on the same day); with 10 to 14 hours between, it stays on the day
    ("The fire started at 23:40 local time (04:40 GMT) on 14 July.", date(2026, 7, 20),
     [("23:40 local time", "TIME", "2026-07-14T23:40"), ("04:40 GMT", "TIME", "2026-07-15T04:40"),
      ("14 July", "DATE", "2026-07-14")]),
    ("The game kicks off at 00.15 GMT (8.15pm ET) on Tuesday.", date(2026, 7, 20),
     [("00.15 GMT", "TIME", "2026-07-21T00:15"), ("8.15pm ET", "TIME", "2026-07-20T20:15"),
      ("Tuesday", "DATE", "2026-07-21")]),
    ("The quake struck at 6:45 p.m. local time (1315 GMT) on Thursday.", date(2026, 7, 20),
     [("6:45 p.m. local time", "TIME", "2026-07-16T18:45"), ("1315 GMT", "TIME", "2026-07-16T13:15"),
      ("Thursday", "DATE", "2026-07-16")]),
    ("The polls opened at 7 a.m. local time (2200 GMT) on Tuesday.", date(2026, 7, 20),
     [("7 a.m. local time", "TIME", "2026-07-14T07:00"), ("2200 GMT", "TIME", "2026-07-13T22:00"),
      ("Tuesday", "DATE", "2026-07-14")]),
    ("The summit opened at 9 a.m. local time (21:00 GMT) on Tuesday.", date(2026, 7, 20),
     [("9 a.m. local time", "TIME", "2026-07-14T09:00"), ("21:00 GMT", "TIME", "2026-07-14T21:00"),
      ("Tuesday", "DATE", "2026-07-14")]),
    # a live blog's entry stamps, alone on their lines or before a dash, are on the day it was written, not on a day an
    # earlier entry told of; a clock time in an entry is on its stamp's day (in a text marked as a live blog: "LIVE",
    # "live updates", "as it happened"; elsewhere such a line is a clock time like any other)
    ("LIVE: Gunman holds hostages in Graz\n\n23:41\nA third hostage walked free at 23:30.\n\n22:47 - Police said on "
     "Wednesday they were in contact.\n\n21:05 CEST\nSupplies were left at the door.", date(2027, 10, 14),
     [("23:41", "TIME", "2027-10-14T23:41"), ("23:30", "TIME", "2027-10-14T23:30"), ("22:47", "TIME", "2027-10-14T22:47"),
      ("Wednesday", "DATE", "2027-10-13"), ("21:05 CEST", "TIME", "2027-10-14T21:05")]),
    ("LIVE UPDATES\n\n11:47 a.m.\nThe outbreak was traced on Friday to a farm.\n\n10:41 a.m.\nOfficials spoke.",
     date(2027, 8, 5), [("11:47 a.m.", "TIME", "2027-08-05T11:47"), ("Friday", "DATE", "2027-07-30"),
                        ("10:41 a.m.", "TIME", "2027-08-05T10:41")]),
    # "the weekend" with no past or future tense is the nearest: the coming one from a Thursday or Friday, else the last
    ("We will be back if there are any further developments over the weekend.", date(2026, 3, 13),
     [("the weekend", "DATE", "2026-W11-WE")]),
    ("There are talks at the weekend.", date(2026, 3, 10), [("the weekend", "DATE", "2026-W10-WE")]),
    # a quantity of one per period is a frequency too
    ("He writes one letter a month to his mother.", date(2027, 10, 18), [("a month", "SET", "P1M")]),
    # "that March" is in the year last mentioned; "the following January" the first after it, "the previous March" the
    # last before it; "that" opening a clause, or before a day or year of the month's own, makes no anaphor
    ("Debris fell in January 2025 and again that March.", date(2027, 6, 26),
     [("January 2025", "DATE", "2025-01"), ("that March", "DATE", "2025-03")]),
    ("The dam failed in 1976. The state inquiry, released the following January, blamed the company.", date(2027, 6, 26),
     [("1976", "DATE", "1976"), ("the following January", "DATE", "1977-01")]),
    ("He joined in October 2020. The previous March he had quit.", date(2027, 6, 26),
     [("October 2020", "DATE", "2020-10"), ("The previous March", "DATE", "2020-03")]),
    ("The rules say that May is the deadline.", date(2027, 6, 26), [("May", "DATE", "2027-05")]),
    ("That May 12 storm was the worst.", date(2027, 6, 26), [("May 12", "DATE", "2027-05-12")]),
    ("Updates\n\n11:47 a.m.\nThe outbreak was traced on Friday to a farm.\n\n10:41 a.m.\nOfficials spoke.",
     date(2027, 8, 5), [("11:47 a.m.", "TIME", "2027-08-05T11:47"), ("Friday", "DATE", "2027-07-30"),
                        ("10:41 a.m.", "TIME", "2027-07-30T10:41")]),
    # the part of a day whose date is written day first
    ("She was released on the afternoon of Saturday 7 March after becoming unwell.", date(2026, 6, 11),
     [("the afternoon of Saturday 7 March", "TIME", "2026-03-07TAF")]),
    # a clock time's day stays the one later times count from, past a length of time
    ("At the inquest on Tuesday, the court heard the gunman entered at 8:52 a.m. on 7 March, several minutes earlier "
     "than thought. The first emergency call was logged at 9:04 a.m., she said.", date(2026, 6, 11),
     [("Tuesday", "DATE", "2026-06-09"), ("8:52 a.m.", "TIME", "2026-03-07T08:52"), ("7 March", "DATE", "2026-03-07"),
      ("several minutes", "DURATION", "PTXM"), ("9:04 a.m.", "TIME", "2026-03-07T09:04")]),
    # an hour without a.m. or p.m. a few hours after an afternoon time is in the afternoon
    ("The standoff ended at 3:40 p.m. Sunday. A neighbour heard two loud bangs just before four o'clock.",
     date(2026, 3, 9), [("3:40 p.m. Sunday", "TIME", "2026-03-08T15:40"), ("four o'clock", "TIME", "2026-03-08T16:00")]),
    ("The meeting began at 9 a.m. and ended at ten o'clock.", date(2026, 3, 9),
     [("9 a.m.", "TIME", "2026-03-09T09:00"), ("ten o'clock", "TIME", "2026-03-09T10:00")]),
    # a span of days that holds the publication day in its year is that span, under way, whatever the tense
    ("The campaign, which is scheduled to run from 18 to 24 August, aims to reach everyone.", date(2025, 8, 19),
     [("18", "DATE", "2025-08-18"), ("24 August", "DATE", "2025-08-24")]),
    ("The festival will be held on 18 August.", date(2025, 8, 19), [("18 August", "DATE", "2026-08-18")]),
    # "the new year": the coming one, written in the second half of a year; the one begun when told in the past
    ("It expects to release its first images early in the new year.", date(2025, 11, 17),
     [("early in the new year", "DATE", "2026")]),
    ("After weeks of talks over Christmas and the new year, the two sides agreed a deal.", date(2026, 3, 13),
     [("weeks", "DURATION", "PXW"), ("Christmas", "DATE", "2025-12-25"), ("the new year", "DATE", "2026")]),
    ("The new year sales will begin on New Year's Eve.", date(2025, 12, 22), [("New Year's Eve", "DATE", "2025-12-31")]),
    # a numbered week of the calendar: of the year given, else the nearest
    ("Cases peaked in epidemiological week 33, and deaths in epi week 36 of 2024.", date(2025, 9, 2),
     [("epidemiological week 33", "DATE", "2025-W33"), ("epi week 36 of 2024", "DATE", "2024-W36")]),
    ("Cases peaked in ISO week 52.", date(2026, 1, 10), [("ISO week 52", "DATE", "2025-W52")]),
    # the bound of an ongoing span in a sentence before is not the month under discussion
    ("A separate outbreak has been under way since May. WHO said it would reassess its rating at the end of the month.",
     date(2025, 9, 2), [("May", "DATE", "2025-05"), ("the end of the month", "DATE", "2025-09")]),
    ("Sales rose in May. Prices fell at the end of the month.", date(2025, 9, 2),
     [("May", "DATE", "2025-05"), ("the end of the month", "DATE", "2025-05")]),
    # a year that a ", when" clause tells of frames that clause, not the rest of the sentence
    ("The rate was the highest since the 3.1% recorded in 2017, when an outbreak in the same province lasted from March "
     "to July.",
     date(2025, 10, 28), [("2017", "DATE", "2017"), ("March", "DATE", "2017-03"), ("July", "DATE", "2017-07")]),
    ("He joined in 2017, when the club was promoted, and left in March.", date(2025, 10, 28),
     [("2017", "DATE", "2017"), ("March", "DATE", "2025-03")]),
    # ... and so does a month of a year, after "since" too
    ("It was the worst outage since July 2012, when failures on July 30 and July 31 cut power to 600 million people.",
     date(2026, 7, 13), [("July 2012", "DATE", "2012-07"), ("July 30", "DATE", "2012-07-30"), ("July 31", "DATE", "2012-07-31")]),
    # a clock time right after a saying, with its setting between, is when it was said: the publication day
    ("Demand peaked at 9,870 megawatts on Monday, the operator said. The minister said in a televised address at 6 p.m. "
     "that crews were working.", date(2025, 7, 16),
     [("Monday", "DATE", "2025-07-14"), ("6 p.m.", "TIME", "2025-07-16T18:00")]),
    # a clock time with its day right after it is on that day, and so is the next clock time told of that day
    ("At the inquest on Tuesday, the coroner heard evidence. CCTV showed the gunman entering the pharmacy at 8:52 a.m. "
     "on 7 March, she said. The first emergency call was logged at 9:04 a.m., she said.", date(2026, 6, 11),
     [("Tuesday", "DATE", "2026-06-09"), ("8:52 a.m.", "TIME", "2026-03-07T08:52"), ("7 March", "DATE", "2026-03-07"),
      ("9:04 a.m.", "TIME", "2026-03-07T09:04")]),
    # a full date, a comma and its clock time are one expression, as a stamp writes them; with "at", two
    ("Updated 7 March 2026, 21:40 GMT", date(2026, 3, 8), [("7 March 2026, 21:40 GMT", "TIME", "2026-03-07T21:40")]),
    ("Published March 7, 2026, 9:40 p.m. ET", date(2026, 3, 8),
     [("March 7, 2026, 9:40 p.m. ET", "TIME", "2026-03-07T21:40")]),
    ("Updated March 7, 2026, 21:40 GMT", date(2026, 3, 8), [("March 7, 2026, 21:40 GMT", "TIME", "2026-03-07T21:40")]),
    ("The meeting is on March 12, 2026, at 10:00 a.m. Eastern Time.", date(2026, 2, 8),
     [("March 12, 2026", "DATE", "2026-03-12"), ("10:00 a.m. Eastern Time", "TIME", "2026-03-12T10:00")]),
    # a 24-hour clock time that opens a line before a dash is a live blog's entry stamp; not one inside a line
    ("Live: day two\n\n17:05 - That is where we leave it.\n\nThe score was 17:05 - a record.", date(2025, 11, 14),
     [("17:05", "TIME", "2025-11-14T17:05")]),
    # (the past verb is looked for from the start of the sentence, however long the phrase after it)
    ("Harrowgate Rovers completed the signing of Argentine striker Tomas Ferreyra from CD Almazora with barely 20 "
     "minutes to spare before the 7pm deadline on Monday.", date(2025, 9, 2),
     [("20 minutes", "DURATION", "PT20M"), ("7pm", "TIME", "2025-09-01T19:00"), ("Monday", "DATE", "2025-09-01")]),
    # "the Friday before" a happening given a day right after it is counted from that day
    ("A second debate is planned for the Friday before the vote on Sunday 12 April.", date(2026, 3, 28),
     [("Friday", "DATE", "2026-04-10"), ("Sunday 12 April", "DATE", "2026-04-12")]),
    ("He met her on the Tuesday after the crash on March 3.", date(2026, 3, 28),
     [("Tuesday", "DATE", "2026-03-10"), ("March 3", "DATE", "2026-03-03")]),
    # a part of the day with no day of its own, then a noun and a day, is the part of that day
    ("Shares closed at $27.41 on Wednesday and traded at $23.57 in early afternoon trading Thursday.", date(2025, 10, 24),
     [("Wednesday", "DATE", "2025-10-22"), ("early afternoon", "TIME", "2025-10-23TAF"), ("Thursday", "DATE", "2025-10-23")]),
    # a bare autumn or spring after a preposition of time is a season, and so is an edge of one; not a noun's kind
    ("Work must finish before the end of summer. In autumn, prices rose.", date(2026, 5, 4),
     [("the end of summer", "DATE", "2026-SU"), ("autumn", "DATE", "2025-FA")]),
    ("The pitchers met in spring training.", date(2026, 5, 4), []),
    # an edge of a month in the year last mentioned is one expression with it
    ("The pact was signed in 2022, in late May of that year.", date(2026, 4, 19),
     [("2022", "DATE", "2022"), ("late May of that year", "DATE", "2022-05")]),
    # a set of days or parts of days at a clock time of either kind is one set, at that time
    ("Briefings are held every Thursday at 15:00 UTC and updates posted every morning at 9am.", date(2026, 3, 18),
     [("every Thursday at 15:00 UTC", "SET", "XXXX-WXX-4T15:00"), ("every morning at 9am", "SET", "XXXX-XX-XXT09:00")]),
    # the night through which something ran, after the small hours of a day, is the night that ended them
    ("Parliament voted in the small hours of Wednesday, after a debate that ran through the night.", date(2026, 3, 18),
     [("the small hours of Wednesday", "TIME", "2026-03-18TMO"), ("the night", "TIME", "2026-03-17TNI")]),
    # "before" a weekday ends no range of days: the weekday is not counted from the date before it
    ("The count will finish tonight; the first results came shortly before midnight on Sunday.", date(2026, 4, 13),
     [("tonight", "TIME", "2026-04-13TNI"), ("midnight", "TIME", "2026-04-12T24:00"), ("Sunday", "DATE", "2026-04-12")]),
    # "could" is also the past of "can": a day of the year it gives the tense of is the nearest such day
    ("Citizens abroad could cast postal ballots from 23 March.", date(2026, 3, 28), [("23 March", "DATE", "2026-03-23")]),
    ("He could make his debut on May 3.", date(2026, 4, 28), [("May 3", "DATE", "2026-05-03")]),
    # a dividend's record date "at the close of business" lies ahead of its declaration
    ("The dividend is payable on Nov. 14 to holders of record at the close of business on Oct. 31.",
     date(2025, 10, 23), [("Nov. 14", "DATE", "2025-11-14"), ("Oct. 31", "DATE", "2025-10-31")]),
    # a day inside an aside set off by commas dates the aside only: the clock time after it is on the day before
    ("Parliament voted in the small hours of Wednesday. The motion, filed last Thursday, passed at 2:17 a.m.",
     date(2026, 3, 18), [("the small hours of Wednesday", "TIME", "2026-03-18TMO"),
                         ("last Thursday", "DATE", "2026-03-12"), ("2:17 a.m.", "TIME", "2026-03-18T02:17")]),
    ("The motion was filed last Thursday and passed at 2:17 a.m.", date(2026, 3, 18),
     [("last Thursday", "DATE", "2026-03-12"), ("2:17 a.m.", "TIME", "2026-03-12T02:17")]),
    # the first end of a span of 24-hour clock times; a length of days before a vague part of a month
    ("The crossing opened between 08:00 and 14:00 on Monday.", date(2025, 5, 19),
     [("08:00", "TIME", "2025-05-19T08:00"), ("14:00", "TIME", "2025-05-19T14:00"), ("Monday", "DATE", "2025-05-19")]),
    ("The ash fell over three days earlier this month.", date(2025, 5, 23),
     [("three days", "DURATION", "P3D"), ("earlier this month", "DATE", "2025-05")]),
    # a 24-hour clock time with its zone and its day, in one expression
    ("Seismologists recorded the blast at 03:40 UTC yesterday; a second came at 22:15 UTC Sunday.", date(2025, 5, 20),
     [("03:40 UTC yesterday", "TIME", "2025-05-19T03:40"), ("22:15 UTC Sunday", "TIME", "2025-05-18T22:15")]),
    ("The alert was raised at 03:40 UTC Sunday, May 18.", date(2025, 5, 20),
     [("03:40 UTC Sunday, May 18", "TIME", "2025-05-18T03:40")]),
    # a weekday before or after a holiday: the nearest such weekday, never the holiday's own day
    ("On the Saturday before Thanksgiving, the service failed.", date(2026, 1, 15),
     [("the Saturday before Thanksgiving", "DATE", "2025-11-22")]),
    ("They met the Thursday before Christmas and again the Sunday after Easter 2025.", date(2026, 1, 15),
     [("the Thursday before Christmas", "DATE", "2025-12-18"), ("the Sunday after Easter 2025", "DATE", "2025-04-27")]),
    # a date with its day before a count set off by a comma
    ("On May 16, 240 prisoners were freed; in May 16,000 people fled.", date(2025, 5, 20),
     [("May 16", "DATE", "2025-05-16"), ("May", "DATE", "2025-05")]),
    # a past form between a count and its noun is an adjective: the modal gives the tense
    ("The sprinter will face a hearing on Thursday over three missed tests.", date(2025, 5, 20),
     [("Thursday", "DATE", "2025-05-22")]),
    ("Families gathered for Canadian Thanksgiving and the roads were busy.", date(2025, 10, 20),
     [("Canadian Thanksgiving", "DATE", "2025-10-13")]),
    ("Traffic was heavy over the August bank holiday.", date(2025, 9, 2), [("August bank holiday", "DATE", "2025-08-25")]),
    ("Sales peaked on Cyber Monday and fell by Father’s Day.", date(2024, 6, 28),
     [("Cyber Monday", "DATE", "2023-11-27"), ("Father’s Day", "DATE", "2024-06-16")]),
    # ---- date_feast ----
    ("Churches were full on Mothering Sunday.", date(2024, 6, 28), [("Mothering Sunday", "DATE", "2024-03-10")]),
    ("The attack came on Easter Sunday, officials said.", MON, [("Easter Sunday", "DATE", "2011-04-24")]),
    ("Talks will resume after Easter.", MON, [("Easter", "DATE", "2012-04-08")]),
    ("Good Friday 2011 was quiet, and Pentecost 1989 too.", MON,
     [("Good Friday 2011", "DATE", "2011-04-22"), ("Pentecost 1989", "DATE", "1989-05-14")]),
    # in a past sentence with no cue of its own, the feast just past, not the coming one
    ("Shops were shut on Good Friday.", date(2025, 3, 12), [("Good Friday", "DATE", "2024-03-29")]),
    # ---- date_holiday_eve ----
    ("Violence flared on the eve of Ramadan.", date(2025, 6, 10), [("the eve of Ramadan", "DATE", "2025-02-28")]),
    ("Troops withdrew on the eve of Thanksgiving.", date(2025, 6, 10), [("the eve of Thanksgiving", "DATE", "2024-11-27")]),
    ("The attack came on the eve of Easter.", date(2025, 6, 10), [("the eve of Easter", "DATE", "2025-04-19")]),
    ("Talks will continue over the next fortnight.", date(2026, 2, 5), [("the next fortnight", "DURATION", "P2W")]),
    # a holiday that labels a noun is the nearest one, whatever the clause's tense
    ("The union announced the Boxing Day strike late on Friday.", date(2025, 12, 13),
     [("Boxing Day", "DATE", "2025-12-26"), ("Friday", "DATE", "2025-12-12")]),
    ("Shoppers crowded stores after the Thanksgiving holiday.", date(2025, 12, 13),
     [("Thanksgiving", "DATE", "2025-11-27")]),
    # the n-th week of a month: the week that holds its 1st, 8th, 15th or 22nd day, or its last
    ("Six of the nine deaths occurred in the first week of October.", date(2024, 10, 18),
     [("the first week of October", "DATE", "2024-W40")]),
    ("Talks are planned for the second week of January 2025.", date(2024, 10, 18),
     [("the second week of January 2025", "DATE", "2025-W02")]),
    ("The last death came in the last week of October.", date(2024, 11, 8),
     [("the last week of October", "DATE", "2024-W44")]),
    # the day before or after a holiday is one expression
    ("Markets will be shut the day after Diwali.", date(2024, 10, 25), [("the day after Diwali", "DATE", "2024-11-01")]),
    ("Crowds gathered for Deepavali 2023.", date(2024, 10, 25), [("Deepavali 2023", "DATE", "2023-11-12")]),
    ("The company will hold a review on 28 November, the day after Thanksgiving.", date(2025, 11, 21),
     [("28 November", "DATE", "2025-11-28"), ("the day after Thanksgiving", "DATE", "2025-11-28")]),
    ("Stores were crowded the day before Christmas Eve.", date(2025, 12, 27),
     [("the day before Christmas Eve", "DATE", "2025-12-23")]),
    # ---- date_lunar_holiday ----
    ("Jews around the world celebrated Passover.", date(2025, 3, 12), [("Passover", "DATE", "2024-04-23")]),
    ("Millions travelled home for Lunar New Year.", date(2025, 3, 12), [("Lunar New Year", "DATE", "2025-01-29")]),
    ("Families will gather for Eid al-Adha.", date(2025, 3, 12), [("Eid al-Adha", "DATE", "2025-06-06")]),
    ("The fast of Ramadan began this month.", date(2025, 3, 12),
     [("Ramadan", "DATE", "2025-03"), ("this month", "DATE", "2025-03")]),
    ("Rosh Hashanah 2023 was quiet.", date(2025, 3, 12), [("Rosh Hashanah 2023", "DATE", "2023-09-16")]),
    ("Pilgrims prayed in Mecca on Tabaski.", date(2024, 6, 20), [("Tabaski", "DATE", "2024-06-16")]),
    # ---- date_mod_year ----
    ("The rebels took the town in late 2011.", MON, [("late 2011", "DATE", "2011")]),
    ("The plant will close by the end of 1990.", D89, [("the end of 1990", "DATE", "1990")]),
    ("Construction begins in early 2013.", MON, [("early 2013", "DATE", "2013")]),
    # ---- date_mod_month ----
    ("Debt stood at 90% of GDP at end-March and will reach 95% by end-2024.", date(2023, 9, 13),
     [("end-March", "DATE", "2023-03"), ("end-2024", "DATE", "2024")]),
    ("The carrier, which has been on patrol since March and was due home, sails on.", date(1990, 8, 13),
     [("March", "DATE", "1990-03")]),
    ("Fireworks lit the sky on Valentine's Day.", date(2023, 9, 13), [("Valentine's Day", "DATE", "2023-02-14")]),
    ("Merieux has until mid-November to reply.", M89, [("mid-November", "DATE", "1989-11")]),
    ("Cases had fallen in the first half of January.", MON, [("the first half of January", "DATE", "2012-01")]),
    ("Prices fell in early September.", D89, [("early September", "DATE", "1989-09")]),
    ("The unit will be sold by the end of November.", N89, [("the end of November", "DATE", "1989-11")]),
    ("Crude fell from the middle of October.", date(1998, 2, 23), [("the middle of October", "DATE", "1997-10")]),
    # ---- weekday ----
    ("The missile was fired late Monday Eastern time.", date(2022, 10, 3),
     [("late Monday Eastern time", "DATE", "2022-10-03")]),
    ("The mutiny began on Wednesday.", THU, [("Wednesday", "DATE", "2012-03-21")]),
    ("On Tuesday, ECOWAS will meet in Abidjan.", MON, [("Tuesday", "DATE", "2012-03-27")]),
    ("Fighters killed him Sunday, sources said.", MON, [("Sunday", "DATE", "2012-03-25")]),
    ("Rebels attacked early Tuesday.", date(1998, 3, 3), [("early Tuesday", "DATE", "1998-03-03")]),
    ("Trading is to resume Tuesday.", THU, [("Tuesday", "DATE", "2012-03-27")]),
    ("The peace process is set to resume Monday.", date(1998, 3, 22), [("Monday", "DATE", "1998-03-23")]),
    ("Junta leaders faced pressure on Monday.", MON, [("Monday", "DATE", "2012-03-26")]),
    # an infinitive is no past ("to hit"); "forecast to" points ahead
    ("Irma was expected to hit Florida early on Sunday.", date(2017, 9, 8), [("Sunday", "DATE", "2017-09-10")]),
    ("The storm is forecast to reach the Keys by Sunday morning.", date(2017, 9, 8),
     [("Sunday morning", "TIME", "2017-09-10TMO")]),
    ("A memorial service will be held on Saturday, Dec. 9, at 11 a.m.", date(2017, 11, 29),
     [("Saturday, Dec. 9", "DATE", "2017-12-09"), ("11 a.m.", "TIME", "2017-12-09T11:00")]),
    ("Acme will host a call at 2:00 p.m. Pacific Time today.", date(2019, 10, 24),
     [("2:00 p.m. Pacific Time today", "TIME", "2019-10-24T14:00")]),
    # a verb of schedule in the present simple points ahead; "did not expect" is past
    ("The central bank, which meets on Thursday, has kept rates low.", MON, [("Thursday", "DATE", "2012-03-29")]),
    ("The offer ends Nov. 30.", date(2012, 5, 21), [("Nov. 30", "DATE", "2012-11-30")]),
    ("The minister arrives in Paris on Monday.", date(2012, 3, 21), [("Monday", "DATE", "2012-03-26")]),
    ("The team travels to Northfield on Wednesday.", MON, [("Wednesday", "DATE", "2012-03-28")]),
    # a base form after a name is a team's plural (British copy); not after a possessive weekday
    ("City travel to Northfield on Wednesday.", MON, [("Wednesday", "DATE", "2012-03-28")]),
    ("Arsenal host Chelsea on Sunday.", MON, [("Sunday", "DATE", "2012-04-01")]),
    ("As of Friday's close, the index was down 6%.", MON, [("Friday", "DATE", "2012-03-23")]),
    # a weekday timetabled in the present is ahead, unless a label or after a participle of what was done
    ("The festival is held on Saturday.", date(2025, 3, 12), [("Saturday", "DATE", "2025-03-15")]),
    ("The match is on Thursday.", date(2025, 3, 12), [("Thursday", "DATE", "2025-03-13")]),
    # a possessive weekday labels a noun; a timetabled happening's in the present is the coming day's
    ("Saturday's 2:30 p.m. kickoff is Senior Day.", date(2025, 11, 12),
     [("Saturday", "DATE", "2025-11-15"), ("2:30 p.m.", "TIME", "2025-11-15T14:30")]),
    ("Thursday's closing price is the lowest since May.", date(2025, 11, 12),
     [("Thursday", "DATE", "2025-11-06"), ("May", "DATE", "2025-05")]),
    ("Following are statements made Friday and Thursday by the lawyer.", date(2025, 3, 12),
     [("Friday", "DATE", "2025-03-07"), ("Thursday", "DATE", "2025-03-06")]),
    ("The fee is 5% over Thursday's closing price.", date(2025, 3, 12), [("Thursday", "DATE", "2025-03-06")]),
    # "to hit" is the base form: the sentence's tense decides; a target in a future sentence lies ahead
    ("The storm is expected to hit on Friday.", date(2025, 3, 12), [("Friday", "DATE", "2025-03-14")]),
    ("Families will gather before Christmas.", date(2025, 3, 12), [("Christmas", "DATE", "2025-12-25")]),
    ("Shoppers are expected to flock to stores before Thanksgiving.", date(2025, 3, 12),
     [("Thanksgiving", "DATE", "2025-11-27")]),
    # the tense of a date's own clause: not of an "after" clause, a participle ("followed by") or the main clause
    # past a participle or relative clause set off by commas; "on track to" points ahead; a relative pronoun or
    # the head before a relative clause is a plural subject
    ("The bank is expected to raise rates at its meeting on Thursday after the currency plunged last week.",
     date(2025, 3, 3), [("Thursday", "DATE", "2025-03-06"), ("last week", "DATE", "2025-W09")]),
    ("The decision will be announced at 2 p.m. (1200 GMT) on Thursday, followed by a news conference.",
     date(2025, 3, 3), [("2 p.m.", "TIME", "2025-03-06T14:00"), ("1200 GMT", "TIME", "2025-03-06T12:00"),
                        ("Thursday", "DATE", "2025-03-06")]),
    ("Hurricane Bettina was on track to hit the coast late Tuesday or early Wednesday, forecasters said.",
     date(2024, 10, 7), [("late Tuesday", "DATE", "2024-10-08"), ("early Wednesday", "DATE", "2024-10-09")]),
    ("Holders Morocco, who open their campaign on Saturday afternoon, arrived in the country this morning.",
     date(2026, 5, 18), [("Saturday afternoon", "TIME", "2026-05-23TAF"), ("this morning", "TIME", "2026-05-18TMO")]),
    ("The quarterfinal, washed out by a violent thunderstorm on Saturday, will be played on Tuesday.",
     date(2026, 6, 8), [("Saturday", "DATE", "2026-06-06"), ("Tuesday", "DATE", "2026-06-09")]),
    ("Spain, who beat Ireland 3-0 yesterday, play Brazil in the first semifinal in Porto on Saturday.",
     date(2026, 6, 8), [("yesterday", "DATE", "2026-06-07"), ("Saturday", "DATE", "2026-06-13")]),
    ("Members would hold protests from early January if no deal was reached.", date(2025, 11, 26),
     [("early January", "DATE", "2026-01")]),
    # "may have to" is an obligation ahead, "may have sunk" a past
    ("If the rain arrives on Wednesday, we may have to wait until the weekend.", date(2023, 4, 24),
     [("Wednesday", "DATE", "2023-04-26"), ("the weekend", "DATE", "2023-W17-WE")]),
    ("The boat may have sunk on Saturday.", date(2023, 4, 24), [("Saturday", "DATE", "2023-04-22")]),
    # a capitalised word in "-ed" inside a sentence is a name, not a past verb
    ("Workers will start a vaccination drive in the flood-hit district on Monday, officials said.",
     date(2024, 10, 18), [("Monday", "DATE", "2024-10-21")]),
    ("Health authorities will start a vaccination drive in the district of Sindhkhed on Monday, officials said.",
     date(2024, 10, 18), [("Monday", "DATE", "2024-10-21")]),
    # a phrase set off by commas may open with a participle not in "-ed"; a modal right after a name's comma is the
    # clause's own
    ("The ultimatum, set out in a letter delivered late on Thursday night, is the most serious threat yet.",
     date(2026, 11, 27), [("Thursday night", "TIME", "2026-11-26TNI")]),
    ("Sources said the prime minister, Aisha Raman, would meet him over the weekend, probably on Sunday afternoon.",
     date(2026, 11, 27), [("the weekend", "DATE", "2026-W48-WE"), ("Sunday afternoon", "TIME", "2026-11-29TAF")]),
    # "told reporters at" a clock time: when it was said, on the publication day
    ("The group entered the cave on Saturday. Inspector Kowalczyk told reporters at 11am AEST that divers had "
     "reached them.", date(2023, 4, 24), [("Saturday", "DATE", "2023-04-22"), ("11am AEST", "TIME", "2023-04-24T11:00")]),
    # a date that ", when" follows takes the tense of that clause
    ("Passengers were urged to check before traveling on Monday, when some trains may be canceled.",
     date(2025, 12, 13), [("Monday", "DATE", "2025-12-15")]),
    ("Officials said little about Thursday, when the protesters were dispersed.", date(2025, 12, 13),
     [("Thursday", "DATE", "2025-12-11")]),
    # an attribution set off by commas gives no tense to the clause before it
    ("The storm was on track to hit the coast late Tuesday, forecasters said, as authorities ordered evacuations.",
     date(2024, 10, 7), [("late Tuesday", "DATE", "2024-10-08")]),
    # a record's measure is not the year the story is in
    ("Analysts said the new rate, the highest since 2001, would push the economy into recession in the first half "
     "of the year.", date(2025, 3, 7), [("2001", "DATE", "2001"), ("the first half of the year", "DATE", "2025-H1")]),
    # "backdated to" reaches back, where a bare target is the nearest such date
    ("The council offered a 3 per cent rise in September, backdated to April.", date(2025, 11, 26),
     [("September", "DATE", "2025-09"), ("April", "DATE", "2025-04")]),
    # a cue in a participle's clause after the date, and "than expected", are not the date's
    ("Dorn welcomed the decision on Wednesday evening, saying it would help households.", date(2025, 3, 13),
     [("Wednesday evening", "TIME", "2025-03-12TEV")]),
    ("The phone sold fewer units than expected, and the company cut 1,200 jobs in December.", date(2025, 3, 11),
     [("December", "DATE", "2024-12")]),
    # a past clock time is on the story's day, not on a day long before it the last sentence named
    ("Eleven aid workers were freed on Saturday. The workers were abducted on November 17 near the border. They "
     "were released at 6 a.m.", date(2025, 3, 8), [("Saturday", "DATE", "2025-03-08"),
                                                 ("November 17", "DATE", "2024-11-17"), ("6 a.m.", "TIME", "2025-03-08T06:00")]),
    # ... nor on the article's own date line; a full date opening its sentence tells the story's day, long before
    # publication too (a date at its end does not); a time in another zone in brackets, and its day, are an aside
    ("INTERIM REPORT\nPublished: 28 April 2027\n\nOn 17 March 2027 the aircraft diverted to Shannon.\n\nIt left "
     "Boston at 0110 hrs (2110 hrs local time on 16 March).\n\nAt 0538 hrs the crew reported smoke.", date(2027, 4, 28),
     [("28 April 2027", "DATE", "2027-04-28"), ("17 March 2027", "DATE", "2027-03-17"),
      ("0110 hrs", "TIME", "2027-03-17T01:10"), ("2110 hrs local time", "TIME", "2027-03-16T21:10"),
      ("16 March", "DATE", "2027-03-16"), ("0538 hrs", "TIME", "2027-03-17T05:38")]),
    ("The aircraft diverted to Shannon on 17 March 2027.\n\nAt 0538 hrs the crew reported smoke.", date(2027, 4, 28),
     [("17 March 2027", "DATE", "2027-03-17"), ("0538 hrs", "TIME", "2027-04-28T05:38")]),
    # ... nor on a day ahead that it named after the day gone by in one sentence
    ("Ministers agreed on Sunday to lower output from July 1.\n\nThe meeting began an hour late, at 1pm local time.",
     date(2028, 6, 5), [("Sunday", "DATE", "2028-06-04"), ("July 1", "DATE", "2028-07-01"),
                        ("an hour", "DURATION", "PT1H"), ("1pm local time", "TIME", "2028-06-04T13:00")]),
    ("Officers said classes will resume on Monday.\n\nThe deal was reached at 4:30 a.m.",
     date(2026, 2, 5), [("Monday", "DATE", "2026-02-09"), ("4:30 a.m.", "TIME", "2026-02-05T04:30")]),
    ("The ferry left Port Calder at 8 p.m. on Tuesday. Rescue boats pulled 196 people from the water overnight.",
     date(2025, 3, 5), [("8 p.m.", "TIME", "2025-03-04T20:00"), ("Tuesday", "DATE", "2025-03-04"), ("overnight", "TIME", "2025-03-04TNI")]),
    # "this winter" in the past tense, in spring, is the winter just gone
    ("Heating bills soared this winter.", date(2025, 3, 12), [("this winter", "DATE", "2024-WI")]),
    ("Heating bills will soar this winter.", date(2025, 3, 12), [("this winter", "DATE", "2025-WI")]),
    # another season "this" year is the calendar year's, unless the tense points the other way
    ("She said she would invite him to testify this spring.", date(2024, 2, 7), [("this spring", "DATE", "2024-SP")]),
    ("The park opens this fall.", date(2024, 1, 15), [("this fall", "DATE", "2024-FA")]),
    ("The pool will open this summer.", date(2024, 10, 2), [("this summer", "DATE", "2025-SU")]),
    ("Sales rose this summer.", date(2024, 10, 2), [("this summer", "DATE", "2024-SU")]),
    # ---- the_night_through, late_at_night: the night of the day in context ----
    ("Rebels attacked the town on Monday. They returned late at night and rescuers worked through the night.",
     date(2025, 3, 12), [("Monday", "DATE", "2025-03-10"), ("late at night", "TIME", "2025-03-10TNI"),
                         ("the night", "TIME", "2025-03-10TNI")]),
    # a decade after a year is a year
    ("It was founded in 1998. A decade later it closed.", date(2025, 3, 12),
     [("1998", "DATE", "1998"), ("A decade later", "DATE", "2008")]),
    # a month or holiday beside a year counted from now is in that year
    ("Families gathered for Easter last year.", date(2025, 3, 12),
     [("Easter", "DATE", "2024-03-31"), ("last year", "DATE", "2024")]),
    ("The war ended 80 years ago in May.", date(2025, 3, 12),
     [("80 years ago", "DATE", "1945"), ("May", "DATE", "1945-05")]),
    # a day in a past sentence is the one just past when a past verb says what happened on it; else the coming one up
    # to two months ahead, unless a plan or what comes next leads to it
    ("He was born on May 1.", date(2025, 3, 12), [("May 1", "DATE", "2024-05-01")]),
    ("Voters went to the polls on April 20.", date(2025, 3, 12), [("April 20", "DATE", "2024-04-20")]),
    ("The union has announced two further strike days, on March 5 and March 19.", date(2027, 2, 16),
     [("March 5", "DATE", "2027-03-05"), ("March 19", "DATE", "2027-03-19")]),
    ("Members were prepared to strike every Monday from March 1 if there was no deal.", date(2027, 2, 16),
     [("every Monday", "SET", "XXXX-WXX-1"), ("March 1", "DATE", "2027-03-01")]),
    ("Members were prepared to strike from June 1.", date(2027, 2, 16), [("June 1", "DATE", "2026-06-01")]),
    ("Nvidia fell 3.7% ahead of its results on March 19.", date(2025, 3, 12), [("March 19", "DATE", "2025-03-19")]),
    ("He called a general election for April 4.", date(2025, 3, 12), [("April 4", "DATE", "2025-04-04")]),
    # contractions, with either apostrophe
    ("They'll vote on Friday.", date(2025, 3, 12), [("Friday", "DATE", "2025-03-14")]),
    ("‘We’ll be back on Monday,’ the coach said.", date(2025, 3, 12), [("Monday", "DATE", "2025-03-17")]),
    ("He won’t attend on Saturday.", date(2025, 3, 12), [("Saturday", "DATE", "2025-03-15")]),
    # "'re", "'m" and a pronoun's "'s" are present cues: an arrangement ahead; a noun's "'s" is a possessive
    ("She’s leaving on Friday.", date(2025, 3, 12), [("Friday", "DATE", "2025-03-14")]),
    ("We're flying to Paris on Sunday.", date(2025, 3, 12), [("Sunday", "DATE", "2025-03-16")]),
    ("Here's what happened on Monday.", date(2025, 3, 12), [("Monday", "DATE", "2025-03-10")]),
    # a day counted from now inside a quotation counts from the day it was said, when the sentence tells it
    ('"We will vote today," the minister said on Monday.', date(2025, 3, 12),
     [("today", "DATE", "2025-03-10"), ("Monday", "DATE", "2025-03-10")]),
    ("“We will vote tomorrow,” he told reporters on Monday.", date(2025, 3, 12),
     [("tomorrow", "DATE", "2025-03-11"), ("Monday", "DATE", "2025-03-10")]),
    # ... however the saying's day is told: late on it, in a setting, with a part of the day or a clock time, to a
    # hearer somewhere
    ('"We will vote today," the minister said late on Monday.', date(2025, 3, 12),
     [("today", "DATE", "2025-03-10"), ("Monday", "DATE", "2025-03-10")]),
    ('"Today is a sad day," Smith said in a statement on Monday evening.', date(2025, 3, 12),
     [("Today", "DATE", "2025-03-10"), ("Monday evening", "TIME", "2025-03-10TEV")]),
    ('"Tonight the country has asked for change," Rehnberg told cheering supporters in Bravik shortly before midnight '
     'on Sunday.', date(2026, 4, 14), [("Tonight", "TIME", "2026-04-12TNI"), ("midnight", "TIME", "2026-04-12T24:00"), ("Sunday", "DATE", "2026-04-12")]),
    ('"We will vote today," the minister said.', date(2025, 3, 12), [("today", "DATE", "2025-03-12")]),
    # the small hours after a night, in the next paragraph too; "overnight" said of what was done after a day is
    # that day's night, an "overnight" before a noun the night before it
    ("Soldiers stormed the palace on Monday night.\n\nGunfire rang out around 1 a.m.", date(2025, 5, 7),
     [("Monday night", "TIME", "2025-05-05TNI"), ("around 1 a.m.", "TIME", "2025-05-06T01:00")]),
    ("Gunmen attacked the village on 11 May. Survivors reached Douentza overnight, and more arrived the following "
     "day.", date(2025, 5, 13), [("11 May", "DATE", "2025-05-11"), ("overnight", "TIME", "2025-05-11TNI"),
                                 ("the following day", "DATE", "2025-05-12")]),
    ("Stocks rose on Friday. London shares were depressed by overnight losses in New York.", date(1989, 10, 30),
     [("Friday", "DATE", "1989-10-27"), ("overnight", "TIME", "1989-10-26TNI")]),
    # "the previous Friday" counts from the day its sentence's month came after, not from the month
    ("The vote on 24 May was the first election since the reform of April 2024. Two organisers were arrested the "
     "previous Friday.", date(2025, 5, 27), [("24 May", "DATE", "2025-05-24"), ("April 2024", "DATE", "2024-04"),
                                             ("the previous Friday", "DATE", "2025-05-23")]),
    ("He arrived on Monday. In March 2020 he was elected. He left the following Friday.", date(2025, 5, 27),
     [("Monday", "DATE", "2025-05-26"), ("March 2020", "DATE", "2020-03"), ("the following Friday", "DATE", "2020-03-06")]),
    # a span of clock times that ends earlier in the day than it began ends on the next day
    ("A curfew from 9 p.m. to 6 a.m. was imposed.", date(2025, 5, 8),
     [("9 p.m.", "TIME", "2025-05-08T21:00"), ("6 a.m.", "TIME", "2025-05-09T06:00")]),
    ("The shop is open from 9 a.m. to 5 p.m.", date(2025, 5, 8),
     [("9 a.m.", "TIME", "2025-05-08T09:00"), ("5 p.m.", "TIME", "2025-05-08T17:00")]),
    # a happening called or set "for" a weekday in a past sentence lies ahead
    ("The opposition called a general strike for Wednesday.", date(2025, 5, 26), [("Wednesday", "DATE", "2025-05-28")]),
    ("He called for calm on Wednesday.", date(2025, 5, 26), [("Wednesday", "DATE", "2025-05-21")]),
    # ... and so does a day of the year, after any form of the verb, and a day something is cancelled for
    ("The president signed a decree dissolving parliament and setting a snap election for June 7.", date(2026, 4, 2),
     [("June 7", "DATE", "2026-06-07")]),
    ("Airlines cancelled 86 domestic flights for Thursday.", date(2025, 9, 24), [("Thursday", "DATE", "2025-09-25")]),
    ("He called for calm on June 7.", date(2026, 4, 2), [("June 7", "DATE", "2025-06-07")]),
    # "until" a weekday in a past sentence: the nearest such day, the coming one on a tie
    ("The airline said it had suspended all its flights until Monday.", date(2024, 11, 15),
     [("Monday", "DATE", "2024-11-18")]),
    ("The road was closed until Monday.", date(2024, 11, 13), [("Monday", "DATE", "2024-11-11")]),
    # a clock time put on the publication day for want of another takes the day of the clock time after it in its
    # sentence; a day of the month a date with its year just named, a year or more back, is in that year
    ("The plane crashed near Riga in November 2024. The crew declared an emergency at 6:53 p.m. and the aircraft "
     "struck the ground at 6:56 p.m. on November 15.", date(2026, 1, 22),
     [("November 2024", "DATE", "2024-11"), ("6:53 p.m.", "TIME", "2024-11-15T18:53"),
      ("6:56 p.m.", "TIME", "2024-11-15T18:56"), ("November 15", "DATE", "2024-11-15")]),
    ("The coalition was formed in May 2025. The chancellor presented the budget on 18 November.", date(2026, 11, 27),
     [("May 2025", "DATE", "2025-05"), ("18 November", "DATE", "2026-11-18")]),
    # ... but not a day before that date in a sentence with a tense: the story goes on after its date
    ("The surrender came on December 16, 1971. The captain, who tore his hamstring at practice on December 6, will "
     "miss the Tests.", date(2024, 12, 17),
     [("December 16, 1971", "DATE", "1971-12-16"), ("December 6", "DATE", "2024-12-06")]),
    # ... nor once the story has gone on past that date's month
    ("It filed on 16 September 2024, and regulators accepted the file in November of that year.\n\nAt the September 25 "
     "meeting, panellists praised the data.", date(2025, 11, 14),
     [("16 September 2024", "DATE", "2024-09-16"), ("November of that year", "DATE", "2024-11"),
      ("September 25", "DATE", "2025-09-25")]),
    # a date that "approaching" or "looming" follows is ahead, whatever the clause's tense; a holiday labelling a noun
    # is the nearest one, not the history date's year
    ("Many compared it with the floods of November 4th, 1966. With the All Saints' Day holiday on November 1st "
     "approaching, authorities have asked people to stay away.", date(2025, 10, 21),
     [("November 4th, 1966", "DATE", "1966-11-04"), ("All Saints' Day", "DATE", "2025-11-01"),
      ("November 1st", "DATE", "2025-11-01")]),
    ("Talks stalled, with June 30 fast approaching.", date(2025, 3, 20),
     [("June 30", "DATE", "2025-06-30")]),
    ("Officials met on Monday with the vote on May 1 looming.", date(2025, 2, 26),
     [("Monday", "DATE", "2025-02-24"), ("May 1", "DATE", "2025-05-01")]),
    # a month after a change by a figure and "for" or "from" is the nearest such month; a month before a benchmark's
    # name is its contract's, ahead
    ("Eight members agreed on Sunday to cut output by 411,000 barrels per day (bpd) from April.", date(2026, 3, 3),
     [("Sunday", "DATE", "2026-03-01"), ("per day", "SET", "P1D"), ("April", "DATE", "2026-04")]),
    ("They agreed to lower the quota by 411,000 b/d for April.", date(2026, 3, 3), [("April", "DATE", "2026-04")]),
    ("The airline raised fares by 5% from May.", date(2026, 8, 3), [("May", "DATE", "2026-05")]),
    ("NYMEX April WTI settled at $75.22/b, and Aramco raised its April OSP.", date(2026, 3, 3),
     [("April", "DATE", "2026-04"), ("April", "DATE", "2026-04")]),
    # years and centuries of an era: before Christ with "BC", "B.C.", "BCE" and "cal BC" (calibrated radiocarbon years)
    # after them, the hedge in the span; the first year of a span of years before Christ takes the last one's era;
    # "A.D." and "AD" before the year; so many years ago before year 1 is a year before Christ
    ("The oak was felled between 1130 and 1010 BC, sealed in peat since the 12th century BC.", date(2027, 2, 17),
     [("1130", "DATE", "BC1130"), ("1010 BC", "DATE", "BC1010"), ("the 12th century BC", "DATE", "BC11")]),
    ("It was made around 480 BC, probably in the early 5th century B.C., from 405 to 370 BC.", date(2027, 2, 17),
     [("around 480 BC", "DATE", "BC0480"), ("the early 5th century B.C.", "DATE", "BC04"), ("405", "DATE", "BC0405"),
      ("370 BC", "DATE", "BC0370")]),
    ("Rituals peaked between about 500 B.C. and A.D. 100; Rome fell in AD 476, and the hull dates to 1130-1010 cal BC.",
     date(2027, 2, 17),
     [("about 500 B.C.", "DATE", "BC0500"), ("A.D. 100", "DATE", "0100"), ("AD 476", "DATE", "0476"),
      ("1130", "DATE", "BC1130"), ("1010 cal BC", "DATE", "BC1010")]),
    ("He was placed in the bog about 2,400 years ago, in the 4th century.", date(2027, 2, 17),
     [("about 2,400 years ago", "DATE", "BC0374"), ("the 4th century", "DATE", "03")]),
    # a contract month: before a contract's name up to four commodity words on, or between an exchange and a commodity
    # (where a capitalised word before it had made the month a name): the coming one, whatever the tense
    ("The most-active July hard red winter wheat contract was up 15 cents, while Kansas City July wheat futures rose "
     "and Euronext September milling wheat fell.", date(2026, 5, 13),
     [("July", "DATE", "2026-07"), ("July", "DATE", "2026-07"), ("September", "DATE", "2026-09")]),
    ("In July the company won two contracts.", date(2026, 5, 13), [("July", "DATE", "2025-07")]),
    # a plan in the past perfect is a plan gone by, its day the nearest ("had been set to go under the hammer [...] on
    # April 15", written after it; "had planned to launch his campaign at a rally in Bordeaux on July 14", written
    # before it); a holiday in apposition to its day is that day; a name's participle ("titled") is no past
    ("The statuette had been set to go under the hammer at Harrowgate & Finch on April 15.", date(2027, 4, 21),
     [("April 15", "DATE", "2027-04-15")]),
    ("Delorme had planned to formally launch his campaign at a rally in Bordeaux on July 14, Bastille Day.",
     date(2025, 6, 20), [("July 14", "DATE", "2025-07-14"), ("Bastille Day", "DATE", "2025-07-14")]),
    ("The body will go on display from 26 February in an exhibition titled \"Faces from the Bog\".", date(2027, 2, 17),
     [("26 February", "DATE", "2027-02-26")]),
    # a clock time with its minutes and its part of the day: "12:15 in the morning" is 00:15, the part of the day the
    # clock time's, not the day's after it
    ("At about 12:15 in the morning on Wednesday, March 11, the section exploded. He left at 5.30 in the evening on "
     "Friday.", date(2026, 3, 13),
     [("about 12:15 in the morning", "TIME", "2026-03-11T00:15"), ("Wednesday, March 11", "DATE", "2026-03-11"),
      ("5.30 in the evening", "TIME", "2026-03-13T17:30"), ("Friday", "DATE", "2026-03-13")]),
    # a midnight before its day: the one that began it after a verb of beginning, else the one that ended it
    ("The truce came into force at midnight on February 18. The ceasefire expired at midnight on Sunday.",
     date(2026, 2, 20), [("midnight", "TIME", "2026-02-18T00:00"), ("February 18", "DATE", "2026-02-18"),
                         ("midnight", "TIME", "2026-02-15T24:00"), ("Sunday", "DATE", "2026-02-15")]),
    # months after a phrase of habit in their sentence are any year's; not in a future clause
    ("The brigade responds to a dozen fires every winter, most of them in January and February. The peak months are "
     "December through February. The fire season traditionally ran from June to September.", date(2027, 3, 5),
     [("every winter", "SET", "XXXX-WI"), ("January", "DATE", "XXXX-01"), ("February", "DATE", "XXXX-02"),
      ("December", "DATE", "XXXX-12"), ("February", "DATE", "XXXX-02"), ("June", "DATE", "XXXX-06"),
      ("September", "DATE", "XXXX-09")]),
    ("The park is closed since May 1, as it is every year, and will reopen in October.", date(2024, 7, 3),
     [("May 1", "DATE", "2024-05-01"), ("every year", "SET", "P1Y"), ("October", "DATE", "2024-10")]),
    # a forecast's weekday lies ahead whatever the tense of the forecasting; not the day a forecast was issued or made
    ("The Met Office has forecast hot and humid weather, with temperatures up to 41C on Friday and Saturday.",
     date(2026, 5, 27), [("Friday", "DATE", "2026-05-29"), ("Saturday", "DATE", "2026-05-30")]),
    ("Forecasters predicted on Monday that the storm would weaken; the warning was forecast by the bureau on Tuesday.",
     date(2026, 5, 27), [("Monday", "DATE", "2026-05-25"), ("Tuesday", "DATE", "2026-05-26")]),
    # a year narrowed at once to months of it frames them
    ("Madrid hosted two informal rounds of talks in 2026, in February and in October.", date(2027, 3, 16),
     [("2026", "DATE", "2026"), ("February", "DATE", "2026-02"), ("October", "DATE", "2026-10")]),
    # a clock time and its day written without "on" are one expression; with "on", two (above)
    ("Workers will strike from 00:01 Tuesday 14 March.", date(2023, 3, 10),
     [("00:01 Tuesday 14 March", "TIME", "2023-03-14T00:01")]),
    ("The train derailed at around 06:58 hrs Thursday 15 October 2026. Engineers arrived at 10:15 hrs Friday.",
     date(2026, 10, 17), [("around 06:58 hrs Thursday 15 October 2026", "TIME", "2026-10-15T06:58"),
                          ("10:15 hrs Friday", "TIME", "2026-10-16T10:15")]),
    ("The polls close at 18:00 GMT Friday, and the count starts at 21:00 Friday.", date(2026, 10, 14),
     [("18:00 GMT Friday", "TIME", "2026-10-16T18:00"), ("21:00 Friday", "TIME", "2026-10-16T21:00")]),
    # a part of the day that names a work rota is none; Workers' Day is 1 May
    ("He was working the overnight shift. Twelve men were underground during the night shift, days after Workers' Day.",
     date(2026, 5, 6), [("Workers' Day", "DATE", "2026-05-01")]),
    # a frequency word in a name or a masthead in capitals is none
    ("He told the Daily Mail that sales are counted daily.\n\nGRAIN GROWER WEEKLY", date(2026, 5, 13),
     [("daily", "SET", "P1D")]),
    # "on a" and a setting of a saying before a weekday: the day of the saying, not some such day
    ("The CEO said on a podcast Monday night that the firm had been responsive.", date(2026, 3, 3),
     [("Monday night", "TIME", "2026-03-02TNI")]),
    # "since" puts a month behind, whatever year the sentence names
    ("The government races to pass the 2026 budget, which has been delayed since December.", date(2026, 3, 10),
     [("2026", "DATE", "2026"), ("December", "DATE", "2025-12")]),
    # "last" in a date of its own is no tense; a participle after a wish and its object is none either
    ("The country will run on last year's figures at least until the autumn.", date(2026, 3, 20),
     [("last year", "DATE", "2025"), ("the autumn", "DATE", "2026-FA")]),
    ("He was last seen on Monday.", date(2026, 3, 20), [("Monday", "DATE", "2026-03-16")]),
    ("Kolev wants the vote held before the summer recess.", date(2026, 3, 20), [("the summer", "DATE", "2026-SU")]),
    ("He wanted the vote held in May.", date(2026, 3, 20), [("May", "DATE", "2025-05")]),
    # a weekday between a saying verb and a modal is the subject of what will be; "said Monday he would" is the saying's
    ("The prime minister's office said Saturday would be declared a day of national mourning.", date(2024, 11, 15),
     [("Saturday", "DATE", "2024-11-16"), ("a day", "DURATION", "P1D")]),
    ("He said Monday he would resign.", date(2024, 11, 15), [("Monday", "DATE", "2024-11-11")]),
    # "told" and its hearer before a weekday: the day it was told, whatever the tense of what was told
    ("A spokesman told reporters Tuesday he would resign.", date(2026, 3, 20), [("Tuesday", "DATE", "2026-03-17")]),
    ("Officials told parliament Monday they will resign.", date(2026, 3, 20), [("Monday", "DATE", "2026-03-16")]),
    # "on a" weekday is some such day; "in a statement Tuesday evening" is that Tuesday's
    ("Forty-five years ago today, on a wet Friday afternoon in 1979, the Lord Provost cut a ribbon.", date(2024, 9, 14),
     [("Forty-five years ago today", "DATE", "1979-09-14"), ("Friday afternoon", "TIME", "XXXX-WXX-5TAF"),
      ("1979", "DATE", "1979")]),
    ("The chief executive said in a statement Tuesday evening that the recall would widen.", date(2024, 2, 7),
     [("Tuesday evening", "TIME", "2024-02-06TEV")]),
    # a present passive is a state on the day ahead, a bare participle what was done
    ("Classes are suspended on Thursday and Friday.", date(2025, 9, 24),
     [("Thursday", "DATE", "2025-09-25"), ("Friday", "DATE", "2025-09-26")]),
    ("Statements made Friday were read out.", date(2025, 9, 24), [("Friday", "DATE", "2025-09-19")]),
    # a wish or need with an infinitive points ahead; a past wish does not
    ("The team wants to hit its target by Friday.", date(2025, 3, 12), [("Friday", "DATE", "2025-03-14")]),
    ("He wanted to leave on Monday.", date(2025, 3, 12), [("Monday", "DATE", "2025-03-10")]),
    # a relative clause set off by a comma, and "after" with a gerund, are told in their own tense
    ("The bank, which cut interest rates in February, will announce its decision on May 20.", date(2025, 11, 6),
     [("February", "DATE", "2025-02"), ("May 20", "DATE", "2026-05-20")]),
    ("The company, which will report results in February, said sales rose.", date(2025, 11, 6),
     [("February", "DATE", "2026-02")]),
    ("The index is down 2.4% this week, after setting a record close on Oct. 28.", date(2025, 11, 6),
     [("this week", "DATE", "2025-W45"), ("Oct. 28", "DATE", "2025-10-28")]),
    ("They travel to Northfield on Wednesday.", MON, [("Wednesday", "DATE", "2012-03-28")]),
    ("The new mayor takes office on Wednesday.", MON, [("Wednesday", "DATE", "2012-03-28")]),
    ("The company, which holds a stake in Jaguar, bid on Wednesday.", MON, [("Wednesday", "DATE", "2012-03-21")]),
    # the end of a range of days comes after its start; a list of days need not
    ("The summit ran from Monday to Friday.", date(2012, 3, 21),
     [("Monday", "DATE", "2012-03-19"), ("Friday", "DATE", "2012-03-23")]),
    ("Statements were made Friday and Thursday.", date(2012, 3, 21),
     [("Friday", "DATE", "2012-03-16"), ("Thursday", "DATE", "2012-03-15")]),
    ("We expect a vote on Friday.", MON, [("Friday", "DATE", "2012-03-30")]),
    ("Nobody did expect a vote on Friday.", MON, [("Friday", "DATE", "2012-03-23")]),
    ("The sides meet again on Wednesday in Valencia.", MON, [("Wednesday", "DATE", "2012-03-28")]),
    ("The sides did not meet on Wednesday.", MON, [("Wednesday", "DATE", "2012-03-21")]),
    # a modal with a verb points ahead; with a perfect, or "could" with a negation, back (MODALS)
    ("Smith could make his debut against Wolves on Saturday.", MON, [("Saturday", "DATE", "2012-03-31")]),
    ("The minister may visit the region on Friday.", MON, [("Friday", "DATE", "2012-03-30")]),
    ("She may have left the country on Sunday.", MON, [("Sunday", "DATE", "2012-03-25")]),
    ("He could not be reached for comment on Friday.", MON, [("Friday", "DATE", "2012-03-23")]),
    # "next" before a noun is no tense; "that" before a past in "-ed" and "by" opens a relative clause
    ("He signed the next contract on Saturday.", MON, [("Saturday", "DATE", "2012-03-24")]),
    ("They will back a party that trailed by 20 points in January.", MON, [("January", "DATE", "2012-01")]),
    # a bound on when something may happen lies ahead
    ("NASA said it would try again no earlier than Friday.", MON, [("Friday", "DATE", "2012-03-30")]),
    # "set for" is scheduled, unless a past perfect says it no longer is
    ("The launch is now set for Friday.", MON, [("now", "DATE", "PRESENT_REF"), ("Friday", "DATE", "2012-03-30")]),
    ("The launch had been set for Friday.", MON, [("Friday", "DATE", "2012-03-23")]),
    # a cue past a clause opener is another clause's ("would" is what was said, not when)
    ("Kenyatta said in an address late Saturday that the attackers would be punished.", date(2013, 9, 22),
     [("late Saturday", "DATE", "2013-09-21")]),
    # ---- weekday_part_of_day ----
    ("Soldiers began their mutiny on Wednesday afternoon.", THU, [("Wednesday afternoon", "TIME", "2012-03-21TAF")]),
    ("The bid had been due to expire Friday evening.", M89, [("Friday evening", "TIME", "1989-10-27TEV")]),
    ("Shots rang out late Friday night.", MON, [("late Friday night", "TIME", "2012-03-23TNI")]),
    ("The mutiny began Wednesday morning at a camp.", THU, [("Wednesday morning", "TIME", "2012-03-21TMO")]),
    # ---- part_of_day_on_weekday ----
    # told on Thursday, a past night "on Thursday" is the one that ended that morning; a coming one is Thursday's
    ("Soldiers attacked the palace overnight on Thursday.", THU, [("overnight on Thursday", "TIME", "2012-03-21TNI")]),
    ("Crews will work overnight Thursday.", THU, [("overnight Thursday", "TIME", "2012-03-22TNI")]),
    ("Soldiers attacked the palace overnight on Tuesday.", THU, [("overnight on Tuesday", "TIME", "2012-03-20TNI")]),
    ("The envoy landed late afternoon on Friday.", MON, [("late afternoon on Friday", "TIME", "2012-03-23TAF")]),
    # ---- part_of_day_of_date ----
    ("Gunfire was heard on the night of March 21.", MON, [("the night of March 21", "TIME", "2012-03-21TNI")]),
    ("They left the morning of Jan. 5, 1998.", MON, [("the morning of Jan. 5, 1998", "TIME", "1998-01-05TMO")]),
    ("On the evening of Wednesday, March 21, soldiers rebelled.", MON,
     [("the evening of Wednesday, March 21", "TIME", "2012-03-21TEV")]),
    # ---- part_of_day_of_day_month ----
    ("The storm hit on the morning of 5 May 2010.", MON, [("the morning of 5 May 2010", "TIME", "2010-05-05TMO")]),
    ("Shots rang out on the night of 21 March.", MON, [("the night of 21 March", "TIME", "2012-03-21TNI")]),
    # ---- early_hours_of_day, early_hours ----
    ("Gunfire was heard in the early hours of Thursday.", MON,
     [("the early hours of Thursday", "TIME", "2012-03-22TMO")]),
    ("Rebels attacked in the small hours of Sunday morning.", MON,
     [("the small hours of Sunday morning", "TIME", "2012-03-25TMO")]),
    ("The palace fell in the early hours of March 22.", MON, [("the early hours of March 22", "TIME", "2012-03-22TMO")]),
    ("The attack came in the pre-dawn hours of Monday.", TUE, [("the pre-dawn hours of Monday", "TIME", "2012-03-26TMO")]),
    # ---- overnight_weekday ----
    ("He fled overnight Wednesday, police said.", THU, [("overnight Wednesday", "TIME", "2012-03-21TNI")]),
    ("Troops entered the town on March 21, 2012, and left in the early hours.", MON,
     [("March 21, 2012", "DATE", "2012-03-21"), ("the early hours", "TIME", "2012-03-21TMO")]),
    # a relative clause keeps its own tense: the cue past the comma that closes it is the main clause's
    ("The president, who will visit Paris on Monday, said on Friday that the deal was close.", date(2024, 6, 8),
     [("Monday", "DATE", "2024-06-10"), ("Friday", "DATE", "2024-06-07")]),
    # ... and a cue inside a phrase set off by commas that closed before the date is that phrase's
    ("Officials expect the bridge, closed since Monday, to reopen on Friday.", date(2024, 6, 8),
     [("Monday", "DATE", "2024-06-03"), ("Friday", "DATE", "2024-06-14")]),
    ("He succeeds Ann Lee, who stepped down as chairman, president and chief executive in March.", date(2024, 6, 8),
     [("March", "DATE", "2024-03")]),
    ("The minister, meanwhile, sought to soften his words, saying on Friday that talks would go on.", date(2024, 6, 8),
     [("Friday", "DATE", "2024-06-07")]),
    # ---- weekday_of_shifted_week, unit_before_last, unit_after_next ----
    ("The talks collapsed on Wednesday last week; the deal was signed Friday of next week.", date(2023, 5, 10),
     [("Wednesday last week", "DATE", "2023-05-03"), ("Friday of next week", "DATE", "2023-05-19")]),
    ("Prices spiked the week before last; the hearing resumes the week after next; sales fell the year before last.",
     date(2023, 5, 10), [("the week before last", "DATE", "2023-W17"), ("the week after next", "DATE", "2023-W21"),
                         ("the year before last", "DATE", "2021")]),
    # ---- weekday_shift, weekday_shift_part_of_day ----
    ("Officers staged a coup last Wednesday.", MON, [("last Wednesday", "DATE", "2012-03-21")]),
    ("They will meet next Friday.", MON, [("next Friday", "DATE", "2012-03-30")]),
    ("The vote is this coming Sunday.", THU, [("this coming Sunday", "DATE", "2012-03-25")]),
    ("The report comes out this Friday.", MON, [("this Friday", "DATE", "2012-03-30")]),
    ("Rebels attacked last Wednesday night.", MON, [("last Wednesday night", "TIME", "2012-03-21TNI")]),
    # "last Sunday" written on Monday is the Sunday of the week before, not yesterday; on Tuesday the Sunday just gone
    ("The rally was held last Sunday.", MON, [("last Sunday", "DATE", "2012-03-18")]),
    ("The rally was held last Sunday.", date(2012, 3, 27), [("last Sunday", "DATE", "2012-03-25")]),
    # ---- month_shift ----
    ("The border closed last April.", MON, [("last April", "DATE", "2011-04")]),
    ("The talks resume next January.", MON, [("next January", "DATE", "2013-01")]),
    ("The congress meets this May.", MON, [("this May", "DATE", "2012-05")]),
    # ---- part_of_day_mod, the_part_of_day ----
    ("By mid-afternoon, officials said the operation was over.", date(1998, 3, 6),
     [("mid-afternoon", "TIME", "1998-03-06TAF")]),
    ("It was early morning when they left.", MON, [("early morning", "TIME", "2012-03-26TMO")]),
    ("Shares fell Friday. Traders bought heavily in the morning.", M89,
     [("Friday", "DATE", "1989-10-27"), ("the morning", "TIME", "1989-10-27TMO")]),
    ("They met in the evening to decide.", MON, [("the evening", "TIME", "2012-03-26TEV")]),
    # ---- light_part_of_day ----
    ("Rebels entered Gao on Friday and looted it until dusk.", MON,
     [("Friday", "DATE", "2012-03-23"), ("dusk", "TIME", "2012-03-23TEV")]),
    ("The curfew lasts from nightfall to dawn.", MON, [("nightfall", "TIME", "2012-03-26TEV"), ("dawn", "TIME", "2012-03-26TMO")]),
    ("A quake struck early Monday. A second quake hit the region around midday.", TUE,
     [("early Monday", "DATE", "2012-03-26"), ("midday", "TIME", "2012-03-26TMI")]),
    ("The midday news ran long.", MON, []),
    # ---- today, yesterday, tomorrow and kin ----
    ("He spoke today.", MON, [("today", "DATE", "2012-03-26")]),
    ("He spoke yesterday.", MON, [("yesterday", "DATE", "2012-03-25")]),
    ("He will speak tomorrow.", MON, [("tomorrow", "DATE", "2012-03-27")]),
    ("Today's meeting was short.", MON, [("Today", "DATE", "2012-03-26")]),
    ("It happened the day before yesterday.", MON, [("the day before yesterday", "DATE", "2012-03-24")]),
    ("They return the day after tomorrow.", MON, [("the day after tomorrow", "DATE", "2012-03-28")]),
    ("He will speak tonight.", MON, [("tonight", "TIME", "2012-03-26TNI")]),
    ("Gunfire was heard last night.", MON, [("last night", "TIME", "2012-03-25TNI")]),
    # a month that labels its data is over, whatever the tense of their release, if it is at most a quarter back
    ("February's inflation figures will be released on Wednesday.", MON,
     [("February", "DATE", "2012-02"), ("Wednesday", "DATE", "2012-03-28")]),
    ("The January payroll data will be published.", MON, [("January", "DATE", "2012-01")]),
    ("The September payroll data will be published.", MON, [("September", "DATE", "2012-09")]),
    ("The September payroll data was published.", MON, [("September", "DATE", "2011-09")]),
    ("ABARES will publish its June crop report on 2 June.", date(2026, 5, 15),
     [("June", "DATE", "2026-06"), ("2 June", "DATE", "2026-06-02")]),
    # a trailing attribution's speaker, however long, gives no tense: the quotation's own does
    ("\"The disruption will be felt well into August,\" said Linerlytics head of research Sofie Berg.", date(2026, 7, 6),
     [("August", "DATE", "2026-08")]),
    ("\"Prices rose in August,\" said Linerlytics head of research Sofie Berg.", date(2026, 7, 6),
     [("August", "DATE", "2025-08")]),
    # ---- overnight: the night before publication; the coming one ahead; the night before the story's day
    ("Russia attacked Kyiv overnight, officials said on Monday.", MON, [("overnight", "TIME", "2012-03-25TNI"),
                                                                        ("Monday", "DATE", "2012-03-26")]),
    ("Crews will work overnight to restore power.", MON, [("overnight", "TIME", "2012-03-26TNI")]),
    ("Shares closed lower Friday. They were hit by overnight losses in New York.", MON,
     [("Friday", "DATE", "2012-03-23"), ("overnight", "TIME", "2012-03-22TNI")]),
    ("The mutiny began on Wednesday, and overnight they took the palace.", date(2012, 3, 23),
     [("Wednesday", "DATE", "2012-03-21"), ("overnight", "TIME", "2012-03-21TNI")]),
    ("The plane overshot the runway on Tuesday evening. The chief executive flew to Halifax overnight.", date(2025, 3, 12),
     [("Tuesday evening", "TIME", "2025-03-11TEV"), ("overnight", "TIME", "2025-03-11TNI")]),
    ("Yesterday afternoon, the department suspended aid.", TUE, [("Yesterday afternoon", "TIME", "2012-03-26TAF")]),
    ("The junta meets tomorrow morning.", MON, [("tomorrow morning", "TIME", "2012-03-27TMO")]),
    ("The statement came late yesterday evening.", MON, [("late yesterday evening", "TIME", "2012-03-25TEV")]),
    ("In London at mid-afternoon yesterday, shares were up.", MON,
     [("mid-afternoon yesterday", "TIME", "2012-03-25TAF")]),
    ("He spoke this morning.", MON, [("this morning", "TIME", "2012-03-26TMO")]),
    ("A vote is expected later this afternoon.", MON, [("later this afternoon", "TIME", "2012-03-26TAF")]),
    ("Officials were unavailable late yesterday.", MON, [("late yesterday", "DATE", "2012-03-25")]),
    ("Later today, he will fly to Dakar.", MON, [("Later today", "DATE", "2012-03-26")]),
    # ---- unit_shift, unit_shift_the, unit_shift_mod, unit_of_this ----
    ("Last week in Mali, officers seized power.", TUE, [("Last week", "DATE", "2012-W12")]),
    ("Prices rose this month.", MON, [("this month", "DATE", "2012-03")]),
    ("This past weekend, thousands marched.", THU, [("This past weekend", "DATE", "2012-W11-WE")]),
    ("Bamako was paralysed last month.", THU, [("last month", "DATE", "2012-02")]),
    ("He was due to step down next month.", MON, [("next month", "DATE", "2012-04")]),
    ("Growth will slow next year.", MON, [("next year", "DATE", "2013")]),
    ("Growth slowed last year.", MON, [("last year", "DATE", "2011")]),
    ("Sales are flat this quarter.", MON, [("this quarter", "DATE", "2012-Q1")]),
    ("Stocks rallied last weekend.", MON, [("last weekend", "DATE", "2012-W12-WE")]),
    ("The envoy arrives this week.", MON, [("this week", "DATE", "2012-W13")]),
    ("Mali was stable for much of the last decade.", MON, [("the last decade", "DATE", "200")]),
    ("Rates fell in the past year.", J98, [("the past year", "DATE", "1997")]),
    ("Revenue will grow in the current quarter.", D89, [("the current quarter", "DATE", "1989-Q4")]),
    ("The vote is in the last week of March.", MON, [("the last week of March", "DATE", "2012-W13")]),
    ("Sales rose earlier this year.", MON, [("earlier this year", "DATE", "2012")]),
    ("Talks began late last week.", MON, [("late last week", "DATE", "2012-W12")]),
    ("Output will rise early next year.", MON, [("early next year", "DATE", "2013")]),
    ("The mandate lapses at the end of this month.", MON, [("the end of this month", "DATE", "2012-03")]),
    ("Work starts at the beginning of next year.", MON, [("the beginning of next year", "DATE", "2013")]),
    ("The plants will be closed over the next year or so.", N89, [("the next year or so", "DATE", "1990")]),
    # ---- week_of_date ----
    ("Talks were held the week of March 19.", MON, [("the week of March 19", "DATE", "2012-W12")]),
    # an end of a range after its start in the sentence: the first such day after it
    ("Services will be cut from Monday night and will not return to normal until Saturday morning.",
     date(2023, 3, 7), [("Monday night", "TIME", "2023-03-13TNI"), ("Saturday morning", "TIME", "2023-03-18TMO")]),
    # a weekday before a day and month of a shifted year is one expression
    ("Boxing Day falls on Sunday 26 December this year.", date(2027, 11, 29),
     [("Boxing Day", "DATE", "2027-12-26"), ("Sunday 26 December this year", "DATE", "2027-12-26")]),
    # ---- duration_long_word: a unit and "long" in one word ----
    ("The vote ended a weeklong standoff after a daylong series of votes.", date(2027, 9, 25),
     [("weeklong", "DURATION", "P1W"), ("daylong", "DURATION", "P1D")]),
    # ---- duration_compound: two units, the larger first, are one length ----
    ("At two hours and 22 minutes it is long; the burn lasted 8 minutes and 42 seconds.", date(2027, 3, 12),
     [("two hours and 22 minutes", "DURATION", "PT2H22M"), ("8 minutes and 42 seconds", "DURATION", "PT8M42S")]),
    ("He served two years and six months; it took 10 minutes and 2 hours.", date(2027, 3, 12),
     [("two years and six months", "DURATION", "P2Y6M"), ("10 minutes", "DURATION", "PT10M"),
      ("2 hours", "DURATION", "PT2H")]),
    # ---- date_season_split_year: the season of a year that straddles two ----
    ("Storage levels for the winter of 2026/27 are high.", date(2026, 12, 7), [("the winter of 2026/27", "DATE", "2026-WI")]),
    # ---- week_ended_date, week_ended_day_month ----
    ("US refinery runs were 9.7mn b/d in the week to 10 July.", date(2026, 7, 16),
     [("the week to 10 July", "DATE", "2026-W28")]),
    ("Claims fell to 211,000 for the week ended March 4, the department said on Thursday.", date(2023, 3, 9),
     [("the week ended March 4", "DATE", "2023-W09"), ("Thursday", "DATE", "2023-03-09")]),
    # ---- week_of_day_month ----
    ("Parliament will vote in the week of 14 January.", date(2018, 12, 13),
     [("the week of 14 January", "DATE", "2019-W03")]),
    # ---- shifted_year_quarter ----
    ("The split could be effective as early as next year's first quarter.", date(1989, 10, 31),
     [("next year's first quarter", "DATE", "1990-Q1")]),
    ("Net sales for this year's third quarter were $14 million.", date(1989, 11, 1),
     [("this year's third quarter", "DATE", "1989-Q3")]),
    # ---- decade_edge ----
    ("Emissions must fall by the end of the decade.", MON, [("the end of the decade", "DATE", "201")]),
    # ---- date_ordinal_day: the month in context, else the publication's as the tense points ----
    ("The plan was unveiled on the 15th.", date(2012, 3, 10), [("the 15th", "DATE", "2012-02-15")]),
    ("The vote will be held on the 5th.", date(2012, 3, 10), [("the 5th", "DATE", "2012-04-05")]),
    ("In March 2011, prices fell. On the 15th, the bank cut rates.", MON,
     [("March 2011", "DATE", "2011-03"), ("the 15th", "DATE", "2011-03-15")]),
    # a month of months ago, in another sentence, is no month for a day ahead: this month's
    ("The reform was proposed in mid-January. A strike will be held on the 28th.", MON,
     [("mid-January", "DATE", "2012-01"), ("the 28th", "DATE", "2012-03-28")]),
    # ---- date_year_22nd_century: after a preposition of time, not before a count noun ----
    ("Temperatures could rise by 2.7 degrees by 2100.", date(2023, 6, 16), [("2100", "DATE", "2100")]),
    ("He paid in 2100 installments; troops left at 2100 GMT.", date(2023, 6, 16),
     [("2100 GMT", "TIME", "2023-06-16T21:00")]),
    # ---- clock_on_shifted_weekday ----
    ("The jobs report, scheduled for 8:30 a.m. next Friday, is expected to show gains.", date(2010, 5, 21),
     [("8:30 a.m. next Friday", "TIME", "2010-05-28T08:30")]),
    # hours and minutes: from a clock time, else within the day in context
    ("The bomb exploded at 3 p.m. on Monday. Two hours later, police arrived.", date(2024, 6, 5),
     [("3 p.m.", "TIME", "2024-06-03T15:00"), ("Monday", "DATE", "2024-06-03"), ("Two hours later", "TIME", "2024-06-03T17:00")]),
    ("The quake struck on Sunday; three hours later a warning was issued. Polls closed an hour ago.",
     date(2024, 6, 5), [("Sunday", "DATE", "2024-06-02"), ("three hours later", "DATE", "2024-06-02"),
                        ("an hour ago", "DATE", "2024-06-05")]),
    ("The siege began on May 1 and ended 36 hours later.", date(2024, 6, 5), [("May 1", "DATE", "2024-05-01")]),
    ("10:15 p.m. ET: Polls closed in Nevada an hour ago.", date(2020, 11, 4),
     [("10:15 p.m. ET", "TIME", "2020-11-04T22:15"), ("an hour ago", "TIME", "2020-11-04T21:15")]),
    # ---- offset_ago_this_unit ----
    # ---- date_weekend_of, date_weekend_of_day_month, date_feast_weekend: the weekend of a day's week ----
    ("It reopens through Nov. 1 and again on the weekend of Nov. 7-8 and the weekend of 14-15 November.",
     date(2026, 10, 27), [("Nov. 1", "DATE", "2026-11-01"), ("the weekend of Nov. 7-8", "DATE", "2026-W45-WE"),
                          ("the weekend of 14-15 November", "DATE", "2026-W46-WE")]),
    ("Videos circulated widely over the long Easter weekend.", date(2026, 4, 11),
     [("the long Easter weekend", "DATE", "2026-W14-WE")]),
    # ---- past_ref_recent_units: "recent days", "recent years" are the recent past; "recent months" a length ----
    ("In recent years they pressed the state; in recent days and in recent months prices rose.", date(2026, 3, 3),
     [("recent years", "DATE", "PAST_REF"), ("recent days", "DATE", "PAST_REF"), ("recent months", "DURATION", "PXM")]),
    # ---- half_of_period, rest_of_period ----
    ("Inflation was 3.9% in March 2024. Rates may stay on hold for the rest of the year.", date(2026, 5, 18),
     [("March 2024", "DATE", "2024-03"), ("the rest of the year", "DATE", "2026")]),
    ("Schools will remain closed for the rest of the week.", date(2026, 10, 21),
     [("the rest of the week", "DATE", "2026-W43")]),
    ("The deadline is 16 April; a mission arrives in the second half of the month.", date(2026, 4, 11),
     [("16 April", "DATE", "2026-04-16"), ("the second half of the month", "DATE", "2026-04")]),
    ("Traders will look to first-half May inflation and to trouble that broke out at about 15:30.", date(2026, 5, 15),
     [("first-half May", "DATE", "2026-05"), ("about 15:30", "TIME", "2026-05-15T15:30")]),
    # ---- offset_from_weekday ---- (American) a week before the last Sunday, a week after the coming Saturday
    ("They won a week ago Sunday; the vote is a week from Saturday.", date(2025, 11, 12),
     [("a week ago Sunday", "DATE", "2025-11-02"), ("a week from Saturday", "DATE", "2025-11-22")]),
    ("It opened 50 years ago Monday and closes two weeks from Wednesday.", date(2025, 11, 12),
     [("50 years ago Monday", "DATE", "1975-11-10"), ("two weeks from Wednesday", "DATE", "2025-11-26")]),
    ("It was a year ago this week that the storm hit.", date(2013, 10, 7),
     [("a year ago this week", "DATE", "2012-W40")]),
    ("The strike began a fortnight ago and will end on Tuesday week.", date(2024, 5, 8),
     [("a fortnight ago", "DATE", "2024-W17"), ("Tuesday week", "DATE", "2024-05-21")]),
    ("Prices are up 4% on this time last year; this time last week they fell.", date(2024, 5, 8),
     [("this time last year", "DATE", "2023-05"), ("this time last week", "DATE", "2024-05-01")]),
    ("Sales in the first three months of the year rose, and fell in the last six months of 2023.", date(2024, 5, 8),
     [("the first three months of the year", "DATE", "2024-Q1"), ("the last six months of 2023", "DATE", "2023-H2")]),
    ("She resigned in the early hours of this morning.", date(2024, 5, 8),
     [("the early hours of this morning", "TIME", "2024-05-08TMO")]),
    ("He called the election on 22 May, six weeks earlier than expected.", date(2024, 7, 5),
     [("22 May", "DATE", "2024-05-22"), ("six weeks", "DURATION", "P6W")]),
    ("Enrollment opens on the 15th of next month; Acme expects first-quarter fiscal 2025 revenue.", date(2024, 5, 22),
     [("the 15th of next month", "DATE", "2024-06-15"), ("first-quarter fiscal 2025", "DATE", "2025-Q1")]),
    ("The club meets on Thursdays; the market opens Sundays at 6 p.m.", date(2024, 5, 16),
     [("Thursdays", "SET", "XXXX-WXX-4"), ("Sundays at 6 p.m.", "SET", "XXXX-WXX-7T18:00")]),
    ("Story time is every Tuesday at 10:30 a.m.", date(2024, 5, 16),
     [("every Tuesday at 10:30 a.m.", "SET", "XXXX-WXX-2T10:30")]),
    ("The festival runs from July 3 to July 7.", date(2024, 10, 24),
     [("July 3", "DATE", "2025-07-03"), ("July 7", "DATE", "2025-07-07")]),
    ("U.S. markets will close early on Wednesday and stay shut on Thursday.", date(2024, 10, 24),  # a Thursday
     [("Wednesday", "DATE", "2024-10-30"), ("Thursday", "DATE", "2024-10-31")]),
    ("Ten years ago today, the plane vanished.", date(2024, 3, 14),
     [("Ten years ago today", "DATE", "2014-03-14")]),
    ("He died a year ago yesterday; the accord was signed 30 years ago next month.", date(2024, 3, 14),
     [("a year ago yesterday", "DATE", "2023-03-13"), ("30 years ago next month", "DATE", "1994-04")]),
    ("A year ago last week, prices peaked.", date(2024, 3, 14),
     [("A year ago last week", "DATE", "2023-W10")]),
    ("Two years ago this month, rebels took the city.", date(2013, 10, 7),
     [("Two years ago this month", "DATE", "2011-10")]),
    ("The Senate passed the bill late last night.", date(2013, 10, 7), [("late last night", "TIME", "2013-10-06TNI")]),
    # ---- part_of_day_on_date, part_of_day_on_day_month ----
    ("The gunmen entered the hotel shortly before dawn on Nov. 26.", date(2008, 12, 5),
     [("dawn on Nov. 26", "TIME", "2008-11-26TMO")]),
    ("Troops left at dawn on 26 November 2008.", date(2008, 12, 5),
     [("dawn on 26 November 2008", "TIME", "2008-11-26TMO")]),
    ("The next hearing is on 14th.", date(2024, 3, 10), [("14th", "DATE", "2024-03-14")]),
    ("Prices rose in 3Q22; the museum is open from May to September; troops march on Washington.", date(2023, 5, 10),
     [("3Q22", "DATE", "2022-Q3"), ("May", "DATE", "2023-05"), ("September", "DATE", "2023-09")]),
    # ---- date_ordinal_word_day ----
    ("The president leaves for Tokyo on the twenty-first and returns on March twenty-eighth.", date(2024, 3, 12),
     [("the twenty-first", "DATE", "2024-03-21"), ("March twenty-eighth", "DATE", "2024-03-28")]),
    ("He won on the first ballot and left on the second of May.", date(2024, 3, 12),
     [("the second of May", "DATE", "2023-05-02")]),
    # ---- date_of_that_year ----
    ("Talks collapsed in September 2010. A freeze had expired on Sept. 26 of that year.", date(2013, 7, 21),
     [("September 2010", "DATE", "2010-09"), ("Sept. 26 of that year", "DATE", "2010-09-26")]),
    ("He was born in 1950. In March of the same year, his father died.", MON,
     [("1950", "DATE", "1950"), ("March of the same year", "DATE", "1950-03")]),
    ("The market crashed in 1987. On the 19th of October that year it fell 22%.", MON,
     [("1987", "DATE", "1987"), ("the 19th of October that year", "DATE", "1987-10-19")]),
    # ---- unit_anaphoric, that_unit, weekday_anaphoric, unit_before_after ----
    ("He launched a coup in 1991 and stepped aside the following year.", MON,
     [("1991", "DATE", "1991"), ("the following year", "DATE", "1992")]),
    ("The plant opened in March 2010; the next month it closed.", MON,
     [("March 2010", "DATE", "2010-03"), ("the next month", "DATE", "2010-04")]),
    ("On March 5, 2010, the bank failed; the previous day its chief resigned.", MON,
     [("March 5, 2010", "DATE", "2010-03-05"), ("the previous day", "DATE", "2010-03-04")]),
    ("The mission ends the following year.", MON, [("the following year", "DATE", "2013")]),
    # a fiscal year is named from now, not from a target before it
    ("The deficit will fall by 2030. Spending will rise in the next fiscal year.", date(2025, 5, 12),
     [("2030", "DATE", "2030"), ("the next fiscal year", "DATE", "2026")]),
    ("On May 2, 1999, rebels attacked. That day, the army fled.", MON,
     [("May 2, 1999", "DATE", "1999-05-02"), ("That day", "DATE", "1999-05-02")]),
    ("Trading collapsed in 1987; losses that day were huge.", MON,
     [("1987", "DATE", "1987"), ("that day", "DATE", "XXXX-XX-XX")]),
    # a shift from the last date that would fall after publication in a past clause counts from something
    # the text never dated ("the first day of fighting"): no value; in a future clause it stands
    ("The army spoke early Monday. Rebels seized the airport on the first day, but troops retook it two days later.",
     MON, [("early Monday", "DATE", "2012-03-26"), ("the first day", "DATE", "XXXX-XX-XX"),
           ("two days later", "DATE", "XXXX-XX-XX")]),
    ("The army spoke early Monday. Troops will retake the airport two days later.",
     MON, [("early Monday", "DATE", "2012-03-26"), ("two days later", "DATE", "2012-03-28")]),
    # ... nor from a time counted forward from publication ("tomorrow"), in a past clause
    ("He will appear in court tomorrow. Earlier in the evening, the victim had attended a party.", MON,
     [("tomorrow", "DATE", "2012-03-27"), ("the evening", "TIME", "XXXX-XX-XXTEV")]),
    # a length of time with a modifier counts from a clock time too
    ("Police were called shortly after 2 a.m. on Sunday. Officers arrested a suspect about 20 minutes later.", MON,
     [("2 a.m.", "TIME", "2012-03-25T02:00"), ("Sunday", "DATE", "2012-03-25"), ("about 20 minutes later", "TIME", "2012-03-25T02:20")]),
    ("Talks opened on Friday. The army said the next day it had retaken the airport.",
     TUE, [("Friday", "DATE", "2012-03-23"), ("the next day", "DATE", "2012-03-24")]),
    # "In 2010," frames the months after it; "Since 2010" opens a span up to now, and frames nothing
    ("In 2010, the plant grew, and it hired 50 people in May.", date(2023, 3, 7),
     [("2010", "DATE", "2010"), ("May", "DATE", "2010-05")]),
    ("Since 2010 the plant has grown, and it hired 50 people in May.", date(2023, 3, 7),
     [("2010", "DATE", "2010"), ("May", "DATE", "2022-05")]),
    # a month without a year in a sentence that names the publication's year is in that year
    ("Policymakers forecast two more cuts this year, at meetings in November and December.", date(2024, 9, 19),
     [("this year", "DATE", "2024"), ("November", "DATE", "2024-11"), ("December", "DATE", "2024-12")]),
    ("Sales rose this year but fell sharply in February.", date(2024, 9, 19),
     [("this year", "DATE", "2024"), ("February", "DATE", "2024-02")]),
    # "go" and "goes" are presents of schedule too ("go on sale", "go to the polls")
    ("Tickets go on sale on Monday; the phone goes on sale on Friday.", date(2024, 9, 10),
     [("Monday", "DATE", "2024-09-16"), ("Friday", "DATE", "2024-09-13")]),
    # "runs" is a present of schedule
    ("The festival runs from Friday through Sunday.", date(2024, 10, 1),
     [("Friday", "DATE", "2024-10-04"), ("Sunday", "DATE", "2024-10-06")]),
    # "to" after a period names its end, which the tense places; elsewhere it points ahead
    ("In the year to March, exports fell.", date(2024, 10, 31), [("the year", "DURATION", "P1Y"), ("March", "DATE", "2024-03")]),
    ("The government expects growth of 2% in the year to March.", date(2024, 10, 31),
     [("the year", "DURATION", "P1Y"), ("March", "DATE", "2025-03")]),
    ("The curfew was extended to March.", date(2024, 10, 31), [("March", "DATE", "2025-03")]),
    # a cue in a comparison after the date is the comparison's time ("up from 50% a month ago")
    ("Traders see a 60% chance of a rate cut in September, up from about 50% a month ago.", date(2024, 6, 28),
     [("September", "DATE", "2024-09"), ("a month ago", "DATE", "2024-05")]),
    # a month without a year after a date of a year or more ago is left to the tense: news names the year again when
    # it goes back in time
    ("The heaters were sold from November 2025. One of the fires, in February, destroyed a home.", date(2027, 3, 4),
     [("November 2025", "DATE", "2025-11"), ("February", "DATE", "2027-02")]),
    # a shift forward in a past clause goes on from the last day gone by that the story named, not from a day to come;
    # a word a possessive owns is a noun, not a verb of schedule; temperatures "in the mid-30s" are no decade
    ("On Sunday 17 January, detectives charged a man, who is due to appear in court on 24 March. The following Monday, "
     "the state announced grants.", date(2027, 1, 30),
     [("Sunday 17 January", "DATE", "2027-01-17"), ("24 March", "DATE", "2027-03-24"),
      ("The following Monday", "DATE", "2027-01-18")]),
    ("An engineer suffered burns to his hands and face on Wednesday morning, as temperatures in the mid-30s fanned the "
     "flames.", date(2026, 8, 14), [("Wednesday morning", "TIME", "2026-08-12TMO")]),
    # a clock time's zone in words between it and its day ("camp time") keeps the day
    ("The drill reached bedrock at about 4:40 p.m. camp time on Tuesday.", date(2028, 1, 13),
     [("about 4:40 p.m.", "TIME", "2028-01-11T16:40"), ("Tuesday", "DATE", "2028-01-11")]),
    # "the next day" after a past perfect's background period counts from the day the story named before it
    ("On September 14, the mission published a report. Its investigators had interviewed 430 victims between March "
     "and June. The foreign ministry dismissed the report the next day.", date(2027, 10, 1),
     [("September 14", "DATE", "2027-09-14"), ("March", "DATE", "2027-03"), ("June", "DATE", "2027-06"),
      ("the next day", "DATE", "2027-09-15")]),
    # a bare "morning" after "by" or "until" is the morning of the day in context, or of the day after its night
    ("The fire jumped the road on Tuesday 5 January. It burned through the night. By morning, spotters had found three "
     "fires.", date(2027, 1, 10), [("Tuesday 5 January", "DATE", "2027-01-05"), ("the night", "TIME", "2027-01-05TNI"),
                                   ("morning", "TIME", "2027-01-06TMO")]),
    # a past form after a number is an adjective, no tense ("carrying around 40 insulated crates")
    ("The icebreaker will leave the coast in early February carrying around 40 insulated crates of cores.",
     date(2028, 1, 22), [("early February", "DATE", "2028-02")]),
    # a weekday's abbreviation after "the" is no weekday; a verb of schedule after a preposition is a noun
    ("Comets are born far from the Sun. Almeida was placed on administrative leave on Friday.", date(2026, 9, 28),
     [("Friday", "DATE", "2026-09-25")]),
    # the start of a range takes the year of its end, or the year before when it is later in the calendar
    ("The siege lasted between 14 August and 16 August 2023. Talks ran from 28 December to 3 January 2024.",
     date(2027, 3, 10), [("14 August", "DATE", "2023-08-14"), ("16 August 2023", "DATE", "2023-08-16"),
                         ("28 December", "DATE", "2023-12-28"), ("3 January 2024", "DATE", "2024-01-03")]),
    # ... but a month that opens a past sentence right after one that named a month of a year long gone by, up to three
    # months later, goes on in that year
    ("That changed in January 2025, when police raided his flat. In February, he crossed into Belgium.",
     date(2027, 3, 10), [("January 2025", "DATE", "2025-01"), ("February", "DATE", "2025-02")]),
    ("Inflation, which rose 25.5% in December 2023 alone, rose 2.4% in February.", date(2026, 4, 3),
     [("December 2023", "DATE", "2023-12"), ("February", "DATE", "2026-02")]),
    ("Russia invaded on Feb. 24, 2024. Its forces withdrew from Kyiv in March.", date(2024, 9, 24),
     [("Feb. 24, 2024", "DATE", "2024-02-24"), ("March", "DATE", "2024-03")]),
    ("Russia invaded on Feb. 24, 2022. Its forces withdrew from Kherson in November.", date(2025, 2, 24),
     [("Feb. 24, 2022", "DATE", "2022-02-24"), ("November", "DATE", "2024-11")]),
    ("Russia invaded on Feb. 24, 2022. It was cold. Its forces withdrew in March.", date(2025, 2, 24),
     [("Feb. 24, 2022", "DATE", "2022-02-24"), ("March", "DATE", "2024-03")]),
    ("He rejected the treaty following the August 1988 cease-fire. The move came in September.", date(1990, 8, 15),
     [("August 1988", "DATE", "1988-08"), ("September", "DATE", "1989-09")]),
    # "later this week" on a Sunday, the last day of its week, is the coming week
    ("Sunak is expected to travel to Israel later this week.", date(2023, 10, 15),
     [("later this week", "DATE", "2023-W42")]),
    ("Sunak is expected to travel to Israel later this week.", date(2023, 10, 13),
     [("later this week", "DATE", "2023-W41")]),
    # a date that only names a noun, in a sentence that named its time, is not the time counted from
    ("On Wednesday, it ruled on some Jan. 6 rioters. A day earlier, it blocked a plan.", date(2024, 6, 28),
     [("Wednesday", "DATE", "2024-06-26"), ("Jan. 6", "DATE", "2024-01-06"), ("A day earlier", "DATE", "2024-06-25")]),
    # ---- part_of_day_before_after ----
    ("Rebels attacked on Friday. The army had fled the night before.", date(2024, 11, 11),
     [("Friday", "DATE", "2024-11-08"), ("the night before", "TIME", "2024-11-07TNI")]),
    ("Rebels attacked on Friday. The evening before, the army had fled.", date(2024, 11, 11),
     [("Friday", "DATE", "2024-11-08"), ("The evening before", "TIME", "2024-11-07TEV")]),
    ("He left the night before the vote.", date(2024, 11, 11), []),
    # ---- season_anaphoric ----
    ("Trouble began in the spring of 2019. By the following spring, losses mounted.", MON,
     [("the spring of 2019", "DATE", "2019-SP"), ("the following spring", "DATE", "2020-SP")]),
    ("The bank missed a payment in April 2020, and a day later its rating was cut. The state closed it that autumn.",
     MON, [("April 2020", "DATE", "2020-04"), ("a day later", "DATE", "2020-04"), ("that autumn", "DATE", "2020-FA")]),
    # weeks after a month: the month they most likely end in, counted from its middle
    ("His first trial opened in September 2023 and collapsed two weeks later.", MON,
     [("September 2023", "DATE", "2023-09"), ("two weeks later", "DATE", "2023-09")]),
    ("The plan was announced in May 2011. Six weeks later it was dropped.", MON,
     [("May 2011", "DATE", "2011-05"), ("Six weeks later", "DATE", "2011-06")]),
    # the day after a day of a month is in that month, as near as is known
    ("Smith was arrested in February 2017 and released the next day.", MON,
     [("February 2017", "DATE", "2017-02"), ("the next day", "DATE", "2017-02")]),
    ("The plant opened in June 2004 and was sold the same month.", MON,
     [("June 2004", "DATE", "2004-06"), ("the same month", "DATE", "2004-06")]),
    ("The bank failed on March 5, 2010, and reopened the following Monday.", MON,
     [("March 5, 2010", "DATE", "2010-03-05"), ("the following Monday", "DATE", "2010-03-08")]),
    ("Shares fell on Oct. 30, 1989, after a rally the previous Friday.", MON,
     [("Oct. 30, 1989", "DATE", "1989-10-30"), ("the previous Friday", "DATE", "1989-10-27")]),
    ("He was elected in 2002, having lost the year before.", MON,
     [("2002", "DATE", "2002"), ("the year before", "DATE", "2001")]),
    ("It rained on June 3, 2010, and again the day after.", MON,
     [("June 3, 2010", "DATE", "2010-06-03"), ("the day after", "DATE", "2010-06-04")]),
    # ---- part_of_day_anaphoric, that_part_of_day ----
    ("Troops left on Wednesday; the next morning they returned.", MON,
     [("Wednesday", "DATE", "2012-03-21"), ("the next morning", "TIME", "2012-03-22TMO")]),
    ("He resigned on March 5, 2010, having met the envoy the previous evening.", MON,
     [("March 5, 2010", "DATE", "2010-03-05"), ("the previous evening", "TIME", "2010-03-04TEV")]),
    ("Rebels took Gao on Friday. That night, looters emptied the banks.", MON,
     [("Friday", "DATE", "2012-03-23"), ("That night", "TIME", "2012-03-23TNI")]),
    # ---- the_period, the_year_ended, year_end, period_edge ----
    ("Profit rose in the third quarter. Sales in the quarter were flat.", D89,
     [("the third quarter", "DATE", "1989-Q3"), ("the quarter", "DATE", "1989-Q3")]),
    ("The latest quarter was weak.", D89, [("The latest quarter", "DATE", "1989-Q3")]),
    ("For the year, pet food volume was flat.", N89, [("the year", "DATE", "1989")]),
    ("Stocks rallied over the weekend.", MON, [("the weekend", "DATE", "2012-W12-WE")]),
    ("Talks will continue over the weekend.", MON, [("the weekend", "DATE", "2012-W13-WE")]),
    ("He forecast higher earnings for the full year.", M89, [("the full year", "DATE", "1989")]),
    ("The president arrived later in the day.", F98, [("the day", "DATE", "1998-02-13")]),
    # a clause after the period tells which one it is: not the day in context
    ('The town hoped to apply for a grant "the day the window opens" and build by 2027.', F98,
     [("2027", "DATE", "2027")]),
    ("Prices jumped the week he resigned, and again in the quarter.", D89, [("the quarter", "DATE", "1989-Q3")]),
    ("Revenue was $5 million for the year ended June 30.", D89,
     [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "1989-06-30")]),
    ("The deal should close by year-end.", N89, [("year-end", "DATE", "1989")]),
    ("The deal is expected to close around year end.", M89, [("around year end", "DATE", "1989")]),
    ("The unit aims to cut costs by year's end.", D89, [("year's end", "DATE", "1989")]),
    ("The index is up 12% since year-end.", N89, [("year-end", "DATE", "1988")]),
    ("Profit fell in the latest fiscal year.", D89, [("the latest fiscal year", "DATE", "1988")]),
    ("Its stake, announced Friday, would give it control.", M89, [("Friday", "DATE", "1989-10-27")]),
    ("The goal is 40,000 troops by the end of the month.", date(1990, 8, 13),
     [("the end of the month", "DATE", "1990-08")]),
    ("Talks resume at the beginning of the week.", MON, [("the beginning of the week", "DATE", "2012-W13")]),
    # ---- year_ago_period, year_ago_adjective, period_a_year_ago, year_period, shifted_year_period ----
    ("Net rose in the third quarter, after a loss in the year-ago quarter.", D89,
     [("the third quarter", "DATE", "1989-Q3"), ("the year-ago quarter", "DATE", "1988-Q3")]),
    ("Third-quarter net fell. In the year-earlier period, it earned $3 million.", D89,
     [("Third-quarter", "DATE", "1989-Q3"), ("the year-earlier period", "DATE", "1988-Q3")]),
    ("Profit in the third quarter beat the year-ago third quarter.", D89,
     [("the third quarter", "DATE", "1989-Q3"), ("the year-ago third quarter", "DATE", "1988-Q3")]),
    ("Third-quarter profit fell from year-earlier levels.", D89,
     [("Third-quarter", "DATE", "1989-Q3"), ("year-earlier", "DATE", "1988-Q3")]),
    ("The year-ago results were restated.", D89, [("year-ago", "DATE", "1988")]),
    ("Third-quarter net rose, against a loss for the quarter a year ago.", D89,
     [("Third-quarter", "DATE", "1989-Q3"), ("the quarter a year ago", "DATE", "1988-Q3")]),
    ("Sales rose in the first half, but fell in the same period last year.", D89,
     [("the first half", "DATE", "1989-H1"), ("the same period last year", "DATE", "1988-H1")]),
    ("In the 1988 third quarter, it lost $876,706.", D89, [("the 1988 third quarter", "DATE", "1988-Q3")]),
    ("Third-quarter profit doubled from the 1988 quarter.", D89,
     [("Third-quarter", "DATE", "1989-Q3"), ("the 1988 quarter", "DATE", "1988-Q3")]),
    ("Sales in the third quarter beat last year's quarter.", date(1989, 11, 1),
     [("the third quarter", "DATE", "1989-Q3"), ("last year's quarter", "DATE", "1988-Q3")]),
    # ---- offset_ago, units_ago ----
    ("It fell two years ago.", J98, [("two years ago", "DATE", "1996")]),
    ("The genocide began nearly four years ago.", date(1998, 2, 27), [("nearly four years ago", "DATE", "1994")]),
    ("The rebels struck three days ago.", MON, [("three days ago", "DATE", "2012-03-23")]),
    ("The mine closed six months ago.", MON, [("six months ago", "DATE", "2011-09")]),
    ("A week or so ago, the general chose a date.", MON, [("A week or so ago", "DATE", "2012-W12")]),
    ("The ballots will be counted 10 days from now.", MON, [("10 days from now", "DATE", "2012-04-05")]),
    ("The machines were removed a few years ago.", MON, [("a few years ago", "DATE", "PAST_REF")]),
    ("The truce was signed a year ago.", MON, [("a year ago", "DATE", "2011")]),
    ("It fell months ago.", MON, [("months ago", "DATE", "PAST_REF")]),
    ("Years ago the town was rich.", MON, [("Years ago", "DATE", "PAST_REF")]),
    # ---- offset_in_time ----
    ("The report is due in two weeks' time.", THU, [("two weeks' time", "DATE", "2012-W14")]),
    ("Elections will be held in a year's time.", THU, [("a year's time", "DATE", "2013")]),
    # ---- offset_anaphoric ----
    ("The bank was founded in 1990. Two years later it failed.", MON,
     [("1990", "DATE", "1990"), ("Two years later", "DATE", "1992")]),
    ("Profit rose in the third quarter. A year earlier, it lost money.", D89,
     [("the third quarter", "DATE", "1989-Q3"), ("A year earlier", "DATE", "1988-Q3")]),
    ("On March 5, 2010, the bank closed. A day earlier, its chief resigned.", MON,
     [("March 5, 2010", "DATE", "2010-03-05"), ("A day earlier", "DATE", "2010-03-04")]),
    ("The dam opened on June 1, 2011; three weeks later it cracked.", MON,
     [("June 1, 2011", "DATE", "2011-06-01"), ("three weeks later", "DATE", "2011-W25")]),
    ("A year later, the junta fell.", MON, [("A year later", "DATE", "2013")]),
    ("The reports were discredited a few hours later.", MON, [("a few hours", "DURATION", "PTXH")]),
    # ---- duration ----
    ("Twenty-four hours on, it is unclear.", THU, [("Twenty-four hours", "DURATION", "PT24H")]),
    ("Bamako was tense four days after the coup.", MON, [("four days", "DURATION", "P4D")]),
    ("The screens went blank for seven hours.", THU, [("seven hours", "DURATION", "PT7H")]),
    ("They lived in camps for 2 1/2 years.", MON, [("2 1/2 years", "DURATION", "P2Y6M")]),
    # a mixed number with a hyphen, as US copy writes it
    ("She pulled out roughly 3-1/2 hours before she was due on stage.", MON, [("roughly 3-1/2 hours", "DURATION", "PT3H30M")]),
    ("It will not change for a couple of years.", MON, [("a couple of years", "DURATION", "P2Y")]),
    ("The navy may use the base for at least 20 more years.", MON, [("at least 20 more years", "DURATION", "P20Y")]),
    ("Eight trading days after the plunge, the index was flat.", MON, [("Eight trading days", "DURATION", "P8D")]),
    ("A 52-year-old man was arrested.", MON, [("52-year-old", "DURATION", "P52Y")]),
    ("He won a three-year term.", MON, [("three-year", "DURATION", "P3Y")]),
    ("Sales grew for about a decade.", MON, [("about a decade", "DURATION", "P10Y")]),
    # counted decades and centuries are told in years (ISO 8601 has no such unit); uncounted ones keep theirs
    ("The walls stood for three centuries; the town was empty for decades.", MON,
     [("three centuries", "DURATION", "P300Y"), ("decades", "DURATION", "PXDE")]),
    # "the past decade" is the ten years up to now, a length; "the last decade" stays the calendar one
    ("It has struggled over the past decade and will grow in the next decade. Over the last decade, it shrank.",
     date(2026, 3, 4), [("the past decade", "DURATION", "P10Y"), ("the next decade", "DURATION", "P10Y"),
                        ("the last decade", "DATE", "201")]),
    ("The meeting lasted 90 minutes.", MON, [("90 minutes", "DURATION", "PT90M")]),
    ("The talks went on for a couple of weeks or so.", MON, [("a couple of weeks or so", "DURATION", "P2W")]),
    ("Unemployment is the lowest for nearly two decades.", MON, [("nearly two decades", "DURATION", "P20Y")]),
    ("Mali has seen just over two months of war.", MON, [("just over two months", "DURATION", "P2M")]),
    ("He held power for 23 years.", MON, [("23 years", "DURATION", "P23Y")]),
    ("The trial lasted no more than sixty days.", MON, [("no more than sixty days", "DURATION", "P60D")]),
    ("The fighting lasted three years.", MON, [("three years", "DURATION", "P3Y")]),
    # ---- duration_period ----
    ("Earnings were overstated over a three-year period.", MON, [("a three-year period", "DURATION", "P3Y")]),
    ("Prices doubled in a two-week span.", MON, [("a two-week span", "DURATION", "P2W")]),
    # ---- duration_range ----
    ("Shipments resume within two to three weeks.", MON, [("two to three weeks", "DURATION", "PXW")]),
    ("The strike lasted one or two days.", MON, [("one or two days", "DURATION", "PXD")]),
    ("Acquisitions may come in the next 12 to 18 months.", MON, [("the next 12 to 18 months", "DURATION", "PXM")]),
    # ---- duration_and_a_half, duration_a_unit_and_a_half, duration_half_a_unit ----
    ("He served two and a half years.", MON, [("two and a half years", "DURATION", "P2Y6M")]),
    ("The flight took three and a half hours.", MON, [("three and a half hours", "DURATION", "PT3H30M")]),
    ("The project took a year and a half.", MON, [("a year and a half", "DURATION", "P1Y6M")]),
    ("A minute and a half later, a pilot called in.", MON, [("A minute and a half", "DURATION", "PT1M30S")]),
    ("The vote took half an hour.", MON, [("half an hour", "DURATION", "PT30M")]),
    ("The march took half a day.", MON, [("half a day", "DURATION", "PT12H")]),
    # ---- duration_span, duration_definite ----
    ("Mali has for the last two decades been stable.", THU, [("the last two decades", "DURATION", "P20Y")]),
    ("Prices fell over the past two months.", MON, [("the past two months", "DURATION", "P2M")]),
    ("Output will rise over the next 14 months.", MON, [("the next 14 months", "DURATION", "P14M")]),
    ("Net rose in the first nine months.", MON, [("the first nine months", "DURATION", "P9M")]),
    ("The share may rise over the next two years or so.", MON, [("the next two years or so", "DURATION", "P2Y")]),
    ("In the nine months, net rose 4%.", MON, [("the nine months", "DURATION", "P9M")]),
    ("Nothing came of the two days of talks.", MON, [("two days", "DURATION", "P2D")]),
    ("Leaders gathered for the two day summit.", MON, [("two day", "DURATION", "P2D")]),
    # ---- duration_vague ----
    ("The rebels grew for several years.", MON, [("several years", "DURATION", "PXY")]),
    ("Rebels have advanced in recent weeks.", MON, [("recent weeks", "DURATION", "PXW")]),
    ("Troops will arrive over the next few days.", MON, [("the next few days", "DURATION", "PXD")]),
    ("The answer comes in a few minutes.", MON, [("a few minutes", "DURATION", "PTXM")]),
    # ---- duration_bare_plural, duration_plural_signal, duration_over_the_plural, duration_plural_of ----
    ("Minutes of the previous meeting are attached; after months of talks, the minutes of each board session.", MON,
     [("months", "DURATION", "PXM")]),
    ("They had been fighting for years.", MON, [("years", "DURATION", "PXY")]),
    ("He probably died within weeks or months.", MON, [("weeks or months", "DURATION", "PXW")]),
    ("Ukraine was ruled from Moscow for centuries.", MON, [("centuries", "DURATION", "PXCE")]),
    ("Sales surged for the first time in years.", MON, [("years", "DURATION", "PXY")]),
    ("Months after his death, his influence is felt.", MON, [("Months", "DURATION", "PXM")]),
    ("Years later, he returned.", MON, [("Years", "DURATION", "PXY")]),
    ("Waiting times grew over the years.", MON, [("the years", "DURATION", "PXY")]),
    ("The feud simmered throughout the decades.", MON, [("the decades", "DURATION", "PXDE")]),
    ("The merger follows weeks of talks.", MON, [("weeks", "DURATION", "PXW")]),
    ("Years of war left it poor.", MON, [("Years", "DURATION", "PXY")]),
    # ---- quarter, quarter_hyphen, quarter_of_year, half_year, two_quarters_of_year, fiscal_year ----
    ("Profit rose in the third quarter.", date(1989, 10, 25), [("the third quarter", "DATE", "1989-Q3")]),
    ("Profits fell in the fourth quarter.", date(1998, 1, 26), [("the fourth quarter", "DATE", "1997-Q4")]),
    ("Orders rose in the first quarter of 1990.", D89, [("the first quarter of 1990", "DATE", "1990-Q1")]),
    ("Net was C$5 million for the fiscal-first quarter.", D89, [("the fiscal-first quarter", "DATE", "1989-Q1")]),
    ("The firm expects to report a loss for the third quarter.", date(1989, 10, 27),
     [("the third quarter", "DATE", "1989-Q3")]),
    ("Third-quarter profit fell 5%.", D89, [("Third-quarter", "DATE", "1989-Q3")]),
    ("The steelmaker posted fiscal second-quarter results.", D89, [("fiscal second-quarter", "DATE", "1989-Q2")]),
    ("Sales beat 1998's first quarter.", MON, [("1998's first quarter", "DATE", "1998-Q1")]),
    ("The 2011 third quarter was the worst.", MON, [("The 2011 third quarter", "DATE", "2011-Q3")]),
    ("Sales beat 2011 third quarter levels.", MON, [("2011 third quarter", "DATE", "2011-Q3")]),
    # a reported quarter is last year's until that one's report is surely out
    ("Analysts expect third-quarter results in late October.", date(2010, 5, 21),
     [("third-quarter", "DATE", "2010-Q3"), ("late October", "DATE", "2010-10")]),
    ("The company will report fourth-quarter results.", date(1998, 2, 13), [("fourth-quarter", "DATE", "1997-Q4")]),
    ("The company reported third-quarter results.", date(2010, 5, 21), [("third-quarter", "DATE", "2009-Q3")]),
    # ---- month_range_period: a calendar quarter or half named by its months, else a span ----
    ("GDP grew in the April-June quarter; data for the July-September quarter are due.", date(2013, 8, 12),
     [("the April-June quarter", "DATE", "2013-Q2"), ("the July-September quarter", "DATE", "2013-Q3")]),
    ("Growth in the January-March period was revised.", date(2013, 8, 12),
     [("the January-March period", "DATE", "2013-Q1")]),
    ("Profit fell in the April-September half.", date(2013, 11, 12), [("the April-September half", "DURATION", "P6M")]),
    ("Growth will pick up in the second half.", MON, [("the second half", "DATE", "2012-H2")]),
    ("Sales fell in the first half.", M89, [("the first half", "DATE", "1989-H1")]),
    ("Profit rose in the second half of 2010.", MON, [("the second half of 2010", "DATE", "2010-H2")]),
    ("The vote is pencilled in for the second half of the year.", MON,
     [("the second half of the year", "DATE", "2012-H2")]),
    ("GDP grew in the second quarter of this year and will in the first half of next year.", MON,
     [("the second quarter of this year", "DATE", "2012-Q2"), ("the first half of next year", "DATE", "2013-H1")]),
    ("In 2008, sales fell in the first quarter of the year.", MON,
     [("2008", "DATE", "2008"), ("the first quarter of the year", "DATE", "2008-Q1")]),
    ("Weak demand may last through the first two quarters of 1990.", D89,
     [("the first two quarters of 1990", "DATE", "1990-H1")]),
    ("In fiscal 1998, the company earned $17 million.", MON, [("fiscal 1998", "DATE", "1998")]),
    ("The budget for fiscal year 2011 was cut.", MON, [("fiscal year 2011", "DATE", "2011")]),
    # ---- period_code_year, year_period_code, period_code_digit_first, period_code, fiscal_year_code ----
    ("Sales rose in Q3 FY2024 and in Q2 fiscal 2025, then fell in Q3 FY25.", date(2024, 10, 31),
     [("Q3 FY2024", "DATE", "2024-Q3"), ("Q2 fiscal 2025", "DATE", "2025-Q2"), ("Q3 FY25", "DATE", "2025-Q3")]),
    ("Sales rose 4% in Q1 2012 and in Q2-2011.", MON, [("Q1 2012", "DATE", "2012-Q1"), ("Q2-2011", "DATE", "2011-Q2")]),
    ("Revenue will grow in H2 2012.", MON, [("H2 2012", "DATE", "2012-H2")]),
    ("GDP shrank in 2011 Q4.", MON, [("2011 Q4", "DATE", "2011-Q4")]),
    ("Profit fell in 2Q 2011 and in 3Q2010.", MON, [("2Q 2011", "DATE", "2011-Q2"), ("3Q2010", "DATE", "2010-Q3")]),
    ("Sales rose in Q3, the company said.", MON, [("Q3", "DATE", "2011-Q3")]),
    ("Sales rose in H3 2012 and 3H 2012.", MON, [("2012", "DATE", "2012"), ("2012", "DATE", "2012")]),
    ("Sales will rise in Q2.", MON, [("Q2", "DATE", "2012-Q2")]),
    # ---- period_code_figures ----
    ("The chipmaker's Q3 results beat forecasts.", MON, [("Q3", "DATE", "2011-Q3")]),
    ("The group's H1 profit will double.", MON, [("H1", "DATE", "2012-H1")]),
    ("Profit in FY2011 fell, and FY12 profit will rise.", MON, [("FY2011", "DATE", "2011"), ("FY12", "DATE", "2012")]),
    # ---- present_ref, past_ref, future_ref ----
    ("He is now in charge.", MON, [("now", "DATE", "PRESENT_REF")]),
    ("The group currently holds 45% of the shares.", MON, [("currently", "DATE", "PRESENT_REF")]),
    ("They are not a happy group right now.", MON, [("right now", "DATE", "PRESENT_REF")]),
    ("No woman has led a mission until now.", MON, [("now", "DATE", "PRESENT_REF")]),
    ("Prices are stable at present.", MON, [("at present", "DATE", "PRESENT_REF")]),
    ("For the time being, the border stays shut.", MON, [("For the time being", "DATE", "PRESENT_REF")]),
    ("She met them recently.", MON, [("recently", "DATE", "PAST_REF")]),
    ("More recently, the rebels took Gao.", MON, [("More recently", "DATE", "PAST_REF")]),
    ("Mali was stable in the past.", MON, [("the past", "DATE", "PAST_REF")]),
    ("Talks resumed lately.", MON, [("lately", "DATE", "PAST_REF")]),
    ("A statement will be issued soon.", MON, [("soon", "DATE", "FUTURE_REF")]),
    # ---- future_one_day ----
    ("The test could one day deflect an asteroid.", MON, [("one day", "DATE", "FUTURE_REF")]),
    ("We'll one day see peace, and the talks lasted one day.", MON,
     [("one day", "DATE", "FUTURE_REF"), ("one day", "DURATION", "P1D")]),
    ("An offering is planned in the near future.", MON, [("the near future", "DATE", "FUTURE_REF")]),
    ("It will sell the unit as soon as possible.", MON, [("as soon as possible", "DATE", "FUTURE_REF")]),
    ("The economy may slow in coming months.", MON, [("coming months", "DATE", "FUTURE_REF")]),
    ("Islam will one day be the second largest religion here.", MON, [("one day", "DATE", "FUTURE_REF")]),
    ("Financing will be arranged at a later date.", MON, [("a later date", "DATE", "FUTURE_REF")]),
    ("Losses may grow in the short term.", MON, [("the short term", "DATE", "FUTURE_REF")]),
    # ---- clock, clock_24h, clock_oclock, clock_on_day, clock_on_deictic_day ----
    ("The meeting ended at 10:30 a.m.", MON, [("10:30 a.m.", "TIME", "2012-03-26T10:30")]),
    ("The offer expires at 5 p.m. EST.", MON, [("5 p.m. EST", "TIME", "2012-03-26T17:00")]),
    ("The fire started around 7:15 p.m.", MON, [("around 7:15 p.m.", "TIME", "2012-03-26T19:15")]),
    ("The curfew starts at noon.", MON, [("noon", "TIME", "2012-03-26T12:00")]),
    ("The service came back around midnight.", THU, [("around midnight", "TIME", "2012-03-22T00:00")]),
    ("The talks open at midnight tonight.", MON, [("midnight tonight", "TIME", "2012-03-26T24:00")]),
    # a clock time and a part of today or last night are one expression, on that day
    ("The club confirmed the decision at 9.30am this morning.", MON, [("9.30am this morning", "TIME", "2012-03-26T09:30")]),
    ("The shop shut at 7pm last night.", MON, [("7pm last night", "TIME", "2012-03-25T19:00")]),
    ("The alarm went off at 1am last night.", MON, [("1am", "TIME", "2012-03-26T01:00"), ("last night", "TIME", "2012-03-25TNI")]),
    ("It ends at 6:30 this evening.", MON, [("6:30 this evening", "TIME", "2012-03-26T18:30")]),
    ("Trading resumes around eight tomorrow morning.", MON, [("around eight tomorrow morning", "TIME", "2012-03-27T08:00")]),
    ("The Fed moved again at one forty-seven this afternoon.", MON,
     [("one forty-seven this afternoon", "TIME", "2012-03-26T13:47")]),
    ("The statement came at eleven fifty-two last night.", MON, [("eleven fifty-two last night", "TIME", "2012-03-25T23:52")]),
    # clock times in words
    ("The eye crossed the coast at three-forty a.m. Central Daylight Time, that is four-forty Eastern.", MON,
     [("three-forty a.m. Central Daylight Time", "TIME", "2012-03-26T03:40"), ("four-forty Eastern", "TIME", "2012-03-26T04:40")]),
    ("Stay with us for a special report at eleven Eastern.", MON, [("eleven Eastern", "TIME", "2012-03-26T11:00")]),
    ("Trading opens at nine-thirty.", MON, [("nine-thirty", "TIME", "2012-03-26T09:30")]),
    ("It is ten minutes past four.", MON, [("ten minutes past four", "TIME", "2012-03-26T04:10")]),
    ("We met at a quarter to ten.", MON, [("a quarter to ten", "TIME", "2012-03-26T09:45")]),
    # a weekday after "as of" in a present clause is when a count was made, not a day timetabled ahead
    ("The 27 confirmed cases as of Friday afternoon is nearly double the 14 reported on February 20.", date(2026, 3, 7),
     [("Friday afternoon", "TIME", "2026-03-06TAF"), ("February 20", "DATE", "2026-02-20")]),
    ("The match is on Friday afternoon.", date(2026, 3, 7), [("Friday afternoon", "TIME", "2026-03-13TAF")]),
    # "the previous Thursday evening" counts from the last mentioned day, as "the previous Thursday" does
    ("It was stood down on Monday 19 January, and ambulances have been arriving since the previous Thursday evening.",
     date(2026, 1, 27), [("Monday 19 January", "DATE", "2026-01-19"),
                         ("the previous Thursday evening", "TIME", "2026-01-15TEV")]),
    # "the same Saturday" after a year is in no week of that year: the publication's
    ("Anyone born after 1978 should get vaccinated. Adults can attend the same Saturday clinics.", MON,
     [("1978", "DATE", "1978"), ("the same Saturday", "DATE", "2012-03-31")]),
    # an hour said without "a.m." or "p.m." is the evening's after a night, the afternoon's an hour or so after a
    # morning's time in its sentence, and the evening's on an evening named after it
    ("Last Tuesday night I boarded the flight. We pushed back at about ten past nine.", date(2027, 3, 25),
     [("Last Tuesday night", "TIME", "2027-03-23TNI"), ("about ten past nine", "TIME", "2027-03-23T21:10")]),
    ("On Thursday the flight, promised for 10am, finally left at five past one.", date(2027, 3, 25),
     [("Thursday", "DATE", "2027-03-25"), ("10am", "TIME", "2027-03-25T10:00"), ("five past one", "TIME", "2027-03-25T13:05")]),
    ("On Thursday the shop opened at 10am and the bank at half past nine.", date(2027, 3, 25),
     [("Thursday", "DATE", "2027-03-25"), ("10am", "TIME", "2027-03-25T10:00"), ("half past nine", "TIME", "2027-03-25T09:30")]),
    ("At ten past six on Friday evening the flight was cancelled.", date(2027, 11, 25),
     [("ten past six", "TIME", "2027-11-19T18:10"), ("Friday evening", "TIME", "2027-11-19TEV")]),
    # a 24-hour clock before "hrs" is a time whatever comes before it, never a year; not a count of hours
    ("HW 0658 hrs and 1921 hrs today; public meeting at the Village Hall, 1900 hrs tonight.", MON,
     [("0658 hrs", "TIME", "2012-03-26T06:58"), ("1921 hrs", "TIME", "2012-03-26T19:21"), ("today", "DATE", "2012-03-26"),
      ("1900 hrs", "TIME", "2012-03-26T19:00"), ("tonight", "TIME", "2012-03-26TNI")]),
    ("1800 hrs - the slick moved east. The pilot logged 1500 hrs of flight time.", MON, [("1800 hrs", "TIME", "2012-03-26T18:00")]),
    # a date in a relative clause told in the past takes its tense, not the main clause's modal after it
    ("Anyone who sat through the inquiry in September will not have been surprised.", date(2027, 11, 13),
     [("September", "DATE", "2027-09")]),
    ("The groups that went to the High Court in January to challenge it will have their say there.", date(2027, 3, 10),
     [("January", "DATE", "2027-01")]),
    ("Staff who work late in January will be paid extra.", date(2027, 3, 10), [("January", "DATE", "2028-01")]),
    # a school's year group is no time; "restart" is timetabled; a request ("Please ...") points ahead
    ("A revised timetable will be given to every Year 11 student; the Year 11 parents' evening has moved.", MON, []),
    ("After-school clubs restart on Monday. Please check the website by 7am on Tuesday.", date(2026, 1, 9),
     [("Monday", "DATE", "2026-01-12"), ("7am", "TIME", "2026-01-13T07:00"), ("Tuesday", "DATE", "2026-01-13")]),
    # a week named by its first day ("w/c", "the week commencing", "the week beginning")
    ("Mocks will run in the w/c 12 January, and exams start the week beginning Jan. 19, 2026.", date(2026, 1, 9),
     [("w/c 12 January", "DATE", "2026-W03"), ("the week beginning Jan. 19, 2026", "DATE", "2026-W04")]),
    # a day of every month
    ("Payments fall on the first of every month and on the 14th of each month.", MON,
     [("the first of every month", "SET", "XXXX-XX-01"), ("the 14th of each month", "SET", "XXXX-XX-14")]),
    # both ends of a range of the 24-hour clock, with a colon or in wire copy's four digits
    ("Buses will run between 06:00 and 23:30 daily.", MON,
     [("06:00", "TIME", "XXXX-XX-XXT06:00"), ("23:30", "TIME", "XXXX-XX-XXT23:30"), ("daily", "SET", "P1D")]),
    ("Gusts peaked between 0400 and 0800 GMT.", MON, [("0400", "TIME", "2012-03-26T04:00"), ("0800 GMT", "TIME", "2012-03-26T08:00")]),
    ("Shares traded between 1200 and 1500 points.", MON, []),
    ("The strike runs 00:01 on Tuesday to 23:59 on Wednesday.", date(2025, 5, 19),
     [("00:01", "TIME", "2025-05-20T00:01"), ("Tuesday", "DATE", "2025-05-20"), ("23:59", "TIME", "2025-05-21T23:59"),
      ("Wednesday", "DATE", "2025-05-21")]),
    # said with its minutes, in a part of the day
    ("The ferry finally left at half past four in the afternoon.", MON,
     [("half past four in the afternoon", "TIME", "2012-03-26T16:30")]),
    ("It woke me at twenty to six in the morning.", MON, [("twenty to six in the morning", "TIME", "2012-03-26T05:40")]),
    ("He called at ten past eleven at night.", MON, [("ten past eleven at night", "TIME", "2012-03-26T23:10")]),
    # a train, flight or ferry named by when it leaves
    ("Passengers on the 07:42 from Leeds were stranded.", MON, [("07:42", "TIME", "2012-03-26T07:42")]),
    ("The 18.05 departure to Geneva was cancelled.", MON, [("18.05", "TIME", "2012-03-26T18:05")]),
    ("SkyLark Jet's 18.05 to Geneva was full.", MON, [("18.05", "TIME", "2012-03-26T18:05")]),
    ("The 07:42 Leeds-to-Manchester service struck the debris.", MON, [("07:42", "TIME", "2012-03-26T07:42")]),
    ("The index closed at the 18.05 level.", MON, []),
    # "ten to six" without "minutes": the round fives before an hour from three on ("ten to one" is odds)
    ("The unit went in at ten to six.", MON, [("ten to six", "TIME", "2012-03-26T05:50")]),
    ("They met at twenty-five to midnight.", MON, [("twenty-five to midnight", "TIME", "2012-03-26T23:35")]),
    ("The bookmakers had him at ten to one.", MON, []),
    ("The vote was ten to six.", MON, []),
    ("The motion passed sixty-forty.", MON, []),
    ("The eleven Eastern states voted.", MON, []),
    # this century's years as said
    ("It recalled the riots of twenty twenty-two.", MON, [("twenty twenty-two", "DATE", "2022")]),
    ("The rules were last used in March twenty twenty.", MON, [("March twenty twenty", "DATE", "2020-03")]),
    ("He paid in twenty twenty-dollar bills.", MON, []),
    # a race's time in hours, minutes and seconds is a length of time, and holds no clock time
    ("Kemboi won in 2:06:41 on Sunday.", MON, [("2:06:41", "DURATION", "PT2H6M41S"), ("Sunday", "DATE", "2012-03-25")]),
    ("Her best, 2:21:09.5, was set in Berlin.", MON, [("2:21:09.5", "DURATION", "PT2H21M9.5S")]),
    ("The quake struck at 02:14:55 local time.", MON, [("02:14:55 local time", "TIME", "2012-03-26T02:14")]),
    ("It took almost a minute and a quarter.", MON, [("almost a minute", "DURATION", "PT1M")]),
    # a fraction of a century or decade is told in years; a quarter of a unit is one expression
    ("They waited half a century; for the next quarter of a century he ran a shop, a quarter of an hour away.", MON,
     [("half a century", "DURATION", "P50Y"), ("the next quarter of a century", "DURATION", "P25Y"),
      ("a quarter of an hour", "DURATION", "PT15M")]),
    # a weekday and a day told in the past that fit only a year ahead are the story's, when they fit its last day's year
    ("In the winter of 1976, the snow came early. On Monday, March 8, it began to rain.\n\nThe Millbrook Dam was built "
     "in 1911.\n\nAt around 11 p.m. on Wednesday, March 10, a watchman telephoned the superintendent.", date(2026, 3, 3),
     [("the winter of 1976", "DATE", "1976-WI"), ("Monday, March 8", "DATE", "1976-03-08"), ("1911", "DATE", "1911"),
      ("around 11 p.m.", "TIME", "1976-03-10T23:00"), ("Wednesday, March 10", "DATE", "1976-03-10")]),
    ("Temperatures climbed into the low twenties.", MON, []),  # degrees
    # a month before an auxiliary or a pronoun after a preposition of time
    ("Results since October have not been good enough.", MON, [("October", "DATE", "2011-10")]),
    ("As recently as June he was unsure.", MON, [("June", "DATE", "2011-06")]),
    ("The first shots came at 14:30 GMT.", MON, [("14:30 GMT", "TIME", "2012-03-26T14:30")]),
    ("11:42 p.m. ET: The network called Florida.", MON, [("11:42 p.m. ET", "TIME", "2012-03-26T23:42")]),
    # a plural present of schedule points ahead; after a copula it is an adjective
    ("Pre-orders open on Friday at 5 a.m. Pacific time.", date(2023, 9, 13),
     [("Friday", "DATE", "2023-09-15"), ("5 a.m. Pacific time", "TIME", "2023-09-15T05:00")]),
    ("The shops were open on Monday.", date(2023, 9, 13), [("Monday", "DATE", "2023-09-11")]),
    # after a plural subject, the sentence's tense
    ("They face Bayern Munich in the Champions League on Tuesday night, with the second leg a week later.",
     date(2024, 3, 17), [("Tuesday night", "TIME", "2024-03-19TNI"), ("a week later", "DATE", "2024-W13")]),
    ("The teams meet again in the FA Cup fourth round in January.", date(2024, 3, 17),
     [("January", "DATE", "2025-01")]),
    ("Doors will open at 9 a.m. AEST on Monday.", THU, [("9 a.m. AEST", "TIME", "2012-03-26T09:00"), ("Monday", "DATE", "2012-03-26")]),
    # a past clock time with no day in its paragraph: on the day the story last named, if in the two weeks before
    ("A probe crashed into an asteroid on Monday evening.\n\nIt had travelled for 10 months before it hit the "
     "rock at 7:14 p.m.", TUE, [("Monday evening", "TIME", "2012-03-26TEV"), ("10 months", "DURATION", "P10M"),
                               ("7:14 p.m.", "TIME", "2012-03-26T19:14")]),
    # a future clock time with no day in its paragraph is on the coming day the story last named (its last day)
    ("Talks will resume on Wednesday in Berlin.\n\nThey will open at 10 a.m.", date(2026, 3, 2),
     [("Wednesday", "DATE", "2026-03-04"), ("10 a.m.", "TIME", "2026-03-04T10:00")]),
    ("Talks will resume on Wednesday. Talks opened on Friday.\n\nThe office will open at 9 a.m.", date(2026, 3, 2),
     [("Wednesday", "DATE", "2026-03-04"), ("Friday", "DATE", "2026-02-27"), ("9 a.m.", "TIME", "2026-03-02T09:00")]),
    # ... two weeks before at most (a weekly's account of last week's verdict)
    ("The court convicted him on July 8.\n\nThe judges read out the verdict at 1:30 p.m.", date(2025, 7, 18),
     [("July 8", "DATE", "2025-07-08"), ("1:30 p.m.", "TIME", "2025-07-08T13:30")]),
    # a negated past ("didn't") is past, as "did not" is
    ("The outage began last Wednesday.\n\nThe status page didn't turn red until 15:05 UTC.", date(2026, 3, 9),
     [("last Wednesday", "DATE", "2026-03-04"), ("15:05 UTC", "TIME", "2026-03-04T15:05")]),
    ("The outage began last Wednesday.\n\nThe page didn’t load until 15:05 UTC.", date(2026, 3, 9),
     [("last Wednesday", "DATE", "2026-03-04"), ("15:05 UTC", "TIME", "2026-03-04T15:05")]),
    ("Soldiers attacked the palace on Wednesday.\n\nThe service came back around midnight.", THU,
     [("Wednesday", "DATE", "2012-03-21"), ("around midnight", "TIME", "2012-03-21T00:00")]),
    # ... but after the day's night, the midnight that ended it
    ("Soldiers attacked the palace on Wednesday night.\n\nThe service came back around midnight.", THU,
     [("Wednesday night", "TIME", "2012-03-21TNI"), ("around midnight", "TIME", "2012-03-21T24:00")]),
    ("The treaty was signed on March 2, 2012.\n\nThe guns fell silent at 6 p.m.", MON,
     [("March 2, 2012", "DATE", "2012-03-02"), ("6 p.m.", "TIME", "2012-03-26T18:00")]),
    ("Soldiers attacked the palace on Saturday.\n\nTalks will open at 3 p.m.", MON,
     [("Saturday", "DATE", "2012-03-24"), ("3 p.m.", "TIME", "2012-03-26T15:00")]),
    ("The bells rang at ten o'clock.", MON, [("ten o'clock", "TIME", "2012-03-26T10:00")]),
    ("He was kidnapped at 10 p.m. Wednesday, police said.", F98, [("10 p.m. Wednesday", "TIME", "1998-02-11T22:00")]),
    ("The offer was extended until 5 p.m. EST Nov. 9.", N89, [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]),
    ("Negotiations broke off at noon Thursday.", F98, [("noon Thursday", "TIME", "1998-02-12T12:00")]),
    ("The troops withdrew at noon yesterday.", MON, [("noon yesterday", "TIME", "2012-03-25T12:00")]),
    ("Polls closed at 8 a.m. on March 5, 2010, officials said.", MON,
     [("8 a.m.", "TIME", "2010-03-05T08:00"), ("March 5, 2010", "DATE", "2010-03-05")]),
    ("The ceasefire expired at midnight on Sunday.", MON, [("midnight", "TIME", "2012-03-25T24:00"), ("Sunday", "DATE", "2012-03-25")]),
    ("Voting began at 08:00 local time.", MON, [("08:00 local time", "TIME", "2012-03-26T08:00")]),
    ("The spokesman spoke at 8:30 pm local time.", MON, [("8:30 pm local time", "TIME", "2012-03-26T20:30")]),
    ("Power was restored at 11:45 p.m. local time Wednesday.", MON,
     [("11:45 p.m. local time Wednesday", "TIME", "2012-03-21T23:45")]),
    # ---- clock_24h_after_prep, clock_24h_on_day_month, clock_24h_on_month_day, clock_24h_on_weekday ----
    ("The meeting will be held on 24/05/2022 at 10:00.", date(2022, 4, 20),
     [("24/05/2022", "DATE", "2022-05-24"), ("10:00", "TIME", "2022-05-24T10:00")]),
    ("Workers will strike from 00:01 on Tuesday 14 March until 23:59 on March 16.", date(2023, 3, 7),
     [("00:01", "TIME", "2023-03-14T00:01"), ("Tuesday 14 March", "DATE", "2023-03-14"), ("23:59", "TIME", "2023-03-16T23:59"), ("March 16", "DATE", "2023-03-16")]),
    ("Polls will close at 18:00 on Friday. The score was 10:00 after the break.", MON,
     [("18:00", "TIME", "2012-03-30T18:00"), ("Friday", "DATE", "2012-03-30")]),
    # a 24-hour time written with a dot, as British papers do, before its zone
    ("The index was at 14.32 GMT, up 14.32 percent.", date(2024, 11, 6), [("14.32 GMT", "TIME", "2024-11-06T14:32")]),
    # ---- clock_range_start ----
    # a span of hours gives a.m. or p.m. once, and its day at its end; the first end takes that day, or the day
    # before when it is later in the day; a midnight that begins the small hours is their start
    ("Shops opened between 2 and 4 a.m. on Friday.", date(2024, 11, 18),
     [("2", "TIME", "2024-11-15T02:00"), ("4 a.m.", "TIME", "2024-11-15T04:00"), ("Friday", "DATE", "2024-11-15")]),
    ("The show runs from 9 to 11 p.m.", date(2024, 11, 18), [("9", "TIME", "2024-11-18T21:00"),
                                                             ("11 p.m.", "TIME", "2024-11-18T23:00")]),
    ("Anyone in the area between midnight and 3 a.m. on Sunday should call.", date(2024, 11, 18),
     [("midnight", "TIME", "2024-11-17T00:00"), ("3 a.m.", "TIME", "2024-11-17T03:00"), ("Sunday", "DATE", "2024-11-17")]),
    # a bare clock time is on the day named after it with "on", its alternative in brackets too
    ("The transfer window closes at 11pm on Monday, February 3.", date(2025, 1, 22),
     [("11pm", "TIME", "2025-02-03T23:00"), ("Monday, February 3", "DATE", "2025-02-03")]),
    ("Applications close at 5pm on 31 October.", date(2025, 8, 25),
     [("5pm", "TIME", "2025-10-31T17:00"), ("31 October", "DATE", "2025-10-31")]),
    ("The bridge fell at around 6:45 p.m. local time (1315 GMT) on Thursday.", date(2025, 3, 14),
     [("around 6:45 p.m. local time", "TIME", "2025-03-13T18:45"), ("1315 GMT", "TIME", "2025-03-13T13:15"),
      ("Thursday", "DATE", "2025-03-13")]),
    ("The quake struck on Thursday at 10:48 local time (01:48 GMT).", date(2025, 3, 14),
     [("Thursday", "DATE", "2025-03-13"), ("10:48 local time", "TIME", "2025-03-13T10:48"),
      ("01:48 GMT", "TIME", "2025-03-13T01:48")]),
    ("Polls in Newfoundland closed at 7 p.m. NT.", date(2025, 4, 29), [("7 p.m. NT", "TIME", "2025-04-29T19:00")]),
    ("The curfew will run from 10 p.m. to 6 a.m. on Saturday.", date(2024, 11, 25),
     [("10 p.m.", "TIME", "2024-11-29T22:00"), ("6 a.m.", "TIME", "2024-11-30T06:00"), ("Saturday", "DATE", "2024-11-30")]),
    ("He scored between 2 and 4 goals.", date(2024, 11, 18), []),
    # a bare clock time in the small hours after a late clock time is on the next day
    ("The blaze started at about 11:40 p.m. on Tuesday. Firefighters had it under control by 4:15 a.m.",
     date(2026, 7, 16), [("about 11:40 p.m.", "TIME", "2026-07-14T23:40"), ("Tuesday", "DATE", "2026-07-14"), ("4:15 a.m.", "TIME", "2026-07-15T04:15")]),
    # a range of the 24-hour clock without colons, its end with a zone: no year 1600
    ("Prices for the 1600-1900 GMT period jumped.", date(2026, 12, 7),
     [("1600", "TIME", "2026-12-07T16:00"), ("1900 GMT", "TIME", "2026-12-07T19:00")]),
    # ... and when the day follows the span's bare end: both ends take it, the start the day before if later
    ("She was seen on Wednesday. Police seek anyone in the area between 2am and 4am on Sunday, May 10.",
     date(2026, 5, 14), [("Wednesday", "DATE", "2026-05-13"), ("2am", "TIME", "2026-05-10T02:00"),
                         ("4am", "TIME", "2026-05-10T04:00"), ("Sunday, May 10", "DATE", "2026-05-10")]),
    ("Police seek anyone seen between 10pm and 2am on Saturday, May 9.", date(2026, 5, 14),
     [("10pm", "TIME", "2026-05-08T22:00"), ("2am", "TIME", "2026-05-09T02:00"), ("Saturday, May 9", "DATE", "2026-05-09")]),
    # a 24-hour time with its zone and its day; a shift set off by a comma restates the time before it
    ("An update pushed at 04:09 UTC on Friday, July 19, crashed computers. It was reverted at 05:27 UTC, 78 minutes "
     "later.", date(2024, 7, 24), [("04:09 UTC", "TIME", "2024-07-19T04:09"), ("Friday, July 19", "DATE", "2024-07-19"),
                                   ("05:27 UTC", "TIME", "2024-07-19T05:27"),
                                   ("78 minutes later", "TIME", "2024-07-19T05:27")]),
    ("Rebels attacked on Monday. On Wednesday, two days later, troops arrived.", date(2024, 7, 24),
     [("Monday", "DATE", "2024-07-22"), ("Wednesday", "DATE", "2024-07-24"), ("two days later", "DATE", "2024-07-24")]),
    # ---- clock_on_holiday ----
    ("The law took effect at the stroke of midnight on New Year's Day. Mass began at midnight on Christmas Eve.",
     date(2024, 6, 5), [("midnight on New Year's Day", "TIME", "2024-01-01T00:00"),
                        ("midnight on Christmas Eve", "TIME", "2023-12-24T24:00")]),
    ("Fireworks start at 9 p.m. on Independence Day, 2025.", date(2024, 6, 5),
     [("9 p.m. on Independence Day, 2025", "TIME", "2025-07-04T21:00")]),
    # overnight into the next day; the early morning hours; consecutive days as alternatives
    ("The fire broke out overnight Friday into Saturday. Police came in the early morning hours of Sunday.",
     date(2024, 6, 5), [("overnight Friday into Saturday", "TIME", "2024-05-31TNI"),
                        ("the early morning hours of Sunday", "TIME", "2024-06-02TMO")]),
    ("The storm will make landfall late Tuesday or early Wednesday. Statements were made Friday or Thursday.",
     date(2024, 6, 5), [("late Tuesday", "DATE", "2024-06-11"), ("early Wednesday", "DATE", "2024-06-12"),
                        ("Friday", "DATE", "2024-05-31"), ("Thursday", "DATE", "2024-05-30")]),
    # ---- clock_four_digits, clock_four_digits_hours ----
    ("The first shots came at 1530 GMT.", MON, [("1530 GMT", "TIME", "2012-03-26T15:30")]),
    ("Polls open at 0800 local time.", MON, [("0800 local time", "TIME", "2012-03-26T08:00")]),
    ("The assault began at 0600 hours.", MON, [("0600 hours", "TIME", "2012-03-26T06:00")]),
    # a clock time right after "said" is when it was said: on the publication day
    ("The storm will reach the Keys on Sunday, the center said at 1100 GMT.", date(2017, 9, 8),
     [("Sunday", "DATE", "2017-09-10"), ("1100 GMT", "TIME", "2017-09-08T11:00")]),
    # ---- clock_four_digits_on_day ----
    ("The ceasefire took effect at 0001 GMT on Friday.", MON, [("0001 GMT on Friday", "TIME", "2012-03-23T00:01")]),
    ("Polls closed at 1800 local time March 25, 2012.", MON,
     [("1800 local time March 25, 2012", "TIME", "2012-03-25T18:00")]),
    # ---- set_every_weekday, set_every_month, set_every_part_of_day, set_every_unit ----
    ("They meet every Monday.", MON, [("every Monday", "SET", "XXXX-WXX-1")]),
    # a list of weekdays, or every n-th one, is one set (not a date on its last weekday)
    ("The market runs every Tuesday and Friday.", MON, [("every Tuesday and Friday", "SET", "XXXX-WXX-2")]),
    ("The council meets every second Tuesday at 7pm.", MON,
     [("every second Tuesday at 7pm", "SET", "XXXX-WXX-2T19:00")]),
    ("A flight leaves each Thursday night.", MON, [("each Thursday night", "SET", "XXXX-WXX-4TNI")]),
    ("Orangemen march each July.", MON, [("each July", "SET", "XXXX-07")]),
    ("The guards change every morning.", MON, [("every morning", "SET", "XXXX-XX-XXTMO")]),
    ("The festival is held every year.", MON, [("every year", "SET", "P1Y")]),
    ("Reports are filed every two weeks.", MON, [("every two weeks", "SET", "P2W")]),
    ("Taxes are paid every quarter.", MON, [("every quarter", "SET", "P3M")]),
    # ---- set_every_season, set_every_weekend ----
    ("Flu shots should be given every fall.", MON, [("every fall", "SET", "XXXX-FA")]),
    ("Every weekend you hear them racing.", MON, [("Every weekend", "SET", "XXXX-WXX-WE")]),
    ("The exchanges do not trade at weekends.", MON, [("weekends", "SET", "XXXX-WXX-WE")]),
    # ---- set_adverb, set_per_unit, set_rate ----
    ("The report is published annually.", MON, [("annually", "SET", "P1Y")]),
    ("The reserve will be adjusted quarterly.", MON, [("quarterly", "SET", "P3M")]),
    ("Prices are checked daily, the agency said.", MON, [("daily", "SET", "P1D")]),
    ("The council meets twice a year.", MON, [("twice a year", "SET", "P1Y")]),
    ("The council meets every other week and the magazine is published fortnightly.", MON,
     [("every other week", "SET", "P2W"), ("fortnightly", "SET", "P2W")]),
    ("The trains run three times a week.", MON, [("three times a week", "SET", "P1W")]),
    ("This will add nearly 700 seats a week.", MON, [("a week", "SET", "P1W")]),
    ("The cuts save $500 million a year.", MON, [("a year", "SET", "P1Y")]),
    # "a day after": an offset, not a rate
    ("AMD lost 7% a day after forecasting weak revenue.", MON, [("a day", "DURATION", "P1D")]),
    ("Sept. 11 remains a day of mourning.", MON, [("Sept. 11", "DATE", "2012-09-11"), ("a day", "DURATION", "P1D")]),
    ("Jobs grew by 358,000 a month.", MON, [("a month", "SET", "P1M")]),
    ("Qantas will go up from four flights a week.", MON, [("a week", "SET", "P1W")]),
    # ---- engine-level behaviour ----
    ("Three Takeaways from Last Week’s Coup in Mali", TUE, [("Last Week", "DATE", "2012-W12")]),
    ("Secretary Baker, speaking on ABC's This Week, said so.", MON, []),
    ("The calls come on the 21st anniversary of the coup. He was elected a year later.", MON,
     [("a year later", "DATE", "1992")]),
    ("It marks the twentieth anniversary of the war. Two years later, peace came.", MON,
     [("Two years later", "DATE", "1994")]),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[f"{i:03d}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_expressions(text, dct, expected):
    assert timexes(text, dct) == expected


def test_there_are_enough_cases():
    assert len(CASES) >= 300
    assert sum(len(c[2]) for c in CASES) >= 300


def _rules_hit(text: str, dct: date) -> set[str]:
    _, res = extract_article(Article("t", text, "t", dct))
    return {r.rule for r in res}


def test_every_rule_is_covered():
    hit: set[str] = set()
    for text, dct, _ in CASES:
        hit |= _rules_hit(text, dct)
    assert {r.name for r in RULES} - hit == set()


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_examples(rule):
    """Each rule's example is matched by that rule, and the engine (with its trigger filter) finds it."""
    cr = compile_rule(rule)
    text = rule.example.replace("(", "").replace(")", "")
    assert cr.regex.search(text), rule.example
    found = tag_span(text)
    assert any(t.rule == rule.name or cr.regex.fullmatch(t.text) for t in found), (rule.example, found)


NEGATIVE = [
    # a game's clock and plays near its periods (session of 2026-12-06, the sixteenth)
    "Vell hit a 27-footer with 5:40 left in the fourth quarter.",
    "Marshall had five turnovers, three of them in the first quarter.",
    # a month that is a given name before a surname; a house number before a street with a compass point
    "Editing by Mark Oduya and Jan Harvey",
    "Volunteers met at the church parking lot at 1950 NW 19th Street.",
    # a weekday after "a", "an" or "any" is no day in particular
    "Some of it was raised by children running races on a Sunday morning.",
    "The clinic is open on any Monday it can.",
    "Policymakers forecast two more quarter-point cuts.",
    "She reached the quarter-finals for the third time.",
    "He finished on the 15th hole, after the 3rd-place team.",
    # the halves and quarters of a game
    "Ronaldo scored twice in the first half, before Messi pulled one back.",
    "In the second half, Messi scored with a header.",
    "Redvale pulled one back early in the second half, but Marsh sealed the points in stoppage time.",
    # a month after a given name is a surname; "March on," is the verb
    "Theresa May said she would resign.",
    # ... and a month that is also a given name, before a surname, is a name
    "April Smith will chair the panel.",
    "August Wilson wrote the play.",
    "Tariq Ramadan gave a lecture.",
    "March on, she told the crowd.",
    "Brady threw a touchdown pass in the fourth quarter.",
    "The Lakers were trailing by 10 in the third quarter of the game.",
    "The Audi Q3 sold well.",
    "Easter Island is remote, and Easter eggs are sold.",
    "He said that nights are cold and the previous mornings were warm.",
    "The soldiers, in their early twenties, fled; their leader is in his forties.",
    "Shares rose 21-22% in heavy trading.",
    "Press q1 to continue.",
    "The H5 strain is not an H1 strain.",
    "May I ask a question?",
    "We may see rain, they said.",
    "Soldiers marched on the capital.",
    "The March on Washington drew thousands.",
    "He got a second opinion.",
    "He finished second in the race.",
    "The fall of the regime was sudden.",
    "According to Section 7008 of the act, aid stops.",
    "Toure, 63, is in doubt.",
    "He was aged 63 when he retired.",
    "He is 52 years old.",
    "The Sunday Times reported it.",
    "The Mail on Sunday reported it.",
    "Call 555-1990 for details.",
    "nearly 200,000 civilians fled",
    "There are 14 of us in a room of 12 square meters.",
    "Segou is 150 miles from Bamako.",
    "It is a decades-old campaign.",
    "He lives at 1600 Pennsylvania Avenue.",
    "The home side won 3-2.",
    "Flight 1990 landed safely.",
    "The Boeing 747 landed in Dakar.",
    "Room 2012 is locked.",
    "The painting sold for $1999.",
    "The index gained 1,998 points.",
    "About 2000 people attended.",
    "He scored 2010 points in his career.",
    "Now that the war is over, trade resumes.",
    "They can leave as soon as the threats end.",
    "It matters to the future of our peoples.",
    "Magna cut its quarterly dividend.",
    "Qantas plans daily flights to Bombay.",
    "This is VOA Today.",
    "ABC's This Week aired an interview.",
    "Summer Hill is a suburb of Sydney.",
    "Spring water is cheap.",
    "The spring broke off the clock.",
    "He was born in a small village.",
    "Sun Microsystems cut prices.",
    "The first half of the book is dull.",
    "A quarter of the vote went to him.",
    "Iraq imports about three-quarters of its food.",
    "Interstate 95 was closed.",
    "See page 1998 of the report.",
    "Resolution 425 demands a withdrawal.",
    "Nearly 1,500 troops arrived.",
    "He is the second son of a farmer.",
    "A number of people came.",
    "The firm filed for Chapter 11 protection.",
    "The soldiers march in step at the dawn of a new era.",
    "In a moment, there will be a statement.",
    "Every effort was made to save him.",
    "He served 12 terms in the assembly.",
    "The ship was hit by a second missile.",
    "Paris Match published the photos.",
    "The now-President led the overthrow.",
    "Baker said on ABC-TV's \"This Week With David Brinkley\" that it would work.",
    "I would have chosen the people of tomorrow.",
    "At the end of the day, the voters decide.",
    "Mali was calm in the period since independence.",
    "She was struck by a fall of rock.",
    "The firm employs 1,200 workers.",
    "Their address is 12 Rue de la Paix.",
    # a word inside a longer word is no expression (every alternative of a rule is bounded)
    "The talks ran concurrently with the vote.",
    "The monsoon flooded the delta.",
    "The soonest flight was full.",
    "They ate the pasta cold.",
    "The tomorrows of the poor are bleak.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert timexes(text, MON) == []


def test_negative_corpus_is_large_enough():
    assert len(NEGATIVE) >= 50


def test_spans_index_the_text_exactly():
    text = "Junta leaders faced pressure on Monday.\r\nSome officers staged a coup last Wednesday."
    _, res = extract_article(Article("t", text, "t", MON))
    assert [(r.start, r.end) for r in res] == [(32, 38), (69, 83)]
    assert all(text[r.start:r.end] == r.text for r in res)


def test_no_publication_date_leaves_relative_values_underspecified():
    assert timexes("He left last week, not on March 22, 2012.", None) == [
        ("last week", "DATE", "XXXX-WXX"), ("March 22, 2012", "DATE", "2012-03-22")]
    assert timexes("Talks resume on Tuesday.", None) == [("Tuesday", "DATE", "XXXX-WXX-2")]
    assert timexes("The vote is on April 29.", None) == [("April 29", "DATE", "XXXX-04-29")]
    assert timexes("Sales rose in the third quarter.", None) == [("the third quarter", "DATE", "XXXX-Q3")]
    # a clock time and its alternative in another zone, on no known day (the day named is not taken without one)
    assert timexes("The fire started at 23:40 local time (04:40 GMT) on 14 July 2026.", None) == [
        ("23:40 local time", "TIME", "XXXX-XX-XXT23:40"), ("04:40 GMT", "TIME", "XXXX-XX-XXT04:40"),
        ("14 July 2026", "DATE", "2026-07-14")]


def test_impossible_days_yield_nothing():
    assert timexes("It was on February 30, 2012.", MON) == []


def test_resolution_records_anchor_and_reason():
    _, res = extract_article(Article("t", "He launched a coup in 1991 and stepped aside the following year.", "t", MON))
    r = res[1]
    assert (r.rule, r.anchor, r.anchor_kind, r.value) == ("unit_anaphoric", "1991", "previous", "1992")
    assert "1991" in r.why
    _, res = extract_article(Article("t", "Officers staged a coup last Wednesday.", "t", MON))
    assert (res[0].anchor, res[0].anchor_kind, res[0].tense) == ("2012-03-26", "publication", "past")
    # as `maliclock extract` resolves: the same value, the tense its value does not read left unread
    _, fast = extract_article(Article("t", "Officers staged a coup last Wednesday.", "t", MON), tenses=False)
    assert (fast[0].value, fast[0].anchor, fast[0].tense, fast[0].cue) == (res[0].value, "2012-03-26", "none", None)


def test_modifiers_are_recorded():
    _, res = extract_article(Article("t", "They fled in the late 1970s, nearly four years ago, around noon.", "t", MON))
    assert [(r.text, r.mod) for r in res] == [
        ("the late 1970s", "END"), ("nearly four years ago", "LESS_THAN"), ("around noon", "APPROX")]
    _, res = extract_article(Article("t", "Profits may return in 1994 or later, or around Nov. 1.", "t", MON))
    assert [(r.text, r.mod) for r in res] == [("1994 or later", "ON_OR_AFTER"), ("around Nov. 1", "APPROX")]
    _, res = extract_article(Article("t", "Shots rang out in the early hours of Thursday and ended at midnight on Friday.",
                                     "t", MON))
    assert [(r.text, r.value, r.mod) for r in res] == [
        ("the early hours of Thursday", "2012-03-22TMO", "START"), ("midnight", "2012-03-23T24:00", None),
        ("Friday", "2012-03-23", None)]
