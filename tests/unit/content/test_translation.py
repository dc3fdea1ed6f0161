"""The content's translations: every text of every language is translated, a translation changes
texts and nothing else, a missing text falls back to English, and a translation file with a
mistake in it is reported like a mistake in the content."""

from __future__ import annotations

import re
from dataclasses import fields, replace

import pytest

from hamstring_desktop.content import ContentErrors, Library, load_library
from hamstring_desktop.content.loader import content_files, load_english_library
from hamstring_desktop.content.translation import (
    Translated,
    translate_library,
    translation_languages,
    translation_path,
)


@pytest.fixture(scope="module")
def languages(asset_texts: dict[str, str]) -> list[str]:
    return translation_languages(asset_texts, list(content_files(asset_texts)))


def translated(texts: dict[str, str], language: str = "de") -> Translated:
    return translate_library(load_english_library(texts), texts, language, content_files(texts))


def errors_of(texts: dict[str, str], language: str = "de") -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        translated(texts, language)
    return [str(error) for error in caught.value.errors]


def test_german_is_among_the_content_languages(languages: list[str]) -> None:
    assert "de" in languages


def test_every_content_text_has_a_translation_in_every_language(
    asset_texts: dict[str, str], languages: list[str]
) -> None:
    for language in languages:
        assert translated(asset_texts, language).missing == (), f"untranslated in {language!r}"


def test_the_english_library_ignores_the_translation_folders(asset_texts: dict[str, str]) -> None:
    english = load_library(asset_texts)
    assert english.language == "en"
    assert english.technique("foam-rolling").name == "Foam rolling"
    assert {r.id for r in english.routines} == {"partner", "post-workout", "pre-workout", "rest-day"}


def test_german_content_reads_german(asset_texts: dict[str, str]) -> None:
    german = load_library(asset_texts, "de")
    assert german.language == "de"
    assert german.technique("foam-rolling").name == "Rollen mit der Faszienrolle"
    assert german.tool("foam-roller").name == "Faszienrolle"
    assert german.routine("pre-workout").name == "Aufwärmen vor dem Training"
    assert german.muscle("biceps-femoris-long-head").name == "M.\u00a0biceps femoris, Caput longum"
    assert german.guide.pain_advice.startswith("Hör jetzt auf.")


