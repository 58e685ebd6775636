"""Paragraph features for the body/comment splitter.

`body_score` is a log-odds that a paragraph is article body rather than a reader's comment, from features
a careful reader uses. Only general linguistic cues are used (no words or names of particular documents):

* reader voice (outside quotations): first/second person, questions and exclamations, profanity and
  insults, informal spelling and punctuation, lower-case starts, shouting; references to "the article" /
  "the report"; addressing another commenter ("@name", "Exactly my point, Hodan.", a name that is a display
  name elsewhere in the dump); comment openers ("So", "Well", "Yes", "Exactly", "Good news", "This is");
  hedged opinion and analysis ("arguably", "clearly", "it is worth", "the question is", "more so than");
  evaluative words ("a joke", "sad", "predictable"); absolutes ("every time", "nobody", "never");
  imperatives ("Let that sink in", "Read that again"); verbless fragments ("Twelve sessions."); a short
  quotation of the article followed by a remark ("“slightly postponed”. Translation: never.") or a quoted
  phrase that repeats an earlier paragraph verbatim;
* news voice: attribution verbs and named sources (outside quotations), "according to", quotations
  with attribution, dates and weekdays, numbers and quantities, news vocabulary, formulaic reporting
  lines ("did not comment", "could not be independently verified", "clashes are ongoing"), long
  sentences.

Weights were set by hand on the even-numbered documents of eval/split and checked on the odd-numbered
ones and on eval/split_dev (see eval/split_dev/README.md).
"""
from __future__ import annotations

import re

SIGNATURE_RE = re.compile(
    r"^(?:by\s+(?P<name>.{1,60}?)\s+on\s+(?P<when>.{3,60}?\d.{0,40})"  # blog signature: by NAME on DATE at TIME
    r"|(?!(?:the|a|an|he|she|they|it|one|this|that)\s)(?P<name2>[^\s:]\S*(?:\s\S+){0,3}?)\s+(?:says|writes)\s*:"  # WordPress: NAME says:
    r"(?:\s*(?P<when2>.{0,40}?\d.{0,40}))?)$",
    re.I,
)
QUOTE_RE = re.compile(r"[\"“”][^\"“”]{0,2000}[\"“”]|‘[^‘’]{8,2000}’|«[^«»]{0,2000}»")
OPEN_QUOTE_RE = re.compile(r"^[\"“«][^\"“”»]*$")  # a quotation that runs on into the next paragraph
WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-]*")
SENT_RE = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9\u00c0-\u00de@])")

