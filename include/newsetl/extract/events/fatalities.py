"""Fatalities stated in a sentence, and losses that a follow-up sentence adds to an event."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...regex_guard import Guarded, guarded
from ..rules import Rules
from .single_victims import article_items, named_victim, of_whom, pronoun_hedge, single_victim
from .text import AGGREGATE_RE, RUNNING_TOTAL, clause_bounds, number_value

_alternation = Rules.alternation  # (fix61) the one alternation helper

# "two members of a 'criminal group' and one officer were killed": a list member's "of" phrase before the next member
OF_PHRASE_GAP = re.compile(
    r"\s+of\s+(?:an?|the|their|its)\s+(?:[\w’'\-\"“”]+\s+){0,3}?[\w’'\-\"“”]+\s*,?\s+and\s+", re.I
)


IMMEDIATE = re.compile(r"\bimmediate(?:ly)?\b", re.I)  # "no immediate reports of casualties": no statement yet
DATELINE_COLON = re.compile(r"\d:\s+[A-Z]")  # "Shillong, August 19: Two ...": a capital starts the sentence
WS = r"\s+"  # any white space after a word of a list
NUM = r"(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"  # a figure in digits or words ("17", "twenty-one", "a")


def word_alternation(words, after: str = "") -> str:
    """A wordlists.json list of regular expressions as one alternation in the file's order (a space stands for any
    white space), each alternative followed by `after`."""
    return "|".join(w.replace(" ", r"\s+") + after for w in words if w) or "(?!)"


class FatalityPatterns(NamedTuple):
    """The fatality patterns whose words are wordlists.json lists (data22; each list's words in the file's order)."""

    zero: Guarded | re.Pattern  # `zero_fatality_phrases`: "no casualties", "nobody was killed"
    zero2: re.Pattern  # `no_one_killed_phrases`: "killed no one", "no deaths"
    toll: Guarded | re.Pattern  # "death toll ... at N" (`toll_nouns`, `toll_figure_words`, `death_count_qualifiers`)
    toll_head: re.Pattern  # "Provisional toll:" (`toll_head_modifiers`, `toll_head_nouns`): a communiqué's toll
    relative_gap: re.Pattern  # "a herder and his two sons" (`relative_list_possessives`): one list of victims
    loss: re.Pattern  # `side_loss_patterns`: one side's losses ("The army lost four soldiers")
    subset_before: re.Pattern  # `subset_before_words`: "including three children" is part of a figure
    overall: re.Pattern  # `overall_toll_words`: a toll of people in total, to which no side's loss adds
    kill_after: re.Pattern  # a quantity's kill words after it ("... were shot dead")
    kill_before: re.Pattern  # a quantity's kill words before it ("killing the two ...")
    bare_kill: Guarded | re.Pattern  # "killing 17." (`bare_kill_verbs`)
    left_dead: re.Pattern  # "leaving 12 dead" (`left_dead_verbs`)
    own_loss: re.Pattern  # "losing five of their own" (`loss_verbs`, `quantity_own_determiners`, `own_loss_nouns`)
    conjoined_tail: re.Pattern  # "eight assailants and two VDP were killed" (`conjoined_tail_kill_words`)
    said_after: re.Pattern  # `list_speech_verbs`: "two ..., police said": the list ends
    left_before: re.Pattern  # `left_dead_verbs` just before a list: "leaving six wounded" is no kill
    list_gap: re.Pattern  # between two members of a list (`list_gap_words`; after a comma `list_gap_comma_words`)
    gap_words: frozenset  # `list_gap_words` as written, one space between words ("as  well as" joins no list)
    intent: re.Pattern  # (fix103) `kill_intent_before_patterns` just before a kill word: "an operation to neutralise"


def fatality_patterns(res: Rules) -> FatalityPatterns:
    """The fatality patterns, built from wordlists.json once per Rules (data22)."""

    def build() -> FatalityPatterns:
        w = res.words
        gap = re.compile(
            rf"\s*(?:,\s*(?:(?:{word_alternation(w['list_gap_comma_words'])})\s+)?|\s+(?:{word_alternation(w['list_gap_words'])})\s+)\s*$",
            re.I,
        )
        intent = re.compile(rf"(?:{word_alternation(w['kill_intent_before_patterns'])})\s*$", re.I)
        made = (*_toll_res(w), *_kill_word_res(w), gap, frozenset(w["list_gap_words"]), intent)
        return FatalityPatterns._make(_guard_searched(FatalityPatterns._fields, made))

    return res.built("fatalities.fatality_patterns", build)


# (perf30) the patterns searched over a whole sentence that gain by it, guarded by their lower-case twins (regex_guard.py:
# the same matches; a text none can match is not scanned); those only matched at one position stay as compiled
_SEARCHED = frozenset({"zero", "toll", "bare_kill"})


def _guard_searched(fields: tuple[str, ...], made: tuple) -> list:
    return [guarded(rx) if name in _SEARCHED else rx for name, rx in zip(fields, made)]


def _toll_res(w: dict) -> tuple[re.Pattern, ...]:
    """(zero, zero2, toll, toll_head, relative_gap, loss, subset_before, overall) from the word lists `w`."""
    return (
        re.compile(rf"\b({word_alternation(w['zero_fatality_phrases'])})\b", re.I),
        re.compile("|".join(rf"\b{word_alternation([p])}\b" for p in w["no_one_killed_phrases"]) or "(?!)", re.I),
        re.compile(
            rf"\b(?:{word_alternation(w['toll_nouns'])})\b[^.;]{{0,40}}?\b(?:{word_alternation(w['toll_figure_words'])})\s+"
            rf"(?:{word_alternation(w['death_count_qualifiers'], WS)})?(?P<num>[\d,]+|[a-z\-]+)",
            re.I,
        ),
        re.compile(
            rf"^\W*(?:(?:{word_alternation(w['toll_head_modifiers'])})\s+)?(?:{word_alternation(w['toll_head_nouns'])})\s*:",
            re.I,
        ),
        re.compile(rf"\s+and\s+(?:{word_alternation(w['relative_list_possessives'])})\s+$", re.I),
        re.compile(word_alternation(w["side_loss_patterns"]), re.I),
        re.compile(rf"\b(?:{word_alternation(w['subset_before_words'])})\s+(?:at\s+least\s+)?$", re.I),
        re.compile(rf"\b(?:{word_alternation(w['overall_toll_words'])})\b", re.I),
    )


def _kill_word_res(w: dict) -> tuple[re.Pattern, ...]:
    """(kill_after, kill_before, bare_kill, left_dead, own_loss, conjoined_tail, said_after, left_before) from the word
    lists `w`; the auxiliaries ("were", "had been"), figures and list grammar stay in the code."""
    return (
        re.compile(
            r"^\s*(?:of\s+the\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,2}(?:\s+\([A-Z][\w\-]{1,9}\))?\s+(?=were\b|was\b))?(?:,\s*)?"
            rf"(?:and\s+(?:[\w\-]+\s+){{0,1}}(?:{word_alternation(w['kill_after_conjoined_nouns'])})\s+)?"
            rf"(?:(?:{word_alternation(w['kill_after_subset_openers'])})\s+[\w\s\-]{{0,40}}?,\s*)?"
            r"(?:who\s+)?(?:were|was|have\s+been|had\s+been|are|is)?\s*"
            rf"(?:{word_alternation(w['kill_after_adverbs'], WS)})?(?:(?:{word_alternation(w['kill_after_hurt_verbs'])})\s+and\s+)?"
            rf"(?:{word_alternation(w['kill_after_words'])})\b",
            re.I,
        ),
        re.compile(
            rf"\b(?:{word_alternation(w['kill_before_words'])})[\"”’']?\s*"  # (ev93) had “neutralised” 23 fighters
            rf"(?:(?:{word_alternation(w['kill_before_determiners'])})\s+)?"
            r"[\"“]?$",
            re.I,
        ),
        re.compile(
            rf"\b(?:{word_alternation(w['bare_kill_verbs'])})\s+(?:{word_alternation(w['bare_kill_qualifiers'], WS)})?{NUM}"
            rf"(?:\s+of\s+(?:them|whom|the\s+(?:{word_alternation(w['bare_kill_enemy_nouns'])})))?"
            rf"(?=\s*(?:[,.;)]|$)|\s+(?:{word_alternation(w['bare_kill_end_words'])})\b)",
            re.I,
        ),
        re.compile(
            rf"\b(?:{word_alternation(w['left_dead_verbs'])})\s+(?:{word_alternation(w['death_count_qualifiers'], WS)})?{NUM}"
            r"\s+(?:[a-z]+\s+)?dead\b",
            re.I,
        ),
        re.compile(
            rf"\b(?:{word_alternation(w['loss_verbs'])})\s+(?:{word_alternation(w['death_count_qualifiers'], WS)})?{NUM}\s+of\s+"
            rf"(?:{word_alternation(w['quantity_own_determiners'])})\s+own\b(?:\s+(?:[\w\-]+\s+)?(?:{word_alternation(w['own_loss_nouns'])}))?",
            re.I,
        ),
        re.compile(
            rf"^\s*,?\s*and\s+(?:{word_alternation(w['death_count_qualifiers'], WS)})?{NUM}\s+(?:of\s+the\s+)?(?:[\w’'\-]+\s+){{0,2}}?"
            rf"[\w’'\-]+\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?(?:{word_alternation(w['conjoined_tail_kill_words'])})\b",
            re.I,
        ),
        re.compile(rf"[^,.;]{{0,30}}?\b(?:{word_alternation(w['list_speech_verbs'])})\b", re.I),
        re.compile(rf"\b(?:{word_alternation(w['left_dead_verbs'])})\s*$", re.I),
    )


def _kill_patterns(res: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(vague, single, active) built from wordlists.json once per Rules:

    - vague: "several/many/a few" before "dozen" (`vague_quantity_words`): no figure;
    - single: one victim named by an article or a pronoun as the object of a kill verb (`single_kill_verbs`, any noun
      ended by `single_victim_end_words`: "shot dead a barangay captain outside his house", "killing him"; the noun
      list is closed, an occupation is not in it), "shot him dead" (`single_kill_pronoun_verbs`/`_particles`), or
      the subject of a passive kill (`passive_single_kill_verbs`: "a tax collector of ... was shot dead");
    - active: a quantity followed by an active kill verb and its object is the killers, not the dead ("Two gunmen
      killed a ..."; `active_kill_verbs`, `active_kill_object_starts`)."""

    def build() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
        w = res.words
        vague = re.compile(rf"\b(?:{_alternation(w['vague_quantity_words'])})\s+$", re.I)
        single = re.compile(
            rf"\b(?:{_alternation(w['single_kill_verbs'])})\s+(?:(?P<pron>him|her)\b(?!\s*(?:self|and|,?\s*along)\b)|"
            r"(?:a|an)\s+(?P<mods>(?:[\w’'\-]+\s+){0,3}?)(?P<head>[a-z][\w’'\-]*|\d{1,3}-year-old)(?=\s*(?:[,.;)]|$)|\s+(?:"
            rf"{_alternation(w['single_victim_end_words'])})\b))|"
            rf"\b(?:{_alternation(w['single_kill_pronoun_verbs'])})\s+(?P<pron2>him|her)\s+"
            rf"(?:{_alternation(w['single_kill_pronoun_particles'])})\b|"
            r"(?<![\w-])(?:a|an)\s+(?P<pmods>(?:[\w’'\-]+\s+){0,3}?)(?P<phead>[a-z][\w’'\-]*)(?:\s+of\s+[^;:.]{1,80}?)?,?\s+"
            rf"(?:who\s+)?(?:was|had\s+been)\s+(?:also\s+)?(?:{_alternation(w['passive_single_kill_verbs'])})\b|"
            r"(?<![\w-])(?P<pron3>he|she)\s+(?:was|had\s+been)\s+(?:also\s+)?"  # (ev63) "he was hacked to death"
            rf"(?:{_alternation(w['passive_single_kill_verbs'])})\b",
            re.I,
        )
        nums = _alternation(res.victim_patterns[0])  # (fix64) "Two bombers killed 30 / thirty people": all digits
        active = re.compile(
            rf"^\s*(?:{_alternation(w['active_kill_verbs'])})\s+"
            rf"(?:{_alternation(w['active_kill_object_starts'])}|(?:\d[\d,]*|(?:{nums})(?:-(?:{nums}))?)\b"
            rf"(?!\s*(?:{_alternation(w['active_kill_object_not_units'])})\b))\b",  # "killed 30 km from": no object
            re.I,
        )
        return vague, single, active

    return res.built("fatalities.kill_patterns", build)


