"""Site profiles: declarative, validated at import, matched by domain or by a text signature."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from benchmarks.splits import load_split
from benchmarks.text_dumps import render_bytes
from extractors.clean import clean_document
from extractors.clean.profiles import (
    PROFILES,
    ProfileError,
    SiteProfile,
    _build_registry,
    profile_for_text,
    profile_for_url,
)
from extractors.records import RawDocument

PAGES = Path(__file__).parent / "fixtures" / "pages"
CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "pages"
YONHAP_2017 = "yonhap-en_2017-06-01_sistar-lonely__goosescala"


@pytest.mark.parametrize(
    "url", ["https://en.yna.co.kr/view/AEN20240827005400315", "http://english.yonhapnews.co.kr/news/2017/x.html"]
)
def test_profile_for_url_matches_yonhap_hosts(url):
    assert profile_for_url(url).name == "yonhap"


def test_profile_for_url_ignores_other_hosts():
    assert profile_for_url("https://example.com/yna.co.kr") is None
    assert profile_for_url(None) is None


def test_profile_for_text_matches_yonhap_dateline_only():
    assert profile_for_text("Title\n\nSEOUL, Aug. 27 (Yonhap) -- North Korea said ...").name == "yonhap"
    assert profile_for_text("SEOUL, Aug. 27 (AP) -- North Korea said ...") is None


@pytest.mark.parametrize(
    "bad, message",
    [
        (SiteProfile(name="x", domains=("www.x.com",)), "www."),
        (SiteProfile(name="x", domains=("x.com",), timezone="KST"), r"\+09:00"),
        (SiteProfile(name="x", domains=("x.com",), body_xpaths=("//div[",)), "XPath"),
        (SiteProfile(name="x", domains=("x.com",), text_signature="(unclosed"), "regex"),
        (SiteProfile(name="x", domains=()), "no domains"),
    ],
)
def test_invalid_profile_is_refused_with_a_fix(bad, message):
    with pytest.raises(ProfileError, match=message):
        _build_registry((bad,))


def test_duplicate_domain_is_refused():
    with pytest.raises(ProfileError, match="claimed by profiles"):
        _build_registry((SiteProfile(name="a", domains=("x.com",)), SiteProfile(name="b", domains=("x.com",))))


def test_every_profile_has_a_fixture_or_dev_corpus_page():
    dev = {case_id for case_id, entry in load_split().items() if entry["split"] == "dev"}
    metas = [*PAGES.glob("*.json"), *(p for p in CORPUS.glob("*.json") if p.stem in dev)]
    urls = [json.loads(p.read_text())["url"] or "" for p in metas]
    for profile in PROFILES:
        assert any(profile_for_url(url) is profile for url in urls), profile.name


@pytest.mark.parametrize(
    ("case_id", "name"),
    [("lemonde_2023-08-30_sophie-binet-met-garde__fundus", "lemonde"),
     ("elpais_2024-10-15_bruselas-sondea-apertura-centros__fundus", "elpais"),
     ("nikkei_2025-01-14__fundus", "nikkei"),
     ("freiepresse_2024-11-26_rodeln-deutsch-schweizer-doppelzimmer__fdh", "freiepresse"),
     ("br_2024-04-20_csardasfuerstin-eggenfelden__fdh2", "br"),
     ("anadoluajansi_2025-05-04_turkiyede-elektrikli-arac-sarj__fundus", "anadoluajansi"),
     ("intercept_2023-04-01_israel-palestine-apartheid-settlements__fdh3", "intercept"),
     ("verdensgang_2024-08-05_sskenbarna-fredrik-dahle-klocke__fundus", "vg"),
     ("vogue_2024-04-28_bermudas-denim-shorts-trends__fdh2", "vogue-de"),
     ("leaddev_2026-03-04_performance-team-care-security__pae", "leaddev"),
     ("hamburgerabendblatt_2020-05-15_mangos-papayas-teurer__pl", "abendblatt"),
     ("radio-canada_2020-08-25_autobus-scolaires-ottawa__hd7", "radio-canada"),
     ("astronews_2020-05-22_alma-scheibengalaxien-wuchsen-schnell__jbr", "astronews"),
     ("newyorker_2016-09-26_hacking-cryptography-quantum-computing__pl", "newyorker"),
     ("fool_2017-01-09_amazon-activision-esports__pl", "fool"),
     ("diezeit_2023-04-28_basketball-euroleague-nach-massenschlagerei__fundus", "zeit"),
     ("srf_2024-04-15_israelische-zuruckhaltung-hat-viel__fundus", "srf"),
     ("orf_2024-11-22_nach-gaetz-ruckzug-trump__fundus", "orf"),
     ("bild_2023-05-15_bubi-bomber-wieder-da__fundus", "bild"),
     ("superbiz_2025-02-11_waloryzacja-emerytur-oficjalny-wskaznik__jmp2", "superexpress"),
     ("mediaindonesia_2026-01-08_ihsg-tembus-9000-profit-taking__fdh2", "mediaindonesia"),
     ("buzzfeed_2015-07-30_drug-dealer-rescued-dozens-katrina__mpf", "buzzfeed"),
     ("buzzfeed_2016-10-03_demi-lovato-edited-drawing-body-shaming__ppl", "buzzfeed")],
)
def test_profile_for_text_finds_a_copied_page_by_its_text_mark(case_id, name):
    """A copied page has no URL and these publishers print no dateline: a menu or copyright line names them."""
    dump = render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))
    assert profile_for_text(dump).name == name


def test_a_text_mark_does_not_start_the_story():
    """Unlike a dateline signature, a menu line is no anchor: the copy's story is found as for any site."""
    lines = ["Menu", "Services Le Monde", "Le pont est voté",
             *[f"Le conseil municipal a voté mardi le financement du pont, détail {i}, avec des chiffres." for i in range(5)]]
    doc = clean_document(RawDocument("dump.txt", "\n".join(lines).encode(), content_type="text/plain"))
    assert "Services Le Monde" not in doc.text
    assert doc.text.count("Le conseil municipal") == 5


