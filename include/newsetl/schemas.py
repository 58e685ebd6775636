"""The data contract: one definition per table, used by the writer (pyarrow schema), the quality gate
(GX expectations are derived from the constraints here) and the generated docs (docs/tables.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pyarrow as pa

ACLED_EVENT_TYPES: dict[str, list[str]] = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": [
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": [
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ],
}
SUB_EVENT_TO_TYPE = {s: t for t, subs in ACLED_EVENT_TYPES.items() for s in subs}
ACTOR_TYPES = [
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
]
PLOVER_EVENTS = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "OTHER",
]
LEDGER_STATUSES = ["loaded", "duplicate", "quarantined"]
LEDGER_KINDS = ["file", "container", "record"]
SPLIT_METHODS = ["no_comments_evidence", "boundary", "jsonl_fields", "unsplit"]
# a ledger `note` saying a stage failed on a document that was kept (night/shard.py writes them; the GX warning, the
# summary and the report find them with this pattern: Python `re` and DuckDB's RE2 read it alike)
STAGE_FAILURE_NOTE = r"(?:split|extract)_error|too_slow"


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str
    nullable: bool = True
    unique: bool = False
    allowed: list[Any] | None = None
    min: float | None = None
    max: float | None = None
    references: str | None = None  # "table.column" that must contain every non-null value
    regex: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: list[Column] = field(default_factory=list)
    key: str | None = None

    @cached_property  # built once per table, not once per row batch
    def schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @cached_property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


S, I32, I64, F64, B = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_()
DATE = pa.date32()
TS = pa.timestamp("us", tz="UTC")
ID_RE = r"^[a-z]_[0-9a-f]{20}$"

ARTICLES = Table(
    "articles",
    "One row per loaded (non-duplicate) article. Comments are not part of `body`.",
    [
        Column(
            "article_id",
            S,
            "Deterministic id: 'a_' + first 20 hex of sha256 of the normalised document text.",
            False,
            unique=True,
            regex=ID_RE,
        ),
        Column("source_file", S, "Path or URI of the input file the article came from.", False),
        Column("member", S, "Archive member and/or JSONL line ('dump.tar.gz!a/b.jsonl:3'); null for a plain file."),
        Column("source_id", S, "The `id` of a JSONL record, when given."),
        Column("url", S, "The `url` of a JSONL record, when given."),
        Column("title", S, "Title line.", False),
        Column(
            "caption",
            S,
            "Header lines between title and body that the splitter labelled caption/byline/dateline ('Click to see full-size image, By ...', 'By Jane Doe', 'Updated 14:32 GMT'), one per line; null when absent.",
        ),
        Column("body", S, "Body paragraphs joined by a blank line.", False),
        Column("paragraph_count", I32, "Number of body paragraphs.", False, min=0),
        Column("published_at", TS, "Publication time when the input gives it (JSONL `published_at`), else null."),
        Column(
            "reference_date",
            DATE,
            "Date relative dates are resolved against: published_at's date, else the run's logical date.",
            False,
        ),
        Column("word_count", I32, "Words in title + body.", False, min=0),
        Column("comment_count", I32, "Number of reader comments split off the document.", False, min=0),
        Column(
            "split_method",
            S,
            "Which split decision was taken: 'no_comments_evidence' (no comment section was evidenced: the whole text is body, the default), 'boundary' (a comment section beat the no-comments default by the fitted margin), 'jsonl_fields' (a JSONL record gave body and comments), 'unsplit' (the splitter failed on this document: kept whole as body, confidence 0.5, the ledger's note says why).",
            False,
            allowed=SPLIT_METHODS,
        ),
        Column(
            "split_confidence",
            F64,
            "How sure the split decision is, 0.5..1: logistic of the distance between the comment-section margin and the fitted threshold (1 for 'jsonl_fields').",
            False,
            min=0.0,
            max=1.0,
        ),
        Column("encoding", S, "Detected text encoding of the input.", False),
        Column(
            "content_sha256",
            S,
            "sha256 of the normalised document text; equal hashes are duplicates.",
            False,
            unique=True,
            regex=r"^[0-9a-f]{64}$",
        ),
    ],
    key="article_id",
)

COMMENTS = Table(
    "comments",
    "Reader comments split off the end of each article, in order.",
    [
        Column("comment_id", S, "Deterministic id from article_id and position.", False, unique=True, regex=ID_RE),
        Column("article_id", S, "The article commented on.", False, references="articles.article_id"),
        Column("position", I32, "0-based order of the comment within the article.", False, min=0),
        Column("author", S, "Display name from the author line; null for anonymous comments (e.g. the first one)."),
        Column("text", S, "Comment paragraphs joined by a blank line (hard line breaks kept).", False),
        Column("paragraph_count", I32, "Paragraphs in the comment.", False, min=1),
        Column(
            "commented_at",
            S,
            "Raw date/time text of the comment's header or metadata line ('October 16th, 2012 at 6:57 am', '3 hours ago'), else null.",
        ),
        Column(
            "parent_comment_id",
            S,
            "The comment this one replies to, when threading is visible (indentation, 'in reply to NAME'); null otherwise.",
            regex=ID_RE,
        ),
    ],
    key="comment_id",
)

EVENTS = Table(
    "events",
    "One row per discrete event an article body reports (ACLED/PLOVER coding). Never from comments.",
    [
        Column(
            "event_id",
            S,
            "Deterministic id from article_id, sub_event_type, location and date.",
            False,
            unique=True,
            regex=ID_RE,
        ),
        Column("article_id", S, "Article reporting the event.", False, references="articles.article_id"),
        Column(
            "event_cluster_id",
            S,
            "Same id for the same event reported by several articles of the night (type + place + date).",
            False,
            regex=ID_RE,
        ),
        Column("num_articles", I32, "Articles of the night reporting this cluster (GDELT NumArticles).", False, min=1),
        Column("event_date", DATE, "Resolved date of the event; null when the text gives nothing usable."),
        Column(
            "time_precision",
            I32,
            "ACLED time precision: 1 day, 2 week/approximate, 3 month or unknown.",
            False,
            allowed=[1, 2, 3],
        ),
        Column("event_type", S, "ACLED event type.", False, allowed=list(ACLED_EVENT_TYPES)),
        Column("sub_event_type", S, "ACLED sub-event type.", False, allowed=list(SUB_EVENT_TO_TYPE)),
        Column("plover_event", S, "PLOVER event category (e.g. ASSAULT).", False, allowed=PLOVER_EVENTS),
        Column("plover_mode", S, "PLOVER mode (e.g. aerial), null when none applies."),
        Column("actor1", S, "Initiator, canonical name (aliases resolved); null when the text names none."),
        Column("actor1_type", S, "ACLED actor type of actor1.", allowed=ACTOR_TYPES),
        Column("actor1_country", S, "ISO3 country of actor1."),
        Column("actor2", S, "Target, canonical name; 'Civilians' for civilian victims."),
        Column("actor2_type", S, "ACLED actor type of actor2.", allowed=ACTOR_TYPES),
        Column("actor2_country", S, "ISO3 country of actor2."),
        Column("civilian_targeting", B, "True when civilians were the target (ACLED civilian_targeting).", False),
        Column("location", S, "Most specific place named for the event (village/neighbourhood mapped to its town)."),
        Column("admin1", S, "First-level administrative division of the location."),
        Column("country", S, "Country name of the location."),
        Column("iso3", S, "ISO 3166-1 alpha-3 code of the country.", regex=r"^[A-Z]{3}$"),
        Column("latitude", F64, "WGS84 latitude of the location.", min=-90.0, max=90.0),
        Column("longitude", F64, "WGS84 longitude of the location.", min=-180.0, max=180.0),
        Column("geonameid", I64, "GeoNames id of the place (null for curated supplement places without one)."),
        Column(
            "geo_precision",
            I32,
            "ACLED geo precision: 1 town or finer, 2 near a town / district, 3 province, region or country.",
            allowed=[1, 2, 3],
        ),
        Column(
            "fatalities",
            I32,
            "Reported deaths; null when vague or unstated, 0 when explicitly none.",
            min=0,
            max=100000,
        ),
        Column("source", S, "Reporting source named in the text ('SOHR', 'local officials')."),
        Column("hedged", B, "True when the claim is alleged/reported/unconfirmed.", False),
        Column(
            "event_confidence",
            F64,
            "Probability from the fitted event scorer (event_scorer.json) that the event is one an analyst would code;"
            " every event is published with it (dropping under the fitted threshold is off by default: README,"
            " 'Fitted event scorer'); null when no scorer is configured.",
            min=0.0,
            max=1.0,
        ),
        Column("trigger", S, "Words that triggered the event.", False),
        Column("sentence", S, "Evidence sentence from the body.", False),
        Column("start_char", I32, "Offset of the sentence in articles.body.", False, min=0),
        Column("end_char", I32, "End offset of the sentence in articles.body.", False, min=0),
    ],
    key="event_id",
)

MENTIONS = Table(
    "mentions",
    "Every recognised actor and place mention in article bodies (for coverage maps and audits).",
    [
        Column("mention_id", S, "Deterministic id from article_id and offsets.", False, unique=True, regex=ID_RE),
        Column("article_id", S, "Article the mention is in.", False, references="articles.article_id"),
        Column("start_char", I32, "Start offset in articles.body.", False, min=0),
        Column("end_char", I32, "End offset in articles.body.", False, min=0),
        Column("text", S, "Surface text.", False),
        Column("label", S, "ACTOR or PLACE.", False, allowed=["ACTOR", "PLACE"]),
        Column("canonical", S, "Canonical actor name or place name.", False),
        Column("actor_type", S, "ACLED actor type (actors only).", allowed=ACTOR_TYPES),
        Column("country", S, "ISO3 country (actor's or place's)."),
        Column("admin1", S, "Admin1 of the place (places only)."),
        Column("geonameid", I64, "GeoNames id (places only)."),
        Column("latitude", F64, "Latitude (places only).", min=-90.0, max=90.0),
        Column("longitude", F64, "Longitude (places only).", min=-180.0, max=180.0),
    ],
    key="mention_id",
)

INGEST_LEDGER = Table(
    "ingest_ledger",
    "One row per input file, per container (archive/JSONL) and per record inside it: every input is accounted for.",
    [
        Column("source_file", S, "Input file path/URI.", False),
        Column("member", S, "Archive member path and/or ':LINE' of a JSONL record; null for the file row itself."),
        Column(
            "kind",
            S,
            "'file' (a plain document), 'container' (archive or JSONL) or 'record' (inside a container).",
            False,
            allowed=LEDGER_KINDS,
        ),
        Column("status", S, "loaded / duplicate / quarantined.", False, allowed=LEDGER_STATUSES),
        Column(
            "reason",
            S,
            "Why quarantined or duplicate (e.g. 'undecodable', 'duplicate_of:a_...'); summary for containers.",
        ),
        Column("bytes", I64, "Size in bytes.", False, min=0),
        Column("sha256", S, "sha256 of the raw bytes (null when unreadable)."),
        Column("article_id", S, "Article loaded from this record (loaded rows), or the article it duplicates."),
        Column("shard", I32, "Shard that processed it.", False, min=0),
        Column(
            "note",
            S,
            "A non-fatal observation on the input, e.g. 'encoding: 2 invalid UTF-8 byte sequences replaced by U+FFFD'; a document the splitter or the extractor failed on is kept and noted here ('split_error: ...; kept whole as body', 'extract_error: ...; kept without events').",
        ),
        Column(
            "source_file_raw",
            pa.binary(),
            "Exact bytes of the file path when it is not valid UTF-8 (`source_file` then shows the bad bytes as \\xNN); null otherwise.",
        ),
        Column(
            "member_raw",
            pa.binary(),
            "Exact bytes of the member name when it is not valid UTF-8 (`member` shows them as \\xNN); null otherwise.",
        ),
    ],
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, COMMENTS, EVENTS, MENTIONS, INGEST_LEDGER)}


def empty_table(name: str) -> pa.Table:
    return TABLES[name].schema.empty_table()


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Build a table from row dicts, in schema order; missing keys are null, unknown keys are an error."""
    table = TABLES[name]
    names = table.names
    known = frozenset(names)
    for r in rows:
        if not known.issuperset(r):
            raise ValueError(f"{name}: unknown columns {sorted(set().union(*(r.keys() for r in rows)) - known)}")
    cols = {c: [r.get(c) for r in rows] for c in names}
    return pa.Table.from_pydict(cols, schema=table.schema)


