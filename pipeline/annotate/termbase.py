"""The bilingual term base: concepts with stable ids shared by Chinese and English.

Data lives in ``pipeline/data/termbase/`` (see its manifest.json); this module
loads and validates it. A concept is one ACTOR, MECHANISM or STAGE meaning with
a Chinese and an English side. Helper D's ``mistranslations.json`` (known
literal MT errors and their repairs) is merged in as English variants of the
concepts it names, so text annotates the same before and after term repair.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..settings import DATA_DIR

TERMBASE_DIR = DATA_DIR / "termbase"
ConceptType = Literal["actor", "mechanism", "stage", "plan", "congress"]
LABEL_OF_TYPE = {"actor": "ACTOR", "mechanism": "MECHANISM", "stage": "STAGE", "plan": "STAGE", "congress": "STAGE"}
_ID = re.compile(r"^(actor|mechanism|stage|plan|congress)/[a-z0-9]+(-[a-z0-9]+)*$")


class TermBaseError(ValueError):
    """The term base data is inconsistent; the message says which file and entry."""


class Side(BaseModel):
    model_config = ConfigDict(extra="forbid")

    preferred: str = Field(min_length=1)
    variants: list[str] = Field(default_factory=list)
    # Forms too ambiguous to match alone (二五, 十五): only pattern rules use them, in context.
    context_only: list[str] = Field(default_factory=list)

    def forms(self) -> list[str]:
        return _unique([self.preferred, *self.variants])


class Years(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: Optional[int] = Field(default=None, ge=1800, le=2100)
    end: Optional[int] = Field(default=None, ge=1800, le=2100)

    @model_validator(mode="after")
    def _ordered(self) -> "Years":
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end year {self.end} before start year {self.start}")
        return self


class Concept(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    type: ConceptType
    group: Optional[str] = None
    zh: Side
    en: Side
    years: Optional[Years] = None
    note: Optional[str] = None
    # Other ids that name this concept (kept so data written against them still resolves).
    aliases: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _stable_id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"concept id {v!r} is not of the form type/lower-case-slug")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "Concept":
        if not self.id.startswith(self.type + "/"):
            raise ValueError(f"concept id {self.id!r} does not start with its type {self.type!r}")
        if self.type in ("stage", "plan", "congress") and self.years is None:
            raise ValueError(f"{self.id}: stages, plans and congresses need years")
        return self

    @property
    def label(self) -> str:
        return LABEL_OF_TYPE[self.type]

    @property
    def stage_id(self) -> Optional[str]:
        """The canonical stage id (``targeted-poverty-alleviation``) for canonical stage concepts."""
        return self.id.split("/", 1)[1] if self.type == "stage" and self.group == "canonical" else None


class ConceptFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: str = ""
    concepts: list[Concept]


class Mistranslation(BaseModel):
    """One entry of helper D's mistranslations.json (extra keys tolerated)."""

    model_config = ConfigDict(extra="allow")

    id: str
    wrong: list[str] = Field(default_factory=list)
    preferred: str = ""
    zh: Optional[str] = None
    concept_id: Optional[str] = None
    note: Optional[str] = None


class Manifest(BaseModel):
    model_config = ConfigDict(extra="allow")

    version: str
    concept_files: list[str]
    rules_file: str
    mistranslations_file: str = "mistranslations.json"