# a dash or parenthesised apposition after the list head names its members, not more of them
APPOSITION = re.compile(r"\s[-–]\s|\(")


class CountPatterns(NamedTuple):
    passive: re.Pattern
    release: re.Pattern
    back: re.Pattern
    death: re.Pattern
    list_head: re.Pattern  # the first member of a list of the dead whose last member a passive kill counts


def count_patterns(res: Rules) -> CountPatterns:
    """(passive count, unharmed release, back reference, death) from wordlists.json once per Rules (ev52):

    - the counted subject of a passive kill, whatever its noun (`passive_count_kill_verbs`): "Two cadres of the
      Front were shot dead", "Four people, a child among them, were killed", "A vendor was shot and killed";
    - a release unharmed (`unharmed_release_phrases`): "all three were later released unharmed" is no death;
    - a fight the story already told (`passive_count_back_nouns`): "One poacher was shot dead in the exchange" gives
      the earlier fight's loss, never a figure of its own sentence;
    - a death told beside the release (`unharmed_release_death_words`, fix55).
    The counted noun phrase (fix99: none, a bare count: ", and two were killed") stops before a
    `passive_count_np_stop_words` word ("Two men who were ...") and may be
    followed by a participle's phrase (`passive_count_post_modifiers`, ev59: "Two women Maoists carrying a combined
    reward of 28 lakh were killed": 2)."""

    def build() -> CountPatterns:
        w = res.words
        stop = rf"(?:{_alternation(w['passive_count_np_stop_words'])})"
        passive = re.compile(
            r"(?:^|[:;(]\s*|,\s+|\b(?:when|and|after|as)\s+)\W*"
            rf"(?:{word_alternation(w['death_count_qualifiers'], WS)}|some\s+|about\s+|around\s+)?"
            rf"(?!(?:when|and|after|as)\b)(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?:\s+(?P<np>(?:(?!{stop}\b)[\w’'\-\"“”()]+\s+){{0,5}}?(?!{stop}\b)[\w’'\-\"“”()]+))?"
            rf"(?:{_post_modifier(res)})?"  # "... carrying a reward of ..."
            r"(?:\s*,\s*[^,;:]{1,80}?,)?\s+(?:were|was|had\s+been|have\s+been)\s+"
            r"(?:also\s+|later\s+|reportedly\s+|allegedly\s+)?"
            rf"(?:{_alternation(w['passive_count_kill_verbs'])})\b",
            re.I,
        )
        back = re.compile(
            rf"^\s+in\s+the\s+(?:{_alternation(w['passive_count_back_nouns'])})\b"
            rf"(?!\s+(?:{_alternation(w['passive_count_own_fight_followers'])})\b)",
            re.I,
        )
        release = re.compile(rf"\b(?:{_alternation(w['unharmed_release_phrases'])})\b", re.I)
        death = re.compile(rf"\b(?:{_alternation(w['unharmed_release_death_words'])})\b", re.I)
        list_head = re.compile(  # "Two tribesmen and a ..."
            rf"(?:^|[:;(]\s*|,\s+)\W*(?:{word_alternation(w['death_count_qualifiers'], WS)})?(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
            r"(?:(?!(?:were|was|had|have|been)\b)[\w’'\-]+\s+){0,3}?(?!(?:were|was|been)\b)[\w’'\-]+\s*,?\s*$",
            re.I,
        )
        return CountPatterns(passive, release, back, death, list_head)

    return res.built("fatalities.count_patterns", build)


