"""The vectorized pattern pass: Presidio pattern recognizers over a whole batch at once.

Stock Presidio runs every recognizer's Python regex over every record (about 1 ms per
log line here). This pass compiles each pattern's Rust-compatible superset
(:mod:`.prefilter`) and lets polars find candidate regions over the whole column; the
recognizer's own regex (lookarounds and all) then runs only on a small window around
each candidate, and ``validate_result`` / ``invalidate_result`` run once per distinct
matched value. Context words are applied the way Presidio's ``LemmaContextAwareEnhancer``
does (a context word inside one of the five words before the match: +0.35, at least 0.4),
and a record's field name counts as context wherever in the record a match is, as Presidio's
``analyze_dict`` passes a key to ``analyze(context=...)``.
The per-record Presidio path (:meth:`Detector.detect_reference`) is the reference this
pass is tested against.
"""

from __future__ import annotations

import logging
import re as std_re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)

# How far past a candidate region the recognizer's regex may look (lookaheads, and
# matches that the superset found only the start of).
_WINDOW_AFTER = 64
_CONTEXT_FACTOR = 0.35  # Presidio's defaults (LemmaContextAwareEnhancer)
_CONTEXT_MIN_SCORE = 0.4
_CONTEXT_WORDS_BEFORE = 5
_WORDCHARS = std_re.compile(r"\w*")
_PUNCT = "\"'`.,;:!?()[]{}<>"
_VALIDATION_CACHE_SIZE = 20_000
# Context verdicts per (context words, text before the match): the same client IP at the
# start of many lines asks the same question.
_CONTEXT_CACHE: dict[tuple[str, str], bool] = {}


@dataclass(frozen=True, slots=True)
class Match:
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


class _Compiled:
    __slots__ = ("recognizer", "name", "entity", "score", "regex", "flags", "_exact", "prefilter",
                 "context", "field_context", "cache", "floor")

    def __init__(self, recognizer, pattern, threshold: float | None = None) -> None:
        from presidio_analyzer import PatternRecognizer

        from .prefilter import rust_prefilter

        self.flags = recognizer.global_regex_flags or 0
        self.recognizer = recognizer
        self.name = recognizer.name
        self.entity = recognizer.supported_entities[0]
        self.score = float(pattern.score)
        self.regex = pattern.regex
        self._exact = None
        self.prefilter = rust_prefilter(pattern.regex, self.flags)
        words = [w.lower() for w in (recognizer.context or [])]
        # one search over the joined context keywords instead of a word-by-word loop
        self.context = std_re.compile("|".join(map(std_re.escape, words))) if words else None
        # in a field's name, a word that starts with one ('Telefonnummer'; 'hotel' is no 'tel')
        self.field_context = std_re.compile(
            r"(?<!\S)(?:" + "|".join(map(std_re.escape, words)) + ")") if words else None
        self.cache: dict[str, float | None] = {}
        # A match whose score cannot reach the entity's threshold is dropped afterwards
        # whatever its validation says, unless validation can lift it to 1.0 (Presidio's
        # validate_result returning True). Where it cannot (not overridden, or the
        # recognizer says so: ``validation_never_raises``), such a match is dropped before
        # validation: a bare digit run costs the phone recognizer three phonenumbers calls,
        # and an export's order ids are such runs by the million.
        never_raises = (type(recognizer).validate_result is PatternRecognizer.validate_result
                        or getattr(recognizer, "validation_never_raises", False))
        self.floor = threshold if never_raises and threshold is not None else None

    @property
    def exact(self):
        """The recognizer's own regex, compiled on first use: most patterns never see a
        candidate in a given input, and compiling them all costs a second at start-up."""
        if self._exact is None:
            import regex

            self._exact = regex.compile(self.regex, flags=self.flags)
        return self._exact

    def scored(self, value: str) -> float | None:
        """Score after the recognizer's validation (None = dropped); cached per value."""
        hit = self.cache.get(value, -1.0)
        if hit != -1.0:
            return hit
        score: float | None = self.score
        valid = self.recognizer.validate_result(value)
        if valid is not None:
            score = 1.0 if valid else None
        if score is not None and self.recognizer.invalidate_result(value):
            score = None
        if len(self.cache) >= _VALIDATION_CACHE_SIZE:
            self.cache.clear()  # bounded: a cheap reset beats an LRU's per-hit cost here
        self.cache[value] = score
        return score