def test_yonhap_page_has_no_widget_text_and_zoned_date():
    meta = json.loads((PAGES / f"{YONHAP_2017}.json").read_text())
    raw = RawDocument(YONHAP_2017, gzip.decompress((PAGES / f"{YONHAP_2017}.html.gz").read_bytes()), url=meta["url"])
    doc = clean_document(raw)
    assert doc.text.startswith(meta["expected"]["with"][0])
    for furniture in ("(END)", "Most Viewed", "All Headlines", "Facebook", "(ATTN:", "@yna.co.kr"):
        assert furniture not in doc.text
    assert doc.text.endswith("it doesn't look like an impossible situation,\" Dasom said.")
    assert any(c.startswith("A promotional image for") for c in doc.captions)


def test_yonhap_profile_zones_bare_local_time_and_uses_its_body_selector():
    paragraphs = "".join(
        f"<p>SEOUL, Aug. 27 (Yonhap) -- Paragraph {i} says the ministry, on Tuesday, confirmed the plan.</p>" for i in range(4)
    )
    html = (
        "<html><head><meta property='article:published_time' content='2024-08-27 18:05'></head><body>"
        "<div class='teasers'>" + "<p>A long teaser paragraph about another story, with commas, and more.</p>" * 9 + "</div>"
        f"<article class='story-news article'>{paragraphs}<div class='keyword-zone'>Keywords North Korea</div>"
        "<p class='txt-copyright'>(C) Yonhap News Agency. All Rights Reserved</p></article></body></html>"
    )
    doc = clean_document(RawDocument("yna", html.encode(), url="https://en.yna.co.kr/view/AEN20240827005400315"))
    assert doc.published.isoformat() == "2024-08-27T18:05:00+09:00"
    assert doc.text.count("\n\n") == 3 and "teaser" not in doc.text
    assert "Keywords" not in doc.text and "Rights Reserved" not in doc.text