def _post_modifier(res: Rules) -> str:
    """(ev59) A participle's phrase after a counted noun (`passive_count_post_modifiers`: "Two women Maoists *carrying a
    combined reward of 28 lakh* were killed"), as a regular expression's text."""
    return rf"\s+(?:{_alternation(res.words['passive_count_post_modifiers'])})\s+[^,;:]{{1,60}}?"


def post_modified_re(res: Rules) -> re.Pattern:
    """(fix58) That phrase up to a passive's auxiliary, built once per Rules: `roles` reads a passive subject over it."""

    def build() -> re.Pattern:
        return re.compile(rf"{_post_modifier(res)}\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+", re.I)

    return res.built("fatalities.post_modified", build)


def released_unharmed(text: str, res: Rules) -> bool:
    """The text tells the victims were released unharmed and reports no death (fix55: "Three were released unharmed
    and one was beheaded" is no zero)."""
    pats = count_patterns(res)
    return pats.release.search(text) is not None and not pats.death.search(text)


def _age_apposition(seg: str, end: int, res: Rules) -> bool:
    """(fix74) The figure ending at `end` is an age between commas right after a capitalised name ("John Doe, 44,"),
    `count_age_apposition_patterns` (case-sensitive); "Police said 15, mostly women, were killed" is a count."""
    return seg[:end].endswith(",") and res.patterns_rx("count_age_apposition_patterns", 0).search(seg[:end]) is not None