class TermBase:
    """Validated concepts, their forms per language, and the rule lexicons."""

    def __init__(self, version: str, concepts: list[Concept], rules: dict[str, Any], warnings: list[str]):
        self.version = version
        self.concepts = {c.id: c for c in concepts}
        self.aliases = {a: c.id for c in concepts for a in c.aliases}
        self.rules = rules
        # Problems that do not stop loading (e.g. mistranslations naming unknown concepts).
        self.warnings = warnings
        self._extra_en: dict[str, list[str]] = {}
        # Traditional-script spellings, so pages from Hong Kong, Macao or Taiwan sources annotate too.
        to_traditional = _to_traditional()
        self._zh_forms = {
            c.id: _unique(c.zh.forms() + [to_traditional(f) for f in c.zh.forms()]) for c in concepts
        }

    def resolve(self, concept_id: str) -> Optional[str]:
        """The concept id for ``concept_id`` or one of its aliases; None when unknown."""
        if concept_id in self.concepts:
            return concept_id
        return self.aliases.get(concept_id)

    def add_english_variants(self, concept_id: str, forms: list[str]) -> None:
        self._extra_en.setdefault(concept_id, []).extend(f for f in forms if f.strip())

    def forms(self, concept: Concept, lang: str) -> list[str]:
        """Every surface form to match for ``concept`` in ``lang`` (context-only forms excluded)."""
        if lang == "zh":
            return self._zh_forms[concept.id]
        return _unique(concept.en.forms() + self._extra_en.get(concept.id, []))

    def zh_words(self) -> list[str]:
        """Every Chinese string of the term base (for the jieba user dictionary)."""
        words: list[str] = []
        for c in self.concepts.values():
            words += self._zh_forms[c.id] + c.zh.context_only
        return sorted({w.strip("“”\"‘’") for w in words if w.strip("“”\"‘’")})

    def concepts_for(self, concept_type: str) -> list[Concept]:
        return [c for c in self.concepts.values() if c.type == concept_type]

    def canonical_stages(self) -> list[Concept]:
        stages = [c for c in self.concepts_for("stage") if c.stage_id]
        return sorted(stages, key=lambda c: c.years.start or 0)


def load_termbase(directory: Path = TERMBASE_DIR) -> TermBase:
    manifest = Manifest.model_validate(_read_json(directory / "manifest.json"))
    concepts: list[Concept] = []
    for name in manifest.concept_files:
        try:
            concepts += ConceptFile.model_validate(_read_json(directory / name)).concepts
        except ValueError as exc:
            raise TermBaseError(f"{name}: {exc}") from exc
    _check_unique(concepts)
    rules = _read_json(directory / manifest.rules_file)
    tb = TermBase(manifest.version, concepts, rules, [])
    _merge_mistranslations(tb, directory / manifest.mistranslations_file)
    return tb


@functools.lru_cache(maxsize=1)
def default_termbase() -> TermBase:
    return load_termbase()


def _merge_mistranslations(tb: TermBase, path: Path) -> None:
    if not path.exists():
        return
    data = _read_json(path)
    for raw in data.get("entries", []):
        try:
            entry = Mistranslation.model_validate(raw)
        except ValueError as exc:
            tb.warnings.append(f"{path.name}: invalid entry {raw!r}: {exc}")
            continue
        if not entry.concept_id:
            continue
        concept_id = tb.resolve(entry.concept_id)
        if concept_id is None:
            tb.warnings.append(f"{path.name}: entry {entry.id!r} names unknown concept_id {entry.concept_id!r}")
            continue
        tb.add_english_variants(concept_id, [entry.preferred, *entry.wrong])


def _check_unique(concepts: list[Concept]) -> None:
    seen: set[str] = set()
    for name in [c.id for c in concepts] + [a for c in concepts for a in c.aliases]:
        if name in seen:
            raise TermBaseError(f"duplicate concept id or alias {name!r}")
        seen.add(name)
    owner: dict[tuple[str, str], str] = {}
    for c in concepts:
        for lang, side in (("zh", c.zh), ("en", c.en)):
            for form in side.forms():
                key = (lang, form.lower() if lang == "en" else form)
                other = owner.setdefault(key, c.id)
                if other != c.id:
                    raise TermBaseError(f"{lang} form {form!r} belongs to both {other} and {c.id}")


def _to_traditional():
    import opencc

    return opencc.OpenCC("s2t").convert


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TermBaseError(f"cannot read {path.name}: {exc}") from exc


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