def _texts(value: object) -> list[str]:
    """Every text in a content object, in order (recursing into its lists and parts)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in _texts(item)]
    if hasattr(value, "__dataclass_fields__"):
        return [text for f in fields(value) for text in _texts(getattr(value, f.name)) if f.name != "source"]
    return []


def _without_texts(value: object) -> object:
    """The same object with every free text blanked: what a translation must leave alone (ids,
    choices, numbers, colours)."""
    if type(value) is str:
        return ""
    if isinstance(value, tuple):
        return tuple(_without_texts(item) for item in value)
    if not hasattr(value, "__dataclass_fields__"):
        return value
    kept = ("id", "tools", "target_muscles", "technique", "colour", "source")
    changes = {f.name: _without_texts(getattr(value, f.name)) for f in fields(value) if f.name not in kept}
    return replace(value, **changes)


def _parts(library: Library) -> dict[str, object]:
    return {
        "tools": sorted(library.tools, key=lambda t: t.id),
        "muscles": sorted(library.muscles, key=lambda m: m.id),
        "techniques": sorted(library.techniques, key=lambda t: t.id),
        "routines": sorted(library.routines, key=lambda r: r.id),
        "guide": [library.guide],
    }


def test_a_translation_changes_texts_and_nothing_else(
    asset_texts: dict[str, str], languages: list[str]
) -> None:
    english = _parts(load_library(asset_texts))
    for language in languages:
        translated_parts = _parts(load_library(asset_texts, language))
        for name, part in english.items():
            assert _without_texts(tuple(translated_parts[name])) == _without_texts(tuple(part)), (
                language,
                name,
            )


def test_numbers_in_the_texts_survive_translation(asset_texts: dict[str, str], languages: list[str]) -> None:
    """Doses, grades, nerve roots and measurements: every number of an English text is in its
    translation (7.5 cm may become 7,5 cm)."""
    english = _parts(load_library(asset_texts))
    for language in languages:
        other = _parts(load_library(asset_texts, language))
        for name in english:
            for source, text in zip(_texts(tuple(english[name])), _texts(tuple(other[name])), strict=True):
                assert sorted(re.findall(r"\d+", source)) == sorted(re.findall(r"\d+", text)), (
                    language,
                    source,
                    text,
                )


def test_a_missing_text_falls_back_to_english_and_is_named(asset_texts: dict[str, str]) -> None:
    texts = dict(asset_texts)
    texts["content/de/tools.toml"] = texts["content/de/tools.toml"].replace('name = "Massageball"\n', "")
    del texts["routines/de/partner.toml"]
    result = translated(texts)
    assert result.library.tool("massage-ball").name == "Massage ball"
    assert result.library.tool("massage-ball").description.startswith("Ein kleiner")
    assert result.library.routine("partner").name == "Partner massage"
    assert result.missing == (
        "content/de/tools.toml: tools[massage-ball].name",
        "routines/de/partner.toml: (the whole file; the English routines/partner.toml is shown)",
    )


def test_a_language_without_translations_is_english_and_all_missing(asset_texts: dict[str, str]) -> None:
    result = translated(asset_texts, "fr")
    assert result.library.technique("foam-rolling").name == "Foam rolling"
    assert len(result.missing) == len(content_files(asset_texts))


def test_translation_paths_sit_beside_the_english_files() -> None:
    assert translation_path("content/tools.toml", "de") == "content/de/tools.toml"
    assert (
        translation_path("content/techniques/foam-rolling.toml", "de")
        == "content/techniques/de/foam-rolling.toml"
    )
    assert translation_path("routines/partner.toml", "pt_BR") == "routines/pt_BR/partner.toml"


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "content/de/tools.toml",
            ('id = "hands"', 'id = "feet"'),
            "content/de/tools.toml:18: tools[4].id: unknown id 'feet'",
        ),
        (
            "content/de/tools.toml",
            ('name = "Nur die Hände"', 'name = "Nur die Hände"\ncolour = "#000000"'),
            "content/de/tools.toml:20: tools[4].colour: unknown key",
        ),
        (
            "content/de/muscles.toml",
            ('    "Wirkt nicht auf die Hüfte.",\n', ""),
            "muscles[2].actions: has 2 entries; the English list has 3",
        ),
        (
            "content/de/muscles.toml",
            (
                'common_problems = []\n\n[[muscles]]\nid = "semitendinosus"',
                'common_problems = ["Neu."]\n\n[[muscles]]\nid = "semitendinosus"',
            ),
            "muscles[2].common_problems: the English list is empty",
        ),
        (
            "content/techniques/de/foam-rolling.toml",
            ('id = "foam-rolling"', 'id = "knuckle-massage"'),
            "content/techniques/de/foam-rolling.toml:2: id: must be the English file's id, 'foam-rolling'",
        ),
        (
            "content/techniques/de/foam-rolling.toml",
            ('name = "Rollen mit der Faszienrolle"', "name = 3"),
            "content/techniques/de/foam-rolling.toml:3: name: must be text",
        ),
        (
            "routines/de/partner.toml",
            (
                '[[steps]]\ninstruction = "Partner: langsamer',
                '[[steps]]\nseconds = 10\ninstruction = "Partner: langsamer',
            ),
            "routines/de/partner.toml:14: steps[3].seconds: unknown key",
        ),
        (
            "routines/de/rest-day.toml",
            ('\n[[steps]]\ninstruction = "Reibe', '\n[[steps]]\ninstrction = "Reibe'),
            "steps[4].instrction: unknown key",
        ),
        (
            "routines/de/partner.toml",
            (
                '[[steps]]\ninstruction = "Partner: langsamer',
                '[steps_left_out]\ninstruction = "Partner: langsamer',
            ),
            "routines/de/partner.toml:7: steps: has 2 entries; the English routine has 3",
        ),
        (
            "content/de/guide.toml",
            ('[[benefits]]\ntext = "Ein geringeres Verletzungsrisiko."\n', ""),
            "content/de/guide.toml:24: benefits: has 4 entries; the English file has 5",
        ),
        (
            "content/de/guide.toml",
            ('id = "rest-day"\nname = "Ruhetage"', 'id = "rest-days"\nname = "Ruhetage"'),
            "timing[3].id: unknown id 'rest-days'",
        ),
        (
            "content/de/guide.toml",
            ('pain_advice = "Hör jetzt auf.', 'pain = "Hör jetzt auf.'),
            "safety.pain: unknown key",
        ),
        (
            "content/de/guide.toml",
            ('intro = "Die', 'intro = """\n"""\nunused = "Die'),
            "intro: must not be empty",
        ),
    ],
)
def test_a_broken_translation_is_reported_where_it_is(
    asset_texts: dict[str, str], file: str, change: tuple[str, str], expected: str
) -> None:
    texts = dict(asset_texts)
    old, new = change
    assert old in texts[file]
    texts[file] = texts[file].replace(old, new, 1)
    assert any(expected in error for error in errors_of(texts)), errors_of(texts)


def test_a_translation_of_no_english_file_is_an_error(asset_texts: dict[str, str]) -> None:
    texts = dict(asset_texts, **{"content/techniques/de/ice-bath.toml": 'id = "ice-bath"\n'})
    assert errors_of(texts) == [
        "content/techniques/de/ice-bath.toml: translates no file: "
        "there is no content/techniques/ice-bath.toml"
    ]


def test_a_text_the_english_file_does_not_have_is_an_error(asset_texts: dict[str, str]) -> None:
    texts = dict(asset_texts)
    texts["routines/tidy.toml"] = (
        'id = "tidy"\nname = "Tidy"\nwhen = "any"\n'
        '[[steps]]\ntechnique = "foam-rolling"\nseconds = 30\nside = "left"\n'
    )
    texts["routines/de/tidy.toml"] = (
        'id = "tidy"\nname = "Ordentlich"\ndescription = "Neu."\n[[steps]]\ninstruction = "Neu."\n'
    )
    errors = errors_of(texts)
    assert any(
        "routines/de/tidy.toml:3: description: the English file has no such text" in e for e in errors
    ), errors


def test_another_languages_mistakes_do_not_stop_german(asset_texts: dict[str, str]) -> None:
    texts = dict(asset_texts, **{"content/fr/tools.toml": "[[tools]]\nid = 'nope'\n"})
    assert translated(texts).missing == ()
    assert errors_of(texts, "fr") == [
        "content/fr/tools.toml:2: tools[1].id: unknown id 'nope'; "
        "known: foam-roller, massage-ball, massage-stick, hands"
    ]
