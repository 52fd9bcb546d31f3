"""The language identifier mapped from the user's cache folder answers as py3langid's own loader does."""
from __future__ import annotations

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from extractors.clean import langid_model

TEXTS = [
    "The council voted on Tuesday to fund the new bridge across the river, ending a decade of debate.",
    "Der Stadtrat hat am Dienstag beschlossen, die neue Brücke über den Fluss zu finanzieren.",
    "Le conseil municipal a voté mardi le financement du nouveau pont sur la rivière.",
    "Городской совет во вторник проголосовал за финансирование нового моста через реку.",
    "市议会周二投票决定为横跨河流的新桥提供资金。",
    "Paris",
    "",
]


@pytest.fixture(scope="module")
def package_identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_unpacked_and_mapped_identifiers_answer_as_the_package_loader(cache_home, package_identifier):
    unpacked = langid_model.load_identifier(norm_probs=True)  # first process: unpacks the model
    assert langid_model.cache_folder().is_relative_to(cache_home) and langid_model.cache_folder().is_dir()
    mapped = langid_model.load_identifier(norm_probs=True)  # later processes: map the unpacked arrays
    for text in TEXTS:
        expected = package_identifier.classify(text)
        assert unpacked.classify(text) == expected
        assert mapped.classify(text) == expected


def test_a_damaged_cache_falls_back_to_the_package_loader(cache_home, package_identifier):
    folder = langid_model.cache_folder()
    folder.mkdir(parents=True)
    (folder / "ptc.npy").write_bytes(b"not an array")
    identifier = langid_model.load_identifier(norm_probs=True)
    assert [identifier.classify(t) for t in TEXTS] == [package_identifier.classify(t) for t in TEXTS]


def test_an_unwritable_cache_falls_back_to_the_package_loader(tmp_path, monkeypatch, package_identifier):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder's parent would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    identifier = langid_model.load_identifier(norm_probs=True)
    assert not langid_model.cache_folder().exists()
    assert [identifier.classify(t) for t in TEXTS] == [package_identifier.classify(t) for t in TEXTS]