def _passive_count(seg: str, res: Rules) -> int | None:
    """The counted subject of a passive kill ("Two Maoists were shot dead": 2), when no other figure was found."""
    numbers = res.victim_patterns[0]
    single_not, not_person = res.wordset("single_victim_not"), res.wordset("passive_count_not_person_nouns")
    np_break = res.wordset("passive_count_np_break_words")
    passive, _, back, _, list_head = count_patterns(res)
    for m in passive.finditer(seg):
        if _age_apposition(seg, m.end("num"), res):
            continue  # (fix70, fix74) "John Doe, 44, said the man was shot dead": an age
        raw, np = m.group("num").lower().replace(",", ""), m.group("np") or ""
        if not np and not res.pattern_search("bare_count_opens", seg[: m.start("num")]):
            continue  # (fix99) a bare count opens a clause (", and two were killed"), never "aged 19 and 23 were"
        val = 1 if _single_word(raw, res) else number_value(raw, numbers)
        if back.match(seg[m.end() :]):
            return None  # "One poacher was shot dead in the exchange": the fight told before
        opens_and = np and m.group(0).lower().lstrip(" ,").startswith("and")
        first = list_head.search(seg[: m.start()]) if opens_and else None
        app = APPOSITION.search(seg[first.start() : m.start()]) if first is not None else None
        if first is not None and app is not None:
            head = list_head.search(seg[: first.start() + app.start()])  # "Three men - two farmers and a trader -"
            val = None if head is None else number_value(head.group("num"), numbers)
        elif first is not None:
            more = 1 if _single_word(first.group("num").lower(), res) else number_value(first.group("num"), numbers)
            # "Two tribesmen and a supervisor were killed"; (fix99) no count before "and": "on Tuesday, and two were killed"
            val = val if more is None or val is None else val + more
        words = [x.lower().strip("\"“”()'’") for x in np.split()]
        cut = next((i for i, x in enumerate(words) if x in np_break), len(words))
        if any(x in not_person for x in words[:cut]):
            continue  # "Some 300 cattle were killed": no person ("a man accused of stealing goats" is one)
        if val is None or val > 100000 or re.fullmatch(r"(?:19|20)\d\d", raw):
            continue
        if words and words[0] in res.wordset("passive_count_not_first_words"):  # "... of them", "other soldiers"
            continue
        if any(x in single_not or x in numbers or x[:1].isdigit() and not x.endswith("-old") for x in words):
            continue
        return val
    return None


