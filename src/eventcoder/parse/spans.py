"""Small span helpers shared by the stages."""

from __future__ import annotations

import re

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.tokens import Doc, Span, Token

__all__ = ["children_of", "doc_ents", "doc_text", "doc_tokens", "doc_words", "entity_at", "ents_between", "noun_chunk_heads",
           "parsed_from",
           "release", "sent_bounds", "sentence_ents", "span_text", "span_tokens", "subtree_of"]

_ENTS_KEY = "eventcoder.ents"
_SENTS_KEY = "eventcoder.sents"
_TEXT_KEY = "eventcoder.text"
_SENT_ENTS_KEY = "eventcoder.sent_ents"
_WORDS_KEY = "eventcoder.words"
_ENTITY_AT_KEY = "eventcoder.entity_at"
_TOKENS_KEY = "eventcoder.tokens"


def sentence_ents(sent: Span) -> list[Span]:
    """The named entities of a sentence. ``Span.ents`` rebuilds all of the document's entity
    spans on every access; this builds them once per document (kept in ``doc.user_data``)."""
    return ents_between(sent.doc, sent.start, sent.end)


def ents_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The named entities inside tokens `start` to `end` (`sentence_ents` without the span;
    kept in ``doc.user_data`` by bounds, since every event of a sentence asks: do not change
    the list)."""
    known = doc.user_data.get(_SENT_ENTS_KEY)
    if known is None:
        known = doc.user_data[_SENT_ENTS_KEY] = {}
    found = known.get((start, end))
    if found is None:
        found = known[(start, end)] = [e for e in doc_ents(doc) if start <= e.start and e.end <= end]
    return found


def span_text(span: Span) -> str:
    """``span.text``, sliced from the document's text (kept in ``doc.user_data``):
    ``Span.text`` joins the text of every token of the span on each access."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def place_name(span: Span) -> str:
    """The text of a place entity with the possessive ending the tagger put inside it and
    `entity_at` trims ("St John's", "St. George's": the names of capitals)."""
    end = span.end
    doc = span.doc
    tokens = doc_tokens(doc)  # (`doc[i]` makes a new token object on every access)
    if end < len(doc) and tokens[end].lower_ in {"'s", "\u2019s"} and tokens[end].ent_iob_ == "I":
        end += 1
    return doc_text(doc)[span.start_char : tokens[end - 1].idx + len(tokens[end - 1].text)]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (kept in ``doc.user_data``): ``Doc.text`` joins
    the text of every token on each access. Token `i` starts at character ``doc[i].idx``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def parsed_from(doc: Doc, text: str) -> None:
    """Tell `doc_text` the string `doc` was parsed from (spaCy keeps the text as it was), so
    that it need not join the tokens again. (A text of another length is not taken.)"""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_TEXT_KEY] = text


