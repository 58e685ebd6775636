"""Verb-object frames (issue 10, ev19): `verb_frames.json` writes the constructions a phrase list cannot, a verb, its
object a few words later, then the words that close the frame ("subjected the village to heavy shelling", "held two
journalists at gunpoint", "took a teacher from his home", "held a peaceful procession"). The phrase matcher of
`newsetl_triggers` needs the words next to each other; a frame lets the object sit in between.

A frame names an existing trigger, verb lemmas and their inflections (written out by `trigger_forms.inflect`, so the
blank pipeline needs no lemmatiser), how many words may stand between the verb and the closing words (`gap`), a word
class one of those words must belong to (`object`: the slot that holds actor2, e.g. people; none: any words), whether
the object may be missing (`empty_gap`: "whom soldiers took from his monastery"), the closing words (`then`: a list
of alternatives per position; `@Cap` is a capitalised word, `@name` a word class of the file) and a word class that
must follow the closing words within `after_window` words (`after`). The span written to `doc.spans["triggers"]` is
the verb (the rules read the object after it as the target, as for any verbal trigger). ev19fix: the words that end the
gap are the file's `stop_gap`; `case` keeps a frame's closing words case-sensitive (the noun "march", not the month
"March"); `not_next` is a class of words that, right after the closing words, cancel the frame ("the march
organisers"); an unknown class name (a misspelt `@class`) is an error at load. fix36: `before` is a word class one of
whose words must stand within `before_window` words before the verb, in its clause (the subject: a crowd, police,
gunmen ..., not "A man beat his wife to death"). ev54: `not_prev` is a word class that, right before the verb, cancels
the frame (a determiner or an ordinal before "burned": "a fourth burned truck" is an adjective). fix116: the search for
the subject stops at a speech verb (`speech_stop`) and, with `before_scope: sentence`, crosses "and" and commas;
`not_before` (a cause met before the subject), `gap_unless` (a word of the gap) and `unless_clause` cancel a frame;
a class key may name a list of classes. ev112: `gap_through` is a class of list links (commas, "and", "or") that do
not end the gap, so the object may be any member of a coordinated list ("threw eggs, bottles and stones at").
fix128: `list_item_words` (a list member after a link is short: a clause is no member), `gap_unless_closers` (a
`gap_unless` preposition's phrase closes at one of these words after its noun; a number after it is a quantity),
`after_stop` (ends the search for the `after` word) and `obj_not_prev` (a word before the object voids it). fix135:
`before_not_prev` (a word right before the subject's `before` word voids the frame: "a new police post was opened")."""

from __future__ import annotations

from dataclasses import dataclass

from .rules import PLACEHOLDER
from .trigger_forms import inflect


@dataclass(frozen=True)
class Frame:
    name: str
    trigger: str
    gap: int
    obj: frozenset | None  # words of the object slot (None: any)
    empty_gap: bool
    then: tuple[frozenset, ...]  # alternatives per position ("@Cap": a capitalised word)
    after: frozenset | None
    after_window: int
    unless: frozenset | None = None
    unless_window: int = 8
    stop: frozenset = frozenset()  # words that end the gap (the file's `stop_gap`)
    case: bool = False  # the closing words compare as written ("march", not the month "March")
    not_next: frozenset | None = None  # a word right after the closing words cancels ("march past", "protest banners")
    before: frozenset | None = None  # a word of the subject, within `before_window` words before the verb in its clause
    before_window: int = 8
    not_prev: frozenset | None = None  # (ev54) a word right before the verb cancels ("a fourth burned truck")
    gap_unless: frozenset | None = None  # (fix116) a word of the gap cancels ("held a meeting with", "drove over to")
    not_before: frozenset | None = None  # (fix116) a cause met before the subject cancels ("a faulty heater set")
    sentence_subject: bool = False  # (fix116) the subject may stand before "and" / a comma of the same sentence
    speech: frozenset = frozenset()  # (fix116) speech verbs: a word before one is the speaker, not the subject
    unless_clause: bool = False  # (fix116) `unless` reads its clause only ("set deliberately, firefighters said")
    gap_through: frozenset | None = None  # (ev112) list links that do not end the gap ("eggs, bottles and stones")
    list_item_words: int = 3  # (fix128) words of a list member after a link ("a party, and police later found")
    gap_unless_closers: frozenset | None = None  # (fix128) words that close a `gap_unless` preposition's phrase
    after_stop: frozenset | None = None  # (fix128) words that end the search for the `after` word
    obj_not_prev: frozenset | None = None  # (fix128) a word right before the object word voids it ("water bottles")
    before_not_prev: frozenset | None = None  # (fix135) a word right before the `before` word voids it ("police post")