def test_page_without_url_is_recognised_by_its_dateline():
    """No URL, no canonical link: the wire dateline picks the profile, so its rules and zone apply."""
    html = gzip.decompress((PAGES / f"{YONHAP_2017}.html.gz").read_bytes())
    doc = clean_document(RawDocument(YONHAP_2017, html, content_type="text/html"))
    assert "(ATTN:" not in doc.text  # a profile drop_lines rule
    assert doc.published is not None and doc.published.utcoffset().total_seconds() == 9 * 3600



@pytest.mark.parametrize(
    "case_id",
    ["daum-ko_2024-05-13_seoul-central-prosecutor-lee-chang-soo__mgh4",
     "daum-ko_2024-05-22_kang-hyung-wook-lee-kyung-kyu__mgh"],
)
def test_daum_pages_lose_the_portals_pop_up_layers(case_id):
    """Daum frames each partner's story (the Dailian's, Newsis's) with pop-up layers: an automatic summary under its
    notice, and a font-size dialog whose sample sentence read as the story's first paragraph."""
    raw = gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes())
    doc = clean_document(RawDocument(case_id, raw, content_type="text/html"))
    assert "(예시) 가장 빠른 뉴스가 있고" not in doc.text
    assert "자동요약" not in doc.text


def test_daum_page_keeps_its_subtitle_lines_and_drops_the_summary_layer():
    """Daum sets the paper's subtitle (four <br> lines here, Dailian's) beside the story box, inside ``news_view``,
    and pop-up layers (automatic summary, voice player) in its header: the subtitle is the story's opening, the
    layers are furniture (the dev reference keeps the first and leaves out the second)."""
    case_id = "daum-ko_2024-05-13_seoul-central-prosecutor-lee-chang-soo__mgh4"
    meta = json.loads((CORPUS / f"{case_id}.json").read_text())
    raw = RawDocument(case_id, gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()), url=meta["url"])
    doc = clean_document(raw)
    assert doc.text.startswith("노정연, 한석리 사의 표명하며 조만간 검찰 검사장급 인사 전망…16일 혹은 20일 설 파다\n")
    assert "'김검희 특검' 요구만 거세질 것\"" in doc.text
    assert "자동요약" not in doc.text and "(예시)" not in doc.text


@pytest.mark.parametrize(
    "case_id",
    ["freiepresse_2024-03-02_frauenzentrum-lavant-lesung__fdh3",
     "freiepresse_2024-04-30_chemnitzer-hutfestival-wann-fest__fundus"],
)
def test_freiepresse_pages_lose_the_app_prompts_inside_the_story(case_id):
    """Freie Presse sets its app prompts inside the story's own text box (the "appBottomRgt" layer and the
    "appHint" link box): their lines are furniture, the story's paragraphs around them stay."""
    raw = gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes())
    doc = clean_document(RawDocument(case_id, raw, content_type="text/html"))
    assert "zweitbeste Art" not in doc.text
    assert "E-Paper und News in einer App" not in doc.text
    assert "Nein Danke" not in doc.text
    assert "Chemnitzer" in doc.text


def test_freiepresse_profile_drops_only_the_app_boxes():
    """The profile's XPaths take the two app boxes and leave a paragraph beside them (synthetic page)."""
    html = (
        '<html><head><link rel="canonical" href="https://www.freiepresse.de/chemnitz/x-artikel12345"><title>T</title>'
        "</head><body><article><h1>Ein Titel für die Seite</h1><div class=\"article-text\">"
        + "<p>Das Fest beginnt am Samstag in der Innenstadt und dauert bis in den Abend hinein, mit Musik.</p>" * 4
        + '<div class="col s12 ml-off appHint"><a href="/app"><span>Sie lesen gerade auf die zweitbeste Art!</span>'
        "<br><span>Mehr Lesekomfort mit der Freie Presse App!</span></a></div>"
        '<div id="appBottomRgt" class="ml-off show"><div class="hlText">Hinweis zur App der Zeitung</div>'
        "<ul><li>Mehr Lesekomfort auch für unterwegs</li><li>Push-Nachrichten über den Tag hinweg</li></ul></div>"
        "<p>Der Eintritt ist frei, die Veranstalter rechnen mit mehreren tausend Gästen aus der ganzen Region.</p>"
        "</div></article></body></html>"
    ).encode()
    doc = clean_document(RawDocument("fp.html", html, content_type="text/html"))
    assert "Der Eintritt ist frei" in doc.text
    assert "zweitbeste" not in doc.text and "Lesekomfort" not in doc.text and "Push-Nachrichten" not in doc.text