class QuantityWords(NamedTuple):
    plural: re.Pattern  # `quantity_plural_modifiers` or a digit: "the two men" is no single person
    own: re.Pattern  # `quantity_own_determiners`: "one of their own"
    no_figure: re.Pattern  # `quantity_no_figure_modifiers`: "an unspecified number of"


def _quantity_words(res: Rules) -> QuantityWords:
    """The modifier patterns of a quantity match, from wordlists.json once per Rules (data21)."""

    def build() -> QuantityWords:
        w = res.words
        return QuantityWords(
            re.compile(rf"\d|\b(?:{_alternation(w['quantity_plural_modifiers'])})\b", re.I),
            re.compile(rf"(?:{_alternation(w['quantity_own_determiners'])})\s", re.I),
            re.compile(rf"\b(?:{_alternation(w['quantity_no_figure_modifiers'])})\b", re.I),
        )

    return res.built("fatalities.quantity_words", build)


def _thing_after(res: Rules) -> re.Pattern:
    """(fix103) A plural noun of things (`quantity_thing_heads`) right after a victim quantity's noun."""
    return res.built(
        "fatalities.thing_after",
        lambda: re.compile(rf"\s+(?:{_alternation(res.words['quantity_thing_heads'])})(?![\w-])", re.I),
    )


