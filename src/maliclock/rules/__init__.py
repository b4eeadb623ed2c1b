"""Declarative rule tables: vocabulary, temporal patterns, zones, tense cues and event words.

Everything a linguist would extend lives here as plain data; the engines in
``maliclock.tag``, ``maliclock.resolve``, ``maliclock.segment`` and
``maliclock.merge`` compile and apply it.
"""
