"""`eventcoder lexicon check`: load every data file and report what is wrong, and where."""

from __future__ import annotations

from collections import Counter

from .actors import ActorIndex
from .classify import Codebook, Lexicon
from .classify.allegations import Allegations
from .classify.complements import Complements
from .classify.nouns import NounLexicon
from .errors import DataFileError
from .place import Gazetteer

__all__ = ["validate_all"]

#: Lemmas too common to be an event trigger without a constraint.
GENERIC_LEMMAS = frozenset("take make give get have do hold put set send open call carry run go come keep bring".split())


def validate_all() -> tuple[list[str], list[str]]:
    """Return (problems, summary lines). An empty problem list means every file is valid."""
    problems: list[str] = []
    summary: list[str] = []
    try:
        codebook = Codebook.load()
        summary.append(f"codebook: {len(codebook.codes())} CAMEO codes")
    except DataFileError as exc:
        return [str(exc)], summary
    try:
        lexicon = Lexicon.load(codebook)
        covered = {p.code for p in lexicon.patterns}
        summary.append(f"lexicon: {len(lexicon.patterns)} patterns over {len(covered)} codes, {len(lexicon.lemmas())} verbs")
        seen: Counter[tuple[object, ...]] = Counter()
        for pat in lexicon.patterns:
            key = (pat.lemma, pat.particle, pat.objects, pat.prep, pat.pobjs, pat.voice, pat.source_sectors, pat.infinitives,
                   pat.subjects)
            seen[key] += 1
            if seen[key] == 2:
                problems.append(f"{pat.where}: same pattern as an earlier one (lemma {pat.lemma!r})")
            if pat.lemma in GENERIC_LEMMAS and not (pat.objects or pat.pobjs or pat.particle or pat.prep or pat.source_sectors
                                                    or pat.infinitives or pat.subjects):
                problems.append(f"{pat.where}: generic verb {pat.lemma!r} needs an object, preposition, particle or infinitive")
    except DataFileError as exc:
        problems.append(str(exc))
    try:
        comp = Complements.load(codebook)
        summary.append(f"complements: {len(comp.families)} families")
    except DataFileError as exc:
        problems.append(str(exc))
    try:
        alleged = Allegations.load(codebook)
        summary.append(f"allegations: {sum(len(v) for v in alleged.acts.values())} wrongs")
    except DataFileError as exc:
        problems.append(str(exc))
    try:
        nouns = NounLexicon.load(codebook)
        summary.append(f"event nouns: {len(nouns)} nouns over {len({e.code for e in nouns.entries})} codes")
        # A noun may come back only after entries that need a modifier ("general strike"):
        # the first entry that fits wins, so a second entry with no condition is dead.
        seen_nouns: dict[str, str] = {}
        seen_verbs: dict[tuple[str, str], str] = {}
        for entry in nouns.entries:
            # an entry with a condition (a modifier, a preposition, an "of" word) may share its
            # noun with one plain entry; two plain entries of one noun would shadow each other.
            # Entries of one noun that each name the verbs it is the subject of ("a strike" that
            # kills, or that enters a second day) may not share a verb.
            plain = entry.needs_modifier is None and entry.needs_preps is None and entry.of_words is None
            for noun in entry.nouns:
                if plain and entry.verbs is not None:
                    for verb in sorted(entry.verbs):
                        if (noun, verb) in seen_verbs:
                            problems.append(f"{entry.where}: noun {noun!r} with verb {verb!r} is already listed in "
                                            f"{seen_verbs[noun, verb]}")
                        seen_verbs.setdefault((noun, verb), entry.where)
                    continue
                if plain and noun in seen_nouns:
                    problems.append(f"{entry.where}: noun {noun!r} is already listed in {seen_nouns[noun]}")
                if plain:
                    seen_nouns.setdefault(noun, entry.where)
    except DataFileError as exc:
        problems.append(str(exc))
    try:
        idx = ActorIndex.load()
        summary.append(
            f"actors: {len(idx.countries)} countries, {len(set(idx.orgs.values()))} organisations, "
            f"{len(idx.agents)} agent terms, {sum(len(v) for v in idx.by_role.values())} terms of office"
        )
    except DataFileError as exc:
        problems.append(str(exc))
    try:
        gaz = Gazetteer.load()
        summary.append(f"gazetteer: {len(gaz)} places")
    except DataFileError as exc:
        problems.append(str(exc))
    return problems, summary