# The most characters of prefilters joined in one alternation. Past a size, the regex
# engine's lazy DFA no longer fits its cache and a search falls back to a slower engine:
# one alternation of all the plain types' prefilters (22k characters) took 13 s over 500k
# CSV cells where two halves take 0.05 s. 8,000 held until one alternation of user-name
# prefilters, 7,927 characters, took 2.1 s over 400k cells (0.01 s in halves): the cliff
# is in the states a group needs, not its characters. Wholly case-blind prefilters cost the
# most (every class folded): the slow groups held 34-35 of them, the fast ones at most 22.
# So a group is bounded by both. At 8,000, twenty-three person and place prefilters (7,688
# characters, 22 case-blind) came to one group that took 11.9 s over 1M CSV cells, the
# other eleven groups 0.05-0.5 s each; at 6,000 no group took over 0.5 s (all: 0.93 s).
# Round 42's prefilters outgrew 21 groups of 6,000, then 20 of 6,500 (each time one group more,
# 26 in all, made a 300k-row CSV 25-35 % slower, see _joined); at 7,000 they are 23, the
# slowest took 0.05 s over 1M CSV cells, all 0.90 s (1.46 s in the 25 groups of 6,000 before),
# and the CSV ran as fast as before the round's patterns (11.98, 10.66 s against 9.93, 10.73).
# Round 43's made 26 groups of 7,000; at 7,500 they are 24, the slowest 0.05 s over 1M cells, all
# 0.88 s (0.80 s in round 42's 23), the CSV 12.06 s on average against 11.70 s before the round.
# Round 44's (Arabic's names and places among them) made 26 groups of 7,500; at 8,500 the others are 20
# (the case-blind bound holds the slow kind apart), the noisy types' 4 at 7,500 (below): 24, the slowest
# 0.05 s over 1M CSV cells, all 0.88 s (0.94 s in the 26 of 7,500, 1.11 s in 21 + 4 at 8,000).
# Round 46's made 21 + 4 at 8,500, its CSV 5.7 % slower: the case-blind prefilters came last in load
# order, when the first groups were full, and overflowed into a 21st. Packed first (see _joined) and at
# 8,700 they are 20 + 4 again, the slowest 0.05-0.08 s over 1M cells, all 0.96-1.49 s (main's 0.91-1.44 s).
# Round 47's (the Caucasus', Iran's and Southern Africa's) made 21 + 4 at 8,700, and at 9,000 once its files'
# patterns came; at 9,200 they are 20 + 4, the slowest 0.07 s over 1M cells, all 0.97-0.98 s (main's 0.91-0.92 s).
# Round 48's (Mongolia's and Bhutan's, the North Atlantic's and West Africa's towns) made 21 + 4; at 9,400 they
# are 20 + 4. Round 49's (Iraq's and the Levant's, the Pacific's, eastern Canada's and the Arctic's towns) made 21 + 4;
# at 9,900 they are 20 + 4, and 21 + 4 once its files' patterns came; at 10,100 they are 20 + 4.
# Round 50's (Bangladesh's, Sri Lanka's, the Maldives', the Andes' and the Indian Ocean's towns) made 21 + 4;
# at 10,500 they are 20 + 4. Round 51's (Thai names and addresses, Hong Kong's addresses, Colombia's and Paraguay's
# streets, Thailand's towns in Latin letters) made 21 + 4; at 10,800 they are 20 + 4 (a 300k-row CSV and a 200k-line log
# as fast as before, within the noise). Round 52's (Vietnamese names and addresses, a device's owner in Spanish,
# Portuguese and French) made 21 + 4; at 11,200 they are 20 + 4, the slowest 0.07 s over 1M CSV cells, all 1.0 s
# (main's 0.09 s and 1.27 s in the same run). Round 59's (the Southern Cone's towns, logins in Spanish and British
# prose) made 21 + 4; at 11,700 they are 20 + 4. Round 60's (Pakistan's and Afghanistan's towns) made 21 + 4; at
# 12,000 they are 20 + 4. Round 61's (the Nordics', Poland's, Ukraine's, Hungary's and South Africa's towns) made
# 21 + 4; at 12,700 they are 20 + 4. Round 63's (Romania's, Bulgaria's and Indochina's words) made 21 + 5; at 12,750
# and 7,800 they are 20 + 4. Round 64's (Singapore's, Malta's, Slovakia's and the US's addresses, the Horn's and
# Slovakia's words) made 21 + 5; at 13,000 and 7,900 they are 20 + 4. Round 65's (the Andes', the Indian Ocean's and
# South Asia's words; its phone labels a pattern of their own) made 21 + 5; at 13,200 and 8,100 they are 20 + 4.
# Round 66's (German's and the Caribbean's greetings, roles and logins, the Gulf's towns in Latin letters) made 21 + 5;
# at 13,800 and 8,200 they are 20 + 4. Round 67's (Korean names and logins, Russian's streets, roles and greetings,
# Japan's and Korea's devices by their owner) made 21 + 4; at 14,000 they are 20 + 4. Round 68's (India's, Iran's
# and the Caucasus' towns, Georgian and Armenian names, India's scripts' labels, Hinglish's, Finglish's, Georgian's
# and Armenian's phone labels) made 21 + 5; at 14,600 and 8,600 they are 20 + 4. Round 69's (Central Asia's, Czechia's
# and Ghana's towns, Czech streets, Central Asia's name labels and roles, West Africa's 'my line is') made 21 + 4;
# at 14,900 they are 20 + 4. Round 70's (English Canada's, the Dutch Caribbean's, Suriname's and the Great Lakes'
# towns, rural Canada's roads, English landmarks, Papiamentu's, Sranan's, Kinyarwanda's and Swahili's labels) made
# 21 + 5; at 15,300 and 8,900 they are 20 + 4. Round 71's (the Volga republics', Sicily's, Sardinia's and Corsica's
# towns, Italy's rural places, Southern Africa's carriers and the Volga's and Russia's phone labels) made 21 + 5; at
# 15,800 and 9,300 they are 20 + 4. Round 72's (Chad's, Niger's, the Central African Republic's, Macau's, Brunei's,
# Timor-Leste's, Hawaii's and Louisiana's towns, Malay's and Jyutping's names, French logs' logins and phone labels)
# made 21 + 4; at 16,400 they are 20 + 4. Round 73's (Guyana's, Belize's, the Falklands', Cape Verde's, São Tomé's,
# Guinea-Bissau's, Puerto Rico's and the Virgin Islands' towns, the Creoles' names, a KYC folder's name, an SMS
# tool's and a small island's numbers) made 21 + 5; at 17,000 and 9,400 they are 20 + 4. Round 74's (Andorra's,
# Gibraltar's, the Channel Islands', the Canaries', Madeira's, the Azores', Ceuta's, Melilla's and Micronesia's towns,
# Horde's logins, a label's postcode, the Pacific's names and thanks) made 21 + 4; at 17,600 they are 20 + 4. Round
# 75's (Bermuda's, the Caymans', the Caicos', the Virgin Islands', Brittany's, Friesland's, Man's, Sápmi's and Kola's
# towns, the Sami's and the Frisians' names, Nordic phone labels) made 21 + 5; at 18,100 and 9,700 they are 20 + 4.
# Round 76's (Patagonia's, the Galápagos', Wales', Cornwall's, the Highlands', Xinjiang's, Tibet's and Inner
# Mongolia's towns and the postcodes beside them, Welsh's, Cornish's and Gaelic's names) made 21 + 4; at 19,400 they
# are 20 + 4. Round 77's (the Basque Country's, Catalonia's, Valencia's, the Balearics', Occitania's, Siberia's, the
# Russian Far East's and Kurdistan's towns, Cyrillic and Kurdish names, a signature after a blank line) made 21 + 4;
# at 20,400 they are 20 + 4. Round 78's (Bavaria's, Alsace's, South Tyrol's, Hokkaido's, Okinawa's, Jeju's and the
# Swahili coast's towns, Japanese, Korean and Gujarati names, M-PESA's parties, a frame's and a battery's serial) made
# 21 + 4; at 20,800 they are 20 + 4. Round 79's (Crete's, Dalmatia's, Transylvania's, Kerala's, Sikkim's, Ladakh's,
# Mindanao's and Sulu's towns and postcodes, Greek family names, Devanagari's and Malayalam's 'my name is', logins
# in prose) made 21 + 5; at 22,000 and 10,700 they are 20 + 4. Round 80's (Yucatán's, Oaxaca's, Chiapas', Goa's, the
# North-East's, the North Caucasus' and Turkey's towns, Mérida's streets, a Russian street without its house, the
# Caucasus' and Assamese's names and sign-offs) made 21 + 5; at 22,000 and 11,000 they are 21 + 4. At 23,000 they
# would be 20 + 4, but the longer alternations cost more than the one they save: 30k lines cycled from
# sample_data/access.log took 11.2 CPU s in-process against 9.9 s (9.6 s before the round), and the cells of a
# 1,420-row CRM export, three times over, 44.7 s against 42.5 s; at 23,500, 12.7 s.
_JOINED_MAX_CHARS = 22_000
# The noisy types' alternations (phones, IPs, MACs: digits, matched on most of a log's lines) stayed at 7,500: at
# 8,000 the first took 7.9 s over a 200k-line access log against 7.1 s, and the log ran 8 % slower. Round 53's
# phone start after kana, Han and Hangul made 4 + 1 at 7,500; at 7,600 they are 4 again, and 30k log lines
# took 7.95-8.43 CPU s in-process against 8.06-8.22 s (cd5de8e, in turns): within the noise. Round 60's (Italy's,
# Spain's and Portugal's 'call me at') made 4 + 1 at 7,600; at 7,700 they are 4 again. Round 62's (Albanian's,
# the South Slavic languages', Turkish's and the Levant's labels of a number, Serbia's DinaCard) made 4 + 1 at
# 7,700; at 7,750 they are 4 again. Round 63's (a SIM's number after 'chip' and a modem's '+QCCID:', Central
# America's 'or at' a number) made 5 at 7,750; at 7,800 they are 4 again. Round 64's (Singapore's hand phone, Sudan's,
# Libya's and Somalia's 'my number' in Latin letters, 'contact ... at') made 5 at 7,800; at 7,900 they are 4 again.
# Round 65's (the Andes' top-ups, Bangladesh's wallets, 'my number' in Bengali, Sinhala, Tamil and Thaana, moved to a
# pattern of their own: the second's prefilter alone filled a group) made 5 at 7,900; at 8,100 they are 4 again, and
# the 200k-line log took 19.65 and 19.37 s against 19.06 and 20.32 s (base and this, in turns): within the noise.
# Round 66's (Venezuela's dotted groups, '00' in Arabic's digits, Arabic's 'my second number') made 5 at 8,100; at
# 8,200 they are 4 again. Round 68's (see above) made 5 at 8,200; at 8,600 they are 4 again. Round 70's (Kinyarwanda's,
# Swahili's, Papiamentu's and Dutch's 'call me at', 'reach at', a second number after 'or') made 5 at 8,600; at 8,900
# they are 4 again. Round 71's (see above) made 5 at 8,900; at 9,300 they are 4 again. Round 73's (see above) made 5
# at 9,300; at 9,400 they are 4 again. Round 75's (see above) made 5 at 9,400; at 9,700 they are 4 again. Round 76's
# (a Chinese mobile after its label, a GECOS comment's numbers, Welsh's and Gaelic's labels) made 5 at 9,700; at 10,000
# they are 4 again. Round 77's (Russia's area code's brackets glued on, Kurdish's, Zazaki's, Arabic's, Sorani's and
# Persian's 'my number', Romance languages' 'call me before delivery') made 5 at 10,000; at 10,400 they are 4 again.
# Round 78's (Japanese's and Korean's 'my number', M-PESA's party, Swahili's other number, German's landline and call
# number, Italian's 'my number') made 5 at 10,400; at 10,500 they are 4 again. Round 79's (Greece's home phone, an
# OTP's recipient, Hindi's and Cebuano's 'my number', a second number's label) made 5 at 10,500; at 10,700 they are 4.
# Round 80's (a number glued to a Cyrillic word, Assamese's 'my number') made 5 at 10,700; at 11,000 they are 4.
_JOINED_MAX_CHARS_NOISY = 11_000
_JOINED_MAX_CASE_BLIND = 20
_CASE_BLIND = std_re.compile(r"\(\?[a-z]*i[a-z]*\)")


