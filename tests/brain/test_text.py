"""Stemming and accents per language: both sides of the index meet whatever form people type."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.brain.search.text import LANGUAGES, fold, parse_query, terms


def finds(query: str, text: str, language: str) -> bool:
    indexed = set(terms(text, language))
    return all(group & indexed for group in parse_query(query).groups)


@pytest.mark.parametrize(
    ("query", "text", "language"),
    [
        ("cooperativa", "As cooperativas de trabalho", "pt"),
        ("cooperativas", "Uma cooperativa de habitação", "pt"),
        ("economia", "La economía social y solidaria", "es"),
        ("economía", "A economia social", "pt"),
        ("cooperacao", "Cooperação Sul-Sul e triangular", "pt"),
        ("solidariedade", "Redes de solidariedade", "pt"),
        ("politicas publicas", "Las políticas públicas de empleo", "es"),
        ("jovenes", "Empleo para los jóvenes", "es"),
        ("coopératives", "Les coopératives agricoles du Maroc", "fr"),
        ("economie sociale", "L'économie sociale et solidaire", "fr"),
        ("développement", "Le developpement local", "fr"),
        ("cooperatives", "A cooperative owned by its members", "en"),
        ("enterprise", "Social enterprises in Seoul", "en"),
        ("policies", "Policy for the social economy", "en"),
    ],
)
def test_query_finds_other_forms_and_accents(query, text, language):
    assert finds(query, text, language)


@pytest.mark.parametrize(
    ("query", "text", "language"),
    [
        ("cooperativa", "Empresas sociais em Seul", "pt"),
        ("refugiados", "A economia social", "pt"),
        ("housing", "Cooperatives of workers", "en"),
    ],
)
def test_query_misses_text_without_the_word(query, text, language):
    assert not finds(query, text, language)


def test_every_word_of_the_query_must_match():
    assert not finds("cooperativa refugiados", "As cooperativas de trabalho", "pt")
    assert finds("cooperativa trabalho", "As cooperativas de trabalho", "pt")


def test_stop_words_and_elisions_are_not_indexed():
    assert terms("L'économie de la solidarité", "fr") == terms("économie solidarité", "fr")
    assert parse_query("the of de la").groups == ()


def test_other_scripts_are_kept_and_case_folded():
    assert terms("사회적 경제", "ko") == ["사회적", "경제"]
    assert finds("ЭКОНОМИКА", "Социальная экономика", "ru")


def test_fold_removes_accents_not_letters():
    assert fold("Économía Solidária ÇÃO") == "economia solidaria cao"
    assert fold("Łódź") == "łodz"


@given(st.text(max_size=200), st.sampled_from(LANGUAGES))
def test_a_text_always_finds_itself(text, language):
    indexed = set(terms(text, language))
    for group in parse_query(text).groups:
        # Every word a query keeps is a word the index kept, stemmed the same way in its language.
        assert group & indexed