def _single_word(raw: str, res: Rules) -> bool:
    """ "a", "an", "one" (`quantity_single_articles`, `quantity_single_numerals`): one victim."""
    return raw in res.wordset("quantity_single_articles") or raw in res.wordset("quantity_single_numerals")


def _quantity_value(seg: str, q: re.Match, numbers: dict, vague: re.Pattern, res: Rules) -> int | None:
    """The number of victims one quantity match names, or None when it is not a victim count (the definite
    determiners of one victim, `quantity_definite_determiners`: "the soldier"; `vague_quantity_heads` after a vague
    quantity word: "several dozen")."""
    qw = _quantity_words(res)
    cb0, cb1 = clause_bounds(seg, q.start())
    if AGGREGATE_RE.search(seg[cb0:cb1]):
        return None  # "more than 4,000 people since 2017" (but not "..., in one of the deadliest massacres in recent years")
    raw = q.group("num").lower().replace(",", "")
    head = ((q.group("mods") or "").split() or [q.group("noun")])[0].lower()
    if head in res.wordset("quantity_not_victim_heads"):
        return None  # "lost his life when gunmen ...": the life is no victim (fix58)
    if _thing_after(res).match(seg, q.end()):
        return None  # (fix103) "neutralising two terrorist bases": the people's word names the things' owners
    if raw in res.wordset("quantity_definite_determiners"):
        if q.group("noun").lower().endswith("s") or qw.plural.search(q.group("mods")):
            return None  # "the soldiers", "the two men": not a single person
        if q.group("of"):
            return None
        val: int | None = 1
    elif _single_word(raw, res):
        own = raw in res.wordset("quantity_single_numerals") and qw.own.match(q.group("mods") or "")
        if q.group("of") and not own or qw.no_figure.search(q.group("mods")):
            return None  # "an unspecified number of terrorists": no figure
        val = 1
    elif raw in res.wordset("vague_quantity_heads") and vague.search(seg[max(0, q.start() - 12) : q.start()]):
        return None  # "several dozen terrorists": no figure
    else:
        val = number_value(raw, numbers)
    if val is None or val > 100000 or re.fullmatch(r"(?:19|20)\d\d", raw):
        return None
    if re.search(r"\d[.,:]?\s*$", seg[max(0, q.start() - 4) : q.start()]) and not DATELINE_COLON.search(
        seg[max(0, q.start() - 4) : q.end()]
    ):
        return None  # "12, 3 soldiers"; but after a dateline "August 19: Two truck drivers ..." a sentence starts
    if q.group("of") and re.match(rf"(?:{word_alternation(res.words['subset_before_words'])})", q.group("of"), re.I):
        return None  # "six of them children": a subset of a figure already counted
    if fatality_patterns(res).subset_before.search(seg[max(0, q.start() - 25) : q.start()]):
        return None
    return val


def _quantity_lists(seg: str, qs: list[tuple[int, int, int]], fp: FatalityPatterns) -> list[list[tuple[int, int, int]]]:
    """Group coordinated quantities into lists ("nine SDF fighters and at least five jihadists")."""
    lists: list[list[tuple[int, int, int]]] = []
    for st, en, val in qs:
        gap = seg[lists[-1][-1][1] : st] if lists else ""
        if lists and fp.relative_gap.fullmatch(gap):
            gap = gap[: gap.lower().rstrip().rfind(" ")] + " "
        if lists and OF_PHRASE_GAP.fullmatch(gap):
            gap = " and "
        if (
            lists
            and not fp.said_after.match(seg[en : en + 40])
            and fp.list_gap.fullmatch(gap + " ")
            and (gap.strip(" ,") == "" or gap.strip(" ,").lower() in fp.gap_words)
        ):
            lists[-1].append((st, en, val))
        else:
            lists.append([(st, en, val)])
    return lists