@pytest.mark.parametrize(
    "case_id",
    ["freiepresse_2024-03-02_frauenzentrum-lavant-lesung__fdh3",
     "freiepresse_2024-04-30_chemnitzer-hutfestival-wann-fest__fundus"],
)
def test_freiepresse_copies_lose_the_app_prompts(case_id):
    """In a copied Freie Presse page the app prompts are bare lines between the story's paragraphs; the copyright
    line names the publisher and its profile's ``drop_lines`` take them."""
    dump = render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))
    doc = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain"))
    assert "zweitbeste Art" not in doc.text and "Mehr Lesekomfort" not in doc.text
    assert "Chemnitzer" in doc.text


@pytest.mark.parametrize(
    "case_id",
    ["br_2024-04-22_evangelische-kirche-landeskirche-will__fundus", "br_2026-04-15_opnv-streiks-existenzielles-problem__fundus"],
)
@pytest.mark.parametrize("as_copy", [False, True])
def test_br24_stories_lose_the_european_perspective_sign_off(case_id, as_copy):
    """BR24 closes each "Europäische Perspektive" story with the series' sign-off, a paragraph of its own, in the page
    and in a copy of it (named by its newsletter line); the paragraph above it stays."""
    raw = gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes())
    if as_copy:
        raw, kind = render_bytes(raw).encode(), "text/plain"
    else:
        kind = "text/html"
    doc = clean_document(RawDocument(case_id, raw, content_type=kind))
    assert "Europäische Perspektive bei BR24" not in doc.text
    assert "Verdi" in doc.text or "Synode" in doc.text


@pytest.mark.parametrize(
    ("case_id", "place"),
    [("freiepresse_2024-03-02_frauenzentrum-lavant-lesung__fdh3", "Chemnitz."),
     ("freiepresse_2024-11-29_niemand-glaubt-euch-totalschaden__fundus", "Berlin."),
     ("freiepresse_2024-11-26_rodeln-deutsch-schweizer-doppelzimmer__fdh", "Lillehammer.")],
)
@pytest.mark.parametrize("as_copy", [False, True])
def test_freiepresse_dateline_set_apart_is_no_line_of_the_story(case_id, place, as_copy):
    """Freie Presse sets the dateline apart above the first paragraph (its own <span>, a line of its own in a copy);
    the dev references of all four of its pages leave it out. The paragraph under it stays whole."""
    raw = gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes())
    if as_copy:
        raw, kind = render_bytes(raw).encode(), "text/plain"
    else:
        kind = "text/html"
    lines = clean_document(RawDocument(case_id, raw, content_type=kind)).text.splitlines()
    assert place not in lines
    assert any(line.startswith(("Sie galt als Verrückte", "Derzeit zeigt sich die FDP", "Als an jenem")) for line in lines)


