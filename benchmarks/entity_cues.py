"""What the fifth English entity batch (``en_real5``) draws: group words and later mentions in news of the genres
the independent check reads.

Issue 11's check scores wire news, humanitarian, government and conflict reports and US political news, with NORP
apart; the earlier batches drew any prose (``en_real``, ``en_real2``) or leaned to organisations and places
(``en_real3``, ``en_real4``). This batch draws from pages of those genres (``GENRE_WORDS`` at least
``MIN_GENRE_WORDS`` times in the body) two kinds of passage:

- a sentence with a group word (``GROUP_WORDS``: demonyms, plural nationals, religious, ethnic and political
  groups), the NORP side the check scores apart;
- a later mention (``later_mentions``): up to three consecutive sentences, the first naming someone or something in
  full and the last naming them again in short, a surname alone after "First Last", an acronym after its expanded
  name ("World Food Programme" ... "WFP"), or a lower-case head after the capitalised name ("Ministry of Health"
  ... "the ministry", which is no mention).

The group words are written here for the draw, not taken from the extractor's lexicons, so the draw does not lean
to the words the extractor already knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from benchmarks.date_probes_real import sentences

#: Words of the check's genres: politics, government, conflict and humanitarian work.
GENRE_WORDS = re.compile(
    r"\b(?:government|minister|President|Senate|Congress|troops|refugees?|humanitarian|military|election|"
    r"parliament|ceasefire|sanctions|Republicans?|Democrats?|lawmakers?|militants?|displaced|conflict)\b"
)
MIN_GENRE_WORDS = 3
_DEMONYMS = (
    "Afghans?|Albanians?|Algerians?|Americans?|Argentines?|Argentinians?|Armenians?|Australians?|Austrians?|"
    "Azerbaijanis?|Bangladeshis?|Belarusians?|Belgians?|Bolivians?|Bosnians?|Brazilians?|British|Britons?|"
    "Bulgarians?|Burmese|Cambodians?|Cameroonians?|Canadians?|Chileans?|Chinese|Colombians?|Congolese|Croatians?|"
    "Cubans?|Czechs?|Danish|Danes?|Dutch|Egyptians?|Emiratis?|English|Eritreans?|Estonians?|Ethiopians?|Europeans?|"
    "Filipinos?|Finnish|Finns?|French|Georgians?|Germans?|Ghanaians?|Greeks?|Guatemalans?|Haitians?|Hondurans?|"
    "Hungarians?|Indians?|Indonesians?|Iranians?|Iraqis?|Irish|Israelis?|Italians?|Japanese|Jordanians?|Kazakhs?|"
    "Kenyans?|Koreans?|Kuwaitis?|Kyrgyz|Latvians?|Lebanese|Libyans?|Lithuanians?|Malaysians?|Malians?|Mexicans?|"
    "Moldovans?|Mongolians?|Moroccans?|Nepalis?|Nicaraguans?|Nigerians?|Nigeriens?|Norwegians?|Pakistanis?|"
    "Palestinians?|Panamanians?|Peruvians?|Poles?|Polish|Portuguese|Qataris?|Romanians?|Russians?|Rwandans?|"
    "Salvadorans?|Saudis?|Scots?|Scottish|Senegalese|Serbians?|Serbs?|Slovaks?|Somalis?|Spaniards?|Spanish|"
    "Sri Lankans?|Sudanese|Swedes?|Swedish|Swiss|Syrians?|Taiwanese|Tajiks?|Thais?|Tunisians?|Turks?|Turkish|"
    "Ugandans?|Ukrainians?|Uzbeks?|Venezuelans?|Vietnamese|Welsh|Yemenis?|Zambians?|Zimbabweans?"
)
_GROUPS = (
    "Arabs?|Arabic|Kurds?|Kurdish|Pashtuns?|Baloch|Tamils?|Uyghurs?|Uighurs?|Rohingya|Yazidis?|Druze|Hutus?|"
    "Tutsis?|Amhara|Tigrayans?|Oromo|Fulani|Maasai|Berbers?|Roma|Latinos?|Latinas?|Latinx|Hispanics?|Asians?|"
    "Africans?|Caucasians?|Muslims?|Islamic|Christians?|Catholics?|Protestants?|Evangelicals?|Jews|Jewish|Hindus?|"
    "Sikhs?|Buddhists?|Sunnis?|Shias?|Shiites?|Shi'ites?|Alawites?|Mormons?|Orthodox|Republicans?|Democrats?|"
    "Conservatives?|Liberals?|Tories|Tory|Labourites?|Socialists?|Communists?|Marxists?|Maoists?|Islamists?|"
    "Zionists?|Nazis?|Bolsheviks?|Loyalists?|Unionists?|Nationalists?|Westerners?|Soviets?"
)
#: Group words a NORP label may fall on (names of peoples, faiths and political camps, singular and plural).
GROUP_WORDS = re.compile(rf"(?<![\w-])(?:{_DEMONYMS}|{_GROUPS})(?![\w-])")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s([A-Z][a-z'’-]{2,})\b")
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s(?:of|for|and|the|on)?\s?[A-Z][\w'’-]*)+")
_HEADS = (
    "ministry|department|agency|committee|council|commission|company|party|government|court|army|militia|group|"
    "organisation|organization|bureau|office|union|alliance|coalition|administration|authority|programme|program|"
    "fund|bank|university|association|force|forces|service|campaign|movement"
)
#: The longest stretch a later mention may sit from its full form, in sentences.
WINDOW = 3


def has_group_word(text: str) -> bool:
    return bool(GROUP_WORDS.search(text))


def _initials(run: str) -> str:
    return "".join(word[0] for word in run.split() if word[0].isupper())


def _alone(surname: str) -> Callable[[str], bool]:
    """Whether a text holds ``surname`` with no capitalised word before it (not "Joe Biden", but "Biden said")."""
    pattern = re.compile(rf"(\S+\s)?{re.escape(surname)}\b")
    return lambda text: any(not (m.group(1) or " ")[0].isupper() for m in pattern.finditer(text))


def _short_forms(first: str) -> Iterator[Callable[[str], bool]]:
    """What would name again, in short, what ``first`` names in full: its people's surnames standing alone, the
    acronyms of its capitalised runs, and the lower-case heads of its names."""
    for match in _FULL_NAME.finditer(first):
        yield _alone(match.group(1))
    for run in _NAME_RUN.finditer(first):
        if len(initials := _initials(run.group())) >= 2:
            yield re.compile(rf"\b{initials}\b").search
        for word in run.group().split():
            if re.fullmatch(_HEADS, word.lower()):
                yield re.compile(rf"\b[Tt]he {word.lower()}\b").search


def later_mentions(body: str) -> Iterator[str]:
    """Passages of up to ``WINDOW`` consecutive sentences whose last sentence names again, in short, what their first
    names in full (``_short_forms``), the nearest such first sentence taken."""
    said = list(sentences(body))
    for end, last in enumerate(said):
        for start in reversed(range(max(0, end - WINDOW + 1), end)):
            if any(found(last) for found in _short_forms(said[start])):
                yield " ".join(said[start : end + 1])
                break