def _list_is_killed(seg: str, st: int, en: int, kill_re, injury_re, active: re.Pattern, fp: FatalityPatterns) -> bool:
    """A list of quantities is bound to a kill word and is not a count of wounded."""
    before, after = seg[max(0, st - 40) : st], seg[en : en + 80]
    kb = fp.kill_before.search(before)
    if kb is not None and fp.intent.search(seg[max(0, st - 80) : max(0, st - 40) + kb.start()]):
        kb = None  # (fix103) "an operation to neutralise 40 jihadists", "vowing to kill 200": a plan, no deaths
    bound = kb is not None or (fp.kill_after.match(after) is not None and not active.match(after))
    left_dead = re.match(r"\s*(?:[\w\-]+\s+){0,2}?dead\b", after, re.I) is not None
    left = fp.left_before.search(before) is not None
    if bound and left and not left_dead:
        bound = False  # "leaving six wounded"
    elif not bound and left and left_dead:
        bound = True  # (ev75) "leaving two soldiers and a tribesman dead": a list between the verb and "dead"
    injured = (
        injury_re.search(before[-25:]) is not None
        and not kill_re.search(before[-25:])
        or (injury_re.match(after.strip(" ,")[:20]) is not None if after.strip(" ,") else False)
    )
    return bound and not injured


def _split_to_death(seg: str, res: Rules) -> str:
    """(ev63) "beat a man to death", "hacked a fish trader to death" (`split_to_death_verbs` around one victim named by
    an article or a number: "hacked two farmers to death") read as "killed a man": the single-victim pattern sees the kill verb before its object."""
    numbers, _ = res.victim_patterns
    rx = res.built(
        "fatalities.split_to_death",
        lambda: re.compile(
            rf"\b(?:{_alternation(res.words['split_to_death_verbs'])})\s+((?:a|an|\d+|{_alternation(list(numbers))})\s+"
            r"(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\s+to\s+death\b",
            re.I,
        ),
    )
    return rx.sub(r"killed \1", seg)


def _segment_deaths(seg: str, res: Rules) -> int | None:
    """Deaths stated in one clause-like segment, or None when it states none."""
    seg = _split_to_death(seg, res)
    numbers, qty = res.victim_patterns
    kill_re, injury_re = res.kill_injury
    vague, single, active = _kill_patterns(res)
    fp = fatality_patterns(res)
    qs, pos = [], 0
    while (q := qty.search(seg, pos)) is not None:
        if _age_apposition(seg, q.end("num"), res):
            pos = q.end("num")  # (fix74) "John Doe, 44, said the man was shot dead": read on after the age
            continue
        pos = max(q.end(), pos + 1)
        val = _quantity_value(seg, q, numbers, vague, res)
        if val is not None:
            qs.append((q.start(), q.end(), val))
    qs = article_items(seg, qs, res)
    total, found, counted = 0, False, []
    for lst in _quantity_lists(seg, qs, fp):
        tail = fp.conjoined_tail.match(seg[lst[-1][1] :])
        more = number_value(tail.group("num"), numbers) if tail is not None else None
        if (
            tail is not None
            and more is not None
            and not any(lst[-1][1] <= st < lst[-1][1] + tail.end() for st, _, _ in qs)
        ):
            counted.append((lst[0][0], lst[-1][1] + tail.end()))
            total += sum(v for _, _, v in lst) + more
            found = True
        elif _list_is_killed(seg, lst[0][0], lst[-1][1], kill_re, injury_re, active, fp):
            counted.append((lst[0][0], lst[-1][1]))
            total += sum(v for _, _, v in lst)
            found = True
    taken = [(st, en) for st, en, _ in qs]
    for b in [
        *fp.bare_kill.finditer(seg),
        *fp.left_dead.finditer(seg),
        *fp.own_loss.finditer(seg),
        *of_whom(res, seg),
        *res.patterns_rx("side_tally_counts").finditer(seg),  # (ev93) "on the friendly side, 5 dead and 12 wounded"
    ]:
        if any(st < b.end() and b.start() < en for st, en in taken) or re.fullmatch(r"(?:19|20)\d\d", b.group("num")):
            continue
        v = number_value(b.group("num"), numbers)
        if v is not None and v <= 100000 and not RUNNING_TOTAL.search(seg):
            total += v  # "killing 17.", "killing two of them"
            found = True
            counted.append((b.start(), b.end()))
    single_not = res.wordset("single_victim_not")
    for m in single.finditer(seg):
        if (m.group("pron") or m.group("pron2") or m.group("pron3")) and any(st < m.start() for st, _ in counted):
            continue  # "shot dead a trader ..., killing him": the pronoun is the victim already counted
        if m.group("pron3") and pronoun_hedge(res).search(seg[max(0, m.start("pron3") - 40) : m.start("pron3")]):
            continue  # (fix64) "Relatives feared he was killed", "Police denied he was killed in custody"
        if single_victim(m, counted, numbers, single_not):
            total += 1
            found = True
            counted.append((m.start(), m.end()))
            total += _kin_after(m.group("mods") or "", res)  # (ev63) "killed a shopkeeper and his son": two
    if not found and named_victim(res).search(seg):
        return 1  # (ev67) "Lennox Brown, 44, was shot dead", "shot dead our member, driver Selorm Dzikunu,"
    return total if found else None