def _polars_accepts(pl, pattern: str) -> bool:
    try:
        pl.Series([""]).str.contains(pattern)
    except Exception:  # polars raises its own ComputeError, or a size limit
        return False
    return True


class PatternPass:
    def __init__(self, recognizers: Sequence, thresholds: dict[str, float] | None = None) -> None:
        """``thresholds``: the score each entity type's findings must reach (see
        _Compiled.floor); None: every match is validated."""
        import polars as pl

        self.patterns: list[_Compiled] = [
            _Compiled(r, p, thresholds.get(r.supported_entities[0]) if thresholds else None)
            for r in recognizers for p in getattr(r, "patterns", None) or []]
        self._calls = 0
        # per column, the patterns (their indices) each joined alternation holds (see run)
        self._groups: dict[str, list[list[int]]] = {}
        # Every prefilter in a few alternations per column, the noisy types' (run on the
        # text with their noise blanked) and the others': a pass of each automaton tells
        # which records hold any candidate at all (Detector.inert: most cells of an
        # export, ids, timestamps, prices, hold none; the records that reach run() mostly
        # do, so run() does not screen again). None: some pattern has no prefilter.
        # Polars must accept each prefilter (else that pattern runs on whole records).
        # The alternations are tried first: where polars takes them it takes every part,
        # and one check instead of one per pattern saves a tenth of a second at start-up.
        self.joined_prefilters = self._joined(pl)
        if self.joined_prefilters is None:
            for cp in self.patterns:
                if cp.prefilter is not None and not _polars_accepts(pl, cp.prefilter):
                    log.debug("no prefilter for a pattern of %s", cp.name)
                    cp.prefilter = None
            self.joined_prefilters = self._joined(pl)
            if self.joined_prefilters is None:  # past the engine's size limit, or a
                log.debug("no joined prefilter")  # pattern without a prefilter

    def field_words(self, extra: str | None) -> list[str] | None:
        """The words of ``extra`` (a field's name, see :meth:`run`) that start with some
        pattern's context word: for Presidio's ``analyze(context=...)``, which matches its
        words as substrings ('hotel' would hold 'tel')."""
        if not extra:
            return None
        words = [w for w in extra.split()
                 if any(cp.field_context is not None and cp.field_context.match(w) for cp in self.patterns)]
        return words or None

    def _joined(self, pl) -> dict[str, list[str]] | None:
        """The prefilters joined per column, in alternations of at most
        _JOINED_MAX_CHARS characters each, or None where some pattern has none or polars
        rejects a joined one."""
        from .prefilter import screen
        from .structure import NOISY

        if any(cp.prefilter is None for cp in self.patterns):
            return None
        joined: dict[str, list[str]] = {}
        groups: dict[str, list[list[int]]] = {}
        for column, noisy in (("plain", False), ("noisy", True)):
            # First fit: each prefilter into the first alternation it fits in. Fewer
            # alternations than filling them in turn (a small one left at the end, each time
            # a pattern tips one over): with the other regexes a batch runs, each one past
            # polars' 32 per thread is compiled again for every batch (a 300k-row CSV took
            # 28 % longer when two leftovers, 92 and 745 characters, made 27 of them).
            # The case-blind prefilters go first, so that the bound of them per group leaves no
            # leftover group at the end (round 46's: 21 plain groups against 20). Recognizers of
            # scripts without case (CASELESS_SCRIPT: Chinese, Japanese) go last:
            # their prefilters are small and none is case-blind, so they fill the room the
            # case-blind bound leaves in the last alternations. In load order they took the
            # first ones' room, and the case-blind rest made two more alternations (25 in all:
            # a 300k-row CSV 13.43 s against 12.93 s at 23).
            parts: list[list[str]] = []
            members: list[list[int]] = []
            sizes: list[list[int]] = []  # per alternation: characters, case-blind scopes
            for n, cp in sorted(enumerate(self.patterns),
                                key=lambda ncp: (getattr(ncp[1].recognizer, "CASELESS_SCRIPT", False),
                                                 not _CASE_BLIND.match(ncp[1].prefilter))):
                if (cp.entity in NOISY) is noisy:
                    part = f"(?:{screen(cp.prefilter)})"  # (a screen: see prefilter.screen)
                    scopes = 1 if _CASE_BLIND.match(cp.prefilter) else 0
                    limit = _JOINED_MAX_CHARS_NOISY if noisy else _JOINED_MAX_CHARS
                    at = next((i for i, (size, blind) in enumerate(sizes) if size + len(part) <= limit
                               and blind + scopes <= _JOINED_MAX_CASE_BLIND), None)
                    if at is None:
                        at = len(parts)
                        parts.append([])
                        members.append([])
                        sizes.append([0, 0])
                    parts[at].append(part)
                    members[at].append(n)
                    sizes[at][0] += len(part) + 1
                    sizes[at][1] += scopes
            alternations = ["|".join(p) for p in parts]
            if alternations:
                if not all(_polars_accepts(pl, a) for a in alternations):
                    return None
                joined[column] = alternations
                groups[column] = members
        self._groups = groups
        return joined

    def _in_turn(self) -> list[tuple[int, _Compiled]]:
        """The patterns (numbered), in the order opposite to the last call's (see
        DEVELOPERS.md: polars keeps 32 compiled regexes a thread, and there are more
        prefilters than that; in alternating order most are still compiled)."""
        order = list(enumerate(self.patterns))
        self._calls += 1
        if self._calls % 2:
            order.reverse()
        return order

    def run(self, texts: Sequence[str], rows: Sequence[int],
            noisy_texts: Sequence[str] | None = None,
            contexts: Sequence[str | None] | None = None) -> dict[int, list[Match]]:
        """Matches per row index (only ``rows`` are scanned), in view coordinates.

        ``noisy_texts`` (same lengths as ``texts``) have the regions blanked where
        :data:`~.structure.NOISY` types are known to be noise; those types scan them.
        ``contexts`` (same length, or None): per record, words that count as context
        wherever in it a match is, as Presidio's ``analyze(context=...)`` takes them (a
        record's field name: ``Emergency contact``).
        """
        import polars as pl

        from .structure import NOISY

        out: dict[int, list[Match]] = {}
        if not rows:
            return out
        plain = [texts[i] for i in rows]
        noisy = plain if noisy_texts is None or noisy_texts is texts else [noisy_texts[i] for i in rows]
        frame = pl.DataFrame({"plain": plain, "noisy": noisy}, schema={"plain": pl.String, "noisy": pl.String})
        # The plain types' joined alternations first: the patterns of one that no row holds
        # hold no candidate (an alternation's parts are supersets of their prefilters), and
        # most do not (an access log's batch: some 14 of 320 patterns hit). One search per
        # alternation instead of one per pattern. The noisy types' go on as they are: one of
        # their alternations falls off the lazy DFA's cliff on long log lines (0.4 s over 20k).
        skip: set[int] = set()
        alternations = (self.joined_prefilters or {}).get("plain") or []
        if alternations and len(self._groups.get("plain", ())) == len(alternations):
            held = frame.select(pl.col("plain").str.contains(a).any().alias(str(k))
                                for k, a in enumerate(alternations)).row(0)
            skip = {n for k, members in enumerate(self._groups["plain"]) if not held[k] for n in members}
        # Every prefilter left in one query: polars runs them on all cores at once.
        order = self._in_turn()
        candidates = frame.select(
            pl.col("noisy" if cp.entity in NOISY else "plain").str.extract_all(cp.prefilter).alias(str(n))
            for n, cp in order if cp.prefilter is not None and n not in skip
        )
        # which rows each prefilter hit, for all patterns in one query
        hit = candidates.select(pl.all().list.len() > 0)
        hit_columns = {name: hit.get_column(name).arg_true()
                       for name, count in zip(hit.columns, hit.sum().row(0)) if count} if hit.width else {}
        for n, cp in enumerate(self.patterns):
            sub = noisy if cp.entity in NOISY else plain
            if cp.prefilter is None:
                for k, i in enumerate(rows):
                    self._exact(cp, sub[k], 0, len(sub[k]), i, out, whole=True,
                                extra=contexts[i] if contexts else None)
                continue
            hit_idx = hit_columns.get(str(n))
            if hit_idx is None:
                continue
            hit_rows = hit_idx.to_list()
            cand_lists = candidates.get_column(str(n)).gather(hit_idx).to_list()
            for k, found in zip(hit_rows, cand_lists):
                text = sub[k]
                pos = 0
                for cand in found:
                    if not cand:
                        continue
                    q = text.find(cand, pos)
                    if q < 0:
                        q = text.find(cand)
                        if q < 0:
                            continue
                    end = q + len(cand)
                    self._exact(cp, text, q, end, rows[k], out, whole=False,
                                extra=contexts[rows[k]] if contexts else None)
                    pos = end
        return out

    def _exact(self, cp: _Compiled, text: str, start: int, end: int, row: int,
               out: dict[int, list[Match]], *, whole: bool, extra: str | None = None) -> None:
        stop = len(text) if whole else min(len(text), end + _WINDOW_AFTER)
        if not whole:
            # Most candidates are exactly a match: one attempt at the candidate's start
            # instead of a scan of the whole window.
            m = cp.exact.match(text, start, stop)
            if m is not None and m.end() >= end:
                self._add(cp, text, m, row, out, extra)
                return
        # A match past the candidate is the next candidate's, unless this one held none: a
        # candidate may hide a match that overlaps it ('login = "uid=root' took the place
        # of 'uid=root' among the prefilter's non-overlapping candidates).
        found = False
        for m in cp.exact.finditer(text, start, stop):
            s, e = m.span()
            if not whole and s > end and found:
                break
            if not whole and e + _WINDOW_AFTER > stop < len(text):
                # a match near the window's end: its lookaheads saw the window's end, not the
                # text's ('id:3824299 - 546' before ' ms' cut to ' m' is a phone), so it is
                # matched again with the text after it in view
                m = cp.exact.match(text, s, min(len(text), e + _WINDOW_AFTER))
                if m is None:
                    continue
                s, e = m.span()
            if s != e:
                self._add(cp, text, m, row, out, extra)
                found = True

    def _add(self, cp: _Compiled, text: str, m, row: int, out: dict[int, list[Match]],
             extra: str | None = None) -> None:
        s, e = m.span()
        context = None
        if extra and cp.field_context is not None and cp.field_context.search(extra):
            context = True  # the record's own context words (its field's name)
        if cp.floor is not None and cp.score < cp.floor:
            # at best the base score, lifted by a context word (see _Compiled.floor)
            if context is None:
                context = cp.context is not None and self._has_context(text, s, cp.context)
            if not context or min(1.0, max(cp.score + _CONTEXT_FACTOR, _CONTEXT_MIN_SCORE)) < cp.floor:
                return
        score = cp.scored(m.group())
        if score is None:
            return
        if score < 1.0 and cp.context is not None and (
                context if context is not None else self._has_context(text, s, cp.context)):
            score = min(1.0, max(score + _CONTEXT_FACTOR, _CONTEXT_MIN_SCORE))
        matches = out.setdefault(row, [])
        candidate = Match(cp.entity, s, e, score, cp.name)
        if candidate not in matches:
            matches.append(candidate)

    @staticmethod
    def _has_context(text: str, start: int, context) -> bool:
        # As Presidio's enhancer: the token holding the match and the five keywords
        # (tokens that are not stop words or punctuation) before it, substring-matched.
        # spaCy splits 'LAPTOP-PCC46UJW' at the hyphen: the match's token is its first word
        token_end = max(_WORDCHARS.match(text, start).end(), start + 1)
        segment = text[max(0, start - 160):token_end]
        key = (context.pattern, segment)
        hit = _CONTEXT_CACHE.get(key)
        if hit is not None:
            return hit
        stop = stop_words()
        words: list[str] = []
        for token in reversed(segment.split()):
            word = token.strip(_PUNCT).lower()
            # Presidio splits its keyword list at ':' and then looks tokens up in it
            # whole, so a token holding ':' (a URL, a time) never counts as context.
            if word and ":" not in word and word not in stop:
                words.append(word)
                if len(words) > _CONTEXT_WORDS_BEFORE:
                    break
        found = context.search(" ".join(words)) is not None
        if len(_CONTEXT_CACHE) >= _VALIDATION_CACHE_SIZE:
            _CONTEXT_CACHE.clear()
        _CONTEXT_CACHE[key] = found
        return found


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (bundled with spaCy: no model, no download)."""
    return spacy_stop_words("en")


@lru_cache(maxsize=8)
def spacy_stop_words(lang: str) -> frozenset[str]:
    """The stop words spaCy ships for ``lang``, read from the list's own file. Importing
    ``spacy.lang.<lang>`` would also build the language's tokenizer exceptions: 75 ms of
    every scan's start for English, three seconds of every worker's for French."""
    from importlib.util import find_spec, module_from_spec, spec_from_file_location
    from pathlib import Path

    path = Path(find_spec("spacy.lang").submodule_search_locations[0]) / lang / "stop_words.py"
    spec = spec_from_file_location(f"_piiscan_stop_words_{lang}", path)
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)