def _class(name: str, classes: dict[str, frozenset], frame: str) -> frozenset:
    if name not in classes:
        raise ValueError(
            f"verb_frames.json: frame {frame!r} names an unknown word class {name!r} (classes: {sorted(classes)})"
        )
    return classes[name]


def _alts(item, classes: dict[str, frozenset], frame: str, case: bool = False) -> frozenset:
    """The words one closing position accepts: words, `@class` (a class of the file) or `@Cap` (a capitalised word);
    a misspelt `@class` is an error, not a literal word."""
    words = item if isinstance(item, list) else [item]
    out: set[str] = set()
    for w in words:
        if w == "@Cap":
            out.add(w)
        elif w.startswith("@"):
            out |= _class(w[1:], classes, frame)
        else:
            out.add(w if case else w.lower())
    return frozenset(out)


def _frame(f: dict, classes: dict[str, frozenset], exact: dict[str, frozenset], stop: tuple) -> Frame:
    """One frame of the file, its word classes resolved (an unknown class is an error; (fix116) a list of class names
    is their union)."""
    name = f.get("name", "")
    case = bool(f.get("case", False))

    def cls(key: str) -> frozenset | None:
        names = f.get(key)
        if not names:
            return None
        return frozenset().union(*(_class(n, classes, name) for n in ([names] if isinstance(names, str) else names)))

    return Frame(
        name,
        f["trigger"],
        int(f.get("gap", 4)),
        cls("object"),
        bool(f.get("empty_gap", False)),
        tuple(_alts(x, exact if case else classes, name, case) for x in f.get("then", [])),
        cls("after"),
        int(f.get("after_window", 3)),
        cls("unless"),
        int(f.get("unless_window", 8)),
        stop[0],
        case,
        cls("not_next"),
        cls("before"),
        int(f.get("before_window", 8)),
        cls("not_prev"),
        cls("gap_unless"),
        cls("not_before"),
        f.get("before_scope", "clause") == "sentence",
        stop[1],
        bool(f.get("unless_clause", False)),
        cls("gap_through"),
        int(f.get("list_item_words", 3)),
        cls("gap_unless_closers"),
        cls("after_stop"),
        cls("obj_not_prev"),
        cls("before_not_prev"),
    )


def _speech_stop(data: dict, words: dict | None) -> frozenset:
    """(fix118) The file's `speech_stop` words, an entry "{name}" standing for the words of wordlists.json's list
    `name` (`speaker_clause_verbs`: the one list of speaker-clause verbs)."""
    out = set()
    for w in data.get("speech_stop", []):
        m = PLACEHOLDER.fullmatch(w)
        if m is None:
            out.add(w)
        elif words is None or m.group(1) not in words:
            raise ValueError(f"verb_frames.json: speech_stop names an unknown word list {w!r}")
        else:
            out.update(words[m.group(1)])
    return frozenset(out)


def compile_frames(data: dict, triggers, words: dict | None = None) -> dict[str, list[Frame]]:
    """verb form (lower case) -> the enabled frames it opens; `words`: wordlists.json (fills `speech_stop`). A frame
    naming an unknown trigger or word class is an error."""
    if not data:
        return {}
    irregular = {k: v for k, v in data.get("irregular", {}).items() if not k.startswith("_")}
    raw = {k: v for k, v in data.get("classes", {}).items() if not k.startswith("_")}
    classes = {k: frozenset(w.lower() for w in v) for k, v in raw.items()}
    exact = {k: frozenset(v) for k, v in raw.items()}  # as written, for a frame whose closing words keep their case
    stop = (frozenset(w.lower() for w in data.get("stop_gap", [])), _speech_stop(data, words))
    out: dict[str, list[Frame]] = {}
    for f in data.get("frames", []):
        if not f.get("enabled", True):
            continue  # measured and not kept: stays in the file, off, with its figures
        if f["trigger"] not in triggers:
            raise ValueError(f"verb_frames.json: frame {f.get('name')!r} names an unknown trigger {f['trigger']!r}")
        frame = _frame(f, classes, exact, stop)
        for lemma in f["verbs"]:
            for form in f.get("forms", ["past", "participle"]):
                out.setdefault(inflect(lemma, form, irregular).lower(), []).append(frame)
    return out


