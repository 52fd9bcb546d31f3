"""Boilerplate vocabulary shared by HTML and text-dump cleaning.

Both cleaners meet the same widgets (share bars, feedback prompts, newsletter and app
prompts, "related" rails, bylines, end markers, Cloudflare's e-mail placeholder): in HTML
they show up as class/id tokens, in a copied page only as short lines. Keeping the words
in one place means a widget learnt for one input kind is recognised in the other.
Rules are data: tune by editing the tuples, not the functions.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from extractors.clean.literal_gate import GatedAlternation, literal_gate


def words(text: str) -> frozenset[str]:
    """A vocabulary written as one whitespace-separated string (easier to read and edit than a list)."""
    return frozenset(text.split())


#: class/id/role tokens (after splitting on ``-``, ``_``, spaces and camelCase) that mark a non-content block.
#: ("adb", "adblock", "adblocker": the ad-blocker notice, observer.com's "adb-notification", dailymail.co.uk's
#: "adblock-overlay", telegraph.co.uk's "adblocker-message", and washingtonpost.com's "wp-adb-c" bait box.
#: "disclaimer": an affiliate, sign-up, comment-rules or terms notice, "PostDisclaimer" on littlethings.com and
#: "disclaimer" on nature.com kept in the story; the blocks so named on 32 dev publishers hold no reference text.
#: "login": a sign-in or sign-up box, channelpartner.de's "Kein Log-In? Dann jetzt kostenlos registrieren." pane and
#: USA TODAY's reader-upload flyout; no dev reference holds text under such a block.
#: "tabs": a box of tabbed panes (a bare "tab" also names a story's own "tab-content" pane, Daily Maverick's),
#: channelpartner.de's login/password/reseller panes, TechCrunch's CrunchBase company tabs.
#: "affiliate": a shop's price box or an affiliate notice, the Telegraph's "product-card__affiliate" ("£205 Buy now
#: Price at Lakeland"), VGC's "affiliate-notice", 9to5Google's "disclaimer-affiliate", Bukvy's "Partnered Material"
#: and the Daily Star's byline row "article-information affiliate"; no dev reference holds text under such a block.)
BOILERPLATE_TOKENS: frozenset[str] = words(
    """
    ad ads adv advert adverts advertisement advertising adslot adunit adcontainer dfp gpt sponsor sponsored
    adb adblock adblocker disclaimer
    promo promos promotion outbrain taboola recirc recirculation pullquote timeline ticker factbox infobox
    share sharing sharebar shares social sns socials facebook twitter tweet whatsapp pinterest linkedin email
    newsletter newsletters subscribe subscription signup login tabs affiliate
    comment comments commenting disqus discussion respond reply replies
    related recommended recommendations trending popular mostread mostviewed mostpopular more teaser
    nav navbar navigation menu breadcrumb breadcrumbs pagination pager skip sitemap
    footer foot masthead topbar toolbar sidebar rail widget widgets
    cookie cookies consent gdpr banner modal popup overlay tooltip popover
    byline author authors bio contributor timestamp meta
    tags tag keyword topics
    print fontsize feedback survey rating poll donate donation video player playlist
    visuallyhidden sronly screenreader offscreen blind
    """
)

#: class tokens of a breadcrumb trail: an ``<h1>`` inside one is its last crumb, not the shown headline
#: (``metadata._crumb``: stern.de's "breadcrumb__item", faz.net's "nvg-Breadcrumb", tagesanzeiger.ch's "Breadcrumbs").
CRUMB_TOKENS: frozenset[str] = words("breadcrumb breadcrumbs")

#: boilerplate tokens that name a widget only when the block links elsewhere: a "teaser" card leads to
#: another story (ndr.de, tagesschau.de, mdr.de, welt.de), while the article's own "teaser" is its lead and
#: links nowhere (winfuture.de, jungewelt.de, nature.com).
LINKED_WIDGET_TOKENS: frozenset[str] = words("teaser")

#: tokens that rescue a block carrying a boilerplate token ("article-meta-body" is still a body).
CONTENT_TOKENS: frozenset[str] = words(
    "article articles body content entry main post story text paragraph richtext prose storybody articlebody"
)

#: tokens of cookie and consent dialogs: removed even when they hold more prose than the story. OneTrust's
#: preference centre (``<div id="onetrust-consent-sdk">``, on newrepublic.com and variety.com) explains each
#: cookie category in paragraphs: beside a short story it holds 45% of the page's prose.
CONSENT_TOKENS: frozenset[str] = words("cookie cookies consent gdpr")

#: tokens of reader comment sections: removed even when they hold more prose than the story.
COMMENT_TOKENS: frozenset[str] = words("comment comments commenting disqus respond replies")


def comment_story_words(value: str) -> frozenset[str]:
    """The story words of a class/id string that only name reader comments: "article" in "article_footer_comments".

    A class or id name joining a comment word to a story word names the article's comments, not the article:
    "article_footer_comments" (Slate.fr), "articleCommentsAjaxContainer" (the Motley Fool), "article-single__comments"
    (The Local), "post-page-root-comment-list" (Substack). Counted as story words, they let a long thread pass for the
    story wrapper. A story word in a name of its own still counts: "comments-enabled article" (TimesLIVE), and the
    Daily Mail's "article-reader-comments article-id-…" is judged as before.
    """
    joined: set[str] = set()
    alone: set[str] = set()
    for toks in map(attr_tokens, value.split()):
        (joined if toks & COMMENT_TOKENS else alone).update(toks & CONTENT_TOKENS)
    return frozenset(joined - alone)


#: whole class names that hide an element with CSS (responsive "hidden-xs" is not one of them).
HIDDEN_CLASSES: frozenset[str] = words(
    "hidden hide is-hidden d-none u-hidden visually-hidden visuallyhidden sr-only screen-reader-text offscreen"
)

#: class/id tokens of the summary line under a headline (kept as the first body paragraph).
STANDFIRST_TOKENS: frozenset[str] = words(
    "standfirst dek deck subtitle subheadline subhead excerpt lede lead intro summary synopsis strapline description"
    " sapo chapo perex"
)

#: class/id tokens for photo captions and credits (their text moves to ``captions``).
CAPTION_TOKENS: frozenset[str] = words("caption captions figcaption cptn credit credits imagecredit photocredit copyright")

#: Words whose presence makes a short line a widget line (matched as whole words, case-insensitive).
WIDGET_WORDS: tuple[str, ...] = (
    "advertisement", "advertising", "sponsored", "share", "tweet", "subscribe", "subscribed",
    "newsletter", "sign up", "sign in", "log in", "login", "feedback", "comment", "related", "recommended",
    "trending", "most read", "most viewed", "most popular", "read more", "see more", "show more", "load more",
    "more stories", "more about", "top stories", "latest news", "up next", "follow us", "skip to", "go to", "back to top",
    "copy link", "font size", "cookie", "all rights reserved", "copyright", "continue reading", "story continues",
    "continues below", "also like", "might like", "support us", "first to comment", "click here", "table of contents",
    "latest video", "whatsapp",
    "facebook", "twitter", "linkedin", "reddit", "pinterest", "telegram", "instagram", "youtube",
)
#: Words that make a short line a widget only as its first word ("Watch: ...", "Tags", "Home | World"):
#: inside a subheading they are ordinary words ("Going home to die", "We need to listen").
LEADING_WIDGET_WORDS: tuple[str, ...] = (
    "register", "download", "follow", "content", "navigation", "home", "menu", "search", "print", "email",
    "e-mail", "keyword", "tag", "topic", "privacy", "term", "listen", "watch", "video", "photo", "gallery",
    "enlarge", "reduce", "app",
)
#: The leading words that are verbs: a control is their bare form ("Register", "Follow us", "Reduce"); with an
#: "s" they are a sentence's third person ("Reduces ironing time", "Follows the money"), not a control or its plural.
LEADING_WIDGET_VERBS: frozenset[str] = frozenset(
    {"register", "download", "follow", "search", "print", "listen", "watch", "enlarge", "reduce"}
)

#: Patterns for bylines and stamp lines that are metadata, not body text.
BYLINE = re.compile(
    r"^(?:by|written by|reporting by|words by|story by|posted by|von|par|por)(?::|\s+\S.{0,80})?$", re.IGNORECASE
)
#: The first two letters of every ``BYLINE`` label, after white space: a line not opening so is no byline, and no
#: more is it once ``metadata.unglued_byline`` sets a glued label apart (after its second letter at the earliest) or
#: cuts its end; a cheap gate before that call on every header line (``text.clean_text_dump``).
BYLINE_OPENING = re.compile(r"\s*(?:by|wr|re|wo|st|po|vo|pa)", re.IGNORECASE)
#: Agency credit lines at the foot of a story: "Reporting by A; Editing by B".
CREDIT_LINE = re.compile(
    r"^[—–-]?\s*(?:with\s+)?(?:additional\s+)?(?:reporting|reports|writing|editing|compiled|produced)\s+(?:by|from)\b"
    r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$",
    re.IGNORECASE,
)
#: House ads inside the story: newsletter and bookmark pleas, broken-player notices, video rails, an ad slot's
#: placeholder ("This advertisement has not loaded yet, but your article continues below." on the Financial Post,
#: the Ottawa Citizen, the National Post and canada.com, or only its first sentence in the slot closing a story on
#: the first three). An affiliate notice names the commission with its article and kind ("BestReviews is
#: reader-supported and may earn an affiliate commission." on The Hill, "... we may earn a small commission." on
#: Macworld, "... we may receive a small commission." on Eurogamer) or the money ("We may make money when you click
#: on links to our partners." on eWEEK).
HOUSE_AD = re.compile(
    r"\b(?:bookmark our (?:home ?page|website)"
    r"|subscribe to our\b.{0,30}\b(?:newsletters?|channel)|all rights reserved"
    r"|(?:video|player)\b.{0,30}\b(?:failed to load|is not supported)|refresh(?:ing)? your browser"
    r"|your (?:article|story) continues below|advertisement has not loaded yet)\b"
    r"|\baffiliate links?\b|\b(?:earn|receive) (?:an? )?(?:small |affiliate )?commission\b|\bmake money when you click\b"
    r"|\bbreaking news? story\b.{0,20}\bmore to follow\b"
    r"|\bsign(?:ing)? up (?:for|to) (?:our|the)\b.{0,30}\bnewsletters?|\bsubscribe now\b|\bfor more (?:stories|news)"
    r" like this\b|\bget real[- ]time updates\b|\bprotected by recaptcha\b"
    r"|^(?:watch|listen|video|photos?|gallery)\s*[|:]|^click here\b",
    re.IGNORECASE,
)
#: Calls to follow, subscribe or download, whatever their length. "Follow" calls only for the site ("Follow us on
#: Twitter", "Follow our live updates", "Follow along with the latest updates below." on the Mirror): a story
#: closing with where its author or publication posts ("Follow Tia Ghose on Twitter and Google+." on Live Science,
#: "Follow ONE Esports on Facebook and Twitter for more LoL news, guides, and highlights.") ends with its own note.
PROMO_LINE = re.compile(
    r"^(?:follow\s+(?:us|our|along)\b|subscribe|sign up|join|download|get (?:the|our)|add us)\b.{0,250}\b(?:newsletters?|app|google news|"
    r"twitter|facebook|instagram|whatsapp|telegram|podcasts?|updates|inbox|channel|feeds?)\b",
    re.IGNORECASE,
)
#: Live-blog entry stamps: "21:00Antony Clements-Thrower", "20:42 KEY EVENT".
TIME_STAMP_LINE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d+\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)\s+ago)\s*\S.{0,40}$"
    r"|^\d{1,2}:\d{2}\s*/\s*\S.{0,150}$",  # video rail items: "2:34 / Title of the clip"
    re.IGNORECASE,
)
#: Cloudflare's e-mail obfuscation placeholder as browsers render it (bracketed, NBSP allowed).
CLOUDFLARE_EMAIL = re.compile(r"\[\s*email[\s\u00a0]*protected\s*\]", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
#: A credit at the end of a caption: "(Reuters)", "(PHOTO NOT FOR SALE) (Agency)", "Photo: X", "Getty Images".
#: A bracketed credit names someone, so it opens with a capital and ends with no full stop: a paragraph closing
#: with its author's initials ("(nz)" on Merkur, "(kas)" on the Freie Presse, "(bsc)" on heise, "(A.H.)" on
#: Libération) or with a sentence in brackets ("(The Teamsters disagree.)" on Salon, "(Tekst gaat verder onder de
#: foto.)" on Het Nieuwsblad) is no caption.
CAPTION_CREDIT = re.compile(
    r"(?:\((?:(?-i:[A-Z])[\w.&'/-]*(?:\s+[\w.&'/-]+){0,5})(?<!\.)\)\s*)+$"
    r"|(?:^|\s)(?:photo|photograph|image|picture|credit|source|foto)s?\s*(?:by|:)\s*\S.{0,60}$"
    r"|\b(?:getty images|shutterstock|reuters|afp|ap photo|epa|alamy)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)
#: Openings typical of captions: "This photo shows ...", "People walk past ...", "FILE - ..." (a dash then a
#: space: "File-by-File patching ..." on the Android Developers Blog opens a paragraph).
CAPTION_OPENING = re.compile(
    r"^(?:(?:this|the|a|an|in this)\s+(?:\w+\s+){0,3}(?:photo|image|picture|file photo|screenshot|photograph|"
    r"composite image|handout)\b|file\s*[-–—]\s|\(?photo\b)",
    re.IGNORECASE,
)
#: Full stops of the scripts news is written in: Latin, CJK, the Devanagari danda (Hindi, Marathi, Nepali)
#: and the Arabic question mark and Urdu full stop. A rule that asks "is this a sentence?" must know them
#: all, or every paragraph of a Hindi story reads as a label.
FULL_STOPS = ".!?。！？…।॥؟۔"
SENTENCE_END = re.compile(rf"[{FULL_STOPS}\"'”’)\]」』）»«]\s*$")

# each word also matches its plural ("tag" -> "Tags"). After a hyphen only a capitalised word counts, the head of a
# noun compound ("Duisburg-Newsletter: Jetzt kostenlos anmelden!" on waz.de); a lower-case one ends an adjective
# ("Age-related impacts", a subheading on lasvegassun.com; "state-sponsored", "cost-sharing"), no widget's label
_WIDGET_ALTERNATIVES = "|".join(re.escape(w) for w in WIDGET_WORDS)
_CAPITALISED_WIDGET_ALTERNATIVES = "|".join(re.escape(f(w)) for w in WIDGET_WORDS for f in (str.capitalize, str.upper))
_WIDGET_RE = re.compile(
    rf"(?:(?<!\w-)\b(?:{_WIDGET_ALTERNATIVES})|(?<=\w-)(?-i:{_CAPITALISED_WIDGET_ALTERNATIVES}))s?\b", re.IGNORECASE
)
# nouns also match their plural ("Tags", "Photos"), verbs only their bare form (see LEADING_WIDGET_VERBS)
_LEADING_ALTERNATIVES = "|".join(
    [rf"{re.escape(w)}s?" for w in LEADING_WIDGET_WORDS if w not in LEADING_WIDGET_VERBS]
    + [re.escape(w) for w in LEADING_WIDGET_WORDS if w in LEADING_WIDGET_VERBS]
)
_LEADING_WIDGET_RE = re.compile(rf"^\W*(?:{_LEADING_ALTERNATIVES})\b(?!-)", re.IGNORECASE)  # not "Follow-up"
_ANY_LEADING_WIDGET_RE = re.compile(rf"\b(?:{_LEADING_ALTERNATIVES})\b", re.IGNORECASE)
#: Counters and clip lengths left by galleries and video rails, "3" and "2:34", alone on the first line.
COUNTER_LINE = re.compile(r"^(?:\d{1,3}|\d{1,2}:\d{2})(?:\n|$)")
#: A line of hashtags and nothing else: a social post's tags under its embed ("#hochzeitsgäste #wedding #bayern" on
#: Wunderweib), a campaign's or series' tag ("#10JahreCARTA" on Carta, "#Faktenfuchs" on BR24, "#NDRfragt" on the NDR,
#: "#NowPlaying" on NPR, "#techAsia" on the FT). 65 such lines on the dev dumps of 23 publishers, none in a reference;
#: a hashtag holds a letter ("#1" heads a ranked item). A Chinese topic tag closes with a second "#" (the Weibo
#: convention): woshipm's "#专栏作家#" over its author note, Xueqiu's "#如何分析公司#" under its column, neither in a
#: reference (issue 12, cjk204).
HASHTAG_LINE = re.compile(r"#(?=[\w-]*[^\W\d_])[\w-]+#?(?:\s+#(?=[\w-]*[^\W\d_])[\w-]+#?)*")
#: A social account's handle alone on its line, the author's under their name or a site's beside its feed ("@citycalfe"
#: and "@SciFleur" under The Atlantic Cities' bylines, "@MatthewMohanCNA" on CNA, "@mallorylocklear" on Engadget,
#: "@KatiePavlich" on Townhall, "@jensmanuel" on Pew Research): 35 such lines on the dev dumps of 17 publishers, none in
#: a reference (issue 12, dumps145).
HANDLE_LINE = re.compile(r"@\w{1,15}")
_SLIDE_COUNTER = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})(?:\n|$)")


def is_slide_counter(stripped: str) -> bool:
    """A slide's place in its gallery alone on the first line, its number over the count: "2 / 11" over Gizmodo's
    week in review, "1/12" over the Berliner Morgenpost's picture gallery, "1/14" between WebMD's slides, "1/2" over
    Aftonbladet's. A first number above the second is a score ("175/8", runs for wickets on ESPNcricinfo) and a zero
    none of the two ("0 / 5", a rating on Anadolu Ajansı); no dev reference keeps either kind."""
    match = _SLIDE_COUNTER.match(stripped)
    return match is not None and 0 < int(match.group(1)) <= int(match.group(2))
_TOKEN_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")
#: ``_TOKEN_SPLIT``'s separators other than whitespace, turned into spaces for ``str.split`` (whose whitespace is the
#: engine's ``\s``: both ask ``Py_UNICODE_ISSPACE``).
_SEPARATORS = str.maketrans("_-:./", "     ")


def _class_parts(value: str) -> list[str]:
    """The lower-cased parts ``_TOKEN_SPLIT`` cuts ``value`` into, empty ones left out.

    A string its lower case leaves as it is (three in four of the class and id strings met on the corpus pages) holds
    no A-Z, so the camel-case cut never applies and ``str.split`` over the separators gives the same parts, a third
    faster than the pattern; a string with a capital also keeps each part's own lower case (a final Σ lowers by
    its context).
    """
    low = value.lower()
    if low == value:
        return low.translate(_SEPARATORS).split()
    return [p.lower() for p in _TOKEN_SPLIT.split(value) if p]


@lru_cache(maxsize=8192)
def class_tokens(value: str) -> frozenset[str]:
    """Split a class/id string into lower-case tokens: ``"shareBar js-social_links"`` -> share, bar, js, ..."""
    parts = _class_parts(value)
    # joined pairs catch "mostread", "articlebody" written as "most-read", "article-body"
    joined = {a + b for a, b in pairwise(parts)}
    return frozenset(parts) | joined


#: Widget words glued to a part name in one class token ("jp-relatedposts", "commentform", "sharebox").
_GLUED_WIDGET = re.compile(
    r"^(related|share|sharing|social|comments?|newsletter|promo|recommended)"
    r"(?:posts?|links?|box|bars?|buttons?|list|items?|tools|area|form|count|articles?|icons?|widget)$"
)
#: The words ``_GLUED_WIDGET`` opens with ("comment" for "comments?"), for a ``str.startswith`` test before it.
_GLUED_STARTS = ("related", "share", "sharing", "social", "comment", "newsletter", "promo", "recommended")


@lru_cache(maxsize=8192)
def attr_tokens(value: str) -> frozenset[str]:
    """Class/id tokens plus their singulars, and widget words glued to a part name, so vocabulary lists
    need only one form."""
    toks = class_tokens(value)
    extra = {t[:-1] for t in toks if t.endswith("s")}
    for t in toks:  # the pattern tried only on a token opening with one of its words
        if len(t) > 7 and t.startswith(_GLUED_STARTS) and (m := _GLUED_WIDGET.match(t)):
            extra.add(m.group(1))
    return toks | extra if extra else toks


#: Parts of a class name that name a picture or a set of them, and the parts that name the text under it: a class
#: whose last part is such a text and an earlier part such a picture marks a caption or its credit, whatever the word
#: "caption": "detail-img__description", "detail-img__copyright", "lightbox-gallery__description" (freiepresse.de),
#: "content-media__description" (g1.globo.com), "image_desc" (qq.com). A bare "text" is no such part: eonline.com's
#: "article-detail__photo-text" and WordPress's "wp-block-media-text" set a story's prose beside its picture.
IMAGE_PARTS = words("image img photo picture foto bild lightbox gallery media")
IMAGE_TEXT_PARTS = words("description desc legend copyright")
#: The word for a caption in French, Portuguese, Italian and Spanish (and "legend", its English cognate), closing a
#: class name, marks a caption with no picture word before it: "legende" (Libération), "article__legend" (Le
#: Monde), "fig-media-legende" (Le Figaro), "cell legenda" (O Tempo), "e-image-legend" (Radio-Canada), a bare
#: "legend" (AFP Faktencheck). Blocks so named on 12 dev publishers hold no reference text; those beside no picture
#: are a fieldset's or a login box's legend or a feed's label, no caption (``html._is_legend_caption``).
CAPTION_PARTS = words("legend legende legenda leyenda")


@lru_cache(maxsize=8192)
def names_image_text(classes: str) -> bool:
    """Whether one of the class names marks the text under a picture (see ``IMAGE_PARTS``)."""
    low = classes.lower()
    if not any(word in low for word in IMAGE_TEXT_PARTS):
        return False  # exact gate: a class naming such text holds its word in the lower-cased string
    for name in classes.split():
        parts = [p.lower() for p in _TOKEN_SPLIT.split(name) if p]
        if len(parts) >= 2 and parts[-1] in IMAGE_TEXT_PARTS and not IMAGE_PARTS.isdisjoint(parts[:-1]):
            return True
    return False


@lru_cache(maxsize=8192)
def names_caption(classes: str) -> bool:
    """Whether one of the class names ends in the word for a caption (``CAPTION_PARTS``), picture word or not."""
    low = classes.lower()
    if "legend" not in low and "leyenda" not in low:
        return False  # exact gate: every caption word holds one of the two
    return any(
        (parts := [p.lower() for p in _TOKEN_SPLIT.split(name) if p]) and parts[-1] in CAPTION_PARTS
        for name in classes.split()
    )


def is_boilerplate_attr(value: str) -> bool:
    """True when class/id tokens say "widget" and nothing says "content"."""
    toks = attr_tokens(value)
    return bool(toks & BOILERPLATE_TOKENS) and not toks & CONTENT_TOKENS


def is_caption_attr(value: str) -> bool:
    return bool(class_tokens(value) & CAPTION_TOKENS)


#: Chinese and Japanese characters (kana and ideographs): scripts that write no spaces between words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=65536)
def word_count(line: str) -> int:
    """Words for length rules; Chinese/Japanese write no spaces, so two characters count as one word.

    Cached: the line rules of both cleaners count the same lines again (a text dump's lines a dozen times
    each); an ASCII line holds no CJK character, so the search is skipped.
    """
    if line.isascii():
        return len(line.split())
    return len(line.split()) + len(CJK.findall(line)) // 2


#: Longer lines are never widget lines (a promo or credit line is a sentence or two at most).
MAX_WIDGET_CHARS = 1000
COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)


def is_widget_line(line: str, *, max_words: int = 6, subheading: bool = False) -> bool:
    """A short line that is a control, prompt or label rather than prose.

    Always furniture: end markers, bare URLs/e-mails, Cloudflare placeholders, copyright,
    promo and credit lines, live-blog stamps, house ads. Otherwise only a short line
    (``max_words``) that names a widget word (share, feedback, tag labels, ...) counts.
    ``subheading``: the line heads a paragraph of the story, where a control verb opening three words or more
    is an ordinary word ("Watch What You Say" on fortune.com, "Search: The dominator" on parse.ly); a control
    is its bare verb ("Watch", "Follow us").
    """
    stripped = line.strip()
    if len(stripped) > MAX_WIDGET_CHARS:
        # no control or label is this long (only a bare address may be); the searches would be slow on a long run
        return bool(URL_ONLY.match(stripped) or CLOUDFLARE_EMAIL.fullmatch(stripped) or EMAIL.fullmatch(stripped))
    return _is_short_widget_line(stripped, max_words, subheading)


#: Lines holding none of the words every house ad or widget word needs, told apart before the search (exact: see
#: ``literal_gate``): the house-ad search was the costliest step of this rule, on nearly every short line.
_HOUSE_AD_GATE = literal_gate(HOUSE_AD)
_WIDGET_GATE = literal_gate(_WIDGET_RE)

#: Words from which a subheading's opening control verb is an ordinary word (``is_widget_line``'s ``subheading``).
SUBHEADING_VERB_WORDS = 3


@lru_cache(maxsize=16384)
def _is_short_widget_line(stripped: str, max_words: int, subheading: bool = False) -> bool:
    """``is_widget_line`` for a stripped line of at most ``MAX_WIDGET_CHARS``, cached: its dozen searches are the
    cleaners' costliest line rule, pages repeat their labels ("Share", "Advertisement", "News") and the stages of
    one cleaner ask about the same line again (a text dump's lines a few times each)."""
    if not stripped:
        return True
    if URL_ONLY.match(stripped) or CLOUDFLARE_EMAIL.fullmatch(stripped):
        return True
    if EMAIL.fullmatch(stripped) or stripped in {"©", "|", "•", "·", "/", "-", "–", "—"}:
        return True
    if COPYRIGHT.match(stripped) and len(stripped) < 200:
        return True
    if PROMO_LINE.match(stripped) or COUNTER_LINE.match(stripped) or is_slide_counter(stripped) \
            or stripped[0] == "#" and HASHTAG_LINE.fullmatch(stripped) or stripped[0] == "@" and HANDLE_LINE.fullmatch(stripped):
        return True
    words = word_count(stripped)
    if words > 45:
        return False  # prose: the searches below only matter for short lines (this is the hot path)
    if _HOUSE_AD_GATE(stripped) and HOUSE_AD.search(stripped) or (words <= 40 and CREDIT_LINE.search(stripped)):
        return True
    if words <= 25 and "@" in stripped and EMAIL.search(stripped) and not _email_sentence(stripped, words):
        return True
    if TIME_STAMP_LINE.match(stripped) and (words <= 5 or "/" in stripped[:8]):
        return True
    if words <= LOCAL_WIDGET_WORDS and LOCAL_WIDGET_LINE.fullmatch(stripped):
        return True
    if _is_menu_row(stripped):
        return True
    if words > max_words:
        return False
    leading = _LEADING_WIDGET_RE.match(stripped)
    if leading and leading.group().strip(" \"'“‘(").lower() in LEADING_WIDGET_VERBS:
        if not subheading or words < SUBHEADING_VERB_WORDS:
            return True
    elif leading:
        return not _short_statement(stripped, words)
    if _WIDGET_GATE(stripped) and _WIDGET_RE.search(stripped):
        return not _short_statement(stripped, words)
    return words <= 2 and bool(_ANY_LEADING_WIDGET_RE.search(stripped))



#: A Chinese or Japanese site menu copied on one line: this many items at least, this many of them widget lines.
MENU_ITEMS = 5
MENU_WIDGETS = 3


def _is_menu_row(line: str) -> bool:
    """A site menu's section links copied on one line, Chinese or Japanese: ``MENU_ITEMS`` items or more set apart by
    spaces, letters and digits only, ``MENU_WIDGETS`` of them section links that are widget lines alone ("视频",
    "专题", "ニュース", "ゲーム"): "融媒 网评 理论 视频 专题 公告 文化 出版 汽车 教育 ..." over Southern Daily's story, "TOP レビュー
    ニュース ガジェット ゲーム グルメ スタートアップ ICT ..." over ASCII's. Each item alone is a widget line of its own list
    (``data/<language>/widget_lines.txt``); run together, no line is short enough for that list, and the row read as
    the story's first line."""
    if not CJK.search(line):
        return False
    items = line.split()
    return len(items) >= MENU_ITEMS and all(item.isalnum() for item in items) \
        and sum(1 for item in items if _is_short_widget_line(item, 6)) >= MENU_WIDGETS


#: A line mentioning an e-mail address is prose from this many words on when it ends as a sentence: stories
#: give tip lines ("... asked to contact the tip line at 734-794-6939 or e-mail TIPS@a2gov.org.", mlive.com;
#: "... please email adblocking@iab.com for more information.", iab.com), while contact footers are
#: shorter or end on the address itself ("Get in touch at webnews@reachplc.com", mirror.co.uk).
EMAIL_SENTENCE_WORDS = 18


def _email_sentence(line: str, words: int) -> bool:
    return words >= EMAIL_SENTENCE_WORDS and line.endswith(tuple(FULL_STOPS))


def widget_word_count(line: str) -> int:
    """How many widget words a line names ("Facebook Twitter Pinterest More": 3), whatever its length."""
    return len(_WIDGET_RE.findall(line))


def local_lines(name: str) -> GatedAlternation:
    """Whole-line patterns of every language, from ``data/<language>/<name>`` (one regex a line, ``#`` comments).

    All languages' lists apply to every page: the page's language is known only after cleaning,
    and a whole short line of German furniture never reads as an English sentence (or back). Each pattern
    runs only on lines holding a word it needs (``GatedAlternation``).
    """
    patterns = []
    for folder in sorted(resources.files("extractors.clean").joinpath("data").iterdir(), key=lambda f: f.name):
        listing = folder.joinpath(name)
        if listing.is_file():
            text = listing.read_text(encoding="utf-8")
            patterns += [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return GatedAlternation(patterns, re.IGNORECASE)


#: Widget lines of other languages (``data/<language>/widget_lines.txt``, see ``local_lines``); only lines of
#: up to ``LOCAL_WIDGET_WORDS`` words are checked against it. Each pattern bounds its own length; the cap
#: only keeps long prose off the search. Broadcast stamps and credit lines split on ``|`` and commas run past
#: a dozen words ("Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | Nachrichten | 28. April 2023 | 10:00 Uhr").
LOCAL_WIDGET_LINE = local_lines("widget_lines.txt")
LOCAL_WIDGET_WORDS = 20


#: A short sentence names a widget word in passing ("The company declined to comment.", "Home prices rose
#: 3%."): words in lower case after the first, a full stop, no label colon or pipe, and the widget words
#: single nouns, not a control's phrase ("Article continues below."). Controls and prompts are labels
#: ("Share This Story"), open with a widget word that is no leading noun ("Comments are closed."), open with a
#: control verb ("Follow us on Twitter."), or are calls to action ("Leave a comment.", first words in
#: ``data/<language>/imperative_openers.txt``).
SHORT_STATEMENT_WORDS = 3
_IMPERATIVE_OPENER = local_lines("imperative_openers.txt")


def _short_statement(line: str, words: int) -> bool:
    first = line.split(None, 1)[0]
    matches = list(_WIDGET_RE.finditer(line))
    return (words >= SHORT_STATEMENT_WORDS and line.endswith(".") and not line.endswith("..")
            and first[:1].isupper() and not any(mark in line for mark in ":|")
            and line.split()[1].lower() != "by"  # a credit ("Photos by Jane Doe.")
            and all(match.start() > 0 and " " not in match.group() for match in matches)
            and any(word[:1].islower() for word in line.split()[1:])
            and not _IMPERATIVE_OPENER.fullmatch(first.strip("\"'“‘(")))


#: Lines holding none of the words a caption credit needs (a bracket, "photo", "getty images", ...): no search.
_CAPTION_CREDIT_GATE = literal_gate(CAPTION_CREDIT)


def is_caption_line(line: str) -> bool:
    """A line shaped like a photo caption: a caption opening, or prose ending in a bare credit."""
    stripped = line.strip()
    if CAPTION_OPENING.match(stripped) and word_count(stripped) >= 4:
        return True
    match = CAPTION_CREDIT.search(stripped) if _CAPTION_CREDIT_GATE(stripped) else None
    if not match or match.start() == 0:
        return False
    before = stripped[: match.start()].rstrip()
    return before.endswith((".", "!", "?", ")")) or bool(re.search(r"\bshows?\b", before, re.IGNORECASE))


_CREDIT_ONLY = re.compile(
    r"^\(?(?:image|photo|photograph|picture|credit|source|foto)s?\s*(?:by|:)\s*[^.!?]{2,80}\)?$"
    r"|(?:getty images|shutterstock|afp|reuters|ap photo|epa|alamy|pa wire|pa images)(?:\s*/\s*[\w ]+)?\)?$",
    re.IGNORECASE,
)


#: Photo credits named by a label of one language (``data/<language>/credit_lines.txt``): "Photographer: ...",
#: "Image Source: ...", "Bildmaterial: ..."; each pattern bounds its own length, a line of up to ``CREDIT_LABEL_WORDS``.
CREDIT_LABEL = local_lines("credit_lines.txt")
CREDIT_LABEL_WORDS = 25


def is_credit_line(line: str) -> bool:
    """A photo credit on its own line ("(Image: Getty Images)", "Name | Moment | Getty Images", "Photographer: ...")."""
    stripped = line.strip()
    words = word_count(stripped)
    return (words <= 12 and not stripped.endswith(".") and bool(_CREDIT_ONLY.search(stripped))
            or words <= CREDIT_LABEL_WORDS and bool(CREDIT_LABEL.fullmatch(stripped)))


def is_byline(line: str, *, max_words: int = 14) -> bool:
    """"By A and B / Staff Writers": a byline, short and not a sentence."""
    stripped = line.strip()
    if not BYLINE.match(stripped):
        return False
    words = word_count(stripped)
    return words <= 8 or (words <= max_words and not stripped.endswith(tuple(FULL_STOPS)))


def dump_line(raw: str) -> str:
    """A text dump's raw line as every reader of the dump sees it (``text.split_lines``, ``text.spaced_lines``,
    ``glued_teasers``): no-break spaces and runs of white space as one space, Cloudflare's e-mail placeholders gone
    ("" when nothing is left), so the three agree on which lines are blank and what each line says."""
    return strip_artifacts(" ".join(raw.replace("\u00a0", " ").split()))


def strip_artifacts(text: str) -> str:
    """Remove Cloudflare e-mail placeholders and collapse the spaces they leave."""
    if "protected" not in text.lower():
        return text
    return re.sub(r"[ \t\u00a0]{2,}", " ", CLOUDFLARE_EMAIL.sub("", text)).strip()