FIRST_SING = {"i", "i'm", "im", "i’m", "me", "my", "mine", "myself", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"}
FIRST_PLUR = {"we", "us", "our", "ours", "we're", "we’re", "we've", "we’ve", "let's", "let’s"}
SECOND = {"you", "your", "yours", "you're", "you’re", "ya", "u", "yourself", "you've", "you’ve", "you'll", "you’ll"}

ATTRIBUTION = re.compile(
    r"\b(said|says|say|told|according to|reported|reports|added|stated|announced|confirmed|claimed|"
    r"quoted|cited|spokesman|spokeswoman|spokesperson|statement|officials?|sources said|news agency|"
    r"monitoring group|observatory|ministry|correspondent|warned|warns?|denied|denies|accused|accuses|urged|condemned|insisted|"
    r"acknowledged|estimated|estimates|described|declared|called on|called for|appealed|alleged|"
    r"witnesses|residents|analysts|diplomats|activists|war monitor)\b",
    re.I,
)
NEWS_WORDS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|yesterday|on \w+day|province|governorate|district|"
    r"killed|wounded|injured|forces|militants|troops|officials?|government|attack|airstrikes?|clashes|"
    r"president|minister|ministry|spokesman|army|police|village|town|city|region|reuters|afp|associated press|"
    r"percent|per cent|at least|more than|less than|about \d|up to|nearly|approximately|last (week|month|year)|"
    r"earlier this (week|month|year)|later|since|people|civilians|displaced|refugees|aid|agency|agencies|"
    r"organisations?|organizations?|united nations|un|council|parliament|authorities|administration|"
    r"commander|negotiations?|talks|ceasefire|truce|agreement|deal|election|vote|protesters|demonstrators)\b",
    re.I,
)
NEWS_FORMULA = re.compile(
    r"\b(did not (immediately )?(comment|respond|say|confirm)|has not (yet )?(commented|claimed|responded|been)|"
    r"have not (yet )?(commented|responded|been)|could not be (independently )?verified|no immediate claim|"
    r"declined to comment|(is|are) ongoing|continues?\b|continuing|remains? (unclear|open|closed|tense)|"
    r"(has|have) (yet to|not yet)|no (group|one) has (yet )?claimed|called for calm|was not immediately|"
    r"has been set|is due|are due|is expected to|are expected to|(rose|fell|climbed|dropped) (by )?\d)",
    re.I,
)
# house-style lines of a news article, never written by readers
NEWS_BOILERPLATE = re.compile(
    r"^\W*(editor[’']?s note|correction\s*:|clarification\s*:|update\s*:|updated\s*:|this (story|article|report) "
    r"(is developing|will be updated|has been (updated|corrected|amended))|(this is a )?developing story|more to follow|"
    r"more details to follow|(additional )?reporting by|writing by|editing by|compiled by|with (additional )?reporting from|"
    r"\(?(reuters|afp|ap|dpa|anadolu)\)?\s*$|the death toll (is|was) expected to rise)",
    re.I,
)
PROFANITY = re.compile(
    r"\b(fuck\w*|f\*+k\w*|shit\w*|bullshit|crap|damn|bastards?|idiots?|morons?|stupid|scumbags?|dumb|"
    r"asshole\w*|retard\w*|cuck\w*|wtf|lol|lmao|rofl|omg|imho|imo|btw|fugging|pathetic|clowns?|"
    r"hypocrites?|psychopaths?|liars?|lying|propaganda|puppets?|zionists?|nazis?|sheeple|traitors?|cowards?|cowardly)\b",
    re.I,
)
READER_REFS = re.compile(
    r"\b(the article|this article|the author|this piece|this story|these stories|the headline|this report|"
    r"the report (does|did|doesn|didn|is|says nothing|fails|forgets|misses)|the journalist|the writer|"
    r"good comment|great article|nice article|good article|"
    r"thanks for|thank you|well said|^agreed|as usual|i think|i believe|i guess|i hope|i doubt|i suspect|"
    r"in my opinion|in my view|my guess|you people|wake up|stay tuned|get ready|just saying|who cares|so what|"
    r"^(?:for|some) (?:context|perspective|numbers|background)|^(?:context|background|reminder)\s*:|let that sink in|read that again|watch this space|mark my words|for readers|for once|what a|"
    r"who could have (guessed|known|imagined)|surprise,? surprise|so much for|nothing new|same as always|"
    r"same story|same old|as always|here we go|rest in peace|rip|pray for|god (bless|protect|help)|ameen|amen)\b",
    re.I,
)
HEDGE = re.compile(
    r"\b(arguably|clearly|obviously|apparently|surely|presumably|frankly|honestly|basically|essentially|"
    r"simply|certainly|undoubtedly|of course|in fact|actually|really|probably|maybe|perhaps|seemingly|"
    r"i suspect|it seems|seems to|it is worth|it's worth|worth (noting|remembering|recalling|mentioning|asking)|"
    r"it is clear|it's clear|the (real|key|main|fundamental|only|bigger|obvious) (question|problem|issue|point|"
    r"difference|lesson|test|story|reason|gap|risk)|the (question|problem|point|truth|reality|irony|lesson|argument|answer|logic|issue) is|"
    r"what (distinguishes|matters|is missing|no one|nobody)|more so than|more or less|make no mistake|"
    r"to be fair|in reality|in practice|in effect|the pattern|the more durable|tells you|suggests that|"
    r"it suggests|which is why|that is why|the difference this time)\b",
    re.I,
)
EVALUATIVE = re.compile(
    r"\b(joke|farce|sad|tragic|shame|shameful|disgrace|disgraceful|ridiculous|absurd|lazy|naive|hypocrisy|"
    r"hypocritical|predictable|inevitable|obvious|consequential|nonsense|rubbish|useless|pointless|"
    r"meaningless|insane|incredible|amazing|terrible|horrible|disgusting|outrageous|cynical|circus|theatre|"
    r"theater|charade|mess|waste|idiotic|crazy|silly|funny|ironic|laughable|typical|brilliant|excellent|"
    r"nice|wonderful|awful|crime|criminal|evil|sick|shocking|unbelievable|hilarious|wrong)\b",
    re.I,
)
ABSOLUTES = re.compile(
    r"\b(every (day|time|year|month|week|spring|summer|winter|autumn)|always|never|nobody|no one|everyone|"
    r"everybody|nothing|forever|anyone|anybody|whatever)\b",
    re.I,
)
OPENER = re.compile(
    r"^(so|well|(yes|yeah|yep|no|nope)(?=[,.!])|exactly|indeed|agreed|good news|bad news|great|nice|wow|oh|ah|hmm|sure|"
    r"right|true|sad|typical|funny|interesting|again|another|translation|lol|this is|this was|that is|"
    r"that's|this will|here we go|of course|imagine|meanwhile in|as (if|usual|always)|and (yet|still|now)|"
    r"but (of course|then)|looks like|seems|same|thank|thanks|respect|shame|predictable)\b[ ,.:!?…]",
    re.I,
)
IMPERATIVE = re.compile(
    r"(^|[.!?…]\s+)(let|let's|let’s|imagine|look|remember|don't|don’t|stop|wake|watch|bring|show|come|keep|"
    r"think|read|note|pray|ask|try|go|get|give|tell|forget|expect|mark|guess|consider)\b",
    re.I,
)
PRESENT_RE = re.compile(r"\b(is|are|isn't|aren't|isn’t|aren’t|does|do|doesn't|don't|doesn’t|don’t|seems|means|matters|"
                        r"has no|have no|it's|it’s|that's|that’s|there's|there’s)\b", re.I)
