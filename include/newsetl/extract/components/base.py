"""What the newsetl rule components share: rules loaded in `initialize` (from the package's data files or a folder
named in the config), written by `to_disk` and read back by `from_disk`, as spaCy's own SpanRuler does with its
patterns. A pipeline with these components can therefore be saved with `nlp.to_disk()`, versioned, and loaded with
`newsetl.extract.pipeline.load_nlp()` (or `spacy.load` once this package is imported)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.util import SimpleFrozenList, ensure_path

from ..rules import DATA_FILES, Rules, load_rules, write_data


class RuleComponent:
    """A pipeline component whose behaviour comes entirely from data files (`FILES`) and a small config."""

    FILES: tuple[str, ...] = DATA_FILES

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None):
        self.nlp = nlp
        self.name = name
        self.data_dir = data_dir
        self.rules: Rules | None = None

    # ---------------------------------------------------------------- set-up
    def initialize(self, get_examples=None, *, nlp: Language | None = None, data_dir: str | None = None) -> None:
        """Load the rules from `data_dir` (default: the component's config, else the package's data files)."""
        self.setup(load_rules(data_dir or self.data_dir))

    def setup(self, rules: Rules) -> None:
        """Build the matchers and tables of the component from `rules` (subclasses)."""
        self.rules = rules

    def ensure(self) -> Rules:
        """The component's rules, loaded on first use."""
        if self.rules is None:
            self.initialize()
        assert self.rules is not None  # initialize() -> setup() sets them
        return self.rules

    # ---------------------------------------------------------------- serialisation (settings are in config.cfg)
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        write_data(self.ensure(), Path(path), self.FILES)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = SimpleFrozenList()) -> RuleComponent:
        self.setup(load_rules(ensure_path(path)))
        return self
