"""The extractor as spaCy components: registered factories, save/load of a complete pipeline, linear cost, and the
size limits that keep extract/ readable."""

from __future__ import annotations

import ast
import json
import time
from datetime import date

from tests.conftest import ROOT

EXTRACT = ROOT / "include" / "newsetl" / "extract"
PARAS = [
    "BEIRUT — Air strikes by the US-led coalition killed at least 14 civilians in the town of Hajin in eastern Syria "
    "on Sunday, a monitor said.",
    "Separately, Islamic State militants attacked an army checkpoint near Deir ez-Zor on Monday, killing three soldiers.",
]


def _events(nlp, paras, ref=date(2018, 11, 5)):
    doc = nlp.make_doc("\n\n".join(paras))
    doc._.reference_date = ref
    doc = nlp(doc)
    return [(e.sub_event_type, e.place.name if e.place else None, e.event_date, e.fatalities) for e in doc._.events]


def test_components_declare_what_they_assign(extractor):
    from spacy.language import Language

    nlp = extractor.nlp
    assert nlp.pipe_names[0] == "newsetl_paragraphs"
    for name in ("newsetl_actors", "newsetl_triggers", "newsetl_places", "newsetl_events"):
        meta = Language.get_factory_meta(name)
        assert meta.assigns, name
        assert "data_dir" in meta.default_config
    assert "doc._.events" in Language.get_factory_meta("newsetl_events").assigns


def test_pipeline_saves_and_loads_with_its_rules(extractor, settings, tmp_path):
    from newsetl.extract.pipeline import load_nlp, save_nlp

    save_nlp(extractor.nlp, tmp_path / "nlp")
    saved = sorted(p.relative_to(tmp_path / "nlp").as_posix() for p in (tmp_path / "nlp").rglob("*.json*"))
    assert "newsetl_actors/actors.jsonl" in saved and "newsetl_triggers/triggers.jsonl" in saved
    assert "newsetl_events/wordlists.json" in saved
    loaded = load_nlp(tmp_path / "nlp", cache_dir=settings.cache_dir)
    assert loaded.pipe_names == extractor.nlp.pipe_names
    assert _events(loaded, PARAS) == _events(extractor.nlp, PARAS)
    assert any(e[0] == "Air/drone strike" and e[1].startswith("Haj") and e[3] == 14 for e in _events(loaded, PARAS))


def test_saved_rules_are_the_ones_used(extractor, settings, tmp_path):
    """Editing a saved pipeline's data files changes what it finds: the rules come from the folder, not the package."""
    from newsetl.extract.pipeline import load_nlp, save_nlp

    save_nlp(extractor.nlp, tmp_path / "nlp")
    trig = tmp_path / "nlp" / "newsetl_triggers" / "triggers.jsonl"
    rows = [
        json.loads(x) for x in trig.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("//")
    ]
    trig.write_text("\n".join(json.dumps(r) for r in rows if "attacked" not in r.get("phrases", [])), encoding="utf-8")
    loaded = load_nlp(tmp_path / "nlp", cache_dir=settings.cache_dir)
    doc = loaded("Gunmen attacked a village.")
    assert not any(t.text == "attacked" for t in doc.spans["triggers"])


def test_extraction_time_is_linear_in_document_length(extractor):
    from newsetl.extract.extractor import ArticleText

    paras = []
    for f in sorted((ROOT / "eval" / "events").glob("*.json")):
        paras += json.loads(f.read_text(encoding="utf-8"))["body"]
    old = extractor.nlp.max_length
    extractor.nlp.max_length = 10**8

    def secs(n):  # CPU time of this process (the work is in-process): a loaded machine does not decide the outcome
        body = [paras[i % len(paras)] for i in range(n)]
        t = time.process_time()
        list(extractor.run([ArticleText("x", body, date(2018, 11, 5))]))
        return time.process_time() - t

    try:
        small = min(secs(200), secs(200))  # (the first run may compile rules the document is the first to need)
        large = secs(2000)
        if large / small >= 20:  # the best of two, as for the small one: a second large run only when the first fails
            large = min(large, secs(2000))
    finally:
        extractor.nlp.max_length = old
    assert large / small < 20, (small, large)  # linear: ~10; quadratic: ~100 (issue 11: x15-x20 before perf26)


def test_no_word_lists_in_code():
    """Vocabularies are data files: no module-level set/list/tuple of more than eight plain words in extract/."""
    for f in EXTRACT.rglob("*.py"):
        for node in ast.parse(f.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Set, ast.List, ast.Tuple)):
                words = [
                    e
                    for e in node.value.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value.isalpha()
                ]
                assert len(words) <= 8, f"{f.name}:{node.lineno}"


def test_number_sign_full_stop_ends_no_sentence(extractor):
    """ "Route No. 4" keeps its number: the full stop of "No." before a digit never ends a sentence."""
    doc = extractor.nlp("Bandits stopped a lorry on Route No. 4 near Tarkwa on Friday. It was No. 2 on the list.")
    assert [s.text for s in doc.sents] == [
        "Bandits stopped a lorry on Route No. 4 near Tarkwa on Friday.",
        "It was No. 2 on the list.",
    ]
    from newsetl.extract.components import _numbered

    make = extractor.nlp.make_doc
    assert [make("Nos. 3 and 4 burned.")[i].text for i in _numbered(make("Nos. 3 and 4 burned."))] == ["3"]
    assert _numbered(make("The answer was no. 4 more came.")) == []  # (a lower-case "no." is a word)