def _word_ok(tok, alts: frozenset, case: bool) -> bool:
    return (tok.text if case else tok.lower_) in alts or ("@Cap" in alts and tok.is_title and tok.is_alpha)


def _then_at(doc, j: int, frame: Frame) -> int | None:
    """End of the closing words when they start at token j, else None."""
    n = len(doc)
    for alts in frame.then:
        if j >= n or not _word_ok(doc[j], alts, frame.case):
            return None
        j += 1
    if frame.not_next is not None and j < n and doc[j].lower_ in frame.not_next:
        return None  # "the march organisers", "a march past", "protest banners": the closing word qualifies a noun
    if frame.after is not None and not _after_at(doc, j, frame):
        return None
    if frame.unless is not None and _unless_at(doc, j, frame):
        return None  # "took the men from their homes and killed them": the killing is the event
    return j


def _after_at(doc, j: int, frame: Frame) -> bool:
    """A word of `after` within `after_window` words from token j; (fix128) with `after_stop`, before a word of it or a
    punctuation mark ("started a fire in the clearing near the school": the school is a landmark, not the place)."""
    for t in doc[j : min(len(doc), j + frame.after_window)]:
        if frame.after_stop is not None and (t.lower_ in frame.after_stop or (t.is_punct and t.text != "-")):
            return False
        if t.lower_ in (frame.after or ()):
            return True
    return False


def _unless_at(doc, j: int, frame: Frame) -> bool:
    """A word of `unless` within `unless_window` words from token j; (fix116) with `unless_clause`, before the next
    punctuation mark only ("set deliberately by firefighters", not "set deliberately, firefighters said")."""
    unless = frame.unless or frozenset()
    for t in doc[j : min(len(doc), j + frame.unless_window)]:
        if frame.unless_clause and t.is_punct and t.text != "-":
            return False
        if t.lower_ in unless:
            return True
    return False


def _clause_end(tok, frame: Frame) -> bool:
    """Does the backward search for the subject stop at `tok`? A punctuation mark or `stop_gap` word (the clause);
    (fix116) with `before_scope: sentence`, only the sentence's end, a semicolon, a colon or a quotation mark, so
    "gunmen stopped two trucks and set them on fire" and "a crowd that had stoned the office and set ..." read it."""
    if not frame.sentence_subject:
        return (tok.is_punct and tok.text != "-") or tok.lower_ in frame.stop
    return tok.text in (";", ":", ".", "!", "?", '"', "“", "”")


def _aside_start(doc, k: int, lo: int, frame: Frame) -> int | None:
    """(fix118) The opening comma of a speaker's aside that closes with the comma at token k (", witnesses said,", ",
    according to residents,"): an opening comma at most five words before it, no other punctuation between, and a
    speech verb (`speech_stop`) among the words; else None."""
    if doc[k].text != ",":
        return None
    for j in range(k - 1, max(lo, k - 6) - 1, -1):
        if doc[j].text == ",":
            return j if j < k - 1 and any(t.lower_ in frame.speech for t in doc[j + 1 : k]) else None
        if doc[j].is_punct and doc[j].text != "-":
            return None
    return None


