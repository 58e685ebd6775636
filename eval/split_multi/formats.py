"""Page layouts for the multi-format split set: article header/body/footer chrome and comment sections."""

from __future__ import annotations

import random
import textwrap

from pools import (
    ADS,
    CAPS_HEADS,
    CREDITS,
    EDITOR_NOTES,
    FACTS,
    FOOTER,
    NEWSLETTER,
    NO_COMMENT_CHROME,
    QUESTIONS,
    RELATED_HEADS,
    SHARE,
    SUBHEADS,
    SUBHEADS_MORE,
    TAG_LINES,
)

FORMATS = [
    "seed",
    "seed",
    "seed",
    "wire",
    "wordpress",
    "disqus",
    "facebook",
    "slashdot",
    "forum",
    "numbered",
    "blog",
    "mixed",
    "mixed",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Page:
    def __init__(self) -> None:
        self.lines: list[tuple[str, str | None]] = []  # (text, label); label None = blank line

    def blank(self, n: int = 1) -> None:
        self.lines.extend([("", None)] * n)

    def add(self, text: str, label: str, indent: int = 0) -> None:
        self.lines.append((" " * indent + text, label))


def _date(rng: random.Random, style: int) -> str:
    d, m, y = rng.randint(1, 28), rng.randrange(12), rng.choice([2019, 2021, 2023, 2024])
    h, mi = rng.randint(1, 12), rng.randint(0, 59)
    ampm = rng.choice(["am", "pm", "AM", "PM"])
    return [
        f"{MONTHS[m]} {d}, {y} at {h}:{mi:02d} {ampm}",
        f"{d} {MONTHS[m]} {y}, {h}:{mi:02d}",
        f"{y}-{m + 1:02d}-{d:02d} {h:02d}:{mi:02d}",
        f"{rng.randint(2, 23)} hours ago",
        f"{DAYS[rng.randrange(7)]} {MONTHS[m]} {d}, @{h:02d}:{mi:02d}{ampm.upper()}",
        f"{d:02d}/{m + 1:02d}/{y} {h:02d}:{mi:02d}",
        f"{rng.randint(2, 11)} months ago",
    ][style % 7]


def _wrap(rng: random.Random, para: str) -> list[str]:
    if rng.random() < 0.2 and len(para) > 90:
        return textwrap.wrap(para, rng.choice([70, 76, 80]))
    return [para]


def _header(p: Page, art: dict, rng: random.Random, fmt: str, gold: dict) -> None:
    p.add(art["title"], "title")
    if fmt == "seed":
        if rng.random() < 0.5:
            p.blank()
            p.add(
                rng.choice(
                    ["Click to see full-size image, By local media.", "Illustrative image", "Photo: social media"]
                ),
                "meta",
            )
        return
    if rng.random() < 0.3:
        p.add(rng.choice(["Analysis", "World", "Middle East", "Africa", "Exclusive"]), "meta")
    metas = []
    if rng.random() < 0.6:
        metas.append(
            rng.choice(
                [
                    "By Jane Doe",
                    "By Ahmed Salem and Maria Lopez",
                    "By Staff Reporter",
                    "By JOHN CARTER, Associated Press",
                    "Posted by admin",
                ]
            )
        )
    if rng.random() < 0.6:
        metas.append(
            rng.choice(["Published: ", "Updated ", "Posted on ", "Last updated "]) + _date(rng, rng.choice([0, 1, 2]))
        )
    if rng.random() < 0.3:
        metas.append(rng.choice(["5 min read", "Reading time: 4 minutes", "Photo: Reuters", "Image: AFP/Getty Images"]))
    for m in metas:
        if rng.random() < 0.5:
            p.blank()
        p.add(m, "meta")
    if fmt == "wire" and rng.random() < 0.5:
        p.blank()
        for s in rng.choice(SHARE):
            p.add(s, "chrome")


def _structured(p: Page, rng: random.Random, gold: dict, kind: str, para: str) -> None:
    """Article structure that repeats like a comment section: sub-headings, interview questions, lists."""
    if kind == "subhead":
        line = rng.choice(SUBHEADS_MORE)
    elif kind == "numhead":
        gold["_n"] = gold.get("_n", 0) + 1
        line = f"{gold['_n']}{rng.choice(['.', ')', ':'])} {rng.choice(SUBHEADS_MORE)}"
    elif kind == "caps":
        line = rng.choice(CAPS_HEADS)
    elif kind == "credit":
        p.add(rng.choice(CREDITS), "meta" if rng.random() < 0.5 else "chrome")
        p.blank()
        return
    elif kind == "facts":
        for t in rng.sample(FACTS, rng.randint(3, 6)):
            p.add(t, "body")
            gold["body"].append(t)
            p.blank()
        return
    elif kind == "question":
        line = rng.choice(QUESTIONS)
    else:
        items = [x.strip() for x in para.replace("; ", ". ").split(". ") if x.strip()][:5]
        mark = rng.choice(["", "- ", "• ", "* "])
        ind = rng.choice([0, 4])
        done = []
        for k, it in enumerate(items):
            it = f"{mark or str(k + 1) + '. ' if rng.random() < 0.3 else mark}{it}"
            p.add(it, "body", ind)
            done.append(it)
        gold["body"].append(" ".join(done))  # one blank-line block: one paragraph
        p.blank()
        return
    p.add(line, "body")
    gold["body"].append(line)
    p.blank(rng.choice([0, 1, 1]))


def _body(p: Page, art: dict, rng: random.Random, fmt: str, gold: dict) -> None:
    paras = list(art["body"])
    kind = (
        None
        if fmt == "seed"
        else rng.choice([None, "subhead", "subhead", "numhead", "question", "list", "caps", "credit", "facts"])
    )
    if rng.random() < 0.2:
        paras.append(rng.choice(EDITOR_NOTES))
    for i, para in enumerate(paras):
        p.blank()
        if i and fmt != "seed" and rng.random() < 0.08:
            p.add(rng.choice(ADS), "chrome")
            p.blank()
        if i and fmt not in ("seed",) and rng.random() < 0.06:
            p.add(
                rng.choice(["Read more: ", "Related: ", "READ MORE: "]) + "Ceasefire talks stall as fighting resumes",
                "chrome",
            )
            p.blank()
        if i > 1 and fmt in ("wire", "blog", "wordpress") and rng.random() < 0.07:
            sub = rng.choice(SUBHEADS)
            p.add(sub, "body")
            gold["body"].append(sub)
            p.blank()
        if (
            kind
            and i
            and (kind == "question" or i % rng.choice([1, 2, 3]) == 0)
            and (kind != "list" or rng.random() < 0.3)
        ):
            _structured(p, rng, gold, kind, para)
            if kind == "list":
                continue
        lines = _wrap(rng, para)
        for ln in lines:
            p.add(ln, "body")
        gold["body"].append(" ".join(lines))


def _footer(p: Page, rng: random.Random, fmt: str, has_comments: bool, titles: list[str]) -> None:
    if fmt == "seed":
        return
    blocks = []
    if rng.random() < 0.5:
        blocks.append([(t, "chrome") for t in rng.choice(SHARE)])
    if rng.random() < 0.4:
        blocks.append([(rng.choice(TAG_LINES), "chrome")])
    if rng.random() < 0.5:
        blocks.append([(rng.choice(RELATED_HEADS), "chrome")] + [(t, "chrome") for t in rng.sample(titles, 3)])
    if rng.random() < 0.3:
        blocks.append([(t, "chrome") for t in rng.sample(NEWSLETTER, 2)])
    if not has_comments and rng.random() < 0.3:
        blocks.append([(rng.choice(NO_COMMENT_CHROME), "chrome")])
    if rng.random() < 0.25:
        head = rng.choice(["Similar Posts:", "Archives", "Categories", "Blogroll", "Recent Posts", "Popular"])
        items = rng.choice(
            [
                [f"{m} {y}" for m in rng.sample(MONTHS, 4) for y in [rng.choice([2011, 2012])]],
                rng.sample(titles, 4),
                ["Politics", "World", "Security", "Culture", "Uncategorized"],
            ]
        )
        ind = rng.choice([0, 4])
        blocks.append([(head, "chrome")] + [(" " * ind + t, "chrome") for t in items])
    if rng.random() < 0.15:
        blocks.append(
            [
                ("About the author", "chrome"),
                (
                    rng.choice(
                        [
                            "Jane writes about security and politics.",
                            "Our correspondent covers East Africa.",
                            "He has reported from the region since 2009.",
                        ]
                    ),
                    "chrome",
                ),
            ]
        )
    if not has_comments and rng.random() < 0.4:
        blocks.append([(rng.choice(FOOTER), "chrome")])
    for b in blocks:
        p.blank(rng.choice([1, 1, 2]))
        for t, lab in b:
            p.add(t, lab)


def _pick_comments(pool, names, foreign, rng) -> list[dict]:
    n = rng.choice([1, 2, 3, 3, 4, 5, 6, 8, 12])
    out = []
    for _ in range(n):
        paras = [rng.choice(foreign)] if rng.random() < 0.1 else list(rng.choice(pool))
        out.append({"author": rng.choice(names), "text": paras, "commented_at": None, "parent": None})
    return out


def _text(p: Page, paras: list[str], indent: int, first_label: str, rng: random.Random, gap: int = 1) -> None:
    for j, para in enumerate(paras):
        if j and gap:
            p.blank(gap)
        for k, ln in enumerate(_wrap(rng, para)):
            p.add(ln, first_label if (j == 0 and k == 0) else "ctext", indent)


def _seed_comments(p: Page, cs: list[dict], rng: random.Random) -> None:
    for i, c in enumerate(cs):
        anon = rng.random() < (0.5 if i == 0 else 0.3)
        if anon:
            c["author"] = None
            p.blank(1 if i == 0 else 2)
            _text(p, c["text"], 0, "cstart", rng)
        else:
            p.blank()
            p.add(c["author"], "author")
            p.blank()
            _text(p, c["text"], 0, "ctext", rng)


def _threaded(p: Page, cs: list[dict], rng: random.Random, header, after, step: int, gap: int) -> None:
    depth = 0
    tight = rng.random() < 0.4  # no blank lines inside the section at all (lines only)
    text_indent = rng.choice([0, 0, 0, 4])  # comment text indented under its header
    sig_after = rng.random() < 0.08
    for i, c in enumerate(cs):
        if i and rng.random() < 0.35 and depth < 3:
            depth += 1
            c["parent"] = i - 1
        elif depth and rng.random() < 0.6:
            depth = 0
        ind = depth * step
        if not tight:
            p.blank(gap)
        hdr_lines = header(c, i, rng)
        if sig_after:  # the header follows the comment's text ('by NAME on DATE.' signatures)
            _text(p, c["text"], ind + text_indent, "cstart", rng, 0 if tight else 1)
            for t, _lab in hdr_lines:
                p.add(t, "cmeta", ind)
            c["author"] = None
            continue
        for t, lab in hdr_lines:
            p.add(t, lab, ind)
        if not tight and (lab == "author" or rng.random() < 0.5):
            p.blank()
        if tight and len(c["text"]) > 1:
            c["text"] = [" ".join(c["text"])]
        _text(p, c["text"], ind + text_indent, "ctext", rng, 0 if tight else 1)
        for t in after(c, rng):
            if not tight:
                p.blank(rng.choice([0, 1]))
            p.add(t, "cmeta", ind)


def _hdr_wordpress(c, i, rng):
    when = _date(rng, rng.choice([0, 1]))
    c["commented_at"] = when
    if rng.random() < 0.5:
        return [(f"{c['author']} says:", "author"), (when, "cmeta")]
    return [(f"{c['author']} on {when} said:", "author")]


def _hdr_disqus(c, i, rng):
    when = _date(rng, rng.choice([3, 6]))
    c["commented_at"] = when
    if rng.random() < 0.5:
        return [(f"{c['author']} • {when}", "author")]
    return [(c["author"], "author"), (f"• {when}", "cmeta")]


def _hdr_facebook(c, i, rng):
    c["commented_at"] = None
    extra = rng.choice(["", f" · Works at {rng.choice(['Self-employed', 'City Hospital', 'Acme Ltd'])}", " · Top fan"])
    return [(c["author"] + extra, "author")]


def _hdr_slashdot(c, i, rng):
    when = _date(rng, 4)
    c["commented_at"] = when
    uid = rng.randint(1000, 999999)
    name = c["author"]
    return [(f"by {name} ({uid}) on {when} (#{rng.randint(4000000, 4999999)})", "author")] + (
        [(f"Re:{rng.choice(['Not so simple', 'Nonsense', 'Follow the money', 'Sources?'])}", "cmeta")]
        if rng.random() < 0.4
        else []
    )


def _hdr_forum(c, i, rng):
    when = _date(rng, rng.choice([2, 5]))
    c["commented_at"] = when
    return rng.choice(
        [
            [(f"#{i + 1} Posted by {c['author']} on {when}", "author")],
            [(f"{c['author']} wrote:", "author")],
            [(f"Re: {c['author']}", "cmeta"), (f"Posted: {when} by {c['author']}", "author")],
        ]
    )


def _hdr_numbered(c, i, rng):
    when = _date(rng, rng.choice([0, 1]))
    c["commented_at"] = when
    return rng.choice(
        [
            [(f"{i + 1}. {c['author']}", "author"), (when, "cmeta")],
            [(f"{c['author']} | {when}", "author")],
            [(f"{i + 1}", "cmeta"), (f"{c['author']} – {when}", "author")],
        ]
    )


def _hdr_mixed(c, i, rng):
    when = _date(rng, rng.choice([0, 1, 2, 3, 5]))
    c["commented_at"] = when
    a = c["author"]
    return rng.choice(
        [
            [(f"{a} {when}", "author")],
            [(f"on {when} {a}", "author")],
            [(when, "cmeta"), (a, "author")],
            [(f"by {a} on {when}.", "author")],
            [(f"{a} on {when}", "author")],
            [(f"Posted by: {a} | {when}", "author")],
            [(f"Quote from: {a} on {when}", "author")],
            [(a, "author"), (f"{when} | Permalink", "cmeta")],
            [(f"{a} ({rng.randint(100, 99999)})", "author")],
            [(f"{a}, {rng.choice(['London', 'Lagos', 'Toronto', 'Beirut', 'Sydney'])}", "author"), (when, "cmeta")],
            [(f"{a} added:", "author")],
            [(f"{a} {when} #{rng.randint(1000, 9999)}", "author")],
        ]
    )


def _hdr_blog(c, i, rng):
    when = _date(rng, rng.choice([0, 1, 2]))
    c["commented_at"] = when
    return rng.choice(
        [
            [(f"{c['author']} said...", "author")],
            [(f"Posted by {c['author']} at {when}", "author")],
            [(c["author"], "author"), (when, "cmeta")],
        ]
    )


SECTION = {
    "mixed": (
        _hdr_mixed,
        lambda c, r: r.choice(
            [[], ["Reply"], ["Reply ↓"], ["Like", "Reply"], ["Report abuse"], [f"{r.randint(1, 30)} people like this"]]
        ),
        4,
        lambda n, t, r: r.choice(
            [
                f"{n} Responses to “{t}”",
                f"Comments ({n})",
                "Comments",
                "Reader comments",
                f"{n} comments so far",
                "Discussion",
            ]
        ),
        ["Leave a Reply", "Cancel reply", "Notify me of follow-up comments by email.", "Post Comment"],
    ),
    "wordpress": (
        _hdr_wordpress,
        lambda c, r: ["Reply"] if r.random() < 0.7 else [],
        4,
        lambda n, t, r: [f"{n} thoughts on “{t}”", f"{n} Responses"][r.randrange(2)],
        ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    ),
    "disqus": (
        _hdr_disqus,
        lambda c, r: [f"{r.randint(0, 40)} • Reply • Share ›"] if r.random() < 0.7 else ["Reply"],
        4,
        lambda n, t, r: f"{n} Comments",
        ["Load more comments", "ALSO ON THE DAILY LEDGER"],
    ),
    "facebook": (
        _hdr_facebook,
        lambda c, r: [f"Like · Reply · {r.randint(1, 9)}{r.choice('dwy')}"],
        2,
        lambda n, t, r: f"{n} comments",
        ["View 3 more replies", "Facebook Comments Plugin"],
    ),
    "slashdot": (_hdr_slashdot, lambda c, r: [], 4, lambda n, t, r: f"{n} comments", ["Load More Comments"]),
    "forum": (
        _hdr_forum,
        lambda c, r: ["Quote | Report"] if r.random() < 0.3 else [],
        0,
        lambda n, t, r: f"{n} replies to this topic",
        ["Page 1 of 2", "Next page »"],
    ),
    "numbered": (
        _hdr_numbered,
        lambda c, r: [f"{r.randint(0, 50)} likes"] if r.random() < 0.3 else [],
        0,
        lambda n, t, r: f"Comments ({n})",
        ["Add your comment"],
    ),
    "blog": (
        _hdr_blog,
        lambda c, r: ["Reply", "Delete"][: r.randint(0, 1)],
        0,
        lambda n, t, r: f"{n} comments:",
        ["Post a Comment", "Newer Post Older Post Home"],
    ),
}


def _blog_body(art: dict, blog_pool: list, rng: random.Random) -> dict:
    """A first-person blog post: reader-voiced prose in the body, so voice alone cannot find the boundary."""
    paras = [p for c in rng.sample(blog_pool, min(len(blog_pool), rng.randint(3, 7))) for p in c]
    return {**art, "body": paras}


def render(
    fmt: str,
    art: dict,
    pool: list,
    names: list[str],
    foreign: list[str],
    rng: random.Random,
    blog_pool: list | None = None,
) -> dict:
    fmt = "wire" if (fmt == "wire" and pool) else fmt  # wire copy may carry comments too
    if blog_pool and fmt not in ("seed", "wire") and rng.random() < 0.45:
        art = _blog_body(art, blog_pool, rng)
    p = Page()
    gold: dict = {"format": fmt, "title": art["title"], "body": [], "comments": []}
    _header(p, art, rng, fmt, gold)
    if fmt not in ("seed", "wire") and rng.random() < 0.2:
        for t in rng.sample(["Home", "News", "World", "Politics", "Opinion", "Video", "Contact"], 4):
            p.add(t, "chrome")
    _body(p, art, rng, fmt, gold)
    titles = [
        "Ceasefire talks stall as fighting resumes",
        "Aid convoy reaches besieged city",
        "UN envoy warns of famine",
        "Opposition leader detained",
        "Thousands march in capital",
        "Drone strike hits fuel depot",
    ]
    _footer(p, rng, fmt, bool(pool), titles)
    if pool:
        cs = _pick_comments(pool, names, foreign, rng)
        if fmt in ("seed", "wire"):
            _seed_comments(p, cs, rng)
        else:
            hdr, after, step, head, tail = SECTION[fmt]
            if rng.random() < 0.8:
                p.blank(rng.choice([1, 2]))
                p.add(head(len(cs), art["title"], rng), "cmeta")
            _threaded(p, cs, rng, hdr, after, step if rng.random() < 0.7 else 0, rng.choice([1, 1, 2]))
            if rng.random() < 0.6:
                p.blank()
                for t in tail[: rng.randint(1, len(tail))]:
                    p.add(t, "cmeta")
        gold["comments"] = cs
    raw = "\n".join(t for t, _ in p.lines)
    gold["labels"] = [lab for t, lab in p.lines if lab is not None and t.strip()]
    gold["has_comments"] = bool(pool)
    gold.pop("_n", None)
    gold["raw"] = raw + ("\n" if rng.random() < 0.7 else "")
    return gold