def _kin_after(mods: str, res: Rules) -> int:
    """(ev63) The victims a single kill's words before its head add ("a shopkeeper and his son", "a police chief and
    a bodyguard": one more for each "and" + `relative_list_possessives` or an article)."""
    kin = res.built(
        "fatalities.kin_after",
        lambda: re.compile(rf"\band\s+(?:{word_alternation(res.words['relative_list_possessives'])}|a|an)\s", re.I),
    )
    return len(kin.findall(mods))


def fatalities_in(text: str, res: Rules, passive: bool = True) -> int | None:
    """Deaths stated in a sentence: victim quantities bound to a kill word (lists summed, subsets and wounded left out,
    running totals skipped); "death toll ... N" wins; 0 only when explicitly none; None when vague or absent.
    `passive` off (an Arrests row, fix55): the counted subject of a passive kill is not its toll."""
    numbers, qty = res.victim_patterns
    KILL_RE, INJURY_RE = res.kill_injury
    fp = fatality_patterns(res)
    m = fp.toll.search(text)
    if m and not AGGREGATE_RE.search(text[max(0, m.start() - 40) : m.end() + 40]):
        v = number_value(m.group("num"), {**numbers, **dict.fromkeys(res.wordset("quantity_single_articles"), 1)})
        if v is not None:
            return v
    zero = fp.zero.search(text) or fp.zero2.search(text) or released_unharmed(text, res)
    if not any(p.search(text) for p in (KILL_RE, fp.loss, fp.bare_kill, fp.own_loss)):
        return 0 if zero else None
    total, found = 0, False
    for seg in re.split(r"[;—]|\.\s", text):
        if RUNNING_TOTAL.search(seg):
            continue
        d = _segment_deaths(seg, res)
        if d is not None:
            total += d
            found = True
    if found:
        return total
    for seg in re.split(r"[;—]|\.\s", text) if passive else ():
        n = None if RUNNING_TOTAL.search(seg) or AGGREGATE_RE.search(seg) else _passive_count(seg, res)
        if n is not None:
            return n
    if zero:
        return _count_beside_zero(text, res) if passive else 0
    return None


def _count_beside_zero(text: str, res: Rules) -> int:
    """(fix70) A zero phrase speaks of one side; a passive count in a clause after a contrast (`zero_contrast_patterns`:
    ", but") still counts: "None of the soldiers were injured, but twelve rebels were killed": 12."""
    for m in res.patterns_rx("zero_contrast_patterns").finditer(text):
        part = re.split(r"[;—]|\.\s", text[m.end() :], maxsplit=1)[0]
        n = None if RUNNING_TOTAL.search(part) or AGGREGATE_RE.search(part) else _passive_count(part, res)
        if n:
            return n
    return 0


def without_mourned_deaths(text: str, res: Rules) -> str:
    """(fix86) `text` with the deaths a crowd mourns or protests over blanked (`mourned_deaths_patterns`: "marched for
    the two men killed last week", "over three villagers shot dead days earlier"): no toll of the protest or riot."""
    for m in res.patterns_rx("mourned_deaths_patterns").finditer(text):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text