PAST_RE = re.compile(r"\b(was|were|had|did|said|told|\w+ed)\b", re.I)
MODAL_RE = re.compile(r"\b(would|could|can|cannot|can't|can’t|might|will|won't|won’t|should|must)\b", re.I)
NUMBER_RE = re.compile(r"\b\d[\d,.]*\b")
INFORMAL = re.compile(r"(\.\.|,,|!!|\?\?|[:;]-?[)(DP]|\b(u|ur|pls|plz|gonna|wanna|gotta|dont|doesnt|cant|wont|isnt|thats|theyre|tho|cuz|coz)\b|[a-z][,.][A-Za-z]{2})")
VERB_HINT = re.compile(
    r"\b(is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|"
    r"continues?|remains?|rose|fell|went|came|took|made|got|left|met|held|set|began|begun|ongoing|"
    r"\w{3,}ed|\w{3,}s)\b",
    re.I,
)
QUOTE_REMARK = re.compile(r"^[\"“‘][^\"“”’]{1,80}[\"”’][.,]?\s*[–—\-:.,;!?]|^[\"“‘][^\"“”’]{1,80}[\"”’]\s+[a-z]")
QUOTED_SPAN = re.compile(r"[\"“‘]([^\"“”‘’]{3,200})[\"”’]")
ADDRESS_RE = re.compile(
    r"(^@\w|\s@\w|^(thank you|thanks|exactly|well said|agreed|sorry|no|yes|good news|respect|honestly|"
    r"exactly my point|i agree),?\s+[A-Z][a-z]+\b[,.!]|,\s+[A-Z][a-z]+[.!?]$|^[A-Z][a-z]+,\s+(you|i|we|that|this|"
    r"they|he|she|it|nobody|yes|no)\b)"
)