@pytest.mark.parametrize(
    ("case_id", "furniture", "story"),
    [("anadoluajansi_2025-04-03_ciftcilere-milyar-lira-destek__fdh", "Anadolu Ajansı web sitesinde, AA Haber",
      "Yumaklı, sosyal medya hesabından"),
     ("anadoluajansi_2026-04-20_vekalet-yoluyla-kurban-kesim__fundus", "Anadolu Ajansı web sitesinde, AA Haber",
      "Kurban"),
     ("intercept_2023-04-01_israel-palestine-apartheid-settlements__fdh3", "I’m in", "Palestinian")],
)
def test_copied_page_loses_its_publishers_closing_notice_or_button(case_id, furniture, story):
    """A copy has no markup to prune: Anadolu Ajansı's wire-subscription notice under every story and the button of
    The Intercept's newsletter box stay as bare lines, which their profiles' ``drop_lines`` take once the copy's
    slogan names the publisher."""
    dump = render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))
    lines = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain")).text.splitlines()
    assert not any(line.startswith(furniture) for line in lines)
    assert any(story in line for line in lines)


def test_intercept_button_goes_with_either_apostrophe_and_only_alone():
    """The Intercept's copies print the button "I’m in" or "I'm in"; a sentence opening so stays (synthetic copy)."""
    story = [f"The legislature met again on day {i}, and the bill's sponsors said they expected a vote this week." for i in range(6)]
    lines = ["Original reporting. Fearless journalism. Delivered to you.", "I'm in", *story[:3], "I’m in",
             "I’m in favor of the bill, one of the sponsors said after the committee hearing ended on Tuesday night.", *story[3:]]
    doc = clean_document(RawDocument("dump.txt", "\n".join(lines).encode(), content_type="text/plain"))
    assert "I'm in" not in doc.text.splitlines() and "I’m in" not in doc.text.splitlines()
    assert "I’m in favor of the bill" in doc.text


@pytest.mark.parametrize(
    ("case_id", "furniture", "story"),
    [("verdensgang_2024-07-31_benske-tjom-ol-finale__lang1", "onsdag 31. juli kl. 11:51", "Den norske duoen"),
     ("verdensgang_2024-07-31_benske-tjom-ol-finale__lang1", "NTB", "Den norske duoen"),
     ("vogue_2024-04-28_bermudas-denim-shorts-trends__fdh2", "Hinweis zu Affiliate-Links:", "Bermudas"),
     ("voguede_2024-04-23_kate-moss-vogue-cover__fundus", "Hinweis zu Affiliate-Links:", "Kate Moss"),
     ("leaddev_2026-03-04_moltbook-agent-security-wake-up__pae", "Your inbox, upgraded.", "Autonomy, minus the mysticism"),
     ("leaddev_2026-03-04_performance-team-care-security__pae", "Your inbox, upgraded.", "security culture"),
     ("hamburgerabendblatt_2025-09-09_baerbock-zur-nur-etappe__fundus", "Meine schwerste Entscheidung", "Baerbock"),
     ("hamburgerabendblatt_2025-11-06_teufel-begegnet-deutsche-hamas__fundus", "Meine schwerste Entscheidung",
      "Braslavski"),
     ("radiocanada_2017-03-13_kpmg-juge-se-recuse__pl", "Prenez note que cet article", "KPMG"),
     ("radiocanada_2017-03-13_kpmg-juge-se-recuse__pl", "Un texte de Frédéric Zalac", "KPMG"),
     ("radiocanada_2017-03-13_kpmg-juge-se-recuse__pl", "Vous avez des renseignements", "KPMG"),
     ("radiocanada_2025-11-04_budget-federal-depenses-compressions-deficit__jmp", "La version audio de cet article",
      "budget"),
     ("zeit_2023-03-14_raffinerie-schwedt-rosneft-klage__fdh", "Danke, dass Sie ZEIT ONLINE nutzen.", "Rosneft"),
     ("srf_2025-01-05_drusen-fordern-teilhabe-statt__fundus", "Klicken, um die Teilen-Funktion", "Drusen"),
     ("orf_2023-03-14_assad-russland-putin-gesprach__fdh", "Nicht alle Bilder konnten", "Assad"),
     ("freiepresse_2024-03-02_frauenzentrum-lavant-lesung__fdh3", "Sie können sich Ihre Nachrichten", "Frauenzentrum"),
     ("bild_2023-04-15_kishida-rauchbombe-explosion-wakayama__fdh", "BILD Gutscheine", "Kishida"),
     ("bild_2023-04-15_kishida-rauchbombe-explosion-wakayama__fdh", "Thalia Gutscheine", "Kishida"),
     ("portalobronny_2025-02-11_su-24-przestrzen-powietrzna-polski__jmp", "Autor:", "Su-24"),
     ("mediaindonesia_2025-10-22_kpk-iup-nikel-raja-ampat__fdh2", "A- A+", "KPK"),
     ("br_2026-04-15_opnv-streiks-existenzielles-problem__fundus", "Audiobeitrag", "Verdi"),
     ("leaddev_2026-03-04_performance-team-care-security__pae", "LDX3 London agenda", "security culture")],
)
def test_copied_page_loses_its_publishers_stamp_or_notice_line(case_id, furniture, story):
    """VG sets the story's yearless stamp and the wire's name apart between its first paragraphs, Vogue Germany its
    affiliate-links notice at the head of the story, LeadDev its newsletter box's heading, the Hamburger Abendblatt
    its podcast teaser's title between two paragraphs, Radio-Canada its age warning, audio note, byline and call for
    tips: bare lines in a copy, which the profiles' ``drop_lines`` take once a line of the copy names the publisher."""
    dump = render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))
    lines = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain")).text.splitlines()
    assert not any(line.startswith(furniture) for line in lines)
    assert any(story in line for line in lines)


