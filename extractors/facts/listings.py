"""A stock listing, "(NYSE: BA)", names an exchange, and the ticker after its colon is no name.

Business pages list a company's exchange and ticker in brackets after its name: "The Boeing Co. (NYSE: BA)",
"Altimmune Inc. (NASDAQ: ALT)" (247wallst), "Qualcomm (NASDAQ: QCOM )" (The Motley Fool). The small model reads
the ticker as an organisation ("BA") and leaves the exchange out ("NASDAQ"); the exchange is an organisation in
the gold, the ticker is not labelled (a code, as products and currencies are not).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.facts.gazetteer import word_list


def listing_spans(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` (token start, end, label) with each listing's exchange an ORG and no span on its ticker."""
    exchanges = word_list("stock_exchanges")
    listed: list[tuple[int, int]] = []  # (exchange token, ticker token)
    for token in doc[1:-2]:
        if token.text in exchanges and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ":":
            listed.append((token.i, token.i + 2))
    if not listed:
        return spans
    taken = {i for pair in listed for i in pair}
    kept = [(b, e, label) for b, e, label in spans if not taken.intersection(range(b, e))]
    return kept + [(exchange, exchange + 1, "ORG") for exchange, _ in listed]