def markdown_docs() -> str:
    """Table documentation (docs/tables.md is generated from this; a test keeps it in sync)."""
    out = [
        "# Lake tables",
        "",
        "Generated from `include/newsetl/schemas.py` by `newsetl docs`; do not edit by hand.",
        "",
        "Layout: `<lake>/<table>/ingest_date=YYYY-MM-DD/part-*.parquet` (hive partitioning).",
        "",
    ]
    for t in [*TABLES.values(), *DERIVED_TABLES.values()]:  # derived tables: built by the news_analytics DAG
        out += [f"## `{t.name}`", "", t.doc, "", "| column | type | null | meaning | checks |", "|---|---|---|---|---|"]
        for c in t.columns:
            checks = []
            if c.unique:
                checks.append("unique")
            if c.allowed:
                checks.append("in {" + ", ".join(map(str, c.allowed)) + "}")
            if c.min is not None or c.max is not None:
                checks.append(f"between {c.min} and {c.max}")
            if c.references:
                checks.append(f"references {c.references}")
            if c.regex:
                checks.append(f"matches `{c.regex}`")
            out.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.doc} | {'; '.join(checks)} |")
        out.append("| `ingest_date` | date (partition) | no | Logical date of the nightly run that loaded the row. | |")
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- derived tables (news_analytics DAG)
# Built from one ingest_date's published tables by newsetl.analytics (DuckDB), partitioned by the same
# ingest_date, GX-validated with the same derivation as above and published with the same atomic swap.
# They are not part of TABLES: news_ingest neither writes nor validates them.
EVENTS_DAILY = Table(
    "events_daily",
    "Events of one ingest night per event date, country and event type (grain: event_date x iso3 x event_type). "
    "An event reported by several articles of the night (one `event_cluster_id`) counts once.",
    [
        Column("event_date", DATE, "Resolved event date; null when the text gave none."),
        Column("iso3", S, "ISO3 country of the event location; null when unlocated.", regex=r"^[A-Z]{3}$"),
        Column("country", S, "Country name of the event location; null when unlocated."),
        Column("event_type", S, "ACLED event type.", False, allowed=list(ACLED_EVENT_TYPES)),
        Column("events", I64, "Distinct events (event clusters).", False, min=1),
        Column("event_reports", I64, "Event rows (one per article reporting an event).", False, min=1),
        Column(
            "fatalities",
            I64,
            "Sum over events of the largest fatality figure any report gave (0 when none stated).",
            False,
            min=0,
        ),
        Column("articles", I64, "Distinct articles reporting these events.", False, min=1),
        Column("civilian_targeting_events", I64, "Events targeting civilians.", False, min=0),
    ],
)