def _subject_ok(doc, i: int, frame: Frame) -> bool:
    """(fix36) A word of the frame's `before` class within `before_window` words before the verb, in its clause (no
    punctuation nor `stop_gap` word between): "a crowd at the market beat a man to death", not "A man beat his wife to
    death" nor "A man who lived near the police station beat ...". (fix116) A speech verb (the file's `speech_stop`)
    ends the search ("Residents said the storm broke the windows": the residents speak) and a word of `not_before`
    met first cancels ("A faulty heater set the house on fire": the cause is the subject). (fix135) With `not_before`
    and no `before`, any subject but a `not_before` word holds ("Troops lifted the armed blockade": not the group's)."""
    if frame.before is None and frame.not_before is None:
        return True
    lo = max(0, i - frame.before_window)
    k = i - 1
    while k >= lo:
        tok = doc[k]
        aside = _aside_start(doc, k, lo, frame)
        if aside is not None:
            k = aside - 1  # (fix118) "Rioters, witnesses said, set ...": the speaker's aside is skipped
            continue
        k -= 1
        if _clause_end(tok, frame) or tok.lower_ in frame.speech:
            return frame.before is None
        if frame.not_before is not None and tok.lower_ in frame.not_before:
            return False
        if frame.before is not None and tok.lower_ in frame.before:
            # (fix135) "A new police post was opened": a modifier right before the subject word voids the frame
            return not (frame.before_not_prev is not None and k >= 0 and doc[k].lower_ in frame.before_not_prev)
    return frame.before is None


def _gap_word(doc, j: int, frame: Frame, state: dict) -> bool | None:
    """Read gap token j: False cancels the frame, True marks the object seen, None reads on. `state` holds the words of
    the list member since the last link (`gap_through`) and the open preposition's phrase (`gap_unless`)."""
    tok, low = doc[j], doc[j].lower_
    if frame.gap_through is not None and low in frame.gap_through:
        state["links"], state["item"] = True, 0  # (ev112) a coordinated list: "eggs, bottles and stones"
        return None
    if low in frame.stop or (tok.is_punct and tok.text != "-"):
        return False
    if state["links"]:
        state["item"] += 1  # (fix128) a list member is a short noun phrase, not a clause ("and police later found")
        if state["item"] > frame.list_item_words:
            return False
    if frame.gap_unless is not None and low in frame.gap_unless:
        if frame.gap_unless_closers is None:
            return False  # (fix116) "held a meeting with residents", "drove over to the mine", "set our huts on fire"
        if j + 1 < len(doc) and doc[j + 1].like_num:
            return None  # (fix128) a quantity: "burned close to 100 houses", "up to 20 shops"
        state["prep"] = 0  # (fix128) a preposition's phrase opens: its noun is not the verb's object
        return None
    if state["prep"] is not None:
        if state["prep"] > 0 and (low in (frame.gap_unless_closers or ()) or tok.like_num):
            state["prep"] = None  # (fix128) "burned on Sunday the home", "in the night a school": the phrase closed
        else:
            state["prep"] += 1 if low not in (frame.gap_unless_closers or ()) else 0
            if frame.obj is not None and low in frame.obj:
                return False  # "burned tyres on the bridge", "outside the station": the property is the place
            return None
    if frame.obj is None or low not in frame.obj:
        return None
    return not (frame.obj_not_prev is not None and doc[j - 1].lower_ in frame.obj_not_prev) or None


def match_frame(doc, i: int, frame: Frame) -> bool:
    """Does `frame` read the words from the verb at token i on: verb, gap (with its object), closing words?"""
    n = len(doc)
    if not _subject_ok(doc, i, frame):
        return False
    if frame.not_prev is not None and i > 0 and doc[i - 1].lower_ in frame.not_prev:
        return False  # (ev54) "a fourth burned truck", "the burned houses": the participle qualifies a noun
    seen_obj = False
    state: dict = {"links": False, "item": 0, "prep": None}
    for gap in range(frame.gap + 1):
        j = i + 1 + gap
        if j >= n:
            return False
        ready = (frame.empty_gap or frame.obj is None) if gap == 0 else (frame.obj is None or seen_obj)
        if ready and _then_at(doc, j, frame) is not None:
            return True
        read = _gap_word(doc, j, frame, state)
        if read is False:
            return False
        seen_obj = seen_obj or read is True
    return False


def frame_spans(doc, frames: dict[str, list[Frame]], positions) -> list[tuple[int, str]]:
    """(verb token, trigger id) of every frame read at the given verb positions (the first frame that reads wins)."""
    out = []
    for i in positions:
        for frame in frames.get(doc[i].lower_, ()):
            if match_frame(doc, i, frame):
                out.append((i, frame.trigger))
                break
    return out
