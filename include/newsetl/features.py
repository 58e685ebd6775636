"""Paragraph features for the body/comment splitter.

`body_score` is a log-odds that a paragraph is article body rather than a reader's comment, from features
a careful reader uses: journalistic attribution and dating vs. first/second person outside quotes,
questions and exclamations, profanity and insults, informal punctuation, lower-case starts, references
to "the article". Weights were set by hand and checked with `newsetl eval split` (see README).
"""
from __future__ import annotations

import re

SIGNATURE_RE = re.compile(r"^by\s+(?P<name>.{1,60}?)\s+on\s+(?P<when>.{3,60}?\d.{0,40})$", re.I)
QUOTE_RE = re.compile(r"[\"“”][^\"“”]{0,2000}[\"“”]|‘[^‘’]{8,2000}’")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")

FIRST_SING = {"i", "i'm", "im", "i’m", "me", "my", "mine", "myself", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"}
FIRST_PLUR = {"we", "us", "our", "ours", "we're", "we’re", "we've", "we’ve"}
SECOND = {"you", "your", "yours", "you're", "you’re", "ya", "u", "yourself", "you've", "you’ve"}
ATTRIBUTION = re.compile(
    r"\b(said|says|told|according to|reported|reports|added|stated|announced|confirmed|claimed|"
    r"quoted|cited|spokesman|spokeswoman|spokesperson|statement|officials?|sources said|news agency|"
    r"monitoring group|observatory|ministry|correspondent)\b",
    re.I,
)
NEWS_WORDS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|yesterday|on \w+day|province|governorate|district|"
    r"killed|wounded|injured|forces|militants|troops|officials?|government|attack|airstrikes?|clashes|"
    r"president|minister|ministry|spokesman|army|police|village|town|city|region|reuters|afp|associated press)\b",
    re.I,
)
PROFANITY = re.compile(
    r"\b(fuck\w*|f\*+k\w*|shit\w*|bullshit|crap|damn|bastards?|idiots?|morons?|stupid|scumbags?|dumb|"
    r"asshole\w*|retard\w*|cuck\w*|wtf|lol|lmao|rofl|omg|imho|imo|btw|fugging|pathetic|clowns?|"
    r"hypocrites?|psychopaths?|liars?|lying|propaganda|puppets?|zionists?|nazis?|sheeple|traitors?|cowards?|cowardly)\b",
    re.I,
)
READER_REFS = re.compile(
    r"\b(the article|this article|the author|good comment|great article|nice article|good article|"
    r"thanks for|thank you|well said|agreed|exactly|as usual|i think|i believe|i guess|i hope|i doubt|"
    r"in my opinion|my guess|you people|wake up|stay tuned|get ready|just saying|who cares|so what)\b",
    re.I,
)
INFORMAL = re.compile(r"(\.\.|,,|!!|\?\?|[:;]-?[)(DP]|\b(u|ur|pls|plz|gonna|wanna|gotta|dont|doesnt|cant|wont|isnt|thats|theyre)\b|[a-z][,.][A-Za-z]{2})")


def strip_quotes(text: str) -> str:
    return QUOTE_RE.sub(" ", text)


def body_score(text: str, index: int = 0, n: int = 1) -> float:
    """Log-odds that `text` is an article paragraph (positive) rather than a reader comment (negative)."""
    outside = strip_quotes(text)
    words = [w.lower() for w in WORD_RE.findall(outside)]
    all_words = WORD_RE.findall(text)
    nw = max(1, len(all_words))
    score = 0.8
    fs = sum(w in FIRST_SING for w in words)
    fp = sum(w in FIRST_PLUR for w in words)
    sp = sum(w in SECOND for w in words)
    score -= min(4.0, 1.4 * fs) + min(2.0, 0.5 * fp) + min(3.0, 1.1 * sp)
    quoted_share = 1.0 - len(outside.strip()) / max(1, len(text.strip()))
    attributions = len(ATTRIBUTION.findall(outside))
    score += min(3.0, 1.3 * attributions)
    if quoted_share > 0.3 and attributions:
        score += 1.0
    score += min(2.0, 0.35 * len(NEWS_WORDS.findall(text)))
    score -= min(6.0, 2.0 * len(PROFANITY.findall(text)))
    score -= min(6.0, 2.5 * len(READER_REFS.findall(outside)))
    score -= min(3.0, 1.0 * len(INFORMAL.findall(text)))
    score -= min(3.0, 1.2 * outside.count("?")) + min(3.0, 1.2 * outside.count("!"))
    first = text.lstrip("“\"'‘(")[:1]
    if first.islower():
        score -= 2.0
    caps = sum(1 for w in all_words if len(w) >= 4 and w.isupper())
    if caps >= 2:
        score -= min(2.0, 0.5 * caps)
    if nw < 8 and not attributions:
        score -= 0.8
    elif nw > 35:
        score += 0.4
    if not re.search(r"[.!?”\"’)]$", text.strip()):
        score -= 0.8  # body paragraphs end with sentence punctuation
    return score


_NAME_STOP = re.compile(r"[.!?:;,]$")


def looks_like_author(line: str) -> bool:
    """A line that holds only a commenter's display name (or a 'by NAME on DATE at TIME' signature)."""
    s = line.strip()
    if not s or len(s) > 48:
        return False
    if SIGNATURE_RE.match(s):
        return True
    words = s.split()
    if len(words) > 6:
        return False
    if s.endswith(" .") or s.endswith(("Jr.", "Sr.")) or re.search(r"(^|\s)\w\.$", s):
        return True  # 'northerntruthseeker .', 'Farid H.', 'hanneke v.'

    if _NAME_STOP.search(s):
        return False
    if s.startswith(("“", '"', "‘", "-", "*", ">")):
        return False
    low = s.lower()
    if low in {"lol", "lmao", "yes", "no", "true", "exactly", "agreed", "indeed", "wow", "nonsense", "ok", "okay", "thanks", "rofl"}:
        return False
    return True