ACTOR_DYADS = Table(
    "actor_dyads",
    "Directed actor pairs (initiator actor1 -> target actor2) per ISO week of the event date, from one ingest night "
    "(grain: iso_year x iso_week x actor1 x actor2). Events without a date use the article's reference date. "
    "Sum over ingest_date partitions for a week's totals.",
    [
        Column("iso_year", I32, "ISO year of the week.", False, min=1900, max=2200),
        Column("iso_week", I32, "ISO week number.", False, min=1, max=53),
        Column("week_start", DATE, "Monday of the ISO week.", False),
        Column("actor1", S, "Initiator (canonical name).", False),
        Column("actor1_type", S, "Most frequent ACLED type of actor1 in these events.", allowed=ACTOR_TYPES),
        Column("actor2", S, "Target (canonical name).", False),
        Column("actor2_type", S, "Most frequent ACLED type of actor2 in these events.", allowed=ACTOR_TYPES),
        Column("events", I64, "Distinct events (event clusters) between the pair.", False, min=1),
        Column(
            "fatalities",
            I64,
            "Sum over events of the largest fatality figure reported (0 when none stated).",
            False,
            min=0,
        ),
        Column("articles", I64, "Distinct articles reporting them.", False, min=1),
        Column("event_types", S, "Event types seen, sorted, joined by '; '.", False),
    ],
)