def strip_quotes(text: str) -> str:
    out = QUOTE_RE.sub(" ", text)
    if OPEN_QUOTE_RE.match(out.strip()):
        return " "  # the paragraph opens a quotation that is closed in a later paragraph
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(text.strip()) if s.strip()]


def body_score(text: str, index: int = 0, n: int = 1, context: str = "", names: frozenset | set = frozenset()) -> float:
    """Log-odds that `text` is an article paragraph (positive) rather than a reader comment (negative).

    `context` (optional) is the text of the paragraphs before this one: a short quotation repeating a
    phrase of it marks a comment. `names` (optional) are display names found on author lines of the dump:
    a paragraph that mentions one of them talks to or about another commenter.
    """
    text = text.strip()
    if NEWS_BOILERPLATE.search(text):
        return 4.0
    outside = strip_quotes(text)
    out_s = outside.strip()
    words = [w.lower() for w in WORD_RE.findall(outside)]
    all_words = WORD_RE.findall(text)
    nw = max(1, len(all_words))
    score = 0.8
    fs = sum(w in FIRST_SING for w in words)
    fp = sum(w in FIRST_PLUR for w in words)
    sp = sum(w in SECOND for w in words)
    score -= min(4.0, 1.4 * fs) + min(2.0, 0.7 * fp) + min(3.0, 1.1 * sp)
    quoted_share = 1.0 - len(out_s) / max(1, len(text))
    attributions = len(ATTRIBUTION.findall(outside))
    score += min(3.0, 1.3 * attributions)
    if quoted_share > 0.3 and attributions:
        score += 1.0
    score += min(2.5, 0.35 * len(NEWS_WORDS.findall(text)))
    score += min(1.5, 0.5 * len(NUMBER_RE.findall(outside)))
    formula = len(NEWS_FORMULA.findall(outside))
    score += min(2.0, 1.2 * formula)
    score -= min(6.0, 2.0 * len(PROFANITY.findall(text)))
    score -= min(6.0, 2.5 * len(READER_REFS.findall(outside)))
    score -= min(4.0, 1.2 * len(HEDGE.findall(outside)))
    score -= min(3.0, 0.8 * len(EVALUATIVE.findall(outside)))
    score -= min(2.0, 0.7 * len(ABSOLUTES.findall(outside)))
    score -= min(3.0, 1.0 * len(INFORMAL.findall(text)))
    score -= min(3.0, 1.2 * outside.count("?")) + min(3.0, 1.2 * outside.count("!"))
    if OPENER.match(out_s + " "):
        score -= 1.5
    score -= min(2.0, 1.2 * len(IMPERATIVE.findall(out_s)))
    if ADDRESS_RE.search(text):
        score -= 2.5
    if names:
        for nm in names:
            if nm in text and re.search(r"(^|@|[,;:]\s*|\b(thank you|thanks|good news|sorry|exactly|agreed|dear|hi)\s+)"
                                        + re.escape(nm) + r"(?!\w)(?!\s+(said|says|told|added))", text):
                score -= 2.0  # talks to another commenter
                break
    if QUOTE_REMARK.match(text) and not attributions:
        score -= 2.5  # a short quotation followed by a remark: the commenter quotes the article
    if context:
        for m in QUOTED_SPAN.finditer(text):
            span = m.group(1).strip(" ,.")
            if len(span.split()) >= 2 and span in context and not attributions:
                score -= 2.0
                break
    sents = _sentences(out_s) if out_s else []
    if sents:
        lens = [len(WORD_RE.findall(s)) for s in sents]
        frags = sum(1 for s, ln in zip(sents, lens) if ln <= 4 and not VERB_HINT.search(s))
        if len(sents) >= 2:
            score -= min(2.5, 1.0 * frags)
            short = sum(1 for ln in lens if ln <= 5)
            score -= min(1.5, 0.5 * short)
        mean_len = sum(lens) / len(lens)
        if mean_len >= 22:
            score += 0.6
        elif mean_len < 10 and len(sents) >= 2:
            score -= 0.6
    # reporting is told in the past tense and attributed; readers argue in the present tense and speculate
    pres = len(PRESENT_RE.findall(outside))
    past = len(PAST_RE.findall(outside))
    if pres > past:
        score -= 0.7 * min(3, pres - past)
    if not attributions:
        score -= min(1.8, 0.6 * len(MODAL_RE.findall(outside)))
    first = text.lstrip("“\"'‘(")[:1]
    if first.islower():
        score -= 2.0
    caps = sum(1 for w in all_words if len(w) >= 4 and w.isupper())
    if caps >= 2:
        score -= min(2.0, 0.5 * caps)
    if nw < 8 and not attributions and not formula:
        if VERB_HINT.search(outside) and len(sents) <= 1:
            score -= 0.3  # a short declarative line
        else:
            score -= 1.2  # a fragment ("Tragic.", "What a surprise.")
    elif nw > 35:
        score += 0.4
        if not attributions and quoted_share < 0.05 and nw >= 40:
            score -= 1.2  # a long stretch of argument that cites nobody: analysis by a reader
    if not re.search(r"[.!?”\"’)]$", text):
        score -= 0.8  # body paragraphs end with sentence punctuation
    return score