def doc_ents(doc: Doc) -> list[Span]:
    """``doc.ents`` as a list, built once per document (kept in ``doc.user_data``; do not
    change it): ``Doc.ents`` makes new spans on every access."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = list(doc.ents)
        if "/" in doc_text(doc) and (days := _numeric_days(doc, ents)):
            covered = {i for day in days for i in range(day.start, day.end)}
            ents = sorted([e for e in ents if not covered.intersection(range(e.start, e.end))] + days,
                          key=lambda e: e.start)
        text = doc_text(doc)
        if ("before yesterday" in text or "after tomorrow" in text) and (days := _two_days_off(doc, ents)):
            covered = {i for day in days for i in range(day.start, day.end)}
            ents = sorted([e for e in ents if not covered.intersection(range(e.start, e.end))] + days,
                          key=lambda e: e.start)
        doc.user_data[_ENTS_KEY] = ents
    return ents


_NUMERIC_DAY = re.compile(r"(?<![\w/.])\(?(\d{1,2})/(\d{1,2})\)?(?![\w/])")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_PARTS = frozenset("morning afternoon evening night day dawn".split())


def _numeric_days(doc: Doc, ents: list[Span]) -> list[Span]:
    """Numeric days the model leaves untagged ("On the morning of 9/9", "on Tuesday 24/11",
    "this Thursday (20/11)", "since 06/02") as DATE spans: a day/month number after "on",
    "since", "until" or "till", after "of" a part
    of the day, or right after a weekday (in brackets or not); never "2/3 of" (a share). The
    model tags some of them CARDINAL: such a one-word entity gives way."""
    taken = {i for e in ents for i in range(e.start, e.end) if e.label_ != "CARDINAL" or len(e) > 1}
    found = []
    for match in _NUMERIC_DAY.finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(2))
        if span is None or len(span) != 1 or span.start in taken:
            continue
        i = span.start
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.text == "(" and i > 1:
            before = doc[i - 2]
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if before is None or after in ("of", "%", "percent"):
            continue
        word = before.lower_
        if word in _WEEKDAYS:
            # one date with its weekday ("of Saturday 9/1"), whole with the entity that ends in it
            start = next((e.start for e in ents if e.end == before.i + 1 and e.label_ == "DATE"), before.i)
            found.append(Span(doc, start, i + 1, label="DATE"))
        elif word in {"on", "since", "until", "till"} or (word == "of" and i >= 2 and doc[i - 2].lower_ in _DAY_PARTS):
            found.append(Span(doc, i, i + 1, label="DATE"))
    return found


def _two_days_off(doc: Doc, ents: list[Span]) -> list[Span]:
    """"The day before yesterday" and "the day after tomorrow" as one DATE span: the model
    often tags "The day" and "yesterday" apart, or only "the day" (and a "day" at a sentence
    start as its subject)."""
    found = []
    for tok in doc:
        i = tok.i
        if (tok.lower_ in ("yesterday", "tomorrow") and i >= 2
                and doc[i - 1].lower_ == ("before" if tok.lower_ == "yesterday" else "after")
                and doc[i - 2].lower_ == "day"):
            # (also when only "the day" is tagged, or nothing: "detained by Carabineros the
            # day before yesterday")
            start = i - 3 if i >= 3 and doc[i - 3].lower_ == "the" else i - 2
            found.append(Span(doc, start, i + 1, label="DATE"))
    return found


def sent_bounds(tok: Token) -> tuple[int, int]:
    """``(tok.sent.start, tok.sent.end)``, from a table built once per document (kept in
    ``doc.user_data``): ``Token.sent`` walks the tree and builds a span on every access."""
    doc = tok.doc
    table = doc.user_data.get(_SENTS_KEY)
    if table is None:
        table = []
        for sent in doc.sents:
            bounds = (sent.start, sent.end)
            table.extend([bounds] * (sent.end - sent.start))
        doc.user_data[_SENTS_KEY] = table
    return table[tok.i]


#: The string attributes that `ReadToken` keeps, with the array column of each (in the
#: order `_read_tokens` sets them): the ones the stages read most, from most tokens.
_KEPT = (("dep_", DEP), ("pos_", POS), ("lower_", LOWER), ("lemma_", LEMMA), ("text", ORTH), ("ent_type_", ENT_TYPE))
#: Each kept attribute's string by array value, across documents: a value (a string's hash,
#: a part-of-speech id) always reads as the same string, so the table changes no result. It
#: is emptied when it grows past `_MAX_STRINGS` (it grows with the vocabulary of the run).
_STRINGS: dict[str, dict[int, str]] = {name: {} for name, _ in _KEPT}
_MAX_STRINGS = 200_000


class ReadToken(Token):
    """A spaCy `Token` whose most read attributes (`_KEPT`, `i`, `doc`) are read once, when
    `doc_tokens` lists the document, and kept: spaCy looks a string attribute up in the
    string store on every access, and the stages read each token's attributes many times
    (its `dep_` twenty times on average). The same token otherwise (equal to, and hashed
    like, the plain token; the parse must not change while the list is kept). Its `head` is
    the listed head (spaCy's makes a new token object on every access: so a head read twice
    is the same object, where spaCy's never is). It also keeps its children, for
    `children_of` (`kids`: not a spaCy attribute), and its head's index (`head_i`: not a
    spaCy attribute)."""

    __slots__ = (*(name for name, _ in _KEPT), "i", "doc", "kids", "head_i", "head")


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens as a list of `ReadToken`s, built once per document (kept in
    ``doc.user_data``; do not change it): indexing or iterating a `Doc` or a `Span` makes a
    new token object for every token on every pass, and the stages read each sentence many
    times."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[_TOKENS_KEY] = _read_tokens(doc)
    return tokens


def _read_tokens(doc: Doc) -> list[ReadToken]:
    """The document's tokens, with their `_KEPT` attributes and children read from one
    array."""
    tokens = [ReadToken(doc.vocab, doc, i) for i in range(len(doc))]
    if not tokens:
        return tokens
    values = doc.to_array([*(attr for _, attr in _KEPT), HEAD])
    columns = [_strings(tokens, name, keys) for (name, _), keys in zip(_KEPT, values[:, :-1].T.tolist())]
    for i, (tok, dep, pos, lower, lemma, text, ent_type) in enumerate(zip(tokens, *columns)):
        tok.dep_, tok.pos_, tok.lower_, tok.lemma_, tok.text, tok.ent_type_ = dep, pos, lower, lemma, text, ent_type
        tok.i, tok.doc, tok.kids = i, doc, []
    # (the heads as offsets: `t.head` makes a token object for each)
    for tok, offset in zip(tokens, values[:, -1].astype("int64").tolist()):
        tok.head_i = tok.i + offset
        tok.head = tokens[tok.i + offset]
        if offset:
            tokens[tok.i + offset].kids.append(tok)
    return tokens


def _strings(tokens: list[ReadToken], name: str, keys: list[int]) -> list[str]:
    """The `name` attribute of each of `tokens`, whose array values are `keys`, from
    `_STRINGS` (a value not there yet is read through spaCy's own attribute, once)."""
    table = _STRINGS[name]
    try:
        return [table[key] for key in keys]
    except KeyError:
        if len(table) > _MAX_STRINGS:
            table.clear()
        read = getattr(Token, name).__get__  # (spaCy's attribute: the slot hides it)
        for tok, key in zip(tokens, keys):
            if key not in table:
                table[key] = read(tok)
        return [table[key] for key in keys]


#: The labels and parts of speech of a noun chunk's last word in spaCy's English noun-chunk
#: iterator (spacy/lang/en/syntax_iterators.py), which `noun_chunk_heads` follows.
_CHUNK_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"})
_CHUNK_POS = frozenset({"NOUN", "PROPN", "PRON"})


def noun_chunk_heads(doc: Doc) -> list[Token]:
    """The listed tokens of ``[chunk.root for chunk in doc.noun_chunks]``, in order: spaCy's
    English iterator and `Span.root`, read from `doc_tokens` (``doc.noun_chunks`` makes a
    new token object for every token of the document, and more for each noun). For another
    iterator, or a root hook, spaCy's own."""
    tokens = doc_tokens(doc)
    if doc.noun_chunks_iterator is not english_noun_chunks or "root" in doc.user_span_hooks or not doc.has_annotation("DEP"):
        return [tokens[chunk.root.i] for chunk in doc.noun_chunks]
    heads = []
    prev_end = -1
    for word in tokens:
        if word.pos_ not in _CHUNK_POS:
            continue
        left = word.left_edge.i
        if left <= prev_end:
            continue  # (no nested chunks)
        if word.dep_ not in _CHUNK_DEPS:
            if word.dep_ != "conj":
                continue
            head = tokens[word.head_i]
            while head.dep_ == "conj" and head.head_i < head.i:
                head = tokens[head.head_i]
            if head.dep_ not in _CHUNK_DEPS:
                continue  # (coordinated to no noun phrase)
        prev_end = word.i
        heads.append(tokens[_root_index(tokens, left, word.i + 1)])
    return heads


def _root_index(tokens: list[ReadToken], start: int, end: int) -> int:
    """``Span.root.i`` of tokens `start` to `end`: a sentence root among them, else the
    first of those with the fewest steps to the root, of those whose head is outside."""
    for i in range(start, end):
        if tokens[i].head_i == i:
            return i
    best, root = len(tokens), -1
    for i in range(start, end):
        if start <= tokens[i].head_i < end:
            continue
        steps, k = 0, i
        while tokens[k].head_i != k:
            k = tokens[k].head_i
            steps += 1
            if steps >= len(tokens):
                raise RuntimeError("the parse has a cycle")  # (as spaCy does, E039)
        if steps < best:
            best, root = steps, i
    return start if root == -1 else root


def span_tokens(span: Span) -> list[Token]:
    """The tokens of `span` (a sentence, a phrase), from `doc_tokens` (a new list)."""
    return doc_tokens(span.doc)[span.start : span.end]


def children_of(tok: Token) -> list[Token]:
    """``tok.children`` as a list, built once per document (kept in ``doc.user_data``; do
    not change it). The stages ask for a token's children thousands of times per document,
    and spaCy makes new token objects for them on every access. (A listed token keeps them:
    see `ReadToken`.)"""
    try:
        return tok.kids
    except AttributeError:  # (a plain token: the listed one keeps them)
        return doc_tokens(tok.doc)[tok.i].kids


def subtree_of(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, in the same order (the left children's subtrees, the token,
    the right children's), from `children_of`: ``Token.subtree`` makes new token objects
    at every level of the tree. (A stack, not recursion: a long run-on sentence can nest
    deeper than Python's recursion limit.)"""
    out: list[Token] = []
    stack: list[tuple[Token, bool]] = [(tok, False)]
    while stack:
        node, reached = stack.pop()
        if reached:
            out.append(node)
            continue
        children = children_of(node)
        stack.extend((child, False) for child in reversed(children) if child.i > node.i)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(children) if child.i < node.i)
    return out


def doc_words(doc: Doc) -> frozenset[str]:
    """The lower-case forms of the document's tokens (built once per document), for a cheap
    test before a rule walks a sentence looking for one word ("according", "together")."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        # (from `doc_tokens`, which has read each token's `lower_` already)
        words = doc.user_data[_WORDS_KEY] = frozenset(tok.lower_ for tok in doc_tokens(doc))
    return words


def release(doc: Doc) -> None:
    """Drop what the helpers here kept in `doc`. The kept spans point back at the document,
    a reference cycle that only the cyclic collector frees, and it runs its full passes
    rarely: without this, coded documents piled up (the 10,000-document stream grew by
    about 80 MB per 1,000 documents)."""
    doc.user_data.pop(_ENTS_KEY, None)
    doc.user_data.pop(_WORDS_KEY, None)
    doc.user_data.pop(_ENTITY_AT_KEY, None)
    doc.user_data.pop(_SENTS_KEY, None)
    doc.user_data.pop(_TEXT_KEY, None)
    doc.user_data.pop(_SENT_ENTS_KEY, None)
    tokens = doc.user_data.pop(_TOKENS_KEY, None)
    for tok in tokens or ():
        # (a listed head holds its listed children, which hold it: a cycle; a token kept
        # past this reads its head as spaCy gives it)
        tok.head = doc[tok.head_i]


def entity_at(tok: Token) -> Span | None:
    """The named-entity span containing `tok` (trimmed of a trailing function word: the
    small model sometimes runs an entity on over one, "Yelwata in"; and of a leading
    preposition, "Between Türkiye"), or None.

    The spans are built once per document (kept in ``doc.user_data``): scanning ``doc.ents``,
    which rebuilds every span on each access, or walking the tags on every call costs more.
    """
    if not tok.ent_type_:
        return None
    doc = tok.doc
    table = doc.user_data.get(_ENTITY_AT_KEY)
    if table is None:
        table = doc.user_data[_ENTITY_AT_KEY] = _entity_table(doc)
    return table.get(tok.i)


def _entity_table(doc: Doc) -> dict[int, Span]:
    """Token index -> its entity span (the entities as the tags give them, trimmed)."""
    table: dict[int, Span] = {}
    tokens = doc_tokens(doc)  # (`doc[i]` makes a new token object on every access)
    for ent in doc_ents(doc):
        start, end = ent.start, ent.end
        while end - 1 > start and tokens[end - 1].pos_ in _TRAILING:
            end -= 1
        # ... or begins one with a preposition ("Between Türkiye" read as a person)
        while end - 1 > start and tokens[start].pos_ in _LEADING:
            start += 1
        span = ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)
        for k in range(start, end):
            table[k] = span
    return table


_TRAILING = frozenset({"ADP", "CCONJ", "PUNCT", "DET", "PART", "SCONJ"})
_LEADING = frozenset({"ADP", "CCONJ", "PUNCT", "SCONJ"})
