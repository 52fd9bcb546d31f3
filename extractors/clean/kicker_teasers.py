"""Teasers a text dump sets inside the story, their kicker joined to their headline the way no sentence is written.

A site sets a card linking to another story between a story's paragraphs: a kicker over the headline, each in an
element of its own. Copied as text, the two run together.

Glued, with no space between them, the kicker's last word run into the headline's first: n-tv's video teasers "Putin stärkt MaduroTrump droht Venezuela: ..." and "Weitere Eskalation
mit VenezuelaFrachter gestürmt - Jäger erklärt, ..." (kept in its story at main, under a clip length "01:43 min"),
t-online's "Indischer OzeanFlüchtlingsschiff sinkt: 250 Menschen vermisst" and "Er soll den Präsidenten beleidigt
habenGericht verurteilt Erdoğan-Gegner zu Haftstrafe", Die Welt's, Daily Mail's and Backstage's cards ("NewsAre You
Ready to File Your Taxes?"). On the dev dumps, such a line, its glued word printed nowhere else on the page, is
furniture on 112 publishers, and in one reference only when the words from the glued one on number three: Forbes'
list item "#7 VanossGaming (Evan Fong)", a name of one word with no headline after it.

A story's own words glued that way are names (a brand, "PayPal", "YouTube"; a handle, "@VancityReynolds"; code,
"readFileSync"; a gendered plural, "LehrerInnen") that the story prints again, or that a hashtag or handle marks,
or whose first part is too short for a kicker's last word.

Spaced from a colon, the kicker's element closing with a space before the colon the page sets after it: the
Freitag's "Kultur : Ehrengast der Frankfurter Buchmesse: Was lesen die Philippinen?" and ZEIT's "Bundesligavorschau :
Dieses Mal geht was für Dortmund. Ganz, ganz ehrlich!" (both kept at main), the FAZ's "Deutschlandticket :49-Euro-Ticket
ins Ungewisse", Spektrum's "Toxoplasmose : Parasit am Steuer", the stern's, Vogue's, Le Monde's "Loi renseignement :
Urvoas, grand ordonnateur d’un texte controversé", Libération's "A lire aussi : ...", the Postmedia papers' "Share
this Story : ...". On the dev dumps such a line, a kicker of one to four words, the colon and a capital, is furniture
on 25 publishers of five languages (French among them, which sets a space before its colons), and one reference
keeps one: Le Monde's related link "Lire : Que sont les IMSI-catchers, ...?", which its other pages' references drop.
A story's sentences put their colon after a longer run of words, or no capital after it.

Spaced, the kicker run in front of the headline and the headline printed again alone on the next line (dumps133):
MDR's video boxes inside its explainer, "Ein kleines Dorf in Sachsen-Anhalt So wirken sich Algorithmen in unserem
Alltag aus" over "So wirken sich Algorithmen in unserem Alltag aus" and "Mit Bildern erklärt Was ist ein Algorithmus?"
over "Was ist ein Algorithmus?" (its cards closed by "mehr" print the pair too: ``dated_teasers.more_cards``); LeadDev's
"AI Moltbook is the agent security wake-up call for engineering leaders" over the headline alone, DW's "Skip next
section More on Sports from Europe", Folha's "Compartilhar ..." and breadcrumbs ending on the headline hold the shape,
and no dev reference keeps either line. Both lines go. The headline runs ``TWIN_HEADLINE_WORDS`` words or more and
closes no sentence with a full stop, the kicker at most ``KICKER_WORDS``: a story's line ending on the next line's few
words ("... sagte er. Das ist gut." over "Das ist gut.") is no teaser.
"""
from __future__ import annotations

import re

from extractors.clean import widgets

#: The kicker's last word runs this many letters at least ("Maduro", "Ozean", "Euro"; a brand's "Pay", "You" does not).
KICKER_END_LETTERS = 4
#: The headline's first word runs this many letters at least ("Trump", "Gericht").
HEADLINE_START_LETTERS = 3
#: The glued word stands among the line's first words (a kicker runs a few words), and the headline after the kicker
#: runs this many words at least, the glued word's second half the first of them (n-tv's and t-online's run five or
#: more; "VanossGaming (Evan Fong)" in Forbes' list runs three).
KICKER_WORDS = 8
HEADLINE_WORDS = 4
#: A teaser line runs this many words (fewer is a label, more a blurb).
LINE_WORDS = (4, 25)
#: A headline printed again under its kicker-headline line runs this many words at least (``_runs_into``).
TWIN_HEADLINE_WORDS = 4
#: A gendered plural's suffix ("LehrerInnen", "BürgerInnen"): one word, no kicker glued to a headline.
_GENDER_SUFFIX = "Innen"
_PUNCTUATION = "\"'„“”‚‘’«»()[],;:!?"
#: A kicker of one to four words, a space before its colon, the headline's first letter after it.
_SPACED_KICKER = re.compile(r"[^\W\d_][\w'’.&/-]*(?: [\w'’.&/-]+){0,3} :\s?([^\W\d_])")


def glued_word(word: str) -> str | None:
    """The word when it is a kicker's last word glued to a headline's first: letters only, one change from a lower- to
    an upper-case letter inside it, each side one word in its own right; not a hashtag or a handle."""
    core = word.strip(_PUNCTUATION)
    if not core.isalpha() or word[:1] in "#@":
        return None
    cuts = [at for at in range(1, len(core)) if core[at - 1].islower() and core[at].isupper()]
    if len(cuts) != 1:
        return None
    left, right = core[: cuts[0]], core[cuts[0] :]
    if len(left) < KICKER_END_LETTERS or len(right) < HEADLINE_START_LETTERS or right == _GENDER_SUFFIX:
        return None
    return core if left[1:].islower() and right[1:].islower() else None


def _glued_teaser(line: str, text: str) -> bool:
    words = line.split()
    if line.rstrip().endswith((".", ":", "…")):
        return False
    for at, word in enumerate(words[:KICKER_WORDS + 1]):
        glued = glued_word(word)
        if glued and len(words) - at >= HEADLINE_WORDS:
            return text.count(glued) == 1
    return False


def spaced_kicker(line: str) -> bool:
    """A kicker of one to four words, a space before its colon, and a headline of two words or more opening with a
    capital after it."""
    found = _SPACED_KICKER.match(line)
    return found is not None and found.group(1).isupper() and len(line[found.start(1) :].split()) >= 2


def _runs_into(line: str, headline: str) -> bool:
    """Whether ``line`` is a kicker of one to ``KICKER_WORDS`` words run in front of ``headline``, the next line."""
    if "\n" in headline or not line.endswith(" " + headline) or headline.endswith("."):
        return False
    kicker = widgets.word_count(line[: -len(headline)])
    return 0 < kicker <= KICKER_WORDS and TWIN_HEADLINE_WORDS <= widgets.word_count(headline) <= LINE_WORDS[1]


def kicker_teasers(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s lines that are a teaser's kicker joined to its headline: glued to
    it, the glued word printed nowhere else in ``lines``, spaced from a colon, or run in front of the headline the next
    line prints alone (both lines)."""
    text = "\n".join(lines)
    found = {
        index for index in range(start, end)
        if "\n" not in (line := lines[index]) and LINE_WORDS[0] <= widgets.word_count(line) <= LINE_WORDS[1]
        and (_glued_teaser(line, text) or spaced_kicker(line))
    }
    found.update(at for index in range(start, min(end, len(lines) - 1))
                 if "\n" not in lines[index] and _runs_into(lines[index], lines[index + 1])
                 for at in (index, index + 1))
    return frozenset(found)