ARTICLE_STATS = Table(
    "article_stats",
    "One row per published article of the night with what was extracted from it (grain: article_id).",
    [
        Column("article_id", S, "The article.", False, unique=True, regex=ID_RE, references="articles.article_id"),
        Column("source_file", S, "Input file the article came from.", False),
        Column("reference_date", DATE, "The article's reference date.", False),
        Column("word_count", I32, "Words in title + body.", False, min=0),
        Column("paragraph_count", I32, "Body paragraphs.", False, min=0),
        Column("comment_count", I32, "Reader comments split off.", False, min=0),
        Column("comment_words", I64, "Words in those comments.", False, min=0),
        Column(
            "split_method",
            S,
            "The splitter's decision (as in articles).",
            False,
            allowed=SPLIT_METHODS,
        ),
        Column("split_confidence", F64, "The splitter's confidence (as in articles).", False, min=0.0, max=1.0),
        Column("events", I64, "Event rows extracted from the body.", False, min=0),
        Column("fatalities", I64, "Sum of stated fatalities over those events (0 when none stated).", False, min=0),
        Column("actor_mentions", I64, "ACTOR mentions in the body.", False, min=0),
        Column("place_mentions", I64, "PLACE mentions in the body.", False, min=0),
        Column(
            "countries", I64, "Distinct ISO3 countries among the article's events and place mentions.", False, min=0
        ),
    ],
    key="article_id",
)

DERIVED_TABLES: dict[str, Table] = {t.name: t for t in (EVENTS_DAILY, ACTOR_DYADS, ARTICLE_STATS)}
# the grain of each derived table: GX checks these columns are unique together
DERIVED_KEYS: dict[str, list[str]] = {
    "events_daily": ["event_date", "iso3", "event_type"],
    "actor_dyads": ["iso_year", "iso_week", "actor1", "actor2"],
    "article_stats": ["article_id"],
}