def test_vg_stamp_goes_only_as_a_line_of_its_own():
    """A sentence naming a weekday and a time stays (synthetic copy)."""
    story = [f"Roerne var i aksjon i semifinalen på dag {i}, og de norske gikk videre til finalen i Paris." for i in range(6)]
    kept = "Finalen går onsdag 31. juli kl. 11:51, og de norske er klare for å kjempe om medaljene der."
    lines = ["Logg over rettelser VG har gjort", "OL-finale for roerne", *story[:2], "torsdag 1. august kl. 09:30", "NTB",
             kept, *story[2:]]
    doc = clean_document(RawDocument("dump.txt", "\n".join(lines).encode(), content_type="text/plain"))
    assert "torsdag 1. august kl. 09:30" not in doc.text.splitlines() and "NTB" not in doc.text.splitlines()
    assert kept in doc.text.splitlines()


@pytest.mark.parametrize(
    ("case_id", "rail", "last"),
    [("astronews_2020-05-22_alma-scheibengalaxien-wuchsen-schnell__jbr", "Milchstraße im Superrechner",
      "Die Ergebnisse wurden jetzt in einem Fachartikel"),
     ("astronews_2020-05-22_tierarten-schon-im-all__jbr", "Ihre Frage an astronews.com", "Zu den raumfahrenden Tieren")],
)
def test_astronews_copy_ends_above_its_related_rows_or_question_prompt(case_id, rail, last):
    """astronews.com sets its related stories as table rows opening on "|" under a news story, and its account link
    and reader-question prompt under an answer: the profile's ``end_lines`` end the copied story above them."""
    dump = render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))
    text = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain")).text
    assert rail not in text and "Diese Website wird auf einem Server" not in text
    assert last in text.splitlines()[-1] or any(last in line for line in text.splitlines()[-2:])


@pytest.mark.parametrize(
    ("case_id", "furniture", "last"),
    [("newyorker_2022-02-27_kenji-lopez-alt-cooking-fine__sfm", "Stevie Nicks talks about style",
      "secret food hack is: buy a wok"),
     ("fool_2017-01-09_amazon-activision-esports__pl", "The Motley Fool has a disclosure policy.",
      "eSports has massive growth potential"),
     ("fool_2014-12-22_7-top-stocks-to__n3k", "Try any of our Foolish newsletter services", "Taiwan Semi")],
)
def test_copied_story_ends_above_its_publishers_series_box_or_disclosure(case_id, furniture, last):
    """The New Yorker closes a story with a series box, "More" and the series' name over one-sentence teasers; The
    Motley Fool with its authors' stock disclosure and a newsletter offer: the profiles' ``end_lines`` end the copied
    story above them, its paragraphs kept."""
    dump = render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))
    text = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain")).text
    assert furniture not in text
    assert last in text