COMMON_ONE_WORD = {
    "sad", "true", "fair", "exactly", "agreed", "indeed", "wow", "nonsense", "correct", "right", "yes", "no", "lol", "this",
    "same", "sure", "great", "nice", "good", "bad", "shameful", "disgusting", "unbelievable", "incredible", "terrible",
    "horrible", "brilliant", "amazing", "absolutely", "typical", "predictable", "pathetic", "interesting", "noted",
    "thanks", "ok", "okay", "hmm", "oh", "well", "so", "shocking", "tragic", "outrageous", "ridiculous", "obviously",
    "clearly", "precisely", "bingo", "sadly", "finally", "again", "never", "always", "what", "why", "how", "really",
    "seriously", "nope", "yep", "yeah", "amen", "ameen", "respect", "shame", "disgraceful", "hypocrisy", "propaganda",
    "lies", "fake", "figures", "classic", "unreal", "heartbreaking", "insane", "crazy", "done", "next", "wrong",
}
_NAME_STOP = re.compile(r"[.!?:;,]$")


def looks_like_author(line: str) -> bool:
    """A line that holds only a commenter's display name (or a 'by NAME on DATE at TIME' signature)."""
    s = line.strip()
    if not s:
        return False
    if SIGNATURE_RE.match(s) and len(s) <= 120:
        return True
    if len(s) > 48:
        return False
    words = s.split()
    if len(words) > 6:
        return False
    if s.endswith(" .") or s.endswith(("Jr.", "Sr.")) or re.search(r"(^|[\s.])\w\.$", s):
        return True  # 'northerntruthseeker .', 'Farid H.', 'hanneke v.', 'R.K.', 'E. N.'
    if len(words) == 1 and s.endswith(".") and s[0].isupper() and s[:-1].isalpha() and s[:-1].lower() not in COMMON_ONE_WORD:
        return True  # 'Tanvir.': a capitalised single name with a stray period, not a one-word remark ('Sad.')

    if _NAME_STOP.search(s):
        return False
    if s.startswith(("“", '"', "‘", "-", "*", ">")):
        return False
    low = s.lower()
    if low in {"lol", "lmao", "yes", "no", "true", "exactly", "agreed", "indeed", "wow", "nonsense", "ok", "okay", "thanks", "rofl"}:
        return False
    return True
