"""Published forms (HTML pages, XML messages) to text and declared metadata.

Readers leave a release as published in ``Record.markup`` with its kind in
``Record.markup_type``; :func:`convert_markup` turns it into text and fills
the record's empty fields. It runs in the ingest worker processes (called by
:func:`index.prepare.resolve`), since page extraction is the expensive part
of reading. Kinds:

* ``html``: a whole web page (:mod:`index.readers.html_pages`);
* ``html-fragment``: content that is all article, such as a feed item's
  HTML (:mod:`index.readers.html_text`);
* ``xml``: a Swiss News Service Bund ``<messages>`` document
  (:mod:`index.readers.xml_releases`).

Given metadata wins: conversion fills only empty fields. A record that
already has text keeps it; its markup then only fills metadata.
"""

from __future__ import annotations

import dataclasses

from index.records import Record, Rejection


def _convert_fragment(record: Record) -> Record | Rejection:
    from index.readers.html_text import html_to_text

    text = record.text or html_to_text(record.markup or "")
    if not text.strip():
        return Rejection(record.source, "no text in the HTML content")
    return dataclasses.replace(record, text=text, markup=None, markup_type=None)


def convert_markup(record: Record) -> Record | Rejection:
    """The record with ``text`` and page-declared metadata filled in."""
    kind = record.markup_type or "html"
    try:
        if kind == "html":
            from index.readers.html_pages import convert_html_page

            return convert_html_page(record)
        if kind == "html-fragment":
            return _convert_fragment(record)
        if kind == "xml":
            from index.readers.xml_releases import convert_xml_release

            return convert_xml_release(record)
    except Exception as err:  # one bad page must not stop an ingest
        return Rejection(record.source, f"{kind} could not be converted: {err!r}")
    return Rejection(record.source, f"unknown markup type {kind!r}")