def test_new_yorker_series_heading_must_be_capitalised_to_end_the_story():
    """A story's sentence opening on "More" stays (synthetic copy)."""
    story = [f"The glacier retreated again on day {i}, and the researchers measured the meltwater at the camp." for i in range(6)]
    lines = ["Buy Covers and Cartoons", "A new ice shield", *story[:3], "More melting to come", *story[3:],
             "More Science and Technology", "The climate solutions we can’t live without"]
    doc = clean_document(RawDocument("dump.txt", "\n".join(lines).encode(), content_type="text/plain"))
    assert doc.text.count("The glacier retreated") == 6
    assert "The climate solutions" not in doc.text


def test_le_monde_copy_ends_above_the_footers_subscription_offer():
    """Le Monde's footer opens on its subscription offer over the services menu and the group's sites, which a copy
    keeps under the story's last paragraph (synthetic copy)."""
    story = [f"Le conseil municipal a voté mardi le financement du pont, détail {i}, avec des chiffres précis." for i in range(6)]
    lines = ["Services Le Monde", "Le pont est voté", *story,
             ("Le monde abonnements Profitez du journal où et quand vous voulez. Abonnements papier, offres 100 % "
              "numériques sur Web et tablette."),
             "Les services du Monde La boutique du Monde ▪ Le Monde dans les hôtels ▪ Cours d'anglais ▪ Annonces auto"]
    doc = clean_document(RawDocument("dump.txt", "\n".join(lines).encode(), content_type="text/plain"))
    assert doc.text.count("Le conseil municipal") == 6
    assert "abonnements" not in doc.text and "Les services du Monde" not in doc.text


def test_buzzfeed_list_post_keeps_the_text_headings_of_every_embed_box():
    """BuzzFeed's 'subbuzz' list post sets each text block as the ``<h2>`` of its own box beside an Instagram,
    Twitter or image embed; only one box holds ``<p>``s, and scored alone it was the whole story (the dev reference
    keeps all the blocks, in their order)."""
    case_id = "buzzfeed_2016-10-03_demi-lovato-edited-drawing-body-shaming__ppl"
    raw = gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes())
    text = clean_document(RawDocument(case_id, raw, content_type="text/html")).text
    first = text.index("A few months ago, Vladimir Serbanescu, a 17-year-old artist from Romania, drew this image")
    middle = text.index("Lovato has previously spoken out about her body image")
    last = text.index("Still, Lovato will continue to slay, either as a human or mermaid.")
    assert first < middle < last
    assert "View this photo on Instagram" not in text and "Instagram: @vladyart" not in text


@pytest.mark.parametrize(
    ("case_id", "story"),
    [("buzzfeed_2015-07-30_drug-dealer-rescued-dozens-katrina__mpf", "NEW ORLEANS — As Hurricane Katrina barreled"),
     ("buzzfeed_2016-10-03_demi-lovato-edited-drawing-body-shaming__ppl", "A few months ago, Vladimir Serbanescu")],
)
def test_buzzfeed_copy_loses_the_networks_blurbs_and_the_authors_job_title(case_id, story):
    """A BuzzFeed copy opens with five blurbs of the network's sites (BuzzFeed News, Tasty, Goodful, Bring Me, As/Is)
    over the post and prints the author's job title under the byline; the dev references of both copies leave them out."""
    dump = render_bytes(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()))
    lines = clean_document(RawDocument("dump.txt", dump.encode(), content_type="text/plain")).text.splitlines()
    assert not any(line.startswith(("Reporting on what you care about.", "Search, watch, and cook", "Self care and ideas",
                                    "Obsessed with travel?", "Something for everyone")) for line in lines)
    assert "BuzzFeed UK News Fellow" not in lines and "BuzzFeed News Reporter" not in lines
    assert any(line.startswith(story) for line in lines)
