"""How segments are written: Whoosh's W3 format with settings for bulk loads."""

from __future__ import annotations

from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import SegmentWriter

from index.analysis import PreparedTerms

#: Postings per block: larger blocks mean fewer pickles to read per term.
BLOCK_LIMIT = 256
COMPRESSION = 1


class PressroomCodec(W3Codec):
    """W3 without per-posting length statistics.

    Whoosh only uses a block's min/max field length to skip blocks in its
    own top-N scoring, which Pressroom does not use; reading the length of
    every posting back while writing cost a tenth of ingest time. With no
    statistics, Whoosh's bound is conservative, so its results stay right.
    """

    length_stats = False

    def __init__(self) -> None:
        super().__init__(blocklimit=BLOCK_LIMIT, compression=COMPRESSION)


class PreparedSegmentWriter(SegmentWriter):
    """A SegmentWriter that takes :class:`PreparedTerms` postings in bulk.

    Whoosh's add_document makes one call per posting; here a prepared field's
    postings go straight into the sorting pool, with the same size accounting.
    """

    def add_document(self, **fields) -> None:
        if not any(isinstance(v, PreparedTerms) for v in fields.values()):
            super().add_document(**fields)
            return
        self._check_state()
        schema = self.schema
        docnum = self.docnum
        pool = self.pool
        current = pool.current
        perdoc = self.perdocwriter
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        added_size = 0
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    if isinstance(value, PreparedTerms):
                        pool.fieldnames.add(name)
                        boost = field.format.field_boost
                        for tbytes, frequency, weight, vbytes in value:
                            current.append((name, tbytes, docnum, weight * boost, vbytes))
                            # The estimate PostingPool.add makes for each item.
                            added_size += 150 + len(name) + 2 * len(tbytes) + len(vbytes)
                            length += frequency
                        if not field.scorable:
                            length = 0
                    else:
                        for tbytes, frequency, weight, vbytes in field.index(value):
                            pool.add((name, tbytes, docnum, weight, vbytes))
                            if field.scorable:
                                length += frequency
                stored = fields.get(f"_stored_{name}", value)
                perdoc.add_field(name, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdoc.add_column_value(name, column, field.to_column_value(stored))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        pool.currentsize += added_size
        if pool.currentsize > pool.limit:
            pool.save()
        self._added = True
        self.docnum += 1
