"""Benchmark corpora: news articles as JSON Lines, built by rule, never downloaded.

Each corpus mixes the project's seed articles (with their manifest dates)
with articles generated from the templates and word lists below: a story
pool (an event kind, a place, actors and a date) is reported by several
articles, each published some days after, with absolute and relative dates,
durations, clock times, and numbers that are not dates (money, counts,
percentages). The same size and seed always give the same bytes.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "fifteen", "twenty"]
PLACES = [("Bamako", "Mali"), ("Niamey", "Niger"), ("Dakar", "Senegal"), ("Abidjan", "Ivory Coast"),
          ("Ouagadougou", "Burkina Faso"), ("Nouakchott", "Mauritania"), ("Accra", "Ghana"), ("Lagos", "Nigeria"),
          ("Conakry", "Guinea"), ("Lome", "Togo"), ("Cotonou", "Benin"), ("Freetown", "Sierra Leone"),
          ("Monrovia", "Liberia"), ("Banjul", "Gambia"), ("Bissau", "Guinea-Bissau"), ("N'Djamena", "Chad"),
          ("Khartoum", "Sudan"), ("Tripoli", "Libya"), ("Algiers", "Algeria"), ("Rabat", "Morocco"),
          ("Tunis", "Tunisia"), ("Cairo", "Egypt"), ("Nairobi", "Kenya"), ("Addis Ababa", "Ethiopia")]
FIRST = ["Amadou", "Moussa", "Ibrahim", "Fatoumata", "Aminata", "Oumar", "Mariam", "Seydou", "Aissata", "Boubacar",
         "Hawa", "Soumaila", "Cheick", "Kadiatou", "Modibo", "Salif", "Awa", "Tiebile", "Dioncounda", "Mahamadou"]
LAST = ["Traore", "Keita", "Coulibaly", "Diallo", "Toure", "Sanogo", "Cisse", "Konate", "Maiga", "Diarra", "Sidibe",
        "Dembele", "Kone", "Sangare", "Ballo", "Doumbia", "Camara", "Fofana", "Sylla", "Kante"]
ROLES = ["President", "Prime Minister", "Defence Minister", "Foreign Minister", "General", "Captain", "Colonel",
         "opposition leader", "spokesman", "rebel commander", "mayor", "envoy"]
ORGS = ["the African Union", "ECOWAS", "the United Nations", "the European Union", "the World Bank",
        "the International Monetary Fund", "the electoral commission", "the constitutional court", "the junta",
        "the national assembly", "the army", "the interior ministry", "Amnesty International", "the Red Cross"]
# event kind -> (verb phrase in the past, noun)
EVENTS = {
    "coup": ("seized power in a coup", "coup"), "election": ("held a presidential election", "election"),
    "attack": ("attacked an army base", "attack"), "protest": ("staged a protest against the government", "protest"),
    "meeting": ("met for talks on the crisis", "summit"), "arrest": ("arrested several officials", "arrest"),
    "resignation": ("resigned from office", "resignation"), "suspension": ("suspended aid", "suspension"),
    "seizure": ("captured the town", "capture"), "ceasefire": ("signed a ceasefire", "ceasefire"),
    "strike": ("began a general strike", "strike"), "flood": ("were hit by floods", "floods"),
}
FILLER = [
    "Officials said the situation remained tense but calm in most neighbourhoods.",
    "The government has promised to investigate the allegations and report its findings.",
    "Analysts say the region has long been prone to instability and food shortages.",
    "Residents described long queues at fuel stations and markets across the city.",
    "Diplomats urged all sides to show restraint and return to negotiations.",
    "The ministry did not respond to repeated requests for comment.",
    "Aid agencies warned that {n} people could need food assistance.",
    "The budget for the programme is {money}, according to the finance ministry.",
    "Unemployment rose to {pct} percent, the statistics office said.",
    "About {count} soldiers and {count2} police officers were deployed on the streets.",
    "The convoy travelled {km} kilometres along Route {route} before reaching the border.",
    "Section {section} of the law restricts assistance after an unconstitutional change of government.",
    "Prices of rice and millet have climbed by {pct} percent in the main markets.",
    "The company said its output reached {count} tonnes, up from {count2} tonnes.",
    "Human rights groups said at least {small} people were detained without charge.",
    "Opposition parties said they would not take part in any talks with the military.",
]


@dataclass(slots=True)
class Story:
    """A happening that several articles report."""

    kind: str
    day: date
    city: str
    country: str
    actor: str
    org: str


def _name(rng: random.Random) -> str:
    return f"{rng.choice(ROLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def _date_phrase(rng: random.Random, d: date, pub: date) -> str:
    """A way of writing day ``d`` seen from publication day ``pub``."""
    delta = (pub - d).days
    forms = [f"on {MONTHS[d.month - 1]} {d.day}, {d.year}", f"on {d.day} {MONTHS[d.month - 1]} {d.year}",
             f"on {MONTHS_SHORT[d.month - 1]} {d.day}", f"on {WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"]
    if delta == 0:
        forms += ["today", "this morning", "earlier today"]
    elif delta == 1:
        forms += ["yesterday", "yesterday afternoon", "late yesterday", "last night"]
    elif 1 < delta < 7:
        forms += [f"on {WEEKDAYS[d.weekday()]}", f"last {WEEKDAYS[d.weekday()]}", f"{WEEKDAYS[d.weekday()]} evening"]
    elif delta < 0 and delta > -7:
        forms += [f"on {WEEKDAYS[d.weekday()]}", f"next {WEEKDAYS[d.weekday()]}"]
    return rng.choice(forms)


def _context(rng: random.Random, pub: date) -> str:
    past = pub.replace(year=pub.year - rng.randint(1, 30)) if not (pub.month == 2 and pub.day == 29) else \
        date(pub.year - rng.randint(1, 30), 3, 1)
    options = [
        f"The country has seen {rng.choice(NUMBER_WORDS)} coups since independence in {rng.randint(1957, 1965)}.",
        f"The last such crisis, in {past.year}, lasted {rng.choice(NUMBER_WORDS)} months.",
        f"Tensions have been rising for {rng.choice(['several', 'many', 'a few'])} weeks.",
        f"{rng.choice(FIRST)} {rng.choice(LAST)} first came to power {rng.choice(NUMBER_WORDS)} years ago.",
        f"Elections are scheduled for {MONTHS[rng.randint(0, 11)]} {pub.year + rng.randint(0, 1)}.",
        f"The rebellion began in {MONTHS[past.month - 1]} {past.year} and spread to the north within weeks.",
        f"Talks are expected to resume next week, two years after the last round collapsed.",
        f"The mission's mandate expires at the end of the year, {rng.choice(ORGS)} said last month.",
        f"In the {rng.choice(['1990s', 'eighties', 'nineties'])}, the region was a byword for stability.",
        f"The curfew runs from {rng.randint(6, 11)} p.m. to {rng.randint(5, 7)} a.m. every day.",
        f"The deadline passed at midnight on {WEEKDAYS[rng.randint(0, 6)]} without an agreement.",
        f"Earlier this year, the government cut fuel subsidies for the third time since {past.year}.",
        f"The talks, which began in early {MONTHS[rng.randint(0, 11)]}, are due to end in the third quarter.",
        f"A court hearing is set for {MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}, officials said.",
    ]
    return rng.choice(options)


def _filler(rng: random.Random) -> str:
    return rng.choice(FILLER).format(
        n=f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million", money=f"${rng.randint(2, 900)} million",
        pct=rng.randint(2, 40), count=f"{rng.randint(1, 90)},{rng.randint(100, 999)}", count2=rng.randint(100, 999),
        km=rng.randint(20, 900), route=rng.randint(1, 60), section=rng.randint(1000, 9999), small=rng.randint(3, 99))


def article(rng: random.Random, story: Story, n: int) -> dict[str, object]:
    """One generated article reporting ``story``."""
    pub = story.day + timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 9]))
    verb, noun = EVENTS[story.kind]
    actor2 = _name(rng)
    paras = [f"{story.city.upper()}, {story.country} — {story.org[0].upper() + story.org[1:]} {verb} in "
             f"{story.city} {_date_phrase(rng, story.day, pub)}, {rng.choice(['officials', 'witnesses', 'sources'])} said."]
    for _ in range(rng.randint(6, 14)):
        sents = []
        for _ in range(rng.randint(1, 4)):
            r = rng.random()
            if r < 0.22:
                sents.append(f"{story.actor[0].upper()}{story.actor[1:]} said the {noun} {_date_phrase(rng, story.day, pub)} "
                             f"was {rng.choice(['a setback', 'unavoidable', 'illegal', 'a turning point'])}.")
            elif r < 0.40:
                sents.append(_context(rng, pub))
            elif r < 0.52:
                d2 = story.day + timedelta(days=rng.randint(-40, 40))
                sents.append(f"{actor2[0].upper()}{actor2[1:]} {rng.choice(list(EVENTS.values()))[0].replace('held', 'was to hold')} "
                             f"in {rng.choice(PLACES)[0]} {_date_phrase(rng, d2, pub)}.")
            else:
                sents.append(_filler(rng))
        paras.append(" ".join(sents))
    title = f"{story.country}: {noun} in {story.city}"
    return {"id": f"gen-{n:07d}", "published": pub.isoformat(), "title": title,
            "text": title + "\n\n" + "\n\n".join(paras) + "\n"}


def seed_articles() -> list[dict[str, object]]:
    """The seed articles with their manifest dates."""
    with open(SEEDS / "sources.csv", encoding="utf-8") as f:
        rows = {r["file"]: r for r in csv.DictReader(f)}
    return [{"id": p.name, "published": rows[p.name]["published"], "text": p.read_text(encoding="utf-8")}
            for p in sorted(SEEDS.glob("*.txt"))]


def write_corpus(path: Path, megabytes: float, seed: int = 0) -> tuple[int, int]:
    """Write about ``megabytes`` MB of JSON Lines to ``path``; returns (articles, bytes of text)."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)  # bytes of article text (UTF-8)
    seeds = seed_articles()
    stories: list[Story] = []
    size = count = 0
    with open(path, "w", encoding="utf-8") as out:
        while size < target:
            if count % 250 == 0:  # the seeds again, as if republished by other outlets
                for s in seeds:
                    doc = dict(s, id=f"seed-{count:07d}-{s['id']}")
                    line = json.dumps(doc, ensure_ascii=False) + "\n"
                    out.write(line)
                    size += len(str(doc["text"]).encode())
                    count += 1
            if not stories or rng.random() < 0.25:
                city, country = rng.choice(PLACES)
                day = date(1990, 1, 1) + timedelta(days=rng.randint(0, 12_000))
                stories.append(Story(rng.choice(list(EVENTS)), day, city, country, _name(rng),
                                     rng.choice(ORGS)))
            doc = article(rng, rng.choice(stories[-40:]), count)
            line = json.dumps(doc, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(str(doc["text"]).encode())
            count += 1
    return count, size


def main(argv: list[str] | None = None) -> None:
    """Write one corpus: ``python benchmarks/corpus.py OUT.jsonl [MEGABYTES]``."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the JSON Lines file to write")
    ap.add_argument("megabytes", type=float, nargs="?", default=1.0, help="MB of article text (default: 1)")
    ap.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = ap.parse_args(argv)
    if args.out.exists() and not args.force:
        ap.exit(2, f"corpus.py: {args.out}: exists (give --force to replace it)\n")
    n, b = write_corpus(args.out, args.megabytes)
    print(f"{n} articles, {b / 1e6:.1f} MB of text")


if __name__ == "__main__":
    main()
