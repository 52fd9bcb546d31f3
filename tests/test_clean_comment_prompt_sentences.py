"""Issue 12: a prompt to comment written as a sentence ends a copied story and is no closing sentence of it.

Notícia Exata copies "Olá, deixe seu comentário." and "Você precisa estar logado para enviar comentários." under its
story, UOL "Deixe seu comentário" (``data/pt/comment_prompts.txt``). The story ends above the prompt
(``text_regions._before_closing``), and the short sentences right under a story's last paragraph that
``_is_closing_sentence`` takes back into it leave a prompt out."""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import COMMENT_PROMPT
from tests.test_clean_text import clean_dump

STORY = [
    f"Com um gol nos acréscimos do segundo tempo, o time da casa conseguiu arrancar uma vitória de 1 a 0 em jogo "
    f"válido pela rodada {i} do campeonato, disputado no estádio da cidade diante de muitos torcedores."
    for i in range(6)
]


@pytest.mark.parametrize("prompt", ["Olá, deixe seu comentário.", "Deixe seu comentário"])
def test_portuguese_prompt_to_comment_ends_a_copied_story(prompt):
    lines = ["Menu", "Goiás supera Palmeiras", *STORY, prompt,
             "Você precisa estar logado para enviar comentários.", "CLIQUE AQUI PARA LOGAR", "Mais Recentes"]
    assert clean_dump("\n\n".join(lines) + "\n").text.split("\n\n") == STORY


def test_story_sentence_asking_for_comment_is_no_prompt():
    assert not COMMENT_PROMPT.fullmatch("O clube não quis deixar seu comentário sobre a decisão do tribunal.")
