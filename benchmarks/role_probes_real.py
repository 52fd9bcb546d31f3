"""Draw the real-sentence role probe batches: publisher sentences that name a person next to a role-like phrase.

``python -m benchmarks.role_probes_real [--batch real2]`` prints the drawn sentences as unlabelled rows of the role
probe format (``people`` and ``quotes`` empty); ``--check`` says whether ``role_probes_gold/en_<batch>.jsonl`` holds
exactly the drawn sentences, in order. The rows were labelled by reading, before newsfacts ran on them, and the
labelled file is what ``python -m benchmarks.role_probes --set <batch>`` scores.

Where they come from: the candidates of ``entity_probes_real.candidates`` (English dev-split cleaning-corpus bodies,
facts test publishers and facts dev gold articles left out), kept when a role-like shape stands in the sentence:
a title word (``ROLE_WORDS``) next to a capitalised word, as an appositive ("X, the ..."), a title before a name, a
possessive title ("Britain's prime minister") or "who is". Publishers are taken in ``sha256(seed + publisher)``
order, ``publishers`` of them, and from each the ``per_publisher`` candidates that rank first by
``sha256(seed + sentence)``, so no publisher's style dominates the batch. Each batch has its own seed and leaves
out the sentences of the batches drawn before it (``BATCHES``), so a later batch is held out from the rules an
earlier one drove.

A batch with ``shapes`` (``real3``) is drawn by shape instead, so the shapes the dev gold and the test gold write
each get sentences: appositives after a name, a title with its organisation before a name, "<title> of <Name>",
former/acting/interim titles, quote tags ("said X, a spokeswoman for"), sports, political and academic roles, and
look-alikes with no title (relations, ages, and sentences with a name and no title word at all). ``SHAPES`` take turns, each taking
its next sentence in ``sha256(seed + sentence)`` order, at most ``per_publisher`` a publisher and ``per_shape`` a
shape; the publishers the project does not use (``quantity_probe_sample.OFF_LIMITS``) are left out.

``real4`` is drawn by shape from the cases added to the corpus after the earlier batches (``tags``: the ``__brv`` and
``__sfm`` dev pages), which no earlier batch or rule could have read.

``real9`` is drawn by ``LEFT_SHAPES`` (what the earlier batches still missed) from pages no earlier batch drew a
sentence from (``fresh_pages``); ``real10``, held out, by the same shapes with its own seed from every page, since
few fresh pages hold role sentences after ``real9``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.date_probes_real import print_or_check
from benchmarks.entity_probes_real import candidates, seeded_picks
from benchmarks.quantity_probe_sample import OFF_LIMITS
from benchmarks.role_probes import GOLD


@dataclass(frozen=True)
class Batch:
    """How one batch is drawn: its hash seed, publishers, sentences per publisher and the batches it leaves out."""

    seed: str
    publishers: int | None
    per_publisher: int
    earlier: tuple[str, ...] = ()
    per_shape: int = 0  # > 0: drawn by ``SHAPES``, this many sentences a shape
    tags: frozenset[str] = frozenset()  # non-empty: drawn only from the cases whose id ends in one of these tags
    shapes: str = "SHAPES"  # the shape table a ``per_shape`` batch draws by (``SHAPES`` or ``OFFICIAL_SHAPES``)
    every_case: bool = False  # drawn from every dev case of the corpus, the newer ones too
    fresh_pages: bool = False  # leaves out the pages any earlier batch drew a sentence from


BATCHES = {
    "real": Batch("newsfacts-role-probes-real-1:", 26, 3),
    "real2": Batch("newsfacts-role-probes-real-2:", 27, 2, earlier=("real",)),
    "real3": Batch("newsfacts-role-probes-real-3:", None, 2, earlier=("real", "real2"), per_shape=5),
    "real4": Batch(
        "newsfacts-role-probes-real-4:",
        None,
        3,
        earlier=("real", "real2", "real3"),
        per_shape=5,
        tags=frozenset({"brv", "sfm"}),
    ),
    "real5": Batch(
        "newsfacts-role-probes-real-5:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4"),
        per_shape=7,
        shapes="OFFICIAL_SHAPES",
        every_case=True,
    ),
    "real6": Batch(
        "newsfacts-role-probes-real-6:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4", "real5"),
        per_shape=8,
        shapes="BUSINESS_SHAPES",
        every_case=True,
    ),
    "real7": Batch(
        "newsfacts-role-probes-real-7:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4", "real5", "real6"),
        per_shape=6,
        shapes="WIRE_SHAPES",
        every_case=True,
    ),
    "real8": Batch(
        "newsfacts-role-probes-real-8:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4", "real5", "real6", "real7"),
        per_shape=6,
        shapes="WIRE_SHAPES",
        every_case=True,
    ),
    "real9": Batch(
        "newsfacts-role-probes-real-9:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4", "real5", "real6", "real7", "real8"),
        per_shape=8,
        shapes="LEFT_SHAPES",
        every_case=True,
        fresh_pages=True,
    ),
    "real10": Batch(
        "newsfacts-role-probes-real-10:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9"),
        per_shape=6,
        shapes="LEFT_SHAPES",
        every_case=True,
    ),
    "real11": Batch(
        "newsfacts-role-probes-real-11-roles384:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10"),
        per_shape=10,
        shapes="UNSEEN_SHAPES",
        every_case=True,
    ),
    "real12": Batch(
        "newsfacts-role-probes-real-12-roles384:",
        None,
        2,
        earlier=("real", "real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10", "real11"),
        per_shape=14,
        shapes="UNSEEN_SHAPES",
        every_case=True,
    ),
}
#: Words that head most news titles; the draw needs one of them, not the labels.
ROLE_WORDS = (
    "president|minister|secretary|chief|director|executive|chairman|chairwoman|chair|spokesman|spokeswoman|"
    "spokesperson|leader|senator|governor|mayor|ceo|founder|professor|manager|coach|head|premier|"
    "chancellor|commissioner|ambassador|officer|analyst|economist|editor|correspondent|judge|lawyer|"
    "attorney|general|captain|representative|rep\\.|sen\\.|gov\\.|dr\\.|mp|deputy|former|vice|author|"
    "researcher|scientist|partner|owner|actor|singer|star|player|striker|midfielder|defender|boss|king|queen|prince"
)
_ROLE = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
#: A name (two capitalised words) with a role word within a few words before or after it.
_NEAR = re.compile(
    rf"(?:\b(?:{ROLE_WORDS})\b[^.;]{{0,40}}?\b[A-Z][a-z]+ [A-Z][a-z]+)|(?:\b[A-Z][a-z]+ [A-Z][a-z]+,? (?:the |a |who is |who was )?[^.;]{{0,40}}?\b(?:{ROLE_WORDS})\b)",
    re.IGNORECASE,
)
#: A name: two capitalised words.
_NAME = r"[A-Z][\w'’-]+ [A-Z][\w'’-]+"
#: The role shapes a ``per_shape`` batch draws, each a pattern a sentence must hold (beside a two-word name).
SHAPES: dict[str, re.Pattern[str]] = {
    "appositive": re.compile(rf"{_NAME}, (?:the |a |an )?(?:[\w-]+ ){{0,4}}?(?i:{ROLE_WORDS})\b"),
    "title with organisation": re.compile(
        rf"\b[A-Z][\w&.-]* (?i:ceo|chief executive|president|chairman|chair|director|founder|co-founder|spokesman|"
        rf"spokeswoman|minister|secretary|boss|coach|manager|editor|analyst) {_NAME}"
    ),
    "title of name": re.compile(rf"\b(?i:{ROLE_WORDS}) of (?:the )?[A-Z]"),
    "former or acting": re.compile(
        rf"(?i:\b(?:former|acting|interim|outgoing|incoming|then|ex)[- ])(?:[\w.]+ ){{0,3}}?(?i:{ROLE_WORDS})\b"
    ),
    "quote tag": re.compile(rf"(?:\b(?:said|says|told|added|according to) {_NAME}, )|(?:{_NAME}, [^,]{{3,60}}, (?:said|says|told)\b)"),
    "sports": re.compile(
        r"(?i:\b(?:coach|captain|skipper|striker|midfielder|defender|goalkeeper|quarterback|forward|winger|pitcher|"
        r"batsman|bowler|linebacker|point guard|head coach)\b)"
    ),
    "political": re.compile(
        r"\b(?:Sen\.|Rep\.|Gov\.|MP|(?i:senator|governor|congressman|congresswoman|lawmaker|mayor|councillor|"
        r"councilman|councilwoman|assemblyman|legislator|state representative))(?:\b|\s)"
    ),
    "academic": re.compile(r"(?i:\b(?:professor|lecturer|dean|researcher|scientist|economist|historian|scholar)\b)"),
    "relation": re.compile(
        r"(?i:\b(?:wife|husband|son|daughter|mother|father|brother|sister|friend|neighbou?r|girlfriend|boyfriend|"
        r"widow|grandmother|grandfather|uncle|aunt|cousin|resident|\d+-year-old)\b)"
    ),
    "no title word": re.compile(rf"^(?!.*(?i:\b(?:{ROLE_WORDS})\b))", re.DOTALL),
}


#: The shapes of ``real5``, weighted to wire, government, conflict and US political copy: ministry and agency titles,
#: possessive titles ("the country's foreign minister"), lawmakers ("Sen. X, R-Texas", "House Speaker"), military
#: ranks, former/acting titles, titles after a quote tag, and two kinds of look-alike with no title.
OFFICIAL_SHAPES: dict[str, re.Pattern[str]] = {
    "ministry or agency title": re.compile(
        r"(?i:\b(?:defen[cs]e|foreign|interior|finance|health|home|justice|trade|economy|energy|prime|state|"
        r"environment|education|transport|agriculture)[- ](?:minister|secretary)\b)|"
        r"(?:\b(?i:minister|spokesperson|spokesman|spokeswoman|envoy|director|commissioner|ambassador) "
        r"(?:for|of|at) (?:the )?[A-Z])"
    ),
    "possessive title": re.compile(
        r"\b(?:[Tt]he (?:country|nation|state|city|government|ministry|agency|department|party|army|military)['’]s|"
        r"[A-Z][\w.]+['’]s) (?:[\w-]+ ){0,2}?(?i:minister|president|secretary|spokesman|spokeswoman|spokesperson|envoy|"
        r"ambassador|chief|governor|commander|leader|premier|chancellor|director)\b"
    ),
    "lawmaker": re.compile(
        r"\b(?:Sen\.|Rep\.|Senator|Congressman|Congresswoman|Speaker|Assemblyman|Assemblywoman) [A-Z]|"
        r"\b[RD]-[A-Z][a-z.]+|(?i:\b(?:lawmaker|legislator|majority leader|minority leader|whip|state senator)\b)"
    ),
    "military": re.compile(
        r"\b(?:Gen\.|Lt\.|Col\.|Maj\.|Capt\.|Adm\.|Sgt\.|Cpl\.|General|Colonel|Admiral|Lieutenant|Brigadier|Marshal|"
        r"Commander|Major General) [A-Z]|(?i:\b(?:commander|chief of staff|army chief|military spokes\w+)\b)"
    ),
    "former or acting": SHAPES["former or acting"],
    "quote tag": SHAPES["quote tag"],
    "relation": SHAPES["relation"],
    "no title word": SHAPES["no title word"],
}

#: The shapes of ``real6``, weighted to what the earlier batches had few of: business and institution titles ("X,
#: chief executive of Y", "Y's CEO X", "co-founder X"), academic and expert titles ("a professor of economics at Y",
#: "Dr. X"), predicates ("X is the director of Y", "X, who heads Y", "who served as"), titles shared by a list or
#: split by commas ("Presidents X and Y"), sports roles, and look-alikes with no role (kinship, descriptions).
BUSINESS_SHAPES: dict[str, re.Pattern[str]] = {
    "business title": re.compile(
        r"(?i:\b(?:ceo|chief executive|chief \w+ officer|co-?founder|founder|chairman|chairwoman|managing director|"
        r"president and ceo|general manager|board member|executive director|vice president|partner at)\b)"
    ),
    "academic or expert": re.compile(
        r"(?:\bDr\. [A-Z])|(?i:\b(?:professor|lecturer|dean|researcher|scientist|economist|analyst|historian|"
        r"scholar|fellow at|expert|strategist)\b)"
    ),
    "predicate": re.compile(
        rf"{_NAME},? (?:who (?:heads|leads|runs|chairs|served as|serves as|was|is)|(?:is|was) (?:the|a|an) )"
        r"|(?i:\bwho (?:heads|leads|runs|chairs|served as|serves as)\b)"
    ),
    "shared or split title": re.compile(
        r"\b(?:[A-Z][a-z]+s|(?i:ministers|senators|presidents|executives|directors|co-founders|founders|coaches|"
        r"players|professors|leaders|officials|lawmakers)) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and [A-Z][a-z]+"
    ),
    "sports": SHAPES["sports"],
    "relation": SHAPES["relation"],
    "description": re.compile(
        rf"{_NAME}, (?:a|an|the) (?:\d+-year-old |local |longtime |former )?(?i:resident|fan|mother|father|"
        r"student|veteran|survivor|volunteer|customer|parent|owner|neighbou?r|member|friend|activist|voter|worker)\b"
    ),
}

#: The shapes of ``real7`` and ``real8`` (issue 11's unseen kinds: wire news, government and conflict reports, US
#: political news): a government or military title right before a name ("Defense Secretary X", "Lt. Gen. X"), an
#: appositive with a possessive title ("X, the country's foreign minister"), lawmakers with their party ("Rep. X
#: (D-Calif.)", "Sen. X, R-Texas"), party and campaign roles, spokespeople ("a spokesperson for Y, X"), officials
#: named after a description ("a senior official, X"), titles after the name in brackets or after a dash, roles in
#: lists of several people, and two look-alikes with no role (relations, descriptions).
WIRE_SHAPES: dict[str, re.Pattern[str]] = {
    "government or military title": re.compile(
        rf"(?:\b(?i:secretary|minister|ambassador|envoy|commissioner|administrator|attorney general|governor|"
        rf"chief of staff|director|premier|president) (?:[A-Z][\w.'’-]+ )?{_NAME})|"
        rf"(?:\b(?:Gen|Lt|Col|Maj|Adm|Brig|Sgt|Capt|Cmdr)\. (?:Gen\. |Col\. )?[A-Z])"
    ),
    "possessive appositive": re.compile(
        rf"{_NAME}, (?:the |a )?[\w.-]+(?: [\w.-]+)?['’]s (?:[\w-]+ ){{0,3}}?(?i:minister|secretary|president|"
        r"spokes\w+|envoy|ambassador|chief|governor|commander|leader|premier|chancellor|director|official|head|adviser)\b"
    ),
    "lawmaker with party": re.compile(r"\((?:[RDI])-[A-Z][\w.]*\)|, [RDI]-[A-Z][a-z.]+"),
    "party or campaign": re.compile(
        r"(?i:\b(?:campaign (?:manager|chair\w*|spokes\w+|adviser|director)|party (?:leader|chair\w*|spokes\w+|"
        r"secretary|member)|strategist|pollster|nominee|running mate|press secretary|party['’]s (?:leader|candidate)|"
        r"(?:democratic|republican|gop|labour|conservative|liberal) (?:leader|candidate|chair\w*|operative)))\b"
    ),
    "spokesperson": re.compile(
        r"(?i:\b(?:spokes(?:man|woman|person)|representative|press officer) for\b)|"
        r"\b(?i:spokes(?:man|woman|person)),? [A-Z]"
    ),
    "official after description": re.compile(
        r"\b(?:official|aide|adviser|advisor|diplomat|officer|spokes\w+|commander|envoy|lawmaker|strategist|"
        rf"negotiator|prosecutor|investigator|source|analyst)s?,? (?:[A-Z][\w.'’-]+ )?{_NAME}"
    ),
    "bracket or dash title": re.compile(
        rf"{_NAME} \((?![RDI]-)[^)]{{0,60}}?\b(?i:{ROLE_WORDS})\b[^)]*\)|"
        rf"{_NAME} [–—] (?:the |a |an )?(?:[\w-]+ ){{0,4}}?(?i:{ROLE_WORDS})\b"
    ),
    "list of people": re.compile(
        rf"{_NAME}, (?:the |a |an )?[^,;]{{2,50}}?\b(?i:{ROLE_WORDS})\b[^,;]{{0,40}}, (?:and |as well as |with )?"
        rf"(?:[\w.-]+ ){{0,4}}?{_NAME}"
    ),
    "relation": SHAPES["relation"],
    "description": re.compile(
        rf"{_NAME}, (?:a|an|the|who) (?:[\w-]+ ){{0,3}}?(?i:resident|fan|student|veteran|survivor|volunteer|customer|"
        r"parent|neighbou?r|friend|activist|voter|man|woman|teenager|victim|witness|protester|refugee|supporter|"
        r"critic|citizen|native|passenger|lives|grew up|was born)\b"
    ),
}
#: The shapes of ``real9`` and ``real10``, weighted to what the earlier batches still miss (roles341's Left list):
#: a title after the name with "of"/"at"/"for" and its organisation ("X, president of Y"), a title shared by a list
#: ("Senators X and Y", "X and Y, the show's producers"), "former"/"acting"/"then-" titles, sports roles,
#: entertainment roles (actors, singers, directors, hosts), a descriptor before a title ("veteran", "longtime",
#: "PhD student"), and look-alikes with no role (descriptions, relations, "a captive of").
LEFT_SHAPES: dict[str, re.Pattern[str]] = {
    "title of organisation after name": re.compile(
        rf"{_NAME},? (?:the |a |an |who is |who was )?(?:[\w-]+ ){{0,3}}?(?i:{ROLE_WORDS}|producer|host|founder) "
        r"(?:of|at|for) (?:the )?[A-Z]"
    ),
    "shared title": re.compile(
        rf"(?:\b(?i:ministers|senators|presidents|executives|directors|co-founders|founders|coaches|players|"
        rf"professors|leaders|officials|lawmakers|reps\.|sens\.|actors|stars|co-stars|producers|hosts|members|"
        rf"judges|commissioners|councillors|councilmembers) {_NAME}(?:, {_NAME})*,? and [A-Z])|"
        rf"(?:{_NAME} and {_NAME}, (?:the |both |who are )?(?:[\w'’-]+ ){{0,3}}?[a-z]+s\b)"
    ),
    "former or acting": re.compile(
        rf"(?i:\b(?:former|acting|interim|outgoing|incoming|then|ex|onetime|longtime|retired)[- ])(?:[\w.]+ ){{0,3}}?"
        rf"(?i:{ROLE_WORDS}|producer|host|anchor|presenter)\b"
    ),
    "sports": re.compile(
        r"(?i:\b(?:coach|head coach|manager|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|"
        r"quarterback|forward|winger|pitcher|batsman|bowler|linebacker|point guard|shortstop|receiver|"
        r"running back|centre-back|center|referee|umpire|jockey|driver|boxer|champion)\b)"
    ),
    "entertainment": re.compile(
        r"(?i:\b(?:actor|actress|singer|rapper|songwriter|director|producer|showrunner|screenwriter|comedian|"
        r"host|presenter|anchor|co-star|frontman|guitarist|drummer|filmmaker|novelist|author|artist|designer|"
        r"model|dancer|choreographer|influencer|youtuber|star)\b)"
    ),
    "descriptor before title": re.compile(
        r"(?i:\b(?:veteran|longtime|long-time|celebrity|famed|renowned|award-winning|prominent|top|senior|"
        r"star|phd|graduate|doomsday|local|army|navy|county|city|state) (?:[\w-]+ )?(?:"
        rf"{ROLE_WORDS}|student|commissioner|councillor|councilman|councilwoman|producer|host|veteran|officer)\b)"
    ),
    "description": re.compile(
        rf"{_NAME}, (?:a|an|the|who) (?:[\w-]+ ){{0,3}}?(?i:resident|fan|student|veteran|survivor|volunteer|"
        r"customer|parent|neighbou?r|friend|activist|voter|man|woman|teenager|victim|witness|protester|refugee|"
        r"supporter|critic|citizen|native|passenger|captive|hostage|graduate|mother|father|member|lives|grew up|"
        r"was born)\b"
    ),
    "relation": SHAPES["relation"],
}
#: The shapes of ``real11`` and ``real12`` (issue 11's unseen kinds once more, roles384: wire news, government and
#: conflict reports, US political news): lawmakers with their party ("Sen. X (R-Texas)"), spokespeople ("X, a
#: spokesperson for Y"), a possessive title right before a name ("Y's chief executive X"), "then-"/"former"/"acting"
#: titles, military ranks, a government title before a name, a role given at a later mention of a person named before
#: (a lone surname or "Mr. X" with a title: "Smith, the agency's director"), and descriptions with no role.
UNSEEN_SHAPES: dict[str, re.Pattern[str]] = {
    "lawmaker with party": WIRE_SHAPES["lawmaker with party"],
    "spokesperson": WIRE_SHAPES["spokesperson"],
    "possessive title before name": re.compile(
        rf"\b[A-Z][\w.&-]*['’]s (?:[\w-]+ ){{0,2}}?(?i:chief executive|ceo|president|chairman|chairwoman|chair|"
        rf"director|founder|co-founder|minister|secretary|spokes\w+|commander|leader|chief|head|governor|envoy|"
        rf"ambassador|general|adviser|advisor|official) {_NAME}"
    ),
    "then, former or acting": re.compile(
        rf"(?i:\b(?:then|former|acting|interim|ex)[- ])(?:[\w.]+ ){{0,3}}?(?i:{ROLE_WORDS}|official|adviser|"
        r"commander|envoy|ambassador|administrator|attorney general|speaker)\b"
    ),
    "military rank": re.compile(
        r"\b(?:Gen\.|Lt\.|Col\.|Maj\.|Capt\.|Adm\.|Sgt\.|Cpl\.|Brig\.|Cmdr\.|Pvt\.|General|Colonel|Admiral|"
        r"Lieutenant|Brigadier|Marshal|Sergeant|Major General) [A-Z]"
    ),
    "government title before name": WIRE_SHAPES["government or military title"],
    "role at a later mention": re.compile(
        r"(?:\b(?:Mr|Ms|Mrs|Dr)\.? [A-Z][\w'’-]+|(?:^|\b[a-z][\w'’-]* |[,;:–—] )[A-Z][a-z]+), (?:the |a |an |who is |who was )"
        rf"(?:[\w'’.-]+ ){{0,4}}?(?i:{ROLE_WORDS}|official|adviser|commander|envoy|ambassador|administrator)\b"
    ),
    "description": WIRE_SHAPES["description"],
}
SHAPE_TABLES = {
    "SHAPES": SHAPES,
    "OFFICIAL_SHAPES": OFFICIAL_SHAPES,
    "BUSINESS_SHAPES": BUSINESS_SHAPES,
    "WIRE_SHAPES": WIRE_SHAPES,
    "LEFT_SHAPES": LEFT_SHAPES,
    "UNSEEN_SHAPES": UNSEEN_SHAPES,
}


def role_like(sentence: str) -> bool:
    """Whether a sentence likely names a person with a role: a role word near two capitalised words."""
    return bool(_ROLE.search(sentence)) and any(
        re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", m.group(0)) for m in _NEAR.finditer(sentence)
    )


def batch_file(batch: str) -> Path:
    return GOLD / f"en_{batch}.jsonl"


def draw(batch: str = "real") -> list[dict]:
    """The drawn rows of ``batch``, unlabelled, publishers in draw order."""
    how = BATCHES[batch]

    def rank(text: str) -> str:
        return hashlib.sha256((how.seed + text).encode()).hexdigest()

    drawn = {
        json.loads(line)["text"]
        for earlier in how.earlier
        for line in batch_file(earlier).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    if how.tags:
        found = candidates("en", pool=lambda case_id: case_id.rpartition("__")[2] in how.tags)
    elif how.every_case:
        found = candidates("en", pool=lambda case_id: True)
    else:
        found = candidates("en")
    if how.fresh_pages:
        used = {
            json.loads(line)["page"]
            for earlier in how.earlier
            for line in batch_file(earlier).read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        found = {publisher: [(s, case) for s, case in items if case not in used] for publisher, items in found.items()}
    if how.per_shape:
        picks = list(shape_picks(found, drawn, rank, how))
    else:
        found = {
            publisher: [(s, case) for s, case in items if role_like(s) and s not in drawn]
            for publisher, items in found.items()
        }
        found = {publisher: items for publisher, items in found.items() if items}
        picks = list(seeded_picks(found, rank, how.publishers, how.per_publisher))
    return [
        {
            "id": f"{batch}-{rank(sentence)[:8]}",
            "published": "2025-03-11T09:00:00+00:00",
            "text": sentence,
            "people": [],
            "quotes": [],
            "page": case_id,
            "publisher": publisher,
        }
        for publisher, sentence, case_id in picks
    ]


def shape_picks(
    found: dict[str, list[tuple[str, str]]], drawn: set[str], rank: Callable[[str], str], how: Batch
) -> Iterator[tuple[str, str, str]]:
    """(publisher, sentence, case id) of a batch drawn by shape: ``SHAPES`` take turns, each its next sentence in
    ``rank`` order among those holding a two-word name and the shape, at most ``how.per_publisher`` a publisher and
    ``how.per_shape`` a shape; a sentence is taken once, under the first shape that reaches it."""
    pool = sorted(
        (
            (rank(sentence), publisher, sentence, case_id)
            for publisher, items in found.items()
            if publisher not in OFF_LIMITS
            for sentence, case_id in items
            if sentence not in drawn and re.search(_NAME, sentence)
        ),
    )
    shapes = SHAPE_TABLES[how.shapes]
    queues = {shape: [row for row in pool if pattern.search(row[2])] for shape, pattern in shapes.items()}
    taken: set[str] = set()
    per_publisher: dict[str, int] = {}
    for _ in range(how.per_shape):
        for queue in queues.values():
            while queue:
                _, publisher, sentence, case_id = queue.pop(0)
                if sentence not in taken and per_publisher.get(publisher, 0) < how.per_publisher:
                    taken.add(sentence)
                    per_publisher[publisher] = per_publisher.get(publisher, 0) + 1
                    yield publisher, sentence, case_id
                    break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", default="real", choices=sorted(BATCHES), help="the batch to draw")
    parser.add_argument("--check", action="store_true", help="check that en_<batch>.jsonl holds the drawn sentences")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.batch), batch_file(args.batch), args.check)


if __name__ == "__main__":
    sys.exit(main())
